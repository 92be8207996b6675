/*
 * test_faults.c - allocation fault injection in the manner of SQLite's malloc tests.
 *
 * Built only with -Dfault_injection=true (src/base/faultinject.h): every allocation of the library
 * and of cJSON goes through a counter. Each scenario (build, load JSON and GraphML, save,
 * both merges, queries) runs once without a fault for its reference result, then again with
 * the 1st allocation failing, the 2nd, ..., until a run makes fewer allocations than the one
 * that would fail. A run with a fault must either fail with EG_ERR_NOMEM, a one-line message
 * and no result, or succeed with exactly the reference result; under ASan/LSan it must neither
 * crash nor leak. Two exceptions, both documented in docs/COVERAGE.md: a different (poorer)
 * result is accepted after a site marked EG_ALLOC_FAILURE_IGNORED() (gazetteer lookups whose
 * callers in ner.c have no error path), and, where cJSON parses input, after a failure inside
 * cJSON, which cannot tell a parse that ran out of memory from malformed text (a JSONL line is
 * then skipped as invalid; a GraphML document table or evidence gives EG_ERR_PARSE). The
 * model loader's "corrupt ... (or out of memory)" EG_ERR_PARSE is accepted too.
 *
 * Inputs are small (three sample articles and a two-line JSONL, one thread) so that the sweep
 * of every N stays quick. Process-wide one-time tables (gazetteer, phrases, the model's CRC
 * table) are made by the reference run first: a fault while they are made is not retried by
 * pthread_once. igraph's, Graphviz's and utf8proc's own allocations cannot be hooked.
 *
 * EG_FAULTS_ONLY=NAME runs one scenario, EG_FAULTS_N=N one allocation of it, EG_FI_TRACE=1
 * prints where that allocation is (ASan builds), EG_FAULTS_VERBOSE=1 lists every run.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/builder/builder.h"
#include "../../src/io/export.h"
#include "../../src/base/faultinject.h"
#include "../../src/graph/graph.h"
#include "../../src/ner/gazetteer.h"
#include "../../src/ner/ner.h"
#include "../../src/api/pipeline.h"
#include "../../src/query/query.h"
#include "check.h"
#include "entgraph/entgraph.h"

/* the test's own allocations are not counted: faultinject.h's macros are for the library */
#undef malloc
#undef calloc
#undef realloc
#undef strdup
#undef strndup

static char tmpdir[] = "/tmp/eg-test-faults-XXXXXX";
static char samples[1024];
static char art[3][1100];          /* three sample articles */
static eg_graph *shard[2];         /* built with their shard state, for both merges */
static eg_graph *whole;            /* the graph of the three articles, for the queries */
static char json_path[1100], graphml_path[1100], jsonl_path[1100];

/* ---- the armed region --------------------------------------------------------------------- */

typedef struct run {
    unsigned long n; /* allocation to fail; 0: none */
    bool fired;
    bool in_cjson; /* the failed allocation was cJSON's */
    bool swallowed; /* a documented site went on without it (EG_ALLOC_FAILURE_IGNORED) */
    unsigned long count;
} run;

static void arm(run *r) { eg_fi_arm(r->n); }

static void disarm(run *r)
{
    r->fired = eg_fi_fired();
    r->in_cjson = eg_fi_fired_in_cjson();
    r->swallowed = eg_fi_swallowed();
    r->count = eg_fi_count();
    eg_fi_arm(0);
}

/* A result as text: the caller compares it with the reference. */
typedef struct text {
    char *s;
    size_t len;
    FILE *f;
} text;

static FILE *text_open(text *t)
{
    t->s = NULL;
    t->len = 0;
    t->f = open_memstream(&t->s, &t->len);
    return t->f;
}

static char *text_close(text *t)
{
    fclose(t->f);
    return t->s;
}

static char *graph_json(const eg_graph *g)
{
    text t;
    eg_error err = {0};
    if (!text_open(&t)) {
        return NULL;
    }
    eg_status st = eg_export_json(g, t.f, &err);
    char *s = text_close(&t);
    if (st != EG_OK) {
        free(s);
        return NULL;
    }
    return s;
}

/* A scenario runs its operation armed with r->n, and gives its result as text in *out (NULL
 * on failure); everything the library allocated is freed before it returns. */
typedef eg_status (*scenario)(run *r, char **out, eg_error *err);

static bool one_line(const char *msg)
{
    return msg[0] != '\0' && strchr(msg, '\n') == NULL;
}

/* EG_FAULTS_ONLY=NAME runs one scenario; EG_FAULTS_N=N only its Nth allocation failing
 * (with EG_FI_TRACE=1 the build-asan library prints where that allocation is). */
static void sweep(const char *name, scenario fn, bool parses_json)
{
    const char *only = getenv("EG_FAULTS_ONLY"), *nth = getenv("EG_FAULTS_N");
    if (only && strcmp(only, name) != 0) {
        return;
    }
    run r = {0};
    char *ref = NULL;
    eg_error err = {0};
    eg_status st = fn(&r, &ref, &err);
    CHECK(st == EG_OK && ref != NULL);
    if (st != EG_OK || !ref) {
        fprintf(stderr, "%s: reference run failed: %s\n", name, err.msg);
        free(ref);
        return;
    }
    unsigned long total = r.count, failed = 0, recovered = 0, bad = 0, degraded = 0;
    if (getenv("EG_FAULTS_COUNT")) {
        printf("%-16s %6lu allocations\n", name, total);
        free(ref);
        return;
    }
    unsigned long first = nth ? strtoul(nth, NULL, 10) : 1;
    for (unsigned long n = first;; n++) {
        r = (run){.n = n};
        if (getenv("EG_FAULTS_VERBOSE")) {
            fprintf(stderr, "%s: allocation %lu\n", name, n);
        }
        char *got = NULL;
        eg_error_clear(&err);
        st = fn(&r, &got, &err);
        bool ok;
        if (!r.fired) {
            /* fewer than n allocations: the sweep is over */
            ok = st == EG_OK && got && strcmp(got, ref) == 0;
        } else if (st == EG_OK) {
            /* recovered: the same result, or a poorer one after a documented site that goes on
             * without the memory, or after cJSON failed (it cannot tell a parse that ran out of
             * memory from malformed text, so the reader skips the line as invalid) */
            recovered++;
            ok = got && strcmp(got, ref) == 0;
            if (!ok && got && (r.swallowed || (parses_json && r.in_cjson))) {
                degraded++;
                ok = true;
                if (getenv("EG_FAULTS_VERBOSE")) {
                    fprintf(stderr, "%s: allocation %lu: a different result\n", name, n);
                }
            }
        } else {
            failed++;
            ok = !got && one_line(err.msg) && err.code == st &&
                 (st == EG_ERR_NOMEM || (st == EG_ERR_PARSE && parses_json && r.in_cjson) ||
                  (st == EG_ERR_PARSE && strstr(err.msg, "(or out of memory)")));
        }
        if (!ok && bad++ < 10) {
            fprintf(stderr, "%s: allocation %lu failing: status %d, message '%s', %s\n", name,
                    n, (int)st, err.msg,
                    got ? (strcmp(got, ref) ? "a different result" : "same result")
                        : "no result");
        }
        CHECK(ok);
        free(got);
        if (!r.fired || nth || n > 10 * total + 1000) {
            break;
        }
    }
    printf("%-16s %6lu allocations: %6lu failed cleanly, %5lu recovered (%lu with a "
           "different result), %lu wrong\n", name, total, failed, recovered, degraded, bad);
    fflush(stdout);
    free(ref);
}

/* ---- scenarios ---------------------------------------------------------------------------- */

static eg_status build_graph(const char *const *inputs, size_t n, const char *model, bool shard_state,
                             run *r, eg_graph **g, eg_error *err)
{
    eg_build_opts bo = {.window = EG_WINDOW_SENTENCE, .types = EG_TYPES_DEFAULT, .evidence = 2,
                        .threads = 1, .shard = shard_state};
    eg_pipeline_opts po = {.model_path = model, .threads = 1};
    eg_builder *b = NULL;
    *g = NULL;
    if (r) {
        arm(r);
    }
    eg_status st = eg_builder_create(&b, &bo, err);
    if (st == EG_OK) {
        st = eg_pipeline_run(inputs, n, &po, b, NULL, NULL, NULL, err);
    }
    if (st == EG_OK) {
        st = eg_builder_finish(b, g, err);
    }
    eg_builder_destroy(b);
    if (r) {
        disarm(r);
    }
    return st;
}

static eg_status sc_build(run *r, char **out, eg_error *err)
{
    const char *in[] = {art[0], art[1]};
    eg_graph *g = NULL;
    eg_status st = build_graph(in, 2, "none", false, r, &g, err);
    *out = st == EG_OK ? graph_json(g) : NULL;
    eg_graph_destroy(g);
    return st;
}

static eg_status sc_build_shard(run *r, char **out, eg_error *err)
{
    const char *in[] = {art[2]};
    eg_graph *g = NULL;
    eg_status st = build_graph(in, 1, "none", true, r, &g, err);
    *out = st == EG_OK ? graph_json(g) : NULL;
    eg_graph_destroy(g);
    return st;
}

/* the public one-call build, over a JSONL input (the reader's other path) */

static eg_status sc_build_public(run *r, char **out, eg_error *err)
{
    eg_build_options o;
    eg_build_options_init(&o);
    o.model_path = "none";
    o.threads = 1;
    const char *in[] = {jsonl_path};
    eg_graph *g = NULL;
    arm(r);
    eg_status st = eg_build(&g, in, 1, &o, err);
    disarm(r);
    CHECK((st == EG_OK) == (g != NULL));
    *out = st == EG_OK ? graph_json(g) : NULL;
    eg_graph_destroy(g);
    return st;
}

/* the built-in NER model: loading it, and tagging one article with it */
static eg_status sc_model(run *r, char **out, eg_error *err)
{
    eg_ner *ner = NULL;
    arm(r);
    eg_status st = eg_ner_create(&ner, NULL, err);
    disarm(r);
    *out = st == EG_OK ? strdup("loaded") : NULL;
    eg_ner_destroy(ner);
    return st;
}

static eg_status sc_build_model(run *r, char **out, eg_error *err)
{
    const char *in[] = {jsonl_path};
    eg_graph *g = NULL;
    eg_status st = build_graph(in, 1, NULL, false, r, &g, err);
    *out = st == EG_OK ? graph_json(g) : NULL;
    eg_graph_destroy(g);
    return st;
}

static eg_status load(run *r, const char *path, unsigned flags, char **out, eg_error *err)
{
    eg_graph *g = NULL;
    arm(r);
    eg_status st = eg_graph_load_ex(&g, path, flags, err);
    disarm(r);
    CHECK((st == EG_OK) == (g != NULL));
    *out = st == EG_OK ? graph_json(g) : NULL;
    eg_graph_destroy(g);
    return st;
}

static eg_status sc_load_json(run *r, char **out, eg_error *err)
{
    return load(r, json_path, 0, out, err);
}

static eg_status sc_load_json_noev(run *r, char **out, eg_error *err)
{
    return load(r, json_path, EG_LOAD_NO_EVIDENCE, out, err);
}

static eg_status sc_load_graphml(run *r, char **out, eg_error *err)
{
    return load(r, graphml_path, 0, out, err);
}

/* eg_graph_save in every format: each file is complete, or absent */
static eg_status sc_save(run *r, char **out, eg_error *err)
{
    static const eg_format formats[] = {EG_FORMAT_JSON, EG_FORMAT_GRAPHML, EG_FORMAT_DOT,
                                        EG_FORMAT_GEXF, EG_FORMAT_CYJS, EG_FORMAT_CSV};
    static const char *const ext[] = {"json", "graphml", "dot", "gexf", "cyjs", "csv"};
    enum { NF = EG_ARRAY_LEN(formats) };
    char path[NF][1200];
    eg_status st = EG_OK;
    size_t done = 0;
    for (size_t i = 0; i < NF; i++) {
        snprintf(path[i], sizeof path[i], "%s/save.%s", tmpdir, ext[i]);
        unlink(path[i]);
    }
    arm(r);
    for (; done < NF && st == EG_OK; done++) {
        st = eg_graph_save(whole, path[done], formats[done], err);
    }
    disarm(r);
    text t;
    if (!text_open(&t)) {
        return EG_ERR_IO;
    }
    for (size_t i = 0; i < NF; i++) {
        /* CSV is two files, save.nodes.csv and save.edges.csv */
        char made[2][1300];
        bool csv = formats[i] == EG_FORMAT_CSV;
        snprintf(made[0], sizeof made[0], "%s/save.%s", tmpdir, csv ? "nodes.csv" : ext[i]);
        snprintf(made[1], sizeof made[1], "%s/save.edges.csv", tmpdir);
        for (int k = 0; k < (csv ? 2 : 1); k++) {
            char *s = check_slurp(made[k], NULL);
            if (i + 1 < done || st == EG_OK) {
                fprintf(t.f, "%s\n%s", made[k], s ? s : "(missing)");
            } else {
                CHECK(s == NULL); /* the failed one left no partial file */
            }
            free(s);
            unlink(made[k]);
        }
    }
    char *s = text_close(&t);
    *out = st == EG_OK ? s : NULL;
    if (st != EG_OK) {
        free(s);
    }
    return st;
}

static eg_status sc_merge(run *r, char **out, eg_error *err)
{
    eg_graph *m = NULL;
    arm(r);
    eg_status st = eg_merge_check(shard, 2, err); /* as eg_graph_merge, before merging */
    if (st == EG_OK) {
        st = eg_query_merge(shard, 2, &m, err);
    }
    disarm(r);
    CHECK((st == EG_OK) == (m != NULL));
    *out = st == EG_OK ? graph_json(m) : NULL;
    eg_graph_destroy(m);
    return st;
}

static eg_status sc_merge_shards(run *r, char **out, eg_error *err)
{
    eg_graph *m = NULL;
    arm(r);
    eg_status st = eg_shards_merge(shard, 2, true, &m, err);
    disarm(r);
    CHECK((st == EG_OK) == (m != NULL));
    *out = st == EG_OK ? graph_json(m) : NULL;
    eg_graph_destroy(m);
    return st;
}

/* find (with suggestions), neighbors at depth 2, path, and stats on the whole graph */
static eg_status sc_query(run *r, char **out, eg_error *err)
{
    text t;
    if (!text_open(&t)) {
        return EG_ERR_IO;
    }
    eg_neighbor *nb = NULL;
    size_t nnb = 0, npath = 0;
    uint32_t *path = NULL;
    eg_stats s = {0};
    char *suggest = NULL;
    arm(r);
    long a = eg_query_find(whole, "Niger", NULL);
    long b = eg_query_find(whole, "Wagner Group", NULL);
    long none = eg_query_find(whole, "Nigerr", &suggest);
    eg_status st = EG_OK;
    if (a == EG_QUERY_NOMEM || b == EG_QUERY_NOMEM || none == EG_QUERY_NOMEM) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    } else if (a < 0 || b < 0) {
        st = eg_error_set(err, EG_ERR_NOT_FOUND, "Niger or Wagner Group not found");
    }
    if (st == EG_OK) {
        st = eg_query_neighbors(whole, (uint32_t)a, 2, &nb, &nnb, err);
    }
    if (st == EG_OK) {
        st = eg_query_path(whole, (uint32_t)a, (uint32_t)b, &path, &npath, err);
    }
    if (st == EG_OK) {
        st = eg_query_stats(whole, &s, err);
    }
    disarm(r);
    fprintf(t.f, "find %ld %ld %ld [%s]\n", a, b, none, suggest ? suggest : "");
    for (size_t i = 0; st == EG_OK && i < nnb; i++) {
        fprintf(t.f, "nb %u %u %u %u\n", nb[i].node, nb[i].edge, nb[i].via, nb[i].hops);
    }
    for (size_t i = 0; st == EG_OK && i < npath; i++) {
        fprintf(t.f, "path %u\n", path[i]);
    }
    for (size_t i = 0; st == EG_OK && i < whole->nnodes; i++) {
        fprintf(t.f, "node %zu %g %g %.6f %.6f %lld\n", i, s.degree[i], s.strength[i],
                s.pagerank[i], s.betweenness[i], (long long)s.community[i]);
    }
    fprintf(t.f, "communities %zu %.6f\n", s.ncommunities, s.modularity);
    free(suggest);
    free(nb);
    free(path);
    eg_stats_fini(&s);
    char *txt = text_close(&t);
    *out = st == EG_OK ? txt : NULL;
    if (st != EG_OK) {
        free(txt);
    }
    return st;
}

/* The gazetteer lookups with an error path report a failed allocation as EG_ERR_NOMEM and
 * "not listed", never a poorer answer as if it were the list's, and never through the
 * swallowed-failure mark. */
static void test_gaz_nomem(void)
{
    const eg_gazetteer *g = eg_gazetteer_default(); /* made before any fault */
    const char *name = "General Motors Corp";
    /* non-ASCII words: the match allocates only for their keys */
    const char *words[] = {"C\xC3\xB4te", "d\xE2\x80\x99Ivoire", "Federal", "Reserve"};
    const uint32_t lens[] = {5, 10, 7, 7};
    int32_t ref_e, ref_m;
    size_t ref_len;
    bool dem;
    CHECK(eg_gaz_find(g, name, strlen(name), &ref_e, &dem) == EG_OK && ref_e >= 0);
    CHECK(eg_gaz_match_at(g, words, lens, 4, 0, &ref_len, &ref_m, &dem) == EG_OK && ref_len >= 2);
    size_t failures = 0;
    for (unsigned long n = 1; n < 100; n++) {
        run r = {.n = n};
        int32_t e = 7, m = -1;
        size_t len = 0;
        arm(&r);
        eg_status s1 = eg_gaz_find(g, name, strlen(name), &e, &dem);
        disarm(&r);
        bool fired1 = r.fired, swallowed1 = r.swallowed;
        arm(&r);
        eg_status s2 = eg_gaz_match_at(g, words, lens, 4, 0, &len, &m, &dem);
        disarm(&r);
        CHECK(fired1 ? s1 == EG_ERR_NOMEM && e == -1 : s1 == EG_OK && e == ref_e);
        CHECK(r.fired ? s2 == EG_ERR_NOMEM && len <= ref_len : s2 == EG_OK && len == ref_len);
        CHECK(!swallowed1 && !r.swallowed);
        failures += fired1 + r.fired;
    }
    CHECK(failures >= 2);
}

int main(void)
{
    test_gaz_nomem();
    const char *src = getenv("EG_SRC");
    if (!mkdtemp(tmpdir)) {
        return 1;
    }
    snprintf(samples, sizeof samples, "%s/samples", src ? src : ".");
    static const char *const names[] = {"001_1202290a1e80eb19.txt", "003_0528eedcc084b2e2.txt",
                                        "004_abe042436c6ac159.txt"};
    for (int i = 0; i < 3; i++) {
        snprintf(art[i], sizeof art[i], "%s/%s", samples, names[i]);
    }
    snprintf(json_path, sizeof json_path, "%s/g.json", tmpdir);
    snprintf(graphml_path, sizeof graphml_path, "%s/g.graphml", tmpdir);
    snprintf(jsonl_path, sizeof jsonl_path, "%s/a.jsonl", tmpdir);
    FILE *f = fopen(jsonl_path, "w");
    if (!f) {
        return 1;
    }
    fputs("{\"id\": \"a1\", \"date\": \"2023-08-01\", \"title\": \"Talks\", \"text\": \"President "
          "Bola Tinubu of Nigeria met ECOWAS leaders in Abuja. Tinubu spoke to Mohamed Bazoum.\"}\n"
          "{\"id\": \"a2\", \"text\": \"Bazoum and Tinubu met again. Nigeria and Niger share a "
          "border.\"}\n",
          f);
    fclose(f);

    eg_fi_cjson_hooks();
    eg_error err = {0};
    const char *all[] = {art[0], art[1], art[2]};
    const char *in0[] = {art[0], art[1]}, *in1[] = {art[2]};
    if (build_graph(all, 3, "none", false, NULL, &whole, &err) != EG_OK ||
        build_graph(in0, 2, "none", true, NULL, &shard[0], &err) != EG_OK ||
        build_graph(in1, 1, "none", true, NULL, &shard[1], &err) != EG_OK ||
        eg_graph_save(whole, json_path, EG_FORMAT_JSON, &err) != EG_OK ||
        eg_graph_save(whole, graphml_path, EG_FORMAT_GRAPHML, &err) != EG_OK) {
        fprintf(stderr, "setup: %s\n", err.msg);
        return 1;
    }
    CHECK(whole->nnodes > 5 && whole->nedges > 5);

    sweep("build", sc_build, false);
    sweep("build_shard", sc_build_shard, false);
    sweep("build_jsonl", sc_build_public, true);
    sweep("load_json", sc_load_json, false);
    sweep("load_json_noev", sc_load_json_noev, false);
    sweep("load_graphml", sc_load_graphml, true);
    sweep("save", sc_save, false);
    sweep("merge", sc_merge, false);
    sweep("merge_shards", sc_merge_shards, false);
    sweep("query", sc_query, false);
    sweep("model_load", sc_model, false);
    sweep("build_model", sc_build_model, true);

    eg_graph_destroy(whole);
    eg_graph_destroy(shard[0]);
    eg_graph_destroy(shard[1]);
    unlink(json_path);
    unlink(graphml_path);
    unlink(jsonl_path);
    rmdir(tmpdir);
    return check_done();
}
