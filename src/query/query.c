/*
 * query.c - lookups, neighbourhoods, paths, centrality, communities and shard merging.
 *
 * Name lookup compares eg_gaz_key() forms, so "bazoum", "Bazoum's" and "BAZOUM" all find
 * Mohamed Bazoum through his alias; a label match beats an alias match, and more mentions
 * break ties. Graph algorithms run on an igraph copy of the topology with the weights as a
 * vector: PageRank and Leiden use weights as strengths, shortest paths and betweenness use
 * 1/weight as lengths (a heavy edge is a short hop). Leiden optimizes modularity (node
 * weights = strengths, resolution 1/2m) from a fixed RNG seed so results are repeatable.
 */
#include "query.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

#include "alias.h"
#include "builder.h"
#include "export.h"
#include "gazetteer.h"
#include "resolve.h"
#include "util.h"

#define EG_BETWEENNESS_EXACT 5000

/* ---- lookup -------------------------------------------------------------------------------- */

typedef struct cand {
    uint32_t node;
    unsigned dist;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->dist != y->dist) {
        return x->dist < y->dist ? -1 : 1;
    }
    return x->node < y->node ? -1 : x->node > y->node;
}

long eg_query_find(const eg_graph *g, const char *name, char **suggest)
{
    if (suggest) {
        *suggest = NULL;
    }
    long by_id = eg_graph_find_id(g, name);
    if (by_id >= 0) {
        return by_id;
    }
    eg_buf want = {0}, k = {0};
    if (!eg_gaz_key(&want, name, strlen(name))) {
        return EG_QUERY_NOMEM;
    }
    bool ok = true;
    long best = -1;
    int best_rank = 0;
    cand *cands = NULL;
    size_t nc = 0, cap = 0;
    /* exact keys first; only a name that matches nothing pays for suggestions */
    char **want_suggest = suggest;
    suggest = NULL;
again:
    for (size_t i = 0; ok && i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        int rank = 0;
        unsigned dmin = UINT32_MAX;
        for (size_t a = 0; ok && a <= n->naliases; a++) {
            const char *s = a == n->naliases ? n->label : n->aliases[a];
            ok = eg_gaz_key(&k, s, strlen(s));
            if (!ok) {
                break;
            }
            if (k.len == want.len && memcmp(k.data, want.data, k.len) == 0) {
                int r = a == n->naliases ? 2 : 1;
                rank = r > rank ? r : rank;
            } else if (suggest) {
                unsigned d = eg_alias_edit_distance(want.data, want.len, k.data, k.len, 3);
                bool prefix = want.len >= 3 && k.len > want.len &&
                              memcmp(k.data, want.data, want.len) == 0;
                if (prefix && d > 2) {
                    d = 2;
                }
                /* a word of the name that matches ("putin" in "vladimir putin") */
                const char *w = strstr(k.data, want.data);
                if (w && want.len >= 3 && (w == k.data || w[-1] == ' ') &&
                    (w[want.len] == '\0' || w[want.len] == ' ') && d > 1) {
                    d = 1;
                }
                dmin = d < dmin ? d : dmin;
            }
        }
        if (rank > best_rank ||
            (rank > 0 && rank == best_rank && n->mentions > g->nodes[best].mentions)) {
            best = (long)i;
            best_rank = rank;
        }
        if (ok && suggest && rank == 0 && dmin <= 3) {
            ok = EG_GROW(cands, cap, nc + 1);
            if (ok) {
                cands[nc++] = (cand){(uint32_t)i, dmin};
            }
        }
    }
    if (ok && best < 0 && want_suggest && !suggest) {
        suggest = want_suggest;
        goto again;
    }
    if (ok && best < 0 && suggest && nc) {
        eg_sort(cands, nc, sizeof *cands, cmp_cand);
        eg_buf out = {0};
        for (size_t i = 0; ok && i < nc && i < 5; i++) {
            ok = eg_buf_printf(&out, "%s%s", i ? ", " : "", g->nodes[cands[i].node].label);
        }
        *suggest = ok ? eg_buf_steal(&out) : NULL;
        ok = ok && *suggest;
        eg_buf_fini(&out);
    }
    free(cands);
    eg_buf_fini(&want);
    eg_buf_fini(&k);
    return ok ? best : EG_QUERY_NOMEM;
}

/* ---- adjacency ------------------------------------------------------------------------------ */

typedef struct adj {
    size_t *off;   /* nnodes + 1 */
    uint32_t *nb;  /* neighbour node */
    uint32_t *ed;  /* edge index */
} adj;

static bool adj_build(const eg_graph *g, adj *a)
{
    a->off = calloc(g->nnodes + 1, sizeof *a->off);
    a->nb = malloc((2 * g->nedges + 1) * sizeof *a->nb);
    a->ed = malloc((2 * g->nedges + 1) * sizeof *a->ed);
    size_t *fill = calloc(g->nnodes + 1, sizeof *fill);
    if (!a->off || !a->nb || !a->ed || !fill) {
        free(fill);
        free(a->off);
        free(a->nb);
        free(a->ed);
        return false;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        a->off[g->edges[i].source + 1]++;
        a->off[g->edges[i].target + 1]++;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        a->off[i + 1] += a->off[i];
    }
    for (size_t i = 0; i < g->nedges; i++) {
        uint32_t s = g->edges[i].source, t = g->edges[i].target;
        a->nb[a->off[s] + fill[s]] = t;
        a->ed[a->off[s] + fill[s]++] = (uint32_t)i;
        a->nb[a->off[t] + fill[t]] = s;
        a->ed[a->off[t] + fill[t]++] = (uint32_t)i;
    }
    free(fill);
    return true;
}

static void adj_fini(adj *a)
{
    free(a->off);
    free(a->nb);
    free(a->ed);
}

/* A neighbour with the keys of its rank, so the comparator needs no graph (and no shared
 * state: queries may run on several threads at once). */
typedef struct ranked_neighbor {
    eg_neighbor nb;
    uint32_t weight;   /* of the edge that reaches it */
    const char *label; /* its label */
} ranked_neighbor;

static int cmp_neighbor(const void *x, const void *y)
{
    const ranked_neighbor *a = x, *b = y;
    if (a->nb.hops != b->nb.hops) {
        return a->nb.hops < b->nb.hops ? -1 : 1;
    }
    if (a->weight != b->weight) {
        return a->weight > b->weight ? -1 : 1;
    }
    int c = strcmp(a->label, b->label);
    return c ? c : (a->nb.node < b->nb.node ? -1 : a->nb.node > b->nb.node);
}

/* Sort res[0..n) by hops, then weight (descending), then label, then node. */
static bool sort_neighbors(const eg_graph *g, eg_neighbor *res, size_t n)
{
    ranked_neighbor *r = malloc((n ? n : 1) * sizeof *r);
    if (!r) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        r[i] = (ranked_neighbor){res[i], g->edges[res[i].edge].weight,
                                 g->nodes[res[i].node].label};
    }
    eg_sort(r, n, sizeof *r, cmp_neighbor);
    for (size_t i = 0; i < n; i++) {
        res[i] = r[i].nb;
    }
    free(r);
    return true;
}

eg_status eg_query_neighbors(const eg_graph *g, uint32_t node, unsigned depth, eg_neighbor **out,
                             size_t *n, eg_error *err)
{
    *out = NULL;
    *n = 0;
    adj a;
    unsigned *hop = malloc((g->nnodes ? g->nnodes : 1) * sizeof *hop);
    eg_neighbor *res = malloc((g->nnodes ? g->nnodes : 1) * sizeof *res);
    uint32_t *queue = malloc((g->nnodes ? g->nnodes : 1) * sizeof *queue);
    if (!hop || !res || !queue || !adj_build(g, &a)) {
        free(hop);
        free(res);
        free(queue);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        hop[i] = UINT32_MAX;
    }
    /* breadth-first; each node keeps the heaviest edge from the previous layer */
    size_t qh = 0, qt = 0, nr = 0;
    hop[node] = 0;
    queue[qt++] = node;
    while (qh < qt) {
        uint32_t u = queue[qh++];
        if (hop[u] >= depth) {
            continue;
        }
        for (size_t k = a.off[u]; k < a.off[u + 1]; k++) {
            uint32_t v = a.nb[k], e = a.ed[k];
            if (hop[v] == UINT32_MAX) {
                hop[v] = hop[u] + 1;
                queue[qt++] = v;
                res[nr++] = (eg_neighbor){v, e, u, hop[v]};
            } else if (hop[v] == hop[u] + 1) {
                for (size_t r = 0; r < nr; r++) {
                    if (res[r].node == v && g->edges[e].weight > g->edges[res[r].edge].weight) {
                        res[r].edge = e;
                        res[r].via = u;
                    }
                }
            }
        }
    }
    bool sorted = sort_neighbors(g, res, nr);
    free(hop);
    free(queue);
    adj_fini(&a);
    if (!sorted) {
        free(res);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    *out = res;
    *n = nr;
    return EG_OK;
}

/* ---- igraph views --------------------------------------------------------------------------- */

/* Callers hold eg_igraph_lock(). */
static eg_status to_igraph(const eg_graph *g, igraph_t *ig, igraph_vector_t *w, bool lengths,
                           eg_error *err)
{
    eg_status st = eg_igraph_from_graph(ig, g, err);
    if (st != EG_OK) {
        return st;
    }
    if (igraph_vector_init(w, (igraph_integer_t)g->nedges) != IGRAPH_SUCCESS) {
        igraph_destroy(ig);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nedges; i++) {
        double wt = g->edges[i].weight > 0 ? g->edges[i].weight : 1;
        VECTOR(*w)[i] = lengths ? 1.0 / wt : wt;
    }
    return EG_OK;
}

static eg_status query_path(const eg_graph *g, uint32_t from, uint32_t to, uint32_t **edges,
                            size_t *nedges, eg_error *err)
{
    *edges = NULL;
    *nedges = 0;
    igraph_t ig;
    igraph_vector_t len;
    eg_status st = to_igraph(g, &ig, &len, true, err);
    if (st != EG_OK) {
        return st;
    }
    igraph_vector_int_t ve;
    igraph_vector_int_init(&ve, 0);
    igraph_error_t rc = igraph_get_shortest_path_dijkstra(&ig, NULL, &ve, from, to, &len,
                                                          IGRAPH_ALL);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_error_set(err, EG_ERR_INVALID, "shortest path failed: %s", igraph_strerror(rc));
    } else {
        size_t n = (size_t)igraph_vector_int_size(&ve);
        *edges = malloc((n ? n : 1) * sizeof **edges);
        if (!*edges) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        } else {
            for (size_t i = 0; i < n; i++) {
                (*edges)[i] = (uint32_t)VECTOR(ve)[i];
            }
            *nedges = n;
        }
    }
    igraph_vector_int_destroy(&ve);
    igraph_vector_destroy(&len);
    igraph_destroy(&ig);
    return st;
}

eg_status eg_query_path(const eg_graph *g, uint32_t from, uint32_t to, uint32_t **edges,
                        size_t *nedges, eg_error *err)
{
    eg_igraph_lock();
    eg_status st = query_path(g, from, to, edges, nedges, err);
    eg_igraph_unlock();
    return st;
}

void eg_stats_fini(eg_stats *s)
{
    if (s) {
        free(s->degree);
        free(s->strength);
        free(s->pagerank);
        free(s->betweenness);
        free(s->community);
        memset(s, 0, sizeof *s);
    }
}

typedef struct comm_size {
    int64_t id;
    size_t size;
    double strength;
} comm_size;

static int cmp_comm(const void *a, const void *b)
{
    const comm_size *x = a, *y = b;
    if (x->size != y->size) {
        return x->size > y->size ? -1 : 1;
    }
    if (x->strength != y->strength) {
        return x->strength > y->strength ? -1 : 1;
    }
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Leiden until the partition stops changing, as igraph's n_iterations = -1 does, but at most
 * LEIDEN_MAX_ROUNDS rounds: with weights that are not positive (an edge of weight 0 in a
 * hand-made graph) igraph's own loop never ends. Each round continues from the last
 * partition with the same random stream, so a converging run gives igraph's result. */
#define LEIDEN_MAX_ROUNDS 100

/* Leiden runs until the partition stops changing (n_iterations = -1), which never happens
 * with edge weights that are not positive: two nodes joined by an edge of weight 0 spun
 * forever. Weights are checked on load and here, and igraph's interruption checks (one per
 * node visit, plus a few per round) are counted so that no input can make it loop:
 * converging runs on news graphs use well under LEIDEN_BUDGET visits per node and edge
 * (BBC: 23,151 visits for 34,891 nodes and edges). The count, unlike a clock, is deterministic. */
#define LEIDEN_BUDGET 100

static _Thread_local uint64_t leiden_visits, leiden_limit;

static igraph_error_t count_visit(void *data)
{
    (void)data;
    return ++leiden_visits > leiden_limit ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

static igraph_error_t leiden_bounded(const igraph_t *ig, const igraph_vector_t *w,
                                     const igraph_vector_t *nodew, double resolution,
                                     igraph_vector_int_t *memb, igraph_integer_t *ncl,
                                     igraph_real_t *quality)
{
    leiden_visits = 0;
    leiden_limit = LEIDEN_BUDGET * (uint64_t)(igraph_vcount(ig) + igraph_ecount(ig) + 100);
    igraph_interruption_handler_t *old = igraph_set_interruption_handler(count_visit);
    igraph_error_t rc = igraph_community_leiden(ig, w, nodew, resolution, 0.01, false, -1, memb,
                                                ncl, quality);
    igraph_set_interruption_handler(old);
    return rc;
}

/* Communities numbered by size (then strength), so the numbering is meaningful and stable. */
static igraph_error_t stats_renumber(const eg_graph *g, const igraph_vector_int_t *memb,
                                     igraph_integer_t ncl, eg_stats *out)
{
    comm_size *cs = calloc((size_t)ncl + 1, sizeof *cs);
    int64_t *map = calloc((size_t)ncl + 1, sizeof *map);
    if (!cs || !map) {
        free(cs);
        free(map);
        return IGRAPH_ENOMEM;
    }
    for (igraph_integer_t c = 0; c < ncl; c++) {
        cs[c].id = c;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        cs[VECTOR(*memb)[i]].size++;
        cs[VECTOR(*memb)[i]].strength += out->strength[i];
    }
    eg_sort(cs, (size_t)ncl, sizeof *cs, cmp_comm);
    for (igraph_integer_t c = 0; c < ncl; c++) {
        map[cs[c].id] = c;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        out->community[i] = map[VECTOR(*memb)[i]];
    }
    out->ncommunities = (size_t)ncl;
    free(cs);
    free(map);
    return IGRAPH_SUCCESS;
}

/* PageRank and betweenness of every node (w: edge weights). */
static igraph_error_t stats_centrality(const eg_graph *g, const igraph_t *ig,
                                       const igraph_vector_t *w, eg_stats *out)
{
    igraph_vector_t len, res;
    if (igraph_vector_init(&len, (igraph_integer_t)g->nedges) != IGRAPH_SUCCESS) {
        return IGRAPH_ENOMEM;
    }
    if (igraph_vector_init(&res, 0) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&len);
        return IGRAPH_ENOMEM;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        VECTOR(len)[i] = 1.0 / VECTOR(*w)[i];
    }
    igraph_error_t rc = igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL,
                                        igraph_vss_all(), false, 0.85, g->nedges ? w : NULL,
                                        NULL);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->nnodes; i++) {
        out->pagerank[i] = VECTOR(res)[i];
    }
    if (rc == IGRAPH_SUCCESS) {
        /* exact betweenness is O(V E); past EG_BETWEENNESS_EXACT entities only paths of
         * length <= 0.5 (edge length 1/weight) are counted, and stats says so */
        if (g->nnodes <= EG_BETWEENNESS_EXACT) {
            rc = igraph_betweenness(ig, &res, igraph_vss_all(), false, g->nedges ? &len : NULL);
        } else {
            out->betweenness_cutoff = 0.5;
            rc = igraph_betweenness_cutoff(ig, &res, igraph_vss_all(), false,
                                           g->nedges ? &len : NULL, out->betweenness_cutoff);
        }
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < g->nnodes; i++) {
            out->betweenness[i] = VECTOR(res)[i];
        }
    }
    igraph_vector_destroy(&res);
    igraph_vector_destroy(&len);
    return rc;
}

/* Leiden communities (modularity with node strengths, seeded, bounded) and their modularity;
 * with no edges every node is its own community. */
static igraph_error_t stats_communities(const eg_graph *g, const igraph_t *ig,
                                        const igraph_vector_t *w, eg_stats *out)
{
    if (g->nedges == 0) {
        for (size_t i = 0; i < g->nnodes; i++) {
            out->community[i] = (int64_t)i;
        }
        out->ncommunities = g->nnodes;
        return IGRAPH_SUCCESS;
    }
    igraph_vector_int_t memb;
    igraph_vector_t nodew;
    if (igraph_vector_int_init(&memb, 0) != IGRAPH_SUCCESS) {
        return IGRAPH_ENOMEM;
    }
    if (igraph_vector_init(&nodew, (igraph_integer_t)g->nnodes) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&memb);
        return IGRAPH_ENOMEM;
    }
    double total = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        VECTOR(nodew)[i] = out->strength[i];
        total += out->strength[i];
    }
    igraph_rng_seed(igraph_rng_default(), 42);
    igraph_integer_t ncl = 0;
    igraph_real_t quality = 0;
    igraph_error_t rc = leiden_bounded(ig, w, &nodew, 1.0 / total, &memb, &ncl, &quality);
    if (rc == IGRAPH_SUCCESS) {
        rc = igraph_modularity(ig, &memb, w, 1.0, false, &out->modularity);
    }
    if (rc == IGRAPH_SUCCESS) {
        rc = stats_renumber(g, &memb, ncl, out);
    }
    igraph_vector_int_destroy(&memb);
    igraph_vector_destroy(&nodew);
    return rc;
}

/* Degree and strength of every node; EG_ERR_INVALID for an edge of weight 0. */
static eg_status stats_degrees(const eg_graph *g, eg_stats *out, eg_error *err)
{
    for (size_t i = 0; i < g->nedges; i++) {
        if (g->edges[i].weight == 0) {
            return eg_error_set(err, EG_ERR_INVALID, "edge '%s' -- '%s' has weight 0",
                                g->nodes[g->edges[i].source].id, g->nodes[g->edges[i].target].id);
        }
    }
    size_t n = g->nnodes ? g->nnodes : 1;
    out->degree = calloc(n, sizeof *out->degree);
    out->strength = calloc(n, sizeof *out->strength);
    out->pagerank = calloc(n, sizeof *out->pagerank);
    out->betweenness = calloc(n, sizeof *out->betweenness);
    out->community = calloc(n, sizeof *out->community);
    if (!out->degree || !out->strength || !out->pagerank || !out->betweenness ||
        !out->community) {
        eg_stats_fini(out);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        out->degree[e->source]++;
        out->degree[e->target]++;
        out->strength[e->source] += e->weight;
        out->strength[e->target] += e->weight;
    }
    return EG_OK;
}

static eg_status query_stats(const eg_graph *g, eg_stats *out, eg_error *err)
{
    memset(out, 0, sizeof *out);
    eg_status st = stats_degrees(g, out, err);
    if (st != EG_OK || g->nnodes == 0) {
        return st;
    }
    igraph_t ig;
    igraph_vector_t w;
    st = to_igraph(g, &ig, &w, false, err);
    if (st != EG_OK) {
        eg_stats_fini(out);
        return st;
    }
    igraph_error_t rc = stats_centrality(g, &ig, &w, out);
    if (rc == IGRAPH_SUCCESS) {
        rc = stats_communities(g, &ig, &w, out);
    }
    igraph_vector_destroy(&w);
    igraph_destroy(&ig);
    if (rc == IGRAPH_SUCCESS) {
        return EG_OK;
    }
    eg_stats_fini(out);
    if (rc == IGRAPH_INTERRUPTED) {
        return eg_error_set(err, EG_ERR_INVALID,
                            "community detection did not converge (stopped after %d steps per "
                            "entity and connection)", LEIDEN_BUDGET);
    }
    if (rc == IGRAPH_ENOMEM) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    return eg_error_set(err, EG_ERR_INVALID, "graph statistics failed: %s", igraph_strerror(rc));
}

eg_status eg_query_stats(const eg_graph *g, eg_stats *out, eg_error *err)
{
    eg_igraph_lock();
    eg_status st = query_stats(g, out, err);
    eg_igraph_unlock();
    return st;
}

/* ---- merging shard graphs -------------------------------------------------------------------- */

typedef struct mnode {
    const eg_node *n;
    char *key;   /* the full-name key of its label (eg_org_key for organizations) */
    uint32_t in; /* position among the input nodes, graph after graph */
} mnode;

static int cmp_mnode(const void *x, const void *y)
{
    const mnode *a = x, *b = y;
    if (a->n->type != b->n->type) {
        return a->n->type < b->n->type ? -1 : 1;
    }
    int c = strcmp(a->key, b->key);
    if (c == 0) {
        c = strcmp(a->n->label, b->n->label);
    }
    if (c == 0 && a->n->mentions != b->n->mentions) {
        c = a->n->mentions > b->n->mentions ? -1 : 1;
    }
    return c ? c : (a->in < b->in ? -1 : a->in > b->in);
}

typedef struct medge {
    uint32_t a, b; /* merged node indices, a < b */
    const eg_edge *e;
} medge;

static int cmp_medge(const void *x, const void *y)
{
    const medge *p = x, *q = y;
    if (p->a != q->a) {
        return p->a < q->a ? -1 : 1;
    }
    return p->b < q->b ? -1 : p->b > q->b;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted unique copy of a string list in the graph's arena; returns the count, or SIZE_MAX on
 * failure. */
static size_t unique_strings(eg_graph *g, char **v, size_t n, char ***out)
{
    eg_sort(v, n, sizeof *v, cmp_str);
    char **u = eg_graph_calloc(g, n, sizeof *u);
    if (!u) {
        return SIZE_MAX;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k == 0 || strcmp(u[k - 1], v[i]) != 0) {
            if (!(u[k] = eg_graph_strdup(g, v[i]))) {
                return SIZE_MAX;
            }
            k++;
        }
    }
    *out = u;
    return k;
}

typedef struct doc_count {
    const char *id;
    uint32_t mentions;
} doc_count;

static int cmp_doc_count(const void *x, const void *y)
{
    return strcmp(((const doc_count *)x)->id, ((const doc_count *)y)->id);
}

/* A merged node's documents: its members' lists together, sorted and unique, with the
 * mentions in each document summed (unknown when a member's are). False: out of memory, or
 * *overflow set: a document's mentions overflow. */
static bool merge_node_docs(eg_graph *g, eg_node *d, const mnode *mn, const uint32_t *mem,
                            size_t nm, bool *overflow)
{
    size_t ndoc = 0;
    bool counts = true;
    for (size_t q = 0; q < nm; q++) {
        const eg_node *s = mn[mem[q]].n;
        ndoc += s->ndocs;
        counts = counts && (s->doc_mentions || !s->ndocs);
    }
    doc_count *all = malloc((ndoc ? ndoc : 1) * sizeof *all);
    d->docs = eg_graph_calloc(g, ndoc, sizeof *d->docs);
    d->doc_mentions = counts ? eg_graph_calloc(g, ndoc, sizeof *d->doc_mentions) : NULL;
    if (!all || !d->docs || (counts && !d->doc_mentions)) {
        free(all);
        return false;
    }
    size_t k = 0;
    for (size_t q = 0; q < nm; q++) {
        const eg_node *s = mn[mem[q]].n;
        for (size_t a = 0; a < s->ndocs; a++) {
            all[k++] = (doc_count){s->docs[a], counts ? s->doc_mentions[a] : 0};
        }
    }
    eg_sort(all, k, sizeof *all, cmp_doc_count);
    bool ok = true;
    for (size_t i = 0; ok && i < k; i++) {
        if (d->ndocs && strcmp(d->docs[d->ndocs - 1], all[i].id) == 0) {
            /* one article named by two of its members (resolution joined them) */
            uint32_t *sum = counts ? &d->doc_mentions[d->ndocs - 1] : NULL;
            ok = !sum || all[i].mentions <= UINT32_MAX - *sum;
            *overflow = !ok;
            if (sum && ok) {
                *sum += all[i].mentions;
            }
            continue;
        }
        if (counts) {
            d->doc_mentions[d->ndocs] = all[i].mentions;
        }
        d->docs[d->ndocs] = eg_graph_strdup(g, all[i].id);
        ok = d->docs[d->ndocs++] != NULL;
    }
    free(all);
    return ok;
}

static int cmp_document(const void *x, const void *y)
{
    const eg_document *a = x, *b = y;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->date > b->date) - (a->date < b->date);
}

/* The shards' document tables together, by document id as build orders them (shards are
 * disjoint sets of articles); none when a shard has no table (a graph from an older
 * entgraph). */
static eg_status merge_doctabs(eg_graph *g, eg_graph *const *graphs, size_t n, eg_error *err)
{
    size_t total = 0;
    for (size_t k = 0; k < n; k++) {
        if (graphs[k]->ndoctab != graphs[k]->ndocuments) {
            return EG_OK;
        }
        total += graphs[k]->ndoctab;
    }
    g->doctab = calloc(total ? total : 1, sizeof *g->doctab);
    if (!g->doctab) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t k = 0; k < n; k++) {
        for (size_t i = 0; i < graphs[k]->ndoctab; i++) {
            const eg_document *s = &graphs[k]->doctab[i];
            eg_document *d = &g->doctab[g->ndoctab++];
            *d = (eg_document){eg_graph_strdup(g, s->id),
                               s->title ? eg_graph_strdup(g, s->title) : NULL,
                               s->url ? eg_graph_strdup(g, s->url) : NULL, s->date};
            if (!d->id || (s->title && !d->title) || (s->url && !d->url)) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        }
    }
    eg_sort(g->doctab, g->ndoctab, sizeof *g->doctab, cmp_document);
    return EG_OK;
}

/* What eg_query_merge works on: the inputs, the nodes in canonical order and the result. */
typedef struct merge_ctx {
    eg_graph *const *graphs; /* the inputs (borrowed) */
    size_t n;                /* how many */
    size_t nn, ne;           /* input nodes and edges, all graphs together */
    mnode *mn;               /* every input node, in canonical order */
    uint32_t *pos;           /* input position -> canonical position */
    uint32_t *parent;        /* canonical position -> its resolution root */
    int *forced;             /* canonical position -> type the resolution gave it, or -1 */
    uint32_t *node_of;       /* canonical position -> output node */
    medge *me;               /* input edges between distinct output nodes */
    eg_graph *g;             /* the result */
    eg_buf b, k2;            /* scratch */
} merge_ctx;

/* Step 1: every node, in a canonical order (type, key, label, mentions): the result does not
 * depend on the order of the graphs. */
static eg_status merge_order_nodes(merge_ctx *c, eg_error *err)
{
    size_t at = 0;
    for (size_t k = 0; k < c->n; k++) {
        const eg_graph *src = c->graphs[k];
        for (size_t i = 0; i < src->nnodes; i++, at++) {
            const eg_node *nd = &src->nodes[i];
            c->mn[at].n = nd;
            c->mn[at].in = (uint32_t)at;
            const char *l = nd->label;
            if (!(nd->type == EG_ORGANIZATION ? eg_org_key(&c->k2, l, strlen(l))
                                              : eg_gaz_key(&c->k2, l, strlen(l))) ||
                !(c->mn[at].key = eg_strndup(c->k2.data ? c->k2.data : "", c->k2.len))) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        }
    }
    eg_sort(c->mn, c->nn, sizeof *c->mn, cmp_mnode);
    for (size_t i = 0; i < c->nn; i++) {
        c->pos[c->mn[i].in] = (uint32_t)i;
    }
    return EG_OK;
}

/* A person's one-word alias that is an inner word of the node's name ("Lula" of Luiz Inacio
 * Lula da Silva): the partial link an article made when it called him so. False: out of
 * memory. */
static bool partial_link(merge_ctx *c, const eg_node *nd, char *key, const char *alias,
                         eg_alias_link **links, size_t *nlinks, size_t *lcap)
{
    if (!eg_gaz_key(&c->b, alias, strlen(alias)) || !c->b.data) {
        return false;
    }
    size_t n = c->b.len;
    if (!eg_alias_inner_word(c->b.data, key)) {
        return true;
    }
    if (!EG_GROW(*links, *lcap, *nlinks + 1)) {
        return false;
    }
    (*links)[*nlinks] = (eg_alias_link){EG_LINK_PARTIAL, nd->type, eg_strndup(c->b.data, n), key,
                                        NULL};
    return (*links)[(*nlinks)++].a != NULL;
}

/* The resolution entities of the nodes, and an acronym link for each alias that abbreviates
 * its node's name (stated in some article). False: out of memory. */
static bool merge_entities(merge_ctx *c, eg_res_entity *re, eg_alias_link **links,
                           size_t *nlinks)
{
    size_t lcap = 0;
    bool ok = true;
    for (size_t i = 0; ok && i < c->nn; i++) {
        const eg_node *nd = c->mn[i].n;
        re[i] = (eg_res_entity){nd->type, c->mn[i].key, false, nd->mentions, false};
        for (size_t a = 0; a < nd->naliases && nd->type == EG_ORGANIZATION; a++) {
            re[i].firm = re[i].firm || eg_ends_in_legal_form(nd->aliases[a]);
        }
        for (size_t a = 0; ok && a < nd->naliases && nd->type != EG_COUNTRY; a++) {
            const char *s = nd->aliases[a];
            if (nd->type == EG_PERSON && !strchr(s, ' ')) {
                ok = partial_link(c, nd, c->mn[i].key, s, links, nlinks, &lcap);
                continue;
            }
            if (strchr(s, ' ') ||
                !eg_alias_acronym_matches(s, strlen(s), nd->label, strlen(nd->label))) {
                continue;
            }
            ok = EG_GROW(*links, lcap, *nlinks + 1) && eg_gaz_key(&c->b, s, strlen(s));
            if (ok) {
                (*links)[*nlinks] = (eg_alias_link){EG_LINK_ACRONYM, nd->type,
                                                    eg_strndup(c->b.data, c->b.len),
                                                    c->mn[i].key, NULL};
                ok = (*links)[(*nlinks)++].a != NULL;
            }
        }
    }
    return ok;
}

/* Step 2: the one resolution engine (resolve.h), as build runs it: nodes with the same
 * full-name key are one; an alias that abbreviates its node's name is an acronym link; then
 * surnames, acronyms and misspellings with neighbours as evidence. A partial alias ("The
 * Bank") joins nothing. Fills c->parent. */
static eg_status merge_resolve(merge_ctx *c, eg_error *err)
{
    size_t nn = c->nn, ne = c->ne;
    eg_res_entity *re = malloc((nn ? nn : 1) * sizeof *re);
    uint32_t *pairs = malloc((ne ? ne : 1) * 2 * sizeof *pairs);
    eg_alias_link *links = NULL;
    size_t nlinks = 0;
    bool ok = re && pairs && merge_entities(c, re, &links, &nlinks);
    size_t np = 0, base = 0;
    for (size_t k = 0; ok && k < c->n; k++) {
        const eg_graph *src = c->graphs[k];
        for (size_t i = 0; i < src->nedges; i++, np++) {
            pairs[2 * np] = c->pos[base + src->edges[i].source];
            pairs[2 * np + 1] = c->pos[base + src->edges[i].target];
        }
        base += src->nnodes;
    }
    eg_resolution res = {0};
    eg_status st = ok ? eg_resolve(re, nn, pairs, np, links, nlinks, NULL, 0, &res, err)
                      : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    for (size_t i = 0; st == EG_OK && i < nn; i++) {
        c->parent[i] = eg_uf_find(res.parent, (uint32_t)i);
        c->forced[i] = res.forced_type[i]; /* a firm the tagger took for a person */
    }
    eg_resolution_fini(&res);
    for (size_t i = 0; i < nlinks; i++) {
        free(links[i].a);
    }
    free(links);
    free(re);
    free(pairs);
    return st;
}

/* The counts of output node d summed over its members mem[0..nm) (in 64 bits: nm is far
 * below 2^32), and their dates. NULL, or the name of the count that overflows 32 bits. */
static const char *merge_node_counts(const merge_ctx *c, eg_node *d, const uint32_t *mem,
                                     size_t nm)
{
    uint64_t mentions = 0, documents = 0, windows = 0;
    for (size_t q = 0; q < nm; q++) {
        const eg_node *s = c->mn[mem[q]].n;
        mentions += s->mentions;
        documents += s->documents;
        windows += s->windows;
        eg_date_widen(&d->first_seen, &d->last_seen, s->first_seen, s->last_seen);
    }
    d->mentions = (uint32_t)mentions;
    d->documents = (uint32_t)documents;
    d->windows = (uint32_t)windows;
    return mentions > UINT32_MAX    ? "mentions"
           : documents > UINT32_MAX ? "documents"
           : windows > UINT32_MAX   ? "windows"
                                    : NULL;
}

/* One output node from its members (canonical positions mem[0..nm)): counts summed, the label
 * and type of the most mentioned, aliases and documents united. Errors: a count that
 * overflows, out of memory. */
static eg_status merge_one_node(merge_ctx *c, eg_node *d, const uint32_t *mem, size_t nm,
                                eg_error *err)
{
    const eg_node *best = NULL;
    size_t nal = 0;
    for (size_t q = 0; q < nm; q++) {
        const eg_node *s = c->mn[mem[q]].n;
        if (!best || s->mentions > best->mentions) {
            best = s;
        }
        nal += s->naliases + 1;
    }
    const char *over = merge_node_counts(c, d, mem, nm);
    if (over) {
        return eg_count_overflows(err, "merge", over, best->label, NULL, UINT32_MAX);
    }
    bool doc_over = false;
    bool ok = merge_node_docs(c->g, d, c->mn, mem, nm, &doc_over);
    if (doc_over) {
        return eg_count_overflows(err, "merge", "doc_mentions", best->label, NULL, UINT32_MAX);
    }
    char **all = malloc((nal ? nal : 1) * sizeof *all);
    size_t k = 0;
    for (size_t q = 0; all && q < nm; q++) {
        const eg_node *s = c->mn[mem[q]].n;
        for (size_t a = 0; a < s->naliases; a++) {
            all[k++] = s->aliases[a];
        }
        all[k++] = best->label;
    }
    d->type = best->type;
    for (size_t q = nm; q-- > 0;) {
        if (c->forced[mem[q]] >= 0) {
            d->type = (eg_etype)c->forced[mem[q]]; /* the first forced, as eg_builder_finish */
        }
    }
    d->label = eg_graph_strdup(c->g, best->label);
    d->naliases = all ? unique_strings(c->g, all, k, &d->aliases) : SIZE_MAX;
    free(all);
    if (!d->label || d->naliases == SIZE_MAX) {
        d->naliases = 0;
        ok = false;
    }
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* Step 3: contract nodes: one output node per resolution root, its members grouped by a
 * counting sort. */
static eg_status merge_contract_nodes(merge_ctx *c, eg_error *err)
{
    size_t nn = c->nn, nout = 0;
    for (size_t i = 0; i < nn; i++) {
        c->node_of[i] = eg_uf_find(c->parent, (uint32_t)i) == i ? (uint32_t)nout++ : UINT32_MAX;
    }
    for (size_t i = 0; i < nn; i++) {
        c->node_of[i] = c->node_of[eg_uf_find(c->parent, (uint32_t)i)];
    }
    eg_graph *g = c->g;
    g->nodes = calloc(nout ? nout : 1, sizeof *g->nodes);
    size_t *cnt = calloc(nout + 1, sizeof *cnt);
    size_t *fill = calloc(nout + 1, sizeof *fill);
    uint32_t *mem = malloc((nn ? nn : 1) * sizeof *mem);
    bool ok = g->nodes && cnt && fill && mem;
    if (ok) {
        g->nnodes = nout;
        for (size_t i = 0; i < nn; i++) {
            cnt[c->node_of[i] + 1]++;
        }
        for (size_t o = 0; o < nout; o++) {
            cnt[o + 1] += cnt[o];
        }
        for (size_t i = 0; i < nn; i++) {
            mem[cnt[c->node_of[i]] + fill[c->node_of[i]]++] = (uint32_t)i;
        }
    }
    eg_status st = ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    for (size_t o = 0; st == EG_OK && o < nout; o++) {
        st = merge_one_node(c, &g->nodes[o], mem + cnt[o], cnt[o + 1] - cnt[o], err);
    }
    free(fill);
    free(cnt);
    free(mem);
    return st;
}

/* The weight and documents of output edge e summed over the input edges me[0..nm) (in 64
 * bits), and their dates. NULL, or the name of the count that overflows 32 bits. */
static const char *merge_edge_counts(eg_edge *e, const medge *me, size_t nm)
{
    uint64_t weight = 0, documents = 0;
    for (size_t q = 0; q < nm; q++) {
        weight += me[q].e->weight;
        documents += me[q].e->documents;
        eg_date_widen(&e->first_seen, &e->last_seen, me[q].e->first_seen, me[q].e->last_seen);
    }
    e->weight = (uint32_t)weight;
    e->documents = (uint32_t)documents;
    return weight > UINT32_MAX ? "weight" : documents > UINT32_MAX ? "documents" : NULL;
}

/* One output edge from the input edges me[0..nm) that join its nodes: documents united, the
 * first `keep` evidence sentences kept (its counts: merge_edge_counts). False: out of
 * memory. */
static bool merge_one_edge(eg_graph *g, eg_edge *e, const medge *me, size_t nm, size_t keep)
{
    size_t ndoc = 0, nev = 0;
    e->source = me[0].a;
    e->target = me[0].b;
    for (size_t q = 0; q < nm; q++) {
        ndoc += me[q].e->ndocs;
        nev += me[q].e->nev;
    }
    char **docs = malloc((ndoc ? ndoc : 1) * sizeof *docs);
    eg_ev_pick *evs = malloc((nev ? nev : 1) * sizeof *evs);
    if (!docs || !evs) {
        free(docs);
        free(evs);
        return false;
    }
    size_t dn = 0, en = 0;
    for (size_t q = 0; q < nm; q++) {
        for (size_t d = 0; d < me[q].e->ndocs; d++) {
            docs[dn++] = me[q].e->docs[d];
        }
        for (size_t d = 0; d < me[q].e->nev; d++) {
            evs[en++] = (eg_ev_pick){me[q].e->ev[d].doc, me[q].e->ev[d].sentence, (uint32_t)d, 0};
        }
    }
    e->ndocs = unique_strings(g, docs, dn, &e->docs);
    size_t kept = eg_evidence_pick(evs, en, keep, false);
    e->ev = eg_graph_calloc(g, kept, sizeof *e->ev);
    bool ok = e->ev != NULL;
    for (size_t q = 0; ok && q < kept; q++) {
        e->ev[q].doc = eg_graph_strdup(g, evs[q].doc);
        e->ev[q].sentence = eg_graph_strdup(g, evs[q].text);
        e->nev++;
        ok = e->ev[q].doc && e->ev[q].sentence;
    }
    if (e->ndocs == SIZE_MAX) {
        e->ndocs = 0;
        ok = false;
    }
    free(docs);
    free(evs);
    return ok;
}

/* The graph's documents and windows added up, and the window of the first graph (they all
 * have the same). Error: a count overflows. */
static eg_status merge_graph_counts(merge_ctx *c, eg_error *err)
{
    eg_graph *g = c->g;
    for (size_t k = 0; k < c->n; k++) {
        const eg_graph *src = c->graphs[k];
        if (src->ndocuments > UINT32_MAX - g->ndocuments) {
            return eg_count_overflows(err, "merge", "documents", NULL, NULL, UINT32_MAX);
        }
        if (src->nwindows > UINT64_MAX - g->nwindows) {
            return eg_count_overflows(err, "merge", "windows", NULL, NULL, UINT64_MAX);
        }
        g->ndocuments += src->ndocuments;
        g->nwindows += src->nwindows;
    }
    g->window = c->n ? c->graphs[0]->window : g->window;
    return EG_OK;
}

/* Step 4: edges: sum the pairs that now join the same nodes; the graph's counts add up. */
static eg_status merge_edges(merge_ctx *c, eg_error *err)
{
    eg_graph *g = c->g;
    size_t nm = 0, keep = 0, base = 0;
    for (size_t k = 0; k < c->n; k++) {
        const eg_graph *src = c->graphs[k];
        for (size_t i = 0; i < src->nedges; i++) {
            uint32_t x = c->node_of[c->pos[base + src->edges[i].source]];
            uint32_t y = c->node_of[c->pos[base + src->edges[i].target]];
            keep = src->edges[i].nev > keep ? src->edges[i].nev : keep;
            if (x != y) {
                c->me[nm++] = (medge){x < y ? x : y, x < y ? y : x, &src->edges[i]};
            }
        }
        base += src->nnodes;
    }
    eg_sort(c->me, nm, sizeof *c->me, cmp_medge);
    g->edges = calloc(nm ? nm : 1, sizeof *g->edges);
    eg_status st = g->edges ? merge_graph_counts(c, err)
                            : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    for (size_t i = 0; st == EG_OK && i < nm;) {
        size_t j = i;
        while (j < nm && c->me[j].a == c->me[i].a && c->me[j].b == c->me[i].b) {
            j++;
        }
        eg_edge *e = &g->edges[g->nedges++];
        const char *over = merge_edge_counts(e, c->me + i, j - i);
        if (over) {
            st = eg_count_overflows(err, "merge", over, g->nodes[c->me[i].a].label,
                                    g->nodes[c->me[i].b].label, UINT32_MAX);
        } else if (!merge_one_edge(g, e, c->me + i, j - i, keep)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        i = j;
    }
    return st;
}

eg_status eg_query_merge(eg_graph *const *graphs, size_t n, eg_graph **out, eg_error *err)
{
    *out = NULL;
    merge_ctx c = {.graphs = graphs, .n = n};
    for (size_t k = 0; k < n; k++) {
        c.nn += graphs[k]->nnodes;
        c.ne += graphs[k]->nedges;
    }
    size_t nn = c.nn;
    c.mn = calloc(nn ? nn : 1, sizeof *c.mn);
    c.pos = malloc((nn ? nn : 1) * sizeof *c.pos);
    c.parent = malloc((nn ? nn : 1) * sizeof *c.parent);
    c.forced = malloc((nn ? nn : 1) * sizeof *c.forced);
    c.node_of = malloc((nn ? nn : 1) * sizeof *c.node_of);
    c.me = malloc((c.ne ? c.ne : 1) * sizeof *c.me);
    c.g = eg_graph_new();
    eg_status st = c.mn && c.pos && c.parent && c.forced && c.node_of && c.me && c.g
                       ? EG_OK
                       : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    st = st == EG_OK ? merge_order_nodes(&c, err) : st;
    st = st == EG_OK ? merge_resolve(&c, err) : st;
    st = st == EG_OK ? merge_contract_nodes(&c, err) : st;
    st = st == EG_OK ? merge_edges(&c, err) : st;
    st = st == EG_OK ? merge_doctabs(c.g, graphs, n, err) : st;
    st = st == EG_OK ? eg_graph_assign_ids(c.g, err) : st;
    st = st == EG_OK ? eg_graph_normalize(c.g, true, err) : st;
    for (size_t i = 0; c.mn && i < nn; i++) {
        free(c.mn[i].key);
    }
    free(c.mn);
    free(c.pos);
    free(c.parent);
    free(c.forced);
    free(c.node_of);
    free(c.me);
    eg_buf_fini(&c.b);
    eg_buf_fini(&c.k2);
    if (st != EG_OK) {
        eg_graph_destroy(c.g);
        return st;
    }
    *out = c.g;
    return EG_OK;
}
