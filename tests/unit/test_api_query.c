/*
 * test_api_query.c - the public read and query API (entgraph/query.h) alone, linked against
 * the shared library, on the hand-written fixtures of tests/query: every accessor, lookup by
 * any alias, neighbors, path and metrics give what `entgraph neighbors/path/stats` print
 * (tests/golden), and NULL arguments, unknown names and numbers out of range give errors.
 */
#include <entgraph/entgraph.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "query_fixture.h"

static size_t find(const eg_graph *g, const char *name)
{
    size_t k = SIZE_MAX;
    CHECK(eg_graph_find(&k, g, name, NULL) == EG_OK);
    return k;
}

static void test_accessors(const eg_graph *g)
{
    CHECK(eg_graph_node_count(g) == 6 && eg_graph_edge_count(g) == 5);
    CHECK(eg_graph_window(g) == EG_WINDOW_SENTENCE);
    CHECK(eg_graph_document_count(g) == 3);
    const eg_node *a = eg_graph_node(g, 0);
    CHECK(a != NULL);
    CHECK_STR(eg_node_id(a), "a");
    CHECK_STR(eg_node_label(a), "Amélie Durand");
    CHECK(eg_node_type(a) == EG_PERSON);
    CHECK(eg_node_alias_count(a) == 3);
    CHECK_STR(eg_node_alias(a, 1), "Durand");
    CHECK(eg_node_alias(a, 3) == NULL);
    CHECK(eg_node_mentions(a) == 4 && eg_node_documents(a) == 2);
    CHECK(eg_node_first_seen(a) == 0 && eg_node_last_seen(a) == 0);
    CHECK(eg_graph_node(g, 6) == NULL && eg_graph_edge(g, 5) == NULL);
    CHECK(eg_graph_node(NULL, 0) == NULL && eg_graph_edge(NULL, 0) == NULL);

    const eg_edge *e = eg_graph_edge(g, 0); /* a -- b */
    CHECK(e != NULL);
    CHECK(eg_edge_source(e) == 0 && eg_edge_target(e) == 1);
    CHECK(eg_edge_weight(e) == 2 && eg_edge_documents(e) == 2);
    CHECK(fabs(eg_edge_npmi(e) - 0.5) < 1e-9);
    CHECK(eg_edge_doc_count(e) == 2);
    CHECK_STR(eg_edge_doc(e, 1), "d2");
    CHECK(eg_edge_doc(e, 2) == NULL);
    CHECK(eg_edge_evidence_count(e) == 1);
    CHECK_STR(eg_edge_evidence_doc(e, 0), "d1");
    CHECK_STR(eg_edge_evidence_sentence(e, 0), "Durand chairs the Bordeaux Council.");
    CHECK(eg_edge_evidence_doc(e, 1) == NULL && eg_edge_evidence_sentence(e, 1) == NULL);
    CHECK(eg_edge_first_seen(e) == 0 && eg_edge_last_seen(e) == 0);
}

static void test_find(const eg_graph *g)
{
    /* label, alias, case, possessive, diacritics, id */
    CHECK(find(g, "Amélie Durand") == 0);
    CHECK(find(g, "durand") == 0);
    CHECK(find(g, "MME DURAND") == 0);
    CHECK(find(g, "Durand's") == 0);
    CHECK(find(g, "Amelie Durand") == 0);
    CHECK(find(g, "bc") == 1);
    CHECK(find(g, "zoe bauer") == 3);
    CHECK(find(g, "f") == 5);

    eg_error err;
    size_t k = 7;
    CHECK(eg_graph_find(&k, g, "Nobody Atall", &err) == EG_ERR_NOT_FOUND);
    CHECK(err.code == EG_ERR_NOT_FOUND && k == SIZE_MAX);
    CHECK_STR(err.msg, "no entity named 'Nobody Atall'");
    CHECK(eg_graph_find(&k, g, "Durandd", &err) == EG_ERR_NOT_FOUND);
    CHECK_STR(err.msg, "no entity named 'Durandd'; did you mean: Amélie Durand?");
    CHECK(eg_graph_find(&k, g, NULL, &err) == EG_ERR_INVALID);
    CHECK(eg_graph_find(&k, NULL, "a", &err) == EG_ERR_INVALID);
    CHECK(eg_graph_find(NULL, g, "a", NULL) == EG_ERR_INVALID);
}

/* tests/golden/neighbors_depth.out */
static void test_neighbors(const eg_graph *g)
{
    eg_neighbors *nb = NULL;
    eg_error err;
    CHECK(eg_neighbors_create(&nb, g, find(g, "Durand"), 3, &err) == EG_OK);
    CHECK(eg_neighbors_count(nb) == 4);
    const char *want[] = {"Bordeaux Council", "France", "Zoë Bauer", "Lake Pátzcuaro"};
    const unsigned hops[] = {1, 1, 2, 3};
    const char *via[] = {"Amélie Durand", "Amélie Durand", "France", "Zoë Bauer"};
    for (size_t i = 0; i < 4 && i < eg_neighbors_count(nb); i++) {
        CHECK_STR(eg_node_label(eg_graph_node(g, eg_neighbors_node(nb, i))), want[i]);
        CHECK(eg_neighbors_hops(nb, i) == hops[i]);
        CHECK_STR(eg_node_label(eg_graph_node(g, eg_neighbors_via(nb, i))), via[i]);
        const eg_edge *e = eg_graph_edge(g, eg_neighbors_edge(nb, i));
        CHECK(e && (eg_edge_source(e) == eg_neighbors_node(nb, i) ||
                    eg_edge_target(e) == eg_neighbors_node(nb, i)));
    }
    CHECK(eg_edge_weight(eg_graph_edge(g, eg_neighbors_edge(nb, 1))) == 2);
    CHECK(eg_neighbors_node(nb, 4) == SIZE_MAX && eg_neighbors_edge(nb, 4) == SIZE_MAX);
    CHECK(eg_neighbors_via(nb, 4) == SIZE_MAX && eg_neighbors_hops(nb, 4) == 0);
    eg_neighbors_destroy(nb);

    CHECK(eg_neighbors_create(&nb, g, find(g, "Isolated Group"), 1, &err) == EG_OK);
    CHECK(nb && eg_neighbors_count(nb) == 0);
    eg_neighbors_destroy(nb);

    nb = (eg_neighbors *)&err;
    CHECK(eg_neighbors_create(&nb, g, 6, 1, &err) == EG_ERR_INVALID && nb == NULL);
    CHECK_STR(err.msg, "node 6 out of range (6 nodes)");
    CHECK(eg_neighbors_create(&nb, g, 0, 0, &err) == EG_ERR_INVALID && nb == NULL);
    CHECK(eg_neighbors_create(&nb, NULL, 0, 1, &err) == EG_ERR_INVALID && nb == NULL);
    CHECK(eg_neighbors_create(NULL, g, 0, 1, NULL) == EG_ERR_INVALID);
    CHECK(eg_neighbors_count(NULL) == 0);
    eg_neighbors_destroy(NULL);
}

static void test_path(const eg_graph *g)
{
    eg_path *p = NULL;
    eg_error err;
    size_t a = find(g, "Durand"), e = find(g, "Lake Patzcuaro");
    CHECK(eg_path_create(&p, g, a, e, &err) == EG_OK);
    CHECK(eg_path_length(p) == 3);
    const char *want[] = {"Amélie Durand", "France", "Zoë Bauer", "Lake Pátzcuaro"};
    for (size_t i = 0; i < 4; i++) {
        CHECK_STR(eg_node_label(eg_graph_node(g, eg_path_node(p, i))), want[i]);
    }
    CHECK(eg_path_edge(p, 0) == 1); /* a -- c, weight 2 */
    CHECK(eg_path_edge(p, 3) == SIZE_MAX && eg_path_node(p, 4) == SIZE_MAX);
    eg_path_destroy(p);

    CHECK(eg_path_create(&p, g, a, a, &err) == EG_OK);
    CHECK(eg_path_length(p) == 0 && eg_path_node(p, 0) == a);
    eg_path_destroy(p);

    /* tests/golden/path_none.err */
    p = (eg_path *)&err;
    CHECK(eg_path_create(&p, g, a, find(g, "Isolated Group"), &err) == EG_ERR_NOT_FOUND);
    CHECK(p == NULL);
    CHECK_STR(err.msg, "no path between 'Amélie Durand' and 'Isolated Group'");
    CHECK(eg_path_create(&p, g, a, 99, &err) == EG_ERR_INVALID && p == NULL);
    CHECK(eg_path_create(&p, NULL, 0, 0, &err) == EG_ERR_INVALID && p == NULL);
    CHECK(eg_path_create(NULL, g, 0, 0, NULL) == EG_ERR_INVALID);
    CHECK(eg_path_length(NULL) == 0);
    eg_path_destroy(NULL);
}

/* tests/golden/stats_samples.out */
static void test_metrics(void)
{
    eg_graph *g = load("samples.json");
    CHECK(g != NULL);
    eg_metrics *m = NULL;
    eg_error err;
    CHECK(eg_metrics_compute(&m, g, &err) == EG_OK);
    size_t top[5];
    CHECK(eg_metrics_top(m, EG_METRIC_DEGREE, 5, top) == 5);
    const char *want[] = {"Niger", "Mali", "Vladimir Putin", "Russia",
                          "Economic Community of West African States"};
    for (size_t i = 0; i < 5; i++) {
        CHECK_STR(eg_node_label(eg_graph_node(g, top[i])), want[i]);
    }
    CHECK(eg_metrics_value(m, EG_METRIC_DEGREE, top[0]) == 19);
    CHECK(eg_metrics_top(m, EG_METRIC_STRENGTH, 1, top) == 1);
    CHECK_STR(eg_node_label(eg_graph_node(g, top[0])), "Mali");
    CHECK(eg_metrics_value(m, EG_METRIC_STRENGTH, top[0]) == 84);
    CHECK(fabs(eg_metrics_value(m, EG_METRIC_PAGERANK, top[0]) - 0.0857) < 5e-5);
    CHECK(eg_metrics_top(m, EG_METRIC_BETWEENNESS, 1, top) == 1);
    CHECK_STR(eg_node_label(eg_graph_node(g, top[0])), "Niger");
    CHECK(fabs(eg_metrics_value(m, EG_METRIC_BETWEENNESS, top[0]) - 404) < 1e-6);
    CHECK(eg_metrics_betweenness_cutoff(m) == 0);
    CHECK(eg_metrics_community_count(m) == 14);
    CHECK(fabs(eg_metrics_modularity(m) - 0.277) < 5e-4);
    size_t niger = find(g, "Niger"), bazoum = find(g, "Bazoum"), mali = find(g, "Mali");
    CHECK(eg_metrics_community(m, niger) == 0 && eg_metrics_community(m, bazoum) == 0);
    CHECK(eg_metrics_community(m, mali) == 1);
    /* errors and ranges */
    CHECK(eg_metrics_top(m, EG_NMETRICS, 5, top) == 0);
    CHECK(eg_metrics_top(m, EG_METRIC_DEGREE, 0, top) == 0);
    CHECK(eg_metrics_top(m, EG_METRIC_DEGREE, 1000, NULL) == 0);
    CHECK(eg_metrics_value(m, EG_NMETRICS, 0) == 0);
    CHECK(eg_metrics_value(m, EG_METRIC_DEGREE, eg_graph_node_count(g)) == 0);
    CHECK(eg_metrics_community(m, eg_graph_node_count(g)) == SIZE_MAX);
    eg_metrics_destroy(m);
    m = (eg_metrics *)&err;
    CHECK(eg_metrics_compute(&m, NULL, &err) == EG_ERR_INVALID && m == NULL);
    CHECK(eg_metrics_compute(NULL, g, NULL) == EG_ERR_INVALID);
    CHECK(eg_metrics_community_count(NULL) == 0 && eg_metrics_top(NULL, 0, 1, top) == 0);
    eg_metrics_destroy(NULL);
    eg_graph_destroy(g);
}

/* dates of the first and last dated article (tests/query/dated.json) */
static void test_dates(void)
{
    eg_graph *g = load("dated.json");
    CHECK(g != NULL);
    const eg_node *n = eg_graph_node(g, find(g, "Tinubu"));
    CHECK(n && eg_node_first_seen(n) == 20230806 && eg_node_last_seen(n) == 20230914);
    const eg_edge *e = eg_graph_edge(g, 0);
    CHECK(e && eg_edge_first_seen(e) == 20230730 && eg_edge_last_seen(e) == 20230730);
    CHECK(n && eg_node_doc_count(n) >= 1 && eg_node_doc(n, 0) != NULL);
    CHECK(n && eg_node_doc(n, eg_node_doc_count(n)) == NULL);
    /* mentions per article: Tinubu is named once in a2 and twice in a4 */
    CHECK(n && eg_node_doc_count(n) == 2);
    CHECK_STR(eg_node_doc(n, 1), "a4");
    CHECK(n && eg_node_doc_mentions(n, 0) == 1 && eg_node_doc_mentions(n, 1) == 2);
    CHECK(n && eg_node_doc_mentions(n, 2) == 0);
    /* the document table: tests/golden/path_dated.out shows a4 as "2023-09-14, Putin meets
     * Tinubu" */
    eg_article a;
    eg_error err;
    CHECK(eg_graph_article(&a, g, "a4", &err) == EG_OK);
    CHECK_STR(a.id, "a4");
    CHECK_STR(a.title, "Putin meets Tinubu");
    CHECK(a.url == NULL && a.date == 20230914);
    CHECK(eg_graph_article(&a, g, "a1", &err) == EG_OK);
    CHECK_STR(a.url, "https://example.org/a1");
    CHECK(eg_graph_article(&a, g, "a3", &err) == EG_OK && a.date == 0);
    CHECK(eg_graph_article(&a, g, "zz", &err) == EG_ERR_NOT_FOUND && a.id == NULL);
    CHECK_STR(err.msg, "no article 'zz' in the graph's document table");
    CHECK(eg_graph_article(&a, g, NULL, &err) == EG_ERR_INVALID);
    CHECK(eg_graph_article(NULL, g, "a1", NULL) == EG_ERR_INVALID);
    eg_graph_destroy(g);
}

/* a graph saved before nodes kept their mentions per article: 0, unknown */
static void test_older(void)
{
    eg_graph *g = load("dated-older.json");
    CHECK(g != NULL);
    const eg_node *n = eg_graph_node(g, find(g, "Tinubu"));
    CHECK(n && eg_node_doc_count(n) == 2 && eg_node_doc_mentions(n, 1) == 0);
    eg_timeline *t = NULL;
    eg_error err;
    CHECK(eg_timeline_create(&t, g, find(g, "Tinubu"), &err) == EG_OK);
    CHECK(!eg_timeline_mentions_known(t) && eg_timeline_mentions(t) == eg_timeline_articles(t));
    eg_timeline_destroy(t);
    eg_graph_destroy(g);
}

/* tests/golden/stats_timeline.out: Niger in 4 articles, 1 undated, one a month Jul-Sep 2023 */
static void test_timeline(void)
{
    eg_graph *g = load("dated.json");
    CHECK(g != NULL);
    eg_timeline *t = NULL;
    eg_error err;
    CHECK(eg_timeline_create(&t, g, find(g, "niger"), &err) == EG_OK);
    CHECK(eg_timeline_articles(t) == 4 && eg_timeline_undated(t) == 1);
    CHECK(eg_timeline_month_count(t) == 3);
    for (size_t i = 0; i < 3; i++) {
        CHECK(eg_timeline_month(t, i) == 202307 + i && eg_timeline_month_articles(t, i) == 1);
    }
    CHECK(eg_timeline_month(t, 3) == 0 && eg_timeline_month_articles(t, 3) == 0);
    size_t sum = eg_timeline_undated_mentions(t);
    for (size_t i = 0; i < 3; i++) {
        sum += eg_timeline_month_mentions(t, i);
        CHECK(eg_timeline_month_mentions(t, i) >= eg_timeline_month_articles(t, i));
    }
    CHECK(eg_timeline_mentions_known(t) && eg_timeline_mentions(t) == sum && sum >= 4);
    eg_timeline_destroy(t);
    t = (eg_timeline *)&err;
    CHECK(eg_timeline_create(&t, g, eg_graph_node_count(g), &err) == EG_ERR_INVALID && !t);
    CHECK(eg_timeline_create(&t, NULL, 0, &err) == EG_ERR_INVALID);
    eg_timeline_destroy(NULL);
    eg_graph_destroy(g);
}

/* loading with flags, several graphs in one file, lookup by id, merging */
static void test_load_merge(void)
{
    char path[512];
    eg_graph *g = NULL;
    eg_error err;
    check_src_path(path, sizeof path, "tests/query/tiny.json");
    CHECK(eg_graph_load_ex(&g, path, EG_LOAD_NO_EVIDENCE, &err) == EG_OK);
    CHECK(g && eg_graph_edge_count(g) == 5 && eg_edge_weight(eg_graph_edge(g, 0)) == 2);
    CHECK(g && eg_edge_evidence_count(eg_graph_edge(g, 0)) == 0);
    CHECK(eg_graph_find_id(g, "a") == 0 && eg_graph_find_id(g, "f") == 5);
    CHECK(eg_graph_find_id(g, "Amélie Durand") == -1 && eg_graph_find_id(g, "zz") == -1);
    CHECK(!eg_graph_is_shard(g) && !eg_graph_is_shard(NULL));
    eg_graph *m = (eg_graph *)&err;
    CHECK(eg_graph_merge(&g, 1, 1, &m, &err) == EG_ERR_INVALID && m == NULL);
    CHECK(eg_graph_merge(&g, 1, 0, &m, &err) == EG_OK && m);
    CHECK(m && eg_graph_node_count(m) == 6 && !eg_graph_is_shard(m));
    eg_graph_destroy(m);
    eg_graph_destroy(g);

    eg_graph *s[2] = {load("banks-japan-shard.json"), load("banks-england-shard.json")};
    CHECK(s[0] && s[1] && eg_graph_is_shard(s[0]) && eg_graph_is_shard(s[1]));
    CHECK(eg_graph_merge(s, 2, 1, &m, &err) == EG_OK && eg_graph_is_shard(m));
    eg_graph_destroy(m);
    /* an article in two inputs would be counted twice: refused, the inputs named */
    eg_graph *twice[2] = {s[0], s[0]};
    m = (eg_graph *)&err;
    CHECK(eg_graph_merge(twice, 2, 0, &m, &err) == EG_ERR_INVALID && m == NULL);
    CHECK(strstr(err.msg, "merge: article 'bank-of-japan' is in both ") == err.msg &&
          strstr(err.msg, "banks-japan-shard.json and "));
    CHECK(eg_graph_merge(twice, 2, 1, &m, &err) == EG_ERR_INVALID && m == NULL);
    eg_graph **many = NULL;
    size_t n = 0;
    check_src_path(path, sizeof path, "tests/query/shard1.json");
    CHECK(eg_graph_load_many(&many, &n, path, 0, &err) == EG_OK && n == 1 && many[0]);
    for (size_t i = 0; i < n; i++) {
        eg_graph_destroy(many[i]);
    }
    free(many);
    eg_graph_destroy(s[0]);
    eg_graph_destroy(s[1]);
}

int main(void)
{
    eg_graph *g = load("tiny.json");
    CHECK(g != NULL);
    if (g) {
        test_accessors(g);
        test_find(g);
        test_neighbors(g);
        test_path(g);
    }
    eg_graph_destroy(g);
    test_metrics();
    test_dates();
    test_older();
    test_timeline();
    test_load_merge();
    return check_done();
}
