/*
 * test_api.c - the public API alone (entgraph/entgraph.h), linked against the shared
 * library: only EG_API symbols are visible, and one call builds a graph.
 */
#include <entgraph/entgraph.h>
#include <stdlib.h>

#include "check.h"

int main(void)
{
    const char *src = getenv("EG_SRC");
    char samples[512];
    snprintf(samples, sizeof samples, "%s/samples", src ? src : "..");
    eg_build_options o;
    eg_build_options_init(&o);
    o.threads = 1;
    const char *inputs[] = {samples};
    eg_graph *g = NULL;
    eg_error err;
    CHECK(eg_build(&g, inputs, 1, &o, &err) == EG_OK);
    CHECK(g && eg_graph_node_count(g) > 10 && eg_graph_edge_count(g) > 10);
    CHECK(eg_etype_parse("person") == EG_PERSON);
    CHECK_STR(eg_etype_name(EG_COUNTRY), "COUNTRY");
    CHECK(eg_format_from_path("x.graphml") == EG_FORMAT_GRAPHML);
    CHECK(eg_graph_save(g, "/dev/null", EG_FORMAT_JSON, &err) == EG_OK);
    eg_graph_destroy(g);
    eg_graph_destroy(NULL);
    const char *missing[] = {"/nonexistent/dir"};
    g = NULL;
    CHECK(eg_build(&g, missing, 1, &o, &err) == EG_ERR_IO && g == NULL);
    CHECK(strstr(err.msg, "No such file") != NULL);
    return check_done();
}
