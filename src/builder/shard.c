/*
 * shard.c - shard states: a shard graph keeps its builder's state (documents, pre-entities with
 * surfaces and documents, links, pairs with documents and evidence candidates, window texts
 * with the entity sets counted in them) as JSON, and eg_shards_merge() absorbs the states of
 * several shards into one builder that finishes as one build of all their articles would.
 */
#include "builder_impl.h"

#include <cJSON.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int eg_builder_cmp_pair_u32(const void *x, const void *y)
{
    const uint32_t *a = x, *b = y;
    if (a[0] != b[0]) {
        return a[0] < b[0] ? -1 : 1;
    }
    return a[1] < b[1] ? -1 : a[1] > b[1];
}

/* The state's header (format, options with the NER model when known, counts) and its
 * documents. False: out of memory. */
static bool state_header(eg_builder *b, cJSON *st)
{
    bool ok = cJSON_AddNumberToObject(st, "format", b->doc_mentions_unknown ? 1 : SHARD_FORMAT) &&
              cJSON_AddStringToObject(st, "window", eg_window_name(b->opts.window)) &&
              cJSON_AddNumberToObject(st, "types", b->opts.types) &&
              cJSON_AddNumberToObject(st, "evidence", b->opts.evidence) &&
              cJSON_AddNumberToObject(st, "max_window_entities", b->opts.max_window_entities) &&
              cJSON_AddStringToObject(st, "repeats", b->opts.repeats_each ? "each" : "once") &&
              (!b->opts.model[0] || cJSON_AddStringToObject(st, "model", b->opts.model)) &&
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
        eg_sort(sf, ns, sizeof *sf, eg_builder_cmp_surf);
        memcpy(ed, b->ent_docs, b->nent_docs * sizeof *ed);
        eg_sort(ed, b->nent_docs, sizeof *ed, eg_builder_cmp_pair_u32);
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
        for (uint32_t q = k; q > 0 && eg_builder_ev_less(b, e->ev_doc[v[q]], e->ev_pos[v[q]],
                                                         e->ev_doc[v[q - 1]], e->ev_pos[v[q - 1]]);
             q--) {
            uint32_t t = v[q];
            v[q] = v[q - 1];
            v[q - 1] = t;
        }
    }
    for (uint32_t k = 0; ok && k < e->nev; k++) {
        uint32_t m = v[k];
        ok = add_num(xe, e->ev_doc[m]) && add_num(xe, e->ev_pos[m]) && add_str(xe, e->ev[m]->s);
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
        eg_sort(order, b->nedges, sizeof *order, eg_builder_cmp_edge_ref);
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
cJSON *eg_builder_state_json(eg_builder *b)
{
    cJSON *st = cJSON_CreateObject();
    if (!st || !state_header(b, st) || !state_entities(b, st) || !state_links(b, st) ||
        !state_pairs(b, st) || !state_texts(b, st)) {
        cJSON_Delete(st);
        return NULL;
    }
    return st;
}


/* ---- merging shard states ------------------------------------------------------------------- */

/* Counts and indices in a state are whole numbers: 1.5 or 1e30 is a bad state, never cast. */
#define ST_EXACT 9007199254740992.0 /* 2^53: above it a double skips whole numbers */

/* Whether x is a whole number from 0 to max (at most ST_EXACT). */
static bool st_whole(const cJSON *x, double max)
{
    double v = cJSON_IsNumber(x) ? x->valuedouble : -1;
    return v >= 0 && v <= max && v == (double)(uint64_t)v;
}

static bool st_u32(const cJSON *a, int i, uint32_t *out)
{
    const cJSON *x = cJSON_GetArrayItem(a, i);
    if (!st_whole(x, 4294967295.0)) {
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

/* The whole-number member `name` of object o, from min to max (at most ST_EXACT), into *out;
 * false when it is missing or is not such a number. */
static bool st_member(const cJSON *o, const char *name, double min, double max, uint64_t *out)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!st_whole(x, max) || x->valuedouble < min) {
        return false;
    }
    *out = (uint64_t)x->valuedouble;
    return true;
}

/* The window a state names, or -1 when it names none we know. */
static int st_window(const cJSON *st)
{
    const char *w = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(st, "window"));
    for (int k = EG_WINDOW_SENTENCE; w && k <= EG_WINDOW_DOCUMENT; k++) {
        if (strcmp(w, eg_window_name((eg_window)k)) == 0) {
            return k;
        }
    }
    return -1;
}

/* The options a state was built with into *o: NULL, or the member that is missing or bad.
 * A state written before entgraph kept the model names none (o->model is then ""). */
static const char *state_opts(const cJSON *st, eg_build_opts *o)
{
    const char *r = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(st, "repeats"));
    const cJSON *model = cJSON_GetObjectItemCaseSensitive(st, "model");
    uint64_t f, types, evidence, cap;
    int window = st_window(st);
    if (!st_member(st, "format", 1, SHARD_FORMAT, &f)) {
        return "format";
    }
    if (window < 0) {
        return "window";
    }
    if (!r || (strcmp(r, "once") != 0 && strcmp(r, "each") != 0)) {
        return "repeats";
    }
    if (!st_member(st, "types", 1, UINT32_MAX, &types)) {
        return "types";
    }
    if (!st_member(st, "evidence", 0, UINT32_MAX, &evidence)) {
        return "evidence";
    }
    if (!st_member(st, "max_window_entities", 1, UINT32_MAX, &cap)) {
        return "max_window_entities";
    }
    if (model && (!cJSON_IsString(model) || !model->valuestring[0] ||
                  strlen(model->valuestring) >= sizeof o->model)) {
        return "model";
    }
    *o = (eg_build_opts){.window = (eg_window)window, .types = (unsigned)types,
                         .evidence = (unsigned)evidence, .max_window_entities = (unsigned)cap,
                         .repeats_each = strcmp(r, "each") == 0};
    if (model) {
        snprintf(o->model, sizeof o->model, "%s", model->valuestring);
    }
    return NULL;
}

/* The build option in which state options o differ from o0, as build names it, or NULL (the
 * model aside: shards_options compares it). */
static const char *other_option(const eg_build_opts *o, const eg_build_opts *o0)
{
    return o->window != o0->window                             ? "--window"
           : o->types != o0->types                             ? "--types"
           : o->evidence != o0->evidence                       ? "--evidence"
           : o->repeats_each != o0->repeats_each               ? "--repeats"
           : o->max_window_entities != o0->max_window_entities ? "max_window_entities"
                                                               : NULL;
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
        eg_sort(pp, np, sizeof *pp, eg_builder_cmp_pair_u32);
        for (size_t i = 0; ok && i < np; i++) {
            if (i && pp[i][0] == pp[i - 1][0] && pp[i][1] == pp[i - 1][1]) {
                continue;
            }
            edge_acc *e = eg_builder_pair_get(b, pp[i][0], pp[i][1]);
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

/* A count of the shard that the builder's cannot take (more than max): the merge fails, never
 * wraps around. `what` names the count, `a` its entity's key, `b` the other of a pair (each
 * may be NULL). */
static eg_status count_overflows(const absorb_ctx *c, const char *what, const char *a,
                                 const char *b, uint64_t max)
{
    char where[32];
    snprintf(where, sizeof where, "shard %zu", c->shard + 1);
    return eg_count_overflows(c->err, where, what, a, b, max);
}

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
    uint32_t id = eg_builder_entity_id(b, (eg_etype)type, key, true);
    if (id == NONE) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    c->emap[k] = id;
    pre_entity *pe = &b->ents[id];
    if (!eg_add_u32(&pe->mentions, mentions)) {
        return count_overflows(c, "mentions", key, NULL, UINT32_MAX);
    }
    if (!eg_add_u32(&pe->windows, windows)) {
        return count_overflows(c, "windows", key, NULL, UINT32_MAX);
    }
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
        if (!eg_builder_count_surface(b, id, text, count)) {
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
        if (!st_u32(x, 0, &kind) || kind > EG_LINK_APART || !st_u32(x, 1, &type) ||
            type >= EG_NTYPES ||
            !st_str(x, 2, &a, false) || !st_str(x, 3, &bb, false) || !st_str(x, 4, &lab, true)) {
            return bad_state(c->err, c->shard, "links");
        }
        eg_alias_link l = {0};
        l.kind = kind;
        l.type = (eg_etype)type;
        l.a = (char *)a;
        l.b = (char *)bb;
        l.a_label = (char *)lab;
        if (!eg_builder_add_link(c->b, &l)) {
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
        if (!eg_builder_edge_add_doc(b, e, (uint32_t)(c->d0 + d))) {
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
        uint32_t mx = e->nev == b->opts.evidence ? eg_builder_ev_max(b, e) : 0;
        if (b->opts.evidence && (e->nev < b->opts.evidence ||
                                 eg_builder_ev_less(b, dix, w, e->ev_doc[mx], e->ev_pos[mx]))) {
            eg_ev_text *t = eg_ev_text_new(text);
            bool ok = t && eg_builder_ev_offer(b, e, dix, w, t);
            eg_ev_text_release(t);
            if (!ok) {
                return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
            }
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
        edge_acc *e = eg_builder_pair_get(c->b, ea < ec ? ea : ec, ea < ec ? ec : ea);
        if (!e) {
            return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
        const char *ka = c->b->ents[ea].key, *kc = c->b->ents[ec].key;
        if (!eg_add_u32(&e->weight, weight)) {
            return count_overflows(c, "weight", ka, kc, UINT32_MAX);
        }
        if (!eg_add_u32(&e->ndocuments, ndocuments)) {
            return count_overflows(c, "documents", ka, kc, UINT32_MAX);
        }
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

/* The shard's window count and capped windows, added to the builder's. Error: more windows
 * than 64 bits count (only a forged state has them). */
static eg_status absorb_counts(absorb_ctx *c, uint64_t nwindows, uint64_t capped)
{
    eg_builder *b = c->b;
    if (nwindows > UINT64_MAX - b->nwindows) {
        return count_overflows(c, "windows", NULL, NULL, UINT64_MAX);
    }
    b->nwindows += nwindows;
    b->capped += (size_t)capped;
    return EG_OK;
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
    uint64_t nwindows, capped;
    if (!cJSON_IsArray(docs) || !cJSON_IsArray(ents) || !cJSON_IsArray(links) ||
        !cJSON_IsArray(pairs) || !cJSON_IsArray(texts)) {
        return bad_state(err, shard, "missing member");
    }
    if (!st_member(st, "nwindows", 0, ST_EXACT, &nwindows)) {
        return bad_state(err, shard, "nwindows");
    }
    if (!st_member(st, "capped", 0, ST_EXACT, &capped)) {
        return bad_state(err, shard, "capped");
    }
    absorb_ctx c = {.b = b, .shard = shard, .d0 = b->ndocs, .err = err};
    c.nd = (size_t)cJSON_GetArraySize(docs);
    c.ne = (size_t)cJSON_GetArraySize(ents);
    /* format 1 lists an entity's documents alone: its mentions per document are unknown
     * (shards_options checked that the format is 1 or 2) */
    uint64_t format = SHARD_FORMAT;
    st_member(st, "format", 1, SHARD_FORMAT, &format);
    c.with_mentions = format != 1;
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
    rc = rc == EG_OK ? absorb_counts(&c, nwindows, capped) : rc;
    rc = rc == EG_OK ? absorb_texts(&c, texts) : rc;
    free(c.emap);
    return rc;
}

/* The options every shard was built with, into *o0 (n > 0). Errors: a state missing or bad, a
 * shard built with another option than shard 1 (named), or read by another NER model than an
 * earlier shard. Models are compared between the shards that name one (a state written before
 * entgraph kept it names none), and o0 keeps the model only when every shard names it. */
static eg_status shards_options(eg_graph *const *gs, size_t n, eg_build_opts *o0, eg_error *err)
{
    char model[sizeof o0->model] = ""; /* the model of the first shard that names one */
    size_t named = 0;                   /* that shard */
    bool all_named = true;
    for (size_t i = 0; i < n; i++) {
        eg_build_opts o;
        if (!gs[i]->shard) {
            return eg_error_set(err, EG_ERR_PARSE, "shard %zu: no shard state (a graph built "
                                                   "without the shard option)", i + 1);
        }
        const char *bad = state_opts(gs[i]->shard, &o);
        if (bad) {
            return bad_state(err, i, bad);
        }
        if (i == 0) {
            *o0 = o;
        }
        bad = other_option(&o, o0);
        size_t ref = 0;
        if (!bad && o.model[0] && model[0] && strcmp(o.model, model) != 0) {
            bad = "--model";
            ref = named;
        }
        if (bad) {
            return eg_error_set(err, EG_ERR_PARSE, "shard %zu: built with other options than "
                                                   "shard %zu (%s)", i + 1, ref + 1, bad);
        }
        if (o.model[0] && !model[0]) {
            memcpy(model, o.model, sizeof model);
            named = i;
        }
        all_named = all_named && o.model[0];
    }
    if (!all_named) {
        o0->model[0] = '\0'; /* else it is shard 1's, which every shard names */
    }
    return EG_OK;
}

eg_status eg_shards_merge(eg_graph *const *gs, size_t n, bool keep_state, eg_graph **out,
                          eg_error *err)
{
    *out = NULL;
    if (n == 0) {
        return eg_error_set(err, EG_ERR_PARSE, "no shard to merge");
    }
    eg_build_opts o0;
    eg_status st = shards_options(gs, n, &o0, err);
    if (st != EG_OK) {
        return st;
    }
    o0.shard = keep_state;
    eg_builder *b = NULL;
    st = eg_builder_create(&b, &o0, err);
    for (size_t i = 0; st == EG_OK && i < n; i++) {
        st = absorb(b, gs[i]->shard, i, err);
    }
    if (st == EG_OK) {
        st = eg_builder_finish(b, out, err);
    }
    eg_builder_destroy(b);
    return st;
}
