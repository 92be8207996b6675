/*
 * gazetteer.h - the closed lists entgraph ships: countries (names, alternative names,
 * demonyms), organizations, given names, person titles and other places.
 *
 * The lists are data files under data/ compiled into the library (see data/README.md for
 * their provenance and license). eg_gazetteer_default() builds the tables once, on first use,
 * thread-safely; the returned object is immutable and never freed by callers.
 *
 * Matching is on normalized keys: eg_gaz_key() lowercases, strips diacritics (Goïta -> goita),
 * maps curly apostrophes to ' and drops a trailing possessive ('s / ’s), so "Côte d’Ivoire's"
 * and "cote d'ivoire" give the same key.
 */
#ifndef EG_GAZETTEER_H
#define EG_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Membership flags, one per list; a word or phrase can be in several. */
enum {
    EG_GAZ_COUNTRY = 1u << 0,   /* a country name or alternative name: "Niger", "Ivory Coast" */
    EG_GAZ_DEMONYM = 1u << 1,   /* a demonym or country adjective: "Nigerien", "Russians" */
    EG_GAZ_ORG = 1u << 2,       /* an organization name or acronym: "ECOWAS", "Kremlin" */
    EG_GAZ_FIRSTNAME = 1u << 3, /* a common given name: "Vladimir", "Mohamed" */
    EG_GAZ_TITLE = 1u << 4,     /* a person title or role word: "President", "Gen.", "Mr" */
    EG_GAZ_LOCATION = 1u << 5,  /* another place: city, region, river: "Abuja", "Sahel" */
    EG_GAZ_ORG_WORD = 1u << 6,  /* a word typical inside organization names: "Council", "Inc" */
    EG_GAZ_PART = 1u << 7,      /* the word occurs inside some multi-word entry */
    EG_GAZ_ALIAS = 1u << 8,     /* a one-word name listed for resolution only (political
                                 * parties: "Tories"); the tagger never sees this flag */
    EG_GAZ_ALIAS_PART = 1u << 9 /* a word inside such a name of several words ("Lib Dems") */
};

typedef enum eg_gaz_kind {
    EG_GAZK_COUNTRY = 0,
    EG_GAZK_ORG = 1,
    EG_GAZK_LOCATION = 2
} eg_gaz_kind;

typedef struct eg_gaz_entry {
    const char *canonical; /* the label: "Niger", "Economic Community of West African States" */
    const char *acronym;   /* "ECOWAS" or NULL */
    eg_gaz_kind kind;
    bool resolve_only;     /* named for resolution only (political parties): no tagger feature */
    int32_t country;       /* a city's country (its entry: "Tokyo" -> Japan), or -1 */
} eg_gaz_entry;

typedef struct eg_gazetteer eg_gazetteer;

/** The built-in gazetteer, built on first call (thread-safe). NULL only if out of memory. */
const eg_gazetteer *eg_gazetteer_default(void);

/**
 * Normalize s[0..n) into a match key in `out` (reset first): lowercase, diacritics removed,
 * curly quotes straightened, trailing possessive dropped, inner whitespace collapsed.
 * Returns false on allocation failure, and then `out` is released (empty, nothing to free).
 */
bool eg_gaz_key(eg_buf *out, const char *s, size_t n);

/* The plain letters English text writes for a case-folded letter that Unicode does not
 * decompose into a base letter and a mark ("i" for dotless i, "l" for l with stroke, "ae");
 * NULL for any other. */
const char *eg_gaz_plain_letter(int32_t cp);

/**
 * The identity key of an organization name: eg_gaz_key() and then a leading "the" dropped,
 * "&" spelled "and", and trailing legal forms removed (Inc, Corp, Co, Ltd, PLC, LLC, AG, SA,
 * NV, SpA, GmbH, Corporation, Company, Limited, Incorporated; dotted and upper-case forms, a
 * trailing period or comma, a dangling "and" of "& Co"), and an initial's period inside the
 * name ("J. Sainsbury" as "J Sainsbury"), and a ministry's or a department's field before
 * its head ("Ministry of Finance" as "Finance Ministry"). "Texaco Inc." and "Texaco" give
 * "texaco", "Standard & Poor's Corp" gives "standard and poor's"; at least one word is kept.
 * On allocation failure returns false with `out` released.
 */
bool eg_org_key(eg_buf *out, const char *s, size_t n);

/** Is the word (any case, a trailing period allowed) a legal form: "Inc", "Corp.", "AG"? */
bool eg_gaz_legal_form(const char *w, size_t n);
/** Is the word (exact case) one that cannot follow a possessive "'s", so that the 's before it
 *  ends a name ("Moody's said", "by Moody's and Standard & Poor's", "Sotheby's in London")? */
bool eg_gaz_after_possessive(const char *s, size_t n);
/** Is the word, in capitals, a legal form that opens a firm's name ("PT", "PJSC", "JSC",
 *  "OAO")? */
bool eg_gaz_opening_form(const char *w, size_t n);

/* The English of a firm's word in Spanish, Portuguese, Italian or French that opens its name
 * ("Grupo" -> "group", "Cementos" -> "cement"), any case, or NULL: its key (eg_org_key) writes
 * the name in English ("Grupo Altamira" as "altamira group"). */
const char *eg_gaz_trade_lead(const char *w, size_t n);
/* Does the name end in a legal form ("Baker Hughes Inc", "Cheung Kong Ltd.")? */
bool eg_ends_in_legal_form(const char *s);

/** Words of the identity key of an organization name ("Texaco Inc." -> 1); 0 on failure. */
size_t eg_org_key_words(const char *s);

/** Is the word (any case) a particle of surnames: "van", "de", "bin", "al"...? */
bool eg_gaz_name_particle(const char *s, size_t n);

/** The length of a particle and its hyphen opening word s[0..n) ("al-" of "al-Sisi", "el-" of
 *  "el-sisi"), or 0 when it opens with none or is nothing more. */
size_t eg_gaz_particle_prefix(const char *s, size_t n);

/** Is the word a generational suffix after a person's name: "Jr.", "SR", "III" (as written,
 *  capitalized or in capitals; with any_case also "jr." of a match key)? */
bool eg_name_suffix(const char *s, size_t n, bool any_case);

/** Is the word an adverb or a conjunction that opens sentences and no name: "Meanwhile",
 *  "However", "Where", "Although"...? */
bool eg_sentence_adverb(const char *s, size_t n);

/** Is the word a common noun said only of firms, before a firm's name ("drugmaker", "brewer",
 *  "carmaker", "company", "subsidiary"; not "insurer", "band", which people and groups are)? */
/* Is s[0..n) a common Korean, Chinese or Vietnamese family name ("Kim", "Liu", "Nguyen"), in
 * its capitalized form, or in any case with `fold`? */
bool eg_family_name(const char *s, size_t n, bool fold);
bool eg_firm_noun(const char *s, size_t n);
/* eg_firm_noun's words: *n places, NULL where none */
const char *const *eg_firm_noun_words(size_t *n);

/** The states of the United States and the federal district, as written in running text
 *  ("New York", "District of Columbia"), and whether s[0..n) is one of them. */
extern const char *const eg_us_states[];
extern const size_t eg_us_nstates;
bool eg_us_state(const char *s, size_t n);

/** Is s[0..n) a noun that names a work or a product with the title after it ("album", "film",
 *  "drug": "the film Vera Drake", "the weight-loss drug Wegovy"; "game" after "video" is one
 *  too, which the caller tests)? */
bool eg_work_noun(const char *s, size_t n);

/** eg_work_noun's words, its table by length flattened: *n places, NULL in the empty ones. */
const char *const *eg_work_noun_words(size_t *n);

/** Is s[0..n) a ship's noun in lower case ("frigate", "tanker", "ferry"; "carrier" only after
 * prev "aircraft": an airline otherwise)? */
bool eg_ship_noun(const char *s, size_t n, const char *prev, size_t prevn);
/* eg_ship_noun's words ("carrier" too): *n places, NULL where none */
const char *const *eg_ship_noun_words(size_t *n);

/** Is s[0..n) a navy's prefix to its ships' names ("HMS", "USS", "HMAS")? */
bool eg_ship_prefix(const char *s, size_t n);
/* eg_ship_prefix's words: *n places, NULL where none */
const char *const *eg_ship_prefix_words(size_t *n);

/** Is the word a demonym two countries share, which no list gives either ("Korean",
 *  "Koreans", "Congolese")? The article tells which (resolution). */
bool eg_shared_demonym(const char *s, size_t n);

/** Is the word a social or video platform's one-word name ("Facebook", "TikTok", "YouTube";
 *  not "X", which only its context tells)? */
bool eg_platform_word(const char *s, size_t n);
/* eg_platform_word's words: *n places, NULL where none */
const char *const *eg_platform_words(size_t *n);

/** Is the word a plural that names sports teams and no person ("Warriors", "Chiefs", "Lakers")
 *  or the last word of an e-sports team ("Gaming", "Esports")? */
bool eg_team_nickname(const char *s, size_t n);

/** Is the word the head of a law's or a treaty's name: "Act", "Agreement", "Convention",
 *  "Protocol", "Accord", "Accords", "Statute"? */
bool eg_law_head(const char *s, size_t n);

/** Is the word (any case) a function word inside names, which acronyms and initials may
 *  skip: "of", "the", "and", "for", "de", "des", "der", "und", "&"...? */
bool eg_name_function_word(const char *w, size_t n);

/** The words of a name split at spaces and hyphens: their starts and lengths in ws, wl (cap
 *  of them at most), and their number, or cap + 1 when there are more. */
size_t eg_name_words(const char *s, size_t n, const char **ws, size_t *wl, size_t cap);

/** Is the word an acronym written in capitals and lower case ("BoE", "PBoC", "FinCEN", "DfT",
 *  "AfD"): 3 to 10 letters, opening and ending in a capital, no more small letters than
 *  capitals? */
bool eg_mixed_acronym_word(const char *s, size_t n);

/** Does the acronym acr[0..an) (2 to 10 letters, two capitals or more, the first a capital, no
 *  more small letters than capitals) abbreviate name[0..nn) (words split at spaces and
 *  hyphens)? Each capital opens a word and the small letters after it continue that word
 *  ("FinCEN": Financial Crimes Enforcement Network), a small letter alone is the initial of a
 *  function word ("BoE": Bank of England, "DfT": Department for Transport), and a function
 *  word may be left out ("IMF": International Monetary Fund, "BOJ": Bank of Japan). */
bool eg_acronym_of(const char *acr, size_t an, const char *name, size_t nn);

/** Is acr[0..an), five capitals or more, the initials of name[0..nn) (function words left
 * out) but for one word that gives its first two or three letters ("COMESA": COmmon Market for
 * Eastern and Southern Africa)? */
bool eg_acronym_syllable_of(const char *acr, size_t an, const char *name, size_t nn);

/** The entry of an organization's acronym written exactly so ("WHO", not "Who"), or -1. */
int32_t eg_gaz_org_acronym(const eg_gazetteer *g, const char *s, size_t n);

/** Flags of a single word (any EG_GAZ_* that applies to it alone, plus EG_GAZ_PART). */
uint32_t eg_gaz_word_flags(const eg_gazetteer *g, const char *s, size_t n);

/**
 * Look up a whole phrase (already a mention surface, any case, possibly possessive).
 * Returns the entry index or -1. A demonym resolves to its country's entry: `*is_demonym`
 * (may be NULL) says so.
 */
int32_t eg_gaz_lookup(const eg_gazetteer *g, const char *s, size_t n, bool *is_demonym);

/** eg_gaz_lookup for callers with an error path: the entry (or -1) in *entry, and EG_ERR_NOMEM
 *  (with *entry -1) when an allocation failed, where eg_gaz_lookup says "not listed". */
eg_status eg_gaz_find(const eg_gazetteer *g, const char *s, size_t n, int32_t *entry,
                      bool *is_demonym);

/** Entry by index (from eg_gaz_lookup or eg_gaz_match_at). */
const eg_gaz_entry *eg_gaz_entry_at(const eg_gazetteer *g, int32_t idx);

/**
 * Longest match of a multi-word entry starting at words[i] (words given as pointer/length
 * pairs): the number of words matched in *len (0 if none), the entry and whether it matched
 * as a demonym. Compares normalized keys; does not look at capitalization. EG_ERR_NOMEM (with
 * the longest match found before it) when an allocation failed.
 */
eg_status eg_gaz_match_at(const eg_gazetteer *g, const char *const *words, const uint32_t *lens,
                          size_t n, size_t i, size_t *len, int32_t *entry, bool *is_demonym);

/* A word whose flags are not known yet, in the memo of eg_gaz_match_memo (no word has all
 * flags). */
#define EG_GAZ_FLAGS_UNSET UINT32_MAX

/**
 * eg_gaz_match_at with the words' flags memoized: flags[j] is eg_gaz_word_flags of word j, or
 * EG_GAZ_FLAGS_UNSET, which this replaces by the flags when it needs them (a caller matching
 * at many positions of one text computes each word's flags once). flags may be NULL.
 */
eg_status eg_gaz_match_memo(const eg_gazetteer *g, const char *const *words,
                            const uint32_t *lens, uint32_t *flags, size_t n, size_t i,
                            size_t *len, int32_t *entry, bool *is_demonym);

/** eg_gaz_match_memo for the tagger's features: entries named for resolution only
 *  (resolve_only) never match, so the features are those the model was trained with. */
eg_status eg_gaz_match_features(const eg_gazetteer *g, const char *const *words,
                                const uint32_t *lens, uint32_t *flags, size_t n, size_t i,
                                size_t *len, int32_t *entry, bool *is_demonym);

/* ---- the phrase lists of data/lists/ (derived from third-party lists, see data/README.md) -- */

/* One bit per list, as returned by eg_gaz_phrase_lists(). */
enum {
    EG_PL_FOOTBALL_CLUB = 1u << 0, /* club names and aliases: "Arsenal", "Bayern Munich" */
    EG_PL_PARTY = 1u << 1,         /* political parties, original and English names */
    EG_PL_PARTY_ABBREV = 1u << 2,  /* their abbreviations: "SPD", "PSOE" (often ambiguous) */
    EG_PL_COMPANY_WORD = 1u << 3,  /* words of company names and tickers: "Microsoft", "AAPL" */
    EG_PL_PERSON_NAME = 1u << 4,   /* given names and surnames, one word each */
    EG_PL_CITY = 1u << 5,          /* GeoNames places of 1000+ people (many are common words) */
    EG_PL_ADMIN_AREA = 1u << 6,    /* GeoNames states, provinces, counties */
    EG_PL_COUNTRY = 1u << 7,       /* country names, official names and alternative spellings */
    EG_PL_DEMONYM = 1u << 8        /* "French", "Nigerien" */
};

/**
 * The phrase lists that have words[0..n) as a whole entry, compared as the NER model compares
 * words (ASCII case ignored, digits alike; the words as entgraph's tokenizer cuts them, so
 * a possessive 's is a word of its own and is not part of any entry). 0 for none, for n == 0
 * or n > 8. Lock-free and allocation-free; the tables are compiled into the library.
 * Example: the words "Manchester", "United" give EG_PL_FOOTBALL_CLUB.
 */
uint32_t eg_gaz_phrase_lists(const char *const *words, const uint32_t *lens, size_t n);

/** The same for a surface string whose words are separated by white space. */
uint32_t eg_gaz_phrase_lists_text(const char *s, size_t n);

#endif
