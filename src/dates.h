/*
 * dates.h - article dates: ISO 8601 calendar dates kept as yyyymmdd integers (20230822), so
 * they compare as numbers and cost four bytes on every node and edge.
 */
#ifndef EG_DATES_H
#define EG_DATES_H

#include <stdint.h>

/** "2023-08-22", "2023-08-22T10:00:00Z", "2023-08-22 10:00", "2023-08" or "2023" as yyyymmdd
 *  (a missing month or day counts as 01); 0 when it is not such a date. */
uint32_t eg_date_parse(const char *s);
/** yyyymmdd as "YYYY-MM-DD" in buf (at least 11 bytes); "" for 0. Returns buf. */
const char *eg_date_format(uint32_t d, char *buf);
/** Widen the span [*first, *last] (0: empty) to cover [f, l] (f == 0: nothing to add). */
static inline void eg_date_widen(uint32_t *first, uint32_t *last, uint32_t f, uint32_t l)
{
    if (f) {
        *first = !*first || f < *first ? f : *first;
        *last = l > *last ? l : *last;
    }
}

/** yyyymmdd as "YYYY-MM" in buf (at least 8 bytes). */
const char *eg_date_month(uint32_t d, char *buf);

#endif
