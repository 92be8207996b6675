/*
 * faultinject.c - the counting allocators of faultinject.h (test builds only).
 *
 * One counter for the whole process, atomic because the pipeline's workers allocate too; the
 * fault tests run with one thread so that the Nth allocation is the same one at every run.
 */
#include "faultinject.h"

/* the build force-includes faultinject.h before this file too: here the names are libc's */
#undef malloc
#undef calloc
#undef realloc
#undef strdup
#undef strndup

#include <cjson/cJSON.h>
#include <stdatomic.h>
#include <stdio.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EG_FI_STACK 1
#endif
#elif defined(__SANITIZE_ADDRESS__)
#define EG_FI_STACK 1
#endif
#ifdef EG_FI_STACK
#include <sanitizer/common_interface_defs.h>
#endif

static atomic_ulong count;   /* allocations since eg_fi_arm */
static atomic_ulong fail_at; /* 0: never */
static atomic_bool fired;
static atomic_bool fired_cjson; /* the failed allocation was cJSON's */
static atomic_bool swallowed;   /* a known site went on without it (EG_ALLOC_FAILURE_IGNORED) */

void eg_fi_arm(unsigned long n)
{
    atomic_store(&fired, false);
    atomic_store(&fired_cjson, false);
    atomic_store(&swallowed, false);
    atomic_store(&count, 0);
    atomic_store(&fail_at, n);
}

unsigned long eg_fi_count(void) { return atomic_load(&count); }

bool eg_fi_fired(void) { return atomic_load(&fired); }

bool eg_fi_fired_in_cjson(void) { return atomic_load(&fired_cjson); }

void eg_fi_swallow(void) { atomic_store(&swallowed, true); }

bool eg_fi_swallowed(void) { return atomic_load(&swallowed); }

/* true when this allocation is the one to fail */
static bool fail_now(void)
{
    unsigned long k = atomic_fetch_add(&count, 1) + 1;
    if (k == atomic_load(&fail_at)) {
        atomic_store(&fired, true);
#ifdef EG_FI_STACK
        /* EG_FI_TRACE=1: where the failing allocation is (to debug one N of a sweep) */
        if (getenv("EG_FI_TRACE")) {
            fprintf(stderr, "allocation %lu fails here:\n", k);
            __sanitizer_print_stack_trace();
        }
#endif
        return true;
    }
    return false;
}

void *eg_fi_malloc(size_t n) { return fail_now() ? NULL : malloc(n); }

void *eg_fi_calloc(size_t n, size_t size) { return fail_now() ? NULL : calloc(n, size); }

void *eg_fi_realloc(void *p, size_t n) { return fail_now() ? NULL : realloc(p, n); }

char *eg_fi_strdup(const char *s) { return fail_now() ? NULL : strdup(s); }

char *eg_fi_strndup(const char *s, size_t n) { return fail_now() ? NULL : strndup(s, n); }

static void *cjson_malloc(size_t n)
{
    if (fail_now()) {
        atomic_store(&fired_cjson, true);
        return NULL;
    }
    return malloc(n);
}

void eg_fi_cjson_hooks(void)
{
    cJSON_Hooks h = {.malloc_fn = cjson_malloc, .free_fn = free};
    cJSON_InitHooks(&h);
}
