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
 * (struct eg_builder in builder_impl.h). eg_builder_finish() (finish.c) unions entities (links,
 * then eg_alias_cross), maps every pre-entity to its root's node, sums the edges of merged
 * entities and drops self-loops; shard.c keeps this state in a shard graph and merges them.
 */
#include "builder_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

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

void eg_builder_set_model(eg_builder *b, const char *model)
{
    snprintf(b->opts.model, sizeof b->opts.model, "%s", model);
}

static void edge_acc_fini(edge_acc *e)
{
    free(e->docs);
    for (uint32_t i = 0; i < e->nev; i++) {
        eg_ev_text_release(e->ev[i]);
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

uint32_t eg_builder_entity_id(eg_builder *b, eg_etype type, const char *key, bool create)
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

bool eg_builder_count_surface(eg_builder *b, uint32_t id, const char *s, uint32_t n)
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
    eg_add_u32(&b->surf_count[k], n); /* a surface's count only ranks the node's names: one
                                       * that overflows (merged shard states) stays the most */
    return true;
}

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

edge_acc *eg_builder_pair_get(eg_builder *b, uint32_t a, uint32_t c)
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

bool eg_builder_ev_less(const eg_builder *b, uint32_t d1, uint32_t w1, uint32_t d2, uint32_t w2)
{
    return d1 != d2 ? doc_less(b, d1, d2) : w1 < w2;
}

uint32_t eg_builder_ev_max(const eg_builder *b, const edge_acc *e)
{
    uint32_t m = 0;
    for (uint32_t i = 1; i < e->nev; i++) {
        if (eg_builder_ev_less(b, e->ev_doc[m], e->ev_pos[m], e->ev_doc[i], e->ev_pos[i])) {
            m = i;
        }
    }
    return m;
}

/* Offer a sentence as evidence: the edge keeps the `evidence` least (document id, window)
 * among distinct sentences, each sentence at its least occurrence -- the same set in any
 * input order (with opts.repeats_each, a repeated sentence is kept at each occurrence).
 * False when out of memory. */
eg_ev_text *eg_ev_text_new(const char *s)
{
    size_t n = strlen(s) + 1;
    eg_ev_text *t = malloc(sizeof *t + n);
    if (t) {
        *t = (eg_ev_text){.refs = 1};
        memcpy(t->s, s, n);
    }
    return t;
}

void eg_ev_text_release(eg_ev_text *t)
{
    if (t && --t->refs == 0) {
        free(t);
    }
}

bool eg_builder_ev_offer(const eg_builder *b, edge_acc *e, uint32_t dix, uint32_t w,
                         eg_ev_text *text)
{
    for (uint32_t i = 0; !b->opts.repeats_each && i < e->nev; i++) {
        if (e->ev[i] == text || strcmp(e->ev[i]->s, text->s) == 0) {
            if (eg_builder_ev_less(b, dix, w, e->ev_doc[i], e->ev_pos[i])) {
                e->ev_doc[i] = dix;
                e->ev_pos[i] = w;
            }
            return true;
        }
    }
    uint32_t at = e->nev;
    if (at == b->opts.evidence) {
        at = eg_builder_ev_max(b, e);
        if (!eg_builder_ev_less(b, dix, w, e->ev_doc[at], e->ev_pos[at])) {
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
    text->refs++;
    if (at < e->nev) {
        eg_ev_text_release(e->ev[at]);
    } else {
        e->nev++;
    }
    e->ev[at] = text;
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
bool eg_builder_add_link(eg_builder *b, const eg_alias_link *l)
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
bool eg_builder_edge_add_doc(eg_builder *b, edge_acc *e, uint32_t dix)
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
    uint32_t id = eg_builder_entity_id(b, le->type, le->key, true);
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
        if (!eg_builder_count_surface(b, id, le->surf[s].text, le->surf[s].count)) {
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
    eg_ev_text *text = NULL; /* made once, when a pair first keeps it */
    bool ok = true;
    for (size_t i = 0; ok && i < u; i++) {
        for (size_t j = i + 1; ok && j < u; j++) {
            edge_acc *e = eg_builder_pair_get(b, pid[i], pid[j]);
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
                ok = eg_builder_edge_add_doc(b, e, dix);
            }
            uint32_t mx = e->nev == b->opts.evidence ? eg_builder_ev_max(b, e) : 0;
            if (ok && b->opts.evidence &&
                (e->nev < b->opts.evidence ||
                 eg_builder_ev_less(b, dix, w, e->ev_doc[mx], e->ev_pos[mx]))) {
                if (!text) {
                    char *s = window_text(c->doc, ws, we);
                    text = s ? eg_ev_text_new(s) : NULL;
                    free(s);
                }
                ok = text && eg_builder_ev_offer(b, e, dix, w, text);
            }
        }
    }
    eg_ev_text_release(text);
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
        if (!eg_builder_add_link(b, &de->links[i])) {
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
