/*
 * test_eval_metrics.c -- every evaluation metric pinned on hand-computed
 * cases.  The cases are data: tests/data/eval/quotes.{gold,pred}.jsonl,
 * tone-*.{gold,pred}.jsonl and the expectations in expect.tsv (case, metric,
 * value), read through the public API exactly as `quotescore eval` reads
 * them.  Also: reports are reproducible byte for byte, and --compare of a
 * report with itself finds no difference.
 */
#include <math.h>

#include "test_helpers.h"

#define MAX_RECS 64

typedef struct recs {
  qs_record *r[MAX_RECS];
  size_t n;
} recs;

static void load(const char *rel, unsigned flags, recs *out) {
  qs_error err;
  qs_reader *rd =
      qs_reader_open(qs_test_path(rel), QS_FORMAT_JSONL, flags, &err);
  cr_assert_not_null(rd, "%s: %s", rel, err.message);
  out->n = 0;
  for (;;) {
    qs_record *rec;
    int rc = qs_reader_next(rd, &rec, &err);
    cr_assert_geq(rc, 0, "%s: %s", rel, err.message);
    if (rc == 0) break;
    cr_assert_lt(out->n, MAX_RECS);
    out->r[out->n++] = rec;
  }
  qs_reader_close(rd);
}

static void unload(recs *r) {
  for (size_t i = 0; i < r->n; i++)
    qs_record_free(r->r[i]);
  r->n = 0;
}

static qs_record *find(const recs *r, const char *id) {
  for (size_t i = 0; i < r->n; i++)
    if (!strcmp(qs_record_id(r->r[i]), id)) return r->r[i];
  return NULL;
}

static size_t views(const qs_record *rec, qs_quote_view *v, size_t cap) {
  size_t n = rec ? qs_record_quote_count(rec) : 0;
  cr_assert_leq(n, cap);
  for (size_t i = 0; i < n; i++)
    qs_record_quote(rec, i, &v[i]);
  return n;
}

/* Evaluates gold record `id` alone against its prediction. */
static qs_eval *eval_quotes_case(const recs *gold, const recs *pred,
                                 const char *id, unsigned bootstrap) {
  qs_eval_options o = {QS_EVAL_QUOTES, bootstrap, 7, NULL, "gold", "pred"};
  qs_error err;
  qs_quote_view gv[32], pv[32];
  const qs_record *g = find(gold, id);
  cr_assert_not_null(g, "no gold case %s", id);
  qs_eval *ev = qs_eval_new(&o, &err);
  cr_assert_not_null(ev);
  size_t len;
  const char *text = qs_record_text(g, &len);
  size_t ng = views(g, gv, 32), np = views(find(pred, id), pv, 32);
  cr_assert_eq(qs_eval_add_quotes(ev, id, text, len, gv, ng, pv, np, &err),
               QS_OK, "%s", err.message);
  cr_assert_eq(qs_eval_finish(ev, &err), QS_OK);
  return ev;
}

static qs_eval *eval_tone_case(const char *name, unsigned bootstrap) {
  char gp[256], pp[256];
  recs gold, pred;
  qs_eval_options o = {QS_EVAL_TONE, bootstrap, 7, NULL, "gold", "pred"};
  qs_error err;
  snprintf(gp, sizeof gp, "tests/data/eval/%s.gold.jsonl", name);
  snprintf(pp, sizeof pp, "tests/data/eval/%s.pred.jsonl", name);
  load(gp, 0, &gold);
  load(pp, QS_RECORD_TEXT_OPTIONAL, &pred);
  qs_eval *ev = qs_eval_new(&o, &err);
  cr_assert_not_null(ev);
  for (size_t i = 0; i < gold.n; i++) {
    double gs, ps;
    const char *gl, *pl;
    size_t len;
    const char *text = qs_record_text(gold.r[i], &len);
    const qs_record *p = find(&pred, qs_record_id(gold.r[i]));
    cr_assert_not_null(p);
    cr_assert(qs_record_tone(gold.r[i], &gs, &gl));
    cr_assert(qs_record_tone(p, &ps, &pl));
    cr_assert_eq(qs_eval_add_tone(ev, qs_record_id(gold.r[i]), text, len, gs,
                                  gl, ps, pl, &err),
                 QS_OK, "%s", err.message);
  }
  cr_assert_eq(qs_eval_finish(ev, &err), QS_OK);
  unload(&gold);
  unload(&pred);
  return ev;
}

Test(eval_metrics, hand_computed_cases) {
  recs gold, pred;
  size_t len;
  char *tsv = qs_test_read(qs_test_path("tests/data/eval/expect.tsv"), &len);
  int checked = 0;
  cr_assert_not_null(tsv, "tests/data/eval/expect.tsv missing");
  load("tests/data/eval/quotes.gold.jsonl", 0, &gold);
  load("tests/data/eval/quotes.pred.jsonl", QS_RECORD_TEXT_OPTIONAL, &pred);
  char *save = NULL;
  for (char *line = strtok_r(tsv, "\n", &save); line;
       line = strtok_r(NULL, "\n", &save)) {
    char *c1, *c2, *end;
    if (line[0] == '#' || !line[0]) continue;
    c1 = strchr(line, '\t');
    cr_assert_not_null(c1, "bad expect line: %s", line);
    *c1++ = '\0';
    c2 = strchr(c1, '\t');
    cr_assert_not_null(c2, "bad expect line: %s", line);
    *c2++ = '\0';
    double want = strtod(c2, &end), got;
    cr_assert(end != c2, "bad value: %s", c2);
    qs_eval *ev;
    if (!strncmp(line, "quotes:", 7))
      ev = eval_quotes_case(&gold, &pred, line + 7, 0);
    else if (!strncmp(line, "tone:", 5))
      ev = eval_tone_case(line + 5, 0);
    else
      cr_assert_fail("bad case name %s", line);
    cr_assert_eq(qs_eval_metric(ev, c1, &got), 0, "unknown metric %s", c1);
    cr_expect(fabs(got - want) < 5e-6, "%s: %s = %.6f, expected %.6f", line, c1,
              got, want);
    cr_expect(got >= -1.0 && got <= 1.0);
    qs_eval_free(ev);
    checked++;
  }
  cr_expect_geq(checked, 60, "only %d expectations read", checked);
  unload(&gold);
  unload(&pred);
  free(tsv);
}

Test(eval_metrics, unknown_metric_is_reported) {
  qs_eval *ev = eval_tone_case("tone-labels", 0);
  double v;
  cr_expect_eq(qs_eval_metric(ev, "tone.nope", &v), -1);
  cr_expect_eq(qs_eval_metric(ev, "quotes.exact.f1", &v), -1);
  qs_eval_free(ev);
}

/* Writes a report into a malloc'd buffer. */
static char *report_text(const qs_eval *ev, qs_report_format fmt, size_t *n) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, n);
  qs_error err;
  cr_assert_not_null(f);
  cr_assert_eq(qs_eval_write(ev, fmt, f, &err), QS_OK);
  fclose(f);
  return buf;
}

Test(eval_metrics, reports_are_reproducible) {
  recs gold, pred;
  load("tests/data/eval/quotes.gold.jsonl", 0, &gold);
  load("tests/data/eval/quotes.pred.jsonl", QS_RECORD_TEXT_OPTIONAL, &pred);
  for (qs_report_format fmt = QS_REPORT_TABLE; fmt <= QS_REPORT_JSON; fmt++) {
    qs_eval *a = eval_quotes_case(&gold, &pred, "speakers", 200);
    qs_eval *b = eval_quotes_case(&gold, &pred, "speakers", 200);
    size_t na, nb;
    char *ta = report_text(a, fmt, &na), *tb = report_text(b, fmt, &nb);
    cr_expect_eq(na, nb);
    cr_expect(na == nb && !memcmp(ta, tb, na), "report %d differs", (int)fmt);
    free(ta);
    free(tb);
    qs_eval_free(a);
    qs_eval_free(b);
  }
  unload(&gold);
  unload(&pred);
}

Test(eval_metrics, json_report_has_documented_keys) {
  qs_eval *q = eval_tone_case("tone-scores", 100);
  size_t n;
  char *t = report_text(q, QS_REPORT_JSON, &n);
  static const char *const keys[] = {"\"schema\": \"quotescore-eval/1\"",
                                     "\"task\": \"tone\"",
                                     "\"pearson\": 0.774597",
                                     "\"spearman\": 0.737865",
                                     "\"accuracy\": 0.400000",
                                     "\"macro_f1\": 0.388889",
                                     "\"confusion\"",
                                     "\"doc_fields\"",
                                     "\"docs\""};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    cr_expect_not_null(strstr(t, keys[i]), "missing %s", keys[i]);
  free(t);
  qs_eval_free(q);
}

Test(eval_metrics, compare_of_a_report_with_itself) {
  recs gold, pred;
  load("tests/data/eval/quotes.gold.jsonl", 0, &gold);
  load("tests/data/eval/quotes.pred.jsonl", QS_RECORD_TEXT_OPTIONAL, &pred);
  qs_eval *a = eval_quotes_case(&gold, &pred, "fragments", 50);
  size_t n, m;
  char *ja = report_text(a, QS_REPORT_JSON, &n);
  char *out = NULL;
  FILE *f = open_memstream(&out, &m);
  qs_eval_options o = {QS_EVAL_QUOTES, 100, 3, NULL, NULL, NULL};
  qs_error err;
  cr_assert_eq(qs_eval_compare(ja, n, "a.json", ja, n, "a.json", &o, f, &err),
               QS_OK, "%s", err.message);
  fclose(f);
  cr_expect_not_null(strstr(out, "quotes.cov0.3.f1"));
  cr_expect_not_null(strstr(out, "1.0000"), "p-value 1 expected:\n%s", out);
  cr_expect_null(strstr(out, "0.0100"));
  /* A report of another task is refused. */
  qs_eval *t = eval_tone_case("tone-labels", 0);
  size_t nt;
  char *jt = report_text(t, QS_REPORT_JSON, &nt);
  free(out);
  out = NULL;
  FILE *g = open_memstream(&out, &m);
  cr_expect_neq(qs_eval_compare(ja, n, "a.json", jt, nt, "t.json", &o, g, &err),
                QS_OK);
  fclose(g);
  free(out);
  free(ja);
  free(jt);
  qs_eval_free(a);
  qs_eval_free(t);
  unload(&gold);
  unload(&pred);
}

Test(eval_metrics, offsets_outside_the_text_are_rejected) {
  qs_eval_options o = {QS_EVAL_QUOTES, 0, 1, NULL, NULL, NULL};
  qs_error err;
  qs_eval *ev = qs_eval_new(&o, &err);
  qs_quote_view g;
  memset(&g, 0, sizeof g);
  g.start = 2;
  g.end = 9; /* the text has 5 code points */
  g.speaker_start = g.speaker_end = g.cue_start = g.cue_end = -1;
  cr_expect_eq(
      qs_eval_add_quotes(ev, "x", "h\xC3\xA9llo", 6, &g, 1, NULL, 0, &err),
      QS_ERR_INPUT);
  cr_expect_not_null(strstr(err.message, "outside"), "%s", err.message);
  qs_eval_free(ev);
}
