/*
 * filter.h (internal) - pruning a graph in place (build filters, render caps): the public
 * entgraph/filter.h.
 */
#ifndef EG_FILTER_H
#define EG_FILTER_H

#include "entgraph/filter.h"
#include "graph.h"

#endif
