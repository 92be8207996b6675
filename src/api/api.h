/*
 * api.h (internal) - what the public entry points share: the public build options turned
 * into the builder's and the pipeline's.
 */
#ifndef EG_API_INTERNAL_H
#define EG_API_INTERNAL_H

#include "entgraph/entgraph.h"
#include "graph.h"
#include "pipeline.h"

/** The builder's and the pipeline's options for the public `o` (borrowing its pointers). */
void eg_api_opts(const eg_build_options *o, eg_build_opts *bo, eg_pipeline_opts *po);

#endif
