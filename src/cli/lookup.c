/*
 * lookup.c - an entity of a loaded graph by any of its names, for the query commands: the
 * library's eg_graph_find() with the CLI's message (it names the graph's file) when there is
 * none, and "out of memory" (not "no entity") when the lookup itself failed.
 */
#include <stdio.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

long cli_find_entity(const eg_graph *g, const char *graph_path, const char *name)
{
    size_t k = 0;
    eg_error err = {0};
    eg_status st = eg_graph_find(&k, g, name, &err);
    if (st == EG_OK) {
        return (long)k;
    }
    if (st == EG_ERR_NOMEM) { /* not "no entity": the lookup could not be done */
        cli_errorf("out of memory");
        return -1;
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
