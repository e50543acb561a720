/*
 * test_scan.c -- the quotation scanner against tests/data/scan_cases.jsonl.
 *
 * Each line of the data file is a record {"id", "text", "quotes"} whose
 * quotes are the direct/partial spans the engine must report for the text,
 * in order (offsets computed by tests/data/tools/build_scan_cases.py).  The
 * test analyses every text and compares the non-indirect predicted spans
 * with the expected ones, naming the case on a mismatch.  Types are not
 * compared here: this is the scanner's test, attribution has its own.
 */
#include "test_helpers.h"

/* Appends "[s,e) «text»" items of the spans to buf. */
static void describe(char *buf, size_t cap, const qs_quote_view *v, size_t n) {
  size_t used = strlen(buf);
  for (size_t i = 0; i < n && used + 1 < cap; i++) {
    int w = snprintf(buf + used, cap - used, "%s[%ld,%ld) \xC2\xAB%s\xC2\xBB",
                     i ? ", " : "", v[i].start, v[i].end,
                     v[i].text ? v[i].text : "?");
    if (w < 0) break;
    used += (size_t)w;
    if (used >= cap) used = cap - 1;
  }
  if (n == 0 && used + 7 < cap) strcat(buf, "(none)");
}

/* Checks one case; returns 1 when it passes. */
static int check_case(const qs_engine *eng, const char *line, size_t len,
                      long lineno) {
  qs_error err;
  qs_record *rec = qs_record_parse(line, len, lineno, &err);
  cr_assert_not_null(rec, "scan_cases.jsonl:%ld: %s", lineno, err.message);
  const char *name = qs_record_id(rec);
  size_t tlen;
  const char *text = qs_record_text(rec, &tlen);
  qs_doc *doc = qs_doc_analyze(eng, name, text, tlen, NULL, &err);
  cr_assert_not_null(doc, "case %s: analyze failed: %s", name, err.message);

  size_t nwant = qs_record_quote_count(rec), ngot = 0;
  qs_quote_view *want = calloc(nwant + 1, sizeof *want);
  qs_quote_view *got = calloc(qs_doc_quote_count(doc) + 1, sizeof *got);
  cr_assert(want && got);
  for (size_t i = 0; i < nwant; i++)
    qs_record_quote(rec, i, &want[i]);
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view v;
    qs_doc_quote(doc, i, &v);
    if (v.type != QS_INDIRECT) got[ngot++] = v;
  }
  int ok = ngot == nwant;
  for (size_t i = 0; ok && i < nwant; i++)
    ok = got[i].start == want[i].start && got[i].end == want[i].end;
  if (!ok) {
    char w[2048] = "", g[2048] = "";
    describe(w, sizeof w, want, nwant);
    describe(g, sizeof g, got, ngot);
    cr_log_error("scan case %s (line %ld):\n  want %s\n  got  %s", name, lineno,
                 w, g);
  }
  free(want);
  free(got);
  qs_doc_free(doc);
  qs_record_free(rec);
  return ok;
}

Test(scan, cases_from_data_file) {
  size_t len;
  char *buf = qs_test_read(qs_test_path("tests/data/scan_cases.jsonl"), &len);
  cr_assert_not_null(buf, "cannot read tests/data/scan_cases.jsonl");
  qs_engine *eng = qs_test_engine();
  int cases = 0, failed = 0;
  long lineno = 0;
  for (char *p = buf; p < buf + len;) {
    size_t n = qs_test_line_len(p, buf + len);
    lineno++;
    if (n > 0) {
      cases++;
      failed += !check_case(eng, p, n, lineno);
    }
    p += n + 1;
  }
  cr_expect_geq(cases, 40, "expected at least 40 scan cases, read %d", cases);
  cr_expect_eq(failed, 0, "%d of %d scan cases failed (see the log above)",
               failed, cases);
  qs_engine_free(eng);
  free(buf);
}

/* The same mark pairs the same way whatever surrounds it: the case texts
 * concatenated as paragraphs of one document give the same spans, shifted
 * by each paragraph's start (one case must not leak into the next). */
Test(scan, cases_as_paragraphs_of_one_document) {
  size_t len;
  char *buf = qs_test_read(qs_test_path("tests/data/scan_cases.jsonl"), &len);
  cr_assert_not_null(buf);
  qs_engine *eng = qs_test_engine();
  size_t cap = len + 1024, dlen = 0, nwant = 0, wcap = 256;
  char *docbuf = malloc(cap);
  long *ws = malloc(wcap * sizeof *ws), *we = malloc(wcap * sizeof *we);
  cr_assert(docbuf && ws && we);
  long cp_base = 0;
  long lineno = 0;
  for (char *p = buf; p < buf + len;) {
    size_t n = qs_test_line_len(p, buf + len);
    lineno++;
    if (n > 0) {
      qs_error err;
      qs_record *rec = qs_record_parse(p, n, lineno, &err);
      cr_assert_not_null(rec, "%s", err.message);
      size_t tlen;
      const char *text = qs_record_text(rec, &tlen);
      /* Cases whose text spans paragraphs keep their own structure; an
       * unclosed mark opening a case could continue into the next case,
       * so a narration paragraph separates the cases. */
      static const char sep[] = "\n\nThe reporter filed this story.\n\n";
      cr_assert(dlen + tlen + sizeof sep < cap);
      memcpy(docbuf + dlen, text, tlen);
      dlen += tlen;
      for (size_t i = 0; i < qs_record_quote_count(rec); i++) {
        qs_quote_view v;
        qs_record_quote(rec, i, &v);
        if (nwant == wcap) {
          wcap *= 2;
          ws = realloc(ws, wcap * sizeof *ws);
          we = realloc(we, wcap * sizeof *we);
          cr_assert(ws && we);
        }
        ws[nwant] = cp_base + v.start;
        we[nwant++] = cp_base + v.end;
      }
      cp_base += qs_record_length(rec);
      memcpy(docbuf + dlen, sep, sizeof sep - 1);
      dlen += sizeof sep - 1;
      cp_base += (long)(sizeof sep - 1); /* ASCII */
      qs_record_free(rec);
    }
    p += n + 1;
  }
  qs_error err;
  qs_doc *doc = qs_doc_analyze(eng, "all-cases", docbuf, dlen, NULL, &err);
  cr_assert_not_null(doc, "%s", err.message);
  size_t k = 0;
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view v;
    qs_doc_quote(doc, i, &v);
    if (v.type == QS_INDIRECT) continue;
    cr_expect(k < nwant && v.start == ws[k] && v.end == we[k],
              "combined document: quote %zu is [%ld,%ld) \xC2\xAB%s\xC2\xBB, "
              "expected [%ld,%ld)",
              k, v.start, v.end, v.text, k < nwant ? ws[k] : -1L,
              k < nwant ? we[k] : -1L);
    if (k < nwant && (v.start != ws[k] || v.end != we[k])) break;
    k++;
  }
  cr_expect_eq(k, nwant, "combined document: %zu of %zu spans matched", k,
               nwant);
  qs_doc_free(doc);
  qs_engine_free(eng);
  free(docbuf);
  free(ws);
  free(we);
  free(buf);
}
