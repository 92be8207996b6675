/*
 * test_conll.c - conlleval chunking and scoring against hand-computed cases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/ner/conll.h"
#include "check.h"

static size_t chunk(const char *const *tags, size_t n, eg_chunk **out)
{
    size_t nout = 0, cap = 0;
    *out = NULL;
    CHECK(eg_conll_chunks(tags, n, 0, out, &nout, &cap) == EG_OK);
    return nout;
}

static bool is(const eg_chunk *c, uint32_t b, uint32_t e, eg_ne_type t)
{
    return c->begin == b && c->end == e && c->type == t;
}

int main(void)
{
    eg_chunk *c;
    /* IOB1: I- starts a chunk after O; B- separates adjacent chunks of the same type */
    const char *iob1[] = {"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"};
    size_t n = chunk(iob1, 7, &c);
    CHECK(n == 4 && is(&c[0], 0, 2, EG_NE_PER) && is(&c[1], 2, 3, EG_NE_PER) &&
          is(&c[2], 4, 5, EG_NE_LOC) && is(&c[3], 5, 7, EG_NE_ORG)); /* ends at sentence end */
    free(c);
    /* IOB2 gives the same chunks */
    const char *iob2[] = {"B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "I-ORG"};
    eg_chunk *c2;
    size_t n2 = chunk(iob2, 7, &c2);
    CHECK(n2 == 4 && is(&c2[0], 0, 2, EG_NE_PER) && is(&c2[1], 2, 3, EG_NE_PER) &&
          is(&c2[3], 5, 7, EG_NE_ORG));
    free(c2);
    /* an I- of another type ends the chunk; a stray I- after O starts one */
    const char *mixed[] = {"B-MISC", "I-PER", "O", "I-LOC"};
    n = chunk(mixed, 4, &c);
    CHECK(n == 3 && is(&c[0], 0, 1, EG_NE_MISC) && is(&c[1], 1, 2, EG_NE_PER) &&
          is(&c[2], 3, 4, EG_NE_LOC));
    free(c);

    /* scoring: gold 3 chunks; prediction has one exact, one type error, one partial span,
     * one spurious. P = 1/4, R = 1/3, F = 2PR/(P+R) = 0.2857 */
    eg_chunk gold[] = {{0, 2, EG_NE_PER}, {3, 4, EG_NE_LOC}, {5, 8, EG_NE_ORG}};
    eg_chunk pred[] = {{0, 2, EG_NE_PER}, {3, 4, EG_NE_ORG}, {5, 7, EG_NE_ORG},
                       {9, 10, EG_NE_MISC}};
    eg_score s = {0};
    eg_score_add(&s, gold, 3, pred, 4);
    double p, r, f;
    eg_score_prf(&s, -1, &p, &r, &f);
    CHECK(p > 24.99 && p < 25.01);
    CHECK(r > 33.33 && r < 33.34);
    CHECK(f > 28.57 && f < 28.58);
    /* per type: the type error counts against both LOC (missed) and ORG (spurious) */
    eg_score_prf(&s, EG_NE_LOC, &p, &r, &f);
    CHECK(p == 0 && r == 0 && f == 0);
    CHECK(s.gold[EG_NE_ORG] == 1 && s.pred[EG_NE_ORG] == 2 && s.correct[EG_NE_ORG] == 0);
    eg_score_prf(&s, EG_NE_PER, &p, &r, &f);
    CHECK(p == 100 && r == 100 && f == 100);

    /* WNUT-17 types read as CoNLL's; a tag alone after a tab is an empty token, skipped; a
     * TAB-only line ends a sentence; sentences as documents */
    char path[] = "/tmp/eg-test-conll-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    const char *txt = "Paris\tB-location\nHilton\tB-corporation\n\tO\nsaid\tO\n\t\n"
                      "Beatles\tB-group\nplay\tO\nYesterday\tB-creative-work\n";
    CHECK(write(fd, txt, strlen(txt)) == (ssize_t)strlen(txt));
    close(fd);
    eg_conll cc;
    eg_error err = {0};
    CHECK(eg_conll_read(&cc, path, &err) == EG_OK);
    CHECK(cc.ntoks == 6 && cc.nsents == 2 && cc.ndocs == 1 && !cc.docstart);
    CHECK(strcmp(cc.tags[0], "B-LOC") == 0 && strcmp(cc.tags[1], "B-ORG") == 0 &&
          strcmp(cc.tags[2], "O") == 0 && strcmp(cc.tags[3], "B-ORG") == 0 &&
          strcmp(cc.tags[5], "B-MISC") == 0 && strcmp(cc.words[2], "said") == 0);
    eg_conll_sentence_docs(&cc);
    CHECK(cc.ndocs == 2 && cc.docs[1].first_sent == 1 && cc.docs[1].nsents == 1);
    eg_conll_fini(&cc);
    FILE *fp = fopen(path, "w");
    CHECK(fp && fputs("Paris\tB-city\n", fp) >= 0 && fclose(fp) == 0);
    CHECK(eg_conll_read(&cc, path, &err) == EG_ERR_PARSE && strstr(err.msg, "unknown tag"));
    unlink(path);

    /* CoNLL-U with GUM entities: outermost first, titles out, "United" (a verb) kept */
    char upath[] = "/tmp/eg-test-conllu-XXXXXX.conllu";
    fd = mkstemps(upath, 7);
    CHECK(fd >= 0);
    const char *u =
        "# newdoc id = GUM_news_test\n"
        "# text = U.S. President Donald Trump visited Durham University in the United Kingdom.\n"
        "1\tU.S.\tU.S.\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-cf1-4-sgl(2-place-new-x-cf2-1-sgl)\n"
        "2\tPresident\tpresident\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
        "3\tDonald\tDonald\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
        "4\tTrump\tTrump\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=1)\n"
        "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "6\tDurham\tDurham\tPROPN\tNNP\t_\t7\tcompound\t_\tEntity=(3-organization-new-x-cf3-2-sgl(4-place-new-x-cf4-1-sgl)\n"
        "7\tUniversity\tUniversity\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=3)\n"
        "8\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_\n"
        "9\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\tEntity=(5-place-new-x-cf5-3-sgl\n"
        "10\tUnited\tUnite\tVERB\tNNP\t_\t11\tamod\t_\t_\n"
        "11\tKingdom\tKingdom\tPROPN\tNNP\t_\t5\tobl\t_\tEntity=5)|SpaceAfter=No\n"
        "12\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    CHECK(write(fd, u, strlen(u)) == (ssize_t)strlen(u));
    close(fd);
    CHECK(eg_conll_read(&cc, upath, &err) == EG_OK);
    const char *want[] = {"B-LOC", "O", "B-PER", "I-PER", "O", "B-ORG",
                          "I-ORG", "O", "O",     "B-LOC", "I-LOC", "O"};
    CHECK(cc.ntoks == 12 && cc.ndocs == 1 && cc.docstart);
    for (size_t i = 0; i < cc.ntoks && i < 12; i++) {
        CHECK(strcmp(cc.tags[i], want[i]) == 0);
    }
    eg_conll_fini(&cc);
    unlink(upath);
    return check_done();
}
