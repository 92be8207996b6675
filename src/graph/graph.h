/*
 * graph.h (internal) - the graph model shared by build, export, load and query: nodes, edges,
 * the document table, the arena that owns a graph's strings. It knows no NER or resolution
 * type (those are the builder's, src/builder/builder.h).
 *
 * eg_graph holds nodes sorted by id and edges sorted by (source, target) node index with
 * source < target; every string is owned by the graph.
 */
#ifndef EG_GRAPH_INTERNAL_H
#define EG_GRAPH_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dates.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"
#include "util.h"

typedef struct eg_node {
    char *id;        /* unique slug: "mohamed-bazoum" */
    char *label;     /* display name */
    eg_etype type;
    char **aliases;  /* distinct surfaces, sorted, label included */
    size_t naliases;
    uint32_t mentions;
    uint32_t documents;
    uint32_t windows; /* windows (sentences by default) that mention it, for NPMI */
    uint32_t first_seen, last_seen; /* dates as yyyymmdd (20230822), 0: no dated article */
    char **docs;      /* ids of the articles naming it, sorted, the first EG_MAX_EDGE_DOCS kept */
    size_t ndocs;
    uint32_t *doc_mentions; /* its mentions in each of docs[] (ndocs), or NULL: unknown (a graph
                             * saved before they were kept, or merged with one) */
} eg_node;

typedef struct eg_evidence {
    char *doc;      /* document id */
    char *sentence; /* the window's text, whitespace collapsed, bounded length */
} eg_evidence;

typedef struct eg_edge {
    uint32_t source; /* node index, source < target */
    uint32_t target;
    uint32_t weight;    /* windows where both appear */
    uint32_t documents; /* articles where both appear in a window */
    double npmi;        /* normalized PMI over windows, in [-1, 1] */
    char **docs;        /* ids of those articles, sorted, the first EG_MAX_EDGE_DOCS by id kept */
    size_t ndocs;
    eg_evidence *ev;    /* up to `evidence` sentences: the first by (document id, position) */
    size_t nev;
    uint32_t first_seen, last_seen; /* yyyymmdd over its documents, 0: none dated */
} eg_edge;

/* One article of the graph's document table (DESIGN.md section 3). */
typedef struct eg_document {
    char *id;
    char *title; /* NULL when the input had none */
    char *url;   /* NULL when the input had none */
    uint32_t date; /* yyyymmdd, 0: none */
} eg_document;

#define EG_MAX_EDGE_DOCS 1000

struct eg_graph {
    eg_node *nodes;
    size_t nnodes;
    eg_edge *edges;
    size_t nedges;
    eg_window window;
    uint32_t ndocuments;
    uint64_t nwindows; /* windows seen (for NPMI) */
    char *generator;
    eg_document *doctab;    /* the articles, in input order (malloc'd array; strings as below) */
    size_t ndoctab;
    struct eg_arena *arena; /* every string and list of nodes, edges and documents lives
                             * here (built, loaded, merged and filtered graphs alike) */
    unsigned threads;       /* for exports; 0: one per core */
    void *shard;            /* the builder's state (a cJSON object) of a shard graph, or NULL */
    char *source;           /* where it was loaded from ("g.json", "parts.json (graph 2)"), for
                             * messages that name an input (merge); NULL: made in memory */
};

/* A bump allocator: loading a large graph makes millions of small strings, freed together. */
typedef struct eg_arena eg_arena;
eg_arena *eg_arena_create(void);
void *eg_arena_alloc(eg_arena *a, size_t n);
char *eg_arena_strdup(eg_arena *a, const char *s);
void *eg_arena_calloc(eg_arena *a, size_t n, size_t size);
/** The arena takes ownership of a malloc'd block (freed with the arena). */
bool eg_arena_adopt(eg_arena *a, void *block);
/** The arena takes ownership of a private anonymous mapping (unmapped with the arena). */
void eg_arena_adopt_map(eg_arena *a, void *map, size_t len);
void eg_arena_destroy(eg_arena *a);

/* eg_graph_load_ex / eg_graph_load_many (entgraph/graph.h) flag, internal: the JSON text is
 * an anonymous mapping */
#define EG_LOAD_MAPPED 0x100u

/* Helpers shared with export/load/query. */
/** An empty graph with its arena, or NULL: out of memory. */
eg_graph *eg_graph_new(void);
/** A copy of `s` / a zeroed list of n items owned by the graph (its arena), or NULL. */
char *eg_graph_strdup(eg_graph *g, const char *s);
void *eg_graph_calloc(eg_graph *g, size_t n, size_t size);
/** Sort nodes by id, remap and sort edges; recompute NPMI when `npmi`. */
eg_status eg_graph_normalize(eg_graph *g, bool npmi, eg_error *err);
/** The document-table entry of a document id, or NULL. Linear; callers that look up many
 *  build their own index. */
const eg_document *eg_graph_document(const eg_graph *g, const char *id);

#endif
