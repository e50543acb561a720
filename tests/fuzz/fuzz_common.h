/*
 * fuzz_common.h -- what both fuzz targets share: the engine, loaded once
 * from $QUOTESCORE_LEXICONS (else ./lexicons), and an invariant check that
 * aborts with its name so the fuzzer keeps the input.
 */
#ifndef QS_FUZZ_COMMON_H
#define QS_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#include "quotescore.h"

static const qs_engine *fuzz_engine(void) {
  static qs_engine *eng;
  if (!eng) {
    const char *dir = getenv("QUOTESCORE_LEXICONS");
    qs_error err;
    eng = qs_engine_new(dir && *dir ? dir : "lexicons", &err);
    if (!eng) {
      fprintf(stderr, "fuzz: cannot load lexicons: %s\n", err.message);
      abort();
    }
  }
  return eng;
}

static void fuzz_check(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    abort();
  }
}

#endif
