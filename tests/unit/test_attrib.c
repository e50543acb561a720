/*
 * test_attrib.c -- attribution against tests/data/attrib_cases.tsv.
 *
 * Each case is a text and the quotes the engine must report for it: type,
 * span text and canonical speaker, in text order (all types, indirect
 * included).  Cases with no expected quote pin what must NOT be read as
 * speech: nouns spelled like cue verbs ("the peace plan", "a TV show"),
 * nicknames.  A mismatch names the case and prints both lists.
 */
#include "test_helpers.h"

static const char *type_name(qs_quote_type t) {
  return t == QS_DIRECT ? "direct" : t == QS_PARTIAL ? "partial" : "indirect";
}

/* Writes the engine's quotes of `doc` as "type|text|speaker ;; ..." */
static void render(char *buf, size_t cap, const qs_doc *doc) {
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < qs_doc_quote_count(doc) && used + 1 < cap; i++) {
    qs_quote_view v;
    qs_doc_quote(doc, i, &v);
    int w = snprintf(buf + used, cap - used, "%s%s|%s|%s", i ? " ;; " : "",
                     type_name(v.type), v.text ? v.text : "?",
                     v.speaker ? v.speaker : "-");
    if (w < 0) break;
    used += (size_t)w;
    if (used >= cap) used = cap - 1;
  }
}

Test(attrib, cases_from_data_file) {
  size_t len;
  char *buf = qs_test_read(qs_test_path("tests/data/attrib_cases.tsv"), &len);
  cr_assert_not_null(buf, "cannot read tests/data/attrib_cases.tsv");
  qs_engine *eng = qs_test_engine();
  int cases = 0, failed = 0;
  long lineno = 0;
  for (char *p = buf; p < buf + len;) {
    size_t n = qs_test_line_len(p, buf + len);
    lineno++;
    char *line = p;
    p += n + 1;
    if (n == 0 || line[0] == '#') continue;
    line[n] = '\0';
    char *t1 = strchr(line, '\t');
    char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    cr_assert(t1 && t2,
              "attrib_cases.tsv:%ld: needs three tab-separated "
              "columns",
              lineno);
    *t1 = *t2 = '\0';
    const char *id = line, *text = t1 + 1, *want = t2 + 1;
    qs_error err;
    qs_doc *doc = qs_doc_analyze(eng, id, text, strlen(text), NULL, &err);
    cr_assert_not_null(doc, "case %s: %s", id, err.message);
    char got[4096];
    render(got, sizeof got, doc);
    cases++;
    if (strcmp(got, want) != 0) {
      failed++;
      cr_log_error("attrib case %s (line %ld):\n  want %s\n  got  %s", id,
                   lineno, *want ? want : "(none)", *got ? got : "(none)");
    }
    qs_doc_free(doc);
  }
  cr_expect_geq(cases, 15, "expected at least 15 attribution cases, read %d",
                cases);
  cr_expect_eq(failed, 0, "%d of %d attribution cases failed (see the log)",
               failed, cases);
  qs_engine_free(eng);
  free(buf);
}

/* How many of the document's quotes the rule gave. */
static int count_rule(const qs_doc *doc, const char *rule) {
  int n = 0;
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view v;
    qs_doc_quote(doc, i, &v);
    n += !strcmp(v.rule, rule);
  }
  return n;
}

/* The stance rules ("she seemed to hesitate") and the reports named by a
 * noun ("his plan to sell") are news conventions: in hard-wrapped text (a
 * book: short lines, blank lines between paragraphs) they report nothing,
 * while the same sentences in news do. */
Test(attrib, stance_rules_only_outside_hard_wrapped_text) {
  const char *sentence = "The old ferryman seemed to hesitate at the door. "
                         "His plan to sell the boat had failed.";
  const char *book =
      "The wind had dropped by the time they reached the harbour, and the\n"
      "lamps along the quay were being lit one after another by a boy with\n"
      "a long pole and a cough that carried across the water.\n"
      "\n"
      "The old ferryman seemed to hesitate at the door.\n"
      "His plan to sell the boat had failed.\n"
      "Nobody spoke for a while. The boy finished his round of the lamps\n"
      "and sat down on an upturned crate to watch the boats come in, one\n"
      "by one, their sails grey in the last of the light.\n"
      "\n"
      "It was late when the last of them tied up at the end of the quay.\n";
  qs_engine *eng = qs_test_engine();
  qs_error err;
  qs_doc *news =
      qs_doc_analyze(eng, "news", sentence, strlen(sentence), NULL, &err);
  cr_assert_not_null(news, "%s", err.message);
  cr_expect_eq(count_rule(news, "seems-to"), 2,
               "a news sentence: subject and verb phrase");
  cr_expect_eq(count_rule(news, "nominal"), 1, "news: his plan to sell");
  qs_doc *text = qs_doc_analyze(eng, "book", book, strlen(book), NULL, &err);
  cr_assert_not_null(text, "%s", err.message);
  cr_expect_eq(count_rule(text, "seems-to"), 0,
               "hard-wrapped text: no stance report");
  cr_expect_eq(count_rule(text, "nominal"), 0,
               "hard-wrapped text: no report named by a noun");
  qs_doc_free(news);
  qs_doc_free(text);
  qs_engine_free(eng);
}
