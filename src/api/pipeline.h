/*
 * pipeline.h - the whole data flow for a set of inputs: read -> recognize -> resolve within
 * each article -> accumulate into a builder, calling back once per article (for `entities`).
 *
 * Articles are processed in input order; with several threads, recognition runs in parallel
 * on batches (the calling thread reads, builds and helps) and results are handed to the
 * builder in input order, so the output does not depend on the thread count.
 */
#ifndef EG_PIPELINE_H
#define EG_PIPELINE_H

#include <stdbool.h>
#include <stdint.h>

#include "alias.h"
#include "builder.h"
#include "entgraph/entgraph.h"
#include "graph.h"
#include "ner.h"
#include "text.h"

typedef struct eg_pipeline_opts {
    const char *model_path;     /* NULL: embedded model; "none": rules only */
    eg_reader_opts reader;
    bool explain;               /* fill per-mention explanations */
    unsigned threads;           /* 0: one per core */
    eg_progress_fn progress;    /* called about twice a second and at the end, or NULL */
    void *progress_ud;          /* passed to progress */
    const struct eg_aliasfile *aliases; /* the user's alias file, or NULL (borrowed) */
} eg_pipeline_opts;

/* Called for every article in input order, after it was added to the builder. */
typedef eg_status (*eg_doc_fn)(void *ud, const eg_doc *doc, const eg_mentions *ms,
                               const eg_doc_entities *de, eg_error *err);

typedef struct eg_pipeline_stats {
    size_t documents;
    size_t skipped;
    uint64_t bytes;
    uint64_t tokens;
    size_t mentions;
} eg_pipeline_stats;

eg_status eg_pipeline_run(const char *const *inputs, size_t ninputs, const eg_pipeline_opts *opts,
                          eg_builder *builder, eg_doc_fn fn, void *ud, eg_pipeline_stats *stats,
                          eg_error *err);

#endif
