/*
 * util.h - small shared helpers: checked allocation, growable byte buffers, a string-keyed
 * hash map and a few string routines.
 *
 * Ownership: eg_buf owns its bytes; eg_strmap owns copies of its keys but never its values
 * (callers keep values in their own arrays and store indices or pointers). Every destroy/fini
 * accepts NULL or a zeroed struct.
 */
#ifndef EG_UTIL_H
#define EG_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/error.h"

/* Grow `*arr` (element size `elt`) so it can hold `need` elements; `*cap` is updated.
 * Returns false on overflow or allocation failure (then *arr is untouched). */
bool eg_grow(void **arr, size_t *cap, size_t need, size_t elt);
/* eg_grow with its common case, room enough, inline: arrays grown one element at a time */
static inline bool eg_grow_inline(void **arr, size_t *cap, size_t need, size_t elt)
{
    return need <= *cap || eg_grow(arr, cap, need, elt);
}
#define EG_GROW(arr, cap, need) eg_grow_inline((void **)&(arr), &(cap), (need), sizeof(*(arr)))

/* Marks a place that goes on without an allocation that failed instead of reporting it (the
 * result is then poorer, never wrong memory). The fault-injection tests accept a different
 * result only after it (src/base/faultinject.h); elsewhere it does nothing. */
#ifdef EG_FAULT_INJECTION
#define EG_ALLOC_FAILURE_IGNORED() eg_fi_swallow()
#else
#define EG_ALLOC_FAILURE_IGNORED() ((void)0)
#endif

char *eg_strdup(const char *s);
char *eg_strndup(const char *s, size_t n);

/* A growable, always NUL-terminated byte buffer. */
typedef struct eg_buf {
    char *data; /* NUL-terminated once anything was appended; may be NULL when empty */
    size_t len; /* bytes used, excluding the NUL */
    size_t cap; /* bytes allocated */
} eg_buf;

bool eg_buf_append(eg_buf *b, const char *s, size_t n);
bool eg_buf_puts(eg_buf *b, const char *s);
/* one byte; the common case (room left) is inline, as text is often built a byte at a time */
static inline bool eg_buf_putc(eg_buf *b, char c)
{
    if (b->data && b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return true;
    }
    return eg_buf_append(b, &c, 1);
}

bool eg_buf_printf(eg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void eg_buf_reset(eg_buf *b);
/* Hand the bytes to the caller (never NULL on success: an empty buffer gives ""). */
char *eg_buf_steal(eg_buf *b);
void eg_buf_fini(eg_buf *b);

uint64_t eg_hash_bytes(const void *p, size_t n);

/* The splitmix64 finalizer: every input bit changes about half of the output bits. */
static inline uint64_t eg_mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Open-addressing map from byte strings to a uint32 value. Keys are copied. */
typedef struct eg_strmap {
    struct eg_strmap_slot *slots;
    size_t cap;   /* power of two or 0 */
    size_t count; /* live keys */
} eg_strmap;

/* Value if present, else `missing`. */
uint32_t eg_strmap_get(const eg_strmap *m, const char *key, size_t klen, uint32_t missing);
bool eg_strmap_has(const eg_strmap *m, const char *key, size_t klen);
/* Insert or overwrite. Returns false on allocation failure. */
bool eg_strmap_put(eg_strmap *m, const char *key, size_t klen, uint32_t value);
/* Iterate: for (size_t i = 0; i < m->cap; i++) if (eg_strmap_slot_key(m,i,&k,&kl,&v)) ... */
bool eg_strmap_slot(const eg_strmap *m, size_t i, const char **key, size_t *klen, uint32_t *value);
void eg_strmap_fini(eg_strmap *m);

/* ASCII helpers that do not depend on the locale. */
static inline bool eg_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool eg_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline bool eg_is_alpha(int c) { return eg_is_upper(c) || eg_is_lower(c); }
static inline bool eg_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int eg_to_lower(int c) { return eg_is_upper(c) ? c + 32 : c; }

/* Whether s[0..n) is all ASCII (no byte of 0x80 or more). */
static inline bool eg_is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

/* Whether the C string w is exactly s[0..n) (without strlen(w): these test a token against
 * word lists millions of times); eg_word_eqi ignores ASCII case. */
static inline bool eg_word_eq(const char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (w[i] != s[i] || w[i] == '\0') {
            return false;
        }
    }
    return w[n] == '\0';
}

static inline bool eg_word_eqi(const char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (eg_to_lower((unsigned char)w[i]) != eg_to_lower((unsigned char)s[i]) ||
            w[i] == '\0') {
            return false;
        }
    }
    return w[n] == '\0';
}

/* Is s[0..n) a word of a list kept by length, for lists asked of every token: table[len][k]
 * (rows x cols, a row ended by NULL or full) holds the lower-case words of len bytes; `fold`
 * ignores the ASCII case of s. Most words leave at their length or first letter. Use
 * EG_WORD_IN_BY_LEN with the table itself. */
static inline bool eg_word_in_by_len(const char *const *table, size_t rows, size_t cols,
                                     const char *s, size_t n, bool fold)
{
    if (n == 0 || n >= rows) {
        return false;
    }
    int c = fold ? eg_to_lower((unsigned char)s[0]) : (unsigned char)s[0];
    const char *const *row = table + n * cols;
    for (size_t k = 0; k < cols && row[k]; k++) {
        if ((unsigned char)row[k][0] == c &&
            (fold ? eg_word_eqi(row[k], s, n) : memcmp(row[k], s, n) == 0)) {
            return true;
        }
    }
    return false;
}
#define EG_WORD_IN_BY_LEN(table, s, n, fold)                                                       \
    eg_word_in_by_len(&(table)[0][0], sizeof(table) / sizeof *(table),                             \
                      sizeof *(table) / sizeof **(table), (s), (n), (fold))

/* The lengths and first bytes of a list's words: a first look that turns most other words away
 * before the list is compared word by word (eg_word_shape_may). */
typedef struct eg_word_shape {
    uint64_t lens;     /* bit l: a word of l bytes (63: of 63 or more) */
    uint64_t first[4]; /* bit c: a word opening with byte c */
} eg_word_shape;

static inline void eg_word_shape_add(eg_word_shape *sh, const char *w, size_t n)
{
    unsigned char c = n > 0 ? (unsigned char)w[0] : 0;
    sh->lens |= UINT64_C(1) << (n < 63 ? n : 63);
    sh->first[c >> 6] |= UINT64_C(1) << (c & 63);
}

/* May s[0..n) be a word of the list? False for sure when not; an empty word never is. */
static inline bool eg_word_shape_may(const eg_word_shape *sh, const char *s, size_t n)
{
    unsigned char c = n > 0 ? (unsigned char)s[0] : 0;
    return n > 0 && (sh->lens >> (n < 63 ? n : 63) & 1) && (sh->first[c >> 6] >> (c & 63) & 1);
}

/* Decode one UTF-8 code point at s[0..n); returns its length (>= 1) and stores the code point,
 * or U+FFFD with length 1 for an invalid byte. */
size_t eg_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* The offset of the first byte of s[0..n) that is not valid UTF-8, or n when all of it is. */
size_t eg_utf8_check(const char *s, size_t n);
/* Encode `cp` into out (at least 4 bytes); returns the length. */
size_t eg_utf8_encode(int32_t cp, char *out);

#define EG_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Union-find over ids 0..n-1 in `parent` (path halving; the smaller root wins, so results do
 * not depend on the order of unions). */
static inline uint32_t eg_uf_find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static inline void eg_uf_union(uint32_t *parent, uint32_t a, uint32_t b)
{
    a = eg_uf_find(parent, a);
    b = eg_uf_find(parent, b);
    if (a != b) {
        if (a < b) {
            parent[b] = a;
        } else {
            parent[a] = b;
        }
    }
}

/* qsort comparator for uint64_t. */
static inline int eg_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* *sum += v, stopped at UINT32_MAX: false when the sum overflowed (it is then UINT32_MAX, never
 * a smaller number). Counts of a graph are 32 bits; a merge that overflows one fails. */
static inline bool eg_add_u32(uint32_t *sum, uint32_t v)
{
    bool fits = v <= UINT32_MAX - *sum;
    *sum = fits ? *sum + v : UINT32_MAX;
    return fits;
}

/** The error of a count that overflows (EG_ERR_INVALID): "<where>: <what> of '<a>' -- '<b>':
 *  count overflows (more than <max>)"; where, a and b may be NULL (b: not an edge). */
eg_status eg_count_overflows(eg_error *err, const char *where, const char *what, const char *a,
                             const char *b, uint64_t max);

/* qsort comparator for uint32_t. */
static inline int eg_cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/** Read a whole regular file (or stream) into a malloc'd, NUL-terminated buffer; `max` bytes at
 *  most (0: no limit). Errors name the path. */
eg_status eg_read_file(const char *path, size_t max, char **out, size_t *len, eg_error *err);

/* qsort that accepts an empty (possibly NULL) array: glibc declares qsort's base nonnull. */
static inline void eg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1) {
        qsort(base, n, size, cmp);
    }
}

/** Call fn(ud, chunk) for chunk = 0 .. nchunks-1 on up to `threads` threads (the calling
 *  thread is one; 0 means one per core). Chunks are handed out one at a time, so results that
 *  fn stores per chunk are the same for any thread count. Falls back to the calling thread
 *  alone when threads cannot be started. */
void eg_parallel_for(unsigned threads, size_t nchunks, void (*fn)(void *ud, size_t chunk),
                     void *ud);

/** Call fn(ud, chunk) for chunk = 0 .. nchunks-1 on up to `threads` threads (the calling
 *  thread is one; 0 means one per core). Chunks are handed out one at a time, so results that
 *  fn stores per chunk are the same for any thread count. Falls back to the calling thread
 *  alone when threads cannot be started. */
void eg_parallel_for(unsigned threads, size_t nchunks, void (*fn)(void *ud, size_t chunk),
                     void *ud);

/** The number of online cores (at least 1). */
unsigned eg_cores(void);

/** Words of s separated by spaces (and by hyphens too when `hyphen`: "Jae-in" is two). */
size_t eg_word_count(const char *s, bool hyphen);

#endif
