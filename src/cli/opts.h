/*
 * opts.h - the one option parser of the subcommands: each command describes its options in a
 * table (long name, getopt value, what the value is and where it goes) and cli_getopt() runs
 * getopt_long over it, parses numbers in range and prints the usage errors, so a command's
 * code holds only what is its own (an enumeration, a combination of options).
 */
#ifndef EG_CLI_OPTS_H
#define EG_CLI_OPTS_H

#include <stddef.h>

/* What an option's value is, and what `dest` points to. */
typedef enum cli_kind {
    CLI_HELP,      /* prints the command's help on stdout: cli_getopt() returns EG_EXIT_OK */
    CLI_FLAG,      /* bool *: set to true; no value */
    CLI_SET,       /* int *: set to 1; no value */
    CLI_STR,       /* const char **: the value (borrowed from argv) */
    CLI_LIST,      /* cli_list *: the value appended */
    CLI_UNSIGNED,  /* unsigned *: a number in [min, max] */
    CLI_U32,       /* uint32_t *: a number in [min, max] */
    CLI_U64,       /* uint64_t *: a number in [min, max] */
    CLI_SIZE,      /* size_t *: a number in [min, max] */
    CLI_ULONG,     /* unsigned long *: a number in [min, max] */
    CLI_PERIOD,    /* --since / --until (timefilter.c); no dest */
    CLI_CALL,      /* the command's call(ud, val, value), for a single value; no dest */
    CLI_CALL_EACH, /* as CLI_CALL, for a repeatable option (--extra of train) */
    CLI_CALL_FLAG, /* as CLI_CALL, for an option without a value (value NULL) */
} cli_kind;

typedef struct cli_opt {
    const char *name;      /* the long name, without "--" (the name in number errors) */
    int val;               /* getopt_long's value: the short letter, or a code >= 256 */
    cli_kind kind;
    void *dest;            /* where the value goes (see cli_kind), or NULL */
    unsigned long min;     /* numbers: the smallest accepted */
    unsigned long max;     /* numbers: the largest accepted */
    const char *too_small; /* numbers with min > 0: the usage error below min */
} cli_opt;

/* A repeatable option's values (-o of build, --conll of clusters). */
typedef struct cli_list {
    const char **items;   /* caller's array of `max` */
    size_t n;             /* values so far */
    size_t max;           /* one more is the usage error `too_many` */
    const char *too_many;
} cli_list;

#define CLI_TIME_OPTS                                                                              \
    {"since", CLI_OPT_SINCE, CLI_PERIOD, NULL, 0, 0, NULL},                                       \
    {"until", CLI_OPT_UNTIL, CLI_PERIOD, NULL, 0, 0, NULL}

typedef struct cli_command {
    const char *verb;      /* the subcommand, in usage errors */
    const char *shortopts; /* getopt's short options, starting with ':' */
    const char *help;      /* the --help text */
    const cli_opt *opts;   /* at most CLI_MAX_OPTS (CLI_OPTS sets both) */
    size_t nopts;
    /* CLI_CALL / CLI_CALL_EACH / CLI_CALL_FLAG options: 0, or an exit status after printing
     * the error */
    int (*call)(void *ud, int val, const char *value);
    void *ud;
    const char *args_error; /* when set: the usage error unless min_args..max_args operands */
    size_t min_args, max_args;
} cli_command;

#define CLI_OPTS(table) .opts = (table), .nopts = sizeof(table) / sizeof(table)[0]
#define CLI_ANY_ARGS ((size_t)-1)

enum { CLI_MAX_OPTS = 32, CLI_GO = -1 };

/* Parse argv's options as `cmd` says (argv[0] is the verb), then check the number of operands.
 * Returns CLI_GO with optind at the first operand, or the exit status the command ends with:
 * EG_EXIT_OK after printing the help, EG_EXIT_USAGE (or what `call` returned) after printing
 * a usage error. */
int cli_getopt(const cli_command *cmd, int argc, char **argv);

#endif
