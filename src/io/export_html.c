/*
 * export_html.c - the interactive view: data/view.html (compiled in) with the graph inserted as
 * JSON where the page has its two placeholders. The page needs nothing else: no network, no
 * third-party script. What the first picture needs comes first and is small (arrays, not
 * objects), so a 5,000-entity graph is on screen quickly (bench/RESULTS.md):
 *   data      nodes [id, label, type index, x, y, mentions, first_seen, last_seen, [aliases]]
 *             edges [source index, target index, weight, first_seen, last_seen, [evidence]]
 *             where an edge's evidence is a list of indices into `ev` below
 *   evidence  after the page's script (so the graph is drawn before it is read), parsed on
 *             the first click: [id, title, date, url] of the documents the evidence cites
 *             (#ev-docs), then [[doc, sentence]] in parts of about EV_CHUNK bytes (script.ev,
 *             numbered on across parts; small parts let the browser paint between them):
 *             each distinct (document, sentence) once, though a sentence naming k entities
 *             is evidence for up to k(k-1)/2 edges. An evidence doc is an index into the
 *             documents, or its id when the graph has no document table.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "export.h"
#include "util.h"

extern const char eg_data_view[], eg_data_view_end[];

#define PLACEHOLDER "/*ENTGRAPH_DATA*/"
#define PLACEHOLDER_EV "<!--ENTGRAPH_EVIDENCE-->"
#define EV_CHUNK (64u << 10)

static cJSON *date_or_empty(uint32_t d)
{
    char buf[11];
    return cJSON_CreateString(eg_date_format(d, buf));
}

static bool add(cJSON *arr, cJSON *item)
{
    if (!item) {
        return false;
    }
    cJSON_AddItemToArray(arr, item);
    return true;
}

/* The evidence table being built: distinct (document, sentence) pairs and the documents they
 * cite, each numbered in order of first use. */
typedef struct ev_table {
    const eg_graph *g;
    eg_strmap doc_of;  /* document id -> index in the graph's table */
    eg_strmap doc_out; /* document id -> index in `docs` */
    eg_strmap seen;    /* document id, NUL, sentence -> index in `ev` */
    cJSON *docs;
    cJSON *chunks; /* arrays of [doc, sentence] */
    cJSON *ev;     /* the last of them */
    size_t ev_bytes; /* about what it takes in the page */
    uint32_t ndocs, nev;
    eg_buf key;
} ev_table;

/* The index of one evidence sentence in the table, adding it (and its document) when new;
 * UINT32_MAX when out of memory. */
static uint32_t ev_ref(ev_table *t, const eg_evidence *x)
{
    eg_buf_reset(&t->key);
    if (!eg_buf_puts(&t->key, x->doc) || !eg_buf_putc(&t->key, '\0') ||
        !eg_buf_puts(&t->key, x->sentence)) {
        return UINT32_MAX;
    }
    uint32_t k = eg_strmap_get(&t->seen, t->key.data, t->key.len, UINT32_MAX);
    if (k != UINT32_MAX) {
        return k;
    }
    size_t dl = strlen(x->doc);
    uint32_t d = eg_strmap_get(&t->doc_of, x->doc, dl, UINT32_MAX);
    cJSON *ref = NULL;
    if (d == UINT32_MAX) {
        ref = cJSON_CreateString(x->doc); /* no document table */
    } else {
        uint32_t o = eg_strmap_get(&t->doc_out, x->doc, dl, UINT32_MAX);
        if (o == UINT32_MAX) {
            const eg_document *m = &t->g->doctab[d];
            char buf[11];
            cJSON *a = cJSON_CreateArray();
            o = t->ndocs++;
            if (!add(t->docs, a) || !add(a, cJSON_CreateString(m->id)) ||
                !add(a, cJSON_CreateString(m->title ? m->title : "")) ||
                !add(a, cJSON_CreateString(eg_date_format(m->date, buf))) ||
                !add(a, cJSON_CreateString(m->url ? m->url : "")) ||
                !eg_strmap_put(&t->doc_out, x->doc, dl, o)) {
                return UINT32_MAX;
            }
        }
        ref = cJSON_CreateNumber(o);
    }
    if (!t->ev || t->ev_bytes > EV_CHUNK) {
        t->ev = cJSON_CreateArray();
        t->ev_bytes = 0;
        if (!add(t->chunks, t->ev)) {
            t->ev = NULL;
            cJSON_Delete(ref);
            return UINT32_MAX;
        }
    }
    t->ev_bytes += strlen(x->sentence) + 16;
    cJSON *e = cJSON_CreateArray();
    if (!add(t->ev, e)) {
        cJSON_Delete(ref);
        return UINT32_MAX;
    }
    if (!add(e, ref) || !add(e, cJSON_CreateString(x->sentence)) ||
        !eg_strmap_put(&t->seen, t->key.data, t->key.len, t->nev)) {
        return UINT32_MAX;
    }
    return t->nev++;
}

/* The page's data: *out_main (what is drawn) and *out_ev ({"docs": [...], "chunks": [[...]]},
 * the evidence table). */
static bool html_data(const eg_graph *g, const double *xy, const char *select, const char *note,
                      cJSON **out_main, cJSON **out_ev)
{
    cJSON *root = cJSON_CreateObject(), *evroot = cJSON_CreateObject();
    cJSON *types = cJSON_AddArrayToObject(root, "types");
    cJSON *colors = cJSON_AddArrayToObject(root, "colors");
    cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
    cJSON *edges = cJSON_AddArrayToObject(root, "edges");
    ev_table t = {.g = g, .docs = cJSON_AddArrayToObject(evroot, "docs"),
                  .chunks = cJSON_AddArrayToObject(evroot, "chunks")};
    bool ok = root && types && colors && nodes && edges && t.docs && t.chunks &&
              cJSON_AddStringToObject(root, "note", note ? note : "");
    long sel = select ? eg_graph_find_id(g, select) : -1;
    ok = ok && cJSON_AddNumberToObject(root, "select", (double)sel);
    for (int k = 0; ok && k < EG_NTYPES; k++) {
        ok = add(types, cJSON_CreateString(eg_etype_name((eg_etype)k))) &&
             add(colors, cJSON_CreateString(eg_style_color((eg_etype)k)));
    }
    for (size_t i = 0; ok && i < g->ndoctab; i++) {
        const char *id = g->doctab[i].id;
        ok = eg_strmap_put(&t.doc_of, id, strlen(id), (uint32_t)i);
    }
    for (size_t i = 0; ok && i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        cJSON *a = cJSON_CreateArray();
        cJSON *al = cJSON_CreateArray();
        ok = add(nodes, a) && add(a, cJSON_CreateString(n->id)) &&
             add(a, cJSON_CreateString(n->label)) && add(a, cJSON_CreateNumber(n->type)) &&
             add(a, cJSON_CreateNumber(round(xy[2 * i] * 10) / 10)) &&
             add(a, cJSON_CreateNumber(round(xy[2 * i + 1] * 10) / 10)) &&
             add(a, cJSON_CreateNumber(n->mentions)) && add(a, date_or_empty(n->first_seen)) &&
             add(a, date_or_empty(n->last_seen)) && add(a, al);
        for (size_t k = 0; ok && k < n->naliases; k++) {
            ok = add(al, cJSON_CreateString(n->aliases[k]));
        }
    }
    for (size_t i = 0; ok && i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        cJSON *a = cJSON_CreateArray();
        cJSON *ev = cJSON_CreateArray();
        ok = add(edges, a) && add(a, cJSON_CreateNumber(e->source)) &&
             add(a, cJSON_CreateNumber(e->target)) && add(a, cJSON_CreateNumber(e->weight)) &&
             add(a, date_or_empty(e->first_seen)) && add(a, date_or_empty(e->last_seen)) &&
             add(a, ev);
        for (size_t k = 0; ok && k < e->nev; k++) {
            uint32_t r = ev_ref(&t, &e->ev[k]);
            ok = r != UINT32_MAX && add(ev, cJSON_CreateNumber(r));
        }
    }
    eg_strmap_fini(&t.doc_of);
    eg_strmap_fini(&t.doc_out);
    eg_strmap_fini(&t.seen);
    eg_buf_fini(&t.key);
    if (!ok) {
        cJSON_Delete(root);
        cJSON_Delete(evroot);
        return false;
    }
    *out_main = root;
    *out_ev = evroot;
    return true;
}

/* JSON inside <script>: every "<" is written "\u003c" (the same string; cJSON writes "<" only
 * inside strings). Escaping "</" alone was not enough: a title "<!--<script>" put the HTML
 * tokenizer in its "double escaped" state, the element swallowed the rest of the page and the
 * evidence was gone. */
static void put_script_json(FILE *out, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '<') {
            fputs("\\u003c", out);
            continue;
        }
        fputc(*p, out);
    }
}

/* The evidence blocks of the page (see the top of the file). */
static bool put_evidence(FILE *out, const cJSON *ev)
{
    char *text = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(ev, "docs"));
    bool ok = text != NULL;
    if (ok) {
        fputs("<script type=\"application/json\" id=\"ev-docs\">", out);
        put_script_json(out, text);
        fputs("</script>\n", out);
    }
    free(text);
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(ev, "chunks"))
    {
        text = ok ? cJSON_PrintUnformatted(c) : NULL;
        ok = text != NULL;
        if (ok) {
            fputs("<script type=\"application/json\" class=\"ev\">", out);
            put_script_json(out, text);
            fputs("</script>\n", out);
        }
        free(text);
    }
    return ok;
}

eg_status eg_export_html(const eg_graph *g, const double *xy, const char *select,
                         const char *note, FILE *out, eg_error *err)
{
    const char *page = eg_data_view;
    const char *at = strstr(page, PLACEHOLDER);
    const char *at_ev = at ? strstr(at, PLACEHOLDER_EV) : NULL;
    if (!at_ev) {
        return eg_error_set(err, EG_ERR_INVALID, "the page template has no data placeholder");
    }
    cJSON *data = NULL, *ev = NULL;
    char *text = NULL;
    if (html_data(g, xy, select, note, &data, &ev)) {
        text = cJSON_PrintUnformatted(data);
    }
    cJSON_Delete(data);
    bool ok = text != NULL;
    if (ok) {
        fwrite(page, 1, (size_t)(at - page), out);
        put_script_json(out, text);
        at += strlen(PLACEHOLDER);
        fwrite(at, 1, (size_t)(at_ev - at), out);
        ok = put_evidence(out, ev);
        fputs(at_ev + strlen(PLACEHOLDER_EV), out);
    }
    free(text);
    cJSON_Delete(ev);
    if (!ok) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory writing HTML");
    }
    if (ferror(out)) {
        return eg_error_set(err, EG_ERR_IO, "could not write HTML");
    }
    return EG_OK;
}
