/*
 * aliasfile.c - loading the user's alias file (schema in aliasfile.h and the README).
 * Every field is checked; the first problem is reported with the file name and where it is.
 */
#include "aliasfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "util.h"

void eg_aliasfile_destroy(eg_aliasfile *a)
{
    if (!a) {
        return;
    }
    for (size_t i = 0; i < a->nentities; i++) {
        free(a->entities[i].label);
        for (size_t k = 0; k < a->entities[i].naliases; k++) {
            free(a->entities[i].aliases[k]);
        }
        free(a->entities[i].aliases);
    }
    free(a->entities);
    for (size_t i = 0; i < a->ndistinct; i++) {
        free(a->distinct[i][0]);
        free(a->distinct[i][1]);
    }
    free(a->distinct);
    free(a);
}

static void line_col(const char *text, size_t off, size_t *line, size_t *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off && text[i]; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *col = 1;
        } else {
            (*col)++;
        }
    }
}

static bool nonempty_string(const cJSON *v)
{
    return cJSON_IsString(v) && v->valuestring[0] != '\0';
}

eg_status eg_aliasfile_load(eg_aliasfile **out, const char *path, eg_error *err)
{
    *out = NULL;
    eg_buf b = {0};
    eg_status rs = eg_read_file(path, (size_t)64 << 20, &b.data, &b.len, err);
    if (rs != EG_OK) {
        return rs;
    }
    const char *text = b.data ? b.data : "";
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, b.len, &end, false);
    if (root && end) {
        /* only white space may follow the document */
        while (end < text + b.len && (*end == ' ' || *end == '\n' || *end == '\t' ||
                                      *end == '\r')) {
            end++;
        }
        if (end < text + b.len) {
            cJSON_Delete(root);
            root = NULL;
        }
    }
    if (!root) {
        size_t line, col;
        line_col(text, end && end >= text ? (size_t)(end - text) : 0, &line, &col);
        eg_buf_fini(&b);
        return eg_error_set(err, EG_ERR_PARSE, "%s: line %zu, column %zu: invalid JSON", path,
                            line, col);
    }
    eg_buf_fini(&b);
    eg_aliasfile *a = calloc(1, sizeof *a);
    eg_status st = EG_OK;
    const cJSON *ents = cJSON_GetObjectItemCaseSensitive(root, "entities");
    const cJSON *dist = cJSON_GetObjectItemCaseSensitive(root, "distinct");
    if (!a) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (!cJSON_IsObject(root) || (ents && !cJSON_IsArray(ents)) || (dist && !cJSON_IsArray(dist))) {
        st = eg_error_set(err, EG_ERR_PARSE,
                          "%s: expected an object with arrays \"entities\" and \"distinct\"", path);
        goto done;
    }
    size_t ne = ents ? (size_t)cJSON_GetArraySize(ents) : 0;
    size_t nd = dist ? (size_t)cJSON_GetArraySize(dist) : 0;
    a->entities = calloc(ne ? ne : 1, sizeof *a->entities);
    a->distinct = calloc(nd ? nd : 1, sizeof *a->distinct);
    if (!a->entities || !a->distinct) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    const cJSON *it;
    size_t i = 0;
    cJSON_ArrayForEach(it, ents)
    {
        const cJSON *label = cJSON_GetObjectItemCaseSensitive(it, "label");
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(it, "type");
        const cJSON *al = cJSON_GetObjectItemCaseSensitive(it, "aliases");
        int t = cJSON_IsString(type) ? eg_etype_parse(type->valuestring) : -1;
        if (!cJSON_IsObject(it)) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: entities[%zu]: not an object", path, i);
            goto done;
        }
        if (!nonempty_string(label)) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: entities[%zu].label: missing or empty",
                              path, i);
            goto done;
        }
        if (t < 0) {
            st = eg_error_set(err, EG_ERR_PARSE,
                              "%s: entities[%zu].type: expected PERSON, COUNTRY, ORGANIZATION "
                              "or LOCATION",
                              path, i);
            goto done;
        }
        if (al && !cJSON_IsArray(al)) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: entities[%zu].aliases: expected an array",
                              path, i);
            goto done;
        }
        eg_user_entity *u = &a->entities[i];
        a->nentities = ++i;
        u->label = eg_strdup(label->valuestring);
        u->type = (eg_etype)t;
        size_t na = al ? (size_t)cJSON_GetArraySize(al) : 0;
        u->aliases = calloc(na ? na : 1, sizeof *u->aliases);
        if (!u->label || !u->aliases) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
        const cJSON *x;
        size_t k = 0;
        cJSON_ArrayForEach(x, al)
        {
            if (!nonempty_string(x)) {
                st = eg_error_set(err, EG_ERR_PARSE,
                                  "%s: entities[%zu].aliases[%zu]: expected a non-empty string",
                                  path, i - 1, k);
                goto done;
            }
            u->aliases[u->naliases++] = eg_strdup(x->valuestring);
            k++;
        }
    }
    i = 0;
    cJSON_ArrayForEach(it, dist)
    {
        const cJSON *x = cJSON_IsArray(it) ? cJSON_GetArrayItem(it, 0) : NULL;
        const cJSON *y = cJSON_IsArray(it) ? cJSON_GetArrayItem(it, 1) : NULL;
        if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 2 || !nonempty_string(x) ||
            !nonempty_string(y)) {
            st = eg_error_set(err, EG_ERR_PARSE, "%s: distinct[%zu]: expected two names", path, i);
            goto done;
        }
        a->distinct[i][0] = eg_strdup(x->valuestring);
        a->distinct[i][1] = eg_strdup(y->valuestring);
        a->ndistinct = ++i;
    }
done:
    cJSON_Delete(root);
    if (st != EG_OK) {
        eg_aliasfile_destroy(a);
        return st;
    }
    *out = a;
    return EG_OK;
}
