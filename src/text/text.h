/*
 * text.h - reading articles and cutting them into paragraphs, sentences and tokens.
 *
 * Data flow: eg_reader walks the inputs (files, directories, JSONL, stdin) and yields one
 * eg_doc at a time (streaming: only the current article is in memory). Each doc's text is
 * valid UTF-8 in NFC; eg_text_segment() then fills its token and sentence arrays with byte
 * offsets into that text.
 *
 * Ownership: an eg_doc owns every pointer in it; eg_doc_fini() frees them and zeroes the
 * struct, so a doc can be reused for the next eg_reader_next().
 */
#ifndef EG_TEXT_H
#define EG_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "entgraph/error.h"

enum {
    EG_TOK_POSSESSIVE = 1u << 0, /* the token is a possessive marker: 's, ’s or a lone ' */
    EG_TOK_PUNCT = 1u << 1,      /* punctuation only */
    EG_TOK_NUMBER = 1u << 2,     /* starts with a digit */
    EG_TOK_PARA_START = 1u << 3  /* first token of a paragraph */
};

typedef struct eg_token {
    uint32_t start; /* byte offset of the first byte in doc->text */
    uint32_t end;   /* byte offset one past the last byte */
    uint32_t flags; /* EG_TOK_* */
} eg_token;

typedef struct eg_sentence {
    uint32_t tok_begin; /* first token index */
    uint32_t tok_end;   /* one past the last token index */
    uint32_t start;     /* byte offset of the sentence in doc->text */
    uint32_t end;       /* byte offset one past its end */
    uint32_t para;      /* paragraph index, from 0 */
} eg_sentence;

/* Invisible characters removed from the text (eg_text_strip_invisible): before byte `at` of
 * the stripped text, `removed` bytes in all were taken out. */
typedef struct eg_shift {
    uint32_t at;
    uint32_t removed;
} eg_shift;

typedef struct eg_doc {
    char *id;           /* document id: file name without .txt, JSONL "id", or file:line */
    char *title;        /* JSONL "title", a .txt file's name, or NULL */
    char *date;         /* JSONL "date" (a valid ISO 8601 date: malformed ones are warned
                         * about and dropped) or NULL */
    char *url;          /* JSONL "url" or NULL */
    char *text;         /* NFC UTF-8, NUL-terminated */
    size_t len;         /* bytes of text */
    eg_token *toks;     /* ntoks tokens in text order */
    size_t ntoks;
    size_t toks_cap;
    eg_sentence *sents; /* nsents sentences in text order, covering every token once */
    size_t nsents;
    size_t sents_cap;
    size_t npara;       /* paragraphs */
    size_t seq;         /* 0-based position of the doc in the input stream */
    char *where;        /* "file" or "file:line", for messages; set by deferred reads */
    bool raw;           /* text is still the raw bytes: call eg_doc_prepare() */
    eg_shift *shifts;   /* invisible characters removed, in text order (NULL: none) */
    size_t nshifts;
    bool classic;       /* segment as before 44ce934: no short wrapped brief, no ticker or
                         * "A/S" kept one token; the word classes of data/ner.model were
                         * induced so, and `entgraph clusters` keeps it for them to be
                         * induced again byte for byte */
} eg_doc;

/**
 * Normalize and segment a doc read with `defer` (see eg_reader_opts). Thread-safe for
 * distinct docs. `*warning` (may be NULL) receives a malloc'd one-line warning, or NULL.
 */
eg_status eg_doc_prepare(eg_doc *doc, char **warning, eg_error *err);

/** Free everything a doc owns and zero it. Accepts NULL. */
void eg_doc_fini(eg_doc *doc);

/**
 * Validate `in` as UTF-8 and normalize it to NFC. Invalid bytes become U+FFFD; NUL bytes are
 * replaced by a space; a leading BOM is dropped; CRLF and CR become LF. `*n_invalid` (may be
 * NULL) receives the number of invalid sequences and `*first_invalid` (may be NULL) the byte
 * offset of the first. On success *out is a new NUL-terminated string the caller frees.
 */
eg_status eg_text_normalize(char **out, size_t *out_len, const char *in, size_t len,
                            size_t *n_invalid, size_t *first_invalid, eg_error *err);

/**
 * Remove the characters that draw nothing but split a name (zero-width space and joiners,
 * soft hyphen, word joiner, BOM, bidi marks and embeddings) from doc->text, in place, and
 * record where (doc->shifts), so that "Pu\u200btin" is read as "Putin" while
 * eg_doc_source_offset() still gives offsets in the text as it was. O(len).
 */
void eg_text_strip_invisible(eg_doc *doc);

/** The offset in the text before eg_text_strip_invisible() of offset `off` of doc->text;
 *  `end`: `off` is an exclusive end (characters removed right at it are not counted). */
size_t eg_doc_source_offset(const eg_doc *doc, size_t off, bool end);

/**
 * Title case in place for a name only ever written in capitals ("SAO PAULO" -> "Sao Paulo",
 * "PAYSANDÚ" -> "Paysandú", "O'NEILL" -> "O'Neill"): a letter after a letter in lower case,
 * where its lower case takes as many bytes (nearly all of them; the rest stay as they are).
 */
void eg_text_title_case(char *s);

/**
 * Whether the letters of `s` come from more than one of the Latin, Greek and Cyrillic
 * alphabets, whose look-alikes ("Puтin" with a Cyrillic т) make a name that matches nothing:
 * NULL when not, else a static description such as "Latin+Cyrillic".
 */
const char *eg_text_mixed_scripts(const char *s);

/**
 * Split doc->text into paragraphs (blank lines), sentences and tokens. Replaces any earlier
 * segmentation of the doc. O(len).
 */
eg_status eg_text_segment(eg_doc *doc, eg_error *err);

/* A reader over a list of inputs: `.txt` files, directories (their *.txt and *.jsonl files,
 * recursively, in byte-wise sorted order), `.jsonl` files, or "-" for standard input (read as
 * one article, or as JSONL when `stdin_jsonl`). */
typedef struct eg_reader eg_reader;

typedef void (*eg_warn_fn)(void *ud, const char *msg);

typedef struct eg_reader_opts {
    eg_warn_fn warn;          /* receives one-line warnings (invalid UTF-8, skipped lines); may be NULL */
    void *warn_ud;            /* passed to warn */
    bool strict;              /* a malformed JSONL line (or one over max_article_bytes) is an
                               * error instead of a warning */
    bool stdin_jsonl;         /* "-" is JSONL instead of one article */
    size_t max_article_bytes; /* larger articles are an error, a longer JSONL line is skipped
                               * with a warning (0: no limit) */
    bool defer;               /* leave normalization and segmentation to eg_doc_prepare() */
    bool unique_ids;          /* a second article with an id already read is an error */
    uint32_t since, until;    /* yyyymmdd: articles dated outside, or undated, are passed over
                               * silently (0, 0: every article) */
    bool classic;             /* segment as the word classes of data/ner.model were induced
                               * (eg_doc.classic); `entgraph clusters` sets it */
} eg_reader_opts;

/** Create a reader over `inputs` (paths are copied). Fails if a path does not exist. A file
 *  named twice (same device and inode) is read once, under the least of its paths, with a
 *  warning for each other. */
eg_status eg_reader_create(eg_reader **out, const char *const *inputs, size_t ninputs,
                           const eg_reader_opts *opts, eg_error *err);

/**
 * Read the next article into `doc` (fini'd first), normalized and segmented.
 * Returns 1 when a doc was produced, 0 at the end of the inputs, or a negative eg_status.
 */
int eg_reader_next(eg_reader *r, eg_doc *doc, eg_error *err);

/** Counters for the summary line: documents read, JSONL lines skipped, bytes read. */
void eg_reader_counts(const eg_reader *r, size_t *docs, size_t *skipped, uint64_t *bytes);

/** Total bytes of all regular input files (for progress), 0 when unknown (stdin). */
uint64_t eg_reader_total_bytes(const eg_reader *r);

void eg_reader_destroy(eg_reader *r);

#endif
