/*
 * finish.c - eg_builder_finish(): the builder's pre-entities resolved across articles (links,
 * the user's alias file, then eg_alias_cross), each mapped to its root's node, the edges of
 * merged entities summed and self-loops dropped; node ids (eg_graph_assign_ids). Articles and
 * pre-entities are first numbered canonically (by document id, by type and key), so the graph
 * does not depend on the order of the articles.
 */
#include "builder_impl.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aliasfile.h"
#include "gazetteer.h"
#include "resolve.h"

/* ---- finishing: cross-article resolution and contraction -------------------------------- */

int eg_builder_cmp_surf(const void *x, const void *y)
{
    const surf_rec *a = x, *b = y;
    if (a->node != b->node) {
        return a->node < b->node ? -1 : 1;
    }
    return strcmp(a->text, b->text);
}

int eg_builder_cmp_edge_ref(const void *x, const void *y)
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
    uint32_t documents, mentions;
    const char *slug;
} id_rec;

/* By slug; of the nodes sharing one, the one in most articles, then with most mentions, first:
 * it keeps the plain id ("bt" is the company BT, not a one-article "person" of the name). */
static int cmp_id_rec(const void *x, const void *y)
{
    const id_rec *a = x, *b = y;
    int c = strcmp(a->slug, b->slug);
    if (c) {
        return c;
    }
    if (a->documents != b->documents) {
        return a->documents > b->documents ? -1 : 1;
    }
    if (a->mentions != b->mentions) {
        return a->mentions > b->mentions ? -1 : 1;
    }
    return a->node < b->node ? -1 : a->node > b->node;
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
        ids[k] = (id_rec){(uint32_t)k, g->nodes[k].documents, g->nodes[k].mentions,
                          g->nodes[k].id};
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
        re[i] = (eg_res_entity){e->type, e->key, e->fixed_label != NULL, e->mentions, false};
    }
    for (size_t i = 0; i < b->surf_map.cap; i++) {
        const char *k;
        size_t kl;
        uint32_t v, id;
        if (eg_strmap_slot(&b->surf_map, i, &k, &kl, &v)) {
            memcpy(&id, k, sizeof id);
            id = b->ent_perm[id];
            re[id].firm = re[id].firm || (re[id].type == EG_ORGANIZATION &&
                                          eg_ends_in_legal_form(k + sizeof id));
        }
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

/* Is the name shouted: no lower-case letter, and a word of four letters or more ("YANGON",
 * "SAO PAULO" of a dateline, "BIDEN" of a headline in capitals; not "NATO" as an acronym
 * is judged by the type below)? */
static bool shouted(const char *s)
{
    size_t run = 0, longest = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (eg_is_lower(*p)) {
            return false;
        }
        run = eg_is_upper(*p) ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    return longest >= 4;
}

/* Has the name no lower-case letter ("GCI", "IBM")? */
static bool no_lower(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (eg_is_lower(*p)) {
            return false;
        }
    }
    return true;
}

/* Is name the acronym acr in another case ("Nato"), or acr and more words or a possessive
 * ("USX Corp", "USX's")? */
static bool acronym_written_in(const char *acr, const char *name)
{
    size_t n = strlen(acr);
    if (strncasecmp(acr, name, n) != 0) {
        return false; /* name may be shorter: name[n] only after this */
    }
    unsigned char c = (unsigned char)name[n];
    return c == '\0' || c == ' ' || c == '\'' || c == 0xE2;
}

/* Are all words of a person's name but its surname initials ("G Henson", "V. S. Raghavan")? */
static bool initials_only(const char *text)
{
    const char *p = text, *sur;
    while ((sur = eg_alias_after_initial(p)) != NULL) {
        p = sur;
    }
    return p != text && !strchr(p, ' ');
}

/* Are the words of s[0..n) a name's opening, no title or word in capitals ("Ramon Ignacio",
 * not "Sen", "Rock DJ")? */
static bool name_opening(const char *s, size_t n, bool org)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    for (size_t i = 0; i < n;) {
        size_t k = i;
        while (k < n && s[k] != ' ') {
            k++;
        }
        if (org && !eg_is_upper((unsigned char)s[i])) {
            return false; /* "Shares of" Airbnb Inc */
        }
        bool caps = !org && k - i >= 2; /* an organization's "US" Air Force */
        for (size_t q = i; q < k && caps; q++) {
            caps = !eg_is_lower((unsigned char)s[q]);
        }
        char dot[16]; /* "Sen" for the list's "Sen." */
        bool title = g && (eg_gaz_word_flags(g, s + i, k - i) & EG_GAZ_TITLE);
        if (!title && g && k - i + 1 < sizeof dot) {
            memcpy(dot, s + i, k - i);
            dot[k - i] = '.';
            title = (eg_gaz_word_flags(g, dot, k - i + 1) & EG_GAZ_TITLE) != 0;
        }
        if (caps || title) {
            return false;
        }
        i = k + 1;
    }
    return true;
}

/* Is surface i the last words of another of the entity after a name's opening ("Salgado
 * Ferrer" of "Ramon Ignacio Salgado Ferrer"; not "Lawton Chiles" of the recognizer's "Sen
 * Lawton Chiles"): a surname of two words, however often it is written? Of an organization,
 * after capitalized words ("Finance Ministry" of "Saudi Finance Ministry", "Harbour Stars"
 * of "Tema Harbour Stars"; not "Airbnb Inc" of "Shares of Airbnb Inc", nor a name of three
 * words or more, a full name of its own: "Commodity Futures Trading Commission" of "U.S.
 * Commodity Futures Trading Commission")? */
static bool tail_of_any(const surf_rec *surf, size_t ns, size_t i, bool org)
{
    size_t n = strlen(surf[i].text);
    if (org && eg_org_key_words(surf[i].text) >= 3) {
        return false;
    }
    for (size_t j = 0; j < ns; j++) {
        size_t m = strlen(surf[j].text);
        if (m > n + 1 && surf[j].text[m - n - 1] == ' ' &&
            strcmp(surf[j].text + m - n, surf[i].text) == 0 &&
            name_opening(surf[j].text, m - n - 1, org)) {
            return true;
        }
    }
    return false;
}

static const char *pick_label(const eg_builder *b, const uint32_t *members, size_t nm,
                              const surf_rec *surf, size_t ns, eg_etype type)
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
    int bfull = 0;
    bool bcaps = false, bacro = false;
    bool org = nm > 0 && type == EG_ORGANIZATION;
    for (size_t i = 0; i < ns; i++) {
        /* an organization's legal form is no extra word: the most frequent of "Texaco Inc",
         * "Texaco" and "Texaco Inc." names the company */
        /* "Moon Jae-in" and "Moon Jae In" are as full as each other */
        size_t w = org ? eg_org_key_words(surf[i].text) : eg_word_count(surf[i].text, true);
        if ((w == 2 || (w > 2 && type == EG_PERSON)) && particle_first(surf[i].text)) {
            w = 1; /* "De Croo", "von der Leyen" are surnames, "Herman De Croo" the full name */
        }
        /* how full: a full name, initials and a surname ("G Henson"), a surname alone */
        bool initial = w >= 2 && type == EG_PERSON && initials_only(surf[i].text);
        bool tail = (type == EG_PERSON || org) && tail_of_any(surf, ns, i, org);
        int full = w < 2 || tail ? 0 : initial ? 1 : 2;
        /* then a person's or a place's name as the text writes it beats its dateline or
         * headline in capitals ("Yangon" over "YANGON" however often the datelines say it) */
        bool caps = type != EG_ORGANIZATION && shouted(surf[i].text);
        /* and a company's name beats its acronym or ticker however often that is written
         * ("Gannett Co Inc" over "GCI", "Libra Bank Plc" over "LIBRA BANK"), though not the
         * same name in another case or with its legal form ("USX" and "USX Corp": the most
         * frequent) */
        bool acro = org && no_lower(surf[i].text);
        bool better;
        if (!best) {
            better = true;
        } else if (full != bfull) {
            better = full > bfull;
        } else if (caps != bcaps) {
            better = !caps;
        } else if (acro != bacro &&
                   !acronym_written_in(acro ? surf[i].text : best->text,
                                       acro ? best->text : surf[i].text)) {
            better = !acro;
        } else if (surf[i].count != best->count) {
            better = surf[i].count > best->count;
        } else {
            better = w > bw;
        }
        if (better) {
            best = &surf[i];
            bw = w;
            bfull = full;
            bcaps = caps;
            bacro = acro;
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
    eg_document *meta = malloc((nd ? nd : 1) * sizeof *meta); /* titles, urls, dates */
    if (!r || !dnew || !enew || !docs || !ents || !meta) {
        free(r);
        free(dnew);
        free(enew);
        free(docs);
        free(ents);
        free(meta);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < nd; i++) {
        r[i] = (rank_rec){b->docs[i], 0, (uint32_t)i};
    }
    eg_sort(r, nd, sizeof *r, cmp_rank);
    /* the documents' titles, urls and dates follow their ids */
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

/* ---- finishing: the graph's nodes, edges and ids -------------------------------------------- */

/* What eg_builder_finish works on: the resolved entities, their nodes and the graph. */
typedef struct finish_ctx {
    eg_builder *b;
    eg_graph *g;        /* the result */
    size_t n, nn;       /* entities, nodes */
    uint32_t *parent;   /* entity -> its resolution root */
    uint32_t *node_of;  /* entity -> node index, NONE: type not in the graph */
    eg_etype *rtype;    /* root -> its node's type: forced (alias file, a firm's name), else
                         * the type of its most mentioned entity, as `merge` decides it */
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
    uint32_t *best = calloc(c->n ? c->n : 1, sizeof *best); /* root -> mentions + 1, or
                                                              * UINT32_MAX once forced */
    if (!best) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < c->n; i++) {
        c->node_of[i] = NONE;
        uint32_t r = eg_uf_find(c->parent, (uint32_t)i);
        const pre_entity *e = &b->ents[i];
        if (e->forced_type >= 0 && best[r] != UINT32_MAX) {
            c->rtype[r] = (eg_etype)e->forced_type;
            best[r] = UINT32_MAX;
        } else if (best[r] != UINT32_MAX && e->mentions + 1 > best[r]) {
            c->rtype[r] = e->type; /* "Chelsea" 200 times a club, once a person's typo */
            best[r] = e->mentions + 1;
        }
    }
    free(best);
    for (size_t i = 0; i < c->n; i++) {
        uint32_t r = eg_uf_find(c->parent, (uint32_t)i);
        if (r == i && (b->opts.types & (1u << c->rtype[i]))) {
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
    eg_sort(c->surf, ns, sizeof *c->surf, eg_builder_cmp_surf);
    size_t u = 0;
    for (size_t i = 0; i < ns; i++) {
        if (u && c->surf[u - 1].node == c->surf[i].node &&
            strcmp(c->surf[u - 1].text, c->surf[i].text) == 0) {
            eg_add_u32(&c->surf[u - 1].count, c->surf[i].count); /* ranks names: saturated */
        } else {
            c->surf[u++] = c->surf[i];
        }
    }
    c->ns = u;
}

/* Node k: type (finish_number_nodes), label and aliases (its surfaces and the label,
 * sorted); its surfaces are surf[0..ns). False: out of memory. */
static bool finish_node(finish_ctx *c, size_t k, const surf_rec *surf, size_t ns)
{
    eg_builder *b = c->b;
    eg_node *nd = &c->g->nodes[k];
    const uint32_t *mem = c->members + c->mstart[k];
    size_t nm = c->mstart[k + 1] - c->mstart[k];
    nd->type = c->rtype[eg_uf_find(c->parent, mem[0])];
    nd->label = eg_graph_strdup(c->g, pick_label(b, mem, nm, surf, ns, nd->type));
    if (nd->label && (nd->type == EG_PERSON || nd->type == EG_LOCATION) && shouted(nd->label)) {
        eg_text_title_case(nd->label); /* only ever in capitals: "NAYPYITAW" -> "Naypyitaw" */
    }
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
    return true;
}

/* Node k's mentions and windows: its members' summed. Error: a sum overflows 32 bits (shard
 * states merged; articles read by one build do not reach it). */
static eg_status finish_node_counts(finish_ctx *c, size_t k, eg_error *err)
{
    eg_node *nd = &c->g->nodes[k];
    for (size_t i = c->mstart[k]; i < c->mstart[k + 1]; i++) {
        const pre_entity *e = &c->b->ents[c->members[i]];
        if (!eg_add_u32(&nd->mentions, e->mentions)) {
            return eg_count_overflows(err, NULL, "mentions", nd->label, NULL, UINT32_MAX);
        }
        if (!eg_add_u32(&nd->windows, e->windows)) {
            return eg_count_overflows(err, NULL, "windows", nd->label, NULL, UINT32_MAX);
        }
    }
    return EG_OK;
}

/* A node's documents from its (node, doc, mentions) entries ed[0..cnt), sorted by document:
 * the entries of its members for one document are one, their mentions summed. Errors: out of
 * memory, a sum that overflows. */
static eg_status finish_node_docs(finish_ctx *c, eg_node *nd, uint32_t (*ed)[3], size_t cnt,
                                  eg_error *err)
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
            if (nd->doc_mentions && nd->documents <= keep &&
                !eg_add_u32(&nd->doc_mentions[nd->documents - 1], ed[q][2])) {
                return eg_count_overflows(err, NULL, "doc_mentions", nd->label, NULL,
                                          UINT32_MAX);
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
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
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
        eg_status st = finish_node_counts(c, k, err);
        if (st != EG_OK) {
            return st;
        }
    }
    for (size_t i = 0; i < b->nent_docs; i++) {
        b->ent_docs[i][0] = c->node_of[b->ent_docs[i][0]];
    }
    eg_sort(b->ent_docs, b->nent_docs, sizeof *b->ent_docs, eg_builder_cmp_pair_u32);
    for (size_t i = 0; i < b->nent_docs;) {
        size_t j = i;
        uint32_t node = b->ent_docs[i][0];
        while (j < b->nent_docs && b->ent_docs[j][0] == node) {
            j++;
        }
        eg_status st = node == NONE ? EG_OK
                                    : finish_node_docs(c, &c->g->nodes[node], b->ent_docs + i,
                                                       j - i, err);
        if (st != EG_OK) {
            return st;
        }
        i = j;
    }
    return EG_OK;
}

/* The weight of the edge the pairs refs[0..nr) make: theirs summed. False: the sum overflows
 * 32 bits (shard states merged). */
static bool finish_edge_weight(const finish_ctx *c, eg_edge *e, const edge_ref *refs, size_t nr)
{
    for (size_t j = 0; j < nr; j++) {
        if (!eg_add_u32(&e->weight, c->b->edges[refs[j].acc].weight)) {
            return false;
        }
    }
    return true;
}

/* One edge from the pairs refs[0..nr) that now join its nodes (its weight: finish_edge_weight):
 * documents united, the evidence picked again. False: out of memory. */
/* The graph's copy of an evidence text of the builder (text is an eg_ev_text's s): made once
 * per finish, so the pairs of one window share it in the graph as they do in the builder. */
static char *graph_ev_text(eg_builder *b, eg_graph *g, const char *text)
{
    eg_ev_text *t = (eg_ev_text *)(void *)((char *)(uintptr_t)text - offsetof(eg_ev_text, s));
    if (t->gen != b->finish_gen || !t->copy) {
        t->copy = eg_graph_strdup(g, t->s);
        t->gen = b->finish_gen;
    }
    return t->copy;
}

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
            evs[en++] = (eg_ev_pick){b->docs[a->ev_doc[k]], a->ev[k]->s, a->ev_pos[k], a->ev_doc[k]};
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
        e->ev[q].sentence = graph_ev_text(b, g, evs[q].text);
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
    eg_sort(c->refs, nr, sizeof *c->refs, eg_builder_cmp_edge_ref);
    g->edges = calloc(nr ? nr : 1, sizeof *g->edges);
    eg_status st = g->edges ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    for (size_t i = 0; st == EG_OK && i < nr;) {
        size_t j = i;
        while (j < nr && c->refs[j].s == c->refs[i].s && c->refs[j].t == c->refs[i].t) {
            j++;
        }
        eg_edge *e = &g->edges[g->nedges++];
        if (!finish_edge_weight(c, e, c->refs + i, j - i)) {
            st = eg_count_overflows(err, NULL, "weight", g->nodes[c->refs[i].s].label,
                                    g->nodes[c->refs[i].t].label, UINT32_MAX);
        } else if (!finish_edge(c, e, c->refs + i, j - i)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        i = j;
    }
    return st;
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
    b->finish_gen++;
    c.parent = malloc((n ? n : 1) * sizeof *c.parent);
    c.node_of = malloc((n ? n : 1) * sizeof *c.node_of);
    c.rtype = malloc((n ? n : 1) * sizeof *c.rtype);
    c.surf = malloc((b->nsurf ? b->nsurf : 1) * sizeof *c.surf);
    c.members = malloc((n ? n : 1) * sizeof *c.members);
    c.mstart = calloc(n + 2, sizeof *c.mstart);
    c.refs = malloc((b->nedges ? b->nedges : 1) * sizeof *c.refs);
    c.doc_ids = calloc(b->ndocs ? b->ndocs : 1, sizeof *c.doc_ids);
    c.g = eg_graph_new();
    eg_status st = EG_OK;
    if (!c.parent || !c.node_of || !c.rtype || !c.surf || !c.members || !c.mstart || !c.refs || !c.doc_ids ||
        !c.g) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    st = st == EG_OK ? canonical_order(b, err) : st;
    if (st == EG_OK && b->opts.shard && !(c.g->shard = eg_builder_state_json(b))) {
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
    free(c.rtype);
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
    uint32_t id = eg_builder_entity_id(b, type, key, false);
    if (id == NONE || b->final_node[id] == NONE) {
        return NULL;
    }
    return b->final_ids[b->final_node[id]];
}

eg_rule eg_builder_cross_rule(eg_builder *b, eg_etype type, const char *key,
                              const char **other_key)
{
    uint32_t id = eg_builder_entity_id(b, type, key, false);
    if (id == NONE || b->ents[id].cross_rule == EG_RULE_NONE) {
        return EG_RULE_NONE;
    }
    if (other_key) {
        *other_key = b->ents[b->ents[id].cross_with].key;
    }
    return b->ents[id].cross_rule;
}
