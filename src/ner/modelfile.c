/*
 * modelfile.c - the tagger's model files: load (checked whole: header, sizes, order of the
 * rows and class sections, CRC-32) and save (atomically, through outfile.h).
 *
 * File format (all integers little-endian):
 *   0   8 bytes  magic "EGNERMDL"
 *   8   u32      format version (1)
 *   12  u32      number of labels (17)
 *   16  u32      hash bits
 *   20  u32      number of rows R
 *   24  u32      feature set version
 *   28  u32      scale (IEEE-754 float bits): weight = int16 * scale
 *   32  i16      (NL + 1) * NL transition weights (last row: from the sentence start)
 *   ..  R x (u32 bucket, NL x i16) rows, buckets strictly increasing
 *   ..  u32      number of word classes K (format 2), then K x (u64 word key hash, u16
 *                class), hashes strictly increasing (see clusters.h)
 *   ..  u32      levels L of the word-vector classes (format 3; 0: none), u32 number of words
 *                K2 (0 when L is 0), then K2 x (u64 word key hash, L x u16 class), hashes
 *                strictly increasing (see wordvec.h)
 *   ..  u64      id of the phrase table (phrases.h) the features saw in training, 0: none;
 *                a model whose id is not the built-in table's does not load
 *   end u32      CRC-32 of every preceding byte
 */
#include "model.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "model_impl.h"
#include "outfile.h"
#include "phrases.h"
#include "util.h"

#define FORMAT_VERSION 3u
#define FEATURE_VERSION 4u

/* ---- CRC-32 --------------------------------------------------------------------------------- */

/* CRC-32 (IEEE), eight bytes at a step ("slicing by 8"): the model file is checked whole on
 * every load, and a byte at a time was most of the load time. */
static uint32_t crc_table[8][256];
static pthread_once_t crc_once = PTHREAD_ONCE_INIT;

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) {
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        crc_table[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; i++) {
        for (int t = 1; t < 8; t++) {
            uint32_t c = crc_table[t - 1][i];
            crc_table[t][i] = crc_table[0][c & 0xFF] ^ (c >> 8);
        }
    }
}

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
    pthread_once(&crc_once, crc_init);
    crc = ~crc;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint32_t a = crc ^ ((uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                            (uint32_t)p[i + 3] << 24);
        crc = crc_table[7][a & 0xFF] ^ crc_table[6][(a >> 8) & 0xFF] ^
              crc_table[5][(a >> 16) & 0xFF] ^ crc_table[4][a >> 24] ^
              crc_table[3][p[i + 4]] ^ crc_table[2][p[i + 5]] ^ crc_table[1][p[i + 6]] ^
              crc_table[0][p[i + 7]];
    }
    for (; i < n; i++) {
        crc = crc_table[0][(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    }
    return ~crc;
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int16_t rd16(const unsigned char *p)
{
    return (int16_t)(uint16_t)((uint16_t)p[0] | (uint16_t)p[1] << 8);
}

/* A class section of the model file: n x (u64 hash, nlev x u16), hashes increasing. */
static bool read_classes(wclasses *wc, const unsigned char *q, size_t n, unsigned nlev)
{
    if (!n) {
        return true;
    }
    if (!eg_wclasses_init(wc, n, nlev)) {
        return false;
    }
    uint64_t prevh = 0;
    for (size_t i = 0; i < n; i++, q += 8 + 2 * nlev) {
        uint64_t h = rd32(q) | (uint64_t)rd32(q + 4) << 32;
        uint16_t c[MAXLEV];
        for (unsigned l = 0; l < nlev; l++) {
            c[l] = (uint16_t)rd16(q + 8 + 2 * l);
        }
        if ((i > 0 && h <= prevh) || !eg_wclasses_put(wc, h, c)) {
            return false;
        }
        prevh = h;
    }
    return true;
}

static eg_status load_bytes(eg_model **out, const unsigned char *p, size_t len, const char *name,
                            eg_error *err)
{
    *out = NULL;
    const size_t head = 32 + (NL + 1) * NL * 2;
    if (len < 8 || memcmp(p, "EGNERMDL", 8) != 0) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: not an entgraph model file", name);
    }
    if (len < head + 4) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    uint32_t ver = rd32(p + 8), nl = rd32(p + 12), bits = rd32(p + 16), nrows = rd32(p + 20),
             fver = rd32(p + 24), sbits = rd32(p + 28);
    if (ver != FORMAT_VERSION || fver != FEATURE_VERSION) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: model format %u/%u, this entgraph reads %u/%u (retrain it)", name,
                            ver, fver, FORMAT_VERSION, FEATURE_VERSION);
    }
    if (nl != NL || bits < 10 || bits > 26 || nrows > (1u << bits)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt model header", name);
    }
    size_t rowbytes = 4 + NL * 2;
    if ((len - head - 4) / rowbytes < nrows || head + (size_t)nrows * rowbytes + 8 > len) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    size_t cls_at = head + (size_t)nrows * rowbytes, vcls_at = 0;
    uint32_t ncls = rd32(p + cls_at), nlev = 0, nvcls = 0;
    if ((len - cls_at - 8) / 10 < ncls || cls_at + 4 + (size_t)ncls * 10 + 20 > len) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    vcls_at = cls_at + 4 + (size_t)ncls * 10;
    nlev = rd32(p + vcls_at);
    nvcls = rd32(p + vcls_at + 4);
    if (nlev > MAXLEV || (nlev == 0) != (nvcls == 0) ||
        (len - vcls_at - 20) / (8 + 2 * (nlev ? nlev : 1)) < nvcls ||
        vcls_at + 8 + (size_t)nvcls * (8 + 2 * nlev) + 12 != len) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: truncated model file", name);
    }
    if (crc32_update(0, p, len - 4) != rd32(p + len - 4)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt model file (checksum mismatch)",
                            name);
    }
    uint64_t phrases = rd32(p + len - 12) | (uint64_t)rd32(p + len - 8) << 32;
    const eg_phrase_table *phr = eg_phrase_table_default();
    if (phrases && (!phr || phr->id != phrases)) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: trained with other phrase lists than this entgraph's "
                            "data/lists (retrain it)", name);
    }
    /* the tagger's other resource, built once per process: with the model, so that loading
     * and not the first document's tagging pays for it */
    (void)eg_gazetteer_default();
    eg_model *m = eg_model_alloc();
    if (!m) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    m->bits = bits;
    m->nrows = nrows;
    m->phrases = phrases;
    m->crc = rd32(p + len - 4);
    memcpy(&m->scale, &sbits, sizeof m->scale);
    m->rows = malloc((nrows ? nrows : 1) * (size_t)NL * sizeof *m->rows);
    m->buckets = malloc((nrows ? nrows : 1) * sizeof *m->buckets);
    if (!m->rows || !m->buckets) {
        eg_model_destroy(m);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory loading the model");
    }
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        m->trans[i] = rd16(p + 32 + 2 * i);
    }
    const unsigned char *q = p + head;
    uint32_t prev = 0;
    for (size_t r = 0; r < nrows; r++, q += rowbytes) {
        uint32_t b = rd32(q);
        if (b >= (1u << bits) || (r > 0 && b <= prev)) {
            eg_model_destroy(m);
            return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt model rows", name);
        }
        prev = b;
        m->buckets[r] = b;
        for (unsigned l = 0; l < NL; l++) {
            m->rows[r * NL + l] = rd16(q + 4 + 2 * l);
        }
    }
    if (!eg_model_build_rank(m)) {
        eg_model_destroy(m);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory loading the model");
    }
    if (!read_classes(&m->wc, p + cls_at + 4, ncls, 1) ||
        !read_classes(&m->vc, p + vcls_at + 8, nvcls, nlev)) {
        eg_model_destroy(m);
        return eg_error_set(err, EG_ERR_PARSE, "%s: corrupt word classes (or out of memory)",
                            name);
    }
    *out = m;
    return EG_OK;
}

uint32_t eg_model_crc(const eg_model *m)
{
    return m->crc;
}

eg_status eg_model_load_memory(eg_model **out, const void *data, size_t len, eg_error *err)
{
    return load_bytes(out, data, len, "model", err);
}

eg_status eg_model_load_file(eg_model **out, const char *path, eg_error *err)
{
    *out = NULL;
    char *buf = NULL;
    size_t len = 0;
    eg_status st = eg_read_file(path, (size_t)512 << 20, &buf, &len, err);
    if (st == EG_OK) {
        st = load_bytes(out, (const unsigned char *)buf, len, path, err);
    }
    free(buf);
    return st;
}

#ifdef EG_HAVE_DEFAULT_MODEL
extern const char eg_data_model[], eg_data_model_end[];
#endif

eg_status eg_model_load_default(eg_model **out, eg_error *err)
{
#ifdef EG_HAVE_DEFAULT_MODEL
    return load_bytes(out, (const unsigned char *)eg_data_model,
                      (size_t)(eg_data_model_end - eg_data_model), "built-in model", err);
#else
    *out = NULL;
    return eg_error_set(err, EG_ERR_INVALID,
                        "this build has no built-in model (train one: see README)");
#endif
}

static void put32(eg_buf *b, uint32_t v)
{
    unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    eg_buf_append(b, (const char *)c, 4);
}

static void put16(eg_buf *b, int16_t v)
{
    uint16_t u = (uint16_t)v;
    unsigned char c[2] = {(unsigned char)u, (unsigned char)(u >> 8)};
    eg_buf_append(b, (const char *)c, 2);
}

/* A class section, by increasing hash so the file does not depend on the table layout; with
 * `levels`, preceded by the number of levels (0 and no count for no classes). */
static bool write_classes(eg_buf *b, const wclasses *wc, bool levels)
{
    uint64_t *order = malloc((wc->n ? wc->n : 1) * sizeof *order);
    if (!order) {
        return false;
    }
    size_t no = 0;
    for (size_t i = 0; i < wc->cap; i++) {
        if (wc->keys[i]) {
            order[no++] = wc->keys[i];
        }
    }
    eg_sort(order, no, sizeof *order, eg_cmp_u64);
    if (levels) {
        put32(b, no ? wc->nlev : 0);
    }
    put32(b, (uint32_t)no);
    for (size_t i = 0; i < no; i++) {
        put32(b, (uint32_t)order[i]);
        put32(b, (uint32_t)(order[i] >> 32));
        const uint16_t *c = eg_wclasses_find(wc, order[i]);
        for (unsigned l = 0; l < wc->nlev; l++) {
            put16(b, (int16_t)c[l]);
        }
    }
    free(order);
    return true;
}

eg_status eg_model_save(const eg_model *m, const char *path, eg_error *err)
{
    eg_buf b = {0};
    eg_buf_append(&b, "EGNERMDL", 8);
    put32(&b, FORMAT_VERSION);
    put32(&b, NL);
    put32(&b, m->bits);
    put32(&b, (uint32_t)m->nrows);
    put32(&b, FEATURE_VERSION);
    uint32_t sbits;
    memcpy(&sbits, &m->scale, sizeof sbits);
    put32(&b, sbits);
    for (size_t i = 0; i < (NL + 1) * NL; i++) {
        put16(&b, m->trans[i]);
    }
    for (size_t r = 0; r < m->nrows; r++) {
        put32(&b, m->buckets[r]);
        for (unsigned l = 0; l < NL; l++) {
            put16(&b, m->rows[r * NL + l]);
        }
    }
    if (!write_classes(&b, &m->wc, false) || !write_classes(&b, &m->vc, true)) {
        eg_buf_fini(&b);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    put32(&b, (uint32_t)m->phrases);
    put32(&b, (uint32_t)(m->phrases >> 32));
    if (!b.data) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    put32(&b, crc32_update(0, (const unsigned char *)b.data, b.len));
    eg_outfile of;
    eg_status st = eg_outfile_open(&of, path, err);
    if (st == EG_OK) {
        if (fwrite(b.data, 1, b.len, of.fp) != b.len) {
            eg_outfile_abort(&of);
            st = eg_error_set(err, EG_ERR_IO, "%s: %s", path, strerror(errno));
        } else {
            st = eg_outfile_commit(&of, err);
        }
    }
    eg_buf_fini(&b);
    return st;
}
