/*
 * opts.c - the subcommands' option parsing (see opts.h): getopt_long over a command's table,
 * numbers in range with one wording of their errors, and the usage error of an unknown option
 * or a missing value. Usage errors read "entgraph <verb>: <what> (see 'entgraph <verb> --help')".
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

/* A number option into *out (<= max); 0, or EG_EXIT_USAGE after printing the usage error. */
static int parse_uint(const char *verb, const char *opt, const char *s, unsigned long max,
                      unsigned long *out)
{
    char *end;
    if (!s || !*s || *s == '-') {
        return cli_usage_error(verb, "%s needs a non-negative number", opt);
    }
    unsigned long v = strtoul(s, &end, 10);
    if (*end || v > max) {
        return cli_usage_error(verb, "%s: invalid number '%s'", opt, s);
    }
    *out = v;
    return 0;
}

/* A number option in [min, max]; below min, `too_small` is the usage error. */
static int parse_range(const char *verb, const char *opt, const char *s, unsigned long min,
                       unsigned long max, const char *too_small, unsigned long *out)
{
    unsigned long v = 0;
    int rc = parse_uint(verb, opt, s, max, &v);
    if (rc) {
        return rc;
    }
    if (v < min) {
        return cli_usage_error(verb, "%s", too_small);
    }
    *out = v;
    return 0;
}

/* The usage error for what getopt_long returned as ':' (missing value) or '?' (unknown). */
static int option_error(const char *verb, int c, char **argv)
{
    if (c == ':') {
        return cli_usage_error(verb, "option '%s' needs a value", argv[optind - 1]);
    }
    if (optopt) {
        /* an unknown letter: getopt has not moved past its word when more letters follow
         * ("-Zambia"), and may have permuted argv, so argv[optind - 1] can be another
         * argument: the word is the option-looking one that holds the letter */
        const char *word = NULL;
        for (int i = optind; i >= 1 && !word; i--) {
            if (argv[i] && argv[i][0] == '-' && argv[i][1] != '-' && strchr(argv[i], optopt)) {
                word = argv[i];
            }
        }
        if (word && strlen(word) > 2) {
            return cli_usage_error(verb, "unknown option '-%c' in '%s' (a name that starts with "
                                   "'-' goes after '--')", optopt, word);
        }
        return cli_usage_error(verb, "unknown option '-%c'", optopt);
    }
    return cli_usage_error(verb, "unknown option '%s'", argv[optind - 1]);
}

int cli_parse_types(const char *verb, const char *s, unsigned *mask)
{
    *mask = 0;
    if (strcmp(s, "all") == 0) {
        *mask = EG_TYPES_ALL;
        return 0;
    }
    char *copy = strdup(s);
    if (!copy) {
        return cli_usage_error(verb, "out of memory");
    }
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        int t = eg_etype_parse(tok);
        if (t < 0) {
            int rc = cli_usage_error(verb, "unknown type '%s' (PERSON, COUNTRY, ORGANIZATION, "
                                           "LOCATION)", tok);
            free(copy);
            return rc;
        }
        *mask |= 1u << t;
    }
    free(copy);
    if (!*mask) {
        return cli_usage_error(verb, "--types needs at least one type");
    }
    return 0;
}

/* A number option's value into its destination, or the usage error. */
static int store_number(const char *verb, const cli_opt *o, const char *value)
{
    char name[64];
    snprintf(name, sizeof name, "--%s", o->name);
    unsigned long v = 0;
    int rc = o->min ? parse_range(verb, name, value, o->min, o->max, o->too_small, &v)
                    : parse_uint(verb, name, value, o->max, &v);
    if (rc) {
        return rc;
    }
    switch (o->kind) {
    case CLI_UNSIGNED:
        *(unsigned *)o->dest = (unsigned)v;
        break;
    case CLI_U32:
        *(uint32_t *)o->dest = (uint32_t)v;
        break;
    case CLI_U64:
        *(uint64_t *)o->dest = v;
        break;
    case CLI_SIZE:
        *(size_t *)o->dest = v;
        break;
    default:
        *(unsigned long *)o->dest = v;
        break;
    }
    return 0;
}

/* One option getopt_long returned: its value where the table says; CLI_GO, or the exit
 * status after --help or a usage error. */
static int apply(const cli_command *cmd, const cli_opt *o, int c, const char *value)
{
    switch (o->kind) {
    case CLI_HELP:
        fputs(cmd->help, stdout);
        return EG_EXIT_OK;
    case CLI_FLAG:
        *(bool *)o->dest = true;
        return CLI_GO;
    case CLI_SET:
        *(int *)o->dest = 1;
        return CLI_GO;
    case CLI_STR:
        *(const char **)o->dest = value;
        return CLI_GO;
    case CLI_LIST: {
        cli_list *l = o->dest;
        if (l->n == l->max) {
            return cli_usage_error(cmd->verb, "%s", l->too_many);
        }
        l->items[l->n++] = value;
        return CLI_GO;
    }
    case CLI_PERIOD:
        return cli_time_option(cmd->verb, c, value) ? EG_EXIT_USAGE : CLI_GO;
    case CLI_CALL:
    case CLI_CALL_EACH:
    case CLI_CALL_FLAG: {
        int rc = cmd->call(cmd->ud, c, value);
        return rc ? rc : CLI_GO;
    }
    default:
        return store_number(cmd->verb, o, value) ? EG_EXIT_USAGE : CLI_GO;
    }
}

/* Options that hold one value: a string, a number, a date, or a word the command parses
 * (build -w sentence -w document kept the last); flags may be repeated harmlessly, lists and
 * CLI_CALL_EACH take every value. */
static bool single_valued(cli_kind k)
{
    return k == CLI_STR || k == CLI_UNSIGNED || k == CLI_U32 || k == CLI_U64 || k == CLI_SIZE ||
           k == CLI_ULONG || k == CLI_PERIOD || k == CLI_CALL;
}

int cli_getopt(const cli_command *cmd, int argc, char **argv)
{
    struct option longopts[CLI_MAX_OPTS + 1];
    size_t n = cmd->nopts < CLI_MAX_OPTS ? cmd->nopts : CLI_MAX_OPTS;
    for (size_t i = 0; i < n; i++) {
        cli_kind k = cmd->opts[i].kind;
        bool bare = k == CLI_HELP || k == CLI_FLAG || k == CLI_SET || k == CLI_CALL_FLAG;
        longopts[i] = (struct option){cmd->opts[i].name, bare ? no_argument : required_argument,
                                      NULL, cmd->opts[i].val};
    }
    longopts[n] = (struct option){NULL, 0, NULL, 0};
    int c;
    bool given[CLI_MAX_OPTS] = {false};
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, cmd->shortopts, longopts, NULL)) != -1) {
        const cli_opt *o = NULL;
        size_t at = 0;
        for (size_t i = 0; i < n && !o && c != '?' && c != ':'; i++) {
            o = cmd->opts[i].val == c ? &cmd->opts[i] : NULL;
            at = i;
        }
        /* A value that only one can take, given twice, is a mistake to say, not to settle by
         * keeping the last ("merge -o a.json -o a.graphml" wrote only a.graphml). */
        if (o && single_valued(o->kind) && given[at]) {
            return cli_usage_error(cmd->verb, "--%s given more than once", o->name);
        }
        if (o) {
            given[at] = true;
        }
        int rc = o ? apply(cmd, o, c, optarg) : option_error(cmd->verb, c, argv);
        if (rc != CLI_GO) {
            return rc;
        }
    }
    size_t nargs = (size_t)(argc - optind);
    if (cmd->args_error && (nargs < cmd->min_args || nargs > cmd->max_args)) {
        return cli_usage_error(cmd->verb, "%s", cmd->args_error);
    }
    return CLI_GO;
}
