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

/* "-": the graph on standard input, JSON or GraphML, read whole first (a pipe cannot be
 * peeked at and read again). */
static eg_status load_stdin(eg_graph **out, unsigned flags, eg_error *err)
{
    const char *name = "standard input";
    char *text = NULL;
    size_t len = 0;
    eg_status st = eg_read_file("/dev/stdin", 0, &text, &len, err);
    if (st != EG_OK) {
        return st;
    }
    size_t i = strspn(text, " \t\r\n");
    if (i < len && text[i] == '{') {
        return eg_graph_load_json_text(out, name, text, len, flags & ~EG_LOAD_MAPPED, err);
    }
    if (i < len && text[i] == '<') {
        FILE *fp = fmemopen(text, len, "r");
        st = fp ? eg_graph_load_graphml_stream(out, fp, name, err)
                : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        if (fp) {
            fclose(fp);
        }
        free(text);
        return st;
    }
    free(text);
    return eg_error_set(err, EG_ERR_PARSE, "%s: not a graph (expected JSON or GraphML)", name);
}

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
    eg_status st = load_any(out, path, flags, err);
    if (st == EG_OK && (st = check_edges(*out, path, err)) != EG_OK) {
        eg_graph_destroy(*out);
        *out = NULL;
    }
    return st;
}

static eg_status load_any(eg_graph **out, const char *path, unsigned flags, eg_error *err)
{
    *out = NULL;
    if (strcmp(path, "-") == 0) {
        return load_stdin(out, flags, err);
    }
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
