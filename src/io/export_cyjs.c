/*
 * export_cyjs.c - Cytoscape JSON (.cyjs): what Cytoscape desktop imports and Cytoscape.js's
 * cy.add()/elements take, {"data": {...}, "elements": {"nodes": [{"data": {...}}], "edges":
 * [...]}}. Each element's data is the node or edge object of the JSON export, plus what the
 * readers key on: "name" (Cytoscape's display column, the label), "value" (networkx
 * cytoscape_graph's node key, the slug) and an edge "id".
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <cJSON.h>

#include "export.h"

/* Move every item of `list` into {"data": item} objects of a new array. */
static cJSON *wrap_data(cJSON *list)
{
    cJSON *out = cJSON_CreateArray();
    size_t k = 0;
    while (out && cJSON_GetArraySize(list) > 0) {
        cJSON *item = cJSON_DetachItemFromArray(list, 0);
        cJSON *el = cJSON_CreateObject();
        if (!el) {
            cJSON_Delete(item);
            cJSON_Delete(out);
            return NULL;
        }
        cJSON_AddItemToArray(out, el);
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(item, "id");
        const cJSON *label = cJSON_GetObjectItemCaseSensitive(item, "label");
        bool ok = true;
        if (cJSON_IsString(id) && cJSON_IsString(label)) { /* a node */
            ok = cJSON_AddStringToObject(item, "name", label->valuestring) &&
                 cJSON_AddStringToObject(item, "value", id->valuestring);
        } else {
            char buf[32];
            snprintf(buf, sizeof buf, "e%zu", k);
            ok = cJSON_AddStringToObject(item, "id", buf) != NULL;
        }
        cJSON_AddItemToObjectCS(el, "data", item);
        if (!ok) {
            cJSON_Delete(out);
            return NULL;
        }
        k++;
    }
    return out;
}

eg_status eg_export_cyjs(const eg_graph *g, FILE *out, eg_error *err)
{
    cJSON *tree = eg_export_json_tree(g);
    cJSON *root = cJSON_CreateObject();
    cJSON *nodes = tree ? wrap_data(cJSON_GetObjectItemCaseSensitive(tree, "nodes")) : NULL;
    cJSON *edges = tree ? wrap_data(cJSON_GetObjectItemCaseSensitive(tree, "edges")) : NULL;
    cJSON *meta = tree ? cJSON_DetachItemFromObjectCaseSensitive(tree, "graph") : NULL;
    cJSON *elements = root ? cJSON_CreateObject() : NULL;
    bool ok = root && nodes && edges && meta && elements &&
              cJSON_AddStringToObject(meta, "name", "entgraph") &&
              cJSON_AddStringToObject(root, "format_version", "1.0") &&
              cJSON_AddStringToObject(root, "generated_by", g->generator ? g->generator
                                                                         : "entgraph") &&
              cJSON_AddStringToObject(root, "target_cytoscapejs_version", "~2.1") &&
              cJSON_AddFalseToObject(root, "directed") && cJSON_AddFalseToObject(root, "multigraph");
    if (ok) {
        cJSON_AddItemToObjectCS(root, "data", meta);
        cJSON_AddItemToObjectCS(elements, "nodes", nodes);
        cJSON_AddItemToObjectCS(elements, "edges", edges);
        cJSON_AddItemToObjectCS(root, "elements", elements);
    } else {
        cJSON_Delete(meta);
        cJSON_Delete(nodes);
        cJSON_Delete(edges);
        cJSON_Delete(elements);
    }
    cJSON_Delete(tree);
    if (!ok) {
        cJSON_Delete(root);
        root = NULL;
    }
    return eg_json_write(root, out, "Cytoscape JSON", err);
}
