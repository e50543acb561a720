/*
 * reader.c -- reads gold and prediction files record by record: the JSONL
 * record format, and the public formats a user is likely to hold (VADER
 * ground-truth TSV, NewsMTSC JSONL, brat standoff), converted on the fly.
 *
 * Conversions build records through json_io.c (the only JSON writer), so
 * every record, whatever its source, is validated the same way.  Errors name
 * the file and line.  Does not analyse text and never prints.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json_io.h"
#include "qs_internal.h"
#include "quotescore.h"

struct qs_reader {
  FILE *f;    /* open file (JSONL, TSV); NULL for brat */
  char *path; /* malloc'd copy, for messages */
  qs_file_format fmt;
  unsigned flags;    /* QS_RECORD_* */
  char *line;        /* getline buffer */
  size_t cap;        /* its capacity */
  long lineno;       /* lines read so far */
  long rec_line;     /* line of the record last returned */
  qs_record **queue; /* NewsMTSC: records of the current line */
  size_t qn, qi;     /* queue length / next index */
  int done;          /* brat: the one document was returned */
};

static const char *const format_names[] = {"jsonl", "vader-tsv", "newsmtsc",
                                           "brat"};

int qs_file_format_parse(const char *name, qs_file_format *out) {
  for (int i = 0; i < 4; i++)
    if (name && !strcmp(name, format_names[i])) {
      *out = (qs_file_format)i;
      return 0;
    }
  return -1;
}

/* Fills err with "PATH: line N: msg" semantics: where = path. */
static void rd_error(qs_error *err, qs_status code, const char *path, long line,
                     const char *fmt, ...) {
  char prefix[40] = "";
  va_list ap;
  if (line > 0) snprintf(prefix, sizeof prefix, "line %ld: ", line);
  va_start(ap, fmt);
  qs_error_setv(err, code, line, path, prefix, fmt, ap);
  va_end(ap);
}

/* Re-homes an error from json_io.c (which knows the line, not the path). */
static void set_where(qs_error *err, const char *path) {
  if (err) snprintf(err->where, sizeof err->where, "%.250s", path);
}

qs_reader *qs_reader_open(const char *path, qs_file_format fmt, unsigned flags,
                          qs_error *err) {
  qs_reader *r;
  if (!path || (int)fmt < 0 || (int)fmt > 3) {
    rd_error(err, QS_ERR_USAGE, path ? path : "", 0, "bad reader arguments");
    return NULL;
  }
  r = calloc(1, sizeof *r);
  if (!r || !(r->path = strdup(path))) {
    free(r);
    rd_error(err, QS_ERR_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  r->fmt = fmt;
  r->flags = flags;
  if (fmt != QS_FORMAT_BRAT) {
    r->f = fopen(path, "rb");
    if (!r->f) {
      rd_error(err, QS_ERR_IO, path, 0, "cannot open: %s", strerror(errno));
      qs_reader_close(r);
      return NULL;
    }
  }
  return r;
}

void qs_reader_close(qs_reader *r) {
  if (!r) return;
  if (r->f) fclose(r->f);
  for (size_t i = r->qi; i < r->qn; i++)
    qs_record_free(r->queue[i]);
  free(r->queue);
  free(r->line);
  free(r->path);
  free(r);
}

long qs_reader_line(const qs_reader *r) { return r ? r->rec_line : 0; }

/* Next non-blank line without its line ending: 1, 0 at EOF, <0 on error. */
static int next_line(qs_reader *r, size_t *len, qs_error *err) {
  for (;;) {
    ssize_t n;
    errno = 0;
    n = getline(&r->line, &r->cap, r->f);
    if (n < 0) {
      if (ferror(r->f)) {
        rd_error(err, errno == ENOMEM ? QS_ERR_NOMEM : QS_ERR_IO, r->path,
                 r->lineno + 1, "read error: %s", strerror(errno));
        return errno == ENOMEM ? QS_ERR_NOMEM : QS_ERR_IO;
      }
      return 0;
    }
    r->lineno++;
    while (n > 0 && (r->line[n - 1] == '\n' || r->line[n - 1] == '\r'))
      n--;
    if ((size_t)n > QS_DEFAULT_MAX_DOC_BYTES) {
      rd_error(err, QS_ERR_LIMIT, r->path, r->lineno,
               "line longer than %zu bytes", QS_DEFAULT_MAX_DOC_BYTES);
      return QS_ERR_LIMIT;
    }
    size_t i = 0;
    while (i < (size_t)n && (r->line[i] == ' ' || r->line[i] == '\t'))
      i++;
    if (i == (size_t)n) continue; /* blank line */
    r->line[n] = '\0';
    *len = (size_t)n;
    return 1;
  }
}

/* Locale-independent decimal parser for [-+]digits[.digits][e[-+]digits]
 * over exactly n bytes.  Returns 0 and *out, or -1.  Decimal fractions with
 * at most 15 significant digits and |exponent| <= 22 are correctly rounded
 * (one exact division), which covers every VADER mean. */
static int parse_decimal(const char *s, size_t n, double *out) {
  static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  size_t i = 0;
  int neg = 0, digits = 0, exp10 = 0;
  unsigned long long mant = 0;
  double v;
  if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  for (; i < n && isdigit((unsigned char)s[i]); i++, digits++)
    if (mant < 100000000000000000ULL)
      mant = mant * 10 + (unsigned)(s[i] - '0');
    else
      exp10++;
  if (i < n && s[i] == '.') {
    i++;
    for (; i < n && isdigit((unsigned char)s[i]); i++, digits++)
      if (mant < 100000000000000000ULL) {
        mant = mant * 10 + (unsigned)(s[i] - '0');
        exp10--;
      }
  }
  if (!digits) return -1;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    int eneg = 0, e = 0, ed = 0;
    i++;
    if (i < n && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
    for (; i < n && isdigit((unsigned char)s[i]); i++, ed++)
      if (e < 10000) e = e * 10 + (s[i] - '0');
    if (!ed) return -1;
    exp10 += eneg ? -e : e;
  }
  if (i != n) return -1;
  v = (double)mant;
  while (exp10 > 22) {
    v *= 1e22;
    exp10 -= 22;
  }
  while (exp10 < -22) {
    v /= 1e22;
    exp10 += 22;
  }
  v = exp10 >= 0 ? v * p10[exp10] : v / p10[-exp10];
  *out = neg ? -v : v;
  return isfinite(*out) ? 0 : -1;
}

/* VADER ground truth: id TAB mean TAB text (the text may hold more tabs).
 * A first line whose mean is not a number is taken as a header. */
static int next_vader(qs_reader *r, qs_record **out, qs_error *err) {
  for (;;) {
    size_t len;
    int rc = next_line(r, &len, err);
    char *t1, *t2;
    double mean, score;
    const char *label;
    if (rc <= 0) return rc;
    t1 = memchr(r->line, '\t', len);
    t2 = t1 ? memchr(t1 + 1, '\t', len - (size_t)(t1 + 1 - r->line)) : NULL;
    if (!t2) {
      rd_error(err, QS_ERR_INPUT, r->path, r->lineno,
               "expected id TAB mean TAB text");
      return QS_ERR_INPUT;
    }
    *t1 = '\0';
    if (parse_decimal(t1 + 1, (size_t)(t2 - t1 - 1), &mean) < 0) {
      if (r->lineno == 1) continue; /* header */
      rd_error(err, QS_ERR_INPUT, r->path, r->lineno,
               "the mean rating is not a number");
      return QS_ERR_INPUT;
    }
    if (mean < -4.0 || mean > 4.0) {
      rd_error(err, QS_ERR_INPUT, r->path, r->lineno,
               "the mean rating is outside -4..4");
      return QS_ERR_INPUT;
    }
    score = mean / 4.0;
    label = score >= 0.05    ? "positive"
            : score <= -0.05 ? "negative"
                             : "neutral";
    *out = qs_json_build_record(r->line, t2 + 1,
                                len - (size_t)(t2 + 1 - r->line), score, label,
                                "vader-tsv", 0, NULL, 0, r->lineno, err);
    if (!*out) {
      set_where(err, r->path);
      return err ? err->code : QS_ERR_INPUT;
    }
    r->rec_line = r->lineno;
    return 1;
  }
}

static int next_newsmtsc(qs_reader *r, qs_record **out, qs_error *err) {
  while (r->qi >= r->qn) {
    size_t len;
    int rc;
    for (size_t i = r->qi; i < r->qn; i++)
      qs_record_free(r->queue[i]);
    free(r->queue);
    r->queue = NULL;
    r->qn = r->qi = 0;
    rc = next_line(r, &len, err);
    if (rc <= 0) return rc;
    if (qs_json_newsmtsc_line(r->line, len, r->lineno, &r->queue, &r->qn,
                              err) != QS_OK) {
      set_where(err, r->path);
      return err ? err->code : QS_ERR_INPUT;
    }
    r->rec_line = r->lineno;
  }
  *out = r->queue[r->qi++];
  return 1;
}

static int next_jsonl(qs_reader *r, qs_record **out, qs_error *err) {
  size_t len;
  int rc = next_line(r, &len, err);
  if (rc <= 0) return rc;
  *out = qs_record_parse_ex(r->line, len, r->lineno, r->flags, err);
  if (!*out) {
    set_where(err, r->path);
    return err ? err->code : QS_ERR_INPUT;
  }
  r->rec_line = r->lineno;
  return 1;
}

/* ------------------------------------------------------------------ */
/* brat standoff                                                       */
/* ------------------------------------------------------------------ */

typedef struct brat_ent {
  long num;      /* N of "TN" */
  char type[32]; /* Source, Cue, Content, ... */
  long nfrag;    /* fragments */
  long *frag;    /* 2*nfrag code-point offsets */
  char *text;    /* the .ann text column */
  long line;     /* .ann line */
  int used;      /* Content referenced by an event */
} brat_ent;

typedef struct brat_attr {
  char id[32];  /* event/relation id or content id: the qid */
  long content; /* entity indices, -1 none */
  long source, cue;
} brat_attr;

typedef struct brat_doc {
  brat_ent *ents;
  size_t nents, capents;
  brat_attr *attrs;
  size_t nattrs, capattrs;
  char **rels; /* R lines, processed after all entities are known */
  long *rel_lines;
  size_t nrels, caprels;
} brat_doc;

static void brat_free(brat_doc *d) {
  for (size_t i = 0; i < d->nents; i++) {
    free(d->ents[i].frag);
    free(d->ents[i].text);
  }
  for (size_t i = 0; i < d->nrels; i++)
    free(d->rels[i]);
  free(d->ents);
  free(d->attrs);
  free(d->rels);
  free(d->rel_lines);
}

static int grow(void **p, size_t *cap, size_t n, size_t size) {
  if (n < *cap) return 0;
  size_t nc = *cap ? *cap * 2 : 16;
  void *q = realloc(*p, nc * size);
  if (!q) return -1;
  *p = q;
  *cap = nc;
  return 0;
}

static int cmp_ent(const void *a, const void *b) {
  const brat_ent *x = a, *y = b;
  return x->num < y->num ? -1 : x->num > y->num;
}

static long find_ent(const brat_doc *d, const char *ref) {
  long num;
  char *end;
  if (ref[0] != 'T') return -1;
  num = strtol(ref + 1, &end, 10);
  if (end == ref + 1) return -1;
  size_t lo = 0, hi = d->nents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->ents[mid].num < num)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < d->nents && d->ents[lo].num == num ? (long)lo : -1;
}

/* Role name without trailing digits, compared case-insensitively. */
static int role_is(const char *role, size_t n, const char *want) {
  while (n > 0 && isdigit((unsigned char)role[n - 1]))
    n--;
  return n == strlen(want) && !strncasecmp(role, want, n);
}

static int read_file(const char *path, char **buf, size_t *len, qs_error *err) {
  FILE *f = fopen(path, "rb");
  char *b = NULL;
  size_t n = 0, cap = 0;
  if (!f) {
    rd_error(err, QS_ERR_IO, path, 0, "cannot open: %s", strerror(errno));
    return QS_ERR_IO;
  }
  for (;;) {
    if (n + 65536 + 1 > cap) {
      size_t nc = cap ? cap * 2 : 131072;
      char *q = realloc(b, nc);
      if (!q) {
        free(b);
        fclose(f);
        rd_error(err, QS_ERR_NOMEM, path, 0, "out of memory");
        return QS_ERR_NOMEM;
      }
      b = q;
      cap = nc;
    }
    size_t got = fread(b + n, 1, 65536, f);
    n += got;
    if (n > QS_DEFAULT_MAX_DOC_BYTES) {
      free(b);
      fclose(f);
      rd_error(err, QS_ERR_LIMIT, path, 0, "file larger than %zu bytes",
               QS_DEFAULT_MAX_DOC_BYTES);
      return QS_ERR_LIMIT;
    }
    if (got < 65536) break;
  }
  if (ferror(f)) {
    free(b);
    fclose(f);
    rd_error(err, QS_ERR_IO, path, 0, "read error");
    return QS_ERR_IO;
  }
  fclose(f);
  b[n] = '\0';
  *buf = b;
  *len = n;
  return QS_OK;
}

/* Decodes UTF-8 into code points (invalid bytes count as one each, the
 * record builder rejects them later). */
static long decode_cps(const char *s, size_t n, unsigned long *cps) {
  const unsigned char *p = (const unsigned char *)s;
  long k = 0;
  size_t i = 0;
  while (i < n) {
    unsigned c = p[i];
    size_t len = c < 0x80    ? 1
                 : c >= 0xF0 ? 4
                 : c >= 0xE0 ? 3
                 : c >= 0xC0 ? 2
                             : 1;
    unsigned long cp = len == 1 ? c : c & (0x3Fu >> (len - 1));
    if (i + len > n) len = 1;
    for (size_t j = 1; j < len; j++)
      cp = (cp << 6) | (p[i + j] & 0x3Fu);
    cps[k++] = cp;
    i += len;
  }
  return k;
}

static int is_space_cp(unsigned long c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x85 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}
static int is_open_mark(unsigned long c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB ||
         c == 0x201E || c == 0x2039 || c == 0x201F;
}
static int is_close_mark(unsigned long c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB ||
         c == 0x201C || c == 0x203A;
}
static int is_double_mark(unsigned long c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB ||
         c == 0x201E || c == 0x201F;
}

/* Type and span of one Content fragment by the rule of
 * ../shared/data/README.md: direct when it starts with an opening mark and
 * ends with a closing mark (optionally followed by .,;:!?) ), the span then
 * being the inside of the marks; mixed when it holds a double mark; else
 * indirect.  Whitespace is trimmed first. */
static void classify(const unsigned long *cps, long *s, long *e,
                     qs_quote_type *type) {
  long a = *s, z = *e, k;
  while (a < z && is_space_cp(cps[a]))
    a++;
  while (z > a && is_space_cp(cps[z - 1]))
    z--;
  *s = a;
  *e = z;
  k = z;
  while (k > a && cps[k - 1] > 0 && cps[k - 1] < 128 &&
         strchr(".,;:!?)", (int)cps[k - 1]))
    k--;
  if (z - a >= 2 && is_open_mark(cps[a]) && k - 1 > a &&
      is_close_mark(cps[k - 1])) {
    *type = QS_DIRECT;
    a++;
    k--;
    while (a < k && is_space_cp(cps[a]))
      a++;
    while (k > a && is_space_cp(cps[k - 1]))
      k--;
    *s = a;
    *e = k;
    return;
  }
  for (k = a; k < z; k++)
    if (is_double_mark(cps[k])) {
      *type = QS_PARTIAL;
      return;
    }
  *type = QS_INDIRECT;
}

static int parse_ann(qs_reader *r, brat_doc *d, char *ann, long ncps,
                     qs_error *err) {
  long lineno = 0;
  char *save = NULL;
  for (char *ln = ann; ln; ln = save) {
    char *nl = strchr(ln, '\n');
    save = nl ? nl + 1 : NULL;
    if (nl) *nl = '\0';
    lineno++;
    size_t L = strlen(ln);
    if (L && ln[L - 1] == '\r') ln[--L] = '\0';
    if (!L || ln[0] == '#' || ln[0] == 'A' || ln[0] == 'M' || ln[0] == 'N' ||
        ln[0] == '*')
      continue;
    char *tab = strchr(ln, '\t');
    if (!tab) {
      rd_error(err, QS_ERR_INPUT, r->path, lineno, "expected ID TAB ...");
      return QS_ERR_INPUT;
    }
    *tab = '\0';
    char *body = tab + 1;
    if (ln[0] == 'T') {
      brat_ent *en;
      char *tab2 = strchr(body, '\t'), *p, *endp;
      if (grow((void **)&d->ents, &d->capents, d->nents, sizeof *d->ents)) {
        rd_error(err, QS_ERR_NOMEM, r->path, lineno, "out of memory");
        return QS_ERR_NOMEM;
      }
      en = &d->ents[d->nents];
      memset(en, 0, sizeof *en);
      en->line = lineno;
      en->num = strtol(ln + 1, &endp, 10);
      if (endp == ln + 1 || *endp) {
        rd_error(err, QS_ERR_INPUT, r->path, lineno, "bad entity id \"%.40s\"",
                 ln);
        return QS_ERR_INPUT;
      }
      if (tab2) *tab2 = '\0';
      p = strchr(body, ' ');
      if (!p || (size_t)(p - body) >= sizeof en->type) {
        rd_error(err, QS_ERR_INPUT, r->path, lineno,
                 "expected TYPE START END after the entity id");
        return QS_ERR_INPUT;
      }
      memcpy(en->type, body, (size_t)(p - body));
      en->type[p - body] = '\0';
      long nfrag = 1;
      for (char *c = p; *c; c++)
        nfrag += *c == ';';
      en->frag = malloc(2 * (size_t)nfrag * sizeof *en->frag);
      en->text = strdup(tab2 ? tab2 + 1 : "");
      d->nents++;
      if (!en->frag || !en->text) {
        rd_error(err, QS_ERR_NOMEM, r->path, lineno, "out of memory");
        return QS_ERR_NOMEM;
      }
      for (long f = 0; f < nfrag; f++) {
        long a, z;
        char *e1, *e2;
        a = strtol(p, &e1, 10);
        z = e1 != p ? strtol(e1, &e2, 10) : 0;
        if (e1 == p || e2 == e1 || a < 0 || z < a || z > ncps ||
            (*e2 && *e2 != ';')) {
          rd_error(err, QS_ERR_INPUT, r->path, lineno,
                   "entity T%ld: bad offsets (the text has %ld characters)",
                   en->num, ncps);
          return QS_ERR_INPUT;
        }
        en->frag[2 * f] = a;
        en->frag[2 * f + 1] = z;
        p = *e2 ? e2 + 1 : e2;
      }
      en->nfrag = nfrag;
    } else if (ln[0] == 'E' || ln[0] == 'R') {
      if (grow((void **)&d->rels, &d->caprels, d->nrels, sizeof *d->rels) ||
          !(d->rels[d->nrels] = malloc(strlen(ln) + strlen(body) + 2))) {
        rd_error(err, QS_ERR_NOMEM, r->path, lineno, "out of memory");
        return QS_ERR_NOMEM;
      }
      {
        long *nl2 = realloc(d->rel_lines, d->caprels * sizeof *nl2);
        if (!nl2) {
          free(d->rels[d->nrels]);
          rd_error(err, QS_ERR_NOMEM, r->path, lineno, "out of memory");
          return QS_ERR_NOMEM;
        }
        d->rel_lines = nl2;
      }
      sprintf(d->rels[d->nrels], "%s\t%s", ln, body);
      d->rel_lines[d->nrels] = lineno;
      d->nrels++;
    }
  }
  if (d->nents) qsort(d->ents, d->nents, sizeof *d->ents, cmp_ent);
  for (size_t i = 1; i < d->nents; i++)
    if (d->ents[i].num == d->ents[i - 1].num) {
      rd_error(err, QS_ERR_INPUT, r->path, d->ents[i].line,
               "entity T%ld defined twice", d->ents[i].num);
      return QS_ERR_INPUT;
    }
  return QS_OK;
}

/* Events (E) with Source/Cue/Content roles, and relations (R) linking a
 * Content entity to a Source or Cue entity, become attributions. */
static int build_attrs(qs_reader *r, brat_doc *d, qs_error *err) {
  for (size_t k = 0; k < d->nrels; k++) {
    char *ln = d->rels[k], *body = strchr(ln, '\t') + 1, *tok, *save;
    int is_event = ln[0] == 'E';
    brat_attr a;
    size_t idlen = (size_t)(body - 1 - ln);
    memset(&a, 0, sizeof a);
    snprintf(a.id, sizeof a.id, "%.*s", (int)(idlen < 31 ? idlen : 31), ln);
    a.content = a.source = a.cue = -1;
    for (tok = strtok_r(body, " \t", &save); tok;
         tok = strtok_r(NULL, " \t", &save)) {
      char *colon = strchr(tok, ':');
      long ei;
      if (!colon) continue; /* relation type */
      ei = find_ent(d, colon + 1);
      if (ei < 0) {
        if (colon[1] == 'T') {
          rd_error(err, QS_ERR_INPUT, r->path, d->rel_lines[k],
                   "%s refers to an unknown entity %.40s", a.id, colon + 1);
          return QS_ERR_INPUT;
        }
        continue;
      }
      size_t rn = (size_t)(colon - tok);
      const char *etype = d->ents[ei].type;
      if (role_is(tok, rn, "Content") ||
          (!is_event && role_is(etype, strlen(etype), "Content")))
        a.content = ei;
      else if (role_is(tok, rn, "Source") ||
               (!is_event && role_is(etype, strlen(etype), "Source")))
        a.source = ei;
      else if (role_is(tok, rn, "Cue") || role_is(etype, strlen(etype), "Cue"))
        a.cue = ei;
    }
    if (a.content < 0) continue;
    if (!is_event) {
      /* Merge into an existing relation-made attribution of this content. */
      size_t j;
      for (j = 0; j < d->nattrs; j++)
        if (d->attrs[j].content == a.content && d->attrs[j].id[0] == 'R') break;
      if (j < d->nattrs) {
        if (a.source >= 0) d->attrs[j].source = a.source;
        if (a.cue >= 0) d->attrs[j].cue = a.cue;
        continue;
      }
    }
    if (grow((void **)&d->attrs, &d->capattrs, d->nattrs, sizeof *d->attrs)) {
      rd_error(err, QS_ERR_NOMEM, r->path, 0, "out of memory");
      return QS_ERR_NOMEM;
    }
    d->ents[a.content].used = 1;
    d->attrs[d->nattrs++] = a;
  }
  /* Content with no event or relation: an attribution without source. */
  for (size_t i = 0; i < d->nents; i++) {
    brat_attr a;
    if (d->ents[i].used ||
        !role_is(d->ents[i].type, strlen(d->ents[i].type), "Content"))
      continue;
    if (grow((void **)&d->attrs, &d->capattrs, d->nattrs, sizeof *d->attrs)) {
      rd_error(err, QS_ERR_NOMEM, r->path, 0, "out of memory");
      return QS_ERR_NOMEM;
    }
    memset(&a, 0, sizeof a);
    snprintf(a.id, sizeof a.id, "T%ld", d->ents[i].num);
    a.content = (long)i;
    a.source = a.cue = -1;
    d->attrs[d->nattrs++] = a;
  }
  return QS_OK;
}

static int cmp_view(const void *a, const void *b) {
  const qs_quote_view *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return 0;
}

static int next_brat(qs_reader *r, qs_record **out, qs_error *err) {
  char *txt_path = NULL, *ann = NULL, *txt = NULL, *id = NULL;
  size_t ann_len, txt_len, nq = 0, capq = 0, plen = strlen(r->path);
  unsigned long *cps = NULL;
  qs_quote_view *qv = NULL;
  brat_doc d;
  long ncps;
  int rc;
  const char *base;

  if (r->done) return 0;
  r->done = 1;
  memset(&d, 0, sizeof d);
  if (plen < 4 || strcmp(r->path + plen - 4, ".ann")) {
    rd_error(err, QS_ERR_USAGE, r->path, 0,
             "a brat file is given as its .ann path (the .txt beside it)");
    return QS_ERR_USAGE;
  }
  txt_path = strdup(r->path);
  if (!txt_path) {
    rd_error(err, QS_ERR_NOMEM, r->path, 0, "out of memory");
    return QS_ERR_NOMEM;
  }
  memcpy(txt_path + plen - 4, ".txt", 4);
  rc = read_file(txt_path, &txt, &txt_len, err);
  if (rc == QS_OK) rc = read_file(r->path, &ann, &ann_len, err);
  if (rc != QS_OK) goto done;
  cps = malloc((txt_len + 1) * sizeof *cps);
  if (!cps) {
    rd_error(err, QS_ERR_NOMEM, r->path, 0, "out of memory");
    rc = QS_ERR_NOMEM;
    goto done;
  }
  ncps = decode_cps(txt, txt_len, cps);
  if ((rc = parse_ann(r, &d, ann, ncps, err)) != QS_OK ||
      (rc = build_attrs(r, &d, err)) != QS_OK)
    goto done;
  for (size_t i = 0; i < d.nattrs; i++) {
    const brat_attr *a = &d.attrs[i];
    const brat_ent *c = &d.ents[a->content];
    for (long f = 0; f < c->nfrag; f++) {
      qs_quote_view v;
      memset(&v, 0, sizeof v);
      v.start = c->frag[2 * f];
      v.end = c->frag[2 * f + 1];
      classify(cps, &v.start, &v.end, &v.type);
      v.speaker_start = v.speaker_end = v.cue_start = v.cue_end = -1;
      if (a->source >= 0) {
        const brat_ent *s = &d.ents[a->source];
        v.speaker = v.speaker_mention = s->text;
        v.speaker_start = s->frag[0];
        v.speaker_end = s->frag[2 * s->nfrag - 1];
      }
      if (a->cue >= 0) {
        const brat_ent *cu = &d.ents[a->cue];
        v.cue = cu->text;
        v.cue_start = cu->frag[0];
        v.cue_end = cu->frag[2 * cu->nfrag - 1];
      }
      v.qid = a->id;
      v.part = (int)f;
      v.nparts = (int)c->nfrag;
      if (grow((void **)&qv, &capq, nq, sizeof *qv)) {
        rd_error(err, QS_ERR_NOMEM, r->path, 0, "out of memory");
        rc = QS_ERR_NOMEM;
        goto done;
      }
      qv[nq++] = v;
    }
  }
  if (nq) qsort(qv, nq, sizeof *qv, cmp_view);
  /* The id is the file name without folder and extension. */
  base = strrchr(r->path, '/');
  base = base ? base + 1 : r->path;
  id = strndup(base, strlen(base) - 4);
  if (!id) {
    rd_error(err, QS_ERR_NOMEM, r->path, 0, "out of memory");
    rc = QS_ERR_NOMEM;
    goto done;
  }
  *out = qs_json_build_record(id, txt, txt_len, NAN, NULL, "brat", 1, qv, nq, 1,
                              err);
  if (!*out) {
    set_where(err, r->path);
    rc = err ? err->code : QS_ERR_INPUT;
    goto done;
  }
  r->rec_line = 1;
  rc = 1;
done:
  brat_free(&d);
  free(qv);
  free(cps);
  free(txt);
  free(ann);
  free(txt_path);
  free(id);
  return rc;
}

int qs_reader_next(qs_reader *r, qs_record **out, qs_error *err) {
  if (!r || !out) return QS_ERR_USAGE;
  *out = NULL;
  switch (r->fmt) {
  case QS_FORMAT_JSONL: return next_jsonl(r, out, err);
  case QS_FORMAT_VADER_TSV: return next_vader(r, out, err);
  case QS_FORMAT_NEWSMTSC: return next_newsmtsc(r, out, err);
  case QS_FORMAT_BRAT: return next_brat(r, out, err);
  }
  return QS_ERR_USAGE;
}
