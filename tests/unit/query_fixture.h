/*
 * query_fixture.h - load a graph of tests/query/ through the public API (for the tests that
 * link against the shared library); NULL, with the error on stderr, when it does not load.
 */
#ifndef EG_TEST_QUERY_FIXTURE_H
#define EG_TEST_QUERY_FIXTURE_H

#include <entgraph/entgraph.h>
#include <stdio.h>

#include "check.h"

static inline eg_graph *load(const char *name)
{
    char rel[256], path[512];
    snprintf(rel, sizeof rel, "tests/query/%s", name);
    check_src_path(path, sizeof path, rel);
    eg_graph *g = NULL;
    eg_error err;
    if (eg_graph_load(&g, path, &err) != EG_OK) {
        fprintf(stderr, "%s\n", err.msg);
    }
    return g;
}

#endif
