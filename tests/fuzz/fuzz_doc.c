/*
 * fuzz_doc.c -- fuzz target: any bytes through analysis and serialisation.
 *
 * libFuzzer entry point (make fuzz builds it with clang) and, through
 * replay.c, a corpus replayer that make asan runs under the sanitizers.
 * The first input byte chooses the options (invalid UTF-8 replaced or
 * refused); the rest is the text.  Besides "no crash", it checks what
 * every caller relies on: spans inside the text, in order, byte and
 * code-point offsets agreeing, and a serialisable result.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "quotescore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  qs_options opts;
  memset(&opts, 0, sizeof opts);
  if (size > 0) {
    opts.replace_invalid_utf8 = data[0] & 1;
    data++;
    size--;
  }
  qs_error err;
  qs_doc *doc = qs_doc_analyze(fuzz_engine(), "fuzz", (const char *)data, size,
                               &opts, &err);
  if (!doc) {
    fuzz_check(err.code != QS_OK, "NULL document without an error code");
    fuzz_check(!opts.replace_invalid_utf8 || err.code != QS_ERR_UTF8,
               "UTF-8 error although replacement was asked for");
    return 0;
  }
  long len = qs_doc_length(doc);
  size_t tlen;
  qs_doc_text(doc, &tlen);
  long prev_start = 0;
  for (size_t i = 0; i < qs_doc_quote_count(doc); i++) {
    qs_quote_view v;
    fuzz_check(qs_doc_quote(doc, i, &v) == 0, "quote view");
    fuzz_check(0 <= v.start && v.start <= v.end && v.end <= len,
               "span in text");
    fuzz_check(v.start >= prev_start, "quotes in text order");
    fuzz_check(0 <= v.byte_start && v.byte_start <= v.byte_end &&
                   (size_t)v.byte_end <= tlen,
               "byte span in text");
    fuzz_check((v.end - v.start == 0) == (v.byte_end - v.byte_start == 0),
               "byte and code-point spans agree on emptiness");
    fuzz_check(v.rule != NULL, "every quote names its rule");
    fuzz_check(v.confidence >= 0.0 && v.confidence <= 1.0,
               "confidence in [0,1]");
    prev_start = v.start;
  }
  char *js = qs_doc_to_json(doc, NULL, 1, &err);
  fuzz_check(js != NULL || err.code == QS_ERR_NOMEM, "document serialises");
  if (js) {
    qs_record *back = qs_record_parse(js, strlen(js), 1, &err);
    fuzz_check(back != NULL, "serialised document parses back as a record");
    fuzz_check(back == NULL ||
                   qs_record_quote_count(back) == qs_doc_quote_count(doc),
               "round trip keeps every quote");
    qs_record_free(back);
    free(js);
  }
  qs_doc_free(doc);
  return 0;
}
