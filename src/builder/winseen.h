/*
 * winseen.h - the windows (sentences, paragraphs, documents) seen so far, by content, so that
 * a window repeated word for word (a wire copy, a background paragraph carried by several
 * articles) adds to weights and window counts once.
 *
 * Each distinct text (hashed after folding runs of white space into one space) is an entry;
 * an entry keeps the sets of entities that were counted in it (sorted ids). A set is added
 * when a repeat of the text resolved to other entities (an article may resolve "Bazoum" where
 * another wrote the full name), at most EG_WINSEEN_MAX_SETS per text. An entity, or a pair,
 * counts again in a repeat only when no kept set of that text holds it.
 *
 * Memory: about 24 bytes per distinct window, plus 4 per entity named in it; entries are
 * never removed (the builder lives for one build).
 */
#ifndef EG_WINSEEN_H
#define EG_WINSEEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EG_WINSEEN_MAX_SETS 16

typedef struct eg_winseen {
    uint32_t *slots;      /* open addressing: entry index + 1, 0 = empty */
    size_t nslots;        /* a power of two */
    struct eg_winseen_entry *entries;
    size_t n, cap;
    struct eg_winseen_set *sets;
    size_t nsets, sets_cap;
    uint32_t *ids;        /* the members of every set, set after set */
    size_t nids, ids_cap;
} eg_winseen;

/** The hash of a window's text, white space folded (never 0). */
uint64_t eg_winseen_hash(const char *s, size_t n);

/** Find or add the text with hash h: *entry is its stable index, *added whether it is new.
 *  False when out of memory. */
bool eg_winseen_add(eg_winseen *w, uint64_t h, uint32_t *entry, bool *added);

/** Was entity `id` counted in this text before? */
bool eg_winseen_has(const eg_winseen *w, uint32_t entry, uint32_t id);

/** Was the pair a, b counted together in this text before? */
bool eg_winseen_has_pair(const eg_winseen *w, uint32_t entry, uint32_t a, uint32_t b);

/** Keep ids[0..n) (sorted, unique) as counted in this text, unless the same set is already
 *  kept or the text has EG_WINSEEN_MAX_SETS sets. False when out of memory. */
bool eg_winseen_record(eg_winseen *w, uint32_t entry, const uint32_t *ids, size_t n);

/* For shard states (graph.c): the texts in the order they were added, and their sets. */
size_t eg_winseen_count(const eg_winseen *w);
uint64_t eg_winseen_entry_hash(const eg_winseen *w, uint32_t entry);
/** The k-th set kept for a text (sorted ids), false past the last. */
bool eg_winseen_set_at(const eg_winseen *w, uint32_t entry, uint32_t k, const uint32_t **ids,
                       size_t *n);

void eg_winseen_fini(eg_winseen *w);

#endif
