/*
 * builder_impl.h (internal to src/builder/) - what builder.c (adding articles), finish.c
 * (cross-article resolution, contraction, canonical numbering) and shard.c (shard states and
 * their merge) share: the builder's state and the helpers more than one of them calls.
 */
#ifndef EG_BUILDER_IMPL_H
#define EG_BUILDER_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "builder.h"
#include "util.h"
#include "winseen.h"

struct cJSON;

#define NONE UINT32_MAX

typedef struct pre_entity {
    eg_etype type;
    char *key;
    char *fixed_label; /* list canonical name, or NULL */
    const char *rename; /* label stated by an alias ("X") or the user's alias file, or NULL
                         * (borrowed from the links or the alias file, set by eg_resolve) */
    int forced_type;   /* type given by the user's alias file, or -1 */
    eg_rule cross_rule;     /* the cross-article rule that merged it, or EG_RULE_NONE */
    uint32_t cross_with;    /* the entity it was merged with by that rule */
    uint32_t mentions;
    uint32_t windows;
    uint32_t last_doc; /* doc seq + 1 of the last article that mentioned it */
    size_t last_ed;    /* the ent_docs entry of that article */
} pre_entity;

/* A window's text kept as evidence: one copy, shared by every pair of the window that keeps
 * it (a window of k entities has k(k-1)/2 pairs). `copy`: its copy in the graph that
 * eg_builder_finish of generation `gen` makes, so that graph too holds it once. */
typedef struct eg_ev_text {
    uint32_t refs;
    uint32_t gen;
    char *copy;
    char s[];
} eg_ev_text;

typedef struct edge_acc {
    uint32_t a, b;
    uint32_t weight;
    uint32_t last_doc; /* doc index + 1 */
    uint32_t ndocuments; /* articles, even past the kept list */
    uint32_t *docs;    /* doc indices, increasing */
    uint32_t ndocs, docs_cap;
    uint32_t *ev_doc;  /* evidence: doc index, window in it and sentence; the least by
                        * (document id, window) among distinct sentences, whatever the order */
    uint32_t *ev_pos;
    eg_ev_text **ev;
    uint32_t nev;
    uint32_t first, last; /* dates (yyyymmdd) of its dated articles, 0: none */
} edge_acc;

typedef struct pair_slot {
    uint64_t key; /* (a << 32 | b) + 1; 0 = empty */
    uint32_t idx;
} pair_slot;

struct eg_builder {
    eg_build_opts opts;
    eg_strmap ent_map;
    pre_entity *ents;
    size_t nents, ents_cap;
    eg_strmap surf_map; /* key: 4-byte entity id + surface; value: index in surf_count */
    uint32_t *surf_count;
    size_t nsurf, surf_cap;
    uint32_t (*ent_docs)[3]; /* entity, doc, mentions of the entity in the doc */
    size_t nent_docs, ent_docs_cap;
    bool doc_mentions_unknown; /* a shard of format 1 had no mentions per document */
    pair_slot *pslots;
    size_t pcap, pcount;
    edge_acc *edges;
    size_t nedges, edges_cap;
    char **docs; /* document ids by doc index */
    size_t ndocs, docs_cap;
    eg_document *dmeta; /* title, url, date by doc index (id unused) */
    size_t dmeta_cap;
    eg_alias_link *links;
    size_t nlinks, links_cap;
    eg_strmap link_seen;
    uint64_t nwindows; /* distinct window texts (every window with opts.repeats_each) */
    eg_winseen seen;   /* window texts counted so far, unless opts.repeats_each */
    size_t capped;
    uint32_t finish_gen; /* eg_builder_finish calls so far (eg_ev_text.gen) */
    /* scratch */
    uint32_t *ids;
    size_t ids_cap;
    uint32_t *capsel; /* the entities kept of a capped window */
    size_t capsel_cap;
    uint32_t *win_of;
    size_t win_cap;
    uint32_t *win_entry; /* per window of the article: its text's entry in `seen` */
    size_t win_entry_cap;
    eg_buf buf;
    uint32_t *ent_perm; /* after canonical_order: entity number when added -> now */
    /* after finish: pre-entity -> node index, and the node ids */
    uint32_t *final_node;
    char **final_ids;
    size_t final_n;
};

/* finishing's records, which the shard state sorts the same way */
typedef struct surf_rec {
    uint32_t node;
    uint32_t count;
    const char *text;
} surf_rec;

typedef struct edge_ref {
    uint32_t s, t; /* node indices, s < t */
    uint32_t acc;
} edge_ref;

/* builder.c */

/** The pre-entity of (type, key), added when `create`; NONE: absent, or out of memory. */
uint32_t eg_builder_entity_id(eg_builder *b, eg_etype type, const char *key, bool create);
/** Add n to the count of surface s of entity id. False: out of memory. */
bool eg_builder_count_surface(eg_builder *b, uint32_t id, const char *s, uint32_t n);
/** The accumulator of pair (a, c), a < c, added empty when new; NULL: out of memory. */
edge_acc *eg_builder_pair_get(eg_builder *b, uint32_t a, uint32_t c);
/** Evidence order: (document id, window) of (d1, w1) before that of (d2, w2). */
bool eg_builder_ev_less(const eg_builder *b, uint32_t d1, uint32_t w1, uint32_t d2, uint32_t w2);
/** The index of the greatest evidence of e by eg_builder_ev_less. */
uint32_t eg_builder_ev_max(const eg_builder *b, const edge_acc *e);
/** A new evidence text holding a copy of s, held once by the caller; NULL: out of memory. */
eg_ev_text *eg_ev_text_new(const char *s);
/** Let go of one hold of t (NULL: nothing); the last frees it. */
void eg_ev_text_release(eg_ev_text *t);
/** Offer a sentence of document dix, window w as evidence of e (e holds it when it keeps it).
 *  False: out of memory. */
bool eg_builder_ev_offer(const eg_builder *b, edge_acc *e, uint32_t dix, uint32_t w,
                         eg_ev_text *text);
/** Keep link l once (the least label of the same link). False: out of memory. */
bool eg_builder_add_link(eg_builder *b, const eg_alias_link *l);
/** Article dix joins the documents of pair e. False: out of memory. */
bool eg_builder_edge_add_doc(eg_builder *b, edge_acc *e, uint32_t dix);

/* finish.c */

/** eg_sort order of surf_rec: by node, then surface. */
int eg_builder_cmp_surf(const void *x, const void *y);
/** eg_sort order of edge_ref: by (s, t), then accumulator. */
int eg_builder_cmp_edge_ref(const void *x, const void *y);

/* shard.c */

/** eg_sort order of uint32_t[2] (or longer rows): by the first two values. */
int eg_builder_cmp_pair_u32(const void *x, const void *y);
/** The builder's state after canonical numbering, as a cJSON object; NULL: out of memory. */
struct cJSON *eg_builder_state_json(eg_builder *b);

#endif
