/*
 * messages.c - how the CLI speaks on stderr: "entgraph: <msg>" for an error, "entgraph:
 * warning: <msg>" for a reader's warning, and "entgraph <verb>: <msg> (see 'entgraph <verb>
 * --help')" for a usage error, each one line (commands.h).
 */
#include <stdarg.h>
#include <stdio.h>

#include <entgraph/entgraph.h>

#include "commands.h"

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    fputs("entgraph: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_warn(void *ud, const char *msg)
{
    (void)ud;
    fprintf(stderr, "entgraph: warning: %s\n", msg);
}

int cli_fail(const eg_error *err)
{
    cli_errorf("%s", err && err->msg[0] ? err->msg : "unknown error");
    return EG_EXIT_ERROR;
}

int cli_usage_error(const char *verb, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "entgraph %s: ", verb);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (see 'entgraph %s --help')\n", verb);
    return EG_EXIT_USAGE;
}
