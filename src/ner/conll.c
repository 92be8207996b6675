/*
 * conll.c - CoNLL reading, conlleval chunking and scoring (see conll.h).
 */
#include "conll.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "util.h"

const char *eg_ne_name(eg_ne_type t)
{
    static const char *const n[] = {"PER", "LOC", "ORG", "MISC"};
    return (unsigned)t < EG_NE_NTYPES ? n[t] : "?";
}

void eg_conll_fini(eg_conll *c)
{
    if (!c) {
        return;
    }
    for (size_t i = 0; i < c->ntoks; i++) {
        free(c->lines[i]);
        free(c->words[i]);
        free(c->tags[i]);
    }
    free(c->lines);
    free(c->words);
    free(c->tags);
    free(c->sents);
    free(c->docs);
    memset(c, 0, sizeof *c);
}

static bool end_sentence(eg_conll *c, size_t *sent_first)
{
    if (c->ntoks == *sent_first) {
        return true;
    }
    if (!EG_GROW(c->sents, c->sents_cap, c->nsents + 1)) {
        return false;
    }
    c->sents[c->nsents++] = (eg_conll_sent){*sent_first, c->ntoks - *sent_first};
    *sent_first = c->ntoks;
    if (c->ndocs == 0) {
        if (!EG_GROW(c->docs, c->docs_cap, 1)) {
            return false;
        }
        c->docs[c->ndocs++] = (eg_conll_doc){0, 0};
    }
    c->docs[c->ndocs - 1].nsents++;
    return true;
}

/* Appends a token (word, tag, original line); false when out of memory. */
static bool push_token(eg_conll *c, const char *w, size_t wl, const char *tag, const char *line)
{
    if (!EG_GROW(c->words, c->toks_cap, c->ntoks + 1)) {
        return false;
    }
    size_t tc = c->toks_cap;
    /* the tags and lines grow with the words, not at every token: a realloc of the same size
     * copies the array under the sanitizers, which made reading a large file quadratic */
    if (c->lines_cap < tc) {
        void *t1 = realloc(c->tags, tc * sizeof *c->tags);
        if (t1) {
            c->tags = t1;
        }
        void *t2 = t1 ? realloc(c->lines, tc * sizeof *c->lines) : NULL;
        if (t2) {
            c->lines = t2;
        }
        if (!t1 || !t2) {
            return false;
        }
        c->lines_cap = tc;
    }
    c->words[c->ntoks] = eg_strndup(w, wl);
    c->tags[c->ntoks] = eg_strdup(tag);
    c->lines[c->ntoks] = eg_strdup(line);
    c->ntoks++;
    return c->words[c->ntoks - 1] && c->tags[c->ntoks - 1] && c->lines[c->ntoks - 1];
}

/* A NUL byte ends the line as C strings see it: "Pu\0tin NNP B-NP B-PER" was read as the word
 * "Pu" and the tag "O" of nothing, silently. */
static eg_status nul_error(const char *path, size_t lineno, eg_error *err)
{
    return eg_error_set(err, EG_ERR_PARSE, "%s:%zu: NUL character in the line", path, lineno);
}

/* ---- CoNLL-U with GUM entity annotation ------------------------------------------------ */

typedef struct utok {
    char *form, *upos, *misc;
    unsigned head; /* 1-based, 0 root */
    int type;      /* assigned entity type, -1 none */
    bool begin;    /* first token of its entity */
} utok;

typedef struct umention {
    unsigned eid, start, end; /* tokens [start, end] of the sentence, 0-based */
    int type;
} umention;

static int gum_type(const char *etype, size_t n)
{
    return n == 6 && memcmp(etype, "person", 6) == 0           ? EG_NE_PER
           : n == 5 && memcmp(etype, "place", 5) == 0          ? EG_NE_LOC
           : n == 12 && memcmp(etype, "organization", 12) == 0 ? EG_NE_ORG
                                                               : -1;
}

/* The mentions of a sentence from the Entity= values of its tokens' MISC column. */
static bool gum_mentions(utok *t, unsigned n, umention **m, size_t *nm, size_t *cap)
{
    umention open[64];
    unsigned nopen = 0;
    *nm = 0;
    for (unsigned i = 0; i < n; i++) {
        const char *e = t[i].misc ? strstr(t[i].misc, "Entity=") : NULL;
        if (!e) {
            continue;
        }
        e += 7;
        while (*e && *e != '|') {
            if (*e == '(') { /* opens: eid-etype-... up to '(' ')' '|' */
                const char *q = e + 1;
                unsigned eid = (unsigned)strtoul(q, NULL, 10);
                const char *dash = strchr(q, '-');
                size_t len = strcspn(q, "()|");
                const char *ty = dash && dash < q + len ? dash + 1 : q + len;
                size_t tyn = strcspn(ty, "-()|");
                umention u = {eid, i, i, gum_type(ty, tyn)};
                e = q + len;
                if (*e == ')') { /* a one-token mention */
                    if (!EG_GROW(*m, *cap, *nm + 1)) {
                        return false;
                    }
                    (*m)[(*nm)++] = u;
                    e++;
                } else if (nopen < 64) {
                    open[nopen++] = u;
                }
            } else if (*e >= '0' && *e <= '9') { /* closes: eid) */
                char *end;
                unsigned eid = (unsigned)strtoul(e, &end, 10);
                e = *end == ')' ? end + 1 : end;
                for (unsigned k = nopen; k-- > 0;) {
                    if (open[k].eid == eid) {
                        open[k].end = i;
                        if (!EG_GROW(*m, *cap, *nm + 1)) {
                            return false;
                        }
                        (*m)[(*nm)++] = open[k];
                        memmove(open + k, open + k + 1, (nopen - k - 1) * sizeof *open);
                        nopen--;
                        break;
                    }
                }
            } else {
                e++;
            }
        }
    }
    return true;
}

/* A proper noun, or a capitalized adjective, noun or verb inside a name ("United" in "United
 * Kingdom" is a verb in GUM). */
static bool is_propn(const utok *t)
{
    return t->upos && (strcmp(t->upos, "PROPN") == 0 ||
                       (eg_is_upper((unsigned char)t->form[0]) &&
                        (strcmp(t->upos, "ADJ") == 0 || strcmp(t->upos, "NOUN") == 0 ||
                         strcmp(t->upos, "VERB") == 0)));
}

/* Named mentions as CoNLL entities (see conll.h): outermost first, a mention whose syntactic
 * head is a proper noun becomes the run of proper nouns around its head (with "of", "the",
 * "and", "&" between them; a title word ends it on the left), without tokens already taken
 * (so "Durham University" is one organization, and in "U.S. President Donald Trump" the
 * person is "Donald Trump" and "U.S." a place). */
static void gum_assign(utok *t, unsigned n, umention *m, size_t nm)
{
    const eg_gazetteer *gaz = eg_gazetteer_default();
    for (size_t a = 1; a < nm; a++) { /* insertion sort: longest first, then by start */
        umention x = m[a];
        size_t b = a;
        while (b > 0 && (m[b - 1].end - m[b - 1].start < x.end - x.start ||
                         (m[b - 1].end - m[b - 1].start == x.end - x.start &&
                          m[b - 1].start > x.start))) {
            m[b] = m[b - 1];
            b--;
        }
        m[b] = x;
    }
    for (size_t k = 0; k < nm; k++) {
        umention u = m[k];
        if (u.type < 0 || u.end >= n) {
            continue;
        }
        unsigned h = u.start;
        while (h <= u.end && t[h].head >= u.start + 1 && t[h].head <= u.end + 1) {
            h++;
        }
        if (h > u.end || !is_propn(&t[h]) || t[h].type >= 0) {
            continue;
        }
        unsigned b = h, e = h;
        while (b > u.start && is_propn(&t[b - 1]) && t[b - 1].type < 0 &&
               !(gaz && (eg_gaz_word_flags(gaz, t[b - 1].form, strlen(t[b - 1].form)) &
                         EG_GAZ_TITLE))) {
            b--;
        }
        for (;;) {
            if (e + 1 <= u.end && is_propn(&t[e + 1]) && t[e + 1].type < 0) {
                e++;
                continue;
            }
            const char *f = e + 2 <= u.end ? t[e + 1].form : NULL;
            if (f && (!strcmp(f, "of") || !strcmp(f, "the") || !strcmp(f, "and") ||
                      !strcmp(f, "&")) && t[e + 1].type < 0 && is_propn(&t[e + 2]) &&
                t[e + 2].type < 0) {
                e += 2;
                continue;
            }
            break;
        }
        for (unsigned i = b; i <= e; i++) {
            t[i].type = u.type;
            t[i].begin = i == b;
        }
    }
}

/* One sentence of a CoNLL-U file into c. */
static bool gum_sentence(eg_conll *c, utok *t, unsigned n, umention **m, size_t *mcap,
                         size_t *sent_first)
{
    size_t nm = 0;
    if (!gum_mentions(t, n, m, &nm, mcap)) {
        return false;
    }
    gum_assign(t, n, *m, nm);
    for (unsigned i = 0; i < n; i++) {
        char tag[16];
        if (t[i].type < 0) {
            strcpy(tag, "O");
        } else {
            snprintf(tag, sizeof tag, "%c-%s", t[i].begin ? 'B' : 'I',
                     eg_ne_name((eg_ne_type)t[i].type));
        }
        if (!push_token(c, t[i].form, strlen(t[i].form), tag, t[i].form)) {
            return false;
        }
    }
    return end_sentence(c, sent_first);
}

static void utok_free(utok *t, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        free(t[i].form);
        free(t[i].upos);
        free(t[i].misc);
    }
}

/* A CoNLL-U file (GUM): word lines only (not n-m ranges or n.m empty nodes); `# newdoc`
 * starts a document. */
static eg_status read_conllu(eg_conll *c, FILE *fp, const char *path, eg_error *err)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0, sent_first = 0, mcap = 0;
    ssize_t len;
    utok *t = NULL;
    size_t tcap = 0;
    unsigned n = 0;
    umention *m = NULL;
    eg_status st = EG_OK;
    while (st == EG_OK && (len = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        if (memchr(line, '\0', (size_t)len)) {
            st = nul_error(path, lineno, err);
            break;
        }
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
            line[--len] = '\0';
        }
        if (len == 0) {
            if (n && !gum_sentence(c, t, n, &m, &mcap, &sent_first)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
            utok_free(t, n);
            n = 0;
            continue;
        }
        if (line[0] == '#') {
            if (strncmp(line, "# newdoc", 8) == 0) {
                c->docstart = true;
                if (!EG_GROW(c->docs, c->docs_cap, c->ndocs + 1)) {
                    st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                } else if (c->ndocs == 0 || c->docs[c->ndocs - 1].nsents > 0) {
                    c->docs[c->ndocs++] = (eg_conll_doc){c->nsents, 0};
                }
            }
            continue;
        }
        char *col[10];
        unsigned k = 0;
        for (char *p = line; k < 10 && p; k++) {
            col[k] = p;
            p = strchr(p, '\t');
            if (p) {
                *p++ = '\0';
            }
        }
        if (k < 10) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s:%zu: expected 10 tab-separated columns",
                              path, lineno);
            break;
        }
        if (strchr(col[0], '-') || strchr(col[0], '.')) {
            continue; /* a multiword range or an empty node */
        }
        if (!EG_GROW(t, tcap, n + 1)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
        t[n] = (utok){eg_strdup(col[1]), eg_strdup(col[3]), eg_strdup(col[9]),
                      (unsigned)strtoul(col[6], NULL, 10), -1, false};
        n++;
        if (!t[n - 1].form || !t[n - 1].upos || !t[n - 1].misc) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    if (st == EG_OK && n && !gum_sentence(c, t, n, &m, &mcap, &sent_first)) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    utok_free(t, n);
    free(t);
    free(m);
    free(line);
    return st;
}

/* A tag in CoNLL-2003 types, or in WNUT-17's (person, location, corporation and group,
 * product and creative-work), as the CoNLL tag into out[16]; false for an unknown tag. */
static bool map_tag(const char *t, char *out)
{
    static const char *const names[][2] = {
        {"PER", "PER"},         {"LOC", "LOC"},       {"ORG", "ORG"},
        {"MISC", "MISC"},       {"person", "PER"},    {"location", "LOC"},
        {"corporation", "ORG"}, {"group", "ORG"},     {"product", "MISC"},
        {"creative-work", "MISC"},
    };
    if (strcmp(t, "O") == 0) {
        strcpy(out, "O");
        return true;
    }
    if (!strchr("IBES", t[0]) || t[0] == '\0' || t[1] != '-') {
        return false;
    }
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(t + 2, names[i][0]) == 0) {
            snprintf(out, 16, "%c-%s", t[0], names[i][1]);
            return true;
        }
    }
    return false;
}

void eg_conll_sentence_docs(eg_conll *c)
{
    if (!EG_GROW(c->docs, c->docs_cap, c->nsents ? c->nsents : 1)) {
        return; /* out of memory: documents as they were */
    }
    for (size_t s = 0; s < c->nsents; s++) {
        c->docs[s] = (eg_conll_doc){s, 1};
    }
    c->ndocs = c->nsents;
}

/* A CoNLL text file: "word ... TAG" lines, blank lines between sentences, -DOCSTART-. */
static eg_status read_text(eg_conll *c, FILE *fp, const char *path, eg_error *err)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0, sent_first = 0;
    ssize_t n;
    eg_status st = EG_OK;
    char mapped[16];
    while ((n = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        if (memchr(line, '\0', (size_t)n)) {
            st = nul_error(path, lineno, err);
            break;
        }
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) {
            line[--n] = '\0';
        }
        size_t k = 0;
        while (k < (size_t)n && (line[k] == ' ' || line[k] == '\t')) {
            k++;
        }
        if (k == (size_t)n) {
            if (!end_sentence(c, &sent_first)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                break;
            }
            continue;
        }
        if (strncmp(line, "-DOCSTART-", 10) == 0) {
            c->docstart = true;
            if (!end_sentence(c, &sent_first) || !EG_GROW(c->docs, c->docs_cap, c->ndocs + 1)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                break;
            }
            if (c->ndocs == 0 || c->docs[c->ndocs - 1].nsents > 0) {
                c->docs[c->ndocs++] = (eg_conll_doc){c->nsents, 0};
            } else {
                c->docs[c->ndocs - 1].first_sent = c->nsents;
            }
            continue;
        }
        /* first column, last column */
        const char *w = line + k;
        size_t wl = strcspn(w, " \t");
        const char *last = line + n;
        while (last > w && last[-1] != ' ' && last[-1] != '\t') {
            last--;
        }
        if (last == w && k > 0 && map_tag(last, mapped)) {
            continue; /* an empty token (a tag alone after a tab): nothing to read */
        }
        if (last == w) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s:%zu: expected 'word ... TAG'", path, lineno);
            break;
        }
        if (!map_tag(last, mapped)) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s:%zu: unknown tag '%s'", path, lineno, last);
            break;
        }
        last = mapped;
        if (!push_token(c, w, wl, last, line)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
    }
    if (st == EG_OK && !end_sentence(c, &sent_first)) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    free(line);
    return st;
}

eg_status eg_conll_read(eg_conll *c, const char *path, eg_error *err)
{
    memset(c, 0, sizeof *c);
    FILE *fp = fopen(path, "r");
    if (!fp) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    size_t pl = strlen(path);
    eg_status st = pl > 7 && strcmp(path + pl - 7, ".conllu") == 0 ? read_conllu(c, fp, path, err)
                                                                   : read_text(c, fp, path, err);
    if (st == EG_OK && ferror(fp)) {
        st = eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    fclose(fp);
    if (st == EG_OK && c->ntoks == 0) {
        st = eg_error_set(err, EG_ERR_PARSE, "%s: no tokens", path);
    }
    if (st != EG_OK) {
        eg_conll_fini(c);
    }
    return st;
}

static int tag_type(const char *t)
{
    if (t[0] == 'O' || t[1] != '-') {
        return -1;
    }
    const char *x = t + 2;
    return strcmp(x, "PER") == 0 ? EG_NE_PER : strcmp(x, "LOC") == 0 ? EG_NE_LOC
                                           : strcmp(x, "ORG") == 0   ? EG_NE_ORG
                                                                     : EG_NE_MISC;
}

eg_status eg_conll_chunks(const char *const *tags, size_t n, size_t offset, eg_chunk **out,
                          size_t *nout, size_t *cap)
{
    int cur = -1; /* type of the open chunk */
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        int t = i < n ? tag_type(tags[i]) : -1;
        char p = i < n ? tags[i][0] : 'O';
        /* conlleval: chunk end before O, a type change, B-, S-, or after E-/S- */
        bool starts = t >= 0 && (cur != t || p == 'B' || p == 'S');
        bool ends = cur >= 0 && (t < 0 || starts);
        if (ends) {
            if (!eg_grow((void **)out, cap, *nout + 1, sizeof **out)) {
                return EG_ERR_NOMEM;
            }
            (*out)[(*nout)++] = (eg_chunk){(uint32_t)(offset + start), (uint32_t)(offset + i),
                                           (eg_ne_type)cur};
            cur = -1;
        }
        if (starts) {
            cur = t;
            start = i;
        }
        if (cur >= 0 && (p == 'E' || p == 'S')) {
            /* IOBES/BILOU ends close the chunk right after this token */
            if (!eg_grow((void **)out, cap, *nout + 1, sizeof **out)) {
                return EG_ERR_NOMEM;
            }
            (*out)[(*nout)++] = (eg_chunk){(uint32_t)(offset + start), (uint32_t)(offset + i + 1),
                                           (eg_ne_type)cur};
            cur = -1;
        }
    }
    return EG_OK;
}

void eg_score_add(eg_score *s, const eg_chunk *gold, size_t ng, const eg_chunk *pred, size_t np)
{
    for (size_t i = 0; i < ng; i++) {
        s->gold[gold[i].type]++;
    }
    for (size_t j = 0; j < np; j++) {
        s->pred[pred[j].type]++;
    }
    size_t i = 0, j = 0;
    while (i < ng && j < np) {
        if (gold[i].begin == pred[j].begin) {
            if (gold[i].end == pred[j].end && gold[i].type == pred[j].type) {
                s->correct[gold[i].type]++;
            }
            i++, j++;
        } else if (gold[i].begin < pred[j].begin) {
            i++;
        } else {
            j++;
        }
    }
}

void eg_score_prf(const eg_score *s, int type, double *p, double *r, double *f)
{
    size_t g = 0, pr = 0, c = 0;
    for (int t = 0; t < EG_NE_NTYPES; t++) {
        if (type < 0 || type == t) {
            g += s->gold[t];
            pr += s->pred[t];
            c += s->correct[t];
        }
    }
    *p = pr ? 100.0 * (double)c / (double)pr : 0.0;
    *r = g ? 100.0 * (double)c / (double)g : 0.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}
