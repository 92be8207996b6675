/*
 * model.c - averaged structured perceptron over BILOU tags with first-order Viterbi.
 *
 * Labels: 0 = O, then for each type t (PER, LOC, ORG, MISC): 1+4t B, 2+4t I, 3+4t L, 4+4t U.
 * Decoding forbids invalid BILOU transitions, so every path is a well-formed chunking.
 *
 * Features are hashed: each (template, value) pair maps to one of 2^bits rows of NL weights.
 * Per document, each token's lowercased form, shape, gazetteer flags, word classes (exchange
 * classes and k-means classes of word vectors) and phrase-list matches (the longest match of
 * each list of phrases.h over the sentence, with the word's position in it) are computed once;
 * document-level features give the type the same word got earlier in the article and whether
 * it also appears in lower case, so the article is tagged sentence by sentence in order, both
 * when training and when tagging.
 *
 * Training keeps dense float weights plus the averaging accumulator (w - u/c trick). A trained
 * model keeps only the rows that are not all zero, quantized to int16 with one scale; tagging
 * sums int32 scores.
 *
 * File format (all integers little-endian):
 *   0   8 bytes  magic "EGNERMDL"
 *   8   u32      format version (1)
 *   12  u32      number of labels (17)
 *   16  u32      hash bits
 *   20  u32      number of rows R
 *   24  u32      feature set version
 *   28  u32      scale (IEEE-754 float bits): weight = int16 * scale
 *   32  i16      (NL + 1) * NL transition weights (last row: from the sentence start)
 *   ..  R x (u32 bucket, NL x i16) rows, buckets strictly increasing
 *   ..  u32      number of word classes K (format 2), then K x (u64 word key hash, u16
 *                class), hashes strictly increasing (see clusters.h)
 *   ..  u32      levels L of the word-vector classes (format 3; 0: none), u32 number of words
 *                K2 (0 when L is 0), then K2 x (u64 word key hash, L x u16 class), hashes
 *                strictly increasing (see wordvec.h)
 *   ..  u64      id of the phrase table (phrases.h) the features saw in training, 0: none;
 *                a model whose id is not the built-in table's does not load
 *   end u32      CRC-32 of every preceding byte
 */
#include "model.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clusters.h"
#include "conll.h"
#include "gazetteer.h"
#include "outfile.h"
#include "phrases.h"
#include "util.h"

#define NL 17
#define MAXF 100
#define FORMAT_VERSION 3u
#define FEATURE_VERSION 4u
#define START NL

/* Word classes by hash of the word key: open addressing, a key of 0 marks an empty slot; each
 * word has `nlev` class numbers (the exchange classes have one level, the k-means classes of
 * word vectors one per granularity). */
typedef struct wclasses {
    uint64_t *keys;
    uint16_t *cls; /* cap * nlev */
    unsigned nlev;
    size_t cap, n;
} wclasses;

#define MAXLEV 4

struct eg_model {
    unsigned bits;
    size_t nrows;
    uint64_t *rank;   /* per 64 buckets: a bit per bucket that has a row, then the number of
                         rows before these 64 (bits / 64 pairs: 256 KB for 2^20 buckets, so
                         it stays in the cache where a 4 MB index of rows would not) */
    int16_t *rows;    /* nrows * NL */
    uint32_t *buckets; /* nrows, increasing (for saving) */
    int16_t trans[(NL + 1) * NL];
    float scale;
    wclasses wc;      /* word classes (none: no class features) */
    bool one_pass;    /* skip the second pass (for comparisons) */
    wclasses vc;      /* k-means classes of word vectors (none: no such features) */
    uint64_t phrases; /* id of the phrase table the model was trained with (0: none) */
    uint64_t serial;  /* distinct for every model made in this process (word cache key) */
    bool no_cache;    /* tag without the word cache (for tests) */
};

static _Atomic uint64_t model_serial;

static void wc_fini(wclasses *wc)
{
    free(wc->keys);
    free(wc->cls);
    memset(wc, 0, sizeof *wc);
}

/* Room for n words of nlev classes each; the table is at most half full. */
static bool wc_init(wclasses *wc, size_t n, unsigned nlev)
{
    size_t cap = 16;
    while (cap < 2 * n + 2) {
        cap *= 2;
    }
    wc->keys = calloc(cap, sizeof *wc->keys);
    wc->cls = calloc(cap * nlev, sizeof *wc->cls);
    wc->cap = cap;
    wc->nlev = nlev;
    wc->n = 0;
    return wc->keys && wc->cls;
}

static bool wc_put(wclasses *wc, uint64_t h, const uint16_t *c)
{
    h = h ? h : 1; /* 0 marks an empty slot */
    size_t j = h & (wc->cap - 1);
    while (wc->keys[j] && wc->keys[j] != h) {
        j = (j + 1) & (wc->cap - 1);
    }
    if (wc->keys[j] == h) {
        return false; /* a duplicate */
    }
    wc->keys[j] = h;
    memcpy(wc->cls + j * wc->nlev, c, wc->nlev * sizeof *c);
    wc->n++;
    return true;
}

/* The classes of a word (nlev values), or NULL for a word without classes. */
static const uint16_t *wc_find(const wclasses *wc, uint64_t h)
{
    if (!wc->n) {
        return NULL;
    }
    h = h ? h : 1;
    size_t j = h & (wc->cap - 1);
    while (wc->keys[j]) {
        if (wc->keys[j] == h) {
            return wc->cls + j * wc->nlev;
        }
        j = (j + 1) & (wc->cap - 1);
    }
    return NULL;
}

/* class + 1 at the first level, or 0 for a word without a class */
static unsigned wc_get(const wclasses *wc, uint64_t h)
{
    const uint16_t *c = wc_find(wc, h);
    return c ? c[0] + 1u : 0;
}

static bool wc_copy(wclasses *dst, const wclasses *src)
{
    memset(dst, 0, sizeof *dst);
    if (!src->n) {
        return true;
    }
    dst->keys = malloc(src->cap * sizeof *dst->keys);
    dst->cls = malloc(src->cap * src->nlev * sizeof *dst->cls);
    if (!dst->keys || !dst->cls) {
        wc_fini(dst);
        return false;
    }
    memcpy(dst->keys, src->keys, src->cap * sizeof *dst->keys);
    memcpy(dst->cls, src->cls, src->cap * src->nlev * sizeof *dst->cls);
    dst->cap = src->cap;
    dst->n = src->n;
    dst->nlev = src->nlev;
    return true;
}

/* ---- per-document workspace ---------------------------------------------------------------- */

typedef struct tokinfo {
    uint64_t lo;   /* hash of the lowercased word (digits as 0) */
    uint64_t raw;  /* hash of the word as written */
    uint64_t sh;   /* shape: Xxxx -> Xxxx, with runs compressed beyond 4 */
    uint64_t csh;  /* compressed shape: Xx */
    uint32_t gaz;  /* eg_gaz_word_flags */
    uint16_t len;
    uint8_t cap, allcap, lower1, digit, hyphen, period, phrase;
    uint16_t wcls; /* word class + 1, or 0 */
    uint16_t vcls[MAXLEV]; /* word-vector class + 1 per level, or 0 */
    uint64_t plist; /* phrase-list matches: bit 4 * list + position (B I L U) */
    uint16_t pentry, pprefix; /* the phrase lists' slot of the word alone (0, 0: none) */
    uint64_t pre[4], suf[4];
} tokinfo;

struct eg_tag_ws {
    tokinfo *ti;
    size_t ti_cap;
    uint32_t *feats; /* MAXF per token */
    uint8_t *nfeats;
    uint8_t *memat; /* per token: index of its document-memory features, 0xFF none */
    uint8_t *mty1;  /* per token: the remembered type its features saw */
    size_t feats_cap;
    int32_t *score; /* NL per token: first-pass emission scores */
    double *em;     /* NL per token: emission scores being decoded */
    uint8_t *back;  /* NL per token */
    uint8_t *lab1;  /* first-pass labels */
    int32_t *aslot; /* per token: its aggregation slot, or -1 */
    uint64_t *akeys; /* aggregation table: lowercase hash of capitalized words */
    uint16_t *acnt;  /* NL first-pass label counts per slot */
    size_t acap;
    size_t sc_cap;
    uint8_t *labels;
    size_t lab_cap;
    /* document memory: open addressing keyed by lowercase hash */
    uint64_t *mkeys;
    uint8_t *mtype;  /* type + 1 of the last entity label seen for the word, 0 none */
    uint8_t *mlower; /* word seen in lower case */
    size_t mcap;
    size_t mcur; /* slots of the memory table in use for this document (a power of two) */
    const char **wp;
    uint32_t *wl;
    size_t wcap;
    bool classes; /* the model has word classes: class features on */
    unsigned casing; /* of the sentence being featurized: 0 running text, 1 title case, 2 capitals */
    unsigned vlevels; /* levels of word-vector classes (0: none) */
    const eg_phrase_table *phr; /* phrase lists (NULL: no such features) */
    /* the word cache (tagging with a trained model only): per word type its token info and
     * the row sums of its FC_SELF, FC_M1, FC_P1, FC_M2 and FC_P2 features */
    int32_t *slot;   /* per token: its cache entry, or -1 */
    uint8_t *cmask;  /* per token: the feature classes its cache entries supply */
    uint64_t *ctab;  /* CACHE_SLOTS: the word hash's high 32 bits << 32 | entry + 1, 0 empty */
    struct wcent *cent;
    size_t ncent, centcap;
    uint64_t cserial; /* the model the cache holds sums of */
};

eg_tag_ws *eg_tag_ws_create(void)
{
    return calloc(1, sizeof(eg_tag_ws));
}

void eg_tag_ws_destroy(eg_tag_ws *ws)
{
    if (!ws) {
        return;
    }
    free(ws->ti);
    free(ws->feats);
    free(ws->nfeats);
    free(ws->score);
    free(ws->em);
    free(ws->back);
    free(ws->lab1);
    free(ws->memat);
    free(ws->mty1);
    free(ws->aslot);
    free(ws->akeys);
    free(ws->acnt);
    free(ws->labels);
    free(ws->mkeys);
    free(ws->mtype);
    free(ws->mlower);
    free(ws->wp);
    free(ws->wl);
    free(ws->slot);
    free(ws->cmask);
    free(ws->ctab);
    free(ws->cent);
    free(ws);
}

/* The word hash is the phrase table's (phrases.h), so list keys match the words' keys. */
static inline uint64_t mix(uint64_t x)
{
    return eg_mix64(x);
}

static uint64_t hbytes(const char *s, size_t n)
{
    return eg_phrase_hbytes(s, n);
}

static inline uint64_t f1(unsigned tmpl, uint64_t a)
{
    return mix(a + 0x632BE59BD9B4E019ULL * (tmpl + 1));
}

static inline uint64_t f2(unsigned tmpl, uint64_t a, uint64_t b)
{
    return mix(mix(a + 0x632BE59BD9B4E019ULL * (tmpl + 1)) ^ (b * 0x9E3779B97F4A7C15ULL));
}

/* realloc that leaves *p as it was when it fails. */
static bool regrow(void **p, size_t bytes)
{
    void *q = realloc(*p, bytes);
    if (!q) {
        return false;
    }
    *p = q;
    return true;
}

static bool ws_reserve(eg_tag_ws *ws, size_t n)
{
    n = n ? n : 1;
    if (n > ws->ti_cap) {
        size_t c = n + n / 2 + 16;
        bool ok = regrow((void **)&ws->ti, c * sizeof *ws->ti) &&
                  regrow((void **)&ws->feats, c * MAXF * sizeof *ws->feats) &&
                  regrow((void **)&ws->nfeats, c) &&
                  regrow((void **)&ws->score, c * NL * sizeof *ws->score) &&
                  regrow((void **)&ws->em, c * NL * sizeof *ws->em) &&
                  regrow((void **)&ws->lab1, c) &&
                  regrow((void **)&ws->aslot, c * sizeof *ws->aslot) &&
                  regrow((void **)&ws->memat, c) && regrow((void **)&ws->mty1, c) &&
                  regrow((void **)&ws->back, c * NL) && regrow((void **)&ws->labels, c) &&
                  regrow((void **)&ws->slot, c * sizeof *ws->slot) &&
                  regrow((void **)&ws->cmask, c);
        if (!ok) {
            return false; /* the arrays grown so far are kept; ti_cap still says the old size */
        }
        ws->ti_cap = c;
    }
    size_t m = 16;
    while (m < 2 * n) {
        m *= 2;
    }
    if (m > ws->mcap) {
        free(ws->mkeys);
        free(ws->mtype);
        free(ws->mlower);
        ws->mkeys = malloc(m * sizeof *ws->mkeys);
        ws->mtype = malloc(m);
        ws->mlower = malloc(m);
        if (!ws->mkeys || !ws->mtype || !ws->mlower) {
            ws->mcap = 0;
            return false;
        }
        ws->mcap = m;
    }
    /* sized for this document: one long article does not make every later one clear more */
    ws->mcur = m;
    memset(ws->mkeys, 0, m * sizeof *ws->mkeys);
    memset(ws->mtype, 0, m);
    memset(ws->mlower, 0, m);
    return true;
}

static size_t mem_slot(eg_tag_ws *ws, uint64_t key)
{
    key |= 1; /* 0 marks empty */
    size_t mask = ws->mcur - 1, i = (size_t)key & mask;
    while (ws->mkeys[i] && ws->mkeys[i] != key) {
        i = (i + 1) & mask;
    }
    ws->mkeys[i] = key;
    return i;
}

static size_t mem_find(const eg_tag_ws *ws, uint64_t key)
{
    key |= 1;
    size_t mask = ws->mcur - 1, i = (size_t)key & mask;
    while (ws->mkeys[i]) {
        if (ws->mkeys[i] == key) {
            return i;
        }
        i = (i + 1) & mask;
    }
    return SIZE_MAX;
}

/* Token-level information, computed once per document. */
static void token_info(const eg_gazetteer *gaz, const wclasses *wc, const wclasses *vc,
                       const eg_phrase_table *phr, const eg_word *w, tokinfo *t)
{
    char lo[64], sh[64], csh[16];
    size_t n = w->len, ln = n < sizeof lo ? n : sizeof lo;
    size_t shn = 0, cshn = 0;
    unsigned upper = 0, lower = 0;
    t->digit = t->hyphen = t->period = 0;
    char last = 0;
    int run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w->s[i];
        char k;
        if (eg_is_upper(c)) {
            k = 'X';
            upper++;
        } else if (eg_is_lower(c)) {
            k = 'x';
            lower++;
        } else if (eg_is_digit(c)) {
            k = 'd';
            t->digit = 1;
        } else if (c >= 0x80) {
            if ((c & 0xC0) == 0x80) {
                continue; /* continuation byte */
            }
            k = 'x';
            lower++;
        } else {
            k = (char)c;
            t->hyphen |= c == '-';
            t->period |= c == '.';
        }
        if (i < ln) {
            lo[i] = eg_is_digit(c) ? '0' : (char)eg_to_lower(c);
        }
        if (k == last) {
            run++;
        } else {
            run = 1;
        }
        if (run <= 4 && shn < sizeof sh) {
            sh[shn++] = k;
        }
        if (k != last && cshn < sizeof csh) {
            csh[cshn++] = k;
        }
        last = k;
    }
    for (size_t i = 0; i < ln; i++) {
        if ((unsigned char)w->s[i] >= 0x80) {
            lo[i] = w->s[i];
        }
    }
    t->lo = hbytes(lo, ln);
    t->wcls = (uint16_t)wc_get(wc, t->lo);
    const uint16_t *vcl = wc_find(vc, t->lo);
    for (unsigned l = 0; l < MAXLEV; l++) {
        t->vcls[l] = vcl && l < vc->nlev ? (uint16_t)(vcl[l] + 1u) : 0;
    }
    t->raw = hbytes(w->s, n);
    t->sh = hbytes(sh, shn);
    t->csh = hbytes(csh, cshn);
    t->len = (uint16_t)(n > 65535 ? 65535 : n);
    t->cap = n > 0 && eg_is_upper((unsigned char)w->s[0]);
    if (!t->cap && n > 1 && (unsigned char)w->s[0] >= 0xC3 && (unsigned char)w->s[0] <= 0xC5) {
        int32_t cp;
        eg_utf8_decode((const unsigned char *)w->s, n, &cp);
        t->cap = (cp >= 0xC0 && cp <= 0xDE) || (cp >= 0x100 && cp < 0x180 && !(cp & 1));
    }
    t->allcap = upper >= 2 && lower == 0;
    t->lower1 = n > 0 && eg_is_lower((unsigned char)w->s[0]);
    for (unsigned k = 0; k < 4; k++) {
        t->pre[k] = ln > k + 1 ? hbytes(lo, k + 1) : 0;
        t->suf[k] = ln > k + 1 ? hbytes(lo + ln - (k + 1), k + 1) : 0;
    }
    t->gaz = gaz ? eg_gaz_word_flags(gaz, w->s, n) : 0;
    t->phrase = 0;
    const eg_phrase_slot *sl = phr ? eg_phrase_find(phr, eg_phrase_step(EG_PHRASE_START, t->lo))
                                   : NULL;
    t->pentry = sl ? sl->entry : 0;
    t->pprefix = sl ? sl->prefix : 0;
}

/*
 * The word cache. Most of a token's features depend on one word only (the token itself or
 * one of its four neighbours), and news repeats its words: the row sums of those features are
 * kept per word type and model, so a token costs the rows of its context features plus five
 * cached sums. The sums are exact integers, so tagging with the cache gives the same scores
 * as without it, whatever order the words come in. Words longer than CACHE_KEY bytes and
 * words met after the cache is full are featurized in full.
 */
#define CACHE_SLOTS (1u << 16)
#define CACHE_MAX 40000u
#define CACHE_KEY 24
#define NCV 5 /* cached classes: FC_SELF, FC_M1, FC_P1, FC_M2, FC_P2 */
#define SELF_FIRST NCV /* the vector of FC_SELF for the word starting a sentence */

typedef struct wcent {
    uint8_t len;
    char s[CACHE_KEY];
    uint8_t filled; /* bit c: v[c] computed */
    tokinfo ti;     /* next to the key: a hit reads both from the same cache lines */
    int32_t v[NCV + 1][NL]; /* per class; v[SELF_FIRST]: FC_SELF at a sentence start */
} wcent;

/* Empties the cache when it holds another model's sums; false when out of memory. */
static bool cache_ready(eg_tag_ws *ws, const eg_model *m)
{
    if (!ws->ctab) {
        ws->ctab = calloc(CACHE_SLOTS, sizeof *ws->ctab);
        if (!ws->ctab) {
            return false;
        }
        ws->cserial = m->serial;
    }
    if (ws->cserial != m->serial) {
        memset(ws->ctab, 0, CACHE_SLOTS * sizeof *ws->ctab);
        ws->ncent = 0;
        ws->cserial = m->serial;
    }
    return true;
}

/* Token info of word w into *t, from the cache when it is there (then the entry's index),
 * else computed (and cached when there is room); -1 when not cached. */
static int32_t cache_word(eg_tag_ws *ws, const eg_gazetteer *gaz, const wclasses *wc,
                          const wclasses *vc, const eg_word *w, uint64_t h, tokinfo *t)
{
    if (w->len > CACHE_KEY) {
        token_info(gaz, wc, vc, ws->phr, w, t);
        return -1;
    }
    uint64_t tag = h & 0xFFFFFFFF00000000ULL;
    uint32_t mask = CACHE_SLOTS - 1, j = (uint32_t)h & mask;
    for (; ws->ctab[j]; j = (j + 1) & mask) {
        if ((ws->ctab[j] & 0xFFFFFFFF00000000ULL) != tag) {
            continue; /* another word: its entry is not read */
        }
        uint32_t k = (uint32_t)ws->ctab[j] - 1;
        const wcent *e = &ws->cent[k];
        if (e->len == w->len && memcmp(e->s, w->s, w->len) == 0) {
            *t = e->ti;
            return (int32_t)k;
        }
    }
    token_info(gaz, wc, vc, ws->phr, w, t);
    if (ws->ncent >= CACHE_MAX) {
        return -1;
    }
    if (ws->ncent == ws->centcap) {
        size_t c = ws->centcap ? ws->centcap * 2 : 1024;
        c = c > CACHE_MAX ? CACHE_MAX : c;
        wcent *ne = realloc(ws->cent, c * sizeof *ne);
        if (!ne) {
            return -1; /* featurized in full: slower, same scores */
        }
        ws->cent = ne;
        ws->centcap = c;
    }
    wcent *e = &ws->cent[ws->ncent];
    e->ti = *t;
    e->filled = 0;
    e->len = (uint8_t)w->len;
    memcpy(e->s, w->s, w->len);
    ws->ctab[j] = tag | (uint64_t)++ws->ncent;
    return (int32_t)(ws->ncent - 1);
}

/* Look-ups of the cache miss the memory more than they compute: a document's words are
 * hashed PF_DIST words ahead, their slots requested then, and the entry of a word whose slot
 * has arrived requested PF_DIST words before it is read. Only timing changes, never a result. */
#define PF_DIST 4

static uint64_t cache_hash(const eg_word *w)
{
    return w->len > CACHE_KEY ? 0 : hbytes(w->s, w->len);
}

/* Request the first lines of the entry a hash's slot points to (its key and tokinfo). */
static void cache_prefetch_entry(const eg_tag_ws *ws, uint64_t h)
{
    uint64_t tag = h & 0xFFFFFFFF00000000ULL;
    uint32_t mask = CACHE_SLOTS - 1;
    for (uint32_t j = (uint32_t)h & mask; ws->ctab[j]; j = (j + 1) & mask) {
        if ((ws->ctab[j] & 0xFFFFFFFF00000000ULL) == tag) {
            const char *e = (const char *)&ws->cent[(uint32_t)ws->ctab[j] - 1];
            for (size_t off = 0; off < offsetof(wcent, v); off += 64) {
                __builtin_prefetch(e + off);
            }
            __builtin_prefetch(e + offsetof(wcent, v) - 1);
            return;
        }
    }
}

/* Token info of the document's words through the cache, with their look-ups prefetched. */
static void cache_words(eg_tag_ws *ws, const eg_gazetteer *gaz, const wclasses *wc,
                        const wclasses *vc, const eg_word *w, size_t n)
{
    uint64_t hr[2 * PF_DIST]; /* ring: hashes of words i .. i + 2 * PF_DIST - 1 */
    for (size_t k = 0; k < 2 * PF_DIST && k < n; k++) {
        hr[k] = cache_hash(&w[k]);
        __builtin_prefetch(&ws->ctab[(uint32_t)hr[k] & (CACHE_SLOTS - 1)]);
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t h = hr[i % (2 * PF_DIST)];
        if (i + PF_DIST < n) {
            cache_prefetch_entry(ws, hr[(i + PF_DIST) % (2 * PF_DIST)]);
        }
        if (i + 2 * PF_DIST < n) {
            uint64_t ha = cache_hash(&w[i + 2 * PF_DIST]);
            hr[i % (2 * PF_DIST)] = ha;
            __builtin_prefetch(&ws->ctab[(uint32_t)ha & (CACHE_SLOTS - 1)]);
        }
        ws->slot[i] = cache_word(ws, gaz, wc, vc, &w[i], h, &ws->ti[i]);
    }
}

/* Gazetteer phrase matches over a sentence: phrase = kind * 4 + position (B I L U) + 1.
 * False when out of memory. */
static bool phrase_info(const eg_gazetteer *gaz, eg_tag_ws *ws, const eg_word *w, size_t s0,
                        size_t s1)
{
    if (!gaz) {
        return true;
    }
    for (size_t i = s0; i < s1; i++) {
        ws->wp[i] = w[i].s;
        ws->wl[i] = w[i].len;
    }
    for (size_t i = s0; i < s1;) {
        if (!(ws->ti[i].gaz & (EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_ORG | EG_GAZ_LOCATION |
                               EG_GAZ_PART))) {
            i++;
            continue;
        }
        int32_t e = -1;
        bool dem = false;
        size_t len;
        if (eg_gaz_match_at(gaz, ws->wp, ws->wl, s1, i, &len, &e, &dem) != EG_OK) {
            return false;
        }
        if (len == 0) {
            i++;
            continue;
        }
        const eg_gaz_entry *ent = eg_gaz_entry_at(gaz, e);
        unsigned kind = dem ? 3 : (unsigned)ent->kind; /* 0 country 1 org 2 loc 3 demonym */
        for (size_t k = 0; k < len; k++) {
            unsigned pos = len == 1 ? 3 : k == 0 ? 0 : k + 1 == len ? 2 : 1;
            ws->ti[i + k].phrase = (uint8_t)(kind * 4 + pos + 1);
        }
        i += len;
    }
    return true;
}

/* Longest matches of the phrase lists over a sentence, each list on its own, left to right:
 * every word of a match gets the bit 4 * list + its position in the match (B I L U). */
static void phrase_lists(eg_tag_ws *ws, size_t s0, size_t s1)
{
    const eg_phrase_table *t = ws->phr;
    size_t cover[EG_PHRASE_MAX_LISTS]; /* end of the list's last match */
    for (unsigned l = 0; l < EG_PHRASE_MAX_LISTS; l++) {
        cover[l] = s0;
    }
    for (size_t i = s0; i < s1; i++) {
        ws->ti[i].plist = 0;
    }
    for (size_t i = s0; t && i < s1; i++) {
        if (i + 3 < s1 && ws->ti[i + 2].pprefix) { /* the two-word look-up two words on */
            uint64_t k2 = eg_phrase_step(eg_phrase_step(EG_PHRASE_START, ws->ti[i + 2].lo),
                                         ws->ti[i + 3].lo);
            __builtin_prefetch(&t->slots[k2 & t->mask]);
        }
        uint64_t key = EG_PHRASE_START;
        unsigned best[EG_PHRASE_MAX_LISTS] = {0};
        uint32_t found = 0;
        for (size_t j = i; j < s1 && j < i + EG_PHRASE_MAX_WORDS; j++) {
            key = eg_phrase_step(key, ws->ti[j].lo);
            uint32_t entry, prefix;
            if (j == i) { /* the word alone: looked up once per word (token_info) */
                entry = ws->ti[i].pentry;
                prefix = ws->ti[i].pprefix;
            } else {
                const eg_phrase_slot *sl = eg_phrase_find(t, key);
                entry = sl ? sl->entry : 0;
                prefix = sl ? sl->prefix : 0;
            }
            for (uint32_t e = entry; e; e &= e - 1) {
                best[__builtin_ctz(e)] = (unsigned)(j - i + 1);
            }
            found |= entry;
            if (!prefix) {
                break;
            }
        }
        for (; found; found &= found - 1) {
            unsigned l = (unsigned)__builtin_ctz(found), len = best[l];
            if (i < cover[l]) {
                continue; /* inside an earlier match of the same list */
            }
            cover[l] = i + len;
            for (unsigned k = 0; k < len; k++) {
                unsigned pos = len == 1 ? 3 : k == 0 ? 0 : k + 1 == len ? 2 : 1;
                ws->ti[i + k].plist |= 1ULL << (4 * l + pos);
            }
        }
    }
}

static uint64_t BOS_H = 0x1234567ULL, EOS_H = 0x7654321ULL;

/* Which features features() writes out. A feature that depends only on the word itself (and
 * on whether it starts the sentence) is of class FC_SELF; one that depends only on the word one or two places to the left or right is
 * FC_M1, FC_P1, FC_M2 or FC_P2; every other one (pairs, position, sentence casing, document
 * memory, phrase matches, and the sentence-boundary stand-ins) is FC_CTX. The classes
 * partition the features, so the row sums of the word classes can be kept per word type
 * (the word cache below) and added to the row sums of the rest. */
enum {
    FC_CTX = 1u << 0,
    FC_SELF = 1u << 1,
    FC_M1 = 1u << 2,
    FC_P1 = 1u << 3,
    FC_M2 = 1u << 4,
    FC_P2 = 1u << 5,
    FC_ALL = (1u << 6) - 1
};

/* The features of one token being written (features() below): the token and its neighbours
 * (NULL beyond the sentence), the hashes written, and how many the whole set has so far,
 * written or left to the word cache (the MAXF cut counts them all). */
typedef struct fctx {
    const tokinfo *t, *p1, *p2, *n1, *n2;
    uint64_t lp1, lp2, ln1, ln2, cp1, cn1; /* neighbours' words and compressed shapes */
    unsigned cm1, cp1c, cm2, cp2;          /* their classes (FC_CTX: a sentence boundary) */
    bool first;                            /* the token starts the sentence */
    unsigned want, k, kv;
    uint64_t h[MAXF];
} fctx;

/* Write feature v of class cls when wanted (v is computed only then); count it either way. */
#define EMIT(c, cls, v)                                                                        \
    do {                                                                                       \
        if ((c)->want & (cls)) {                                                               \
            (c)->h[(c)->k++] = (v);                                                            \
        }                                                                                      \
        (c)->kv++;                                                                             \
    } while (0)

/* The word, its neighbours, shapes, affixes, case and length (templates 0-25). */
static inline void feats_word(fctx *c)
{
    const tokinfo *t = c->t;
    EMIT(c, FC_SELF, f1(0, 0));
    EMIT(c, FC_SELF, f1(1, t->lo));
    EMIT(c, c->cm1, f1(2, c->lp1));
    EMIT(c, c->cp1c, f1(3, c->ln1));
    EMIT(c, c->cm2, f1(4, c->lp2));
    EMIT(c, c->cp2, f1(5, c->ln2));
    EMIT(c, FC_SELF, f1(6, t->sh));
    EMIT(c, FC_SELF, f1(7, t->csh));
    EMIT(c, c->cm1, f1(8, c->cp1));
    EMIT(c, c->cp1c, f1(9, c->cn1));
    EMIT(c, FC_CTX, f2(10, f2(10, c->cp1, t->csh), c->cn1));
    for (unsigned q = 0; q < 4; q++) {
        if (t->pre[q]) {
            EMIT(c, FC_SELF, f1(11 + q, t->pre[q]));
        }
        if (t->suf[q]) {
            EMIT(c, FC_SELF, f1(15 + q, t->suf[q]));
        }
    }
    EMIT(c, FC_CTX, f2(19, c->lp1, t->lo));
    EMIT(c, FC_CTX, f2(20, t->lo, c->ln1));
    EMIT(c, FC_SELF, f1(21, (uint64_t)c->first * 2 + t->cap));
    EMIT(c, FC_SELF, f1(22, (uint64_t)t->allcap * 8 + t->digit * 4 + t->hyphen * 2 + t->period));
    EMIT(c, FC_SELF, f1(23, t->len > 12 ? 12 : t->len));
    EMIT(c, FC_SELF, f1(24, t->raw));
    if (c->first) {
        EMIT(c, FC_SELF, f1(25, t->lo));
    }
}

/* The gazetteer word flags of the word and its neighbours, and its phrase match (26-31). */
static inline void feats_gazetteer(fctx *c)
{
    for (unsigned b = 0; b < 8; b++) {
        if (c->t->gaz & (1u << b)) {
            EMIT(c, FC_SELF, f1(26, b));
        }
        if (c->p1 && (c->p1->gaz & (1u << b))) {
            EMIT(c, FC_M1, f1(27, b));
        }
        if (c->n1 && (c->n1->gaz & (1u << b))) {
            EMIT(c, FC_P1, f1(28, b));
        }
    }
    EMIT(c, FC_CTX, f1(29, c->t->phrase));
    EMIT(c, FC_CTX, f2(30, c->t->phrase, c->t->csh));
    if (c->p1) {
        EMIT(c, FC_CTX, f2(31, c->p1->phrase, c->t->cap));
    }
}

/* Document memory of a capitalized word (32-35; their place noted for the second pass), then
 * case and word pairs with the neighbours (36-39). */
static inline void feats_memory(fctx *c, eg_tag_ws *ws, size_t i)
{
    const tokinfo *t = c->t;
    if (c->want & FC_CTX) {
        ws->memat[i] = 0xFF;
    }
    if (t->cap) {
        unsigned ty = 0, lowseen = 0;
        if (c->want & FC_CTX) {
            size_t m = mem_find(ws, t->lo);
            ty = m != SIZE_MAX ? ws->mtype[m] : 0;
            lowseen = m != SIZE_MAX ? ws->mlower[m] : 0;
            ws->memat[i] = (uint8_t)c->k;
            ws->mty1[i] = (uint8_t)ty;
        }
        EMIT(c, FC_CTX, f1(32, ty));
        EMIT(c, FC_CTX, f2(33, ty, c->first));
        EMIT(c, FC_CTX, f1(34, lowseen * 2 + c->first));
        EMIT(c, FC_CTX, f2(35, ty, t->csh));
    }
    EMIT(c, FC_CTX, f2(36, t->cap, c->p1 ? c->p1->cap : 2));
    EMIT(c, FC_CTX, f2(37, t->cap, c->n1 ? c->n1->cap : 2));
    EMIT(c, FC_CTX, f2(38, t->lo, c->cn1));
    EMIT(c, FC_CTX, f2(39, c->cp1, t->lo));
}

/* Word classes (40-44), the sentence's headline casing (45, 47) and word-vector classes
 * (60-63). */
static inline void feats_classes(fctx *c, eg_tag_ws *ws)
{
    const tokinfo *t = c->t;
    if (ws->classes) {
        /* word classes: of the word, its neighbours, the three together, and with its case */
        uint64_t c0 = t->wcls, cp = c->p1 ? c->p1->wcls : 0xFFFF;
        uint64_t cn = c->n1 ? c->n1->wcls : 0xFFFF;
        EMIT(c, FC_SELF, f1(40, c0));
        EMIT(c, c->cm1, f1(41, cp));
        EMIT(c, c->cp1c, f1(42, cn));
        EMIT(c, FC_CTX, f2(43, f2(43, cp, c0), cn));
        EMIT(c, FC_SELF, f2(44, c0, t->cap));
    }
    if (ws->casing && (c->want & FC_CTX)) {
        /* a headline's capitals say little; whether the article writes the word in lower
         * case elsewhere says more */
        unsigned cs = ws->casing;
        size_t m = mem_find(ws, t->lo);
        unsigned lowseen = m != SIZE_MAX ? ws->mlower[m] : 0;
        EMIT(c, FC_CTX, f2(45, cs, (uint64_t)t->cap * 2 + c->first));
        EMIT(c, FC_CTX, f2(47, cs, (uint64_t)lowseen * 2 + t->cap));
    } else if (ws->casing) {
        c->kv += 2;
    }
    for (unsigned l = 0; l < ws->vlevels; l++) {
        /* k-means classes of word vectors: of the word at every granularity; of its
         * neighbours and with its case at the finest (more cost the same dev F1) */
        uint64_t c0 = t->vcls[l];
        EMIT(c, FC_SELF, f1(60 + 4 * l, c0));
        if (l == 0) {
            EMIT(c, c->cm1, f1(61, c->p1 ? c->p1->vcls[0] : 0xFFFF));
            EMIT(c, c->cp1c, f1(62, c->n1 ? c->n1->vcls[0] : 0xFFFF));
            EMIT(c, FC_SELF, f2(63, c0, t->cap * 2 + c->first));
        }
    }
}

/* Phrase lists: list and position of the word, with its case, and the lists of its
 * neighbours (80-83), within the MAXF cut. */
static inline void feats_phrase_lists(fctx *c)
{
    for (uint64_t b = c->t->plist; b && c->kv + 4 < MAXF; b &= b - 1) {
        unsigned bit = (unsigned)__builtin_ctzll(b);
        EMIT(c, FC_CTX, f1(80, bit));
        EMIT(c, FC_CTX, f2(81, bit, (uint64_t)c->t->cap * 2 + c->t->allcap));
    }
    for (uint64_t b = c->p1 ? c->p1->plist : 0; b && c->kv + 2 < MAXF; b &= b - 1) {
        EMIT(c, FC_CTX, f1(82, (unsigned)__builtin_ctzll(b) / 4));
    }
    for (uint64_t b = c->n1 ? c->n1->plist : 0; b && c->kv + 2 < MAXF; b &= b - 1) {
        EMIT(c, FC_CTX, f1(83, (unsigned)__builtin_ctzll(b) / 4));
    }
}
#undef EMIT

/* Features of token i in sentence [s0, s1) of the classes in `want`, as bucket indices. The
 * order and the MAXF cut are those of the whole set whatever `want` is. */
static unsigned features(eg_tag_ws *ws, size_t s0, size_t s1, size_t i, unsigned bits,
                         unsigned want, uint32_t *out)
{
    fctx c;
    c.t = &ws->ti[i];
    c.p1 = i > s0 ? &ws->ti[i - 1] : NULL;
    c.p2 = i > s0 + 1 ? &ws->ti[i - 2] : NULL;
    c.n1 = i + 1 < s1 ? &ws->ti[i + 1] : NULL;
    c.n2 = i + 2 < s1 ? &ws->ti[i + 2] : NULL;
    c.lp1 = c.p1 ? c.p1->lo : BOS_H;
    c.lp2 = c.p2 ? c.p2->lo : BOS_H;
    c.ln1 = c.n1 ? c.n1->lo : EOS_H;
    c.ln2 = c.n2 ? c.n2->lo : EOS_H;
    c.cp1 = c.p1 ? c.p1->csh : BOS_H;
    c.cn1 = c.n1 ? c.n1->csh : EOS_H;
    c.cm1 = c.p1 ? FC_M1 : FC_CTX;
    c.cp1c = c.n1 ? FC_P1 : FC_CTX;
    c.cm2 = c.p2 ? FC_M2 : FC_CTX;
    c.cp2 = c.n2 ? FC_P2 : FC_CTX;
    c.first = i == s0;
    c.want = want;
    c.k = c.kv = 0;
    feats_word(&c);
    feats_gazetteer(&c);
    feats_memory(&c, ws, i);
    feats_classes(&c, ws);
    feats_phrase_lists(&c);
    unsigned shift = 64 - bits;
    for (unsigned q = 0; q < c.k; q++) {
        out[q] = (uint32_t)(c.h[q] >> shift);
    }
    return c.k;
}

/* Scores of the NL labels summed in int32 lanes: the first 16 as two vectors of 8 where the
 * compiler has vector extensions (int16 rows widened 8 at a time), the last one alone. */
#if defined(__GNUC__) && (defined(__clang__) || __GNUC__ >= 9)
#define EG_LANES_VEC 1
typedef int16_t v8h __attribute__((vector_size(16)));
typedef int32_t v8i __attribute__((vector_size(32)));
#endif

typedef struct lanes {
#ifdef EG_LANES_VEC
    v8i a, b;
#else
    int32_t a[16];
#endif
    int32_t c;
} lanes;

static inline void lanes_add16(lanes *s, const int16_t *row)
{
#ifdef EG_LANES_VEC
    v8h x, y;
    memcpy(&x, row, sizeof x);
    memcpy(&y, row + 8, sizeof y);
    s->a += __builtin_convertvector(x, v8i);
    s->b += __builtin_convertvector(y, v8i);
#else
    for (unsigned l = 0; l < 16; l++) {
        s->a[l] += row[l];
    }
#endif
    s->c += row[16];
}

static inline void lanes_add32(lanes *s, const int32_t *v)
{
#ifdef EG_LANES_VEC
    v8i x, y;
    memcpy(&x, v, sizeof x);
    memcpy(&y, v + 8, sizeof y);
    s->a += x;
    s->b += y;
#else
    for (unsigned l = 0; l < 16; l++) {
        s->a[l] += v[l];
    }
#endif
    s->c += v[16];
}

static inline void lanes_store(const lanes *s, int32_t *out)
{
#ifdef EG_LANES_VEC
    memcpy(out, &s->a, sizeof s->a);
    memcpy(out + 8, &s->b, sizeof s->b);
#else
    memcpy(out, s->a, sizeof s->a);
#endif
    out[16] = s->c;
}

/* Bits set in x (SWAR: the portable build has no popcnt instruction, and the compiler's
 * fallback is a function call). */
static inline unsigned popcount64(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* The row of bucket f, or -1 when it has none. */
static inline int32_t row_of(const eg_model *m, uint32_t f)
{
    const uint64_t *p = m->rank + 2 * (f >> 6);
    uint64_t bit = 1ULL << (f & 63);
    if (!(p[0] & bit)) {
        return -1;
    }
    return (int32_t)(p[1] + popcount64(p[0] & (bit - 1)));
}

/* The rank table of a model whose buckets[0..nrows) are set; false when out of memory. */
static bool build_rank(eg_model *m)
{
    size_t words = ((size_t)1 << m->bits) / 64;
    m->rank = calloc(words * 2, sizeof *m->rank);
    if (!m->rank) {
        return false;
    }
    for (size_t r = 0; r < m->nrows; r++) {
        m->rank[2 * (m->buckets[r] >> 6)] |= 1ULL << (m->buckets[r] & 63);
    }
    uint64_t before = 0;
    for (size_t w = 0; w < words; w++) {
        m->rank[2 * w + 1] = before;
        before += popcount64(m->rank[2 * w]);
    }
    return true;
}

static bool final_ok(unsigned a)
{
    return a == 0 || (a - 1) % 4 == 2 || (a - 1) % 4 == 3;
}

/* Adds the rows of a trained model over features f[0..nf) to s: the rows are found first,
 * then summed, so their memory loads overlap instead of waiting in turn. */
/* The rows of features f[0..nf) that the model has, into rows; their count. Each row (34
 * bytes, maybe across two cache lines) is prefetched. */
static unsigned find_rows(const eg_model *m, const uint32_t *f, unsigned nf, const int16_t **rows)
{
    unsigned nr = 0;
    for (unsigned q = 0; q < nf; q++) {
        int32_t r = row_of(m, f[q]);
        if (r >= 0) {
            rows[nr] = m->rows + (size_t)r * NL;
            __builtin_prefetch(rows[nr]);
            __builtin_prefetch(rows[nr] + NL - 1);
            nr++;
        }
    }
    return nr;
}

static void row_sums(const eg_model *m, const uint32_t *f, unsigned nf, lanes *s)
{
    const int16_t *rows[MAXF];
    unsigned nr = find_rows(m, f, nf, rows);
    for (unsigned q = 0; q < nr; q++) {
        lanes_add16(s, rows[q]);
    }
}

/* Weight access: dense (training) or indexed (trained model). */
typedef struct weights {
    const float *dense; /* 2^bits * NL, or NULL */
    const eg_model *m;
    const float *dtrans; /* (NL+1) * NL, training */
} weights;

/* Emission scores of dense (training) weights over features f[0..nf). */
static void dense_scores(const weights *W, const uint32_t *f, unsigned nf, float *fsc)
{
    for (unsigned l = 0; l < NL; l++) {
        fsc[l] = 0;
    }
    for (unsigned q = 0; q < nf; q++) {
        const float *row = W->dense + (size_t)f[q] * NL;
        for (unsigned l = 0; l < NL; l++) {
            fsc[l] += row[l];
        }
    }
}

/* The labels that may precede each label, ascending (ties go to the lowest label): O, B
 * and U follow O, L or U; I and L of a type follow its B or I. */
static const uint8_t PRED_OBU[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
static const uint8_t PRED_IL[4][2] = {{1, 2}, {5, 6}, {9, 10}, {13, 14}};

static bool inside_label(unsigned b)
{
    return b != 0 && ((b - 1) % 4 == 1 || (b - 1) % 4 == 2);
}

/* The labels that O, B or U can be (their predecessors are PRED_OBU). */
static const uint8_t OBU[9] = {0, 1, 4, 5, 8, 9, 12, 13, 16};

/* Viterbi over sentence [s0, s1) with emission scores ws->em and transitions trans
 * ((NL + 1) x NL, last row from the start); labels into ws->labels[s0..s1). Integer scores of
 * a trained model are exact in doubles, so tagging is exact integer arithmetic. The nine
 * O/B/U labels share their nine predecessors, so their maxima are taken a predecessor at a
 * time over all nine at once (vectorizable); ties go to the lowest predecessor label. */
static void decode(eg_tag_ws *ws, const double *trans, size_t s0, size_t s1)
{
    size_t n = s1 - s0;
    double tob[9][9]; /* tob[q][j]: from PRED_OBU[q] to OBU[j] */
    for (unsigned q = 0; q < 9; q++) {
        for (unsigned j = 0; j < 9; j++) {
            tob[q][j] = trans[PRED_OBU[q] * NL + OBU[j]];
        }
    }
    double v[2][NL];
    /* an impossible state: far below any path, so it never wins a comparison */
    static const double NONE = -1e300;
    const double *e = ws->em + s0 * NL;
    for (unsigned b = 0; b < NL; b++) {
        v[0][b] = inside_label(b) ? NONE : e[b] + trans[START * NL + b];
        ws->back[s0 * NL + b] = 0;
    }
    for (size_t i = 1; i < n; i++) {
        size_t t = s0 + i;
        e = ws->em + t * NL;
        const double *pv = v[(i - 1) & 1];
        double *cv = v[i & 1];
        uint8_t *bk = ws->back + t * NL;
        double best[9], arg[9];
        for (unsigned j = 0; j < 9; j++) {
            best[j] = pv[PRED_OBU[0]] + tob[0][j];
            arg[j] = PRED_OBU[0];
        }
        for (unsigned q = 1; q < 9; q++) {
            double a = pv[PRED_OBU[q]], lab = PRED_OBU[q];
            for (unsigned j = 0; j < 9; j++) {
                double s = a + tob[q][j];
                bool gt = s > best[j];
                best[j] = gt ? s : best[j];
                arg[j] = gt ? lab : arg[j];
            }
        }
        for (unsigned j = 0; j < 9; j++) {
            cv[OBU[j]] = best[j] + e[OBU[j]];
            bk[OBU[j]] = (uint8_t)arg[j];
        }
        for (unsigned ty = 0; ty < 4; ty++) {
            unsigned pb = PRED_IL[ty][0], pi = PRED_IL[ty][1];
            for (unsigned b = 2 + 4 * ty; b <= 3 + 4 * ty; b++) {
                double sb = pv[pb] + trans[pb * NL + b], si = pv[pi] + trans[pi * NL + b];
                bool gt = si > sb;
                cv[b] = (gt ? si : sb) + e[b];
                bk[b] = (uint8_t)(gt ? pi : pb);
            }
        }
    }
    const double *last = v[(n - 1) & 1];
    unsigned best = 0;
    bool found = false;
    for (unsigned b = 0; b < NL; b++) {
        if (final_ok(b) && (!found || last[b] > last[best])) {
            best = b;
            found = true;
        }
    }
    for (size_t i = n; i-- > 0;) {
        ws->labels[s0 + i] = (uint8_t)best;
        best = ws->back[(s0 + i) * NL + best];
    }
}

/* Viterbi over sentence [s0, s1): emission scores from the features (also kept in
 * ws->score for the second pass when the weights are a trained model's: its rows plus the
 * word cache's sums), then decode. */
static void viterbi(eg_tag_ws *ws, const weights *W, size_t s0, size_t s1)
{
    static const int off[NCV] = {0, -1, 1, -2, 2};
    double trans[(NL + 1) * NL];
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        trans[i] = W->dense ? (double)W->dtrans[i] : (double)W->m->trans[i];
    }
    /* a trained model's rows of token t + 1 are found (and prefetched) before token t's are
     * summed, so their loads overlap the sums */
    const int16_t *rows[2][MAXF];
    unsigned nr[2] = {0, 0};
    if (!W->dense) {
        nr[0] = find_rows(W->m, ws->feats + s0 * MAXF, ws->nfeats[s0], rows[0]);
    }
    for (size_t t = s0; t < s1; t++) {
        double *e = ws->em + t * NL;
        if (W->dense) {
            float fsc[NL];
            dense_scores(W, ws->feats + t * MAXF, ws->nfeats[t], fsc);
            for (unsigned l = 0; l < NL; l++) {
                e[l] = fsc[l];
            }
            continue;
        }
        unsigned cur = (unsigned)((t - s0) & 1);
        if (t + 1 < s1) {
            nr[!cur] = find_rows(W->m, ws->feats + (t + 1) * MAXF, ws->nfeats[t + 1], rows[!cur]);
        }
        lanes s = {0};
        for (unsigned c = 0; c < NCV; c++) {
            if (ws->cmask[t] & (1u << c)) {
                unsigned vi = c == 0 && t == s0 ? SELF_FIRST : c;
                lanes_add32(&s, ws->cent[ws->slot[(size_t)((ptrdiff_t)t + off[c])]].v[vi]);
            }
        }
        for (unsigned q = 0; q < nr[cur]; q++) {
            lanes_add16(&s, rows[cur][q]);
        }
        int32_t *isc = ws->score + t * NL;
        lanes_store(&s, isc);
        for (unsigned l = 0; l < NL; l++) {
            e[l] = isc[l];
        }
    }
    decode(ws, trans, s0, s1);
}

/* After a sentence is labelled: remember each entity word's type for later sentences. */
static void remember(eg_tag_ws *ws, size_t s0, size_t s1)
{
    for (size_t i = s0; i < s1; i++) {
        unsigned l = ws->labels[i];
        if (l != 0 && ws->ti[i].cap) {
            ws->mtype[mem_slot(ws, ws->ti[i].lo)] = (uint8_t)((l - 1) / 4 + 1);
        }
    }
}

/* Prepare a document: token info, lowercase-seen memory, sentence phrase matches. */
static bool prepare_doc(eg_tag_ws *ws, const eg_gazetteer *gaz, const wclasses *wc,
                        const wclasses *vc, uint64_t phrases, const eg_word *w, size_t n,
                        const uint32_t *ss, size_t nss, const eg_model *cm)
{
    if (!ws_reserve(ws, n)) {
        return false;
    }
    bool cached = cm && !cm->no_cache && cache_ready(ws, cm);
    ws->phr = phrases ? eg_phrase_table_default() : NULL;
    ws->classes = wc->n > 0;
    ws->vlevels = vc->n ? vc->nlev : 0;
    if (n > ws->wcap) {
        const char **wp = realloc(ws->wp, n * sizeof *wp);
        if (!wp) {
            return false;
        }
        ws->wp = wp;
        uint32_t *wl = realloc(ws->wl, n * sizeof *wl);
        if (!wl) {
            return false;
        }
        ws->wl = wl;
        ws->wcap = n;
    }
    if (cached) {
        cache_words(ws, gaz, wc, vc, w, n);
    }
    for (size_t i = 0; i < n; i++) {
        if (!cached) {
            token_info(gaz, wc, vc, ws->phr, &w[i], &ws->ti[i]);
            ws->slot[i] = -1;
        }
        if (w[i].len && eg_is_lower((unsigned char)w[i].s[0])) {
            ws->mlower[mem_slot(ws, ws->ti[i].lo)] = 1;
        }
    }
    for (size_t k = 0; k < nss; k++) {
        size_t s1 = k + 1 < nss ? ss[k + 1] : n;
        if (!phrase_info(gaz, ws, w, ss[k], s1)) {
            return false;
        }
        phrase_lists(ws, ss[k], s1);
    }
    return true;
}

/* Whether sentence [s0, s1) is written in title case or in capitals (a headline, a caption
 * line): 1 when nearly every word of four or more letters is capitalized, 2 when nearly every
 * word of two or more letters is in capitals; else 0. */
static unsigned sentence_casing(const tokinfo *ti, size_t s0, size_t s1)
{
    unsigned words = 0, caps = 0, longw = 0, longcap = 0;
    for (size_t i = s0; i < s1; i++) {
        const tokinfo *t = &ti[i];
        if (t->len < 2 || t->digit) {
            continue;
        }
        bool alpha = t->cap || t->allcap || t->lower1;
        if (!alpha) {
            continue;
        }
        words++;
        caps += t->allcap;
        if (t->len >= 4) {
            longw++;
            longcap += t->cap;
        }
    }
    if (words >= 3 && caps * 10 >= words * 9) {
        return 2;
    }
    if (longw >= 3 && longcap * 10 >= longw * 9) {
        return 1;
    }
    return 0;
}

/* The row sums of a trained model over features f[0..nf) into acc. */

/* The cached classes of token i, filling the cache entries' sums it needs first. */
static unsigned cached_classes(eg_tag_ws *ws, const eg_model *m, size_t s0, size_t s1, size_t i)
{
    static const struct {
        int off;
        unsigned cls;
    } at[NCV] = {{0, FC_SELF}, {-1, FC_M1}, {1, FC_P1}, {-2, FC_M2}, {2, FC_P2}};
    unsigned got = 0;
    for (unsigned c = 0; c < NCV; c++) {
        if ((at[c].off < 0 && i < s0 + (size_t)-at[c].off) ||
            (at[c].off > 0 && i + (size_t)at[c].off >= s1)) {
            continue;
        }
        int32_t e = ws->slot[(size_t)((ptrdiff_t)i + at[c].off)];
        if (e < 0) {
            continue;
        }
        wcent *ce = &ws->cent[e];
        unsigned vi = c == 0 && i == s0 ? SELF_FIRST : c;
        if (!(ce->filled & (1u << vi))) {
            uint32_t f[MAXF];
            unsigned nf = features(ws, s0, s1, i, m->bits, at[c].cls, f);
            lanes s = {0};
            row_sums(m, f, nf, &s);
            lanes_store(&s, ce->v[vi]);
            ce->filled |= (uint8_t)(1u << vi);
        }
        got |= 1u << c;
    }
    return got;
}

/* Features of sentence [s0, s1); with a trained model m (NULL when training), those the word
 * cache supplies are left out and the token's ws->cmask says which. */
static void sentence_features(eg_tag_ws *ws, size_t s0, size_t s1, unsigned bits,
                              const eg_model *m)
{
    static const unsigned cls[NCV] = {FC_SELF, FC_M1, FC_P1, FC_M2, FC_P2};
    ws->casing = sentence_casing(ws->ti, s0, s1);
    for (size_t i = s0; i < s1; i++) {
        unsigned got = m ? cached_classes(ws, m, s0, s1, i) : 0, want = FC_ALL;
        for (unsigned c = 0; c < NCV; c++) {
            if (got & (1u << c)) {
                want &= ~cls[c];
            }
        }
        ws->cmask[i] = (uint8_t)got;
        ws->nfeats[i] = (uint8_t)features(ws, s0, s1, i, bits, want, ws->feats + i * MAXF);
        for (unsigned q = 0; m && q < ws->nfeats[i]; q++) { /* the rank words viterbi reads */
            __builtin_prefetch(m->rank + 2 * (ws->feats[i * MAXF + q] >> 6));
        }
    }
}

/* ---- second pass: document memory in both directions ------------------------------------- */

/*
 * The first pass tags the article sentence by sentence; a capitalized word's memory features
 * see only the type it got in earlier sentences. The second pass (Illinois NER's prediction
 * aggregation, without a second model) decodes every sentence again with those features
 * recomputed from the types the first pass gave the word's other occurrences, before and
 * after, so one confident mention fixes the others. Only the memory rows change, so it costs
 * a few row look-ups and one more Viterbi per sentence.
 */

/* First-pass label counts per capitalized word of the document, from ws->lab1. */
static bool agg_build(eg_tag_ws *ws, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n + 16) {
        cap *= 2;
    }
    if (cap > ws->acap) {
        free(ws->akeys);
        free(ws->acnt);
        ws->akeys = malloc(cap * sizeof *ws->akeys);
        ws->acnt = malloc(cap * NL * sizeof *ws->acnt);
        if (!ws->akeys || !ws->acnt) {
            ws->acap = 0;
            return false;
        }
        ws->acap = cap;
    }
    memset(ws->akeys, 0, cap * sizeof *ws->akeys);
    memset(ws->acnt, 0, cap * NL * sizeof *ws->acnt);
    size_t mask = cap - 1;
    for (size_t i = 0; i < n; i++) {
        const tokinfo *t = &ws->ti[i];
        ws->aslot[i] = -1;
        if (!t->cap && !t->allcap) {
            continue;
        }
        uint64_t key = t->lo | 1;
        size_t j = (size_t)key & mask;
        while (ws->akeys[j] && ws->akeys[j] != key) {
            j = (j + 1) & mask;
        }
        ws->akeys[j] = key;
        ws->aslot[i] = (int32_t)j;
        uint16_t *c = ws->acnt + j * NL + ws->lab1[i];
        *c += *c < UINT16_MAX;
    }
    return true;
}

static unsigned type_of(unsigned label)
{
    return label ? (label - 1) / 4 + 1 : 0;
}

static void add_row(const eg_model *m, uint32_t f, double *e, int sign)
{
    int32_t r = row_of(m, f);
    if (r >= 0) {
        const int16_t *row = m->rows + (size_t)r * NL;
        for (unsigned l = 0; l < NL; l++) {
            e[l] += sign * row[l];
        }
    }
}

/* The entity type (1 + eg_ne_type) the first pass gave most of the other occurrences of
 * capitalized token i, 0 for none. */
static unsigned other_type(const eg_tag_ws *ws, size_t i)
{
    if (ws->aslot[i] < 0) {
        return 0;
    }
    const uint16_t *cnt = ws->acnt + (size_t)ws->aslot[i] * NL;
    unsigned own = ws->lab1[i], ct[5] = {0};
    for (unsigned l = 1; l < NL; l++) {
        ct[type_of(l)] += cnt[l] - (l == own);
    }
    unsigned ty = 0;
    for (unsigned t = 1; t < 5; t++) {
        if (ct[t] > (ty ? ct[ty] : 0)) {
            ty = t;
        }
    }
    return ty;
}

/* Second pass of the document memory over sentence [s0, s1): each capitalized word's memory
 * features see the type the first pass gave its other occurrences, before and after it.
 * Emissions into ws->em; false when no memory feature changes (the first labels stand). */
static bool memory_pass(const eg_model *m, eg_tag_ws *ws, size_t s0, size_t s1)
{
    bool changed = false;
    for (size_t i = s0; i < s1 && !changed; i++) {
        changed = ws->memat[i] != 0xFF && other_type(ws, i) != ws->mty1[i];
    }
    if (!changed) {
        return false;
    }
    unsigned shift = 64 - m->bits;
    for (size_t i = s0; i < s1; i++) {
        double *e = ws->em + i * NL;
        for (unsigned l = 0; l < NL; l++) {
            e[l] = ws->score[i * NL + l];
        }
        unsigned ty2 = ws->memat[i] != 0xFF ? other_type(ws, i) : 0;
        if (ws->memat[i] == 0xFF || ty2 == ws->mty1[i]) {
            continue;
        }
        const uint32_t *f = ws->feats + i * MAXF + ws->memat[i];
        unsigned first = i == s0;
        add_row(m, f[0], e, -1);
        add_row(m, f[1], e, -1);
        add_row(m, f[3], e, -1);
        add_row(m, (uint32_t)(f1(32, ty2) >> shift), e, 1);
        add_row(m, (uint32_t)(f2(33, ty2, first) >> shift), e, 1);
        add_row(m, (uint32_t)(f2(35, ty2, ws->ti[i].csh) >> shift), e, 1);
    }
    return true;
}

static void labels_to_chunks(const uint8_t *lab, size_t s0, size_t s1, eg_chunk **out,
                             size_t *nout, size_t *cap, bool *ok)
{
    size_t start = 0;
    for (size_t i = s0; i < s1; i++) {
        unsigned l = lab[i];
        if (l == 0) {
            continue;
        }
        unsigned pos = (l - 1) % 4, ty = (l - 1) / 4;
        if (pos == 0 || pos == 3) {
            start = i;
        }
        if (pos == 2 || pos == 3) {
            if (!eg_grow((void **)out, cap, *nout + 1, sizeof **out)) {
                *ok = false;
                return;
            }
            (*out)[(*nout)++] = (eg_chunk){(uint32_t)start, (uint32_t)(i + 1), (eg_ne_type)ty};
        }
    }
}

/* The first pass over a prepared document: labels in ws->labels, emissions in ws->score. */
static void first_pass(const eg_model *m, eg_tag_ws *ws, size_t nwords, const uint32_t *ss,
                       size_t nsents)
{
    weights W = {.m = m};
    for (size_t k = 0; k < nsents; k++) {
        size_t s0 = ss[k], s1 = k + 1 < nsents ? ss[k + 1] : nwords;
        if (s1 > s0) {
            sentence_features(ws, s0, s1, m->bits, m);
            viterbi(ws, &W, s0, s1);
            remember(ws, s0, s1);
        }
    }
}

eg_status eg_model_tag(const eg_model *m, eg_tag_ws *ws, const eg_word *words, size_t nwords,
                       const uint32_t *sent_start, size_t nsents, eg_chunk **chunks,
                       size_t *nchunks, size_t *chunks_cap, eg_error *err)
{
    if (nwords == 0) {
        return EG_OK;
    }
    const eg_gazetteer *gaz = eg_gazetteer_default();
    if (!prepare_doc(ws, gaz, &m->wc, &m->vc, m->phrases, words, nwords, sent_start, nsents,
                     m)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory tagging");
    }
    first_pass(m, ws, nwords, sent_start, nsents);
    if (!m->one_pass) { /* the second pass */
        memcpy(ws->lab1, ws->labels, nwords);
        if (!agg_build(ws, nwords)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory tagging");
        }
        double trans[(NL + 1) * NL];
        for (size_t i = 0; i < (NL + 1) * NL; i++) {
            trans[i] = m->trans[i];
        }
        for (size_t k = 0; k < nsents; k++) {
            size_t s0 = sent_start[k], s1 = k + 1 < nsents ? sent_start[k + 1] : nwords;
            if (s1 > s0 && memory_pass(m, ws, s0, s1)) {
                decode(ws, trans, s0, s1);
            }
        }
    }
    bool ok = true;
    for (size_t k = 0; k < nsents && ok; k++) {
        size_t s0 = sent_start[k], s1 = k + 1 < nsents ? sent_start[k + 1] : nwords;
        labels_to_chunks(ws->labels, s0, s1, chunks, nchunks, chunks_cap, &ok);
    }
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory tagging");
}

/* ---- model files --------------------------------------------------------------------------- */

/* CRC-32 (IEEE), eight bytes at a step ("slicing by 8"): the model file is checked whole on
 * every load, and a byte at a time was most of the load time. */
static uint32_t crc_table[8][256];
static pthread_once_t crc_once = PTHREAD_ONCE_INIT;

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) {
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        crc_table[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; i++) {
        for (int t = 1; t < 8; t++) {
            uint32_t c = crc_table[t - 1][i];
            crc_table[t][i] = crc_table[0][c & 0xFF] ^ (c >> 8);
        }
    }
}

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
    pthread_once(&crc_once, crc_init);
    crc = ~crc;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint32_t a = crc ^ ((uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                            (uint32_t)p[i + 3] << 24);
        crc = crc_table[7][a & 0xFF] ^ crc_table[6][(a >> 8) & 0xFF] ^
              crc_table[5][(a >> 16) & 0xFF] ^ crc_table[4][a >> 24] ^
              crc_table[3][p[i + 4]] ^ crc_table[2][p[i + 5]] ^ crc_table[1][p[i + 6]] ^
              crc_table[0][p[i + 7]];
    }
    for (; i < n; i++) {
        crc = crc_table[0][(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    }
    return ~crc;
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int16_t rd16(const unsigned char *p)
{
    return (int16_t)(uint16_t)((uint16_t)p[0] | (uint16_t)p[1] << 8);
}

void eg_model_destroy(eg_model *m)
{
    if (m) {
        free(m->rank);
        free(m->rows);
        free(m->buckets);
        wc_fini(&m->wc);
        wc_fini(&m->vc);
        free(m);
    }
}

unsigned eg_sentence_casing(const eg_word *w, size_t n)
{
    tokinfo *ti = malloc((n ? n : 1) * sizeof *ti);
    if (!ti) {
        return 0;
    }
    wclasses none = {0};
    for (size_t i = 0; i < n; i++) {
        token_info(NULL, &none, &none, NULL, &w[i], &ti[i]);
    }
    unsigned c = sentence_casing(ti, 0, n);
    free(ti);
    return c;
}

void eg_model_set_second_pass(eg_model *m, bool on)
{
    m->one_pass = !on;
}

void eg_model_set_word_cache(eg_model *m, bool on)
{
    m->no_cache = !on;
}

void eg_model_info(const eg_model *m, size_t *rows, unsigned *bits)
{
    *rows = m->nrows;
    *bits = m->bits;
}

/* A class section of the model file: n x (u64 hash, nlev x u16), hashes increasing. */
static bool read_classes(wclasses *wc, const unsigned char *q, size_t n, unsigned nlev)
{
    if (!n) {
        return true;
    }
    if (!wc_init(wc, n, nlev)) {
        return false;
    }
    uint64_t prevh = 0;
    for (size_t i = 0; i < n; i++, q += 8 + 2 * nlev) {
        uint64_t h = rd32(q) | (uint64_t)rd32(q + 4) << 32;
        uint16_t c[MAXLEV];
        for (unsigned l = 0; l < nlev; l++) {
            c[l] = (uint16_t)rd16(q + 8 + 2 * l);
        }
        if ((i > 0 && h <= prevh) || !wc_put(wc, h, c)) {
            return false;
        }
        prevh = h;
    }
    return true;
}

static eg_status load_bytes(eg_model **out, const unsigned char *p, size_t len, const char *name,
                            eg_error *err)
{
    *out = NULL;
    const size_t head = 32 + (NL + 1) * NL * 2;
    if (len < 8 || memcmp(p, "EGNERMDL", 8) != 0) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: not an entgraph model file", name);
    }
    if (len < head + 4) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    uint32_t ver = rd32(p + 8), nl = rd32(p + 12), bits = rd32(p + 16), nrows = rd32(p + 20),
             fver = rd32(p + 24), sbits = rd32(p + 28);
    if (ver != FORMAT_VERSION || fver != FEATURE_VERSION) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: model format %u/%u, this entgraph reads %u/%u (retrain it)", name,
                            ver, fver, FORMAT_VERSION, FEATURE_VERSION);
    }
    if (nl != NL || bits < 10 || bits > 26 || nrows > (1u << bits)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt model header", name);
    }
    size_t rowbytes = 4 + NL * 2;
    if ((len - head - 4) / rowbytes < nrows || head + (size_t)nrows * rowbytes + 8 > len) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    size_t cls_at = head + (size_t)nrows * rowbytes, vcls_at = 0;
    uint32_t ncls = rd32(p + cls_at), nlev = 0, nvcls = 0;
    if ((len - cls_at - 8) / 10 < ncls || cls_at + 4 + (size_t)ncls * 10 + 20 > len) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    vcls_at = cls_at + 4 + (size_t)ncls * 10;
    nlev = rd32(p + vcls_at);
    nvcls = rd32(p + vcls_at + 4);
    if (nlev > MAXLEV || (nlev == 0) != (nvcls == 0) ||
        (len - vcls_at - 20) / (8 + 2 * (nlev ? nlev : 1)) < nvcls ||
        vcls_at + 8 + (size_t)nvcls * (8 + 2 * nlev) + 12 != len) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    if (crc32_update(0, p, len - 4) != rd32(p + len - 4)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt model file (checksum mismatch)",
                            name);
    }
    uint64_t phrases = rd32(p + len - 12) | (uint64_t)rd32(p + len - 8) << 32;
    const eg_phrase_table *phr = eg_phrase_table_default();
    if (phrases && (!phr || phr->id != phrases)) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: trained with other phrase lists than this entgraph's "
                            "data/lists (retrain it)", name);
    }
    eg_model *m = calloc(1, sizeof *m);
    if (m) {
        m->serial = atomic_fetch_add(&model_serial, 1) + 1;
    }
    if (!m) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    m->bits = bits;
    m->nrows = nrows;
    m->phrases = phrases;
    memcpy(&m->scale, &sbits, sizeof m->scale);
    m->rows = malloc((nrows ? nrows : 1) * (size_t)NL * sizeof *m->rows);
    m->buckets = malloc((nrows ? nrows : 1) * sizeof *m->buckets);
    if (!m->rows || !m->buckets) {
        eg_model_destroy(m);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory loading the model");
    }
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        m->trans[i] = rd16(p + 32 + 2 * i);
    }
    const unsigned char *q = p + head;
    uint32_t prev = 0;
    for (size_t r = 0; r < nrows; r++, q += rowbytes) {
        uint32_t b = rd32(q);
        if (b >= (1u << bits) || (r > 0 && b <= prev)) {
            eg_model_destroy(m);
            return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt model rows", name);
        }
        prev = b;
        m->buckets[r] = b;
        for (unsigned l = 0; l < NL; l++) {
            m->rows[r * NL + l] = rd16(q + 4 + 2 * l);
        }
    }
    if (!build_rank(m)) {
        eg_model_destroy(m);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory loading the model");
    }
    if (!read_classes(&m->wc, p + cls_at + 4, ncls, 1) ||
        !read_classes(&m->vc, p + vcls_at + 8, nvcls, nlev)) {
        eg_model_destroy(m);
        return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt word classes (or out of memory)",
                            name);
    }
    *out = m;
    return EG_OK;
}

eg_status eg_model_load_memory(eg_model **out, const void *data, size_t len, eg_error *err)
{
    return load_bytes(out, data, len, "model", err);
}

eg_status eg_model_load_file(eg_model **out, const char *path, eg_error *err)
{
    *out = NULL;
    char *buf = NULL;
    size_t len = 0;
    eg_status st = eg_read_file(path, (size_t)512 << 20, &buf, &len, err);
    if (st == EG_OK) {
        st = load_bytes(out, (const unsigned char *)buf, len, path, err);
    }
    free(buf);
    return st;
}

#ifdef EG_HAVE_DEFAULT_MODEL
extern const char eg_data_model[], eg_data_model_end[];
#endif

eg_status eg_model_load_default(eg_model **out, eg_error *err)
{
#ifdef EG_HAVE_DEFAULT_MODEL
    return load_bytes(out, (const unsigned char *)eg_data_model,
                      (size_t)(eg_data_model_end - eg_data_model), "built-in model", err);
#else
    *out = NULL;
    return eg_error_set(err, EG_ERR_INVALID,
                        "this build has no built-in model (train one: see README)");
#endif
}

static void put32(eg_buf *b, uint32_t v)
{
    unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    eg_buf_append(b, (const char *)c, 4);
}

static void put16(eg_buf *b, int16_t v)
{
    uint16_t u = (uint16_t)v;
    unsigned char c[2] = {(unsigned char)u, (unsigned char)(u >> 8)};
    eg_buf_append(b, (const char *)c, 2);
}

/* A class section, by increasing hash so the file does not depend on the table layout; with
 * `levels`, preceded by the number of levels (0 and no count for no classes). */
static bool write_classes(eg_buf *b, const wclasses *wc, bool levels)
{
    uint64_t *order = malloc((wc->n ? wc->n : 1) * sizeof *order);
    if (!order) {
        return false;
    }
    size_t no = 0;
    for (size_t i = 0; i < wc->cap; i++) {
        if (wc->keys[i]) {
            order[no++] = wc->keys[i];
        }
    }
    eg_sort(order, no, sizeof *order, eg_cmp_u64);
    if (levels) {
        put32(b, no ? wc->nlev : 0);
    }
    put32(b, (uint32_t)no);
    for (size_t i = 0; i < no; i++) {
        put32(b, (uint32_t)order[i]);
        put32(b, (uint32_t)(order[i] >> 32));
        const uint16_t *c = wc_find(wc, order[i]);
        for (unsigned l = 0; l < wc->nlev; l++) {
            put16(b, (int16_t)c[l]);
        }
    }
    free(order);
    return true;
}

eg_status eg_model_save(const eg_model *m, const char *path, eg_error *err)
{
    eg_buf b = {0};
    eg_buf_append(&b, "EGNERMDL", 8);
    put32(&b, FORMAT_VERSION);
    put32(&b, NL);
    put32(&b, m->bits);
    put32(&b, (uint32_t)m->nrows);
    put32(&b, FEATURE_VERSION);
    uint32_t sbits;
    memcpy(&sbits, &m->scale, sizeof sbits);
    put32(&b, sbits);
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        put16(&b, m->trans[i]);
    }
    for (size_t r = 0; r < m->nrows; r++) {
        put32(&b, m->buckets[r]);
        for (unsigned l = 0; l < NL; l++) {
            put16(&b, m->rows[r * NL + l]);
        }
    }
    if (!write_classes(&b, &m->wc, false) || !write_classes(&b, &m->vc, true)) {
        eg_buf_fini(&b);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    put32(&b, (uint32_t)m->phrases);
    put32(&b, (uint32_t)(m->phrases >> 32));
    if (!b.data) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    put32(&b, crc32_update(0, (const unsigned char *)b.data, b.len));
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st == EG_OK) {
        if (fwrite(b.data, 1, b.len, of.fp) != b.len) {
            eg_outfile_abort(&of);
            st = eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
        } else {
            st = eg_outfile_commit(&of, err);
        }
    }
    eg_buf_fini(&b);
    return st;
}

/* ---- tagging a CoNLL corpus ------------------------------------------------------------------ */

static eg_word *conll_words(const eg_conll *c)
{
    eg_word *w = malloc((c->ntoks ? c->ntoks : 1) * sizeof *w);
    if (w) {
        for (size_t i = 0; i < c->ntoks; i++) {
            w[i] = (eg_word){c->words[i], (uint32_t)strlen(c->words[i])};
        }
    }
    return w;
}

/* Sentence starts of document d relative to its first token; returns the count. */
static size_t doc_sentences(const eg_conll *c, size_t d, uint32_t *ss, size_t *first,
                            size_t *ntok)
{
    const eg_conll_doc *doc = &c->docs[d];
    if (doc->nsents == 0) {
        *first = *ntok = 0;
        return 0;
    }
    *first = c->sents[doc->first_sent].first;
    size_t k = 0;
    for (size_t s = doc->first_sent; s < doc->first_sent + doc->nsents; s++) {
        ss[k++] = (uint32_t)(c->sents[s].first - *first);
    }
    const eg_conll_sent *last = &c->sents[doc->first_sent + doc->nsents - 1];
    *ntok = last->first + last->n - *first;
    return k;
}

eg_status eg_model_tag_conll(const eg_model *m, const eg_conll *c, eg_chunk **chunks,
                             size_t *nchunks, eg_error *err)
{
    *chunks = NULL;
    *nchunks = 0;
    size_t cap = 0;
    eg_word *w = conll_words(c);
    uint32_t *ss = malloc((c->nsents ? c->nsents : 1) * sizeof *ss);
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_status st = (w && ss && ws) ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    for (size_t d = 0; d < c->ndocs && st == EG_OK; d++) {
        size_t first, ntok;
        size_t ns = doc_sentences(c, d, ss, &first, &ntok);
        size_t before = *nchunks;
        st = eg_model_tag(m, ws, w + first, ntok, ss, ns, chunks, nchunks, &cap, err);
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
    eg_model *m = calloc(1, sizeof *m);
    if (m) {
        m->serial = atomic_fetch_add(&model_serial, 1) + 1;
    }
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
    if (!build_rank(m) || !wc_copy(&m->wc, &t->wc) || !wc_copy(&m->vc, &t->vc)) {
        eg_model_destroy(m);
        return NULL;
    }
    return m;
}

static uint64_t rng_next(uint64_t *s)
{
    *s += 0x9E3779B97F4A7C15ULL;
    return mix(*s);
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
    if (eg_model_tag_conll(m, dev, &pred, &np, &err) != EG_OK) {
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
    if (!wc_init(wc, lines + 1, levels)) {
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
            wc_put(wc, hbytes(key, kn), c); /* a repeated key keeps its first classes */
        }
        p = end + 1;
    }
    free(text);
    if (st != EG_OK) {
        wc_fini(wc);
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
    unsigned gt = type_of(gold), pt = type_of(pred);
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
    if (ns == 0 || !prepare_doc(x->ws, x->gaz, &t->wc, &t->vc, t->phrases, s->w + *first, *ntok,
                                x->ss, ns, NULL)) {
        return 0;
    }
    return ns;
}

/* `epochs` perceptron epochs over docs[0..nd) (shuffled in place). With a dev set the best
 * epoch's averaged weights are kept, else the last's. */
static eg_status train_epochs(tctx *x, trainer *t, tdoc *docs, size_t nd, unsigned epochs,
                              eg_model **out, eg_error *err)
{
    uint64_t rng = x->opts->seed;
    weights W = {.dense = t->w, .dtrans = t->tw};
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
                sentence_features(ws, s0, s1, t->bits, NULL);
                viterbi(ws, &W, s0, s1);
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
                remember(ws, s0, s1);
            }
        }
        eg_model *snap = snapshot(t);
        if (!snap) {
            eg_model_destroy(best);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory training");
        }
        double f = x->dev ? dev_f1(snap, x->dev, x->dgold, x->ndgold) : 0;
        if (x->opts->progress) {
            x->opts->progress(x->opts->progress_ud, ep, total ? 100.0 * correct / total : 0,
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
    memcpy(order, x.docs, x.ndocs * sizeof *order);
    st = train_epochs(&x, &t, order, x.ndocs, opts->epochs ? opts->epochs : 10, &best, err);
    free(order);
    if (st == EG_OK) {
        *out = best;
        best = NULL;
    }
done:
    eg_model_destroy(best);
    wc_fini(&t.wc);
    wc_fini(&t.vc);
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
