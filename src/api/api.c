/*
 * api.c - the public one-call entry points (entgraph/entgraph.h) over the internal pipeline:
 * build, and merging graphs.
 */
#include "entgraph/entgraph.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "api.h"
#include "graph.h"
#include "pipeline.h"
#include "query.h"

void eg_build_options_init(eg_build_options *o)
{
    memset(o, 0, sizeof *o);
    o->window = EG_WINDOW_SENTENCE;
    o->types = EG_TYPES_DEFAULT;
    o->evidence = 3;
}

void eg_api_opts(const eg_build_options *o, eg_build_opts *bo, eg_pipeline_opts *po)
{
    *bo = (eg_build_opts){.window = o->window, .types = o->types, .evidence = o->evidence,
                          .repeats_each = o->count_repeats != 0, .aliases = o->aliases,
                          .threads = o->threads, .shard = o->shard != 0};
    *po = (eg_pipeline_opts){.model_path = o->model_path, .threads = o->threads,
                             .progress = o->progress, .progress_ud = o->user_data,
                             .aliases = o->aliases};
    po->reader.warn = o->warning;
    po->reader.warn_ud = o->user_data;
    po->reader.strict = o->strict != 0;
    po->reader.max_article_bytes = o->max_article_bytes;
    po->reader.since = o->since;
    po->reader.until = o->until;
    po->reader.stdin_jsonl = o->stdin_jsonl != 0;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

eg_status eg_build_ex(eg_graph **out, const char *const *inputs, size_t ninputs,
                      const eg_build_options *o, eg_build_report *report, eg_error *err)
{
    *out = NULL;
    eg_build_report r = {0};
    eg_build_opts bo;
    eg_pipeline_opts po;
    eg_api_opts(o, &bo, &po);
    eg_builder *b = NULL;
    eg_pipeline_stats stats = {0};
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    eg_status st = eg_builder_create(&b, &bo, err);
    if (st == EG_OK) {
        st = eg_pipeline_run(inputs, ninputs, &po, b, NULL, NULL, &stats, err);
    }
    r.read_seconds = seconds_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (st == EG_OK) {
        st = eg_builder_finish(b, out, err);
        r.capped_windows = eg_builder_capped_windows(b);
    }
    r.resolve_seconds = seconds_since(&t0);
    eg_builder_destroy(b);
    r.documents = stats.documents;
    r.skipped = stats.skipped;
    r.tokens = stats.tokens;
    if (report) {
        *report = r;
    }
    return st;
}

eg_status eg_build(eg_graph **out, const char *const *inputs, size_t ninputs,
                   const eg_build_options *o, eg_error *err)
{
    eg_build_report r;
    eg_status st = eg_build_ex(out, inputs, ninputs, o, &r, err);
    if (st == EG_OK && o->warning && r.capped_windows) {
        char msg[160];
        snprintf(msg, sizeof msg, "%zu windows had more than 100 entities; only the first 100 "
                 "of each were paired", r.capped_windows);
        o->warning(o->user_data, msg);
    }
    return st;
}

int eg_graph_is_shard(const eg_graph *g)
{
    return g && g->shard != NULL;
}

eg_status eg_graph_merge(eg_graph *const *graphs, size_t n, int keep_state, eg_graph **out,
                         eg_error *err)
{
    *out = NULL;
    bool states = n > 0;
    for (size_t i = 0; i < n; i++) {
        states = states && graphs[i]->shard;
    }
    if (keep_state && !states) {
        return eg_error_set(err, EG_ERR_INVALID, "keeping the shard state needs shard graphs");
    }
    eg_status st = eg_merge_check(graphs, n, err); /* one window, no article twice */
    if (st != EG_OK) {
        return st;
    }
    return states ? eg_shards_merge(graphs, n, keep_state != 0, out, err)
                  : eg_query_merge(graphs, n, out, err);
}
