/*
 * test_helpers.h -- shared helpers of the Criterion unit tests.
 *
 * Locates repository files through $QS_ROOT (make sets it), loads the
 * engine once per test, and reads whole files.  Tests that need
 * ../shared fail under CI=true when it is missing, and skip elsewhere.
 */
#ifndef QS_TEST_HELPERS_H
#define QS_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "quotescore.h"

static inline const char *qs_test_root(void) {
  const char *r = getenv("QS_ROOT");
  return r && *r ? r : ".";
}

/* Path under the repository; static buffer rotated over four slots. */
static inline const char *qs_test_path(const char *rel) {
  static char buf[4][1024];
  static int k = 0;
  k = (k + 1) % 4;
  snprintf(buf[k], sizeof buf[k], "%s/%s", qs_test_root(), rel);
  return buf[k];
}

static inline qs_engine *qs_test_engine(void) {
  qs_error err;
  qs_engine *e = qs_engine_new(qs_test_path("lexicons"), &err);
  cr_assert_not_null(e, "engine: %s", err.message);
  return e;
}

/* Reads a whole file; NULL when absent.  Caller frees. */
static inline char *qs_test_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0, got;
  char *buf = malloc(cap + 1);
  cr_assert_not_null(buf);
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      cap *= 2;
      buf = realloc(buf, cap + 1);
      cr_assert_not_null(buf);
    }
  }
  fclose(f);
  buf[n] = '\0';
  if (len) *len = n;
  return buf;
}

/* Length of the line starting at p, without its newline; end is one past
 * the buffer.  Loops over a file read whole step by n + 1. */
static inline size_t qs_test_line_len(const char *p, const char *end) {
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  return nl ? (size_t)(nl - p) : (size_t)(end - p);
}

/* Path of a file in ../shared; fails under CI=true when absent, else
 * skips the test with a message (returns NULL). */
static inline const char *qs_test_shared(const char *rel) {
  static char buf[1024];
  struct stat st;
  snprintf(buf, sizeof buf, "%s/../shared/%s", qs_test_root(), rel);
  if (stat(buf, &st) == 0) return buf;
  const char *ci = getenv("CI");
  if (ci && !strcmp(ci, "true"))
    cr_assert_fail("shared data missing under CI: %s", buf);
  cr_skip_test("shared data not found, skipping: %s", buf);
  return NULL;
}

#endif
