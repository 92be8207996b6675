/*
 * render.h (internal) - drawing a graph with Graphviz's layout engines (gvc): the public
 * entgraph/render.h.
 */
#ifndef EG_RENDER_H
#define EG_RENDER_H

#include "entgraph/render.h"
#include "graph.h"

#endif
