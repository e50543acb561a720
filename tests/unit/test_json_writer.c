/*
 * test_json_writer.c -- qs_doc_to_json writes its line directly, not through
 * a jansson tree.  These tests hold it to jansson: tricky strings (every
 * control character, quotes, backslashes, DEL, non-ASCII, U+2028/9, NUL)
 * round-trip through jansson's parser, and whole lines are byte-identical to
 * what json_dumps(JSON_COMPACT | JSON_REAL_PRECISION(6)) makes of the same
 * values built as a jansson tree (the serialiser the writer replaced).
 */
#include <jansson.h>
#include <math.h>

#include "test_helpers.h"

/* The reference: the document as a jansson tree, dumped by jansson. */
static json_t *ref_str(const char *s, size_t n) {
  return s ? json_stringn(s, n) : json_null();
}

static json_t *ref_off(long x) { return x < 0 ? json_null() : json_integer(x); }

static char *reference_line(const qs_doc *doc, const char *rec_line,
                            int with_text) {
  json_t *o = json_object(), *quotes = json_array();
  json_t *in = NULL;
  if (rec_line) {
    json_error_t jerr;
    in = json_loads(rec_line, JSON_ALLOW_NUL, &jerr);
    cr_assert_not_null(in, "%s", jerr.text);
    json_t *id = json_object_get(in, "id");
    json_object_set(o, "id", id);
    const char *key;
    json_t *val;
    json_object_foreach(in, key, val) {
      if (strcmp(key, "id") && strcmp(key, "text") && strcmp(key, "quotes") &&
          strcmp(key, "framing"))
        json_object_set(o, key, val);
    }
    if (with_text) json_object_set(o, "text", json_object_get(in, "text"));
  } else {
    json_object_set_new(o, "id", json_string(qs_doc_id(doc)));
    if (with_text) {
      size_t tl;
      const char *t = qs_doc_text(doc, &tl);
      json_object_set_new(o, "text", json_stringn(t, tl));
    }
  }
  json_object_set_new(o, "quotes", quotes);
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view v;
    cr_assert_eq(qs_doc_quote(doc, i, &v), 0);
    json_t *q = json_object();
    const char *kind = qs_speaker_kind_name(v.speaker_kind);
    json_object_set_new(q, "start", json_integer(v.start));
    json_object_set_new(q, "end", json_integer(v.end));
    json_object_set_new(q, "byte_start", ref_off(v.byte_start));
    json_object_set_new(q, "byte_end", ref_off(v.byte_end));
    json_object_set_new(q, "text",
                        ref_str(v.text, (size_t)(v.byte_end - v.byte_start)));
    json_object_set_new(q, "type", json_string(qs_quote_type_name(v.type)));
    json_object_set_new(q, "speaker",
                        ref_str(v.speaker, v.speaker ? strlen(v.speaker) : 0));
    json_object_set_new(
        q, "speaker_mention",
        ref_str(v.speaker_mention,
                v.speaker_mention ? strlen(v.speaker_mention) : 0));
    json_object_set_new(q, "speaker_start", ref_off(v.speaker_start));
    json_object_set_new(q, "speaker_end", ref_off(v.speaker_end));
    json_object_set_new(q, "speaker_kind",
                        kind ? json_string(kind) : json_null());
    json_object_set_new(
        q, "speaker_role",
        ref_str(v.speaker_role, v.speaker_role ? strlen(v.speaker_role) : 0));
    json_object_set_new(q, "cue", ref_str(v.cue, v.cue ? strlen(v.cue) : 0));
    json_object_set_new(q, "cue_start", ref_off(v.cue_start));
    json_object_set_new(q, "cue_end", ref_off(v.cue_end));
    json_object_set_new(q, "confidence",
                        json_real(round(v.confidence * 1000.0) / 1000.0));
    json_object_set_new(q, "rule", json_string(v.rule));
    json_object_set_new(q, "paragraph", ref_off(v.paragraph));
    json_array_append_new(quotes, q);
  }
  json_object_set_new(o, "framing", json_array());
  char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(6));
  json_decref(o);
  json_decref(in);
  return s;
}

/* Analyses text, serialises it, and checks the line against jansson. */
static void check_text(qs_engine *eng, const char *text, size_t len) {
  qs_error err;
  qs_doc *doc = qs_doc_analyze(eng, "tricky", text, len, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  for (int with_text = 0; with_text < 2; with_text++) {
    char *got = qs_doc_to_json(doc, NULL, with_text, &err);
    char *want = reference_line(doc, NULL, with_text);
    cr_assert_not_null(got, "%s", err.message);
    cr_expect_str_eq(got, want);
    /* And back: jansson reads the same strings out of it. */
    json_error_t jerr;
    json_t *back = json_loads(got, JSON_ALLOW_NUL, &jerr);
    cr_assert_not_null(back, "%s in %s", jerr.text, got);
    json_t *qs = json_object_get(back, "quotes");
    cr_assert_eq(json_array_size(qs), qs_doc_quote_count(doc));
    for (size_t i = 0; i < json_array_size(qs); i++) {
      qs_quote_view v;
      qs_doc_quote(doc, i, &v);
      json_t *t = json_object_get(json_array_get(qs, i), "text");
      size_t n = (size_t)(v.byte_end - v.byte_start);
      cr_assert_eq(json_string_length(t), n);
      cr_expect_eq(memcmp(json_string_value(t), v.text, n), 0);
    }
    if (with_text) {
      json_t *t = json_object_get(back, "text");
      cr_assert_eq(json_string_length(t), len);
      cr_expect_eq(memcmp(json_string_value(t), text, len), 0);
    }
    json_decref(back);
    free(got);
    free(want);
  }
  qs_doc_free(doc);
}

Test(json_writer, every_ascii_byte_round_trips_inside_a_quote) {
  qs_engine *eng = qs_test_engine();
  /* Each byte 0x00..0x7F, alone and in pairs, inside a quotation that is
   * attributed (so it is reported and its text written). */
  for (int c = 0; c < 0x80; c++) {
    char text[160];
    int n = snprintf(text, sizeof text,
                     "\"We will read the numbers %c%c and then %c decide,\" "
                     "Mayor Ana Ortiz said.",
                     c ? c : 'x', c ? c : 'y', c ? c : 'z');
    if (c == 0) {
      /* NUL goes in by hand: snprintf stops at it. */
      text[26] = '\0';
      text[27] = '\0';
    }
    check_text(eng, text, (size_t)n);
  }
  qs_engine_free(eng);
}

Test(json_writer, escapes_are_found_at_every_offset_of_a_word) {
  qs_engine *eng = qs_test_engine();
  /* The escape scan reads eight bytes at a time: put each byte at the
   * edge of what must be escaped at every offset in a block, and next to
   * non-ASCII bytes, in the text and in a quote. */
  static const unsigned char bytes[] = {0x01, 0x1F, 0x20, '!',  '"', '#',
                                        '[',  '\\', ']',  0x7F, 0x00};
  for (size_t b = 0; b < sizeof bytes; b++) {
    for (int off = 0; off < 16; off++) {
      char text[160];
      int n = snprintf(text, sizeof text,
                       "\"We will %.*s%c\xC3\xA9%c and "
                       "then decide it all,\" Mayor Ana Ortiz said.",
                       off, "abcdefghijklmnop", bytes[b] ? bytes[b] : 'x',
                       bytes[b] ? bytes[b] : 'y');
      if (!bytes[b]) text[9 + off] = text[12 + off] = '\0';
      check_text(eng, text, (size_t)n);
    }
  }
  qs_engine_free(eng);
}

Test(json_writer, non_ascii_and_line_separators_are_not_escaped) {
  qs_engine *eng = qs_test_engine();
  static const char text[] =
      "\xE2\x80\x9C"
      "Caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 line\xE2\x80\xA8"
      "sep\xE2\x80\xA9para \\ \" / \x7F \x01\x1F end of it all,"
      "\xE2\x80\x9D said Jane Doe.\nShe added: \xE2\x80\x9CMore \t tabs "
      "\r\n and \b\f here for you.\xE2\x80\x9D";
  check_text(eng, text, sizeof text - 1);
  qs_doc *doc = qs_doc_analyze(eng, "raw", text, sizeof text - 1, NULL, NULL);
  cr_assert_not_null(doc);
  char *got = qs_doc_to_json(doc, NULL, 1, NULL);
  cr_assert_not_null(got);
  /* Raw UTF-8, U+2028 and DEL stay as they are; controls are escaped. */
  cr_expect_not_null(strstr(got, "Caf\xC3\xA9 \xE4\xB8\xAD"));
  cr_expect_not_null(strstr(got, "line\xE2\x80\xA8sep"));
  cr_expect_not_null(strstr(got, "/ \x7F \\u0001\\u001F end"));
  cr_expect_not_null(strstr(got, "\\\\ \\\" /"));
  cr_expect_not_null(strstr(got, "\\r\\n and \\b\\f here"));
  free(got);
  qs_doc_free(doc);
  qs_engine_free(eng);
}

Test(json_writer, records_carry_fields_as_jansson_dumps_them) {
  static const char *const lines[] = {
      "{\"id\": \"q\\\"uo\\\\te\\u0007\", \"n\": 1.5, \"big\": 12345678901234,"
      " \"f\": 1e300, \"neg\": -0.0, \"d\": 1.2345678901234567, \"e\": -1e-7,"
      " \"text\": \"\\u201cWe will win this race for all of us,\\u201d said "
      "Jane Doe, the mayor.\\n\\u201cNever again.\\u201d\", \"arr\": [1, 2.25,"
      " \"a\\u2028b\", null, true, false, {\"k\\u0001\": \"v\"}], \"o\": {},"
      " \"quotes\": [{\"start\": 1, \"end\": 5, \"type\": \"direct\"}],"
      " \"framing\": [], \"date\": \"2020\"}",
      "{\"id\": 5, \"text\": \"A\\u0000B \\\"a quote with a NUL \\u0000 inside "
      "it now,\\\" he said.\"}",
      "{\"text\": \"\", \"id\": \"empty\", \"meta\": {\"x\": [0.1, 1e25]}}"};
  qs_engine *eng = qs_test_engine();
  for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
    qs_error err;
    qs_record *r = qs_record_parse(lines[i], strlen(lines[i]), 1, &err);
    cr_assert_not_null(r, "%s", err.message);
    size_t len;
    const char *text = qs_record_text(r, &len);
    qs_doc *doc = qs_doc_analyze(eng, qs_record_id(r), text, len, NULL, &err);
    cr_assert_not_null(doc, "%s", err.message);
    for (int with_text = 0; with_text < 2; with_text++) {
      char *got = qs_doc_to_json(doc, r, with_text, &err);
      char *want = reference_line(doc, lines[i], with_text);
      cr_assert_not_null(got, "%s", err.message);
      if (i == 1) {
        /* A numeric id is written as a string. */
        cr_expect_eq(strncmp(got, "{\"id\":\"5\",", 10), 0, "%s", got);
        cr_expect_eq(strncmp(want, "{\"id\":5,", 8), 0, "%s", want);
        cr_expect_str_eq(got + 10, want + 8);
      } else {
        cr_expect_str_eq(got, want);
      }
      free(got);
      free(want);
    }
    qs_doc_free(doc);
    qs_record_free(r);
  }
  qs_engine_free(eng);
}

Test(json_writer, seed_article_matches_jansson) {
  size_t len;
  char *text = qs_test_read(qs_test_path("examples/sample-article.txt"), &len);
  cr_assert_not_null(text);
  qs_engine *eng = qs_test_engine();
  check_text(eng, text, len);
  qs_engine_free(eng);
  free(text);
}

Test(json_writer, invalid_utf8_in_the_id_is_reported) {
  qs_engine *eng = qs_test_engine();
  qs_error err;
  qs_doc *doc = qs_doc_analyze(eng, "bad\xC3(", "text", 4, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  char *got = qs_doc_to_json(doc, NULL, 0, &err);
  cr_expect_null(got);
  cr_expect_eq(err.code, QS_ERR_UTF8);
  cr_expect_not_null(strstr(err.message, "\"id\""), "%s", err.message);
  free(got);
  qs_doc_free(doc);
  qs_engine_free(eng);
}
