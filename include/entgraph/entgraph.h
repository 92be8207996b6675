/*
 * entgraph/entgraph.h - the public API in one include.
 *
 *     eg_build_options o;
 *     eg_build_options_init(&o);
 *     const char *inputs[] = {"samples/"};
 *     eg_graph *g = NULL;
 *     eg_error err;
 *     if (eg_build(&g, inputs, 1, &o, &err) != EG_OK) { fprintf(stderr, "%s\n", err.msg); }
 *     eg_graph_save(g, "graph.json", EG_FORMAT_JSON, &err);
 *     eg_graph_destroy(g);
 *
 * Ownership: eg_build() gives the caller a graph to free with eg_graph_destroy(); on failure
 * *out stays NULL and nothing needs freeing.
 */
#ifndef ENTGRAPH_ENTGRAPH_H
#define ENTGRAPH_ENTGRAPH_H

#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct eg_build_options {
    eg_window window;         /* co-occurrence window (default sentence) */
    unsigned types;           /* mask of 1u << eg_etype (default EG_TYPES_DEFAULT) */
    unsigned evidence;        /* evidence sentences kept per edge (default 3) */
    const char *model_path;   /* NULL: the built-in NER model; "none": rules only */
    unsigned threads;         /* 0: one per core */
    int strict;               /* non-zero: a malformed JSONL line is an error */
    size_t max_article_bytes; /* 0: no limit */
    int count_repeats;        /* non-zero: a window repeated word for word in several articles
                                 adds to weights each time (default 0: once) */
} eg_build_options;

/** Defaults: sentence window, PERSON/COUNTRY/ORGANIZATION, 3 evidence sentences. */
EG_API void eg_build_options_init(eg_build_options *o);

/**
 * Build the graph of the articles in `inputs` (files, directories, .jsonl, or "-").
 * O(total text) plus O(entities + pairs) memory.
 */
EG_API eg_status eg_build(eg_graph **out, const char *const *inputs, size_t ninputs,
                          const eg_build_options *o, eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
