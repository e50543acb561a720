/*
 * test_tokens.c -- the tokenizer's cuts and flags, looked at inside the
 * document (qs_internal.h): where a word, number or mark ends, which
 * tokens are capitalised, all capitals or possessive, and which were found
 * in the lexicon.  The cases sit on the edges of the tokenizer's paths:
 * words of 7, 8, 9 and 64+ bytes, the last word of the text, a full stop,
 * comma, apostrophe or hyphen after a word, non-ASCII letters and marks.
 */
#include "qs_internal.h"
#include "test_helpers.h"

typedef struct tok_case {
  const char *text;
  /* Each token: its text, then ':' and C (capitalised), A (all capitals),
   * P (possessive) when it has any, then '*' when the lexicon has it;
   * tokens joined by '|'. */
  const char *tokens;
} tok_case;

static const tok_case cases[] = {
    {"SECURITY officials said", "SECURITY:CA*|officials*|said*"},
    {"SECURITYX Securit SECURIT x", "SECURITYX:CA|Securit:C|SECURIT:CA|x"},
    {"ABCDEFGHIJKLMNOP ABCDEFGHIJKLMNOPQ",
     "ABCDEFGHIJKLMNOP:CA|ABCDEFGHIJKLMNOPQ:CA"},
    {"I A4 4A AB", "I:C*|A4:C|4A|AB:CA"},
    {"He said.", "He:C*|said*|."},
    {"Mr. Sept. J. U.S. e.g. a.m. x.",
     "Mr.:C*|Sept.:C*|J.:C|U.S.:CA*|e.g.*|a.m.*|x|."},
    {"Mr.Smith U.S", "Mr.Smith:C|U.S:CA"},
    {"3.5 1,000 2. 10,a 7.x", "3.5|1,000|2|.|10|,|a*|7|.|x"},
    {"word, WORD; said: (said)", "word|,|WORD:CA|;|said*|:|(|said*|)"},
    {"Rutte's it's don't O'Brien x'", "Rutte's:CP|it's*|don't*|O'Brien:C|x|'"},
    {"Rutte\xE2\x80\x99s it\xE2\x80\x99s well-known A&M a--b",
     "Rutte\xE2\x80\x99s:CP|it\xE2\x80\x99s*|well-known|A&M:CA|a*|--|b"},
    {"na\xC3\xAFve caf\xC3\xA9 \xC3\x9Cnited \xC3\x89TAT",
     "na\xC3\xAFve|caf\xC3\xA9|\xC3\x9Cnited:C|\xC3\x89TAT:CA"},
    {"said\xE2\x80\x9D said\xE2\x80\x94he",
     "said*|\xE2\x80\x9D|said*|\xE2\x80\x94|he*"},
    {"end", "end"},
    {"END.", "END:CA|."},
    {"x\ty\nz", "x|y*|z"},
    {"abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd "
     "Abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefgh.",
     "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd|"
     "Abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefgh:C|"
     "."},
};

/* The tokens of d in the notation of tok_case.tokens. */
static void render(const qs_doc *d, char *out, size_t cap) {
  size_t o = 0;
  out[0] = '\0';
  for (uint32_t i = 0; i < d->ntok; i++) {
    const qs_token *t = &d->tok[i];
    char flags[4] = {0};
    int nf = 0;
    if (t->flags & QS_TF_CAP) flags[nf++] = 'C';
    if (t->flags & QS_TF_ALLCAPS) flags[nf++] = 'A';
    if (t->flags & QS_TF_POSS) flags[nf++] = 'P';
    int w =
        snprintf(out + o, cap - o, "%s%.*s%s%s%s", i ? "|" : "",
                 (int)(d->boff[t->e] - d->boff[t->s]), d->bytes + d->boff[t->s],
                 nf ? ":" : "", flags, t->lex ? "*" : "");
    cr_assert(w > 0 && (size_t)w < cap - o, "rendering overflows");
    o += (size_t)w;
  }
}

/* The analysed document of cases[k]. */
static qs_doc *case_doc(qs_engine *e, size_t k) {
  qs_error err;
  const char *text = cases[k].text;
  qs_doc *d = qs_doc_analyze(e, "t", text, strlen(text), NULL, &err);
  cr_assert_not_null(d, "%s: %s", text, err.message);
  return d;
}

Test(tokens, cuts_and_flags) {
  qs_engine *e = qs_test_engine();
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    const char *text = cases[k].text;
    qs_doc *d = case_doc(e, k);
    char got[2048];
    render(d, got, sizeof got);
    cr_expect_str_eq(got, cases[k].tokens, "tokens of '%s': %s", text, got);
    qs_doc_free(d);
  }
  qs_engine_free(e);
}

/* Every token's lowercase form is the lexicon's form of its text (the
 * key it was looked up by), whichever path of the tokenizer cut it. */
Test(tokens, lowercase_forms) {
  qs_engine *e = qs_test_engine();
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    const char *text = cases[k].text;
    qs_doc *d = case_doc(e, k);
    for (uint32_t i = 0; i < d->ntok; i++) {
      const qs_token *t = &d->tok[i];
      uint32_t end = t->flags & QS_TF_POSS ? t->e - 2 : t->e;
      char want[512];
      size_t n = qs_utf8_lower(d->bytes + d->boff[t->s],
                               d->boff[end] - d->boff[t->s], want, sizeof want);
      /* The lexicon spells apostrophes one way. */
      for (char *a; (a = strstr(want, "\xE2\x80\x99")) != NULL; n -= 2) {
        *a = '\'';
        memmove(a + 1, a + 3, strlen(a + 3) + 1);
      }
      size_t m;
      const char *form = qs_tok_lower(d, i, &m);
      cr_expect(m == n && !memcmp(form, want, n), "'%s': token %u is '%.*s'",
                text, i, (int)m, form);
    }
    qs_doc_free(d);
  }
  qs_engine_free(e);
}
