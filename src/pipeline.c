/*
 * pipeline.c - batches of articles through recognition and resolution, in parallel, then into
 * the builder in input order.
 *
 * Each batch holds up to BATCH_PER_THREAD * threads articles. Workers take articles i with
 * i % threads == t (static striping: deterministic and no locking); each worker owns one
 * eg_ner_ws for the whole run. The builder and the callback only ever run on the calling
 * thread, in input order, so results are byte-identical for any thread count.
 */
#include "pipeline.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

#define BATCH_PER_THREAD 32

typedef struct slot {
    eg_doc doc;
    eg_mentions ms;
    eg_doc_entities de;
    eg_status st;
    eg_error err;
} slot;

typedef struct worker {
    pthread_t th;
    const eg_ner *ner;
    eg_ner_ws *ws;
    slot *slots;
    size_t n;
    unsigned index;
    unsigned stride;
    bool explain;
} worker;

static void process(worker *w, slot *s)
{
    eg_error_clear(&s->err);
    s->st = eg_ner_recognize(w->ner, w->ws, &s->doc, &s->ms, &s->err);
    if (s->st == EG_OK) {
        s->st = eg_alias_doc(&s->doc, &s->ms, w->explain, &s->de, &s->err);
    }
}

static void *work(void *arg)
{
    worker *w = arg;
    for (size_t i = w->index; i < w->n; i += w->stride) {
        process(w, &w->slots[i]);
    }
    return NULL;
}

static unsigned cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress_line(const eg_pipeline_stats *s, uint64_t total, double t0, bool final)
{
    double el = now() - t0;
    double mb = s->bytes / 1e6;
    fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s", s->documents, mb,
            el > 0 ? mb / el : 0.0);
    if (total && s->bytes && !final) {
        double left = el * ((double)total / (double)s->bytes - 1.0);
        fprintf(stderr, ", about %.0f s left", left > 0 ? left : 0.0);
    }
    fputs(final ? "\n" : "   ", stderr);
}

eg_status eg_pipeline_run(const char *const *inputs, size_t ninputs, const eg_pipeline_opts *opts,
                          eg_builder *builder, eg_doc_fn fn, void *ud, eg_pipeline_stats *stats,
                          eg_error *err)
{
    eg_pipeline_stats local = {0};
    if (!stats) {
        stats = &local;
    }
    memset(stats, 0, sizeof *stats);
    unsigned nth = opts->threads ? opts->threads : cores();
    if (nth > 64) {
        nth = 64;
    }
    eg_ner *ner = NULL;
    eg_reader *rd = NULL;
    worker *ws = NULL;
    slot *slots = NULL;
    size_t cap = (size_t)BATCH_PER_THREAD * nth;
    eg_status st = eg_ner_create(&ner, opts->model_path, err);
    if (st != EG_OK) {
        return st;
    }
    st = eg_reader_create(&rd, inputs, ninputs, &opts->reader, err);
    if (st != EG_OK) {
        eg_ner_destroy(ner);
        return st;
    }
    ws = calloc(nth, sizeof *ws);
    slots = calloc(cap, sizeof *slots);
    if (!ws || !slots) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    for (unsigned t = 0; t < nth; t++) {
        ws[t] = (worker){.ner = ner, .slots = slots, .index = t, .stride = nth,
                         .explain = opts->explain};
        ws[t].ws = eg_ner_ws_create();
        if (!ws[t].ws) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
    }
    uint64_t total = eg_reader_total_bytes(rd);
    double t0 = now(), last = t0;
    bool eof = false;
    while (!eof) {
        size_t n = 0;
        while (n < cap) {
            int r = eg_reader_next(rd, &slots[n].doc, err);
            if (r < 0) {
                st = (eg_status)r;
                goto done;
            }
            if (r == 0) {
                eof = true;
                break;
            }
            stats->tokens += slots[n].doc.ntoks;
            n++;
        }
        if (n == 0) {
            break;
        }
        if (nth == 1 || n == 1) {
            ws[0].n = n;
            ws[0].stride = 1;
            work(&ws[0]);
            ws[0].stride = nth;
        } else {
            unsigned started = 0;
            for (unsigned t = 1; t < nth; t++) {
                ws[t].n = n;
                if (pthread_create(&ws[t].th, NULL, work, &ws[t]) != 0) {
                    break;
                }
                started++;
            }
            ws[0].n = n;
            work(&ws[0]);
            for (unsigned t = 1; t <= started; t++) {
                pthread_join(ws[t].th, NULL);
            }
            for (unsigned t = started + 1; t < nth; t++) { /* threads that failed to start */
                work(&ws[t]);
            }
        }
        for (size_t i = 0; i < n; i++) {
            slot *s = &slots[i];
            if (st == EG_OK && s->st != EG_OK) {
                st = eg_error_set(err, s->st, "%s: %s", s->doc.id ? s->doc.id : "article",
                                  s->err.msg);
            }
            if (st == EG_OK && builder) {
                st = eg_builder_add(builder, &s->doc, &s->ms, &s->de, err);
            }
            if (st == EG_OK && fn) {
                st = fn(ud, &s->doc, &s->ms, &s->de, err);
            }
            stats->mentions += s->ms.n;
            eg_doc_entities_fini(&s->de);
            eg_mentions_clear(&s->ms);
            eg_doc_fini(&s->doc);
        }
        if (st != EG_OK) {
            goto done;
        }
        eg_reader_counts(rd, &stats->documents, &stats->skipped, &stats->bytes);
        if (opts->progress && now() - last > 0.5) {
            progress_line(stats, total, t0, false);
            last = now();
        }
    }
    eg_reader_counts(rd, &stats->documents, &stats->skipped, &stats->bytes);
    if (opts->progress && last != t0) {
        progress_line(stats, total, t0, true);
    }
done:
    if (slots) {
        for (size_t i = 0; i < cap; i++) {
            eg_doc_entities_fini(&slots[i].de);
            eg_mentions_fini(&slots[i].ms);
            eg_doc_fini(&slots[i].doc);
        }
    }
    if (ws) {
        for (unsigned t = 0; t < nth; t++) {
            eg_ner_ws_destroy(ws[t].ws);
        }
    }
    free(ws);
    free(slots);
    eg_reader_destroy(rd);
    eg_ner_destroy(ner);
    return st;
}
