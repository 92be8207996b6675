/*
 * allocator.c - the entgraph program's jemalloc options (only when it links jemalloc).
 *
 * A build makes millions of small allocations in arenas that grow to hundreds of MB: with
 * transparent huge pages for jemalloc's extents and metadata, the kernel maps them 2 MB at a
 * time instead of 4 KB, which takes the page faults of a Reuters-21578 build from ~60,000 to
 * ~2,000 (bench/RESULTS.md). The system's policy decides: with THP "never" this is a no-op.
 * MALLOC_CONF in the environment still overrides it.
 */
#ifdef EG_HAVE_JEMALLOC
extern const char *malloc_conf; /* read by jemalloc at its first allocation */
const char *malloc_conf = "thp:always,metadata_thp:always";
#else
typedef int eg_no_allocator_options; /* a translation unit may not be empty */
#endif
