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
 *             printf("%s %u %s -> %s (%s)\n", m->doc, m->start, m->surface, m->label,
 *                    eg_rule_name(m->rule));
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

/* The rule that resolved a mention within its article, or that merged its entity with another
 * across articles. eg_rule_name() gives the words `entgraph entities --explain` prints. */
typedef enum eg_rule {
    EG_RULE_NONE = 0,             /* "": not asked for (no `explain`) */
    /* within one article */
    EG_RULE_EXACT,                /* "exact": the name as written */
    EG_RULE_LIST,                 /* "list": a gazetteer entry's canonical name */
    EG_RULE_COUNTRY_LIST,         /* "country list" */
    EG_RULE_DEMONYM,              /* "demonym": "Russian" -> Russia */
    EG_RULE_SPORTS_TEAM,          /* "sports team": "Australia" in a match report */
    EG_RULE_ACRONYM,              /* "acronym": defined or matched in the article */
    EG_RULE_STATED_ALIAS,         /* "stated alias": "X, formerly known as Twitter" */
    EG_RULE_GENERIC_WORD,         /* "generic word": "the Commission" */
    EG_RULE_PARTIAL_NAME,         /* "partial name": "Blair" after "Tony Blair" */
    EG_RULE_PARTIAL_NAME_RELATIVE, /* "partial name (the relative excluded)" */
    EG_RULE_AMBIGUOUS_PARTIAL,    /* "ambiguous partial name": several full names match */
    EG_RULE_MISSPELLING,          /* "misspelling" (also across articles) */
    /* across articles */
    EG_RULE_SURNAME,              /* "surname": the only full name with that surname */
    EG_RULE_SURNAME_DOMINANT,     /* "surname (its dominant holder)" */
    EG_RULE_ALIAS_FILE,           /* "alias file": the user's alias file */
    EG_RULE_ACRONYM_ELSEWHERE,    /* "acronym (defined in another article)" */
    EG_RULE_STATED_ALIAS_ELSEWHERE, /* "stated alias (in another article)" */
    /* within one article (added later) */
    EG_RULE_US_STATE,             /* "U.S. state": "Georgia" in a report on Atlanta */
    /* across articles (added later) */
    EG_RULE_FIRM_NAME,            /* "firm of that name": a "person" Baker Hughes where
                                   * another article names Baker Hughes Inc */
    /* within one article (added later) */
    EG_RULE_PARTIAL_NAME_FIRST,   /* "partial name (the one named before it)": "Biden" after
                                   * "Joe Biden" and before "Hunter Biden" */
    EG_RULE_PERSON_INITIALS,      /* "initials of a name": "MBS" for "Mohammed bin Salman",
                                   * "AMLO", "JFK" in the article that names them */
    /* across articles (added later) */
    EG_RULE_PARTIAL_ELSEWHERE,    /* "partial name (so used in another article)": "Lula"
                                   * alone, where another article calls Luiz Inacio Lula da
                                   * Silva so */
    EG_RULE_SHORTENED_NAME,       /* "name without its middle names": "Bola Tinubu" for Bola
                                   * Ahmed Tinubu, named so in another article */
    EG_RULE_SECOND_SURNAME,       /* "name without its second surname": "Luis Arce" for Luis
                                   * Arce Catacora, named so in another article */
    EG_RULE_SHORT_GIVEN_NAME,     /* "short form of the given name": "Chris Gent" for
                                   * Christopher Gent, named so in another article */
    EG_RULE_FAMILY_NAME_LAST,     /* "family name written last": "Zhenhua Liu" for Liu
                                   * Zhenhua, named so in another article */
    EG_RULE_FIRM_SHORT_NAME,      /* "short name of a firm": "SoftBank" alone, where another
                                   * article names SoftBank Group Corp. */
    /* within one article (added later) */
    EG_RULE_PARTIAL_NAME_SUBJECT, /* "partial name (the story's subject)": "Haemin" after the
                                   * story opens with Haemin Heavy Industries Co Ltd, beside
                                   * its unit Haemin Offshore */
    /* across articles (added later) */
    EG_RULE_STATE_BODY_ELSEWHERE, /* "state's body (its one country in other articles)": "the
                                   * Finance Ministry" of an article that names no country,
                                   * where the others key it with Japan's alone */
    EG_RULE_TRANSLATED_NAME       /* "name in another language (across articles)": "Alliance
                                   * des Etats du Sahel" in one article, "Alliance of Sahel
                                   * States" in another */
} eg_rule;

/* How a mention was found. eg_found_by_name() gives the words `entities --explain` prints. */
typedef enum eg_found_by {
    EG_FOUND_UNKNOWN = 0,  /* "": not asked for (no `explain`), or unknown */
    EG_FOUND_MODEL,        /* "model": the statistical recognizer */
    EG_FOUND_GAZETTEER,    /* "gazetteer": a closed list */
    EG_FOUND_TITLE,        /* "title": a title cue ("President X") */
    EG_FOUND_RULE,         /* "rule": the rule recognizer (no model) */
    EG_FOUND_SURNAME,      /* "surname": a lone surname of a person named before */
    EG_FOUND_CLUB,         /* "club": a sports club */
    EG_FOUND_OPPONENT,     /* "opponent": the other side of a match */
    EG_FOUND_CLUB_LIST,    /* "club list": the list of sports clubs */
    EG_FOUND_STATED_ALIAS, /* "stated alias": the other name of a stated alias */
    EG_FOUND_TEAM_NAME,    /* "team name": a name ending in a team's nickname ("Warriors") */
    EG_FOUND_FIRM_NOUN,    /* "firm noun": a "person" after "firm", "drugmaker", ... */
    EG_FOUND_ACRONYM       /* "acronym": the initials of an organization named before it
                            * ("BoE" after "Bank of England") */
} eg_found_by;

/** The words for `r` ("exact", "partial name", ...; "" for EG_RULE_NONE or a value out of
 *  range). Static storage. */
EG_API const char *eg_rule_name(eg_rule r);
/** The words for `f` ("model", "gazetteer", ...; "" for EG_FOUND_UNKNOWN or out of range). */
EG_API const char *eg_found_by_name(eg_found_by f);

/* One mention. The strings are never NULL. */
typedef struct eg_entity_mention {
    const char *doc;      /* article id */
    uint32_t start, end;  /* byte span in the text as read */
    eg_etype type;        /* the entity's type after resolution */
    const char *surface;  /* the words as written */
    const char *entity;   /* node id in the graph, "" when its type was not kept */
    const char *label;    /* the node's label, or the surface when not in the graph */
    /* with `explain` only ("" otherwise): */
    eg_rule rule;         /* the rule that resolved it, or the cross-article rule that merged
                             it (EG_RULE_NONE without `explain`) */
    eg_found_by found_by; /* how the mention was found: the model, a list, a pattern */
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
