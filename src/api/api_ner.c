/*
 * api_ner.c - the tagger's public entry points (entgraph/ner.h) over model.h, conll.h,
 * clusters.h and wordvec.h: read the CoNLL files, call the trainer, tagger, clusterer or
 * k-means, and turn their progress into note lines.
 */
#include "entgraph/ner.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clusters.h"
#include "conll.h"
#include "model.h"
#include "text.h"
#include "wordvec.h"

#define MAX_EXTRA 8

_Static_assert(EG_NER_KMEANS_MAX_LEVELS == EG_WV_MAX_LEVELS, "k-means levels");
_Static_assert((int)EG_NER_NTYPES == (int)EG_NE_NTYPES, "CoNLL classes");

const char *eg_ner_type_name(int type)
{
    return type >= 0 && type < EG_NER_NTYPES ? eg_ne_name((eg_ne_type)type) : NULL;
}

/* A note line through `fn`, printf-style. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void note(eg_note_fn fn, void *ud, const char *fmt, ...)
{
    if (!fn) {
        return;
    }
    char line[1200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    fn(ud, line);
}

static double seconds_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* ---- train ------------------------------------------------------------------------------------ */

void eg_ner_train_options_init(eg_ner_train_options *o)
{
    memset(o, 0, sizeof *o);
    o->epochs = 12;
    o->seed = 1;
    o->hash_bits = 20;
    o->models = 1;
}

static void on_epoch(void *ud, unsigned model, unsigned epoch, double acc, double f1,
                     double secs)
{
    const eg_ner_train_options *o = ud;
    if (epoch == 0) {
        note(o->note, o->user_data, "average of %u models  dev F1 %.2f", o->models, f1);
    } else if (o->models > 1 && f1 >= 0) {
        note(o->note, o->user_data,
             "model %u epoch %2u  train accuracy %.2f%%  dev F1 %.2f  (%.1f s)", model, epoch,
             acc, f1, secs);
    } else if (f1 >= 0) {
        note(o->note, o->user_data, "epoch %2u  train accuracy %.2f%%  dev F1 %.2f  (%.1f s)",
             epoch, acc, f1, secs);
    } else {
        note(o->note, o->user_data, "epoch %2u  train accuracy %.2f%%  (%.1f s)", epoch, acc,
             secs);
    }
}

/* Read extra corpus i into *c and complete *x (its types: those it annotates by default). */
static eg_status read_extra(const eg_ner_train_options *o, size_t i, eg_conll *c,
                            eg_train_extra *x, eg_error *err)
{
    const eg_ner_extra *e = &o->extra[i];
    if (!(e->weight > 0 && e->weight <= 10)) {
        return eg_error_set(err, EG_ERR_INVALID, "%s: weight must be in (0, 10]", e->path);
    }
    eg_status st = eg_conll_read(c, e->path, err);
    if (st != EG_OK) {
        return st;
    }
    if (!c->docstart) {
        eg_conll_sentence_docs(c);
    }
    *x = (eg_train_extra){c, e->weight, e->types};
    if (!x->types) {
        for (size_t k = 0; k < c->ntoks; k++) {
            const char *t = c->tags[k];
            if (t[0] != 'O') {
                x->types |= 1u << (t[2] == 'P' ? 0 : t[2] == 'L' ? 1 : t[2] == 'O' ? 2 : 3);
            }
        }
    }
    note(o->note, o->user_data, "extra: %s, %zu sentences (%zu tokens), weight %g, types%s%s%s%s",
         e->path, c->nsents, c->ntoks, (double)x->weight, x->types & 1 ? " PER" : "",
         x->types & 2 ? " LOC" : "", x->types & 4 ? " ORG" : "", x->types & 8 ? " MISC" : "");
    return EG_OK;
}

eg_status eg_ner_train(const char *train_path, const char *model_path,
                       const eg_ner_train_options *o, eg_error *err)
{
    if (o->nextra > MAX_EXTRA) {
        return eg_error_set(err, EG_ERR_INVALID, "at most %d extra training files", MAX_EXTRA);
    }
    if (o->models > 16) {
        return eg_error_set(err, EG_ERR_INVALID, "at most 16 models to average");
    }
    eg_conll train = {0}, dev = {0}, extra_c[MAX_EXTRA];
    eg_train_extra extra[MAX_EXTRA];
    eg_model *m = NULL;
    size_t nread = 0;
    eg_status st = eg_conll_read(&train, train_path, err);
    if (st == EG_OK && o->dev_path) {
        st = eg_conll_read(&dev, o->dev_path, err);
    }
    for (; st == EG_OK && nread < o->nextra; nread++) {
        memset(&extra_c[nread], 0, sizeof extra_c[nread]);
        st = read_extra(o, nread, &extra_c[nread], &extra[nread], err);
    }
    if (st == EG_OK) {
        note(o->note, o->user_data, "training on %zu sentences (%zu tokens)%s", train.nsents,
             train.ntoks, o->dev_path ? ", selecting on the dev set" : "");
        eg_train_opts to = {.epochs = o->epochs, .seed = o->seed, .hash_bits = o->hash_bits,
                            .progress = on_epoch, .progress_ud = (void *)o,
                            .classes_path = o->classes_path, .extra = extra,
                            .nextra = o->nextra,
                            .vector_classes_path = o->vector_classes_path,
                            .no_phrases = o->no_phrase_lists != 0, .models = o->models};
        st = eg_model_train(&m, &train, o->dev_path ? &dev : NULL, &to, err);
    }
    if (st == EG_OK) {
        st = eg_model_save(m, model_path, err);
    }
    if (st == EG_OK) {
        size_t rows;
        unsigned bits;
        eg_model_info(m, &rows, &bits);
        note(o->note, o->user_data, "wrote %s (%zu feature rows of 2^%u)", model_path, rows,
             bits);
    }
    eg_model_destroy(m);
    eg_conll_fini(&train);
    eg_conll_fini(&dev);
    for (size_t i = 0; i < nread; i++) {
        eg_conll_fini(&extra_c[i]);
    }
    return st;
}

/* ---- tag and eval ----------------------------------------------------------------------------- */

/* The model (NULL: built-in) and the CoNLL file, tagged: *chunks of the corpus's words. */
static eg_status tag_file(const char *model_path, const char *conll_path, int sentence_docs,
                          eg_conll *c, eg_chunk **chunks, size_t *nchunks, eg_ner_scores *times,
                          eg_error *err)
{
    struct timespec l0, l1, t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &l0);
    eg_model *m = NULL;
    eg_status st = model_path ? eg_model_load_file(&m, model_path, err)
                              : eg_model_load_default(&m, err);
    if (st != EG_OK) {
        return st;
    }
    clock_gettime(CLOCK_MONOTONIC, &l1);
    st = eg_conll_read(c, conll_path, err);
    if (st == EG_OK && sentence_docs) {
        eg_conll_sentence_docs(c);
    }
    if (st == EG_OK && c->ntoks == 0) {
        st = eg_error_set(err, EG_ERR_PARSE, "%s: no tokens", conll_path);
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (st == EG_OK) {
        st = eg_model_tag_conll(m, c, chunks, nchunks, err);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (times) {
        times->load_seconds = seconds_between(&l0, &l1);
        times->tag_seconds = seconds_between(&t0, &t1);
    }
    eg_model_destroy(m);
    return st;
}

eg_status eg_ner_tag(const char *model_path, const char *conll_path, int sentence_docs,
                     FILE *out, eg_error *err)
{
    eg_conll c = {0};
    eg_chunk *ch = NULL;
    size_t nch = 0;
    eg_status st = tag_file(model_path, conll_path, sentence_docs, &c, &ch, &nch, NULL, err);
    const char **pred = st == EG_OK ? calloc(c.ntoks, sizeof *pred) : NULL;
    if (st == EG_OK && !pred) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    char names[EG_NE_NTYPES][2][8];
    for (int t = 0; t < EG_NE_NTYPES; t++) {
        snprintf(names[t][0], sizeof names[t][0], "B-%s", eg_ne_name((eg_ne_type)t));
        snprintf(names[t][1], sizeof names[t][1], "I-%s", eg_ne_name((eg_ne_type)t));
    }
    for (size_t k = 0; pred && k < nch; k++) {
        for (uint32_t i = ch[k].begin; i < ch[k].end; i++) {
            pred[i] = names[ch[k].type][i == ch[k].begin ? 0 : 1];
        }
    }
    size_t tok = 0;
    for (size_t d = 0; pred && d < c.ndocs; d++) {
        fputs("-DOCSTART- -X- -X- O O\n\n", out);
        for (size_t s = c.docs[d].first_sent; s < c.docs[d].first_sent + c.docs[d].nsents; s++) {
            for (size_t i = 0; i < c.sents[s].n; i++, tok++) {
                fprintf(out, "%s %s\n", c.lines[tok], pred[tok] ? pred[tok] : "O");
            }
            fputc('\n', out);
        }
    }
    free(pred);
    free(ch);
    eg_conll_fini(&c);
    return st;
}

static eg_ner_score score_of(const eg_score *sc, int type)
{
    eg_ner_score r = {0};
    eg_score_prf(sc, type, &r.precision, &r.recall, &r.f1);
    for (int k = 0; k < EG_NE_NTYPES; k++) {
        if (type < 0 || type == k) {
            r.gold += sc->gold[k];
            r.predicted += sc->pred[k];
            r.correct += sc->correct[k];
        }
    }
    return r;
}

eg_status eg_ner_eval(const char *model_path, const char *conll_path, int sentence_docs,
                      eg_ner_scores *out, eg_error *err)
{
    memset(out, 0, sizeof *out);
    eg_conll c = {0};
    eg_chunk *pred = NULL, *gold = NULL;
    size_t np = 0, ng = 0, gcap = 0;
    eg_status st = tag_file(model_path, conll_path, sentence_docs, &c, &pred, &np, out, err);
    for (size_t s = 0; st == EG_OK && s < c.nsents; s++) {
        st = eg_conll_chunks((const char *const *)c.tags + c.sents[s].first, c.sents[s].n,
                             c.sents[s].first, &gold, &ng, &gcap);
        if (st != EG_OK) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    if (st == EG_OK) {
        eg_score sc = {0};
        eg_score_add(&sc, gold, ng, pred, np);
        out->tokens = c.ntoks;
        for (int t = 0; t < EG_NE_NTYPES; t++) {
            out->type[t] = score_of(&sc, t);
        }
        out->overall = score_of(&sc, -1);
    }
    free(pred);
    free(gold);
    eg_conll_fini(&c);
    return st;
}

/* ---- word classes ----------------------------------------------------------------------------- */

void eg_ner_clusters_options_init(eg_ner_clusters_options *o)
{
    memset(o, 0, sizeof *o);
    o->classes = 100;
    o->iterations = 15;
    o->min_count = 3;
    o->max_article_bytes = (size_t)16 << 20; /* as build's; a 300 MB stream took 2.4 GB */
}

static void on_iteration(void *ud, unsigned it, size_t moved)
{
    const eg_ner_clusters_options *o = ud;
    note(o->note, o->user_data, "iteration %2u: %zu words moved", it, moved);
}

/* Every sentence of the articles in `inputs` into the clusterer. */
static eg_status add_articles(eg_clusterer *cl, const char *const *inputs, size_t n,
                              const eg_ner_clusters_options *o, eg_error *err)
{
    eg_reader *rd = NULL;
    eg_reader_opts ro = {.warn = o->warning, .warn_ud = o->user_data,
                         .max_article_bytes = o->max_article_bytes, .classic = true};
    eg_status st = eg_reader_create(&rd, inputs, n, &ro, err);
    if (st != EG_OK) {
        return st;
    }
    eg_doc doc = {0};
    const char **w = NULL;
    size_t *l = NULL, cap = 0;
    int r;
    while (st == EG_OK && (r = eg_reader_next(rd, &doc, err)) > 0) {
        if (doc.ntoks > cap) {
            cap = doc.ntoks;
            const char **nw = realloc(w, cap * sizeof *w);
            size_t *nl = nw ? realloc(l, cap * sizeof *l) : NULL;
            w = nw ? nw : w;
            l = nl ? nl : l;
            if (!nw || !nl) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                break;
            }
        }
        for (size_t s = 0; s < doc.nsents && st == EG_OK; s++) {
            const eg_sentence *se = &doc.sents[s];
            size_t k = 0;
            for (uint32_t t = se->tok_begin; t < se->tok_end; t++, k++) {
                w[k] = doc.text + doc.toks[t].start;
                l[k] = doc.toks[t].end - doc.toks[t].start;
            }
            if (!eg_clusterer_add(cl, w, l, k)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        }
    }
    if (st == EG_OK && r < 0) {
        st = err && err->code != EG_OK ? err->code : EG_ERR_IO;
    }
    free(w);
    free(l);
    eg_doc_fini(&doc);
    eg_reader_destroy(rd);
    return st;
}

/* The words of a CoNLL file (its tags are not used). */
static eg_status add_conll(eg_clusterer *cl, const char *path, eg_error *err)
{
    eg_conll c = {0};
    eg_status st = eg_conll_read(&c, path, err);
    if (st != EG_OK) {
        return st;
    }
    size_t *l = malloc((c.ntoks ? c.ntoks : 1) * sizeof *l);
    bool ok = l != NULL;
    for (size_t i = 0; ok && i < c.ntoks; i++) {
        l[i] = strlen(c.words[i]);
    }
    for (size_t s = 0; ok && s < c.nsents; s++) {
        const eg_conll_sent *se = &c.sents[s];
        ok = eg_clusterer_add(cl, (const char *const *)c.words + se->first, l + se->first, se->n);
    }
    free(l);
    eg_conll_fini(&c);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

eg_status eg_ner_clusters(const char *const *inputs, size_t ninputs,
                          const eg_ner_clusters_options *o, const char *classes_path,
                          eg_error *err)
{
    eg_clusterer *cl = eg_clusterer_create();
    if (!cl) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = ninputs ? add_articles(cl, inputs, ninputs, o, err) : EG_OK;
    for (size_t i = 0; st == EG_OK && i < o->nconll; i++) {
        st = add_conll(cl, o->conll[i], err);
    }
    if (st == EG_OK) {
        note(o->note, o->user_data, "%zu tokens", eg_clusterer_tokens(cl));
        eg_cluster_opts co = {.classes = o->classes, .iterations = o->iterations,
                              .min_count = o->min_count, .progress = on_iteration,
                              .progress_ud = (void *)o};
        st = eg_clusterer_run(cl, &co, classes_path, err);
    }
    eg_clusterer_destroy(cl);
    return st;
}

void eg_ner_kmeans_options_init(eg_ner_kmeans_options *o)
{
    memset(o, 0, sizeof *o);
    o->k[0] = 1024;
    o->k[1] = 256;
    o->k[2] = 64;
    o->nlevels = 3;
    o->max_words = 200000;
    o->iterations = 30;
    o->seed = 1;
}

static void on_kmeans(void *ud, unsigned k, unsigned it, size_t moved)
{
    const eg_ner_kmeans_options *o = ud;
    note(o->note, o->user_data, "k %u iteration %2u: %zu words moved", k, it, moved);
}

eg_status eg_ner_kmeans(const char *vectors_path, const eg_ner_kmeans_options *o,
                        const char *classes_path, eg_error *err)
{
    if (o->nlevels == 0 || o->nlevels > EG_NER_KMEANS_MAX_LEVELS) {
        return eg_error_set(err, EG_ERR_INVALID, "1 to %d levels of classes",
                            EG_NER_KMEANS_MAX_LEVELS);
    }
    eg_kmeans_opts ko = {.max_words = o->max_words, .nlevels = o->nlevels,
                         .iterations = o->iterations, .seed = o->seed, .progress = on_kmeans,
                         .progress_ud = (void *)o};
    memcpy(ko.k, o->k, sizeof ko.k);
    return eg_kmeans_run(vectors_path, &ko, classes_path, err);
}
