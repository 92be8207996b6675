/*
 * conll.h - CoNLL-2003 files: reading, chunking with conlleval semantics, and scoring.
 *
 * A file is a list of documents (split at -DOCSTART- lines; a file without them is one
 * document), each a list of sentences (blank-line separated) of tokens: the first column is
 * the word, the last the gold tag (IOB1 or IOB2; both are read with the same rules). Tags use
 * the CoNLL-2003 types or WNUT-17's, read as CoNLL's (person PER, location LOC, corporation
 * and group ORG, product and creative-work MISC). A line holding only a tag after a tab is
 * an empty token and is skipped (the Broad Twitter Corpus has a few).
 *
 * Ownership: eg_conll owns every string; eg_conll_fini() frees them.
 */
#ifndef EG_CONLL_H
#define EG_CONLL_H

#include <stdio.h>

#include "model.h"

typedef struct eg_conll_sent {
    size_t first;  /* index of its first token in eg_conll.words */
    size_t n;      /* tokens */
} eg_conll_sent;

typedef struct eg_conll_doc {
    size_t first_sent;
    size_t nsents;
} eg_conll_doc;

typedef struct eg_conll {
    char **lines;        /* the original token lines, for `tag` output */
    char **words;        /* first column */
    char **tags;         /* last column ("O", "I-PER", ...) */
    size_t ntoks, toks_cap;
    size_t lines_cap;    /* the room of tags and lines, which grow after words */
    eg_conll_sent *sents;
    size_t nsents, sents_cap;
    eg_conll_doc *docs;
    size_t ndocs, docs_cap;
    bool docstart;       /* the file has -DOCSTART- lines */
} eg_conll;

/**
 * Read a CoNLL file; a `.conllu` file is CoNLL-U with GUM's entity annotation (MISC
 * `Entity=`), converted to CoNLL entities: persons, places and organizations whose mention has
 * a proper noun for its syntactic head, cut to the proper-noun run around that head (titles
 * left out); other mentions, and nationality adjectives, are O, so such a file teaches PER,
 * LOC and ORG only. `# newdoc` lines start documents.
 */
eg_status eg_conll_read(eg_conll *out, const char *path, eg_error *err);
void eg_conll_fini(eg_conll *c);

/** Make every sentence a document of its own (tweets and other unrelated sentences), so the
 *  tagger's document-level features do not connect them. */
void eg_conll_sentence_docs(eg_conll *c);

/**
 * Chunks of a tag sequence with conlleval semantics: a chunk starts at B-X, at I-X after O or
 * after another type, or at I-X after the end of an X chunk marked by a B-X; it ends before O,
 * before a tag of another type, or before B-. Chunks are appended to *out.
 */
eg_status eg_conll_chunks(const char *const *tags, size_t n, size_t offset, eg_chunk **out,
                          size_t *nout, size_t *cap);

typedef struct eg_score {
    size_t gold[EG_NE_NTYPES];    /* gold chunks per type */
    size_t pred[EG_NE_NTYPES];    /* predicted chunks per type */
    size_t correct[EG_NE_NTYPES]; /* exact matches (span and type) per type */
} eg_score;

/** Add the comparison of one sentence's gold and predicted chunks to `s`. */
void eg_score_add(eg_score *s, const eg_chunk *gold, size_t ng, const eg_chunk *pred, size_t np);

/** Precision, recall and F1 (percentages) of one type, or overall when type < 0. */
void eg_score_prf(const eg_score *s, int type, double *p, double *r, double *f);

const char *eg_ne_name(eg_ne_type t);

#endif
