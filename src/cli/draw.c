/*
 * draw.c - the safe way to draw a graph, shared by `render` and `build -o x.svg`: cut it to
 * the strongest entities, thin a hairball to about four connections per entity (an ego keeps
 * every edge to its neighbours), lay it out under a time limit, and say what was left out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../filter.h"
#include "../graph.h"
#include "../render.h"
#include "commands.h"

/* Drop edges lighter than min_weight, except the ego's own. */
static eg_status thin(eg_graph *g, uint32_t min_weight, long ego, eg_error *err)
{
    bool *kn = malloc((g->nnodes ? g->nnodes : 1) * sizeof *kn);
    bool *ke = malloc((g->nedges ? g->nedges : 1) * sizeof *ke);
    if (!kn || !ke) {
        free(kn);
        free(ke);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        kn[i] = true;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        ke[i] = e->weight >= min_weight || (long)e->source == ego || (long)e->target == ego;
    }
    eg_status st = eg_graph_keep(g, kn, ke, err);
    free(kn);
    free(ke);
    return st;
}

int cli_draw(eg_graph *g, const char *out, const char *fmt, const cli_draw_opts *o)
{
    eg_error err = {0};
    size_t total_nodes = o->total_nodes ? o->total_nodes : g->nnodes;
    size_t total_edges = o->total_edges ? o->total_edges : g->nedges;
    eg_filter f = {.min_weight = o->min_weight, .top = o->max_nodes,
                   .drop_isolated = g->nnodes > o->max_nodes};
    if (eg_graph_filter(g, &f, NULL, NULL, &err) != EG_OK) {
        return cli_fail(&err);
    }
    long ego = o->ego ? eg_graph_find_id(g, o->ego) : -1;
    /* a hairball is useless: keep at most about four connections per entity, the weakest go */
    uint32_t w = o->min_weight;
    /* (ends: the ego's edges alone are fewer than its graph's nodes) */
    while (g->nedges > 4 * g->nnodes + 8) {
        if (thin(g, ++w, ego, &err) != EG_OK) {
            return cli_fail(&err);
        }
    }
    if (eg_render_limited(g, out, fmt, o->layout, ego >= 0 ? o->ego : NULL, o->timeout, &err) !=
        EG_OK) {
        return cli_fail(&err);
    }
    if (g->nnodes < total_nodes || g->nedges < total_edges) {
        fprintf(stderr, "%s: drew %zu of %zu entities and %zu of %zu connections (%s); see "
                        "--max-nodes, --min-weight, --ego\n",
                out, g->nnodes, total_nodes, g->nedges, total_edges,
                o->ego ? "the neighbourhood of the entity" : "the strongest first");
    }
    return EG_EXIT_OK;
}
