/*
 * alias_cross.c - resolution across articles: candidates blocked by type and the first two
 * letters of the last word, misspellings (misspell_index.c), lone surnames.
 */
#include "alias.h"
#include "alias_impl.h"

#include <stdlib.h>
#include <string.h>

#include "aliasfile.h"
#include "gazetteer.h"
#include "misspell_index.h"
#include "util.h"

/* ---- within one article ---------------------------------------------------------------- */

/* ---- across articles -------------------------------------------------------------------- */

static size_t shared_nbrs(const eg_alias_cand *a, const eg_alias_cand *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->nnbrs && j < b->nnbrs) {
        if (a->nbrs[i] == b->nbrs[j]) {
            n++, i++, j++;
        } else if (a->nbrs[i] < b->nbrs[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

typedef struct blk {
    uint32_t id;
    eg_etype type;
    uint16_t first; /* first two bytes of the last word: misspellings keep them */
    uint32_t len; /* of the last word */
    const char *key;
} blk;

static int cmp_blk(const void *x, const void *y)
{
    const blk *a = x, *b = y;
    if (a->type != b->type) {
        return a->type < b->type ? -1 : 1;
    }
    if (a->first != b->first) {
        return a->first < b->first ? -1 : 1;
    }
    if (a->len != b->len) {
        return a->len < b->len ? -1 : 1;
    }
    int c = strcmp(a->key, b->key);
    if (c) {
        return c;
    }
    return a->id < b->id ? -1 : a->id > b->id;
}

static bool push_pair(eg_alias_pair **pairs, size_t *n, size_t *cap, uint32_t a, uint32_t b,
                      eg_rule rule)
{
    if (!EG_GROW(*pairs, *cap, *n + 1)) {
        return false;
    }
    (*pairs)[(*n)++] = (eg_alias_pair){a, b, rule};
    return true;
}

static bool prophet_name(const char *w, size_t n);

/* Two multi-word names: same number of words, every word equal except one close misspelling,
 * and of a person's (`person`) not a woman's listed given name for a man's; the Prophet's name
 * written two ways counts as equal ("mohamed al rashidi" / "mohammed al rashdi"). */
static bool names_close(const char *a, const char *b, bool person)
{
    size_t na = alias_count_words(a), nb = alias_count_words(b);
    if (na != nb) {
        return false;
    }
    unsigned diffs = 0;
    const char *p = a, *q = b;
    while (*p && *q) {
        const char *pe = strchr(p, ' '), *qe = strchr(q, ' ');
        size_t pl = pe ? (size_t)(pe - p) : strlen(p), ql = qe ? (size_t)(qe - q) : strlen(q);
        if ((pl != ql || memcmp(p, q, pl) != 0) && !(prophet_name(p, pl) && prophet_name(q, ql))) {
            size_t mn = pl < ql ? pl : ql;
            if (mn < 4 || p[0] != q[0] || eg_alias_edit_distance(p, pl, q, ql, 2) > (mn >= 7 ? 2u : 1u)) {
                return false;
            }
            if (person && (p[pl - 1] == 'a') != (q[ql - 1] == 'a') &&
                alias_given_name_word(p, pl) && alias_given_name_word(q, ql)) {
                return false; /* a woman's given name and a man's: "alexandra clarke",
                               * "alexander clarke"; "paula", "paul"; "daniela", "daniel" */
            }
            diffs++;
        }
        p = pe ? pe + 1 : p + pl;
        q = qe ? qe + 1 : q + ql;
    }
    return diffs == 1;
}

/* Are the words of key k before its surname (at la) given names of six letters or more that no
 * list gives (no common given name, no particle)? Of two given names or more, one such is
 * enough beside others of five letters or more, listed or not ("abakar mahamat": Mahamat is a
 * common given name in Chad, the pair is not). */
static bool uncommon_given(const char *k, const char *la)
{
    size_t words = 0, rare = 0;
    for (const char *p = k; p < la;) {
        const char *q = strchr(p, ' ');
        if (q - p < 5 || eg_gaz_name_particle(p, (size_t)(q - p))) {
            return false; /* a given name too short to tell one person, or a particle */
        }
        words++;
        rare += q - p >= 6 && !alias_given_name_word(p, (size_t)(q - p));
        p = q + 1;
    }
    return rare == words || (words >= 2 && rare >= 1);
}

/* The space before the surname of person key k, before the particles that open it ("muammar al
 * gaddafi": the one after "muammar"; "jerome van der straeten": after "jerome"); NULL for a key
 * of one word. */
static const char *given_end(const char *k)
{
    const char *la = strrchr(k, ' ');
    while (la && la > k) { /* each particle before it: "jerome van der straeten" */
        const char *p = la - 1;
        while (p > k && p[-1] != ' ') {
            p--;
        }
        if (!(p > k && eg_gaz_name_particle(p, (size_t)(la - p)))) {
            break;
        }
        la = p - 1;
    }
    return la;
}

/* Into k: person key `key` with the particles before its surname written on ("mohamed
 * elbaradei" of "mohamed el baradei", "jerome vanderstraeten" of "jerome van der straeten").
 * False: no such particle, or out of memory (*ok). */
static bool particle_joined(eg_buf *k, const char *key, bool *ok)
{
    const char *ge = given_end(key), *la = alias_last_word(key);
    if (!ge || la - 1 == ge) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, (size_t)(ge + 1 - key));
    for (const char *p = ge + 1; *ok && *p; p++) {
        /* "mohamed " + "elbaradei", "jerome " + "vanderstraeten": the particles' spaces
         * dropped */
        *ok = *p == ' ' || eg_buf_putc(k, *p);
    }
    return *ok;
}

/* Into k: person key of three words whose first two, given names of three letters or more and
 * no particles, are written as one ("mohammadreza hosseini" of "mohammad reza hosseini",
 * "alireza karimi" of "ali reza karimi"). False: no such key, or out of memory (*ok). */
static bool given_pair_joined(eg_buf *k, const char *key, bool *ok)
{
    if (alias_count_words(key) != 3) {
        return false;
    }
    const char *s1 = strchr(key, ' '), *s2 = strchr(s1 + 1, ' ');
    size_t a = (size_t)(s1 - key), b = (size_t)(s2 - s1 - 1);
    if (a < 3 || b < 3 || eg_gaz_name_particle(key, a) || eg_gaz_name_particle(s1 + 1, b) ||
        memchr(key, '.', (size_t)(s2 - key))) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, a) && eg_buf_puts(k, s1 + 1);
    return *ok;
}

/* Into k: person key `key` without the apostrophes inside its words ("aminata ndiaye" of
 * "aminata n'diaye", "sean oneill" of "sean o'neill"). False: no such apostrophe, or out of
 * memory (*ok). */
static bool apostrophes_dropped(eg_buf *k, const char *key, bool *ok)
{
    if (!strchr(key, ' ') || (!strchr(key, '\'') && !strstr(key, "\xE2\x80\x99"))) {
        return false;
    }
    eg_buf_reset(k);
    bool dropped = false;
    for (const char *p = key; *ok && *p; p++) {
        size_t n = *p == '\'' ? 1 : strncmp(p, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
        if (n && p > key && p[-1] != ' ' && p[n] && p[n] != ' ') {
            dropped = true;
            p += n - 1;
            continue;
        }
        *ok = eg_buf_putc(k, *p);
    }
    return *ok && dropped;
}

/* Into k: person key of three words with its last two, of `least` to `most` letters each,
 * written as one ("chen xiaolong" of "chen xiao long"). False: no such key, or out of memory
 * (*ok). */
static bool last_two_joined(eg_buf *k, const char *key, size_t least, size_t most, bool *ok)
{
    if (alias_count_words(key) != 3) {
        return false;
    }
    const char *s1 = strchr(key, ' '), *s2 = strrchr(key, ' ');
    size_t mid = (size_t)(s2 - s1 - 1), last = strlen(s2 + 1);
    if (mid < least || mid > most || last < least || last > most) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, (size_t)(s2 - key)) && eg_buf_puts(k, s2 + 1);
    return *ok;
}

/* Into k: person key of three words with its last two written as one, as a hyphened surname
 * is written joined ("tesfaye gebremedhin" of "tesfaye gebre medhin", from "Gebre-Medhin"):
 * the first a given name or not, the last two three letters or more each, the second no
 * particle (a particle's name is particle_joined's). False: no such key, or out of memory
 * (*ok). */
static bool surname_joined(eg_buf *k, const char *key, bool *ok)
{
    const char *s1 = strchr(key, ' ');
    if (!s1 || eg_gaz_name_particle(s1 + 1, strcspn(s1 + 1, " "))) {
        return false;
    }
    return last_two_joined(k, key, 3, SIZE_MAX, ok);
}

/* Are a and b one name spelt two ways in its surname only, after given names of six letters
 * or more that no list gives ("abdourahamane tiani" / "abdourahamane tchiani": a
 * transliteration; not "john smith" / "john smyth")? The surnames, without a particle ("al-"),
 * keep their first letter, five letters or more, and two edits at most; or, of six letters or
 * more, differ in a first q, g or k alone ("muammar qaddafi" / "muammar al-gaddafi"; not
 * "morton mandel" / "morton handel"). */
static bool surname_spellings(const char *a, const char *b)
{
    const char *ga = given_end(a), *gb = given_end(b);
    if (!ga || !gb || ga - a != gb - b || memcmp(a, b, (size_t)(ga - a)) != 0 ||
        !uncommon_given(a, ga)) {
        return false;
    }
    const char *la = alias_last_word(a), *lb = alias_last_word(b);
    size_t na = strlen(la), nb = strlen(lb);
    bool pa = la - 1 != ga, pb = lb - 1 != gb; /* a particle before the surname */
    if (na < 5 || nb < 5) {
        /* a short surname after two uncommon given names, one letter apart ("abakar mahamat
         * nour" / "abakar mahamat nur"): the given names are the evidence */
        return strchr(a, ' ') < ga && na >= 3 && nb >= 3 && la[0] == lb[0] && pa == pb &&
               (na != nb || memcmp(la, lb, na) != 0) &&
               eg_alias_edit_distance(la, na, lb, nb, 1) <= 1;
    }
    if (na == nb && memcmp(la, lb, na) == 0) {
        return pa != pb; /* "muammar gaddafi", "muammar al gaddafi" */
    }
    if (la[0] != lb[0]) { /* "qaddafi" / "gaddafi": Arabic's q written g or k, alone */
        if ((strncmp(la, "zh", 2) == 0 && lb[0] == 'j') ||
            (strncmp(lb, "zh", 2) == 0 && la[0] == 'j')) {
            /* "zhaksybekov" / "jaksybekov": Kazakh and Russian zh written j */
            const char *ra = la[0] == 'z' ? la + 2 : la + 1, *rb = lb[0] == 'z' ? lb + 2 : lb + 1;
            return strlen(ra) >= 5 && strcmp(ra, rb) == 0;
        }
        return strchr("gkq", la[0]) && strchr("gkq", lb[0]) && na >= 6 && nb >= 6 &&
               eg_alias_edit_distance(la, na, lb, nb, 1) <= 1;
    }
    return eg_alias_edit_distance(la, na, lb, nb, 2) <= 2;
}

/* Is w[0..n) the Prophet's name as English writes it one way or another ("mohammed",
 * "muhammad", "mohamed", "mohammad", "muhammed", "mohamad")? */
static bool prophet_name(const char *w, size_t n)
{
    static const char *const forms[] = {"mohammed", "muhammad", "mohamed", "mohammad",
                                        "muhammed", "mohamad", "mohamud", "muhamad",
                                        "mohd", "mohd.", "muhd", "muhd."}; /* Malaysia's */
    for (size_t i = 0; i < EG_ARRAY_LEN(forms); i++) {
        if (strlen(forms[i]) == n && memcmp(forms[i], w, n) == 0) {
            return true;
        }
    }
    return false;
}

/* Is the rest of a name after its first word (at sp, its space) long enough to tell one person
 * when the first word is spelt two ways: a surname of six letters or more ("lavrov"), or two
 * words or more of nine letters or more ("osman al tayeb")? */
static bool long_rest(const char *sp)
{
    const char *last = strrchr(sp, ' ') + 1;
    return strlen(last) >= 6 || (last - 1 > sp && strlen(sp + 1) >= 10);
}

/* Are a and b one name whose given name is spelt two ways, one letter apart ("sergei lavrov" /
 * "sergey lavrov", "dmitry peskov" / "dmitri peskov"), or two ways of writing the Prophet's
 * name ("mohammed" / "muhammad")? The given names keep their first letter and five letters;
 * the surname, the same, has six letters or more; not a man's and a woman's forms of one
 * given name ("dragan" / "dragana", "daniele" / "daniela"). */
static bool given_spellings(const char *a, const char *b)
{
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    if (!sa || !sb || strcmp(sa, sb) != 0 || !long_rest(sa)) {
        return false;
    }
    size_t na = (size_t)(sa - a), nb = (size_t)(sb - b);
    return na >= 5 && nb >= 5 && a[0] == b[0] && (na != nb || memcmp(a, b, na) != 0) &&
           (eg_alias_edit_distance(a, na, b, nb, 1) <= 1 ||
            (prophet_name(a, na) && prophet_name(b, nb))) &&
           !alias_gendered_names(a, b); /* "dragan" / "dragana": a man and a woman */
}

/* Named in the same window: two different people side by side, not one person twice. */
static bool cooccur(const eg_alias_cand *a, const eg_alias_cand *b)
{
    size_t lo = 0, hi = a->nnbrs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->nbrs[mid] == b->root) {
            return true;
        }
        if (a->nbrs[mid] < b->root) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return false;
}

/* The type a candidate is compared as: a one-word, unlisted organization may be a surname the
 * recognizer mistyped ("Erdogan said"), so it is compared with people; not one also named
 * with a legal form ("Santos Ltd", "Campeau Corp": the firm, not Fernando Santos). */
static eg_etype cross_type(const eg_alias_cand *c)
{
    if (c->type == EG_ORGANIZATION && !c->listed && !c->firm && alias_count_words(c->key) == 1 &&
        strlen(c->key) >= 5) {
        return EG_PERSON;
    }
    return c->type;
}

/* Evidence beyond the string: shared neighbours (fewer needed when a name token is shared). */
static bool enough_evidence(const eg_alias_cand *a, const eg_alias_cand *b, bool shared_token)
{
    size_t sh = shared_nbrs(a, b);
    if (shared_token) {
        return sh >= 1;
    }
    return sh >= 2 || (sh >= 1 && (a->nnbrs <= 3 || b->nnbrs <= 3));
}

/* A one-word name against a word of a longer one: same length class, small distance. */
static bool word_close(const char *a, size_t an, const char *b, size_t bn)
{
    size_t mn = an < bn ? an : bn;
    unsigned max = mn >= 6 ? 2u : 1u;
    unsigned d = eg_alias_edit_distance(a, an, b, bn, max);
    return d <= max && d * 3 <= mn && (d < 2 || alias_two_edits_plausible(a, an, b, bn));
}

/* May the key of several words be the tail of a longer name ("lula da silva", "bin
 * salman")? Not when it opens with a given name: "paul smith" is a name of its own. */
static bool tail_key(const char *k)
{
    const char *sp = strchr(k, ' ');
    return sp && !alias_given_name_word(k, (size_t)(sp - k));
}

/* Is `t` a tail (tail_key) of the longer name `full` ("lula da silva" of "luiz inacio lula da
 * silva")? */
static bool tail_of(const char *t, const char *full)
{
    size_t tn = strlen(t), fn = strlen(full);
    return fn > tn + 1 && full[fn - tn - 1] == ' ' && memcmp(full + fn - tn, t, tn) == 0 &&
           tail_key(t);
}

/* Is key k an initial and a one-word surname ("p o'connell", "j. smith")? */
static bool initial_key(const char *k)
{
    const char *sur = eg_alias_after_initial(k);
    return sur && !strchr(sur, ' ');
}

/* The number of initials that open key k before a one-word surname ("v s raghavan": 2, "j
 * smith": 1); 0 when k has no such form. */
static size_t initials_key(const char *k)
{
    size_t n = 0;
    const char *p = k, *sur;
    while ((sur = eg_alias_after_initial(p)) != NULL) {
        n++;
        p = sur;
    }
    return n > 0 && !strchr(p, ' ') ? n : 0;
}

/* Do the n initials of key a stand for the given names of key b, word by word, before the
 * same surname ("v s raghavan" of "venkatesh s raghavan"; not of "venky raghavan")? */
static bool initials_fit(const char *a, size_t n, const char *b)
{
    const char *p = a, *q = b;
    for (size_t i = 0; i < n; i++) {
        const char *qs = strchr(q, ' ');
        if (!qs || *p != *q) {
            return false;
        }
        p = eg_alias_after_initial(p);
        q = qs + 1;
    }
    return strcmp(p, q) == 0;
}

/* Is key a an initial's form of the full name b ("p o'connell", "paul o'connell"; "v s
 * raghavan", "venkatesh s raghavan")? */
static bool initial_of(const char *a, const char *b)
{
    size_t ni = initials_key(a);
    if (ni == 0 || initials_key(b) != 0 || a[0] != b[0]) {
        return false;
    }
    return ni == 1 ? strcmp(alias_last_word(a), alias_last_word(b)) == 0 : initials_fit(a, ni, b);
}

/* Is the word of n bytes at p "bin", "ibn", "bint" or "binti", a patronymic's "son/daughter
 * of"? */
static bool patronymic_word(const char *p, size_t n)
{
    return eg_word_eq("bin", p, n) || eg_word_eq("ibn", p, n) || eg_word_eq("bint", p, n) ||
           eg_word_eq("binti", p, n);
}

/* The length of the given names of person key `key` before its Malay or Arabic patronymic,
 * two words or more ("siti aminah" of "siti aminah binti rahman", "ismail sabri" of "ismail
 * sabri bin yaakob"; not "mohammed" of "mohammed bin salman"), or 0. */
static size_t given_before_patronymic(const char *key)
{
    const char *sp = strchr(key, ' ');
    for (const char *p = sp ? strchr(sp + 1, ' ') : NULL; p; p = strchr(p + 1, ' ')) {
        const char *q = strchr(p + 1, ' ');
        if (q && patronymic_word(p + 1, (size_t)(q - p - 1))) {
            return (size_t)(p - key);
        }
    }
    return 0;
}

/* Is b the given names of person key a before its patronymic (given_before_patronymic)? */
static bool patronymic_dropped(const char *a, const char *b)
{
    size_t g = given_before_patronymic(a);
    return g > 0 && strlen(b) == g && strncmp(a, b, g) == 0;
}

/* Does the space at lw of key open a family name of "al" ("al nuaimi" of "mohammed bin
 * khalid al nuaimi"), not the key's first word? */
static bool al_family_at(const char *key, const char *lw)
{
    return lw > key && strncmp(lw, " al ", 4) == 0 && strchr(lw + 4, ' ') == NULL;
}

/* Do the particles at p of a person key open a middle surname that ends before the last word
 * at lw, as Portuguese and Spanish names have ("dos santos" of "henrique dos santos valente",
 * "de andrade" of "otavio de andrade lessa"; not "de la" of "juan de la cruz", whose surname is
 * "de la cruz", nor "van" of "ludwig van beethoven")? */
static bool middle_surname_at(const char *p, const char *lw)
{
    for (const char *q; p < lw; p = q + 1) {
        q = strchr(p, ' ');
        if (!eg_gaz_name_particle(p, (size_t)(q - p))) {
            return true; /* a word before the last */
        }
    }
    return false;
}

/* The first and last words of person key `key` of three to five words (to seven, see below) whose
 * middle words are no particles but a middle surname's (middle_surname_at) ("bola" and "tinubu" of
 * "bola ahmed tinubu", "henrique" and "valente" of "henrique dos santos valente"; none of
 * "mohammed bin salman", whose "salman" is his father's name), the last a family name of "al" with
 * its particle ("omar" and "al bashir" of "omar hassan ahmad al bashir"), after which a patronymic
 * may be the middle ("mohammed" and "al nuaimi" of "mohammed bin khalid al nuaimi"), two of them
 * in a key of six or seven words ("khalid bin saif bin hamad al harthy"): *sp at the space after
 * the first, *lw at the space before the last. False: no such form. */
static bool first_last_at(const char *key, const char **sp, const char **lw)
{
    size_t nw = alias_count_words(key);
    if (nw < 3 || nw > 7 || initial_key(key)) {
        return false;
    }
    *sp = strchr(key, ' ');
    *lw = strrchr(key, ' ');
    const char *al = *lw > *sp ? memrchr(key, ' ', (size_t)(*lw - key)) : NULL;
    bool family = al && al >= *sp && al_family_at(key, al);
    if (family) {
        *lw = al;
    }
    bool after_bin = false; /* the word follows "bin": the father's name */
    bool chain = true;      /* every middle word "bin" or the name after it */
    for (const char *p = *sp + 1; p < *lw;) {
        const char *q = strchr(p, ' ');
        size_t n = (size_t)(q - p);
        bool bin = patronymic_word(p, n);
        if (family ? !bin && !after_bin && eg_gaz_name_particle(p, n)
                   : eg_gaz_name_particle(p, n) && !middle_surname_at(p, *lw)) {
            return false;
        }
        chain = chain && (bin || after_bin);
        after_bin = bin;
        p = q + 1;
    }
    /* six or seven words only as a chain of patronymics before a family name of "al"
     * ("khalid bin saif bin hamad al harthy") */
    return *lw > *sp && !after_bin && (nw <= 5 || (family && chain));
}

/* The space before the last two words of a key of four or five words whose first and last
 * words are at sp and lw (first_last_at), the last two a Spanish name's two surnames ("ramon
 * ignacio salgado ferrer": " salgado ferrer"): the first of them no given name, particle or
 * initial; NULL when none. */
static const char *last_two_at(const char *key, const char *sp, const char *lw)
{
    if (alias_count_words(key) < 4 || strchr(lw + 1, ' ')) {
        return NULL;
    }
    const char *l2 = memrchr(key, ' ', (size_t)(lw - key));
    size_t n = l2 ? (size_t)(lw - l2 - 1) : 0;
    if (!l2 || l2 <= sp || n < 2 || alias_given_name_word(l2 + 1, n) ||
        eg_gaz_name_particle(l2 + 1, n) || memchr(l2 + 1, '.', n)) {
        return NULL; /* "george herbert walker bush" is not "george walker bush" */
    }
    return l2;
}

/* The space after the first two words of `key` of four words or more whose first and last
 * words are at sp and lw (first_last_at), the two a given name of two ("jean baptiste kouadio
 * nguessan", written "Jean-Baptiste" or "Jean Baptiste"; "jose luis rodriguez zapatero"): the
 * second no particle nor initial; NULL when none. */
static const char *first_two_at(const char *key, const char *sp, const char *lw)
{
    if (alias_count_words(key) < 4) {
        return NULL;
    }
    const char *s2 = strchr(sp + 1, ' ');
    size_t n = s2 ? (size_t)(s2 - sp - 1) : 0;
    if (!s2 || s2 >= lw || n < 3 || eg_gaz_name_particle(sp + 1, n) || memchr(sp + 1, '.', n)) {
        return NULL;
    }
    return s2;
}

/* Into k: form `form` of person key `key` without its middle words, whose first and last
 * words are at sp and lw (first_last_at): 0 "first last"; 1 the first word and the last two
 * (last_two_at: "ramon salgado ferrer"); 2 the first two words and the last (first_two_at:
 * "jean baptiste nguessan"). False when it has no such form, or out of memory (*ok). */
static bool short_form(eg_buf *k, const char *key, const char *sp, const char *lw, int form,
                       bool *ok)
{
    const char *cut = form == 2 ? first_two_at(key, sp, lw) : sp;
    const char *tail = form == 1 ? last_two_at(key, sp, lw) : lw;
    if (!cut || !tail) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, (size_t)(cut - key)) && eg_buf_puts(k, tail);
    return *ok;
}

/* Is `s` the name `full` without its middle names (first_last_at; first_two_at)? */
static bool shortened_of(const char *s, const char *full)
{
    const char *sp, *lw, *l2, *s2;
    if (!first_last_at(full, &sp, &lw)) {
        return false;
    }
    size_t fl = (size_t)(sp - full);
    if ((s2 = first_two_at(full, sp, lw)) != NULL && strncmp(s, full, (size_t)(s2 - full)) == 0 &&
        strcmp(s + (s2 - full), lw) == 0) {
        return true; /* "jose luis zapatero" of "jose luis rodriguez zapatero" */
    }
    return strncmp(s, full, fl + 1) == 0 &&
           (strcmp(s + fl, lw) == 0 ||
            ((l2 = last_two_at(full, sp, lw)) != NULL && strcmp(s + fl, l2) == 0));
}

/* Is key k of three words a person's name and a second surname ("luis arce catacora",
 * "gabriel boric font"): no initials, particles or generational suffix, the second word no
 * given name ("jerry lee lewis")? Its first two words at [k, *end). */
static bool second_surname_at(const char *k, const char **end)
{
    if (alias_count_words(k) != 3 || initial_key(k)) {
        return false;
    }
    const char *w[2] = {strchr(k, ' ') + 1, strrchr(k, ' ') + 1};
    for (int i = 0; i < 2; i++) {
        size_t wl = strcspn(w[i], " ");
        if (wl < 2 || memchr(w[i], '.', wl) || eg_gaz_name_particle(w[i], wl) ||
            eg_name_suffix(w[i], wl, true) || (i == 0 && alias_given_name_word(w[i], wl))) {
            return false;
        }
    }
    *end = w[1] - 1;
    return true;
}

/* Is `s` the name `full` without its second surname (second_surname_at)? */
static bool second_surname_of(const char *s, const char *full)
{
    const char *end, *sp, *lw;
    if (!second_surname_at(full, &end)) {
        if (!first_last_at(full, &sp, &lw) || !last_two_at(full, sp, lw)) {
            return false;
        }
        end = lw; /* "maria fernanda cortes" of "maria fernanda cortes villalobos" */
    }
    return strlen(s) == (size_t)(end - full) && strncmp(s, full, (size_t)(end - full)) == 0;
}

/* Is person key a key b with its given name's short form ("chris gent" / "christopher gent"),
 * b perhaps with a middle name ("pepe ortega" / "jose luis ortega"), or with a first given
 * name before the formal one ("nacho bertolotti" / "juan ignacio bertolotti")? */
static bool short_given_of(const char *a, const char *b)
{
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    const char *f = sa ? alias_formal_given(a, (size_t)(sa - a)) : NULL;
    if (!f || !sb) {
        return false;
    }
    size_t fl = strlen(f);
    const char *mid = strchr(sb + 1, ' ');
    if (fl != (size_t)(sb - b) || memcmp(f, b, fl) != 0) {
        return mid && (size_t)(mid - sb - 1) == fl && memcmp(sb + 1, f, fl) == 0 &&
               strcmp(sa, mid) == 0;
    }
    return strcmp(sa, sb) == 0 || (mid && strcmp(sa, mid) == 0);
}

/* Into k: person key `key` (two words or more) with each word of six letters or more that ends
 * in a consonant and "y" ending in "i" instead, as Russian names are written either way
 * ("dmitry zhukovsky" -> "dmitri zhukovski"). False: no such word, or out of memory (*ok). */
static bool y_as_i(eg_buf *k, const char *key, bool *ok)
{
    if (!strchr(key, ' ')) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_puts(k, key);
    if (!*ok) {
        return false;
    }
    bool changed = false;
    for (char *w = k->data; *w;) {
        size_t n = strcspn(w, " ");
        if (n >= 6 && w[n - 1] == 'y' && !strchr("aeiouy", w[n - 2])) {
            w[n - 1] = 'i';
            changed = true;
        }
        w += n;
        w += *w == ' ';
    }
    return changed;
}

/* Into k: person key `key` with a Russian given name's "Ye" written "E" ("yevgeny orlov" ->
 * "evgeny orlov", "yelena", "yekaterina"): one Russian name, however short the surname.
 * False: no such given name of five letters or more, or out of memory (*ok). */
static bool ye_as_e(eg_buf *k, const char *key, bool *ok)
{
    const char *sp = strchr(key, ' ');
    if (!sp || sp - key < 5 || strncmp(key, "ye", 2) != 0) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_puts(k, key + 1);
    return *ok;
}

/* Are all the words of key s n letters or more? */
static bool words_of_at_least(const char *s, size_t n)
{
    for (const char *w = s; *w;) {
        size_t l = strcspn(w, " ");
        if (l < n) {
            return false;
        }
        w += l;
        w += *w == ' ';
    }
    return true;
}

/* Into k: person key `key` (two words or more) with "ou" written "u" and "ss" written "s" in
 * every word, as French spells the West African and Arabic names English spells otherwise
 * ("moussa adamou" -> "musa adamu", "issam" -> "isam"), when the given name has such letters
 * (not "john houston", who is no John Huston); every word keeps three letters or more. False:
 * no such given name, or out of memory (*ok). */
static bool ou_as_u(eg_buf *k, const char *key, bool *ok)
{
    if (!strchr(key, ' ')) {
        return false;
    }
    eg_buf_reset(k);
    bool given = false;
    for (const char *p = key; *ok && *p; p++) {
        if ((p[0] == 'o' && p[1] == 'u') || (p[0] == 's' && p[1] == 's')) {
            given |= !memchr(key, ' ', (size_t)(p - key));
            continue; /* the "o" of "ou", one "s" of "ss" */
        }
        *ok = eg_buf_putc(k, *p);
    }
    return *ok && given && words_of_at_least(k->data, 3);
}

/* Into k: person key of three words whose last two, five letters or fewer each, are a given
 * name of two syllables written apart, written as one ("chen xiao long" -> "chen xiaolong",
 * "park seung ho" -> "park seungho"). False: no such key, or out of memory (*ok). */
static bool given_joined(eg_buf *k, const char *key, bool *ok)
{
    return last_two_joined(k, key, 0, 5, ok);
}

/* Is the key's word w[0..n) a family name of the list (eg_family_name: "liu", "baek")? */
static bool listed_family(const char *w, size_t n)
{
    char buf[8];
    if (n < 2 || n >= sizeof buf) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        buf[i] = i == 0 && eg_is_lower((unsigned char)w[i]) ? (char)(w[i] - 32) : w[i];
    }
    return eg_family_name(buf, n, false);
}

/* Into k: person key "f g" of a family name of the list and a given name (of one or two
 * words, neither such a family name nor a given name of the lists) with the family name
 * written last, as English text often writes Chinese and Korean names ("liu zhenhua" ->
 * "zhenhua liu", "baek ji-hoon" -> "ji-hoon baek"). False: no such key, or out of memory
 * (*ok). "Kim" and "Lee", English given names too, are family names only before a given
 * name in syllables ("kim jong-un", "lee jae myung"; not "kim wilde"). So is a name of two
 * words whose second only is a given name of the lists ("tanabe hiroshi" -> "hiroshi
 * tanabe"), one of two words the lists know neither of ("kanzaki ryohei"), and one whose
 * given name has two syllables, whatever else they are ("hsu chih hao" -> "chih hao hsu"). */
static bool family_last(eg_buf *k, const char *key, bool *ok)
{
    size_t nw = alias_count_words(key);
    const char *sp = strchr(key, ' ');
    if (nw == 2 && !alias_given_name_word(key, (size_t)(sp - key)) &&
        (eg_gaz_word_flags(eg_gazetteer_default(), sp + 1, strlen(sp + 1)) &
         EG_GAZ_FIRSTNAME) &&
        strlen(sp + 1) >= 4 && (size_t)(sp - key) >= 4) {
        /* a Japanese name in its own order: "tanabe hiroshi", the given name of the lists
         * last, no given name first */
        eg_buf_reset(k);
        *ok = eg_buf_puts(k, sp + 1) && eg_buf_putc(k, ' ') &&
              eg_buf_append(k, key, (size_t)(sp - key));
        return *ok;
    }
    size_t l1 = nw == 2 ? (size_t)(sp - key) : 0;
    size_t l2 = nw == 2 ? strlen(sp + 1) : 0;
    if (nw == 2 && !alias_given_name_word(key, l1) &&
        !alias_given_name_word(sp + 1, l2) && !listed_family(key, l1) &&
        !listed_family(sp + 1, l2) &&
        ((l2 >= 4 && l1 >= 4) || (l2 >= 3 && l1 >= 3 && l1 + l2 >= 9))) {
        /* a name of two words the lists know neither of, in either order ("kanzaki ryohei",
         * "ryohei kanzaki"; "nakabayashi emi"): a Japanese name written in its own order */
        eg_buf_reset(k);
        *ok = eg_buf_puts(k, sp + 1) && eg_buf_putc(k, ' ') &&
              eg_buf_append(k, key, (size_t)(sp - key));
        return *ok;
    }
    if (nw < 2 || nw > 3 || !listed_family(key, (size_t)(sp - key))) {
        return false;
    }
    size_t fl = (size_t)(sp - key);
    if (nw == 2 && !strchr(sp + 1, '-') &&
        (eg_word_eq("kim", key, fl) || eg_word_eq("lee", key, fl))) {
        return false; /* "kim wilde": a given name too, before no given name of syllables */
    }
    /* a given name of two syllables ("hsu chih hao", "kang ji ho", "park seung ho" of "Park
     * Seung-ho"), whatever else they are */
    const char *sp2 = strchr(sp + 1, ' ');
    bool syllables = nw == 3 && sp2 - sp - 1 <= 5 && strlen(sp2 + 1) <= 5;
    for (const char *p = sp + 1; *p && !syllables;) {
        size_t n = strcspn(p, " ");
        if (listed_family(p, n) || alias_given_name_word(p, n)) {
            return false; /* "wang li" / "li wang": which is the family's? */
        }
        p += n + (p[n] == ' ');
    }
    eg_buf_reset(k);
    *ok = eg_buf_puts(k, sp + 1) && eg_buf_putc(k, ' ') &&
          eg_buf_append(k, key, (size_t)(sp - key));
    return *ok;
}

/* The romanizations of Korean family names, a group a row. */
static const char *const korean_families[][4] = {
    {"seo", "suh"},        {"lee", "yi", "rhee"},  {"park", "pak", "bak"},
    {"choi", "choe"},      {"jung", "jeong", "chung"}, {"kang", "gang"},
    {"cho", "jo"},         {"yoon", "yun"},        {"lim", "im"},
    {"shin", "sin"},       {"kwon", "gwon"},       {"ahn", "an"},
    {"kim", "gim"},        {"baek", "paik", "baik"}, {"noh", "roh"},
    {"ryu", "yoo", "yu"},  {"moon", "mun"},        {"son", "sohn"},
    {"heo", "huh", "hur"}, {"kwak", "gwak"},       {"jeon", "chun"}};

/* The group of romanizations of a Korean family name w[0..n) ("seo" and "suh"), its row + 1;
 * 0 for none. */
static int korean_family(const char *w, size_t n)
{
    for (size_t g = 0; g < EG_ARRAY_LEN(korean_families); g++) {
        for (size_t i = 0; i < EG_ARRAY_LEN(korean_families[g]) && korean_families[g][i]; i++) {
            if (eg_word_eq(korean_families[g][i], w, n)) {
                return (int)g + 1;
            }
        }
    }
    return 0;
}

/* Are a and b one Korean name romanized two ways ("seo min-jae" / "suh min-jae"): family
 * names of one group, the same given name in syllables (hyphened or of two words)? */
static bool korean_spellings(const char *a, const char *b)
{
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    if (!sa || !sb || strcmp(sa, sb) != 0 ||
        (sa - a == sb - b && memcmp(a, b, (size_t)(sa - a)) == 0) ||
        (!strchr(sa + 1, '-') && !strchr(sa + 1, ' '))) {
        return false;
    }
    int ga = korean_family(a, (size_t)(sa - a));
    return ga != 0 && ga == korean_family(b, (size_t)(sb - b));
}

/* Into k: person key of a listed family name and a given name in syllables, in either order,
 * as "family given" with the syllables written as one ("min jae kim", "kim min jae",
 * "minjae kim" and "kim minjae" are all "kim minjae"): syllables of two to five letters; a
 * given name written as one of four letters or more, of no list of names. False: no such
 * key, or out of memory (*ok). */
static bool syllable_given_form(eg_buf *k, const char *key, bool *ok)
{
    size_t nw = alias_count_words(key);
    const char *s1 = strchr(key, ' '), *s2 = strrchr(key, ' ');
    if (nw < 2 || nw > 3) {
        return false;
    }
    size_t first = (size_t)(s1 - key), last = strlen(s2 + 1);
    bool front = listed_family(key, first);
    if (front == listed_family(s2 + 1, last)) {
        return false; /* which is the family's? */
    }
    const char *g = front ? s1 + 1 : key; /* the given name */
    size_t gl = front ? strlen(s1 + 1) : (size_t)(s2 - key);
    if (nw == 3) {
        const char *gs = memchr(g, ' ', gl);
        size_t a = (size_t)(gs - g), b = gl - a - 1;
        if (a < 2 || a > 5 || b < 2 || b > 5) {
            return false;
        }
    } else if (gl < 4 || alias_given_name_word(g, gl) || listed_family(g, gl)) {
        return false;
    }
    eg_buf_reset(k);
    *ok = front ? eg_buf_append(k, key, first) : eg_buf_puts(k, s2 + 1);
    *ok = *ok && eg_buf_putc(k, ' ');
    for (size_t i = 0; i < gl && *ok; i++) {
        *ok = g[i] == ' ' || eg_buf_putc(k, g[i]);
    }
    return *ok;
}

/* Is person key a "given surname" a short form of key b that ends its given name ("emeka
 * obiora" of "chukwuemeka obiora", "tunde olabisi" of "babatunde olabisi"): a given name of
 * four letters or more, the longer one three letters longer and of no list of names ("anne"
 * of "marianne" is a name of its own)? */
static bool given_tail_of(const char *a, const char *b)
{
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    if (!sa || !sb || strchr(sa + 1, ' ') || strchr(sb + 1, ' ') || strcmp(sa, sb) != 0) {
        return false;
    }
    size_t na = (size_t)(sa - a), nb = (size_t)(sb - b);
    return na >= 4 && nb >= na + 3 && memcmp(b + nb - na, a, na) == 0 &&
           !alias_given_name_word(b, nb) &&
           !(eg_gaz_phrase_lists_text(b, nb) & EG_PL_PERSON_NAME);
}

/* Is key b key a respelt by `respell`, or a by it b? */
static bool respelt_either(const char *a, const char *b, bool (*respell)(eg_buf *, const char *,
                                                                          bool *))
{
    eg_buf k = {0};
    bool ok = true;
    bool same = (respell(&k, a, &ok) && strcmp(k.data, b) == 0) ||
                (respell(&k, b, &ok) && strcmp(k.data, a) == 0);
    eg_buf_fini(&k);
    return same;
}

/* The key "first m last" of a person's key of three words into k, m the middle word's first
 * letter: of a middle name (`initial` false: "ousmane garba dikko") or of a middle initial
 * (true: "ousmane g. dikko", "ousmane g dikko"); false when the key is of neither form. */
static bool middle_letter(eg_buf *k, const char *key, bool initial, bool *ok)
{
    const char *a = strchr(key, ' '), *b = a ? strchr(a + 1, ' ') : NULL;
    if (!b || strchr(b + 1, ' ') || a == key) {
        return false;
    }
    size_t ml = (size_t)(b - a - 1); /* the middle word */
    bool is_initial = ml == 1 || (ml == 2 && a[2] == '.');
    if (is_initial != initial || !eg_is_lower((unsigned char)a[1]) ||
        (!initial && (ml < 3 || eg_gaz_name_particle(a + 1, ml) ||
                      eg_name_function_word(a + 1, ml)))) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, (size_t)(a - key) + 2) && eg_buf_append(k, b, strlen(b));
    return *ok;
}

/* Is key a the name b with its middle name written as an initial ("ousmane g. dikko",
 * "ousmane garba dikko")? */
static bool middle_initial_of(const char *a, const char *b)
{
    eg_buf ka = {0}, kb = {0};
    bool ok = true;
    bool same = middle_letter(&ka, a, true, &ok) && middle_letter(&kb, b, false, &ok) &&
                ka.len == kb.len && memcmp(ka.data, kb.data, ka.len) == 0;
    eg_buf_fini(&ka);
    eg_buf_fini(&kb);
    return same;
}

/* May full names a and b of people be one person's, by a rule that joins them: the same, a
 * close misspelling, a tail, an initial's form, a middle name's initial, without middle names
 * or a second surname, a surname or a given name spelt another way, a particle written on, a
 * given name's short form, a Russian "-y" as "-i", a given name of two syllables written as
 * one, a Chinese or Korean family name written last? */
static bool name_respelt_key(eg_buf *k, const char *key, bool *ok);
static bool family_swapped_of(const char *a, const char *b);
static bool family_given_alike(const char *a, const char *b);
static bool swapped_close(const char *a, const char *b);
static bool respelt_eligible(const char *key);
static bool japanese_key(eg_buf *k, const char *key, bool *ok);

/* Do keys a and b both have a form (form(): false for a key that has none), the same? */
static bool forms_equal(const char *a, const char *b,
                        bool (*form)(eg_buf *, const char *, bool *))
{
    eg_buf ka = {0}, kb = {0};
    bool ok = true;
    bool same = form(&ka, a, &ok) && form(&kb, b, &ok) && ka.len == kb.len &&
                memcmp(ka.data, kb.data, ka.len) == 0;
    eg_buf_fini(&ka);
    eg_buf_fini(&kb);
    return same;
}

/* Are keys a and b one name by syllable_given_form, one of them with its syllables apart (two
 * words of two alone are "kim wilde" and "wilde kim": family_last's to tell)? */
static bool syllables_alike(const char *a, const char *b)
{
    return (alias_count_words(a) == 3 || alias_count_words(b) == 3) &&
           forms_equal(a, b, syllable_given_form);
}

/* Are keys a and b of two words or more one name as two transliterations write it
 * (name_respelt_key)? */
static bool respelt_alike(const char *a, const char *b)
{
    return respelt_eligible(a) && forms_equal(a, b, name_respelt_key);
}

/* Into k: person key `key` with the German umlauts its surname writes out as "ae", "oe", "ue"
 * written as one letter ("gerhard schroder" of "gerhard schroeder"): an "e" after a, o or u
 * that follows no vowel (not "bauer") nor "q" or "g" before "u" (not "rodriguez", "miguel"),
 * before a consonant; in every word of the key when `all` (an organization's: "brueckner
 * feinpapier", "noergaard vind"). False: no such letters in a word of five letters or more
 * once folded, or out of memory (*ok). */
static bool umlauts_folded(eg_buf *k, const char *key, bool *ok, bool all)
{
    const char *lw = all ? key : alias_last_word(key);
    if (lw == key && !all) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, (size_t)(lw - key));
    bool folded = false, long_word = false; /* a folded word of five letters or more */
    size_t word = k->len; /* where the word being written starts in k */
    for (size_t i = 0; *ok; i++) {
        if (!lw[i] || lw[i] == ' ') {
            long_word |= folded && k->len - word >= 5;
            folded = false;
            if (!lw[i]) {
                break;
            }
            word = k->len + 1;
        }
        char p = i ? lw[i - 1] : 0, pp = i >= 2 ? lw[i - 2] : 0, nx = lw[i + 1];
        if (lw[i] == 'e' && i && p != ' ' && strchr("aou", p) &&
            (!pp || pp == ' ' || !strchr("aeiouy", pp)) &&
            !(p == 'u' && (pp == 'q' || pp == 'g')) && nx && eg_is_alpha((unsigned char)nx) &&
            !strchr("aeiouy", nx)) {
            folded = true;
            continue;
        }
        *ok = eg_buf_putc(k, lw[i]);
    }
    return *ok && long_word;
}

/* Into k: key `key` with the umlauts of every word written as one letter, the surname's
 * among them ("juergen mueller" -> "jurgen muller"; umlauts_folded); false when the surname
 * has none. */
static bool umlauts_everywhere(eg_buf *k, const char *key, bool *ok)
{
    const char *lw = alias_last_word(key);
    if (lw == key || !umlauts_folded(k, key, ok, true)) {
        return false;
    }
    return strcmp(alias_last_word(k->data), lw) != 0;
}

/* Is b the key a of a person named in Hong Kong's way without the Cantonese given name
 * that ends it ("raymond ng" of "raymond ng kwok leung", written "Raymond Ng Kwok-leung"): an
 * English given name, a surname of five letters at most, then two such syllables? */
static bool cantonese_given_dropped(const char *a, const char *b)
{
    size_t bn = strlen(b);
    if (alias_count_words(a) != 4 || alias_count_words(b) != 2 || strncmp(a, b, bn) != 0 ||
        a[bn] != ' ') {
        return false;
    }
    const char *w = strchr(a, ' ') + 1; /* the surname, then the two syllables */
    for (int k = 0; k < 3; k++) {
        size_t n = strcspn(w, " ");
        for (size_t q = 0; q < n; q++) {
            if (!eg_is_lower((unsigned char)w[q])) {
                return false;
            }
        }
        if (n < 2 || n > 5) {
            return false;
        }
        w += n + (w[n] == ' ');
    }
    return true;
}

static bool slavic_patronymic_of(const char *a, const char *b);
static bool aspirates_dropped(eg_buf *k, const char *key, bool *ok);
static bool initials_together(eg_buf *k, const char *key, bool *ok);

/* Are a and b one name with or without the aspirates' "h" (aspirates_dropped)? */
static bool aspirates_alike(const char *a, const char *b)
{
    eg_buf ka = {0}, kb = {0};
    bool ok = true;
    bool ca = aspirates_dropped(&ka, a, &ok), cb = aspirates_dropped(&kb, b, &ok);
    bool same = ok && (ca || cb) && strcmp(ca ? ka.data : a, cb ? kb.data : b) == 0;
    eg_buf_fini(&ka);
    eg_buf_fini(&kb);
    return same;
}

static bool one_name(const char *a, const char *b)
{
    return strcmp(a, b) == 0 || names_close(a, b, true) || tail_of(a, b) || tail_of(b, a) ||
           initial_of(a, b) || initial_of(b, a) || shortened_of(a, b) || shortened_of(b, a) ||
           second_surname_of(a, b) || second_surname_of(b, a) || surname_spellings(a, b) ||
           given_spellings(a, b) || short_given_of(a, b) || short_given_of(b, a) ||
           respelt_either(a, b, particle_joined) || respelt_either(a, b, y_as_i) ||
           respelt_either(a, b, apostrophes_dropped) || respelt_either(a, b, surname_joined) ||
           respelt_either(a, b, given_joined) || respelt_either(a, b, given_pair_joined) ||
           respelt_either(a, b, ou_as_u) ||
           respelt_either(a, b, ye_as_e) || respelt_either(a, b, umlauts_everywhere) ||
           respelt_either(a, b, family_last) || family_swapped_of(a, b) ||
           family_swapped_of(b, a) || family_given_alike(a, b) || swapped_close(a, b) ||
           korean_spellings(a, b) || syllables_alike(a, b) ||
           given_tail_of(a, b) || given_tail_of(b, a) || middle_initial_of(a, b) ||
           middle_initial_of(b, a) || respelt_alike(a, b) || cantonese_given_dropped(a, b) ||
           cantonese_given_dropped(b, a) || patronymic_dropped(a, b) || patronymic_dropped(b, a) ||
           slavic_patronymic_of(a, b) || slavic_patronymic_of(b, a) || aspirates_alike(a, b) ||
           respelt_either(a, b, initials_together) ||
           forms_equal(a, b, japanese_key);
}

/* May clusters a and b, each with its first full name and its longest name (longer_name), be
 * one person's (one_name of any two)? */
static bool one_cluster(const char *fa, const char *la, const char *fb, const char *lb)
{
    return one_name(fa, fb) || (la != fa && one_name(la, fb)) || (lb != fb && one_name(fa, lb)) ||
           (la != fa && lb != fb && one_name(la, lb));
}

/* Is person key a a longer name than b: more words, or as many and more letters ("sivakumar
 * thirunavukkarasu" over "s. thirunavukkarasu", whose initial tells less)? */
static bool longer_name(const char *a, const char *b)
{
    size_t wa = alias_count_words(a), wb = alias_count_words(b);
    return wa > wb || (wa == wb && strlen(a) > strlen(b));
}

/* Fuzzy pairs chain: "Browne" is the surname of Des Browne and a misspelling of Brown, and
 * would make Des Browne and Gordon Brown one. Applied in order over the clusters the caller
 * already has (cands[i].root), a pair that would put two different full names of people in
 * one cluster is dropped, unless the names are spellings of each other: a cluster's first full
 * name or its longest name (longer_name: "mohammed al nuaimi" is one with "muhammad bin khalid
 * al nuaimi" through "mohammed bin khalid al nuaimi"). */
static bool drop_conflicts(const eg_alias_cand *cands, size_t n, eg_alias_pair *pairs,
                           size_t *npairs)
{
    uint32_t *parent = malloc((n ? n : 1) * sizeof *parent);
    const char **full = calloc(n ? n : 1, sizeof *full);
    const char **longest = calloc(n ? n : 1, sizeof *longest);
    if (!parent || !full || !longest) {
        free(parent);
        free(full);
        free(longest);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        parent[i] = (uint32_t)i;
    }
    for (size_t i = 0; i < n; i++) {
        if (cands[i].root < n) {
            eg_uf_union(parent, (uint32_t)i, cands[i].root);
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t r = eg_uf_find(parent, (uint32_t)i);
        size_t nw = cands[i].type == EG_PERSON ? alias_count_words(cands[i].key) : 0;
        if (!full[r] && nw >= 2) {
            full[r] = longest[r] = cands[i].key;
        } else if (full[r] && nw >= 2 && longer_name(cands[i].key, longest[r])) {
            longest[r] = cands[i].key;
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < *npairs; i++) {
        uint32_t ra = eg_uf_find(parent, pairs[i].a), rb = eg_uf_find(parent, pairs[i].b);
        if (ra != rb && full[ra] && full[rb] &&
            !one_cluster(full[ra], longest[ra], full[rb], longest[rb])) {
            continue;
        }
        const char *f = full[ra] ? full[ra] : full[rb];
        const char *l = !full[ra]   ? longest[rb]
                        : !full[rb] ? longest[ra]
                        : longer_name(longest[rb], longest[ra]) ? longest[rb]
                                                                : longest[ra];
        eg_uf_union(parent, ra, rb);
        full[eg_uf_find(parent, ra)] = f;
        longest[eg_uf_find(parent, ra)] = l;
        pairs[kept++] = pairs[i];
    }
    *npairs = kept;
    free(parent);
    free(full);
    free(longest);
    return true;
}

/* The people named in full with one surname. */
typedef struct surname_holders {
    uint32_t best;          /* the candidate named most often */
    uint32_t best_mentions;
    uint64_t total;         /* mentions of them all */
    uint32_t count;
    uint32_t head;          /* the holders, linked through next_holder[] (UINT32_MAX ends) */
} surname_holders;

/* A lone surname borne by several people named in full: the one it stands for, or UINT32_MAX.
 * Either that person is named ten times as often as the others together (and two neighbours
 * are shared), or the surname shares three times as many neighbours with that person as with
 * any other (at least three): "Reagan" in 1987 wire news is Ronald, not Nancy Reagan. */
static uint32_t dominant_holder(const eg_alias_cand *cands, const eg_alias_cand *c,
                                const surname_holders *sh, const uint32_t *next_holder)
{
    const eg_alias_cand *top = &cands[sh->best];
    if ((uint64_t)sh->best_mentions >= 10 * (sh->total - sh->best_mentions) &&
        shared_nbrs(c, top) >= 2) {
        return sh->best;
    }
    uint32_t best = UINT32_MAX;
    size_t s1 = 0, s2 = 0;
    for (uint32_t h = sh->head; h != UINT32_MAX; h = next_holder[h]) {
        size_t s = shared_nbrs(c, &cands[h]);
        if (s > s1) {
            s2 = s1;
            s1 = s;
            best = h;
        } else if (s > s2) {
            s2 = s;
        }
    }
    return s1 >= 3 && s1 >= 3 * s2 ? best : UINT32_MAX;
}

typedef struct mis_out {
    eg_alias_pair *v;
    size_t n, cap;
    bool ok;
} mis_out;

typedef struct mis_job {
    const eg_alias_cand *cands;
    const blk *b;
    const size_t *block; /* block k is b[block[k] .. block[k + 1]) */
    mis_out *out;        /* one per block */
    const bool *surname; /* one-word candidates that are some full name's surname */
    bool brute;          /* compare every pair of a block (tests check the index against it) */
} mis_job;

/* Two people's names the same but for one letter of a long surname ("Martin Ashdown",
 * "Martin Ashdowne"; "Gregory Vanderhoek", "Gregory Vanderhook"): one person misspelt in
 * another article though they share no neighbour (each alone in its sentence), when the
 * surname has seven letters or more, the words before it are the same and one of the two
 * surnames is in no list of names: two listed ones are two families' ("Paul Johnston", "Paul
 * Johnson"; Thomson, Thompson; Stirling, Sterling). names_close() has compared the other
 * words. */
static bool surname_typo(const eg_alias_cand *a, const eg_alias_cand *b, const char *la,
                         const char *lb)
{
    size_t na = strlen(la), nb = strlen(lb);
    size_t wa = alias_count_words(a->key);
    return a->type == EG_PERSON && b->type == EG_PERSON && wa >= 2 && wa <= 3 &&
           (na < nb ? na : nb) >= 7 && strcmp(la, lb) != 0 &&
           strncmp(a->key, b->key, (size_t)(la - a->key)) == 0 &&
           eg_alias_edit_distance(la, na, lb, nb, 1) == 1 &&
           !((eg_gaz_phrase_lists_text(la, na) & EG_PL_PERSON_NAME) &&
             (eg_gaz_phrase_lists_text(lb, nb) & EG_PL_PERSON_NAME));
}

/* Do the misspelling rules join b[i] and b[j] (i < j, one block)? */
static bool mis_accepts(const mis_job *job, size_t i, size_t j)
{
    const blk *b = job->b;
    const eg_alias_cand *ca = &job->cands[b[i].id], *cb = &job->cands[b[j].id];
    if ((b[i].type != EG_PERSON && b[i].type != EG_ORGANIZATION) || b[i].len < 5 || ca->listed ||
        b[j].len > b[i].len + 2) {
        return false;
    }
    if (cb->listed || strcmp(ca->key, cb->key) == 0 || cooccur(ca, cb)) {
        return false;
    }
    size_t wa = alias_count_words(ca->key), wb = alias_count_words(cb->key);
    const char *la = alias_last_word(ca->key), *lb = alias_last_word(cb->key);
    bool close, token = false;
    if ((wa == 1) != (wb == 1) && b[i].type == EG_ORGANIZATION) {
        return false; /* an organization's last word is a head noun ("Securities"), no surname */
    }
    if (wa == 1 || wb == 1) {
        /* one-word names: against the other's last word (a surname); the very same surname is
         * the surname rule's, which refuses ambiguous ones */
        if ((b[i].len == b[j].len && memcmp(la, lb, b[i].len) == 0) ||
            (wa == 1 && (job->surname[b[i].id] || alias_given_name_word(la, b[i].len))) ||
            (wb == 1 && (job->surname[b[j].id] || alias_given_name_word(lb, b[j].len)))) {
            return false; /* a name someone bears ("Brown", "Daniel") is no misspelling */
        }
        close = word_close(la, b[i].len, lb, b[j].len);
    } else {
        close = names_close(ca->key, cb->key, b[i].type == EG_PERSON);
        token = close; /* the other words are shared */
    }
    return close && (enough_evidence(ca, cb, token) || surname_typo(ca, cb, la, lb));
}

/* The misspelling search in one block (same type, same first two bytes of the last word):
 * the deletion-neighbourhood index proposes the pairs (misspell_index.h), the rules decide.
 * Reads only; its pairs go to out[k] in (i, j) order, as comparing every pair would give. */
static void mis_block(void *ud, size_t k)
{
    const mis_job *job = ud;
    size_t lo = job->block[k], hi = job->block[k + 1];
    mis_out *o = &job->out[k];
    bool ok = true;
    o->ok = true;
    if (job->b[lo].type != EG_PERSON && job->b[lo].type != EG_ORGANIZATION) {
        return;
    }
    if (job->brute) {
        for (size_t i = lo; i < hi && ok; i++) {
            for (size_t j = i + 1; j < hi && ok && job->b[j].len <= job->b[i].len + 2; j++) {
                if (mis_accepts(job, i, j)) {
                    ok = push_pair(&o->v, &o->n, &o->cap, job->b[i].id, job->b[j].id,
                                   EG_RULE_MISSPELLING);
                }
            }
        }
        o->ok = ok;
        return;
    }
    const char **keys = malloc((hi - lo) * sizeof *keys);
    uint64_t *cand = NULL;
    size_t ncand = 0;
    ok = keys != NULL;
    for (size_t i = lo; ok && i < hi; i++) {
        const eg_alias_cand *c = &job->cands[job->b[i].id];
        keys[i - lo] = c->listed ? NULL : c->key; /* a listed name is never fuzzy */
    }
    ok = ok && eg_misspell_candidates(keys, hi - lo, &cand, &ncand);
    for (size_t q = 0; ok && q < ncand; q++) {
        size_t i = lo + (size_t)(cand[q] >> 32), j = lo + (size_t)(cand[q] & UINT32_MAX);
        if (mis_accepts(job, i, j)) {
            ok = push_pair(&o->v, &o->n, &o->cap, job->b[i].id, job->b[j].id, EG_RULE_MISSPELLING);
        }
    }
    free(keys);
    free(cand);
    o->ok = ok;
}

/* What the cross-article search builds and shares between its steps. */
typedef struct cross_ctx {
    const eg_alias_cand *cands;
    size_t n;
    blk *b;                   /* one per candidate, blocked for the misspelling search */
    eg_strmap surnames;       /* surname -> index in holders */
    eg_strmap persons;        /* a person's key -> candidate + 1, UINT32_MAX for several */
    surname_holders *holders; /* the full names of each surname */
    size_t nholders, hcap;
    uint32_t *next_holder;    /* the list through the holders of one surname */
    eg_alias_pair **pairs;    /* the result */
    size_t *npairs, cap;
    bool *opening;            /* an organization's one word that opens a firm's name */
} cross_ctx;

/* The type candidate i is compared as (cross_type), but a firm's first word named alone as an
 * organization is its short name, no mistyped surname ("Mazda" beside "Mazda Motor Corp", not
 * Katsunosuke Maeda; "Fenner" beside "Merrill Lynch Pierce Fenner and Smith Inc" is no Pierce
 * Fenner). */
static eg_etype ctx_type(const cross_ctx *x, size_t i)
{
    return x->opening[i] ? x->cands[i].type : cross_type(&x->cands[i]);
}

/* x->opening: the one-word organizations whose word opens the key of a firm's name of two words
 * or more (a name written once with a legal form). False when out of memory. */
static bool firm_openings(cross_ctx *x)
{
    eg_strmap firsts = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *sp = strchr(c->key, ' ');
        if (c->type == EG_ORGANIZATION && c->firm && sp) {
            ok = eg_strmap_put(&firsts, c->key, (size_t)(sp - c->key), 1);
        }
    }
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        x->opening[i] = c->type == EG_ORGANIZATION && !strchr(c->key, ' ') &&
                        eg_strmap_has(&firsts, c->key, strlen(c->key));
    }
    eg_strmap_fini(&firsts);
    return ok;
}

/* Candidate i holds the surname or the name tail `key`. A surname's holders are linked
 * through next_holder (dominant_holder walks them); a candidate holds several tails, which
 * are only counted: a tail joins its one holder or none. */
static bool add_holder(cross_ctx *x, eg_buf *k, const char *key, uint32_t i, bool surname)
{
    const eg_alias_cand *c = &x->cands[i];
    eg_buf_reset(k);
    if (!eg_buf_puts(k, key)) {
        return false;
    }
    uint32_t h = eg_strmap_get(&x->surnames, k->data, k->len, UINT32_MAX);
    if (h == UINT32_MAX) {
        if (!EG_GROW(x->holders, x->hcap, x->nholders + 1) ||
            !eg_strmap_put(&x->surnames, k->data, k->len, (uint32_t)x->nholders)) {
            return false;
        }
        h = (uint32_t)x->nholders++;
        x->holders[h] = (surname_holders){i, 0, 0, 0, UINT32_MAX};
    }
    surname_holders *sh = &x->holders[h];
    if (surname) {
        x->next_holder[i] = sh->head;
        sh->head = i;
    }
    sh->count++;
    sh->total += c->mentions;
    if (c->mentions > sh->best_mentions) {
        sh->best = i;
        sh->best_mentions = c->mentions;
    }
    return true;
}

/* Key k[0..kn) of map m is candidate i's, or (UINT32_MAX) of several entities' when another
 * entity's candidate holds it already; 0 in m: no holder. False when out of memory. */
static bool put_holder(eg_strmap *m, const char *k, size_t kn, const cross_ctx *x, size_t i)
{
    uint32_t v = eg_strmap_get(m, k, kn, 0);
    if (v == 0) {
        return eg_strmap_put(m, k, kn, (uint32_t)i + 1);
    }
    if (v != UINT32_MAX && x->cands[v - 1].root != x->cands[i].root) {
        return eg_strmap_put(m, k, kn, UINT32_MAX);
    }
    return true;
}

/* Each candidate's misspelling block, and the full names of each person's surname. */
static bool index_names(cross_ctx *x)
{
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; i < x->n && ok; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type == EG_PERSON) {
            ok = put_holder(&x->persons, c->key, strlen(c->key), x, i);
        }
        const char *lw = alias_last_word(c->key);
        uint16_t first = (uint16_t)((unsigned char)lw[0] << 8 | (lw[0] ? (unsigned char)lw[1] : 0));
        x->b[i] = (blk){(uint32_t)i, ctx_type(x, i), first, (uint32_t)strlen(lw), c->key};
        size_t nw = alias_count_words(c->key);
        if (c->type != EG_PERSON || nw < 2 || initials_key(c->key)) {
            continue; /* initials: below */
        }
        ok = add_holder(x, &k, lw, (uint32_t)i, true);
        size_t skip = eg_gaz_particle_prefix(lw, strlen(lw));
        if (ok && skip) {
            ok = add_holder(x, &k, lw + skip, (uint32_t)i, true); /* "sisi" of "al-sisi" */
        }
        /* and every tail of two words or more of a longer name ("Lula da Silva", "Lopez
         * Obrador", "bin Salman"), for names of at most eight words (no name has more) */
        const char *p = c->key;
        for (size_t w = 1; ok && nw <= 8 && w + 2 <= nw; w++) {
            p = strchr(p, ' ') + 1;
            ok = add_holder(x, &k, p, (uint32_t)i, false);
        }
    }
    /* "P O'Connell" holds "O'Connell" only where nobody is named in full with it: next to
     * "Paul O'Connell" it is no other holder (initials(), below) */
    for (size_t i = 0; i < x->n && ok; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || !initials_key(c->key)) {
            continue;
        }
        const char *lw = alias_last_word(c->key);
        uint32_t h = eg_strmap_get(&x->surnames, lw, strlen(lw), UINT32_MAX);
        if (h == UINT32_MAX || initials_key(x->cands[x->holders[h].head].key)) {
            ok = add_holder(x, &k, lw, (uint32_t)i, true);
        }
    }
    eg_buf_fini(&k);
    return ok;
}

/* A lone surname joins the full name with that surname when it is the only one, or the
 * dominant one ("Blair" in British news: Tony Blair, not Cherie or Ian Blair); a name's tail
 * of several words joins the one longer name ending with it. */
static bool lone_surnames(cross_ctx *x)
{
    bool ok = true;
    for (size_t i = 0; i < x->n && ok; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t nw = alias_count_words(c->key);
        bool tail = nw > 1 && c->type == EG_PERSON && tail_key(c->key);
        if (ctx_type(x, i) != EG_PERSON || (nw != 1 && !tail)) {
            continue;
        }
        uint32_t h = eg_strmap_get(&x->surnames, c->key, strlen(c->key), UINT32_MAX);
        if (h == UINT32_MAX) {
            continue;
        }
        const surname_holders *sh = &x->holders[h];
        if (nw > 1 && sh->count != 1) {
            continue; /* a tail joins only the one longer name that ends with it */
        }
        uint32_t who =
            sh->count == 1 ? sh->best : dominant_holder(x->cands, c, sh, x->next_holder);
        if (who == UINT32_MAX) {
            continue;
        }
        bool dominant = sh->count > 1;
        const eg_alias_cand *full = &x->cands[who];
        /* a mistyped organization needs a shared neighbour too */
        if ((c->type != EG_PERSON && shared_nbrs(c, full) == 0) || cooccur(c, full)) {
            continue;
        }
        ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, who,
                       dominant ? EG_RULE_SURNAME_DOMINANT : EG_RULE_SURNAME);
    }
    return ok;
}

/* A "person" of two words or more whose key is that of an organization named somewhere with a
 * legal form is that organization: "Baker Hughes said" where "Baker Hughes Inc" is named
 * (organization keys drop legal forms); a person the tagger once took for an organization
 * without a legal form ("Boyd Jefferies") stays a person. Listed people are no candidates. So
 * is a "place" of two words or more that no list names a place, named as often as the firm
 * or less ("at Borg-Warner", "Texas Air", "Chase Manhattan" where "Borg-Warner Corp", "Texas
 * Air Corp", "Chase Manhattan Corp" are named; not Santa Fe, a city of the lists). */
static bool person_firms(cross_ctx *x)
{
    eg_strmap orgs = {0};
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type == EG_ORGANIZATION && c->firm && alias_count_words(c->key) >= 2 &&
            !eg_strmap_has(&orgs, c->key, strlen(c->key))) {
            ok = eg_strmap_put(&orgs, c->key, strlen(c->key), (uint32_t)i);
        }
    }
    for (size_t i = 0; ok && orgs.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if ((c->type != EG_PERSON && c->type != EG_LOCATION) || c->listed ||
            alias_count_words(c->key) < 2) {
            continue;
        }
        uint32_t o = eg_strmap_get(&orgs, c->key, strlen(c->key), UINT32_MAX);
        if (o == UINT32_MAX && strchr(c->key, '.')) {
            /* an organization's key writes an initial without its period (eg_org_key: "f
             * man" of "F. Man Ltd"), a person's with it ("f. man") */
            eg_buf_reset(&k);
            for (const char *w = c->key; ok && *w;) {
                size_t n = strcspn(w, " ");
                bool initial = n == 2 && w[1] == '.' && w[n] == ' ';
                ok = eg_buf_append(&k, w, initial ? 1 : n) &&
                     (!w[n] || eg_buf_putc(&k, ' '));
                w += n + (w[n] == ' ');
            }
            o = ok ? eg_strmap_get(&orgs, k.data, k.len, UINT32_MAX) : UINT32_MAX;
        }
        if (o != UINT32_MAX && c->type == EG_LOCATION &&
            (c->mentions > x->cands[o].mentions || alias_place_named(c->key))) {
            continue;
        }
        if (o != UINT32_MAX) { /* side by side in a sentence they are still one firm */
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, o, EG_RULE_FIRM_NAME);
        }
    }
    eg_buf_fini(&k);
    eg_strmap_fini(&orgs);
    return ok;
}

/* Are the middle words of key k initials ("paul a. volcker", "john f. kennedy"), before the
 * surname and its generational suffix ("robert e. calloway jr.")? */
static bool initials_middle(const char *k)
{
    const char *p = strchr(k, ' ') + 1, *lw = strrchr(k, ' ');
    if (lw > p && eg_name_suffix(lw + 1, strlen(lw + 1), true)) {
        lw = memrchr(k, ' ', (size_t)(lw - k)); /* the space before the surname */
    }
    while (p < lw) {
        const char *q = strchr(p, ' ');
        if (q - p > 2 || (q - p == 2 && p[1] != '.')) {
            return false;
        }
        p = q + 1;
    }
    return true;
}

/* Are all the words of key k five letters or fewer ("li gun mo", "lee jae myung": a family
 * name and a given name of two syllables, no middle name; "jerry lee lewis"), and no more than
 * three ("saeed obaid al naqbi" has a middle name)? */
static bool short_words(const char *k)
{
    if (alias_count_words(k) > 3) {
        return false;
    }
    for (const char *p = k; *p;) {
        size_t n = strcspn(p, " ");
        if (n > 5) {
            return false;
        }
        p += n + (p[n] == ' ');
    }
    return true;
}

/* Does every person the corpus names in full with the surname of person key k ("sunil
 * mittal") open with k's first word? */
static bool one_given_name(const cross_ctx *x, const char *k)
{
    const char *sp = strchr(k, ' '), *lw = alias_last_word(k);
    uint32_t h = eg_strmap_get(&x->surnames, lw, strlen(lw), UINT32_MAX);
    for (uint32_t j = h != UINT32_MAX ? x->holders[h].head : UINT32_MAX; sp && j != UINT32_MAX;
         j = x->next_holder[j]) {
        if (strncmp(x->cands[j].key, k, (size_t)(sp - k) + 1) != 0) {
            return false;
        }
    }
    return sp != NULL;
}

/* A person named in full in one article and without the middle name in another ("Bola Ahmed
 * Tinubu", "Bola Tinubu"; "Jose Luis Rodriguez Zapatero", "Jose Luis Zapatero"): the name of two
 * or three words joins the one longer name with its first and last words (or its first two and
 * last, of a given name of two: first_two_at), when no other person is so named, the two never
 * stand side by side ("George Bush" between George W. and George H. W. Bush stays apart) and,
 * unless the middle names are initials ("Paul A. Volcker"), they share a neighbour or every
 * person named in full with the surname bears that given name (one_given_name: no Lakshmi
 * Mittal beside Sunil Bharti Mittal and Sunil Mittal) and the longer name has a word of six
 * letters or more (not "Li Gun-mo", whose "Li Mo" is another man; short_words). */
static bool shortened_names(cross_ctx *x)
{
    eg_strmap firstlast = {0}; /* "first last" -> holder + 1, or UINT32_MAX for several */
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *sp, *lw;
        if (c->type != EG_PERSON || !first_last_at(c->key, &sp, &lw)) {
            continue;
        }
        for (int form = 0; form < 3 && ok; form++) {
            if (short_form(&k, c->key, sp, lw, form, &ok)) {
                ok = put_holder(&firstlast, k.data, k.len, x, i);
            }
        }
    }
    for (size_t i = 0; ok && firstlast.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t nw = alias_count_words(c->key);
        if (c->type != EG_PERSON || c->listed || nw < 2 || nw > 3) {
            continue; /* "bola tinubu", "mohammed al nuaimi", "ramon salgado ferrer" */
        }
        uint32_t v = eg_strmap_get(&firstlast, c->key, strlen(c->key), 0);

        if (v == 0 || v == UINT32_MAX || cooccur(c, &x->cands[v - 1]) ||
            (!initials_middle(x->cands[v - 1].key) && shared_nbrs(c, &x->cands[v - 1]) == 0 &&
             (!one_given_name(x, c->key) || short_words(x->cands[v - 1].key)))) {
            continue; /* a middle name may tell two people apart: Jerry Lee Lewis, Jerry Lewis */
        }
        ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1, EG_RULE_SHORTENED_NAME);
    }
    eg_buf_fini(&k);
    eg_strmap_fini(&firstlast);
    return ok;
}

/* A person named in Hong Kong's way in one article ("Raymond Ng Kwok-leung") and without
 * the Cantonese given name in another ("Raymond Ng") is one person, when one person alone is
 * named so in full and the two never stand side by side. */
static bool cantonese_names(cross_ctx *x)
{
    eg_strmap firstlast = {0}; /* "english surname" -> holder + 1, or UINT32_MAX for several */
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type == EG_PERSON && !c->listed && alias_count_words(c->key) == 4) {
            const char *s = strchr(c->key, ' ') + 1;
            ok = put_holder(&firstlast, c->key, (size_t)(strchr(s, ' ') - c->key), x, i);
        }
    }
    for (size_t i = 0; ok && firstlast.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || c->listed || alias_count_words(c->key) != 2) {
            continue;
        }
        uint32_t v = eg_strmap_get(&firstlast, c->key, strlen(c->key), 0);
        if (v == 0 || v == UINT32_MAX || !cantonese_given_dropped(x->cands[v - 1].key, c->key) ||
            cooccur(c, &x->cands[v - 1])) {
            continue;
        }
        ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1, EG_RULE_SHORTENED_NAME);
    }
    eg_strmap_fini(&firstlast);
    return ok;
}

/* A person named with the patronymic in one article ("Siti Aminah binti Rahman") and by the
 * given names before it in another ("Siti Aminah"), as Malaysia names its people, is one
 * person, when one person alone is named so in full and the two never stand side by side. */
static bool patronymic_names(cross_ctx *x)
{
    eg_strmap given = {0}; /* "siti aminah" -> holder + 1, or UINT32_MAX for several */
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t g = c->type == EG_PERSON && !c->listed ? given_before_patronymic(c->key) : 0;
        if (g > 0) {
            ok = put_holder(&given, c->key, g, x, i);
        }
    }
    for (size_t i = 0; ok && given.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t nw = alias_count_words(c->key);
        if (c->type != EG_PERSON || c->listed || nw < 2 || nw > 3) {
            continue;
        }
        uint32_t v = eg_strmap_get(&given, c->key, strlen(c->key), 0);
        if (v == 0 || v == UINT32_MAX || cooccur(c, &x->cands[v - 1])) {
            continue;
        }
        ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1, EG_RULE_SHORTENED_NAME);
    }
    eg_strmap_fini(&given);
    return ok;
}

/* Is the word of n bytes at p an East Slavic patronymic ("pavlovich", "viktorovych",
 * "ildarovich", "ivanovna")? */
static bool slavic_patronymic(const char *p, size_t n)
{
    /* and Kazakh's "-uly", "-kyzy" ("Nurlan Serikuly Zhakenov") */
    static const char *const ends[] = {"ovich", "evich", "ovych", "evych", "ovna", "evna",
                                       "ivna", "ichna", "uly", "kyzy", "qyzy"};
    for (size_t q = 0; q < EG_ARRAY_LEN(ends); q++) {
        size_t e = strlen(ends[q]);
        if (n >= e + 3 && memcmp(p + n - e, ends[q], e) == 0) {
            return true;
        }
    }
    return false;
}

/* Into k: person key `key` of three words without its middle patronymic ("gennady kurbatov"
 * of "gennady pavlovich kurbatov"); false when it has none. */
static bool patronymic_out(eg_buf *k, const char *key, bool *ok)
{
    const char *s1 = strchr(key, ' ');
    const char *s2 = s1 ? strchr(s1 + 1, ' ') : NULL;
    if (!s2 || strchr(s2 + 1, ' ') || !slavic_patronymic(s1 + 1, (size_t)(s2 - s1 - 1))) {
        return false;
    }
    eg_buf_reset(k);
    *ok = *ok && eg_buf_append(k, key, (size_t)(s1 - key)) && eg_buf_puts(k, s2);
    return *ok;
}

/* Is person key b of two words person key f, or f spelt another way ("gennadiy kurbatov",
 * "gennady kurbatov": given_spellings, names_close)? */
static bool two_words_as(const char *f, const char *b)
{
    return strcmp(f, b) == 0 || given_spellings(f, b) || names_close(f, b, true);
}

/* Is b person key a without its East Slavic patronymic, the same or spelt another way
 * ("gennadiy kurbatov" of "gennady pavlovich kurbatov")? */
static bool slavic_patronymic_of(const char *a, const char *b)
{
    eg_buf k = {0};
    bool ok = true;
    bool r = alias_count_words(b) == 2 && patronymic_out(&k, a, &ok) && two_words_as(k.data, b);
    eg_buf_fini(&k);
    return r;
}

/* A Russian, Ukrainian or Belarusian person named with the patronymic in one article and
 * without it in another ("Gennady Pavlovich Kurbatov", "Gennadiy Kurbatov"; "Ruslan
 * Ildarovich Gabdullin", "Ruslan Gabdulin") is one person: the name of two words is the given
 * name and surname of one such person alone, the same or spelt another way (given_spellings,
 * names_close), and the two never stand side by side. In a corpus of more than 64 names
 * with a patronymic, none is joined so. */
static bool slavic_patronymics(cross_ctx *x)
{
    enum { MAXP = 64 };
    eg_buf k[MAXP] = {{0}};
    uint32_t at[MAXP];
    size_t np = 0;
    bool ok = true;
    eg_buf extra = {0};
    bool more = false; /* a name with a patronymic past the first 64: no pairs at all */
    for (size_t i = 0; ok && i < x->n && !more; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || c->listed) {
            continue;
        }
        if (np == MAXP) {
            more = patronymic_out(&extra, c->key, &ok);
        } else if (patronymic_out(&k[np], c->key, &ok)) {
            at[np++] = (uint32_t)i;
        }
    }
    eg_buf_fini(&extra);
    for (size_t i = 0; ok && np > 0 && !more && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || c->listed || alias_count_words(c->key) != 2) {
            continue;
        }
        uint32_t v = UINT32_MAX;
        bool several = false;
        for (size_t q = 0; q < np && !several; q++) {
            if (two_words_as(k[q].data, c->key)) {
                several = v != UINT32_MAX && x->cands[v].root != x->cands[at[q]].root;
                v = at[q];
            }
        }
        if (v != UINT32_MAX && !several && x->cands[v].root != c->root &&
            !cooccur(c, &x->cands[v])) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v, EG_RULE_SHORTENED_NAME);
        }
    }
    for (size_t q = 0; q < MAXP; q++) {
        eg_buf_fini(&k[q]);
    }
    return ok;
}

/* A person named with a middle initial in one article and with the middle name in another
 * ("Ousmane G. Dikko", "Ousmane Garba Dikko") is one person, when one person alone is named
 * so in full and the two never stand side by side. */
static bool middle_initials(cross_ctx *x)
{
    eg_strmap full = {0}; /* "first m last" -> holder + 1, or UINT32_MAX for several */
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || !middle_letter(&k, c->key, false, &ok)) {
            continue;
        }
        ok = put_holder(&full, k.data, k.len, x, i);
    }
    for (size_t i = 0; ok && full.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || c->listed || !middle_letter(&k, c->key, true, &ok)) {
            continue;
        }
        uint32_t v = eg_strmap_get(&full, k.data, k.len, 0);
        if (v != 0 && v != UINT32_MAX && x->cands[v - 1].root != c->root &&
            !cooccur(c, &x->cands[v - 1])) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1,
                           EG_RULE_SHORTENED_NAME);
        }
    }
    eg_buf_fini(&k);
    eg_strmap_fini(&full);
    return ok;
}

/* A person named with a second surname in one article and without it in another ("Luis Arce
 * Catacora", "Luis Arce"; Spanish and Portuguese names): the name of two words, its last no
 * given name, joins the one person of three words that opens with it (second_surname_at),
 * when no other person is so named, the two never stand side by side and they share a
 * neighbour ("Bolivia's Luis Arce"). */
static bool second_surnames(cross_ctx *x)
{
    eg_strmap opening = {0}; /* "first surname" -> holder + 1, or UINT32_MAX for several */
    eg_strmap firm = {0}; /* the keys of firms (named with a legal form somewhere) */
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        if (x->cands[i].firm) {
            ok = eg_strmap_put(&firm, x->cands[i].key, strlen(x->cands[i].key), 1);
        }
    }
    eg_buf k = {0};
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *end, *sp, *lw, *l2 = NULL;
        if (c->type != EG_PERSON || eg_strmap_has(&firm, c->key, strlen(c->key))) {
            continue;
        }
        eg_buf_reset(&k);
        if (second_surname_at(c->key, &end)) {
            ok = eg_buf_append(&k, c->key, (size_t)(end - c->key));
        } else if (first_last_at(c->key, &sp, &lw) && (l2 = last_two_at(c->key, sp, lw))) {
            /* four words or five, two surnames last: without the second ("maria fernanda
             * cortes"), and the first given name with the first surname ("ramon salgado") */
            ok = eg_buf_append(&k, c->key, (size_t)(lw - c->key));
        } else {
            continue;
        }
        for (int form = 0; ok && form < (l2 ? 2 : 1); form++) {
            if (form == 1) {
                eg_buf_reset(&k);
                ok = eg_buf_append(&k, c->key, (size_t)(sp - c->key)) &&
                     eg_buf_append(&k, l2, (size_t)(lw - l2));
            }
            uint32_t v = ok ? eg_strmap_get(&opening, k.data, k.len, 0) : 0;
            if (ok && v == 0) {
                ok = eg_strmap_put(&opening, k.data, k.len, (uint32_t)i + 1);
            } else if (ok && v != UINT32_MAX && x->cands[v - 1].root != c->root &&
                       !shortened_of(x->cands[v - 1].key, c->key) &&
                       !shortened_of(c->key, x->cands[v - 1].key)) {
                /* "ramon salgado ferrer" and "ramon ignacio salgado ferrer" are one holder */
                ok = eg_strmap_put(&opening, k.data, k.len, UINT32_MAX);
            }
        }
    }
    eg_buf_fini(&k);
    for (size_t i = 0; ok && opening.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t nw = alias_count_words(c->key);
        if (c->type != EG_PERSON || c->listed || nw < 2 || nw > 3 || initials_key(c->key)) {
            continue; /* "Janney Montgomery" of Janney Montgomery Scott Inc is the firm's */
        }
        const char *lw = alias_last_word(c->key);
        if (alias_given_name_word(lw, strlen(lw))) {
            continue;
        }
        uint32_t v = eg_strmap_get(&opening, c->key, strlen(c->key), 0);
        if (v == 0 || v == UINT32_MAX || x->cands[v - 1].root == c->root ||
            cooccur(c, &x->cands[v - 1]) || (nw == 2 && shared_nbrs(c, &x->cands[v - 1]) == 0)) {
            continue; /* two given names and a surname need no neighbour: "maria fernanda
                       * cortes" of "maria fernanda cortes villalobos" */
        }
        ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1, EG_RULE_SECOND_SURNAME);
    }
    eg_strmap_fini(&firm);
    eg_strmap_fini(&opening);
    return ok;
}

/* Chains next[] through the people of two words or more whose keys share a part: the given
 * names (by_surname false: all but the last word) or what follows the first word; only those
 * the spelling rules can join (uncommon given names; a given name of five letters or more
 * and a surname of six), so that a common name ("john ...", "... smith") makes no long
 * chain. */
static bool chain_people(const cross_ctx *x, uint32_t *next, bool by_surname)
{
    eg_strmap seen = {0}; /* part -> the last candidate with it, + 1 */
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *sp = by_surname ? strchr(c->key, ' ') : given_end(c->key);
        next[i] = UINT32_MAX;
        if (c->type != EG_PERSON || !sp || c->listed ||
            (by_surname ? sp - c->key < 5 || !long_rest(sp) : !uncommon_given(c->key, sp))) {
            continue;
        }
        const char *part = by_surname ? sp : c->key;
        size_t pl = by_surname ? strlen(sp) : (size_t)(sp - c->key);
        uint32_t h = eg_strmap_get(&seen, part, pl, 0);
        next[i] = h ? h - 1 : UINT32_MAX;
        ok = eg_strmap_put(&seen, part, pl, (uint32_t)i + 1);
    }
    eg_strmap_fini(&seen);
    return ok;
}

/* Pairs of each chain that `same` calls one name spelt two ways and that never stand side by
 * side. */
static bool join_spellings(cross_ctx *x, const uint32_t *next,
                           bool (*same)(const char *, const char *))
{
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        for (uint32_t j = next[i]; j != UINT32_MAX && ok; j = next[j]) {
            const eg_alias_cand *d = &x->cands[j];
            if (c->root != d->root && same(c->key, d->key) && !cooccur(c, d)) {
                ok = push_pair(x->pairs, x->npairs, &x->cap, j, (uint32_t)i,
                               EG_RULE_MISSPELLING);
            }
        }
    }
    return ok;
}

/* A person named in full with the same uncommon given names and a surname spelt another way
 * in another article (surname_spellings: "Abdourahamane Tiani", "Abdourahamane Tchiani"),
 * which the misspelling blocks miss when the second letter differs, is one person unless they
 * stand side by side: the given names, uncommon, are the evidence (articles of a few
 * sentences rarely share a neighbour). Blocked by the given names. So is a given name spelt
 * two ways before the same surname (given_spellings: Sergei / Sergey Lavrov), blocked by the
 * surname. */
static bool transliterations(cross_ctx *x)
{
    uint32_t *next = malloc((x->n ? x->n : 1) * sizeof *next);
    bool ok = next && chain_people(x, next, false) && join_spellings(x, next, surname_spellings) &&
              chain_people(x, next, true) && join_spellings(x, next, given_spellings);
    free(next);
    return ok;
}

/* Pairs each person with the one person whose key is its own respelt by `respell` (into k;
 * false: no such spelling, or out of memory, *ok), unless the two stand side by side. */
static bool join_respelt(cross_ctx *x, bool (*respell)(eg_buf *, const eg_alias_cand *, bool *),
                         eg_rule rule)
{
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type != EG_PERSON || !respell(&k, c, &ok)) {
            continue;
        }
        uint32_t v = eg_strmap_get(&x->persons, k.data, k.len, 0);
        /* the same words in the other order side by side are one person named both ways
         * ("Kang Jiho, who appears as Jiho Kang") */
        if (v != 0 && v != UINT32_MAX && x->cands[v - 1].root != c->root &&
            (rule == EG_RULE_FAMILY_NAME_LAST || !cooccur(c, &x->cands[v - 1]))) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1, rule);
        }
    }
    eg_buf_fini(&k);
    return ok;
}

static bool particle_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return particle_joined(k, c->key, ok);
}

/* A person named with the particle before the surname written apart in one article and on
 * in another ("Mohamed El Baradei", "Mohamed ElBaradei") is one person, unless the two stand
 * side by side. */
static bool particles_written_on(cross_ctx *x)
{
    return join_respelt(x, particle_respelt, EG_RULE_MISSPELLING);
}

/* Into k: person key `key` with its initials written together ("a.r. venkataraman" of "a. r.
 * venkataraman"). False: no initials written apart, or out of memory (*ok). */
static bool initials_together(eg_buf *k, const char *key, bool *ok)
{
    if (!strstr(key, ". ")) {
        return false;
    }
    eg_buf_reset(k);
    bool joined = false;
    for (const char *p = key; *ok && *p; p++) {
        /* a space between "x." and "y.", each a letter's initial */
        if (p[0] == ' ' && p - key >= 2 && p[-1] == '.' && eg_is_alpha((unsigned char)p[-2]) &&
            (p - key == 2 || p[-3] == ' ' || p[-3] == '.') && eg_is_alpha((unsigned char)p[1]) &&
            p[2] == '.') {
            joined = true;
            continue;
        }
        *ok = eg_buf_putc(k, *p);
    }
    return *ok && joined;
}

static bool initials_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && initials_together(k, c->key, ok);
}

static bool apostrophe_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && apostrophes_dropped(k, c->key, ok);
}

static bool surname_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && surname_joined(k, c->key, ok);
}

/* A person named with an apostrophe inside the surname in one article and without it in
 * another ("Aminata N'Diaye", "Aminata Ndiaye"), or with a hyphened surname written joined
 * ("Tesfaye Gebre-Medhin", "Tesfaye Gebremedhin"), is one person, unless the two stand side
 * by side. */
static bool apostrophes_and_hyphens(cross_ctx *x)
{
    return join_respelt(x, apostrophe_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, surname_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, initials_respelt, EG_RULE_MISSPELLING);
}

static bool umlaut_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && !initial_key(c->key) && umlauts_folded(k, c->key, ok, false);
}

/* Into k: person key `key` with the Dutch-era spelling of Indonesian names written the modern
 * way, "oe" as "u" between consonants ("soeharyanto" -> "suharyanto", "soekarno" ->
 * "sukarno"), in words of five letters or more once written so. False: no such letters, or
 * out of memory (*ok). */
static bool oe_as_u(eg_buf *k, const char *key, bool *ok)
{
    eg_buf_reset(k);
    bool changed = false;
    for (const char *p = key; *ok && *p; p++) {
        if (p[0] == 'o' && p[1] == 'e' && p > key && eg_is_alpha((unsigned char)p[-1]) &&
            !strchr("aeiouy", p[-1]) && p[2] && eg_is_alpha((unsigned char)p[2]) &&
            !strchr("aeiouy", p[2])) {
            changed = true;
            *ok = eg_buf_putc(k, 'u');
            p++;
            continue;
        }
        *ok = eg_buf_putc(k, *p);
    }
    return *ok && changed && words_of_at_least(k->data, 5);
}

/* Into k: person key `key` of two words or more with its surname's aspirates written without
 * the "h" that Thai and Georgian transliterations add or drop ("rattanaphruek" ->
 * "rattanapruek", "tchkhaidze" -> "ckaidze", "chkhaidze" -> "ckaidze"): "h" after "p", "t",
 * "k" or "c" dropped, and an opening "t" before "ch". The surname of eight letters or more (not
 * "Stephan" and "Stepan"). False: no such letters, or out of memory (*ok). */
static bool aspirates_dropped(eg_buf *k, const char *key, bool *ok)
{
    const char *lw = alias_last_word(key);
    if (lw == key || strlen(lw) < 8) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, key, (size_t)(lw - key));
    bool changed = false;
    for (const char *p = lw; *ok && *p; p++) {
        if (p == lw && p[0] == 't' && p[1] == 'c' && p[2] == 'h') {
            changed = true;
            continue; /* "tchkhaidze" -> "chkhaidze" */
        }
        if (p[0] == 'h' && p > lw && strchr("ptkc", p[-1])) {
            changed = true;
            continue;
        }
        *ok = eg_buf_putc(k, *p);
    }
    return *ok && changed;
}

/* The form of a person's key of a surname of eight letters or more without the aspirates' "h"
 * (aspirates_dropped), or the key itself; false for other candidates. */
static bool aspirate_form(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    if (c->type != EG_PERSON || c->listed || initial_key(c->key) ||
        alias_last_word(c->key) == c->key || strlen(alias_last_word(c->key)) < 8) {
        return false;
    }
    if (!aspirates_dropped(k, c->key, ok) && *ok) {
        eg_buf_reset(k);
        *ok = eg_buf_puts(k, c->key);
    }
    return *ok;
}

static bool oe_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && !initial_key(c->key) && oe_as_u(k, c->key, ok);
}

static bool ou_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && !initial_key(c->key) && ou_as_u(k, c->key, ok);
}

static bool y_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && !initial_key(c->key) && y_as_i(k, c->key, ok);
}

static bool ye_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && ye_as_e(k, c->key, ok);
}

static bool joined_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && given_joined(k, c->key, ok);
}

static bool given_pair_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && given_pair_joined(k, c->key, ok);
}

/* The same with the given name's umlauts written out too ("juergen mueller" -> "jurgen
 * muller"): every word folded, the surname among them, and the given name changed. */
static bool umlauts_respelt_all(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    const char *lw = alias_last_word(c->key);
    if (c->listed || initial_key(c->key) || !umlauts_everywhere(k, c->key, ok)) {
        return false;
    }
    size_t given = (size_t)(lw - c->key);
    return (size_t)(alias_last_word(k->data) - k->data) != given ||
           memcmp(k->data, c->key, given) != 0; /* the given name changed too */
}

/* The same with the given name's umlauts alone written out ("juergen weiss" -> "jurgen
 * weiss"): every word folded, the surname unchanged, a folded word of five letters or more. */
static bool given_umlauts_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    const char *lw = alias_last_word(c->key);
    if (c->listed || initial_key(c->key) || lw == c->key ||
        !umlauts_folded(k, c->key, ok, true)) {
        return false;
    }
    return strcmp(alias_last_word(k->data), lw) == 0 && strcmp(k->data, c->key) != 0;
}

/* Into k: person key `key` with its surname's Nordic "aa" before a consonant written as the
 * one letter the key of "å" keeps ("tone asheim" of "tone aasheim", as "Tone Åsheim" is):
 * false when the surname has none or is shorter than five letters so written, or out of
 * memory (*ok). A separate respelling from the umlauts' ("soren oestergaard" is "Søren
 * Østergaard", whose key keeps the "aa"). */
static bool nordic_aa_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    const char *lw = alias_last_word(c->key);
    if (c->listed || initial_key(c->key) || lw == c->key) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_append(k, c->key, (size_t)(lw - c->key));
    bool folded = false;
    for (size_t i = 0; *ok && lw[i]; i++) {
        if (lw[i] == 'a' && lw[i + 1] == 'a' && (i == 0 || lw[i - 1] != 'a') && lw[i + 2] &&
            eg_is_alpha((unsigned char)lw[i + 2]) && !strchr("aeiouy", lw[i + 2])) {
            folded = true;
            continue;
        }
        *ok = eg_buf_putc(k, lw[i]);
    }
    return *ok && folded && strlen(alias_last_word(k->data)) >= 5;
}

/* A person whose surname's umlauts one article writes out and another drops with the marks
 * ("Gerhard Schroeder", "Gerhard Schröder", key "gerhard schroder") is one person, unless the
 * two stand side by side: the given names are the same, and the spelling is the one German
 * gives; so is one whose given name's umlauts are written out too ("Juergen Mueller", "Jürgen
 * Müller"), and one whose surname's Nordic "å" one writes "aa" ("Tone Aasheim", "Tone
 * Åsheim"). */
static bool umlauts_written_out(cross_ctx *x)
{
    return join_respelt(x, umlaut_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, umlauts_respelt_all, EG_RULE_MISSPELLING) &&
           join_respelt(x, given_umlauts_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, nordic_aa_respelt, EG_RULE_MISSPELLING);
}

/* Into k: organization key `key` of three words or more with each word that is a listed
 * place's name and "-an" or "-n" written as the place ("tigrayan peoples liberation front" ->
 * "tigray peoples liberation front"; "kenyan" -> "kenya", not "nigerian" -> "niger"). False:
 * no such word, or out of memory (*ok). */
static bool place_adjective_key(eg_buf *k, const char *key, bool *ok)
{
    eg_buf_reset(k);
    if (alias_count_words(key) < 3) {
        return false;
    }
    bool any = false;
    for (const char *w = key; *ok && *w;) {
        size_t n = strcspn(w, " "), cut = 0;
        char base[64];
        if (n > 5 && n < sizeof base && w[n - 2] == 'a' && w[n - 1] == 'n') {
            for (size_t c = 2; c >= 1 && cut == 0; c--) { /* "tigray|an", "kenya|n" */
                memcpy(base, w, n - c);
                base[n - c] = '\0';
                cut = alias_place_named(base) ? c : 0;
            }
        }
        *ok = eg_buf_append(k, w, n - cut) && (!w[n] || eg_buf_putc(k, ' '));
        any |= cut > 0;
        w += n + (w[n] == ' ');
    }
    return *ok && any;
}

/* Into k: organization key `key` of a central bank or a national bank named in Spanish,
 * Portuguese or French, in English ("banco central do brasil" -> "brazil central bank", as
 * "Central Bank of Brazil" is keyed; "banco central de reserva del peru" -> "central reserve
 * bank of peru", "banco de mexico" -> "bank of mexico", "banque de france" -> "bank of
 * france"): the bank's words, then a listed country's name, in English where the language
 * writes it otherwise ("brasil", "espana").
 * False: no such key, or out of memory (*ok). */
static bool bank_in_english(eg_buf *k, const char *key, bool *ok)
{
    static const char *const forms[][2] = {
        {"banco central de reserva del ", "central reserve bank of "},
        {"banco central do ", "central bank of "},   {"banco central de ", "central bank of "},
        {"banco central del ", "central bank of "},  {"banque centrale du ", "central bank of "},
        {"banque centrale de ", "central bank of "}, {"banco de ", "bank of "},
        {"banco do ", "bank of "},                   {"banque de ", "bank of "}};
    static const char *const countries[][2] = {{"brasil", "brazil"}, {"espana", "spain"},
                                               {"italia", "italy"},  {"francia", "france"},
                                               {"mexique", "mexico"}, {"perou", "peru"}};
    if (key[0] != 'b') {
        return false; /* most keys at one look */
    }
    for (size_t f = 0; f < EG_ARRAY_LEN(forms); f++) {
        size_t pl = strlen(forms[f][0]);
        const char *rest = key + pl;
        if (strncmp(key, forms[f][0], pl) != 0 || strchr(rest, ' ')) {
            continue;
        }
        for (size_t c = 0; c < EG_ARRAY_LEN(countries); c++) {
            rest = strcmp(rest, countries[c][0]) == 0 ? countries[c][1] : rest;
        }
        const eg_gazetteer *g = eg_gazetteer_default();
        bool demonym = false;
        int32_t e = eg_gaz_lookup(g, rest, strlen(rest), &demonym);
        if (e < 0 || demonym || eg_gaz_entry_at(g, e)->kind != EG_GAZK_COUNTRY) {
            return false;
        }
        eg_buf_reset(k);
        if (strcmp(forms[f][1], "central bank of ") == 0) {
            /* keyed as a state's body is (alias_bodies.c) */
            *ok = alias_qualified_key(k, e, "central bank", strlen("central bank"));
        } else {
            *ok = eg_buf_puts(k, forms[f][1]) && eg_buf_puts(k, rest);
        }
        return *ok;
    }
    return false;
}

/* The pair of candidate i and the one organization of variant key k (orgs: key -> candidate +
 * 1, UINT32_MAX for several) when there is one of another entity, not side by side; for a
 * "person" i, only a firm named with a legal form. */
static bool variant_pair(cross_ctx *x, const eg_strmap *orgs, const eg_buf *k, size_t i,
                         bool person, eg_rule rule)
{
    const eg_alias_cand *c = &x->cands[i];
    uint32_t v = eg_strmap_get(orgs, k->data, k->len, 0);
    if (v != 0 && v != UINT32_MAX && x->cands[v - 1].root != c->root &&
        (!person || x->cands[v - 1].firm) && !cooccur(c, &x->cands[v - 1])) {
        return push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1, rule);
    }
    return true;
}

/* An organization written with a variant of its key in another article is the organization
 * of that key, the only one, unless the two stand side by side: its umlauts written out
 * ("Brueckner Feinpapier", "Brückner Feinpapier GmbH", keys "brueckner feinpapier", "bruckner
 * feinpapier"; so a "person" of two words or more so written, when the organization is named
 * with a legal form: the firm of that name), a place's adjective for the place ("Tigrayan
 * People's Liberation Front"), or a bank's name in Spanish, Portuguese or French for its
 * English one ("Banco Central do Brasil", "Central Bank of Brazil": bank_in_english). */
static bool org_umlauts_written_out(cross_ctx *x)
{
    eg_strmap orgs = {0}; /* an organization's key -> candidate + 1, UINT32_MAX for several */
    eg_strmap places = {0}; /* and a place's, no list's ("baden-wurttemberg") */
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if ((c->type == EG_ORGANIZATION || c->type == EG_LOCATION) && !c->listed) {
            eg_strmap *m = c->type == EG_ORGANIZATION ? &orgs : &places;
            uint32_t v = eg_strmap_get(m, c->key, strlen(c->key), 0);
            bool one = v == 0 || (v != UINT32_MAX && x->cands[v - 1].root == c->root);
            ok = eg_strmap_put(m, c->key, strlen(c->key), one ? (uint32_t)i + 1 : UINT32_MAX);
        }
    }
    for (size_t i = 0; ok && places.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        if (c->type == EG_LOCATION && !c->listed && umlauts_folded(&k, c->key, &ok, true)) {
            /* "Baden-Wuerttemberg" */
            ok = variant_pair(x, &places, &k, i, false, EG_RULE_MISSPELLING);
        }
    }
    eg_strmap_fini(&places);
    for (size_t i = 0; ok && orgs.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        bool person = c->type == EG_PERSON && alias_count_words(c->key) >= 2;
        if ((c->type != EG_ORGANIZATION && !person) || c->listed) {
            continue;
        }
        if (umlauts_folded(&k, c->key, &ok, true)) {
            ok = variant_pair(x, &orgs, &k, i, person, EG_RULE_MISSPELLING);
        }
        if (ok && !person && place_adjective_key(&k, c->key, &ok)) {
            ok = variant_pair(x, &orgs, &k, i, false, EG_RULE_MISSPELLING);
        }
        if (ok && !person && bank_in_english(&k, c->key, &ok)) {
            ok = variant_pair(x, &orgs, &k, i, false, EG_RULE_MISSPELLING);
        }
    }
    eg_buf_fini(&k);
    eg_strmap_fini(&orgs);
    return ok;
}

/* The English of the words of bodies' names in French, Spanish, Portuguese, Italian,
 * German and Dutch, as keys write them (lower case, no accents), and the English words a
 * body's name may write as either noun or adjective ("african": "africa"). */
static const char *const body_english[][2] = {
    {"afrique", "africa"}, {"africaine", "africa"}, {"africain", "africa"},
    {"africana", "africa"}, {"africano", "africa"}, {"african", "africa"},
    {"agence", "agency"}, {"agencia", "agency"}, {"agenzia", "agency"},
    {"alliance", "alliance"}, {"alianza", "alliance"}, {"alianca", "alliance"},
    {"alleanza", "alliance"}, {"asociacion", "association"}, {"associacao", "association"},
    {"associazione", "association"}, {"verband", "association"}, {"bund", "association"},
    {"bond", "association"}, {"banque", "bank"}, {"banco", "bank"}, {"banca", "bank"},
    {"centrale", "central"}, {"centrali", "central"}, {"ciclista", "cycling"},
    {"cycliste", "cycling"}, {"commission", "commission"}, {"comision", "commission"},
    {"comissao", "commission"}, {"commissione", "commission"}, {"kommission", "commission"},
    {"communaute", "community"}, {"comunidad", "community"}, {"comunidade", "community"},
    {"comunita", "community"}, {"confederacion", "confederation"},
    {"confederacao", "confederation"}, {"confederazione", "confederation"},
    {"conseil", "council"}, {"consejo", "council"}, {"conselho", "council"},
    {"consiglio", "council"}, {"cour", "court"}, {"corte", "court"},
    {"developpement", "development"}, {"desarrollo", "development"},
    {"desenvolvimento", "development"}, {"sviluppo", "development"},
    {"economique", "economic"}, {"economica", "economic"}, {"economico", "economic"},
    {"etats", "states"}, {"estados", "states"}, {"stati", "states"}, {"staaten", "states"},
    {"europeenne", "europe"}, {"europeen", "europe"}, {"europea", "europe"},
    {"europeo", "europe"}, {"europeia", "europe"}, {"european", "europe"},
    {"federation", "federation"}, {"federacion", "federation"}, {"federacao", "federation"},
    {"federazione", "federation"}, {"futbol", "football"}, {"futebol", "football"},
    {"calcio", "football"}, {"fussball", "football"}, {"voetbal", "football"},
    {"internationale", "international"}, {"internacional", "international"},
    {"internazionale", "international"}, {"monetaire", "monetary"},
    {"monetaria", "monetary"}, {"monetario", "monetary"}, {"nationale", "national"},
    {"nacional", "national"}, {"nazionale", "national"}, {"organisation", "organization"},
    {"organizacion", "organization"}, {"organizacao", "organization"},
    {"organizzazione", "organization"}, {"ouest", "west"}, {"oeste", "west"},
    {"parlement", "parliament"}, {"parlamento", "parliament"}, {"union", "union"},
    {"unione", "union"}, {"mondiale", "world"}, {"mundial", "world"},
    {"stiftung", "foundation"}, {"stichting", "foundation"}, {"fonden", "foundation"},
    {"fondet", "foundation"}, {"stiftelsen", "foundation"}, {"fondation", "foundation"},
    {"fundacion", "foundation"}, {"fundacao", "foundation"}, {"fondazione", "foundation"},
    /* the countries' adjectives */
    {"italiana", "italian"}, {"italiano", "italian"}, {"espanola", "spanish"},
    {"espanol", "spanish"}, {"portuguesa", "portuguese"}, {"portugues", "portuguese"},
    {"brasileira", "brazilian"}, {"brasileiro", "brazilian"}, {"peruana", "peruvian"},
    {"mexicana", "mexican"}, {"mexicano", "mexican"}, {"colombiana", "colombian"},
    {"francaise", "french"}, {"francais", "french"}, {"deutscher", "german"},
    {"deutsche", "german"}, {"osterreichischer", "austrian"},
    {"osterreichische", "austrian"}, {"schweizerischer", "swiss"},
    {"nederlandse", "dutch"}, {"belge", "belgian"}};

/* Words no body's name counts: articles, "of" and "and" in the six languages, and a royal
 * title ("Real Federacion Espanola de Futbol" is the Spanish Football Federation's) and
 * "giuoco" of Italy's federation ("Federazione Italiana Giuoco Calcio"). */
static bool body_filler(const char *w, size_t n)
{
    static const char *const filler[] = {
        "of",  "the", "and", "de",  "des", "du",   "la",  "le",    "les", "et",  "y",
        "e",   "del", "da",  "do",  "dos", "das",  "di",  "della", "dei", "der", "die",
        "den", "van", "het", "und", "en",  "real", "royal", "koninklijke", "giuoco"};
    for (size_t i = 0; i < EG_ARRAY_LEN(filler); i++) {
        if (eg_word_eq(filler[i], w, n)) {
            return true;
        }
    }
    return false;
}

/* Into k: the words of organization key `key` in English (body_english), the filler left out,
 * in the byte order of words ("alliance des etats du sahel" -> "alliance sahel states",
 * "alliance of sahel states" alike), when it has three such words or more, or two of which one
 * is a foundation's ("sondergaard fonden", "grossmann-stiftung"); *foreign: some word was
 * another language's. False: too few words, or out of memory (*ok). */
bool alias_body_words_english(eg_buf *k, const char *key, bool *foreign, bool *ok)
{
    const char *ws[12];
    size_t wl[12], nw = 0;
    *foreign = false;
    for (const char *w = key; *w;) {
        size_t n = strcspn(w, " -");
        const char *s = w;
        if (n > 2 && (s[0] == 'l' || s[0] == 'd') && s[1] == '\'') {
            s += 2; /* "l'afrique", "d'investissement" */
            n -= 2;
        }
        if (n > 0 && !body_filler(s, n)) {
            if (nw == EG_ARRAY_LEN(ws)) {
                return false;
            }
            ws[nw] = s;
            wl[nw] = n;
            for (size_t i = 0; i < EG_ARRAY_LEN(body_english); i++) {
                if (eg_word_eq(body_english[i][0], s, n)) {
                    const char *en = body_english[i][1];
                    /* English's own adjectives ("african") are no other language's */
                    *foreign |= !eg_word_eq(en, s, n) && !eg_word_eq("african", s, n) &&
                                !eg_word_eq("european", s, n);
                    ws[nw] = en;
                    wl[nw] = strlen(en);
                    break;
                }
            }
            nw++;
        }
        w += strcspn(w, " -");
        while (*w == ' ' || *w == '-') {
            w++;
        }
    }
    bool foundation = false;
    for (size_t i = 0; i < nw; i++) {
        foundation |= wl[i] == 10 && memcmp(ws[i], "foundation", 10) == 0;
    }
    if (nw < 2 || (nw == 2 && !foundation)) {
        return false;
    }
    for (size_t i = 1; i < nw; i++) { /* insertion sort: a dozen words at most */
        for (size_t j = i; j > 0; j--) {
            size_t m = wl[j - 1] < wl[j] ? wl[j - 1] : wl[j];
            int c = memcmp(ws[j - 1], ws[j], m);
            if (c < 0 || (c == 0 && wl[j - 1] <= wl[j])) {
                break;
            }
            const char *ts = ws[j];
            size_t tl = wl[j];
            ws[j] = ws[j - 1], wl[j] = wl[j - 1];
            ws[j - 1] = ts, wl[j - 1] = tl;
        }
    }
    eg_buf_reset(k);
    for (size_t i = 0; i < nw && *ok; i++) {
        *ok = (i == 0 || eg_buf_putc(k, ' ')) && eg_buf_append(k, ws[i], wl[i]);
    }
    return *ok;
}

/* So is a body named in another language in one article ("Alliance des Etats du Sahel",
 * "Federazione Italiana Giuoco Calcio", "Union Cycliste Internationale") the one body another
 * article names in English with the same words in another order ("Alliance of Sahel States",
 * "Italian Football Federation", "International Cycling Union"), unless the two stand side by
 * side: three words or more, the filler (articles, "of", "and", a royal title) left out; a
 * foundation's two ("Sondergaard Fonden", which the recognizer may take for a person's). */
static bool translated_names(cross_ctx *x)
{
    eg_strmap english = {0}; /* the English words' key -> candidate + 1, UINT32_MAX for several */
    eg_buf k = {0};
    bool ok = true, foreign = false;
    uint32_t *other = NULL; /* the candidates named in another language, read again below */
    size_t nother = 0, cap = 0;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        /* (or a "person" whose name holds a body's word: "Sondergaard Fonden") */
        if ((c->type != EG_ORGANIZATION && c->type != EG_PERSON) ||
            !alias_body_words_english(&k, c->key, &foreign, &ok)) {
            continue;
        }
        if (foreign && !c->listed) {
            ok = eg_grow((void **)&other, &cap, nother + 1, sizeof *other);
            if (ok) {
                other[nother++] = (uint32_t)i;
            }
        } else if (!foreign && c->type == EG_ORGANIZATION) {
            uint32_t v = eg_strmap_get(&english, k.data, k.len, 0);
            bool one = v == 0 || (v != UINT32_MAX && x->cands[v - 1].root == c->root);
            ok = eg_strmap_put(&english, k.data, k.len, one ? (uint32_t)i + 1 : UINT32_MAX);
        }
    }
    for (size_t j = 0; ok && english.count && j < nother; j++) {
        if (alias_body_words_english(&k, x->cands[other[j]].key, &foreign, &ok)) {
            ok = variant_pair(x, &english, &k, other[j], false, EG_RULE_TRANSLATED_NAME);
        }
    }
    free(other);
    eg_buf_fini(&k);
    eg_strmap_fini(&english);
    return ok;
}

/* So is a firm's short name in one article ("SoftBank", "Nile Crown") the firm another
 * article names in full, when its full name adds only its group's or trade's words and
 * legal forms ("SoftBank Group Corp.", "Nile Crown Airlines") and no other organization's
 * name opens with the short one (beside Hanseong Group and Hanseong Heavy Industries,
 * "Hanseong" is either): not a short name that is a firm's whole name somewhere (named
 * with a legal form: "Chrysler Corp" is not Chrysler Motors), of three letters or fewer
 * (an acronym's), a listed name, a place's, or one named side by side with the full one. */
static bool firm_short_names(cross_ctx *x)
{
    eg_strmap lead = {0}; /* leading words of longer organizations' keys -> candidate + 1,
                           * UINT32_MAX for several */
    eg_strmap tails = {0}; /* the last words of names of several words: surnames */
    uint8_t *alone = malloc(x->n ? x->n : 1); /* by root: 1 one candidate, 2 several */
    bool ok = alone != NULL;
    for (size_t i = 0; ok && i < x->n; i++) {
        alone[i] = 0;
    }
    for (size_t i = 0; ok && i < x->n; i++) {
        uint32_t r = x->cands[i].root;
        if (r < x->n) { /* neighbour lists' ids: the caller's roots are candidates */
            alone[r] = alone[r] ? 2 : 1;
        }
    }
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *lw = strrchr(c->key, ' ');
        if (lw && !eg_strmap_has(&tails, lw + 1, strlen(lw + 1))) {
            ok = eg_strmap_put(&tails, lw + 1, strlen(lw + 1), 1);
        }
        if (!ok || c->type != EG_ORGANIZATION) {
            continue;
        }
        for (const char *sp = strchr(c->key, ' '); ok && sp; sp = strchr(sp + 1, ' ')) {
            size_t kl = (size_t)(sp - c->key);
            uint32_t v = eg_strmap_get(&lead, c->key, kl, 0);
            bool one = v == 0 || (v != UINT32_MAX && x->cands[v - 1].root == c->root);
            ok = eg_strmap_put(&lead, c->key, kl, one ? (uint32_t)i + 1 : UINT32_MAX);
        }
    }
    for (size_t i = 0; ok && lead.count && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t kl = strlen(c->key);
        if (c->type != EG_ORGANIZATION || c->listed || c->firm || kl < 4 || c->root >= x->n ||
            alone[c->root] != 1 || eg_strmap_has(&tails, c->key, kl) ||
            (eg_gaz_phrase_lists_text(c->key, kl) & (EG_PL_CITY | EG_PL_COUNTRY)) ||
            (eg_gaz_word_flags(eg_gazetteer_default(), c->key, kl) & EG_GAZ_COUNTRY)) {
            continue;
        }
        uint32_t v = eg_strmap_get(&lead, c->key, kl, 0);
        if (v == 0 || v == UINT32_MAX) {
            continue;
        }
        const eg_alias_cand *f = &x->cands[v - 1];
        if (f->root != c->root && alias_firm_rest(f->key + kl) && !cooccur(c, f)) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1,
                           EG_RULE_FIRM_SHORT_NAME);
        }
    }
    eg_strmap_fini(&lead);
    eg_strmap_fini(&tails);
    free(alone);
    return ok;
}

/* The Arabic given names English writes several ways, a group a row, the first its form in
 * a name's transliterated key (name_respelt). */
static const char *const arabic_given[][8] = {
    {"ahmed", "ahmad"},           {"khalid", "khaled"},          {"mahmoud", "mahmud"},
    {"hamid", "hamed"},           {"rashid", "rashed"},          {"majid", "majed"},
    {"walid", "waleed"},          {"saeed", "saied", "sayed"},   {"yousef", "yusuf", "youssef",
                                                                  "yousuf"},
    {"hussein", "hussain", "husayn", "hossein", "hosein"}, /* Persian's "Hossein" too */
    {"abdullah", "abdallah", "abdulla", "abdalla"},
    {"omar", "umar"},
    {"osama", "usama"},           {"mustafa", "mostafa", "moustafa"}, {"hisham", "hesham"},
    {"tariq", "tarek", "tareq"},  {"fahad", "fahd"},             {"faisal", "faysal"},
    {"nasser", "nasir", "naser"},
    {"abdulkarim", "abdelkarim"},   {"abdulrahman", "abdelrahman", "abderrahmane"},
    {"abdulaziz", "abdelaziz"},
    /* and Persian names written from Farsi or from Arabic */
    {"mahdi", "mehdi"},           {"mohsen", "muhsin"},
    {"ebrahim", "ibrahim"},       {"esmail", "ismail", "ismael"}, {"qasem", "ghasem", "qassem"},
    {"morteza", "murtaza"},       {"mojtaba", "mujtaba"},        {"javad", "jawad", "djavad"},
    {"reza", "riza"},             {"hassan", "hasan"}};

/* The first form of the given name w[0..n) in its group of a table of `rows` groups (a row
 * ended by NULL or full: arabic_given, slavic_given, greek_given), or NULL. */
static const char *group_form(const char *const (*table)[8], size_t rows, const char *w,
                              size_t n)
{
    for (size_t g = 0; g < rows; g++) {
        for (size_t i = 0; i < EG_ARRAY_LEN(table[g]) && table[g][i]; i++) {
            if (eg_word_eq(table[g][i], w, n)) {
                return table[g][0];
            }
        }
    }
    return NULL;
}

/* The first form of the Arabic given name w[0..n) (arabic_given), or NULL. */
static const char *arabic_given_form(const char *w, size_t n)
{
    return group_form(arabic_given, EG_ARRAY_LEN(arabic_given), w, n);
}

/* The Ukrainian, Russian and Bulgarian given names English writes several ways, as
 * arabic_given: the same name in the languages and their transliterations ("Oleksandr",
 * "Olexandr", "Aleksandr"; "Volodymyr", "Vladimir"; "Kyrylo", "Kirill", "Kiril"). */
static const char *const slavic_given[][8] = {
    {"oleksandr", "olexandr", "aleksandr", "alexandr", "alexander", "oleksander", "olexander",
     "aliaksandr"},
    {"oleksiy", "oleksii", "olexiy", "aleksei", "alexei", "alexey"},
    {"serhiy", "serhii", "sergei", "sergey", "sergiy", "siarhei"},
    {"volodymyr", "vladimir", "uladzimir"},
    {"mykola", "nikolai", "nikolay", "mikalai"},
    {"andriy", "andrii", "andrei", "andrey"},
    {"yuriy", "yurii", "yuri", "yury"},
    {"dmytro", "dmitry", "dmitri", "dmitriy", "dmitrii"},
    {"mykhailo", "mykhaylo", "mikhail"},
    {"vitaliy", "vitalii", "vitaly", "vitali"},
    {"anatoliy", "anatolii", "anatoly"},
    {"yevhen", "yevgeny", "evgeny", "yevgeniy", "evgeniy"},
    {"pavlo", "pavel"},
    {"kyrylo", "kirill", "kiril"},
    {"ihor", "igor"},
    {"oleh", "oleg"},
    {"maksym", "maksim", "maxim"},
    {"petro", "pyotr", "petr"},
    {"vasyl", "vasily", "vasiliy", "vassily"},
    {"hennadiy", "gennady", "gennadiy"},
    {"valeriy", "valery", "valeri", "valerii"},
    {"yuliia", "yuliya", "yulia", "iuliia"},
    {"olha", "olga", "volha"},
    {"viktor", "viktar"}};

/* Greek given names English writes several ways or in full and short, as arabic_given
 * ("Giorgos", "Yiorgos", "Georgios", "George"; "Stelios", "Stylianos"). */
static const char *const greek_given[][8] = {
    {"georgios", "giorgos", "yiorgos", "yorgos", "george"},
    {"ioannis", "giannis", "yiannis", "yannis"},
    {"dimitrios", "dimitris"},
    {"konstantinos", "kostas", "costas"},
    {"nikolaos", "nikos"},
    {"stylianos", "stelios"},
    {"panagiotis", "panayiotis", "panos"},
    {"christos", "hristos"},
    {"vasileios", "vasilis", "vassilis"},
    {"evangelos", "vangelis"},
    {"charalambos", "haralambos"},
    {"michail", "michalis"},
    {"athanasios", "thanasis"},
    {"spyridon", "spyros"}};

static bool ends_with(const char *p, const char *suffix);

/* Does family name p (up to a space) end as a Greek family name does ("-akis", "-idou",
 * "-opoulos", "-ous")? */
static bool greek_family(const char *p)
{
    static const char *const ends[] = {"akis", "aki",  "idis", "idou",  "iadis", "opoulos",
                                       "opoulou", "ous", "oglou", "elis", "idakis"};
    size_t n = strcspn(p, " ");
    for (size_t i = 0; i < EG_ARRAY_LEN(ends); i++) {
        if (n > strlen(ends[i]) + 2 && ends_with(p, ends[i])) {
            return true;
        }
    }
    return false;
}

/* Into k: person key `key` of two words or more written as one transliteration writes it
 * whatever the other wrote (name_respelt): an Arabic, Ukrainian or Russian given name of the
 * lists in its first form, a Korean family name of the lists in its first and its given name
 * in syllables with "eo" as "u", a Slavic name's patronymic left out ("aleksandr sergeyevich
 * stolyarov" / "alexander stolyarov"), a Russian given name's "Ye" as "E" (of five letters or
 * more), "-yev" and "-yeva" after
 * a vowel as "-ev", "-eva" ("sarsenbayev" / "sarsenbaev"); in an Arabic name (such a given
 * name, or "al-", "abu", "bin" in it), a doubled vowel as one and "ou" or "oo" as "u" after
 * the given name ("al-sharaa" / "al-shara", "al-mansouri" / "al-mansoori"; not "john houston"
 * / "john huston"), "abdul rahman" as "abdulrahman" and "al mansoori" as "al-mansoori"; in a
 * Russian name, "yo" after a consonant as "e" ("zhuravlyov" / "zhuravlev"); a family name's
 * opening "dzh" as "zh" ("dzhaksybekov" / "zhaksybekov"); a family name's closing "-yan"
 * after a consonant as "-ian" ("pashinyan" / "pashinian"; seven letters or more, not "bryan");
 * a family name's opening "j" before a vowel as "zh" when it ends in "-ov", "-ev", "-ova" or
 * "-eva" (Kyrgyz and Kazakh "j" for Russian "zh": "japarov" / "zhaparov"); "dj" as "d" in a
 * family name ending in "-ic" (the South Slavic letter written "dj" or "d": "djordjevic" /
 * "dordevic", the folded "Đorđević"); after the given name, a consonant written twice as once
 * ("ferrante" / "ferante", "follett" / "follet"); in a Persian name, a closing "-aei" or "-aee"
 * as "-ai" ("rezaei" / "rezaee") and an opening "gh" as "q" ("ghasemi" / "qasemi"). */
static bool ends_with(const char *p, const char *suffix)
{
    const char *e = strchr(p, ' ');
    size_t n = e ? (size_t)(e - p) : strlen(p), sl = strlen(suffix);
    return n > sl && memcmp(p + n - sl, suffix, sl) == 0;
}

/* Does person key `key` read as an Arabic name: a family name of "al" or "el", a "bin", "ibn"
 * or "abu", or a first word of arabic_given or the Prophet's name? */
static bool arabic_key(const char *key)
{
    static const char *const marks[] = {" al ", " el ", " bin ", " ibn ", " abu "};
    for (size_t i = 0; i < EG_ARRAY_LEN(marks); i++) {
        if (strstr(key, marks[i])) {
            return true;
        }
    }
    size_t gl = strcspn(key, " ");
    return arabic_given_form(key, gl) != NULL || prophet_name(key, gl);
}

/* Into k: Arabic person key `key` (its hyphens spaces) word by word as one transliteration
 * writes it: "el" as "al" ("youssef el idrissi"), "ibn" as "bin", "abd al rahman" and
 * "abdel rahman" as "abdul rahman", every given name of arabic_given and the Prophet's name in
 * their first form wherever they stand ("abdel hamid mohamed el sherbiny": "mohammed"), a
 * last "y" after a consonant as "i" in a word of five letters or more ("sherbiny" /
 * "sherbini"), and "dh" as "d" (one Arabic letter English writes either way: "al dhaheri" /
 * "al daheri"). */
static bool arabic_words(eg_buf *k, const char *key, bool *ok)
{
    eg_buf_reset(k);
    for (const char *w = key; *ok && *w;) {
        size_t n = strcspn(w, " ");
        const char *next = w[n] ? w + n + 1 : w + n;
        size_t nn = strcspn(next, " ");
        if (k->len) {
            *ok = eg_buf_putc(k, ' ');
        }
        const char *form = NULL;
        if (eg_word_eq("abd", w, n) &&
            (eg_word_eq("al", next, nn) || eg_word_eq("el", next, nn))) {
            form = "abdul"; /* "abd al rahman" -> "abdul rahman" */
            next += nn + (next[nn] == ' ');
        } else if (eg_word_eq("abdel", w, n)) {
            form = "abdul";
        } else if (eg_word_eq("el", w, n)) {
            form = "al";
        } else if (eg_word_eq("ibn", w, n)) {
            form = "bin";
        } else if (prophet_name(w, n)) {
            form = "mohammed";
        }
        if (!form) {
            form = arabic_given_form(w, n);
        }
        bool y = !form && n >= 5 && w[n - 1] == 'y' && !strchr("aeiouy", w[n - 2]);
        if (form) {
            *ok = eg_buf_puts(k, form);
        }
        for (size_t c = 0; !form && *ok && c < n - y; c++) {
            if (!(w[c] == 'd' && c + 1 < n && w[c + 1] == 'h')) {
                *ok = eg_buf_putc(k, w[c]); /* "dh" as "d": "dhaheri" / "daheri" */
            } else {
                *ok = eg_buf_putc(k, 'd');
                c++;
            }
        }
        if (y && *ok) {
            *ok = eg_buf_putc(k, 'i');
        }
        w = next;
    }
    return *ok;
}

static bool name_respelt_key_of(eg_buf *k, const char *key, bool *ok);

/* South Asian family names English writes several ways, a group a row, the first its form in
 * a name's transliterated key ("Chaudhary", "Choudhary", "Chowdhury"; "Mukherjee", "Mukherji";
 * "Siddiqui", "Siddiqi"). */
static const char *const south_asian_family[][7] = {
    {"chaudhary", "chaudhry", "choudhary", "choudhury", "chowdhury", "chaudhuri", "chowdhary"},
    {"siddiqui", "siddiqi", "siddique"},
    {"qureshi", "quraishi", "qureishi"},
    {"rahman", "rehman"},
    {"mukherjee", "mukerjee", "mukherji", "mukerji"},
    {"banerjee", "banerji"},
    {"chatterjee", "chatterji"},
    {"bhattacharya", "bhattacharjee", "bhattacharyya"},
    {"srivastava", "shrivastava"},
    {"upadhyay", "upadhyaya"}};

/* The first form of the family name w[0..n) in its group of south_asian_family, or NULL. */
static const char *south_asian_form(const char *w, size_t n)
{
    for (size_t g = 0; g < EG_ARRAY_LEN(south_asian_family); g++) {
        for (size_t i = 0; i < EG_ARRAY_LEN(south_asian_family[g]) && south_asian_family[g][i];
             i++) {
            if (eg_word_eq(south_asian_family[g][i], w, n)) {
                return south_asian_family[g][0];
            }
        }
    }
    return NULL;
}

/* Into k: key `key` with each word after the first that is a family name of
 * south_asian_family in its group's first form. False: no such word, or out of memory (*ok). */
static bool family_forms(eg_buf *k, const char *key, bool *ok)
{
    bool any = false;
    for (const char *w = strchr(key, ' '); !any && w; w = strchr(w + 1, ' ')) {
        size_t n = strcspn(w + 1, " ");
        const char *form = south_asian_form(w + 1, n);
        any = form && !eg_word_eq(form, w + 1, n);
    }
    if (!any) {
        return false; /* most keys: nothing to copy */
    }
    eg_buf_reset(k);
    for (const char *w = key; *ok && *w;) {
        size_t n = strcspn(w, " ");
        const char *form = w != key ? south_asian_form(w, n) : NULL;
        *ok = (w == key || eg_buf_putc(k, ' ')) &&
              (form ? eg_buf_puts(k, form) : eg_buf_append(k, w, n));
        w += n + (w[n] == ' ');
    }
    return *ok;
}

static bool name_respelt_key(eg_buf *k, const char *key, bool *ok)
{
    eg_buf f = {0};
    if (family_forms(&f, key, ok)) {
        key = f.data; /* "muhammad iqbal choudhary" -> "... chaudhary" */
    }
    bool r;
    if (!arabic_key(key)) {
        r = name_respelt_key_of(k, key, ok);
    } else {
        eg_buf a = {0};
        r = arabic_words(&a, key, ok) && name_respelt_key_of(k, a.data, ok);
        eg_buf_fini(&a);
    }
    eg_buf_fini(&f);
    return r;
}

/* Does family name p (up to a space) end as Russian-style family names do, "-ov", "-ev",
 * "-ova", "-eva" ("japarov", "mirzayev")? */
static bool ov_family(const char *p)
{
    return ends_with(p, "ov") || ends_with(p, "ev") || ends_with(p, "ova") || ends_with(p, "eva");
}

static bool name_respelt_key_of(eg_buf *k, const char *key, bool *ok)
{
    const char *sp = strchr(key, ' ');
    if (!sp) {
        return false;
    }
    size_t gl = (size_t)(sp - key);
    const char *given = NULL;
    /* "abdul rahman" is the given name "abdulrahman" */
    char joined[32];
    const char *sp1 = strchr(sp + 1, ' ');
    size_t wl = sp1 ? (size_t)(sp1 - sp - 1) : 0;
    if (sp1 && (eg_word_eq("abdul", key, gl) || eg_word_eq("abdel", key, gl)) &&
        gl + wl < sizeof joined) {
        memcpy(joined, key, gl);
        memcpy(joined + gl, sp + 1, wl);
        given = arabic_given_form(joined, gl + wl);
        if (given) {
            sp = sp1;
            gl += wl + 1;
        }
    }
    if (!given) {
        given = arabic_given_form(key, gl);
    }
    if (!given && prophet_name(key, gl)) {
        given = "mohammed"; /* the Prophet's name, however written (prophet_name) */
    }
    /* an Arabic name: its given name of the list, or a family name of "al-" ("al-sharaa"),
     * "abu" or "bin" */
    bool arabic = given || strstr(key, " al-") || strstr(key, " al ") || strstr(key, " abu ") ||
                  strstr(key, " bin ");
    bool slavic = false;
    if (!given) {
        given = group_form(slavic_given, EG_ARRAY_LEN(slavic_given), key, gl);
        slavic = given != NULL;
    }
    if (!given) {
        given = group_form(greek_given, EG_ARRAY_LEN(greek_given), key, gl);
    }
    if (sp1 && strchr(sp1 + 1, ' ') == NULL && slavic_patronymic(sp + 1, wl)) {
        sp = sp1; /* "aleksandr sergeyevich stolyarov" as "alexander stolyarov", "nurlan
                   * serikuly zhakenov" as "nurlan zhakenov" */
    }
    /* a Korean name: a family name of the lists and a given name in syllables, whose "eo"
     * English also writes "u" ("park seong-ho" / "park sung-ho") */
    int korean = korean_family(key, gl);
    const char *sp2 = korean ? strchr(sp + 1, ' ') : NULL;
    bool syllables = korean && ((strchr(sp + 1, '-') && !sp2) ||
                                (sp2 && !strchr(sp2 + 1, ' ') && sp2 - sp - 1 <= 5 &&
                                 strlen(sp2 + 1) <= 5)); /* "sung-ho", "sung ho" */
    if (syllables && !given) {
        given = korean_families[korean - 1][0];
    }
    eg_buf_reset(k);
    if (given) {
        *ok = eg_buf_puts(k, given);
    } else if (gl >= 5 && key[0] == 'y' && key[1] == 'e') {
        *ok = eg_buf_append(k, key + 1, gl - 1); /* "yerlan" -> "erlan" */
    } else if (gl >= 4 && key[0] == 'x' && strchr("aeiou", key[1]) &&
               ov_family(alias_last_word(key))) {
        /* Uzbek's Latin "x" for "kh": "xurshid mirzayev" -> "khurshid" */
        *ok = eg_buf_puts(k, "kh") && eg_buf_append(k, key + 1, gl - 1);
    } else {
        *ok = eg_buf_append(k, key, gl);
    }
    for (const char *p = sp; *ok && *p; p++) {
        char c = *p, prev = k->len ? k->data[k->len - 1] : 0;
        if (c == 'y' && p[1] == 'e' && p[2] == 'v' && strchr("aeiou", prev) &&
            (!p[3] || p[3] == ' ' || (p[3] == 'a' && (!p[4] || p[4] == ' ')))) {
            continue; /* "bayev" -> "baev" */
        }
        if (c == 'j' && prev == ' ' && strchr("aeiou", p[1]) && ov_family(p)) {
            *ok = eg_buf_puts(k, "zh"); /* "japarov" -> "zhaparov" */
            continue;
        }
        if (c == 'd' && p[1] == 'j' && ends_with(p, "ic")) {
            *ok = eg_buf_putc(k, 'd'); /* "djordjevic" -> "dordevic" */
            p++;
            continue;
        }
        if (c == 'd' && p[1] == 'z' && p[2] == 'h' && prev == ' ') {
            continue; /* Russian "dzh" as Kazakh "zh": "dzhaksybekov" -> "zhaksybekov" */
        }
        if (c == 'y' && p[1] == 'a' && p[2] == 'n' && !p[3] && prev && !strchr("aeiouy ", prev) &&
            p - strrchr(key, ' ') >= 5) {
            *ok = eg_buf_putc(k, 'i'); /* an Armenian "-yan" as "-ian": "pashinyan" */
            continue;
        }
        if (arabic && c == 'e' && (p[1] == 'i' || p[1] == 'e') && prev == 'a' &&
            (!p[2] || p[2] == ' ')) {
            *ok = eg_buf_putc(k, 'i'); /* a Persian "-aei" as "-aee" or "-ai": "rezaei" */
            p++;
            continue;
        }
        if (arabic && c == 'h' && (!p[1] || p[1] == ' ') && k->len >= 4 &&
            memcmp(k->data + k->len - 4, "zade", 4) == 0) {
            continue; /* Persian's "-zadeh" as "-zade": "rahimzadeh" / "rahimzade" */
        }
        if (arabic && c == 'g' && p[1] == 'h' && prev == ' ') {
            *ok = eg_buf_putc(k, 'q'); /* "ghasemi" as "qasemi" */
            p++;
            continue;
        }
        if (c == prev && c != ' ' && !strchr("aeiouy", c)) {
            continue; /* a consonant written twice or once: "ferrante", "ferante" */
        }
        if (arabic && strchr("aeiou", c) && c == prev) {
            continue; /* "sharaa" -> "shara" */
        }
        if (syllables && ((c == 'e' && p[1] == 'o') || (c == 'o' && p[1] == 'o'))) {
            *ok = eg_buf_putc(k, 'u');
            p++; /* "seong" -> "sung", "joon" -> "jun" */
            continue;
        }
        if (syllables && c == 's' && p[1] == 'h') {
            *ok = eg_buf_putc(k, 's');
            p++; /* "shik" -> "sik" */
            continue;
        }
        if (slavic && c == 'y' && p[1] == 'o' && prev != ' ' && !strchr("aeiou", prev)) {
            *ok = eg_buf_putc(k, 'e'); /* Russian "yo" written "e": "zhuravlyov" -> "zhuravlev" */
            p++;
            continue;
        }
        if (slavic && (c == 'y' || (c == 'i' && prev == 'i'))) {
            if (prev != 'i') {
                *ok = eg_buf_putc(k, 'i'); /* "hrytsenko" -> "hritsenko", "zelenskyy" */
            }
            continue;
        }
        if (c == 'c' && p[1] == 'h' && prev == ' ' && strchr("aeiou", p[2]) &&
            greek_family(p)) {
            continue; /* Greek "Ch" written "H": "chatzidaki" / "hatzidaki" */
        }
        if (slavic && c == 'h' && prev == ' ') {
            *ok = eg_buf_putc(k, 'g'); /* Ukrainian "h", Russian "g": "hritsenko" */
            continue;
        }
        if (arabic && c == 'a' && p[1] == 'l' && prev == ' ' && strcspn(p, " -") >= 6) {
            p++; /* the article written on: "almarzooqi" as "al marzouqi" */
            continue;
        }
        if (arabic && (c == ' ' || c == '-') && k->len >= 3 &&
            memcmp(k->data + k->len - 3, " al", 3) == 0) {
            k->len -= 2; /* "al mansoori", "al-mansouri" -> "mansuri", as one writes it without
                          * the article ("el-shalaby" / "shalabi") */
            k->data[k->len] = '\0';
            continue;
        }
        if (arabic && c == '-') {
            continue; /* "abdul-karim" -> "abdulkarim" */
        }
        if (arabic && c == ' ' && k->len >= 5 &&
            (memcmp(k->data + k->len - 5, "abdul", 5) == 0 ||
             memcmp(k->data + k->len - 5, "abdel", 5) == 0) &&
            (k->len == 5 || k->data[k->len - 6] == ' ')) {
            continue; /* "abdul karim" -> "abdulkarim" */
        }
        if (arabic && c == 'o' && (p[1] == 'u' || p[1] == 'o')) {
            *ok = eg_buf_putc(k, 'u');
            p++; /* "mansouri", "mansoori" -> "mansuri" */
            continue;
        }
        *ok = eg_buf_putc(k, c);
    }
    return *ok;
}

/* Is key long enough to tell one person by its respelt form: a surname of five letters or
 * more, or a Korean family name of the lists before a given name of syllables ("park sung
 * ho")? */
static bool respelt_eligible(const char *key)
{
    const char *sp = strchr(key, ' ');
    return strlen(alias_last_word(key)) >= 5 ||
           (sp && korean_family(key, (size_t)(sp - key)) && strlen(sp + 1) >= 5);
}

/* The form name_respelt_key writes of a person's key long enough (respelt_eligible); false for
 * other candidates. */
static bool respelt_form(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return c->type == EG_PERSON && !c->listed && !initial_key(c->key) &&
           respelt_eligible(c->key) && name_respelt_key(k, c->key, ok);
}

/* Pairs of the candidates whose forms (form(): false for a candidate that has none) are alike,
 * never side by side, each with the first candidate of its form that may hold it (holds():
 * NULL for any). */
static bool join_forms(cross_ctx *x, bool (*form)(eg_buf *, const eg_alias_cand *, bool *),
                       bool (*holds)(const eg_alias_cand *))
{
    eg_strmap forms = {0}; /* form -> candidate + 1 */
    eg_buf k = {0};
    bool ok = true;
    for (int pass = 0; ok && pass < 2; pass++) {
        for (size_t i = 0; ok && i < x->n; i++) {
            const eg_alias_cand *c = &x->cands[i];
            if ((pass == 0 && holds && !holds(c)) || !form(&k, c, &ok)) {
                continue;
            }
            uint32_t v = eg_strmap_get(&forms, k.data, k.len, 0);
            if (pass == 0) {
                if (v == 0) {
                    ok = eg_strmap_put(&forms, k.data, k.len, (uint32_t)i + 1);
                }
            } else if (v != 0 && v - 1 != i && x->cands[v - 1].root != c->root &&
                       !cooccur(c, &x->cands[v - 1])) {
                ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1,
                               EG_RULE_MISSPELLING);
            }
        }
    }
    eg_buf_fini(&k);
    eg_strmap_fini(&forms);
    return ok;
}

/* So is a person whose name two articles transliterate in two ways at once ("Yerlan
 * Sarsenbayev" / "Erlan Sarsenbaev", "Ahmed al-Sharaa" / "Ahmad al-Shara"): both keys alike
 * written (name_respelt_key), the surname of five letters or more, never side by side. */
static bool names_respelt(cross_ctx *x)
{
    return join_forms(x, respelt_form, NULL);
}

/* A person whose surname one article writes with the aspirates' "h" and another without
 * ("Krit Rattanaphruek" / "Krit Rattanapruek", "Levan Tchkhaidze" / "Levan Chkhaidze") is one
 * person: the same given names, both keys alike without them (aspirate_form), never side by
 * side. */
static bool aspirates_respelt(cross_ctx *x)
{
    return join_forms(x, aspirate_form, NULL);
}

/* The syllable_given_form of a person's key; false for other candidates. */
static bool syllable_form(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return c->type == EG_PERSON && !c->listed && !initial_key(c->key) &&
           syllable_given_form(k, c->key, ok);
}

/* Does candidate c write a given name's syllables apart (a key of three words)? */
static bool syllables_apart(const eg_alias_cand *c)
{
    return alias_count_words(c->key) == 3;
}

/* So is a Korean or Chinese name whose given name in syllables one article hyphens or writes
 * apart and another writes as one word, in the other order too ("Min-jae Kim" / "Minjae
 * Kim", "Son Hyun-woo" / "Hyunwoo Son"): the same syllable_given_form as the first name with
 * its syllables apart, never side by side. */
static bool syllables_respelt(cross_ctx *x)
{
    return join_forms(x, syllable_form, syllables_apart);
}

/* Is w[0..n) a word Japanese romanizes, morae of an onset and a vowel, a syllabic "n", a
 * doubled consonant, a hyphen, or the long vowels' "oh", "ou", "uu" ("ohno", "koumoto",
 * "yuuko", "shin-ichiro"; not "smith", "cohen", "paolo": no "l", "c" or "v" opens a mora)? */
static bool japanese_word(const char *w, size_t n)
{
    static const char *const onsets[] = {"sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry",
                                         "by", "py", "k",  "s",  "t",  "n",  "h",  "m",  "y",
                                         "r",  "w",  "g",  "z",  "d",  "b",  "p",  "j",  "f"};
    size_t i = 0;
    while (i < n) {
        char c = w[i];
        if (c == '-' || strchr("aeiou", c)) {
            i++;
            continue;
        }
        bool before_vowel = i + 1 < n && strchr("aeiouy", w[i + 1]);
        if ((c == 'n' && !before_vowel) ||
            (c == 'h' && i > 0 && w[i - 1] == 'o' && !before_vowel) ||
            (i + 1 < n && w[i + 1] == c)) {
            i++; /* "n", the long "o" of "oh", a doubled consonant */
            continue;
        }
        size_t o = 0;
        for (size_t k = 0; k < EG_ARRAY_LEN(onsets) && !o; k++) {
            size_t ol = strlen(onsets[k]);
            o = i + ol < n && memcmp(w + i, onsets[k], ol) == 0 && strchr("aeiou", w[i + ol])
                    ? ol
                    : 0;
        }
        if (!o) {
            return false;
        }
        i += o + 1;
    }
    return true;
}

/* Into k: person key `key` of two words both Japanese (japanese_word), of eight letters or
 * more, with its long vowels written short ("ohno", "kouno", "yuuko" as "ono", "kono", "yuko"),
 * without hyphens, the two words in alphabetical order unless both are given names (Japanese
 * names are written family name first and last: "Ohno Takeshi", "Takeshi Ono"). False: no
 * such key, or out of memory (*ok). */
static bool japanese_key(eg_buf *k, const char *key, bool *ok)
{
    const char *sp = strchr(key, ' ');
    if (!sp || strchr(sp + 1, ' ') || strlen(key) < 9 ||
        !japanese_word(key, (size_t)(sp - key)) || !japanese_word(sp + 1, strlen(sp + 1))) {
        return false;
    }
    char words[2][64];
    size_t len[2] = {0, 0};
    const char *part[2] = {key, sp + 1};
    size_t plen[2] = {(size_t)(sp - key), strlen(sp + 1)};
    for (int q = 0; q < 2; q++) {
        if (plen[q] >= sizeof words[q]) {
            return false;
        }
        for (size_t i = 0; i < plen[q]; i++) {
            char ch = part[q][i], next = i + 1 < plen[q] ? part[q][i + 1] : 0;
            char prev = len[q] ? words[q][len[q] - 1] : 0;
            if (ch == '-' || (prev == 'o' && (ch == 'u' || ch == 'o')) ||
                (prev == 'u' && ch == 'u') ||
                (prev == 'o' && ch == 'h' && !(next && strchr("aeiouy", next)))) {
                continue; /* "ou", "oo", "uu", "oh" before a consonant: one long vowel */
            }
            words[q][len[q]++] = ch;
        }
    }
    /* in either order, unless both are given names ("Jose Maria", "Maria Jose") */
    bool given = alias_given_name_word(part[0], plen[0]) && alias_given_name_word(part[1], plen[1]);
    int first = strncmp(words[0], words[1], len[0] < len[1] ? len[0] : len[1]);
    int a = given || first < 0 || (first == 0 && len[0] <= len[1]) ? 0 : 1;
    eg_buf_reset(k);
    *ok = eg_buf_append(k, words[a], len[a]) && eg_buf_putc(k, ' ') &&
          eg_buf_append(k, words[1 - a], len[1 - a]);
    return *ok;
}

/* The japanese_key of a person's key; false for other candidates. */
static bool japanese_form(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return c->type == EG_PERSON && !c->listed && japanese_key(k, c->key, ok);
}

/* So is a Japanese name one article writes with its long vowels and another without, or in the
 * other order ("Takeshi Ohno", "Ono Takeshi"; "Yuuko Koumoto", "Komoto Yuko"): the same
 * japanese_form, never side by side. */
static bool japanese_respelt(cross_ctx *x)
{
    return join_forms(x, japanese_form, NULL);
}

/* So is a person whose Russian name ends in "-y" in one article and "-i" in another ("Dmitry
 * Zhukovsky", "Dmitri Zhukovski"), whose given name of two syllables one article writes
 * apart and another as one word ("Chen Xiao Long", from "Chen Xiao-long", and "Chen
 * Xiaolong"), whose two given names one writes apart and another as one ("Mohammad Reza
 * Hosseini", "Mohammadreza Hosseini"), or whose name one article spells the French way
 * ("Moussa Adamou", "Musa Adamu") or the Dutch-era Indonesian way ("Soeharyanto",
 * "Suharyanto"). */
static bool names_written_otherwise(cross_ctx *x)
{
    return join_respelt(x, y_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, ye_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, joined_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, given_pair_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, ou_respelt, EG_RULE_MISSPELLING) &&
           join_respelt(x, oe_respelt, EG_RULE_MISSPELLING);
}

/* Is key k one word, or name particles and one word ("de vries", "van der berg")? */
static bool particles_then_word(const char *k)
{
    const char *sp;
    while ((sp = strchr(k, ' ')) != NULL) {
        if (!eg_gaz_name_particle(k, (size_t)(sp - k))) {
            return false;
        }
        k = sp + 1;
    }
    return true;
}

/* A person named with the short form of the given name in one article and the formal one in
 * another ("Chris Gent", "Christopher Gent"; "Jupp Heynckes", "Josef Heynckes"; "Pepe Ortega",
 * "Jose Luis Ortega" with a middle name; "Hans de Vries", "Johannes de Vries" with particles)
 * is one person when no other person is so named, the two never stand side by side and either
 * they share a neighbour or every person the corpus names in full with that surname bears one
 * of the two given names. */
static bool short_given_names(cross_ctx *x)
{
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *sp = strchr(c->key, ' ');
        const char *f = sp ? alias_formal_given(c->key, (size_t)(sp - c->key)) : NULL;
        if (c->type != EG_PERSON || c->listed || !f || !particles_then_word(sp + 1)) {
            continue;
        }
        eg_buf_reset(&k);
        ok = eg_buf_puts(&k, f) && eg_buf_puts(&k, sp);
        uint32_t v = ok ? eg_strmap_get(&x->persons, k.data, k.len, 0) : 0;
        const char *sur = alias_last_word(c->key); /* "vries" of "hans de vries" */
        uint32_t h = eg_strmap_get(&x->surnames, sur, strlen(sur), UINT32_MAX);
        if (v == 0) { /* or the one person named so with a middle name ("Jose Luis Ortega") */
            for (uint32_t j = h != UINT32_MAX ? x->holders[h].head : UINT32_MAX; j != UINT32_MAX;
                 j = x->next_holder[j]) {
                const char *hk = x->cands[j].key, *m = strchr(hk, ' ');
                const char *m2 = m ? strchr(m + 1, ' ') : NULL;
                size_t fl = strlen(f);
                /* "jose luis ortega", or the formal name second: "juan ignacio bertolotti" */
                bool first = m && (size_t)(m - hk) == fl && strncmp(hk, f, fl) == 0;
                bool second = m2 && (size_t)(m2 - m - 1) == fl && strncmp(m + 1, f, fl) == 0;
                if (x->cands[j].type == EG_PERSON && (first || second) && m2 &&
                    strcmp(m2, sp) == 0) {
                    v = v == 0 || x->cands[v - 1].root == x->cands[j].root ? j + 1 : UINT32_MAX;
                }
            }
        }
        if (v == 0 || v == UINT32_MAX || x->cands[v - 1].root == c->root ||
            cooccur(c, &x->cands[v - 1])) {
            continue;
        }
        /* every holder of the surname bears one of the two given names, or one other person
         * does when it is no common surname of the lists ("Peggy Olafsen", "Margaret Olafsen"
         * and "Lars Olafsen"; not "Jim Smith", "James Smith" and "Anna Smith") */
        bool common = eg_gaz_phrase_lists_text(sur, strlen(sur)) & EG_PL_PERSON_NAME;
        uint32_t other = UINT32_MAX; /* the other holder's entity */
        bool only = true;
        for (uint32_t j = h != UINT32_MAX ? x->holders[h].head : UINT32_MAX;
             j != UINT32_MAX && only; j = x->next_holder[j]) {
            const char *hk = x->cands[j].key;
            if (strncmp(hk, c->key, (size_t)(sp - c->key) + 1) != 0 &&
                strncmp(hk, k.data, strlen(f) + 1) != 0) {
                only = !common && (other == UINT32_MAX || other == x->cands[j].root);
                other = x->cands[j].root;
            }
        }
        if (only || shared_nbrs(c, &x->cands[v - 1]) > 0) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, v - 1,
                           EG_RULE_SHORT_GIVEN_NAME);
        }
    }
    eg_buf_fini(&k);
    return ok;
}

/* A Korean name romanized two ways in two articles ("Seo Min-jae", "Suh Min-jae"; the other
 * romanizations looked up), and a given name's short form that ends it ("Emeka Obiora", "Chukwuemeka
 * Obiora"; given_tail_of), the only person so named, are one person unless the two stand side
 * by side. Blocked by the surname. */
static bool other_spellings(cross_ctx *x)
{
    eg_buf k = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < x->n; i++) {
        const eg_alias_cand *c = &x->cands[i];
        const char *sp = strchr(c->key, ' ');
        if (c->type != EG_PERSON || c->listed || !sp) {
            continue;
        }
        uint32_t who = UINT32_MAX;
        size_t nwho = 0;
        int g = korean_family(c->key, (size_t)(sp - c->key));
        if (g && (strchr(sp + 1, '-') || strchr(sp + 1, ' '))) {
            /* the other romanizations of the family name before the same given name */
            for (size_t r = 0; r < 4 && korean_families[g - 1][r] && ok; r++) {
                eg_buf_reset(&k);
                ok = eg_buf_puts(&k, korean_families[g - 1][r]) && eg_buf_puts(&k, sp);
                uint32_t v = ok ? eg_strmap_get(&x->persons, k.data, k.len, 0) : 0;
                if (v != 0 && v != UINT32_MAX && v - 1 != i &&
                    x->cands[v - 1].root != c->root) {
                    who = v - 1;
                    nwho++;
                }
            }
        } else {
            const char *lw = alias_last_word(c->key);
            uint32_t h = eg_strmap_get(&x->surnames, lw, strlen(lw), UINT32_MAX);
            for (uint32_t f = h != UINT32_MAX ? x->holders[h].head : UINT32_MAX;
                 f != UINT32_MAX; f = x->next_holder[f]) {
                if (x->cands[f].root != c->root && given_tail_of(c->key, x->cands[f].key)) {
                    who = f;
                    nwho++;
                }
            }
        }
        if (nwho == 1 && !cooccur(c, &x->cands[who])) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, who,
                           EG_RULE_MISSPELLING);
        }
    }
    eg_buf_fini(&k);
    return ok;
}

/* A Chinese or Korean name written in its own order in one article and with the family name
 * last in another ("Liu Zhenhua", "Zhenhua Liu"; family_last) is one person unless the two
 * stand side by side. */
static bool family_respelt(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && family_last(k, c->key, ok);
}

/* A Vietnamese name of three words in its own order, written with the given name first
 * and the family name last ("Nguyen Van Khai", "Khai Van Nguyen"): the first and last words
 * swapped, the family name one of the lists. */
static bool family_swapped_key(eg_buf *k, const char *key, bool *ok)
{
    const char *sp = strchr(key, ' '), *sp2 = strrchr(key, ' ');
    if (alias_count_words(key) != 3 || !listed_family(key, (size_t)(sp - key)) ||
        listed_family(sp2 + 1, strlen(sp2 + 1))) {
        return false;
    }
    eg_buf_reset(k);
    *ok = eg_buf_puts(k, sp2 + 1) && eg_buf_append(k, sp, (size_t)(sp2 - sp + 1)) &&
          eg_buf_append(k, key, (size_t)(sp - key));
    return *ok;
}

static bool family_swapped(eg_buf *k, const eg_alias_cand *c, bool *ok)
{
    return !c->listed && family_swapped_key(k, c->key, ok);
}

/* Into k: a Chinese or Korean name of two or three words as its family name of the lists
 * and its given name's syllables joined, the family name written first (at_first) or last
 * ("kang ji ho", "kang jiho" and "jiho kang" -> "kang jiho"). False: no such form (of two
 * words, both or neither family names: "wang li"). */
static bool family_given_form(eg_buf *k, const char *key, bool at_first, bool *ok)
{
    size_t nw = alias_count_words(key);
    if (nw < 2 || nw > 3) {
        return false;
    }
    const char *sp = strchr(key, ' '), *sl = strrchr(key, ' ');
    bool first = listed_family(key, (size_t)(sp - key));
    bool last = listed_family(sl + 1, strlen(sl + 1));
    if ((nw == 2 && first == last) || (at_first ? !first : !last)) {
        return false; /* "wang li": which is the family's? */
    }
    first = at_first;
    const char *g = first ? sp + 1 : key, *ge = first ? key + strlen(key) : sl;
    if (nw == 3 && (first ? strlen(sl + 1) > 4 || sl - sp - 1 > 4
                          : (size_t)(sp - key) > 4 || sl - sp - 1 > 4)) {
        return false; /* three words, not a family name and two syllables */
    }
    eg_buf_reset(k);
    *ok = first ? eg_buf_append(k, key, (size_t)(sp - key)) : eg_buf_puts(k, sl + 1);
    *ok = *ok && eg_buf_putc(k, ' ');
    for (const char *p = g; *ok && p < ge; p++) {
        if (*p != ' ') {
            *ok = eg_buf_putc(k, *p);
        }
    }
    return *ok;
}

/* Are a and b one Chinese or Korean name written in two orders or with its given name's
 * syllables apart and joined (family_given_form)? */
static bool family_given_alike(const char *a, const char *b)
{
    eg_buf ka[2] = {{0}}, kb[2] = {{0}};
    bool ok = true, has_a[2], has_b[2], same = false;
    for (int end = 0; end < 2; end++) { /* a family name first (1) or last (0) in each */
        has_a[end] = family_given_form(&ka[end], a, end == 1, &ok);
        has_b[end] = family_given_form(&kb[end], b, end == 1, &ok);
    }
    for (int i = 0; ok && i < 4 && !same; i++) {
        same = has_a[i & 1] && has_b[i >> 1] && strcmp(ka[i & 1].data, kb[i >> 1].data) == 0;
    }
    for (int end = 0; end < 2; end++) {
        eg_buf_fini(&ka[end]);
        eg_buf_fini(&kb[end]);
    }
    return same;
}

/* Are a and b one name spelt a little otherwise once one is written in the other order
 * ("otsuka yuichi", "yuichi ohtsuka": family_last, then names_close)? */
static bool swapped_close(const char *a, const char *b)
{
    eg_buf k = {0};
    bool ok = true;
    bool same = (family_last(&k, a, &ok) && names_close(k.data, b, true)) ||
                (family_last(&k, b, &ok) && names_close(k.data, a, true));
    eg_buf_fini(&k);
    return same;
}

/* Is b the Vietnamese name a written given name first (family_swapped_key)? */
static bool family_swapped_of(const char *a, const char *b)
{
    eg_buf k = {0};
    bool ok = true;
    bool same = family_swapped_key(&k, a, &ok) && strcmp(k.data, b) == 0;
    eg_buf_fini(&k);
    return same;
}

static bool family_names_last(cross_ctx *x)
{
    return join_respelt(x, family_respelt, EG_RULE_FAMILY_NAME_LAST) &&
           join_respelt(x, family_swapped, EG_RULE_FAMILY_NAME_LAST);
}

/* Misspellings: blocked by type and first two letters of the last word; the blocks are
 * searched in parallel and their pairs joined in block order. `ok`: the steps before
 * succeeded (after an allocation failure b[] is only partly filled: neither sorted nor
 * blocked). */
static bool misspellings(cross_ctx *x, unsigned threads, bool brute, bool ok)
{
    size_t n = x->n;
    blk *b = x->b;
    eg_sort(b, ok ? n : 0, sizeof *b, cmp_blk);
    size_t nblocks = 0;
    size_t *block = malloc((n + 1) * sizeof *block);
    for (size_t i = 0; ok && block && i < n; i++) {
        if (i == 0 || b[i].type != b[i - 1].type || b[i].first != b[i - 1].first) {
            block[nblocks++] = i;
        }
    }
    if (block) {
        block[nblocks] = n;
    }
    bool *is_surname = calloc(n ? n : 1, sizeof *is_surname);
    for (size_t i = 0; is_surname && i < n; i++) {
        is_surname[i] = alias_count_words(x->cands[i].key) == 1 &&
                        eg_strmap_has(&x->surnames, x->cands[i].key, strlen(x->cands[i].key));
    }
    mis_job job = {x->cands, b, block, calloc(nblocks ? nblocks : 1, sizeof *job.out),
                   is_surname, brute};
    ok = ok && job.out && is_surname && block;
    if (ok) {
        eg_parallel_for(threads, nblocks, mis_block, &job);
    }
    for (size_t c = 0; job.out && c < nblocks; c++) {
        for (size_t q = 0; ok && q < job.out[c].n; q++) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, job.out[c].v[q].a, job.out[c].v[q].b,
                           job.out[c].v[q].rule);
        }
        ok = ok && job.out[c].ok;
        free(job.out[c].v);
    }
    free(block);
    free(job.out);
    free(is_surname);
    return ok;
}

/* An initial and a surname ("P O'Connell" in a team sheet) joins the one person named in full
 * anywhere with that surname and a given name with that initial ("Paul O'Connell"), unless
 * they meet in an article; with two such people it stays apart. Initials of two given names
 * or more ("V. S. Raghavan") join the one name whose given names they spell word by word
 * ("Venkatesh S. Raghavan", not "Venky Raghavan"). */
static bool initials(cross_ctx *x)
{
    bool ok = true;
    for (size_t i = 0; i < x->n && ok; i++) {
        const eg_alias_cand *c = &x->cands[i];
        size_t ni = initials_key(c->key);
        if (cross_type(c) != EG_PERSON || c->type != EG_PERSON || ni == 0) {
            continue;
        }
        const char *lw = alias_last_word(c->key);
        uint32_t h = eg_strmap_get(&x->surnames, lw, strlen(lw), UINT32_MAX);
        if (h == UINT32_MAX) {
            continue;
        }
        uint32_t who = UINT32_MAX;
        size_t nwho = 0;
        for (uint32_t f = x->holders[h].head; f != UINT32_MAX; f = x->next_holder[f]) {
            if (x->cands[f].key[0] == c->key[0] && initials_key(x->cands[f].key) == 0 &&
                (ni == 1 || initials_fit(c->key, ni, x->cands[f].key))) {
                who = f; /* a holder of surname lw: its last word is lw */
                nwho++;
            }
        }
        if (nwho == 1 && !cooccur(c, &x->cands[who])) {
            ok = push_pair(x->pairs, x->npairs, &x->cap, (uint32_t)i, who, EG_RULE_SURNAME);
        }
    }
    return ok;
}

static eg_status cross(const eg_alias_cand *cands, size_t n, unsigned threads, bool brute,
                       eg_alias_pair **pairs, size_t *npairs, eg_error *err)
{
    *pairs = NULL;
    *npairs = 0;
    cross_ctx x = {.cands = cands, .n = n, .pairs = pairs, .npairs = npairs};
    x.b = malloc((n ? n : 1) * sizeof *x.b);
    x.next_holder = malloc((n ? n : 1) * sizeof *x.next_holder);
    x.opening = calloc(n ? n : 1, sizeof *x.opening);
    if (!x.b || !x.next_holder || !x.opening || !firm_openings(&x)) {
        free(x.b);
        free(x.next_holder);
        free(x.opening);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    bool ok = index_names(&x);
    ok = ok && lone_surnames(&x) && initials(&x) && person_firms(&x) && shortened_names(&x) &&
         cantonese_names(&x) && patronymic_names(&x) && slavic_patronymics(&x) &&
         middle_initials(&x) && transliterations(&x) && particles_written_on(&x) &&
         apostrophes_and_hyphens(&x) &&
         umlauts_written_out(&x) && org_umlauts_written_out(&x) && firm_short_names(&x) &&
         translated_names(&x) &&
         names_written_otherwise(&x) && short_given_names(&x) && family_names_last(&x) &&
         other_spellings(&x) && names_respelt(&x) && aspirates_respelt(&x) &&
         japanese_respelt(&x) && syllables_respelt(&x);
    free(x.holders);
    free(x.next_holder);
    ok = misspellings(&x, threads, brute, ok);
    ok = ok && second_surnames(&x); /* after the misspellings: "Aturo Hernandez Grisanti" */
    free(x.b);
    free(x.opening);
    eg_strmap_fini(&x.surnames);
    eg_strmap_fini(&x.persons);
    if (ok) {
        ok = drop_conflicts(cands, n, *pairs, npairs);
    }
    if (!ok) {
        free(*pairs);
        *pairs = NULL;
        *npairs = 0;
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    return EG_OK;
}

eg_status eg_alias_cross(const eg_alias_cand *cands, size_t n, unsigned threads,
                         eg_alias_pair **pairs, size_t *npairs, eg_error *err)
{
    return cross(cands, n, threads, false, pairs, npairs, err);
}

eg_status eg_alias_cross_brute(const eg_alias_cand *cands, size_t n, eg_alias_pair **pairs,
                               size_t *npairs, eg_error *err)
{
    return cross(cands, n, 1, true, pairs, npairs, err);
}

static int cmp_partial(const void *x, const void *y)
{
    const eg_alias_partial *a = x, *b = y;
    if (a->word != b->word) {
        return a->word < b->word ? -1 : 1;
    }
    if (a->root != b->root) {
        return a->root < b->root ? -1 : 1;
    }
    return a->full < b->full ? -1 : a->full > b->full;
}

eg_status eg_alias_partials(const eg_alias_cand *cands, size_t ncands, eg_alias_partial *p,
                            size_t n, size_t *kept)
{
    *kept = 0;
    if (n == 0) {
        return EG_OK;
    }
    /* the surnames of the people named in full */
    eg_strmap surnames = {0};
    for (size_t i = 0; i < ncands; i++) {
        const eg_alias_cand *c = &cands[i];
        if (c->type == EG_PERSON && alias_count_words(c->key) >= 2) {
            const char *lw = alias_last_word(c->key);
            if (!eg_strmap_has(&surnames, lw, strlen(lw)) &&
                !eg_strmap_put(&surnames, lw, strlen(lw), 1)) {
                eg_strmap_fini(&surnames);
                return EG_ERR_NOMEM;
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        p[i].root = cands[p[i].full].root;
    }
    eg_sort(p, n, sizeof *p, cmp_partial);
    size_t out = 0;
    for (size_t i = 0, j; i < n; i = j) {
        bool one = true; /* every use of the word meant one person */
        for (j = i + 1; j < n && p[j].word == p[i].word; j++) {
            one = one && p[j].root == p[i].root;
        }
        const eg_alias_cand *w = &cands[p[i].word], *f = &cands[p[i].full];
        if (!one || w->type != EG_PERSON || w->listed || w->root == f->root ||
            alias_count_words(w->key) != 1 ||
            eg_strmap_has(&surnames, w->key, strlen(w->key)) ||
            alias_given_name_word(w->key, strlen(w->key)) || cooccur(w, f)) {
            continue;
        }
        p[out++] = p[i];
    }
    eg_strmap_fini(&surnames);
    *kept = out;
    return EG_OK;
}
