/*
 * test_text.c -- the text layer through the public API: UTF-8 validation,
 * replacement of invalid bytes, odd bytes (NUL, BOM, CR), empty input, the
 * size cap, and the code-point / byte offset maps.
 *
 * Expected offsets are computed from the test text itself (cp_of, byte_of)
 * rather than typed in, so the tests say what an offset means: code points
 * into the ORIGINAL input, end exclusive.
 */
#include "test_helpers.h"

/* Code-point index of byte offset `b` of UTF-8 text s (counts lead bytes). */
static long cp_of(const char *s, size_t b) {
  long n = 0;
  for (size_t i = 0; i < b; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

/* Byte offset of code point `cp` in valid UTF-8 text s of len bytes. */
static long byte_of(const char *s, size_t len, long cp) {
  long n = 0;
  for (size_t i = 0; i < len; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      if (n == cp) return (long)i;
      n++;
    }
  }
  return n == cp ? (long)len : -1;
}

/* Byte offset of the first occurrence of needle in s[0..len). */
static size_t find(const char *s, size_t len, const char *needle) {
  size_t m = strlen(needle);
  for (size_t i = 0; i + m <= len; i++)
    if (!memcmp(s + i, needle, m)) return i;
  cr_assert_fail("'%s' not in test text", needle);
  return 0;
}

static qs_doc *analyze(const qs_engine *e, const char *text, size_t len,
                       const qs_options *o, qs_error *err) {
  return qs_doc_analyze(e, "t", text, len, o, err);
}

/* The only non-indirect quote of doc (fails unless there is exactly one). */
static qs_quote_view only_quote(const qs_doc *doc, const char *what) {
  qs_quote_view v, found;
  int n = 0;
  memset(&found, 0, sizeof found);
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_doc_quote(doc, i, &v);
    if (v.type == QS_INDIRECT) continue;
    found = v;
    n++;
  }
  cr_assert_eq(n, 1, "%s: expected one quotation, found %d", what, n);
  return found;
}

typedef struct bad_case {
  const char *name;
  const char *bytes; /* the invalid sequence */
  size_t n;
  int at_end; /* placed at the very end of the text (truncation) */
} bad_case;

static const bad_case bad_cases[] = {
    {"overlong 2-byte C0 AF", "\xC0\xAF", 2, 0},
    {"overlong 2-byte C1 BF", "\xC1\xBF", 2, 0},
    {"overlong 3-byte E0 80 AF", "\xE0\x80\xAF", 3, 0},
    {"overlong 4-byte F0 80 80 AF", "\xF0\x80\x80\xAF", 4, 0},
    {"surrogate ED A0 80", "\xED\xA0\x80", 3, 0},
    {"surrogate ED BF BF", "\xED\xBF\xBF", 3, 0},
    {"above U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80", 4, 0},
    {"invalid lead F5", "\xF5\x80\x80\x80", 4, 0},
    {"invalid byte FE", "\xFE", 1, 0},
    {"invalid byte FF", "\xFF", 1, 0},
    {"stray continuation 80", "\x80", 1, 0},
    {"stray continuation BF BF", "\xBF\xBF", 2, 0},
    {"truncated 3-byte before ASCII", "\xE2\x80x", 3, 0},
    {"truncated 2-byte before multibyte", "\xC3\xC3\xA9", 3, 0},
    {"truncated 4-byte before space", "\xF0\x9F\x98 ", 4, 0},
    {"truncated 2-byte at end", "\xC3", 1, 1},
    {"truncated 3-byte at end", "\xE2\x80", 2, 1},
    {"truncated 4-byte at end", "\xF0\x9F\x98", 3, 1},
};

/* prefix (with a multi-byte character, so byte and code-point offsets
 * differ) + bad bytes + a quotation. */
static const char prefix[] = "Zo\xC3\xAB wrote \xE2\x80\x94 ";
static const char suffix[] =
    " \xE2\x80\x9CWe will not stop now,\xE2\x80\x9D she said.";

static size_t build_bad(char *buf, const bad_case *c) {
  size_t n = 0;
  memcpy(buf, prefix, sizeof prefix - 1);
  n += sizeof prefix - 1;
  if (!c->at_end) {
    memcpy(buf + n, c->bytes, c->n);
    n += c->n;
  }
  memcpy(buf + n, suffix, sizeof suffix - 1);
  n += sizeof suffix - 1;
  if (c->at_end) {
    memcpy(buf + n, c->bytes, c->n);
    n += c->n;
  }
  return n;
}

Test(text, invalid_utf8_reports_first_bad_byte) {
  qs_engine *eng = qs_test_engine();
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    const bad_case *c = &bad_cases[i];
    char buf[256];
    size_t n = build_bad(buf, c);
    long want = c->at_end ? (long)(n - c->n) : (long)(sizeof prefix - 1);
    qs_error err;
    qs_doc *doc = qs_doc_analyze(eng, "bad-doc", buf, n, NULL, &err);
    cr_expect_null(doc, "%s: accepted as valid UTF-8", c->name);
    if (doc) {
      qs_doc_free(doc);
      continue;
    }
    cr_expect_eq(err.code, QS_ERR_UTF8, "%s: code %d, not QS_ERR_UTF8", c->name,
                 err.code);
    cr_expect_eq(err.offset, want, "%s: offset %ld, first bad byte is %ld",
                 c->name, err.offset, want);
    char num[32];
    snprintf(num, sizeof num, "%ld", want);
    cr_expect(strstr(err.message, num) != NULL,
              "%s: message '%s' does not name byte %ld", c->name, err.message,
              want);
    cr_expect_str_eq(err.where, "bad-doc", "%s: error names '%s'", c->name,
                     err.where);
  }
  qs_engine_free(eng);
}

Test(text, invalid_utf8_replaced_on_request) {
  qs_engine *eng = qs_test_engine();
  qs_options o = {.replace_invalid_utf8 = 1, .max_doc_bytes = 0};
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    const bad_case *c = &bad_cases[i];
    char buf[256];
    size_t n = build_bad(buf, c);
    qs_error err;
    qs_doc *doc = analyze(eng, buf, n, &o, &err);
    cr_assert_not_null(doc, "%s: replacement failed: %s", c->name, err.message);
    qs_quote_view v = only_quote(doc, c->name);
    cr_expect_str_eq(v.text, "We will not stop now,", "%s: quote '%s'", c->name,
                     v.text);
    cr_expect_eq(v.end - v.start, 21, "%s", c->name);
    cr_expect_eq(v.byte_end - v.byte_start, 21, "%s", c->name);
    /* Each bad byte counts at least one replacement code point. */
    long base = cp_of(prefix, sizeof prefix - 1) + 2;
    cr_expect_geq(v.start, base + (c->at_end ? 0 : 1), "%s: start %ld", c->name,
                  v.start);
    qs_doc_free(doc);
  }
  /* One stray byte is exactly one U+FFFD: offsets stay predictable. */
  const char text[] =
      "Zo\xC3\xAB \x80 \xE2\x80\x9CWe will not stop now,\xE2\x80\x9D she said.";
  qs_error err;
  qs_doc *doc = analyze(eng, text, sizeof text - 1, &o, &err);
  cr_assert_not_null(doc, "%s", err.message);
  qs_quote_view v = only_quote(doc, "stray byte");
  cr_expect_eq(v.start, 7, "quote after one replaced byte starts at %ld",
               v.start);
  /* cp_of skips the stray byte (it looks like a continuation byte). */
  cr_expect_eq(qs_doc_length(doc), cp_of(text, sizeof text - 1) + 1,
               "length %ld", qs_doc_length(doc));
  qs_doc_free(doc);
  qs_engine_free(eng);
}

/* Counts U+FFFD (EF BF BD) in n bytes of s. */
static int count_fffd(const char *s, size_t n) {
  int k = 0;
  for (size_t i = 0; i + 2 < n; i++)
    if (!memcmp(s + i, "\xEF\xBF\xBD", 3)) k++;
  return k;
}

/* One U+FFFD per maximal subpart of an ill-formed sequence (Unicode 3.9,
 * Table 3-8; what Python's and the WHATWG decoders write), not per byte. */
Test(text, replacement_per_maximal_subpart) {
  static const struct {
    const char *bytes;
    int fffd;
  } cases[] = {
      {"a\xE2\x82 b", 1},                 /* truncated 3-byte sequence */
      {"a\xF0\x9F\x98 b", 1},             /* truncated 4-byte sequence */
      {"a\xE2\x82", 1},                   /* truncated at the end */
      {"a\xC0\xAF b", 2},                 /* overlong lead: each byte */
      {"a\xED\xA0\x80 b", 3},             /* surrogate: each byte */
      {"a\xF4\x90\x80\x80 b", 4},         /* above U+10FFFF: each byte */
      {"a\xFF\xFE b", 2},                 /* never valid bytes */
      {"a\x80\x80\x80 b", 3},             /* lone continuation bytes */
      {"a\xF1\x80\x80\xE1\x80\xC2 b", 3}, /* three truncated ones */
  };
  qs_engine *eng = qs_test_engine();
  qs_options o = {.replace_invalid_utf8 = 1, .max_doc_bytes = 0};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    qs_error err;
    size_t n = strlen(cases[i].bytes);
    qs_doc *doc = analyze(eng, cases[i].bytes, n, &o, &err);
    cr_assert_not_null(doc, "case %zu: %s", i, err.message);
    size_t tlen;
    const char *t = qs_doc_text(doc, &tlen);
    cr_expect_eq(count_fffd(t, tlen), cases[i].fffd,
                 "case %zu: %d replacement characters, expected %d", i,
                 count_fffd(t, tlen), cases[i].fffd);
    qs_doc_free(doc);
  }
  qs_engine_free(eng);
}

Test(text, valid_edges_of_utf8_accepted) {
  qs_engine *eng = qs_test_engine();
  static const char *const ok[] = {
      "U+007F \x7F end",
      "U+0080 \xC2\x80 end",
      "U+07FF \xDF\xBF end",
      "U+0800 \xE0\xA0\x80 end",
      "U+D7FF \xED\x9F\xBF end",
      "U+E000 \xEE\x80\x80 end",
      "U+FFFD \xEF\xBF\xBD end",
      "U+FFFF \xEF\xBF\xBF end",
      "U+10000 \xF0\x90\x80\x80 end",
      "U+10FFFF \xF4\x8F\xBF\xBF end",
  };
  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
    qs_error err;
    qs_doc *doc = analyze(eng, ok[i], strlen(ok[i]), NULL, &err);
    cr_expect_not_null(doc, "valid text rejected (%s): %s", ok[i], err.message);
    if (doc) {
      cr_expect_eq(qs_doc_length(doc), cp_of(ok[i], strlen(ok[i])), "%s",
                   ok[i]);
      qs_doc_free(doc);
    }
  }
  qs_engine_free(eng);
}

Test(text, nul_bytes_are_text) {
  qs_engine *eng = qs_test_engine();
  /* NUL before the quotation: offsets count it as one code point. */
  const char t1[] = "Line\0one has a NUL.\0 \xE2\x80\x9CWe are still here "
                    "today,\xE2\x80\x9D she said.\0";
  size_t n1 = sizeof t1 - 1;
  qs_error err;
  qs_doc *doc = analyze(eng, t1, n1, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  cr_expect_eq(qs_doc_length(doc), cp_of(t1, n1));
  qs_quote_view v = only_quote(doc, "NUL before");
  size_t at = find(t1, n1, "We are");
  cr_expect_eq(v.start, cp_of(t1, at));
  cr_expect_eq(v.byte_start, (long)at);
  cr_expect_str_eq(v.text, "We are still here today,");
  qs_doc_free(doc);

  /* NUL inside the quotation: the span still covers all of it. */
  const char t2[] =
      "\xE2\x80\x9CWe are\0 still here today,\xE2\x80\x9D she said.";
  size_t n2 = sizeof t2 - 1;
  doc = analyze(eng, t2, n2, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  v = only_quote(doc, "NUL inside");
  cr_expect_eq(v.start, 1);
  cr_expect_eq(v.end, cp_of(t2, find(t2, n2, "\xE2\x80\x9D ")));
  cr_expect_eq(v.byte_end - v.byte_start, 25);
  cr_expect(!memcmp(t2 + v.byte_start, "We are\0 still here today,", 25));
  qs_doc_free(doc);

  /* Text made only of NULs. */
  char zeros[64];
  memset(zeros, 0, sizeof zeros);
  doc = analyze(eng, zeros, sizeof zeros, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  cr_expect_eq(qs_doc_quote_count(doc), 0);
  cr_expect_eq(qs_doc_length(doc), 64);
  qs_doc_free(doc);
  qs_engine_free(eng);
}

Test(text, bom_counts_as_one_code_point) {
  qs_engine *eng = qs_test_engine();
  const char t[] = "\xEF\xBB\xBF\xE2\x80\x9CWe will not give up on this,"
                   "\xE2\x80\x9D she said.";
  qs_error err;
  qs_doc *doc = analyze(eng, t, sizeof t - 1, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  qs_quote_view v = only_quote(doc, "BOM");
  cr_expect_eq(v.start, 2, "BOM, then the mark: content starts at 2, got %ld",
               v.start);
  cr_expect_eq(v.byte_start, 6);
  cr_expect_str_eq(v.text, "We will not give up on this,");
  cr_expect_eq(qs_doc_length(doc), cp_of(t, sizeof t - 1));
  qs_doc_free(doc);
  qs_engine_free(eng);
}

Test(text, offsets_after_multibyte_characters) {
  qs_engine *eng = qs_test_engine();
  /* 2-, 3- and 4-byte characters before the quotation. */
  const char t[] = "Zo\xC3\xAB Br\xC3\xB6nte \xE6\x9D\xB1\xE4\xBA\xAC "
                   "\xF0\x9F\x8E\x89 said: \xE2\x80\x9C\xC3\x87"
                   "a va tr"
                   "\xC3\xA8s bien, merci beaucoup.\xE2\x80\x9D";
  size_t n = sizeof t - 1;
  qs_error err;
  qs_doc *doc = analyze(eng, t, n, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  qs_quote_view v = only_quote(doc, "multibyte");
  size_t bs = find(t, n,
                   "\xC3\x87"
                   "a va"),
         be = n - 3;
  cr_expect_eq(v.start, cp_of(t, bs), "start %ld, want %ld", v.start,
               cp_of(t, bs));
  cr_expect_eq(v.end, cp_of(t, be));
  cr_expect_eq(v.byte_start, (long)bs);
  cr_expect_eq(v.byte_end, (long)be);
  cr_expect_eq(v.start, 23, "Zoë Brönte 東京 🎉 said: “ is 23 code points");
  qs_doc_free(doc);
  qs_engine_free(eng);
}

Test(text, line_ends_lf_crlf_cr_agree) {
  qs_engine *eng = qs_test_engine();
  static const char *const nl[] = {"\n", "\r\n", "\r", "\xE2\x80\xA8"};
  long first_start = -1;
  for (size_t k = 0; k < sizeof nl / sizeof nl[0]; k++) {
    char t[512];
    int n = snprintf(t, sizeof t,
                     "The council met on Monday.%s\xE2\x80\x9CWe are here to "
                     "stay for good,\xE2\x80\x9D the chair said.%sThe "
                     "meeting ended at noon.%s",
                     nl[k], nl[k], nl[k]);
    cr_assert(n > 0 && (size_t)n < sizeof t);
    qs_error err;
    qs_doc *doc = analyze(eng, t, (size_t)n, NULL, &err);
    cr_assert_not_null(doc, "%s", err.message);
    qs_quote_view v = only_quote(doc, "line ends");
    size_t at = find(t, (size_t)n, "We are");
    cr_expect_eq(v.start, cp_of(t, at), "line end %zu: start %ld want %ld", k,
                 v.start, cp_of(t, at));
    cr_expect_eq(v.byte_start, (long)at);
    cr_expect_eq(v.paragraph, 1, "line end %zu: paragraph %d", k, v.paragraph);
    cr_expect_str_eq(v.text, "We are here to stay for good,");
    if (k == 0) first_start = v.start;
    /* CRLF adds one code point before the quote; the others none. */
    cr_expect_eq(v.start, first_start + (k == 1 ? 1 : 0));
    qs_doc_free(doc);
  }
  qs_engine_free(eng);
}

Test(text, empty_and_blank_texts) {
  qs_engine *eng = qs_test_engine();
  static const char *const texts[] = {
      "",
      " ",
      "\n\n\n",
      "\r\n\r\n",
      "\xE2\x80\x9C",
      "\"\"",
      "''",
      "\xE2\x80\x9C\xE2\x80\x9D",
      "\xC2\xAB \xC2\xBB",
      "\t \xC2\xA0",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    qs_error err;
    qs_doc *doc = analyze(eng, texts[i], strlen(texts[i]), NULL, &err);
    cr_assert_not_null(doc, "text %zu: %s", i, err.message);
    cr_expect_eq(qs_doc_quote_count(doc), 0, "text %zu: %zu quotes", i,
                 qs_doc_quote_count(doc));
    cr_expect_eq(qs_doc_length(doc), cp_of(texts[i], strlen(texts[i])));
    qs_doc_free(doc);
  }
  qs_error err;
  qs_doc *doc = analyze(eng, NULL, 0, NULL, &err);
  cr_assert_not_null(doc, "NULL text of length 0: %s", err.message);
  cr_expect_eq(qs_doc_quote_count(doc), 0);
  cr_expect_eq(qs_doc_length(doc), 0);
  qs_doc_free(doc);
  cr_expect_null(analyze(eng, NULL, 5, NULL, &err));
  cr_expect_eq(err.code, QS_ERR_USAGE);
  cr_expect_null(qs_doc_analyze(NULL, "x", "abc", 3, NULL, &err));
  cr_expect_eq(err.code, QS_ERR_USAGE);
  qs_engine_free(eng);
}

Test(text, max_doc_bytes_cap) {
  qs_engine *eng = qs_test_engine();
  const char t[] =
      "\xE2\x80\x9CWe will cap this document,\xE2\x80\x9D she said.";
  size_t n = sizeof t - 1;
  qs_options o = {.replace_invalid_utf8 = 0, .max_doc_bytes = n - 1};
  qs_error err;
  qs_doc *doc = analyze(eng, t, n, &o, &err);
  cr_expect_null(doc, "a document one byte over the cap was accepted");
  qs_doc_free(doc);
  cr_expect_eq(err.code, QS_ERR_LIMIT, "code %d", err.code);
  o.max_doc_bytes = n;
  doc = analyze(eng, t, n, &o, &err);
  cr_expect_not_null(doc, "a document exactly at the cap: %s", err.message);
  qs_doc_free(doc);
  /* The cap is checked before decoding: invalid bytes over the cap still
   * report the limit, and the default cap is 64 MiB. */
  o.max_doc_bytes = 4;
  doc = analyze(eng, "\xFF\xFF\xFF\xFF\xFF", 5, &o, &err);
  cr_expect_null(doc);
  cr_expect_eq(err.code, QS_ERR_LIMIT);
  cr_expect_eq(QS_DEFAULT_MAX_DOC_BYTES, (size_t)64 << 20);
  qs_engine_free(eng);
}

/* Every reported offset of every scan case (indirect quotes, speakers and
 * cues included) is consistent: byte offsets are the code-point offsets
 * mapped through the text, the view's text is the span's bytes, and
 * every span lies inside the document. */
Test(text, byte_and_code_point_offsets_agree) {
  size_t len;
  char *buf = qs_test_read(qs_test_path("tests/data/scan_cases.jsonl"), &len);
  cr_assert_not_null(buf);
  qs_engine *eng = qs_test_engine();
  long lineno = 0, checked = 0;
  for (char *p = buf; p < buf + len;) {
    size_t n = qs_test_line_len(p, buf + len);
    lineno++;
    if (n == 0) {
      p++;
      continue;
    }
    qs_error err;
    qs_record *rec = qs_record_parse(p, n, lineno, &err);
    cr_assert_not_null(rec, "%s", err.message);
    size_t tlen;
    const char *text = qs_record_text(rec, &tlen);
    qs_doc *doc = analyze(eng, text, tlen, NULL, &err);
    cr_assert_not_null(doc, "%s: %s", qs_record_id(rec), err.message);
    long L = qs_doc_length(doc);
    cr_expect_eq(L, qs_record_length(rec), "%s: length", qs_record_id(rec));
    for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
      qs_quote_view v;
      qs_doc_quote(doc, i, &v);
      const char *id = qs_record_id(rec);
      cr_expect(0 <= v.start && v.start <= v.end && v.end <= L,
                "%s: span [%ld,%ld) outside [0,%ld]", id, v.start, v.end, L);
      cr_expect_eq(v.byte_start, byte_of(text, tlen, v.start), "%s", id);
      cr_expect_eq(v.byte_end, byte_of(text, tlen, v.end), "%s", id);
      cr_expect_eq((long)strlen(v.text), v.byte_end - v.byte_start, "%s", id);
      cr_expect(!memcmp(text + v.byte_start, v.text,
                        (size_t)(v.byte_end - v.byte_start)),
                "%s: view text differs from the span", id);
      if (v.speaker_start >= 0)
        cr_expect(v.speaker_start <= v.speaker_end && v.speaker_end <= L,
                  "%s: speaker span", id);
      if (v.cue_start >= 0)
        cr_expect(v.cue_start <= v.cue_end && v.cue_end <= L, "%s: cue span",
                  id);
      cr_expect(v.rule != NULL);
      cr_expect(v.confidence >= 0 && v.confidence <= 1, "%s: confidence %g", id,
                v.confidence);
      checked++;
    }
    qs_doc_free(doc);
    qs_record_free(rec);
    p += n + 1;
  }
  cr_expect_gt(checked, 40, "checked only %ld quotes", checked);
  qs_engine_free(eng);
  free(buf);
}

/* Does any quotation of the text run over a line break?  The first line
 * is first_len code points, written with two-byte letters and ASCII, so
 * that its length in code points is not its length in bytes. */
static int quote_crosses_line(qs_engine *eng, int first_len) {
  char text[1024];
  size_t n = 0;
  for (int k = 0; k < first_len; k++) {
    if (k % 7 == 6) {
      text[n++] = ' ';
    } else if (k % 3 == 0) {
      memcpy(text + n, "\xC3\xA9", 2);
      n += 2;
    } else {
      text[n++] = 'x';
    }
  }
  static const char rest[] =
      "\n\n\xE2\x80\x9CWe lost the engine out of port, and I will\n"
      "not take her out again until it is fixed,\xE2\x80\x9D said the "
      "captain.\n"
      "The town was quiet.\nThe town was quiet.\nThe town was quiet.\n"
      "The town was quiet.\nThe town was quiet.\nThe town was quiet.\n";
  memcpy(text + n, rest, sizeof rest - 1);
  n += sizeof rest - 1;
  qs_error err;
  qs_doc *doc = analyze(eng, text, n, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  int crosses = 0;
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view q;
    qs_doc_quote(doc, i, &q);
    crosses |= strchr(q.text, '\n') != NULL;
  }
  qs_doc_free(doc);
  return crosses;
}

/* Nine lines, one blank: hard-wrapped when every line is at most 80 code
 * points (bytes do not count), not when one of them is 81. */
Test(text, hard_wrap_counts_code_points_not_bytes) {
  qs_engine *eng = qs_test_engine();
  cr_expect(quote_crosses_line(eng, 80), "80 code points: wrapped text");
  cr_expect(!quote_crosses_line(eng, 81), "81 code points: news lines");
  cr_expect(quote_crosses_line(eng, 3), "a short line: wrapped text");
  qs_engine_free(eng);
}

/* Hard-wrapped prose (every line at most 80 code points, paragraphs apart
 * by blank lines): a quotation running over a line break is one span; in
 * news-style text, where a paragraph is one long line, a single newline
 * still ends a paragraph. */
Test(text, hard_wrapped_lines_join_news_lines_do_not) {
  qs_engine *eng = qs_test_engine();
  static const char wrapped[] =
      "The harbour was quiet when the ferry came in that evening, and the\n"
      "captain stepped down onto the wet planks before anyone else.\n"
      "\n"
      "\xE2\x80\x9CWe lost the second engine an hour out of port, and I will\n"
      "not take her out again until it is fixed,\xE2\x80\x9D said the "
      "captain,\n"
      "looking back at the boat as the rain began to fall again.\n"
      "\n"
      "The passengers walked up the hill towards the town in silence, and\n"
      "the lights of the inn were the only ones still burning at that hour.\n"
      "Nobody spoke of the storm until the next morning, over breakfast.\n";
  qs_error err;
  qs_doc *doc = analyze(eng, wrapped, sizeof wrapped - 1, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  qs_quote_view v = only_quote(doc, "wrapped");
  cr_expect_str_eq(v.text,
                   "We lost the second engine an hour out of port, and I "
                   "will\nnot take her out again until it is fixed,");
  cr_expect_eq(v.paragraph, 1, "paragraph %d", v.paragraph);
  cr_expect_str_eq(v.speaker ? v.speaker : "(null)", "the captain");
  qs_doc_free(doc);

  /* The same quotation split over two news-feed paragraphs is no longer
   * one span: the line break ends the paragraph and the scanner recovers. */
  static const char news[] =
      "The ferry company said on Monday that its oldest vessel would be "
      "withdrawn from the winter timetable after a second engine failure in "
      "as many weeks, leaving the island with one crossing a day.\n"
      "\xE2\x80\x9CWe lost the second engine an hour out of port, and I will\n"
      "not take her out again until it is fixed,\xE2\x80\x9D said the "
      "captain.\n";
  doc = analyze(eng, news, sizeof news - 1, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view q;
    qs_doc_quote(doc, i, &q);
    cr_expect(strchr(q.text, '\n') == NULL,
              "news text: span [%ld,%ld) crosses a paragraph break", q.start,
              q.end);
  }
  qs_doc_free(doc);
  qs_engine_free(eng);
}
