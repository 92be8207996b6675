/*
 * entgraph/entgraph.h - the public API in one include.
 *
 *     eg_build_options o;
 *     eg_build_options_init(&o);
 *     const char *inputs[] = {"samples/"};
 *     eg_graph *g = NULL;
 *     eg_error err;
 *     if (eg_build(&g, inputs, 1, &o, &err) != EG_OK) { fprintf(stderr, "%s\n", err.msg); }
 *     eg_graph_save(g, "graph.json", EG_FORMAT_JSON, &err);
 *     eg_graph_destroy(g);
 *
 * Ownership: eg_build() gives the caller a graph to free with eg_graph_destroy(); on failure
 * *out stays NULL and nothing needs freeing.
 */
#ifndef ENTGRAPH_ENTGRAPH_H
#define ENTGRAPH_ENTGRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "entgraph/aliasfile.h"
#include "entgraph/dates.h"
#include "entgraph/error.h"
#include "entgraph/filter.h"
#include "entgraph/graph.h"
#include "entgraph/outfile.h"
#include "entgraph/query.h"
#include "entgraph/render.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What eg_build() has done so far, for a progress display. */
typedef struct eg_build_progress {
    size_t documents;     /* articles read */
    uint64_t bytes;       /* input bytes read */
    uint64_t total_bytes; /* bytes of all regular input files; 0: unknown (standard input) */
    double seconds;       /* since reading started */
    int final;            /* non-zero on the last call, when every article was read */
} eg_build_progress;

/* Receives one-line warnings: invalid UTF-8, a skipped JSONL line, windows with too many
 * entities. `msg` is valid during the call only. */
typedef void (*eg_warning_fn)(void *user_data, const char *msg);
/* Called from the thread that called eg_build(), about twice a second while articles are read
 * and once more at the end (`final`) when reading took that long. */
typedef void (*eg_progress_fn)(void *user_data, const eg_build_progress *p);

typedef struct eg_build_options {
    eg_window window;         /* co-occurrence window (default sentence) */
    unsigned types;           /* mask of 1u << eg_etype (default EG_TYPES_DEFAULT) */
    unsigned evidence;        /* evidence sentences kept per edge (default 3) */
    const char *model_path;   /* NULL: the built-in NER model; "none": rules only */
    unsigned threads;         /* 0: one per core */
    int strict;               /* non-zero: a malformed JSONL line is an error */
    size_t max_article_bytes; /* 0: no limit */
    int count_repeats;        /* non-zero: a window repeated word for word in several articles
                                 adds to weights each time (default 0: once) */
    /* The library never prints: what a program would show goes to these (NULL: nothing). */
    eg_warning_fn warning;
    eg_progress_fn progress;
    void *user_data;          /* passed to warning and progress */
    const eg_aliasfile *aliases; /* the user's merges and distinct pairs, or NULL (borrowed) */
    int shard;                /* non-zero: the graph keeps the builder's state (JSON "shard"),
                                 so that eg_graph_merge() of shard graphs gives the bytes of one
                                 build of all their articles */
    uint32_t since, until;    /* only articles dated in [since, until] (yyyymmdd, 0: open);
                                 when either is set, undated articles are left out */
    int stdin_jsonl;          /* non-zero: the input "-" is JSON Lines, not one article */
} eg_build_options;

/* What eg_build_ex() read and did. */
typedef struct eg_build_report {
    size_t documents;      /* articles read */
    size_t skipped;        /* malformed JSONL lines passed over (see `strict`) */
    uint64_t tokens;       /* words and punctuation read */
    size_t capped_windows; /* windows with more than 100 entities, of which only the first
                              100 were paired */
    double read_seconds;   /* reading and recognition */
    double resolve_seconds; /* cross-article resolution and the graph */
} eg_build_report;

/** Defaults: sentence window, PERSON/COUNTRY/ORGANIZATION, 3 evidence sentences, no
 *  callbacks. */
EG_API void eg_build_options_init(eg_build_options *o);

/**
 * Build the graph of the articles in `inputs` (files, directories, .jsonl, or "-").
 * O(total text) plus O(entities + pairs) memory.
 */
EG_API eg_status eg_build(eg_graph **out, const char *const *inputs, size_t ninputs,
                          const eg_build_options *o, eg_error *err);

/**
 * eg_build() that also fills `report` (may be NULL). The capped windows are counted in the
 * report instead of being sent to the warning callback. A corpus without any article is not
 * an error: the graph is empty and report->documents is 0.
 */
EG_API eg_status eg_build_ex(eg_graph **out, const char *const *inputs, size_t ninputs,
                             const eg_build_options *o, eg_build_report *report, eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
