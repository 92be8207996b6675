/*
 * clusters.c - predictive exchange clustering of words (see clusters.h).
 *
 * The objective, with N(v, c) the number of times word v is followed by a word of class c and
 * N(c) the occurrences of class c, is F = sum_{v,c} f(N(v,c)) - sum_c f(N(c)), f(x) = x log x.
 * Moving word w into class c changes only N(v, c) for the words v that precede w, so the gain
 * of every class is computed from w's predecessor list and the dense matrix N(v, .). Sentence
 * starts are a word of their own that is never moved; words below the minimum count share one
 * "rare" word that is not moved either.
 */
#include "clusters.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "outfile.h"
#include "util.h"

#define MAX_WORDS 100000 /* the most frequent words clustered: bounds the N(v, c) matrix */

size_t eg_cluster_key(const char *s, size_t n, char out[EG_CLUSTER_KEY_MAX])
{
    size_t ln = n < EG_CLUSTER_KEY_MAX ? n : EG_CLUSTER_KEY_MAX;
    for (size_t i = 0; i < ln; i++) {
        unsigned char c = (unsigned char)s[i];
        out[i] = eg_is_digit(c) ? '0' : c < 0x80 ? (char)eg_to_lower(c) : (char)c;
    }
    return ln;
}

typedef struct vword {
    char *key;
    uint32_t count; /* occurrences */
} vword;

struct eg_clusterer {
    eg_strmap ids;   /* key -> word id (0 is the sentence start) */
    vword *words;    /* by id */
    size_t nwords, cap;
    uint32_t *seq;   /* word ids, 0 before each sentence */
    size_t nseq, seq_cap;
};

eg_clusterer *eg_clusterer_create(void)
{
    eg_clusterer *c = calloc(1, sizeof *c);
    if (c && (!EG_GROW(c->words, c->cap, 1) || !(c->words[0].key = eg_strdup("<s>")))) {
        eg_clusterer_destroy(c);
        return NULL;
    }
    if (c) {
        c->words[0].count = 0;
        c->nwords = 1;
    }
    return c;
}

void eg_clusterer_destroy(eg_clusterer *c)
{
    if (!c) {
        return;
    }
    for (size_t i = 0; i < c->nwords; i++) {
        free(c->words[i].key);
    }
    free(c->words);
    free(c->seq);
    eg_strmap_fini(&c->ids);
    free(c);
}

size_t eg_clusterer_tokens(const eg_clusterer *c)
{
    return c->nseq - (c->words ? c->words[0].count : 0);
}

static uint32_t word_id(eg_clusterer *c, const char *key, size_t n)
{
    uint32_t id = eg_strmap_get(&c->ids, key, n, UINT32_MAX);
    if (id != UINT32_MAX) {
        return id;
    }
    char *k = EG_GROW(c->words, c->cap, c->nwords + 1) ? eg_strndup(key, n) : NULL;
    if (!k || !eg_strmap_put(&c->ids, key, n, (uint32_t)c->nwords)) {
        free(k);
        return UINT32_MAX;
    }
    c->words[c->nwords] = (vword){k, 0};
    return (uint32_t)c->nwords++;
}

bool eg_clusterer_add(eg_clusterer *c, const char *const *words, const size_t *lens, size_t n)
{
    if (!EG_GROW(c->seq, c->seq_cap, c->nseq + n + 1)) {
        return false;
    }
    c->seq[c->nseq++] = 0;
    c->words[0].count++;
    for (size_t i = 0; i < n; i++) {
        char key[EG_CLUSTER_KEY_MAX];
        size_t kn = eg_cluster_key(words[i], lens[i], key);
        uint32_t id = word_id(c, key, kn);
        if (id == UINT32_MAX) {
            return false;
        }
        c->words[id].count++;
        c->seq[c->nseq++] = id;
    }
    return true;
}

static double xlogx(double x)
{
    return x > 0 ? x * log(x) : 0.0;
}

typedef struct ranked {
    uint32_t id, count;
    const char *key;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->count != b->count) {
        return a->count > b->count ? -1 : 1;
    }
    return strcmp(a->key, b->key);
}

/* A bigram as one number, next word first, so sorting groups each word's predecessors. */
static uint64_t bigram(uint32_t prev, uint32_t next)
{
    return (uint64_t)next << 32 | prev;
}

/* The exchange algorithm's state over dense word ids: 0 sentence start, 1..V clustered words
 * by frequency, V + 1 the rare words. */
typedef struct exchange {
    unsigned C;            /* classes */
    size_t V, W, nr;       /* clustered words; all dense ids; ranked words */
    ranked *rk;            /* the words by count */
    uint32_t *dense;       /* word id -> dense id */
    uint64_t *bg;          /* bigrams, sorted by next word */
    size_t *poff;          /* each dense word's predecessors: pv/pn[poff[w]..poff[w + 1]) */
    uint32_t *pv, *pn;     /* predecessor and bigram count */
    double *cnt, *NC, *gain; /* word counts; class counts; gain of moving to each class */
    unsigned *cls;         /* class of each dense word */
    float *NV;             /* bigram counts (predecessor word, class of next word) */
} exchange;

static void exchange_fini(exchange *x)
{
    free(x->rk);
    free(x->dense);
    free(x->bg);
    free(x->poff);
    free(x->pv);
    free(x->pn);
    free(x->cnt);
    free(x->NC);
    free(x->gain);
    free(x->cls);
    free(x->NV);
}

/* Rank the words by count and give the frequent ones (at least minc) dense ids. */
static bool rank_words(const eg_clusterer *c, unsigned minc, exchange *x)
{
    x->rk = malloc((c->nwords ? c->nwords : 1) * sizeof *x->rk);
    x->dense = malloc((c->nwords ? c->nwords : 1) * sizeof *x->dense);
    x->bg = malloc((c->nseq ? c->nseq : 1) * sizeof *x->bg);
    if (!x->rk || !x->dense || !x->bg) {
        return false;
    }
    for (size_t i = 1; i < c->nwords; i++) {
        x->rk[x->nr++] = (ranked){(uint32_t)i, c->words[i].count, c->words[i].key};
    }
    eg_sort(x->rk, x->nr, sizeof *x->rk, cmp_ranked);
    x->dense[0] = 0;
    for (size_t i = 0; i < x->nr; i++) {
        bool kept = x->rk[i].count >= minc && x->V < MAX_WORDS;
        if (kept) {
            x->V++;
        }
        x->dense[x->rk[i].id] = kept ? (uint32_t)x->V : UINT32_MAX;
    }
    x->W = x->V + 2;
    for (size_t i = 0; i < x->nr; i++) {
        if (x->dense[x->rk[i].id] == UINT32_MAX) {
            x->dense[x->rk[i].id] = (uint32_t)(x->V + 1);
        }
    }
    return true;
}

/* Bigram types (prev -> next), grouped by next: each word's predecessors; words counted and
 * dealt round-robin into the classes. */
static bool initial_classes(const eg_clusterer *c, exchange *x)
{
    size_t nb = 0, W = x->W, C = x->C;
    const uint32_t *dense = x->dense;
    for (size_t i = 1; i < c->nseq; i++) {
        x->bg[nb++] = bigram(dense[c->seq[i - 1]], dense[c->seq[i]]);
    }
    eg_sort(x->bg, nb, sizeof *x->bg, eg_cmp_u64);
    x->poff = calloc(W + 1, sizeof *x->poff);
    x->pv = malloc((nb ? nb : 1) * sizeof *x->pv);
    x->pn = malloc((nb ? nb : 1) * sizeof *x->pn);
    x->cnt = calloc(W, sizeof *x->cnt);
    x->NC = calloc(C, sizeof *x->NC);
    x->gain = malloc(C * sizeof *x->gain);
    x->cls = malloc(W * sizeof *x->cls);
    x->NV = calloc(W * C, sizeof *x->NV);
    if (!x->poff || !x->pv || !x->pn || !x->cnt || !x->NC || !x->gain || !x->cls || !x->NV) {
        return false;
    }
    size_t ntypes = 0;
    for (size_t i = 0; i < nb;) {
        size_t j = i;
        while (j < nb && x->bg[j] == x->bg[i]) {
            j++;
        }
        x->pv[ntypes] = (uint32_t)x->bg[i];
        x->pn[ntypes++] = (uint32_t)(j - i);
        x->poff[(x->bg[i] >> 32) + 1]++;
        i = j;
    }
    for (size_t w = 0; w < W; w++) {
        x->poff[w + 1] += x->poff[w];
    }
    for (size_t i = 0; i < c->nseq; i++) {
        x->cnt[dense[c->seq[i]]] += 1.0;
    }
    for (size_t w = 0; w < W; w++) {
        x->cls[w] = (unsigned)(w % C);
    }
    for (size_t w = 1; w < W; w++) {
        x->NC[x->cls[w]] += x->cnt[w];
        for (size_t k = x->poff[w]; k < x->poff[w + 1]; k++) {
            x->NV[(size_t)x->pv[k] * C + x->cls[w]] += (float)x->pn[k];
        }
    }
    return true;
}

/* Move word w to the class that best raises the likelihood; did it move? */
static bool move_word(exchange *x, size_t w)
{
    unsigned C = x->C, from = x->cls[w];
    const size_t *poff = x->poff;
    const uint32_t *pv = x->pv, *pn = x->pn;
    double *gain = x->gain, *NC = x->NC, cw = x->cnt[w];
    for (size_t k = poff[w]; k < poff[w + 1]; k++) {
        x->NV[(size_t)pv[k] * C + from] -= (float)pn[k];
    }
    NC[from] -= cw;
    for (unsigned k = 0; k < C; k++) {
        gain[k] = xlogx(NC[k]) - xlogx(NC[k] + cw);
    }
    for (size_t k = poff[w]; k < poff[w + 1]; k++) {
        const float *row = x->NV + (size_t)pv[k] * C;
        double n = pn[k];
        for (unsigned q = 0; q < C; q++) {
            gain[q] += xlogx(row[q] + n) - xlogx(row[q]);
        }
    }
    unsigned best = from;
    for (unsigned k = 0; k < C; k++) {
        if (gain[k] > gain[best] + 1e-9) {
            best = k;
        }
    }
    x->cls[w] = best;
    for (size_t k = poff[w]; k < poff[w + 1]; k++) {
        x->NV[(size_t)pv[k] * C + best] += (float)pn[k];
    }
    NC[best] += cw;
    return best != from;
}

/* One "word<TAB>class" line per clustered word, most frequent first. */
static eg_status write_classes(const exchange *x, const char *path, eg_error *err)
{
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st != EG_OK) {
        return st;
    }
    for (size_t i = 0; i < x->nr; i++) {
        uint32_t d = x->dense[x->rk[i].id];
        if (d >= 1 && d <= x->V) {
            fprintf(of.fp, "%s\t%u\n", x->rk[i].key, x->cls[d]);
        }
    }
    return eg_outfile_commit(&of, err);
}

eg_status eg_clusterer_run(eg_clusterer *c, const eg_cluster_opts *opts, const char *path,
                           eg_error *err)
{
    unsigned C = opts && opts->classes ? opts->classes : 100;
    unsigned iters = opts && opts->iterations ? opts->iterations : 15;
    unsigned minc = opts && opts->min_count ? opts->min_count : 3;
    if (C < 2 || C > 60000) {
        return eg_error_set(err, EG_ERR_INVALID, "classes must be 2 to 60000");
    }
    exchange x = {.C = C};
    if (!rank_words(c, minc, &x) || !initial_classes(c, &x)) {
        exchange_fini(&x);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory clustering");
    }
    for (unsigned it = 1; it <= iters; it++) {
        size_t moved = 0;
        for (size_t w = 1; w <= x.V; w++) {
            moved += move_word(&x, w);
        }
        if (opts && opts->progress) {
            opts->progress(opts->progress_ud, it, moved);
        }
        if (moved * 1000 < x.V) {
            break;
        }
    }
    eg_status st = write_classes(&x, path, err);
    exchange_fini(&x);
    return st;
}
