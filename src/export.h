/*
 * export.h - writing a graph as JSON (cJSON), GraphML (igraph), DOT (cgraph) and CSV.
 *
 * Every writer is deterministic: nodes in id order, edges in (source, target) order, fixed
 * attribute order. The public eg_graph_save() (entgraph/graph.h) picks the writer and wraps it
 * in an atomic eg_outfile.
 */
#ifndef EG_EXPORT_H
#define EG_EXPORT_H

#include <stdio.h>

#include "graph.h"

eg_status eg_export_json(const eg_graph *g, FILE *out, eg_error *err);
eg_status eg_export_graphml(const eg_graph *g, FILE *out, eg_error *err);
eg_status eg_export_dot(const eg_graph *g, FILE *out, eg_error *err);
/* CSV writes two files: `<base>.nodes.csv` and `<base>.edges.csv` (see README). */
eg_status eg_export_csv(const eg_graph *g, FILE *nodes, FILE *edges, eg_error *err);

/** The JSON document as a cJSON tree (caller deletes with cJSON_Delete); NULL when out of
 *  memory. Declared with void* so cJSON stays inside export.c. */
void *eg_export_json_tree(const eg_graph *g);

/** Install igraph's attribute handler and error handler once (thread-safe). */
void eg_igraph_init(void);
/** The first reason igraph gave for an error on this thread since eg_igraph_reason_clear()
 * ("" when none): igraph's own words, for messages that would otherwise say only "failed". */
const char *eg_igraph_reason(void);
void eg_igraph_reason_clear(void);

/* DOT style shared with render: fill colour, shape and legend name of a type. */
const char *eg_style_color(eg_etype t);
const char *eg_style_shape(eg_etype t);

#endif
