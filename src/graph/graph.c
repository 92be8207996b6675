/*
 * graph.c - the graph model: new / destroy, the arena that owns a built or loaded graph's
 * strings, sorting nodes and edges and NPMI (eg_graph_normalize), type and window names.
 */
#include "graph.h"

#include <cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>

#include "util.h"

const char *eg_etype_name(eg_etype t)
{
    static const char *const names[] = {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"};
    return (unsigned)t < EG_NTYPES ? names[t] : "UNKNOWN";
}

int eg_etype_parse(const char *s)
{
    for (int t = 0; t < EG_NTYPES; t++) {
        if (strcasecmp(s, eg_etype_name((eg_etype)t)) == 0) {
            return t;
        }
    }
    if (strcasecmp(s, "PER") == 0) {
        return EG_PERSON;
    }
    if (strcasecmp(s, "ORG") == 0) {
        return EG_ORGANIZATION;
    }
    if (strcasecmp(s, "LOC") == 0) {
        return EG_LOCATION;
    }
    return -1;
}

const char *eg_window_name(eg_window w)
{
    return w == EG_WINDOW_PARAGRAPH ? "paragraph" : w == EG_WINDOW_DOCUMENT ? "document"
                                                                             : "sentence";
}

eg_graph *eg_graph_new(void)
{
    eg_graph *g = calloc(1, sizeof *g);
    if (!g) {
        return NULL;
    }
    g->generator = eg_strdup("entgraph " EG_VERSION_STRING);
    g->arena = eg_arena_create();
    if (!g->generator || !g->arena) {
        eg_graph_destroy(g);
        return NULL;
    }
    return g;
}

struct eg_arena {
    char **blocks;
    size_t nblocks, cap;
    char *cur;   /* free space in the newest block */
    size_t left;
    void *map;   /* a file mapping the arena's strings point into, or NULL */
    size_t map_len;
};

eg_arena *eg_arena_create(void)
{
    return calloc(1, sizeof(eg_arena));
}

void *eg_arena_alloc(eg_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n > a->left) {
        size_t sz = n > (1u << 20) ? n : (1u << 20);
        char *blk = malloc(sz);
        if (!blk || !EG_GROW(a->blocks, a->cap, a->nblocks + 1)) {
            free(blk);
            return NULL;
        }
        a->blocks[a->nblocks++] = blk;
        a->cur = blk;
        a->left = sz;
    }
    void *p = a->cur;
    a->cur += n;
    a->left -= n;
    return p;
}

char *eg_arena_strdup(eg_arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = eg_arena_alloc(a, n);
    if (p) {
        memcpy(p, s, n);
    }
    return p;
}

void *eg_arena_calloc(eg_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) {
        return NULL;
    }
    size_t bytes = n * size;
    void *p = eg_arena_alloc(a, bytes > 0 ? bytes : 1);
    if (p) {
        memset(p, 0, bytes);
    }
    return p;
}

/* A string the graph owns (in its arena). */
char *eg_graph_strdup(eg_graph *g, const char *s)
{
    return eg_arena_strdup(g->arena, s);
}

/* A zeroed list the graph owns (in its arena); never NULL for n == 0 unless out of memory. */
void *eg_graph_calloc(eg_graph *g, size_t n, size_t size)
{
    return eg_arena_calloc(g->arena, n, size);
}

bool eg_arena_adopt(eg_arena *a, void *block)
{
    if (!EG_GROW(a->blocks, a->cap, a->nblocks + 1)) {
        return false;
    }
    /* keep the current bump block last so allocation continues in it */
    if (a->nblocks > 0 && a->left > 0) {
        a->blocks[a->nblocks] = a->blocks[a->nblocks - 1];
        a->blocks[a->nblocks - 1] = block;
    } else {
        a->blocks[a->nblocks] = block;
    }
    a->nblocks++;
    return true;
}

void eg_arena_adopt_map(eg_arena *a, void *map, size_t len)
{
    a->map = map;
    a->map_len = len;
}

void eg_arena_destroy(eg_arena *a)
{
    if (!a) {
        return;
    }
    if (a->map) {
        munmap(a->map, a->map_len);
    }
    for (size_t i = 0; i < a->nblocks; i++) {
        free(a->blocks[i]);
    }
    free(a->blocks);
    free(a);
}

void eg_graph_destroy(eg_graph *g)
{
    if (!g) {
        return;
    }
    eg_arena_destroy(g->arena); /* every string and list of the graph */
    free(g->doctab);
    free(g->nodes);
    free(g->edges);
    free(g->generator);
    cJSON_Delete(g->shard);
    free(g);
}

size_t eg_graph_node_count(const eg_graph *g)
{
    return g ? g->nnodes : 0;
}

size_t eg_graph_edge_count(const eg_graph *g)
{
    return g ? g->nedges : 0;
}

static int cmp_node_id(const void *a, const void *b)
{
    return strcmp(((const eg_node *)a)->id, ((const eg_node *)b)->id);
}

static int cmp_edge(const void *a, const void *b)
{
    const eg_edge *x = a, *y = b;
    if (x->source != y->source) {
        return x->source < y->source ? -1 : 1;
    }
    return x->target < y->target ? -1 : x->target > y->target;
}

long eg_graph_find_id(const eg_graph *g, const char *id)
{
    size_t lo = 0, hi = g->nnodes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g->nodes[mid].id, id);
        if (c == 0) {
            return (long)mid;
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return -1;
}

const eg_document *eg_graph_document(const eg_graph *g, const char *id)
{
    for (size_t i = 0; i < g->ndoctab; i++) {
        if (strcmp(g->doctab[i].id, id) == 0) {
            return &g->doctab[i];
        }
    }
    return NULL;
}

eg_status eg_graph_normalize(eg_graph *g, bool npmi, eg_error *err)
{
    /* sort nodes by id, remembering where each went */
    size_t n = g->nnodes;
    uint32_t *order = malloc((n ? n : 1) * sizeof *order);
    char **old_ids = malloc((n ? n : 1) * sizeof *old_ids);
    if (!order || !old_ids) {
        free(order);
        free(old_ids);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    bool sorted = true; /* graphs written by entgraph are: loading them sorts nothing */
    for (size_t i = 1; sorted && i < n; i++) {
        sorted = strcmp(g->nodes[i - 1].id, g->nodes[i].id) < 0;
    }
    for (size_t i = 0; i < n; i++) {
        old_ids[i] = g->nodes[i].id;
        order[i] = (uint32_t)i;
    }
    if (!sorted) {
        eg_sort(g->nodes, n, sizeof *g->nodes, cmp_node_id);
        for (size_t i = 0; i < n; i++) {
            /* old index -> new index: find the old id pointer's new position */
            long k = eg_graph_find_id(g, old_ids[i]);
            order[i] = (uint32_t)k;
        }
    }
    for (size_t i = 0; i < g->nedges; i++) {
        eg_edge *e = &g->edges[i];
        uint32_t s = order[e->source], t = order[e->target];
        e->source = s < t ? s : t;
        e->target = s < t ? t : s;
    }
    bool esorted = true;
    for (size_t i = 1; esorted && i < g->nedges; i++) {
        esorted = cmp_edge(&g->edges[i - 1], &g->edges[i]) < 0;
    }
    if (!esorted) {
        eg_sort(g->edges, g->nedges, sizeof *g->edges, cmp_edge);
    }
    if (npmi) {
        double N = g->nwindows ? (double)g->nwindows : 1.0;
        for (size_t i = 0; i < g->nedges; i++) {
            eg_edge *e = &g->edges[i];
            double pxy = e->weight / N;
            double px = g->nodes[e->source].windows / N, py = g->nodes[e->target].windows / N;
            if (pxy <= 0 || px <= 0 || py <= 0) {
                e->npmi = 0;
            } else if (pxy >= 1.0) {
                e->npmi = 1.0;
            } else {
                double v = log(pxy / (px * py)) / -log(pxy);
                e->npmi = v > 1 ? 1 : v < -1 ? -1 : v;
            }
            e->npmi = round(e->npmi * 10000.0) / 10000.0;
        }
    }
    free(order);
    free(old_ids);
    return EG_OK;
}
