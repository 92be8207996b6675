/*
 * test_text.c - normalization, segmentation hard cases and the reader.
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/text/dates.h"
#include "../../src/text/text.h"
#include "check.h"

static eg_doc seg(const char *text)
{
    eg_doc d = {0};
    eg_error err = {0};
    size_t bad = 0;
    CHECK(eg_text_normalize(&d.text, &d.len, text, strlen(text), &bad, NULL, &err) == EG_OK);
    CHECK(eg_text_segment(&d, &err) == EG_OK);
    return d;
}

/* Tokens joined by '|'. */
static char *toks(const eg_doc *d)
{
    static char out[4096];
    size_t k = 0;
    for (size_t i = 0; i < d->ntoks && k + 64 < sizeof out; i++) {
        if (i) {
            out[k++] = '|';
        }
        size_t n = d->toks[i].end - d->toks[i].start;
        memcpy(out + k, d->text + d->toks[i].start, n);
        k += n;
    }
    out[k] = '\0';
    return out;
}

/* Sentences joined by " // ". */
static char *sents(const eg_doc *d)
{
    static char out[4096];
    size_t k = 0;
    for (size_t i = 0; i < d->nsents && k + 300 < sizeof out; i++) {
        if (i) {
            memcpy(out + k, " // ", 4);
            k += 4;
        }
        size_t n = d->sents[i].end - d->sents[i].start;
        memcpy(out + k, d->text + d->sents[i].start, n);
        k += n;
    }
    out[k] = '\0';
    return out;
}

static void tok_case(const char *text, const char *want)
{
    eg_doc d = seg(text);
    CHECK_STR(toks(&d), want);
    eg_doc_fini(&d);
}

static void sent_case(const char *text, const char *want)
{
    eg_doc d = seg(text);
    CHECK_STR(sents(&d), want);
    eg_doc_fini(&d);
}

static void test_tokens(void)
{
    tok_case("the Russia-Africa summit", "the|Russia-Africa|summit");
    tok_case("Russian-Malian talks", "Russian-Malian|talks");
    tok_case("Niger's army", "Niger|'s|army");
    tok_case("Niger\xE2\x80\x99s army", "Niger|\xE2\x80\x99s|army");
    tok_case("the leaders' summit", "the|leaders|'|summit");
    tok_case("Tesco Plc <TSCO.L> and <CKGH.HK>", "Tesco|Plc|<|TSCO.L|>|and|<|CKGH.HK|>");
    tok_case("it said.The firm", "it|said|.|The|firm");
    tok_case("Norsk Hydro A/S and N/A", "Norsk|Hydro|A/S|and|N|/|A");
    tok_case("\xE2\x80\x9CHello,\xE2\x80\x9D he said \xE2\x80\x93 twice",
             "\xE2\x80\x9C|Hello|,|\xE2\x80\x9D|he|said|\xE2\x80\x93|twice");
    tok_case("the U.S. and U.K. envoys", "the|U.S.|and|U.K.|envoys");
    /* a dotted legal form with a letter past ASCII ("A.\xC5\x9E."), and "Ltda.", "Sp." */
    tok_case("Doruk Insaat A.\xC5\x9E., which bid", "Doruk|Insaat|A.\xC5\x9E.|,|which|bid");
    tok_case("Ortuzar Hermanos Ltda. and Bursztyn Sp. z o.o. bid",
             "Ortuzar|Hermanos|Ltda.|and|Bursztyn|Sp.|z|o.o.|bid");
    tok_case("Tiszavolgyi Pharma Zrt. and Debrecen Biotech Kft. bid",
             "Tiszavolgyi|Pharma|Zrt.|and|Debrecen|Biotech|Kft.|bid");
    tok_case("Gen. Tchiani and Mr. Smith", "Gen.|Tchiani|and|Mr.|Smith");
    tok_case("J. Smith paid $2 million, or 5.93 mln", "J.|Smith|paid|$|2|million|,|or|5.93|mln");
    tok_case("155,221 bags on July 27-28", "155,221|bags|on|July|27-28");
    tok_case("Cote d'Ivoire (CNSP)", "Cote|d'Ivoire|(|CNSP|)");
    tok_case("see https://example.com/a?b=1.", "see|https://example.com/a?b=1|.");
    tok_case("AT&T and X.", "AT&T|and|X|.");
    tok_case("filed with the SEC. \"Companies", "filed|with|the|SEC|.|\"|Companies");
    tok_case("wait 5 sec. now", "wait|5|sec.|now");
    /* a headline's topic code written onto its first word, cut at its hyphen; not a firm's
     * name nor a compound ("ADVO-System", "AFL-CIO", "Russia-Africa") */
    tok_case("SOCCER-Dortmund beat Mainz", "SOCCER|-|Dortmund|beat|Mainz");
    tok_case("UPDATE 2-Pfizer wins approval", "UPDATE|2|-|Pfizer|wins|approval");
    tok_case("GOLF-Woods returns", "GOLF|-|Woods|returns");
    tok_case("ADVO-System Inc said", "ADVO-System|Inc|said");
    tok_case("AFL-CIO leaders met", "AFL-CIO|leaders|met");
    tok_case("He met SOCCER-Dortmund fans", "He|met|SOCCER-Dortmund|fans");
}

static void test_sentences(void)
{
    sent_case("Putin met Goita in St. Petersburg on July 29. They talked.",
              "Putin met Goita in St. Petersburg on July 29. // They talked.");
    sent_case("Gen. Abdourahmane Tchiani spoke. Mr. Bazoum did not.",
              "Gen. Abdourahmane Tchiani spoke. // Mr. Bazoum did not.");
    sent_case("The U.S. and its allies attacked. It failed.",
              "The U.S. and its allies attacked. // It failed.");
    sent_case("He lives in the U.S. The others do not.",
              "He lives in the U.S. // The others do not.");
    sent_case("J. Smith paid 5.93 dollars. He left.", "J. Smith paid 5.93 dollars. // He left.");
    sent_case("He said \"as soon as possible.\" The rebels refused.",
              "He said \"as soon as possible.\" // The rebels refused.");
    sent_case("It ended (finally.) Then peace.", "It ended (finally.) // Then peace.");
    sent_case("Really? Yes! Good.", "Really? // Yes! // Good.");
    sent_case("Leaders of Russia and Mali talk\n\nMOSCOW, September 10. The Kremlin said so.",
              "Leaders of Russia and Mali talk // MOSCOW, September 10. // The Kremlin said so.");
}

static void test_layout(void)
{
    /* one paragraph per line (web text) */
    eg_doc d = seg("Latest Stories\nSupport us if you want\nElection 2024: Be fair\n");
    CHECK(d.npara == 3 && d.nsents == 3);
    eg_doc_fini(&d);
    /* hard-wrapped wire text with indented paragraphs */
    d = seg("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the "
            "drought since early\nJanuary and improving prospects for the coming temporao,\n"
            "although normal humidity levels have not been restored,\nComissaria Smith said in "
            "its weekly review.\n    The dry period means the temporao will be late this "
            "year.\n");
    CHECK(d.npara == 2);
    CHECK(d.nsents == 2);
    eg_doc_fini(&d);
    /* a short wrapped brief: no line is long, its paragraphs are indented and a line runs on
     * into the next in lower case, so its newlines are no breaks */
    d = seg("<American Aircraft Corp> said it\nhas acquired a 51 pct interest in privately-held "
            "<Hunter\nHelicopter of Nevada, Inc>.\n    The purchase was made for an undisclosed "
            "amount of American\nAircraft stock, the company said.\n");
    CHECK(d.npara == 2);
    CHECK(d.nsents == 2);
    eg_doc_fini(&d);
    /* the classic segmentation, which `entgraph clusters` keeps for the model's word classes:
     * a line a sentence, tickers and "A/S" cut as before */
    d = (eg_doc){.classic = true};
    eg_error err = {0};
    size_t bad = 0;
    const char *brief = "<Marlow Avionics Corp> said it\nhas acquired <Tallis Rotorcraft "
                        "A/S> <TSCO.L>.\n    The purchase was made\nfor cash.\n";
    CHECK(eg_text_normalize(&d.text, &d.len, brief, strlen(brief), &bad, NULL, &err) == EG_OK);
    CHECK(eg_text_segment(&d, &err) == EG_OK);
    CHECK(d.nsents == 5); /* "<TSCO." ends one */
    CHECK(strstr(toks(&d), "|A|/|S|") != NULL && strstr(toks(&d), "|TSCO|.|L|") != NULL);
    eg_doc_fini(&d);
    /* Australia's "Pty. Ltd." ends no sentence at "Pty." */
    d = seg("The cash will fund an upgrade of Tallowood Networks Pty. Ltd., the subsidiary "
            "that runs the grid. It said so.\n");
    CHECK(d.nsents == 2);
    eg_doc_fini(&d);
    /* short lines that end their sentences stay lines */
    d = seg("Markets rose\nOil fell\n    Gold was steady\n");
    CHECK(d.nsents == 3);
    eg_doc_fini(&d);
}

static void test_normalize(void)
{
    eg_error err = {0};
    char *out = NULL;
    size_t len = 0, bad = 0, first = 0;
    /* BOM dropped, CRLF -> LF, NUL -> space */
    CHECK(eg_text_normalize(&out, &len, "\xEF\xBB\xBFGo\r\nhome\rnow\0!", 17, &bad, &first,
                            &err) == EG_OK);
    CHECK_STR(out, "Go\nhome\nnow !");
    free(out);
    /* invalid bytes become U+FFFD, with the offset of the first */
    CHECK(eg_text_normalize(&out, &len, "ab\xFF" "cd\xC3", 6, &bad, &first, &err) == EG_OK);
    CHECK(bad == 2 && first == 2);
    CHECK_STR(out, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
    free(out);
    /* NFC: i + combining diaeresis composes to U+00EF */
    CHECK(eg_text_normalize(&out, &len, "Goi\xCC\x88ta", 7, &bad, &first, &err) == EG_OK);
    CHECK_STR(out, "Go\xC3\xAFta");
    free(out);
}

static void write_file(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    fwrite(s, 1, n, f);
    fclose(f);
}

static char warned[4096];
static void on_warn(void *ud, const char *msg)
{
    (void)ud;
    strncat(warned, msg, sizeof warned - strlen(warned) - 2);
    strcat(warned, "\n");
}

static void test_reader(void)
{
    char dir[] = "/tmp/eg-test-text-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char p[512];
    snprintf(p, sizeof p, "%s/sub", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/b.txt", dir);
    write_file(p, "Second article.", 15);
    snprintf(p, sizeof p, "%s/a.txt", dir);
    write_file(p, "First article.", 14);
    snprintf(p, sizeof p, "%s/sub/c.jsonl", dir);
    const char *jl = "{\"id\": \"x1\", \"text\": \"Third.\", \"title\": \"T\"}\n"
                     "\n"
                     "{not json}\n"
                     "{\"id\": \"x2\"}\n"
                     "{\"text\": \"Fourth.\"}\n";
    write_file(p, jl, strlen(jl));
    snprintf(p, sizeof p, "%s/skip.md", dir);
    write_file(p, "ignored", 7);
    snprintf(p, sizeof p, "%s/bin.txt", dir);
    write_file(p, "a\0b", 3);

    const char *in[] = {dir};
    eg_reader_opts o = {.warn = on_warn};
    eg_reader *r = NULL;
    eg_error err = {0};
    CHECK(eg_reader_create(&r, in, 1, &o, &err) == EG_OK);
    eg_doc d = {0};
    const char *ids[] = {"a", "b", "x1", "c.jsonl:5"};
    size_t k = 0;
    int rc;
    while ((rc = eg_reader_next(r, &d, &err)) == 1) {
        CHECK(k < 4 && strcmp(d.id, ids[k]) == 0);
        CHECK(d.seq == k);
        k++;
    }
    CHECK(rc == 0 && k == 4);
    size_t docs = 0, skipped = 0;
    eg_reader_counts(r, &docs, &skipped, NULL);
    CHECK(docs == 4 && skipped == 3); /* binary file, malformed line, line without text */
    CHECK(strstr(warned, "bin.txt: binary file, skipped") != NULL);
    CHECK(strstr(warned, "c.jsonl:3: invalid JSON, skipped") != NULL);
    CHECK(strstr(warned, "c.jsonl:4: no \"text\" string, skipped") != NULL);
    eg_doc_fini(&d);
    eg_reader_destroy(r);

    /* strict mode: the malformed line is an error naming the line */
    o.strict = true;
    snprintf(p, sizeof p, "%s/sub/c.jsonl", dir);
    const char *in2[] = {p};
    CHECK(eg_reader_create(&r, in2, 1, &o, &err) == EG_OK);
    while ((rc = eg_reader_next(r, &d, &err)) == 1) {
    }
    CHECK(rc < 0 && strstr(err.msg, "c.jsonl:3: invalid JSON") != NULL);
    eg_doc_fini(&d);
    eg_reader_destroy(r);

    /* missing path and empty directory */
    snprintf(p, sizeof p, "%s/nope.txt", dir);
    const char *in3[] = {p};
    CHECK(eg_reader_create(&r, in3, 1, &o, &err) == EG_ERR_IO &&
          strstr(err.msg, "nope.txt: No such file or directory") != NULL);
    snprintf(p, sizeof p, "%s/empty", dir);
    mkdir(p, 0755);
    const char *in4[] = {p};
    CHECK(eg_reader_create(&r, in4, 1, &o, &err) == EG_ERR_IO &&
          strstr(err.msg, "no .txt or .jsonl files") != NULL);

    /* article size limit */
    o.max_article_bytes = 10;
    snprintf(p, sizeof p, "%s/a.txt", dir);
    const char *in5[] = {p};
    CHECK(eg_reader_create(&r, in5, 1, &o, &err) == EG_OK);
    CHECK(eg_reader_next(r, &d, &err) < 0 && err.code == EG_ERR_LIMIT &&
          strstr(err.msg, "larger than 10 bytes (max_article_bytes)") != NULL);
    eg_reader_destroy(r);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
}

/* Invisible characters leave the text, and offsets map back to the text as read. */
static void test_invisible(void)
{
    /* "Pu<ZWSP>tin and Go<SHY>ita<RLM>." */
    const char *in = "Pu\xE2\x80\x8Btin and Go\xC2\xADita\xE2\x80\x8F.";
    eg_doc d = {0};
    eg_error err = {0};
    CHECK(eg_text_normalize(&d.text, &d.len, in, strlen(in), NULL, NULL, &err) == EG_OK);
    eg_text_strip_invisible(&d);
    CHECK_STR(d.text, "Putin and Goita.");
    CHECK(d.len == 16 && d.nshifts == 3);
    CHECK(eg_text_segment(&d, &err) == EG_OK);
    CHECK_STR(toks(&d), "Putin|and|Goita|.");
    /* Putin 0..5 -> 0..8; Goita 10..15 -> 13..20; "." 15 -> 23 (after the RLM) */
    CHECK(eg_doc_source_offset(&d, 0, false) == 0 && eg_doc_source_offset(&d, 5, true) == 8);
    CHECK(eg_doc_source_offset(&d, 10, false) == 13 && eg_doc_source_offset(&d, 15, true) == 20);
    CHECK(eg_doc_source_offset(&d, 15, false) == 23);
    eg_doc_fini(&d);
    /* nothing to remove: nothing recorded */
    d = seg("Vladimir Putin");
    eg_text_strip_invisible(&d);
    CHECK(d.nshifts == 0 && eg_doc_source_offset(&d, 9, false) == 9);
    eg_doc_fini(&d);
    CHECK(eg_text_mixed_scripts("Vladimir Putin") == NULL);
    CHECK(eg_text_mixed_scripts("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD") == NULL); /* Путин */
    CHECK_STR(eg_text_mixed_scripts("Put\xD1\x96n"), "Latin+Cyrillic");
    CHECK_STR(eg_text_mixed_scripts("\xCE\x91thens"), "Latin+Greek"); /* Greek capital alpha */
    CHECK(eg_text_mixed_scripts("Zo\xC3\xAB 123 \xE2\x80\x94") == NULL);
    /* title case of a name in capitals, its letters beyond ASCII too */
    char tc[] = "PAYSAND\xC3\x9A O'NEILL SAO PAULO \xC3\x89" "CIJA 3M";
    eg_text_title_case(tc);
    CHECK_STR(tc, "Paysand\xC3\xBA O'Neill Sao Paulo \xC3\x89" "cija 3M");
}

/* eg_date_format writes what "%04u-%02u-%02u" of year, month and day writes, "" for 0. */
static void test_date_format(void)
{
    char buf[11], want[32];
    CHECK(strcmp(eg_date_format(0, buf), "") == 0);
    CHECK(strcmp(eg_date_format(20230822, buf), "2023-08-22") == 0);
    static const uint32_t d[] = {19870226, 5000101, 10101, 99991231, 123456789, 4294967295u};
    for (size_t i = 0; i < sizeof d / sizeof *d; i++) {
        snprintf(want, sizeof want, "%04u-%02u-%02u", (unsigned)(d[i] / 10000 % 10000),
                 (unsigned)(d[i] / 100 % 100), (unsigned)(d[i] % 100));
        CHECK(strcmp(eg_date_format(d[i], buf), want) == 0);
    }
}

int main(void)
{
    test_tokens();
    test_sentences();
    test_layout();
    test_normalize();
    test_reader();
    test_invisible();
    test_date_format();
    return check_done();
}
