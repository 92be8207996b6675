/*
 * ner.c - from a segmented document to typed mentions.
 *
 * Pipeline per document:
 *   1. tokens -> eg_word array in the CoNLL conventions the model was trained on (curly
 *      quotes straightened, possessive markers spelled 's);
 *   2. the model's chunks (PER/LOC/ORG/MISC), or the rule recognizer when there is no model;
 *   3. typing with the gazetteer: LOC/ORG naming a country -> COUNTRY, MISC demonym ->
 *      COUNTRY, other MISC dropped, hyphenated compounds of countries ("Russian-Malian") split;
 *   4. gazetteer entries the model missed are added when capitalized and not overlapping.
 *
 * Invariant: mentions come out sorted by (tok_begin, tok_end) and never overlap, except the
 * parts of one split hyphenated token, which share its token span.
 */
#include "ner.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gazetteer.h"
#include "model.h"
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
    const char **wptr; /* word pointers/lengths for eg_gaz_match */
    uint32_t *wlen;
    size_t wptr_cap;
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
    eg_strmap lower_words; /* words the article writes in lower case (built on demand) */
    bool lower_built;
};

/* Is s[0..n) one of the words (exact case)? */
static bool in_list(const char *const *w, size_t nw, const char *s, size_t n)
{
    for (size_t i = 0; i < nw; i++) {
        if (eg_word_eq(w[i], s, n)) {
            return true;
        }
    }
    return false;
}

void eg_mentions_clear(eg_mentions *ms)
{
    for (size_t i = 0; i < ms->n; i++) {
        free(ms->v[i].surface);
    }
    ms->n = 0;
}

void eg_mentions_fini(eg_mentions *ms)
{
    if (!ms) {
        return;
    }
    eg_mentions_clear(ms);
    free(ms->v);
    ms->v = NULL;
    ms->cap = 0;
}

eg_status eg_ner_create(eg_ner **out, const char *model_path, eg_error *err)
{
    *out = NULL;
    eg_ner *ner = calloc(1, sizeof *ner);
    if (!ner) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    ner->gaz = eg_gazetteer_default();
    if (!ner->gaz) {
        free(ner);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory loading the gazetteer");
    }
    eg_status st = EG_OK;
    if (model_path == NULL) {
        st = eg_model_load_default(&ner->model, err);
    } else if (strcmp(model_path, "none") != 0) {
        st = eg_model_load_file(&ner->model, model_path, err);
    }
    if (st != EG_OK) {
        free(ner);
        return st;
    }
    *out = ner;
    return EG_OK;
}

void eg_ner_destroy(eg_ner *ner)
{
    if (ner) {
        eg_model_destroy(ner->model);
        free(ner);
    }
}

eg_ner_ws *eg_ner_ws_create(void)
{
    eg_ner_ws *ws = calloc(1, sizeof *ws);
    if (ws) {
        ws->tag = eg_tag_ws_create();
        if (!ws->tag) {
            free(ws);
            return NULL;
        }
    }
    return ws;
}

void eg_ner_ws_destroy(eg_ner_ws *ws)
{
    if (!ws) {
        return;
    }
    eg_tag_ws_destroy(ws->tag);
    free(ws->words);
    free(ws->sent_start);
    free(ws->chunks);
    free(ws->wptr);
    free(ws->wlen);
    free(ws->tok_sent);
    free(ws->taken);
    eg_buf_fini(&ws->buf);
    eg_buf_fini(&ws->lower);
    free(ws->lower_off);
    eg_strmap_fini(&ws->body_caps);
    free(ws->headline);
    eg_strmap_fini(&ws->lower_words);
    free(ws);
}

/* The word the model sees for token t: CoNLL text is ASCII, so typographic variants are
 * mapped to their ASCII spelling. */
static eg_word model_word(const eg_doc *doc, const eg_token *t)
{
    const char *s = doc->text + t->start;
    uint32_t n = t->end - t->start;
    if (t->flags & EG_TOK_POSSESSIVE) {
        return (eg_word){"'s", 2};
    }
    if (n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80) {
        unsigned char c = (unsigned char)s[2];
        if (c == 0x9C || c == 0x9D) { /* “ ” */
            return (eg_word){"\"", 1};
        }
        if (c == 0x98 || c == 0x99) { /* ‘ ’ */
            return (eg_word){"'", 1};
        }
        if (c == 0x93 || c == 0x94) { /* – — */
            return (eg_word){"-", 1};
        }
    }
    return (eg_word){s, n};
}

static bool starts_upper(const char *s, size_t n)
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

static bool all_upper(const char *s, size_t n)
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

/* Append a mention over tokens [b, e) with the surface text[start, end). */
/* s[0..n) with whitespace runs collapsed to one space, into b (reset first): how a mention's
 * surface is written. */
static bool collapse_ws(eg_buf *b, const char *s, size_t n)
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

static eg_status add_mention(eg_mentions *out, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                             uint32_t e, const char *s, size_t n, eg_etype type, int32_t gaz,
                             bool demonym, eg_found_by source, eg_error *err)
{
    if (!EG_GROW(out->v, out->cap, out->n + 1)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (!collapse_ws(&ws->buf, s, n)) { /* a name may span a line break */
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
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
    static const char *const w[] = {
        "Meanwhile", "However", "Also", "Still", "Yet", "Instead", "Separately", "Earlier",
        "Later", "Now", "Then", "Today", "Yesterday", "Elsewhere", "Additionally", "Moreover",
        "Furthermore", "Nevertheless", "Nonetheless", "Meantime", "Overall", "Finally",
        "Afterwards", "Initially", "Recently", "Currently", "Previously", "Similarly",
        "Likewise", "Consequently", "Therefore", "Thus", "Hence", "Indeed", "Otherwise",
        "Alternatively", "Ultimately", "Importantly", "Notably", "Eventually", "Sometimes",
        "Again", "Clearly", "Apparently", "Reportedly", "Allegedly", "Subsequently"};
    const char *s = doc->text + doc->toks[t].start;
    size_t n = doc->toks[t].end - doc->toks[t].start;
    return in_list(w, EG_ARRAY_LEN(w), s, n);
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

/* eg_gaz_find, with the error said. */
static eg_status gaz_find(const eg_ner *ner, const char *s, size_t n, int32_t *entry, bool *dem,
                          eg_error *err)
{
    if (eg_gaz_find(ner->gaz, s, n, entry, dem) != EG_OK) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    return EG_OK;
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

/* "U.S. Congress", "Russian Foreign Ministry": an organization opening with a country is the
 * organization and its country. Adds the country; *done when the rest was added too. */
static eg_status country_prefix(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
                                uint32_t e, eg_found_by source, eg_mentions *out, bool *done,
                                eg_error *err)
{
    int32_t ce = -1;
    bool cd = false;
    size_t cl;
    if (eg_gaz_match_at(ner->gaz, ws->wptr, ws->wlen, e - 1, b, &cl, &ce, &cd) != EG_OK) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (cl == 0 || cl >= e - b || eg_gaz_entry_at(ner->gaz, ce)->kind != EG_GAZK_COUNTRY) {
        return EG_OK;
    }
    const char *s = doc->text + doc->toks[b].start;
    size_t pn = doc->toks[b + cl - 1].end - doc->toks[b].start;
    eg_status st =
        add_mention(out, ws, doc, b, b + (uint32_t)cl, s, pn, EG_COUNTRY, ce, cd, source, err);
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
    if (rg >= 0 && eg_gaz_entry_at(ner->gaz, rg)->kind == EG_GAZK_ORG) {
        *done = true;
        return add_mention(out, ws, doc, b + (uint32_t)cl, e, rs, rn, EG_ORGANIZATION, rg, false,
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
            eg_status st = add_mention(out, ws, doc, b, e, ps[i], pn[i], EG_COUNTRY, parts[i],
                                       dem[i], source, err);
            if (st != EG_OK) {
                return st;
            }
        }
    }
    return EG_OK;
}

/* Add the mention of tokens [b, e) found as `type` by `source`, after trimming it to the name
 * and letting the lists correct its type. */
static eg_status add_span(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, uint32_t b,
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
    if (type == EG_ORGANIZATION && e - b >= 2) {
        st = country_prefix(ner, ws, doc, b, e, source, out, &done, err);
        if (st != EG_OK || done) {
            return st;
        }
    }
    int32_t gaz;
    st = gaz_find(ner, s, n, &gaz, &demonym, err);
    if (st != EG_OK) {
        return st;
    }
    const eg_gaz_entry *ent = gaz >= 0 ? eg_gaz_entry_at(ner->gaz, gaz) : NULL;
    if (ent && ent->kind == EG_GAZK_COUNTRY && (type != EG_PERSON)) {
        return add_mention(out, ws, doc, b, e, s, n, EG_COUNTRY, gaz, demonym, source, err);
    }
    if (ent && ent->kind == EG_GAZK_ORG && (type == EG_ORGANIZATION || type == EG_LOCATION)) {
        /* the list knows better: "the Kremlin said" is the institution, not the place */
        return add_mention(out, ws, doc, b, e, s, n, EG_ORGANIZATION, gaz, false, source, err);
    }
    if (ent && ent->kind == EG_GAZK_LOCATION && type == EG_LOCATION) {
        return add_mention(out, ws, doc, b, e, s, n, type, gaz, false, source, err);
    }
    if (type == EG_PERSON) {
        /* titles the model kept inside the name ("Gen. Tchiani") are not part of it */
        while (e - b > 1) {
            const eg_token *t = &doc->toks[b];
            uint32_t f = eg_gaz_word_flags(ner->gaz, doc->text + t->start, t->end - t->start);
            if (!(f & EG_GAZ_TITLE)) {
                break;
            }
            b++;
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
    return add_mention(out, ws, doc, b, e, s, n, type, ent && ent->kind == EG_GAZK_ORG ? gaz : -1,
                       false, source, err);
}

static bool short_function_word(const char *s, size_t n)
{
    static const char *const w[] = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or",
                                    "at", "by", "with", "from", "as", "vs", "is", "be"};
    for (size_t i = 0; i < EG_ARRAY_LEN(w); i++) {
        if (eg_word_eqi(w[i], s, n)) {
            return true;
        }
    }
    return false;
}

/* Words Title Case leaves in lower case besides the short function words. */
static bool title_case_small_word(const char *s, size_t n)
{
    static const char *const w[] = {"but", "nor", "via", "per", "into", "over", "upon", "onto",
                                    "amid", "than", "off", "up", "out", "so", "yet", "de", "van",
                                    "von", "al", "bin", "da", "der", "la", "le", "du"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* Headlines in Title Case ("Putin Calls Mali Military Leader Over Niger Coup") mislead a
 * tagger trained on running text. In such a sentence, a capitalized word that the article never
 * writes capitalized in running text and that no list knows is shown to the model in lower
 * case. The mention surfaces still come from the original text. */
static eg_status truecase(eg_ner_ws *ws, const eg_doc *doc, eg_error *err)
{
    const eg_gazetteer *gaz = eg_gazetteer_default();
    size_t n = doc->ntoks;
    if (!EG_GROW(ws->lower_off, ws->lower_cap, n)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    memset(ws->lower_off, 0, n * sizeof *ws->lower_off);
    eg_buf_reset(&ws->lower);
    eg_strmap_fini(&ws->body_caps);
    bool any_title = false;
    unsigned char *title = ws->taken; /* scratch: 1 when the token's sentence is title case */
    for (size_t k = 0; k < doc->nsents; k++) {
        const eg_sentence *se = &doc->sents[k];
        size_t words = 0, caps = 0, lower = 0;
        for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
            const char *w = ws->wptr[t];
            size_t wl = ws->wlen[t];
            if (doc->toks[t].flags & (EG_TOK_PUNCT | EG_TOK_NUMBER | EG_TOK_POSSESSIVE) || wl < 2 ||
                short_function_word(w, wl)) {
                continue;
            }
            words++;
            caps += starts_upper(w, wl) && !all_upper(w, wl);
        }
        /* a headline carries no full stop: a sentence that ends with one and has a word in
         * lower case ("Russian President Vladimir Putin met Assimi Goita in Moscow.") is
         * running text, and truecasing it cut "Putin" and "Goita" from the names */
        uint32_t last = se->tok_end > se->tok_begin ? se->tok_end - 1 : se->tok_begin;
        bool stop = se->tok_end > se->tok_begin && ws->wlen[last] == 1 && ws->wptr[last][0] == '.';
        for (uint32_t t = se->tok_begin; words >= 3 && caps * 10 >= words * 8 && !lower &&
                                         t < se->tok_end;
             t++) {
            const char *w = ws->wptr[t];
            size_t wl = ws->wlen[t];
            lower = wl >= 2 && eg_is_lower((unsigned char)w[0]) && !short_function_word(w, wl) &&
                    !title_case_small_word(w, wl);
        }
        /* Title Case capitalizes every word but the small ones: one lower-case verb or noun
         * ("Meanwhile Vladimir Putin met Xi Jinping") makes it running text full of names */
        bool tc = words >= 3 && caps * 10 >= words * 8 && lower == 0 && (!stop || caps == words);
        any_title = any_title || tc;
        memset(title + se->tok_begin, tc, se->tok_end - se->tok_begin);
    }
    if (!any_title) {
        return EG_OK;
    }
    for (size_t k = 0; k < doc->nsents; k++) {
        const eg_sentence *se = &doc->sents[k];
        for (uint32_t t = se->tok_begin + 1; t < se->tok_end && !title[t]; t++) {
            /* capitalized right after a lower-case word: a name in running text */
            if (starts_upper(ws->wptr[t], ws->wlen[t]) && ws->wlen[t - 1] > 0 &&
                eg_is_lower((unsigned char)ws->wptr[t - 1][0])) {
                eg_buf_reset(&ws->buf);
                if (!eg_gaz_key(&ws->buf, ws->wptr[t], ws->wlen[t]) ||
                    !eg_strmap_put(&ws->body_caps, ws->buf.data, ws->buf.len, 1)) {
                    return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                }
            }
        }
    }
    for (size_t t = 0; t < n; t++) {
        const char *w = ws->wptr[t];
        size_t wl = ws->wlen[t];
        if (!title[t] || !starts_upper(w, wl) || all_upper(w, wl)) {
            continue;
        }
        uint32_t f = eg_gaz_word_flags(gaz, w, wl);
        if (f & (EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_ORG | EG_GAZ_LOCATION |
                 EG_GAZ_FIRSTNAME | EG_GAZ_PART)) {
            continue;
        }
        eg_buf_reset(&ws->buf);
        if (!eg_gaz_key(&ws->buf, w, wl)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        if (eg_strmap_has(&ws->body_caps, ws->buf.data, ws->buf.len)) {
            continue;
        }
        size_t off = ws->lower.len;
        if (!eg_buf_append(&ws->lower, w, wl)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        ws->lower.data[off] = (char)eg_to_lower((unsigned char)w[0]);
        ws->lower_off[t] = (uint32_t)off + 1;
    }
    /* pointers last: the buffer may have moved while growing */
    for (size_t t = 0; t < n; t++) {
        if (ws->lower_off[t]) {
            ws->words[t].s = ws->lower.data + ws->lower_off[t] - 1;
        }
    }
    return EG_OK;
}

static eg_status prepare(eg_ner_ws *ws, const eg_doc *doc, eg_error *err)
{
    size_t n = doc->ntoks ? doc->ntoks : 1;
    if (!EG_GROW(ws->words, ws->words_cap, n) || !EG_GROW(ws->tok_sent, ws->tok_sent_cap, n) ||
        !EG_GROW(ws->taken, ws->taken_cap, n) || !EG_GROW(ws->wlen, ws->wptr_cap, n) ||
        !EG_GROW(ws->sent_start, ws->sent_cap, doc->nsents ? doc->nsents : 1)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    size_t cap2 = 0;
    if (!eg_grow((void **)&ws->wptr, &cap2, n, sizeof *ws->wptr)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < doc->ntoks; i++) {
        ws->words[i] = model_word(doc, &doc->toks[i]);
        ws->wptr[i] = doc->text + doc->toks[i].start;
        ws->wlen[i] = doc->toks[i].end - doc->toks[i].start;
        ws->taken[i] = 0;
    }
    for (size_t k = 0; k < doc->nsents; k++) {
        ws->sent_start[k] = doc->sents[k].tok_begin;
        for (uint32_t t = doc->sents[k].tok_begin; t < doc->sents[k].tok_end; t++) {
            ws->tok_sent[t] = (uint32_t)k;
        }
    }
    eg_status st = truecase(ws, doc, err);
    memset(ws->taken, 0, doc->ntoks); /* truecase used it as scratch */
    return st;
}

static bool is_sentence_start(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    return doc->sents[ws->tok_sent[t]].tok_begin == t;
}

static bool compass_word(const char *s, size_t n)
{
    static const char *const w[] = {"North", "South", "East", "West", "Central", "Latin",
                                    "Northern", "Southern", "Eastern", "Western"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* Closed-list entries (countries, demonyms, organizations, places) not yet covered. */
static eg_status gazetteer_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc,
                                eg_mentions *out, eg_error *err)
{
    for (uint32_t i = 0; i < doc->ntoks; i++) {
        if (ws->taken[i] || !starts_upper(ws->wptr[i], ws->wlen[i])) {
            continue;
        }
        int32_t entry = -1;
        bool demonym = false;
        size_t len;
        if (eg_gaz_match_at(ner->gaz, ws->wptr, ws->wlen, doc->ntoks, i, &len, &entry,
                            &demonym) != EG_OK) {
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
        if (len == 1 && ent->kind != EG_GAZK_COUNTRY && is_sentence_start(doc, ws, i) &&
            !all_upper(ws->wptr[i], ws->wlen[i])) {
            continue; /* "Total revenues rose": a capital at the start proves nothing */
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
        eg_status st = add_mention(out, ws, doc, i, e, s, n, type, entry, demonym, EG_FOUND_GAZETTEER, err);
        if (st != EG_OK) {
            return st;
        }
        i = e - 1;
    }
    return EG_OK;
}

/* Capitalized name words that may continue a name run. */
static bool name_word(const eg_ner *ner, const eg_ner_ws *ws, uint32_t t)
{
    const char *s = ws->wptr[t];
    size_t n = ws->wlen[t];
    if (!starts_upper(s, n)) {
        return false;
    }
    uint32_t f = eg_gaz_word_flags(ner->gaz, s, n);
    return !(f & (EG_GAZ_TITLE | EG_GAZ_COUNTRY | EG_GAZ_DEMONYM));
}

static bool tok_word(const eg_ner_ws *ws, uint32_t t, const char *w)
{
    return eg_word_eq(w, ws->wptr[t], ws->wlen[t]);
}

/* A token that separates the parts of a headline: "Election 2024: Be fair - Togbe Afede". */
static bool headline_break(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    if (!(doc->toks[t].flags & EG_TOK_PUNCT)) {
        return false;
    }
    const char *w = ws->wptr[t];
    size_t n = ws->wlen[t];
    return (n == 1 && (w[0] == ':' || w[0] == '-' || w[0] == '|' || w[0] == ';')) ||
           (n == 3 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
            ((unsigned char)w[2] == 0x93 || (unsigned char)w[2] == 0x94));
}

/* Mark the tokens of headline stretches: the parts of a sentence (split at ":", dashes, "|")
 * with at least four content words of which 80% are capitalized or all in capitals ("Putin
 * Calls Mali Military Leader Over Niger Coup", "The JOY Prime Made in Ghana Fair"). There
 * every word is capitalized, so a capital proves nothing and the title rule stays silent. */
static eg_status mark_headlines(eg_ner_ws *ws, const eg_doc *doc, eg_error *err)
{
    if (!EG_GROW(ws->headline, ws->headline_cap, doc->ntoks)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t k = 0; k < doc->nsents; k++) {
        const eg_sentence *se = &doc->sents[k];
        uint32_t b = se->tok_begin;
        while (b < se->tok_end) {
            uint32_t e = b;
            size_t words = 0, caps = 0;
            while (e < se->tok_end && !headline_break(doc, ws, e)) {
                const char *w = ws->wptr[e];
                size_t wl = ws->wlen[e];
                if (!(doc->toks[e].flags & (EG_TOK_PUNCT | EG_TOK_NUMBER | EG_TOK_POSSESSIVE)) &&
                    wl >= 2 && !short_function_word(w, wl)) {
                    words++;
                    caps += starts_upper(w, wl);
                }
                e++;
            }
            bool hl = words >= 4 && caps * 10 >= words * 8;
            for (uint32_t t = b; t < e; t++) {
                ws->headline[t] = hl;
            }
            if (e < se->tok_end) {
                ws->headline[e] = 0;
                e++;
            }
            b = e;
        }
    }
    return EG_OK;
}

/* Does the article write this word in lower case somewhere ("over", "made")? Then its
 * capitalized form after a title is the word, not a name. The set is built on first use. */
static bool written_lower(eg_ner_ws *ws, const eg_doc *doc, const char *w, size_t n, bool *ok)
{
    if (!ws->lower_built) {
        eg_strmap_fini(&ws->lower_words);
        for (uint32_t t = 0; *ok && t < doc->ntoks; t++) {
            if (eg_is_lower((unsigned char)ws->wptr[t][0])) {
                *ok = eg_strmap_put(&ws->lower_words, ws->wptr[t], ws->wlen[t], 1);
            }
        }
        ws->lower_built = true;
    }
    if (n == 0 || n >= 64) {
        return false;
    }
    char low[64];
    memcpy(low, w, n);
    low[0] = (char)eg_to_lower((unsigned char)low[0]);
    return eg_strmap_has(&ws->lower_words, low, n);
}

/* May token t stand in a name after a title? A capitalized word with a lower-case letter
 * ("D-G", "UN" are abbreviations, not names) outside a headline, that the article does not
 * also write in lower case. */
static bool title_name_word(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, uint32_t t,
                            bool *ok)
{
    const char *w = ws->wptr[t];
    size_t n = ws->wlen[t];
    if (!name_word(ner, ws, t) || ws->headline[t]) {
        return false;
    }
    bool lower = false;
    for (size_t i = 1; i < n; i++) {
        lower = lower || eg_is_lower((unsigned char)w[i]);
    }
    return lower && !written_lower(ws, doc, w, n, ok);
}

/* Rules: a title followed by capitalized words is a person ("President Mohamed Bazoum");
 * without a model, capitalized runs are typed by their words (organization words, given
 * names). */
static eg_status rules_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, bool title_only,
                            eg_mentions *out, eg_error *err)
{
    eg_status hs = mark_headlines(ws, doc, err);
    if (hs != EG_OK) {
        return hs;
    }
    ws->lower_built = false;
    bool ok = true;
    for (uint32_t i = 0; i < doc->ntoks; i++) {
        if (ws->taken[i]) {
            continue;
        }
        uint32_t f = eg_gaz_word_flags(ner->gaz, ws->wptr[i], ws->wlen[i]);
        if ((f & EG_GAZ_TITLE) && starts_upper(ws->wptr[i], ws->wlen[i])) {
            uint32_t e = i + 1;
            while (e < doc->ntoks && e - i <= 4 && !ws->taken[e] &&
                   title_name_word(ner, ws, doc, e, &ok) && ws->tok_sent[e] == ws->tok_sent[i]) {
                uint32_t fe = eg_gaz_word_flags(ner->gaz, ws->wptr[e], ws->wlen[e]);
                if (fe & EG_GAZ_ORG_WORD) {
                    break;
                }
                e++;
            }
            if (!ok) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            if (e + 1 < doc->ntoks && ws->tok_sent[e + 1] == ws->tok_sent[i] &&
                (tok_word(ws, e, "of") || tok_word(ws, e, "on") || tok_word(ws, e, "for")) &&
                starts_upper(ws->wptr[e + 1], ws->wlen[e + 1])) {
                e = i + 1; /* "General Agreement on Tariffs": a name of a body or a text */
            }
            if (e > i + 1) {
                eg_status st = add_span(ner, ws, doc, i + 1, e, EG_PERSON, EG_FOUND_TITLE, out, err);
                if (st != EG_OK) {
                    return st;
                }
                i = e - 1;
            }
            continue;
        }
        if (title_only || !name_word(ner, ws, i)) {
            continue;
        }
        uint32_t e = i + 1;
        bool org = (f & EG_GAZ_ORG_WORD) != 0;
        while (e < doc->ntoks && !ws->taken[e] && ws->tok_sent[e] == ws->tok_sent[i]) {
            if (name_word(ner, ws, e)) {
                org = org || (eg_gaz_word_flags(ner->gaz, ws->wptr[e], ws->wlen[e]) &
                              EG_GAZ_ORG_WORD);
                e++;
            } else if (e + 1 < doc->ntoks && (ws->wlen[e] == 2 || ws->wlen[e] == 3) &&
                       (memcmp(ws->wptr[e], "of", 2) == 0 || memcmp(ws->wptr[e], "for", 3) == 0) &&
                       org && name_word(ner, ws, e + 1)) {
                e++;
            } else {
                break;
            }
        }
        bool first_name = (f & EG_GAZ_FIRSTNAME) != 0;
        bool start = is_sentence_start(doc, ws, i);
        eg_etype type;
        if (org || all_upper(ws->wptr[i], ws->wlen[i])) {
            type = EG_ORGANIZATION;
        } else if (first_name && e - i >= 2) {
            type = EG_PERSON;
        } else {
            i = e - 1;
            continue;
        }
        if (start && e - i == 1) {
            continue;
        }
        eg_status st = add_span(ner, ws, doc, i, e, type, EG_FOUND_RULE, out, err);
        if (st != EG_OK) {
            return st;
        }
        i = e - 1;
    }
    return EG_OK;
}

/* A capitalized word equal to the surname of a person named in full elsewhere in the article
 * is a mention of that person ("Putin" after "Vladimir Putin"). */
static eg_status surname_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                              eg_mentions *out, eg_error *err)
{
    /* last words of the full names, hashed: linear in tokens + mentions */
    eg_strmap last = {0};
    size_t nm = out->n;
    eg_status st = EG_OK;
    for (size_t k = first; k < nm; k++) {
        const eg_mention *m = &out->v[k];
        if (m->type == EG_PERSON && m->tok_end - m->tok_begin >= 2) {
            const eg_token *t = &doc->toks[m->tok_end - 1];
            if (!eg_strmap_put(&last, doc->text + t->start, t->end - t->start, 1)) {
                eg_strmap_fini(&last);
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        }
    }
    for (uint32_t i = 0; last.count && i < doc->ntoks && st == EG_OK; i++) {
        if (ws->taken[i] || !starts_upper(ws->wptr[i], ws->wlen[i])) {
            continue;
        }
        uint32_t f = eg_gaz_word_flags(ner->gaz, ws->wptr[i], ws->wlen[i]);
        if (f & (EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_TITLE)) {
            continue;
        }
        if (eg_strmap_has(&last, ws->wptr[i], ws->wlen[i])) {
            st = add_span(ner, ws, doc, i, i + 1, EG_PERSON, EG_FOUND_SURNAME, out, err);
        }
    }
    eg_strmap_fini(&last);
    return st;
}

static eg_etype chunk_type(eg_ne_type t)
{
    switch (t) {
    case EG_NE_PER:
        return EG_PERSON;
    case EG_NE_ORG:
        return EG_ORGANIZATION;
    default:
        return EG_LOCATION; /* LOC, and MISC checked against the gazetteer by the caller */
    }
}

static int cmp_mention(const void *a, const void *b)
{
    const eg_mention *x = a, *y = b;
    if (x->tok_begin != y->tok_begin) {
        return x->tok_begin < y->tok_begin ? -1 : 1;
    }
    if (x->start != y->start) {
        return x->start < y->start ? -1 : 1;
    }
    return 0;
}

/* The text of tokens [b, e) as a mention surface, into ws->buf. */
static bool span_text(eg_ner_ws *ws, const eg_doc *doc, uint32_t b, uint32_t e)
{
    return collapse_ws(&ws->buf, doc->text + doc->toks[b].start,
                       doc->toks[e - 1].end - doc->toks[b].start);
}

/* "Injured Chelsea", "Since Blinkx", "Besides Reagan": a word capitalized only because it
 * opens the sentence is not part of the name when the article writes that word in lower
 * case elsewhere and names the rest on its own. */
static eg_status trim_openers(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                              eg_error *err)
{
    bool any = false;
    for (size_t i = first; i < out->n && !any; i++) {
        const eg_mention *m = &out->v[i];
        any = m->tok_end - m->tok_begin >= 2 && m->gaz < 0 && m->type != EG_COUNTRY &&
              is_sentence_start(doc, ws, m->tok_begin);
    }
    if (!any) {
        return EG_OK;
    }
    eg_strmap lower = {0}, names = {0};
    bool ok = true;
    for (uint32_t t = 0; ok && t < doc->ntoks; t++) {
        const char *w = doc->text + doc->toks[t].start;
        if (eg_is_lower((unsigned char)w[0])) {
            ok = eg_strmap_put(&lower, w, doc->toks[t].end - doc->toks[t].start, 1);
        }
    }
    for (size_t i = first; ok && i < out->n; i++) {
        ok = eg_strmap_put(&names, out->v[i].surface, strlen(out->v[i].surface), 1);
    }
    for (size_t i = first; ok && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        if (m->tok_end - m->tok_begin < 2 || m->gaz >= 0 || m->type == EG_COUNTRY ||
            !is_sentence_start(doc, ws, m->tok_begin)) {
            continue;
        }
        const eg_token *t0 = &doc->toks[m->tok_begin];
        size_t wl = t0->end - t0->start;
        if (wl < 2 || wl >= 64 || !eg_is_upper((unsigned char)doc->text[t0->start])) {
            continue;
        }
        char w[64];
        memcpy(w, doc->text + t0->start, wl);
        w[0] = (char)eg_to_lower((unsigned char)w[0]);
        w[wl] = '\0';
        if (!eg_strmap_has(&lower, w, wl) || eg_gaz_name_particle(w, wl)) {
            continue; /* "Van Driel said" keeps its "Van" */
        }
        ok = span_text(ws, doc, m->tok_begin + 1, m->tok_end);
        if (!ok || !eg_strmap_has(&names, ws->buf.data, ws->buf.len)) {
            continue;
        }
        char *rest = eg_strndup(ws->buf.data, ws->buf.len);
        ok = rest != NULL;
        if (ok) {
            free(m->surface);
            m->surface = rest;
            m->tok_begin++;
            m->start = doc->toks[m->tok_begin].start;
        }
    }
    eg_strmap_fini(&lower);
    eg_strmap_fini(&names);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* Words that cannot follow a possessive "'s": after them the 's ends a name ("Moody's said",
 * "by Moody's and Standard & Poor's", "Sotheby's in London"). */
static bool after_name_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "said", "says", "say", "has", "had", "have", "is", "was", "were", "are", "will",
        "would", "could", "can", "may", "might", "should", "also", "did", "does", "cut",
        "lowered", "raised", "upgraded", "downgraded", "affirmed", "assigned", "placed", "rated",
        "rates", "reported", "announced", "added", "noted", "expects", "confirmed", "and", "or",
        "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "than", "that", "which",
        "who", "but", "nor"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* Does the possessive token t end a name rather than mark one? */
static bool possessive_ends_name(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    if (t + 1 >= doc->ntoks || ws->tok_sent[t + 1] != ws->tok_sent[t]) {
        return true;
    }
    const eg_token *nx = &doc->toks[t + 1];
    if (nx->flags & EG_TOK_PUNCT) {
        return true;
    }
    return after_name_word(ws->wptr[t + 1], ws->wlen[t + 1]);
}

/* Organization names with a possessive and "&" inside stay whole: "Standard and Poor's Corp"
 * (which a tagger splits at "and") is one name, and "Moody's" in "Moody's said" keeps its 's,
 * since a possessive is always followed by what it possesses. `out` is sorted. */
static eg_status possessive_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                                  eg_error *err)
{
    size_t kept = first;
    for (size_t i = first; i < out->n; i++) {
        eg_mention m = out->v[i];
        bool changed = false;
        /* "Standard" + "and"/"&" + "Poor's ..." */
        if (m.type == EG_ORGANIZATION && m.tok_end + 2 < doc->ntoks &&
            (tok_word(ws, m.tok_end, "and") || tok_word(ws, m.tok_end, "&")) &&
            starts_upper(ws->wptr[m.tok_end + 1], ws->wlen[m.tok_end + 1]) &&
            (doc->toks[m.tok_end + 2].flags & EG_TOK_POSSESSIVE) &&
            ws->tok_sent[m.tok_end + 2] == m.sent) {
            uint32_t e = m.tok_end + 3;
            if (i + 1 < out->n && out->v[i + 1].tok_begin == m.tok_end + 1 &&
                out->v[i + 1].type != EG_COUNTRY) {
                if (out->v[i + 1].tok_end > e) {
                    e = out->v[i + 1].tok_end;
                }
                free(out->v[i + 1].surface);
                i++;
            } else if (i + 1 < out->n && out->v[i + 1].tok_begin < e) {
                e = 0; /* the next word is another mention: leave both */
            }
            if (e) {
                m.tok_end = e;
                changed = true;
            }
        }
        /* "Moody's said": the 's is the name's */
        if (m.type == EG_ORGANIZATION && m.tok_end < doc->ntoks &&
            (doc->toks[m.tok_end].flags & EG_TOK_POSSESSIVE) &&
            possessive_ends_name(doc, ws, m.tok_end)) {
            m.tok_end++;
            changed = true;
        }
        if (changed) {
            m.end = doc->toks[m.tok_end - 1].end;
            if (!collapse_ws(&ws->buf, doc->text + m.start, m.end - m.start)) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            char *sf = eg_strndup(ws->buf.data ? ws->buf.data : "", ws->buf.len);
            if (!sf) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            free(m.surface);
            m.surface = sf;
            m.gaz = -1;
            bool dem = false;
            int32_t g = eg_gaz_lookup(eg_gazetteer_default(), sf, strlen(sf), &dem);
            if (g >= 0 && eg_gaz_entry_at(eg_gazetteer_default(), g)->kind == EG_GAZK_ORG) {
                m.gaz = g;
            }
        }
        out->v[kept++] = m;
    }
    out->n = kept;
    return EG_OK;
}

/* ---- sports reports: teams named after countries and cities ---------------------------- */

enum { SPORT_FOOTBALL, SPORT_CRICKET, SPORT_RUGBY, SPORT_TENNIS, SPORT_BASKETBALL, NSPORTS };

static const char *const sport_name[NSPORTS] = {"football", "cricket", "rugby", "tennis",
                                                "basketball"};

/* Words only one sport uses (lower case, as written in running text). */
static int sport_word(const char *s, size_t n)
{
    static const struct {
        const char *w;
        int sport;
    } words[] = {
        {"football", SPORT_FOOTBALL}, {"soccer", SPORT_FOOTBALL}, {"goal", SPORT_FOOTBALL},
        {"goals", SPORT_FOOTBALL}, {"striker", SPORT_FOOTBALL}, {"midfielder", SPORT_FOOTBALL},
        {"goalkeeper", SPORT_FOOTBALL}, {"FIFA", SPORT_FOOTBALL},
        {"UEFA", SPORT_FOOTBALL}, {"half-time", SPORT_FOOTBALL}, {"equalised", SPORT_FOOTBALL},
        {"equalized", SPORT_FOOTBALL}, {"equaliser", SPORT_FOOTBALL}, {"cricket", SPORT_CRICKET}, {"wicket", SPORT_CRICKET}, {"wickets", SPORT_CRICKET},
        {"innings", SPORT_CRICKET}, {"bowled", SPORT_CRICKET}, {"batting", SPORT_CRICKET},
        {"batsman", SPORT_CRICKET}, {"batters", SPORT_CRICKET}, {"bowlers", SPORT_CRICKET},
        {"centuries", SPORT_CRICKET}, {"ODI", SPORT_CRICKET}, {"T20", SPORT_CRICKET},
        {"rugby", SPORT_RUGBY}, {"scrum", SPORT_RUGBY}, {"Six", SPORT_RUGBY}, {"fly-half", SPORT_RUGBY}, {"lineout", SPORT_RUGBY},
        {"tennis", SPORT_TENNIS}, {"singles", SPORT_TENNIS}, {"doubles", SPORT_TENNIS},
        {"tie-break", SPORT_TENNIS}, {"Davis", SPORT_TENNIS}, {"ATP", SPORT_TENNIS},
        {"WTA", SPORT_TENNIS}, {"Wimbledon", SPORT_TENNIS}, {"rubber", SPORT_TENNIS},
        {"basketball", SPORT_BASKETBALL}, {"NBA", SPORT_BASKETBALL},
        {"rebounds", SPORT_BASKETBALL}, {"baseball", -1}, {"hockey", -1}, {"NFL", -1},
        {"NHL", -1}, {"MLB", -1}};
    for (size_t i = 0; i < EG_ARRAY_LEN(words); i++) {
        if (strlen(words[i].w) == n && memcmp(words[i].w, s, n) == 0) {
            return words[i].sport;
        }
    }
    return -2;
}

/* Words of any sport: a report has several of them. */
static bool match_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "match", "matches", "beat", "beats", "beaten", "beating", "defeated", "defeat", "drew",
        "draw", "won", "win", "wins", "victory", "coach", "captain", "season", "championship",
        "tournament", "final", "semi-final", "quarter-final", "league", "Cup", "cup", "team",
        "squad", "scored", "score", "game", "games", "fixture", "stadium", "title", "series",
        "points", "manager", "qualifier", "champions", "lost", "pool", "group", "Test",
        "League", "play", "played", "host", "face", "meet"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* A result: "2-1", "27-13", "112-104" (no fractions, no ranges of percentages). */
static bool scoreline(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    const char *s = ws->wptr[t];
    size_t n = ws->wlen[t], i = 0, a = 0, b = 0;
    while (i < n && eg_is_digit((unsigned char)s[i])) {
        i++, a++;
    }
    if (a == 0 || a > 3 || i >= n || s[i] != '-') {
        return false;
    }
    i++;
    while (i < n && eg_is_digit((unsigned char)s[i])) {
        i++, b++;
    }
    if (b == 0 || b > 3 || i != n) {
        return false;
    }
    if (t + 1 < doc->ntoks) {
        const char *nx = ws->wptr[t + 1];
        size_t nn = ws->wlen[t + 1];
        static const char *const units[] = {"pct", "percent", "%", "per", "year", "years",
                                            "month", "months", "days", "mln", "billion", "dlrs",
                                            "vote", "votes", "January", "February", "March",
                                            "April", "May", "June", "July", "August",
                                            "September", "October", "November", "December"};
        for (size_t k = 0; k < EG_ARRAY_LEN(units); k++) {
            if (eg_word_eq(units[k], nx, nn)) {
                return false;
            }
        }
    }
    return true;
}

/* Verbs that report a result. */
static bool result_verb(const char *s, size_t n)
{
    static const char *const w[] = {"beat", "beats", "beating", "beaten", "defeated", "defeat",
                                    "drew", "draw", "lost", "won", "win", "victory", "thrashed",
                                    "edged", "routed", "trounced", "stunned", "upset", "crushed",
                                    "hammered", "overcame", "held", "against", "v", "vs"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* Verbs and words of a match between two sides. */
static bool match_verb(const char *s, size_t n)
{
    static const char *const w[] = {
        "beat", "beats", "beating", "beaten", "defeated", "defeat", "defeats", "drew", "draw",
        "lost", "lose", "loses", "won", "win", "wins", "stunned", "thrashed", "edged", "routed",
        "trounced", "overcame", "eliminated", "face", "faces", "meet", "meets", "play", "plays",
        "host", "hosts", "against", "vs", "versus", "v", "v."};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* A place word before a name: "in Adelaide", "at the Maracana", "from Brazil". */
static bool at_place(const eg_ner_ws *ws, uint32_t b)
{
    if (b > 0 && tok_word(ws, b - 1, "the")) {
        b--;
    }
    return b > 0 && (tok_word(ws, b - 1, "in") || tok_word(ws, b - 1, "at") ||
                     tok_word(ws, b - 1, "from"));
}

/* A country or a listed place, however the model typed it (not a demonym). */
static bool team_candidate(const eg_ner *ner, const eg_mention *m)
{
    if (m->demonym || m->team || m->source == EG_FOUND_CLUB_LIST) {
        return false;
    }
    if (m->type == EG_COUNTRY || m->type == EG_LOCATION) {
        return true;
    }
    if (m->type != EG_ORGANIZATION || m->gaz >= 0) {
        return false;
    }
    bool dem = false;
    int32_t g = eg_gaz_lookup(ner->gaz, m->surface, strlen(m->surface), &dem);
    return g >= 0 && !dem && eg_gaz_entry_at(ner->gaz, g)->kind != EG_GAZK_ORG;
}

/* "Nations FC", "Hearts of Oak SC": capitalized words before a club suffix are a club. */
static eg_status club_pass(eg_ner_ws *ws, const eg_doc *doc, eg_mentions *out, eg_error *err)
{
    static const char *const suffix[] = {"FC", "SC", "AFC", "CF", "F.C.", "S.C."};
    for (uint32_t t = 1; t < doc->ntoks; t++) {
        if (ws->taken[t] || !in_list(suffix, EG_ARRAY_LEN(suffix), ws->wptr[t], ws->wlen[t])) {
            continue;
        }
        uint32_t b = t;
        while (b > 0 && t - b < 4 && !ws->taken[b - 1] && ws->tok_sent[b - 1] == ws->tok_sent[t] &&
               starts_upper(ws->wptr[b - 1], ws->wlen[b - 1]) &&
               !(b - 1 == doc->sents[ws->tok_sent[t]].tok_begin && t - b >= 1)) {
            b--;
        }
        if (b == t) {
            continue;
        }
        const char *s = ws->wptr[b];
        size_t n = doc->toks[t].end - doc->toks[b].start;
        eg_status st = add_mention(out, ws, doc, b, t + 1, s, n, EG_ORGANIZATION, -1, false,
                                   EG_FOUND_CLUB, err);
        if (st != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* The key of a person's name with hyphens as spaces: "Moon Jae-in" and "Moon Jae In". */
static bool spaced_key(eg_buf *out, const char *s, size_t n)
{
    if (!eg_gaz_key(out, s, n)) {
        return false;
    }
    for (size_t i = 0; i < out->len; i++) {
        if (out->data[i] == '-') {
            out->data[i] = ' ';
        }
    }
    return true;
}

/* "Moon Jae In" after "Moon Jae-in": a tagger reads "In" as the preposition and stops at
 * "Moon Jae". A person's name followed by a capitalized word that completes a hyphenated name
 * of the article takes that word. `out` is sorted. */
static eg_status spaced_given_names(eg_ner_ws *ws, const eg_doc *doc, size_t first,
                                    eg_mentions *out, eg_error *err)
{
    eg_strmap hyph = {0};
    bool ok = true;
    for (size_t i = first; ok && i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        if (m->type == EG_PERSON && strchr(m->surface, '-')) {
            ok = spaced_key(&ws->buf, m->surface, strlen(m->surface)) &&
                 eg_strmap_put(&hyph, ws->buf.data, ws->buf.len, 1);
        }
    }
    for (size_t i = first; ok && hyph.count && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t t = m->tok_end;
        if (m->type != EG_PERSON || t >= doc->ntoks || ws->tok_sent[t] != m->sent ||
            !starts_upper(ws->wptr[t], ws->wlen[t]) ||
            (i + 1 < out->n && out->v[i + 1].tok_begin <= t)) {
            continue;
        }
        size_t n = doc->toks[t].end - m->start;
        ok = spaced_key(&ws->buf, doc->text + m->start, n);
        if (!ok || !eg_strmap_has(&hyph, ws->buf.data, ws->buf.len)) {
            continue;
        }
        ok = collapse_ws(&ws->buf, doc->text + m->start, n);
        char *sf = ok ? eg_strndup(ws->buf.data, ws->buf.len) : NULL;
        ok = sf != NULL;
        if (ok) {
            free(m->surface);
            m->surface = sf;
            m->tok_end = t + 1;
            m->end = doc->toks[t].end;
        }
    }
    eg_strmap_fini(&hyph);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* A heading line ("Latest Stories", "Related Articles"): a short line without a final stop
 * that is all one capitalized name no list knows, with no organization word and no acronym, is
 * the page's furniture, not an organization or a place. `out` is sorted; removes mentions. */
static void drop_headings(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                          eg_mentions *out)
{
    size_t kept = first;
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        const eg_sentence *se = &doc->sents[m->sent];
        uint32_t end = se->tok_end;
        bool drop = (m->type == EG_ORGANIZATION || m->type == EG_LOCATION) && m->gaz < 0 &&
                    !m->team && m->tok_begin == se->tok_begin && m->tok_end == end &&
                    end - se->tok_begin <= 4 && se->tok_begin > 0;
        for (uint32_t t = m->tok_begin; drop && t < m->tok_end; t++) {
            const char *w = ws->wptr[t];
            size_t n = ws->wlen[t];
            drop = starts_upper(w, n) && !all_upper(w, n) &&
                   !(eg_gaz_word_flags(ner->gaz, w, n) & (EG_GAZ_ORG_WORD | EG_GAZ_ORG));
        }
        if (drop) {
            free(m->surface);
            continue;
        }
        out->v[kept++] = *m;
    }
    out->n = kept;
}

/* A tagger that keeps only the suffix of "Nations FC" as the organization: the capitalized
 * words before it (same sentence, not in another mention, at most three) are the club's
 * name. `out` is sorted. */
static eg_status club_suffixes(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                               eg_error *err)
{
    static const char *const suffix[] = {"FC", "SC", "AFC", "CF", "F.C.", "S.C."};
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        if (m->type != EG_ORGANIZATION || m->tok_end != b + 1 ||
            !in_list(suffix, EG_ARRAY_LEN(suffix), ws->wptr[b], ws->wlen[b])) {
            continue;
        }
        uint32_t lo = i > first ? out->v[i - 1].tok_end : 0;
        uint32_t sb = doc->sents[m->sent].tok_begin;
        while (b > lo && b > sb && m->tok_begin - b < 3 &&
               starts_upper(ws->wptr[b - 1], ws->wlen[b - 1]) &&
               !(doc->toks[b - 1].flags & EG_TOK_PUNCT)) {
            b--;
        }
        if (b == m->tok_begin) {
            continue;
        }
        if (!collapse_ws(&ws->buf, doc->text + doc->toks[b].start, m->end - doc->toks[b].start)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        char *sf = eg_strndup(ws->buf.data, ws->buf.len);
        if (!sf) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        free(m->surface);
        m->surface = sf;
        m->tok_begin = b;
        m->start = doc->toks[b].start;
        m->source = EG_FOUND_CLUB;
    }
    return EG_OK;
}

/* Words that set two sides against each other. */
static bool versus_word(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"against", "beat", "beats", "vs", "v", "versus", "drew",
                                    "draw", "defeated", "host", "hosts"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* A match between an organization and a "person" with no given name ("Accra Lions ... draw
 * against Kpando", "Asante Kotoko ... against Nations FC"): a side that plays an organization
 * is one too. In any article; the sides are the nearest mentions around the word (same
 * sentence, within six words). `out` is sorted. */
static void opponents(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                      eg_mentions *out)
{
    for (size_t i = first; i + 1 < out->n; i++) {
        eg_mention *l = &out->v[i], *r = &out->v[i + 1];
        if (l->sent != r->sent || r->tok_begin < l->tok_end || r->tok_begin - l->tok_end > 8) {
            continue;
        }
        bool vs = false;
        for (uint32_t t = l->tok_end; t < r->tok_begin && !vs; t++) {
            vs = versus_word(ws, t) && t + 3 >= r->tok_begin;
        }
        if (!vs) {
            continue;
        }
        eg_mention *p = l->type == EG_PERSON && r->type == EG_ORGANIZATION   ? l
                        : r->type == EG_PERSON && l->type == EG_ORGANIZATION ? r
                                                                             : NULL;
        if (!p) {
            continue;
        }
        const eg_token *t0 = &doc->toks[p->tok_begin];
        uint32_t f = eg_gaz_word_flags(ner->gaz, doc->text + t0->start, t0->end - t0->start);
        if (!(f & (EG_GAZ_FIRSTNAME | EG_GAZ_TITLE))) {
            p->type = EG_ORGANIZATION;
            p->source = EG_FOUND_OPPONENT;
        }
    }
}

/* Is the mention's text a name of the football club list? */
static bool club_listed(const eg_ner_ws *ws, const eg_mention *m)
{
    return m->tok_end > m->tok_begin &&
           (eg_gaz_phrase_lists(ws->wptr + m->tok_begin, ws->wlen + m->tok_begin,
                                m->tok_end - m->tok_begin) &
            EG_PL_FOOTBALL_CLUB) != 0;
}

/* Clubs of the football list are organizations: a "person" of two words or more that the list
 * names and that does not open with a given name ("Asante Kotoko") anywhere; in a sports
 * report any person the list names ("Tom Tomsk"), and in a football report (or one of no
 * clear sport) any place ("Liverpool") -- under its own name, not as a city's team. */
static void club_names(const eg_ner_ws *ws, size_t first, eg_mentions *out, bool sports,
                       bool football)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        bool given = (eg_gaz_word_flags(g, ws->wptr[b], ws->wlen[b]) & EG_GAZ_FIRSTNAME) != 0;
        bool cand = (m->type == EG_PERSON && (sports || (m->tok_end - b >= 2 && !given))) ||
                    (football && m->type == EG_LOCATION);
        if (cand && club_listed(ws, m)) {
            m->type = EG_ORGANIZATION;
            m->gaz = -1;
            m->source = EG_FOUND_CLUB_LIST;
        }
    }
}

/* Is the candidate a listed country or place (entgraph's lists, or the GeoNames and country
 * phrase lists: "England", "Chicago")? */
static bool team_listed(const eg_ner *ner, const eg_ner_ws *ws, const eg_mention *m)
{
    bool dem = false;
    return m->gaz >= 0 || eg_gaz_lookup(ner->gaz, m->surface, strlen(m->surface), &dem) >= 0 ||
           (eg_gaz_phrase_lists(ws->wptr + m->tok_begin, ws->wlen + m->tok_begin,
                                m->tok_end - m->tok_begin) &
            (EG_PL_COUNTRY | EG_PL_CITY | EG_PL_ADMIN_AREA));
}

/* The name a team is known by: the country's canonical name, else the surface. */
static const char *team_key(const eg_ner *ner, const eg_mention *m)
{
    if (m->gaz >= 0) {
        return eg_gaz_entry_at(ner->gaz, m->gaz)->canonical;
    }
    bool dem = false;
    int32_t g = eg_gaz_lookup(ner->gaz, m->surface, strlen(m->surface), &dem);
    return g >= 0 && !dem ? eg_gaz_entry_at(ner->gaz, g)->canonical : m->surface;
}

enum { SW_SPORT = 1u << 8, SW_OTHER_SPORT = 1u << 9, SW_GENERIC = 1u << 10,
       SW_RESULT = 1u << 11 };

static eg_strmap sport_words;
static bool sport_words_ok;
static pthread_once_t sport_once = PTHREAD_ONCE_INIT;

/* One hash table of the words of sport_word(), match_word() and result_verb(): one lookup per
 * token in the document scan. */
static void sport_table_build(void)
{
    static const char *const extra[] = {
        "football", "soccer", "goal", "goals", "striker", "midfielder", "goalkeeper", "FIFA",
        "UEFA", "half-time", "equalised", "equalized", "equaliser", "cricket", "wicket",
        "wickets", "innings", "bowled", "batting", "batsman", "batters", "bowlers", "centuries",
        "ODI", "T20", "rugby", "scrum", "Six", "fly-half", "lineout", "tennis", "singles",
        "doubles", "tie-break", "Davis", "ATP", "WTA", "Wimbledon", "rubber", "basketball", "NBA",
        "rebounds", "baseball", "hockey", "NFL", "NHL", "MLB", "match", "matches", "beat",
        "beats", "beaten", "beating", "defeated", "defeat", "drew", "draw", "won", "win", "wins",
        "victory", "coach", "captain", "season", "championship", "tournament", "final",
        "semi-final", "quarter-final", "league", "Cup", "cup", "team", "squad", "scored", "score",
        "game", "games", "fixture", "stadium", "title", "series", "points", "manager",
        "qualifier", "champions", "lost", "pool", "group", "Test", "League", "play", "played",
        "host", "face", "meet", "thrashed", "edged", "routed", "trounced", "stunned", "upset",
        "crushed", "hammered", "overcame", "held", "against", "v", "vs"};
    bool ok = true;
    for (size_t i = 0; ok && i < EG_ARRAY_LEN(extra); i++) {
        const char *w = extra[i];
        size_t n = strlen(w);
        int sp = sport_word(w, n);
        uint32_t v = (sp >= 0 ? SW_SPORT | (uint32_t)sp : 0) | (sp == -1 ? SW_OTHER_SPORT : 0) |
                     (match_word(w, n) ? SW_GENERIC : 0) | (result_verb(w, n) ? SW_RESULT : 0);
        ok = v == 0 || eg_strmap_put(&sport_words, w, n, v);
    }
    sport_words_ok = ok;
}

static const eg_strmap *sport_table(void)
{
    pthread_once(&sport_once, sport_table_build);
    return sport_words_ok ? &sport_words : NULL;
}

/* Is the article a sports report (a scoreline with several sport words, or words of one
 * sport)? *sport: the sport its words name most, -1 when none or a tie. */
static bool sports_report(const eg_ner_ws *ws, const eg_doc *doc, const eg_strmap *tab,
                          int *sport)
{
    unsigned per_sport[NSPORTS] = {0};
    unsigned generic = 0, scores = 0, specific = 0;
    uint32_t sent = UINT32_MAX;
    bool num = false, verb = false;
    for (uint32_t t = 0; t < doc->ntoks; t++) {
        if (ws->tok_sent[t] != sent) {
            /* results: a scoreline in a sentence that says who won, lost or drew */
            scores += num && verb;
            num = verb = false;
            sent = ws->tok_sent[t];
        }
        if (doc->toks[t].flags & EG_TOK_NUMBER) {
            num = num || scoreline(doc, ws, t);
            continue;
        }
        if (!eg_is_alpha((unsigned char)ws->wptr[t][0]) || ws->wlen[t] > 16) {
            continue;
        }
        uint32_t v = eg_strmap_get(tab, ws->wptr[t], ws->wlen[t], 0);
        if (v & SW_SPORT) {
            per_sport[v & 0xff]++;
            specific++;
        }
        specific += (v & SW_OTHER_SPORT) != 0;
        generic += (v & SW_GENERIC) != 0;
        verb = verb || (v & SW_RESULT);
    }
    scores += num && verb;
    *sport = -1;
    unsigned best = 0;
    for (int k = 0; k < NSPORTS; k++) {
        if (per_sport[k] > best) {
            best = per_sport[k];
            *sport = k;
        } else if (per_sport[k] == best) {
            *sport = -1; /* a tie: say only "team" */
        }
    }
    return (scores >= 1 && specific + generic >= 3) || (specific >= 3 && generic >= 2);
}

/* Names that play: a result or a match verb within three words, in the same sentence; their
 * team keys go into `teams`. */
static bool playing_names(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                          const eg_mentions *out, eg_strmap *teams)
{
    bool ok = true;
    for (size_t i = first; ok && i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        if (!team_candidate(ner, m) || at_place(ws, m->tok_begin)) {
            continue;
        }
        const eg_sentence *se = &doc->sents[m->sent];
        /* a listed country or city plays when a result or a match verb is within three words;
         * a place no list knows ("Gloucester") only right next to one */
        uint32_t win = team_listed(ner, ws, m) ? 3 : 1;
        uint32_t lo = m->tok_begin >= se->tok_begin + win ? m->tok_begin - win : se->tok_begin;
        uint32_t hi = m->tok_end + win <= se->tok_end ? m->tok_end + win : se->tok_end;
        bool cue = false;
        for (uint32_t t = lo; t < hi && !cue; t++) {
            cue = (t < m->tok_begin || t >= m->tok_end) &&
                  (((doc->toks[t].flags & EG_TOK_NUMBER) && scoreline(doc, ws, t)) ||
                   match_verb(ws->wptr[t], ws->wlen[t]));
        }
        if (cue) {
            const char *k = team_key(ner, m);
            ok = eg_strmap_put(teams, k, strlen(k), 1);
        }
    }
    return ok;
}

/* Every mention of a playing name, except after "in", "at" or "from", becomes its team. */
static bool rename_teams(const eg_ner *ner, eg_ner_ws *ws, size_t first, eg_mentions *out,
                         const eg_strmap *teams, int sport)
{
    eg_buf names = {0};
    bool ok = true;
    for (size_t i = first; ok && teams->count && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        if (!team_candidate(ner, m) || at_place(ws, m->tok_begin)) {
            continue; /* "in Adelaide", "from Brazil": the place */
        }
        const char *name = team_key(ner, m);
        if (!eg_strmap_has(teams, name, strlen(name))) {
            continue;
        }
        eg_buf_reset(&names);
        if (team_listed(ner, ws, m)) {
            ok = eg_buf_printf(&names, "%s (%s%steam)", name, sport >= 0 ? sport_name[sport] : "",
                               sport >= 0 ? " " : "");
        } else {
            ok = eg_buf_puts(&names, m->surface); /* "Medeama": a club no list knows */
        }
        char *sf = ok ? eg_strndup(names.data, names.len) : NULL;
        ok = sf != NULL;
        if (ok) {
            free(m->surface);
            m->surface = sf;
            m->type = EG_ORGANIZATION;
            m->gaz = -1;
            m->team = true;
        }
    }
    eg_buf_fini(&names);
    return ok;
}

/* In a sports report -- a scoreline with several sport words, or words of one sport -- a
 * country or city that plays (subject or object of a match: a sentence with a result or a
 * match verb, not "in Adelaide") names a team. Such a name, everywhere in the report except
 * after "in", "at" or "from", becomes the ORGANIZATION "<name> (<sport> team)": one entity per
 * country and sport, never the country. */
static eg_status sports_teams(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                              eg_mentions *out, eg_error *err)
{
    if (out->n == first) {
        return EG_OK;
    }
    const eg_strmap *tab = sport_table();
    if (!tab) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    int sport;
    if (!sports_report(ws, doc, tab, &sport)) {
        club_names(ws, first, out, false, false);
        return EG_OK;
    }
    club_names(ws, first, out, true, sport == SPORT_FOOTBALL || sport < 0);
    eg_strmap teams = {0};
    bool ok = playing_names(ner, ws, doc, first, out, &teams) &&
              rename_teams(ner, ws, first, out, &teams, sport);
    eg_strmap_fini(&teams);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* The tagger keeps about 1 KB of workspace per token it is given at once, so an article is
 * given in pieces of at most EG_TAG_PIECE_TOKENS tokens, cut between sentences (one 20 MB
 * "sentence" needed 1.8 GB). Articles up to that size are one piece; in a longer one the
 * tagger's memory of earlier mentions holds within a piece. */
static eg_status tag_pieces(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, eg_error *err)
{
    ws->nchunks = 0;
    ws->pieces = 0;
    for (size_t k = 0; k < doc->nsents;) {
        uint32_t t0 = ws->sent_start[k];
        size_t k1 = k + 1;
        while (k1 < doc->nsents &&
               (k1 + 1 < doc->nsents ? ws->sent_start[k1 + 1] : doc->ntoks) - t0 <=
                   EG_TAG_PIECE_TOKENS) {
            k1++; /* sentence k1 ends within the piece */
        }
        size_t t1 = k1 < doc->nsents ? ws->sent_start[k1] : doc->ntoks;
        size_t first = ws->nchunks;
        for (size_t q = k; q < k1; q++) {
            ws->sent_start[q] -= t0; /* the piece's own token numbers, restored below */
        }
        eg_status st = eg_model_tag(ner->model, ws->tag, ws->words + t0, t1 - t0,
                                    ws->sent_start + k, k1 - k, &ws->chunks, &ws->nchunks,
                                    &ws->chunks_cap, err);
        for (size_t q = k; q < k1; q++) {
            ws->sent_start[q] += t0;
        }
        for (size_t c = first; c < ws->nchunks; c++) {
            ws->chunks[c].begin += t0;
            ws->chunks[c].end += t0;
        }
        if (st != EG_OK) {
            return st;
        }
        ws->pieces++;
        k = k1;
    }
    return EG_OK;
}

/* A weekday or month name: "the Council on Monday" does not name a council. */
static bool date_word(const char *s, size_t n)
{
    static const char *const w[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                    "Saturday", "Sunday", "January", "February", "March",
                                    "April", "May", "June", "July", "August", "September",
                                    "October", "November", "December"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* The end of an organization name the tagger cut short before "of", "for" or "on": chunk
 * [b, e) continues over "of [the] Capitalized Words" runs (also "for" and "on" after a name of
 * two words or more; before token `limit`, in the same sentence; never after a legal form:
 * "Canon Inc of Japan") when its last word is an organization word ("National
 * Council" + "for the Safeguard of the Homeland"; not a company's sector word: "Mimran Group
 * of Switzerland") or when an acronym in parentheses right
 * after spells the whole name's capitals ("Moscow Conference" + "on International Security
 * (MCIS)"). Returns e when neither holds. The caller drops the chunks the name takes in. */
static uint32_t complete_org(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc,
                             uint32_t b, uint32_t e, uint32_t limit)
{
    if (eg_gaz_legal_form(ws->wptr[e - 1], ws->wlen[e - 1])) {
        return e; /* "Canon Inc of Japan": the legal form ends the name */
    }
    uint32_t end = e, t = e;
    while (t + 1 < limit && t - b < 12 && ws->tok_sent[t] == ws->tok_sent[b] &&
           (tok_word(ws, t, "of") ||
            (e - b > 1 && (tok_word(ws, t, "for") || tok_word(ws, t, "on"))))) {
        uint32_t w = t + 1 + (tok_word(ws, t + 1, "the") ? 1u : 0u), r = w;
        while (r < limit && ws->tok_sent[r] == ws->tok_sent[b] &&
               starts_upper(ws->wptr[r], ws->wlen[r]) && !date_word(ws->wptr[r], ws->wlen[r]) &&
               !(doc->toks[r].flags & EG_TOK_PUNCT) &&
               !(eg_gaz_word_flags(ner->gaz, ws->wptr[r], ws->wlen[r]) &
                 (EG_GAZ_TITLE | EG_GAZ_FIRSTNAME))) {
            r++; /* a title or a given name starts a person: "... of Prime Minister Sorsa" */
        }
        if (r == w || (eg_gaz_word_flags(ner->gaz, ws->wptr[r - 1], ws->wlen[r - 1]) &
                       EG_GAZ_DEMONYM)) {
            break; /* "... on the West German [proposal]": an adjective, not a name's end */
        }
        end = t = r;
    }
    if (end == e) {
        return e;
    }
    /* a company's sector word before "of" names where it is, not what it is: "Mimran Group
     * of Switzerland", "Olympic Airways of Greece" (a bank, party or court of X is X's) */
    static const char *const firm[] = {"Group", "Holdings", "Industries", "Airlines",
                                       "Airways", "Motors", "Petroleum", "Energy", "Oil",
                                       "Telecom", "Communications", "Network", "Company",
                                       "Companies"};
    if ((eg_gaz_word_flags(ner->gaz, ws->wptr[e - 1], ws->wlen[e - 1]) & EG_GAZ_ORG_WORD) &&
        !(tok_word(ws, e, "of") &&
          in_list(firm, EG_ARRAY_LEN(firm), ws->wptr[e - 1], ws->wlen[e - 1]))) {
        return end;
    }
    /* "(MCIS)": the capitals of the name's words, in order */
    if (end + 2 < doc->ntoks && tok_word(ws, end, "(") && tok_word(ws, end + 2, ")") &&
        all_upper(ws->wptr[end + 1], ws->wlen[end + 1])) {
        const char *a = ws->wptr[end + 1];
        size_t na = ws->wlen[end + 1], k = 0;
        for (uint32_t q = b; q < end && k <= na; q++) {
            if (starts_upper(ws->wptr[q], ws->wlen[q])) {
                if (k == na || ws->wptr[q][0] != a[k]) {
                    return e;
                }
                k++;
            }
        }
        return k == na ? end : e;
    }
    return e;
}

/* An organization chunk that names a region: its last word is a word for an area ("Ahafo and
 * Volta Regions") and no word in it is an organization word ("District Court" stays). */
static bool region_name(const eg_ner *ner, const eg_ner_ws *ws, uint32_t b, uint32_t e)
{
    static const char *const w[] = {"Region", "Regions", "Province", "Provinces", "District",
                                    "Districts", "County", "Counties", "Valley", "Peninsula",
                                    "Islands", "Mountains", "Desert", "Basin"};
    if (!in_list(w, EG_ARRAY_LEN(w), ws->wptr[e - 1], ws->wlen[e - 1])) {
        return false;
    }
    for (uint32_t t = b; t < e; t++) {
        if (eg_gaz_word_flags(ner->gaz, ws->wptr[t], ws->wlen[t]) & (EG_GAZ_ORG_WORD | EG_GAZ_ORG)) {
            return false;
        }
    }
    return true;
}

unsigned eg_ner_ws_pieces(const eg_ner_ws *ws)
{
    return ws->pieces;
}

/* Add the mention of the model's chunk c (a completed organization name may take in the chunks
 * after it); *next: the chunk to look at next. */
static eg_status add_chunk(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t c,
                           eg_mentions *out, size_t *next, eg_error *err)
{
    const eg_chunk *ch = &ws->chunks[c];
    *next = c + 1;
    if (ch->type == EG_NE_MISC) {
        /* only demonyms and country compounds of MISC enter the graph */
        const char *s = ws->wptr[ch->begin];
        size_t n = doc->toks[ch->end - 1].end - doc->toks[ch->begin].start;
        bool dem = false;
        int32_t g;
        eg_status st = gaz_find(ner, s, n, &g, &dem, err);
        if (st != EG_OK) {
            return st;
        }
        bool keep = (g >= 0 && eg_gaz_entry_at(ner->gaz, g)->kind == EG_GAZK_COUNTRY) ||
                    (ch->end - ch->begin == 1 && memchr(s, '-', n));
        if (!keep) {
            for (uint32_t t = ch->begin; t < ch->end; t++) {
                ws->taken[t] = 1; /* "Russian Cabinet"-style spans stay claimed */
            }
            return EG_OK;
        }
    }
    size_t before = out->n;
    uint32_t begin = ch->begin, end = ch->end;
    if (end - begin >= 2 && tok_word(ws, begin, "The")) {
        /* a sentence's "The" is not part of the name, "The Hague" is */
        int32_t g;
        eg_status st = gaz_find(ner, ws->wptr[begin],
                                doc->toks[end - 1].end - doc->toks[begin].start, &g, NULL, err);
        if (st != EG_OK) {
            return st;
        }
        begin += g < 0;
    }
    size_t inner = c + 1; /* the chunks the completed name takes in */
    if (ch->type == EG_NE_ORG) {
        end = complete_org(ner, ws, doc, begin, ch->end, (uint32_t)doc->ntoks);
        while (inner < ws->nchunks && ws->chunks[inner].end <= end) {
            inner++;
        }
        if (inner < ws->nchunks && ws->chunks[inner].begin < end) {
            end = ch->end; /* it would cut a later chunk: keep the tagger's */
            inner = c + 1;
        }
    }
    eg_etype ty = chunk_type(ch->type);
    if (ty == EG_ORGANIZATION && region_name(ner, ws, begin, end)) {
        ty = EG_LOCATION;
    }
    eg_status st = add_span(ner, ws, doc, begin, end, ty, EG_FOUND_MODEL, out, err);
    if (st != EG_OK) {
        return st;
    }
    if (ch->type == EG_NE_MISC && out->n > before && out->v[out->n - 1].type != EG_COUNTRY) {
        eg_mention *m = &out->v[--out->n];
        free(m->surface);
    }
    *next = inner;
    return EG_OK;
}

/* The model's chunks as mentions; then only their tokens stay taken for the passes after. */
static eg_status model_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                            eg_mentions *out, eg_error *err)
{
    eg_status st = tag_pieces(ner, ws, doc, err);
    for (size_t c = 0; st == EG_OK && c < ws->nchunks;) {
        st = add_chunk(ner, ws, doc, c, out, &c, err);
    }
    if (st != EG_OK) {
        return st;
    }
    for (size_t i = 0; i < doc->ntoks; i++) {
        ws->taken[i] = 0;
    }
    for (size_t i = first; i < out->n; i++) {
        for (uint32_t t = out->v[i].tok_begin; t < out->v[i].tok_end; t++) {
            ws->taken[t] = 1;
        }
    }
    return EG_OK;
}

eg_status eg_ner_recognize(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, eg_mentions *out,
                           eg_error *err)
{
    ws->pieces = 0;
    if (doc->ntoks == 0) {
        return EG_OK;
    }
    size_t first = out->n;
    eg_status st = prepare(ws, doc, err);
    if (st == EG_OK && ner->model) {
        st = model_pass(ner, ws, doc, first, out, err);
    }
    /* the lists, clubs, rules and surnames find what the model did not */
    st = st == EG_OK ? gazetteer_pass(ner, ws, doc, out, err) : st;
    st = st == EG_OK ? club_pass(ws, doc, out, err) : st;
    st = st == EG_OK ? rules_pass(ner, ws, doc, ner->model != NULL, out, err) : st;
    st = st == EG_OK ? surname_pass(ner, ws, doc, first, out, err) : st;
    st = st == EG_OK ? trim_openers(ws, doc, first, out, err) : st;
    if (st != EG_OK) {
        return st;
    }
    if (out->n > first) {
        eg_sort(out->v + first, out->n - first, sizeof *out->v, cmp_mention);
    }
    /* then the mentions are corrected and completed in text order */
    st = possessive_names(ws, doc, first, out, err);
    st = st == EG_OK ? spaced_given_names(ws, doc, first, out, err) : st;
    st = st == EG_OK ? club_suffixes(ws, doc, first, out, err) : st;
    if (st != EG_OK) {
        return st;
    }
    drop_headings(ner, ws, doc, first, out);
    opponents(ner, ws, doc, first, out);
    return sports_teams(ner, ws, doc, first, out, err);
}
