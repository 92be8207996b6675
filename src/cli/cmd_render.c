/*
 * cmd_render.c - `entgraph render GRAPH -o FILE.svg|png|pdf`: a legible relationship diagram.
 * Big graphs are cut to the strongest entities (and the command says what it left out), an
 * entity's neighbourhood can be drawn alone, and the layout runs under a time limit.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

int cmd_render(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},   {"layout", required_argument, NULL, 'l'},
        {"max-nodes", required_argument, NULL, 'n'}, {"min-weight", required_argument, NULL, 'w'},
        {"ego", required_argument, NULL, 'e'},      {"depth", required_argument, NULL, 'd'},
        {"timeout", required_argument, NULL, 't'},  {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},           CLI_TIME_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    const char *verb = "render", *out = NULL, *layout = NULL, *ego = NULL, *format = NULL;
    unsigned long max_nodes = 150, min_weight = 0, depth = 1, timeout = 60, v = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:l:n:w:e:d:t:f:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            out = optarg;
            break;
        case 'l':
            layout = optarg;
            break;
        case 'n':
            if (cli_parse_range(verb, "--max-nodes", optarg, 1, 100000,
                                "--max-nodes must be positive", &max_nodes)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'w':
            if (cli_parse_uint(verb, "--min-weight", optarg, UINT32_MAX, &min_weight)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'e':
            ego = optarg;
            break;
        case 'd':
            if (cli_parse_range(verb, "--depth", optarg, 1, 10, "--depth must be 1 to 10", &v)) {
                return EG_EXIT_USAGE;
            }
            depth = v;
            break;
        case 't':
            if (cli_parse_uint(verb, "--timeout", optarg, 86400, &timeout)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'f':
            format = optarg;
            break;
        case CLI_OPT_SINCE:
        case CLI_OPT_UNTIL:
            if (cli_time_option(verb, c, optarg)) {
                return EG_EXIT_USAGE;
            }
            break;
        case 'h':
            fputs("usage: entgraph render GRAPH -o FILE.svg|png|pdf|html [OPTIONS]\n\n"
                  "Draw a relationship diagram of a graph written by `build` with Graphviz:\n"
                  "shape and colour by type (with a legend), text size by mentions, edge width by\n"
                  "weight. Layout neato up to 150 entities, sfdp with overlap removal above.\n\n"
                  "options:\n"
                  "  -o, --output FILE    the picture; its extension picks svg, png or pdf, or\n"
                  "                       html: an interactive view (search, filters, evidence)\n"
                  "                       in one self-contained file\n"
                  "  -f, --format F       svg, png, pdf or html (overrides the extension)\n"
                  "  -l, --layout L       a Graphviz engine: neato, sfdp, fdp, dot, circo, twopi\n"
                  "  -n, --max-nodes N    draw at most N entities, strongest first (default 150)\n"
                  "  -w, --min-weight W   drop connections seen in fewer than W windows\n"
                  "  -e, --ego NAME       draw NAME's neighbourhood only (any alias)\n"
                  "  -d, --depth K        with --ego: K hops (default 1)\n"
                  "  -t, --timeout S      stop the layout after S seconds (default 60; 0: never)\n"
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
    if (!out) {
        return cli_usage_error(verb, "missing -o FILE.svg|png|pdf");
    }
    const char *fmt = format ? format : eg_render_format_from_path(out);
    if (!fmt || (strcmp(fmt, "svg") != 0 && strcmp(fmt, "png") != 0 && strcmp(fmt, "pdf") != 0 &&
                 strcmp(fmt, "html") != 0)) {
        return cli_usage_error(verb, "%s: the picture must be .svg, .png, .pdf or .html (or "
                                     "--format)", out);
    }
    eg_graph *g = NULL;
    eg_error err = {0};
    if (eg_graph_load(&g, argv[optind], &err) != EG_OK) {
        return cli_fail(&err);
    }
    if (cli_time_apply(g)) {
        eg_graph_destroy(g);
        return EG_EXIT_ERROR;
    }
    int rc = EG_EXIT_ERROR;
    size_t total_nodes = eg_graph_node_count(g), total_edges = eg_graph_edge_count(g);
    bool *keep = NULL;
    char *ego_id = NULL;
    if (ego) {
        long k = cli_find_entity(g, argv[optind], ego);
        if (k < 0) {
            goto done;
        }
        eg_neighbors *nb = NULL;
        keep = calloc(total_nodes ? total_nodes : 1, sizeof *keep);
        if (!keep || eg_neighbors_create(&nb, g, (size_t)k, (unsigned)depth, &err) != EG_OK ||
            (keep[k] = true, false)) {
            rc = keep ? cli_fail(&err) : (cli_errorf("out of memory"), EG_EXIT_ERROR);
            goto done;
        }
        for (size_t i = 0; i < eg_neighbors_count(nb); i++) {
            keep[eg_neighbors_node(nb, i)] = true;
        }
        eg_neighbors_destroy(nb);
        ego_id = strdup(eg_node_id(eg_graph_node(g, (size_t)k))); /* kept across the cut */
        if (!ego_id || eg_graph_keep(g, keep, NULL, &err) != EG_OK) {
            rc = ego_id ? cli_fail(&err) : (cli_errorf("out of memory"), EG_EXIT_ERROR);
            goto done;
        }
    }
    cli_draw_opts dopt = {.layout = layout, .max_nodes = max_nodes,
                          .min_weight = (uint32_t)min_weight, .timeout = (unsigned)timeout,
                          .ego = ego_id, .total_nodes = total_nodes, .total_edges = total_edges};
    if (cli_draw(g, out, fmt, &dopt) != EG_EXIT_OK) {
        goto done;
    }
    fprintf(stderr, "wrote %s\n", out);
    rc = EG_EXIT_OK;
done:
    free(keep);
    free(ego_id);
    eg_graph_destroy(g);
    return rc;
}
