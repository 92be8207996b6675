/*
 * ner_impl.h - internal to src/ner/ner*.c: the recognizer's workspace and the helpers its
 * files share (the driver ner.c, the spans and gazetteer pass ner_spans.c, the name rules
 * ner_rules.c, the sports reports ner_sports.c). Not installed, not used outside src/ner/.
 */
#ifndef EG_NER_IMPL_H
#define EG_NER_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gazetteer.h"
#include "model.h"
#include "ner.h"
#include "util.h"

struct eg_ner {
    eg_model *model;          /* NULL: rules only */
    const eg_gazetteer *gaz;  /* shared, immutable */
};

struct eg_ner_ws {
    eg_tag_ws *tag;
    eg_word *words;
    size_t words_cap;
    uint32_t *sent_start;
    size_t sent_cap;
    eg_chunk *chunks;
    size_t nchunks;
    size_t chunks_cap;
    const char **wptr; /* word pointers/lengths for eg_gaz_match_at */
    uint32_t *wlen;
    size_t wptr_cap;
    uint32_t *wflags;  /* per token: its eg_gaz_word_flags, or EG_GAZ_FLAGS_UNSET (tok_flags) */
    size_t wflags_cap;
    uint32_t *tok_sent; /* token -> sentence */
    size_t tok_sent_cap;
    unsigned char *taken; /* token already inside a mention */
    size_t taken_cap;
    eg_buf buf;
    eg_buf lower;         /* truecased words of title-case headlines */
    uint32_t *lower_off;  /* per token: offset + 1 into `lower`, or 0 */
    size_t lower_cap;
    eg_strmap body_caps;  /* words written capitalized inside running text */
    unsigned pieces;      /* the last article was tagged in this many pieces */
    unsigned char *headline; /* per token: inside a title-case or all-caps stretch */
    size_t headline_cap;
    uint32_t *lower_set;  /* words the article writes in lower case (built on demand, see
                             ner_written_lower): open addressing, token index + 1, 0 empty */
    size_t lower_set_cap;
    size_t lower_mask;    /* slots in use - 1 */
    bool lower_built;     /* lower_set holds this article's words */
};

/* Is s[0..n) one of the words (exact case)? */
static inline bool in_list(const char *const *w, size_t nw, const char *s, size_t n)
{
    for (size_t i = 0; i < nw; i++) {
        if (eg_word_eq(w[i], s, n)) {
            return true;
        }
    }
    return false;
}

static inline bool starts_upper(const char *s, size_t n)
{
    if (n == 0) {
        return false;
    }
    if (eg_is_upper((unsigned char)s[0])) {
        return true;
    }
    if ((unsigned char)s[0] >= 0xC3 && (unsigned char)s[0] <= 0xC4 && n > 1) {
        /* Latin-1 supplement / Extended-A capitals (É, Ö, Ç...) */
        int32_t cp;
        eg_utf8_decode((const unsigned char *)s, n, &cp);
        return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp < 0x180 && !(cp & 1));
    }
    return false;
}

static inline bool all_upper(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (eg_is_lower((unsigned char)s[i])) {
            return false;
        }
        letters += eg_is_upper((unsigned char)s[i]);
    }
    return letters >= 2;
}

/* s[0..n) with whitespace runs collapsed to one space, into b (reset first): how a mention's
 * surface is written. */
static inline bool collapse_ws(eg_buf *b, const char *s, size_t n)
{
    eg_buf_reset(b);
    bool ok = eg_buf_puts(b, ""), space = false;
    for (size_t i = 0; ok && i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && b->len) {
            ok = eg_buf_putc(b, ' ');
        }
        space = false;
        ok = ok && eg_buf_putc(b, c);
    }
    return ok;
}

/* eg_gaz_find, with the error said. */
static inline eg_status gaz_find(const eg_ner *ner, const char *s, size_t n, int32_t *entry,
                                 bool *dem, eg_error *err)
{
    if (eg_gaz_find(ner->gaz, s, n, entry, dem) != EG_OK) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    return EG_OK;
}

static inline bool is_sentence_start(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    return doc->sents[ws->tok_sent[t]].tok_begin == t;
}

/* Replace mention m's surface by a copy of s[0..n); false (m unchanged) when out of memory. */
static inline bool ner_set_surface(eg_mention *m, const char *s, size_t n)
{
    char *sf = eg_strndup(s, n);
    if (!sf) {
        return false;
    }
    free(m->surface);
    m->surface = sf;
    return true;
}

/* eg_gaz_word_flags of token t, computed once per document: ws->wflags is a cache, written
 * through a const workspace. */
static inline uint32_t tok_flags(const eg_ner *ner, const eg_ner_ws *ws, uint32_t t)
{
    if (ws->wflags[t] == EG_GAZ_FLAGS_UNSET) {
        ws->wflags[t] = eg_gaz_word_flags(ner->gaz, ws->wptr[t], ws->wlen[t]);
    }
    return ws->wflags[t];
}

static inline bool tok_word(const eg_ner_ws *ws, uint32_t t, const char *w)
{
    return eg_word_eq(w, ws->wptr[t], ws->wlen[t]);
}

/* Append a mention over tokens [b, e) with the surface text[start, end) (ner_spans.c). */
eg_status ner_add_mention(eg_mentions *out, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                          uint32_t e, const char *s, size_t n, eg_etype type, int32_t gaz,
                          bool demonym, eg_found_by source, eg_error *err);

/* Add the mention of tokens [b, e), trimmed to the name and typed (ner_spans.c). */
eg_status ner_add_span(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                       uint32_t e, eg_etype type, eg_found_by source, eg_mentions *out,
                       eg_error *err);

/* Closed-list entries not yet covered by a mention (ner_spans.c). */
eg_status ner_gazetteer_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc,
                             eg_mentions *out, eg_error *err);

/* Does the article write the word s[0..n) (exact bytes) as a token starting in lower case?
 * *ok false when out of memory (ner_rules.c). */
bool ner_written_lower(eg_ner_ws *ws, const eg_doc *doc, const char *s, size_t n, bool *ok);

/* Truecase the words of Title Case headlines (ner_rules.c). */
eg_status ner_truecase(eg_ner_ws *ws, const eg_doc *doc, eg_error *err);

/* Titles before names, organization words after them (ner_rules.c). */
eg_status ner_rules_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, bool title_only,
                         eg_mentions *out, eg_error *err);

/* Surnames of persons named in full elsewhere in the article (ner_rules.c). */
eg_status ner_surname_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                           eg_mentions *out, eg_error *err);

/* "Marks and Spencer" where the model took "Marks" alone, when the article names it so in
 * full elsewhere ("Marks & Spencer Group Plc") (ner_rules.c). */
eg_status ner_and_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                        eg_error *err);

/* Acronyms of organizations named before them in the article (ner_rules.c). */
eg_status ner_org_acronyms(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                           eg_mentions *out, eg_error *err);

/* Drop words capitalized only because they open a sentence (ner_rules.c). */
eg_status ner_trim_openers(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                           eg_error *err);

/* Keep organization names with a possessive and "&" whole (ner_rules.c). */
eg_status ner_possessive_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                               eg_error *err);

/* "Moon Jae In" after "Moon Jae-in" is the same person (ner_rules.c). */
eg_status ner_spaced_given_names(eg_ner_ws *ws, const eg_doc *doc, size_t first,
                                 eg_mentions *out, eg_error *err);

/* A person named in one word after a title of a king, a queen, a prince or a pope is named
 * with it ("King Charles", "Pope Francis"), unless a longer name of the article has the word
 * ("Prince Mohammed" beside "Mohammed bin Salman"). `out` is sorted (ner_rules.c). */
eg_status ner_royal_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                          eg_error *err);

/* Does a person of the article named in two words or more have word w (n bytes): any of its
 * words, or with `last` its last ("Sutton" of Chris Sutton)? (ner_rules.c) */
bool ner_person_word(const eg_doc *doc, const eg_mentions *out, size_t first, const char *w,
                     size_t n, bool last);

/* "Donald Trump Jr.": a generational suffix after a person's name is part of it (ner_rules.c). */
eg_status ner_name_suffixes(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                            eg_error *err);

/* Drop the mentions of heading lines (ner_rules.c). */
void ner_drop_headings(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                       eg_mentions *out);

/* The end of the tagger's organization chunk [b, e) before a sector word's "of" and a listed
 * place ("Mimran Group" of Switzerland), else e (ner_rules.c). */
uint32_t ner_firm_of_place(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc,
                           uint32_t b, uint32_t e);

/* The end of an organization name the tagger cut short (ner_rules.c). */
uint32_t ner_complete_org(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc,
                          uint32_t b, uint32_t e, uint32_t limit);

/* Does the organization chunk [b, e) name a region (ner_rules.c)? */
bool ner_region_name(const eg_ner *ner, const eg_ner_ws *ws, uint32_t b, uint32_t e);

/* Capitalized words before a club suffix are a club (ner_sports.c). */
eg_status ner_club_pass(eg_ner_ws *ws, const eg_doc *doc, eg_mentions *out, eg_error *err);

/* Extend a club suffix the tagger kept alone to the club's name (ner_sports.c). */
eg_status ner_club_suffixes(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                            eg_error *err);

/* A person (or a place no list knows) of two words or more whose last word is a plural that
 * names sports teams ("Adansi Warriors", "Gaimin Gladiators") or an e-sports team's ("Bilibili
 * Gaming"), or a person whose first is "Team" ("Team Liquid"), and whose first is no given name
 * or title is an organization, in any article (ner_sports.c). */
void ner_team_nicknames(const eg_ner *ner, const eg_ner_ws *ws, size_t first, eg_mentions *out);

/* An organization's opponent with no given name is a team (ner_sports.c). */
void ner_opponents(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                   eg_mentions *out);

/* In a sports report, countries and places that play are teams (ner_sports.c). */
eg_status ner_sports_teams(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                           eg_mentions *out, eg_error *err);

/* A country's name that the article uses for a U.S. state ("Georgia") becomes the state
 * (ner_places.c). */
/* A place that is a state's abbreviation in the wires' style ("Elkhart, Ind.") is the state: its
 * identity the state's name (ner_places.c). */
void ner_state_abbrevs(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out);
eg_status ner_state_names(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                          eg_mentions *out, eg_error *err);

/* Bylines are not news: the names of a credit line ("Reporting by ...; Editing by ...") and
 * the agency of a dateline ("WASHINGTON (Reuters) -") are dropped, and a dateline's place
 * typed a person or an organization is a place (ner_places.c). */
void ner_drop_bylines(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out);
/* Is mention m the place of a dateline ("SEOUL (Reuters) -", "KYIV, Dec 3 (Reuters) -")? */
bool ner_dateline_place(const eg_ner_ws *ws, const eg_doc *doc, const eg_mention *m);

/* A "person" named right after a common noun for a company or a band ("research firm Gartner",
 * "drugmaker Novo Nordisk") and not opening with a given name or a title is an organization,
 * in all its mentions of the article (ner_rules.c). */
eg_status ner_firm_appositives(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                               eg_mentions *out, eg_error *err);

/* A weekday or month name: "the Council on Monday" does not name a council (ner_rules.c). */
bool ner_date_word(const char *s, size_t n);

#endif /* EG_NER_IMPL_H */
