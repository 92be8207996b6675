/*
 * entgraph/render.h - drawing a graph with Graphviz's layout engines: SVG, PNG, PDF, or one
 * self-contained interactive HTML page.
 *
 * The layout runs in a child process (fork), so Graphviz's own exits and a layout that runs
 * too long end that child, never the caller; the output file is renamed into place only when
 * the drawing is complete (entgraph/outfile.h). Time: the layout engine's (neato is about
 * quadratic in nodes; sfdp near linear).
 */
#ifndef ENTGRAPH_RENDER_H
#define ENTGRAPH_RENDER_H

#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Picture format from a file name: "svg", "png", "pdf" or "html", or NULL when not a
 *  picture. The string is static. */
EG_API const char *eg_render_format_from_path(const char *path);

/** Lay out `g` with `layout` (a Graphviz engine; NULL: neato up to 150 nodes, sfdp above) and
 *  write it to `path` in `format`. Errors: EG_ERR_IO (writing), EG_ERR_INVALID (unknown
 *  engine or format, Graphviz's own error in its words). */
EG_API eg_status eg_render(const eg_graph *g, const char *path, const char *format,
                           const char *layout, eg_error *err);

/** As eg_render(), but the layout is stopped after `timeout_s` seconds (0: no limit) with an
 *  error, and `ego` (a node id, or NULL) is drawn bold with a double outline. */
EG_API eg_status eg_render_limited(const eg_graph *g, const char *path, const char *format,
                                   const char *layout, const char *ego, unsigned timeout_s,
                                   eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
