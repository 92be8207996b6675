/*
 * test_api_json.c - the JSON writers of the public API (src/api_json.c), against the shared
 * library: each writes one pretty-printed JSON value and a newline with the fields the CLI's
 * --json answers have always had (the golden tests hold their bytes), honours its limits, and
 * refuses bad arguments with EG_ERR_INVALID without writing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>
#include <entgraph/entities.h>
#include <entgraph/ner.h>

#include "check.h"
#include "query_fixture.h"

/* Occurrences of `needle` in `s`. */
static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p += strlen(needle)) {
        n++;
    }
    return n;
}

typedef struct sink {
    FILE *f;
    char *text;
    size_t len;
} sink;

static FILE *sink_open(sink *s)
{
    s->text = NULL;
    s->len = 0;
    s->f = open_memstream(&s->text, &s->len);
    return s->f;
}

/* The text written (caller frees). */
static char *sink_close(sink *s)
{
    fclose(s->f);
    return s->text;
}

static void test_neighbors(const eg_graph *g, size_t niger)
{
    eg_error err = {0};
    eg_neighbors *nb = NULL;
    CHECK(eg_neighbors_create(&nb, g, niger, 1, &err) == EG_OK);
    sink s;
    CHECK(eg_neighbors_write_json(sink_open(&s), g, niger, nb, 0, 1, &err) == EG_OK);
    char *all = sink_close(&s);
    CHECK(strncmp(all, "{\n\t\"entity\":\t{\n\t\t\"id\":\t\"", 24) == 0);
    CHECK(s.len > 2 && strcmp(all + s.len - 2, "}\n") == 0);
    CHECK(count(all, "\"hops\":") == eg_neighbors_count(nb));
    CHECK(count(all, "\"evidence\":") == eg_neighbors_count(nb));
    free(all);
    CHECK(eg_neighbors_write_json(sink_open(&s), g, niger, nb, 1, 0, &err) == EG_OK);
    char *one = sink_close(&s);
    CHECK(count(one, "\"hops\":") == 1);
    CHECK(count(one, "\"evidence\":") == 0);
    free(one);
    /* bad arguments: nothing written */
    CHECK(eg_neighbors_write_json(sink_open(&s), g, eg_graph_node_count(g), nb, 0, 0, &err) ==
          EG_ERR_INVALID);
    char *none = sink_close(&s);
    CHECK(s.len == 0);
    free(none);
    CHECK(eg_neighbors_write_json(stdout, g, niger, NULL, 0, 0, &err) == EG_ERR_INVALID);
    eg_neighbors_destroy(nb);
}

static void test_path_metrics_timeline(const eg_graph *g, size_t niger, size_t putin)
{
    eg_error err = {0};
    sink s;
    eg_path *p = NULL;
    CHECK(eg_path_create(&p, g, niger, putin, &err) == EG_OK);
    CHECK(eg_path_write_json(sink_open(&s), g, p, &err) == EG_OK);
    char *path = sink_close(&s);
    CHECK(strncmp(path, "{\n\t\"from\":\t{\n\t\t\"id\":\t\"", 22) == 0);
    CHECK(count(path, "\"weight\":") == eg_path_length(p));
    free(path);
    eg_path_destroy(p);
    CHECK(eg_path_write_json(stdout, g, NULL, &err) == EG_ERR_INVALID);

    eg_metrics *m = NULL;
    CHECK(eg_metrics_compute(&m, g, &err) == EG_OK);
    CHECK(eg_metrics_write_json(sink_open(&s), g, m, 2, &err) == EG_OK);
    char *stats = sink_close(&s);
    CHECK(strncmp(stats, "{\n\t\"entities\":\t", 15) == 0);
    CHECK(count(stats, "\"value\":") == 4 * 2); /* two entities by each of four metrics */
    CHECK(count(stats, "\"algorithm\":\t\"leiden-modularity\"") == 1);
    free(stats);
    eg_metrics_destroy(m);

    eg_timeline *t = NULL;
    CHECK(eg_timeline_create(&t, g, niger, &err) == EG_OK);
    CHECK(eg_timeline_write_json(sink_open(&s), g, niger, t, &err) == EG_OK);
    char *tl = sink_close(&s);
    CHECK(strncmp(tl, "{\n\t\"months\":\t[", 14) == 0);
    CHECK(count(tl, "\"month\":") == eg_timeline_month_count(t));
    free(tl);
    eg_timeline_destroy(t);
}

static void test_scores(void)
{
    eg_ner_scores sc = {.tokens = 7};
    sc.overall = (eg_ner_score){.precision = 66.666, .gold = 3, .predicted = 3, .correct = 2};
    eg_error err = {0};
    sink s;
    CHECK(eg_ner_scores_write_json(sink_open(&s), &sc, &err) == EG_OK);
    char *txt = sink_close(&s);
    CHECK(strncmp(txt, "{\n\t\"tokens\":\t7,\n\t\"types\":\t{", 27) == 0);
    CHECK(count(txt, "\"precision\":\t66.67,") == 1); /* rounded to 2 decimals */
    CHECK(count(txt, "\"f1\":") == EG_NER_NTYPES + 1);
    free(txt);
    CHECK(eg_ner_scores_write_json(stdout, NULL, &err) == EG_ERR_INVALID);
    CHECK(eg_entities_write_json(stdout, NULL, 0, &err) == EG_ERR_INVALID);
}

int main(void)
{
    eg_graph *g = load("dated.json");
    CHECK(g != NULL);
    if (!g) {
        return check_done();
    }
    size_t niger = 0, putin = 0;
    CHECK(eg_graph_find(&niger, g, "niger", NULL) == EG_OK);
    CHECK(eg_graph_find(&putin, g, "putin", NULL) == EG_OK);
    test_neighbors(g, niger);
    test_path_metrics_timeline(g, niger, putin);
    test_scores();
    eg_graph_destroy(g);
    return check_done();
}
