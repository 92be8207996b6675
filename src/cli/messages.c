/*
 * messages.c - how the CLI speaks on stderr: "entgraph: <msg>" for an error, "entgraph:
 * warning: <msg>" for a reader's warning, and "entgraph <verb>: <msg> (see 'entgraph <verb>
 * --help')" for a usage error, each one line (commands.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

/* A limit the library names by its option (EG_ERR_LIMIT), said with the flags that set it. */
static const char *const limit_flags[][2] = {
    {"(max_article_bytes)", "(--max-article-bytes)"},
    {"draw fewer entities", "draw fewer entities (--max-nodes, --min-weight, --ego)"},
};

void cli_warn(void *ud, const char *msg)
{
    (void)ud;
    /* a JSONL line over the limit is skipped with a warning: said with the flag too */
    const char *lim = strstr(msg, limit_flags[0][0]);
    if (lim) {
        fprintf(stderr, "entgraph: warning: %.*s%s%s\n", (int)(lim - msg), msg,
                limit_flags[0][1], lim + strlen(limit_flags[0][0]));
        return;
    }
    fprintf(stderr, "entgraph: warning: %s\n", msg);
}

int cli_fail(const eg_error *err)
{
    size_t n = err ? strlen(err->msg) : 0;
    for (size_t i = 0; err && err->code == EG_ERR_LIMIT && i < sizeof limit_flags / sizeof
                                                               limit_flags[0]; i++) {
        size_t k = strlen(limit_flags[i][0]);
        if (n >= k && strcmp(err->msg + n - k, limit_flags[i][0]) == 0) {
            cli_errorf("%.*s%s", (int)(n - k), err->msg, limit_flags[i][1]);
            return EG_EXIT_ERROR;
        }
    }
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
