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

/* A pair whose two names are one (the same key) asks to keep a name apart from itself. */
static eg_status check_distinct_pairs(const eg_aliasfile *a, const char *path, eg_error *err)
{
    eg_status st = EG_OK;
    for (size_t d = 0; st == EG_OK && d < a->ndistinct; d++) {
        const char *x = NULL;
        bool ok = true;
        eg_user_entity one = {.label = a->distinct[d][0]}; /* the first name alone */
        if (entity_names(&one, a->distinct[d][1], &x, &ok)) {
            st = eg_error_set(err, EG_ERR_PARSE,
                              "%s: distinct[%zu]: \"%s\" and \"%s\" are the same name", path, d,
                              a->distinct[d][0], a->distinct[d][1]);
        } else if (!ok) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return st;
}

/* A name (label or alias) listed by two entities asks for two labels for one entity and joins
 * the two through it: refuse the file, naming both. A shared "Niger" merged "Nigeria" with
 * "Mali" although distinct kept them apart, and gave two nodes labelled "M"; an alias listed
 * under two labels kept one of them silently. O(names) with a map from key to entity. */
static eg_status check_shared_names(const eg_aliasfile *a, const char *path, eg_error *err)
{
    eg_strmap owner = {0}; /* key -> the first entity listing it */
    eg_buf k = {0};
    eg_status st = EG_OK;
    for (size_t e = 0; st == EG_OK && e < a->nentities; e++) {
        const eg_user_entity *u = &a->entities[e];
        for (size_t i = 0; st == EG_OK && i <= u->naliases; i++) {
            const char *x = i == u->naliases ? u->label : u->aliases[i];
            if (!eg_gaz_key(&k, x, strlen(x))) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                break;
            }
            if (k.len == 0) {
                continue; /* white space alone: no name */
            }
            uint32_t f = eg_strmap_get(&owner, k.data, k.len, UINT32_MAX);
            if (f != UINT32_MAX && f != e) {
                st = eg_error_set(err, EG_ERR_PARSE,
                                  "%s: entities[%u] and entities[%zu] both list \"%s\"", path,
                                  (unsigned)f, e, x);
            } else if (f == UINT32_MAX && !eg_strmap_put(&owner, k.data, k.len, (uint32_t)e)) {
                st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            }
        }
    }
    eg_strmap_fini(&owner);
    eg_buf_fini(&k);
    return st;
}

/* The file's JSON document (nothing but white space after it); *root: NULL on failure. */
static eg_status aliasfile_parse(const char *path, cJSON **root, eg_error *err)
{
    *root = NULL;
    eg_buf b = {0};
    eg_status rs = eg_read_file(path, (size_t)64 << 20, &b.data, &b.len, err);
    if (rs != EG_OK) {
        return rs;
    }
    const char *text = b.data ? b.data : "";
    size_t bad = eg_utf8_check(text, b.len);
    if (bad < b.len) {
        /* a label or alias of bytes that are no UTF-8 went on into the graph, which entgraph
         * then could not read back (nor xmllint the GraphML) */
        size_t line, col;
        line_col(text, bad, &line, &col);
        eg_buf_fini(&b);
        return eg_error_set(err, EG_ERR_PARSE, "%s: line %zu, column %zu: invalid UTF-8", path,
                            line, col);
    }
    const char *end = NULL;
    cJSON *r = cJSON_ParseWithLengthOpts(text, b.len, &end, false);
    if (r && end) {
        /* only white space may follow the document */
        while (end < text + b.len && (*end == ' ' || *end == '\n' || *end == '\t' ||
                                      *end == '\r')) {
            end++;
        }
        if (end < text + b.len) {
            cJSON_Delete(r);
            r = NULL;
        }
    }
    if (!r) {
        size_t line, col;
        line_col(text, end && end >= text ? (size_t)(end - text) : 0, &line, &col);
        eg_buf_fini(&b);
        return eg_error_set(err, EG_ERR_PARSE, "%s: line %zu, column %zu: invalid JSON", path,
                            line, col);
    }
    eg_buf_fini(&b);
    *root = r;
    return EG_OK;
}

/* entities[i]: {"label", "type", "aliases"} checked and copied into a (a->nentities counts
 * it as soon as it holds anything to free). */
static eg_status aliasfile_entity(eg_aliasfile *a, const cJSON *it, size_t i, const char *path,
                                  eg_error *err)
{
    const cJSON *label = cJSON_GetObjectItemCaseSensitive(it, "label");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(it, "type");
    const cJSON *al = cJSON_GetObjectItemCaseSensitive(it, "aliases");
    int t = cJSON_IsString(type) ? eg_etype_parse(type->valuestring) : -1;
    if (!cJSON_IsObject(it)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: entities[%zu]: not an object", path, i);
    }
    static const char *const ent_keys[] = {"label", "type", "aliases", NULL};
    const cJSON *badk = unknown_key(it, ent_keys);
    if (badk) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: entities[%zu].%s: unknown key (expected label, type, aliases)",
                            path, i, badk->string);
    }
    if (!nonempty_string(label)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: entities[%zu].label: missing or empty", path,
                            i);
    }
    if (t < 0) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: entities[%zu].type: expected PERSON, COUNTRY, ORGANIZATION or "
                            "LOCATION",
                            path, i);
    }
    if (al && !cJSON_IsArray(al)) {
        return eg_error_set(err, EG_ERR_PARSE, "%s: entities[%zu].aliases: expected an array",
                            path, i);
    }
    eg_user_entity *u = &a->entities[i];
    a->nentities = i + 1;
    u->label = eg_strdup(label->valuestring);
    u->type = (eg_etype)t;
    size_t na = al ? (size_t)cJSON_GetArraySize(al) : 0;
    u->aliases = calloc(na ? na : 1, sizeof *u->aliases);
    if (!u->label || !u->aliases) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    const cJSON *x;
    size_t k = 0;
    cJSON_ArrayForEach(x, al)
    {
        if (!nonempty_string(x)) {
            return eg_error_set(err, EG_ERR_PARSE,
                                "%s: entities[%zu].aliases[%zu]: expected a non-empty string",
                                path, i, k);
        }
        u->aliases[u->naliases++] = eg_strdup(x->valuestring);
        if (!u->aliases[u->naliases - 1]) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        k++;
    }
    return EG_OK;
}

/* The "distinct" pairs: two names each, copied into a. */
static eg_status aliasfile_distinct(eg_aliasfile *a, const cJSON *dist, const char *path,
                                    eg_error *err)
{
    const cJSON *it;
    size_t i = 0;
    cJSON_ArrayForEach(it, dist)
    {
        const cJSON *x = cJSON_IsArray(it) ? cJSON_GetArrayItem(it, 0) : NULL;
        const cJSON *y = cJSON_IsArray(it) ? cJSON_GetArrayItem(it, 1) : NULL;
        if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 2 || !nonempty_string(x) ||
            !nonempty_string(y)) {
            return eg_error_set(err, EG_ERR_PARSE, "%s: distinct[%zu]: expected two names", path,
                                i);
        }
        a->distinct[i][0] = eg_strdup(x->valuestring);
        a->distinct[i][1] = eg_strdup(y->valuestring);
        a->ndistinct = ++i;
        if (!a->distinct[i - 1][0] || !a->distinct[i - 1][1]) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
    }
    return EG_OK;
}

/* The whole document: its shape, then entities, distinct pairs and their conflicts. */
static eg_status aliasfile_read(eg_aliasfile *a, const cJSON *root, const char *path,
                                eg_error *err)
{
    const cJSON *ents = cJSON_GetObjectItemCaseSensitive(root, "entities");
    const cJSON *dist = cJSON_GetObjectItemCaseSensitive(root, "distinct");
    if (!cJSON_IsObject(root) || (ents && !cJSON_IsArray(ents)) || (dist && !cJSON_IsArray(dist))) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: expected an object with arrays \"entities\" and \"distinct\"",
                            path);
    }
    static const char *const top_keys[] = {"entities", "distinct", NULL};
    const cJSON *bad = unknown_key(root, top_keys);
    if (bad) {
        return eg_error_set(err, EG_ERR_PARSE,
                            "%s: \"%s\": unknown key (expected \"entities\" or \"distinct\")",
                            path, bad->string);
    }
    size_t ne = ents ? (size_t)cJSON_GetArraySize(ents) : 0;
    size_t nd = dist ? (size_t)cJSON_GetArraySize(dist) : 0;
    a->entities = calloc(ne ? ne : 1, sizeof *a->entities);
    a->distinct = calloc(nd ? nd : 1, sizeof *a->distinct);
    if (!a->entities || !a->distinct) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    const cJSON *it;
    size_t i = 0;
    cJSON_ArrayForEach(it, ents)
    {
        eg_status st = aliasfile_entity(a, it, i++, path, err);
        if (st != EG_OK) {
            return st;
        }
    }
    eg_status st = aliasfile_distinct(a, dist, path, err);
    if (st == EG_OK) {
        st = check_distinct_pairs(a, path, err);
    }
    if (st == EG_OK) {
        st = check_shared_names(a, path, err);
    }
    return st == EG_OK ? check_contradictions(a, path, err) : st;
}

eg_status eg_aliasfile_load(eg_aliasfile **out, const char *path, eg_error *err)
{
    *out = NULL;
    cJSON *root;
    eg_status st = aliasfile_parse(path, &root, err);
    if (st != EG_OK) {
        return st;
    }
    eg_aliasfile *a = calloc(1, sizeof *a);
    st = a ? aliasfile_read(a, root, path, err)
           : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    cJSON_Delete(root);
    if (st != EG_OK) {
        eg_aliasfile_destroy(a);
        return st;
    }
    *out = a;
    return EG_OK;
}
