/*
 * merge_check.c - what merge refuses before it adds anything up: inputs built with another
 * window, and inputs that share an article.
 *
 * Merge adds the counts of its inputs, so an article in two of them would be counted twice
 * (merging a graph with itself said "8 documents" of a node that lists 4), and graphs of
 * different windows count different things. A graph records its window, and its articles in
 * its document table (older graphs: in the documents their nodes and edges list); the other
 * build options are in a shard's state only (eg_shards_merge compares them).
 * O(articles log articles).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "util.h"

/* An article id and the input that holds it. */
typedef struct doc_ref {
    const char *id;
    size_t graph;
} doc_ref;

static int cmp_doc_ref(const void *x, const void *y)
{
    const doc_ref *a = x, *b = y;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->graph > b->graph) - (a->graph < b->graph);
}

/* How an input is named in a message: the file it was loaded from, or its place. */
static const char *input_name(eg_graph *const *graphs, size_t k, char *buf, size_t size)
{
    if (graphs[k]->source) {
        return graphs[k]->source;
    }
    snprintf(buf, size, "graph %zu", k + 1);
    return buf;
}

/* Every input has the window of the first. */
static eg_status check_windows(eg_graph *const *graphs, size_t n, eg_error *err)
{
    for (size_t k = 1; k < n; k++) {
        if (graphs[k]->window != graphs[0]->window) {
            char a[32], b[32];
            return eg_error_set(err, EG_ERR_INVALID,
                                "merge: %s was built with --window %s, %s with --window %s",
                                input_name(graphs, k, a, sizeof a),
                                eg_window_name(graphs[k]->window),
                                input_name(graphs, 0, b, sizeof b),
                                eg_window_name(graphs[0]->window));
        }
    }
    return EG_OK;
}

/* One more article id, of input k. False: out of memory. */
static bool push_ref(doc_ref **refs, size_t *n, size_t *cap, const char *id, size_t k)
{
    if (!EG_GROW(*refs, *cap, *n + 1)) {
        return false;
    }
    (*refs)[(*n)++] = (doc_ref){id, k};
    return true;
}

/* Append the article ids of input k to refs (grown): its document table, or when it has none
 * (a graph from an older entgraph) the documents its nodes and edges list. False: out of
 * memory. */
static bool collect_docs(const eg_graph *g, size_t k, doc_ref **refs, size_t *n, size_t *cap)
{
    bool ok = true;
    for (size_t i = 0; ok && i < g->ndoctab; i++) {
        ok = push_ref(refs, n, cap, g->doctab[i].id, k);
    }
    for (size_t i = 0; ok && g->ndoctab == 0 && i < g->nnodes; i++) {
        for (size_t d = 0; ok && d < g->nodes[i].ndocs; d++) {
            ok = push_ref(refs, n, cap, g->nodes[i].docs[d], k);
        }
    }
    for (size_t i = 0; ok && g->ndoctab == 0 && i < g->nedges; i++) {
        for (size_t d = 0; ok && d < g->edges[i].ndocs; d++) {
            ok = push_ref(refs, n, cap, g->edges[i].docs[d], k);
        }
    }
    return ok;
}

/* No article is in two inputs: the least shared id is named, with the first two inputs that
 * hold it. An id that one input lists several times (each node that names the article) is
 * no conflict. */
static eg_status check_disjoint(eg_graph *const *graphs, size_t n, eg_error *err)
{
    doc_ref *refs = NULL;
    size_t nrefs = 0, cap = 0;
    bool ok = true;
    for (size_t k = 0; ok && k < n; k++) {
        ok = collect_docs(graphs[k], k, &refs, &nrefs, &cap);
    }
    eg_status st = ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    if (ok) {
        eg_sort(refs, nrefs, sizeof *refs, cmp_doc_ref);
    }
    for (size_t i = 1; st == EG_OK && i < nrefs; i++) {
        const doc_ref *a = &refs[i - 1], *b = &refs[i];
        if (a->graph != b->graph && strcmp(a->id, b->id) == 0) {
            char na[32], nb[32];
            st = eg_error_set(err, EG_ERR_INVALID, "merge: article '%s' is in both %s and %s",
                              a->id, input_name(graphs, a->graph, na, sizeof na),
                              input_name(graphs, b->graph, nb, sizeof nb));
        }
    }
    free(refs);
    return st;
}

eg_status eg_merge_check(eg_graph *const *graphs, size_t n, eg_error *err)
{
    eg_status st = check_windows(graphs, n, err);
    return st == EG_OK ? check_disjoint(graphs, n, err) : st;
}
