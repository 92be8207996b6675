/*
 * neighbors.c - load a graph and print an entity's neighbours, as `entgraph neighbors GRAPH
 * NAME [--depth K]` prints them.
 *
 *     cc neighbors.c -o neighbors $(pkg-config --cflags --libs entgraph)
 *     ./neighbors graph.json bazoum
 *
 * NAME may be any alias of the entity, in any case, with or without diacritics or a
 * possessive.
 */
#include <entgraph/entgraph.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: neighbors GRAPH NAME [DEPTH]\n");
        return 2;
    }
    unsigned depth = argc == 4 ? (unsigned)strtoul(argv[3], NULL, 10) : 1;
    eg_graph *g = NULL;
    eg_neighbors *nb = NULL;
    eg_error err;
    size_t k;
    if (eg_graph_load(&g, argv[1], &err) != EG_OK || eg_graph_find(&k, g, argv[2], &err) != EG_OK ||
        eg_neighbors_create(&nb, g, k, depth, &err) != EG_OK) {
        fprintf(stderr, "neighbors: %s\n", err.msg);
        eg_graph_destroy(g);
        return 1;
    }
    const eg_node *me = eg_graph_node(g, k);
    size_t n = eg_neighbors_count(nb);
    if (depth > 1) {
        printf("%s (%s): %zu entities within %u hops\n", eg_node_label(me),
               eg_etype_name(eg_node_type(me)), n, depth);
    } else {
        printf("%s (%s): %zu neighbor%s\n", eg_node_label(me), eg_etype_name(eg_node_type(me)),
               n, n == 1 ? "" : "s");
    }
    printf("  %6s %5s %7s  %-12s %s\n", "weight", "docs", "npmi", "type", "entity");
    for (size_t i = 0; i < n; i++) {
        const eg_edge *e = eg_graph_edge(g, eg_neighbors_edge(nb, i));
        const eg_node *o = eg_graph_node(g, eg_neighbors_node(nb, i));
        printf("  %6u %5u %7.3f  %-12s %s", eg_edge_weight(e), eg_edge_documents(e),
               eg_edge_npmi(e), eg_etype_name(eg_node_type(o)), eg_node_label(o));
        if (eg_neighbors_hops(nb, i) > 1) {
            printf("  (%u hops, via %s)", eg_neighbors_hops(nb, i),
                   eg_node_label(eg_graph_node(g, eg_neighbors_via(nb, i))));
        }
        putchar('\n');
    }
    eg_neighbors_destroy(nb);
    eg_graph_destroy(g);
    return 0;
}
