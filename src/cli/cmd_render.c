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

static const char render_help[] =
    "usage: entgraph render GRAPH -o FILE.svg|png|pdf|html [OPTIONS]\n\n"
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
    CLI_TIME_HELP;

/* What `render` was asked for. */
typedef struct render_args {
    const char *out, *ego, *format;
    unsigned depth;
    cli_draw_opts draw;
} render_args;

/* The options into `a`, and the picture's format into *fmt; CLI_GO or the exit status (after
 * --help or a usage error). */
static int render_options(render_args *a, int argc, char **argv, const char **fmt)
{
    const cli_opt opts[] = {
        {"output", 'o', CLI_STR, &a->out, 0, 0, NULL},
        {"layout", 'l', CLI_STR, &a->draw.layout, 0, 0, NULL},
        {"max-nodes", 'n', CLI_SIZE, &a->draw.max_nodes, 1, 100000,
         "--max-nodes must be positive"},
        {"min-weight", 'w', CLI_U32, &a->draw.min_weight, 0, UINT32_MAX, NULL},
        {"ego", 'e', CLI_STR, &a->ego, 0, 0, NULL},
        {"depth", 'd', CLI_UNSIGNED, &a->depth, 1, 10, "--depth must be 1 to 10"},
        {"timeout", 't', CLI_UNSIGNED, &a->draw.timeout, 0, 86400, NULL},
        {"format", 'f', CLI_STR, &a->format, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
        CLI_TIME_OPTS,
    };
    const char *verb = "render";
    const cli_command cmd = {.verb = verb, .shortopts = ":o:l:n:w:e:d:t:f:h",
                             .help = render_help, CLI_OPTS(opts),
                             .args_error = "expected GRAPH", .min_args = 1, .max_args = 1};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    if (!a->out) {
        return cli_usage_error(verb, "missing -o FILE.svg|png|pdf");
    }
    *fmt = a->format ? a->format : eg_render_format_from_path(a->out);
    if (!*fmt || (strcmp(*fmt, "svg") != 0 && strcmp(*fmt, "png") != 0 &&
                  strcmp(*fmt, "pdf") != 0 && strcmp(*fmt, "html") != 0)) {
        return cli_usage_error(verb, "%s: the picture must be .svg, .png, .pdf or .html (or "
                                     "--format)", a->out);
    }
    return CLI_GO;
}

/* --ego: cut g to the neighbourhood of the entity a->ego names, and set a->draw.ego to its id
 * (malloc'd into *ego_id, kept across the cut); an exit status after printing any error. */
static int render_cut_ego(render_args *a, eg_graph *g, const char *path, char **ego_id)
{
    long k = cli_find_entity(g, path, a->ego);
    if (k < 0) {
        return EG_EXIT_ERROR;
    }
    eg_error err = {0};
    eg_neighbors *nb = NULL;
    size_t nn = eg_graph_node_count(g);
    bool *keep = calloc(nn ? nn : 1, sizeof *keep);
    if (!keep) {
        cli_errorf("out of memory");
        return EG_EXIT_ERROR;
    }
    int rc = EG_EXIT_ERROR;
    if (eg_neighbors_create(&nb, g, (size_t)k, a->depth, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    keep[k] = true;
    for (size_t i = 0; i < eg_neighbors_count(nb); i++) {
        keep[eg_neighbors_node(nb, i)] = true;
    }
    eg_neighbors_destroy(nb);
    *ego_id = strdup(eg_node_id(eg_graph_node(g, (size_t)k)));
    if (!*ego_id) {
        cli_errorf("out of memory");
        goto done;
    }
    if (eg_graph_keep(g, keep, NULL, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    a->draw.ego = *ego_id;
    rc = EG_EXIT_OK;
done:
    free(keep);
    return rc;
}

int cmd_render(int argc, char **argv)
{
    render_args a = {.depth = 1, .draw = CLI_DRAW_DEFAULTS};
    const char *fmt = NULL;
    int rc = render_options(&a, argc, argv, &fmt);
    if (rc != CLI_GO) {
        return rc;
    }
    if (cli_check_outputs(&a.out, 1, (const char *const *)argv + optind, 1)) {
        return EG_EXIT_ERROR;
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
    char *ego_id = NULL;
    a.draw.total_nodes = eg_graph_node_count(g);
    a.draw.total_edges = eg_graph_edge_count(g);
    rc = a.ego ? render_cut_ego(&a, g, argv[optind], &ego_id) : EG_EXIT_OK;
    if (rc == EG_EXIT_OK) {
        rc = cli_draw(g, a.out, fmt, &a.draw);
    }
    if (rc == EG_EXIT_OK) {
        fprintf(stderr, "wrote %s\n", a.out);
    }
    free(ego_id);
    eg_graph_destroy(g);
    return rc;
}
