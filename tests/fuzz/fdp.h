/*
 * fdp.h - a small C take on libFuzzer's FuzzedDataProvider: the harness input is consumed as
 * a stream of choices (bytes, bounded integers, length-prefixed strings) so that one input
 * drives a sequence of operations. Exhausted data reads as zeros, which every harness treats
 * as "stop".
 */
#ifndef EG_FUZZ_FDP_H
#define EG_FUZZ_FDP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct fdp {
    const uint8_t *data;
    size_t size;
} fdp;

static inline uint8_t fdp_u8(fdp *p)
{
    if (p->size == 0) {
        return 0;
    }
    uint8_t v = p->data[0];
    p->data++;
    p->size--;
    return v;
}

/* A value in [lo, hi] from one or two bytes. */
static inline unsigned fdp_range(fdp *p, unsigned lo, unsigned hi)
{
    unsigned span = hi - lo + 1, v = fdp_u8(p);
    if (span > 256) {
        v = v << 8 | fdp_u8(p);
    }
    return lo + v % span;
}

/* Up to `max` bytes, the count taken from the data first; points into the input. */
static inline const uint8_t *fdp_bytes(fdp *p, size_t max, size_t *len)
{
    size_t n = fdp_range(p, 0, max > 65535 ? 65535 : (unsigned)max);
    if (n > p->size) {
        n = p->size;
    }
    const uint8_t *s = p->data;
    p->data += n;
    p->size -= n;
    *len = n;
    return s;
}

/* The bytes up to the next `sep` (consumed, not included), or all that is left. */
static inline const uint8_t *fdp_until(fdp *p, uint8_t sep, size_t *len)
{
    const uint8_t *s = p->data, *e = memchr(s, sep, p->size);
    size_t n = e ? (size_t)(e - s) : p->size;
    *len = n;
    p->data += n + (e != NULL);
    p->size -= n + (e != NULL);
    return s;
}

#endif
