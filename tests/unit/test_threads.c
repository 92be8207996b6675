/*
 * test_threads.c - queries are thread-safe: four threads ask neighbors, paths and metrics of two
 * loaded graphs at once (each thread alternating between them) and every answer must equal the
 * one a single thread got before. Public API only, against the shared library.
 *
 * Without the fixes this test caught: neighbors sorted through a module-level graph pointer
 * (a thread sorted one graph's neighbours with another graph's weights and labels), and igraph,
 * whose error stack and random number generator are process globals, used by two threads.
 */
#include <entgraph/entgraph.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "query_fixture.h"

enum { THREADS = 4, ROUNDS = 12 };

static eg_graph *graphs[2];
static uint64_t want[2];

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

static uint64_t mix_double(uint64_t h, double d)
{
    uint64_t v;
    memcpy(&v, &d, sizeof v);
    return mix(h, v);
}

/* Every answer about g folded into one number (0 when a query failed). */
static uint64_t fingerprint(const eg_graph *g)
{
    uint64_t h = 1;
    size_t n = eg_graph_node_count(g);
    for (size_t i = 0; i < n; i++) {
        eg_neighbors *nb = NULL;
        if (eg_neighbors_create(&nb, g, i, 2, NULL) != EG_OK) {
            return 0;
        }
        for (size_t k = 0; k < eg_neighbors_count(nb); k++) {
            h = mix(h, eg_neighbors_node(nb, k));
            h = mix(h, eg_neighbors_edge(nb, k));
            h = mix(h, eg_neighbors_via(nb, k));
            h = mix(h, eg_neighbors_hops(nb, k));
        }
        eg_neighbors_destroy(nb);
        eg_path *p = NULL;
        eg_status st = eg_path_create(&p, g, i, (i * 7 + 3) % n, NULL);
        if (st != EG_OK && st != EG_ERR_NOT_FOUND) {
            return 0;
        }
        for (size_t k = 0; p && k < eg_path_length(p); k++) {
            h = mix(h, eg_path_edge(p, k));
        }
        h = mix(h, (uint64_t)st);
        eg_path_destroy(p);
    }
    eg_metrics *m = NULL;
    if (eg_metrics_compute(&m, g, NULL) != EG_OK) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < EG_NMETRICS; k++) {
            h = mix_double(h, eg_metrics_value(m, (eg_metric)k, i));
        }
        h = mix(h, eg_metrics_community(m, i));
    }
    h = mix_double(h, eg_metrics_modularity(m));
    eg_metrics_destroy(m);
    return h ? h : 1;
}

static void *worker(void *arg)
{
    size_t t = (size_t)(uintptr_t)arg, bad = 0;
    for (size_t r = 0; r < ROUNDS; r++) {
        size_t k = (t + r) % 2;
        bad += fingerprint(graphs[k]) != want[k];
    }
    return (void *)(uintptr_t)bad;
}

int main(void)
{
    graphs[0] = load("samples.json");
    graphs[1] = load("dated.json");
    CHECK(graphs[0] && graphs[1]);
    if (!graphs[0] || !graphs[1]) {
        return check_done();
    }
    want[0] = fingerprint(graphs[0]);
    want[1] = fingerprint(graphs[1]);
    CHECK(want[0] != 0 && want[1] != 0 && want[0] != want[1]);
    /* the same answers a second time on one thread: the fingerprint is a function of the graph */
    CHECK(fingerprint(graphs[0]) == want[0]);

    pthread_t th[THREADS];
    size_t started = 0, bad = 0;
    for (size_t t = 0; t < THREADS; t++) {
        started += pthread_create(&th[started], NULL, worker, (void *)(uintptr_t)t) == 0;
    }
    CHECK(started == THREADS);
    for (size_t t = 0; t < started; t++) {
        void *r = NULL;
        pthread_join(th[t], &r);
        bad += (size_t)(uintptr_t)r;
    }
    CHECK(bad == 0);
    if (bad) {
        fprintf(stderr, "%zu of %d answers differed from one thread's\n", bad, THREADS * ROUNDS);
    }
    eg_graph_destroy(graphs[0]);
    eg_graph_destroy(graphs[1]);
    return check_done();
}
