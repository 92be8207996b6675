/*
 * graphml_load.c - reading a GraphML file written by entgraph back into an eg_graph, through
 * igraph's GraphML reader. Lists are "|"-joined with "\" escapes (see export.c); the evidence
 * is a JSON string. Missing attributes are errors naming the attribute.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <igraph.h>

#include "export.h"
#include "graph.h"
#include "util.h"

eg_status eg_graph_load_graphml_file(eg_graph **out, const char *path, eg_error *err);
eg_status eg_graph_load_graphml_stream(eg_graph **out, FILE *fp, const char *path,
                                       eg_error *err);

static char **split_escaped(const char *s, size_t *n)
{
    *n = 0;
    size_t cap = 1;
    for (const char *p = s; *p; p++) {
        cap += *p == '|';
    }
    char **v = calloc(cap, sizeof *v);
    if (!v) {
        return NULL;
    }
    if (!*s) {
        return v;
    }
    eg_buf b = {0};
    for (const char *p = s;; p++) {
        if (*p == '\\' && p[1]) {
            p++;
            eg_buf_putc(&b, *p);
            continue;
        }
        if (*p == '|' || *p == '\0') {
            v[(*n)++] = eg_buf_steal(&b);
            if (!*p) {
                break;
            }
            continue;
        }
        eg_buf_putc(&b, *p);
    }
    return v;
}

/* The document table, a JSON string (see export.c). */
static eg_status load_doctab(eg_graph *g, const char *text, const char *path, eg_error *err)
{
    cJSON *a = cJSON_Parse(text);
    if (!cJSON_IsArray(a)) {
        cJSON_Delete(a);
        return eg_error_set(err, EG_ERR_PARSE, "%s: invalid document_table", path);
    }
    size_t n = (size_t)cJSON_GetArraySize(a);
    g->doctab = calloc(n ? n : 1, sizeof *g->doctab);
    const cJSON *x;
    eg_status st = g->doctab ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    cJSON_ArrayForEach(x, a)
    {
        if (st != EG_OK) {
            break;
        }
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(x, "id");
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(x, "title");
        const cJSON *u = cJSON_GetObjectItemCaseSensitive(x, "url");
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(x, "date");
        if (!cJSON_IsString(id)) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: document_table[%zu]: no id", path,
                              g->ndoctab);
            break;
        }
        eg_document *doc = &g->doctab[g->ndoctab++];
        doc->id = eg_strdup(id->valuestring);
        doc->title = cJSON_IsString(t) ? eg_strdup(t->valuestring) : NULL;
        doc->url = cJSON_IsString(u) ? eg_strdup(u->valuestring) : NULL;
        doc->date = cJSON_IsString(d) ? eg_date_parse(d->valuestring) : 0;
    }
    cJSON_Delete(a);
    return st;
}

static bool has(const igraph_t *g, igraph_attribute_elemtype_t t, const char *name)
{
    return igraph_cattribute_has_attr(g, t, name);
}

eg_status eg_graph_load_graphml_file(eg_graph **out, const char *path, eg_error *err)
{
    *out = NULL;
    FILE *fp = fopen(path, "r");
    if (!fp) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    eg_status st = eg_graph_load_graphml_stream(out, fp, path, err);
    fclose(fp);
    return st;
}

/* `path` names the stream in messages. */
eg_status eg_graph_load_graphml_stream(eg_graph **out, FILE *fp, const char *path,
                                       eg_error *err)
{
    *out = NULL;
    eg_igraph_init();
    igraph_t ig;
    igraph_error_t rc = igraph_read_graph_graphml(&ig, fp, 0);
    if (rc != IGRAPH_SUCCESS) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: invalid GraphML", path);
    }
    eg_status st = EG_OK;
    eg_graph *g = eg_graph_new();
    const char *vreq[] = {"name", "label", "type"};
    for (size_t i = 0; i < 3; i++) {
        if (!has(&ig, IGRAPH_ATTRIBUTE_VERTEX, vreq[i]) && igraph_vcount(&ig) > 0) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: GraphML without node attribute '%s'", path,
                              vreq[i]);
            goto done;
        }
    }
    if (!has(&ig, IGRAPH_ATTRIBUTE_EDGE, "weight") && igraph_ecount(&ig) > 0) {
        st = eg_error_set(err, EG_ERR_PARSE, "%s: GraphML without edge attribute 'weight'", path);
        goto done;
    }
    if (!g) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (has(&ig, IGRAPH_ATTRIBUTE_GRAPH, "window")) {
        const char *w = GAS(&ig, "window");
        g->window = strcmp(w, "paragraph") == 0  ? EG_WINDOW_PARAGRAPH
                    : strcmp(w, "document") == 0 ? EG_WINDOW_DOCUMENT
                                                 : EG_WINDOW_SENTENCE;
    }
    if (has(&ig, IGRAPH_ATTRIBUTE_GRAPH, "documents")) {
        g->ndocuments = (uint32_t)GAN(&ig, "documents");
    }
    if (has(&ig, IGRAPH_ATTRIBUTE_GRAPH, "windows")) {
        g->nwindows = (uint64_t)GAN(&ig, "windows");
    }
    if (has(&ig, IGRAPH_ATTRIBUTE_GRAPH, "document_table_0")) {
        eg_buf tab = {0}; /* written in parts (see export.c) */
        char name[32];
        bool ok = eg_buf_puts(&tab, "");
        for (unsigned part = 0; ok; part++) {
            snprintf(name, sizeof name, "document_table_%u", part);
            if (!has(&ig, IGRAPH_ATTRIBUTE_GRAPH, name)) {
                break;
            }
            ok = eg_buf_puts(&tab, GAS(&ig, name));
        }
        st = ok ? load_doctab(g, tab.data, path, err)
                : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        eg_buf_fini(&tab);
        if (st != EG_OK) {
            goto done;
        }
    }
    size_t nn = (size_t)igraph_vcount(&ig), ne = (size_t)igraph_ecount(&ig);
    g->nodes = calloc(nn ? nn : 1, sizeof *g->nodes);
    g->edges = calloc(ne ? ne : 1, sizeof *g->edges);
    if (!g->nodes || !g->edges) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    bool al = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "aliases");
    bool vm = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "mentions");
    bool vd = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "documents");
    bool vw = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "windows");
    bool vf = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "first_seen");
    bool vdocs = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "docs");
    bool vl = has(&ig, IGRAPH_ATTRIBUTE_VERTEX, "last_seen");
    for (size_t i = 0; i < nn; i++) {
        eg_node *n = &g->nodes[i];
        igraph_integer_t v = (igraph_integer_t)i;
        int t = eg_etype_parse(VAS(&ig, "type", v));
        g->nnodes = i + 1;
        n->id = eg_strdup(VAS(&ig, "name", v));
        n->label = eg_strdup(VAS(&ig, "label", v));
        if (t < 0 || !n->id || !n->label || !*n->id) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: node %zu: invalid name, label or type",
                              path, i);
            goto done;
        }
        n->type = (eg_etype)t;
        n->aliases = split_escaped(al ? VAS(&ig, "aliases", v) : "", &n->naliases);
        n->mentions = vm ? (uint32_t)VAN(&ig, "mentions", v) : 0;
        n->documents = vd ? (uint32_t)VAN(&ig, "documents", v) : 0;
        n->windows = vw ? (uint32_t)VAN(&ig, "windows", v) : 0;
        n->first_seen = vf ? eg_date_parse(VAS(&ig, "first_seen", v)) : 0;
        n->docs = split_escaped(vdocs ? VAS(&ig, "docs", v) : "", &n->ndocs);
        n->last_seen = vl ? eg_date_parse(VAS(&ig, "last_seen", v)) : 0;
        if (!n->aliases || !n->docs) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
    }
    bool ed = has(&ig, IGRAPH_ATTRIBUTE_EDGE, "documents");
    bool en = has(&ig, IGRAPH_ATTRIBUTE_EDGE, "npmi");
    bool eds = has(&ig, IGRAPH_ATTRIBUTE_EDGE, "docs");
    bool eev = has(&ig, IGRAPH_ATTRIBUTE_EDGE, "evidence");
    bool ef = has(&ig, IGRAPH_ATTRIBUTE_EDGE, "first_seen");
    bool el = has(&ig, IGRAPH_ATTRIBUTE_EDGE, "last_seen");
    for (size_t i = 0; i < ne; i++) {
        eg_edge *e = &g->edges[i];
        igraph_integer_t k = (igraph_integer_t)i, from, to;
        igraph_edge(&ig, k, &from, &to);
        g->nedges = i + 1;
        if (from == to) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: edge %zu is a self-loop", path, i);
            goto done;
        }
        e->source = (uint32_t)(from < to ? from : to);
        e->target = (uint32_t)(from < to ? to : from);
        double w = EAN(&ig, "weight", k);
        e->weight = w > 0 && w < 4294967295.0 ? (uint32_t)w : 0;
        e->documents = ed ? (uint32_t)EAN(&ig, "documents", k) : 0;
        e->npmi = en ? EAN(&ig, "npmi", k) : 0.0;
        e->first_seen = ef ? eg_date_parse(EAS(&ig, "first_seen", k)) : 0;
        e->last_seen = el ? eg_date_parse(EAS(&ig, "last_seen", k)) : 0;
        e->docs = split_escaped(eds ? EAS(&ig, "docs", k) : "", &e->ndocs);
        if (!e->docs) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
        cJSON *arr = eev ? cJSON_Parse(EAS(&ig, "evidence", k)) : NULL;
        size_t cnt = cJSON_IsArray(arr) ? (size_t)cJSON_GetArraySize(arr) : 0;
        e->ev = calloc(cnt ? cnt : 1, sizeof *e->ev);
        const cJSON *x;
        const cJSON *list = cJSON_IsArray(arr) ? arr : NULL;
        cJSON_ArrayForEach(x, list)
        {
            const cJSON *d = cJSON_GetObjectItemCaseSensitive(x, "doc");
            const cJSON *sn = cJSON_GetObjectItemCaseSensitive(x, "sentence");
            if (e->ev && cJSON_IsString(d) && cJSON_IsString(sn)) {
                e->ev[e->nev].doc = eg_strdup(d->valuestring);
                e->ev[e->nev].sentence = eg_strdup(sn->valuestring);
                e->nev++;
            }
        }
        cJSON_Delete(arr);
    }
    st = eg_graph_normalize(g, false, err);
    for (size_t k = 1; st == EG_OK && k < g->nnodes; k++) {
        if (strcmp(g->nodes[k].id, g->nodes[k - 1].id) == 0) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: duplicate node name '%s'", path,
                              g->nodes[k].id);
        }
    }
done:
    igraph_destroy(&ig);
    if (st != EG_OK) {
        eg_graph_destroy(g);
        return st;
    }
    *out = g;
    return EG_OK;
}
