/*
 * check.h - the smallest test harness: CHECK(cond) counts and reports, CHECK_STR compares
 * strings, and check_done() prints "N passed, N failed" and gives the exit status;
 * check_slurp() and check_spit() read and write fixture files.
 */
#ifndef EG_TEST_CHECK_H
#define EG_TEST_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                        \
    do {                                                                                   \
        if (cond) {                                                                        \
            check_passed++;                                                                \
        } else {                                                                           \
            check_failed++;                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);       \
        }                                                                                  \
    } while (0)

#define CHECK_STR(got, want)                                                               \
    do {                                                                                   \
        const char *g_ = (got), *w_ = (want);                                              \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                                             \
            check_passed++;                                                                \
        } else {                                                                           \
            check_failed++;                                                                \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,        \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)");                               \
        }                                                                                  \
    } while (0)

/* A whole file, NUL-terminated (caller frees; *n, when given, gets its length), or NULL. */
static inline char *check_slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = len >= 0 ? calloc((size_t)len + 1, 1) : NULL;
    if (s && fread(s, 1, (size_t)len, f) != (size_t)len) {
        free(s);
        s = NULL;
    }
    fclose(f);
    if (n) {
        *n = s ? (size_t)len : 0;
    }
    return s;
}

/* Write n bytes to a file (a test fixture). */
static inline void check_spit(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(s, 1, n, f);
        fclose(f);
    }
}

/* The path of a file of the source tree ($EG_SRC, or ".." when unset) in buf. */
static inline const char *check_src_path(char *buf, size_t n, const char *rel)
{
    const char *src = getenv("EG_SRC");
    snprintf(buf, n, "%s/%s", src ? src : "..", rel);
    return buf;
}

static inline int check_done(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
