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

/* The two ways a record line is parsed -- yajl finding a long "text" and
 * jansson parsing the rest, or jansson alone (QS_RECORD_JANSSON_ONLY) --
 * must give the same record or the same error, byte for byte. */
static void expect_same_parse(const char *line, size_t n, unsigned flags) {
  qs_error e1, e2;
  qs_record *a = qs_record_parse_ex(line, n, 3, flags, &e1);
  qs_record *b =
      qs_record_parse_ex(line, n, 3, flags | QS_RECORD_JANSSON_ONLY, &e2);
  cr_expect_eq(a == NULL, b == NULL, "one path accepts, one refuses: %.80s",
               line);
  if (!a || !b) {
    if (!a && !b) {
      cr_expect_eq(e1.code, e2.code);
      cr_expect_eq(e1.offset, e2.offset, "%s | %s", e1.message, e2.message);
      cr_expect_str_eq(e1.message, e2.message);
    }
    qs_record_free(a);
    qs_record_free(b);
    return;
  }
  size_t la, lb;
  const char *ta = qs_record_text(a, &la), *tb = qs_record_text(b, &lb);
  cr_expect_str_eq(qs_record_id(a), qs_record_id(b));
  cr_expect_eq(la, lb);
  cr_expect(la == lb && memcmp(ta, tb, la) == 0, "texts differ: %.80s", line);
  cr_expect_eq(qs_record_length(a), qs_record_length(b));
  qs_engine *eng = qs_test_engine();
  qs_error err;
  qs_doc *doc = qs_doc_analyze(eng, qs_record_id(a), ta, la, NULL, &err);
  if (doc) {
    char *ja = qs_doc_to_json(doc, a, 1, &err);
    char *jb = qs_doc_to_json(doc, b, 1, &err);
    cr_expect(ja && jb && strcmp(ja, jb) == 0, "outputs differ:\n%s\n%s", ja,
              jb);
    free(ja);
    free(jb);
    qs_doc_free(doc);
  }
  qs_engine_free(eng);
  qs_record_free(a);
  qs_record_free(b);
}

Test(records, fast_text_path_agrees_with_jansson) {
  /* A text long enough for the fast path, then variations around it. */
  char body[400];
  for (size_t i = 0; i < sizeof body - 1; i++)
    body[i] = "The mayor said the port would stay open. "[i % 41];
  body[sizeof body - 1] = '\0';
  static const char *const shapes[] = {
      "{\"id\": \"a\", \"text\": \"%s\"}",
      "{\"text\": \"%s\", \"id\": 7, \"meta\": {\"text\": 1, \"x\": [1.5, "
      "-0.0, 2.5e10, -12]}}",
      "{\"id\": \"a\", \"text\": \"%s\", \"x\": 1e400}",
      "{\"id\": \"a\", \"text\": \"%s\", \"x\": 12345678901234567890}",
      "{ \"id\" : \"a\" ,\t\"text\"\r\n:\n \"%s\" , \"n\": null }",
      "{\"id\": \"a\", \"te\\u0078t\": \"%s\"}",
      "{\"id\": \"a\", \"text\": \"\\u00e9\\\"\\\\\\/\\b\\f\\n\\r\\t%s\"}",
      "{\"id\": \"a\", \"text\": \"%s\\u0000 end\"}",
      "{\"id\": \"a\", \"text\": \"%s \\ud83d\\ude00\"}",
      "{\"id\": \"a\", \"text\": \"%s \\ud83d\"}",
      "{\"id\": \"a\", \"text\": \"%s \\udc00x\"}",
      "{\"id\": \"a\", \"text\": \"%s\", \"text\": \"again\"}",
      "{\"id\": \"a\", \"text\": \"%s\", \"id\": \"b\"}",
      "{\"id\": \"a\", \"text\": \"%s\"} trailing",
      "{\"id\": \"a\", \"text\": \"%s\"",
      "{\"id\": \"a\", \"text\": \"%s\", \"bad\": tru}",
      "{\"id\": \"a\", \"text\": \"%s\", \"bad\": [1,]}",
      "{\"id\": \"a\", \"text\": \"%s \xC0\xAF overlong\"}",
      "{\"id\": \"a\", \"text\": \"%s \xED\xA0\x80 surrogate\"}",
      "{\"id\": \"a\", \"text\": \"%s \xF4\x90\x80\x80 too high\"}",
      "{\"id\": \"a\", \"text\": \"%s \xE2\x80\x9Cquoted\xE2\x80\x9D\"}",
      "{\"id\": \"a\", \"text\": \"%s raw\ttab\"}",
      "{\"id\": \"a\", \"text\": [\"%s\"]}",
      "{\"id\": \"a\", \"text\": \"%s\", \"quotes\": [{\"start\": 4, "
      "\"end\": 9, \"type\": \"direct\"}]}",
      "[\"%s\"]",
      "{\"id\": \"a\", \"text\": \"%s\", \"deep\": {\"a\": {\"b\": "
      "[[[[[[[[[[1]]]]]]]]]]}}}",
      "{\"id\": \"a\", \"text\": \"%s\", \"deep\": [[[[[1]]]]}",
      /* the other members, as the yajl builder makes them */
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": {\"s\": \"x\\u00e9\\n\", "
      "\"t\": true, \"f\": false, \"z\": null, \"e\": {}, \"a\": [], "
      "\"n\": -42, \"big\": 9223372036854775807, \"text\": \"inner\"}}",
      "{\"id\": \"a\", \"text\": \"%s\", \"x\": -9223372036854775808}",
      "{\"id\": \"a\", \"text\": \"%s\", \"x\": 9223372036854775808}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": {\"k\": 1, \"k\": 2}}",
      "{\"id\": \"a\", \"text\": \"%s\", \"a\\u0000b\": 1}",
      "{\"id\": \"a\", \"text\": \"%s\", \"\xC0\xAF\": 1}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": [\"\xED\xA0\x80\"]}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": \"\\ud83d\\ude00\"}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": \"x\\u0000y\"}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": 0.5}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": 1E2}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": 01}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": \"raw\x01ctl\"}",
      "{\"id\": \"a\", \"text\": \"%s\"}\"}", /* unfinished tokens after it */
      "{\"id\": \"a\", \"text\": \"%s\"} tru",
      "{\"id\": \"a\", \"text\": \"%s\"} {\"a\": 1}",
      "{\"id\": \"a\", \"text\": \"%s\"} \r\n\t",
      "{\"id\": \"a\",\f\"text\": \"%s\"}", /* yajl's blanks, not JSON's */
      "{\"id\": \"a\", \"text\":\v\"%s\"}",
      "{\"id\": \"a\", \"text\": \"%s\", \"m\": [1, {\"b\": [true, "
      "\"s\", {\"c\": null}]}, \"end\"]}",
  };
  char line[1536];
  int n_fast = 0;
  for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
    int w = snprintf(line, sizeof line, shapes[k], body);
    cr_assert(w > 0 && (size_t)w < sizeof line);
    expect_same_parse(line, (size_t)w, 0);
    expect_same_parse(line, (size_t)w, QS_RECORD_REPAIR_UTF8);
    qs_error err;
    qs_record *r = qs_record_parse(line, (size_t)w, 1, &err);
    n_fast += r != NULL;
    qs_record_free(r);
  }
  /* accepted records were compared too, not only refusals */
  cr_expect_geq(n_fast, 18, "accepted %d", n_fast); /* 10 + 8 new */
  /* nesting around and past the builder's depth limit */
  for (int depth = 60; depth <= 70; depth += 5) {
    int w = snprintf(line, sizeof line,
                     "{\"id\": \"a\", \"text\": \"%s\", \"d\": ", body);
    for (int k = 0; k < depth; k++)
      line[w++] = '[';
    line[w++] = '1';
    for (int k = 0; k < depth; k++)
      line[w++] = ']';
    line[w++] = '}';
    expect_same_parse(line, (size_t)w, 0);
  }
}
