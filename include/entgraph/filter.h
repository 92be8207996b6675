/*
 * entgraph/filter.h - cutting a graph down in place: the build filters (--min-weight,
 * --min-mentions, --top) and any selection of nodes and edges.
 *
 * Both calls renumber what is left (nodes stay sorted by id, edges by source then target):
 * node and edge numbers and `const eg_node *` / `const eg_edge *` pointers taken before the
 * call are invalid after it. The graph must not be read by another thread meanwhile.
 */
#ifndef ENTGRAPH_FILTER_H
#define ENTGRAPH_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct eg_filter {
    uint32_t min_weight;   /* drop edges lighter than this */
    uint32_t min_mentions; /* drop nodes mentioned fewer times */
    size_t top;            /* keep at most this many nodes, strongest first (0: all) */
    bool drop_isolated;    /* drop nodes left without edges */
} eg_filter;

/** Apply `f`; reports how many nodes and edges were dropped (either pointer may be NULL).
 *  Errors: EG_ERR_NOMEM (the graph is unchanged). O(nodes log nodes + edges). */
EG_API eg_status eg_graph_filter(eg_graph *g, const eg_filter *f, size_t *dropped_nodes,
                                 size_t *dropped_edges, eg_error *err);

/** Keep node i when keep_node[i] and edge i when keep_edge[i] (keep_edge may be NULL: every
 *  edge between kept nodes); an edge to a dropped node goes too. Errors: EG_ERR_NOMEM (the
 *  graph is unchanged). O(nodes + edges). */
EG_API eg_status eg_graph_keep(eg_graph *g, const bool *keep_node, const bool *keep_edge,
                               eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
