/*
 * graph_io.c - saving (format dispatch + atomic output) and loading graphs.
 *
 * Loading accepts the JSON written by eg_export_json (and GraphML, see graphml_load.c); it
 * validates every field it uses and reports the first problem with the file name and the
 * element, so a hand-edited or truncated file is a clear error, never a crash.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cJSON.h>

#include "export.h"
#include "graph.h"
#include "outfile.h"
#include "util.h"

int eg_format_parse(const char *name)
{
    if (strcasecmp(name, "json") == 0) {
        return EG_FORMAT_JSON;
    }
    if (strcasecmp(name, "graphml") == 0) {
        return EG_FORMAT_GRAPHML;
    }
    if (strcasecmp(name, "dot") == 0 || strcasecmp(name, "gv") == 0) {
        return EG_FORMAT_DOT;
    }
    if (strcasecmp(name, "csv") == 0) {
        return EG_FORMAT_CSV;
    }
    return -1;
}

int eg_format_from_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash)) {
        return -1;
    }
    return eg_format_parse(dot + 1);
}

static eg_status write_one(const eg_graph *g, FILE *fp, eg_format format, eg_error *err)
{
    switch (format) {
    case EG_FORMAT_JSON:
        return eg_export_json(g, fp, err);
    case EG_FORMAT_GRAPHML:
        return eg_export_graphml(g, fp, err);
    case EG_FORMAT_DOT:
        return eg_export_dot(g, fp, err);
    default:
        return eg_error_set(err, EG_ERR_INVALID, "unknown output format");
    }
}

static eg_status save_csv(const eg_graph *g, const char *path, eg_error *err)
{
    eg_outfile nf, ef;
    if (!path || strcmp(path, "-") == 0) {
        /* one stream: the node table, a blank line, the edge table */
        eg_status st = eg_export_csv(g, stdout, stdout, err);
        if (st == EG_OK && (fflush(stdout) != 0 || ferror(stdout))) {
            st = eg_error_set(err, EG_ERR_IO, "standard output: %s", strerror(errno));
        }
        return st;
    }
    size_t n = strlen(path);
    size_t base = n >= 4 && strcasecmp(path + n - 4, ".csv") == 0 ? n - 4 : n;
    char *np = malloc(base + 16), *ep = malloc(base + 16);
    if (!np || !ep) {
        free(np);
        free(ep);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    snprintf(np, base + 16, "%.*s.nodes.csv", (int)base, path);
    snprintf(ep, base + 16, "%.*s.edges.csv", (int)base, path);
    eg_status st = eg_outfile_open(&nf, np, err);
    if (st == EG_OK) {
        st = eg_outfile_open(&ef, ep, err);
        if (st != EG_OK) {
            eg_outfile_abort(&nf);
        }
    }
    if (st == EG_OK) {
        st = eg_export_csv(g, nf.fp, ef.fp, err);
        if (st != EG_OK) {
            eg_outfile_abort(&nf);
            eg_outfile_abort(&ef);
        } else {
            st = eg_outfile_commit(&nf, err);
            if (st != EG_OK) {
                eg_outfile_abort(&ef);
            } else {
                st = eg_outfile_commit(&ef, err);
            }
        }
    }
    free(np);
    free(ep);
    return st;
}

eg_status eg_graph_save(const eg_graph *g, const char *path, eg_format format, eg_error *err)
{
    if (format == EG_FORMAT_CSV) {
        return save_csv(g, path, err);
    }
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st != EG_OK) {
        return st;
    }
    st = write_one(g, of.fp, format, err);
    if (st != EG_OK) {
        eg_outfile_abort(&of);
        return st;
    }
    return eg_outfile_commit(&of, err);
}

/* ---- loading JSON ------------------------------------------------------------------------ */

static char *read_all(const char *path, size_t *len, eg_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    eg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (!eg_buf_append(&b, chunk, n)) {
            fclose(fp);
            eg_buf_fini(&b);
            eg_error_set(err, EG_ERR_NOMEM, "%s: out of memory", path);
            return NULL;
        }
    }
    if (ferror(fp)) {
        int e = errno;
        fclose(fp);
        eg_buf_fini(&b);
        eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
        return NULL;
    }
    fclose(fp);
    *len = b.len;
    return eg_buf_steal(&b);
}

static const char *get_str(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool get_uint(const cJSON *o, const char *name, uint32_t *out, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!v) {
        *out = 0;
        return !required;
    }
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 4294967295.0) {
        return false;
    }
    *out = (uint32_t)v->valuedouble;
    return true;
}

static char **load_str_array(const cJSON *a, size_t *n, bool *ok)
{
    *n = 0;
    if (!a) {
        return calloc(1, sizeof(char *));
    }
    if (!cJSON_IsArray(a)) {
        *ok = false;
        return NULL;
    }
    size_t cnt = (size_t)cJSON_GetArraySize(a);
    char **v = calloc(cnt ? cnt : 1, sizeof *v);
    if (!v) {
        *ok = false;
        return NULL;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, a)
    {
        if (!cJSON_IsString(it) || !(v[*n] = eg_strdup(it->valuestring))) {
            *ok = false;
            return v;
        }
        (*n)++;
    }
    return v;
}

eg_status eg_graph_load_json_text(eg_graph **out, const char *path, const char *text, size_t len,
                                  eg_error *err);

eg_status eg_graph_load_json_text(eg_graph **out, const char *path, const char *text, size_t len,
                                  eg_error *err)
{
    *out = NULL;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
    if (!root) {
        size_t off = end && end >= text ? (size_t)(end - text) : 0;
        return eg_error_set(err, EG_ERR_PARSE, "%s: invalid JSON near byte %zu", path, off);
    }
    eg_graph *g = eg_graph_new();
    eg_status st = EG_OK;
    if (!g) {
        cJSON_Delete(root);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    const cJSON *nodes = cJSON_GetObjectItemCaseSensitive(root, "nodes");
    const cJSON *edges = cJSON_GetObjectItemCaseSensitive(root, "edges");
    const cJSON *meta = cJSON_GetObjectItemCaseSensitive(root, "graph");
    if (!cJSON_IsObject(root) || !cJSON_IsArray(nodes) || !cJSON_IsArray(edges)) {
        st = eg_error_set(err, EG_ERR_PARSE, "%s: not an entgraph graph (no nodes/edges arrays)",
                          path);
        goto done;
    }
    if (cJSON_IsObject(meta)) {
        const char *w = get_str(meta, "window");
        g->window = w && strcmp(w, "paragraph") == 0  ? EG_WINDOW_PARAGRAPH
                    : w && strcmp(w, "document") == 0 ? EG_WINDOW_DOCUMENT
                                                      : EG_WINDOW_SENTENCE;
        uint32_t d = 0;
        get_uint(meta, "documents", &d, false);
        g->ndocuments = d;
        const cJSON *nw = cJSON_GetObjectItemCaseSensitive(meta, "windows");
        g->nwindows = cJSON_IsNumber(nw) && nw->valuedouble > 0 ? (uint64_t)nw->valuedouble : 0;
    }
    size_t nn = (size_t)cJSON_GetArraySize(nodes), ne = (size_t)cJSON_GetArraySize(edges);
    g->nodes = calloc(nn ? nn : 1, sizeof *g->nodes);
    g->edges = calloc(ne ? ne : 1, sizeof *g->edges);
    if (!g->nodes || !g->edges) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    const cJSON *it;
    size_t i = 0;
    cJSON_ArrayForEach(it, nodes)
    {
        eg_node *n = &g->nodes[i];
        const char *id = get_str(it, "id"), *label = get_str(it, "label"),
                   *type = get_str(it, "type");
        int t = type ? eg_etype_parse(type) : -1;
        bool ok = id && label && t >= 0 && get_uint(it, "mentions", &n->mentions, false) &&
                  get_uint(it, "documents", &n->documents, false) &&
                  get_uint(it, "windows", &n->windows, false);
        if (!ok) {
            st = eg_error_set(err, EG_ERR_PARSE,
                              "%s: node %zu: missing or invalid id, label, type or counts", path, i);
            goto done;
        }
        n->id = eg_strdup(id);
        n->label = eg_strdup(label);
        n->type = (eg_etype)t;
        n->aliases = load_str_array(cJSON_GetObjectItemCaseSensitive(it, "aliases"), &n->naliases,
                                    &ok);
        g->nnodes = ++i;
        if (!ok || !n->id || !n->label || !n->aliases) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: node %zu: invalid aliases", path, i - 1);
            goto done;
        }
    }
    /* ids must be unique: sort, then check neighbours */
    st = eg_graph_normalize(g, false, err);
    if (st != EG_OK) {
        goto done;
    }
    for (size_t k = 1; k < g->nnodes; k++) {
        if (strcmp(g->nodes[k].id, g->nodes[k - 1].id) == 0) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: duplicate node id '%s'", path,
                              g->nodes[k].id);
            goto done;
        }
    }
    i = 0;
    cJSON_ArrayForEach(it, edges)
    {
        eg_edge *e = &g->edges[i];
        const char *s = get_str(it, "source"), *t = get_str(it, "target");
        long si = s ? eg_graph_find_id(g, s) : -1, ti = t ? eg_graph_find_id(g, t) : -1;
        if (si < 0 || ti < 0 || si == ti) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: edge %zu: unknown or invalid source/target",
                              path, i);
            goto done;
        }
        e->source = (uint32_t)(si < ti ? si : ti);
        e->target = (uint32_t)(si < ti ? ti : si);
        bool ok = get_uint(it, "weight", &e->weight, true) &&
                  get_uint(it, "documents", &e->documents, false);
        const cJSON *np = cJSON_GetObjectItemCaseSensitive(it, "npmi");
        e->npmi = cJSON_IsNumber(np) ? np->valuedouble : 0.0;
        e->docs = load_str_array(cJSON_GetObjectItemCaseSensitive(it, "docs"), &e->ndocs, &ok);
        const cJSON *ev = cJSON_GetObjectItemCaseSensitive(it, "evidence");
        g->nedges = ++i;
        if (!ok || !e->docs || (ev && !cJSON_IsArray(ev))) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: edge %zu: invalid weight, docs or evidence",
                              path, i - 1);
            goto done;
        }
        size_t nev = ev ? (size_t)cJSON_GetArraySize(ev) : 0;
        e->ev = calloc(nev ? nev : 1, sizeof *e->ev);
        if (!e->ev) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
        const cJSON *x;
        cJSON_ArrayForEach(x, ev)
        {
            const char *d = get_str(x, "doc"), *sn = get_str(x, "sentence");
            if (!d || !sn) {
                st = eg_error_set(err, EG_ERR_PARSE, "%s: edge %zu: invalid evidence", path,
                                  i - 1);
                goto done;
            }
            e->ev[e->nev].doc = eg_strdup(d);
            e->ev[e->nev].sentence = eg_strdup(sn);
            e->nev++;
        }
    }
    st = eg_graph_normalize(g, false, err);
done:
    cJSON_Delete(root);
    if (st != EG_OK) {
        eg_graph_destroy(g);
        return st;
    }
    *out = g;
    return EG_OK;
}

eg_status eg_graph_load_graphml_file(eg_graph **out, const char *path, eg_error *err);

eg_status eg_graph_load(eg_graph **out, const char *path, eg_error *err)
{
    *out = NULL;
    size_t len = 0;
    char *text = read_all(path, &len, err);
    if (!text) {
        return err ? err->code : EG_ERR_IO;
    }
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) {
        i++;
    }
    eg_status st;
    if (i < len && text[i] == '{') {
        st = eg_graph_load_json_text(out, path, text, len, err);
    } else if (i < len && text[i] == '<') {
        st = eg_graph_load_graphml_file(out, path, err);
    } else {
        st = eg_error_set(err, EG_ERR_PARSE, "%s: not a graph file (expected JSON or GraphML)",
                          path);
    }
    free(text);
    return st;
}
