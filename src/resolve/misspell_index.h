/*
 * misspell_index.h - candidate pairs for the cross-article misspelling search, found through
 * deletion neighbourhoods (as in SymSpell) instead of comparing every pair of names.
 *
 * The names given are one block of eg_alias_cross: keys (eg_gaz_key() forms) whose last words
 * start with the same two bytes. The result is a superset of the pairs the misspelling rules of
 * alias.c can accept, so that alias.c, checking each candidate with those rules, finds exactly
 * the pairs that comparing every pair finds:
 *
 *   - a one-word name against any name: last words within Damerau (OSA) distance 2, both
 *     5..64 bytes long (distance 1 below six bytes);
 *   - two names of the same number of words, equal except one word whose two spellings start
 *     with the same byte, are 4..64 bytes long and within distance 2 (distance 1 below seven).
 *
 * Two strings within OSA distance d share a string obtained by deleting at most d bytes from
 * each, and a common first byte can be stripped without changing the distance; so each name is
 * entered under the hashes of its deletion variants (after the shared prefix) and names meeting
 * under one hash become candidates. Cost: linear in the names times the variants of a word
 * (1 + L + L(L-1)/2 for L bytes), plus the candidates found. Hash collisions only add candidates.
 */
#ifndef EG_MISSPELL_INDEX_H
#define EG_MISSPELL_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/**
 * Candidate pairs among keys[0..n): writes a malloc'd array of (i << 32 | j) with i < j, sorted
 * and without repeats, to *out (caller frees) and its length to *nout. False when out of memory.
 */
bool eg_misspell_candidates(const char *const *keys, size_t n, uint64_t **out, size_t *nout);

#endif
