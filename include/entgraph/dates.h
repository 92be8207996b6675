/*
 * entgraph/dates.h - article dates as yyyymmdd integers (20230822): they compare as numbers.
 * Pure functions, thread-safe, O(length of the text).
 */
#ifndef ENTGRAPH_DATES_H
#define ENTGRAPH_DATES_H

#include <stdint.h>

#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

/** "2023-08-22", "2023-08-22T10:00:00Z", "2023-08-22 10:00", "2023-08" or "2023" as yyyymmdd
 *  (a missing month or day counts as 01); 0 when it is not such a date. */
EG_API uint32_t eg_date_parse(const char *s);
/** yyyymmdd as "YYYY-MM-DD" in buf (at least 11 bytes); "" for 0. Returns buf. */
EG_API const char *eg_date_format(uint32_t d, char *buf);
/** yyyymmdd as "YYYY-MM" in buf (at least 8 bytes). Returns buf. */
EG_API const char *eg_date_month(uint32_t d, char *buf);

#ifdef __cplusplus
}
#endif
#endif
