/*
 * timefilter.c - `--since DATE` / `--until DATE` for build and every query. build drops the
 * articles outside the period (and the undated ones) as it reads; a query keeps the entities and
 * connections seen at least once in the period (their first..last span overlaps it).
 */
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

cli_period cli_time = {0, 0};

int cli_time_option(const char *verb, int c, const char *arg)
{
    uint32_t d = eg_date_parse(arg);
    if (!d) {
        return cli_usage_error(verb, "%s: not a date '%s' (expected ISO 8601, YYYY-MM-DD)",
                               c == CLI_OPT_SINCE ? "--since" : "--until", arg);
    }
    if (c == CLI_OPT_SINCE) {
        cli_time.since = d;
    } else {
        /* "--until 2023-08" means to the end of August */
        size_t n = strlen(arg);
        cli_time.until = n == 4 ? d + 1130 : n == 7 ? d + 30 : d;
    }
    return 0;
}

static bool overlaps(uint32_t first, uint32_t last)
{
    return first && (!cli_time.until || first <= cli_time.until) &&
           (!cli_time.since || last >= cli_time.since);
}

int cli_time_apply(eg_graph *g)
{
    if (!cli_time.since && !cli_time.until) {
        return 0;
    }
    size_t nn = eg_graph_node_count(g), ne = eg_graph_edge_count(g);
    bool *kn = malloc((nn ? nn : 1) * sizeof *kn);
    bool *ke = malloc((ne ? ne : 1) * sizeof *ke);
    eg_error err = {0};
    eg_status st = EG_OK;
    if (!kn || !ke) {
        st = eg_error_set(&err, EG_ERR_NOMEM, "out of memory");
    } else {
        for (size_t i = 0; i < nn; i++) {
            const eg_node *n = eg_graph_node(g, i);
            kn[i] = overlaps(eg_node_first_seen(n), eg_node_last_seen(n));
        }
        for (size_t i = 0; i < ne; i++) {
            const eg_edge *e = eg_graph_edge(g, i);
            ke[i] = overlaps(eg_edge_first_seen(e), eg_edge_last_seen(e));
        }
        st = eg_graph_keep(g, kn, ke, &err);
    }
    free(kn);
    free(ke);
    return st == EG_OK ? 0 : cli_fail(&err);
}
