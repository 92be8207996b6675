/*
 * resolve.h (internal) - the one cross-article resolution engine, used by `build`
 * (eg_builder_finish) and by `merge` (eg_query_merge). Nothing else decides which entities
 * of different articles or shards are the same.
 *
 * The rules, in order; none joins a pair the user's alias file keeps distinct, nor two people
 * an article names apart though their names differ by a letter or two (EG_LINK_APART):
 *   1. identity: entities with the same type and full-name key are one (a partial name such as
 *      "The Bank" is a surface, never a key, so it never joins anything across articles);
 *   2. the user's alias file: its entities merge, take its label and type;
 *   3. links stated in some article (an acronym definition, a stated alias) apply everywhere;
 *   4. eg_alias_cross on the neighbourhoods: lone surnames, acronyms, misspellings with shared
 *      neighbours as evidence.
 * Entities are taken in the order given, which callers make canonical (sorted by type and
 * key), so the result does not depend on the order of articles or shards.
 */
#ifndef EG_RESOLVE_H
#define EG_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "alias.h"
#include "util.h"

struct eg_aliasfile;

typedef struct eg_res_entity {
    eg_etype type;
    const char *key; /* full-name match key (eg_gaz_key) */
    bool listed;     /* its label comes from a closed list: never fuzzy */
    uint32_t mentions;
    bool firm;       /* an organization named once with a legal form ("Baker Hughes Inc") */
} eg_res_entity;

typedef struct eg_resolution {
    uint32_t *parent;        /* union-find over entities: eg_uf_find(parent, i) is i's root */
    const char **rename;     /* label given by the alias file or a stated alias, or NULL */
    int *forced_type;        /* type given by the alias file, or -1 */
    eg_rule *rule;           /* the cross-article rule that merged it, or EG_RULE_NONE */
    uint32_t *with;          /* the entity it was merged with by that rule */
} eg_resolution;

/**
 * Resolve `n` entities joined by `nedges` co-occurrence pairs (`edges[2*i]`, `edges[2*i+1]`),
 * with `links` from articles and the user's alias file `af` (either may be empty / NULL).
 * Fills `res` (arrays of n, malloc'd; eg_resolution_fini frees them). Strings in `rename`
 * are borrowed from `links` and `af`.
 */
eg_status eg_resolve(const eg_res_entity *ents, size_t n, const uint32_t *edges, size_t nedges,
                     const eg_alias_link *links, size_t nlinks, const struct eg_aliasfile *af,
                     unsigned threads, eg_resolution *res, eg_error *err);
void eg_resolution_fini(eg_resolution *res);

/* Contraction of evidence, the same for build and merge: one sentence of the pairs that became
 * one edge. */
typedef struct eg_ev_pick {
    const char *doc;  /* document id */
    const char *text;
    uint32_t order;   /* the sentence's position in its document (or in its list) */
    uint32_t ref;     /* the caller's */
} eg_ev_pick;

/** Sort `ev` by (document id, position, text) and keep each sentence once, at its first
 *  occurrence (every occurrence when `each`: repeats count each time); returns how many of
 *  the first entries are the edge's evidence (at most `keep`). */
size_t eg_evidence_pick(eg_ev_pick *ev, size_t n, size_t keep, bool each);

#endif
