/*
 * test_graph.c - co-occurrence counting, contraction of merged entities, ids, NPMI, filters,
 * and the JSON / GraphML round trips (save, load, save again gives the same bytes).
 */
#include <stdlib.h>
#include <unistd.h>

#include "../../src/builder/builder.h"
#include "../../src/graph/filter.h"
#include "../../src/graph/graph.h"
#include "../../src/io/export.h"
#include "../../src/ner/ner.h"
#include "../../src/api/pipeline.h"
#include "../../src/query/query.h"
#include "check.h"

static const eg_node *node(const eg_graph *g, const char *id)
{
    long k = eg_graph_find_id(g, id);
    return k >= 0 ? &g->nodes[k] : NULL;
}

static const eg_edge *edge(const eg_graph *g, const char *a, const char *b)
{
    long x = eg_graph_find_id(g, a), y = eg_graph_find_id(g, b);
    for (size_t i = 0; x >= 0 && y >= 0 && i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        if ((e->source == x && e->target == y) || (e->source == y && e->target == x)) {
            return e;
        }
    }
    return NULL;
}

/* GraphML is igraph 0.10's, byte for byte (the expected file was written through
 * igraph's writer): escaping, control characters as U+FFFD, "%.15g" numbers and -0, ids
 * that are not slugs as "n<i>", an edge's ends in index order, the document table cut into
 * 8 KB parts between UTF-8 characters. */
static void test_graphml_layout(const char *dir)
{
    const char *src = getenv("EG_SRC");
    char in[600], want[600], out[300];
    snprintf(in, sizeof in, "%s/tests/data/graphml_layout.json", src ? src : "..");
    snprintf(want, sizeof want, "%s/tests/data/graphml_layout.graphml", src ? src : "..");
    snprintf(out, sizeof out, "%s/layout.graphml", dir);
    eg_graph *g = NULL;
    eg_error err = {0};
    CHECK(eg_graph_load(&g, in, &err) == EG_OK);
    CHECK(g && eg_graph_save(g, out, EG_FORMAT_GRAPHML, &err) == EG_OK);
    size_t n1 = 0, n2 = 0;
    char *a = check_slurp(out, &n1), *b = check_slurp(want, &n2);
    CHECK(a && b && n1 == n2 && memcmp(a, b, n1) == 0);
    free(a);
    free(b);
    eg_graph_destroy(g);
}

/* Nodes whose labels give one slug: the one in most articles keeps it, the others take their
 * type ("bt" the company of 40 articles, "bt-person" a one-article guess), whatever their
 * order. */
static void test_id_clash(void)
{
    for (int order = 0; order < 2; order++) {
        eg_graph *g = eg_graph_new();
        eg_error err = {0};
        CHECK(g != NULL);
        if (!g) {
            return;
        }
        g->nodes = calloc(2, sizeof *g->nodes); /* the graph frees it */
        CHECK(g->nodes != NULL);
        if (!g->nodes) {
            eg_graph_destroy(g);
            return;
        }
        g->nnodes = 2;
        eg_node *org = &g->nodes[order], *per = &g->nodes[1 - order];
        *org = (eg_node){.label = eg_graph_strdup(g, "BT"), .type = EG_ORGANIZATION,
                         .mentions = 90, .documents = 40};
        *per = (eg_node){.label = eg_graph_strdup(g, "BT"), .type = EG_PERSON, .mentions = 2,
                         .documents = 1};
        CHECK(eg_graph_assign_ids(g, &err) == EG_OK);
        CHECK_STR(org->id, "bt");
        CHECK_STR(per->id, "bt-person");
        eg_graph_destroy(g);
    }
}

int main(void)
{
    test_id_clash();
    char dir[] = "/tmp/eg-test-graph-XXXXXX";
    if (!mkdtemp(dir)) {
        return 1;
    }
    char a1[256], a2[256], a3[256];
    snprintf(a1, sizeof a1, "%s/a1.txt", dir);
    snprintf(a2, sizeof a2, "%s/a2.txt", dir);
    snprintf(a3, sizeof a3, "%s/a3.txt", dir);
    FILE *f = fopen(a1, "w");
    fputs("President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris.\n\n"
          "Macron and Scholz discussed NATO. France backs NATO.\n", f);
    fclose(f);
    f = fopen(a2, "w");
    fputs("Chancellor Olaf Scholz flew to Washington. Scholz met President Joe Biden of the "
          "United States.\n", f);
    fclose(f);
    f = fopen(a3, "w");
    fputs("Nothing to see here.\n", f);
    fclose(f);

    eg_build_opts bo = {.window = EG_WINDOW_SENTENCE, .types = EG_TYPES_DEFAULT, .evidence = 2};
    eg_pipeline_opts po = {.model_path = "none", .threads = 2};
    eg_builder *b = NULL;
    eg_graph *g = NULL;
    eg_error err = {0};
    const char *inputs[] = {dir};
    CHECK(eg_builder_create(&b, &bo, &err) == EG_OK);
    eg_pipeline_stats stats;
    CHECK(eg_pipeline_run(inputs, 1, &po, b, NULL, NULL, &stats, &err) == EG_OK);
    CHECK(eg_builder_finish(b, &g, &err) == EG_OK);
    CHECK(stats.documents == 3);
    if (!g) {
        fprintf(stderr, "%s\n", err.msg);
        return check_done();
    }
    const eg_node *macron = node(g, "emmanuel-macron"), *scholz = node(g, "olaf-scholz");
    CHECK(macron && macron->type == EG_PERSON && macron->mentions == 2 && macron->documents == 1);
    CHECK(scholz && scholz->mentions == 4 && scholz->documents == 2);
    CHECK(node(g, "france") && node(g, "france")->type == EG_COUNTRY);
    CHECK(node(g, "united-states") != NULL);
    const eg_edge *ms = edge(g, "emmanuel-macron", "olaf-scholz");
    CHECK(ms && ms->weight == 2 && ms->documents == 1 && ms->nev == 2);
    CHECK(ms && ms->ndocs == 1 && strcmp(ms->docs[0], "a1") == 0);
    /* the pairs of one sentence share its text, in the builder and in the graph: one copy */
    const eg_edge *mf0 = edge(g, "emmanuel-macron", "france");
    CHECK(ms && mf0 && mf0->nev == 1 && mf0->ev[0].sentence == ms->ev[0].sentence);
    CHECK(mf0 && strncmp(mf0->ev[0].sentence, "President Emmanuel Macron of France", 35) == 0);
    const eg_edge *fn = edge(g, "france", "north-atlantic-treaty-organization");
    CHECK(fn && fn->weight == 1 && fn->npmi > 0);
    CHECK(edge(g, "emmanuel-macron", "joe-biden") == NULL);
    CHECK(g->ndocuments == 3);
    for (size_t i = 1; i < g->nnodes; i++) {
        CHECK(strcmp(g->nodes[i - 1].id, g->nodes[i].id) < 0);
    }
    /* the document table: every article by its id, an unknown id gives NULL */
    CHECK(g->ndoctab == 3);
    const eg_document *d2 = eg_graph_document(g, "a2");
    CHECK(d2 && strcmp(d2->id, "a2") == 0 && d2 == &g->doctab[1] && d2->date == 0);
    CHECK(eg_graph_document(g, "a3") == &g->doctab[2]);
    CHECK(eg_graph_document(g, "a4") == NULL && eg_graph_document(g, "") == NULL);

    /* JSON and GraphML round trips */
    char j1[300], j2[300], gm[300];
    snprintf(j1, sizeof j1, "%s/g.json", dir);
    snprintf(j2, sizeof j2, "%s/g2.json", dir);
    snprintf(gm, sizeof gm, "%s/g.graphml", dir);
    CHECK(eg_graph_save(g, j1, EG_FORMAT_JSON, &err) == EG_OK);
    CHECK(eg_graph_save(g, gm, EG_FORMAT_GRAPHML, &err) == EG_OK);
    eg_graph *l1 = NULL, *l2 = NULL;
    CHECK(eg_graph_load(&l1, j1, &err) == EG_OK);
    CHECK(l1 && eg_graph_save(l1, j2, EG_FORMAT_JSON, &err) == EG_OK);
    char *s1 = check_slurp(j1, NULL), *s2 = check_slurp(j2, NULL);
    CHECK(s1 && s2 && strcmp(s1, s2) == 0);
    free(s2);
    /* JSON is written a node and an edge at a time: the same text as the whole tree printed */
    char *whole = NULL;
    size_t nwhole = 0;
    FILE *mf = open_memstream(&whole, &nwhole);
    CHECK(mf && eg_json_write(eg_export_json_tree(g), mf, "JSON", &err) == EG_OK);
    CHECK(mf && fclose(mf) == 0 && s1 && whole && strcmp(s1, whole) == 0);
    free(whole);
    CHECK(eg_graph_load(&l2, gm, &err) == EG_OK);
    CHECK(l2 && eg_graph_save(l2, j2, EG_FORMAT_JSON, &err) == EG_OK);
    s2 = check_slurp(j2, NULL);
    CHECK(s1 && s2 && strcmp(s1, s2) == 0); /* build -> GraphML -> load -> JSON == build -> JSON */
    free(s1);
    free(s2);
    eg_graph_destroy(l2);

    /* without evidence (a mapped file, lists skipped): the same nodes, edges and counts */
    CHECK(eg_graph_load_ex(&l2, j1, EG_LOAD_NO_EVIDENCE, &err) == EG_OK);
    CHECK(l2 && l1 && l2->nnodes == l1->nnodes && l2->nedges == l1->nedges);
    for (size_t i = 0; l1 && l2 && i < l1->nnodes; i++) {
        CHECK(strcmp(l1->nodes[i].id, l2->nodes[i].id) == 0 &&
              strcmp(l1->nodes[i].label, l2->nodes[i].label) == 0 &&
              l1->nodes[i].naliases == l2->nodes[i].naliases &&
              l1->nodes[i].mentions == l2->nodes[i].mentions);
    }
    bool had_lists = false;
    for (size_t i = 0; l1 && l2 && i < l1->nedges; i++) {
        const eg_edge *a = &l1->edges[i], *e2 = &l2->edges[i];
        CHECK(a->source == e2->source && a->target == e2->target && a->weight == e2->weight &&
              a->documents == e2->documents && a->npmi == e2->npmi);
        CHECK(e2->ndocs == 0 && e2->nev == 0);
        had_lists = had_lists || (a->ndocs > 0 && a->nev > 0);
    }
    CHECK(had_lists);
    eg_graph_destroy(l1);
    eg_graph_destroy(l2);
    /* skipped lists must still be well formed */
    f = fopen(j2, "w");
    fputs("{\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"PERSON\"},"
          " {\"id\": \"b\", \"label\": \"B\", \"type\": \"PERSON\"}], \"edges\": ["
          "{\"source\": \"a\", \"target\": \"b\", \"weight\": 1, \"evidence\": [{\"doc\": \"x\"]}]}",
          f);
    fclose(f);
    CHECK(eg_graph_load_ex(&l1, j2, EG_LOAD_NO_EVIDENCE, &err) == EG_ERR_PARSE &&
          strstr(err.msg, "invalid JSON near byte"));
    CHECK(eg_graph_load(&l1, j2, &err) == EG_ERR_PARSE);

    /* malformed graph files are clear errors */
    f = fopen(j2, "w");
    fputs("{\"nodes\": [{\"id\": \"a\"}], \"edges\": []}", f);
    fclose(f);
    CHECK(eg_graph_load(&l1, j2, &err) == EG_ERR_PARSE && strstr(err.msg, "node 0"));
    f = fopen(j2, "w");
    fputs("{\"nodes\": [", f);
    fclose(f);
    CHECK(eg_graph_load(&l1, j2, &err) == EG_ERR_PARSE && strstr(err.msg, "invalid JSON"));
    f = fopen(j2, "w");
    fputs("<graphml><graph><node id=", f);
    fclose(f);
    CHECK(eg_graph_load(&l1, j2, &err) == EG_ERR_PARSE);

    /* a graph file truncated after loading (`cp new.json g.json` during a query): the graph
     * lives in memory of its own, so reading it does not die with SIGBUS */
    f = fopen(j2, "w");
    fputs("{\"graph\": {}, \"nodes\": [{\"id\": \"a\", \"label\": \"Alpha Beta\", "
          "\"type\": \"PERSON\"}, {\"id\": \"b\", \"label\": \"Gamma\", "
          "\"type\": \"COUNTRY\"}], \"edges\": [{\"source\": \"a\", \"target\": \"b\", "
          "\"weight\": 2}]}", f);
    for (int i = 0; i < 5000; i++) {
        fputs("                ", f); /* more than a page */
    }
    fclose(f);
    CHECK(eg_graph_load_ex(&l1, j2, EG_LOAD_NO_EVIDENCE, &err) == EG_OK);
    CHECK(truncate(j2, 0) == 0);
    CHECK(l1 && l1->nnodes == 2 && strcmp(l1->nodes[0].label, "Alpha Beta") == 0 &&
          l1->edges[0].weight == 2);
    eg_graph_destroy(l1);
    l1 = NULL;
    /* weights that made Leiden spin forever are refused by the library too */
    eg_graph *w0 = NULL;
    f = fopen(j2, "w");
    fputs("{\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"PERSON\"}, "
          "{\"id\": \"b\", \"label\": \"B\", \"type\": \"PERSON\"}], \"edges\": "
          "[{\"source\": \"a\", \"target\": \"b\", \"weight\": 1}]}", f);
    fclose(f);
    CHECK(eg_graph_load(&w0, j2, &err) == EG_OK);
    if (w0) {
        eg_stats ws;
        w0->edges[0].weight = 0;
        CHECK(eg_query_stats(w0, &ws, &err) == EG_ERR_INVALID &&
              strstr(err.msg, "has weight 0"));
        eg_graph_destroy(w0);
    }

    /* one owner for every graph: a merged graph keeps its strings in its arena too, and a
     * filter that drops its nodes and edges leaves them there (freed once, with the graph) */
    eg_graph *pair[2] = {g, g}, *mg = NULL;
    CHECK(eg_query_merge(pair, 2, &mg, &err) == EG_OK && mg && mg->arena);
    if (mg) {
        CHECK(mg->nnodes == g->nnodes && mg->nedges == g->nedges);
        eg_filter one = {.top = 1};
        CHECK(eg_graph_filter(mg, &one, NULL, NULL, &err) == EG_OK && mg->nnodes == 1 &&
              mg->nedges == 0 && mg->nodes[0].label && mg->nodes[0].naliases > 0);
        eg_graph_destroy(mg);
    }

    /* filters */
    size_t dn = 0, de = 0;
    eg_filter flt = {.min_weight = 2, .drop_isolated = true};
    CHECK(eg_graph_filter(g, &flt, &dn, &de, &err) == EG_OK);
    CHECK(g->nedges >= 1 && de > 0);
    for (size_t i = 0; i < g->nedges; i++) {
        CHECK(g->edges[i].weight >= 2);
    }
    eg_filter top = {.top = 1};
    CHECK(eg_graph_filter(g, &top, NULL, NULL, &err) == EG_OK && g->nnodes == 1 &&
          g->nedges == 0);

    eg_graph_destroy(g);
    eg_builder_destroy(b);
    test_graphml_layout(dir);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return check_done();
}
