/*
 * cmd_query.c - questions on a built graph: `neighbors`, `path`, `stats`, and `merge` of
 * shard graphs. Each loads a GraphML or JSON graph written by `build`.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

/* flags: EG_LOAD_NO_EVIDENCE when the answer shows no evidence (loads faster) */
static int load(const char *path, eg_graph **g, unsigned flags)
{
    eg_error err = {0};
    if (eg_graph_load_ex(g, path, flags, &err) != EG_OK) {
        return cli_fail(&err);
    }
    return cli_time_apply(*g);
}

/* Print one evidence sentence: "[doc] sentence", and for a dated article of the document
 * table "[doc, 2023-07-30, Title] sentence", so the reader knows where and when. */
static void print_one_evidence(const eg_graph *g, const eg_edge *e, size_t q, const char *indent)
{
    const char *doc = eg_edge_evidence_doc(e, q), *sentence = eg_edge_evidence_sentence(e, q);
    eg_article d;
    char date[11];
    if (eg_graph_article(&d, g, doc, NULL) == EG_OK && d.date) {
        printf("%s[%s, %s%s%s] %s\n", indent, doc, eg_date_format(d.date, date),
               d.title ? ", " : "", d.title ? d.title : "", sentence);
    } else {
        printf("%s[%s] %s\n", indent, doc, sentence);
    }
}

static void print_evidence(const eg_graph *g, const eg_edge *e, const char *indent)
{
    for (size_t q = 0; q < eg_edge_evidence_count(e); q++) {
        print_one_evidence(g, e, q, indent);
    }
}

/* A JSON answer of the library (eg_*_write_json) on stdout: its exit status. */
static int json_status(eg_status st, const eg_error *err)
{
    return st == EG_OK ? EG_EXIT_OK : cli_fail(err); /* main() reports a failed write */
}

/* The neighbors as a table on stdout. */
static void neighbors_text(const eg_graph *g, const eg_neighbors *nb, size_t k, size_t shown,
                           unsigned depth, bool evidence)
{
    const eg_node *me = eg_graph_node(g, k);
    size_t n = eg_neighbors_count(nb);
    const char *type = eg_etype_name(eg_node_type(me));
    if (depth > 1) {
        printf("%s (%s): %zu entities within %u hops\n", eg_node_label(me), type, n, depth);
    } else {
        printf("%s (%s): %zu neighbor%s\n", eg_node_label(me), type, n, n == 1 ? "" : "s");
    }
    printf("  %6s %5s %7s  %-12s %s\n", "weight", "docs", "npmi", "type", "entity");
    for (size_t i = 0; i < shown; i++) {
        const eg_edge *e = eg_graph_edge(g, eg_neighbors_edge(nb, i));
        const eg_node *o = eg_graph_node(g, eg_neighbors_node(nb, i));
        printf("  %6u %5u %7.3f  %-12s %s", eg_edge_weight(e), eg_edge_documents(e),
               eg_edge_npmi(e), eg_etype_name(eg_node_type(o)), eg_node_label(o));
        unsigned hops = eg_neighbors_hops(nb, i);
        if (hops > 1) {
            printf("  (%u hops, via %s)", hops,
                   eg_node_label(eg_graph_node(g, eg_neighbors_via(nb, i))));
        }
        putchar('\n');
        if (evidence) {
            print_evidence(g, e, "         ");
        }
    }
    if (shown < n) {
        printf("  ... %zu more (--limit)\n", n - shown);
    }
}

static const char neighbors_help[] =
    "usage: entgraph neighbors GRAPH NAME [--depth K] [--limit N] [--evidence] [--json]\n\n"
    "The entities connected to NAME (any of its aliases, any case, with or without\n"
    "diacritics), strongest first.\n\n"
    "options:\n"
    "  -d, --depth K      neighbours up to K hops away (default 1)\n"
    "  -l, --limit N      show at most N\n"
    "  -e, --evidence     print the sentences behind each connection\n"
    "      --json         machine-readable output\n" CLI_TIME_HELP;

int cmd_neighbors(int argc, char **argv)
{
    unsigned depth = 1;
    size_t limit = 0;
    bool evidence = false, json = false;
    const cli_opt opts[] = {
        {"depth", 'd', CLI_UNSIGNED, &depth, 1, 100, "--depth must be 1 to 100"},
        {"limit", 'l', CLI_SIZE, &limit, 0, SIZE_MAX, NULL},
        {"evidence", 'e', CLI_FLAG, &evidence, 0, 0, NULL},
        {"json", 'J', CLI_FLAG, &json, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
        CLI_TIME_OPTS,
    };
    const cli_command cmd = {.verb = "neighbors", .shortopts = ":d:l:eh", .help = neighbors_help,
                             CLI_OPTS(opts), .args_error = "expected GRAPH and NAME",
                             .min_args = 2, .max_args = 2};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    eg_graph *g = NULL;
    if (load(argv[optind], &g, evidence ? 0 : EG_LOAD_NO_EVIDENCE)) {
        return EG_EXIT_ERROR;
    }
    long k = cli_find_entity(g, argv[optind], argv[optind + 1]);
    if (k < 0) {
        eg_graph_destroy(g);
        return EG_EXIT_ERROR;
    }
    eg_error err = {0};
    eg_neighbors *nb = NULL;
    if (eg_neighbors_create(&nb, g, (size_t)k, depth, &err) != EG_OK) {
        eg_graph_destroy(g);
        return cli_fail(&err);
    }
    size_t n = eg_neighbors_count(nb);
    size_t shown = limit && limit < n ? limit : n;
    rc = EG_EXIT_OK;
    if (json) {
        rc = json_status(eg_neighbors_write_json(stdout, g, (size_t)k, nb, limit, evidence, &err),
                         &err);
    } else {
        neighbors_text(g, nb, (size_t)k, shown, depth, evidence);
    }
    eg_neighbors_destroy(nb);
    eg_graph_destroy(g);
    return rc;
}

/* The path as text on stdout: one line a hop and its first evidence sentence. */
static void path_text(const eg_graph *g, const eg_path *p, const char *la, const char *lb)
{
    size_t n = eg_path_length(p);
    printf("%s -> %s: %zu hop%s\n", la, lb, n, n == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++) {
        const eg_edge *e = eg_graph_edge(g, eg_path_edge(p, i));
        uint32_t docs = eg_edge_documents(e);
        printf("  %s -- %s (weight %u, %u document%s)\n",
               eg_node_label(eg_graph_node(g, eg_path_node(p, i))),
               eg_node_label(eg_graph_node(g, eg_path_node(p, i + 1))), eg_edge_weight(e), docs,
               docs == 1 ? "" : "s");
        if (eg_edge_evidence_count(e)) {
            print_one_evidence(g, e, 0, "      ");
        }
    }
}

static const char path_help[] =
    "usage: entgraph path GRAPH A B [--json]\n\n"
    "The strongest chain of connections from A to B: the shortest path when a\n"
    "connection seen in w windows has length 1/w. Each hop shows one sentence.\n\n"
    "options:\n" CLI_TIME_HELP;

int cmd_path(int argc, char **argv)
{
    bool json = false;
    const cli_opt opts[] = {
        {"json", 'J', CLI_FLAG, &json, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
        CLI_TIME_OPTS,
    };
    const cli_command cmd = {.verb = "path", .shortopts = ":h", .help = path_help,
                             CLI_OPTS(opts), .args_error = "expected GRAPH, A and B",
                             .min_args = 3, .max_args = 3};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    eg_graph *g = NULL;
    if (load(argv[optind], &g, 0)) {
        return EG_EXIT_ERROR;
    }
    long a = cli_find_entity(g, argv[optind], argv[optind + 1]);
    long b = a < 0 ? -1 : cli_find_entity(g, argv[optind], argv[optind + 2]);
    if (a < 0 || b < 0) {
        eg_graph_destroy(g);
        return EG_EXIT_ERROR;
    }
    eg_error err = {0};
    eg_path *p = NULL;
    eg_status st = eg_path_create(&p, g, (size_t)a, (size_t)b, &err);
    const char *la = eg_node_label(eg_graph_node(g, (size_t)a));
    const char *lb = eg_node_label(eg_graph_node(g, (size_t)b));
    rc = EG_EXIT_OK;
    if (st == EG_ERR_NOT_FOUND) {
        cli_errorf("no path between '%s' and '%s' in %s", la, lb, argv[optind]);
        rc = EG_EXIT_ERROR;
    } else if (st != EG_OK) {
        rc = cli_fail(&err);
    } else if (json) {
        rc = json_status(eg_path_write_json(stdout, g, p, &err), &err);
    } else {
        path_text(g, p, la, lb);
    }
    eg_path_destroy(p);
    eg_graph_destroy(g);
    return rc;
}

/* The nodes of g by `metric`, highest first (malloc'd, every node), or NULL. */
static size_t *top_by(const eg_graph *g, const eg_metrics *m, eg_metric metric)
{
    size_t n = eg_graph_node_count(g);
    size_t *r = malloc((n ? n : 1) * sizeof *r);
    if (r && n && eg_metrics_top(m, metric, n, r) != n) {
        free(r);
        r = NULL;
    }
    return r;
}

/* The timeline's first lines: the entity, its mentions and articles, what the graph lacks. */
static void timeline_head(const eg_node *n, const eg_timeline *t)
{
    size_t total = eg_timeline_articles(t), undated = eg_timeline_undated(t);
    size_t mentions = eg_timeline_mentions(t), undated_mentions = eg_timeline_undated_mentions(t);
    if (eg_timeline_mentions_known(t)) {
        printf("%s (%s): %zu mention%s in %zu articles, %zu undated", eg_node_label(n),
               eg_etype_name(eg_node_type(n)), mentions, mentions == 1 ? "" : "s", total,
               undated);
        printf(undated ? " (%zu mention%s)\n" : "\n", undated_mentions,
               undated_mentions == 1 ? "" : "s");
    } else {
        printf("%s (%s): %zu articles, %zu undated\n"
               "  (no mentions per article in this graph, written by an older entgraph: "
               "articles per month)\n",
               eg_node_label(n), eg_etype_name(eg_node_type(n)), total, undated);
    }
    if (total < eg_node_documents(n)) {
        printf("  (the graph lists %zu of the %u articles naming it, the first by id)\n", total,
               eg_node_documents(n));
    }
}

/* `stats --timeline NAME`: a table of the months with a bar of their mentions. */
static void timeline_text(const eg_node *n, const eg_timeline *t)
{
    bool counted = eg_timeline_mentions_known(t);
    size_t nm = eg_timeline_month_count(t);
    uint32_t most = 0;
    for (size_t i = 0; i < nm; i++) {
        uint32_t c = eg_timeline_month_mentions(t, i);
        most = c > most ? c : most;
    }
    timeline_head(n, t);
    if (nm) {
        printf(counted ? "  month    mentions  articles\n" : "  month    articles\n");
    }
    for (size_t i = 0; i < nm; i++) {
        uint32_t ym = eg_timeline_month(t, i), c = eg_timeline_month_mentions(t, i),
                 a = eg_timeline_month_articles(t, i);
        char m[16];
        snprintf(m, sizeof m, "%04u-%02u", ym / 100, ym % 100);
        if (counted) {
            printf("  %s %9u %9u", m, c, a);
        } else {
            printf("  %s %9u", m, a);
        }
        /* at most 60 marks: scaled to the busiest month when it has more */
        uint32_t bar = most <= 60 ? c : (uint32_t)(((uint64_t)c * 60 + most - 1) / most);
        fputs(bar ? "  " : "", stdout);
        for (uint32_t b = 0; b < bar; b++) {
            putchar('#');
        }
        putchar('\n');
    }
}

/* `stats --timeline NAME`: the mentions of NAME per month and the articles naming it (its
 * documents, dated by the graph's document table; a node lists at most EG_MAX_EDGE_DOCS). A
 * graph saved before nodes kept their mentions per document gives the articles alone, and
 * says so. */
static int timeline(const eg_graph *g, const char *path, const char *name, bool json)
{
    long k = cli_find_entity(g, path, name);
    if (k < 0) {
        return EG_EXIT_ERROR;
    }
    eg_error err = {0};
    eg_timeline *t = NULL;
    if (eg_timeline_create(&t, g, (size_t)k, &err) != EG_OK) {
        return cli_fail(&err);
    }
    const eg_node *n = eg_graph_node(g, (size_t)k);
    int rc = EG_EXIT_OK;
    if (json) {
        rc = json_status(eg_timeline_write_json(stdout, g, (size_t)k, t, &err), &err);
    } else {
        timeline_text(n, t);
    }
    eg_timeline_destroy(t);
    return rc;
}

/* What `stats` shows of a graph and its metrics. */
typedef struct stats_view {
    const eg_graph *g;
    const eg_metrics *s;
    size_t nn, ne;              /* entities, edges */
    unsigned ndocs;             /* documents */
    const char *window;         /* the co-occurrence window's name */
    size_t per[EG_NTYPES];      /* entities per type */
    size_t show;                /* the top N shown, and at most N communities */
    size_t ncomm;               /* communities */
    double cutoff, modularity;  /* betweenness path cutoff (0: exact), Leiden's modularity */
    const size_t *by_strength;  /* every node, strongest first, or NULL (out of memory) */
} stats_view;

static const eg_metric metric_list[] = {EG_METRIC_DEGREE, EG_METRIC_STRENGTH, EG_METRIC_PAGERANK,
                                        EG_METRIC_BETWEENNESS};

/* The communities, largest first, with their strongest members (at most 8 named). */
static void stats_text_communities(const stats_view *v)
{
    printf("\n%zu communities (Leiden, modularity %.3f)%s\n", v->ncomm, v->modularity,
           v->ncomm > v->show ? ", largest first:" : ":");
    for (size_t k = 0; v->by_strength && k < v->ncomm && k < v->show; k++) {
        size_t cnt = 0;
        for (size_t i = 0; i < v->nn; i++) {
            cnt += eg_metrics_community(v->s, i) == k;
        }
        printf("  %2zu. (%zu) ", k + 1, cnt);
        size_t listed = 0;
        for (size_t i = 0; i < v->nn && listed < 8; i++) {
            if (eg_metrics_community(v->s, v->by_strength[i]) == k) {
                printf("%s%s", listed ? ", " : "",
                       eg_node_label(eg_graph_node(v->g, v->by_strength[i])));
                listed++;
            }
        }
        printf("%s\n", cnt > listed ? ", ..." : "");
    }
}

static void stats_text(const stats_view *v)
{
    printf("%zu entities, %zu edges, %u documents (window: %s)\n", v->nn, v->ne, v->ndocs,
           v->window);
    printf("types: PERSON %zu, COUNTRY %zu, ORGANIZATION %zu, LOCATION %zu\n",
           v->per[EG_PERSON], v->per[EG_COUNTRY], v->per[EG_ORGANIZATION], v->per[EG_LOCATION]);
    char btitle[96];
    snprintf(btitle, sizeof btitle,
             v->cutoff > 0 ? "betweenness (approximate: paths up to length %g)" : "betweenness",
             v->cutoff);
    const char *titles[] = {"degree", "weighted degree", "PageRank", btitle};
    for (int m = 0; m < 4; m++) {
        size_t *r = top_by(v->g, v->s, metric_list[m]);
        printf("\ntop %zu by %s:\n", v->show, titles[m]);
        for (size_t i = 0; r && i < v->show; i++) {
            printf("  %2zu. %-40s %12.4f\n", i + 1, eg_node_label(eg_graph_node(v->g, r[i])),
                   eg_metrics_value(v->s, metric_list[m], r[i]));
        }
        free(r);
    }
    stats_text_communities(v);
}

/* The sizes, top entities and communities of g, as text or JSON. */
static int stats_show(const eg_graph *g, size_t top, bool json)
{
    eg_error err = {0};
    eg_metrics *s = NULL;
    if (eg_metrics_compute(&s, g, &err) != EG_OK) {
        return cli_fail(&err);
    }
    if (json) {
        int rc = json_status(eg_metrics_write_json(stdout, g, s, top, &err), &err);
        eg_metrics_destroy(s);
        return rc;
    }
    stats_view v = {.g = g, .s = s, .nn = eg_graph_node_count(g), .ne = eg_graph_edge_count(g),
                    .ndocs = (unsigned)eg_graph_document_count(g),
                    .window = eg_window_name(eg_graph_window(g)),
                    .ncomm = eg_metrics_community_count(s),
                    .cutoff = eg_metrics_betweenness_cutoff(s),
                    .modularity = eg_metrics_modularity(s)};
    for (size_t i = 0; i < v.nn; i++) {
        v.per[eg_node_type(eg_graph_node(g, i))]++;
    }
    v.show = top < v.nn ? top : v.nn;
    /* communities: members ordered by strength */
    size_t *by_strength = top_by(g, s, EG_METRIC_STRENGTH);
    v.by_strength = by_strength;
    stats_text(&v);
    free(by_strength);
    eg_metrics_destroy(s);
    return EG_EXIT_OK;
}

static const char stats_help[] =
    "usage: entgraph stats GRAPH [--top N] [--timeline NAME] [--json]\n\n"
    "Sizes, entities per type, the top N (default 10) entities by degree,\n"
    "weighted degree, PageRank and betweenness (edge length 1/weight), and the\n"
    "communities found by Leiden (modularity) with their strongest members.\n\n"
    "options:\n"
    "      --timeline NAME  instead: the mentions of NAME per month, and the articles\n"
    "                     naming it (dated by the graph's document table)\n" CLI_TIME_HELP;

int cmd_stats(int argc, char **argv)
{
    const char *tl = NULL;
    bool json = false;
    size_t top = 10;
    const cli_opt opts[] = {
        {"top", 't', CLI_SIZE, &top, 0, 100000, NULL},
        {"timeline", 'T', CLI_STR, &tl, 0, 0, NULL},
        {"json", 'J', CLI_FLAG, &json, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
        CLI_TIME_OPTS,
    };
    const cli_command cmd = {.verb = "stats", .shortopts = ":t:h", .help = stats_help,
                             CLI_OPTS(opts), .args_error = "expected GRAPH", .min_args = 1,
                             .max_args = 1};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    eg_graph *g = NULL;
    if (load(argv[optind], &g, tl ? 0 : EG_LOAD_NO_EVIDENCE)) {
        return EG_EXIT_ERROR;
    }
    rc = tl ? timeline(g, argv[optind], tl, json) : stats_show(g, top, json);
    eg_graph_destroy(g);
    return rc;
}

/* Load every GRAPH (a file may hold several JSON graphs back to back) into *gs (malloc'd, *n
 * of them); an exit status after printing any error, *gs holding what was loaded. */
static int merge_load(char **paths, size_t npaths, eg_graph ***gs, size_t *n)
{
    eg_error err = {0};
    size_t cap = npaths;
    *n = 0;
    *gs = calloc(npaths, sizeof **gs);
    if (!*gs) {
        cli_errorf("out of memory");
        return EG_EXIT_ERROR;
    }
    for (size_t i = 0; i < npaths; i++) {
        eg_graph **part = NULL;
        size_t np = 0;
        if (eg_graph_load_many(&part, &np, paths[i], 0, &err) != EG_OK) {
            return cli_fail(&err);
        }
        eg_graph **grown = *n + np > cap ? realloc(*gs, (*n + np) * sizeof **gs) : *gs;
        if (!grown) {
            for (size_t k = 0; k < np; k++) {
                eg_graph_destroy(part[k]);
            }
            free(part);
            cli_errorf("out of memory");
            return EG_EXIT_ERROR;
        }
        *gs = grown;
        cap = *n + np > cap ? *n + np : cap;
        memcpy(*gs + *n, part, np * sizeof *part);
        *n += np;
        free(part);
    }
    return EG_EXIT_OK;
}

static const char merge_help[] =
    "usage: entgraph merge GRAPH... [-o OUT] [--format F] [--shard]\n\n"
    "Combine graphs built from separate shards of a corpus (disjoint sets of\n"
    "articles): the same entity becomes one node, weights and counts add up,\n"
    "aliases, documents and evidence are united, and cross-article alias\n"
    "resolution runs again over the whole. Each -o (it may be repeated) is\n"
    "written in the format of its extension; without -o, JSON goes to stdout.\n"
    "A GRAPH may be - (standard input) and may hold several JSON graphs back\n"
    "to back (what 'hadoop fs -getmerge' writes). Every query command reads -.\n"
    "When every GRAPH was built with --shard, the result is byte for byte the\n"
    "graph one build of all their articles gives; --shard keeps the state in\n"
    "the result too (for a merge of merges).\n";

/* --format F of merge. */
static int merge_format(void *ud, int c, const char *value)
{
    (void)c;
    int *format = ud;
    *format = eg_format_parse(value);
    return *format < 0 ? cli_usage_error("merge", "unknown format '%s'", value) : 0;
}

/* The options of merge; CLI_GO or the exit status (after --help or a usage error). */
static int merge_options(int argc, char **argv, cli_list *out, bool *keep_state, int *format)
{
    const cli_opt opts[] = {
        {"output", 'o', CLI_LIST, out, 0, 0, NULL},
        {"format", 'f', CLI_CALL, NULL, 0, 0, NULL},
        {"shard", 's', CLI_FLAG, keep_state, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
    };
    const cli_command cmd = {.verb = "merge", .shortopts = ":o:f:h", .help = merge_help,
                             CLI_OPTS(opts), .call = merge_format, .ud = format,
                             .args_error = "expected at least one GRAPH", .min_args = 1,
                             .max_args = CLI_ANY_ARGS};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    for (size_t i = 0; i < out->n && *format < 0; i++) {
        if (eg_format_from_path(out->items[i]) < 0) {
            return cli_usage_error(cmd.verb, "%s: unknown output extension", out->items[i]);
        }
    }
    return CLI_GO;
}

/* The merged graph into each -o (its extension's format, or --format), or JSON on stdout. */
static int merge_write(const eg_graph *m, const cli_list *out, int format)
{
    eg_error err = {0};
    for (size_t i = 0; i < (out->n ? out->n : 1); i++) {
        const char *path = out->n ? out->items[i] : "-";
        int f = format >= 0 ? format : out->n ? eg_format_from_path(path) : EG_FORMAT_JSON;
        if (eg_graph_save(m, path, (eg_format)f, &err) != EG_OK) {
            return cli_fail(&err);
        }
    }
    return EG_EXIT_OK;
}

int cmd_merge(int argc, char **argv)
{
    const char *outputs[16];
    cli_list out = {outputs, 0, 16, "at most 16 outputs"};
    bool keep_state = false;
    int format = -1;
    int rc = merge_options(argc, argv, &out, &keep_state, &format);
    if (rc != CLI_GO) {
        return rc;
    }
    eg_graph **gs = NULL, *m = NULL;
    size_t n = 0;
    eg_error err = {0};
    rc = merge_load(argv + optind, (size_t)(argc - optind), &gs, &n);
    if (rc != EG_EXIT_OK) {
        goto done;
    }
    bool states = n > 0;
    for (size_t i = 0; i < n; i++) {
        states = states && eg_graph_is_shard(gs[i]);
    }
    if (keep_state && !states) {
        rc = cli_usage_error("merge", "--shard: every GRAPH must be built with --shard");
        goto done;
    }
    if (eg_graph_merge(gs, n, keep_state, &m, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    eg_outfile_batch_begin(); /* every -o is replaced, or none */
    rc = cli_outputs_end(merge_write(m, &out, format));
done:
    for (size_t i = 0; i < n; i++) {
        eg_graph_destroy(gs[i]);
    }
    free(gs);
    eg_graph_destroy(m);
    return rc;
}
