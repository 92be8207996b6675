/*
 * ner_places.c - a country's name that is also a U.S. state: "Georgia" in a report on Atlanta
 * or on a Senate runoff is the state, not the country in the Caucasus.
 *
 * The sense is decided once per article (one sense per discourse): the state when the article
 * gives U.S. evidence -- another state's name, a place or office of that state, "Georgia
 * Democrat", "governor of Georgia" -- and none for the country (its capital, its region, its
 * demonym, "Republic of Georgia"). Otherwise the name stays the country, the lists' reading.
 *
 * A state's abbreviation in the wires' style after a place ("Elkhart, Ind.", "Savannah, Ga.")
 * is the state too: one node with the state's name.
 */
#include "ner_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A country whose name is also a state's, with the words that point to either. */
typedef struct homonym {
    const char *name;                /* the country's canonical name, and the state's */
    const char *const *state_words;  /* places and offices of the state */
    size_t nstate;
    const char *const *country_words; /* the country's capital, cities, region, people */
    size_t ncountry;
} homonym;

static const char *const georgia_state[] = {"Atlanta", "Savannah", "Fulton", "Gwinnett",
                                            "DeKalb", "Macon"};
static const char *const georgia_country[] = {
    "Tbilisi", "Batumi", "Kutaisi", "Caucasus", "Abkhazia", "Ossetia", "Georgian", "Soviet", "Armenia", "Azerbaijan", "Shevardnadze", "Saakashvili", "lari"};

static const homonym homonyms[] = {
    {"Georgia", georgia_state, EG_ARRAY_LEN(georgia_state), georgia_country,
     EG_ARRAY_LEN(georgia_country)},
};

/* Words right after the name that only a state takes ("Georgia Democrat", "Georgia voters"). */
static const char *const state_after[] = {
    "Democrat", "Democrats", "Republican", "Republicans", "Governor", "governor", "Gov.",
    "Senate", "senator", "senators", "legislature", "lawmakers", "voters", "runoff", "runoffs",
    "county", "counties", "Secretary", "secretary", "regulators"};

/* Does the phrase (words separated by one space) start at token t? */
static bool phrase_at(const eg_ner_ws *ws, const eg_doc *doc, uint32_t t, const char *p)
{
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        if (t >= doc->ntoks || ws->wlen[t] != n || memcmp(ws->wptr[t], p, n) != 0) {
            return false;
        }
        p += n + (sp != NULL);
        t++;
    }
    return true;
}

/* Is the mention the country h (by the lists, not as a demonym)? */
static bool names_country(const eg_ner *ner, const eg_mention *m, const homonym *h)
{
    return m->type == EG_COUNTRY && !m->demonym && m->gaz >= 0 && !m->team &&
           strcmp(eg_gaz_entry_at(ner->gaz, m->gaz)->canonical, h->name) == 0;
}

/* U.S. evidence next to one mention: a state word after it, "state of" or "governor of"
 * before it, or "City, Georgia" with a city of the state. */
static bool state_context(const eg_ner_ws *ws, const eg_doc *doc, const homonym *h,
                          const eg_mention *m)
{
    uint32_t b = m->tok_begin, e = m->tok_end;
    const eg_sentence *se = &doc->sents[m->sent];
    if (e < se->tok_end && in_list(state_after, EG_ARRAY_LEN(state_after), ws->wptr[e],
                                   ws->wlen[e])) {
        return true;
    }
    if (b >= se->tok_begin + 2 && tok_word(ws, b - 1, "of") &&
        (tok_word(ws, b - 2, "state") || tok_word(ws, b - 2, "governor") ||
         tok_word(ws, b - 2, "Governor"))) {
        return true;
    }
    return b >= se->tok_begin + 2 && tok_word(ws, b - 1, ",") &&
           in_list(h->state_words, h->nstate, ws->wptr[b - 2], ws->wlen[b - 2]);
}

/* The article's evidence for the state (>0) and for the country (<0); both: 0. */
static int article_sense(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc,
                         size_t first, const eg_mentions *out, const homonym *h)
{
    unsigned state = 0, country = 0;
    for (size_t i = first; i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        if (names_country(ner, m, h)) {
            state += state_context(ws, doc, h, m);
            country += m->tok_end - m->tok_begin > 1; /* "Republic of Georgia" */
        }
    }
    for (uint32_t t = 0; t < doc->ntoks; t++) {
        const char *w = ws->wptr[t];
        size_t n = ws->wlen[t];
        if (in_list(h->country_words, h->ncountry, w, n)) {
            country++; /* "Tbilisi", "Georgian", "lari" */
        } else if (n == 0 || !starts_upper(w, n)) {
            continue;
        } else if (in_list(h->state_words, h->nstate, w, n)) {
            state++;
        } else {
            for (size_t s = 0; s < eg_us_nstates; s++) {
                if (strcmp(eg_us_states[s], h->name) != 0 &&
                    phrase_at(ws, doc, t, eg_us_states[s])) {
                    state++;
                    break;
                }
            }
        }
    }
    return country ? (state ? 0 : -1) : (state ? 1 : 0);
}

eg_status ner_state_names(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                          eg_mentions *out, eg_error *err)
{
    for (size_t k = 0; k < EG_ARRAY_LEN(homonyms); k++) {
        const homonym *h = &homonyms[k];
        size_t i = first;
        while (i < out->n && !names_country(ner, &out->v[i], h)) {
            i++;
        }
        if (i == out->n || article_sense(ner, ws, doc, first, out, h) <= 0) {
            continue;
        }
        for (; i < out->n; i++) {
            eg_mention *m = &out->v[i];
            if (!names_country(ner, m, h)) {
                continue;
            }
            char label[64];
            snprintf(label, sizeof label, "%s (U.S. state)", h->name);
            if (!ner_set_surface(m, label, strlen(label))) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            m->type = EG_LOCATION;
            m->gaz = -1;
            m->state = true;
        }
    }
    return EG_OK;
}

/* ---- a state's abbreviation: "Calif." is California ---------------------------------------- */

/* The abbreviations of the wires' style for the states ("Elkhart, Ind.", "Seattle, Wash."),
 * with the state each names; Georgia's and Washington's as ner_state_names labels them. */
static const struct {
    const char *abbr;
    const char *state;
} state_abbrevs[] = {
    {"Ala", "Alabama"},        {"Ariz", "Arizona"},         {"Ark", "Arkansas"},
    {"Calif", "California"},   {"Cal", "California"},       {"Colo", "Colorado"},
    {"Conn", "Connecticut"},   {"Del", "Delaware"},         {"Fla", "Florida"},
    {"Ga", "Georgia (U.S. state)"}, {"Ill", "Illinois"},    {"Ind", "Indiana"},
    {"Kan", "Kansas"},         {"Kans", "Kansas"},          {"Ky", "Kentucky"},
    {"La", "Louisiana"},       {"Md", "Maryland"},          {"Mass", "Massachusetts"},
    {"Mich", "Michigan"},      {"Minn", "Minnesota"},       {"Miss", "Mississippi"},
    {"Mo", "Missouri"},        {"Mont", "Montana"},         {"Neb", "Nebraska"},
    {"Nebr", "Nebraska"},      {"Nev", "Nevada"},           {"N.H.", "New Hampshire"},
    {"N.J.", "New Jersey"},    {"N.M.", "New Mexico"},      {"N.Y.", "New York"},
    {"N.Y", "New York"},       {"N.C.", "North Carolina"},  {"N.D.", "North Dakota"},
    {"Okla", "Oklahoma"},      {"Ore", "Oregon"},           {"Pa", "Pennsylvania"},
    {"Penn", "Pennsylvania"},  {"R.I.", "Rhode Island"},    {"S.C.", "South Carolina"},
    {"S.D.", "South Dakota"},  {"Tenn", "Tennessee"},       {"Tex", "Texas"},
    {"Vt", "Vermont"},         {"Va", "Virginia"},          {"Wash", "Washington (U.S. state)"},
    {"W. Va", "West Virginia"}, {"W.Va", "West Virginia"},  {"West Va", "West Virginia"},
    {"Wis", "Wisconsin"},      {"Wisc", "Wisconsin"},       {"Wyo", "Wyoming"},
};

/* A place the model found that is a state's abbreviation, after a place and a comma ("Elkhart,
 * Ind.") or with its period ("in Calif."), is the state: the abbreviation stays its surface, the
 * state's name is its identity ("Calif" and "California": one node). Not a word of another type
 * ("Miss Universe", "Mo Farah"). */
void ner_state_abbrevs(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out)
{
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        if (m->type != EG_LOCATION || m->gaz >= 0 || m->canon || m->state || m->team) {
            continue;
        }
        size_t k = 0;
        while (k < EG_ARRAY_LEN(state_abbrevs) &&
               strcmp(state_abbrevs[k].abbr, m->surface) != 0) {
            k++;
        }
        if (k == EG_ARRAY_LEN(state_abbrevs)) {
            continue;
        }
        uint32_t b = m->tok_begin;
        bool after_place = b >= 2 && tok_word(ws, b - 1, ",") && starts_upper(ws->wptr[b - 2],
                                                                               ws->wlen[b - 2]);
        bool period = m->surface[strlen(m->surface) - 1] == '.' ||
                      (m->end < doc->len && doc->text[m->end] == '.');
        if (!after_place && !period) {
            continue;
        }
        m->canon = state_abbrevs[k].state;
        m->canon_len = (uint32_t)strlen(m->canon);
        m->state = true;
    }
}

/* ---- bylines: who wrote the article is not what it is about ----------------------------- */

/* A word of a credit line's opening ("Additional reporting by", "Writing by", "Editing by"). */
static bool credit_word(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"Reporting", "reporting", "Additional", "additional",
                                    "Writing", "writing", "Editing", "editing", "Compiled",
                                    "compiled", "and", "Graphics", "graphics", "Photos", "Photo",
                                    "further"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* Does a credit line open at token t ("Reporting by", "Additional reporting by": up to three
 * credit words, then "by")? */
static bool credit_opening(const eg_ner_ws *ws, uint32_t t, uint32_t end)
{
    if (t >= end || !starts_upper(ws->wptr[t], ws->wlen[t]) || !credit_word(ws, t) ||
        tok_word(ws, t, "and")) {
        return false;
    }
    for (uint32_t u = t + 1; u < end && u <= t + 3; u++) {
        if (tok_word(ws, u, "by")) {
            return true;
        }
        if (!credit_word(ws, u)) {
            return false;
        }
    }
    return false;
}

/* A dateline's agency: "WASHINGTON (Reuters) -", "KYIV, Dec 3 (Reuters) -": tokens [b, e) in
 * parentheses after a place in capitals and before a dash. */
static bool dateline_agency(const eg_ner_ws *ws, const eg_doc *doc, uint32_t b, uint32_t e,
                            uint32_t sb, uint32_t se)
{
    if (b <= sb || e - b > 3 || e + 1 >= se || !tok_word(ws, b - 1, "(") ||
        !tok_word(ws, e, ")")) {
        return false;
    }
    const char *d = ws->wptr[e + 1];
    size_t dn = ws->wlen[e + 1];
    bool dash = (dn == 1 && d[0] == '-') || (dn == 2 && memcmp(d, "--", 2) == 0) ||
                (dn == 3 && (memcmp(d, "\xe2\x80\x93", 3) == 0 || memcmp(d, "\xe2\x80\x94", 3) == 0));
    if (!dash) {
        return false;
    }
    /* before the parenthesis, within eight tokens: a place in capitals opening a paragraph
     * or the sentence, then perhaps a date ("KYIV, Dec 3") */
    uint32_t from = b - 1 > sb + 8 ? b - 1 - 8 : sb;
    for (uint32_t t = from; t < b - 1; t++) {
        if ((t == sb || (doc->toks[t].flags & EG_TOK_PARA_START)) && ws->wlen[t] >= 2 &&
            all_upper(ws->wptr[t], ws->wlen[t])) {
            return true;
        }
    }
    return false;
}

/* Is mention m the place of a dateline: words in capitals opening the sentence or the
 * paragraph, then perhaps a date ("KYIV, Dec 3"), then the agency in parentheses and a dash?
 * "SAO PAULO (Reuters) -" is a place whatever the tagger made of its two given names. */
bool ner_dateline_place(const eg_ner_ws *ws, const eg_doc *doc, const eg_mention *m)
{
    uint32_t sb = doc->sents[m->sent].tok_begin, se = doc->sents[m->sent].tok_end;
    uint32_t b = m->tok_begin, e = m->tok_end;
    if ((b != sb && !(doc->toks[b].flags & EG_TOK_PARA_START)) || ws->wlen[b] < 2 ||
        !all_upper(ws->wptr[b], ws->wlen[b])) {
        return false;
    }
    for (uint32_t t = b + 1; t < e; t++) {
        for (uint32_t k = 0; k < ws->wlen[t]; k++) {
            if (eg_is_lower((unsigned char)ws->wptr[t][k])) {
                return false;
            }
        }
    }
    for (uint32_t p = e; p < se && p <= e + 6; p++) {
        if (tok_word(ws, p, "(")) {
            for (uint32_t c = p + 2; c < se && c <= p + 4; c++) {
                if (tok_word(ws, c, ")")) {
                    return dateline_agency(ws, doc, p + 1, c, sb, se);
                }
            }
            return false;
        }
        unsigned char c0 = (unsigned char)ws->wptr[p][0];
        if (!tok_word(ws, p, ",") && !eg_is_digit(c0) && !eg_is_upper(c0)) {
            return false; /* a date's words only: "KYIV, Dec 3" */
        }
    }
    return false;
}

void ner_drop_bylines(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out)
{
    size_t kept = first;
    uint32_t zone_sent = UINT32_MAX, zone_from = 0; /* a credit line runs to its sentence's end */
    size_t i = first;
    for (size_t s = 0; s < doc->nsents && i < out->n; s++) {
        const eg_sentence *se = &doc->sents[s];
        if (out->v[i].sent != s) {
            continue; /* no mention in this sentence */
        }
        zone_sent = UINT32_MAX;
        for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
            if (t == se->tok_begin || tok_word(ws, t - 1, "(") || tok_word(ws, t - 1, ";")) {
                if (credit_opening(ws, t, se->tok_end)) {
                    zone_sent = (uint32_t)s;
                    zone_from = t;
                    break;
                }
            }
        }
        for (; i < out->n && out->v[i].sent == s; i++) {
            eg_mention *m = &out->v[i];
            bool drop = (zone_sent == s && m->tok_begin >= zone_from && m->type == EG_PERSON) ||
                        (m->type == EG_ORGANIZATION &&
                         dateline_agency(ws, doc, m->tok_begin, m->tok_end, se->tok_begin,
                                         se->tok_end));
            if (drop) {
                free(m->surface);
                continue;
            }
            if ((m->type == EG_PERSON || m->type == EG_ORGANIZATION) && m->gaz < 0 &&
                ner_dateline_place(ws, doc, m)) {
                m->type = EG_LOCATION;
            }
            out->v[kept++] = *m;
        }
    }
    for (; i < out->n; i++) {
        out->v[kept++] = out->v[i];
    }
    out->n = kept;
}
