/*
 * alias_impl.h - internal to src/resolve/alias*.c: the name helpers shared by resolution within
 * an article (alias.c) and across articles (alias_cross.c), defined in alias_names.c.
 * Not installed, not used outside src/resolve/.
 */
#ifndef EG_ALIAS_IMPL_H
#define EG_ALIAS_IMPL_H

#include <stdbool.h>
#include <stddef.h>

/* Is s[0..n) an acronym: 2-10 letters, no lower case, two capitals or more, or one in capitals
 * and lower case ("BoE", eg_mixed_acronym_word) (alias_names.c)? */
bool alias_is_acronym_word(const char *s, size_t n);

/* Are the acronym's letters the initials of the name's words in another order, as an acronym
 * of the name in another language is ("Independent National Electoral Commission (CENI)");
 * three letters or more (alias_names.c)? */
bool alias_acronym_permuted(const char *acr, size_t acr_len, const char *name, size_t name_len);

/* An acronym of another language written right after its name, "(ACR)": as many letters as
 * the name has initials, give or take one, and its first ("Alliance of Sahel States (AES)",
 * "Pakistan Tehreek-e-Insaf (PTI)"), or four or more letters, all but one of them initials in
 * another order ("National Council for the Safeguard of the Homeland (CNSP)"; alias_names.c)? */
bool alias_acronym_loose(const char *acr, size_t acr_len, const char *name, size_t name_len);

/* Is key a place's name in a list (a city's, a state's or a province's, a country's, another
 * place's; alias_names.c)? */
bool alias_place_named(const char *key);

/* Is the acronym, written in parentheses right after a body's name, the name's in the
 * language it was translated from: as many capitals, three to six, as the name has initials,
 * none of them needed to match ("Royal Dutch Football Association (KNVB)"; alias_names.c)?
 * Joins in its article only. */
bool alias_acronym_translated(const char *acr, size_t acr_len, const char *name,
                              size_t name_len);

/* Is the acronym, written in parentheses right after a firm's name, the initials of the name
 * without the legal forms that open or close it ("PT Sulawesi Nikel Prima Tbk (SNP)", "JSC
 * Kazakh Grain Company (KGC)"; alias_names.c)? */
bool alias_acronym_bare(const char *acr, size_t acr_len, const char *name, size_t name_len);

/* Is the word a blend of the first letters of the name's words, in order, two or more from
 * each ("Pemex" of "Petroleos Mexicanos", "Petrobras" of "Petroleo Brasileiro", "Gazprom");
 * function words may be skipped (alias_names.c)? */
bool alias_blend_of(const char *w, size_t wn, const char *name, size_t name_len);
/* Is w, of four to ten letters, pieces of every word of name in order, each opening with the
 * word's first letter ("Ghana Cocoa Board (COCOBOD)": COCO, BOD), function words and the
 * first of three words or more (the body's place) skippable? 1: from the first word, 2: from
 * the second, 0: no (alias_names.c). */
int alias_syllables_of(const char *w, size_t wn, const char *name, size_t name_len);
/* Is w a capitalized word of five letters or more in lower case after its first ("Secolit"),
 * pieces of every word of an organization's name of three content words or more without its
 * legal forms ("Sociedad Estatal de Cobre y Litio S.A.": S, E, Co, Lit), a Spanish or
 * Portuguese "y" or "e" skippable (alias_names.c)? */
bool alias_syllable_name(const char *w, size_t wn, const char *name, size_t name_len);

/* Are the words of key rest (after a space) only a firm's trade ("electronics", "airlines",
 * "works"), the words of `more` and legal forms, one of the first two kinds at least
 * ("electronics co ltd"; alias_names.c)? */
bool alias_trade_rest(const char *rest, const char *const *more, size_t nmore);

/* Are the words of key rest (after a space) only a firm's group's or trade's words and legal
 * forms, one of its group or trade at least ("group corp", "electronics co ltd"), or "se": what
 * a firm's full name adds to its short one (alias_names.c)? */
bool alias_firm_rest(const char *rest);

/* Are the words of key rest only "group", "holding(s)" and legal forms, one of the first at
 * least: a group's name after its short one ("hanwool group"; alias_names.c)? */
bool alias_group_rest(const char *rest);

/* Into k: the words of organization key `key` in English, the filler ("of", "de", "the" ...)
 * left out, in byte order ("alliance des etats du sahel" and "alliance of sahel states" ->
 * "alliance sahel states"), when it has three such words or more, or two of which one is a
 * foundation's; *foreign: some word was French, Spanish, Portuguese, Italian, German or
 * Dutch. False: too few words, or out of memory (*ok). */
bool alias_body_words_english(eg_buf *k, const char *key, bool *foreign, bool *ok);

/* Is the key of `name` (person or organization form) equal to `key` (alias_names.c)? */
bool alias_key_is(const char *name, const char *key);

/* The number of words of key k (alias_names.c). */
size_t alias_count_words(const char *k);

/* Is w[0..n) one whole word of key k (alias_names.c)? */
bool alias_key_has_word(const char *k, const char *w, size_t n);

/* Does key `part` equal one whole word of `full`, or a word after its particle ("sisi" of
 * "al-sisi")? *last: it is the last (alias_names.c). */
bool alias_word_of(const char *part, const char *full, bool *last);

/* Do a and b share enough letter pairs for two edits to be a misspelling (alias_names.c)? */
bool alias_two_edits_plausible(const char *a, size_t an, const char *b, size_t bn);

/* Is the word a given name or a listed place, country or organization (alias_names.c)? */
bool alias_given_name_word(const char *w, size_t n);

/* The formal given name of the short form w[0..n), or NULL: "bill" -> "william" (English short
 * forms, and a few German ones, that name one formal name only; alias_names.c). */
const char *alias_formal_given(const char *w, size_t n);

/* Is `part` a close misspelling of the last word of `full` (alias_names.c)? */
bool alias_misspelled_word_of(const char *part, const char *full);
/* Do person keys a and b differ in one word as a man's and a woman's form of it ("dragan"
 * / "dragana", "petrov" / "petrova")? */
bool alias_gendered_names(const char *a, const char *b);

/* The last word of key k (alias_names.c). */
const char *alias_last_word(const char *k);

/* Is organization key k a state's body named without its state ("finance ministry",
 * "central bank", "senate"; alias_bodies.c)? */
bool alias_body_name(const char *k);

/* The bytes of the country that opens organization key k when the rest is a state's body,
 * as alias_qualify_bodies keys one ("japan " of "japan finance ministry"); 0 for none
 * (alias_bodies.c). */
size_t alias_body_country(const char *k);

/* Into buf, "country-key body-key": the key of a state's body, country the country's entry
 * (a treasury's department its treasury); false when out of memory (alias_bodies.c). */
bool alias_qualified_key(eg_buf *buf, int32_t country, const char *body, size_t n);

#endif /* EG_ALIAS_IMPL_H */
