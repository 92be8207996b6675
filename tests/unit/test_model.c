/*
 * test_model.c - the perceptron learns a small fixture perfectly, model files round-trip,
 * damaged files are clean errors, and the built-in model tags news sensibly; word classes are
 * induced from raw text and stored in the model.
 */
#include <ctype.h>
#include <glob.h>
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../src/ner/clusters.h"
#include "../../src/ner/conll.h"
#include "../../src/ner/model.h"
#include "../../src/ner/model_impl.h"
#include "check.h"

/* Class of `word` in a "word<TAB>class" file, or -1. */
static int class_of(const char *tsv, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = tsv; p && *p;) {
        if (strncmp(p, word, n) == 0 && p[n] == '\t') {
            return atoi(p + n + 1);
        }
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    return -1;
}

/* Words in the same contexts share a class; the class file is what training reads. */
static void test_classes(const char *dir, const eg_conll *c)
{
    char key[EG_CLUSTER_KEY_MAX];
    CHECK(eg_cluster_key("Paris-2024", 10, key) == 10 && memcmp(key, "paris-0000", 10) == 0);
    eg_clusterer *cl = eg_clusterer_create();
    const char *animals[] = {"cat", "dog", "cow", "hen"}, *places[] = {"Rome", "Oslo", "Lima", "Kiev"};
    for (int r = 0; r < 30; r++) {
        for (int i = 0; i < 4; i++) {
            const char *s1[] = {"the", animals[i], "sat", "down", "."};
            const char *s2[] = {"we", "flew", "to", places[(i + r) % 4], "today", "."};
            size_t l1[5], l2[6];
            for (int k = 0; k < 5; k++) {
                l1[k] = strlen(s1[k]);
            }
            for (int k = 0; k < 6; k++) {
                l2[k] = strlen(s2[k]);
            }
            CHECK(eg_clusterer_add(cl, s1, l1, 5) && eg_clusterer_add(cl, s2, l2, 6));
        }
    }
    CHECK(eg_clusterer_tokens(cl) == 30 * 4 * 11);
    char tsv[600];
    snprintf(tsv, sizeof tsv, "%s/classes.tsv", dir);
    eg_cluster_opts co = {.classes = 4, .iterations = 20, .min_count = 3};
    eg_error err = {0};
    CHECK(eg_clusterer_run(cl, &co, tsv, &err) == EG_OK);
    eg_clusterer_destroy(cl);
    size_t n;
    char *text = check_slurp(tsv, &n);
    CHECK(text != NULL);
    if (text) {
        text[n] = '\0';
        int cat = class_of(text, "cat"), rome = class_of(text, "rome");
        CHECK(cat >= 0 && rome >= 0 && cat != rome);
        CHECK(class_of(text, "dog") == cat && class_of(text, "hen") == cat);
        CHECK(class_of(text, "oslo") == rome && class_of(text, "kiev") == rome);
    }
    free(text);

    /* trained with classes: stored in the model, read back, same predictions */
    eg_train_opts o = {.epochs = 10, .seed = 7, .hash_bits = 16, .classes_path = tsv};
    eg_model *m = NULL, *m2 = NULL;
    CHECK(eg_model_train(&m, c, NULL, &o, &err) == EG_OK);
    char mp[600];
    snprintf(mp, sizeof mp, "%s/classes.model", dir);
    CHECK(m && eg_model_save(m, mp, &err) == EG_OK);
    CHECK(eg_model_load_file(&m2, mp, &err) == EG_OK);
    eg_chunk *p1 = NULL, *p2 = NULL;
    size_t n1 = 0, n2 = 0;
    CHECK(m2 && eg_model_tag_conll(m, c, &p1, &n1, &err) == EG_OK &&
          eg_model_tag_conll(m2, c, &p2, &n2, &err) == EG_OK);
    CHECK(n1 == n2 && n1 > 0 && memcmp(p1, p2, n1 * sizeof *p1) == 0);
    /* a damaged class section is caught (checksum), a bad class file is a clean error */
    size_t mn;
    char *bytes = check_slurp(mp, &mn);
    CHECK(bytes && mn > 20);
    if (bytes) {
        bytes[mn - 10] ^= 0x21;
        check_spit(mp, bytes, mn);
        eg_model *bad = NULL;
        CHECK(eg_model_load_file(&bad, mp, &err) == EG_ERR_PARSE && strstr(err.msg, "corrupt"));
    }
    free(bytes);
    check_spit(tsv, "cat\tnine\n", 10);
    eg_model *m3 = NULL;
    CHECK(eg_model_train(&m3, c, NULL, &o, &err) == EG_ERR_PARSE && strstr(err.msg, "line 1"));
    free(p1);
    free(p2);
    eg_model_destroy(m);
    eg_model_destroy(m2);
}

/* Weight of (bucket, label) in a trained model, dequantized (0 where it stores no row). */
static double weight_at(const eg_model *m, uint32_t b, unsigned l)
{
    size_t lo = 0, hi = m->nrows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->buckets[mid] < b) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < m->nrows && m->buckets[lo] == b ? m->scale * m->rows[lo * NL + l] : 0.0;
}

static unsigned averages_seen, last_model;

static void count_average(void *ud, unsigned model, unsigned epoch, double acc, double f1,
                          double secs)
{
    (void)ud, (void)acc, (void)f1, (void)secs;
    last_model = model;
    averages_seen += epoch == 0;
}

/* models > 1: the saved model is the average of the models trained with seeds seed and seed+1,
 * each alone as with models = 1 (within the int16 quantization of the three). */
static void test_average(const eg_conll *c)
{
    eg_error err = {0};
    eg_train_opts o = {.epochs = 6, .seed = 7, .hash_bits = 16};
    eg_model *a = NULL, *b = NULL, *avg = NULL;
    CHECK(eg_model_train(&a, c, NULL, &o, &err) == EG_OK);
    o.seed = 8;
    CHECK(eg_model_train(&b, c, NULL, &o, &err) == EG_OK);
    o.seed = 7;
    o.models = 2;
    o.progress = count_average;
    CHECK(eg_model_train(&avg, c, NULL, &o, &err) == EG_OK);
    CHECK(averages_seen == 1 && last_model == 0);
    if (!a || !b || !avg) {
        return;
    }
    double tol = a->scale + b->scale + avg->scale, worst = 0;
    size_t differ = 0;
    for (uint32_t k = 0; k < (1u << 16); k++) {
        for (unsigned l = 0; l < NL; l++) {
            double wa = weight_at(a, k, l), want = (wa + weight_at(b, k, l)) / 2;
            double d = fabs(weight_at(avg, k, l) - want);
            worst = d > worst ? d : worst;
            differ += fabs(wa - want) > tol;
        }
    }
    CHECK(worst <= tol);
    CHECK(differ > 0); /* the two seeds did learn different weights */
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        double want = (a->scale * a->trans[i] + b->scale * b->trans[i]) / 2;
        CHECK(fabs(avg->scale * avg->trans[i] - want) <= tol);
    }
    eg_model_destroy(a);
    eg_model_destroy(b);
    eg_model_destroy(avg);
}

/* MISC mentions predicted for this corpus (tiny.conll has two: Kenyan, Hungarian). */
static size_t misc_found(const eg_model *m, const eg_conll *c)
{
    eg_chunk *pred = NULL;
    size_t np = 0, n = 0;
    eg_error err = {0};
    CHECK(eg_model_tag_conll(m, c, &pred, &np, &err) == EG_OK);
    for (size_t i = 0; i < np; i++) {
        n += pred[i].type == EG_NE_MISC;
    }
    free(pred);
    return n;
}

/* --extra: a corpus that does not annotate MISC, with its MISC mentions as O, weighted up,
 * does not teach that MISC is O when its types say so. */
static void test_extra(const char *path, const eg_conll *c)
{
    eg_conll x;
    eg_error err = {0};
    CHECK(eg_conll_read(&x, path, &err) == EG_OK);
    for (size_t i = 0; i < x.ntoks; i++) {
        if (strstr(x.tags[i], "MISC")) {
            strcpy(x.tags[i], "O");
        }
    }
    eg_train_extra ex = {.c = &x, .weight = 4.0f, .types = 7};
    eg_train_opts o = {.epochs = 20, .seed = 7, .hash_bits = 16, .extra = &ex, .nextra = 1};
    eg_model *m = NULL;
    CHECK(eg_model_train(&m, c, NULL, &o, &err) == EG_OK);
    CHECK(misc_found(m, c) == 2);
    eg_model_destroy(m);
    ex.types = 15; /* the same corpus claiming to annotate MISC */
    CHECK(eg_model_train(&m, c, NULL, &o, &err) == EG_OK);
    CHECK(misc_found(m, c) == 0);
    eg_model_destroy(m);
    eg_conll_fini(&x);
}

/* The words of `text`, split at single spaces. */
static size_t words_of(const char *text, eg_word *w, size_t cap)
{
    size_t n = 0;
    for (const char *p = text; *p && n < cap;) {
        size_t l = strcspn(p, " ");
        w[n++] = (eg_word){p, (uint32_t)l};
        p += l + (p[l] == ' ');
    }
    return n;
}

static unsigned casing(const char *text)
{
    eg_word w[32];
    return eg_sentence_casing(w, words_of(text, w, 32));
}

static size_t dateline(const char *text)
{
    eg_word w[32];
    return eg_sentence_dateline(w, words_of(text, w, 32));
}

/* The place of a dateline, in the 1996 form and in today's, and what is none. */
static void test_dateline(void)
{
    CHECK(dateline("LONDON 1996-08-30") == 1);
    CHECK(dateline("SAN JOSE , Costa Rica 1996-08-22") == 5);
    CHECK(dateline("KYIV ( Reuters ) - Ukraine said on Monday") == 1);
    CHECK(dateline("SAN JOSE , California ( Reuters ) - Zoom forecast") == 4);
    CHECK(dateline("WASHINGTON ( AP ) \xE2\x80\x94 The Senate voted") == 1);
    CHECK(dateline("England 326-5 declared") == 0);   /* a score, not a date */
    CHECK(dateline("Apple ( AAPL ) rose 2 %") == 0);  /* no dash after the parentheses */
    CHECK(dateline("shares rose 1996-08-30") == 0);   /* not capitalized */
    CHECK(dateline("LONDON , 1996-08-30") == 0);       /* a comma does not end the place */
    CHECK(dateline("Reuters") == 0);
}

static void test_casing(void)
{
    CHECK(casing("Leader of the Opposition Meets Prime Minister in Lagos") == 1);
    CHECK(casing("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .") == 2);
    CHECK(casing("The Prime Minister arrived in Lagos with the Leader of the Opposition .") == 0);
    CHECK(casing("Reuters") == 0);
}

/* Words of `path` split at white space (punctuation attached: a test of equal scores, not of
 * tokenization), a sentence every 17 words; the buffer owns the text. */
static size_t split_words(const char *path, char **buf, eg_word **w, uint32_t **ss, size_t *ns)
{
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (!f) {
        return 0;
    }
    char *t = malloc(1 << 20);
    size_t len = fread(t, 1, (1 << 20) - 1, f);
    fclose(f);
    t[len] = 0;
    *buf = t;
    *w = malloc((len / 2 + 1) * sizeof **w);
    *ss = malloc((len / 2 + 1) * sizeof **ss);
    size_t n = 0;
    *ns = 0;
    for (char *p = t; *p;) {
        while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
            p++;
        }
        char *q = p;
        while (*q && *q != ' ' && *q != '\n' && *q != '\t' && *q != '\r') {
            q++;
        }
        if (q > p) {
            if (n % 17 == 0) {
                (*ss)[(*ns)++] = (uint32_t)n;
            }
            (*w)[n++] = (eg_word){p, (uint32_t)(q - p)};
        }
        p = q;
    }
    return n;
}

/* The word cache changes no label: the sample articles (and a word too long for the cache)
 * tagged with it, cold and warmed by other text first, and without it. */
static void test_word_cache(eg_model *d)
{
    const char *src = getenv("EG_SRC");
    char path[512];
    eg_error err = {0};
    eg_chunk *runs[3] = {NULL};
    size_t nrun[3] = {0}, cap[3] = {0};
    for (int run = 0; run < 3; run++) {
        eg_model_set_word_cache(d, run != 2);
        eg_tag_ws *ws = eg_tag_ws_create();
        for (int k = 0; k < 5; k++) {
            /* run 1 warms the cache with another article before each one */
            for (int pass = run == 1 ? 0 : 1; pass < 2; pass++) {
                int a = pass == 0 ? 4 - k : k;
                snprintf(path, sizeof path, "%s/samples/00%d_*.txt", src ? src : "..", a);
                glob_t gl;
                CHECK(glob(path, 0, NULL, &gl) == 0 && gl.gl_pathc == 1);
                snprintf(path, sizeof path, "%s", gl.gl_pathc ? gl.gl_pathv[0] : "none");
                globfree(&gl);
                char *buf = NULL;
                eg_word *w = NULL;
                uint32_t *ss = NULL;
                size_t ns = 0, n = split_words(path, &buf, &w, &ss, &ns);
                CHECK(n > 100);
                if (n > 40) {
                    w[40] = (eg_word){"Abcdefghijklmnopqrstuvwxyzabcdef", 32};
                }
                eg_chunk *ch = NULL;
                size_t nch = 0, ccap = 0;
                CHECK(eg_model_tag(d, ws, w, n, ss, ns, &ch, &nch, &ccap, &err) == EG_OK);
                for (size_t i = 0; pass == 1 && i < nch; i++) {
                    if (nrun[run] == cap[run]) {
                        cap[run] = cap[run] ? 2 * cap[run] : 64;
                        runs[run] = realloc(runs[run], cap[run] * sizeof *runs[run]);
                    }
                    runs[run][nrun[run]++] = ch[i];
                }
                free(ch);
                free(buf);
                free(w);
                free(ss);
            }
        }
        eg_tag_ws_destroy(ws);
    }
    eg_model_set_word_cache(d, true);
    CHECK(nrun[0] > 50);
    CHECK(nrun[0] == nrun[1] && nrun[0] == nrun[2]);
    if (nrun[0] == nrun[1] && nrun[0] == nrun[2]) {
        CHECK(memcmp(runs[0], runs[1], nrun[0] * sizeof *runs[0]) == 0);
        CHECK(memcmp(runs[0], runs[2], nrun[0] * sizeof *runs[0]) == 0);
    }
    for (int run = 0; run < 3; run++) {
        free(runs[run]);
    }
}

/* Tag the n words of `text` (sentences starting at ss[0..nss)) with the built-in model; the
 * chunks in *ch (reused), their count returned. */
static size_t tag_words(eg_model *d, eg_tag_ws *ws, const char *const *text, size_t n,
                        const uint32_t *ss, size_t nss, eg_chunk **ch, size_t *cap)
{
    eg_word w[64];
    eg_error err = {0};
    size_t nch = 0;
    CHECK(n <= 64);
    for (size_t i = 0; i < n && i < 64; i++) {
        w[i] = (eg_word){text[i], (uint32_t)strlen(text[i])};
    }
    CHECK(eg_model_tag(d, ws, w, n, ss, nss, ch, &nch, cap, &err) == EG_OK);
    return nch;
}

/* A word in lower case opens no name in an article written the ordinary way ("the talks were
 * frank", which the model alone typed PER), nor ends one unless the head of a name; in wire
 * copy that writes places in lower case ("exports to peru") the model may still find them. */
static void test_lowercase_starts(eg_model *d)
{
    const char *a[] = {"Kim", "Jong", "Un", "met", "Moon", "Jae-in", "at", "Panmunjom", ".",
                       "Kim", "said", "the", "talks", "were", "frank", ".",
                       "Officials", "later", "met", "in", "Seoul", "."};
    const char *b[] = {"Mr", "Lara", "said", "exports", "to", "peru", "rose", ".",
                       "He", "told", "reuters", "the", "figures", "were", "final", ".",
                       "The", "ministry", "said", "peru", "would", "pay", "."};
    /* the "serie A" of Italian football may open one */
    const char *c[] = {"Inter", "beat", "Napoli", "2-1", "on", "Sunday", ".", "The", "win",
                       "keeps", "Inter", "top", "of", "serie", "A", ".", "Coach", "Simone",
                       "Inzaghi", "was", "pleased", "."};
    const char *e[] = {"Kasabian", "played", "at", "a", "pub", "next", "to", "Leicester", "City",
                       "football", "club", "'s", "headquarters", ".", "Fans", "sang", ".",
                       "Officials", "of", "Atari", "corp", "agreed", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 22, (uint32_t[]){0, 9, 16}, 3, &ch, &cap);
    bool seoul = false, serie = false, leicester = false, peru = false;
    for (size_t i = 0; i < nch; i++) {
        CHECK(!islower((unsigned char)*a[ch[i].begin]));
        seoul |= ch[i].begin == 20 && ch[i].type == EG_NE_LOC;
    }
    nch = tag_words(d, ws, c, 22, (uint32_t[]){0, 7, 16}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        serie |= ch[i].begin == 13 && ch[i].end == 15 && ch[i].type == EG_NE_MISC;
    }
    nch = tag_words(d, ws, e, 23, (uint32_t[]){0, 14, 17}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        leicester |= ch[i].begin == 7 && ch[i].end == 9;
        CHECK(ch[i].end != 10 && ch[i].end != 11); /* not "football", "club" */
    }
    nch = tag_words(d, ws, b, 23, (uint32_t[]){0, 8, 16}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        peru |= ch[i].begin == 5 && ch[i].type == EG_NE_LOC;
    }
    CHECK(seoul && serie && leicester && peru);
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Is there a chunk [b, e) of type `type` among ch[0..n)? */
static bool has_chunk(const eg_chunk *ch, size_t n, uint32_t b, uint32_t e, int type)
{
    for (size_t i = 0; i < n; i++) {
        if (ch[i].begin == b && ch[i].end == e && (int)ch[i].type == type) {
            return true;
        }
    }
    return false;
}

/* Korean and Chinese names: a family name and a given name of two syllables joined by a hyphen
 * are a person's, even when the family name is an English word ("Moon", "Son"); a common
 * family name and two syllables written apart are one name, never cut short ("Kim Jong Un's");
 * a firm named after a person keeps the model's type, and a place's words make no person. */
static void test_east_asian_names(eg_model *d)
{
    const char *a[] = {"Moon", "Jae-in", "met", "Son", "Heung-min", "in", "Seoul", ".",
                       "North", "Korean", "leader", "Kim", "Jong", "Un", "'s", "sister", "spoke",
                       "."};
    const char *b[] = {"The", "Hong", "Kong", "Hang", "Seng", "index", "rose", ".",
                       "Shares", "of", "Liu", "Chong", "Hing", "Bank", "fell", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 18, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_PER));   /* Moon Jae-in */
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_PER));   /* Son Heung-min */
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_PER)); /* Kim Jong Un */
    /* a Vietnamese name of four words: family name, middle name, two syllables */
    const char *v[] = {"The", "deal", "was", "signed", "by", "Le", "Thi", "Thu", "Hang", ",",
                       "who", "heads", "the", "unit", ",", "on", "Monday", "."};
    nch = tag_words(d, ws, v, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 9, EG_NE_PER));
    /* with a family name the three-word rule does not list; not a street named so */
    const char *vt[] = {"Police", "said", "Truong", "Thi", "Thu", "Hang", ",", "34", ",", "was",
                        "held", "on", "Le", "Thi", "Hong", "Gam", "street", "on", "Monday",
                        "."};
    nch = tag_words(d, ws, vt, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_PER) && !has_chunk(ch, nch, 12, 16, EG_NE_PER));
    /* the same with Vietnamese marks: no syllable cut off ("Trần Hồng", "Thị Thu Hằng") */
    const char *vm[] = {"The", "deal", "was", "signed", "by", "Tr\xe1\xba\xa7n",
                        "H\xe1\xbb\x93ng", "H\xc3\xa0", ",", "who", "heads", "the", "unit",
                        ",", "and", "L\xc3\xaa", "Th\xe1\xbb\x8b", "Thu", "H\xe1\xba\xb1ng",
                        "on", "Monday", "."};
    nch = tag_words(d, ws, vm, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_PER));   /* Trần Hồng Hà */
    CHECK(has_chunk(ch, nch, 15, 19, EG_NE_PER)); /* Lê Thị Thu Hằng */
    const char *vn[] = {"The", "deal", "was", "signed", "by", "Nguy\xe1\xbb\x85n",
                        "Xu\xc3\xa2n", "Ph\xc3\xba\x63", ",", "who", "heads", "the", "unit",
                        ",", "on", "Monday", ".", "Talks", "with", "Nguy\xe1\xbb\x85n",
                        "Ph\xc3\xba", "Tr\xe1\xbb\x8dng", "ended", "."};
    nch = tag_words(d, ws, vn, 24, (uint32_t[]){0, 17}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 19, 22, EG_NE_PER)); /* Nguyễn Phú Trọng: eight bytes first */
    nch = tag_words(d, ws, b, 16, (uint32_t[]){0, 8}, 2, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].type != EG_NE_PER);
    }
    CHECK(has_chunk(ch, nch, 10, 14, EG_NE_ORG)); /* Liu Chong Hing Bank */
    const char *hk[] = {"Shares", "fell", "in", "Hong", "Kong", "Hang", "Seng", "index",
                        "trading", "as", "investors", "sold", "banks", "."};
    nch = tag_words(d, ws, hk, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC)); /* Hong Kong: no Vietnamese name of four */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A place's or a person's name that ends with a firm's last word ("Capital", "Research") is the
 * firm's, and so is one after a noun only firms bear ("drugmaker", also opening a sentence,
 * where it and "Rival" are no word of the name) or after "group"; not a person after "the
 * firm". */
static void test_firm_heads(eg_model *d)
{
    const char *a[] = {"\"", "Prices", "will", "rise", ",", "\"", "said", "Ann", "Lee", ",",
                       "chief", "investment", "strategist", "at", "Hollis", "Street", "Capital",
                       "in", "Boston", ".", "Analysts", "at", "Carver", "Brooks", "Research",
                       "agreed", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 27, (uint32_t[]){0, 20}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 14, 17, EG_NE_ORG)); /* Hollis Street Capital */
    CHECK(has_chunk(ch, nch, 22, 25, EG_NE_ORG)); /* Carver Brooks Research */
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_LOC)); /* Boston */
    /* an organization takes in the legal form the model left out */
    const char *c[] = {"Regulators", "opened", "an", "investigation", "into", "Alibaba", "Group",
                       "Holding", "on", "Thursday", "."};
    nch = tag_words(d, ws, c, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG)); /* Alibaba Group Holding */
    /* an institution takes in "of" and its place */
    const char *f[] = {"The", "Election", "Commission", "of", "Pakistan", "said", "the",
                       "independents", "won", "."};
    nch = tag_words(d, ws, f, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 5, EG_NE_ORG)); /* Election Commission of Pakistan */
    /* and so do a corporation and a regulator */
    const char *icd[] = {"The", "carrier", "is", "owned", "by", "the", "emirate", "'s",
                         "Investment", "Corporation", "of", "Dubai", ".", "The", "National",
                         "Energy", "Regulator", "of", "South", "Africa", "(", "Nersa", ")",
                         "approved", "it", "."};
    nch = tag_words(d, ws, icd, 26, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 12, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 14, 20, EG_NE_ORG));
    const char *b[] = {"Danish", "drugmaker", "Novo", "Nordisk", "said", "on", "Monday", "it",
                       "would", "cut", "prices", ".", "The", "firm", "Gordon", "Wu", "founded",
                       "grew", "."};
    nch = tag_words(d, ws, b, 19, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG));   /* Novo Nordisk */
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_PER)); /* Gordon Wu */
    /* a name the model left out after such a noun; not a price called firm */
    const char *e[] = {"Chinese", "artificial", "intelligence", "startup", "DeepSeek", "raised",
                       "doubts", ".", "Exports", "rose", "and", "firm", "Sterling", "prices",
                       "helped", ".", "Shares", "of", "GoTo", "rose", ",", "and", "shares",
                       "in", "Equant", "fell", ".", "Analysts", "at", "Jefferies", "said",
                       "the", "cut", "would", "help", "."};
    nch = tag_words(d, ws, e, 36, (uint32_t[]){0, 8, 16, 27}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 29, 30, EG_NE_ORG)); /* Analysts at Jefferies */
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG));   /* DeepSeek */
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_ORG)); /* Shares of GoTo */
    CHECK(has_chunk(ch, nch, 24, 25, EG_NE_ORG)); /* shares in Equant */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 12); /* Sterling */
    }
    /* such a noun, or "Rival", opening a sentence is no word of the name after it */
    const char *g[] = {"Chipmaker", "Intel", "Corp", "said", "sales", "rose", ".",
                       "Rival", "Daimler", "AG", "cut", "jobs", ".",
                       "FRANKFURT", "(", "Reuters", ")", "-", "Drugmaker", "Novo", "Nordisk",
                       "said", "prices", "fell", "."};
    nch = tag_words(d, ws, g, 25, (uint32_t[]){0, 7, 13}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG));   /* Intel Corp */
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_ORG));  /* Daimler AG */
    CHECK(has_chunk(ch, nch, 19, 21, EG_NE_ORG)); /* Novo Nordisk */
    /* a name after "group" */
    const char *k[] = {"The", "jihadist", "group", "Boko", "Haram", ",", "whose", "stronghold",
                       "is", "in", "Borno", ",", "claimed", "the", "attack", "."};
    nch = tag_words(d, ws, k, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG)); /* Boko Haram */
    /* a word in camel case the model left out, in prose */
    const char *m[] = {"Tech", "shares", "fell", "after", "DeepSeek", "'s", "free", "assistant",
                       "topped", "the", "charts", ".", "The", "vaccine", "was", "developed",
                       "by", "Pfizer", "and", "BioNTech", "in", "record", "time", ".", "Both",
                       "shares", "rose", "."};
    nch = tag_words(d, ws, m, 28, (uint32_t[]){0, 12, 24}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG));   /* DeepSeek */
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_ORG)); /* BioNTech */

    /* a word the article says is a firm's ("each Slack share") is a firm wherever it stands */
    const char *m3[] = {"Holders", "will", "get", "cash", "for", "each", "Slack", "share", "they",
                        "own", ".", "Slack", "has", "struggled", "to", "compete", "."};
    nch = tag_words(d, ws, m3, 17, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG));   /* each Slack share */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_ORG)); /* Slack has struggled */
    /* a name's opening the model cut off: a word before an initial, "Women 's" */
    const char *o[] = {"Willem", "F.", "Duisenberg", ",", "the", "former", "Dutch", "finance",
                       "minister", ",", "told", "reporters", "it", "went", "well", ".",
                       "The", "Women", "'s", "Tennis", "Association", "(", "WTA", ")", "said",
                       "it", "would", "review", "security", "."};
    nch = tag_words(d, ws, o, 30, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_PER));   /* Willem F. Duisenberg */
    CHECK(has_chunk(ch, nch, 17, 21, EG_NE_ORG)); /* Women 's Tennis Association */
    /* a name after "city of" is a place; not after "capital of" */
    const char *q[] = {"Petra", "Wings", "is", "named", "after", "the", "ancient", "Nabataean",
                       "city", "of", "Petra", "in", "southern", "Jordan", "."};
    nch = tag_words(d, ws, q, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_LOC)); /* the city of Petra */
    /* "Co., Ltd." ends a firm's name */
    const char *r[] = {"Mizuhara", "Kisen", "Co.", ",", "Ltd.", "agreed", "."};
    nch = tag_words(d, ws, r, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 5, EG_NE_ORG)); /* Mizuhara Kisen Co., Ltd. */
    const char *r2[] = {"The", "tanker", ",", "owned", "by", "Mizuhara", "Kisen", "Co.", ",",
                        "Ltd.", ",", "was", "sailing", "from", "Port", "Dickson", "."};
    nch = tag_words(d, ws, r2, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 10, EG_NE_ORG)); /* "Ltd.", which the model took for a place */
    /* the provider of the numbers is a firm; a country's data and a month's are not */
    const char *t[] = {"Deals", "rose", ",", "according", "to", "Refinitiv", "data", ",",
                       "and", "data", "from", "Dealogic", ".", "Prices", "fell", ",",
                       "according", "to", "Chinese", "data", ",", "and", "data", "from",
                       "September", "."};
    nch = tag_words(d, ws, t, 26, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG));   /* according to Refinitiv data */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_ORG)); /* data from Dealogic */
    CHECK(!has_chunk(ch, nch, 18, 19, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 24, 25, EG_NE_ORG));
    /* a listed acronym after "the" or before a title; "The Who" is a band, not the WHO */
    const char *u[] = {"The", "Fed", "kept", "rates", "near", "zero", ".", "Fed", "Chair",
                       "Jerome", "Powell", "spoke", ".", "He", "saw", "the", "Who", "play",
                       "."};
    nch = tag_words(d, ws, u, 19, (uint32_t[]){0, 7, 13}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG));  /* The Fed kept */
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_ORG));  /* Fed Chair */
    CHECK(!has_chunk(ch, nch, 16, 17, EG_NE_ORG)); /* the Who */
    /* the names listed after firms' plural noun are firms, but a listed place is not */
    const char *v[] = {"Rival", "online", "retailers", "JD.com", ",", "Meituan", "and",
                       "Pinduoduo", "fell", ".", "Banks", "such", "as", "Gosbank", "and",
                       "Vneshtorgbank", "in", "Moscow", "and", "Kiev", "agreed", "."};
    nch = tag_words(d, ws, v, 22, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG) && has_chunk(ch, nch, 5, 6, EG_NE_ORG) &&
          has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_ORG) && has_chunk(ch, nch, 15, 16, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 17, 18, EG_NE_LOC) && has_chunk(ch, nch, 19, 20, EG_NE_LOC));
    /* a demonym before a minister's portfolio is the name, not an organization of both */
    const char *y[] = {"Kazakh", "Energy", "Minister", "Nurlan", "Akhmetov", "said", "."};
    nch = tag_words(d, ws, y, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_MISC) && !has_chunk(ch, nch, 0, 2, EG_NE_ORG));
    /* a title after a noun of works is the work's */
    const char *z[] = {"Sony", "pulled", "the", "video", "game", "Cyberpunk", "2077", "and",
                       "her", "album", "The", "Tortured", "Poets", "Department", "sold", "."};
    nch = tag_words(d, ws, z, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_MISC) && has_chunk(ch, nch, 10, 14, EG_NE_MISC));
    /* a "person" of one word that the article names as a firm is the firm, unless a person
     * the article names in full bears it */
    const char *fp[] = {"Moderna", "Inc", "shares", "rose", ".", "Doses", "of", "the", "Moderna",
                        "vaccine", "went", "out", ".", "Gautam", "Adani", "denied", "it", ".",
                        "Adani", "Group", "shares", "fell", ".", "Adani", "said", "no", "."};
    nch = tag_words(d, ws, fp, 27, (uint32_t[]){0, 5, 13, 18, 23}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG));  /* the Moderna vaccine */
    CHECK(has_chunk(ch, nch, 23, 24, EG_NE_PER)); /* Adani said */
    /* two countries in a result line are national teams, places as in CoNLL-2003 */
    const char *rl[] = {"Russia", "5", "United", "States", "3"};
    nch = tag_words(d, ws, rl, 5, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_LOC) && has_chunk(ch, nch, 2, 4, EG_NE_LOC));
    /* the crude benchmark is MISC, the country before it LOC */
    const char *cb[] = {"Brent", "rose", ",", "while", "U.S.", "West", "Texas", "Intermediate",
                        "(", "WTI", ")", "crude", "gained", "0.8", "%", "."};
    nch = tag_words(d, ws, cb, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_LOC) && has_chunk(ch, nch, 5, 8, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 9, 10, EG_NE_MISC));
    const char *mx[] = {"Brent", "crude", "futures", "rose", ".", "Gol", "flew", "a", "Boeing",
                        "737", "MAX", "and", "resumed", "MAX", "flights", "."};
    nch = tag_words(d, ws, mx, 16, (uint32_t[]){0, 5}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_MISC) && has_chunk(ch, nch, 13, 14, EG_NE_MISC));
    /* a name before an apposition that says what body it is: a charity, a party */
    const char *rpg[] = {"Volunteers", "from", "Khalsa", "Aid", ",", "a", "British", "charity",
                         ",", "set", "up", "kitchens", ".", "It", "backed", "EH", "Bildu", ",",
                         "a", "party", "that", "critics", "fear", "."};
    nch = tag_words(d, ws, rpg, 24, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG) && has_chunk(ch, nch, 15, 17, EG_NE_ORG));
    /* Norway's "ASA" after a name the model took for a person's ends a firm's name */
    const char *na[] = {"Chief", "executive", "Jaana", "Rasanen", "said", "Arktiva", "had",
                        "chosen", "Nordhavn", "Rederi", "ASA", "to", "ship", "loaders", "."};
    nch = tag_words(d, ws, na, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_ORG));
    /* a body's name the model left out before its officer's title and name */
    const char *ob[] = {"HTS",  "leader",     "Abu",     "Mohammed", "al-Golani", "said", "it",
                        "would", "rule",      ".",       "Junts",    "spokeswoman", "Miriam",
                        "Nogueras", "said",   "no",      ".",        "Dublin-born", "director",
                        "Neil",  "Jordan",    "spoke",   "."};
    nch = tag_words(d, ws, ob, 23, (uint32_t[]){0, 10, 17}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 10, 11, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 17, 18, EG_NE_ORG) && has_chunk(ch, nch, 19, 21, EG_NE_PER));
    /* a name the article calls a city is a place wherever it stands alone, and so is its old
     * name told after it; the firm named after the town keeps its name */
    const char *np[] = {"Adama", "Cement", "Share", "Company", "has", "a",      "plant",
                        "in",    "the",    "city",  "of",      "Adama", ".",      "Adama",
                        ",",     "formerly", "known", "as",    "Nazret", ",",    "lies",
                        "south", "."};
    nch = tag_words(d, ws, np, 23, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 4, EG_NE_ORG) && has_chunk(ch, nch, 11, 12, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_LOC) && has_chunk(ch, nch, 18, 19, EG_NE_LOC));
    /* a listed family name of no syllable's shape before a hyphened given name */
    const char *ah[] = {"The", "party", "nominated", "Ahn", "Cheol-soo", "on", "Monday", "."};
    nch = tag_words(d, ws, ah, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_PER));
    /* two capitalized words between a title and a verb of saying are a person */
    const char *tsp[] = {"Chief", "Executive", "Christian", "Sewing", "said", "the", "bank",
                        "would", "cut", "jobs", "."};
    nch = tag_words(d, ws, tsp, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_PER));
    /* an industry's giant, a cooperative, "the company behind" are firms; a giant of jazz
     * is no firm */
    const char *fg[] = {"Meituan", ",",     "the",     "food",   "delivery", "giant", ",",
                        "said",    "profit", "rose",   ".",      "Chiliz",   ",",     "the",
                        "company", "behind", "Socios", ",",      "said",     "so",    ".",
                        "Kowalczyk", ",",   "a",       "giant",  "of",       "jazz",  ",",
                        "died",    "."};
    nch = tag_words(d, ws, fg, 30, (uint32_t[]){0, 11, 21}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 11, 12, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 21, 22, EG_NE_ORG));
    /* a word ending in the Turkish "spor" names a club, with its town */
    const char *sp[] = {"The", "conglomerate", "has", "owned", "Bursa", "Yildizspor", "since",
                        "1998", "."};
    nch = tag_words(d, ws, sp, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG));
    /* a label's, a studio's or a team's last word says it is a firm */
    const char *dr[] = {"The", "album", ",", "released", "by", "Decca", "Records", ",",
                        "sold", "well", "."};
    nch = tag_words(d, ws, dr, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG));
    /* a storm the model took whole for a body (Otis, the elevator maker) */
    const char *ho[] = {"Insured", "losses", "from", "Hurricane", "Otis", "in", "Mexico",
                        "could", "reach", "$", "3", "billion", "."};
    nch = tag_words(d, ws, ho, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC) && !has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    /* a contest the model took for a body */
    const char *ev[] = {"Swedish", "singer", "Loreen", "won", "the", "Eurovision", "Song",
                        "Contest", "for", "a", "second", "time", "."};
    nch = tag_words(d, ws, ev, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_MISC));
    /* a person's surname alone that a town and its club bear, the person named in full */
    const char *jb[] = {"A",      "report", "about", "a",      "book",   "by",   "former",
                        "national", "security", "adviser", "John", "Bolton", "increased",
                        "pressure", "on",   "Republicans", ".",   "Bolton", "writes", "in",
                        "the",    "unpublished", "manuscript", "that", "Trump", "told",
                        "him",    "in",     "August", "he",     "wanted", "aid",  "frozen", "."};
    nch = tag_words(d, ws, jb, 34, (uint32_t[]){0, 17}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_PER) && has_chunk(ch, nch, 17, 18, EG_NE_PER));
    /* a draw's group named by a letter is no name, and the competition's ends before it */
    const char *grp[] = {"Barcelona", "are", "top",       "of",     "Group", "G",     "and",
                         "Juventus",  "went", "top",      "of",     "Champions", "League",
                         "Group",     "F",   "."};
    nch = tag_words(d, ws, grp, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 4, 6, EG_NE_MISC) && !has_chunk(ch, nch, 4, 6, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_MISC));
    const char *bbg[] = {"Bull", "and", "Bear", "Group", "A", "said", "it", "lowered", "its",
                         "monthly", "dividends", "."};
    nch = tag_words(d, ws, bbg, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(nch > 0 && ch[0].type == EG_NE_ORG && ch[0].end >= 4); /* a firm's "Group" stays */
    /* a minister's portfolio of two words joined by "and" is no name */
    const char *pfl[] = {"Power", "and", "Energy", "Minister", "Kanchana", "Wijesekera",
                         "said", "fuel", "would", "run", "out", "."};
    nch = tag_words(d, ws, pfl, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(nch == 1 && has_chunk(ch, nch, 4, 6, EG_NE_PER));
    /* a "place" with a chief executive is a firm, and so is the word alone in the article */
    const char *auw[] = {"Uber", "will", "sell", "its", "unit", "to", "Aurora", ".",
                         "Aurora", "Chief", "Executive", "Chris", "Urmson", "said", "so", "."};
    nch = tag_words(d, ws, auw, 16, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG) && has_chunk(ch, nch, 6, 7, EG_NE_ORG));
    /* a "person" after a firm's possessive, the firm named with its legal form: its unit */
    const char *wmo[] = {"Alphabet", "Inc", "'s", "Waymo", "opened", "a", "service", "in",
                         "Phoenix", "."};
    nch = tag_words(d, ws, wmo, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));
    /* a name of one word after "near" is a place, also where a club bears it */
    const char *nearw[] = {"Kivijarvi", "will", "shut", "a",    "board",  "machine", "at",
                           "its",       "mill", "near", "Umea", "in",     "northern", "Sweden",
                           ".",         "It",   "will", "end",  "its",    "sponsorship", "of",
                           "ice",       "hockey", "club", "Umea", "Ravens", "."};
    nch = tag_words(d, ws, nearw, 27, (uint32_t[]){0, 15}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_LOC));
    /* a word the model left out after "near" or "the city of" is a place */
    const char *nce[] = {"He", "lives", "in", "the", "French", "city", "of", "Nice", ".",
                         "A", "soldier", "was", "killed", "near", "Hadrut", "in", "October",
                         "."};
    nch = tag_words(d, ws, nce, 18, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC) && has_chunk(ch, nch, 14, 15, EG_NE_LOC));
    /* the names of a list before "counties" are places */
    const char *cty[] = {"Officials", "in", "Fulton", ",", "Gwinnett", "and", "Cobb",
                         "counties", "were", "still", "processing", "ballots", "."};
    nch = tag_words(d, ws, cty, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_LOC) && has_chunk(ch, nch, 6, 7, EG_NE_LOC));
    /* and a river on whose banks a plant stands, beside a firm of its name */
    const char *rvr[] = {"Satluj", "Agro", "Foods", "Private", "Limited", "plans", "to",
                         "double", "exports", ".",  "It",    "will",    "build",  "a",
                         "plant",  "on",   "the",   "banks", "of",      "the",    "Satluj", "."};
    nch = tag_words(d, ws, rvr, 22, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 20, 21, EG_NE_LOC));
    /* a holiday and its day are no place */
    const char *ce[] = {"Costa", "Rica", "started", "inoculations", "on", "Christmas", "Eve",
                        "with", "the", "vaccine", "."};
    nch = tag_words(d, ws, ce, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_MISC));
    /* a headline's topic code joined to its first word is no name of one word; a firm's set
     * off by a comma is */
    const char *tc[] = {"NFL-Rookie", "leads", "Chiefs", "to", "win", ".", "PGI-Houtex", ",",
                        "a", "Houston", "company", ",", "said", "so", "."};
    nch = tag_words(d, ws, tc, 15, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 0, 1, EG_NE_ORG) && !has_chunk(ch, nch, 0, 1, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG));
    /* so are two codes ("OLYMPICS-ATHLETICS-Photo finish") */
    const char *t2[] = {"OLYMPICS-ATHLETICS-Photo", "finish", "hands", "Lyles", "gold", "."};
    nch = tag_words(d, ws, t2, 6, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 0, 1, EG_NE_MISC) && !has_chunk(ch, nch, 0, 1, EG_NE_ORG) &&
          !has_chunk(ch, nch, 0, 1, EG_NE_PER) && has_chunk(ch, nch, 3, 4, EG_NE_PER));
    /* a firm's name before a legal form of three words takes in a Romance "of" between its
     * capitalized words */
    const char *ro[] = {"On", "Monday", "Petrolera", "del", "Istmo", "SA", "de", "CV", "shut",
                        "a", "pipeline", "."};
    nch = tag_words(d, ws, ro, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 8, EG_NE_ORG));
    /* a quantifier or a count of times opening a sentence is no word of the name after it */
    const char *qo[] = {"Several", "African", "governments", "backed", "it", ".", "Seven-times",
                        "world", "champion", "Lewis", "Hamilton", "won", ".", "All", "Nippon",
                        "Airways", "said", "so", "."};
    nch = tag_words(d, ws, qo, 19, (uint32_t[]){0, 6, 13}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_MISC) && !has_chunk(ch, nch, 0, 2, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 6, 7, EG_NE_MISC) && has_chunk(ch, nch, 9, 11, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_ORG));
    /* the rules see a sentence whose one capital is its first word when the article never
     * writes that word in lower case ("Brent" alone before lower-case words) */
    const char *bh[] = {"Brent", "crude", "held", "near", "highs", "at", "$", "51.20", "a",
                        "barrel", "."};
    nch = tag_words(d, ws, bh, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_MISC));
    /* a name opening with a Latin capital beyond Latin-1 is capitalized ("Łukasz", "Ștefan") */
    const char *lc[] = {"\xC5\x81ukasz", "Wr\xC3\xB3\x62lewski", "met", "\xC8\x98tefan",
                        "B\xC4\x83l\xC4\x83nescu", "in", "Warsaw", "."};
    nch = tag_words(d, ws, lc, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_PER) && has_chunk(ch, nch, 3, 5, EG_NE_PER));
    /* a stock index named before "index" */
    const char *ix[] = {"The", "STOXX", "600", "index", "fell", "and", "the", "Bovespa",
                        "index", "rose", "."};
    nch = tag_words(d, ws, ix, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_MISC) && !has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* a name after a performer's noun is a person's, in its other mentions too */
    const char *pn[] = {"Puerto", "Rican", "rapper", "Bad", "Bunny", "led", "the", "chart",
                        ".", "Bad", "Bunny", "said", "so", "."};
    nch = tag_words(d, ws, pn, 14, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_PER) && has_chunk(ch, nch, 9, 11, EG_NE_PER));
    /* a team's nickname the article gives in full elsewhere names the team alone too */
    const char *tn[] = {"The", "Kansas", "City", "Chiefs", "won", "again", ".", "Chiefs",
                        "coach", "Andy", "Reid", "was", "pleased", "."};
    nch = tag_words(d, ws, tn, 14, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* a national side's nickname is the team, in capitals too; not the colours "All black" */
    const char *nn[] = {"Former", "Wallaby", "captain", "Michael", "Lynagh", "spoke", ".",
                        "Matildas", "coach", "Tony", "Gustavsson", "was", "pleased", ".",
                        "SOUTH", "AFRICA", "BEAT", "ALL", "BLACKS", "32-22", ".", "Playing",
                        "colours", ":", "All", "black", "."};
    nch = tag_words(d, ws, nn, 27, (uint32_t[]){0, 7, 14, 21}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG) && has_chunk(ch, nch, 7, 8, EG_NE_ORG) &&
          has_chunk(ch, nch, 17, 19, EG_NE_ORG) && !has_chunk(ch, nch, 24, 26, EG_NE_ORG));
    /* a name before an apposition that says what firm it is; not an adverb */
    const char *fa[] = {"Voltwerk", ",", "a", "maker", "of", "home", "batteries", ",", "raised",
                        "cash", ".", "Moreover", ",", "the", "company", "said", "so", "."};
    nch = tag_words(d, ws, fa, 18, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && !has_chunk(ch, nch, 11, 12, EG_NE_ORG));
    const char *fb[] = {"Kessler", "and", "Brandt", ",", "a", "law", "firm", "based", "in",
                        "Vienna", ",", "advised", "it", "."};
    nch = tag_words(d, ws, fb, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* so does one that opens with "its"; not a person's role ("Smith, its chief executive") */
    const char *fi[] = {"Air", "India", "is", "merging", "with", "Vistara", ",", "its", "joint",
                        "venture", "with", "Singapore", "Airlines", ".", "He", "met", "Smith",
                        ",", "its", "chief", "executive", "."};
    nch = tag_words(d, ws, fi, 22, (uint32_t[]){0, 14}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG) && !has_chunk(ch, nch, 16, 17, EG_NE_ORG));
    const char *fq[] = {"The", "paper", "said", "A.G.", "Sulzberger", ",", "its", "publisher",
                        ",", "would", "speak", "."};
    nch = tag_words(d, ws, fq, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 5, EG_NE_ORG)); /* a noun people bear too after "its" */
    /* "JSC" ends a firm's name the model left out */
    const char *js[] = {"a", "shot", "made", "by", "Nanogen", "Pharmaceutical", "Biotechnology",
                        "JSC", "."};
    nch = tag_words(d, ws, js, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_ORG));
    /* a word before a firm's word, after one in lower case, is the firm's name */
    const char *fh[] = {"Salesforce", "will", "buy", "messaging", "app", "Slack",
                        "Technologies", "for", "cash", "."};
    nch = tag_words(d, ws, fh, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG));
    /* a name after a noun for an organization, a team's after a team's noun; not a national
     * team, a title, a person of two words, or "fund" the verb */
    const char *cn[] = {"Prize", "money", "came", "from", "game", "developer", "Valve", ",",
                        "hedge", "fund", "Qantrel", "and", "Italian", "side", "Juventus", "."};
    nch = tag_words(d, ws, cn, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG) && has_chunk(ch, nch, 10, 11, EG_NE_ORG) &&
          has_chunk(ch, nch, 14, 15, EG_NE_ORG));
    const char *cu[] = {"The", "services", "union", "Verdi", "called", "a", "strike", "."};
    nch = tag_words(d, ws, cu, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));
    const char *lb[] = {"Business", "lobby", "Confindustria", "warned", "that", "firms",
                        "would", "fail", "."};
    nch = tag_words(d, ws, lb, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));
    /* "lobby" the verb: no organization after it, nor after "lobbies" */
    const char *lv[] = {"Farmers", "lobby", "Schumer", "on", "the", "issue", ".", "Johnson",
                        "lobbies", "Merkel", ",", "Macron", "and", "Rutte", "."};
    nch = tag_words(d, ws, lv, 15, (uint32_t[]){0, 7}, 2, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].type != EG_NE_ORG);
    }
    const char *cx[] = {"Aid", "money", "came", ".",      "Donors", "will",  "fund",
                        "HIV", "care", ",",   "real", "estate", "developer", "Leonard", "Chavin",
                        "said", ",",    "and",  "national", "side", "Brazil", "won", "."};
    nch = tag_words(d, ws, cx, 23, (uint32_t[]){0, 4}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 7, 8, EG_NE_ORG) && !has_chunk(ch, nch, 13, 15, EG_NE_ORG) &&
          has_chunk(ch, nch, 13, 15, EG_NE_PER) && !has_chunk(ch, nch, 20, 21, EG_NE_ORG));
    /* a name of a firm's word, first or last, in English or another language, is a firm's */
    const char *fw[] = {"The",    "stake",  "will", "be", "held",       "by",
                        "Valdivia", "Energ\xc3\xad\x61", ",", "the", "former",
                        "Compa\xc3\xb1\xc3\xad\x61", "El\xc3\xa9\x63trica", "del", "Norte", "."};
    nch = tag_words(d, ws, fw, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_ORG) && has_chunk(ch, nch, 11, 15, EG_NE_ORG));
    const char *agro[] = {"Doaba",   "Agro",     "will",  "cut",  "prices", ",",  "and",
                        "Seabra",  "T\303\252xteis", "will", "not", "."};
    nch = tag_words(d, ws, agro, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_ORG) && has_chunk(ch, nch, 7, 9, EG_NE_ORG));
    /* a city that plays in a sentence with a score is its team; not a country, a venue
     * after "at", or a city that "won" no score */
    const char *ms[] = {"Toronto", "beat",   "Boston",    "112-104", "and", "Australia", "beat",
                        "India",   "3-1",    ",",         "while",   "Arsenal", "lost", "2-0",
                        "at",      "Old",    "Trafford",  ".",       "Oregon",  "won",   "two",
                        "contracts", "."};
    nch = tag_words(d, ws, ms, 23, (uint32_t[]){0, 18}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 2, 3, EG_NE_ORG) &&
          !has_chunk(ch, nch, 5, 6, EG_NE_ORG) && !has_chunk(ch, nch, 7, 8, EG_NE_ORG) &&
          !has_chunk(ch, nch, 15, 17, EG_NE_ORG) && !has_chunk(ch, nch, 18, 19, EG_NE_ORG));
    /* a firm's name that opens with a body's word in another language runs on over a
     * particle and a place; "PT" before a firm's name is its legal form */
    const char *ff[] = {"It",  "works",     "with",      "Indonesian", "steelmaker", "PT",
                        "Baja", "Kalimantan", "Sejahtera", "Tbk",       "and",        "Corporacion",
                        "Minera", "del",     "Altiplano", "."};
    nch = tag_words(d, ws, ff, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 10, EG_NE_ORG) && has_chunk(ch, nch, 11, 15, EG_NE_ORG));
    /* over a particle the name lists don't hold ("do", "y", "des") and a name the model typed
     * otherwise ("des" "Gaz Sahariens", a person to the model) */
    const char *pf[] = {"Shares", "of", "Banco", "Atl\303\242ntico", "do", "Norte", "and",
                        "Sociedad", "Qu\303\255mica", "y", "Minera", "fell", ",", "while",
                        "Soci\303\251t\303\251", "Nationale", "des", "Gaz", "Sahariens", "rose",
                        "."};
    nch = tag_words(d, ws, pf, 21, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG) && has_chunk(ch, nch, 7, 11, EG_NE_ORG) &&
          has_chunk(ch, nch, 14, 19, EG_NE_ORG));
    /* not a verb's "do" before a day, nor "y" before a person */
    const char *dy[] = {"Investors", "will", "watch", "what", "Banco", "Santander", "do",
                        "Thursday", ",", "and", "Grupo", "Televisa", "y", "Carlos", "Slim",
                        "signed", "the", "deal", "."};
    nch = tag_words(d, ws, dy, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG) && has_chunk(ch, nch, 10, 12, EG_NE_ORG) &&
          has_chunk(ch, nch, 13, 15, EG_NE_PER));
    /* a name that ends with a law's, a treaty's or a contest's noun is MISC */
    const char *mh[] = {"Lawmakers", "passed", "the", "Trade", "and", "Cooperation", "Agreement",
                        "and", "the", "Freedom", "of", "Information", "Act", "."};
    nch = tag_words(d, ws, mh, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 7, EG_NE_ORG) && !has_chunk(ch, nch, 9, 13, EG_NE_ORG));
    const char *mp[] = {"It",        "revives", "the",  "Paycheck", "Protection", "Program", ",",
                        "funds",     "Operation", "Warp", "Speed",  "and",        "the",
                        "World",     "Food",    "Programme", "."};
    nch = tag_words(d, ws, mp, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_MISC) && has_chunk(ch, nch, 8, 11, EG_NE_MISC) &&
          !has_chunk(ch, nch, 13, 16, EG_NE_MISC));
    /* or its words after the model's ("Operation Warp" "Speed") */
    const char *ows[] = {"Officials", "running", "Operation", "Warp", "Speed", "said", "doses",
                         "would", "ship", "."};
    nch = tag_words(d, ws, ows, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_MISC));
    /* a race, a motor racing series and a tournament are MISC; a place before "Grand Prix"
     * is the race's; a firm whose name the article writes with more words after is a firm */
    const char *gp[] = {"Max",   "Verstappen", "won", "the",    "Abu",       "Dhabi", "Grand",
                        "Prix",  "for",        "his", "tenth",  "Formula",   "One",   "win",
                        ".",     "She",        "won", "the",    "Valencia",  "Marathon", "and",
                        "the",   "Paris",      "Masters", ".",  "Analyst",   "Jim",   "Doak",
                        "of",    "First",      "Marathon", "Securities", "Ltd", "spoke", ".",
                        "First", "Marathon",   "said", "it",  "agreed",    "."};
    nch = tag_words(d, ws, gp, 41, (uint32_t[]){0, 15, 25, 35}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_MISC));   /* Abu Dhabi Grand Prix */
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_MISC)); /* Formula One */
    CHECK(has_chunk(ch, nch, 18, 20, EG_NE_MISC) && has_chunk(ch, nch, 22, 24, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 35, 37, EG_NE_MISC)); /* First Marathon */
    /* a mine's, a field's, a pipeline's name is a place's, a firm's with its legal form not */
    const char *mn[] = {"Output",   "fell",   "at",      "its",   "Radomiro", "Tomic",  "mine",
                        "and",      "the",    "Kuvanta", "gas",   "field",    ".",      "The",
                        "Trunkline", "Gas",   "Co",      "pipeline", "closed",  "."};
    nch = tag_words(d, ws, mn, 20, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_LOC) && has_chunk(ch, nch, 9, 10, EG_NE_LOC));
    CHECK(!has_chunk(ch, nch, 14, 17, EG_NE_LOC));
    /* a regional Fed with its city, the Treasury before its secretary, a firm's "&" */
    const char *fd[] = {"Treasury", "Secretary", "Steven", "Mnuchin", "met", "Cleveland",
                        "Fed",      "President", "Loretta", "Mester", ".", "Her",
                        "lawyer",   "is",        "of",      "Tolliver", "Ebbesen", "&",
                        "Cray",     "LLP",       "."};
    nch = tag_words(d, ws, fd, 21, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 5, 7, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 15, 20, EG_NE_ORG));
    /* a person's name, "&" and a partnership's word are a firm */
    const char *kc[] = {"Catastrophe", "modeller", "Karen", "Clark",  "&",     "Company",
                        "estimated",   "insured",  "losses", "at",    "about", "$",
                        "4",           "billion",  "."};
    nch = tag_words(d, ws, kc, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG));
    /* a name between "its" and a product's noun is the product's; not a firm with its legal
     * form ("its AlloyTek Inc jet engine subsidiary") */
    const char *pq[] = {"Tickets",  "sold", "through", "its", "VoeAzul", "app", "are", "valid",
                        ".",        "It",   "hit",     "its", "Sputnik", "V",   "vaccine",
                        "targets",  ".",    "Losses",  "at",  "its",     "AlloyTek", "Inc",
                        "jet",      "engine", "subsidiary", "rose", "."};
    nch = tag_words(d, ws, pq, 27, (uint32_t[]){0, 9, 17}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC) && has_chunk(ch, nch, 12, 14, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 20, 22, EG_NE_MISC));
    const char *ps[] = {"It", "bought", "doses", "of", "Russia", "'s", "Sputnik", "V", "vaccine",
                        "."};
    nch = tag_words(d, ws, ps, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC) && has_chunk(ch, nch, 4, 5, EG_NE_LOC));
    /* a chatbot's name, a listed place's word after its first ("Bot"); not a place first */
    const char *pcb[] = {"Baidu", "showed", "off", "its",  "Ernie", "Bot",    "chatbot", ",",
                        "and",   "expanded", "its", "Hong", "Kong", "service", "."};
    nch = tag_words(d, ws, pcb, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_MISC) && !has_chunk(ch, nch, 11, 13, EG_NE_MISC));
    /* a state that plays in a cricket report is its team; a venue after "in" stays a place */
    const char *cs[] = {"In",       "Hobart",  ":",      "Tasmania", "312-6", "(",       "David",
                        "Boon",     "118",     ")",      "v",        "Victoria", ".",    "Boon",
                        "batted",   "for",     "five",   "hours",    "as",     "Tasmania", "lost",
                        "two",      "wickets", "in",     "Hobart",   "."};
    nch = tag_words(d, ws, cs, 26, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG) && has_chunk(ch, nch, 11, 12, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_ORG) && has_chunk(ch, nch, 24, 25, EG_NE_LOC));
    /* the name after a rider's nationality in brackets is the team's, and after "to" in a
     * transfer; not another person of a list, nor a record's place before its date */
    const char *bt[] = {"Pieter", "Van",    "Looy",   "(",        "Belgium", ")",     "Lotto",
                        "Soudal", "to",     "Kelvora", "Racing",  ".",       "Maria", "Mutola",
                        "(",      "Mozambique", ")",  "Brussels", "25.8.95", "."};
    nch = tag_words(d, ws, bt, 20, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_ORG) && has_chunk(ch, nch, 9, 11, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 17, 18, EG_NE_ORG));
    /* in a Formula One report the team after a driver's nationality, even one the model
     * names MISC for the rest of the article (modern20's Sakhir Grand Prix report) */
    {
        char f1[] = "SAKHIR , Bahrain , Dec 6 ( Reuters ) - Mexican Sergio Perez won the Sakhir "
                    "Grand Prix for Racing Point on Sunday , taking his first Formula One "
                    "victory . | Perez has no seat after Racing Point signed Sebastian Vettel . | "
                    "1 . Sergio Perez ( Mexico ) Racing Point 1:31:15.114";
        const char *tw[64];
        uint32_t ts[8];
        size_t ntw = 0, nts = 0;
        ts[nts++] = 0;
        for (char *tok = strtok(f1, " "); tok && ntw < 64; tok = strtok(NULL, " ")) {
            if (strcmp(tok, "|") == 0) {
                ts[nts++] = (uint32_t)ntw;
            } else {
                tw[ntw++] = tok;
            }
        }
        nch = tag_words(d, ws, tw, ntw, ts, nts, &ch, &cap);
        CHECK(has_chunk(ch, nch, ntw - 3, ntw - 1, EG_NE_ORG)); /* Racing Point 1:31:15.114 */
    }
    /* a university's name is an organization's; a university hospital's a place */
    const char *un[] = {"She",      "teaches", "law",  "at",     "Wexford", "University", ",",
                        "and",      "works",   "at",   "Taipei", "University", "Hospital", "."};
    nch = tag_words(d, ws, un, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG) && !has_chunk(ch, nch, 10, 13, EG_NE_ORG));
    /* and with the school's city after its head */
    const char *qub[] = {"He", "is", "a", "trade", "adviser", "at", "Queen", "'s", "University",
                         "Belfast", "."};
    nch = tag_words(d, ws, qub, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 10, EG_NE_ORG));
    /* a sentence's first word before a firm's noun and a name is no name */
    const char *om[] = {"The",      "Cybersecurity", "and",      "Infrastructure", "Security",
                        "Agency",   "said",          "so",       ".",              "Cybersecurity",
                        "firm",     "FireEye",       "Inc",      ",",              "which",
                        "disclosed", "the",          "hack",     ",",              "said",
                        ".",        "Salomon",       "cuts",     "refiner",        "Q3",
                        "EPS",      "view",          "."};
    nch = tag_words(d, ws, om, 28, (uint32_t[]){0, 9, 21}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_ORG) && !has_chunk(ch, nch, 9, 10, EG_NE_ORG));
    /* a name after "the edge of", "north of" is a place, not the club named after it */
    const char *eo[] = {"Bratislava", "Rovers", "sold", "Hudak", ".", "Bratislava", "Rovers",
                        "will", "move", "to", "a", "stadium", "on", "the", "edge", "of",
                        "Bratislava", "."};
    nch = tag_words(d, ws, eo, 18, (uint32_t[]){0, 5}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_LOC));
    /* a name before a region's noun is the region */
    const char *rg[] = {"Parcels", "piled", "up", "at", "a", "warehouse", "in", "Binh", "Duong",
                        "province", "near", "Ho", "Chi", "Minh", "City", "."};
    nch = tag_words(d, ws, rg, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_LOC));
    /* a name set off before "a city", "the port" is the place's */
    const char *ap[] = {"Paysandu", ",", "a", "city", "of", "75,000", "people", ",",
                        "celebrated", "."};
    nch = tag_words(d, ws, ap, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_LOC));
    /* and before a land's noun, though the article names a firm after it */
    const char *tp[] = {"Tihama", "Minerals", "Co",      "plans", "an",   "offering", ".",
                        "Tihama", ",",        "the",     "coastal", "plain", "that",  "gives",
                        "the",    "company",  "its",     "name",  ",",    "runs",     "along",
                        "the",    "Red",      "Sea",     "."};
    nch = tag_words(d, ws, tp, 25, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC));
    /* a place's noun before the head: "the desert region" */
    const char *dsr[] = {"The",    "fund",   "takes", "its",    "name", "from", "Al",
                        "Dhafra", ",",      "the",   "desert", "region", "in", "the",
                        "west",   "of",     "Abu",   "Dhabi",  "."};
    nch = tag_words(d, ws, dsr, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_LOC));
    /* a capital legal form that opens a firm's name opens an organization's */
    const char *opf[] = {"PT",   "Bara", "Khatulistiwa", "said",     "it",   "would",
                        "use",  "the",  "proceeds",     "to",       "cut",  "debt",
                        ".",    "Shares", "in",         "PT",       "Bara", "Khatulistiwa",
                        "Tbk",  "rose", "."};
    nch = tag_words(d, ws, opf, 21, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG) && has_chunk(ch, nch, 15, 19, EG_NE_ORG));
    /* a sovereign's title and a given name: the person, without the title; not a ship */
    const char *qe[] = {"Queen",  "Elizabeth", "hosted", "the",     "leaders", "at",
                        "the",    "Eden",      "Project", "on",     "Friday",  "evening",
                        ".",      "The",       "leaders", "later",  "toured",  "the",
                        "Queen",  "Mary",      "liner",   "moored", "at",      "the",
                        "dock",   ".",         "Officials", "said", "the",     "talks",
                        "had",    "gone",      "well",    "."};
    nch = tag_words(d, ws, qe, 34, (uint32_t[]){0, 13, 26}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_PER) && !has_chunk(ch, nch, 19, 20, EG_NE_PER));
    /* a person named with a sovereign's title inside: the title left out; a prince's kept */
    const char *ka[] = {"Jordan", "'s",   "King",     "Abdullah", "met", "Biden", ".",
                        "It",     "received", "approval", "from", "Emperor", "Naruhito", "."};
    nch = tag_words(d, ws, ka, 14, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_PER) && has_chunk(ch, nch, 12, 13, EG_NE_PER));
    /* a possessive opening a sentence is no word of the name after it */
    const char *hp[] = {"Her", "Popular", "Force", "party", "said", "it", "had", "found",
                        "irregularities", "."};
    nch = tag_words(d, ws, hp, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG));
    /* a listed place's name and "Gate" is a place, not a person */
    const char *dg[] = {"The",      "march",   "will",    "pass",     "Damascus", "Gate",
                        "but",      "organisers", "agreed", "to",     "keep",     "it",
                        "out",      "of",      "the",     "Muslim",   "Quarter",  ",",
                        "police",   "said",    ".",       "Police",   "officers", "patrol",
                        "near",     "Damascus", "Gate",   "in",       "Jerusalem", "'s",
                        "Old",      "City",    ".",       "Mr",       "Gate",     "said",
                        "the",      "plan",    "was",     "fine",     "."};
    nch = tag_words(d, ws, dg, 41, (uint32_t[]){0, 21, 33}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_LOC) && has_chunk(ch, nch, 25, 27, EG_NE_LOC));
    CHECK(!has_chunk(ch, nch, 33, 35, EG_NE_LOC) && !has_chunk(ch, nch, 34, 35, EG_NE_LOC));
    /* a works named "... Plant" is a site, not a firm; a person of two words is a person */
    const char *wk[] = {"Workers", "walked",  "out",     "at",       "Ford",    "'s",
                        "Michigan", "Assembly", "Plant", "in",       "Wayne",   ",",
                        "Michigan", ",",       "on",      "Friday",   ".",       "The",
                        "company", "said",    "talks",   "with",     "the",     "union",
                        "would",   "continue", "over",   "the",      "weekend", ".",
                        "Robert",  "Plant",   "sang",    "at",       "the",     "concert",
                        "."};
    nch = tag_words(d, ws, wk, 37, (uint32_t[]){0, 17, 30}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 9, EG_NE_LOC) && has_chunk(ch, nch, 30, 32, EG_NE_PER));
    /* capitals that are the initials of an organization the article names in full */
    const char *ua[] = {"The",     "United",  "Auto",    "Workers", "union",   "launched",
                        "strikes", "at",      "three",   "plants",  ".",       "The",
                        "plants",  "build",   "some",    "of",      "the",     "most",
                        "profitable", "vehicles", ".",   "UAW",     "President", "Shawn",
                        "Fain",    "said",    "the",     "union",   "would",   "widen",
                        "the",     "strike",  "."};
    nch = tag_words(d, ws, ua, 33, (uint32_t[]){0, 11, 21}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 21, 22, EG_NE_ORG));
    /* a competition's league the model left out */
    const char *lg[] = {"Empty",  "stadiums", "push",    "Premier", "League", "clubs",
                        "into",   "e-sports", "deals",   ".",       "Clubs",  "will",
                        "lose",   "money",    "this",    "season",  ",",      "the",
                        "report", "said",     "."};
    nch = tag_words(d, ws, lg, 21, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC));
    /* a line-up after a colon, most of it people: all of it people */
    const char *lu[] = {"England", ":", "Steward", ",", "May",    ",", "Marchant", ",",
                        "Tuilagi", ",", "Daly",    ",", "Ford",   ",", "Mitchell", ",",
                        "Marler",  ",", "George",  ",", "Cole",   ",", "Itoje",    "."};
    nch = tag_words(d, ws, lu, 24, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_PER) && has_chunk(ch, nch, 10, 11, EG_NE_PER) &&
          has_chunk(ch, nch, 12, 13, EG_NE_PER));
    /* "union" in lower case ends no name, as in every CoNLL-2003 train and dev sentence */
    const char *un2[] = {"The",      "United",  "Auto",   "Workers",   "union",   "launched",
                         "strikes",  "at",      "three",  "plants",    "on",      "Friday",
                         ".",        "The",     "union",  "said",      "talks",   "with",
                         "the",      "carmakers", "had",  "stalled",   "over",    "wages",
                         "and",      "pensions", ".",     "Workers",   "walked",  "out",
                         "at",       "midnight", "after", "the",       "contract", "expired",
                         "."};
    nch = tag_words(d, ws, un2, 37, (uint32_t[]){0, 13, 27}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));
    /* nor do "city", "island", "court", "parliament" (all outside in CoNLL-2003) */
    const char *nyc[] = {"Prices",  "rose",   "in",      "New",     "York",    "city",   "on",
                        "Monday",  ",",      "traders", "said",    ".",       "The",    "exchange",
                        "said",    "volumes", "were",   "light",   "as",      "investors",
                        "waited",  "for",    "data",    ".",       "Shares",  "of",     "banks",
                        "fell",    "after",  "the",     "report",  "was",     "published",
                        "late",    "in",     "the",     "day",     "."};
    nch = tag_words(d, ws, nyc, 38, (uint32_t[]){0, 12, 24}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC));
    const char *pan[] = {"Editors", "at",    "the",      "Press",   "Association", "news",
                        "agency",  "said",  "so",       "on",      "Monday",      "."};
    memcpy(nyc, pan, sizeof pan); /* the first sentence, the other two as they were */
    nch = tag_words(d, ws, nyc, 38, (uint32_t[]){0, 12, 24}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    /* a nickname in quotes between a person's given name and surname, where the model took
     * it for the name's first word */
    const char *qn[] = {"NEW",      "DELHI",    ",",        "November", "17",        "(",
                        "Reuters",  ")",        "-",        "Indian",   "industrialist",
                        "Rajendra", "\"",       "Raju",     "\"",       "Malhotra",  "will",
                        "hand",     "day-to-day", "control", "of",      "Malhotra",  "Industries",
                        "Limited",  "to",       "his",      "daughter", "."};
    nch = tag_words(d, ws, qn, 28, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 16, EG_NE_PER));
    /* the form's name goes on over a name the model gave the words after it; a club's "NK" */
    const char *opk[] = {"Indonesian", "coal",   "miner",  "PT",     "Sinar", "Kencana",
                         "Abadi",      "has",    "bought", "a",      "stake", "in",
                         "NK",         "Savinja", "Celje", ",",      "the",   "side",
                         "said",       "."};
    nch = tag_words(d, ws, opk, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_ORG) && has_chunk(ch, nch, 12, 15, EG_NE_ORG));
    /* and the name without its form where the article writes it again, over the model's
     * names inside it */
    const char *opr[] = {"Indonesian", "coal",     "miner",   "PT",       "Sinar",  "Kencana",
                         "Abadi",      "has",      "bought",  "a",        "75",     "percent",
                         "stake",      "in",       "NK",      "Savinja",  "Celje",  ",",
                         "the",        "first-division", "side", "said",  "on",     "Tuesday",
                         ".",          "Sinar",    "Kencana", "Abadi",    "(",      "SKA",
                         ")",          ",",        "which",   "is",       "listed", "in",
                         "Jakarta",    ",",        "is",      "controlled", "by",   "businessman",
                         "Hendra",     "Wirawan",  "."};
    nch = tag_words(d, ws, opr, 45, (uint32_t[]){0, 25}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 25, 28, EG_NE_ORG));
    /* and the word after the form is the firm's short name elsewhere */
    const char *opg[] = {"The",       "slide",       "came",      "as",     "PT",
                         "GoTo",      "Gojek",       "Tokopedia", ",",      "formed",
                         "by",        "the",         "merger",    "of",     "ride-hailing",
                         "app",       "Gojek",       "and",       "online", "marketplace",
                         "Tokopedia", ",",           "prepares",  "for",    "a",
                         "listing",   ".",           "Bukalapak", "slumps", "as",
                         "GoTo",      "readies",     "jumbo",     "listing", "GoTo",
                         "said",      "it",          "hoped",     "to",     "raise",
                         "$",         "1",           "billion",   "."};
    nch = tag_words(d, ws, opg, 44, (uint32_t[]){0, 27, 34}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 30, 31, EG_NE_ORG) && has_chunk(ch, nch, 34, 35, EG_NE_ORG));
    /* or before a participle: "the new city being built north of Doha" */
    const char *pb[] = {"Lusail", "Gas",  "Carriers", "Company", "chartered", "tankers", ".",
                        "It",     "takes", "its",     "name",    "from",      "Lusail",  ",",
                        "the",    "new",   "city",    "being",   "built",     "north",   "of",
                        "Doha",   "."};
    nch = tag_words(d, ws, pb, 23, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_LOC));
    /* a one-word "person" beside an organization is another, where no person bears it */
    const char *co[] = {"Analysts", "at",  "Grupo", "Aval",  "and",    "Davivienda", "said",
                        "rates",    "would", "fall", ".",    "Jacob",  "Zuma",       "spoke",
                        ".",        "The", "ANC",   "and",   "Zuma",   "agreed",     "."};
    nch = tag_words(d, ws, co, 21, (uint32_t[]){0, 11, 15}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_PER));
    /* so is a "person" of two words in a list of firms a kind of them introduces, not after
     * a noun of people */
    const char *fl[] = {"The",   "software", "maker", "is",    "owned",  "by",     "firms",
                        "Silver", "Lake",    "and",   "Thoma", "Bravo",  ",",      "filings",
                        "show",  ".",        "It",    "was",   "founded", "by",    "graduates",
                        "Karthik", "Venugopal", "and", "Meera", "Ahluwalia", "."};
    nch = tag_words(d, ws, fl, 27, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 21, 23, EG_NE_PER));
    /* a noun of a role that opens the sentence is no word of the name after it */
    const char *rn[] = {"Rifler", "Mads", "Brondum", ",", "who", "plays", "as", "kaizer", ",",
                        "was",    "named", "most",  "valuable", "player", "."};
    nch = tag_words(d, ws, rn, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_PER));
    const char *nb[] = {"Neighbouring", "Illinois", "launched", "online", "betting", "in",
                        "June", "."};
    nch = tag_words(d, ws, nb, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_LOC));
    /* a "firm" after a noun only people bear is a person, there and as its surname alone */
    const char *bm[] = {"Musk",  "'s",    "America", "PAC",     "sued",   ".",     "The",
                        "giveaway", "is", "run",     "by",      "a",      "group", "funded",
                        "by",    "billionaire", "Elon", "Musk", ".",      "Musk",  ",",
                        "the",   "chief", "executive", "of",    "Tesla",  ",",     "defended",
                        "it",    "."};
    nch = tag_words(d, ws, bm, 30, (uint32_t[]){0, 6, 19}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 16, 18, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_PER));
    /* a firm's name that opens with "X & Y" is those words alone too */
    const char *ks[] = {"Kellaway", "&",      "Stone",    "was",      "founded", "in",
                        "1972",     "by",     "Geoffrey", "Kellaway", "and",     "Douglas",
                        "Stone",    ".",      "Kellaway", "&",        "Stone",   "Group",
                        "(",        "K&S",    ")",        "made",     "a",       "bid",
                        "."};
    nch = tag_words(d, ws, ks, 25, (uint32_t[]){0, 14}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* a "person" set off by commas after a common noun of a body names it, not the head's */
    const char *bz[] = {"Bozize", "'s",   "party",  ",",      "Kwa",      "Na",       "Kwa",
                        ",",      "said", "it",     "would",  "boycott",  "the",      "vote",
                        ".",      "The",  "head",   "of",     "the",      "food",     "logistics",
                        "agency", ",",    "Bustanil", "Arifin", ",",      "has",      "said",
                        "."};
    nch = tag_words(d, ws, bz, 29, (uint32_t[]){0, 15}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 23, 25, EG_NE_ORG));
    /* a place of one or two words right before a body of two words or more is the body's
     * name, not before a country's court ("Brazil" + "Supreme Court") */
    const char *tr[] = {"Volunteers", "from",   "the",     "Tonga",    "Red",     "Cross",
                        "Society",    "have",   "handed",  "out",      "kits",    ",",
                        "and",        "a",      "nurse",   "at",       "Long",    "Island",
                        "Jewish",     "Medical", "Center", "was",      "inoculated", ".",
                        "A",          "Brazil", "Supreme", "Court",    "justice", "ruled",
                        "."};
    nch = tag_words(d, ws, tr, 31, (uint32_t[]){0, 24}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 16, 21, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 25, 28, EG_NE_ORG));
    /* a building's head, "of" and capitalized words is a place; not a church's */
    const char *bg[] = {"Pilgrims", "stay",   "home",     "as",      "Basilica", "of",
                        "Guadalupe", "shuts", "its",      "doors",   ".",        "Crowds",
                        "gathered", "outside", "the",     "Palace",  "of",       "the",
                        "Argentine", "Congress", "as",    "the",     "Church",   "of",
                        "England",  "said",   "."};
    nch = tag_words(d, ws, bg, 27, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 15, 20, EG_NE_LOC));
    CHECK(!has_chunk(ch, nch, 22, 25, EG_NE_LOC));
    /* a body's or a law's name of two subjects joined by "and" is one name; not after a body */
    const char *ab[] = {"Biden",   "signed", "the",      "CHIPS",   "and",     "Science",
                        "Act",     ",",      "and",      "the",     "England", "and",
                        "Wales",   "Cricket", "Board",   "said",    "it",      "backed",
                        "the",     "Bundesbank", "and",  "Finance", "Ministry", "."};
    nch = tag_words(d, ws, ab, 24, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 10, 15, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 19, 23, EG_NE_ORG));
    /* also after "The", with "Administration" the head */
    const char *ao[] = {"The",  "Occupational", "Safety",     "and",    "Health",
                        "Administration", "opened", "an",     "inquiry", ".",
                        "The",  "International", "Ski",       "and",    "Snowboard",
                        "Federation", "said", "160,000", "people", "came", "."};
    nch = tag_words(d, ws, ao, 21, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 6, EG_NE_ORG) && has_chunk(ch, nch, 11, 16, EG_NE_ORG));
    /* not a people's word alone before "and" */
    const char *xadm[] = {"Officials", "from",           "the",   "Saudi", "and",
                          "Trump",     "Administration", "teams", "met",   "."};
    nch = tag_words(d, ws, xadm, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 7, EG_NE_ORG));
    /* but a people's word and a body's words after "and" are one body */
    const char *xadm2[] = {"Funds", "went", "to", "the", "British", "and", "Foreign", "Bible",
                           "Society", "last", "year", "."};
    nch = tag_words(d, ws, xadm2, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 9, EG_NE_ORG));
    /* ... but for a law's name an acronym in parentheses defines: one organization with it */
    const char *ag[] = {"It",      "would",  "review",  "benefits", "under", "the",
                        "African", "Growth", "and",     "Opportunity", "Act", "(",
                        "AGOA",    ")",      ",",       "it",      "said",  "."};
    nch = tag_words(d, ws, ag, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 11, EG_NE_ORG));
    /* a town's name before ", the football club" is the club's */
    const char *osh[] = {"The", "sponsorship", "of", "Osh", "Barsy", ",", "the", "football",
                         "club", "owned", "by", "Osmonaliyev", ",", "ended", "."};
    nch = tag_words(d, ws, osh, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    /* two fields' names joined by "and" before "fields", a mine's name before its kind */
    const char *tg[] = {"Output",     "rose",    "at",       "the",    "giant",  "Tengiz",
                        "and",        "Kashagan", "fields",  ",",      "and",    "at",
                        "the",        "Chuquicamata", "underground", "copper", "mine", "."};
    nch = tag_words(d, ws, tg, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_LOC));
    /* "Entertainment" ends a firm's name; "Society" heads a body's, with "of" and its place */
    const char *le[] = {"The",    "film",   "is",      "a",        "co-production", "between",
                        "Warner", "Bros",   "and",     "Legendary", "Entertainment", ".",
                        "Critics", "including", "the", "Law",      "Society",       "of",
                        "Kenya",  "say",    "it",      "is",       "wrong",         "."};
    nch = tag_words(d, ws, le, 24, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 15, 19, EG_NE_ORG));
    /* a people's adjective before the army or the Red Cross the model named is the body's */
    const char *nga[] = {"The", "Nigerian", "Army", "said", "it", "paid", "no", "ransom", ",",
                         "and", "the",      "Croatian", "Red", "Cross", "agreed", "."};
    nch = tag_words(d, ws, nga, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_ORG));
    /* a horse race named after its place is an event; not a town of that name */
    const char *hr[] = {"Golden", "Sixty", "won", "the", "Hong",  "Kong",     "Mile",   "and",
                        "the",    "Kentucky", "Derby", ",", "then", "rested", "in",     "Thousand",
                        "Oaks",   "."};
    nch = tag_words(d, ws, hr, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 15, 17, EG_NE_MISC));
    /* a people's name before "Grand Prix" is the race's */
    const char *agp[] = {"Valtteri", "Bottas", "won", "a", "chaotic", "Austrian", "Grand",
                        "Prix", "for", "Mercedes", "on", "Sunday", "."};
    nch = tag_words(d, ws, agp, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_MISC));
    /* Spain's stage race with the place it tours, and alone */
    const char *vu[] = {"Roglic", "won", "the",     "Vuelta", "a",     "Espana", "for",
                        "a",      "third", "time", ".",      "The",   "Vuelta", "ends",
                        "in",     "Madrid", "."};
    nch = tag_words(d, ws, vu, 17, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_MISC));
    /* a tennis court named after a player */
    const char *tct[] = {"Swiatek", "beat",     "Gauff",    "on",  "Court", "Philippe",
                         "Chatrier", "on",      "Tuesday",  "."};
    nch = tag_words(d, ws, tct, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_LOC));
    /* a movement named with a number joined to a word */
    const char *fs[] = {"The", "coalition", "includes", "the", "5-Star", "Movement", "."};
    nch = tag_words(d, ws, fs, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG));
    /* a firm's name the second pass would cut where the article's persons bear its words */
    const char *bo[] = {"Brandt", "&", "Oyelaran", "Holdings", "Plc", "said", "it", "rejected",
                        "the",    "bid", ".",      "Founder", "Tunde", "Oyelaran", "and",
                        "chairman", "Geoffrey", "Brandt", "agreed", ".", "Oyelaran", "said",
                        "Brandt", "was", "right", "."};
    nch = tag_words(d, ws, bo, 26, (uint32_t[]){0, 11, 20}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 5, EG_NE_ORG));
    /* a body's first or last word in another language: "Otoritas", "Konfederasyonu" */
    const char *bw[] = {"The",   "authority", ",", "Otoritas", "Jasa", "Keuangan", ",",
                        "and",   "the",       "Devrimci", "Isci", "Sendikalari",
                        "Konfederasyonu", "agreed", "."};
    nch = tag_words(d, ws, bw, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG) && has_chunk(ch, nch, 9, 13, EG_NE_ORG));
    /* a verb or a preposition no name takes in splits a name in two */
    const char *jd[] = {"It", "follows", "a", "lawsuit", "brought", "by", "the", "Justice",
                        "Department", "against", "Alphabet", "Inc", "'s", "Google", "."};
    nch = tag_words(d, ws, jd, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG) && has_chunk(ch, nch, 10, 12, EG_NE_ORG));
    const char *gm[] = {"Its", "customers", "include", "General", "Motors", "Co", "and",
                        "Caterpillar", "Inc", ",", "it", "said", "."};
    nch = tag_words(d, ws, gm, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG) && has_chunk(ch, nch, 7, 9, EG_NE_ORG));
    /* a sentence's "The" before a body's name is no word of it */
    const char *th[] = {"The", "National", "Party", ",", "which", "left", "the", "government",
                        ",", "objected", "."};
    nch = tag_words(d, ws, th, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG) && !has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* stock indexes are MISC; a cricketer's score is no index */
    const char *sx[] = {"Seoul", "'s", "KOSPI", "rose", "and", "the", "S&P", "500", "fell",
                        "while", "the",  "Dow",  "Jones", "Industrial", "Average", "gained",
                        "(",     "J.",   "Russell", "56", ")", "."};
    nch = tag_words(d, ws, sx, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_MISC) && has_chunk(ch, nch, 6, 8, EG_NE_MISC) &&
          has_chunk(ch, nch, 11, 15, EG_NE_MISC) && !has_chunk(ch, nch, 18, 20, EG_NE_MISC));
    /* a city's "Composite" index takes in the city's name; a firm's name going on does not */
    const char *cmp[] = {"The", "Jakarta", "Composite", "index", "rose", "and", "the", "Kuala",
                        "Lumpur", "Composite", "Index", "slipped", ",", "but", "Jakarta",
                        "Composite", "Materials", "fell", "."};
    nch = tag_words(d, ws, cmp, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_MISC) && has_chunk(ch, nch, 7, 11, EG_NE_MISC) &&
          !has_chunk(ch, nch, 14, 16, EG_NE_MISC));
    /* nor a works's: only before "index" or a market's move */
    const char *cmq[] = {"Workers", "at",    "the",  "Charleston", "Composite", "plant",
                         "struck",  ".",     "The",  "Jakarta",    "Composite", "fell",
                         "1.2",     "percent", "."};
    nch = tag_words(d, ws, cmq, 15, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 5, EG_NE_MISC) && has_chunk(ch, nch, 9, 11, EG_NE_MISC));
    /* capitalized words in quotes are a title; a quoted sentence is not */
    const char *qt[] = {"Sony", "removed", "\"",     "Cyberpunk", "2077", "\"", "and",
                        "\"",  "Return",  "of",      "the",       "Legend", "\"", "but",
                        "said", "\"",     "we",      "are",       "sorry", "\"", "."};
    nch = tag_words(d, ws, qt, 21, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC) && has_chunk(ch, nch, 8, 12, EG_NE_MISC));
    /* and one that opens with "The" whatever the model named in it */
    const char *qs[] = {"Viewers", "watched", "\"", "The", "Salt", "Road", "\"", "on", "a",
                        "tablet", "."};
    nch = tag_words(d, ws, qs, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_MISC));
    /* a legal form after a firm's name is the name's: "SL", "A/S", "SAC" */
    const char *lf[] = {"It", "was", "rescued", "by", "Costa", "Daurada", "Capital", "SL", ",",
                        "an", "investment", "firm", "."};
    nch = tag_words(d, ws, lf, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_ORG));
    /* holidays are MISC, as "Labor Day" is in CoNLL-2003; not "Christmas Island" */
    const char *hd[] = {"They", "strike", "until", "Christmas", "Eve", "and", "play", "the",
                        "Boxing", "Day",  "Test", "before", "Ramadan", "on", "Christmas",
                        "Island", "."};
    nch = tag_words(d, ws, hd, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC) && has_chunk(ch, nch, 8, 11, EG_NE_MISC) &&
          has_chunk(ch, nch, 12, 13, EG_NE_MISC) && !has_chunk(ch, nch, 14, 15, EG_NE_MISC) &&
          !has_chunk(ch, nch, 14, 16, EG_NE_MISC));
    const char *ny[] = {"Fireworks", "are", "banned", "before", "New", "Year", "'s", "Eve",
                        "."};
    nch = tag_words(d, ws, ny, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_MISC));
    /* two persons side by side are one ("Summer" + "Delgado"); a title stays out */
    const char *sd[] = {"Reporting", "by", "Summer", "Delgado", "in", "Boston", ";", "Editing",
                        "by",        "Gareth", "Jones"};
    nch = tag_words(d, ws, sd, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_PER) && has_chunk(ch, nch, 9, 11, EG_NE_PER));
    /* but not a tweet's "@" and handle, two names in the Broad Twitter Corpus */
    const char *hn[] = {"@", "colgo", "hey", ",", "congrats", "to", "you"};
    nch = tag_words(d, ws, hn, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_PER) && has_chunk(ch, nch, 1, 2, EG_NE_PER));
    /* a name a rule made a firm's is one where the article writes it again */
    const char *sg[] = {"The",   "plant", "is",    "owned",   "by",      "Sevalco", "Guinee",
                        ",",     "the",   "local", "unit",    "of",      "a",       "Russian",
                        "group", ".",     "Sevalco", "Guinee", "plans",  "exports", "."};
    nch = tag_words(d, ws, sg, 21, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG) && has_chunk(ch, nch, 16, 18, EG_NE_ORG));
    /* wire text's angle brackets: a company's name whole, and a ticker no name */
    const char *br[] = {"It",    "bought", "<",  "Hunter", "Helicopter", "of", "Nevada", ",",
                        "Inc",   ">",      "from", "Rockwell", "International", "Corp", "<",
                        "ROK",   ">",      "and",  "<",        "CKGH.HK",  ">",  "."};
    nch = tag_words(d, ws, br, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 9, EG_NE_ORG));
    for (size_t bi = 0; bi < nch; bi++) {
        CHECK(ch[bi].begin != 15 && ch[bi].begin != 19); /* no ticker */
    }
    /* a court's name takes in its district; an institution's goes on after "for" (not to a
     * place after "in"); what follows "the city council of" or "the mayor of" is a place */
    const char *ct[] = {"It", "sued", "in", "the", "U.S.", "District", "Court", "for", "the",
                        "Southern", "District", "of", "New", "York", "."};
    nch = tag_words(d, ws, ct, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 14, EG_NE_ORG));
    const char *fo[] = {"China", "'s", "State", "Administration", "for", "Market",
                        "Regulation", "fined", "the", "firm", ",", "the", "Commission",
                        "for", "Africa", "in", "Cape", "Town", "said", "."};
    nch = tag_words(d, ws, fo, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 7, EG_NE_ORG) && has_chunk(ch, nch, 12, 15, EG_NE_ORG) &&
          has_chunk(ch, nch, 16, 18, EG_NE_LOC));
    const char *cc[] = {"Granada",  "Deportivo", "won",  ".",     "The",     "city",
                        "council",  "of",        "Granada", "and", "the",   "mayor",
                        "of",       "Granada",   "said", "so",    "."};
    nch = tag_words(d, ws, cc, 17, (uint32_t[]){0, 4}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_LOC) && has_chunk(ch, nch, 13, 14, EG_NE_LOC));
    /* a name the article writes whole is one where the model cut it in two */
    const char *gd[] = {"The", "team", "faces", "Granada", "Deportivo", "on", "Sunday", ".",
                        "Granada", "Deportivo", "beat", "Cordoba", "Athletic", "2-1", "."};
    nch = tag_words(d, ws, gd, 15, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG) && has_chunk(ch, nch, 8, 10, EG_NE_ORG));
    /* a name after a noun for a firm's trade is the firm's */
    const char *pd[] = {"Copper", "fell", "after", "Russian", "producer", "Nornickel", "said",
                        "output", "rose", ",", "and", "French", "search", "engine", "Qwant",
                        "welcomed", "the", "rules", "."};
    nch = tag_words(d, ws, pd, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG) && has_chunk(ch, nch, 14, 15, EG_NE_ORG));
    /* a faith's words are MISC, not a word of a longer name */
    const char *faith[] = {"The", "country", "'s", "largest", "Muslim", "organisation", "and",
                        "Sikh", "farmers", "met", "the", "Muslim", "Brotherhood", "."};
    nch = tag_words(d, ws, faith, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC) && has_chunk(ch, nch, 7, 8, EG_NE_MISC) &&
          !has_chunk(ch, nch, 11, 12, EG_NE_MISC));
    /* a job "at" a name: the employer ("a consultant at Skyline Advisory in London") */
    const char *ja[] = {"said", "Ann", "Lee", ",", "a", "consultant", "at", "Skyline", "Advisory",
                        "in", "London", "."};
    nch = tag_words(d, ws, ja, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG) && has_chunk(ch, nch, 10, 11, EG_NE_LOC));
    /* a listed place after "in" is the place where the model took it for the club */
    const char *pi[] = {"Milan", "won", "3-0", ".", "Milan", "top", "the", "table", ".",
                        "Fans", "partied", "in", "Milan", "until", "dawn", "."};
    nch = tag_words(d, ws, pi, 16, (uint32_t[]){0, 4, 9}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 12, 13, EG_NE_LOC));
    /* "and" between two bodies' names splits the model's one name; not a bank's "and Trust" */
    const char *bb[] = {"The", "ECB", "meets", ",", "and", "the", "Swiss", "National", "Bank",
                        "and", "Norges", "Bank", "also", "meet", ".", "Worthen", "Bank", "and",
                        "Trust", "Co", "said", "so", "."};
    nch = tag_words(d, ws, bb, 23, (uint32_t[]){0, 15}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 9, EG_NE_ORG) && has_chunk(ch, nch, 10, 12, EG_NE_ORG) &&
          has_chunk(ch, nch, 15, 20, EG_NE_ORG));
    /* a portfolio before "Secretary" and a name is no name; the Treasury is the department */
    const char *pt[] = {"Health", "Secretary", "James", "Baker", "said", "the", "dollar",
                        "should", "fall", "."};
    nch = tag_words(d, ws, pt, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_PER) && !has_chunk(ch, nch, 0, 1, EG_NE_ORG));
    pt[0] = "Treasury";
    nch = tag_words(d, ws, pt, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_PER) && has_chunk(ch, nch, 0, 1, EG_NE_ORG));
    /* a partnership's surnames and commas before its "&" are one firm; not a list */
    const char *wl[] = {"It", "hired", "Wachtell", ",", "Lipton", ",", "Rosen", "&", "Katz", ".",
                        "It", "is", "backed", "by", "Sequoia", "and", "Accel", ",", "Bain", "&",
                        "Co", "."};
    nch = tag_words(d, ws, wl, 22, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 9, EG_NE_ORG) && !has_chunk(ch, nch, 16, 21, EG_NE_ORG));
    /* a comma and a legal form after a firm's name are the name's */
    const char *cf[] = {"Held", "by", "Grupo", "Valdivia", ",", "S.A.B.", "de", "C.V.", ",",
                        "the", "cement", "maker", ",", "and", "Petroleos", "de", "Venezuela",
                        ",", "S.A.", "."};
    nch = tag_words(d, ws, cf, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 8, EG_NE_ORG) && has_chunk(ch, nch, 14, 19, EG_NE_ORG));
    const char *cg[] = {"It", "pairs", "Castellani", "with", "Tejo", "Engenharia", ",", "S.A.",
                        ",", "and", "Iberica", "del", "Cobre", ",", "S.A.", "."};
    nch = tag_words(d, ws, cg, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_ORG) && has_chunk(ch, nch, 10, 15, EG_NE_ORG));
    /* a name before "party" names the party; not a feast's ("a Christmas party") */
    const char *py[] = {"Voters", "backed", "the", "ruling", "Morena", "party", "and", "went",
                        "to", "a", "Christmas", "party", "."};
    nch = tag_words(d, ws, py, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG) && !has_chunk(ch, nch, 10, 11, EG_NE_ORG));
    const char *pu[] = {"Workers", "joined", "the", "Novak", "union", "after", "the",
                        "Quorvo", "magazine", "said", "so", ".", "\"", "The", "movement",
                        "grows", ",", "\"", "he", "said", "."};
    nch = tag_words(d, ws, pu, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG) && has_chunk(ch, nch, 7, 8, EG_NE_ORG) &&
          !has_chunk(ch, nch, 13, 14, EG_NE_ORG));
    /* a one-word "place" or "person" joined to an organization by "and" or in a list is
     * one too; not a place after "in", a person before a verb, a comma alone */
    const char *jf[] = {"Shots", "came", "from", "Pfizer", ",", "Moderna", "and",
                        "AstraZeneca", ".", "Hapag-Lloyd", "gained", "in", "Frankfurt",
                        "and", "Cosco", "Shipping", "rose", "."};
    nch = tag_words(d, ws, jf, 18, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG) && !has_chunk(ch, nch, 12, 13, EG_NE_ORG));
    const char *pc[] = {"Jobs", "matter", "most", ",", "said", "Michigan", "party", "chairman",
                        "Richard", "Weiner", "."};
    nch = tag_words(d, ws, pc, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 5, 6, EG_NE_ORG));
    /* a venue is a place */
    const char *x[] = {"India", "lost", "the", "Boxing", "Day", "test", "at", "the",
                       "Melbourne", "Cricket", "Ground", "."};
    nch = tag_words(d, ws, x, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_LOC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A result line's sides are teams, organizations, except countries (national teams are
 * places in CoNLL-2003); a side the model left out is one only beside a named side, and a
 * table of dates is no result. A team's nickname completes its city's name; a city a player
 * scores for is a team. */
static void test_result_lines(eg_model *d)
{
    const char *a[] = {"BOSTON", "118", "Chicago", "104", "DENVER", "126", "Sacramento", "121",
                       "(", "OT", ")", "Italy", "2", "Spain", "1", "Aug", "27", "Aug", "26",
                       "Jed-Forest", "17", "Watsonians", "54"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 23, (uint32_t[]){0, 4, 11, 15, 19}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG));   /* BOSTON */
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));   /* Chicago */
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG));   /* DENVER */
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG));   /* Sacramento */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_LOC)); /* Italy */
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_LOC)); /* Spain */
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_ORG)); /* Jed-Forest */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 9 && ch[i].begin != 15 && ch[i].begin != 17); /* OT, Aug */
    }
    /* a team's nickname after its city is part of its name */
    const char *b[] = {"The", "Philadelphia", "Eagles", "routed", "the", "Kansas", "City",
                       "Chiefs", "40-22", ".", "The", "Oklahoma", "City", "Thunder", "won", ".",
                       "He", "had", "36", "points", "for", "the", "Thunder", ".",
                       "Luka", "Doncic", "had", "28", "points", "for", "Dallas", "."};
    nch = tag_words(d, ws, b, 32, (uint32_t[]){0, 10, 16, 24}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 30, 31, EG_NE_ORG)); /* points for Dallas */
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG));   /* Kansas City Chiefs */
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_ORG)); /* Oklahoma City Thunder */
    CHECK(has_chunk(ch, nch, 22, 23, EG_NE_ORG)); /* the Thunder */
    /* Russia's legal forms count in capitals only: "Ellen Pao" is a person */
    const char *pao[] = {"Ellen", "Pao", "said", "on", "Monday", "the", "firm", "would",
                         "grow", "."};
    nch = tag_words(d, ws, pao, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_PER));
    /* a word in parentheses after an organization's name is its short name, not an
     * acronym's plural */
    const char *cp[] = {"Minutes", "of", "the", "central", "bank", "'s", "Monetary", "Policy",
                        "Committee", "(", "Copom", ")", "showed", "a", "shift", ".", "He",
                        "bought", "European", "Currency", "Units", "(", "ECUs", ")", "."};
    nch = tag_words(d, ws, cp, 25, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_ORG) && !has_chunk(ch, nch, 22, 23, EG_NE_ORG));
    /* a name and a participle joined by a hyphen are MISC; not a common word's */
    const char *pc[] = {"The", "London-based", "firm", "and", "its", "Mo.-based", "unit",
                        "grew", ".", "Privately-owned", "firms", "fell", "."};
    nch = tag_words(d, ws, pc, 13, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_MISC) && has_chunk(ch, nch, 5, 6, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 9, 10, EG_NE_MISC));
    /* a word joining two nations' names is MISC, and "pro-" before one; not a country */
    const char *hy[] = {"U.S.-China", "trade", "tensions", "weighed", ".", "The", "pro-Beijing",
                        "camp", "won", ".", "Bosnia-Herzegovina", "signed", "the", "accord", "."};
    nch = tag_words(d, ws, hy, 15, (uint32_t[]){0, 5, 10}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_MISC) && has_chunk(ch, nch, 6, 7, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_LOC));
    /* a league named in its own language is a competition, not a club opening with "Liga" */
    const char *lg[] = {"Lille", "beat", "Lyon", "1-0", "in", "Ligue", "1", ".", "Barcelona",
                        "are", "fifth", "in", "La", "Liga", ".", "Ajax", "top", "the",
                        "Eredivisie", ".", "LDU", "Quito", ",", "officially", "Liga", "Deportiva",
                        "Universitaria", ",", "won", "."};
    nch = tag_words(d, ws, lg, 30, (uint32_t[]){0, 8, 15, 20}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_MISC));   /* Ligue 1 */
    CHECK(has_chunk(ch, nch, 12, 14, EG_NE_MISC)); /* La Liga */
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_MISC)); /* Eredivisie */
    CHECK(has_chunk(ch, nch, 24, 27, EG_NE_ORG));  /* Liga Deportiva Universitaria */
    /* a line of standings of teams makes its one-word "people" teams, not a bowler's */
    const char *lec[] = {"LEC", "spring", "standings", ":", "G2", "Esports", "12-4", ",",
                         "Fnatic", "11-5", ",", "MAD", "Lions", "11-5", ",", "Origen", "10-6", ",",
                         "Misfits", "Gaming", "9-7", ",", "Vexora", "8-8", ".", "Bowling", ":",
                         "Hazlewood", "5-8", ",", "Cummins", "4-21", ",", "Starc", "2-30", "."};
    nch = tag_words(d, ws, lec, 36, (uint32_t[]){0, 25}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_ORG) && has_chunk(ch, nch, 22, 23, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 27, 28, EG_NE_PER));
    /* a list of teams named for their cities makes its other cities' items teams */
    const char *nhl[] = {"The", "division", "includes", "the", "Colorado", "Avalanche", ",",
                         "Vegas", "Golden", "Knights", ",", "St.", "Louis", "Blues", ",",
                         "Minnesota", "Wild", ",", "Arizona", "Coyotes", ",", "Anaheim", "Ducks",
                         ",", "Los", "Angeles", "Kings", "and", "the", "San", "Jose", "Sharks",
                         "."};
    nch = tag_words(d, ws, nhl, 33, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_ORG)); /* St. Louis Blues */
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_ORG)); /* Minnesota Wild */
    CHECK(has_chunk(ch, nch, 21, 23, EG_NE_ORG)); /* Anaheim Ducks */
    /* a results line's bracketed countries follow people, and the name a rule made a person's
     * there is one elsewhere in the article; "Welsh" is a people's adjective */
    const char *dts[] = {"Welsh", "world", "number", "one", "Gerwyn", "Price", "beat",
                         "Dutchman", "Michael", "van", "Gerwen", "11-8", "to", "win", "the",
                         "Winter", "Masters", ".", "Final", ":", "Gerwyn", "Price", "(", "Wales",
                         ")", "beat", "Michael", "van", "Gerwen", "(", "Netherlands", ")", "11-8",
                         "."};
    nch = tag_words(d, ws, dts, 34, (uint32_t[]){0, 18}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 20, 22, EG_NE_PER)); /* Gerwyn Price (Wales) */
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_PER));   /* world number one Gerwyn Price */
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_MISC));  /* Welsh */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A word no vocabulary knows, opening a sentence before a comma and a person's apposition, is
 * that person; a common word is not ("Analysts, who"). A suffix ("Jr.") ends a person's name. */
static void test_opening_person(eg_model *d)
{
    const char *a[] = {"Tchiani", ",", "the", "coup", "leader", ",", "said", "he", "would",
                       "stay", ".", "Zelenskyy", ",", "speaking", "in", "Kyiv", ",", "thanked",
                       "allies", ".", "Analysts", ",", "who", "had", "expected", "a", "cut",
                       ",", "were", "surprised", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 31, (uint32_t[]){0, 11, 20}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_PER));   /* Tchiani */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_PER)); /* Zelenskyy */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 20); /* Analysts */
    }
    /* a surname's particles are part of it */
    const char *c[] = {"President", "Ursula", "von", "der", "Leyen", "spoke", ".", "A",
                       "statement", "was", "issued", "by", "von", "der", "Leyen", "."};
    nch = tag_words(d, ws, c, 16, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 12, 15, EG_NE_PER)); /* von der Leyen, after the full name */
    const char *sl[] = {"Rafael", "de", "los", "Santos", "won", ".", "Later", ",", "de", "los",
                        "Santos", "said", "so", "."};
    nch = tag_words(d, ws, sl, 14, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_PER)); /* de los Santos: Spanish "los" too */
    /* a generational suffix is part of the name */
    const char *b[] = {"President", "Ferdinand", "Marcos", "Jr.", "said", "on", "Monday", "."};
    nch = tag_words(d, ws, b, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_PER)); /* Ferdinand Marcos Jr. */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A headline's verb is no part of the names beside it that the running text names alone. */
static void test_headline_verbs(eg_model *d)
{
    const char *a[] = {"China", "Summons", "Ant", "Group", "Over", "Lending", "Rules",
                       "Regulators", "summoned", "executives", "of", "Ant", "Group", "on",
                       "Saturday", ",", "the", "People", "'s", "Bank", "of", "China", "said",
                       "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 24, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_LOC)); /* China */
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG)); /* Ant Group, not "China Summons Ant Group" */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Words that open no name: a byline's "By", a preposition before a name and its comma, a
 * player's role; in a headline, a preposition and a verb after "To". */
static void test_stray_openers(eg_model *d)
{
    const char *by1[] = {"By", "Hyun-woo", "Baek", "SEOUL", ",", "Dec", "3", "(", "Reuters",
                         ")", "-", "Shares", "rose", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, by1, 14, (uint32_t[]){0, 3}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_PER));
    const char *pp[] = {"In", "League", "of", "Legends", ",", "world", "champions", "DAMWON",
                        "Gaming", "beat", "G2", "."};
    nch = tag_words(d, ws, pp, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_MISC));
    const char *ro[] = {"Rookie", "Cooper", "DeJean", "returned", "an", "interception", ".",
                        "Rookie", "quarterback", "Jalen", "Hurts", "ran", "."};
    nch = tag_words(d, ws, ro, 13, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_PER) && has_chunk(ch, nch, 9, 11, EG_NE_PER));
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 0 && ch[i].begin != 7);
    }
    const char *fr[] = {"Freshman", "Paige", "Bueckers", "scored", "28", "points", ".",
                        "Debutants", "Krunal", "Pandya", "and", "Prasidh", "Krishna", "starred",
                        "."};
    nch = tag_words(d, ws, fr, 15, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_PER) && has_chunk(ch, nch, 8, 10, EG_NE_PER));
    const char *hv[] = {"England", "Beat", "France", "In", "Sudden", "Death", "To", "Win",
                        "Autumn", "Nations", "Cup", "England", "won", "the", "Autumn",
                        "Nations", "Cup", "."};
    nch = tag_words(d, ws, hv, 18, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_MISC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A firm named after a noun for a firm's part or size ("ride-hailing giant Gojek", "self-driving
 * unit Waymo", "life sciences arm Verily") is an organization, not a person. */
static void test_firm_parts(eg_model *d)
{
    const char *fp[] = {"Indonesian", "ride-hailing", "giant", "Gojek", "agreed", "to", "merge",
                        ".", "Porat", "said", "self-driving", "unit", "Waymo", "and", "life",
                        "sciences", "arm", "Verily", "lost", "money", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, fp, 21, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));   /* Gojek */
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_ORG)); /* Waymo */
    CHECK(has_chunk(ch, nch, 17, 18, EG_NE_ORG)); /* Verily */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A body's name goes on over "to" and a verb in capitals ("the Committee to Protect
 * Journalists"), not over one word ("handed the Trust to Remain campaigners"), and never takes a
 * sentence's "The"; a mission's name goes on over "in" and its country ("the African Union
 * Mission in Somalia"), and so does a chamber of commerce's ("the American Chamber of Commerce
 * in China"). */
static void test_to_names(eg_model *d)
{
    const char *tn[] = {"The", "Committee", "to", "Protect", "Journalists", "said", "so", ".",
                        "The", "Alliance", "to", "End", "Plastic", "Waste", "met", ".", "She",
                        "handed", "the", "Trust", "to", "Remain", "campaigners", ".", "The",
                        "African", "Union", "Mission", "in", "Somalia", "said", "so", ".",
                        "He", "chairs", "the", "American", "Chamber", "of", "Commerce", "in",
                        "China", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, tn, 43, (uint32_t[]){0, 8, 16, 24, 33}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 5, EG_NE_ORG));   /* Committee to Protect Journalists */
    CHECK(has_chunk(ch, nch, 9, 14, EG_NE_ORG));  /* Alliance to End Plastic Waste */
    CHECK(has_chunk(ch, nch, 25, 30, EG_NE_ORG)); /* African Union Mission in Somalia */
    CHECK(has_chunk(ch, nch, 36, 42, EG_NE_ORG)); /* American Chamber of Commerce in China */
    for (size_t k = 0; k < nch; k++) {
        CHECK(!(ch[k].begin <= 20 && ch[k].end > 20)); /* no "Trust to Remain" */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* After a people's team noun a name of capitals and a figure is the team's ("Korean team T1",
 * "European side G2"); not a figure after another noun ("Refiner Q3 EPS"). */
static void test_team_codes(eg_model *d)
{
    const char *tc[] = {"Korean", "team", "T1", "beat", "European", "side", "G2", "in", "Seoul",
                        ".", "Refiner", "Q3", "EPS", "rose", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, tc, 15, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG)); /* T1 */
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG)); /* G2 */
    for (size_t k = 0; k < nch; k++) {
        CHECK(ch[k].begin != 11); /* no "Q3" */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A listed country's name with "and" in it is one place ("St. Vincent and the Grenadines",
 * "Turks and Caicos Islands": not the Turks' people and other islands), and an institution's
 * name takes all of it in ("Central Bank of Trinidad and Tobago"). */
static void test_and_countries(eg_model *d)
{
    const char *ac[] = {"Aid", "went", "to", "Grenada", ",", "St.", "Vincent", "and", "the",
                        "Grenadines", "and", "Jamaica", ".", "The", "Turks", "and", "Caicos",
                        "Islands", "were", "hit", ".", "The", "Central", "Bank", "of",
                        "Trinidad", "and", "Tobago", "held", "rates", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ac, 31, (uint32_t[]){0, 13, 21}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_LOC));   /* Grenada */
    CHECK(has_chunk(ch, nch, 5, 10, EG_NE_LOC));  /* St. Vincent and the Grenadines */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_LOC)); /* Jamaica */
    CHECK(has_chunk(ch, nch, 14, 18, EG_NE_LOC)); /* Turks and Caicos Islands */
    CHECK(has_chunk(ch, nch, 22, 28, EG_NE_ORG)); /* Central Bank of Trinidad and Tobago */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Two listed regions joined by "and" are two places, not one organization ("the Alps and
 * Pyrenees", "Hawaii and Guam"); a firm named for two people whose names are places too stays
 * one ("Pratt and Whitney", "Reynolds and Reynolds"). */
static void test_place_pairs(eg_model *d)
{
    const char *pp[] = {"Climbers", "target", "the", "Alps", "and", "Pyrenees", "after", "the",
                        "time", "trial", ".", "Shares", "of", "Pratt", "and", "Whitney", "rose",
                        ".", "Reynolds", "and", "Reynolds", "fell", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, pp, 23, (uint32_t[]){0, 11, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_LOC));   /* Alps */
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC));   /* Pyrenees */
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_ORG)); /* Pratt and Whitney */
    CHECK(has_chunk(ch, nch, 18, 21, EG_NE_ORG)); /* Reynolds and Reynolds */
    /* a town the model took for a person after a place and "and" */
    const char *tw[] = {"Sales", "slumped", "as", "lockdowns", "in", "Shanghai", "and",
                        "Changchun", "shut", "factories", ".", "Residents", "of", "Gondar",
                        "and", "Kobo", "said", "protesters", "blocked", "roads", "."};
    nch = tag_words(d, ws, tw, 21, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC));   /* Changchun */
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_LOC)); /* Kobo */
    /* a name between two places in a caption's chain of them is a place */
    const char *mm[] = {"Supporters", "celebrate", "outside", "his",   "headquarters", "in",
                        "Mandaluyong", "City",    ",",       "Metro", "Manila",       ",",
                        "Philippines", ",",       "May",     "10",    ",",            "2022",
                        "."};
    nch = tag_words(d, ws, mm, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_LOC)); /* Metro Manila */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A firm's name goes on over one or two capitalized words that end with a firm's head
 * ("S&P Global Ratings"), and not over a title after them ("EA Sports Chief Executive"). */
static void test_firm_tails(eg_model *d)
{
    const char *ft[] = {"S&P", "Global", "Ratings", "cut", "the", "rating", ".", "EA", "Sports",
                        "Chief", "Executive", "Peter", "Moore", "said", "so", ".", "Shares",
                        "in", "Annapurna", "Retail", "fell", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ft, 22, (uint32_t[]){0, 7, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));   /* S&P Global Ratings */
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG));   /* EA Sports */
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_PER)); /* Peter Moore */
    CHECK(has_chunk(ch, nch, 18, 20, EG_NE_ORG)); /* Annapurna Retail */
    /* a firm's unit named after it and its country is one name; a lender of many nations'
     * office keeps the country */
    const char *fc[] = {"Analysts", "at",      "ING",     "Bank",    "Romania", "said",
                        "so",       ".",       "Banca",   "Transilvania", "bought", "OTP",
                        "Bank",     "Romania", ",",       "it",      "said",    ".",
                        "The",      "World",   "Bank",    "Romania", "office",  "agreed", "."};
    nch = tag_words(d, ws, fc, 25, (uint32_t[]){0, 8, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG));   /* ING Bank Romania */
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_ORG)); /* OTP Bank Romania */
    CHECK(has_chunk(ch, nch, 19, 21, EG_NE_ORG)); /* World Bank */
    CHECK(has_chunk(ch, nch, 21, 22, EG_NE_LOC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A body's name over "for" that the model left out whole is the body's ("The State
 * Administration for Market Regulation"), but not an office's ("High Commissioner for Refugees
 * Filippo Grandi", as CoNLL-2003 tags it), and it takes in no title after it. */
static void test_bare_for_names(eg_model *d)
{
    const char *bf[] = {"The", "State", "Administration", "for", "Market", "Regulation", "fined",
                        "Alibaba", ".", "High", "Commissioner", "for", "Refugees", "Filippo",
                        "Grandi", "said", "so", ".", "Centers", "for", "Disease", "Control",
                        "Director", "Robert", "Redfield", "spoke", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, bf, 27, (uint32_t[]){0, 9, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 6, EG_NE_ORG));   /* State Administration for Market ... */
    CHECK(has_chunk(ch, nch, 13, 15, EG_NE_PER)); /* Filippo Grandi */
    CHECK(has_chunk(ch, nch, 23, 25, EG_NE_PER)); /* Robert Redfield */
    for (size_t k = 0; k < nch; k++) {
        CHECK(!(ch[k].begin <= 10 && ch[k].end > 10)); /* no "High Commissioner for ..." */
        CHECK(!(ch[k].begin <= 22 && ch[k].end > 22)); /* no "... Control Director" */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A body's head the model left out before "of" and a name is the body's ("The Church of
 * England", "Friends of the Earth"), not before a longer title ("the Office of U.S. Trade
 * Representative"). */
static void test_bare_heads_of(eg_model *d)
{
    const char *bh[] = {"The", "Church", "of", "England", "said", "so", ".", "Friends", "of",
                        "the", "Earth", "protested", ".", "He", "met", "the", "Office", "of",
                        "U.S.", "Trade", "Representative", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, bh, 22, (uint32_t[]){0, 7, 13}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));  /* Church of England */
    CHECK(has_chunk(ch, nch, 7, 11, EG_NE_ORG)); /* Friends of the Earth */
    for (size_t k = 0; k < nch; k++) {
        CHECK(ch[k].begin != 16); /* no "Office of U.S." */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "SA" ends a firm's name of three words or more, and the words the model left out before it
 * are the firm's ("Brazil's Gol Linhas Aereas Inteligentes SA"). */
static void test_sa_forms(eg_model *d)
{
    const char *sa[] = {"Boeing", "said", ",", "while", "Brazil", "'s", "Gol", "Linhas",
                        "Aereas", "Inteligentes", "SA", "returned", "it", "to", "service", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sa, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 11, EG_NE_ORG)); /* Gol Linhas Aereas Inteligentes SA */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A listed party's name that ends with a party's head word is the party's ("the far-right
 * National Rally"), not another listed name ("Formula One", which the party list has too). */
static void test_listed_parties(eg_model *d)
{
    const char *lp[] = {"The", "far-right", "National", "Rally", "topped", "the", "poll", ".",
                        "He", "watched", "Formula", "One", "races", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, lp, 14, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG));    /* National Rally */
    CHECK(!has_chunk(ch, nch, 10, 12, EG_NE_ORG)); /* Formula One */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A given name, a particle in capitals and a surname are a person's ("Marine Le Pen",
 * "Jean-Marie Le Pen"), whatever the model took them for; "said" is no given name ("said De
 * Zeeuw"). */
static void test_particle_people(eg_model *d)
{
    const char *pp[] = {"Marine", "Le", "Pen", "said", "on", "Monday", "she", "would", "run",
                        ".", "Jean-Marie", "Le", "Pen", "spoke", ".", "Prices", "will", "rise",
                        ",", "said", "De", "Zeeuw", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, pp, 23, (uint32_t[]){0, 10, 15}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_PER));   /* Marine Le Pen */
    CHECK(has_chunk(ch, nch, 10, 13, EG_NE_PER)); /* Jean-Marie Le Pen */
    CHECK(has_chunk(ch, nch, 20, 22, EG_NE_PER)); /* De Zeeuw, not "said De Zeeuw" */
    /* a body's name in another language before a particle is the body's, not a person's */
    const char *pb[] = {"The", "Confederaci\xc3\xb3n", "General", "del", "Trabajo", "called",
                        "a", "strike", "on", "Monday", ".", "The", "film", "by", "Guillermo",
                        "del", "Toro", "won", "."};
    nch = tag_words(d, ws, pb, 19, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 5, EG_NE_ORG) && has_chunk(ch, nch, 14, 17, EG_NE_PER));
    /* so are Tagalog's "ng" and the words after it, up to a title */
    const char *ng[] = {"Elsewhere", ",", "the", "Bangko", "Sentral", "ng", "Pilipinas", "kept",
                        "its", "rate", ".", "The", "Bangko", "Sentral", "ng", "Pilipinas",
                        "Governor", "Eli", "Remolona", "said", "so", "."};
    nch = tag_words(d, ws, ng, 22, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_ORG) && has_chunk(ch, nch, 12, 16, EG_NE_ORG));
    const char *nh[] = {"Bangko", "Sentral", "ng", "Pilipinas", "Holds", "Rate", "Steady"};
    nch = tag_words(d, ws, nh, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 0, 6, EG_NE_ORG) && !has_chunk(ch, nch, 0, 7, EG_NE_ORG));
    /* a first word no English text knows, which the model left before a person's name, is
     * the name's; an English word is not */
    const char *uf[] = {"Three-time", "Olympian", "Quah",    "Zheng",   "Wen",     "won",
                        "his",        "fourth",   "gold",    ".",       "2",       ".",
                        "Odekta",     "Elvina",   "Naibaho", "(",       "Indonesia", ")",
                        "4:26.40",    "Photographer", "Amy", "Lee",     "said",    "so",
                        "."};
    nch = tag_words(d, ws, uf, 25, (uint32_t[]){0, 10, 19}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_PER));   /* Quah Zheng Wen */
    CHECK(has_chunk(ch, nch, 12, 15, EG_NE_PER)); /* Odekta Elvina Naibaho */
    CHECK(has_chunk(ch, nch, 20, 22, EG_NE_PER)); /* Amy Lee */
    /* and a given name that is an English word too, before a surname the model found */
    const char *eg[] = {"The", "coalition", "will", "be", "commanded", "by", "Desire", "Lonema",
                        ",", "the", "statement", "said", ".", "Talks", "were", "led", "by",
                        "Hope", "Dlamini", "on", "Monday", "."};
    nch = tag_words(d, ws, eg, 22, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_PER));   /* Desire Lonema */
    CHECK(has_chunk(ch, nch, 17, 19, EG_NE_PER)); /* Hope Dlamini */
    /* a surname and "Jr." is the man's, not the family firm's */
    const char *jr[] = {"Harlan", "Birch", "Jr.",  "will",     "run",  "Birch",  "Energy",
                        "Inc",    ".",     "Birch", "Energy",  "produces", "oil", ".",
                        "Birch",  "Jr.",   ",",     "51",      ",",    "has",    "been",
                        "president", "since", "2008", "."};
    nch = tag_words(d, ws, jr, 25, (uint32_t[]){0, 9, 14}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_PER)); /* Birch Jr. */
    /* a people's adjective before a person's name is no word of it */
    const char *dl[] = {"LONDON", ",",     "April", "23",   "(",     "Reuters", ")", "-",
                        "Dutch",  "Lotte", "van",   "der",  "Berg",  "won",     "the",
                        "women",  "'s",    "race",  "."};
    nch = tag_words(d, ws, dl, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 9, 13, EG_NE_PER)); /* Lotte van der Berg */
    /* the surname alone, in an article that names her in full, is hers too: not the body's a
     * French "Le" opens, nor "Mrs Le Pen" one name */
    const char *lp[] = {"Macron",     "and",    "Le",     "Pen",      "top",    "French",
                        "first",      "round",  "Far-right", "challenger", "Marine", "Le",
                        "Pen",        "qualified", ".",   "Le",       "Pen",    ",",
                        "leader",     "of",     "the",    "Rassemblement", "National", ",",
                        "spoke",      ".",      "Voters", "backed",   "Mrs",    "Le",
                        "Pen",        "."};
    nch = tag_words(d, ws, lp, 32, (uint32_t[]){0, 8, 15, 26}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 13, EG_NE_PER)); /* Marine Le Pen */
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 29, 31, EG_NE_PER)); /* "Mrs" left out */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "charity" and "pollster" come before an organization's name ("British charity Oxfam",
 * "Pollster Ipsos"), but a pollster of two names is a person ("Pollster Marcia Delacroix-Bain");
 * the climate talks by their number are an event ("the COP28 climate summit"). */
static void test_charities_and_summits(eg_model *d)
{
    const char *cs[] = {"A", "report", "by", "British", "charity", "Oxfam", "said", "so", ".",
                        "Pollster", "Ipsos", "said", "support", "rose", ".", "Pollster",
                        "Marcia", "Delacroix-Bain", "of", "Survation", "said", "so", ".", "The",
                        "COP28", "climate", "summit", "runs", "on", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, cs, 30, (uint32_t[]){0, 9, 15, 23}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG));   /* Oxfam */
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_ORG)); /* Ipsos */
    CHECK(has_chunk(ch, nch, 16, 18, EG_NE_PER)); /* Marcia Delacroix-Bain */
    CHECK(has_chunk(ch, nch, 24, 25, EG_NE_MISC)); /* COP28 */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A summit's name is an event's, MISC ("the AI Safety Summit"), not a listed place's ("Lees
 * Summit, Missouri"). */
static void test_summits(eg_model *d)
{
    const char *su[] = {"Officials", "who", "hosted", "the", "AI", "Safety", "Summit", "spoke",
                        ".", "He", "lives", "in", "Lees", "Summit", ",", "Missouri", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, su, 17, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_MISC));   /* AI Safety Summit */
    CHECK(has_chunk(ch, nch, 12, 14, EG_NE_LOC));  /* Lees Summit */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The names listed after a cue noun in the plural are firms ("suppliers such as Applied
 * Materials and Lam Research", "clearing agencies Cedel and Euroclear"). */
static void test_cue_plurals(eg_model *d)
{
    const char *cp[] = {"Equipment", "suppliers", "such",     "as",  "Applied", "Materials",
                        "and",       "Lam",       "Research", "rose", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, cp, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG)); /* Applied Materials */
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG)); /* Lam Research */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A firm named with its legal form is its name without the form too, wherever the article
 * writes it ("Anglo American plc said ... said Anglo American would"), but not a contest's name
 * that opens with a title ("Miss Universe" of Miss Universe Inc). */
static void test_firm_bodies(eg_model *d)
{
    const char *fb[] = {"Anglo", "American", "plc", "said", "on", "Monday", "it", "would",
                        "sell", "a", "mine", ".", "The", "company", "said", "Anglo", "American",
                        "would", "keep", "its", "copper", "mines", ".", "Miss", "Universe",
                        "Inc", "said", "the", "Miss", "Universe", "contest", "grew", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, fb, 33, (uint32_t[]){0, 12, 23}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));    /* Anglo American plc */
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_ORG));  /* Anglo American */
    CHECK(!has_chunk(ch, nch, 28, 30, EG_NE_ORG)); /* the contest */
    /* the form after a comma, of three words ("S.A. de C.V.") */
    const char *ac[] = {"It",     "will",  "list",    "its",      "unit",    ",",     "Aceros",
                        "Monclova", ",",   "S.A.",    "de",       "C.V.",    ",",     "in",
                        "June",   ".",     "The",     "group",    "will",    "keep",  "a",
                        "stake",  "in",    "Aceros",  "Monclova", "after",   "the",   "offering",
                        "."};
    nch = tag_words(d, ws, ac, 29, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 23, 25, EG_NE_ORG)); /* Aceros Monclova */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "New" the model left out of a listed place it opens is the place's ("New South Wales had
 * won"), but not before a place it only modifies ("New Russian sanctions"). */
static void test_new_places(eg_model *d)
{
    const char *np[] = {"New",       "South", "Wales", "had",   "won",      "the",
                        "match",     ".",     "New",   "Russian", "sanctions", "hit",
                        "Moscow",    "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, np, 14, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_LOC));  /* New South Wales */
    CHECK(has_chunk(ch, nch, 9, 10, EG_NE_MISC)); /* Russian */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A name the model left out after "group" is an organization's ("rights group Viasna put the
 * number"), not a letter's ("drawn in group C") nor a person's ("the group Gordon Wu founded"). */
static void test_group_names(eg_model *d)
{
    const char *gn[] = {"Rights", "group", "Viasna", "put",   "the",   "number", "at",
                        "40",     ".",     "They",   "were",  "drawn", "in",     "group",
                        "C",      ".",     "The",    "group", "Gordon", "Wu",    "founded",
                        "grew",   "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, gn, 23, (uint32_t[]){0, 9, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));    /* Viasna */
    CHECK(!has_chunk(ch, nch, 14, 15, EG_NE_ORG)); /* C */
    CHECK(!has_chunk(ch, nch, 18, 20, EG_NE_ORG)); /* Gordon Wu */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A word before "river", "valley", "district" or "mine" is a place ("the Swat river", "the
 * Mezzeh district", "its Fekola mine"), not a party's adjective ("a Democratic district"). */
static void test_land_words(eg_model *d)
{
    const char *lw[] = {"A",       "flood",    "on",  "the",      "Swat",     "river",
                        "swept",   "away",     "a",   "hotel",    ".",        "The",
                        "Mezzeh",  "district", "of",  "Damascus", "was",      "hit",
                        ".",       "It",       "is",  "a",        "Democratic", "district",
                        ".",       "Output",   "at",  "its",      "Fekola",   "mine",
                        "rose",    "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    /* a name the model took for MISC or a body's before a noun of land or water */
    const char *dp[] = {"Deccan", "Pharmaceuticals", "runs", "six",     "plants", "across",
                        "the",    "Deccan",          "plateau", "and",  "the",    "Mekong",
                        "delta",  ",",               "not",  "the",     "Arctic", "islands",
                        "."};
    size_t nch = tag_words(d, ws, dp, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC) && has_chunk(ch, nch, 11, 12, EG_NE_LOC) &&
          !has_chunk(ch, nch, 16, 17, EG_NE_LOC));
    /* nor a people's or a region's adjective */
    const char *dq[] = {"Climbers", "in", "the", "Himalayan", "mountains", "and", "farmers",
                        "on",       "the", "Andean", "plateau", "waited", "."};
    nch = tag_words(d, ws, dq, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 4, EG_NE_LOC) && !has_chunk(ch, nch, 9, 10, EG_NE_LOC));
    nch = tag_words(d, ws, lw, 32, (uint32_t[]){0, 11, 19, 25}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_LOC));   /* Swat */
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_LOC)); /* Mezzeh */
    CHECK(has_chunk(ch, nch, 22, 23, EG_NE_MISC)); /* Democratic */
    CHECK(has_chunk(ch, nch, 28, 29, EG_NE_LOC));  /* Fekola */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A name the model left out after "Shares in" is a firm's ("Shares in Uniper fell"), not a
 * kind of share's ("shares of Class A stock"). */
static void test_shares_names(eg_model *d)
{
    const char *sn[] = {"Shares", "in",     "Uniper", "fell",  "4.8",   "%",    "on",
                        "Monday", ".",      "It",     "sold",  "1,000", "shares", "of",
                        "Class",  "A",      "stock",  "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sn, 18, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));    /* Uniper */
    CHECK(!has_chunk(ch, nch, 14, 16, EG_NE_ORG)); /* Class A */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "Reuter", the agency's name in its 1980s wires, is an organization ("A Reuter survey of
 * traders"); the signoff that ends such a wire names nothing; an article naming a person so
 * keeps him ("Paul Reuter ... Reuter said"). */
static void test_agency_signoff(eg_model *d)
{
    const char *as[] = {"A",     "Reuter", "survey", "of",    "traders", "showed", "a",
                        "rise",  ".",      "The",    "bank",  "said",    "it",     "would",
                        "pay",   ".",      "REUTER"};
    const char *pr[] = {"Paul", "Reuter", "wrote", "the", "book", ".", "Reuter", "said", "so",
                        "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, as, 17, (uint32_t[]){0, 9, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG)); /* Reuter survey */
    for (size_t c = 0; c < nch; c++) {
        CHECK(ch[c].end <= 16); /* the signoff */
    }
    nch = tag_words(d, ws, pr, 10, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_PER)); /* Paul Reuter */
    CHECK(!has_chunk(ch, nch, 6, 7, EG_NE_ORG)); /* Reuter said */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A film prize named alone is MISC ("her Oscar for best actress", "seven BAFTAs"), and so are
 * the capitalized words before "Awards" ("The Academy Awards ceremony"); not a person so
 * called ("Commander Oscar told"), nor a headline's verb ("Navy Awards Contract"); a title in
 * quotes after a noun of works is a work ("its song \"Naatu Naatu\""). */
static void test_award_names(eg_model *d)
{
    const char *an[] = {"Yeoh",     "poses",   "with",     "her",      "Oscar",   "for",
                        "best",     "actress", ".",        "The",      "Academy", "Awards",
                        "ceremony", "drew",    "viewers",  ".",        "It",      "won",
                        "seven",    "BAFTAs",  ".",        "Its",      "song",    "\"",
                        "Naatu",    "Naatu",   "\"",       "won",      "."};
    const char *co[] = {"Commander", "Oscar",    "told",  "reporters", "he", "would", "fight",
                        ".",         "Navy",     "Awards", "Contract", "To", "Boeing"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, an, 29, (uint32_t[]){0, 9, 16, 21}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC));   /* Oscar */
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_MISC)); /* Academy Awards */
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_MISC)); /* BAFTAs */
    CHECK(has_chunk(ch, nch, 24, 26, EG_NE_MISC)); /* Naatu Naatu */
    nch = tag_words(d, ws, co, 13, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 1, 2, EG_NE_MISC)); /* Commander Oscar */
    CHECK(!has_chunk(ch, nch, 8, 10, EG_NE_MISC)); /* Navy Awards */
    /* after a drama's, a comedy's, a memoir's or a musical's noun too; not "I" */
    const char *dr[] = {"The", "drama", "\"", "CODA", "\"", "won", ".", "Fans", "of", "the",
                        "comedy", "Nighty", "Night", "cheered", ".", "A", "comedy", "I",
                        "loved", "."};
    nch = tag_words(d, ws, dr, 20, (uint32_t[]){0, 7, 15}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_MISC) && has_chunk(ch, nch, 11, 13, EG_NE_MISC) &&
          !has_chunk(ch, nch, 17, 18, EG_NE_MISC));
    /* and after a chatbot's noun ("Google's chatbot Bard") */
    const char *cb[] = {"Google", "AI", "chatbot", "Bard", "flubs", "answer", "in", "ad", "."};
    nch = tag_words(d, ws, cb, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_MISC));
    /* a U.S. state before a party's member: the state and the party's word; a lake is a
     * place */
    const char *sd[] = {"Inflation", "must", "fall", ",", "the", "Massachusetts", "Democrat",
                        "said", ".", "Balloons", "fell", "over", "Yukon", "territory", "and",
                        "Lake", "Huron", "."};
    nch = tag_words(d, ws, sd, 18, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC) && has_chunk(ch, nch, 6, 7, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_LOC));
    /* a listed given name and a plain surname are a person's, where the model saw a firm (a
     * town is named Elon), and so is the surname alone; not a listed firm's words */
    const char *em[] = {"A",  "judge", "will",  "decide", "whether", "Elon", "Musk",  "must",
                        "complete", "the", "deal", ".",     "Shares",  "of",   "Eli",   "Lilly",
                        "rose", "."};
    nch = tag_words(d, ws, em, 18, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_PER) && !has_chunk(ch, nch, 14, 16, EG_NE_PER));
    /* a market's strategists at a firm that warned; a listed party named for its country; a
     * river's banks beside a firm of its name */
    const char *ms[] = {"Some",        "strategists", "at",     "Morgan",  "Stanley", "warned",
                        ".",           "The",         "Alternative", "for", "Germany", "came",
                        "second",      ".",           "Chao",   "Phraya",  "Foods",   "Co",
                        "Ltd",         "built",       "a",      "plant",   "on",      "the",
                        "banks",       "of",          "the",    "Chao",    "Phraya",  "."};
    nch = tag_words(d, ws, ms, 30, (uint32_t[]){0, 7, 14}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 27, 29, EG_NE_LOC));
    /* a sentence's first noun of a person's or a firm's trade is no part of the name; nor is
     * "Benchmark" of Brent */
    const char *sn[] = {"Actress", "Zemfira", ",",  "who", "left", "Russia", ",", "spoke",
                        ".",      "Railroad", "CSX", "Corp", "said", "it", "would", "divert",
                        "trains", ".",  "Benchmark", "Brent", "crude", "futures", "were",
                        "flat",   "."};
    nch = tag_words(d, ws, sn, 25, (uint32_t[]){0, 9, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_MISC));
    /* a gamer's handle after the player's role, or in lower case after "known as" */
    const char *gh[] = {"Mid",  "laner", "ShowMaker", "and",   "jungler", "Canyon", "starred",
                        ".",    "Danil", "Kryshkovets", ",",   "known",   "as",     "donk",
                        ",",    "wrote", "that",       "he",   "was",     "happy",  "."};
    nch = tag_words(d, ws, gh, 21, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_PER));
    /* a firm's name with Belgium's "SRL" or "SPRL", which the model took for a person's */
    const char *sr[] = {"His", "company", "was", "renamed", "Delvaux", "Fr\xc3\xa8res", "SRL",
                        "after", "Belgium", "'s", "new", "code", "took", "effect", "."};
    nch = tag_words(d, ws, sr, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_ORG));
    /* and a legal form after a word the model left out and a person's two words before it */
    const char *kp[] = {"Kenanga", "Palma", "Plantations", "Sdn", "Bhd", "said", "on", "Monday",
                        "."};
    nch = tag_words(d, ws, kp, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 5, EG_NE_ORG));
    /* a Nobel prize's field; "Singer" or "Hooker" before a given name opens no name; Welsh
     * "ap" */
    const char *np[] = {"Han",    "Kang",  "won",  "the",       "2024",  "Nobel", "Prize",
                        "in",     "Literature", "on", "Thursday", ".",    "Singer", "George",
                        "Michael", "has",  "died", "at",        "home",  ".",     "Wales",
                        "flyhalf", "Rhys", "ap",   "Gwilym",    "kicked", "a",    "goal",
                        "with",   "Owain", "ap",   "Rhys",      "."};
    nch = tag_words(d, ws, np, 33, (uint32_t[]){0, 12, 20}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 9, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 13, 15, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 22, 25, EG_NE_PER) && has_chunk(ch, nch, 29, 32, EG_NE_PER));
    const char *hk[] = {"Hooker", "Dan", "Sheehan-Walsh", "scored", "twice", "."};
    nch = tag_words(d, ws, hk, 6, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_PER));
    /* a given name, Irish "O" with an acute accent and a surname the model named in part or
     * not at all */
    const char *ir[] = {"Irish", "left-hander", "P\303\241draig", "\303\223",
                        "D\303\241laigh", "finished", "third", "."};
    nch = tag_words(d, ws, ir, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_PER));
    /* a player before a bracketed country whose given name is a listed name word, though no
     * other player of the line is listed */
    const char *mk[] = {"Women", "'s", "singles", "final", ":", "Madison", "Keys", "(", "U.S.",
                        ")", "beat", "Ons", "Jabeur", "(", "Tunisia", ")", "6-3", "6-4"};
    nch = tag_words(d, ws, mk, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_PER));
    /* an acronym the model left out before a body's office and a person's name; not a
     * title's own */
    const char *ao[] = {"NASA", "Administrator", "Jim", "Bridenstine", "congratulated", "the",
                        "team", ".", "Apple", "CEO", "Tim", "Cook", "spoke", "."};
    nch = tag_words(d, ws, ao, 14, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 9, 10, EG_NE_ORG));
    /* a word with an elided "d'" after a name, or after a place's first word alone */
    const char *el[] = {"She", "won", "the", "World", "Cup", "downhill", "in", "Val",
                        "d'Isere", "on", "Saturday", "."};
    nch = tag_words(d, ws, el, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_LOC));
    const char *bo[] = {"Messi", "won", "his", "eighth", "Ballon", "d'Or", "on", "Monday",
                        "."};
    nch = tag_words(d, ws, bo, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_MISC));
    const char *cdo[] = {"Vineyards", "in", "the", "Cote", "d'Or", "were", "hit", "."};
    nch = tag_words(d, ws, cdo, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 5, EG_NE_MISC));
    /* with a curly apostrophe too: a prize, and a French quay after a word of place */
    const char *qcur[] = {"She",    "won",  "the",  "Palme",   "d\xe2\x80\x99Or", "at",  "Cannes",
                          ".",      "Police", "closed", "the", "road",              "along", "the",
                          "Quai",   "d\xe2\x80\x99Orsay",  "on",     "Friday", "."};
    nch = tag_words(d, ws, qcur, 19, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC) && has_chunk(ch, nch, 14, 16, EG_NE_LOC));
    /* a demonym the model took for a place before a word in lower case */
    const char *dm[] = {"The", "missile", "was", "likely", "fired", "by", "Ukrainian", "air",
                        "defences", "."};
    nch = tag_words(d, ws, dm, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_MISC));
    /* a person's name the model ended before a Dutch particle and the surname after it */
    const char *th[] = {"Ajax", "coach", "Erik", "ten", "Hag", "said", "the", "win", "was",
                        "deserved", "."};
    nch = tag_words(d, ws, th, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_PER));
    /* and a Catalan second surname after "i" */
    const char *ca[] = {"Local", "favourite", "N\303\272ria", "Castells", "i", "Puig",
                        "finished", "sixth", "."};
    nch = tag_words(d, ws, ca, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_PER));
    /* a product's number before its noun; Italy's "Associazione Calcio" and the club's name */
    const char *ns[] = {"Germany", "halted", "the",   "Nord",     "Stream", "2",      "pipeline",
                        ".",       "Meta",   "cut",   "prices",   "of",     "Oculus", "Quest",
                        "2",       "headsets", ".",   "Italian",  "club",   "Associazione",
                        "Calcio",  "Ferrara", "Estense", "signed", "a",     "striker", "."};
    nch = tag_words(d, ws, ns, 27, (uint32_t[]){0, 8, 17}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_LOC) || has_chunk(ch, nch, 3, 6, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 12, 15, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 19, 23, EG_NE_ORG));
    /* a long form in another language's casing before its acronym in parentheses */
    const char *lf[] = {"The",    "Moravsk\xc3\xa1", "strana", "pokroku", "(",     "MSP",
                        ")",      "won",      "seats",  ".",       "The",   "Comisi\xc3\xb3n",
                        "Nacional", "Bancaria", "y",    "de",      "Valores", "(",   "CNBV",
                        ")",      "fined",    "it",     ".",       "He",    "is",    "chief",
                        "executive", "officer", "(",    "CEO",     ")",     "."};
    nch = tag_words(d, ws, lf, 32, (uint32_t[]){0, 10, 23}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 11, 17, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 25, 28, EG_NE_ORG));
    /* a French long form with a part of a hyphened word for a letter ("ouest-africaine"),
     * "et" no letter where the word before gives it, and one the model split in two at "de
     * l'" */
    const char *fr[] = {"Ties", "with", "the", "Union", "\303\251conomique", "et",
                        "mon\303\251taire", "ouest-africaine", "(", "UEMOA", ")", "held", ".",
                        "The", "CFA", "franc", "is", "issued", "by", "the", "Banque",
                        "Centrale", "des", "\303\211tats", "de", "l'", "Afrique", "de", "l'",
                        "Ouest", "(", "BCEAO", ")", "."};
    nch = tag_words(d, ws, fr, 34, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 20, 30, EG_NE_ORG));
    /* a German article opening a party's name inside an English sentence */
    const char *dl[] = {"A", "coalition", "including", "Die", "Linke", "was", "ruled", "out",
                        "."};
    nch = tag_words(d, ws, dl, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    /* a club's name of two words without its club's words, which the model took for a person */
    const char *cd[] = {"Club",  "Deportivo", "Ourense", "Mi\xc3\xb1o", "signed", "him", ".",
                        "Ourense", "Mi\xc3\xb1o", "will", "receive", "500,000", "euros", "."};
    nch = tag_words(d, ws, cd, 14, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A title in quotes whose first word the model left out and a part of which it named is the
 * work's whole ("All Quiet on the Western Front"); not a slogan ("Death to America"). */
static void test_quoted_parts(eg_model *d)
{
    const char *qp[] = {"Oscar",   "haul",   "for",   "\"",     "All",     "Quiet", "on",
                        "the",     "Western", "Front", "\"",     "grew",    ".",     "They",
                        "chanted", "\"",     "Death", "to",     "America", "\"",    "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, qp, 21, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 10, EG_NE_MISC));   /* All Quiet on the Western Front */
    CHECK(!has_chunk(ch, nch, 16, 19, EG_NE_MISC)); /* Death to America */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "State" after a place that is no U.S. state, before a state's office, is the place's ("Lagos
 * State Governor"); not a university's side ("Boise State beat"). */
static void test_state_places(eg_model *d)
{
    const char *sp[] = {"Lagos", "State", "Governor", "Babajide", "Sanwo-Olu", "said", "so",
                        ".",     "Boise", "State",    "beat",     "Fresno",    "State", "24-10",
                        "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sp, 15, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_LOC));   /* Lagos State */
    CHECK(!has_chunk(ch, nch, 8, 10, EG_NE_LOC)); /* Boise State */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A body's head and the capitalized words after its "of" the model all left out are an
 * organization ("The Academy of Motion Picture Arts and Sciences had"); not in a headline. */
static void test_unnamed_bodies(eg_model *d)
{
    const char *ub[] = {"The",      "Academy", "of",   "Motion", "Picture", "Arts", "and",
                        "Sciences", "had",     "set",  "up",     "a",       "team", ".",
                        "Academy",  "Of",      "Arts", "Names",  "New",     "Head"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ub, 20, (uint32_t[]){0, 14}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 8, EG_NE_ORG)); /* Academy of Motion Picture Arts and Sciences */
    CHECK(!has_chunk(ch, nch, 14, 17, EG_NE_ORG)); /* the headline's */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A saint's day is a holiday, MISC, whatever the model made of the saint ("after St Patrick's
 * Day celebrations"); not a club named for a saint ("St Johnstone"). */
static void test_saints_days(eg_model *d)
{
    const char *sd[] = {"He",   "spoke", "after",     "St",  "Patrick", "'s",  "Day",
                        "celebrations", ".", "Celtic", "beat", "St",   "Johnstone", "2-0",
                        "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sd, 15, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_MISC));   /* St Patrick 's Day */
    CHECK(!has_chunk(ch, nch, 11, 13, EG_NE_MISC)); /* St Johnstone */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "S and P" is Standard and Poor's, ORG, and with a number after it its index, MISC. */
static void test_s_and_p(eg_model *d)
{
    const char *sp[] = {"S",     "and", "P",   "cited", "losses", ".",       "Trading",
                        "in",    "S",   "and", "P",     "500",    "futures", "rose", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sp, 15, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));   /* S and P */
    CHECK(has_chunk(ch, nch, 8, 12, EG_NE_MISC)); /* S and P 500 */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A plural's apostrophe inside a name is the name's ("the Breeders ' Cup Juvenile"); not a
 * person's possessive ("Geert Wilders ' Party"). */
static void test_apostrophe_names(eg_model *d)
{
    const char *an[] = {"Corniche", "won",     "the",   "Breeders", "'",     "Cup",
                        "Juvenile", "by",      "six",   "lengths",  ".",     "Geert",
                        "Wilders",  "'",       "Party", "for",      "Freedom", "gained",
                        "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, an, 19, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_MISC)); /* Breeders ' Cup Juvenile */
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_PER)); /* Geert Wilders */
    /* the head after more capitals, and the names right before the plural */
    const char *ap[] = {"The",     "fund",  "Ontario", "Teachers", "'",     "Pension",
                        "Plan",    "sold",  "shares",  ".",        "They",  "rallied",
                        "in",      "Martyrs", "'",     "Square",   "in",    "Tripoli",
                        ".",       "The",   "Nigerian", "Governors", "'",   "Forum",
                        "met",     "on",    "the",     "budget",   "."};
    nch = tag_words(d, ws, ap, 29, (uint32_t[]){0, 10, 19}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 7, EG_NE_ORG));    /* Ontario Teachers ' Pension Plan */
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_LOC));  /* Martyrs ' Square */
    CHECK(has_chunk(ch, nch, 20, 24, EG_NE_ORG));  /* Nigerian Governors ' Forum */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "U.S." before a holiday the model took in is a place of its own ("ahead of the U.S. Labor
 * Day weekend": LOC, then MISC, as CoNLL-2003 tags it); Eurodollars are MISC, and so are the
 * Super Bowl, "Confederate", a tennis report's Wimbledon, a golf report's Masters, COVAX, a
 * car's "Model Y", the App Store and listed products ("Sputnik V", "HBO Max", "ChatGPT"). */
static void test_country_holidays(eg_model *d)
{
    const char *ch_[] = {"Traders", "bought", "ahead", "of",      "the", "U.S.",
                         "Labor",   "Day",    "weekend", ",",     "dealers", "said", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ch_, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC));  /* U.S. */
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC)); /* Labor Day */
    const char *eu[] = {"December", "Eurodollars", "were", "down", "11", "bps", "."};
    nch = tag_words(d, ws, eu, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_MISC)); /* the euromarkets' instruments */
    const char *sb[] = {"Super", "Bowl", "LVI", "will", "be", "played", "near", "the",
                        "Confederate", "statues", "."};
    nch = tag_words(d, ws, sb, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_MISC)); /* Super Bowl LVI */
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_MISC)); /* Confederate */
    const char *wi[] = {"The", "top", "seed", "will", "rest", "before", "Wimbledon", ".",
                        "She", "won", "at",   "Wimbledon", "."};
    nch = tag_words(d, ws, wi, 13, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_MISC)); /* the championship */
    CHECK(!has_chunk(ch, nch, 11, 12, EG_NE_MISC)); /* at the place */
    const char *gm[] = {"The", "golfer", "won", "the", "Masters", "by", "five", "shots", "via",
                        "the", "COVAX", "facility", "."};
    nch = tag_words(d, ws, gm, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC));   /* the Masters */
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_MISC)); /* COVAX */
    const char *my[] = {"The", "Tesla", "Model", "Y", "sold", "well", "."};
    nch = tag_words(d, ws, my, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_MISC)); /* Model Y */
    const char *as[] = {"It", "left", "the", "App", "Store", "and", "the", "Google", "Play",
                        "Store", "."};
    nch = tag_words(d, ws, as, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC));  /* App Store */
    CHECK(has_chunk(ch, nch, 7, 10, EG_NE_MISC)); /* Google Play Store */
    const char *lp[] = {"Sputnik", "V",   "was", "approved", ",",   "and", "HBO", "Max",
                        "and",     "ChatGPT", "grew", "."};
    nch = tag_words(d, ws, lp, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_MISC)); /* Sputnik V */
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC)); /* HBO Max */
    CHECK(has_chunk(ch, nch, 9, 10, EG_NE_MISC)); /* ChatGPT */
    const char *lf[] = {"Shares", "of", "Riot", "Games", "rose", ",", "and", "Vision", "Fund",
                        "said", "so", "."};
    nch = tag_words(d, ws, lf, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG)); /* Riot Games, not a game's event */
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG)); /* Vision Fund */
    const char *lw[] = {"She", "rose", "to", "third", "in", "the", "WTA", "rankings", ",",
                        "and", "Save", "the", "Children", "said", "the", "March", "Madness",
                        "games", "aired", "on", "ESPN", "."};
    nch = tag_words(d, ws, lw, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG));    /* WTA */
    CHECK(has_chunk(ch, nch, 10, 13, EG_NE_ORG));  /* Save the Children */
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_MISC)); /* March Madness */
    CHECK(has_chunk(ch, nch, 20, 21, EG_NE_ORG));  /* ESPN */
    const char *wh[] = {"Caesars", "agreed", "to", "buy", "William", "Hill", "for", "2.9",
                        "billion", "pounds", "."};
    nch = tag_words(d, ws, wh, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG)); /* the bookmaker, no person */
    const char *gt[] = {"Japan", "suspended", "its", "Go", "To", "Travel", "campaign", "as",
                        "Moderna", "'s", "mRNA-1273", "won", "approval", "."};
    nch = tag_words(d, ws, gt, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_MISC) && has_chunk(ch, nch, 10, 11, EG_NE_MISC));
    const char *gb[] = {"Grab", "a", "limited", "edition", "shirt", "from", "our", "shop", "."};
    nch = tag_words(d, ws, gb, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 0, 1, EG_NE_ORG)); /* the verb, no firm */
    const char *cg[] = {"Natus", "Vincere", "won", "the", "Counter-Strike", ":", "Global",
                        "Offensive", "major", "in", "Rio", "."};
    nch = tag_words(d, ws, cg, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_MISC)); /* the game, whole */
    const char *cd[] = {"In",      "the",     "semi-finals", ",",        "Astralis", "beat",
                        "French",  "team",    "Team",        "Vitality", "2-0",      "and",
                        "Natus",   "Vincere", "overcame",    "G2",       "Esports",  "2-1",
                        "after",   "trailing", "on",         "Nuke",     ".",        "Brazilian",
                        "team",    "Furia",   "Esports",     "reached",  "the",
                        "quarter-finals",     ",",           "the",      "best",     "showing",
                        "by",      "a",       "South",       "American", "side",     "this",
                        "year",    "."};
    nch = tag_words(d, ws, cd, 42, (uint32_t[]){0, 23}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_ORG)); /* the model named "Esports" alone */
    const char *cp[] = {"Vitality", "won", "the", "ESL", "Pro", "League", "for", "Counter-Strike",
                        ":", "Global", "Offensive", ",", "with", "ZywOo", "named", "MVP", "."};
    nch = tag_words(d, ws, cp, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 11, EG_NE_MISC)); /* not cut at the colon by "League for" */
    const char *rg[] = {"Nadal", "won", "his", "14th", "title", "at", "Roland", "Garros", "."};
    nch = tag_words(d, ws, rg, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_LOC)); /* the venue, no person */
    const char *an[] = {"Leaders", "Liverpool", "were",  "held",   "1-1",   "by",  "West",
                        "Bromwich", "Albion",   "at",    "Anfield", "after", "Semi", "Ajayi",
                        "headed",  "a",         "late",  "equaliser", "."};
    nch = tag_words(d, ws, an, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_LOC)); /* the ground, no club */
    const char *ks[] = {"The",     "capsule", "soared", "from",   "the",    "Kennedy",
                        "Space",   "Center",  "at",     "3:22",   "p.m.",   "."};
    nch = tag_words(d, ws, ks, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_LOC)); /* the launch site, no agency */
    /* a cup named in its own language is an event; a movement an organization, not before a
     * place's head the model left out */
    const char *ci[] = {"Napoli",  "won",   "the",    "Coppa", "Italia", "after",  "a",
                        "Black",   "Lives", "Matter", "rally", "near",   "Black",  "Lives",
                        "Matter",  "Plaza", "."};
    nch = tag_words(d, ws, ci, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC) && has_chunk(ch, nch, 7, 10, EG_NE_ORG) &&
          !has_chunk(ch, nch, 12, 15, EG_NE_ORG));
    /* a racing team's name, its head the model left out or a person's name taken in */
    const char *rt[] = {"Smith", "drives", "for",     "Richard", "Petty",  "Motorsports", "and",
                        "Dixon", "for",    "Chip",    "Ganassi", "Racing", "."};
    nch = tag_words(d, ws, rt, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG) && has_chunk(ch, nch, 9, 12, EG_NE_ORG));
    /* a "person" before a player's role and a person's name is the team */
    const char *vk[] = {"The",    "referee", "failed", "to",      "show", "that",  "Villa",
                        "keeper", "Orjan",   "Nyland", "had",     "carried", "the", "ball",
                        "over",   "the",     "line",   "."};
    nch = tag_words(d, ws, vk, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG) && has_chunk(ch, nch, 8, 10, EG_NE_PER));
    /* a number that opens a sentence is no word of the demonym after it */
    const char *tw[] = {"NEW",    "DELHI",  ",",        "June",  "16",     "(",     "Reuters",
                        ")",      "-",      "Twenty",   "Indian", "soldiers", ",", "including",
                        "a",      "colonel", ",",       "were",  "killed", "in",    "a",
                        "clash",  ".",      "Twenty",   "Indian", "soldiers", "were", "killed",
                        "in",     "the",    "clash",    ",",     "officials", "said", "."};
    nch = tag_words(d, ws, tw, 35, (uint32_t[]){0, 23}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_MISC) && has_chunk(ch, nch, 24, 25, EG_NE_MISC));
    /* a firm's name keeps its possessive before a word that cannot follow one */
    const char *sbs[] = {"Sainsbury", "'s",   "said", "sales", "rose",   ",",  "and",
                        "Sainsbury", "'s",   "shares", "fell", "."};
    nch = tag_words(d, ws, sbs, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_ORG) && has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* a programme's name the model left out is MISC; an agency so named stays ORG */
    const char *pp[] = {"Bailey",     "said",     "the",      "bank",     "wanted",
                        "to",         "see",      "how",      "the",      "jobs",
                        "market",     "fared",    "after",    "the",      "end",
                        "of",         "the",      "Coronavirus", "Job",   "Retention",
                        "Scheme",     ".",        "The",      "World",    "Food",
                        "Programme",  "said",     "it",       "would",    "help",
                        "."};
    nch = tag_words(d, ws, pp, 31, (uint32_t[]){0, 22}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 17, 21, EG_NE_MISC) && has_chunk(ch, nch, 23, 26, EG_NE_ORG));
    /* a court case's name is one MISC name; a match's sides stay apart */
    const char *cs[] = {"The",   "case",  "is",    "Bremer", "v",      ".",     "SolarWinds",
                        "Corp",  "et",    "al",    ",",      "and",    "the",   "court",
                        "cited", "Roe",   "v.",    "Wade",   "."};
    nch = tag_words(d, ws, cs, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 10, EG_NE_MISC) && has_chunk(ch, nch, 15, 18, EG_NE_MISC));
    const char *ev[] = {"Everton", "v", "Manchester", "City", "was", "postponed", "by", "the",
                        "league", "."};
    nch = tag_words(d, ws, ev, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 2, 4, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The rules pass over a sentence or an article without their words (the article's index of
 * words, model.c's list_in and names_in): the answers are the article's own, for every article
 * tagged with one workspace in turn, in whichever sentence the words stand. */
static void test_rule_word_index(eg_model *d)
{
    const char *in2[] = {"Officials", "met", "in", "Moscow", ".",
                         "They", "approved", "Sputnik", "V", "on", "Monday", "."};
    const char *none[] = {"Officials", "met", "in", "Moscow", "on", "Monday", "."};
    const char *in1[] = {"Sputnik", "V", "was", "approved", ".",
                         "Officials", "met", "in", "Moscow", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    for (int round = 0; round < 2; round++) {
        size_t nch = tag_words(d, ws, none, 7, (uint32_t[]){0}, 1, &ch, &cap);
        for (size_t i = 0; i < nch; i++) {
            CHECK(ch[i].type != EG_NE_MISC);
        }
        nch = tag_words(d, ws, in2, 12, (uint32_t[]){0, 5}, 2, &ch, &cap);
        CHECK(has_chunk(ch, nch, 7, 9, EG_NE_MISC)); /* the second sentence's */
        nch = tag_words(d, ws, in1, 10, (uint32_t[]){0, 5}, 2, &ch, &cap);
        CHECK(has_chunk(ch, nch, 0, 2, EG_NE_MISC)); /* the first's, after an article without */
        CHECK(!has_chunk(ch, nch, 5, 7, EG_NE_MISC));
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* An Arabic particle's word after a name ends it ("Hayat Tahrir al-Sham", "Ahrar al-Sham",
 * "Ras al-Khaimah"). */
static void test_particle_tails(eg_model *d)
{
    const char *pt[] = {"The",     "Islamist", "group", "Hayat", "Tahrir", "al-Sham", "took",
                        "control", ".",        "Fighters", "from", "Jabhat", "al-Nusra", "and",
                        "Ahrar",   "al-Sham",  "attacked", ".", "He", "flew", "to", "Ras",
                        "al-Khaimah", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, pt, 24, (uint32_t[]){0, 9, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG));   /* Hayat Tahrir al-Sham */
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_ORG)); /* Ahrar al-Sham */
    CHECK(has_chunk(ch, nch, 21, 23, EG_NE_LOC)); /* Ras al-Khaimah */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A group of countries named by its number is an organization ("the Group of 20 leaders"); a
 * coalition's name goes on over "on" and its subject ("Coalition on Homelessness"). */
static void test_numbered_groups(eg_model *d)
{
    const char *ng[] = {"The",       "Group",     "of",        "20",           "leaders",
                        "agreed",    ".",         "Advocacy",  "group",        "Coalition",
                        "on",        "Homelessness", "criticised", "the",      "plan",
                        "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ng, 16, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));  /* Group of 20 */
    CHECK(has_chunk(ch, nch, 9, 12, EG_NE_ORG)); /* Coalition on Homelessness */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A name before "hospital" in lower case is the hospital's, an organization ("the Charite
 * hospital said"), but a place's stays a place ("a Gaza hospital"). */
static void test_hospitals(eg_model *d)
{
    const char *ho[] = {"Doctors", "at",   "the",     "Charite", "hospital", "said",
                        "the",     "patient", "was",   "stable",  ".",        "She",
                        "was",     "taken", "to",      "a",       "Gaza",     "hospital",
                        "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ho, 19, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));   /* Charite */
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_LOC)); /* Gaza */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The name a person goes by, stated after the person's name (", also known as Bobi Wine", ",
 * who plays as Caps"), is the person's, and so is it, or its last word, elsewhere in the
 * article; not a country's name after "known as". */
static void test_stated_nicknames(eg_model *d)
{
    const char *sn[] = {"Jankos", "led", "the", "charge", ".", "Marcin", "Jankowski", ",",
                        "known", "as", "Jankos", ",", "tore", "apart", "the", "defence", ".",
                        "Luka", "Perkovic", ",", "who", "plays", "as", "Perkz", ",", "told",
                        "reporters", ".", "Michael", "Omari", ",", "also", "known", "as",
                        "Stormzy", "Lion", ",", "sang", ".", "Lion", "said", "the", "crowd",
                        "was", "great", ".", "Nguyen", "Van", "Thieu", ",", "known", "as",
                        "Vietnam", "'s", "strongman", ",", "died", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sn, 58, (uint32_t[]){0, 5, 17, 28, 39, 46}, 6, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_PER)); /* known as Jankos */
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_PER));   /* the article's other Jankos */
    CHECK(has_chunk(ch, nch, 23, 24, EG_NE_PER)); /* who plays as Perkz */
    CHECK(has_chunk(ch, nch, 34, 36, EG_NE_PER)); /* also known as Stormzy Lion */
    CHECK(has_chunk(ch, nch, 39, 40, EG_NE_PER)); /* and Lion alone */
    CHECK(has_chunk(ch, nch, 52, 53, EG_NE_LOC)); /* Vietnam */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A firm named with its legal form is also its first word alone. */
static void test_short_firm_names(eg_model *d)
{
    const char *a[] = {"Consolidated", "Natural", "Gas", "Co", "said", "it", "would", "sell",
                       "gas", ".", "Consolidated", "said", "customers", "would", "be", "served",
                       "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 17, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 4, EG_NE_ORG));   /* Consolidated Natural Gas Co */
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_ORG)); /* Consolidated said */
    /* and its words without the legal form, where the segmenter saw no sentence end */
    const char *b[] = {"Shares", "of", "American", "Express", "Co.", "American", "Express",
                       "will", "keep", "a", "stake", "."};
    nch = tag_words(d, ws, b, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG)); /* American Express Co. */
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG)); /* American Express will */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A legal form the model left out of a firm's name, or took alone, is the firm's: "Anglo
 * American plc" (MISC + O), "to Capital A Berhad" (O O ORG), "ARTHUR D. LITTLE INC"; not
 * "UNILEVER PLC AND NV" joined at "AND", nor "a California Limited Partnership". "The Hongkong
 * and Shanghai Banking Corporation Limited" is one name, "Continental and Louis Dreyfus Corp"
 * two. */
static void test_legal_forms(eg_model *d)
{
    const char *a[] = {"Anglo", "American", "plc", "handed", "most", "of", "its", "stake", "to",
                       "shareholders", ".", "AirAsia", "Group", "Berhad", "changed", "its",
                       "name", "to", "Capital", "A", "Berhad", "on", "Friday", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 24, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));   /* Anglo American plc */
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_ORG)); /* AirAsia Group Berhad */
    CHECK(has_chunk(ch, nch, 18, 21, EG_NE_ORG)); /* Capital A Berhad */
    /* a Spanish firm's words before its particle, which the model took for a person's */
    const char *er[] = {"Mubadala", "agreed", "to", "buy", "a", "stake", "in", "Spanish",
                        "solar", "developer", "Energ\303\255as", "Renovables", "del", "Sur",
                        "SL", "for", "an", "undisclosed", "sum", "."};
    nch = tag_words(d, ws, er, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 15, EG_NE_ORG));
    /* a name, "of", a place and a legal form: one firm's */
    const char *aot[] = {"Shares", "in", "Airports", "of", "Thailand", "PCL", ",", "which",
                         "runs", "Suvarnabhumi", "Airport", ",", "rose", "2.4", "%", "."};
    nch = tag_words(d, ws, aot, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG));
    const char *b[] = {"UNILEVER", "PLC", "AND", "NV", "1986", "PROFIT", ".", "Units", "of",
                       "Benequity", "Holdings", ",", "a", "California", "Limited",
                       "Partnership", ",", "rose", "."};
    nch = tag_words(d, ws, b, 19, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 2, 4, EG_NE_ORG));   /* "AND NV" */
    CHECK(!has_chunk(ch, nch, 0, 4, EG_NE_ORG));   /* "UNILEVER PLC AND NV" */
    CHECK(!has_chunk(ch, nch, 13, 15, EG_NE_ORG)); /* "California Limited" */
    /* a firm's name the model cut at "and", after "the"; not a list of firms */
    const char *c[] = {"The", "Hongkong", "and", "Shanghai", "Banking", "Corporation",
                       "Limited", "will", "keep", "its", "name", ".", "Cargill", ",",
                       "Continental", "and", "Louis", "Dreyfus", "Corp", "bid", "."};
    nch = tag_words(d, ws, c, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 7, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 14, 19, EG_NE_ORG));
    /* "Johnson & Johnson" and "Johnson and Johnson" a firm; not "Cash and Cash Equivalents" */
    const char *e[] = {"Johnson", "&", "Johnson", "said", "on", "Monday", "it", "would", "stop",
                       ".", "People", "trust", "Johnson", "and", "Johnson", ",", "he", "said",
                       ".", "Cash", "and", "Cash", "Equivalents", "rose", "."};
    nch = tag_words(d, ws, e, 25, (uint32_t[]){0, 10, 19}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 12, 15, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 19, 22, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Today's dateline names a place, also with its date ("SAO PAULO , Dec 9 ( Reuters ) -"); a
 * fixture's "( N ) -" is none. */
static void test_dateline_place(eg_model *d)
{
    const char *a[] = {"SAO", "PAULO", ",", "Dec", "9", "(", "Reuters", ")", "-", "Brazilian",
                       "airline", "Gol", "said", "on", "Wednesday", "it", "would", "fly", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_LOC)); /* SAO PAULO */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A title is no part of a person's name of two words or more. */
static void test_title_out(eg_model *d)
{
    const char *a[] = {"Saudi", "Energy", "Minister", "Prince", "Abdulaziz", "bin", "Salman",
                       "told", "reporters", "so", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_PER)); /* Abdulaziz bin Salman */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* What the words around a name say of a firm: a platform's name is a company (after "on" the
 * platform), "Bros" ends a firm's name, "an analyst at" and "consultancy" open one. */
static void test_firm_context(eg_model *d)
{
    const char *a[] = {"Regulators", "asked", "it", "to", "sell", "Instagram", "and",
                       "WhatsApp", ".", "A", "film", "from", "Warner", "Bros", "opened", ".",
                       "An", "analyst", "at", "Huatai", "Futures", "in", "Shanghai", "said",
                       "so", ".", "Maersk", "and", "consultancy", "Drewry", "agreed", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 32, (uint32_t[]){0, 9, 16, 26}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_ORG));   /* WhatsApp */
    CHECK(has_chunk(ch, nch, 12, 14, EG_NE_ORG)); /* Warner Bros */
    CHECK(has_chunk(ch, nch, 19, 21, EG_NE_ORG)); /* Huatai Futures */
    CHECK(has_chunk(ch, nch, 29, 30, EG_NE_ORG)); /* Drewry */
    /* a market analyst's employer the model took for a place */
    const char *bern[] = {"Analysts", "at", "Bernstein", "said", "the", "valuation", "was",
                          "too", "high", "."};
    nch = tag_words(d, ws, bern, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));
    /* a channel, a station or a paper after its noun, with a figure in it or its number after
     * it, or after a paper's leaning */
    const char *md[] = {"Bardella", "told",     "broadcaster", "TF1",     "that",    "he",
                        "would",    "resign",   ".",           "Piech",   "told",    "the",
                        "business", "daily",    "Handelsblatt", "that",   "prices",  "rose",
                        ".",        "Zelaya",   "spoke",       "on",      "local",   "television",
                        "channel",  "Canal",    "12",          ".",       "Perez",   "told",
                        "radio",    "station",  "Cadena",      "SER",     "so",      "."};
    nch = tag_words(d, ws, md, 36, (uint32_t[]){0, 9, 19, 28}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));   /* TF1 */
    CHECK(has_chunk(ch, nch, 14, 15, EG_NE_ORG)); /* Handelsblatt */
    CHECK(has_chunk(ch, nch, 25, 27, EG_NE_ORG)); /* Canal 12 */
    CHECK(has_chunk(ch, nch, 32, 34, EG_NE_ORG)); /* Cadena SER */
    /* a team's nickname after its city: the team ("West Bromwich Albion" no place; "Tampa Bay
     * Lightning" whole, where the model stopped at the city) */
    const char *wba[] = {"Liverpool", "play", "on", "Sunday", "when", "they", "host", "West",
                         "Bromwich", "Albion", "at", "Anfield", ",", "while", "Spurs",
                         "travel", ".", "The", "Tampa", "Bay", "Lightning", ",", "who", "beat",
                         "the", "Dallas", "Stars", ",", "will", "raise", "their", "banner",
                         "."};
    nch = tag_words(d, ws, wba, 33, (uint32_t[]){0, 17}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 10, EG_NE_ORG) && has_chunk(ch, nch, 18, 21, EG_NE_ORG));
    /* a word no list names a place, which the article says has stock: a firm everywhere in it
     * ("Moderna"); not a city's stock market */
    const char *mod[] = {"The", "EMA", "will", "assess", "a", "rival", "shot", "from",
                         "Moderna", ".", "AstraZeneca", "shares", "rose", ",", "while",
                         "Moderna", "stock", "was", "little", "changed", "."};
    nch = tag_words(d, ws, mod, 21, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG) && has_chunk(ch, nch, 15, 16, EG_NE_ORG));
    /* an e-sports team: a code or a name before "Esports", "Gaming" or "Clan"; not a common word
     * opening the sentence, nor a name that goes on */
    const char *esp[] = {"Team", "Liquid", "and", "G2", "Esports", "sign", "sponsors", ".",
                         "FaZe", "Clan", ",", "the", "Los", "Angeles", "team", ",", "raised",
                         "money", ".", "Organiser", "ESL", "Gaming", "said", "so", ".",
                         "Sites", "such", "as", "Wireless", "Gaming", "Review", "list", "titles",
                         "."};
    nch = tag_words(d, ws, esp, 34, (uint32_t[]){0, 8, 19, 25}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG) && has_chunk(ch, nch, 8, 10, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 19, 22, EG_NE_ORG) && !has_chunk(ch, nch, 28, 30, EG_NE_ORG));
    /* a head of government's seat is a place, as "White House" */
    const char *seat[] = {"A", "Downing", "Street", "spokesman", "said", "talks", "would",
                          "continue", ".", "Macron", "spoke", "at", "the", "Elysee", "Palace",
                          "on", "Monday", "."};
    nch = tag_words(d, ws, seat, 18, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_LOC) && has_chunk(ch, nch, 13, 15, EG_NE_LOC));
    /* a court of a kind is a body, not a place */
    const char *hc[] = {"He", "made", "a", "bail", "application", "before", "the", "High",
                        "Court", "."};
    nch = tag_words(d, ws, hc, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG));
    /* a team's nickname in a headline's capitals, with the word before it its name's */
    const char *kw[] = {"SOCCER-HOROYA", "CRUISE", "AS", "KWARA", "STARS", "STUMBLE", "LAGOS",
                        ",", "Dec", "3", "(", "Reuters", ")", "-", "Kwara", "Stars", "lost",
                        "2-0", "at", "home", "to", "Enyimba", "on", "Sunday", "."};
    nch = tag_words(d, ws, kw, 25, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    const char *kc[] = {"NFL", "ROUNDUP", "-", "BILLS", "ROUT", "PATRIOTS", ",", "CHIEFS",
                        "CLINCH", "TOP", "SEED", "The", "Kansas", "City", "Chiefs", "beat",
                        "the", "Atlanta", "Falcons", "17-14", "."};
    nch = tag_words(d, ws, kc, 21, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* a compass word and a people's adjective: the people's */
    const char *ni[] = {"Northern", "Irish", "businesses", "will", "follow", "EU", "rules", "."};
    nch = tag_words(d, ws, ni, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_MISC));
    /* an operation's name the model took for a person's */
    const char *op[] = {"The", "army", "launched", "Operation", "Sindoor", "on", "Tuesday", "."};
    nch = tag_words(d, ws, op, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC));
    /* a list of places: a listed city in it is a place, not a club */
    const char *pl[] = {"Rents", "in", "cities", "such", "as", "Munich", ",", "Hamburg", "and",
                        "Cologne", "rose", "about", "12", "percent", "."};
    nch = tag_words(d, ws, pl, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC) && has_chunk(ch, nch, 7, 8, EG_NE_LOC) &&
          has_chunk(ch, nch, 9, 10, EG_NE_LOC));
    /* a state's name in an article on an election some candidate "won": the place */
    const char *tx[] = {"U.S.", "SUPREME", "COURT", "REJECTS", "TEXAS", "BID", "TO", "OVERTURN",
                        "BIDEN", "VICTORY", "WASHINGTON", ",", "Dec", "11", "(", "Reuters", ")",
                        "-", "The", "U.S.", "Supreme", "Court", "on", "Friday", "rejected", "a",
                        "lawsuit", "by", "Texas", "seeking", "to", "throw", "out", "voting",
                        "results", "in", "four", "states", "won", "by", "President-elect", "Joe",
                        "Biden", ".", "In", "a", "brief", "order", ",", "the", "court", "said",
                        "Texas", "lacked", "standing", "."};
    nch = tag_words(d, ws, tx, 56, (uint32_t[]){0, 10, 44}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 28, 29, EG_NE_LOC) && has_chunk(ch, nch, 52, 53, EG_NE_LOC));
    /* a canal is a place; its authority a body */
    const char *cn[] = {"Traffic", "through", "the", "Suez", "Canal", "rose", ".", "The",
                        "Panama", "Canal", "Authority", "said", "so", "."};
    nch = tag_words(d, ws, cn, 14, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC) && !has_chunk(ch, nch, 8, 10, EG_NE_LOC));
    /* a road is a place: its name, its number before a road's noun and alone elsewhere */
    const char *rd[] = {"Protesters", "blocked", "the", "Pan-American", "Highway", ".",
                        "Lorries", "were", "parked", "on", "the", "M20", "motorway", ".",
                        "Lorries", "queue", "on", "the", "M20", "near", "Folkestone", "."};
    nch = tag_words(d, ws, rd, 22, (uint32_t[]){0, 6, 14}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC) && has_chunk(ch, nch, 11, 12, EG_NE_LOC) &&
          has_chunk(ch, nch, 18, 19, EG_NE_LOC));
    /* a name before "border": a place, not a people's adjective */
    const char *bd[] = {"Farmers", "gathered", "at", "the", "Singhu", "border", "crossing", ".",
                        "Refugees", "fled", "to", "the", "Zairean", "border", "."};
    nch = tag_words(d, ws, bd, 15, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_LOC) && !has_chunk(ch, nch, 12, 13, EG_NE_LOC));
    /* a venue's "Place" is a place; "Achilles" before "tendon" no name */
    const char *rp[] = {"The", "Oilers", "played", "at", "an", "empty", "Rogers", "Place", "in",
                        "Edmonton", ".", "He", "ruptured", "his", "Achilles", "tendon", "."};
    nch = tag_words(d, ws, rp, 17, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_LOC));
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 14);
    }
    /* a port is a place; its authority, or the port speaking, a body */
    const char *pd[] = {"Police", "stood", "near", "the", "Port", "of", "Dover", "on",
                        "Wednesday", ".", "The", "Port", "of", "Dover", "said", "it", "was",
                        "closed", "."};
    nch = tag_words(d, ws, pd, 19, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_LOC) && !has_chunk(ch, nch, 11, 14, EG_NE_LOC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* An acronym defined in parentheses after a name names the same, there and alone later; not
 * a word the article writes in lower case. */
static void test_defined_acronyms(eg_model *d)
{
    const char *a[] = {"The", "Department", "for", "Transport", "(", "DfT", ")", "said",
                       "fares", "would", "rise", ".", "The", "DfT", "declined", "to",
                       "comment", "in", "a", "statement", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));   /* Department for Transport */
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG));   /* (DfT) */
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_ORG)); /* The DfT declined */
    const char *b[] = {"It", "sells", "Intelligent", "Network", "(", "IN", ")", "products",
                       "in", "Asia", ".", "SALES", "IN", "CHINA", "ROSE", "."};
    nch = tag_words(d, ws, b, 16, (uint32_t[]){0, 11}, 2, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 12); /* "IN", where "in" is a word */
    }
    /* the words the acronym abbreviates are one name, however the model cut them */
    const char *c[] = {"Japan", "might", "ask", "the", "General", "Agreement", "on", "Tariffs",
                       "and", "Trade", "(", "GATT", ")", "to", "rule", "."};
    nch = tag_words(d, ws, c, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 10, EG_NE_ORG)); /* General Agreement on Tariffs and Trade */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_ORG)); /* GATT */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A vaccine whose maker the text names is a product, MISC, everywhere in the article; a
 * code before a dose's word is one; the maker's own name and a country are not. */
static void test_vaccines(eg_model *d)
{
    const char *a[] = {"Indonesia", "will", "use", "the",  "CoronaVac", "vaccine", "developed",
                       "by",        "Sinovac", "Biotech", "Ltd", ".",     "Officials", "said",
                       "CoronaVac", "was", "78",  "percent", "effective", ".",  "It",   "will",
                       "also",      "buy", "the", "AZD1222", "candidate", "from", "AstraZeneca",
                       "Plc", ".",  "Brazil", "received", "the", "Moderna", "vaccine", "from",
                       "Moderna", "Inc", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 40, (uint32_t[]){0, 12, 20, 31}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC));   /* the CoronaVac vaccine developed by */
    CHECK(has_chunk(ch, nch, 14, 15, EG_NE_MISC)); /* CoronaVac was */
    CHECK(has_chunk(ch, nch, 25, 26, EG_NE_MISC)); /* the AZD1222 candidate */
    CHECK(has_chunk(ch, nch, 34, 35, EG_NE_ORG));  /* the Moderna vaccine from Moderna Inc */
    /* not a date before "vaccine", nor a firm the article writes before "said" */
    const char *nv[] = {"The", "government", "expects", "a",    "mid-2021", "vaccine", "rollout",
                        ".",   "Residents", "can",   "get",  "the",  "Novavax", "shot",
                        "from", "Walgreens", ".",    "Novavax", "said", "trials", "went",
                        "well", "."};
    nch = tag_words(d, ws, nv, 23, (uint32_t[]){0, 8, 17}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].type != EG_NE_MISC);
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Codes before a word for a weapon, a craft or a meeting are products' and events' names
 * (coded_products), the same code elsewhere in the article too; not a money supply's "M2". */
static void test_coded_products(eg_model *d)
{
    const char *cp[] = {"Turkey", "bought", "Russian", "S-400", "air", "defence", "systems", ".",
                        "Japan", "'s", "Hayabusa2", "probe", "dropped", "a", "capsule", ".",
                        "Hayabusa2", "landed", "near", "Woomera", ".", "M2", "money", "supply",
                        "rose", "3.8", "percent", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, cp, 28, (uint32_t[]){0, 8, 16, 21}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_MISC));   /* S-400 air defence systems */
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_MISC)); /* Hayabusa2 probe */
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_MISC)); /* Hayabusa2 landed */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 21); /* M2 money supply */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A title opened after its first word and "of" is whole where a determiner comes before it
 * (of_titles); not a people's word after "of". */
static void test_of_titles(eg_model *d)
{
    const char *ot[] = {"FaZe", "Clan", "said", "they", "would", "take", "part", "in", "the",
                        "Call", "of", "Duty", "League", "season", "starting", "in", "February",
                        ".", "It", "was", "one", "of", "the", "Thousands", "of", "Indian",
                        "farmers", "who", "marched", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ot, 30, (uint32_t[]){0, 18}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 13, EG_NE_MISC));  /* Call of Duty League */
    CHECK(has_chunk(ch, nch, 25, 26, EG_NE_MISC)); /* Indian, not "Thousands of Indian" */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* "WHO" opening a sentence written the ordinary way is the organization (who_acronym), not in
 * a headline in capitals. */
static void test_who_acronym(eg_model *d)
{
    const char *wa[] = {"GENEVA", ",", "March", "15", "(", "Reuters", ")", "-", "Several",
                        "countries", "paused", "the", "vaccine", "on", "Monday", ".", "WHO",
                        "Director-General", "Tedros", "Adhanom", "Ghebreyesus", "said", "the",
                        "pause", "was", "a", "precaution", ".", "The", "agency", "said", "it",
                        "would", "review", "the", "data", ".", "WHO", "WILL", "WIN", "THE",
                        "TITLE", "?"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, wa, 43, (uint32_t[]){0, 16, 28, 37}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_ORG)); /* WHO Director-General */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 37); /* WHO WILL WIN */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* In a match report a listed city before a match's verb or after a result's words is the team
 * (team_verbs), and so is its every mention but after a word of a place. */
static void test_team_verbs(eg_model *d)
{
    const char *tv[] = {"Valencia", "drew", "2-2", "with", "Sevilla", "in", "the", "league",
                        "on", "Saturday", ".", "Barcelona", "moved", "third", "after", "a",
                        "1-0", "win", "over", "Valencia", ",", "who", "scored", "late", ".",
                        "The", "match", "in", "Valencia", "was", "played", "without", "fans",
                        ".", "Kansas", "City", "scored", "three", "late", "touchdowns", "as",
                        "the", "season", "ended", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, tv, 45, (uint32_t[]){0, 11, 25, 34}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG));   /* Valencia drew */
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_ORG)); /* a 1-0 win over Valencia */
    CHECK(has_chunk(ch, nch, 28, 29, EG_NE_LOC)); /* the match in Valencia */
    CHECK(has_chunk(ch, nch, 34, 36, EG_NE_ORG)); /* Kansas City scored */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A state's name before a player's position is the college's team (club_roles), and so where
 * the article names it alone; not after "In" opening a sentence. */
static void test_club_positions(eg_model *d)
{
    const char *cp[] = {"Illinois", "guard", "Ayo", "Dosunmu", "scored", "22", "in", "a",
                        "75-60", "win", "as", "the", "season", "resumed", ".", "In", "Illinois",
                        ",", "the", "game", "was", "played", "without", "fans", ".", "The",
                        "league", "said", "Illinois", "would", "play", "on", "Sunday", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, cp, 34, (uint32_t[]){0, 15, 25}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG));   /* Illinois guard */
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_LOC)); /* In Illinois */
    CHECK(has_chunk(ch, nch, 28, 29, EG_NE_ORG)); /* said Illinois would play */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A line of won-lost records with two places among four names or more: all are teams
 * (standings_teams), "people" of one word too. */
static void test_record_lines(eg_model *d)
{
    const char *rl[] = {"The", "tournament", "starts", "on", "Thursday", ".", "No.", "1",
                        "seeds", ":", "Gonzaga", "26-0", ";", "Baylor", "22-2", ";", "Illinois",
                        "23-6", ";", "Michigan", "20-4"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, rl, 21, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_ORG)); /* Gonzaga 26-0 */
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_ORG)); /* Baylor 22-2 */
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_ORG)); /* Illinois 23-6 */
    /* not a poll's states, in an article with no sport */
    const char *po[] = {"Biden", "led", "in", "polls", ":", "Michigan", "50-44", ",",
                        "Wisconsin", "49-45", ",", "Pennsylvania", "50-46", ",", "Arizona",
                        "48-47"};
    nch = tag_words(d, ws, po, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC)); /* Michigan 50-44 */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A "person" listed among places is a place (listed_places); not a person before his town
 * and state. */
static void test_listed_places(eg_model *d)
{
    const char *lp[] = {"The", "firm", "plans", "stores", "in", "Hanoi", ",", "Hai", "Phong",
                        "and", "Da", "Nang", ",", "and", "plans", "to", "expand", ".", "He",
                        "is", "Theodore", "Cross", ",", "Princeton", ",", "N.J.", ",", "editor",
                        "of", "a", "journal", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, lp, 32, (uint32_t[]){0, 18}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_LOC)); /* Hanoi, Hai Phong and Da Nang */
    CHECK(has_chunk(ch, nch, 20, 22, EG_NE_PER)); /* Theodore Cross, Princeton, N.J. */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A photo's credit names its photographer (photographers): after "REUTERS/" up to a slash or
 * the line's end, before "/Pool"; not "Stringer" nor "File Photo". */
static void test_photographers(eg_model *d)
{
    const char *ph[] = {"Protesters", "march", "in", "Yangon", ",", "March", "14", ",", "2021",
                        ".", "REUTERS", "/", "Shwe", "Paw", "Mya", "Tin", "A", "worker", "walks",
                        "in", "Sao", "Paulo", ",", "March", "2", ".", "REUTERS", "/",
                        "Washington", "Alves", "/", "File", "Photo", "The", "minister", "speaks",
                        "in", "Tokyo", ",", "March", "14", ",", "2020", ".", "Yoshikazu", "Tsuno",
                        "/", "Pool", "via", "REUTERS", "/", "File", "Photo", "A", "car", "burns",
                        ".", "REUTERS", "/", "Stringer"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, ph, 60, (uint32_t[]){0, 16, 33, 53}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 12, 16, EG_NE_PER)); /* REUTERS/Shwe Paw Mya Tin */
    CHECK(has_chunk(ch, nch, 28, 30, EG_NE_PER)); /* REUTERS/Washington Alves/File Photo */
    CHECK(has_chunk(ch, nch, 44, 46, EG_NE_PER)); /* Yoshikazu Tsuno/Pool */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 51 && ch[i].begin != 59); /* File Photo, Stringer */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A name the model took for an organization ending in a competition's word is the
 * competition (competition_names). */
static void test_competition_names(eg_model *d)
{
    const char *cn[] = {"Astralis", "won", "the", "IEM", "Global", "Challenge", "on", "Sunday",
                        ",", "beating", "Natus", "Vincere", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, cn, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_MISC)); /* IEM Global Challenge */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A league named for its standing and a sports conference are competitions, MISC, and so is
 * an acronym the article defines for one (league_names); a league that is a body is not. */
static void test_league_names(eg_model *d)
{
    const char *lg[] = {"Perth", "Scorchers", "won", "the", "Bangladesh", "Premier", "League",
                        "(", "BPL", ")", "final", ".", "The", "Western", "Conference",
                        "leaders", "lost", "again", ".", "The", "Arab", "League", "met", "in",
                        "Cairo", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, lg, 26, (uint32_t[]){0, 12, 19}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_MISC));   /* Bangladesh Premier League */
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_MISC));   /* BPL */
    CHECK(has_chunk(ch, nch, 13, 15, EG_NE_MISC)); /* Western Conference */
    CHECK(has_chunk(ch, nch, 20, 22, EG_NE_ORG));  /* Arab League */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A firm's first word alone is the firm though people bear it as a given name ("Wang" of Wang
 * Laboratories; short_firm_names, firm_person), and "Laboratories" names a firm. */
static void test_firm_given_names(eg_model *d)
{
    const char *wl[] = {"Wang", "Laboratories", "said", "it", "signed", "an", "agreement", ".",
                        "The", "deal", "gives", "Wang", "the", "right", "to", "market", "it",
                        ",", "Wang", "said", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, wl, 21, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_ORG));   /* Wang Laboratories */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_ORG)); /* gives Wang the right */
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_ORG)); /* Wang said */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Venues the model took for organizations are places (venue_orgs): a tower, a sponsor's field
 * after "at", a stadium in French after "the"; a body ending in "Field" is not one. "AI" alone
 * is a common noun's acronym (common_acronym). */
static void test_venue_orgs(eg_model *d)
{
    const char *vn[] = {"The", "final", "is", "at", "the", "Stade", "de", "France", "on",
                        "Saturday", ".", "Fans", "gathered", "at", "Lincoln", "Financial",
                        "Field", ".", "USA", "Track", "&", "Field", "said", "the", "Salesforce",
                        "Tower", "was", "lit", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, vn, 29, (uint32_t[]){0, 11, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_LOC));   /* Stade de France */
    CHECK(has_chunk(ch, nch, 14, 17, EG_NE_LOC)); /* Lincoln Financial Field */
    CHECK(has_chunk(ch, nch, 24, 26, EG_NE_LOC)); /* Salesforce Tower */
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 18 && ch[i].type == EG_NE_LOC)); /* USA Track & Field */
    }
    const char *ai[] = {"In", "Abu", "Dhabi", ",", "AI", "firm", "G42", "said", "the",
                        "supercomputer", "was", "ready", "."};
    nch = tag_words(d, ws, ai, 13, (uint32_t[]){0}, 1, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 4); /* AI */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Places the model took for people: one of a pair after a place's preposition
 * (listed_places), one after "at the" and before a preposition, or before a ground's noun
 * (ground_people); not a name used as a modifier, a kicker's field goal, an administration, nor
 * someone "of" a firm. */
static void test_ground_people(eg_model *d)
{
    const char *gp[] = {"The",      "company",  "has",  "plants",     "in",     "Renton",
                        "and",      "Everett",  ".",    "Atletico",   "beat",   "Elche",
                        "3-1",      "at",       "the",  "Wanda",      "Metropolitano",
                        "on",       "Saturday", ".",    "Benzema",    "scored", "at",
                        "the",      "Alfredo",  "Di",   "Stefano",    "stadium", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, gp, 29, (uint32_t[]){0, 9, 20}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC));   /* Everett */
    CHECK(has_chunk(ch, nch, 15, 17, EG_NE_LOC)); /* Wanda Metropolitano */
    CHECK(has_chunk(ch, nch, 24, 27, EG_NE_LOC)); /* Alfredo Di Stefano */
    const char *ng[] = {"She",  "starred", "in",       "the",    "Tom",  "Cruise", "blockbuster",
                        ".",    "A",       "Justin",   "Tucker", "field", "goal",  "won",
                        "it",   ".",       "Buhindi",  "of",     "the",  "bank",   "in",
                        "Bahrain", "and",  "Imad",     "Bata",   "of",   "Finance", "and",
                        "Credit", "Corp",  "were",     "elected", "."};
    nch = tag_words(d, ws, ng, 33, (uint32_t[]){0, 8, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_PER));   /* the Tom Cruise blockbuster */
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_PER));  /* Justin Tucker field goal */
    CHECK(has_chunk(ch, nch, 23, 25, EG_NE_PER)); /* Imad Bata of */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* What the fifteenth session's rules must leave alone (its review): an administration, a verb
 * that is a ground's noun too, a person after "to the", a pair of a place and a person that
 * goes on with a verb, a stake's "in", a firm named "Tower" without "the", a club "Stade"
 * without "at the", a body's "Conference". */
static void test_review_guards15(eg_model *d)
{
    const char *g1[] = {"Despite", "pressure", "from", "the", "Reagan", "Administration", ",",
                        "Ottawa", "said", "no", ".", "Andre", "Agassi", "ground", "out", "a",
                        "6-4", "win", ".", "The", "letter", "was", "sent", "to", "the", "Pope",
                        "Francis", ",", "who", "replied", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, g1, 31, (uint32_t[]){0, 11, 19}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 4 && ch[i].type == EG_NE_LOC));  /* Reagan Administration */
        CHECK(!(ch[i].begin == 11 && ch[i].type == EG_NE_LOC)); /* Andre Agassi ground */
        CHECK(!(ch[i].begin >= 25 && ch[i].begin <= 26 && ch[i].type == EG_NE_LOC));
    }
    const char *g2[] = {"Kerry", "flew", "in", "from", "Moscow", "and", "Lavrov", "told",
                        "reporters", ".", "His", "holdings", "in", "Burlington", "Northern",
                        "and", "Amerada", "Hess", ",", "the", "filing", "said", ".",
                        "American", "Tower", "said", "revenue", "rose", ".", "Coach", "Guy",
                        "Roux", "said", "the", "Stade", "de", "Reims", "players", "were",
                        "tired", ".", "The", "Southern", "Christian", "Leadership",
                        "Conference", "met", "."};
    nch = tag_words(d, ws, g2, 48, (uint32_t[]){0, 10, 23, 29, 41}, 5, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 6 && ch[i].type == EG_NE_LOC));  /* Lavrov told */
        CHECK(!(ch[i].begin == 16 && ch[i].type == EG_NE_LOC)); /* Amerada Hess */
        CHECK(!(ch[i].begin == 23 && ch[i].type == EG_NE_LOC)); /* American Tower said */
        CHECK(!(ch[i].begin == 34 && ch[i].type == EG_NE_LOC)); /* the Stade de Reims players */
        CHECK(!(ch[i].begin == 42 && ch[i].type == EG_NE_MISC)); /* a body's Conference */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* What the fifteenth session's second review found: people after "to the", before another
 * person, with a holy title or in a family's plural; a pair after "from" or before ", who"; a
 * ground's noun as a verb or after an owner's "a"; an office's field; a firm's spokesman. */
static void test_review_guards15b(eg_model *d)
{
    const char *g1[] = {"The", "letter", "was", "sent", "to", "the", "Pope", ",", "aides", "said",
                        ".", "He", "served", "in", "the", "Reagan", "and", "Bush",
                        "administrations", ".", "Aides", "met", "at", "the", "Dalai", "Lama",
                        ",", "officials", "said", ".", "The", "money", "came", "from", "the",
                        "Kennedys", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, g1, 37, (uint32_t[]){0, 11, 20, 30}, 4, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].type != EG_NE_LOC); /* Pope, Reagan, Dalai Lama, Kennedys */
    }
    const char *g2[] = {"Support", "came", "from", "Germany", "and", "Merkel", ".", "Reporters",
                        "met", "in", "Paris", "and", "Sarkozy", ",", "who", "arrived", "late",
                        ",", "spoke", ".", "We", "will", "watch", "Trump", "field", "questions",
                        ".", "The", "channel", ",", "a", "Berlusconi", "station", ",", "aired",
                        "it", "."};
    nch = tag_words(d, ws, g2, 37, (uint32_t[]){0, 7, 20, 27}, 4, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 5 && ch[i].type == EG_NE_LOC));  /* Merkel */
        CHECK(!(ch[i].begin == 12 && ch[i].type == EG_NE_LOC)); /* Sarkozy, who */
        CHECK(!(ch[i].begin == 23 && ch[i].type == EG_NE_LOC)); /* Trump field questions */
        CHECK(!(ch[i].begin == 31 && ch[i].type == EG_NE_LOC)); /* a Berlusconi station */
    }
    const char *g3[] = {"India", "Electronics", "and", "IT", "Minister", "Ashwini", "Vaishnaw",
                        "said", "on", "Monday", ".", "Winchester", "Electronics", "spokesman",
                        "John", "Doe", "said", "it", "rose", "."};
    nch = tag_words(d, ws, g3, 20, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_LOC));   /* India, no firm "India Electronics" */
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_ORG)); /* Winchester Electronics spokesman */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* What the fourteenth session's rules must leave alone (its review): places in a market
 * report, a guard who is no player, a quarter's code, an office before "of", an owner in a list
 * of places. */
static void test_review_guards14(eg_model *d)
{
    const char *mk[] = {"European", "shares", "fell", "as", "the", "earnings", "season", "got",
                        "under", "way", ".", "Frankfurt", "lost", "0.5", "percent", "and",
                        "Paris", "held", "steady", ",", "while", "London", "led", "the",
                        "declines", ".", "A", "Kandahar", "guard", "was", "killed", "in", "the",
                        "fighting", "season", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, mk, 36, (uint32_t[]){0, 11, 26}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_LOC)); /* Paris held steady */
    CHECK(has_chunk(ch, nch, 21, 22, EG_NE_LOC)); /* London led */
    CHECK(has_chunk(ch, nch, 27, 28, EG_NE_LOC)); /* A Kandahar guard */
    const char *q3[] = {"The", "company", "will", "hold", "its", "Q3", "conference", "call",
                        "on", "Monday", ".", "She", "is", "a", "Professor", "of", "Russian",
                        "Literature", "at", "Oxford", ".", "Delegations", "from", "Britain",
                        ",", "Germany", "and", "Merkel", "'s", "partners", "met", "."};
    nch = tag_words(d, ws, q3, 32, (uint32_t[]){0, 11, 21}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 5 && ch[i].begin != 14); /* Q3, "Professor of ..." */
        CHECK(!(ch[i].begin == 27 && ch[i].type == EG_NE_LOC)); /* Merkel's partners */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The second review's cases: a city's government and its market in a story of teams and
 * goals, a chemical formula before "system", a poll's agency in a credit, a museum, a person
 * in a list of senators and their states. */
static void test_review_guards14b(eg_model *d)
{
    const char *mk[] = {"FIFA", "suspended", "Russian", "teams", "after", "a", "2-1", "vote",
                        ",", "and", "the", "season", "was", "cut", ".", "Officials", "backed",
                        "sporting", "sanctions", "against", "Moscow", "on", "Friday", ".",
                        "Moscow", "said", "the", "decision", "was", "unfair", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, mk, 31, (uint32_t[]){0, 15, 24}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 20, 21, EG_NE_LOC)); /* sanctions against Moscow */
    CHECK(has_chunk(ch, nch, 24, 25, EG_NE_LOC)); /* Moscow said */
    const char *co[] = {"The", "plant", "has", "a", "CO2", "capture", "system", ".", "CO2",
                        "emissions", "fell", ".", "A", "poll", "by", "Reuters", "/", "Ipsos",
                        ".", "The", "Museum", "of", "Islamic", "Art", "in", "Doha", "reopened",
                        "."};
    nch = tag_words(d, ws, co, 28, (uint32_t[]){0, 8, 12, 19}, 4, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 4 && ch[i].begin != 8);                /* CO2 */
        CHECK(!(ch[i].begin == 17 && ch[i].type == EG_NE_PER));     /* Ipsos */
        CHECK(!(ch[i].begin == 20 && ch[i].type == EG_NE_MISC));    /* The Museum of ... */
    }
    const char *se[] = {"Senators", "Collins", ",", "Maine", ",", "Murkowski", ",", "Alaska",
                        "and", "Manchin", ",", "West", "Virginia", ",", "voted", "no", "."};
    nch = tag_words(d, ws, se, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 5, 6, EG_NE_LOC)); /* Murkowski */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The third review's cases: a match report with no score, a board's vote taken for a score,
 * a weapon's words between a code and "systems". */
static void test_review_guards14c(eg_model *d)
{
    const char *sc[] = {"Chicago", "scored", "three", "late", "touchdowns", "as", "the", "Bears",
                        "beat", "Detroit", "on", "Sunday", ".", "Serbia", "received", "Chinese",
                        "HQ-22", "anti-aircraft", "systems", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sc, 20, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG));    /* Chicago scored three late touchdowns */
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_MISC)); /* HQ-22 anti-aircraft systems */
    const char *vo[] = {"The", "Bank", "of", "England", "voted", "7-2", "to", "keep", "rates",
                        "as", "the", "earnings", "season", "began", ".", "Tokyo", "lost", "to",
                        "profit-taking", "late", "in", "the", "day", "."};
    nch = tag_words(d, ws, vo, 24, (uint32_t[]){0, 15}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_LOC)); /* Tokyo lost to profit-taking */
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* What the session's rules must leave alone: a person before "a former grain trader now at",
 * a surname "Welsh" before "said", a body that runs a league, clubs in a draw beside a
 * referee. */
static void test_rule_guards(eg_model *d)
{
    const char *a[] = {"Kowalczyk", ",", "a", "former", "grain", "trader", "now", "at",
                       "Cargill", ",", "said", "prices", "would", "rise", ".", "The", "novelist",
                       "Irvine", "Welsh", "spoke", ".", "Welsh", "said", "the", "book", "was",
                       "finished", ".", "The", "Deutsche", "Fussball", "Liga", "said", "on",
                       "Monday", "the", "season", "would", "resume", ".", "Shakhtar", "Donetsk",
                       "(", "Ukraine", ")", "v", "Ajax", "Amsterdam", "(", "Netherlands", ")",
                       ",", "referee", "Anthony", "Taylor", "(", "England", ")", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 59, (uint32_t[]){0, 15, 21, 28, 40}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_PER));   /* Kowalczyk */
    CHECK(has_chunk(ch, nch, 21, 22, EG_NE_PER)); /* Welsh said */
    CHECK(has_chunk(ch, nch, 29, 32, EG_NE_ORG)); /* Deutsche Fussball Liga */
    CHECK(has_chunk(ch, nch, 40, 42, EG_NE_ORG) && has_chunk(ch, nch, 46, 48, EG_NE_ORG));
    /* a firm named for places, a year opening a sentence before "vaccine", a vaccine's name
     * that is its maker's where a contractor makes it */
    const char *b[] = {"Georgia-Pacific", "said", "it", "would", "close", "the", "mill", ".",
                       "Mid-2021", "vaccine", "deliveries", "will", "slip", ".", "Shares", "of",
                       "Vaxora", "jumped", ".", "The", "Vaxora", "vaccine", ",", "made", "by",
                       "Lonza", "Group", "AG", ",", "is", "cheap", "."};
    nch = tag_words(d, ws, b, 32, (uint32_t[]){0, 8, 14, 19}, 4, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 0, 1, EG_NE_MISC));
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].type != EG_NE_MISC || (ch[i].begin != 8 && ch[i].begin != 16 &&
                                           ch[i].begin != 20));
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A platform a text appears on is a product (MISC), the company that runs it an organization;
 * "X" only in a posting's words or beside another platform. "Brexit" is MISC. */
static void test_platforms(eg_model *d)
{
    const char *a[] = {"The", "protests", "began", "on", "TikTok", "and", "X", ".",
                       "Boris", "Johnson", "wrote", "on", "Twitter", "that", "he", "agreed", ".",
                       "Facebook", "said", "on", "Monday", "it", "would", "appeal", ".",
                       "The", "president", "said", "on", "X", "that", "talks", "failed", ".",
                       "Class", "shares", "traded", "on", "X", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 39, (uint32_t[]){0, 8, 17, 25, 34}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC));   /* TikTok */
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_MISC));   /* X */
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_MISC)); /* Twitter */
    CHECK(has_chunk(ch, nch, 17, 18, EG_NE_ORG));  /* Facebook, the company */
    CHECK(has_chunk(ch, nch, 29, 30, EG_NE_MISC)); /* said on X */
    const char *v[] = {"Photos", "were", "sent", "via",     "WhatsApp", ".",
                       "It",     "drew", "viewers", "across", "Twitch", "and", "YouTube", "."};
    nch = tag_words(d, ws, v, 14, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC));   /* via WhatsApp */
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_MISC)); /* across Twitch */
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_MISC)); /* and YouTube */
    const char *b[] = {"Talks", "on", "a", "Brexit", "trade", "deal", "stalled", ",", "and",
                       "the", "Brexit", "Party", "said", "so", "."};
    nch = tag_words(d, ws, b, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_MISC)); /* Brexit, no place */
    CHECK(!has_chunk(ch, nch, 10, 11, EG_NE_MISC)); /* the Brexit Party */
    const char *c[] = {"U.S.", "President-elect", "Joe", "Biden", "spoke", "."};
    nch = tag_words(d, ws, c, 6, (uint32_t[]){0}, 1, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 1); /* a title */
    }
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 38 && ch[i].type == EG_NE_MISC)); /* no posting: not the platform */
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* What the sentence says: an adverb opens no name, a credit line names people (not its
 * places or newsrooms), and an acronym the article also writes as a word is the
 * organization. */
static void test_stated_names(eg_model *d)
{
    const char *a[] = {"Meanwhile", "Canada", "and", "Mexico", "agreed", ".",
                       "The", "doctor", "who", "chairs", "the", "WHO", "emergency", "committee",
                       "spoke", ".",
                       "(", "Reporting", "by", "Marcus", "Villalobos", "in", "Bengaluru", ";",
                       "Editing", "by", "Greta", "Park", ")",
                       "(", "Reporting", "by", "Bengaluru", "Newsroom", ")"};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 35, (uint32_t[]){0, 6, 16, 29}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_LOC));   /* Canada, not "Meanwhile Canada" */
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_ORG)); /* WHO */
    CHECK(has_chunk(ch, nch, 19, 21, EG_NE_PER)); /* Marcus Villalobos */
    CHECK(has_chunk(ch, nch, 26, 28, EG_NE_PER)); /* Greta Park */
    CHECK(has_chunk(ch, nch, 22, 23, EG_NE_LOC)); /* the reporter's city */
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin >= 32 && ch[i].type == EG_NE_PER)); /* not the newsroom */
    }
    /* a dateline's listed place, a noun of number before "of", a name the model left out in
     * a credit line, an acronym with a plus */
    const char *b[] = {"LOS", "ANGELES", "(", "Reuters", ")", "-", "Paul", "George", "scored",
                       "33", "points", "as", "the", "Los", "Angeles", "Clippers", "won", ".",
                       "NEW", "YORK", "(", "Reuters", ")", "-", "Shares", "of", "Airbnb", "Inc",
                       "more", "than", "doubled", ".",
                       "OPEC+", "agreed", "to", "raise", "output", ".",
                       "(", "Reporting", "by", "Sun", "Yiting", "in", "Shanghai", ")"};
    nch = tag_words(d, ws, b, 46, (uint32_t[]){0, 18, 32, 38}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_LOC));   /* LOS ANGELES */
    CHECK(has_chunk(ch, nch, 26, 28, EG_NE_ORG)); /* Airbnb Inc, not "Shares of Airbnb Inc" */
    CHECK(has_chunk(ch, nch, 32, 33, EG_NE_ORG)); /* OPEC+ */
    CHECK(has_chunk(ch, nch, 41, 43, EG_NE_PER)); /* Sun Yiting */
    /* a credit line's names after a reporter's city and its state, the words the model left
     * out before a name joined to it */
    const char *cr[] = {"Reporting", "by",       "Nora", "Castillo", "in", "Portland", ",",
                        "Oregon",    "and",      "Foo",  "Yun",      "Chee", "in",     "Brussels",
                        ";",         "Editing",  "by",   "Matthew",  "Lewis"};
    nch = tag_words(d, ws, cr, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC) && has_chunk(ch, nch, 9, 12, EG_NE_PER));
    /* the same after a dateline with its date */
    const char *bd[] = {"NEW", "YORK", ",", "Dec", "10", "(", "Reuters", ")", "-", "Shares",
                        "of", "Airbnb", "Inc", "more", "than", "doubled", "on", "Thursday", "."};
    nch = tag_words(d, ws, bd, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_ORG)); /* Airbnb Inc, not "Shares of Airbnb Inc" */
    /* a rare title is no part of the name */
    const char *c[] = {"Pope", "Francis", "urged", "senators", "to", "vote", ".",
                       "Cardinal", "Camillo", "Ruini", "agreed", "."};
    nch = tag_words(d, ws, c, 12, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_PER));  /* Francis */
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_PER)); /* Camillo Ruini */
    /* a name with a particle is one name */
    const char *g[] = {"Qatari", "Prime", "Minister", "Sheikh", "Mohammed", "bin", "Abdulrahman",
                       "Al", "Thani", "said", "on", "Wednesday", "."};
    nch = tag_words(d, ws, g, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 9, EG_NE_PER)); /* Mohammed bin Abdulrahman Al Thani */
    /* a person's name runs over no "of": the person, then the firm or the place */
    const char *h[] = {"Analyst", "George", "Salem", "of", "Donaldson", "said", "prices", "fell",
                       ".", "The", "Duke", "of", "Norfolk", "spoke", "."};
    nch = tag_words(d, ws, h, 15, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_PER)); /* George Salem */
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG)); /* Donaldson */
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 10 && ch[i].end == 11)); /* not "Duke" alone */
    }
    /* a law's or a treaty's name is one name */
    const char *f[] = {"Congress", "passed", "the", "CARES", "Act", "in", "March", ".",
                       "Britain", "signed", "the", "Northern", "Ireland", "Protocol", ".",
                       "Under", "Protocol", "4", ",", "goods", "move", "under", "checks", "."};
    nch = tag_words(d, ws, f, 24, (uint32_t[]){0, 8, 15}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC));   /* CARES Act */
    CHECK(has_chunk(ch, nch, 11, 14, EG_NE_MISC)); /* Northern Ireland Protocol */
    /* also when the model ran a person's name into the head */
    const char *f2[] = {"Morocco", "joined", "Sudan", "under", "the", "so-called", "Abraham",
                        "Accords", ",", "a", "diplomatic", "push", "."};
    nch = tag_words(d, ws, f2, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC)); /* Abraham Accords */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 15); /* not "Under Protocol" */
    }
    /* and a statute's name, which the model took for a place */
    const char *f3[] = {"Putin", "could", "be",   "arrested", "in",     "the",  "123",
                        "states", "that", "are",  "party",    "to",     "the",  "Rome",
                        "Statute", ",",   "which", "founded", "the",    "court", "."};
    nch = tag_words(d, ws, f3, 21, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 13, 15, EG_NE_MISC));
    /* a stock index and its number are one index, a person and a score are not */
    const char *e[] = {"Tesla", "joined", "the", "S&P", "500", "on", "Monday", ".",
                       "J.", "Russell", "56", ",", "T.", "Smith", "12", "."};
    nch = tag_words(d, ws, e, 16, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_MISC)); /* S&P 500 */
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].end != 11); /* not "J. Russell 56" */
    }
    /* an index S&P runs with an exchange is one index; S&P before a name of its own is not */
    const char *spx[] = {"The", "peso", "firmed", "and", "the", "S&P", "/", "BMV", "IPC",
                         "stock", "index", "rose", ".", "S&P", "Dow", "Jones", "Indices",
                         "said", "so", "."};
    nch = tag_words(d, ws, spx, 20, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 9, EG_NE_MISC));
    for (size_t i = 0; i < nch; i++) {
        CHECK(!(ch[i].begin == 13 && ch[i].type == EG_NE_MISC));
    }
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A gulf's or a strait's name the model took for MISC is a place; a Turkish firm's "AŞ" ends
 * its name; a listed body after one subject and "and" is one body with it; a sport's ground
 * after a body's name is a place; a championship's head after a body's or a place's name is
 * one event. */
static void test_waters_titles(eg_model *d)
{
    const char *wt1[] = {"The", "ship", "was", "hit", "in", "the", "Gulf", "of", "Aden", ".",
                         "He", "works", "at", "Bo\304\237azi\303\247i", "Yat\304\261r\304\261m",
                         "A\305\236", "in", "Istanbul", ".", "The", "African", "Union", "'s",
                         "Peace", "and", "Security", "Council", "met", "on", "Monday", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, wt1, 31, (uint32_t[]){0, 10, 19}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 9, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 23, 27, EG_NE_ORG));
    const char *wt2[] = {"Qualifying", "was", "held", "at", "the", "Bank", "of", "England",
                         "Sports", "Ground", "in", "Roehampton", ".", "Morel", "won", "the",
                         "Queen", "'s", "Club", "Championships", "on", "Sunday", "."};
    nch = tag_words(d, ws, wt2, 23, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 10, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 16, 20, EG_NE_MISC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The names after a plural place's noun and "of" are places; so is a pass after "Col" and a
 * French particle; a given name the model took for a place before a surname is the person's;
 * a demonym after "the" is MISC. */
static void test_place_words(eg_model *d)
{
    const char *pw[] = {"Ships", "sail", "to", "the", "ports", "of", "Odesa", ",",
                        "Chornomorsk", "and", "Pivdennyi", ".", "Pogacar", "cracked", "on",
                        "the", "Col", "du", "Granon", ".", "Bermuda", "'s", "Flora", "Duffy",
                        "won", ".", "The", "Dane", "crossed", "the", "line", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, pw, 32, (uint32_t[]){0, 12, 20, 26}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_LOC) && has_chunk(ch, nch, 10, 11, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 16, 19, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 22, 24, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 27, 28, EG_NE_MISC));
    /* a pass whose particle is elided into its name */
    const char *ci[] = {"He", "attacked", "on", "the", "Col", "d'Izoard", "."};
    nch = tag_words(d, ws, ci, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_LOC));
    /* after "the canton of" and "the 19-year-old from" */
    const char *cf[] = {"Police", "patrol", "the",      "canton", "of",    "Graub\303\274nden",
                        ".",      "The",    "19-year-old", "from", "Liptovsk\303\275",
                        "Mikul\303\241\305\241", "was", "11th", "."};
    nch = tag_words(d, ws, cf, 15, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC) && has_chunk(ch, nch, 10, 12, EG_NE_LOC));
    /* a "person" after "in" and before a comma and a country */
    const char *pc[] = {"A",      "rescuer", "searches", "a",       "house", "in",
                        "Talat",  "N'Yaaqoub", ",",      "Morocco", ",",     "September",
                        "13",     ",",       "2023",     "."};
    nch = tag_words(d, ws, pc, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_LOC));
    /* and after "to" ("from Ciudad Hidalgo, Mexico, to Tecun Uman, Guatemala,") */
    const char *pt2[] = {"Migrants", "cross", "from",      "Ciudad", "Hidalgo", ",",
                         "Mexico",   ",",     "to",        "Tec\303\272n", "Um\303\241n", ",",
                         "Guatemala", ",",    "June",      "4",      "."};
    nch = tag_words(d, ws, pt2, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_LOC));
    /* a family's name before "family" is a person's, not a firm's */
    const char *fm[] = {"He", "is", "an",    "ally", "of", "the", "Rajapaksa", "family",
                        ".",  "The", "PS/2", "family", "of", "computers", "sold", "well", "."};
    nch = tag_words(d, ws, fm, 17, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_PER) && !has_chunk(ch, nch, 10, 11, EG_NE_PER));
    /* a sport's body the model took for a place, with a "Royal" before it */
    const char *sf[] = {"Royal", "Spanish", "Tennis", "Federation", "president", "Miguel",
                        "Diaz",  "called",  "the",    "win",        "historic", "."};
    nch = tag_words(d, ws, sf, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 4, EG_NE_ORG));
    /* a name ending in "Forum" is a body */
    const char *fb[] = {"Chief", "executives", "told", "the", "World", "Economic", "Forum",
                        "on",    "Tuesday",    "that", "spending", "would", "rise", "."};
    nch = tag_words(d, ws, fb, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_ORG));
    /* a party's word of South Asia ends a party's name, with the words cut off before it */
    const char *pt[] = {"The",    "Sahyadri", "Janata", "Paksha", "won",    "11",     "seats",
                        ".",      "Farmers",  "of",     "the",    "Samyukt", "Kisan", "Morcha",
                        "marched", ".",       "Francesca", "Dal", "Bianco", "won",    "."};
    nch = tag_words(d, ws, pt, 21, (uint32_t[]){0, 8, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG) && has_chunk(ch, nch, 11, 14, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 16, 19, EG_NE_PER));
    /* a language alone is MISC; not inside a longer name */
    const char *lg[] = {"Hassan", "said",  "in",      "Swahili", ",",      "Hindi", "and",
                        "Marathi", "too",  ".",       "Persian", "King",   "won",   "."};
    nch = tag_words(d, ws, lg, 14, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_MISC) && has_chunk(ch, nch, 5, 6, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_MISC) && !has_chunk(ch, nch, 10, 11, EG_NE_MISC));
    /* "Women's" opens an event's name */
    const char *we[] = {"Fans", "filled", "Auckland", "as", "the", "Women", "'s", "World", "Cup",
                        "kicked", "off", "."};
    nch = tag_words(d, ws, we, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 9, EG_NE_MISC));
    /* a name opening with "Copa" is a cup */
    const char *cp[] = {"Argentina", "beat", "Ecuador", "in", "the", "Copa", "America",
                        "quarter-finals", "on", "Thursday", "."};
    nch = tag_words(d, ws, cp, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_MISC));
    /* the dateline's place is that place where the model took it for a person elsewhere; not
     * after a capitalized word (a headline in title case) */
    const char *dl[] = {"Biden",  "Visits", "Fire-Ravaged", "Lahaina", "as",     "Hawaii",
                        "Death",  "Toll",   "Rises",        "to",      "114",    "LAHAINA",
                        ",",      "Hawaii", ",",            "Aug",     "21",     "(",
                        "Reuters", ")",     "-",            "President", "Joe",  "Biden",
                        "and",    "first",  "lady",         "Jill",    "Biden",  "toured",
                        "the",    "burned", "ruins",        "of",      "Lahaina", "on",
                        "Monday", "."};
    nch = tag_words(d, ws, dl, 38, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_LOC) && has_chunk(ch, nch, 34, 35, EG_NE_LOC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A ship's name is MISC after a ship's noun, in an apposition that calls it a ship and after a
 * navy's prefix, and so is the same name elsewhere in the article; not a cargo after "to ship"
 * nor a firm before "operator". */
static void test_ship_names(eg_model *d)
{
    const char *sh[] = {"Rubymar", "Sinks", "Off", "Yemen", ".", "The", "Greek", "frigate",
                        "Hydra", "escorted", "the", "Rubymar", ",", "a", "cargo", "ship", "hit",
                        "by", "drones", ".", "Traders", "plan", "to", "ship", "SRW", "wheat",
                        "to", "Chicago", ".", "HMS", "Diamond", "and", "tanker", "operator",
                        "Frontline", "helped", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, sh, 37, (uint32_t[]){0, 5, 20, 29}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 24, 25, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 29, 31, EG_NE_MISC));
    CHECK(!has_chunk(ch, nch, 34, 35, EG_NE_MISC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* Names the text places: a name before "Country Club" is one club's grounds and a strait's
 * name the model took for a body's a place; capitalized words the model named nothing of
 * after a person's noun a person's name; Arabic's "al" in lower case before an
 * organization's name the name's; a byline's names people's, their particles too. */
static void test_named_in_context(eg_model *d)
{
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = 0;
    /* A name before "Country Club" is one club's grounds, a place; so is a strait's name
     * the model took for a body's. */
    const char *cs[] = {"Delgado", "won", "at", "Los", "Angeles", "Country", "Club", "on",
                        "Sunday", ".", "Haze", "delayed", "play", "at", "Oakdale", "Golf", "and",
                        "Country", "Club", "in", "Toronto", ".", "Ships", "avoided", "the", "Bab",
                        "el-Mandeb", "Strait", "."};
    nch = tag_words(d, ws, cs, 29, (uint32_t[]){0, 10, 22}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 14, 19, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 25, 28, EG_NE_LOC));
    /* Capitalized words the model named nothing of after a person's noun are a person's
     * name; not a firm's initials before "and" ("trader E D and F Man"). */
    const char *rp[] = {"In", "a", "show", "of", "support", ",", "Tamil", "lawyer",
                        "Sinnathamby", "Thavarajah", "from", "Jaffna", "joined", "the", "party",
                        ".", "London", "trader", "E", "D", "and", "F", "Man", "sold", "sugar", "."};
    nch = tag_words(d, ws, rp, 26, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_PER));
    CHECK(!has_chunk(ch, nch, 18, 20, EG_NE_PER));
    /* Arabic's "al" in lower case before an organization's name is the name's. */
    const char *ab[] = {"Islamist", "militants", "linked", "to",     "al", "Qaeda",
                        "and",      "Islamic",   "State",  "control", "large", "swathes",
                        "of",       "rural",     "territory", "."};
    nch = tag_words(d, ws, ab, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG));
    /* A byline's names are people's, name particles inside them too ("By Ines Dominguez de
     * la Fuente", which the model takes for a place). */
    const char *bp[] = {"By", "In\303\251s", "Dom\303\255nguez", "de", "la", "Fuente"};
    nch = tag_words(d, ws, bp, 6, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 6, EG_NE_PER));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* The word a firm is named after, alone, is the place where the text says a place: set off
 * before "one of the" and a plural of places, or before a place's noun after a name of one
 * word ("the Eifel village from which"); before a marsh's noun ("the Polesye marshlands"). */
static void test_firm_namesakes(eg_model *d)
{
    const char *fn1[] = {"Vlieland", "Offshore", "N.V.", "won", "a", "contract", ".",
                         "Vlieland", "Offshore", "was", "founded", "as", "a", "yard", "on",
                         "Vlieland", ",", "one", "of", "the", "Frisian", "islands", "off",
                         "the", "Dutch", "coast", "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, fn1, 27, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_LOC));
    const char *fn2[] = {"Polesye", "Dairy", "OJSC", "raised", "output", ".", "The",
                         "company", "takes", "its", "name", "from", "the", "Polesye",
                         "marshlands", "along", "the", "border", "."};
    nch = tag_words(d, ws, fn2, 19, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_LOC));
    const char *fn3[] = {"Eifel", "Zement", "started", "the", "kiln", ",", "Caroline", "Von",
                         "Wendenstein", "said", ".", "Von", "Wendenstein", "said", "so", ".",
                         "It", "stands", "outside", "Wendenstein", ",", "the", "Eifel", "village",
                         "from", "which", "the", "family", "took", "its", "name", "."};
    nch = tag_words(d, ws, fn3, 32, (uint32_t[]){0, 11, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_LOC));
    /* after "the" before no noun; not a chamber */
    const char *fn4[] = {"Vistula", "Infrastructure", "Fund", "bought", "a", "stake", ".", "The",
                         "plant", "stands", "on", "the", "east", "bank", "of", "the", "Vistula",
                         "near", "Gdansk", ".", "The", "House", "Judiciary", "Committee", "met",
                         ".", "It", "passed", "the", "House", "."};
    nch = tag_words(d, ws, fn4, 31, (uint32_t[]){0, 7, 20, 26}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_LOC));
    CHECK(!has_chunk(ch, nch, 29, 30, EG_NE_LOC));
    /* after "around", or a place and "and" after "in", before no noun or verb */
    const char *fn5[] = {"Sudan", "pays", "Kordofan", "Transit", "Pipeline", "Company", ".",
                         "Crude", "flows", "from", "fields", "in", "Upper", "Nile", "and",
                         "Kordofan", "to", "the", "coast", ".", "Saudi", "firm", "Jubail",
                         "Aromatics", "Company", "signed", ".", "Saudi", "Arabia", "pursued",
                         "a", "strategy", "around", "Jubail", "on", "its", "coast", ".",
                         "Nokia", "rose", "in", "Helsinki", "and", "Jubail", "fell", "."};
    nch = tag_words(d, ws, fn5, 46, (uint32_t[]){0, 7, 20, 27, 38}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 33, 34, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 43, 44, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* An institution's name of subjects joined by "and" is one name, not a bank's place and a
 * firm; a club's name that opens with a club's word is one organization; so is a team's. */
/* Firms' names in other languages with their legal forms: Italy's "Srl", the Balkans' "doo",
 * "Incorporated" after a "person" of two words, a Romance particle after words the model left
 * out, a body's word opening a sentence before a "person", a firm's national unit; and
 * cricket's franchises */
static void test_romance_firms(eg_model *d)
{
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    const char *sr[] = {"It", "bought", "Pastificio", "Bianchi", "Srl", "in", "May", ".",
                        "Former", "sponsor", "Drava", "Steel", "doo", "sold", "its", "shares",
                        "."};
    size_t nch = tag_words(d, ws, sr, 17, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG) && has_chunk(ch, nch, 10, 13, EG_NE_ORG));
    const char *fc[] = {"The",   "meatpacker", "Frigor\303\255fico", "del", "Chaco", "S.A.",
                        "said",  "it",         "would",  "close", "a",     "plant", ".",
                        "The",   "firm",       "sold",   "it",    "to",    "Grupo",
                        "Constructor", "Altamira", "SA", "de", "CV", "last", "year", "."};
    nch = tag_words(d, ws, fc, 27, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG) && has_chunk(ch, nch, 18, 24, EG_NE_ORG));
    const char *fi[] = {"It", "bought", "Fraser", "Ridge", "Metals", "Incorporated", "last",
                        "year", ".", "Corporaci\303\263n", "Andina", "del", "Cobre", "said",
                        "output", "rose", "."};
    nch = tag_words(d, ws, fi, 17, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG) && has_chunk(ch, nch, 9, 13, EG_NE_ORG));
    /* a firm's national unit: its name, a country's and a legal form */
    const char *nu[] = {"The", "unit", "Halvorsen", "UK", "Limited", "said", "it", "would",
                        "cut", "jobs", "."};
    nch = tag_words(d, ws, nu, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG));
    /* a family firm: a "person", "and" and "Sons" */
    const char *ps[] = {"It", "sold", "a", "stake", "to", "Pike", "and", "Sons", "last", "year",
                        "."};
    nch = tag_words(d, ws, ps, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG));
    /* cricket's franchises are teams, whatever the model makes of a city and a plural */
    const char *cf[] = {"Oval",  "Invincibles", "beat",  "Welsh",    "Fire", "and",
                        "Trent", "Rockets",     "lost",  "to",       "Southern", "Brave",
                        ".",     "Peshawar",    "Zalmi", "lost",     "to",   "Quetta",
                        "Gladiators", "."};
    nch = tag_words(d, ws, cf, 20, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG) && has_chunk(ch, nch, 6, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_ORG) && has_chunk(ch, nch, 13, 15, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A handout's credit of a source, a photographer and "Handout": the photographer is a person */
static void test_handout_credits(eg_model *d)
{
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    const char *hc[] = {"Tiger", "Woods", "plays", "a",   "shot", ".",     "USGA", "/",
                        "Hye-jin", "Lim", "/",     "Handout", "via", "REUTERS"};
    size_t nch = tag_words(d, ws, hc, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_PER) && has_chunk(ch, nch, 6, 7, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

/* A body named for its field after "on" ("the Council on Foreign Relations"), not over a place
 * after "on" ("the House Banking Committee on Capitol Hill"); and bodies the model leaves out
 * opening a sentence ("Oxfam said", "El Al operated") */
static void test_on_bodies(eg_model *d)
{
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    const char *ob[] = {"The",  "Council", "on",      "Foreign", "Relations", "said",  "it",
                        "would", "host",   "the",     "talks",   ".",         "The",   "Committee",
                        "on",   "Climate", "Change",  "said",    "emissions", "fell",  "."};
    size_t nch = tag_words(d, ws, ob, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 5, EG_NE_ORG) && has_chunk(ch, nch, 13, 17, EG_NE_ORG));
    const char *ch2[] = {"Greenspan", "testifies", "before", "the", "House",   "Banking",
                         "Committee", "on",        "Capitol", "Hill", "on",    "March",
                         "4",         ".",         "Oxfam",  "said", "the",    "pledge",
                         "fell",      "short",     ".",      "El",   "Al",     "operated",
                         "the",       "first",     "flight", "."};
    nch = tag_words(d, ws, ch2, 28, (uint32_t[]){0, 14, 21}, 3, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 4, 10, EG_NE_ORG) && has_chunk(ch, nch, 8, 10, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 14, 15, EG_NE_ORG) && has_chunk(ch, nch, 21, 23, EG_NE_ORG));
    /* a listed place the model typed after a firm named for it, after a word of places */
    const char *pc[] = {"Santander", "Renewables", "opened", "a",    "wind",
                        "farm",      "outside",    "Santander", "."};
    nch = tag_words(d, ws, pc, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_LOC));
    /* a listed place the model split into a "person" and a place after its dateline */
    const char *hc[] = {"HO",  "CHI",  "MINH", "CITY",  ",",   "October", "10",   "(",
                        "Reuters", ")", "-",   "The",   "firm", "said",   "it",   "would",
                        "order", "jets", ".",  "It",    "moved", "its",   "base", "to",
                        "Ho",  "Chi",  "Minh", "City",  "in",  "2022",    "."};
    nch = tag_words(d, ws, hc, 31, (uint32_t[]){0, 19}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 24, 28, EG_NE_LOC));
    free(ch);
    eg_tag_ws_destroy(ws);
}

static void test_subject_names(eg_model *d)
{
    const char *a[] = {"The",     "Ministry",  "of",       "Industry", "and",     "Trade",
                       "said",    "exports",   "rose",     ".",        "The",     "National",
                       "Institute", "of",      "Allergy",  "and",      "Infectious", "Diseases",
                       "agreed",  ".",         "Bank",     "of",       "America", "and",
                       "Merrill", "Lynch",     "fell",     "."};
    eg_tag_ws *ws = eg_tag_ws_create();
    eg_chunk *ch = NULL;
    size_t cap = 0;
    size_t nch = tag_words(d, ws, a, 28, (uint32_t[]){0, 10, 20}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 6, EG_NE_ORG));   /* Ministry of Industry and Trade */
    CHECK(has_chunk(ch, nch, 11, 18, EG_NE_ORG)); /* ... Allergy and Infectious Diseases */
    CHECK(has_chunk(ch, nch, 20, 23, EG_NE_ORG) && has_chunk(ch, nch, 24, 26, EG_NE_ORG));
    const char *b[] = {"The", "club", ",", "formerly", "known", "as", "Deportivo", "Puerto",
                       "Bravo", ",", "moved", "."};
    nch = tag_words(d, ws, b, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 9, EG_NE_ORG));
    /* a team the model took for a person, or a city and words it left out */
    const char *t[] = {"Chennai", "Super", "Kings", "beat",  "Kolkata", "Knight", "Riders",
                       "by",      "27",    "runs",  "on",    "Friday",  "."};
    nch = tag_words(d, ws, t, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG) && has_chunk(ch, nch, 4, 7, EG_NE_ORG));
    /* a firm's name that opens with a place's; a club's with "Club" and a club's word */
    const char *pf[] = {"It",      "was",     "formerly", "known", "as",     "Guinea",
                        "Atlantic", "Minerals", ".",      "Side",  "Club",   "Atlético",
                        "Fénix",   "sold",    "him",      "."};
    nch = tag_words(d, ws, pf, 16, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG) && has_chunk(ch, nch, 10, 13, EG_NE_ORG));
    /* a name after "state-owned" is a firm's; not after "wholly-owned" (a unit described) */
    const char *so[] = {"The", "shipment", "was", "paid", "by", "state-run", "Naftohaz", "and",
                        "its", "wholly-owned", "Hong", "Kong", "subsidiary", "."};
    nch = tag_words(d, ws, so, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG) && !has_chunk(ch, nch, 10, 12, EG_NE_ORG));
    /* a firm named as its word and a legal form that opens it ("PJSC Tveratom") is that word
     * alone too, where the model took the word for a place no list knows */
    const char *pj[] = {"Talks",  "with",     "Russian",   "state-backed", "PJSC",
                        "Tveratom", "had",    "reached",   "an",           "advanced",
                        "stage",  ".",        "Dmitry",    "Volkonsky",    ",",
                        "the",    "director", "for",       "Africa",       "at",
                        "Tveratom", ",",      "told",      "reporters",    "in",
                        "Agadez", "that",     "his",       "company",      "was",
                        "ready",  "."};
    nch = tag_words(d, ws, pj, 32, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG) && has_chunk(ch, nch, 20, 21, EG_NE_ORG));
    /* a listed place the model took alone for a person, which the article writes as a
     * place's twice and never as a person's; not a person written the same way */
    const char *rh[] = {"Fires",  "raged",  "as",      "Rhodes", "burned", ".",     "A",
                        "blaze",  "has",    "burned",  "for",    "a",      "week",  "on",
                        "Rhodes", ".",      "Hotels",  "on",     "the",    "coast", "of",
                        "Rhodes", "closed", "."};
    nch = tag_words(d, ws, rh, 24, (uint32_t[]){0, 6, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_LOC) && has_chunk(ch, nch, 14, 15, EG_NE_LOC) &&
          has_chunk(ch, nch, 21, 22, EG_NE_LOC));
    const char *us[] = {"Prizes", "went",  "to", "Usher", ".", "Fans", "cheered", "for",
                        "Usher",  "in",    "the", "hall", "and", "Usher", "said", "so", "."};
    nch = tag_words(d, ws, us, 17, (uint32_t[]){0, 5}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 4, EG_NE_LOC) && !has_chunk(ch, nch, 8, 9, EG_NE_LOC));
    /* a demonym and the capitals after it the model left out up to a body's head: one
     * organization; a state's organ cut after the demonym; no description */
    const char *db[] = {"The",      "Nigerian", "Governors", "Forum",  "and",    "the",
                        "Russian",  "Foreign",  "Ministry",  "met",    "the",    "Italian",
                        "Police",   "."};
    nch = tag_words(d, ws, db, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG) && has_chunk(ch, nch, 6, 7, EG_NE_MISC) &&
          has_chunk(ch, nch, 7, 9, EG_NE_ORG) && !has_chunk(ch, nch, 11, 13, EG_NE_ORG));
    /* a player's handle after "who competes as" or "known online as", in lower case too */
    const char *gh[] = {"Kim",  "Min-jae", ",", "who",    "competes", "as",   "Kimm1k", ",",
                        "won",  ".",       "Joao", "Costa", ",",      "known", "online", "as",
                        "s1mple", ",",     "lost", "."};
    nch = tag_words(d, ws, gh, 20, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_PER) && has_chunk(ch, nch, 16, 17, EG_NE_PER));
    /* scorers in brackets after a score, with added time and a penalty; a club's number; no
     * sum ("US$ 79") */
    const char *scr[] = {"Borussia", "Dortmund", "3",  "(",       "Haaland", "22", ",",
                         "67",       ",",        "Hazard", "84",  "pen",     ")",  "Mainz",
                         "05",       "1",        "(",  "Quaison", "90+2",    ")",  "worth",
                         "A$",       "100",      "(",  "US$",     "79",      ")",  "."};
    nch = tag_words(d, ws, scr, 28, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_PER) && has_chunk(ch, nch, 9, 10, EG_NE_PER) &&
          has_chunk(ch, nch, 13, 15, EG_NE_ORG) && has_chunk(ch, nch, 17, 18, EG_NE_PER) &&
          !has_chunk(ch, nch, 24, 25, EG_NE_PER));
    /* a sponsor's ground after "at": its capitals the model left out, or a "person" in
     * "Park" with the sponsor's word before it */
    const char *gr[] = {"Games", "are",    "at",    "Bankers", "Life", "Fieldhouse", ".",
                        "They",  "won",    "at",    "an",      "empty", "Signal",    "Iduna",
                        "Park",  "today", "."};
    nch = tag_words(d, ws, gr, 17, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_LOC) && has_chunk(ch, nch, 12, 15, EG_NE_LOC));
    /* a listed party's abbreviation with a lower-case letter inside is the party */
    const char *afd[] = {"He", "has", "endorsed", "the", "AfD", "on", "his", "platform", "."};
    nch = tag_words(d, ws, afd, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG));
    /* a headline's topic code, cut off its first word by the tokenizer (the two written
     * together), is no name */
    static const char fb[] = "FACTBOX-Who is running to lead Germany";
    const eg_word tcw[] = {{fb, 7},      {fb + 7, 1},  {fb + 8, 3},  {fb + 12, 2},
                          {fb + 15, 7}, {fb + 23, 2}, {fb + 26, 4}, {fb + 31, 7}};
    eg_error ferr = {0};
    nch = 0;
    CHECK(eg_model_tag(d, ws, tcw, 8, (uint32_t[]){0}, 1, &ch, &nch, &cap, &ferr) == EG_OK);
    CHECK(!has_chunk(ch, nch, 0, 1, EG_NE_ORG) && !has_chunk(ch, nch, 0, 1, EG_NE_MISC) &&
          has_chunk(ch, nch, 7, 8, EG_NE_LOC));
    /* "Reuters Staff" in a credit line names no one */
    const char *rstaff[] = {"(", "Reporting", "by", "Reuters", "Staff", ";", "Editing", "by",
                        "Tessa", "Walsh", ")"};
    nch = tag_words(d, ws, rstaff, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG) && !has_chunk(ch, nch, 4, 5, EG_NE_PER) &&
          has_chunk(ch, nch, 8, 10, EG_NE_PER));
    /* a Balkan legal form after a firm's name the model took for a person's */
    const char *bf[] = {"Contracts", "went", "to", "Dunav", "Infrastruktura", "d.o.o.", ",",
                        "a",         "builder", "."};
    nch = tag_words(d, ws, bf, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG));
    /* Poland's form in lower case, Hungary's public company's, a dotted "L.L.C." */
    const char *pz[] = {"Poland",   "'s",   "Morska", "Moc",     "sp.",     "z",     "o.o.",
                        "won",      "a",    "licence", ".",      "Debrecen", "Biotech",
                        "Nyrt.",    "rose", ".",       "Hammour", "General", "Trading",
                        "L.L.C.",   "said", "."};
    nch = tag_words(d, ws, pz, 22, (uint32_t[]){0, 11, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 7, EG_NE_ORG) && has_chunk(ch, nch, 11, 14, EG_NE_ORG) &&
          has_chunk(ch, nch, 16, 20, EG_NE_ORG));
    /* a sentence's first word and a word in lower case are no words of the name after them */
    const char *na[] = {"News", "agency", "Yonhap", "said", "the", "crisis", "was", "over", "."};
    nch = tag_words(d, ws, na, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG) && !has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* an office's title is no word of a name of one word; two venues joined by "and" are two */
    const char *oz[] = {"Mizoram",  "Chief",  "Minister",  "Zoramthanga", "wrote", "to",
                        "Modi",     ".",      "Games",     "were",        "played", "at",
                        "six",      "venues", "including", "Lucas",       "Oil",   "Stadium",
                        "and",      "Assembly", "Hall",    "in",          "Bloomington", "."};
    nch = tag_words(d, ws, oz, 24, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_PER) && !has_chunk(ch, nch, 2, 4, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 15, 18, EG_NE_LOC) && has_chunk(ch, nch, 19, 21, EG_NE_LOC));
    /* a name after a player's position is the player's */
    const char *qb[] = {"Green", "Bay", "quarterback", "Jordan", "Love", "threw", "for", "206",
                        "yards", "."};
    nch = tag_words(d, ws, qb, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_PER));
    /* a team's nickname before a position and the player's name is the team's; not a people's */
    const char *nt[] = {"\"", "We", "are", "grateful", ",", "\"", "Monkeys", "pitcher", "Chen",
                        "Kuan-yu", "told", "reporters", ".", "The", "Americans", "coach", "Bob",
                        "Bradley", "spoke", "."};
    nch = tag_words(d, ws, nt, 20, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG) && !has_chunk(ch, nch, 14, 15, EG_NE_ORG));
    /* not after another capitalized word, nor a verb's word opening a sentence */
    const char *nu[] = {"Iowa", "Hawkeyes", "guard", "Jordan", "Bohannon", "scored", ".",
                        "Soldiers", "guard", "Kim", "at", "the", "border", "."};
    nch = tag_words(d, ws, nu, 14, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 1, 2, EG_NE_ORG) && !has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* a given name that is an English word after a position opens the player's name */
    const char *wj[] = {"All", "Blacks", "fullback", "Will", "Jordan", "scored", "twice", "as",
                        "the", "hosts", "won", "."};
    nch = tag_words(d, ws, wj, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_PER));
    /* a capitalized word before "UK" the model left out is a body's name with it */
    const char *ru1[] = {"Nigel", "Farage", "'s", "Reform", "UK", "won", "14", "percent", ",",
                         "the", "survey", "of", "voters", "across", "the", "UK", "showed", "."};
    nch = tag_words(d, ws, ru1, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG) && has_chunk(ch, nch, 15, 16, EG_NE_LOC));
    /* not an adjective's word before it */
    const char *ru2[] = {"Prices", "have", "risen", "since", "Official", "UK", "records", "began",
                         ",",      "and",  "Rural", "UK",    "households", "spent", "more", "."};
    nch = tag_words(d, ws, ru2, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 4, 6, EG_NE_ORG) && !has_chunk(ch, nch, 10, 12, EG_NE_ORG));
    /* but before a verb */
    const char *ru3[] = {"Figures", "from", "the", "survey", "and", "Digital", "UK", "showed",
                         "a",       "fall", "."};
    nch = tag_words(d, ws, ru3, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG));
    /* a word the model left out opening a sentence before "said" is a person's surname; not
     * in the article's first sentence, nor a collective on the list of names ("Many") */
    const char *rsp[] = {"Root", "said",   "the",  "team",  "lost",  ".",      "Root",
                         "said", "England", "had", "to",    "look",  "in",     "the",
                         "mirror", ".",     "Many", "said", "two",   "fans",   "were",
                         "held", "."};
    nch = tag_words(d, ws, rsp, 23, (uint32_t[]){0, 6, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_PER) && !has_chunk(ch, nch, 0, 1, EG_NE_PER) &&
          !has_chunk(ch, nch, 16, 17, EG_NE_PER));
    /* the firm's short name where the article named the firm with it first */
    const char *rsf[] = {"Shares", "of",   "Day",  "International", "Corp", "rose", ".",
                         "Day",    "said", "its",  "sales",         "rose", "."};
    nch = tag_words(d, ws, rsf, 13, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG) && has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* a MISC name of one word before "union" or a labour body's noun is the union's; not a
     * people's word */
    const char *unf[] = {"Leaders", "of", "the", "Histadrut", "labour", "federation", "and",
                        "the", "Unite", "union", "met", "the", "Bosnian", "federation", "."};
    nch = tag_words(d, ws, unf, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG) && has_chunk(ch, nch, 8, 9, EG_NE_ORG) &&
          !has_chunk(ch, nch, 12, 13, EG_NE_ORG));
    /* nor a faith's word or one ending as a people's does */
    const char *ung[] = {"Members", "of", "the", "Muslim", "trade", "union", "and", "a",
                         "Nordic",  "union", "of", "journalists", "marched", "."};
    nch = tag_words(d, ws, ung, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 4, EG_NE_ORG) && !has_chunk(ch, nch, 8, 9, EG_NE_ORG));
    /* an adjective of standing opening a sentence is no word of the name after it */
    const char *ru[] = {"Ruling", "People", "Power", "Party", "lawmakers", "crowded", "the",
                        "podium", "."};
    nch = tag_words(d, ws, ru, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));
    /* a German institution written as one hyphened word */
    const char *hi[] = {"The", "Robert-Koch-Institut", "reported", "12,000", "new", "infections",
                        "."};
    nch = tag_words(d, ws, hi, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG));
    /* the UAE's free-zone company */
    const char *fz[] = {"Tessera", "Messenger", "FZ-LLC", "said", "it", "abided", "by", "EU",
                        "laws", "."};
    nch = tag_words(d, ws, fz, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* a name an acronym in brackets defines, one word giving its first letters */
    const char *ac[] = {"It",      "needs",  "the", "Common", "Market", "for", "Eastern", "and",
                        "Southern", "Africa", "(",   "COMESA", ")",     "."};
    nch = tag_words(d, ws, ac, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 10, EG_NE_ORG));
    /* a street named for a person is a place */
    const char *st[] = {"The", "government", "renamed", "Avenue", "Charles", "de", "Gaulle",
                        "in",  "honour",     "of",      "Djibo",  "Bakary", "."};
    nch = tag_words(d, ws, st, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_LOC) && has_chunk(ch, nch, 10, 12, EG_NE_PER));
    /* two institutions joined by "and" are two names; a bank's "and" and "and Co" join */
    const char *ia[] = {"The",       "Road", "Haulage", "Association", "and", "Logistics", "UK",
                        "warned",    ".",    "The",     "Interim",     "Committee", "and",
                        "Development", "Committee", "met", "."};
    nch = tag_words(d, ws, ia, 17, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 1, 7, EG_NE_ORG) && !has_chunk(ch, nch, 10, 15, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG) && has_chunk(ch, nch, 13, 15, EG_NE_ORG));
    /* an institution's body named with its possessive is two organizations */
    const char *pb[] = {"The",     "Treasury", "Department", "'s",      "Office", "of",
                        "Foreign", "Assets",   "Control",    "said",    "so",     "."};
    nch = tag_words(d, ws, pb, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG) && has_chunk(ch, nch, 4, 9, EG_NE_ORG));
    /* a "person" ending in "Bill" is a law; a sport's body named for its country; a dateline
     * of two places */
    const char *bl[] = {"Fines",   "come",      "under",  "a",      "proposed", "Online",
                        "Harms",   "Bill",      ".",      "Cricket", "Australia", "said",
                        "so",      ".",         "SAN",    "FRANCISCO", "/",     "MILAN",
                        "(",       "Reuters",   ")",      "-",      "Tesla",    "rose",
                        "."};
    nch = tag_words(d, ws, bl, 25, (uint32_t[]){0, 9, 14}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_MISC) && has_chunk(ch, nch, 9, 11, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_LOC) && has_chunk(ch, nch, 17, 18, EG_NE_LOC));
    /* so is a public body named for its field and its country, the field's words inside the
     * place's name or before it */
    const char *pbf[] = {"Scientists", "at", "Public", "Health", "England", "found", "it", ".",
                         "Police", "Scotland", "said", "two", "men", "were", "arrested", "."};
    nch = tag_words(d, ws, pbf, 16, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG) && has_chunk(ch, nch, 8, 10, EG_NE_ORG));
    /* a venue the model took for its sponsor or club; not an appeals court */
    const char *vn[] = {"He",  "scored", "at", "Barclays", "Center", "and", "at", "the",
                        "Yas", "Marina", "Circuit", ".", "The", "Ninth", "Circuit", "ruled",
                        "."};
    nch = tag_words(d, ws, vn, 17, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC) && has_chunk(ch, nch, 8, 11, EG_NE_LOC));
    CHECK(!has_chunk(ch, nch, 13, 15, EG_NE_LOC));
    /* a photographer before a sports agency's dash, the words the model left out too */
    const char *ut[] = {"Josh", "Allen", "throws", "a",  "pass", "in", "Orchard", "Park", ",",
                        "U.S.", ",",     "December", "13", ".",  "Rich", "Barnes", "-", "USA",
                        "TODAY", "Sports"};
    nch = tag_words(d, ws, ut, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_PER) && has_chunk(ch, nch, 17, 20, EG_NE_ORG));
    /* words the model left out of a name they open or end: a firm's "First", a region's
     * "Inner", a payment service's "Pay" */
    const char *no[] = {"The", "probe", "landed", "in", "Inner", "Mongolia", ".", "Shares",
                        "in", "First", "Abu", "Dhabi", "Bank", "rose", ".", "Users", "pay",
                        "with", "Google", "Pay", "."};
    nch = tag_words(d, ws, no, 21, (uint32_t[]){0, 7, 15}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_LOC) && has_chunk(ch, nch, 9, 13, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 18, 20, EG_NE_MISC));
    const char *vm[] = {"VALENCIA", ",", "Spain", "(", "Reuters", ")", "-", "Evans", "Chebet",
                        "won", "the", "Valencia", "Marathon", "on", "Sunday", "."};
    nch = tag_words(d, ws, vm, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_MISC));
    const char *oly[] = {"The", "Tokyo", "Olympics", "were", "postponed", "."};
    nch = tag_words(d, ws, oly, 6, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_MISC));
    const char *icef[] = {"Arabica", "settled", "up", "3.4", "cents", "on", "ICE", "Futures",
                          "U.S.", "on", "Monday", "."};
    nch = tag_words(d, ws, icef, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 9, EG_NE_ORG));
    /* a venue's head the model left out after a name */
    const char *mls[] = {"He", "played", "stadiums", "such", "as", "Wembley", "Stadium", "in",
                         "London", "and", "MetLife", "Stadium", "in", "New", "Jersey", "."};
    nch = tag_words(d, ws, mls, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_LOC));
    /* a sports desk's code before its dash is no name; "RUGBY UNION" is, as CoNLL-2003 tags */
    const char *desk[] = {"ALPINE", "SKIING", "-", "SHIFFRIN", "ENDS", "DROUGHT", "AMERICAN",
                          "FOOTBALL-", "CHIEFS", "CLINCH", "SPOT", "RUGBY", "UNION", "-",
                          "ENGLAND", "BEAT", "FRANCE"};
    nch = tag_words(d, ws, desk, 17, (uint32_t[]){0, 6, 11}, 3, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 0 && ch[i].begin != 1 && ch[i].begin != 6 && ch[i].begin != 7);
    }
    CHECK(has_chunk(ch, nch, 11, 13, EG_NE_ORG));
    /* nor a code or a wire desk's glued to the headline's first word, with that word */
    const char *gl[] = {"RUGBY-Referee", "Barnes", "retires", "after", "100", "tests",
                        "FACTBOX-Who", "is", "Sanae", "Takaichi", "?", "MOTOR",
                        "RACING-Record-chasing", "Hamilton", "heads", "to", "Bahrain"};
    nch = tag_words(d, ws, gl, 17, (uint32_t[]){0, 6, 11}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_PER) && has_chunk(ch, nch, 13, 14, EG_NE_PER));
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin != 0 && ch[i].begin != 6 && ch[i].begin != 12);
    }
    /* nor is a picture caption's sport, "Rugby Union" in title case among them */
    const char *cap1[] = {"Soccer", "Football", "-", "Africa", "Cup", "of", "Nations", "-",
                          "Final", "-", "Senegal", "v", "Egypt", "-", "Olembe", "Stadium", ",",
                          "Yaounde", ",", "Cameroon", "-", "February", "6", ",", "2022"};
    nch = tag_words(d, ws, cap1, 25, (uint32_t[]){0}, 1, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin > 1);
    }
    const char *cap2[] = {"Rugby", "Union", "-", "Six", "Nations", "Championship", "-", "France",
                          "v", "Ireland", "-", "Stade", "de", "France", ",", "Saint-Denis"};
    nch = tag_words(d, ws, cap2, 16, (uint32_t[]){0}, 1, &ch, &cap);
    for (size_t i = 0; i < nch; i++) {
        CHECK(ch[i].begin > 1);
    }
    /* a body of water's head, "of" and a place: one place, not the country */
    const char *gom[] = {"Oil", "output", "in", "the", "Gulf", "of", "Mexico", "was", "shut",
                         "ahead", "of", "the", "storm", "."};
    nch = tag_words(d, ws, gom, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_LOC));
    /* an opening "The" after the dateline is no word of a league's name */
    const char *cl[] = {"PARIS", "(", "Reuters", ")", "-", "The", "Champions", "League",
                        "match", "was", "suspended", "."};
    nch = tag_words(d, ws, cl, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC));
    /* a team before its driver's role and name, and again where the model left it out; a
     * sports picture's credit; not the end of a name joined by "and" */
    const char *rp[] = {"Racing",  "Point",  "driver", "Sergio", "Perez",   "retired", ".",
                        "Hamilton", "finished", "ahead", "of",   "Racing",  "Point",   "and",
                        "Renault", ".",      "Credit", ":",      "Kirby",   "Lee",     "-",
                        "USA",     "TODAY",  "Sports", ".",      "Ways",    "and",     "Means",
                        "chairman", "Dan",   "Rostenkowski", "spoke", "."};
    nch = tag_words(d, ws, rp, 33, (uint32_t[]){0, 7, 16, 25}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_ORG) && has_chunk(ch, nch, 11, 13, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 21, 24, EG_NE_ORG) && !has_chunk(ch, nch, 27, 28, EG_NE_ORG));
    /* a person described by a role after a comma, whose first name reads as a word */
    const char *dp[] = {"Will", "Otieno-Fischer", ",", "a", "partner", "at", "the", "firm",
                        ",", "said", "so", ".", "Sunday", "Bamidele", ",", "head", "of",
                        "research", ",", "agreed", "."};
    nch = tag_words(d, ws, dp, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_PER) && has_chunk(ch, nch, 12, 14, EG_NE_PER));
    /* a sport's word in a headline's capitals with its dash is no word of the name after it */
    const char *dk[] = {"MOTOR", "RACING-", "Verstappen", "wins", "season-ending", "Abu",
                        "Dhabi", "Grand", "Prix"};
    nch = tag_words(d, ws, dk, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_PER) && !has_chunk(ch, nch, 1, 3, EG_NE_PER));
    /* a body named for its subject after "on"; not a place, a date or an institution after
     * it */
    const char *on[] = {"She",     "filed",   "it",        "with",  "the",       "Commission",
                        "on",      "Elections", ".",       "Powell", "testified", "before",
                        "the",     "Senate",  "Banking",   "Committee", "on",    "Capitol",
                        "Hill",    "."};
    nch = tag_words(d, ws, on, 20, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG) && !has_chunk(ch, nch, 13, 19, EG_NE_ORG));
    /* a word whose chief executive or board the article names is a body's, not a person's,
     * wherever it stands */
    const char *ce[] = {"Cocobod", "said",  "prices", "would",      "rise",   ".",
                        "Cocobod", "'s",    "deputy", "chief",      "executive", "spoke",
                        "."};
    nch = tag_words(d, ws, ce, 13, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 6, 7, EG_NE_ORG));
    /* "Emirates" alone is the airline; "the Emirates" the country */
    const char *em[] = {"Qantas", ",",  "KLM",      "and", "Emirates", "said", "so",
                        ".",      "He", "flew",     "to",  "the",      "Emirates", "."};
    nch = tag_words(d, ws, em, 14, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG) && has_chunk(ch, nch, 12, 13, EG_NE_LOC));
    /* "the" before an app's, a brand's, a wallet's or a streaming service's noun: a product */
    const char *pr[] = {"She", "paid", "with", "the", "Rappi", "app", ".", "It", "streams",
                        "on",  "the",  "HBO",  "Max", "streaming", "service", "."};
    nch = tag_words(d, ws, pr, 16, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC) && has_chunk(ch, nch, 11, 13, EG_NE_MISC));
    /* "and" between two names of one head word: two names */
    const char *tw[] = {"Existing", "investors", "Tencent", "Holdings", "Ltd",    ",",
                        "Sequoia",  "Capital",   "and",     "Ribbit",   "Capital", ",",
                        "makes",    "Nubank",    "more",    "valuable", "."};
    nch = tag_words(d, ws, tw, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_ORG) && has_chunk(ch, nch, 9, 11, EG_NE_ORG));
    /* a club's word and one more: that word alone names the club too; a stadium's name
     * opening with "Estadio" is a place */
    const char *cb[] = {"On",    "Sunday", "Club",   "Leon",     "beat",    "Pumas",
                        "UNAM",  "2-0",    "at",     "the",      "Estadio", "Leon",
                        ".",     "Mena",   "scored", "as",       "Leon",    ",",
                        "who",   "topped", "the",    "table",    ",",       "won",
                        "."};
    nch = tag_words(d, ws, cb, 25, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG) && has_chunk(ch, nch, 10, 12, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 16, 17, EG_NE_ORG));
    /* a state the model took for an organization, in an article of no sport, is the place */
    const char *sn[] = {"Texas", "Leads",  "10",      "States", "in",       "Suing",
                        "Google", "AUSTIN", "(",      "Reuters", ")",       "-",
                        "Texas", "and",    "nine",    "other",  "states",   "sued",
                        "Google", ".",     "Texas",   "Attorney", "General", "Ken",
                        "Paxton", "spoke", "."};
    nch = tag_words(d, ws, sn, 27, (uint32_t[]){0, 7, 20}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 12, 13, EG_NE_LOC) && has_chunk(ch, nch, 20, 21, EG_NE_LOC));
    /* a name "owned by" or "backed by" another is a firm's */
    const char *pa[] = {"Zalora", ",",      "owned",  "by",   "Global", "Fashion", "Group",
                        ",",      "cut",    "jobs",   ".",    "Joby",   ",",       "backed",
                        "by",     "Toyota", "Motor",  "Corp", ",",      "plans",   "flights",
                        "."};
    nch = tag_words(d, ws, pa, 22, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG) && has_chunk(ch, nch, 11, 12, EG_NE_ORG));
    /* a firm's noun in the plural opening a sentence is no word of the names after it */
    const char *dm[] = {"Drugmakers", "Zydus", "Cadila", "and", "Biocon", "Ltd", "are",
                        "testing",    "shots", "."};
    nch = tag_words(d, ws, dm, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG) && !has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* a scheme's name before its noun after "its", or "the" where the model named nothing:
     * MISC */
    const char *sc[] = {"Japan", "will", "suspend", "its", "Go",       "Travel",  "campaign",
                        ".",     "It",   "issued",  "visas", "under", "its",     "Business",
                        "Harbour", "programme", "."};
    nch = tag_words(d, ws, sc, 17, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_MISC) && has_chunk(ch, nch, 13, 15, EG_NE_MISC));
    /* an address in a caption: the venue and the city before a country are places */
    const char *ad[] = {"Soccer",   "Football", "-",         "Premier", "League", "-",
                        "Liverpool", "v",       "Tottenham", "Hotspur", "-",      "Anfield",
                        ",",        "Liverpool", ",",        "Britain", "-",      "December",
                        "16",       ",",        "2020",      "."};
    nch = tag_words(d, ws, ad, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_LOC) && has_chunk(ch, nch, 13, 14, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG));
    /* a golf club where a tournament is played is a venue, a place */
    const char *gc[] = {"Kim",     "won",     "the",   "U.S.",  "Women", "'s", "Open", "at",
                        "Champions", "Golf",  "Club",  "in",    "Houston", "."};
    nch = tag_words(d, ws, gc, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_LOC));
    /* an airport named for a person is one place */
    const char *ap[] = {"AeroAndes", "flies", "from", "Jorge", "Ch\u00e1vez", "International",
                        "Airport",   "to",    "Cusco", "."};
    nch = tag_words(d, ws, ap, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 7, EG_NE_LOC));
    /* in a sports report, what a rider belongs to is his team, also alone */
    const char *tm[] = {"Pogacar",  "won",     "as",      "Belgian",  "Wout",     "van",
                        "Aert",     "of",      "Jumbo-Visma", "sprinted", "to",     "victory",
                        "in",       "the",     "final",   "stage",    ".",        "\"",
                        "He",       "climbs",  "well",    ",",        "\"",      "Jumbo-Visma",
                        "sports",   "director", "Merijn", "Zeeman",   "said",     "."};
    nch = tag_words(d, ws, tm, 30, (uint32_t[]){0, 17}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG) && has_chunk(ch, nch, 23, 24, EG_NE_ORG));
    /* and a team of two words the model left out before a driver's name */
    const char *rt[] = {"SAKHIR",  ",",      "Bahrain", "(",     "Reuters", ")",   "-",
                        "Racing",  "Point",  "'s",      "Sergio", "Perez",  "won", "the",
                        "race",    "after",  "a",       "crash", "on",      "lap", "one",
                        "."};
    nch = tag_words(d, ws, rt, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG));
    /* a listed acronym in capitals opening a headline in title case */
    const char *wh[] = {"WHO",     "Declares", "Mpox",  "Outbreak", "A",      "Global",
                        "Emergency", "GENEVA", "(",     "Reuters",  ")",      "-",
                        "The",     "outbreak", "spread", "further", "."};
    nch = tag_words(d, ws, wh, 17, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_ORG));
    /* a word the article names alone is a name where the model left it out at a sentence's
       start */
    const char *sl[] = {
        "Salesforce.com", "Inc",       "said",     "it",        "would",     "buy",
        "Slack",          "Technologies", "Inc",   "for",       "$",         "27.7",
        "billion",        ".",         "Chief",    "Executive", "Marc",      "Benioff",
        "said",           "Slack",     "would",    "become",    "its",       "interface",
        ".",              "Slack",     "co-founder", "Stewart", "Butterfield", "will",
        "join",           "Salesforce", ".",       "Slack",     "shareholders", "will",
        "receive",        "cash",      "."};
    nch = tag_words(d, ws, sl, 39, (uint32_t[]){0, 14, 25, 33}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 25, 26, EG_NE_ORG) && has_chunk(ch, nch, 33, 34, EG_NE_ORG));
    /* a legislature's name is an organization's */
    const char *lg[] = {"Likud",   "is",     "the",     "largest", "party", "in",
                        "the",     "120-seat", "Knesset", ".",     "The",   "law",
                        "was",     "passed", "by",      "the",     "Sejm",  "."};
    nch = tag_words(d, ws, lg, 18, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG) && has_chunk(ch, nch, 16, 17, EG_NE_ORG));
    /* a word never seen, in a list beside an organization, is another */
    const char *li[] = {"The",   "battery", "maker",   "competes", "with",  "suppliers",
                        "such",  "as",      "BYD",     "and",      "CATL",  ".",
                        "Two",   "other",   "local",   "developers", ",",   "Vabiotech",
                        "and",   "IVAC",    ",",       "were",     "testing", "shots",
                        "."};
    nch = tag_words(d, ws, li, 25, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 11, EG_NE_ORG) && has_chunk(ch, nch, 17, 18, EG_NE_ORG));
    /* a "person" named for a building is a place, unless the article names a person so */
    const char *vh[] = {"Exporters", "shipped", "from",   "Sabine",  "Pass",  "in",
                        "Louisiana", ".",       "Tourists", "walk",   "by",    "the",
                        "Hassan",  "Tower",     "in",     "Rabat",   ".",     "Senator",
                        "John",    "Tower",     "spoke",  ".",       "Tower", "said",
                        "no",      "."};
    nch = tag_words(d, ws, vh, 26, (uint32_t[]){0, 8, 17, 22}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC) && !has_chunk(ch, nch, 18, 20, EG_NE_LOC));
    /* so is one that opens with a square's or a palace's head; not where a person is named so
     * alone */
    const char *pq[] = {"Conte", "spoke", "from", "Palazzo", "Chigi", "as", "crowds", "filled",
                        "Piazza", "Navona", "."};
    nch = tag_words(d, ws, pq, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_LOC) && has_chunk(ch, nch, 8, 10, EG_NE_LOC));
    const char *mp[] = {"Mike", "Piazza", "hit", "a", "homer", ".", "Piazza", "Todd", "and",
                        "Piazza", "said", "so", "."};
    nch = tag_words(d, ws, mp, 13, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 6, 8, EG_NE_LOC));
    /* a French square's name with its particle is a place, whatever the model named it */
    const char *pc[] = {"By", "evening", ",", "several", "thousand", "people", "had",
                        "gathered", "on", "Place", "de", "la", "Concorde", ",", "across",
                        "the", "Seine", "from", "the", "assembly", "."};
    nch = tag_words(d, ws, pc, 21, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 13, EG_NE_LOC));
    /* with an elided particle of one word too; not a body's name after no word of place */
    const char *qdo[] = {"Police", "closed", "the", "road", "along", "the", "Quai", "d'Orsay",
                         "on",     "Friday", ".",   "Shares", "of", "online", "retailer", "Rue",
                         "du",     "Commerce", "rose", "5",   "percent", "."};
    nch = tag_words(d, ws, qdo, 22, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_LOC) && !has_chunk(ch, nch, 15, 18, EG_NE_LOC));
    /* a street closed, after no word of place */
    const char *qdp[] = {"Police", "closed", "the", "Boulevard", "des", "Capucines", "on",
                         "Sunday", "."};
    nch = tag_words(d, ws, qdp, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_LOC));
    /* listed places of one word after "in" and a place, in a list, where the model took them
     * for clubs; not before an owner's apostrophe */
    const char *ly[] = {"In",    "Marseille", ",",     "Lyon",   "and",  "Nantes", ",",
                        "police", "fired",    "tear",  "gas",    ".",    "He",     "played",
                        "in",    "Lyon",      "and",   "Nantes", "'",    "youth",  "teams",
                        "."};
    nch = tag_words(d, ws, ly, 22, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_LOC) && has_chunk(ch, nch, 5, 6, EG_NE_LOC) &&
          !has_chunk(ch, nch, 17, 18, EG_NE_LOC));
    /* a comma before "and" too; and none of them where the list's last is no place ("In
     * Marseille, Lyon and Nantes drew": two clubs) */
    const char *lz[] = {"Protests", "were", "held",  "in",     "Marseille", ",",   "Lyon",
                        ",",        "and",  "Nantes", "on",    "Sunday",    ".",   "In",
                        "Marseille", ",",   "Lyon",  "and",    "Nantes",    "drew", "1-1",
                        "."};
    nch = tag_words(d, ws, lz, 22, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 10, EG_NE_LOC) && !has_chunk(ch, nch, 16, 17, EG_NE_LOC));
    /* commas alone, and a word such as "as" after the last */
    const char *lzc[] = {"Protests", "were", "held", "in",    "Marseille", ",",  "Lyon", ",",
                         "Nantes",   ",",    "Lille", ".",    "Riots",     "hit", "Marseille",
                         "and",      "Nantes", "as",  "police", "fired",   "."};
    nch = tag_words(d, ws, lzc, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_LOC) && has_chunk(ch, nch, 10, 11, EG_NE_LOC));
    /* a Spanish firm's opening word ("Hoteles", "Financiera") makes a firm of a "person" */
    const char *sp[] = {"Hoteles", "Levante", ",",    "which",    "signed", "a",
                        "deal",    "last",    "year", ",",        "said",   "it",
                        "expected", "more",   "visitors", "."};
    nch = tag_words(d, ws, sp, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_ORG));
    /* a brand before a grocery's noun is a product's */
    const char *br[] = {"Unilever", "Plc",   ",",     "which", "sells", "Hellmann",
                        "'s",       "mayonnaise", "and", "Ben", "&",    "Jerry",
                        "'s",       "ice",   "cream", ",",     "completed", "the",
                        "deal",     "."};
    nch = tag_words(d, ws, br, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 13, EG_NE_MISC) && has_chunk(ch, nch, 0, 2, EG_NE_ORG));
    /* "-designate" after a title is no part of the name */
    const char *dg[] = {"Prime", "Minister-designate", "Saad", "al-Hariri", "has", "struggled",
                        "to",    "form",               "a",    "government", "."};
    nch = tag_words(d, ws, dg, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_PER));
    /* a listed city's name after "around" is the city */
    const char *ro[] = {"Workers", "at",    "ports", "around", "Rosario", "entered",
                        "their",   "sixth", "day",   "of",     "strike",  "."};
    nch = tag_words(d, ws, ro, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_LOC));
    /* and an unlisted one's, with "in" and a place after it */
    const char *ry[] = {"Prices", "rose",  "after", "fighting", "around", "Rubaya",
                        "in",     "North", "Kivu",  "on",       "Friday", "."};
    nch = tag_words(d, ws, ry, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC) && has_chunk(ch, nch, 7, 9, EG_NE_LOC));
    /* a military base's name is a place */
    const char *kb[] = {"The",  "Air",   "Force", "said", "Brooks", "Air",  "Force",
                        "Base", "would", "close", "next", "year",   "."};
    nch = tag_words(d, ws, kb, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG) && has_chunk(ch, nch, 4, 8, EG_NE_LOC));
    /* Norway's "AS" after a name makes it a firm's and is its own */
    const char *as[] = {"Norway",  "'s",  "Lofoten", "Sjomat", "AS",     "has",   "agreed",
                        "to",      "buy", "30",      "percent", "of",    "Icelandic", "trawler",
                        "group",   "Brimfaxi", "hf", "for",    "6.2",    "billion", "crowns",
                        "."};
    nch = tag_words(d, ws, as, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG) && has_chunk(ch, nch, 15, 17, EG_NE_ORG));
    /* so are the European company's "SE" before no capitalized word, Thailand's "Pcl" and
     * Russia's "OAO", also taken alone after the name ("Kama Neftegaz" | "OAO"); not a name
     * cut at "and" ("Production Pcl") */
    const char *se[] = {"Shares", "in", "Delivery", "Hero", "SE", "rose", "as", "prices", "fell",
                        ",", "while", "Robinhood", ",", "owned", "by", "Siam", "Ventures", "Pcl",
                        ",", "and", "PTT", "Exploration", "and", "Production", "Pcl", "fell", "."};
    nch = tag_words(d, ws, se, 27, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG) && has_chunk(ch, nch, 15, 18, EG_NE_ORG) &&
          !has_chunk(ch, nch, 23, 25, EG_NE_ORG) && !has_chunk(ch, nch, 24, 25, EG_NE_ORG));
    const char *oa[] = {"State-controlled", "Kama", "Neftegaz", "OAO", "said", "output", "rose",
                        "."};
    nch = tag_words(d, ws, oa, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));
    /* and the words the model left out before such a name, a country's name first */
    const char *tb[] = {"Three",   "bankers", "told",   "Reuters", "that",  "state",
                        "lenders", ",",       "including", "Ziraat", "Bankas\xC4\xB1", "and",
                        "T\xC3\xBCrkiye", "Halk", "Bankas\xC4\xB1", "A\xC5\x9E", ",", "had",
                        "sold",    "about",   "$",      "1.5",     "billion", "on",
                        "Monday",  "evening", "to",     "support", "the",   "lira",   "."};
    nch = tag_words(d, ws, tb, 31, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 12, 16, EG_NE_ORG));
    /* an organization's name in capitals and "SE"; not a people's word and a body's acronym,
     * a knee's ligament after a player, a direction, a street's quadrant */
    const char *sx[] = {"Germany", "'s", "SAP", "SE", "said", "profit", "rose", ".", "Former",
                        "British", "SAS", "officer", "Andy", "McNab", "wrote", "it", ".",
                        "Strong", "SE", "swells", "hit", "the", "coast", ".", "Chiefs", "tight",
                        "end", "Travis", "Kelce", "PCL", "sprain", "is", "minor", ".", "He",
                        "was", "shot", "on", "Alabama", "Avenue", "SE", "on", "Tuesday", "."};
    nch = tag_words(d, ws, sx, 44, (uint32_t[]){0, 8, 17, 24, 34}, 5, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG) && !has_chunk(ch, nch, 9, 11, EG_NE_ORG) &&
          !has_chunk(ch, nch, 17, 19, EG_NE_ORG) && has_chunk(ch, nch, 27, 29, EG_NE_PER) &&
          !has_chunk(ch, nch, 38, 41, EG_NE_ORG) && !has_chunk(ch, nch, 39, 41, EG_NE_ORG));
    const char *sz[] = {"Pilots", "at", "Norway", "SAS", "went", "on", "strike", ".", "A", "man",
                        "was", "shot", "on", "Good", "Hope", "Road", "SE", "on", "Monday", ".",
                        "The", "Mercedes", "Benz", "C180", "SE", "costs", "more", "."};
    nch = tag_words(d, ws, sz, 28, (uint32_t[]){0, 8, 20}, 3, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 2, 4, EG_NE_ORG) && !has_chunk(ch, nch, 13, 17, EG_NE_ORG) &&
          !has_chunk(ch, nch, 21, 25, EG_NE_ORG));
    /* a "person" before "islands" is a place */
    const char *is[] = {"Lofoten", "Sjomat", ",",         "founded", "in",      "1987",
                        "in",      "the",    "Lofoten",   "islands", ",",       "is",
                        "controlled", "by",  "a",         "family",  "."};
    nch = tag_words(d, ws, is, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_LOC));
    /* a photo agency before "via Reuters" */
    const char *va[] = {"Liverpool", "'s",     "Mohamed", "Salah",  "scores",  ".",
                        "Action",    "Images", "via",     "Reuters", "/",      "Jason",
                        "Cairnduff"};
    nch = tag_words(d, ws, va, 13, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_ORG));
    /* a word the model left out before "Sports" is a broadcaster's or a firm's name */
    const char *sk[] = {"Manchester", "City",  "manager", "Daniel", "Forsyth", "told",
                        "Sky",        "Sports", "after",  "the",    "final",   "whistle",
                        "."};
    nch = tag_words(d, ws, sk, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_ORG));
    /* "Team" and a sponsor's name is a team */
    const char *tq[] = {"The",  "South",   "African", "squad", "will", "race",    "next",
                        "season", "as",    "Team",    "Qhubeka", "Assos", ",",   "in",
                        "support", "of",   "a",       "bicycle", "charity", "."};
    nch = tag_words(d, ws, tq, 20, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 12, EG_NE_ORG));
    /* in a match report a city's name before a coach's role is the club's; "in Leipzig" the
     * city's */
    const char *lc[] = {"Leipzig", "beat",    "Cologne", "2-1",     "on",        "Saturday",
                        "in",      "Leipzig", ".",       "\"",      "We",        "deserved",
                        "it",      ",",       "\"",      "Leipzig", "coach",     "Thomas",
                        "Brandauer", "told",  "reporters", "."};
    nch = tag_words(d, ws, lc, 22, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_ORG) && has_chunk(ch, nch, 7, 8, EG_NE_LOC));
    /* a name the model left out after "bookmaker" or "streamer" is the firm's */
    const char *bk[] = {"Odds",  "were",   "cut",   "by", "bookmaker", "Betvictor", "on",
                        "Monday", "after", "a",     "flood", "of",     "bets",      ".",
                        "The",   "deal",   "with",  "streamer", "Crunchyroll", "runs", "to",
                        "2025",  ",",      "the",   "league", "said",  "."};
    nch = tag_words(d, ws, bk, 27, (uint32_t[]){0, 14}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG) && has_chunk(ch, nch, 18, 19, EG_NE_ORG));
    /* a body named with its head word and "of" goes on after "for" */
    const char *cs[] = {"The",  "ban",         "was", "upheld", "by",    "the",   "Court",
                        "of",   "Arbitration", "for", "Sport",  "last",  "month", "."};
    nch = tag_words(d, ws, cs, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 11, EG_NE_ORG));
    /* a surname's capitalized particle is the person's ("Van den Brink said") */
    const char *vb[] = {"Wouter", "van",     "den",   "Brink", ",",        "a",     "former",
                        "city",   "alderman", ",",    "said",  "the",      "club",  "must",
                        "grow",   ".",        "\"",   "We",    "are",      "strong", ",",
                        "\"",     "Van",      "den",   "Brink", "said",     "."};
    nch = tag_words(d, ws, vb, 27, (uint32_t[]){0, 16}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 22, 25, EG_NE_PER));
    /* a league's name after its people's adjective is one name, in capitals and lower case */
    const char *pl[] = {"Celtic", "went",    "top",      "of", "the",     "Scottish",
                        "Premier", "Division", "on",     "Saturday", "with", "a", "win", "."};
    nch = tag_words(d, ws, pl, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_MISC));
    /* "a trader with" a name: the trader's employer */
    const char *vc[] = {"Prices", "were", "steady", ",",  "said", "a",    "trader", "with",
                        "Vinacafe", "in", "Ho",     "Chi", "Minh", "City", "."};
    nch = tag_words(d, ws, vc, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG));
    /* a word with diacritics is known by its plain letters ("Hồng Hà" as "Hong Ha"): the
     * unit's name is a firm's, as its parent's, not a person's */
    const char *hh[] = {"HANOI",   ",",     "May",    "4",        "(",     "Reuters", ")",
                        "-",       "Vietnam", "'s",   "H\xe1\xbb\x93ng", "H\xc3\xa0",
                        "Railways", "JSC",  "said",   "on",       "Monday", "it",     "would",
                        "start",   "a",     "freight", "unit",    ",",     "H\xe1\xbb\x93ng",
                        "H\xc3\xa0", "Cargo", ",",  "next",     "year",  "."};
    nch = tag_words(d, ws, hh, 31, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 24, 27, EG_NE_ORG));
    /* a capital with a diacritic opens a word shaped as a capitalized one: a firm's name that
     * opens the sentence keeps its first word */
    const char *ob[] = {"\xc3\x96sterreichische", "Alpenbank", "AG", "agreed", "on", "Tuesday",
                        "to", "buy", "a", "rival", "."};
    nch = tag_words(d, ws, ob, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 3, EG_NE_ORG));
    /* a name whose last word is a compound of "bank" is a bank's, not a place's */
    const char *ab[] = {"It", "sold", "the", "insurer", "to", "Oesterreichische", "Alpenbank",
                        "four", "years", "ago", ",", "after", "the", "Austrian", "lender",
                        "left", "."};
    nch = tag_words(d, ws, ab, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_ORG));
    /* a firm's legal form the model took for a place's name of its own ends the name before
     * it, a firm's */
    const char *fs[] = {"Brazilian", "meatpacker", "Frigorifico", "Serra", "Alta", "S.A.",
                        "agreed",    "on",         "Monday",      "to",    "buy",  "a",
                        "rival",     "."};
    nch = tag_words(d, ws, fs, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG));
    /* a group's name goes on after "for", not into a sum */
    const char *sg[] = {"The",  "Scientific", "Advisory", "Group", "for",   "Emergencies",
                        "said", "on",         "Friday",   "that",  "cases", "rose",
                        ".",    "Kaewon",     "Group",    "sold",  "it",    "for",
                        "C$640", "million",   "."};
    nch = tag_words(d, ws, sg, 21, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 6, EG_NE_ORG) && !has_chunk(ch, nch, 13, 19, EG_NE_ORG));
    /* two words joined by "and" are a firm's name where the text says a firm; not two names
     * the article names apart, nor before a possessive */
    const char *af[] = {"Law",     "firm",   "Tollard",  "and",     "Finch",  ",",      "which",
                        "advised", "it",     ",",        "declined", ".",     "Holm",   "and",
                        "Dahl",    "analysts", "said",   "so",      ".",      "It",     "was",
                        "made",    "by",     "UK",       "firm",    "Calder", "and",    "Vossler",
                        ".",       "Vossler", "will",    "sell",    "it",     "."};
    nch = tag_words(d, ws, af, 34, (uint32_t[]){0, 12, 19, 29}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG) && has_chunk(ch, nch, 12, 15, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 25, 28, EG_NE_ORG));
    /* and where the firm's noun opens the sentence in capitals */
    const char *rm[] = {"Retailer", "Marks", "and", "Spencer", "said", "sales", "fell", "."};
    nch = tag_words(d, ws, rm, 8, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_ORG));
    /* two firms the model joined at their "and" are two: after a firm's word, or where the
     * article names the second alone; not one body of two fields before its head */
    const char *ansp[] = {"Sao", "Mai", "has", "hired", "Vietcombank", "Securities", "and",
                          "Credit", "Suisse", "to", "manage", "the", "offering", ".", "Morgan",
                          "Stanley", "and", "Credit", "Suisse", "advised", "Norvik", ".", "Credit",
                          "Suisse", "declined", "to", "comment", ".", "The", "court", "suspended",
                          "tariffs", "by", "state-owned", "Kenya", "Power", "and", "Lighting",
                          "Company", "until", "it", "hears", "a", "case", "."};
    nch = tag_words(d, ws, ansp, 45, (uint32_t[]){0, 14, 22, 28}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG) && has_chunk(ch, nch, 7, 9, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_ORG) && has_chunk(ch, nch, 17, 19, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 34, 39, EG_NE_ORG));
    /* and where the article names both sides alone, not where it names them only beside
     * another "and" (the model's cut of one name) */
    const char *bothn[] = {"Union", "Faith", "and",   "Nova",  "said", "they", "would", "merge",
                           ".",     "Nova",  "said",  "the",   "deal", "would", "close", ".",
                           "Union", "Faith", "shares", "rose", "."};
    nch = tag_words(d, ws, bothn, 21, (uint32_t[]){0, 9, 16}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_ORG) && has_chunk(ch, nch, 3, 4, EG_NE_ORG));
    /* a name before the apposition of a trade's noun and a rename's cue is a firm's */
    const char *trd[] = {"DNIPRO", ",", "September", "5", "(", "Reuters", ")", "-", "Stepova",
                         "Agro", ",", "the", "Ukrainian", "grain", "trader", "formerly", "known",
                         "as", "Stepova", "Grain", "Holding", ",", "opened", "its", "river",
                         "terminal", "on", "Tuesday", ".", "Alexander", "Gordiyenko", "said",
                         "Stepova", "Agro", "expected", "to", "handle", "1.4", "million",
                         "tonnes", "."};
    nch = tag_words(d, ws, trd, 41, (uint32_t[]){0, 29}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_ORG) && has_chunk(ch, nch, 32, 34, EG_NE_ORG));
    /* so are two names of one head */
    const char *oneh[] = {"Margrethe", "Vestager", "unveiled", "the", "Digital", "Markets", "Act",
                          "and", "Digital", "Services", "Act", ",", "draft", "rules", "."};
    nch = tag_words(d, ws, oneh, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_MISC) && has_chunk(ch, nch, 8, 11, EG_NE_MISC));
    /* two firms' names with a Romance particle between them are one */
    const char *bp[] = {"Shares", "of",    "Banca", "Monte", "dei",     "Paschi",
                        "di",     "Siena", "SpA",   "fell",  "3",       "percent",
                        "in",     "Milan", "."};
    nch = tag_words(d, ws, bp, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 9, EG_NE_ORG));
    /* Croatia's and Slovenia's "d.d.", Peru's "S.A.A." end a firm's name */
    const char *dd[] = {"Serbia", "signed", "a",       "deal",  "with",  "Slovenian", "utility",
                        "Savinja", "Energija", "d.d.", "to",    "build", "a",         "plant",
                        "."};
    nch = tag_words(d, ws, dd, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 10, EG_NE_ORG));
    /* a name before a market's job and a person's name is the employer's, a firm's */
    const char *an[] = {"Shares", "rose", ",",       "said",  "Wexmoor", "Capel",
                        "analyst", "Jane", "Doe",    "."};
    nch = tag_words(d, ws, an, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_ORG) && has_chunk(ch, nch, 7, 9, EG_NE_PER));
    /* a credit's words before a slash: a handout's source, a photographer's agency */
    const char *cr[] = {"Workers", "check",    "solar", "panels", "in",      "this",  "undated",
                        "handout", "picture",  ".",     "Solaria", "Verde",  "/",     "Handout",
                        "via",     "REUTERS"};
    nch = tag_words(d, ws, cr, 16, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 10, 12, EG_NE_ORG));
    const char *rs[] = {"Players", "compete", "in",    "Copenhagen", ",",     "Denmark", ".",
                        "Ritzau",  "Scanpix", "/",     "Lise",       "Sabro", "via",     "REUTERS"};
    nch = tag_words(d, ws, rs, 14, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG) && has_chunk(ch, nch, 10, 12, EG_NE_PER));
    /* a body's name with "and" inside is one name */
    const char *cc[] = {"The", "Coffee", "and", "Cocoa", "Council", "said", "prices",
                        "would", "rise", "."};
    nch = tag_words(d, ws, cc, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 5, EG_NE_ORG));
    const char *ps[] = {"The", "Party", "of", "Democratic", "Renewal", "and", "Solidarity",
                        "won", "40",  "seats", "."};
    nch = tag_words(d, ws, ps, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 7, EG_NE_ORG));
    /* a legislature's building is a place */
    const char *ca[] = {"Protesters", "gathered", "outside", "the",       "U.S.", "Capitol",
                        "in",         "Washington", "on",    "Wednesday", "."};
    nch = tag_words(d, ws, ca, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_LOC));
    const char *stc[] = {"Lawmakers", "met", "at", "the", "Michigan", "State", "Capitol",
                        "in",        "Lansing", "."};
    nch = tag_words(d, ws, stc, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_LOC));
    /* finance's common acronyms alone are no names */
    const char *ip[] = {"The", "company", "priced", "its", "IPO", "at", "20", "dollars", "a",
                        "share", "on", "Tuesday", "."};
    nch = tag_words(d, ws, ip, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 4, 5, EG_NE_ORG));
    /* and computer parts' ("DRAM", "NAND") */
    const char *dr[] = {"SK",  "Hynix", "produces", "DRAM", "in",     "Wuxi",
                        "and", "NAND",  "in",       "Dalian", "."};
    nch = tag_words(d, ws, dr, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 4, EG_NE_ORG) && !has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC) && has_chunk(ch, nch, 9, 10, EG_NE_LOC));
    /* and a crypto-currency's name alone */
    const char *bq[] = {"Traders", "said", "Bitcoin", "hit", "a", "record", "of", "$",
                        "99,000",  "on",   "Thursday", "."};
    nch = tag_words(d, ws, bq, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 2, 3, EG_NE_ORG) && !has_chunk(ch, nch, 2, 3, EG_NE_PER) &&
          !has_chunk(ch, nch, 2, 3, EG_NE_LOC) && !has_chunk(ch, nch, 2, 3, EG_NE_MISC));
    /* a name right after "opposition" is a party's */
    const char *op[] = {"The",     "main",  "opposition", "Samagi", "Jana",     "Balawegaya",
                        ",",       "led",   "by",         "Sajith", "Premadasa", ",",
                        "rejected", "the",  "budget",     "."};
    nch = tag_words(d, ws, op, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG) && has_chunk(ch, nch, 9, 11, EG_NE_PER));
    /* a French site's head, its particle and a name are a place */
    const char *fsite[] = {"Supporters", "gathered", "at",     "the",     "Place",     "de",
                        "la",         "République", "and",  "on",      "the",       "Promenade",
                        "des",        "Anglais",  "in",     "Nice",    "."};
    nch = tag_words(d, ws, fsite, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_LOC) && has_chunk(ch, nch, 11, 14, EG_NE_LOC));
    /* a picture agency's "Images" is its name's */
    const char *pagency[] = {"Fans",   "celebrate", "in",      "Paris", ".",      "Camille",
                        "Raharimanana", "-",   "Hexagone", "Presse", "Images"};
    nch = tag_words(d, ws, pagency, 11, (uint32_t[]){0, 5}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_ORG));
    /* the last two of a list of firms are two firms */
    const char *flist[] = {"Goldman", "Sachs", ",",  "Morgan", "Stanley", "and",   "Bank",
                        "of",      "America", "report", "next", "week",  "."};
    nch = tag_words(d, ws, flist, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG) && has_chunk(ch, nch, 6, 9, EG_NE_ORG));
    /* a name before "-based" is a place */
    const char *based[] = {"Ridgeline", "Renewables", "Ltd",      ",",     "a",   "Leeds", "-based",
                        "wind",      "developer",  ",",        "said",  "it",  "would", "appeal",
                        "."};
    nch = tag_words(d, ws, based, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_LOC));
    /* a dateline's two places, between a slash */
    const char *dslash[] = {"DETROIT", "/",  "MILAN", ",",     "July",   "25",   "(",
                        "Reuters", ")",  "-",     "Stellantis", "shares", "fell", "."};
    nch = tag_words(d, ws, dslash, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_LOC) && has_chunk(ch, nch, 2, 3, EG_NE_LOC));
    /* in a Formula One report a driver's bracketed country is a place, no club */
    const char *drvc[] = {"Formula", "One",   "results", ":",        "1",     ".",      "Max",
                        "Verstappen", "(", "Netherlands", ")",   "Red",   "Bull",   "2",
                        ".",       "Charles", "Leclerc", "(",      "Monaco", ")",     "Ferrari",
                        "+2.7"};
    nch = tag_words(d, ws, drvc, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_LOC));
    /* a stage race "Tour of" a place is one event */
    const char *tof[] = {"Vingegaard", "crashed", "at",      "the",  "Tour",  "of",
                         "the",        "Basque",  "Country", "in",   "April", "."};
    nch = tag_words(d, ws, tof, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 9, EG_NE_MISC));
    /* a convention centre is a venue, a place */
    const char *ccn[] = {"Election",   "officials", "said",    "roughly", "40,000",   "mail-in",
                         "ballots",    "remained",  "to",      "be",      "counted",  "at",
                         "the",        "Pennsylvania", "Convention", "Center", ",",  "where",
                         "workers",    "sorted",    "envelopes", "."};
    nch = tag_words(d, ws, ccn, 22, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_LOC));
    /* a name between a possessive pronoun and a works' word is the site's place */
    const char *fac[] = {"Stellantis", "said", "it",      "would", "halt", "its",  "Melfi",
                         "plant",      "in",   "southern", "Italy", ".",   "Trump", "flew",
                         "back",       "to",   "his",     "Mar-a-Lago", "resort", "in",
                         "Florida",    "."};
    nch = tag_words(d, ws, fac, 22, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_LOC) && has_chunk(ch, nch, 17, 18, EG_NE_LOC));
    /* a name between "the" and "exchange" is the exchange */
    const char *exn[] = {"Shares", "of",   "Petrobras", "rose",     "2",  "%",   "on",
                         "the",    "B3",   "exchange",  "in",       "Sao", "Paulo", "."};
    nch = tag_words(d, ws, exn, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_ORG) && has_chunk(ch, nch, 11, 13, EG_NE_LOC));
    /* the capitalized words after "band" are the band's name */
    const char *bnd[] = {"The",     "Italian", "rock", "band", "Maneskin", "won", "the",
                         "contest", ".",       "Fans", "of",   "the",      "band", "Take",
                         "That",    "queued",  "for",  "hours", "."};
    nch = tag_words(d, ws, bnd, 19, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_ORG) && has_chunk(ch, nch, 13, 15, EG_NE_ORG));
    /* a capitalized compound of a number's word and "times" names nothing */
    const char *sev[] = {"LONDON",   "(",     "Reuters",  ")",     "-",   "Seven-times",
                         "world",    "champion", "Lewis", "Hamilton", "won", "the",
                         "race",     "on",    "Sunday",   "."};
    nch = tag_words(d, ws, sev, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 5, 6, EG_NE_MISC) && has_chunk(ch, nch, 8, 10, EG_NE_PER));
    /* a person's first name the second pass cut off, where the surname stands alone later */
    const char *lbj[] = {"The",    "Lakers", "beat", "the",    "Suns",     "on", "Sunday",
                         ".",      "LeBron", "James", "scored", "34",      "points", ".",
                         "James",  "also",   "had",  "10",     "rebounds", "."};
    nch = tag_words(d, ws, lbj, 20, (uint32_t[]){0, 8, 14}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_PER) && has_chunk(ch, nch, 14, 15, EG_NE_PER));
    /* two capitals before a person's surname are the person's initials */
    const char *jdv[] = {"Republican", "vice",      "presidential", "nominee", "JD",
                         "Vance",      "campaigned", "in",          "Philadelphia", "on",
                         "Monday",     ".",          "Vance",       "told",    "supporters",
                         "the",        "economy",    "was",         "failing", "."};
    nch = tag_words(d, ws, jdv, 20, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 6, EG_NE_PER) && has_chunk(ch, nch, 12, 13, EG_NE_PER));
    /* the NFL's conferences and divisions are MISC in a report of the game */
    const char *nfc[] = {"The",     "Eagles", "took",   "control", "of",    "the",
                         "NFC",     "East",   "as",     "quarterback", "Jalen", "Hurts",
                         "threw",   "two",    "touchdowns", "."};
    nch = tag_words(d, ws, nfc, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC) && has_chunk(ch, nch, 10, 12, EG_NE_PER));
    /* a headline's verb after a person's name in Title Case is no part of it */
    const char *hvb[] = {"Trump",    "Wins", "White", "House", "in",       "Sweeping",
                         "Comeback", "as",   "Harris", "Concedes"};
    nch = tag_words(d, ws, hvb, 10, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_PER));
    /* a Spanish sports palace is a place, with the person it is named after */
    const char *pdd[] = {"Italy",  "won",    "the",   "final",   "at",    "the",
                         "Palacio", "de",    "Deportes", "Jos\303\251", "Mar\303\255a",
                         "Mart\303\255n", "Carpena", "in", "Malaga", "."};
    nch = tag_words(d, ws, pdd, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 13, EG_NE_LOC));
    /* a name before a person's the model opened with a lowercase particle is one name */
    const char *pjn[] = {"Union", "Berlin", "lost",    "at",    "the",     "Stadion",
                         "An",    "der",    "Alten",   "Foersterei", ".",  "The",
                         "Chilean", "party", "La",     "Lista", "del",     "Pueblo",
                         "won",   "seats",  "."};
    nch = tag_words(d, ws, pjn, 21, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 10, EG_NE_LOC) && has_chunk(ch, nch, 14, 18, EG_NE_ORG));
    /* a sponsor's name before an event's is the event's */
    const char *spe[] = {"Tiger", "Woods", "won", "the",  "CME", "Group", "Tour",
                         "Championship", ".", "Rain", "fell", "on", "the", "Monaco",
                         "Grand", "Prix", "in",  "May", "."};
    nch = tag_words(d, ws, spe, 19, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_MISC) && has_chunk(ch, nch, 13, 16, EG_NE_MISC));
    /* a name before "exhibition centre" or "palace" is the venue, a place */
    const char *vnn[] = {"Madrid", "is",   "converting", "the",   "IFEMA", "exhibition",
                         "centre", "into", "a",          "field", "hospital", ".",
                         "Trump",  "arrived", "at",      "the",   "Qasr",  "Al",
                         "Watan",  "palace", "."};
    nch = tag_words(d, ws, vnn, 21, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_LOC) && has_chunk(ch, nch, 16, 19, EG_NE_LOC));
    /* a league's acronym the model never saw, before a competition's noun, is MISC */
    const char *ipl[] = {"Gujarat", "Titans", "won",      "the", "IPL", "final",
                         "against", "Rajasthan", "Royals", ".",  "The", "IPO",
                         "season",  "was",    "quiet",    "."};
    nch = tag_words(d, ws, ipl, 16, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 5, EG_NE_MISC) && !has_chunk(ch, nch, 11, 12, EG_NE_MISC));
    /* capitalized words left out between scores in a line of results are a team */
    const char *rlt[] = {"NBA",    "results", "on",     "Tuesday",  ":",   "Los",
                         "Angeles", "Clippers", "121",  "Golden",   "State", "Warriors",
                         "98",     ",",       "Boston", "Celtics",  "110", "Chicago",
                         "Bulls",  "104",     "."};
    nch = tag_words(d, ws, rlt, 21, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 12, EG_NE_ORG));
    /* a place and the event's words the model left out after it are the event */
    const char *pev[] = {"The",  "horse", "was",   "entered", "for",     "the",   "Hong",
                         "Kong", "Sprint", "next", "month",   ",",       "its",   "trainer",
                         "said", "on",    "Tuesday", "."};
    nch = tag_words(d, ws, pev, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 9, EG_NE_MISC));
    /* a maker's name and a model's number with a dash and a variant's digits are one jet */
    const char *jvr[] = {"The",    "carrier", "retired", "its",   "last",  "Boeing",
                         "747-400", "jets",   "on",      "Tuesday", "."};
    nch = tag_words(d, ws, jvr, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_MISC));
    /* "Winter" and a host's name before the Olympics are the Games' name */
    const char *sgm[] = {"Athletes", "prepared", "for",   "the",    "Beijing",   "Winter",
                         "Olympics", "amid",     "strict", "rules", ".",         "She",
                         "won",      "gold",     "at",    "the",    "2014",      "Winter",
                         "Olympics", "in",       "Sochi", "."};
    nch = tag_words(d, ws, sgm, 22, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_MISC) && has_chunk(ch, nch, 17, 19, EG_NE_MISC));
    /* a channel's number after a broadcaster's name is the channel's */
    const char *chn[] = {"He",     "told", "BBC",  "Radio", "4",     "'s",   "Today",
                         "programme", "that", "talks", "would", "go",   "on",   "."};
    nch = tag_words(d, ws, chn, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG));
    /* an acronym in capitals but its second letter is a body's, not a common noun's */
    const char *mxa[] = {"The",    "AfD",  "stood",  "at",    "18",   "percent", ".",
                         "Sterling", "rose", "after", "BoE",  "policymakers", "voted", "on",
                         "an",     "MoU",  "."};
    nch = tag_words(d, ws, mxa, 17, (uint32_t[]){0, 7}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG) && has_chunk(ch, nch, 10, 11, EG_NE_ORG) &&
          !has_chunk(ch, nch, 15, 16, EG_NE_ORG));
    /* "Asia-Pacific" is a region, a place, also before a noun */
    const char *apr[] = {"Stocks", "in", "the", "Asia-Pacific", "region", "fell", "on",
                         "Monday", "as", "investors", "weighed", "the", "data", "."};
    nch = tag_words(d, ws, apr, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_LOC));
    /* a racecourse's head the model left out after the place's name is the venue's */
    const char *rcs[] = {"Racing", "results", ".",    "The",        "crowd", "at",
                         "Sha",    "Tin",     "cheered", ".",       "Trainers", "met",
                         "at",     "Sha",     "Tin",  "Racecourse", "and",   "tested",
                         "the",    "track",   "."};
    nch = tag_words(d, ws, rcs, 21, (uint32_t[]){0, 3, 10}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_LOC));
    /* a name before "Force" is a force's */
    const char *fo[] = {"The",   "60,000-strong", "Implementation", "Force", "handed", "over",
                        "to",    "a",             "Stabilisation",  "Force", "of",     "around",
                        "31,000", "troops",       "on",             "Friday", "."};
    nch = tag_words(d, ws, fo, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 4, EG_NE_ORG) && has_chunk(ch, nch, 8, 10, EG_NE_ORG));
    const char *un[] = {"Troops", "of",    "the",     "U.N.", "Interim", "Force", "in",
                        "Lebanon", "came", "under",   "fire", "."};
    nch = tag_words(d, ws, un, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 6, EG_NE_ORG) || has_chunk(ch, nch, 3, 8, EG_NE_ORG));
    /* one name opening a sentence, then ", now" and a title: a person's */
    const char *sy[] = {"Soeharyanto", ",",     "now",   "secretary", "general", "of",
                        "the",         "energy", "ministry", ",",     "said",    "the",
                        "plant",       "met",   "all",   "requirements", "."};
    nch = tag_words(d, ws, sy, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 1, EG_NE_PER));
    /* in a Formula One report a constructor's name alone is the team */
    const char *f1[] = {"Mercedes", "won",   "the",   "constructors", "championship", "ahead",
                        "of",       "Racing", "Point", "and",         "Renault",      ".",
                        "Haas",     "confirmed", "its", "drivers",    "for",          "2021",
                        ",",        "while", "Renault", "becomes",    "Alpine",       "."};
    nch = tag_words(d, ws, f1, 24, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_ORG) && has_chunk(ch, nch, 12, 13, EG_NE_ORG) &&
          has_chunk(ch, nch, 22, 23, EG_NE_ORG));
    /* a platform's name the model took for a person's is the company */
    const char *ig[] = {"U.S.",      "Sues",     "Facebook", ",",   "Seeks", "to",
                        "Unwind",    "Instagram", "and",     "WhatsApp", "Deals", "The",
                        "regulators", "want",    "to",       "force", "it",    "to",
                        "sell",      "Instagram", "and",     "WhatsApp", "."};
    nch = tag_words(d, ws, ig, 23, (uint32_t[]){0, 11}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 19, 20, EG_NE_ORG));
    /* the NFL, left out, is an organization as in CoNLL-2003 */
    const char *nf[] = {"In",     "the",  "NFL",   ",",    "Patrick", "Mahomes", "threw",
                        "for",    "300",  "yards", "as",   "Kansas",  "City",    "beat",
                        "Denver", "22-16", "."};
    nch = tag_words(d, ws, nf, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));
    const char *wb[] = {"Prince", "Naseem", "Hamed", "retained", "his",   "WBO",
                        "featherweight", "title", "on", "Saturday", "."};
    nch = tag_words(d, ws, wb, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_ORG));
    const char *ai[] = {"The", "actor", "was", "47", "when", "he", "died", "from", "AIDS",
                        "last", "year", "."};
    nch = tag_words(d, ws, ai, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_MISC));
    /* a side named with "XI" is one organization */
    const char *xi[] = {"May", "15", "v", "Duke", "of", "Norfolk", "'s", "XI", "(", "at",
                        "Arundel", ")"};
    nch = tag_words(d, ws, xi, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 8, EG_NE_ORG));
    /* a nickname in quotes between the given name and the surname is the person's */
    const char *mc[] = {"BOXING",  "-",      "DURAN",  "TO",      "FIGHT",  "AGAIN",    ".",
                        "PANAMA",  "CITY",   "1996-08-30", "Panamanian", "boxing", "legend",
                        "Roberto", "\"",     "Hands",  "of",      "Stone",  "\"",       "Duran",
                        "climbs",  "into",   "the",    "ring",    "on",     "Saturday", "."};
    nch = tag_words(d, ws, mc, 27, (uint32_t[]){0, 7, 10}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 13, 20, EG_NE_PER));
    /* a club's town letter in brackets before the score is the club's */
    const char *yu[] = {"Hajduk", "2", "Proleter", "(", "Z", ")", "0"};
    nch = tag_words(d, ws, yu, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG));
    /* a place's name that is the surname of a person named in full is the person */
    const char *mw[] = {"Alex",     "Corretja", "of",      "Spain",  "beat",      "MaliVai",
                        "Washington", "of",     "the",     "United", "States",    "6-4",
                        "on",       "Wednesday", ".",      "\"",     "I",         "just",
                        "could",    "not",      "find",    "my",     "serve",     ",",
                        "\"",       "said",     "Washington", "."};
    nch = tag_words(d, ws, mw, 28, (uint32_t[]){0, 15}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 26, 27, EG_NE_PER));
    /* so is an unlisted place's ("Osaka"), but not a town before its country */
    const char *os[] = {"Naomi",  "Osaka", "beat",  "Lucia",  "Bronzetti", ".",      "\"",
                        "I",      "have",  "nothing", "to",   "lose",      ",",      "\"",
                        "said",   "Osaka", ",",     "who",    "wore",      "a",      "jacket",
                        ".",      "Gabriel", "Leon", "played", "at",       "the",    "Estadio",
                        "Leon",   ",",     "Leon",  ",",      "Mexico",    "."};
    nch = tag_words(d, ws, os, 34, (uint32_t[]){0, 6, 22}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_PER));
    CHECK(!has_chunk(ch, nch, 30, 31, EG_NE_PER));
    /* a state's team the model named before its score is the team elsewhere in the report */
    const char *qs[] = {"In",     "Brisbane", ",",       "Queensland", "paceman", "Tom",
                        "Varley", "took",     "five",    "for",        "60",      "against",
                        "New",    "South",    "Wales",   "on",         "Saturday", ".",
                        "Scores", ":",        "New",     "South",      "Wales",   "244",
                        "(",      "Sam",      "Hurst",   "89",         ";",       "Tom",
                        "Varley", "5-60",     ")",       "v",          "Queensland", "12-0",
                        "."};
    nch = tag_words(d, ws, qs, 37, (uint32_t[]){0, 18}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));
    /* a product's name with its number is MISC, number and all: words the model left out,
     * a name it ended before the number; not an adjective's count ("Olympic 100 champion") */
    const char *pn[] = {"It",   "has",   "been",    "bundled",   "with", "Office", "365",
                        "since", "2017", ".",       "The",       "flaw", "in",     "iOS",
                        "14",   ",",     "released", "in",       "September", ",", "was",
                        "fixed", ".",    "She",     "is",        "a",    "former", "Olympic",
                        "100",  "champion", "."};
    nch = tag_words(d, ws, pn, 31, (uint32_t[]){0, 10, 23}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 13, 15, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 27, 28, EG_NE_MISC));
    /* a club's name with a club's word, all of which the model took for a person's */
    const char *ec[] = {"Deportivo", "Boedo", "beat", "Brazil", "'s", "Esporte", "Clube",
                        "Niter\xc3\xb3i", "3-1", "in", "the", "Copa", "Libertadores", "."};
    nch = tag_words(d, ws, ec, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG));
    /* a Cantonese given name of two hyphened syllables after the surname the model ended at */
    const char *hk[] = {"The",    "company", "will",   "hand",     "the",   "post", "to",
                        "his",    "son",     "Kelvin", "Ng",       "Chun-yin", ",", "ending",
                        "three",  "decades", "."};
    nch = tag_words(d, ws, hk, 17, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 9, 12, EG_NE_PER));
    /* a storm's name after "Hurricane", MISC as CoNLL-2003 tags "Hurricane Edouard", and
     * alone later */
    const char *hu[] = {"Hurricane", "Iota", "crashed", "into", "Nicaragua", "on",
                        "Monday",    ".",    "Iota",    "is",   "the",       "30th",
                        "named",     "storm", "of",     "the",  "season",    "."};
    nch = tag_words(d, ws, hu, 18, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 8, 9, EG_NE_MISC));
    /* also where the model took "Hurricane" and the name for a person's name */
    const char *hl[] = {"The",   "slow", "crawl", "drew",    "comparisons", "with",
                        "Hurricane", "Ivan", ",",   "which",   "struck",      "the",
                        "same",  "stretch", "of",  "coast",   "in",          "2004", "."};
    nch = tag_words(d, ws, hl, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_MISC));
    /* both names after "hurricanes" in lower case, and one of them alone later */
    const char *hx[] = {"Charges", "from", "hurricanes", "Helene", "and", "Milton", "rose", ".",
                        "Milton",  "cost", "less",       "."};
    nch = tag_words(d, ws, hx, 12, (uint32_t[]){0, 8}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_MISC) && has_chunk(ch, nch, 5, 6, EG_NE_MISC) &&
          has_chunk(ch, nch, 8, 9, EG_NE_MISC));
    /* also where the model took the storm's two or three words for a place or a body */
    const char *hy[] = {"The",   "death", "toll", "from",     "Cyclone", "Freddy", "in",
                        "Malawi", "rose",  ",",    "weeks",    "after",   "Tropical", "Storm",
                        "Meari", "hit",   "the",  "country",  "."};
    nch = tag_words(d, ws, hy, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_MISC) && has_chunk(ch, nch, 14, 15, EG_NE_MISC));
    /* and where the model took "Tropical Storm" and the name whole for a body */
    const char *hg[] = {"Tropical", "Storm",  "Grace",  "brings", "heavy",   "rain",
                        "to",       "quake-hit", "Haiti", ".",    "PORT-AU-PRINCE", ",",
                        "Aug",      "16",     "(",      "Reuters", ")",      "-",
                        "Tropical", "Storm",  "Grace",  "lashed", "Haiti",   "with",
                        "torrential", "rain", "on",     "Monday", "night",   "."};
    nch = tag_words(d, ws, hg, 30, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_MISC) && has_chunk(ch, nch, 20, 21, EG_NE_MISC));
    /* no storm's name where the word after "Storm" or "Hurricane" is a place's head */
    const char *hz[] = {"Workers", "at",     "a",        "plant",   "in",     "Storm", "Lake",
                        ",",       "Iowa",   ",",        "fell",    "ill",    ".",     "Hikers",
                        "drove",   "up",     "to",       "Hurricane", "Ridge", "on",   "Sunday",
                        "."};
    nch = tag_words(d, ws, hz, 22, (uint32_t[]){0, 13}, 2, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 6, 7, EG_NE_MISC) && !has_chunk(ch, nch, 18, 19, EG_NE_MISC));
    /* a club opening with "Maccabi" is one organization */
    const char *mt[] = {"1",     ".",        "Cade",  "Cunningham", "(",     "Oklahoma",
                        "State", ")",        ";",     "2",          ".",     "Deni",
                        "Avdija", "(",       "Maccabi", "Tel",      "Aviv",  ")",
                        ";",     "3",        ".",     "LaMelo",     "Ball",  "(",
                        "Illawarra", "Hawks", ")",    "."};
    nch = tag_words(d, ws, mt, 28, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 14, 17, EG_NE_ORG));
    /* a name ending with a capitalized noun of land or water is a place, not a person */
    const char *fi[] = {"Fraser", "Island", "burned", "for", "weeks", ".",
                        "The",    "Arabian", "Peninsula", "is", "dry", "."};
    nch = tag_words(d, ws, fi, 12, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_LOC));
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_LOC));
    /* a firm's first word in running text the model left out before its name and legal form */
    const char *cx[] = {"It",         "is",      "the",        "largest", "listing", "since",
                        "Contemporary", "Amperex", "Technology", "Co",     "Ltd",     "went",
                        "public",     "in",      "2018",       "."};
    nch = tag_words(d, ws, cx, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 11, EG_NE_ORG));
    /* and two or three such words ("Kartal Hava" before "Yollari A.S.") */
    const char *kh[] = {"Turkish", "carrier", "Kartal", "Hava", "Yollari", "A.S.",  "said",
                        "on",      "Tuesday", "it",     "had",  "ordered", "20",    "jets",
                        "."};
    nch = tag_words(d, ws, kh, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 6, EG_NE_ORG));
    /* also before a name with its form the model took for a person's */
    const char *cm[] = {"Takeover", "interest", "came", "from", "Minera", "Cobre", "Andino",
                        "S.A.A.",   "on",       "Monday", "."};
    nch = tag_words(d, ws, cm, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 8, EG_NE_ORG));
    /* a person's name ending with a biotech's trade word is a firm's */
    const char *lb[] = {"In",  "Copenhagen", ",",       "Lindqvist", "Biologics", "said",
                        "its", "DNA",        "vaccine", "candidate", "had",       "worked",
                        "."};
    nch = tag_words(d, ws, lb, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    /* a sentence's first word that says what the firm does is no name ("Insurer"), and the
     * firm after it no person ("Regulator Ofcom") */
    const char *rn[] = {"Insurer", "Allianz", "said", "profit", "rose", ".",
                        "Regulator", "Ofcom", "said", "it",     "would", "review", "the",
                        "deal",      "."};
    nch = tag_words(d, ws, rn, 15, (uint32_t[]){0, 6}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* two organizations' names side by side are one where the second is a bank's form
     * ("Mellon Bank" + "NA"); a name and the acronym after it stay two ("VDA"); in an article
     * written the ordinary way (three sentences or more) */
    const char *mb[] = {"The",     "loan", "was",        "led",      "by",       "Mellon",
                        "Bank",    "NA",   "and",        "Citibank", ".",        "Figures",
                        "from",    "the",  "German",     "Automobile", "Industry", "Association",
                        "VDA",     "showed", "exports",  "fell",     ".",        "Both",
                        "declined", "to",   "comment",    "."};
    nch = tag_words(d, ws, mb, 28, (uint32_t[]){0, 11, 23}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 18, 19, EG_NE_ORG));
    /* a name opening with a meatpacker's word in Portuguese is a firm's, not a place's */
    const char *fg[] = {"Shares", "of", "Frigor\xc3\xad\x66ico", "Serra", "Alta", "rose", "3",
                        "percent", "."};
    nch = tag_words(d, ws, fg, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 5, EG_NE_ORG));
    /* an aircraft maker's name and a model's number: one product, MISC */
    const char *bj[] = {"Kenya", "Airways", "will", "pay",    "lessors", "for",  "its",
                        "Boeing", "787",    "jets", ",",      "as",      "Kenyan", "officials",
                        "seek",  "a",       "rescue", "."};
    nch = tag_words(d, ws, bj, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 9, EG_NE_MISC));
    /* a stadium's word in Spanish the model named alone before the name of whom the ground
     * is named after: one place */
    const char *ec2[] = {"Cadiz", "scored", "their", "second", "goal",   "at", "Estadio",
                         "Ramon", "de",     "Carranza", "in",  "Cadiz", "."};
    nch = tag_words(d, ws, ec2, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 10, EG_NE_LOC));
    /* a team's nickname that opens with a number, with its city or alone */
    const char *sf[] = {"The",  "Buffalo", "Bills", "beat",  "the",   "San", "Francisco",
                        "49ers", "34-24",  "on",    "Monday", ".",    "The", "49ers",
                        "moved", "to",     "Arizona", "."};
    nch = tag_words(d, ws, sf, 18, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_ORG));
    /* an acronym before a firm's officer is the firm's, no place's; "UK" stays a place */
    const char *ba[] = {"Rod",    "Eddington", ",",       "BA",     "'s",    "chief",
                        "executive", ",",      "said",    "the",    "results", "were",
                        "strong", ".",         "The",     "UK",     "chairman", "of",
                        "the",    "group",     "resigned", "."};
    nch = tag_words(d, ws, ba, 22, (uint32_t[]){0, 14}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 4, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 15, 16, EG_NE_LOC));
    /* a playoff series' leader after a score is the team, no place */
    const char *pl2[] = {"Boston", "Celtics", "101",    "Miami", "Heat", "106", ";",
                         "Miami",  "leads",   "series", "2-0",   "."};
    nch = tag_words(d, ws, pl2, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_ORG));
    /* "OT" in parentheses after a score is overtime, no organization */
    const char *ot[] = {"Tampa", "Bay",      "Lightning", "2",     "New",    "York", "Islanders",
                        "1",     "(",        "OT",        ")",     ";",      "Tampa", "Bay",
                        "leads", "series",   "2-0",       "."};
    nch = tag_words(d, ws, ot, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 9, 10, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_ORG));
    /* a byline's names are people's, those the model left out too */
    const char *by[] = {"By", "Mei", "Ling", "Foster", "and", "Rohan", "Kapur"};
    nch = tag_words(d, ws, by, 7, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 4, EG_NE_PER));
    CHECK(has_chunk(ch, nch, 5, 7, EG_NE_PER));
    /* the ocean's "La Nina" is MISC, no person */
    const char *ln[] = {"Australia", "faces", "floods", "due", "to", "a", "La", "Nina",
                        "weather",   "pattern", "."};
    nch = tag_words(d, ws, ln, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 8, EG_NE_MISC));
    /* an award's head after the name of the person it is named after: one MISC name */
    const char *aw[] = {"The",    "Mets",   "are",   "landing", "former", "Cy",    "Young",
                        "Award",  "winner", "Blake", "Snell",   "."};
    nch = tag_words(d, ws, aw, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 8, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 9, 11, EG_NE_PER));
    /* a league's "Finals" after its name the model left out: one event, MISC */
    const char *lf2[] = {"Durant", "tore",   "his",    "Achilles", "tendon", "in",
                        "the",    "2019",   "NBA",    "Finals",   ",",      "played",
                        "alongside", "Kyrie", "Irving", "."};
    nch = tag_words(d, ws, lf2, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 10, EG_NE_MISC));
    /* a Malay name's "binti" (daughter of) inside the person's name, as "bin" */
    const char *bt[] = {"Opposition", "lawmaker", "Nur",    "Aisyah",  "binti",  "Ahmad",
                        "Faizal",     ",",        "the",    "minister", "'s",    "daughter",
                        ",",          "said",     "the",    "plan",     "would", "fail",   "."};
    nch = tag_words(d, ws, bt, 19, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 7, EG_NE_PER));
    /* a listed given name the model left out before a person's name of two words */
    const char *fw[] = {"Co-founder", "and",   "Chief", "Executive", "Faith", "Wanjiru",
                        "Kamau",      "said",  "the",   "money",     "would", "fund",
                        "new",        "clinics", "."};
    nch = tag_words(d, ws, fw, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 7, EG_NE_PER));
    /* and a listed surname the model left out after a person's name of two words */
    const char *sw[] = {"Funding", "rose", "in", "March", ",", "its", "founder", "Brian",
                        "Kiprotich", "Sang", "said", "."};
    nch = tag_words(d, ws, sw, 12, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 10, EG_NE_PER));
    /* a firm's word alone that the model took for the firm's product (after "the Voltaris
     * One truck") is the firm where the article names it with its legal form; not before a
     * product's noun ("the Voltaris brand") */
    const char *vo[] = {"Voltaris", "Corp",  "founder", "Dean",   "Harlow",  "stepped", "down",
                        ".",        "A",     "video",   "showed", "the",     "Voltaris", "One",
                        "truck",    ".",     "Ruth",    "Okafor", ",",       "a",
                        "Voltaris", "board", "member",  ",",      "will",    "replace", "Harlow",
                        ".",        "It",    "sells",   "trucks", "under",   "the",
                        "Voltaris", "brand", "."};
    nch = tag_words(d, ws, vo, 36, (uint32_t[]){0, 8, 16, 28}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 20, 21, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 33, 34, EG_NE_MISC));
    /* a line of standings: the places with a won-lost record beside teams are teams */
    const char *sd[] = {"Standings", ":",     "Minnesota", "36-24", ",",     "Cleveland",
                        "35-25",     ",",     "Chicago",   "White", "Sox",   "35-25",
                        ",",         "Kansas", "City",     "26-34"};
    nch = tag_words(d, ws, sd, 16, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 2, 3, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 13, 15, EG_NE_ORG));
    /* a title's word before "bin" is the given name: "Sheikh Sultan bin Rashid" */
    const char *sb[] = {"The",    "founder", ",",  "Sheikh", "Sultan",   "bin",  "Rashid",
                        "Al",     "Daheri",  ",",  "stays",  "on",       "as",   "chairman",
                        "."};
    nch = tag_words(d, ws, sb, 15, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 4, 9, EG_NE_PER));
    /* a given name, "bin" and the father's the model left out before the family's "Al" */
    const char *rb[] = {"Rashed", "bin", "Sultan", "Al", "Muhairi", ",", "chairman", "of",
                        "the",    "fund", ",",     "said", "the", "investment", "had",
                        "performed", "well", "."};
    nch = tag_words(d, ws, rb, 18, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 5, EG_NE_PER));
    /* "PT" and "Tbk" close an Indonesian firm's name at both ends; its words without them
     * name the firm, no person */
    const char *pt[] = {"JAKARTA",    ",",     "August", "24",     "(",        "Reuters",
                        ")",          "-",     "Indonesian", "snack", "maker",   "PT",
                        "Nusa",       "Halal", "Pangan", "Tbk",    "agreed",   "on",
                        "Tuesday",    "to",    "merge",  "with",   "Seri",     "Harmoni",
                        "Berhad",     "of",    "Malaysia", ".",    "Nusa",     "Halal",
                        "Pangan",     "shareholders", "will", "own", "55",     "percent",
                        "."};
    nch = tag_words(d, ws, pt, 37, (uint32_t[]){0, 28}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 11, 16, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 28, 31, EG_NE_ORG));
    const char *ptb[] = {"PT", "Bumi", "Sentosa", "Abadi", "Tbk", "said", "sales", "rose", "."};
    nch = tag_words(d, ws, ptb, 9, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 5, EG_NE_ORG));
    /* a firm's words without its legal form name the firm, no person, and then the first
     * word alone is the firm of the legal form's too ("Baker Hughes", "Hughes") */
    const char *bh[] = {"Hughes",  "Tool",  "Co",     "said",   "its",     "board", "approved",
                        "the",     "merger", ".",     "The",    "merged",  "company", ",",
                        "Baker",   "Hughes", ",",     "will",   "sell",    "assets", ".",
                        "Hughes",  "will",  "work",   "with",   "regulators", ".", "Shares",
                        "of",      "Baker", "Hughes", "Inc",    "rose",    "."};
    nch = tag_words(d, ws, bh, 34, (uint32_t[]){0, 10, 21, 27}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 14, 16, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 21, 22, EG_NE_ORG));
    /* a listed place before its governor's title and name is the place, no club; not a
     * central bank's "Reserve" */
    const char *gv[] = {"Sao",   "Paulo", "Governor", "Joao",  "Doria", "said",  "shops",
                        "would", "shut",  ".",        "The",   "Reserve", "Bank", "of",
                        "Australia", "held", "rates", ".",    "Reserve", "Governor", "Bob",
                        "Johnston", "spoke", "."};
    nch = tag_words(d, ws, gv, 24, (uint32_t[]){0, 10, 18}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 2, EG_NE_LOC));
    CHECK(!has_chunk(ch, nch, 18, 19, EG_NE_LOC));
    /* names listed between "its" and a plural product's noun are products; places are not */
    const char *brl[] = {"Kering", "will",   "use",    "the",  "factories", "of",   "its",
                        "Lumeo",  ",",      "Varnex", "and",  "Quiddo",    "brands", "to",
                        "make",   "gel",    ".",      "It",   "sells",     "its",  "Asia",
                        "and",    "Europe", "units",  "."};
    nch = tag_words(d, ws, brl, 25, (uint32_t[]){0, 17}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 7, 8, EG_NE_MISC) && has_chunk(ch, nch, 9, 10, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 11, 12, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 20, 21, EG_NE_LOC));
    /* each result of a line of several after a day's label: its places are teams */
    const char *rsl[] = {"Tuesday", ":",  "Paris",  "St",    "Germain", "2",    "Borussia",
                        "Dortmund", "0", "(",      "PSG",   "win",     "3-2",  "on",
                        "aggregate", ")", ",",     "Valencia", "3",    "Atalanta", "4",
                        "(",       "Atalanta", "win", "8-4",  "on",      "aggregate", ")",
                        "."};
    nch = tag_words(d, ws, rsl, 29, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 17, 18, EG_NE_ORG));
    /* a ranking with won-lost records: its places and "people" are teams */
    const char *rk[] = {"AP",   "top",  "five", ":",    "1",    ".",    "Kansas", "28-3", ",",
                        "2",    ".",    "Gonzaga", "31-2", ",", "3",    ".",    "Baylor", "28-2",
                        ",",    "4",    ".",    "Dayton", "29-2", "."};
    nch = tag_words(d, ws, rk, 24, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 6, 7, EG_NE_ORG) && has_chunk(ch, nch, 11, 12, EG_NE_ORG));
    /* a name set off by commas after a firm's noun is the firm's; not after an "of" phrase */
    const char *apf[] = {"The",  "carmaker", ",",   "Velmor", "Otomotiv", ",",     "said",
                        "sales", "rose",    ".",   "The",    "head",     "of",    "the",
                        "debt", "division", ",",   "Gerry",  "Breach",   ",",     "said",
                        "."};
    nch = tag_words(d, ws, apf, 22, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 17, 19, EG_NE_PER));
    /* a desk's code before an e-sports team's name is no word of it */
    const char *dsk[] = {"ESPORTS-", "G2",   "Esports", "open", "title", "defence", "as",
                        "new-look", "league", "kicks",  "off",  "in",    "Berlin"};
    nch = tag_words(d, ws, dsk, 13, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 3, EG_NE_ORG));
    /* a name and an acronym with its legal form side by side: one firm ("Emirates" + "NBD
     * PJSC"); a sentence's opening role noun before a firm's name with its legal form */
    const char *en[] = {"Gulf",   "stock", "markets", "fell",  "on",     "Sunday", ".",
                        "Lender", "Emirates", "NBD",  "PJSC",  "fell",   "9.3",    "percent",
                        ".",      "Supplier", "Spirit", "AeroSystems", "Holdings", "Inc",
                        "said",   "it",    "would",   "cut",   "jobs",   "."};
    nch = tag_words(d, ws, en, 26, (uint32_t[]){0, 7, 15}, 3, &ch, &cap);
    CHECK(has_chunk(ch, nch, 8, 11, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 16, 20, EG_NE_ORG));
    /* a ministry's name goes on over the fields it lists after its comma */
    const char *mf[] = {"The",   "Ministry", "of",   "Economy", ",",   "Trade", "and",
                        "Industry", "said",  "output", "rose",  ".",   "The",   "Ministry",
                        "of",    "Finance",  ",",    "the",     "central", "bank", "and",
                        "the",   "regulator", "met", "."};
    nch = tag_words(d, ws, mf, 25, (uint32_t[]){0, 12}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 8, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 13, 16, EG_NE_ORG));
    /* a "person" of two words after a firm's kind is the firm, unless the noun is one
     * people bear too */
    const char *vr[] = {"Energy", "drink", "maker",  "Volt",  "Rush", "signed", "a",
                        "sponsorship", ".", "The",  "market", "was",  "quiet",  ",",
                        "said",   "broker", "Shakil", "Rizvi", "."};
    nch = tag_words(d, ws, vr, 19, (uint32_t[]){0, 9}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 3, 5, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 16, 18, EG_NE_PER));
    /* names listed after a plural noun for firms are firms; not a headline's words */
    const char *fl[] = {"Exchanges", "Bitstamp", "and", "OKCoin", "said", "they",  "would",
                        "suspend",   "trading",  ".",   "ECB",    "Lets",  "Banks", "Resume",
                        "Dividends", ",",        "But", "Caps",   "Payouts"};
    nch = tag_words(d, ws, fl, 19, (uint32_t[]){0, 10}, 2, &ch, &cap);
    CHECK(has_chunk(ch, nch, 1, 2, EG_NE_ORG) && has_chunk(ch, nch, 3, 4, EG_NE_ORG));
    CHECK(!has_chunk(ch, nch, 13, 15, EG_NE_ORG));
    /* review of the lists' rules: a serial comma; an owner's "Its" opening the sentence; a
     * firms' list ended by its last name's comma; a person after "for the company," */
    const char *rv[] = {"LVMH",  "said",  "its",   "Dior",   ",",      "Guerlain", ",",
                        "and",   "Givenchy", "brands", "grew", ".",     "Its",      "Galaxy",
                        "and",   "Pixel", "phones", "sold",  ".",      "Exchanges", "Bitstamp",
                        "and",   "Kraken", ",",    "the",    "largest", ",",        "said",
                        ".",     "A",     "spokesman", "for", "the",   "company",  ",",
                        "John",  "Smith", ",",     "said",   "."};
    nch = tag_words(d, ws, rv, 40, (uint32_t[]){0, 12, 19, 29}, 4, &ch, &cap);
    CHECK(has_chunk(ch, nch, 5, 6, EG_NE_MISC) && has_chunk(ch, nch, 8, 9, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 13, 14, EG_NE_MISC) && has_chunk(ch, nch, 15, 16, EG_NE_MISC));
    CHECK(has_chunk(ch, nch, 20, 21, EG_NE_ORG) && has_chunk(ch, nch, 22, 23, EG_NE_ORG));
    CHECK(has_chunk(ch, nch, 35, 37, EG_NE_PER));
    /* a ministry's fields end where a name runs on past them, no name cut in two */
    const char *mb2[] = {"Officials", "from", "the",  "Ministry", "of",  "Economy", ",",
                         "Trade",     "and",  "Bank", "of",       "Japan", "met",  "."};
    nch = tag_words(d, ws, mb2, 14, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(!has_chunk(ch, nch, 3, 10, EG_NE_ORG));
    for (size_t k = 0; k < nch; k++) {
        CHECK(ch[k].begin != 10); /* no name opening at "of" */
    }
    /* a utility's two trades joined by "and": one name */
    const char *utl[] = {"Pacific", "Gas", "and", "Electric", "Co", "said", "it", "had", "cut",
                        "power",   "."};
    nch = tag_words(d, ws, utl, 11, (uint32_t[]){0}, 1, &ch, &cap);
    CHECK(has_chunk(ch, nch, 0, 5, EG_NE_ORG));
    free(ch);
    eg_tag_ws_destroy(ws);
}

int main(void)
{
    const char *src = getenv("EG_SRC");
    char path[512];
    snprintf(path, sizeof path, "%s/tests/data/tiny.conll", src ? src : "..");
    eg_conll c = {0};
    eg_error err = {0};
    CHECK(eg_conll_read(&c, path, &err) == EG_OK);
    CHECK(c.ndocs == 3 && c.nsents == 5);
    eg_train_opts o = {.epochs = 20, .seed = 7, .hash_bits = 16};
    eg_model *m = NULL;
    CHECK(eg_model_train(&m, &c, NULL, &o, &err) == EG_OK && m);

    /* 100% on its own training data */
    eg_chunk *pred = NULL, *gold = NULL;
    size_t np = 0, ng = 0, gcap = 0;
    CHECK(eg_model_tag_conll(m, &c, &pred, &np, &err) == EG_OK);
    for (size_t s = 0; s < c.nsents; s++) {
        eg_conll_chunks((const char *const *)c.tags + c.sents[s].first, c.sents[s].n,
                        c.sents[s].first, &gold, &ng, &gcap);
    }
    eg_score sc = {0};
    eg_score_add(&sc, gold, ng, pred, np);
    double p, r, f;
    eg_score_prf(&sc, -1, &p, &r, &f);
    CHECK(f == 100.0);
    CHECK(ng == 14);

    /* save, load, same predictions; deterministic training */
    char dir[] = "/tmp/eg-test-model-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char mp[600], mp2[600];
    snprintf(mp, sizeof mp, "%s/m.model", dir);
    snprintf(mp2, sizeof mp2, "%s/m2.model", dir);
    CHECK(eg_model_save(m, mp, &err) == EG_OK);
    eg_model *m2 = NULL, *m3 = NULL;
    CHECK(eg_model_load_file(&m2, mp, &err) == EG_OK);
    eg_chunk *pred2 = NULL;
    size_t np2 = 0;
    CHECK(m2 && eg_model_tag_conll(m2, &c, &pred2, &np2, &err) == EG_OK);
    CHECK(np2 == np && memcmp(pred, pred2, np * sizeof *pred) == 0);
    CHECK(eg_model_train(&m3, &c, NULL, &o, &err) == EG_OK);
    CHECK(eg_model_save(m3, mp2, &err) == EG_OK);
    size_t n1, n2;
    char *b1 = check_slurp(mp, &n1), *b2 = check_slurp(mp2, &n2);
    CHECK(b1 && b2 && n1 == n2 && memcmp(b1, b2, n1) == 0);

    /* damaged files */
    eg_model *bad = NULL;
    check_spit(mp2, b1, n1 / 2);
    CHECK(eg_model_load_file(&bad, mp2, &err) == EG_ERR_PARSE && strstr(err.msg, "truncated"));
    b1[n1 / 2] ^= 0x55;
    check_spit(mp2, b1, n1);
    CHECK(eg_model_load_file(&bad, mp2, &err) == EG_ERR_PARSE && strstr(err.msg, "corrupt"));
    check_spit(mp2, "hello", 5);
    CHECK(eg_model_load_file(&bad, mp2, &err) == EG_ERR_PARSE &&
          strstr(err.msg, "not an entgraph model"));
    CHECK(eg_model_load_file(&bad, "/nonexistent/model", &err) == EG_ERR_IO);
    CHECK(eg_model_load_memory(&bad, "", 0, &err) == EG_ERR_PARSE);
    free(b1);
    free(b2);

    test_classes(dir, &c);
    test_extra(path, &c);
    test_average(&c);
    test_casing();
    test_dateline();

    /* the built-in model */
    eg_model *d = NULL;
    if (eg_model_load_default(&d, &err) == EG_OK) {
        const char *s[] = {"Russian", "President", "Vladimir", "Putin", "met",  "Assimi",
                           "Goita",   "in",        "Bamako",   ",",     "the", "Kremlin",
                           "said",    "."};
        eg_word w[14];
        for (int i = 0; i < 14; i++) {
            w[i] = (eg_word){s[i], (uint32_t)strlen(s[i])};
        }
        uint32_t ss[] = {0};
        eg_tag_ws *ws = eg_tag_ws_create();
        eg_chunk *ch = NULL;
        size_t nch = 0, cap = 0;
        CHECK(eg_model_tag(d, ws, w, 14, ss, 1, &ch, &nch, &cap, &err) == EG_OK);
        bool putin = false, goita = false, russian = false, bamako = false;
        for (size_t i = 0; i < nch; i++) {
            putin |= ch[i].begin == 2 && ch[i].end == 4 && ch[i].type == EG_NE_PER;
            goita |= ch[i].begin == 5 && ch[i].end == 7 && ch[i].type == EG_NE_PER;
            russian |= ch[i].begin == 0 && ch[i].end == 1 && ch[i].type == EG_NE_MISC;
            bamako |= ch[i].begin == 8 && ch[i].end == 9 && ch[i].type == EG_NE_LOC;
        }
        CHECK(putin && goita && russian && bamako);

        /* the second pass: a later, clear mention types the headline's surname */
        const char *s2[] = {"Brankovic", "wins", "in", "Doha", ".", "Serbian", "tennis",
                            "player", "Milos", "Brankovic", "beat", "Andy", "Murray", "."};
        for (int i = 0; i < 14; i++) {
            w[i] = (eg_word){s2[i], (uint32_t)strlen(s2[i])};
        }
        uint32_t ss2[] = {0, 5};
        for (int pass = 1; pass <= 2; pass++) {
            eg_model_set_second_pass(d, pass == 2);
            nch = 0;
            CHECK(eg_model_tag(d, ws, w, 14, ss2, 2, &ch, &nch, &cap, &err) == EG_OK);
            CHECK(nch > 0 && ch[0].begin == 0 && ch[0].end == 1);
            CHECK((ch[0].type == EG_NE_PER) == (pass == 2));
        }
        free(ch);
        eg_tag_ws_destroy(ws);
        test_word_cache(d);
        test_lowercase_starts(d);
        test_east_asian_names(d);
        test_firm_heads(d);
        test_stated_names(d);
        test_subject_names(d);
    test_result_lines(d);
    test_vaccines(d);
    test_coded_products(d);
    test_of_titles(d);
    test_who_acronym(d);
    test_team_verbs(d);
    test_club_positions(d);
    test_record_lines(d);
    test_listed_places(d);
    test_photographers(d);
    test_competition_names(d);
    test_league_names(d);
    test_firm_given_names(d);
    test_venue_orgs(d);
    test_ground_people(d);
    test_review_guards15(d);
    test_review_guards15b(d);
    test_review_guards14(d);
    test_review_guards14b(d);
    test_review_guards14c(d);
    test_rule_guards(d);
    test_platforms(d);
    test_opening_person(d);
    test_short_firm_names(d);
    test_legal_forms(d);
    test_defined_acronyms(d);
    test_firm_context(d);
    test_title_out(d);
    test_dateline_place(d);
    test_headline_verbs(d);
    test_stray_openers(d);
    test_firm_parts(d);
    test_stated_nicknames(d);
    test_to_names(d);
    test_team_codes(d);
    test_and_countries(d);
    test_place_pairs(d);
    test_firm_tails(d);
    test_bare_for_names(d);
    test_bare_heads_of(d);
    test_sa_forms(d);
    test_listed_parties(d);
    test_particle_people(d);
    test_charities_and_summits(d);
    test_summits(d);
    test_cue_plurals(d);
    test_firm_bodies(d);
    test_numbered_groups(d);
    test_new_places(d);
    test_group_names(d);
    test_land_words(d);
    test_shares_names(d);
    test_agency_signoff(d);
    test_award_names(d);
    test_quoted_parts(d);
    test_state_places(d);
    test_unnamed_bodies(d);
    test_saints_days(d);
    test_s_and_p(d);
    test_apostrophe_names(d);
    test_country_holidays(d);
    test_rule_word_index(d);
    test_particle_tails(d);
    test_hospitals(d);
    test_waters_titles(d);
    test_firm_namesakes(d);
    test_named_in_context(d);
    test_ship_names(d);
    test_place_words(d);
    test_romance_firms(d);
    test_handout_credits(d);
    test_on_bodies(d);
        eg_model_destroy(d);
    } else {
        printf("no built-in model in this build: skipped its check\n");
    }

    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    free(pred);
    free(pred2);
    free(gold);
    eg_model_destroy(m);
    eg_model_destroy(m2);
    eg_model_destroy(m3);
    eg_conll_fini(&c);
    return check_done();
}
