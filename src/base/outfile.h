/*
 * outfile.h (internal) - atomic output files: the public entgraph/outfile.h.
 */
#ifndef EG_OUTFILE_H
#define EG_OUTFILE_H

#include "entgraph/outfile.h"

#endif
