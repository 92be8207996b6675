/*
 * gazpack.c - build-time helper: compiles phrase lists (one phrase per line, words separated
 * by single spaces) into the hashed table described in src/ner/phrases.h, embedded in the library.
 *
 * usage: gazpack OUTPUT LIST.txt...
 * Each list is named by its file name without the directory and ".txt".
 * Deterministic: the same lists in the same order give the same bytes.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phrases.h"

typedef struct ent {
    uint64_t key;
    uint16_t entry, prefix;
} ent;

static ent *tab;
static size_t cap = 1 << 16, count;

static ent *slot(uint64_t key)
{
    key = key ? key : 1;
    size_t i = (size_t)key & (cap - 1);
    while (tab[i].key && tab[i].key != key) {
        i = (i + 1) & (cap - 1);
    }
    return &tab[i];
}

static void grow(void)
{
    ent *old = tab;
    size_t oc = cap;
    cap *= 2;
    tab = calloc(cap, sizeof *tab);
    if (!tab) {
        fprintf(stderr, "gazpack: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < oc; i++) {
        if (old[i].key) {
            *slot(old[i].key) = old[i];
        }
    }
    free(old);
}

static void add(uint64_t key, uint16_t entry, uint16_t prefix)
{
    if (2 * (count + 1) > cap) {
        grow();
    }
    ent *e = slot(key);
    if (!e->key) {
        e->key = key ? key : 1;
        count++;
    }
    e->entry |= entry;
    e->prefix |= prefix;
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc - 2 > EG_PHRASE_MAX_LISTS) {
        fprintf(stderr, "usage: gazpack OUTPUT LIST.txt... (at most %d lists)\n",
                EG_PHRASE_MAX_LISTS);
        return 2;
    }
    tab = calloc(cap, sizeof *tab);
    unsigned nl = (unsigned)(argc - 2);
    char names[EG_PHRASE_MAX_LISTS][EG_PHRASE_NAME] = {{0}};
    uint64_t id = EG_PHRASE_START;
    for (unsigned l = 0; l < nl; l++) {
        const char *path = argv[2 + l], *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        size_t bl = strlen(base);
        bl = bl > 4 && strcmp(base + bl - 4, ".txt") == 0 ? bl - 4 : bl;
        if (bl == 0 || bl >= EG_PHRASE_NAME) {
            fprintf(stderr, "gazpack: %s: list name too long\n", path);
            return 2;
        }
        memcpy(names[l], base, bl);
        id = eg_phrase_step(id, eg_phrase_hbytes(names[l], bl));
        FILE *f = fopen(path, "r");
        if (!f) {
            perror(path);
            return 1;
        }
        char *line = NULL;
        size_t lcap = 0;
        ssize_t n;
        while ((n = getline(&line, &lcap, f)) > 0) {
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) {
                line[--n] = 0;
            }
            if (n == 0) {
                continue;
            }
            id = eg_phrase_step(id, eg_phrase_hbytes(line, (size_t)n));
            uint64_t keys[EG_PHRASE_MAX_WORDS];
            unsigned nw = 0;
            uint64_t key = EG_PHRASE_START;
            for (char *w = line; *w && nw < EG_PHRASE_MAX_WORDS + 1;) {
                char *end = strchr(w, ' ');
                size_t wl = end ? (size_t)(end - w) : strlen(w);
                key = eg_phrase_step(key, eg_phrase_word_hash(w, wl));
                if (nw < EG_PHRASE_MAX_WORDS) {
                    keys[nw] = key;
                }
                nw++;
                w = end ? end + 1 : w + wl;
            }
            if (nw == 0 || nw > EG_PHRASE_MAX_WORDS) {
                continue; /* longer phrases are never matched */
            }
            for (unsigned k = 0; k + 1 < nw; k++) {
                add(keys[k], 0, (uint16_t)(1u << l));
            }
            add(keys[nw - 1], (uint16_t)(1u << l), 0);
        }
        free(line);
        fclose(f);
    }
    /* final table: fingerprints, at most 70% full */
    unsigned lg = 4;
    while (((size_t)1 << lg) * 7 < count * 10) {
        lg++;
    }
    size_t fcap = (size_t)1 << lg;
    eg_phrase_slot *out = calloc(fcap, sizeof *out);
    if (!out) {
        fprintf(stderr, "gazpack: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < cap; i++) { /* in a fixed order: the table's own order */
        if (!tab[i].key) {
            continue;
        }
        uint32_t fp = eg_phrase_fp(tab[i].key);
        size_t j = (size_t)tab[i].key & (fcap - 1);
        while (out[j].fp && out[j].fp != fp) {
            j = (j + 1) & (fcap - 1);
        }
        out[j].fp = fp; /* equal fingerprints in reach merge: harmless, vanishingly rare */
        out[j].entry |= tab[i].entry;
        out[j].prefix |= tab[i].prefix;
    }
    FILE *o = fopen(argv[1], "wb");
    if (!o) {
        perror(argv[1]);
        return 1;
    }
    uint32_t head[4] = {EG_PHRASE_VERSION, 0x01020304u, nl, lg};
    fwrite(EG_PHRASE_MAGIC, 1, 8, o);
    fwrite(head, sizeof head, 1, o);
    fwrite(&id, sizeof id, 1, o);
    fwrite(names, EG_PHRASE_NAME, nl, o);
    fwrite(out, sizeof *out, fcap, o);
    if (fclose(o) != 0) {
        perror(argv[1]);
        return 1;
    }
    fprintf(stderr, "gazpack: %u lists, %zu keys, %zu slots\n", nl, count, fcap);
    free(out);
    free(tab);
    return 0;
}
