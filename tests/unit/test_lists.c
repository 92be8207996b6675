/*
 * test_lists.c - the phrase lists compiled from data/lists/ (lookup API, the NER model's
 * longest-match features, the model's record of the table it was trained with) and the
 * k-means word classes of word vectors (`entgraph kmeans`: reading, nesting, errors, storage
 * in the model).
 */
#include <stdlib.h>
#include <unistd.h>

#include "../../src/ner/conll.h"
#include "../../src/ner/gazetteer.h"
#include "../../src/ner/model.h"
#include "../../src/ner/phrases.h"
#include "../../src/text/text.h"
#include "../../src/ner/wordvec.h"
#include "check.h"

static uint32_t crc32(const unsigned char *p, size_t n)
{
    uint32_t crc = ~0u;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) {
            crc = crc & 1 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
    }
    return ~crc;
}

static void test_lookup(void)
{
    const eg_phrase_table *t = eg_phrase_table_default();
    CHECK(t && t->nlists == 9 && t->id != 0);
    CHECK(eg_phrase_list(t, "football_clubs") >= 0 && eg_phrase_list(t, "nope") == -1);
    CHECK(eg_gaz_phrase_lists_text("Manchester United", 17) & EG_PL_FOOTBALL_CLUB);
    CHECK(eg_gaz_phrase_lists_text(" MANCHESTER   united ", 21) & EG_PL_FOOTBALL_CLUB);
    CHECK(!(eg_gaz_phrase_lists_text("Manchester", 10) & EG_PL_FOOTBALL_CLUB));
    CHECK(eg_gaz_phrase_lists_text("Manchester", 10) & EG_PL_CITY);
    CHECK(eg_gaz_phrase_lists_text("Bayern Munich", 13) == EG_PL_FOOTBALL_CLUB);
    CHECK(eg_gaz_phrase_lists_text("Christian Democratic Union", 26) & EG_PL_PARTY);
    CHECK(eg_gaz_phrase_lists_text("SPD", 3) & EG_PL_PARTY_ABBREV);
    CHECK(eg_gaz_phrase_lists_text("Microsoft", 9) & EG_PL_COMPANY_WORD);
    CHECK(eg_gaz_phrase_lists_text("Ivory Coast", 11) & EG_PL_COUNTRY);
    CHECK(eg_gaz_phrase_lists_text("Nigerien", 8) & EG_PL_DEMONYM);
    CHECK(eg_gaz_phrase_lists_text("Weidner", 7) == EG_PL_PERSON_NAME);
    CHECK(eg_gaz_phrase_lists_text("the United", 10) == 0);
    CHECK(eg_gaz_phrase_lists_text("", 0) == 0);
    CHECK(eg_gaz_phrase_lists_text("a b c d e f g h i", 17) == 0);
    const char *w[] = {"Real", "Madrid"};
    uint32_t l[] = {4, 6};
    CHECK(eg_gaz_phrase_lists(w, l, 2) & EG_PL_FOOTBALL_CLUB);
    CHECK(eg_gaz_phrase_lists(w, l, 0) == 0);
    /* a renamed city's old name is the city, for resolution only: no word flag the tagger
       reads */
    const eg_gazetteer *g = eg_gazetteer_default();
    bool dem = false;
    int32_t e = eg_gaz_lookup(g, "Nur-Sultan", 10, &dem);
    CHECK(e >= 0 && strcmp(eg_gaz_entry_at(g, e)->canonical, "Astana") == 0 &&
          eg_gaz_entry_at(g, e)->resolve_only);
    e = eg_gaz_lookup(g, "Chittagong", 10, &dem);
    CHECK(e >= 0 && strcmp(eg_gaz_entry_at(g, e)->canonical, "Chattogram") == 0);
    CHECK(!(eg_gaz_word_flags(g, "Chittagong", 10) & EG_GAZ_LOCATION));
}

/* eg_gaz_match_memo gives eg_gaz_match_at's answers at every position, whether the memo is
 * empty or filled, and fills it with the words' flags (non-ASCII words, possessives, capitals
 * and acronyms included). */
static void test_match_memo(void)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    const char *w[] = {"The",      "United", "States's",         "Federal", "Reserve", "and",
                       "C\xC3\xB4te", "d\xE2\x80\x99Ivoire's", "U.N.",    "SECURITY", "Council",
                       "USA",      "Brothers'", "Bank",         "of",      "England"};
    enum { N = sizeof w / sizeof w[0] };
    uint32_t l[N], memo[N];
    for (size_t i = 0; i < N; i++) {
        l[i] = (uint32_t)strlen(w[i]);
        memo[i] = EG_GAZ_FLAGS_UNSET;
    }
    size_t found = 0;
    for (int pass = 0; pass < 2; pass++) { /* an empty memo, then the filled one */
        for (size_t i = 0; i < N; i++) {
            size_t la = 9, lm = 9;
            int32_t ea = -1, em = -1;
            bool da = false, dm = false;
            CHECK(eg_gaz_match_at(g, w, l, N, i, &la, &ea, &da) == EG_OK);
            CHECK(eg_gaz_match_memo(g, w, l, memo, N, i, &lm, &em, &dm) == EG_OK);
            CHECK(la == lm && (la == 0 || (ea == em && da == dm)));
            found += pass == 0 && la >= 2;
        }
    }
    for (size_t i = 0; i < N; i++) {
        CHECK(memo[i] == eg_gaz_word_flags(g, w[i], l[i]));
    }
    size_t len;
    int32_t e;
    bool dem;
    CHECK(eg_gaz_match_memo(g, w, l, memo, N, 6, &len, &e, &dem) == EG_OK && len == 2 &&
          eg_gaz_entry_at(g, e)->kind == EG_GAZK_COUNTRY); /* Côte d’Ivoire's */
    CHECK(eg_gaz_match_memo(g, w, l, NULL, N, 1, &len, &e, &dem) == EG_OK && len == 2);
    CHECK(found >= 4); /* United States, Federal Reserve, Côte d'Ivoire, U.N. Security Council */
}

/* Clubs and people in the same contexts: only the lists tell unseen ones apart. */
static const char *clubs[] = {"Internacional", "Zhetysu", "Valur", "Dukagjini", "Osasuna",
                              "Skeid", "Yanbian", "Boluspor", "Alania", "Sileks", "Kalev",
                              "Vendsyssel", "Indjija", "Glentoran"};
static const char *people[] = {"Schechter", "Leesa", "Mcguffin", "Uhler", "Meggan", "Lessner",
                               "Jeannie", "Pinnix", "Wahab", "Cleaves", "Earlene", "Phipps",
                               "Clift", "Weidner"};

static void write_conll(const char *path, int from, int to)
{
    FILE *f = fopen(path, "w");
    fputs("-DOCSTART- -X- -X- O\n\n", f);
    for (int r = 0; r < 3; r++) {
        for (int i = from; i < to; i++) {
            const char *ctx[] = {"praised", "met", "thanked"};
            fprintf(f, "Officials X X O\n%s X X O\n%s X X B-ORG\n. X X O\n\n", ctx[r], clubs[i]);
            fprintf(f, "Officials X X O\n%s X X O\n%s X X B-PER\n. X X O\n\n", ctx[r], people[i]);
        }
    }
    fclose(f);
}

static void test_model_features(const char *dir)
{
    char trp[600], tep[600];
    snprintf(trp, sizeof trp, "%s/clubs_train.conll", dir);
    snprintf(tep, sizeof tep, "%s/clubs_test.conll", dir);
    write_conll(trp, 0, 10);
    write_conll(tep, 10, 14);
    eg_conll tr = {0}, te = {0};
    eg_error err = {0};
    CHECK(eg_conll_read(&tr, trp, &err) == EG_OK && eg_conll_read(&te, tep, &err) == EG_OK);
    int right[2] = {0, 0};
    for (int no = 0; no < 2; no++) {
        eg_train_opts o = {.epochs = 8, .seed = 3, .hash_bits = 16, .no_phrases = no};
        eg_model *m = NULL;
        eg_chunk *pred = NULL, *gold = NULL;
        size_t np = 0, ng = 0, cap = 0;
        CHECK(eg_model_train(&m, &tr, NULL, &o, &err) == EG_OK);
        CHECK(m && eg_model_tag_conll(m, &te, &pred, &np, &err) == EG_OK);
        for (size_t s = 0; s < te.nsents; s++) {
            eg_conll_chunks((const char *const *)te.tags + te.sents[s].first, te.sents[s].n,
                            te.sents[s].first, &gold, &ng, &cap);
        }
        for (size_t g = 0; g < ng; g++) {
            for (size_t p = 0; p < np; p++) {
                right[no] += pred[p].begin == gold[g].begin && pred[p].end == gold[g].end &&
                             pred[p].type == gold[g].type;
            }
        }
        CHECK(ng == 24);
        free(pred);
        free(gold);
        eg_model_destroy(m);
    }
    /* unseen clubs are ORG and unseen names PER with the lists; a guess without them */
    CHECK(right[0] == 24);
    CHECK(right[1] < 20);
    eg_conll_fini(&tr);
    eg_conll_fini(&te);
}

static const char *vectors_json =
    "{\"precision\":8,\"dimensions\":2,\"size\":9,"
    "\"words\":[\"cat\",\"dog\",\"x\\ty\",\"Cat\",\"rome\",\"oslo\",\"lima\",\"1990\",\"2020\","
    "\"caf\\u00e9\",\"unused\"],"
    "\"vectors\":{\"cat\":[1,0.1,9,0],\"dog\":[0.9,0.2,9,1],\"rome\":[-1,0.1,9,2],"
    "\"oslo\":[-0.9,0.2,9,3],\"lima\":[-1,-0.2,9,4],\"1990\":[0.1,1,1,5],\"2020\":[0,1,1,6],"
    "\"caf\\u00e9\":[0.2,-1,1,7],\"x\\ty\":[0,0,0,0],\"zzz\":[5,5,5,5]},"
    "\"unkVector\":[0,0]}";

/* Column `col` (1-based) of `word`'s line in a classes file, or -1. */
static int column(const char *tsv, const char *word, int col)
{
    size_t n = strlen(word);
    for (const char *p = tsv; p && *p;) {
        if (strncmp(p, word, n) == 0 && p[n] == '\t') {
            const char *q = p + n;
            for (int c = 1; c < col && q; c++) {
                q = strchr(q + 1, '\t');
            }
            return q ? atoi(q + 1) : -1;
        }
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    return -1;
}

static void test_kmeans(const char *dir, const eg_conll *fixture)
{
    char vp[600], cp[600], cp2[600], mp[600];
    snprintf(vp, sizeof vp, "%s/v.json", dir);
    snprintf(cp, sizeof cp, "%s/v.tsv", dir);
    snprintf(cp2, sizeof cp2, "%s/v2.tsv", dir);
    snprintf(mp, sizeof mp, "%s/v.model", dir);
    check_spit(vp, vectors_json, strlen(vectors_json));
    eg_kmeans_opts o = {.max_words = 10, .nlevels = 2, .k = {4, 2}, .iterations = 20, .seed = 1};
    eg_error err = {0};
    CHECK(eg_kmeans_run(vp, &o, cp, &err) == EG_OK);
    CHECK(eg_kmeans_run(vp, &o, cp2, &err) == EG_OK);
    size_t n = 0, n2 = 0;
    char *a = check_slurp(cp, &n), *b = check_slurp(cp2, &n2);
    CHECK(a && b && n == n2 && memcmp(a, b, n) == 0); /* deterministic */
    if (a) {
        /* words by frequency, one key each ("Cat" is "cat", "2020" is "1990"), no word with
         * a tab, no word without a vector, "unused" beyond max_words... */
        CHECK(strncmp(a, "cat\t", 4) == 0 && strstr(a, "\ndog\t") && strstr(a, "\ncafé\t"));
        CHECK(!strstr(a, "Cat") && !strstr(a, "2020") && !strstr(a, "x\ty") &&
              !strstr(a, "zzz") && !strstr(a, "unused"));
        int lines = 0;
        for (const char *p = a; *p; p++) {
            lines += *p == '\n';
        }
        CHECK(lines == 7);
        /* ...classes of similar vectors, the 4 classes nested in the 2 */
        CHECK(column(a, "cat", 2) == column(a, "dog", 2));
        CHECK(column(a, "rome", 2) == column(a, "oslo", 2) &&
              column(a, "rome", 2) == column(a, "lima", 2));
        CHECK(column(a, "cat", 2) != column(a, "rome", 2));
        const char *all[] = {"cat", "dog", "rome", "oslo", "lima", "1990", "café"};
        for (int i = 0; i < 7; i++) {
            int fine = column(a, all[i], 1), coarse = column(a, all[i], 2);
            CHECK(fine >= 0 && fine < 4 && coarse >= 0 && coarse < 2 && fine / 2 == coarse);
        }
    }
    free(a);
    free(b);
    /* stored in the model: tagging the same after a save and load; the file records them */
    eg_train_opts to = {.epochs = 4, .seed = 7, .hash_bits = 16, .vector_classes_path = cp};
    eg_model *m = NULL, *m2 = NULL;
    CHECK(eg_model_train(&m, fixture, NULL, &to, &err) == EG_OK);
    CHECK(m && eg_model_save(m, mp, &err) == EG_OK);
    CHECK(eg_model_load_file(&m2, mp, &err) == EG_OK);
    eg_chunk *p1 = NULL, *p2 = NULL;
    size_t n1 = 0, nn2 = 0;
    CHECK(m2 && eg_model_tag_conll(m, fixture, &p1, &n1, &err) == EG_OK &&
          eg_model_tag_conll(m2, fixture, &p2, &nn2, &err) == EG_OK);
    CHECK(n1 == nn2 && n1 > 0 && memcmp(p1, p2, n1 * sizeof *p1) == 0);
    free(p1);
    free(p2);
    eg_model_destroy(m);
    eg_model_destroy(m2);
    size_t mn = 0;
    unsigned char *bytes = (unsigned char *)check_slurp(mp, &mn);
    CHECK(bytes && mn > 40);
    if (bytes) {
        /* 7 words of 2 levels, then the phrase table id, then the checksum */
        CHECK(bytes[mn - 12 - 7 * 12 - 8] == 2 && bytes[mn - 12 - 7 * 12 - 4] == 7);
        uint64_t id;
        memcpy(&id, bytes + mn - 12, 8);
        CHECK(id == eg_phrase_table_default()->id);
        /* a model trained with other lists does not load */
        bytes[mn - 12] ^= 1;
        uint32_t crc = crc32(bytes, mn - 4);
        memcpy(bytes + mn - 4, &crc, 4);
        check_spit(mp, (const char *)bytes, mn);
        eg_model *bad = NULL;
        CHECK(eg_model_load_file(&bad, mp, &err) == EG_ERR_PARSE &&
              strstr(err.msg, "other phrase lists"));
        /* nor one whose class section claims more words than the file holds */
        bytes[mn - 12] ^= 1;
        bytes[mn - 12 - 7 * 12 - 4] = 9;
        crc = crc32(bytes, mn - 4);
        memcpy(bytes + mn - 4, &crc, 4);
        check_spit(mp, (const char *)bytes, mn);
        CHECK(eg_model_load_file(&bad, mp, &err) == EG_ERR_PARSE &&
              strstr(err.msg, "truncated"));
    }
    free(bytes);

    /* bad input: clean errors */
    CHECK(eg_kmeans_run("/nonexistent.json", &o, cp, &err) == EG_ERR_IO);
    const char *bad[] = {
        "[1,2]",
        "{\"dimensions\":2,\"vectors\":{\"a\":[1,2]},\"words\":[\"a\"]}",
        "{\"dimensions\":2,\"words\":[\"a\",\"b\"],\"vectors\":{\"a\":[1]}}",
        "{\"dimensions\":2,\"words\":[\"a\",\"b\"],\"vectors\":{\"a\":[1,2],\"b\":[1,",
        "{\"dimensions\":2,\"words\":[\"a\",\"b\"]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        check_spit(vp, bad[i], strlen(bad[i]));
        CHECK(eg_kmeans_run(vp, &o, cp, &err) == EG_ERR_PARSE);
    }
    check_spit(vp, vectors_json, strlen(vectors_json));
    eg_kmeans_opts o3 = {.max_words = 10, .nlevels = 2, .k = {3, 2}, .iterations = 5};
    CHECK(eg_kmeans_run(vp, &o3, cp, &err) == EG_ERR_INVALID && strstr(err.msg, "multiple"));
    eg_kmeans_opts o4 = {.max_words = 10, .nlevels = 1, .k = {8}, .iterations = 5};
    CHECK(eg_kmeans_run(vp, &o4, cp, &err) == EG_ERR_INVALID && strstr(err.msg, "7 words"));
}

/* The lists are cut into words as entgraph's tokenizer cuts text (tools/gazlists.py imitates
 * it), or their entries would never match: at most 2% of the entries of a list differ
 * (abbreviations with a period the tokenizer does not know, odd punctuation). */
static void test_tokenization(const char *src)
{
    const char *lists[] = {"football_clubs", "parties", "party_abbrevs", "company_words",
                           "person_names", "cities", "admin_areas", "countries", "demonyms"};
    for (size_t li = 0; li < sizeof lists / sizeof *lists; li++) {
        char path[600];
        snprintf(path, sizeof path, "%s/data/lists/%s.txt", src, lists[li]);
        char *text = check_slurp(path, NULL);
        CHECK(text != NULL);
        size_t total = 0, differ = 0;
        for (char *line = text; line && *line;) {
            char *nl = strchr(line, '\n');
            if (nl) {
                *nl = '\0';
            }
            /* the text the entry stands for: "People 's" is written "People's" */
            char text2[1024];
            size_t n2 = 0;
            for (const char *q = line; *q && n2 + 1 < sizeof text2; q++) {
                if (!(q[0] == ' ' && q[1] == '\'' && q[2] == 's' && (!q[3] || q[3] == ' '))) {
                    text2[n2++] = *q;
                }
            }
            text2[n2] = '\0';
            eg_doc d = {0};
            eg_error err = {0};
            bool same = eg_text_normalize(&d.text, &d.len, text2, n2, NULL, NULL, &err) == EG_OK &&
                        eg_text_segment(&d, &err) == EG_OK;
            size_t at = 0;
            for (size_t t = 0; same && t < d.ntoks; t++) {
                size_t n = d.toks[t].end - d.toks[t].start;
                same = at + n <= strlen(line) &&
                       strncmp(line + at, d.text + d.toks[t].start, n) == 0 &&
                       (line[at + n] == (t + 1 < d.ntoks ? ' ' : '\0'));
                at += n + 1;
            }
            same = same && d.ntoks > 0 && at == strlen(line) + 1;
            total++;
            differ += !same;
            eg_doc_fini(&d);
            line = nl ? nl + 1 : NULL;
        }
        if (differ * 50 > total) {
            fprintf(stderr, "%s: %zu of %zu entries tokenized differently\n", lists[li], differ,
                    total);
        }
        CHECK(total > 100 && differ * 50 <= total);
        free(text);
    }
}

int main(void)
{
    char dir[] = "/tmp/eg_lists_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    const char *src = getenv("EG_SRC");
    test_lookup();
    test_match_memo();
    test_tokenization(src ? src : "..");
    test_model_features(dir);
    char path[600];
    snprintf(path, sizeof path, "%s/tests/data/tiny.conll", src ? src : "..");
    eg_conll c = {0};
    eg_error err = {0};
    CHECK(eg_conll_read(&c, path, &err) == EG_OK);
    test_kmeans(dir, &c);
    eg_conll_fini(&c);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return check_done();
}
