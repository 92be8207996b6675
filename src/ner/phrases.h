/*
 * phrases.h - the compiled phrase lists of data/lists/ (see data/README.md): which lists
 * contain a word sequence, by hash, for the NER model's gazetteer features and for
 * eg_gaz_phrase_lists() (gazetteer.h).
 *
 * tools/gazpack.c compiles the lists at build time into a table that is embedded in the
 * library and used in place (nothing is parsed or allocated at run time). A phrase is keyed by
 * its words, each normalized as the NER model keys words (eg_phrase_word_hash: ASCII lower
 * case, digits as 0, at most 64 bytes) and chained with eg_phrase_step(). Each key carries two
 * list bitmasks: the lists that have the phrase as an entry, and the lists that have a longer
 * entry starting with it (so a longest match can stop as soon as neither is set).
 *
 * Table format (host byte order; the endianness mark rejects a foreign one):
 *   0   8 bytes  magic "EGGAZTB\0"
 *   8   u32      format version (1)
 *   12  u32      0x01020304
 *   16  u32      number of lists L (<= 16)
 *   20  u32      log2 of the slot count
 *   24  u64      content id: a hash of every list name and phrase (models record it)
 *   32  L x 32   list names, NUL-padded ("football_clubs")
 *   ..  slots    (u32 key fingerprint, 0 = empty; u16 entry lists; u16 prefix lists),
 *                open addressing from (hash & mask), linear probing
 * This header is shared with the build tool, so everything here is static inline.
 */
#ifndef EG_PHRASES_H
#define EG_PHRASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"
#include <string.h>

#define EG_PHRASE_MAGIC "EGGAZTB"
#define EG_PHRASE_VERSION 1u
#define EG_PHRASE_MAX_LISTS 16
#define EG_PHRASE_MAX_WORDS 8
#define EG_PHRASE_HEAD 32u
#define EG_PHRASE_NAME 32u


/** Hash of bytes (the NER model's word hash). */
static inline uint64_t eg_phrase_hbytes(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        h = eg_mix64(h ^ v);
    }
    uint64_t v = 0;
    for (size_t k = 0; i + k < n; k++) {
        v |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
    }
    return eg_mix64(h ^ v ^ 0xA5);
}

/** Hash of a word normalized as the model keys it: ASCII lower case, digits as '0', other
 *  bytes as they are, the first 64 bytes. */
static inline uint64_t eg_phrase_word_hash(const char *s, size_t n)
{
    char lo[64];
    size_t ln = n < sizeof lo ? n : sizeof lo;
    for (size_t i = 0; i < ln; i++) {
        unsigned char c = (unsigned char)s[i];
        lo[i] = c >= '0' && c <= '9' ? '0' : c >= 'A' && c <= 'Z' ? (char)(c + 32) : (char)c;
    }
    return eg_phrase_hbytes(lo, ln);
}

#define EG_PHRASE_START 0x51ED270B27A1F00DULL

/** The key of a phrase extended by one word (start from EG_PHRASE_START). */
static inline uint64_t eg_phrase_step(uint64_t key, uint64_t word_hash)
{
    return eg_mix64(key * 0x9E3779B97F4A7C15ULL + word_hash + 0x2545F4914F6CDD1DULL);
}

typedef struct eg_phrase_slot {
    uint32_t fp;     /* fingerprint: the key's high 32 bits, 0 replaced by 1; 0 = empty */
    uint16_t entry;  /* lists with this phrase as an entry */
    uint16_t prefix; /* lists with a longer entry that starts with this phrase */
} eg_phrase_slot;

static inline uint32_t eg_phrase_fp(uint64_t key)
{
    uint32_t fp = (uint32_t)(key >> 32);
    return fp ? fp : 1;
}

/* ---- the embedded table (phrases.c) ---- */

typedef struct eg_phrase_table {
    const eg_phrase_slot *slots;
    size_t mask;                                    /* slot count - 1 */
    unsigned nlists;
    const char *names[EG_PHRASE_MAX_LISTS];
    uint64_t id;
} eg_phrase_table;

/** The table compiled into the library, or NULL when the build has none or it is damaged. */
const eg_phrase_table *eg_phrase_table_default(void);

/** The slot of a phrase key, or NULL when no list knows the phrase. */
static inline const eg_phrase_slot *eg_phrase_find(const eg_phrase_table *t, uint64_t key)
{
    uint32_t fp = eg_phrase_fp(key);
    for (size_t i = (size_t)key & t->mask;; i = (i + 1) & t->mask) {
        const eg_phrase_slot *s = &t->slots[i];
        if (s->fp == fp) {
            return s;
        }
        if (!s->fp) {
            return NULL;
        }
    }
}

/** Index of the list named `name`, or -1. */
int eg_phrase_list(const eg_phrase_table *t, const char *name);

#endif
