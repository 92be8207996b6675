/*
 * commands.h - one entry point per subcommand (src/cli/cmd_<verb>.c) and the helpers they share.
 *
 * Each cmd_<verb>() gets argv with argv[0] == "<verb>" and returns the process exit status:
 * EG_EXIT_OK, EG_EXIT_ERROR (the work failed) or EG_EXIT_USAGE (bad arguments).
 */
#ifndef EG_CLI_COMMANDS_H
#define EG_CLI_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"

enum { EG_EXIT_OK = 0, EG_EXIT_ERROR = 1, EG_EXIT_USAGE = 2 };

int cmd_build(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_tag(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_clusters(int argc, char **argv);
int cmd_kmeans(int argc, char **argv);
int cmd_neighbors(int argc, char **argv);
int cmd_path(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_render(int argc, char **argv);

/* Print "entgraph: <msg>" on stderr (one line). */
void cli_errorf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* Reader warnings: "entgraph: warning: <msg>" on stderr (an eg_warn_fn). */
void cli_warn(void *ud, const char *msg);
/* Print the error's message as above and return EG_EXIT_ERROR. */
int cli_fail(const eg_error *err);
/* Usage error: print "entgraph <verb>: <msg>" and a hint to --help; returns EG_EXIT_USAGE. */
int cli_usage_error(const char *verb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

struct eg_graph;
/* The node NAME names in a loaded graph (lookup.c), or -1 after printing "no entity named ...;
 * did you mean ..." on stderr, or "out of memory" when the lookup failed for lack of it. */
long cli_find_entity(const struct eg_graph *g, const char *graph_path, const char *name);

/* How to draw a picture (render, build -o x.svg). */
typedef struct cli_draw_opts {
    const char *layout;   /* Graphviz engine, or NULL: neato up to 150 entities, sfdp above */
    size_t max_nodes;     /* strongest entities drawn */
    uint32_t min_weight;  /* lighter connections dropped */
    unsigned timeout;     /* seconds for the layout, 0: no limit */
    const char *ego;      /* the node id drawn as the centre (its edges always kept), or NULL */
    size_t total_nodes, total_edges; /* the graph before an ego cut, for the message (0: g) */
} cli_draw_opts;
#define CLI_DRAW_DEFAULTS {.max_nodes = 150, .timeout = 60}
/* Cut g (in place) as `o` says, draw it to `out` in `fmt` (svg, png, pdf) and say on stderr
 * what was left out; returns an exit status after printing any error. */
int cli_draw(struct eg_graph *g, const char *out, const char *fmt, const cli_draw_opts *o);

/* --since / --until (timefilter.c): the period, yyyymmdd, 0 = open. */
typedef struct cli_period {
    uint32_t since, until;
} cli_period;
extern cli_period cli_time;
enum { CLI_OPT_SINCE = 0x5301, CLI_OPT_UNTIL = 0x5302 };
#define CLI_TIME_HELP                                                                              \
    "      --since DATE   only what was seen on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)\n"  \
    "      --until DATE   only what was seen on or before DATE\n"
/* Parse the value of --since / --until (c is CLI_OPT_SINCE or CLI_OPT_UNTIL); usage error. */
int cli_time_option(const char *verb, int c, const char *arg);
/* Keep the entities and connections seen in the period (a no-op without one); 0 or after
 * printing an error EG_EXIT_ERROR. */
int cli_time_apply(struct eg_graph *g);

/* Outputs (outputs.c). End the batch of outputs begun with eg_outfile_batch_begin() by a
 * command whose writing ended with `rc`: every output renamed into place when rc is
 * EG_EXIT_OK, else none (their temporary files removed); the exit status after printing any
 * error. */
int cli_outputs_end(int rc);
/* 0 when no output outs[i] is the same regular file as an input ins[k] (NULL entries and "-"
 * are skipped), else EG_EXIT_ERROR after printing the first such pair. */
int cli_check_outputs(const char *const *outs, size_t nouts, const char *const *ins,
                      size_t nins);

/* Parse "PERSON,COUNTRY" or "all" into a type mask; usage error as above. */
int cli_parse_types(const char *verb, const char *s, unsigned *mask);

#include "opts.h"

#endif
