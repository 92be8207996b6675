/*
 * faultinject.h - allocation fault injection for tests (meson option -Dfault_injection=true).
 *
 * With the option, every source of the library is compiled with `-include faultinject.h`, so
 * its malloc, calloc, realloc, strdup and strndup calls go through counting wrappers that can
 * make the Nth allocation fail (tests/unit/test_faults.c sweeps N = 1, 2, ... in the manner of
 * SQLite's malloc tests). cJSON's allocations are routed through the same counter with
 * cJSON_InitHooks (eg_fi_cjson_hooks); igraph, utf8proc, Graphviz and libc's own allocations
 * (getline, open_memstream, fopen) cannot be hooked and never fail here.
 *
 * Without the option this header is never included and the library calls libc directly.
 */
#ifndef EG_FAULTINJECT_H
#define EG_FAULTINJECT_H
#ifndef __ASSEMBLER__ /* the embedded data (.S) is compiled with the same flags */

/* the real declarations first, so the macros below do not rename them */
#include <stdlib.h>
#include <string.h>

#include <stdbool.h>
#include <stddef.h>

#define EG_FAULT_INJECTION 1

void *eg_fi_malloc(size_t n);
void *eg_fi_calloc(size_t n, size_t size);
void *eg_fi_realloc(void *p, size_t n);
char *eg_fi_strdup(const char *s);
char *eg_fi_strndup(const char *s, size_t n);

/** Make the `n`th allocation from now fail (1: the next one); 0 disarms. Counting starts
 *  again at every call. */
void eg_fi_arm(unsigned long n);
/** Allocations seen since the last eg_fi_arm(). */
unsigned long eg_fi_count(void);
/** Whether the armed allocation has been reached (and failed) since the last eg_fi_arm(). */
bool eg_fi_fired(void);
/** Whether that allocation was one of cJSON's (routed by eg_fi_cjson_hooks). */
bool eg_fi_fired_in_cjson(void);
/** EG_ALLOC_FAILURE_IGNORED() (util.h) was reached: a known site went on without the
 *  allocation instead of reporting it, so the result may differ (documented sites only). */
void eg_fi_swallow(void);
bool eg_fi_swallowed(void);
/** Route cJSON's allocations through the counter (cJSON_InitHooks). */
void eg_fi_cjson_hooks(void);

#undef malloc
#undef calloc
#undef realloc
#undef strdup
#undef strndup
#define malloc(n) eg_fi_malloc(n)
#define calloc(n, s) eg_fi_calloc(n, s)
#define realloc(p, n) eg_fi_realloc(p, n)
#define strdup(s) eg_fi_strdup(s)
#define strndup(s, n) eg_fi_strndup(s, n)

#endif /* __ASSEMBLER__ */
#endif
