/*
 * fuzz_jsonl.c - libFuzzer harness: arbitrary bytes as a JSONL file through the reader
 * (lenient mode: malformed lines are skipped with warnings).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../src/text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/eg-fuzz-jsonl-XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    if (fd < 0) {
        return 0;
    }
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    const char *in[] = {path};
    eg_reader_opts o = {.max_article_bytes = 1 << 20};
    eg_reader *r = NULL;
    eg_error err = {0};
    if (eg_reader_create(&r, in, 1, &o, &err) == EG_OK) {
        eg_doc d = {0};
        while (eg_reader_next(r, &d, &err) == 1) {
        }
        eg_doc_fini(&d);
        eg_reader_destroy(r);
    }
    unlink(path);
    return 0;
}
