/*
 * entgraph/graph.h - building, saving and loading entity co-occurrence graphs.
 *
 * An eg_graph is an undirected weighted graph: one node per real-world entity (PERSON,
 * COUNTRY, ORGANIZATION, LOCATION) with its aliases, one edge per pair of entities that share
 * a window (sentence by default), with the documents and sentences behind it.
 *
 * Ownership: eg_graph_destroy() frees a graph and everything in it; strings returned by
 * accessors belong to the graph.
 */
#ifndef ENTGRAPH_GRAPH_H
#define ENTGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

#define EG_VERSION_STRING "0.1.0"

typedef enum eg_etype {
    EG_PERSON = 0,
    EG_COUNTRY = 1,
    EG_ORGANIZATION = 2,
    EG_LOCATION = 3,
    EG_NTYPES = 4
} eg_etype;

#define EG_TYPES_DEFAULT ((1u << EG_PERSON) | (1u << EG_COUNTRY) | (1u << EG_ORGANIZATION))
#define EG_TYPES_ALL ((1u << EG_NTYPES) - 1u)

/** "PERSON", "COUNTRY", "ORGANIZATION", "LOCATION". */
EG_API const char *eg_etype_name(eg_etype t);
/** Parse a type name (case-insensitive); -1 when unknown. */
EG_API int eg_etype_parse(const char *s);

typedef enum eg_window {
    EG_WINDOW_SENTENCE = 0,
    EG_WINDOW_PARAGRAPH = 1,
    EG_WINDOW_DOCUMENT = 2
} eg_window;

EG_API const char *eg_window_name(eg_window w);

typedef enum eg_format {
    EG_FORMAT_JSON = 0,
    EG_FORMAT_GRAPHML = 1,
    EG_FORMAT_DOT = 2,
    EG_FORMAT_CSV = 3,
    EG_FORMAT_GEXF = 4, /* GEXF 1.2 (Gephi) */
    EG_FORMAT_CYJS = 5  /* Cytoscape JSON */
} eg_format;

/** Format from a file name's extension (.json, .graphml, .dot/.gv, .csv, .gexf, .cyjs); -1
 *  when unknown. */
EG_API int eg_format_from_path(const char *path);
/** Format from its name ("json", "graphml", "dot", "csv", "gexf", "cyjs"); -1 when unknown. */
EG_API int eg_format_parse(const char *name);

typedef struct eg_graph eg_graph;

EG_API void eg_graph_destroy(eg_graph *g);

EG_API size_t eg_graph_node_count(const eg_graph *g);
EG_API size_t eg_graph_edge_count(const eg_graph *g);

/**
 * Write the graph to `path` in `format` ("-" or NULL: standard output). Regular files are
 * written to a temporary name and renamed into place, so a failure never leaves a partial
 * file; special files (pipes, /dev/stdout, /dev/full) are written in place.
 */
EG_API eg_status eg_graph_save(const eg_graph *g, const char *path, eg_format format,
                               eg_error *err);

/** Load a graph written by eg_graph_save() as JSON or GraphML (chosen by content); "-" reads
 *  standard input. Errors: EG_ERR_IO, EG_ERR_PARSE (naming the path and the position),
 *  EG_ERR_NOMEM; *out is NULL then. O(size of the file). */
EG_API eg_status eg_graph_load(eg_graph **out, const char *path, eg_error *err);

/* eg_graph_load_ex() flags */
#define EG_LOAD_NO_EVIDENCE 1u /* leave every edge's documents and evidence empty (counts and
                                  weights are kept): a JSON graph loads faster, for queries that
                                  never show evidence; GraphML graphs are loaded whole */
#define EG_LOAD_ONE 0x200u     /* eg_graph_load_many(): exactly one graph */

/** eg_graph_load() with `flags` (EG_LOAD_NO_EVIDENCE). */
EG_API eg_status eg_graph_load_ex(eg_graph **out, const char *path, unsigned flags,
                                  eg_error *err);

/** Every graph in one file, or on standard input when `path` is "-": one GraphML graph, or
 *  one or more JSON graphs back to back (what `hadoop fs -getmerge` makes of part files).
 *  *out is a malloc'd array of *n graphs: destroy each graph, then free() the array. Errors as
 *  eg_graph_load(); nothing to free on failure. */
EG_API eg_status eg_graph_load_many(eg_graph ***out, size_t *n, const char *path,
                                    unsigned flags, eg_error *err);

/** Whether `g` was built with the shard option (it carries the builder's state, JSON "shard")
 *  or merged with `keep_state`. */
EG_API int eg_graph_is_shard(const eg_graph *g);

/**
 * Merge graphs built from disjoint sets of articles into *out (a new graph; the inputs are
 * unchanged). When every graph is a shard graph (eg_graph_is_shard), the result is byte for
 * byte the graph one build of all their articles gives, and `keep_state` (non-zero) keeps the
 * state in the result for a merge of merges; otherwise entities are united by id and alias,
 * counts add up and cross-article resolution runs again over the whole.
 *
 * Errors: EG_ERR_INVALID (`keep_state` with a graph that is not a shard graph; an article in
 * two graphs, or graphs built with different windows, the graphs named by the file they were
 * loaded from; a count that overflows its 32 bits when added up: the merge fails, it never
 * wraps around), EG_ERR_PARSE (shards built with different options or NER models, or a bad
 * shard state), EG_ERR_NOMEM. About O(total nodes + edges) plus the resolution.
 */
EG_API eg_status eg_graph_merge(eg_graph *const *graphs, size_t n, int keep_state,
                                eg_graph **out, eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
