/*
 * fuzz_files.c - libFuzzer harness: arbitrary bytes as a graph file (JSON or GraphML), an
 * alias file and a model file; each loader must reject or accept cleanly.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../src/resolve/aliasfile.h"
#include "../../src/graph/graph.h"
#include "../../src/ner/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/eg-fuzz-file-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        return 0;
    }
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    eg_error err = {0};
    eg_graph *g = NULL;
    if (eg_graph_load(&g, path, &err) == EG_OK) {
        eg_graph_save(g, "/dev/null", EG_FORMAT_JSON, &err);
        eg_graph_save(g, "/dev/null", EG_FORMAT_GRAPHML, &err);
        eg_graph_destroy(g);
    }
    g = NULL;
    if (eg_graph_load_ex(&g, path, EG_LOAD_NO_EVIDENCE, &err) == EG_OK) { /* the mapped path */
        eg_graph_save(g, "/dev/null", EG_FORMAT_JSON, &err);
        eg_graph_destroy(g);
    }
    eg_aliasfile *a = NULL;
    if (eg_aliasfile_load(&a, path, &err) == EG_OK) {
        eg_aliasfile_destroy(a);
    }
    eg_model *m = NULL;
    if (eg_model_load_memory(&m, data, size, &err) == EG_OK) {
        eg_model_destroy(m);
    }
    unlink(path);
    return 0;
}
