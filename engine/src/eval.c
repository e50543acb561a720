/*
 * eval.c -- evaluation metrics: quote spans (exact, coverage, IoU), speaker
 * and cue accuracy, tone correlation and classification, bootstrap
 * intervals over documents, paired bootstrap comparison, and the reports.
 *
 * Every metric is a pure function of per-document counts (quotes) or
 * per-item values (tone), so a --json report that carries those rows lets
 * --compare recompute everything.  Definitions are in eval/README.md.
 * Numbers are written by our own fixed-point formatter (integer arithmetic,
 * never printf's %f/%g), so reports do not depend on the locale even when a
 * program using the library calls setlocale.  No JSON library here: the
 * report is written by hand in a fixed key order; json_io.c reads it back.
 * Writes only to the FILE * the caller passes; never prints, never exits.
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_io.h"
#include "qs_internal.h"
#include "quotescore.h"

/* ------------------------------------------------------------------ */
/* Per-document fields                                                 */
/* ------------------------------------------------------------------ */

enum { C_EXACT, C_COV08, C_COV03, C_IOU05, NCRIT };
static const char *const crit_names[NCRIT] = {"exact", "cov0.8", "cov0.3",
                                              "iou0.5"};
enum { T_DIRECT, T_MIXED, T_INDIRECT, NTYPE };
static const char *const type_names[NTYPE] = {"direct", "mixed", "indirect"};
static const char *const labels[3] = {"negative", "neutral", "positive"};

/* Columns of a quotes document row (all counts). */
enum {
  F_GOLD,                                  /* gold fragments */
  F_PRED,                                  /* predicted fragments */
  F_TP,                                    /* + crit: matched pairs */
  F_QGOLD = F_TP + NCRIT,                  /* gold quotations (qid units) */
  F_QPRED,                                 /* + crit: predicted units */
  F_QTP = F_QPRED + NCRIT,                 /* + crit: gold quotations found */
  F_GTYPE = F_QTP + NCRIT,                 /* + type: gold fragments by type */
  F_PTYPE = F_GTYPE + NTYPE,               /* + type: predicted by type */
  F_GTYPE_TP = F_PTYPE + NTYPE,            /* + type*NCRIT+crit: matched gold */
  F_PTYPE_TP = F_GTYPE_TP + NTYPE * NCRIT, /* + type*NCRIT+crit */
  F_SP_JUDGED = F_PTYPE_TP + NTYPE * NCRIT, /* cov0.3 pairs, gold speaker */
  F_SP_CORRECT,                             /* of those, speaker correct */
  F_GOLD_SP,                                /* gold fragments with a speaker */
  F_CUE_JUDGED,                             /* cov0.3 pairs, gold cue */
  F_CUE_CORRECT,                            /* of those, cue correct */
  NF_QUOTES
};

/* Columns of a tone item row. */
enum { TF_GOLD_SCORE, TF_GOLD_LABEL, TF_PRED_SCORE, TF_PRED_LABEL, NF_TONE };

static void field_name(qs_eval_task task, size_t i, char *buf, size_t n) {
  static const char *const tone_fields[NF_TONE] = {"gold_score", "gold_label",
                                                   "pred_score", "pred_label"};
  if (task == QS_EVAL_TONE) {
    snprintf(buf, n, "%s", tone_fields[i]);
  } else if (i == F_GOLD) {
    snprintf(buf, n, "gold");
  } else if (i == F_PRED) {
    snprintf(buf, n, "pred");
  } else if (i < F_QGOLD) {
    snprintf(buf, n, "tp.%s", crit_names[i - F_TP]);
  } else if (i == F_QGOLD) {
    snprintf(buf, n, "quotation.gold");
  } else if (i < F_QTP) {
    snprintf(buf, n, "quotation.pred.%s", crit_names[i - F_QPRED]);
  } else if (i < F_GTYPE) {
    snprintf(buf, n, "quotation.tp.%s", crit_names[i - F_QTP]);
  } else if (i < F_PTYPE) {
    snprintf(buf, n, "gold.%s", type_names[i - F_GTYPE]);
  } else if (i < F_GTYPE_TP) {
    snprintf(buf, n, "pred.%s", type_names[i - F_PTYPE]);
  } else if (i < F_PTYPE_TP) {
    size_t k = i - F_GTYPE_TP;
    snprintf(buf, n, "tp.gold.%s.%s", type_names[k / NCRIT],
             crit_names[k % NCRIT]);
  } else if (i < F_SP_JUDGED) {
    size_t k = i - F_PTYPE_TP;
    snprintf(buf, n, "tp.pred.%s.%s", type_names[k / NCRIT],
             crit_names[k % NCRIT]);
  } else {
    static const char *const rest[] = {"speaker.judged", "speaker.correct",
                                       "gold.with_speaker", "cue.judged",
                                       "cue.correct"};
    snprintf(buf, n, "%s", rest[i - F_SP_JUDGED]);
  }
}

/* ------------------------------------------------------------------ */
/* Metric vectors                                                      */
/* ------------------------------------------------------------------ */

enum {
  MQ_PRF = 0,                   /* + crit*3 + {p,r,f} */
  MQ_QPRF = MQ_PRF + 3 * NCRIT, /* quotation level */
  MQ_SP_ACC = MQ_QPRF + 3 * NCRIT,
  MQ_SP_ATTR,
  MQ_CUE_ACC,
  MQ_REC_TYPE, /* + type*NCRIT + crit */
  MQ_PREC_TYPE = MQ_REC_TYPE + NTYPE * NCRIT,
  NM_QUOTES = MQ_PREC_TYPE + NTYPE * NCRIT
};
enum {
  MT_PEARSON,
  MT_SPEARMAN,
  MT_ACCURACY,
  MT_MACRO_F1,
  MT_MACRO_F1_PN,
  MT_CLASS, /* + class*3 + {p,r,f} */
  NM_TONE = MT_CLASS + 9
};

static const char *const prf_names[3] = {"precision", "recall", "f1"};

static void metric_name(qs_eval_task task, size_t i, char *buf, size_t n) {
  if (task == QS_EVAL_TONE) {
    static const char *const top[] = {"pearson", "spearman", "accuracy",
                                      "macro_f1", "macro_f1_pn"};
    if (i < MT_CLASS)
      snprintf(buf, n, "tone.%s", top[i]);
    else
      snprintf(buf, n, "tone.%s.%s", labels[(i - MT_CLASS) / 3],
               prf_names[(i - MT_CLASS) % 3]);
    return;
  }
  if (i < MQ_QPRF)
    snprintf(buf, n, "quotes.%s.%s", crit_names[i / 3], prf_names[i % 3]);
  else if (i < MQ_SP_ACC)
    snprintf(buf, n, "quotes.quotation.%s.%s", crit_names[(i - MQ_QPRF) / 3],
             prf_names[(i - MQ_QPRF) % 3]);
  else if (i == MQ_SP_ACC)
    snprintf(buf, n, "quotes.speaker.accuracy");
  else if (i == MQ_SP_ATTR)
    snprintf(buf, n, "quotes.speaker.attribution_recall");
  else if (i == MQ_CUE_ACC)
    snprintf(buf, n, "quotes.cue.accuracy");
  else if (i < MQ_PREC_TYPE)
    snprintf(buf, n, "quotes.recall_by_gold_type.%s.%s",
             type_names[(i - MQ_REC_TYPE) / NCRIT],
             crit_names[(i - MQ_REC_TYPE) % NCRIT]);
  else
    snprintf(buf, n, "quotes.precision_by_pred_type.%s.%s",
             type_names[(i - MQ_PREC_TYPE) / NCRIT],
             crit_names[(i - MQ_PREC_TYPE) % NCRIT]);
}

static double ratio(double num, double den) { return den > 0 ? num / den : 0; }

/* Precision, recall, F1; when both sides are empty everything is 1. */
static void prf(double tp, double npred, double ngold, double *out) {
  double p = npred > 0 ? tp / npred : (ngold > 0 ? 0 : 1);
  double r = ngold > 0 ? tp / ngold : (npred > 0 ? 0 : 1);
  out[0] = p;
  out[1] = r;
  out[2] = p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void quote_metrics(const double *s, double *m) {
  for (int c = 0; c < NCRIT; c++) {
    prf(s[F_TP + c], s[F_PRED], s[F_GOLD], m + MQ_PRF + 3 * c);
    prf(s[F_QTP + c], s[F_QPRED + c], s[F_QGOLD], m + MQ_QPRF + 3 * c);
    for (int t = 0; t < NTYPE; t++) {
      m[MQ_REC_TYPE + t * NCRIT + c] =
          ratio(s[F_GTYPE_TP + t * NCRIT + c], s[F_GTYPE + t]);
      m[MQ_PREC_TYPE + t * NCRIT + c] =
          ratio(s[F_PTYPE_TP + t * NCRIT + c], s[F_PTYPE + t]);
    }
  }
  m[MQ_SP_ACC] = ratio(s[F_SP_CORRECT], s[F_SP_JUDGED]);
  m[MQ_SP_ATTR] = ratio(s[F_SP_CORRECT], s[F_GOLD_SP]);
  m[MQ_CUE_ACC] = ratio(s[F_CUE_CORRECT], s[F_CUE_JUDGED]);
}

/* Pearson r of n pairs; 0 when n < 2 or a side has no variance. */
static double pearson(const double *x, const double *y, size_t n) {
  double mx = 0, my = 0, sxy = 0, sxx = 0, syy = 0;
  if (n < 2) return 0;
  for (size_t i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= (double)n;
  my /= (double)n;
  for (size_t i = 0; i < n; i++) {
    double dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx <= 0 || syy <= 0) return 0;
  return sxy / sqrt(sxx * syy);
}

typedef struct rank_item {
  double v;
  size_t i;
} rank_item;

static int cmp_rank(const void *a, const void *b) {
  const rank_item *x = a, *y = b;
  if (x->v != y->v) return x->v < y->v ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Average ranks (1-based; ties share the mean of their positions). */
static void ranks(const double *x, size_t n, rank_item *tmp, double *r) {
  for (size_t i = 0; i < n; i++) {
    tmp[i].v = x[i];
    tmp[i].i = i;
  }
  if (n) qsort(tmp, n, sizeof *tmp, cmp_rank);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j + 1 < n && tmp[j + 1].v == tmp[i].v)
      j++;
    double avg = ((double)i + (double)j) / 2.0 + 1.0;
    for (size_t k = i; k <= j; k++)
      r[tmp[k].i] = avg;
    i = j + 1;
  }
}

/* Scratch space for tone metrics over n items. */
typedef struct tone_scratch {
  double *gs, *ps, *rg, *rp;
  rank_item *tmp;
} tone_scratch;

static int scratch_init(tone_scratch *s, size_t n) {
  size_t k = n ? n : 1;
  s->gs = malloc(k * sizeof *s->gs);
  s->ps = malloc(k * sizeof *s->ps);
  s->rg = malloc(k * sizeof *s->rg);
  s->rp = malloc(k * sizeof *s->rp);
  s->tmp = malloc(k * sizeof *s->tmp);
  return s->gs && s->ps && s->rg && s->rp && s->tmp ? 0 : -1;
}

static void scratch_free(tone_scratch *s) {
  free(s->gs);
  free(s->ps);
  free(s->rg);
  free(s->rp);
  free(s->tmp);
}

/* Tone metrics over rows idx[0..n) (idx NULL: rows 0..n) of `v`; fills m
 * and, when cm is not NULL, the confusion matrix (rows gold). */
static void tone_metrics(const double *v, const size_t *idx, size_t n,
                         tone_scratch *s, double *m, double cm[3][3]) {
  double c[3][3] = {{0}};
  size_t ns = 0;
  double f1[3];
  for (size_t k = 0; k < n; k++) {
    const double *row = v + (idx ? idx[k] : k) * NF_TONE;
    int g = (int)row[TF_GOLD_LABEL], p = (int)row[TF_PRED_LABEL];
    c[g][p] += 1;
    if (!isnan(row[TF_GOLD_SCORE]) && !isnan(row[TF_PRED_SCORE])) {
      s->gs[ns] = row[TF_GOLD_SCORE];
      s->ps[ns] = row[TF_PRED_SCORE];
      ns++;
    }
  }
  m[MT_PEARSON] = pearson(s->gs, s->ps, ns);
  ranks(s->gs, ns, s->tmp, s->rg);
  ranks(s->ps, ns, s->tmp, s->rp);
  m[MT_SPEARMAN] = pearson(s->rg, s->rp, ns);
  m[MT_ACCURACY] = ratio(c[0][0] + c[1][1] + c[2][2], (double)n);
  for (int k = 0; k < 3; k++) {
    double col = c[0][k] + c[1][k] + c[2][k];
    double row = c[k][0] + c[k][1] + c[k][2];
    double p = ratio(c[k][k], col), r = ratio(c[k][k], row);
    m[MT_CLASS + 3 * k] = p;
    m[MT_CLASS + 3 * k + 1] = r;
    m[MT_CLASS + 3 * k + 2] = f1[k] = p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  m[MT_MACRO_F1] = (f1[0] + f1[1] + f1[2]) / 3.0;
  m[MT_MACRO_F1_PN] = (f1[0] + f1[2]) / 2.0;
  if (cm) memcpy(cm, c, sizeof c);
}

/* Metric vector of rows idx[0..n) (NULL: all n rows) of a table. */
static void metrics_of_rows(qs_eval_task task, const double *v,
                            const size_t *idx, size_t n, tone_scratch *s,
                            double *m) {
  if (task == QS_EVAL_TONE) {
    tone_metrics(v, idx, n, s, m, NULL);
    return;
  }
  double sum[NF_QUOTES] = {0};
  for (size_t k = 0; k < n; k++) {
    const double *row = v + (idx ? idx[k] : k) * NF_QUOTES;
    for (size_t f = 0; f < NF_QUOTES; f++)
      sum[f] += row[f];
  }
  quote_metrics(sum, m);
}

/* ------------------------------------------------------------------ */
/* Bootstrap                                                           */
/* ------------------------------------------------------------------ */

/* splitmix64: small, seedable, identical on every platform. */
static uint64_t splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/* Uniform in [0, n) without modulo bias. */
static size_t draw(uint64_t *state, size_t n) {
  uint64_t bound = (uint64_t)n, thresh = (0 - bound) % bound, r;
  do
    r = splitmix64(state);
  while (r < thresh);
  return (size_t)(r % bound);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* 95% percentile interval of m values (NANs dropped): the values at sorted
 * positions floor(0.025 m) and ceil(0.975 m) - 1. */
static void interval(double *vals, size_t m, double *lo, double *hi) {
  size_t k = 0;
  for (size_t i = 0; i < m; i++)
    if (!isnan(vals[i])) vals[k++] = vals[i];
  if (!k) {
    *lo = *hi = NAN;
    return;
  }
  qsort(vals, k, sizeof *vals, cmp_double);
  *lo = vals[(size_t)floor(0.025 * (double)k)];
  size_t h = (size_t)ceil(0.975 * (double)k);
  *hi = vals[h ? h - 1 : 0];
}

/* Paired bootstrap over documents.  For each resample b, draws n row
 * indices with replacement and computes the metric vector of `a` (and of
 * `b2` when given, storing b2 - a).  draws[i * B + r] receives metric i of
 * resample r.  Returns 0, or -1 on OOM. */
static int bootstrap(qs_eval_task task, const double *a, const double *b2,
                     size_t n, unsigned B, uint64_t seed, size_t nm,
                     double *draws) {
  size_t *idx = malloc((n ? n : 1) * sizeof *idx);
  double *ma = malloc(nm * sizeof *ma), *mb = malloc(nm * sizeof *mb);
  tone_scratch s;
  uint64_t state = seed;
  int rc = -1;
  memset(&s, 0, sizeof s);
  if (!idx || !ma || !mb || scratch_init(&s, n) < 0) goto out;
  for (unsigned r = 0; r < B; r++) {
    for (size_t k = 0; k < n; k++)
      idx[k] = draw(&state, n);
    metrics_of_rows(task, a, idx, n, &s, ma);
    if (b2) metrics_of_rows(task, b2, idx, n, &s, mb);
    for (size_t i = 0; i < nm; i++)
      draws[i * B + r] = b2 ? mb[i] - ma[i] : ma[i];
  }
  rc = 0;
out:
  free(idx);
  free(ma);
  free(mb);
  scratch_free(&s);
  return rc;
}

/* ------------------------------------------------------------------ */
/* The evaluation object                                               */
/* ------------------------------------------------------------------ */

struct qs_eval {
  qs_eval_options opt; /* copy; names replaced by owned copies */
  char *gold_name;     /* malloc'd, "" when not given */
  char *pred_name;     /* malloc'd, "engine" when not given */
  size_t nf;           /* columns per row */
  size_t nm;           /* metrics */
  size_t ndocs, cap;   /* rows */
  char **ids;          /* ndocs malloc'd ids */
  double *v;           /* ndocs * nf values */
  int finished;
  double *metric;        /* nm values after finish */
  double *lo, *hi;       /* nm interval ends (NAN without bootstrap) */
  double sum[NF_QUOTES]; /* column sums (quotes) */
  double cm[3][3];       /* tone confusion matrix, rows gold */
  size_t scored;         /* tone items with both scores */
};

static void ev_error(qs_error *err, qs_status code, const char *id,
                     const char *fmt, ...) {
  char prefix[100] = "";
  va_list ap;
  if (id) snprintf(prefix, sizeof prefix, "document \"%.80s\": ", id);
  va_start(ap, fmt);
  qs_error_setv(err, code, 0, id, prefix, fmt, ap);
  va_end(ap);
}

qs_eval *qs_eval_new(const qs_eval_options *opts, qs_error *err) {
  qs_eval *ev;
  if (!opts || (opts->task != QS_EVAL_QUOTES && opts->task != QS_EVAL_TONE)) {
    ev_error(err, QS_ERR_USAGE, NULL, "qs_eval_new: bad options");
    return NULL;
  }
  ev = calloc(1, sizeof *ev);
  if (!ev) goto oom;
  ev->opt = *opts;
  ev->gold_name = strdup(opts->gold_name ? opts->gold_name : "");
  ev->pred_name = strdup(opts->pred_name ? opts->pred_name : "engine");
  if (!ev->gold_name || !ev->pred_name) goto oom;
  ev->nf = opts->task == QS_EVAL_TONE ? NF_TONE : NF_QUOTES;
  ev->nm = opts->task == QS_EVAL_TONE ? NM_TONE : NM_QUOTES;
  return ev;
oom:
  qs_eval_free(ev);
  ev_error(err, QS_ERR_NOMEM, NULL, "out of memory");
  return NULL;
}

void qs_eval_free(qs_eval *ev) {
  if (!ev) return;
  for (size_t i = 0; i < ev->ndocs; i++)
    free(ev->ids[i]);
  free(ev->ids);
  free(ev->v);
  free(ev->metric);
  free(ev->lo);
  free(ev->hi);
  free(ev->gold_name);
  free(ev->pred_name);
  free(ev);
}

/* Appends a row; returns its values (zeroed) or NULL on OOM. */
static double *add_row(qs_eval *ev, const char *id) {
  if (ev->ndocs == ev->cap) {
    size_t nc = ev->cap ? ev->cap * 2 : 64;
    char **ids = realloc(ev->ids, nc * sizeof *ids);
    if (!ids) return NULL;
    ev->ids = ids;
    double *v = realloc(ev->v, nc * ev->nf * sizeof *v);
    if (!v) return NULL;
    ev->v = v;
    ev->cap = nc;
  }
  char *copy = strdup(id ? id : "");
  if (!copy) return NULL;
  ev->ids[ev->ndocs] = copy;
  double *row = ev->v + ev->ndocs * ev->nf;
  for (size_t i = 0; i < ev->nf; i++)
    row[i] = 0;
  ev->ndocs++;
  return row;
}

/* ------------------------------------------------------------------ */
/* Text helpers (UTF-8, code points)                                   */
/* ------------------------------------------------------------------ */

/* Decodes the code point at byte b (well-formed input assumed; a stray
 * byte decodes as itself); *next receives the byte after it. */
static uint32_t decode_at(const char *s, size_t len, size_t b, size_t *next) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned c = p[b];
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  uint32_t cp = n == 1 ? c : c & (0x3Fu >> (n - 1));
  if (b + n > len) n = 1;
  for (size_t j = 1; j < n; j++)
    cp = (cp << 6) | (p[b + j] & 0x3Fu);
  *next = b + n;
  return cp;
}

static size_t prev_start(const char *s, size_t b) {
  if (b == 0) return 0;
  b--;
  while (b > 0 && ((unsigned char)s[b] & 0xC0u) == 0x80u)
    b--;
  return b;
}

/* Trimmed at the ends of a span for the exact criterion: white space,
 * quotation marks and punctuation (the list is in eval/README.md). */
static int trim_cp(uint32_t c) {
  if (c < 0x80)
    return c <= 0x20 || c == 0x7F || strchr("\"'`.,;:!?()[]-", (int)c) != NULL;
  switch (c) {
  case 0x85:
  case 0xA0:
  case 0xAB:
  case 0xBB:
  case 0xBF:
  case 0xA1:
  case 0x2026:
  case 0x2013:
  case 0x2014:
  case 0x2015:
  case 0x2039:
  case 0x203A:
  case 0x2E42:
  case 0x3000:
  case 0x300C:
  case 0x300D:
  case 0x300E:
  case 0x300F:
  case 0xFF02:
  case 0xFF07:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F: return 1;
  default: return (c >= 0x2000 && c <= 0x200A) || (c >= 0x2018 && c <= 0x201F);
  }
}

typedef struct span {
  long s, e;   /* code points */
  long ts, te; /* trimmed, code points */
  long bs, be; /* bytes */
  int type;    /* T_* */
  long unit;   /* quotation unit id (gold: by qid) */
  const qs_quote_view *q;
} span;

static void trim_span(const char *text, size_t len, span *sp) {
  size_t b = (size_t)sp->bs, e = (size_t)sp->be, nb;
  long s = sp->s, t = sp->e;
  while (b < e && trim_cp(decode_at(text, len, b, &nb))) {
    b = nb;
    s++;
  }
  while (e > b) {
    size_t pb = prev_start(text, e);
    if (!trim_cp(decode_at(text, len, pb, &nb))) break;
    e = pb;
    t--;
  }
  sp->ts = s;
  sp->te = t;
}

static int qtype(qs_quote_type t) {
  return t == QS_DIRECT ? T_DIRECT : t == QS_PARTIAL ? T_MIXED : T_INDIRECT;
}

/* ------------------------------------------------------------------ */
/* Speakers and cues                                                   */
/* ------------------------------------------------------------------ */

#define MAX_NAME_TOKENS 32

typedef struct name_toks {
  char tok[MAX_NAME_TOKENS][48]; /* lowercase tokens */
  int n;
  int pronoun; /* the name is one bare pronoun */
} name_toks;

static int in_list(const char *w, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (!strcmp(w, list[i])) return 1;
  return 0;
}

static const char *const pronouns[] = {"i",    "me",  "we",  "us",  "you",
                                       "he",   "him", "she", "her", "they",
                                       "them", "it",  NULL};
static const char *const titles[] = {"a",
                                     "an",
                                     "the",
                                     "mr",
                                     "mrs",
                                     "ms",
                                     "miss",
                                     "mx",
                                     "dr",
                                     "prof",
                                     "professor",
                                     "sir",
                                     "dame",
                                     "lord",
                                     "lady",
                                     "rev",
                                     "president",
                                     "vice",
                                     "secretary",
                                     "general",
                                     "minister",
                                     "prime",
                                     "sen",
                                     "senator",
                                     "rep",
                                     "representative",
                                     "gov",
                                     "governor",
                                     "mayor",
                                     "chancellor",
                                     "spokesman",
                                     "spokeswoman",
                                     "spokesperson",
                                     "chairman",
                                     "chairwoman",
                                     "ceo",
                                     "director",
                                     "ambassador",
                                     "judge",
                                     "justice",
                                     "king",
                                     "queen",
                                     "prince",
                                     "princess",
                                     "pope",
                                     "gen",
                                     "col",
                                     "capt",
                                     "lt",
                                     "sgt",
                                     "adm",
                                     "former",
                                     "jr",
                                     "sr",
                                     NULL};

/* A code point that belongs to a name token: ASCII letters/digits and any
 * non-ASCII code point outside the punctuation and space blocks. */
static int name_cp(uint32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  if (c <= 0xBF || c == 0xD7 || c == 0xF7) return 0;
  if (c >= 0x2000 && c <= 0x206F) return 0;
  if (c >= 0x3000 && c <= 0x303F) return 0;
  return 1;
}

static void tokenize_name(const char *s, name_toks *nt) {
  size_t len = strlen(s), b = 0;
  int raw = 0, prev_apos = 0;
  nt->n = 0;
  nt->pronoun = 0;
  char first[48] = "";
  while (b < len) {
    size_t nb, start;
    uint32_t c = decode_at(s, len, b, &nb);
    if (!name_cp(c)) {
      prev_apos = c == '\'' || c == 0x2019;
      b = nb;
      continue;
    }
    start = b;
    while (b < len && name_cp(decode_at(s, len, b, &nb)))
      b = nb;
    char w[48];
    size_t wl = b - start < sizeof w - 1 ? b - start : sizeof w - 1;
    for (size_t i = 0; i < wl; i++) {
      char ch = s[start + i];
      w[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
    }
    w[wl] = '\0';
    raw++;
    if (raw == 1) memcpy(first, w, sizeof w);
    if (prev_apos && !strcmp(w, "s")) continue; /* possessive 's */
    prev_apos = 0;
    if (in_list(w, titles) || nt->n >= MAX_NAME_TOKENS) continue;
    memcpy(nt->tok[nt->n++], w, sizeof w);
  }
  nt->pronoun = raw == 1 && in_list(first, pronouns);
}

/* 1 when every token of a is among b's tokens. */
static int toks_subset(const name_toks *a, const name_toks *b) {
  for (int i = 0; i < a->n; i++) {
    int found = 0;
    for (int j = 0; j < b->n && !found; j++)
      found = !strcmp(a->tok[i], b->tok[j]);
    if (!found) return 0;
  }
  return 1;
}

static int has_speaker(const qs_quote_view *q) {
  return q->speaker || q->speaker_mention || q->speaker_start >= 0;
}

static int has_cue(const qs_quote_view *q) {
  return q->cue || q->cue_start >= 0;
}

static int spans_overlap(long a, long b, long c, long d) {
  return a >= 0 && c >= 0 && (a < d && c < b);
}

/* The speaker rule of eval/README.md. */
static int speaker_match(const qs_quote_view *g, const qs_quote_view *p) {
  const char *gn = g->speaker ? g->speaker : g->speaker_mention;
  const char *pn = p->speaker ? p->speaker : p->speaker_mention;
  name_toks a, b;
  if (spans_overlap(g->speaker_start, g->speaker_end, p->speaker_start,
                    p->speaker_end))
    return 1;
  if (!gn || !pn) return 0;
  tokenize_name(gn, &a);
  tokenize_name(pn, &b);
  return !a.pronoun && !b.pronoun && a.n > 0 && b.n > 0 &&
         (toks_subset(&a, &b) || toks_subset(&b, &a));
}

/* Case-insensitive (ASCII) equality after trimming spaces. */
static int cue_text_equal(const char *a, const char *b) {
  size_t al = strlen(a), bl = strlen(b);
  while (al && (*a == ' ' || *a == '\t'))
    a++, al--;
  while (al && (a[al - 1] == ' ' || a[al - 1] == '\t'))
    al--;
  while (bl && (*b == ' ' || *b == '\t'))
    b++, bl--;
  while (bl && (b[bl - 1] == ' ' || b[bl - 1] == '\t'))
    bl--;
  if (al != bl || !al) return 0;
  for (size_t i = 0; i < al; i++) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
    if (x != y) return 0;
  }
  return 1;
}

static int cue_match(const qs_quote_view *g, const qs_quote_view *p) {
  if (g->cue_start >= 0 && p->cue_start >= 0)
    return spans_overlap(g->cue_start, g->cue_end, p->cue_start, p->cue_end);
  if (g->cue && p->cue) return cue_text_equal(g->cue, p->cue);
  return 0;
}

/* ------------------------------------------------------------------ */
/* Error-analysis output                                               */
/* ------------------------------------------------------------------ */

static void put_json_str(FILE *f, const char *s, size_t n) {
  fputc('"', f);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      fputc('\\', f);
      fputc(c, f);
    } else if (c == '\n') {
      fputs("\\n", f);
    } else if (c == '\t') {
      fputs("\\t", f);
    } else if (c == '\r') {
      fputs("\\r", f);
    } else if (c < 0x20 || c == 0x7F) {
      fprintf(f, "\\u%04x", c);
    } else {
      fputc(c, f);
    }
  }
  fputc('"', f);
}

static void put_json_cstr(FILE *f, const char *s) {
  if (!s)
    fputs("null", f);
  else
    put_json_str(f, s, strlen(s));
}

/* Fixed-point text of x with `dec` decimals, by integer arithmetic (no
 * locale).  NAN/inf -> "null". */
static void fmt_fixed(char *buf, size_t n, double x, int dec) {
  static const long long scale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  long long v, sc = scale[dec];
  int neg;
  if (!isfinite(x) || fabs(x) > 1e12) {
    snprintf(buf, n, "null");
    return;
  }
  v = llround(x * (double)sc);
  neg = v < 0;
  if (neg) v = -v;
  if (dec == 0)
    snprintf(buf, n, "%s%lld", neg ? "-" : "", v);
  else
    snprintf(buf, n, "%s%lld.%0*lld", neg ? "-" : "", v / sc, dec, v % sc);
}

#define CONTEXT_CPS 60

/* Writes "context": the span with up to CONTEXT_CPS code points each side,
 * the span itself between [[ and ]]. */
static void put_context(FILE *f, const char *text, size_t len, long bs,
                        long be) {
  size_t a = (size_t)bs, z = (size_t)be, nb;
  for (int k = 0; k < CONTEXT_CPS && a > 0; k++)
    a = prev_start(text, a);
  for (int k = 0; k < CONTEXT_CPS && z < len; k++) {
    decode_at(text, len, z, &nb);
    z = nb;
  }
  fputs(",\"context\":\"", f);
  /* Three pieces, escaped as one string. */
  {
    long pieces[3][2] = {{(long)a, bs}, {bs, be}, {be, (long)z}};
    for (int i = 0; i < 3; i++) {
      if (i == 1) fputs("[[", f);
      for (long k = pieces[i][0]; k < pieces[i][1]; k++) {
        unsigned char c = (unsigned char)text[k];
        if (c == '"' || c == '\\')
          fputc('\\', f), fputc(c, f);
        else if (c == '\n')
          fputs("\\n", f);
        else if (c == '\t')
          fputs("\\t", f);
        else if (c == '\r')
          fputs("\\r", f);
        else if (c < 0x20 || c == 0x7F)
          fprintf(f, "\\u%04x", c);
        else
          fputc(c, f);
      }
      if (i == 1) fputs("]]", f);
    }
  }
  fputc('"', f);
}

static void put_span_error(FILE *f, const char *id, const char *kind,
                           const char *text, size_t len, const span *sp) {
  fputs("{\"doc\":", f);
  put_json_cstr(f, id);
  fprintf(f, ",\"kind\":\"%s\",\"start\":%ld,\"end\":%ld,\"type\":\"%s\"", kind,
          sp->s, sp->e, type_names[sp->type]);
  fputs(",\"text\":", f);
  put_json_str(f, text + sp->bs, (size_t)(sp->be - sp->bs));
  fputs(",\"speaker\":", f);
  put_json_cstr(f, sp->q->speaker ? sp->q->speaker : sp->q->speaker_mention);
  put_context(f, text, len, sp->bs, sp->be);
  fputs("}\n", f);
}

static void put_pair_error(FILE *f, const char *id, const char *kind,
                           const char *text, size_t len, const span *g,
                           const span *p) {
  const qs_quote_view *gq = g->q, *pq = p->q;
  int spk = kind[6] == 's'; /* wrong_speaker / wrong_cue */
  fputs("{\"doc\":", f);
  put_json_cstr(f, id);
  fprintf(f,
          ",\"kind\":\"%s\",\"start\":%ld,\"end\":%ld,\"pred_start\":%ld,"
          "\"pred_end\":%ld,\"type\":\"%s\"",
          kind, g->s, g->e, p->s, p->e, type_names[g->type]);
  fputs(",\"text\":", f);
  put_json_str(f, text + g->bs, (size_t)(g->be - g->bs));
  if (spk) {
    fputs(",\"gold_speaker\":", f);
    put_json_cstr(f, gq->speaker);
    fputs(",\"gold_mention\":", f);
    put_json_cstr(f, gq->speaker_mention);
    fputs(",\"pred_speaker\":", f);
    put_json_cstr(f, pq->speaker);
    fputs(",\"pred_mention\":", f);
    put_json_cstr(f, pq->speaker_mention);
  } else {
    fputs(",\"gold_cue\":", f);
    put_json_cstr(f, gq->cue);
    fputs(",\"pred_cue\":", f);
    put_json_cstr(f, pq->cue);
  }
  put_context(f, text, len, g->bs, g->be);
  fputs("}\n", f);
}

/* ------------------------------------------------------------------ */
/* Matching one document                                               */
/* ------------------------------------------------------------------ */

typedef struct pair {
  long inter;  /* overlap in code points */
  long uni;    /* union length in code points */
  size_t g, p; /* span indices */
  unsigned ok; /* bit per criterion */
} pair;

static int cmp_pair(const void *a, const void *b) {
  const pair *x = a, *y = b;
  if (x->inter != y->inter) return x->inter > y->inter ? -1 : 1;
  if (x->uni != y->uni) return x->uni < y->uni ? -1 : 1;
  if (x->g != y->g) return x->g < y->g ? -1 : 1;
  return x->p < y->p ? -1 : x->p > y->p;
}

static int cmp_span(const void *a, const void *b) {
  const span *x = a, *y = b;
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  if (x->e != y->e) return x->e < y->e ? -1 : 1;
  return x->q < y->q ? -1 : x->q > y->q; /* input order */
}

typedef struct unit_key {
  const char *qid;
  size_t i;
} unit_key;

static int cmp_unit_key(const void *a, const void *b) {
  const unit_key *x = a, *y = b;
  int c;
  if (!x->qid || !y->qid) {
    if (x->qid != y->qid) return x->qid ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
  }
  c = strcmp(x->qid, y->qid);
  if (c) return c;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Gives sp[i].unit: spans sharing a qid share a unit; spans without a qid
 * are units of their own.  Returns the number of units, -1 on OOM. */
static long assign_units(span *sp, size_t n) {
  unit_key *k = malloc((n ? n : 1) * sizeof *k);
  long units = 0;
  if (!k) return -1;
  for (size_t i = 0; i < n; i++) {
    k[i].qid = sp[i].q->qid;
    k[i].i = i;
  }
  if (n) qsort(k, n, sizeof *k, cmp_unit_key);
  for (size_t i = 0; i < n; i++) {
    if (i == 0 || !k[i].qid || !k[i - 1].qid || strcmp(k[i].qid, k[i - 1].qid))
      units++;
    sp[k[i].i].unit = units - 1;
  }
  free(k);
  return units;
}

/* Collects overlapping (gold, pred) pairs by a sweep over spans sorted by
 * start: O(n log n + pairs). */
static int overlap_pairs(const span *g, size_t ng, const span *p, size_t np,
                         pair **out, size_t *nout) {
  size_t *ag = malloc((ng ? ng : 1) * sizeof *ag);
  size_t *ap = malloc((np ? np : 1) * sizeof *ap);
  size_t nag = 0, nap = 0, i = 0, j = 0, n = 0, cap = 0;
  pair *pr = NULL;
  int rc = -1;
  if (!ag || !ap) goto out;
  while (i < ng || j < np) {
    int take_gold = j >= np || (i < ng && g[i].s <= p[j].s);
    const span *x = take_gold ? &g[i] : &p[j];
    size_t *act = take_gold ? ap : ag;
    size_t *nact = take_gold ? &nap : &nag;
    const span *other = take_gold ? p : g;
    size_t k2 = 0;
    for (size_t k = 0; k < *nact; k++) {
      const span *o = &other[act[k]];
      if (o->e <= x->s) continue; /* expired */
      act[k2++] = act[k];
      long inter = (o->e < x->e ? o->e : x->e) - x->s;
      if (inter <= 0) continue;
      if (n == cap) {
        size_t nc = cap ? cap * 2 : 64;
        pair *q = realloc(pr, nc * sizeof *q);
        if (!q) goto out;
        pr = q;
        cap = nc;
      }
      pr[n].inter = inter;
      pr[n].g = take_gold ? i : act[k2 - 1];
      pr[n].p = take_gold ? act[k2 - 1] : j;
      pr[n].ok = 0;
      n++;
    }
    *nact = k2;
    if (take_gold) {
      if (g[i].e > g[i].s) ag[nag++] = i;
      i++;
    } else {
      if (p[j].e > p[j].s) ap[nap++] = j;
      j++;
    }
  }
  rc = 0;
out:
  free(ag);
  free(ap);
  if (rc < 0) {
    free(pr);
    pr = NULL;
    n = 0;
  }
  *out = pr;
  *nout = n;
  return rc;
}

/* Prepares spans of one side: byte offsets, trimmed offsets, types. */
static int make_spans(const char *text, size_t len, long ncp,
                      const qs_quote_view *q, size_t n, const char *side,
                      const char *id, span **out, qs_error *err) {
  span *sp = malloc((n ? n : 1) * sizeof *sp);
  qs_offset_ref *refs = malloc((2 * n + 1) * sizeof *refs);
  if (!sp || !refs) {
    free(sp);
    free(refs);
    ev_error(err, QS_ERR_NOMEM, id, "out of memory");
    return -1;
  }
  for (size_t i = 0; i < n; i++) {
    if (q[i].start < 0 || q[i].end < q[i].start || q[i].end > ncp) {
      ev_error(err, QS_ERR_INPUT, id,
               "%s quote %zu: span %ld..%ld is outside the text (%ld code "
               "points) or ends before it starts",
               side, i, q[i].start, q[i].end, ncp);
      free(sp);
      free(refs);
      return -1;
    }
    sp[i].s = q[i].start;
    sp[i].e = q[i].end;
    sp[i].type = qtype(q[i].type);
    sp[i].q = &q[i];
    sp[i].unit = -1;
  }
  for (size_t i = 0; i < n; i++) {
    refs[2 * i].cp = sp[i].s;
    refs[2 * i].out = &sp[i].bs;
    refs[2 * i + 1].cp = sp[i].e;
    refs[2 * i + 1].out = &sp[i].be;
  }
  qs_map_offsets(text, len, refs, 2 * n);
  free(refs);
  for (size_t i = 0; i < n; i++)
    trim_span(text, len, &sp[i]);
  if (n) qsort(sp, n, sizeof *sp, cmp_span);
  *out = sp;
  return 0;
}

qs_status qs_eval_add_quotes(qs_eval *ev, const char *id, const char *text,
                             size_t len, const qs_quote_view *gold,
                             size_t ngold, const qs_quote_view *pred,
                             size_t npred, qs_error *err) {
  span *g = NULL, *p = NULL;
  pair *pr = NULL;
  size_t npr = 0;
  long *gm = NULL, *pm = NULL, ncp = 0;
  double *row;
  long qgold;
  qs_status rc = QS_ERR_NOMEM;

  if (!ev || ev->opt.task != QS_EVAL_QUOTES || ev->finished || !text) {
    ev_error(err, QS_ERR_USAGE, id, "qs_eval_add_quotes: bad call");
    return QS_ERR_USAGE;
  }
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)text[i] & 0xC0u) != 0x80u) ncp++;
  if (make_spans(text, len, ncp, gold, ngold, "gold", id, &g, err) < 0)
    return err ? err->code : QS_ERR_INPUT;
  if (make_spans(text, len, ncp, pred, npred, "predicted", id, &p, err) < 0) {
    free(g);
    return err ? err->code : QS_ERR_INPUT;
  }
  if (overlap_pairs(g, ngold, p, npred, &pr, &npr) < 0) goto oom;
  for (size_t k = 0; k < npr; k++) {
    const span *a = &g[pr[k].g], *b = &p[pr[k].p];
    double glen = (double)(a->e - a->s), inter = (double)pr[k].inter;
    double uni = glen + (double)(b->e - b->s) - inter;
    pr[k].uni = (long)uni;
    if (a->ts == b->ts && a->te == b->te && a->te > a->ts)
      pr[k].ok |= 1u << C_EXACT;
    if (inter >= 0.8 * glen) pr[k].ok |= 1u << C_COV08;
    if (inter >= 0.3 * glen) pr[k].ok |= 1u << C_COV03;
    if (inter >= 0.5 * uni) pr[k].ok |= 1u << C_IOU05;
  }
  if (npr) qsort(pr, npr, sizeof *pr, cmp_pair);
  gm = malloc((ngold ? ngold : 1) * NCRIT * sizeof *gm);
  pm = malloc((npred ? npred : 1) * NCRIT * sizeof *pm);
  if (!gm || !pm) goto oom;
  for (size_t i = 0; i < ngold * NCRIT; i++)
    gm[i] = -1;
  for (size_t i = 0; i < npred * NCRIT; i++)
    pm[i] = -1;
  /* Greedy one-to-one matching per criterion, largest overlap first. */
  for (int c = 0; c < NCRIT; c++)
    for (size_t k = 0; k < npr; k++) {
      size_t gi = pr[k].g, pi = pr[k].p;
      if (!(pr[k].ok & (1u << c))) continue;
      if (gm[gi * NCRIT + c] >= 0 || pm[pi * NCRIT + c] >= 0) continue;
      gm[gi * NCRIT + c] = (long)pi;
      pm[pi * NCRIT + c] = (long)gi;
    }

  qgold = assign_units(g, ngold);
  if (qgold < 0 || assign_units(p, npred) < 0) goto oom;
  if (!(row = add_row(ev, id))) goto oom;

  row[F_GOLD] = (double)ngold;
  row[F_PRED] = (double)npred;
  row[F_QGOLD] = (double)qgold;
  for (size_t i = 0; i < ngold; i++) {
    row[F_GTYPE + g[i].type] += 1;
    if (has_speaker(g[i].q)) row[F_GOLD_SP] += 1;
  }
  for (size_t i = 0; i < npred; i++)
    row[F_PTYPE + p[i].type] += 1;
  for (int c = 0; c < NCRIT; c++) {
    /* Quotation level: gold units found; predicted units = gold units hit
     * + unmatched predictions grouped by their own qid. */
    long found = 0, unmatched_units = 0;
    char *gseen = calloc((size_t)qgold + 1, 1);
    char *pseen = calloc(npred + 1, 1);
    if (!gseen || !pseen) {
      free(gseen);
      free(pseen);
      goto oom;
    }
    for (size_t i = 0; i < ngold; i++) {
      long pi = gm[i * NCRIT + c];
      if (pi < 0) continue;
      row[F_TP + c] += 1;
      row[F_GTYPE_TP + g[i].type * NCRIT + c] += 1;
      row[F_PTYPE_TP + p[pi].type * NCRIT + c] += 1;
      if (!gseen[g[i].unit]) {
        gseen[g[i].unit] = 1;
        found++;
      }
    }
    for (size_t i = 0; i < npred; i++)
      if (pm[i * NCRIT + c] < 0 && !pseen[p[i].unit]) {
        pseen[p[i].unit] = 1;
        unmatched_units++;
      }
    row[F_QTP + c] = (double)found;
    row[F_QPRED + c] = (double)(found + unmatched_units);
    free(gseen);
    free(pseen);
  }
  /* Speakers and cues on the pairs matched at cov0.3. */
  for (size_t i = 0; i < ngold; i++) {
    long pi = gm[i * NCRIT + C_COV03];
    if (pi < 0) continue;
    if (has_speaker(g[i].q)) {
      int ok = speaker_match(g[i].q, p[pi].q);
      row[F_SP_JUDGED] += 1;
      row[F_SP_CORRECT] += ok;
      if (!ok && ev->opt.errors)
        put_pair_error(ev->opt.errors, id, "wrong_speaker", text, len, &g[i],
                       &p[pi]);
    }
    if (has_cue(g[i].q)) {
      int ok = cue_match(g[i].q, p[pi].q);
      row[F_CUE_JUDGED] += 1;
      row[F_CUE_CORRECT] += ok;
      if (!ok && ev->opt.errors)
        put_pair_error(ev->opt.errors, id, "wrong_cue", text, len, &g[i],
                       &p[pi]);
    }
  }
  if (ev->opt.errors) {
    for (size_t i = 0; i < ngold; i++)
      if (gm[i * NCRIT + C_COV03] < 0)
        put_span_error(ev->opt.errors, id, "miss", text, len, &g[i]);
    for (size_t i = 0; i < npred; i++)
      if (pm[i * NCRIT + C_COV03] < 0)
        put_span_error(ev->opt.errors, id, "false_positive", text, len, &p[i]);
  }
  rc = QS_OK;
  goto out;
oom:
  ev_error(err, QS_ERR_NOMEM, id, "out of memory");
out:
  free(g);
  free(p);
  free(pr);
  free(gm);
  free(pm);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Tone items                                                          */
/* ------------------------------------------------------------------ */

static int label_of(const char *l, double score, const char *side,
                    const char *id, qs_error *err) {
  if (l) {
    for (int k = 0; k < 3; k++)
      if (!strcmp(l, labels[k])) return k;
    ev_error(err, QS_ERR_INPUT, id,
             "%s label must be negative, neutral or positive", side);
    return -1;
  }
  if (isnan(score)) {
    ev_error(err, QS_ERR_INPUT, id, "%s has neither a score nor a label", side);
    return -1;
  }
  return score >= 0.05 ? 2 : score <= -0.05 ? 0 : 1;
}

qs_status qs_eval_add_tone(qs_eval *ev, const char *id, const char *text,
                           size_t len, double gold_score,
                           const char *gold_label, double pred_score,
                           const char *pred_label, qs_error *err) {
  int gl, pl;
  double *row;
  if (!ev || ev->opt.task != QS_EVAL_TONE || ev->finished) {
    ev_error(err, QS_ERR_USAGE, id, "qs_eval_add_tone: bad call");
    return QS_ERR_USAGE;
  }
  if ((gl = label_of(gold_label, gold_score, "gold", id, err)) < 0 ||
      (pl = label_of(pred_label, pred_score, "prediction", id, err)) < 0)
    return QS_ERR_INPUT;
  if (!(row = add_row(ev, id))) {
    ev_error(err, QS_ERR_NOMEM, id, "out of memory");
    return QS_ERR_NOMEM;
  }
  row[TF_GOLD_SCORE] = isfinite(gold_score) ? gold_score : NAN;
  row[TF_GOLD_LABEL] = gl;
  row[TF_PRED_SCORE] = isfinite(pred_score) ? pred_score : NAN;
  row[TF_PRED_LABEL] = pl;
  if (gl != pl && ev->opt.errors) {
    char a[32], b[32];
    FILE *f = ev->opt.errors;
    fmt_fixed(a, sizeof a, row[TF_GOLD_SCORE], 4);
    fmt_fixed(b, sizeof b, row[TF_PRED_SCORE], 4);
    fputs("{\"doc\":", f);
    put_json_cstr(f, id);
    fprintf(f,
            ",\"kind\":\"wrong_label\",\"gold_label\":\"%s\",\"pred_label\":"
            "\"%s\",\"gold_score\":%s,\"pred_score\":%s,\"text\":",
            labels[gl], labels[pl], a, b);
    if (text)
      put_json_str(f, text, len);
    else
      fputs("null", f);
    fputs("}\n", f);
  }
  return QS_OK;
}

/* ------------------------------------------------------------------ */
/* Finishing                                                           */
/* ------------------------------------------------------------------ */

qs_status qs_eval_finish(qs_eval *ev, qs_error *err) {
  tone_scratch s;
  double *draws = NULL;
  unsigned B;
  if (!ev || ev->finished) {
    ev_error(err, QS_ERR_USAGE, NULL, "qs_eval_finish: bad call");
    return QS_ERR_USAGE;
  }
  memset(&s, 0, sizeof s);
  ev->metric = malloc(ev->nm * sizeof *ev->metric);
  ev->lo = malloc(ev->nm * sizeof *ev->lo);
  ev->hi = malloc(ev->nm * sizeof *ev->hi);
  if (!ev->metric || !ev->lo || !ev->hi || scratch_init(&s, ev->ndocs) < 0)
    goto oom;
  if (ev->opt.task == QS_EVAL_TONE) {
    tone_metrics(ev->v, NULL, ev->ndocs, &s, ev->metric, ev->cm);
    for (size_t k = 0; k < ev->ndocs; k++)
      if (!isnan(ev->v[k * NF_TONE + TF_GOLD_SCORE]) &&
          !isnan(ev->v[k * NF_TONE + TF_PRED_SCORE]))
        ev->scored++;
  } else {
    for (size_t k = 0; k < ev->ndocs; k++)
      for (size_t f = 0; f < NF_QUOTES; f++)
        ev->sum[f] += ev->v[k * NF_QUOTES + f];
    quote_metrics(ev->sum, ev->metric);
  }
  for (size_t i = 0; i < ev->nm; i++)
    ev->lo[i] = ev->hi[i] = NAN;
  B = ev->opt.bootstrap;
  if (B > 0 && ev->ndocs > 0) {
    draws = malloc((size_t)B * ev->nm * sizeof *draws);
    if (!draws || bootstrap(ev->opt.task, ev->v, NULL, ev->ndocs, B,
                            ev->opt.seed, ev->nm, draws) < 0)
      goto oom;
    for (size_t i = 0; i < ev->nm; i++)
      interval(draws + i * B, B, &ev->lo[i], &ev->hi[i]);
  }
  free(draws);
  scratch_free(&s);
  ev->finished = 1;
  return QS_OK;
oom:
  free(draws);
  scratch_free(&s);
  ev_error(err, QS_ERR_NOMEM, NULL, "out of memory");
  return QS_ERR_NOMEM;
}

int qs_eval_metric(const qs_eval *ev, const char *name, double *value) {
  char buf[96];
  if (!ev || !ev->finished || !name) return -1;
  for (size_t i = 0; i < ev->nm; i++) {
    metric_name(ev->opt.task, i, buf, sizeof buf);
    if (!strcmp(buf, name)) {
      if (value) *value = ev->metric[i];
      return 0;
    }
  }
  return -1;
}

/* ------------------------------------------------------------------ */
/* Reports                                                             */
/* ------------------------------------------------------------------ */

static void put_real(FILE *f, double x) {
  char b[48];
  fmt_fixed(b, sizeof b, x, 6);
  fputs(b, f);
}

static void put_count(FILE *f, double x) {
  char b[48];
  fmt_fixed(b, sizeof b, x, 0);
  fputs(b, f);
}

static void put_ci(FILE *f, const qs_eval *ev, size_t i) {
  if (isnan(ev->lo[i])) {
    fputs("null", f);
    return;
  }
  fputc('[', f);
  put_real(f, ev->lo[i]);
  fputc(',', f);
  put_real(f, ev->hi[i]);
  fputc(']', f);
}

static void put_prf_obj(FILE *f, const qs_eval *ev, size_t base, double tp,
                        const char *extra_key, double extra) {
  fputs("{\"precision\":", f);
  put_real(f, ev->metric[base]);
  fputs(",\"recall\":", f);
  put_real(f, ev->metric[base + 1]);
  fputs(",\"f1\":", f);
  put_real(f, ev->metric[base + 2]);
  fputs(",\"tp\":", f);
  put_count(f, tp);
  if (extra_key) {
    fprintf(f, ",\"%s\":", extra_key);
    put_count(f, extra);
  }
  fputs(",\"ci\":{\"precision\":", f);
  put_ci(f, ev, base);
  fputs(",\"recall\":", f);
  put_ci(f, ev, base + 1);
  fputs(",\"f1\":", f);
  put_ci(f, ev, base + 2);
  fputs("}}", f);
}

static void write_json_quotes(const qs_eval *ev, FILE *f) {
  const double *s = ev->sum;
  fputs("  \"quotes\": {\n    \"gold\": ", f);
  put_count(f, s[F_GOLD]);
  fputs(", \"pred\": ", f);
  put_count(f, s[F_PRED]);
  fputs(", \"gold_quotations\": ", f);
  put_count(f, s[F_QGOLD]);
  fputs(",\n", f);
  for (int c = 0; c < NCRIT; c++) {
    fprintf(f, "    \"%s\": ", crit_names[c]);
    put_prf_obj(f, ev, MQ_PRF + 3 * (size_t)c, s[F_TP + c], NULL, 0);
    fputs(",\n", f);
  }
  fputs("    \"quotation\": {\"gold\": ", f);
  put_count(f, s[F_QGOLD]);
  for (int c = 0; c < NCRIT; c++) {
    fprintf(f, ",\n      \"%s\": ", crit_names[c]);
    put_prf_obj(f, ev, MQ_QPRF + 3 * (size_t)c, s[F_QTP + c], "pred",
                s[F_QPRED + c]);
  }
  fputs("},\n", f);
  for (int side = 0; side < 2; side++) {
    fprintf(f, "    \"%s\": {",
            side ? "precision_by_pred_type" : "recall_by_gold_type");
    for (int t = 0; t < NTYPE; t++) {
      fprintf(f, "%s\n      \"%s\": {\"%s\": ", t ? "," : "", type_names[t],
              side ? "pred" : "gold");
      put_count(f, s[(side ? F_PTYPE : F_GTYPE) + t]);
      for (int c = 0; c < NCRIT; c++) {
        fprintf(f, ", \"%s\": ", crit_names[c]);
        put_real(
            f, ev->metric[(side ? MQ_PREC_TYPE : MQ_REC_TYPE) + t * NCRIT + c]);
      }
      fputc('}', f);
    }
    fputs("},\n", f);
  }
  fputs("    \"speaker\": {\"accuracy\": ", f);
  put_real(f, ev->metric[MQ_SP_ACC]);
  fputs(", \"attribution_recall\": ", f);
  put_real(f, ev->metric[MQ_SP_ATTR]);
  fputs(", \"judged\": ", f);
  put_count(f, s[F_SP_JUDGED]);
  fputs(", \"correct\": ", f);
  put_count(f, s[F_SP_CORRECT]);
  fputs(", \"gold_with_speaker\": ", f);
  put_count(f, s[F_GOLD_SP]);
  fputs(", \"gold_without_speaker\": ", f);
  put_count(f, s[F_GOLD] - s[F_GOLD_SP]);
  fputs(", \"ci\": {\"accuracy\": ", f);
  put_ci(f, ev, MQ_SP_ACC);
  fputs(", \"attribution_recall\": ", f);
  put_ci(f, ev, MQ_SP_ATTR);
  fputs("}},\n    \"cue\": {\"accuracy\": ", f);
  put_real(f, ev->metric[MQ_CUE_ACC]);
  fputs(", \"judged\": ", f);
  put_count(f, s[F_CUE_JUDGED]);
  fputs(", \"correct\": ", f);
  put_count(f, s[F_CUE_CORRECT]);
  fputs(", \"ci\": {\"accuracy\": ", f);
  put_ci(f, ev, MQ_CUE_ACC);
  fputs("}}\n  },\n", f);
}

static void write_json_tone(const qs_eval *ev, FILE *f) {
  static const char *const top[] = {"pearson", "spearman", "accuracy",
                                    "macro_f1", "macro_f1_pn"};
  fputs("  \"tone\": {\n    \"items\": ", f);
  put_count(f, (double)ev->ndocs);
  fputs(", \"scored\": ", f);
  put_count(f, (double)ev->scored);
  for (int i = 0; i < MT_CLASS; i++) {
    fprintf(f, ", \"%s\": ", top[i]);
    put_real(f, ev->metric[i]);
  }
  fputs(",\n    \"per_class\": {", f);
  for (int k = 0; k < 3; k++) {
    fprintf(f, "%s\n      \"%s\": {", k ? "," : "", labels[k]);
    for (int j = 0; j < 3; j++) {
      fprintf(f, "%s\"%s\": ", j ? ", " : "", prf_names[j]);
      put_real(f, ev->metric[MT_CLASS + 3 * k + j]);
    }
    fputs(", \"gold\": ", f);
    put_count(f, ev->cm[k][0] + ev->cm[k][1] + ev->cm[k][2]);
    fputs(", \"predicted\": ", f);
    put_count(f, ev->cm[0][k] + ev->cm[1][k] + ev->cm[2][k]);
    fputc('}', f);
  }
  fputs("},\n    \"confusion\": {\"labels\": [\"negative\", \"neutral\", "
        "\"positive\"], \"rows\": \"gold\", \"columns\": \"pred\", "
        "\"matrix\": [",
        f);
  for (int g = 0; g < 3; g++) {
    fprintf(f, "%s[", g ? ", " : "");
    for (int p = 0; p < 3; p++) {
      if (p) fputs(", ", f);
      put_count(f, ev->cm[g][p]);
    }
    fputc(']', f);
  }
  fputs("]},\n    \"ci\": {", f);
  for (int i = 0; i < MT_CLASS; i++) {
    fprintf(f, "%s\"%s\": ", i ? ", " : "", top[i]);
    put_ci(f, ev, (size_t)i);
  }
  fputs("}\n  },\n", f);
}

static void write_json(const qs_eval *ev, FILE *f) {
  char name[64];
  int tone = ev->opt.task == QS_EVAL_TONE;
  fputs("{\n  \"schema\": \"quotescore-eval/1\",\n  \"task\": ", f);
  fputs(tone ? "\"tone\"" : "\"quotes\"", f);
  fputs(",\n  \"gold\": ", f);
  put_json_cstr(f, ev->gold_name);
  fputs(", \"pred\": ", f);
  put_json_cstr(f, ev->pred_name);
  fputs(",\n  \"documents\": ", f);
  put_count(f, (double)ev->ndocs);
  fprintf(f,
          ",\n  \"bootstrap\": {\"resamples\": %u, \"seed\": %llu, "
          "\"level\": 0.95, \"unit\": \"%s\"},\n",
          ev->opt.bootstrap, ev->opt.seed, tone ? "item" : "document");
  if (tone)
    write_json_tone(ev, f);
  else
    write_json_quotes(ev, f);
  fputs("  \"doc_fields\": [", f);
  for (size_t i = 0; i < ev->nf; i++) {
    field_name(ev->opt.task, i, name, sizeof name);
    fprintf(f, "%s\"%s\"", i ? ", " : "", name);
  }
  fputs("],\n  \"docs\": [", f);
  for (size_t d = 0; d < ev->ndocs; d++) {
    const double *row = ev->v + d * ev->nf;
    fputs(d ? ",\n    {\"id\": " : "\n    {\"id\": ", f);
    put_json_cstr(f, ev->ids[d]);
    fputs(", \"v\": [", f);
    for (size_t i = 0; i < ev->nf; i++) {
      if (i) fputs(", ", f);
      if (tone && (i == TF_GOLD_SCORE || i == TF_PRED_SCORE))
        put_real(f, row[i]);
      else
        put_count(f, row[i]);
    }
    fputs("]}", f);
  }
  fputs(ev->ndocs ? "\n  ]\n}\n" : "]\n}\n", f);
}

/* "0.912 [0.880, 0.940]" or "0.912" without bootstrap. */
static void fmt_value_ci(char *buf, size_t n, const qs_eval *ev, size_t i) {
  char v[24], lo[24], hi[24];
  fmt_fixed(v, sizeof v, ev->metric[i], 3);
  if (isnan(ev->lo[i])) {
    snprintf(buf, n, "%s", v);
    return;
  }
  fmt_fixed(lo, sizeof lo, ev->lo[i], 3);
  fmt_fixed(hi, sizeof hi, ev->hi[i], 3);
  snprintf(buf, n, "%s [%s, %s]", v, lo, hi);
}

/* One table printer for both plain text and Markdown: rows of cells. */
typedef struct table {
  FILE *f;
  int md;
  int ncols;
  int width[8];
  int rows; /* rows printed so far */
} table;

static void trow(table *t, const char *c0, ...) {
  va_list ap;
  const char *cell = c0;
  va_start(ap, c0);
  if (t->md) fputs("|", t->f);
  for (int i = 0; i < t->ncols; i++) {
    if (t->md)
      fprintf(t->f, " %s |", cell);
    else
      fprintf(t->f, i == 0 ? "%-*s" : "  %*s", t->width[i], cell);
    if (i + 1 < t->ncols) cell = va_arg(ap, const char *);
  }
  va_end(ap);
  fputc('\n', t->f);
  if (t->md && t->rows == 0) {
    fputs("|", t->f);
    for (int i = 0; i < t->ncols; i++)
      fputs(i ? "---:|" : "---|", t->f);
    fputc('\n', t->f);
  }
  t->rows++;
}

static void heading(FILE *f, int md, const char *s) {
  if (md)
    fprintf(f, "\n### %s\n\n", s);
  else
    fprintf(f, "\n%s\n", s);
}

static void write_text_quotes(const qs_eval *ev, FILE *f, int md) {
  const double *s = ev->sum;
  char a[96], b[96], c3[96], d[96], e[96];
  for (int level = 0; level < 2; level++) {
    table t = {f, md, 5, {10, 22, 22, 22, 7}, 0};
    heading(f, md,
            level ? "Quotation level (fragments sharing a qid count once)"
                  : "Spans (fragments)");
    trow(&t, "criterion", "precision", "recall", "f1", "tp");
    for (int c = 0; c < NCRIT; c++) {
      size_t base = (size_t)(level ? MQ_QPRF : MQ_PRF) + 3 * (size_t)c;
      fmt_value_ci(a, sizeof a, ev, base);
      fmt_value_ci(b, sizeof b, ev, base + 1);
      fmt_value_ci(c3, sizeof c3, ev, base + 2);
      fmt_fixed(d, sizeof d, s[(level ? F_QTP : F_TP) + c], 0);
      trow(&t, crit_names[c], a, b, c3, d);
    }
  }
  for (int side = 0; side < 2; side++) {
    table t = {f, md, 6, {10, 7, 7, 7, 7, 7}, 0};
    heading(f, md,
            side ? "Precision by predicted type" : "Recall by gold type");
    trow(&t, "type", side ? "pred" : "gold", crit_names[0], crit_names[1],
         crit_names[2], crit_names[3]);
    for (int ty = 0; ty < NTYPE; ty++) {
      size_t base =
          (size_t)(side ? MQ_PREC_TYPE : MQ_REC_TYPE) + (size_t)ty * NCRIT;
      fmt_fixed(a, sizeof a, s[(side ? F_PTYPE : F_GTYPE) + ty], 0);
      fmt_fixed(b, sizeof b, ev->metric[base], 3);
      fmt_fixed(c3, sizeof c3, ev->metric[base + 1], 3);
      fmt_fixed(d, sizeof d, ev->metric[base + 2], 3);
      fmt_fixed(e, sizeof e, ev->metric[base + 3], 3);
      trow(&t, type_names[ty], a, b, c3, d, e);
    }
  }
  {
    table t = {f, md, 3, {30, 22, 14}, 0};
    char n1[64];
    heading(f, md, "Speakers and cues (on quotes matched at cov0.3)");
    trow(&t, "metric", "value", "count");
    fmt_value_ci(a, sizeof a, ev, MQ_SP_ACC);
    snprintf(n1, sizeof n1, "%.0f/%.0f", s[F_SP_CORRECT], s[F_SP_JUDGED]);
    trow(&t, "speaker accuracy", a, n1);
    fmt_value_ci(a, sizeof a, ev, MQ_SP_ATTR);
    snprintf(n1, sizeof n1, "%.0f/%.0f", s[F_SP_CORRECT], s[F_GOLD_SP]);
    trow(&t, "attribution recall", a, n1);
    snprintf(n1, sizeof n1, "%.0f", s[F_GOLD] - s[F_GOLD_SP]);
    trow(&t, "gold quotes without speaker", "", n1);
    fmt_value_ci(a, sizeof a, ev, MQ_CUE_ACC);
    snprintf(n1, sizeof n1, "%.0f/%.0f", s[F_CUE_CORRECT], s[F_CUE_JUDGED]);
    trow(&t, "cue accuracy", a, n1);
  }
}

static void write_text_tone(const qs_eval *ev, FILE *f, int md) {
  static const char *const top[] = {"pearson", "spearman", "accuracy",
                                    "macro_f1 (3 classes)",
                                    "macro_f1_pn (pos/neg)"};
  char a[96], b[96], c3[96], d[96];
  {
    table t = {f, md, 2, {22, 22}, 0};
    heading(f, md, "Tone");
    trow(&t, "metric", "value");
    for (int i = 0; i < MT_CLASS; i++) {
      fmt_value_ci(a, sizeof a, ev, (size_t)i);
      trow(&t, top[i], a);
    }
  }
  {
    table t = {f, md, 5, {10, 10, 10, 10, 8}, 0};
    heading(f, md, "Per class");
    trow(&t, "class", "precision", "recall", "f1", "gold");
    for (int k = 0; k < 3; k++) {
      fmt_fixed(a, sizeof a, ev->metric[MT_CLASS + 3 * k], 3);
      fmt_fixed(b, sizeof b, ev->metric[MT_CLASS + 3 * k + 1], 3);
      fmt_fixed(c3, sizeof c3, ev->metric[MT_CLASS + 3 * k + 2], 3);
      fmt_fixed(d, sizeof d, ev->cm[k][0] + ev->cm[k][1] + ev->cm[k][2], 0);
      trow(&t, labels[k], a, b, c3, d);
    }
  }
  {
    table t = {f, md, 4, {14, 9, 9, 9}, 0};
    heading(f, md, "Confusion (rows gold, columns predicted)");
    trow(&t, "gold \\ pred", labels[0], labels[1], labels[2]);
    for (int g = 0; g < 3; g++) {
      fmt_fixed(a, sizeof a, ev->cm[g][0], 0);
      fmt_fixed(b, sizeof b, ev->cm[g][1], 0);
      fmt_fixed(c3, sizeof c3, ev->cm[g][2], 0);
      trow(&t, labels[g], a, b, c3);
    }
  }
}

static void write_text(const qs_eval *ev, FILE *f, int md) {
  int tone = ev->opt.task == QS_EVAL_TONE;
  if (md)
    fprintf(f, "## quotescore eval: %s\n\n", tone ? "tone" : "quotes");
  else
    fprintf(f, "quotescore eval: %s\n", tone ? "tone" : "quotes");
  fprintf(f, "%sgold: %s\n", md ? "- " : "", ev->gold_name);
  fprintf(f, "%spredictions: %s\n", md ? "- " : "", ev->pred_name);
  if (tone)
    fprintf(f, "%sitems: %zu (with both scores: %zu)\n", md ? "- " : "",
            ev->ndocs, ev->scored);
  else
    fprintf(f,
            "%sdocuments: %zu, gold quotes: %.0f (%.0f quotations), "
            "predicted: %.0f\n",
            md ? "- " : "", ev->ndocs, ev->sum[F_GOLD], ev->sum[F_QGOLD],
            ev->sum[F_PRED]);
  if (ev->opt.bootstrap)
    fprintf(f, "%s95%% intervals: %u bootstrap resamples over %s, seed %llu\n",
            md ? "- " : "", ev->opt.bootstrap, tone ? "items" : "documents",
            ev->opt.seed);
  if (tone)
    write_text_tone(ev, f, md);
  else
    write_text_quotes(ev, f, md);
}

qs_status qs_eval_write(const qs_eval *ev, qs_report_format fmt, FILE *out,
                        qs_error *err) {
  if (!ev || !ev->finished || !out) {
    ev_error(err, QS_ERR_USAGE, NULL,
             "qs_eval_write: call qs_eval_finish first");
    return QS_ERR_USAGE;
  }
  if (fmt == QS_REPORT_JSON)
    write_json(ev, out);
  else
    write_text(ev, out, fmt == QS_REPORT_MARKDOWN);
  if (ferror(out)) {
    ev_error(err, QS_ERR_IO, NULL, "write error");
    return QS_ERR_IO;
  }
  return QS_OK;
}

/* ------------------------------------------------------------------ */
/* Paired comparison of two reports                                    */
/* ------------------------------------------------------------------ */

/* Rows of table t rearranged into our column order (NULL on a missing
 * column, with err filled). */
static double *table_rows(const qs_report_table *t, qs_eval_task task,
                          const char *name, qs_error *err) {
  size_t nf = task == QS_EVAL_TONE ? NF_TONE : NF_QUOTES;
  double *v = malloc((t->ndocs * nf + 1) * sizeof *v);
  char fname[64];
  if (!v) {
    ev_error(err, QS_ERR_NOMEM, NULL, "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < nf; i++) {
    size_t j;
    field_name(task, i, fname, sizeof fname);
    for (j = 0; j < t->nfields; j++)
      if (!strcmp(t->fields[j], fname)) break;
    if (j == t->nfields) {
      ev_error(err, QS_ERR_INPUT, NULL,
               "%.200s: doc_fields lacks \"%s\" (a report from another "
               "version?)",
               name, fname);
      free(v);
      return NULL;
    }
    for (size_t d = 0; d < t->ndocs; d++) {
      double x = t->v[d * t->nfields + j];
      if (task == QS_EVAL_TONE && (i == TF_GOLD_LABEL || i == TF_PRED_LABEL) &&
          !(x == 0 || x == 1 || x == 2)) {
        ev_error(err, QS_ERR_INPUT, NULL,
                 "%.200s: docs[%zu]: a label must be 0, 1 or 2", name, d);
        free(v);
        return NULL;
      }
      if (task == QS_EVAL_QUOTES && !(x >= 0)) {
        ev_error(err, QS_ERR_INPUT, NULL,
                 "%.200s: docs[%zu]: counts must be non-negative numbers", name,
                 d);
        free(v);
        return NULL;
      }
      v[d * nf + i] = x;
    }
  }
  return v;
}

qs_status qs_eval_compare(const char *a, size_t alen, const char *aname,
                          const char *b, size_t blen, const char *bname,
                          const qs_eval_options *opts, FILE *out,
                          qs_error *err) {
  qs_report_table ta, tb;
  qs_eval_task task;
  double *va = NULL, *vb = NULL, *ma = NULL, *mb = NULL, *draws = NULL;
  tone_scratch s;
  size_t nm, n;
  unsigned B = opts && opts->bootstrap ? opts->bootstrap : 1000;
  uint64_t seed = opts ? opts->seed : 0;
  qs_status rc;
  static const size_t quote_rows[] = {
      MQ_PRF + 2, MQ_PRF + 5, MQ_PRF + 8,  MQ_PRF + 11, MQ_PRF + 0, MQ_PRF + 1,
      MQ_PRF + 6, MQ_PRF + 7, MQ_QPRF + 8, MQ_SP_ACC,   MQ_SP_ATTR, MQ_CUE_ACC};
  static const size_t tone_rows[] = {MT_PEARSON, MT_SPEARMAN, MT_ACCURACY,
                                     MT_MACRO_F1, MT_MACRO_F1_PN};

  memset(&s, 0, sizeof s);
  memset(&tb, 0, sizeof tb);
  if ((rc = qs_json_report_table(a, alen, aname, &ta, err)) != QS_OK) return rc;
  if ((rc = qs_json_report_table(b, blen, bname, &tb, err)) != QS_OK) {
    qs_report_table_free(&ta);
    return rc;
  }
  rc = QS_ERR_INPUT;
  if (strcmp(ta.task, tb.task) ||
      (strcmp(ta.task, "quotes") && strcmp(ta.task, "tone"))) {
    ev_error(err, QS_ERR_INPUT, NULL,
             "%.150s and %.150s are not reports of the same task", aname,
             bname);
    goto out;
  }
  task = strcmp(ta.task, "tone") ? QS_EVAL_QUOTES : QS_EVAL_TONE;
  if (ta.ndocs != tb.ndocs) {
    ev_error(err, QS_ERR_INPUT, NULL,
             "%.150s has %zu documents, %.150s %zu: not the same gold", aname,
             ta.ndocs, bname, tb.ndocs);
    goto out;
  }
  for (size_t d = 0; d < ta.ndocs; d++)
    if (strcmp(ta.ids[d], tb.ids[d])) {
      ev_error(err, QS_ERR_INPUT, NULL,
               "document %zu is \"%.60s\" in %.120s but \"%.60s\" in %.120s: "
               "not the same gold",
               d + 1, ta.ids[d], aname, tb.ids[d], bname);
      goto out;
    }
  if (!(va = table_rows(&ta, task, aname, err)) ||
      !(vb = table_rows(&tb, task, bname, err))) {
    rc = err ? err->code : QS_ERR_INPUT;
    goto out;
  }
  n = ta.ndocs;
  nm = task == QS_EVAL_TONE ? NM_TONE : NM_QUOTES;
  rc = QS_ERR_NOMEM;
  ma = malloc(nm * sizeof *ma);
  mb = malloc(nm * sizeof *mb);
  draws = malloc((size_t)B * nm * sizeof *draws);
  if (!ma || !mb || !draws || scratch_init(&s, n) < 0) {
    ev_error(err, QS_ERR_NOMEM, NULL, "out of memory");
    goto out;
  }
  metrics_of_rows(task, va, NULL, n, &s, ma);
  metrics_of_rows(task, vb, NULL, n, &s, mb);
  if (n > 0 && bootstrap(task, va, vb, n, B, seed, nm, draws) < 0) {
    ev_error(err, QS_ERR_NOMEM, NULL, "out of memory");
    goto out;
  }
  fprintf(out, "paired bootstrap: A = %s, B = %s\n", aname, bname);
  fprintf(out,
          "%zu %s, %u resamples, seed %llu; p = two-sided bootstrap p-value "
          "of B - A\n\n",
          n, task == QS_EVAL_TONE ? "items" : "documents", B,
          (unsigned long long)seed);
  fprintf(out, "%-36s  %8s  %8s  %8s  %20s  %7s\n", "metric", "A", "B", "B-A",
          "95% interval of B-A", "p");
  {
    const size_t *rows = task == QS_EVAL_TONE ? tone_rows : quote_rows;
    size_t nrows = task == QS_EVAL_TONE
                       ? sizeof tone_rows / sizeof tone_rows[0]
                       : sizeof quote_rows / sizeof quote_rows[0];
    for (size_t r = 0; r < nrows; r++) {
      size_t i = rows[r];
      char name[96], xa[32], xb[32], xd[32], lo[32], hi[32], pv[32], ci[72];
      double *dr = draws + i * B, dlo = NAN, dhi = NAN, p = NAN;
      size_t le = 0, ge = 0, m = 0;
      if (n > 0) {
        for (unsigned k = 0; k < B; k++) {
          if (isnan(dr[k])) continue;
          m++;
          le += dr[k] <= 0;
          ge += dr[k] >= 0;
        }
        if (m) p = fmin(1.0, 2.0 * (double)(le < ge ? le : ge) / (double)m);
        interval(dr, B, &dlo, &dhi);
      }
      metric_name(task, i, name, sizeof name);
      fmt_fixed(xa, sizeof xa, ma[i], 4);
      fmt_fixed(xb, sizeof xb, mb[i], 4);
      fmt_fixed(xd, sizeof xd, mb[i] - ma[i], 4);
      fmt_fixed(lo, sizeof lo, dlo, 4);
      fmt_fixed(hi, sizeof hi, dhi, 4);
      fmt_fixed(pv, sizeof pv, p, 4);
      snprintf(ci, sizeof ci, "[%s, %s]", lo, hi);
      fprintf(out, "%-36s  %8s  %8s  %8s  %20s  %7s\n", name, xa, xb, xd, ci,
              pv);
    }
  }
  rc = ferror(out) ? QS_ERR_IO : QS_OK;
  if (rc != QS_OK) ev_error(err, QS_ERR_IO, NULL, "write error");
out:
  qs_report_table_free(&ta);
  qs_report_table_free(&tb);
  free(va);
  free(vb);
  free(ma);
  free(mb);
  free(draws);
  scratch_free(&s);
  return rc;
}
