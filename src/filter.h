/*
 * filter.h - pruning a graph in place (build filters, render caps).
 */
#ifndef EG_FILTER_H
#define EG_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graph.h"

typedef struct eg_filter {
    uint32_t min_weight;   /* drop edges lighter than this */
    uint32_t min_mentions; /* drop nodes mentioned fewer times */
    size_t top;            /* keep at most this many nodes, strongest first (0: all) */
    bool drop_isolated;    /* drop nodes left without edges */
} eg_filter;

/** Apply `f`; reports how many nodes and edges were dropped (either may be NULL). */
eg_status eg_graph_filter(eg_graph *g, const eg_filter *f, size_t *dropped_nodes,
                          size_t *dropped_edges, eg_error *err);

/** Keep the marked nodes and edges (keep_edge may be NULL: all), remapping endpoints. */
eg_status eg_graph_keep(eg_graph *g, const bool *keep_node, const bool *keep_edge, eg_error *err);

#endif
