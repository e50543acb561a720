/*
 * test_determinism.c -- same input, same output, bit for bit.
 *
 * An invented article (and, when ../shared is present, the PolNeAR dev
 * documents) is analysed twice, then again under each foreign locale
 * (de_DE.UTF-8: decimal comma; tr_TR.UTF-8: Turkish casing), with a
 * fresh engine loaded under that locale too.  Every field of every quote
 * view, and the JSON line qs_doc_to_json writes, must be identical.  The
 * views are serialised in the "C" locale so that only the analysis runs
 * under the foreign one.
 */
#include <locale.h>

#include "test_helpers.h"

static const char article[] =
    "BRUSSELS \xE2\x80\x94 NATO Secretary-General Mark Rutte played down the "
    "row on Tuesday. \xE2\x80\x9CI would not read anything in it,\xE2\x80\x9D "
    "Rutte told reporters, adding that the alliance was \xE2\x80\x9C"
    "united and strong.\xE2\x80\x9D\n\n"
    "The Kremlin disagreed. Spokesman Dmitry Peskov said the meeting showed "
    "\xE2\x80\x9C"
    "deep divisions\xE2\x80\x9D in the West.\n\n"
    "\xE2\x80\x9CWe have seen this before,\xE2\x80\x9D said Anna Lindqvist, a "
    "Swedish diplomat. \xE2\x80\x9CIt passes.\n\n"
    "\xE2\x80\x9CNobody in this building is worried about it,\xE2\x80\x9D she "
    "added.\n\n"
    "According to officials, the summit will go ahead. She said she expects "
    "a deal by Friday. \xC2\xAB Nous verrons \xC2\xBB, a French aide wrote "
    "on X, while a man who goes by \xE2\x80\x9CShorty\xE2\x80\x9D watched.";

/* Canonical text of every view of doc, malloc'd. */
static char *views_text(const qs_doc *doc) {
  size_t cap = 4096, len = 0;
  char *out = malloc(cap);
  cr_assert_not_null(out);
  out[0] = '\0';
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view v;
    cr_assert_eq(qs_doc_quote(doc, i, &v), 0);
    char line[4096];
    int n = snprintf(
        line, sizeof line,
        "%ld %ld %ld %ld %d [%s] [%s] [%s] %ld %ld %d [%s] [%s] %ld %ld %.17g "
        "[%s] %d\n",
        v.start, v.end, v.byte_start, v.byte_end, (int)v.type, v.text,
        v.speaker ? v.speaker : "-",
        v.speaker_mention ? v.speaker_mention : "-", v.speaker_start,
        v.speaker_end, (int)v.speaker_kind,
        v.speaker_role ? v.speaker_role : "-", v.cue ? v.cue : "-", v.cue_start,
        v.cue_end, v.confidence, v.rule, v.paragraph);
    cr_assert(n > 0);
    size_t m = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    if (len + m + 1 > cap) {
      while (len + m + 1 > cap)
        cap *= 2;
      out = realloc(out, cap);
      cr_assert_not_null(out);
    }
    memcpy(out + len, line, m + 1);
    len += m;
  }
  return out;
}

/* Analyses text under `locale` (NULL: leave it) with a fresh engine;
 * returns the canonical views plus the JSON line, made in the C locale. */
static char *run(const char *locale, const char *id, const char *text,
                 size_t len) {
  if (locale) cr_assert_not_null(setlocale(LC_ALL, locale));
  qs_error err;
  qs_engine *eng = qs_engine_new(qs_test_path("lexicons"), &err);
  cr_assert_not_null(eng, "%s", err.message);
  qs_doc *doc = qs_doc_analyze(eng, id, text, len, NULL, &err);
  cr_assert_not_null(doc, "%s: %s", id, err.message);
  char *js_foreign = qs_doc_to_json(doc, NULL, 0, &err);
  cr_assert_not_null(js_foreign, "%s", err.message);
  setlocale(LC_ALL, "C");
  char *v = views_text(doc);
  char *js = qs_doc_to_json(doc, NULL, 0, &err);
  cr_assert_not_null(js, "%s", err.message);
  cr_expect_str_eq(js_foreign, js, "%s: JSON differs between %s and C", id,
                   locale ? locale : "C");
  size_t n = strlen(v) + strlen(js) + 2;
  char *all = malloc(n);
  cr_assert_not_null(all);
  snprintf(all, n, "%s%s\n", v, js);
  free(v);
  free(js);
  free(js_foreign);
  qs_doc_free(doc);
  qs_engine_free(eng);
  return all;
}

/* The foreign locales `make deps` generates: a decimal comma (de_DE) and
 * Turkish case rules, where "I" lowercases to dotless "ı" (tr_TR).  A
 * missing one fails under CI=true and is skipped with a message elsewhere. */
static const char *const foreign[][2] = {{"de_DE.UTF-8", "de_DE.utf8"},
                                         {"tr_TR.UTF-8", "tr_TR.utf8"}};
enum { NFOREIGN = sizeof foreign / sizeof foreign[0] };

static const char *foreign_locale(size_t k) {
  for (size_t i = 0; i < 2; i++) {
    if (setlocale(LC_ALL, foreign[k][i])) {
      setlocale(LC_ALL, "C");
      return foreign[k][i];
    }
  }
  const char *ci = getenv("CI");
  if (ci && !strcmp(ci, "true"))
    cr_assert_fail("locale %s is not installed (make deps generates it)",
                   foreign[k][0]);
  cr_log_warn("determinism: locale %s not installed, skipped (make deps "
              "generates it)",
              foreign[k][0]);
  return NULL;
}

static void check_text(const char *id, const char *text, size_t len) {
  char *a = run(NULL, id, text, len);
  char *b = run(NULL, id, text, len);
  cr_expect_str_eq(a, b, "%s: two runs differ", id);
  for (size_t k = 0; k < NFOREIGN; k++) {
    const char *loc = foreign_locale(k);
    if (!loc) continue;
    char *c = run(loc, id, text, len);
    cr_expect_str_eq(a, c, "%s: differs under locale %s", id, loc);
    free(c);
  }
  free(a);
  free(b);
}

Test(determinism, invented_article_twice_and_under_locale) {
  check_text("article", article, sizeof article - 1);
  /* The article has quotes with speakers; an empty result would make the
   * comparison vacuous. */
  qs_error err;
  qs_engine *eng = qs_test_engine();
  qs_doc *doc =
      qs_doc_analyze(eng, "a", article, sizeof article - 1, NULL, &err);
  cr_assert_not_null(doc);
  cr_expect_geq(qs_doc_quote_count(doc), 5);
  qs_doc_free(doc);
  qs_engine_free(eng);
  setlocale(LC_ALL, "C");
}

Test(determinism, polnear_dev_documents) {
  const char *path = qs_test_shared("data/quotes/polnear/dev.jsonl");
  size_t len;
  char *buf = qs_test_read(path, &len);
  cr_assert_not_null(buf);
  int docs = 0;
  long lineno = 0;
  for (char *p = buf; p < buf + len && docs < 25;) {
    size_t n = qs_test_line_len(p, buf + len);
    lineno++;
    if (n > 0) {
      qs_error err;
      qs_record *rec = qs_record_parse(p, n, lineno, &err);
      cr_assert_not_null(rec, "%s:%ld: %s", path, lineno, err.message);
      size_t tlen;
      const char *text = qs_record_text(rec, &tlen);
      check_text(qs_record_id(rec), text, tlen);
      qs_record_free(rec);
      docs++;
    }
    p += n + 1;
  }
  cr_expect_gt(docs, 0);
  free(buf);
  setlocale(LC_ALL, "C");
}
