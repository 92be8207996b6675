/*
 * test_api.c - the public API alone (entgraph/entgraph.h), linked against the shared
 * library: only EG_API symbols are visible, and one call builds a graph.
 */
#include <entgraph/entgraph.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

typedef struct seen {
    char text[4096]; /* the warnings, one a line */
    int calls;
} seen;

static void on_warning(void *ud, const char *msg)
{
    seen *s = ud;
    size_t len = strlen(s->text);
    snprintf(s->text + len, sizeof s->text - len, "%s\n", msg);
    s->calls++;
}

/* Warnings reach the callback, and nothing is printed: an article starting with an invalid
 * byte and a "sentence" listing 150 names (pairs capped at 100 entities). */
static void test_warnings(eg_build_options *o)
{
    char dir[] = "/tmp/eg_api_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[600], errpath[600];
    snprintf(path, sizeof path, "%s/list.txt", dir);
    snprintf(errpath, sizeof errpath, "%s/stderr", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) {
        return;
    }
    const char *first[] = {"John", "Mary", "Ali", "Wei", "Olga", "Pierre", "Ana", "Kofi"};
    fputs("\xff The following people attended: ", f);
    for (int i = 0; i < 150; i++) {
        fprintf(f, "%s%s Name%dson", i ? ", " : "", first[i % 8], i);
    }
    fputs(".\n", f);
    fclose(f);
    const char *inputs[] = {path};
    eg_graph *g = NULL;
    eg_error err;
    seen s = {{0}, 0};
    o->warning = on_warning;
    o->user_data = &s;
    /* standard error goes to a file while the library runs */
    fflush(stderr);
    int saved = dup(2);
    FILE *capture = fopen(errpath, "w");
    CHECK(saved >= 0 && capture != NULL);
    if (capture) {
        dup2(fileno(capture), 2);
    }
    CHECK(eg_build(&g, inputs, 1, o, &err) == EG_OK);
    eg_graph_destroy(g);
    o->warning = NULL;
    g = NULL;
    CHECK(eg_build(&g, inputs, 1, o, &err) == EG_OK); /* no callback: silent */
    eg_graph_destroy(g);
    fflush(stderr);
    if (saved >= 0) {
        dup2(saved, 2);
        close(saved);
    }
    if (capture) {
        fclose(capture);
    }
    size_t n = 1;
    char *printed = check_slurp(errpath, &n);
    CHECK(printed != NULL && n == 0);
    free(printed);
    CHECK(s.calls == 2);
    CHECK(strstr(s.text, "list.txt: invalid UTF-8 at byte 0, replaced by U+FFFD\n") != NULL);
    CHECK(strstr(s.text, "1 windows had more than 100 entities; only the first 100 of each "
                         "were paired\n") != NULL);
    remove(path);
    remove(errpath);
    rmdir(dir);
}

int main(void)
{
    const char *src = getenv("EG_SRC");
    char samples[512];
    snprintf(samples, sizeof samples, "%s/samples", src ? src : "..");
    eg_build_options o;
    eg_build_options_init(&o);
    o.threads = 1;
    const char *inputs[] = {samples};
    eg_graph *g = NULL;
    eg_error err;
    CHECK(eg_build(&g, inputs, 1, &o, &err) == EG_OK);
    CHECK(g && eg_graph_node_count(g) > 10 && eg_graph_edge_count(g) > 10);
    CHECK(eg_etype_parse("person") == EG_PERSON);
    CHECK_STR(eg_etype_name(EG_COUNTRY), "COUNTRY");
    CHECK(eg_format_from_path("x.graphml") == EG_FORMAT_GRAPHML);
    CHECK(eg_graph_save(g, "/dev/null", EG_FORMAT_JSON, &err) == EG_OK);
    eg_graph_destroy(g);
    eg_graph_destroy(NULL);
    const char *missing[] = {"/nonexistent/dir"};
    g = NULL;
    CHECK(eg_build(&g, missing, 1, &o, &err) == EG_ERR_IO && g == NULL);
    CHECK(strstr(err.msg, "No such file") != NULL);
    test_warnings(&o);
    return check_done();
}
