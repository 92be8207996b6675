/*
 * builder.h (internal) - building a graph (src/graph/graph.h) from resolved articles.
 *
 * The builder accumulates articles one at a time (memory grows with the number of distinct
 * entities and pairs, not with the corpus) and eg_builder_finish() resolves cross-article
 * aliases and contracts merged entities. The graph does not depend on the order of the
 * articles: every choice falls back on document ids and entity keys, never on arrival.
 */
#ifndef EG_BUILDER_H
#define EG_BUILDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "alias.h"
#include "graph.h"
#include "text.h"
#include "util.h"

typedef struct eg_build_opts {
    eg_window window;
    unsigned types;         /* mask of 1u << eg_etype; 0 means EG_TYPES_DEFAULT */
    unsigned evidence;      /* evidence sentences kept per edge */
    unsigned max_window_entities; /* windows with more entities keep only this many (pairs cap) */
    const struct eg_aliasfile *aliases; /* user merges and distinct pairs, or NULL (borrowed) */
    unsigned threads;       /* for eg_builder_finish and exports; 0: one per core */
    bool repeats_each;      /* a window repeated word for word counts each time (default: once) */
    bool shard;             /* the graph keeps the builder's state (JSON "shard"), for merge */
    char model[16];         /* the NER model that read the articles (eg_ner_model_id), kept in
                             * a shard state; "": unknown (a state written before it was kept) */
} eg_build_opts;

typedef struct eg_builder eg_builder;

eg_status eg_builder_create(eg_builder **out, const eg_build_opts *opts, eg_error *err);
void eg_builder_destroy(eg_builder *b);

/** Add one resolved article. The builder copies what it keeps. */
eg_status eg_builder_add(eg_builder *b, const eg_doc *doc, const eg_mentions *ms,
                         const eg_doc_entities *de, eg_error *err);

/** Which NER model reads the articles (eg_ner_model_id; copied): a shard state names it. */
void eg_builder_set_model(eg_builder *b, const char *model);

/** Warnings counted while building (windows capped). */
size_t eg_builder_capped_windows(const eg_builder *b);

/** Resolve across articles and produce the graph. The builder is spent afterwards. */
eg_status eg_builder_finish(eg_builder *b, eg_graph **out, eg_error *err);

/** Merge shard graphs (each with a `shard` state) into the graph one build of all their
 *  articles gives, byte for byte: their states make one builder, finished as build does.
 *  `keep_state`: the result keeps the state (merge of merges). */
eg_status eg_shards_merge(eg_graph *const *gs, size_t n, bool keep_state, eg_graph **out,
                          eg_error *err);

/** After eg_builder_finish(): the node id an article's entity ended up in, or NULL when that
 *  entity is not in the graph (type filtered out). The string belongs to the builder. */
const char *eg_builder_node_id(eg_builder *b, eg_etype type, const char *key);

/** After eg_builder_finish(): the cross-article rule that merged this entity with another
 *  (and that other entity's key), or EG_RULE_NONE. */
eg_rule eg_builder_cross_rule(eg_builder *b, eg_etype type, const char *key,
                              const char **other_key);

/** Give every node a unique id: the slug of its label, with a type suffix (then a number)
 *  for clashes, deterministically. */
eg_status eg_graph_assign_ids(eg_graph *g, eg_error *err);
/** Make the slug of a label into `out`. */
bool eg_slugify(eg_buf *out, const char *label);

#endif
