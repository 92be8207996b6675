/*
 * api_json.c - the JSON answers of the query commands as public functions: neighbors, path,
 * stats (metrics and communities), timeline, the mentions of `entgraph entities` and the NER
 * scores of `entgraph eval`. Each builds a cJSON tree from the public accessors only and writes
 * it pretty-printed with a final newline; the bytes are those the CLI has always printed, so
 * the golden tests hold. cJSON stays inside the library (the CLI includes no third-party
 * header). A write error is left in ferror(out) for the caller; only a failed allocation is
 * reported (EG_ERR_NOMEM, nothing written).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <cJSON.h>

#include "entgraph/entgraph.h"
#include "entgraph/entities.h"
#include "entgraph/ner.h"

/* Print `o` to `out` and free it. */
static eg_status write_json(FILE *out, cJSON *o, eg_error *err)
{
    char *txt = o ? cJSON_Print(o) : NULL;
    cJSON_Delete(o);
    if (!txt) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    fputs(txt, out);
    fputc('\n', out);
    free(txt);
    return EG_OK;
}

static cJSON *node_json(const eg_node *n)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", eg_node_id(n));
    cJSON_AddStringToObject(o, "label", eg_node_label(n));
    cJSON_AddStringToObject(o, "type", eg_etype_name(eg_node_type(n)));
    cJSON_AddNumberToObject(o, "mentions", eg_node_mentions(n));
    cJSON_AddNumberToObject(o, "documents", eg_node_documents(n));
    return o;
}

static cJSON *evidence_json(const eg_edge *e)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t q = 0; q < eg_edge_evidence_count(e); q++) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "doc", eg_edge_evidence_doc(e, q));
        cJSON_AddStringToObject(x, "sentence", eg_edge_evidence_sentence(e, q));
        cJSON_AddItemToArray(a, x);
    }
    return a;
}

eg_status eg_neighbors_write_json(FILE *out, const eg_graph *g, size_t node,
                                  const eg_neighbors *nb, size_t limit, int evidence,
                                  eg_error *err)
{
    if (!out || !g || !nb || node >= eg_graph_node_count(g)) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_neighbors_write_json: invalid argument");
    }
    size_t n = eg_neighbors_count(nb), shown = limit && limit < n ? limit : n;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "entity", node_json(eg_graph_node(g, node)));
    cJSON *arr = cJSON_AddArrayToObject(o, "neighbors");
    for (size_t i = 0; i < shown; i++) {
        const eg_edge *e = eg_graph_edge(g, eg_neighbors_edge(nb, i));
        cJSON *x = node_json(eg_graph_node(g, eg_neighbors_node(nb, i)));
        unsigned hops = eg_neighbors_hops(nb, i);
        cJSON_AddNumberToObject(x, "hops", hops);
        if (hops > 1) {
            cJSON_AddStringToObject(x, "via",
                                    eg_node_id(eg_graph_node(g, eg_neighbors_via(nb, i))));
        }
        cJSON_AddNumberToObject(x, "weight", eg_edge_weight(e));
        cJSON_AddNumberToObject(x, "edge_documents", eg_edge_documents(e));
        cJSON_AddNumberToObject(x, "npmi", eg_edge_npmi(e));
        if (evidence) {
            cJSON_AddItemToObject(x, "evidence", evidence_json(e));
        }
        cJSON_AddItemToArray(arr, x);
    }
    return write_json(out, o, err);
}

eg_status eg_path_write_json(FILE *out, const eg_graph *g, const eg_path *p, eg_error *err)
{
    if (!out || !g || !p) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_path_write_json: NULL argument");
    }
    size_t n = eg_path_length(p);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "from", node_json(eg_graph_node(g, eg_path_node(p, 0))));
    cJSON_AddItemToObject(o, "to", node_json(eg_graph_node(g, eg_path_node(p, n))));
    cJSON *hops = cJSON_AddArrayToObject(o, "hops");
    for (size_t i = 0; i < n; i++) {
        const eg_edge *e = eg_graph_edge(g, eg_path_edge(p, i));
        cJSON *h = cJSON_CreateObject();
        cJSON_AddStringToObject(h, "from", eg_node_id(eg_graph_node(g, eg_path_node(p, i))));
        cJSON_AddStringToObject(h, "to", eg_node_id(eg_graph_node(g, eg_path_node(p, i + 1))));
        cJSON_AddNumberToObject(h, "weight", eg_edge_weight(e));
        if (eg_edge_evidence_count(e)) {
            cJSON_AddStringToObject(h, "doc", eg_edge_evidence_doc(e, 0));
            cJSON_AddStringToObject(h, "sentence", eg_edge_evidence_sentence(e, 0));
        }
        cJSON_AddItemToArray(hops, h);
    }
    return write_json(out, o, err);
}

eg_status eg_timeline_write_json(FILE *out, const eg_graph *g, size_t node, const eg_timeline *t,
                                 eg_error *err)
{
    if (!out || !g || !t || node >= eg_graph_node_count(g)) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_timeline_write_json: invalid argument");
    }
    const eg_node *n = eg_graph_node(g, node);
    bool counted = eg_timeline_mentions_known(t);
    cJSON *o = cJSON_CreateObject();
    cJSON *arr = cJSON_AddArrayToObject(o, "months");
    cJSON_AddStringToObject(o, "id", eg_node_id(n));
    cJSON_AddStringToObject(o, "label", eg_node_label(n));
    cJSON_AddBoolToObject(o, "mentions_known", counted);
    if (counted) {
        cJSON_AddNumberToObject(o, "mentions", (double)eg_timeline_mentions(t));
    }
    cJSON_AddNumberToObject(o, "articles", (double)eg_timeline_articles(t));
    cJSON_AddNumberToObject(o, "undated", (double)eg_timeline_undated(t));
    if (counted) {
        cJSON_AddNumberToObject(o, "undated_mentions", (double)eg_timeline_undated_mentions(t));
    }
    cJSON_AddNumberToObject(o, "articles_total", eg_node_documents(n));
    for (size_t i = 0; i < eg_timeline_month_count(t); i++) {
        uint32_t ym = eg_timeline_month(t, i);
        char m[16];
        snprintf(m, sizeof m, "%04u-%02u", ym / 100, ym % 100);
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "month", m);
        if (counted) {
            cJSON_AddNumberToObject(x, "mentions", eg_timeline_month_mentions(t, i));
        }
        cJSON_AddNumberToObject(x, "articles", eg_timeline_month_articles(t, i));
        cJSON_AddItemToArray(arr, x);
    }
    return write_json(out, o, err);
}

static const char *const metric_keys[] = {"degree", "weighted_degree", "pagerank",
                                          "betweenness"};

/* "top": the `show` strongest entities by each metric (`order` a node array of g's size). */
static bool metrics_top_json(cJSON *tops, const eg_graph *g, const eg_metrics *m, size_t show,
                             size_t *order)
{
    size_t nn = eg_graph_node_count(g);
    for (int k = 0; k < EG_NMETRICS; k++) {
        bool ranked = eg_metrics_top(m, (eg_metric)k, nn, order) == nn;
        cJSON *arr = cJSON_AddArrayToObject(tops, metric_keys[k]);
        for (size_t i = 0; ranked && i < show; i++) {
            const eg_node *node = eg_graph_node(g, order[i]);
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "id", eg_node_id(node));
            cJSON_AddStringToObject(x, "label", eg_node_label(node));
            cJSON_AddNumberToObject(x, "value",
                                    round(eg_metrics_value(m, (eg_metric)k, order[i]) * 1e6) /
                                        1e6);
            cJSON_AddItemToArray(arr, x);
        }
    }
    return eg_metrics_top(m, EG_METRIC_STRENGTH, nn, order) == nn;
}

/* "communities": algorithm, count, modularity, and the members' ids, strongest first. */
static void metrics_communities_json(cJSON *cm, const eg_graph *g, const eg_metrics *m,
                                     size_t show, const size_t *by_strength)
{
    size_t nn = eg_graph_node_count(g), ncomm = eg_metrics_community_count(m);
    cJSON_AddStringToObject(cm, "algorithm", "leiden-modularity");
    cJSON_AddNumberToObject(cm, "count", (double)ncomm);
    cJSON_AddNumberToObject(cm, "modularity", round(eg_metrics_modularity(m) * 1e6) / 1e6);
    cJSON *list = cJSON_AddArrayToObject(cm, "list");
    for (size_t k = 0; by_strength && k < ncomm && k < show; k++) {
        cJSON *members = cJSON_CreateArray();
        for (size_t i = 0; i < nn; i++) {
            if (eg_metrics_community(m, by_strength[i]) == k) {
                cJSON_AddItemToArray(members, cJSON_CreateString(eg_node_id(
                                                  eg_graph_node(g, by_strength[i]))));
            }
        }
        cJSON_AddItemToArray(list, members);
    }
}

eg_status eg_metrics_write_json(FILE *out, const eg_graph *g, const eg_metrics *m, size_t top,
                                eg_error *err)
{
    if (!out || !g || !m) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_metrics_write_json: NULL argument");
    }
    size_t nn = eg_graph_node_count(g), ne = eg_graph_edge_count(g);
    size_t per[EG_NTYPES] = {0};
    for (size_t i = 0; i < nn; i++) {
        per[eg_node_type(eg_graph_node(g, i))]++;
    }
    size_t *order = malloc((nn ? nn : 1) * sizeof *order);
    if (!order) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "entities", (double)nn);
    cJSON_AddNumberToObject(o, "edges", (double)ne);
    cJSON_AddNumberToObject(o, "documents", (unsigned)eg_graph_document_count(g));
    cJSON_AddStringToObject(o, "window", eg_window_name(eg_graph_window(g)));
    cJSON *t = cJSON_AddObjectToObject(o, "types");
    for (int k = 0; k < EG_NTYPES; k++) {
        cJSON_AddNumberToObject(t, eg_etype_name((eg_etype)k), (double)per[k]);
    }
    double cutoff = eg_metrics_betweenness_cutoff(m);
    if (cutoff > 0) {
        cJSON_AddNumberToObject(o, "betweenness_cutoff", cutoff);
    }
    size_t show = top < nn ? top : nn;
    bool by_strength = metrics_top_json(cJSON_AddObjectToObject(o, "top"), g, m, show, order);
    metrics_communities_json(cJSON_AddObjectToObject(o, "communities"), g, m, show,
                             by_strength ? order : NULL);
    free(order);
    return write_json(out, o, err);
}

eg_status eg_entities_write_json(FILE *out, const eg_entities *es, int explain, eg_error *err)
{
    if (!out || !es) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_entities_write_json: NULL argument");
    }
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < eg_entities_count(es); i++) {
        const eg_entity_mention *r = eg_entities_mention(es, i);
        cJSON *x = cJSON_CreateObject();
        cJSON_AddItemToArray(arr, x);
        cJSON_AddStringToObject(x, "doc", r->doc);
        cJSON_AddNumberToObject(x, "start", r->start);
        cJSON_AddNumberToObject(x, "end", r->end);
        cJSON_AddStringToObject(x, "type", eg_etype_name(r->type));
        cJSON_AddStringToObject(x, "surface", r->surface);
        cJSON_AddStringToObject(x, "entity", r->entity);
        cJSON_AddStringToObject(x, "label", r->label);
        if (explain) {
            cJSON_AddStringToObject(x, "rule", eg_rule_name(r->rule));
            cJSON_AddStringToObject(x, "found_by", eg_found_by_name(r->found_by));
            cJSON_AddStringToObject(x, "evidence", r->evidence);
            cJSON_AddStringToObject(x, "scripts", r->scripts);
        }
    }
    return write_json(out, arr, err);
}

eg_status eg_ner_scores_write_json(FILE *out, const eg_ner_scores *sc, eg_error *err)
{
    if (!out || !sc) {
        return eg_error_set(err, EG_ERR_INVALID, "eg_ner_scores_write_json: NULL argument");
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "tokens", (double)sc->tokens);
    cJSON *types = cJSON_AddObjectToObject(o, "types");
    for (int t = -1; t < EG_NER_NTYPES; t++) {
        const eg_ner_score *s = t < 0 ? &sc->overall : &sc->type[t];
        cJSON *x = t < 0 ? cJSON_AddObjectToObject(o, "overall")
                         : cJSON_AddObjectToObject(types, eg_ner_type_name(t));
        cJSON_AddNumberToObject(x, "precision", round(s->precision * 100) / 100);
        cJSON_AddNumberToObject(x, "recall", round(s->recall * 100) / 100);
        cJSON_AddNumberToObject(x, "f1", round(s->f1 * 100) / 100);
        cJSON_AddNumberToObject(x, "gold", (double)s->gold);
        cJSON_AddNumberToObject(x, "predicted", (double)s->predicted);
        cJSON_AddNumberToObject(x, "correct", (double)s->correct);
    }
    return write_json(out, o, err);
}
