/*
 * ner_spans.c - mentions from token spans: trimming a span to the name, countries before
 * organizations and in compounds, and the closed lists' pass (gazetteer_pass).
 */
#include "ner_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Append a mention over tokens [b, e) with the surface text[start, end). */
/* A person's name with a nickname in quotes inside it ("Yonatan \"Yoni\" Ben-Ami", "Hector
 * \"Macho\" Camacho") is the name without it: " \"Yoni\"" is cut from the surface, so that the
 * person is one with "Yonatan Ben-Ami" elsewhere. Straight or curly quotes, after a word and
 * before one. */
static void drop_quoted_nickname(eg_buf *b)
{
    char *s = b->data;
    size_t n = b->len;
    for (size_t i = 1; s && i + 1 < n; i++) {
        size_t ql = s[i] == '"' ? 1 : (i + 2 < n && memcmp(s + i, "\xe2\x80\x9c", 3) == 0) ? 3 : 0;
        if (ql == 0 || s[i - 1] != ' ') {
            continue;
        }
        size_t j = i + ql;
        while (j < n && s[j] != '"' && !(j + 2 < n && memcmp(s + j, "\xe2\x80\x9d", 3) == 0)) {
            j++;
        }
        size_t cl = j < n && s[j] == '"' ? 1 : 3;
        if (j >= n || j == i + ql || j + cl >= n || s[j + cl] != ' ') {
            return; /* no closing quote with a word after it */
        }
        memmove(s + i - 1, s + j + cl, n - (j + cl)); /* from the space before the quote */
        b->len = n - (j + cl - (i - 1));
        s[b->len] = '\0';
        return;
    }
}

eg_status ner_add_mention(eg_mentions *out, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                          uint32_t e, const char *s, size_t n, eg_etype type, int32_t gaz,
                          bool demonym, eg_found_by source, eg_error *err)
{
    if (!EG_GROW(out->v, out->cap, out->n + 1)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (!collapse_ws(&ws->buf, s, n)) { /* a name may span a line break */
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (type == EG_PERSON) {
        drop_quoted_nickname(&ws->buf);
    }
    char *surface = eg_strndup(ws->buf.data ? ws->buf.data : "", ws->buf.len);
    if (!surface) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    eg_mention *m = &out->v[out->n++];
    m->tok_begin = b;
    m->tok_end = e;
    m->start = (uint32_t)(s - doc->text);
    m->end = (uint32_t)(s - doc->text + n);
    m->sent = ws->tok_sent[b];
    m->type = type;
    m->gaz = gaz;
    m->demonym = demonym;
    m->team = false;
    m->state = false;
    m->canon = NULL;
    m->canon_len = 0;
    m->source = source;
    m->surface = surface;
    for (uint32_t t = b; t < e; t++) {
        ws->taken[t] = 1;
    }
    return EG_OK;
}

/* A sentence adverb that opens a sentence without a comma ("Meanwhile", "However"). */
static bool sentence_adverb(const eg_doc *doc, uint32_t t)
{
    const eg_token *k = &doc->toks[t];
    return eg_sentence_adverb(doc->text + k->start, k->end - k->start);
}

/* "MPs", "CEOs": an acronym in the plural names people. */
static bool plural_acronym(const eg_doc *doc, uint32_t t)
{
    const char *w = doc->text + doc->toks[t].start;
    size_t n = doc->toks[t].end - doc->toks[t].start;
    if (n < 3 || w[n - 1] != 's') {
        return false;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        if (!eg_is_upper((unsigned char)w[i])) {
            return false;
        }
    }
    return true;
}

/* Trim a span to the name: a trailing possessive, punctuation, an opening sentence adverb
 * (which may retype it), the members after an organization ("NDC MPs"). *kept: something is
 * left. */
static eg_status trim_span(const eg_ner *ner, const eg_doc *doc, uint32_t *bp, uint32_t *ep,
                           eg_etype *type, bool *kept, eg_error *err)
{
    uint32_t b = *bp, e = *ep;
    *kept = false;
    /* drop a trailing possessive token and leading/trailing punctuation */
    while (e > b && (doc->toks[e - 1].flags & (EG_TOK_POSSESSIVE | EG_TOK_PUNCT))) {
        e--;
    }
    while (b < e && (doc->toks[b].flags & EG_TOK_PUNCT)) {
        b++;
    }
    if (b >= e) {
        return EG_OK;
    }
    bool adverb = false;
    while (e - b >= 2 && sentence_adverb(doc, b)) {
        b++; /* "Meanwhile Putin said": the adverb opens the sentence, not the name */
        adverb = true;
    }
    if (adverb && *type == EG_PERSON) {
        /* the adverb may be all that made it look like a person: "Meanwhile Reuters" */
        bool dm = false;
        int32_t g;
        eg_status st = gaz_find(ner, doc->text + doc->toks[b].start,
                                doc->toks[e - 1].end - doc->toks[b].start, &g, &dm, err);
        if (st != EG_OK) {
            return st;
        }
        if (g >= 0) {
            eg_gaz_kind k = eg_gaz_entry_at(ner->gaz, g)->kind;
            *type = k == EG_GAZK_ORG ? EG_ORGANIZATION : EG_LOCATION; /* countries: below */
        }
    }
    if (*type == EG_ORGANIZATION && e - b >= 2 && plural_acronym(doc, e - 1)) {
        e--; /* "NDC MPs", "party CEOs": the members, not part of the name */
    }
    *bp = b;
    *ep = e;
    *kept = true;
    return EG_OK;
}

/* Is token b the one-word name of a listed party ("Democrats", "Conservative") right after a
 * capitalized word of its sentence that is not the sentence's first: the end of a longer name
 * ("Sweden Democrats", "the Social Democrats", "Progressive Conservative") that the list's
 * short name would wrongly claim? */
static bool qualified_alias(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc,
                             uint32_t b)
{
    const char *w = ws->wptr[b];
    size_t n = ws->wlen[b];
    if (!(tok_flags(ner, ws, b) & EG_GAZ_ALIAS) || all_upper(w, n) || b == 0 ||
        ws->tok_sent[b - 1] != ws->tok_sent[b]) {
        return false;
    }
    return starts_upper(ws->wptr[b - 1], ws->wlen[b - 1]) && !is_sentence_start(doc, ws, b - 1) &&
           !tok_word(ws, b - 1, "The") && !ner_date_word(ws->wptr[b - 1], ws->wlen[b - 1]);
}

/* "U.S. Congress", "Russian Foreign Ministry": an organization opening with a country is the
 * organization and its country. Adds the country; *done when the rest was added too, which a
 * name listed whole (`listed`: "Saudi Aramco") never is. */
static eg_status country_prefix(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                                uint32_t e, bool listed, eg_found_by source, eg_mentions *out,
                                bool *done, eg_error *err)
{
    int32_t ce = -1;
    bool cd = false;
    size_t cl;
    if (eg_gaz_match_memo(ner->gaz, ws->wptr, ws->wlen, ws->wflags, e - 1, b, &cl, &ce, &cd) !=
        EG_OK) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (cl == 0 || cl >= e - b || eg_gaz_entry_at(ner->gaz, ce)->kind != EG_GAZK_COUNTRY) {
        return EG_OK;
    }
    const char *s = doc->text + doc->toks[b].start;
    size_t pn = doc->toks[b + cl - 1].end - doc->toks[b].start;
    eg_status st =
        ner_add_mention(out, ws, doc, b, b + (uint32_t)cl, s, pn, EG_COUNTRY, ce, cd, source, err);
    if (st != EG_OK) {
        return st;
    }
    /* "US Federal Reserve": when the rest is a listed organization, that is the name */
    const char *rs = doc->text + doc->toks[b + cl].start;
    size_t rn = doc->toks[e - 1].end - doc->toks[b + cl].start;
    bool rdem = false;
    int32_t rg;
    st = gaz_find(ner, rs, rn, &rg, &rdem, err);
    if (st != EG_OK) {
        return st;
    }
    if (!listed && rg >= 0 && eg_gaz_entry_at(ner->gaz, rg)->kind == EG_GAZK_ORG &&
        !(e - (b + cl) == 1 && qualified_alias(ner, ws, doc, b + (uint32_t)cl))) {
        *done = true; /* but "Sweden Democrats" is not the listed Democrats */
        return ner_add_mention(out, ws, doc, b + (uint32_t)cl, e, rs, rn, EG_ORGANIZATION, rg, false,
                           source, err);
    }
    return EG_OK;
}

/* "Russian-Malian", "Russia-Africa": a one-word compound of countries is a mention of each
 * country in it (*done when it was one). */
static eg_status country_compound(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc,
                                  uint32_t b, uint32_t e, const char *s, size_t n,
                                  eg_found_by source, eg_mentions *out, bool *done,
                                  eg_error *err)
{
    size_t nparts = 0, ncountry = 0;
    int32_t parts[8];
    bool dem[8];
    const char *ps[8];
    size_t pn[8];
    const char *p = s, *end = s + n;
    while (p < end && nparts < 8) {
        const char *q = memchr(p, '-', (size_t)(end - p));
        if (!q) {
            q = end;
        }
        ps[nparts] = p;
        pn[nparts] = (size_t)(q - p);
        eg_status st = gaz_find(ner, p, (size_t)(q - p), &parts[nparts], &dem[nparts], err);
        if (st != EG_OK) {
            return st;
        }
        if (parts[nparts] >= 0 &&
            eg_gaz_entry_at(ner->gaz, parts[nparts])->kind == EG_GAZK_COUNTRY) {
            ncountry++;
        }
        nparts++;
        p = q + 1;
    }
    if (ncountry == 0) {
        return EG_OK;
    }
    *done = true;
    for (size_t i = 0; i < nparts; i++) {
        if (parts[i] >= 0 && eg_gaz_entry_at(ner->gaz, parts[i])->kind == EG_GAZK_COUNTRY) {
            eg_status st = ner_add_mention(out, ws, doc, b, e, ps[i], pn[i], EG_COUNTRY, parts[i],
                                       dem[i], source, err);
            if (st != EG_OK) {
                return st;
            }
        }
    }
    return EG_OK;
}

/* A word for the government a person heads, after the name: "Reagan Administration". */
static bool government_word(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"Administration", "administration", "Government",
                                    "government", "Cabinet", "cabinet", "Presidency",
                                    "presidency", "Era", "era"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* The number of words of an honorific the lists of titles lack at token t, before a name:
 * Ireland's "Taoiseach" and "Tanaiste", Malaysia's "Datuk", "Dato'", "Datin" and "Toh Puan",
 * "Datuk Seri", "Dato' Sri", "Tan Sri", "Puan Sri" (not "Tan" alone, a surname: "Tan Cheng
 * Bock"; nor "Tun", a word of Burmese names), Fiji's "Ratu", Myanmar's "U" and "Daw" before
 * a name of two words or more, and the honorifics of West Africa ("Alhaji", "Alhaja",
 * "Hajia"), Ethiopia ("Ato"), Pakistan and India ("Chaudhry", "Mian", "Sardar", "Shri",
 * "Smt") before a name of three words or more ("Chaudhry Tariq Mehmood Warraich"; not
 * "Iftikhar Chaudhry", "Chaudhry Nisar", where it is a family's name); 0 when none. Not in
 * data/titles.txt, whose words are the model's features too (a new word there is a new
 * model). */
static uint32_t honorific_words(const eg_ner_ws *ws, uint32_t t, uint32_t e)
{
    static const char *const one[] = {"Taoiseach", "Tanaiste", "T\xc3\xa1naiste", "Datuk", "Dato",
                                      "Dato'", "Dato\xe2\x80\x99", "Datin", "Ratu"};
    static const char *const firsts[] = {"Tan", "Puan", "Toh"};
    static const char *const seconds[] = {"Sri", "Seri", "Puan"};
    static const char *const burmese[] = {"U", "Daw"};
    static const char *const before3[] = {"Alhaji", "Alhaja", "Hajia", "Ato",  "Chaudhry",
                                          "Mian",   "Sardar", "Shri",  "Smt", "Shrimati"};
    uint32_t n = 0;
    if (in_list(one, EG_ARRAY_LEN(one), ws->wptr[t], ws->wlen[t])) {
        n = 1;
    } else if (e - t >= 3 && in_list(burmese, EG_ARRAY_LEN(burmese), ws->wptr[t], ws->wlen[t])) {
        return 1; /* "U Kyaw Min Thein", "Daw Aung San Suu Kyi"; not "U Thant" alone */
    } else if (e - t >= 4 && in_list(before3, EG_ARRAY_LEN(before3), ws->wptr[t], ws->wlen[t])) {
        return 1;
    } else if (t + 1 < e && in_list(firsts, EG_ARRAY_LEN(firsts), ws->wptr[t], ws->wlen[t]) &&
               in_list(seconds, EG_ARRAY_LEN(seconds), ws->wptr[t + 1], ws->wlen[t + 1])) {
        return 2; /* "Tan Sri", "Puan Sri", "Toh Puan" */
    }
    if (n == 1 && t + 1 < e && in_list(seconds, 2, ws->wptr[t + 1], ws->wlen[t + 1])) {
        n = 2; /* "Datuk Seri", "Dato' Sri": the first two of `seconds` */
    }
    return n;
}

/* Add the mention of tokens [b, e) found as `type` by `source`, after trimming it to the name
 * and letting the lists correct its type. */
eg_status ner_add_span(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                       uint32_t e, eg_etype type, eg_found_by source, eg_mentions *out,
                       eg_error *err)
{
    bool kept;
    eg_status st = trim_span(ner, doc, &b, &e, &type, &kept, err);
    if (st != EG_OK || !kept) {
        return st;
    }
    const char *s = doc->text + doc->toks[b].start;
    size_t n = doc->toks[e - 1].end - doc->toks[b].start;
    bool demonym = false, done = false;
    int32_t gaz;
    st = gaz_find(ner, s, n, &gaz, &demonym, err);
    if (st != EG_OK) {
        return st;
    }
    const eg_gaz_entry *ent = gaz >= 0 ? eg_gaz_entry_at(ner->gaz, gaz) : NULL;
    if (type == EG_ORGANIZATION && e - b >= 2) {
        st = country_prefix(ner, ws, doc, b, e, ent && ent->kind == EG_GAZK_ORG, source, out,
                            &done, err);
        if (st != EG_OK || done) {
            return st;
        }
    }
    if (ent && ent->kind == EG_GAZK_ORG && e - b == 1 && qualified_alias(ner, ws, doc, b)) {
        ent = NULL; /* "Sweden Democrats", "Social Democrats": not the listed Democrats */
    }
    /* the airline the tagger found in "Emirates" alone (emirates_airline, model.c) is no
     * country */
    bool airline = type == EG_ORGANIZATION && n == 8 && memcmp(s, "Emirates", 8) == 0;
    if (ent && ent->kind == EG_GAZK_COUNTRY && type != EG_PERSON && !airline) {
        return ner_add_mention(out, ws, doc, b, e, s, n, EG_COUNTRY, gaz, demonym, source, err);
    }
    if (ent && ent->kind == EG_GAZK_ORG && (type == EG_ORGANIZATION || type == EG_LOCATION)) {
        /* the list knows better: "the Kremlin said" is the institution, not the place */
        return ner_add_mention(out, ws, doc, b, e, s, n, EG_ORGANIZATION, gaz, false, source, err);
    }
    if (ent && ent->kind == EG_GAZK_LOCATION && type == EG_LOCATION) {
        return ner_add_mention(out, ws, doc, b, e, s, n, type, gaz, false, source, err);
    }
    if (type == EG_PERSON) {
        static const char *const son_of[] = {"bin", "ibn", "bint", "binti"};
        /* titles the model kept inside the name ("Gen. Tchiani") are not part of it, nor
         * is the government a person heads ("Reagan Administration": Reagan) */
        while (e - b > 1) {
            uint32_t h = honorific_words(ws, b, e);
            if (h > 0 && e - b > h) {
                b += h;
                continue;
            }
            if (!(tok_flags(ner, ws, b) & EG_GAZ_TITLE) ||
                in_list(son_of, EG_ARRAY_LEN(son_of), ws->wptr[b + 1], ws->wlen[b + 1])) {
                break; /* a title's word before "bin" is the given name: "Sultan bin Rashid" */
            }
            b++;
        }
        while (e - b > 1 && government_word(ws, e - 1)) {
            e--;
        }
        s = doc->text + doc->toks[b].start;
        n = doc->toks[e - 1].end - doc->toks[b].start;
    }
    if (e - b == 1 && type != EG_PERSON && memchr(s, '-', n)) {
        st = country_compound(ner, ws, doc, b, e, s, n, source, out, &done, err);
        if (st != EG_OK || done) {
            return st;
        }
    }
    return ner_add_mention(out, ws, doc, b, e, s, n, type, ent && ent->kind == EG_GAZK_ORG ? gaz : -1,
                       false, source, err);
}

static bool compass_word(const char *s, size_t n)
{
    static const char *const w[] = {"North", "South", "East", "West", "Central", "Latin",
                                    "Northern", "Southern", "Eastern", "Western"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* Closed-list entries (countries, demonyms, organizations, places) not yet covered. */
eg_status ner_gazetteer_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc,
                             eg_mentions *out, eg_error *err)
{
    for (uint32_t i = 0; i < doc->ntoks; i++) {
        if (ws->taken[i] || !starts_upper(ws->wptr[i], ws->wlen[i])) {
            continue;
        }
        int32_t entry = -1;
        bool demonym = false;
        size_t len;
        if (eg_gaz_match_memo(ner->gaz, ws->wptr, ws->wlen, ws->wflags, doc->ntoks, i, &len,
                              &entry, &demonym) != EG_OK) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        if (len == 0) {
            continue;
        }
        bool free_span = true;
        for (size_t k = i; k < i + len; k++) {
            free_span = free_span && !ws->taken[k];
        }
        if (!free_span) {
            continue;
        }
        const eg_gaz_entry *ent = eg_gaz_entry_at(ner->gaz, entry);
        bool opens = is_sentence_start(doc, ws, i) ||
                     (i > 0 && is_sentence_start(doc, ws, i - 1) &&
                      (doc->toks[i - 1].flags & EG_TOK_PUNCT)); /* "\"Labour is too costly" */
        if (len == 1 && ent->kind != EG_GAZK_COUNTRY && opens &&
            !all_upper(ws->wptr[i], ws->wlen[i])) {
            continue; /* "Total revenues rose": a capital at the start proves nothing */
        }
        if (len == 1 && (tok_flags(ner, ws, i) & EG_GAZ_ALIAS) && i > 1 &&
            tok_word(ws, i - 1, "of") && starts_upper(ws->wptr[i - 2], ws->wlen[i - 2])) {
            continue; /* "Ministry of Labour" is no party ("leader of Labour" is) */
        }
        if (len == 1 && ent->kind == EG_GAZK_ORG && eg_signoff_word(ws->words, i, doc->ntoks)) {
            continue; /* a wire's signoff names nothing (the tagger's agency_signoff) */
        }
        if (len == 1 && ent->kind == EG_GAZK_ORG && qualified_alias(ner, ws, doc, i)) {
            continue; /* "Sweden Democrats" */
        }
        if (len == 1 && demonym && i > 0 && compass_word(ws->wptr[i - 1], ws->wlen[i - 1])) {
            continue; /* "South American", "West African": a region, not the country */
        }
        eg_etype type = ent->kind == EG_GAZK_COUNTRY ? EG_COUNTRY
                        : ent->kind == EG_GAZK_ORG   ? EG_ORGANIZATION
                                                     : EG_LOCATION;
        uint32_t e = i + (uint32_t)len;
        const char *s = ws->wptr[i];
        size_t n = doc->toks[e - 1].end - doc->toks[i].start;
        eg_status st = ner_add_mention(out, ws, doc, i, e, s, n, type, entry, demonym, EG_FOUND_GAZETTEER, err);
        if (st != EG_OK) {
            return st;
        }
        i = e - 1;
    }
    return EG_OK;
}
