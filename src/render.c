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
    return NULL;
}

eg_status eg_render(const eg_graph *g, const char *path, const char *format, const char *layout,
                    eg_error *err)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_status st = eg_export_dot(g, mem, err);
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
    eg_outfile of;
    st = eg_outfile_open(&of, path, err);
    if (st == EG_OK) {
        if (gvRender(gvc, dg, format, of.fp) != 0) {
            eg_outfile_abort(&of);
            st = eg_error_set(err, EG_ERR_INVALID, "%s: Graphviz cannot write %s", path, format);
        } else {
            st = eg_outfile_commit(&of, err);
        }
    }
    gvFreeLayout(gvc, dg);
    agclose(dg);
    gvFreeContext(gvc);
    return st;
}
