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

#include "../graph.h"
#include "../query.h"
#include "../util.h"
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
    char *sug = NULL;
    long k = eg_query_find(g, name, &sug);
    if (k < 0) {
        if (sug) {
            cli_errorf("no entity named '%s' in %s; did you mean: %s?", name, graph_path, sug);
        } else {
            cli_errorf("no entity named '%s' in %s", name, graph_path);
        }
    }
    free(sug);
    return k;
}

/* Print one evidence sentence: "[doc] sentence", and for a dated article of the document
 * table "[doc, 2023-07-30, Title] sentence", so the reader knows where and when. */
static void print_one_evidence(const eg_graph *g, const eg_evidence *ev, const char *indent)
{
    const eg_document *d = NULL;
    for (size_t i = 0; i < g->ndoctab && !d; i++) {
        d = strcmp(g->doctab[i].id, ev->doc) == 0 ? &g->doctab[i] : NULL;
    }
    char date[11];
    if (d && d->date) {
        printf("%s[%s, %s%s%s] %s\n", indent, ev->doc, eg_date_format(d->date, date),
               d->title ? ", " : "", d->title ? d->title : "", ev->sentence);
    } else {
        printf("%s[%s] %s\n", indent, ev->doc, ev->sentence);
    }
}

static void print_evidence(const eg_graph *g, const eg_edge *e, const char *indent)
{
    for (size_t q = 0; q < e->nev; q++) {
        print_one_evidence(g, &e->ev[q], indent);
    }
}

static cJSON *node_json(const eg_node *n)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", n->id);
    cJSON_AddStringToObject(o, "label", n->label);
    cJSON_AddStringToObject(o, "type", eg_etype_name(n->type));
    cJSON_AddNumberToObject(o, "mentions", n->mentions);
    cJSON_AddNumberToObject(o, "documents", n->documents);
    return o;
}

static cJSON *evidence_json(const eg_edge *e)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t q = 0; q < e->nev; q++) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "doc", e->ev[q].doc);
        cJSON_AddStringToObject(x, "sentence", e->ev[q].sentence);
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
    eg_neighbor *nb = NULL;
    size_t n = 0;
    if (eg_query_neighbors(g, (uint32_t)k, (unsigned)depth, &nb, &n, &err) != EG_OK) {
        eg_graph_destroy(g);
        return cli_fail(&err);
    }
    size_t shown = limit && limit < n ? limit : n;
    const eg_node *me = &g->nodes[k];
    int rc = EG_EXIT_OK;
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "entity", node_json(me));
        cJSON *arr = cJSON_AddArrayToObject(o, "neighbors");
        for (size_t i = 0; i < shown; i++) {
            const eg_edge *e = &g->edges[nb[i].edge];
            cJSON *x = node_json(&g->nodes[nb[i].node]);
            cJSON_AddNumberToObject(x, "hops", nb[i].hops);
            if (nb[i].hops > 1) {
                cJSON_AddStringToObject(x, "via", g->nodes[nb[i].via].id);
            }
            cJSON_AddNumberToObject(x, "weight", e->weight);
            cJSON_AddNumberToObject(x, "edge_documents", e->documents);
            cJSON_AddNumberToObject(x, "npmi", e->npmi);
            if (evidence) {
                cJSON_AddItemToObject(x, "evidence", evidence_json(e));
            }
            cJSON_AddItemToArray(arr, x);
        }
        rc = print_json(o);
    } else {
        if (depth > 1) {
            printf("%s (%s): %zu entities within %lu hops\n", me->label,
                   eg_etype_name(me->type), n, depth);
        } else {
            printf("%s (%s): %zu neighbor%s\n", me->label, eg_etype_name(me->type), n,
                   n == 1 ? "" : "s");
        }
        printf("  %6s %5s %7s  %-12s %s\n", "weight", "docs", "npmi", "type", "entity");
        for (size_t i = 0; i < shown; i++) {
            const eg_edge *e = &g->edges[nb[i].edge];
            const eg_node *o = &g->nodes[nb[i].node];
            printf("  %6u %5u %7.3f  %-12s %s", e->weight, e->documents, e->npmi,
                   eg_etype_name(o->type), o->label);
            if (nb[i].hops > 1) {
                printf("  (%u hops, via %s)", nb[i].hops, g->nodes[nb[i].via].label);
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
    free(nb);
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
    uint32_t *edges = NULL;
    size_t n = 0;
    if (eg_query_path(g, (uint32_t)a, (uint32_t)b, &edges, &n, &err) != EG_OK) {
        eg_graph_destroy(g);
        return cli_fail(&err);
    }
    int rc = EG_EXIT_OK;
    if (n == 0 && a != b) {
        cli_errorf("no path between '%s' and '%s' in %s", g->nodes[a].label, g->nodes[b].label,
                   argv[optind]);
        rc = EG_EXIT_ERROR;
    } else if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "from", node_json(&g->nodes[a]));
        cJSON_AddItemToObject(o, "to", node_json(&g->nodes[b]));
        cJSON *hops = cJSON_AddArrayToObject(o, "hops");
        uint32_t cur = (uint32_t)a;
        for (size_t i = 0; i < n; i++) {
            const eg_edge *e = &g->edges[edges[i]];
            uint32_t next = e->source == cur ? e->target : e->source;
            cJSON *h = cJSON_CreateObject();
            cJSON_AddStringToObject(h, "from", g->nodes[cur].id);
            cJSON_AddStringToObject(h, "to", g->nodes[next].id);
            cJSON_AddNumberToObject(h, "weight", e->weight);
            if (e->nev) {
                cJSON_AddStringToObject(h, "doc", e->ev[0].doc);
                cJSON_AddStringToObject(h, "sentence", e->ev[0].sentence);
            }
            cJSON_AddItemToArray(hops, h);
            cur = next;
        }
        rc = print_json(o);
    } else {
        printf("%s -> %s: %zu hop%s\n", g->nodes[a].label, g->nodes[b].label, n,
               n == 1 ? "" : "s");
        uint32_t cur = (uint32_t)a;
        for (size_t i = 0; i < n; i++) {
            const eg_edge *e = &g->edges[edges[i]];
            uint32_t next = e->source == cur ? e->target : e->source;
            printf("  %s -- %s (weight %u, %u document%s)\n", g->nodes[cur].label,
                   g->nodes[next].label, e->weight, e->documents, e->documents == 1 ? "" : "s");
            if (e->nev) {
                print_one_evidence(g, &e->ev[0], "      ");
            }
            cur = next;
        }
    }
    free(edges);
    eg_graph_destroy(g);
    return rc;
}

typedef struct ranked {
    uint32_t node;
    double v;
} ranked;

static const eg_graph *rank_graph;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->v != b->v) {
        return a->v > b->v ? -1 : 1;
    }
    return strcmp(rank_graph->nodes[a->node].id, rank_graph->nodes[b->node].id);
}

static ranked *top_by(const eg_graph *g, const double *v)
{
    ranked *r = malloc((g->nnodes ? g->nnodes : 1) * sizeof *r);
    for (size_t i = 0; r && i < g->nnodes; i++) {
        r[i] = (ranked){(uint32_t)i, v[i]};
    }
    rank_graph = g;
    if (r) {
        eg_sort(r, g->nnodes, sizeof *r, cmp_ranked);
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
    const eg_node *n = &g->nodes[k];
    bool counted = n->doc_mentions != NULL || n->ndocs == 0;
    eg_strmap date_of = {0}, seen = {0}, months = {0}, marts = {0};
    size_t undated = 0, total = 0;
    size_t mentions = 0, undated_mentions = 0;
    bool ok = true;
    for (size_t i = 0; ok && i < g->ndoctab; i++) {
        const eg_document *d = &g->doctab[i];
        ok = eg_strmap_put(&date_of, d->id, strlen(d->id), d->date);
    }
    for (size_t q = 0; ok && q < n->ndocs; q++) {
        const char *doc = n->docs[q];
        if (eg_strmap_has(&seen, doc, strlen(doc))) {
            continue;
        }
        ok = eg_strmap_put(&seen, doc, strlen(doc), 1);
        uint32_t m = counted ? n->doc_mentions[q] : 1;
        total++;
        mentions += m;
        uint32_t date = eg_strmap_get(&date_of, doc, strlen(doc), 0);
        if (!date) {
            undated++;
            undated_mentions += m;
            continue;
        }
        char ym[8];
        eg_date_month(date, ym);
        ok = ok && eg_strmap_put(&months, ym, 7, eg_strmap_get(&months, ym, 7, 0) + m) &&
             eg_strmap_put(&marts, ym, 7, eg_strmap_get(&marts, ym, 7, 0) + 1);
    }
    /* months in order, empty months between them included */
    uint32_t first = UINT32_MAX, last = 0, most = 0;
    for (size_t i = 0; i < months.cap; i++) {
        const char *key;
        size_t kl;
        uint32_t v;
        if (eg_strmap_slot(&months, i, &key, &kl, &v)) {
            uint32_t ym = (uint32_t)atoi(key) * 100 + (uint32_t)atoi(key + 5);
            first = ym < first ? ym : first;
            last = ym > last ? ym : last;
            most = v > most ? v : most;
        }
    }
    cJSON *o = json ? cJSON_CreateObject() : NULL;
    cJSON *arr = o ? cJSON_AddArrayToObject(o, "months") : NULL;
    if (json) {
        cJSON_AddStringToObject(o, "id", n->id);
        cJSON_AddStringToObject(o, "label", n->label);
        cJSON_AddBoolToObject(o, "mentions_known", counted);
        if (counted) {
            cJSON_AddNumberToObject(o, "mentions", (double)mentions);
        }
        cJSON_AddNumberToObject(o, "articles", (double)total);
        cJSON_AddNumberToObject(o, "undated", (double)undated);
        if (counted) {
            cJSON_AddNumberToObject(o, "undated_mentions", (double)undated_mentions);
        }
        cJSON_AddNumberToObject(o, "articles_total", n->documents);
    } else if (counted) {
        printf("%s (%s): %zu mention%s in %zu articles, %zu undated", n->label,
               eg_etype_name(n->type), mentions, mentions == 1 ? "" : "s", total, undated);
        printf(undated ? " (%zu mention%s)\n" : "\n", undated_mentions,
               undated_mentions == 1 ? "" : "s");
    } else {
        printf("%s (%s): %zu articles, %zu undated\n"
               "  (no mentions per article in this graph, written by an older entgraph: "
               "articles per month)\n",
               n->label, eg_etype_name(n->type), total, undated);
    }
    if (!json && total < n->documents) {
        printf("  (the graph lists %zu of the %u articles naming it, the first by id)\n", total,
               n->documents);
    }
    if (!json && last) {
        printf(counted ? "  month    mentions  articles\n" : "  month    articles\n");
    }
    for (uint32_t ym = first; ok && last && ym <= last;
         ym = ym % 100 == 12 ? (ym / 100 + 1) * 100 + 1 : ym + 1) {
        char m[16];
        snprintf(m, sizeof m, "%04u-%02u", ym / 100, ym % 100);
        uint32_t c = eg_strmap_get(&months, m, 7, 0), a = eg_strmap_get(&marts, m, 7, 0);
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
    eg_strmap_fini(&date_of);
    eg_strmap_fini(&seen);
    eg_strmap_fini(&months);
    eg_strmap_fini(&marts);
    if (!ok) {
        cJSON_Delete(o);
        cli_errorf("out of memory");
        return EG_EXIT_ERROR;
    }
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
    eg_stats s;
    if (eg_query_stats(g, &s, &err) != EG_OK) {
        eg_graph_destroy(g);
        return cli_fail(&err);
    }
    size_t per[EG_NTYPES] = {0};
    for (size_t i = 0; i < g->nnodes; i++) {
        per[g->nodes[i].type]++;
    }
    const char *names[] = {"degree", "weighted_degree", "pagerank", "betweenness"};
    const double *vals[] = {s.degree, s.strength, s.pagerank, s.betweenness};
    size_t show = top < g->nnodes ? top : g->nnodes;
    int rc = EG_EXIT_OK;
    /* communities: members ordered by strength */
    ranked *by_strength = top_by(g, s.strength);
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "entities", (double)g->nnodes);
        cJSON_AddNumberToObject(o, "edges", (double)g->nedges);
        cJSON_AddNumberToObject(o, "documents", g->ndocuments);
        cJSON_AddStringToObject(o, "window", eg_window_name(g->window));
        cJSON *t = cJSON_AddObjectToObject(o, "types");
        for (int k = 0; k < EG_NTYPES; k++) {
            cJSON_AddNumberToObject(t, eg_etype_name((eg_etype)k), (double)per[k]);
        }
        if (s.betweenness_cutoff > 0) {
            cJSON_AddNumberToObject(o, "betweenness_cutoff", s.betweenness_cutoff);
        }
        cJSON *tops = cJSON_AddObjectToObject(o, "top");
        for (int m = 0; m < 4; m++) {
            ranked *r = top_by(g, vals[m]);
            cJSON *arr = cJSON_AddArrayToObject(tops, names[m]);
            for (size_t i = 0; r && i < show; i++) {
                cJSON *x = cJSON_CreateObject();
                cJSON_AddStringToObject(x, "id", g->nodes[r[i].node].id);
                cJSON_AddStringToObject(x, "label", g->nodes[r[i].node].label);
                cJSON_AddNumberToObject(x, "value", round(r[i].v * 1e6) / 1e6);
                cJSON_AddItemToArray(arr, x);
            }
            free(r);
        }
        cJSON *cm = cJSON_AddObjectToObject(o, "communities");
        cJSON_AddStringToObject(cm, "algorithm", "leiden-modularity");
        cJSON_AddNumberToObject(cm, "count", (double)s.ncommunities);
        cJSON_AddNumberToObject(cm, "modularity", round(s.modularity * 1e6) / 1e6);
        cJSON *list = cJSON_AddArrayToObject(cm, "list");
        for (size_t k = 0; by_strength && k < s.ncommunities && k < show; k++) {
            cJSON *members = cJSON_CreateArray();
            for (size_t i = 0; i < g->nnodes; i++) {
                if (s.community[by_strength[i].node] == (int64_t)k) {
                    cJSON_AddItemToArray(members,
                                         cJSON_CreateString(g->nodes[by_strength[i].node].id));
                }
            }
            cJSON_AddItemToArray(list, members);
        }
        rc = print_json(o);
    } else {
        printf("%zu entities, %zu edges, %u documents (window: %s)\n", g->nnodes, g->nedges,
               g->ndocuments, eg_window_name(g->window));
        printf("types: PERSON %zu, COUNTRY %zu, ORGANIZATION %zu, LOCATION %zu\n",
               per[EG_PERSON], per[EG_COUNTRY], per[EG_ORGANIZATION], per[EG_LOCATION]);
        char btitle[96];
        snprintf(btitle, sizeof btitle,
                 s.betweenness_cutoff > 0 ? "betweenness (approximate: paths up to length %g)"
                                          : "betweenness",
                 s.betweenness_cutoff);
        const char *titles[] = {"degree", "weighted degree", "PageRank", btitle};
        for (int m = 0; m < 4; m++) {
            ranked *r = top_by(g, vals[m]);
            printf("\ntop %zu by %s:\n", show, titles[m]);
            for (size_t i = 0; r && i < show; i++) {
                printf("  %2zu. %-40s %12.4f\n", i + 1, g->nodes[r[i].node].label, r[i].v);
            }
            free(r);
        }
        printf("\n%zu communities (Leiden, modularity %.3f)%s\n", s.ncommunities, s.modularity,
               s.ncommunities > show ? ", largest first:" : ":");
        for (size_t k = 0; by_strength && k < s.ncommunities && k < show; k++) {
            size_t cnt = 0;
            for (size_t i = 0; i < g->nnodes; i++) {
                cnt += s.community[i] == (int64_t)k;
            }
            printf("  %2zu. (%zu) ", k + 1, cnt);
            size_t listed = 0;
            for (size_t i = 0; i < g->nnodes && listed < 8; i++) {
                if (s.community[by_strength[i].node] == (int64_t)k) {
                    printf("%s%s", listed ? ", " : "", g->nodes[by_strength[i].node].label);
                    listed++;
                }
            }
            printf("%s\n", cnt > listed ? ", ..." : "");
        }
    }
    free(by_strength);
    eg_stats_fini(&s);
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
        if (!EG_GROW(gs, cap, ng + np)) {
            for (size_t k = 0; k < np; k++) {
                eg_graph_destroy(part[k]);
            }
            free(part);
            cli_errorf("out of memory");
            goto done;
        }
        memcpy(gs + ng, part, np * sizeof *part);
        ng += np;
        free(part);
    }
    n = ng;
    bool states = n > 0;
    for (size_t i = 0; i < n; i++) {
        states = states && gs[i]->shard;
    }
    if (keep_state && !states) {
        rc = cli_usage_error(verb, "--shard: every GRAPH must be built with --shard");
        goto done;
    }
    if ((states ? eg_shards_merge(gs, n, keep_state, &m, &err)
                : eg_query_merge(gs, n, &m, &err)) != EG_OK ||
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
