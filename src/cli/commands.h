/*
 * commands.h - one entry point per subcommand (src/cli/cmd_<verb>.c) and the helpers they share.
 *
 * Each cmd_<verb>() gets argv with argv[0] == "<verb>" and returns the process exit status:
 * EG_EXIT_OK, EG_EXIT_ERROR (the work failed) or EG_EXIT_USAGE (bad arguments).
 */
#ifndef EG_CLI_COMMANDS_H
#define EG_CLI_COMMANDS_H

#include <stdbool.h>

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
/* The node NAME names in a loaded graph, or -1 after printing "no entity named ...; did you
 * mean ..." on stderr. */
long cli_find_entity(const struct eg_graph *g, const char *graph_path, const char *name);

/* Parse a number option into *out (<= max); on failure prints a usage error and returns
 * EG_EXIT_USAGE, else 0. */
int cli_parse_uint(const char *verb, const char *opt, const char *s, unsigned long max,
                   unsigned long *out);
/* Parse a number option in [min, max]; below min prints `too_small` as the usage error. */
int cli_parse_range(const char *verb, const char *opt, const char *s, unsigned long min,
                    unsigned long max, const char *too_small, unsigned long *out);
/* The usage error for what getopt_long returned as ':' (missing value) or '?' (unknown). */
int cli_option_error(const char *verb, int c, char **argv);
/* Parse "PERSON,COUNTRY" or "all" into a type mask; usage error as above. */
int cli_parse_types(const char *verb, const char *s, unsigned *mask);

#endif
