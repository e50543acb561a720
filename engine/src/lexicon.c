/*
 * lexicon.c -- loads the project's TSV word lists into one hash map.
 *
 * Every file in lexicons/ is UTF-8, one entry a line, TAB-separated, '#'
 * comments.  Keys are lowercased and their words joined by one space, so
 * lookups from the tokenizer match multi-word phrases.  A key listed in
 * several files carries all their flags.  Numbers are parsed without the C
 * locale's help (a '.' is always the decimal point).  Errors name file:line.
 * It does not decide anything about text; attrib.c does.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qs_internal.h"

#define QS_LEX_MAX_FILE ((size_t)16 << 20)
#define QS_LEX_MAX_FIELDS 8

_Static_assert(sizeof(void *) != 8 || sizeof(qs_lex_entry) == 64,
               "a lexicon entry fills one 64-byte cache line");

const qs_lex_entry *qs_lex_find(const qs_lexicon *lx, const char *key,
                                size_t n) {
  if (n == 1 && lx->byte1_ready) return lx->byte1[(unsigned char)key[0]];
  return qs_lex_find_hashed(lx, key, n, qs_lex_hash(key, n));
}

/* Are n bytes equal?  Keys are a few bytes long: words compared inline
 * (the last one overlapping the one before) are cheaper than a call to
 * memcmp or a loop over the bytes. */
static int key_eq(const char *a, const char *b, size_t n) {
  if (n >= 8) {
    uint64_t x, y;
    for (size_t k = 0; k + 8 < n; k += 8) {
      memcpy(&x, a + k, 8);
      memcpy(&y, b + k, 8);
      if (x != y) return 0;
    }
    memcpy(&x, a + n - 8, 8);
    memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x0, y0, x1, y1;
    memcpy(&x0, a, 4);
    memcpy(&y0, b, 4);
    memcpy(&x1, a + n - 4, 4);
    memcpy(&y1, b + n - 4, 4);
    return x0 == y0 && x1 == y1;
  }
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

/* The index is open addressing over 8-byte slots (hash in the high half,
 * entry number + 1 in the low half, 0 = empty), so a probe touches one
 * small array that stays in cache; entries are a dense array beside it.
 * Once loading is done, the filter answers most misses first. */
const qs_lex_entry *qs_lex_find_hashed(const qs_lexicon *lx, const char *key,
                                       size_t n, uint64_t hash) {
  if (n == 1 && lx->byte1_ready) return lx->byte1[(unsigned char)key[0]];
  if (lx->byte1_ready && !qs_lex_filter_may_have(lx, hash)) return NULL;
  if (!lx->cap) return NULL;
  size_t mask = lx->cap - 1;
  uint32_t h = (uint32_t)hash;
  size_t i = h & mask;
  for (;;) {
    uint64_t slot = lx->index[i];
    if (!slot) return NULL;
    if ((uint32_t)(slot >> 32) == h) {
      const qs_lex_entry *e = &lx->entries[(uint32_t)slot - 1];
      if (e->keylen == n &&
          key_eq(n <= QS_LEX_INLINE_KEY ? e->inline_key : e->key, key, n))
        return e;
    }
    i = (i + 1) & mask;
  }
}

/* Moves the index to ncap slots (a power of two, above twice the count)
 * and the entries to room for ncap / 2; -1 when out of memory. */
static int grow_to(qs_lexicon *lx, size_t ncap) {
  uint64_t *ni = calloc(ncap, sizeof *ni);
  /* Entries start on a cache line, so each of them fills exactly one. */
  qs_lex_entry *ne = aligned_alloc(64, (ncap / 2) * sizeof *ne);
  if (!ni || !ne) {
    free(ni);
    free(ne);
    return -1;
  }
  if (lx->count) memcpy(ne, lx->entries, lx->count * sizeof *ne);
  free(lx->entries);
  lx->entries = ne;
  for (size_t k = 0; k < lx->count; k++) {
    size_t j = ne[k].hash & (ncap - 1);
    while (ni[j])
      j = (j + 1) & (ncap - 1);
    ni[j] = ((uint64_t)ne[k].hash << 32) | (uint64_t)(k + 1);
  }
  free(lx->index);
  lx->index = ni;
  lx->cap = ncap;
  return 0;
}

static int grow(qs_lexicon *lx) {
  return grow_to(lx, lx->cap ? lx->cap * 2 : 4096);
}

/* Strings live in separately malloc'd blocks chained through their first
 * pointer, so entries keep valid pointers while the pool grows. */
static char *pool_dup(qs_lexicon *lx, const char *s, size_t n) {
  if (!lx->pool || lx->pool_cap - lx->pool_len < n + 1) {
    size_t cap =
        65536 > n + 1 + sizeof(char *) ? 65536 : n + 1 + sizeof(char *);
    char *blk = malloc(cap);
    if (!blk) return NULL;
    memcpy(blk, &lx->pool, sizeof(char *));
    lx->pool = blk;
    lx->pool_len = sizeof(char *);
    lx->pool_cap = cap;
  }
  char *p = lx->pool + lx->pool_len;
  memcpy(p, s, n);
  p[n] = '\0';
  lx->pool_len += n + 1;
  return p;
}

/* Returns the entry for key (creating it), NULL on OOM.  The pointer is
 * valid until the next lex_upsert (the entry array may move). */
static qs_lex_entry *lex_upsert(qs_lexicon *lx, const char *key, size_t n) {
  if ((lx->count + 1) * 2 > lx->cap && grow(lx) != 0) return NULL;
  size_t mask = lx->cap - 1;
  uint32_t h = (uint32_t)qs_lex_hash(key, n);
  size_t i = h & mask;
  while (lx->index[i]) {
    uint64_t slot = lx->index[i];
    qs_lex_entry *e = &lx->entries[(uint32_t)slot - 1];
    if ((uint32_t)(slot >> 32) == h && e->keylen == n &&
        memcmp(e->key, key, n) == 0)
      return e;
    i = (i + 1) & mask;
  }
  char *k = pool_dup(lx, key, n);
  if (!k) return NULL;
  qs_lex_entry *e = &lx->entries[lx->count];
  memset(e, 0, sizeof *e);
  e->key = k;
  e->hash = h;
  e->keylen = (uint16_t)n;
  if (n <= QS_LEX_INLINE_KEY) memcpy(e->inline_key, key, n);
  e->nwords = 1;
  for (size_t j = 0; j < n; j++)
    if (k[j] == ' ') e->nwords++;
  if (e->nwords > lx->max_words) lx->max_words = e->nwords;
  lx->count++;
  lx->index[i] = ((uint64_t)h << 32) | (uint64_t)lx->count;
  return e;
}

void qs_lexicon_free(qs_lexicon *lx) {
  char *blk = lx->pool;
  while (blk) {
    char *next;
    memcpy(&next, blk, sizeof(char *));
    free(blk);
    blk = next;
  }
  free(lx->index);
  free(lx->entries);
  free(lx->lemma_sets);
  free(lx->short_tab);
  memset(lx, 0, sizeof *lx);
}

/* Parses "-0.25" style decimals in [-1,1] without strtod (locale-free). */
static int parse_unit_decimal(const char *s, float *out) {
  int neg = 0, digits = 0;
  double v = 0, scale = 1;
  if (*s == '-' || *s == '+') neg = (*s++ == '-');
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (*s++ - '0'), digits++;
  if (*s == '.') {
    s++;
    while (*s >= '0' && *s <= '9') {
      scale /= 10;
      v += (*s++ - '0') * scale;
      digits++;
    }
  }
  if (*s || !digits || v > 1.0) return -1;
  *out = (float)(neg ? -v : v);
  return 0;
}

typedef enum {
  F_CUES,
  F_TITLES,
  F_ORGS,
  F_GROUPS,
  F_PRONOUNS,
  F_ABBREV,
  F_FIRST,
  F_STOP,
  F_SETS
} file_kind;

static const struct {
  const char *name;
  file_kind kind;
  int nfields;
} files[] = {
    {"cues.tsv", F_CUES, 4},         {"titles.tsv", F_TITLES, 2},
    {"orgs.tsv", F_ORGS, 2},         {"groups.tsv", F_GROUPS, 2},
    {"pronouns.tsv", F_PRONOUNS, 4}, {"abbrev.tsv", F_ABBREV, 2},
    {"first_names.tsv", F_FIRST, 2}, {"stopwords.tsv", F_STOP, 2},
    {"wordsets.tsv", F_SETS, 2},
};

/* The word sets of wordsets.tsv and their QS_SET_* bits. */
static const struct {
  const char *name;
  uint32_t bit;
} word_sets[] = {
    {"article", QS_SET_ARTICLE},
    {"aux", QS_SET_AUX},
    {"clause_stop", QS_SET_CLAUSE_STOP},
    {"contraction", QS_SET_CONTRACTION},
    {"elision", QS_SET_ELISION},
    {"finite", QS_SET_FINITE},
    {"finding_lemma", QS_SET_FINDING_LEMMA},
    {"finding_noun", QS_SET_FINDING_NOUN},
    {"finite_form", QS_SET_FINITE_FORM},
    {"infinitive_lemma", QS_SET_INFINITIVE_LEMMA},
    {"listener_lemma", QS_SET_LISTENER_LEMMA},
    {"name_connector", QS_SET_NAME_CONNECTOR},
    {"no_object_lemma", QS_SET_NO_OBJECT_LEMMA},
    {"noun_tail", QS_SET_NOUN_TAIL},
    {"noun_verb", QS_SET_NOUN_VERB},
    {"np_determiner", QS_SET_NP_DETERMINER},
    {"number_word", QS_SET_NUMBER_WORD},
    {"np_prep", QS_SET_NP_PREP},
    {"plural_noun_cue", QS_SET_PLURAL_NOUN_CUE},
    {"possessive", QS_SET_POSSESSIVE},
    {"quantifier", QS_SET_QUANTIFIER},
    {"question_lemma", QS_SET_QUESTION_LEMMA},
    {"raising_verb", QS_SET_RAISING_VERB},
    {"relative", QS_SET_RELATIVE},
    {"role_modifier", QS_SET_ROLE_MODIFIER},
    {"section_label", QS_SET_SECTION_LABEL},
    {"tell_object", QS_SET_TELL_OBJECT},
    {"tell_verb", QS_SET_TELL_VERB},
    {"time_determiner", QS_SET_TIME_DETERMINER},
    {"time_noun", QS_SET_TIME_NOUN},
    {"topic_prep", QS_SET_TOPIC_PREP},
    {"wh_word", QS_SET_WH_WORD},
};

/* Sets the step filter's bits for the key with hash prefix_hash followed
 * by a space and the n bytes of w (qs_lex_may_continue). */
static void next_filter_add(qs_lexicon *lx, uint32_t prefix_hash, const char *w,
                            size_t n) {
  uint64_t h = qs_lex_next_hash(prefix_hash, w, n);
  size_t b0 = (size_t)(h >> 32) & (QS_LEX_NEXT_BITS - 1);
  size_t b1 = (size_t)(h >> 48) & (QS_LEX_NEXT_BITS - 1);
  lx->next_filter[b0 / 64] |= (uint64_t)1 << (b0 % 64);
  lx->next_filter[b1 / 64] |= (uint64_t)1 << (b1 % 64);
}

static int apply(qs_lexicon *lx, file_kind kind, char **f, const char *path,
                 long line, qs_error *err) {
  char key[512];
  size_t n = qs_utf8_lower(f[0], strlen(f[0]), key, sizeof key);
  if (n == 0 || n >= sizeof key) {
    qs_error_set(err, QS_ERR_LEXICON, -1, "%s:%ld: empty or overlong key", path,
                 line);
    return -1;
  }
  /* Mark every proper word prefix, so phrase matching can stop as soon
   * as no key continues the words read so far; and put each step from a
   * prefix to the word after it into the step filter.  Every key of two
   * or more words comes through here, and every prefix of a key at a
   * space is a prefix of the full key, so no step of any key is missed. */
  for (size_t k = 0; k < n; k++) {
    if (key[k] != ' ') continue;
    qs_lex_entry *pe = lex_upsert(lx, key, k);
    if (!pe) {
      qs_error_set(err, QS_ERR_NOMEM, -1, "%s:%ld: out of memory", path, line);
      return -1;
    }
    pe->flags |= QS_LEX_PREFIX;
    if (kind == F_CUES) pe->flags |= QS_LEX_CUE_PREFIX;
    if (kind == F_SETS && !strcmp(f[1], "report_noun") && !memchr(key, ' ', k))
      pe->flags |= QS_LEX_REPORT_PREFIX;
    size_t w = k + 1, we = w;
    while (we < n && key[we] != ' ')
      we++;
    next_filter_add(lx, pe->hash, key + w, we - w);
  }
  qs_lex_entry *e = lex_upsert(lx, key, n);
  if (!e) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "%s:%ld: out of memory", path, line);
    return -1;
  }
  const char *v = f[1];
#define BAD(what)                                                              \
  do {                                                                         \
    qs_error_set(err, QS_ERR_LEXICON, -1, "%s:%ld: unknown %s '%s'", path,     \
                 line, what, v);                                               \
    return -1;                                                                 \
  } while (0)
  switch (kind) {
  case F_CUES: {
    static const char *cls[] = {"speech", "write", "belief",
                                "prep",   "noun",  "frame"};
    int c = -1;
    v = f[2];
    for (int i = 0; i < 6 && c < 0; i++)
      if (!strcmp(v, cls[i])) c = i;
    if (c < 0) BAD("cue class");
    v = f[3];
    if (parse_unit_decimal(v, &e->framing) != 0) BAD("framing value");
    e->flags |= QS_LEX_CUE;
    e->cue_class = (uint8_t)c;
    e->lemma = pool_dup(lx, f[1], strlen(f[1]));
    if (!e->lemma) {
      qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
      return -1;
    }
    break;
  }
  case F_TITLES:
    if (!strcmp(v, "honorific"))
      e->flags |= QS_LEX_HONORIFIC;
    else if (!strcmp(v, "title"))
      e->flags |= QS_LEX_TITLE | QS_LEX_ROLE;
    else if (!strcmp(v, "role"))
      e->flags |= QS_LEX_ROLE;
    else
      BAD("title kind");
    break;
  case F_ORGS:
    if (!strcmp(v, "org"))
      e->flags |= QS_LEX_ORG;
    else if (!strcmp(v, "orghead"))
      e->flags |= QS_LEX_ORGHEAD;
    else if (!strcmp(v, "place"))
      e->flags |= QS_LEX_PLACE;
    else
      BAD("org kind");
    break;
  case F_GROUPS:
    if (strcmp(v, "pl") && strcmp(v, "sg")) BAD("number");
    e->flags |= QS_LEX_GROUP;
    e->number = v[0] == 'p' ? 'p' : 's';
    break;
  case F_PRONOUNS:
    if (strlen(v) != 1 || !strchr("mfnx", v[0])) BAD("gender");
    e->gender = v[0];
    v = f[2];
    if (strcmp(v, "pl") && strcmp(v, "sg")) BAD("number");
    e->number = v[0] == 'p' ? 'p' : 's';
    e->flags |= QS_LEX_PRONOUN;
    break;
  case F_ABBREV:
    if (!strcmp(v, "ambiguous") || !strcmp(v, "initialism"))
      e->flags |= QS_LEX_ABBREV_AMBIG;
    else if (!strcmp(v, "title") || !strcmp(v, "month") || !strcmp(v, "org") ||
             !strcmp(v, "other"))
      e->flags |= QS_LEX_ABBREV;
    else
      BAD("abbreviation kind");
    break;
  case F_FIRST:
    if (strlen(v) != 1 || !strchr("mfx", v[0])) BAD("gender");
    e->flags |= QS_LEX_FIRSTNAME;
    if (!e->gender) e->gender = v[0];
    break;
  case F_STOP: {
    static const char *tags[] = {"det", "prep", "conj",  "pron",
                                 "adv", "day",  "month", "other"};
    static const char codes[] = "dpcraymo";
    int t = -1;
    for (int i = 0; i < 8 && t < 0; i++)
      if (!strcmp(v, tags[i])) t = i;
    if (t < 0) BAD("stopword tag");
    e->flags |= QS_LEX_STOP;
    if (!e->stop_tag) e->stop_tag = codes[t];
    break;
  }
  case F_SETS: {
    /* All 32 set bits are taken; this set is a flag, which is what its
     * one reader (attribution's pass over every token) tests anyway. */
    if (!strcmp(v, "stance_cue")) {
      e->flags |= QS_LEX_STANCE;
      break;
    }
    if (!strcmp(v, "report_noun")) {
      e->flags |= QS_LEX_REPORT_NOUN;
      break;
    }
    if (!strcmp(v, "document_noun")) {
      e->flags |= QS_LEX_DOCUMENT;
      break;
    }
    uint32_t bit = 0;
    for (size_t i = 0; i < sizeof word_sets / sizeof word_sets[0] && !bit; i++)
      if (!strcmp(v, word_sets[i].name)) bit = word_sets[i].bit;
    if (!bit) BAD("word set");
    e->sets |= bit;
    break;
  }
  }
#undef BAD
  return 0;
}

/* err->where = path (its tail when too long: the file name matters). */
static void set_where(qs_error *err, const char *path) {
  size_t n = strlen(path), cap = sizeof err->where;
  const char *s = n >= cap ? path + (n - (cap - 1)) : path;
  memcpy(err->where, s, strlen(s) + 1);
}

static int load_file(qs_lexicon *lx, const char *dir, int which,
                     qs_error *err) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir, files[which].name);
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    qs_error_set(err, QS_ERR_IO, -1, "%s: cannot open: %s", path,
                 strerror(errno));
    if (err) set_where(err, path);
    return -1;
  }
  char *buf = malloc(QS_LEX_MAX_FILE + 1);
  if (!buf) {
    fclose(fp);
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    return -1;
  }
  size_t len = fread(buf, 1, QS_LEX_MAX_FILE + 1, fp);
  int rerr = ferror(fp);
  fclose(fp);
  if (rerr || len > QS_LEX_MAX_FILE) {
    free(buf);
    qs_error_set(err, rerr ? QS_ERR_IO : QS_ERR_LIMIT, -1,
                 rerr ? "%s: read error" : "%s: larger than 16 MiB", path);
    return -1;
  }
  buf[len] = '\0';
  long line = 0;
  int rc = 0;
  char *p = buf, *end = buf + len;
  while (p < end && rc == 0) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *eol = nl ? nl : end;
    line++;
    if (memchr(p, '\0', (size_t)(eol - p)) != NULL) {
      qs_error_set(err, QS_ERR_LEXICON, -1, "%s:%ld: NUL byte in line", path,
                   line);
      rc = -1;
      break;
    }
    *eol = '\0';
    if (eol > p && eol[-1] == '\r') eol[-1] = '\0';
    if (*p && *p != '#') {
      char *f[QS_LEX_MAX_FIELDS];
      int nf = 0;
      char *s = p;
      for (;;) {
        char *tab = strchr(s, '\t');
        if (nf < QS_LEX_MAX_FIELDS) f[nf] = s;
        nf++;
        if (!tab) break;
        *tab = '\0';
        s = tab + 1;
      }
      if (nf != files[which].nfields) {
        qs_error_set(err, QS_ERR_LEXICON, -1,
                     "%s:%ld: expected %d TAB-separated fields, found %d", path,
                     line, files[which].nfields, nf);
        rc = -1;
      } else {
        rc = apply(lx, files[which].kind, f, path, line, err);
      }
    }
    p = eol + 1;
  }
  free(buf);
  if (rc != 0 && err) { /* the position, for callers that print it */
    err->line = line;
    set_where(err, path);
  }
  return rc;
}

/* Fills lx->short_tab with the keys of one to seven bytes (none holds a
 * zero byte); -1 when out of memory. */
static int build_short(qs_lexicon *lx) {
  size_t nshort = 0, cap = 16;
  for (size_t k = 0; k < lx->count; k++)
    nshort += lx->entries[k].keylen >= 1 && lx->entries[k].keylen < 8;
  while (cap < nshort * 4)
    cap *= 2;
  lx->short_tab = calloc(cap, sizeof *lx->short_tab);
  if (!lx->short_tab) return -1;
  lx->short_mask = cap - 1;
  for (size_t k = 0; k < lx->count; k++) {
    const qs_lex_entry *e = &lx->entries[k];
    if (e->keylen < 1 || e->keylen >= 8) continue;
    uint64_t key = 0;
    memcpy(&key, e->inline_key, 8); /* zero-padded past keylen */
    size_t i = qs_lex_short_slot(key, lx->short_mask);
    while (lx->short_tab[i].key)
      i = (i + 1) & lx->short_mask;
    lx->short_tab[i].key = key;
    lx->short_tab[i].entry = e;
  }
  return 0;
}

/* The lines of the lexicon files in dir, counted without parsing them;
 * a file that cannot be read counts none (load_file reports it). */
static size_t count_lines(const char *dir) {
  char path[1024], buf[16384];
  size_t lines = 0;
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
    FILE *fp = fopen(path, "rb");
    if (!fp) continue;
    size_t got, total = 0;
    while (total <= QS_LEX_MAX_FILE &&
           (got = fread(buf, 1, sizeof buf, fp)) > 0) {
      total += got;
      for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + got - p)));
           p++)
        lines++;
    }
    fclose(fp);
  }
  return lines;
}

int qs_lexicon_load_dir(qs_lexicon *lx, const char *dir, qs_error *err) {
  memset(lx, 0, sizeof *lx);
  /* The index sized once for about two entries per line (a key and the
   * prefixes of multi-word keys), instead of grown and rehashed on the
   * way: the slots come out the same either way, as growing reinserts
   * the entries in the order they were added. */
  size_t est = count_lines(dir) * 2, cap = 4096;
  while (cap < ((size_t)1 << 24) && (est + 1) * 2 > cap)
    cap *= 2;
  if (grow_to(lx, cap) != 0) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    return -1;
  }
  for (int i = 0; i < (int)(sizeof files / sizeof files[0]); i++) {
    if (load_file(lx, dir, i, err) != 0) {
      qs_lexicon_free(lx);
      return -1;
    }
  }
  for (int b = 0; b < 256; b++) {
    char k = (char)b;
    lx->byte1[b] = qs_lex_find(lx, &k, 1);
  }
  for (size_t k = 0; k < lx->count; k++) {
    uint64_t h = qs_lex_hash(lx->entries[k].key, lx->entries[k].keylen);
    lx->filter[qs_lex_filter_word(h)] |= qs_lex_filter_bits(h);
  }
  lx->byte1_ready = 1;
  lx->padded_ready = lx->cap > 0;
  if (build_short(lx) != 0) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    qs_lexicon_free(lx);
    return -1;
  }
  /* The word sets of each entry's lemma (a cue's "say", "find"), looked
   * up once here instead of for every cue found in a text. */
  lx->lemma_sets = calloc(lx->count ? lx->count : 1, sizeof *lx->lemma_sets);
  if (!lx->lemma_sets) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    qs_lexicon_free(lx);
    return -1;
  }
  for (size_t k = 0; k < lx->count; k++) {
    const char *lemma = lx->entries[k].lemma;
    const qs_lex_entry *le =
        lemma ? qs_lex_find(lx, lemma, strlen(lemma)) : NULL;
    lx->lemma_sets[k] = le ? le->sets : 0;
  }
  return 0;
}

qs_engine *qs_engine_new(const char *lexicon_dir, qs_error *err) {
  qs_error_clear(err);
  if (!lexicon_dir) {
    qs_error_set(err, QS_ERR_USAGE, -1, "no lexicon folder given");
    return NULL;
  }
  qs_engine *e = calloc(1, sizeof *e);
  if (!e) {
    qs_error_set(err, QS_ERR_NOMEM, -1, "out of memory");
    return NULL;
  }
  if (qs_lexicon_load_dir(&e->lex, lexicon_dir, err) != 0) {
    free(e);
    return NULL;
  }
  return e;
}

void qs_engine_free(qs_engine *engine) {
  if (!engine) return;
  qs_lexicon_free(&engine->lex);
  free(engine);
}
