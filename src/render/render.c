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
#include <stdbool.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
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

/* ---- the child process -------------------------------------------------------------------
 * Graphviz draws in a child process: a layout that runs too long is killed there, and
 * Graphviz's own failure paths (gvwrite calls exit(1) when a write fails: a full disk) end the
 * child, not entgraph. The child reports through a pipe one line that the parent puts in its
 * message; Graphviz's error text is collected instead of printed. */

static int report_fd = -1;        /* the child's end of the pipe */
static FILE *child_out;           /* the stream the child draws into */
static char gv_error[256];        /* Graphviz's last error line */
static bool reported;

static int collect_gv_error(char *msg)
{
    if (msg) {
        snprintf(gv_error, sizeof gv_error, "%s", msg);
        size_t n = strlen(gv_error);
        while (n && (gv_error[n - 1] == '\n' || gv_error[n - 1] == ' ')) {
            gv_error[--n] = '\0';
        }
    }
    return 0;
}

static void report(const char *msg)
{
    if (report_fd >= 0 && !reported && msg && *msg) {
        size_t n = strlen(msg);
        ssize_t w = write(report_fd, msg, n > 400 ? 400 : n);
        (void)w;
        reported = true;
    }
}

/* The child leaves with _exit(), which skips the counters of a coverage build
 * (-Db_coverage=true defines EG_COVERAGE): write them first. */
#ifdef EG_COVERAGE
void __gcov_dump(void);
#define child_exit(code) (__gcov_dump(), _exit(code))
#else
#define child_exit(code) _exit(code)
#endif

/* Graphviz called exit(): say why, from the stream's error or Graphviz's message, and leave
 * with _exit() as the child's other ends do, before the sanitizers' exit handlers (a
 * LeakSanitizer report of Graphviz's and fontconfig's allocations followed the one-line
 * error of `render -o /dev/full`). */
static void child_at_exit(void)
{
    int e = errno;
    if (child_out && ferror(child_out) && e) {
        report(strerror(e));
    } else if (gv_error[0]) {
        char line[300];
        snprintf(line, sizeof line, "Graphviz: %s", gv_error);
        report(line);
    } else if (e == ENOSPC || e == EFBIG || e == EDQUOT || e == EIO) {
        report(strerror(e));
    }
    child_exit(3);
}

/* Right after fork, in the child: die with entgraph (SIGKILL when the parent exits), so a
 * SIGTERM to entgraph does not leave Graphviz laying out (for minutes with --timeout 0). The
 * parent may have gone before prctl: then the child is another's and ends at once. */
static void die_with_parent(pid_t parent)
{
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    if (getppid() != parent) {
        child_exit(3);
    }
}

static void child_draw(const eg_graph *g, FILE *fp, const char *path, const char *format,
                       const char *layout, const char *ego, int fd)
{
    report_fd = fd;
    child_out = fp;
    agseterrf(collect_gv_error);
    atexit(child_at_exit);
    eg_error cerr = {0};
    errno = 0;
    eg_status cs = render_fp(g, fp, path, format, layout, ego, &cerr);
    if (cs == EG_OK && (fflush(fp) != 0 || ferror(fp))) {
        report(strerror(errno ? errno : EIO));
        child_exit(3);
    }
    if (cs != EG_OK) {
        /* the message names the path: send what follows it */
        size_t n = strlen(path);
        const char *m = cerr.msg;
        if (strncmp(m, path, n) == 0 && strncmp(m + n, ": ", 2) == 0) {
            m += n + 2;
        }
        report(m);
        child_exit(3);
    }
    child_exit(0);
}

eg_status eg_render(const eg_graph *g, const char *path, const char *format, const char *layout,
                    eg_error *err)
{
    return eg_render_limited(g, path, format, layout, NULL, 0, err);
}

eg_status eg_render_limited(const eg_graph *g, const char *path, const char *format,
                            const char *layout, const char *ego, unsigned timeout_s,
                            eg_error *err)
{
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st != EG_OK) {
        return st;
    }
    int pfd[2];
    if (pipe(pfd) != 0) {
        int e = errno;
        eg_outfile_abort(&of);
        return eg_error_set(err, EG_ERR_IO, "cannot start the renderer: %s", strerror(e));
    }
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(pfd[0]);
        close(pfd[1]);
        eg_outfile_abort(&of);
        return eg_error_set(err, EG_ERR_IO, "cannot start the renderer: %s", strerror(e));
    }
    if (pid == 0) {
        die_with_parent(parent);
        close(pfd[0]);
        child_draw(g, of.fp, path, format, layout, ego, pfd[1]);
    }
    close(pfd[1]);
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
            close(pfd[0]);
            eg_outfile_abort(&of);
            return eg_error_set(err, EG_ERR_LIMIT,
                                "%s: rendering took longer than %u s and was stopped; draw fewer "
                                "entities",
                                path, timeout_s);
        }
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    char msg[512];
    size_t got = 0;
    for (ssize_t n; got < sizeof msg - 1 && (n = read(pfd[0], msg + got, sizeof msg - 1 - got)) != 0;) {
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            break;
        }
        got += (size_t)n;
    }
    msg[got] = '\0';
    close(pfd[0]);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        eg_outfile_abort(&of);
        if (got) {
            return eg_error_set(err, EG_ERR_IO, "%s: %s", path, msg);
        }
        return eg_error_set(err, EG_ERR_INVALID, "%s: rendering failed", path);
    }
    /* the child wrote through its copy of the stream; ours holds nothing unflushed */
    return eg_outfile_commit(&of, err);
}
