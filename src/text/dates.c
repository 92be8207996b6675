/*
 * dates.c - parsing and printing article dates (see dates.h). Only the calendar date of an
 * ISO 8601 timestamp is kept: co-occurrence spans are reported by day.
 */
#include "dates.h"

#include <stdbool.h>
#include <stdio.h>

static bool digits(const char *s, int n, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
        v = v * 10 + (unsigned)(s[i] - '0');
    }
    *out = v;
    return true;
}

static unsigned days_in(unsigned y, unsigned m)
{
    static const unsigned d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

uint32_t eg_date_parse(const char *s)
{
    unsigned y, m = 1, d = 1;
    if (!s || !digits(s, 4, &y) || y == 0) {
        return 0;
    }
    const char *p = s + 4;
    if (*p == '-') {
        if (!digits(p + 1, 2, &m)) {
            return 0;
        }
        p += 3;
        if (*p == '-') {
            if (!digits(p + 1, 2, &d)) {
                return 0;
            }
            p += 3;
        }
    }
    /* a time may follow the date: "T10:00:00Z" or " 10:00" */
    if (*p && *p != 'T' && *p != ' ') {
        return 0;
    }
    if (m < 1 || m > 12 || d < 1 || d > days_in(y, m)) {
        return 0;
    }
    return (uint32_t)(y * 10000 + m * 100 + d);
}

const char *eg_date_format(uint32_t d, char *buf)
{
    if (!d) {
        buf[0] = '\0';
        return buf;
    }
    /* "%04u-%02u-%02u" by hand: the exports format two dates per node and per edge */
    unsigned y = d / 10000 % 10000, m = d / 100 % 100, day = d % 100;
    const unsigned v[10] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, 0,
                            m / 10,   m % 10,       0,           day / 10, day % 10};
    for (unsigned i = 0; i < 10; i++) {
        buf[i] = i == 4 || i == 7 ? '-' : (char)('0' + v[i]);
    }
    buf[10] = '\0';
    return buf;
}

const char *eg_date_month(uint32_t d, char *buf)
{
    snprintf(buf, 8, "%04u-%02u", (unsigned)(d / 10000 % 10000), (unsigned)(d / 100 % 100));
    return buf;
}
