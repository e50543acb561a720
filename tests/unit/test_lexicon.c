/*
 * test_lexicon.c -- loading the lexicon folder: the real files load, and
 * every kind of malformed line is refused with a message naming file:line.
 *
 * Each test copies lexicons/ into a fresh temporary folder, appends (or
 * removes) something, and calls qs_engine_new on the copy.  The expected
 * line number is counted from the copied file, not typed in.  Looks inside
 * the engine only to check that entries mean what the files say.
 */
#include <dirent.h>
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "qs_internal.h"
#include "test_helpers.h"

typedef struct lexdir {
  char path[256];
} lexdir;

static void copy_file(const char *from, const char *to) {
  size_t n;
  char *buf = qs_test_read(from, &n);
  cr_assert_not_null(buf, "cannot read %s", from);
  FILE *f = fopen(to, "wb");
  cr_assert_not_null(f, "cannot write %s", to);
  cr_assert_eq(fwrite(buf, 1, n, f), n);
  cr_assert_eq(fclose(f), 0);
  free(buf);
}

/* A temporary copy of the repository's lexicon files (every .tsv). */
static void lexdir_make(lexdir *ld) {
  const char *tmp = getenv("TMPDIR");
  snprintf(ld->path, sizeof ld->path, "%s/qs-lex-XXXXXX",
           tmp && *tmp ? tmp : "/tmp");
  cr_assert_not_null(mkdtemp(ld->path), "mkdtemp failed");
  const char *src = qs_test_path("lexicons");
  DIR *dir = opendir(src);
  cr_assert_not_null(dir, "cannot open %s", src);
  struct dirent *de;
  int copied = 0;
  while ((de = readdir(dir)) != NULL) {
    size_t n = strlen(de->d_name);
    if (n < 5 || strcmp(de->d_name + n - 4, ".tsv")) continue;
    char from[1024], to[1024];
    snprintf(from, sizeof from, "%s/%s", src, de->d_name);
    snprintf(to, sizeof to, "%s/%s", ld->path, de->d_name);
    copy_file(from, to);
    copied++;
  }
  closedir(dir);
  cr_assert_geq(copied, 8, "copied only %d lexicon files", copied);
}

static void lexdir_remove(lexdir *ld) {
  DIR *dir = opendir(ld->path);
  if (!dir) return;
  struct dirent *de;
  while ((de = readdir(dir)) != NULL) {
    if (de->d_name[0] == '.') continue;
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", ld->path, de->d_name);
    unlink(p);
  }
  closedir(dir);
  rmdir(ld->path);
}

/* Appends n bytes as a new line of `file`; returns that line's number. */
static long append_line(const lexdir *ld, const char *file, const char *line,
                        size_t n) {
  char p[1024];
  snprintf(p, sizeof p, "%s/%s", ld->path, file);
  size_t len;
  char *old = qs_test_read(p, &len);
  cr_assert_not_null(old, "cannot read %s", p);
  long lines = 0;
  for (size_t i = 0; i < len; i++)
    lines += old[i] == '\n';
  int need_nl = len > 0 && old[len - 1] != '\n';
  free(old);
  FILE *f = fopen(p, "ab");
  cr_assert_not_null(f);
  if (need_nl) {
    fputc('\n', f);
    lines++;
  }
  cr_assert_eq(fwrite(line, 1, n, f), n);
  fputc('\n', f);
  cr_assert_eq(fclose(f), 0);
  return lines + 1;
}

/* Appends `line` to `file` of a fresh copy and expects qs_engine_new to
 * fail with QS_ERR_LEXICON and a message naming file:line. */
static void expect_bad(const char *file, const char *line, size_t n,
                       const char *what) {
  lexdir ld;
  lexdir_make(&ld);
  long lineno = append_line(&ld, file, line, n);
  qs_error err;
  qs_engine *e = qs_engine_new(ld.path, &err);
  cr_expect_null(e, "%s: a bad line in %s was accepted", what, file);
  if (e) {
    qs_engine_free(e);
  } else {
    char want[64];
    snprintf(want, sizeof want, "%s:%ld", file, lineno);
    cr_expect_eq(err.code, QS_ERR_LEXICON, "%s: code %d", what, err.code);
    cr_expect(strstr(err.message, want) != NULL,
              "%s: message '%s' does not name %s", what, err.message, want);
    cr_expect_eq(err.line, lineno, "%s: err.line %ld, want %ld", what, err.line,
                 lineno);
    cr_expect(strstr(err.where, file) != NULL, "%s: err.where '%s'", what,
              err.where);
  }
  lexdir_remove(&ld);
}

#define BAD(file, lit, what) expect_bad(file, lit, sizeof lit - 1, what)

Test(lexicon, real_lexicons_load) {
  qs_engine *e = qs_test_engine();
  const qs_lex_entry *said = qs_lex_find(&e->lex, "said", 4);
  cr_assert_not_null(said, "'said' is not in cues.tsv");
  cr_expect(said->flags & QS_LEX_CUE);
  cr_expect_eq(said->cue_class, QS_CUE_SPEECH);
  cr_expect_str_eq(said->lemma, "say");
  const qs_lex_entry *acc = qs_lex_find(&e->lex, "according to", 12);
  cr_assert_not_null(acc, "multi-word cue 'according to' missing");
  cr_expect_eq(acc->nwords, 2);
  cr_expect_eq(acc->cue_class, QS_CUE_PREP);
  const qs_lex_entry *he = qs_lex_find(&e->lex, "he", 2);
  cr_assert_not_null(he);
  cr_expect(he->flags & QS_LEX_PRONOUN);
  cr_expect_eq(he->gender, 'm');
  cr_expect_null(qs_lex_find(&e->lex, "qzxv", 4));
  cr_expect_gt(e->lex.count, 1000, "only %zu entries", e->lex.count);
  qs_engine_free(e);
}

/* The miss filter never hides a key: every entry loaded (phrase prefixes
 * included) is found again by its key, with and without a given hash. */
Test(lexicon, every_key_is_found) {
  qs_engine *e = qs_test_engine();
  const qs_lexicon *lx = &e->lex;
  for (size_t k = 0; k < lx->count; k++) {
    const qs_lex_entry *x = &lx->entries[k];
    uint64_t h = qs_lex_hash(x->key, x->keylen);
    cr_expect_eq(qs_lex_find(lx, x->key, x->keylen), x, "'%s' not found",
                 x->key);
    cr_expect_eq(qs_lex_find_hashed(lx, x->key, x->keylen, h), x,
                 "'%s' not found by its hash", x->key);
    /* The tokenizer's lookup: the key followed by zero bytes. */
    char padded[QS_LEX_INLINE_KEY + 16] = {0};
    if (x->keylen > QS_LEX_INLINE_KEY) continue;
    memcpy(padded, x->key, x->keylen);
    cr_expect_eq(qs_lex_find_padded(lx, padded, x->keylen, h), x,
                 "'%s' not found zero-padded", x->key);
    /* One byte off, or one byte short: another key or none, never x. */
    padded[x->keylen - 1] ^= 0x01;
    cr_expect_eq(qs_lex_find_padded(lx, padded, x->keylen,
                                    qs_lex_hash(padded, x->keylen)),
                 qs_lex_find(lx, padded, x->keylen));
    padded[x->keylen - 1] = 0;
    cr_expect_eq(qs_lex_find_padded(lx, padded, x->keylen - 1u,
                                    qs_lex_hash(padded, x->keylen - 1u)),
                 qs_lex_find(lx, padded, x->keylen - 1u));
  }
  qs_engine_free(e);
}

/* The step filter never refuses a step of a key: for every space of
 * every key, the words before it (an entry) and the one word after it
 * pass qs_lex_may_continue. */
Test(lexicon, step_filter_passes_every_key_step) {
  qs_engine *e = qs_test_engine();
  const qs_lexicon *lx = &e->lex;
  size_t steps = 0;
  for (size_t k = 0; k < lx->count; k++) {
    const qs_lex_entry *x = &lx->entries[k];
    for (size_t p = 0; p < x->keylen; p++) {
      if (x->key[p] != ' ') continue;
      const qs_lex_entry *pe = qs_lex_find(lx, x->key, p);
      cr_assert_not_null(pe, "prefix of '%s' is no entry", x->key);
      size_t we = p + 1;
      while (we < x->keylen && x->key[we] != ' ')
        we++;
      cr_expect(qs_lex_may_continue(lx, pe, x->key + p + 1, we - p - 1),
                "step %zu of '%s' refused", p, x->key);
      steps++;
    }
  }
  cr_expect_gt(steps, 1000, "only %zu steps", steps);
  qs_engine_free(e);
}

/* qs_lex_lemma_sets answers what a lookup of the lemma would. */
Test(lexicon, lemma_sets_match_lookup) {
  qs_engine *e = qs_test_engine();
  const qs_lexicon *lx = &e->lex;
  size_t with_sets = 0;
  for (size_t k = 0; k < lx->count; k++) {
    const qs_lex_entry *x = &lx->entries[k];
    const qs_lex_entry *le =
        x->lemma ? qs_lex_find(lx, x->lemma, strlen(x->lemma)) : NULL;
    cr_expect_eq(qs_lex_lemma_sets(lx, x), le ? le->sets : 0u,
                 "lemma sets of '%s'", x->key);
    with_sets += qs_lex_lemma_sets(lx, x) != 0;
  }
  cr_expect_gt(with_sets, 0, "no cue has a lemma in a word set");
  qs_engine_free(e);
}

Test(lexicon, copy_loads_and_new_entry_is_read) {
  lexdir ld;
  lexdir_make(&ld);
  /* A CRLF line, a comment, a blank line, and a last line without '\n'. */
  append_line(&ld, "cues.tsv", "zqcue\tzqcue\tspeech\t-0.25\r", 25);
  append_line(&ld, "cues.tsv", "# a comment\t with tabs", 22);
  append_line(&ld, "cues.tsv", "", 0);
  char p[1024];
  snprintf(p, sizeof p, "%s/titles.tsv", ld.path);
  FILE *f = fopen(p, "ab");
  cr_assert_not_null(f);
  fputs("Zq Chancellor\ttitle", f); /* mixed case: keys are lowercased */
  fclose(f);
  qs_error err;
  qs_engine *e = qs_engine_new(ld.path, &err);
  cr_assert_not_null(e, "%s", err.message);
  const qs_lex_entry *c = qs_lex_find(&e->lex, "zqcue", 5);
  cr_assert_not_null(c);
  cr_expect(c->flags & QS_LEX_CUE);
  cr_expect_float_eq(c->framing, -0.25f, 1e-6f);
  const qs_lex_entry *t = qs_lex_find(&e->lex, "zq chancellor", 13);
  cr_assert_not_null(t, "last line without newline was not read");
  cr_expect(t->flags & QS_LEX_TITLE);
  cr_expect_eq(t->nwords, 2);
  qs_engine_free(e);
  lexdir_remove(&ld);
}

Test(lexicon, wrong_field_count) {
  BAD("cues.tsv", "zqcue\tzqcue\tspeech", "cues.tsv, 3 fields");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t0.0\textra", "cues.tsv, 5 fields");
  BAD("cues.tsv", "zqcue", "cues.tsv, 1 field");
  BAD("titles.tsv", "zqtitle", "titles.tsv, 1 field");
  BAD("pronouns.tsv", "zq\tm", "pronouns.tsv, 2 fields");
  BAD("orgs.tsv", "zq org\torg\tx", "orgs.tsv, 3 fields");
}

Test(lexicon, unknown_class_or_kind) {
  BAD("cues.tsv", "zqcue\tzqcue\tshout\t0.0", "unknown cue class");
  BAD("cues.tsv", "zqcue\tzqcue\tSpeech\t0.0", "cue class is case-sensitive");
  BAD("titles.tsv", "zqtitle\tking", "unknown title kind");
  BAD("orgs.tsv", "zq inc\tcompany", "unknown org kind");
  BAD("groups.tsv", "zqs\tmany", "unknown group number");
  BAD("pronouns.tsv", "zq\tq\tsg\t-", "unknown pronoun gender");
  BAD("pronouns.tsv", "zq\tm\tdual\t-", "unknown pronoun number");
  BAD("abbrev.tsv", "zq.\tweird", "unknown abbreviation kind");
  BAD("first_names.tsv", "zqname\tq", "unknown first-name gender");
  BAD("stopwords.tsv", "zqword\tnoun", "unknown stopword tag");
}

Test(lexicon, bad_framing_number) {
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t1.5", "framing above 1");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t-1.01", "framing below -1");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\tabc", "framing not a number");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t", "framing empty");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t0,5", "framing with a decimal comma");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t1e-1", "framing in exponent form");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t0.5x", "framing with trailing junk");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t--0.1", "framing with two signs");
  BAD("cues.tsv", "zqcue\tzqcue\tspeech\t 0.1", "framing with a space");
}

Test(lexicon, nul_byte_and_empty_key) {
  BAD("cues.tsv", "zq\0cue\tzqcue\tspeech\t0.0", "NUL byte in a key");
  BAD("titles.tsv", "zqtitle\ttitle\0", "NUL byte at the end of a line");
  BAD("titles.tsv", "\ttitle", "empty key");
}

/* The framing value means the same under a locale whose decimal point is a
 * comma (the parser must not use strtod). */
Test(lexicon, numbers_parsed_without_locale) {
  const char *loc = setlocale(LC_ALL, "de_DE.UTF-8");
  if (!loc) loc = setlocale(LC_ALL, "de_DE.utf8");
  if (!loc) loc = setlocale(LC_ALL, "fr_FR.UTF-8");
  if (!loc) loc = setlocale(LC_ALL, "C.UTF-8");
  cr_log_info("lexicon locale test under %s", loc ? loc : "C");
  lexdir ld;
  lexdir_make(&ld);
  append_line(&ld, "cues.tsv", "zqcue\tzqcue\tspeech\t-0.35", 24);
  qs_error err;
  qs_engine *e = qs_engine_new(ld.path, &err);
  setlocale(LC_ALL, "C");
  cr_assert_not_null(e, "%s", err.message);
  const qs_lex_entry *c = qs_lex_find(&e->lex, "zqcue", 5);
  cr_assert_not_null(c);
  cr_expect_float_eq(c->framing, -0.35f, 1e-6f);
  qs_engine_free(e);
  lexdir_remove(&ld);
}

Test(lexicon, missing_folder_or_file) {
  qs_error err;
  const char *missing = "/nonexistent/qs-no-such-folder";
  qs_engine *e = qs_engine_new(missing, &err);
  cr_expect_null(e);
  qs_engine_free(e);
  cr_expect_eq(err.code, QS_ERR_IO, "code %d", err.code);
  cr_expect(strstr(err.message, missing) != NULL, "message '%s'", err.message);

  e = qs_engine_new(NULL, &err);
  cr_expect_null(e);
  cr_expect_eq(err.code, QS_ERR_USAGE);

  lexdir ld;
  lexdir_make(&ld);
  char p[1024];
  snprintf(p, sizeof p, "%s/orgs.tsv", ld.path);
  cr_assert_eq(unlink(p), 0);
  e = qs_engine_new(ld.path, &err);
  cr_expect_null(e, "a folder without orgs.tsv was accepted");
  qs_engine_free(e);
  cr_expect_eq(err.code, QS_ERR_IO);
  cr_expect(strstr(err.message, "orgs.tsv") != NULL, "message '%s'",
            err.message);
  lexdir_remove(&ld);

  /* A file where the folder should be. */
  e = qs_engine_new(qs_test_path("lexicons/cues.tsv"), &err);
  cr_expect_null(e);
  qs_engine_free(e);
  cr_expect_eq(err.code, QS_ERR_IO);
}
