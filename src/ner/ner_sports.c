/*
 * ner_sports.c - clubs and sports reports: teams named after countries and cities.
 */
#include "ner_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- sports reports: teams named after countries and cities ---------------------------- */

enum { SPORT_FOOTBALL, SPORT_CRICKET, SPORT_RUGBY, SPORT_TENNIS, SPORT_BASKETBALL, NSPORTS };

static const char *const sport_name[NSPORTS] = {"football", "cricket", "rugby", "tennis",
                                                "basketball"};

/* Words only one sport uses (lower case, as written in running text). */
static int sport_word(const char *s, size_t n)
{
    static const struct {
        const char *w;
        int sport;
    } words[] = {
        {"football", SPORT_FOOTBALL}, {"soccer", SPORT_FOOTBALL}, {"goal", SPORT_FOOTBALL},
        {"goals", SPORT_FOOTBALL}, {"striker", SPORT_FOOTBALL}, {"midfielder", SPORT_FOOTBALL},
        {"goalkeeper", SPORT_FOOTBALL}, {"FIFA", SPORT_FOOTBALL},
        {"UEFA", SPORT_FOOTBALL}, {"half-time", SPORT_FOOTBALL}, {"equalised", SPORT_FOOTBALL},
        {"equalized", SPORT_FOOTBALL}, {"equaliser", SPORT_FOOTBALL}, {"cricket", SPORT_CRICKET}, {"wicket", SPORT_CRICKET}, {"wickets", SPORT_CRICKET},
        {"innings", SPORT_CRICKET}, {"bowled", SPORT_CRICKET}, {"batting", SPORT_CRICKET},
        {"batsman", SPORT_CRICKET}, {"batters", SPORT_CRICKET}, {"bowlers", SPORT_CRICKET},
        {"centuries", SPORT_CRICKET}, {"ODI", SPORT_CRICKET}, {"T20", SPORT_CRICKET},
        {"batted", SPORT_CRICKET}, {"overs", SPORT_CRICKET}, {"bowler", SPORT_CRICKET},
        {"bowling", SPORT_CRICKET}, {"spinner", SPORT_CRICKET}, {"all-rounder", SPORT_CRICKET},
        {"Twenty20", SPORT_CRICKET}, {"defender", SPORT_FOOTBALL}, {"winger", SPORT_FOOTBALL},
        {"free-kick", SPORT_FOOTBALL}, {"offside", SPORT_FOOTBALL},
        {"scrum-half", SPORT_RUGBY}, {"flanker", SPORT_RUGBY},
        {"three-pointer", SPORT_BASKETBALL},
        {"rugby", SPORT_RUGBY}, {"scrum", SPORT_RUGBY}, {"Six", SPORT_RUGBY}, {"fly-half", SPORT_RUGBY}, {"lineout", SPORT_RUGBY},
        {"tennis", SPORT_TENNIS}, {"singles", SPORT_TENNIS}, {"doubles", SPORT_TENNIS},
        {"tie-break", SPORT_TENNIS}, {"Davis", SPORT_TENNIS}, {"ATP", SPORT_TENNIS},
        {"WTA", SPORT_TENNIS}, {"Wimbledon", SPORT_TENNIS}, {"rubber", SPORT_TENNIS},
        {"basketball", SPORT_BASKETBALL}, {"NBA", SPORT_BASKETBALL},
        {"rebounds", SPORT_BASKETBALL}, {"baseball", -1}, {"hockey", -1}, {"NFL", -1},
        {"NHL", -1}, {"MLB", -1}};
    for (size_t i = 0; i < EG_ARRAY_LEN(words); i++) {
        if (strlen(words[i].w) == n && memcmp(words[i].w, s, n) == 0) {
            return words[i].sport;
        }
    }
    return -2;
}

/* Words of any sport: a report has several of them. */
static bool match_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "match", "matches", "beat", "beats", "beaten", "beating", "defeated", "defeat", "drew",
        "draw", "won", "win", "wins", "victory", "coach", "captain", "season", "championship",
        "tournament", "final", "semi-final", "quarter-final", "league", "Cup", "cup", "team",
        "squad", "scored", "score", "game", "games", "fixture", "stadium", "title", "series",
        "points", "manager", "qualifier", "champions", "lost", "pool", "group", "Test",
        "League", "play", "played", "host", "face", "meet"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* A result: "2-1", "27-13", "112-104" (no fractions, no ranges of percentages). */
static bool scoreline(const eg_doc *doc, const eg_ner_ws *ws, uint32_t t)
{
    const char *s = ws->wptr[t];
    size_t n = ws->wlen[t], i = 0, a = 0, b = 0;
    while (i < n && eg_is_digit((unsigned char)s[i])) {
        i++, a++;
    }
    if (a == 0 || a > 3 || i >= n || s[i] != '-') {
        return false;
    }
    i++;
    while (i < n && eg_is_digit((unsigned char)s[i])) {
        i++, b++;
    }
    if (b == 0 || b > 3 || i != n) {
        return false;
    }
    if (t + 1 < doc->ntoks) {
        const char *nx = ws->wptr[t + 1];
        size_t nn = ws->wlen[t + 1];
        static const char *const units[] = {"pct", "percent", "%", "per", "year", "years",
                                            "month", "months", "days", "mln", "billion", "dlrs",
                                            "vote", "votes", "January", "February", "March",
                                            "April", "May", "June", "July", "August",
                                            "September", "October", "November", "December"};
        for (size_t k = 0; k < EG_ARRAY_LEN(units); k++) {
            if (eg_word_eq(units[k], nx, nn)) {
                return false;
            }
        }
    }
    return true;
}

/* Verbs that report a result. */
static bool result_verb(const char *s, size_t n)
{
    static const char *const w[] = {"beat", "beats", "beating", "beaten", "defeated", "defeat",
                                    "drew", "draw", "lost", "won", "win", "victory", "thrashed",
                                    "edged", "routed", "trounced", "stunned", "upset", "crushed",
                                    "hammered", "overcame", "held", "against", "v", "vs"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* Verbs and words of a match between two sides. */
static bool match_verb(const char *s, size_t n)
{
    static const char *const w[] = {
        "beat", "beats", "beating", "beaten", "defeated", "defeat", "defeats", "drew", "draw",
        "lost", "lose", "loses", "won", "win", "wins", "stunned", "thrashed", "edged", "routed",
        "trounced", "overcame", "eliminated", "face", "faces", "meet", "meets", "play", "plays",
        "host", "hosts", "against", "vs", "versus", "v", "v."};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

/* A place word before a name: "in Adelaide", "at the Maracana", "from Brazil". */
static bool at_place(const eg_ner_ws *ws, uint32_t b)
{
    if (b > 0 && tok_word(ws, b - 1, "the")) {
        b--;
    }
    return b > 0 && (tok_word(ws, b - 1, "in") || tok_word(ws, b - 1, "at") ||
                     tok_word(ws, b - 1, "from"));
}

/* A country or a listed place, however the model typed it (not a demonym). */
static bool team_candidate(const eg_ner *ner, const eg_mention *m)
{
    if (m->demonym || m->team || m->canon || m->source == EG_FOUND_CLUB_LIST) {
        return false;
    }
    if (m->type == EG_COUNTRY || m->type == EG_LOCATION) {
        return true;
    }
    if (m->type != EG_ORGANIZATION || m->gaz >= 0) {
        return false;
    }
    bool dem = false;
    int32_t g = eg_gaz_lookup(ner->gaz, m->surface, strlen(m->surface), &dem);
    return g >= 0 && !dem && eg_gaz_entry_at(ner->gaz, g)->kind != EG_GAZK_ORG;
}

/* Is token t "The" or "A", which opens no club's name before its suffix ("The AFC club
 * competitions": the confederation; a club called "The New Saints FC" loses its "The")? */
static bool article_word(const eg_ner_ws *ws, uint32_t t)
{
    return tok_word(ws, t, "The") || tok_word(ws, t, "A");
}

/* "Nations FC", "Hearts of Oak SC": capitalized words before a club suffix are a club. */
eg_status ner_club_pass(eg_ner_ws *ws, const eg_doc *doc, eg_mentions *out, eg_error *err)
{
    static const char *const suffix[] = {"FC", "SC", "AFC", "CF", "F.C.", "S.C."};
    for (uint32_t t = 1; t < doc->ntoks; t++) {
        if (ws->taken[t] || ws->wlen[t] < 2 || ws->wlen[t] > 4 ||
            !in_list(suffix, EG_ARRAY_LEN(suffix), ws->wptr[t], ws->wlen[t])) {
            continue; /* the suffixes have 2 to 4 bytes */
        }
        uint32_t b = t;
        while (b > 0 && t - b < 4 && !ws->taken[b - 1] && ws->tok_sent[b - 1] == ws->tok_sent[t] &&
               starts_upper(ws->wptr[b - 1], ws->wlen[b - 1]) &&
               !(b - 1 == doc->sents[ws->tok_sent[t]].tok_begin && t - b >= 1) &&
               !article_word(ws, b - 1)) {
            b--;
        }
        if (b == t) {
            continue;
        }
        const char *s = ws->wptr[b];
        size_t n = doc->toks[t].end - doc->toks[b].start;
        eg_status st = ner_add_mention(out, ws, doc, b, t + 1, s, n, EG_ORGANIZATION, -1, false,
                                   EG_FOUND_CLUB, err);
        if (st != EG_OK) {
            return st;
        }
    }
    return EG_OK;
}

/* A tagger that keeps only the suffix of "Nations FC" as the organization: the capitalized
 * words before it (same sentence, not in another mention, at most three) are the club's
 * name. `out` is sorted. */
eg_status ner_club_suffixes(eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                            eg_error *err)
{
    static const char *const suffix[] = {"FC", "SC", "AFC", "CF", "F.C.", "S.C."};
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        if (m->type != EG_ORGANIZATION || m->tok_end != b + 1 ||
            !in_list(suffix, EG_ARRAY_LEN(suffix), ws->wptr[b], ws->wlen[b])) {
            continue;
        }
        uint32_t lo = i > first ? out->v[i - 1].tok_end : 0;
        uint32_t sb = doc->sents[m->sent].tok_begin;
        while (b > lo && b > sb && m->tok_begin - b < 3 &&
               starts_upper(ws->wptr[b - 1], ws->wlen[b - 1]) &&
               !(doc->toks[b - 1].flags & EG_TOK_PUNCT) && !article_word(ws, b - 1)) {
            b--;
        }
        if (b == m->tok_begin) {
            continue;
        }
        if (!collapse_ws(&ws->buf, doc->text + doc->toks[b].start, m->end - doc->toks[b].start)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        if (!ner_set_surface(m, ws->buf.data, ws->buf.len)) {
            return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
        }
        m->tok_begin = b;
        m->start = doc->toks[b].start;
        m->source = EG_FOUND_CLUB;
    }
    return EG_OK;
}

/* Words that set two sides against each other. */
static bool versus_word(const eg_ner_ws *ws, uint32_t t)
{
    static const char *const w[] = {"against", "beat", "beats", "vs", "v", "versus", "drew",
                                    "draw", "defeated", "host", "hosts"};
    return in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t]);
}

/* A match between an organization and a "person" with no given name ("Accra Lions ... draw
 * against Kpando", "Asante Kotoko ... against Nations FC"): a side that plays an organization
 * is one too. In any article; the sides are the nearest mentions around the word (same
 * sentence, within eight words, the word within four of the first side and three of the
 * second). `out` is sorted. */
void ner_opponents(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                   eg_mentions *out)
{
    for (size_t i = first; i + 1 < out->n; i++) {
        eg_mention *l = &out->v[i], *r = &out->v[i + 1];
        if (l->sent != r->sent || r->tok_begin < l->tok_end || r->tok_begin - l->tok_end > 8) {
            continue;
        }
        /* a word of the match within four words after the first side and one (the same or
         * another) within three before the second ("drew 1-1 against"; not "Dafydd Hewitt will
         * make his long-awaited return from injury against Ulster") */
        bool near_l = false, near_r = false;
        for (uint32_t t = l->tok_end; t < r->tok_begin; t++) {
            if (versus_word(ws, t)) {
                near_l = near_l || t - l->tok_end <= 4;
                near_r = near_r || t + 3 >= r->tok_begin;
            }
        }
        if (!near_l || !near_r) {
            continue;
        }
        eg_mention *p = l->type == EG_PERSON && r->type == EG_ORGANIZATION   ? l
                        : r->type == EG_PERSON && l->type == EG_ORGANIZATION ? r
                                                                             : NULL;
        if (!p) {
            continue;
        }
        if (!(tok_flags(ner, ws, p->tok_begin) & (EG_GAZ_FIRSTNAME | EG_GAZ_TITLE))) {
            p->type = EG_ORGANIZATION;
            p->source = EG_FOUND_OPPONENT;
        }
    }
}

/* Is the mention's text a name of the football club list? */
static bool club_listed(const eg_ner_ws *ws, const eg_mention *m)
{
    return m->tok_end > m->tok_begin &&
           (eg_gaz_phrase_lists(ws->wptr + m->tok_begin, ws->wlen + m->tok_begin,
                                m->tok_end - m->tok_begin) &
            EG_PL_FOOTBALL_CLUB) != 0;
}

/* A plural that names sports teams and no person ("Adansi Warriors", "Accra Lions"), or the
 * last word of an e-sports team ("Bilibili Gaming", "Heroic Esports"). */
static bool team_nickname(const eg_ner_ws *ws, uint32_t t)
{
    return eg_team_nickname(ws->wptr[t], ws->wlen[t]);
}

void ner_team_nicknames(const eg_ner *ner, const eg_ner_ws *ws, size_t first, eg_mentions *out)
{
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        bool person = m->type == EG_PERSON;
        if (m->tok_end - b < 2 || (!person && (m->type != EG_LOCATION || m->gaz >= 0))) {
            continue; /* a person, or a place no list knows, of two words or more */
        }
        if ((team_nickname(ws, m->tok_end - 1) || (person && tok_word(ws, b, "Team"))) &&
            !(tok_flags(ner, ws, b) & (EG_GAZ_FIRSTNAME | EG_GAZ_TITLE))) {
            m->type = EG_ORGANIZATION;
            m->source = EG_FOUND_TEAM_NAME;
        }
    }
}

/* Clubs of the football list are organizations: a "person" of two words or more that the list
 * names and that does not open with a given name ("Asante Kotoko") anywhere; in a sports
 * report any person the list names ("Tom Tomsk"), and in a football report (or one of no
 * clear sport) any place ("Liverpool") -- under its own name, not as a city's team, and not
 * where the text says it is the place ("in Liverpool", "the city of Liverpool"). */
static void club_names(const eg_ner_ws *ws, const eg_doc *doc, size_t first, eg_mentions *out,
                       bool sports, bool football)
{
    const eg_gazetteer *g = eg_gazetteer_default();
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        uint32_t b = m->tok_begin;
        bool given = (eg_gaz_word_flags(g, ws->wptr[b], ws->wlen[b]) & EG_GAZ_FIRSTNAME) != 0;
        bool cand = (m->type == EG_PERSON && (sports || (m->tok_end - b >= 2 && !given))) ||
                    (football && m->type == EG_LOCATION);
        if (cand && club_listed(ws, m) && !ner_dateline_place(ws, doc, m) &&
            !(m->type == EG_LOCATION && (eg_place_of(ws->words, b, 0) ||
                                         (b > 0 && tok_word(ws, b - 1, "in"))))) {
            m->type = EG_ORGANIZATION;
            m->gaz = -1;
            m->source = EG_FOUND_CLUB_LIST;
        }
    }
}

/* Is the candidate a listed country or place (entgraph's lists, or the GeoNames and country
 * phrase lists: "England", "Chicago")? */
static bool team_listed(const eg_ner *ner, const eg_ner_ws *ws, const eg_mention *m)
{
    bool dem = false;
    return m->gaz >= 0 || eg_gaz_lookup(ner->gaz, m->surface, strlen(m->surface), &dem) >= 0 ||
           (eg_gaz_phrase_lists(ws->wptr + m->tok_begin, ws->wlen + m->tok_begin,
                                m->tok_end - m->tok_begin) &
            (EG_PL_COUNTRY | EG_PL_CITY | EG_PL_ADMIN_AREA));
}

/* The name a team is known by: the country's canonical name, else the surface. */
static const char *team_key(const eg_ner *ner, const eg_mention *m)
{
    if (m->gaz >= 0) {
        return eg_gaz_entry_at(ner->gaz, m->gaz)->canonical;
    }
    bool dem = false;
    int32_t g = eg_gaz_lookup(ner->gaz, m->surface, strlen(m->surface), &dem);
    return g >= 0 && !dem ? eg_gaz_entry_at(ner->gaz, g)->canonical : m->surface;
}

enum { SW_SPORT = 1u << 8, SW_OTHER_SPORT = 1u << 9, SW_GENERIC = 1u << 10,
       SW_RESULT = 1u << 11, SW_PLAIN = 1u << 12 };

/* Words of one sport that are also plain English or business words ("economic goals", "the
 * market rebounds", "six centuries"): they count for the sport, not as proof of a report. */
static bool plain_word(const char *s, size_t n)
{
    static const char *const w[] = {"goal", "goals", "Six", "rubber", "singles", "doubles",
                                    "centuries", "rebounds", "Davis", "defender", "bowling"};
    return in_list(w, EG_ARRAY_LEN(w), s, n);
}

static eg_strmap sport_words;
static uint32_t sport_lens[256]; /* per first byte: bit n when a word of n bytes has it */
static bool sport_words_ok;
static pthread_once_t sport_once = PTHREAD_ONCE_INIT;

/* One hash table of the words of sport_word(), match_word() and result_verb(): one lookup per
 * token in the document scan. */
static void sport_table_build(void)
{
    static const char *const extra[] = {
        "football", "soccer", "goal", "goals", "striker", "midfielder", "goalkeeper", "FIFA",
        "UEFA", "half-time", "equalised", "equalized", "equaliser", "cricket", "wicket",
        "wickets", "innings", "bowled", "batting", "batsman", "batters", "bowlers", "centuries",
        "ODI", "T20", "batted", "overs", "bowler", "bowling", "spinner", "all-rounder",
        "Twenty20", "defender", "winger", "free-kick", "offside", "scrum-half", "flanker",
        "three-pointer", "rugby", "scrum", "Six", "fly-half", "lineout", "tennis", "singles",
        "doubles", "tie-break", "Davis", "ATP", "WTA", "Wimbledon", "rubber", "basketball", "NBA",
        "rebounds", "baseball", "hockey", "NFL", "NHL", "MLB", "match", "matches", "beat",
        "beats", "beaten", "beating", "defeated", "defeat", "drew", "draw", "won", "win", "wins",
        "victory", "coach", "captain", "season", "championship", "tournament", "final",
        "semi-final", "quarter-final", "league", "Cup", "cup", "team", "squad", "scored", "score",
        "game", "games", "fixture", "stadium", "title", "series", "points", "manager",
        "qualifier", "champions", "lost", "pool", "group", "Test", "League", "play", "played",
        "host", "face", "meet", "thrashed", "edged", "routed", "trounced", "stunned", "upset",
        "crushed", "hammered", "overcame", "held", "against", "v", "vs"};
    bool ok = true;
    for (size_t i = 0; ok && i < EG_ARRAY_LEN(extra); i++) {
        const char *w = extra[i];
        size_t n = strlen(w);
        int sp = sport_word(w, n);
        uint32_t v = (sp >= 0 ? SW_SPORT | (uint32_t)sp : 0) | (sp == -1 ? SW_OTHER_SPORT : 0) |
                     (match_word(w, n) ? SW_GENERIC : 0) | (result_verb(w, n) ? SW_RESULT : 0) |
                     (sp >= 0 && plain_word(w, n) ? SW_PLAIN : 0);
        ok = v == 0 || eg_strmap_put(&sport_words, w, n, v);
        sport_lens[(unsigned char)w[0]] |= v && n < 32 ? 1u << n : 0;
    }
    sport_words_ok = ok;
}

static const eg_strmap *sport_table(void)
{
    pthread_once(&sport_once, sport_table_build);
    return sport_words_ok ? &sport_words : NULL;
}

/* Is the article a sports report (a scoreline with several sport words, or words of one
 * sport, or one such word with several words of any sport)? *sport: the sport its words name
 * most, -1 when none or a tie. */
static bool sports_report(const eg_ner_ws *ws, const eg_doc *doc, const eg_strmap *tab,
                          int *sport)
{
    unsigned per_sport[NSPORTS] = {0};
    unsigned generic = 0, scores = 0, specific = 0, proper = 0;
    uint32_t sent = UINT32_MAX;
    bool num = false, verb = false;
    for (uint32_t t = 0; t < doc->ntoks; t++) {
        if (ws->tok_sent[t] != sent) {
            /* results: a scoreline in a sentence that says who won, lost or drew */
            scores += num && verb;
            num = verb = false;
            sent = ws->tok_sent[t];
        }
        if (doc->toks[t].flags & EG_TOK_NUMBER) {
            num = num || scoreline(doc, ws, t);
            continue;
        }
        if (!eg_is_alpha((unsigned char)ws->wptr[t][0]) || ws->wlen[t] > 16 ||
            !(sport_lens[(unsigned char)ws->wptr[t][0]] & (1u << ws->wlen[t]))) {
            continue; /* most words: no sport word has their first letter and length */
        }
        uint32_t v = eg_strmap_get(tab, ws->wptr[t], ws->wlen[t], 0);
        if (v & SW_SPORT) {
            per_sport[v & 0xff]++;
            specific++;
            proper += !(v & SW_PLAIN);
        }
        specific += (v & SW_OTHER_SPORT) != 0;
        generic += (v & SW_GENERIC) != 0;
        verb = verb || (v & SW_RESULT);
    }
    scores += num && verb;
    *sport = -1;
    unsigned best = 0;
    for (int k = 0; k < NSPORTS; k++) {
        if (per_sport[k] > best) {
            best = per_sport[k];
            *sport = k;
        } else if (per_sport[k] == best) {
            *sport = -1; /* a tie: say only "team" */
        }
    }
    /* a short report without a scoreline ("India beat Australia by six wickets in the
     * second Test ... captain ... will meet again"): one word only a sport uses and four of
     * any sport */
    return (scores >= 1 && specific + generic >= 3) || (specific >= 3 && generic >= 2) ||
           (proper >= 1 && generic >= 4);
}

/* Is the name at token b one a player plays for: "for" right before it, and within six words
 * before that a word of playing for a side ("scored 14 goals in 38 games for Chile", "has
 * not played for Chile since 2021", "his debut for Wales")? */
static bool plays_for(const eg_ner_ws *ws, uint32_t b, uint32_t sb)
{
    static const char *const w[] = {"played", "plays", "play", "playing", "scored", "goals",
                                    "games", "caps", "appearances", "debut", "matches", "tries",
                                    "wickets", "starts", "capped"};
    if (b < sb + 2 || !tok_word(ws, b - 1, "for")) {
        return false;
    }
    for (uint32_t t = b - 1; t-- > sb && b - t <= 7;) {
        if (in_list(w, EG_ARRAY_LEN(w), ws->wptr[t], ws->wlen[t])) {
            return true;
        }
    }
    return false;
}

/* Is mention i a country or place that owns the organization named right after its "'s"
 * ("beat Brazil's Esporte Clube Niteroi 3-1": the club's country, not a team)? */
static bool owner_of_org(const eg_ner_ws *ws, const eg_doc *doc, const eg_mentions *out,
                         size_t i)
{
    const eg_mention *m = &out->v[i];
    return i + 1 < out->n && m->tok_end + 1 < doc->ntoks && tok_word(ws, m->tok_end, "'s") &&
           out->v[i + 1].tok_begin == m->tok_end + 1 &&
           out->v[i + 1].type == EG_ORGANIZATION;
}

/* Is mention i in parentheses right after mention i - 1 (from `first` on), its short form or
 * a player's country ("the United Arab Emirates (UAE) to win", "Lleyton Hewitt (Australia)"):
 * no side of its own? A city after a player is his club ("R Beattie (Northampton)"). */
static bool glossed(const eg_ner_ws *ws, const eg_doc *doc, const eg_mentions *out,
                    size_t first, size_t i)
{
    const eg_mention *m = &out->v[i];
    return i > first && m->tok_begin > 0 && m->tok_end < doc->ntoks &&
           out->v[i - 1].tok_end + 1 == m->tok_begin && tok_word(ws, m->tok_begin - 1, "(") &&
           tok_word(ws, m->tok_end, ")") &&
           (m->type == EG_COUNTRY || out->v[i - 1].type != EG_PERSON);
}

/* Does the name that ends before token e open a competition's name ("an Africa Cup of Nations
 * qualifier", "the Asian Games", "the Europa League"), where it plays no match itself? */
static bool opens_competition(const eg_ner_ws *ws, const eg_doc *doc, uint32_t e)
{
    static const char *const heads[] = {"Cup",  "Nations", "Championship", "Championships",
                                        "Games", "Trophy", "League",       "Open"};
    for (size_t k = 0; e < doc->ntoks && k < EG_ARRAY_LEN(heads); k++) {
        if (tok_word(ws, e, heads[k])) {
            return true;
        }
    }
    return false;
}

/* Names that play: a result or a match verb within three words, in the same sentence, or a
 * side a player plays for (plays_for); their team keys go into `teams`. */
static bool playing_names(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                          const eg_mentions *out, eg_strmap *teams)
{
    bool ok = true;
    for (size_t i = first; ok && i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        if (!team_candidate(ner, m) || at_place(ws, m->tok_begin) ||
            owner_of_org(ws, doc, out, i) || glossed(ws, doc, out, first, i) ||
            opens_competition(ws, doc, m->tok_end)) {
            continue;
        }
        const eg_sentence *se = &doc->sents[m->sent];
        /* a listed country or city plays when a result or a match verb is within three words;
         * a place no list knows ("Gloucester") only right next to one */
        uint32_t win = team_listed(ner, ws, m) ? 3 : 1;
        uint32_t lo = m->tok_begin >= se->tok_begin + win ? m->tok_begin - win : se->tok_begin;
        uint32_t hi = m->tok_end + win <= se->tok_end ? m->tok_end + win : se->tok_end;
        bool cue = false;
        for (uint32_t t = lo; t < hi && !cue; t++) {
            cue = (t < m->tok_begin || t >= m->tok_end) &&
                  (((doc->toks[t].flags & EG_TOK_NUMBER) && scoreline(doc, ws, t)) ||
                   match_verb(ws->wptr[t], ws->wlen[t]));
        }
        cue = cue || plays_for(ws, m->tok_begin, se->tok_begin);
        if (cue) {
            const char *k = team_key(ner, m);
            ok = eg_strmap_put(teams, k, strlen(k), 1);
        }
    }
    return ok;
}

/* Every mention of a playing name, except after "in", "at" or "from", becomes its team. */
static bool rename_teams(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                         eg_mentions *out, const eg_strmap *teams, int sport)
{
    eg_buf names = {0};
    bool ok = true;
    for (size_t i = first; ok && teams->count && i < out->n; i++) {
        eg_mention *m = &out->v[i];
        if (!team_candidate(ner, m) || at_place(ws, m->tok_begin) ||
            owner_of_org(ws, doc, out, i) || glossed(ws, doc, out, first, i) ||
            opens_competition(ws, doc, m->tok_end)) {
            continue; /* "in Adelaide", "from Brazil", "Brazil's Flamengo": the place */
        }
        const char *name = team_key(ner, m);
        if (!eg_strmap_has(teams, name, strlen(name))) {
            continue;
        }
        eg_buf_reset(&names);
        if (team_listed(ner, ws, m)) {
            ok = eg_buf_printf(&names, "%s (%s%steam)", name, sport >= 0 ? sport_name[sport] : "",
                               sport >= 0 ? " " : "");
        } else {
            ok = eg_buf_puts(&names, m->surface); /* "Medeama": a club no list knows */
        }
        ok = ok && ner_set_surface(m, names.data, names.len);
        if (ok) {
            m->type = EG_ORGANIZATION;
            m->gaz = -1;
            m->team = true;
        }
    }
    eg_buf_fini(&names);
    return ok;
}

extern const char eg_data_club_aliases[], eg_data_club_aliases_end[];

static eg_strmap club_alias_map;      /* alias -> its line's offset in the embedded table */
static bool club_alias_ok;
static pthread_once_t club_alias_once = PTHREAD_ONCE_INIT;

/* The table of data/lists/club_aliases.tsv ("alias TAB club" lines, from the football list by
 * tools/gazlists.py): each alias names one club only. */
static void club_alias_build(void)
{
    bool ok = true;
    for (const char *p = eg_data_club_aliases; ok && p < eg_data_club_aliases_end;) {
        const char *nl = memchr(p, '\n', (size_t)(eg_data_club_aliases_end - p));
        const char *end = nl ? nl : eg_data_club_aliases_end;
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        if (tab && tab > p && tab + 1 < end) {
            ok = eg_strmap_put(&club_alias_map, p, (size_t)(tab - p),
                               (uint32_t)(tab + 1 - eg_data_club_aliases));
        }
        p = end + 1;
    }
    club_alias_ok = ok;
}

/* The club an alias names ("Spurs" -> "Tottenham Hotspur"), its length in *n; NULL for none. */
static const char *club_of_alias(const char *s, size_t len, size_t *n)
{
    pthread_once(&club_alias_once, club_alias_build);
    uint32_t off = club_alias_ok ? eg_strmap_get(&club_alias_map, s, len, UINT32_MAX)
                                 : UINT32_MAX;
    if (off == UINT32_MAX) {
        return NULL;
    }
    const char *c = eg_data_club_aliases + off;
    const char *nl = memchr(c, '\n', (size_t)(eg_data_club_aliases_end - c));
    *n = (size_t)((nl ? nl : eg_data_club_aliases_end) - c);
    return c;
}

/* Does the article name club c (n bytes) itself, or (with `by_head`) by its first word
 * ("Tottenham")? */
static bool club_named(const eg_mentions *out, size_t first, const char *c, size_t n,
                       bool by_head)
{
    const char *sp = memchr(c, ' ', n);
    size_t fw = sp && by_head ? (size_t)(sp - c) : n;
    for (size_t i = first; i < out->n; i++) {
        const eg_mention *m = &out->v[i];
        const char *s = m->canon ? m->canon : m->surface;
        size_t l = m->canon ? m->canon_len : strlen(s);
        if ((l == n && memcmp(s, c, n) == 0) || (l == fw && memcmp(s, c, fw) == 0)) {
            return true;
        }
    }
    return false;
}

/* In a football report, an organization or a place (not "in Birmingham") called by another
 * of a club's names ("Man Utd", "Tottenham", "QPR") is the club under the name the football
 * list gives it. A nickname of one word ("Spurs", "Wolves") only where the article names the
 * club too: many are words ("Pumas", "Derby", "Sport"). Runs before persons and places become
 * clubs (club_names), so a player "Sutton" stays a person. */
static void club_aliases(const eg_ner_ws *ws, const eg_doc *doc, eg_mentions *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        eg_mention *m = &out->v[i];
        size_t n = 0;
        const char *club = (m->type != EG_ORGANIZATION && m->type != EG_LOCATION) || m->team ||
                                   m->gaz >= 0 || at_place(ws, m->tok_begin) ||
                                   ner_dateline_place(ws, doc, m)
                               ? NULL
                               : club_of_alias(m->surface, strlen(m->surface), &n);
        if (!club) {
            continue;
        }
        size_t sl = strlen(m->surface);
        if (!memchr(m->surface, ' ', sl) && !all_upper(m->surface, sl)) {
            /* one word: the town of the club's name ("Bolton" of Bolton Wanderers), else only
             * where the article names the club ("Spurs" beside Tottenham; not "Pumas", "Sport"
             * or "Derby" of "Derby games" alone) */
            bool head = n > sl && club[sl] == ' ' && memcmp(club, m->surface, sl) == 0;
            bool town = head && (eg_gaz_phrase_lists(ws->wptr + m->tok_begin,
                                                     ws->wlen + m->tok_begin,
                                                     m->tok_end - m->tok_begin) &
                                 (EG_PL_CITY | EG_PL_ADMIN_AREA));
            if ((!town && !club_named(out, first, club, n, !head)) ||
                ner_person_word(doc, out, first, m->surface, sl, true)) {
                continue; /* "Lennon, Sutton, Thompson": Chris Sutton of the article */
            }
        }
        m->canon = club; /* its identity; the name as written stays its alias */
        m->canon_len = (uint32_t)n;
        m->type = EG_ORGANIZATION;
        m->gaz = -1;
        m->source = EG_FOUND_CLUB_LIST;
    }
}

/* In a sports report -- a scoreline with several sport words, or words of one sport -- a
 * country or city that plays (subject or object of a match: a sentence with a result or a
 * match verb, not "in Adelaide") names a team. Such a name, everywhere in the report except
 * after "in", "at" or "from", becomes the ORGANIZATION "<name> (<sport> team)": one entity per
 * country and sport, never the country. */
eg_status ner_sports_teams(const eg_ner *ner, eg_ner_ws *ws, const eg_doc *doc, size_t first,
                           eg_mentions *out, eg_error *err)
{
    if (out->n == first) {
        return EG_OK;
    }
    const eg_strmap *tab = sport_table();
    if (!tab) {
        return eg_error_set(err, EG_ERR_NOMEM, "out of memory");
    }
    int sport;
    if (!sports_report(ws, doc, tab, &sport)) {
        club_names(ws, doc, first, out, false, false);
        return EG_OK;
    }
    if (sport == SPORT_FOOTBALL) {
        club_aliases(ws, doc, out, first);
    }
    club_names(ws, doc, first, out, true, sport == SPORT_FOOTBALL || sport < 0);
    eg_strmap teams = {0};
    bool ok = playing_names(ner, ws, doc, first, out, &teams) &&
              rename_teams(ner, ws, doc, first, out, &teams, sport);
    eg_strmap_fini(&teams);
    return ok ? EG_OK : eg_error_set(err, EG_ERR_NOMEM, "out of memory");
}
