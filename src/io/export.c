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

/* Node i as a JSON object; NULL: out of memory. */
static cJSON *node_object(const eg_graph *g, size_t i)
{
    const eg_node *n = &g->nodes[i];
    cJSON *o = cJSON_CreateObject();
    bool ok = o != NULL;
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
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* Edge i as a JSON object; NULL: out of memory. */
static cJSON *edge_object(const eg_graph *g, size_t i)
{
    const eg_edge *e = &g->edges[i];
    cJSON *o = cJSON_CreateObject();
    bool ok = o != NULL;
    ok = ok && cJSON_AddStringToObject(o, "source", g->nodes[e->source].id) &&
         cJSON_AddStringToObject(o, "target", g->nodes[e->target].id) &&
         cJSON_AddNumberToObject(o, "weight", e->weight) &&
         cJSON_AddNumberToObject(o, "documents", e->documents) &&
         cJSON_AddNumberToObject(o, "npmi", e->npmi) && add_span(o, e->first_seen, e->last_seen);
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
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* The JSON document without its nodes and edges: "nodes" and "edges" are empty arrays that
 * eg_export_json fills as it writes. NULL: out of memory. */
static cJSON *json_frame(const eg_graph *g)
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
    ok = ok && cJSON_AddArrayToObject(root, "nodes") && cJSON_AddArrayToObject(root, "edges");
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

void *eg_export_json_tree(const eg_graph *g)
{
    cJSON *root = json_frame(g);
    cJSON *nodes = root ? cJSON_GetObjectItemCaseSensitive(root, "nodes") : NULL;
    cJSON *edges = root ? cJSON_GetObjectItemCaseSensitive(root, "edges") : NULL;
    bool ok = nodes && edges;
    for (size_t i = 0; ok && i < g->nnodes; i++) {
        cJSON *o = node_object(g, i);
        ok = o && cJSON_AddItemToArray(nodes, o);
    }
    for (size_t i = 0; ok && i < g->nedges; i++) {
        cJSON *o = edge_object(g, i);
        ok = o && cJSON_AddItemToArray(edges, o);
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

/* Write the members of a top-level array ("nodes" or "edges") one at a time, as cJSON_Print
 * prints them inside the whole document: ", " between them, and every line after an object's
 * first indented two tabs deeper (a string's newlines are escaped, so every raw newline is a
 * line of the layout). One object's text is in memory at a time, not the whole document. */
static bool write_members(const eg_graph *g, size_t n, cJSON *(*make)(const eg_graph *, size_t),
                          FILE *out)
{
    for (size_t i = 0; i < n; i++) {
        cJSON *o = make(g, i);
        char *text = o ? cJSON_Print(o) : NULL;
        cJSON_Delete(o);
        if (!text) {
            return false;
        }
        if (i > 0) {
            fputs(", ", out);
        }
        for (const char *p = text, *nl; *p; p = nl + 1) {
            nl = strchr(p, '\n');
            if (!nl) {
                fputs(p, out);
                break;
            }
            fwrite(p, 1, (size_t)(nl - p + 1), out);
            fputs("\t\t", out);
        }
        free(text);
    }
    return true;
}

eg_status eg_export_json(const eg_graph *g, FILE *out, eg_error *err)
{
    cJSON *frame = json_frame(g);
    char *text = frame ? cJSON_Print(frame) : NULL;
    cJSON_Delete(frame);
    /* the two empty arrays, as cJSON_Print writes members of the top-level object */
    const char *na = text ? strstr(text, "\n\t\"nodes\":\t[]") : NULL;
    const char *ea = na ? strstr(na, "\n\t\"edges\":\t[]") : NULL;
    bool ok = ea != NULL;
    if (ok) {
        size_t nk = strlen("\n\t\"nodes\":\t["), ek = strlen("\n\t\"edges\":\t[");
        fwrite(text, 1, (size_t)(na - text) + nk, out);
        ok = write_members(g, g->nnodes, node_object, out);
        if (ok) {
            fwrite(na + nk, 1, (size_t)(ea - (na + nk)) + ek, out);
            ok = write_members(g, g->nedges, edge_object, out);
        }
        if (ok) {
            fputs(ea + ek, out);
            fputc('\n', out);
        }
    }
    free(text);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory writing JSON");
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

/* Counts joined with "|" ("4|1"); none (an empty string) when `v` is NULL. */
static bool join_counts(eg_buf *b, const uint32_t *v, size_t n)
{
    eg_buf_reset(b);
    bool ok = eg_buf_puts(b, "");
    for (size_t i = 0; ok && v && i < n; i++) {
        /* the digits by hand, last first ("%" PRIu32 cost a snprintf per count) */
        char num[16];
        size_t k = sizeof num;
        uint32_t x = v[i];
        do {
            num[--k] = (char)('0' + x % 10);
            x /= 10;
        } while (x);
        if (i) {
            num[--k] = '|';
        }
        ok = eg_buf_append(b, num + k, sizeof num - k);
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

/* Column builders: attributes are set a whole vector at a time (per-element setters are
 * linear in the attribute table and made large graphs slow). */
typedef struct scol {
    igraph_strvector_t v;
    bool ok;
} scol;

/* XML 1.0 cannot carry control characters other than tab and newline, even escaped: they
 * become U+FFFD. Most strings have none and are stored as they are. */
static bool xml_needs_cleaning(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n') {
            return true;
        }
    }
    return false;
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

static bool scol_set(scol *c, igraph_integer_t i, const char *value)
{
    if (!xml_needs_cleaning(value)) {
        return igraph_strvector_set(&c->v, i, value) == IGRAPH_SUCCESS;
    }
    char *safe = xml_safe(value);
    bool ok = safe && igraph_strvector_set(&c->v, i, safe) == IGRAPH_SUCCESS;
    free(safe);
    return ok;
}

/* A value of `len` bytes known to hold no control character but tab and newline: an
 * evidence list, where json_quote wrote every byte below 0x20 as an escape ("\u0001"). */
static bool scol_set_clean(scol *c, igraph_integer_t i, const char *value, size_t len)
{
    return igraph_strvector_set_len(&c->v, i, value, len) == IGRAPH_SUCCESS;
}

#define EDGE_CHUNK 1024

/* Edge attribute columns, filled in parallel chunks (each index is written by one thread). */
typedef struct edge_job {
    const eg_graph *g;
    scol *docs, *evidence, *first, *last;
    igraph_vector_t *weight, *documents, *npmi;
    bool *ok; /* per chunk */
} edge_job;

static void edge_chunk(void *ud, size_t chunk)
{
    const edge_job *job = ud;
    const eg_graph *g = job->g;
    size_t end = (chunk + 1) * EDGE_CHUNK < g->nedges ? (chunk + 1) * EDGE_CHUNK : g->nedges;
    eg_buf b = {0};
    bool ok = true;
    for (size_t i = chunk * EDGE_CHUNK; ok && i < end; i++) {
        const eg_edge *e = &g->edges[i];
        igraph_integer_t ix = (igraph_integer_t)i;
        VECTOR(*job->weight)[ix] = e->weight;
        VECTOR(*job->documents)[ix] = e->documents;
        VECTOR(*job->npmi)[ix] = e->npmi;
        ok = join_escaped(&b, e->docs, e->ndocs) && scol_set(job->docs, ix, b.data);
        eg_buf_reset(&b);
        ok = ok && evidence_json(&b, e) && scol_set_clean(job->evidence, ix, b.data, b.len);
        char d[11];
        ok = ok && scol_set(job->first, ix, eg_date_format(e->first_seen, d)) &&
             scol_set(job->last, ix, eg_date_format(e->last_seen, d));
    }
    eg_buf_fini(&b);
    job->ok[chunk] = ok;
}

/* The document table as a JSON string in graph attributes "document_table_0", "_1", ... of at
 * most 8 KB each, cut between UTF-8 characters: igraph's GraphML reader appends a long text
 * piece by piece, and one 2 MB attribute (Reuters-21578) took it 27 s to read. */
static bool graphml_doctab(igraph_t *ig, const eg_graph *g)
{
    cJSON *tab = eg_export_doctab(g);
    char *text = tab ? cJSON_PrintUnformatted(tab) : NULL;
    cJSON_Delete(tab);
    char *safe = text ? xml_safe(text) : NULL;
    free(text);
    bool ok = safe != NULL;
    size_t len = safe ? strlen(safe) : 0, at = 0;
    for (unsigned part = 0; ok && at < len; part++) {
        size_t n = len - at < 8192 ? len - at : 8192;
        while (at + n < len && (safe[at + n] & 0xC0) == 0x80) {
            n--; /* not inside a character */
        }
        char name[32];
        snprintf(name, sizeof name, "document_table_%u", part);
        char saved = safe[at + n];
        safe[at + n] = '\0';
        ok = igraph_cattribute_GAS_set(ig, name, safe + at) == IGRAPH_SUCCESS;
        safe[at + n] = saved;
        at += n;
    }
    free(safe);
    return ok;
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

/* Whether igraph's key line declares a count (written by igraph as double; GraphML readers
 * then show 2.0): `<key id="v_mentions" ...`. */
static bool graphml_integer_key(const char *line)
{
    static const char *const keys[] = {"\"g_documents\"", "\"g_windows\"", "\"v_mentions\"",
                                       "\"v_documents\"", "\"v_windows\"", "\"e_weight\"",
                                       "\"e_documents\""};
    const char *id = strstr(line, "<key id=");
    if (!id) {
        return false;
    }
    id += strlen("<key id=");
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        if (strncmp(id, keys[k], strlen(keys[k])) == 0) {
            return true;
        }
    }
    return false;
}

/* If `p` (after blanks) starts with `lit` then "n", decimal digits and `close`: the number into
 * *v and the rest after `close` into *rest (sscanf's work at a tenth of its cost: this runs
 * for every node and edge). */
static bool graphml_ref(const char *p, const char *lit, size_t n, const char *close, size_t c,
                        unsigned long long *v, const char **rest)
{
    while (*p == ' ' || *p == '\t') {
        p++;
    }
    /* the second byte first: it tells igraph's many "<data" lines from "<node" and "<edge" */
    if (n >= 2 && (p[0] != lit[0] || p[1] != lit[1])) {
        return false;
    }
    if (strncmp(p, lit, n) != 0 || p[n] != 'n' || !eg_is_digit((unsigned char)p[n + 1])) {
        return false;
    }
    p += n + 1;
    unsigned long long x = 0;
    for (; eg_is_digit((unsigned char)*p); p++) {
        if (x > (ULLONG_MAX - 9) / 10) {
            return false;
        }
        x = x * 10 + (unsigned)(*p - '0');
    }
    if (strncmp(p, close, c) != 0) {
        return false;
    }
    *v = x;
    *rest = p + c;
    return true;
}

/* graphml_ref with the literals' lengths counted when compiling (it runs twice a line) */
#define GRAPHML_REF(p, lit, close, v, rest)                                                      \
    graphml_ref(p, lit, sizeof lit - 1, close, sizeof close - 1, v, rest)

/* Fix one line of igraph's GraphML (igraph writes one element per line) into `o`: node ids
 * made the entity slugs (igraph 0.10 always writes "n0", "n1", ...) and counts typed "long".
 * Everything else, escaping included, is igraph's. `line` is NUL-terminated, `len` bytes. */
static bool graphml_fix_line(const eg_graph *g, const char *line, size_t len, eg_buf *o)
{
    unsigned long long a, c;
    const char *ia, *ic, *rest, *rest2;
    char b1[32], b2[32];
    const char *p = line; /* the blanks skipped once, not by each graphml_ref */
    while (*p == ' ' || *p == '\t') {
        p++;
    }
    if (GRAPHML_REF(p, "<node id=\"", "\">", &a, &rest) && a < g->nnodes) {
        graphml_node_id(g, (size_t)a, b1, sizeof b1, &ia);
        return eg_buf_puts(o, "    <node id=\"") && eg_buf_puts(o, ia) && eg_buf_puts(o, "\">") &&
               eg_buf_puts(o, rest);
    }
    if (GRAPHML_REF(p, "<edge source=\"", "\"", &a, &rest) &&
        GRAPHML_REF(rest, "target=\"", "\">", &c, &rest2) && a < g->nnodes && c < g->nnodes) {
        graphml_node_id(g, (size_t)a, b1, sizeof b1, &ia);
        graphml_node_id(g, (size_t)c, b2, sizeof b2, &ic);
        return eg_buf_puts(o, "    <edge source=\"") && eg_buf_puts(o, ia) &&
               eg_buf_puts(o, "\" target=\"") && eg_buf_puts(o, ic) && eg_buf_puts(o, "\">") &&
               eg_buf_puts(o, rest2);
    }
    if (graphml_integer_key(line) && strstr(line, "attr.type=\"double\"")) {
        const char *t = strstr(line, "attr.type=\"double\"");
        return eg_buf_append(o, line, (size_t)(t - line)) &&
               eg_buf_puts(o, "attr.type=\"long\"") &&
               eg_buf_puts(o, t + strlen("attr.type=\"double\""));
    }
    return eg_buf_append(o, line, len);
}

/* igraph's writer goes through this filter (a stdio cookie stream): each line is fixed as it
 * comes, instead of a scratch file of the whole graph read back, and the fixed lines go to
 * `out` 64 KB at a time (an fwrite per line cost more than fixing it). */
typedef struct graphml_filter {
    const eg_graph *g;
    FILE *out;
    eg_buf line; /* the line being received */
    eg_buf done; /* fixed lines not yet written to `out` */
    bool ok;
} graphml_filter;

/* The fixed lines to `out`; false when the write failed. */
static bool graphml_flush(graphml_filter *f)
{
    bool ok = fwrite(f->done.data, 1, f->done.len, f->out) == f->done.len;
    f->done.len = 0;
    return ok;
}

static ssize_t graphml_filter_write(void *cookie, const char *buf, size_t n)
{
    graphml_filter *f = cookie;
    for (size_t i = 0; f->ok && i < n;) {
        const char *nl = memchr(buf + i, '\n', n - i);
        size_t take = nl ? (size_t)(nl - (buf + i)) + 1 : n - i;
        f->ok = eg_buf_append(&f->line, buf + i, take);
        i += take;
        if (f->ok && nl) {
            f->ok = graphml_fix_line(f->g, f->line.data, f->line.len, &f->done);
            f->line.len = 0;
            if (f->ok && f->done.len >= 1u << 16) {
                f->ok = graphml_flush(f);
            }
        }
    }
    return f->ok ? (ssize_t)n : -1;
}

/* igraph writes the graph into the filter; false when a write failed. */
static bool graphml_write_fixed(igraph_t *ig, const eg_graph *g, FILE *out)
{
    graphml_filter f = {g, out, {0}, {0}, true};
    FILE *fp = fopencookie(&f, "w", (cookie_io_functions_t){.write = graphml_filter_write});
    if (!fp) {
        return false;
    }
    setvbuf(fp, NULL, _IOFBF, 1u << 16);
    bool ok = igraph_write_graph_graphml(ig, fp, /*prefixattr=*/true) == IGRAPH_SUCCESS;
    ok = fclose(fp) == 0 && ok && f.ok;
    if (ok && f.line.len) { /* a last line without its newline */
        ok = graphml_fix_line(g, f.line.data, f.line.len, &f.done);
    }
    ok = ok && graphml_flush(&f);
    eg_buf_fini(&f.line);
    eg_buf_fini(&f.done);
    return ok;
}

enum { GML_VS = 8, GML_VN = 3, GML_ES = 4, GML_EN = 3 };

/* The attribute columns of a GraphML export: string and numeric, of nodes and of edges, and
 * how many of each are initialized (to destroy). */
typedef struct graphml_cols {
    scol vs[GML_VS], es[GML_ES];
    igraph_vector_t vn[GML_VN], en[GML_EN];
    int inited_vs, inited_vn, inited_es, inited_en;
} graphml_cols;

static const char *const gml_vs_names[GML_VS] = {"name",       "label",     "type",
                                                 "aliases",    "first_seen", "last_seen",
                                                 "docs",       "doc_mentions"};
static const char *const gml_vn_names[GML_VN] = {"mentions", "documents", "windows"};
static const char *const gml_es_names[GML_ES] = {"docs", "evidence", "first_seen", "last_seen"};
static const char *const gml_en_names[GML_EN] = {"weight", "documents", "npmi"};

/* Initialize n string columns of `size` items; returns how many were. */
static int scols_init(scol *v, int n, igraph_integer_t size)
{
    int k = 0;
    while (k < n && igraph_strvector_init(&v[k].v, size) == IGRAPH_SUCCESS) {
        k++;
    }
    return k;
}

/* Initialize n numeric columns of `size` items; returns how many were. */
static int vectors_init(igraph_vector_t *v, int n, igraph_integer_t size)
{
    int k = 0;
    while (k < n && igraph_vector_init(&v[k], size) == IGRAPH_SUCCESS) {
        k++;
    }
    return k;
}

/* Every column, sized for nn nodes and ne edges. False: out of memory (cols_fini frees). */
static bool cols_init(graphml_cols *c, igraph_integer_t nn, igraph_integer_t ne)
{
    c->inited_vs = scols_init(c->vs, GML_VS, nn);
    c->inited_vn = c->inited_vs == GML_VS ? vectors_init(c->vn, GML_VN, nn) : 0;
    c->inited_es = c->inited_vn == GML_VN ? scols_init(c->es, GML_ES, ne) : 0;
    c->inited_en = c->inited_es == GML_ES ? vectors_init(c->en, GML_EN, ne) : 0;
    return c->inited_en == GML_EN;
}

static void cols_fini(graphml_cols *c)
{
    for (int k = 0; k < c->inited_vs; k++) {
        igraph_strvector_destroy(&c->vs[k].v);
    }
    for (int k = 0; k < c->inited_vn; k++) {
        igraph_vector_destroy(&c->vn[k]);
    }
    for (int k = 0; k < c->inited_es; k++) {
        igraph_strvector_destroy(&c->es[k].v);
    }
    for (int k = 0; k < c->inited_en; k++) {
        igraph_vector_destroy(&c->en[k]);
    }
}

/* The node columns; the edge columns in parallel chunks (edge_chunk). False: out of memory. */
static bool cols_fill(graphml_cols *c, const eg_graph *g)
{
    eg_buf b = {0};
    char d1[11], d2[11];
    bool ok = true;
    for (size_t i = 0; ok && i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        igraph_integer_t v = (igraph_integer_t)i;
        ok = scol_set(&c->vs[0], v, n->id) && scol_set(&c->vs[1], v, n->label) &&
             scol_set(&c->vs[2], v, eg_etype_name(n->type)) &&
             join_escaped(&b, n->aliases, n->naliases) && scol_set(&c->vs[3], v, b.data) &&
             scol_set(&c->vs[4], v, eg_date_format(n->first_seen, d1)) &&
             scol_set(&c->vs[5], v, eg_date_format(n->last_seen, d2)) &&
             join_escaped(&b, n->docs, n->ndocs) && scol_set(&c->vs[6], v, b.data) &&
             join_counts(&b, n->doc_mentions, n->ndocs) && scol_set(&c->vs[7], v, b.data);
        VECTOR(c->vn[0])[i] = n->mentions;
        VECTOR(c->vn[1])[i] = n->documents;
        VECTOR(c->vn[2])[i] = n->windows;
    }
    eg_buf_fini(&b);
    size_t nchunks = g->nedges / EDGE_CHUNK + 1;
    edge_job job = {g,         &c->es[0], &c->es[1], &c->es[2], &c->es[3],
                    &c->en[0], &c->en[1], &c->en[2], calloc(nchunks, sizeof(bool))};
    ok = ok && job.ok;
    if (ok) {
        eg_parallel_for(g->threads, nchunks, edge_chunk, &job);
        for (size_t k = 0; k < nchunks; k++) {
            ok = ok && job.ok[k];
        }
    }
    free(job.ok);
    return ok;
}

/* The columns become igraph's attributes (copied). */
static bool cols_attach(graphml_cols *c, igraph_t *ig)
{
    bool ok = true;
    for (int k = 0; ok && k < GML_VS; k++) {
        ok = igraph_cattribute_VAS_setv(ig, gml_vs_names[k], &c->vs[k].v) == IGRAPH_SUCCESS;
    }
    for (int k = 0; ok && k < GML_VN; k++) {
        ok = igraph_cattribute_VAN_setv(ig, gml_vn_names[k], &c->vn[k]) == IGRAPH_SUCCESS;
    }
    for (int k = 0; ok && k < GML_EN; k++) {
        ok = igraph_cattribute_EAN_setv(ig, gml_en_names[k], &c->en[k]) == IGRAPH_SUCCESS;
    }
    for (int k = 0; ok && k < GML_ES; k++) {
        ok = igraph_cattribute_EAS_setv(ig, gml_es_names[k], &c->es[k].v) == IGRAPH_SUCCESS;
    }
    return ok;
}

static eg_status export_graphml(const eg_graph *g, FILE *out, eg_error *err)
{
    igraph_t ig;
    if (eg_igraph_from_graph(&ig, g, err) != EG_OK) {
        return EG_ERR_NOMEM;
    }
    bool ok = igraph_cattribute_GAS_set(&ig, "generator", g->generator) == IGRAPH_SUCCESS &&
              igraph_cattribute_GAS_set(&ig, "window", eg_window_name(g->window)) ==
                  IGRAPH_SUCCESS &&
              igraph_cattribute_GAN_set(&ig, "documents", g->ndocuments) == IGRAPH_SUCCESS &&
              igraph_cattribute_GAN_set(&ig, "windows", (double)g->nwindows) == IGRAPH_SUCCESS;
    if (ok && g->ndoctab == g->ndocuments) {
        ok = graphml_doctab(&ig, g);
    }
    graphml_cols cols = {0};
    ok = ok && cols_init(&cols, (igraph_integer_t)g->nnodes, (igraph_integer_t)g->nedges) &&
         cols_fill(&cols, g) && cols_attach(&cols, &ig);
    cols_fini(&cols);
    /* igraph writes through a filter that fixes ids and types on the way out */
    ok = ok && graphml_write_fixed(&ig, g, out);
    igraph_destroy(&ig);
    if (!ok) {
        return eg_error_set(err, EG_ERR_NOMEM, "could not write GraphML");
    }
    return EG_OK;
}

eg_status eg_export_graphml(const eg_graph *g, FILE *out, eg_error *err)
{
    eg_igraph_lock();
    eg_status st = export_graphml(g, out, err);
    eg_igraph_unlock();
    return st;
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
