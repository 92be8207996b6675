/*
 * test_api.c - the public API alone (entgraph/entgraph.h), linked against the shared
 * library: only EG_API symbols are visible, and one call builds a graph.
 */
#include <entgraph/entgraph.h>
#include <entgraph/entities.h>
#include <entgraph/ner.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

typedef struct seen {
    char text[4096]; /* the warnings, one a line */
    int calls;
} seen;

static void on_warning(void *ud, const char *msg)
{
    seen *s = ud;
    size_t len = strlen(s->text);
    snprintf(s->text + len, sizeof s->text - len, "%s\n", msg);
    s->calls++;
}

/* Warnings reach the callback, and nothing is printed: an article starting with an invalid
 * byte and a "sentence" listing 150 names (pairs capped at 100 entities). */
static void test_warnings(eg_build_options *o)
{
    char dir[] = "/tmp/eg_api_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[600], errpath[600];
    snprintf(path, sizeof path, "%s/list.txt", dir);
    snprintf(errpath, sizeof errpath, "%s/stderr", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) {
        return;
    }
    const char *first[] = {"John", "Mary", "Ali", "Wei", "Olga", "Pierre", "Ana", "Kofi"};
    fputs("\xff The following people attended: ", f);
    for (int i = 0; i < 150; i++) {
        fprintf(f, "%s%s Name%dson", i ? ", " : "", first[i % 8], i);
    }
    fputs(".\n", f);
    fclose(f);
    const char *inputs[] = {path};
    eg_graph *g = NULL;
    eg_error err;
    seen s = {{0}, 0};
    o->warning = on_warning;
    o->user_data = &s;
    /* standard error goes to a file while the library runs */
    fflush(stderr);
    int saved = dup(2);
    FILE *capture = fopen(errpath, "w");
    CHECK(saved >= 0 && capture != NULL);
    if (capture) {
        dup2(fileno(capture), 2);
    }
    CHECK(eg_build(&g, inputs, 1, o, &err) == EG_OK);
    eg_graph_destroy(g);
    o->warning = NULL;
    g = NULL;
    CHECK(eg_build(&g, inputs, 1, o, &err) == EG_OK); /* no callback: silent */
    eg_graph_destroy(g);
    fflush(stderr);
    if (saved >= 0) {
        dup2(saved, 2);
        close(saved);
    }
    if (capture) {
        fclose(capture);
    }
    size_t n = 1;
    char *printed = check_slurp(errpath, &n);
    CHECK(printed != NULL && n == 0);
    free(printed);
    CHECK(s.calls == 2);
    CHECK(strstr(s.text, "list.txt: invalid UTF-8 at byte 0, replaced by U+FFFD\n") != NULL);
    CHECK(strstr(s.text, "1 windows had more than 100 entities; only the first 100 of each "
                         "were paired\n") != NULL);
    remove(path);
    remove(errpath);
    rmdir(dir);
}

/* eg_build_ex's report and options (dates, shard, alias file) and eg_entities_create on two
 * dated articles of a JSONL file */
static void test_build_ex(void)
{
    char dir[] = "/tmp/eg_api_ex_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[600], apath[600];
    snprintf(path, sizeof path, "%s/news.jsonl", dir);
    snprintf(apath, sizeof apath, "%s/aliases.json", dir);
    check_spit(path, "{\"id\": \"a1\", \"date\": \"2023-07-30\", \"text\": \"President Mohamed "
               "Bazoum of Niger met Emmanuel Macron in Paris. Bazoum thanked France.\"}\n"
               "{\"id\": \"a2\", \"date\": \"2023-08-20\", \"text\": \"Bazuma spoke to Emmanuel "
               "Macron again. Macron praised Niger.\"}\n", 240);
    const char *af_text = "{\"entities\": [{\"label\": \"President Bazoum\", \"type\": "
                          "\"PERSON\", \"aliases\": [\"Mohamed Bazoum\", \"Bazuma\"]}]}\n";
    check_spit(apath, af_text, strlen(af_text));
    const char *inputs[] = {path};
    eg_build_options o;
    eg_build_options_init(&o);
    o.threads = 1;
    eg_build_report r;
    eg_graph *g = NULL;
    eg_error err;
    CHECK(eg_build_ex(&g, inputs, 1, &o, &r, &err) == EG_OK);
    CHECK(r.documents == 2 && r.skipped == 0 && r.tokens > 20 && r.capped_windows == 0);
    CHECK(r.read_seconds >= 0 && r.resolve_seconds >= 0);
    CHECK(g && eg_graph_document_count(g) == 2 && !eg_graph_is_shard(g));
    size_t k = 0;
    CHECK(eg_graph_find(&k, g, "Bazoum", NULL) == EG_OK);
    CHECK_STR(eg_node_label(eg_graph_node(g, k)), "Mohamed Bazoum"); /* no alias file yet */
    eg_graph_destroy(g);

    /* an alias file names him; the shard option keeps the state */
    eg_aliasfile *af = NULL;
    CHECK(eg_aliasfile_load(&af, apath, &err) == EG_OK && af);
    o.aliases = af;
    o.shard = 1;
    CHECK(eg_build_ex(&g, inputs, 1, &o, NULL, &err) == EG_OK);
    CHECK(eg_graph_find(&k, g, "Bazuma", NULL) == EG_OK);
    CHECK_STR(eg_node_label(eg_graph_node(g, k)), "President Bazoum");
    CHECK(eg_graph_is_shard(g));
    eg_graph_destroy(g);
    o.shard = 0;

    /* only August: one article */
    o.since = 20230801;
    CHECK(eg_build_ex(&g, inputs, 1, &o, &r, &err) == EG_OK && r.documents == 1);
    CHECK(eg_graph_document_count(g) == 1);
    eg_graph_destroy(g);
    o.since = 0;

    /* every mention with its entity; the rule with explain only */
    eg_entities *es = NULL;
    CHECK(eg_entities_create(&es, inputs, 1, &o, 1, &err) == EG_OK);
    size_t n = eg_entities_count(es), bazuma = SIZE_MAX;
    CHECK(n >= 8 && eg_entities_mention(es, n) == NULL);
    for (size_t i = 0; i < n; i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        CHECK(m && m->doc && m->entity && m->label && m->rule != EG_RULE_NONE && m->evidence && m->scripts);
        if (m && strcmp(m->surface, "Bazuma") == 0) {
            bazuma = i;
        }
    }
    const eg_entity_mention *m = eg_entities_mention(es, 0);
    CHECK(m && strcmp(m->doc, "a1") == 0 && m->end > m->start);
    m = eg_entities_mention(es, bazuma);
    CHECK(m && strcmp(m->doc, "a2") == 0 && m->start == 0 && m->end == 6);
    CHECK(m && strcmp(m->entity, "president-bazoum") == 0 &&
          strcmp(m->label, "President Bazoum") == 0);
    eg_entities_destroy(es);
    CHECK(eg_entities_create(&es, inputs, 1, &o, 0, &err) == EG_OK);
    CHECK(eg_entities_count(es) == n && eg_entities_mention(es, 0)->rule == EG_RULE_NONE);
    eg_entities_destroy(es);
    eg_entities_destroy(NULL);
    const char *missing[] = {"/nonexistent/x.jsonl"};
    es = (eg_entities *)&err;
    CHECK(eg_entities_create(&es, missing, 1, &o, 0, &err) == EG_ERR_IO && es == NULL);
    eg_aliasfile_destroy(af);
    CHECK(eg_aliasfile_load(&af, path, &err) == EG_ERR_PARSE && af == NULL);
    remove(path);
    remove(apath);
    rmdir(dir);
}

/* The entities of JSON Lines `news` written to path in a new directory dir (a mkdtemp
 * template), one thread. */
static eg_entities *entities_of_news(const char *news, char *dir, char *path, size_t cap)
{
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, cap, "%s/news.jsonl", dir);
    check_spit(path, news, strlen(news));
    const char *inputs[] = {path};
    eg_build_options o;
    eg_build_options_init(&o);
    o.threads = 1;
    o.types |= 1u << EG_LOCATION; /* places have node ids too */
    eg_entities *es = NULL;
    eg_error err;
    CHECK(eg_entities_create(&es, inputs, 1, &o, 1, &err) == EG_OK);
    return es;
}

/* Undo entities_of_news: the entities, the file and its directory. */
static void entities_done(eg_entities *es, const char *path, const char *dir)
{
    eg_entities_destroy(es);
    remove(path);
    rmdir(dir);
}

/* The entity of the first mention written `surface` in `doc` (or NULL), and its rule. */
static const char *entity_at(const eg_entities *es, const char *doc, const char *surface,
                             eg_rule *rule)
{
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->doc, doc) == 0 && strcmp(m->surface, surface) == 0) {
            *rule = m->rule;
            return m->entity;
        }
    }
    return NULL;
}

/* Through eg_entities_create: listed places written otherwise are one place in any article
 * (Macao / Macau, Tientsin / Tianjin), and two such places stay two. */
static void test_place_spellings(void)
{
    char dir[] = "/tmp/eg_api_place_XXXXXX", path[600];
    const char *news = "{\"id\": \"p1\", \"text\": \"Casinos in Macao reopened on Monday, "
                       "officials said.\"}\n"
                       "{\"id\": \"p2\", \"text\": \"Ferries left Tientsin for Macau on "
                       "Tuesday. Tianjin port said traffic rose.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule rule = EG_RULE_NONE;
    const char *macao = entity_at(es, "p1", "Macao", &rule);
    const char *macau = entity_at(es, "p2", "Macau", &rule);
    const char *tientsin = entity_at(es, "p2", "Tientsin", &rule);
    const char *tianjin = entity_at(es, "p2", "Tianjin", &rule);
    CHECK(macao && macau && strcmp(macao, macau) == 0);
    CHECK(tientsin && tianjin && strcmp(tientsin, tianjin) == 0 && strcmp(tianjin, macau) != 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a firm's name that its legal form ends takes no "and" and a
 * possessive after it, nor does a name before a currency's sign ("Meta Platforms Inc and
 * Alphabet's Google": two firms, as "Standard and Poor's" is one); a firm's short name alone
 * in one article is the firm another names in full with its group's word. */
static void test_firm_names(void)
{
    char dir[] = "/tmp/eg_api_firm_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"f1\", \"text\": \"Data centres have grown fast, with Microsoft, Meta "
        "Platforms Inc and Alphabet's Google all announcing investments. Tokopedia counts "
        "SoftBank Group Corp. and Tencent among its shareholders.\"}\n"
        "{\"id\": \"f2\", \"text\": \"Early investors such as SoftBank are barred from "
        "selling for eight months, the prospectus said.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    bool meta = false, joined = false;
    const char *group = NULL, *alone = NULL;
    eg_rule rule = EG_RULE_NONE;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        meta = meta || strcmp(m->surface, "Meta Platforms Inc") == 0;
        joined = joined || strstr(m->surface, " and Alphabet") != NULL;
        if (strcmp(m->surface, "SoftBank Group Corp.") == 0) {
            group = m->entity;
        } else if (strcmp(m->surface, "SoftBank") == 0) {
            alone = m->entity;
            rule = m->rule;
        }
    }
    CHECK(meta && !joined);
    CHECK(group && alone && strcmp(group, alone) == 0);
    CHECK(rule == EG_RULE_FIRM_SHORT_NAME);
    entities_done(es, path, dir);

    /* and with a trade's word: "Nusa Layar" of PT Nusa Layar Digital Tbk */
    char dir2[] = "/tmp/eg_api_firm2_XXXXXX";
    const char *news2 =
        "{\"id\": \"d1\", \"text\": \"JAKARTA, May 2 (Reuters) - PT Nusa Layar Digital Tbk "
        "said on Tuesday it would list its shares in Jakarta.\"}\n"
        "{\"id\": \"d2\", \"text\": \"JAKARTA, June 5 (Reuters) - Shares of Nusa Layar fell "
        "3 percent on Friday after the regulator fined the company.\"}\n";
    es = entities_of_news(news2, dir2, path, sizeof path);
    const char *full = entity_at(es, "d1", "PT Nusa Layar Digital Tbk", &rule);
    const char *shorter = entity_at(es, "d2", "Nusa Layar", &rule);
    CHECK(full && shorter && strcmp(full, shorter) == 0);
    entities_done(es, path, dir2);

    /* a possessive after a legal form, or before a currency's sign, is no part of the name:
     * "Cascadia Data Systems Incorporated's $3 billion bid" (the 's ends "Moody's said") */
    char dir3[] = "/tmp/eg_api_firm3_XXXXXX";
    const char *news3 =
        "{\"id\": \"s1\", \"text\": \"WASHINGTON, May 2 (Reuters) - Regulators opened a review "
        "of Cascadia Data Systems Incorporated's $3 billion bid for Tillwright. Arsenal's "
        "\\u00a325 million signing was delayed, and Moody's said it saw no risk.\"}\n";
    es = entities_of_news(news3, dir3, path, sizeof path);
    CHECK(entity_at(es, "s1", "Cascadia Data Systems Incorporated", &rule) != NULL);
    CHECK(entity_at(es, "s1", "Arsenal", &rule) != NULL);
    CHECK(entity_at(es, "s1", "Moody's", &rule) != NULL);
    entities_done(es, path, dir3);

    /* one acronym for two bodies: a name stated for it does not join the body it spells */
    char dir4[] = "/tmp/eg_api_firm4_XXXXXX";
    const char *news4 =
        "{\"id\": \"k1\", \"text\": \"Hanbit sold a stake to Kyungnam Electronics Corporation "
        "(KEC). The league's governing body, the Korea Esports Council, is also widely known "
        "as KEC.\"}\n";
    es = entities_of_news(news4, dir4, path, sizeof path);
    const char *kyungnam = entity_at(es, "k1", "Kyungnam Electronics Corporation", &rule);
    const char *council = entity_at(es, "k1", "Korea Esports Council", &rule);
    CHECK(kyungnam && council && strcmp(kyungnam, council) != 0);
    entities_done(es, path, dir4);
}

/* Through eg_entities_create: "the Finance Ministry" of an article that names no country is
 * the one country's that the other articles give it (Japan's), but stays apart where they give
 * it two (Japan's and Brazil's); a dateline's city names its country ("TOKYO"), and of two
 * countries the article names as often, the first named is the body's. */
static void test_state_bodies(void)
{
    char dir[] = "/tmp/eg_api_body_XXXXXX", path[600];
    const char *j = "{\"id\": \"j1\", \"text\": \"Japan's exports rose in March, the Finance "
                    "Ministry said on Monday.\"}\n"
                    "{\"id\": \"j2\", \"text\": \"The Finance Ministry said on Tuesday it would "
                    "sell more bonds.\"}\n";
    eg_entities *es = entities_of_news(j, dir, path, sizeof path);
    eg_rule r1 = EG_RULE_NONE, r2 = EG_RULE_NONE;
    const char *a = entity_at(es, "j1", "Finance Ministry", &r1);
    const char *b = entity_at(es, "j2", "Finance Ministry", &r2);
    CHECK(a && b && strcmp(a, b) == 0 && strcmp(a, "finance-ministry-japan") == 0);
    CHECK(r2 == EG_RULE_STATE_BODY_ELSEWHERE);
    entities_done(es, path, dir);
    char dir2[] = "/tmp/eg_api_body_XXXXXX";
    char jb[600];
    snprintf(jb, sizeof jb, "%s{\"id\": \"b1\", \"text\": \"Brazil's public debt rose in "
             "March, the Finance Ministry said.\"}\n", j);
    es = entities_of_news(jb, dir2, path, sizeof path);
    a = entity_at(es, "j1", "Finance Ministry", &r1);
    b = entity_at(es, "j2", "Finance Ministry", &r2);
    const char *c = entity_at(es, "b1", "Finance Ministry", &r1);
    CHECK(a && b && c && strcmp(a, b) != 0 && strcmp(c, b) != 0 && strcmp(a, c) != 0);
    entities_done(es, path, dir2);
    /* a dateline's city names the country; of two countries named as often, the first */
    char dir3[] = "/tmp/eg_api_body_XXXXXX";
    const char *dm = "{\"id\": \"t1\", \"text\": \"TOKYO, March 3 - The Finance Ministry said "
                     "it would sell more bonds.\"}\n"
                     "{\"id\": \"m1\", \"text\": \"Mexico denied reports that British banks "
                     "were resisting the new loan. In a statement, the Finance Ministry said "
                     "talks went on.\"}\n";
    es = entities_of_news(dm, dir3, path, sizeof path);
    a = entity_at(es, "t1", "Finance Ministry", &r1);
    b = entity_at(es, "m1", "Finance Ministry", &r2);
    CHECK(a && strcmp(a, "finance-ministry-japan") == 0);
    CHECK(b && strcmp(b, "finance-ministry-mexico") == 0);
    entities_done(es, path, dir3);
}

/* Through eg_entities_create: "Reuter", the agency's name in its 1980s wires, is Reuters; the
 * signoff that ends such a wire ("REUTER", "REUTER^M") names nothing. */
static void test_agency_signoff(void)
{
    char dir[] = "/tmp/eg_api_wire_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"w1\", \"text\": \"OPEC output rose in March, a Reuter survey of oil "
        "firms showed.\\n REUTER\"}\n"
        "{\"id\": \"w2\", \"text\": \"The bank told Reuters it would cut its prime rate by "
        "half a point.\\nREUTER^M\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule r = EG_RULE_NONE;
    const char *a = entity_at(es, "w1", "Reuter", &r);
    const char *b = entity_at(es, "w2", "Reuters", &r);
    CHECK(a && b && strcmp(a, b) == 0);
    CHECK(!entity_at(es, "w1", "REUTER", &r) && !entity_at(es, "w2", "REUTER", &r));
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a person's nickname in quotes inside the name is no part of it
 * (Marion "Suge" Knight is Marion Knight). */
static void test_quoted_nicknames(void)
{
    char dir[] = "/tmp/eg_api_nick_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"n1\", \"text\": \"The label was run by Marion \\\"Suge\\\" Knight, "
        "who was jailed in 2018.\"}\n"
        "{\"id\": \"n2\", \"text\": \"Marion Knight was sentenced on Thursday.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule r = EG_RULE_NONE;
    const char *a = entity_at(es, "n1", "Marion Knight", &r);
    const char *b = entity_at(es, "n2", "Marion Knight", &r);
    CHECK(a && b && strcmp(a, b) == 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a results line with its scorers in brackets, all capitals but
 * the numbers, is no Title Case headline: its scorers are people, a club's number its own. */
static void test_results_lines(void)
{
    char dir[] = "/tmp/eg_api_results_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"r1\", \"text\": \"SOCCER-Dortmund beat Mainz\\nBERLIN, Dec 19 (Reuters) - "
        "Results of Bundesliga matches on Saturday:\\nBorussia Dortmund 3 (Haaland 22, 67, "
        "Hazard 84) Mainz 05 1 (Quaison 51)\\n\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule r = EG_RULE_NONE;
    CHECK(entity_at(es, "r1", "Haaland", &r) && entity_at(es, "r1", "Hazard", &r) &&
          entity_at(es, "r1", "Quaison", &r) && entity_at(es, "r1", "Mainz 05", &r));
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a body's French acronym the list gives is the body ("CEDEAO"
 * of ECOWAS, "UEMOA" of WAEMU), across articles. */
static void test_french_acronyms(void)
{
    char dir[] = "/tmp/eg_api_cedeao_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"f1\", \"text\": \"ABUJA, May 2 (Reuters) - ECOWAS leaders met in Abuja "
        "on Tuesday.\"}\n"
        "{\"id\": \"f2\", \"text\": \"DAKAR, May 3 (Reuters) - The CEDEAO summit ended, and "
        "the UEMOA central bank kept rates.\"}\n"
        "{\"id\": \"f3\", \"text\": \"DAKAR, May 4 (Reuters) - WAEMU members met.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule r = EG_RULE_NONE;
    const char *a = entity_at(es, "f1", "ECOWAS", &r), *b = entity_at(es, "f2", "CEDEAO", &r);
    const char *c = entity_at(es, "f2", "UEMOA", &r), *e = entity_at(es, "f3", "WAEMU", &r);
    CHECK(a && b && strcmp(a, b) == 0);
    CHECK(c && e && strcmp(c, e) == 0 && strcmp(a, c) != 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a state's abbreviation after a place and a comma is the state
 * ("Elkhart, Ind." and "Indiana" one node, "Savannah, Ga." the state of Georgia, not the
 * country); a person's name is none ("Mo Farah"). A region's people's adjective is the region
 * ("Scottish", Scotland). */
static void test_state_abbrevs(void)
{
    char dir[] = "/tmp/eg_api_state_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"s1\", \"text\": \"Schult Homes, based in Elkhart, Ind., said it would "
        "build a plant in Savannah, Ga., next year.\"}\n"
        "{\"id\": \"s2\", \"text\": \"Indiana lawmakers voted on Tuesday. Mo Farah won "
        "the race in London.\"}\n"
        "{\"id\": \"s3\", \"text\": \"Scottish voters backed the plan on Thursday, and "
        "Scotland will vote again next year.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule r = EG_RULE_NONE;
    const char *a = entity_at(es, "s1", "Ind", &r);
    const char *b = entity_at(es, "s2", "Indiana", &r);
    CHECK(a && b && strcmp(a, b) == 0);
    const char *g = entity_at(es, "s1", "Ga", &r);
    CHECK(g && strcmp(g, "georgia-us-state") == 0 && r == EG_RULE_US_STATE);
    CHECK(!entity_at(es, "s2", "Mo", &r));
    /* a region's people's adjective is the region */
    const char *sc = entity_at(es, "s3", "Scottish", &r);
    const char *sd = entity_at(es, "s3", "Scotland", &r);
    CHECK(sc && sd && strcmp(sc, sd) == 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: "the House" beside the House Budget Committee is the chamber,
 * not a short name of its committee, and the chamber is the House of Representatives another
 * article names. */
static void test_chambers(void)
{
    char dir[] = "/tmp/eg_api_house_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"c1\", \"text\": \"The House Budget Committee approved the plan on "
        "Tuesday. The House will vote on it next week, aides said.\"}\n"
        "{\"id\": \"c2\", \"text\": \"The House of Representatives voted 350 to 73 to "
        "override the veto, lawmakers said.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    eg_rule r = EG_RULE_NONE;
    const char *house = entity_at(es, "c1", "House", &r);
    const char *committee = entity_at(es, "c1", "House Budget Committee", &r);
    const char *reps = entity_at(es, "c2", "House of Representatives", &r);
    CHECK(house && committee && reps && strcmp(house, committee) != 0);
    CHECK(house && reps && strcmp(house, reps) == 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: an honorific the lists of titles lack is no part of a person's
 * name (Ireland's "Tanaiste", Malaysia's "Datuk Seri", "Tan Sri", Fiji's "Ratu", Myanmar's "U"
 * before two words or more); "Tan" alone is a surname. */
static void test_honorifics(void)
{
    char dir[] = "/tmp/eg_api_hon_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"h1\", \"text\": \"Tanaiste Micheal Martin said on Monday that the budget "
        "would pass. Datuk Seri Anwar Ibrahim met Tan Sri Muhyiddin Yassin in Kuala Lumpur. Tan "
        "Cheng Bock spoke. Ratu Josefa Vakaloloma, chairman of the pearl farm, and U Kyaw Min "
        "Thein, its director, said output rose.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    int found = 0;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const char *sf = eg_entities_mention(es, i)->surface;
        found += strcmp(sf, "Micheal Martin") == 0 || strcmp(sf, "Anwar Ibrahim") == 0 ||
                 strcmp(sf, "Muhyiddin Yassin") == 0 || strcmp(sf, "Tan Cheng Bock") == 0 ||
                 strcmp(sf, "Josefa Vakaloloma") == 0 || strcmp(sf, "Kyaw Min Thein") == 0;
    }
    CHECK(found == 6);
    entities_done(es, path, dir);
    /* before a name of three words: "Alhaji", "Chaudhry"; not before a family's name */
    char dir2[] = "/tmp/eg_api_hon2_XXXXXX";
    const char *news2 =
        "{\"id\": \"h2\", \"text\": \"The dam's chairman Alhaji Abubakar Sadiq Danladi "
        "said on Wednesday that bids were due. The party of Chaudhry Tariq Mehmood Warraich won "
        "19 seats, and former chief justice Iftikhar Chaudhry welcomed the result.\"}\n";
    es = entities_of_news(news2, dir2, path, sizeof path);
    found = 0;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const char *sf = eg_entities_mention(es, i)->surface;
        found += strcmp(sf, "Abubakar Sadiq Danladi") == 0 ||
                 strcmp(sf, "Tariq Mehmood Warraich") == 0 || strcmp(sf, "Iftikhar Chaudhry") == 0;
    }
    CHECK(found == 3);
    entities_done(es, path, dir2);
}

/* Through eg_entities_create: the long forms one acronym is defined with in two articles,
 * written alike but for the country's initials, are one body; two unlike ones ("ADB") stay
 * two. */
static void test_acronym_long_forms(void)
{
    char dir[] = "/tmp/eg_api_acro_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"f1\", \"text\": \"The Federal Energy Regulatory Commission (FERC) "
        "approved the pipeline on Monday. The Asian Development Bank (ADB) lent money to "
        "Manila.\"}\n"
        "{\"id\": \"f2\", \"text\": \"The U.S. Federal Energy Regulatory Commission (FERC) "
        "ruled on Tuesday. The African Development Bank (ADB) lent money to Nairobi.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    const char *ferc = NULL, *usferc = NULL, *asian = NULL, *african = NULL;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->surface, "Federal Energy Regulatory Commission") == 0) {
            ferc = m->entity;
        } else if (strcmp(m->surface, "U.S. Federal Energy Regulatory Commission") == 0) {
            usferc = m->entity;
        } else if (strcmp(m->surface, "Asian Development Bank") == 0) {
            asian = m->entity;
        } else if (strcmp(m->surface, "African Development Bank") == 0) {
            african = m->entity;
        }
    }
    CHECK(ferc && usferc && strcmp(ferc, usferc) == 0);
    CHECK(asian && african && strcmp(asian, african) != 0);
    entities_done(es, path, dir);

    /* two long forms a place apart ("JSE"): two bodies, and the acronym alone in a third
     * article joins neither */
    char dir2[] = "/tmp/eg_api_acro_XXXXXX";
    news = "{\"id\": \"j1\", \"text\": \"Shares rose on the Johannesburg Stock Exchange (JSE) "
           "on Monday.\"}\n"
           "{\"id\": \"j2\", \"text\": \"Shares fell on the Jamaica Stock Exchange (JSE) on "
           "Tuesday.\"}\n"
           "{\"id\": \"j3\", \"text\": \"Traders on the JSE said prices rose.\"}\n";
    es = entities_of_news(news, dir2, path, sizeof path);
    const char *jo = NULL, *ja = NULL;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->surface, "Johannesburg Stock Exchange") == 0) {
            jo = m->entity;
        } else if (strcmp(m->surface, "Jamaica Stock Exchange") == 0) {
            ja = m->entity;
        }
    }
    CHECK(jo && ja && strcmp(jo, ja) != 0);
    entities_done(es, path, dir2);
}

/* Through eg_entities_create: two people one article names apart though their surnames differ
 * by a letter stay two in every article (the misspelling rule would make them one): each
 * named twice in that article, or one said to be no relation of the other. */
static void test_names_apart(void)
{
    char dir[] = "/tmp/eg_api_apart_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"p1\", \"text\": \"Taras Savchuk, who heads the Black Sea Port "
        "Administration, said ships were waiting to load in Odesa.\"}\n"
        "{\"id\": \"p2\", \"text\": \"Taras Savchuk, head of the Black Sea Port "
        "Administration, said loadings rose in Odesa. Savchuk said 40 ships were waiting. "
        "Lawmaker Taras Savchak, who chairs a transport committee in Kyiv, said he would seek "
        "an audit. Savchak said the ports had paid too much.\"}\n"
        "{\"id\": \"p3\", \"text\": \"Petros Kalogeras, deputy chief executive of Aegean "
        "Link Ferries SA, said the company would sell two ships in Piraeus.\"}\n"
        "{\"id\": \"p4\", \"text\": \"Aegean Link Ferries SA will buy two ships in "
        "Piraeus, said Petros Kalogeros, an analyst at Pelagos Research. He is not related to "
        "Petros Kalogeras, the former deputy chief executive of the company.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    const char *uk = NULL, *ak = NULL, *as = NULL, *os = NULL;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->surface, "Taras Savchuk") == 0 && strcmp(m->doc, "p1") == 0) {
            uk = m->entity;
        } else if (strcmp(m->surface, "Taras Savchak") == 0) {
            ak = m->entity;
        } else if (strcmp(m->surface, "Petros Kalogeras") == 0 && strcmp(m->doc, "p3") == 0) {
            as = m->entity;
        } else if (strcmp(m->surface, "Petros Kalogeros") == 0) {
            os = m->entity;
        }
    }
    CHECK(uk && ak && strcmp(uk, ak) != 0);
    CHECK(as && os && strcmp(as, os) != 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a firm's unit named for it, introduced as "a subsidiary" after
 * the firm, stays apart from the firm in that article and in another that names the firm
 * alone (the short-name rule would take it for the unit's short name). */
static void test_units(void)
{
    char dir[] = "/tmp/eg_api_unit_XXXXXX", path[600];
    const char *news =
        "{\"id\": \"u1\", \"text\": \"Azerbaijan's state-backed Absheron Petroleum will "
        "supply the gas from its offshore fields. Chief executive Elvin Mammadov said a "
        "Geneva-based subsidiary, Absheron Petroleum Trading, would market the volumes.\"}\n"
        "{\"id\": \"u2\", \"text\": \"The plan depends on extra volumes from the Azeri "
        "fields operated by Absheron Petroleum, officials said.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    const char *firm[2] = {NULL, NULL}, *unit = NULL;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->surface, "Absheron Petroleum") == 0) {
            firm[strcmp(m->doc, "u2") == 0] = m->entity;
        } else if (strcmp(m->surface, "Absheron Petroleum Trading") == 0) {
            unit = m->entity;
        }
    }
    CHECK(firm[0] && firm[1] && unit && strcmp(firm[0], firm[1]) == 0);
    CHECK(strcmp(firm[1], unit) != 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a stock index the tagger named is no mention of the rating
 * agency, the exchange or the place in it ("S&P/BMV IPC", "STOXX Europe 600"), nor of a
 * person in "Dow Jones Industrial Average"; S&P alone is the agency. */
static void test_stock_indexes(void)
{
    char dir[] = "/tmp/eg_api_index_XXXXXX", path[600];
    const char *news = "{\"id\": \"x1\", \"text\": \"The peso firmed and the S&P/BMV IPC "
                       "stock index rose 0.4%. The STOXX Europe 600 fell while the Dow Jones "
                       "Industrial Average gained. S&P said the outlook was stable.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    unsigned agency = 0, others = 0;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->surface, "S&P") == 0 && m->start > 100) {
            agency++;
        } else {
            others++;
        }
    }
    CHECK(es && agency == 1 && others == 0);
    entities_done(es, path, dir);
}

/* Through eg_entities_create: a ship the tagger named is no mention of the place in its name
 * ("the tanker Nord Pacific", "HMS Belfast"), nor a person ("the frigate Stark"). */
static void test_ship_mentions(void)
{
    char dir[] = "/tmp/eg_api_ship_XXXXXX", path[600];
    const char *news = "{\"id\": \"x1\", \"text\": \"The captain of the tanker Nord Pacific "
                       "picked up the crew. The frigate Stark and HMS Belfast sailed from "
                       "Bahrain.\"}\n";
    eg_entities *es = entities_of_news(news, dir, path, sizeof path);
    unsigned bahrain = 0, others = 0;
    for (size_t i = 0; es && i < eg_entities_count(es); i++) {
        const eg_entity_mention *m = eg_entities_mention(es, i);
        if (strcmp(m->surface, "Bahrain") == 0) {
            bahrain++;
        } else {
            others++;
        }
    }
    CHECK(es && bahrain == 1 && others == 0);
    entities_done(es, path, dir);
}

/* The tagger's entry points on tests/query/tiny.conll: train (notes through the callback, not
 * stderr), tag, eval, word classes; bad options are errors */
static void test_ner(void)
{
    char conll[512], dir[] = "/tmp/eg_api_ner_XXXXXX";
    check_src_path(conll, sizeof conll, "tests/query/tiny.conll");
    CHECK(mkdtemp(dir) != NULL);
    char model[600], tagged[600], classes[600];
    snprintf(model, sizeof model, "%s/m.model", dir);
    snprintf(tagged, sizeof tagged, "%s/tagged.conll", dir);
    snprintf(classes, sizeof classes, "%s/classes.txt", dir);
    eg_ner_train_options o;
    eg_ner_train_options_init(&o);
    CHECK(o.epochs == 12 && o.seed == 1 && o.hash_bits == 20);
    o.epochs = 3;
    o.hash_bits = 12;
    o.dev_path = conll;
    seen s = {{0}, 0};
    o.note = on_warning; /* collects lines */
    o.user_data = &s;
    eg_error err;
    CHECK(eg_ner_train(conll, model, &o, &err) == EG_OK);
    CHECK(s.calls == 5); /* training on ..., 3 epochs, wrote ... */
    CHECK(strstr(s.text, "training on 5 sentences") != NULL);
    CHECK(strstr(s.text, "epoch  3  train accuracy") != NULL && strstr(s.text, "dev F1") != NULL);
    CHECK(strstr(s.text, "feature rows of 2^12)\n") != NULL);

    FILE *f = fopen(tagged, "w");
    CHECK(f && eg_ner_tag(model, conll, 0, f, &err) == EG_OK);
    if (f) {
        fclose(f);
    }
    char *text = check_slurp(tagged, NULL);
    CHECK(text && strncmp(text, "-DOCSTART- -X- -X- O O\n\n", 24) == 0);
    CHECK(text && strstr(text, "Amara NNP I-NP I-PER B-PER\n") != NULL);
    free(text);

    eg_ner_scores sc;
    CHECK(eg_ner_eval(model, conll, 0, &sc, &err) == EG_OK);
    CHECK(sc.tokens > 30 && sc.overall.gold > 0 && sc.overall.correct <= sc.overall.predicted);
    CHECK(sc.type[EG_NER_PER].gold > 0 && sc.overall.f1 > 50 && sc.overall.f1 <= 100);
    CHECK_STR(eg_ner_type_name(EG_NER_MISC), "MISC");
    CHECK(eg_ner_type_name(EG_NER_NTYPES) == NULL);
    CHECK(eg_ner_eval("/nonexistent.model", conll, 0, &sc, &err) == EG_ERR_IO);
    CHECK(eg_ner_tag(model, "/dev/null", 0, stdout, &err) == EG_ERR_PARSE);
    CHECK_STR(err.msg, "/dev/null: no tokens");

    eg_ner_clusters_options co;
    eg_ner_clusters_options_init(&co);
    const char *files[] = {conll};
    co.classes = 3;
    co.conll = files;
    co.nconll = 1;
    CHECK(eg_ner_clusters(NULL, 0, &co, classes, &err) == EG_OK);
    text = check_slurp(classes, NULL);
    CHECK(text && strchr(text, '\t') != NULL);
    free(text);
    co.classes = 1;
    CHECK(eg_ner_clusters(NULL, 0, &co, classes, &err) == EG_ERR_INVALID &&
          strcmp(err.msg, "classes must be 2 to 60000") == 0);
    eg_ner_kmeans_options ko;
    eg_ner_kmeans_options_init(&ko);
    CHECK(ko.nlevels == 3 && ko.k[0] == 1024);
    ko.nlevels = 0;
    CHECK(eg_ner_kmeans(conll, &ko, classes, &err) == EG_ERR_INVALID);
    remove(model);
    remove(tagged);
    remove(classes);
    rmdir(dir);
}

/* Rules and finders are enums; their names are the words `entities --explain` has always
 * printed, each one distinct. */
static void test_rule_names(void)
{
    CHECK_STR(eg_rule_name(EG_RULE_NONE), "");
    CHECK_STR(eg_rule_name(EG_RULE_EXACT), "exact");
    CHECK_STR(eg_rule_name(EG_RULE_PARTIAL_NAME_RELATIVE), "partial name (the relative excluded)");
    CHECK_STR(eg_rule_name(EG_RULE_AMBIGUOUS_PARTIAL), "ambiguous partial name");
    CHECK_STR(eg_rule_name(EG_RULE_SURNAME_DOMINANT), "surname (its dominant holder)");
    CHECK_STR(eg_rule_name(EG_RULE_STATED_ALIAS_ELSEWHERE), "stated alias (in another article)");
    CHECK_STR(eg_rule_name((eg_rule)99), "");
    CHECK_STR(eg_rule_name(EG_RULE_US_STATE), "U.S. state");
    CHECK_STR(eg_rule_name(EG_RULE_FIRM_NAME), "firm of that name");
    CHECK_STR(eg_rule_name(EG_RULE_PARTIAL_NAME_FIRST), "partial name (the one named before it)");
    CHECK_STR(eg_rule_name(EG_RULE_PERSON_INITIALS), "initials of a name");
    CHECK_STR(eg_rule_name(EG_RULE_PARTIAL_ELSEWHERE), "partial name (so used in another article)");
    CHECK_STR(eg_rule_name(EG_RULE_SHORTENED_NAME), "name without its middle names");
    CHECK_STR(eg_rule_name(EG_RULE_SECOND_SURNAME), "name without its second surname");
    CHECK_STR(eg_rule_name(EG_RULE_SHORT_GIVEN_NAME), "short form of the given name");
    CHECK_STR(eg_rule_name(EG_RULE_FAMILY_NAME_LAST), "family name written last");
    CHECK_STR(eg_rule_name(EG_RULE_FIRM_SHORT_NAME), "short name of a firm");
    CHECK_STR(eg_rule_name(EG_RULE_STATE_BODY_ELSEWHERE),
              "state's body (its one country in other articles)");
    CHECK_STR(eg_rule_name(EG_RULE_TRANSLATED_NAME),
              "name in another language (across articles)");
    for (int a = EG_RULE_EXACT; a <= EG_RULE_TRANSLATED_NAME; a++) {
        CHECK(eg_rule_name((eg_rule)a)[0] != '\0');
        for (int b = a + 1; b <= EG_RULE_TRANSLATED_NAME; b++) {
            CHECK(strcmp(eg_rule_name((eg_rule)a), eg_rule_name((eg_rule)b)) != 0);
        }
    }
    CHECK_STR(eg_found_by_name(EG_FOUND_UNKNOWN), "");
    CHECK_STR(eg_found_by_name(EG_FOUND_MODEL), "model");
    CHECK_STR(eg_found_by_name(EG_FOUND_CLUB_LIST), "club list");
    CHECK_STR(eg_found_by_name(EG_FOUND_STATED_ALIAS), "stated alias");
    CHECK_STR(eg_found_by_name(EG_FOUND_FIRM_NOUN), "firm noun");
    CHECK_STR(eg_found_by_name(EG_FOUND_ACRONYM), "acronym");
    CHECK_STR(eg_found_by_name((eg_found_by)-1), "");
}

int main(void)
{
    const char *src = getenv("EG_SRC");
    char samples[512];
    snprintf(samples, sizeof samples, "%s/samples", src ? src : "..");
    eg_build_options o;
    eg_build_options_init(&o);
    o.threads = 1;
    const char *inputs[] = {samples};
    eg_graph *g = NULL;
    eg_error err;
    CHECK(eg_build(&g, inputs, 1, &o, &err) == EG_OK);
    CHECK(g && eg_graph_node_count(g) > 10 && eg_graph_edge_count(g) > 10);
    CHECK(eg_etype_parse("person") == EG_PERSON);
    CHECK_STR(eg_etype_name(EG_COUNTRY), "COUNTRY");
    CHECK(eg_format_from_path("x.graphml") == EG_FORMAT_GRAPHML);
    CHECK(eg_graph_save(g, "/dev/null", EG_FORMAT_JSON, &err) == EG_OK);
    eg_graph_destroy(g);
    eg_graph_destroy(NULL);
    const char *missing[] = {"/nonexistent/dir"};
    g = NULL;
    CHECK(eg_build(&g, missing, 1, &o, &err) == EG_ERR_IO && g == NULL);
    CHECK(strstr(err.msg, "No such file") != NULL);
    test_warnings(&o);
    test_build_ex();
    test_place_spellings();
    test_firm_names();
    test_state_bodies();
    test_agency_signoff();
    test_state_abbrevs();
    test_quoted_nicknames();
    test_results_lines();
    test_french_acronyms();
    test_chambers();
    test_honorifics();
    test_acronym_long_forms();
    test_units();
    test_names_apart();
    test_stock_indexes();
    test_ship_mentions();
    test_ner();
    test_rule_names();
    return check_done();
}
