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

#include "gazetteer.h"
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

/* The first member of `obj` whose name is not in `known` (NULL-terminated), or NULL: a
 * misspelt key ("entites") would otherwise be ignored and the file silently do nothing. */
static const cJSON *unknown_key(const cJSON *obj, const char *const *known)
{
    const cJSON *it;
    cJSON_ArrayForEach(it, obj)
    {
        size_t k = 0;
        while (known[k] && strcmp(known[k], it->string) != 0) {
            k++;
        }
        if (!known[k]) {
            return it;
        }
    }
    return NULL;
}

/* Does entity `u` list a name whose key equals that of `name` (label or alias)? Sets *which to
 * the name as the user wrote it. */
static bool entity_names(const eg_user_entity *u, const char *name, const char **which, bool *ok)
{
    eg_buf k = {0}, w = {0};
    bool found = false;
    *ok = eg_gaz_key(&k, name, strlen(name));
    for (size_t i = 0; *ok && !found && i <= u->naliases; i++) {
        const char *x = i == u->naliases ? u->label : u->aliases[i];
        *ok = eg_gaz_key(&w, x, strlen(x));
        found = *ok && k.len == w.len && memcmp(k.data ? k.data : "", w.data ? w.data : "",
                                                k.len) == 0;
        *which = x;
    }
    eg_buf_fini(&k);
    eg_buf_fini(&w);
    return found;
}

/* An entity that merges the two names of a distinct pair asks for both at once: refuse the
 * file rather than let one of the two requests win silently (it gave two "Niger" nodes). */
static eg_status check_contradictions(const eg_aliasfile *a, const char *path, eg_error *err)
{
    for (size_t e = 0; e < a->nentities; e++) {
        for (size_t d = 0; d < a->ndistinct; d++) {
            const char *x = NULL, *y = NULL;
            bool okx = true, oky = true;
            if (entity_names(&a->entities[e], a->distinct[d][0], &x, &okx) &&
                entity_names(&a->entities[e], a->distinct[d][1], &y, &oky)) {
                return eg_error_set(err, EG_ERR_PARSE,
                                    "%s: entities[%zu] merges \"%s\" and \"%s\", which "
                                    "distinct[%zu] keeps apart",
                                    path, e, x, y, d);
            }
            if (!okx || !oky) {
                return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        }
    }
    return EG_OK;
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
    static const char *const top_keys[] = {"entities", "distinct", NULL};
    const cJSON *bad = unknown_key(root, top_keys);
    if (bad) {
        st = eg_error_set(err, EG_ERR_PARSE,
                          "%s: \"%s\": unknown key (expected \"entities\" or \"distinct\")",
                          path, bad->string);
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
        static const char *const ent_keys[] = {"label", "type", "aliases", NULL};
        const cJSON *badk = unknown_key(it, ent_keys);
        if (badk) {
            st = eg_error_set(err, EG_ERR_PARSE,
                              "%s: entities[%zu].%s: unknown key (expected label, type, aliases)",
                              path, i, badk->string);
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
            if (!u->aliases[u->naliases - 1]) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                goto done;
            }
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
        if (!a->distinct[i - 1][0] || !a->distinct[i - 1][1]) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
    }
    st = check_contradictions(a, path, err);
done:
    cJSON_Delete(root);
    if (st != EG_OK) {
        eg_aliasfile_destroy(a);
        return st;
    }
    *out = a;
    return EG_OK;
}
