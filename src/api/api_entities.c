/*
 * api_entities.c - eg_entities_create (entgraph/entities.h): the pipeline with a per-article
 * callback that keeps every mention, then the builder's answers after cross-article
 * resolution (node ids, and the corpus-wide rules that merged entities).
 */
#include "entgraph/entities.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "graph.h"
#include "pipeline.h"
#include "util.h"

/* A mention as the article saw it; resolved into an eg_entity_mention once the corpus is. */
typedef struct rec {
    char *doc;
    uint32_t start, end;
    eg_etype type;
    char *surface;
    char *key;
    eg_rule rule;
    char *why;
    eg_found_by source;
} rec;

struct eg_entities {
    rec *recs;
    size_t n, cap;
    eg_entity_mention *v;   /* n resolved mentions */
    eg_buf strings;  /* their strings made here, at offsets until every one is written */
    bool explain;
};

static eg_status on_doc(void *ud, const eg_doc *doc, const eg_mentions *ms,
                        const eg_doc_entities *de, eg_error *err)
{
    eg_entities *es = ud;
    for (size_t i = 0; i < ms->n; i++) {
        if (!EG_GROW(es->recs, es->cap, es->n + 1)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        const eg_local_entity *e = &de->ents[de->of_mention[i]];
        rec *r = &es->recs[es->n++];
        *r = (rec){0};
        r->doc = eg_strdup(doc->id);
        /* offsets in the text as read, before invisible characters were taken out */
        r->start = (uint32_t)eg_doc_source_offset(doc, ms->v[i].start, false);
        r->end = (uint32_t)eg_doc_source_offset(doc, ms->v[i].end, true);
        r->type = e->type;
        r->surface = eg_strdup(ms->v[i].surface);
        r->key = eg_strdup(e->key);
        r->rule = de->rule[i] != EG_RULE_NONE ? de->rule[i] : EG_RULE_EXACT;
        r->why = de->why[i] ? eg_strdup(de->why[i]) : NULL;
        r->source = ms->v[i].source;
        if (!r->doc || !r->surface || !r->key || (de->why[i] && !r->why)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

/* Keep a copy of s in es->strings; its offset + 1 in *at (0: failed). */
static bool keep(eg_entities *es, const char *s, size_t *at)
{
    *at = es->strings.len + 1;
    return eg_buf_append(&es->strings, s, strlen(s) + 1);
}

/* The strings of mention i that the builder and the graph give (offsets into es->strings
 * until eg_entities_create points them into it). */
typedef struct made {
    size_t entity, label, evidence;
    eg_rule rule;
    eg_etype type; /* the node's (a firm the tagger took for a person is an organization) */
} made;

static bool resolve(eg_entities *es, size_t i, eg_builder *b, const eg_graph *g, made *m)
{
    const rec *r = &es->recs[i];
    const char *id = eg_builder_node_id(b, r->type, r->key);
    long k = id ? eg_graph_find_id(g, id) : -1;
    const char *label = k >= 0 ? g->nodes[k].label : r->surface;
    m->type = k >= 0 ? g->nodes[k].type : r->type;
    const char *other = NULL;
    eg_rule cross =
        es->explain ? eg_builder_cross_rule(b, r->type, r->key, &other) : EG_RULE_NONE;
    char why_buf[600];
    const char *why = r->why && es->explain ? r->why : "";
    m->rule = es->explain ? r->rule : EG_RULE_NONE;
    if (cross != EG_RULE_NONE && (r->rule == EG_RULE_EXACT || r->rule == EG_RULE_LIST)) {
        /* the article alone did not merge it: say which corpus-wide rule did */
        snprintf(why_buf, sizeof why_buf, "%s -> %s", r->key, other ? other : "");
        m->rule = cross;
        why = why_buf;
    }
    return keep(es, id ? id : "", &m->entity) && keep(es, label, &m->label) &&
           keep(es, why, &m->evidence);
}

static eg_status finish(eg_entities *es, eg_builder *b, const eg_graph *g, eg_error *err)
{
    made *mm = calloc(es->n ? es->n : 1, sizeof *mm);
    es->v = calloc(es->n ? es->n : 1, sizeof *es->v);
    bool ok = mm && es->v;
    for (size_t i = 0; ok && i < es->n; i++) {
        ok = resolve(es, i, b, g, &mm[i]);
    }
    for (size_t i = 0; ok && i < es->n; i++) {
        const rec *r = &es->recs[i];
        const char *base = es->strings.data - 1;
        const char *mixed = es->explain ? eg_text_mixed_scripts(r->surface) : NULL;
        es->v[i] = (eg_entity_mention){r->doc, r->start, r->end, mm[i].type, r->surface,
                                base + mm[i].entity, base + mm[i].label, mm[i].rule,
                                es->explain ? r->source : EG_FOUND_UNKNOWN,
                                base + mm[i].evidence, mixed ? mixed : ""};
    }
    free(mm);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

eg_status eg_entities_create(eg_entities **out, const char *const *inputs, size_t ninputs,
                             const eg_build_options *o, int explain, eg_error *err)
{
    *out = NULL;
    eg_entities *es = calloc(1, sizeof *es);
    if (!es) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    es->explain = explain != 0;
    eg_build_opts bo;
    eg_pipeline_opts po;
    eg_api_opts(o, &bo, &po);
    bo.evidence = 0;
    po.explain = es->explain;
    eg_builder *b = NULL;
    eg_graph *g = NULL;
    eg_status st = eg_builder_create(&b, &bo, err);
    if (st == EG_OK) {
        st = eg_pipeline_run(inputs, ninputs, &po, b, on_doc, es, NULL, err);
    }
    if (st == EG_OK) {
        st = eg_builder_finish(b, &g, err);
    }
    if (st == EG_OK) {
        st = finish(es, b, g, err);
    }
    eg_graph_destroy(g);
    eg_builder_destroy(b);
    if (st != EG_OK) {
        eg_entities_destroy(es);
        return st;
    }
    *out = es;
    return EG_OK;
}

void eg_entities_destroy(eg_entities *es)
{
    if (!es) {
        return;
    }
    for (size_t i = 0; i < es->n; i++) {
        free(es->recs[i].doc);
        free(es->recs[i].surface);
        free(es->recs[i].key);
        free(es->recs[i].why);
    }
    free(es->recs);
    free(es->v);
    eg_buf_fini(&es->strings);
    free(es);
}

size_t eg_entities_count(const eg_entities *es)
{
    return es ? es->n : 0;
}

const eg_entity_mention *eg_entities_mention(const eg_entities *es, size_t i)
{
    return es && i < es->n && es->v ? &es->v[i] : NULL;
}

const char *eg_rule_name(eg_rule r)
{
    static const char *const names[] = {
        [EG_RULE_NONE] = "",
        [EG_RULE_EXACT] = "exact",
        [EG_RULE_LIST] = "list",
        [EG_RULE_COUNTRY_LIST] = "country list",
        [EG_RULE_DEMONYM] = "demonym",
        [EG_RULE_SPORTS_TEAM] = "sports team",
        [EG_RULE_ACRONYM] = "acronym",
        [EG_RULE_STATED_ALIAS] = "stated alias",
        [EG_RULE_GENERIC_WORD] = "generic word",
        [EG_RULE_PARTIAL_NAME] = "partial name",
        [EG_RULE_PARTIAL_NAME_RELATIVE] = "partial name (the relative excluded)",
        [EG_RULE_AMBIGUOUS_PARTIAL] = "ambiguous partial name",
        [EG_RULE_MISSPELLING] = "misspelling",
        [EG_RULE_SURNAME] = "surname",
        [EG_RULE_SURNAME_DOMINANT] = "surname (its dominant holder)",
        [EG_RULE_ALIAS_FILE] = "alias file",
        [EG_RULE_ACRONYM_ELSEWHERE] = "acronym (defined in another article)",
        [EG_RULE_STATED_ALIAS_ELSEWHERE] = "stated alias (in another article)",
        [EG_RULE_US_STATE] = "U.S. state",
        [EG_RULE_FIRM_NAME] = "firm of that name",
        [EG_RULE_PARTIAL_NAME_FIRST] = "partial name (the one named before it)",
        [EG_RULE_PERSON_INITIALS] = "initials of a name",
        [EG_RULE_PARTIAL_ELSEWHERE] = "partial name (so used in another article)",
        [EG_RULE_SHORTENED_NAME] = "name without its middle names",
        [EG_RULE_SECOND_SURNAME] = "name without its second surname",
        [EG_RULE_SHORT_GIVEN_NAME] = "short form of the given name",
        [EG_RULE_FAMILY_NAME_LAST] = "family name written last",
        [EG_RULE_FIRM_SHORT_NAME] = "short name of a firm",
        [EG_RULE_PARTIAL_NAME_SUBJECT] = "partial name (the story's subject)",
        [EG_RULE_STATE_BODY_ELSEWHERE] = "state's body (its one country in other articles)",
        [EG_RULE_TRANSLATED_NAME] = "name in another language (across articles)",
    };
    return (unsigned)r < EG_ARRAY_LEN(names) && names[r] ? names[r] : "";
}

const char *eg_found_by_name(eg_found_by f)
{
    static const char *const names[] = {
        [EG_FOUND_UNKNOWN] = "",         [EG_FOUND_MODEL] = "model",
        [EG_FOUND_GAZETTEER] = "gazetteer", [EG_FOUND_TITLE] = "title",
        [EG_FOUND_RULE] = "rule",        [EG_FOUND_SURNAME] = "surname",
        [EG_FOUND_CLUB] = "club",        [EG_FOUND_OPPONENT] = "opponent",
        [EG_FOUND_CLUB_LIST] = "club list", [EG_FOUND_STATED_ALIAS] = "stated alias",
        [EG_FOUND_TEAM_NAME] = "team name",
        [EG_FOUND_FIRM_NOUN] = "firm noun", [EG_FOUND_ACRONYM] = "acronym",
    };
    return (unsigned)f < EG_ARRAY_LEN(names) && names[f] ? names[f] : "";
}
