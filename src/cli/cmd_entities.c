/*
 * cmd_entities.c - `entgraph entities [OPTIONS] INPUT...`: every mention with the entity it
 * was resolved to (after cross-article resolution), as TSV or JSON; --explain adds the rule
 * and its evidence.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <entgraph/entgraph.h>
#include <entgraph/entities.h>

#include "commands.h"

static void tsv_field(const char *s)
{
    for (; *s; s++) {
        fputc(*s == '\t' || *s == '\n' ? ' ' : *s, stdout);
    }
}

static const char entities_help[] =
    "usage: entgraph entities [OPTIONS] INPUT...\n\n"
    "List every mention (document, byte span, type, surface) with the entity it\n"
    "resolves to. Output is TSV with a header, or JSON with --json.\n\n"
    "options:\n"
    "      --explain      add the rule that resolved each mention and its evidence\n"
    "      --json         one JSON array of mention objects\n"
    "  -a, --aliases FILE the user's alias file (JSON; see the README)\n"
    "  -m, --model FILE   NER model file (default: built-in; 'none': rules only)\n"
    "  -j, --threads N    worker threads (default: number of cores)\n"
    "      --strict       a malformed JSONL line is an error\n"
    "  -h, --help         this text\n";

/* What `entities` was asked for. */
typedef struct entities_args {
    bool explain, json;
    const char *alias_path;
    eg_build_options o;
} entities_args;

static int entities_options(entities_args *a, int argc, char **argv)
{
    const cli_opt opts[] = {
        {"explain", 'x', CLI_FLAG, &a->explain, 0, 0, NULL},
        {"json", 'J', CLI_FLAG, &a->json, 0, 0, NULL},
        {"model", 'm', CLI_STR, &a->o.model_path, 0, 0, NULL},
        {"threads", 'j', CLI_UNSIGNED, &a->o.threads, 1, 64, "--threads needs 1 to 64"},
        {"strict", 'S', CLI_SET, &a->o.strict, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
        {"aliases", 'a', CLI_STR, &a->alias_path, 0, 0, NULL},
    };
    const cli_command cmd = {.verb = "entities", .shortopts = ":xJm:a:j:h",
                             .help = entities_help, CLI_OPTS(opts),
                             .args_error = "no input (give files, directories, .jsonl or -)",
                             .min_args = 1, .max_args = CLI_ANY_ARGS};
    return cli_getopt(&cmd, argc, argv);
}

/* The mentions as TSV with a header on stdout. */
static void print_tsv(const eg_entities *es, bool explain)
{
    fputs(explain ? "doc\tstart\tend\ttype\tsurface\tentity\tlabel\trule\tevidence\tscripts\n"
                  : "doc\tstart\tend\ttype\tsurface\tentity\tlabel\n",
          stdout);
    for (size_t i = 0; i < eg_entities_count(es); i++) {
        const eg_entity_mention *r = eg_entities_mention(es, i);
        tsv_field(r->doc);
        printf("\t%u\t%u\t%s\t", r->start, r->end, eg_etype_name(r->type));
        tsv_field(r->surface);
        printf("\t%s\t", r->entity);
        tsv_field(r->label);
        if (explain) {
            printf("\t%s (found by %s)\t", eg_rule_name(r->rule),
                   r->found_by != EG_FOUND_UNKNOWN ? eg_found_by_name(r->found_by) : "?");
            tsv_field(r->evidence);
            /* look-alike letters from another alphabet: a name that matches nothing else */
            printf("\t%s", r->scripts);
        }
        putchar('\n');
    }
}

int cmd_entities(int argc, char **argv)
{
    entities_args a = {0};
    eg_build_options_init(&a.o);
    a.o.types = EG_TYPES_ALL;
    a.o.evidence = 0;
    a.o.warning = cli_warn;
    a.o.max_article_bytes = 16u << 20;
    int rc = entities_options(&a, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    eg_error err = {0};
    eg_aliasfile *af = NULL;
    eg_entities *es = NULL;
    rc = EG_EXIT_ERROR;
    if (a.alias_path && eg_aliasfile_load(&af, a.alias_path, &err) != EG_OK) {
        return cli_fail(&err);
    }
    a.o.aliases = af;
    if (eg_entities_create(&es, (const char *const *)argv + optind, (size_t)(argc - optind), &a.o,
                           a.explain, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    if (!a.json) {
        print_tsv(es, a.explain);
    } else if (eg_entities_write_json(stdout, es, a.explain, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("standard output: write error");
        goto done;
    }
    rc = EG_EXIT_OK;
done:
    eg_entities_destroy(es);
    eg_aliasfile_destroy(af);
    return rc;
}
