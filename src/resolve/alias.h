/*
 * alias.h - mentions to entities: within one article, then across articles.
 *
 * Within an article (eg_alias_doc): mentions with the same normalized key and type are one
 * entity; a partial person name (surname, first name) joins the unique full name that contains
 * it; a close misspelling of a person's name token joins it; acronym definitions ("Long Form
 * (ACR)", "ACR (Long Form)", "(Nom français, ACR)") and stated aliases ("X, formerly known as
 * Twitter") link names. Countries come from the closed list only and never merge fuzzily.
 *
 * Across articles (eg_alias_cross): acronym and alias links found in any article apply
 * everywhere; a lone surname joins the unique person with that surname; misspellings merge only
 * within one type and only with shared neighbours as evidence.
 *
 * Ownership: eg_doc_entities owns all its strings; eg_doc_entities_fini() frees them.
 */
#ifndef EG_ALIAS_H
#define EG_ALIAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ner.h"
#include "util.h"

typedef struct eg_surface {
    char *text;     /* as written, possessive removed */
    uint32_t count; /* mentions with this surface */
} eg_surface;

typedef struct eg_local_entity {
    eg_etype type;
    char *key;           /* normalized match key (eg_gaz_key of the canonical form) */
    char *label;         /* best written form in this article */
    bool label_fixed;    /* label comes from a list or a stated rename: do not override */
    bool stated;         /* ... from a stated rename (not a list) */
    bool other_name;     /* merged as another full name of its entity: the old name of a
                          * stated rename ("Midland Bank plc"), a given name's short form
                          * ("Chris Gent"); partial names still match it */
    eg_surface *surf;    /* distinct surfaces */
    size_t nsurf;
    size_t surf_cap;
    uint32_t mentions;
    uint32_t merged_into; /* UINT32_MAX, or the entity this one was resolved to */
    bool dropped;         /* a generic word ("Commission") the article never names in full:
                           * its mentions were removed, it is no node */
} eg_local_entity;

typedef enum eg_link_kind {
    EG_LINK_ACRONYM = 0, /* a = the acronym, b = its long form */
    EG_LINK_ALIAS = 1,   /* a and b name the same entity; a is the preferred label */
    EG_LINK_PARTIAL = 2, /* a = an inner word of person b's name (neither the first nor the
                          * surname) that the article called b by ("Lula") */
    EG_LINK_UNIT = 3,    /* a = a firm's unit named for it ("absheron petroleum trading"),
                          * b = the firm: two entities everywhere */
    EG_LINK_APART = 4    /* a, b: two names one article holds apart though they differ by a
                          * letter or two ("taras savchuk", "taras savchak"): never one */
} eg_link_kind;

typedef struct eg_alias_link {
    eg_link_kind kind;
    eg_etype type;
    char *a; /* keys */
    char *b;
    char *a_label;
} eg_alias_link;

typedef struct eg_doc_entities {
    eg_local_entity *ents;
    size_t n;
    size_t cap;
    uint32_t *of_mention;   /* final entity of each mention (after merges) */
    eg_rule *rule;          /* per mention: the rule that resolved it */
    char **why;             /* per mention: evidence, or NULL */
    size_t nmentions;
    eg_alias_link *links;   /* facts that hold across articles */
    size_t nlinks;
    size_t links_cap;
    const struct eg_aliasfile *af; /* the user's distinct pairs are never merged (borrowed) */
    eg_strmap index;        /* "type|key" -> entity, so lookups stay O(1) in huge articles */
} eg_doc_entities;

void eg_doc_entities_fini(eg_doc_entities *de);

/**
 * Resolve the mentions of one article. May append mentions (the other side of a stated alias
 * that the recognizer missed, such as "X" in "X, formerly known as Twitter"); `ms` stays sorted.
 * `explain`: fill rule/why for every mention.
 */
eg_status eg_alias_doc(const eg_doc *doc, eg_mentions *ms, bool explain,
                       const struct eg_aliasfile *af, eg_doc_entities *out, eg_error *err);

/* A state's body the article names without its state ("the Finance Ministry", "the Senate")
 * keyed with the country the article gives it ("japan finance ministry"), and a name that
 * carries its country keyed the same way ("Japanese Finance Ministry"); eg_alias_doc's last
 * step (alias_bodies.c). */
eg_status alias_qualify_bodies(const eg_doc *doc, const eg_mentions *ms, eg_doc_entities *de);

/* One entity known across the corpus, as eg_alias_cross sees it. */
typedef struct eg_alias_cand {
    eg_etype type;
    const char *key;
    const uint32_t *nbrs; /* sorted ids of co-occurring candidates */
    size_t nnbrs;
    uint32_t mentions;
    bool listed;          /* named by a closed list (gazetteer, user file): never fuzzy */
    uint32_t root;        /* the id neighbour lists use for this candidate */
    bool firm;            /* an organization named once with a legal form (eg_res_entity) */
} eg_alias_cand;

/* Is key `word` one word of key `full` other than its first and last, and no particle ("lula"
 * of "luiz inacio lula da silva"; not "da", "luiz" or "silva")? */
bool eg_alias_inner_word(const char *word, const char *full);

/* A one-word name (candidate `word`) an article used for the person named in full `full`. */
typedef struct eg_alias_partial {
    uint32_t word, full;
    uint32_t root; /* full's root (eg_alias_partials fills it) */
} eg_alias_partial;

/**
 * Which of the `n` partial uses p[] hold everywhere: "Lula" alone in one article is Luiz Inacio
 * Lula da Silva when every article that used the word for someone meant him (the same root),
 * the word is nobody's surname named in full, no given name and no listed name, and the lone
 * name never stands beside him (as the only holder of a surname joins a lone surname). Moves
 * those to the front of p,
 * one per word, in a canonical order, and sets *kept to their number. EG_ERR_NOMEM or EG_OK.
 */
eg_status eg_alias_partials(const eg_alias_cand *cands, size_t ncands, eg_alias_partial *p,
                            size_t n, size_t *kept);

/* A link between two candidates by key, resolved by the caller to ids. */
typedef struct eg_alias_pair {
    uint32_t a, b;
    eg_rule rule; /* surname, its dominant holder, or misspelling */
} eg_alias_pair;

/**
 * Cross-article merges over `n` candidates: writes the pairs to merge (besides the links the
 * caller already resolved) into *pairs (malloc'd; caller frees). An index keeps it near linear
 * in the names (misspell_index.h);
 * the search runs on `threads` threads (0: one per core) with the same result for any number.
 */
eg_status eg_alias_cross(const eg_alias_cand *cands, size_t n, unsigned threads,
                         eg_alias_pair **pairs, size_t *npairs, eg_error *err);

/** eg_alias_cross comparing every pair of names in a block of the misspelling search instead
 *  of asking its index: the same result, in quadratic time (for tests). */
eg_status eg_alias_cross_brute(const eg_alias_cand *cands, size_t n, eg_alias_pair **pairs,
                               size_t *npairs, eg_error *err);

/** The rest of a name that opens with an initial ("G Henson", "j. smith" -> "Henson",
 * "smith"), or NULL when `s` does not open with one letter (and a period) before more words. */
const char *eg_alias_after_initial(const char *s);

/** Does `acr` ("ECOWAS", "CNSP") abbreviate the name `name`? */
bool eg_alias_acronym_matches(const char *acr, size_t acr_len, const char *name, size_t name_len);

/** Damerau-Levenshtein distance of two byte strings, stopping early above `max`. */
unsigned eg_alias_edit_distance(const char *a, size_t an, const char *b, size_t bn, unsigned max);

#endif
