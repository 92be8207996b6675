/*
 * api.c - the public one-call entry point (entgraph/entgraph.h) over the internal pipeline.
 */
#include "entgraph/entgraph.h"

#include <stdio.h>
#include <string.h>

#include "graph.h"
#include "pipeline.h"

void eg_build_options_init(eg_build_options *o)
{
    memset(o, 0, sizeof *o);
    o->window = EG_WINDOW_SENTENCE;
    o->types = EG_TYPES_DEFAULT;
    o->evidence = 3;
}

eg_status eg_build(eg_graph **out, const char *const *inputs, size_t ninputs,
                   const eg_build_options *o, eg_error *err)
{
    *out = NULL;
    eg_build_opts bo = {.window = o->window, .types = o->types, .evidence = o->evidence,
                        .repeats_each = o->count_repeats != 0};
    eg_pipeline_opts po = {.model_path = o->model_path, .threads = o->threads,
                           .progress = o->progress, .progress_ud = o->user_data};
    po.reader.warn = o->warning;
    po.reader.warn_ud = o->user_data;
    po.reader.strict = o->strict != 0;
    po.reader.max_article_bytes = o->max_article_bytes;
    eg_builder *b = NULL;
    eg_status st = eg_builder_create(&b, &bo, err);
    if (st == EG_OK) {
        st = eg_pipeline_run(inputs, ninputs, &po, b, NULL, NULL, NULL, err);
    }
    if (st == EG_OK && o->warning && eg_builder_capped_windows(b)) {
        char msg[160];
        snprintf(msg, sizeof msg, "%zu windows had more than 100 entities; only the first 100 "
                 "of each were paired", eg_builder_capped_windows(b));
        o->warning(o->user_data, msg);
    }
    if (st == EG_OK) {
        st = eg_builder_finish(b, out, err);
    }
    eg_builder_destroy(b);
    return st;
}
