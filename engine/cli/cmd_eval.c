/*
 * cmd_eval.c -- `quotescore eval`: gold vs predictions (or the engine's own
 * output) -> metrics, reports, thresholds; `--compare` of two reports;
 * `--gates` runs every gate of eval/gates.json.
 *
 * Talks to the library only through quotescore.h.  Numbers in reports come
 * from the library's locale-independent formatter; this file never calls
 * setlocale, so the few printf numbers here (thresholds, timings) are in the
 * "C" locale.  Exit codes are qs_exit_code (cli.h).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "quotescore.h"

#define MAX_MINS 64

typedef struct eval_cfg {
  const char *task; /* "quotes" | "tone" */
  const char *gold;
  qs_file_format gold_fmt;
  const char *pred; /* NULL: the engine predicts */
  qs_file_format pred_fmt;
  const char *json;     /* --json FILE */
  const char *errors;   /* --errors FILE */
  const char *lexicons; /* --lexicons DIR */
  int markdown;
  int quiet; /* no report on stdout */
  unsigned bootstrap;
  unsigned long long seed;
  const char *min_metric[MAX_MINS];
  double min_value[MAX_MINS];
  int nmin;
} eval_cfg;

static void usage(FILE *out) {
  fputs(
      "usage: quotescore eval --task quotes|tone --gold FILE [options]\n"
      "       quotescore eval --compare A.json B.json [--bootstrap N] "
      "[--seed N]\n"
      "       quotescore eval --gates eval/gates.json [--require-data] "
      "[--only NAME]\n"
      "\n"
      "Compares predictions with labelled gold records (DESIGN.md section 4);\n"
      "without --pred the engine itself analyses every gold text (quotes).\n"
      "\n"
      "options:\n"
      "  --task quotes|tone     what is evaluated (default quotes)\n"
      "  --gold FILE            gold records\n"
      "  --gold-format F        jsonl (default), vader-tsv, newsmtsc, brat\n"
      "                         (brat: the .ann path, the .txt beside it)\n"
      "  --pred FILE            prediction records, matched to gold by id\n"
      "  --pred-format F        as --gold-format (default jsonl)\n"
      "  --json FILE            write every number (schema in "
      "eval/README.md)\n"
      "  --markdown             report as Markdown on stdout\n"
      "  --quiet                no report on stdout\n"
      "  --errors FILE          misses, false positives, wrong speakers,\n"
      "                         wrong cues and wrong labels (JSONL)\n"
      "  --bootstrap N          resamples for 95% intervals (default 1000, "
      "0 = none)\n"
      "  --seed N               resampling seed (default 42)\n"
      "  --min METRIC=VALUE     exit 1 when METRIC falls below VALUE "
      "(repeatable)\n"
      "  --lexicons DIR         lexicon folder for the engine\n"
      "\n"
      "Exit codes: 0 ok, 1 below a threshold or gate, 2 usage, 3 bad gold or\n"
      "prediction file, 4 bad lexicon, 6 I/O.\n",
      out);
}

static int exit_for(qs_status st) {
  switch (st) {
  case QS_OK: return QS_EXIT_OK;
  case QS_ERR_USAGE: return QS_EXIT_USAGE;
  case QS_ERR_LEXICON: return QS_EXIT_LEXICON;
  case QS_ERR_IO:
  case QS_ERR_NOMEM: return QS_EXIT_IO;
  default: return QS_EXIT_INPUT;
  }
}

static void report(const char *file, const qs_error *err) {
  if (file && *file)
    fprintf(stderr, "quotescore eval: %s: %s\n", file, err->message);
  else
    fprintf(stderr, "quotescore eval: %s\n", err->message);
}

/* Locale-independent parse of a non-negative decimal like 0.25 or 1e-3. */
static int parse_number(const char *s, double *out) {
  double v = 0, scale = 1;
  int digits = 0, neg = 0;
  if (*s == '-' || *s == '+') neg = *s++ == '-';
  for (; *s >= '0' && *s <= '9'; s++, digits++)
    v = v * 10 + (*s - '0');
  if (*s == '.')
    for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
      scale /= 10;
      v += (*s - '0') * scale;
    }
  if (!digits || *s) return -1;
  *out = neg ? -v : v;
  return 0;
}

static int parse_unsigned(const char *s, unsigned long long *out) {
  char *end;
  if (!*s || *s == '-') return -1;
  errno = 0;
  *out = strtoull(s, &end, 10);
  return errno || *end ? -1 : 0;
}

static int read_whole(const char *path, char **buf, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *b = NULL;
  size_t n = 0, cap = 0;
  if (!f) return -1;
  for (;;) {
    if (cap - n < 65536) {
      char *q = realloc(b, cap ? cap * 2 : 131072);
      if (!q) {
        free(b);
        fclose(f);
        errno = ENOMEM;
        return -1;
      }
      b = q;
      cap = cap ? cap * 2 : 131072;
    }
    size_t got = fread(b + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    free(b);
    fclose(f);
    return -1;
  }
  fclose(f);
  b[n] = '\0';
  *buf = b;
  *len = n;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Predictions held in memory, found by id                             */
/* ------------------------------------------------------------------ */

typedef struct pred_rec {
  qs_record *rec;
  long line;
  int used;
} pred_rec;

typedef struct pred_set {
  pred_rec *r;
  size_t n;
} pred_set;

static int cmp_pred(const void *a, const void *b) {
  const pred_rec *x = a, *y = b;
  int c = strcmp(qs_record_id(x->rec), qs_record_id(y->rec));
  if (c) return c;
  return x->line < y->line ? -1 : x->line > y->line;
}

static void pred_free(pred_set *ps) {
  for (size_t i = 0; i < ps->n; i++)
    qs_record_free(ps->r[i].rec);
  free(ps->r);
}

static int pred_load(const eval_cfg *cfg, pred_set *ps) {
  qs_error err;
  qs_reader *rd;
  size_t cap = 0;
  int rc;
  qs_error_clear(&err);
  ps->r = NULL;
  ps->n = 0;
  rd = qs_reader_open(cfg->pred, cfg->pred_fmt, QS_RECORD_TEXT_OPTIONAL, &err);
  if (!rd) {
    report(cfg->pred, &err);
    return exit_for(err.code);
  }
  for (;;) {
    qs_record *rec;
    rc = qs_reader_next(rd, &rec, &err);
    if (rc == 0) break;
    if (rc < 0) {
      report(cfg->pred, &err);
      qs_reader_close(rd);
      return exit_for((qs_status)rc);
    }
    if (ps->n == cap) {
      size_t nc = cap ? cap * 2 : 256;
      pred_rec *q = realloc(ps->r, nc * sizeof *q);
      if (!q) {
        qs_record_free(rec);
        qs_reader_close(rd);
        fprintf(stderr, "quotescore eval: out of memory\n");
        return QS_EXIT_IO;
      }
      ps->r = q;
      cap = nc;
    }
    ps->r[ps->n].rec = rec;
    ps->r[ps->n].line = qs_reader_line(rd);
    ps->r[ps->n].used = 0;
    ps->n++;
  }
  qs_reader_close(rd);
  if (ps->n) qsort(ps->r, ps->n, sizeof *ps->r, cmp_pred);
  for (size_t i = 1; i < ps->n; i++)
    if (!strcmp(qs_record_id(ps->r[i].rec), qs_record_id(ps->r[i - 1].rec))) {
      fprintf(stderr,
              "quotescore eval: %s: line %ld (id \"%.60s\"): duplicate id "
              "(first on line %ld)\n",
              cfg->pred, ps->r[i].line, qs_record_id(ps->r[i].rec),
              ps->r[i - 1].line);
      return QS_EXIT_INPUT;
    }
  return QS_EXIT_OK;
}

static pred_rec *pred_find(pred_set *ps, const char *id) {
  size_t lo = 0, hi = ps->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(qs_record_id(ps->r[mid].rec), id);
    if (c < 0)
      lo = mid + 1;
    else if (c > 0)
      hi = mid;
    else
      return &ps->r[mid];
  }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Gold ids seen (duplicates are an error)                             */
/* ------------------------------------------------------------------ */

typedef struct seen_id {
  char *id;
  long line;
} seen_id;

static int cmp_seen(const void *a, const void *b) {
  const seen_id *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  if (c) return c;
  return x->line < y->line ? -1 : x->line > y->line;
}

/* ------------------------------------------------------------------ */
/* One evaluation                                                      */
/* ------------------------------------------------------------------ */

/* Quote views of a record (borrowed strings) in a malloc'd array. */
static qs_quote_view *record_views(const qs_record *rec, size_t *n) {
  size_t k = qs_record_quote_count(rec);
  qs_quote_view *v = malloc((k ? k : 1) * sizeof *v);
  if (!v) return NULL;
  for (size_t i = 0; i < k; i++)
    qs_record_quote(rec, i, &v[i]);
  *n = k;
  return v;
}

/* Checks prediction offsets against the gold text. */
static int check_pred(const eval_cfg *cfg, const pred_rec *p,
                      const qs_record *gold) {
  long glen = qs_record_length(gold);
  size_t plen_b, glen_b;
  const char *pt = qs_record_text(p->rec, &plen_b);
  const char *gt = qs_record_text(gold, &glen_b);
  if (qs_record_length(p->rec) >= 0 &&
      (plen_b != glen_b || memcmp(pt, gt, glen_b))) {
    fprintf(stderr,
            "quotescore eval: %s: line %ld (id \"%.60s\"): the text differs "
            "from the gold text\n",
            cfg->pred, p->line, qs_record_id(p->rec));
    return -1;
  }
  for (size_t i = 0; i < qs_record_quote_count(p->rec); i++) {
    qs_quote_view v;
    qs_record_quote(p->rec, i, &v);
    if (v.end > glen) {
      fprintf(stderr,
              "quotescore eval: %s: line %ld (id \"%.60s\"): quotes[%zu].end "
              "= %ld is outside the gold text (length %ld code points)\n",
              cfg->pred, p->line, qs_record_id(p->rec), i, v.end, glen);
      return -1;
    }
  }
  return 0;
}

static int quotes_doc(const eval_cfg *cfg, qs_eval *ev, const qs_record *gold,
                      long gline, pred_set *ps, const qs_engine *engine) {
  qs_error err;
  size_t ng, np = 0, len;
  const char *text = qs_record_text(gold, &len);
  const char *id = qs_record_id(gold);
  qs_quote_view *gv = record_views(gold, &ng), *pv = NULL;
  qs_doc *doc = NULL;
  qs_status st;
  qs_error_clear(&err);
  if (!gv) goto oom;
  if (engine) {
    qs_options o;
    memset(&o, 0, sizeof o);
    doc = qs_doc_analyze(engine, id, text, len, &o, &err);
    if (!doc) {
      fprintf(stderr,
              "quotescore eval: %s: line %ld (id \"%.60s\"): analysis "
              "failed: %s\n",
              cfg->gold, gline, id, err.message);
      free(gv);
      return exit_for(err.code);
    }
    np = qs_doc_quote_count(doc);
    pv = malloc((np ? np : 1) * sizeof *pv);
    if (!pv) goto oom;
    for (size_t i = 0; i < np; i++)
      qs_doc_quote(doc, i, &pv[i]);
  } else {
    pred_rec *p = pred_find(ps, id);
    if (p) {
      p->used = 1;
      if (check_pred(cfg, p, gold) < 0) {
        free(gv);
        return QS_EXIT_INPUT;
      }
      pv = record_views(p->rec, &np);
      if (!pv) goto oom;
    }
  }
  st = qs_eval_add_quotes(ev, id, text, len, gv, ng, pv, np, &err);
  free(gv);
  free(pv);
  qs_doc_free(doc);
  if (st != QS_OK) {
    fprintf(stderr, "quotescore eval: %s: line %ld: %s\n", cfg->gold, gline,
            err.message);
    return exit_for(st);
  }
  return QS_EXIT_OK;
oom:
  free(gv);
  free(pv);
  qs_doc_free(doc);
  fprintf(stderr, "quotescore eval: out of memory\n");
  return QS_EXIT_IO;
}

static int tone_item(const eval_cfg *cfg, qs_eval *ev, const qs_record *gold,
                     long gline, pred_set *ps) {
  qs_error err;
  double gs, p_s;
  const char *gl, *pl;
  size_t len;
  const char *text = qs_record_text(gold, &len);
  const char *id = qs_record_id(gold);
  pred_rec *p = pred_find(ps, id);
  qs_status st;
  qs_error_clear(&err);
  if (!qs_record_tone(gold, &gs, &gl)) {
    fprintf(stderr,
            "quotescore eval: %s: line %ld (id \"%.60s\"): gold record has "
            "neither \"score\" nor \"label\"\n",
            cfg->gold, gline, id);
    return QS_EXIT_INPUT;
  }
  if (!p) {
    fprintf(stderr,
            "quotescore eval: %s: no prediction for gold id \"%.60s\" (%s "
            "line %ld)\n",
            cfg->pred, id, cfg->gold, gline);
    return QS_EXIT_INPUT;
  }
  p->used = 1;
  if (!qs_record_tone(p->rec, &p_s, &pl)) {
    fprintf(stderr,
            "quotescore eval: %s: line %ld (id \"%.60s\"): prediction has "
            "neither \"score\" nor \"label\"\n",
            cfg->pred, p->line, id);
    return QS_EXIT_INPUT;
  }
  st = qs_eval_add_tone(ev, id, text, len, gs, gl, p_s, pl, &err);
  if (st != QS_OK) {
    fprintf(stderr, "quotescore eval: %s: line %ld: %s\n", cfg->gold, gline,
            err.message);
    return exit_for(st);
  }
  return QS_EXIT_OK;
}

/* Runs one evaluation; on success *out holds the finished evaluation. */
static int run_eval(const eval_cfg *cfg, qs_eval **out) {
  qs_error err;
  qs_eval_options o;
  qs_eval *ev = NULL;
  qs_engine *engine = NULL;
  qs_reader *rd = NULL;
  pred_set ps = {NULL, 0};
  seen_id *seen = NULL;
  size_t nseen = 0, capseen = 0;
  FILE *errf = NULL;
  int tone = !strcmp(cfg->task, "tone");
  int rc = QS_EXIT_OK;

  *out = NULL;
  qs_error_clear(&err);
  if (tone && !cfg->pred) {
    fprintf(stderr,
            "quotescore eval: tone scorer not built yet; pass --pred\n");
    return QS_EXIT_USAGE;
  }
  if (cfg->pred && (rc = pred_load(cfg, &ps)) != QS_EXIT_OK) goto done;
  if (!cfg->pred) {
    engine = qs_engine_new(qs_cli_lexicon_dir(cfg->lexicons), &err);
    if (!engine) {
      report(NULL, &err); /* the message names the lexicon file */
      rc = err.code == QS_ERR_IO || err.code == QS_ERR_LEXICON
               ? QS_EXIT_LEXICON
               : exit_for(err.code);
      goto done;
    }
  }
  rd = qs_reader_open(cfg->gold, cfg->gold_fmt, 0, &err);
  if (!rd) {
    report(cfg->gold, &err);
    rc = exit_for(err.code);
    goto done;
  }
  if (cfg->errors && !(errf = fopen(cfg->errors, "w"))) {
    fprintf(stderr, "quotescore eval: %s: cannot open: %s\n", cfg->errors,
            strerror(errno));
    rc = QS_EXIT_IO;
    goto done;
  }
  memset(&o, 0, sizeof o);
  o.task = tone ? QS_EVAL_TONE : QS_EVAL_QUOTES;
  o.bootstrap = cfg->bootstrap;
  o.seed = cfg->seed;
  o.errors = errf;
  o.gold_name = cfg->gold;
  o.pred_name = cfg->pred;
  if (!(ev = qs_eval_new(&o, &err))) {
    report(NULL, &err);
    rc = exit_for(err.code);
    goto done;
  }
  for (;;) {
    qs_record *g;
    int r = qs_reader_next(rd, &g, &err);
    long line;
    if (r == 0) break;
    if (r < 0) {
      report(cfg->gold, &err);
      rc = exit_for((qs_status)r);
      goto done;
    }
    line = qs_reader_line(rd);
    if (nseen == capseen) {
      size_t nc = capseen ? capseen * 2 : 256;
      seen_id *q = realloc(seen, nc * sizeof *q);
      if (!q) {
        qs_record_free(g);
        rc = QS_EXIT_IO;
        fprintf(stderr, "quotescore eval: out of memory\n");
        goto done;
      }
      seen = q;
      capseen = nc;
    }
    seen[nseen].id = strdup(qs_record_id(g));
    seen[nseen].line = line;
    if (!seen[nseen].id) {
      qs_record_free(g);
      rc = QS_EXIT_IO;
      fprintf(stderr, "quotescore eval: out of memory\n");
      goto done;
    }
    nseen++;
    rc = tone ? tone_item(cfg, ev, g, line, &ps)
              : quotes_doc(cfg, ev, g, line, &ps, engine);
    qs_record_free(g);
    if (rc != QS_EXIT_OK) goto done;
  }
  if (nseen) qsort(seen, nseen, sizeof *seen, cmp_seen);
  for (size_t i = 1; i < nseen; i++)
    if (!strcmp(seen[i].id, seen[i - 1].id)) {
      fprintf(stderr,
              "quotescore eval: %s: line %ld (id \"%.60s\"): duplicate id "
              "(first on line %ld)\n",
              cfg->gold, seen[i].line, seen[i].id, seen[i - 1].line);
      rc = QS_EXIT_INPUT;
      goto done;
    }
  for (size_t i = 0; i < ps.n; i++)
    if (!ps.r[i].used) {
      /* Report the first in file order. */
      size_t first = i;
      for (size_t k = i + 1; k < ps.n; k++)
        if (!ps.r[k].used && ps.r[k].line < ps.r[first].line) first = k;
      fprintf(stderr,
              "quotescore eval: %s: line %ld (id \"%.60s\"): id not in the "
              "gold file %s\n",
              cfg->pred, ps.r[first].line, qs_record_id(ps.r[first].rec),
              cfg->gold);
      rc = QS_EXIT_INPUT;
      goto done;
    }
  if (qs_eval_finish(ev, &err) != QS_OK) {
    report(NULL, &err);
    rc = exit_for(err.code);
    goto done;
  }
  *out = ev;
  ev = NULL;
done:
  if (errf && fclose(errf) != 0 && rc == QS_EXIT_OK) {
    fprintf(stderr, "quotescore eval: %s: write error\n", cfg->errors);
    rc = QS_EXIT_IO;
  }
  for (size_t i = 0; i < nseen; i++)
    free(seen[i].id);
  free(seen);
  qs_eval_free(ev);
  if (rc != QS_EXIT_OK) {
    qs_eval_free(*out);
    *out = NULL;
  }
  qs_reader_close(rd);
  qs_engine_free(engine);
  pred_free(&ps);
  return rc;
}

/* Writes the reports a configuration asks for. */
static int write_reports(const eval_cfg *cfg, const qs_eval *ev) {
  qs_error err;
  qs_error_clear(&err);
  if (!cfg->quiet) {
    if (qs_eval_write(ev, cfg->markdown ? QS_REPORT_MARKDOWN : QS_REPORT_TABLE,
                      stdout, &err) != QS_OK) {
      report("stdout", &err);
      return QS_EXIT_IO;
    }
  }
  if (cfg->json) {
    FILE *f = fopen(cfg->json, "w");
    if (!f) {
      fprintf(stderr, "quotescore eval: %s: cannot open: %s\n", cfg->json,
              strerror(errno));
      return QS_EXIT_IO;
    }
    qs_status st = qs_eval_write(ev, QS_REPORT_JSON, f, &err);
    if (fclose(f) != 0 || st != QS_OK) {
      fprintf(stderr, "quotescore eval: %s: write error\n", cfg->json);
      return QS_EXIT_IO;
    }
  }
  return QS_EXIT_OK;
}

/* Checks minimums; prints each shortfall.  Returns 1 if any, 2 on an
 * unknown metric, else 0. */
static int check_mins(const qs_eval *ev, const char *const *metric,
                      const double *min, int n, const char *prefix) {
  int below = 0;
  for (int i = 0; i < n; i++) {
    double v;
    if (qs_eval_metric(ev, metric[i], &v) < 0) {
      fprintf(stderr, "%sunknown metric \"%s\" (see eval/README.md)\n", prefix,
              metric[i]);
      return 2;
    }
    if (!(v >= min[i])) {
      printf("%sBELOW %s = %.4f < %.4f\n", prefix, metric[i], v, min[i]);
      below = 1;
    } else {
      printf("%sok    %s = %.4f >= %.4f\n", prefix, metric[i], v, min[i]);
    }
  }
  return below;
}

/* ------------------------------------------------------------------ */
/* --compare and --gates                                               */
/* ------------------------------------------------------------------ */

static int do_compare(const char *a, const char *b, unsigned bootstrap,
                      unsigned long long seed) {
  char *ba = NULL, *bb = NULL;
  size_t la, lb;
  qs_eval_options o;
  qs_error err;
  int rc;
  qs_error_clear(&err);
  if (read_whole(a, &ba, &la) < 0 || read_whole(b, &bb, &lb) < 0) {
    fprintf(stderr, "quotescore eval: %s: cannot read: %s\n", ba ? b : a,
            strerror(errno));
    free(ba);
    return QS_EXIT_IO;
  }
  memset(&o, 0, sizeof o);
  o.bootstrap = bootstrap;
  o.seed = seed;
  qs_status st = qs_eval_compare(ba, la, a, bb, lb, b, &o, stdout, &err);
  rc = exit_for(st);
  if (st != QS_OK) report(NULL, &err);
  free(ba);
  free(bb);
  return rc;
}

static int file_exists(const char *p) {
  struct stat st;
  return p && stat(p, &st) == 0;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int do_gates(const char *path, int require_data, const char *only,
                    const eval_cfg *base) {
  char *buf = NULL;
  size_t len;
  qs_error err;
  qs_gates *gs;
  int failed = 0, errors = 0, ran = 0, skipped = 0, worst = QS_EXIT_OK;
  qs_error_clear(&err);
  if (read_whole(path, &buf, &len) < 0) {
    fprintf(stderr, "quotescore eval: %s: cannot read: %s\n", path,
            strerror(errno));
    return QS_EXIT_IO;
  }
  gs = qs_gates_parse(buf, len, path, &err);
  free(buf);
  if (!gs) {
    report(NULL, &err);
    return QS_EXIT_INPUT;
  }
  for (size_t i = 0; i < qs_gates_count(gs); i++) {
    qs_gate_view g;
    eval_cfg cfg = *base;
    qs_eval *ev;
    const char *metrics[MAX_MINS];
    double mins[MAX_MINS];
    char prefix[160];
    double t0;
    int rc;
    qs_gates_get(gs, i, &g);
    if (only && strcmp(only, g.name)) continue;
    if (!file_exists(g.gold) || (g.pred && !file_exists(g.pred))) {
      const char *missing = file_exists(g.gold) ? g.pred : g.gold;
      if (require_data && !g.optional) {
        printf("gate %s: FAIL: data missing: %s (CI requires it)\n", g.name,
               missing);
        failed++;
      } else {
        printf("gate %s: SKIP: data missing: %s\n", g.name, missing);
        skipped++;
      }
      continue;
    }
    cfg.task = g.task;
    cfg.gold = g.gold;
    cfg.pred = g.pred;
    qs_file_format_parse(g.gold_format, &cfg.gold_fmt);
    qs_file_format_parse(g.pred_format, &cfg.pred_fmt);
    cfg.quiet = 1;
    cfg.bootstrap = 0; /* intervals are not gated; skip the resampling */
    cfg.json = NULL;
    cfg.errors = NULL;
    t0 = now_seconds();
    rc = run_eval(&cfg, &ev);
    ran++;
    if (rc != QS_EXIT_OK) {
      printf("gate %s: ERROR (exit %d, see above)\n", g.name, rc);
      errors++;
      if (worst == QS_EXIT_OK) worst = rc;
      continue;
    }
    size_t n = g.nmin < MAX_MINS ? g.nmin : MAX_MINS;
    for (size_t j = 0; j < n; j++)
      qs_gates_min(gs, i, j, &metrics[j], &mins[j]);
    snprintf(prefix, sizeof prefix, "gate %.100s: ", g.name);
    printf("gate %s: %s on %s (%.2f s)\n", g.name, g.task, g.gold,
           now_seconds() - t0);
    rc = check_mins(ev, metrics, mins, (int)n, prefix);
    qs_eval_free(ev);
    if (rc == 2) {
      errors++;
      if (worst == QS_EXIT_OK) worst = QS_EXIT_USAGE;
    } else if (rc) {
      failed++;
    }
  }
  qs_gates_free(gs);
  printf("gates: %d run, %d skipped, %d below threshold or missing, %d "
         "errors\n",
         ran, skipped, failed, errors);
  if (worst != QS_EXIT_OK) return worst;
  return failed ? QS_EXIT_BELOW : QS_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* Entry point                                                         */
/* ------------------------------------------------------------------ */

int qs_cmd_eval(int argc, char **argv) {
  eval_cfg cfg;
  const char *compare_a = NULL, *compare_b = NULL, *gates = NULL, *only = NULL;
  int require_data = 0;
  memset(&cfg, 0, sizeof cfg);
  cfg.task = "quotes";
  cfg.bootstrap = 1000;
  cfg.seed = 42;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEED_VALUE                                                             \
  do {                                                                         \
    if (!v) {                                                                  \
      fprintf(stderr, "quotescore eval: %s needs a value\n", a);               \
      return QS_EXIT_USAGE;                                                    \
    }                                                                          \
    i++;                                                                       \
  } while (0)
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage(stdout);
      return QS_EXIT_OK;
    } else if (!strcmp(a, "--task")) {
      NEED_VALUE;
      if (strcmp(v, "quotes") && strcmp(v, "tone")) {
        fprintf(stderr, "quotescore eval: --task must be quotes or tone\n");
        return QS_EXIT_USAGE;
      }
      cfg.task = v;
    } else if (!strcmp(a, "--gold")) {
      NEED_VALUE;
      cfg.gold = v;
    } else if (!strcmp(a, "--pred")) {
      NEED_VALUE;
      cfg.pred = v;
    } else if (!strcmp(a, "--gold-format") || !strcmp(a, "--pred-format")) {
      NEED_VALUE;
      if (qs_file_format_parse(v, a[2] == 'g' ? &cfg.gold_fmt : &cfg.pred_fmt) <
          0) {
        fprintf(stderr,
                "quotescore eval: %s must be jsonl, vader-tsv, newsmtsc or "
                "brat\n",
                a);
        return QS_EXIT_USAGE;
      }
    } else if (!strcmp(a, "--json")) {
      NEED_VALUE;
      cfg.json = v;
    } else if (!strcmp(a, "--errors")) {
      NEED_VALUE;
      cfg.errors = v;
    } else if (!strcmp(a, "--lexicons")) {
      NEED_VALUE;
      cfg.lexicons = v;
    } else if (!strcmp(a, "--markdown")) {
      cfg.markdown = 1;
    } else if (!strcmp(a, "--quiet")) {
      cfg.quiet = 1;
    } else if (!strcmp(a, "--bootstrap") || !strcmp(a, "--seed")) {
      unsigned long long x;
      NEED_VALUE;
      if (parse_unsigned(v, &x) < 0 || (a[2] == 'b' && x > 100000)) {
        fprintf(stderr, "quotescore eval: %s needs a number%s\n", a,
                a[2] == 'b' ? " (0..100000)" : "");
        return QS_EXIT_USAGE;
      }
      if (a[2] == 'b')
        cfg.bootstrap = (unsigned)x;
      else
        cfg.seed = x;
    } else if (!strcmp(a, "--min")) {
      const char *eq;
      NEED_VALUE;
      eq = strchr(v, '=');
      if (!eq || eq == v || cfg.nmin >= MAX_MINS ||
          parse_number(eq + 1, &cfg.min_value[cfg.nmin]) < 0) {
        fprintf(stderr, "quotescore eval: --min needs METRIC=NUMBER\n");
        return QS_EXIT_USAGE;
      }
      /* The metric name is v up to '='; argv is writable. */
      argv[i][eq - v] = '\0';
      cfg.min_metric[cfg.nmin++] = argv[i];
    } else if (!strcmp(a, "--compare")) {
      if (i + 2 >= argc) {
        fprintf(stderr, "quotescore eval: --compare needs A.json B.json\n");
        return QS_EXIT_USAGE;
      }
      compare_a = argv[++i];
      compare_b = argv[++i];
    } else if (!strcmp(a, "--gates")) {
      NEED_VALUE;
      gates = v;
    } else if (!strcmp(a, "--only")) {
      NEED_VALUE;
      only = v;
    } else if (!strcmp(a, "--require-data")) {
      require_data = 1;
    } else {
      fprintf(stderr, "quotescore eval: unknown option '%s'\n", a);
      usage(stderr);
      return QS_EXIT_USAGE;
    }
#undef NEED_VALUE
  }
  if (compare_a)
    return do_compare(compare_a, compare_b, cfg.bootstrap, cfg.seed);
  if (gates) return do_gates(gates, require_data, only, &cfg);
  if (!cfg.gold) {
    fprintf(stderr, "quotescore eval: --gold FILE is required\n");
    usage(stderr);
    return QS_EXIT_USAGE;
  }
  {
    qs_eval *ev;
    int rc = run_eval(&cfg, &ev);
    if (rc != QS_EXIT_OK) return rc;
    rc = write_reports(&cfg, ev);
    if (rc == QS_EXIT_OK && cfg.nmin) {
      int below = check_mins(ev, cfg.min_metric, cfg.min_value, cfg.nmin, "");
      rc = below == 2 ? QS_EXIT_USAGE : below ? QS_EXIT_BELOW : QS_EXIT_OK;
    }
    qs_eval_free(ev);
    if (fflush(stdout) != 0 || ferror(stdout)) {
      fprintf(stderr, "quotescore eval: error writing stdout\n");
      return QS_EXIT_IO;
    }
    return rc;
  }
}
