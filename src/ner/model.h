/*
 * model.h - the statistical named-entity tagger: an averaged structured perceptron over
 * BILOU tags with Viterbi decoding, trained by `entgraph train` on CoNLL-format data.
 *
 * A model is immutable after loading and may be shared by threads; each thread tags with its
 * own eg_tag_ws (scratch space that grows as needed and is reused between calls).
 *
 * Model file format: see the design note at the top of modelfile.c (versioned header,
 * little-endian integers, checked on load). Tagging is in model.c, training in train.c.
 */
#ifndef EG_MODEL_H
#define EG_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"

/* CoNLL-2003 entity classes. */
typedef enum eg_ne_type {
    EG_NE_PER = 0,
    EG_NE_LOC = 1,
    EG_NE_ORG = 2,
    EG_NE_MISC = 3,
    EG_NE_NTYPES = 4
} eg_ne_type;

typedef struct eg_word {
    const char *s; /* UTF-8 bytes, not NUL-terminated */
    uint32_t len;
} eg_word;

typedef struct eg_chunk {
    uint32_t begin;  /* first word index (document-wide) */
    uint32_t end;    /* one past the last word index */
    eg_ne_type type;
} eg_chunk;

typedef struct eg_model eg_model;
typedef struct eg_tag_ws eg_tag_ws;

/** The model compiled into the binary. */
eg_status eg_model_load_default(eg_model **out, eg_error *err);
/** Load a model file written by `entgraph train`; a corrupt or truncated file is EG_ERR_PARSE. */
eg_status eg_model_load_file(eg_model **out, const char *path, eg_error *err);
/** Load from bytes (copied or referenced: `data` must outlive the model when `borrow`). */
eg_status eg_model_load_memory(eg_model **out, const void *data, size_t len, eg_error *err);
void eg_model_destroy(eg_model *m);
/** The CRC-32 of the model file (or built-in bytes) it was loaded from: the same model gives
 *  the same value wherever it is loaded; 0 for a model trained in this process. */
uint32_t eg_model_crc(const eg_model *m);

eg_tag_ws *eg_tag_ws_create(void);
void eg_tag_ws_destroy(eg_tag_ws *ws);
/* The tokens of the next eg_model_tag() that are shown in lower case though the text writes
 * them capitalized (a Title Case headline's words, ner_truecase): per token nonzero, or NULL. */
void eg_tag_ws_recased(eg_tag_ws *ws, const uint32_t *recased);
/* Whether eg_model_tag() applies the rules that read the text after decoding (model.c,
 * firm_names and stated_names; on by default). Training selects its epochs with them off, so
 * that a new rule does not change the model it trains. */
void eg_tag_ws_text_rules(eg_tag_ws *ws, bool on);

/* Is word i of an article's n words the signoff of a Reuters wire of the 1980s: "REUTER" or
 * "Reuter" with at most three words after it to the article's end and no lower-case letter in
 * them ("REUTER", "REUTER^M", "REUTER TAW")? It names nothing (the tagger's agency_signoff, the
 * gazetteer pass). */
bool eg_signoff_word(const eg_word *w, size_t i, size_t n);

/**
 * Tag one document. `words` are its tokens in order; `sent_start[k]` is the index of the first
 * word of sentence k (sent_start[0] == 0, increasing). Document-level features see earlier
 * sentences of the same call in the first pass, and every other sentence in the second. Chunks are appended to *chunks (grown with realloc; caller
 * frees), in order. O(nwords * tags^2).
 */
eg_status eg_model_tag(const eg_model *m, eg_tag_ws *ws, const eg_word *words, size_t nwords,
                       const uint32_t *sent_start, size_t nsents, eg_chunk **chunks,
                       size_t *nchunks, size_t *chunks_cap, eg_error *err);


/* ---- training (entgraph train) ------------------------------------------------------------ */

struct eg_conll;

/* After each epoch of model `model` (1-based; several with eg_train_opts.models), and once with
 * epoch 0 for their average (train_acc -1). dev_f1 is -1 without a dev set. */
typedef void (*eg_train_progress)(void *ud, unsigned model, unsigned epoch, double train_acc,
                                  double dev_f1, double seconds);

/* An additional training corpus: its updates are scaled by `weight`, and it teaches only the
 * types in `types` (bit t for eg_ne_type t): a prediction of another type is not an error. */
typedef struct eg_train_extra {
    const struct eg_conll *c;
    float weight;
    unsigned types;
} eg_train_extra;

typedef struct eg_train_opts {
    unsigned epochs;            /* passes over the training data */
    uint64_t seed;              /* document order shuffle */
    unsigned hash_bits;         /* feature table size: 2^hash_bits rows (default 20) */
    eg_train_progress progress; /* called after each epoch, may be NULL */
    void *progress_ud;
    const char *classes_path;   /* word classes from `entgraph clusters`, or NULL: none */
    const eg_train_extra *extra; /* more training corpora */
    size_t nextra;
    const char *vector_classes_path; /* word-vector classes from `entgraph kmeans`, or NULL */
    bool no_phrases;            /* without the phrase-list features (for comparisons) */
    unsigned models;            /* > 1: train this many with seeds seed, seed+1, ... (each its
                                   best epoch on dev) and keep the average of their weights */
} eg_train_opts;

/**
 * Train a model on `train` (CoNLL, gold tags); when `dev` is given, after each epoch its
 * entity F1 is reported and the averaged weights of the best epoch are kept.
 */
eg_status eg_model_train(eg_model **out, const struct eg_conll *train, const struct eg_conll *dev,
                         const eg_train_opts *opts, eg_error *err);

/** Write the model file atomically. */
eg_status eg_model_save(const eg_model *m, const char *path, eg_error *err);

/** Tag every sentence of a CoNLL corpus (documents give the document-level context); the
 *  predicted chunks of sentence k are appended with word indices of the corpus. */
eg_status eg_model_tag_conll(const eg_model *m, const struct eg_conll *c, eg_chunk **chunks,
                             size_t *nchunks, eg_error *err);

/** How a sentence is cased, as the tagger's features see it: 0 running text, 1 title case
 *  (a headline), 2 capitals. */
unsigned eg_sentence_casing(const eg_word *w, size_t n);

/** Where the place of a dateline opening the sentence ends ("LONDON 1996-08-30", "KYIV
 *  ( Reuters ) -": 1), as the tagger's dateline feature sees it; 0 when it opens with none. */
size_t eg_sentence_dateline(const eg_word *w, size_t n);

/** The index of the ">" that closes the ticker wire text writes in angle brackets at w[i]
 *  ("<", one to three words with no lower-case letter, ">": "<CHEM>", "<CKGH.HK>"), before n;
 *  0 when w[i] opens none. */
size_t eg_ticker_end(const eg_word *w, size_t i, size_t n);

/** Whether w[i] follows a place noun and "of" in its sentence from s0 ("the city of", "the
 *  mayor of", "the outskirts of", "the city council of"): what follows is a place. */
bool eg_place_of(const eg_word *w, size_t i, size_t s0);

/** Tag with the second pass (the default) or the first only, for comparisons. */
void eg_model_set_second_pass(eg_model *m, bool on);

/* Tag with (the default) or without the per-word cache of feature sums: the scores and labels
 * are the same either way, only the speed differs (for tests and benchmarks). Not while m is
 * tagging in another thread. */
void eg_model_set_word_cache(eg_model *m, bool on);

/** Number of stored feature rows and the hash table size, for messages. */
void eg_model_info(const eg_model *m, size_t *rows, unsigned *bits);

#endif
