/*
 * export.h - writing a graph as JSON (cJSON), GraphML (igraph), DOT (cgraph) and CSV.
 *
 * Every writer is deterministic: nodes in id order, edges in (source, target) order, fixed
 * attribute order. The public eg_graph_save() (entgraph/graph.h) picks the writer and wraps it
 * in an atomic eg_outfile.
 */
#ifndef EG_EXPORT_H
#define EG_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "graph.h"

eg_status eg_export_json(const eg_graph *g, FILE *out, eg_error *err);
eg_status eg_export_graphml(const eg_graph *g, FILE *out, eg_error *err);
/* DOT as data (`build -o x.dot`): styled, without the legend. */
eg_status eg_export_dot(const eg_graph *g, FILE *out, eg_error *err);
/* What a picture adds to the DOT. */
typedef struct eg_dot_style {
    bool legend;         /* the legend node (pictures only) */
    const char *ego;     /* node id drawn bold with a double outline, or NULL */
} eg_dot_style;
eg_status eg_export_dot_styled(const eg_graph *g, FILE *out, const eg_dot_style *style,
                               eg_error *err);
/* Write s as XML text or attribute content (& < > " escaped, tab and newline as character
 * references, other C0 controls as U+FFFD). */
void eg_xml_escape(FILE *out, const char *s);
/* GEXF 1.2 (Gephi): node and edge time spans from the first and last dates seen. */
eg_status eg_export_gexf(const eg_graph *g, FILE *out, eg_error *err);
/* The interactive view: one self-contained HTML page (data/view.html) showing `g` at the
 * layout positions xy (x0, y0, x1, y1, ... in points, one pair per node); `select` (a node id
 * or NULL) is selected when the page opens; `note` is shown under the legend (or NULL). */
eg_status eg_export_html(const eg_graph *g, const double *xy, const char *select,
                         const char *note, FILE *out, eg_error *err);
/* Cytoscape.js / Cytoscape desktop JSON ({"elements": {"nodes": [{"data": ...}], ...}}). */
eg_status eg_export_cyjs(const eg_graph *g, FILE *out, eg_error *err);
/* CSV writes two files: `<base>.nodes.csv` and `<base>.edges.csv` (see README). */
eg_status eg_export_csv(const eg_graph *g, FILE *nodes, FILE *edges, eg_error *err);

/** The JSON document as a cJSON tree (caller deletes with cJSON_Delete); NULL when out of
 *  memory. Declared with void* so cJSON stays inside export.c. eg_export_json writes the same
 *  text without holding the tree. */
void *eg_export_json_tree(const eg_graph *g);

/** The document table as a cJSON array of {"id", "title", "date", "url"} (absent fields
 *  left out); NULL when out of memory. */
void *eg_export_doctab(const eg_graph *g);

/** Print a cJSON tree (void* as above) with a final newline and delete it; NULL: out of
 *  memory, reported as writing `what`. */
eg_status eg_json_write(void *tree, FILE *out, const char *what, eg_error *err);

/** The one entry to igraph (export, GraphML loading and queries alike): sets igraph up once
 *  (thread-safe: the attribute table, an error handler that records the reason instead of
 *  aborting, warnings ignored), then holds it for the calling thread. Every use of igraph goes
 *  between eg_igraph_lock() and eg_igraph_unlock(), since igraph keeps its state in globals. */
void eg_igraph_lock(void);
void eg_igraph_unlock(void);
struct igraph_s;
/** The undirected igraph of g: vertex i is node i, edge i is edge i. The caller holds
 *  eg_igraph_lock() and frees it with igraph_destroy(). EG_ERR_NOMEM: nothing to free. */
eg_status eg_igraph_from_graph(struct igraph_s *ig, const eg_graph *g, eg_error *err);
/** The first reason igraph gave for an error on this thread since eg_igraph_reason_clear()
 * ("" when none): igraph's own words, for messages that would otherwise say only "failed". */
const char *eg_igraph_reason(void);
void eg_igraph_reason_clear(void);

/* DOT style shared with render: fill colour, shape and legend name of a type. */
const char *eg_style_color(eg_etype t);
const char *eg_style_shape(eg_etype t);

#endif
