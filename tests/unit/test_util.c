/* test_util.c - buffers, the string map, UTF-8 decoding, errors. */
#include "../../src/base/util.h"

#include <stdlib.h>

#include "check.h"

int main(void)
{
    eg_buf b = {0};
    CHECK(eg_buf_puts(&b, "abc") && b.len == 3);
    CHECK(eg_buf_printf(&b, "-%d-%s", 42, "x") && strcmp(b.data, "abc-42-x") == 0);
    char big[1000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK(eg_buf_printf(&b, "%s", big) && b.len == 8 + 999);
    eg_buf_reset(&b);
    CHECK(b.len == 0 && b.data[0] == '\0');
    eg_buf_fini(&b);
    char *e = eg_buf_steal(&b);
    CHECK_STR(e, "");
    free(e);

    eg_strmap m = {0};
    char key[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        CHECK(eg_strmap_put(&m, key, strlen(key), (uint32_t)i * 2) || (check_failed++, 0));
    }
    CHECK(m.count == 5000);
    CHECK(eg_strmap_get(&m, "k4321", 5, 0) == 8642);
    CHECK(eg_strmap_get(&m, "nope", 4, 7) == 7);
    CHECK(eg_strmap_put(&m, "k1", 2, 99) && eg_strmap_get(&m, "k1", 2, 0) == 99 && m.count == 5000);
    /* keys may contain NUL bytes */
    CHECK(eg_strmap_put(&m, "a\0b", 3, 1) && eg_strmap_get(&m, "a\0c", 3, 0) == 0);
    eg_strmap_fini(&m);

    int32_t cp;
    CHECK(eg_utf8_decode((const unsigned char *)"\xC3\xAF", 2, &cp) == 2 && cp == 0xEF);
    CHECK(eg_utf8_decode((const unsigned char *)"\xC3", 1, &cp) == 1 && cp == 0xFFFD);
    CHECK(eg_utf8_decode((const unsigned char *)"\xC0\x80", 2, &cp) == 1 && cp == 0xFFFD);
    CHECK(eg_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp) == 1 && cp == 0xFFFD);
    char out[4];
    CHECK(eg_utf8_encode(0x20AC, out) == 3 && memcmp(out, "\xE2\x82\xAC", 3) == 0);

    eg_error err = {0};
    CHECK(eg_error_set(&err, EG_ERR_IO, "a\nb %d", 1) == EG_ERR_IO);
    CHECK_STR(err.msg, "a b 1");
    CHECK(eg_error_set(NULL, EG_ERR_PARSE, "x") == EG_ERR_PARSE);
    return check_done();
}
