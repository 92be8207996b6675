/*
 * phrases.c - the phrase table compiled from data/lists/ (see phrases.h), used in place.
 */
#include "phrases.h"

#include <pthread.h>

#ifdef EG_HAVE_PHRASES
extern const char eg_data_phrases[], eg_data_phrases_end[];
#endif

static eg_phrase_table table;
static bool table_ok;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Check the header of the embedded table and point into it. */
static void init(void)
{
#ifdef EG_HAVE_PHRASES
    const char *p = eg_data_phrases;
    size_t len = (size_t)(eg_data_phrases_end - eg_data_phrases);
    uint32_t head[4];
    if (len < EG_PHRASE_HEAD || memcmp(p, EG_PHRASE_MAGIC, 8) != 0) {
        return;
    }
    memcpy(head, p + 8, sizeof head);
    if (head[0] != EG_PHRASE_VERSION || head[1] != 0x01020304u || head[2] == 0 ||
        head[2] > EG_PHRASE_MAX_LISTS || head[3] > 30) {
        return;
    }
    size_t names = EG_PHRASE_HEAD + (size_t)head[2] * EG_PHRASE_NAME;
    if (len != names + ((size_t)1 << head[3]) * sizeof(eg_phrase_slot) ||
        (uintptr_t)(p + names) % _Alignof(eg_phrase_slot) != 0) {
        return;
    }
    memcpy(&table.id, p + 24, sizeof table.id);
    table.nlists = head[2];
    for (unsigned l = 0; l < head[2]; l++) {
        const char *nm = p + EG_PHRASE_HEAD + (size_t)l * EG_PHRASE_NAME;
        if (nm[EG_PHRASE_NAME - 1] != 0) {
            return;
        }
        table.names[l] = nm;
    }
    table.slots = (const eg_phrase_slot *)(const void *)(p + names);
    table.mask = ((size_t)1 << head[3]) - 1;
    table_ok = true;
#endif
}

const eg_phrase_table *eg_phrase_table_default(void)
{
    pthread_once(&once, init);
    return table_ok ? &table : NULL;
}

int eg_phrase_list(const eg_phrase_table *t, const char *name)
{
    for (unsigned l = 0; t && l < t->nlists; l++) {
        if (strcmp(t->names[l], name) == 0) {
            return (int)l;
        }
    }
    return -1;
}
