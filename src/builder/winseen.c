/*
 * winseen.c - windows seen by content (see winseen.h).
 */
#include "winseen.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define NONE UINT32_MAX

typedef struct eg_winseen_entry {
    uint64_t hash;
    uint32_t first_set; /* NONE: no entity was counted in this text yet */
    uint32_t nsets;
} eg_winseen_entry;

typedef struct eg_winseen_set {
    uint32_t start, n; /* in ids[] */
    uint32_t next;     /* the text's next set, or NONE */
} eg_winseen_set;

uint64_t eg_winseen_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    bool space = false, any = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = any;
            continue;
        }
        if (space) {
            h = (h ^ ' ') * 1099511628211ULL;
            space = false;
        }
        h = (h ^ c) * 1099511628211ULL;
        any = true;
    }
    h = eg_mix64(h);
    return h ? h : 1;
}

static bool rehash(eg_winseen *w)
{
    size_t ns = w->nslots ? w->nslots * 2 : 1024;
    uint32_t *s = calloc(ns, sizeof *s);
    if (!s) {
        return false;
    }
    for (size_t e = 0; e < w->n; e++) {
        size_t i = (size_t)w->entries[e].hash & (ns - 1);
        while (s[i]) {
            i = (i + 1) & (ns - 1);
        }
        s[i] = (uint32_t)e + 1;
    }
    free(w->slots);
    w->slots = s;
    w->nslots = ns;
    return true;
}

bool eg_winseen_add(eg_winseen *w, uint64_t h, uint32_t *entry, bool *added)
{
    if (2 * (w->n + 1) > w->nslots && !rehash(w)) {
        return false;
    }
    size_t i = (size_t)h & (w->nslots - 1);
    while (w->slots[i]) {
        if (w->entries[w->slots[i] - 1].hash == h) {
            *entry = w->slots[i] - 1;
            *added = false;
            return true;
        }
        i = (i + 1) & (w->nslots - 1);
    }
    if (w->n >= NONE - 1 || !EG_GROW(w->entries, w->cap, w->n + 1)) {
        return false;
    }
    w->entries[w->n] = (eg_winseen_entry){h, NONE, 0};
    w->slots[i] = (uint32_t)w->n + 1;
    *entry = (uint32_t)w->n++;
    *added = true;
    return true;
}

static bool set_has(const eg_winseen *w, const eg_winseen_set *s, uint32_t id)
{
    const uint32_t *v = w->ids + s->start;
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] == id) {
            return true;
        }
        if (v[mid] < id) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return false;
}

bool eg_winseen_has(const eg_winseen *w, uint32_t entry, uint32_t id)
{
    for (uint32_t k = w->entries[entry].first_set; k != NONE; k = w->sets[k].next) {
        if (set_has(w, &w->sets[k], id)) {
            return true;
        }
    }
    return false;
}

bool eg_winseen_has_pair(const eg_winseen *w, uint32_t entry, uint32_t a, uint32_t b)
{
    for (uint32_t k = w->entries[entry].first_set; k != NONE; k = w->sets[k].next) {
        if (set_has(w, &w->sets[k], a) && set_has(w, &w->sets[k], b)) {
            return true;
        }
    }
    return false;
}

bool eg_winseen_record(eg_winseen *w, uint32_t entry, const uint32_t *ids, size_t n)
{
    uint32_t last = NONE; /* the text's last set */
    for (uint32_t k = w->entries[entry].first_set; k != NONE; k = w->sets[k].next) {
        const eg_winseen_set *s = &w->sets[k];
        if (s->n == n && memcmp(w->ids + s->start, ids, n * sizeof *ids) == 0) {
            return true;
        }
        last = k;
    }
    if (w->entries[entry].nsets >= EG_WINSEEN_MAX_SETS || n == 0) {
        return true;
    }
    if (w->nids + n >= NONE || w->nsets + 1 >= NONE ||
        !EG_GROW(w->ids, w->ids_cap, w->nids + n) || !EG_GROW(w->sets, w->sets_cap, w->nsets + 1)) {
        return false;
    }
    memcpy(w->ids + w->nids, ids, n * sizeof *ids);
    w->sets[w->nsets] = (eg_winseen_set){(uint32_t)w->nids, (uint32_t)n, NONE};
    if (last == NONE) {
        w->entries[entry].first_set = (uint32_t)w->nsets;
    } else {
        w->sets[last].next = (uint32_t)w->nsets;
    }
    w->nsets++;
    w->nids += n;
    w->entries[entry].nsets++;
    return true;
}

void eg_winseen_fini(eg_winseen *w)
{
    free(w->slots);
    free(w->entries);
    free(w->sets);
    free(w->ids);
    memset(w, 0, sizeof *w);
}

size_t eg_winseen_count(const eg_winseen *w)
{
    return w->n;
}

uint64_t eg_winseen_entry_hash(const eg_winseen *w, uint32_t entry)
{
    return w->entries[entry].hash;
}

bool eg_winseen_set_at(const eg_winseen *w, uint32_t entry, uint32_t k, const uint32_t **ids,
                       size_t *n)
{
    uint32_t s = w->entries[entry].first_set;
    for (; s != NONE && k; k--) {
        s = w->sets[s].next;
    }
    if (s == NONE) {
        return false;
    }
    *ids = w->ids + w->sets[s].start;
    *n = w->sets[s].n;
    return true;
}
