/*
 * test_records.c -- JSON records in and out (json_io.c): validation errors
 * (a table of bad records in tests/data/records/bad.tsv), code-point to
 * byte offsets, NUL in text, numeric ids and qids, and qs_doc_to_json's key
 * order, carry-through and determinism.
 */
#include <math.h>

#include "test_helpers.h"

Test(records, bad_records_are_rejected_with_line_and_reason) {
  size_t len;
  char *tsv = qs_test_read(qs_test_path("tests/data/records/bad.tsv"), &len);
  char *save = NULL;
  long lineno = 0;
  int checked = 0;
  cr_assert_not_null(tsv);
  for (char *line = strtok_r(tsv, "\n", &save); line;
       line = strtok_r(NULL, "\n", &save)) {
    char *tab;
    qs_error err;
    lineno++;
    if (line[0] == '#') continue;
    tab = strchr(line, '\t');
    cr_assert_not_null(tab);
    *tab = '\0';
    qs_record *r = qs_record_parse(tab + 1, strlen(tab + 1), lineno, &err);
    cr_expect_null(r, "accepted: %s", tab + 1);
    qs_record_free(r);
    if (r) continue;
    cr_expect(err.code == QS_ERR_JSON || err.code == QS_ERR_INPUT);
    cr_expect_not_null(strstr(err.message, line), "message '%s' lacks '%s'",
                       err.message, line);
    char want[32];
    snprintf(want, sizeof want, "line %ld", lineno);
    cr_expect_not_null(strstr(err.message, want), "'%s' lacks '%s'",
                       err.message, want);
    cr_expect_eq(err.line, lineno);
    checked++;
  }
  cr_expect_geq(checked, 20);
  free(tsv);
}

Test(records, offsets_bytes_and_text) {
  /* "Zoë said “hi” then left." : ë and the curly marks are multibyte. */
  const char *line =
      "{\"id\": 7, \"text\": \"Zo\xC3\xAB said \xE2\x80\x9Chi\xE2\x80\x9D "
      "then left.\", \"quotes\": [{\"start\": 10, \"end\": 12, \"type\": "
      "\"mixed\", \"speaker\": \"Zo\xC3\xAB\", \"speaker_start\": 0, "
      "\"speaker_end\": 3, \"speaker_kind\": \"person\", \"qid\": 3, "
      "\"tone\": {\"label\": \"positive\"}, \"confidence\": null}], "
      "\"outlet\": \"Tide\"}";
  qs_error err;
  qs_record *r = qs_record_parse(line, strlen(line), 1, &err);
  qs_quote_view v;
  size_t len;
  cr_assert_not_null(r, "%s", err.message);
  cr_expect_str_eq(qs_record_id(r), "7");
  cr_expect_eq(qs_record_length(r), 24);
  qs_record_text(r, &len);
  cr_expect_eq(len, 29);
  cr_assert_eq(qs_record_quote_count(r), 1);
  qs_record_quote(r, 0, &v);
  cr_expect_eq(v.byte_start, 13);
  cr_expect_eq(v.byte_end, 15);
  cr_expect_str_eq(v.text, "hi");
  cr_expect_eq(v.type, QS_PARTIAL);
  cr_expect_eq(v.speaker_kind, QS_SPEAKER_PERSON);
  cr_expect_str_eq(v.qid, "3");
  cr_expect_eq(v.part, 0);
  cr_expect_eq(v.nparts, 1);
  cr_expect_eq(v.cue_start, -1);
  cr_expect_null(v.cue);
  cr_expect_eq(v.paragraph, -1);
  cr_expect_eq(qs_record_tone(r, NULL, NULL), 0);
  cr_expect_eq(qs_record_quote(r, 1, &v), -1);
  qs_record_free(r);
}

Test(records, nul_in_text_keeps_its_length) {
  const char line[] =
      "{\"id\": \"n\", \"text\": \"a\\u0000b\", \"score\": 0.5, "
      "\"label\": \"positive\"}";
  qs_error err;
  size_t len;
  double s;
  const char *l;
  qs_record *r = qs_record_parse(line, sizeof line - 1, 1, &err);
  cr_assert_not_null(r, "%s", err.message);
  const char *t = qs_record_text(r, &len);
  cr_expect_eq(len, 3);
  cr_expect_eq(t[1], '\0');
  cr_expect_eq(qs_record_length(r), 3);
  cr_expect_eq(qs_record_tone(r, &s, &l), 1);
  cr_expect(s == 0.5);
  cr_expect_str_eq(l, "positive");
  qs_record_free(r);
}

Test(records, input_need_not_be_nul_terminated) {
  char buf[64];
  const char *src = "{\"id\":\"a\",\"text\":\"xy\"}";
  qs_error err;
  memcpy(buf, src, strlen(src));
  memset(buf + strlen(src), '}', 8); /* garbage after the record */
  qs_record *r = qs_record_parse(buf, strlen(src), 1, &err);
  cr_assert_not_null(r, "%s", err.message);
  qs_record_free(r);
}

Test(records, text_optional_flag) {
  const char *line = "{\"id\": \"p\", \"quotes\": [{\"start\": 3, \"end\": 90, "
                     "\"type\": \"direct\", \"text\": \"abc\"}]}";
  qs_error err;
  qs_quote_view v;
  cr_expect_null(qs_record_parse(line, strlen(line), 1, &err));
  qs_record *r =
      qs_record_parse_ex(line, strlen(line), 1, QS_RECORD_TEXT_OPTIONAL, &err);
  cr_assert_not_null(r, "%s", err.message);
  cr_expect_eq(qs_record_length(r), -1);
  qs_record_quote(r, 0, &v);
  cr_expect_eq(v.byte_start, -1);
  cr_expect_str_eq(v.text, "abc");
  qs_record_free(r);
}

Test(records, doc_to_json_order_and_carry_through) {
  const char *line =
      "{\"outlet\": \"Harbor Times\", \"id\": \"d1\", \"date\": "
      "\"2024-05-01\", "
      "\"quotes\": [], \"text\": \"\xE2\x80\x9CWe are ready,\xE2\x80\x9D "
      "said Mayor Ana Ortiz.\", \"framing\": [1], \"meta\": {\"b\": 1, "
      "\"a\": [true, null]}}";
  qs_error err;
  qs_record *r = qs_record_parse(line, strlen(line), 1, &err);
  cr_assert_not_null(r, "%s", err.message);
  qs_engine *eng = qs_test_engine();
  size_t len;
  const char *text = qs_record_text(r, &len);
  qs_doc *doc = qs_doc_analyze(eng, qs_record_id(r), text, len, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  char *a = qs_doc_to_json(doc, r, 1, &err);
  char *b = qs_doc_to_json(doc, r, 1, &err);
  char *c = qs_doc_to_json(doc, r, 0, &err);
  cr_assert_not_null(a, "%s", err.message);
  cr_assert_not_null(b);
  cr_assert_not_null(c);
  cr_expect_str_eq(a, b);
  const char *prefix =
      "{\"id\":\"d1\",\"outlet\":\"Harbor Times\",\"date\":\"2024-05-01\","
      "\"meta\":{\"b\":1,\"a\":[true,null]},\"text\":\"\xE2\x80\x9CWe are "
      "ready,\xE2\x80\x9D said Mayor Ana Ortiz.\",\"quotes\":[";
  cr_expect_eq(strncmp(a, prefix, strlen(prefix)), 0, "got %s", a);
  cr_expect_null(strstr(c, "\"text\":\"\xE2\x80\x9C"), "no text: %s", c);
  cr_expect_null(strchr(a, '\n'));
  /* Quote keys in the documented order. */
  static const char *const keys[] = {
      "{\"start\":",         ",\"end\":",
      ",\"byte_start\":",    ",\"byte_end\":",
      ",\"text\":",          ",\"type\":",
      ",\"speaker\":",       ",\"speaker_mention\":",
      ",\"speaker_start\":", ",\"speaker_end\":",
      ",\"speaker_kind\":",  ",\"speaker_role\":",
      ",\"cue\":",           ",\"cue_start\":",
      ",\"cue_end\":",       ",\"confidence\":",
      ",\"rule\":",          ",\"paragraph\":"};
  if (qs_doc_quote_count(doc) > 0) {
    const char *p = a + strlen(prefix);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
      const char *k = strstr(p, keys[i]);
      cr_assert_not_null(k, "key %s missing or out of order in %s", keys[i], a);
      p = k + strlen(keys[i]);
    }
  }
  const char *tail = "],\"framing\":[]}";
  cr_expect_str_eq(a + strlen(a) - strlen(tail), tail);
  free(a);
  free(b);
  free(c);
  qs_doc_free(doc);
  qs_engine_free(eng);
  qs_record_free(r);
}

Test(records, error_to_json) {
  qs_error err;
  qs_error_clear(&err);
  err.code = QS_ERR_INPUT;
  err.offset = 4;
  snprintf(err.message, sizeof err.message, "bad \"thing\"");
  char *s = qs_error_to_json(&err, "x\xC3", 3); /* id cut mid-character */
  cr_assert_not_null(s);
  cr_expect_str_eq(s,
                   "{\"id\":\"x?\",\"line\":3,\"error\":\"bad \\\"thing\\\"\","
                   "\"offset\":4}");
  free(s);
  s = qs_error_to_json(&err, NULL, 0);
  cr_expect_str_eq(s, "{\"id\":null,\"line\":null,\"error\":\"bad "
                      "\\\"thing\\\"\",\"offset\":4}");
  free(s);
}
