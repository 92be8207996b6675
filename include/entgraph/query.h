/*
 * entgraph/query.h - reading a graph and asking it questions.
 *
 *     size_t k;
 *     eg_error err;
 *     if (eg_graph_find(&k, g, "bazoum's", &err) != EG_OK) { fprintf(stderr, "%s\n", err.msg); }
 *     eg_neighbors *nb = NULL;
 *     if (eg_neighbors_create(&nb, g, k, 1, &err) == EG_OK) {
 *         for (size_t i = 0; i < eg_neighbors_count(nb); i++) {
 *             const eg_node *n = eg_graph_node(g, eg_neighbors_node(nb, i));
 *             const eg_edge *e = eg_graph_edge(g, eg_neighbors_edge(nb, i));
 *             printf("%u %s\n", eg_edge_weight(e), eg_node_label(n));
 *         }
 *     }
 *     eg_neighbors_destroy(nb);
 *
 * Nodes and edges are numbered 0 .. count-1 (nodes sorted by id, edges by source then target);
 * a number is valid as long as its graph is. Every `const eg_node *`, `const eg_edge *` and
 * every string returned here belongs to the graph: do not free it, and do not use it after
 * eg_graph_destroy(). Results that own memory (eg_neighbors, eg_path, eg_metrics,
 * eg_timeline) come from a _create / _compute call and are freed by the matching _destroy, which accepts NULL; an
 * eg_metrics reads its graph's node ids, so destroy it before the graph.
 *
 * Accessors take a valid pointer and an index in range; an index out of range gives NULL (or 0)
 * rather than undefined behaviour. Functions that can fail return an eg_status and fill `err`
 * (may be NULL); on failure their `*out` is NULL and nothing needs freeing.
 *
 * Threads: a graph is never modified by these calls, so any number of threads may query one
 * graph (or several) at once. Path and metrics use igraph, whose state is process-wide: the
 * library runs those igraph calls one thread at a time (a mutex), so they are safe but do not
 * run in parallel; lookup, accessors and neighbors run fully in parallel.
 */
#ifndef ENTGRAPH_QUERY_H
#define ENTGRAPH_QUERY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct eg_node eg_node; /* an entity */
typedef struct eg_edge eg_edge; /* two entities that share windows */

/* ---- the graph ------------------------------------------------------------------------------ */

/** Node number `i` (0 .. eg_graph_node_count() - 1), or NULL when out of range. O(1). */
EG_API const eg_node *eg_graph_node(const eg_graph *g, size_t i);
/** Edge number `i` (0 .. eg_graph_edge_count() - 1), or NULL when out of range. O(1). */
EG_API const eg_edge *eg_graph_edge(const eg_graph *g, size_t i);
/** The co-occurrence window the graph was built with. */
EG_API eg_window eg_graph_window(const eg_graph *g);
/** Articles the graph was built from. */
EG_API size_t eg_graph_document_count(const eg_graph *g);

/**
 * The node named `name` into *out: by id, label or any alias, in any case, with or without
 * diacritics or a possessive ("bazoum's", "BAZOUM", "Mohamed Bazoum" and "mohamed-bazoum" all
 * find Mohamed Bazoum) -- the lookup of `entgraph neighbors`. A label match beats an alias
 * match; more mentions break ties.
 *
 * Errors: EG_ERR_NOT_FOUND with "no entity named 'NAME'" and, when some labels are close,
 * "; did you mean: A, B?"; EG_ERR_INVALID when an argument is NULL. O(nodes + aliases).
 */
EG_API eg_status eg_graph_find(size_t *out, const eg_graph *g, const char *name, eg_error *err);

/** The node whose id is exactly `id` ("mohamed-bazoum"), or -1. O(log nodes). */
EG_API long eg_graph_find_id(const eg_graph *g, const char *id);

/* One article of the graph's document table. */
typedef struct eg_article {
    const char *id;
    const char *title; /* NULL when the input had none */
    const char *url;   /* NULL when the input had none */
    uint32_t date;     /* yyyymmdd, 0: none */
} eg_article;

/**
 * The article `doc_id` (as eg_node_doc(), eg_edge_doc() and eg_edge_evidence_doc() name it)
 * into *out, with its title, URL and date when the input had them -- what `entgraph neighbors
 * --evidence` shows beside a sentence. The strings belong to the graph.
 *
 * Errors: EG_ERR_NOT_FOUND when the graph's document table has no such article (graphs saved
 * before the table existed have none); EG_ERR_INVALID when an argument is NULL. O(articles).
 */
EG_API eg_status eg_graph_article(eg_article *out, const eg_graph *g, const char *doc_id,
                                  eg_error *err);

/* ---- nodes ----------------------------------------------------------------------------------- */

/** Unique slug ("mohamed-bazoum"). */
EG_API const char *eg_node_id(const eg_node *n);
/** Display name ("Mohamed Bazoum"). */
EG_API const char *eg_node_label(const eg_node *n);
EG_API eg_etype eg_node_type(const eg_node *n);
/** Distinct surface forms seen, sorted bytewise, the label included. */
EG_API size_t eg_node_alias_count(const eg_node *n);
/** Alias `i`, or NULL when out of range. */
EG_API const char *eg_node_alias(const eg_node *n, size_t i);
/** Times it was named. */
EG_API uint32_t eg_node_mentions(const eg_node *n);
/** Articles that name it. */
EG_API uint32_t eg_node_documents(const eg_node *n);
/** Ids of the articles that name it, sorted by id; at most the first 1000 are kept, so the
 *  count may be below eg_node_documents(). */
EG_API size_t eg_node_doc_count(const eg_node *n);
/** Article id `i`, or NULL when out of range. */
EG_API const char *eg_node_doc(const eg_node *n, size_t i);
/** Times it was named in article `i` (eg_node_doc(n, i)), at least 1; 0 when `i` is out of
 *  range or the graph does not know (a graph file saved by an older entgraph, or merged
 *  with one). O(1). */
EG_API uint32_t eg_node_doc_mentions(const eg_node *n, size_t i);
/** Date of the first / last dated article that names it, as yyyymmdd (20230726); 0 when no
 *  article naming it had a date. */
EG_API uint32_t eg_node_first_seen(const eg_node *n);
EG_API uint32_t eg_node_last_seen(const eg_node *n);

/* ---- edges ----------------------------------------------------------------------------------- */

/** Node numbers of the two ends; source < target. */
EG_API size_t eg_edge_source(const eg_edge *e);
EG_API size_t eg_edge_target(const eg_edge *e);
/** Windows (sentences by default) where both appear. */
EG_API uint32_t eg_edge_weight(const eg_edge *e);
/** Articles where both appear in one window. */
EG_API uint32_t eg_edge_documents(const eg_edge *e);
/** Normalized pointwise mutual information over windows, in [-1, 1]. */
EG_API double eg_edge_npmi(const eg_edge *e);
/** Ids of those articles, in input order (at most the first 1000). */
EG_API size_t eg_edge_doc_count(const eg_edge *e);
EG_API const char *eg_edge_doc(const eg_edge *e, size_t i);
/** Sentences behind the edge (up to the build's `evidence` option), in input order. */
EG_API size_t eg_edge_evidence_count(const eg_edge *e);
/** The text of evidence sentence `i` (whitespace collapsed), or NULL when out of range. */
EG_API const char *eg_edge_evidence_sentence(const eg_edge *e, size_t i);
/** The id of the article evidence sentence `i` comes from, or NULL when out of range. */
EG_API const char *eg_edge_evidence_doc(const eg_edge *e, size_t i);
/** yyyymmdd of its first / last dated article, 0 when none was dated. */
EG_API uint32_t eg_edge_first_seen(const eg_edge *e);
EG_API uint32_t eg_edge_last_seen(const eg_edge *e);

/* ---- neighbors ------------------------------------------------------------------------------- */

typedef struct eg_neighbors eg_neighbors;

/**
 * The entities up to `depth` hops (>= 1) from node `node`, in the order of `entgraph
 * neighbors`: by hops, then weight of the edge that reaches them (heaviest first), then label.
 * A node further than one hop is reached through the heaviest edge from the previous layer.
 *
 * Errors: EG_ERR_INVALID (NULL argument, node out of range, depth 0), EG_ERR_NOMEM.
 * O(nodes + edges) time and memory, plus the sort of the result.
 */
EG_API eg_status eg_neighbors_create(eg_neighbors **out, const eg_graph *g, size_t node,
                                     unsigned depth, eg_error *err);
EG_API void eg_neighbors_destroy(eg_neighbors *nb);
EG_API size_t eg_neighbors_count(const eg_neighbors *nb);
/** Node number of neighbour `i` (SIZE_MAX when out of range). */
EG_API size_t eg_neighbors_node(const eg_neighbors *nb, size_t i);
/** Edge number that reaches neighbour `i` from eg_neighbors_via() (SIZE_MAX when out of range). */
EG_API size_t eg_neighbors_edge(const eg_neighbors *nb, size_t i);
/** Node number neighbour `i` was reached from: the start node when hops is 1. */
EG_API size_t eg_neighbors_via(const eg_neighbors *nb, size_t i);
/** Hops from the start node (1 for direct neighbours; 0 when out of range). */
EG_API unsigned eg_neighbors_hops(const eg_neighbors *nb, size_t i);
/**
 * Write `nb` (the neighbors of node `node` of `g`) to `out` as the JSON object of `entgraph
 * neighbors --json`: {"entity": {id, label, type, mentions, documents}, "neighbors": [the same
 * and hops, via (beyond one hop), weight, edge_documents, npmi, evidence (when `evidence` is
 * non-zero: [{doc, sentence}])]}, the first `limit` (0: all), pretty-printed, then a newline.
 *
 * Errors: EG_ERR_INVALID (NULL argument, node out of range), EG_ERR_NOMEM (nothing written).
 * A write error is left in ferror(out). O(size of the answer).
 */
EG_API eg_status eg_neighbors_write_json(FILE *out, const eg_graph *g, size_t node,
                                         const eg_neighbors *nb, size_t limit, int evidence,
                                         eg_error *err);

/* ---- path ------------------------------------------------------------------------------------ */

typedef struct eg_path eg_path;

/**
 * The strongest chain of edges from node `from` to node `to`, as `entgraph path`: the shortest
 * path when an edge seen in w windows has length 1/w (Dijkstra). From a node to itself the path
 * has no hops.
 *
 * Errors: EG_ERR_NOT_FOUND "no path between 'A' and 'B'" when they are not connected;
 * EG_ERR_INVALID (NULL argument, node out of range), EG_ERR_NOMEM.
 * O((nodes + edges) log nodes).
 */
EG_API eg_status eg_path_create(eg_path **out, const eg_graph *g, size_t from, size_t to,
                                eg_error *err);
EG_API void eg_path_destroy(eg_path *p);
/** Hops (edges) on the path. */
EG_API size_t eg_path_length(const eg_path *p);
/** Edge number of hop `i` (0 .. length - 1), SIZE_MAX when out of range. */
EG_API size_t eg_path_edge(const eg_path *p, size_t i);
/** Node number `i` along the path (0 .. length): `from` first, `to` last; SIZE_MAX when out of
 *  range. */
EG_API size_t eg_path_node(const eg_path *p, size_t i);
/**
 * Write path `p` of `g` to `out` as the JSON object of `entgraph path --json`: {"from": node,
 * "to": node, "hops": [{from, to (ids), weight, doc and sentence (its first evidence)}]},
 * pretty-printed, then a newline. Errors and writing as eg_neighbors_write_json().
 */
EG_API eg_status eg_path_write_json(FILE *out, const eg_graph *g, const eg_path *p,
                                    eg_error *err);

/* ---- centrality and communities ---------------------------------------------------------------- */

typedef enum eg_metric {
    EG_METRIC_DEGREE = 0,      /* edges */
    EG_METRIC_STRENGTH = 1,    /* weighted degree: sum of edge weights */
    EG_METRIC_PAGERANK = 2,    /* weighted PageRank */
    EG_METRIC_BETWEENNESS = 3, /* edge length 1/weight; see eg_metrics_betweenness_cutoff() */
    EG_NMETRICS = 4
} eg_metric;

typedef struct eg_metrics eg_metrics;

/**
 * Every metric of `entgraph stats` for every node, and communities by Leiden (modularity, fixed
 * seed: the same graph gives the same communities). Betweenness is exact up to 5000 nodes and
 * counts only paths up to a length cutoff above that.
 *
 * Errors: EG_ERR_INVALID (NULL argument, an edge of weight 0), EG_ERR_NOMEM.
 * Roughly O(nodes * edges) for betweenness, O(edges) per iteration for the rest.
 */
EG_API eg_status eg_metrics_compute(eg_metrics **out, const eg_graph *g, eg_error *err);
EG_API void eg_metrics_destroy(eg_metrics *m);
/** The value of `metric` for node number `node` (0 when either is out of range). */
EG_API double eg_metrics_value(const eg_metrics *m, eg_metric metric, size_t node);
/**
 * The `k` nodes with the highest `metric`, in the order of `entgraph stats` (value descending,
 * then id): writes up to k node numbers to `nodes` and returns how many (min(k, nodes); 0 for
 * an unknown metric or when memory runs out). O(nodes log nodes).
 */
EG_API size_t eg_metrics_top(const eg_metrics *m, eg_metric metric, size_t k, size_t *nodes);
/** 0: betweenness is exact; else only paths up to this length were counted. */
EG_API double eg_metrics_betweenness_cutoff(const eg_metrics *m);
EG_API size_t eg_metrics_community_count(const eg_metrics *m);
/** Community of node number `node`: 0 is the largest (SIZE_MAX when out of range). */
EG_API size_t eg_metrics_community(const eg_metrics *m, size_t node);
EG_API double eg_metrics_modularity(const eg_metrics *m);
/**
 * Write the answer of `entgraph stats --json` for `g` and its metrics `m` to `out`: sizes,
 * entities per type, the `top` strongest entities by each metric (values rounded to 6
 * decimals) and the first `top` communities (member ids, strongest first), pretty-printed,
 * then a newline. Errors and writing as eg_neighbors_write_json(). O(nodes log nodes).
 */
EG_API eg_status eg_metrics_write_json(FILE *out, const eg_graph *g, const eg_metrics *m,
                                       size_t top, eg_error *err);

/* ---- timeline ------------------------------------------------------------------------------- */

typedef struct eg_timeline eg_timeline;

/**
 * The mentions and articles per month of node `node`, as `entgraph stats --timeline`: its article
 * ids (eg_node_doc(), at most the first 1000) dated by the graph's document table, every month
 * from the first to the last included (months without an article count 0).
 *
 * Errors: EG_ERR_INVALID (NULL argument, node out of range), EG_ERR_NOMEM.
 * O(articles of the graph + articles of the node).
 */
EG_API eg_status eg_timeline_create(eg_timeline **out, const eg_graph *g, size_t node,
                                    eg_error *err);
EG_API void eg_timeline_destroy(eg_timeline *t);
/** Distinct articles that name the node (dated or not) / of those, the undated ones. */
EG_API size_t eg_timeline_articles(const eg_timeline *t);
EG_API size_t eg_timeline_undated(const eg_timeline *t);
/** Months from the first to the last dated article (0 when none was dated). */
EG_API size_t eg_timeline_month_count(const eg_timeline *t);
/** Month `i` as yyyymm (202307), 0 when out of range. */
EG_API uint32_t eg_timeline_month(const eg_timeline *t, size_t i);
/** Articles of month `i` (0 when out of range). */
EG_API uint32_t eg_timeline_month_articles(const eg_timeline *t, size_t i);
/** 1 when the graph keeps the node's mentions per article, else 0 (graphs written before entgraph
 *  did, and nodes merged from them, do not: the mention counts below are then article counts). */
EG_API int eg_timeline_mentions_known(const eg_timeline *t);
/** Mentions in those articles / in the undated ones. */
EG_API size_t eg_timeline_mentions(const eg_timeline *t);
EG_API size_t eg_timeline_undated_mentions(const eg_timeline *t);
/** Mentions in the articles of month `i` (0 when out of range). */
EG_API uint32_t eg_timeline_month_mentions(const eg_timeline *t, size_t i);
/**
 * Write timeline `t` of node `node` of `g` to `out` as the JSON object of `entgraph stats
 * --timeline NAME --json` (months [{month "yyyy-mm", mentions, articles}], id, label,
 * mentions_known, mentions, articles, undated, undated_mentions, articles_total),
 * pretty-printed, then a newline. Errors and writing as eg_neighbors_write_json().
 */
EG_API eg_status eg_timeline_write_json(FILE *out, const eg_graph *g, size_t node,
                                        const eg_timeline *t, eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
