/*
 * replay.c -- runs a fuzz target over corpus files without libFuzzer.
 *
 * `make fuzz-replay` builds it with the sanitizers and feeds it every file
 * of tests/fuzz/corpus-TARGET, so the corpus (inputs written for the project
 * and any crash a fuzzing session found) is replayed on every CI run. Prints "N
 * passed, 0 failed"; a broken invariant aborts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  int n = 0;
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      fprintf(stderr, "replay: cannot open %s\n", argv[i]);
      return 1;
    }
    size_t cap = 1 << 16, len = 0, got;
    uint8_t *buf = malloc(cap);
    if (!buf) return 1;
    while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
      len += got;
      if (len == cap) {
        uint8_t *nb = realloc(buf, cap * 2);
        if (!nb) return 1;
        buf = nb;
        cap *= 2;
      }
    }
    fclose(f);
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    n++;
  }
  printf("fuzz-replay: %d passed, 0 failed\n", n);
  return 0;
}
