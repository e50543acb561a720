/*
 * test_seed.c -- the founding article against its hand annotation.
 *
 * Acceptance item of the parser issue: every quoted (direct or partial)
 * span of ../shared/seed/nato-brussels.gold.jsonl is found with the exact
 * gold offsets, and the speaker is right for at least 16 of the 18.  A
 * speaker is right when the canonical names are equal or the mention spans
 * overlap the gold mention.
 */
#include "test_helpers.h"

static int overlaps(long a, long b, long c, long d) {
  return a >= 0 && c >= 0 && a < d && c < b;
}

Test(seed, all_quoted_spans_exact_and_speakers) {
  const char *path = qs_test_shared("seed/nato-brussels.gold.jsonl");
  size_t len;
  char *line = qs_test_read(path, &len);
  cr_assert_not_null(line);
  qs_error err;
  qs_record *gold = qs_record_parse(line, strcspn(line, "\n"), 1, &err);
  cr_assert_not_null(gold, "gold: %s", err.message);
  qs_engine *eng = qs_test_engine();
  size_t tlen;
  const char *text = qs_record_text(gold, &tlen);
  qs_doc *doc = qs_doc_analyze(eng, qs_record_id(gold), text, tlen, NULL, &err);
  cr_assert_not_null(doc, "analyze: %s", err.message);

  int quoted = 0, found = 0, speaker_ok = 0;
  for (size_t i = 0; i < qs_record_quote_count(gold); i++) {
    qs_quote_view g;
    qs_record_quote(gold, i, &g);
    if (g.type == QS_INDIRECT) continue;
    quoted++;
    int hit = 0;
    for (size_t k = 0; k < qs_doc_quote_count(doc) && !hit; k++) {
      qs_quote_view p;
      qs_doc_quote(doc, k, &p);
      if (p.start != g.start || p.end != g.end || p.type == QS_INDIRECT)
        continue;
      hit = 1;
      found++;
      if ((p.speaker && g.speaker && !strcmp(p.speaker, g.speaker)) ||
          overlaps(p.speaker_start, p.speaker_end, g.speaker_start,
                   g.speaker_end))
        speaker_ok++;
      else
        cr_log_info("seed: speaker of [%ld,%ld) is '%s', gold '%s'", g.start,
                    g.end, p.speaker ? p.speaker : "(null)", g.speaker);
    }
    if (!hit) cr_log_info("seed: missed [%ld,%ld) %s", g.start, g.end, g.text);
  }
  cr_expect_eq(quoted, 18, "the seed has 18 quoted spans, read %d", quoted);
  cr_expect_eq(found, quoted, "found %d of %d quoted spans exactly", found,
               quoted);
  cr_expect_geq(speaker_ok, 16, "speaker right for %d of 18", speaker_ok);
  qs_doc_free(doc);
  qs_engine_free(eng);
  qs_record_free(gold);
  free(line);
}
