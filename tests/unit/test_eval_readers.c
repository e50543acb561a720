/*
 * test_eval_readers.c -- the readers of public formats (VADER ground-truth
 * TSV, NewsMTSC JSONL raw and converted, brat standoff) on tiny invented
 * files in tests/data/eval/formats/, converted to records.
 */
#include <math.h>

#include "test_helpers.h"

/* Reads every record of a file; returns the count. */
static size_t read_all(const char *rel, qs_file_format fmt, qs_record **out,
                       size_t cap) {
  qs_error err;
  qs_reader *rd = qs_reader_open(qs_test_path(rel), fmt, 0, &err);
  size_t n = 0;
  cr_assert_not_null(rd, "%s: %s", rel, err.message);
  for (;;) {
    qs_record *rec;
    int rc = qs_reader_next(rd, &rec, &err);
    cr_assert_geq(rc, 0, "%s: %s: %s", rel, err.where, err.message);
    if (!rc) break;
    cr_assert_lt(n, cap);
    out[n++] = rec;
  }
  qs_reader_close(rd);
  return n;
}

static void check_tone(const qs_record *r, const char *id, double score,
                       const char *label) {
  double s;
  const char *l;
  cr_expect_str_eq(qs_record_id(r), id);
  cr_assert(qs_record_tone(r, &s, &l));
  cr_expect(fabs(s - score) < 1e-12, "%s: score %f, want %f", id, s, score);
  cr_expect_str_eq(l, label, "%s", id);
}

Test(eval_readers, vader_tsv) {
  qs_record *r[8];
  size_t n =
      read_all("tests/data/eval/formats/vader.tsv", QS_FORMAT_VADER_TSV, r, 8);
  size_t len;
  cr_assert_eq(n, 4, "header skipped, four items (got %zu)", n);
  check_tone(r[0], "1_1", 0.65, "positive");
  check_tone(r[1], "1_2", -0.05, "negative"); /* -0.05 is the boundary */
  check_tone(r[2], "1_3", 0.025, "neutral");
  check_tone(r[3], "1_4", -0.85, "negative");
  cr_expect_str_eq(qs_record_text(r[1], &len),
                   "The timetable changed\tagain on Sunday.");
  for (size_t i = 0; i < n; i++)
    qs_record_free(r[i]);
}

Test(eval_readers, newsmtsc_raw_and_converted) {
  qs_record *r[8];
  size_t n = read_all("tests/data/eval/formats/newsmtsc.jsonl",
                      QS_FORMAT_NEWSMTSC, r, 8);
  size_t len;
  cr_assert_eq(n, 4, "one record per target (got %zu)", n);
  check_tone(r[0], "demo_1_Mira Holt", 1.0, "positive");
  check_tone(r[1], "demo_1_Sam Ekwe", -1.0, "negative");
  check_tone(r[2], "demo_2#0", 0.0, "neutral");
  check_tone(r[3], "demo_3", -1.0, "negative");
  cr_expect_str_eq(qs_record_text(r[1], &len),
                   "Councillor Mira Holt praised the plan, while Sam Ekwe "
                   "doubted it.");
  for (size_t i = 0; i < n; i++)
    qs_record_free(r[i]);
}

Test(eval_readers, brat_standoff) {
  qs_record *r[2];
  size_t n =
      read_all("tests/data/eval/formats/brat/harbor.ann", QS_FORMAT_BRAT, r, 2);
  qs_quote_view v;
  cr_assert_eq(n, 1);
  cr_expect_str_eq(qs_record_id(r[0]), "harbor");
  cr_assert_eq(qs_record_quote_count(r[0]), 4);
  /* Event E1: indirect, source and cue. */
  qs_record_quote(r[0], 0, &v);
  cr_expect_eq(v.start, 0);
  cr_expect_eq(v.end, 37);
  cr_expect_eq(v.type, QS_INDIRECT);
  cr_expect_str_eq(v.speaker, "Mayor Ines Dahl");
  cr_expect_eq(v.speaker_start, 39);
  cr_expect_str_eq(v.cue, "said");
  cr_expect_str_eq(v.qid, "E1");
  /* Event E2: a discontinuous direct quote -> two fragments, marks off. */
  qs_record_quote(r[0], 1, &v);
  cr_expect_eq(v.start, 72);
  cr_expect_eq(v.end, 84);
  cr_expect_str_eq(v.text, "We listened,");
  cr_expect_eq(v.type, QS_DIRECT);
  cr_expect_str_eq(v.qid, "E2");
  cr_expect_eq(v.part, 0);
  cr_expect_eq(v.nparts, 2);
  qs_record_quote(r[0], 2, &v);
  cr_expect_str_eq(v.text, "The ferry stays.");
  cr_expect_eq(v.part, 1);
  cr_expect_str_eq(v.speaker, "she");
  /* Relation R1: content holding marks -> mixed, source, no cue. */
  qs_record_quote(r[0], 3, &v);
  cr_expect_str_eq(v.text, "the decision \xE2\x80\x9C"
                           "expensive\xE2\x80\x9D");
  cr_expect_eq(v.type, QS_PARTIAL);
  cr_expect_str_eq(v.speaker, "Critics");
  cr_expect_null(v.cue);
  cr_expect_eq(v.cue_start, -1);
  qs_record_free(r[0]);
}

Test(eval_readers, errors_name_file_and_line) {
  qs_error err;
  qs_record *rec;
  qs_reader *rd;
  /* A brat path that is not .ann */
  rd = qs_reader_open(qs_test_path("tests/data/eval/formats/brat/harbor.txt"),
                      QS_FORMAT_BRAT, 0, &err);
  cr_assert_not_null(rd);
  cr_expect_lt(qs_reader_next(rd, &rec, &err), 0);
  qs_reader_close(rd);
  /* A missing file */
  rd = qs_reader_open(qs_test_path("tests/data/eval/formats/none.jsonl"),
                      QS_FORMAT_JSONL, 0, &err);
  cr_expect_null(rd);
  cr_expect_eq(err.code, QS_ERR_IO);
  /* A VADER file read as JSONL fails on line 1 */
  rd = qs_reader_open(qs_test_path("tests/data/eval/formats/vader.tsv"),
                      QS_FORMAT_JSONL, 0, &err);
  cr_assert_not_null(rd);
  cr_expect_eq(qs_reader_next(rd, &rec, &err), QS_ERR_JSON);
  cr_expect_eq(err.line, 1);
  cr_expect_not_null(strstr(err.where, "vader.tsv"), "%s", err.where);
  qs_reader_close(rd);
}

Test(eval_readers, format_names) {
  qs_file_format f;
  cr_expect_eq(qs_file_format_parse("brat", &f), 0);
  cr_expect_eq(f, QS_FORMAT_BRAT);
  cr_expect_eq(qs_file_format_parse("vader-tsv", &f), 0);
  cr_expect_eq(f, QS_FORMAT_VADER_TSV);
  cr_expect_eq(qs_file_format_parse("csv", &f), -1);
}
