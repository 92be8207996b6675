/*
 * build_graph.c - build the graph of a directory of articles and save it.
 *
 *     cc build_graph.c -o build_graph $(pkg-config --cflags --libs entgraph)
 *     ./build_graph samples/ graph.json
 *
 * The output format follows the extension (.json, .graphml, .gexf, .dot, .csv, .cyjs), as
 * `entgraph build INPUT -o OUTPUT` does.
 */
#include <entgraph/entgraph.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: build_graph INPUT... OUTPUT\n");
        return 2;
    }
    const char *out = argv[argc - 1];
    int format = eg_format_from_path(out);
    if (format < 0) {
        fprintf(stderr, "build_graph: %s: unknown output extension\n", out);
        return 2;
    }
    eg_build_options o;
    eg_build_options_init(&o); /* sentence window, PERSON/COUNTRY/ORGANIZATION */
    eg_graph *g = NULL;
    eg_error err;
    if (eg_build(&g, (const char *const *)argv + 1, (size_t)argc - 2, &o, &err) != EG_OK ||
        eg_graph_save(g, out, (eg_format)format, &err) != EG_OK) {
        fprintf(stderr, "build_graph: %s\n", err.msg);
        eg_graph_destroy(g);
        return 1;
    }
    printf("%zu entities, %zu edges -> %s\n", eg_graph_node_count(g), eg_graph_edge_count(g),
           out);
    eg_graph_destroy(g);
    return 0;
}
