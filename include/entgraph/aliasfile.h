/*
 * entgraph/aliasfile.h - the user's alias file: entities to merge under a chosen label and
 * type, and pairs of names that must stay distinct (README: "Alias files").
 *
 *   {
 *     "entities": [
 *       {"label": "Mohamed Bazoum", "type": "PERSON", "aliases": ["Bazoum", "Bazuma"]}
 *     ],
 *     "distinct": [["John Smith", "John Smyth"]]
 *   }
 *
 * Give a loaded file to a build through eg_build_options.aliases (entgraph/entgraph.h).
 * Ownership: the caller frees it with eg_aliasfile_destroy() after the builds that use it.
 * A loaded file is read-only: several builds may share it, on any threads.
 */
#ifndef ENTGRAPH_ALIASFILE_H
#define ENTGRAPH_ALIASFILE_H

#include "entgraph/error.h"
#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct eg_aliasfile eg_aliasfile;

/** Parse and validate `path`. Errors: EG_ERR_IO, EG_ERR_PARSE naming the file and the place
 *  ("line 3, column 7" for JSON syntax, "entities[2].type" for content), EG_ERR_NOMEM; *out
 *  is NULL then. O(size of the file). */
EG_API eg_status eg_aliasfile_load(eg_aliasfile **out, const char *path, eg_error *err);
/** Free it; NULL is fine. */
EG_API void eg_aliasfile_destroy(eg_aliasfile *a);

#ifdef __cplusplus
}
#endif
#endif
