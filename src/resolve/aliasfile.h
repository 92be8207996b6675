/*
 * aliasfile.h - the user's alias file: entities to merge under a chosen label and type, and
 * pairs of names that must stay distinct.
 *
 *   {
 *     "entities": [
 *       {"label": "Mohamed Bazoum", "type": "PERSON", "aliases": ["Bazoum", "Bazuma"]}
 *     ],
 *     "distinct": [["John Smith", "John Smyth"]]
 *   }
 *
 * Ownership: eg_aliasfile owns every string; eg_aliasfile_destroy() frees it (NULL is fine).
 */
#ifndef EG_ALIASFILE_H
#define EG_ALIASFILE_H

#include <stddef.h>

#include "entgraph/aliasfile.h"
#include "entgraph/graph.h"

typedef struct eg_user_entity {
    char *label;
    eg_etype type;
    char **aliases;
    size_t naliases;
} eg_user_entity;

typedef struct eg_aliasfile {
    eg_user_entity *entities;
    size_t nentities;
    char *(*distinct)[2];
    size_t ndistinct;
} eg_aliasfile;

/* eg_aliasfile_load() and eg_aliasfile_destroy(): entgraph/aliasfile.h */

#endif
