/*
 * query.h - questions on a built graph: find an entity by any name, its neighbourhood, the
 * strongest path between two entities, centrality and communities, and merging shard graphs.
 *
 * All functions read an eg_graph (graph.h) and never modify it, except eg_query_merge which
 * builds a new one. Results are plain arrays the caller frees with the matching _fini.
 */
#ifndef EG_QUERY_H
#define EG_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graph.h"

/**
 * The node named `name`: by id, label or alias, in any case, with or without diacritics or a
 * possessive. Returns -1 when none, EG_QUERY_NOMEM when out of memory; with -1, `suggest` (may
 * be NULL) receives up to 5 close labels joined with ", " (malloc'd, or NULL when there is
 * none). O(nodes + aliases).
 */
long eg_query_find(const eg_graph *g, const char *name, char **suggest);
/* eg_query_find ran out of memory (then *suggest is NULL) */
#define EG_QUERY_NOMEM (-2L)

typedef struct eg_neighbor {
    uint32_t node;  /* neighbour node index */
    uint32_t edge;  /* edge from the previous hop (the heaviest one) */
    uint32_t via;   /* node it was reached from */
    unsigned hops;  /* 1 for direct neighbours */
} eg_neighbor;

/** Neighbours up to `depth` hops, sorted by hops, then weight (descending), then label. */
eg_status eg_query_neighbors(const eg_graph *g, uint32_t node, unsigned depth, eg_neighbor **out,
                             size_t *n, eg_error *err);

/** Strongest path: Dijkstra with edge length 1/weight. *nedges 0 and EG_OK when unreachable. */
eg_status eg_query_path(const eg_graph *g, uint32_t from, uint32_t to, uint32_t **edges,
                        size_t *nedges, eg_error *err);

typedef struct eg_stats {
    double *degree;      /* per node */
    double *strength;    /* weighted degree */
    double *pagerank;    /* weighted PageRank */
    double *betweenness; /* with edge lengths 1/weight */
    double betweenness_cutoff; /* 0: exact; else only paths up to this length were counted */
    int64_t *community;  /* Leiden (modularity), communities numbered by size */
    size_t ncommunities;
    double modularity;
} eg_stats;

eg_status eg_query_stats(const eg_graph *g, eg_stats *out, eg_error *err);
void eg_stats_fini(eg_stats *s);

/** Whether graphs may be merged: built with one window, and no article in two of them (merge
 *  adds their counts). EG_ERR_INVALID names the inputs by their source (graph.h) or place. */
eg_status eg_merge_check(eg_graph *const *graphs, size_t n, eg_error *err);

/** Combine graphs of disjoint document sets into one (see README: merging shards). */
eg_status eg_query_merge(eg_graph *const *graphs, size_t n, eg_graph **out, eg_error *err);

#endif
