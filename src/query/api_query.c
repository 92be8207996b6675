/*
 * api_query.c - the public read and query API (entgraph/query.h) over the internal model
 * (graph.h) and queries (query.h).
 *
 * Thin wrappers: accessors read the internal structs, which stay private; the query results
 * (eg_neighbors, eg_path, eg_metrics) wrap the arrays of query.c so that the public names and
 * types can change independently of the internal ones. Arguments are checked here (NULL,
 * numbers out of range) because the internal functions trust their callers.
 */
#include "entgraph/query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "query.h"
#include "util.h"

/* ---- graph ------------------------------------------------------------------------------------ */

const eg_node *eg_graph_node(const eg_graph *g, size_t i)
{
    return g && i < g->nnodes ? &g->nodes[i] : NULL;
}

const eg_edge *eg_graph_edge(const eg_graph *g, size_t i)
{
    return g && i < g->nedges ? &g->edges[i] : NULL;
}

eg_window eg_graph_window(const eg_graph *g)
{
    return g ? g->window : EG_WINDOW_SENTENCE;
}

size_t eg_graph_document_count(const eg_graph *g)
{
    return g ? g->ndocuments : 0;
}

eg_status eg_graph_find(size_t *out, const eg_graph *g, const char *name, eg_error *err)
{
    if (!out || !g || !name) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_graph_find: NULL argument");
    }
    *out = SIZE_MAX;
    char *sug = NULL;
    long k = eg_query_find(g, name, &sug);
    eg_status st = EG_OK;
    if (k == EG_QUERY_NOMEM) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    } else if (k < 0) {
        st = eg_error_set(err, EG_ERR_NOT_FOUND, "no entity named '%s'%s%s%s", name,
                          sug ? "; did you mean: " : "", sug ? sug : "", sug ? "?" : "");
    } else {
        *out = (size_t)k;
    }
    free(sug);
    return st;
}

eg_status eg_graph_article(eg_article *out, const eg_graph *g, const char *doc_id, eg_error *err)
{
    if (!out || !g || !doc_id) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_graph_article: NULL argument");
    }
    const eg_document *d = eg_graph_document(g, doc_id);
    if (d) {
        *out = (eg_article){d->id, d->title, d->url, d->date};
        return EG_OK;
    }
    *out = (eg_article){0};
    return eg_error_set(err, EG_ERR_NOT_FOUND, "no article '%s' in the graph's document table",
                        doc_id);
}

/* ---- nodes -------------------------------------------------------------------------------------- */

const char *eg_node_id(const eg_node *n)
{
    return n->id;
}

const char *eg_node_label(const eg_node *n)
{
    return n->label;
}

eg_etype eg_node_type(const eg_node *n)
{
    return n->type;
}

size_t eg_node_alias_count(const eg_node *n)
{
    return n->naliases;
}

const char *eg_node_alias(const eg_node *n, size_t i)
{
    return i < n->naliases ? n->aliases[i] : NULL;
}

uint32_t eg_node_mentions(const eg_node *n)
{
    return n->mentions;
}

uint32_t eg_node_documents(const eg_node *n)
{
    return n->documents;
}

size_t eg_node_doc_count(const eg_node *n)
{
    return n->ndocs;
}

const char *eg_node_doc(const eg_node *n, size_t i)
{
    return i < n->ndocs ? n->docs[i] : NULL;
}

uint32_t eg_node_doc_mentions(const eg_node *n, size_t i)
{
    return i < n->ndocs && n->doc_mentions ? n->doc_mentions[i] : 0;
}

uint32_t eg_node_first_seen(const eg_node *n)
{
    return n->first_seen;
}

uint32_t eg_node_last_seen(const eg_node *n)
{
    return n->last_seen;
}

/* ---- edges -------------------------------------------------------------------------------------- */

size_t eg_edge_source(const eg_edge *e)
{
    return e->source;
}

size_t eg_edge_target(const eg_edge *e)
{
    return e->target;
}

uint32_t eg_edge_weight(const eg_edge *e)
{
    return e->weight;
}

uint32_t eg_edge_documents(const eg_edge *e)
{
    return e->documents;
}

double eg_edge_npmi(const eg_edge *e)
{
    return e->npmi;
}

size_t eg_edge_doc_count(const eg_edge *e)
{
    return e->ndocs;
}

const char *eg_edge_doc(const eg_edge *e, size_t i)
{
    return i < e->ndocs ? e->docs[i] : NULL;
}

size_t eg_edge_evidence_count(const eg_edge *e)
{
    return e->nev;
}

const char *eg_edge_evidence_sentence(const eg_edge *e, size_t i)
{
    return i < e->nev ? e->ev[i].sentence : NULL;
}

const char *eg_edge_evidence_doc(const eg_edge *e, size_t i)
{
    return i < e->nev ? e->ev[i].doc : NULL;
}

uint32_t eg_edge_first_seen(const eg_edge *e)
{
    return e->first_seen;
}

uint32_t eg_edge_last_seen(const eg_edge *e)
{
    return e->last_seen;
}

/* ---- neighbors ---------------------------------------------------------------------------------- */

struct eg_neighbors {
    eg_neighbor *v; /* from eg_query_neighbors, sorted */
    size_t n;
};

eg_status eg_neighbors_create(eg_neighbors **out, const eg_graph *g, size_t node, unsigned depth,
                              eg_error *err)
{
    if (!out) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_neighbors_create: NULL argument");
    }
    *out = NULL;
    if (!g) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_neighbors_create: NULL argument");
    }
    if (node >= g->nnodes) {
        return eg_error_set(err, EG_ERR_INVALID, "node %zu out of range (%zu nodes)", node,
                            g->nnodes);
    }
    if (depth == 0) {
        return eg_error_set(err, EG_ERR_INVALID, "depth must be at least 1");
    }
    eg_neighbors *nb = calloc(1, sizeof *nb);
    if (!nb) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = eg_query_neighbors(g, (uint32_t)node, depth, &nb->v, &nb->n, err);
    if (st != EG_OK) {
        free(nb);
        return st;
    }
    *out = nb;
    return EG_OK;
}

void eg_neighbors_destroy(eg_neighbors *nb)
{
    if (nb) {
        free(nb->v);
        free(nb);
    }
}

size_t eg_neighbors_count(const eg_neighbors *nb)
{
    return nb ? nb->n : 0;
}

size_t eg_neighbors_node(const eg_neighbors *nb, size_t i)
{
    return nb && i < nb->n ? nb->v[i].node : SIZE_MAX;
}

size_t eg_neighbors_edge(const eg_neighbors *nb, size_t i)
{
    return nb && i < nb->n ? nb->v[i].edge : SIZE_MAX;
}

size_t eg_neighbors_via(const eg_neighbors *nb, size_t i)
{
    return nb && i < nb->n ? nb->v[i].via : SIZE_MAX;
}

unsigned eg_neighbors_hops(const eg_neighbors *nb, size_t i)
{
    return nb && i < nb->n ? nb->v[i].hops : 0;
}

/* ---- path ------------------------------------------------------------------------------------- */

struct eg_path {
    uint32_t *edges; /* n hops, from eg_query_path */
    size_t n;
    size_t *nodes;   /* n + 1 */
};

void eg_path_destroy(eg_path *p)
{
    if (p) {
        free(p->edges);
        free(p->nodes);
        free(p);
    }
}

eg_status eg_path_create(eg_path **out, const eg_graph *g, size_t from, size_t to, eg_error *err)
{
    if (!out) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_path_create: NULL argument");
    }
    *out = NULL;
    if (!g) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_path_create: NULL argument");
    }
    if (from >= g->nnodes || to >= g->nnodes) {
        return eg_error_set(err, EG_ERR_INVALID, "node %zu out of range (%zu nodes)",
                            from >= g->nnodes ? from : to, g->nnodes);
    }
    eg_path *p = calloc(1, sizeof *p);
    if (!p) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = eg_query_path(g, (uint32_t)from, (uint32_t)to, &p->edges, &p->n, err);
    if (st == EG_OK && p->n == 0 && from != to) {
        st = eg_error_set(err, EG_ERR_NOT_FOUND, "no path between '%s' and '%s'",
                          g->nodes[from].label, g->nodes[to].label);
    }
    if (st == EG_OK) {
        p->nodes = malloc((p->n + 1) * sizeof *p->nodes);
        if (!p->nodes) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    if (st != EG_OK) {
        eg_path_destroy(p);
        return st;
    }
    size_t cur = from;
    p->nodes[0] = cur;
    for (size_t i = 0; i < p->n; i++) {
        const eg_edge *e = &g->edges[p->edges[i]];
        cur = e->source == cur ? e->target : e->source;
        p->nodes[i + 1] = cur;
    }
    *out = p;
    return EG_OK;
}

size_t eg_path_length(const eg_path *p)
{
    return p ? p->n : 0;
}

size_t eg_path_edge(const eg_path *p, size_t i)
{
    return p && i < p->n ? p->edges[i] : SIZE_MAX;
}

size_t eg_path_node(const eg_path *p, size_t i)
{
    return p && i <= p->n ? p->nodes[i] : SIZE_MAX;
}

/* ---- metrics ---------------------------------------------------------------------------------- */

struct eg_metrics {
    eg_stats s;
    const eg_graph *g; /* borrowed: node ids break ties in eg_metrics_top */
};

eg_status eg_metrics_compute(eg_metrics **out, const eg_graph *g, eg_error *err)
{
    if (!out) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_metrics_compute: NULL argument");
    }
    *out = NULL;
    if (!g) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_metrics_compute: NULL argument");
    }
    eg_metrics *m = calloc(1, sizeof *m);
    if (!m) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = eg_query_stats(g, &m->s, err);
    if (st != EG_OK) {
        free(m);
        return st;
    }
    m->g = g;
    *out = m;
    return EG_OK;
}

void eg_metrics_destroy(eg_metrics *m)
{
    if (m) {
        eg_stats_fini(&m->s);
        free(m);
    }
}

static const double *metric_values(const eg_metrics *m, eg_metric metric)
{
    switch (metric) {
    case EG_METRIC_DEGREE:
        return m->s.degree;
    case EG_METRIC_STRENGTH:
        return m->s.strength;
    case EG_METRIC_PAGERANK:
        return m->s.pagerank;
    case EG_METRIC_BETWEENNESS:
        return m->s.betweenness;
    default:
        return NULL;
    }
}

double eg_metrics_value(const eg_metrics *m, eg_metric metric, size_t node)
{
    const double *v = m ? metric_values(m, metric) : NULL;
    return v && node < m->g->nnodes ? v[node] : 0;
}

typedef struct ranked {
    double v;
    const char *id;
    size_t node;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->v != b->v) {
        return a->v > b->v ? -1 : 1;
    }
    return strcmp(a->id, b->id);
}

size_t eg_metrics_top(const eg_metrics *m, eg_metric metric, size_t k, size_t *nodes)
{
    const double *v = m ? metric_values(m, metric) : NULL;
    if (!v || !nodes || k == 0 || m->g->nnodes == 0) {
        return 0;
    }
    size_t n = m->g->nnodes;
    ranked *r = malloc(n * sizeof *r);
    if (!r) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        r[i] = (ranked){v[i], m->g->nodes[i].id, i};
    }
    eg_sort(r, n, sizeof *r, cmp_ranked);
    size_t shown = k < n ? k : n;
    for (size_t i = 0; i < shown; i++) {
        nodes[i] = r[i].node;
    }
    free(r);
    return shown;
}

double eg_metrics_betweenness_cutoff(const eg_metrics *m)
{
    return m ? m->s.betweenness_cutoff : 0;
}

size_t eg_metrics_community_count(const eg_metrics *m)
{
    return m ? m->s.ncommunities : 0;
}

size_t eg_metrics_community(const eg_metrics *m, size_t node)
{
    return m && node < m->g->nnodes ? (size_t)m->s.community[node] : SIZE_MAX;
}

double eg_metrics_modularity(const eg_metrics *m)
{
    return m ? m->s.modularity : 0;
}

/* ---- timeline ----------------------------------------------------------------------------------- */

struct eg_timeline {
    size_t articles, undated;
    bool counted;      /* the graph keeps the node's mentions per article */
    size_t mentions, undated_mentions;
    uint32_t first;    /* yyyymm of the first month, 0: no dated article */
    size_t nmonths;
    uint32_t *counts;  /* articles per month from `first` */
    uint32_t *mcounts; /* mentions per month from `first` (articles when not counted) */
};

static uint32_t next_month(uint32_t ym)
{
    return ym % 100 == 12 ? (ym / 100 + 1) * 100 + 1 : ym + 1;
}

/* Count the distinct articles of n by month (keys "YYYY-MM") into *months, and their
 * mentions into *mmonths. */
static bool count_months(const eg_graph *g, const eg_node *n, eg_strmap *months,
                         eg_strmap *mmonths, eg_timeline *t)
{
    eg_strmap date_of = {0}, seen = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < g->ndoctab; i++) {
        const eg_document *d = &g->doctab[i];
        ok = eg_strmap_put(&date_of, d->id, strlen(d->id), d->date);
    }
    for (size_t q = 0; ok && q < n->ndocs; q++) {
        const char *doc = n->docs[q];
        if (eg_strmap_has(&seen, doc, strlen(doc))) {
            continue;
        }
        ok = eg_strmap_put(&seen, doc, strlen(doc), 1);
        uint32_t men = t->counted ? n->doc_mentions[q] : 1;
        t->articles++;
        t->mentions += men;
        uint32_t date = eg_strmap_get(&date_of, doc, strlen(doc), 0);
        if (!date) {
            t->undated++;
            t->undated_mentions += men;
            continue;
        }
        char m[8];
        eg_date_month(date, m);
        ok = ok && eg_strmap_put(months, m, 7, eg_strmap_get(months, m, 7, 0) + 1) &&
             eg_strmap_put(mmonths, m, 7, eg_strmap_get(mmonths, m, 7, 0) + men);
    }
    eg_strmap_fini(&date_of);
    eg_strmap_fini(&seen);
    return ok;
}

eg_status eg_timeline_create(eg_timeline **out, const eg_graph *g, size_t node, eg_error *err)
{
    if (!out) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_timeline_create: NULL argument");
    }
    *out = NULL;
    if (!g) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_timeline_create: NULL argument");
    }
    if (node >= g->nnodes) {
        return eg_error_set(err, EG_ERR_INVALID, "node %zu out of range (%zu nodes)", node,
                            g->nnodes);
    }
    eg_timeline *t = calloc(1, sizeof *t);
    eg_strmap months = {0}, mmonths = {0};
    const eg_node *n = &g->nodes[node];
    if (t) {
        t->counted = n->doc_mentions != NULL || n->ndocs == 0;
    }
    bool ok = t && count_months(g, n, &months, &mmonths, t);
    /* months in order, empty months between them included */
    uint32_t first = UINT32_MAX, last = 0;
    for (size_t i = 0; ok && i < months.cap; i++) {
        const char *key;
        size_t kl;
        uint32_t v;
        if (eg_strmap_slot(&months, i, &key, &kl, &v)) {
            uint32_t ym = (uint32_t)atoi(key) * 100 + (uint32_t)atoi(key + 5);
            first = ym < first ? ym : first;
            last = ym > last ? ym : last;
        }
    }
    if (ok && last) {
        t->first = first;
        for (uint32_t ym = first; ym <= last; ym = next_month(ym)) {
            t->nmonths++;
        }
        t->counts = calloc(t->nmonths, sizeof *t->counts);
        t->mcounts = calloc(t->nmonths, sizeof *t->mcounts);
        ok = t->counts != NULL && t->mcounts != NULL;
        uint32_t ym = first;
        for (size_t i = 0; ok && i < t->nmonths; i++, ym = next_month(ym)) {
            char m[16];
            snprintf(m, sizeof m, "%04u-%02u", ym / 100, ym % 100);
            t->counts[i] = eg_strmap_get(&months, m, 7, 0);
            t->mcounts[i] = eg_strmap_get(&mmonths, m, 7, 0);
        }
    }
    eg_strmap_fini(&months);
    eg_strmap_fini(&mmonths);
    if (!ok) {
        eg_timeline_destroy(t);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    *out = t;
    return EG_OK;
}

void eg_timeline_destroy(eg_timeline *t)
{
    if (t) {
        free(t->counts);
        free(t->mcounts);
        free(t);
    }
}

size_t eg_timeline_articles(const eg_timeline *t)
{
    return t ? t->articles : 0;
}

size_t eg_timeline_undated(const eg_timeline *t)
{
    return t ? t->undated : 0;
}

size_t eg_timeline_month_count(const eg_timeline *t)
{
    return t ? t->nmonths : 0;
}

uint32_t eg_timeline_month(const eg_timeline *t, size_t i)
{
    if (!t || i >= t->nmonths) {
        return 0;
    }
    size_t m = t->first % 100 - 1 + i; /* months since January of the first year */
    return (uint32_t)((t->first / 100 + m / 12) * 100 + m % 12 + 1);
}

uint32_t eg_timeline_month_articles(const eg_timeline *t, size_t i)
{
    return t && i < t->nmonths ? t->counts[i] : 0;
}

int eg_timeline_mentions_known(const eg_timeline *t)
{
    return t && t->counted ? 1 : 0;
}

size_t eg_timeline_mentions(const eg_timeline *t)
{
    return t ? t->mentions : 0;
}

size_t eg_timeline_undated_mentions(const eg_timeline *t)
{
    return t ? t->undated_mentions : 0;
}

uint32_t eg_timeline_month_mentions(const eg_timeline *t, size_t i)
{
    return t && i < t->nmonths ? t->mcounts[i] : 0;
}
