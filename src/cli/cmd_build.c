/*
 * cmd_build.c - `entgraph build [OPTIONS] INPUT...`: articles in, graph files out.
 * Several -o may be given; each picks its format from its extension (.json, .graphml,
 * .dot/.gv, .csv, and .svg/.png/.pdf drawn with Graphviz).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <entgraph/entgraph.h>

#include "commands.h"

static void build_usage(FILE *out)
{
    fputs("usage: entgraph build [OPTIONS] INPUT...\n"
          "\n"
          "Build the co-occurrence graph of people, countries and organizations in a set of\n"
          "articles. INPUT is a .txt file (one article), a directory (its *.txt and *.jsonl,\n"
          "recursively), a .jsonl file (one article per line, \"text\" required) or - (stdin).\n"
          "\n"
          "options:\n"
          "  -o, --output FILE      write the graph to FILE; the extension picks the format:\n"
          "                         .json .graphml .gexf .cyjs .dot/.gv .csv, or a drawing\n"
          "                         .svg .png .pdf, or .html (interactive); may be repeated;\n"
          "                         without -o the JSON\n"
          "                         goes to stdout\n"
          "  -f, --format FMT       json, graphml, gexf, cyjs, dot or csv (overrides the\n"
          "                         extension)\n"
          "  -w, --window W         sentence (default), paragraph or document\n"
          "  -t, --types LIST       entity types in the graph, comma-separated (default\n"
          "                         PERSON,COUNTRY,ORGANIZATION; 'all' adds LOCATION)\n"
          "  -e, --evidence N       evidence sentences kept per edge (default 3)\n"
          "      --repeats R        once (default): a sentence (window) repeated word for word\n"
          "                         in several articles adds to weights once, its documents\n"
          "                         are all listed; each: every copy counts\n"
          "      --shard            the JSON keeps the builder's state (\"shard\"): `merge`\n"
          "                         of such graphs gives the bytes of one build of them all\n"
          "      --min-weight N     drop edges seen in fewer than N windows\n"
          "      --min-mentions N   drop entities mentioned fewer than N times\n"
          "      --top N            keep only the N strongest entities\n"
          "      --since DATE       only articles dated DATE (YYYY-MM-DD, YYYY-MM, YYYY) or later\n"
          "      --until DATE       only articles dated DATE or earlier (undated articles are\n"
          "                         left out when either is given)\n"
          "pictures (.svg .png .pdf .html), as `entgraph render`:\n"
          "      --max-nodes N      draw at most N entities, strongest first (default 150)\n"
          "      --layout L         a Graphviz engine (default neato, sfdp above 150)\n"
          "      --timeout S        stop the layout after S seconds (default 60; 0: never)\n"
          "  -a, --aliases FILE     the user's alias file (JSON; see the README)\n"
          "  -m, --model FILE       NER model file (default: the built-in model; 'none': rules)\n"
          "  -j, --threads N        threads in all (default: number of cores)\n"
          "      --strict           a malformed JSONL line is an error (default: skip it)\n"
          "      --jsonl            read standard input (-) as JSON Lines, not one article\n"
          "      --max-article-bytes N  refuse larger articles (default 16 MiB)\n"
          "  -q, --quiet            no progress or summary on stderr\n"
          "  -h, --help             this text\n",
          out);
}

int cli_parse_uint(const char *verb, const char *opt, const char *s, unsigned long max,
                   unsigned long *out)
{
    char *end;
    if (!s || !*s || *s == '-') {
        return cli_usage_error(verb, "%s needs a non-negative number", opt);
    }
    unsigned long v = strtoul(s, &end, 10);
    if (*end || v > max) {
        return cli_usage_error(verb, "%s: invalid number '%s'", opt, s);
    }
    *out = v;
    return 0;
}

int cli_parse_range(const char *verb, const char *opt, const char *s, unsigned long min,
                    unsigned long max, const char *too_small, unsigned long *out)
{
    unsigned long v = 0;
    int rc = cli_parse_uint(verb, opt, s, max, &v);
    if (rc) {
        return rc;
    }
    if (v < min) {
        return cli_usage_error(verb, "%s", too_small);
    }
    *out = v;
    return 0;
}

int cli_option_error(const char *verb, int c, char **argv)
{
    if (c == ':') {
        return cli_usage_error(verb, "option '%s' needs a value", argv[optind - 1]);
    }
    if (optopt) {
        /* an unknown letter: getopt has not moved past its word when more letters follow
         * ("-Zambia"), and may have permuted argv, so argv[optind - 1] can be another
         * argument: the word is the option-looking one that holds the letter */
        const char *word = NULL;
        for (int i = optind; i >= 1 && !word; i--) {
            if (argv[i] && argv[i][0] == '-' && argv[i][1] != '-' && strchr(argv[i], optopt)) {
                word = argv[i];
            }
        }
        if (word && strlen(word) > 2) {
            return cli_usage_error(verb, "unknown option '-%c' in '%s' (a name that starts with "
                                   "'-' goes after '--')", optopt, word);
        }
        return cli_usage_error(verb, "unknown option '-%c'", optopt);
    }
    return cli_usage_error(verb, "unknown option '%s'", argv[optind - 1]);
}

int cli_parse_types(const char *verb, const char *s, unsigned *mask)
{
    *mask = 0;
    if (strcmp(s, "all") == 0) {
        *mask = EG_TYPES_ALL;
        return 0;
    }
    char *copy = strdup(s);
    if (!copy) {
        return cli_usage_error(verb, "out of memory");
    }
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        int t = eg_etype_parse(tok);
        if (t < 0) {
            int rc = cli_usage_error(verb, "unknown type '%s' (PERSON, COUNTRY, ORGANIZATION, "
                                           "LOCATION)", tok);
            free(copy);
            return rc;
        }
        *mask |= 1u << t;
    }
    free(copy);
    if (!*mask) {
        return cli_usage_error(verb, "--types needs at least one type");
    }
    return 0;
}

/* The progress line on a terminal: rewritten in place, finished with a newline. */
static void progress_line(void *ud, const eg_build_progress *p)
{
    (void)ud;
    double mb = p->bytes / 1e6;
    fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s", p->documents, mb,
            p->seconds > 0 ? mb / p->seconds : 0.0);
    if (p->total_bytes && p->bytes && !p->final) {
        double left = p->seconds * ((double)p->total_bytes / (double)p->bytes - 1.0);
        fprintf(stderr, ", about %.0f s left", left > 0 ? left : 0.0);
    }
    fputs(p->final ? "\n" : "   ", stderr);
}

int cmd_build(int argc, char **argv)
{
    enum { OPT_MINW = 256, OPT_MINM, OPT_TOP, OPT_STRICT, OPT_MAXB, OPT_JSONL, OPT_MAXN,
           OPT_LAYOUT, OPT_TIMEOUT, OPT_REPEATS, OPT_SHARD };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, 'f'},
        {"window", required_argument, NULL, 'w'},
        {"types", required_argument, NULL, 't'},
        {"evidence", required_argument, NULL, 'e'},
        {"repeats", required_argument, NULL, OPT_REPEATS},
        {"shard", no_argument, NULL, OPT_SHARD},
        {"min-weight", required_argument, NULL, OPT_MINW},
        {"min-mentions", required_argument, NULL, OPT_MINM},
        {"top", required_argument, NULL, OPT_TOP},
        {"max-nodes", required_argument, NULL, OPT_MAXN},
        {"layout", required_argument, NULL, OPT_LAYOUT},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        CLI_TIME_LONGOPTS,
        {"model", required_argument, NULL, 'm'},
        {"aliases", required_argument, NULL, 'a'},
        {"threads", required_argument, NULL, 'j'},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"jsonl", no_argument, NULL, OPT_JSONL},
        {"max-article-bytes", required_argument, NULL, OPT_MAXB},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *verb = "build";
    const char *outputs[16];
    size_t nout = 0;
    int format = -1;
    eg_build_options bo;
    eg_build_options_init(&bo);
    bo.warning = cli_warn;
    bo.max_article_bytes = 16u << 20;
    eg_filter filt = {0};
    cli_draw_opts draw = CLI_DRAW_DEFAULTS;
    bool quiet = false;
    const char *alias_path = NULL;
    unsigned long v = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:f:w:t:e:m:a:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            if (nout == 16) {
                return cli_usage_error(verb, "at most 16 outputs");
            }
            outputs[nout++] = optarg;
            break;
        case 'f':
            format = eg_format_parse(optarg);
            if (format < 0) {
                return cli_usage_error(verb, "unknown format '%s' (json, graphml, gexf, cyjs, "
                                             "dot, csv)",
                                       optarg);
            }
            break;
        case 'w':
            if (strcmp(optarg, "sentence") == 0) {
                bo.window = EG_WINDOW_SENTENCE;
            } else if (strcmp(optarg, "paragraph") == 0) {
                bo.window = EG_WINDOW_PARAGRAPH;
            } else if (strcmp(optarg, "document") == 0) {
                bo.window = EG_WINDOW_DOCUMENT;
            } else {
                return cli_usage_error(verb, "unknown window '%s' (sentence, paragraph, "
                                             "document)", optarg);
            }
            break;
        case 't':
            if (cli_parse_types(verb, optarg, &bo.types)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'e':
            if (cli_parse_uint(verb, "--evidence", optarg, 1000, &v)) {
                return EG_EXIT_USAGE;
            }
            bo.evidence = (unsigned)v;
            break;
        case OPT_REPEATS:
            if (strcmp(optarg, "once") != 0 && strcmp(optarg, "each") != 0) {
                return cli_usage_error(verb, "unknown --repeats '%s' (once, each)", optarg);
            }
            bo.count_repeats = strcmp(optarg, "each") == 0;
            break;
        case OPT_SHARD:
            bo.shard = 1;
            break;
        case OPT_MINW:
            if (cli_parse_uint(verb, "--min-weight", optarg, UINT32_MAX, &v)) {
                return EG_EXIT_USAGE;
            }
            filt.min_weight = (uint32_t)v;
            break;
        case OPT_MINM:
            if (cli_parse_uint(verb, "--min-mentions", optarg, UINT32_MAX, &v)) {
                return EG_EXIT_USAGE;
            }
            filt.min_mentions = (uint32_t)v;
            break;
        case OPT_TOP:
            if (cli_parse_range(verb, "--top", optarg, 1, SIZE_MAX,
                                "--top needs a positive number", &v)) {
                return EG_EXIT_USAGE;
            }
            filt.top = v;
            break;
        case OPT_MAXN:
            if (cli_parse_range(verb, "--max-nodes", optarg, 1, 100000,
                                "--max-nodes must be positive", &v)) {
                return EG_EXIT_USAGE;
            }
            draw.max_nodes = v;
            break;
        case OPT_LAYOUT:
            draw.layout = optarg;
            break;
        case CLI_OPT_SINCE:
        case CLI_OPT_UNTIL:
            if (cli_time_option(verb, c, optarg)) {
                return EG_EXIT_USAGE;
            }
            break;
        case OPT_TIMEOUT:
            if (cli_parse_uint(verb, "--timeout", optarg, 86400, &v)) {
                return EG_EXIT_USAGE;
            }
            draw.timeout = (unsigned)v;
            break;
        case 'm':
            bo.model_path = optarg;
            break;
        case 'a':
            alias_path = optarg;
            break;
        case 'j':
            if (cli_parse_range(verb, "--threads", optarg, 1, 64, "--threads needs 1 to 64", &v)) {
                return EG_EXIT_USAGE;
            }
            bo.threads = (unsigned)v;
            break;
        case OPT_STRICT:
            bo.strict = 1;
            break;
        case OPT_JSONL:
            bo.stdin_jsonl = 1;
            break;
        case OPT_MAXB:
            if (cli_parse_range(verb, "--max-article-bytes", optarg, 1, SIZE_MAX,
                                "--max-article-bytes must be positive", &v)) {
                return EG_EXIT_USAGE;
            }
            bo.max_article_bytes = v;
            break;
        case 'q':
            quiet = true;
            break;
        case 'h':
            build_usage(stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (optind >= argc) {
        return cli_usage_error(verb, "no input (give files, directories, .jsonl or -)");
    }
    /* check every output's format before doing any work */
    for (size_t i = 0; i < nout; i++) {
        if (format < 0 && eg_format_from_path(outputs[i]) < 0 &&
            !eg_render_format_from_path(outputs[i])) {
            return cli_usage_error(verb, "%s: unknown output extension (use .json, .graphml, "
                                         ".gexf, .cyjs, .dot, .csv, .svg, .png, .pdf, .html "
                                         "or --format)", outputs[i]);
        }
    }
    bo.progress = !quiet && isatty(STDERR_FILENO) ? progress_line : NULL;
    bo.since = cli_time.since;
    bo.until = cli_time.until;
    eg_error err = {0};
    eg_graph *g = NULL;
    eg_aliasfile *af = NULL;
    int rc = EG_EXIT_ERROR;
    if (bo.shard && (alias_path || filt.min_weight || filt.min_mentions || filt.top)) {
        return cli_usage_error(verb, "--shard: not with --aliases, --min-weight, "
                                     "--min-mentions or --top (merge the whole first)");
    }
    if (alias_path && eg_aliasfile_load(&af, alias_path, &err) != EG_OK) {
        return cli_fail(&err);
    }
    bo.aliases = af;
    eg_build_report stats;
    bool timing = getenv("EG_TIMING") != NULL;
    if (eg_build_ex(&g, (const char *const *)argv + optind, (size_t)(argc - optind), &bo, &stats,
                    &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    struct timespec ts2, ts3;
    clock_gettime(CLOCK_MONOTONIC, &ts2);
    if (!quiet && stats.capped_windows) {
        fprintf(stderr, "entgraph: warning: %zu windows had more than 100 entities; only the "
                        "first 100 of each were paired\n", stats.capped_windows);
    }
    size_t dn = 0, de = 0;
    if ((filt.min_weight || filt.min_mentions || filt.top) &&
        eg_graph_filter(g, &filt, &dn, &de, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    if (stats.documents == 0) {
        cli_errorf("no articles found in the input");
        goto done;
    }
    if (nout == 0) {
        if (eg_graph_save(g, "-", format < 0 ? EG_FORMAT_JSON : (eg_format)format, &err) !=
            EG_OK) {
            rc = cli_fail(&err);
            goto done;
        }
    }
    /* data first; pictures last, as they cut the graph (the same cut for each picture) */
    for (size_t i = 0; i < nout; i++) {
        const char *pic = format < 0 ? eg_render_format_from_path(outputs[i]) : NULL;
        if (!pic && eg_graph_save(g, outputs[i],
                                  (eg_format)(format >= 0 ? format : eg_format_from_path(outputs[i])),
                                  &err) != EG_OK) {
            rc = cli_fail(&err);
            goto done;
        }
    }
    draw.total_nodes = eg_graph_node_count(g);
    draw.total_edges = eg_graph_edge_count(g);
    for (size_t i = 0; i < nout; i++) {
        const char *pic = format < 0 ? eg_render_format_from_path(outputs[i]) : NULL;
        if (pic && cli_draw(g, outputs[i], pic, &draw) != EG_EXIT_OK) {
            goto done;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &ts3);
    if (timing) {
        double out_s = (double)(ts3.tv_sec - ts2.tv_sec) + (ts3.tv_nsec - ts2.tv_nsec) / 1e9;
        fprintf(stderr, "timing: articles %.3f s, cross-article resolution %.3f s, output %.3f s\n",
                stats.read_seconds, stats.resolve_seconds, out_s);
    }
    if (!quiet) {
        fprintf(stderr, "%zu articles (%llu tokens), %zu entities, %zu edges", stats.documents,
                (unsigned long long)stats.tokens, draw.total_nodes, draw.total_edges);
        if (stats.skipped) {
            fprintf(stderr, ", %zu skipped", stats.skipped);
        }
        if (dn || de) {
            fprintf(stderr, " (filters dropped %zu entities, %zu edges)", dn, de);
        }
        fputc('\n', stderr);
        for (size_t i = 0; i < nout; i++) {
            fprintf(stderr, "wrote %s\n", outputs[i]);
        }
    }
    rc = EG_EXIT_OK;
done:
    eg_graph_destroy(g);
    eg_aliasfile_destroy(af);
    return rc;
}
