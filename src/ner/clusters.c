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

eg_status eg_clusterer_run(eg_clusterer *c, const eg_cluster_opts *opts, const char *path,
                           eg_error *err)
{
    unsigned C = opts && opts->classes ? opts->classes : 100;
    unsigned iters = opts && opts->iterations ? opts->iterations : 15;
    unsigned minc = opts && opts->min_count ? opts->min_count : 3;
    if (C < 2 || C > 60000) {
        return eg_error_set(err, EG_ERR_INVALID, "--classes needs 2 to 60000");
    }
    eg_status st = EG_OK;
    /* dense ids: 0 sentence start, 1..V clustered words by frequency, V + 1 the rare words */
    ranked *rk = malloc((c->nwords ? c->nwords : 1) * sizeof *rk);
    uint32_t *dense = malloc((c->nwords ? c->nwords : 1) * sizeof *dense);
    uint64_t *bg = malloc((c->nseq ? c->nseq : 1) * sizeof *bg);
    size_t V = 0, nr = 0;
    if (!rk || !dense || !bg) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory clustering");
        goto done;
    }
    for (size_t i = 1; i < c->nwords; i++) {
        rk[nr++] = (ranked){(uint32_t)i, c->words[i].count, c->words[i].key};
    }
    eg_sort(rk, nr, sizeof *rk, cmp_ranked);
    dense[0] = 0;
    for (size_t i = 0; i < nr; i++) {
        bool kept = rk[i].count >= minc && V < MAX_WORDS;
        if (kept) {
            V++;
        }
        dense[rk[i].id] = kept ? (uint32_t)V : UINT32_MAX;
    }
    size_t W = V + 2, rare = V + 1;
    for (size_t i = 0; i < nr; i++) {
        if (dense[rk[i].id] == UINT32_MAX) {
            dense[rk[i].id] = (uint32_t)rare;
        }
    }
    /* bigram types (prev -> next), grouped by next: each word's predecessors */
    size_t nb = 0;
    for (size_t i = 1; i < c->nseq; i++) {
        bg[nb++] = bigram(dense[c->seq[i - 1]], dense[c->seq[i]]);
    }
    eg_sort(bg, nb, sizeof *bg, eg_cmp_u64);
    size_t *poff = calloc(W + 1, sizeof *poff);
    uint32_t *pv = malloc((nb ? nb : 1) * sizeof *pv), *pn = malloc((nb ? nb : 1) * sizeof *pn);
    double *cnt = calloc(W, sizeof *cnt), *NC = calloc(C, sizeof *NC),
           *gain = malloc(C * sizeof *gain);
    unsigned *cls = malloc(W * sizeof *cls);
    float *NV = calloc(W * (size_t)C, sizeof *NV);
    if (!poff || !pv || !pn || !cnt || !NC || !gain || !cls || !NV) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory clustering");
        goto free_all;
    }
    size_t ntypes = 0;
    for (size_t i = 0; i < nb;) {
        size_t j = i;
        while (j < nb && bg[j] == bg[i]) {
            j++;
        }
        pv[ntypes] = (uint32_t)bg[i];
        pn[ntypes++] = (uint32_t)(j - i);
        poff[(bg[i] >> 32) + 1]++;
        i = j;
    }
    for (size_t w = 0; w < W; w++) {
        poff[w + 1] += poff[w];
    }
    for (size_t i = 0; i < c->nseq; i++) {
        cnt[dense[c->seq[i]]] += 1.0;
    }
    for (size_t w = 0; w < W; w++) {
        cls[w] = (unsigned)(w % C);
    }
    for (size_t w = 1; w < W; w++) {
        NC[cls[w]] += cnt[w];
        for (size_t k = poff[w]; k < poff[w + 1]; k++) {
            NV[(size_t)pv[k] * C + cls[w]] += (float)pn[k];
        }
    }
    for (unsigned it = 1; it <= iters; it++) {
        size_t moved = 0;
        for (size_t w = 1; w <= V; w++) {
            unsigned from = cls[w];
            for (size_t k = poff[w]; k < poff[w + 1]; k++) {
                NV[(size_t)pv[k] * C + from] -= (float)pn[k];
            }
            NC[from] -= cnt[w];
            for (unsigned k = 0; k < C; k++) {
                gain[k] = xlogx(NC[k]) - xlogx(NC[k] + cnt[w]);
            }
            for (size_t k = poff[w]; k < poff[w + 1]; k++) {
                const float *row = NV + (size_t)pv[k] * C;
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
            cls[w] = best;
            moved += best != from;
            for (size_t k = poff[w]; k < poff[w + 1]; k++) {
                NV[(size_t)pv[k] * C + best] += (float)pn[k];
            }
            NC[best] += cnt[w];
        }
        if (opts && opts->progress) {
            opts->progress(opts->progress_ud, it, moved);
        }
        if (moved * 1000 < V) {
            break;
        }
    }
    eg_outfile of;
    st = eg_outfile_open(&of, path, err);
    if (st == EG_OK) {
        for (size_t i = 0; i < nr; i++) {
            uint32_t d = dense[rk[i].id];
            if (d >= 1 && d <= V) {
                fprintf(of.fp, "%s\t%u\n", rk[i].key, cls[d]);
            }
        }
        st = eg_outfile_commit(&of, err);
    }
free_all:
    free(poff);
    free(pv);
    free(pn);
    free(cnt);
    free(NC);
    free(gain);
    free(cls);
    free(NV);
done:
    free(rk);
    free(dense);
    free(bg);
    return st;
}
