/*
 * graph_json.c - loading the JSON graph written by `build`, fast.
 *
 * Query commands load whole graphs for one answer, so loading is the cost of a query: a
 * Reuters-21578 graph is 40 MB of JSON, mostly evidence sentences. A general JSON tree
 * (one allocation per value, then copies) took about a second; this reader parses the schema
 * of docs/DESIGN.md section 3 in one pass, straight into the graph: strings are terminated in
 * place in the file's buffer and lists live in one arena, both freed with the graph. Unknown members are skipped, so graphs from newer
 * versions still load; every field it uses is validated, and errors name the element
 * ("node 3: ...") or the byte offset of malformed JSON. With EG_LOAD_NO_EVIDENCE the edges'
 * document and evidence lists are skipped unparsed (a neighbors query never reads them).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <cJSON.h>

#include "graph.h"
#include "util.h"

#define MAX_DEPTH 512

typedef struct jp {
    const char *s;   /* document start (writable: strings are terminated in place) */
    const char *p;   /* cursor */
    const char *end;
    eg_arena *a;
    bool bad;        /* syntax error at p */
    bool nomem;
} jp;

static void ws(jp *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r')) {
        j->p++;
    }
}

static bool lit(jp *j, char c)
{
    ws(j);
    if (j->p < j->end && *j->p == c) {
        j->p++;
        return true;
    }
    return false;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                             : -1;
}

static bool hex4(jp *j, uint32_t *v)
{
    if (j->end - j->p < 4) {
        return false;
    }
    *v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(j->p[i]);
        if (h < 0) {
            return false;
        }
        *v = *v << 4 | (uint32_t)h;
    }
    j->p += 4;
    return true;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)

/* The first byte at or after p that ends a run of plain string bytes: '"', '\\' or a control
 * character (or end). Eight bytes at a time: strings are most of a graph file. */
static const char *plain_run(const char *p, const char *end)
{
    while (end - p >= 8) {
        uint64_t v;
        memcpy(&v, p, sizeof v);
        uint64_t quote = v ^ (ONES * '"'), bslash = v ^ (ONES * '\\');
        uint64_t ctrl = (v - ONES * 0x20) & ~v & HIGHS; /* a byte below 0x20 */
        if (HAS_ZERO(quote) | HAS_ZERO(bslash) | ctrl) {
            break;
        }
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20) {
        p++;
    }
    return p;
}

/* A string of the document: `raw` spans it unterminated when it has no escapes (the page
 * is not written), else it is decoded and terminated in place.
 * store: a terminated copy is wanted (always in place). Both NULL: validate and skip. */
typedef struct span {
    const char *p;
    size_t n;
} span;

static bool str_any(jp *j, char **store, span *rawspan);

static bool str(jp *j, char **store)
{
    return str_any(j, store, NULL);
}

static bool str_span(jp *j, span *out)
{
    return str_any(j, NULL, out);
}

/* Past the string at the cursor: *start and *raw span its text between the quotes, *plain:
 * it has no escapes. False (j->bad): not a string, a control character or no closing quote. */
static bool str_scan(jp *j, const char **start, size_t *raw, bool *plain)
{
    ws(j);
    if (j->p >= j->end || *j->p != '"') {
        j->bad = true;
        return false;
    }
    j->p++;
    *start = j->p;
    *plain = true;
    for (;;) {
        j->p = plain_run(j->p, j->end);
        if (j->p >= j->end || *j->p == '"') {
            break;
        }
        if ((unsigned char)*j->p < 0x20) {
            j->bad = true;
            return false;
        }
        *plain = false; /* a backslash: skip the escaped byte */
        j->p += 2;
    }
    if (j->p >= j->end) {
        j->bad = true;
        return false;
    }
    *raw = (size_t)(j->p - *start);
    j->p++; /* closing quote */
    return true;
}

/* A \u escape (after the "\u") at sub's cursor, with its low surrogate when one follows, as
 * UTF-8 at out + *k. A lone surrogate or NUL becomes U+FFFD. False: bad hex digits. */
static bool decode_u(jp *sub, char *out, size_t *k)
{
    uint32_t cp;
    if (!hex4(sub, &cp)) {
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF && sub->end - sub->p >= 6 && sub->p[0] == '\\' &&
        sub->p[1] == 'u') {
        jp lo = *sub;
        lo.p += 2;
        uint32_t c2;
        if (hex4(&lo, &c2) && c2 >= 0xDC00 && c2 <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (c2 - 0xDC00);
            sub->p = lo.p;
        }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
        cp = 0xFFFD; /* lone surrogate or NUL: not representable in a C string */
    }
    *k += eg_utf8_encode((int32_t)cp, out + *k);
    return true;
}

/* Decode the escapes of raw text [start, start + raw) in place: the result is never longer
 * than the raw text, and writing never overtakes reading. Its length, or SIZE_MAX: a bad
 * escape. */
static size_t decode_in_place(const jp *j, char *start, size_t raw)
{
    static const char simple[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
    jp sub = {.s = j->s, .p = start, .end = start + raw};
    char *out = start;
    size_t k = 0;
    while (sub.p < sub.end) {
        char c = *sub.p++;
        if (c != '\\') {
            out[k++] = c;
            continue;
        }
        if (sub.p >= sub.end) {
            return SIZE_MAX;
        }
        c = *sub.p++;
        const char *m = NULL;
        for (size_t i = 0; i + 1 < sizeof simple && !m; i += 2) {
            m = simple[i] == c ? &simple[i + 1] : NULL;
        }
        if (m) {
            out[k++] = *m;
        } else if (c != 'u' || !decode_u(&sub, out, &k)) {
            return SIZE_MAX;
        }
    }
    out[k] = '\0';
    return k;
}

static bool str_any(jp *j, char **store, span *rawspan)
{
    const char *start;
    size_t raw;
    bool plain;
    if (!str_scan(j, &start, &raw, &plain)) {
        return false;
    }
    if (rawspan && plain) {
        *rawspan = (span){start, raw};
        return true;
    }
    if (!store && !rawspan) {
        return true;
    }
    /* in place: the document buffer is ours; the closing quote becomes the terminator */
    char *out = (char *)start;
    if (plain) {
        out[raw] = '\0';
        *store = out;
        return true;
    }
    size_t k = decode_in_place(j, out, raw);
    if (k == SIZE_MAX) {
        j->bad = true;
        return false;
    }
    if (store) {
        *store = out;
    }
    if (rawspan) {
        *rawspan = (span){out, k};
    }
    return true;
}

static bool num(jp *j, double *v)
{
    ws(j);
    const char *q = j->p;
    if (q < j->end && *q == '-') {
        q++;
    }
    const char *digits = q;
    while (q < j->end && ((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' ||
                          *q == '+' || *q == '-')) {
        q++;
    }
    if (q == digits || q - j->p > 64) {
        j->bad = true;
        return false;
    }
    if (q - digits <= 15 && j->p == digits) {
        /* counts are plain non-negative integers: no strtod */
        uint64_t n = 0;
        const char *r = digits;
        while (r < q && *r >= '0' && *r <= '9') {
            n = n * 10 + (uint64_t)(*r++ - '0');
        }
        if (r == q) {
            *v = (double)n;
            j->p = q;
            return true;
        }
    }
    char buf[72];
    memcpy(buf, j->p, (size_t)(q - j->p));
    buf[q - j->p] = '\0';
    char *e;
    *v = strtod(buf, &e);
    if (*e) {
        j->bad = true;
        return false;
    }
    j->p = q;
    return true;
}

static bool word(jp *j, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(j->end - j->p) >= n && memcmp(j->p, w, n) == 0) {
        j->p += n;
        return true;
    }
    j->bad = true;
    return false;
}

static bool skip(jp *j, int depth)
{
    if (depth > MAX_DEPTH) {
        j->bad = true;
        return false;
    }
    ws(j);
    if (j->p >= j->end) {
        j->bad = true;
        return false;
    }
    switch (*j->p) {
    case '"':
        return str(j, NULL);
    case '{':
        j->p++;
        if (lit(j, '}')) {
            return true;
        }
        do {
            if (!str(j, NULL) || !lit(j, ':') || !skip(j, depth + 1)) {
                j->bad = true;
                return false;
            }
        } while (lit(j, ','));
        return lit(j, '}') || (j->bad = true, false);
    case '[':
        j->p++;
        if (lit(j, ']')) {
            return true;
        }
        do {
            if (!skip(j, depth + 1)) {
                return false;
            }
        } while (lit(j, ','));
        return lit(j, ']') || (j->bad = true, false);
    case 't':
        return word(j, "true");
    case 'f':
        return word(j, "false");
    case 'n':
        return word(j, "null");
    default: {
        double v;
        return num(j, &v);
    }
    }
}

/* Skip an array or object without looking inside its strings: brackets must match and
 * strings be well formed, nothing more (used for the lists a query does not need). */
static bool skip_fast(jp *j)
{
    char open[MAX_DEPTH];
    int depth = 0;
    ws(j);
    const char *p = j->p, *end = j->end;
    while (p < end) {
        char c = *p;
        if (c == '"') {
            p++;
            for (;;) {
                p = plain_run(p, end);
                if (p >= end || (unsigned char)*p < 0x20) {
                    j->p = p;
                    j->bad = true;
                    return false;
                }
                if (*p == '"') {
                    p++;
                    break;
                }
                p += 2; /* a backslash and the byte it escapes */
            }
            continue;
        }
        if (c == '[' || c == '{') {
            if (depth == MAX_DEPTH) {
                break;
            }
            open[depth++] = c;
        } else if (c == ']' || c == '}') {
            if (depth == 0 || open[depth - 1] != (c == ']' ? '[' : '{')) {
                break;
            }
            if (--depth == 0) {
                j->p = p + 1;
                return true;
            }
        } else if (depth == 0) {
            break; /* not an array or object */
        }
        p++;
    }
    j->p = p < end ? p : end;
    j->bad = true;
    return false;
}

/* Iterate an object's members: call with *first = true; returns false at the end or on error. */
static bool member(jp *j, bool *first, span *key)
{
    if (*first) {
        *first = false;
        if (!lit(j, '{')) {
            j->bad = true;
            return false;
        }
        if (lit(j, '}')) {
            return false;
        }
    } else if (!lit(j, ',')) {
        if (!lit(j, '}')) {
            j->bad = true;
        }
        return false;
    }
    return str_span(j, key) && lit(j, ':') ? true : (j->bad = true, false);
}

/* Iterate an array's elements the same way. */
static bool element(jp *j, bool *first)
{
    if (*first) {
        *first = false;
        if (!lit(j, '[')) {
            j->bad = true;
            return false;
        }
        return !lit(j, ']');
    }
    if (lit(j, ',')) {
        return true;
    }
    if (!lit(j, ']')) {
        j->bad = true;
    }
    return false;
}

static bool peek_is(jp *j, char c)
{
    ws(j);
    return j->p < j->end && *j->p == c;
}

/* A list of strings into the arena. */
static bool strlist(jp *j, char ***out, size_t *n)
{
    size_t cap = 8;
    char **v = malloc(cap * sizeof *v);
    *n = 0;
    bool first = true;
    while (v && element(j, &first)) {
        if (*n == cap) {
            char **nv = realloc(v, (cap *= 2) * sizeof *v);
            if (!nv) {
                break;
            }
            v = nv;
        }
        if (!str(j, &v[*n])) {
            free(v);
            return false;
        }
        (*n)++;
    }
    if (j->bad || !v) {
        j->nomem = !v;
        free(v);
        return false;
    }
    *out = eg_arena_alloc(j->a, (*n ? *n : 1) * sizeof **out);
    if (!*out) {
        free(v);
        j->nomem = true;
        return false;
    }
    memcpy(*out, v, *n * sizeof *v);
    free(v);
    return true;
}

/* The first number member that is out of range, for the error message. */
typedef struct field_error {
    const char *name; /* NULL: none */
    span got;         /* the value as written */
    double min, max;
    bool whole;
    bool list;        /* it must be a list, not a number */
} field_error;

/* A number member, consumed whatever its value is (null, a string, 1e30): false, with `fe`
 * filled, unless it is a number from min to max (whole when `whole`), so a valid JSON value of
 * the wrong kind is reported as such and never cast. */
static bool number_field(jp *j, const char *name, double min, double max, bool whole,
                         double *out, field_error *fe)
{
    ws(j);
    const char *start = j->p;
    double v = -HUGE_VAL;
    bool isnum = j->p < j->end && (*j->p == '-' || (*j->p >= '0' && *j->p <= '9'));
    if (isnum ? !num(j, &v) : !skip(j, 2)) {
        return false;
    }
    if (isnum && v >= min && v <= max && (!whole || v == floor(v))) {
        *out = v;
        return true;
    }
    if (!fe->name) {
        *fe = (field_error){.name = name, .got = {start, (size_t)(j->p - start)}, .min = min,
                            .max = max, .whole = whole};
    }
    return false;
}

static bool count_field(jp *j, const char *name, double min, uint32_t *out, field_error *fe)
{
    double v;
    if (!number_field(j, name, min, 4294967295.0, true, &v, fe)) {
        return false;
    }
    *out = (uint32_t)v;
    return true;
}

/* An array of counts into the arena; a bad item is reported as field `name`. */
static bool countlist(jp *j, const char *name, uint32_t **out, size_t *n, field_error *fe)
{
    size_t cap = 0;
    uint32_t *v = NULL;
    *n = 0;
    bool first = true;
    while (element(j, &first)) {
        if (!EG_GROW(v, cap, *n + 1)) {
            j->nomem = true;
            break;
        }
        if (count_field(j, name, 0, &v[*n], fe)) {
            (*n)++;
        } else if (j->bad) {
            break;
        } /* else the item is reported through fe and the rest is read on */
    }
    if (j->bad || j->nomem || fe->name) {
        free(v);
        return false;
    }
    *out = eg_arena_alloc(j->a, (*n ? *n : 1) * sizeof **out);
    if (*out && *n) {
        memcpy(*out, v, *n * sizeof *v); /* an empty list has no buffer: v is NULL */
    }
    j->nomem = !*out;
    free(v);
    return *out != NULL;
}

/* A member that must be a list: true at its '[' (not consumed); otherwise the value is
 * consumed and reported through `fe` (null, 5, "7", {} or true is never taken for none). */
static bool list_field(jp *j, const char *name, field_error *fe)
{
    ws(j);
    const char *start = j->p;
    if (peek_is(j, '[')) {
        return true;
    }
    if (skip(j, 2) && !fe->name) {
        *fe = (field_error){.name = name, .got = {start, (size_t)(j->p - start)}, .list = true};
    }
    return false;
}

static eg_status field_fail(eg_error *err, const char *path, const char *what, size_t i,
                            const field_error *fe)
{
    char where[48] = "graph";
    if (what) {
        snprintf(where, sizeof where, "%s %zu", what, i);
    }
    int n = fe->got.n > 40 ? 40 : (int)fe->got.n;
    if (fe->list) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: %s: '%s' must be a list (got %.*s%s)", path,
                            where, fe->name, n, fe->got.p, fe->got.n > 40 ? "..." : "");
    }
    return eg_error_set(err, EG_ERR_PARSE, "%s: %s: '%s' must be a %s from %.*g to %.*g (got %.*s%s)",
                        path, where, fe->name, fe->whole ? "whole number" : "number", 20,
                        fe->min, 20, fe->max, n, fe->got.p, fe->got.n > 40 ? "..." : "");
}

/* Member names compared inline: a graph file has millions of them. */
static inline bool key_is(span k, const char *name)
{
    size_t i = 0;
    for (; i < k.n && name[i] && k.p[i] == name[i]; i++) {
    }
    return i == k.n && name[i] == '\0';
}

/* A date string (first_seen, last_seen, a document's date) as yyyymmdd; a malformed one is 0. */
static bool date_str(jp *j, uint32_t *out)
{
    char *s;
    if (!str(j, &s)) {
        return false;
    }
    *out = eg_date_parse(s);
    return true;
}

/* The graph's document table: [{"id", "title", "date", "url"}, ...]. */
static bool doctable(jp *j, eg_graph *g)
{
    size_t cap = 0;
    bool f = true;
    while (element(j, &f)) {
        if (!EG_GROW(g->doctab, cap, g->ndoctab + 1)) {
            j->nomem = true;
            return false;
        }
        eg_document *d = &g->doctab[g->ndoctab];
        memset(d, 0, sizeof *d);
        bool of = true;
        span k;
        while (member(j, &of, &k)) {
            bool s = peek_is(j, '"');
            if (s && key_is(k, "id")) {
                str(j, &d->id);
            } else if (s && key_is(k, "title")) {
                str(j, &d->title);
            } else if (s && key_is(k, "url")) {
                str(j, &d->url);
            } else if (s && key_is(k, "date")) {
                date_str(j, &d->date);
            } else {
                skip(j, 3);
            }
            if (j->bad) {
                return false;
            }
        }
        if (j->bad || !d->id) {
            j->bad = true;
            return false;
        }
        g->ndoctab++;
    }
    return !j->bad;
}

typedef struct pending {
    span source, target; /* .p == NULL: missing */
} pending;

eg_status eg_graph_load_json_text(eg_graph **out, const char *path, char *text, size_t len,
                                  unsigned flags, eg_error *err);

/* What eg_graph_load_json_text works on: the parser, the graph and the edges' endpoints. */
typedef struct load_ctx {
    jp j;
    eg_graph *g;
    const char *path;
    bool lists;         /* the nodes' and edges' document and evidence lists are read */
    pending *pend;      /* per edge: its source and target ids, resolved at the end */
    size_t ncap, ecap, pcap;
    eg_error *err;
} load_ctx;

/* The "graph" object: window, document table (or count) and window count. */
static eg_status load_header(load_ctx *c)
{
    jp *j = &c->j;
    eg_graph *g = c->g;
    field_error gfe = {0};
    bool f = true;
    span k2;
    while (member(j, &f, &k2)) {
        double v;
        char *w;
        if (key_is(k2, "window") && peek_is(j, '"')) {
            if (!str(j, &w)) {
                break;
            }
            g->window = strcmp(w, "paragraph") == 0  ? EG_WINDOW_PARAGRAPH
                        : strcmp(w, "document") == 0 ? EG_WINDOW_DOCUMENT
                                                     : EG_WINDOW_SENTENCE;
        } else if (key_is(k2, "documents") && peek_is(j, '[')) {
            if (!doctable(j, g)) {
                break;
            }
            g->ndocuments = (uint32_t)g->ndoctab;
        } else if (key_is(k2, "documents")) {
            if (!count_field(j, "documents", 0, &g->ndocuments, &gfe)) {
                break;
            }
        } else if (key_is(k2, "windows")) {
            if (!number_field(j, "windows", 0, 1.8e19, true, &v, &gfe)) {
                break;
            }
            g->nwindows = (uint64_t)v;
        } else if (!skip(j, 1)) {
            break;
        }
    }
    return gfe.name ? field_fail(c->err, c->path, NULL, 0, &gfe) : EG_OK;
}

/* One member (key k) of node n; okc: every field so far valid. */
static bool load_node_member(load_ctx *c, eg_node *n, span k, int *type, size_t *ndm,
                             field_error *fe, bool okc)
{
    jp *j = &c->j;
    char *t;
    if (key_is(k, "id") && peek_is(j, '"')) {
        str(j, &n->id);
    } else if (key_is(k, "label") && peek_is(j, '"')) {
        str(j, &n->label);
    } else if (key_is(k, "type") && peek_is(j, '"')) {
        if (str(j, &t)) {
            *type = eg_etype_parse(t);
        }
    } else if (key_is(k, "aliases") && peek_is(j, '[')) {
        if (!strlist(j, &n->aliases, &n->naliases)) {
            okc = false;
        }
    } else if (key_is(k, "docs") && peek_is(j, '[')) {
        okc = okc && (c->lists ? strlist(j, &n->docs, &n->ndocs) : skip_fast(j));
    } else if (key_is(k, "doc_mentions")) {
        okc = list_field(j, "doc_mentions", fe) &&
              (c->lists ? countlist(j, "doc_mentions", &n->doc_mentions, ndm, fe)
                        : skip_fast(j)) &&
              okc;
    } else if (key_is(k, "first_seen") && peek_is(j, '"')) {
        okc = okc && date_str(j, &n->first_seen);
    } else if (key_is(k, "last_seen") && peek_is(j, '"')) {
        okc = okc && date_str(j, &n->last_seen);
    } else if (key_is(k, "mentions")) {
        okc = count_field(j, "mentions", 0, &n->mentions, fe) && okc;
    } else if (key_is(k, "documents")) {
        okc = count_field(j, "documents", 0, &n->documents, fe) && okc;
    } else if (key_is(k, "windows")) {
        okc = count_field(j, "windows", 0, &n->windows, fe) && okc;
    } else {
        skip(j, 2);
    }
    return okc;
}

/* One node of the "nodes" array, checked. EG_OK also when the JSON is bad (j.bad). */
static eg_status load_node(load_ctx *c)
{
    jp *j = &c->j;
    eg_graph *g = c->g;
    if (!EG_GROW(g->nodes, c->ncap, g->nnodes + 1)) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    eg_node *n = &g->nodes[g->nnodes];
    memset(n, 0, sizeof *n);
    size_t idx = g->nnodes++;
    bool of = true, okc = true;
    int type = -1;
    size_t ndm = 0; /* doc_mentions read */
    field_error fe = {0};
    span k3;
    while (member(j, &of, &k3)) {
        okc = load_node_member(c, n, k3, &type, &ndm, &fe, okc);
        if (j->bad || j->nomem) {
            return EG_OK;
        }
    }
    if (j->bad || j->nomem) {
        return EG_OK;
    }
    if (fe.name) {
        return field_fail(c->err, c->path, "node", idx, &fe);
    }
    if (n->doc_mentions && ndm != n->ndocs) {
        return eg_error_set(c->err, EG_ERR_PARSE, "%s: node %zu: %zu doc_mentions for %zu docs",
                            c->path, idx, ndm, n->ndocs);
    }
    if (!n->id || !n->label || type < 0 || !okc) {
        return eg_error_set(c->err, EG_ERR_PARSE,
                            "%s: node %zu: missing or invalid id, label, type or counts", c->path,
                            idx);
    }
    n->type = (eg_etype)type;
    if (!n->aliases) {
        n->aliases = eg_arena_alloc(g->arena, sizeof *n->aliases);
    }
    return EG_OK;
}

/* An edge's "evidence": [{"doc", "sentence"}, ...] into the arena; a repeated key: the last
 * list counts, as for "docs". Returns okc, false when the list is invalid. */
static bool load_evidence(load_ctx *c, eg_edge *e, bool okc)
{
    jp *j = &c->j;
    if (!peek_is(j, '[')) {
        okc = false;
    }
    bool af = true;
    size_t cap = 0;
    eg_evidence *ev = NULL;
    e->nev = 0;
    e->ev = NULL;
    while (okc && element(j, &af)) {
        if (!EG_GROW(ev, cap, e->nev + 1)) {
            j->nomem = true;
            break;
        }
        eg_evidence *x = &ev[e->nev];
        memset(x, 0, sizeof *x);
        bool xf = true;
        span k4;
        while (member(j, &xf, &k4)) {
            if (key_is(k4, "doc") && peek_is(j, '"')) {
                str(j, &x->doc);
            } else if (key_is(k4, "sentence") && peek_is(j, '"')) {
                str(j, &x->sentence);
            } else {
                skip(j, 3);
            }
            if (j->bad || j->nomem) {
                break;
            }
        }
        if (j->bad || j->nomem || !x->doc || !x->sentence) {
            okc = false;
            break;
        }
        e->nev++;
    }
    if (e->nev) {
        e->ev = eg_arena_alloc(c->g->arena, e->nev * sizeof *e->ev);
        if (e->ev) {
            memcpy(e->ev, ev, e->nev * sizeof *ev);
        } else {
            j->nomem = true;
        }
    }
    free(ev);
    return okc;
}

/* One member (key k) of edge e with endpoints pe; okc: every field so far valid. */
static bool load_edge_member(load_ctx *c, eg_edge *e, pending *pe, span k, bool *have_weight,
                             field_error *fe, bool okc)
{
    jp *j = &c->j;
    if (key_is(k, "source") && peek_is(j, '"')) {
        str_span(j, &pe->source);
    } else if (key_is(k, "target") && peek_is(j, '"')) {
        str_span(j, &pe->target);
    } else if (key_is(k, "weight")) {
        okc = count_field(j, "weight", 1, &e->weight, fe) && okc;
        *have_weight = true;
    } else if (key_is(k, "documents")) {
        okc = count_field(j, "documents", 0, &e->documents, fe) && okc;
    } else if (key_is(k, "npmi")) {
        okc = number_field(j, "npmi", -1, 1, false, &e->npmi, fe) && okc;
    } else if (key_is(k, "first_seen") && peek_is(j, '"')) {
        okc = okc && date_str(j, &e->first_seen);
    } else if (key_is(k, "last_seen") && peek_is(j, '"')) {
        okc = okc && date_str(j, &e->last_seen);
    } else if (!c->lists && (key_is(k, "docs") || key_is(k, "evidence"))) {
        okc = okc && peek_is(j, '[') && skip_fast(j);
    } else if (key_is(k, "docs")) {
        okc = okc && peek_is(j, '[') && strlist(j, &e->docs, &e->ndocs);
    } else if (key_is(k, "evidence")) {
        okc = load_evidence(c, e, okc);
    } else {
        skip(j, 2);
    }
    return okc;
}

/* One edge of the "edges" array, checked; its endpoints wait in c->pend. EG_OK also when the
 * JSON is bad (j.bad). */
static eg_status load_edge(load_ctx *c)
{
    jp *j = &c->j;
    eg_graph *g = c->g;
    if (!EG_GROW(g->edges, c->ecap, g->nedges + 1) || !EG_GROW(c->pend, c->pcap, g->nedges + 1)) {
        return eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    eg_edge *e = &g->edges[g->nedges];
    pending *pe = &c->pend[g->nedges];
    memset(e, 0, sizeof *e);
    memset(pe, 0, sizeof *pe);
    size_t idx = g->nedges++;
    bool of = true, okc = true, have_weight = false;
    field_error fe = {0};
    span k3;
    while (member(j, &of, &k3)) {
        okc = load_edge_member(c, e, pe, k3, &have_weight, &fe, okc);
        if (j->bad || j->nomem || !okc) {
            break;
        }
    }
    if (j->bad || j->nomem) {
        return EG_OK;
    }
    if (fe.name) {
        return field_fail(c->err, c->path, "edge", idx, &fe);
    }
    if (!okc || !have_weight) {
        return eg_error_set(c->err, EG_ERR_PARSE, "%s: edge %zu: invalid weight, docs or evidence",
                            c->path, idx);
    }
    if (!e->docs) {
        e->docs = eg_arena_alloc(g->arena, sizeof *e->docs);
    }
    if (!e->ev) {
        e->ev = eg_arena_alloc(g->arena, sizeof *e->ev);
    }
    return EG_OK;
}

/* The elements of the "nodes" (edges: false) or "edges" array, until an error. */
static eg_status load_array(load_ctx *c, bool edges)
{
    eg_status st = EG_OK;
    bool f = true;
    while (st == EG_OK && element(&c->j, &f)) {
        st = edges ? load_edge(c) : load_node(c);
        if (c->j.bad || c->j.nomem) {
            break;
        }
    }
    return st;
}

/* A shard's builder state (graph.c), kept whole for merge. False: the JSON is bad. */
static bool load_shard(load_ctx *c, eg_status *st)
{
    ws(&c->j);
    const char *start = c->j.p;
    if (!skip(&c->j, 1)) {
        return false;
    }
    cJSON_Delete(c->g->shard);
    c->g->shard = cJSON_ParseWithLength(start, (size_t)(c->j.p - start));
    if (!c->g->shard) {
        *st = eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
    }
    return true;
}

/* Node ids sorted and unique, then every edge's source and target resolved against them. */
static eg_status load_resolve_edges(load_ctx *c)
{
    eg_graph *g = c->g;
    size_t ne = g->nedges;
    g->nedges = 0; /* edges are not resolved yet: sort the nodes alone */
    eg_status st = eg_graph_normalize(g, false, c->err);
    g->nedges = ne;
    for (size_t k = 1; st == EG_OK && k < g->nnodes; k++) {
        if (strcmp(g->nodes[k].id, g->nodes[k - 1].id) == 0) {
            st = eg_error_set(c->err, EG_ERR_PARSE, "%s: duplicate node id '%s'", c->path,
                              g->nodes[k].id);
        }
    }
    /* ids by hash; edges come grouped by source, so the last source is remembered */
    eg_strmap idx = {0};
    for (size_t k = 0; st == EG_OK && k < g->nnodes; k++) {
        if (!eg_strmap_put(&idx, g->nodes[k].id, strlen(g->nodes[k].id), (uint32_t)k)) {
            st = eg_error_set(c->err, EG_ERR_NOMEM, "out of memory");
        }
    }
    span last_src = {NULL, 0};
    long last_si = -1;
    for (size_t i = 0; st == EG_OK && i < g->nedges; i++) {
        span sid = c->pend[i].source, tid = c->pend[i].target;
        long si = -1, ti = -1;
        if (sid.p && last_src.p && sid.n == last_src.n && memcmp(sid.p, last_src.p, sid.n) == 0) {
            si = last_si;
        } else if (sid.p) {
            uint32_t v = eg_strmap_get(&idx, sid.p, sid.n, UINT32_MAX);
            si = v == UINT32_MAX ? -1 : (long)v;
            last_src = sid;
            last_si = si;
        }
        if (tid.p) {
            uint32_t v = eg_strmap_get(&idx, tid.p, tid.n, UINT32_MAX);
            ti = v == UINT32_MAX ? -1 : (long)v;
        }
        if (si < 0 || ti < 0 || si == ti) {
            st = eg_error_set(c->err, EG_ERR_PARSE,
                              "%s: edge %zu: unknown or invalid source/target", c->path, i);
            break;
        }
        g->edges[i].source = (uint32_t)(si < ti ? si : ti);
        g->edges[i].target = (uint32_t)(si < ti ? ti : si);
    }
    eg_strmap_fini(&idx);
    return st == EG_OK ? eg_graph_normalize(g, false, c->err) : st;
}

/* The top-level object: "graph", "nodes", "edges" and "shard"; other members skipped. */
static eg_status load_top(load_ctx *c)
{
    jp *j = &c->j;
    bool top = true, have_nodes = false, have_edges = false;
    eg_status st = EG_OK;
    span key;
    while (st == EG_OK && member(j, &top, &key)) {
        if (key_is(key, "graph") && peek_is(j, '{')) {
            st = load_header(c);
        } else if (key_is(key, "nodes") && peek_is(j, '[')) {
            have_nodes = true;
            st = load_array(c, false);
        } else if (key_is(key, "edges") && peek_is(j, '[')) {
            have_edges = true;
            st = load_array(c, true);
        } else if (key_is(key, "shard") && peek_is(j, '{') && c->lists) {
            if (!load_shard(c, &st)) {
                break;
            }
        } else if (!skip(j, 1)) {
            break;
        }
        if (j->bad || j->nomem) {
            break;
        }
    }
    if (st == EG_OK && !j->bad && !j->nomem) {
        ws(j);
        if (j->p != j->end) {
            j->bad = true; /* trailing garbage */
        }
    }
    if (st == EG_OK && j->nomem) {
        st = eg_error_set(c->err, EG_ERR_NOMEM, "out of memory loading %s", c->path);
    } else if (st == EG_OK && j->bad) {
        st = eg_error_set(c->err, EG_ERR_PARSE, "%s: invalid JSON near byte %zu", c->path,
                          (size_t)(j->p - j->s));
    } else if (st == EG_OK && (!have_nodes || !have_edges)) {
        st = eg_error_set(c->err, EG_ERR_PARSE,
                          "%s: not an entgraph graph (no nodes/edges arrays)", c->path);
    }
    return st;
}

/* Takes ownership of `text` (malloc'd, or an anonymous mapping of `len` bytes with
 * EG_LOAD_MAPPED): strings of the graph point into it. Never reads text[len]. */
eg_status eg_graph_load_json_text(eg_graph **out, const char *path, char *text, size_t len,
                                  unsigned flags, eg_error *err)
{
    *out = NULL;
    eg_graph *g = eg_graph_new();
    bool mapped = flags & EG_LOAD_MAPPED;
    if (!g || !(mapped ? (eg_arena_adopt_map(g->arena, text, len), true)
                       : eg_arena_adopt(g->arena, text))) {
        eg_graph_destroy(g);
        if (mapped) {
            munmap(text, len);
        } else {
            free(text);
        }
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    /* every string of the graph is written out again (merge to GraphML, which must be UTF-8):
     * invalid bytes are refused here, not passed on */
    size_t bad_utf8 = eg_utf8_check(text, len);
    if (bad_utf8 < len) {
        eg_graph_destroy(g);
        return eg_error_set(err, EG_ERR_PARSE, "%s: invalid UTF-8 at byte %zu", path, bad_utf8);
    }
    load_ctx c = {.j = {.s = text, .p = text, .end = text + len, .a = g->arena},
                  .g = g,
                  .path = path,
                  .lists = !(flags & EG_LOAD_NO_EVIDENCE),
                  .err = err};
    eg_status st = load_top(&c);
    if (st == EG_OK) {
        st = load_resolve_edges(&c);
    }
    free(c.pend);
    if (st != EG_OK) {
        eg_graph_destroy(g);
        return st;
    }
    *out = g;
    return EG_OK;
}
