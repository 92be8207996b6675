/*
 * dates.h (internal) - article dates: ISO 8601 calendar dates kept as yyyymmdd integers
 * (20230822), so they compare as numbers and cost four bytes on every node and edge. The
 * parsing and formatting are public (entgraph/dates.h).
 */
#ifndef EG_DATES_H
#define EG_DATES_H

#include <stdint.h>

#include "entgraph/dates.h"

/** Widen the span [*first, *last] (0: empty) to cover [f, l] (f == 0: nothing to add). */
static inline void eg_date_widen(uint32_t *first, uint32_t *last, uint32_t f, uint32_t l)
{
    if (f) {
        *first = !*first || f < *first ? f : *first;
        *last = l > *last ? l : *last;
    }
}

#endif
