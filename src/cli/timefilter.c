/*
 * timefilter.c - `--since DATE` / `--until DATE` for build and every query. build drops the
 * articles outside the period (and the undated ones) as it reads; a query keeps the entities and
 * connections seen at least once in the period (their first..last span overlaps it).
 */
#include <stdlib.h>
#include <string.h>

#include "../dates.h"
#include "../filter.h"
#include "../graph.h"
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
    bool *kn = malloc((g->nnodes ? g->nnodes : 1) * sizeof *kn);
    bool *ke = malloc((g->nedges ? g->nedges : 1) * sizeof *ke);
    eg_error err = {0};
    eg_status st = EG_OK;
    if (!kn || !ke) {
        st = eg_error_set(&err, EG_ERR_NOMEM, "out of memory");
    } else {
        for (size_t i = 0; i < g->nnodes; i++) {
            kn[i] = overlaps(g->nodes[i].first_seen, g->nodes[i].last_seen);
        }
        for (size_t i = 0; i < g->nedges; i++) {
            ke[i] = overlaps(g->edges[i].first_seen, g->edges[i].last_seen);
        }
        st = eg_graph_keep(g, kn, ke, &err);
    }
    free(kn);
    free(ke);
    return st == EG_OK ? 0 : cli_fail(&err);
}
