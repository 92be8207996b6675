/*
 * conll.c - CoNLL reading, conlleval chunking and scoring (see conll.h).
 */
#include "conll.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

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

eg_status eg_conll_read(eg_conll *c, const char *path, eg_error *err)
{
    memset(c, 0, sizeof *c);
    FILE *fp = fopen(path, "r");
    if (!fp) {
        return eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0, sent_first = 0;
    ssize_t n;
    eg_status st = EG_OK;
    char mapped[16];
    while ((n = getline(&line, &cap, fp)) >= 0) {
        lineno++;
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
        if (!EG_GROW(c->words, c->toks_cap, c->ntoks + 1)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
        size_t tc = c->toks_cap;
        void *t1 = realloc(c->tags, tc * sizeof *c->tags);
        if (t1) {
            c->tags = t1;
        }
        void *t2 = t1 ? realloc(c->lines, tc * sizeof *c->lines) : NULL;
        if (t2) {
            c->lines = t2;
        }
        if (!t1 || !t2) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
        c->words[c->ntoks] = eg_strndup(w, wl);
        c->tags[c->ntoks] = eg_strdup(last);
        c->lines[c->ntoks] = eg_strdup(line);
        c->ntoks++;
        if (!c->words[c->ntoks - 1] || !c->tags[c->ntoks - 1] || !c->lines[c->ntoks - 1]) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            break;
        }
    }
    if (st == EG_OK && ferror(fp)) {
        st = eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
    }
    if (st == EG_OK && !end_sentence(c, &sent_first)) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    free(line);
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
