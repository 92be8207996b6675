/*
 * filter.c - pruning a graph in place: weak edges, rare nodes, and a cap on the node count
 * (the strongest nodes by weighted degree, then mentions, then id, so the result is
 * deterministic). Removing nodes remaps edge endpoints; order is preserved.
 */
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "util.h"

typedef struct rank {
    uint32_t node;
    uint64_t strength;
    uint32_t mentions;
    const char *id;
} rank;

static int cmp_rank(const void *x, const void *y)
{
    const rank *a = x, *b = y;
    if (a->strength != b->strength) {
        return a->strength > b->strength ? -1 : 1;
    }
    if (a->mentions != b->mentions) {
        return a->mentions > b->mentions ? -1 : 1;
    }
    return strcmp(a->id, b->id);
}

eg_status eg_graph_keep(eg_graph *g, const bool *keep_node, const bool *keep_edge, eg_error *err)
{
    uint32_t *map = malloc((g->nnodes ? g->nnodes : 1) * sizeof *map);
    if (!map) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    size_t nn = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (keep_node[i]) {
            map[i] = (uint32_t)nn;
            g->nodes[nn++] = g->nodes[i];
        } else {
            map[i] = UINT32_MAX; /* its strings stay in the graph's arena until the end */
        }
    }
    size_t ne = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        eg_edge *e = &g->edges[i];
        if ((!keep_edge || keep_edge[i]) && map[e->source] != UINT32_MAX &&
            map[e->target] != UINT32_MAX) {
            e->source = map[e->source];
            e->target = map[e->target];
            g->edges[ne++] = *e;
        }
    }
    g->nnodes = nn;
    g->nedges = ne;
    free(map);
    return EG_OK;
}

eg_status eg_graph_filter(eg_graph *g, const eg_filter *f, size_t *dropped_nodes,
                          size_t *dropped_edges, eg_error *err)
{
    size_t n0 = g->nnodes, e0 = g->nedges;
    bool *kn = malloc((g->nnodes ? g->nnodes : 1) * sizeof *kn);
    bool *ke = malloc((g->nedges ? g->nedges : 1) * sizeof *ke);
    rank *r = malloc((g->nnodes ? g->nnodes : 1) * sizeof *r);
    if (!kn || !ke || !r) {
        free(kn);
        free(ke);
        free(r);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        kn[i] = g->nodes[i].mentions >= f->min_mentions;
        r[i] = (rank){(uint32_t)i, 0, g->nodes[i].mentions, g->nodes[i].id};
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        ke[i] = e->weight >= f->min_weight && kn[e->source] && kn[e->target];
        if (ke[i]) {
            r[e->source].strength += e->weight;
            r[e->target].strength += e->weight;
        }
    }
    if (f->drop_isolated) {
        for (size_t i = 0; i < g->nnodes; i++) {
            kn[i] = kn[i] && r[i].strength > 0;
        }
    }
    if (f->top && f->top < g->nnodes) {
        eg_sort(r, g->nnodes, sizeof *r, cmp_rank);
        size_t kept = 0;
        for (size_t i = 0; i < g->nnodes; i++) {
            if (kn[r[i].node]) {
                if (kept < f->top) {
                    kept++;
                } else {
                    kn[r[i].node] = false;
                }
            }
        }
    }
    eg_status st = eg_graph_keep(g, kn, ke, err);
    free(kn);
    free(ke);
    free(r);
    if (dropped_nodes) {
        *dropped_nodes = n0 - g->nnodes;
    }
    if (dropped_edges) {
        *dropped_edges = e0 - g->nedges;
    }
    return st;
}
