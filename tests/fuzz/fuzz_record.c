/*
 * fuzz_record.c -- fuzz target: any bytes as one JSONL record.
 *
 * qs_record_parse_ex (with and without QS_RECORD_REPAIR_UTF8) must agree
 * with its jansson-only path (QS_RECORD_JANSSON_ONLY) -- the same record,
 * the same carried-through fields, or the same error -- and must refuse
 * bad input with a status and a message, never crash; a record it accepts
 * must keep its promises: quote offsets inside
 * the text, byte offsets consistent with them, and, when the record holds
 * a text, an analysis that serialises with the record's extra fields.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "quotescore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  qs_error err;
  /* An odd length also tries the UTF-8 repair path (--replace-invalid). */
  unsigned flags = size % 2 ? QS_RECORD_REPAIR_UTF8 : 0;
  qs_record *rec = qs_record_parse_ex((const char *)data, size, 7, flags, &err);
  /* jansson alone must agree: same record, or the same error */
  qs_error err2;
  qs_record *ref = qs_record_parse_ex((const char *)data, size, 7,
                                      flags | QS_RECORD_JANSSON_ONLY, &err2);
  fuzz_check((rec == NULL) == (ref == NULL), "both paths accept or refuse");
  if (!rec && !ref)
    fuzz_check(err.code == err2.code && err.offset == err2.offset &&
                   strcmp(err.message, err2.message) == 0,
               "both paths give the same error");
  if (rec && ref) {
    size_t l1, l2;
    const char *t1 = qs_record_text(rec, &l1), *t2 = qs_record_text(ref, &l2);
    fuzz_check(l1 == l2 && memcmp(t1, t2, l1) == 0 &&
                   strcmp(qs_record_id(rec), qs_record_id(ref)) == 0,
               "both paths give the same record");
  }
  if (!rec) {
    fuzz_check(err.code != QS_OK && err.message[0], "refusal names a reason");
    fuzz_check(err.line == 7, "refusal names the line");
    qs_record_free(ref); /* NULL when both refused, as checked above */
    return 0;
  }
  size_t tlen;
  const char *text = qs_record_text(rec, &tlen);
  long len = qs_record_length(rec);
  fuzz_check(qs_record_id(rec) != NULL, "a record has an id");
  for (size_t i = 0; i < qs_record_quote_count(rec); i++) {
    qs_quote_view v;
    fuzz_check(qs_record_quote(rec, i, &v) == 0, "quote view");
    fuzz_check(0 <= v.start && v.start <= v.end && v.end <= len,
               "span in text");
    fuzz_check(v.byte_start <= v.byte_end && (size_t)v.byte_end <= tlen,
               "byte span in text");
  }
  qs_doc *doc =
      qs_doc_analyze(fuzz_engine(), qs_record_id(rec), text, tlen, NULL, &err);
  if (doc) {
    char *js = qs_doc_to_json(doc, rec, 0, &err);
    fuzz_check(js != NULL || err.code == QS_ERR_NOMEM, "result serialises");
    /* the extra fields too are the same either way */
    char *js2 = qs_doc_to_json(doc, ref, 0, &err2);
    fuzz_check(!js || !js2 || strcmp(js, js2) == 0,
               "both paths carry the same fields");
    free(js);
    free(js2);
    qs_doc_free(doc);
  }
  qs_record_free(ref);
  qs_record_free(rec);
  return 0;
}
