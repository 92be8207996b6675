/*
 * text.c - reading articles, UTF-8 validation and NFC, and segmentation.
 *
 * Segmentation is one left-to-right pass per stage, O(n):
 *   1. layout: decide whether single newlines are paragraph breaks (web text, one paragraph
 *      per line) or soft wraps (wire text wrapped at ~65 columns, paragraphs indented);
 *   2. tokens, following the CoNLL-2003 conventions the tagger was trained on: punctuation
 *      split off, possessive 's / ’s its own token, hyphenated compounds and dotted
 *      abbreviations ("U.S.", "Gen.") kept whole, numbers with separators kept whole;
 *   3. sentences: a terminator (. ! ? …) followed by closing quotes/brackets ends a sentence
 *      when the next token can start one; a paragraph break always ends one. Abbreviations
 *      carry their period inside the token, so "Mr. Smith" never splits.
 * Bounds: tokens are cut at EG_MAX_TOKEN_BYTES, sentences at EG_MAX_SENT_TOKENS tokens, so no
 * later stage sees unbounded units.
 *
 * The reader expands directories up front (sorted paths) and streams JSONL line by line;
 * only one article's text is held at a time.
 */
#include "text.h"
#include "dates.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cJSON.h>
#include <utf8proc.h>

#include "util.h"

#define EG_MAX_TOKEN_BYTES 1000
#define EG_MAX_SENT_TOKENS 500

void eg_doc_fini(eg_doc *doc)
{
    if (!doc) {
        return;
    }
    free(doc->id);
    free(doc->title);
    free(doc->date);
    free(doc->url);
    free(doc->text);
    free(doc->toks);
    free(doc->sents);
    free(doc->where);
    free(doc->shifts);
    memset(doc, 0, sizeof *doc);
}

/* ---- invisible characters ---------------------------------------------------------------- */

static bool invisible(int32_t cp)
{
    return cp == 0x00AD                       /* soft hyphen */
           || cp == 0x061C                    /* Arabic letter mark */
           || cp == 0x180E                    /* Mongolian vowel separator */
           || (cp >= 0x200B && cp <= 0x200F)  /* zero-width space, (non-)joiner, LRM, RLM */
           || (cp >= 0x202A && cp <= 0x202E)  /* bidi embeddings and overrides */
           || (cp >= 0x2060 && cp <= 0x2064)  /* word joiner, invisible operators */
           || (cp >= 0x2066 && cp <= 0x2069)  /* bidi isolates */
           || cp == 0xFEFF;                   /* zero-width no-break space (BOM) */
}

void eg_text_strip_invisible(eg_doc *doc)
{
    unsigned char *t = (unsigned char *)doc->text;
    size_t n = doc->len, w = 0, removed = 0, cap = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = t[i];
        /* every invisible character starts with one of these bytes */
        if (c != 0xC2 && c != 0xD8 && c != 0xE1 && c != 0xE2 && c != 0xEF) {
            t[w++] = t[i++];
            continue;
        }
        int32_t cp;
        size_t len = eg_utf8_decode(t + i, n - i, &cp);
        if (!invisible(cp)) {
            memmove(t + w, t + i, len);
            w += len;
            i += len;
            continue;
        }
        removed += len;
        i += len;
        if (doc->nshifts && doc->shifts[doc->nshifts - 1].at == w) {
            doc->shifts[doc->nshifts - 1].removed = (uint32_t)removed;
        } else if (EG_GROW(doc->shifts, cap, doc->nshifts + 1)) {
            doc->shifts[doc->nshifts++] = (eg_shift){(uint32_t)w, (uint32_t)removed};
        } /* out of memory: the offsets after this point are off, the text is still right */
    }
    t[w] = '\0';
    doc->len = w;
}

void eg_text_title_case(char *s)
{
    bool after = false;
    utf8proc_uint8_t *p = (utf8proc_uint8_t *)s;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0) {
            p++; /* not UTF-8: a byte stays as it is and ends no letter run */
            after = false;
            continue;
        }
        utf8proc_category_t c = utf8proc_category(cp);
        if (after && c == UTF8PROC_CATEGORY_LU) {
            utf8proc_uint8_t low[4];
            if (utf8proc_encode_char(utf8proc_tolower(cp), low) == n) {
                memcpy(p, low, (size_t)n);
            }
        }
        after = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
        p += n;
    }
}

const char *eg_text_mixed_scripts(const char *s)
{
    enum { LATIN = 1, GREEK = 2, CYRILLIC = 4 };
    unsigned seen = 0;
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += eg_utf8_decode(p + i, n - i, &cp);
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
            (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
            (cp >= 0x1E00 && cp <= 0x1EFF)) {
            seen |= LATIN;
        } else if ((cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x1F00 && cp <= 0x1FFF)) {
            seen |= GREEK;
        } else if (cp >= 0x400 && cp <= 0x52F) {
            seen |= CYRILLIC;
        }
    }
    static const char *const names[8] = {NULL, NULL, NULL, "Latin+Greek", NULL, "Latin+Cyrillic",
                                         "Greek+Cyrillic", "Latin+Greek+Cyrillic"};
    return names[seen];
}

size_t eg_doc_source_offset(const eg_doc *doc, size_t off, bool end)
{
    size_t lo = 0, hi = doc->nshifts; /* the last shift at or before off (before, for an end) */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (end ? doc->shifts[mid].at < off : doc->shifts[mid].at <= off) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo ? off + doc->shifts[lo - 1].removed : off;
}

/* ---- normalization ----------------------------------------------------------------------- */

eg_status eg_text_normalize(char **out, size_t *out_len, const char *in, size_t len,
                            size_t *n_invalid, size_t *first_invalid, eg_error *err)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t bad = 0, first_bad = 0;
    bool ascii = true, simple = true;
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= 0x80) {
            ascii = false;
            break;
        }
        if (s[i] == '\r' || s[i] == '\0') {
            simple = false;
        }
    }
    if (ascii && simple) {
        *out = eg_strndup(in, len);
        if (!*out) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        *out_len = len;
        if (n_invalid) {
            *n_invalid = 0;
        }
        return EG_OK;
    }
    eg_buf b = {0};
    size_t i = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        i = 3;
    }
    bool ok = eg_buf_puts(&b, "");
    while (i < len && ok) {
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c == '\r') {
                ok = eg_buf_putc(&b, '\n');
                i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            ok = eg_buf_putc(&b, c == '\0' ? ' ' : (char)c);
            i++;
            continue;
        }
        int32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && !(n == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD)) {
            if (bad++ == 0) {
                first_bad = i;
            }
            ok = eg_buf_append(&b, "\xEF\xBF\xBD", 3);
        } else {
            ok = eg_buf_append(&b, (const char *)s + i, n);
        }
        i += n;
    }
    if (!ok) {
        eg_buf_fini(&b);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (n_invalid) {
        *n_invalid = bad;
    }
    if (first_invalid) {
        *first_invalid = first_bad;
    }
    if (ascii) {
        *out_len = b.len;
        *out = eg_buf_steal(&b);
        return EG_OK;
    }
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)b.data, (utf8proc_ssize_t)b.len,
                                      &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    eg_buf_fini(&b);
    if (r < 0) {
        return eg_error_set(err, r == UTF8PROC_ERROR_NOMEM ? EG_ERR_NOMEM : EG_ERR_PARSE,
                            "text normalization failed: %s", utf8proc_errmsg(r));
    }
    *out = (char *)nfc;
    *out_len = (size_t)r;
    return EG_OK;
}

/* ---- character classes ------------------------------------------------------------------- */

static bool cp_is_alnum(int32_t cp)
{
    if (cp < 0x80) {
        return eg_is_alpha(cp) || eg_is_digit(cp);
    }
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC) || c == UTF8PROC_CATEGORY_ND ||
           c == UTF8PROC_CATEGORY_ME || cp == 0xFFFD;
}

static bool cp_is_space(int32_t cp)
{
    if (cp < 0x80) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\v' || cp == '\f' ||
               (cp < 0x20 && cp != 0);
    }
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

static inline int32_t peek(const eg_doc *d, size_t i, size_t *n)
{
    if (i >= d->len) {
        *n = 0;
        return -1;
    }
    unsigned char c = (unsigned char)d->text[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    int32_t cp;
    *n = eg_utf8_decode((const unsigned char *)d->text + i, d->len - i, &cp);
    return cp;
}

static bool is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

/* Words that keep their period: titles and common abbreviations (lowercase compare). */
static bool is_abbrev(const char *s, size_t n)
{
    static const char *const ab[] = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "maj",
        "adm", "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd",
        "co", "bros", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "approx", "dept", "est", "fig", "govt", "hon", "pres", "sec", "cmdr", "brig", "gens",
        "messrs", "mme", "mlle", "pp", "vol", "op", "al", "e.g", "i.e", "cf", "ave", "blvd",
        "rd", "sq", "pte", "plc", "cie", "univ", "assn", "natl", "intl", "ltda", "sp", "pty",
        "kft", "zrt", "nyrt"}; /* Hungary's legal forms ("Pharma Zrt.") */
    if (n == 0 || n > 8) {
        return false;
    }
    char low[9];
    for (size_t i = 0; i < n; i++) {
        low[i] = (char)eg_to_lower((unsigned char)s[i]);
    }
    low[n] = '\0';
    for (size_t i = 0; i < EG_ARRAY_LEN(ab); i++) {
        if (low[0] == ab[i][0] && strcmp(low, ab[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* Titles never end a sentence; other abbreviations may ("... in the U.S. The ..."). */
static bool is_title_abbrev(const char *s, size_t n)
{
    static const char *const t[] = {"mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.",
                                    "sgt.", "capt.", "maj.", "adm.", "gov.", "sen.", "rep.",
                                    "rev.", "st.", "mt.", "ft.", "hon.", "pres.", "messrs.",
                                    "mme.", "brig.", "cmdr.", "no.", "vs.", "cpt.", "pte."};
    char low[12];
    if (n >= sizeof low) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        low[i] = (char)eg_to_lower((unsigned char)s[i]);
    }
    low[n] = '\0';
    for (size_t i = 0; i < EG_ARRAY_LEN(t); i++) {
        if (low[0] == t[i][0] && strcmp(low, t[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* ---- tokens ------------------------------------------------------------------------------ */

static bool push_tok(eg_doc *d, size_t start, size_t end, uint32_t flags)
{
    while (end - start > EG_MAX_TOKEN_BYTES) {
        size_t cut = start + EG_MAX_TOKEN_BYTES;
        while (cut > start && ((unsigned char)d->text[cut] & 0xC0) == 0x80) {
            cut--; /* never split a UTF-8 sequence */
        }
        if (!push_tok(d, start, cut, flags)) {
            return false;
        }
        flags &= ~(uint32_t)EG_TOK_PARA_START;
        start = cut;
    }
    if (!EG_GROW(d->toks, d->toks_cap, d->ntoks + 1)) {
        return false;
    }
    bool alnum = false;
    for (size_t i = start; i < end && !alnum;) {
        size_t n;
        int32_t cp = peek(d, i, &n);
        alnum = cp_is_alnum(cp);
        i += n;
    }
    if (!alnum) {
        flags |= EG_TOK_PUNCT;
    }
    if (eg_is_digit((unsigned char)d->text[start])) {
        flags |= EG_TOK_NUMBER;
    }
    d->toks[d->ntoks++] = (eg_token){(uint32_t)start, (uint32_t)end, flags};
    return true;
}

/* Is "word" at [ws, i) followed by a possessive 's / ’s ending the word? */
static size_t possessive_at(const eg_doc *d, size_t i)
{
    size_t n1, n2, n3;
    int32_t a = peek(d, i, &n1);
    if (!is_apostrophe(a)) {
        return 0;
    }
    int32_t s = peek(d, i + n1, &n2);
    if (s == 's' || s == 'S') {
        int32_t after = peek(d, i + n1 + n2, &n3);
        if (after < 0 || !cp_is_alnum(after)) {
            return n1 + n2;
        }
    }
    return 0;
}

/* Is [a, b) a headline's topic code before its hyphen: five to sixteen capitals ("SOCCER",
 * "FACTBOX", "UPDATE"; four or three are firms' names too: "ADVO-System Inc", "PGI-Houtex")
 * or a short desk's code ("GOLF", "NFL"), or the one or two digits after "UPDATE 2-"? */
static bool topic_code(const eg_doc *d, size_t a, size_t b, bool digits)
{
    static const char *const short_codes[] = {"GOLF", "NFL", "NBA", "NHL", "MLB", "RPT", "POLL"};
    bool listed = false;
    for (size_t k = 0; !digits && k < EG_ARRAY_LEN(short_codes) && !listed; k++) {
        listed = strlen(short_codes[k]) == b - a && memcmp(short_codes[k], d->text + a, b - a) == 0;
    }
    if (digits ? b - a < 1 || b - a > 2 : (b - a < 5 && !listed) || b - a > 16) {
        return false;
    }
    for (size_t k = a; k < b; k++) {
        unsigned char c = (unsigned char)d->text[k];
        if (digits ? !eg_is_digit(c) : !eg_is_upper(c)) {
            return false;
        }
    }
    return true;
}

/* Scan a word starting at i; returns its end. `code`: the word may be a headline's topic code
 * ("SOCCER-Dortmund beat Mainz", "UPDATE 2-Pfizer", "FACTBOX-Who is running"), which ends at
 * its hyphen before a capitalized word in lower case. */
static size_t scan_word(const eg_doc *d, size_t i, size_t lim, int code)
{
    size_t start = i;
    while (i < lim) {
        size_t n;
        int32_t cp = peek(d, i, &n);
        if (cp_is_alnum(cp)) {
            i += n;
            continue;
        }
        size_t n2 = 0;
        int32_t nx = i + n < lim ? peek(d, i + n, &n2) : -1;
        bool next_alnum = nx >= 0 && cp_is_alnum(nx);
        if (cp == '-' && code && nx >= 0 && nx < 0x80 && eg_is_upper(nx) &&
            i + n + 1 < lim && eg_is_lower((unsigned char)d->text[i + n + 1]) &&
            topic_code(d, start, i, code == 2)) {
            break; /* a topic code: "SOCCER" "-" "Dortmund"; not "AFL-CIO", "ASLK-CGER" */
        }
        if ((cp == '-' || cp == 0x2011) && next_alnum && i > start) {
            i += n; /* hyphenated compound */
            continue;
        }
        if (is_apostrophe(cp) && next_alnum && i > start) {
            if (possessive_at(d, i)) {
                break; /* 's is its own token */
            }
            i += n; /* d'Ivoire, O'Brien */
            continue;
        }
        unsigned char prev = (unsigned char)d->text[i - 1];
        if ((cp == '.' || cp == ',' || cp == ':' || cp == '/') && i > start &&
            eg_is_digit(prev) && nx >= 0 && eg_is_digit(nx)) {
            i += n; /* 5.93, 155,221, 10:30, 2024/2025 */
            continue;
        }
        if (cp == '.' && i > start && eg_is_alpha(prev) && nx >= 0 &&
            (eg_is_alpha(nx) || (nx >= 0xC0 && cp_is_alnum(nx)))) {
            /* U.S, e.g, A.Ş: a dot between single letters */
            size_t j = i + n;
            size_t k = j;
            while (k < lim && eg_is_alpha((unsigned char)d->text[k])) {
                k++;
            }
            bool one = k - j == 1;
            if (k == j) {
                size_t n3; /* a letter past ASCII: "Ş" of "A.Ş." */
                one = !(j + n2 < lim && cp_is_alnum(peek(d, j + n2, &n3)));
            }
            size_t seg_before = i;
            while (seg_before > start && eg_is_alpha((unsigned char)d->text[seg_before - 1])) {
                seg_before--;
            }
            if (one && i - seg_before <= 2) {
                i += n;
                continue;
            }
            bool ticker = !d->classic && k - j <= 3 && k < lim && d->text[k] == '>';
            for (size_t q = seg_before; q < k && ticker; q++) {
                ticker = q == i || eg_is_upper((unsigned char)d->text[q]);
            }
            if (ticker) {
                i = k; /* a ticker in angle brackets: "<TSCO.L>", "<CKGH.HK>" */
                continue;
            }
        }
        if (cp == '&' && i > start && eg_is_upper(prev) && nx >= 0 && eg_is_upper(nx)) {
            i += n; /* AT&T */
            continue;
        }
        if (cp == '/' && !d->classic && i == start + 1 && eg_is_upper(prev) && nx == 'S' &&
            !(i + n + 1 < lim && eg_is_alpha((unsigned char)d->text[i + n + 1]))) {
            i += n; /* a Nordic legal form: "A/S", "I/S", "K/S" */
            continue;
        }
        if (cp == '@' && next_alnum && i > start) {
            i += n; /* e-mail address */
            continue;
        }
        break;
    }
    /* a period that belongs to the word: abbreviations, initials, U.S. */
    if (i < lim && d->text[i] == '.') {
        size_t len = i - start;
        const char *w = d->text + start;
        /* "U.S.", and "A.Ş." with its letter past ASCII */
        bool dotted = memchr(w, '.', len) != NULL &&
                      (eg_is_alpha((unsigned char)w[len - 1]) || (unsigned char)w[len - 1] >= 0x80);
        /* an initial is followed by a capitalized name: "J. Smith", not "on X." */
        bool initial = len == 1 && eg_is_upper((unsigned char)w[0]) && i + 2 < d->len &&
                       d->text[i + 1] == ' ' && eg_is_upper((unsigned char)d->text[i + 2]);
        /* "SEC." ending a sentence is the acronym, not the abbreviation "sec." */
        bool acronym = len >= 2 && eg_is_upper((unsigned char)w[0]) &&
                       eg_is_upper((unsigned char)w[1]);
        if (dotted || initial || (!acronym && is_abbrev(w, len))) {
            i++;
        }
    }
    return i;
}

static bool is_url_start(const eg_doc *d, size_t i)
{
    const char *p = d->text + i;
    size_t left = d->len - i;
    if (left <= 4 || (p[0] != 'h' && p[0] != 'w')) {
        return false; /* most tokens at one look */
    }
    return (left > 7 && strncmp(p, "http://", 7) == 0) ||
           (left > 8 && strncmp(p, "https://", 8) == 0) || (left > 4 && strncmp(p, "www.", 4) == 0);
}

/* Tokenize [s, e) as one paragraph. */
static bool tokenize(eg_doc *d, size_t s, size_t e)
{
    size_t i = s;
    bool first = true;
    while (i < e) {
        size_t n;
        int32_t cp = peek(d, i, &n);
        if (cp_is_space(cp)) {
            i += n;
            continue;
        }
        uint32_t flags = first ? EG_TOK_PARA_START : 0;
        first = false;
        size_t start = i;
        if (is_url_start(d, i)) {
            while (i < e && !cp_is_space(peek(d, i, &n))) {
                i += n;
            }
            while (i > start + 1 && strchr(".,;:)]\"'", d->text[i - 1])) {
                i--;
            }
        } else if (cp_is_alnum(cp)) {
            /* a topic code opens a paragraph, or is the number after one in capitals
             * ("UPDATE 2-") */
            int code = flags & EG_TOK_PARA_START ? 1 : 0;
            if (!code && d->ntoks && (d->toks[d->ntoks - 1].flags & EG_TOK_PARA_START) &&
                d->toks[d->ntoks - 1].end < i &&
                topic_code(d, d->toks[d->ntoks - 1].start, d->toks[d->ntoks - 1].end, false)) {
                code = 2;
            }
            i = scan_word(d, i, e, code);
        } else {
            size_t pl = possessive_at(d, i);
            if (pl && d->ntoks && !(d->toks[d->ntoks - 1].flags & EG_TOK_PUNCT) &&
                d->toks[d->ntoks - 1].end == i) {
                i += pl;
                flags |= EG_TOK_POSSESSIVE;
            } else if (cp == '\'' && d->ntoks && d->toks[d->ntoks - 1].end == i &&
                       (d->text[i - 1] == 's') && (i + 1 >= e || cp_is_space(peek(d, i + 1, &n)))) {
                i += 1; /* plural possessive: leaders' */
                flags |= EG_TOK_POSSESSIVE;
            } else if (cp == '.' && i + 2 < e && d->text[i + 1] == '.' && d->text[i + 2] == '.') {
                i += 3;
            } else if (cp == '-' && i + 1 < e && d->text[i + 1] == '-') {
                while (i < e && d->text[i] == '-') {
                    i++;
                }
            } else {
                i += n;
            }
        }
        if (i == start) {
            i += n ? n : 1;
        }
        if (!push_tok(d, start, i, flags)) {
            return false;
        }
    }
    return true;
}

/* ---- sentences --------------------------------------------------------------------------- */

static bool tok_eq(const eg_doc *d, const eg_token *t, const char *s)
{
    size_t n = strlen(s);
    return t->end - t->start == n && memcmp(d->text + t->start, s, n) == 0;
}

static bool is_closer(const eg_doc *d, const eg_token *t)
{
    return tok_eq(d, t, "\"") || tok_eq(d, t, "'") || tok_eq(d, t, ")") || tok_eq(d, t, "]") ||
           tok_eq(d, t, "}") || tok_eq(d, t, "\xE2\x80\x9D") || tok_eq(d, t, "\xE2\x80\x99") ||
           tok_eq(d, t, "\xC2\xBB");
}

static bool can_start_sentence(const eg_doc *d, const eg_token *t)
{
    size_t n;
    int32_t cp = peek(d, t->start, &n);
    if (cp < 0x80) {
        return eg_is_upper(cp) || eg_is_digit(cp) || cp == '"' || cp == '\'' || cp == '(' ||
               cp == '[' || cp == '-';
    }
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || cp == 0x201C || cp == 0x2018 ||
           cp == 0xAB || cp == 0x2014 || cp == 0x2013;
}

static bool common_starter(const eg_doc *d, const eg_token *t)
{
    static const char *const w[] = {"The", "He", "She", "It", "They", "We", "I", "But", "In",
                                    "A", "An", "This", "That", "These", "Those", "However",
                                    "Meanwhile", "Also", "On", "At", "His", "Her", "Their",
                                    "There", "And", "If", "When", "As", "After", "Its", "Our",
                                    "Some", "Many", "According", "While", "Officials"};
    for (size_t i = 0; i < EG_ARRAY_LEN(w); i++) {
        if (tok_eq(d, t, w[i])) {
            return true;
        }
    }
    return false;
}

static bool push_sent(eg_doc *d, uint32_t b, uint32_t e, uint32_t para)
{
    while (e - b > EG_MAX_SENT_TOKENS) {
        if (!push_sent(d, b, b + EG_MAX_SENT_TOKENS, para)) {
            return false;
        }
        b += EG_MAX_SENT_TOKENS;
    }
    if (b >= e) {
        return true;
    }
    if (!EG_GROW(d->sents, d->sents_cap, d->nsents + 1)) {
        return false;
    }
    d->sents[d->nsents++] = (eg_sentence){b, e, d->toks[b].start, d->toks[e - 1].end, para};
    return true;
}

/* Split tokens [b, e) of one paragraph into sentences. */
static bool sentences(eg_doc *d, uint32_t b, uint32_t e, uint32_t para)
{
    uint32_t s = b;
    for (uint32_t i = b; i < e; i++) {
        const eg_token *t = &d->toks[i];
        bool term = tok_eq(d, t, ".") || tok_eq(d, t, "!") || tok_eq(d, t, "?") ||
                    tok_eq(d, t, "...") || tok_eq(d, t, "\xE2\x80\xA6");
        bool abbrev_end = false;
        size_t tl = t->end - t->start;
        if (!term && tl > 1 && d->text[t->end - 1] == '.' && !(t->flags & EG_TOK_PUNCT)) {
            /* "U.S." or "Inc." may end a sentence when a typical sentence opener follows */
            abbrev_end = !is_title_abbrev(d->text + t->start, tl) && i + 1 < e &&
                         common_starter(d, &d->toks[i + 1]);
        }
        if (!term && !abbrev_end) {
            continue;
        }
        uint32_t j = i + 1;
        while (j < e && (is_closer(d, &d->toks[j]) || tok_eq(d, &d->toks[j], "!") ||
                         tok_eq(d, &d->toks[j], "?") || tok_eq(d, &d->toks[j], "."))) {
            j++;
        }
        if (j < e && !can_start_sentence(d, &d->toks[j])) {
            continue;
        }
        if (!push_sent(d, s, j, para)) {
            return false;
        }
        s = j;
        i = j - 1;
    }
    return push_sent(d, s, e, para);
}

/* ---- layout ------------------------------------------------------------------------------ */

/* Hard-wrapped text: most lines are 40-80 columns and many end mid-sentence; or, in a short
 * article, no line is longer than a wrap's, many end mid-sentence and run on into the next
 * line, and the paragraphs are indented after a line that ends a sentence, or a line runs on
 * in lower case (a wire brief: "<American Aircraft Corp> said it\nhas acquired ..."). Web text
 * keeps a paragraph on one long line; a list of short lines is no wrapped text. */
static bool looks_wrapped(const eg_doc *d)
{
    size_t lines = 0, mid = 0, wrapped_len = 0, longest = 0;
    size_t runs = 0, para_ok = 0, para_bad = 0; /* line pairs: a sentence run on, a paragraph */
    bool lower_run = false, prev_mid = false, blank = false;
    size_t s = 0;
    for (size_t i = 0; i <= d->len; i++) {
        if (i == d->len || d->text[i] == '\n') {
            size_t e = i;
            while (e > s && (d->text[e - 1] == ' ' || d->text[e - 1] == '\t')) {
                e--;
            }
            size_t b = s;
            while (b < e && (d->text[b] == ' ' || d->text[b] == '\t')) {
                b++;
            }
            if (e > b) {
                bool indented = b - s >= 2;
                bool after = lines > 0 && !blank; /* a line after a line, no blank between */
                if (after && prev_mid) {
                    runs += !indented;
                    para_bad += indented;
                    lower_run |= !indented && eg_is_lower((unsigned char)d->text[b]);
                } else if (after) {
                    para_ok += indented;
                }
                lines++;
                size_t len = e - s;
                if (len >= 35 && len <= 85) {
                    wrapped_len++;
                }
                longest = len > longest ? len : longest;
                char last = d->text[e - 1];
                prev_mid = last != '.' && last != '!' && last != '?' && last != '"' && last != ':';
                mid += prev_mid;
            }
            blank = e <= b;
            s = i + 1;
        }
    }
    if (lines >= 3 && wrapped_len * 10 >= lines * 6 && mid * 10 >= lines * 3) {
        return true;
    }
    return !d->classic && lines >= 2 && longest <= 85 && mid * 10 >= lines * 3 && runs > 0 &&
           ((para_ok > 0 && para_bad == 0) || lower_run);
}

eg_status eg_text_segment(eg_doc *d, eg_error *err)
{
    d->ntoks = 0;
    d->nsents = 0;
    d->npara = 0;
    bool wrapped = looks_wrapped(d);
    size_t ps = 0;
    uint32_t para = 0;
    size_t i = 0;
    while (i <= d->len) {
        bool brk = false;
        size_t next = i + 1;
        if (i == d->len) {
            brk = true;
        } else if (d->text[i] == '\n') {
            /* blank line, or any newline in unwrapped text, or an indented wrapped line */
            size_t j = i + 1;
            while (j < d->len && (d->text[j] == ' ' || d->text[j] == '\t' || d->text[j] == '\r')) {
                j++;
            }
            if (!wrapped || j >= d->len || d->text[j] == '\n' || j - (i + 1) >= 2) {
                brk = true;
            }
        }
        if (brk) {
            uint32_t tb = (uint32_t)d->ntoks;
            if (!tokenize(d, ps, i)) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            if (d->ntoks > tb) {
                if (!sentences(d, tb, (uint32_t)d->ntoks, para)) {
                    return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                }
                para++;
            }
            ps = next;
        }
        i = next;
    }
    d->npara = para;
    return EG_OK;
}

/* ---- reader ------------------------------------------------------------------------------ */

typedef enum src_kind { SRC_TXT, SRC_JSONL, SRC_STDIN, SRC_STDIN_JSONL } src_kind;

typedef struct src {
    char *path;
    src_kind kind;
    bool stated;   /* dev, ino and size are known (not standard input) */
    dev_t dev;     /* the file's device and inode: a file given twice is read once */
    ino_t ino;
    uint64_t size; /* bytes, for the progress line */
} src;

struct eg_reader {
    eg_reader_opts opts;
    src *srcs;
    size_t nsrcs, cap;
    size_t cur;          /* next source */
    FILE *jf;            /* open JSONL stream, or NULL */
    size_t jline;        /* line number in jf */
    char *line;
    size_t line_cap;
    size_t docs, skipped;
    uint64_t bytes, total;
    eg_buf msg;
    eg_strmap ids;       /* article id -> its index in id_where (opts.unique_ids) */
    char **id_where;     /* where each id was first read: "file" or "file:line" */
    size_t nids, ids_cap;
};

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* One more input; sb: the file's stat (NULL for standard input). False: out of memory. */
static bool add_src(eg_reader *r, const char *path, src_kind kind, const struct stat *sb)
{
    if (!EG_GROW(r->srcs, r->cap, r->nsrcs + 1)) {
        return false;
    }
    src *s = &r->srcs[r->nsrcs];
    *s = (src){.path = eg_strdup(path), .kind = kind, .stated = sb != NULL};
    if (!s->path) {
        return false;
    }
    if (sb) {
        s->dev = sb->st_dev;
        s->ino = sb->st_ino;
        s->size = (uint64_t)sb->st_size;
    }
    r->nsrcs++;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory walk: the files found, and every directory entered, by device and inode, so a
 * directory reached again through a symbolic link (`ln -s . dir/self`, or two links to each
 * other) is read once: a loop of two links made the walk exponential, and one `self` link
 * counted every article 41 times. */
typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct walker {
    eg_reader *r;   /* for warnings */
    char **list;    /* files found */
    size_t n, cap;
    dir_id *seen;   /* directories entered, across all inputs */
    size_t nseen, seen_cap;
    char **links;   /* symbolic links to directories, followed after the real tree */
    size_t nlinks, links_cap;
} walker;

static void warnf(eg_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* false (and a warning) when the directory was entered before; else remembers it */
static bool enter_dir(walker *w, const char *dir, const struct stat *sb, bool *nomem)
{
    for (size_t i = 0; i < w->nseen; i++) {
        if (w->seen[i].dev == sb->st_dev && w->seen[i].ino == sb->st_ino) {
            warnf(w->r, "%s: directory already read, skipped", dir);
            return false;
        }
    }
    if (!EG_GROW(w->seen, w->seen_cap, w->nseen + 1)) {
        *nomem = true;
        return false;
    }
    w->seen[w->nseen++] = (dir_id){sb->st_dev, sb->st_ino};
    return true;
}

static bool is_link(const char *path)
{
    struct stat lb;
    return lstat(path, &lb) == 0 && S_ISLNK(lb.st_mode);
}

/* Collect *.txt and *.jsonl under dir, recursively. Entries are visited in sorted order and
 * symbolic links to directories only after every real directory (walk_input), so the path
 * under which a linked directory is read does not depend on readdir's order, and is its own
 * rather than a link's when it lies inside the input. */
static eg_status walk(walker *w, const char *dir, int depth, eg_error *err)
{
    if (depth > 64) {
        return eg_error_set(err, EG_ERR_IO, "%s: directories nested too deeply", dir);
    }
    DIR *dh = opendir(dir);
    if (!dh) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", dir, strerror(errno));
    }
    char **names = NULL;
    size_t nn = 0, ncap = 0;
    eg_status st = EG_OK;
    struct dirent *de;
    while (st == EG_OK && (de = readdir(dh)) != NULL) {
        if (de->d_name[0] == '.') {
            continue; /* ., .., and hidden files */
        }
        char *p = NULL;
        if (!EG_GROW(names, ncap, nn + 1) || !(p = malloc(strlen(dir) + strlen(de->d_name) + 2))) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
        sprintf(p, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/", de->d_name);
        names[nn++] = p;
    }
    closedir(dh);
    eg_sort(names, nn, sizeof *names, cmp_str);
    for (size_t i = 0; i < nn; i++) {
        struct stat sb;
        bool nomem = false;
        if (st != EG_OK || stat(names[i], &sb) != 0) {
            /* dangling symlink: nothing to read */
        } else if (S_ISDIR(sb.st_mode) && is_link(names[i])) {
            if (!EG_GROW(w->links, w->links_cap, w->nlinks + 1)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            } else {
                w->links[w->nlinks++] = names[i];
                names[i] = NULL;
            }
        } else if (S_ISDIR(sb.st_mode)) {
            if (enter_dir(w, names[i], &sb, &nomem)) {
                st = walk(w, names[i], depth + 1, err);
            } else if (nomem) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        } else if (S_ISREG(sb.st_mode) &&
                   (ends_with(names[i], ".txt") || ends_with(names[i], ".jsonl"))) {
            if (!EG_GROW(w->list, w->cap, w->n + 1)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            } else {
                w->list[w->n++] = names[i];
                names[i] = NULL;
            }
        }
        free(names[i]);
    }
    free(names);
    return st;
}

/* An input directory: its real tree, then the links to directories found in it (each may
 * bring more links), each directory once. */
static eg_status walk_input(walker *w, const char *dir, eg_error *err)
{
    eg_status st = walk(w, dir, 0, err);
    for (size_t i = 0; i < w->nlinks; i++) {
        struct stat sb;
        bool nomem = false;
        if (st == EG_OK && stat(w->links[i], &sb) == 0 && enter_dir(w, w->links[i], &sb, &nomem)) {
            st = walk(w, w->links[i], 1, err);
        } else if (nomem) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        free(w->links[i]);
    }
    w->nlinks = 0;
    return st;
}

static int cmp_file(const void *a, const void *b)
{
    const src *x = *(const src *const *)a, *y = *(const src *const *)b;
    if (x->dev != y->dev) {
        return x->dev < y->dev ? -1 : 1;
    }
    if (x->ino != y->ino) {
        return x->ino < y->ino ? -1 : 1;
    }
    return strcmp(x->path, y->path);
}

/* A file given twice (twice on the command line, alone and in its directory, or under two
 * names) is read once: it made two articles of one id ("docs": ["a", "a"]) and counted every
 * name in it twice. Of the paths to one file (device and inode) the least is read, whatever
 * the order of the inputs; each other one is skipped with a warning, in input order. */
static eg_status drop_repeated_files(eg_reader *r, eg_error *err)
{
    size_t n = 0, m = r->nsrcs ? r->nsrcs : 1;
    src **by = malloc(m * sizeof *by);
    const char **kept = calloc(m, sizeof *kept); /* per input: the path read instead, or NULL */
    if (!by || !kept) {
        free(by);
        free(kept);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < r->nsrcs; i++) {
        if (r->srcs[i].stated) {
            by[n++] = &r->srcs[i];
        }
    }
    eg_sort(by, n, sizeof *by, cmp_file);
    for (size_t k = 1, first = 0; k < n; k++) {
        if (by[k]->dev == by[first]->dev && by[k]->ino == by[first]->ino) {
            kept[by[k] - r->srcs] = by[first]->path;
        } else {
            first = k;
        }
    }
    size_t j = 0;
    for (size_t i = 0; i < r->nsrcs; i++) {
        if (!kept[i]) {
            r->srcs[j++] = r->srcs[i];
            continue;
        }
        if (strcmp(kept[i], r->srcs[i].path) == 0) {
            warnf(r, "%s: file already read, skipped", r->srcs[i].path);
        } else {
            warnf(r, "%s: same file as %s, skipped", r->srcs[i].path, kept[i]);
        }
        free(r->srcs[i].path);
    }
    r->nsrcs = j;
    free(by);
    free(kept);
    return EG_OK;
}

eg_status eg_reader_create(eg_reader **out, const char *const *inputs, size_t ninputs,
                           const eg_reader_opts *opts, eg_error *err)
{
    *out = NULL;
    eg_reader *r = calloc(1, sizeof *r);
    if (!r) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (opts) {
        r->opts = *opts;
    }
    eg_status st = EG_OK;
    walker w = {.r = r};
    for (size_t i = 0; i < ninputs && st == EG_OK; i++) {
        const char *in = inputs[i];
        if (strcmp(in, "-") == 0) {
            if (!add_src(r, "-", r->opts.stdin_jsonl ? SRC_STDIN_JSONL : SRC_STDIN, NULL)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            continue;
        }
        struct stat sb;
        if (stat(in, &sb) != 0) {
            st = eg_error_set(err, EG_ERR_IO, "%s: %s", in, strerror(errno));
            break;
        }
        if (S_ISDIR(sb.st_mode)) {
            bool nomem = false;
            w.n = 0;
            if (!enter_dir(&w, in, &sb, &nomem)) {
                st = nomem ? eg_error_set(err, EG_ERR_NOMEM, "out of memory") : EG_OK;
                continue;
            }
            st = walk_input(&w, in, err);
            if (st == EG_OK && w.n == 0) {
                st = eg_error_set(err, EG_ERR_IO, "%s: no .txt or .jsonl files", in);
            }
            if (st == EG_OK) {
                eg_sort(w.list, w.n, sizeof *w.list, cmp_str);
            }
            for (size_t k = 0; k < w.n; k++) {
                if (st == EG_OK) {
                    struct stat fb;
                    bool stated = stat(w.list[k], &fb) == 0;
                    if (!add_src(r, w.list[k],
                                 ends_with(w.list[k], ".jsonl") ? SRC_JSONL : SRC_TXT,
                                 stated ? &fb : NULL)) {
                        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                    }
                }
                free(w.list[k]);
            }
            continue;
        }
        if (!add_src(r, in, ends_with(in, ".jsonl") ? SRC_JSONL : SRC_TXT, &sb)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    free(w.list);
    free(w.seen);
    free(w.links);
    if (st == EG_OK) {
        st = drop_repeated_files(r, err);
    }
    for (size_t i = 0; i < r->nsrcs; i++) {
        r->total += r->srcs[i].size;
    }
    if (st != EG_OK) {
        eg_reader_destroy(r);
        return st;
    }
    *out = r;
    return EG_OK;
}

void eg_reader_destroy(eg_reader *r)
{
    if (!r) {
        return;
    }
    for (size_t i = 0; i < r->nsrcs; i++) {
        free(r->srcs[i].path);
    }
    free(r->srcs);
    if (r->jf && r->jf != stdin) {
        fclose(r->jf);
    }
    free(r->line);
    eg_buf_fini(&r->msg);
    eg_strmap_fini(&r->ids);
    for (size_t i = 0; i < r->nids; i++) {
        free(r->id_where[i]);
    }
    free(r->id_where);
    free(r);
}

void eg_reader_counts(const eg_reader *r, size_t *docs, size_t *skipped, uint64_t *bytes)
{
    if (docs) {
        *docs = r->docs;
    }
    if (skipped) {
        *skipped = r->skipped;
    }
    if (bytes) {
        *bytes = r->bytes;
    }
}

uint64_t eg_reader_total_bytes(const eg_reader *r)
{
    for (size_t i = 0; i < r->nsrcs; i++) {
        if (r->srcs[i].kind == SRC_STDIN || r->srcs[i].kind == SRC_STDIN_JSONL) {
            return 0;
        }
    }
    return r->total;
}

static void warnf(eg_reader *r, const char *fmt, ...)
{
    if (!r->opts.warn) {
        return;
    }
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->opts.warn(r->opts.warn_ud, msg);
}

/* Two articles of one id made one ambiguous document ("docs": ["a", "a"]) and a graph whose
 * bytes depended on their order: with unique_ids, the second is an error naming both. */
static eg_status claim_id(eg_reader *r, const char *id, const char *where, eg_error *err)
{
    size_t n = strlen(id);
    uint32_t k = eg_strmap_get(&r->ids, id, n, UINT32_MAX);
    if (k != UINT32_MAX) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: article id '%s' already used by %s", where,
                            id, r->id_where[k]);
    }
    char *w = eg_strdup(where);
    if (!w || !EG_GROW(r->id_where, r->ids_cap, r->nids + 1) ||
        !eg_strmap_put(&r->ids, id, n, (uint32_t)r->nids)) {
        free(w);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    r->id_where[r->nids++] = w;
    return EG_OK;
}

/* Normalize + segment raw bytes into doc; `where` names the article in messages.
 * Returns 1 (doc ready), 0 (skipped with a warning) or a negative status. */
static int finish_doc(eg_reader *r, eg_doc *doc, const char *raw, size_t len, const char *where,
                      eg_error *err)
{
    if (r->opts.since || r->opts.until) {
        uint32_t d = eg_date_parse(doc->date);
        if (!d || (r->opts.since && d < r->opts.since) || (r->opts.until && d > r->opts.until)) {
            return 0; /* outside the period asked for */
        }
    }
    size_t k = 0;
    while (k < len && (raw[k] == ' ' || raw[k] == '\n' || raw[k] == '\t' || raw[k] == '\r')) {
        k++;
    }
    if (k == len) {
        warnf(r, "%s: empty article, skipped", where);
        r->skipped++;
        return 0;
    }
    if (r->opts.unique_ids) {
        eg_status st = claim_id(r, doc->id ? doc->id : "", where, err);
        if (st != EG_OK) {
            return st;
        }
    }
    doc->classic = r->opts.classic;
    if (r->opts.defer) {
        doc->text = eg_strndup(raw, len);
        doc->len = len;
        doc->where = eg_strdup(where);
        if (!doc->text || !doc->where) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        doc->raw = true;
        doc->seq = r->docs++;
        return 1;
    }
    size_t bad = 0, first_bad = 0;
    eg_status st = eg_text_normalize(&doc->text, &doc->len, raw, len, &bad, &first_bad, err);
    if (st != EG_OK) {
        return st;
    }
    if (bad) {
        warnf(r, "%s: invalid UTF-8 at byte %zu, replaced by U+FFFD", where, first_bad);
    }
    eg_text_strip_invisible(doc);
    st = eg_text_segment(doc, err);
    if (st != EG_OK) {
        return st;
    }
    doc->seq = r->docs++;
    return 1;
}

eg_status eg_doc_prepare(eg_doc *doc, char **warning, eg_error *err)
{
    if (warning) {
        *warning = NULL;
    }
    if (!doc->raw) {
        return EG_OK;
    }
    size_t bad = 0, first_bad = 0, len = 0;
    char *text = NULL;
    eg_status st = eg_text_normalize(&text, &len, doc->text, doc->len, &bad, &first_bad, err);
    if (st != EG_OK) {
        return st;
    }
    free(doc->text);
    doc->text = text;
    doc->len = len;
    doc->raw = false;
    if (bad && warning) {
        eg_buf w = {0};
        eg_buf_printf(&w, "%s: invalid UTF-8 at byte %zu, replaced by U+FFFD",
                      doc->where ? doc->where : doc->id, first_bad);
        *warning = eg_buf_steal(&w);
    }
    eg_text_strip_invisible(doc);
    return eg_text_segment(doc, err);
}

static char *read_stream(FILE *fp, size_t max, size_t *len, bool *too_big)
{
    eg_buf b = {0};
    char chunk[65536];
    size_t n;
    *too_big = false;
    eg_buf_puts(&b, "");
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (max && b.len + n > max) {
            *too_big = true;
            eg_buf_fini(&b);
            return NULL;
        }
        if (!eg_buf_append(&b, chunk, n)) {
            eg_buf_fini(&b);
            return NULL;
        }
    }
    *len = b.len;
    return eg_buf_steal(&b);
}

static char *doc_id_from_path(const char *path)
{
    const char *b = base_name(path);
    size_t n = strlen(b);
    if (n > 4 && strcmp(b + n - 4, ".txt") == 0) {
        n -= 4;
    }
    return eg_strndup(b, n);
}

static int read_txt(eg_reader *r, const src *s, eg_doc *doc, eg_error *err)
{
    bool is_stdin = s->kind == SRC_STDIN;
    FILE *fp = is_stdin ? stdin : fopen(s->path, "rb");
    const char *shown = is_stdin ? "standard input" : s->path;
    if (!fp) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", s->path, strerror(errno));
    }
    size_t len = 0;
    bool too_big = false;
    char *raw = read_stream(fp, r->opts.max_article_bytes, &len, &too_big);
    int rerr = ferror(fp) ? errno : 0;
    if (!is_stdin) {
        fclose(fp);
    }
    if (too_big) {
        return eg_error_set(err, EG_ERR_LIMIT, "%s: article larger than %zu bytes "
                                               "(max_article_bytes)",
                            shown, r->opts.max_article_bytes);
    }
    if (!raw) {
        return eg_error_set(err, rerr ? EG_ERR_IO : EG_ERR_NOMEM, "%s: %s", shown,
                            rerr ? strerror(rerr) : "out of memory");
    }
    if (rerr) {
        free(raw);
        return eg_error_set(err, EG_ERR_IO, "%s: %s", shown, strerror(rerr));
    }
    r->bytes += len;
    size_t probe = len < 8192 ? len : 8192;
    if (memchr(raw, '\0', probe)) {
        free(raw);
        warnf(r, "%s: binary file, skipped", shown);
        r->skipped++;
        return 0;
    }
    doc->id = is_stdin ? eg_strdup("stdin") : doc_id_from_path(s->path);
    doc->title = is_stdin ? NULL : eg_strdup(base_name(s->path));
    if (!doc->id || (!is_stdin && !doc->title)) {
        free(raw);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    int rc = finish_doc(r, doc, raw, len, shown, err);
    free(raw);
    if (rc <= 0) {
        eg_doc_fini(doc);
    }
    return rc;
}

static const char *json_str(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static long hex4_at(const char *p, const char *end)
{
    if (end - p < 4) {
        return -1;
    }
    long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (h < 0) {
            return -1;
        }
        v = v << 4 | h;
    }
    return v;
}

/* Rewrite every \uD800-\uDFFF escape that is not half of a pair as \uFFFD, in place (the
 * same length). cJSON refuses a lone surrogate, and scraped text has them (a UTF-16 string cut
 * in the middle of an emoji): one bad character dropped the whole article. Returns how many. */
static size_t fix_lone_surrogates(char *s, size_t n)
{
    size_t fixed = 0;
    char *end = s + n;
    for (char *p = s; p < end; p++) {
        if (*p != '\\' || p + 1 >= end) {
            continue;
        }
        if (p[1] != 'u') {
            p++; /* an escaped character, such as a backslash */
            continue;
        }
        long v = hex4_at(p + 2, end);
        if (v >= 0xD800 && v <= 0xDBFF && end - p >= 12 && p[6] == '\\' && p[7] == 'u') {
            long lo = hex4_at(p + 8, end);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                p += 11; /* a pair */
                continue;
            }
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
            memcpy(p + 2, "FFFD", 4);
            fixed++;
        }
        p += 5;
    }
    return fixed;
}

/* Rewrite every \u0000 escape as \u0020 (a space), in place (the same length). cJSON ends a
 * string at the NUL it decodes, so the text after it was lost ("Vladimir Putin\u0000 met Joe
 * Biden." was read as "Vladimir Putin") and an id was cut short. Returns how many. */
static size_t fix_nul_escapes(char *s, size_t n)
{
    size_t fixed = 0;
    char *end = s + n;
    for (char *p = s; p < end; p++) {
        if (*p != '\\' || p + 1 >= end) {
            continue;
        }
        if (p[1] == 'u' && hex4_at(p + 2, end) == 0) {
            memcpy(p + 2, "0020", 4);
            fixed++;
        }
        p++; /* the escaped character: a backslash escapes the next one only */
    }
    return fixed;
}

/* The JSON of one line into *out (NULL: not JSON), mended in a copy where cJSON falls short: a
 * lone surrogate escape (refused by cJSON) becomes U+FFFD with a warning, a \u0000 a space
 * (fix_nul_escapes); *nul_id: the "id" had a \u0000. False: out of memory. */
static bool parse_line(eg_reader *r, const char *shown, const char *line, size_t n, cJSON **out,
                       bool *nul_id)
{
    cJSON *o = cJSON_ParseWithLengthOpts(line, n, NULL, false);
    *out = o;
    *nul_id = false;
    if ((o || !memmem(line, n, "\\u", 2)) && !memmem(line, n, "\\u0000", 6)) {
        return true;
    }
    char *copy = eg_strndup(line, n);
    if (!copy) {
        cJSON_Delete(o);
        *out = NULL;
        return false;
    }
    size_t fixed = o ? 0 : fix_lone_surrogates(copy, n);
    if (fixed && (o = cJSON_ParseWithLengthOpts(copy, n, NULL, false)) != NULL) {
        warnf(r, "%s:%zu: %zu unpaired UTF-16 surrogate escape%s replaced by U+FFFD", shown,
              r->jline, fixed, fixed == 1 ? "" : "s");
    }
    cJSON *mended = o && fix_nul_escapes(copy, n) ? cJSON_ParseWithLengthOpts(copy, n, NULL, false)
                                                  : NULL;
    if (mended) {
        /* the two parses differ only where a NUL became a space */
        const char *a = json_str(o, "id"), *b = json_str(mended, "id");
        *nul_id = a && b && strcmp(a, b) != 0;
        cJSON_Delete(o);
        o = mended;
    }
    free(copy);
    *out = o;
    return true;
}

/* One JSONL line; returns 1 doc, 0 skipped/blank, <0 error. */
static int read_jsonl_line(eg_reader *r, const src *s, const char *line, size_t n, eg_doc *doc,
                           eg_error *err)
{
    const char *shown = s->kind == SRC_STDIN_JSONL ? "standard input" : s->path;
    size_t k = 0;
    while (k < n && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r' || line[k] == '\n')) {
        k++;
    }
    if (k == n) {
        return 0;
    }
    r->bytes += n;
    const char *why = NULL;
    cJSON *o = NULL;
    bool nul_id = false;
    if (!parse_line(r, shown, line, n, &o, &nul_id)) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    const char *text = NULL;
    if (!o) {
        why = "invalid JSON";
    } else if (!cJSON_IsObject(o)) {
        why = "not a JSON object";
    } else if (!(text = json_str(o, "text"))) {
        why = "no \"text\" string";
    } else if (nul_id) {
        why = "\"id\" with a NUL character";
    }
    if (why) {
        cJSON_Delete(o);
        if (r->opts.strict) {
            return eg_error_set(err, EG_ERR_PARSE, "%s:%zu: %s", shown, r->jline, why);
        }
        warnf(r, "%s:%zu: %s, skipped", shown, r->jline, why);
        r->skipped++;
        return 0;
    }
    const char *id = json_str(o, "id"), *title = json_str(o, "title"), *date = json_str(o, "date");
    eg_buf where = {0};
    bool ok = eg_buf_printf(&where, "%s:%zu", shown, r->jline);
    if (id) {
        doc->id = eg_strdup(id);
    } else {
        eg_buf idb = {0};
        eg_buf_printf(&idb, "%s:%zu", base_name(shown), r->jline);
        doc->id = eg_buf_steal(&idb);
    }
    doc->title = title ? eg_strdup(title) : NULL;
    const cJSON *dj = cJSON_GetObjectItemCaseSensitive(o, "date");
    if (dj && !cJSON_IsNull(dj) && (!date || eg_date_parse(date) == 0)) {
        char *shown_date = cJSON_PrintUnformatted(dj);
        warnf(r, "%s:%zu: malformed date %.40s (expected ISO 8601, YYYY-MM-DD), ignored", shown,
              r->jline, shown_date ? shown_date : "");
        free(shown_date);
        date = NULL;
    }
    doc->date = date ? eg_strdup(date) : NULL;
    const char *url = json_str(o, "url");
    doc->url = url ? eg_strdup(url) : NULL;
    ok = ok && doc->id && (!title || doc->title) && (!date || doc->date) && (!url || doc->url);
    int rc = ok ? finish_doc(r, doc, text, strlen(text), where.data, err)
                : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    eg_buf_fini(&where);
    cJSON_Delete(o);
    if (rc <= 0) {
        eg_doc_fini(doc);
    }
    return rc;
}

enum { LINE_END = 0, LINE_OK = 1, LINE_OVER = 2, LINE_NOMEM = 3 };

/* The next line of r->jf into r->line (NUL-terminated, its newline kept), its length in *n.
 * At most max_article_bytes + 1 bytes of it are kept: getline grew its buffer with the line,
 * so a stream without a newline (/dev/zero) took all the memory there was and ended in "no
 * articles" or the OOM killer. Returns LINE_OK, LINE_END (end of the stream, or a read error:
 * ferror), LINE_NOMEM, or LINE_OVER when the line passes the limit (*cut: the rest of it is
 * still unread). */
static int read_line(eg_reader *r, size_t *n, bool *cut)
{
    size_t max = r->opts.max_article_bytes, len = 0;
    int c = EOF;
    *cut = false;
    while ((c = getc_unlocked(r->jf)) != EOF) {
        if (len + 2 > r->line_cap) {
            size_t want = r->line_cap ? r->line_cap * 2 : 4096;
            if (max && max < SIZE_MAX - 2 && want > max + 2) {
                want = max + 2; /* the limit, one byte over it, and the NUL */
            }
            char *nl = realloc(r->line, want);
            if (!nl) {
                return LINE_NOMEM;
            }
            r->line = nl;
            r->line_cap = want;
        }
        r->line[len++] = (char)c;
        if (max && len > max) {
            *cut = c != '\n';
            break;
        }
        if (c == '\n') {
            break;
        }
    }
    if (len == 0) {
        return LINE_END;
    }
    r->line[len] = '\0';
    *n = len;
    return max && len > max ? LINE_OVER : LINE_OK;
}

/* A JSONL line over max_article_bytes: an error with --strict, else skipped (to its end, read
 * but not kept) with a warning, as a malformed line is. Returns 0 or a negative status. */
static int skip_long_line(eg_reader *r, const src *s, size_t n, bool cut, eg_error *err)
{
    const char *shown = s->kind == SRC_STDIN_JSONL ? "standard input" : s->path;
    if (r->opts.strict) {
        return eg_error_set(err, EG_ERR_LIMIT,
                            "%s:%zu: article larger than %zu bytes (max_article_bytes)", shown,
                            r->jline, r->opts.max_article_bytes);
    }
    warnf(r, "%s:%zu: article larger than %zu bytes (max_article_bytes), skipped", shown,
          r->jline, r->opts.max_article_bytes);
    r->skipped++;
    r->bytes += n;
    int c = 0;
    while (cut && (c = getc_unlocked(r->jf)) != EOF && c != '\n') {
        r->bytes++;
    }
    return 0;
}

int eg_reader_next(eg_reader *r, eg_doc *doc, eg_error *err)
{
    eg_doc_fini(doc);
    for (;;) {
        if (r->jf) {
            const src *s = &r->srcs[r->cur - 1];
            size_t n = 0;
            bool cut = false;
            errno = 0;
            int lr = read_line(r, &n, &cut);
            if (lr == LINE_NOMEM) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            if (lr == LINE_END) {
                int e = ferror(r->jf) ? errno : 0;
                if (r->jf != stdin) {
                    fclose(r->jf);
                }
                r->jf = NULL;
                if (e) {
                    return eg_error_set(err, EG_ERR_IO, "%s: %s", s->path, strerror(e));
                }
                continue;
            }
            r->jline++;
            int rc = lr == LINE_OVER ? skip_long_line(r, s, n, cut, err)
                                     : read_jsonl_line(r, s, r->line, n, doc, err);
            if (rc != 0) {
                return rc;
            }
            continue;
        }
        if (r->cur >= r->nsrcs) {
            return 0;
        }
        const src *s = &r->srcs[r->cur++];
        if (s->kind == SRC_JSONL || s->kind == SRC_STDIN_JSONL) {
            r->jf = s->kind == SRC_STDIN_JSONL ? stdin : fopen(s->path, "rb");
            if (!r->jf) {
                return eg_error_set(err, EG_ERR_IO, "%s: %s", s->path, strerror(errno));
            }
            r->jline = 0;
            continue;
        }
        int rc = read_txt(r, s, doc, err);
        if (rc != 0) {
            return rc;
        }
    }
}
