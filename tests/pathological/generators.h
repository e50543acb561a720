/*
 * generators.h -- adversarial inputs for the quotation engine, after
 * cmark's test/pathological_tests.py.
 *
 * Each generator writes about `size` bytes of UTF-8 (a repeated unit, so
 * the same shape at any size) into a malloc'd buffer the caller frees, or
 * returns NULL when out of memory.  bench/bench.c times them at full size
 * against ordinary prose (the linear-time gate); tests/unit/
 * test_pathological.c runs them small for correctness only.  Everything
 * here is static: include the header in one file per program.
 */
#ifndef QS_PATHOLOGICAL_GENERATORS_H
#define QS_PATHOLOGICAL_GENERATORS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Repeats `unit` until at least `size` bytes, then appends `tail`. */
static char *patho_repeat(const char *unit, size_t size, const char *tail,
                          size_t *len) {
  size_t u = strlen(unit), t = tail ? strlen(tail) : 0;
  size_t reps = u ? (size + u - 1) / u : 0;
  char *buf = malloc(reps * u + t + 1);
  if (!buf) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < reps; i++, n += u)
    memcpy(buf + n, unit, u);
  if (t) memcpy(buf + n, tail, t);
  n += t;
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Invented prose: sentences from a fixed vocabulary, chosen by a fixed
 * LCG, so the text is the same on every run. */
static char *patho_prose(size_t size, const char *sep, size_t *len) {
  static const char *const words[] = {
      "the",     "council",  "voted",   "on",       "a",       "budget",
      "that",    "would",    "raise",   "spending", "for",     "schools",
      "and",     "roads",    "while",   "critics",  "warned",  "of",
      "higher",  "taxes",    "in",      "spring",   "Mayor",   "Ortiz",
      "met",     "with",     "union",   "leaders",  "before",  "the",
      "session", "began",    "late",    "Tuesday",  "evening", "as",
      "crowds",  "gathered", "outside", "city",     "hall",    "waiting"};
  const size_t nw = sizeof words / sizeof words[0];
  size_t cap = size + 64, n = 0, slen = strlen(sep);
  char *buf = malloc(cap + 1);
  if (!buf) return NULL;
  uint32_t r = 12345u;
  int in_sentence = 0;
  while (n < size) {
    r = r * 1103515245u + 12345u;
    const char *w = words[(r >> 16) % nw];
    size_t wl = strlen(w);
    if (n + wl + slen + 4 > cap) break;
    if (in_sentence) buf[n++] = ' ';
    memcpy(buf + n, w, wl);
    if (!in_sentence && buf[n] >= 'a' && buf[n] <= 'z') buf[n] -= 'a' - 'A';
    n += wl;
    in_sentence++;
    if (in_sentence >= 8 + (int)((r >> 8) % 10)) {
      buf[n++] = '.';
      memcpy(buf + n, sep, slen);
      n += slen;
      in_sentence = 0;
    }
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* ---- the generators ---- */

/* “ never closed, words between: every mark opens, none closes. */
static char *gen_unmatched_open(size_t size, size_t *len) {
  return patho_repeat("\xE2\x80\x9Cword ", size, NULL, len);
}

/* “”“”… with nothing between: neither flanking side has a letter. */
static char *gen_alternating_curly(size_t size, size_t *len) {
  return patho_repeat("\xE2\x80\x9C\xE2\x80\x9D", size, NULL, len);
}

/* "x" "x" … straight marks alternating open/close: many tiny quotes. */
static char *gen_straight_alternating(size_t size, size_t *len) {
  return patho_repeat("\"x\" ", size, NULL, len);
}

/* One paragraph of prose without a newline or a quotation mark. */
static char *gen_long_paragraph(size_t size, size_t *len) {
  return patho_prose(size, " ", len);
}

/* ‘“‘“‘“… then text: nesting as deep as the input is long. */
static char *gen_nested(size_t size, size_t *len) {
  return patho_repeat("\xE2\x80\x98\xE2\x80\x9C", size,
                      "We will see about that, he said.", len);
}

/* Very short lines: a paragraph per two bytes. */
static char *gen_short_lines(size_t size, size_t *len) {
  return patho_repeat("a\n", size, NULL, len);
}

/* Every paragraph opens a quotation and none closes: one continued
 * quotation across the whole document. */
static char *gen_continued(size_t size, size_t *len) {
  return patho_repeat("\xE2\x80\x9CWe go on\n", size, NULL, len);
}

/* Depth first, then all the closers: “““…”””. */
static char *gen_deep_then_close(size_t size, size_t *len) {
  size_t half = size / 2 / 3;
  char *buf = malloc(half * 6 + 1);
  if (!buf) return NULL;
  for (size_t i = 0; i < half; i++)
    memcpy(buf + 3 * i, "\xE2\x80\x9C", 3);
  for (size_t i = 0; i < half; i++)
    memcpy(buf + 3 * (half + i), "\xE2\x80\x9D", 3);
  buf[6 * half] = '\0';
  *len = 6 * half;
  return buf;
}

/* Many quotations with cues in one endless sentence (no full stop). */
static char *gen_quotes_one_sentence(size_t size, size_t *len) {
  return patho_repeat("\xE2\x80\x9CWe are ready now,\xE2\x80\x9D said Smith, ",
                      size, NULL, len);
}

/* Colon-introduced quotations, each with a cue before the colon. */
static char *gen_colon_quotes(size_t size, size_t *len) {
  return patho_repeat(
      "Officials said: \xE2\x80\x9CWe will see about it.\xE2\x80\x9D ", size,
      NULL, len);
}

/* A single-quoted quotation full of plural possessives (held closers). */
static char *gen_possessives(size_t size, size_t *len) {
  return patho_repeat("the players\xE2\x80\x99 union ", size,
                      "done,\xE2\x80\x99 he said.", len);
}

/* Apostrophes and elisions everywhere, single marks that never pair. */
static char *gen_apostrophes(size_t size, size_t *len) {
  return patho_repeat("rock \xE2\x80\x99n\xE2\x80\x99 roll in the '90s, "
                      "the Smiths\xE2\x80\x99 o'clock don\xE2\x80\x99t ",
                      size, NULL, len);
}

/* Cue words and pronouns without any quotation: frames everywhere. */
static char *gen_cues_only(size_t size, size_t *len) {
  return patho_repeat("he said she told them they added that ", size, ".", len);
}

/* One sentence of parenthetical reports: "x, he said, x, he said, ...";
 * each report's clause must end at the next one. */
static char *gen_paren_reports(size_t size, size_t *len) {
  return patho_repeat("x, he said, ", size, ".", len);
}

/* One sentence of reported questions: "when asked why ... when asked why
 * ..."; a question must not run to the end of the sentence each time. */
static char *gen_when_asked(size_t size, size_t *len) {
  return patho_repeat("when asked why the plan failed ", size, ".", len);
}

/* One sentence of sources: "according to the poll, according to ..." and
 * "as the Times reported, as ..."; a clause may reach over one other
 * report, never over a chain of them. */
static char *gen_according_chain(size_t size, size_t *len) {
  return patho_repeat("according to the poll, ", size, "the plan failed.", len);
}

static char *gen_as_reported(size_t size, size_t *len) {
  return patho_repeat("as the Times reported, ", size, "the plan failed.", len);
}

/* Many different capitalised two-word names, each speaking once. */
static char *gen_many_names(size_t size, size_t *len) {
  size_t cap = size + 128, n = 0;
  char *buf = malloc(cap + 1);
  if (!buf) return NULL;
  for (uint32_t i = 0; n + 96 < cap; i++) {
    char a[8], b[8];
    uint32_t x = i, y = i * 2654435761u;
    for (int k = 0; k < 5; k++, x /= 26, y /= 26) {
      a[k] = (char)((k ? 'a' : 'A') + x % 26);
      b[k] = (char)((k ? 'a' : 'A') + y % 26);
    }
    a[5] = b[5] = '\0';
    int w = snprintf(buf + n, cap + 1 - n,
                     "%s %s said \xE2\x80\x9Cthat is all for now.\xE2\x80\x9D ",
                     a, b);
    if (w < 0) break;
    n += (size_t)w;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* One word as long as the input. */
static char *gen_one_long_word(size_t size, size_t *len) {
  return patho_repeat("a", size, NULL, len);
}

typedef struct patho_gen {
  const char *name;
  const char *what;
  size_t bench_size; /* bytes the benchmark times */
  int required;      /* named in the acceptance criteria */
  char *(*gen)(size_t size, size_t *len);
} patho_gen;

static const patho_gen patho_gens[] = {
    {"unmatched-open", "1 MB of \xE2\x80\x9C never closed, words between",
     (size_t)1 << 20, 1, gen_unmatched_open},
    {"alternating-curly",
     "1 MB of \xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9C"
     "\xE2\x80\x9D\xE2\x80\xA6",
     (size_t)1 << 20, 1, gen_alternating_curly},
    {"long-paragraph", "10 MB single paragraph, no quotes", (size_t)10 << 20, 1,
     gen_long_paragraph},
    {"nested", "100k \xE2\x80\x98\xE2\x80\x9C nested, then text", 600000, 1,
     gen_nested},
    {"straight-alternating", "1 MB of \"x\" \"x\" \xE2\x80\xA6",
     (size_t)1 << 20, 1, gen_straight_alternating},
    {"short-lines", "100k very short lines", 200000, 1, gen_short_lines},
    {"continued", "1 MB, every paragraph opens a quote", (size_t)1 << 20, 0,
     gen_continued},
    {"deep-then-close", "1 MB: all openers, then all closers", (size_t)1 << 20,
     0, gen_deep_then_close},
    {"quotes-one-sentence", "1 MB of quotes + cues, no full stop",
     (size_t)1 << 20, 0, gen_quotes_one_sentence},
    {"colon-quotes", "1 MB of 'said: \xE2\x80\x9C...\xE2\x80\x9D'",
     (size_t)1 << 20, 0, gen_colon_quotes},
    {"possessives", "1 MB single quote of plural possessives", (size_t)1 << 20,
     0, gen_possessives},
    {"apostrophes", "1 MB of apostrophes and elisions", (size_t)1 << 20, 0,
     gen_apostrophes},
    {"cues-only", "1 MB of cue verbs, no quotes", (size_t)1 << 20, 0,
     gen_cues_only},
    {"many-names", "1 MB of distinct speakers", (size_t)1 << 20, 0,
     gen_many_names},
    {"paren-reports", "1 MB of 'x, he said, ' in one sentence", (size_t)1 << 20,
     0, gen_paren_reports},
    {"when-asked", "1 MB of 'when asked why ...' in one sentence",
     (size_t)1 << 20, 0, gen_when_asked},
    {"according-chain", "1 MB of 'according to the poll, ' in one sentence",
     (size_t)1 << 20, 0, gen_according_chain},
    {"as-reported", "1 MB of 'as the Times reported, ' in one sentence",
     (size_t)1 << 20, 0, gen_as_reported},
    {"one-long-word", "1 MB single word", (size_t)1 << 20, 0,
     gen_one_long_word},
};

#define PATHO_NGENS (sizeof patho_gens / sizeof patho_gens[0])

#endif
