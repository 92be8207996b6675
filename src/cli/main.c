/*
 * main.c - the entgraph command: parses the subcommand name and dispatches to cmd_<verb>().
 * Commands only parse their arguments and call the library; all work happens in src/.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <entgraph/entgraph.h>

#include "commands.h"

#ifndef EG_VERSION
#define EG_VERSION "0.1.0"
#endif

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"build", cmd_build, "build the graph of a set of articles"},
    {"entities", cmd_entities, "list every mention with its canonical entity"},
    {"neighbors", cmd_neighbors, "neighbors of an entity, by any of its aliases"},
    {"path", cmd_path, "strongest path between two entities"},
    {"stats", cmd_stats, "sizes, central entities, communities"},
    {"render", cmd_render, "draw a relationship diagram with Graphviz"},
    {"merge", cmd_merge, "combine graphs built from shards of a corpus"},
    {"tag", cmd_tag, "tag a CoNLL file with the NER model"},
    {"train", cmd_train, "train an NER model on CoNLL data"},
    {"eval", cmd_eval, "score the NER model on a CoNLL file"},
    {"clusters", cmd_clusters, "word classes from raw text, for train --classes"},
    {"kmeans", cmd_kmeans, "word classes from word vectors, for train --vector-classes"},
};

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

/* A limit the library names by its option (EG_ERR_LIMIT), said with the flags that set it. */
static const char *const limit_flags[][2] = {
    {"(max_article_bytes)", "(--max-article-bytes)"},
    {"draw fewer entities", "draw fewer entities (--max-nodes, --min-weight, --ego)"},
};

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

static void usage(FILE *out)
{
    fprintf(out, "usage: entgraph COMMAND [OPTIONS] [ARGS]\n\n"
                 "Turn English news articles into a knowledge graph of people, countries and\n"
                 "organizations.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    }
    fprintf(out, "\n'entgraph COMMAND --help' describes a command's options.\n"
                 "'entgraph --version' prints the version.\n");
}

/* A command's answer that could not be written (`entgraph stats g.json > /dev/full`, a closed
 * pipe's end) is an error, not exit 0: its status once standard output is flushed. */
static int finish_stdout(int rc)
{
    int earlier = errno; /* most likely the failed write, when one failed before */
    errno = 0;
    bool flushed = fflush(stdout) == 0;
    int e = flushed ? earlier : errno;
    if ((!flushed || ferror(stdout)) && rc == EG_EXIT_OK) {
        fprintf(stderr, "entgraph: standard output: %s\n", e ? strerror(e) : "write error");
        return EG_EXIT_ERROR;
    }
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EG_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return EG_EXIT_OK;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("entgraph %s\n", EG_VERSION);
        return EG_EXIT_OK;
    }
    eg_outfile_cleanup_on_signals(); /* Ctrl-C leaves no temporary file */
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(name, commands[i].name) == 0) {
            return finish_stdout(commands[i].run(argc - 1, argv + 1));
        }
    }
    fprintf(stderr, "entgraph: unknown command '%s' (see 'entgraph --help')\n", name);
    return EG_EXIT_USAGE;
}
