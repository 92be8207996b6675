/*
 * alias_bodies.c - a state's body named without its state ("the Finance Ministry", "the
 * Central Bank", "the Senate") is that country's, not one body of every article.
 *
 * Within an article such a name is one entity already; across articles the same key would make
 * one node of Japan's, Brazil's and Saudi Arabia's finance ministries. So its key gets the
 * country the article gives it: the country written right before a mention ("Japan's Finance
 * Ministry"); else, for a body the article names in running text (not in a headline's or a
 * link's line), the United States for the Senate, the House or Congress where the article
 * names them or no country at all, and for a department Washington names so ("Commerce
 * Department") where it names them; else the country the article names most up to the body's
 * first mention, the first named of those named as often (never the United States for a
 * ministry, a parliament or a central bank). A name that carries its country ("West German Finance
 * Ministry", "Central Bank of Nigeria") gets the same key ("germany finance ministry",
 * "nigeria central bank"). Otherwise the name stays as it is. The names and the label of a
 * body so keyed say whose it is: "Finance Ministry (Japan)".
 */
#include "alias.h"
#include "alias_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "util.h"

#define NONE UINT32_MAX

/* Is the word (n bytes) one of words[]? */
static bool word_of(const char *w, size_t n, const char *const *words, size_t nwords)
{
    for (size_t i = 0; i < nwords; i++) {
        if (eg_word_eq(words[i], w, n)) {
            return true;
        }
    }
    return false;
}

/* A ministry's or a department's field ("finance", "foreign affairs", "trade and industry"). */
static bool field_word(const char *w, size_t n)
{
    static const char *const fields[] = {
        "finance",   "finances",  "foreign",   "affairs",     "trade",     "industry",
        "industries", "international", "agriculture", "agricultural", "economy",
        "economic",  "economics", "energy",    "health",      "labour",    "labor",
        "transport", "transportation", "commerce", "education", "environment",
        "interior",  "home",      "defence",   "defense",     "justice",   "oil",
        "petroleum", "mines",     "mining",    "planning",    "information",
        "communications", "telecommunications", "posts", "post", "public", "works",
        "security",  "state",     "fisheries", "food",        "forestry",  "culture",
        "tourism",   "water",     "resources", "natural",     "social",    "welfare",
        "housing",   "development", "science", "technology",  "budget",    "treasury",
        "employment", "and",      "of",        "the"};
    return word_of(w, n, fields, EG_ARRAY_LEN(fields));
}

enum { ANY_STATE = 0, US_KIND = 1, NOT_US = 2, US_FIRST = 3 };

/* Is key k (n bytes, words split by spaces) a state's body without its state: a ministry's or
 * a department's name of fields ("finance ministry", "ministry of finance", "state
 * department", "department of trade and industry") or one of the names every state's body
 * bears? *kind: US_KIND for the Senate, the House and Congress, which a list takes for the
 * United States', US_FIRST for a department Washington names so ("Commerce Department",
 * "Department of Defense", not "Department of Trade and Industry"), NOT_US for a body the
 * United States has none of (a ministry, a parliament, a central bank), else ANY_STATE (a
 * department, a treasury, a supreme court). */
static bool body_key(const char *k, size_t n, int *kind)
{
    static const char *const whole[] = {"supreme court", "constitutional court", "high court",
                                        "cabinet", "treasury", "army", "navy", "air force",
                                        "armed forces", "police"};
    static const char *const abroad[] = {
        "central bank", "parliament", "national assembly",
        "statistics office", "statistics bureau", "statistical office",
        "central statistical office", "central bureau of statistics",
        "national statistics office", "election commission", "electoral commission",
        "central election commission"};
    static const char *const american[] = {"senate", "congress", "house",
                                           "house of representatives"};
    *kind = word_of(k, n, american, EG_ARRAY_LEN(american))  ? US_KIND
            : word_of(k, n, abroad, EG_ARRAY_LEN(abroad)) ? NOT_US
                                                           : ANY_STATE;
    if (*kind != ANY_STATE || word_of(k, n, whole, EG_ARRAY_LEN(whole))) {
        return true;
    }
    /* the words, then their head at one end: "finance ministry", "ministry of finance" */
    const char *first_end = memchr(k, ' ', n);
    const char *last = k + n;
    while (last > k && last[-1] != ' ') {
        last--;
    }
    if (!first_end || last == k) {
        return false; /* one word: "ministry" alone is no body's name */
    }
    size_t fl = (size_t)(first_end - k), ll = (size_t)(k + n - last);
    static const char *const heads[] = {"ministry", "department"};
    bool head_last = word_of(last, ll, heads, EG_ARRAY_LEN(heads));
    bool head_first = !head_last && word_of(k, fl, heads, EG_ARRAY_LEN(heads)) &&
                      strncmp(first_end, " of ", 4) == 0;
    if (!head_last && !head_first) {
        return false;
    }
    const char *a = head_last ? k : first_end + 4, *e = head_last ? last - 1 : k + n;
    static const char *const washington[] = {"commerce",  "labor",    "defense",  "state",
                                             "justice",   "energy",   "transportation",
                                             "agriculture", "treasury", "interior",
                                             "homeland",  "veterans", "housing"};
    bool any = false, spelt_us = false;
    for (const char *w = a; w < e;) {
        size_t wl = strcspn(w, " ");
        if (w + wl > e) {
            wl = (size_t)(e - w);
        }
        if (!field_word(w, wl)) {
            return false;
        }
        spelt_us = spelt_us || word_of(w, wl, washington, EG_ARRAY_LEN(washington));
        any = any || !(wl <= 3 && (memcmp(w, "and", wl) == 0 || memcmp(w, "of", wl) == 0 ||
                                   memcmp(w, "the", wl) == 0));
        w += wl;
        while (w < e && *w == ' ') {
            w++;
        }
    }
    bool department = strncmp(head_last ? last : k, "department", 10) == 0;
    *kind = !department ? NOT_US : spelt_us ? US_FIRST : ANY_STATE;
    return any;
}

/* The country entry that the first words (one to three) of key k name, as a country's name or
 * its people's adjective ("japanese", "west german", "u.s."): the entry and in *len the bytes
 * they take (with the space after them); -1 when none. */
static int32_t country_opening(const char *k, size_t n, size_t *len)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    const char *end = k;
    int32_t found = -1;
    for (int words = 0; words < 3; words++) {
        const char *sp = memchr(end, ' ', (size_t)(k + n - end));
        if (!sp) {
            break; /* the name after it must remain */
        }
        bool demonym = false;
        size_t wl = (size_t)(sp - k);
        int32_t e = g ? eg_gaz_lookup(g, k, wl, &demonym) : -1;
        char up[8];
        if (e < 0 && g && wl < sizeof up) { /* a key's "u.s.", "uk": the list's acronym */
            for (size_t i = 0; i < wl; i++) {
                up[i] = (char)(eg_is_lower((unsigned char)k[i]) ? k[i] - 32 : k[i]);
            }
            e = eg_gaz_lookup(g, up, wl, &demonym);
        }
        if (e >= 0 && eg_gaz_entry_at(g, e)->kind == EG_GAZK_COUNTRY) {
            found = e;
            *len = (size_t)(sp - k) + 1;
        }
        end = sp + 1;
    }
    return found;
}

/* Whether key k (n bytes) names a state's body after its first one, two or three words, where
 * country_opening() may cut it ("finance ministry" after "japanese"). Asked before
 * country_opening(), whose lookups cost more: most keys name no body after any. */
static bool body_after_opening(const char *k, size_t n)
{
    const char *end = k;
    for (int words = 0; words < 3; words++) {
        const char *sp = memchr(end, ' ', (size_t)(k + n - end));
        if (!sp) {
            return false;
        }
        size_t cut = (size_t)(sp - k) + 1;
        int kind = ANY_STATE;
        if (body_key(k + cut, n - cut, &kind)) {
            return true;
        }
        end = sp + 1;
    }
    return false;
}

bool alias_body_name(const char *k)
{
    int kind = ANY_STATE;
    return body_key(k, strlen(k), &kind);
}

size_t alias_body_country(const char *k)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    size_t n = strlen(k), cut = 0;
    int kind = ANY_STATE;
    int32_t c = body_after_opening(k, n) ? country_opening(k, n, &cut) : -1;
    if (c < 0 || !body_key(k + cut, n - cut, &kind)) {
        return 0;
    }
    /* the list's own name in full ("united states", not "u.s." or "american") */
    const char *canon = eg_gaz_entry_at(g, c)->canonical;
    eg_buf key = {0};
    bool same = eg_gaz_key(&key, canon, strlen(canon)) && key.len + 1 == cut &&
                memcmp(key.data, k, key.len) == 0;
    eg_buf_fini(&key);
    return same ? cut : 0;
}

/* The country entry that closes key k after " of " ("central bank of nigeria"): the entry, and
 * in *len the bytes before " of "; -1 when none. */
static int32_t country_closing(const char *k, size_t n, size_t *len)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    for (const char *of = k; g && (of = strstr(of, " of ")) != NULL; of += 4) {
        const char *c = of + 4;
        bool demonym = false;
        int32_t e = eg_gaz_lookup(g, c, (size_t)(k + n - c), &demonym);
        if (e >= 0 && !demonym && eg_gaz_entry_at(g, e)->kind == EG_GAZK_COUNTRY) {
            *len = (size_t)(of - k);
            return e;
        }
    }
    return -1;
}

/* "country-key body-key" into buf, a treasury's department its treasury ("U.S. Department of
 * the Treasury", "the Treasury Department" and "the U.S. Treasury" are one); false when out of
 * memory. */
bool alias_qualified_key(eg_buf *buf, int32_t country, const char *body, size_t n)
{
    static const char department[] = "treasury department";
    static const char representatives[] = "house of representatives";
    if (n == sizeof department - 1 && memcmp(body, department, n) == 0) {
        n = strlen("treasury");
    } else if (n == sizeof representatives - 1 && memcmp(body, representatives, n) == 0) {
        n = strlen("house"); /* the House of a state is its House of Representatives */
    }
    const eg_gaz_entry *ce = eg_gaz_entry_at(eg_gazetteer_default(), country);
    if (!eg_gaz_key(buf, ce->canonical, strlen(ce->canonical))) {
        return false;
    }
    return eg_buf_putc(buf, ' ') && eg_buf_append(buf, body, n);
}

/* Replace entity e's key by buf's, in the article's links too. */
static eg_status rekey(eg_doc_entities *de, uint32_t e, const eg_buf *buf)
{
    char *old = de->ents[e].key;
    for (size_t i = 0; i < de->nlinks; i++) {
        eg_alias_link *l = &de->links[i];
        char **ends[2] = {&l->a, &l->b};
        for (size_t s = 0; s < 2; s++) {
            if (l->type == de->ents[e].type && strcmp(*ends[s], old) == 0) {
                char *k = eg_strndup(buf->data, buf->len);
                if (!k) {
                    return EG_ERR_NOMEM;
                }
                free(*ends[s]);
                *ends[s] = k;
            }
        }
    }
    char *k = eg_strndup(buf->data, buf->len);
    if (!k) {
        return EG_ERR_NOMEM;
    }
    free(old);
    de->ents[e].key = k;
    return EG_OK;
}

/* Does sentence se end as running text does, with a full stop, a question or an exclamation
 * mark (before a closing quote)? The last sentence of a headline's or a link's line does not
 * ("Togbe Afede criticises recent Supreme Court rulings"): the article's subject is no clue to
 * whose body such a line names. */
static bool prose_end(const eg_doc *doc, const eg_sentence *se)
{
    for (uint32_t t = se->tok_end; t > se->tok_begin && se->tok_end - t < 2;) {
        t--;
        const char *w = doc->text + doc->toks[t].start;
        size_t n = doc->toks[t].end - doc->toks[t].start;
        char last = n ? w[n - 1] : 0;
        if (last == '.' || last == '!' || last == '?') {
            return true;
        }
        bool quote = (n == 1 && (last == '"' || last == '\'')) ||
                     (n == 3 && (memcmp(w, "\xe2\x80\x9d", 3) == 0 ||
                                 memcmp(w, "\xe2\x80\x99", 3) == 0));
        if (!quote) {
            return false;
        }
    }
    return false;
}

/* The country a mention names: a country's (not a team's), a listed city's ("TOKYO" of a
 * dateline: Japan), or the United States (entry us) for a U.S. state's ("Texas"); -1 for
 * none. */
static int32_t named_country(const eg_mention *m, int32_t us)
{
    if (m->gaz < 0 || m->team) {
        return -1;
    }
    if (m->type == EG_COUNTRY) {
        return m->gaz;
    }
    const eg_gaz_entry *ge = eg_gaz_entry_at(eg_gazetteer_default(), m->gaz);
    if (m->type != EG_LOCATION) {
        return -1;
    }
    return ge->country >= 0 ? ge->country : eg_us_state(ge->canonical, strlen(ge->canonical)) ? us
                                                                                            : -1;
}

/* The country of the mention's own words: a country mention right before it, with or without
 * "'s" ("Japan 's Finance Ministry", "Japanese" + "Finance Ministry"); -1 when none. */
static int32_t country_before(const eg_doc *doc, const eg_mentions *ms, size_t i)
{
    uint32_t t = ms->v[i].tok_begin;
    for (size_t j = i; j-- > 0 && ms->v[j].tok_end + 1 >= t;) {
        const eg_mention *m = &ms->v[j];
        if (m->type != EG_COUNTRY || m->gaz < 0 || m->team || m->tok_end > t) {
            continue;
        }
        if (m->tok_end == t) {
            return m->gaz;
        }
        const eg_token *tk = &doc->toks[m->tok_end];
        size_t len = tk->end - tk->start;
        const char *s = doc->text + tk->start;
        if (eg_word_eq("'s", s, len) || eg_word_eq("\xe2\x80\x99s", s, len)) {
            return m->gaz;
        }
    }
    return -1;
}

/* A body named without its country, as the article's mentions are read. */
typedef struct body {
    uint32_t e;         /* its entity */
    int kind;           /* body_key's */
    uint32_t first_end; /* the end of the sentence of its first mention */
    bool prose;         /* named in running text */
    int32_t vote[4];    /* the countries written right before its mentions ... */
    uint32_t votes[4];  /* ... and how often */
} body;

static int cmp_first_end(const void *x, const void *y)
{
    const body *a = x, *b = y;
    return a->first_end != b->first_end ? (a->first_end < b->first_end ? -1 : 1)
                                        : (a->e < b->e ? -1 : a->e > b->e);
}

/* The countries named so far, by mentions (the first 64 the article names). */
typedef struct tally {
    int32_t c[64];
    uint32_t n[64];
    size_t len;
} tally;

static void tally_add(tally *t, int32_t c)
{
    size_t k = 0;
    while (k < t->len && t->c[k] != c) {
        k++;
    }
    if (k == t->len && t->len < EG_ARRAY_LEN(t->c)) {
        t->c[t->len] = c, t->n[t->len] = 0, t->len++;
    }
    if (k < t->len) {
        t->n[k]++;
    }
}

/* The country named most often in the tally, the first named of those named as often (the
 * story's lead names its subject first: "Mexico denied reports that British banks ..."), but
 * the United States (entry us) when `abroad`; -1 for none. */
static int32_t tally_leader(const tally *t, int32_t us, bool abroad)
{
    int32_t best = -1;
    uint32_t most = 0;
    for (size_t k = 0; k < t->len; k++) {
        if (!(abroad && t->c[k] == us) && t->n[k] > most) {
            best = t->c[k], most = t->n[k];
        }
    }
    return best;
}

/* *name followed by " (country)". */
static eg_status with_country(char **name, const char *country)
{
    eg_buf b = {0};
    if (!eg_buf_printf(&b, "%s (%s)", *name, country)) {
        eg_buf_fini(&b);
        return EG_ERR_NOMEM;
    }
    free(*name);
    *name = eg_buf_steal(&b);
    return EG_OK;
}

/* Key entity e with `country` (us: the United States' entry): the list's body of that name
 * and country where the list has one; else its names and label (a list's "Supreme Court" too)
 * say whose it is, "Finance Ministry (Japan)", as a sports team's do, but not an acronym
 * ("MITI") or a word of its name ("Ministry") among its names. */
static eg_status give_country(eg_doc_entities *de, uint32_t e, int32_t country, int32_t us,
                              eg_buf *buf)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    eg_local_entity *le = &de->ents[e];
    /* the list's body of that country and name ("Agriculture Department" of an article on
     * the United States: "U.S. Agriculture Department", the U.S. Department of Agriculture) */
    int32_t listed = -1;
    if (le->label && !le->label_fixed) {
        eg_buf_reset(buf);
        if (!eg_buf_printf(buf, "%s %s",
                           country == us ? "U.S." : eg_gaz_entry_at(g, country)->canonical,
                           le->label)) {
            return EG_ERR_NOMEM;
        }
        bool dem = false;
        listed = eg_gaz_lookup(g, buf->data, buf->len, &dem);
        listed = listed >= 0 && eg_gaz_entry_at(g, listed)->kind == EG_GAZK_ORG ? listed : -1;
    }
    if (listed >= 0) {
        const char *canon = eg_gaz_entry_at(g, listed)->canonical;
        char *label = eg_strdup(canon);
        if (!label || !eg_gaz_key(buf, canon, strlen(canon))) {
            free(label);
            return EG_ERR_NOMEM;
        }
        free(le->label);
        le->label = label;
        le->label_fixed = true;
        return rekey(de, e, buf);
    }
    if (!alias_qualified_key(buf, country, le->key, strlen(le->key))) {
        return EG_ERR_NOMEM;
    }
    eg_status st = rekey(de, e, buf);
    const char *cl = eg_gaz_entry_at(g, country)->canonical;
    for (size_t i = 0; st == EG_OK && i < le->nsurf; i++) {
        const char *t = le->surf[i].text;
        int kind = ANY_STATE;
        if (!eg_org_key(buf, t, strlen(t))) {
            st = EG_ERR_NOMEM;
        } else if (body_key(buf->data, buf->len, &kind)) {
            st = with_country(&le->surf[i].text, cl);
        }
    }
    return st == EG_OK && le->label ? with_country(&le->label, cl) : st;
}

eg_status alias_qualify_bodies(const eg_doc *doc, const eg_mentions *ms, eg_doc_entities *de)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    if (!g || de->nmentions != ms->n || de->n == 0) {
        return EG_OK;
    }
    bool demonym = false;
    int32_t us = eg_gaz_lookup(g, "united states", 13, &demonym);
    eg_buf buf = {0};
    eg_status st = EG_OK;
    body *bs = NULL;
    size_t nb = 0, cap = 0;
    uint32_t *slot = malloc(de->n * sizeof *slot);
    if (!slot) {
        return EG_ERR_NOMEM;
    }
    /* a name that carries its country is keyed now ("japanese finance ministry", "central
     * bank of nigeria"; not a list's, keyed with its list name: "U.S. Department of
     * Agriculture"); one without waits for the article's reading */
    for (uint32_t e = 0; e < de->n && st == EG_OK; e++) {
        eg_local_entity *le = &de->ents[e];
        slot[e] = NONE;
        if (le->merged_into != NONE || le->dropped || le->type != EG_ORGANIZATION ||
            !le->key) {
            continue;
        }
        const char *k = le->key;
        size_t n = strlen(k), cut = 0;
        int kind = ANY_STATE;
        int32_t country =
            le->label_fixed || !body_after_opening(k, n) ? -1 : country_opening(k, n, &cut);
        if (country >= 0 && body_key(k + cut, n - cut, &kind)) {
            st = alias_qualified_key(&buf, country, k + cut, n - cut) ? rekey(de, e, &buf)
                                                                 : EG_ERR_NOMEM;
        } else if ((country = country_closing(k, n, &cut)) >= 0 && body_key(k, cut, &kind)) {
            st = alias_qualified_key(&buf, country, k, cut) ? rekey(de, e, &buf) : EG_ERR_NOMEM;
        } else if (body_key(k, n, &kind)) {
            if (!EG_GROW(bs, cap, nb + 1)) {
                st = EG_ERR_NOMEM;
                break;
            }
            bs[nb] = (body){.e = e, .kind = kind, .vote = {-1, -1, -1, -1}};
            slot[e] = (uint32_t)nb++;
        }
    }
    /* the paragraphs of running text, by their last sentences */
    size_t npara = 0;
    for (size_t k = 0; k < doc->nsents; k++) {
        npara = doc->sents[k].para >= npara ? (size_t)doc->sents[k].para + 1 : npara;
    }
    bool *prose = nb > 0 ? calloc(npara ? npara : 1, sizeof *prose) : NULL;
    if (nb > 0 && !prose) {
        st = EG_ERR_NOMEM;
    }
    for (size_t k = 0; prose && k < doc->nsents; k++) {
        if (k + 1 == doc->nsents || doc->sents[k + 1].para != doc->sents[k].para) {
            prose[doc->sents[k].para] = prose_end(doc, &doc->sents[k]);
        }
    }
    /* one reading of the mentions: where each body is first named, whether in running text,
     * the countries written right before it; whether the article names the United States or
     * any country at all */
    bool any_country = false, us_named = false;
    for (size_t i = 0; i < ms->n && st == EG_OK && nb > 0; i++) {
        int32_t c = named_country(&ms->v[i], us);
        any_country = any_country || c >= 0;
        us_named = us_named || (c >= 0 && c == us);
        uint32_t e = de->of_mention[i];
        if (e >= de->n || slot[e] == NONE || ms->v[i].sent >= doc->nsents) {
            continue;
        }
        body *b = &bs[slot[e]];
        const eg_sentence *se = &doc->sents[ms->v[i].sent];
        if (b->first_end == 0) {
            b->first_end = se->tok_end;
        }
        b->prose = b->prose || (se->para < npara && prose[se->para]);
        int32_t v = country_before(doc, ms, i);
        for (size_t k = 0; v >= 0 && k < EG_ARRAY_LEN(b->vote); k++) {
            if (b->vote[k] == v || b->vote[k] < 0) {
                b->vote[k] = v;
                b->votes[k]++;
                break;
            }
        }
    }
    /* then each body in the order the article first names them, with the countries named
     * up to there: the country written right before it, by votes; else the United States
     * for the Senate, the House or Congress wherever the article names it or no country at
     * all (else the name stays as it is: the Senate of an article on the Iran arms affair
     * that names Iran alone), and for a department Washington names so ("Commerce
     * Department") wherever the article names it; else the country named most up to the
     * body's first mention (the first named of those named as often), never the United
     * States for a ministry; and only for a body the article names in running text */
    if (st == EG_OK && nb > 1) {
        qsort(bs, nb, sizeof *bs, cmp_first_end);
    }
    tally t = {.len = 0};
    size_t next = 0;
    for (size_t q = 0; q < nb && st == EG_OK; q++) {
        body *b = &bs[q];
        while (next < ms->n && ms->v[next].tok_begin < b->first_end) {
            int32_t c = named_country(&ms->v[next++], us);
            if (c >= 0) {
                tally_add(&t, c);
            }
        }
        int32_t country = -1;
        uint32_t most = 0;
        for (size_t k = 0; k < EG_ARRAY_LEN(b->vote); k++) {
            if (b->vote[k] >= 0 && b->votes[k] > most) {
                country = b->vote[k], most = b->votes[k];
            }
        }
        if (country < 0 && b->prose) {
            if (b->kind == US_KIND) {
                country = us_named || !any_country ? us : -1;
            } else if (b->kind == US_FIRST && us_named) {
                country = us;
            } else {
                country = tally_leader(&t, us, b->kind == NOT_US);
            }
        }
        if (country >= 0) {
            st = give_country(de, b->e, country, us, &buf);
        }
    }
    free(prose);
    free(bs);
    free(slot);
    eg_buf_fini(&buf);
    return st;
}
