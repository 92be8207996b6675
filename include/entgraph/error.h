/*
 * entgraph/error.h - status codes and the error record every fallible call fills.
 *
 * A function that can fail returns an eg_status and takes `eg_error *err` last. `err` may be
 * NULL. On failure the message is one line, lower case, without the program name: the CLI
 * prints it as "entgraph: <msg>". There is no global error state.
 */
#ifndef ENTGRAPH_ERROR_H
#define ENTGRAPH_ERROR_H

#include <stddef.h>

#include "entgraph/visibility.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum eg_status {
    EG_OK = 0,          /* success */
    EG_ERR_IO = -1,     /* a file could not be read or written */
    EG_ERR_PARSE = -2,  /* malformed input (JSON, GraphML, CoNLL, model file) */
    EG_ERR_NOMEM = -3,  /* an allocation failed */
    EG_ERR_INVALID = -4, /* an argument or option is out of range */
    EG_ERR_NOT_FOUND = -5, /* no entity of that name, no path between two entities */
    EG_ERR_LIMIT = -6     /* the input or the work exceeds a limit the caller set: an article
                             over max_article_bytes, a render over its timeout */
} eg_status;

#define EG_ERROR_MSG_MAX 512

typedef struct eg_error {
    eg_status code;             /* EG_OK until something fails */
    char msg[EG_ERROR_MSG_MAX]; /* one line, NUL-terminated */
} eg_error;

/** Reset `err` to EG_OK with an empty message. Accepts NULL. */
EG_API void eg_error_clear(eg_error *err);

/** Record a failure; printf-style message. Returns `code` so callers can `return eg_error_set(...)`.
 *  Accepts a NULL `err`. */
EG_API eg_status eg_error_set(eg_error *err, eg_status code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#ifdef __cplusplus
}
#endif
#endif
