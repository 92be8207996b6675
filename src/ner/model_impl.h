/*
 * model_impl.h - inside the tagger (src/ner only): the model and workspace structures and the
 * few functions model.c (tagging), modelfile.c (load, save) and train.c (training, tagging a
 * CoNLL corpus) share. Not for other stages: they use model.h.
 */
#ifndef EG_MODEL_IMPL_H
#define EG_MODEL_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gazetteer.h"
#include "model.h"
#include "phrases.h"

#define NL 17      /* labels: O, then B I L U of PER, LOC, ORG, MISC */
#define MAXF 100   /* features per token at most */
#define START NL   /* the transition row from the sentence start */
#define MAXLEV 4   /* levels of word-vector classes at most */

/* Word classes by hash of the word key: open addressing, a key of 0 marks an empty slot; each
 * word has `nlev` class numbers (the exchange classes have one level, the k-means classes of
 * word vectors one per granularity). */
typedef struct wclasses {
    uint64_t *keys;
    uint16_t *cls; /* cap * nlev */
    unsigned nlev;
    size_t cap, n;
} wclasses;

struct eg_model {
    unsigned bits;
    size_t nrows;
    uint64_t *rank;   /* per 64 buckets: a bit per bucket that has a row, then the number of
                         rows before these 64 (bits / 64 pairs: 256 KB for 2^20 buckets, so
                         it stays in the cache where a 4 MB index of rows would not) */
    int16_t *rows;    /* nrows * NL */
    uint32_t *buckets; /* nrows, increasing (for saving) */
    int16_t trans[(NL + 1) * NL];
    float scale;
    wclasses wc;      /* word classes (none: no class features) */
    bool one_pass;    /* skip the second pass (for comparisons) */
    wclasses vc;      /* k-means classes of word vectors (none: no such features) */
    uint64_t phrases; /* id of the phrase table the model was trained with (0: none) */
    uint64_t serial;  /* distinct for every model made in this process (word cache key) */
    uint32_t crc;     /* CRC-32 of the file it was loaded from (0: trained, not loaded) */
    bool no_cache;    /* tag without the word cache (for tests) */
};

typedef struct tokinfo tokinfo; /* a token's word-level information (model.c) */

/* Per-thread scratch space of tagging and training (eg_tag_ws_create). */
struct eg_tag_ws {
    tokinfo *ti;
    size_t ti_cap;
    uint32_t *feats; /* MAXF per token */
    uint8_t *nfeats;
    uint8_t *memat; /* per token: index of its document-memory features, 0xFF none */
    uint8_t *mty1;  /* per token: the remembered type its features saw */
    size_t feats_cap;
    int32_t *score; /* NL per token: first-pass emission scores */
    double *em;     /* NL per token: emission scores being decoded */
    uint8_t *back;  /* NL per token */
    uint8_t *lab1;  /* first-pass labels */
    int32_t *aslot; /* per token: its aggregation slot, or -1 */
    uint64_t *akeys; /* aggregation table: lowercase hash of capitalized words */
    uint16_t *acnt;  /* NL first-pass label counts per slot */
    size_t acap;
    size_t sc_cap;
    uint8_t *labels;
    size_t lab_cap;
    /* document memory: open addressing keyed by lowercase hash */
    uint64_t *mkeys;
    uint8_t *mtype;  /* type + 1 of the last entity label seen for the word, 0 none */
    uint8_t *mlower; /* word seen in lower case */
    size_t mcap;
    size_t mcur; /* slots of the memory table in use for this document (a power of two) */
    const char **wp;
    uint32_t *wl;
    uint32_t *wf; /* per token: its gazetteer flags (ti[].gaz), for eg_gaz_match_memo */
    size_t wcap;
    bool classes; /* the model has word classes: class features on */
    unsigned casing; /* of the sentence being featurized: 0 running text, 1 title case, 2 capitals */
    size_t dl_end;   /* of the sentence being featurized: end of its dateline's place (none: its
                        start) */
    unsigned vlevels; /* levels of word-vector classes (0: none) */
    const eg_phrase_table *phr; /* phrase lists (NULL: no such features) */
    /* the word cache (tagging with a trained model only): per word type its token info and
     * the row sums of its FC_SELF, FC_M1, FC_P1, FC_M2 and FC_P2 features */
    int32_t *slot;   /* per token: its cache entry, or -1 */
    uint8_t *cmask;  /* per token: the feature classes its cache entries supply */
    uint8_t *nostart; /* per token: NO_START, NO_END... (model.c): constraints on its labels
                         (eg_model_tag; NULL in training) */
    uint8_t *nostart_buf;
    bool ordinary; /* the document is written the ordinary way (model.c, ordinary_article) */
    bool no_text_rules; /* eg_tag_ws_text_rules(ws, false) */
    const uint32_t *recased; /* per token: nonzero when shown to the model in lower case though
                                written capitalized (eg_tag_ws_recased; NULL: none) */
    uint64_t *ctab;  /* CACHE_SLOTS: the word hash's high 32 bits << 32 | entry + 1, 0 empty */
    struct wcent *cent;
    size_t ncent;
    uint64_t cserial; /* the model the cache holds sums of */
    /* the article's words by hash, for the rules' first look (model.c, doc_words_index); mcap
     * places, as the document memory's */
    uint64_t *dkey;            /* a word's hash | 1, 0 empty */
    uint32_t *dfirst, *dlast;  /* per slot: the word's first and last token */
    size_t dmask;              /* slots in use for this article, less one */
};

/* The label's entity type: 0 for O, else 1 + eg_ne_type. */
static inline unsigned eg_label_type(unsigned label)
{
    return label ? (label - 1) / 4 + 1 : 0;
}

/* A zeroed model with its own serial (the word cache's key); NULL when out of memory. */
eg_model *eg_model_alloc(void);
/* The rank table of a model whose buckets[0..nrows) are set; false when out of memory. */
bool eg_model_build_rank(eg_model *m);

/* Room for n words of nlev classes each; false when out of memory. */
bool eg_wclasses_init(wclasses *wc, size_t n, unsigned nlev);
/* Adds the classes c (nlev values) of word hash h; false when h is already there. */
bool eg_wclasses_put(wclasses *wc, uint64_t h, const uint16_t *c);
/* The classes of word hash h (nlev values), or NULL. */
const uint16_t *eg_wclasses_find(const wclasses *wc, uint64_t h);
/* A copy of src into dst (empty when src is); false when out of memory. */
bool eg_wclasses_copy(wclasses *dst, const wclasses *src);
/* Frees the table and leaves it empty. */
void eg_wclasses_fini(wclasses *wc);

/* The tagging steps of model.c for training, out of line (eg_model_tag does them inline):
 * token info of document w[0..n) with sentence starts ss[0..nss); false when out of memory. */
bool eg_model_ws_prepare(eg_tag_ws *ws, const eg_gazetteer *gaz, const wclasses *wc,
                         const wclasses *vc, uint64_t phrases, const eg_word *w, size_t n,
                         const uint32_t *ss, size_t nss);
/* All features of sentence [s0, s1) into ws->feats / ws->nfeats. */
void eg_model_ws_features(eg_tag_ws *ws, size_t s0, size_t s1, unsigned bits);
/* Labels of sentence [s0, s1) into ws->labels under dense weights w and transitions trans. */
void eg_model_ws_viterbi_dense(eg_tag_ws *ws, const float *w, const float *trans, size_t s0,
                               size_t s1);
/* Remembers the types the sentence's labels give its capitalized words. */
void eg_model_ws_remember(eg_tag_ws *ws, size_t s0, size_t s1);

#endif
