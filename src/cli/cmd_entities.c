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

#include "../aliasfile.h"
#include "../graph.h"
#include "../pipeline.h"
#include "../util.h"
#include "commands.h"

typedef struct rec {
    char *doc;
    uint32_t start, end;
    eg_etype type;     /* entity type after resolution */
    char *surface;
    char *key;
    const char *rule;
    char *why;
    const char *source;
} rec;

typedef struct collect {
    rec *v;
    size_t n, cap;
} collect;

static eg_status on_doc(void *ud, const eg_doc *doc, const eg_mentions *ms,
                        const eg_doc_entities *de, eg_error *err)
{
    collect *c = ud;
    for (size_t i = 0; i < ms->n; i++) {
        if (!EG_GROW(c->v, c->cap, c->n + 1)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        const eg_local_entity *e = &de->ents[de->of_mention[i]];
        rec *r = &c->v[c->n++];
        r->doc = eg_strdup(doc->id);
        /* offsets in the text as read, before invisible characters were taken out */
        r->start = (uint32_t)eg_doc_source_offset(doc, ms->v[i].start, false);
        r->end = (uint32_t)eg_doc_source_offset(doc, ms->v[i].end, true);
        r->type = e->type;
        r->surface = eg_strdup(ms->v[i].surface);
        r->key = eg_strdup(e->key);
        r->rule = de->rule[i] ? de->rule[i] : "exact";
        r->why = de->why[i] ? eg_strdup(de->why[i]) : NULL;
        r->source = ms->v[i].source;
        if (!r->doc || !r->surface || !r->key) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

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
    eg_pipeline_opts po = {.reader = {.warn = cli_warn, .max_article_bytes = 16u << 20}};
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
            po.model_path = optarg;
            break;
        case 'a':
            alias_path = optarg;
            break;
        case 'j':
            if (cli_parse_range(verb, "--threads", optarg, 1, 64, "--threads needs 1 to 64", &v)) {
                return EG_EXIT_USAGE;
            }
            po.threads = (unsigned)v;
            break;
        case 'S':
            po.reader.strict = true;
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
    po.explain = explain;
    eg_build_opts bo = {.window = EG_WINDOW_SENTENCE, .types = EG_TYPES_ALL, .evidence = 0};
    eg_error err = {0};
    eg_builder *b = NULL;
    eg_graph *g = NULL;
    collect col = {0};
    eg_aliasfile *af = NULL;
    int rc = EG_EXIT_ERROR;
    if (alias_path && eg_aliasfile_load(&af, alias_path, &err) != EG_OK) {
        return cli_fail(&err);
    }
    bo.aliases = af;
    po.aliases = af;
    if (eg_builder_create(&b, &bo, &err) != EG_OK ||
        eg_pipeline_run((const char *const *)argv + optind, (size_t)(argc - optind), &po, b,
                        on_doc, &col, NULL, &err) != EG_OK ||
        eg_builder_finish(b, &g, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    cJSON *arr = json ? cJSON_CreateArray() : NULL;
    if (!json) {
        fputs(explain ? "doc\tstart\tend\ttype\tsurface\tentity\tlabel\trule\tevidence\tscripts\n"
                      : "doc\tstart\tend\ttype\tsurface\tentity\tlabel\n",
              stdout);
    }
    for (size_t i = 0; i < col.n; i++) {
        const rec *r = &col.v[i];
        const char *id = eg_builder_node_id(b, r->type, r->key);
        long k = id ? eg_graph_find_id(g, id) : -1;
        const char *label = k >= 0 ? g->nodes[k].label : r->surface;
        const char *other = NULL;
        const char *cross = explain ? eg_builder_cross_rule(b, r->type, r->key, &other) : NULL;
        char why_buf[600];
        const char *rule = r->rule, *why = r->why ? r->why : "";
        if (cross && (strcmp(r->rule, "exact") == 0 || strcmp(r->rule, "list") == 0)) {
            /* the article alone did not merge it: say which corpus-wide rule did */
            snprintf(why_buf, sizeof why_buf, "%s -> %s", r->key, other ? other : "");
            rule = cross;
            why = why_buf;
        }
        if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddItemToArray(arr, o);
            cJSON_AddStringToObject(o, "doc", r->doc);
            cJSON_AddNumberToObject(o, "start", r->start);
            cJSON_AddNumberToObject(o, "end", r->end);
            cJSON_AddStringToObject(o, "type", eg_etype_name(r->type));
            cJSON_AddStringToObject(o, "surface", r->surface);
            cJSON_AddStringToObject(o, "entity", id ? id : "");
            cJSON_AddStringToObject(o, "label", label);
            if (explain) {
                cJSON_AddStringToObject(o, "rule", rule);
                cJSON_AddStringToObject(o, "found_by", r->source ? r->source : "");
                cJSON_AddStringToObject(o, "evidence", why);
                const char *mixed = eg_text_mixed_scripts(r->surface);
                cJSON_AddStringToObject(o, "scripts", mixed ? mixed : "");
            }
            continue;
        }
        tsv_field(r->doc);
        printf("\t%u\t%u\t%s\t", r->start, r->end, eg_etype_name(r->type));
        tsv_field(r->surface);
        printf("\t%s\t", id ? id : "");
        tsv_field(label);
        if (explain) {
            printf("\t%s (found by %s)\t", rule, r->source ? r->source : "?");
            tsv_field(why);
            /* look-alike letters from another alphabet: a name that matches nothing else */
            const char *mixed = eg_text_mixed_scripts(r->surface);
            printf("\t%s", mixed ? mixed : "");
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
    for (size_t i = 0; i < col.n; i++) {
        free(col.v[i].doc);
        free(col.v[i].surface);
        free(col.v[i].key);
        free(col.v[i].why);
    }
    free(col.v);
    eg_graph_destroy(g);
    eg_builder_destroy(b);
    eg_aliasfile_destroy(af);
    return rc;
}
