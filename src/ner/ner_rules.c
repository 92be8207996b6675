/*
 * ner_rules.c - the name rules: truecased headlines, titles before names, surnames,
 * sentence openers, possessives, heading lines, organization completion and region names.
 */
#include "ner_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "from",
 * "as", "vs", "is", "be" in any case (twice a token per article: by length, not a list scan) */
static bool short_function_word(const char *s, size_t n)
{
    static const char *const by_len[5] = {"", "a", "anofinontooratbyasvsisbe", "theforand",
                                          "withfrom"};
    if (n == 0 || n > 4) {
        return false;
    }
    char k[4];
    for (size_t i = 0; i < n; i++) {
        k[i] = (char)eg_to_lower((unsigned char)s[i]);
    }
    for (const char *c = by_len[n]; *c; c += n) {
        size_t i = 0;
        while (i < n && c[i] == k[i]) {
            i++; /* not memcmp: a call per candidate cost more than the compare */
        }
        if (i == n) {
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
eg_status ner_truecase(eg_ner_ws *ws, const eg_doc *doc, eg_error *err)
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
        bool scorers = false; /* a score, then a bracket and a capital */
        for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
            const char *w = ws->wptr[t];
            size_t wl = ws->wlen[t];
            scorers = scorers || (t + 2 < se->tok_end && (doc->toks[t].flags & EG_TOK_NUMBER) &&
                                  ws->wlen[t + 1] == 1 && ws->wptr[t + 1][0] == '(' &&
                                  starts_upper(ws->wptr[t + 2], ws->wlen[t + 2]));
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
        /* a results line with its scorers in brackets after the scores, no headline
         * ("Dortmund 3 (Haaland 22, 67, Hazard 84) Mainz 1 (Quaison 51)") */
        tc = tc && !scorers;
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

/* Capitalized name words that may continue a name run. */
static bool name_word(const eg_ner *ner, const eg_ner_ws *ws, uint32_t t)
{
    const char *s = ws->wptr[t];
    size_t n = ws->wlen[t];
    if (!starts_upper(s, n)) {
        return false;
    }
    return !(tok_flags(ner, ws, t) & (EG_GAZ_TITLE | EG_GAZ_COUNTRY | EG_GAZ_DEMONYM));
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

/* The slot of word s[0..n) in ws->lower_set: where it is, or the empty slot it would take. */
static size_t lower_slot(const eg_ner_ws *ws, const char *s, size_t n)
{
    size_t j = (size_t)eg_hash_bytes(s, n) & ws->lower_mask;
    for (; ws->lower_set[j]; j = (j + 1) & ws->lower_mask) {
        uint32_t t = ws->lower_set[j] - 1;
        if (ws->wlen[t] == n && memcmp(ws->wptr[t], s, n) == 0) {
            break;
        }
    }
    return j;
}

/* The set of the words of the article's tokens that start in lower case (no copies: slots
 * name a token); false when out of memory. */
static bool lower_set_build(eg_ner_ws *ws, const eg_doc *doc)
{
    size_t cap = 16;
    while (cap < 2 * doc->ntoks) {
        cap <<= 1;
    }
    if (!EG_GROW(ws->lower_set, ws->lower_set_cap, cap)) {
        return false;
    }
    memset(ws->lower_set, 0, cap * sizeof *ws->lower_set);
    ws->lower_mask = cap - 1;
    for (uint32_t t = 0; t < doc->ntoks; t++) {
        if (eg_is_lower((unsigned char)ws->wptr[t][0])) {
            size_t j = lower_slot(ws, ws->wptr[t], ws->wlen[t]);
            ws->lower_set[j] = ws->lower_set[j] ? ws->lower_set[j] : t + 1;
        }
    }
    return true;
}

bool ner_written_lower(eg_ner_ws *ws, const eg_doc *doc, const char *s, size_t n, bool *ok)
{
    if (!ws->lower_built) {
        *ok = *ok && lower_set_build(ws, doc);
        ws->lower_built = *ok;
        if (!*ok) {
            return false;
        }
    }
    return ws->lower_set[lower_slot(ws, s, n)] != 0;
}

/* Does the article write this word in lower case somewhere ("over", "made")? Then its
 * capitalized form after a title is the word, not a name. */
static bool written_lower(eg_ner_ws *ws, const eg_doc *doc, const char *w, size_t n, bool *ok)
{
    if (n == 0 || n >= 64) {
        return false;
    }
    char low[64];
    memcpy(low, w, n);
    low[0] = (char)eg_to_lower((unsigned char)low[0]);
    return ner_written_lower(ws, doc, low, n, ok);
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

/* Titles that only ever precede a person's name. "General", "Major", "Premier", "Prime",
 * "King", "Private", "Chief", "Deputy", "Professor" or "Bishop" also open company names and
 * longer titles ("General Electric", "Major Market Index", "King World", "Chief Executive"). */
static bool person_title(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {
        "President", "Vice-President", "Minister", "Chancellor", "Emperor", "Empress", "Sultan",
        "Sheikh", "Sheik", "Emir", "Pope", "Cardinal", "Archbishop", "Imam", "Rabbi", "Reverend",
        "Rev.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Brig.", "Mr",
        "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof.", "Sir", "Dame", "Lord",
        "Lady", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman",
        "Governor", "Gov.", "Mayor", "Ambassador", "Envoy", "Secretary-General", "Chairman",
        "Chairwoman", "Spokesman", "Spokeswoman", "Spokesperson", "Commissioner", "Ayatollah",
        "Mullah", "Queen", "Prince", "Princess"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* With a model, the words [b, e) after title t that the model left untagged are a person only
 * when they look like one: not the middle of a longer title or a name ("Chief Executive
 * Michael Jenkins", "Deputy Foreign Minister", "General Electric Co": the run stops at a
 * capitalized word), after a title only people bear ("President Moon Jae-in") or opening with
 * a common given name. Over Reuters-21578 and the BBC articles the words the model left out
 * after any title were almost never a person ("General Electric", "General Partners", "Chief
 * Executive"); the person-name list, which holds words like "Staff", "Lines" and
 * "Christmas", is no evidence. */
static bool title_person(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc, uint32_t t,
                         uint32_t b, uint32_t e)
{
    static const char *const function_words[] = {"Of", "The", "And", "For", "In", "On", "To",
                                                 "A", "An", "At", "By", "With"};
    if (e < doc->ntoks && ws->tok_sent[e] == ws->tok_sent[b] && starts_upper(ws->wptr[e], ws->wlen[e])) {
        return false;
    }
    for (uint32_t u = b; u < e; u++) {
        if (in_list(function_words, EG_ARRAY_LEN(function_words), ws->wptr[u], ws->wlen[u])) {
            return false; /* a title of a work or a headline: "Lord Of ..." */
        }
    }
    return person_title(ws, t) || (tok_flags(ner, ws, b) & EG_GAZ_FIRSTNAME) != 0;
}

/* Rules: a title followed by capitalized words is a person ("President Mohamed Bazoum");
 * without a model, capitalized runs are typed by their words (organization words, given
 * names). */
eg_status ner_rules_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, bool title_only,
                         eg_mentions *out, eg_error *err)
{
    eg_status hs = mark_headlines(ws, doc, err);
    if (hs != EG_OK) {
        return hs;
    }
    bool ok = true;
    for (uint32_t i = 0; i < doc->ntoks; i++) {
        if (ws->taken[i] || !starts_upper(ws->wptr[i], ws->wlen[i])) {
            continue; /* both rules start at a capitalized word */
        }
        uint32_t f = tok_flags(ner, ws, i);
        if (f & EG_GAZ_TITLE) {
            uint32_t e = i + 1;
            while (e < doc->ntoks && e - i <= 4 && !ws->taken[e] &&
                   title_name_word(ner, ws, doc, e, &ok) && ws->tok_sent[e] == ws->tok_sent[i]) {
                uint32_t fe = tok_flags(ner, ws, e);
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
            if (e > i + 1 && (!title_only || title_person(ner, ws, doc, i, i + 1, e))) {
                eg_status st = ner_add_span(ner, ws, doc, i + 1, e, EG_PERSON, EG_FOUND_TITLE, out, err);
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
                org = org || (tok_flags(ner, ws, e) &
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
        eg_status st = ner_add_span(ner, ws, doc, i, e, type, EG_FOUND_RULE, out, err);
        if (st != EG_OK) {
            return st;
        }
        i = e - 1;
    }
    return EG_OK;
}

/* A generational suffix after a person's name: "Jr.", "Sr.", "III". */
static bool name_suffix(const char *s, size_t n)
{
    return eg_name_suffix(s, n, false);
}

/* The token of person mention m's surname: its last word, or the one before a generational
 * suffix ("Gates" of "Charles B. Gates Jr."). */
static uint32_t surname_token(const eg_doc *doc, const eg_mention *m)
{
    uint32_t lt = m->tok_end - 1;
    const eg_token *t = &doc->toks[lt];
    if (lt > m->tok_begin + 1 && name_suffix(doc->text + t->start, t->end - t->start)) {
        lt--;
    }
    return lt;
}

/* The folded forms (eg_gaz_key: "Goïta" -> "goita") of the surnames of the persons named in
 * full among out->v[first, nm), into `folded`; built only when a word needs them. */
static bool fold_surnames(const eg_doc *doc, const eg_mentions *out, size_t first, size_t nm,
                          eg_strmap *folded, eg_buf *key)
{
    for (size_t k = first; k < nm; k++) {
        const eg_mention *m = &out->v[k];
        if (m->type == EG_PERSON && m->tok_end - m->tok_begin >= 2) {
            const eg_token *t = &doc->toks[surname_token(doc, m)];
            if (!eg_gaz_key(key, doc->text + t->start, t->end - t->start) ||
                !eg_strmap_put(folded, key->data, key->len, 1)) {
                return false;
            }
        }
    }
    return true;
}

/* The initials of person mention m of three to five words ("Mohammed bin Salman" -> "MBS",
 * "John F. Kennedy" -> "JFK") into `last` with the value 2 + the token after the name, unless
 * there already (a surname, or earlier initials). False: out of memory. */
static bool put_initials(const eg_doc *doc, const eg_mention *m, eg_strmap *last)
{
    char ini[6];
    size_t k = 0;
    for (uint32_t t = m->tok_begin; t < m->tok_end; t++) {
        unsigned char c = (unsigned char)doc->text[doc->toks[t].start];
        if (eg_is_upper(c) || eg_is_lower(c)) {
            if (k == sizeof ini - 1) {
                return true;
            }
            ini[k++] = (char)(eg_is_lower(c) ? c - 'a' + 'A' : c);
        }
    }
    if (k < 3 || eg_strmap_has(last, ini, k)) {
        return true;
    }
    return eg_strmap_put(last, ini, k, 2 + m->tok_end);
}


/* A capitalized word equal to the surname of a person named in full elsewhere in the article
 * is a mention of that person ("Putin" after "Vladimir Putin"); a surname written with
 * diacritics is also found without them and the other way round ("Goita" after "Assimi
 * Goïta"); so is a word in capitals spelling the initials of a person named before it in three
 * words or more ("AMLO"). */
eg_status ner_surname_pass(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                           eg_mentions *out, eg_error *err)
{
    /* last words of the full names, hashed: linear in tokens + mentions */
    eg_strmap last = {0}, folded = {0};
    eg_buf key = {0};
    bool any_folded = false; /* a surname with letters outside ASCII */
    bool ok = true;
    size_t nm = out->n;
    for (size_t k = first; ok && k < nm; k++) {
        const eg_mention *m = &out->v[k];
        if (m->type == EG_PERSON && m->tok_end - m->tok_begin >= 2) {
            const eg_token *t = &doc->toks[surname_token(doc, m)];
            const char *w = doc->text + t->start;
            size_t n = t->end - t->start;
            ok = eg_strmap_put(&last, w, n, 1);
            size_t skip = eg_gaz_particle_prefix(w, n); /* "Sisi" of "el-Sisi" */
            if (ok && skip) {
                ok = eg_strmap_put(&last, w + skip, n - skip, 1);
            }
            any_folded = any_folded || !eg_is_ascii(w, n);
            ok = ok && put_initials(doc, m, &last);
        }
    }
    for (uint32_t i = 0; ok && last.count && i < doc->ntoks; i++) {
        const char *w = ws->wptr[i];
        size_t n = ws->wlen[i];
        if (ws->taken[i] || !starts_upper(w, n)) {
            continue;
        }
        uint32_t f = tok_flags(ner, ws, i);
        if (f & (EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_TITLE)) {
            continue;
        }
        uint32_t at = eg_strmap_get(&last, w, n, 0);
        bool found = at == 1 || (at > 1 && i >= at - 2); /* initials after the name they spell */
        if (!found && (any_folded || !eg_is_ascii(w, n)) && !all_upper(w, n)) {
            ok = (folded.count || fold_surnames(doc, out, first, nm, &folded, &key)) &&
                 eg_gaz_key(&key, w, n);
            found = ok && eg_strmap_has(&folded, key.data, key.len);
        }
        if (ok && found) {
            eg_status st =
                ner_add_span(ner, ws, doc, i, i + 1, EG_PERSON, EG_FOUND_SURNAME, out, err);
            if (st != EG_OK) {
                eg_buf_fini(&key);
                eg_strmap_fini(&folded);
                eg_strmap_fini(&last);
                return st;
            }
        }
    }
    eg_buf_fini(&key);
    eg_strmap_fini(&folded);
    eg_strmap_fini(&last);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* A word in capitals ("NNPC"), or in capitals and small letters ("BoE"), that no pass took
 * and that spells the initials of an organization named before it in the article is a
 * mention of one ("Bank of England ... Four BoE policymakers"): the recognizer misses
 * acronyms it never saw. Not a word the article also writes in lower case ("THE"), nor one
 * inside a headline in capitals. */
eg_status ner_org_acronyms(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                           eg_mentions *out, eg_error *err)
{
    size_t nm = out->n, norgs = 0;
    for (size_t k = first; k < nm; k++) {
        norgs += out->v[k].type == EG_ORGANIZATION && out->v[k].tok_end - out->v[k].tok_begin >= 2;
    }
    if (norgs == 0 || norgs > 200) {
        return EG_OK;
    }
    for (uint32_t i = 0; i < doc->ntoks; i++) {
        const char *w = ws->wptr[i];
        size_t n = ws->wlen[i];
        if (ws->taken[i] || (ws->headline && ws->headline[i]) || n < 3 || n > 10 ||
            !(all_upper(w, n) || eg_mixed_acronym_word(w, n))) {
            continue;
        }
        bool letters = true;
        for (size_t q = 0; q < n && letters; q++) {
            letters = eg_is_alpha((unsigned char)w[q]);
        }
        if (!letters || (tok_flags(ner, ws, i) & (EG_GAZ_COUNTRY | EG_GAZ_DEMONYM))) {
            continue;
        }
        bool named = false;
        for (size_t k = first; k < nm && !named; k++) {
            const eg_mention *m = &out->v[k];
            if (m->type != EG_ORGANIZATION || m->tok_end > i || m->tok_end - m->tok_begin < 2 ||
                m->surface[0] != w[0]) {
                continue;
            }
            size_t len = strlen(m->surface);
            const char *sp = strrchr(m->surface, ' ');
            named = eg_acronym_of(w, n, m->surface, len) ||
                    (sp && eg_gaz_legal_form(sp + 1, len - (size_t)(sp + 1 - m->surface)) &&
                     eg_acronym_of(w, n, m->surface, (size_t)(sp - m->surface)));
        }
        if (!named) {
            continue;
        }
        char low[16];
        for (size_t q = 0; q < n; q++) {
            low[q] = (char)eg_to_lower((unsigned char)w[q]);
        }
        bool ok = true, lower = ner_written_lower(ws, doc, low, n, &ok);
        if (!ok) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        if (!lower) {
            eg_status st = ner_add_span(ner, ws, doc, i, i + 1, EG_ORGANIZATION,
                                        EG_FOUND_ACRONYM, out, err);
            if (st != EG_OK) {
                return st;
            }
        }
    }
    return EG_OK;
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
eg_status ner_trim_openers(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
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
    eg_strmap names = {0};
    bool ok = true;
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
        if (!ner_written_lower(ws, doc, w, wl, &ok) || eg_gaz_name_particle(w, wl)) {
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
    eg_strmap_fini(&names);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* Does the possessive token t end a name rather than mark one? */
static bool possessive_ends_name(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    if (t + 1 >= doc->ntoks || ws->tok_sent[t + 1] != ws->tok_sent[t]) {
        return true;
    }
    const eg_token *nx = &doc->toks[t + 1];
    if (nx->flags & EG_TOK_PUNCT) {
        /* not a currency's sign, which opens what the name possesses: "Acme's $3 billion
         * bid" (a parenthesis may close the name: "Moody's (MCO.N) said") */
        const char *c = doc->text + nx->start;
        return !(c[0] == '$' || strncmp(c, "\xC2\xA3", 2) == 0 ||
                 strncmp(c, "\xE2\x82\xAC", 3) == 0 || strncmp(c, "\xC2\xA5", 2) == 0);
    }
    return eg_gaz_after_possessive(ws->wptr[t + 1], ws->wlen[t + 1]);
}

/* Organization names with a possessive and "&" inside stay whole: "Standard and Poor's Corp"
 * (which a tagger splits at "and") is one name, and "Moody's" in "Moody's said" keeps its 's,
 * since a possessive is always followed by what it possesses. `out` is sorted. */
eg_status ner_possessive_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                               eg_error *err)
{
    size_t kept = first;
    for (size_t i = first; i < out->n; i++) {
        eg_mention m = out->v[i];
        bool changed = false;
        /* "Standard" + "and"/"&" + "Poor's ..."; not after a name its legal form ends
         * ("Meta Platforms Inc and Alphabet's Google": two firms) */
        if (m.type == EG_ORGANIZATION && m.tok_end + 2 < doc->ntoks &&
            !eg_gaz_legal_form(ws->wptr[m.tok_end - 1], ws->wlen[m.tok_end - 1]) &&
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
        /* "Moody's said": the 's is the name's; never after a legal form ("Acme
         * Incorporated's shares") */
        if (m.type == EG_ORGANIZATION && m.tok_end < doc->ntoks &&
            (doc->toks[m.tok_end].flags & EG_TOK_POSSESSIVE) &&
            !eg_gaz_legal_form(ws->wptr[m.tok_end - 1], ws->wlen[m.tok_end - 1]) &&
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

/* Let mention m run on to token t (inclusive): its surface and end; false when out of memory. */
static bool extend_mention(eg_ner_ws *ws, const eg_doc *doc, eg_mention *m, uint32_t t)
{
    if (!collapse_ws(&ws->buf, doc->text + m->start, doc->toks[t].end - m->start)) {
        return false;
    }
    if (!ner_set_surface(m, ws->buf.data, ws->buf.len)) {
        return false;
    }
    m->tok_end = t + 1;
    m->end = doc->toks[t].end;
    return true;
}

/* "Moon Jae In" after "Moon Jae-in": a tagger reads "In" as the preposition and stops at
 * "Moon Jae". A person's name followed by a capitalized word that completes a hyphenated name
 * of the article takes that word. `out` is sorted. */
eg_status ner_spaced_given_names(eg_ner_ws *ws, const eg_doc *doc, size_t first,
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
        ok = extend_mention(ws, doc, m, t);
    }
    eg_strmap_fini(&hyph);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}


/* "Donald Trump Jr." is not Donald Trump: a person's name of two words or more followed by a
 * generational suffix the tagger left out takes it, so the suffix stays part of the name and
 * of its identity. `out` is sorted. */
/* Do tokens a and b hold the same word, "and" and "&" alike? */
static bool same_word_or_and(const eg_ner_ws *ws, uint32_t a, uint32_t b)
{
    bool and_a = tok_word(ws, a, "and") || tok_word(ws, a, "&");
    bool and_b = tok_word(ws, b, "and") || tok_word(ws, b, "&");
    return (and_a && and_b) ||
           (ws->wlen[a] == ws->wlen[b] && memcmp(ws->wptr[a], ws->wptr[b], ws->wlen[a]) == 0);
}

eg_status ner_and_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                        eg_error *err)
{
    if (out->n - first > 5000) {
        return EG_OK; /* no article names so many: a list, compared pair by pair below */
    }
    bool ok = true;
    for (size_t i = first; ok && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t t = m->tok_end;
        if (m->type != EG_ORGANIZATION || t + 1 >= doc->ntoks || ws->tok_sent[t + 1] != m->sent ||
            !(tok_word(ws, t, "and") || tok_word(ws, t, "&")) ||
            !starts_upper(ws->wptr[t + 1], ws->wlen[t + 1])) {
            continue;
        }
        bool next = i + 1 < out->n && out->v[i + 1].tok_begin <= t + 1;
        if (next && (out->v[i + 1].tok_begin != t + 1 || out->v[i + 1].tok_end != t + 2)) {
            continue;
        }
        size_t k = m->tok_end - m->tok_begin;
        bool named = false;
        for (size_t j = first; j < out->n && !named; j++) {
            const eg_mention *o = &out->v[j];
            if (j == i || o->type != EG_ORGANIZATION || o->tok_end - o->tok_begin < k + 2 ||
                !(eg_ends_in_legal_form(o->surface) || eg_word_eq("Group", ws->wptr[o->tok_end - 1],
                                                                 ws->wlen[o->tok_end - 1]))) {
                continue; /* a company's full name ("Marks & Spencer Group Plc"), not the
                           * model's run of two ("Opel and Vauxhall") */
            }
            named = true;
            for (uint32_t q = 0; q < k + 2 && named; q++) {
                named = same_word_or_and(ws, o->tok_begin + q, m->tok_begin + q);
            }
        }
        if (!named) {
            continue;
        }
        ok = extend_mention(ws, doc, m, t + 1);
        if (ok && next) {
            /* "Spencer", the model's other half (a "person"), is in the name now */
            free(out->v[i + 1].surface);
            memmove(&out->v[i + 1], &out->v[i + 2], (out->n - i - 2) * sizeof *out->v);
            out->n--;
        }
        ws->taken[t] = ws->taken[t + 1] = 1;
    }
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

eg_status ner_name_suffixes(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                            eg_error *err)
{
    bool ok = true;
    for (size_t i = first; ok && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t t = m->tok_end;
        if (m->type != EG_PERSON || m->tok_end - m->tok_begin < 2 || t >= doc->ntoks ||
            ws->tok_sent[t] != m->sent || !name_suffix(ws->wptr[t], ws->wlen[t]) ||
            (i + 1 < out->n && out->v[i + 1].tok_begin <= t) ||
            doc->toks[t].start - doc->toks[t - 1].end > 1) {
            continue;
        }
        ok = extend_mention(ws, doc, m, t);
    }
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

/* Is the word a title that is part of a one-word name's identity ("King Charles", "Pope
 * Francis", "Prince William"), where "President" or "Mr" is not? */
static bool royal_title(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"King", "Queen", "Prince", "Princess", "Pope", "Emperor",
                                    "Empress", "Sultan", "Tsar", "Czar"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* Does a person of the article named in two words or more have word w (n bytes): any of its
 * words, or with `last` its last ("Sutton" of Chris Sutton)? */
bool ner_person_word(const eg_doc *doc, const eg_mentions *out, size_t first, const char *w,
                     size_t n, bool last)
{
    for (size_t i = first; i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        if (m->type != EG_PERSON || m->tok_end - m->tok_begin < 2) {
            continue;
        }
        for (uint32_t t = last ? m->tok_end - 1 : m->tok_begin; t < m->tok_end; t++) {
            const eg_token *k = &doc->toks[t];
            if (k->end - k->start == n && memcmp(doc->text + k->start, w, n) == 0) {
                return true;
            }
        }
    }
    return false;
}

eg_status ner_royal_names(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                          eg_error *err)
{
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        if (m->type != EG_PERSON || m->tok_end - b != 1 || b == 0 ||
            ws->tok_sent[b - 1] != m->sent || !royal_title(ws, b - 1) ||
            (b > 1 && ws->tok_sent[b - 2] == m->sent &&
             eg_gaz_name_particle(ws->wptr[b - 2], ws->wlen[b - 2])) ||
            (i > first && out->v[i - 1].tok_end > b - 1) ||
            ner_person_word(doc, out, first, doc->text + m->start, m->end - m->start, false)) {
            continue; /* "Prince Mohammed" beside "Mohammed bin Salman" is a partial name; the
                         "Sultan" of "Suroor bin Sultan al-Dhahiri" is a name */
        }
        if (!collapse_ws(&ws->buf, doc->text + doc->toks[b - 1].start,
                         m->end - doc->toks[b - 1].start) ||
            !ner_set_surface(m, ws->buf.data, ws->buf.len)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        m->tok_begin = b - 1;
        m->start = doc->toks[b - 1].start;
    }
    return EG_OK;
}

/* A heading line ("Latest Stories", "Related Articles"): a short line without a final stop
 * that is all one capitalized name no list knows, with no organization word and no acronym, is
 * the page's furniture, not an organization or a place. `out` is sorted; removes mentions. */
void ner_drop_headings(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
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
                   !(tok_flags(ner, ws, t) & (EG_GAZ_ORG_WORD | EG_GAZ_ORG));
        }
        if (drop) {
            free(m->surface);
            continue;
        }
        out->v[kept++] = *m;
    }
    out->n = kept;
}

bool ner_date_word(const char *s, size_t n)
{
    static const char *const w[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                    "Saturday", "Sunday", "January", "February", "March",
                                    "April", "May", "June", "July", "August", "September",
                                    "October", "November", "December"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* A company's sector word: before "of" it names where the company is, not what it is: "Mimran
 * Group of Switzerland", "Olympic Airways of Greece" (a bank, party or court of X is X's). */
static bool firm_word(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const firm[] = {"Group", "Holdings", "Industries", "Airlines",
                                       "Airways", "Motors", "Petroleum", "Energy", "Oil",
                                       "Telecom", "Communications", "Network", "Company",
                                       "Companies"};
    return in_list(firm, EG_ARRAY_LEN(firm), ws->wptr[t], ws->wlen[t]);
}

/* The tagger's organization chunk [b, e) that runs on over a sector word's "of" into a listed
 * country or place ("Mimran Group of Switzerland"; see firm_word) ends before "of": returns
 * that end, else e. The place is then found on its own. */
uint32_t ner_firm_of_place(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc,
                           uint32_t b, uint32_t e)
{
    for (uint32_t k = b + 1; k + 1 < e; k++) {
        if (!tok_word(ws, k, "of") || !firm_word(ws, k - 1)) {
            continue;
        }
        const char *s = ws->wptr[k + 1];
        size_t n = doc->toks[e - 1].end - doc->toks[k + 1].start;
        bool dem = false;
        int32_t g = eg_gaz_lookup(ner->gaz, s, n, &dem);
        bool place = (g >= 0 && !dem && eg_gaz_entry_at(ner->gaz, g)->kind != EG_GAZK_ORG) ||
                     (eg_gaz_phrase_lists(ws->wptr + k + 1, ws->wlen + k + 1, e - k - 1) &
                      (EG_PL_COUNTRY | EG_PL_CITY | EG_PL_ADMIN_AREA));
        return place ? k : e;
    }
    return e;
}

/* Is token t "d'" and a capitalized word ("d'Electricite", "d’Ivoire")? */
static bool elided_de(const eg_ner_ws *ws, uint32_t t)
{
    const char *w = ws->wptr[t];
    size_t n = ws->wlen[t], k = 0;
    if (n > 2 && (w[0] == 'd' || w[0] == 'D') && w[1] == '\'') {
        k = 2;
    } else if (n > 4 && (w[0] == 'd' || w[0] == 'D') && memcmp(w + 1, "\xE2\x80\x99", 3) == 0) {
        k = 4;
    }
    return k > 0 && starts_upper(w + k, n - k);
}

/* The end of an organization name the tagger cut short before "of", "for" or "on": chunk
 * [b, e) continues over "of [the] Capitalized Words" runs (also "for" and "on" after a name of
 * two words or more; before token `limit`, in the same sentence; never after a legal form:
 * "Canon Inc of Japan") when its last word is an organization word ("National
 * Council" + "for the Safeguard of the Homeland"; not a company's sector word: "Mimran Group
 * of Switzerland") or when an acronym in parentheses right
 * after spells the whole name's capitals ("Moscow Conference" + "on International Security
 * (MCIS)"). Before that, it takes in a French "d'" and its word ("Compagnie Generale" +
 * "d'Electricite") and ends with a legal form in small letters ("Shell" + "plc"). Returns e
 * when none holds. The caller drops the chunks the name takes in. */
uint32_t ner_complete_org(const eg_ner *ner, const eg_ner_ws *ws, const eg_doc *doc,
                          uint32_t b, uint32_t e, uint32_t limit)
{
    if (eg_gaz_legal_form(ws->wptr[e - 1], ws->wlen[e - 1])) {
        return e; /* "Canon Inc of Japan": the legal form ends the name */
    }
    /* a French name's "d'" and its word: "Compagnie Generale d'Electricite" */
    while (e < limit && ws->tok_sent[e] == ws->tok_sent[b] && elided_de(ws, e)) {
        e++;
    }
    /* a legal form in small letters is the name's too: "Shell plc" */
    if (e < limit && ws->tok_sent[e] == ws->tok_sent[b] && tok_word(ws, e, "plc")) {
        return e + 1;
    }
    uint32_t end = e, t = e;
    while (t + 1 < limit && t - b < 12 && ws->tok_sent[t] == ws->tok_sent[b] &&
           (tok_word(ws, t, "of") ||
            (e - b > 1 && (tok_word(ws, t, "for") || tok_word(ws, t, "on"))))) {
        uint32_t w = t + 1 + (tok_word(ws, t + 1, "the") ? 1u : 0u), r = w;
        while (r < limit && ws->tok_sent[r] == ws->tok_sent[b] &&
               starts_upper(ws->wptr[r], ws->wlen[r]) && !ner_date_word(ws->wptr[r], ws->wlen[r]) &&
               !(doc->toks[r].flags & EG_TOK_PUNCT) &&
               !(tok_flags(ner, ws, r) &
                 (EG_GAZ_TITLE | EG_GAZ_FIRSTNAME))) {
            r++; /* a title or a given name starts a person: "... of Prime Minister Sorsa" */
        }
        if (r == w || (tok_flags(ner, ws, r - 1) &
                       EG_GAZ_DEMONYM)) {
            break; /* "... on the West German [proposal]": an adjective, not a name's end */
        }
        end = t = r;
    }
    if (end == e) {
        return e;
    }
    if ((tok_flags(ner, ws, e - 1) & EG_GAZ_ORG_WORD) &&
        !(tok_word(ws, e, "of") && firm_word(ws, e - 1))) {
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
bool ner_region_name(const eg_ner *ner, const eg_ner_ws *ws, uint32_t b, uint32_t e)
{
    static const char *const w[] = {"Region", "Regions", "Province", "Provinces", "District",
                                    "Districts", "County", "Counties", "Valley", "Peninsula",
                                    "Islands", "Mountains", "Desert", "Basin"};
    if (!in_list(w, EG_ARRAY_LEN(w), ws->wptr[e - 1], ws->wlen[e - 1])) {
        return false;
    }
    for (uint32_t t = b; t < e; t++) {
        if (tok_flags(ner, ws, t) & (EG_GAZ_ORG_WORD | EG_GAZ_ORG)) {
            return false;
        }
    }
    return true;
}

/* A common noun for a company or a band ("research firm", "drugmaker", "pop group") right
 * before a name. */
static bool firm_noun(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {
        "firm", "company", "group", "carrier", "retailer", "giant", "bank", "lender", "insurer",
        "airline", "brokerage", "startup", "start-up", "conglomerate", "chain", "manufacturer",
        "automaker", "carmaker", "chipmaker", "drugmaker", "planemaker", "steelmaker",
        "refiner", "agency", "band", "label", "outfit", "consultancy", "subsidiary", "unit"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* A common noun for a work right before its title ("the film Vera Drake", "the album
 * Hopes and Fears"): the title is no person, organization or place. */
static bool work_noun(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"film", "movie", "documentary", "album", "novel", "musical",
                                    "sitcom", "biopic", "drama", "thriller", "comedy", "opera",
                                    "song", "book", "memoir", "series"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* Is mention m a "person" right after a firm noun, whose first word is no given name or title
 * (nor, in a name of two words or more, a listed name word: "producer Quincy Jones")? Or an
 * organization so placed, which the recognizer's rules already took for the firm ("engineering
 * group Jarvis"): its other mentions, "persons", are the firm too. */
static bool firm_appositive(const eg_ner *ner, eg_ner_ws *ws, const eg_mention *m)
{
    uint32_t b = m->tok_begin;
    if ((m->type != EG_PERSON && m->type != EG_ORGANIZATION) || b == 0 ||
        ws->tok_sent[b - 1] != ws->tok_sent[b] ||
        !firm_noun(ws, b - 1) || (tok_flags(ner, ws, b) & (EG_GAZ_FIRSTNAME | EG_GAZ_TITLE))) {
        return false;
    }
    return m->tok_end - b == 1 ||
           !(eg_gaz_phrase_lists(ws->wptr + b, ws->wlen + b, 1) & EG_PL_PERSON_NAME);
}

/* Is mention m a "place" that no list knows (no country, city, region of the lists)? */
static bool unlisted_place(const eg_ner_ws *ws, const eg_mention *m)
{
    uint32_t b = m->tok_begin;
    return m->type == EG_LOCATION && m->gaz < 0 &&
           !(eg_gaz_phrase_lists(ws->wptr + b, ws->wlen + b, m->tok_end - b) &
             (EG_PL_CITY | EG_PL_ADMIN_AREA | EG_PL_COUNTRY));
}

/* A noun that says "company" of the name next to it and of no place ("drugmaker Moderna",
 * "Anthropic, a rival start-up"; not "giant", "group", "unit", "carrier", which fields, rivers
 * and ships have too). */
static bool company_noun(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"insurer", "manufacturer", "consultancy", "band"};
    return eg_firm_noun(ws->wptr[t], ws->wlen[t]) ||
           in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* Does token t (of sentence s) end a noun phrase: punctuation, a verb of a report or a
 * market, a conjunction, or the sentence's end ("shares of Moderna rose"; not "chief
 * executive of Nordic operator Teliasonera")? */
static bool phrase_ends(const eg_ner_ws *ws, const eg_doc *doc, uint32_t t, uint32_t s)
{
    static const char *const w[] = {"said", "says", "rose", "fell", "gained", "jumped",
                                    "dropped", "slipped", "closed", "and", "or", "was", "is",
                                    "has", "had", "will", "would", "of", "that", "which",
                                    "whose", "based", "owned"};
    return t >= doc->ntoks || ws->tok_sent[t] != s ||
           !eg_is_lower((unsigned char)ws->wptr[t][0]) ||
           in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* Does the text around a "place" no list knows say it is a company: a company noun before it
 * ("drugmaker Moderna") or in apposition after it ("Anthropic, a rival start-up,"), its shares
 * ("shares of Moderna rose", "Moderna shares"), its chief executive, or its declining to
 * comment? */
static bool firm_context(const eg_ner_ws *ws, const eg_doc *doc, const eg_mention *m)
{
    uint32_t n = (uint32_t)doc->ntoks;
    uint32_t b = m->tok_begin, e = m->tok_end, s = ws->tok_sent[b];
    if (b > 0 && ws->tok_sent[b - 1] == s && company_noun(ws, b - 1)) {
        return true;
    }
    if (b > 1 && ws->tok_sent[b - 2] == s && tok_word(ws, b - 1, "of") &&
        (tok_word(ws, b - 2, "shares") || tok_word(ws, b - 2, "Shares") ||
         tok_word(ws, b - 2, "executive")) &&
        phrase_ends(ws, doc, e, s)) {
        return true; /* "shares of Moderna rose", "chief executive of Anthropic said" */
    }
    uint32_t t = e;
    if (t < n && ws->tok_sent[t] == s && tok_word(ws, t, "'s")) {
        t++;
    }
    if (t < n && ws->tok_sent[t] == s &&
        (tok_word(ws, t, "shares") || tok_word(ws, t, "CEO") ||
         (t + 1 < n && tok_word(ws, t, "chief") && tok_word(ws, t + 1, "executive")) ||
         (t + 2 < n && tok_word(ws, t, "declined") && tok_word(ws, t + 1, "to") &&
          tok_word(ws, t + 2, "comment")))) {
        return true;
    }
    /* "Anthropic, a rival start-up, ...": a comma, an article, at most two words, a company
     * noun that ends the phrase (not "Frankfurt, the bank said": a clause) */
    if (e + 2 < n && tok_word(ws, e, ",") &&
        (tok_word(ws, e + 1, "a") || tok_word(ws, e + 1, "an") || tok_word(ws, e + 1, "the"))) {
        for (uint32_t k = e + 2; k <= e + 4 && k < n && ws->tok_sent[k] == s; k++) {
            if (company_noun(ws, k)) {
                return k + 1 >= n || ws->tok_sent[k + 1] != s ||
                       (doc->toks[k + 1].flags & EG_TOK_PUNCT) || tok_word(ws, k + 1, "of") ||
                       tok_word(ws, k + 1, "that") || tok_word(ws, k + 1, "which") ||
                       tok_word(ws, k + 1, "based") || tok_word(ws, k + 1, "whose");
            }
        }
    }
    return false;
}

/* Into works: the title after each noun of works or products in doc (eg_work_noun: "the film
 * Mary Poppins", "the video game Cyberpunk 2077"), its capitals and figures with "of", "the",
 * "and" between them, which the tagger names a work (MISC) and so no mention: the title is the
 * work's in all its mentions. False when out of memory. */
static bool titles_after_work_nouns(const eg_ner_ws *ws, const eg_doc *doc, eg_strmap *works)
{
    for (uint32_t t = 0; t + 1 < doc->ntoks; t++) {
        bool noun = eg_work_noun(ws->wptr[t], ws->wlen[t]) ||
                    (t > 0 && tok_word(ws, t, "game") && tok_word(ws, t - 1, "video"));
        uint32_t a = t + 1, e = a, s = ws->tok_sent[t];
        while (noun && e < doc->ntoks && e < a + 6 && ws->tok_sent[e] == s) {
            bool inner = e > a && e + 1 < doc->ntoks &&
                         starts_upper(ws->wptr[e + 1], ws->wlen[e + 1]) &&
                         (tok_word(ws, e, "of") || tok_word(ws, e, "the") ||
                          tok_word(ws, e, "and"));
            bool figure = e > a && eg_is_digit((unsigned char)ws->wptr[e][0]);
            if (!starts_upper(ws->wptr[e], ws->wlen[e]) && !figure && !inner) {
                break;
            }
            e += inner ? 2 : 1;
        }
        if (e > a && !eg_strmap_put(works, doc->text + doc->toks[a].start,
                                    doc->toks[e - 1].end - doc->toks[a].start, 1)) {
            return false;
        }
    }
    return true;
}

eg_status ner_firm_appositives(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                               eg_mentions *out, eg_error *err)
{
    /* a name said to be a firm somewhere in the article (a "person" or a place no list knows
     * after a firm noun or with a firm's context, or an organization with a firm's context
     * whose first word is no given name or title: "drugmaker Moderna", "Dutch firm Heineken",
     * not "the firm Gordon Wu founded"): every "person" of that name, every such place */
    eg_strmap firms = {0}, works = {0};
    bool ok = titles_after_work_nouns(ws, doc, &works);
    for (size_t i = first; ok && i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        if (firm_appositive(ner, ws, m) || (unlisted_place(ws, m) && firm_context(ws, doc, m)) ||
            (m->type == EG_ORGANIZATION && firm_context(ws, doc, m) &&
             !(tok_flags(ner, ws, b) & (EG_GAZ_FIRSTNAME | EG_GAZ_TITLE)))) {
            ok = eg_strmap_put(&firms, m->surface, strlen(m->surface), 1);
        } else if (m->type != EG_COUNTRY && b > 0 && ws->tok_sent[b - 1] == ws->tok_sent[b] &&
                   work_noun(ws, b - 1)) {
            ok = eg_strmap_put(&works, m->surface, strlen(m->surface), 1);
        }
    }
    size_t kept = first;
    for (size_t i = first; ok && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        if (m->type != EG_COUNTRY && works.count &&
            eg_strmap_has(&works, m->surface, strlen(m->surface))) {
            free(m->surface); /* "Vera Drake" the film, in all its mentions */
            continue;
        }
        if (firms.count && (m->type == EG_PERSON || unlisted_place(ws, m)) &&
            eg_strmap_has(&firms, m->surface, strlen(m->surface))) {
            m->type = EG_ORGANIZATION;
            m->source = EG_FOUND_FIRM_NOUN;
        }
        out->v[kept++] = *m;
    }
    if (ok) {
        out->n = kept;
    }
    eg_strmap_fini(&firms);
    eg_strmap_fini(&works);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}
