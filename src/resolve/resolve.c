/*
 * resolve.c - the cross-article resolution engine (resolve.h): identity of full names, the
 * user's alias file, links from articles, then eg_alias_cross on neighbourhoods.
 */
#include "resolve.h"

#include <stdlib.h>
#include <string.h>

#include "alias_impl.h"
#include "aliasfile.h"
#include "gazetteer.h"

#define NONE UINT32_MAX

typedef struct engine {
    const eg_res_entity *ents;
    size_t n;
    eg_strmap by_key; /* "type|key" -> the first entity with that key */
    eg_buf buf;
    uint32_t (*cannot)[2]; /* entities the user said are distinct, or an article held apart */
    size_t ncannot, cannot_cap;
    bool *guarded; /* per root: its cluster holds a side of some cannot pair */
    uint32_t (*units)[2]; /* a firm's unit named for it, and the firm (apply_units) */
    size_t nunits, units_cap;
    eg_resolution *res;
} engine;

static uint32_t find_key(engine *en, eg_etype type, const char *key)
{
    eg_buf_reset(&en->buf);
    eg_buf_putc(&en->buf, (char)('0' + type));
    eg_buf_putc(&en->buf, '|');
    if (!eg_buf_puts(&en->buf, key)) {
        return NONE;
    }
    return eg_strmap_get(&en->by_key, en->buf.data, en->buf.len, NONE);
}

/* Union unless it would join two names the user keeps apart; remembers the rule for
 * `entities --explain`. */
static void safe_union(engine *en, uint32_t a, uint32_t b, eg_rule rule)
{
    uint32_t *parent = en->res->parent;
    uint32_t ra = eg_uf_find(parent, a), rb = eg_uf_find(parent, b);
    /* a pair keeps two clusters apart only if each holds one of its sides */
    bool scan = ra != rb && en->guarded[ra] && en->guarded[rb];
    for (size_t i = 0; i < en->ncannot && scan; i++) {
        uint32_t x = eg_uf_find(parent, en->cannot[i][0]);
        uint32_t y = eg_uf_find(parent, en->cannot[i][1]);
        if ((x == ra && y == rb) || (x == rb && y == ra)) {
            return;
        }
    }
    if (ra != rb && rule != EG_RULE_NONE) {
        if (en->res->rule[a] == EG_RULE_NONE) {
            en->res->rule[a] = rule;
            en->res->with[a] = b;
        }
        if (en->res->rule[b] == EG_RULE_NONE) {
            en->res->rule[b] = rule;
            en->res->with[b] = a;
        }
    }
    bool guarded = en->guarded[ra] || en->guarded[rb];
    eg_uf_union(parent, ra, rb);
    en->guarded[eg_uf_find(parent, ra)] = guarded;
}

/* The clusters of cannot pairs [from, ncannot) are guarded: safe_union looks at the pairs. */
static void mark_guarded(engine *en, size_t from)
{
    for (size_t i = from; i < en->ncannot; i++) {
        en->guarded[eg_uf_find(en->res->parent, en->cannot[i][0])] = true;
        en->guarded[eg_uf_find(en->res->parent, en->cannot[i][1])] = true;
    }
}

/* Entities named `name` (any type). */
static size_t entities_named(engine *en, const char *name, uint32_t out[EG_NTYPES])
{
    eg_buf key = {0};
    size_t n = 0;
    if (eg_gaz_key(&key, name, strlen(name))) {
        for (int t = 0; t < EG_NTYPES; t++) {
            uint32_t id = find_key(en, (eg_etype)t, key.data);
            if (id == NONE && t == EG_ORGANIZATION && eg_org_key(&key, name, strlen(name))) {
                id = find_key(en, (eg_etype)t, key.data); /* "Texaco Inc" */
                eg_gaz_key(&key, name, strlen(name));
            }
            if (id != NONE) {
                out[n++] = id;
            }
        }
    }
    eg_buf_fini(&key);
    return n;
}

/* The user's alias file: its distinct pairs for every later merge, then its merges. */
static eg_status apply_user(engine *en, const eg_aliasfile *a, eg_error *err)
{
    if (!a) {
        return EG_OK;
    }
    uint32_t ids[EG_NTYPES];
    for (size_t i = 0; i < a->ndistinct; i++) {
        uint32_t xs[EG_NTYPES], ys[EG_NTYPES];
        size_t nx = entities_named(en, a->distinct[i][0], xs);
        size_t ny = entities_named(en, a->distinct[i][1], ys);
        for (size_t p = 0; p < nx; p++) {
            for (size_t q = 0; q < ny; q++) {
                if (!EG_GROW(en->cannot, en->cannot_cap, en->ncannot + 1)) {
                    return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
                }
                en->cannot[en->ncannot][0] = xs[p];
                en->cannot[en->ncannot][1] = ys[q];
                en->ncannot++;
            }
        }
    }
    mark_guarded(en, 0);
    for (size_t i = 0; i < a->nentities; i++) {
        const eg_user_entity *u = &a->entities[i];
        uint32_t first = NONE;
        for (size_t k = 0; k <= u->naliases; k++) {
            size_t n = entities_named(en, k == u->naliases ? u->label : u->aliases[k], ids);
            for (size_t q = 0; q < n; q++) {
                /* every entity of that key (identity joined them already) */
                en->res->rename[ids[q]] = u->label;
                en->res->forced_type[ids[q]] = (int)u->type;
                if (first == NONE) {
                    first = ids[q];
                } else {
                    safe_union(en, first, ids[q], EG_RULE_ALIAS_FILE);
                }
            }
        }
    }
    return EG_OK;
}

/* The one-word side and the side of several words of a link ("rsf", "rapid support forces"),
 * or false when it has no such sides. */
static bool short_and_long(const eg_alias_link *l, const char **sh, const char **lo)
{
    if (l->kind == EG_LINK_PARTIAL || l->kind == EG_LINK_UNIT || l->kind == EG_LINK_APART) {
        return false;
    }
    bool sa = strchr(l->a, ' ') != NULL, sb = strchr(l->b, ' ') != NULL;
    if (sa == sb || (l->kind == EG_LINK_ACRONYM && sa)) {
        return false;
    }
    *sh = sa ? l->b : l->a;
    *lo = sa ? l->a : l->b;
    return true;
}

/* Do two long forms share most of their words of four letters or more, half of the fewer, a
 * word's first five letters enough ("food and agriculture organization", "food and
 * agricultural organisation"; not "economic planning agency", "environmental protection
 * agency")? */
static bool similar_long_forms_n(const char *x, const char *y, size_t *nshared, size_t *nmore)
{
    size_t nx = 0, ny = 0, shared = 0;
    for (const char *v = y; *v;) {
        size_t m = strcspn(v, " ");
        ny += m >= 4;
        v += m;
        v += *v == ' ';
    }
    for (const char *w = x; *w;) {
        size_t n = strcspn(w, " ");
        bool hit = false;
        for (const char *v = y; n >= 4 && *v && !hit;) {
            size_t m = strcspn(v, " ");
            size_t k = 0;
            while (k < n && k < m && v[k] == w[k]) {
                k++;
            }
            /* the same word, or one spelled otherwise at its end ("agriculture",
             * "agricultural"; "organization", "organisation") */
            hit = (m == n && k == n) || k >= 5;
            v += m;
            v += *v == ' ';
        }
        nx += n >= 4;
        shared += hit;
        w += n;
        w += *w == ' ';
    }
    size_t fewer = nx < ny ? nx : ny;
    *nshared = shared;
    *nmore = nx < ny ? ny : nx;
    return shared > 0 && 2 * shared >= fewer;
}

static bool similar_long_forms(const char *x, const char *y)
{
    size_t shared, more;
    return similar_long_forms_n(x, y, &shared, &more);
}

/* Key x without the country's initials that open it ("u.s. federal ..."). */
static const char *without_initials(const char *x)
{
    size_t n = strcspn(x, " ");
    return x[n] == ' ' && memchr(x, '.', n) ? x + n + 1 : x;
}

/* Are two long forms one name written two ways: two or more words of four letters or more,
 * each found in the other, a country's initials that open one aside ("u.s. federal energy
 * regulator commission", "federal energy regulatory commission"; not "asian development
 * bank", "african development bank", nor "nationalist peoples coalition", "national
 * power")? */
static bool same_long_forms(const char *x, const char *y)
{
    size_t sx, mx, sy, my;
    x = without_initials(x);
    y = without_initials(y);
    similar_long_forms_n(x, y, &sx, &mx);
    similar_long_forms_n(y, x, &sy, &my);
    return sx >= 2 && sx == mx && sy == my;
}

/* Does key x hold a word that is a listed place's (a country, a people, a city or a region) and
 * no word of key y ("johannesburg" of "johannesburg stock exchange" against "jamaica stock
 * exchange")? */
static bool place_apart(const char *x, const char *y)
{
    const uint32_t place = EG_GAZ_COUNTRY | EG_GAZ_DEMONYM | EG_GAZ_LOCATION;
    for (const char *w = x; *w;) {
        size_t m = strcspn(w, " ");
        if (m >= 4 && !alias_key_has_word(y, w, m) &&
            (eg_gaz_word_flags(eg_gazetteer_default(), w, m) & place)) {
            return true;
        }
        w += m;
        w += *w == ' ';
    }
    return false;
}

/* Are two long forms one acronym is defined with one body's: alike (similar_long_forms), and
 * not told apart by a place each names and the other does not ("johannesburg stock exchange",
 * "jamaica stock exchange": JSE)? */
static bool acronym_long_forms(const char *x, const char *y)
{
    return similar_long_forms(x, y) && !(place_apart(x, y) && place_apart(y, x));
}

/* One-word names that the corpus's links give two unrelated long forms: "RSF" defined as the
 * Rapid Support Forces in one article and Reporters Without Borders in another, "JSE" as the
 * Johannesburg and the Jamaica Stock Exchange (acronym_long_forms). Such a name joins neither
 * across articles (each article's own definition holds there). */
static bool ambiguous_short_names(const eg_alias_link *links, size_t nlinks, eg_strmap *bad)
{
    eg_strmap first = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < nlinks; i++) {
        const char *sh, *lo;
        if (!short_and_long(&links[i], &sh, &lo)) {
            continue;
        }
        uint32_t j = eg_strmap_get(&first, sh, strlen(sh), NONE);
        if (j == NONE) {
            ok = eg_strmap_put(&first, sh, strlen(sh), (uint32_t)i);
            continue;
        }
        const char *sh2 = "", *lo2 = "";
        short_and_long(&links[j], &sh2, &lo2);
        bool acronyms = links[i].kind == EG_LINK_ACRONYM && links[j].kind == EG_LINK_ACRONYM;
        if (acronyms ? !acronym_long_forms(lo, lo2) : !similar_long_forms(lo, lo2)) {
            ok = eg_strmap_put(bad, sh, strlen(sh), 1);
        }
    }
    eg_strmap_fini(&first);
    return ok;
}

/* The entities of the links of one kind, as pairs appended to v[0..*n) (capacity *cap). */
static bool link_pairs(engine *en, const eg_alias_link *links, size_t nlinks, eg_link_kind kind,
                       uint32_t (**v)[2], size_t *n, size_t *cap)
{
    for (size_t i = 0; i < nlinks; i++) {
        const eg_alias_link *l = &links[i];
        uint32_t x = l->kind == kind ? find_key(en, l->type, l->a) : NONE;
        uint32_t y = x != NONE ? find_key(en, l->type, l->b) : NONE;
        if (y == NONE) {
            continue;
        }
        if (!EG_GROW(*v, *cap, *n + 1)) {
            return false;
        }
        (*v)[*n][0] = x;
        (*v)[*n][1] = y;
        (*n)++;
    }
    return true;
}

/* The units articles name for their firms ("a subsidiary, Absheron Petroleum Trading", beside
 * Absheron Petroleum), kept from the short-name rule of eg_alias_cross (not from the other
 * merges: "Isuzu" alone is Isuzu Motors elsewhere). */
static bool apply_units(engine *en, const eg_alias_link *links, size_t nlinks)
{
    return link_pairs(en, links, nlinks, EG_LINK_UNIT, &en->units, &en->nunits, &en->units_cap);
}

/* Names an article holds apart though they differ by a letter or two ("Taras Savchuk", "Taras
 * Savchak"): never joined, as the user's distinct pairs are not. */
static bool apply_apart(engine *en, const eg_alias_link *links, size_t nlinks)
{
    size_t from = en->ncannot;
    if (!link_pairs(en, links, nlinks, EG_LINK_APART, &en->cannot, &en->ncannot,
                    &en->cannot_cap)) {
        return false;
    }
    mark_guarded(en, from);
    return true;
}

/* Is a pair of eg_alias_cross's firm's short-name rule a unit and its firm (apply_units)? */
static bool unit_pair(const engine *en, const eg_alias_pair *p)
{
    for (size_t i = 0; i < en->nunits && p->rule == EG_RULE_FIRM_SHORT_NAME; i++) {
        uint32_t x = eg_uf_find(en->res->parent, en->units[i][0]);
        uint32_t y = eg_uf_find(en->res->parent, en->units[i][1]);
        uint32_t a = eg_uf_find(en->res->parent, p->a), b = eg_uf_find(en->res->parent, p->b);
        if ((x == a && y == b) || (x == b && y == a)) {
            return true;
        }
    }
    return false;
}

static bool apply_links(engine *en, const eg_alias_link *links, size_t nlinks)
{
    eg_strmap bad = {0}, longs = {0};
    if (!ambiguous_short_names(links, nlinks, &bad)) {
        eg_strmap_fini(&bad);
        return false;
    }
    for (size_t i = 0; i < nlinks; i++) {
        const eg_alias_link *l = &links[i];
        const char *sh, *lo;
        if (l->kind == EG_LINK_PARTIAL || l->kind == EG_LINK_UNIT || l->kind == EG_LINK_APART) {
            continue; /* after the neighbourhoods are known: partials(); units: apply_units();
                       * names held apart: apply_apart() */
        }
        if (bad.count && short_and_long(l, &sh, &lo) && eg_strmap_has(&bad, sh, strlen(sh))) {
            continue;
        }
        if (l->kind == EG_LINK_ACRONYM) {
            uint32_t lf = find_key(en, l->type, l->b);
            if (lf == NONE) {
                continue;
            }
            /* the long forms one acronym is defined with, written alike, are one body:
             * "Federal Energy Regulatory Commission (FERC)" here, "U.S. Federal Energy
             * Regulator Commission (FERC)" there */
            uint32_t first = eg_strmap_get(&longs, l->a, strlen(l->a), NONE);
            if (first == NONE) {
                if (!eg_strmap_put(&longs, l->a, strlen(l->a), (uint32_t)i)) {
                    eg_strmap_fini(&longs);
                    eg_strmap_fini(&bad);
                    return false;
                }
            } else if (same_long_forms(links[first].b, l->b)) {
                uint32_t lf0 = find_key(en, l->type, links[first].b);
                if (lf0 != NONE) {
                    safe_union(en, lf0, lf, EG_RULE_ACRONYM_ELSEWHERE);
                }
            }
            for (int t = 0; t < EG_NTYPES; t++) {
                uint32_t ac = t == EG_COUNTRY ? NONE : find_key(en, (eg_etype)t, l->a);
                if (ac != NONE) {
                    safe_union(en, ac, lf, EG_RULE_ACRONYM_ELSEWHERE);
                }
            }
        } else {
            uint32_t x = find_key(en, l->type, l->a);
            uint32_t y = find_key(en, l->type, l->b);
            if (x != NONE && y != NONE) {
                safe_union(en, x, y, EG_RULE_STATED_ALIAS_ELSEWHERE);
                if (!en->res->rename[x] && l->a_label) {
                    en->res->rename[x] = l->a_label;
                }
            }
        }
    }
    eg_strmap_fini(&longs);
    eg_strmap_fini(&bad);
    return true;
}

/* eg_alias_cross over the neighbourhoods of the roots, as sorted id lists (CSR). */
/* Rule 5: a one-word name some article used for a person named in full ("Lula") is that
 * person in the articles that use it alone (eg_alias_partials says when). */
static eg_status partials(engine *en, const eg_alias_cand *cands, const eg_alias_link *links,
                          size_t nlinks, eg_error *err)
{
    size_t np = 0;
    for (size_t i = 0; i < nlinks; i++) {
        np += links[i].kind == EG_LINK_PARTIAL;
    }
    if (np == 0) {
        return EG_OK;
    }
    eg_alias_partial *p = malloc(np * sizeof *p);
    if (!p) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    np = 0;
    for (size_t i = 0; i < nlinks; i++) {
        if (links[i].kind != EG_LINK_PARTIAL) {
            continue;
        }
        uint32_t w = find_key(en, EG_PERSON, links[i].a);
        uint32_t f = find_key(en, EG_PERSON, links[i].b);
        if (w != NONE && f != NONE) {
            p[np++] = (eg_alias_partial){w, f, 0};
        }
    }
    size_t kept = 0;
    eg_status st = eg_alias_partials(cands, en->n, p, np, &kept);
    for (size_t i = 0; st == EG_OK && i < kept; i++) {
        safe_union(en, p[i].word, p[i].full, EG_RULE_PARTIAL_ELSEWHERE);
    }
    free(p);
    return st == EG_OK ? EG_OK : eg_error_set(err, st, "out of memory");
}

/* Rule 6: a state's body that some articles name without its country ("the Finance
 * Ministry": alias_qualify_bodies found none there) is the one country's that the other
 * articles key it with, where they key it with one country only ("japan finance ministry");
 * with two or more ("japan ...", "brazil ...") it stays apart. */
static eg_status lone_bodies(engine *en, eg_error *err)
{
    eg_strmap bodies = {0}; /* body key -> slot */
    uint32_t *first = malloc((en->n ? en->n : 1) * sizeof *first);
    bool *many = calloc(en->n ? en->n : 1, sizeof *many);
    uint32_t nslots = 0;
    bool ok = first && many;
    for (size_t i = 0; ok && i < en->n; i++) {
        size_t cut = en->ents[i].type == EG_ORGANIZATION ? alias_body_country(en->ents[i].key)
                                                         : 0;
        if (cut == 0) {
            continue;
        }
        const char *body = en->ents[i].key + cut;
        uint32_t s = eg_strmap_get(&bodies, body, strlen(body), NONE);
        if (s == NONE) {
            ok = eg_strmap_put(&bodies, body, strlen(body), nslots);
            first[nslots++] = (uint32_t)i;
        } else if (eg_uf_find(en->res->parent, first[s]) !=
                   eg_uf_find(en->res->parent, (uint32_t)i)) {
            many[s] = true;
        }
    }
    for (size_t i = 0; ok && nslots > 0 && i < en->n; i++) {
        const char *k = en->ents[i].key;
        if (en->ents[i].type != EG_ORGANIZATION || !alias_body_name(k)) {
            continue;
        }
        uint32_t s = eg_strmap_get(&bodies, k, strlen(k), NONE);
        if (s != NONE && !many[s]) {
            safe_union(en, (uint32_t)i, first[s], EG_RULE_STATE_BODY_ELSEWHERE);
        }
    }
    eg_strmap_fini(&bodies);
    free(first);
    free(many);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}

static eg_status cross(engine *en, const uint32_t *edges, size_t nedges,
                       const eg_alias_link *links, size_t nlinks, unsigned threads, eg_error *err)
{
    size_t n = en->n;
    uint32_t *parent = en->res->parent;
    size_t *off = calloc(n + 1, sizeof *off);
    uint32_t *adj = malloc((nedges * 2 + 1) * sizeof *adj);
    eg_alias_cand *cands = calloc(n ? n : 1, sizeof *cands);
    size_t *fill = calloc(n ? n : 1, sizeof *fill);
    if (!off || !adj || !cands || !fill) {
        free(off);
        free(adj);
        free(cands);
        free(fill);
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < nedges; i++) {
        off[eg_uf_find(parent, edges[2 * i]) + 1]++;
        off[eg_uf_find(parent, edges[2 * i + 1]) + 1]++;
    }
    for (size_t i = 0; i < n; i++) {
        off[i + 1] += off[i];
    }
    for (size_t i = 0; i < nedges; i++) {
        uint32_t x = eg_uf_find(parent, edges[2 * i]), y = eg_uf_find(parent, edges[2 * i + 1]);
        adj[off[x] + fill[x]++] = y;
        adj[off[y] + fill[y]++] = x;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t r = eg_uf_find(parent, (uint32_t)i);
        size_t deg = off[r + 1] - off[r];
        if (r == i && deg) {
            eg_sort(adj + off[r], deg, sizeof *adj, eg_cmp_u32);
            size_t u = 0;
            for (size_t k = 0; k < deg; k++) {
                if (u == 0 || adj[off[r] + u - 1] != adj[off[r] + k]) {
                    adj[off[r] + u++] = adj[off[r] + k];
                }
            }
            fill[r] = u;
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t r = eg_uf_find(parent, (uint32_t)i);
        cands[i] = (eg_alias_cand){en->ents[i].type, en->ents[i].key, adj + off[r], fill[r],
                                   en->ents[i].mentions,
                                   en->ents[i].listed || en->res->rename[i] != NULL, r,
                                   en->ents[i].firm};
    }
    eg_alias_pair *pairs = NULL;
    size_t npairs = 0;
    eg_status st = eg_alias_cross(cands, n, threads, &pairs, &npairs, err);
    for (size_t i = 0; st == EG_OK && i < npairs; i++) {
        if (unit_pair(en, &pairs[i])) {
            continue;
        }
        safe_union(en, pairs[i].a, pairs[i].b, pairs[i].rule);
        if (pairs[i].rule == EG_RULE_FIRM_NAME &&
            eg_uf_find(parent, pairs[i].a) == eg_uf_find(parent, pairs[i].b) &&
            en->res->forced_type[pairs[i].a] < 0) {
            en->res->forced_type[pairs[i].a] = (int)EG_ORGANIZATION; /* the firm's type */
        }
    }
    free(pairs);
    if (st == EG_OK) {
        st = partials(en, cands, links, nlinks, err);
    }
    free(fill);
    free(off);
    free(adj);
    free(cands);
    return st;
}

eg_status eg_resolve(const eg_res_entity *ents, size_t n, const uint32_t *edges, size_t nedges,
                     const eg_alias_link *links, size_t nlinks, const eg_aliasfile *af,
                     unsigned threads, eg_resolution *res, eg_error *err)
{
    memset(res, 0, sizeof *res);
    size_t m = n ? n : 1;
    res->parent = malloc(m * sizeof *res->parent);
    res->rename = calloc(m, sizeof *res->rename);
    res->forced_type = malloc(m * sizeof *res->forced_type);
    res->rule = calloc(m, sizeof *res->rule);
    res->with = calloc(m, sizeof *res->with);
    engine en = {.ents = ents, .n = n, .res = res, .guarded = calloc(m, sizeof(bool))};
    eg_status st = EG_OK;
    if (!res->parent || !res->rename || !res->forced_type || !res->rule || !res->with ||
        !en.guarded) {
        st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        goto done;
    }
    /* 1. identity of full names */
    for (size_t i = 0; i < n; i++) {
        res->parent[i] = (uint32_t)i;
        res->forced_type[i] = -1;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t prev = find_key(&en, ents[i].type, ents[i].key);
        if (!en.buf.data) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
        if (prev != NONE) {
            eg_uf_union(res->parent, prev, (uint32_t)i);
        } else if (!eg_strmap_put(&en.by_key, en.buf.data, en.buf.len, (uint32_t)i)) {
            st = eg_error_set(err, EG_ERR_NOMEM, "out of memory");
            goto done;
        }
    }
    /* 2-4 */
    st = apply_user(&en, af, err);
    if (st == EG_OK) {
        st = apply_apart(&en, links, nlinks) && apply_units(&en, links, nlinks) &&
                     apply_links(&en, links, nlinks)
                 ? EG_OK
                 : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    if (st == EG_OK) {
        st = cross(&en, edges, nedges, links, nlinks, threads, err);
    }
    if (st == EG_OK) {
        st = lone_bodies(&en, err);
    }
done:
    eg_strmap_fini(&en.by_key);
    eg_buf_fini(&en.buf);
    free(en.cannot);
    free(en.guarded);
    free(en.units);
    if (st != EG_OK) {
        eg_resolution_fini(res);
    }
    return st;
}

void eg_resolution_fini(eg_resolution *res)
{
    free(res->parent);
    free(res->rename);
    free(res->forced_type);
    free(res->rule);
    free(res->with);
    memset(res, 0, sizeof *res);
}

static int cmp_ev_pick(const void *x, const void *y)
{
    const eg_ev_pick *a = x, *b = y;
    int c = strcmp(a->doc, b->doc);
    if (c) {
        return c;
    }
    if (a->order != b->order) {
        return a->order < b->order ? -1 : 1;
    }
    return strcmp(a->text, b->text);
}

size_t eg_evidence_pick(eg_ev_pick *ev, size_t n, size_t keep, bool each)
{
    eg_sort(ev, n, sizeof *ev, cmp_ev_pick);
    size_t kept = 0;
    for (size_t q = 0; q < n && kept < keep; q++) {
        bool dup = false;
        for (size_t r = 0; r < kept && !dup && !each; r++) {
            dup = strcmp(ev[r].text, ev[q].text) == 0;
        }
        if (!dup) {
            ev[kept++] = ev[q];
        }
    }
    return kept;
}
