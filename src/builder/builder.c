/*
 * builder.c - accumulating co-occurrences article by article, then contracting merged entities.
 *
 * Builder state (all grows with distinct entities and pairs, not with text):
 *   ents      pre-entities keyed "type|key" (one per distinct key seen in any article)
 *   surf      (entity, surface) -> count, one global map so no per-entity tables exist
 *   ent_docs  (entity, doc, mentions) triples, one per article naming the entity, for exact
 *             document counts and each node's mentions per document
 *   pairs     (a, b) -> edge accumulator: weight, documents, doc list, evidence sentences
 *   links     acronym and stated-alias facts, applied corpus-wide at the end
 *   seen      every window text so far (winseen.h): a sentence repeated word for word in
 *             several articles adds to weights and window counts once (unless
 *             opts.repeats_each), while the documents still list every article
 * eg_builder_finish() unions entities (links, then eg_alias_cross), maps every pre-entity to
 * its root's node, sums the edges of merged entities and drops self-loops.
 */
#include "builder.h"

#include <cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aliasfile.h"
#include "gazetteer.h"
#include "resolve.h"
#include "util.h"
#include "winseen.h"

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
    char **ev;
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

bool eg_slugify(eg_buf *out, const char *label)
{
    eg_buf key = {0};
    if (!eg_gaz_key(&key, label, strlen(label))) {
        return false;
    }
    eg_buf_reset(out);
    bool dash = false, ok = true;
    for (size_t i = 0; i < key.len && ok; i++) {
        unsigned char c = (unsigned char)key.data[i];
        if (eg_is_lower(c) || eg_is_digit(c) || c >= 0x80) {
            if (dash && out->len) {
                ok = eg_buf_putc(out, '-');
            }
            dash = false;
            ok = ok && eg_buf_putc(out, (char)c);
        } else if (c != '\'' && c != '.') {
            dash = true;
        }
    }
    if (ok && out->len == 0) {
        ok = eg_buf_puts(out, "entity");
    }
    eg_buf_fini(&key);
    return ok;
}

/* ---- builder -------------------------------------------------------------------------- */

eg_status eg_builder_create(eg_builder **out, const eg_build_opts *opts, eg_error *err)
{
    eg_builder *b = calloc(1, sizeof *b);
    if (!b) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    b->opts = *opts;
    if (!b->opts.types) {
        b->opts.types = EG_TYPES_DEFAULT;
    }
    if (!b->opts.max_window_entities) {
        b->opts.max_window_entities = 100;
    }
    *out = b;
    return EG_OK;
}

static void edge_acc_fini(edge_acc *e)
{
    free(e->docs);
    for (uint32_t i = 0; i < e->nev; i++) {
        free(e->ev[i]);
    }
    free(e->ev);
    free(e->ev_doc);
    free(e->ev_pos);
}

void eg_builder_destroy(eg_builder *b)
{
    if (!b) {
        return;
    }
    for (size_t i = 0; i < b->nents; i++) {
        free(b->ents[i].key);
        free(b->ents[i].fixed_label);
    }
    free(b->ents);
    eg_strmap_fini(&b->ent_map);
    eg_strmap_fini(&b->surf_map);
    free(b->surf_count);
    free(b->ent_docs);
    free(b->pslots);
    for (size_t i = 0; i < b->nedges; i++) {
        edge_acc_fini(&b->edges[i]);
    }
    free(b->edges);
    for (size_t i = 0; i < b->ndocs; i++) {
        free(b->docs[i]);
        free(b->dmeta[i].title);
        free(b->dmeta[i].url);
    }
    free(b->docs);
    free(b->dmeta);
    for (size_t i = 0; i < b->nlinks; i++) {
        free(b->links[i].a);
        free(b->links[i].b);
        free(b->links[i].a_label);
    }
    free(b->links);
    eg_strmap_fini(&b->link_seen);
    free(b->ids);
    free(b->capsel);
    free(b->win_of);
    free(b->win_entry);
    eg_winseen_fini(&b->seen);
    eg_buf_fini(&b->buf);
    free(b->final_node);
    free(b->ent_perm);
    for (size_t i = 0; i < b->final_n; i++) {
        free(b->final_ids[i]);
    }
    free(b->final_ids);
    free(b);
}

size_t eg_builder_capped_windows(const eg_builder *b)
{
    return b->capped;
}

static uint32_t entity_id(eg_builder *b, eg_etype type, const char *key, bool create)
{
    eg_buf_reset(&b->buf);
    eg_buf_putc(&b->buf, (char)('0' + type));
    eg_buf_putc(&b->buf, '|');
    if (!eg_buf_puts(&b->buf, key)) {
        return NONE;
    }
    uint32_t id = eg_strmap_get(&b->ent_map, b->buf.data, b->buf.len, NONE);
    if (id != NONE || !create) {
        return id;
    }
    if (!EG_GROW(b->ents, b->ents_cap, b->nents + 1)) {
        return NONE;
    }
    pre_entity *e = &b->ents[b->nents];
    memset(e, 0, sizeof *e);
    e->type = type;
    e->forced_type = -1;
    e->key = eg_strdup(key);
    if (!e->key || !eg_strmap_put(&b->ent_map, b->buf.data, b->buf.len, (uint32_t)b->nents)) {
        free(e->key);
        return NONE;
    }
    return (uint32_t)b->nents++;
}

static bool count_surface(eg_builder *b, uint32_t id, const char *s, uint32_t n)
{
    eg_buf_reset(&b->buf);
    if (!eg_buf_append(&b->buf, (const char *)&id, sizeof id) || !eg_buf_puts(&b->buf, s)) {
        return false;
    }
    uint32_t k = eg_strmap_get(&b->surf_map, b->buf.data, b->buf.len, NONE);
    if (k == NONE) {
        if (!EG_GROW(b->surf_count, b->surf_cap, b->nsurf + 1)) {
            return false;
        }
        k = (uint32_t)b->nsurf++;
        b->surf_count[k] = 0;
        if (!eg_strmap_put(&b->surf_map, b->buf.data, b->buf.len, k)) {
            return false;
        }
    }
    b->surf_count[k] += n;
    return true;
}

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

static edge_acc *pair_get(eg_builder *b, uint32_t a, uint32_t c)
{
    if ((b->pcount + 1) * 10 > b->pcap * 7) {
        size_t ncap = b->pcap ? b->pcap * 2 : 1024;
        pair_slot *ns = calloc(ncap, sizeof *ns);
        if (!ns) {
            return NULL;
        }
        for (size_t i = 0; i < b->pcap; i++) {
            if (b->pslots[i].key) {
                size_t j = mix64(b->pslots[i].key) & (ncap - 1);
                while (ns[j].key) {
                    j = (j + 1) & (ncap - 1);
                }
                ns[j] = b->pslots[i];
            }
        }
        free(b->pslots);
        b->pslots = ns;
        b->pcap = ncap;
    }
    uint64_t key = (((uint64_t)a << 32) | c) + 1;
    size_t j = mix64(key) & (b->pcap - 1);
    while (b->pslots[j].key) {
        if (b->pslots[j].key == key) {
            return &b->edges[b->pslots[j].idx];
        }
        j = (j + 1) & (b->pcap - 1);
    }
    if (!EG_GROW(b->edges, b->edges_cap, b->nedges + 1)) {
        return NULL;
    }
    edge_acc *e = &b->edges[b->nedges];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = c;
    b->pslots[j].key = key;
    b->pslots[j].idx = (uint32_t)b->nedges++;
    b->pcount++;
    return e;
}

/* The text of a window for evidence: whitespace collapsed, at most ~300 bytes. */
static char *window_text(const eg_doc *doc, uint32_t start, uint32_t end)
{
    eg_buf out = {0};
    bool space = false;
    const size_t max = 300;
    for (uint32_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)doc->text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = out.len > 0;
            continue;
        }
        if (out.len >= max && (c & 0xC0) != 0x80) {
            if (!eg_buf_puts(&out, "...")) {
                eg_buf_fini(&out);
                return NULL;
            }
            break;
        }
        if (space && !eg_buf_putc(&out, ' ')) {
            eg_buf_fini(&out);
            return NULL;
        }
        space = false;
        if (!eg_buf_putc(&out, (char)c)) {
            eg_buf_fini(&out);
            return NULL;
        }
    }
    return eg_buf_steal(&out);
}

/* The text of every window of the article, by content: win_entry[w] is its entry in `seen`,
 * and nwindows counts the texts not seen before. False when out of memory. */
static bool see_windows(eg_builder *b, const eg_doc *doc, size_t nwin)
{
    if (!EG_GROW(b->win_entry, b->win_entry_cap, nwin ? nwin : 1)) {
        return false;
    }
    size_t s = 0;
    for (size_t w = 0; w < nwin; w++) {
        size_t start = 0, end = doc->len;
        if (b->opts.window == EG_WINDOW_SENTENCE) {
            start = doc->sents[w].start;
            end = doc->sents[w].end;
        } else if (b->opts.window == EG_WINDOW_PARAGRAPH) {
            /* paragraphs are runs of sentences, in order */
            start = end = s < doc->nsents ? doc->sents[s].start : doc->len;
            for (; s < doc->nsents && doc->sents[s].para == w; s++) {
                end = doc->sents[s].end;
            }
        }
        bool added;
        if (!eg_winseen_add(&b->seen, eg_winseen_hash(doc->text + start, end - start),
                            &b->win_entry[w], &added)) {
            return false;
        }
        b->nwindows += added;
    }
    return true;
}

/* Order-free choices: documents compare by id (then arrival, for duplicate ids only). */
static bool doc_less(const eg_builder *b, uint32_t x, uint32_t y)
{
    int c = strcmp(b->docs[x], b->docs[y]);
    return c < 0 || (c == 0 && x < y);
}

/* An edge's kept document list is full: keep `dix` instead of the greatest when it is less. */
static void keep_least_doc(const eg_builder *b, edge_acc *e, uint32_t dix)
{
    uint32_t m = 0;
    for (uint32_t i = 1; i < e->ndocs; i++) {
        if (doc_less(b, e->docs[m], e->docs[i])) {
            m = i;
        }
    }
    if (doc_less(b, dix, e->docs[m])) {
        e->docs[m] = dix;
    }
}

static bool ev_less(const eg_builder *b, uint32_t d1, uint32_t w1, uint32_t d2, uint32_t w2)
{
    return d1 != d2 ? doc_less(b, d1, d2) : w1 < w2;
}

static uint32_t ev_max(const eg_builder *b, const edge_acc *e)
{
    uint32_t m = 0;
    for (uint32_t i = 1; i < e->nev; i++) {
        if (ev_less(b, e->ev_doc[m], e->ev_pos[m], e->ev_doc[i], e->ev_pos[i])) {
            m = i;
        }
    }
    return m;
}

/* Offer a sentence as evidence: the edge keeps the `evidence` least (document id, window)
 * among distinct sentences, each sentence at its least occurrence -- the same set in any
 * input order (with opts.repeats_each, a repeated sentence is kept at each occurrence).
 * False when out of memory. */
static bool ev_offer(const eg_builder *b, edge_acc *e, uint32_t dix, uint32_t w, const char *text)
{
    for (uint32_t i = 0; !b->opts.repeats_each && i < e->nev; i++) {
        if (strcmp(e->ev[i], text) == 0) {
            if (ev_less(b, dix, w, e->ev_doc[i], e->ev_pos[i])) {
                e->ev_doc[i] = dix;
                e->ev_pos[i] = w;
            }
            return true;
        }
    }
    uint32_t at = e->nev;
    if (at == b->opts.evidence) {
        at = ev_max(b, e);
        if (!ev_less(b, dix, w, e->ev_doc[at], e->ev_pos[at])) {
            return true;
        }
    } else if (!e->ev) {
        e->ev = calloc(b->opts.evidence, sizeof *e->ev);
        e->ev_doc = calloc(b->opts.evidence, sizeof *e->ev_doc);
        e->ev_pos = calloc(b->opts.evidence, sizeof *e->ev_pos);
        if (!e->ev || !e->ev_doc || !e->ev_pos) {
            return false;
        }
    }
    char *copy = eg_strdup(text);
    if (!copy) {
        return false;
    }
    if (at < e->nev) {
        free(e->ev[at]);
    } else {
        e->nev++;
    }
    e->ev[at] = copy;
    e->ev_doc[at] = dix;
    e->ev_pos[at] = w;
    return true;
}

typedef struct keyed_id {
    const pre_entity *e;
    uint32_t id;
} keyed_id;

static int cmp_keyed_id(const void *x, const void *y)
{
    const keyed_id *a = x, *b = y;
    if (a->e->type != b->e->type) {
        return a->e->type < b->e->type ? -1 : 1;
    }
    return strcmp(a->e->key, b->e->key);
}

/* The entities of a window that names more than max_window_entities: the first by (type, key),
 * as increasing ids in scratch memory, or NULL when out of memory. */
static const uint32_t *capped_window(eg_builder *b, size_t u)
{
    keyed_id *k = malloc(u * sizeof *k);
    if (!k || !EG_GROW(b->capsel, b->capsel_cap, b->opts.max_window_entities)) {
        free(k);
        return NULL;
    }
    for (size_t i = 0; i < u; i++) {
        k[i] = (keyed_id){&b->ents[b->ids[i]], b->ids[i]};
    }
    eg_sort(k, u, sizeof *k, cmp_keyed_id);
    for (size_t i = 0; i < b->opts.max_window_entities; i++) {
        b->capsel[i] = k[i].id;
    }
    free(k);
    eg_sort(b->capsel, b->opts.max_window_entities, sizeof *b->capsel, eg_cmp_u32);
    return b->capsel;
}

/* Keep a link once; the same link stated with other labels keeps the least label, in any
 * order. False when out of memory. */
static bool add_link(eg_builder *b, const eg_alias_link *l)
{
    eg_buf_reset(&b->buf);
    eg_buf_printf(&b->buf, "%d|%d|%s|%s", (int)l->kind, (int)l->type, l->a, l->b);
    uint32_t seen = eg_strmap_get(&b->link_seen, b->buf.data, b->buf.len, NONE);
    if (seen != NONE) {
        eg_alias_link *d = &b->links[seen];
        if (l->a_label && (!d->a_label || strcmp(l->a_label, d->a_label) < 0)) {
            char *lab = eg_strdup(l->a_label);
            if (!lab) {
                return false;
            }
            free(d->a_label);
            d->a_label = lab;
        }
        return true;
    }
    if (!eg_strmap_put(&b->link_seen, b->buf.data, b->buf.len, (uint32_t)b->nlinks) ||
        !EG_GROW(b->links, b->links_cap, b->nlinks + 1)) {
        return false;
    }
    eg_alias_link *d = &b->links[b->nlinks];
    d->kind = l->kind;
    d->type = l->type;
    d->a = eg_strdup(l->a);
    d->b = eg_strdup(l->b);
    d->a_label = l->a_label ? eg_strdup(l->a_label) : NULL;
    b->nlinks++;
    return d->a && d->b && (!l->a_label || d->a_label);
}

/* Article dix joins the documents of pair e (the first EG_MAX_EDGE_DOCS by document id kept,
 * not the first to arrive). False: out of memory. */
static bool edge_add_doc(eg_builder *b, edge_acc *e, uint32_t dix)
{
    if (e->ndocs >= EG_MAX_EDGE_DOCS) {
        keep_least_doc(b, e, dix);
        return true;
    }
    if (e->ndocs == e->docs_cap) {
        uint32_t nc = e->docs_cap ? e->docs_cap * 2 : 4;
        uint32_t *nd = realloc(e->docs, nc * sizeof *nd);
        if (!nd) {
            return false;
        }
        e->docs = nd;
        e->docs_cap = nc;
    }
    e->docs[e->ndocs++] = dix;
    return true;
}

/* What eg_builder_add works on: one article, its mentions and resolved entities. */
typedef struct add_ctx {
    eg_builder *b;
    const eg_doc *doc;
    const eg_mentions *ms;
    const eg_doc_entities *de;
    const uint32_t *local; /* the article's entity -> pre-entity, NONE: not in the graph */
    uint32_t dix;          /* the article's document index */
    uint32_t date;         /* its date (yyyymmdd), 0: none */
    bool once;             /* a window text repeated word for word counts once */
} add_ctx;

/* The article's id, title, url and date join the builder's documents; *dix: its index. */
static eg_status add_document(eg_builder *b, const eg_doc *doc, uint32_t *dix, eg_error *err)
{
    if (!EG_GROW(b->docs, b->docs_cap, b->ndocs + 1) ||
        !EG_GROW(b->dmeta, b->dmeta_cap, b->ndocs + 1)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_document *dm = &b->dmeta[b->ndocs];
    *dm = (eg_document){NULL, doc->title ? eg_strdup(doc->title) : NULL,
                        doc->url ? eg_strdup(doc->url) : NULL, eg_date_parse(doc->date)};
    b->docs[b->ndocs] = eg_strdup(doc->id ? doc->id : "");
    if (!b->docs[b->ndocs] || (doc->title && !dm->title) || (doc->url && !dm->url)) {
        free(b->docs[b->ndocs]);
        free(dm->title);
        free(dm->url);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    *dix = (uint32_t)b->ndocs++;
    return EG_OK;
}

/* One resolved entity of article dix counted into its pre-entity: mentions, list label,
 * surfaces and the article's entry in ent_docs. NONE: out of memory. */
static uint32_t add_entity(eg_builder *b, const eg_local_entity *le, uint32_t dix)
{
    uint32_t id = entity_id(b, le->type, le->key, true);
    if (id == NONE) {
        return NONE;
    }
    pre_entity *pe = &b->ents[id];
    pe->mentions += le->mentions;
    /* several list names for one key: the least, whatever the order of articles */
    if (le->label_fixed && le->label &&
        (!pe->fixed_label || strcmp(le->label, pe->fixed_label) < 0)) {
        char *l = eg_strdup(le->label);
        if (!l) {
            return NONE;
        }
        free(pe->fixed_label);
        pe->fixed_label = l;
    }
    for (size_t s = 0; s < le->nsurf; s++) {
        if (!count_surface(b, id, le->surf[s].text, le->surf[s].count)) {
            return NONE;
        }
    }
    if (pe->last_doc != dix + 1) {
        pe->last_doc = dix + 1;
        if (!EG_GROW(b->ent_docs, b->ent_docs_cap, b->nent_docs + 1)) {
            return NONE;
        }
        pe->last_ed = b->nent_docs++;
        memcpy(b->ent_docs[pe->last_ed], (uint32_t[3]){id, dix, 0}, sizeof b->ent_docs[0]);
    }
    b->ent_docs[pe->last_ed][2] += le->mentions;
    return id;
}

/* The window of a sentence: the sentence, its paragraph, or the whole article. */
static uint32_t window_of(const eg_builder *b, const eg_doc *doc, uint32_t sent)
{
    return b->opts.window == EG_WINDOW_SENTENCE    ? sent
           : b->opts.window == EG_WINDOW_PARAGRAPH ? doc->sents[sent].para
                                                   : 0;
}

/* The pairs of the window's entities pid[0..u): weights (a repeated text adds nothing),
 * documents and evidence; the text (ws..we) is made only when evidence wants it. */
static eg_status add_window_pairs(add_ctx *c, const uint32_t *pid, size_t u, uint32_t w,
                                  uint32_t went, uint32_t ws, uint32_t we, eg_error *err)
{
    eg_builder *b = c->b;
    uint32_t dix = c->dix;
    char *text = NULL;
    bool ok = true;
    for (size_t i = 0; ok && i < u; i++) {
        for (size_t j = i + 1; ok && j < u; j++) {
            edge_acc *e = pair_get(b, pid[i], pid[j]);
            if (!e) {
                ok = false;
                break;
            }
            bool repeat = c->once && eg_winseen_has_pair(&b->seen, went, pid[i], pid[j]);
            e->weight += !repeat;
            if (e->last_doc != dix + 1) {
                e->last_doc = dix + 1;
                e->ndocuments++;
                eg_date_widen(&e->first, &e->last, c->date, c->date);
                ok = edge_add_doc(b, e, dix);
            }
            uint32_t mx = e->nev == b->opts.evidence ? ev_max(b, e) : 0;
            if (ok && b->opts.evidence &&
                (e->nev < b->opts.evidence || ev_less(b, dix, w, e->ev_doc[mx], e->ev_pos[mx]))) {
                if (!text) {
                    text = window_text(c->doc, ws, we);
                }
                ok = text && ev_offer(b, e, dix, w, text);
            }
        }
    }
    free(text);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* The window that starts at mention *m: its distinct entities (b->ids) counted and paired;
 * *m moves past its mentions. */
static eg_status add_window(add_ctx *c, size_t *m, eg_error *err)
{
    eg_builder *b = c->b;
    const eg_doc *doc = c->doc;
    const eg_mentions *ms = c->ms;
    uint32_t s0 = ms->v[*m].sent;
    uint32_t w = window_of(b, doc, s0);
    size_t k = 0, m2 = *m;
    for (; m2 < ms->n && window_of(b, doc, ms->v[m2].sent) == w; m2++) {
        uint32_t le = c->de->of_mention[m2];
        uint32_t id = le < c->de->n ? c->local[le] : NONE;
        if (id == NONE || !(b->opts.types & (1u << b->ents[id].type))) {
            continue;
        }
        if (!EG_GROW(b->ids, b->ids_cap, k + 1)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        b->ids[k++] = id;
    }
    /* the window's byte range, for evidence */
    uint32_t ws = doc->sents[s0].start, we = doc->sents[ms->v[m2 - 1].sent].end;
    if (b->opts.window == EG_WINDOW_PARAGRAPH) {
        for (size_t s = s0; s < doc->nsents && doc->sents[s].para == w; s++) {
            we = doc->sents[s].end;
        }
    } else if (b->opts.window == EG_WINDOW_DOCUMENT) {
        ws = ms->v[0].start < doc->sents[s0].start ? ms->v[0].start : doc->sents[s0].start;
    }
    *m = m2;
    eg_sort(b->ids, k, sizeof *b->ids, eg_cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < k; i++) {
        if (u == 0 || b->ids[u - 1] != b->ids[i]) {
            b->ids[u++] = b->ids[i];
        }
    }
    /* a text counted before (another article's copy of the sentence) adds to the counts
     * only what it did not add then; the documents still list this article */
    uint32_t went = c->once ? b->win_entry[w] : 0;
    for (size_t i = 0; i < u; i++) {
        if (!c->once || !eg_winseen_has(&b->seen, went, b->ids[i])) {
            b->ents[b->ids[i]].windows++;
        }
    }
    size_t uall = u;
    const uint32_t *pid = b->ids;
    if (u > b->opts.max_window_entities) {
        /* bounded pairs: a list of names is not a window; the entities kept are the first
         * by (type, key), whatever the order of the articles */
        pid = capped_window(b, u);
        if (!pid) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        u = b->opts.max_window_entities;
        b->capped++;
    }
    eg_status st = add_window_pairs(c, pid, u, w, went, ws, we, err);
    if (st == EG_OK && c->once && !eg_winseen_record(&b->seen, went, b->ids, uall)) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    return st;
}

eg_status eg_builder_add(eg_builder *b, const eg_doc *doc, const eg_mentions *ms,
                         const eg_doc_entities *de, eg_error *err)
{
    add_ctx c = {.b = b, .doc = doc, .ms = ms, .de = de, .once = !b->opts.repeats_each};
    eg_status st = add_document(b, doc, &c.dix, err);
    if (st != EG_OK) {
        return st;
    }
    c.date = b->dmeta[c.dix].date;
    /* local entity -> pre-entity */
    if (!EG_GROW(b->win_of, b->win_cap, de->n ? de->n : 1)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    uint32_t *local = b->win_of;
    c.local = local;
    for (size_t e = 0; e < de->n; e++) {
        const eg_local_entity *le = &de->ents[e];
        local[e] = NONE;
        if (le->merged_into == NONE && !le->dropped &&
            (local[e] = add_entity(b, le, c.dix)) == NONE) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    /* links: kept once each */
    for (size_t i = 0; i < de->nlinks; i++) {
        if (!add_link(b, &de->links[i])) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    /* windows: group mention entities by window id, in text order */
    size_t nwin = b->opts.window == EG_WINDOW_SENTENCE    ? doc->nsents
                  : b->opts.window == EG_WINDOW_PARAGRAPH ? doc->npara
                                                          : 1;
    if (c.once && !see_windows(b, doc, nwin)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (!c.once) {
        b->nwindows += nwin;
    }
    for (size_t m = 0; m < ms->n;) {
        if ((st = add_window(&c, &m, err)) != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* ---- finishing: cross-article resolution and contraction -------------------------------- */

typedef struct surf_rec {
    uint32_t node;
    uint32_t count;
    const char *text;
} surf_rec;

static int cmp_surf(const void *x, const void *y)
{
    const surf_rec *a = x, *b = y;
    if (a->node != b->node) {
        return a->node < b->node ? -1 : 1;
    }
    return strcmp(a->text, b->text);
}

typedef struct edge_ref {
    uint32_t s, t; /* node indices, s < t */
    uint32_t acc;
} edge_ref;

static int cmp_edge_ref(const void *x, const void *y)
{
    const edge_ref *a = x, *b = y;
    if (a->s != b->s) {
        return a->s < b->s ? -1 : 1;
    }
    if (a->t != b->t) {
        return a->t < b->t ? -1 : 1;
    }
    return a->acc < b->acc ? -1 : a->acc > b->acc;
}

typedef struct id_rec {
    uint32_t node;
    const char *slug;
} id_rec;

static int cmp_id_rec(const void *x, const void *y)
{
    const id_rec *a = x, *b = y;
    int c = strcmp(a->slug, b->slug);
    return c ? c : (a->node < b->node ? -1 : a->node > b->node);
}

eg_status eg_graph_assign_ids(eg_graph *g, eg_error *err)
{
    size_t nn = g->nnodes;
    id_rec *ids = calloc(nn ? nn : 1, sizeof *ids);
    if (!ids) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_buf slug = {0};
    for (size_t k = 0; k < nn; k++) {
        if (!eg_slugify(&slug, g->nodes[k].label)) {
            eg_buf_fini(&slug);
            free(ids);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        g->nodes[k].id = eg_graph_strdup(g, slug.data ? slug.data : "");
        if (!g->nodes[k].id) {
            eg_buf_fini(&slug);
            free(ids);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        ids[k] = (id_rec){(uint32_t)k, g->nodes[k].id};
    }
    eg_sort(ids, nn, sizeof *ids, cmp_id_rec);
    /* compare against the original slugs: renaming must not hide a third holder */
    char **orig = calloc(nn ? nn : 1, sizeof *orig);
    if (!orig) {
        eg_buf_fini(&slug);
        free(ids);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t k = 0; k < nn; k++) {
        orig[k] = eg_strdup(ids[k].slug);
        if (!orig[k]) {
            for (size_t z = 0; z < k; z++) {
                free(orig[z]);
            }
            free(orig);
            eg_buf_fini(&slug);
            free(ids);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    /* every id in use, so a suffixed id is checked in constant time */
    eg_strmap taken_ids = {0};
    bool ok = true;
    for (size_t k = 0; ok && k < nn; k++) {
        ok = eg_strmap_put(&taken_ids, g->nodes[k].id, strlen(g->nodes[k].id), 1);
    }
    for (size_t k = 1; ok && k < nn; k++) {
        if (strcmp(orig[k], orig[k - 1]) != 0) {
            continue;
        }
        /* a clash: every later holder of the slug gets a type suffix, then a number */
        eg_node *nd = &g->nodes[ids[k].node];
        char lower[16];
        const char *tn = eg_etype_name(nd->type);
        size_t q = 0;
        for (; tn[q] && q + 1 < sizeof lower; q++) {
            lower[q] = (char)eg_to_lower((unsigned char)tn[q]);
        }
        lower[q] = '\0';
        bool made = true;
        for (unsigned attempt = 1;; attempt++) {
            eg_buf_reset(&slug);
            made = attempt == 1 ? eg_buf_printf(&slug, "%s-%s", orig[k], lower)
                                : eg_buf_printf(&slug, "%s-%s-%u", orig[k], lower, attempt);
            if (!made || !eg_strmap_has(&taken_ids, slug.data, slug.len)) {
                break;
            }
        }
        ok = made && eg_strmap_put(&taken_ids, slug.data, slug.len, 1);
        char *id = ok ? eg_graph_strdup(g, slug.data) : NULL;
        ok = id != NULL;
        if (ok) {
            nd->id = id;
        }
    }
    eg_strmap_fini(&taken_ids);
    for (size_t k = 0; k < nn; k++) {
        free(orig[k]);
    }
    free(orig);
    eg_buf_fini(&slug);
    free(ids);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* Cross-article merges by the one engine (resolve.h), over the pre-entities in canonical
 * order; records the renames, types and rules it decided. */
static eg_status resolve(eg_builder *b, uint32_t *parent, eg_error *err)
{
    size_t n = b->nents;
    eg_res_entity *re = malloc((n ? n : 1) * sizeof *re);
    uint32_t *pairs = malloc((b->nedges ? b->nedges : 1) * 2 * sizeof *pairs);
    if (!re || !pairs) {
        free(re);
        free(pairs);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        const pre_entity *e = &b->ents[i];
        re[i] = (eg_res_entity){e->type, e->key, e->fixed_label != NULL, e->mentions};
    }
    for (size_t i = 0; i < b->nedges; i++) {
        pairs[2 * i] = b->edges[i].a;
        pairs[2 * i + 1] = b->edges[i].b;
    }
    eg_resolution res;
    eg_status st = eg_resolve(re, n, pairs, b->nedges, b->links, b->nlinks, b->opts.aliases,
                              b->opts.threads, &res, err);
    free(re);
    free(pairs);
    if (st != EG_OK) {
        return st;
    }
    for (size_t i = 0; i < n; i++) {
        pre_entity *e = &b->ents[i];
        parent[i] = eg_uf_find(res.parent, (uint32_t)i);
        e->rename = res.rename[i];
        e->forced_type = res.forced_type[i];
        e->cross_rule = res.rule[i];
        e->cross_with = res.with[i];
    }
    eg_resolution_fini(&res);
    return EG_OK;
}

/* Does the name open with a surname particle ("De Croo", "van Driel", "bin Laden")? */
static bool particle_first(const char *s)
{
    const char *sp = strchr(s, ' ');
    return sp && eg_gaz_name_particle(s, (size_t)(sp - s));
}

static const char *pick_label(const eg_builder *b, const uint32_t *members, size_t nm,
                              const surf_rec *surf, size_t ns)
{
    for (size_t i = 0; i < nm; i++) {
        if (b->ents[members[i]].rename) {
            return b->ents[members[i]].rename;
        }
    }
    for (size_t i = 0; i < nm; i++) {
        if (b->ents[members[i]].fixed_label) {
            return b->ents[members[i]].fixed_label;
        }
    }
    /* the fullest common form: a full name beats a lone surname; among full names the most
     * frequent wins ("Howard Baker" over a one-off "Staff Howard Baker"), then the longest */
    const surf_rec *best = NULL;
    size_t bw = 0;
    bool org = nm > 0 && b->ents[members[0]].type == EG_ORGANIZATION;
    for (size_t i = 0; i < ns; i++) {
        /* an organization's legal form is no extra word: the most frequent of "Texaco Inc",
         * "Texaco" and "Texaco Inc." names the company */
        /* "Moon Jae-in" and "Moon Jae In" are as full as each other */
        size_t w = org ? eg_org_key_words(surf[i].text) : eg_word_count(surf[i].text, true);
        if (w == 2 && particle_first(surf[i].text)) {
            w = 1; /* "De Croo" is a surname, "Herman De Croo" the full name */
        }
        bool better;
        if (!best) {
            better = true;
        } else if ((w >= 2) != (bw >= 2)) {
            better = w >= 2;
        } else if (surf[i].count != best->count) {
            better = surf[i].count > best->count;
        } else {
            better = w > bw;
        }
        if (better) {
            best = &surf[i];
            bw = w;
        }
    }
    return best ? best->text : "";
}

/* An article id in the graph's arena, copied once however many edges name it. */
static char *doc_id(eg_graph *g, const eg_builder *b, char **doc_ids, uint32_t d)
{
    if (!doc_ids[d]) {
        doc_ids[d] = eg_graph_strdup(g, b->docs[d]);
    }
    return doc_ids[d];
}

/* ---- the order of articles is no input: canonical numbering before resolving ------------- */

typedef struct rank_rec {
    const char *s;
    uint32_t type;
    uint32_t old;
} rank_rec;

static int cmp_rank(const void *x, const void *y)
{
    const rank_rec *a = x, *b = y;
    if (a->type != b->type) {
        return a->type < b->type ? -1 : 1;
    }
    int c = strcmp(a->s, b->s);
    return c ? c : (a->old < b->old ? -1 : a->old > b->old);
}

static int cmp_link(const void *x, const void *y)
{
    const eg_alias_link *a = x, *b = y;
    if (a->kind != b->kind) {
        return a->kind < b->kind ? -1 : 1;
    }
    if (a->type != b->type) {
        return a->type < b->type ? -1 : 1;
    }
    int c = strcmp(a->a, b->a);
    return c ? c : strcmp(a->b, b->b);
}

/* Renumber documents by id and pre-entities by (type, key), and sort the links, so that every
 * later choice that falls back on an index (union roots, the first member, tie-breaks of
 * labels and ids) falls back on content. b->ent_perm maps the old entity numbers that
 * surf_map's keys hold to the new ones. */
static eg_status canonical_order(eg_builder *b, eg_error *err)
{
    size_t n = b->nents, nd = b->ndocs, m = n > nd ? n : nd;
    rank_rec *r = malloc((m ? m : 1) * sizeof *r);
    uint32_t *dnew = malloc((nd ? nd : 1) * sizeof *dnew);
    uint32_t *enew = malloc((n ? n : 1) * sizeof *enew);
    char **docs = malloc((nd ? nd : 1) * sizeof *docs);
    pre_entity *ents = malloc((n ? n : 1) * sizeof *ents);
    if (!r || !dnew || !enew || !docs || !ents) {
        free(r);
        free(dnew);
        free(enew);
        free(docs);
        free(ents);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < nd; i++) {
        r[i] = (rank_rec){b->docs[i], 0, (uint32_t)i};
    }
    eg_sort(r, nd, sizeof *r, cmp_rank);
    /* the documents' titles, urls and dates follow their ids */
    eg_document *meta = malloc((nd ? nd : 1) * sizeof *meta);
    if (!meta) {
        free(r);
        free(dnew);
        free(enew);
        free(docs);
        free(ents);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t k = 0; k < nd; k++) {
        dnew[r[k].old] = (uint32_t)k;
        docs[k] = b->docs[r[k].old];
        meta[k] = b->dmeta[r[k].old];
    }
    free(b->dmeta);
    b->dmeta = meta;
    b->dmeta_cap = nd ? nd : 1;
    for (size_t i = 0; i < n; i++) {
        r[i] = (rank_rec){b->ents[i].key, (uint32_t)b->ents[i].type, (uint32_t)i};
    }
    eg_sort(r, n, sizeof *r, cmp_rank);
    for (size_t k = 0; k < n; k++) {
        enew[r[k].old] = (uint32_t)k;
        ents[k] = b->ents[r[k].old];
    }
    free(r);
    free(b->docs);
    b->docs = docs;
    b->docs_cap = nd ? nd : 1;
    free(b->ents);
    b->ents = ents;
    b->ents_cap = n ? n : 1;
    for (size_t i = 0; i < b->nent_docs; i++) {
        b->ent_docs[i][0] = enew[b->ent_docs[i][0]];
        b->ent_docs[i][1] = dnew[b->ent_docs[i][1]];
    }
    for (size_t i = 0; i < b->nedges; i++) {
        edge_acc *e = &b->edges[i];
        uint32_t x = enew[e->a], y = enew[e->b];
        e->a = x < y ? x : y;
        e->b = x < y ? y : x;
        for (uint32_t k = 0; k < e->ndocs; k++) {
            e->docs[k] = dnew[e->docs[k]];
        }
        for (uint32_t k = 0; k < e->nev; k++) {
            e->ev_doc[k] = dnew[e->ev_doc[k]];
        }
    }
    free(dnew);
    eg_strmap_fini(&b->ent_map);
    memset(&b->ent_map, 0, sizeof b->ent_map);
    for (size_t k = 0; k < n; k++) {
        eg_buf_reset(&b->buf);
        eg_buf_putc(&b->buf, (char)('0' + b->ents[k].type));
        eg_buf_putc(&b->buf, '|');
        if (!eg_buf_puts(&b->buf, b->ents[k].key) ||
            !eg_strmap_put(&b->ent_map, b->buf.data, b->buf.len, (uint32_t)k)) {
            free(enew);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    eg_sort(b->links, b->nlinks, sizeof *b->links, cmp_link);
    b->ent_perm = enew;
    return EG_OK;
}

/* ---- shard states: what a later merge needs to finish as one build ------------------------- */

#define SHARD_FORMAT 2 /* 1: an entity's documents without its mentions in each (still read) */

static bool add_num(cJSON *a, double v)
{
    cJSON *x = cJSON_CreateNumber(v);
    return x && cJSON_AddItemToArray(a, x);
}

static bool add_str(cJSON *a, const char *s)
{
    cJSON *x = s ? cJSON_CreateString(s) : cJSON_CreateNull();
    return x && cJSON_AddItemToArray(a, x);
}

static cJSON *add_arr(cJSON *a)
{
    cJSON *x = cJSON_CreateArray();
    return x && cJSON_AddItemToArray(a, x) ? x : NULL;
}

typedef struct state_text {
    uint64_t hash;
    uint32_t entry;
} state_text;

static int cmp_state_text(const void *x, const void *y)
{
    const state_text *a = x, *b = y;
    return a->hash < b->hash ? -1 : a->hash > b->hash;
}

typedef struct state_set {
    const uint32_t *v;
    size_t start, n;
} state_set;

static int cmp_state_set(const void *x, const void *y)
{
    const state_set *a = x, *b = y;
    for (size_t i = 0; i < a->n && i < b->n; i++) {
        if (a->v[i] != b->v[i]) {
            return a->v[i] < b->v[i] ? -1 : 1;
        }
    }
    return a->n < b->n ? -1 : a->n > b->n;
}

static int cmp_pair_u32(const void *x, const void *y)
{
    const uint32_t *a = x, *b = y;
    if (a[0] != b[0]) {
        return a[0] < b[0] ? -1 : 1;
    }
    return a[1] < b[1] ? -1 : a[1] > b[1];
}

/* The state's header (format, options, counts) and its documents. False: out of memory. */
static bool state_header(eg_builder *b, cJSON *st)
{
    bool ok = cJSON_AddNumberToObject(st, "format", b->doc_mentions_unknown ? 1 : SHARD_FORMAT) &&
              cJSON_AddStringToObject(st, "window", eg_window_name(b->opts.window)) &&
              cJSON_AddNumberToObject(st, "types", b->opts.types) &&
              cJSON_AddNumberToObject(st, "evidence", b->opts.evidence) &&
              cJSON_AddNumberToObject(st, "max_window_entities", b->opts.max_window_entities) &&
              cJSON_AddStringToObject(st, "repeats", b->opts.repeats_each ? "each" : "once") &&
              cJSON_AddNumberToObject(st, "nwindows", (double)b->nwindows) &&
              cJSON_AddNumberToObject(st, "capped", (double)b->capped);
    cJSON *docs = ok ? cJSON_AddArrayToObject(st, "documents") : NULL;
    ok = ok && docs;
    for (size_t d = 0; ok && d < b->ndocs; d++) {
        cJSON *x = add_arr(docs);
        ok = x && add_str(x, b->docs[d]) && add_str(x, b->dmeta[d].title) &&
             add_str(x, b->dmeta[d].url) && add_num(x, b->dmeta[d].date);
    }
    return ok;
}

/* The pre-entities, each with its surfaces and documents. False: out of memory. */
static bool state_entities(eg_builder *b, cJSON *st)
{
    surf_rec *sf = malloc((b->nsurf ? b->nsurf : 1) * sizeof *sf);
    uint32_t (*ed)[3] = malloc((b->nent_docs ? b->nent_docs : 1) * sizeof *ed);
    size_t ns = 0;
    bool ok = sf && ed;
    for (size_t i = 0; ok && i < b->surf_map.cap; i++) {
        const char *k;
        size_t kl;
        uint32_t v, id;
        if (eg_strmap_slot(&b->surf_map, i, &k, &kl, &v)) {
            memcpy(&id, k, sizeof id);
            sf[ns++] = (surf_rec){b->ent_perm[id], b->surf_count[v], k + sizeof id};
        }
    }
    if (ok) {
        eg_sort(sf, ns, sizeof *sf, cmp_surf);
        memcpy(ed, b->ent_docs, b->nent_docs * sizeof *ed);
        eg_sort(ed, b->nent_docs, sizeof *ed, cmp_pair_u32);
    }
    cJSON *ents = ok ? cJSON_AddArrayToObject(st, "entities") : NULL;
    ok = ok && ents;
    size_t sp = 0, dp = 0;
    for (size_t i = 0; ok && i < b->nents; i++) {
        const pre_entity *e = &b->ents[i];
        cJSON *x = add_arr(ents);
        ok = x && add_num(x, e->type) && add_str(x, e->key) && add_str(x, e->fixed_label) &&
             add_num(x, e->mentions) && add_num(x, e->windows);
        cJSON *xs = ok ? add_arr(x) : NULL, *xd = xs ? add_arr(x) : NULL;
        ok = ok && xs && xd;
        for (; ok && sp < ns && sf[sp].node == i; sp++) {
            ok = add_str(xs, sf[sp].text) && add_num(xs, sf[sp].count);
        }
        for (; ok && dp < b->nent_docs && ed[dp][0] == i; dp++) {
            /* document, mentions (format 1: the document alone) */
            ok = add_num(xd, ed[dp][1]) && (b->doc_mentions_unknown || add_num(xd, ed[dp][2]));
        }
    }
    free(sf);
    free(ed);
    return ok;
}

/* The acronym and stated-alias links. False: out of memory. */
static bool state_links(eg_builder *b, cJSON *st)
{
    cJSON *links = cJSON_AddArrayToObject(st, "links");
    bool ok = links != NULL;
    for (size_t i = 0; ok && i < b->nlinks; i++) {
        const eg_alias_link *l = &b->links[i];
        cJSON *x = add_arr(links);
        ok = x && add_num(x, l->kind) && add_num(x, l->type) && add_str(x, l->a) &&
             add_str(x, l->b) && add_str(x, l->a_label);
    }
    return ok;
}

/* One pair: counts, then its documents in document order and its evidence candidates by
 * (document, window), so that the same articles give the same state. ids: scratch. */
static bool state_pair(eg_builder *b, cJSON *pairs, const edge_acc *e, uint32_t **ids,
                       size_t *ids_cap)
{
    cJSON *x = add_arr(pairs);
    bool ok = x && add_num(x, e->a) && add_num(x, e->b) && add_num(x, e->weight) &&
              add_num(x, e->ndocuments) && add_num(x, e->first) && add_num(x, e->last);
    cJSON *xd = ok ? add_arr(x) : NULL, *xe = xd ? add_arr(x) : NULL;
    ok = ok && xd && xe && EG_GROW(*ids, *ids_cap, e->ndocs > e->nev ? e->ndocs : e->nev);
    if (!ok) {
        return false;
    }
    uint32_t *v = *ids;
    for (uint32_t k = 0; k < e->ndocs; k++) {
        v[k] = e->docs[k];
    }
    eg_sort(v, e->ndocs, sizeof *v, eg_cmp_u32);
    for (uint32_t k = 0; ok && k < e->ndocs; k++) {
        ok = add_num(xd, v[k]);
    }
    for (uint32_t k = 0; ok && k < e->nev; k++) {
        v[k] = k; /* insertion sort by (document, window): a few candidates */
        for (uint32_t q = k; q > 0 && ev_less(b, e->ev_doc[v[q]], e->ev_pos[v[q]],
                                              e->ev_doc[v[q - 1]], e->ev_pos[v[q - 1]]);
             q--) {
            uint32_t t = v[q];
            v[q] = v[q - 1];
            v[q - 1] = t;
        }
    }
    for (uint32_t k = 0; ok && k < e->nev; k++) {
        uint32_t m = v[k];
        ok = add_num(xe, e->ev_doc[m]) && add_num(xe, e->ev_pos[m]) && add_str(xe, e->ev[m]);
    }
    return ok;
}

/* The pairs, in (a, b) order. False: out of memory. */
static bool state_pairs(eg_builder *b, cJSON *st)
{
    uint32_t *ids = NULL;
    size_t ids_cap = 0;
    edge_ref *order = malloc((b->nedges ? b->nedges : 1) * sizeof *order);
    bool ok = order != NULL;
    for (size_t i = 0; ok && i < b->nedges; i++) {
        order[i] = (edge_ref){b->edges[i].a, b->edges[i].b, (uint32_t)i};
    }
    if (ok) {
        eg_sort(order, b->nedges, sizeof *order, cmp_edge_ref);
    }
    cJSON *pairs = ok ? cJSON_AddArrayToObject(st, "pairs") : NULL;
    ok = ok && pairs;
    for (size_t i = 0; ok && i < b->nedges; i++) {
        ok = state_pair(b, pairs, &b->edges[order[i].acc], &ids, &ids_cap);
    }
    free(order);
    free(ids);
    return ok;
}

/* One window text: its hash, then the entity sets counted in it, each sorted, in content
 * order. ids, sv: scratch. */
static bool state_text_sets(eg_builder *b, cJSON *texts, const state_text *t, uint32_t **ids,
                            size_t *ids_cap, state_set **sv, size_t *sv_cap)
{
    char hex[17];
    snprintf(hex, sizeof hex, "%016" PRIx64, t->hash);
    cJSON *x = add_arr(texts);
    bool ok = x && add_str(x, hex);
    const uint32_t *set;
    size_t n, nflat = 0, nsv = 0;
    for (uint32_t k = 0; ok && eg_winseen_set_at(&b->seen, t->entry, k, &set, &n); k++) {
        ok = EG_GROW(*ids, *ids_cap, nflat + n) && EG_GROW(*sv, *sv_cap, nsv + 1);
        for (size_t q = 0; ok && q < n; q++) {
            (*ids)[nflat + q] = b->ent_perm[set[q]];
        }
        if (ok) {
            eg_sort(*ids + nflat, n, sizeof **ids, eg_cmp_u32);
            (*sv)[nsv++] = (state_set){NULL, nflat, n};
            nflat += n;
        }
    }
    /* the sets in content order, so that the same articles give the same state */
    for (size_t k = 0; ok && k < nsv; k++) {
        (*sv)[k].v = *ids + (*sv)[k].start;
    }
    if (ok) {
        eg_sort(*sv, nsv, sizeof **sv, cmp_state_set);
    }
    for (size_t k = 0; ok && k < nsv; k++) {
        cJSON *xs = add_arr(x);
        ok = xs != NULL;
        for (size_t q = 0; ok && q < (*sv)[k].n; q++) {
            ok = add_num(xs, (*sv)[k].v[q]);
        }
    }
    return ok;
}

/* Every window text seen, by hash. False: out of memory. */
static bool state_texts(eg_builder *b, cJSON *st)
{
    size_t nt = eg_winseen_count(&b->seen);
    state_text *tx = malloc((nt ? nt : 1) * sizeof *tx);
    bool ok = tx != NULL;
    for (size_t i = 0; ok && i < nt; i++) {
        tx[i] = (state_text){eg_winseen_entry_hash(&b->seen, (uint32_t)i), (uint32_t)i};
    }
    if (ok) {
        eg_sort(tx, nt, sizeof *tx, cmp_state_text);
    }
    cJSON *texts = ok ? cJSON_AddArrayToObject(st, "texts") : NULL;
    uint32_t *ids = NULL;
    state_set *sv = NULL;
    size_t ids_cap = 0, sv_cap = 0;
    ok = ok && texts;
    for (size_t i = 0; ok && i < nt; i++) {
        ok = state_text_sets(b, texts, &tx[i], &ids, &ids_cap, &sv, &sv_cap);
    }
    free(sv);
    free(ids);
    free(tx);
    return ok;
}

/* The builder's state after canonical_order (so the same articles give the same state in any
 * order): documents, pre-entities with surfaces and documents, links, pairs with documents and
 * evidence candidates, and every window text with the entity sets counted in it. */
static cJSON *state_json(eg_builder *b)
{
    cJSON *st = cJSON_CreateObject();
    if (!st || !state_header(b, st) || !state_entities(b, st) || !state_links(b, st) ||
        !state_pairs(b, st) || !state_texts(b, st)) {
        cJSON_Delete(st);
        return NULL;
    }
    return st;
}

/* What eg_builder_finish works on: the resolved entities, their nodes and the graph. */
typedef struct finish_ctx {
    eg_builder *b;
    eg_graph *g;        /* the result */
    size_t n, nn;       /* entities, nodes */
    uint32_t *parent;   /* entity -> its resolution root */
    uint32_t *node_of;  /* entity -> node index, NONE: type not in the graph */
    uint32_t *members;  /* entities grouped by node, from mstart[node] to mstart[node + 1] */
    size_t *mstart;
    surf_rec *surf;     /* (node, count, surface), sorted, one per distinct surface of a node */
    size_t ns;
    edge_ref *refs;     /* the pairs between distinct nodes */
    char **doc_ids;     /* document ids in the graph's arena, copied once */
} finish_ctx;

/* Nodes: one per root of an entity whose type is in the graph; the graph's header counts. */
static eg_status finish_number_nodes(finish_ctx *c, eg_error *err)
{
    eg_builder *b = c->b;
    eg_graph *g = c->g;
    for (size_t i = 0; i < c->n; i++) {
        c->node_of[i] = NONE;
    }
    for (size_t i = 0; i < c->n; i++) {
        uint32_t r = eg_uf_find(c->parent, (uint32_t)i);
        if (r == i && (b->opts.types & (1u << b->ents[i].type))) {
            c->node_of[i] = (uint32_t)c->nn++;
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        c->node_of[i] = c->node_of[eg_uf_find(c->parent, (uint32_t)i)];
    }
    g->nodes = calloc(c->nn ? c->nn : 1, sizeof *g->nodes);
    if (!g->nodes) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    g->nnodes = c->nn;
    g->window = b->opts.window;
    g->threads = b->opts.threads;
    g->ndocuments = (uint32_t)b->ndocs;
    g->nwindows = b->nwindows;
    return EG_OK;
}

/* The document table: every article in its canonical order, with title, url and date. */
static eg_status finish_doctab(finish_ctx *c, eg_error *err)
{
    eg_builder *b = c->b;
    eg_graph *g = c->g;
    g->doctab = calloc(b->ndocs ? b->ndocs : 1, sizeof *g->doctab);
    if (!g->doctab) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t d = 0; d < b->ndocs; d++) {
        const eg_document *m = &b->dmeta[d];
        eg_document *t = &g->doctab[g->ndoctab++];
        *t = (eg_document){doc_id(g, b, c->doc_ids, (uint32_t)d),
                           m->title ? eg_graph_strdup(g, m->title) : NULL,
                           m->url ? eg_graph_strdup(g, m->url) : NULL, m->date};
        if (!t->id || (m->title && !t->title) || (m->url && !t->url)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

/* Members grouped by node (counting sort), and the distinct surfaces of each node with their
 * counts summed over its members. */
static void finish_group(finish_ctx *c)
{
    eg_builder *b = c->b;
    for (size_t i = 0; i < c->n; i++) {
        if (c->node_of[i] != NONE) {
            c->mstart[c->node_of[i] + 2]++;
        }
    }
    for (size_t k = 0; k < c->nn; k++) {
        c->mstart[k + 2] += c->mstart[k + 1];
    }
    for (size_t i = 0; i < c->n; i++) {
        if (c->node_of[i] != NONE) {
            c->members[c->mstart[c->node_of[i] + 1]++] = (uint32_t)i;
        }
    }
    size_t ns = 0;
    for (size_t i = 0; i < b->surf_map.cap; i++) {
        const char *k;
        size_t kl;
        uint32_t v;
        if (eg_strmap_slot(&b->surf_map, i, &k, &kl, &v)) {
            uint32_t id;
            memcpy(&id, k, sizeof id);
            id = b->ent_perm[id];
            if (c->node_of[id] != NONE) {
                c->surf[ns++] = (surf_rec){c->node_of[id], b->surf_count[v], k + sizeof id};
            }
        }
    }
    eg_sort(c->surf, ns, sizeof *c->surf, cmp_surf);
    size_t u = 0;
    for (size_t i = 0; i < ns; i++) {
        if (u && c->surf[u - 1].node == c->surf[i].node &&
            strcmp(c->surf[u - 1].text, c->surf[i].text) == 0) {
            c->surf[u - 1].count += c->surf[i].count;
        } else {
            c->surf[u++] = c->surf[i];
        }
    }
    c->ns = u;
}

/* Node k: type (the user's forced type wins), label, aliases (its surfaces and the label,
 * sorted), mentions and windows; its surfaces are surf[0..ns). False: out of memory. */
static bool finish_node(finish_ctx *c, size_t k, const surf_rec *surf, size_t ns)
{
    eg_builder *b = c->b;
    eg_node *nd = &c->g->nodes[k];
    const uint32_t *mem = c->members + c->mstart[k];
    size_t nm = c->mstart[k + 1] - c->mstart[k];
    nd->type = b->ents[mem[0]].type;
    for (size_t i = 0; i < nm; i++) {
        if (b->ents[mem[i]].forced_type >= 0) {
            nd->type = (eg_etype)b->ents[mem[i]].forced_type;
        }
    }
    nd->label = eg_graph_strdup(c->g, pick_label(b, mem, nm, surf, ns));
    nd->aliases = eg_graph_calloc(c->g, ns + 1, sizeof *nd->aliases);
    if (!nd->label || !nd->aliases) {
        return false;
    }
    bool has_label = false;
    for (size_t i = 0; i < ns; i++) {
        has_label = has_label || strcmp(surf[i].text, nd->label) == 0;
    }
    size_t na = 0;
    for (size_t i = 0; i < ns; i++) {
        if (!has_label && strcmp(nd->label, surf[i].text) < 0) {
            nd->aliases[na++] = nd->label;
            has_label = true;
        }
        nd->aliases[na++] = eg_graph_strdup(c->g, surf[i].text);
    }
    if (!has_label) {
        nd->aliases[na++] = nd->label;
    }
    nd->naliases = na;
    for (size_t i = 0; i < na; i++) {
        if (!nd->aliases[i]) {
            return false;
        }
    }
    for (size_t i = 0; i < nm; i++) {
        nd->mentions += b->ents[mem[i]].mentions;
        nd->windows += b->ents[mem[i]].windows;
    }
    return true;
}

/* A node's documents from its (node, doc, mentions) entries ed[0..cnt), sorted by document:
 * the entries of its members for one document are one, their mentions summed. */
static bool finish_node_docs(finish_ctx *c, eg_node *nd, uint32_t (*ed)[3], size_t cnt)
{
    eg_builder *b = c->b;
    size_t keep = cnt < EG_MAX_EDGE_DOCS ? cnt : EG_MAX_EDGE_DOCS;
    nd->docs = eg_graph_calloc(c->g, keep, sizeof *nd->docs);
    nd->doc_mentions = b->doc_mentions_unknown
                           ? NULL
                           : eg_graph_calloc(c->g, keep, sizeof *nd->doc_mentions);
    bool ok = nd->docs && (b->doc_mentions_unknown || nd->doc_mentions);
    for (size_t q = 0; ok && q < cnt; q++) {
        uint32_t d = ed[q][1];
        if (q > 0 && d == ed[q - 1][1]) {
            if (nd->doc_mentions && nd->documents <= keep) {
                nd->doc_mentions[nd->documents - 1] += ed[q][2];
            }
            continue;
        }
        nd->documents++;
        uint32_t date = b->dmeta[d].date;
        eg_date_widen(&nd->first_seen, &nd->last_seen, date, date);
        if (nd->ndocs < keep) {
            if (nd->doc_mentions) {
                nd->doc_mentions[nd->ndocs] = ed[q][2];
            }
            nd->docs[nd->ndocs] = doc_id(c->g, b, c->doc_ids, d);
            ok = nd->docs[nd->ndocs++] != NULL;
        }
    }
    return ok;
}

/* Every node: its label and aliases, then its documents ((node, doc, mentions) sorted by node
 * and document). */
static eg_status finish_nodes(finish_ctx *c, eg_error *err)
{
    eg_builder *b = c->b;
    size_t sp = 0;
    for (size_t k = 0; k < c->nn; k++) {
        size_t s0 = sp;
        while (sp < c->ns && c->surf[sp].node == k) {
            sp++;
        }
        if (!finish_node(c, k, c->surf + s0, sp - s0)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    for (size_t i = 0; i < b->nent_docs; i++) {
        b->ent_docs[i][0] = c->node_of[b->ent_docs[i][0]];
    }
    eg_sort(b->ent_docs, b->nent_docs, sizeof *b->ent_docs, cmp_pair_u32);
    for (size_t i = 0; i < b->nent_docs;) {
        size_t j = i;
        uint32_t node = b->ent_docs[i][0];
        while (j < b->nent_docs && b->ent_docs[j][0] == node) {
            j++;
        }
        if (node != NONE && !finish_node_docs(c, &c->g->nodes[node], b->ent_docs + i, j - i)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        i = j;
    }
    return EG_OK;
}

/* One edge from the pairs refs[0..nr) that now join its nodes: weights summed, documents
 * united, the evidence picked again. False: out of memory. */
static bool finish_edge(finish_ctx *c, eg_edge *e, const edge_ref *refs, size_t nr)
{
    eg_builder *b = c->b;
    eg_graph *g = c->g;
    size_t ndoc = 0, nev = 0;
    e->source = refs[0].s;
    e->target = refs[0].t;
    uint32_t documents = 0;
    for (size_t j = 0; j < nr; j++) {
        const edge_acc *a = &b->edges[refs[j].acc];
        e->weight += a->weight;
        eg_date_widen(&e->first_seen, &e->last_seen, a->first, a->last);
        documents += a->ndocuments;
        ndoc += a->ndocs;
        nev += a->nev;
    }
    uint32_t *docs = malloc((ndoc ? ndoc : 1) * sizeof *docs);
    eg_ev_pick *evs = malloc((nev ? nev : 1) * sizeof *evs);
    bool ok = docs && evs;
    size_t dn = 0, en = 0;
    for (size_t q = 0; ok && q < nr; q++) {
        const edge_acc *a = &b->edges[refs[q].acc];
        for (uint32_t k = 0; k < a->ndocs; k++) {
            docs[dn++] = a->docs[k];
        }
        for (uint32_t k = 0; k < a->nev; k++) {
            evs[en++] = (eg_ev_pick){b->docs[a->ev_doc[k]], a->ev[k], a->ev_pos[k], a->ev_doc[k]};
        }
    }
    size_t du = 0;
    if (ok) {
        eg_sort(docs, dn, sizeof *docs, eg_cmp_u32);
        for (size_t q = 0; q < dn; q++) {
            if (du == 0 || docs[du - 1] != docs[q]) {
                docs[du++] = docs[q];
            }
        }
    }
    e->documents = nr == 1 ? documents : (uint32_t)du;
    size_t keep = ok ? eg_evidence_pick(evs, en, b->opts.evidence, b->opts.repeats_each) : 0;
    e->docs = ok ? eg_graph_calloc(g, du, sizeof *e->docs) : NULL;
    e->ev = ok ? eg_graph_calloc(g, keep, sizeof *e->ev) : NULL;
    ok = e->docs && e->ev;
    for (size_t q = 0; ok && q < du; q++) {
        e->docs[e->ndocs] = doc_id(g, b, c->doc_ids, docs[q]);
        ok = e->docs[e->ndocs++] != NULL;
    }
    for (size_t q = 0; ok && q < keep; q++) {
        e->ev[q].doc = doc_id(g, b, c->doc_ids, evs[q].ref);
        e->ev[q].sentence = eg_graph_strdup(g, evs[q].text);
        e->nev++;
        ok = e->ev[q].doc && e->ev[q].sentence;
    }
    free(docs);
    free(evs);
    return ok;
}

/* Edges: contract, drop self-loops, sum the pairs that now join the same nodes. */
static eg_status finish_edges(finish_ctx *c, eg_error *err)
{
    eg_builder *b = c->b;
    eg_graph *g = c->g;
    size_t nr = 0;
    for (size_t i = 0; i < b->nedges; i++) {
        uint32_t x = c->node_of[b->edges[i].a], y = c->node_of[b->edges[i].b];
        if (x == NONE || y == NONE || x == y) {
            continue;
        }
        c->refs[nr++] = (edge_ref){x < y ? x : y, x < y ? y : x, (uint32_t)i};
    }
    eg_sort(c->refs, nr, sizeof *c->refs, cmp_edge_ref);
    g->edges = calloc(nr ? nr : 1, sizeof *g->edges);
    bool ok = g->edges != NULL;
    for (size_t i = 0; ok && i < nr;) {
        size_t j = i;
        while (j < nr && c->refs[j].s == c->refs[i].s && c->refs[j].t == c->refs[i].t) {
            j++;
        }
        ok = finish_edge(c, &g->edges[g->nedges++], c->refs + i, j - i);
        i = j;
    }
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* The builder keeps each node's id (eg_builder_node_id) and takes node_of from the context. */
static eg_status finish_keep_ids(finish_ctx *c, eg_error *err)
{
    eg_builder *b = c->b;
    b->final_ids = calloc(c->nn ? c->nn : 1, sizeof *b->final_ids);
    if (!b->final_ids) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t k = 0; k < c->nn; k++) {
        b->final_ids[k] = eg_strdup(c->g->nodes[k].id);
        b->final_n = k + 1;
        if (!b->final_ids[k]) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    b->final_node = c->node_of;
    c->node_of = NULL;
    return EG_OK;
}

eg_status eg_builder_finish(eg_builder *b, eg_graph **out, eg_error *err)
{
    *out = NULL;
    size_t n = b->nents;
    finish_ctx c = {.b = b, .n = n};
    c.parent = malloc((n ? n : 1) * sizeof *c.parent);
    c.node_of = malloc((n ? n : 1) * sizeof *c.node_of);
    c.surf = malloc((b->nsurf ? b->nsurf : 1) * sizeof *c.surf);
    c.members = malloc((n ? n : 1) * sizeof *c.members);
    c.mstart = calloc(n + 2, sizeof *c.mstart);
    c.refs = malloc((b->nedges ? b->nedges : 1) * sizeof *c.refs);
    c.doc_ids = calloc(b->ndocs ? b->ndocs : 1, sizeof *c.doc_ids);
    c.g = eg_graph_new();
    eg_status st = EG_OK;
    if (!c.parent || !c.node_of || !c.surf || !c.members || !c.mstart || !c.refs || !c.doc_ids ||
        !c.g) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    st = st == EG_OK ? canonical_order(b, err) : st;
    if (st == EG_OK && b->opts.shard && !(c.g->shard = state_json(b))) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    st = st == EG_OK ? resolve(b, c.parent, err) : st;
    st = st == EG_OK ? finish_number_nodes(&c, err) : st;
    st = st == EG_OK ? finish_doctab(&c, err) : st;
    if (st == EG_OK) {
        finish_group(&c);
    }
    st = st == EG_OK ? finish_nodes(&c, err) : st;
    st = st == EG_OK ? finish_edges(&c, err) : st;
    st = st == EG_OK ? eg_graph_assign_ids(c.g, err) : st;
    st = st == EG_OK ? finish_keep_ids(&c, err) : st;
    st = st == EG_OK ? eg_graph_normalize(c.g, true, err) : st;
    free(c.parent);
    free(c.node_of);
    free(c.surf);
    free(c.members);
    free(c.mstart);
    free(c.refs);
    free(c.doc_ids);
    if (st != EG_OK) {
        eg_graph_destroy(c.g);
        return st;
    }
    *out = c.g;
    return EG_OK;
}

const char *eg_builder_node_id(eg_builder *b, eg_etype type, const char *key)
{
    if (!b->final_node) {
        return NULL;
    }
    uint32_t id = entity_id(b, type, key, false);
    if (id == NONE || b->final_node[id] == NONE) {
        return NULL;
    }
    return b->final_ids[b->final_node[id]];
}

eg_rule eg_builder_cross_rule(eg_builder *b, eg_etype type, const char *key,
                              const char **other_key)
{
    uint32_t id = entity_id(b, type, key, false);
    if (id == NONE || b->ents[id].cross_rule == EG_RULE_NONE) {
        return EG_RULE_NONE;
    }
    if (other_key) {
        *other_key = b->ents[b->ents[id].cross_with].key;
    }
    return b->ents[id].cross_rule;
}

/* ---- merging shard states ------------------------------------------------------------------- */

static bool st_u32(const cJSON *a, int i, uint32_t *out)
{
    const cJSON *x = cJSON_GetArrayItem(a, i);
    if (!cJSON_IsNumber(x) || x->valuedouble < 0 || x->valuedouble > 4294967295.0) {
        return false;
    }
    *out = (uint32_t)x->valuedouble;
    return true;
}

static bool st_str(const cJSON *a, int i, const char **out, bool null_ok)
{
    const cJSON *x = cJSON_GetArrayItem(a, i);
    if (null_ok && cJSON_IsNull(x)) {
        *out = NULL;
        return true;
    }
    *out = cJSON_GetStringValue(x);
    return *out != NULL;
}

static double st_num(const cJSON *o, const char *name)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsNumber(x) ? x->valuedouble : -1;
}

/* The options a state was built with, or false when it is not a shard state we read. */
static bool state_opts(const cJSON *st, eg_build_opts *o)
{
    const char *w = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(st, "window"));
    const char *r = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(st, "repeats"));
    double f = st_num(st, "format");
    if ((f != SHARD_FORMAT && f != 1) || !w || !r || st_num(st, "types") < 1 ||
        st_num(st, "evidence") < 0 || st_num(st, "max_window_entities") < 1) {
        return false;
    }
    *o = (eg_build_opts){0};
    o->window = strcmp(w, "paragraph") == 0  ? EG_WINDOW_PARAGRAPH
                : strcmp(w, "document") == 0 ? EG_WINDOW_DOCUMENT
                                             : EG_WINDOW_SENTENCE;
    o->types = (unsigned)st_num(st, "types");
    o->evidence = (unsigned)st_num(st, "evidence");
    o->max_window_entities = (unsigned)st_num(st, "max_window_entities");
    o->repeats_each = strcmp(r, "each") == 0;
    return true;
}

static eg_status bad_state(eg_error *err, size_t shard, const char *what)
{
    return eg_error_set(err, EG_ERR_PARSE, "shard %zu: bad state (%s)", shard + 1, what);
}

/* A text seen in the builder and again in this shard: what both counted is counted once (an
 * entity or a pair counts once per text, as build counts it). */
static bool uncount_repeat(eg_builder *b, uint32_t entry, uint32_t *const *sets,
                           const size_t *nset, size_t nsets)
{
    uint32_t (*pp)[2] = NULL;
    size_t np = 0, pcap = 0;
    uint32_t *seen_ent = NULL;
    size_t ne = 0, ecap = 0;
    bool ok = true;
    for (size_t s = 0; ok && s < nsets; s++) {
        const uint32_t *v = sets[s];
        for (size_t i = 0; ok && i < nset[s]; i++) {
            if (eg_winseen_has(&b->seen, entry, v[i])) {
                ok = EG_GROW(seen_ent, ecap, ne + 1);
                if (ok) {
                    seen_ent[ne++] = v[i];
                }
            }
            for (size_t j = i + 1; ok && j < nset[s]; j++) {
                if (eg_winseen_has_pair(&b->seen, entry, v[i], v[j])) {
                    ok = EG_GROW(pp, pcap, np + 1);
                    if (ok) {
                        pp[np][0] = v[i];
                        pp[np++][1] = v[j];
                    }
                }
            }
        }
    }
    if (ok) {
        eg_sort(seen_ent, ne, sizeof *seen_ent, eg_cmp_u32);
        for (size_t i = 0; i < ne; i++) {
            if ((i == 0 || seen_ent[i] != seen_ent[i - 1]) && b->ents[seen_ent[i]].windows) {
                b->ents[seen_ent[i]].windows--;
            }
        }
        eg_sort(pp, np, sizeof *pp, cmp_pair_u32);
        for (size_t i = 0; ok && i < np; i++) {
            if (i && pp[i][0] == pp[i - 1][0] && pp[i][1] == pp[i - 1][1]) {
                continue;
            }
            edge_acc *e = pair_get(b, pp[i][0], pp[i][1]);
            ok = e != NULL;
            if (ok && e->weight) {
                e->weight--;
            }
        }
    }
    free(pp);
    free(seen_ent);
    return ok;
}

/* Add one shard's state to the builder, as if its articles had been added. */
/* What absorb works on: one shard's state going into the builder. */
typedef struct absorb_ctx {
    eg_builder *b;
    size_t shard;       /* its number, for messages */
    size_t d0;          /* the builder's document index of the shard's first document */
    size_t nd, ne;      /* the shard's documents and entities */
    uint32_t *emap;     /* shard entity -> builder entity */
    bool with_mentions; /* entity documents come with mentions (format 2 on) */
    eg_error *err;
} absorb_ctx;

/* The shard's documents, appended to the builder's. */
static eg_status absorb_documents(absorb_ctx *c, const cJSON *docs)
{
    eg_builder *b = c->b;
    const cJSON *x;
    cJSON_ArrayForEach(x, docs)
    {
        const char *id, *title, *url;
        uint32_t date;
        if (!st_str(x, 0, &id, false) || !st_str(x, 1, &title, true) ||
            !st_str(x, 2, &url, true) || !st_u32(x, 3, &date)) {
            return bad_state(c->err, c->shard, "documents");
        }
        if (!EG_GROW(b->docs, b->docs_cap, b->ndocs + 1) ||
            !EG_GROW(b->dmeta, b->dmeta_cap, b->ndocs + 1)) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
        b->dmeta[b->ndocs] = (eg_document){NULL, title ? eg_strdup(title) : NULL,
                                           url ? eg_strdup(url) : NULL, date};
        b->docs[b->ndocs++] = eg_strdup(id);
        if (!b->docs[b->ndocs - 1] || (title && !b->dmeta[b->ndocs - 1].title) ||
            (url && !b->dmeta[b->ndocs - 1].url)) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

/* One entity of the shard: counted into the builder's entity of the same type and key, with
 * its surfaces and documents; its builder entity goes to emap[k]. */
static eg_status absorb_entity(absorb_ctx *c, const cJSON *x, size_t k)
{
    eg_builder *b = c->b;
    const char *key, *fixed;
    uint32_t type, mentions, windows;
    const cJSON *surf = cJSON_GetArrayItem(x, 5), *edocs = cJSON_GetArrayItem(x, 6);
    if (!st_u32(x, 0, &type) || type >= EG_NTYPES || !st_str(x, 1, &key, false) ||
        !st_str(x, 2, &fixed, true) || !st_u32(x, 3, &mentions) || !st_u32(x, 4, &windows) ||
        !cJSON_IsArray(surf) || !cJSON_IsArray(edocs)) {
        return bad_state(c->err, c->shard, "entities");
    }
    uint32_t id = entity_id(b, (eg_etype)type, key, true);
    if (id == NONE) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    c->emap[k] = id;
    pre_entity *pe = &b->ents[id];
    pe->mentions += mentions;
    pe->windows += windows;
    if (fixed && (!pe->fixed_label || strcmp(fixed, pe->fixed_label) < 0)) {
        char *l = eg_strdup(fixed);
        if (!l) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
        free(pe->fixed_label);
        pe->fixed_label = l;
    }
    int nsf = cJSON_GetArraySize(surf);
    for (int i = 0; i < nsf; i += 2) {
        const char *text;
        uint32_t count;
        if (!st_str(surf, i, &text, false) || !st_u32(surf, i + 1, &count)) {
            return bad_state(c->err, c->shard, "surfaces");
        }
        if (!count_surface(b, id, text, count)) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
    }
    int ndd = cJSON_GetArraySize(edocs), step = c->with_mentions ? 2 : 1;
    for (int i = 0; i < ndd; i += step) {
        uint32_t d, m = 0;
        if (!st_u32(edocs, i, &d) || d >= c->nd ||
            (c->with_mentions && !st_u32(edocs, i + 1, &m))) {
            return bad_state(c->err, c->shard, "entity documents");
        }
        if (!EG_GROW(b->ent_docs, b->ent_docs_cap, b->nent_docs + 1)) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
        memcpy(b->ent_docs[b->nent_docs++], (uint32_t[3]){id, (uint32_t)(c->d0 + d), m},
               sizeof b->ent_docs[0]);
    }
    return EG_OK;
}

/* The shard's acronym and stated-alias links, kept once each. */
static eg_status absorb_links(absorb_ctx *c, const cJSON *links)
{
    const cJSON *x;
    cJSON_ArrayForEach(x, links)
    {
        uint32_t kind, type;
        const char *a, *bb, *lab;
        if (!st_u32(x, 0, &kind) || !st_u32(x, 1, &type) || type >= EG_NTYPES ||
            !st_str(x, 2, &a, false) || !st_str(x, 3, &bb, false) || !st_str(x, 4, &lab, true)) {
            return bad_state(c->err, c->shard, "links");
        }
        eg_alias_link l = {0};
        l.kind = kind;
        l.type = (eg_etype)type;
        l.a = (char *)a;
        l.b = (char *)bb;
        l.a_label = (char *)lab;
        if (!add_link(c->b, &l)) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

/* A pair's documents (pd) and evidence (pe) added to its accumulator e. */
static eg_status absorb_pair_lists(absorb_ctx *c, edge_acc *e, const cJSON *pd, const cJSON *pe)
{
    eg_builder *b = c->b;
    int n = cJSON_GetArraySize(pd);
    for (int i = 0; i < n; i++) {
        uint32_t d;
        if (!st_u32(pd, i, &d) || d >= c->nd) {
            return bad_state(c->err, c->shard, "pair documents");
        }
        if (!edge_add_doc(b, e, (uint32_t)(c->d0 + d))) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
    }
    n = cJSON_GetArraySize(pe);
    for (int i = 0; i < n; i += 3) {
        uint32_t d, w;
        const char *text;
        if (i + 2 >= n || !st_u32(pe, i, &d) || d >= c->nd || !st_u32(pe, i + 1, &w) ||
            !st_str(pe, i + 2, &text, false)) {
            return bad_state(c->err, c->shard, "evidence");
        }
        uint32_t dix = (uint32_t)(c->d0 + d);
        uint32_t mx = e->nev == b->opts.evidence ? ev_max(b, e) : 0;
        if (b->opts.evidence &&
            (e->nev < b->opts.evidence || ev_less(b, dix, w, e->ev_doc[mx], e->ev_pos[mx])) &&
            !ev_offer(b, e, dix, w, text)) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

/* The shard's pairs, summed into the builder's pairs of the same entities. */
static eg_status absorb_pairs(absorb_ctx *c, const cJSON *pairs)
{
    const cJSON *x;
    cJSON_ArrayForEach(x, pairs)
    {
        uint32_t a, k, weight, ndocuments, first, last;
        const cJSON *pd = cJSON_GetArrayItem(x, 6), *pe = cJSON_GetArrayItem(x, 7);
        if (!st_u32(x, 0, &a) || !st_u32(x, 1, &k) || a >= c->ne || k >= c->ne || a == k ||
            !st_u32(x, 2, &weight) || !st_u32(x, 3, &ndocuments) || !st_u32(x, 4, &first) ||
            !st_u32(x, 5, &last) || !cJSON_IsArray(pd) || !cJSON_IsArray(pe)) {
            return bad_state(c->err, c->shard, "pairs");
        }
        uint32_t ea = c->emap[a], ec = c->emap[k];
        edge_acc *e = pair_get(c->b, ea < ec ? ea : ec, ea < ec ? ec : ea);
        if (!e) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
        e->weight += weight;
        e->ndocuments += ndocuments;
        eg_date_widen(&e->first, &e->last, first, last);
        eg_status rc = absorb_pair_lists(c, e, pd, pe);
        if (rc != EG_OK) {
            return rc;
        }
    }
    return EG_OK;
}

/* One window text of the shard (its hash, then the entity sets counted in it): a text the
 * builder has seen too is counted once. sets/nset/scap/ncap: scratch kept across texts. */
static eg_status absorb_text(absorb_ctx *c, const cJSON *x, uint32_t ***sets, size_t **nset,
                             size_t *scap, size_t *ncap)
{
    eg_builder *b = c->b;
    const char *hex;
    char *end;
    if (!st_str(x, 0, &hex, false)) {
        return bad_state(c->err, c->shard, "texts");
    }
    uint64_t h = strtoull(hex, &end, 16);
    if (*end || !h) {
        return bad_state(c->err, c->shard, "texts");
    }
    uint32_t entry;
    bool added;
    if (!eg_winseen_add(&b->seen, h, &entry, &added)) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    b->nwindows -= !added; /* counted by both */
    eg_status rc = EG_OK;
    size_t ns = 0;
    int nx = cJSON_GetArraySize(x);
    for (int s = 1; rc == EG_OK && s < nx; s++) {
        const cJSON *set = cJSON_GetArrayItem(x, s);
        int n = cJSON_GetArraySize(set);
        if (!cJSON_IsArray(set) || !EG_GROW(*sets, *scap, ns + 1) ||
            !EG_GROW(*nset, *ncap, ns + 1) ||
            !((*sets)[ns] = malloc((n ? (size_t)n : 1) * sizeof **sets))) {
            rc = cJSON_IsArray(set) ? eg_error_set(c->err, EG_ERR_NOMEM, "out of memory")
                                    : bad_state(c->err, c->shard, "texts");
            break;
        }
        uint32_t *v = (*sets)[ns];
        (*nset)[ns++] = (size_t)n;
        for (int i = 0; i < n; i++) {
            uint32_t e;
            if (!st_u32(set, i, &e) || e >= c->ne) {
                rc = bad_state(c->err, c->shard, "texts");
                break;
            }
            v[i] = c->emap[e];
        }
        eg_sort(v, (size_t)n, sizeof *v, eg_cmp_u32);
    }
    if (rc == EG_OK && !added && !uncount_repeat(b, entry, *sets, *nset, ns)) {
        rc = eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t s = 0; s < ns; s++) {
        if (rc == EG_OK && !eg_winseen_record(&b->seen, entry, (*sets)[s], (*nset)[s])) {
            rc = eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
        free((*sets)[s]);
    }
    return rc;
}

/* The shard's window texts (absorb_text each). */
static eg_status absorb_texts(absorb_ctx *c, const cJSON *texts)
{
    uint32_t **sets = NULL;
    size_t *nset = NULL, scap = 0, ncap = 0;
    eg_status rc = EG_OK;
    const cJSON *x;
    cJSON_ArrayForEach(x, texts)
    {
        rc = absorb_text(c, x, &sets, &nset, &scap, &ncap);
        if (rc != EG_OK) {
            break;
        }
    }
    free(sets);
    free(nset);
    return rc;
}

static eg_status absorb(eg_builder *b, const cJSON *st, size_t shard, eg_error *err)
{
    const cJSON *docs = cJSON_GetObjectItemCaseSensitive(st, "documents");
    const cJSON *ents = cJSON_GetObjectItemCaseSensitive(st, "entities");
    const cJSON *links = cJSON_GetObjectItemCaseSensitive(st, "links");
    const cJSON *pairs = cJSON_GetObjectItemCaseSensitive(st, "pairs");
    const cJSON *texts = cJSON_GetObjectItemCaseSensitive(st, "texts");
    if (!cJSON_IsArray(docs) || !cJSON_IsArray(ents) || !cJSON_IsArray(links) ||
        !cJSON_IsArray(pairs) || !cJSON_IsArray(texts) || st_num(st, "nwindows") < 0) {
        return bad_state(err, shard, "missing member");
    }
    absorb_ctx c = {.b = b, .shard = shard, .d0 = b->ndocs, .err = err};
    c.nd = (size_t)cJSON_GetArraySize(docs);
    c.ne = (size_t)cJSON_GetArraySize(ents);
    /* format 1 lists an entity's documents alone: its mentions per document are unknown */
    c.with_mentions = st_num(st, "format") != 1;
    b->doc_mentions_unknown = b->doc_mentions_unknown || !c.with_mentions;
    eg_status rc = absorb_documents(&c, docs);
    if (rc != EG_OK) {
        return rc;
    }
    c.emap = malloc((c.ne ? c.ne : 1) * sizeof *c.emap);
    if (!c.emap) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    size_t k = 0;
    const cJSON *x;
    cJSON_ArrayForEach(x, ents)
    {
        if ((rc = absorb_entity(&c, x, k++)) != EG_OK) {
            break;
        }
    }
    rc = rc == EG_OK ? absorb_links(&c, links) : rc;
    rc = rc == EG_OK ? absorb_pairs(&c, pairs) : rc;
    if (rc == EG_OK) {
        b->nwindows += (uint64_t)st_num(st, "nwindows");
        b->capped += (size_t)st_num(st, "capped");
        rc = absorb_texts(&c, texts);
    }
    free(c.emap);
    return rc;
}

eg_status eg_shards_merge(eg_graph *const *gs, size_t n, bool keep_state, eg_graph **out,
                          eg_error *err)
{
    *out = NULL;
    eg_build_opts o0, o;
    for (size_t i = 0; i < n; i++) {
        if (!gs[i]->shard || !state_opts(gs[i]->shard, &o)) {
            return eg_error_set(err, EG_ERR_PARSE, "shard %zu: no shard state (a graph built "
                                                   "without the shard option)", i + 1);
        }
        if (i == 0) {
            o0 = o;
        } else if (o.window != o0.window || o.types != o0.types || o.evidence != o0.evidence ||
                   o.max_window_entities != o0.max_window_entities ||
                   o.repeats_each != o0.repeats_each) {
            return eg_error_set(err, EG_ERR_PARSE, "shard %zu: built with other options than "
                                                   "shard 1", i + 1);
        }
    }
    if (n == 0) {
        return eg_error_set(err, EG_ERR_PARSE, "no shard to merge");
    }
    o0.shard = keep_state;
    eg_builder *b = NULL;
    eg_status st = eg_builder_create(&b, &o0, err);
    for (size_t i = 0; st == EG_OK && i < n; i++) {
        st = absorb(b, gs[i]->shard, i, err);
    }
    if (st == EG_OK) {
        st = eg_builder_finish(b, out, err);
    }
    eg_builder_destroy(b);
    return st;
}
