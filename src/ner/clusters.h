/*
 * clusters.h - word classes induced from unlabeled text, a feature of the NER model.
 *
 * Words that occur in similar contexts (Tuesday/March, London/Paris, said/added) share a
 * class, so the tagger generalizes from the words it saw in training to words it only met in
 * raw news. Classes come from the predictive exchange algorithm (Uszkoreit and Brants 2008):
 * starting from classes by frequency rank, each word in turn moves to the class that most
 * increases the likelihood of a class bigram model P(class(w) | previous word), until few
 * words move. Deterministic: the same text gives the same classes.
 *
 * Words are keyed as the model keys them (eg_cluster_key: ASCII lower case, digits as 0, at
 * most 64 bytes), so a class file is a plain "word<TAB>class" list.
 */
#ifndef EG_CLUSTERS_H
#define EG_CLUSTERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"

#define EG_CLUSTER_KEY_MAX 64

/** The normalized form of a word: ASCII letters in lower case, digits as '0', other bytes as
 *  they are, at most EG_CLUSTER_KEY_MAX bytes. Returns its length. */
size_t eg_cluster_key(const char *s, size_t n, char out[EG_CLUSTER_KEY_MAX]);

/** Collects sentences, then induces classes. */
typedef struct eg_clusterer eg_clusterer;

eg_clusterer *eg_clusterer_create(void);
void eg_clusterer_destroy(eg_clusterer *c);
/** Add one sentence of `n` words. False when out of memory. */
bool eg_clusterer_add(eg_clusterer *c, const char *const *words, const size_t *lens, size_t n);
/** Tokens added so far. */
size_t eg_clusterer_tokens(const eg_clusterer *c);

typedef struct eg_cluster_opts {
    unsigned classes;    /* default 100 */
    unsigned iterations; /* at most; stops earlier when fewer than 0.1% of the words move */
    unsigned min_count;  /* words seen fewer times get no class (default 3) */
    void (*progress)(void *ud, unsigned iteration, size_t moved);
    void *progress_ud;
} eg_cluster_opts;

/** Induce classes and write "word<TAB>class" lines (most frequent words first) to `path`. */
eg_status eg_clusterer_run(eg_clusterer *c, const eg_cluster_opts *opts, const char *path,
                           eg_error *err);

#endif
