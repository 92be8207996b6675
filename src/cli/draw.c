/*
 * draw.c - the safe way to draw a graph, shared by `render` and `build -o x.svg`: cut it to
 * the strongest entities, thin a hairball to about four connections per entity (an ego keeps
 * every edge to its neighbours), lay it out under a time limit, and say what was left out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

/* Drop edges lighter than min_weight, except the ego's own. */
static eg_status thin(eg_graph *g, uint32_t min_weight, long ego, eg_error *err)
{
    size_t nn = eg_graph_node_count(g), ne = eg_graph_edge_count(g);
    bool *kn = malloc((nn ? nn : 1) * sizeof *kn);
    bool *ke = malloc((ne ? ne : 1) * sizeof *ke);
    if (!kn || !ke) {
        free(kn);
        free(ke);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < nn; i++) {
        kn[i] = true;
    }
    for (size_t i = 0; i < ne; i++) {
        const eg_edge *e = eg_graph_edge(g, i);
        ke[i] = eg_edge_weight(e) >= min_weight || (long)eg_edge_source(e) == ego ||
                (long)eg_edge_target(e) == ego;
    }
    eg_status st = eg_graph_keep(g, kn, ke, err);
    free(kn);
    free(ke);
    return st;
}

int cli_draw(eg_graph *g, const char *out, const char *fmt, const cli_draw_opts *o)
{
    eg_error err = {0};
    size_t total_nodes = o->total_nodes ? o->total_nodes : eg_graph_node_count(g);
    size_t total_edges = o->total_edges ? o->total_edges : eg_graph_edge_count(g);
    eg_filter f = {.min_weight = o->min_weight, .top = o->max_nodes,
                   .drop_isolated = eg_graph_node_count(g) > o->max_nodes};
    if (eg_graph_filter(g, &f, NULL, NULL, &err) != EG_OK) {
        return cli_fail(&err);
    }
    long ego = o->ego ? eg_graph_find_id(g, o->ego) : -1;
    /* a hairball is useless: keep at most about four connections per entity, the weakest go */
    uint32_t w = o->min_weight;
    /* (ends: the ego's edges alone are fewer than its graph's nodes) */
    while (eg_graph_edge_count(g) > 4 * eg_graph_node_count(g) + 8) {
        if (thin(g, ++w, ego, &err) != EG_OK) {
            return cli_fail(&err);
        }
    }
    if (eg_render_limited(g, out, fmt, o->layout, ego >= 0 ? o->ego : NULL, o->timeout, &err) !=
        EG_OK) {
        return cli_fail(&err);
    }
    size_t nn = eg_graph_node_count(g), ne = eg_graph_edge_count(g);
    if (nn < total_nodes || ne < total_edges) {
        fprintf(stderr, "%s: drew %zu of %zu entities and %zu of %zu connections (%s); see "
                        "--max-nodes, --min-weight, --ego\n",
                out, nn, total_nodes, ne, total_edges,
                o->ego ? "the neighbourhood of the entity" : "the strongest first");
    }
    return EG_EXIT_OK;
}
