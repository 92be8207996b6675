/*
 * test_cli_lookup.c - cli_find_entity (src/cli/lookup.c) when allocations fail: built only
 * with -Dfault_injection=true. A misspelled name makes the lookup build its suggestions; with
 * the 1st, 2nd, ... allocation failing, the CLI must say "out of memory", never "no entity
 * named ...", and once no allocation fails, the usual message with the suggestion.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../../src/cli/commands.h"
#include "check.h"
#include "entgraph/entgraph.h"
#include "faultinject.h"

#undef malloc
#undef calloc
#undef realloc
#undef strdup
#undef strndup

/* cli_find_entity(g, "g.json", name) with the nth allocation failing (0: none): its result,
 * and what it printed on stderr into *said (malloc'd). */
static long find_with_fault(const eg_graph *g, const char *name, unsigned long n, char **said,
                            bool *fired)
{
    size_t len = 0;
    FILE *mem = open_memstream(said, &len);
    FILE *saved = stderr;
    stderr = mem;
    eg_fi_arm(n);
    long k = cli_find_entity(g, "g.json", name);
    *fired = eg_fi_fired();
    eg_fi_arm(0);
    stderr = saved;
    fclose(mem);
    return k;
}

int main(void)
{
    const char *src = getenv("EG_SRC");
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/query/dated.json", src ? src : ".");
    eg_graph *g = NULL;
    eg_error err = {0};
    if (eg_graph_load(&g, path, &err) != EG_OK) {
        fprintf(stderr, "%s: %s\n", path, err.msg);
        return 1;
    }
    char *said = NULL;
    bool fired = false;
    CHECK(find_with_fault(g, "niger", 0, &said, &fired) >= 0);
    CHECK_STR(said, "");
    free(said);
    unsigned long faults = 0;
    for (unsigned long n = 1; n < 10000; n++) {
        long k = find_with_fault(g, "Nigerr", n, &said, &fired);
        CHECK(k == -1);
        if (!fired) {
            CHECK_STR(said, "entgraph: no entity named 'Nigerr' in g.json; did you mean: "
                            "Niger, Nigeria?\n");
            free(said);
            break;
        }
        faults++;
        CHECK_STR(said, "entgraph: out of memory\n");
        free(said);
    }
    CHECK(faults > 0); /* the sweep made some allocation fail */
    printf("%lu allocations failed in turn\n", faults);
    eg_graph_destroy(g);
    return check_done();
}
