/*
 * alias.c - entity resolution.
 *
 * Within an article, resolution runs in a fixed order so that its result does not depend on
 * mention order: (1) exact keys per type, with a majority vote when the recognizer typed one
 * name two ways; (2) acronym definitions; (3) stated aliases; (4) partial person names;
 * (5) misspelled person names. Merges are recorded as `merged_into` chains; `find` follows
 * them. Across articles, candidates are blocked by (type, first two letters of the last word)
 * and, inside a block, a deletion-neighbourhood index (misspell_index.c) proposes the pairs the
 * misspelling rules may accept: near-linear in the names, where comparing every pair of a
 * block was quadratic (40,000 small articles of invented names took minutes).
 *
 * Keys are eg_gaz_key() forms (lowercase, no diacritics, no possessive); country keys are
 * the gazetteer's canonical names, so look-alikes (Niger / Nigeria) can only merge if the
 * closed list says they are one country.
 */
#include "alias.h"
#include "alias_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aliasfile.h"
#include "gazetteer.h"
#include "misspell_index.h"
#include "util.h"

#define NONE UINT32_MAX
#define EG_MAX_PARTIAL_SCAN 3000

void eg_doc_entities_fini(eg_doc_entities *de)
{
    if (!de) {
        return;
    }
    for (size_t i = 0; i < de->n; i++) {
        eg_local_entity *e = &de->ents[i];
        free(e->key);
        free(e->label);
        for (size_t k = 0; k < e->nsurf; k++) {
            free(e->surf[k].text);
        }
        free(e->surf);
    }
    free(de->ents);
    if (de->why) {
        for (size_t i = 0; i < de->nmentions; i++) {
            free(de->why[i]);
        }
    }
    free(de->why);
    free(de->rule);
    free(de->of_mention);
    for (size_t i = 0; i < de->nlinks; i++) {
        free(de->links[i].a);
        free(de->links[i].b);
        free(de->links[i].a_label);
    }
    free(de->links);
    eg_strmap_fini(&de->index);
    memset(de, 0, sizeof *de);
}

typedef struct ctx {
    const eg_doc *doc;
    eg_mentions *ms;
    eg_doc_entities *de;
    eg_buf key;
    bool explain;
    bool dropped; /* some entity was dropped before generic_words() removes their mentions */
    bool *placed; /* per mention, up to partial names: the recognizer typed its surface a place
                   * after "in", "at" or "near" somewhere in the article, whatever the majority
                   * type (vote_types) */
} ctx;

static uint32_t find(const eg_doc_entities *de, uint32_t e)
{
    while (de->ents[e].merged_into != NONE) {
        e = de->ents[e].merged_into;
    }
    return e;
}

static char *mention_key(ctx *c, const eg_mention *m)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    if (m->gaz >= 0) {
        const eg_gaz_entry *ent = eg_gaz_entry_at(g, m->gaz);
        if (!eg_gaz_key(&c->key, ent->canonical, strlen(ent->canonical))) {
            return NULL;
        }
    } else {
        const char *s = m->canon ? m->canon : m->surface;
        size_t n = m->canon ? m->canon_len : strlen(s);
        if (m->type == EG_ORGANIZATION) {
            /* "Texaco Inc.", "Texaco" and "The Texaco Co" are one company */
            if (!eg_org_key(&c->key, s, n)) {
                return NULL;
            }
            return eg_strndup(c->key.data ? c->key.data : "", c->key.len);
        }
        if (m->type == EG_PERSON) {
            /* "Moon Jae-in" and "Moon Jae In", "Jean-Pierre" and "Jean Pierre": one name */
            if (!eg_gaz_key(&c->key, s, n)) {
                return NULL;
            }
            for (size_t i = 1; i + 1 < c->key.len; i++) {
                if (c->key.data[i] == '-' && c->key.data[i - 1] != ' ' &&
                    c->key.data[i + 1] != ' ') {
                    c->key.data[i] = ' ';
                }
            }
            return eg_strndup(c->key.data ? c->key.data : "", c->key.len);
        }
        if (m->type == EG_LOCATION && n > 4 &&
            (strncmp(s, "the ", 4) == 0 || strncmp(s, "The ", 4) == 0)) {
            s += 4, n -= 4;
        }
        if (!eg_gaz_key(&c->key, s, n)) {
            return NULL;
        }
    }
    return eg_strndup(c->key.data ? c->key.data : "", c->key.len);
}

static eg_status add_surface(eg_local_entity *e, const char *s)
{
    for (size_t i = 0; i < e->nsurf; i++) {
        if (strcmp(e->surf[i].text, s) == 0) {
            e->surf[i].count++;
            return EG_OK;
        }
    }
    if (!EG_GROW(e->surf, e->surf_cap, e->nsurf + 1)) {
        return EG_ERR_NOMEM;
    }
    e->surf[e->nsurf].text = eg_strdup(s);
    if (!e->surf[e->nsurf].text) {
        return EG_ERR_NOMEM;
    }
    e->surf[e->nsurf++].count = 1;
    return EG_OK;
}

/* "type|key" into buf; false when out of memory. */
static bool index_key(eg_buf *buf, eg_etype type, const char *key)
{
    eg_buf_reset(buf);
    return eg_buf_putc(buf, (char)('0' + type)) && eg_buf_putc(buf, '|') && eg_buf_puts(buf, key);
}

/* "type|key" into small[0..*len) when it fits ("2|texaco"), else into buf; NULL when out of
 * memory. Most keys are short: no buffer to allocate. */
#define EG_SMALL_INDEX_KEY 128
static const char *index_key_at(char small[EG_SMALL_INDEX_KEY], eg_buf *buf, eg_etype type,
                                const char *key, size_t *len)
{
    size_t n = strlen(key);
    if (n + 2 <= EG_SMALL_INDEX_KEY) {
        small[0] = (char)('0' + type);
        small[1] = '|';
        memcpy(small + 2, key, n);
        *len = n + 2;
        return small;
    }
    *len = 0;
    if (!index_key(buf, type, key)) {
        return NULL;
    }
    *len = buf->len;
    return buf->data;
}

static uint32_t find_entity(const eg_doc_entities *de, eg_etype type, const char *key)
{
    char small[EG_SMALL_INDEX_KEY];
    eg_buf k = {0};
    size_t kn = 0;
    const char *ks = index_key_at(small, &k, type, key, &kn);
    uint32_t e = ks ? eg_strmap_get(&de->index, ks, kn, NONE) : NONE;
    eg_buf_fini(&k);
    return e;
}

static uint32_t new_entity(eg_doc_entities *de, eg_etype type, char *key)
{
    char small[EG_SMALL_INDEX_KEY];
    eg_buf k = {0};
    size_t kn = 0;
    const char *ks = NULL;
    if (!EG_GROW(de->ents, de->cap, de->n + 1) ||
        !(ks = index_key_at(small, &k, type, key, &kn)) ||
        !eg_strmap_put(&de->index, ks, kn, (uint32_t)de->n)) {
        eg_buf_fini(&k);
        return NONE;
    }
    eg_buf_fini(&k);
    eg_local_entity *e = &de->ents[de->n];
    memset(e, 0, sizeof *e);
    e->type = type;
    e->key = key;
    e->merged_into = NONE;
    return (uint32_t)de->n++;
}

static void set_why(ctx *c, size_t mi, eg_rule rule, const char *fmt_a, const char *b)
{
    c->de->rule[mi] = rule;
    if (c->explain && fmt_a) {
        eg_buf w = {0};
        eg_buf_printf(&w, "%s -> %s", fmt_a, b ? b : "");
        free(c->de->why[mi]);
        c->de->why[mi] = eg_buf_steal(&w);
    }
}

/* Every mention of entity e was resolved by `rule` to `target`: "surface -> target". */
static void set_why_entity(ctx *c, uint32_t e, eg_rule rule, const char *target)
{
    for (size_t mi = 0; mi < c->ms->n; mi++) {
        if (c->de->of_mention[mi] == e) {
            set_why(c, mi, rule, c->ms->v[mi].surface, target);
        }
    }
}

static eg_status add_link(eg_doc_entities *de, eg_link_kind kind, eg_etype type, const char *a,
                          const char *b, const char *a_label)
{
    if (!EG_GROW(de->links, de->links_cap, de->nlinks + 1)) {
        return EG_ERR_NOMEM;
    }
    eg_alias_link *l = &de->links[de->nlinks];
    l->kind = kind;
    l->type = type;
    l->a = eg_strdup(a);
    l->b = eg_strdup(b);
    l->a_label = a_label ? eg_strdup(a_label) : NULL;
    if (!l->a || !l->b || (a_label && !l->a_label)) {
        free(l->a);
        free(l->b);
        free(l->a_label);
        return EG_ERR_NOMEM;
    }
    de->nlinks++;
    return EG_OK;
}

/* A stated alias's current name, joined after it was stated to a longer name of the article
 * ("Altus, formerly known as First Southern ..." and then "Altus Bank"): the link names the
 * entity it ended in, which other articles know by that key. */
static eg_status root_links(eg_doc_entities *de)
{
    for (size_t i = 0; i < de->nlinks; i++) {
        eg_alias_link *l = &de->links[i];
        uint32_t e = l->kind == EG_LINK_ALIAS ? find_entity(de, l->type, l->a) : NONE;
        uint32_t r = e != NONE ? find(de, e) : NONE;
        if (r == NONE || r == e || de->ents[r].type != l->type ||
            strcmp(de->ents[r].key, l->b) == 0) {
            continue;
        }
        char *k = eg_strdup(de->ents[r].key);
        if (!k) {
            return EG_ERR_NOMEM;
        }
        free(l->a);
        l->a = k;
    }
    return EG_OK;
}

/* Does the user's file keep the entities rooted at a and b apart? */
static bool user_distinct(const eg_doc_entities *de, uint32_t a, uint32_t b)
{
    const eg_aliasfile *af = de->af;
    for (size_t i = 0; af && i < af->ndistinct; i++) {
        bool ax = false, ay = false, bx = false, by = false;
        for (size_t e = 0; e < de->n; e++) {
            uint32_t r = find(de, (uint32_t)e);
            if (r != a && r != b) {
                continue;
            }
            bool x = alias_key_is(af->distinct[i][0], de->ents[e].key);
            bool y = alias_key_is(af->distinct[i][1], de->ents[e].key);
            ax |= r == a && x, ay |= r == a && y, bx |= r == b && x, by |= r == b && y;
        }
        if ((ax && by) || (ay && bx)) {
            return true;
        }
    }
    return false;
}

/* merge entity `from` into `to` (roots), unless the user keeps them apart. */
static void merge(eg_doc_entities *de, uint32_t from, uint32_t to)
{
    from = find(de, from);
    to = find(de, to);
    if (from != to && !user_distinct(de, from, to)) {
        de->ents[from].merged_into = to;
    }
}

/* The mention index covering token t, or -1. */
static long mention_at(const eg_mentions *ms, uint32_t t)
{
    long best = -1;
    for (size_t i = 0; i < ms->n; i++) {
        if (ms->v[i].tok_begin > t) {
            break;
        }
        if (ms->v[i].tok_begin <= t && t < ms->v[i].tok_end &&
            (best < 0 || ms->v[i].tok_end - ms->v[i].tok_begin >
                             ms->v[best].tok_end - ms->v[best].tok_begin)) {
            best = (long)i; /* the longest: "United States Steel Corp", not its country */
        }
    }
    return best;
}

static bool tok_is(const eg_doc *doc, uint32_t t, const char *s)
{
    if (t >= doc->ntoks) {
        return false;
    }
    /* s is lower case: eg_word_eqi compares the token's letters lowered */
    return eg_word_eqi(s, doc->text + doc->toks[t].start, doc->toks[t].end - doc->toks[t].start);
}

/* Is token t one of the n lower-case words of `words`? */
static bool tok_in(const eg_doc *doc, uint32_t t, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (tok_is(doc, t, words[i])) {
            return true;
        }
    }
    return false;
}

/* A NUL-terminated copy of a long form for explanations (bounded, static per call site). */
static const char *longf_copy(const char *s, size_t n)
{
    static _Thread_local char buf[256];
    size_t k = n < sizeof buf - 1 ? n : sizeof buf - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
    return buf;
}

/* The letters of a name's words but its function words ("of", "the"...), lowered, into out
 * (cap bytes); their number, or cap when they do not fit. */
static size_t content_letters(const char *s, size_t n, char *out, size_t cap)
{
    const char *ws[24];
    size_t wl[24], k = 0;
    size_t nw = eg_name_words(s, n, ws, wl, 24);
    for (size_t w = 0; w < nw && nw <= 24; w++) {
        for (size_t q = 0; q < wl[w] && !eg_name_function_word(ws[w], wl[w]); q++) {
            unsigned char ch = (unsigned char)ws[w][q];
            if (k == cap) {
                return cap;
            }
            if (eg_is_alpha(ch) || ch >= 0x80) {
                out[k++] = (char)eg_to_lower(ch);
            }
        }
    }
    return nw <= 24 ? k : cap;
}

/* Do names a and b[0..bn) spell the same words but for function words, hyphens and a letter
 * in twelve ("Organisation for Economic Co-operation" / "Organization for Economic
 * Cooperation")? Not "Asian Development Bank" and "African Development Bank". */
static bool same_content_words(const char *a, const char *b, size_t bn)
{
    char x[64], y[64];
    size_t xn = content_letters(a, strlen(a), x, sizeof x);
    size_t yn = content_letters(b, bn, y, sizeof y);
    if (xn == sizeof x || yn == sizeof y) {
        return false;
    }
    unsigned max = (unsigned)((xn < yn ? xn : yn) / 12);
    return xn && yn && eg_alias_edit_distance(x, xn, y, yn, max) <= max;
}

/* The entity of the mention that is exactly token t, of type `type`, or NONE. */
static uint32_t acronym_entity(const ctx *c, uint32_t t, eg_etype type)
{
    for (size_t j = 0; j < c->ms->n && c->ms->v[j].tok_begin <= t; j++) {
        if (c->ms->v[j].tok_begin == t && c->ms->v[j].tok_end == t + 1 &&
            c->ms->v[j].type == type) {
            return find(c->de, c->de->of_mention[j]);
        }
    }
    return NONE;
}

/* Is organization name `name` the list's name `canon` in another language, word for word
 * (alias_body_words_english: "Union economique et monetaire ouest-africaine" of the West
 * African Economic and Monetary Union)? */
static bool listed_name_translated(ctx *c, const char *canon, const char *name)
{
    eg_buf k1 = {0}, k2 = {0};
    bool ok = true, f1 = false, f2 = false;
    bool same = eg_org_key(&c->key, canon, strlen(canon)) && c->key.data &&
                alias_body_words_english(&k1, c->key.data, &f1, &ok) &&
                eg_org_key(&c->key, name, strlen(name)) && c->key.data &&
                alias_body_words_english(&k2, c->key.data, &f2, &ok) && !f1 && f2 &&
                k1.len == k2.len && memcmp(k1.data, k2.data, k1.len) == 0;
    eg_buf_fini(&k1);
    eg_buf_fini(&k2);
    return same;
}

/* A listed acronym the article defines as another name ("Asian Development Bank (ADB)", where
 * the list's ADB is the African Development Bank) names that one in the article: its
 * mentions there leave the list (then join the name in acronyms()); defined as the list's name
 * in another language ("Union economique et monetaire ouest-africaine (UEMOA)"), the long form
 * joins the list's. */
static void redefined_acronyms(ctx *c)
{
    const eg_gazetteer *gaz = eg_gazetteer_default();
    eg_mentions *ms = c->ms;
    for (size_t i = 0; i < ms->n; i++) {
        const eg_mention *m = &ms->v[i];
        uint32_t open = m->tok_end;
        if (m->type != EG_ORGANIZATION || m->gaz >= 0 || !tok_is(c->doc, open, "(") ||
            !tok_is(c->doc, open + 2, ")")) {
            continue;
        }
        for (size_t j = i + 1; j < ms->n && ms->v[j].tok_begin <= open + 1; j++) {
            const eg_mention *a = &ms->v[j];
            if (a->tok_begin != open + 1 || a->tok_end != open + 2 || a->gaz < 0 ||
                a->type != EG_ORGANIZATION) {
                continue;
            }
            const char *canon = eg_gaz_entry_at(gaz, a->gaz)->canonical;
            if (listed_name_translated(c, canon, m->surface)) {
                ms->v[i].gaz = a->gaz;
                break;
            }
            size_t sn = strlen(m->surface);
            size_t an = strlen(a->surface);
            if (!(eg_alias_acronym_matches(a->surface, an, m->surface, sn) ||
                  alias_acronym_bare(a->surface, an, m->surface, sn)) ||
                same_content_words(canon, m->surface, sn)) {
                break;
            }
            int32_t entry = a->gaz;
            char *acr = a->surface;
            for (size_t k = 0; k < ms->n; k++) {
                if (ms->v[k].gaz == entry && strcmp(ms->v[k].surface, acr) == 0) {
                    ms->v[k].gaz = -1;
                }
            }
            break;
        }
    }
}

/* A name the recognizer took for a place's ("Tuberias del Norte") that the article names
 * with a firm's legal form elsewhere ("Tuberias del Norte S.A. de C.V.") is the firm's; not a
 * listed place. Runs before entities exist. */
static bool named_with_legal_form(const char *s);

static eg_status firm_places(ctx *c)
{
    eg_mentions *ms = c->ms;
    eg_strmap firms = {0}; /* keys of the firms named with a legal form */
    bool ok = true;
    for (size_t j = 0; ok && j < ms->n; j++) {
        const eg_mention *f = &ms->v[j];
        if (f->type == EG_ORGANIZATION && named_with_legal_form(f->surface)) {
            ok = eg_org_key(&c->key, f->surface, strlen(f->surface)) &&
                 (!c->key.data || eg_strmap_put(&firms, c->key.data, c->key.len, 1));
        }
    }
    for (size_t i = 0; ok && firms.count && i < ms->n; i++) {
        eg_mention *m = &ms->v[i];
        if (m->type != EG_LOCATION || m->gaz >= 0 || m->demonym || !strchr(m->surface, ' ')) {
            continue;
        }
        ok = eg_org_key(&c->key, m->surface, strlen(m->surface));
        if (ok && c->key.data && eg_strmap_has(&firms, c->key.data, c->key.len)) {
            m->type = EG_ORGANIZATION;
        }
    }
    eg_strmap_fini(&firms);
    return ok ? EG_OK : EG_ERR_NOMEM;
}

/* A name the recognizer took for a person's that the article shortens to a blend of its
 * words in parentheses is an organization's: "Petroleos Mexicanos (Pemex)" (people's
 * parenthesized initials, "(AMLO)", are capitals, no blend). Runs before entities exist. */
static void blend_types(ctx *c)
{
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < c->ms->n; i++) {
        eg_mention *m = &c->ms->v[i];
        uint32_t open = m->tok_end;
        if (m->type != EG_PERSON || m->tok_end - m->tok_begin < 2 || !tok_is(doc, open, "(") ||
            !tok_is(doc, open + 2, ")")) {
            continue;
        }
        const eg_token *t = &doc->toks[open + 1];
        const char *w = doc->text + t->start;
        size_t wn = t->end - t->start;
        if (wn >= 4 && !alias_is_acronym_word(w, wn) && eg_is_upper((unsigned char)w[0]) &&
            alias_blend_of(w, wn, m->surface, strlen(m->surface))) {
            m->type = EG_ORGANIZATION;
        }
    }
}

static eg_status acronyms(ctx *c)
{
    const eg_doc *doc = c->doc;
    eg_mentions *ms = c->ms;
    size_t defs = 0;
    for (size_t i = 0; i < ms->n; i++) {
        const eg_mention *m = &ms->v[i];
        uint32_t open = m->tok_end;
        if (!tok_is(doc, open, "(")) {
            continue;
        }
        if (++defs > 200) {
            break; /* an article defines a handful of acronyms; a list of thousands is not prose */
        }
        uint32_t close = open + 1;
        while (close < doc->ntoks && close < open + 30 && !tok_is(doc, close, ")")) {
            close++;
        }
        if (close >= doc->ntoks || !tok_is(doc, close, ")") || close == open + 1) {
            continue;
        }
        /* the acronym is the last word in the parenthesis, or the mention itself */
        const eg_token *lt = &doc->toks[close - 1];
        const char *acr = doc->text + lt->start;
        size_t acr_n = lt->end - lt->start;
        const char *longf = m->surface;
        size_t long_n = strlen(longf);
        bool ok = false, permuted = false;
        eg_etype type = m->type;
        if (close == open + 2 && type == EG_ORGANIZATION && !alias_is_acronym_word(acr, acr_n) &&
            (alias_blend_of(acr, acr_n, longf, long_n) ||
             alias_syllable_name(acr, acr_n, longf, long_n))) {
            ok = permuted = true; /* "Petroleos Mexicanos (Pemex)": in its article */
        } else if (alias_is_acronym_word(acr, acr_n) && !alias_is_acronym_word(longf, long_n)) {
            ok = eg_alias_acronym_matches(acr, acr_n, longf, long_n);
            /* the initials in another order name it in another language: within this
             * article only, since such long forms are generic ("Social Democratic Party
             * (SPD)" here, "(PSD)" in another country's news) */
            permuted = !ok && close == open + 2 && type == EG_ORGANIZATION &&
                       (alias_acronym_permuted(acr, acr_n, longf, long_n) ||
                        alias_acronym_loose(acr, acr_n, longf, long_n) ||
                        alias_acronym_translated(acr, acr_n, longf, long_n));
            ok = ok || permuted;
            /* the name without its legal forms: "PT Sulawesi Nikel Prima Tbk (SNP)" */
            ok = ok || (close == open + 2 && type == EG_ORGANIZATION &&
                        alias_acronym_bare(acr, acr_n, longf, long_n));
            /* syllables rather than initials, of five letters or more: "Caribbean Community
             * (CARICOM)", "Mercado Comun del Sur (MERCOSUR)" */
            ok = ok || (close == open + 2 && acr_n >= 5 &&
                        alias_blend_of(acr, acr_n, longf, long_n));
            /* or pieces of each word that open with its initial: "Ghana Cocoa Board
             * (COCOBOD)", "U.S. Commodity Futures Trading Commission (CFTC)" */
            ok = ok || (close == open + 2 && type == EG_ORGANIZATION &&
                        alias_syllables_of(acr, acr_n, longf, long_n));
            if (!ok && close - open > 3 && tok_is(doc, close - 2, ",")) {
                /* "(Conseil national pour la sauvegarde de la patrie, CNSP)" */
                const char *fs = doc->text + doc->toks[open + 1].start;
                size_t fn = doc->toks[close - 3].end - doc->toks[open + 1].start;
                ok = eg_alias_acronym_matches(acr, acr_n, fs, fn);
            }
        } else if (alias_is_acronym_word(longf, long_n) && close - open >= 3) {
            /* "ACR (Long Form)" */
            const char *fs = doc->text + doc->toks[open + 1].start;
            size_t fn = doc->toks[close - 1].end - doc->toks[open + 1].start;
            if (eg_alias_acronym_matches(longf, long_n, fs, fn)) {
                acr = longf;
                acr_n = long_n;
                longf = fs;
                long_n = fn;
                ok = true;
                if (type != EG_ORGANIZATION && type != EG_LOCATION) {
                    type = EG_ORGANIZATION;
                }
            }
        }
        if (!ok || type == EG_PERSON || type == EG_COUNTRY) {
            continue;
        }
        eg_buf k = {0};
        if (!eg_gaz_key(&k, acr, acr_n)) {
            return EG_ERR_NOMEM;
        }
        char *acr_key = eg_buf_steal(&k);
        if (!(type == EG_ORGANIZATION ? eg_org_key(&k, longf, long_n)
                                      : eg_gaz_key(&k, longf, long_n))) {
            free(acr_key);
            return EG_ERR_NOMEM;
        }
        char *long_key = eg_buf_steal(&k);
        eg_status st =
            permuted ? EG_OK : add_link(c->de, EG_LINK_ACRONYM, type, acr_key, long_key, NULL);
        /* within the article: every entity keyed by the acronym joins the long form */
        uint32_t target = find_entity(c->de, type, long_key);
        if (target == NONE) {
            target = c->de->of_mention[i];
        }
        for (size_t e = 0; e < c->de->n && st == EG_OK; e++) {
            if (strcmp(c->de->ents[e].key, acr_key) == 0 && c->de->ents[e].type != EG_COUNTRY &&
                (uint32_t)e != target) {
                merge(c->de, (uint32_t)e, target);
                set_why_entity(c, (uint32_t)e, EG_RULE_ACRONYM, longf_copy(longf, long_n));
            }
        }
        /* a listed acronym ("OPEC") defined with a long form the list spells otherwise
         * ("Organization of Petroleum Exporting Countries"): the long form joins the list's
         * entity */
        uint32_t acr_ent = acronym_entity(c, close - 1, type);
        if (st == EG_OK && !permuted && acr_ent != NONE && c->de->ents[acr_ent].label_fixed &&
            !c->de->ents[find(c->de, c->de->of_mention[i])].label_fixed &&
            same_content_words(c->de->ents[acr_ent].label, longf, long_n)) {
            uint32_t longe = c->de->of_mention[i];
            merge(c->de, longe, acr_ent);
            set_why_entity(c, longe, EG_RULE_ACRONYM, longf_copy(acr, acr_n));
        }
        free(acr_key);
        free(long_key);
        if (st != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* The third member of a stated pair: which side is the current name, and whether the rename
 * was told as a change ("changed its name to"). */
#define EG_STATED_NEW_FIRST 1u
#define EG_STATED_CHANGE 2u
#define EG_STATED_LOCAL 4u /* joined in its article only */
#define EG_STATED_NICKNAME 8u /* a nickname: names no current name, fixes no label */

/* Stated aliases. Each cue says which side is the current name. */
#define EG_CUE_WORDS 7
typedef struct cue {
    const char *words[EG_CUE_WORDS];
    bool new_first; /* true: "A, formerly known as B" (A is the current name) */
} cue;

/* Is the cue one of initials ("known by its French initials"), which join in their article
 * only: initials in another language may be another's elsewhere ("Reporters Without Borders,
 * known by its French initials RSF"; the listed RSF are the Rapid Support Forces)? So do
 * nicknames told as such ("known by her nickname Ung Ing", "nicknamed"): a nickname may be
 * another person's in another article. */
static bool local_cue(const cue *cu)
{
    for (size_t k = 0; k + 1 < EG_CUE_WORDS && cu->words[k + 1]; k++) {
        if (strcmp(cu->words[k], "known") == 0 && strcmp(cu->words[k + 1], "by") == 0) {
            return true;
        }
    }
    return strcmp(cu->words[0], "nicknamed") == 0;
}

static const cue cues[] = {
    {{"formerly", "known", "as"}, true},
    {{"previously", "known", "as"}, true},
    {{"formerly", "called"}, true},
    {{"previously", "called"}, true},
    {{"formerly", "named"}, true},
    {{"previously", "named"}, true},
    {{"once", "known", "as"}, true},
    /* "The British drugmaker, founded as Medivant Biosciences in 2009, changed its name" */
    {{"founded", "as"}, true},
    {{"formerly"}, true},
    {{"previously"}, true},
    /* "Northgate Brands Inc., the former Northgate Apparel, agreed": both organizations
     * found, the old name's phrase ending there (former_ends()) */
    {{"the", "former"}, true},
    /* a name in another language and its English one: "Societe Miniere du Tenere, or Tenere
     * Mining Company," (both organizations sharing a word; former_ends()) */
    {{"or"}, true},
    {{"also", "known", "as"}, true},
    /* a nickname: "Mohamed Hamdan Dagalo, widely known as Hemedti" */
    {{"widely", "known", "as"}, true},
    {{"better", "known", "as"}, true},
    {{"popularly", "known", "as"}, true},
    {{"commonly", "known", "as"}, true},
    /* "Petroleo Brasileiro SA, known as Petrobras", "Banco de Mexico, known as Banxico" */
    {{"known", "as"}, true},
    /* "... West African States, known by its French acronym CEDEAO" */
    {{"known", "by", "its", "acronym"}, true},
    {{"known", "by", "its", "initials"}, true},
    {{"known", "by", "its", "french", "acronym"}, true},
    {{"known", "by", "its", "french", "initials"}, true},
    {{"known", "by", "its", "spanish", "acronym"}, true},
    {{"known", "by", "its", "portuguese", "acronym"}, true},
    {{"known", "by", "its", "german", "acronym"}, true},
    /* "Paetongtarn, who is known by her nickname Ung Ing" (in its article only) */
    {{"known", "by", "her", "nickname"}, true},
    {{"known", "by", "his", "nickname"}, true},
    {{"known", "by", "the", "nickname"}, true},
    {{"who", "is", "known", "by", "her", "nickname"}, true},
    {{"who", "is", "known", "by", "his", "nickname"}, true},
    {{"nicknamed"}, true},
    /* a player's handle: "Kim Min-jae, who competes as Kimm1k", "known online as TPaixao10" */
    {{"who", "competes", "as"}, true},
    {{"who", "competed", "as"}, true},
    {{"who", "plays", "as"}, true},
    {{"who", "played", "as"}, true},
    {{"who", "streams", "as"}, true},
    {{"known", "online", "as"}, true},
    {{"known", "in-game", "as"}, true},
    /* "William Clay Ford Jr., who goes by Bill Ford"; "known to colleagues as Doug McMillon" */
    {{"who", "goes", "by"}, true},
    {{"who", "went", "by"}, true},
    {{"who", "has", "gone", "by"}, true},
    {{"who", "has", "been", "called"}, true},
    /* "Yoon Ha Eun, who uses the name Hailey Yoon" */
    {{"who", "uses", "the", "name"}, true},
    {{"who", "also", "uses", "the", "name"}, true},
    {{"known", "to", "colleagues", "as"}, true},
    {{"known", "to", "*", "as"}, true},
    /* "known to his men as "Tonnerre""; a fighter's alias: "called by his nom de guerre" */
    {{"known", "to", "*", "*", "as"}, true},
    /* "known to Silicon Valley partners as Evan Zhao" */
    {{"known", "to", "*", "*", "*", "as"}, true},
    /* "known to generations of Western traders as Canton" */
    {{"known", "to", "*", "*", "*", "*", "as"}, true},
    {{"nom", "de", "guerre"}, true},
    {{"known", "among", "*", "as"}, true},
    {{"known", "across", "the", "*", "as"}, true},
    {{"known", "across", "*", "as"}, true},
    {{"known", "across", "*", "*", "as"}, true}, /* "known across northern Mexico as" */
    {{"known", "locally", "as"}, true},
    {{"whom", "*", "*", "nickname"}, true},
    {{"whom", "*", "nickname"}, true},
    {{"known", "to", "friends", "as"}, true},
    {{"known", "to", "his", "friends", "as"}, true},
    {{"known", "to", "her", "friends", "as"}, true},
    /* a full or formal name told after the usual one: "Larry Page, whose full name is
     * Lawrence Edward Page"; "KLM, whose formal name is Koninklijke Luchtvaart Maatschappij";
     * another language's: "Jack Ma, who is known in Mandarin as Ma Yun" (no label fixed) */
    {{"whose", "name", "appears", "as"}, true},
    {{"whose", "name", "is", "also", "spelled"}, true},
    {{"whose", "name", "is", "also", "spelt"}, true},
    {{"also", "spelled"}, true},
    {{"also", "spelt"}, true},
    /* a spelling of another alphabet: "Mikheil Saakashvili - rendered as Mikhail Saakashvili
     * in Russian-language media" */
    {{"sometimes", "spelled"}, true},
    {{"sometimes", "spelt"}, true},
    {{"often", "spelled"}, true},
    {{"often", "spelt"}, true},
    {{"rendered", "as"}, true},
    {{"also", "rendered", "as"}, true},
    {{"often", "rendered", "as"}, true},
    {{"transliterated", "as"}, true},
    {{"also", "transliterated", "as"}, true},
    {{"romanized", "as"}, true},
    {{"romanised", "as"}, true},
    /* a name's meaning in English, which the body goes by too: "Dala Mys, whose name means
     * Steppe Copper in Kazakh" */
    {{"whose", "name", "means"}, true},
    {{"whose", "name", "translates", "as"}, true},
    {{"whose", "name", "translates", "to"}, true},
    {{"whose", "full", "name", "is"}, true},
    {{"whose", "formal", "name", "is"}, true},
    {{"whose", "official", "name", "is"}, true},
    {{"who", "is", "known", "in", "*", "as"}, true},
    {{"known", "in", "*", "as"}, true},
    {{"known", "in", "*", "*", "as"}, true}, /* "known in dressing rooms as Raju" */
    /* a trading name: "Wm Morrison Supermarkets, which trades as Morrisons" */
    /* "The party, which went by the name Union for Democratic Progress until January" */
    {{"which", "went", "by", "the", "name"}, true},
    {{"which", "went", "by"}, true},
    {{"which", "trades", "as"}, true},
    {{"which", "trades", "*", "as"}, true}, /* "which trades abroad as Van Wijk Dairy" */
    {{"trading", "as"}, true},
    {{"which", "does", "business", "as"}, true},
    {{"doing", "business", "as"}, true},
    {{"a.k.a."}, true},
    {{"aka"}, true},
    /* "the capital, Rangoon, is officially called Yangon" */
    {{"is", "officially", "called"}, false},
    {{"is", "officially", "known", "as"}, false},
    {{"is", "now", "called"}, false},
    {{"is", "now", "known", "as"}, false},
    {{"now", "known", "as"}, false},
    {{"now", "known", "simply", "as"}, false},
    {{"now", "called"}, false},
    /* "LX Holdings, the Chinese artificial intelligence company renamed from Hangzhou Lingxi
     * Technology" */
    {{"renamed", "from"}, true},
    {{"renamed"}, false},
    {{"rebranded", "as"}, false},
    {{"rebranded"}, false}, /* "Konkan Air, rebranded Sahyadri Airways in 2016" */
    /* "Facebook, which changed its name to Meta"; "X, which was formerly known as Twitter" */
    {{"which", "changed", "its", "name", "to"}, false},
    {{"which", "has", "changed", "its", "name", "to"}, false},
    {{"which", "changed", "its", "corporate", "name", "to"}, false},
    /* "MCI, which changed its name from Worldcom": the left side is the current name */
    {{"which", "changed", "its", "name", "from"}, true},
    {{"which", "has", "changed", "its", "name", "from"}, true},
    {{"which", "changed", "its", "corporate", "name", "from"}, true},
    /* "Hoshino Technologies, which renamed itself from Hoshino Denki in 2016" */
    {{"which", "renamed", "itself", "from"}, true},
    {{"which", "renamed", "itself"}, false},
    /* "the Conference on Security and Co-operation in Europe, which later became the OSCE" */
    {{"which", "later", "became"}, false},
    {{"which", "became"}, false},
    {{"which", "was", "renamed", "from"}, true},
    /* a new legal form: "Allianz SE, which converted from Allianz AG into a European company" */
    {{"which", "converted", "from"}, true},
    {{"which", "was", "converted", "from"}, true},
    {{"which", "was", "renamed"}, false},
    {{"which", "rebranded", "as"}, false},
    {{"which", "was", "rebranded", "as"}, false},
    {{"which", "was", "rebranded"}, false},
    /* the name a body bore when it began: "Konkan Air, which started life as Deccan Wings" */
    {{"which", "started", "life", "as"}, true},
    {{"which", "began", "life", "as"}, true},
    {{"which", "rebranded", "itself", "as"}, false},
    {{"which", "is", "now", "known", "as"}, false},
    {{"which", "is", "now", "called"}, false},
    {{"which", "was", "formerly", "known", "as"}, true},
    {{"which", "was", "previously", "known", "as"}, true},
    {{"which", "was", "once", "known", "as"}, true},
    {{"which", "was", "formerly", "called"}, true},
    /* "The Spanish group, which was called Santander Central Hispano until 2007" */
    {{"which", "was", "called"}, true},
    {{"which", "was", "known", "as"}, true},
    /* the old name with the years it was used: "the state company known until last year as
     * the Kartli Pipeline Company", "the holding company that until 2014 operated as Grupo
     * Financiero Istmo", "the franchise that played as the Chittagong Mariners until 2019",
     * "the miner that called itself ... until a rebranding" ("?": any word, a year too) */
    {{"known", "until", "?", "as"}, true},
    {{"known", "until", "?", "?", "as"}, true},
    {{"which", "until", "?", "operated", "as"}, true},
    {{"which", "until", "?", "traded", "as"}, true},
    {{"which", "until", "?", "was", "called"}, true},
    {{"which", "until", "?", "was", "known", "as"}, true},
    {{"which", "operated", "as"}, true},
    {{"which", "played", "as"}, true},
    {{"which", "called", "itself"}, true},
};

/* Words a cue may have in place of its own: "that" for "which". */
static const char *const cue_synonyms[][2] = {{"which", "that"}};

/* Is token t cue word w or its synonym? */
static bool cue_word_is(const eg_doc *doc, uint32_t t, const char *w)
{
    if (tok_is(doc, t, w)) {
        return true;
    }
    bool maybe = w[0] == '*' || w[0] == '?'; /* most words at one look: no wildcard, */
    for (size_t i = 0; i < EG_ARRAY_LEN(cue_synonyms) && !maybe; i++) {
        maybe = w[0] == cue_synonyms[i][0][0]; /* no word a synonym stands for ("which") */
    }
    if (!maybe) {
        return false;
    }
    if (strcmp(w, "*") == 0) { /* any one word: "known in Mandarin as" */
        return t < doc->ntoks && eg_is_alpha((unsigned char)doc->text[doc->toks[t].start]);
    }
    if (strcmp(w, "?") == 0) { /* any one word or number: "known until 2019 as" */
        unsigned char ch = t < doc->ntoks ? (unsigned char)doc->text[doc->toks[t].start] : 0;
        return eg_is_alpha(ch) || eg_is_digit(ch);
    }
    for (size_t i = 0; i < EG_ARRAY_LEN(cue_synonyms); i++) {
        if (strcmp(w, cue_synonyms[i][0]) == 0 && tok_is(doc, t, cue_synonyms[i][1])) {
            return true;
        }
    }
    return false;
}

/* The sentence holding token t. */
static uint32_t sentence_of(const eg_doc *doc, uint32_t t)
{
    size_t lo = 0, hi = doc->nsents;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sents[mid].tok_begin <= t) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return (uint32_t)lo;
}

static eg_status add_mention_copy(ctx *c, uint32_t tb, uint32_t te, eg_etype type)
{
    const eg_doc *doc = c->doc;
    eg_mentions *ms = c->ms;
    if (!EG_GROW(ms->v, ms->cap, ms->n + 1)) {
        return EG_ERR_NOMEM;
    }
    eg_mention *m = &ms->v[ms->n];
    memset(m, 0, sizeof *m);
    m->tok_begin = tb;
    m->tok_end = te;
    m->start = doc->toks[tb].start;
    m->end = doc->toks[te - 1].end;
    m->sent = sentence_of(doc, tb);
    m->type = type;
    m->gaz = -1;
    m->source = EG_FOUND_STATED_ALIAS;
    m->surface = eg_strndup(doc->text + m->start, m->end - m->start);
    if (!m->surface) {
        return EG_ERR_NOMEM;
    }
    ms->n++;
    return EG_OK;
}

static bool capitalized_tok(const eg_doc *doc, uint32_t t)
{
    return t < doc->ntoks && eg_is_upper((unsigned char)doc->text[doc->toks[t].start]);
}

/* The old or new name after a rename's cue runs on over capitalized words the recognizer left
 * out of it ("which was known as Sahel Agro Processing until ...": "Sahel", a region's name,
 * alone): mention mi takes in up to four such words of its sentence, in no mention, before a
 * word not capitalized, and names an organization. */
static eg_status name_runs_on(ctx *c, long mi)
{
    const eg_doc *doc = c->doc;
    eg_mention *m = &c->ms->v[mi];
    if (doc->text[m->end - 1] == '.') {
        return EG_OK; /* "formerly Massey-Ferguson Ltd. Other ...": a form or a period ends it */
    }
    uint32_t re = m->tok_end, sent = sentence_of(doc, m->tok_begin);
    while (re < doc->ntoks && re - m->tok_end < 4 && capitalized_tok(doc, re) &&
           sentence_of(doc, re) == sent && mention_at(c->ms, re) < 0) {
        re++;
    }
    if (re == m->tok_end || (re < doc->ntoks && capitalized_tok(doc, re))) {
        return EG_OK;
    }
    char *s = eg_strndup(doc->text + m->start, doc->toks[re - 1].end - m->start);
    if (!s) {
        return EG_ERR_NOMEM;
    }
    free(m->surface);
    m->surface = s;
    m->tok_end = re;
    m->end = doc->toks[re - 1].end;
    m->type = EG_ORGANIZATION;
    m->gaz = -1;
    m->demonym = false;
    m->canon = NULL;
    m->canon_len = 0;
    return EG_OK;
}

/* The words that open a cue, by first letter: a bit for each length (a-z, lengths < 32). */
static void cue_openers(uint32_t open_len[26])
{
    memset(open_len, 0, 26 * sizeof *open_len);
    for (size_t q = 0; q < EG_ARRAY_LEN(cues) + EG_ARRAY_LEN(cue_synonyms); q++) {
        const char *w = q < EG_ARRAY_LEN(cues) ? cues[q].words[0]
                                              : cue_synonyms[q - EG_ARRAY_LEN(cues)][1];
        open_len[w[0] - 'a'] |= 1u << strlen(w);
    }
}

/* Whether token t may open a cue, by its first letter and length alone: most tokens open none
 * and are passed over at one look. */
static bool may_open_cue(const eg_doc *doc, uint32_t t, const uint32_t open_len[26])
{
    size_t n = doc->toks[t].end - doc->toks[t].start;
    int c0 = eg_to_lower((unsigned char)doc->text[doc->toks[t].start]);
    return eg_is_lower(c0) && n < 32 && (open_len[c0 - 'a'] >> n & 1u);
}

static eg_status find_renames(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs);

/* The organization that "the company" before token comma stands for: "shares in Meta
 * Platforms plunged after the company, which changed its name from Facebook". The noun is one
 * a company is called by, after "the" and at most two lower-case words or a country's ("the
 * social media company", "the Spanish group"), inside its clause (after a lower-case word such
 * as "after"): the only organization named before it in the sentence; or opening its own
 * sentence: the only organization of the sentence before. "X bought Y after the company,
 * which ..." (X or Y?) is refused. -1 when none. */
static const char *const company_nouns[] = {
    "company",  "firm",      "group",     "carrier",      "bank",        "insurer",
    "maker",    "airline",   "retailer",  "lender",       "miner",       "operator",
    "brewer",   "giant",     "startup",   "business",     "conglomerate", "corporation",
    "producer", "manufacturer", "network", "platform",    "chain",       "utility",
    "developer", "automaker", "publisher", "drugmaker", "club", "franchise", "team",
    "party",    "movement",  "alliance",  "coalition", "trader",   "exporter",   "importer",
    "refiner",  "shipper",   "distributor", "supplier", "processor", "investor", "broker",
    "carmaker", "chipmaker", "holding"};

/* The mention of the organization that opens the story's first sentence, at its start or after
 * a dateline's "-", a word in lower case after it (or a comma, when `comma`): "MANIZALES, Dec
 * 16 (Reuters) - Atletico Manizales won ..."; -1 when there is none. */
static long opening_org(const ctx *c, bool comma)
{
    const eg_doc *doc = c->doc;
    for (size_t i = 0; doc->nsents > 0 && i < c->ms->n; i++) {
        const eg_mention *m = &c->ms->v[i];
        if (m->sent == 0 && m->type == EG_ORGANIZATION &&
            (m->tok_begin == doc->sents[0].tok_begin || tok_is(doc, m->tok_begin - 1, "-")) &&
            m->tok_end < doc->sents[0].tok_end &&
            (eg_is_lower((unsigned char)doc->text[doc->toks[m->tok_end].start]) ||
             (comma && tok_is(doc, m->tok_end, ",")))) {
            return (long)i;
        }
    }
    return -1;
}

/* The organization that opens the story's first sentence, its subject (opening_org), when the
 * sentences after it up to sentence si name no other organization: "The club, previously
 * called X" opening a later sentence whose sentence before names none is the story's subject;
 * -1 when there is no such subject. */
static long lead_subject(const ctx *c, uint32_t si)
{
    long subject = si > 0 ? opening_org(c, false) : -1;
    for (size_t i = 0; subject >= 0 && i < c->ms->n; i++) {
        const eg_mention *m = &c->ms->v[i];
        if (m->sent > 0 && m->sent < si && m->type == EG_ORGANIZATION &&
            strcmp(m->surface, c->ms->v[subject].surface) != 0) {
            return -1; /* another organization named since: which is "the club"? */
        }
    }
    return subject;
}

/* Nouns of bodies other than firms, whose names an apposition may translate: "Jarqyn Jol, a
 * small opposition party whose name means Bright Path". */
static const char *const body_nouns[] = {"party", "union", "movement", "federation", "alliance",
                                         "coalition", "association", "agency", "fund"};

/* Nouns for a place in an apposition before a rename cue. */
static const char *const place_nouns[] = {"city", "town", "port", "capital", "village",
                                          "province", "region", "district", "state"};

/* The comma after a place's name that opens the apposition before the cue at token t: "the",
 * then up to four lower-case words ("Oskemen, the eastern city formerly called"); else
 * UINT32_MAX. */
static uint32_t place_apposition(ctx *c, uint32_t t)
{
    const eg_doc *doc = c->doc;
    for (uint32_t q = t - 1; q-- > 0 && t - q <= 6;) {
        if (tok_is(doc, q, "the") && q >= 2 && tok_is(doc, q - 1, ",")) {
            long m = mention_at(c->ms, q - 2);
            return m >= 0 && c->ms->v[m].tok_end == q - 1 &&
                           c->ms->v[m].type == EG_LOCATION
                       ? q - 1
                       : UINT32_MAX;
        }
        if (!eg_is_lower((unsigned char)doc->text[doc->toks[q].start])) {
            return UINT32_MAX;
        }
    }
    return UINT32_MAX;
}

/* The comma after a place's name that opens an apposition ending at token j, which says what
 * place it is ("Podgorica, the Montenegrin capital, which was called Titograd", "Gyumri,
 * Armenia's second-largest city, which was called Leninakan", "Wroclaw, the city in western
 * Poland that was known as Breslau"): after the comma "the", "a" or "an", or a country's or a
 * place's name and "'s"; then words in lower case and names of countries or places up to a
 * place's noun (place_nouns), and after it at most a place's phrase of "in", "of" or "near"
 * ("in western Poland"); eight words at most, none of a clause ("where", "which", "was");
 * else UINT32_MAX. The place's name before the comma is a LOCATION. */
static uint32_t place_apposition_at(ctx *c, uint32_t j)
{
    static const char *const clause[] = {"where", "which", "that", "who", "whose", "when",
                                         "is", "was", "were", "has", "had", "its", "their"};
    static const char *const preps[] = {"in", "of", "near"};
    const eg_doc *doc = c->doc;
    uint32_t comma = UINT32_MAX;
    for (uint32_t q = j + 1; q-- > 0 && j - q <= 8;) {
        if (tok_is(doc, q, ",")) {
            comma = q;
            break;
        }
    }
    if (comma == UINT32_MAX || comma == 0 || comma >= j) {
        return UINT32_MAX;
    }
    long lm = mention_at(c->ms, comma - 1);
    if (lm < 0 || c->ms->v[lm].tok_end != comma || c->ms->v[lm].type != EG_LOCATION) {
        return UINT32_MAX;
    }
    uint32_t q = comma + 1;
    if (tok_is(doc, q, "the") || tok_is(doc, q, "a") || tok_is(doc, q, "an")) {
        q++;
    } else {
        long m = mention_at(c->ms, q); /* "Armenia's second-largest city" */
        if (m < 0 || (c->ms->v[m].type != EG_COUNTRY && c->ms->v[m].type != EG_LOCATION) ||
            !tok_is(doc, c->ms->v[m].tok_end, "'s")) {
            return UINT32_MAX;
        }
        q = c->ms->v[m].tok_end + 1;
    }
    bool noun = false, phrase = false;
    for (; q <= j; q++) {
        if (tok_in(doc, q, clause, EG_ARRAY_LEN(clause))) {
            return UINT32_MAX;
        }
        long m = mention_at(c->ms, q);
        bool named = m >= 0 && (c->ms->v[m].type == EG_COUNTRY ||
                                c->ms->v[m].type == EG_LOCATION);
        if (!noun) {
            noun = tok_in(doc, q, place_nouns, EG_ARRAY_LEN(place_nouns));
        } else if (!phrase) {
            if (!tok_in(doc, q, preps, EG_ARRAY_LEN(preps))) {
                return UINT32_MAX; /* the place's noun heads the apposition */
            }
            phrase = true;
            continue;
        }
        if (!named && !eg_is_lower((unsigned char)doc->text[doc->toks[q].start])) {
            return UINT32_MAX;
        }
    }
    return noun ? comma : UINT32_MAX;
}

/* May the name at token r after a rename's cue be a place's former name: a LOCATION's mention,
 * a "person" of one word (an unknown town's: "Leninakan"), or none? */
static bool place_name_after(ctx *c, uint32_t r)
{
    long m = r < c->doc->ntoks ? mention_at(c->ms, r) : -1;
    return m < 0 || c->ms->v[m].type == EG_LOCATION ||
           (c->ms->v[m].type == EG_PERSON && c->ms->v[m].tok_end - c->ms->v[m].tok_begin == 1);
}

/* Does the name end in "League" ("Bangladesh Premier League")? */
static bool league_name(const char *s)
{
    size_t n = strlen(s);
    return n > 7 && strcmp(s + n - 7, " League") == 0;
}

static long company_antecedent(ctx *c, uint32_t comma)
{
    const eg_doc *doc = c->doc;
    if (comma < 2) {
        return -1;
    }
    if (!tok_in(doc, comma - 1, company_nouns, EG_ARRAY_LEN(company_nouns))) {
        return -1;
    }
    /* a company told by its tie to another is not the one named before it ("Qianhe Cloud
     * raised ... The parent company, formerly Qianhe Technology, ...") */
    static const char *const ties[] = {"parent", "rival", "sister", "partner", "acquiring",
                                       "target", "competing"};
    uint32_t the = comma - 1;
    while (the > 0 && comma - the <= 3 && !tok_is(doc, the, "the")) {
        long cm = mention_at(c->ms, the);
        if ((!eg_is_lower((unsigned char)doc->text[doc->toks[the].start]) &&
             !(cm >= 0 && c->ms->v[cm].type == EG_COUNTRY)) ||
            tok_in(doc, the, ties, EG_ARRAY_LEN(ties))) {
            return -1; /* lower-case words, or a country's ("the Spanish group") */
        }
        the--;
    }
    uint32_t si = sentence_of(doc, the);
    uint32_t sb = doc->sents[si].tok_begin, upto = the;
    if (!tok_is(doc, the, "the")) {
        return -1;
    }
    bool opening = the == sb && si > 0;
    if (opening) {
        /* "The company, previously called X, halted ..." opening its sentence: the only
         * organization of the sentence before */
        sb = doc->sents[si - 1].tok_begin;
        upto = doc->sents[si - 1].tok_end;
    } else if (the <= sb || !eg_is_lower((unsigned char)doc->text[doc->toks[the - 1].start])) {
        /* "the company" opening a clause ("..., the company, formerly X, agreed") is the
         * story's subject, maybe named sentences before, not this sentence's name */
        return -1;
    }
    long found = -1, subject = -1;
    bool described = true; /* every organization but the subject after a firm's noun */
    for (size_t i = 0; i < c->ms->n; i++) {
        const eg_mention *m = &c->ms->v[i];
        if (m->tok_begin < sb || m->tok_end > upto || m->type != EG_ORGANIZATION ||
            league_name(m->surface)) {
            continue; /* a league is no company: "the former Bangladesh Premier League
                         champions" */
        }
        if (opening && m->tok_end < upto &&
            (m->tok_begin == sb || tok_is(doc, m->tok_begin - 1, "-")) &&
            eg_is_lower((unsigned char)doc->text[doc->toks[m->tok_end].start]) &&
            (subject < 0 || c->ms->v[subject].tok_begin == m->tok_begin)) {
            subject = (long)i; /* "VALPARAISO, Aug 11 (Reuters) - Valparaiso Rovers will" */
        } else if (subject < 0 || m->tok_begin >= c->ms->v[subject].tok_end) {
            described = described && m->tok_begin > sb &&
                        tok_in(doc, m->tok_begin - 1, company_nouns, EG_ARRAY_LEN(company_nouns));
        }
        const eg_mention *f = found >= 0 ? &c->ms->v[found] : NULL;
        bool in_f = f && m->tok_begin >= f->tok_begin && m->tok_end <= f->tok_end;
        bool has_f = f && f->tok_begin >= m->tok_begin && f->tok_end <= m->tok_end;
        if (f && !in_f && !has_f) {
            found = -2; /* two organizations: which one is "the company"? */
        }
        if (found != -2 && (!f || has_f)) {
            found = (long)i; /* the longest of nested ones */
        }
    }
    if (opening && found == -1) {
        return lead_subject(c, si);
    }
    /* of two, opening its own sentence: the one that opened the sentence before, its subject,
     * when the others are told by what they are ("a deal with lithium producer Andessa
     * Minera"; not "Alpha Inc sued Beta Inc") */
    return found == -2 ? (described ? subject : -1) : found;
}

/* Is w one of words[0..n)? */
static bool word_in(const char *w, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(w, words[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* Is token t a person's age, a number of one to three digits? */
static bool age_token(const eg_doc *doc, uint32_t t)
{
    const eg_token *k = &doc->toks[t];
    size_t n = k->end - k->start;
    for (size_t i = 0; i < n; i++) {
        if (!eg_is_digit((unsigned char)doc->text[k->start + i])) {
            return false;
        }
    }
    return n >= 1 && n <= 3;
}

/* Is the cue a nickname's ("widely known as", "better known as")? */
static bool nickname_cue(const cue *cu)
{
    static const char *const w[] = {"widely", "better", "popularly", "commonly", "nicknamed"};
    if (word_in(cu->words[0], w, EG_ARRAY_LEN(w))) {
        return true;
    }
    static const char *const where[] = {"to",      "in",     "among", "across",
                                        "locally", "online", "in-game"};
    if ((strcmp(cu->words[0], "known") == 0 && word_in(cu->words[1], where, EG_ARRAY_LEN(where))) ||
        strcmp(cu->words[0], "who") == 0 || strcmp(cu->words[0], "whose") == 0) {
        return true; /* "known to colleagues as", "who goes by", "whose full name is" */
    }
    static const char *const spelling[] = {"spelled", "spelt", "rendered", "transliterated",
                                           "romanized", "romanised"};
    for (size_t k = 0; k < 3 && cu->words[k]; k++) {
        if (word_in(cu->words[k], spelling, EG_ARRAY_LEN(spelling))) {
            return true; /* "also spelled", "rendered as": a spelling, no name of its own */
        }
    }
    for (size_t k = 0; k < EG_CUE_WORDS && cu->words[k]; k++) {
        if (strcmp(cu->words[k], "nickname") == 0 || strcmp(cu->words[k], "guerre") == 0) {
            return true; /* "known by her nickname" */
        }
    }
    return false;
}

/* The end of the name before the comma of an appositive that a cue at token t ends: "NAME, a
 * former militia commander widely known as Hemedti", "Petroleo Brasileiro SA, the
 * state-controlled oil company better known as Petrobras": a comma right after a person's or
 * an organization's name (and its acronym in parentheses), then up to ten lower-case words,
 * figures, places, demonyms or capitalized words that are no name ("the Maoist movement known
 * in English as"), no other name, in the sentence; UINT32_MAX when none. */
static uint32_t appositive_comma(ctx *c, uint32_t t)
{
    const eg_doc *doc = c->doc;
    uint32_t sb = doc->sents[sentence_of(doc, t)].tok_begin;
    for (uint32_t q = t; q-- > sb && t - q <= 11;) {
        if (tok_is(doc, q, ",")) {
            uint32_t e = q; /* "Sawari Energy Holdings (SEH), the Iraqi oil producer" */
            if (q >= 4 && tok_is(doc, q - 1, ")") && tok_is(doc, q - 3, "(")) {
                e = q - 3;
            }
            long m = e > sb ? mention_at(c->ms, e - 1) : -1;
            return m >= 0 && c->ms->v[m].tok_end == e &&
                           (c->ms->v[m].type == EG_PERSON ||
                            c->ms->v[m].type == EG_ORGANIZATION)
                       ? e
                       : UINT32_MAX;
        }
        unsigned char ch = (unsigned char)doc->text[doc->toks[q].start];
        long m = eg_is_alpha(ch) ? mention_at(c->ms, q) : -1;
        if (!eg_is_lower(ch) && !eg_is_digit(ch) && !(eg_is_alpha(ch) && m < 0) &&
            !(m >= 0 && (c->ms->v[m].type == EG_COUNTRY || c->ms->v[m].type == EG_LOCATION))) {
            return UINT32_MAX; /* another name, or punctuation; not a place or a demonym: "the
                                * champion whom German fans have nicknamed Schumi" */
        }
    }
    return UINT32_MAX;
}

/* Is the appositive from the name that ends at token e to the cue at token t a firm's only:
 * the name an organization's, and no word between that brings in another's ("Acme, a unit of
 * the group formerly known as X", "Smith, whose company was formerly called X")? */
static bool firm_apposition(ctx *c, uint32_t e, uint32_t t)
{
    static const char *const other[] = {"of", "by", "for", "with", "to", "from", "'s", "which",
                                        "that", "whose", "who"};
    long m = mention_at(c->ms, e - 1);
    if (m < 0 || c->ms->v[m].type != EG_ORGANIZATION) {
        return false;
    }
    for (uint32_t q = e; q < t; q++) {
        if (tok_in(c->doc, q, other, EG_ARRAY_LEN(other))) {
            return false;
        }
    }
    return true;
}

/* "X, the former Y": may Y be X's old name? Both found organizations, Y right after "the
 * former", and Y's phrase ends with it (a comma, a period, a parenthesis or the sentence's
 * end; not "Rosneft, the former Yukos unit"). */
static bool former_ends(ctx *c, long ml, long mr, uint32_t right)
{
    const eg_doc *doc = c->doc;
    if (ml < 0 || mr < 0 || c->ms->v[ml].type != EG_ORGANIZATION ||
        c->ms->v[mr].type != EG_ORGANIZATION || c->ms->v[mr].tok_begin != right) {
        return false;
    }
    uint32_t e = c->ms->v[mr].tok_end;
    return e >= doc->ntoks || sentence_of(doc, e) != sentence_of(doc, right) ||
           tok_is(doc, e, ",") || tok_is(doc, e, ".") || tok_is(doc, e, ")");
}

/* Do the names of mentions a and b share a word of four letters or more, diacritics and
 * case aside ("Societe Miniere du Tenere", "Tenere Mining Company")? */
static bool share_word(const ctx *c, long a, long b)
{
    eg_buf ka = {0}, kb = {0};
    const char *sa = c->ms->v[a].surface, *sb = c->ms->v[b].surface;
    bool shared = false;
    if (eg_gaz_key(&ka, sa, strlen(sa)) && eg_gaz_key(&kb, sb, strlen(sb)) && ka.data &&
        kb.data) {
        for (const char *p = ka.data; *p && !shared;) {
            size_t n = strcspn(p, " ");
            shared = n >= 4 && alias_key_has_word(kb.data, p, n);
            p += n + (p[n] == ' ');
        }
    }
    eg_buf_fini(&ka);
    eg_buf_fini(&kb);
    return shared;
}

static long renamed_name_at(ctx *c, uint32_t t, uint32_t end, eg_etype type, eg_status *st);

/* The organization named at token t (before se) after a rename's verb, the new name of mention
 * old: the (old, new) pair added when there is one. */
static eg_status renamed_to(ctx *c, long old, uint32_t t, uint32_t se, uint32_t (*pairs)[3],
                            size_t *npairs)
{
    eg_status st = EG_OK;
    long newer = renamed_name_at(c, t, se, EG_ORGANIZATION, &st);
    if (st == EG_OK && newer >= 0 && c->ms->v[newer].type == EG_ORGANIZATION) {
        pairs[*npairs][0] = (uint32_t)old;
        pairs[*npairs][1] = (uint32_t)newer;
        pairs[*npairs][2] = EG_STATED_CHANGE;
        (*npairs)++;
    }
    return st;
}

/* "... took control of the former Seorin Display in 2021 and renamed it Aurora Panel": the
 * organization that is the object before "and renamed it" (after a word in lower case, within
 * four words of "and" that are lower-case or figures), and the name after "it"; so "and
 * rebranded it as", "and relaunched it as the Prosperity Party". */
static eg_status renamed_it(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs)
{
    static const char *const verbs[] = {"renamed", "rebranded", "relaunched", "restyled"};
    const eg_doc *doc = c->doc;
    for (uint32_t t = 2; t + 2 < doc->ntoks && *npairs < max_pairs; t++) {
        size_t tl = doc->toks[t].end - doc->toks[t].start;
        if ((tl != 7 && tl != 8 && tl != 9 && tl != 10) || doc->text[doc->toks[t].start] != 'r' ||
            !tok_in(doc, t, verbs, EG_ARRAY_LEN(verbs)) || !tok_is(doc, t + 1, "it") ||
            !tok_is(doc, t - 1, "and")) {
            continue;
        }
        uint32_t sb = doc->sents[sentence_of(doc, t)].tok_begin, q = t - 1;
        long old = -1;
        while (q > sb && t - q <= 5 && old < 0) {
            q--;
            long m = mention_at(c->ms, q);
            if (m >= 0) {
                old = c->ms->v[m].tok_end == q + 1 ? m : -2;
                break;
            }
            unsigned char ch = (unsigned char)doc->text[doc->toks[q].start];
            if (!eg_is_lower(ch) && !eg_is_digit(ch)) {
                break;
            }
        }
        if (old < 0 || c->ms->v[old].type != EG_ORGANIZATION ||
            c->ms->v[old].tok_begin <= sb ||
            !eg_is_lower((unsigned char)doc->text[doc->toks[c->ms->v[old].tok_begin - 1].start])) {
            continue; /* the sentence's subject renamed something else */
        }
        uint32_t se = doc->sents[sentence_of(doc, t)].tok_end, n = t + 2;
        n += n < se && tok_is(doc, n, "as");
        n += n < se && tok_is(doc, n, "the");
        eg_status st = renamed_to(c, old, n, se, pairs, npairs);
        if (st != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* "The party was called the Unity Front until last year, when it renamed itself the National
 * Renewal Alliance": the organization after "called" or "known as" and before "until" is the
 * old name of the one after "renamed itself" later in the sentence. */
static eg_status called_until_renamed(ctx *c, uint32_t (*pairs)[3], size_t *npairs,
                                      size_t max_pairs)
{
    const eg_doc *doc = c->doc;
    for (uint32_t t = 3; t + 2 < doc->ntoks && *npairs < max_pairs; t++) {
        if (doc->toks[t].end - doc->toks[t].start != 7 || !tok_is(doc, t, "renamed") ||
            !tok_is(doc, t + 1, "itself")) {
            continue;
        }
        uint32_t sb = doc->sents[sentence_of(doc, t)].tok_begin;
        uint32_t se = doc->sents[sentence_of(doc, t)].tok_end;
        long old = -1;
        for (uint32_t u = t; u-- > sb + 2 && old == -1;) {
            if (!tok_is(doc, u, "until")) {
                continue;
            }
            long m = mention_at(c->ms, u - 1);
            if (m < 0 || c->ms->v[m].tok_end != u || c->ms->v[m].type != EG_ORGANIZATION) {
                old = -2;
                break;
            }
            uint32_t b = c->ms->v[m].tok_begin;
            b -= b > sb && tok_is(doc, b - 1, "the");
            bool cued = b > sb && (tok_is(doc, b - 1, "called") || tok_is(doc, b - 1, "named") ||
                                  (b > sb + 1 && tok_is(doc, b - 1, "as") &&
                                   tok_is(doc, b - 2, "known")));
            old = cued ? m : -2;
        }
        if (old < 0) {
            continue;
        }
        uint32_t n = t + 2 + (t + 2 < se && tok_is(doc, t + 2, "the"));
        eg_status st = renamed_to(c, old, n, se, pairs, npairs);
        if (st != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* "The unit, previously called Crescent Miles Club, will be rebranded as Sidra Rewards": the
 * organization after "previously called" (or "formerly called", "formerly known as",
 * "previously known as", "previously named", "formerly named") and before a comma is the old
 * name of the one after "renamed" or "rebranded" ("as", "to") that follows at once, after
 * "will be", "was", "has been", "is being" or "is". */
static eg_status before_renamed(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs)
{
    static const char *const aux[] = {"will", "be", "was", "has", "been", "is", "being",
                                      "would", "had"};
    const eg_doc *doc = c->doc;
    for (uint32_t t = 5; t + 2 < doc->ntoks && *npairs < max_pairs; t++) {
        size_t tl = doc->toks[t].end - doc->toks[t].start;
        if ((tl != 7 && tl != 9) || doc->text[doc->toks[t].start] != 'r' ||
            (!tok_is(doc, t, "renamed") && !tok_is(doc, t, "rebranded"))) {
            continue; /* most tokens at one look */
        }
        uint32_t sb = doc->sents[sentence_of(doc, t)].tok_begin;
        uint32_t se = doc->sents[sentence_of(doc, t)].tok_end;
        uint32_t u = t;
        while (u > sb && t - u < 3 && tok_in(doc, u - 1, aux, EG_ARRAY_LEN(aux))) {
            u--;
        }
        if (u == t || u <= sb + 3 || !tok_is(doc, u - 1, ",")) {
            continue;
        }
        long m = mention_at(c->ms, u - 2);
        if (m < 0 || c->ms->v[m].tok_end != u - 1 || c->ms->v[m].type != EG_ORGANIZATION) {
            continue;
        }
        uint32_t b = c->ms->v[m].tok_begin;
        b -= b > sb && tok_is(doc, b - 1, "the");
        bool cued = b > sb + 1 && (tok_is(doc, b - 2, "previously") ||
                                   tok_is(doc, b - 2, "formerly")) &&
                    (tok_is(doc, b - 1, "called") || tok_is(doc, b - 1, "named"));
        cued = cued || (b > sb + 2 && (tok_is(doc, b - 3, "previously") ||
                                       tok_is(doc, b - 3, "formerly")) &&
                        tok_is(doc, b - 2, "known") && tok_is(doc, b - 1, "as"));
        if (!cued) {
            continue;
        }
        uint32_t n = t + 1;
        n += n < se && (tok_is(doc, n, "as") || tok_is(doc, n, "to"));
        n += n < se && tok_is(doc, n, "the");
        eg_status st = renamed_to(c, m, n, se, pairs, npairs);
        if (st != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* A name told after the other in a clause of "as": "Corporacion Nacional del Cobre de Chile,
 * as Codelco is formally called, will hold ...": NAME, as [the] NAME is|was [adverb] called|
 * known|named|renamed; both names found, of one type, no country. So is a former name: "the
 * Nigerian Exchange (NGX), as the former Nigerian Stock Exchange has been known since", "The
 * PCC, as the National Cricket Board was renamed in 2012". */
static void as_called(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs)
{
    static const char *const adverbs[] = {"formally", "officially", "properly", "also",
                                          "commonly", "popularly", "widely", "better", "often",
                                          "usually", "now"};
    const eg_doc *doc = c->doc;
    for (uint32_t t = 2; t + 3 < doc->ntoks && *npairs < max_pairs; t++) {
        if (doc->toks[t].end - doc->toks[t].start != 2 || doc->text[doc->toks[t].start] != 'a' ||
            !tok_is(doc, t, "as") || !tok_is(doc, t - 1, ",")) {
            continue; /* most tokens at one look */
        }
        uint32_t le = t - 1, r = t + 1;
        if (le >= 4 && tok_is(doc, le - 1, ")") && tok_is(doc, le - 3, "(")) {
            le -= 3; /* "Nigerian Exchange (NGX), as ..." */
        }
        if (tok_is(doc, r, "the") && (tok_is(doc, r + 1, "former") || tok_is(doc, r + 1, "old"))) {
            r += 2; /* "as the former Nigerian Stock Exchange has been known since" */
        } else if (tok_is(doc, r, "the") && mention_at(c->ms, r + 1) >= 0) {
            r++; /* "The PCC, as the National Cricket Board was renamed in 2012" */
        }
        long ml = mention_at(c->ms, le - 1), mr = mention_at(c->ms, r);
        if (ml < 0 || mr < 0 || c->ms->v[ml].tok_end != le || c->ms->v[mr].tok_begin != r ||
            c->ms->v[ml].type != c->ms->v[mr].type || c->ms->v[ml].type == EG_COUNTRY) {
            continue;
        }
        uint32_t v = c->ms->v[mr].tok_end;
        if ((tok_is(doc, v, "has") || tok_is(doc, v, "had")) && tok_is(doc, v + 1, "been")) {
            v++;
        } else if (!tok_is(doc, v, "is") && !tok_is(doc, v, "was")) {
            continue;
        }
        v++;
        v += tok_in(doc, v, adverbs, EG_ARRAY_LEN(adverbs)) ? 1u : 0u;
        if (tok_is(doc, v, "called") || tok_is(doc, v, "known") || tok_is(doc, v, "named") ||
            tok_is(doc, v, "renamed")) {
            pairs[*npairs][0] = (uint32_t)ml;
            pairs[*npairs][1] = (uint32_t)mr;
            pairs[*npairs][2] = EG_STATED_NEW_FIRST;
            (*npairs)++;
        }
    }
}

/* Is token t a double quote, straight or curly? */
static bool quote_tok(const eg_doc *doc, uint32_t t)
{
    return tok_is(doc, t, "\"") || tok_is(doc, t, "\xe2\x80\x9c") ||
           tok_is(doc, t, "\xe2\x80\x9d");
}

/* A person named with a nickname in quotes between the given name and the surname
 * ("Rajendra \"Raju\" Malhotra", whose surface drops it: ner_spans.c) is that person where
 * the article uses the nickname alone ("known simply as Raju"), as a stated nickname of the
 * article: unless another person of the article bears it as a word of its name. */
static void quoted_nicknames(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs)
{
    const eg_doc *doc = c->doc;
    const eg_mentions *ms = c->ms;
    for (size_t i = 0; i < ms->n && *npairs < max_pairs; i++) {
        const eg_mention *m = &ms->v[i];
        if (m->type != EG_PERSON || m->tok_end - m->tok_begin < 5) {
            continue; /* a given name, the quotes and the nickname, a surname */
        }
        uint32_t q1 = m->tok_begin + 1;
        while (q1 + 3 < m->tok_end && !quote_tok(doc, q1)) {
            q1++;
        }
        uint32_t q2 = q1 + 2;
        while (q2 + 1 < m->tok_end && !quote_tok(doc, q2)) {
            q2++;
        }
        if (!quote_tok(doc, q1) || q2 + 1 >= m->tok_end || !quote_tok(doc, q2)) {
            continue;
        }
        const char *nick = doc->text + doc->toks[q1 + 1].start;
        size_t nl = doc->toks[q2 - 1].end - doc->toks[q1 + 1].start;
        long alone = -1;
        bool borne = false; /* by another person, as a word of a longer name */
        for (size_t j = 0; j < ms->n && !borne; j++) {
            const char *sf = ms->v[j].surface;
            size_t sl = strlen(sf);
            if (j == i || ms->v[j].type != EG_PERSON) {
                continue;
            }
            if (sl == nl && memcmp(sf, nick, nl) == 0) {
                alone = alone < 0 ? (long)j : alone;
                continue;
            }
            for (const char *p = sf; !borne && p + nl <= sf + sl; p++) {
                borne = (p == sf || p[-1] == ' ') && memcmp(p, nick, nl) == 0 &&
                        (p + nl == sf + sl || p[nl] == ' ') &&
                        strcmp(sf, ms->v[i].surface) != 0;
            }
        }
        if (alone >= 0 && !borne) {
            pairs[*npairs][0] = (uint32_t)i;
            pairs[*npairs][1] = (uint32_t)alone;
            pairs[*npairs][2] = EG_STATED_LOCAL | EG_STATED_NICKNAME;
            (*npairs)++;
        }
    }
}

/* Is the name after a bare "known as" at *right a former one, told with "until" and a year
 * ("Van Wijk Arena, known as the IJsselstadion until 2017")? Then *right is its first word,
 * after a "the". */
static bool former_until(const ctx *c, uint32_t *right)
{
    const eg_doc *doc = c->doc;
    uint32_t r = *right + (tok_is(doc, *right, "the") ? 1u : 0u);
    long m = mention_at(c->ms, r);
    uint32_t e = r;
    if (m >= 0) {
        e = c->ms->v[m].tok_begin == r ? c->ms->v[m].tok_end : r;
    } else {
        while (e < doc->ntoks && e - r < 6 && capitalized_tok(doc, e) &&
               sentence_of(doc, e) == sentence_of(doc, r)) {
            e++;
        }
    }
    if (e == r || e + 1 >= doc->ntoks || !tok_is(doc, e, "until") ||
        !eg_is_digit((unsigned char)doc->text[doc->toks[e + 1].start])) {
        return false;
    }
    *right = r;
    return true;
}

/* The cues a token may open, by its first letter and length (a-z, lengths < 32, as
 * may_open_cue asks): those whose first word or its synonym has them ("that" opens the cues of
 * "which"), in the table's order. No first word is a wildcard, so a token opens no other cue.
 * Built once, then read by every thread. */
static bool cue_word_fits(const char *w, unsigned b)
{
    return strlen(w) == b % 32 && (unsigned)(w[0] - 'a') == b / 32;
}

static uint32_t cue_open_len[26];
static uint16_t cue_at[26 * 32 + 1];
static uint8_t cue_list[(1 + EG_ARRAY_LEN(cue_synonyms)) * EG_ARRAY_LEN(cues)];
/* The cues' distinct words and, for each word of each cue, its number among them ("which"
 * is one number in every cue that has it; UINT16_MAX past its last word), so that
 * find_stated asks a token each word once. */
static const char *cue_words[EG_ARRAY_LEN(cues) * EG_CUE_WORDS];
static uint16_t cue_word_id[EG_ARRAY_LEN(cues)][EG_CUE_WORDS];
static size_t cue_nwords;
/* For entry i of cue_list and a word k: the next entry of its letter and length whose words up
 * to k are not i's. When i's word k fails, the cues up to there fail at it too: "this" passes
 * over the run of "which" cues at one look. */
static uint16_t cue_skip[EG_ARRAY_LEN(cue_list)][EG_CUE_WORDS];
static pthread_once_t cue_index_once = PTHREAD_ONCE_INIT;

static void cue_index_build(void)
{
    _Static_assert(EG_ARRAY_LEN(cues) < 256, "cue indices are bytes");
    cue_openers(cue_open_len);
    for (size_t q = 0; q < EG_ARRAY_LEN(cues); q++) {
        for (size_t k = 0; k < EG_CUE_WORDS; k++) {
            cue_word_id[q][k] = UINT16_MAX;
        }
        for (size_t k = 0; k < EG_CUE_WORDS && cues[q].words[k]; k++) {
            size_t w = 0;
            while (w < cue_nwords && strcmp(cue_words[w], cues[q].words[k]) != 0) {
                w++;
            }
            if (w == cue_nwords) {
                cue_words[cue_nwords++] = cues[q].words[k];
            }
            cue_word_id[q][k] = (uint16_t)w;
        }
    }
    size_t n = 0;
    for (unsigned b = 0; b < 26 * 32; b++) {
        cue_at[b] = (uint16_t)n;
        for (size_t q = 0; q < EG_ARRAY_LEN(cues); q++) {
            const char *w0 = cues[q].words[0];
            bool fits = cue_word_fits(w0, b);
            for (size_t i = 0; i < EG_ARRAY_LEN(cue_synonyms) && !fits; i++) {
                fits = strcmp(w0, cue_synonyms[i][0]) == 0 && cue_word_fits(cue_synonyms[i][1], b);
            }
            if (fits) {
                cue_list[n++] = (uint8_t)q;
            }
        }
    }
    cue_at[26 * 32] = (uint16_t)n;
    for (unsigned b = 0; b < 26 * 32; b++) {
        for (size_t i = cue_at[b]; i < cue_at[b + 1]; i++) {
            for (size_t k = 0; k < EG_CUE_WORDS; k++) {
                size_t j = i + 1;
                bool same = true;
                while (j < cue_at[b + 1] && same) {
                    for (size_t x = 0; x <= k && same; x++) {
                        same = cue_word_id[cue_list[j]][x] == cue_word_id[cue_list[i]][x];
                    }
                    j += same ? 1u : 0u;
                }
                cue_skip[i][k] = (uint16_t)j;
            }
        }
    }
}

/* Find stated aliases; may add the missing side as a mention. Runs before entities exist. */

static eg_status find_stated(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs)
{
    const eg_doc *doc = c->doc;
    pthread_once(&cue_index_once, cue_index_build);
    /* per cue word: the token (plus one) it was last asked of, 0 for none, and the answer; a
     * "that" asks "which" once, not once for each of the cues "which" opens */
    size_t asked[EG_ARRAY_LEN(cue_words)];
    bool answer[EG_ARRAY_LEN(cue_words)];
    memset(asked, 0, cue_nwords * sizeof *asked);
    for (uint32_t t = 0; t < doc->ntoks && *npairs < max_pairs; t++) {
        if (!may_open_cue(doc, t, cue_open_len)) {
            continue;
        }
        unsigned c0 = (unsigned)(eg_to_lower((unsigned char)doc->text[doc->toks[t].start]) - 'a');
        size_t tn = doc->toks[t].end - doc->toks[t].start, b = c0 * 32 + tn;
        for (size_t qi = cue_at[b]; qi < cue_at[b + 1];) {
            const cue *cu = &cues[cue_list[qi]];
            uint32_t k = 0;
            while (k < EG_CUE_WORDS && cu->words[k]) {
                uint16_t w = cue_word_id[cue_list[qi]][k];
                if (asked[w] != (size_t)t + k + 1) {
                    asked[w] = (size_t)t + k + 1;
                    answer[w] = cue_word_is(doc, t + k, cu->words[k]);
                }
                if (!answer[w]) {
                    break;
                }
                k++;
            }
            if (k == 0 || (k < EG_CUE_WORDS && cu->words[k])) {
                qi = cue_skip[qi][k];
                continue;
            }
            /* left side: skip "," or "(" before the cue, or ", the company" */
            if (t == 0) {
                break;
            }
            uint32_t l = t - 1;
            if (l >= 2 && tok_is(doc, l - 1, "the") && tok_is(doc, l - 2, ",") &&
                eg_is_lower((unsigned char)doc->text[doc->toks[l].start])) {
                l -= 2; /* "Meta, the company formerly known as Facebook" */
            }
            static const char *const adverbs[] = {"widely", "also", "better", "popularly",
                                                  "commonly", "generally"};
            if (strcmp(cu->words[0], "known") == 0 && strcmp(cu->words[1], "as") != 0 &&
                l >= 1 && tok_in(doc, l, adverbs, EG_ARRAY_LEN(adverbs))) {
                l--; /* "widely known by his nickname Tong" ("widely known as" is a cue) */
            }
            if (strcmp(cu->words[0], "known") == 0 && l >= 3 && tok_is(doc, l - 1, "who") &&
                (tok_is(doc, l, "is") || tok_is(doc, l, "was")) && tok_is(doc, l - 2, ",")) {
                l -= 2; /* "Zhao Yifan, who is known to partners as Evan Zhao" */
            }
            if (l >= 4 && tok_is(doc, l, ",") && tok_is(doc, l - 2, ",") &&
                age_token(doc, l - 1)) {
                long mp = mention_at(c->ms, l - 3);
                if (mp >= 0 && c->ms->v[mp].type == EG_PERSON &&
                    c->ms->v[mp].tok_end == l - 2) {
                    l -= 2; /* a person's age between: "Pimchanok Wongsakul, 45, known by her
                             * nickname Ploy" */
                }
            }
            static const char *const dashes[] = {"-", "--", "\xe2\x80\x93", "\xe2\x80\x94"};
            bool sep = tok_is(doc, l, ",") || tok_is(doc, l, "(") ||
                       (nickname_cue(cu) && tok_in(doc, l, dashes, EG_ARRAY_LEN(dashes)));
            long before_cue = mention_at(c->ms, t - 1);
            bool place_cue = !local_cue(cu) && !nickname_cue(cu) && place_name_after(c, t + k) &&
                             !(before_cue >= 0 && c->ms->v[before_cue].type == EG_LOCATION);
            if (!sep && !local_cue(cu) &&
                tok_in(doc, t - 1, place_nouns, EG_ARRAY_LEN(place_nouns))) {
                l = place_apposition(c, t); /* "Oskemen, the eastern city formerly called
                                             * Ust-Kamenogorsk" */
                if (l == UINT32_MAX && place_cue) {
                    l = place_apposition_at(c, t - 1); /* "Gyumri, Armenia's second-largest
                                                         * city formerly called Leninakan" */
                }
                sep = l != UINT32_MAX;
            } else if (!sep && place_cue && (l = place_apposition_at(c, t - 1)) != UINT32_MAX) {
                sep = true; /* "Wroclaw, the city in western Poland that was known as" */
            } else if (sep && l >= 1 && tok_is(doc, l, ",") && place_cue &&
                       mention_at(c->ms, l - 1) < 0) {
                uint32_t q = place_apposition_at(c, l - 1);
                l = q != UINT32_MAX ? q : l; /* "Podgorica, the Montenegrin capital, which
                                              * was called Titograd" */
            } else if (!sep && nickname_cue(cu)) {
                l = appositive_comma(c, t); /* "Hakainde Hichilema, a cattle rancher popularly
                                             * known as HH" */
                sep = l != UINT32_MAX;
            } else if (!sep && !local_cue(cu) &&
                       (tok_in(doc, t - 1, company_nouns, EG_ARRAY_LEN(company_nouns)) ||
                        (strcmp(cu->words[0], "whose") == 0 &&
                         tok_in(doc, t - 1, body_nouns, EG_ARRAY_LEN(body_nouns))))) {
                l = appositive_comma(c, t); /* "Oyelaran Logistics PLC, the Ibadan trucking
                                             * group formerly known as Oyelaran Haulage" */
                sep = l != UINT32_MAX && firm_apposition(c, l, t);
            }
            if (!sep) {
                break; /* "formerly" in running text is not an alias cue */
            }
            if (l == 0) {
                break;
            }
            uint32_t left_end = l;
            if (left_end >= 4 && tok_is(doc, left_end - 1, ")") && tok_is(doc, left_end - 3, "(") &&
                mention_at(c->ms, left_end - 4) >= 0) {
                left_end -= 3; /* "Corporacion Minera del Altiplano SA (CMA), known in English
                                * as" */
            }
            uint32_t right = t + k;
            if (nickname_cue(cu) && right + 1 < doc->ntoks &&
                (tok_is(doc, right, "\"") || tok_is(doc, right, "\xe2\x80\x9c"))) {
                right++; /* a nickname in quotes: known to colleagues as "Venky" */
            }
            if (tok_is(doc, right, "the") && mention_at(c->ms, right + 1) >= 0) {
                right++; /* "which later became the OSCE" */
            }
            bool until = strcmp(cu->words[0], "known") == 0 && cu->words[2] == NULL &&
                         !nickname_cue(cu) && former_until(c, &right);
            long ml = mention_at(c->ms, left_end - 1);
            if (ml < 0) {
                ml = company_antecedent(c, left_end);
            }
            long mr = mention_at(c->ms, right);
            if (mr >= 0 && ml >= 0 && !nickname_cue(cu) &&
                c->ms->v[ml].type == EG_ORGANIZATION && c->ms->v[mr].tok_begin == right &&
                c->ms->v[mr].type != EG_PERSON) {
                eg_status st = name_runs_on(c, mr);
                if (st != EG_OK) {
                    return st;
                }
            }
            /* a country's former name, a place's in no list: "Burkina Faso, known as Upper
             * Volta until 1984", "formerly known as Upper Volta" */
            bool country_renamed =
                ml >= 0 && mr >= 0 && c->ms->v[ml].type == EG_COUNTRY &&
                c->ms->v[mr].type == EG_LOCATION && c->ms->v[mr].tok_begin == right &&
                c->ms->v[mr].gaz < 0 &&
                (tok_is(doc, c->ms->v[mr].tok_end, "until") ||
                 ((strcmp(cu->words[0], "formerly") == 0 ||
                   strcmp(cu->words[0], "previously") == 0 || strcmp(cu->words[0], "once") == 0) &&
                  cu->words[1] != NULL));
            /* a person's one-word nickname: "Mohamed Hamdan Dagalo, known as Hemeti, ..."; no
             * title's or given name's word ("Ellen Simonetti, known as Queen") */
            bool person_nick =
                strcmp(cu->words[0], "known") == 0 && cu->words[2] == NULL && ml >= 0 &&
                mr >= 0 && c->ms->v[ml].type == EG_PERSON && c->ms->v[mr].type == EG_PERSON &&
                c->ms->v[ml].tok_end - c->ms->v[ml].tok_begin >= 2 &&
                c->ms->v[mr].tok_begin == right && c->ms->v[mr].tok_end == right + 1 &&
                (tok_is(doc, right + 1, ",") || tok_is(doc, right + 1, ".")) &&
                !(eg_gaz_word_flags(eg_gazetteer_default(), c->ms->v[mr].surface,
                                    strlen(c->ms->v[mr].surface)) &
                  (EG_GAZ_TITLE | EG_GAZ_FIRSTNAME | EG_GAZ_ORG_WORD));
            if (strcmp(cu->words[0], "known") == 0 && !nickname_cue(cu) && !country_renamed &&
                !person_nick && !until &&
                (ml < 0 || c->ms->v[ml].type != EG_ORGANIZATION ||
                 (mr >= 0 && c->ms->v[mr].type != EG_ORGANIZATION) ||
                 (c->ms->v[ml].tok_begin >= 2 &&
                  tok_is(doc, c->ms->v[ml].tok_begin - 1, "and")))) {
                /* a bare "known as" names a company's short name, no person's nickname
                 * ("Ellen Simonetti, known as Queen of the Sky"), nor a pair's ("Anthony
                 * McPartlin and Declan Donnelly, known as Ant and Dec") */
                break;
            }
            if (strcmp(cu->words[0], "the") == 0 && !former_ends(c, ml, mr, right)) {
                break; /* "Boris Johnson, the former London mayor" */
            }
            if (strcmp(cu->words[0], "or") == 0 &&
                (!former_ends(c, ml, mr, right) || !share_word(c, ml, mr))) {
                break; /* "Siemens, or ABB," */
            }
            if ((ml < 0 && mr < 0) ||
                (ml >= 0 && c->ms->v[ml].type == EG_COUNTRY && !country_renamed) ||
                (mr >= 0 && c->ms->v[mr].type == EG_COUNTRY)) {
                break; /* "The Streets, aka British rapper ...": countries are not renamed */
            }
            if (ml < 0 && capitalized_tok(doc, left_end - 1)) {
                eg_status st = add_mention_copy(c, left_end - 1, left_end, c->ms->v[mr].type);
                if (st != EG_OK) {
                    return st;
                }
                ml = (long)c->ms->n - 1;
            }
            if (mr < 0 && capitalized_tok(doc, right)) {
                /* the capitalized words there: "now called First HoldCo", "formerly Anglo
                 * American Platinum" (the recognizer's "American" a demonym) */
                uint32_t re = right + 1;
                while (re < doc->ntoks && re - right < 6 && capitalized_tok(doc, re) &&
                       sentence_of(doc, re) == sentence_of(doc, right)) {
                    re++;
                }
                eg_status st = add_mention_copy(c, right, re, c->ms->v[ml].type);
                if (st != EG_OK) {
                    return st;
                }
                mr = (long)c->ms->n - 1;
            }
            if (ml >= 0 && mr >= 0 && (c->ms->v[ml].type != EG_COUNTRY || country_renamed) &&
                c->ms->v[mr].type != EG_COUNTRY) {
                pairs[*npairs][0] = (uint32_t)ml;
                pairs[*npairs][1] = (uint32_t)mr;
                pairs[*npairs][2] = (cu->new_first ? EG_STATED_NEW_FIRST : 0u) |
                                    (local_cue(cu) ? EG_STATED_LOCAL : 0u) |
                                    (nickname_cue(cu) || person_nick ? EG_STATED_NICKNAME
                                                                     : 0u);
                (*npairs)++;
            }
            break;
        }
    }
    as_called(c, pairs, npairs, max_pairs);
    quoted_nicknames(c, pairs, npairs, max_pairs);
    eg_status st = renamed_it(c, pairs, npairs, max_pairs);
    st = st != EG_OK ? st : called_until_renamed(c, pairs, npairs, max_pairs);
    st = st != EG_OK ? st : before_renamed(c, pairs, npairs, max_pairs);
    return st != EG_OK ? st : find_renames(c, pairs, npairs, max_pairs);
}

/* The name at token t after a rename cue: its mention, or a new organization mention for the
 * capitalized words there that the recognizer missed ("to Allegis"); -1 when none. */
static long renamed_name_at(ctx *c, uint32_t t, uint32_t end, eg_etype type, eg_status *st)
{
    const eg_doc *doc = c->doc;
    if (t < end && (tok_is(doc, t, "\"") || tok_is(doc, t, "<"))) {
        t++; /* to "Allegis"; Reuters' stock marks: to <Texas Petroleum Corp> */
    }
    long m = t < end ? mention_at(c->ms, t) : -1;
    if (m >= 0) {
        return c->ms->v[m].tok_begin == t ? m : -1;
    }
    uint32_t e = t;
    while (e < end && e - t < 6 && capitalized_tok(doc, e)) {
        e++;
    }
    if (e == t) {
        return -1;
    }
    *st = add_mention_copy(c, t, e, type);
    return *st == EG_OK ? (long)c->ms->n - 1 : -1;
}

/* May words between a rename's subject and its verb be passed over? Not a relative pronoun, a
 * determiner or a possessive, which bring in another subject ("X said its unit will change
 * its name", "the company, which owns X, will change its name"). */
static bool rename_gap_ok(const eg_doc *doc, uint32_t from, uint32_t to, bool when)
{
    static const char *const stop[] = {"which", "who", "that", "its", "their", "his", "her",
                                       "the", "a", "an", "whose", "'s", "if", "when"};
    if (to - from > 12) {
        return false;
    }
    for (uint32_t t = from; t < to; t++) {
        for (size_t i = 0; i < EG_ARRAY_LEN(stop) - when; i++) {
            if (tok_is(doc, t, stop[i])) {
                return false;
            }
        }
    }
    return true;
}

/* Does a name with its "'s" open at token t ("New Zealand's third-largest retailer")? */
static bool possessive_at(const ctx *c, uint32_t t)
{
    long m = mention_at(c->ms, t);
    if (m < 0 || c->ms->v[m].tok_begin != t) {
        return false;
    }
    uint32_t e = c->ms->v[m].tok_end;
    return tok_is(c->doc, e, "'s") || tok_is(c->doc, e, "\u2019s");
}

/* The subject of a rename told after an appositive: "Midland Bank plc, the British lender
 * bought by HSBC Holdings plc in 1992, will change its name to HSBC Bank plc": an
 * organization opening the sentence (or its text after a dateline's "-"), a comma and "the",
 * "a", "an" or a name's "'s" after it ("Eastlake Utilities, New Zealand's third-largest
 * retailer, said on Monday it would change"), and a comma before the verb with at most a few
 * auxiliaries and a day between ("will", "has", "said it will", "said on Monday it would").
 * -1 when none. */
static long apposed_subject(ctx *c, uint32_t sb, uint32_t verb)
{
    static const char *const aux[] = {"will", "would", "has", "had", "is", "was", "said", "it",
                                      "to", "plans", "agreed", "voted", "decided"};
    static const char *const when[] = {"on",       "monday", "tuesday", "wednesday", "thursday",
                                       "friday",   "saturday", "sunday", "last",     "this",
                                       "week",     "year",   "month",   "earlier",   "today"};
    const eg_doc *doc = c->doc;
    uint32_t q = verb;
    while (q > sb && verb - q < 7 &&
           (tok_in(doc, q - 1, aux, EG_ARRAY_LEN(aux)) ||
            (verb - q < 6 && tok_in(doc, q - 1, when, EG_ARRAY_LEN(when))))) {
        q--; /* "said on Monday it would change" */
    }
    if (q <= sb || !tok_is(doc, q - 1, ",")) {
        return -1;
    }
    for (size_t i = 0; i < c->ms->n; i++) {
        const eg_mention *m = &c->ms->v[i];
        if (m->tok_begin < sb || m->tok_end + 2 >= q - 1 || m->type != EG_ORGANIZATION ||
            !(m->tok_begin == sb || tok_is(doc, m->tok_begin - 1, "-")) ||
            !tok_is(doc, m->tok_end, ",") ||
            !(tok_is(doc, m->tok_end + 1, "the") || tok_is(doc, m->tok_end + 1, "a") ||
              tok_is(doc, m->tok_end + 1, "an") || possessive_at(c, m->tok_end + 1)) ||
            q - 1 - m->tok_end > 24) {
            continue;
        }
        long longest = (long)i; /* the longest at that word */
        for (size_t j = i + 1; j < c->ms->n; j++) {
            if (c->ms->v[j].tok_begin == m->tok_begin &&
                c->ms->v[j].tok_end > c->ms->v[longest].tok_end) {
                longest = (long)j;
            }
        }
        return c->ms->v[longest].tok_end == m->tok_end ? longest : -1;
    }
    return -1;
}

/* The sentence's subject the recognizer missed, opening it at token sb before the verb at
 * token verb ("Datsun changed", "Datsun said it will change", "Datsun will change"): one to
 * four capitalized words, no pronoun or determiner ("The company changed"); added as an
 * organization's mention into *made (-1 when none). */
static eg_status unnamed_subject(ctx *c, uint32_t sb, uint32_t verb, long *made)
{
    static const char *const openers[] = {"the", "it", "its", "this", "that", "he", "she",
                                          "they", "we", "a", "an", "in", "on", "after"};
    static const char *const joins[][3] = {{"said", "it", "will"}, {"said", "it", "would"},
                                           {"will", NULL, NULL},   {"would", NULL, NULL},
                                           {"has", NULL, NULL},    {"had", NULL, NULL},
                                           {NULL, NULL, NULL}};
    const eg_doc *doc = c->doc;
    *made = -1;
    uint32_t e = sb;
    while (e < verb && e - sb < 4 && capitalized_tok(doc, e)) {
        e++;
    }
    if (e == sb || mention_at(c->ms, sb) >= 0) {
        return EG_OK;
    }
    for (size_t i = 0; i < EG_ARRAY_LEN(openers); i++) {
        if (tok_is(doc, sb, openers[i])) {
            return EG_OK;
        }
    }
    bool joined = false;
    for (size_t j = 0; j < EG_ARRAY_LEN(joins) && !joined; j++) {
        uint32_t k = 0;
        while (k < 3 && joins[j][k] && tok_is(doc, e + k, joins[j][k])) {
            k++;
        }
        joined = e + k == verb && (k == 3 || !joins[j][k]);
    }
    if (!joined) {
        return EG_OK;
    }
    eg_status st = add_mention_copy(c, sb, e, EG_ORGANIZATION);
    *made = st == EG_OK ? (long)c->ms->n - 1 : -1;
    return st;
}

/* Renames told as a change: "UAL Inc said it will change its name to Allegis Corp", "Farah
 * changed its name to Farah Inc from Farah Manufacturing Co", "... its name from A to B". The
 * one renamed is the sentence's subject, its first name, opening the sentence or its main
 * clause ("After the sale, Cyclops will ..."), with no other name between it and the verb; a
 * country is never renamed. Adds (old, new) pairs as find_stated does. */
/* How many words of a time from token t ("on Saturday", "last year", "in 1997", "this
 * week"), at most three: 0 when none. */
static uint32_t when_words(const eg_doc *doc, uint32_t t)
{
    static const char *const opens[] = {"on", "in", "last", "this", "earlier", "later"};
    static const char *const ends[] = {"monday",  "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "year",      "week",     "month",
                                       "today",   "yesterday"};
    if (!tok_in(doc, t, opens, EG_ARRAY_LEN(opens)) || t + 1 >= doc->ntoks) {
        return 0;
    }
    if (tok_in(doc, t + 1, ends, EG_ARRAY_LEN(ends))) {
        return 2;
    }
    const char *w = doc->text + doc->toks[t + 1].start;
    size_t wn = doc->toks[t + 1].end - doc->toks[t + 1].start;
    return wn == 4 && eg_is_digit((unsigned char)w[0]) && eg_is_digit((unsigned char)w[3]) ? 2
                                                                                          : 0;
}

/* "changed its name from A to B" with no subject to name (at n + 1, "from"): A and B, both
 * found, of one type, an organization's or a place's. */
static void from_to(ctx *c, uint32_t n, uint32_t se, uint32_t (*pairs)[3], size_t *npairs)
{
    const eg_doc *doc = c->doc;
    uint32_t a = n + 2 + (tok_is(c->doc, n + 2, "the") ? 1u : 0u);
    long older = a < se ? mention_at(c->ms, a) : -1;
    if (older < 0 || c->ms->v[older].tok_begin != a) {
        return;
    }
    uint32_t b = c->ms->v[older].tok_end;
    if (!tok_is(doc, b, "to")) {
        return;
    }
    b += 1 + (tok_is(doc, b + 1, "the") ? 1u : 0u);
    long newer = b < se ? mention_at(c->ms, b) : -1;
    if (newer < 0 || c->ms->v[newer].tok_begin != b ||
        c->ms->v[newer].type != c->ms->v[older].type ||
        (c->ms->v[newer].type != EG_ORGANIZATION && c->ms->v[newer].type != EG_LOCATION)) {
        return;
    }
    pairs[*npairs][0] = (uint32_t)older;
    pairs[*npairs][1] = (uint32_t)newer;
    pairs[*npairs][2] = EG_STATED_CHANGE;
    (*npairs)++;
}

static eg_status find_renames(ctx *c, uint32_t (*pairs)[3], size_t *npairs, size_t max_pairs)
{
    const eg_doc *doc = c->doc;
    static const char *const verbs[] = {"change", "changed", "changes", "changing"};
    static const char *const rebrands[] = {"rebranded", "rebrands", "rebrand", "rebranding"};
    static const char *const renames[] = {"renamed", "renames", "rename", "renaming"};
    static const char *const relatives[] = {"which", "that", "who", "when"};
    for (uint32_t t = 1; t + 3 < doc->ntoks && *npairs + 3 <= max_pairs; t++) {
        /* v: the verb; n + 1: its "to", "from" or "as", the first name after it */
        uint32_t v = t, n = t;
        bool its = tok_is(doc, t, "its"); /* no person's name: "changed its name" */
        if (its) {
            v = t - 1;
            bool verb = tok_in(doc, v, verbs, EG_ARRAY_LEN(verbs));
            n = t + 1;
            if (tok_is(doc, n, "corporate") || tok_is(doc, n, "legal")) {
                n++;
            }
            if (!verb || !tok_is(doc, n, "name")) {
                continue;
            }
            n += when_words(doc, n + 1); /* "changed its name on Saturday from" */
            if (!(tok_is(doc, n + 1, "to") || tok_is(doc, n + 1, "from"))) {
                continue;
            }
        } else {
            /* "AirAsia Group Berhad has rebranded as Capital A", "... rebranded itself as";
             * most tokens are passed over at their first letter and length */
            size_t tl = doc->toks[t].end - doc->toks[t].start;
            int c0 = eg_to_lower((unsigned char)doc->text[doc->toks[t].start]);
            if (tl < 6 || tl > 10 || c0 != 'r') {
                continue;
            }
            bool verb = tok_in(doc, t, rebrands, EG_ARRAY_LEN(rebrands));
            n = tok_is(doc, t + 1, "itself") ? t + 1 : t;
            if (!verb && n > t && tok_in(doc, t, renames, EG_ARRAY_LEN(renames)) &&
                !tok_in(doc, t - 1, relatives, EG_ARRAY_LEN(relatives))) {
                /* "Acme Corp renamed itself Zenith Corp", "will rename itself SPC Group":
                 * the name after "itself" (or its "as"); not "which renamed itself", a cue */
                verb = true;
                n = tok_is(doc, t + 2, "as") ? t + 1 : t;
            }
            if (!verb || !(tok_is(doc, n + 1, "as") || tok_is(doc, n + 1, "itself"))) {
                continue;
            }
        }
        uint32_t s = sentence_of(doc, v);
        uint32_t se = doc->sents[s].tok_end;
        eg_status st = EG_OK;
        for (int k = 0; k < 2 && s > 0 && !capitalized_tok(doc, doc->sents[s].tok_begin); k++) {
            s--; /* a line broken in the sentence ("said it will\nchange its name") */
        }
        uint32_t sb = doc->sents[s].tok_begin;
        /* the subject: the sentence's first mention, the longest at its first word
         * ("American Can Co", not its "American"); or the old name the sentence gives its
         * subject, its last mention before the verb ("The company was known as UAL Inc until
         * February, when it changed its name to Allegis") */
        long subj = -1, last = -1;
        for (size_t i = 0; i < c->ms->n; i++) {
            const eg_mention *m = &c->ms->v[i];
            if (m->tok_begin < sb || m->tok_begin >= se) {
                continue;
            }
            if (subj < 0 || m->tok_begin < c->ms->v[subj].tok_begin ||
                (m->tok_begin == c->ms->v[subj].tok_begin && m->tok_end > c->ms->v[subj].tok_end)) {
                subj = (long)i;
            }
            if (m->tok_begin < v &&
                (last < 0 || m->tok_begin > c->ms->v[last].tok_begin ||
                 (m->tok_begin == c->ms->v[last].tok_begin &&
                  m->tok_end > c->ms->v[last].tok_end))) {
                last = (long)i;
            }
        }
        if (last >= 0 && c->ms->v[last].tok_begin >= sb + 2 &&
            tok_is(doc, c->ms->v[last].tok_begin - 1, "(") &&
            tok_is(doc, c->ms->v[last].tok_end, ")")) {
            long named = mention_at(c->ms, c->ms->v[last].tok_begin - 2);
            if (named >= 0 && c->ms->v[named].tok_end == c->ms->v[last].tok_begin - 1) {
                last = named; /* its acronym after it: "Siam Prosperity Corporation (SPC) will
                               * rename itself SPC Group" */
            }
        }
        if (subj < 0 || c->ms->v[subj].tok_begin > sb) {
            /* "Datsun changed its name to Nissan": the recognizer missed the subject that
             * opens the sentence, capitalized words right before the verb or "said" */
            long made = -1;
            st = unnamed_subject(c, sb, v, &made);
            if (st != EG_OK) {
                return st;
            }
            subj = made >= 0 ? made : subj;
        }
        bool from_first = tok_is(doc, n + 1, "from");
        if (subj < 0) {
            if (from_first) {
                from_to(c, n, se, pairs, npairs);
            }
            continue;
        }
        long apposed = apposed_subject(c, sb, v);
        if (apposed >= 0) {
            subj = last = apposed; /* "Midland Bank plc, the British lender bought by HSBC
                                    * Holdings plc in 1992, will change its name" */
        }
        bool known = false;
        if (last >= 0) {
            uint32_t b = c->ms->v[last].tok_begin;
            uint32_t kv = b >= 2 && tok_is(doc, b - 2, "known") && tok_is(doc, b - 1, "as") ? b - 2
                          : b >= 1 && tok_is(doc, b - 1, "called")                          ? b - 1
                                                                                              : 0;
            known = kv > 0 && (tok_is(doc, kv - 1, "was") || tok_is(doc, kv - 1, "been") ||
                               tok_is(doc, kv - 1, "then"));
        }
        if (known) {
            subj = last;
        } else if (last >= 0 && last != subj && c->ms->v[subj].type == EG_LOCATION &&
                   c->ms->v[last].tok_begin > 0 && tok_is(doc, c->ms->v[last].tok_begin - 1, "-")) {
            subj = last; /* after a dateline: "KUALA LUMPUR, Jan 28 - AirAsia Group Berhad has
                          * rebranded as Capital A" */
        }
        const eg_mention *sm = &c->ms->v[subj];
        eg_etype type = sm->type;
        bool opens = known || sm->tok_begin == sb || tok_is(doc, sm->tok_begin - 1, ",") ||
                     tok_is(doc, sm->tok_begin - 1, "-") || tok_is(doc, sm->tok_begin - 1, "<");
        if (sm->tok_end > v || type == EG_COUNTRY || !opens ||
            (apposed < 0 && !rename_gap_ok(doc, sm->tok_end, v, known)) ||
            (last >= 0 && c->ms->v[last].tok_begin >= sm->tok_end)) {
            /* no subject ("X said Y will"; "Burma's ruling junta changed its name from A to
             * B"): the two names alone */
            if (from_first) {
                from_to(c, n, se, pairs, npairs);
            }
            continue;
        }
        /* a subject named in part stands for the article's longer name ("Sheppard" for
         * "Sheppard Resources Inc" before it) */
        long said = subj; /* the subject as written */
        if (sm->tok_end - sm->tok_begin == 1) {
            const char *w = doc->text + doc->toks[sm->tok_begin].start;
            size_t wn = doc->toks[sm->tok_begin].end - doc->toks[sm->tok_begin].start;
            for (size_t i = 0; i < c->ms->n; i++) {
                const eg_mention *m = &c->ms->v[i];
                if (m->tok_begin < sm->tok_begin && m->tok_end - m->tok_begin > 1 &&
                    m->type == EG_ORGANIZATION &&
                    doc->toks[m->tok_begin].end - doc->toks[m->tok_begin].start == wn &&
                    memcmp(doc->text + doc->toks[m->tok_begin].start, w, wn) == 0) {
                    subj = (long)i;
                    type = EG_ORGANIZATION;
                    break;
                }
            }
        }
        /* what has a name to change is an organization, or a place ("Madras ... Chennai") */
        eg_etype made = type == EG_LOCATION ? EG_LOCATION : EG_ORGANIZATION;
        long first = renamed_name_at(c, n + 2, se, made, &st);
        if (st != EG_OK) {
            return st;
        }
        if (first < 0) {
            continue;
        }
        long second = -1;
        uint32_t after = c->ms->v[first].tok_end;
        if (after < se && tok_is(doc, after, ">")) {
            after++;
        }
        if (after < se && tok_is(doc, after, from_first ? "to" : "from")) {
            second = renamed_name_at(c, after + 1, se, made, &st);
            if (st != EG_OK) {
                return st;
            }
        }
        if (from_first && second < 0) {
            continue; /* "changed its name from A" without the new one */
        }
        long newer = from_first ? second : first, older = from_first ? first : second;
        /* one type for all: an organization when any is one (the recognizer took "Cyclops"
         * for a place, "Farah" for a person), else the places' own; never a country */
        const long sides[4] = {subj, newer, older, said != subj ? said : -1};
        bool org = false, country = false, same = true;
        for (int k = 0; k < 4; k++) {
            if (sides[k] >= 0) {
                eg_etype ty = c->ms->v[sides[k]].type;
                org = org || ty == EG_ORGANIZATION;
                country = country || ty == EG_COUNTRY;
                same = same && ty == type;
            }
        }
        if (its && same && type == EG_PERSON) {
            org = true; /* "Its unit, Goktas Otomotiv, changed its name to Goktas Mobilite",
                         * both taken for people: what changes "its" name is no person */
        }
        if (country || (!org && !same) || (!org && type != EG_LOCATION)) {
            continue;
        }
        for (int k = 0; k < 4 && org; k++) {
            if (sides[k] < 0) {
                continue;
            }
            eg_mention *m = &c->ms->v[sides[k]];
            bool person = its && m->type == EG_PERSON;
            for (size_t i = 0; person && i < c->ms->n; i++) {
                eg_mention *o = &c->ms->v[i]; /* and the article's other mentions of it */
                if (o->type == EG_PERSON && o->surface && m->surface &&
                    strcmp(o->surface, m->surface) == 0) {
                    o->type = EG_ORGANIZATION;
                }
            }
            m->type = EG_ORGANIZATION;
        }
        pairs[*npairs][0] = (uint32_t)subj;
        pairs[*npairs][1] = (uint32_t)newer;
        pairs[*npairs][2] = EG_STATED_CHANGE;
        (*npairs)++;
        for (int k = 2; k < 4; k++) {
            if (sides[k] >= 0) {
                pairs[*npairs][0] = (uint32_t)sides[k];
                pairs[*npairs][1] = (uint32_t)newer;
                pairs[*npairs][2] = EG_STATED_CHANGE;
                (*npairs)++;
            }
        }
    }
    return EG_OK;
}

static int cmp_mention_pos(const void *a, const void *b)
{
    const eg_mention *x = a, *y = b;
    if (x->tok_begin != y->tok_begin) {
        return x->tok_begin < y->tok_begin ? -1 : 1;
    }
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Every surface written in capitals ("CNSP"): an acronym, never a surname. */
static bool all_caps_entity(const eg_local_entity *e)
{
    for (size_t i = 0; i < e->nsurf; i++) {
        const char *t = e->surf[i].text;
        bool lower = false;
        for (; *t; t++) {
            lower = lower || eg_is_lower((unsigned char)*t);
        }
        if (lower) {
            return false;
        }
    }
    return e->nsurf > 0;
}

static void choose_label(eg_local_entity *e)
{
    if (e->label_fixed && e->label) {
        return;
    }
    const eg_surface *best = NULL;
    size_t best_words = 0;
    bool best_initial = false;
    for (size_t i = 0; i < e->nsurf; i++) {
        const eg_surface *s = &e->surf[i];
        /* a lone surface is the label whatever its words: none counted */
        size_t w = e->nsurf == 1                ? 0
                   : e->type == EG_ORGANIZATION ? eg_org_key_words(s->text)
                   : e->type == EG_PERSON       ? eg_word_count(s->text, true)
                                                : alias_count_words(s->text);
        /* "Gavin Henson" names him better than "G Henson" */
        bool initial = e->type == EG_PERSON && eg_alias_after_initial(s->text) != NULL;
        if (!best || w > best_words ||
            (w == best_words &&
             (best_initial > initial ||
              (best_initial == initial &&
               (s->count > best->count ||
                (s->count == best->count && strcmp(s->text, best->text) < 0)))))) {
            best = s;
            best_words = w;
            best_initial = initial;
        }
    }
    if (best) {
        free(e->label);
        e->label = eg_strdup(best->text);
    }
}

/* A person's surname with its particles, "van driel", "bin laden", "von der leyen", "de la
 * madrid": a partial name like a one-word surname. */
static bool particle_surname(const eg_local_entity *e)
{
    const char *sp = strchr(e->key, ' ');
    return e->type == EG_PERSON && sp && eg_gaz_name_particle(e->key, (size_t)(sp - e->key));
}

/* "jan van driel" ends with the words "van driel". */
static bool ends_with_words(const char *full, const char *tail)
{
    size_t fl = strlen(full), tl = strlen(tail);
    return fl > tl + 1 && full[fl - tl - 1] == ' ' && strcmp(full + fl - tl, tail) == 0;
}

/* Does person `tail`, the last words of person `full`'s name, open with the second half of a
 * given name that `full` writes hyphened ("Dieter Voss" of "Klaus-Dieter Voss", "Erik Holm"
 * of "Karl-Erik Holm", "Pierre Dupont" of "Jean-Pierre Dupont")? Such a name is never cut:
 * the tail is another person's, a relative's often. */
static bool tail_cuts_hyphen(const eg_local_entity *full, const eg_local_entity *tail)
{
    const char *t = tail->label ? tail->label : tail->nsurf > 0 ? tail->surf[0].text : NULL;
    if (!t) {
        return false;
    }
    size_t n = strcspn(t, " ");
    for (size_t s = 0; n > 1 && t[n] == ' ' && s < full->nsurf; s++) {
        for (const char *h = strchr(full->surf[s].text, '-'); h; h = strchr(h + 1, '-')) {
            if (h > full->surf[s].text && eg_is_alpha((unsigned char)h[-1]) &&
                strncmp(h + 1, t, n) == 0 && h[1 + n] == ' ') {
                return true;
            }
        }
    }
    return false;
}

/* "Lopez Obrador", "Sheikh Mohamud": a two-word person name that does not open with a given
 * name may be the surname of a longer name. */
static bool two_word_surname(const eg_local_entity *e)
{
    const char *sp = strchr(e->key, ' ');
    return e->type == EG_PERSON && alias_count_words(e->key) == 2 && sp &&
           !(eg_gaz_word_flags(eg_gazetteer_default(), e->key, (size_t)(sp - e->key)) &
             EG_GAZ_FIRSTNAME);
}

/* Is person e of two words the last two of one, and only one, person's name of three words
 * or more in the article ("Dan Baba" of "General Moussa Dan Baba", "Christian Andersen" of
 * "Hans Christian Andersen", though "Dan" and "Christian" are given names too)? */
static bool surname_of_longer(const eg_doc_entities *de, size_t e)
{
    const eg_local_entity *pe = &de->ents[e];
    if (pe->type != EG_PERSON || alias_count_words(pe->key) != 2) {
        return false;
    }
    size_t hits = 0;
    for (size_t f = 0; f < de->n; f++) {
        const eg_local_entity *fe = &de->ents[f];
        hits += f != e && fe->merged_into == NONE && fe->type == EG_PERSON &&
                alias_count_words(fe->key) >= 3 && ends_with_words(fe->key, pe->key) &&
                !tail_cuts_hyphen(fe, pe);
    }
    return hits == 1;
}

/* Is mention mi introduced as someone's relative: "whose father Pierre Trudeau", "his wife,
 * Sophie Trudeau"? (a kinship word within three words before it) */
static bool introduced_as_relative(const ctx *c, size_t mi)
{
    static const char *const kin[] = {
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
        "widower", "uncle", "aunt", "cousin", "nephew", "niece", "grandfather", "grandmother",
        "grandson", "granddaughter", "stepfather", "stepmother", "parents", "sons",
        "daughters", "brothers", "sisters", "twin", "spouse", "father-in-law", "mother-in-law"};
    if (mi == SIZE_MAX || mi >= c->ms->n) {
        return false;
    }
    uint32_t b = c->ms->v[mi].tok_begin;
    for (uint32_t k = 1; k <= 3 && k <= b; k++) {
        for (size_t w = 0; w < EG_ARRAY_LEN(kin); w++) {
            if (tok_is(c->doc, b - k, kin[w])) {
                return true;
            }
        }
    }
    return false;
}

/* Is a mention of entity e told apart from a relative as "the elder" or "the younger" ("The
 * elder Chandrasekhar, 71, did not attend")? */
static bool elder_or_younger(const ctx *c, size_t e)
{
    for (size_t i = 0; i < c->ms->n; i++) {
        uint32_t b = c->ms->v[i].tok_begin;
        if (c->de->of_mention[i] == e && b > 0 &&
            (tok_is(c->doc, b - 1, "elder") || tok_is(c->doc, b - 1, "younger"))) {
            return true;
        }
    }
    return false;
}

/* Abbreviations of business and economics that the tagger takes for organizations, and bond
 * markets by their plural ("GNP rose 12.5 pct", "Shr 55 cts vs NA", "Treasuries fell"): no
 * entity. Keys (lower case). */
static bool term_word(const char *k)
{
    static const char *const w[] = {"gnp", "gdp", "cpi", "ppi", "psbr", "vat", "ipo", "ceo",
                                    "cfo", "coo", "eps", "nav", "na", "ytd", "gmt", "ebitda",
                                    "treasuries", "bunds", "gilts"};
    for (size_t i = 0; i < EG_ARRAY_LEN(w); i++) {
        if (strcmp(w[i], k) == 0) {
            return true;
        }
    }
    return false;
}

/* Whether the article writes key[0..kn) in lower case: a token that starts with a lower-case
 * letter and is key byte for byte ("agreement" for the key of "Agreement"). */
static bool written_lower(const eg_doc *doc, const char *key, size_t kn)
{
    for (uint32_t t = 0; t < doc->ntoks; t++) {
        const char *w = doc->text + doc->toks[t].start;
        if (doc->toks[t].end - doc->toks[t].start == kn && eg_is_lower((unsigned char)w[0]) &&
            memcmp(w, key, kn) == 0) {
            return true;
        }
    }
    return false;
}

/* Generic one-word names: "the Commission", "the Bank", "the Cabinet" (words of organization
 * names) and capitalized common words the article also writes in lower case ("Agreement",
 * "UP" in a headline) name nothing on their own. Such a word left unresolved joins the one
 * organization of the article whose name contains it ("European Commission"); without one,
 * its mentions are removed and it is no node. Listed names, acronyms written only in
 * capitals ("EC") and a firm's word the article names alone and with its legal form ("Charter
 * Co", "Charter said", though "against charter and its subsidiaries") are kept. */
static eg_status generic_words(ctx *c)
{
    eg_doc_entities *de = c->de;
    eg_mentions *ms = c->ms;
    const eg_gazetteer *g = eg_gazetteer_default();
    bool any = false;
    /* linear in entities, mentions and tokens: roots that absorbed another entity, words of
     * the multi-word organizations (-> the one holding it, or AMBIG), lower-case words */
    const uint32_t AMBIG = NONE - 1;
    bool *absorbed = calloc(de->n ? de->n : 1, sizeof *absorbed);
    uint32_t *joined = malloc((de->n ? de->n : 1) * sizeof *joined);
    uint8_t *det = calloc(de->n ? de->n : 1, sizeof *det);
    eg_strmap words = {0}, lower = {0};
    bool ok = absorbed && joined && det, lower_built = false;
    size_t lower_asked = 0;
    for (size_t mi = 0; ok && mi < ms->n; mi++) {
        /* "an Oscar", "the Bill" (1) against "Mr Howard", "Prince Harry" (2): one-word people */
        uint32_t t = ms->v[mi].tok_begin;
        if (ms->v[mi].type != EG_PERSON || ms->v[mi].tok_end != t + 1) {
            continue;
        }
        const eg_token *pt = t > 0 ? &c->doc->toks[t - 1] : NULL;
        const char *pw = pt ? c->doc->text + pt->start : NULL;
        size_t pn = pt ? pt->end - pt->start : 0;
        uint32_t e = find(de, de->of_mention[mi]);
        if (pt && (eg_gaz_word_flags(g, pw, pn) & EG_GAZ_TITLE)) {
            det[e] |= 2;
        } else if (pt && (eg_word_eq("a", pw, pn) || eg_word_eq("an", pw, pn) ||
                          eg_word_eq("the", pw, pn))) {
            det[e] |= 1;
        }
    }
    for (size_t f = 0; ok && f < de->n; f++) {
        const eg_local_entity *fe = &de->ents[f];
        joined[f] = NONE;
        if (fe->merged_into != NONE) {
            absorbed[find(de, (uint32_t)f)] = true;
            continue;
        }
        if (fe->type != EG_ORGANIZATION || alias_count_words(fe->key) < 2) {
            continue;
        }
        for (const char *p = fe->key; ok && *p;) {
            const char *q = strchr(p, ' ');
            size_t wn = q ? (size_t)(q - p) : strlen(p);
            uint32_t was = eg_strmap_get(&words, p, wn, NONE);
            ok = was == (uint32_t)f ||
                 eg_strmap_put(&words, p, wn, was == NONE ? (uint32_t)f : AMBIG);
            p = q ? q + 1 : p + wn;
        }
    }
    for (size_t e = 0; ok && e < de->n; e++) {
        eg_local_entity *pe = &de->ents[e];
        if (pe->merged_into != NONE || pe->label_fixed || absorbed[e] ||
            alias_count_words(pe->key) != 1 ||
            (pe->type != EG_ORGANIZATION && pe->type != EG_PERSON)) {
            continue; /* absorbed: another entity was resolved to this one, it is a name */
        }
        size_t kn = strlen(pe->key);
        uint32_t fl = eg_gaz_word_flags(g, pe->key, kn);
        bool term = pe->type == EG_ORGANIZATION && term_word(pe->key);
        for (size_t q = 0; term && q < pe->nsurf; q++) {
            term = !strchr(pe->surf[q].text, ' '); /* "CPI Corp" is a company, "CPI" an index */
        }
        if (term) {
            pe->dropped = true;
            any = true;
            continue;
        }
        if (pe->type == EG_PERSON && det[e] == 1 && (fl & EG_GAZ_FIRSTNAME)) {
            /* a given name alone, no one's in the article, after an article and never after a
             * title is a thing: an award, a film, a bill ("an Oscar", "the Bill") */
            pe->dropped = true;
            any = true;
            continue;
        }
        bool full = false, alone = false; /* "Charter Co", and "Charter said" */
        for (size_t q = 0; q < pe->nsurf; q++) {
            full |= strchr(pe->surf[q].text, ' ') != NULL;
            alone |= !strchr(pe->surf[q].text, ' ') &&
                     eg_is_upper((unsigned char)pe->surf[q].text[0]);
        }
        if (full && alone && pe->type == EG_ORGANIZATION && !(fl & EG_GAZ_ORG_WORD) &&
            !eg_gaz_legal_form(pe->key, kn)) {
            continue; /* the firm's word, which its name with a legal form shows is a name */
        }
        bool generic = pe->type == EG_ORGANIZATION && (fl & EG_GAZ_ORG_WORD) &&
                       !all_caps_entity(pe);
        if (!generic && !(fl & (EG_GAZ_FIRSTNAME | EG_GAZ_COUNTRY | EG_GAZ_DEMONYM |
                                EG_GAZ_LOCATION | EG_GAZ_ORG))) {
            /* the first few words are looked for in the tokens; more ("Agreement", "Bank",
             * ... in a long list) in a table of the lower-case words, built once */
            if (lower_asked < 16) {
                lower_asked++;
                generic = written_lower(c->doc, pe->key, kn);
            } else {
                for (uint32_t t = 0; !lower_built && ok && t < c->doc->ntoks; t++) {
                    const char *w = c->doc->text + c->doc->toks[t].start;
                    if (eg_is_lower((unsigned char)w[0])) {
                        ok = eg_strmap_put(&lower, w,
                                           c->doc->toks[t].end - c->doc->toks[t].start, 1);
                    }
                }
                lower_built = true;
                generic = eg_strmap_has(&lower, pe->key, kn);
            }
        }
        if (!generic) {
            continue;
        }
        uint32_t hit = eg_strmap_get(&words, pe->key, kn, NONE);
        if (hit != NONE && hit != AMBIG && hit != (uint32_t)e) {
            pe->type = EG_ORGANIZATION;
            merge(de, (uint32_t)e, hit);
            joined[e] = hit;
        } else {
            pe->dropped = true;
            any = true;
        }
    }
    for (size_t mi = 0; ok && mi < ms->n; mi++) {
        uint32_t e = de->of_mention[mi];
        if (joined[e] != NONE) {
            set_why(c, mi, EG_RULE_GENERIC_WORD, ms->v[mi].surface, de->ents[joined[e]].key);
        }
    }
    free(absorbed);
    free(joined);
    free(det);
    eg_strmap_fini(&words);
    eg_strmap_fini(&lower);
    if (!ok) {
        return EG_ERR_NOMEM;
    }
    if (!any && !c->dropped) {
        return EG_OK;
    }
    /* remove the dropped entities' mentions, keeping the per-mention arrays aligned */
    size_t kept = 0;
    for (size_t i = 0; i < ms->n; i++) {
        if (de->ents[de->of_mention[i]].dropped) {
            free(ms->v[i].surface);
            free(de->why[i]);
            continue;
        }
        ms->v[kept] = ms->v[i];
        de->of_mention[kept] = de->of_mention[i];
        de->rule[kept] = de->rule[i];
        de->why[kept] = de->why[i];
        kept++;
    }
    ms->n = kept;
    de->nmentions = kept;
    return EG_OK;
}

/* Stated aliases come first because they may add mentions; `ms` is sorted again and the
 * pairs' mention indices follow their mentions. */
static eg_status stated_first(ctx *c, uint32_t (*stated)[3], size_t *nstated, size_t max)
{
    eg_mentions *ms = c->ms;
    eg_status st = find_stated(c, stated, nstated, max);
    if (st != EG_OK || !*nstated) {
        return st;
    }
    /* sorting would move the indices: remember mentions by position */
    uint32_t pos[64][2][2]; /* start and end: "American Can Co" and its "American" */
    for (size_t i = 0; i < *nstated; i++) {
        for (int k = 0; k < 2; k++) {
            pos[i][k][0] = ms->v[stated[i][k]].start;
            pos[i][k][1] = ms->v[stated[i][k]].end;
        }
    }
    eg_sort(ms->v, ms->n, sizeof *ms->v, cmp_mention_pos);
    for (size_t i = 0; i < *nstated; i++) {
        for (size_t m = 0; m < ms->n; m++) {
            for (int k = 0; k < 2; k++) {
                if (ms->v[m].start == pos[i][k][0] && ms->v[m].end == pos[i][k][1]) {
                    stated[i][k] = (uint32_t)m;
                }
            }
        }
    }
    return EG_OK;
}

/* A name typed two ways in one article takes its majority type (votes counted per surface
 * through a hash map: linear in the mentions); placed[i]: mention i's surface was typed a
 * place after a place's preposition at least once ("in Venlo"). */
static eg_status vote_types(const eg_doc *doc, eg_mentions *ms, bool *placed)
{
    static const char *const preps[] = {"in", "at", "near"};
    eg_strmap surf = {0};
    unsigned (*votes)[EG_NTYPES] = calloc(ms->n ? ms->n : 1, sizeof *votes);
    uint32_t *slot = calloc(ms->n ? ms->n : 1, sizeof *slot);
    uint32_t nslots = 0;
    bool vok = votes && slot;
    for (size_t i = 0; vok && i < ms->n; i++) {
        const char *sf = ms->v[i].surface;
        uint32_t k = eg_strmap_get(&surf, sf, strlen(sf), NONE);
        if (k == NONE) {
            k = nslots++;
            vok = eg_strmap_put(&surf, sf, strlen(sf), k);
        }
        slot[i] = k;
        if (ms->v[i].type != EG_COUNTRY) {
            votes[k][ms->v[i].type]++;
        }
        uint32_t b = ms->v[i].tok_begin;
        if (ms->v[i].type == EG_LOCATION && b > 0 &&
            tok_in(doc, b - 1, preps, EG_ARRAY_LEN(preps))) {
            placed[k] = true; /* by surface slot here, by mention below */
        }
    }
    for (size_t i = 0; vok && i < ms->n; i++) {
        eg_mention *m = &ms->v[i];
        if (m->type == EG_COUNTRY) {
            continue;
        }
        eg_etype best = m->type;
        for (int t = 0; t < EG_NTYPES; t++) {
            if (votes[slot[i]][t] > votes[slot[i]][best]) {
                best = (eg_etype)t;
            }
        }
        m->type = best;
    }
    for (size_t i = ms->n; vok && i-- > 0;) {
        placed[i] = placed[slot[i]]; /* slot[i] <= i: the slots fill in mention order */
    }
    free(votes);
    free(slot);
    eg_strmap_fini(&surf);
    return vok ? EG_OK : EG_ERR_NOMEM;
}

/* The legal form that ends firm name s, folded to its class ("Ltd", "Limited" -> "ltd";
 * "Inc." -> "inc"; "Co", "Corp", "Company", "Corporation" -> "co"; "Berhad" -> "bhd"; "S.A."
 * -> "sa") into out[0..cap), or false when its last word is none. */
static bool form_class(const char *s, char *out, size_t cap)
{
    static const char *const folds[][2] = {
        {"limited", "ltd"},   {"incorporated", "inc"}, {"corp", "co"},     {"company", "co"},
        {"corporation", "co"}, {"berhad", "bhd"},      {"limitada", "ltda"}, {"cos", "co"},
        {"aktiengesellschaft", "ag"}};
    const char *w = strrchr(s, ' ');
    if (!w || !eg_gaz_legal_form(w + 1, strlen(w + 1))) {
        return false;
    }
    size_t n = 0;
    for (const char *p = w + 1; *p && n + 1 < cap; p++) {
        if (*p != '.') {
            out[n++] = (char)eg_to_lower((unsigned char)*p);
        }
    }
    out[n] = '\0';
    for (size_t k = 0; k < EG_ARRAY_LEN(folds); k++) {
        if (strcmp(out, folds[k][0]) == 0) {
            snprintf(out, cap, "%s", folds[k][1]);
        }
    }
    return n > 0;
}

/* Is organization mention m written with a legal form other than the one entity e's names
 * were written with, after the same words ("Vyoma Technologies Inc", the U.S. arm, beside
 * Vyoma Technologies Ltd; "Unilever NV" beside Unilever Plc): another firm of the article,
 * not the same one? Not a form after another ("News Corp Ltd" beside News Corp, "J.P. Morgan
 * and Co Inc" beside J.P. Morgan and Co). */
static bool other_form(const eg_local_entity *e, const eg_mention *m)
{
    char mf[16], ef[16];
    if (m->type != EG_ORGANIZATION || m->gaz >= 0 || m->canon ||
        !form_class(m->surface, mf, sizeof mf)) {
        return false;
    }
    size_t mb = (size_t)(strrchr(m->surface, ' ') - m->surface); /* the words before the form */
    for (size_t k = 0; k < e->nsurf; k++) {
        const char *t = e->surf[k].text;
        if (form_class(t, ef, sizeof ef) && strcmp(ef, mf) != 0 &&
            (size_t)(strrchr(t, ' ') - t) == mb && strncasecmp(t, m->surface, mb) == 0) {
            return true;
        }
    }
    return false;
}

/* Mention i's entity by its exact key (a listed name takes the list's label), with the rule
 * that says so. */
static eg_status exact_key(ctx *c, size_t i)
{
    const eg_gazetteer *gaz = eg_gazetteer_default();
    eg_doc_entities *out = c->de;
    eg_mention *m = &c->ms->v[i];
    char *key = mention_key(c, m);
    if (!key) {
        return EG_ERR_NOMEM;
    }
    uint32_t e = find_entity(out, m->type, key);
    if (e != NONE && other_form(&out->ents[e], m)) {
        /* the firm of the other form, under its own key: "vyoma technologies inc" */
        char form[16];
        form_class(m->surface, form, sizeof form);
        char *own = malloc(strlen(key) + strlen(form) + 2);
        if (!own) {
            free(key);
            return EG_ERR_NOMEM;
        }
        sprintf(own, "%s %s", key, form);
        free(key);
        key = own;
        e = find_entity(out, m->type, key);
    }
    if (e == NONE) {
        e = new_entity(out, m->type, key);
        if (e == NONE) {
            free(key);
            return EG_ERR_NOMEM;
        }
        if (m->gaz >= 0 || m->canon) {
            /* a list's name labels it: the gazetteer's, or a club's ("Tottenham Hotspur" for
             * "Spurs", which stays an alias) */
            out->ents[e].label = m->canon ? eg_strndup(m->canon, m->canon_len)
                                          : eg_strdup(eg_gaz_entry_at(gaz, m->gaz)->canonical);
            out->ents[e].label_fixed = true;
            if (!out->ents[e].label) {
                return EG_ERR_NOMEM;
            }
        }
    } else {
        free(key);
    }
    out->of_mention[i] = e;
    out->ents[e].mentions++;
    if (add_surface(&out->ents[e], m->surface) != EG_OK) {
        return EG_ERR_NOMEM;
    }
    if (m->type == EG_COUNTRY && m->gaz >= 0) {
        const char *canon = eg_gaz_entry_at(gaz, m->gaz)->canonical;
        set_why(c, i, m->demonym ? EG_RULE_DEMONYM : EG_RULE_COUNTRY_LIST, m->surface, canon);
    } else if (m->gaz >= 0) {
        set_why(c, i, EG_RULE_LIST, m->surface, eg_gaz_entry_at(gaz, m->gaz)->canonical);
    } else if (m->state) {
        set_why(c, i, EG_RULE_US_STATE, longf_copy(c->doc->text + m->start, m->end - m->start),
                m->surface);
    } else if (m->team) {
        set_why(c, i, EG_RULE_SPORTS_TEAM, longf_copy(c->doc->text + m->start, m->end - m->start),
                m->surface);
    } else if (m->canon) {
        set_why(c, i, EG_RULE_LIST, m->surface, longf_copy(m->canon, m->canon_len));
    } else {
        set_why(c, i, EG_RULE_EXACT, NULL, NULL);
    }
    return EG_OK;
}

/* Is mention m, of entity e, an acronym that the article already gives to a body named in
 * full other than `other`, and that spells the name of other's mention om too ("KEC" of
 * Kyungnam Electronics Corporation, said to be the Korea Esports Council's: one acronym, two
 * bodies; not "PZR" of Pomorskie Zaklady Rafineryjne, "known in English as Pomeranian Refining
 * Works")? */
static bool acronym_elsewhere(const ctx *c, uint32_t e, uint32_t m, uint32_t other,
                              uint32_t om)
{
    const char *sf = c->ms->v[m].surface, *of = c->ms->v[om].surface;
    const eg_local_entity *pe = &c->de->ents[e];
    if (e == other || pe->type != EG_ORGANIZATION ||
        c->de->ents[other].type != EG_ORGANIZATION || !alias_is_acronym_word(sf, strlen(sf)) ||
        !strchr(of, ' ') || !eg_alias_acronym_matches(sf, strlen(sf), of, strlen(of))) {
        return false;
    }
    for (size_t i = 0; i < pe->nsurf; i++) {
        if (strchr(pe->surf[i].text, ' ')) {
            return true; /* named in full in the article (a listed acronym's key is not) */
        }
    }
    return false;
}

/* Join the two sides of each stated alias; the newer name labels the entity. */
static eg_status apply_stated(ctx *c, const uint32_t (*stated)[3], size_t nstated)
{
    eg_doc_entities *out = c->de;
    eg_mentions *ms = c->ms;
    for (size_t i = 0; i < nstated; i++) {
        uint32_t ma = stated[i][0], mb = stated[i][1];
        bool new_first = (stated[i][2] & EG_STATED_NEW_FIRST) != 0;
        uint32_t cur = new_first ? ma : mb, old = new_first ? mb : ma;
        uint32_t ec = find(out, out->of_mention[cur]);
        uint32_t eo = find(out, out->of_mention[old]);
        if ((stated[i][2] & EG_STATED_NICKNAME) && ec != eo &&
            (acronym_elsewhere(c, ec, cur, eo, old) || acronym_elsewhere(c, eo, old, ec, cur))) {
            continue; /* "the Korea Esports Council, also known as KEC" beside "Kyungnam
                       * Electronics Corporation (KEC)": one acronym, two bodies */
        }
        if (out->ents[ec].type != out->ents[eo].type) {
            /* one side typed a place by the tagger, the other an organization: companies are
             * what gets renamed ("Mondelez, once known as Kraft Foods Inc") */
            eg_etype t = out->ents[ec].type;
            if (out->ents[eo].type == EG_ORGANIZATION && t == EG_LOCATION) {
                t = EG_ORGANIZATION;
            }
            out->ents[eo].type = t;
            out->ents[ec].type = t;
        }
        /* other articles follow the rename by the old name's key, unless that key is one
         * word that is no acronym: "Federal Co" renamed is not every "Federal" */
        const char *os = ms->v[old].surface;
        bool global = !(stated[i][2] & EG_STATED_LOCAL) &&
                      (!(stated[i][2] & EG_STATED_CHANGE) || strchr(out->ents[eo].key, ' ') ||
                       alias_is_acronym_word(os, strcspn(os, " ")));
        eg_status st = global ? add_link(out, EG_LINK_ALIAS, out->ents[ec].type,
                                         out->ents[ec].key, out->ents[eo].key, ms->v[cur].surface)
                              : EG_OK;
        if (st != EG_OK) {
            return st;
        }
        bool listed = (out->ents[ec].label_fixed && !out->ents[ec].stated) ||
                      (out->ents[eo].label_fixed && !out->ents[eo].stated);
        merge(out, eo, ec);
        out->ents[eo].other_name = eo != ec;
        set_why(c, old, EG_RULE_STATED_ALIAS, ms->v[old].surface, ms->v[cur].surface);
        set_why(c, cur, EG_RULE_STATED_ALIAS, ms->v[cur].surface, ms->v[cur].surface);
        if (stated[i][2] & EG_STATED_NICKNAME) {
            continue; /* "Moya, nicknamed Charly": the name, not "Moya", labels him */
        }
        free(out->ents[ec].label);
        out->ents[ec].label = eg_strdup(ms->v[cur].surface);
        out->ents[ec].label_fixed = true;
        out->ents[ec].stated = !listed; /* a list's name stays its own ("Shell") */
        if (!out->ents[ec].label) {
            return EG_ERR_NOMEM;
        }
    }
    return EG_OK;
}

/* What a partial name (a one-word name, a particle or two-word surname) matches among the
 * article's longer names. */
typedef struct partial_scan {
    uint32_t hit, fuzzy;       /* a name it is a word of; a name it misspells */
    bool ambiguous, fuzzy_amb; /* more than one of either */
    uint32_t firm;             /* a firm named with its legal form that opens with it */
    bool firm_amb;
    uint32_t tail;             /* an organization whose name ends with it ("Bundesbank") */
    bool tail_amb;
    bool tail_adjective;       /* after one adjective alone ("Royal" Meerburg) */
    bool unit;                 /* it opens the name of a regional unit ("Uralgaz Europe NV") */
    bool hit_se;               /* the hit is the name with "SE" alone ("Valkraft SE") */
    uint32_t placed;           /* a firm whose name it is after a place's ("Zhejiang Hengfeng
                                * Nickel") */
    bool placed_amb;
    uint32_t fund;             /* an investment manager's or a club's name that opens
                                * with it ("Halcyon Bridge" of "Halcyon Bridge Capital
                                * Partners", "Surabaya Jaya" of "Surabaya Jaya FC") */
    bool fund_amb;
    uint32_t hits[8];          /* the names it is a word of, when few */
    size_t nhits;
} partial_scan;

/* Is the word w[0..n) of a key one for what a body is in another language ("grupo
 * desportivo" Alvorada, "banco" Itau, "compagnie" Lyonnaise)? */
static bool body_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "desportivo", "deportivo", "esportivo", "sportivo", "atletico", "sporting", "clube",
        "grupo",      "gruppo",    "groupe",    "banco",    "banque",   "banca",    "companhia",
        "compagnie",  "compania",  "empresa",   "sociedad", "societe",
        /* a miner's, an oil firm's, a shipper's: "Minera" Escondida, "Naviera" Ultranav */
        "minera",     "mineracao", "mineradora", "petrolera", "naviera"};
    for (size_t i = 0; i < EG_ARRAY_LEN(words); i++) {
        if (eg_word_eq(words[i], w, n)) {
            return true;
        }
    }
    return false;
}

/* The adjectives that open firms' names: the country's in its own language and the like. */
static const char *const firm_adjectives[] = {
    "deutsche", "deutscher", "nationale", "nacional", "nazionale", "generale", "general",
    "royal",
    /* a country's adjective in its own language, as "deutsche": "Oesterreichische"
     * Alpenbank, "Svenska" Handelsbanken, "Norske" Skog */
    "osterreichische", "oesterreichische", "schweizerische", "svenska", "norske", "danske",
    "suomen", "polska", "polski", "magyar", "ceska", "slovenska", "hrvatska", "hellenic",
    "francaise", "espanola", "italiana", "nederlandse"};

/* Is key[0..n) (and a space) one of firm_adjectives alone ("royal " of "royal meerburg")? */
static bool adjective_alone(const char *key, size_t n)
{
    if (n < 2 || key[n - 1] != ' ' || memchr(key, ' ', n - 1)) {
        return false;
    }
    for (size_t i = 0; i < EG_ARRAY_LEN(firm_adjectives); i++) {
        if (eg_word_eq(firm_adjectives[i], key, n - 1)) {
            return true;
        }
    }
    return false;
}

/* Is the organization's name key[0..n) before its last word a person's given name or
 * initials ("john" Labatt, "j.p." Morgan, "j.c." Penney), a country's adjective in its own
 * language ("deutsche" Bundesbank), a word for the body in another language ("grupo
 * desportivo" Alvorada, "banco" Itau), a legal form ("nv" Philips), or the opening of a long
 * formal name (four words or more: "regie nationale des usines" Renault)? Then its last word
 * alone names it too; not "white" House, "new york" Plaza, "saudi" LPG. */
static bool place_named(const char *key, size_t n);

static bool named_for(const char *key, size_t n)
{
    const char *ws[8];
    size_t wl[8];
    size_t nw = eg_name_words(key, n, ws, wl, 8);
    if (nw == 0 || nw > 8) {
        return nw > 8;
    }
    if (nw >= 3) {
        /* with the last word, four or more; not a place after "de" or "of", which names the
         * place: "Tarragona" of "Racing Club de Tarragona" */
        const eg_gazetteer *g = eg_gazetteer_default();
        const char *last = key + n; /* the last word, after key[0..n) */
        size_t ll = strlen(last);
        static const char *const of[] = {"of", "de", "du", "des", "del", "della", "di",
                                         "da", "do", "dos", "das"};
        bool after_of = false;
        for (size_t i = 0; i < EG_ARRAY_LEN(of) && !after_of; i++) {
            after_of = eg_word_eq(of[i], ws[nw - 1], wl[nw - 1]);
        }
        return !(after_of &&
                 ((eg_gaz_word_flags(g, last, ll) & (EG_GAZ_LOCATION | EG_GAZ_COUNTRY)) ||
                  (eg_gaz_phrase_lists_text(last, ll) & (EG_PL_CITY | EG_PL_COUNTRY))));
    }
    const char *w = ws[nw - 1];
    size_t k = wl[nw - 1];
    bool initials = (k >= 2 && w[k - 1] == '.') ||
                    (k == 1 && eg_is_alpha((unsigned char)w[0])); /* "w" Berisford plc */
    for (size_t i = 0; i < EG_ARRAY_LEN(firm_adjectives); i++) {
        initials |= eg_word_eq(firm_adjectives[i], w, k);
    }
    return initials || eg_gaz_legal_form(w, k) || body_word(w, k) ||
           (eg_gaz_word_flags(eg_gazetteer_default(), w, k) & EG_GAZ_FIRSTNAME) ||
           alias_formal_given(w, k) != NULL || /* "walt" Disney Company */
           place_named(key, n);
}

/* Is the organization's name key[0..n) before its last words a listed place's, a city's or a
 * country's of one or two words ("lagos" Mariners, "kansas city" Chiefs, "tema" Harbour
 * Stars), the rest a club's or a firm's own name? */
static bool place_named(const char *key, size_t n)
{
    const char *ws[3];
    size_t wl[3];
    size_t nw = eg_name_words(key, n, ws, wl, 3);
    if (nw == 0 || nw > 2) {
        return false;
    }
    while (n > 0 && key[n - 1] == ' ') {
        n--;
    }
    if (eg_gaz_phrase_lists_text(key, n) & (EG_PL_CITY | EG_PL_COUNTRY)) {
        return true; /* GeoNames' "Mombasa" */
    }
    for (size_t i = 0; i < nw; i++) {
        if (!(eg_gaz_word_flags(eg_gazetteer_default(), ws[i], wl[i]) &
              (EG_GAZ_LOCATION | EG_GAZ_COUNTRY))) {
            return false;
        }
    }
    return true;
}

/* Does the organization's name key[0..n) before its last words end with a word for the body
 * in another language (body_word: "grupo desportivo" Alvorada), or, when `all`, are all its
 * words such ("compania minera" Cobre Andino, "minera" Cordillera Austral)? */
static bool body_named_for(const char *key, size_t n, bool all)
{
    const char *ws[8];
    size_t wl[8];
    size_t nw = eg_name_words(key, n, ws, wl, 8);
    if (nw == 0 || nw > 8) {
        return false;
    }
    for (size_t i = all ? 0 : nw - 1; i < nw; i++) {
        if (!body_word(ws[i], wl[i])) {
            return false;
        }
    }
    return true;
}

/* Are the words of key rest (after a space) all a country's or a continent's ("uralgaz
 * europe", "texaco canada", "aol uk", "caltex asia"; not a city's: "ajax amsterdam", "real
 * madrid" are the clubs; nor "pacific": "cathay pacific", "security pacific")? Such a name
 * is the unit of the firm its first words name, not the firm itself. */
static bool regional_unit(const char *rest)
{
    static const char *const regions[] = {
        "europe", "asia", "africa", "america", "americas", "latin", "north", "south", "east",
        "west", "middle", "nordic",
        /* countries in their own language or a colonial one, as units take them ("Sevalco
         * Guinee", "Nestle Deutschland"); the English names are the gazetteer's */
        "guinee", "deutschland", "osterreich", "schweiz", "svizzera", "espana",
        "italia", "brasil", "maroc", "algerie", "tunisie", "cameroun", "tchad", "mauritanie",
        "egypte", "belgique", "nederland", "polska", "sverige", "norge", "danmark", "suomi",
        "turkiye", "hellas", "mocambique", "iberica", "nippon", "hrvatska", "srbija", "ceska",
        "slovensko", "magyarorszag", "ukraina", "rossiya"};
    if (*rest != ' ') {
        return false;
    }
    for (const char *w = rest + 1; *w;) {
        size_t n = strcspn(w, " ");
        bool region = false;
        for (size_t i = 0; i < EG_ARRAY_LEN(regions) && !region; i++) {
            region = strlen(regions[i]) == n && memcmp(regions[i], w, n) == 0;
        }
        if (!region && !(eg_gaz_word_flags(eg_gazetteer_default(), w, n) & EG_GAZ_COUNTRY)) {
            return false;
        }
        w += n;
        w += *w == ' ';
    }
    return true;
}

/* Club words before or after a club's own name of two words or more ("Club" Atletico Bahia
 * Blanca, Surabaya Jaya "FC", "AC" Sparta Prague; a basketball, hockey or handball club's "BK"
 * Tatran Kosice, "KK" Zmaj Ljubljana, "HC", "HK", "RK", water polo's "VK"), which its short
 * name leaves out. */
static const char *const club_words[] = {"club", "fc", "cf", "sc", "ac", "afc", "cd", "fk",
                                         "sk", "nk", "hnk", "bk", "kk", "hc", "hk", "rk", "vk"};

/* Is key[0..n) (a space after it) one club word ("club" of "club atletico bahia blanca"), or
 * "club" and a sporting adjective ("club atletico" of "club atletico mendoza central", whose
 * short name is "Mendoza Central")? */
static bool club_led(const char *key, size_t n)
{
    while (n > 0 && key[n - 1] == ' ') {
        n--;
    }
    static const char *const sporting[] = {"club atletico ", "club deportivo ",
                                           "club sportivo ", "clube atletico "};
    for (size_t i = 0; i < EG_ARRAY_LEN(sporting); i++) {
        if (strlen(sporting[i]) == n + 1 && memcmp(sporting[i], key, n) == 0) {
            return true;
        }
    }
    for (size_t i = 0; i < EG_ARRAY_LEN(club_words); i++) {
        if (strlen(club_words[i]) == n && memcmp(club_words[i], key, n) == 0) {
            return true;
        }
    }
    return false;
}

/* Are all the words of key people's names ("merrill lynch", "morgan stanley"): a firm named
 * for its founders, whose funds and units bear its name ("Merrill Lynch Capital Partners" is
 * a unit of Merrill Lynch)? */
static bool founders_name(const char *key)
{
    for (const char *w = key; *w;) {
        size_t n = strcspn(w, " ");
        if (!(eg_gaz_phrase_lists_text(w, n) & EG_PL_PERSON_NAME)) {
            return false;
        }
        w += n;
        w += *w == ' ';
    }
    return true;
}

/* Is key rest (after a space) an investment manager's kind ("capital partners", "asset
 * management") or a club's word ("fc"), then legal forms at most, which a short name of two
 * words or more leaves out ("Halcyon Bridge" of "Halcyon Bridge Capital Partners", "Kestrel
 * Harbour" of "Kestrel Harbour Asset Management")? Not "partners" or "ventures" alone, the
 * words of a parent's funds ("Rotan Mosle Technology Partners Ltd" is no Rotan Mosle Inc),
 * nor "management" alone ("First Financial Management Corp"); nor a short name of one word:
 * "Blackstone" beside Blackstone Capital Partners may be the group, nor, with `founders`, a
 * founders' firm's. */
static bool fund_or_club_rest(const char *rest, bool founders)
{
    enum { FUND_KINDS = 6 }; /* the first six; then the clubs' */
    static const char *const kinds[] = {" capital partners", " asset management",
                                        " capital management", " investment management",
                                        " investment partners", " fund management",
                                        " fc", " cf", " sc", " afc"};
    for (size_t i = 0; i < EG_ARRAY_LEN(kinds); i++) {
        size_t n = strlen(kinds[i]);
        if (strncmp(rest, kinds[i], n) != 0 || (rest[n] != '\0' && rest[n] != ' ') ||
            (founders && i < FUND_KINDS)) {
            continue;
        }
        for (const char *w = rest + n; *w == ' ';) {
            w++;
            size_t k = strcspn(w, " ");
            if (!eg_gaz_legal_form(w, k)) {
                return false;
            }
            w += k;
        }
        return true;
    }
    return false;
}

/* Is key rest (after a space) "partners" after a short name that ends with "capital"
 * ("Whitcombe Capital" of "Whitcombe Capital Partners Inc", whose key leaves out the legal
 * form), as fund_or_club_rest's "capital partners" after the short name without it? */
static bool capital_partners(const char *key, const char *rest)
{
    return strcmp(alias_last_word(key), "capital") == 0 && strcmp(rest, " partners") == 0;
}

/* Are the words of key rest (after a space) only words of a firm's trade and legal forms
 * ("works plc", "resources ltd", "trading"), which its short name leaves out? Not a group's
 * or a holding's, a parent's name's words in an article that names both ("Bell Canada
 * Enterprises"); "capital" here. */
static bool trade_words(const char *rest)
{
    static const char *const capital[] = {"capital"};
    return alias_trade_rest(rest, capital, 1);
}

/* Does organization key `full` open with a Chinese province's or city's name, then the one-word
 * name `word` and a word more ("zhejiang hengfeng nickel" of "Zhejiang Hengfeng Nickel Co
 * Ltd", "anhui conch cement", "jiangsu hengrui medicine")? Chinese firms go by the name after
 * their province's or city's; not a word of organizations' names ("Beijing Enterprises"). */
static bool place_led(const char *full, const char *word)
{
    static const char *const places[] = {
        "zhejiang", "jiangsu", "anhui",    "shandong", "guangdong", "fujian",  "hubei",
        "hunan",    "henan",   "hebei",    "sichuan",  "yunnan",    "guangxi", "jiangxi",
        "shanxi",   "shaanxi", "liaoning", "jilin",    "heilongjiang", "hainan", "guizhou",
        "gansu",    "qinghai", "ningxia",  "xinjiang", "beijing",   "shanghai", "shenzhen",
        "guangzhou", "tianjin", "chongqing", "hangzhou", "nanjing",  "wuhan",   "xiamen",
        "qingdao",  "dalian",  "ningbo",   "suzhou",   "chengdu",   "xian",    "zhuhai"};
    size_t f = strcspn(full, " "), n = strlen(word);
    if (!full[f] || strncmp(full + f + 1, word, n) != 0 || full[f + 1 + n] != ' ' ||
        f >= 16) {
        return false;
    }
    char first[16];
    memcpy(first, full, f);
    first[f] = '\0';
    if (!word_in(first, places, EG_ARRAY_LEN(places))) {
        return false;
    }
    static const char *const generic[] = {
        "enterprises", "holdings", "group",     "international", "investment", "development",
        "industrial",  "electric", "power",     "construction",  "expressway", "port",
        "airport",     "bank",     "securities", "commercial",   "urban",      "city"};
    char rest[48];
    snprintf(rest, sizeof rest, " %s", word); /* no trade's word: "Cement", "Enterprises" */
    return !alias_trade_rest(rest, NULL, 0) && !word_in(word, generic, EG_ARRAY_LEN(generic)) &&
           !(eg_gaz_word_flags(eg_gazetteer_default(), word, n) &
             (EG_GAZ_ORG_WORD | EG_GAZ_LOCATION | EG_GAZ_COUNTRY | EG_GAZ_FIRSTNAME));
}

/* Is organization f the article's firm of another legal form (exact_key gave it its name's
 * key and the form's class, "vyoma infosystems inc", beside "vyoma infosystems")? */
static bool form_twin(const eg_doc_entities *out, size_t f)
{
    const eg_local_entity *fe = &out->ents[f];
    const char *sp = strrchr(fe->key, ' ');
    if (fe->type != EG_ORGANIZATION || !sp || !eg_gaz_legal_form(sp + 1, strlen(sp + 1))) {
        return false; /* most keys at one look: a firm's key drops its legal form */
    }
    char form[16];
    bool formed = false;
    for (size_t k = 0; k < fe->nsurf && !formed; k++) {
        formed = form_class(fe->surf[k].text, form, sizeof form) && strcmp(form, sp + 1) == 0;
    }
    size_t bl = (size_t)(sp - fe->key);
    for (size_t g = 0; formed && g < out->n; g++) {
        const char *gk = out->ents[g].key;
        if (g != f && out->ents[g].type == EG_ORGANIZATION && strlen(gk) == bl &&
            strncmp(gk, fe->key, bl) == 0) {
            return true;
        }
    }
    return false;
}

/* Scan the longer names for entity e (of pw words). */
static void scan_partial(const eg_doc_entities *out, size_t e, size_t pw, const bool *full,
                         partial_scan *ps)
{
    const eg_local_entity *pe = &out->ents[e];
    *ps = (partial_scan){.hit = NONE, .fuzzy = NONE, .firm = NONE, .tail = NONE, .placed = NONE,
                         .fund = NONE};
    for (size_t f = 0; f < out->n; f++) {
        const eg_local_entity *fe = &out->ents[f];
        if (f == e || (fe->merged_into != NONE && !fe->other_name)) {
            continue; /* another full name stays a name to match ("Midland" of "Midland Bank plc",
                       * renamed HSBC Bank plc): its entity's */
        }
        uint32_t r = find(out, (uint32_t)f);
        if (r == find(out, (uint32_t)e) || form_twin(out, f)) {
            continue; /* nor the firm of another legal form ("Vyoma Infosystems Inc", the arm
                         of Vyoma Infosystems Ltd): a short name is the first one's */
        }
        size_t pl = strlen(pe->key);
        if (fe->type == EG_ORGANIZATION && pe->type == EG_PERSON && pw == 1 && full[f] &&
            strncmp(fe->key, pe->key, pl) == 0 && (fe->key[pl] == ' ' || !fe->key[pl])) {
            /* "Monier said", typed a person, beside "Monier Ltd": the firm, when no person
             * of the article bears the name (partial_target) */
            ps->firm_amb |= ps->firm != NONE && ps->firm != r;
            ps->firm = r;
            continue;
        }
        size_t fl = strlen(fe->key);
        if (fe->type == EG_ORGANIZATION && pe->type == EG_PERSON && pw == 1 && fl > pl + 1 &&
            fe->key[fl - pl - 1] == ' ' && strcmp(fe->key + fl - pl, pe->key) == 0 &&
            (full[f] ? named_for(fe->key, fl - pl) : body_named_for(fe->key, fl - pl, false))) {
            /* "Bosch declined comment", typed a person, beside "Robert Bosch GmbH": a firm
             * named for its founder, when no person of the article bears the name; so
             * "Alvorada" beside "Grupo Desportivo Alvorada", with no legal form */
            ps->firm_amb |= ps->firm != NONE && ps->firm != r;
            ps->firm = r;
            continue;
        }
        if (alias_count_words(fe->key) <= pw) {
            continue;
        }
        if (fe->type != pe->type) {
            /* a one-word organization the recognizer guessed for a misspelled surname
             * ("release Bazuma"), or a place it guessed for a surname ("Scholz backed
             * the plan"), may still join a person, never the other way round */
            bool is_last = false;
            bool person_word = fe->type == EG_PERSON &&
                               (pe->type == EG_ORGANIZATION || pe->type == EG_LOCATION) &&
                               pw == 1 && !pe->label_fixed && !all_caps_entity(pe);
            if (!person_word) {
                continue;
            }
            if (alias_word_of(pe->key, fe->key, &is_last)) {
                /* "Erdogan said" typed as an organization: the surname of a person named
                 * in full in the same article */
                if (!is_last) {
                    continue;
                }
                if (ps->hit != NONE && ps->hit != r) {
                    ps->ambiguous = true;
                }
                ps->hit = r;
                continue;
            }
            if (pe->type == EG_LOCATION || !alias_misspelled_word_of(pe->key, fe->key)) {
                continue;
            }
            if (ps->fuzzy != NONE && ps->fuzzy != r) {
                ps->fuzzy_amb = true;
            }
            ps->fuzzy = r;
            continue;
        }
        if (pe->type == EG_LOCATION) {
            continue; /* "York" is not "New York": places have closed lists */
        }
        bool last = false;
        bool whole = pw == 1 ? alias_word_of(pe->key, fe->key, &last)
                             : ends_with_words(fe->key, pe->key) &&
                                   !(pe->type == EG_PERSON && fe->type == EG_PERSON &&
                                     tail_cuts_hyphen(fe, pe));
        if (pe->type == EG_ORGANIZATION) {
            /* "Wagner" -> "Wagner Group": only a leading word of an organization; its last
             * word only when nothing else matches and it is no generic word ("Bundesbank" of
             * "Deutsche Bundesbank", not "Bank" of "Deutsche Bank": generic_words) */
            const char *fk = fe->key; /* after a club word that opens it: "bk tatran kosice" */
            size_t cw = strcspn(fk, " ");
            if (fk[cw] == ' ' && club_led(fk, cw) && alias_count_words(fk) >= 3 &&
                strncmp(fk + cw + 1, pe->key, pl) == 0 && fk[cw + 1 + pl] == ' ') {
                fk += cw + 1;
            }
            bool lead = (whole || pw > 1 || fk != fe->key) && strncmp(fk, pe->key, pl) == 0 &&
                        fk[pl] == ' ';
            if (pw == 1 && whole && !last && place_led(fe->key, pe->key)) {
                ps->placed_amb |= ps->placed != NONE && ps->placed != r;
                ps->placed = r;
            }
            if (lead && regional_unit(fk + strlen(pe->key))) {
                ps->unit = true; /* the parent's name: no unit's, and another firm of the
                                  * name makes it ambiguous as before */
                lead = false;
            }
            size_t before = strlen(fe->key) - strlen(pe->key);
            if (whole && !lead && (pw == 1 ? last && !all_caps_entity(pe) &&
                                                 !(eg_gaz_word_flags(eg_gazetteer_default(),
                                                                     pe->key, strlen(pe->key)) &
                                                   (EG_GAZ_ORG_WORD | EG_GAZ_FIRSTNAME)) &&
                                                 named_for(fe->key, before)
                                           : (pw == 2 && (place_named(fe->key, before) ||
                                                          body_named_for(fe->key, before,
                                                                         true))) ||
                                                 club_led(fe->key, before))) {
                /* "Bundesbank" of "Deutsche Bundesbank"; "Harbour Stars" of "Tema Harbour
                 * Stars" */
                ps->tail_amb |= ps->tail != NONE && ps->tail != r;
                ps->tail = r;
                ps->tail_adjective = adjective_alone(fe->key, before);
            }
            /* a name of two words is a tail, or leads a name that adds only a firm's trade
             * ("Delta Aluminium" of "Delta Aluminium Works Plc", "Carpathia Energy" of
             * "Carpathia Energy Trading") or a party's word ("Rak Phaendin" of the "Rak
             * Phaendin Party") */
            if (lead && pw >= 2 && (fund_or_club_rest(fk + pl, founders_name(pe->key)) ||
                                    capital_partners(pe->key, fk + pl))) {
                ps->fund_amb |= ps->fund != NONE && ps->fund != r;
                ps->fund = r; /* "Halcyon Bridge" of "Halcyon Bridge Capital Partners" */
            } else if (lead && pw >= 2 && alias_firm_rest(fk + pl)) {
                ps->fund_amb = true; /* the group is named too: "Morgan Stanley" beside Morgan
                                      * Stanley Group Inc and Morgan Stanley Asset Management */
            }
            /* a name of three words is a club's without its club word, or a fund's without
             * its kind, no other name's partial */
            whole = lead && pw <= 2 &&
                    (pw == 1 || trade_words(fk + pl) || strcmp(fk + pl, " party") == 0);
        }
        if (whole) {
            if (ps->hit != NONE && ps->hit != r) {
                ps->ambiguous = true;
            }
            ps->hit = r;
            ps->hit_se = pe->type == EG_ORGANIZATION && strcmp(fe->key + pl, " se") == 0;
            if (ps->nhits < EG_ARRAY_LEN(ps->hits)) {
                ps->hits[ps->nhits++] = r;
            }
        } else if (pw == 1 && pe->type == EG_PERSON && alias_misspelled_word_of(pe->key, fe->key)) {
            if (ps->fuzzy != NONE && ps->fuzzy != r) {
                ps->fuzzy_amb = true;
            }
            ps->fuzzy = r;
        }
    }
    if (ps->unit && pe->type == EG_ORGANIZATION) {
        /* "Chrysler" beside Chrysler Canada and Chrysler Motors: which, the text does not
         * say; but the parent's own name with the European company's "SE" its key keeps
         * ("Valkraft" beside Valkraft SE and its unit Valkraft Austria GmbH) */
        ps->ambiguous |= ps->hit != NONE && !ps->hit_se;
        ps->tail = NONE;
    }
}

/* Is name e of one word the place the article's dateline names ("FERRARA, August 28
 * (Reuters) - ... outside Ferrara", beside the club Ferrara Estense the model took for a
 * person): the place, no short name of a longer one? */
static bool dateline_place(const ctx *c, size_t e)
{
    const eg_mention *m = c->ms->n ? &c->ms->v[0] : NULL;
    if (!m || m->start > 2 || m->type != EG_LOCATION || c->de->ents[e].type == EG_LOCATION) {
        return false;
    }
    uint32_t d = find(c->de, c->de->of_mention[0]);
    return strcmp(c->de->ents[d].key, c->de->ents[e].key) == 0;
}

/* Is place e of one word written after a preposition of place once at least ("outside
 * Wendenstein, the Eifel village", "in Bregenz"), or after a place's noun and "of" ("born in
 * the French village of Ronchamp")? Then it is the place, not a surname the recognizer
 * mistyped, though a person of the article bears it ("Caroline von Wendenstein", whose family
 * took its name from the village; "Claire-Helene de Ronchamp"). */
static bool sited_place(const ctx *c, size_t e)
{
    static const char *const preps[] = {"in", "near", "outside", "around", "inside"};
    static const char *const nouns[] = {"village", "town", "city", "hamlet", "commune",
                                        "municipality", "province", "region", "island", "port"};
    if (c->de->ents[e].type != EG_LOCATION) {
        return false;
    }
    for (size_t i = 0; i < c->ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        uint32_t t = c->ms->v[i].tok_begin;
        if (c->de->of_mention[i] == e && t > 0 &&
            (tok_in(c->doc, t - 1, preps, EG_ARRAY_LEN(preps)) ||
             (t > 1 && tok_is(c->doc, t - 1, "of") &&
              tok_in(c->doc, t - 2, nouns, EG_ARRAY_LEN(nouns))))) {
            return true;
        }
    }
    return false;
}

/* Is organization e of one word a listed city the article also names as a place ("in Linz",
 * beside "Linz is a working city" and Linz United), or writes only where a journey starts or
 * ends ("fans travel from Granada", "flew to Cordoba", beside Granada Deportivo): the place,
 * whatever its type, not a short name of the longer one ("a loan from Granada" may be the
 * club's, and "at Hughes" a firm's: GeoNames lists both as towns). */
static bool placed_city(const ctx *c, size_t e)
{
    static const char *const verbs[] = {"travel", "travels", "travelled", "traveled",
                                        "travelling", "traveling", "fly", "flies", "flew",
                                        "flown", "flying", "drive", "drove", "driven", "driving",
                                        "commute", "commuted", "commuting"};
    const eg_local_entity *pe = &c->de->ents[e];
    if (pe->type != EG_ORGANIZATION) {
        return false;
    }
    uint32_t lists = eg_gaz_phrase_lists_text(pe->key, strlen(pe->key));
    for (size_t i = 0; i < pe->nsurf && !(lists & EG_PL_CITY); i++) {
        /* the lists keep the diacritics the key folds ("Örebro") */
        lists |= eg_gaz_phrase_lists_text(pe->surf[i].text, strlen(pe->surf[i].text));
    }
    if (!(lists & EG_PL_CITY)) {
        return false;
    }
    /* "in Venlo" typed a place, "the Venlo site" a firm, before "Venlo Cargo Centrum BV":
     * the place; not after the firm's name ("Dome Petroleum Ltd" ... "a stake in Dome"), nor
     * beside a club the town's name stands for ("Birmingham City") */
    static const char *const clubs[] = {"city",   "united",    "town",   "rovers", "athletic",
                                        "albion", "wanderers", "county", "fc",     "afc"};
    size_t pl = strlen(pe->key);
    bool club = false;
    for (size_t k = 0; k < c->de->n && !club; k++) {
        const char *key = c->de->ents[k].key;
        for (size_t q = 0; q < EG_ARRAY_LEN(clubs) && strncmp(key, pe->key, pl) == 0 &&
                           key[pl] == ' ' && !club;
             q++) {
            club = strcmp(key + pl + 1, clubs[q]) == 0;
        }
    }
    for (size_t i = 0; i < c->ms->n && !club; i++) {
        const char *k = c->de->ents[c->de->of_mention[i]].key;
        if (c->ms->v[i].type == EG_ORGANIZATION && strncmp(k, pe->key, pl) == 0 &&
            k[pl] == ' ') {
            break; /* a longer name of the firm first */
        }
        if (c->de->of_mention[i] == e && c->placed[i]) {
            return true;
        }
    }
    for (size_t k = 0; k < c->de->n; k++) {
        if (k != e && c->de->ents[k].type == EG_LOCATION &&
            strcmp(c->de->ents[k].key, pe->key) == 0) {
            return true; /* the article names the place itself: "in Linz" */
        }
    }
    bool any = false;
    for (size_t i = 0; i < c->ms->n; i++) {
        if (c->de->of_mention[i] != e) {
            continue;
        }
        uint32_t b = c->ms->v[i].tok_begin;
        if (b < 2 || !(tok_is(c->doc, b - 1, "from") || tok_is(c->doc, b - 1, "to")) ||
            !tok_in(c->doc, b - 2, verbs, EG_ARRAY_LEN(verbs))) {
            return false;
        }
        any = true;
    }
    return any;
}

/* The entity of the organization that opens the story's first sentence, its subject
 * ("SEOUL, May 4 (Reuters) - Haemin Heavy Industries Co Ltd, the shipbuilder, said ..."), or
 * NONE. */
static uint32_t story_subject(const ctx *c)
{
    long m = opening_org(c, true);
    return m >= 0 ? find(c->de, c->de->of_mention[m]) : NONE;
}

/* Is key k a chamber ("house", "senate", "congress") and key t a committee of it ("house
 * budget committee", "senate banking subcommittee")? The chamber is no short name of its
 * committees: it stays the chamber (alias_qualify_bodies gives it its state), though the
 * House of Commons is the House of a British article. */
static bool chamber_of_committee(const char *k, const char *t)
{
    if (strcmp(k, "house") != 0 && strcmp(k, "senate") != 0 && strcmp(k, "congress") != 0) {
        return false;
    }
    return strstr(t, "committee") || strstr(t, "caucus") || strstr(t, "panel");
}

/* Is organization e named in the body, past the first sentence (a headline's, or a lead's
 * that names a parent and its unit), before mention m, where the longer name `full` it might
 * be short for first comes ("Seekwell earned ... Seekwell's sales ... Seekwell Cloud
 * Services": the parent, not a short name of its unit; "Kodak ... Kodak KIMS", "Blu-ray ...
 * Blu-ray Disc Association")? Not where the longer name adds only its group's words or the
 * words that end a club's, a party's or an office's name, which a short name leaves out
 * ("Birmingham ... Birmingham City", "Labour ... Labour Party", "Glaxo Holdings Plc"). */
static bool named_in_body_before(const ctx *c, size_t e, size_t m, const char *full)
{
    static const char *const rests[] = {
        "city", "united", "town", "county", "rovers", "athletic", "albion", "wanderers",
        "club", "fc", "party", "democrats", "department", "ministry", "office", "reserve",
        "committee", "council", "brothers", "communications", "research", "foundation"};
    size_t pl = strlen(c->de->ents[e].key);
    const char *rest = full + pl;
    if (strncmp(full, c->de->ents[e].key, pl) != 0 || *rest != ' ' || alias_firm_rest(rest)) {
        return false;
    }
    size_t rn = strcspn(rest + 1, " ");
    for (size_t i = 0; i < EG_ARRAY_LEN(rests); i++) {
        if (eg_word_eq(rests[i], rest + 1, rn)) {
            return false;
        }
    }
    for (size_t i = 0; i < m && i < c->ms->n; i++) {
        if (c->de->of_mention[i] == e && c->ms->v[i].sent > 0) {
            return true;
        }
    }
    return false;
}

/* The name a scanned partial name resolves to (*target, NONE if none) and by which rule. */
static eg_rule partial_target(const ctx *c, size_t e, const partial_scan *ps,
                              const size_t *first_mention, const size_t *last_mention,
                              uint32_t *target)
{
    const eg_local_entity *pe = &c->de->ents[e];
    *target = NONE;
    if (ps->hit != NONE && ps->ambiguous && pe->type == EG_PERSON && ps->nhits >= 2 &&
        ps->nhits < EG_ARRAY_LEN(ps->hits)) {
        /* "Trudeau ... Justin Trudeau, whose father Pierre Trudeau": a relative introduced
         * as such is not who the bare surname names; one other holder left is */
        uint32_t keep = NONE;
        size_t nkeep = 0;
        for (size_t h = 0; h < ps->nhits; h++) {
            if (!introduced_as_relative(c, first_mention[ps->hits[h]])) {
                keep = ps->hits[h];
                nkeep++;
            }
        }
        if (nkeep == 1) {
            *target = keep;
            return EG_RULE_PARTIAL_NAME_RELATIVE;
        }
        /* "President Joe Biden ... Biden's campaign ... Hunter Biden, the president's son":
         * a bare surname used only while one of the full names had been named refers to
         * that one; used once two were named, it stays ambiguous */
        uint32_t before = NONE;
        size_t nbefore = 0, nafter = 0;
        for (size_t h = 0; h < ps->nhits; h++) {
            if (first_mention[ps->hits[h]] < first_mention[e]) {
                before = ps->hits[h];
                nbefore++;
            } else if (first_mention[ps->hits[h]] > last_mention[e]) {
                nafter++;
            }
        }
        if (nbefore == 1 && nbefore + nafter == ps->nhits) {
            *target = before;
            return EG_RULE_PARTIAL_NAME_FIRST;
        }
    }
    if (ps->hit != NONE && !ps->ambiguous &&
        !(pe->type == EG_ORGANIZATION && ps->tail != NONE && ps->tail != ps->hit &&
          ps->tail_adjective)) {
        /* (not a word that opens one firm's name and ends another's after an adjective alone:
         * "Meerburg" beside Meerburg Rail BV and Royal Meerburg NV is either) */
        *target = ps->hit;
        return EG_RULE_PARTIAL_NAME;
    }
    if (ps->hit != NONE && ps->ambiguous && pe->type == EG_ORGANIZATION && !ps->unit &&
        ps->nhits >= 2 && ps->nhits < EG_ARRAY_LEN(ps->hits)) {
        /* the firm whose name the others take on with a country's or a region's name
         * ("Crestline" beside Crestline Bank Plc and its unit Crestline Bank Niger SA): the
         * parent's; not beside Ford Motor Co and Ford Motor Credit Co */
        uint32_t base = ps->hits[0];
        for (size_t h = 1; h < ps->nhits; h++) {
            if (strlen(c->de->ents[ps->hits[h]].key) < strlen(c->de->ents[base].key)) {
                base = ps->hits[h];
            }
        }
        const char *bk = c->de->ents[base].key;
        size_t bl = strlen(bk);
        bool all = true;
        for (size_t h = 0; h < ps->nhits && all; h++) {
            const char *k = c->de->ents[ps->hits[h]].key;
            all = ps->hits[h] == base ||
                  (strncmp(k, bk, bl) == 0 && k[bl] == ' ' && regional_unit(k + bl));
        }
        if (all) {
            *target = base;
            return EG_RULE_PARTIAL_NAME;
        }
    }
    if (ps->hit != NONE && ps->ambiguous && pe->type == EG_ORGANIZATION && !ps->unit &&
        ps->nhits >= 2 && ps->nhits < EG_ARRAY_LEN(ps->hits)) {
        /* the story's subject, the firm its first sentence opens with, when the short name
         * comes after it and the subject's name adds only its group's or trade's words
         * ("Haemin" after "Haemin Heavy Industries Co Ltd said ...", beside its unit Haemin
         * Offshore): not a unit's or fund's ("Ford" after "Ford Motor Credit Co said"), nor
         * beside the group of the name ("Hanwool" after "Hanwool Semiconductor opened ...",
         * beside Hanwool Group: the group's) */
        uint32_t s = story_subject(c);
        size_t pl = strlen(pe->key);
        bool subject = false, group = false;
        for (size_t h = 0; s != NONE && h < ps->nhits; h++) {
            const char *hk = c->de->ents[ps->hits[h]].key;
            subject |= ps->hits[h] == s && first_mention[s] < first_mention[e] &&
                       strncmp(hk, pe->key, pl) == 0 && alias_firm_rest(hk + pl);
            group |= ps->hits[h] != s && strncmp(hk, pe->key, pl) == 0 && alias_group_rest(hk + pl);
        }
        if (subject && !group) {
            *target = s;
            return EG_RULE_PARTIAL_NAME_SUBJECT;
        }
    }
    if (ps->hit != NONE && ps->ambiguous && ps->tail != NONE && !ps->tail_amb && !ps->unit &&
        pe->type == EG_ORGANIZATION && !alias_place_named(pe->key) &&
        alias_count_words(c->de->ents[ps->tail].key) >= 4) {
        /* the last word of one long formal name, the first of several others ("Ortalyk" of
         * "JSC National Atomic Company Ortalyk", beside its units "Ortalyk Mining LLP" and
         * "Ortalyk Trading GmbH"): the name the formal one, of four words or more, ends in;
         * not a place's ("four Texas banks", beside Allied Bank of Texas and Texas American
         * Bank NV), nor the end of a short name ("Fox" of "Century Fox", beside Fox
         * Entertainment Group) */
        *target = ps->tail;
        return EG_RULE_PARTIAL_NAME;
    }
    if (ps->hit == NONE && ps->fuzzy == NONE && ps->firm != NONE && !ps->firm_amb) {
        *target = ps->firm;
        return EG_RULE_PARTIAL_NAME;
    }
    if (ps->hit == NONE && ps->fuzzy == NONE && ps->firm == NONE && ps->tail == NONE &&
        ps->fund != NONE && !ps->fund_amb && pe->type == EG_ORGANIZATION) {
        *target = ps->fund;
        return EG_RULE_PARTIAL_NAME;
    }
    if (ps->hit == NONE && ps->fuzzy == NONE && ps->tail != NONE && !ps->tail_amb &&
        pe->type == EG_ORGANIZATION) {
        *target = ps->tail;
        return EG_RULE_PARTIAL_NAME;
    }
    if (ps->hit == NONE && ps->fuzzy == NONE && ps->firm == NONE && ps->tail == NONE &&
        ps->placed != NONE && !ps->placed_amb && pe->type == EG_ORGANIZATION) {
        *target = ps->placed; /* "Hengfeng" of "Zhejiang Hengfeng Nickel Co Ltd" */
        return EG_RULE_PARTIAL_NAME;
    }
    if (ps->hit == NONE && ps->fuzzy != NONE && !ps->fuzzy_amb &&
        pe->mentions <= c->de->ents[ps->fuzzy].mentions) {
        /* a slip is rarer than the name it misspells: "Reagan" five times beside one
         * "Donald Regan" is another man */
        *target = ps->fuzzy;
        return EG_RULE_MISSPELLING;
    }
    return EG_RULE_NONE;
}

/* Does token t (before a mention, in sentence sent) say "its" after a mention of
 * organization e in the sentence, with no other organization between ("Nordvale will keep
 * its packaging subsidiary"; not "Safeguard Scientific said its subsidiary"), or is it the
 * "'s" of a mention of e ("WestLB's WestLB Finance NV subsidiary")? */
static bool owner_at(const ctx *c, uint32_t t, uint32_t e, uint32_t sent)
{
    bool its = tok_is(c->doc, t, "its");
    if (t == 0 || !(its || tok_is(c->doc, t, "'s") || tok_is(c->doc, t, "\u2019s"))) {
        return false;
    }
    size_t last = SIZE_MAX; /* the last organization named before t */
    for (size_t i = 0; i < c->ms->n && c->ms->v[i].tok_begin < t; i++) {
        if (c->ms->v[i].type == EG_ORGANIZATION && c->ms->v[i].tok_end <= t) {
            last = i;
        }
    }
    return last != SIZE_MAX && c->de->of_mention[last] == e && c->ms->v[last].sent == sent &&
           (its || c->ms->v[last].tok_end == t);
}

/* The words that call a firm another's unit ("its packaging subsidiary, Nordvale Packaging"). */
static const char *const unit_words[] = {"subsidiary", "unit", "arm", "division", "affiliate"};

/* Is mention i of an organization called the unit of entity e, or of "its" ("its packaging
 * subsidiary, Nordvale Packaging", "WestLB's WestLB Finance NV subsidiary"; not "ITT's former
 * Spanish subsidiary, Standard Electrica SA", which is another's): the owner, up to two words
 * and a word of units before it, or the owner before it and a word of units after it? */
static bool called_unit(const ctx *c, size_t i, uint32_t e)
{
    const eg_mention *m = &c->ms->v[i];
    uint32_t b = m->tok_begin;
    if (b >= 1 && owner_at(c, b - 1, e, m->sent) &&
        tok_in(c->doc, m->tok_end, unit_words, EG_ARRAY_LEN(unit_words))) {
        return true;
    }
    uint32_t u = b >= 1 && tok_is(c->doc, b - 1, ",") ? b - 2 : b - 1; /* "subsidiary, X" */
    if (b < 2 || u >= b || !tok_in(c->doc, u, unit_words, EG_ARRAY_LEN(unit_words))) {
        return false;
    }
    for (uint32_t t = u; t-- > 0 && t + 3 >= u;) {
        if (owner_at(c, t, e, m->sent)) {
            return true;
        }
    }
    return false;
}

/* Is entity e (its own mentions when `exact`, else those of its cluster) named in a sentence
 * that names entity f (its root) too, by a mention i of f that `counts` (c, i, e)? (Mentions
 * after the first EG_MAX_PARTIAL_SCAN, and sentences of e after its first 32, are not looked
 * at.) */
static bool named_with(const ctx *c, uint32_t e, bool exact, uint32_t f,
                       bool (*counts)(const ctx *, size_t, uint32_t))
{
    const eg_mentions *ms = c->ms;
    const eg_doc_entities *out = c->de;
    uint32_t sents[32];
    size_t ns = 0;
    for (size_t i = 0; i < ms->n && i < EG_MAX_PARTIAL_SCAN && ns < EG_ARRAY_LEN(sents); i++) {
        if ((exact ? out->of_mention[i] : find(out, out->of_mention[i])) == e) {
            sents[ns++] = ms->v[i].sent;
        }
    }
    for (size_t i = 0; i < ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        if (find(out, out->of_mention[i]) != f || !counts(c, i, e)) {
            continue;
        }
        for (size_t k = 0; k < ns; k++) {
            if (sents[k] == ms->v[i].sent) {
                return true;
            }
        }
    }
    return false;
}

/* Is organization e named alone in a sentence that names organization f (its root) too, and
 * calls it e's unit there ("Nordvale will keep its packaging subsidiary, Nordvale Packaging")?
 * A firm and its unit, not one firm named twice. */
static bool unit_beside(const ctx *c, uint32_t e, uint32_t f)
{
    return named_with(c, e, true, f, called_unit);
}

/* Is a mention of organization f (its root) after mention first_e introduced as a unit no one
 * is said to own, the unit's word right before it or before its comma, after "a" and up to
 * two words ("Absheron Petroleum will supply ... a Geneva-based subsidiary, Absheron
 * Petroleum Trading, would market")? The firm named before is then the unit's owner, not its
 * short name. Not where the short name comes after ("formed a new subsidiary, Eagle Industries
 * Inc ... Eagle consists of") nor where an owner is named ("USX's subsidiary, Marathon
 * Petroleum Co ... Marathon's posted price"); the article's own firm as the owner ("the
 * company's trading subsidiary, Karpaty Power Trading") is none named. */
static bool called_unit_alone(const ctx *c, uint32_t f, size_t first_e)
{
    static const char *const owner_nouns[] = {"company", "group", "firm", "producer",
                                              "bank", "lender", "insurer", "operator",
                                              "carrier", "miner", "maker", "conglomerate"};
    for (size_t i = 0; i < c->ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        uint32_t b = c->ms->v[i].tok_begin;
        if (find(c->de, c->de->of_mention[i]) != f || b < 3) {
            continue;
        }
        uint32_t u = tok_is(c->doc, b - 1, ",") ? b - 2 : b - 1;
        if (i < first_e || !tok_in(c->doc, u, unit_words, EG_ARRAY_LEN(unit_words))) {
            continue;
        }
        for (uint32_t t = u; t-- > 0 && t + 3 >= u;) {
            if (tok_is(c->doc, t, "a") || tok_is(c->doc, t, "an")) {
                return true;
            }
            if (t >= 2 && (tok_is(c->doc, t, "'s") || tok_is(c->doc, t, "\u2019s")) &&
                (tok_is(c->doc, t - 2, "the") || tok_is(c->doc, t - 2, "The")) &&
                tok_in(c->doc, t - 1, owner_nouns, EG_ARRAY_LEN(owner_nouns))) {
                return true; /* the firm the article is about: "The company's trading
                              * subsidiary, Karpaty Power Trading," */
            }
            if (tok_is(c->doc, t, "its") || tok_is(c->doc, t, "'s") ||
                tok_is(c->doc, t, "\u2019s") || tok_is(c->doc, t, "their")) {
                break;
            }
        }
    }
    return false;
}

/* Is a mention of entity e followed by ", who" ("Ferrada, who founded the group in 1986"): a
 * person, not the short name of the group named after him? */
static bool who_after(const ctx *c, uint32_t e)
{
    for (size_t i = 0; i < c->ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        uint32_t t = c->ms->v[i].tok_end;
        if (c->de->of_mention[i] == e && tok_is(c->doc, t, ",") && tok_is(c->doc, t + 1, "who")) {
            return true;
        }
    }
    return false;
}

/* Does every mention of entity e, its own and those of names merged into it, come right after
 * "named after" or "named for" ("Triglav Avtodeli, named after Triglav, the highest mountain
 * in Slovenia")? Then e is what the other is named after, a mountain, a founder, a town, not
 * the other's short name. */
static bool named_after_only(const ctx *c, uint32_t e)
{
    static const char *const after[] = {"after", "for"};
    bool any = false;
    for (size_t i = 0; i < c->ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        if (find(c->de, c->de->of_mention[i]) != e) {
            continue; /* (a mention of another, or of a name merged into e before) */
        }
        uint32_t t = c->ms->v[i].tok_begin;
        if (t < 2 || !tok_in(c->doc, t - 1, after, EG_ARRAY_LEN(after)) ||
            !tok_is(c->doc, t - 2, "named")) {
            return false;
        }
        any = true;
    }
    return any;
}

/* Is organization f called the unit of the article's company in an apposition after one of its
 * mentions, at or after entity e's first mention first_e ("Norvane Networks, the company's
 * separately regulated lines business", after "Norvane" alone), or a unit of no owner named
 * ("Ortalyq Mining, the subsidiary that runs its mines")? Then e is the company, the owner, not
 * a short name of its unit. */
static bool unit_apposition(const ctx *c, uint32_t f, size_t first_e)
{
    static const char *const owners[] = {"company", "group", "firm", "bank", "insurer",
                                         "retailer", "carrier", "utility", "conglomerate"};
    static const char *const units[] = {"subsidiary", "unit", "arm", "division", "affiliate",
                                        "business", "operation", "operations", "subsidiaries"};
    for (size_t i = first_e + 1; i < c->ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        if (c->de->of_mention[i] != f) {
            continue;
        }
        uint32_t t = c->ms->v[i].tok_end;
        if (!tok_is(c->doc, t, ",")) {
            continue;
        }
        uint32_t from = t + 4;
        if (!tok_is(c->doc, t + 1, "the") || !tok_in(c->doc, t + 2, owners, EG_ARRAY_LEN(owners)) ||
            !(tok_is(c->doc, t + 3, "'s") || tok_is(c->doc, t + 3, "\u2019s"))) {
            /* or a unit of no owner named: "Ortalyq Mining, the subsidiary that runs its
             * mines", "Ortalyk Mining LLP, a wholly owned subsidiary"; not "a subsidiary of
             * USX", whose short name the bare name may be */
            if (!tok_is(c->doc, t + 1, "the") && !tok_is(c->doc, t + 1, "a") &&
                !tok_is(c->doc, t + 1, "an")) {
                continue;
            }
            from = t + 2;
        }
        for (uint32_t u = from; u < from + 4; u++) {
            if (from == t + 4 ? tok_in(c->doc, u, units, EG_ARRAY_LEN(units))
                              : tok_in(c->doc, u, unit_words, EG_ARRAY_LEN(unit_words))) {
                return from == t + 4 || !tok_is(c->doc, u + 1, "of");
            }
            if (tok_is(c->doc, u, ",") || tok_is(c->doc, u, ".")) {
                break;
            }
        }
    }
    return false;
}

/* Is a firm's name written with its legal form, after it ("Texaco Inc") or before it ("PJSC
 * Belomorneft", "PT Astra"), or after a firm's word in Spanish, Portuguese, Italian or French
 * ("Grupo Altamira", "Cementos Marquina", whose keys are "altamira group" and "marquina
 * cement": eg_org_key)? */
static bool named_with_legal_form(const char *s)
{
    const char *sp = strchr(s, ' ');
    size_t n = strlen(s), w = sp ? (size_t)(sp - s) : 0;
    bool cv = n > 8 && (strcmp(s + n - 8, " de C.V.") == 0 || strcmp(s + n - 6, " de CV") == 0);
    bool trade = sp && eg_gaz_trade_lead(s, w) != NULL;
    return cv || trade || eg_ends_in_legal_form(s) || (sp && eg_gaz_opening_form(s, w));
}

/* Does another organization of the article open with mention i's words and go on ("Hospital
 * Corp" of "Hospital Corp of America")? (at most EG_MAX_PARTIAL_SCAN mentions looked at) */
static bool opens_longer_name(const eg_mentions *ms, size_t i)
{
    const char *s = ms->v[i].surface;
    size_t n = strlen(s);
    for (size_t j = 0; j < ms->n && j < EG_MAX_PARTIAL_SCAN; j++) {
        const char *t = ms->v[j].surface;
        if (j != i && ms->v[j].type == EG_ORGANIZATION && strncmp(t, s, n) == 0 && t[n] == ' ') {
            return true;
        }
    }
    return false;
}

/* (4) partial person names and (5) misspellings, against the article's full names.
 * One-word names against every longer name: quadratic in the distinct names, so an article
 * with more than EG_MAX_PARTIAL_SCAN of them (a list, not prose) skips this step. The rule
 * each entity was resolved by is kept per entity and given to its mentions in one pass. */
static eg_status partial_names(ctx *c)
{
    eg_doc_entities *out = c->de;
    eg_mentions *ms = c->ms;
    eg_rule *erule = calloc(out->n ? out->n : 1, sizeof *erule);
    size_t *first_mention = malloc((out->n ? out->n : 1) * 2 * sizeof *first_mention);
    bool *full = calloc(out->n ? 2 * out->n : 1, sizeof *full);
    if (!erule || !first_mention || !full) {
        free(erule);
        free(first_mention);
        free(full);
        return EG_ERR_NOMEM;
    }
    size_t *last_mention = first_mention + (out->n ? out->n : 1);
    bool *own_full = full + out->n; /* by the mention's own entity, before merges */
    for (size_t e = 0; e < out->n; e++) {
        first_mention[e] = SIZE_MAX;
        last_mention[e] = 0;
    }
    for (size_t i = ms->n; i-- > 0;) {
        first_mention[out->of_mention[i]] = i;
        if (ms->v[i].type == EG_ORGANIZATION && named_with_legal_form(ms->v[i].surface) &&
            !opens_longer_name(ms, i)) {
            full[find(out, out->of_mention[i])] = true; /* named in full: "Texaco Inc" */
            own_full[out->of_mention[i]] = true;
        }
    }
    for (size_t i = 0; i < ms->n; i++) {
        last_mention[out->of_mention[i]] = i;
    }
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        eg_local_entity *pe = &out->ents[e];
        if (pe->merged_into != NONE || pe->type == EG_COUNTRY) {
            continue; /* a place only joins a person, below */
        }
        if (pe->stated ? own_full[e] : pe->label_fixed || full[e]) {
            /* a listed name is its own entity: "IBM" is not "IBM Canada Ltd"; nor is a firm
             * the article names with its legal form: "Texaco Inc" and "Texaco" are not
             * "Texaco Canada Inc". A name of one word a stated rename labels is a name as
             * any other, named in full or not by its old name ("TMOC, formerly the Moonie Oil
             * Co Ltd" of TMOC Resources Ltd), unless itself named with its legal form ("changed
             * its name to Lorcable SA", beside its new unit Lorcable Reseaux) */
            continue;
        }
        size_t pw = alias_count_words(pe->key);
        if (pw != 1 && !particle_surname(pe) && !two_word_surname(pe) &&
            !((pw == 2 || pw == 3) && pe->type == EG_ORGANIZATION) &&
            !(surname_of_longer(out, e) && !introduced_as_relative(c, first_mention[e]))) {
            continue; /* only one-word names (and "van Driel", "von der Leyen", "Lopez Obrador",
                         a club's "Harbour Stars" of Tema Harbour Stars, "Atletico Bahia
                         Blanca" of Club Atletico Bahia Blanca) are partial */
        }
        if (pw == 1 && (placed_city(c, e) || dateline_place(c, e) || sited_place(c, e))) {
            continue;
        }
        partial_scan ps;
        scan_partial(out, e, pw, full, &ps);
        uint32_t target;
        eg_rule rule = partial_target(c, e, &ps, first_mention, last_mention, &target);
        if (target != NONE && chamber_of_committee(c->de->ents[e].key,
                                                   c->de->ents[target].key)) {
            rule = EG_RULE_NONE;
            target = NONE;
        }
        if (target == NONE) {
            if (ps.ambiguous) {
                erule[e] = EG_RULE_AMBIGUOUS_PARTIAL;
            }
            continue;
        }
        if (pe->type == EG_PERSON && out->ents[target].type == EG_ORGANIZATION &&
            rule == EG_RULE_PARTIAL_NAME && ps.hit == NONE && who_after(c, (uint32_t)e)) {
            continue; /* "Ferrada, who founded the group", beside Grupo Ferrada; a team's
                         "Rovers, who are aiming" is typed an organization */
        }
        if (pe->type == EG_ORGANIZATION && rule == EG_RULE_PARTIAL_NAME &&
            (unit_beside(c, (uint32_t)e, target) ||
             called_unit_alone(c, target, first_mention[e]) ||
             unit_apposition(c, target, first_mention[e]))) {
            /* "Nordvale will keep its subsidiary, Nordvale Packaging": two firms, in every
             * article */
            if (add_link(out, EG_LINK_UNIT, EG_ORGANIZATION, out->ents[target].key, pe->key,
                         NULL) != EG_OK) {
                return EG_ERR_NOMEM;
            }
            continue;
        }
        if (pe->type == EG_ORGANIZATION && rule == EG_RULE_PARTIAL_NAME &&
            named_in_body_before(c, e, first_mention[target], out->ents[target].key)) {
            continue;
        }
        if (rule == EG_RULE_PARTIAL_NAME && named_after_only(c, (uint32_t)e)) {
            continue;
        }
        if (pe->type == EG_PERSON &&
            ((rule == EG_RULE_PARTIAL_NAME && first_mention[e] < first_mention[target] &&
              introduced_as_relative(c, first_mention[target])) ||
             (rule != EG_RULE_PARTIAL_NAME && elder_or_younger(c, e)))) {
            /* "Minister Persaud said ... the minister's brother, Rohan Persaud": the surname
             * before the one full name, a relative's, is another's; "the elder
             * Chandrasekhar" beside Arjun Chandrasekhar and his father K. Chandrasekhar: one
             * of the two (not "the younger Williams sister" where one is named) */
            continue;
        }
        if (out->ents[target].type != pe->type) {
            pe->type = out->ents[target].type;
        }
        merge(out, (uint32_t)e, target);
        erule[e] = rule;
    }
    for (size_t i = 0; i < ms->n; i++) {
        uint32_t e = out->of_mention[i];
        if (erule[e] == EG_RULE_NONE) {
            continue;
        }
        if (erule[e] == EG_RULE_AMBIGUOUS_PARTIAL) {
            set_why(c, i, erule[e], ms->v[i].surface, "not resolved (several full names match)");
        } else {
            set_why(c, i, erule[e], ms->v[i].surface, out->ents[find(out, e)].key);
        }
    }
    free(erule);
    free(first_mention);
    free(full);
    return EG_OK;
}

/* (4b) An initial and a surname ("G Henson" in a team sheet, "J. Smith") is the one person of
 * the article whose full name has that surname and a given name with that initial; with two
 * ("Jason Robinson", "Jamie Robinson") it stays apart. */
static void initial_names(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        const eg_local_entity *pe = &out->ents[e];
        const char *sur = pe->type == EG_PERSON && pe->merged_into == NONE
                              ? eg_alias_after_initial(pe->key)
                              : NULL;
        if (!sur) {
            continue;
        }
        uint32_t hit = NONE;
        size_t nhits = 0;
        for (size_t f = 0; f < out->n; f++) {
            const eg_local_entity *fe = &out->ents[f];
            const char *sp = strchr(fe->key, ' ');
            if (f == e || fe->type != EG_PERSON || fe->merged_into != NONE || !sp ||
                fe->key[0] != pe->key[0] || eg_alias_after_initial(fe->key) ||
                strcmp(sp + 1, sur) != 0) {
                continue;
            }
            hit = (uint32_t)f;
            nhits++;
        }
        if (nhits != 1) {
            continue;
        }
        merge(out, (uint32_t)e, hit);
        set_why_entity(c, (uint32_t)e, EG_RULE_PARTIAL_NAME, out->ents[hit].key);
    }
}

/* Do a person's name's words ("mohammed bin salman", "john f. kennedy") open with the letters
 * of key ("mbs", "jfk"), one each, three words or more? */
static bool initials_of(const char *key, const char *name)
{
    size_t n = 0;
    for (const char *w = name; *w;) {
        if (!key[n] || *w != key[n]) {
            return false;
        }
        n++;
        w += strcspn(w, " ");
        w += *w == ' ';
    }
    return n >= 3 && !key[n];
}

/* The first mention of entity e (the mentions' count when it has none). */
static size_t first_of(const ctx *c, uint32_t e)
{
    for (size_t mi = 0; mi < c->ms->n; mi++) {
        if (c->de->of_mention[mi] == e) {
            return mi;
        }
    }
    return c->ms->n;
}

/* The last mention of entity e (the mentions' count when it has none). */
static size_t last_of(const ctx *c, uint32_t e)
{
    for (size_t mi = c->ms->n; mi-- > 0;) {
        if (c->de->of_mention[mi] == e) {
            return mi;
        }
    }
    return c->ms->n;
}

/* (4c) Initials in capitals ("MBS", "AMLO", "JFK", a person the recognizer often takes for
 * an organization) are the one person of the article whose name of three words or more they
 * spell, named before them; a listed name ("IMF") or two such persons leave them alone. */
static void person_initials(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        eg_local_entity *pe = &out->ents[e];
        size_t kl = strlen(pe->key);
        if (pe->merged_into != NONE || pe->label_fixed || kl < 3 || kl > 5 ||
            (pe->type != EG_ORGANIZATION && pe->type != EG_PERSON) || !all_caps_entity(pe) ||
            strspn(pe->key, "abcdefghijklmnopqrstuvwxyz") != kl) {
            continue;
        }
        uint32_t hit = NONE;
        size_t nhits = 0;
        for (size_t f = 0; f < out->n; f++) {
            const eg_local_entity *fe = &out->ents[f];
            if (f != e && fe->type == EG_PERSON && fe->merged_into == NONE &&
                initials_of(pe->key, fe->key)) {
                hit = (uint32_t)f;
                nhits++;
            }
        }
        if (nhits != 1 || first_of(c, hit) > first_of(c, (uint32_t)e)) {
            continue; /* the name comes first: "PCW" of the agency, then its founder */
        }
        pe->type = EG_PERSON;
        merge(out, (uint32_t)e, hit);
        set_why_entity(c, (uint32_t)e, EG_RULE_PERSON_INITIALS, out->ents[hit].key);
    }
}

/* Does surface s open with a surface of entity a and a space? */
static bool opens_with(const eg_local_entity *a, const char *s)
{
    for (size_t i = 0; i < a->nsurf; i++) {
        size_t n = strlen(a->surf[i].text);
        if (strncmp(s, a->surf[i].text, n) == 0 && s[n] == ' ') {
            return true;
        }
    }
    return false;
}

/* Does a surface of a open a surface of b, a space after it ("Sri Mulyani" of "Sri Mulyani
 * Indrawati"; not "Janet Jackson" of "Janet Jackson-style")? */
static bool opens_surface(const eg_local_entity *a, const eg_local_entity *b)
{
    for (size_t j = 0; j < b->nsurf; j++) {
        if (opens_with(a, b->surf[j].text)) {
            return true;
        }
    }
    return false;
}

/* Is a surface of a, of two words or more, inside a surface of b, words before it and after
 * it ("Evo Morales" of "Juan Evo Morales Ayma"; not a tail, "Lula da Silva", which other
 * rules take)? */
static bool inside_surface(const eg_local_entity *a, const eg_local_entity *b)
{
    for (size_t i = 0; i < a->nsurf; i++) {
        const char *t = a->surf[i].text;
        size_t n = strlen(t);
        for (size_t j = 0; j < b->nsurf; j++) {
            for (const char *p = strstr(b->surf[j].text, t); p; p = strstr(p + 1, t)) {
                if (p > b->surf[j].text && p[-1] == ' ' && p[n] == ' ') {
                    return true;
                }
            }
        }
    }
    return false;
}

/* Is key a key b without words after its first ("omar al bashir" of "omar hassan ahmad al
 * bashir"): the same first word, the rest of a the end of b? */
static bool without_middle(const char *a, const char *b)
{
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    if (!sa || !sb || sa - a != sb - b || memcmp(a, b, (size_t)(sa - a)) != 0) {
        return false;
    }
    size_t ra = strlen(sa), rb = strlen(sb);
    return rb > ra && strcmp(sb + rb - ra, sa) == 0; /* sa opens with its space */
}

/* Are the words only a generational suffix ("jr.", "iii")? */
static bool generational_rest(const char *w)
{
    return eg_name_suffix(w, strlen(w), true);
}

/* Does another person of the article, named in full, share the surname of person f, named
 * in full ("Thaksin Shinawatra" beside "Paetongtarn Shinawatra")? */
static bool family_name(const eg_doc_entities *out, uint32_t f)
{
    const char *ks = strrchr(out->ents[f].key, ' ');
    if (!ks || generational_rest(ks + 1)) {
        return false;
    }
    for (size_t g = 0; g < out->n; g++) {
        const eg_local_entity *ge = &out->ents[g];
        const char *gs = strrchr(ge->key, ' ');
        if (g != f && ge->type == EG_PERSON && gs && strcmp(gs, ks) == 0 &&
            find(out, (uint32_t)g) != find(out, f)) {
            return true;
        }
    }
    return false;
}

/* Does mention i not open with entity e's words? */
static bool opens_not(const ctx *c, size_t i, uint32_t e)
{
    return !opens_with(&c->de->ents[e], c->ms->v[i].surface);
}

/* Is entity e named in a sentence that names entity f (its root) too, by a name that does not
 * open with e's? "Suu Kyi, the daughter of independence hero Aung San": two people, not one
 * named twice (as in "Ismail Sabri bin Yaakob has kept borders shut, though Ismail Sabri
 * opened a lane"). */
static bool named_beside(const ctx *c, uint32_t e, uint32_t f)
{
    return named_with(c, e, false, f, opens_not);
}

/* One more name found (entity g): count it when its entity is not that of the last found. */
static void note_hit(const eg_doc_entities *out, uint32_t g, uint32_t *hit, size_t *nhits)
{
    if (*nhits == 0 || find(out, g) != find(out, *hit)) {
        (*nhits)++;
    }
    *hit = g;
}

/* (4g) A person named by the first words of a longer name the article gives in full ("Sri
 * Mulyani" after "Sri Mulyani Indrawati", "Andres Manuel" after "Andres Manuel Lopez
 * Obrador"): two words or more, not ending in a given name ("Juan Carlos"), of exactly one
 * longer name, which adds more than a generational suffix ("Donald Trump Jr."). One word
 * opens the name of one of a family the article names, whom their surname cannot tell apart
 * ("Paetongtarn" of Paetongtarn Shinawatra beside Thaksin Shinawatra, "Hunter" of Hunter
 * Biden beside Joe Biden). So do inner words of the name, two or more ("Evo Morales" of Juan
 * Evo Morales Ayma), and its first word with its last ones ("Omar al-Bashir" of Omar Hassan
 * Ahmad al-Bashir). Never when the two are named in one sentence ("Suu Kyi, the daughter of
 * Aung San"). */
static void name_openings(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        const eg_local_entity *pe = &out->ents[e];
        if (pe->merged_into != NONE || pe->type != EG_PERSON) {
            continue;
        }
        size_t n = strlen(pe->key);
        bool one = strchr(pe->key, ' ') == NULL;
        const char *lw = one ? pe->key : strrchr(pe->key, ' ') + 1;
        if (one ? all_caps_entity(pe) : alias_given_name_word(lw, strlen(lw))) {
            continue; /* "Juan Carlos" is the king, not Juan Carlos Ferrero; "DJ" */
        }
        uint32_t hit = NONE;
        size_t nhits = 0;
        for (size_t f = 0; f < out->n; f++) {
            const eg_local_entity *fe = &out->ents[f];
            if (f == e || fe->type != EG_PERSON ||
                find(out, (uint32_t)f) == find(out, (uint32_t)e)) {
                continue;
            }
            bool opening = strncmp(fe->key, pe->key, n) == 0 && fe->key[n] == ' ' &&
                           opens_surface(pe, fe) && !generational_rest(fe->key + n + 1);
            if (!opening && (one || ((!strstr(fe->key, pe->key) || !inside_surface(pe, fe)) &&
                                     !without_middle(pe->key, fe->key)))) {
                continue; /* "Janet Jackson-style"; "Donald Trump Jr." is the son */
            }
            note_hit(out, (uint32_t)f, &hit, &nhits);
        }
        if (nhits == 1 && (!one || family_name(out, hit)) &&
            !named_beside(c, find(out, (uint32_t)e), find(out, hit))) {
            hit = find(out, hit);
            merge(out, (uint32_t)e, hit);
            set_why_entity(c, (uint32_t)e, EG_RULE_PARTIAL_NAME, out->ents[hit].key);
        }
    }
}

/* (4h) A person named with the short form of a given name ("Chris Gent", "Bob Eaton") is the
 * one person of the article named with the formal form and the same other words, or with
 * middle names besides ("Christopher Gent", "Robert J. Eaton"), unless the two are named in
 * one sentence; so is one whose given name, three letters or more, opens the other's, two
 * letters or more shorter, before the same other words ("Vas Narasimhan", "Vasant
 * Narasimhan"). */
static void short_given_names(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        const eg_local_entity *pe = &out->ents[e];
        const char *sp = strchr(pe->key, ' ');
        size_t gl = sp ? (size_t)(sp - pe->key) : 0;
        const char *f = sp ? alias_formal_given(pe->key, gl) : NULL;
        if (pe->merged_into != NONE || pe->type != EG_PERSON || !sp || (!f && gl < 3)) {
            continue;
        }
        eg_buf_reset(&c->key);
        if (f && (!eg_buf_puts(&c->key, f) || !eg_buf_puts(&c->key, sp))) {
            return; /* out of memory: the names stay apart */
        }
        uint32_t hit = NONE;
        size_t nhits = 0;
        for (size_t g = 0; g < out->n; g++) {
            const eg_local_entity *ge = &out->ents[g];
            if (ge->type != EG_PERSON || find(out, (uint32_t)g) == find(out, (uint32_t)e)) {
                continue;
            }
            const char *gs = strchr(ge->key, ' ');
            bool formal = f && (strcmp(ge->key, c->key.data) == 0 ||
                                without_middle(c->key.data, ge->key));
            /* or the given name's opening: "Vas Narasimhan" of Vasant Narasimhan */
            bool opening = !f && gs && (size_t)(gs - ge->key) >= gl + 2 &&
                           strncmp(ge->key, pe->key, gl) == 0 && strcmp(gs, sp) == 0;
            if (!formal && !opening) {
                continue;
            }
            note_hit(out, (uint32_t)g, &hit, &nhits);
        }
        if (nhits == 1 && !named_beside(c, find(out, (uint32_t)e), find(out, hit))) {
            hit = find(out, hit);
            merge(out, (uint32_t)e, hit);
            out->ents[e].other_name = true;
            set_why_entity(c, (uint32_t)e, EG_RULE_SHORT_GIVEN_NAME, out->ents[hit].key);
        }
    }
}

/* (4i) A person named with a nickname the article states ("Earvin Johnson, who has been
 * called Magic") and the surname is that person ("Magic Johnson"): two words, the first the
 * stated nickname, the last the surname of the one person it names. */
static void nickname_names(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        const eg_local_entity *pe = &out->ents[e];
        const char *sp = strchr(pe->key, ' ');
        if (pe->merged_into != NONE || pe->type != EG_PERSON || !sp || strchr(sp + 1, ' ')) {
            continue;
        }
        eg_buf_reset(&c->key);
        if (!eg_buf_append(&c->key, pe->key, (size_t)(sp - pe->key))) {
            return; /* out of memory: the names stay apart */
        }
        uint32_t nick = find_entity(out, EG_PERSON, c->key.data);
        if (nick == NONE || !out->ents[nick].other_name || find(out, nick) == nick) {
            continue; /* no nickname the article stated and joined to someone */
        }
        uint32_t r = find(out, nick);
        const char *rl = strrchr(out->ents[r].key, ' ');
        if (r != find(out, (uint32_t)e) && out->ents[r].type == EG_PERSON && rl &&
            strcmp(rl, sp) == 0) {
            merge(out, (uint32_t)e, r);
            set_why_entity(c, (uint32_t)e, EG_RULE_STATED_ALIAS, out->ents[r].key);
        }
    }
}

/* Is key b key a and then only words a company's full name adds to it ("marks and spencer
 * group", "hsbc holdings")? */
static bool group_name_of(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (strncmp(a, b, n) != 0 || b[n] != ' ') {
        return false;
    }
    for (const char *w = b + n + 1; *w;) {
        size_t wl = strcspn(w, " ");
        if (!((wl == 5 && strncmp(w, "group", 5) == 0) ||
              (wl == 8 && strncmp(w, "holdings", 8) == 0) ||
              (wl == 7 && strncmp(w, "holding", 7) == 0) ||
              (wl == 5 && strncmp(w, "lines", 5) == 0))) { /* "Korean Air Lines" */
            return false;
        }
        w += wl;
        w += *w == ' ';
    }
    return true;
}

/* (4f) An organization named in its article with and without "Group" or "Holdings" ("Marks &
 * Spencer Group Plc ... Marks and Spencer said") is one; in its article only, as other
 * articles' "X Group" may be a parent of their "X". */
static void group_names(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        const eg_local_entity *ae = &out->ents[e];
        if (ae->merged_into != NONE || ae->type != EG_ORGANIZATION || !strchr(ae->key, ' ')) {
            continue;
        }
        for (size_t f = 0; f < out->n; f++) {
            const eg_local_entity *fe = &out->ents[f];
            if (f != e && fe->type == EG_ORGANIZATION && fe->merged_into == NONE &&
                group_name_of(ae->key, fe->key)) {
                merge(out, (uint32_t)e, (uint32_t)f);
                set_why_entity(c, (uint32_t)e, EG_RULE_PARTIAL_NAME, fe->key);
                break;
            }
        }
    }
}

/* Is every surface of e an acronym ("NNPC", "BoE")? */
static bool acronym_entity_surfaces(const eg_local_entity *e)
{
    for (size_t i = 0; i < e->nsurf; i++) {
        const char *t = e->surf[i].text;
        if (!alias_is_acronym_word(t, strlen(t))) {
            return false;
        }
    }
    return e->nsurf > 0;
}

/* Does an acronym surface of a spell the initials of a surface of organization b, with or
 * without its legal forms ("KLM": Koninklijke Luchtvaart Maatschappij NV), or of its key
 * ("ICI": Imperial Chemical Industries Plc, without its legal form)? */
static bool spells_org(const eg_local_entity *a, const eg_local_entity *b)
{
    for (size_t i = 0; i < a->nsurf; i++) {
        const char *x = a->surf[i].text;
        if (strchr(b->key, ' ') && eg_alias_acronym_matches(x, strlen(x), b->key, strlen(b->key))) {
            return true;
        }
        for (size_t j = 0; j < b->nsurf; j++) {
            const char *y = b->surf[j].text;
            if (strchr(y, ' ') && (eg_alias_acronym_matches(x, strlen(x), y, strlen(y)) ||
                                   alias_acronym_bare(x, strlen(x), y, strlen(y)))) {
                return true;
            }
        }
    }
    return false;
}

/* (4e) An acronym the article uses without defining it ("The Nigerian National Petroleum
 * Corporation raised prices ... NNPC officials said", "Bank of England ... BoE
 * policymakers") is the one organization of the article whose initials it spells, named
 * before it or before its later uses ("ICI to buy Stauffer" heading "Imperial Chemical
 * Industries Plc <ICI> said"); two such, a listed acronym, or the acronym only before the name
 * leave it alone. In its article
 * only: undefined acronyms are too short to follow across a corpus. */
static void org_initials(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n && out->n <= EG_MAX_PARTIAL_SCAN; e++) {
        const eg_local_entity *ae = &out->ents[e];
        if (ae->merged_into != NONE || ae->label_fixed || ae->type != EG_ORGANIZATION ||
            strlen(ae->key) < 3 || !acronym_entity_surfaces(ae)) {
            /* two letters ("EC": the Community or its Commission?) are too few */
            continue;
        }
        uint32_t hit = NONE;
        size_t nhits = 0;
        for (size_t f = 0; f < out->n; f++) {
            const eg_local_entity *fe = &out->ents[f];
            if (f != e && fe->type == EG_ORGANIZATION && fe->merged_into == NONE &&
                spells_org(ae, fe)) {
                if (hit != NONE && group_name_of(out->ents[hit].key, fe->key)) {
                    continue; /* "Marks & Spencer" and "Marks & Spencer Group Plc": one */
                }
                if (hit == NONE || !group_name_of(fe->key, out->ents[hit].key)) {
                    nhits++;
                }
                hit = (uint32_t)f;
            }
        }
        if (nhits != 1 || last_of(c, (uint32_t)e) < first_of(c, hit)) {
            continue; /* the acronym only before the name: not said to be its */
        }
        merge(out, (uint32_t)e, hit);
        set_why_entity(c, (uint32_t)e, EG_RULE_ACRONYM, out->ents[hit].key);
    }
}

/* Is `word` (a key of one word) a word of one of e's surfaces, in any case ("Congo" of
 * "Democratic Republic of Congo"; not of "Zaire")? */
static bool says_word(const eg_local_entity *e, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i < e->nsurf; i++) {
        const char *t = e->surf[i].text;
        for (const char *p = t; *p; p++) {
            if ((p == t || !eg_is_alpha((unsigned char)p[-1])) && strncasecmp(p, word, n) == 0 &&
                !eg_is_alpha((unsigned char)p[n])) {
                return true;
            }
        }
    }
    return false;
}

/* Is entity e named in a sentence before entity f, by f's name, not its demonym ("buyers in
 * Congo ... and in DR Congo": the writer told the two apart; not "Samsung of South Korea ...
 * launched in Korea", nor "South Korean minister Rha said that Korea would")? (Mentions after
 * the first EG_MAX_PARTIAL_SCAN are not looked at.) */
static bool named_before(const ctx *c, uint32_t e, uint32_t f)
{
    const eg_mentions *ms = c->ms;
    for (size_t i = 0; i < ms->n && i < EG_MAX_PARTIAL_SCAN; i++) {
        if (find(c->de, c->de->of_mention[i]) != e) {
            continue;
        }
        for (size_t j = i + 1; j < ms->n && j < EG_MAX_PARTIAL_SCAN; j++) {
            if (ms->v[j].sent == ms->v[i].sent && !ms->v[j].demonym &&
                find(c->de, c->de->of_mention[j]) == f) {
                return true;
            }
        }
    }
    return false;
}

/* (4d) A name two countries share, which no list gives either ("Korea", "Congo"), is the one
 * of them the article names with it ("Korea's exports" beside "South Korea", "Congo's
 * president" beside "Democratic Republic of Congo"; not beside "Zaire", which a 1987 article
 * lists with Congo); beside both, or neither, or before it in one sentence ("buyers in Congo
 * and in DR Congo": the other; "Congo" after it too), it stays a place. So is their demonym
 * ("Korean", "Congolese"), which is no mention when the article does not tell. */
static void shared_country_names(ctx *c)
{
    /* the key, the word the article writes in the country's name, the two countries */
    static const char *const shared[][5] = {
        {"korea", "korea", "South Korea", "North Korea", "korean"},
        {"korean", "korea", "South Korea", "North Korea", "korean"},
        {"koreans", "korea", "South Korea", "North Korea", "korean"},
        {"congo", "congo", "Democratic Republic of the Congo", "Republic of the Congo",
         "congolese"},
        {"congolese", "congo", "Democratic Republic of the Congo", "Republic of the Congo",
         "congolese"},
    };
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n; e++) {
        eg_local_entity *pe = &out->ents[e];
        /* a place, or a "person" the model saw in it ("Korea brings the technology") */
        if (pe->merged_into != NONE || pe->label_fixed ||
            (pe->type != EG_LOCATION && pe->type != EG_COUNTRY && pe->type != EG_PERSON)) {
            continue;
        }
        for (size_t k = 0; k < EG_ARRAY_LEN(shared); k++) {
            if (strcmp(pe->key, shared[k][0]) != 0) {
                continue;
            }
            uint32_t hit = NONE;
            bool both = false;
            for (size_t f = 0; f < out->n; f++) {
                const eg_local_entity *fe = &out->ents[f];
                if (f == e || fe->merged_into != NONE || fe->type != EG_COUNTRY || !fe->label ||
                    (strcmp(fe->label, shared[k][2]) != 0 &&
                     strcmp(fe->label, shared[k][3]) != 0) ||
                    !(says_word(fe, shared[k][1]) || says_word(fe, shared[k][4]))) {
                    continue; /* "South Korea", or "South Korean" */
                }
                both = both || (hit != NONE && strcmp(out->ents[hit].label, fe->label) != 0);
                hit = hit == NONE ? (uint32_t)f : hit;
            }
            bool dem = strcmp(pe->key, shared[k][1]) != 0; /* "Korean" */
            /* "Congo" after the other's long name in one sentence is the other one too
             * ("cobalt in the Democratic Republic of Congo and an office in neighbouring
             * Congo"), where "Korea" after "South Korea" is South Korea ("Samsung of South
             * Korea ... launched in Korea") */
            bool congo = strcmp(shared[k][1], "congo") == 0;
            if (hit != NONE && !dem &&
                (named_before(c, (uint32_t)e, hit) ||
                 (congo && named_before(c, hit, (uint32_t)e)))) {
                break; /* "buyers in Congo ... and in DR Congo": the other one, or not told */
            }
            if (hit != NONE && !both) {
                pe->type = EG_COUNTRY;
                merge(out, (uint32_t)e, hit);
                set_why_entity(c, (uint32_t)e, dem ? EG_RULE_DEMONYM : EG_RULE_COUNTRY_LIST,
                               out->ents[hit].label);
            } else if (dem) {
                pe->dropped = true; /* which Korea, the article does not say */
                c->dropped = true;
            }
        }
    }
}

/* Fold surfaces and counts into the roots, point mentions at them, then pick labels. */
static eg_status fold_and_label(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n; e++) {
        uint32_t r = find(out, (uint32_t)e);
        if (r == e) {
            continue;
        }
        eg_local_entity *src = &out->ents[e], *dst = &out->ents[r];
        for (size_t s = 0; s < src->nsurf; s++) {
            for (uint32_t k = 0; k < src->surf[s].count; k++) {
                if (add_surface(dst, src->surf[s].text) != EG_OK) {
                    return EG_ERR_NOMEM;
                }
            }
        }
        dst->mentions += src->mentions;
    }
    for (size_t i = 0; i < c->ms->n; i++) {
        out->of_mention[i] = find(out, out->of_mention[i]);
    }
    for (size_t e = 0; e < out->n; e++) {
        if (out->ents[e].merged_into == NONE) {
            choose_label(&out->ents[e]);
            if (!out->ents[e].label) {
                return EG_ERR_NOMEM;
            }
        }
    }
    return EG_OK;
}

/* A person named in full and called by an inner word of the name ("Lula" for Luiz Inacio Lula
 * da Silva, "Ortiz" for Antonio Ortiz Mena): a partial link, which other articles may use
 * (eg_alias_partials decides). The surname needs none, lone surnames have their rule; a first
 * word used alone is a given name as often as a name ("Jamie", "Gareth"), so it gives none. */
static eg_status partial_links(ctx *c)
{
    eg_doc_entities *out = c->de;
    for (size_t e = 0; e < out->n; e++) {
        const eg_local_entity *pe = &out->ents[e];
        if (pe->merged_into != NONE || pe->type != EG_PERSON || alias_count_words(pe->key) < 2) {
            continue;
        }
        for (size_t s = 0; s < pe->nsurf; s++) {
            const char *t = pe->surf[s].text;
            if (strchr(t, ' ')) {
                continue; /* the cheap test first: a word alone */
            }
            if (!eg_gaz_key(&c->key, t, strlen(t))) {
                return EG_ERR_NOMEM;
            }
            if (!eg_alias_inner_word(c->key.data, pe->key)) {
                continue;
            }
            eg_status st = add_link(out, EG_LINK_PARTIAL, EG_PERSON, c->key.data, pe->key, NULL);
            if (st != EG_OK) {
                return st;
            }
        }
    }
    return EG_OK;
}

/* Keys a and b of as many words, equal but for one word after the first, which differs by one
 * or two letters in a word of five or more ("taras savchuk", "taras savchak")? */
static bool one_word_apart(const char *a, const char *b)
{
    size_t diff = 0, words = 0;
    while (*a && *b) {
        size_t n = strcspn(a, " "), m = strcspn(b, " ");
        if (n != m || memcmp(a, b, n) != 0) {
            bool near = n >= 5 && m >= 5 && n <= m + 2 && m <= n + 2;
            unsigned d = near ? eg_alias_edit_distance(a, n, b, m, 2) : 3;
            if (words == 0 || d > 2 || ++diff > 1) {
                return false;
            }
        }
        words++;
        a += n;
        b += m;
        a += *a == ' ';
        b += *b == ' ';
    }
    return !*a && !*b && diff == 1;
}

typedef struct apart_key {
    const char *key;
    uint32_t mentions;
    bool disowned; /* after "not related to" */
} apart_key;

static int cmp_apart_key(const void *x, const void *y)
{
    const apart_key *a = x, *b = y;
    return strcmp(a->key, b->key);
}

/* Does the text before byte `at` end in words that disown the name there ("is not related to
 * Petros Kalogeras", "no relation to", "not to be confused with")? */
static bool disowned_at(const char *text, size_t at)
{
    static const char *const disowning[] = {"not related to ", "no relation to ",
                                            "not to be confused with "};
    for (size_t q = 0; q < EG_ARRAY_LEN(disowning); q++) {
        size_t n = strlen(disowning[q]);
        if (at >= n && strncmp(text + at - n, disowning[q], n) == 0) {
            return true;
        }
    }
    return false;
}

/* Two people one article names apart though their names differ by a letter or two: a link
 * that keeps them two entities in every article, where the misspelling rules would take one
 * for the other's misspelling. Either each is named twice or more, neither more than twice as
 * often as the other ("Taras Savchuk, head of the port administration ... Savchuk said" and
 * "lawmaker Taras Savchak ... Savchak said"), or the article says one is not the other ("He
 * is not related to Petros Kalogeras"). A name written once beside another, or much less
 * often, is more likely a slip ("Kenjiro Ohtsuki ... Kenjiro Ostuki will stay on"; Hans
 * Christian Andersen five times, Anderson twice), and firms' names are, that an article keeps
 * apart ("Nordlys Telekom", "Nordlys Telecom Sverige AB"). Names are compared within runs of
 * one first word, each with the 256 after it in key order, and an article gives at most 32
 * such links (one of thousands of look-alike names stays cheap, and so does every union
 * across articles that checks them). */
static eg_status apart_links(ctx *c)
{
    eg_doc_entities *de = c->de;
    apart_key *k = malloc((de->n ? de->n : 1) * sizeof *k);
    bool *dis = calloc(de->n ? de->n : 1, sizeof *dis);
    if (!k || !dis) {
        free(k);
        free(dis);
        return EG_ERR_NOMEM;
    }
    for (size_t i = 0; i < c->ms->n && i < de->nmentions; i++) {
        uint32_t e = de->of_mention[i];
        if (e < de->n && c->ms->v[i].type == EG_PERSON &&
            disowned_at(c->doc->text, c->ms->v[i].start)) {
            dis[find(de, e)] = true;
        }
    }
    size_t n = 0;
    for (size_t e = 0; e < de->n; e++) {
        const eg_local_entity *pe = &de->ents[e];
        if (pe->merged_into == NONE && !pe->dropped && pe->type == EG_PERSON &&
            strchr(pe->key, ' ')) {
            k[n++] = (apart_key){pe->key, pe->mentions, dis[e]};
        }
    }
    eg_sort(k, n, sizeof *k, cmp_apart_key);
    eg_status st = EG_OK;
    size_t links = 0;
    for (size_t i = 0; i < n && st == EG_OK && links < 32; i++) {
        size_t first = strcspn(k[i].key, " ");
        for (size_t j = i + 1; j < n && j <= i + 256 && st == EG_OK && links < 32; j++) {
            if (strncmp(k[i].key, k[j].key, first + 1) != 0) {
                break;
            }
            uint32_t lo = k[i].mentions < k[j].mentions ? k[i].mentions : k[j].mentions;
            uint32_t hi = k[i].mentions ^ k[j].mentions ^ lo;
            if (((lo >= 2 && hi <= 2 * lo) || k[i].disowned || k[j].disowned) &&
                one_word_apart(k[i].key, k[j].key)) {
                st = add_link(de, EG_LINK_APART, EG_PERSON, k[i].key, k[j].key, NULL);
                links++;
            }
        }
    }
    free(k);
    free(dis);
    return st;
}

eg_status eg_alias_doc(const eg_doc *doc, eg_mentions *ms, bool explain,
                       const eg_aliasfile *af, eg_doc_entities *out, eg_error *err)
{
    memset(out, 0, sizeof *out);
    out->af = af;
    ctx c = {.doc = doc, .ms = ms, .de = out, .explain = explain};
    uint32_t stated[64][3];
    size_t nstated = 0;
    /* stated aliases first: they may add mentions */
    eg_status st = stated_first(&c, stated, &nstated, 64);
    if (st == EG_OK) {
        out->nmentions = ms->n;
        out->of_mention = calloc(ms->n ? ms->n : 1, sizeof *out->of_mention);
        out->rule = calloc(ms->n ? ms->n : 1, sizeof *out->rule);
        out->why = calloc(ms->n ? ms->n : 1, sizeof *out->why);
        st = out->of_mention && out->rule && out->why ? EG_OK : EG_ERR_NOMEM;
    }
    /* (1) exact keys, after the majority type of each surface and the article's own
     * definitions of listed acronyms */
    if (st == EG_OK) {
        blend_types(&c);
    }
    if (st == EG_OK) {
        c.placed = calloc(ms->n ? ms->n : 1, sizeof *c.placed);
        st = c.placed ? EG_OK : EG_ERR_NOMEM;
    }
    st = st == EG_OK ? vote_types(doc, ms, c.placed) : st;
    st = st == EG_OK ? firm_places(&c) : st;
    if (st == EG_OK) {
        redefined_acronyms(&c);
    }
    for (size_t i = 0; st == EG_OK && i < ms->n; i++) {
        st = exact_key(&c, i);
    }
    /* (2) acronyms, (3) stated aliases, (4)-(5) partial names and misspellings */
    st = st == EG_OK ? acronyms(&c) : st;
    st = st == EG_OK ? apply_stated(&c, (const uint32_t(*)[3])stated, nstated) : st;
    if (st == EG_OK) {
        short_given_names(&c); /* before partial names: "Gent" alone has one full name */
        nickname_names(&c);
    }
    st = st == EG_OK ? partial_names(&c) : st;
    free(c.placed); /* mentions may go from here on (generic_words) */
    c.placed = NULL;
    if (st == EG_OK) {
        initial_names(&c);
        person_initials(&c);
        org_initials(&c);
        group_names(&c);
        name_openings(&c);
        shared_country_names(&c);
    }
    st = st == EG_OK ? generic_words(&c) : st;
    st = st == EG_OK ? fold_and_label(&c) : st;
    st = st == EG_OK ? partial_links(&c) : st;
    st = st == EG_OK ? root_links(out) : st;
    st = st == EG_OK ? alias_qualify_bodies(doc, ms, out) : st;
    st = st == EG_OK ? apart_links(&c) : st;
    eg_buf_fini(&c.key);
    if (st == EG_OK) {
        return EG_OK;
    }
    eg_doc_entities_fini(out);
    return eg_error_set(err, st, "out of memory resolving aliases");
}
