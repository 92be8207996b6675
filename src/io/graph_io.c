/*
 * graph_io.c - saving (format dispatch + atomic output) and loading graphs.
 *
 * Loading accepts the JSON written by eg_export_json (and GraphML, see graphml_load.c); it
 * validates every field it uses and reports the first problem with the file name and the
 * element, so a hand-edited or truncated file is a clear error, never a crash.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
    if (strcasecmp(name, "gexf") == 0) {
        return EG_FORMAT_GEXF;
    }
    if (strcasecmp(name, "cyjs") == 0) {
        return EG_FORMAT_CYJS;
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
    case EG_FORMAT_GEXF:
        return eg_export_gexf(g, fp, err);
    case EG_FORMAT_CYJS:
        return eg_export_cyjs(g, fp, err);
    default:
        return eg_error_set(err, EG_ERR_INVALID, "unknown output format");
    }
}

static eg_status save_csv(const eg_graph *g, const char *path, eg_error *err)
{
    eg_outfile nf, ef;
    if (!path || strcmp(path, "-") == 0 || eg_outfile_is_special(path)) {
        /* one stream: the node table, a blank line, the edge table (a device or pipe such as
         * /dev/stdout is one stream too: never two regular files named /dev/stdout.*.csv) */
        eg_status st = eg_outfile_open(&nf, path, err);
        if (st == EG_OK) {
            st = eg_export_csv(g, nf.fp, nf.fp, err);
            st = st == EG_OK ? eg_outfile_commit(&nf, err) : (eg_outfile_abort(&nf), st);
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
    if (st != EG_OK && ferror(of.fp)) {
        /* the output refused the bytes (a full disk): told with its name and reason, as for
         * every format ("/dev/full: No space left on device"), the temporary file removed */
        return eg_outfile_commit(&of, err);
    }
    if (st != EG_OK) {
        eg_outfile_abort(&of);
        return st;
    }
    return eg_outfile_commit(&of, err);
}

/* ---- loading JSON ------------------------------------------------------------------------ */

eg_status eg_graph_load_json_text(eg_graph **out, const char *path, char *text, size_t len,
                                  unsigned flags, eg_error *err);

eg_status eg_graph_load_graphml_file(eg_graph **out, const char *path, eg_error *err);
eg_status eg_graph_load_graphml_stream(eg_graph **out, FILE *fp, const char *path,
                                       eg_error *err);


eg_status eg_graph_load(eg_graph **out, const char *path, eg_error *err)
{
    return eg_graph_load_ex(out, path, 0, err);
}

/* A regular file read into anonymous pages of its own, unmapped with the graph (the JSON
 * loader terminates strings in place and the graph points into them). Never a mapping of the
 * file itself: the graph's strings would stay backed by the file, and a query died with SIGBUS
 * when someone truncated or rewrote the file while it ran (`cp new.json g.json`). NULL when
 * that fails or the file changed size while being read: the caller reads it into malloc'd
 * memory instead. */
static char *read_private(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    struct stat sb;
    char *p = NULL;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
        (uint64_t)sb.st_size < SIZE_MAX / 2) {
        size_t n = (size_t)sb.st_size;
        void *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        size_t got = 0;
        while (m != MAP_FAILED && got < n) {
            ssize_t r = read(fd, (char *)m + got, n - got);
            if (r <= 0) {
                if (r < 0 && errno == EINTR) {
                    continue;
                }
                break; /* the file shrank or failed: read it the ordinary way */
            }
            got += (size_t)r;
        }
        if (m != MAP_FAILED && got == n) {
            p = m;
            *len = n;
        } else if (m != MAP_FAILED) {
            munmap(m, n);
        }
    }
    close(fd);
    return p;
}

/* The first byte of the file that is not whitespace, or 0 (empty, or unreadable: the reader
 * that follows reports why). */
static char first_char(const char *path)
{
    FILE *f = fopen(path, "rb");
    int c = 0;
    if (f) {
        do {
            c = getc(f);
        } while (c == ' ' || c == '\n' || c == '\t' || c == '\r');
        fclose(f);
    }
    return c == EOF ? 0 : (char)c;
}

static eg_status load_any(eg_graph **out, const char *path, unsigned flags, eg_error *err);

/* A pair of entities joined twice: build never writes it, and a query would count the pair
 * once or twice depending on the algorithm, so a hand-made file saying it is an error rather
 * than collapsed silently. The loaders leave the edges sorted. */
static eg_status check_edges(const eg_graph *g, const char *path, eg_error *err)
{
    for (size_t i = 1; i < g->nedges; i++) {
        const eg_edge *a = &g->edges[i - 1], *b = &g->edges[i];
        if (a->source == b->source && a->target == b->target) {
            return eg_error_set(err, EG_ERR_PARSE, "%s: edge '%s' -- '%s' appears twice", path,
                                g->nodes[a->source].id, g->nodes[a->target].id);
        }
    }
    return EG_OK;
}

eg_status eg_graph_load_ex(eg_graph **out, const char *path, unsigned flags, eg_error *err)
{
    eg_graph **gs = NULL;
    size_t n = 0;
    *out = NULL;
    eg_status st = eg_graph_load_many(&gs, &n, path, flags | EG_LOAD_ONE, err);
    if (st == EG_OK) {
        *out = gs[0];
        free(gs);
    }
    return st;
}

/* The end of the JSON value that opens at text[i] ('{'): one past its closing brace, or 0
 * when it does not close. Strings (and their escapes) are skipped. */
static size_t json_value_end(const char *text, size_t len, size_t i)
{
    size_t depth = 0;
    bool in_str = false;
    for (; i < len; i++) {
        char c = text[i];
        if (in_str) {
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                in_str = false;
            }
        } else if (c == '"') {
            in_str = true;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return 0;
}

static size_t skip_space(const char *text, size_t len, size_t i)
{
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) {
        i++;
    }
    return i;
}

/* GraphML on standard input: igraph reads files, so it goes through a temporary file. */
static eg_status load_graphml_text(eg_graph **out, const char *text, size_t len, eg_error *err)
{
    const char *dir = getenv("TMPDIR");
    eg_buf name = {0};
    if (!eg_buf_printf(&name, "%s/entgraph-stdin-XXXXXX", dir && *dir ? dir : "/tmp")) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    int fd = mkstemp(name.data);
    if (fd < 0) {
        eg_status st = eg_error_set(err, EG_ERR_IO, "standard input: temporary file %s: %s",
                                    name.data, strerror(errno));
        eg_buf_fini(&name);
        return st;
    }
    size_t put = 0;
    while (put < len) {
        ssize_t w = write(fd, text + put, len - put);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            break;
        }
        put += (size_t)w;
    }
    eg_status st = close(fd) == 0 && put == len
                       ? eg_graph_load_graphml_file(out, name.data, err)
                       : eg_error_set(err, EG_ERR_IO, "standard input: temporary file %s: %s",
                                      name.data, strerror(errno ? errno : EIO));
    unlink(name.data);
    eg_buf_fini(&name);
    return st;
}

/* Does the file hold more than one JSON value (the first one closes before the end)? */
static bool several_json(const char *path)
{
    char *text = NULL;
    size_t len = 0;
    eg_error e = {0};
    if (eg_read_file(path, 0, &text, &len, &e) != EG_OK) {
        return false;
    }
    size_t i = skip_space(text, len, 0);
    size_t end = i < len && text[i] == '{' ? json_value_end(text, len, i) : 0;
    bool more = end > 0 && skip_space(text, len, end) < len;
    free(text);
    return more;
}

/* Each of the n graphs loaded from `name` learns its source (in its arena), for the messages
 * of merge: the file, with the graph's place when the file holds several. */
static eg_status name_sources(eg_graph **gs, size_t n, const char *name, eg_error *err)
{
    eg_buf b = {0};
    bool ok = true;
    for (size_t k = 0; ok && k < n; k++) {
        eg_buf_reset(&b);
        ok = (n == 1 ? eg_buf_puts(&b, name) : eg_buf_printf(&b, "%s (graph %zu)", name, k + 1)) &&
             (gs[k]->source = eg_graph_strdup(gs[k], b.data)) != NULL;
    }
    eg_buf_fini(&b);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

eg_status eg_graph_load_many(eg_graph ***out, size_t *nout, const char *path, unsigned flags,
                             eg_error *err)
{
    *out = NULL;
    *nout = 0;
    bool one = flags & EG_LOAD_ONE;
    flags &= ~(EG_LOAD_ONE | EG_LOAD_MAPPED);
    bool std_in = strcmp(path, "-") == 0;
    const char *name = std_in ? "standard input" : path;
    eg_graph **gs = calloc(1, sizeof *gs);
    if (!gs) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = EG_OK;
    if (!std_in) {
        /* a file: read in place when it holds one graph (the common case) */
        st = load_any(&gs[0], path, flags, err);
        if (st == EG_OK && (st = check_edges(gs[0], path, err)) == EG_OK &&
            (st = name_sources(gs, 1, name, err)) == EG_OK) {
            *out = gs;
            *nout = 1;
            return EG_OK;
        }
        eg_graph_destroy(gs[0]);
        gs[0] = NULL;
        /* several JSON graphs back to back (`hadoop fs -getmerge`): read again in pieces */
        if (one || first_char(path) != '{' || !several_json(path)) {
            free(gs);
            return st;
        }
        eg_error_clear(err);
    }
    char *text = NULL;
    size_t len = 0;
    st = eg_read_file(std_in ? "/dev/stdin" : path, 0, &text, &len, err);
    if (st != EG_OK) {
        free(gs);
        return st;
    }
    size_t i = skip_space(text, len, 0), n = 0, cap = 1;
    if (i < len && text[i] == '<') {
        st = load_graphml_text(&gs[0], text, len, err);
        n = st == EG_OK;
        i = len;
    } else if (i >= len || text[i] != '{') {
        st = eg_error_set(err, EG_ERR_PARSE, "%s: not a graph file (expected JSON or GraphML)",
                          name);
    }
    /* one JSON graph after another; whatever does not close goes to the parser, which says
     * what is wrong with it */
    while (st == EG_OK && i < len) {
        size_t end = text[i] == '{' ? json_value_end(text, len, i) : 0;
        size_t next = end > 0 ? skip_space(text, len, end) : len;
        if (one && next < len && text[next] == '{') {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: several graphs (merge them first)", name);
            break;
        }
        if (end == 0 || one) {
            end = len;
        }
        char *piece = malloc(end - i + 1);
        if (!piece || !EG_GROW(gs, cap, n + 1)) {
            free(piece);
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
        memcpy(piece, text + i, end - i);
        piece[end - i] = '\0';
        st = eg_graph_load_json_text(&gs[n], name, piece, end - i, flags, err);
        if (st == EG_OK && (st = check_edges(gs[n], name, err)) != EG_OK) {
            eg_graph_destroy(gs[n]);
        }
        n += st == EG_OK;
        i = skip_space(text, len, end);
    }
    free(text);
    if (st == EG_OK) {
        st = name_sources(gs, n, name, err);
    }
    if (st != EG_OK) {
        for (size_t k = 0; k < n; k++) {
            eg_graph_destroy(gs[k]);
        }
        free(gs);
        return st;
    }
    *out = gs;
    *nout = n;
    return EG_OK;
}

static eg_status load_any(eg_graph **out, const char *path, unsigned flags, eg_error *err)
{
    *out = NULL; /* a file: eg_graph_load_many reads standard input itself */
    if (first_char(path) == '<') {
        return eg_graph_load_graphml_file(out, path, err); /* igraph reads the file itself */
    }
    size_t len = 0;
    flags &= ~EG_LOAD_MAPPED;
    char *text = read_private(path, &len);
    if (text) {
        flags |= EG_LOAD_MAPPED;
    } else {
        eg_status rs = eg_read_file(path, 0, &text, &len, err);
        if (rs != EG_OK) {
            return rs;
        }
    }
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) {
        i++;
    }
    if (i < len && text[i] == '{') {
        /* takes the buffer */
        return eg_graph_load_json_text(out, path, text, len, flags, err);
    }
    if (flags & EG_LOAD_MAPPED) {
        munmap(text, len);
    } else {
        free(text);
    }
    return eg_error_set(err, EG_ERR_PARSE, "%s: not a graph file (expected JSON or GraphML)",
                        path);
}
