/*
 * gazetteer.c - the closed lists compiled into the library (the .tsv and .txt files in data/).
 *
 * Tables, built once by eg_gazetteer_default() under pthread_once and immutable afterwards:
 *   entries    canonical names (countries, organizations, places) with kind and acronym
 *   phrases    normalized key -> entry (| EG_DEMONYM_BIT for demonyms); country keys are
 *              inserted first and are never overwritten, so no list can shadow a country
 *   acronyms   exact upper-case spelling -> entry: "WHO", "IS" and "AU" match only when
 *              written in capitals, never the words "who", "is" or "Au"
 *   words      normalized single word -> EG_GAZ_* flags
 * Keys are eg_gaz_key() forms: lowercase, diacritics stripped, curly apostrophes straightened,
 * possessive dropped, whitespace collapsed.
 */
#include "gazetteer.h"
#include "phrases.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#define EG_DEMONYM_BIT 0x80000000u
#define EG_MAX_PHRASE_WORDS 8

extern const char eg_data_countries[], eg_data_countries_end[];
extern const char eg_data_organizations[], eg_data_organizations_end[];
extern const char eg_data_locations[], eg_data_locations_end[];
extern const char eg_data_given_names[], eg_data_given_names_end[];
extern const char eg_data_titles[], eg_data_titles_end[];
extern const char eg_data_org_words[], eg_data_org_words_end[];

struct eg_gazetteer {
    eg_gaz_entry *entries;
    size_t nentries, cap;
    eg_strmap phrases;
    eg_strmap acronyms;
    eg_strmap words; /* while loading; emptied once wtab holds its flags */
    struct word_slot *wtab; /* the words' flags by key hash (word_table), or NULL: use words */
    size_t wmask;
    char *strings; /* one arena holding every canonical name and acronym */
    size_t strings_len, strings_cap;
    bool flagless; /* while loading rows for resolution only: EG_GAZ_ALIAS(_PART) flags */
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static eg_gazetteer *deflt;

/* ---- keys -------------------------------------------------------------------------------- */

static bool key_finish(eg_buf *out)
{
    /* drop a trailing possessive and trailing spaces */
    while (out->len && out->data[out->len - 1] == ' ') {
        out->len--;
    }
    if (out->len >= 2 && out->data[out->len - 1] == 's' && out->data[out->len - 2] == '\'') {
        out->len -= 2;
    } else if (out->len >= 2 && out->data[out->len - 1] == '\'' &&
               out->data[out->len - 2] == 's') {
        out->len -= 1;
    }
    while (out->len && out->data[out->len - 1] == ' ') {
        out->len--;
    }
    /* the Arabic article as English writes it either way: "el-Sisi" is "al-Sisi", and inside
     * a name "Al Nuaimi" is "Al-Nuaimi" ("Al Gore" opens with a given name) */
    for (size_t i = 0; i + 3 < out->len; i++) {
        /* both forms have an 'l' at i + 1: skip to the next one ("el-", " al ") */
        const char *l = memchr(out->data + i + 1, 'l', out->len - i - 3);
        if (!l) {
            break;
        }
        i = (size_t)(l - out->data) - 1;
        if ((i == 0 || out->data[i - 1] == ' ') && out->data[i] == 'e' &&
            out->data[i + 1] == 'l' && out->data[i + 2] == '-') {
            out->data[i] = 'a';
        }
        if (i > 0 && out->data[i - 1] == ' ' && out->data[i] == 'a' && out->data[i + 1] == 'l' &&
            out->data[i + 2] == ' ' && eg_is_alpha((unsigned char)out->data[i + 3])) {
            out->data[i + 2] = '-';
        }
    }
    if (out->data) {
        out->data[out->len] = '\0';
    }
    return true;
}

/* Letters that Unicode does not decompose into a base letter and a mark, as English text
 * writes them: "Kılıçdaroğlu" is "Kilicdaroglu", "Wałęsa" "Walesa", "Søren" "Soren", "Əliyev"
 * "Aliyev". Only the case-folded forms come here. */
const char *eg_gaz_plain_letter(int32_t cp)
{
    switch (cp) {
    case 0x131: /* dotless i */
        return "i";
    case 0x142: /* l with stroke */
        return "l";
    case 0xF8: /* o with stroke */
        return "o";
    case 0x111: /* d with stroke */
    case 0xF0:  /* eth */
        return "d";
    case 0xE6:
        return "ae";
    case 0x153:
        return "oe";
    case 0xFE: /* thorn */
        return "th";
    case 0x127: /* h with stroke */
        return "h";
    case 0x259: /* schwa: Azerbaijani "Məmmədov" is "Mammadov" */
        return "a";
    default:
        return NULL;
    }
}

static bool gaz_key(eg_buf *out, const char *s, size_t n)
{
    eg_buf_reset(out);
    bool ascii = eg_is_ascii(s, n);
    bool space = false;
    if (ascii) {
        /* the key is never longer than s: room for it all at once, then bytes written */
        if (!eg_grow((void **)&out->data, &out->cap, n + 1, 1)) {
            return false;
        }
        char *d = out->data;
        size_t len = 0;
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = len > 0;
                continue;
            }
            if (space) {
                d[len++] = ' ';
            }
            space = false;
            d[len++] = (char)eg_to_lower((unsigned char)c);
        }
        out->len = len;
        d[len] = '\0';
        return key_finish(out);
    }
    if (!eg_buf_puts(out, "")) {
        return false;
    }
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
                                      UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                          UTF8PROC_CASEFOLD);
    if (r < 0) {
        /* not valid UTF-8: fall back to bytes */
        for (size_t i = 0; i < n; i++) {
            if (!eg_buf_putc(out, (char)eg_to_lower((unsigned char)s[i]))) {
                return false;
            }
        }
        return key_finish(out);
    }
    const unsigned char *p = folded;
    size_t len = (size_t)r;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = eg_utf8_decode(p + i, len - i, &cp);
        i += k;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0) {
            space = out->len > 0;
            continue;
        }
        if (space && !eg_buf_putc(out, ' ')) {
            free(folded);
            return false;
        }
        space = false;
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
            cp = '\'';
        } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013) {
            cp = '-';
        }
        char enc[4];
        const char *plain = eg_gaz_plain_letter(cp);
        size_t el = plain ? strlen(plain) : eg_utf8_encode(cp, enc);
        if (!eg_buf_append(out, plain ? plain : enc, el)) {
            free(folded);
            return false;
        }
    }
    free(folded);
    return key_finish(out);
}

bool eg_gaz_key(eg_buf *out, const char *s, size_t n)
{
    if (!gaz_key(out, s, n)) {
        eg_buf_fini(out);
        return false;
    }
    return true;
}

/* ---- building ---------------------------------------------------------------------------- */

static const char *intern(eg_gazetteer *g, const char *s, size_t n)
{
    /* arena offsets are stable only after all inserts; we store offsets then fix up */
    if (!eg_grow((void **)&g->strings, &g->strings_cap, g->strings_len + n + 1, 1)) {
        return NULL;
    }
    size_t off = g->strings_len;
    memcpy(g->strings + off, s, n);
    g->strings[off + n] = '\0';
    g->strings_len += n + 1;
    return (const char *)(uintptr_t)(off + 1); /* offset + 1; 0 stays NULL */
}

static int32_t add_entry(eg_gazetteer *g, const char *name, size_t n, const char *acr,
                         size_t acr_n, eg_gaz_kind kind)
{
    if (!EG_GROW(g->entries, g->cap, g->nentries + 1)) {
        return -1;
    }
    const char *c = intern(g, name, n);
    const char *a = acr_n ? intern(g, acr, acr_n) : NULL;
    if (!c || (acr_n && !a)) {
        return -1;
    }
    g->entries[g->nentries] = (eg_gaz_entry){c, a, kind, g->flagless, -1};
    return (int32_t)g->nentries++;
}

static bool all_caps(const char *s, size_t n)
{
    size_t up = 0;
    for (size_t i = 0; i < n; i++) {
        if (eg_is_lower((unsigned char)s[i])) {
            return false;
        }
        up += eg_is_upper((unsigned char)s[i]);
    }
    return up >= 1 && n <= 8;
}

static bool add_word_flags(eg_gazetteer *g, const char *key, size_t n, uint32_t flags)
{
    if (g->flagless) {
        flags = flags == EG_GAZ_PART ? EG_GAZ_ALIAS_PART : EG_GAZ_ALIAS;
    }
    uint32_t old = eg_strmap_get(&g->words, key, n, 0);
    return eg_strmap_put(&g->words, key, n, old | flags);
}

/* Register a name (or acronym) for entry e. */
static bool add_phrase(eg_gazetteer *g, eg_buf *key, const char *s, size_t n, int32_t e,
                       bool demonym, uint32_t single_flag)
{
    if (n == 0) {
        return true;
    }
    if (all_caps(s, n) && !memchr(s, ' ', n)) {
        /* acronyms match only as written (with or without periods) */
        if (!eg_strmap_has(&g->acronyms, s, n) &&
            !eg_strmap_put(&g->acronyms, s, n, (uint32_t)e | (demonym ? EG_DEMONYM_BIT : 0))) {
            return false;
        }
        if (!eg_gaz_key(key, s, n)) {
            return false;
        }
        return add_word_flags(g, key->data, key->len, single_flag);
    }
    if (!eg_gaz_key(key, s, n)) {
        return false;
    }
    uint32_t v = (uint32_t)e | (demonym ? EG_DEMONYM_BIT : 0);
    if (!eg_strmap_has(&g->phrases, key->data, key->len) &&
        !eg_strmap_put(&g->phrases, key->data, key->len, v)) {
        return false;
    }
    if (!memchr(key->data, ' ', key->len)) {
        return add_word_flags(g, key->data, key->len, single_flag);
    }
    /* every word of a multi-word name is a part */
    const char *p = key->data;
    while (*p) {
        const char *q = strchr(p, ' ');
        size_t wl = q ? (size_t)(q - p) : strlen(p);
        if (!add_word_flags(g, p, wl, EG_GAZ_PART)) {
            return false;
        }
        p = q ? q + 1 : p + wl;
    }
    return true;
}

/* Iterate the lines of an embedded file, skipping comments and blank lines. */
typedef struct lines {
    const char *p, *end;
} lines;

static bool next_line(lines *it, const char **s, size_t *n)
{
    while (it->p < it->end) {
        const char *e = memchr(it->p, '\n', (size_t)(it->end - it->p));
        if (!e) {
            e = it->end;
        }
        const char *l = it->p;
        it->p = e < it->end ? e + 1 : e;
        size_t len = (size_t)(e - l);
        if (len && l[len - 1] == '\r') {
            len--;
        }
        if (len == 0 || l[0] == '#') {
            continue;
        }
        *s = l;
        *n = len;
        return true;
    }
    return false;
}

/* Field k (tab-separated) of a line. */
static bool field(const char *s, size_t n, int k, const char **f, size_t *fn)
{
    const char *p = s, *end = s + n;
    for (int i = 0; i < k; i++) {
        const char *t = memchr(p, '\t', (size_t)(end - p));
        if (!t) {
            *f = end;
            *fn = 0;
            return false;
        }
        p = t + 1;
    }
    const char *t = memchr(p, '\t', (size_t)(end - p));
    *f = p;
    *fn = (size_t)((t ? t : end) - p);
    return true;
}

/* Call add_phrase for each '|'-separated item. */
static bool add_list(eg_gazetteer *g, eg_buf *key, const char *s, size_t n, int32_t e,
                     bool demonym, uint32_t flag)
{
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *q = memchr(p, '|', (size_t)(end - p));
        if (!q) {
            q = end;
        }
        if (q > p && !add_phrase(g, key, p, (size_t)(q - p), e, demonym, flag)) {
            return false;
        }
        p = q + 1;
    }
    return true;
}

static int32_t decode(uint32_t v, bool *is_demonym);

static bool load_entities(eg_gazetteer *g, eg_buf *key, const char *data, const char *end,
                          eg_gaz_kind kind)
{
    lines it = {data, end};
    const char *l;
    size_t n;
    uint32_t flag = kind == EG_GAZK_COUNTRY ? EG_GAZ_COUNTRY
                    : kind == EG_GAZK_ORG   ? EG_GAZ_ORG
                                            : EG_GAZ_LOCATION;
    while (next_line(&it, &l, &n)) {
        const char *name, *f1, *f2;
        size_t nn, n1, n2;
        field(l, n, 0, &name, &nn);
        field(l, n, 1, &f1, &n1);
        field(l, n, 2, &f2, &n2);
        const char *acr = kind == EG_GAZK_ORG ? f1 : NULL;
        size_t acr_n = kind == EG_GAZK_ORG ? n1 : 0;
        /* political parties, and rows of kind "aliases" (more names of an organization of
         * a row above: "VW" for Volkswagen, the same canonical name), name entities for
         * resolution only ("Tories" is the Conservative Party): their words carry only
         * EG_GAZ_ALIAS, which no tagger feature reads */
        const char *k3;
        size_t n3;
        g->flagless = kind == EG_GAZK_ORG && field(l, n, 3, &k3, &n3) &&
                      ((n3 == 5 && memcmp(k3, "party", 5) == 0) ||
                       (n3 == 7 && memcmp(k3, "aliases", 7) == 0));
        /* and places of kind "renamed", a city's names before and after ("Chattogram" and
         * "Chittagong", "Astana" and "Nur-Sultan"), added after the model was trained */
        g->flagless = g->flagless || (kind == EG_GAZK_LOCATION && field(l, n, 2, &k3, &n3) &&
                                      n3 == 7 && memcmp(k3, "renamed", 7) == 0);
        /* and countries of kind "aliases": more names of a country of a row above, or a
         * state of its time ("Yugoslavia"), added after the model was trained; more names of
         * a listed country are that country's entry ("U.S" of the United States) */
        bool more = kind == EG_GAZK_COUNTRY && field(l, n, 3, &k3, &n3) && n3 == 7 &&
                    memcmp(k3, "aliases", 7) == 0;
        g->flagless = g->flagless || more;
        int32_t e = -1;
        if (more) {
            if (!eg_gaz_key(key, name, nn)) {
                return false;
            }
            uint32_t v = eg_strmap_get(&g->phrases, key->data, key->len, UINT32_MAX);
            e = v == UINT32_MAX ? -1 : decode(v, NULL);
            e = e >= 0 && g->entries[e].kind == EG_GAZK_COUNTRY ? e : -1;
        }
        e = e >= 0 ? e : add_entry(g, name, nn, acr, acr_n, kind);
        if (e < 0 || !add_phrase(g, key, name, nn, e, false, flag)) {
            return false;
        }
        /* a city's country, a listed country's name ("Tokyo ... city Japan") */
        if (kind == EG_GAZK_LOCATION && field(l, n, 3, &k3, &n3) && n3 > 0) {
            if (!eg_gaz_key(key, k3, n3)) {
                return false;
            }
            uint32_t v = eg_strmap_get(&g->phrases, key->data, key->len, UINT32_MAX);
            int32_t c = v == UINT32_MAX ? -1 : decode(v, NULL);
            g->entries[e].country = c >= 0 && g->entries[c].kind == EG_GAZK_COUNTRY ? c : -1;
        }
        if (kind == EG_GAZK_COUNTRY) {
            if (!add_list(g, key, f1, n1, e, false, flag) ||
                !add_list(g, key, f2, n2, e, true, EG_GAZ_DEMONYM)) {
                return false;
            }
        } else if (kind == EG_GAZK_ORG) {
            if (!add_list(g, key, f1, n1, e, false, flag) ||
                !add_list(g, key, f2, n2, e, false, flag)) {
                return false;
            }
        } else if (!add_list(g, key, f1, n1, e, false, flag)) {
            return false;
        }
    }
    g->flagless = false;
    return true;
}

static bool load_words(eg_gazetteer *g, eg_buf *key, const char *data, const char *end,
                       uint32_t flag)
{
    lines it = {data, end};
    const char *l;
    size_t n;
    while (next_line(&it, &l, &n)) {
        if (!eg_gaz_key(key, l, n) || !add_word_flags(g, key->data, key->len, flag)) {
            return false;
        }
    }
    return true;
}

static void destroy(eg_gazetteer *g)
{
    if (!g) {
        return;
    }
    free(g->entries);
    eg_strmap_fini(&g->phrases);
    eg_strmap_fini(&g->acronyms);
    eg_strmap_fini(&g->words);
    free(g->wtab);
    free(g->strings);
    free(g);
}

/*
 * Word flags are looked up for nearly every token, several times, and the string map's slot
 * and key are two cache misses a look-up. Once loaded, the flags move to a table of 16-byte
 * slots keyed by the word's 63-bit hash alone: one miss. The hashes of the words present are
 * checked distinct when the table is made (else the string map stays); a word absent from
 * the lists takes another's flags only if their hashes agree, about once in 10^13 look-ups.
 */
typedef struct word_slot {
    uint64_t h; /* eg_hash_bytes(key) | 1; 0: empty */
    uint32_t flags;
} word_slot;

static uint64_t word_hash(const char *k, size_t kl)
{
    return eg_hash_bytes(k, kl) | 1;
}

/* Move the words' flags into g->wtab; false when out of memory. */
static bool word_table(eg_gazetteer *g)
{
    size_t cap = 16;
    while (cap < 2 * g->words.count) {
        cap <<= 1;
    }
    word_slot *t = calloc(cap, sizeof *t);
    if (!t) {
        return false;
    }
    for (size_t i = 0; i < g->words.cap; i++) {
        const char *k;
        size_t kl;
        uint32_t v;
        if (!eg_strmap_slot(&g->words, i, &k, &kl, &v)) {
            continue;
        }
        uint64_t h = word_hash(k, kl);
        size_t j = (size_t)h & (cap - 1);
        for (; t[j].h; j = (j + 1) & (cap - 1)) {
            if (t[j].h == h) { /* two words, one hash: keep the string map */
                free(t);
                return true;
            }
        }
        t[j] = (word_slot){h, v};
    }
    g->wtab = t;
    g->wmask = cap - 1;
    eg_strmap_fini(&g->words);
    return true;
}

static void build(void)
{
    eg_gazetteer *g = calloc(1, sizeof *g);
    eg_buf key = {0};
    bool ok = g && load_entities(g, &key, eg_data_countries, eg_data_countries_end,
                                 EG_GAZK_COUNTRY) &&
              load_entities(g, &key, eg_data_organizations, eg_data_organizations_end,
                            EG_GAZK_ORG) &&
              load_entities(g, &key, eg_data_locations, eg_data_locations_end,
                            EG_GAZK_LOCATION) &&
              load_words(g, &key, eg_data_given_names, eg_data_given_names_end,
                         EG_GAZ_FIRSTNAME) &&
              load_words(g, &key, eg_data_titles, eg_data_titles_end, EG_GAZ_TITLE) &&
              load_words(g, &key, eg_data_org_words, eg_data_org_words_end, EG_GAZ_ORG_WORD) &&
              word_table(g);
    eg_buf_fini(&key);
    if (!ok) {
        destroy(g);
        return;
    }
    /* arena offsets -> pointers, now that the arena no longer moves */
    for (size_t i = 0; i < g->nentries; i++) {
        eg_gaz_entry *e = &g->entries[i];
        e->canonical = g->strings + ((uintptr_t)e->canonical - 1);
        e->acronym = e->acronym ? g->strings + ((uintptr_t)e->acronym - 1) : NULL;
    }
    deflt = g;
}

const eg_gazetteer *eg_gazetteer_default(void)
{
    pthread_once(&once, build);
    return deflt;
}

/* ---- lookups ----------------------------------------------------------------------------- */

/* The key of one word (what gaz_key gives) in dst (cap bytes) when it is short ASCII without
 * white space, the common case: lowercase, a possessive dropped; SIZE_MAX for other words. */
static size_t word_key_ascii(const char *s, size_t n, char *dst, size_t cap)
{
    if (n >= cap) {
        return SIZE_MAX;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return SIZE_MAX;
        }
        dst[i] = (char)eg_to_lower(c);
    }
    if (n >= 2 && dst[n - 1] == 's' && dst[n - 2] == '\'') {
        return n - 2;
    }
    if (n >= 2 && dst[n - 1] == '\'' && dst[n - 2] == 's') {
        return n - 1;
    }
    return n;
}

/* The acronym table's value for s[0..n), or UINT32_MAX. Every acronym is all_caps()
 * (add_phrase), so other words skip the look-up. */
static uint32_t acronym_value(const eg_gazetteer *g, const char *s, size_t n)
{
    return all_caps(s, n) ? eg_strmap_get(&g->acronyms, s, n, UINT32_MAX) : UINT32_MAX;
}

/* Key into a stack buffer for short ASCII input (the hot path), else into `heap`. */
static const char *fast_key(const char *s, size_t n, char *stack, size_t cap, eg_buf *heap,
                            size_t *kl)
{
    *kl = word_key_ascii(s, n, stack, cap);
    if (*kl != SIZE_MAX) {
        return stack;
    }
    if (!eg_gaz_key(heap, s, n)) {
        return NULL;
    }
    *kl = heap->len;
    return heap->data ? heap->data : "";
}

/* The flags of word s[0..n) into *f; false (and *f 0) when out of memory. */
static bool word_flags(const eg_gazetteer *g, const char *s, size_t n, uint32_t *f)
{
    char stack[64];
    eg_buf heap = {0};
    size_t kl;
    const char *k = fast_key(s, n, stack, sizeof stack, &heap, &kl);
    *f = 0;
    if (k && g->wtab) {
        uint64_t h = word_hash(k, kl);
        for (size_t j = (size_t)h & g->wmask; g->wtab[j].h; j = (j + 1) & g->wmask) {
            if (g->wtab[j].h == h) {
                *f = g->wtab[j].flags;
                break;
            }
        }
    } else if (k) {
        *f = eg_strmap_get(&g->words, k, kl, 0);
    }
    if (heap.data) { /* a key past the short ASCII words' stack */
        eg_buf_fini(&heap);
    }
    return k != NULL;
}

uint32_t eg_gaz_word_flags(const eg_gazetteer *g, const char *s, size_t n)
{
    uint32_t f;
    if (!word_flags(g, s, n, &f)) {
        EG_ALLOC_FAILURE_IGNORED(); /* out of memory: "no flags" (no error path here) */
    }
    return f;
}

const eg_gaz_entry *eg_gaz_entry_at(const eg_gazetteer *g, int32_t idx)
{
    return idx >= 0 && (size_t)idx < g->nentries ? &g->entries[idx] : NULL;
}

static int32_t decode(uint32_t v, bool *is_demonym)
{
    if (is_demonym) {
        *is_demonym = (v & EG_DEMONYM_BIT) != 0;
    }
    return (int32_t)(v & ~EG_DEMONYM_BIT);
}

static bool org_key_differs(const eg_buf *key);
static bool org_key(eg_buf *out, const char *s, size_t n, bool initials);

/* The phrase value of key when it names a listed organization (not a demonym), else
 * UINT32_MAX. */
static uint32_t org_value(const eg_gazetteer *g, const eg_buf *key)
{
    uint32_t o = eg_strmap_get(&g->phrases, key->data, key->len, UINT32_MAX);
    bool dem = false;
    int32_t e = o == UINT32_MAX ? -1 : decode(o, &dem);
    return e >= 0 && !dem && g->entries[e].kind == EG_GAZK_ORG ? o : UINT32_MAX;
}

/* Drop the words that follow a company's own name in its full name from the end of a key of
 * two words or more ("toyota motor", "reuters holdings", "bp group"); false when there are
 * none. */
static bool drop_group_words(eg_buf *key)
{
    static const char *const words[] = {"motor", "motors", "holding", "holdings", "group",
                                        "industries", "industrie", "computer", "computers"};
    bool dropped = false;
    const char *sp;
    while (key->data && (sp = memrchr(key->data, ' ', key->len)) != NULL) {
        const char *w = sp + 1;
        size_t wn = key->len - (size_t)(w - key->data);
        bool group = false;
        for (size_t i = 0; i < EG_ARRAY_LEN(words) && !group; i++) {
            group = eg_word_eq(words[i], w, wn);
        }
        if (!group) {
            break;
        }
        key->len = (size_t)(sp - key->data);
        key->data[key->len] = '\0';
        dropped = true;
    }
    return dropped;
}

/* A compass point and a demonym ("west german", "west germans"): the demonym's country when
 * the list names it with that point ("West Germany", an old name of Germany), in *v (a demonym's
 * value); UINT32_MAX stays otherwise ("east german": no East Germany listed). Here, not in the
 * list itself, so the tagger's word features stay as the model was trained with. False when out
 * of memory. */
static bool point_demonym(const eg_gazetteer *g, const eg_buf *key, uint32_t *v)
{
    static const char *const points[] = {"north", "south", "east", "west"};
    const char *sp = key->data ? memchr(key->data, ' ', key->len) : NULL;
    size_t pl = sp ? (size_t)(sp - key->data) : 0;
    bool point = false;
    for (size_t i = 0; i < EG_ARRAY_LEN(points) && sp; i++) {
        point |= eg_word_eq(points[i], key->data, pl);
    }
    if (!point || memchr(sp + 1, ' ', key->len - pl - 1)) {
        return true;
    }
    uint32_t d = eg_strmap_get(&g->phrases, sp + 1, key->len - pl - 1, UINT32_MAX);
    bool dem = false;
    int32_t e = d == UINT32_MAX ? -1 : decode(d, &dem);
    if (e < 0 || !dem || g->entries[e].kind != EG_GAZK_COUNTRY) {
        return true;
    }
    eg_buf k = {0}, c = {0};
    const char *name = g->entries[e].canonical;
    bool ok = eg_gaz_key(&c, name, strlen(name)) && eg_buf_append(&k, key->data, pl + 1) &&
              eg_buf_append(&k, c.data, c.len);
    eg_buf_fini(&c);
    if (ok) {
        uint32_t cv = eg_strmap_get(&g->phrases, k.data, k.len, UINT32_MAX);
        bool cd = false;
        if (cv != UINT32_MAX && decode(cv, &cd) == e && !cd) {
            *v = d;
        }
    }
    eg_buf_fini(&k);
    return ok;
}

eg_status eg_gaz_find(const eg_gazetteer *g, const char *s, size_t n, int32_t *entry,
                      bool *is_demonym)
{
    *entry = -1;
    if (is_demonym) {
        *is_demonym = false;
    }
    /* exact acronym spelling first (possessive removed) */
    size_t an = n;
    if (an > 2 && s[an - 2] == '\'' && (s[an - 1] == 's' || s[an - 1] == 'S')) {
        an -= 2;
    } else if (an > 4 && memcmp(s + an - 4, "\xE2\x80\x99s", 4) == 0) {
        an -= 4;
    }
    uint32_t v = acronym_value(g, s, an);
    if (v != UINT32_MAX) {
        *entry = decode(v, is_demonym);
        return EG_OK;
    }
    eg_buf key = {0};
    if (!eg_gaz_key(&key, s, n)) {
        return EG_ERR_NOMEM;
    }
    v = eg_strmap_get(&g->phrases, key.data, key.len, UINT32_MAX);
    bool org = v == UINT32_MAX && org_key_differs(&key);
    if (org && !org_key(&key, s, n, false)) {
        eg_buf_fini(&key); /* the list's keys keep an initial's period ("j. sainsbury") */
        return EG_ERR_NOMEM;
    }
    if (org) {
        /* "General Motors Corp", "The Wall Street Journal Co.": the listed company */
        v = org_value(g, &key);
    }
    if (v == UINT32_MAX && drop_group_words(&key)) {
        /* "Toyota Motor Corp", "Apple Computer Inc", "Reuters Holdings Plc", "Airbus
         * Industrie": the listed company under its full name ("Ford Motor Credit Co", "Shell
         * Canada" and "BP America" are other companies) */
        v = org_value(g, &key);
        const char *sp = memchr(s, ' ', n);
        if (v == UINT32_MAX && sp && (size_t)(sp - s) == key.len) {
            /* "HSBC Holdings PLC": a company listed by a name in capitals, spelled so ("US
             * Holdings Inc" is no country) */
            uint32_t a = acronym_value(g, s, key.len);
            bool dem = false;
            int32_t e = a == UINT32_MAX ? -1 : decode(a, &dem);
            v = e >= 0 && !dem && g->entries[e].kind == EG_GAZK_ORG &&
                        strlen(g->entries[e].canonical) == key.len &&
                        memcmp(g->entries[e].canonical, s, key.len) == 0
                    ? a
                    : UINT32_MAX; /* its name, not an acronym: "EAC Industries" is no EAC */
        }
    }
    if (v == UINT32_MAX && !point_demonym(g, &key, &v)) {
        eg_buf_fini(&key);
        return EG_ERR_NOMEM;
    }
    eg_buf_fini(&key);
    if (v != UINT32_MAX) {
        *entry = decode(v, is_demonym);
    }
    return EG_OK;
}

int32_t eg_gaz_lookup(const eg_gazetteer *g, const char *s, size_t n, bool *is_demonym)
{
    int32_t e;
    if (eg_gaz_find(g, s, n, &e, is_demonym) != EG_OK) {
        /* out of memory: "not listed" (for callers with no error path) */
        EG_ALLOC_FAILURE_IGNORED();
    }
    return e;
}

/* A phrase key being built: on the stack while it fits, then in `heap`. */
typedef struct phrase_key {
    char stack[256];
    eg_buf heap;
    size_t len; /* bytes in stack (while heap is empty) */
    bool big;   /* the key is in heap */
} phrase_key;

static bool phrase_add(phrase_key *p, const char *s, size_t n)
{
    if (!p->big && p->len + n <= sizeof p->stack) {
        memcpy(p->stack + p->len, s, n);
        p->len += n;
        return true;
    }
    if (!p->big && !eg_buf_append(&p->heap, p->stack, p->len)) {
        return false;
    }
    p->big = true;
    return eg_buf_append(&p->heap, s, n);
}

/* Appends word w's key (after a space unless first): false when out of memory. */
static bool phrase_add_word(phrase_key *p, eg_buf *wk, const char *w, size_t wl, bool first)
{
    char k[64];
    size_t kl;
    const char *key = fast_key(w, wl, k, sizeof k, wk, &kl);
    return key && (first || phrase_add(p, " ", 1)) && phrase_add(p, key, kl);
}

/* Flags of word j into *f, from the memo when there is one (filled in when unset); false
 * when out of memory. */
static bool memo_flags(const eg_gazetteer *g, const char *const *words, const uint32_t *lens,
                       uint32_t *flags, size_t j, uint32_t *f)
{
    if (flags && flags[j] != EG_GAZ_FLAGS_UNSET) {
        *f = flags[j];
        return true;
    }
    if (!word_flags(g, words[j], lens[j], f)) {
        return false;
    }
    if (flags) {
        flags[j] = *f;
    }
    return true;
}

/* The longest match at words[i]; `features`: entries named for resolution only are skipped. */
static eg_status match_memo(const eg_gazetteer *g, const char *const *words, const uint32_t *lens,
                            uint32_t *flags, size_t n, size_t i, size_t *len, int32_t *entry,
                            bool *is_demonym, bool features)
{
    *len = 0;
    if (i >= n) {
        return EG_OK;
    }
    uint32_t f0;
    if (!memo_flags(g, words, lens, flags, i, &f0)) {
        return EG_ERR_NOMEM;
    }
    if (!f0) {
        return EG_OK;
    }
    size_t best = 0;
    uint32_t v = acronym_value(g, words[i], lens[i]);
    if (v != UINT32_MAX && !(features && g->entries[decode(v, NULL)].resolve_only)) {
        *entry = decode(v, is_demonym);
        best = 1;
    }
    if (!(f0 & (EG_GAZ_PART | EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_ORG | EG_GAZ_LOCATION |
                EG_GAZ_ALIAS | EG_GAZ_ALIAS_PART))) {
        *len = best;
        return EG_OK;
    }
    phrase_key phrase;
    phrase.heap = (eg_buf){0};
    phrase.len = 0;
    phrase.big = false;
    eg_buf wk = {0};
    bool ok = true;
    for (size_t j = i; j < n && j < i + EG_MAX_PHRASE_WORDS; j++) {
        uint32_t f = f0;
        if (j > i && !memo_flags(g, words, lens, flags, j, &f)) {
            ok = false;
            break;
        }
        if (!f) {
            break;
        }
        if (!phrase_add_word(&phrase, &wk, words[j], lens[j], j == i)) {
            ok = false;
            break;
        }
        const char *pk = phrase.big ? phrase.heap.data : phrase.stack;
        size_t pl = phrase.big ? phrase.heap.len : phrase.len;
        uint32_t pv = eg_strmap_get(&g->phrases, pk, pl, UINT32_MAX);
        if (pv != UINT32_MAX && j + 1 - i >= best &&
            !(features && g->entries[decode(pv, NULL)].resolve_only)) {
            /* an acronym match of the same length wins only when written in capitals */
            *entry = decode(pv, is_demonym);
            best = j + 1 - i;
        }
    }
    if (phrase.heap.data) { /* both are used by long or non-ASCII words only */
        eg_buf_fini(&phrase.heap);
    }
    if (wk.data) {
        eg_buf_fini(&wk);
    }
    *len = best;
    return ok ? EG_OK : EG_ERR_NOMEM;
}

eg_status eg_gaz_match_memo(const eg_gazetteer *g, const char *const *words,
                            const uint32_t *lens, uint32_t *flags, size_t n, size_t i,
                            size_t *len, int32_t *entry, bool *is_demonym)
{
    return match_memo(g, words, lens, flags, n, i, len, entry, is_demonym, false);
}

eg_status eg_gaz_match_features(const eg_gazetteer *g, const char *const *words,
                                const uint32_t *lens, uint32_t *flags, size_t n, size_t i,
                                size_t *len, int32_t *entry, bool *is_demonym)
{
    return match_memo(g, words, lens, flags, n, i, len, entry, is_demonym, true);
}

eg_status eg_gaz_match_at(const eg_gazetteer *g, const char *const *words, const uint32_t *lens,
                          size_t n, size_t i, size_t *len, int32_t *entry, bool *is_demonym)
{
    return eg_gaz_match_memo(g, words, lens, NULL, n, i, len, entry, is_demonym);
}

/* Legal forms at the end of a company name, as key words (lowercase). */
static const char *const legal_forms[] = {
    "inc",   "corp",  "co",    "ltd",   "plc",   "llc",    "ag",          "sa",
    "nv",    "spa",   "gmbh",  "corporation",    "company", "limited",    "incorporated",
    "s.a",   "n.v",   "s.p.a", "l.l.c", "a.g",   "p.l.c",  "cos",         "tbk",
    "bhd",   "berhad", "asa",  "oyj",   "oy",    "ab",     "kk",          "k.k",
    "pty",   "pte",   "bv",    "b.v",   "srl",   "s.r.l",  "sarl",  "s.a.r.l", "nl",
    "a.s",   "ltda",  "jsc",   "pjsc",  "ojsc",  "cjsc",  "a/s",   "sl",    "s.l",
    "slu",   "sac",   "s.a.c", "sae",   "s.a.e", "sas",   "s.a.s", "llp",   "lp",
    "sapi",  "s.r.o", "sro",   "d.o.o", "kft",   "zrt",   "hf",    "ehf",   "uab",   "aps",
    "d.d",   "s.a.a", "s.a.b", "sdn",   "l.p",   "pcl", /* Thailand's public company */
    "ead",   "pvt",   "(pvt)", /* Bulgaria's sole-owner company; "(Pvt) Ltd" in Zimbabwe */
    "ep", /* Ecuador's public company ("Petroecuador EP") */
    "nyrt", /* Hungary's public company ("Nyrt."; its private one "Zrt.") */
    "oao", /* Russia's open joint-stock company (its "ZAO", "PAO", "OOO": written_forms) */
    "kaisha", "kabushiki", /* Japan's "Kabushiki Kaisha", "Shoji Kaisha, Ltd." */
    "sanayi", /* Turkey's "Tekstil Sanayi A.S.", the industry's word before its form */
    /* the Gulf's public and closed shareholding companies: Qatar's "QSC", "QPSC", Oman's
     * "SAOG", "SAOC", the UAE's "PJSC", "PSC", Bahrain's "BSC", Kuwait's "KSC", "KSCP",
     * and the limited liability company "WLL" */
    "sal", "s.a.l", /* Lebanon's "S.A.L." */
    "lda", "limitada", /* Portugal's, Angola's and Mozambique's "Lda" */
    "sca", "s.c.a", "sa/nv", "nv/sa", /* France's "SCA", Belgium's two-language "SA/NV" */
    "sprl", "s.p.r.l", "scrl", "s.c.r.l", /* Belgium's private and cooperative companies */
    "a.e", /* Greece's public company "A.E." ("AE" alone is a Korean name's "Ae" too) */
    "ltee", "limitee", /* Quebec's "Ltée", "Limitée" (the key drops the accents) */
    "qsc", "q.s.c", "qpsc", "q.p.s.c", "saog", "s.a.o.g", "saoc", "s.a.o.c", "p.j.s.c",
    "psc", "p.s.c", "bsc", "b.s.c", "ksc", "k.s.c", "kscp", "k.s.c.p", "wll", "w.l.l",
    "kscc", "k.s.c.c", /* Kuwait's closed shareholding company */
    "fze", "fzco", "fz-llc", "fzc", /* the UAE's free-zone companies ("Tessera Messenger FZ-LLC") */
    "a.\xC5\x9E", "a.\xC5\x9F", "a\xC5\x9E", /* Turkish "A.Ş.", "AŞ" (letters past ASCII
                                                  * stay as written) */
    /* written out: Germany's "AG", Sweden's "AB", Denmark's "A/S", Norway's "AS", Finland's
     * "Oy" ("Nordstern Energie Aktiengesellschaft") */
    "aktiengesellschaft", "aktiebolag", "aktieselskab", "aksjeselskap", "osakeyhtio"};

/* The lengths and first bytes of legal_forms, built once: most words leave legal_form at them.
 * The words that pass are looked up by hash: legal_form_slot holds a form's index + 1 in the
 * slot of its hash or after it (open addressing), 0 in an empty slot. */
static eg_word_shape legal_form_shape;
static uint8_t legal_form_slot[256];
static pthread_once_t legal_form_once = PTHREAD_ONCE_INIT;

_Static_assert(EG_ARRAY_LEN(legal_forms) < 255, "legal_form_slot holds indexes + 1 in a byte");

/* The slot where the search for w[0..n) starts ("gmbh", "s.a"): FNV-1a of its bytes. */
static size_t legal_form_hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    }
    return (h ^ (h >> 8) ^ (h >> 16)) & (EG_ARRAY_LEN(legal_form_slot) - 1);
}

static void legal_form_look(void)
{
    for (size_t i = 0; i < EG_ARRAY_LEN(legal_forms); i++) {
        size_t len = strlen(legal_forms[i]);
        eg_word_shape_add(&legal_form_shape, legal_forms[i], len);
        size_t j = legal_form_hash(legal_forms[i], len);
        while (legal_form_slot[j]) {
            j = (j + 1) & (EG_ARRAY_LEN(legal_form_slot) - 1);
        }
        legal_form_slot[j] = (uint8_t)(i + 1);
    }
}

/* A legal form at the end of a company name, as a key word (lowercase). */
static bool legal_form(const char *w, size_t n)
{
    /* not "se" or "kgaa": "Porsche SE" is not Porsche AG, "Merck KGaA" not Merck & Co */
    while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ',')) {
        n--;
    }
    pthread_once(&legal_form_once, legal_form_look);
    if (!eg_word_shape_may(&legal_form_shape, w, n)) {
        return false;
    }
    for (size_t j = legal_form_hash(w, n); legal_form_slot[j];
         j = (j + 1) & (EG_ARRAY_LEN(legal_form_slot) - 1)) {
        if (eg_word_eq(legal_forms[legal_form_slot[j] - 1], w, n)) {
            return true;
        }
    }
    return false;
}

/* Legal forms that are legal forms only as written: Russia's "ZAO", "PAO" and "OOO" in
 * capitals (not "Ellen Pao", "Mount Zao"), Serbia's "a.d." and the Balkans' "doo" and "dooel"
 * in lower case (not "79 A.D."; "DOO" in capitals: nordic_balkan_form). */
static bool written_forms(const char *w, size_t n)
{
    while (n > 0 && w[n - 1] == ',') {
        n--;
    }
    return eg_word_eq("ZAO", w, n) || eg_word_eq("PAO", w, n) || eg_word_eq("OOO", w, n) ||
           eg_word_eq("a.d.", w, n) || eg_word_eq("a.d", w, n) || eg_word_eq("doo", w, n) ||
           eg_word_eq("dooel", w, n);
}

/* A legal form that opens a firm's name, as a key word (lowercase): Indonesia's ("PT
 * Telekomunikasi Indonesia Tbk"), Russia's and its neighbours' ("PJSC Lukoil", "JSC
 * Kazmunaigas", "OAO Gazprom"). */
static bool opening_form(const char *w, size_t n)
{
    static const char *const opening[] = {"pt",  "p.t.", "pjsc", "jsc", "ojsc", "cjsc",
                                          "oao", "zao",  "pao",  "ooo"};
    for (size_t i = 0; i < EG_ARRAY_LEN(opening); i++) {
        if (eg_word_eq(opening[i], w, n)) {
            return true;
        }
    }
    return false;
}

bool eg_gaz_opening_form(const char *w, size_t n)
{
    char lo[8];
    if (n < 2 || n >= sizeof lo) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (eg_is_lower((unsigned char)w[i])) {
            return false; /* written in capitals: "PT", "PJSC", "P.T." */
        }
        lo[i] = (char)eg_to_lower((unsigned char)w[i]);
    }
    return opening_form(lo, n);
}

bool eg_gaz_after_possessive(const char *s, size_t n)
{
    static const char *const w[] = {
        "said", "says", "say", "has", "had", "have", "is", "was", "were", "are", "will",
        "would", "could", "can", "may", "might", "should", "also", "did", "does", "cut",
        "lowered", "raised", "upgraded", "downgraded", "affirmed", "assigned", "placed", "rated",
        "rates", "reported", "announced", "added", "noted", "expects", "confirmed", "and", "or",
        "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "than", "that", "which",
        "who", "but", "nor"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
        if (eg_word_eq(w[i], s, n)) {
            return true;
        }
    }
    return false;
}

bool eg_gaz_legal_form(const char *w, size_t n)
{
    char lo[16];
    if (n >= sizeof lo) {
        return false;
    }
    if (written_forms(w, n)) {
        return true;
    }
    for (size_t i = 0; i < n; i++) {
        lo[i] = (char)eg_to_lower((unsigned char)w[i]);
    }
    return legal_form(lo, n);
}

static bool nordic_balkan_form(const char *w, size_t n);

bool eg_ends_in_legal_form(const char *s)
{
    const char *w = strrchr(s, ' ');
    if (!w) {
        return false;
    }
    size_t n = strlen(w + 1);
    if (eg_gaz_legal_form(w + 1, n)) {
        return true;
    }
    /* "AS", "DOOEL" in capitals: not the word "as" */
    char lo[8];
    bool caps = n >= 2 && n < sizeof lo;
    for (size_t i = 0; i < n && caps; i++) {
        caps = eg_is_upper((unsigned char)w[1 + i]);
        lo[i] = (char)eg_to_lower((unsigned char)w[1 + i]);
    }
    return caps && nordic_balkan_form(lo, n);
}

/* Legal forms that end a firm's name only in an organization's key, as words too common
 * to be legal forms elsewhere: Norway's and Denmark's "AS" ("Nordhav Offshore AS"), North
 * Macedonia's "DOOEL" and "DOO" ("Vardar Energija DOOEL"), Serbia's and Bulgaria's "AD" and
 * "a.d." ("Morava Invest AD"), Russia's "ZAO", "PAO" and "OOO" (written_forms elsewhere). */
static bool nordic_balkan_form(const char *w, size_t n)
{
    return eg_word_eq("as", w, n) || eg_word_eq("dooel", w, n) || eg_word_eq("doo", w, n) ||
           eg_word_eq("ad", w, n) || eg_word_eq("a.d.", w, n) || eg_word_eq("a.d", w, n) ||
           eg_word_eq("zao", w, n) || eg_word_eq("pao", w, n) || eg_word_eq("ooo", w, n);
}

/* Could eg_org_key() give another key than this eg_gaz_key() form? (cheap test first) */
static bool org_key_differs(const eg_buf *key)
{
    if (!key->data || !memchr(key->data, ' ', key->len)) {
        return false;
    }
    const char *sp = memrchr(key->data, ' ', key->len);
    size_t ln = key->len - (size_t)(sp + 1 - key->data);
    return legal_form(sp + 1, ln) || nordic_balkan_form(sp + 1, ln) ||
           eg_word_eq("fc", sp + 1, ln) ||
           eg_word_eq("f.c.", sp + 1, ln) || eg_word_eq("cf", sp + 1, ln) ||
           eg_word_eq("club", sp + 1, ln) || eg_word_eq("clube", sp + 1, ln) ||
           eg_word_eq("o.o.", sp + 1, ln) || eg_word_eq("o.o", sp + 1, ln) ||
           eg_word_eq("cv", sp + 1, ln) || eg_word_eq("c.v.", sp + 1, ln) ||
           (key->len > 4 && memcmp(key->data, "the ", 4) == 0) ||
           (key->len > 3 && memcmp(key->data, "pt ", 3) == 0) ||
           (key->len > 5 && memcmp(key->data, "p.t. ", 5) == 0) || memchr(key->data, '&', key->len);
}

size_t eg_org_key_words(const char *s)
{
    eg_buf k = {0};
    size_t w = 0;
    if (eg_org_key(&k, s, strlen(s)) && k.data) {
        w = k.len > 0;
        for (size_t i = 0; i < k.len; i++) {
            w += k.data[i] == ' ';
        }
    }
    eg_buf_fini(&k);
    return w;
}

/* The word an abbreviation inside an organization's name stands for ("cie" of "Cie Generale
 * d'Electricite" is "compagnie", "intl" "international", "chem" "chemical" of "LG Chem";
 * "co-operative" and "co-op" are "cooperative"), or its English ("koninklijke" is "royal":
 * Koninklijke Philips is Royal Philips), or NULL. The key's words are in lower case; a
 * trailing period is allowed ("Bros."). */
static const char *org_abbreviation(const char *w, size_t n)
{
    static const char *const abbr[][2] = {
        {"cie", "compagnie"},   {"intl", "international"}, {"int'l", "international"},
        {"mfg", "manufacturing"}, {"natl", "national"},    {"nat'l", "national"},
        {"bros", "brothers"},   {"assn", "association"},   {"dept", "department"},
        {"corp", "corporation"}, {"co-operative", "cooperative"}, {"co-op", "cooperative"},
        {"coop", "cooperative"}, {"koninklijke", "royal"}, {"tech", "technology"},
        {"chem", "chemical"},   {"hldgs", "holdings"},     {"inds", "industries"}};
    if (n > 1 && w[n - 1] == '.') {
        n--;
    }
    for (size_t i = 0; i < EG_ARRAY_LEN(abbr); i++) {
        if (strlen(abbr[i][0]) == n && memcmp(abbr[i][0], w, n) == 0) {
            return abbr[i][1];
        }
    }
    return NULL;
}

/* The number of words, 2, 3 or 0, of a legal form of several words ending the key words at
 * wb[0..last), we[0..last) ("joint stock company", "sp. z o.o.", "sab de cv", "societe
 * anonyme", "private limited"; a club's "football club"). */
static size_t legal_form_words(const char *k, const size_t *wb, const size_t *we, size_t last)
{
    static const char *const forms[][3] = {{"joint", "stock", "company"}, {"sp", "z", "o.o"},
                                           {"sab", "de", "cv"}, {"sa", "de", "cv"},
                                           {"s.a.b", "de", "c.v"}, {"s.a", "de", "c.v"},
                                           {"public", "company", "limited"}, /* Thailand's */
                                           {"sanayi", "ve", "ticaret"}, /* Turkey's */
                                           {"public", "limited", "company"},
                                           {"limited", "liability", "company"},
                                           {"societa", "per", "azioni"},
                                           {"societe", "anonyme"}, {"sociedad", "anonima"},
                                           {"sociedade", "anonima"},
                                           {"naamloze", "vennootschap"},
                                           {"private", "limited"}, /* India's */
                                           {"(private)", "limited"}, /* Pakistan's */
                                           /* a club's "Football Club" in any language, as a
                                            * firm's legal form ("Leeds United Football
                                            * Club", "Campinas Futebol Clube", Spain's "Real
                                            * Tarragona Club de Futbol", its "CF" written out,
                                            * the Gulf's "Hawalli Stars Sporting Club") */
                                           {"football", "club"}, {"futbol", "club"},
                                           {"sporting", "club"},
                                           {"futebol", "clube"}, {"club", "de", "futbol"}};
    for (size_t f = 0; f < EG_ARRAY_LEN(forms); f++) {
        size_t nf = forms[f][2] ? 3 : 2;
        bool all = last >= nf + 1;
        for (size_t i = 0; i < nf && all; i++) {
            size_t b = wb[last - nf + i], e = we[last - nf + i];
            while (e > b + 1 && k[e - 1] == '.') {
                e--;
            }
            all = eg_word_eq(forms[f][i], k + b, e - b);
        }
        if (all) {
            return nf;
        }
    }
    return 0;
}

/* The word index of a ministry's, a department's or a committee's head in key words [first,
 * last) written "ministry of" or "department of" ("dept. of"), or "committee on", and a field
 * of one to three words to the name's end, after a "the" or not, with no "and", "of", "for",
 * "the" or "&" among them ("ministry of foreign affairs", "u.s. department of justice",
 * "department of the treasury", "house committee on natural resources"; not "ministry of mines
 * and energy", whose short names differ), or SIZE_MAX; *field is the
 * field's first word, after the "the". Like the same words written alike, a generic name
 * without its country ("Defence Ministry") is then one node across articles, whichever way
 * each writes it. */
static size_t office_head(const char *k, const size_t *wb, const size_t *we, size_t first,
                          size_t last, size_t *field)
{
    for (size_t h = first; h + 2 < last && h < first + 4; h++) {
        size_t hl = we[h] - wb[h];
        bool committee = eg_word_eq("committee", k + wb[h], hl);
        if (!(eg_word_eq("ministry", k + wb[h], hl) || eg_word_eq("department", k + wb[h], hl) ||
              eg_word_eq("dept", k + wb[h], hl) || eg_word_eq("dept.", k + wb[h], hl) ||
              committee) ||
            !eg_word_eq(committee ? "on" : "of", k + wb[h + 1], we[h + 1] - wb[h + 1]) ||
            last - (h + 2) > 3) {
            continue;
        }
        size_t f = h + 2 + (eg_word_eq("the", k + wb[h + 2], we[h + 2] - wb[h + 2]) ? 1 : 0);
        if (f == last) {
            return SIZE_MAX;
        }
        for (size_t i = f; i < last; i++) {
            const char *w = k + wb[i];
            size_t wl = we[i] - wb[i];
            if (eg_word_eq("and", w, wl) || eg_word_eq("of", w, wl) || eg_word_eq("for", w, wl) ||
                eg_word_eq("the", w, wl) || eg_word_eq("&", w, wl)) {
                return SIZE_MAX;
            }
        }
        *field = f;
        return h;
    }
    return SIZE_MAX;
}

/* A firm's word in Spanish, Portuguese, Italian or French that opens its name (`lead`: "Grupo
 * Altamira", "Cementos Marquina") or ends it ("Tapajos Transmissao", "Valdivia Energia"), in
 * English ("group", "cement", "transmission", "energy"), or NULL; key words, in lower case
 * without accents. */
static const char *trade_english(const char *w, size_t n, bool lead)
{
    static const char *const leads[][2] = {
        {"grupo", "group"},     {"gruppo", "group"},     {"groupe", "group"},
        {"cementos", "cement"}, {"cimentos", "cement"},  {"alimentos", "foods"},
        {"seguros", "insurance"}};
    static const char *const tails[][2] = {
        {"energia", "energy"},          {"transmissao", "transmission"},
        {"transmision", "transmission"}, {"mineracao", "mining"},
        {"petroleo", "petroleum"},      {"tecnologia", "technology"},
        {"alimentos", "foods"},         {"texteis", "textiles"},
        {"seguros", "insurance"},       {"telecomunicacoes", "telecommunications"},
        {"telecomunicaciones", "telecommunications"}};
    const char *const(*t)[2] = lead ? leads : tails;
    size_t nt = lead ? EG_ARRAY_LEN(leads) : EG_ARRAY_LEN(tails);
    for (size_t i = 0; i < nt; i++) {
        if (eg_word_eq(t[i][0], w, n)) {
            return t[i][1];
        }
    }
    return NULL;
}

const char *eg_gaz_trade_lead(const char *w, size_t n)
{
    char low[16];
    if (n >= sizeof low) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        low[i] = (char)eg_to_lower((unsigned char)w[i]);
    }
    return trade_english(low, n, true);
}

/* The index of a firm's word in another language that opens key words wb[first..last),
 * we[first..last) (trade_english) before a name of one word, or of a given name and a surname
 * ("Groupe Bernard Tapie"), or SIZE_MAX: not a club's or a trade's words ("Grupo Desportivo
 * Alvorada", "Grupo Edomex Constructora", "Grupo de Comunicacion del Sur" stay). */
static size_t group_opening(const char *k, const size_t *wb, const size_t *we, size_t first,
                            size_t last)
{
    if (!trade_english(k + wb[first], we[first] - wb[first], true)) {
        return SIZE_MAX;
    }
    if (last - first == 3) {
        const eg_gazetteer *g = eg_gazetteer_default();
        size_t gl = we[first + 1] - wb[first + 1];
        return g && (eg_gaz_word_flags(g, k + wb[first + 1], gl) & EG_GAZ_FIRSTNAME) ? first
                                                                                    : SIZE_MAX;
    }
    return last - first == 2 ? first : SIZE_MAX;
}

static bool org_key(eg_buf *out, const char *s, size_t n, bool initials)
{
    if (!eg_gaz_key(out, s, n) || !out->data) {
        return false;
    }
    char *k = out->data;
    size_t len = out->len;
    /* words as offsets */
    size_t wb[64], we[64], nw = 0;
    for (size_t i = 0; i < len && nw < 64;) {
        while (i < len && k[i] == ' ') {
            i++;
        }
        size_t j = i;
        while (j < len && k[j] != ' ') {
            j++;
        }
        if (j > i) {
            wb[nw] = i, we[nw] = j, nw++;
        }
        i = j;
    }
    if (nw == 64 || nw == 0) {
        return true;
    }
    size_t first = 0, last = nw;
    if (last - first > 1 && we[0] - wb[0] == 3 && memcmp(k, "the", 3) == 0) {
        first++;
    }
    /* a legal form that opens the name: Indonesia's ("PT Telekomunikasi Indonesia Tbk"),
     * Russia's and its neighbours' ("PJSC Lukoil", "JSC Kazmunaigas", "OAO Gazprom") */
    if (last - first > 1 && opening_form(k + wb[first], we[first] - wb[first])) {
        first++;
    }
    for (;;) {
        const char *w = k + wb[last - 1];
        size_t wl = we[last - 1] - wb[last - 1];
        size_t nf = last - first > 2 ? legal_form_words(k, wb, we, last) : 0;
        if (nf > 0 && last - first > nf) {
            last -= nf; /* "Hong Lam Ceramics Joint Stock Company", "Bursztyn Marine Sp. z o.o.",
                           "Dijla Petroleos Sociedad Anonima" */
            continue;
        }
        bool strip = last - first > 1 &&
                     (legal_form(w, wl) || (wl == 1 && w[0] == '&') ||
                      (wl == 3 && memcmp(w, "and", 3) == 0) ||
                      eg_word_eq("fc", w, wl) || eg_word_eq("f.c.", w, wl) ||
                      eg_word_eq("cf", w, wl) || /* a club's "FC" as a firm's "Inc" */
                      nordic_balkan_form(w, wl));
        if (!strip) {
            break;
        }
        last--;
    }
    /* the words' order: an identity key writes a ministry's or a department's field before
     * its head ("Ministry of Finance" as "Finance Ministry", "U.S. Department of Justice" as
     * "U.S. Justice Department") */
    size_t field = last, order[64], no = 0;
    size_t head = initials ? office_head(k, wb, we, first, last, &field) : SIZE_MAX;
    for (size_t i = first; i < last; i++) {
        if (head == SIZE_MAX || i < head || i >= field) {
            order[no++] = i; /* the field without its "the": "Department of the Treasury" */
        }
    }
    if (head != SIZE_MAX) {
        order[no++] = head;
    }
    /* a firm named after a trade's word in Spanish, Portuguese, Italian or French is the same
     * firm in English: "Grupo Altamira", "Groupe Bellard" and "Cementos Marquina" are "Altamira
     * Group", "Bellard Group" and "Marquina Cement" (not "Grupo de ...": group_opening) */
    size_t grupo =
        initials && head == SIZE_MAX ? group_opening(k, wb, we, first, last) : SIZE_MAX;
    if (grupo != SIZE_MAX) {
        memmove(order, order + 1, (no - 1) * sizeof order[0]);
        order[no - 1] = grupo;
    }
    eg_buf tmp = {0};
    /* room for the key as it is ("texaco inc"): spelled-out words may grow it */
    bool ok = eg_grow((void **)&tmp.data, &tmp.cap, len + 1, 1);
    if (ok) {
        tmp.data[0] = '\0';
    }
    bool article = false; /* the Arabic article written: the next word joins it */
    for (size_t oi = 0; ok && oi < no; oi++) {
        size_t i = order[oi];
        const char *w = k + wb[i];
        size_t wl = we[i] - wb[i];
        while (i + 1 < last && wl > 1 && w[wl - 1] == ',') {
            wl--; /* "Goldman, Sachs and Co" is "Goldman Sachs" */
        }
        if (i + 1 == last) {
            while (wl > 1 && (w[wl - 1] == '.' || w[wl - 1] == ',')) {
                wl--; /* "Texaco Inc." stripped to "Texaco." ends without its period */
            }
            if (last < nw && wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's') {
                wl -= 2; /* "Standard & Poor's Corp" ends like "Standard & Poor's" */
            }
        }
        if (initials && oi > 0 && wl > 2 && w[0] == '(' && w[wl - 1] == ')') {
            w++; /* a word in parentheses inside a name: "Kwan Hing (Holdings) Limited" is
                  * "Kwan Hing Holdings Ltd" */
            wl -= 2;
        }
        if (initials && i + 1 < last && wl == 2 && w[1] == '.' &&
            eg_is_alpha((unsigned char)w[0])) {
            wl = 1; /* an initial with or without its period: "J. Sainsbury", "J Sainsbury" */
        }
        if (oi > 0 && !article) {
            ok = eg_buf_putc(&tmp, ' ');
        }
        article = false;
        /* the Arabic article that opens a name, however written: "El-Nour", "El Nour" and
         * "Al Nour" are "al-nour", one word as "Al-Wahah" is */
        if (initials && oi == 0 && no > 1 && wl == 2 &&
            (memcmp(w, "al", 2) == 0 || memcmp(w, "el", 2) == 0)) {
            ok = eg_buf_puts(&tmp, "al-");
            article = true;
            continue;
        }
        if (initials && oi == 0 && wl > 3 && w[2] == '-' && memcmp(w, "el", 2) == 0) {
            ok = eg_buf_puts(&tmp, "al-");
            w += 3;
            wl -= 3;
        }
        /* abbreviations inside a name of several words are spelled out: "Cie" and
         * "Compagnie", "Discount Corp of New York" and "Discount Corporation of New York" */
        const char *full = last - first > 1 ? org_abbreviation(w, wl) : NULL;
        /* and a firm's last word in another language, after its name ("Tapajos Transmissao"
         * is "Tapajos Transmission") */
        const char *english = i == grupo ? trade_english(w, wl, true)
                              : initials && i + 1 == last && last - first == 2
                                  ? trade_english(w, wl, false)
                                  : NULL;
        ok = ok && (wl == 1 && w[0] == '&' ? eg_buf_puts(&tmp, "and")
                    : english              ? eg_buf_puts(&tmp, english)
                    : full                 ? eg_buf_puts(&tmp, full)
                                           : eg_buf_append(&tmp, w, wl));
    }
    if (ok) {
        eg_buf_fini(out); /* the key is tmp's bytes: out takes them over */
        *out = tmp;
        return true;
    }
    eg_buf_fini(&tmp);
    return false;
}

/* On failure (out of memory) the buffer is released, so that a caller's local buffer never
 * leaks on the error path. */
bool eg_org_key(eg_buf *out, const char *s, size_t n)
{
    if (!org_key(out, s, n, true)) {
        eg_buf_fini(out);
        return false;
    }
    return true;
}

bool eg_name_suffix(const char *s, size_t n, bool any_case)
{
    /* and Portuguese's son, grandson and nephew ("Paulo Henrique Barreto Filho") */
    static const char *const w[] = {"Jr",  "Jr.",      "Sr",       "Sr.",     "Jnr", "Jnr.",
                                    "Snr", "Snr.",     "JR",       "JR.",     "SR",  "SR.",
                                    "II",  "III",      "IV",       "Filho",   "Neto",
                                    "Junior", "J\xc3\xbanior", "Sobrinho"};
    for (size_t i = 0; i < EG_ARRAY_LEN(w); i++) {
        if (any_case ? eg_word_eqi(w[i], s, n) : eg_word_eq(w[i], s, n)) {
            return true;
        }
    }
    return false;
}

bool eg_sentence_adverb(const char *s, size_t n)
{
    /* by length */
    static const char *const by_len[][10] = {
        [3] = {"Now", "Yet"},
        [4] = {"Also", "Then", "Thus"},
        [5] = {"Still", "Later", "Today", "Hence", "Again", "Where", "While"},
        [6] = {"Indeed", "Whilst", "Though", "Unlike", "Unless"},
        [7] = {"However", "Instead", "Earlier", "Overall", "Finally", "Notably", "Clearly",
               "Whereas", "Because", "Whether"},
        [8] = {"Moreover", "Meantime", "Recently", "Likewise", "Although"},
        [9] = {"Meanwhile", "Yesterday", "Elsewhere", "Initially", "Currently", "Similarly",
               "Therefore", "Otherwise", "Sometimes", "Allegedly"},
        [10] = {"Separately", "Afterwards", "Previously", "Ultimately", "Eventually",
                "Apparently", "Reportedly"},
        [11] = {"Furthermore", "Nonetheless", "Importantly"},
        [12] = {"Additionally", "Nevertheless", "Consequently", "Subsequently"},
        [13] = {"Alternatively"},
    };
    return EG_WORD_IN_BY_LEN(by_len, s, n, false);
}

bool eg_family_name(const char *s, size_t n, bool fold)
{
    /* by length */
    static const char *const by_len[][58] = {
        [2] = {"Du", "Fu", "Gu", "Ho", "Hu", "Ko", "Le", "Li", "Ma", "Ng", "Oh", "Su", "Vu", "Wu",
               "Xu", "Ye", "Yi"},
        [3] = {"Ahn", "Bae", "Bai", "Bui", "Cai", "Cao", "Cho", "Cui", "Dai", "Fan", "Gao", "Guo",
               "Han", "Hao", "Heo", "Hou", "Hsu", "Jia", "Jin", "Kao", "Kim", "Kuo", "Lai", "Lam",
               "Lau", "Lee", "Lei", "Lim", "Lin", "Liu", "Luo", "Mao", "Nam", "Ngo", "Noh", "Pan",
               "Qin", "Qiu", "Ren", "Roh", "Ryu", "Seo", "Shi", "Son", "Sun", "Tan", "Wan", "Wei",
               "Xia", "Xie", "Xue", "Yan", "Yao", "Yin", "Yip", "Yoo", "Zhu", "Zou"},
        [4] = {"Baek", "Chan", "Chen", "Choi", "Chou", "Dang", "Deng", "Ding", "Dong", "Duan",
               "Fang", "Feng", "Fung", "Hong", "Jang", "Jeon", "Jung", "Kang", "Kong", "Kwok",
               "Kwon", "Liao", "Long", "Meng", "Moon", "Park", "Peng", "Pham", "Phan", "Qian",
               "Rhee", "Shao", "Shen", "Shin", "Song", "Tang", "Tian", "Tran", "Tsai", "Tung",
               "Wang", "Wong", "Xiao", "Yang", "Yoon", "Yuan", "Zeng", "Zhao", "Zhou"},
        [5] = {"Chang", "Chung", "Duong", "Hoang", "Hsieh", "Huang", "Hwang", "Jiang", "Leung",
               "Liang", "Tsang", "Tseng", "Xiong", "Zhang", "Zheng", "Zhong"},
        [6] = {"Cheung", "Chiang", "Nguyen"},
    };
    return EG_WORD_IN_BY_LEN(by_len, s, n, fold);
}

/* eg_firm_noun's words, by length */
static const char *const firm_nouns[][8] = {
    [4] = {"firm"},
    [5] = {"miner"},
    [6] = {"lender", "brewer", "grocer"},
    [7] = {"company", "startup", "airline", "fintech", "refiner"},
    [8] = {"carmaker", "retailer", "start-up", "operator", "streamer"},
    [9] = {"drugmaker", "automaker", "chipmaker", "brokerage", "bookmaker"},
    [10] = {"planemaker", "steelmaker", "subsidiary"},
    [11] = {"consultancy"},
    [12] = {"conglomerate"},
};

bool eg_firm_noun(const char *s, size_t n)
{
    return EG_WORD_IN_BY_LEN(firm_nouns, s, n, false);
}

const char *const *eg_firm_noun_words(size_t *n)
{
    *n = sizeof firm_nouns / sizeof firm_nouns[0][0];
    return &firm_nouns[0][0];
}

const char *const eg_us_states[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "District of Columbia"};
const size_t eg_us_nstates = sizeof eg_us_states / sizeof eg_us_states[0];

bool eg_us_state(const char *s, size_t n)
{
    for (size_t i = 0; i < eg_us_nstates; i++) {
        if (strlen(eg_us_states[i]) == n && memcmp(eg_us_states[i], s, n) == 0) {
            return true;
        }
    }
    return false;
}

/* eg_work_noun's nouns, by length */
static const char *const work_nouns[][6] = {
    [4] = {"drug", "film", "song"},
    [5] = {"album", "movie", "novel", "drama", "opera"},
    [6] = {"sitcom", "comedy", "memoir"},
    [7] = {"podcast", "musical", "chatbot"},
    [8] = {"thriller"},
    [10] = {"painkiller"},
    [11] = {"documentary"},
};

bool eg_work_noun(const char *s, size_t n)
{
    return EG_WORD_IN_BY_LEN(work_nouns, s, n, false);
}

const char *const *eg_work_noun_words(size_t *n)
{
    *n = sizeof work_nouns / sizeof **work_nouns;
    return &work_nouns[0][0];
}

/* eg_ship_noun's words, by length */
static const char *const ship_nouns[][6] = {
    [4] = {"ship"},
    [5] = {"ferry"},
    [6] = {"tanker", "vessel"},
    [7] = {"frigate", "warship", "cruiser", "trawler", "carrier"},
    [8] = {"corvette"},
    [9] = {"destroyer", "submarine", "freighter"},
    [10] = {"icebreaker"},
    [11] = {"supertanker", "minesweeper"},
};

bool eg_ship_noun(const char *s, size_t n, const char *prev, size_t prevn)
{
    if (!EG_WORD_IN_BY_LEN(ship_nouns, s, n, false)) {
        return false;
    }
    return n != 7 || memcmp(s, "carrier", 7) != 0 ||
           (prevn == 8 && memcmp(prev, "aircraft", 8) == 0);
}

const char *const *eg_ship_noun_words(size_t *n)
{
    *n = sizeof ship_nouns / sizeof ship_nouns[0][0];
    return &ship_nouns[0][0];
}

/* eg_ship_prefix's words, by length */
static const char *const ship_prefixes[][3] = {
    [3] = {"HMS", "USS", "RFA"},
    [4] = {"HMAS", "HMCS"},
    [5] = {"HMNZS"},
};

bool eg_ship_prefix(const char *s, size_t n)
{
    return EG_WORD_IN_BY_LEN(ship_prefixes, s, n, false);
}

const char *const *eg_ship_prefix_words(size_t *n)
{
    *n = sizeof ship_prefixes / sizeof ship_prefixes[0][0];
    return &ship_prefixes[0][0];
}

bool eg_team_nickname(const char *s, size_t n)
{
    static const char *const by_len[][32] = {
        [4] = {"Jets", "Suns", "Nets", "Heat", "Rams", "Cubs", "Mets", "Jazz"},
        [5] = {"Stars", "Lions", "Bulls", "Hawks", "Bears", "Bucks", "Magic", "Kings", "Colts"},
        [6] = {"Eagles", "Tigers", "Rovers", "Giants", "Sharks", "Wolves", "Chiefs", "Titans",
               "Gaming", "Lakers", "Knicks", "Pacers", "Ravens", "Saints", "Texans", "Astros",
               "Cobras", "Riders", "Sabres", "Padres", "Oilers", "Flyers", "Bruins", "Sixers",
               "Albion"},
        [7] = {"Rangers", "Falcons", "Raiders", "Knights", "Hornets", "Rockets", "Pirates",
               "Magpies", "Gunners", "Vikings", "Celtics", "Nuggets", "Pistons", "Esports",
               "Thunder", "Packers", "Cowboys", "Broncos", "Bengals", "Yankees", "Dodgers",
               "Raptors", "Jaguars", "Orioles", "Dragons", "Canucks", "Brewers", "Blazers",
               "Marlins"},
        [8] = {"Warriors", "Panthers", "Dolphins", "Leopards", "Spartans", "Steelers", "Seahawks",
               "Patriots", "Clippers", "Pelicans", "Chargers", "Penguins", "Capitals", "Mariners",
               "Phillies"},
        [9] = {"Wanderers", "Elephants", "Stallions", "Buffaloes", "Mavericks", "Grizzlies",
               "Cardinals", "Cavaliers", "Renegades", "Scorchers", "Canadiens", "Lightning"},
        [10] = {"Hurricanes", "Gladiators", "Buccaneers", "Commanders", "Blackhawks"},
        [12] = {"Timberwolves"},
    };
    return EG_WORD_IN_BY_LEN(by_len, s, n, false);
}

bool eg_shared_demonym(const char *s, size_t n)
{
    return eg_word_eq("Korean", s, n) || eg_word_eq("Koreans", s, n) ||
           eg_word_eq("Congolese", s, n);
}

/* eg_platform_word's words, by length */
static const char *const platform_words[][6] = {
    [5] = {"Weibo"},
    [6] = {"TikTok", "WeChat", "Twitch", "Reddit", "Douyin"},
    [7] = {"Twitter", "YouTube", "Bluesky", "Threads"},
    [8] = {"Facebook", "WhatsApp", "Telegram", "Snapchat", "LinkedIn", "Substack"},
    [9] = {"Instagram"},
};

bool eg_platform_word(const char *s, size_t n)
{
    return EG_WORD_IN_BY_LEN(platform_words, s, n, false);
}

const char *const *eg_platform_words(size_t *n)
{
    *n = sizeof platform_words / sizeof platform_words[0][0];
    return &platform_words[0][0];
}

bool eg_law_head(const char *s, size_t n)
{
    /* by length: the tagger asks of every capitalized word */
    static const char *const by_len[][2] = {
        [3] = {"Act"},      [6] = {"Accord"},    [7] = {"Accords", "Statute"},
        [8] = {"Protocol"}, [9] = {"Agreement"}, [10] = {"Convention"},
    };
    return EG_WORD_IN_BY_LEN(by_len, s, n, false);
}

/* The capitals and small letters of s[0..n); false when it holds anything but letters. */
static bool letter_cases(const char *s, size_t n, size_t *up, size_t *low)
{
    *up = *low = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!eg_is_alpha(c)) {
            return false;
        }
        *up += eg_is_upper(c);
        *low += eg_is_lower(c);
    }
    return true;
}

size_t eg_name_words(const char *s, size_t n, const char **ws, size_t *wl, size_t cap)
{
    size_t nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == '-')) {
            i++;
        }
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '-') {
            j++;
        }
        if (j > i) {
            if (nw == cap) {
                return cap + 1;
            }
            ws[nw] = s + i;
            wl[nw++] = j - i;
        }
        i = j;
    }
    return nw;
}

bool eg_mixed_acronym_word(const char *s, size_t n)
{
    size_t up, low;
    return n >= 3 && n <= 10 && eg_is_upper((unsigned char)s[0]) &&
           eg_is_upper((unsigned char)s[n - 1]) && letter_cases(s, n, &up, &low) && low > 0 &&
           low <= up;
}

bool eg_name_function_word(const char *w, size_t n)
{
    static const char *const by_len[][13] = {
        [1] = {"a", "&"},
        [2] = {"of", "in", "on", "to", "de", "la", "le", "du", "et", "an", "el", "al", "di"},
        [3] = {"for", "the", "and", "des", "der", "und", "les", "del", "fur"},
        [4] = {"pour", "f\xc3\xbcr"},
    };
    return EG_WORD_IN_BY_LEN(by_len, w, n, true);
}

/* acr[p..an) against the words from k on (at most 16 words). */
static bool mixed_rest(const char *acr, size_t an, size_t p, const char *const *ws,
                       const size_t *wl, size_t nw, size_t k)
{
    if (k == nw) {
        return p == an;
    }
    /* a function word, or a word in lower case after a hyphen ("State-owned"), may give no
     * letter */
    bool fw = eg_name_function_word(ws[k], wl[k]) ||
              (k > 0 && ws[k][-1] == '-' && eg_is_lower((unsigned char)ws[k][0]));
    if (fw && mixed_rest(acr, an, p, ws, wl, nw, k + 1)) {
        return true; /* left out */
    }
    if (p == an || eg_to_lower((unsigned char)acr[p]) != eg_to_lower((unsigned char)ws[k][0])) {
        return false;
    }
    if (eg_is_lower((unsigned char)acr[p])) {
        return fw && mixed_rest(acr, an, p + 1, ws, wl, nw, k + 1); /* "o" of "of" */
    }
    /* a capital, then as many of the word's next letters as follow in small letters */
    size_t q = 1;
    do {
        if (mixed_rest(acr, an, p + q, ws, wl, nw, k + 1)) {
            return true;
        }
        q++;
    } while (p + q <= an && q <= wl[k] && eg_is_lower((unsigned char)acr[p + q - 1]) &&
             acr[p + q - 1] == (char)eg_to_lower((unsigned char)ws[k][q - 1]));
    return false;
}

bool eg_acronym_of(const char *acr, size_t an, const char *name, size_t nn)
{
    const char *ws[16];
    size_t wl[16], up, low;
    size_t nw = eg_name_words(name, nn, ws, wl, 16);
    return an >= 2 && an <= 10 && eg_is_upper((unsigned char)acr[0]) &&
           letter_cases(acr, an, &up, &low) && up >= 2 && low <= up && nw >= 2 && nw <= 16 &&
           mixed_rest(acr, an, 0, ws, wl, nw, 0);
}

bool eg_acronym_syllable_of(const char *acr, size_t an, const char *name, size_t nn)
{
    const char *ws[16];
    size_t wl[16], up, low;
    size_t nw = eg_name_words(name, nn, ws, wl, 16);
    if (an < 5 || an > 10 || !letter_cases(acr, an, &up, &low) || low != 0 || nw < 3 ||
        nw > 16) {
        return false;
    }
    for (size_t j = 0; j < nw; j++) { /* the word that gives its first two or three letters */
        if (eg_name_function_word(ws[j], wl[j])) {
            continue;
        }
        for (size_t q = 2; q <= 3 && q <= wl[j]; q++) {
            size_t p = 0;
            bool ok = true;
            for (size_t k = 0; k < nw && ok; k++) {
                if (eg_name_function_word(ws[k], wl[k])) {
                    continue;
                }
                size_t take = k == j ? q : 1;
                for (size_t t = 0; t < take && ok; t++, p++) {
                    ok = p < an && eg_to_lower((unsigned char)acr[p]) ==
                                       eg_to_lower((unsigned char)ws[k][t]);
                }
            }
            if (ok && p == an) {
                return true;
            }
        }
    }
    return false;
}

int32_t eg_gaz_org_acronym(const eg_gazetteer *g, const char *s, size_t n)
{
    uint32_t v = acronym_value(g, s, n);
    if (v == UINT32_MAX || (v & EG_DEMONYM_BIT)) {
        return -1;
    }
    int32_t e = decode(v, NULL);
    return g->entries[e].kind == EG_GAZK_ORG ? e : -1;
}

/* Name particles, by length (eg_gaz_name_particle). */
static const char *const name_particles[][13] = {
    [2] = {"de", "di", "da", "du", "la", "le", "al", "el", "af", "zu", "ap"},
    [3] = {"van", "von", "der", "den", "del", "bin", "ibn", "ter", "ten", "dos", "das", "los",
           "las"},
    [4] = {"bint"},
    [5] = {"della", "binti"},
};

/* A quick filter over a list kept by length, for lists asked of every token, built once from
 * the list: the bit of each word's length and first two bytes (folded to lower case with
 * `fold`) is set, so a word whose bit is clear is not in the list ("the": no name particle of
 * three letters opens with "th"). */
typedef struct word_filter {
    uint64_t bits[8];
} word_filter;

static word_filter particle_filter;
static pthread_once_t word_filter_once = PTHREAD_ONCE_INIT;

static size_t word_filter_bit(size_t n, const char *s, bool fold)
{
    unsigned c0 = (unsigned char)s[0], c1 = n > 1 ? (unsigned char)s[1] : 0;
    if (fold) {
        c0 = (unsigned)eg_to_lower((int)c0);
        c1 = (unsigned)eg_to_lower((int)c1);
    }
    return (n * 67u + c0 * 31u + c1) & 511u;
}

static void word_filter_fill(word_filter *f, const char *const *table, size_t rows, size_t cols,
                             bool fold)
{
    for (size_t n = 1; n < rows; n++) {
        for (size_t k = 0; k < cols && table[n * cols + k]; k++) {
            size_t b = word_filter_bit(n, table[n * cols + k], fold);
            f->bits[b >> 6] |= UINT64_C(1) << (b & 63);
        }
    }
}

#define WORD_FILTER_FILL(f, table, fold)                                                          \
    word_filter_fill((f), &(table)[0][0], EG_ARRAY_LEN(table), EG_ARRAY_LEN((table)[0]), (fold))

static void word_filter_look(void)
{
    WORD_FILTER_FILL(&particle_filter, name_particles, true);
}

/* Could s[0..n) (n > 0) be a word of the filter's list? */
static bool word_filter_may(const word_filter *f, const char *s, size_t n, bool fold)
{
    pthread_once(&word_filter_once, word_filter_look);
    size_t b = word_filter_bit(n, s, fold);
    return f->bits[b >> 6] >> (b & 63) & 1;
}

bool eg_gaz_name_particle(const char *s, size_t n)
{
    /* the tagger asks of every word in lower case: most leave at their length (an empty row)
     * or the filter, the rest after a comparison of first letters */
    if (n == 0 || n >= EG_ARRAY_LEN(name_particles) || !name_particles[n][0] ||
        !word_filter_may(&particle_filter, s, n, true)) {
        return false;
    }
    return EG_WORD_IN_BY_LEN(name_particles, s, n, true);
}

size_t eg_gaz_particle_prefix(const char *s, size_t n)
{
    const char *h = memchr(s, '-', n);
    return h && h > s && (size_t)(h - s) + 1 < n && eg_gaz_name_particle(s, (size_t)(h - s))
               ? (size_t)(h - s) + 1
               : 0;
}

/* ---- phrase lists ---------------------------------------------------------------------------- */

static const char *const pl_names[] = {
    "football_clubs", "parties", "party_abbrevs", "company_words", "person_names",
    "cities", "admin_areas", "countries", "demonyms",
};

static uint32_t pl_bit[EG_PHRASE_MAX_LISTS]; /* table list -> EG_PL_* bit */
static pthread_once_t pl_once = PTHREAD_ONCE_INIT;

static void pl_init(void)
{
    const eg_phrase_table *t = eg_phrase_table_default();
    for (unsigned b = 0; b < sizeof pl_names / sizeof *pl_names; b++) {
        int l = eg_phrase_list(t, pl_names[b]);
        if (l >= 0) {
            pl_bit[l] = 1u << b;
        }
    }
}

static uint32_t pl_mask(const eg_phrase_slot *sl)
{
    uint32_t m = 0;
    for (uint32_t e = sl ? sl->entry : 0; e; e &= e - 1) {
        m |= pl_bit[__builtin_ctz(e)];
    }
    return m;
}

uint32_t eg_gaz_phrase_lists(const char *const *words, const uint32_t *lens, size_t n)
{
    const eg_phrase_table *t = eg_phrase_table_default();
    if (!t || n == 0 || n > EG_PHRASE_MAX_WORDS) {
        return 0;
    }
    pthread_once(&pl_once, pl_init);
    uint64_t key = EG_PHRASE_START;
    for (size_t i = 0; i < n; i++) {
        key = eg_phrase_step(key, eg_phrase_word_hash(words[i], lens[i]));
    }
    return pl_mask(eg_phrase_find(t, key));
}

uint32_t eg_gaz_phrase_lists_text(const char *s, size_t n)
{
    const char *w[EG_PHRASE_MAX_WORDS];
    uint32_t l[EG_PHRASE_MAX_WORDS];
    size_t nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) {
            i++;
        }
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') {
            i++;
        }
        if (i > b) {
            if (nw == EG_PHRASE_MAX_WORDS) {
                return 0;
            }
            w[nw] = s + b;
            l[nw++] = (uint32_t)(i - b);
        }
    }
    return eg_gaz_phrase_lists(w, l, nw);
}
