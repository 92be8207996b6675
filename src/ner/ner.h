/*
 * ner.h - mentions of people, countries, organizations and places in one document.
 *
 * The recognizer combines the statistical tagger (model.h) with the closed lists
 * (gazetteer.h): the model finds names it has never seen, the gazetteer fixes types (LOC ->
 * COUNTRY, MISC demonym -> COUNTRY) and adds list entries the model missed. When no model is
 * loaded, a rule recognizer (gazetteer, title cues such as "President X", capitalized runs)
 * stands in, so the pipeline works either way: swapping recognizers changes no caller.
 *
 * Ownership: an eg_mentions list owns its surfaces; eg_mentions_fini() frees them.
 * An eg_ner is immutable after creation and may be shared by threads, each with its own
 * eg_ner_ws.
 */
#ifndef EG_NER_H
#define EG_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "entgraph/entities.h"
#include "entgraph/graph.h"
#include "text.h"

typedef struct eg_mention {
    uint32_t tok_begin; /* first token (document-wide index) */
    uint32_t tok_end;   /* one past the last token */
    uint32_t start;     /* byte offsets of the surface in doc->text */
    uint32_t end;
    uint32_t sent;      /* sentence index */
    eg_etype type;      /* PERSON, COUNTRY, ORGANIZATION or LOCATION */
    int32_t gaz;        /* gazetteer entry (country, organization, place) or -1 */
    bool demonym;       /* matched as a demonym ("Russian") */
    bool team;          /* a country or city naming a sports team ("Australia" in a match
                         * report): typed ORGANIZATION, surface "Australia (cricket team)" */
    bool state;         /* a country's name for a U.S. state ("Georgia" in a report on Atlanta):
                         * typed LOCATION, surface "Georgia (U.S. state)" */
    const char *canon;  /* a list's name for it outside the gazetteer, canon_len bytes in static
                         * data (a club's other name in a football report: "Spurs" ->
                         * "Tottenham Hotspur"), or NULL; its identity, the surface its alias */
    uint32_t canon_len;
    eg_found_by source; /* what found it: the model, a list, a title cue, a rule */
    char *surface;      /* as written, possessive removed, whitespace collapsed */
} eg_mention;

typedef struct eg_mentions {
    eg_mention *v;
    size_t n;
    size_t cap;
} eg_mentions;

void eg_mentions_fini(eg_mentions *ms);
void eg_mentions_clear(eg_mentions *ms);

typedef struct eg_ner eg_ner;
typedef struct eg_ner_ws eg_ner_ws;

/* The most tokens the tagger is given at once (see tag_pieces in ner.c): a longer article is
 * tagged in pieces (eg_ner_ws_pieces), which the pipeline reports as a warning. */
#define EG_TAG_PIECE_TOKENS 65536

/** The number of pieces the last article given to eg_ner_recognize was tagged in (0: none,
 *  no model or no tokens). */
unsigned eg_ner_ws_pieces(const eg_ner_ws *ws);

/** Create a recognizer. `model_path`: NULL for the embedded model, "none" for rules only,
 *  else a model file. */
eg_status eg_ner_create(eg_ner **out, const char *model_path, eg_error *err);
void eg_ner_destroy(eg_ner *ner);
/** Which model the recognizer tags with, for a shard state (merge refuses shards read by two
 *  models): "none" (rules only) or the model's CRC-32 as 8 hex digits, into buf (16 bytes). */
void eg_ner_model_id(const eg_ner *ner, char buf[16]);

eg_ner_ws *eg_ner_ws_create(void);
void eg_ner_ws_destroy(eg_ner_ws *ws);

/** Find the mentions of `doc` (segmented) and append them to `out` in text order. */
eg_status eg_ner_recognize(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, eg_mentions *out,
                           eg_error *err);

#endif
