/*
 * pipeline.c - batches of articles through recognition and resolution, in parallel, then into
 * the builder in input order.
 *
 * Each batch holds up to BATCH_PER_THREAD * threads articles. With N threads, N - 1 workers
 * and the calling thread share the work: the calling thread reads the next batch and hands the
 * previous one to the builder, then helps with the batch in flight. Articles are claimed one
 * at a time from an atomic counter (long articles do not leave a thread idle at the end of a
 * batch); each thread owns one eg_ner_ws for the whole run, and processing an article depends
 * on nothing but the article. The builder and the callback only ever run on the calling
 * thread, in input order, so results are byte-identical for any thread count.
 */
#include "pipeline.h"

#include <pthread.h>
#include <stdatomic.h>
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
    char *warning; /* from eg_doc_prepare, printed in input order */
} slot;

typedef struct batch {
    slot *slots;
    size_t n;
    atomic_size_t claimed; /* next article to hand out */
} batch;

/* Shared between the reading thread and the workers. */
typedef struct crew {
    pthread_mutex_t mu;
    pthread_cond_t go;   /* a new batch is ready (gen changed) or quit */
    pthread_cond_t done; /* pending reached zero */
    unsigned gen;
    unsigned pending;
    batch *cur;
    bool quit;
} crew;

typedef struct worker {
    pthread_t th;
    const eg_ner *ner;
    eg_ner_ws *ws;
    crew *crew;
    bool explain;
    bool started;
    const struct eg_aliasfile *aliases;
} worker;

static void process(worker *w, slot *s)
{
    eg_error_clear(&s->err);
    s->st = eg_doc_prepare(&s->doc, &s->warning, &s->err);
    if (s->st == EG_OK) {
        s->st = eg_ner_recognize(w->ner, w->ws, &s->doc, &s->ms, &s->err);
    }
    if (s->st == EG_OK && eg_ner_ws_pieces(w->ws) > 1) {
        /* one more line for the warning (several lines are printed one by one) */
        eg_buf m = {0};
        eg_buf_printf(&m, "%s%s%s: %zu tokens, more than the recognizer reads at once: tagged "
                          "in %u pieces of at most %u tokens",
                      s->warning ? s->warning : "", s->warning ? "\n" : "",
                      s->doc.where ? s->doc.where : s->doc.id, s->doc.ntoks,
                      eg_ner_ws_pieces(w->ws), (unsigned)EG_TAG_PIECE_TOKENS);
        if (m.data) {
            free(s->warning);
            s->warning = eg_buf_steal(&m);
        }
    }
    if (s->st == EG_OK) {
        s->st = eg_alias_doc(&s->doc, &s->ms, w->explain, w->aliases, &s->de, &s->err);
    }
}

static void work_batch(worker *w, batch *b)
{
    for (;;) {
        size_t i = atomic_fetch_add_explicit(&b->claimed, 1, memory_order_relaxed);
        if (i >= b->n) {
            return;
        }
        process(w, &b->slots[i]);
    }
}

static void *work(void *arg)
{
    worker *w = arg;
    crew *c = w->crew;
    unsigned seen = 0;
    for (;;) {
        pthread_mutex_lock(&c->mu);
        while (c->gen == seen && !c->quit) {
            pthread_cond_wait(&c->go, &c->mu);
        }
        if (c->quit) {
            pthread_mutex_unlock(&c->mu);
            return NULL;
        }
        seen = c->gen;
        batch *b = c->cur;
        pthread_mutex_unlock(&c->mu);
        work_batch(w, b);
        pthread_mutex_lock(&c->mu);
        if (--c->pending == 0) {
            pthread_cond_signal(&c->done);
        }
        pthread_mutex_unlock(&c->mu);
    }
}

static void crew_start(crew *c, batch *b, unsigned nworkers)
{
    atomic_store(&b->claimed, 0);
    pthread_mutex_lock(&c->mu);
    c->cur = b;
    c->pending = nworkers;
    c->gen++;
    pthread_cond_broadcast(&c->go);
    pthread_mutex_unlock(&c->mu);
}

static void crew_wait(crew *c)
{
    pthread_mutex_lock(&c->mu);
    while (c->pending > 0) {
        pthread_cond_wait(&c->done, &c->mu);
    }
    pthread_mutex_unlock(&c->mu);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress_line(const eg_pipeline_opts *opts, const eg_pipeline_stats *s,
                          uint64_t total, double t0, bool final)
{
    eg_build_progress p = {.documents = s->documents, .bytes = s->bytes, .total_bytes = total,
                           .seconds = now() - t0, .final = final};
    opts->progress(opts->progress_ud, &p);
}

static void slot_clear(slot *s)
{
    eg_doc_entities_fini(&s->de);
    eg_mentions_clear(&s->ms);
    eg_doc_fini(&s->doc);
    free(s->warning);
    s->warning = NULL;
}

/* Read up to cap raw documents into b. Returns 1 when at least one was read, 0 at the end, or a
 * negative status. */
static int fill(eg_reader *rd, batch *b, size_t cap, eg_error *err)
{
    b->n = 0;
    while (b->n < cap) {
        int r = eg_reader_next(rd, &b->slots[b->n].doc, err);
        if (r < 0) {
            return r;
        }
        if (r == 0) {
            break;
        }
        b->n++;
    }
    return b->n > 0;
}

/* Hand a processed batch to the builder and the callback, in input order, and empty it. */
static eg_status deliver(batch *b, const eg_pipeline_opts *opts, eg_builder *builder,
                         eg_doc_fn fn, void *ud, eg_pipeline_stats *stats, eg_error *err)
{
    eg_status st = EG_OK;
    for (size_t i = 0; i < b->n; i++) {
        slot *s = &b->slots[i];
        for (char *line = s->warning; st == EG_OK && line && opts->reader.warn;) {
            char *nl = strchr(line, '\n');
            if (nl) {
                *nl = '\0';
            }
            opts->reader.warn(opts->reader.warn_ud, line);
            line = nl ? nl + 1 : NULL;
        }
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
        stats->tokens += s->doc.ntoks;
        stats->mentions += s->ms.n;
        slot_clear(s);
    }
    b->n = 0;
    return st;
}

/* One run: the recognizer, the reader, the workers and the two batches they share. */
typedef struct run {
    unsigned nth;     /* threads, the caller's included */
    size_t cap;       /* slots per batch */
    eg_ner *ner;
    eg_reader *rd;
    worker *ws;       /* ws[0] is the calling thread's; ws[1..] run in threads */
    batch bufs[2];
    crew c;
    bool crew_ready;  /* c's mutex and conditions are initialized */
} run;

/* Create the recognizer, the reader and the batches; start the worker threads. */
static eg_status run_start(run *R, const char *const *inputs, size_t ninputs,
                           const eg_pipeline_opts *opts, eg_error *err)
{
    eg_status st = eg_ner_create(&R->ner, opts->model_path, err);
    if (st != EG_OK) {
        return st;
    }
    eg_reader_opts ro = opts->reader;
    ro.defer = true; /* normalization and segmentation run in the workers */
    ro.unique_ids = true; /* an id names one document of the graph (and of entities' rows) */
    st = eg_reader_create(&R->rd, inputs, ninputs, &ro, err);
    if (st != EG_OK) {
        return st;
    }
    R->ws = calloc(R->nth, sizeof *R->ws);
    R->bufs[0].slots = calloc(R->cap, sizeof(slot));
    R->bufs[1].slots = calloc(R->cap, sizeof(slot));
    if (!R->ws || !R->bufs[0].slots || !R->bufs[1].slots ||
        pthread_mutex_init(&R->c.mu, NULL) != 0) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    pthread_cond_init(&R->c.go, NULL);
    pthread_cond_init(&R->c.done, NULL);
    R->crew_ready = true;
    for (unsigned t = 0; t < R->nth; t++) {
        R->ws[t] = (worker){.ner = R->ner, .crew = &R->c, .explain = opts->explain,
                            .aliases = opts->aliases};
        R->ws[t].ws = eg_ner_ws_create();
        if (!R->ws[t].ws) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    for (unsigned t = 1; t < R->nth; t++) {
        if (pthread_create(&R->ws[t].th, NULL, work, &R->ws[t]) != 0) {
            return eg_error_set(err, EG_ERR_NOMEM, "could not start worker threads");
        }
        R->ws[t].started = true;
    }
    return EG_OK;
}

/* Read, process and deliver every batch in input order. */
static eg_status run_batches(run *R, const eg_pipeline_opts *opts, eg_builder *builder,
                             eg_doc_fn fn, void *ud, eg_pipeline_stats *stats, eg_error *err)
{
    eg_status st = EG_OK;
    uint64_t total = eg_reader_total_bytes(R->rd);
    double t0 = now(), last = t0;
    batch *cur = &R->bufs[0], *next = &R->bufs[1]; /* cur: in flight; next: processed, or empty */
    int r = fill(R->rd, cur, R->cap, err);
    if (r > 0) {
        crew_start(&R->c, cur, R->nth - 1);
    }
    while (r > 0) {
        /* while the workers process `cur`: hand the batch before it to the builder, read the
         * next one into its place, then help with `cur` */
        st = deliver(next, opts, builder, fn, ud, stats, err);
        int rn = st == EG_OK ? fill(R->rd, next, R->cap, err) : 0;
        work_batch(&R->ws[0], cur);
        crew_wait(&R->c);
        if (st != EG_OK) {
            return st;
        }
        if (rn > 0) {
            crew_start(&R->c, next, R->nth - 1);
        }
        batch *tmp = cur;
        cur = next;
        next = tmp;
        r = rn;
        eg_reader_counts(R->rd, &stats->documents, &stats->skipped, &stats->bytes);
        if (opts->progress && now() - last > 0.5) {
            progress_line(opts, stats, total, t0, false);
            last = now();
        }
    }
    /* the last processed batch comes before a read error in input order */
    st = deliver(next, opts, builder, fn, ud, stats, err);
    if (st == EG_OK && r < 0) {
        st = (eg_status)r;
    }
    if (st != EG_OK) {
        return st;
    }
    eg_reader_counts(R->rd, &stats->documents, &stats->skipped, &stats->bytes);
    if (opts->progress && last != t0) {
        progress_line(opts, stats, total, t0, true);
    }
    return EG_OK;
}

/* Stop the workers and free what run_start made (any part of it). */
static void run_stop(run *R)
{
    if (R->crew_ready) {
        pthread_mutex_lock(&R->c.mu);
        R->c.quit = true;
        pthread_cond_broadcast(&R->c.go);
        pthread_mutex_unlock(&R->c.mu);
    }
    for (unsigned t = 0; R->ws && t < R->nth; t++) {
        if (R->ws[t].started) {
            pthread_join(R->ws[t].th, NULL);
        }
        eg_ner_ws_destroy(R->ws[t].ws);
    }
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; R->bufs[k].slots && i < R->cap; i++) {
            slot_clear(&R->bufs[k].slots[i]);
            eg_mentions_fini(&R->bufs[k].slots[i].ms);
        }
        free(R->bufs[k].slots);
    }
    if (R->crew_ready) {
        pthread_cond_destroy(&R->c.go);
        pthread_cond_destroy(&R->c.done);
        pthread_mutex_destroy(&R->c.mu);
    }
    free(R->ws);
    eg_reader_destroy(R->rd);
    eg_ner_destroy(R->ner);
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
    unsigned nth = opts->threads ? opts->threads : eg_cores();
    if (nth > 64) {
        nth = 64;
    }
    run R = {.nth = nth, .cap = (size_t)BATCH_PER_THREAD * nth, .c = {.gen = 0}};
    eg_status st = run_start(&R, inputs, ninputs, opts, err);
    if (st == EG_OK && builder) {
        char model[16];
        eg_ner_model_id(R.ner, model);
        eg_builder_set_model(builder, model); /* a shard state names the model */
    }
    if (st == EG_OK) {
        st = run_batches(&R, opts, builder, fn, ud, stats, err);
    }
    run_stop(&R);
    return st;
}
