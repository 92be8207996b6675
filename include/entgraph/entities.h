/*
 * entgraph/entities.h - every mention of a set of articles with the entity it was resolved to
 * (after cross-article resolution), and on request the rule that resolved it: what
 * `entgraph entities` lists.
 *
 *     eg_build_options o;
 *     eg_build_options_init(&o);
 *     o.types = EG_TYPES_ALL;
 *     eg_entities *es = NULL;
 *     if (eg_entities_create(&es, inputs, 1, &o, 1, &err) == EG_OK) {
 *         for (size_t i = 0; i < eg_entities_count(es); i++) {
 *             const eg_entity_mention *m = eg_entities_mention(es, i);
 *             printf("%s %u %s -> %s (%s)\n", m->doc, m->start, m->surface, m->label, m->rule);
 *         }
 *     }
 *     eg_entities_destroy(es);
 *
 * Ownership: an eg_entities owns every string of its mentions; free it with
 * eg_entities_destroy() (NULL is fine). It is read-only once made: any number of threads may
 * read it.
 */
#ifndef ENTGRAPH_ENTITIES_H
#define ENTGRAPH_ENTITIES_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "entgraph/entgraph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One mention. The strings are never NULL. */
typedef struct eg_entity_mention {
    const char *doc;      /* article id */
    uint32_t start, end;  /* byte span in the text as read */
    eg_etype type;        /* the entity's type after resolution */
    const char *surface;  /* the words as written */
    const char *entity;   /* node id in the graph, "" when its type was not kept */
    const char *label;    /* the node's label, or the surface when not in the graph */
    /* with `explain` only ("" otherwise): */
    const char *rule;     /* the rule that resolved it: "exact", "list", "acronym", ... or the
                             cross-article rule that merged it */
    const char *found_by; /* how the mention was found: "model", a list, a pattern ("" when
                             unknown) */
    const char *evidence; /* why the rule applies ("" when it needs no evidence) */
    const char *scripts;  /* look-alike letters of another alphabet ("Latin+Cyrillic"), or "" */
} eg_entity_mention;

typedef struct eg_entities eg_entities;

/**
 * Read, recognize and resolve `inputs` as eg_build() does with `o`, and keep every mention in
 * input order (article, then position). `explain` (non-zero) fills the rule fields.
 *
 * Errors: as eg_build(). O(total text), with memory for every mention.
 */
EG_API eg_status eg_entities_create(eg_entities **out, const char *const *inputs,
                                    size_t ninputs, const eg_build_options *o, int explain,
                                    eg_error *err);
EG_API void eg_entities_destroy(eg_entities *es);
EG_API size_t eg_entities_count(const eg_entities *es);
/** Mention `i`, or NULL when out of range. O(1). */
EG_API const eg_entity_mention *eg_entities_mention(const eg_entities *es, size_t i);
/**
 * Write every mention to `out` as the JSON array of `entgraph entities --json` (doc, start,
 * end, type, surface, entity, label, and with `explain` non-zero rule, found_by, evidence,
 * scripts), pretty-printed, then a newline.
 *
 * Errors: EG_ERR_INVALID (NULL argument), EG_ERR_NOMEM (nothing written). A write error is
 * left in ferror(out). O(mentions).
 */
EG_API eg_status eg_entities_write_json(FILE *out, const eg_entities *es, int explain,
                                        eg_error *err);

#ifdef __cplusplus
}
#endif
#endif
