/*
 * util.c - allocation, buffers, hashing and the string map used by every module.
 *
 * eg_strmap is linear probing over a power-of-two table kept at most 70% full; keys are
 * copied into their slot. Lookups are O(key length) on average.
 */
#include "util.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void eg_error_clear(eg_error *err)
{
    if (err) {
        err->code = EG_OK;
        err->msg[0] = '\0';
    }
}

eg_status eg_error_set(eg_error *err, eg_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        for (char *p = err->msg; *p; p++) { /* keep the message on one line */
            if (*p == '\n' || *p == '\r') {
                *p = ' ';
            }
        }
        err->code = code;
    }
    return code;
}

bool eg_grow(void **arr, size_t *cap, size_t need, size_t elt)
{
    if (need <= *cap) {
        return true;
    }
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2) {
            return false;
        }
        ncap *= 2;
    }
    if (ncap > SIZE_MAX / elt) {
        return false;
    }
    void *p = realloc(*arr, ncap * elt);
    if (!p) {
        return false;
    }
    *arr = p;
    *cap = ncap;
    return true;
}

char *eg_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *eg_strdup(const char *s)
{
    return s ? eg_strndup(s, strlen(s)) : NULL;
}

bool eg_buf_append(eg_buf *b, const char *s, size_t n)
{
    if (n > SIZE_MAX - b->len - 1) {
        return false;
    }
    /* A new buffer starts at 64 bytes: most hold a short key or name ("bank of england"), and
     * growing one from 8 bytes cost three reallocs. */
    size_t need = b->len + n + 1;
    if (!b->cap && need < 64) {
        need = 64;
    }
    if (!eg_grow((void **)&b->data, &b->cap, need, 1)) {
        return false;
    }
    if (n) {
        memcpy(b->data + b->len, s, n);
    }
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

bool eg_buf_puts(eg_buf *b, const char *s)
{
    return eg_buf_append(b, s, strlen(s));
}

bool eg_buf_printf(eg_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return false;
    }
    if ((size_t)n < sizeof small) {
        return eg_buf_append(b, small, (size_t)n);
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        return false;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    bool ok = eg_buf_append(b, big, (size_t)n);
    free(big);
    return ok;
}

void eg_buf_reset(eg_buf *b)
{
    b->len = 0;
    if (b->data) {
        b->data[0] = '\0';
    }
}

char *eg_buf_steal(eg_buf *b)
{
    char *p = b->data ? b->data : eg_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void eg_buf_fini(eg_buf *b)
{
    if (b) {
        free(b->data);
        b->data = NULL;
        b->len = b->cap = 0;
    }
}

uint64_t eg_hash_bytes(const void *p, size_t n)
{
    /* Eight bytes at a step, then a full avalanche (eg_mix64): the maps are probed with the
     * low bits. Words are short, so a byte-at-a-time hash (FNV-1a) cost more than the probe. */
    const unsigned char *s = p;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)n * 0xC2B2AE3D27D4EB4FULL);
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    return eg_mix64(h ^ w);
}

struct eg_strmap_slot {
    char *key; /* NULL when empty */
    uint32_t klen;
    uint32_t value;
    uint64_t hash;
};

static size_t strmap_find(const eg_strmap *m, const char *key, size_t klen, uint64_t h)
{
    size_t mask = m->cap - 1;
    size_t i = (size_t)h & mask;
    while (m->slots[i].key) {
        const struct eg_strmap_slot *s = &m->slots[i];
        if (s->hash == h && s->klen == klen && memcmp(s->key, key, klen) == 0) {
            return i;
        }
        i = (i + 1) & mask;
    }
    return i;
}

uint32_t eg_strmap_get(const eg_strmap *m, const char *key, size_t klen, uint32_t missing)
{
    if (!m->cap) {
        return missing;
    }
    size_t i = strmap_find(m, key, klen, eg_hash_bytes(key, klen));
    return m->slots[i].key ? m->slots[i].value : missing;
}

bool eg_strmap_has(const eg_strmap *m, const char *key, size_t klen)
{
    if (!m->cap) {
        return false;
    }
    return m->slots[strmap_find(m, key, klen, eg_hash_bytes(key, klen))].key != NULL;
}

static bool strmap_rehash(eg_strmap *m, size_t ncap)
{
    struct eg_strmap_slot *ns = calloc(ncap, sizeof *ns);
    if (!ns) {
        return false;
    }
    for (size_t i = 0; i < m->cap; i++) {
        struct eg_strmap_slot *s = &m->slots[i];
        if (s->key) {
            size_t j = (size_t)s->hash & (ncap - 1);
            while (ns[j].key) {
                j = (j + 1) & (ncap - 1);
            }
            ns[j] = *s;
        }
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
    return true;
}

bool eg_strmap_put(eg_strmap *m, const char *key, size_t klen, uint32_t value)
{
    if (klen > UINT32_MAX) {
        return false;
    }
    if ((m->count + 1) * 10 > m->cap * 7) {
        if (!strmap_rehash(m, m->cap ? m->cap * 2 : 16)) {
            return false;
        }
    }
    uint64_t h = eg_hash_bytes(key, klen);
    size_t i = strmap_find(m, key, klen, h);
    struct eg_strmap_slot *s = &m->slots[i];
    if (!s->key) {
        s->key = eg_strndup(key, klen);
        if (!s->key) {
            return false;
        }
        s->klen = (uint32_t)klen;
        s->hash = h;
        m->count++;
    }
    s->value = value;
    return true;
}

bool eg_strmap_slot(const eg_strmap *m, size_t i, const char **key, size_t *klen, uint32_t *value)
{
    if (i >= m->cap || !m->slots[i].key) {
        return false;
    }
    *key = m->slots[i].key;
    *klen = m->slots[i].klen;
    *value = m->slots[i].value;
    return true;
}

void eg_strmap_fini(eg_strmap *m)
{
    if (!m) {
        return;
    }
    for (size_t i = 0; i < m->cap; i++) {
        free(m->slots[i].key);
    }
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

size_t eg_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    int32_t v, min;
    if ((c & 0xE0) == 0xC0) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return len;
}

size_t eg_utf8_check(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (n - i >= 8) {
            uint64_t v;
            memcpy(&v, u + i, sizeof v);
            if (!(v & 0x8080808080808080ULL)) {
                i += 8; /* ASCII, the bulk of a graph file */
                continue;
            }
        }
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t len = eg_utf8_decode(u + i, n - i, &cp);
        if (len == 1) {
            return i; /* a non-ASCII byte that decodes alone is invalid */
        }
        i += len;
    }
    return n;
}

size_t eg_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

eg_status eg_count_overflows(eg_error *err, const char *where, const char *what, const char *a,
                             const char *b, uint64_t max)
{
    return eg_error_set(err, EG_ERR_INVALID, "%s%s%s%s%s%s%s%s: count overflows (more than %" PRIu64
                        ")", where ? where : "", where ? ": " : "", what, a ? " of '" : "",
                        a ? a : "", b ? "' -- '" : "", b ? b : "", a ? "'" : "", max);
}

eg_status eg_read_file(const char *path, size_t max, char **out, size_t *len, eg_error *err)
{
    *out = NULL;
    *len = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    /* one read of the known size (regular files), growing only for pipes */
    struct stat sb;
    size_t cap = fstat(fileno(fp), &sb) == 0 && S_ISREG(sb.st_mode) ? (size_t)sb.st_size + 1 : 65536;
    if (max && cap > max + 1) {
        fclose(fp);
        return eg_error_set(err, EG_ERR_PARSE, "%s: file larger than %zu bytes", path, max);
    }
    char *buf = malloc(cap);
    size_t n = 0;
    for (;;) {
        if (!buf) {
            fclose(fp);
            return eg_error_set(err, EG_ERR_NOMEM, "%s: out of memory", path);
        }
        n += fread(buf + n, 1, cap - n - 1, fp);
        if (n + 1 < cap || feof(fp) || ferror(fp)) {
            break;
        }
        if (max && cap > max) {
            fclose(fp);
            free(buf);
            return eg_error_set(err, EG_ERR_PARSE, "%s: file larger than %zu bytes", path, max);
        }
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
        }
        buf = nb;
        cap *= 2;
    }
    if (ferror(fp)) {
        int e = errno;
        fclose(fp);
        free(buf);
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e ? e : EIO));
    }
    fclose(fp);
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return EG_OK;
}

/* ---- parallel for ------------------------------------------------------------------------ */

unsigned eg_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

typedef struct pfor {
    atomic_size_t next;
    size_t n;
    void (*fn)(void *, size_t);
    void *ud;
} pfor;

static void *pfor_run(void *arg)
{
    pfor *p = arg;
    for (;;) {
        size_t c = atomic_fetch_add_explicit(&p->next, 1, memory_order_relaxed);
        if (c >= p->n) {
            return NULL;
        }
        p->fn(p->ud, c);
    }
}

void eg_parallel_for(unsigned threads, size_t nchunks, void (*fn)(void *ud, size_t chunk),
                     void *ud)
{
    pfor p = {.n = nchunks, .fn = fn, .ud = ud};
    atomic_init(&p.next, 0);
    if (threads == 0) {
        threads = eg_cores();
    }
    if (threads > 64) {
        threads = 64;
    }
    if (threads > nchunks) {
        threads = nchunks ? (unsigned)nchunks : 1;
    }
    pthread_t th[64];
    unsigned started = 0;
    for (unsigned t = 1; t < threads; t++) {
        if (pthread_create(&th[started], NULL, pfor_run, &p) != 0) {
            break;
        }
        started++;
    }
    pfor_run(&p);
    for (unsigned t = 0; t < started; t++) {
        pthread_join(th[t], NULL);
    }
}

size_t eg_word_count(const char *s, bool hyphen)
{
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        if (*s == ' ' || (hyphen && *s == '-')) {
            in = false;
        } else if (!in) {
            in = true;
            n++;
        }
    }
    return n;
}
