/*
 * fuzz_pipeline.c - libFuzzer harness: arbitrary bytes as an article through normalization,
 * segmentation, recognition (built-in model), alias resolution and the graph builder.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/builder/builder.h"
#include "../../src/resolve/alias.h"
#include "../../src/graph/graph.h"
#include "../../src/ner/ner.h"
#include "../../src/text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static eg_ner *ner;
    static eg_ner_ws *ws;
    eg_error err = {0};
    if (!ner && (eg_ner_create(&ner, NULL, &err) != EG_OK || !(ws = eg_ner_ws_create()))) {
        abort();
    }
    eg_doc doc = {0};
    doc.id = strdup("fuzz");
    if (eg_text_normalize(&doc.text, &doc.len, (const char *)data, size, NULL, NULL, &err) !=
            EG_OK ||
        eg_text_segment(&doc, &err) != EG_OK) {
        eg_doc_fini(&doc);
        return 0;
    }
    eg_mentions ms = {0};
    eg_doc_entities de = {0};
    eg_builder *b = NULL;
    eg_graph *g = NULL;
    eg_build_opts bo = {.window = EG_WINDOW_SENTENCE, .types = EG_TYPES_ALL, .evidence = 2};
    if (eg_ner_recognize(ner, ws, &doc, &ms, &err) == EG_OK &&
        eg_alias_doc(&doc, &ms, true, NULL, &de, &err) == EG_OK &&
        eg_builder_create(&b, &bo, &err) == EG_OK && eg_builder_add(b, &doc, &ms, &de, &err) == EG_OK) {
        eg_builder_finish(b, &g, &err);
    }
    eg_graph_destroy(g);
    eg_builder_destroy(b);
    eg_doc_entities_fini(&de);
    eg_mentions_fini(&ms);
    eg_doc_fini(&doc);
    return 0;
}
