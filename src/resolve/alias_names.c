/*
 * alias_names.c - keys and names: edit distance, acronyms, word counts and words of keys,
 * given names, misspellings of a word.
 */
#include "alias.h"
#include "alias_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "aliasfile.h"
#include "gazetteer.h"
#include "misspell_index.h"
#include "util.h"

unsigned eg_alias_edit_distance(const char *a, size_t an, const char *b, size_t bn, unsigned max)
{
    if (an > 64 || bn > 64) {
        return max + 1;
    }
    if ((an > bn ? an - bn : bn - an) > max) {
        return max + 1;
    }
    unsigned d[66][66];
    for (size_t i = 0; i <= an; i++) {
        d[i][0] = (unsigned)i;
    }
    for (size_t j = 0; j <= bn; j++) {
        d[0][j] = (unsigned)j;
    }
    for (size_t i = 1; i <= an; i++) {
        unsigned rowmin = max + 1;
        for (size_t j = 1; j <= bn; j++) {
            unsigned cost = a[i - 1] != b[j - 1];
            unsigned v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) {
                v = d[i][j - 1] + 1;
            }
            if (d[i - 1][j - 1] + cost < v) {
                v = d[i - 1][j - 1] + cost;
            }
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v) {
                v = d[i - 2][j - 2] + 1;
            }
            d[i][j] = v;
            if (v < rowmin) {
                rowmin = v;
            }
        }
        if (rowmin > max) {
            return max + 1;
        }
    }
    return d[an][bn];
}

/* Initials of the words of `name` (split at spaces and hyphens), with stopwords (skip_stop
 * 0) or without (1), or without them and the words in lower case after a hyphen (2: "owned"
 * of "State-owned"); `caps_whole`: the last word, in capitals of two or three letters, gives
 * them all (the "SA" of "Petroleos de Venezuela SA", PDVSA; the "AG" of "Oesterreichische
 * Industrieholding AG", OIAG). */
static size_t initials_of(const char *name, size_t n, unsigned skip_stop, bool caps_whole,
                          char *out, size_t cap)
{
    size_t k = 0, i = 0;
    while (i < n) {
        while (i < n && (name[i] == ' ' || name[i] == '-' || name[i] == ',')) {
            i++;
        }
        size_t j = i;
        while (j < n && name[j] != ' ' && name[j] != '-' && name[j] != ',') {
            j++;
        }
        if (j > i) {
            char lw[16];
            size_t wl = j - i < sizeof lw ? j - i : sizeof lw - 1;
            for (size_t q = 0; q < wl; q++) {
                lw[q] = (char)eg_to_lower((unsigned char)name[i + q]);
            }
            bool caps = caps_whole && (j - i == 2 || j - i == 3) && j == n;
            for (size_t q = i; q < j && caps; q++) {
                caps = eg_is_upper((unsigned char)name[q]);
            }
            if (caps) {
                for (size_t q = i; q < j && k + 1 < cap; q++) {
                    out[k++] = (char)eg_to_lower((unsigned char)name[q]);
                }
            } else if (!(skip_stop && (eg_name_function_word(lw, wl) ||
                                       (skip_stop == 2 && i > 0 && name[i - 1] == '-' &&
                                        eg_is_lower((unsigned char)name[i])))) &&
                       k + 1 < cap) {
                out[k++] = (char)eg_to_lower((unsigned char)name[i]);
            }
        }
        i = j;
    }
    out[k] = '\0';
    return k;
}

static size_t initials(const char *name, size_t n, bool skip_stop, char *out, size_t cap)
{
    return initials_of(name, n, skip_stop, false, out, cap);
}

bool eg_alias_acronym_matches(const char *acr, size_t acr_len, const char *name, size_t name_len)
{
    if (eg_mixed_acronym_word(acr, acr_len)) {
        return eg_acronym_of(acr, acr_len, name, name_len); /* "BoE", "FinCEN" */
    }
    char a[32];
    size_t an = 0;
    for (size_t i = 0; i < acr_len && an + 1 < sizeof a; i++) {
        if (eg_is_alpha((unsigned char)acr[i])) {
            a[an++] = (char)eg_to_lower((unsigned char)acr[i]);
        }
    }
    a[an] = '\0';
    if (an < 2) {
        return false;
    }
    char ini[64];
    size_t k = initials(name, name_len, true, ini, sizeof ini);
    if (k == an && memcmp(ini, a, an) == 0) {
        return true;
    }
    k = initials(name, name_len, false, ini, sizeof ini);
    if (k == an && memcmp(ini, a, an) == 0) {
        return true;
    }
    k = initials_of(name, name_len, 2, false, ini, sizeof ini); /* "State-owned Assets ..." */
    if (k == an && memcmp(ini, a, an) == 0) {
        return true;
    }
    for (int skip = 1; skip >= 0; skip--) { /* "Petroleos de Venezuela SA (PDVSA)" */
        k = initials_of(name, name_len, skip, true, ini, sizeof ini);
        if (k == an && memcmp(ini, a, an) == 0) {
            return true;
        }
    }
    /* without the words a group's full name adds: "The Royal Bank of Scotland Group plc (RBS)" */
    size_t n = name_len;
    bool group = false;
    for (;;) {
        size_t e = n;
        while (e > 0 && name[e - 1] == ' ') {
            e--;
        }
        size_t b = e;
        while (b > 0 && name[b - 1] != ' ') {
            b--;
        }
        bool g = eg_word_eqi("group", name + b, e - b) || eg_word_eqi("holdings", name + b, e - b);
        if (b == 0 || !(g || eg_gaz_legal_form(name + b, e - b))) {
            break;
        }
        group |= g;
        n = b;
    }
    if (group) { /* not a legal form alone: "Singapore National Printers Ltd" is no SNP */
        k = initials(name, n, true, ini, sizeof ini);
        return k == an && memcmp(ini, a, an) == 0;
    }
    /* without the country's abbreviation that opens it: "U.S. Food and Drug Administration
     * (FDA)", "UK Financial Conduct Authority (FCA)" */
    static const char *const lead[] = {"U.S.", "US", "UK", "U.K."};
    size_t w = 0;
    while (w < name_len && name[w] != ' ') {
        w++;
    }
    for (size_t q = 0; q < EG_ARRAY_LEN(lead); q++) {
        if (w + 1 < name_len && eg_word_eqi(lead[q], name, w) &&
            memchr(name + w + 1, ' ', name_len - w - 1)) {
            k = initials(name + w + 1, name_len - w - 1, true, ini, sizeof ini);
            return k == an && memcmp(ini, a, an) == 0;
        }
    }
    return false;
}

bool alias_acronym_bare(const char *acr, size_t acr_len, const char *name, size_t name_len)
{
    size_t b = 0, e = name_len;
    bool cut = false;
    for (;;) { /* the legal forms that close it */
        size_t w = e;
        while (w > 0 && name[w - 1] != ' ') {
            w--;
        }
        if (w == 0 || !eg_gaz_legal_form(name + w, e - w)) {
            break;
        }
        e = w > 0 ? w - 1 : 0;
        cut = true;
    }
    size_t w = 0;
    while (w < e && name[w] != ' ') {
        w++;
    }
    /* one that opens it: Indonesia's "PT", Russia's and Kazakhstan's "JSC", "PJSC" */
    if (w < e && (eg_word_eqi("pt", name, w) || eg_gaz_legal_form(name, w))) {
        b = w + 1;
        cut = true;
    }
    return cut && e > b && memchr(name + b, ' ', e - b) &&
           eg_alias_acronym_matches(acr, acr_len, name + b, e - b);
}

const char *eg_alias_after_initial(const char *s)
{
    if (!eg_is_alpha((unsigned char)s[0])) {
        return NULL;
    }
    size_t i = 1 + (s[1] == '.');
    return s[i] == ' ' && s[i + 1] ? s + i + 1 : NULL;
}

static int cmp_char(const void *a, const void *b)
{
    return *(const char *)a - *(const char *)b;
}

bool alias_acronym_permuted(const char *acr, size_t acr_len, const char *name, size_t name_len)
{
    char a[32];
    size_t an = 0;
    for (size_t i = 0; i < acr_len && an + 1 < sizeof a; i++) {
        if (!eg_is_alpha((unsigned char)acr[i])) {
            return false;
        }
        a[an++] = (char)eg_to_lower((unsigned char)acr[i]);
    }
    char ini[64];
    size_t k = initials(name, name_len, true, ini, sizeof ini);
    if (an < 3 || k != an) {
        return false;
    }
    qsort(a, an, 1, cmp_char);
    qsort(ini, k, 1, cmp_char);
    return memcmp(a, ini, an) == 0;
}

/* Can w[0..wn) be cut into prefixes of two letters or more of the words of name[0..n), in
 * order, the first word's first, function words skippable? (at most 12 words) */
static bool blend_rest(const char *w, size_t wn, const char *const *words, const size_t *lens,
                       size_t nw, size_t i)
{
    if (wn == 0) {
        return i >= 2;
    }
    if (i >= nw) {
        return false;
    }
    for (size_t k = lens[i] < wn ? lens[i] : wn; k >= 2; k--) {
        bool same = true;
        for (size_t q = 0; q < k && same; q++) {
            same = eg_to_lower((unsigned char)words[i][q]) == eg_to_lower((unsigned char)w[q]);
        }
        if (same && blend_rest(w + k, wn - k, words, lens, nw, i + 1)) {
            return true;
        }
    }
    return i > 0 && eg_name_function_word(words[i], lens[i]) && blend_rest(w, wn, words, lens, nw, i + 1);
}

/* The words of name[0..n) into words/lens, at most max; SIZE_MAX when it has more and all
 * is false (the first max are kept when all is true). */
static size_t name_words(const char *name, size_t n, const char **words, size_t *lens,
                         size_t max, bool all)
{
    size_t nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && name[i] == ' ') {
            i++;
        }
        size_t j = i;
        while (j < n && name[j] != ' ') {
            j++;
        }
        if (j > i) {
            if (nw == max) {
                return all ? nw : SIZE_MAX;
            }
            words[nw] = name + i;
            lens[nw++] = j - i;
        }
        i = j;
    }
    return nw;
}

/* Is w[0..n) a word of a firm's trade that its short name leaves out ("electronics" of
 * "seorin electronics", "airlines" of "nile crown airlines")? Not the words of units and
 * funds that bear their parent's name ("partners", "international", "finance"). */
static bool trade_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "airlines",    "airways",     "electronics", "brewing",      "breweries",
        "mining",      "mines",       "minerals",    "resources",    "energy",
        "industries",  "textiles",    "chemicals",   "pharmaceuticals", "petroleum",
        "shipping",    "logistics",   "technologies", "technology",  "semiconductor",
        "semiconductors", "steel",    "cement",      "foods",        "telecom",
        "motors",      "works",       "trading",      "assurance",    "insurance",
        "reinsurance", "therapeutics", "biosciences", "pharma",       "pharmaceutical",
        "biotechnology", "biopharmaceuticals", "infrastructure", "biologics", "biotech",
        "biopharma",   "diagnostics", "genomics",    "robotics",     "aerospace",    "computing",
        "fertilizers", "fertilisers", "nutrients", "cooperative", "co-operative", "co-op",
        "power"};
    for (size_t i = 0; i < EG_ARRAY_LEN(words); i++) {
        if (eg_word_eq(words[i], w, n)) {
            return true;
        }
    }
    return false;
}

/* Are the words of key rest only trade words (when `trades`), the words of `more` and legal
 * forms, one of the first two kinds at least? */
static bool rest_of_words(const char *rest, bool trades, const char *const *more, size_t nmore)
{
    bool any = false;
    for (const char *w = rest; *w == ' ';) {
        w++;
        size_t n = strcspn(w, " ");
        bool trade = trades && trade_word(w, n);
        for (size_t i = 0; i < nmore && !trade; i++) {
            trade = eg_word_eq(more[i], w, n);
        }
        if (!trade && !eg_gaz_legal_form(w, n)) {
            return false;
        }
        any |= trade;
        w += n;
    }
    return any;
}

bool alias_trade_rest(const char *rest, const char *const *more, size_t nmore)
{
    return rest_of_words(rest, true, more, nmore);
}

/* Are the words of key rest (after a space) only a firm's group's or trade's words and legal
 * forms, one of its group or trade at least ("group corp", "electronics co ltd",
 * "airlines"; "softbank" of "softbank group"), or "se"? Not the words of units and funds that bear
 * their parent's name ("capital", "partners", "international", "finance": GE Capital is not
 * GE). */
/* A group's words, then the words of a trade the trade words lack (alias_firm_rest). */
static const char *const firm_rest_words[] = {"group",   "holding",    "holdings",
                                              "brewery", "energie",    "processors",
                                              "telecommunications", "heavy", "manufacturing",
                                              "shipping", "industries", "chemicals",
                                              "pharmaceuticals", "mining", "technologies",
                                              "technology", "digital", "software",
                                              "plantations"};
enum { GROUP_WORDS = 3 };

bool alias_firm_rest(const char *rest)
{
    /* or a European company's "SE" alone ("BioNTech SE"), which the key keeps: Porsche SE is
     * not Porsche AG, whose key is "porsche" (a firm's whole name, never a short one) */
    return strcmp(rest, " se") == 0 ||
           rest_of_words(rest, true, firm_rest_words, EG_ARRAY_LEN(firm_rest_words));
}

bool alias_group_rest(const char *rest)
{
    return rest_of_words(rest, false, firm_rest_words, GROUP_WORDS);
}

bool alias_blend_of(const char *w, size_t wn, const char *name, size_t name_len)
{
    const char *words[12];
    size_t lens[12];
    size_t nw = name_words(name, name_len, words, lens, 12, true);
    if (wn < 4 || wn > 12 || nw < 2 || !eg_is_upper((unsigned char)w[0])) {
        return false;
    }
    for (size_t i = 0; i < wn; i++) {
        if (!eg_is_alpha((unsigned char)w[i])) {
            return false;
        }
    }
    return blend_rest(w, wn, words, lens, nw, 0);
}

/* Can w[0..wn) be cut into pieces, one per word of name from word i on, each a run of the
 * word's letters in order that opens with its first ("COCO" of "Cocoa", "BOD" of "Board"),
 * function words skippable? */
static bool syllables_rest(const char *w, size_t wn, const char *const *words,
                           const size_t *lens, size_t nw, size_t i)
{
    if (wn == 0) {
        return i >= nw;
    }
    if (i >= nw) {
        return false;
    }
    if (eg_to_lower((unsigned char)words[i][0]) == eg_to_lower((unsigned char)w[0])) {
        /* the piece: w[0..k), its letters found in order in the word */
        size_t at = 1;
        for (size_t k = 1; k <= wn; k++) {
            if (syllables_rest(w + k, wn - k, words, lens, nw, i + 1)) {
                return true;
            }
            if (k == wn) {
                break;
            }
            char want = (char)eg_to_lower((unsigned char)w[k]);
            while (at < lens[i] && eg_to_lower((unsigned char)words[i][at]) != want) {
                at++;
            }
            if (at++ >= lens[i]) {
                break;
            }
        }
    }
    /* and a Spanish or Portuguese "and": "Sociedad Estatal de Cobre y Litio (Secolit)" */
    bool and_word = lens[i] == 1 && (words[i][0] == 'y' || words[i][0] == 'e');
    return (eg_name_function_word(words[i], lens[i]) || and_word) &&
           syllables_rest(w, wn, words, lens, nw, i + 1);
}

int alias_syllables_of(const char *w, size_t wn, const char *name, size_t name_len)
{
    const char *words[8];
    size_t lens[8];
    size_t nw = name_words(name, name_len, words, lens, 8, false);
    if (wn < 4 || wn > 10 || nw < 2 || nw == SIZE_MAX) {
        return 0;
    }
    for (size_t i = 0; i < wn; i++) {
        if (!eg_is_alpha((unsigned char)w[i])) {
            return 0;
        }
    }
    /* every word from the first, or from the second when two or more are left (the first
     * names where the body is: "Ghana Cocoa Board (COCOBOD)") */
    if (syllables_rest(w, wn, words, lens, nw, 0)) {
        return 1;
    }
    return nw >= 3 && syllables_rest(w, wn, words + 1, lens + 1, nw - 1, 0) ? 2 : 0;
}

bool alias_syllable_name(const char *w, size_t wn, const char *name, size_t name_len)
{
    if (wn < 5 || !eg_is_upper((unsigned char)w[0])) {
        return false;
    }
    for (size_t i = 1; i < wn; i++) {
        if (!eg_is_lower((unsigned char)w[i])) {
            return false; /* "Secolit", not "SECOLIT" (the acronyms' rules) */
        }
    }
    /* the name without its legal forms ("S.A.", "Ltda.") */
    while (name_len > 0) {
        const char *sp = memrchr(name, ' ', name_len);
        if (!sp) {
            return false;
        }
        size_t k = name_len - (size_t)(sp + 1 - name);
        if (!eg_gaz_legal_form(sp + 1, k)) {
            break;
        }
        name_len = (size_t)(sp - name);
    }
    const char *words[8];
    size_t lens[8];
    size_t nw = name_words(name, name_len, words, lens, 8, false), content = 0;
    for (size_t i = 0; i < nw && nw != SIZE_MAX; i++) {
        content += !eg_name_function_word(words[i], lens[i]) && lens[i] > 1;
    }
    return nw != SIZE_MAX && content >= 3 && alias_syllables_of(w, wn, name, name_len) == 1;
}

bool alias_acronym_loose(const char *acr, size_t acr_len, const char *name, size_t name_len)
{
    char ini[64];
    size_t k = initials(name, name_len, true, ini, sizeof ini);
    if (acr_len < 2 || acr_len > 6 || k < 2 || acr_len > k + 1 || k > acr_len + 1) {
        return false;
    }
    for (size_t i = 0; i < acr_len; i++) {
        if (!eg_is_alpha((unsigned char)acr[i])) {
            return false;
        }
    }
    if (eg_to_lower((unsigned char)acr[0]) == ini[0]) {
        return true;
    }
    /* or, of four letters or more, all but one of the initials in another order: "National
     * Council for the Safeguard of the Homeland (CNSP)", the French order and word */
    size_t common = 0;
    bool used[64] = {false};
    for (size_t i = 0; i < acr_len && acr_len == k && acr_len >= 4; i++) {
        for (size_t j = 0; j < k; j++) {
            if (!used[j] && ini[j] == eg_to_lower((unsigned char)acr[i])) {
                used[j] = true;
                common++;
                break;
            }
        }
    }
    return acr_len == k && acr_len >= 4 && common + 1 >= acr_len;
}

bool alias_acronym_translated(const char *acr, size_t acr_len, const char *name,
                              size_t name_len)
{
    char ini[64];
    size_t k = initials(name, name_len, true, ini, sizeof ini);
    if (acr_len < 3 || acr_len > 6 || k != acr_len) {
        return false;
    }
    for (size_t i = 0; i < acr_len; i++) {
        if (!eg_is_upper((unsigned char)acr[i])) {
            return false;
        }
    }
    return true;
}

bool alias_place_named(const char *key)
{
    size_t n = strlen(key);
    return (eg_gaz_phrase_lists_text(key, n) & (EG_PL_CITY | EG_PL_ADMIN_AREA | EG_PL_COUNTRY)) ||
           (eg_gaz_word_flags(eg_gazetteer_default(), key, n) &
            (EG_GAZ_LOCATION | EG_GAZ_COUNTRY));
}

bool alias_is_acronym_word(const char *s, size_t n)
{
    if (eg_mixed_acronym_word(s, n)) {
        return true;
    }
    size_t up = 0;
    if (n < 2 || n > 10) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (eg_is_lower((unsigned char)s[i])) {
            return false;
        }
        up += eg_is_upper((unsigned char)s[i]);
    }
    return up >= 2;
}

bool alias_key_is(const char *name, const char *key)
{
    eg_buf k = {0};
    bool same = eg_gaz_key(&k, name, strlen(name)) && k.data && strcmp(k.data, key) == 0;
    if (!same) {
        same = eg_org_key(&k, name, strlen(name)) && k.data && strcmp(k.data, key) == 0;
    }
    eg_buf_fini(&k);
    return same;
}

size_t alias_count_words(const char *k)
{
    size_t n = 0;
    bool in = false;
    for (; *k; k++) {
        if (*k == ' ') {
            in = false;
        } else if (!in) {
            in = true;
            n++;
        }
    }
    return n;
}

/* Does key `part` equal one whole word of `full`? Sets *last when it is the last word. */
bool alias_key_has_word(const char *k, const char *w, size_t n)
{
    for (const char *v = k; *v;) {
        size_t m = strcspn(v, " ");
        if (m == n && memcmp(v, w, n) == 0) {
            return true;
        }
        v += m + (v[m] == ' ');
    }
    return false;
}

bool alias_word_of(const char *part, const char *full, bool *last)
{
    size_t pn = strlen(part);
    const char *p = full;
    while (*p) {
        const char *q = strchr(p, ' ');
        size_t wn = q ? (size_t)(q - p) : strlen(p);
        size_t skip = eg_gaz_particle_prefix(p, wn); /* "sisi" of "al-sisi" */
        if ((wn == pn && memcmp(p, part, pn) == 0) ||
            (skip && wn - skip == pn && memcmp(p + skip, part, pn) == 0)) {
            *last = q == NULL;
            return true;
        }
        if (!q) {
            break;
        }
        p = q + 1;
    }
    return false;
}

bool eg_alias_inner_word(const char *word, const char *full)
{
    size_t n = strlen(word);
    bool last = true;
    return n > 0 && !strchr(word, ' ') && alias_word_of(word, full, &last) && !last &&
           !(strncmp(full, word, n) == 0 && full[n] == ' ') && !eg_gaz_name_particle(word, n);
}

/* Two edits turn many short names into others (Maroon/Martin, Almeria/Almunia,
 * Ronaldo/Rinaldi); a real misspelling keeps most letter pairs (Bazuma/Bazoum share ba, az,
 * um). Below eight letters, two edits need 60% of the letter pairs in common (Dice). */
bool alias_two_edits_plausible(const char *a, size_t an, const char *b, size_t bn)
{
    if (an >= 8 && bn >= 8) {
        return true;
    }
    if (an < 2 || bn < 2 || an > 64 || bn > 64) {
        return false;
    }
    bool used[64] = {false};
    size_t common = 0;
    for (size_t i = 0; i + 1 < an; i++) {
        for (size_t j = 0; j + 1 < bn; j++) {
            if (!used[j] && a[i] == b[j] && a[i + 1] == b[j + 1]) {
                used[j] = true;
                common++;
                break;
            }
        }
    }
    return 10 * 2 * common >= 6 * ((an - 1) + (bn - 1));
}

/* A single word that is a common given name ("Daniel", "Philip") or a listed place, country or
 * organization ("Davos") is that, never a misspelled surname. */
bool alias_given_name_word(const char *w, size_t n)
{
    return (eg_gaz_word_flags(eg_gazetteer_default(), w, n) &
            (EG_GAZ_FIRSTNAME | EG_GAZ_LOCATION | EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_ORG)) != 0;
}

/* Short given names and the formal name each stands for: English short forms, and a few
 * German, Dutch, Spanish, Italian, Polish, Hungarian, Greek, Russian, Georgian and Yoruba
 * ones, that name one formal name only ("chris", not "alex", is taken for Christopher;
 * "tony" Anthony; "paco" Francisco, "pepe" Jose, "misha" Mikhail, "gia" Giorgi,
 * "kees" Cornelis, "kasia" Katarzyna, "kostas" Konstantinos, "seun" Oluwaseun; Australia's
 * "lochie" Lachlan). */
static const char *const formal_forms[][2] = {
    {"bill", "william"},    {"billy", "william"},    {"will", "william"},
    {"bob", "robert"},      {"bobby", "robert"},     {"rob", "robert"},
    {"bert", "albert"},     {"chris", "christopher"}, {"larry", "lawrence"},
    {"mike", "michael"},    {"jim", "james"},        {"jimmy", "james"},
    {"tom", "thomas"},      {"tommy", "thomas"},     {"tony", "anthony"},
    {"dick", "richard"},    {"rick", "richard"},     {"ted", "edward"},
    {"ed", "edward"},       {"dave", "david"},       {"joe", "joseph"},
    {"dan", "daniel"},      {"danny", "daniel"},     {"ben", "benjamin"},
    {"sam", "samuel"},      {"ron", "ronald"},       {"ronnie", "ronald"},
    {"sammy", "samuel"},
    {"don", "donald"},      {"ken", "kenneth"},      {"pat", "patrick"},
    {"nick", "nicholas"},   {"andy", "andrew"},      {"fred", "frederick"},
    {"greg", "gregory"},    {"jeff", "jeffrey"},     {"matt", "matthew"},
    {"pete", "peter"},      {"phil", "philip"},      {"ray", "raymond"},
    {"tim", "timothy"},     {"walt", "walter"},      {"doug", "douglas"},
    {"jerry", "gerald"},    {"chuck", "charles"},    {"charlie", "charles"},
    {"harry", "henry"},     {"hank", "henry"},       {"jack", "john"},
    {"johnny", "john"},     {"steve", "stephen"},    {"liz", "elizabeth"},
    {"beth", "elizabeth"},  {"kate", "katherine"},   {"sue", "susan"},
    {"peggy", "margaret"},  {"maggie", "margaret"},  {"jenny", "jennifer"},
    {"jupp", "josef"},      {"sepp", "josef"},       {"hans", "johannes"},
    {"steffi", "stefanie"}, {"bart", "bartholomew"}, {"paco", "francisco"},
    {"pancho", "francisco"}, {"pepe", "jose"},       {"nacho", "ignacio"},
    {"quique", "enrique"},  {"manolo", "manuel"},    {"memo", "guillermo"},
    {"beppe", "giuseppe"},  {"peppe", "giuseppe"},   {"gigi", "luigi"},
    {"misha", "mikhail"},   {"dima", "dmitry"},      {"volodya", "vladimir"},
    {"kolya", "nikolai"},   {"vanya", "ivan"},       {"kostya", "konstantin"},
    {"gia", "giorgi"},      {"paddy", "patrick"},    {"brad", "bradley"},
    {"kathy", "katherine"}, {"becky", "rebecca"},    {"vicky", "victoria"},
    {"gianni", "giovanni"}, {"rafa", "rafael"},      {"xavi", "xavier"},
    {"nando", "fernando"},  {"lalo", "eduardo"},     {"chucho", "jesus"},
    {"lupe", "guadalupe"},  {"wim", "willem"},       {"kees", "cornelis"},
    {"henk", "hendrik"},    {"piet", "pieter"},      {"jaap", "jacob"},
    {"kasia", "katarzyna"}, {"gosia", "malgorzata"}, {"basia", "barbara"},
    {"kuba", "jakub"},      {"zbyszek", "zbigniew"}, {"staszek", "stanislaw"},
    {"laci", "laszlo"},     {"zsuzsa", "zsuzsanna"}, {"kati", "katalin"},
    {"kostas", "konstantinos"}, {"takis", "panagiotis"}, {"lyosha", "alexei"},
    {"petya", "pyotr"},     {"tolya", "anatoly"},    {"grisha", "grigory"},
    {"vova", "vladimir"},   {"seryozha", "sergei"},  {"eka", "ekaterine"},
    {"dato", "davit"},      {"seun", "oluwaseun"},   {"tunde", "babatunde"},
    {"dom", "dominic"},     {"lottie", "charlotte"}, {"lochie", "lachlan"},
    {"hal", "harold"},      {"josh", "joshua"},      {"zach", "zachary"},
    {"archie", "archibald"}, {"freddie", "frederick"}, {"bernie", "bernard"}};

/* The short forms by their first byte: formal_list[formal_at[b] .. formal_at[b + 1]) are those
 * opening with byte b ("bill", "billy", "bob", ... for 'b'), in the table's order. Built once,
 * then read by every thread. */
static uint8_t formal_list[EG_ARRAY_LEN(formal_forms)];
static uint16_t formal_at[257];
static pthread_once_t formal_once = PTHREAD_ONCE_INIT;

static void formal_index_build(void)
{
    _Static_assert(EG_ARRAY_LEN(formal_forms) <= 256, "form indices are bytes");
    size_t n = 0;
    for (unsigned b = 0; b < 256; b++) {
        formal_at[b] = (uint16_t)n;
        for (size_t i = 0; i < EG_ARRAY_LEN(formal_forms); i++) {
            if ((unsigned char)formal_forms[i][0][0] == b) {
                formal_list[n++] = (uint8_t)i;
            }
        }
    }
    formal_at[256] = (uint16_t)n;
}

/* The formal given name of short form w[0..n), or NULL: "bill" -> "william". */
const char *alias_formal_given(const char *w, size_t n)
{
    pthread_once(&formal_once, formal_index_build);
    unsigned b = n > 0 ? (unsigned char)w[0] : 0; /* only an empty form matches no bytes */
    for (size_t q = formal_at[b]; q < formal_at[b + 1]; q++) {
        const char *const *f = formal_forms[formal_list[q]];
        if (eg_word_eq(f[0], w, n)) {
            return f[1];
        }
    }
    return NULL;
}

/* Do words p[0..pl) and q[0..ql) differ as a man's and a woman's form of one name: one the
 * other and an "a" ("dragan" / "dragana", "petrov" / "petrova"), or an "o" or "e" for an "a"
 * at the end ("mario" / "maria", "simone" / "simona")? */
static bool gendered_forms(const char *p, size_t pl, const char *q, size_t ql)
{
    if (pl > ql) {
        const char *t = p;
        p = q;
        q = t;
        size_t tl = pl;
        pl = ql;
        ql = tl;
    }
    if (pl < 3) {
        return false;
    }
    if (ql == pl + 1) {
        return q[pl] == 'a' && memcmp(p, q, pl) == 0;
    }
    char x = p[pl - 1], y = q[ql - 1];
    return ql == pl && memcmp(p, q, pl - 1) == 0 &&
           ((x == 'a' && (y == 'o' || y == 'e')) || (y == 'a' && (x == 'o' || x == 'e')));
}

/* Do person keys a and b, of as many words, differ in one word as a man's and a woman's
 * forms of it ("dragan petrovic" / "dragana petrovic", "ivan petrov" / "ivan petrova"):
 * two people, a sister, a wife, a daughter, never one misspelt? */
bool alias_gendered_names(const char *a, const char *b)
{
    while (*a && *b) {
        const char *ae = strchr(a, ' '), *be = strchr(b, ' ');
        size_t al = ae ? (size_t)(ae - a) : strlen(a), bl = be ? (size_t)(be - b) : strlen(b);
        if (gendered_forms(a, al, b, bl)) {
            return true;
        }
        a = ae ? ae + 1 : a + al;
        b = be ? be + 1 : b + bl;
    }
    return false;
}

/* Is `part` a close misspelling of the last word of `full` (length >= 5, same initial)? Only
 * the surname: a first name alone is rarely how a person is named again, and "Arsenal" is
 * two edits from "Arsene" (Wenger). */
bool alias_misspelled_word_of(const char *part, const char *full)
{
    size_t pn = strlen(part);
    const char *p = strrchr(full, ' ');
    p = p ? p + 1 : full;
    size_t wn = strlen(p);
    if (pn < 5 || wn < 5 || p[0] != part[0]) {
        return false;
    }
    unsigned max = 2;
    unsigned d = eg_alias_edit_distance(part, pn, p, wn, max);
    return d <= max && d * 3 <= (unsigned)pn && !alias_given_name_word(part, pn) &&
           (d < 2 || alias_two_edits_plausible(part, pn, p, wn));
}

const char *alias_last_word(const char *k)
{
    const char *p = strrchr(k, ' ');
    return p ? p + 1 : k;
}
