/*
 * test_pathological.c -- every adversarial generator, run small (about
 * 200 KB), for correctness only: no crash, a document comes back, its
 * spans are well-formed (inside the text, sorted, direct/partial spans not
 * overlapping), and together they cover at most 4 times the text (output
 * linear in the input).  Speed is the benchmark's business (make bench), not a
 * timed unit test.
 */
#include "../pathological/generators.h"
#include "test_helpers.h"

#define SMALL ((size_t)200 * 1024)

static void check_generator(const qs_engine *eng, const patho_gen *g,
                            size_t size) {
  size_t len;
  char *text = g->gen(size, &len);
  cr_assert_not_null(text, "%s: out of memory", g->name);
  qs_error err;
  qs_doc *doc = qs_doc_analyze(eng, g->name, text, len, NULL, &err);
  cr_assert_not_null(doc, "%s: analyze failed: %s", g->name, err.message);
  long L = qs_doc_length(doc);
  cr_expect_gt(L, 0, "%s: empty document", g->name);
  long prev_start = -1, prev_end = 0;
  size_t bad = 0;
  long covered = 0; /* code points of all spans together */
  for (size_t i = 0; i < qs_doc_quote_count(doc) && bad < 5; i++) {
    qs_quote_view v;
    cr_assert_eq(qs_doc_quote(doc, i, &v), 0);
    covered += v.end - v.start;
    int ok = 0 <= v.start && v.start <= v.end && v.end <= L &&
             v.byte_start <= v.byte_end && v.byte_end <= (long)len &&
             v.start >= prev_start && v.text != NULL && v.rule != NULL;
    if (ok && v.type != QS_INDIRECT) {
      ok = v.start >= prev_end;
      prev_end = v.end;
    }
    if (!ok) {
      bad++;
      cr_log_error("%s: quote %zu [%ld,%ld) %s is malformed (length %ld, "
                   "previous start %ld, previous quoted end %ld)",
                   g->name, i, v.start, v.end, qs_quote_type_name(v.type), L,
                   prev_start, prev_end);
    }
    prev_start = v.start;
  }
  cr_expect_eq(bad, 0, "%s: malformed spans", g->name);
  /* Output stays linear in the input: spans may nest or overlap a little
   * (an indirect clause holding another report), never each run to the
   * end of a long sentence. */
  cr_expect_leq(covered, 4 * L,
                "%s: spans cover %ld code points of a %ld-code-point text",
                g->name, covered, L);
  cr_expect_eq(qs_doc_quote(doc, qs_doc_quote_count(doc), &(qs_quote_view){0}),
               -1);
  qs_doc_free(doc);
  free(text);
}

Test(pathological, every_generator_small) {
  qs_engine *eng = qs_test_engine();
  for (size_t i = 0; i < PATHO_NGENS; i++)
    check_generator(eng, &patho_gens[i], SMALL);
  qs_engine_free(eng);
}

/* The shapes whose size is given in units rather than bytes still hold at
 * their full acceptance-test size (100k nesting, 100k lines). */
Test(pathological, full_depth_nesting_and_lines) {
  qs_engine *eng = qs_test_engine();
  for (size_t i = 0; i < PATHO_NGENS; i++) {
    const patho_gen *g = &patho_gens[i];
    if (!strcmp(g->name, "nested") || !strcmp(g->name, "short-lines"))
      check_generator(eng, g, g->bench_size);
  }
  qs_engine_free(eng);
}

/* Generators are deterministic and give the size asked for. */
Test(pathological, generators_are_deterministic) {
  for (size_t i = 0; i < PATHO_NGENS; i++) {
    size_t n1, n2;
    char *a = patho_gens[i].gen(SMALL, &n1);
    char *b = patho_gens[i].gen(SMALL, &n2);
    cr_assert(a && b);
    cr_expect_eq(n1, n2, "%s", patho_gens[i].name);
    cr_expect(n1 == n2 && !memcmp(a, b, n1), "%s differs between runs",
              patho_gens[i].name);
    cr_expect(n1 >= SMALL - 64 && n1 <= SMALL + 256, "%s: %zu bytes for %zu",
              patho_gens[i].name, n1, SMALL);
    free(a);
    free(b);
  }
}
