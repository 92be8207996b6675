/*
 * fuzz_aliasfile.c - libFuzzer harness: bytes as the user's alias file (up to the first NUL
 * byte) and an article (the rest). When the file loads, a small build uses it: the article,
 * a fixed article naming countries, people and organisations, and an article made of every
 * label, alias and distinct name of the file (so its merges and distinct pairs are reached),
 * each recognized with the built-in model, resolved with the file and built into one graph,
 * which is then written as JSON and GraphML.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/builder/builder.h"
#include "../../src/resolve/alias.h"
#include "../../src/resolve/aliasfile.h"
#include "../../src/graph/graph.h"
#include "../../src/ner/ner.h"
#include "../../src/text/text.h"
#include "../../src/base/util.h"
#include "fdp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char fixed[] =
    "President Bola Tinubu of Nigeria met Mohamed Bazoum of Niger in Niamey on Monday. "
    "Bazoum and Tinubu spoke with John Smith and John Smyth of the United Nations. "
    "Twitter, now known as X, said Elon Musk would visit Mali, where Assimi Goita leads.\n";

static eg_status add_article(eg_ner *ner, eg_ner_ws *ws, eg_builder *b, const eg_aliasfile *af,
                             const char *id, const char *text, size_t len, eg_error *err)
{
    eg_doc doc = {0};
    eg_mentions ms = {0};
    eg_doc_entities de = {0};
    doc.id = strdup(id);
    eg_status st = doc.id ? EG_OK : EG_ERR_NOMEM;
    if (st == EG_OK &&
        (st = eg_text_normalize(&doc.text, &doc.len, text, len, NULL, NULL, err)) == EG_OK &&
        (st = eg_text_segment(&doc, err)) == EG_OK &&
        (st = eg_ner_recognize(ner, ws, &doc, &ms, err)) == EG_OK &&
        (st = eg_alias_doc(&doc, &ms, true, af, &de, err)) == EG_OK) {
        st = eg_builder_add(b, &doc, &ms, &de, err);
    }
    eg_doc_entities_fini(&de);
    eg_mentions_fini(&ms);
    eg_doc_fini(&doc);
    return st;
}

/* "A met B. B met C. ..." over the names of the file (bounded). */
static void names_text(const eg_aliasfile *af, eg_buf *t)
{
    const char *prev = "Niger";
    for (size_t i = 0; i < af->nentities && i < 40; i++) {
        const eg_user_entity *u = &af->entities[i];
        for (size_t k = 0; k <= u->naliases && k < 10; k++) {
            const char *s = k == 0 ? u->label : u->aliases[k - 1];
            eg_buf_printf(t, "%s met %s in Lagos. ", prev, s);
            prev = s;
        }
    }
    for (size_t i = 0; i < af->ndistinct && i < 40; i++) {
        eg_buf_printf(t, "%s met %s. ", af->distinct[i][0], af->distinct[i][1]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static eg_ner *ner;
    static eg_ner_ws *ws;
    eg_error err = {0};
    if (!ner && (eg_ner_create(&ner, NULL, &err) != EG_OK || !(ws = eg_ner_ws_create()))) {
        abort();
    }
    fdp p = {data, size};
    size_t flen;
    const uint8_t *file = fdp_until(&p, 0, &flen);
    char path[] = "/tmp/eg-fuzz-alias-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        return 0;
    }
    ssize_t w = write(fd, file, flen);
    close(fd);
    eg_aliasfile *af = NULL;
    if (w != (ssize_t)flen || eg_aliasfile_load(&af, path, &err) != EG_OK) {
        unlink(path);
        return 0;
    }
    unlink(path);
    eg_buf names = {0};
    names_text(af, &names);
    eg_builder *b = NULL;
    eg_graph *g = NULL;
    eg_build_opts bo = {.window = EG_WINDOW_SENTENCE, .types = EG_TYPES_ALL, .evidence = 2,
                        .aliases = af, .threads = 1};
    if (eg_builder_create(&b, &bo, &err) == EG_OK &&
        add_article(ner, ws, b, af, "fixed", fixed, sizeof fixed - 1, &err) == EG_OK &&
        add_article(ner, ws, b, af, "names", names.data ? names.data : "", names.len, &err) ==
            EG_OK &&
        add_article(ner, ws, b, af, "fuzz", (const char *)p.data, p.size, &err) == EG_OK &&
        eg_builder_finish(b, &g, &err) == EG_OK) {
        eg_graph_save(g, "/dev/null", EG_FORMAT_JSON, &err);
        eg_graph_save(g, "/dev/null", EG_FORMAT_GRAPHML, &err);
    }
    eg_graph_destroy(g);
    eg_builder_destroy(b);
    free(names.data);
    eg_aliasfile_destroy(af);
    return 0;
}
