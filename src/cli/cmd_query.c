/*
 * cmd_query.c - questions on a built graph: `neighbors`, `path`, `stats`, and `merge` of
 * shard graphs. Each loads a GraphML or JSON graph written by `build`.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <math.h>

#include <cJSON.h>
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

long cli_find_entity(const eg_graph *g, const char *graph_path, const char *name)
{
    size_t k = 0;
    eg_error err = {0};
    if (eg_graph_find(&k, g, name, &err) == EG_OK) {
        return (long)k;
    }
    /* "no entity named 'NAME'[; did you mean: ...?]": the CLI names the graph's file after it */
    char head[64];
    int hn = snprintf(head, sizeof head, "no entity named '");
    size_t nl = strlen(name);
    if (err.code == EG_ERR_NOT_FOUND && strncmp(err.msg, head, (size_t)hn) == 0 &&
        strncmp(err.msg + hn, name, nl) == 0 && err.msg[hn + nl] == '\'') {
        cli_errorf("no entity named '%s' in %s%s", name, graph_path, err.msg + hn + nl + 1);
    } else {
        cli_fail(&err);
    }
    return -1;
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

static cJSON *node_json(const eg_node *n)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", eg_node_id(n));
    cJSON_AddStringToObject(o, "label", eg_node_label(n));
    cJSON_AddStringToObject(o, "type", eg_etype_name(eg_node_type(n)));
    cJSON_AddNumberToObject(o, "mentions", eg_node_mentions(n));
    cJSON_AddNumberToObject(o, "documents", eg_node_documents(n));
    return o;
}

static cJSON *evidence_json(const eg_edge *e)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t q = 0; q < eg_edge_evidence_count(e); q++) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "doc", eg_edge_evidence_doc(e, q));
        cJSON_AddStringToObject(x, "sentence", eg_edge_evidence_sentence(e, q));
        cJSON_AddItemToArray(a, x);
    }
    return a;
}

static int print_json(cJSON *o)
{
    char *txt = cJSON_Print(o);
    cJSON_Delete(o);
    if (!txt) {
        cli_errorf("out of memory");
        return EG_EXIT_ERROR;
    }
    puts(txt);
    free(txt);
    return EG_EXIT_OK; /* main() reports a failed write */
}

int cmd_neighbors(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"depth", required_argument, NULL, 'd'}, {"limit", required_argument, NULL, 'l'},
        {"evidence", no_argument, NULL, 'e'},    {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},        CLI_TIME_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    const char *verb = "neighbors";
    unsigned long depth = 1, limit = 0, v = 0;
    bool evidence = false, json = false;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":d:l:eh", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (cli_parse_range(verb, "--depth", optarg, 1, 100, "--depth must be 1 to 100", &v)) {
                return EG_EXIT_USAGE;
            }
            depth = v;
            break;
        case 'l':
            if (cli_parse_uint(verb, "--limit", optarg, SIZE_MAX, &limit)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'e':
            evidence = true;
            break;
        case 'J':
            json = true;
            break;
        case CLI_OPT_SINCE:
        case CLI_OPT_UNTIL:
            if (cli_time_option(verb, c, optarg)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'h':
            fputs("usage: entgraph neighbors GRAPH NAME [--depth K] [--limit N] [--evidence] "
                  "[--json]\n\n"
                  "The entities connected to NAME (any of its aliases, any case, with or without\n"
                  "diacritics), strongest first.\n\n"
                  "options:\n"
                  "  -d, --depth K      neighbours up to K hops away (default 1)\n"
                  "  -l, --limit N      show at most N\n"
                  "  -e, --evidence     print the sentences behind each connection\n"
                  "      --json         machine-readable output\n" CLI_TIME_HELP,
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (argc - optind != 2) {
        return cli_usage_error(verb, "expected GRAPH and NAME");
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
    if (eg_neighbors_create(&nb, g, (size_t)k, (unsigned)depth, &err) != EG_OK) {
        eg_graph_destroy(g);
        return cli_fail(&err);
    }
    size_t n = eg_neighbors_count(nb);
    size_t shown = limit && limit < n ? limit : n;
    const eg_node *me = eg_graph_node(g, (size_t)k);
    int rc = EG_EXIT_OK;
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "entity", node_json(me));
        cJSON *arr = cJSON_AddArrayToObject(o, "neighbors");
        for (size_t i = 0; i < shown; i++) {
            const eg_edge *e = eg_graph_edge(g, eg_neighbors_edge(nb, i));
            cJSON *x = node_json(eg_graph_node(g, eg_neighbors_node(nb, i)));
            unsigned hops = eg_neighbors_hops(nb, i);
            cJSON_AddNumberToObject(x, "hops", hops);
            if (hops > 1) {
                cJSON_AddStringToObject(x, "via",
                                        eg_node_id(eg_graph_node(g, eg_neighbors_via(nb, i))));
            }
            cJSON_AddNumberToObject(x, "weight", eg_edge_weight(e));
            cJSON_AddNumberToObject(x, "edge_documents", eg_edge_documents(e));
            cJSON_AddNumberToObject(x, "npmi", eg_edge_npmi(e));
            if (evidence) {
                cJSON_AddItemToObject(x, "evidence", evidence_json(e));
            }
            cJSON_AddItemToArray(arr, x);
        }
        rc = print_json(o);
    } else {
        const char *type = eg_etype_name(eg_node_type(me));
        if (depth > 1) {
            printf("%s (%s): %zu entities within %lu hops\n", eg_node_label(me), type, n, depth);
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
    eg_neighbors_destroy(nb);
    eg_graph_destroy(g);
    return rc;
}

int cmd_path(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'J'}, {"help", no_argument, NULL, 'h'}, CLI_TIME_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *verb = "path";
    bool json = false;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'J':
            json = true;
            break;
        case CLI_OPT_SINCE:
        case CLI_OPT_UNTIL:
            if (cli_time_option(verb, c, optarg)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'h':
            fputs("usage: entgraph path GRAPH A B [--json]\n\n"
                  "The strongest chain of connections from A to B: the shortest path when a\n"
                  "connection seen in w windows has length 1/w. Each hop shows one sentence.\n\n"
                  "options:\n" CLI_TIME_HELP,
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (argc - optind != 3) {
        return cli_usage_error(verb, "expected GRAPH, A and B");
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
    int rc = EG_EXIT_OK;
    if (st == EG_ERR_NOT_FOUND) {
        cli_errorf("no path between '%s' and '%s' in %s", la, lb, argv[optind]);
        rc = EG_EXIT_ERROR;
    } else if (st != EG_OK) {
        rc = cli_fail(&err);
    } else if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "from", node_json(eg_graph_node(g, (size_t)a)));
        cJSON_AddItemToObject(o, "to", node_json(eg_graph_node(g, (size_t)b)));
        cJSON *hops = cJSON_AddArrayToObject(o, "hops");
        for (size_t i = 0; i < eg_path_length(p); i++) {
            const eg_edge *e = eg_graph_edge(g, eg_path_edge(p, i));
            cJSON *h = cJSON_CreateObject();
            cJSON_AddStringToObject(h, "from", eg_node_id(eg_graph_node(g, eg_path_node(p, i))));
            cJSON_AddStringToObject(h, "to", eg_node_id(eg_graph_node(g, eg_path_node(p, i + 1))));
            cJSON_AddNumberToObject(h, "weight", eg_edge_weight(e));
            if (eg_edge_evidence_count(e)) {
                cJSON_AddStringToObject(h, "doc", eg_edge_evidence_doc(e, 0));
                cJSON_AddStringToObject(h, "sentence", eg_edge_evidence_sentence(e, 0));
            }
            cJSON_AddItemToArray(hops, h);
        }
        rc = print_json(o);
    } else {
        size_t n = eg_path_length(p);
        printf("%s -> %s: %zu hop%s\n", la, lb, n, n == 1 ? "" : "s");
        for (size_t i = 0; i < n; i++) {
            const eg_edge *e = eg_graph_edge(g, eg_path_edge(p, i));
            uint32_t docs = eg_edge_documents(e);
            printf("  %s -- %s (weight %u, %u document%s)\n",
                   eg_node_label(eg_graph_node(g, eg_path_node(p, i))),
                   eg_node_label(eg_graph_node(g, eg_path_node(p, i + 1))), eg_edge_weight(e),
                   docs, docs == 1 ? "" : "s");
            if (eg_edge_evidence_count(e)) {
                print_one_evidence(g, e, 0, "      ");
            }
        }
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
    size_t total = eg_timeline_articles(t), undated = eg_timeline_undated(t);
    size_t mentions = eg_timeline_mentions(t), undated_mentions = eg_timeline_undated_mentions(t);
    bool counted = eg_timeline_mentions_known(t);
    size_t nm = eg_timeline_month_count(t);
    uint32_t most = 0;
    for (size_t i = 0; i < nm; i++) {
        uint32_t c = eg_timeline_month_mentions(t, i);
        most = c > most ? c : most;
    }
    cJSON *o = json ? cJSON_CreateObject() : NULL;
    cJSON *arr = o ? cJSON_AddArrayToObject(o, "months") : NULL;
    if (json) {
        cJSON_AddStringToObject(o, "id", eg_node_id(n));
        cJSON_AddStringToObject(o, "label", eg_node_label(n));
        cJSON_AddBoolToObject(o, "mentions_known", counted);
        if (counted) {
            cJSON_AddNumberToObject(o, "mentions", (double)mentions);
        }
        cJSON_AddNumberToObject(o, "articles", (double)total);
        cJSON_AddNumberToObject(o, "undated", (double)undated);
        if (counted) {
            cJSON_AddNumberToObject(o, "undated_mentions", (double)undated_mentions);
        }
        cJSON_AddNumberToObject(o, "articles_total", eg_node_documents(n));
    } else if (counted) {
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
    if (!json && total < eg_node_documents(n)) {
        printf("  (the graph lists %zu of the %u articles naming it, the first by id)\n", total,
               eg_node_documents(n));
    }
    if (!json && nm) {
        printf(counted ? "  month    mentions  articles\n" : "  month    articles\n");
    }
    for (size_t i = 0; i < nm; i++) {
        uint32_t ym = eg_timeline_month(t, i), c = eg_timeline_month_mentions(t, i),
                 a = eg_timeline_month_articles(t, i);
        char m[16];
        snprintf(m, sizeof m, "%04u-%02u", ym / 100, ym % 100);
        if (json) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "month", m);
            if (counted) {
                cJSON_AddNumberToObject(x, "mentions", c);
            }
            cJSON_AddNumberToObject(x, "articles", a);
            cJSON_AddItemToArray(arr, x);
        } else {
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
    eg_timeline_destroy(t);
    return json ? print_json(o) : EG_EXIT_OK;
}

int cmd_stats(int argc, char **argv)
{
    static const struct option longopts[] = {{"top", required_argument, NULL, 't'},
                                             {"timeline", required_argument, NULL, 'T'},
                                             {"json", no_argument, NULL, 'J'},
                                             {"help", no_argument, NULL, 'h'},
                                             CLI_TIME_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    const char *verb = "stats", *tl = NULL;
    bool json = false;
    unsigned long top = 10;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":t:h", longopts, NULL)) != -1) {
        switch (c) {
        case 't':
            if (cli_parse_uint(verb, "--top", optarg, 100000, &top)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'T':
            tl = optarg;
            break;
        case 'J':
            json = true;
            break;
        case CLI_OPT_SINCE:
        case CLI_OPT_UNTIL:
            if (cli_time_option(verb, c, optarg)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'h':
            fputs("usage: entgraph stats GRAPH [--top N] [--timeline NAME] [--json]\n\n"
                  "Sizes, entities per type, the top N (default 10) entities by degree,\n"
                  "weighted degree, PageRank and betweenness (edge length 1/weight), and the\n"
                  "communities found by Leiden (modularity) with their strongest members.\n\n"
                  "options:\n"
                  "      --timeline NAME  instead: the mentions of NAME per month, and the articles\n"
                  "                     naming it (dated by the graph's document table)\n"
                  CLI_TIME_HELP,
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (argc - optind != 1) {
        return cli_usage_error(verb, "expected GRAPH");
    }
    eg_graph *g = NULL;
    if (load(argv[optind], &g, tl ? 0 : EG_LOAD_NO_EVIDENCE)) {
        return EG_EXIT_ERROR;
    }
    if (tl) {
        int trc = timeline(g, argv[optind], tl, json);
        eg_graph_destroy(g);
        return trc;
    }
    eg_error err = {0};
    eg_metrics *s = NULL;
    if (eg_metrics_compute(&s, g, &err) != EG_OK) {
        eg_graph_destroy(g);
        return cli_fail(&err);
    }
    size_t nn = eg_graph_node_count(g), ne = eg_graph_edge_count(g);
    unsigned ndocs = (unsigned)eg_graph_document_count(g);
    const char *window = eg_window_name(eg_graph_window(g));
    size_t per[EG_NTYPES] = {0};
    for (size_t i = 0; i < nn; i++) {
        per[eg_node_type(eg_graph_node(g, i))]++;
    }
    const char *names[] = {"degree", "weighted_degree", "pagerank", "betweenness"};
    const eg_metric metrics[] = {EG_METRIC_DEGREE, EG_METRIC_STRENGTH, EG_METRIC_PAGERANK,
                                 EG_METRIC_BETWEENNESS};
    size_t show = top < nn ? top : nn;
    size_t ncomm = eg_metrics_community_count(s);
    double cutoff = eg_metrics_betweenness_cutoff(s), modularity = eg_metrics_modularity(s);
    int rc = EG_EXIT_OK;
    /* communities: members ordered by strength */
    size_t *by_strength = top_by(g, s, EG_METRIC_STRENGTH);
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "entities", (double)nn);
        cJSON_AddNumberToObject(o, "edges", (double)ne);
        cJSON_AddNumberToObject(o, "documents", ndocs);
        cJSON_AddStringToObject(o, "window", window);
        cJSON *t = cJSON_AddObjectToObject(o, "types");
        for (int k = 0; k < EG_NTYPES; k++) {
            cJSON_AddNumberToObject(t, eg_etype_name((eg_etype)k), (double)per[k]);
        }
        if (cutoff > 0) {
            cJSON_AddNumberToObject(o, "betweenness_cutoff", cutoff);
        }
        cJSON *tops = cJSON_AddObjectToObject(o, "top");
        for (int m = 0; m < 4; m++) {
            size_t *r = top_by(g, s, metrics[m]);
            cJSON *arr = cJSON_AddArrayToObject(tops, names[m]);
            for (size_t i = 0; r && i < show; i++) {
                const eg_node *x_node = eg_graph_node(g, r[i]);
                cJSON *x = cJSON_CreateObject();
                cJSON_AddStringToObject(x, "id", eg_node_id(x_node));
                cJSON_AddStringToObject(x, "label", eg_node_label(x_node));
                cJSON_AddNumberToObject(x, "value",
                                        round(eg_metrics_value(s, metrics[m], r[i]) * 1e6) / 1e6);
                cJSON_AddItemToArray(arr, x);
            }
            free(r);
        }
        cJSON *cm = cJSON_AddObjectToObject(o, "communities");
        cJSON_AddStringToObject(cm, "algorithm", "leiden-modularity");
        cJSON_AddNumberToObject(cm, "count", (double)ncomm);
        cJSON_AddNumberToObject(cm, "modularity", round(modularity * 1e6) / 1e6);
        cJSON *list = cJSON_AddArrayToObject(cm, "list");
        for (size_t k = 0; by_strength && k < ncomm && k < show; k++) {
            cJSON *members = cJSON_CreateArray();
            for (size_t i = 0; i < nn; i++) {
                if (eg_metrics_community(s, by_strength[i]) == k) {
                    cJSON_AddItemToArray(members, cJSON_CreateString(eg_node_id(
                                                      eg_graph_node(g, by_strength[i]))));
                }
            }
            cJSON_AddItemToArray(list, members);
        }
        rc = print_json(o);
    } else {
        printf("%zu entities, %zu edges, %u documents (window: %s)\n", nn, ne, ndocs, window);
        printf("types: PERSON %zu, COUNTRY %zu, ORGANIZATION %zu, LOCATION %zu\n",
               per[EG_PERSON], per[EG_COUNTRY], per[EG_ORGANIZATION], per[EG_LOCATION]);
        char btitle[96];
        snprintf(btitle, sizeof btitle,
                 cutoff > 0 ? "betweenness (approximate: paths up to length %g)" : "betweenness",
                 cutoff);
        const char *titles[] = {"degree", "weighted degree", "PageRank", btitle};
        for (int m = 0; m < 4; m++) {
            size_t *r = top_by(g, s, metrics[m]);
            printf("\ntop %zu by %s:\n", show, titles[m]);
            for (size_t i = 0; r && i < show; i++) {
                printf("  %2zu. %-40s %12.4f\n", i + 1, eg_node_label(eg_graph_node(g, r[i])),
                       eg_metrics_value(s, metrics[m], r[i]));
            }
            free(r);
        }
        printf("\n%zu communities (Leiden, modularity %.3f)%s\n", ncomm, modularity,
               ncomm > show ? ", largest first:" : ":");
        for (size_t k = 0; by_strength && k < ncomm && k < show; k++) {
            size_t cnt = 0;
            for (size_t i = 0; i < nn; i++) {
                cnt += eg_metrics_community(s, i) == k;
            }
            printf("  %2zu. (%zu) ", k + 1, cnt);
            size_t listed = 0;
            for (size_t i = 0; i < nn && listed < 8; i++) {
                if (eg_metrics_community(s, by_strength[i]) == k) {
                    printf("%s%s", listed ? ", " : "",
                           eg_node_label(eg_graph_node(g, by_strength[i])));
                    listed++;
                }
            }
            printf("%s\n", cnt > listed ? ", ..." : "");
        }
    }
    free(by_strength);
    eg_metrics_destroy(s);
    eg_graph_destroy(g);
    return rc;
}

int cmd_merge(int argc, char **argv)
{
    static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"format", required_argument, NULL, 'f'},
                                             {"shard", no_argument, NULL, 's'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *verb = "merge", *out = NULL;
    bool keep_state = false;
    int format = -1;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:f:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            out = optarg;
            break;
        case 's':
            keep_state = true;
            break;
        case 'f':
            format = eg_format_parse(optarg);
            if (format < 0) {
                return cli_usage_error(verb, "unknown format '%s'", optarg);
            }
            break;
        case 'h':
            fputs("usage: entgraph merge GRAPH... [-o OUT] [--format F] [--shard]\n\n"
                  "Combine graphs built from separate shards of a corpus (disjoint sets of\n"
                  "articles): the same entity becomes one node, weights and counts add up,\n"
                  "aliases, documents and evidence are united, and cross-article alias\n"
                  "resolution runs again over the whole. Without -o, JSON goes to stdout.\n"
                  "A GRAPH may be - (standard input) and may hold several JSON graphs back\n"
                  "to back (what 'hadoop fs -getmerge' writes). Every query command reads -.\n"
                  "When every GRAPH was built with --shard, the result is byte for byte the\n"
                  "graph one build of all their articles gives; --shard keeps the state in\n"
                  "the result too (for a merge of merges).\n",
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (optind >= argc) {
        return cli_usage_error(verb, "expected at least one GRAPH");
    }
    if (out && format < 0) {
        format = eg_format_from_path(out);
        if (format < 0) {
            return cli_usage_error(verb, "%s: unknown output extension", out);
        }
    }
    size_t n = (size_t)(argc - optind);
    eg_graph **gs = calloc(n, sizeof *gs);
    eg_graph *m = NULL;
    eg_error err = {0};
    int rc = EG_EXIT_ERROR;
    if (!gs) {
        cli_errorf("out of memory");
        return EG_EXIT_ERROR;
    }
    size_t ng = 0, cap = n;
    for (size_t i = 0; i < n; i++) {
        /* a file (or "-") may hold several JSON graphs back to back */
        eg_graph **part = NULL;
        size_t np = 0;
        if (eg_graph_load_many(&part, &np, argv[optind + (int)i], 0, &err) != EG_OK) {
            rc = cli_fail(&err);
            goto done;
        }
        eg_graph **grown = ng + np > cap ? realloc(gs, (ng + np) * sizeof *gs) : gs;
        if (!grown) {
            for (size_t k = 0; k < np; k++) {
                eg_graph_destroy(part[k]);
            }
            free(part);
            cli_errorf("out of memory");
            goto done;
        }
        gs = grown;
        cap = ng + np > cap ? ng + np : cap;
        memcpy(gs + ng, part, np * sizeof *part);
        ng += np;
        free(part);
    }
    n = ng;
    bool states = n > 0;
    for (size_t i = 0; i < n; i++) {
        states = states && eg_graph_is_shard(gs[i]);
    }
    if (keep_state && !states) {
        rc = cli_usage_error(verb, "--shard: every GRAPH must be built with --shard");
        goto done;
    }
    if (eg_graph_merge(gs, n, keep_state, &m, &err) != EG_OK ||
        eg_graph_save(m, out ? out : "-", format < 0 ? EG_FORMAT_JSON : (eg_format)format,
                      &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    rc = EG_EXIT_OK;
done:
    for (size_t i = 0; i < n; i++) {
        eg_graph_destroy(gs[i]);
    }
    free(gs);
    eg_graph_destroy(m);
    return rc;
}
