/*
 * cmd_entities.c - `entgraph entities [OPTIONS] INPUT...`: every mention with the entity it
 * was resolved to (after cross-article resolution), as TSV or JSON; --explain adds the rule
 * and its evidence.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <entgraph/entgraph.h>
#include <entgraph/entities.h>

#include "commands.h"

static void tsv_field(const char *s)
{
    for (; *s; s++) {
        fputc(*s == '\t' || *s == '\n' ? ' ' : *s, stdout);
    }
}

int cmd_entities(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"explain", no_argument, NULL, 'x'},   {"json", no_argument, NULL, 'J'},
        {"model", required_argument, NULL, 'm'}, {"threads", required_argument, NULL, 'j'},
        {"strict", no_argument, NULL, 'S'},    {"help", no_argument, NULL, 'h'},
        {"aliases", required_argument, NULL, 'a'},
        {NULL, 0, NULL, 0},
    };
    const char *verb = "entities";
    bool explain = false, json = false;
    const char *alias_path = NULL;
    eg_build_options o;
    eg_build_options_init(&o);
    o.types = EG_TYPES_ALL;
    o.evidence = 0;
    o.warning = cli_warn;
    o.max_article_bytes = 16u << 20;
    unsigned long v;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":xJm:a:j:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'x':
            explain = true;
            break;
        case 'J':
            json = true;
            break;
        case 'm':
            o.model_path = optarg;
            break;
        case 'a':
            alias_path = optarg;
            break;
        case 'j':
            if (cli_parse_range(verb, "--threads", optarg, 1, 64, "--threads needs 1 to 64", &v)) {
                return EG_EXIT_USAGE;
            }
            o.threads = (unsigned)v;
            break;
        case 'S':
            o.strict = 1;
            break;
        case 'h':
            fputs("usage: entgraph entities [OPTIONS] INPUT...\n\n"
                  "List every mention (document, byte span, type, surface) with the entity it\n"
                  "resolves to. Output is TSV with a header, or JSON with --json.\n\n"
                  "options:\n"
                  "      --explain      add the rule that resolved each mention and its evidence\n"
                  "      --json         one JSON array of mention objects\n"
                  "  -a, --aliases FILE the user's alias file (JSON; see the README)\n"
                  "  -m, --model FILE   NER model file (default: built-in; 'none': rules only)\n"
                  "  -j, --threads N    worker threads (default: number of cores)\n"
                  "      --strict       a malformed JSONL line is an error\n"
                  "  -h, --help         this text\n",
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (optind >= argc) {
        return cli_usage_error(verb, "no input (give files, directories, .jsonl or -)");
    }
    eg_error err = {0};
    eg_aliasfile *af = NULL;
    eg_entities *es = NULL;
    int rc = EG_EXIT_ERROR;
    if (alias_path && eg_aliasfile_load(&af, alias_path, &err) != EG_OK) {
        return cli_fail(&err);
    }
    o.aliases = af;
    if (eg_entities_create(&es, (const char *const *)argv + optind, (size_t)(argc - optind), &o,
                           explain, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    cJSON *arr = json ? cJSON_CreateArray() : NULL;
    if (!json) {
        fputs(explain ? "doc\tstart\tend\ttype\tsurface\tentity\tlabel\trule\tevidence\tscripts\n"
                      : "doc\tstart\tend\ttype\tsurface\tentity\tlabel\n",
              stdout);
    }
    for (size_t i = 0; i < eg_entities_count(es); i++) {
        const eg_entity_mention *r = eg_entities_mention(es, i);
        if (json) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddItemToArray(arr, x);
            cJSON_AddStringToObject(x, "doc", r->doc);
            cJSON_AddNumberToObject(x, "start", r->start);
            cJSON_AddNumberToObject(x, "end", r->end);
            cJSON_AddStringToObject(x, "type", eg_etype_name(r->type));
            cJSON_AddStringToObject(x, "surface", r->surface);
            cJSON_AddStringToObject(x, "entity", r->entity);
            cJSON_AddStringToObject(x, "label", r->label);
            if (explain) {
                cJSON_AddStringToObject(x, "rule", eg_rule_name(r->rule));
                cJSON_AddStringToObject(x, "found_by", eg_found_by_name(r->found_by));
                cJSON_AddStringToObject(x, "evidence", r->evidence);
                cJSON_AddStringToObject(x, "scripts", r->scripts);
            }
            continue;
        }
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
    if (json) {
        char *txt = cJSON_Print(arr);
        if (txt) {
            puts(txt);
        }
        free(txt);
        cJSON_Delete(arr);
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
