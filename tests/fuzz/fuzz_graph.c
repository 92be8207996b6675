/*
 * fuzz_graph.c - libFuzzer harness: bytes as a graph file (JSON or GraphML), then the commands
 * that read a graph run on it: find, neighbors, path, stats (igraph PageRank, betweenness,
 * Leiden), merge, and render's preparation (ego cut, filters, the styled DOT parsed back by
 * Graphviz's cgraph; no layout). A graph that loads must also survive a round trip: written as
 * JSON and as GraphML, each must load again (merge once wrote GraphML entgraph then refused).
 *
 * Input: a control line (up to the first '\n') whose bytes pick the steps and the nodes, then
 * the graph file. An empty control line runs every step.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <graphviz/cgraph.h>

#include "../../src/io/export.h"
#include "../../src/graph/filter.h"
#include "../../src/graph/graph.h"
#include "../../src/query/query.h"
#include "fdp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { STATS = 1, NEIGHBORS = 2, PATH = 4, MERGE = 8, RENDER = 16, ROUNDTRIP = 32, FIND = 64 };

/* A temporary file in memory (/dev/shm) when there is one, else in /tmp. */
static char *write_temp(const void *data, size_t size)
{
    char *path = strdup("/dev/shm/eg-fuzz-graph-XXXXXX");
    int fd = path ? mkstemp(path) : -1;
    if (fd < 0 && path) {
        strcpy(path, "/tmp/eg-fuzz-graph-XXXXXX");
        fd = mkstemp(path);
    }
    if (fd < 0) {
        free(path);
        return NULL;
    }
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        free(path);
        return NULL;
    }
    close(fd);
    return path;
}

/* A graph that loaded, saved in `format`, must load again. */
static void roundtrip(const eg_graph *g, eg_format format)
{
    char *path = write_temp("", 0);
    if (!path) {
        return;
    }
    eg_error err = {0};
    if (eg_graph_save(g, path, format, &err) == EG_OK) {
        eg_graph *back = NULL;
        if (eg_graph_load(&back, path, &err) != EG_OK) {
            fprintf(stderr, "written as %s, refused on reading: %s\n",
                    format == EG_FORMAT_JSON ? "JSON" : "GraphML", err.msg);
            abort();
        }
        if (back->nnodes != g->nnodes || back->nedges != g->nedges) {
            fprintf(stderr, "round trip changed the graph: %zu/%zu nodes, %zu/%zu edges\n",
                    back->nnodes, g->nnodes, back->nedges, g->nedges);
            abort();
        }
        eg_graph_destroy(back);
    }
    unlink(path);
    free(path);
}

/* render: ego cut, the size filters of cmd_render, the DOT text read back by cgraph. */
static void render_prep(eg_graph *g, uint32_t ego, unsigned depth, size_t max_nodes)
{
    eg_error err = {0};
    if (g->nnodes && depth) {
        eg_neighbor *nb = NULL;
        size_t n = 0;
        bool *keep = calloc(g->nnodes, sizeof *keep);
        if (keep && eg_query_neighbors(g, ego, depth, &nb, &n, &err) == EG_OK) {
            keep[ego] = true;
            for (size_t i = 0; i < n; i++) {
                keep[nb[i].node] = true;
            }
            eg_graph_keep(g, keep, NULL, &err);
        }
        free(nb);
        free(keep);
    }
    eg_filter f = {.top = max_nodes, .drop_isolated = g->nnodes > max_nodes};
    if (eg_graph_filter(g, &f, NULL, NULL, &err) != EG_OK) {
        return;
    }
    while (g->nedges > 4 * g->nnodes + 8) {
        f = (eg_filter){.min_weight = f.min_weight + 1};
        if (eg_graph_filter(g, &f, NULL, NULL, &err) != EG_OK) {
            return;
        }
    }
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        return;
    }
    eg_status st = eg_export_dot(g, mem, &err);
    fclose(mem);
    if (st == EG_OK) {
        Agraph_t *dg = agmemread(text);
        if (!dg) {
            fprintf(stderr, "cgraph cannot parse the DOT written for a loaded graph\n");
            abort();
        }
        agclose(dg);
    }
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fdp p = {data, size};
    size_t clen;
    const uint8_t *ctl = fdp_until(&p, '\n', &clen);
    fdp c = {ctl, clen};
    unsigned steps = clen ? fdp_u8(&c) : 0xff;
    char *path = write_temp(p.data, p.size);
    if (!path) {
        return 0;
    }
    eg_error err = {0};
    eg_graph *g = NULL;
    if (eg_graph_load_ex(&g, path, (steps & 128) ? EG_LOAD_NO_EVIDENCE : 0, &err) != EG_OK) {
        unlink(path);
        free(path);
        return 0;
    }
    uint32_t a = g->nnodes ? fdp_range(&c, 0, 65535) % g->nnodes : 0;
    uint32_t b = g->nnodes ? fdp_range(&c, 0, 65535) % g->nnodes : 0;
    unsigned depth = fdp_range(&c, 1, 4);
    bool small = g->nnodes <= 400 && g->nedges <= 4000; /* igraph's stats stay fast */
    if ((steps & FIND) && g->nnodes) {
        char *suggest = NULL;
        long k = eg_query_find(g, g->nodes[a].label, &suggest);
        free(suggest);
        if (k < 0) {
            fprintf(stderr, "a node is not found by its own label\n");
            abort();
        }
        size_t nlen;
        const uint8_t *name = fdp_bytes(&c, 64, &nlen);
        char *q = strndup((const char *)name, nlen);
        if (q) {
            eg_query_find(g, q, &suggest);
            free(suggest);
            free(q);
        }
    }
    if ((steps & NEIGHBORS) && g->nnodes) {
        eg_neighbor *nb = NULL;
        size_t n = 0;
        if (eg_query_neighbors(g, a, depth, &nb, &n, &err) == EG_OK) {
            for (size_t i = 0; i < n; i++) {
                if (nb[i].node >= g->nnodes || nb[i].hops < 1 || nb[i].hops > depth) {
                    abort();
                }
            }
        }
        free(nb);
    }
    if ((steps & PATH) && g->nnodes) {
        uint32_t *edges = NULL;
        size_t ne = 0;
        if (eg_query_path(g, a, b, &edges, &ne, &err) == EG_OK) {
            for (size_t i = 0; i < ne; i++) {
                if (edges[i] >= g->nedges) {
                    abort();
                }
            }
        }
        free(edges);
    }
    if ((steps & STATS) && small) {
        eg_stats s = {0};
        if (eg_query_stats(g, &s, &err) == EG_OK) {
            eg_stats_fini(&s);
        }
    }
    if (steps & MERGE) {
        eg_graph *twice[2] = {g, NULL}, *m = NULL;
        if (eg_graph_load(&twice[1], path, &err) == EG_OK &&
            eg_query_merge(twice, 2, &m, &err) == EG_OK) {
            if (steps & ROUNDTRIP) {
                roundtrip(m, EG_FORMAT_GRAPHML);
            }
            if ((steps & STATS) && small) {
                eg_stats s = {0};
                if (eg_query_stats(m, &s, &err) == EG_OK) {
                    eg_stats_fini(&s);
                }
            }
            eg_graph_destroy(m);
        }
        eg_graph_destroy(twice[1]);
    }
    if (steps & ROUNDTRIP) {
        roundtrip(g, EG_FORMAT_JSON);
        roundtrip(g, EG_FORMAT_GRAPHML);
    }
    if (steps & RENDER) {
        render_prep(g, a, (steps & 64) ? depth : 0, fdp_range(&c, 1, 150));
    }
    eg_graph_destroy(g);
    unlink(path);
    free(path);
    return 0;
}
