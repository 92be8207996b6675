/*
 * render.c - the styled DOT of export.c, laid out and drawn by gvc. The DOT text is produced
 * in memory and parsed back with agmemread so the picture and `entgraph build -o x.dot` are the
 * same drawing.
 */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <graphviz/gvc.h>

#include "export.h"
#include "outfile.h"

const char *eg_render_format_from_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot) {
        return NULL;
    }
    if (strcasecmp(dot, ".svg") == 0) {
        return "svg";
    }
    if (strcasecmp(dot, ".png") == 0) {
        return "png";
    }
    if (strcasecmp(dot, ".pdf") == 0) {
        return "pdf";
    }
    if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0) {
        return "html"; /* the interactive view, laid out by Graphviz */
    }
    return NULL;
}

/* The interactive view of a laid-out graph: node positions from Graphviz. */
static eg_status write_html(const eg_graph *g, Agraph_t *dg, FILE *fp, const char *ego,
                            eg_error *err)
{
    double *xy = calloc(2 * (g->nnodes ? g->nnodes : 1), sizeof *xy);
    if (!xy) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        Agnode_t *n = agnode(dg, g->nodes[i].id, 0);
        if (n) {
            xy[2 * i] = ND_coord(n).x;
            xy[2 * i + 1] = ND_coord(n).y;
        }
    }
    eg_status st = eg_export_html(g, xy, ego, NULL, fp, err);
    free(xy);
    return st;
}

/* Lay out and draw to an open stream. */
static eg_status render_fp(const eg_graph *g, FILE *fp, const char *path, const char *format,
                           const char *layout, const char *ego, eg_error *err)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = eg_export_dot_styled(g, mem, &(eg_dot_style){.legend = true, .ego = ego}, err);
    fclose(mem);
    if (st != EG_OK) {
        free(text);
        return st;
    }
    Agraph_t *dg = agmemread(text);
    free(text);
    if (!dg) {
        return eg_error_set(err, EG_ERR_PARSE, "could not parse the generated DOT");
    }
    GVC_t *gvc = gvContext();
    if (!gvc) {
        agclose(dg);
        return eg_error_set(err, EG_ERR_NOMEM, "could not start Graphviz");
    }
    const char *engine = layout ? layout : agget(dg, (char *)"layout");
    if (!engine || !*engine) {
        engine = "neato";
    }
    if (gvLayout(gvc, dg, engine) != 0) {
        agclose(dg);
        gvFreeContext(gvc);
        return eg_error_set(err, EG_ERR_INVALID, "layout '%s' failed (is it a Graphviz engine?)",
                            engine);
    }
    if (strcmp(format, "html") == 0) {
        st = write_html(g, dg, fp, ego, err);
    } else if (gvRender(gvc, dg, format, fp) != 0) {
        st = eg_error_set(err, EG_ERR_INVALID, "%s: Graphviz cannot write %s", path, format);
    }
    gvFreeLayout(gvc, dg);
    agclose(dg);
    gvFreeContext(gvc);
    return st;
}

eg_status eg_render(const eg_graph *g, const char *path, const char *format, const char *layout,
                    eg_error *err)
{
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st != EG_OK) {
        return st;
    }
    st = render_fp(g, of.fp, path, format, layout, NULL, err);
    if (st != EG_OK) {
        eg_outfile_abort(&of);
        return st;
    }
    return eg_outfile_commit(&of, err);
}

eg_status eg_render_limited(const eg_graph *g, const char *path, const char *format,
                            const char *layout, const char *ego, unsigned timeout_s,
                            eg_error *err)
{
    if (timeout_s == 0 && !ego) {
        return eg_render(g, path, format, layout, err);
    }
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st != EG_OK) {
        return st;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        eg_outfile_abort(&of);
        return eg_error_set(err, EG_ERR_IO, "cannot start the renderer: %s", strerror(errno));
    }
    if (pid == 0) {
        /* child: draw, flush, and report through the exit status only */
        eg_error cerr = {0};
        eg_status cs = render_fp(g, of.fp, path, format, layout, ego, &cerr);
        if (cs == EG_OK && (fflush(of.fp) != 0 || ferror(of.fp))) {
            cs = EG_ERR_IO;
        }
        if (cs != EG_OK && cerr.msg[0]) {
            fprintf(stderr, "entgraph: %s\n", cerr.msg);
        }
        _exit(cs == EG_OK ? 0 : 3);
    }
    int status = 0;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) {
            break;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (r < 0 || (timeout_s && now.tv_sec - start.tv_sec >= (time_t)timeout_s)) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            eg_outfile_abort(&of);
            return eg_error_set(err, EG_ERR_INVALID,
                                "%s: rendering took longer than %u s and was stopped; draw fewer "
                                "entities (--max-nodes, --min-weight, --ego)",
                                path, timeout_s);
        }
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        eg_outfile_abort(&of);
        return eg_error_set(err, EG_ERR_INVALID, "%s: rendering failed", path);
    }
    /* the child wrote through its copy of the stream; ours holds nothing unflushed */
    return eg_outfile_commit(&of, err);
}
