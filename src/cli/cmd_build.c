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

static const char build_help[] =
    "usage: entgraph build [OPTIONS] INPUT...\n"
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
    "  -h, --help             this text\n";

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

/* What `build` was asked for. */
typedef struct build_args {
    const char *outputs[16];
    cli_list out;           /* -o: the files to write, in their order */
    int format;             /* --format, or -1: each output's extension */
    eg_build_options bo;
    eg_filter filt;         /* --min-weight, --min-mentions, --top */
    cli_draw_opts draw;     /* pictures */
    bool quiet;
    const char *alias_path; /* --aliases, or NULL */
} build_args;

enum { OPT_MINW = 256, OPT_MINM, OPT_TOP, OPT_STRICT, OPT_MAXB, OPT_JSONL, OPT_MAXN, OPT_LAYOUT,
       OPT_TIMEOUT, OPT_REPEATS, OPT_SHARD };

/* The options that are words: --format, --window, --types, --repeats. */
static int build_option(void *ud, int c, const char *value)
{
    build_args *a = ud;
    const char *verb = "build";
    switch (c) {
    case 'f':
        a->format = eg_format_parse(value);
        if (a->format < 0) {
            return cli_usage_error(verb, "unknown format '%s' (json, graphml, gexf, cyjs, dot, "
                                         "csv)", value);
        }
        return 0;
    case 'w':
        if (strcmp(value, "sentence") == 0) {
            a->bo.window = EG_WINDOW_SENTENCE;
        } else if (strcmp(value, "paragraph") == 0) {
            a->bo.window = EG_WINDOW_PARAGRAPH;
        } else if (strcmp(value, "document") == 0) {
            a->bo.window = EG_WINDOW_DOCUMENT;
        } else {
            return cli_usage_error(verb, "unknown window '%s' (sentence, paragraph, document)",
                                   value);
        }
        return 0;
    case 't':
        return cli_parse_types(verb, value, &a->bo.types) ? EG_EXIT_USAGE : 0;
    default: /* OPT_REPEATS */
        if (strcmp(value, "once") != 0 && strcmp(value, "each") != 0) {
            return cli_usage_error(verb, "unknown --repeats '%s' (once, each)", value);
        }
        a->bo.count_repeats = strcmp(value, "each") == 0;
        return 0;
    }
}

/* The options into `a`; CLI_GO or the exit status (after --help or a usage error). */
static int build_options(build_args *a, int argc, char **argv)
{
    const cli_opt opts[] = {
        {"output", 'o', CLI_LIST, &a->out, 0, 0, NULL},
        {"format", 'f', CLI_CALL, NULL, 0, 0, NULL},
        {"window", 'w', CLI_CALL, NULL, 0, 0, NULL},
        {"types", 't', CLI_CALL, NULL, 0, 0, NULL},
        {"evidence", 'e', CLI_UNSIGNED, &a->bo.evidence, 0, 1000, NULL},
        {"repeats", OPT_REPEATS, CLI_CALL, NULL, 0, 0, NULL},
        {"shard", OPT_SHARD, CLI_SET, &a->bo.shard, 0, 0, NULL},
        {"min-weight", OPT_MINW, CLI_U32, &a->filt.min_weight, 0, UINT32_MAX, NULL},
        {"min-mentions", OPT_MINM, CLI_U32, &a->filt.min_mentions, 0, UINT32_MAX, NULL},
        {"top", OPT_TOP, CLI_SIZE, &a->filt.top, 1, SIZE_MAX, "--top needs a positive number"},
        {"max-nodes", OPT_MAXN, CLI_SIZE, &a->draw.max_nodes, 1, 100000,
         "--max-nodes must be positive"},
        {"layout", OPT_LAYOUT, CLI_STR, &a->draw.layout, 0, 0, NULL},
        {"timeout", OPT_TIMEOUT, CLI_UNSIGNED, &a->draw.timeout, 0, 86400, NULL},
        CLI_TIME_OPTS,
        {"model", 'm', CLI_STR, &a->bo.model_path, 0, 0, NULL},
        {"aliases", 'a', CLI_STR, &a->alias_path, 0, 0, NULL},
        {"threads", 'j', CLI_UNSIGNED, &a->bo.threads, 1, 64, "--threads needs 1 to 64"},
        {"strict", OPT_STRICT, CLI_SET, &a->bo.strict, 0, 0, NULL},
        {"jsonl", OPT_JSONL, CLI_SET, &a->bo.stdin_jsonl, 0, 0, NULL},
        {"max-article-bytes", OPT_MAXB, CLI_SIZE, &a->bo.max_article_bytes, 1, SIZE_MAX,
         "--max-article-bytes must be positive"},
        {"quiet", 'q', CLI_FLAG, &a->quiet, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
    };
    const cli_command cmd = {.verb = "build", .shortopts = ":o:f:w:t:e:m:a:j:qh",
                             .help = build_help, CLI_OPTS(opts), .call = build_option, .ud = a,
                             .args_error = "no input (give files, directories, .jsonl or -)",
                             .min_args = 1, .max_args = CLI_ANY_ARGS};
    return cli_getopt(&cmd, argc, argv);
}

/* The options' combinations, before any work: each output's format, --shard. */
static int build_check(const build_args *a)
{
    const char *verb = "build";
    for (size_t i = 0; i < a->out.n; i++) {
        if (a->format < 0 && eg_format_from_path(a->outputs[i]) < 0 &&
            !eg_render_format_from_path(a->outputs[i])) {
            return cli_usage_error(verb, "%s: unknown output extension (use .json, .graphml, "
                                         ".gexf, .cyjs, .dot, .csv, .svg, .png, .pdf, .html "
                                         "or --format)", a->outputs[i]);
        }
    }
    if (a->bo.shard &&
        (a->alias_path || a->filt.min_weight || a->filt.min_mentions || a->filt.top)) {
        return cli_usage_error(verb, "--shard: not with --aliases, --min-weight, "
                                     "--min-mentions or --top (merge the whole first)");
    }
    return 0;
}

/* Write g: JSON on stdout without -o, the data files, then the pictures (they cut the graph,
 * the same cut for each); an exit status after printing any error. */
static int build_write(build_args *a, eg_graph *g)
{
    eg_error err = {0};
    if (a->out.n == 0 &&
        eg_graph_save(g, "-", a->format < 0 ? EG_FORMAT_JSON : (eg_format)a->format, &err) !=
            EG_OK) {
        return cli_fail(&err);
    }
    for (size_t i = 0; i < a->out.n; i++) {
        const char *path = a->outputs[i];
        const char *pic = a->format < 0 ? eg_render_format_from_path(path) : NULL;
        if (!pic && eg_graph_save(g, path,
                                  (eg_format)(a->format >= 0 ? a->format
                                                             : eg_format_from_path(path)),
                                  &err) != EG_OK) {
            return cli_fail(&err);
        }
    }
    a->draw.total_nodes = eg_graph_node_count(g);
    a->draw.total_edges = eg_graph_edge_count(g);
    for (size_t i = 0; i < a->out.n; i++) {
        const char *pic = a->format < 0 ? eg_render_format_from_path(a->outputs[i]) : NULL;
        if (pic && cli_draw(g, a->outputs[i], pic, &a->draw) != EG_EXIT_OK) {
            return EG_EXIT_ERROR;
        }
    }
    return EG_EXIT_OK;
}

/* The summary on stderr (unless --quiet): what was read, kept, dropped and written. */
static void build_summary(const build_args *a, const eg_build_report *stats, size_t dn,
                          size_t de)
{
    fprintf(stderr, "%zu articles (%llu tokens), %zu entities, %zu edges", stats->documents,
            (unsigned long long)stats->tokens, a->draw.total_nodes, a->draw.total_edges);
    if (stats->skipped) {
        fprintf(stderr, ", %zu skipped", stats->skipped);
    }
    if (dn || de) {
        fprintf(stderr, " (filters dropped %zu entities, %zu edges)", dn, de);
    }
    fputc('\n', stderr);
    for (size_t i = 0; i < a->out.n; i++) {
        fprintf(stderr, "wrote %s\n", a->outputs[i]);
    }
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Build from the inputs argv[optind..], filter and write; an exit status. */
static int build_run(build_args *a, int argc, char **argv)
{
    eg_error err = {0};
    eg_graph *g = NULL;
    eg_aliasfile *af = NULL;
    int rc = EG_EXIT_ERROR;
    if (a->alias_path && eg_aliasfile_load(&af, a->alias_path, &err) != EG_OK) {
        return cli_fail(&err);
    }
    a->bo.aliases = af;
    eg_build_report stats;
    if (eg_build_ex(&g, (const char *const *)argv + optind, (size_t)(argc - optind), &a->bo,
                    &stats, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    struct timespec t_out;
    clock_gettime(CLOCK_MONOTONIC, &t_out);
    if (!a->quiet && stats.capped_windows) {
        fprintf(stderr, "entgraph: warning: %zu windows had more than 100 entities; only the "
                        "first 100 of each were paired\n", stats.capped_windows);
    }
    size_t dn = 0, de = 0;
    if ((a->filt.min_weight || a->filt.min_mentions || a->filt.top) &&
        eg_graph_filter(g, &a->filt, &dn, &de, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    if (stats.documents == 0) {
        cli_errorf("no articles found in the input");
        goto done;
    }
    eg_outfile_batch_begin(); /* every -o is replaced, or none */
    rc = cli_outputs_end(build_write(a, g));
    if (rc != EG_EXIT_OK) {
        goto done;
    }
    if (getenv("EG_TIMING")) {
        fprintf(stderr, "timing: articles %.3f s, cross-article resolution %.3f s, output %.3f s\n",
                stats.read_seconds, stats.resolve_seconds, seconds_since(&t_out));
    }
    if (!a->quiet) {
        build_summary(a, &stats, dn, de);
    }
done:
    eg_graph_destroy(g);
    eg_aliasfile_destroy(af);
    return rc;
}

int cmd_build(int argc, char **argv)
{
    build_args a = {.format = -1, .draw = CLI_DRAW_DEFAULTS};
    a.out = (cli_list){a.outputs, 0, 16, "at most 16 outputs"};
    eg_build_options_init(&a.bo);
    a.bo.warning = cli_warn;
    a.bo.max_article_bytes = 16u << 20;
    int rc = build_options(&a, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    rc = build_check(&a);
    if (rc) {
        return rc;
    }
    const char *named[] = {a.alias_path, a.bo.model_path};
    if (cli_check_outputs(a.outputs, a.out.n, (const char *const *)argv + optind,
                          (size_t)(argc - optind)) ||
        cli_check_outputs(a.outputs, a.out.n, named, 2)) {
        return EG_EXIT_ERROR;
    }
    a.bo.progress = !a.quiet && isatty(STDERR_FILENO) ? progress_line : NULL;
    a.bo.since = cli_time.since;
    a.bo.until = cli_time.until;
    return build_run(&a, argc, argv);
}
