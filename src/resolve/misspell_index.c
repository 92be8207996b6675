/*
 * misspell_index.c - deletion-neighbourhood index for the misspelling search (see the header
 * for what it finds and why that is enough).
 *
 * Three joins, each over arrays sorted by hash (no hash table, so memory is two words per
 * variant): (1) one-word names meet one-word names under a variant of their word; (2) the last
 * word of every longer name probes that index; (3) longer names are grouped by a "skeleton",
 * the hash of the name with one word left out (and that word's position and the word count),
 * and inside a group of two or more they meet under a variant of the word left out. Keys that
 * are not single-spaced words (never produced by eg_gaz_key) are paired with every other key.
 */
#include "misspell_index.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MAXW 64 /* eg_alias_edit_distance gives up above this many bytes */

/* A variant entry packs the variant's 32-bit hash above the name's index, so that sorting the
 * numbers sorts by (hash, name). */
#define VHASH(x) ((uint32_t)((x) >> 32))
#define VID(x) ((uint32_t)(x))

typedef struct vvec {
    uint64_t *v;
    size_t n, cap;
} vvec;

typedef struct pvec {
    uint64_t *v;
    size_t n, cap;
} pvec;

typedef struct skel {
    uint64_t s;    /* hash of the other words, their positions, the word count, this position */
    uint32_t id;   /* the name */
    uint32_t word; /* the position of the word left out */
} skel;

static uint64_t hash_seeded(uint64_t seed, const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL ^ eg_mix64(seed + 1);
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return eg_mix64(h);
}

static bool vpush(vvec *v, uint64_t h, uint32_t id)
{
    if (!EG_GROW(v->v, v->cap, v->n + 1)) {
        return false;
    }
    v->v[v->n++] = (uint64_t)(uint32_t)h << 32 | id;
    return true;
}

static bool ppush(pvec *p, uint32_t a, uint32_t b)
{
    if (a == b) {
        return true;
    }
    if (!EG_GROW(p->v, p->cap, p->n + 1)) {
        return false;
    }
    p->v[p->n++] = a < b ? (uint64_t)a << 32 | b : (uint64_t)b << 32 | a;
    return true;
}

/* s[0..n) (n <= MAXW) with up to `depth` (1 or 2) bytes deleted, every way, under `seed`. */
static bool add_variants(vvec *v, uint64_t seed, const char *s, size_t n, unsigned depth,
                         uint32_t id)
{
    char t[MAXW];
    bool ok = vpush(v, hash_seeded(seed, s, n), id);
    for (size_t i = 0; ok && i < n; i++) {
        memcpy(t, s, i);
        memcpy(t + i, s + i + 1, n - i - 1);
        ok = vpush(v, hash_seeded(seed, t, n - 1), id);
        for (size_t j = i; ok && depth >= 2 && j + 1 < n; j++) {
            /* t without its byte j: s without bytes i and j + 1 */
            char u[MAXW];
            memcpy(u, t, j);
            memcpy(u + j, t + j + 1, n - 2 - j);
            ok = vpush(v, hash_seeded(seed, u, n - 2), id);
        }
    }
    return ok;
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

static int cmp_skel(const void *x, const void *y)
{
    const skel *a = x, *b = y;
    if (a->s != b->s) {
        return a->s < b->s ? -1 : 1;
    }
    return a->id < b->id ? -1 : a->id > b->id;
}

/* LSD radix sort, 16 bits a pass, skipping passes where every number has the same digit:
 * linear, where qsort was n log n with a call per comparison (the variants of one block of
 * 400,000 names are 18 million numbers). Under 65,536 numbers a pass takes 8 bits: clearing
 * and summing 65,536 counts a pass cost more than sorting a few thousand numbers. False when
 * out of memory. */
static bool radix_sort(uint64_t *v, size_t n)
{
    if (n < 256) {
        eg_sort(v, n, sizeof *v, cmp_u64);
        return true;
    }
    unsigned bits = n < 65536 ? 8 : 16;
    size_t radix = (size_t)1 << bits, mask = radix - 1;
    uint64_t *tmp = malloc(n * sizeof *tmp);
    size_t *count = malloc(radix * sizeof *count);
    if (!tmp || !count) {
        free(tmp);
        free(count);
        return false;
    }
    uint64_t *src = v, *dst = tmp;
    for (unsigned shift = 0; shift < 64; shift += bits) {
        memset(count, 0, radix * sizeof *count);
        for (size_t i = 0; i < n; i++) {
            count[(src[i] >> shift) & mask]++;
        }
        if (count[(src[0] >> shift) & mask] == n) {
            continue;
        }
        size_t sum = 0;
        for (size_t d = 0; d < radix; d++) {
            size_t c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++) {
            dst[count[(src[i] >> shift) & mask]++] = src[i];
        }
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != v) {
        memcpy(v, src, n * sizeof *v);
    }
    free(tmp);
    free(count);
    return true;
}

/* Sort by (hash, name) and drop repeated entries (a name's variants repeat where it has a
 * doubled letter). */
static bool sort_unique(vvec *v)
{
    if (!radix_sort(v->v, v->n)) {
        return false;
    }
    size_t k = 0;
    for (size_t i = 0; i < v->n; i++) {
        if (k == 0 || v->v[k - 1] != v->v[i]) {
            v->v[k++] = v->v[i];
        }
    }
    v->n = k;
    return true;
}

/* Every two names that share a hash in sorted `v`. */
static bool join(const vvec *v, pvec *out)
{
    bool ok = true;
    for (size_t i = 0; ok && i < v->n;) {
        size_t e = i + 1;
        while (e < v->n && VHASH(v->v[e]) == VHASH(v->v[i])) {
            e++;
        }
        for (size_t x = i; ok && x < e; x++) {
            for (size_t y = x + 1; ok && y < e; y++) {
                ok = ppush(out, VID(v->v[x]), VID(v->v[y]));
            }
        }
        i = e;
    }
    return ok;
}

/* Single-spaced words, no space at either end: what names_close() and last_word() expect. */
static bool regular(const char *k)
{
    size_t n = strlen(k);
    return n > 0 && k[0] != ' ' && k[n - 1] != ' ' && !strstr(k, "  ");
}

/* The length of the word starting at p (up to a space or the end). */
static size_t word_len(const char *p)
{
    const char *q = strchr(p, ' ');
    return q ? (size_t)(q - p) : strlen(p);
}

/* (1) and (2): one-word names against the last word of every name. */
static bool one_word_pairs(const char *const *keys, size_t n, pvec *out)
{
    vvec ones = {0}, probe = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        size_t len = keys[i] ? strlen(keys[i]) : 0;
        if (keys[i] && regular(keys[i]) && !strchr(keys[i], ' ') && len >= 5 && len <= MAXW) {
            /* the first two bytes are the block's: the distance is that of the rest */
            ok = add_variants(&ones, 0, keys[i] + 2, len - 2, len >= 6 ? 2 : 1, (uint32_t)i);
        }
    }
    ok = ok && sort_unique(&ones) && join(&ones, out);
    for (size_t i = 0; ok && ones.n && i < n; i++) {
        if (!keys[i] || !regular(keys[i]) || !strchr(keys[i], ' ')) {
            continue;
        }
        const char *lw = strrchr(keys[i], ' ') + 1;
        size_t len = strlen(lw);
        if (len < 5 || len > MAXW) {
            continue;
        }
        probe.n = 0;
        ok = add_variants(&probe, 0, lw + 2, len - 2, len >= 6 ? 2 : 1, (uint32_t)i);
        for (size_t v = 0; ok && v < probe.n; v++) {
            uint32_t h = VHASH(probe.v[v]);
            size_t lo = 0, hi = ones.n;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (VHASH(ones.v[mid]) < h) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (; ok && lo < ones.n && VHASH(ones.v[lo]) == h; lo++) {
                ok = ppush(out, VID(ones.v[lo]), (uint32_t)i);
            }
        }
    }
    free(ones.v);
    free(probe.v);
    return ok;
}

/* The skeletons of one multi-word name: one per word that may be the misspelt one. */
static bool add_skeletons(skel **sk, size_t *nsk, size_t *cap, uint64_t **wh, size_t *whcap,
                          const char *k, uint32_t id)
{
    size_t nw = 0;
    uint64_t total = 0;
    for (const char *p = k;; p += word_len(p) + 1) {
        if (!EG_GROW(*wh, *whcap, nw + 1)) {
            return false;
        }
        (*wh)[nw] = eg_mix64(hash_seeded(nw + 1, p, word_len(p)));
        total += (*wh)[nw++];
        if (!p[word_len(p)]) {
            break;
        }
    }
    size_t w = 0;
    for (const char *p = k;; p += word_len(p) + 1, w++) {
        size_t len = word_len(p);
        if (len >= 4 && len <= MAXW) {
            if (!EG_GROW(*sk, *cap, *nsk + 1)) {
                return false;
            }
            uint64_t s = eg_mix64((uint64_t)nw << 32 | w) + total - (*wh)[w];
            (*sk)[(*nsk)++] = (skel){s, id, (uint32_t)w};
        }
        if (!p[len]) {
            break;
        }
    }
    return true;
}

/* (3): names of several words equal but for one misspelt word. */
static bool one_word_apart_pairs(const char *const *keys, size_t n, pvec *out)
{
    skel *sk = NULL;
    size_t nsk = 0, skcap = 0, whcap = 0;
    uint64_t *wh = NULL;
    vvec g = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        if (keys[i] && regular(keys[i]) && strchr(keys[i], ' ')) {
            ok = add_skeletons(&sk, &nsk, &skcap, &wh, &whcap, keys[i], (uint32_t)i);
        }
    }
    eg_sort(sk, nsk, sizeof *sk, cmp_skel);
    for (size_t i = 0; ok && i < nsk;) {
        size_t e = i + 1;
        while (e < nsk && sk[e].s == sk[i].s) {
            e++;
        }
        g.n = 0;
        for (size_t x = i; ok && e - i >= 2 && x < e; x++) {
            const char *p = keys[sk[x].id];
            for (uint32_t w = 0; w < sk[x].word; w++) {
                p += word_len(p) + 1;
            }
            size_t len = word_len(p);
            /* the two spellings start alike: the first byte is the seed, the rest varies */
            ok = add_variants(&g, (unsigned char)p[0], p + 1, len - 1, len >= 7 ? 2 : 1,
                              sk[x].id);
        }
        ok = ok && sort_unique(&g) && join(&g, out);
        i = e;
    }
    free(sk);
    free(wh);
    free(g.v);
    return ok;
}

bool eg_misspell_candidates(const char *const *keys, size_t n, uint64_t **out, size_t *nout)
{
    pvec p = {0};
    *out = NULL;
    *nout = 0;
    bool ok = one_word_pairs(keys, n, &p) && one_word_apart_pairs(keys, n, &p);
    for (size_t i = 0; ok && i < n; i++) {
        if (keys[i] && !regular(keys[i])) {
            for (size_t j = 0; ok && j < n; j++) {
                ok = !keys[j] || ppush(&p, (uint32_t)i, (uint32_t)j);
            }
        }
    }
    if (!ok) {
        free(p.v);
        return false;
    }
    if (!radix_sort(p.v, p.n)) {
        free(p.v);
        return false;
    }
    size_t k = 0;
    for (size_t i = 0; i < p.n; i++) {
        if (k == 0 || p.v[k - 1] != p.v[i]) {
            p.v[k++] = p.v[i];
        }
    }
    *out = p.v;
    *nout = k;
    return true;
}
