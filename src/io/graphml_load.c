/*
 * graphml_load.c - reading a GraphML file written by entgraph back into an eg_graph, through
 * igraph's GraphML reader. Lists are "|"-joined with "\" escapes (see export.c); the evidence
 * is a JSON string. Missing attributes are errors naming the attribute; so are attributes
 * declared with another type than entgraph writes (igraph hands a number where a string was
 * expected) and numbers that are not counts (NaN for a missing value, negative, fractional or
 * huge), which are checked before any cast.
 *
 * igraph appends each piece of a text value to the pieces before it (strlen + realloc), so a
 * value costs pieces x length to read, and every character reference starts a piece: a
 * 16 MiB label took 1.6 s, 5 MB of "&amp;" 38 s, 4 MiB with 4,096 references 1.5 s. The file
 * reaches igraph through a filter that stops at a value longer than GRAPHML_MAX_VALUE bytes or
 * whose references x bytes pass GRAPHML_MAX_COST (measured worst cases: 0.28 s for 4 MiB of
 * plain text, 0.63 s for 4 MiB with 1,024 references).
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <igraph.h>

#include "export.h"
#include "graph.h"
#include "util.h"

#define GRAPHML_MAX_VALUE (4u << 20)
#define GRAPHML_MAX_COST (1ull << 32)

eg_status eg_graph_load_graphml_file(eg_graph **out, const char *path, eg_error *err);
eg_status eg_graph_load_graphml_stream(eg_graph **out, FILE *fp, const char *path,
                                       eg_error *err);

/* A '|'-joined list with '\\' escapes into a list in the graph's arena; NULL: out of memory. */
static char **split_escaped(eg_graph *g, const char *s, size_t *n)
{
    *n = 0;
    size_t cap = 1;
    for (const char *p = s; *p; p++) {
        cap += *p == '|';
    }
    char **v = eg_graph_calloc(g, cap, sizeof *v);
    if (!v || !*s) {
        return v;
    }
    eg_buf b = {0};
    bool ok = eg_buf_puts(&b, "");
    for (const char *p = s; ok; p++) {
        if (*p == '\\' && p[1]) {
            p++;
            ok = eg_buf_putc(&b, *p);
            continue;
        }
        if (*p == '|' || *p == '\0') {
            ok = (v[*n] = eg_graph_strdup(g, b.data)) != NULL;
            *n += ok;
            eg_buf_reset(&b);
            if (!*p) {
                break;
            }
            continue;
        }
        ok = eg_buf_putc(&b, *p);
    }
    eg_buf_fini(&b);
    return ok ? v : NULL; /* out of memory: what was made stays in the arena */
}

/* A node's "doc_mentions" ("4|1", one count per document) into *out (in the graph's arena), or
 * NULL when the text is empty (a graph written before the counts were kept). EG_ERR_PARSE: not
 * `ndocs` whole numbers. */
static eg_status split_counts(eg_graph *g, const char *s, size_t ndocs, uint32_t **out)
{
    *out = NULL;
    if (!*s) {
        return EG_OK;
    }
    uint32_t *v = eg_graph_calloc(g, ndocs, sizeof *v);
    if (!v) {
        return EG_ERR_NOMEM;
    }
    size_t n = 0;
    for (const char *p = s;; p++) {
        char *end = NULL;
        unsigned long long x = *p >= '0' && *p <= '9' ? strtoull(p, &end, 10) : ULLONG_MAX;
        if (x > UINT32_MAX || n == ndocs || (*end != '|' && *end != '\0')) {
            return EG_ERR_PARSE;
        }
        v[n++] = (uint32_t)x;
        p = end;
        if (!*p) {
            break;
        }
    }
    if (n != ndocs) {
        return EG_ERR_PARSE;
    }
    *out = v;
    return EG_OK;
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
        doc->id = eg_graph_strdup(g, id->valuestring);
        doc->title = cJSON_IsString(t) ? eg_graph_strdup(g, t->valuestring) : NULL;
        doc->url = cJSON_IsString(u) ? eg_graph_strdup(g, u->valuestring) : NULL;
        doc->date = cJSON_IsString(d) ? eg_date_parse(d->valuestring) : 0;
        if (!doc->id || (cJSON_IsString(t) && !doc->title) || (cJSON_IsString(u) && !doc->url)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    cJSON_Delete(a);
    return st;
}


/* ---- the filter in front of igraph's reader --------------------------------------------- */

typedef struct scan {
    FILE *fp;
    size_t run;    /* bytes since the last '<' or '>' */
    size_t refs;   /* '&' since then */
    size_t offset; /* bytes passed on */
    size_t at;     /* where the limit was passed */
    int over;      /* 0, or 1: value too long, 2: too many references for its length */
} scan;

/* Passes the file on; at a value over the limits it reports end of file (igraph then fails
 * on the truncated document, and the caller names the real cause). */
static ssize_t scan_read(void *cookie, char *buf, size_t n)
{
    scan *s = cookie;
    if (s->over) {
        return 0;
    }
    size_t got = fread(buf, 1, n, s->fp);
    for (size_t i = 0; i < got; i++) {
        if (buf[i] == '<' || buf[i] == '>') {
            s->run = s->refs = 0;
            continue;
        }
        s->refs += buf[i] == '&';
        if (++s->run > GRAPHML_MAX_VALUE || (uint64_t)s->refs * s->run > GRAPHML_MAX_COST) {
            s->over = s->run > GRAPHML_MAX_VALUE ? 1 : 2;
            s->at = s->offset + i;
            return (ssize_t)i;
        }
    }
    s->offset += got;
    return got == 0 && ferror(s->fp) ? -1 : (ssize_t)got;
}

static eg_status read_igraph(igraph_t *ig, FILE *fp, const char *path, eg_error *err)
{
    scan s = {.fp = fp};
    FILE *in = fopencookie(&s, "r", (cookie_io_functions_t){.read = scan_read});
    if (!in) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_igraph_reason_clear();
    igraph_error_t rc = igraph_read_graph_graphml(ig, in, 0);
    bool io = ferror(fp);
    int e = errno;
    fclose(in);
    if (s.over && rc == IGRAPH_SUCCESS) {
        igraph_destroy(ig);
    }
    if (s.over == 1) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: a value longer than %u bytes at byte %zu (the GraphML limit)",
                            path, GRAPHML_MAX_VALUE, s.at);
    }
    if (s.over == 2) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: a value with %zu character references in %zu bytes at byte %zu "
                            "(the GraphML limit: references x bytes <= %llu)",
                            path, s.refs, s.run, s.at, (unsigned long long)GRAPHML_MAX_COST);
    }
    if (io) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(e));
    }
    if (rc != IGRAPH_SUCCESS && *eg_igraph_reason()) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: invalid GraphML (%s)", path, eg_igraph_reason());
    }
    if (rc != IGRAPH_SUCCESS) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: invalid GraphML", path);
    }
    return EG_OK;
}

/* ---- attributes, checked against the types entgraph writes ------------------------------- */

typedef struct attr_spec {
    igraph_attribute_elemtype_t elem;
    const char *name;
    bool numeric;  /* else a string */
    bool required; /* when there is any element of that kind */
} attr_spec;

static const attr_spec specs[] = {
    {IGRAPH_ATTRIBUTE_GRAPH, "window", false, false},
    {IGRAPH_ATTRIBUTE_GRAPH, "documents", true, false},
    {IGRAPH_ATTRIBUTE_GRAPH, "windows", true, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "name", false, true},
    {IGRAPH_ATTRIBUTE_VERTEX, "label", false, true},
    {IGRAPH_ATTRIBUTE_VERTEX, "type", false, true},
    {IGRAPH_ATTRIBUTE_VERTEX, "aliases", false, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "mentions", true, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "documents", true, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "windows", true, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "first_seen", false, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "last_seen", false, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "docs", false, false},
    {IGRAPH_ATTRIBUTE_VERTEX, "doc_mentions", false, false},
    {IGRAPH_ATTRIBUTE_EDGE, "weight", true, true},
    {IGRAPH_ATTRIBUTE_EDGE, "documents", true, false},
    {IGRAPH_ATTRIBUTE_EDGE, "npmi", true, false},
    {IGRAPH_ATTRIBUTE_EDGE, "docs", false, false},
    {IGRAPH_ATTRIBUTE_EDGE, "evidence", false, false},
    {IGRAPH_ATTRIBUTE_EDGE, "first_seen", false, false},
    {IGRAPH_ATTRIBUTE_EDGE, "last_seen", false, false},
};

static const char *elem_name(igraph_attribute_elemtype_t e)
{
    return e == IGRAPH_ATTRIBUTE_GRAPH ? "graph" : e == IGRAPH_ATTRIBUTE_VERTEX ? "node" : "edge";
}

static const char *type_name(igraph_integer_t t)
{
    return t == IGRAPH_ATTRIBUTE_NUMERIC   ? "double"
           : t == IGRAPH_ATTRIBUTE_BOOLEAN ? "boolean"
           : t == IGRAPH_ATTRIBUTE_STRING  ? "string"
                                           : "other";
}

/* Every attribute entgraph reads is present where required and declared with its type. */
static eg_status check_attributes(const igraph_t *ig, const char *path, eg_error *err)
{
    igraph_strvector_t names[3];
    igraph_vector_int_t types[3];
    for (int k = 0; k < 3; k++) {
        igraph_strvector_init(&names[k], 0);
        igraph_vector_int_init(&types[k], 0);
    }
    eg_status st = EG_OK;
    if (igraph_cattribute_list(ig, &names[0], &types[0], &names[1], &types[1], &names[2],
                               &types[2]) != IGRAPH_SUCCESS) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; st == EG_OK && i < sizeof specs / sizeof *specs; i++) {
        const attr_spec *a = &specs[i];
        int k = a->elem == IGRAPH_ATTRIBUTE_GRAPH ? 0 : a->elem == IGRAPH_ATTRIBUTE_VERTEX ? 1 : 2;
        igraph_integer_t n = igraph_strvector_size(&names[k]), t = -1;
        for (igraph_integer_t j = 0; j < n; j++) {
            if (strcmp(igraph_strvector_get(&names[k], j), a->name) == 0) {
                t = VECTOR(types[k])[j];
            }
        }
        igraph_integer_t count = k == 1 ? igraph_vcount(ig) : k == 2 ? igraph_ecount(ig) : 1;
        if (t < 0 && a->required && count > 0) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: GraphML without %s attribute '%s'", path,
                              elem_name(a->elem), a->name);
        } else if (t >= 0 && t != (a->numeric ? IGRAPH_ATTRIBUTE_NUMERIC : IGRAPH_ATTRIBUTE_STRING)) {
            st = eg_error_set(err, EG_ERR_PARSE,
                              "%s: %s attribute '%s' is declared %s, expected %s", path,
                              elem_name(a->elem), a->name, type_name(t),
                              a->numeric ? "double" : "string");
        }
    }
    for (int k = 0; k < 3; k++) {
        igraph_strvector_destroy(&names[k]);
        igraph_vector_int_destroy(&types[k]);
    }
    return st;
}

/* A count as written by entgraph: a whole number from `min` to 4294967295. NaN (a missing
 * value), fractions, negatives and huge numbers are refused before the cast. */
static bool count_ok(double v, double min, uint32_t *out)
{
    if (!(v >= min && v <= 4294967295.0 && v == floor(v))) {
        return false;
    }
    *out = (uint32_t)v;
    return true;
}

static eg_status bad_count(eg_error *err, const char *path, const char *what, size_t i,
                           const char *name, double v, double min)
{
    return eg_error_set(err, EG_ERR_PARSE,
                        "%s: %s %zu: '%s' must be a whole number from %.0f to 4294967295 (got %g)",
                        path, what, i, name, min, v);
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

/* What load_graphml_stream works on: igraph's graph and ours. */
typedef struct gml_ctx {
    const igraph_t *ig;
    eg_graph *g;
    const char *path; /* for messages */
    eg_error *err;
} gml_ctx;

/* The graph attributes: window, document count, window count and the document table. */
static eg_status gml_header(gml_ctx *c)
{
    const igraph_t *ig = c->ig;
    eg_graph *g = c->g;
    if (has(ig, IGRAPH_ATTRIBUTE_GRAPH, "window")) {
        const char *w = GAS(ig, "window");
        g->window = strcmp(w, "paragraph") == 0  ? EG_WINDOW_PARAGRAPH
                    : strcmp(w, "document") == 0 ? EG_WINDOW_DOCUMENT
                                                 : EG_WINDOW_SENTENCE;
    }
    if (has(ig, IGRAPH_ATTRIBUTE_GRAPH, "documents") &&
        !count_ok(GAN(ig, "documents"), 0, &g->ndocuments)) {
        return eg_error_set(c->err, EG_ERR_PARSE,
                            "%s: graph: 'documents' must be a whole number from 0 to 4294967295 "
                            "(got %g)", c->path, GAN(ig, "documents"));
    }
    if (has(ig, IGRAPH_ATTRIBUTE_GRAPH, "windows")) {
        double w = GAN(ig, "windows");
        if (!(w >= 0 && w < 1.8e19 && w == floor(w))) {
            return eg_error_set(c->err, EG_ERR_PARSE,
                                "%s: graph: 'windows' must be a whole number from 0 to 1.8e19 "
                                "(got %g)", c->path, w);
        }
        g->nwindows = (uint64_t)w;
    }
    if (!has(ig, IGRAPH_ATTRIBUTE_GRAPH, "document_table_0")) {
        return EG_OK;
    }
    eg_buf tab = {0}; /* written in parts (see export.c) */
    char name[32];
    bool ok = eg_buf_puts(&tab, "");
    for (unsigned part = 0; ok; part++) {
        snprintf(name, sizeof name, "document_table_%u", part);
        if (!has(ig, IGRAPH_ATTRIBUTE_GRAPH, name)) {
            break;
        }
        ok = eg_buf_puts(&tab, GAS(ig, name));
    }
    eg_status st = ok ? load_doctab(g, tab.data, c->path, c->err)
                      : eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    eg_buf_fini(&tab);
    return st;
}

/* Which optional vertex attributes the file has. */
typedef struct gml_vattrs {
    bool al, vf, vl, vdocs, vdm;
    bool counts[3]; /* mentions, documents, windows */
} gml_vattrs;

static const char *const gml_vcounts[] = {"mentions", "documents", "windows"};

/* Node i from vertex i. */
static eg_status gml_node(gml_ctx *c, const gml_vattrs *va, size_t i)
{
    const igraph_t *ig = c->ig;
    eg_node *n = &c->g->nodes[i];
    igraph_integer_t v = (igraph_integer_t)i;
    int t = eg_etype_parse(VAS(ig, "type", v));
    c->g->nnodes = i + 1;
    n->id = eg_graph_strdup(c->g, VAS(ig, "name", v));
    n->label = eg_graph_strdup(c->g, VAS(ig, "label", v));
    if (!n->id || !n->label) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    if (t < 0 || !*n->id) {
        return eg_error_set(c->err, EG_ERR_PARSE, "%s: node %zu: invalid name, label or type",
                            c->path, i);
    }
    n->type = (eg_etype)t;
    n->aliases = split_escaped(c->g, va->al ? VAS(ig, "aliases", v) : "", &n->naliases);
    uint32_t *dst[3] = {&n->mentions, &n->documents, &n->windows};
    for (int k = 0; k < 3; k++) {
        double x = va->counts[k] ? VAN(ig, gml_vcounts[k], v) : 0;
        if (!count_ok(x, 0, dst[k])) {
            return bad_count(c->err, c->path, "node", i, gml_vcounts[k], x, 0);
        }
    }
    n->first_seen = va->vf ? eg_date_parse(VAS(ig, "first_seen", v)) : 0;
    n->last_seen = va->vl ? eg_date_parse(VAS(ig, "last_seen", v)) : 0;
    n->docs = split_escaped(c->g, va->vdocs ? VAS(ig, "docs", v) : "", &n->ndocs);
    if (!n->aliases || !n->docs) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    const char *dm = va->vdm ? VAS(ig, "doc_mentions", v) : "";
    eg_status cs = split_counts(c->g, dm, n->ndocs, &n->doc_mentions);
    if (cs == EG_ERR_NOMEM) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    } else if (cs != EG_OK) {
        return eg_error_set(c->err, EG_ERR_PARSE,
                            "%s: node %zu: 'doc_mentions' must be %zu whole numbers joined with "
                            "'|'", c->path, i, n->ndocs);
    }
    return EG_OK;
}

/* Every node. */
static eg_status gml_nodes(gml_ctx *c, size_t nn)
{
    const igraph_t *ig = c->ig;
    gml_vattrs va = {
        .al = has(ig, IGRAPH_ATTRIBUTE_VERTEX, "aliases"),
        .vf = has(ig, IGRAPH_ATTRIBUTE_VERTEX, "first_seen"),
        .vl = has(ig, IGRAPH_ATTRIBUTE_VERTEX, "last_seen"),
        .vdocs = has(ig, IGRAPH_ATTRIBUTE_VERTEX, "docs"),
        .vdm = has(ig, IGRAPH_ATTRIBUTE_VERTEX, "doc_mentions"),
    };
    for (int k = 0; k < 3; k++) {
        va.counts[k] = has(ig, IGRAPH_ATTRIBUTE_VERTEX, gml_vcounts[k]);
    }
    eg_status st = EG_OK;
    for (size_t i = 0; st == EG_OK && i < nn; i++) {
        st = gml_node(c, &va, i);
    }
    return st;
}

/* Edge i's evidence, a JSON array of {"doc", "sentence"} (empty text: none). Evidence that
 * is not a JSON array is an error (cJSON cannot tell a parse that ran out of memory from
 * malformed text: docs/COVERAGE.md). */
static eg_status gml_evidence(gml_ctx *c, eg_edge *e, const char *evs, size_t i)
{
    cJSON *arr = *evs ? cJSON_Parse(evs) : NULL;
    if (*evs && !cJSON_IsArray(arr)) {
        cJSON_Delete(arr);
        return eg_error_set(c->err, EG_ERR_PARSE, "%s: edge %zu: 'evidence' is not a JSON array",
                            c->path, i);
    }
    size_t cnt = cJSON_IsArray(arr) ? (size_t)cJSON_GetArraySize(arr) : 0;
    e->ev = eg_graph_calloc(c->g, cnt, sizeof *e->ev);
    bool ok = e->ev != NULL;
    const cJSON *x;
    const cJSON *list = cJSON_IsArray(arr) ? arr : NULL;
    cJSON_ArrayForEach(x, list)
    {
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(x, "doc");
        const cJSON *sn = cJSON_GetObjectItemCaseSensitive(x, "sentence");
        if (ok && cJSON_IsString(d) && cJSON_IsString(sn)) {
            eg_evidence *ev = &e->ev[e->nev++];
            ev->doc = eg_graph_strdup(c->g, d->valuestring);
            ev->sentence = eg_graph_strdup(c->g, sn->valuestring);
            ok = ev->doc && ev->sentence;
        }
    }
    cJSON_Delete(arr);
    return ok ? EG_OK : eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
}

/* Which optional edge attributes the file has. */
typedef struct gml_eattrs {
    bool ed, en, eds, eev, ef, el;
} gml_eattrs;

/* Edge i from igraph's edge i. */
static eg_status gml_edge(gml_ctx *c, const gml_eattrs *ea, size_t i)
{
    const igraph_t *ig = c->ig;
    eg_edge *e = &c->g->edges[i];
    igraph_integer_t k = (igraph_integer_t)i, from, to;
    igraph_edge(ig, k, &from, &to);
    c->g->nedges = i + 1;
    if (from == to) {
        return eg_error_set(c->err, EG_ERR_PARSE, "%s: edge %zu is a self-loop", c->path, i);
    }
    e->source = (uint32_t)(from < to ? from : to);
    e->target = (uint32_t)(from < to ? to : from);
    double w = EAN(ig, "weight", k), nd = ea->ed ? EAN(ig, "documents", k) : 0;
    if (!count_ok(w, 1, &e->weight)) {
        return bad_count(c->err, c->path, "edge", i, "weight", w, 1);
    }
    if (!count_ok(nd, 0, &e->documents)) {
        return bad_count(c->err, c->path, "edge", i, "documents", nd, 0);
    }
    e->npmi = ea->en ? EAN(ig, "npmi", k) : 0.0;
    if (!(e->npmi >= -1 && e->npmi <= 1)) {
        return eg_error_set(c->err, EG_ERR_PARSE,
                            "%s: edge %zu: 'npmi' must be from -1 to 1 (got %g)", c->path, i,
                            e->npmi);
    }
    e->first_seen = ea->ef ? eg_date_parse(EAS(ig, "first_seen", k)) : 0;
    e->last_seen = ea->el ? eg_date_parse(EAS(ig, "last_seen", k)) : 0;
    e->docs = split_escaped(c->g, ea->eds ? EAS(ig, "docs", k) : "", &e->ndocs);
    if (!e->docs) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    return gml_evidence(c, e, ea->eev ? EAS(ig, "evidence", k) : "", i);
}

/* Every edge. */
static eg_status gml_edges(gml_ctx *c, size_t ne)
{
    const igraph_t *ig = c->ig;
    gml_eattrs ea = {
        .ed = has(ig, IGRAPH_ATTRIBUTE_EDGE, "documents"),
        .en = has(ig, IGRAPH_ATTRIBUTE_EDGE, "npmi"),
        .eds = has(ig, IGRAPH_ATTRIBUTE_EDGE, "docs"),
        .eev = has(ig, IGRAPH_ATTRIBUTE_EDGE, "evidence"),
        .ef = has(ig, IGRAPH_ATTRIBUTE_EDGE, "first_seen"),
        .el = has(ig, IGRAPH_ATTRIBUTE_EDGE, "last_seen"),
    };
    eg_status st = EG_OK;
    for (size_t i = 0; st == EG_OK && i < ne; i++) {
        st = gml_edge(c, &ea, i);
    }
    return st;
}

/* `path` names the stream in messages. */
static eg_status load_graphml_stream(eg_graph **out, FILE *fp, const char *path,
                                     eg_error *err)
{
    *out = NULL;
    igraph_t ig;
    eg_status st = read_igraph(&ig, fp, path, err);
    if (st != EG_OK) {
        return st;
    }
    eg_graph *g = eg_graph_new();
    gml_ctx c = {.ig = &ig, .g = g, .path = path, .err = err};
    st = check_attributes(&ig, path, err);
    if (st == EG_OK && !g) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    st = st == EG_OK ? gml_header(&c) : st;
    size_t nn = (size_t)igraph_vcount(&ig), ne = (size_t)igraph_ecount(&ig);
    if (st == EG_OK) {
        g->nodes = calloc(nn ? nn : 1, sizeof *g->nodes);
        g->edges = calloc(ne ? ne : 1, sizeof *g->edges);
        if (!g->nodes || !g->edges) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    st = st == EG_OK ? gml_nodes(&c, nn) : st;
    st = st == EG_OK ? gml_edges(&c, ne) : st;
    st = st == EG_OK ? eg_graph_normalize(g, false, err) : st;
    for (size_t k = 1; st == EG_OK && k < g->nnodes; k++) {
        if (strcmp(g->nodes[k].id, g->nodes[k - 1].id) == 0) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: duplicate node name '%s'", path,
                              g->nodes[k].id);
        }
    }
    igraph_destroy(&ig);
    if (st != EG_OK) {
        eg_graph_destroy(g);
        return st;
    }
    *out = g;
    return EG_OK;
}

eg_status eg_graph_load_graphml_stream(eg_graph **out, FILE *fp, const char *path,
                                       eg_error *err)
{
    eg_igraph_lock();
    eg_status st = load_graphml_stream(out, fp, path, err);
    eg_igraph_unlock();
    return st;
}
