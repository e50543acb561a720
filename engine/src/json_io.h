/*
 * json_io.h -- private helpers implemented in json_io.c for the other
 * library files that need JSON (reader.c, eval.c).
 *
 * json_io.c is the only file that includes <jansson.h>; these helpers let the
 * rest of the library read JSON without naming a jansson type.  Nothing here
 * is public API.
 */
#ifndef QS_JSON_IO_H
#define QS_JSON_IO_H

#include <stddef.h>

#include "quotescore.h"

/* Converts one line of a raw NewsMTSC file ({"sentence_normalized",
 * "targets": [{"from", "to", "mention", "polarity", "Input.gid"}, ...]}) into
 * one record per target (id = the target's "Input.gid", else
 * "<primary_gid>#<index>"; label from polarity 2/4/6 = negative/neutral/
 * positive, or -1/0/1; score -1/0/+1).  A line that already has a "text"
 * field is parsed as a record (the converted format).  On success *out is a
 * malloc'd array of *n records the caller frees (each with qs_record_free,
 * the array with free()); returns QS_OK, else a status with `err` filled. */
qs_status qs_json_newsmtsc_line(const char *line, size_t len, long lineno,
                                qs_record ***out, size_t *n, qs_error *err);

/* Builds a record from values (the readers of non-JSON formats use it, so
 * no file but this one writes JSON by hand).  `text` is `len` bytes of UTF-8
 * (invalid UTF-8 is QS_ERR_UTF8).  `score` NAN and `label` NULL are left out;
 * `source` NULL is left out; with `with_quotes` the `nquotes` views become
 * the "quotes" array (start, end, type, speaker, speaker_mention,
 * speaker_start/end, cue, cue_start/end, qid, part, nparts; other view
 * fields are ignored).  The record is validated like a parsed line; errors
 * name `lineno` and `id`.  Free with qs_record_free. */
qs_record *qs_json_build_record(const char *id, const char *text, size_t len,
                                double score, const char *label,
                                const char *source, int with_quotes,
                                const qs_quote_view *quotes, size_t nquotes,
                                long lineno, qs_error *err);

/* Per-document table of an evaluation report (the "doc_fields" and "docs"
 * arrays of the --json report), as read back for --compare. */
typedef struct qs_report_table {
  char task[16];  /* "quotes" or "tone" */
  size_t nfields; /* columns */
  char **fields;  /* nfields column names */
  size_t ndocs;   /* rows */
  char **ids;     /* ndocs document ids */
  double *v;      /* ndocs * nfields values, row-major; NAN for null */
} qs_report_table;

/* Reads a --json report (`len` bytes).  `name` is used in messages.  On
 * success fills `out` (free with qs_report_table_free) and returns QS_OK. */
qs_status qs_json_report_table(const char *buf, size_t len, const char *name,
                               qs_report_table *out, qs_error *err);
void qs_report_table_free(qs_report_table *t);

#endif
