/*
 * train.c - training the tagger (model.c) and tagging a CoNLL corpus with it (for the dev F1
 * reported while training, and for `entgraph eval`).
 *
 * Training keeps dense float weights plus the averaging accumulator (w - u/c trick) and runs
 * the tagging steps of model.c over them (eg_model_ws_*: features, Viterbi, the document
 * memory), so a document is featurized the same way when training and when tagging. After
 * each epoch the averaged weights become a trained model (snapshot): only the rows that are
 * not all zero, quantized to int16 with one scale. Deterministic: the same corpus, options
 * and seed give the same model bytes.
 */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clusters.h"
#include "conll.h"
#include "gazetteer.h"
#include "model_impl.h"
#include "phrases.h"
#include "util.h"

/* ---- tagging a CoNLL corpus ------------------------------------------------------------------ */

/* Words [first, first + n) of the corpus into w. */
static void conll_words_at(const eg_conll *c, size_t first, size_t n, eg_word *w)
{
    for (size_t i = 0; i < n; i++) {
        w[i] = (eg_word){c->words[first + i], (uint32_t)strlen(c->words[first + i])};
    }
}

static eg_word *conll_words(const eg_conll *c)
{
    eg_word *w = malloc((c->ntoks ? c->ntoks : 1) * sizeof *w);
    if (w) {
        conll_words_at(c, 0, c->ntoks, w);
    }
    return w;
}

/* The first token of document d and its number of tokens. */
static void doc_extent(const eg_conll *c, size_t d, size_t *first, size_t *ntok)
{
    const eg_conll_doc *doc = &c->docs[d];
    if (doc->nsents == 0) {
        *first = *ntok = 0;
        return;
    }
    *first = c->sents[doc->first_sent].first;
    const eg_conll_sent *last = &c->sents[doc->first_sent + doc->nsents - 1];
    *ntok = last->first + last->n - *first;
}

/* Sentence starts of document d relative to its first token; returns the count. */
static size_t doc_sentences(const eg_conll *c, size_t d, uint32_t *ss, size_t *first,
                            size_t *ntok)
{
    doc_extent(c, d, first, ntok);
    const eg_conll_doc *doc = &c->docs[d];
    size_t k = 0;
    for (size_t s = doc->first_sent; s < doc->first_sent + doc->nsents; s++) {
        ss[k++] = (uint32_t)(c->sents[s].first - *first);
    }
    return k;
}

/* Tag the CoNLL corpus c, with or without the text rules (eg_tag_ws_text_rules). */
static eg_status tag_conll(const eg_model *m, const eg_conll *c, bool rules, eg_chunk **chunks,
                           size_t *nchunks, eg_error *err)
{
    *chunks = NULL;
    *nchunks = 0;
    size_t cap = 0;
    /* the words of one document at a time, in a buffer sized for the longest: a corpus-wide
     * array is as many fresh pages to fault in as the corpus has words */
    size_t most = 1;
    for (size_t d = 0; d < c->ndocs; d++) {
        size_t first, ntok;
        doc_extent(c, d, &first, &ntok);
        most = ntok > most ? ntok : most;
    }
    eg_word *w = malloc(most * sizeof *w);
    uint32_t *ss = malloc((c->nsents ? c->nsents : 1) * sizeof *ss);
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_status st = (w && ss && ws) ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    if (ws) {
        eg_tag_ws_text_rules(ws, rules);
    }
    for (size_t d = 0; d < c->ndocs && st == EG_OK; d++) {
        size_t first, ntok;
        size_t ns = doc_sentences(c, d, ss, &first, &ntok);
        size_t before = *nchunks;
        conll_words_at(c, first, ntok, w);
        st = eg_model_tag(m, ws, w, ntok, ss, ns, chunks, nchunks, &cap, err);
        for (size_t k = before; k < *nchunks; k++) {
            (*chunks)[k].begin += (uint32_t)first;
            (*chunks)[k].end += (uint32_t)first;
        }
    }
    free(w);
    free(ss);
    eg_tag_ws_destroy(ws);
    return st;
}

eg_status eg_model_tag_conll(const eg_model *m, const eg_conll *c, eg_chunk **chunks,
                             size_t *nchunks, eg_error *err)
{
    return tag_conll(m, c, true, chunks, nchunks, err);
}

/* ---- training ------------------------------------------------------------------------------- */

typedef struct trainer {
    unsigned bits;
    wclasses wc, vc;
    uint64_t phrases;
    size_t nb;
    float *w, *u;
    float tw[(NL + 1) * NL], tu[(NL + 1) * NL];
    double c;
} trainer;

static void upd(trainer *t, uint32_t f, unsigned l, float d)
{
    t->w[(size_t)f * NL + l] += d;
    t->u[(size_t)f * NL + l] += (float)(t->c * d);
}

static void updt(trainer *t, unsigned a, unsigned b, float d)
{
    t->tw[a * NL + b] += d;
    t->tu[a * NL + b] += (float)(t->c * d);
}

/* The averaged weights as a trained model. */
static eg_model *snapshot(const trainer *t)
{
    eg_model *m = eg_model_alloc();
    if (!m) {
        return NULL;
    }
    m->bits = t->bits;
    double c = t->c > 0 ? t->c : 1;
    float maxw = 0;
    for (size_t i = 0; i < t->nb * NL; i++) {
        float a = fabsf(t->w[i] - (float)(t->u[i] / c));
        maxw = a > maxw ? a : maxw;
    }
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        float a = fabsf(t->tw[i] - (float)(t->tu[i] / c));
        maxw = a > maxw ? a : maxw;
    }
    m->scale = maxw > 0 ? maxw / 32000.0f : 1.0f;
    size_t nrows = 0;
    int16_t q[NL];
    for (size_t b = 0; b < t->nb; b++) {
        for (unsigned l = 0; l < NL; l++) {
            float v = t->w[b * NL + l] - (float)(t->u[b * NL + l] / c);
            if (lrintf(v / m->scale) != 0) {
                nrows++;
                break;
            }
        }
    }
    m->nrows = nrows;
    m->rows = malloc((nrows ? nrows : 1) * NL * sizeof *m->rows);
    m->buckets = malloc((nrows ? nrows : 1) * sizeof *m->buckets);
    if (!m->rows || !m->buckets) {
        eg_model_destroy(m);
        return NULL;
    }
    size_t r = 0;
    for (size_t b = 0; b < t->nb; b++) {
        bool any = false;
        for (unsigned l = 0; l < NL; l++) {
            float v = t->w[b * NL + l] - (float)(t->u[b * NL + l] / c);
            long x = lrintf(v / m->scale);
            q[l] = (int16_t)(x > 32767 ? 32767 : x < -32767 ? -32767 : x);
            any = any || q[l] != 0;
        }
        if (any) {
            memcpy(m->rows + r * NL, q, sizeof q);
            m->buckets[r++] = (uint32_t)b;
        }
    }
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        float v = t->tw[i] - (float)(t->tu[i] / c);
        long x = lrintf(v / m->scale);
        m->trans[i] = (int16_t)(x > 32767 ? 32767 : x < -32767 ? -32767 : x);
    }
    m->phrases = t->phrases;
    if (!eg_model_build_rank(m) || !eg_wclasses_copy(&m->wc, &t->wc) ||
        !eg_wclasses_copy(&m->vc, &t->vc)) {
        eg_model_destroy(m);
        return NULL;
    }
    return m;
}

static uint64_t rng_next(uint64_t *s)
{
    *s += 0x9E3779B97F4A7C15ULL;
    return eg_mix64(*s);
}

/* Gold BILOU labels of a corpus (from its chunks). */
static uint8_t *gold_labels(const eg_conll *c, eg_chunk **gold, size_t *ngold, bool *ok)
{
    uint8_t *lab = calloc(c->ntoks ? c->ntoks : 1, 1);
    size_t cap = 0;
    *gold = NULL;
    *ngold = 0;
    if (!lab) {
        *ok = false;
        return NULL;
    }
    for (size_t s = 0; s < c->nsents; s++) {
        const eg_conll_sent *se = &c->sents[s];
        size_t before = *ngold;
        if (eg_conll_chunks((const char *const *)c->tags + se->first, se->n, se->first, gold,
                            ngold, &cap) != EG_OK) {
            *ok = false;
            return lab;
        }
        for (size_t k = before; k < *ngold; k++) {
            const eg_chunk *ch = &(*gold)[k];
            unsigned base = 1 + 4 * (unsigned)ch->type;
            if (ch->end - ch->begin == 1) {
                lab[ch->begin] = (uint8_t)(base + 3);
                continue;
            }
            lab[ch->begin] = (uint8_t)base;
            for (uint32_t i = ch->begin + 1; i + 1 < ch->end; i++) {
                lab[i] = (uint8_t)(base + 1);
            }
            lab[ch->end - 1] = (uint8_t)(base + 2);
        }
    }
    return lab;
}

static double dev_f1(const eg_model *m, const eg_conll *dev, const eg_chunk *gold, size_t ngold)
{
    eg_chunk *pred = NULL;
    size_t np = 0;
    eg_error err = {0};
    /* the model's own F1: the text rules, which may change, do not choose its epochs */
    if (tag_conll(m, dev, false, &pred, &np, &err) != EG_OK) {
        free(pred);
        return 0;
    }
    eg_score sc = {0};
    eg_score_add(&sc, gold, ngold, pred, np);
    free(pred);
    double p, r, f;
    eg_score_prf(&sc, -1, &p, &r, &f);
    return f;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A "word<TAB>class" file written by `entgraph clusters` (levels == 1), or a
 * "word<TAB>class1<TAB>class2..." file written by `entgraph kmeans` (levels == 0: as many as
 * the first line has, the same on every line). */
static eg_status load_classes(wclasses *wc, const char *path, unsigned levels, eg_error *err)
{
    const char *expect = levels ? "word<TAB>class"
                                : "word<TAB>class<TAB>class..., as many classes on every line";
    char *text = NULL;
    size_t len = 0;
    eg_status st = eg_read_file(path, (size_t)256 << 20, &text, &len, err);
    if (st != EG_OK) {
        return st;
    }
    size_t lines = 0;
    for (size_t i = 0; i < len; i++) {
        lines += text[i] == '\n';
    }
    if (!levels) {
        const char *nl = memchr(text, '\n', len);
        for (const char *q = text; q < (nl ? nl : text + len); q++) {
            levels += *q == '\t';
        }
        levels = levels ? levels : 1;
    }
    if (levels > MAXLEV) {
        free(text);
        return eg_error_set(err, EG_ERR_PARSE, "%s: line 1: more than %d classes per word", path,
                            MAXLEV);
    }
    if (!eg_wclasses_init(wc, lines + 1, levels)) {
        free(text);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    size_t lineno = 0;
    for (char *p = text; st == EG_OK && p < text + len;) {
        char *nl = memchr(p, '\n', (size_t)(text + len - p));
        char *end = nl ? nl : text + len;
        lineno++;
        char *tab = memchr(p, '\t', (size_t)(end - p));
        uint16_t c[MAXLEV];
        bool ok = tab && tab > p;
        char *q = tab;
        for (unsigned l = 0; ok && l < levels; l++) {
            char *num_end = NULL;
            unsigned long v = *q == '\t' ? strtoul(q + 1, &num_end, 10) : 0;
            ok = num_end && num_end != q + 1 && v <= 65534 &&
                 (l + 1 < levels ? *num_end == '\t' : num_end == end);
            c[l] = (uint16_t)v;
            q = num_end;
        }
        if (end > p && !ok) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: line %zu: expected %s", path, lineno,
                              expect);
        } else if (end > p) {
            char key[EG_CLUSTER_KEY_MAX];
            size_t kn = eg_cluster_key(p, (size_t)(tab - p), key);
            /* a repeated key keeps its first classes */
            eg_wclasses_put(wc, eg_phrase_hbytes(key, kn), c);
        }
        p = end + 1;
    }
    free(text);
    if (st != EG_OK) {
        eg_wclasses_fini(wc);
    }
    return st;
}

/* A training corpus with its weight and the types it annotates. */
typedef struct tsource {
    const eg_conll *c;
    eg_word *w;
    uint8_t *gl;     /* gold BILOU labels */
    float weight;    /* update size */
    unsigned types;  /* bit t: type t is annotated (elsewhere a prediction of it is no error) */
} tsource;

typedef struct tdoc {
    uint32_t src, doc;
} tdoc;

typedef struct tctx {
    tsource *src;
    size_t nsrc;
    tdoc *docs;      /* every training document */
    size_t ndocs;
    uint32_t *ss;
    eg_tag_ws *ws;
    const eg_gazetteer *gaz;
    const eg_conll *dev;
    eg_chunk *dgold;
    size_t ndgold;
    const eg_train_opts *opts;
} tctx;

/* The gold label to learn at token i: a corpus that does not annotate a type teaches nothing
 * about it (a prediction of that type, or its gold mention, counts as correct). */
static unsigned learn_label(const tsource *s, unsigned gold, unsigned pred)
{
    unsigned gt = eg_label_type(gold), pt = eg_label_type(pred);
    if ((gt && !(s->types & (1u << (gt - 1)))) || (!gt && pt && !(s->types & (1u << (pt - 1))))) {
        return pred;
    }
    return gold;
}

static void shuffle(tdoc *d, size_t n, uint64_t *rng)
{
    for (size_t k = n; k > 1; k--) { /* Fisher-Yates with our own generator */
        size_t j = (size_t)(rng_next(rng) % k);
        tdoc tmp = d[k - 1];
        d[k - 1] = d[j];
        d[j] = tmp;
    }
}

/* Prepare training document d; returns its sentence count (0: skip it). */
static size_t prep_train_doc(tctx *x, const trainer *t, tdoc d, size_t *first, size_t *ntok)
{
    const tsource *s = &x->src[d.src];
    size_t ns = doc_sentences(s->c, d.doc, x->ss, first, ntok);
    if (ns == 0 || !eg_model_ws_prepare(x->ws, x->gaz, &t->wc, &t->vc, t->phrases,
                                        s->w + *first, *ntok, x->ss, ns)) {
        return 0;
    }
    return ns;
}

/* Start the weights again from zero (the next model of an ensemble). */
static void trainer_reset(trainer *t)
{
    memset(t->w, 0, t->nb * NL * sizeof *t->w);
    memset(t->u, 0, t->nb * NL * sizeof *t->u);
    memset(t->tw, 0, sizeof t->tw);
    memset(t->tu, 0, sizeof t->tu);
    t->c = 0;
}

/* The average of n trained models' weights, as one model: a linear model's scores summed over
 * the models are the scores of the summed weights, so the average tags as the ensemble does at
 * the cost of one model. Reuses t's weight arrays (reset). */
static eg_model *average_models(trainer *t, eg_model *const *ms, size_t n)
{
    trainer_reset(t);
    t->c = 1;
    for (size_t k = 0; k < n; k++) {
        const eg_model *m = ms[k];
        float s = m->scale / (float)n;
        for (size_t r = 0; r < m->nrows; r++) {
            float *w = t->w + (size_t)m->buckets[r] * NL;
            for (unsigned l = 0; l < NL; l++) {
                w[l] += s * (float)m->rows[r * NL + l];
            }
        }
        for (size_t i = 0; i < (NL + 1) * NL; i++) {
            t->tw[i] += s * (float)m->trans[i];
        }
    }
    return snapshot(t);
}

/* `epochs` perceptron epochs over docs[0..nd) (shuffled in place). With a dev set the best
 * epoch's averaged weights are kept, else the last's. */
static eg_status train_epochs(tctx *x, trainer *t, tdoc *docs, size_t nd, unsigned model,
                              eg_model **out, eg_error *err)
{
    unsigned epochs = x->opts->epochs ? x->opts->epochs : 10;
    uint64_t rng = x->opts->seed + model - 1;
    eg_model *best = NULL;
    double best_f1 = -1;
    eg_tag_ws *ws = x->ws;
    for (unsigned ep = 1; ep <= epochs; ep++) {
        double t0 = now_s();
        shuffle(docs, nd, &rng);
        size_t correct = 0, total = 0;
        for (size_t di = 0; di < nd; di++) {
            size_t first, ntok, ns = prep_train_doc(x, t, docs[di], &first, &ntok);
            const tsource *src = &x->src[docs[di].src];
            const uint8_t *g = src->gl + first;
            float wt = src->weight;
            for (size_t k = 0; k < ns; k++) {
                size_t s0 = x->ss[k], s1 = k + 1 < ns ? x->ss[k + 1] : ntok;
                if (s1 <= s0) {
                    continue;
                }
                eg_model_ws_features(ws, s0, s1, t->bits);
                eg_model_ws_viterbi_dense(ws, t->w, t->tw, s0, s1);
                t->c += 1;
                unsigned pg = START, pp = START;
                for (size_t i = s0; i < s1; i++) {
                    unsigned pi = ws->labels[i], gi = learn_label(src, g[i], pi);
                    total++;
                    correct += gi == pi;
                    if (gi != pi) {
                        const uint32_t *f = ws->feats + i * MAXF;
                        for (unsigned q = 0; q < ws->nfeats[i]; q++) {
                            upd(t, f[q], gi, wt);
                            upd(t, f[q], pi, -wt);
                        }
                    }
                    if (gi != pi || pg != pp) {
                        updt(t, pg, gi, wt);
                        updt(t, pp, pi, -wt);
                    }
                    pg = gi;
                    pp = pi;
                }
                eg_model_ws_remember(ws, s0, s1);
            }
        }
        eg_model *snap = snapshot(t);
        if (!snap) {
            eg_model_destroy(best);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory training");
        }
        double f = x->dev ? dev_f1(snap, x->dev, x->dgold, x->ndgold) : 0;
        if (x->opts->progress) {
            x->opts->progress(x->opts->progress_ud, model, ep,
                              total ? 100.0 * correct / total : 0,
                              x->dev ? f : -1, now_s() - t0);
        }
        if (!x->dev || f > best_f1) {
            eg_model_destroy(best);
            best = snap;
            best_f1 = f;
        } else {
            eg_model_destroy(snap);
        }
    }
    *out = best;
    return EG_OK;
}

/* opts->models models (at least one), each from zero with its own seed, averaged when several. */
static eg_status train_models(tctx *x, trainer *t, tdoc *order, eg_model **out, eg_error *err)
{
    unsigned n = x->opts->models > 1 ? x->opts->models : 1;
    eg_model **ms = calloc(n, sizeof *ms);
    eg_status st = ms ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory training");
    for (unsigned k = 0; st == EG_OK && k < n; k++) {
        if (k > 0) {
            trainer_reset(t);
        }
        memcpy(order, x->docs, x->ndocs * sizeof *order);
        st = train_epochs(x, t, order, x->ndocs, k + 1, &ms[k], err);
    }
    if (st == EG_OK && n == 1) {
        *out = ms[0];
        ms[0] = NULL;
    } else if (st == EG_OK) {
        double t0 = now_s();
        *out = average_models(t, ms, n);
        if (!*out) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory training");
        } else if (x->opts->progress) {
            double f = x->dev ? dev_f1(*out, x->dev, x->dgold, x->ndgold) : -1;
            x->opts->progress(x->opts->progress_ud, 0, 0, -1, f, now_s() - t0);
        }
    }
    for (unsigned k = 0; ms && k < n; k++) {
        eg_model_destroy(ms[k]);
    }
    free(ms);
    return st;
}

eg_status eg_model_train(eg_model **out, const eg_conll *train, const eg_conll *dev,
                         const eg_train_opts *opts, eg_error *err)
{
    *out = NULL;
    trainer t = {.bits = opts->hash_bits ? opts->hash_bits : 20};
    if (t.bits < 10 || t.bits > 24) {
        return eg_error_set(err, EG_ERR_INVALID, "hash bits must be 10..24");
    }
    t.nb = (size_t)1 << t.bits;
    t.w = calloc(t.nb * NL, sizeof *t.w);
    t.u = calloc(t.nb * NL, sizeof *t.u);
    size_t nsrc = 1 + opts->nextra, ndocs = 0, maxs = 1;
    tctx x = {.nsrc = nsrc, .dev = dev, .opts = opts, .gaz = eg_gazetteer_default()};
    x.src = calloc(nsrc, sizeof *x.src);
    x.ws = eg_tag_ws_create();
    bool ok = x.src && x.ws;
    for (size_t s = 0; ok && s < nsrc; s++) {
        tsource *ts = &x.src[s];
        ts->c = s == 0 ? train : opts->extra[s - 1].c;
        ts->weight = s == 0 ? 1.0f : opts->extra[s - 1].weight;
        ts->types = s == 0 ? 0xF : opts->extra[s - 1].types;
        ts->w = conll_words(ts->c);
        eg_chunk *tg = NULL;
        size_t ntg = 0;
        ts->gl = gold_labels(ts->c, &tg, &ntg, &ok);
        free(tg);
        ndocs += ts->c->ndocs;
        maxs = ts->c->nsents > maxs ? ts->c->nsents : maxs;
        ok = ok && ts->w && ts->gl;
    }
    x.ss = malloc(maxs * sizeof *x.ss);
    x.docs = malloc((ndocs ? ndocs : 1) * sizeof *x.docs);
    uint8_t *dl = dev && ok ? gold_labels(dev, &x.dgold, &x.ndgold, &ok) : NULL;
    free(dl);
    eg_model *best = NULL;
    eg_status st = EG_OK;
    if (!t.w || !t.u || !x.ss || !x.docs || !ok) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory training");
        goto done;
    }
    for (size_t s = 0; s < nsrc; s++) {
        for (size_t d = 0; d < x.src[s].c->ndocs; d++) {
            x.docs[x.ndocs++] = (tdoc){(uint32_t)s, (uint32_t)d};
        }
    }
    if (opts->classes_path) {
        st = load_classes(&t.wc, opts->classes_path, 1, err);
        if (st != EG_OK) {
            goto done;
        }
    }
    if (opts->vector_classes_path) {
        st = load_classes(&t.vc, opts->vector_classes_path, 0, err);
        if (st != EG_OK) {
            goto done;
        }
    }
    const eg_phrase_table *phr = opts->no_phrases ? NULL : eg_phrase_table_default();
    t.phrases = phr ? phr->id : 0;
    tdoc *order = malloc((x.ndocs ? x.ndocs : 1) * sizeof *order);
    if (!order) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory training");
        goto done;
    }
    st = train_models(&x, &t, order, &best, err);
    free(order);
    if (st == EG_OK) {
        *out = best;
        best = NULL;
    }
done:
    eg_model_destroy(best);
    eg_wclasses_fini(&t.wc);
    eg_wclasses_fini(&t.vc);
    free(t.w);
    free(t.u);
    for (size_t s = 0; x.src && s < nsrc; s++) {
        free(x.src[s].w);
        free(x.src[s].gl);
    }
    free(x.src);
    free(x.ss);
    free(x.docs);
    free(x.dgold);
    eg_tag_ws_destroy(x.ws);
    return st;
}
