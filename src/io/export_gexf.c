/*
 * export_gexf.c - GEXF 1.2 (the version Gephi and networkx read): the entity graph with typed
 * attributes and, when the articles have dates, each node's and edge's time span (first and
 * last date seen) as start/end, so Gephi's timeline can play the graph. Node ids are the slugs;
 * attribute values are XML-escaped here (characters XML 1.0 cannot carry become U+FFFD).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "export.h"
#include "util.h"

/* Write s as XML text or attribute content. */
void eg_xml_escape(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\t': fputs("&#9;", out); break;
        case '\n': fputs("&#10;", out); break;
        default:
            if (*p < 0x20) {
                fputs("\xEF\xBF\xBD", out);
            } else {
                fputc(*p, out);
            }
        }
    }
}

static void attr(FILE *out, const char *name, const char *value)
{
    fprintf(out, " %s=\"", name);
    eg_xml_escape(out, value);
    fputc('"', out);
}

static void attvalue(FILE *out, const char *key, const char *value)
{
    fprintf(out, "          <attvalue for=\"%s\" value=\"", key);
    eg_xml_escape(out, value);
    fputs("\"/>\n", out);
}

static void attvalue_u(FILE *out, const char *key, unsigned long long v)
{
    fprintf(out, "          <attvalue for=\"%s\" value=\"%llu\"/>\n", key, v);
}

/* `start`/`end` of a span: both or neither, as GEXF wants a closed interval. */
static void span(FILE *out, uint32_t first, uint32_t last)
{
    char a[11], b[11];
    if (first && last) {
        fprintf(out, " start=\"%s\" end=\"%s\"", eg_date_format(first, a),
                eg_date_format(last, b));
    }
}

/* Lists as one string, "|"-joined as in GraphML (GEXF's list types are not read by networkx). */
static void joined(FILE *out, const char *key, char *const *items, size_t n)
{
    fprintf(out, "          <attvalue for=\"%s\" value=\"", key);
    for (size_t i = 0; i < n; i++) {
        if (i) {
            fputc('|', out);
        }
        for (const char *p = items[i]; *p; p++) {
            if (*p == '|' || *p == '\\') {
                fputc('\\', out);
            }
            char c[2] = {*p, 0};
            eg_xml_escape(out, c);
        }
    }
    fputs("\"/>\n", out);
}

eg_status eg_export_gexf(const eg_graph *g, FILE *out, eg_error *err)
{
    bool dated = false;
    for (size_t i = 0; !dated && i < g->nnodes; i++) {
        dated = g->nodes[i].first_seen != 0;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
          "http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
          "  <meta>\n    <creator>",
          out);
    eg_xml_escape(out, g->generator ? g->generator : "entgraph");
    fprintf(out, "</creator>\n    <description>co-occurrence of entities in %u articles, by %s"
                 "</description>\n  </meta>\n",
            g->ndocuments, eg_window_name(g->window));
    fprintf(out, "  <graph defaultedgetype=\"undirected\" mode=\"%s\"%s>\n",
            dated ? "dynamic" : "static", dated ? " timeformat=\"date\"" : "");
    fputs("    <attributes class=\"node\" mode=\"static\">\n"
          "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
          "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
          "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
          "      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n"
          "      <attribute id=\"windows\" title=\"windows\" type=\"integer\"/>\n"
          "      <attribute id=\"docs\" title=\"docs\" type=\"string\"/>\n"
          "      <attribute id=\"doc_mentions\" title=\"doc_mentions\" type=\"string\"/>\n"
          "    </attributes>\n"
          "    <attributes class=\"edge\" mode=\"static\">\n"
          "      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n"
          "      <attribute id=\"npmi\" title=\"npmi\" type=\"double\"/>\n"
          "      <attribute id=\"docs\" title=\"docs\" type=\"string\"/>\n"
          "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
          "    </attributes>\n"
          "    <nodes>\n",
          out);
    for (size_t i = 0; i < g->nnodes; i++) {
        const eg_node *n = &g->nodes[i];
        fputs("      <node", out);
        attr(out, "id", n->id);
        attr(out, "label", n->label);
        span(out, n->first_seen, n->last_seen);
        fputs(">\n        <attvalues>\n", out);
        attvalue(out, "type", eg_etype_name(n->type));
        joined(out, "aliases", n->aliases, n->naliases);
        attvalue_u(out, "mentions", n->mentions);
        attvalue_u(out, "documents", n->documents);
        attvalue_u(out, "windows", n->windows);
        joined(out, "docs", n->docs, n->ndocs);
        if (n->doc_mentions) { /* the mentions in each of those documents, "4|1" */
            fputs("          <attvalue for=\"doc_mentions\" value=\"", out);
            for (size_t k = 0; k < n->ndocs; k++) {
                fprintf(out, "%s%" PRIu32, k ? "|" : "", n->doc_mentions[k]);
            }
            fputs("\"/>\n", out);
        }
        fputs("        </attvalues>\n      </node>\n", out);
    }
    fputs("    </nodes>\n    <edges>\n", out);
    for (size_t i = 0; i < g->nedges; i++) {
        const eg_edge *e = &g->edges[i];
        fprintf(out, "      <edge id=\"%zu\"", i);
        attr(out, "source", g->nodes[e->source].id);
        attr(out, "target", g->nodes[e->target].id);
        fprintf(out, " weight=\"%u\"", e->weight);
        span(out, e->first_seen, e->last_seen);
        fputs(">\n        <attvalues>\n", out);
        attvalue_u(out, "documents", e->documents);
        fprintf(out, "          <attvalue for=\"npmi\" value=\"%.4f\"/>\n", e->npmi);
        joined(out, "docs", e->docs, e->ndocs);
        fputs("          <attvalue for=\"evidence\" value=\"", out);
        for (size_t k = 0; k < e->nev; k++) {
            if (k) {
                fputs(" | ", out);
            }
            eg_xml_escape(out, e->ev[k].doc);
            fputs(": ", out);
            eg_xml_escape(out, e->ev[k].sentence);
        }
        fputs("\"/>\n        </attvalues>\n      </edge>\n", out);
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", out);
    if (ferror(out)) {
        return eg_error_set(err, EG_ERR_IO, "could not write GEXF");
    }
    return EG_OK;
}
