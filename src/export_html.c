/*
 * export_html.c - the interactive view: data/view.html (compiled in) with the graph inserted as
 * JSON where the page has its placeholder. The page needs nothing else: no network, no
 * third-party script. The data is compact (arrays, not objects) so a 5,000-entity graph stays
 * small and parses fast:
 *   nodes [id, label, type index, x, y, mentions, first_seen, last_seen, [aliases]]
 *   edges [source index, target index, weight, first_seen, last_seen, [[doc, sentence]]]
 *   docs  [id, title, date, url]; an evidence doc is an index into docs, or its id when the
 *   graph has no document table.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "export.h"
#include "util.h"

extern const char eg_data_view[], eg_data_view_end[];

#define PLACEHOLDER "/*ENTGRAPH_DATA*/"

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

static cJSON *html_data(const eg_graph *g, const double *xy, const char *select,
                        const char *note)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *types = cJSON_AddArrayToObject(root, "types");
    cJSON *colors = cJSON_AddArrayToObject(root, "colors");
    cJSON *docs = cJSON_AddArrayToObject(root, "docs");
    cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
    cJSON *edges = cJSON_AddArrayToObject(root, "edges");
    bool ok = root && types && colors && docs && nodes && edges &&
              cJSON_AddStringToObject(root, "note", note ? note : "");
    long sel = select ? eg_graph_find_id(g, select) : -1;
    ok = ok && cJSON_AddNumberToObject(root, "select", (double)sel);
    for (int t = 0; ok && t < EG_NTYPES; t++) {
        ok = add(types, cJSON_CreateString(eg_etype_name((eg_etype)t))) &&
             add(colors, cJSON_CreateString(eg_style_color((eg_etype)t)));
    }
    eg_strmap doc_index = {0};
    char buf[11];
    for (size_t i = 0; ok && i < g->ndoctab; i++) {
        const eg_document *d = &g->doctab[i];
        cJSON *a = cJSON_CreateArray();
        ok = add(docs, a) && add(a, cJSON_CreateString(d->id)) &&
             add(a, cJSON_CreateString(d->title ? d->title : "")) &&
             add(a, cJSON_CreateString(eg_date_format(d->date, buf))) &&
             add(a, cJSON_CreateString(d->url ? d->url : "")) &&
             eg_strmap_put(&doc_index, d->id, strlen(d->id), (uint32_t)i);
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
            const char *doc = e->ev[k].doc;
            uint32_t d = eg_strmap_get(&doc_index, doc, strlen(doc), UINT32_MAX);
            cJSON *x = cJSON_CreateArray();
            ok = add(ev, x) &&
                 add(x, d == UINT32_MAX ? cJSON_CreateString(doc) : cJSON_CreateNumber(d)) &&
                 add(x, cJSON_CreateString(e->ev[k].sentence));
        }
    }
    eg_strmap_fini(&doc_index);
    if (!ok) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

/* JSON inside <script>: "</" could close the element, so it is written "<\/" (same string). */
static void put_script_json(FILE *out, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (p[0] == '<' && p[1] == '/') {
            fputs("<\\", out);
            continue;
        }
        fputc(*p, out);
    }
}

eg_status eg_export_html(const eg_graph *g, const double *xy, const char *select,
                         const char *note, FILE *out, eg_error *err)
{
    const char *page = eg_data_view;
    const char *at = strstr(page, PLACEHOLDER);
    if (!at) {
        return eg_error_set(err, EG_ERR_INVALID, "the page template has no data placeholder");
    }
    cJSON *data = html_data(g, xy, select, note);
    char *text = data ? cJSON_PrintUnformatted(data) : NULL;
    cJSON_Delete(data);
    if (!text) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory writing HTML");
    }
    fwrite(page, 1, (size_t)(at - page), out);
    put_script_json(out, text);
    fputs(at + strlen(PLACEHOLDER), out);
    free(text);
    if (ferror(out)) {
        return eg_error_set(err, EG_ERR_IO, "could not write HTML");
    }
    return EG_OK;
}
