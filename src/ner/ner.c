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
#include "ner_impl.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

void eg_ner_model_id(const eg_ner *ner, char buf[16])
{
    if (ner->model) {
        snprintf(buf, 16, "%08" PRIx32, eg_model_crc(ner->model));
    } else {
        snprintf(buf, 16, "none");
    }
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
    free(ws->wflags);
    free(ws->tok_sent);
    free(ws->taken);
    eg_buf_fini(&ws->buf);
    eg_buf_fini(&ws->lower);
    free(ws->lower_off);
    eg_strmap_fini(&ws->body_caps);
    free(ws->headline);
    free(ws->lower_set);
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

static eg_status prepare(eg_ner_ws *ws, const eg_doc *doc, eg_error *err)
{
    size_t n = doc->ntoks ? doc->ntoks : 1;
    if (!EG_GROW(ws->words, ws->words_cap, n) || !EG_GROW(ws->tok_sent, ws->tok_sent_cap, n) ||
        !EG_GROW(ws->taken, ws->taken_cap, n) || !EG_GROW(ws->wlen, ws->wptr_cap, n) ||
        !EG_GROW(ws->wflags, ws->wflags_cap, n) ||
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
        ws->wflags[i] = EG_GAZ_FLAGS_UNSET;
        ws->taken[i] = 0;
    }
    for (size_t k = 0; k < doc->nsents; k++) {
        ws->sent_start[k] = doc->sents[k].tok_begin;
        for (uint32_t t = doc->sents[k].tok_begin; t < doc->sents[k].tok_end; t++) {
            ws->tok_sent[t] = (uint32_t)k;
        }
    }
    ws->lower_built = false; /* the lower-case words are this article's once built */
    eg_status st = ner_truecase(ws, doc, err);
    memset(ws->taken, 0, doc->ntoks); /* truecase used it as scratch */
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
        eg_tag_ws_recased(ws->tag, ws->lower_off + t0);
        eg_status st = eg_model_tag(ner->model, ws->tag, ws->words + t0, t1 - t0,
                                    ws->sent_start + k, k1 - k, &ws->chunks, &ws->nchunks,
                                    &ws->chunks_cap, err);
        eg_tag_ws_recased(ws->tag, NULL);
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

unsigned eg_ner_ws_pieces(const eg_ner_ws *ws)
{
    return ws->pieces;
}

/* Does chunk c of the model end a named event or law: a MISC chunk whose last word is a
 * competition's, a prize's, a law's or a treaty's head, two words or more ("Australian Open",
 * "Nobel Prize", "Paris Accord", "Northern Ireland Protocol"), or right after another MISC
 * chunk ("British" + "Grand Prix", as the model sometimes cuts it)? The place it opens with
 * names no place there. */
static bool event_chunk(const eg_ner_ws *ws, size_t c)
{
    static const char *const heads[] = {
        "Open", "Prix", "Cup", "Championship", "Championships", "Games", "Olympics",
        "Masters", "Classic", "Trophy", "Rally", "Marathon", "Derby", "Invitational",
        "Prize", "Award", "Awards", "Festival", "Slam", "Paralympics",
    };
    const eg_chunk *ch = &ws->chunks[c];
    uint32_t last = ch->end - 1;
    if (ch->type != EG_NE_MISC ||
        !(in_list(heads, sizeof heads / sizeof *heads, ws->wptr[last], ws->wlen[last]) ||
          eg_law_head(ws->wptr[last], ws->wlen[last]))) {
        return false;
    }
    return ch->end - ch->begin >= 2 ||
           (c > 0 && ws->chunks[c - 1].type == EG_NE_MISC && ws->chunks[c - 1].end == ch->begin);
}

/* Is chunk c a law's or a treaty's name (a named event of event_chunk() with such a head)? */
static bool law_chunk(const eg_ner_ws *ws, size_t c)
{
    uint32_t last = ws->chunks[c].end - 1;
    return eg_law_head(ws->wptr[last], ws->wlen[last]);
}

/* Is chunk c a stock index the model named MISC, two words or more with an index's word
 * ("S&P 500", "S&P/BMV IPC", "STOXX Europe 600", "Nasdaq Composite"), in which no list is to
 * find the rating agency, the exchange or a place? */
static bool index_chunk(const eg_ner_ws *ws, size_t c)
{
    static const char *const words[] = {"S&P", "STOXX", "Stoxx", "FTSE", "MSCI", "ASX", "TSX"};
    static const char *const opens[] = {"Nasdaq", "Dow", "Nikkei", "Hang"};
    const eg_chunk *ch = &ws->chunks[c];
    if (ch->type != EG_NE_MISC || ch->end - ch->begin < 2) {
        return false;
    }
    if (in_list(opens, EG_ARRAY_LEN(opens), ws->wptr[ch->begin], ws->wlen[ch->begin])) {
        return true;
    }
    for (uint32_t t = ch->begin; t < ch->end; t++) {
        if (in_list(words, EG_ARRAY_LEN(words), ws->wptr[t], ws->wlen[t])) {
            return true;
        }
    }
    return false;
}

/* Is chunk c a platform the model named MISC ("wrote on Twitter", "said on X"; eg_model_tag
 * knows when), which no list is to make the company? */
static bool platform_chunk(const eg_ner_ws *ws, size_t c)
{
    const eg_chunk *ch = &ws->chunks[c];
    uint32_t b = ch->begin;
    if (ch->type != EG_NE_MISC) {
        return false;
    }
    if (ch->end - b == 2) {
        return tok_word(ws, b, "Truth") && tok_word(ws, b + 1, "Social");
    }
    return ch->end - b == 1 &&
           (eg_platform_word(ws->wptr[b], ws->wlen[b]) || tok_word(ws, b, "X"));
}

/* Is chunk c a work's or a product's title the model named MISC after its noun ("the film Mary
 * Poppins", "the drug Zantac"; eg_model_tag knows when), in which no list or rule is to find a
 * person or a place ("Hotel Rwanda")? */
static bool work_chunk(const eg_ner_ws *ws, size_t c)
{
    uint32_t b = ws->chunks[c].begin;
    return ws->chunks[c].type == EG_NE_MISC && b > 0 && ws->tok_sent[b - 1] == ws->tok_sent[b] &&
           (eg_work_noun(ws->wptr[b - 1], ws->wlen[b - 1]) ||
            (b > 1 && tok_word(ws, b - 1, "game") && tok_word(ws, b - 2, "video")));
}

/* Is chunk c a ship the model named MISC after a ship's noun ("the tanker Nord Pacific", "the
 * supertanker Arabian Sea") or a navy's prefix ("HMS Belfast"), in which no list is to find a
 * place? */
static bool ship_chunk(const eg_ner_ws *ws, size_t c)
{
    uint32_t b = ws->chunks[c].begin;
    if (ws->chunks[c].type != EG_NE_MISC) {
        return false;
    }
    return eg_ship_prefix(ws->wptr[b], ws->wlen[b]) ||
           (b > 0 && ws->tok_sent[b - 1] == ws->tok_sent[b] &&
            eg_ship_noun(ws->wptr[b - 1], ws->wlen[b - 1], b > 1 ? ws->wptr[b - 2] : "",
                         b > 1 ? ws->wlen[b - 2] : 0));
}

/* Is chunk c part of a named event (itself its end, or a MISC chunk right before the end)? */
static bool in_event(const eg_ner_ws *ws, size_t c)
{
    return event_chunk(ws, c) ||
           (ws->chunks[c].type == EG_NE_MISC && c + 1 < ws->nchunks &&
            ws->chunks[c + 1].begin == ws->chunks[c].end && event_chunk(ws, c + 1));
}

/* A country's name in the list that opens at chunk c and ends with a later chunk of its
 * sentence, each after the one before or an "'s" or "and" after it, which the model cut in
 * pieces ("Democratic People's Republic of Korea", "Trinidad and Tobago"): *whole is the chunk
 * after its last (0 when there is none). */
static eg_status listed_country_over(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc,
                                     size_t c, size_t *whole, eg_error *err)
{
    *whole = 0;
    uint32_t b = ws->chunks[c].begin;
    for (size_t k = c + 1; k < ws->nchunks && k <= c + 2; k++) {
        const eg_chunk *ck = &ws->chunks[k];
        uint32_t gap = ws->chunks[k - 1].end;
        bool joint = ck->begin == gap ||
                     (ck->begin == gap + 1 &&
                      (tok_word(ws, gap, "'s") || tok_word(ws, gap, "\xE2\x80\x99s") ||
                       tok_word(ws, gap, "and") || tok_word(ws, gap, "&")));
        if (!joint || ws->tok_sent[ck->begin] != ws->tok_sent[b]) {
            return EG_OK; /* most chunks: the next one is not a "'s" or an "and" away */
        }
        /* the text as written: the list's "People's" is no "People 's" */
        const char *s = doc->text + doc->toks[b].start;
        size_t n = doc->toks[ck->end - 1].end - doc->toks[b].start;
        bool dem = false;
        int32_t g = -1;
        eg_status st = gaz_find(ner, s, n, &g, &dem, err);
        if (st != EG_OK) {
            return st;
        }
        if (g >= 0 && !dem && eg_gaz_entry_at(ner->gaz, g)->kind == EG_GAZK_COUNTRY) {
            *whole = k + 1;
            return EG_OK;
        }
    }
    return EG_OK;
}

/* The region whose people's adjective s[0..n) is, written as the text writes it ("Scottish",
 * "Northern Irish", "Tigrayan"), or NULL: regions that are no sovereign state, so no
 * country's demonym (countries.tsv), and adjectives that name no language first ("Catalan",
 * "English" do not). */
static const char *region_of_demonym(const char *s, size_t n)
{
    static const char *const regions[][2] = {
        {"Scottish", "Scotland"},         {"Welsh", "Wales"},
        {"Northern Irish", "Northern Ireland"}, {"Tigrayan", "Tigray"},
        {"Chechen", "Chechnya"},          {"Greenlandic", "Greenland"},
        {"Tibetan", "Tibet"},             {"Kashmiri", "Kashmir"},
        {"Crimean", "Crimea"},            {"Bavarian", "Bavaria"},
        {"Flemish", "Flanders"},          {"Sicilian", "Sicily"},
        {"Texan", "Texas"},               {"Californian", "California"},
        {"Puerto Rican", "Puerto Rico"},  {"Quebecois", "Quebec"},
        {"Sardinian", "Sardinia"},        {"Corsican", "Corsica"},
        {"Andalusian", "Andalusia"},      {"Transylvanian", "Transylvania"},
        {"Siberian", "Siberia"},          {"Darfuri", "Darfur"}};
    for (size_t i = 0; i < EG_ARRAY_LEN(regions); i++) {
        if (strlen(regions[i][0]) == n && memcmp(regions[i][0], s, n) == 0) {
            return regions[i][1];
        }
    }
    return NULL;
}

/* Add the mention of the model's chunk c (a completed organization name may take in the chunks
 * after it); *next: the chunk to look at next. */
static eg_status add_chunk(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t c,
                           eg_mentions *out, size_t *next, eg_error *err)
{
    const eg_chunk *ch = &ws->chunks[c];
    *next = c + 1;
    if (in_event(ws, c)) {
        return EG_OK; /* its tokens stay taken (model_pass) */
    }
    if (ch->type == EG_NE_MISC) {
        /* only demonyms and country compounds of MISC enter the graph */
        const char *s = ws->wptr[ch->begin];
        size_t n = doc->toks[ch->end - 1].end - doc->toks[ch->begin].start;
        if (ch->end - ch->begin == 1 && eg_shared_demonym(s, n)) {
            /* "Korean": a country's demonym, which country the article says (resolution,
             * which drops it when the article does not) */
            return ner_add_mention(out, ws, doc, ch->begin, ch->end, s, n, EG_COUNTRY, -1, true,
                                   EG_FOUND_MODEL, err);
        }
        const char *region = region_of_demonym(s, n);
        if (region) {
            /* "Scottish": the region, a place, its adjective the surface */
            eg_status st = ner_add_mention(out, ws, doc, ch->begin, ch->end, s, n, EG_LOCATION,
                                           -1, true, EG_FOUND_MODEL, err);
            if (st == EG_OK) {
                out->v[out->n - 1].canon = region;
                out->v[out->n - 1].canon_len = (uint32_t)strlen(region);
            }
            return st;
        }
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
    size_t whole = 0;
    eg_status wst = listed_country_over(ner, ws, doc, c, &whole, err);
    if (wst != EG_OK) {
        return wst;
    }
    if (whole > 0) {
        /* "Democratic People's Republic of Korea", which the model cut at its "'s" */
        *next = whole;
        end = ws->chunks[whole - 1].end;
        return ner_add_span(ner, ws, doc, begin, end, EG_COUNTRY, EG_FOUND_MODEL, out, err);
    }
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
    uint32_t cut = ch->type == EG_NE_ORG ? ner_firm_of_place(ner, ws, doc, begin, end) : end;
    if (cut < end) {
        end = cut; /* "Mimran Group" of Switzerland */
    } else if (ch->type == EG_NE_ORG) {
        end = ner_complete_org(ner, ws, doc, begin, ch->end, (uint32_t)doc->ntoks);
        while (inner < ws->nchunks && ws->chunks[inner].end <= end) {
            inner++;
        }
        if (inner < ws->nchunks && ws->chunks[inner].begin < end) {
            end = ch->end; /* it would cut a later chunk: keep the tagger's */
            inner = c + 1;
        }
    }
    eg_etype ty = chunk_type(ch->type);
    if (ty == EG_ORGANIZATION && ner_region_name(ner, ws, begin, end)) {
        ty = EG_LOCATION;
    }
    eg_status st = ner_add_span(ner, ws, doc, begin, end, ty, EG_FOUND_MODEL, out, err);
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

/* Take the words of the tickers wire text writes in angle brackets after a company's name
 * ("Ford Motor Co <F>", "Rockwell International Corp <ROK>", "<CKGH.HK>"): no list is to find
 * a country or a place in them (eg_model_tag leaves them out). */
static void ticker_words(eg_ner_ws *ws, const eg_doc *doc)
{
    for (size_t i = 0; i + 2 < doc->ntoks; i++) {
        size_t j = eg_ticker_end(ws->words, i, doc->ntoks);
        for (size_t t = i + 1; t < j; t++) {
            ws->taken[t] = 1;
        }
        i = j > i ? j : i;
    }
}

/* The model's chunks as mentions; then only their tokens, and those of named events, works and
 * platforms, stay taken for the passes after (no list finds Australia in "the Australian
 * Open", nor the company in "wrote on Twitter", nor the ocean in "the tanker Nord Pacific"). */
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
    ticker_words(ws, doc);
    for (size_t c = 0; c < ws->nchunks; c++) {
        if (platform_chunk(ws, c)) {
            ws->taken[ws->chunks[c].begin] = 1;
            ws->taken[ws->chunks[c].end - 1] = 1;
        }
        if (work_chunk(ws, c) || index_chunk(ws, c) || ship_chunk(ws, c)) {
            for (uint32_t t = ws->chunks[c].begin; t < ws->chunks[c].end; t++) {
                ws->taken[t] = 1;
            }
        } else if (in_event(ws, c)) {
            bool law = law_chunk(ws, c);
            for (uint32_t t = ws->chunks[c].begin; t < ws->chunks[c].end; t++) {
                /* a law's country is named ("U.K. Companies Act"), its place is not ("Paris
                   Accord") */
                ws->taken[t] = !(law && (tok_flags(ner, ws, t) & EG_GAZ_COUNTRY));
            }
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
    st = st == EG_OK ? ner_gazetteer_pass(ner, ws, doc, out, err) : st;
    st = st == EG_OK ? ner_club_pass(ws, doc, out, err) : st;
    st = st == EG_OK ? ner_rules_pass(ner, ws, doc, ner->model != NULL, out, err) : st;
    st = st == EG_OK ? ner_surname_pass(ner, ws, doc, first, out, err) : st;
    st = st == EG_OK ? ner_org_acronyms(ner, ws, doc, first, out, err) : st;
    st = st == EG_OK ? ner_trim_openers(ws, doc, first, out, err) : st;
    if (st != EG_OK) {
        return st;
    }
    if (out->n > first) {
        eg_sort(out->v + first, out->n - first, sizeof *out->v, cmp_mention);
    }
    /* then the mentions are corrected and completed in text order */
    st = ner_possessive_names(ws, doc, first, out, err);
    st = st == EG_OK ? ner_spaced_given_names(ws, doc, first, out, err) : st;
    st = st == EG_OK ? ner_club_suffixes(ws, doc, first, out, err) : st;
    st = st == EG_OK ? ner_name_suffixes(ws, doc, first, out, err) : st;
    st = st == EG_OK ? ner_and_names(ws, doc, first, out, err) : st;
    st = st == EG_OK ? ner_royal_names(ws, doc, first, out, err) : st;
    if (st != EG_OK) {
        return st;
    }
    ner_drop_headings(ner, ws, doc, first, out);
    ner_drop_bylines(ws, doc, first, out);
    ner_team_nicknames(ner, ws, first, out);
    st = ner_firm_appositives(ner, ws, doc, first, out, err);
    if (st != EG_OK) {
        return st;
    }
    ner_opponents(ner, ws, doc, first, out);
    st = ner_sports_teams(ner, ws, doc, first, out, err);
    st = st == EG_OK ? ner_state_names(ner, ws, doc, first, out, err) : st;
    if (st == EG_OK) {
        ner_state_abbrevs(ws, doc, first, out);
    }
    return st;
}
