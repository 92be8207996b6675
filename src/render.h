/*
 * render.h - drawing a graph with Graphviz's layout engines (gvc): SVG, PNG or PDF.
 */
#ifndef EG_RENDER_H
#define EG_RENDER_H

#include "graph.h"

/** Output format from a file name (svg, png, pdf), or NULL when not a picture. */
const char *eg_render_format_from_path(const char *path);

/**
 * Lay out `g` with `layout` (NULL: neato up to 150 nodes, sfdp above) and write it to `path`
 * in `format` ("svg", "png", "pdf"), atomically.
 */
eg_status eg_render(const eg_graph *g, const char *path, const char *format, const char *layout,
                    eg_error *err);

/**
 * As eg_render, but the layout runs in a child process that is stopped after `timeout_s`
 * seconds (0: no limit), so a huge graph can never hang the caller. The output file is only
 * renamed into place when the drawing is complete. `ego` (a node id, or NULL) is drawn bold
 * with a double outline.
 */
eg_status eg_render_limited(const eg_graph *g, const char *path, const char *format,
                            const char *layout, const char *ego, unsigned timeout_s,
                            eg_error *err);

#endif
