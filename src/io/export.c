/*
 * export.c - serializers. JSON follows docs/DESIGN.md section 3 with extra attributes
 * (node "windows", edge "npmi", "docs"); GraphML carries the same attributes with lists
 * joined by "|" (a literal "|" or "\" inside an item is escaped with "\") and the evidence as a
 * JSON string; DOT is styled for Graphviz (shape and colour by type, legend, edge width by
 * weight) through cgraph so names are always quoted correctly.
 */
#include "export.h"

#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <graphviz/cgraph.h>
#include <igraph.h>

#include "util.h"

/* ---- JSON --------------------------------------------------------------------------------- */

static cJSON *str_array(char *const *items, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < n; i++) {
        cJSON *s = cJSON_CreateString(items[i]);
        if (!s) {
            cJSON_Delete(a);
            return NULL;
        }
        cJSON_AddItemToArray(a, s);
    }
    return a;
}

/* A new object appended to the array `a`, or NULL when out of memory. */
static cJSON *push_object(cJSON *a)
{
    cJSON *o = cJSON_CreateObject();
    if (o) {
        cJSON_AddItemToArray(a, o);
    }
    return o;
}

/* "first_seen"/"last_seen" as ISO dates, when the articles had dates. */
static bool add_span(cJSON *o, uint32_t first, uint32_t last)
{
    char a[11], b[11];
    return !first || (cJSON_AddStringToObject(o, "first_seen", eg_date_format(first, a)) &&
                      cJSON_AddStringToObject(o, "last_seen", eg_date_format(last, b)));
}

void *eg_export_doctab(const eg_graph *g)
{
    cJSON *a = cJSON_CreateArray();
    char buf[11];
    bool ok = a != NULL;
    for (size_t i = 0; ok && i < g->ndoctab; i++) {
        const eg_document *d = &g->doctab[i];
        cJSON *o = push_object(a);
        ok = o != NULL;
        ok = ok && cJSON_AddStringToObject(o, "id", d->id) &&
             (!d->title || cJSON_AddStringToObject(o, "title", d->title)) &&
             (!d->date || cJSON_AddStringToObject(o, "date", eg_date_format(d->date, buf))) &&
             (!d->url || cJSON_AddStringToObject(o, "url", d->url));
    }
    if (!ok) {
        cJSON_Delete(a);
        return NULL;
    }
    return a;
}

void *eg_export_json_tree(const eg_graph *g)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) {
        return NULL;
    }
    /* networkx node_link_graph reads "multigraph" (a MultiGraph when it is missing) */
    bool ok = cJSON_AddFalseToObject(root, "directed") != NULL &&
              cJSON_AddFalseToObject(root, "multigraph") != NULL;
    cJSON *meta = cJSON_AddObjectToObject(root, "graph");
    ok = ok && meta && cJSON_AddStringToObject(meta, "generator", g->generator) &&
         cJSON_AddStringToObject(meta, "window", eg_window_name(g->window)) &&
         cJSON_AddNumberToObject(meta, "format", 2) &&
         cJSON_AddNumberToObject(meta, "windows", (double)g->nwindows);
    if (ok && g->ndoctab == g->ndocuments) {
        cJSON *docs = eg_export_doctab(g);
        ok = docs != NULL;
        if (ok) {
            cJSON_AddItemToObjectCS(meta, "documents", docs);
        }
    } else {
        ok = ok && cJSON_AddNumberToObject(meta, "documents", g->ndocuments); /* older graph */
    }
    cJSON *nodes = cJSON_AddArrayToObject(root, "nodes");
    ok = ok && nodes;
    for (size_t i = 0; ok && i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        cJSON *o = push_object(nodes);
        ok = o != NULL;
        cJSON *al = ok ? str_array(n->aliases, n->naliases) : NULL;
        ok = ok && al && cJSON_AddStringToObject(o, "id", n->id) &&
             cJSON_AddStringToObject(o, "label", n->label) &&
             cJSON_AddStringToObject(o, "type", eg_etype_name(n->type));
        if (al) {
            cJSON_AddItemToObjectCS(o, "aliases", al);
        }
        ok = ok && cJSON_AddNumberToObject(o, "mentions", n->mentions) &&
             cJSON_AddNumberToObject(o, "documents", n->documents) &&
             cJSON_AddNumberToObject(o, "windows", n->windows) &&
             add_span(o, n->first_seen, n->last_seen);
        /* a node of an older graph (format 1) has no list: none is written */
        cJSON *nd = ok && n->ndocs ? str_array(n->docs, n->ndocs) : NULL;
        ok = ok && (nd || !n->ndocs);
        if (nd) {
            cJSON_AddItemToObjectCS(o, "docs", nd);
        }
        /* its mentions in each of those documents (older graphs do not know them) */
        cJSON *dm = ok && nd && n->doc_mentions ? cJSON_AddArrayToObject(o, "doc_mentions") : NULL;
        ok = ok && (dm || !nd || !n->doc_mentions);
        for (size_t k = 0; dm && ok && k < n->ndocs; k++) {
            cJSON *x = cJSON_CreateNumber(n->doc_mentions[k]);
            ok = x && cJSON_AddItemToArray(dm, x);
        }
    }
    cJSON *edges = cJSON_AddArrayToObject(root, "edges");
    ok = ok && edges;
    for (size_t i = 0; ok && i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        cJSON *o = push_object(edges);
        ok = o != NULL;
        ok = ok && cJSON_AddStringToObject(o, "source", g->nodes[e->source].id) &&
             cJSON_AddStringToObject(o, "target", g->nodes[e->target].id) &&
             cJSON_AddNumberToObject(o, "weight", e->weight) &&
             cJSON_AddNumberToObject(o, "documents", e->documents) &&
             cJSON_AddNumberToObject(o, "npmi", e->npmi) &&
             add_span(o, e->first_seen, e->last_seen);
        cJSON *docs = ok ? str_array(e->docs, e->ndocs) : NULL;
        ok = ok && docs;
        if (docs) {
            cJSON_AddItemToObjectCS(o, "docs", docs);
        }
        cJSON *ev = ok ? cJSON_AddArrayToObject(o, "evidence") : NULL;
        ok = ok && ev;
        for (size_t k = 0; ok && k < e->nev; k++) {
            cJSON *x = push_object(ev);
            ok = x != NULL;
            ok = ok && cJSON_AddStringToObject(x, "doc", e->ev[k].doc) &&
                 cJSON_AddStringToObject(x, "sentence", e->ev[k].sentence);
        }
    }
    /* a shard's builder state, for merge (the graph lends it) */
    if (ok && g->shard) {
        ok = cJSON_AddItemReferenceToObject(root, "shard", (cJSON *)g->shard);
    }
    if (!ok) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

eg_status eg_json_write(void *tree, FILE *out, const char *what, eg_error *err)
{
    char *text = tree ? cJSON_Print(tree) : NULL;
    cJSON_Delete(tree);
    if (!text) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory writing %s", what);
    }
    fputs(text, out);
    fputc('\n', out);
    free(text);
    return EG_OK;
}

eg_status eg_export_json(const eg_graph *g, FILE *out, eg_error *err)
{
    return eg_json_write(eg_export_json_tree(g), out, "JSON", err);
}

/* ---- GraphML through igraph --------------------------------------------------------------- */

static pthread_once_t igraph_once = PTHREAD_ONCE_INIT;

static _Thread_local char igraph_reason[160];

/* igraph_error_handler_ignore, remembering the first reason since eg_igraph_reason_clear() */
static void record_error(const char *reason, const char *file, int line, igraph_error_t code)
{
    (void)file;
    (void)line;
    (void)code;
    if (!igraph_reason[0] && reason) {
        snprintf(igraph_reason, sizeof igraph_reason, "%s", reason);
        size_t n = strlen(igraph_reason);
        while (n && (igraph_reason[n - 1] == '.' || igraph_reason[n - 1] == '\n')) {
            igraph_reason[--n] = '\0';
        }
    }
    IGRAPH_FINALLY_FREE();
}

const char *eg_igraph_reason(void)
{
    return igraph_reason;
}

void eg_igraph_reason_clear(void)
{
    igraph_reason[0] = '\0';
}

static void igraph_setup(void)
{
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_set_error_handler(record_error);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}

/* igraph is built without thread-local state (IGRAPH_THREAD_SAFE is 0): its error stack,
 * random number generator and handlers are process globals, so one thread at a time uses it. */
static pthread_mutex_t igraph_mutex = PTHREAD_MUTEX_INITIALIZER;

void eg_igraph_lock(void)
{
    pthread_once(&igraph_once, igraph_setup);
    pthread_mutex_lock(&igraph_mutex);
}

void eg_igraph_unlock(void)
{
    pthread_mutex_unlock(&igraph_mutex);
}

eg_status eg_igraph_from_graph(igraph_t *ig, const eg_graph *g, eg_error *err)
{
    igraph_vector_int_t ev;
    if (igraph_vector_int_init(&ev, (igraph_integer_t)(2 * g->nedges)) != IGRAPH_SUCCESS) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nedges; i++) {
        VECTOR(ev)[2 * i] = g->edges[i].source;
        VECTOR(ev)[2 * i + 1] = g->edges[i].target;
    }
    igraph_error_t rc = igraph_create(ig, &ev, (igraph_integer_t)g->nnodes, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&ev);
    return rc == IGRAPH_SUCCESS ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* Join items with "|", escaping "|" and "\" inside items. Also replaces characters XML 1.0
 * cannot carry (C0 controls other than tab/newline) by U+FFFD. */
static bool join_escaped(eg_buf *b, char *const *items, size_t n)
{
    eg_buf_reset(b);
    bool ok = eg_buf_puts(b, "");
    for (size_t i = 0; ok && i < n; i++) {
        if (i) {
            ok = eg_buf_putc(b, '|');
        }
        for (const char *p = items[i]; ok && *p;) {
            size_t run = strcspn(p, "|\\");
            ok = eg_buf_append(b, p, run);
            p += run;
            if (ok && *p) {
                ok = eg_buf_putc(b, '\\') && eg_buf_putc(b, *p++);
            }
        }
    }
    return ok;
}

/* u in decimal, written to end before the buffer's end `end` (NUL-terminated there); the
 * start. The graph exports write hundreds of thousands of counts: printf was a fifth of it. */
static char *decimal(uint64_t u, char *end)
{
    char *p = end;
    *--p = '\0';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return p;
}

/* Counts joined with "|" ("4|1"); none (an empty string) when `v` is NULL. */
static bool join_counts(eg_buf *b, const uint32_t *v, size_t n)
{
    eg_buf_reset(b);
    bool ok = eg_buf_puts(b, "");
    for (size_t i = 0; ok && v && i < n; i++) {
        char num[16];
        ok = (!i || eg_buf_putc(b, '|')) && eg_buf_puts(b, decimal(v[i], num + sizeof num));
    }
    return ok;
}

/* Append s as a JSON string, escaped as cJSON_PrintUnformatted does (so GraphML's evidence
 * attribute reads back with cJSON and matches the JSON export). */
static bool json_quote(eg_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    bool ok = eg_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; ok && *p; p++) {
        const unsigned char *q = p;
        while (*q >= 0x20 && *q != '"' && *q != '\\') {
            q++;
        }
        if (q > p) {
            ok = eg_buf_append(b, (const char *)p, (size_t)(q - p));
            p = q;
            if (!*p) {
                break;
            }
        }
        const char *esc = NULL;
        switch (*p) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        if (esc) {
            ok = eg_buf_puts(b, esc);
        } else if (*p < 0x20) {
            char u[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
            ok = eg_buf_puts(b, u);
        } else {
            ok = eg_buf_putc(b, (char)*p);
        }
    }
    return ok && eg_buf_putc(b, '"');
}

/* An edge's evidence as the JSON list of the JSON export, appended to b. */
static bool evidence_json(eg_buf *b, const eg_edge *e)
{
    bool ok = eg_buf_putc(b, '[');
    for (size_t q = 0; ok && q < e->nev; q++) {
        ok = eg_buf_puts(b, q ? ",{\"doc\":" : "{\"doc\":") && json_quote(b, e->ev[q].doc) &&
             eg_buf_puts(b, ",\"sentence\":") && json_quote(b, e->ev[q].sentence) &&
             eg_buf_putc(b, '}');
    }
    return ok && eg_buf_putc(b, ']');
}

static char *xml_safe(const char *s)
{
    eg_buf b = {0};
    bool ok = eg_buf_puts(&b, "");
    for (const unsigned char *p = (const unsigned char *)s; ok && *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n') {
            ok = eg_buf_puts(&b, "\xEF\xBF\xBD");
        } else {
            ok = eg_buf_putc(&b, (char)*p);
        }
    }
    if (!ok) {
        eg_buf_fini(&b);
        return NULL;
    }
    return eg_buf_steal(&b);
}

/* A name as a Graphviz label: XML-safe, and every backslash doubled, because Graphviz reads
 * labels as escString: a name holding "\N", "\G", "\E", "\L" or "\n" was drawn as the node's
 * id, the graph's name, nothing, or a line break. */
static char *dot_label(const char *s)
{
    char *safe = xml_safe(s);
    if (!safe || !strchr(safe, '\\')) {
        return safe;
    }
    eg_buf b = {0};
    bool ok = eg_buf_puts(&b, "");
    for (const char *p = safe; ok && *p; p++) {
        if (*p == '\\') {
            ok = eg_buf_putc(&b, '\\');
        }
        ok = ok && eg_buf_putc(&b, *p);
    }
    free(safe);
    if (!ok) {
        eg_buf_fini(&b);
        return NULL;
    }
    return eg_buf_steal(&b);
}

/* A node id GraphML accepts (an XML NMTOKEN) that needs no escaping: slugs are. */
static bool graphml_id_ok(const char *s)
{
    if (!*s) {
        return false;
    }
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (!(eg_is_lower(*p) || eg_is_digit(*p) || (*p >= 'A' && *p <= 'Z') || *p == '-' ||
              *p == '_' || *p == '.' || *p >= 0x80)) {
            return false;
        }
    }
    return true;
}

/* The GraphML id of node i: its slug, or igraph's "n<i>" when the id is not an NMTOKEN
 * (a hand-edited graph) or could clash with another node's "n<k>" fallback. */
static void graphml_node_id(const eg_graph *g, size_t i, char *buf, size_t cap, const char **id)
{
    const char *s = g->nodes[i].id;
    bool fallback = !graphml_id_ok(s);
    if (!fallback && s[0] == 'n' && s[1] && strspn(s + 1, "0123456789") == strlen(s + 1)) {
        fallback = true;
    }
    if (fallback) {
        snprintf(buf, cap, "n%zu", i);
        *id = buf;
    } else {
        *id = s;
    }
}

/* ---- GraphML ------------------------------------------------------------------------------
 *
 * Written directly, byte for byte in the layout of igraph 0.10's writer (which entgraph used
 * before; readers and the golden files know it): the header, <key> lines for the graph's,
 * then the nodes', then the edges' attributes in a fixed order, numbers as "%.15g" (NaN left
 * out, "Inf"), text escaped as igraph escapes it (& < > " '), a node's id its slug (or "n<i>",
 * graphml_node_id) and counts typed "long". Going through igraph cost a copy of every
 * attribute and a look-up of each by name per element: 15% of `entgraph build` on
 * Reuters-21578. */

/* XML 1.0 cannot carry control characters other than tab and newline, even escaped: in
 * entgraph's own text they become U+FFFD (xml_safe). */
static bool xml_bad_control(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n';
}

typedef struct gml {
    FILE *f;
    eg_buf b; /* output not yet written */
    bool ok;  /* false after a failed write or allocation, or text igraph refused */
} gml;

static void gml_put(gml *o, const char *s, size_t n)
{
    o->ok = o->ok && eg_buf_append(&o->b, s, n);
    if (o->ok && o->b.len >= (1u << 16)) {
        o->ok = fwrite(o->b.data, 1, o->b.len, o->f) == o->b.len;
        o->b.len = 0;
    }
}

static void gml_puts(gml *o, const char *s)
{
    gml_put(o, s, strlen(s));
}

/* Text escaped; `clean`: control characters become U+FFFD (entgraph's text), else igraph's
 * rule: tab, CR and newline pass, another control character fails the write. */
static void gml_text(gml *o, const char *s, bool clean)
{
    const unsigned char *p = (const unsigned char *)s;
    while (o->ok && *p) {
        const unsigned char *q = p;
        while (*q >= 0x20 && *q != '&' && *q != '<' && *q != '>' && *q != '"' && *q != '\'') {
            q++;
        }
        gml_put(o, (const char *)p, (size_t)(q - p));
        p = q;
        switch (*p) {
        case '\0': continue;
        case '&': gml_puts(o, "&amp;"); break;
        case '<': gml_puts(o, "&lt;"); break;
        case '>': gml_puts(o, "&gt;"); break;
        case '"': gml_puts(o, "&quot;"); break;
        case '\'': gml_puts(o, "&apos;"); break;
        default:
            if (clean && xml_bad_control(*p)) {
                gml_puts(o, "\xEF\xBF\xBD");
            } else {
                o->ok = o->ok && (*p == '\t' || *p == '\n' || *p == '\r');
                gml_put(o, (const char *)p, 1);
            }
        }
        p++;
    }
}

/* One <data> line of text; `graph`: a graph attribute (less indented). */
static void gml_str(gml *o, const char *key, const char *s, bool clean, bool graph)
{
    gml_puts(o, graph ? "    <data key=\"" : "      <data key=\"");
    gml_puts(o, key);
    gml_puts(o, "\">");
    gml_text(o, s, clean);
    gml_puts(o, "</data>\n");
}

/* One <data> line of a number, as igraph_real_fprintf_precise writes it ("%.15g"; whole
 * numbers below 10^15, all of entgraph's counts, without printf); NaN writes nothing. */
static void gml_num(gml *o, const char *key, double v, bool graph)
{
    if (isnan(v)) {
        return;
    }
    char num[40];
    const char *text = num;
    if (v == floor(v) && fabs(v) < 1e15 && !(v == 0 && signbit(v))) {
        char *p = decimal((uint64_t)fabs(v), num + sizeof num);
        if (v < 0) {
            *--p = '-';
        }
        text = p;
    } else if (isinf(v)) {
        text = v < 0 ? "-Inf" : "Inf";
    } else {
        snprintf(num, sizeof num, "%.15g", v);
        for (char *c = num; *c; c++) {
            *c = *c == ',' ? '.' : *c; /* igraph writes in the C locale */
        }
    }
    gml_puts(o, graph ? "    <data key=\"" : "      <data key=\"");
    gml_puts(o, key);
    gml_puts(o, "\">");
    gml_puts(o, text);
    gml_puts(o, "</data>\n");
}

/* The length of the document table's part starting at `at`: at most 8 KB, cut between UTF-8
 * characters: igraph's GraphML reader appends a long text piece by piece, and one 2 MB
 * attribute (Reuters-21578) took it 27 s to read. */
static size_t doctab_part(const char *s, size_t len, size_t at)
{
    size_t n = len - at < 8192 ? len - at : 8192;
    while (at + n < len && (s[at + n] & 0xC0) == 0x80) {
        n--; /* not inside a character */
    }
    return n;
}

/* The document table as JSON, XML-safe, or NULL when out of memory. */
static char *graphml_doctab(const eg_graph *g)
{
    cJSON *tab = eg_export_doctab(g);
    char *text = tab ? cJSON_PrintUnformatted(tab) : NULL;
    cJSON_Delete(tab);
    char *safe = text ? xml_safe(text) : NULL;
    free(text);
    return safe;
}

static void gml_key(gml *o, const char *pfx, const char *name, const char *of, const char *type)
{
    gml_puts(o, "  <key id=\"");
    gml_puts(o, pfx);
    gml_puts(o, name);
    gml_puts(o, "\" for=\"");
    gml_puts(o, of);
    gml_puts(o, "\" attr.name=\"");
    gml_puts(o, name);
    gml_puts(o, "\" attr.type=\"");
    gml_puts(o, type);
    gml_puts(o, "\"/>\n");
}

static const char *const gml_vs_names[] = {"name",       "label",     "type",
                                           "aliases",    "first_seen", "last_seen",
                                           "docs",       "doc_mentions"};
static const char *const gml_vn_names[] = {"mentions", "documents", "windows"};
static const char *const gml_es_names[] = {"docs", "evidence", "first_seen", "last_seen"};

/* The header and the <key> lines; nparts: the parts of the document table. */
static void gml_header(gml *o, size_t nparts)
{
    gml_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns\n"
                "         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                "<!-- Created by igraph -->\n");
    gml_key(o, "g_", "generator", "graph", "string");
    gml_key(o, "g_", "window", "graph", "string");
    gml_key(o, "g_", "documents", "graph", "long");
    gml_key(o, "g_", "windows", "graph", "long");
    for (size_t k = 0; k < nparts; k++) {
        char name[48];
        snprintf(name, sizeof name, "document_table_%zu", k);
        gml_key(o, "g_", name, "graph", "string");
    }
    for (size_t k = 0; k < EG_ARRAY_LEN(gml_vs_names); k++) {
        gml_key(o, "v_", gml_vs_names[k], "node", "string");
    }
    for (size_t k = 0; k < EG_ARRAY_LEN(gml_vn_names); k++) {
        gml_key(o, "v_", gml_vn_names[k], "node", "long");
    }
    gml_key(o, "e_", "weight", "edge", "long");
    gml_key(o, "e_", "documents", "edge", "long");
    gml_key(o, "e_", "npmi", "edge", "double");
    for (size_t k = 0; k < EG_ARRAY_LEN(gml_es_names); k++) {
        gml_key(o, "e_", gml_es_names[k], "edge", "string");
    }
    gml_puts(o, "  <graph id=\"G\" edgedefault=\"undirected\">\n");
}

/* The graph's attributes; tab: the XML-safe document table (NULL: none). */
static void gml_graph_data(gml *o, const eg_graph *g, char *tab)
{
    gml_str(o, "g_generator", g->generator ? g->generator : "", false, true);
    gml_str(o, "g_window", eg_window_name(g->window), false, true);
    gml_num(o, "g_documents", g->ndocuments, true);
    gml_num(o, "g_windows", (double)g->nwindows, true);
    size_t len = tab ? strlen(tab) : 0;
    for (size_t at = 0, k = 0; at < len; k++) {
        size_t n = doctab_part(tab, len, at);
        char name[40];
        snprintf(name, sizeof name, "g_document_table_%zu", k);
        char saved = tab[at + n];
        tab[at + n] = '\0';
        gml_str(o, name, tab + at, true, true);
        tab[at + n] = saved;
        at += n;
    }
}

static void gml_node(gml *o, const eg_graph *g, size_t i, eg_buf *b)
{
    const eg_node *n = &g->nodes[i];
    char idb[32], d[11];
    const char *id;
    graphml_node_id(g, i, idb, sizeof idb, &id);
    gml_puts(o, "    <node id=\"");
    gml_puts(o, id);
    gml_puts(o, "\">\n");
    gml_str(o, "v_name", n->id, true, false);
    gml_str(o, "v_label", n->label, true, false);
    gml_str(o, "v_type", eg_etype_name(n->type), true, false);
    o->ok = o->ok && join_escaped(b, n->aliases, n->naliases);
    gml_str(o, "v_aliases", o->ok ? b->data : "", true, false);
    gml_str(o, "v_first_seen", eg_date_format(n->first_seen, d), true, false);
    gml_str(o, "v_last_seen", eg_date_format(n->last_seen, d), true, false);
    o->ok = o->ok && join_escaped(b, n->docs, n->ndocs);
    gml_str(o, "v_docs", o->ok ? b->data : "", true, false);
    o->ok = o->ok && join_counts(b, n->doc_mentions, n->ndocs);
    gml_str(o, "v_doc_mentions", o->ok ? b->data : "", true, false);
    gml_num(o, "v_mentions", n->mentions, false);
    gml_num(o, "v_documents", n->documents, false);
    gml_num(o, "v_windows", n->windows, false);
    gml_puts(o, "    </node>\n");
}

static void gml_edge(gml *o, const eg_graph *g, size_t i, eg_buf *b)
{
    const eg_edge *e = &g->edges[i];
    char b1[32], b2[32], d[11];
    const char *s, *t;
    /* igraph gives an undirected edge's ends in increasing order */
    graphml_node_id(g, e->source < e->target ? e->source : e->target, b1, sizeof b1, &s);
    graphml_node_id(g, e->source < e->target ? e->target : e->source, b2, sizeof b2, &t);
    gml_puts(o, "    <edge source=\"");
    gml_puts(o, s);
    gml_puts(o, "\" target=\"");
    gml_puts(o, t);
    gml_puts(o, "\">\n");
    gml_num(o, "e_weight", e->weight, false);
    gml_num(o, "e_documents", e->documents, false);
    gml_num(o, "e_npmi", e->npmi, false);
    o->ok = o->ok && join_escaped(b, e->docs, e->ndocs);
    gml_str(o, "e_docs", o->ok ? b->data : "", true, false);
    eg_buf_reset(b);
    o->ok = o->ok && eg_buf_puts(b, "") && evidence_json(b, e);
    gml_str(o, "e_evidence", o->ok ? b->data : "", true, false);
    gml_str(o, "e_first_seen", eg_date_format(e->first_seen, d), true, false);
    gml_str(o, "e_last_seen", eg_date_format(e->last_seen, d), true, false);
    gml_puts(o, "    </edge>\n");
}

static eg_status export_graphml(const eg_graph *g, FILE *out, eg_error *err)
{
    gml o = {out, {0}, true};
    char *tab = NULL;
    if (g->ndoctab == g->ndocuments) {
        tab = graphml_doctab(g);
        o.ok = tab != NULL;
    }
    size_t len = tab ? strlen(tab) : 0, nparts = 0;
    for (size_t at = 0; at < len; nparts++) {
        at += doctab_part(tab, len, at);
    }
    gml_header(&o, nparts);
    gml_graph_data(&o, g, tab);
    free(tab);
    eg_buf b = {0};
    for (size_t i = 0; o.ok && i < g->nnodes; i++) {
        gml_node(&o, g, i, &b);
    }
    for (size_t i = 0; o.ok && i < g->nedges; i++) {
        gml_edge(&o, g, i, &b);
    }
    eg_buf_fini(&b);
    gml_puts(&o, "  </graph>\n</graphml>\n");
    if (o.ok && o.b.len) {
        o.ok = fwrite(o.b.data, 1, o.b.len, out) == o.b.len;
    }
    eg_buf_fini(&o.b);
    if (!o.ok) {
        return eg_error_set(err, EG_ERR_NOMEM, "could not write GraphML");
    }
    return EG_OK;
}

eg_status eg_export_graphml(const eg_graph *g, FILE *out, eg_error *err)
{
    return export_graphml(g, out, err);
}

/* ---- DOT through cgraph ------------------------------------------------------------------- */

/* Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. */
const char *eg_style_color(eg_etype t)
{
    switch (t) {
    case EG_PERSON:
        return "#E69F00";
    case EG_COUNTRY:
        return "#56B4E9";
    case EG_ORGANIZATION:
        return "#009E73";
    default:
        return "#CC79A7";
    }
}

const char *eg_style_shape(eg_etype t)
{
    switch (t) {
    case EG_PERSON:
        return "ellipse";
    case EG_COUNTRY:
        return "box";
    case EG_ORGANIZATION:
        return "hexagon";
    default:
        return "diamond";
    }
}

static void setattr(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

eg_status eg_export_dot(const eg_graph *g, FILE *out, eg_error *err)
{
    return eg_export_dot_styled(g, out, &(eg_dot_style){0}, err);
}

eg_status eg_export_dot_styled(const eg_graph *g, FILE *out, const eg_dot_style *style,
                               eg_error *err)
{
    Agraph_t *dg = agopen((char *)"entgraph", Agstrictundirected, NULL);
    if (!dg) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory writing DOT");
    }
    char buf[64];
    const char *layout = g->nnodes <= 150 ? "neato" : "sfdp";
    setattr(dg, "layout", layout);
    setattr(dg, "overlap", "prism");
    setattr(dg, "overlap_scaling", "2");
    setattr(dg, "sep", "+6");
    /* curved, non-overlapping edges cost minutes on a few hundred nodes: straight lines then */
    setattr(dg, "splines", g->nnodes <= 60 ? "true" : "false");
    setattr(dg, "outputorder", "edgesfirst");
    setattr(dg, "bgcolor", "white");
    setattr(dg, "fontname", "Helvetica");
    snprintf(buf, sizeof buf, "%u", g->ndocuments);
    setattr(dg, "documents", buf);
    setattr(dg, "window", eg_window_name(g->window));
    uint32_t maxm = 1, maxw = 1;
    for (size_t i = 0; i < g->nnodes; i++) {
        maxm = g->nodes[i].mentions > maxm ? g->nodes[i].mentions : maxm;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        maxw = g->edges[i].weight > maxw ? g->edges[i].weight : maxw;
    }
    Agnode_t **nodes = calloc(g->nnodes ? g->nnodes : 1, sizeof *nodes);
    if (!nodes) {
        agclose(dg);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory writing DOT");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        Agnode_t *an = agnode(dg, n->id, 1);
        nodes[i] = an;
        char *safe = dot_label(n->label); /* SVG is XML: no C0 control characters */
        if (!safe) {
            agclose(dg);
            free(nodes);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory writing DOT");
        }
        setattr(an, "label", safe);
        free(safe);
        setattr(an, "type", eg_etype_name(n->type));
        setattr(an, "shape", eg_style_shape(n->type));
        setattr(an, "style", "filled");
        setattr(an, "fillcolor", eg_style_color(n->type));
        setattr(an, "fontname", "Helvetica");
        double scale = sqrt((double)n->mentions / maxm);
        snprintf(buf, sizeof buf, "%.1f", 10.0 + 14.0 * scale);
        setattr(an, "fontsize", buf);
        snprintf(buf, sizeof buf, "%u", n->mentions);
        setattr(an, "mentions", buf);
        if (style->ego && strcmp(n->id, style->ego) == 0) {
            setattr(an, "style", "filled,bold");
            setattr(an, "peripheries", "2");
            setattr(an, "penwidth", "3");
        }
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        Agedge_t *ae = agedge(dg, nodes[e->source], nodes[e->target], NULL, 1);
        snprintf(buf, sizeof buf, "%u", e->weight);
        setattr(ae, "weight", buf);
        snprintf(buf, sizeof buf, "%.2f", 0.6 + 5.0 * log1p(e->weight) / log1p(maxw));
        setattr(ae, "penwidth", buf);
        setattr(ae, "color", "#555555A0");
    }
    /* legend: one HTML-like table node (clusters are ignored by neato and sfdp); pictures
     * only, or tools importing the DOT as data would count it as an entity */
    if (style->legend) {
        char html[1024];
        size_t len = (size_t)snprintf(html, sizeof html,
                                      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"4\" "
                                      "BGCOLOR=\"white\"><TR><TD><B>Legend</B></TD></TR>");
        for (int t = 0; t < EG_NTYPES; t++) {
            len += (size_t)snprintf(html + len, sizeof html - len,
                                    "<TR><TD BGCOLOR=\"%s\">%s</TD></TR>",
                                    eg_style_color((eg_etype)t), eg_etype_name((eg_etype)t));
        }
        snprintf(html + len, sizeof html - len, "</TABLE>");
        Agnode_t *ln = agnode(dg, (char *)"entgraph_legend", 1);
        Agsym_t *lab = agattr(dg, AGNODE, (char *)"label", (char *)"");
        char *h = agstrdup_html(dg, html);
        agxset(ln, lab, h);
        agstrfree(dg, h);
        setattr(ln, "shape", "plaintext");
        setattr(ln, "style", "");
        setattr(ln, "fillcolor", "");
        setattr(ln, "fontname", "Helvetica");
        setattr(ln, "fontsize", "10");
    }
    int rc = agwrite(dg, out);
    agclose(dg);
    free(nodes);
    if (rc != 0) {
        return eg_error_set(err, EG_ERR_IO, "could not write DOT");
    }
    return EG_OK;
}

/* ---- CSV ------------------------------------------------------------------------------------ */

static void csv_field(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"') {
            fputc('"', out);
        }
        fputc(*s, out);
    }
    fputc('"', out);
}

/* neo4j-admin's string[]: items joined with ";" (its default array delimiter). */
static bool join_docs(eg_buf *b, char *const *docs, size_t n)
{
    eg_buf_reset(b);
    bool ok = eg_buf_puts(b, "");
    for (size_t k = 0; ok && k < n; k++) {
        ok = (k == 0 || eg_buf_putc(b, ';')) && eg_buf_puts(b, docs[k]);
    }
    return ok;
}

eg_status eg_export_csv(const eg_graph *g, FILE *nodes, FILE *edges, eg_error *err)
{
    /* One layout for both importers: Gephi's spreadsheet import reads Id, Label, Source,
     * Target, Weight and Type; neo4j-admin import reads :ID, :LABEL, :START_ID, :END_ID and
     * :TYPE (and typed properties such as mentions:int); each ignores the other's columns as
     * plain attributes. */
    fputs("Id,Label,type,aliases,mentions:int,documents:int,first_seen:date,last_seen:date,"
          "docs:string[],:ID,:LABEL\n",
          nodes);
    char d1[11], d2[11];
    eg_buf b = {0};
    for (size_t i = 0; i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        csv_field(nodes, n->id);
        fputc(',', nodes);
        csv_field(nodes, n->label);
        fprintf(nodes, ",%s,", eg_etype_name(n->type));
        if (!join_escaped(&b, n->aliases, n->naliases)) {
            eg_buf_fini(&b);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        csv_field(nodes, b.data);
        fprintf(nodes, ",%u,%u,%s,%s,", n->mentions, n->documents,
                eg_date_format(n->first_seen, d1), eg_date_format(n->last_seen, d2));
        if (!join_docs(&b, n->docs, n->ndocs)) {
            eg_buf_fini(&b);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        csv_field(nodes, b.data);
        fputc(',', nodes);
        csv_field(nodes, n->id);
        fprintf(nodes, ",%s\n", eg_etype_name(n->type));
    }
    /* docs:string[] is neo4j-admin's array (";" its default delimiter); evidence is the JSON
     * list of the GraphML export */
    fputs("Source,Target,Weight,documents:int,npmi:float,first_seen:date,last_seen:date,"
          "docs:string[],evidence,Type,:START_ID,:END_ID,:TYPE\n",
          edges);
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        csv_field(edges, g->nodes[e->source].id);
        fputc(',', edges);
        csv_field(edges, g->nodes[e->target].id);
        fprintf(edges, ",%u,%u,%.4f,%s,%s,", e->weight, e->documents, e->npmi,
                eg_date_format(e->first_seen, d1), eg_date_format(e->last_seen, d2));
        bool ok = join_docs(&b, e->docs, e->ndocs);
        ok = ok && (csv_field(edges, b.data), fputc(',', edges) != EOF);
        eg_buf_reset(&b);
        ok = ok && evidence_json(&b, e);
        if (!ok) {
            eg_buf_fini(&b);
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        csv_field(edges, b.data);
        fputs(",Undirected,", edges);
        csv_field(edges, g->nodes[e->source].id);
        fputc(',', edges);
        csv_field(edges, g->nodes[e->target].id);
        fputs(",CO_OCCURS_WITH\n", edges);
    }
    eg_buf_fini(&b);
    return EG_OK;
}
