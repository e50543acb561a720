/*
 * quotescore.h -- the one public header of libquotescore.
 *
 * quotescore finds the quotations in news text, names the speaker of each
 * and (later stages) rates its tone.  The library never prints, never exits
 * and never reads stdin; every failure comes back as a qs_status plus a
 * qs_error carrying a context message and a position.
 *
 * Offsets everywhere are Unicode code points into the ORIGINAL input text,
 * end exclusive (Python's text[start:end]); byte offsets are given as well.
 *
 * Ownership in one line: what a qs_*_new / qs_*_parse call returns is freed
 * by the matching qs_*_free; every const char * handed out by an accessor is
 * borrowed and stays valid until the object it came from is freed.
 */
#ifndef QUOTESCORE_H
#define QUOTESCORE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QS_VERSION "0.1.0"

/* ---------------------------------------------------------------------- */
/* Status codes and errors                                                 */
/* ---------------------------------------------------------------------- */

typedef enum {
  QS_OK = 0,
  QS_ERR_NOMEM = -1,   /* an allocation failed */
  QS_ERR_UTF8 = -2,    /* input is not valid UTF-8 (offset = first bad byte) */
  QS_ERR_JSON = -3,    /* a JSON record could not be parsed */
  QS_ERR_INPUT = -4,   /* a record is well-formed JSON but not a valid record */
  QS_ERR_LEXICON = -5, /* a lexicon or model file is malformed */
  QS_ERR_IO = -6,      /* a file could not be opened, read or written */
  QS_ERR_LIMIT = -7,   /* a size cap was exceeded (document too large, ...) */
  QS_ERR_USAGE = -8    /* a caller passed an invalid argument */
} qs_status;

/* A plain value type describing the last failure.  `line` is 1-based and 0
 * when unknown; `offset` is a byte offset into the record's text or line,
 * -1 when unknown.  `message` is always NUL-terminated. */
typedef struct qs_error {
  qs_status code;    /* QS_OK when nothing went wrong */
  long line;         /* 1-based line in the file being read, 0 if unknown */
  long offset;       /* byte offset of the problem, -1 if unknown */
  char where[256];   /* file path or record id, "" if unknown */
  char message[512]; /* human-readable context message */
} qs_error;

/* Static message for a status code; never NULL, never freed. */
const char *qs_status_message(qs_status code);

/* Resets `err` to QS_OK with empty strings. */
void qs_error_clear(qs_error *err);

/* ---------------------------------------------------------------------- */
/* Engine: lexicons loaded once, immutable, safe to share between threads */
/* ---------------------------------------------------------------------- */

typedef struct qs_engine qs_engine;

/* Loads every lexicon from `lexicon_dir` (a folder holding cues.tsv,
 * titles.tsv, ...).  Returns NULL and fills `err` (file:line) on failure.
 * Free with qs_engine_free. */
qs_engine *qs_engine_new(const char *lexicon_dir, qs_error *err);
void qs_engine_free(qs_engine *engine);

/* ---------------------------------------------------------------------- */
/* Options                                                                 */
/* ---------------------------------------------------------------------- */

typedef struct qs_options {
  int replace_invalid_utf8; /* 1: each maximal ill-formed subpart becomes
                                one U+FFFD (as Python decodes); 0: error */
  size_t max_doc_bytes;     /* 0 = default cap (QS_DEFAULT_MAX_DOC_BYTES) */
} qs_options;

#define QS_DEFAULT_MAX_DOC_BYTES ((size_t)64 * 1024 * 1024)

/* ---------------------------------------------------------------------- */
/* Documents: one analysed text, all results owned by one arena            */
/* ---------------------------------------------------------------------- */

typedef struct qs_doc qs_doc;

typedef enum { QS_DIRECT = 0, QS_PARTIAL = 1, QS_INDIRECT = 2 } qs_quote_type;

typedef enum {
  QS_SPEAKER_NONE = 0,
  QS_SPEAKER_PERSON,
  QS_SPEAKER_ORGANIZATION,
  QS_SPEAKER_PRONOUN,
  QS_SPEAKER_GROUP,
  QS_SPEAKER_UNKNOWN
} qs_speaker_kind;

/* A read-only view of one quote.  Strings are borrowed from the document
 * and valid until qs_doc_free; NULL means "none".  Offsets are code points
 * (start/end) and bytes (byte_start/byte_end) into the original text;
 * absent mention/cue offsets are -1. */
typedef struct qs_quote_view {
  long start, end;           /* quote span, code points */
  long byte_start, byte_end; /* quote span, bytes */
  qs_quote_type type;
  const char *text;    /* the span's text (NUL-terminated copy) */
  const char *speaker; /* canonical name, or NULL */
  const char *speaker_mention;
  long speaker_start, speaker_end;
  qs_speaker_kind speaker_kind;
  const char *speaker_role; /* "NATO Secretary-General", or NULL */
  const char *cue;
  long cue_start, cue_end;
  double confidence; /* in [0,1] */
  const char *rule;  /* name of the attribution rule, never NULL */
  int paragraph;     /* 0-based paragraph index of the span, -1 unknown */
  const char *qid;   /* gold records: quotation id shared by fragments */
  int part, nparts;  /* fragment index / count (0/1 when unknown) */
} qs_quote_view;

/* Analyses `len` bytes of `text` (need not be NUL-terminated).  `id` is
 * copied.  Returns NULL and fills `err` (with the byte offset) on failure.
 * The engine must outlive the document.  Free with qs_doc_free. */
qs_doc *qs_doc_analyze(const qs_engine *engine, const char *id,
                       const char *text, size_t len, const qs_options *opts,
                       qs_error *err);
void qs_doc_free(qs_doc *doc);

/* The document's id and its (possibly repaired) text with its length in
 * bytes; borrowed, valid until qs_doc_free. */
const char *qs_doc_id(const qs_doc *doc);
const char *qs_doc_text(const qs_doc *doc, size_t *len);

size_t qs_doc_quote_count(const qs_doc *doc);
/* Fills `out` for quote `i` (0 <= i < count, in text order).  Returns 0,
 * or -1 when i is out of range. */
int qs_doc_quote(const qs_doc *doc, size_t i, qs_quote_view *out);
/* Number of code points in the (possibly repaired) text. */
long qs_doc_length(const qs_doc *doc);

const char *qs_quote_type_name(qs_quote_type t);
const char *qs_speaker_kind_name(qs_speaker_kind k);

/* ---------------------------------------------------------------------- */
/* Records: the JSONL format of DESIGN.md section 4 (input, output, gold)  */
/* ---------------------------------------------------------------------- */

typedef struct qs_record qs_record;

/* Parses one JSONL line (`len` bytes, need not be NUL-terminated) into a
 * record.  `lineno` is only used for messages.  Requires a string "id" (a
 * number id is accepted and turned into its decimal text) and a string
 * "text"; "quotes" (gold or predictions) and tone fields ("score", "label")
 * are read when present and validated (offsets inside the text, start <=
 * end, known labels).  Returns NULL and fills `err` on failure (the error
 * names the line and, when known, the id).  Free with qs_record_free. */
qs_record *qs_record_parse(const char *line, size_t len, long lineno,
                           qs_error *err);
void qs_record_free(qs_record *rec);

/* Borrowed; valid until qs_record_free. */
const char *qs_record_id(const qs_record *rec);
/* The text and its length in bytes (the text is also NUL-terminated). */
const char *qs_record_text(const qs_record *rec, size_t *len);
long qs_record_length(const qs_record *rec); /* text length in code points */

size_t qs_record_quote_count(const qs_record *rec);
int qs_record_quote(const qs_record *rec, size_t i, qs_quote_view *out);

/* Tone of a snippet record: returns 1 and fills what is present (score
 * NAN when absent, label NULL when absent), 0 when the record has neither. */
int qs_record_tone(const qs_record *rec, double *score, const char **label);

/* Serialises `doc` as one JSONL line (no trailing newline) following
 * DESIGN.md section 4.  When `input` is not NULL its fields other than
 * "text", "quotes" and "framing" are carried through unchanged, in their
 * order, before "quotes".  With `with_text` the text is written too.
 * Returns a malloc'd string the caller frees with free(), or NULL with
 * `err` filled. */
char *qs_doc_to_json(const qs_doc *doc, const qs_record *input, int with_text,
                     qs_error *err);

/* ---------------------------------------------------------------------- */
/* Evaluation: reading gold/prediction files, metrics, reports, gates      */
/* ---------------------------------------------------------------------- */

/* Flag for qs_record_parse_ex: "text" may be absent (prediction files, which
 * need not repeat the gold text).  Such a record has text "" (length 0),
 * qs_record_length -1, quote offsets checked only for 0 <= start <= end,
 * byte offsets -1, and quote views whose `text` is the quote's own "text"
 * field or NULL. */
#define QS_RECORD_TEXT_OPTIONAL 1u
/* Flag for qs_record_parse_ex: invalid UTF-8 in the line is replaced, one
 * U+FFFD per maximal ill-formed subpart (as Python decodes with
 * errors="replace"), before the JSON is parsed; offsets then count the
 * replaced text.  Without it such a line is a QS_ERR_JSON error. */
#define QS_RECORD_REPAIR_UTF8 2u
/* Flag for qs_record_parse_ex: parse the whole line with jansson.  Without
 * it a line with a long top-level "text" string is read by yajl, which
 * builds the same jansson tree; the record, its carried-through fields and
 * every error are the same either way (tests compare the two paths). */
#define QS_RECORD_JANSSON_ONLY 4u

/* qs_record_parse with flags (0 behaves exactly like qs_record_parse). */
qs_record *qs_record_parse_ex(const char *line, size_t len, long lineno,
                              unsigned flags, qs_error *err);

/* File formats a gold or prediction file may come in; all are converted on
 * the fly to records (see eval/README.md for the conversions). */
typedef enum {
  QS_FORMAT_JSONL = 0, /* the record format, one JSON object per line */
  QS_FORMAT_VADER_TSV, /* VADER ground truth: id TAB mean(-4..4) TAB text */
  QS_FORMAT_NEWSMTSC,  /* NewsMTSC JSONL (raw or converted) */
  QS_FORMAT_BRAT       /* brat standoff: the .ann path, the .txt beside it */
} qs_file_format;

/* "jsonl", "vader-tsv", "newsmtsc", "brat" -> *out; returns 0, or -1 for an
 * unknown name. */
int qs_file_format_parse(const char *name, qs_file_format *out);

/* A reader yields the records of one file in order.  Free with
 * qs_reader_close. Returns NULL with `err` filled (err->where = path) when
 * the file cannot be opened. `flags` are QS_RECORD_* flags. */
typedef struct qs_reader qs_reader;
qs_reader *qs_reader_open(const char *path, qs_file_format fmt, unsigned flags,
                          qs_error *err);
/* Returns 1 and a new record in *out (the caller frees it with
 * qs_record_free), 0 at the end of the file, or a negative qs_status with
 * `err` filled (err->where = path, err->line = the line). */
int qs_reader_next(qs_reader *r, qs_record **out, qs_error *err);
/* 1-based line of the record last returned (1 for a brat document). */
long qs_reader_line(const qs_reader *r);
void qs_reader_close(qs_reader *r);

typedef enum { QS_EVAL_QUOTES = 0, QS_EVAL_TONE = 1 } qs_eval_task;

typedef enum {
  QS_REPORT_TABLE = 0, /* aligned plain-text table */
  QS_REPORT_MARKDOWN,  /* Markdown tables */
  QS_REPORT_JSON       /* the stable schema of eval/README.md */
} qs_report_format;

typedef struct qs_eval_options {
  qs_eval_task task;
  unsigned bootstrap;      /* resamples for the 95% intervals; 0 = none */
  unsigned long long seed; /* seed of the resampling RNG (splitmix64) */
  FILE *errors;            /* NULL, or where error-analysis JSONL goes; the
                              caller owns it and keeps it open until
                              qs_eval_free */
  const char *gold_name;   /* shown in reports, copied; may be NULL */
  const char *pred_name;   /* idem; NULL = "engine" */
} qs_eval_options;

/* An evaluation run: add documents (quotes) or items (tone), then finish,
 * then read metrics or write reports.  Free with qs_eval_free. */
typedef struct qs_eval qs_eval;
qs_eval *qs_eval_new(const qs_eval_options *opts, qs_error *err);
void qs_eval_free(qs_eval *ev);

/* Adds one document: its text (`len` bytes of UTF-8) and the gold and
 * predicted quotes (code-point offsets into that text; byte offsets and
 * view.text are ignored).  Nothing is kept borrowed after the call. */
qs_status qs_eval_add_quotes(qs_eval *ev, const char *id, const char *text,
                             size_t len, const qs_quote_view *gold,
                             size_t ngold, const qs_quote_view *pred,
                             size_t npred, qs_error *err);

/* Adds one tone item.  Scores are NAN when absent; a NULL label is derived
 * from the score (>= 0.05 positive, <= -0.05 negative, else neutral).  A
 * side with neither is an error (QS_ERR_INPUT). */
qs_status qs_eval_add_tone(qs_eval *ev, const char *id, const char *text,
                           size_t len, double gold_score,
                           const char *gold_label, double pred_score,
                           const char *pred_label, qs_error *err);

/* Computes every metric and the bootstrap intervals.  Call once, after the
 * last add. */
qs_status qs_eval_finish(qs_eval *ev, qs_error *err);

/* Looks up a metric by its dotted name ("quotes.cov0.3.f1",
 * "quotes.speaker.accuracy", "tone.macro_f1", ... listed in eval/README.md)
 * after qs_eval_finish.  Returns 0 and sets *value, or -1 if unknown. */
int qs_eval_metric(const qs_eval *ev, const char *name, double *value);

/* Writes the report to `out` (which the caller owns).  Returns QS_OK or
 * QS_ERR_IO. */
qs_status qs_eval_write(const qs_eval *ev, qs_report_format fmt, FILE *out,
                        qs_error *err);

/* Paired bootstrap of the difference between two --json reports of the same
 * gold (`a`/`b`, `alen`/`blen` bytes; `aname`/`bname` for messages).  Uses
 * opts->bootstrap resamples (0 -> 1000) and opts->seed; writes a table of
 * A, B, B-A, its 95% interval and a two-sided p-value to `out`. */
qs_status qs_eval_compare(const char *a, size_t alen, const char *aname,
                          const char *b, size_t blen, const char *bname,
                          const qs_eval_options *opts, FILE *out,
                          qs_error *err);

/* Gates: eval/gates.json (format in eval/README.md). */
typedef struct qs_gates qs_gates;
typedef struct qs_gate_view {
  const char *name;        /* never NULL */
  const char *task;        /* "quotes" or "tone" */
  const char *gold;        /* path, relative to the repository root */
  const char *gold_format; /* format name, "jsonl" when not given */
  const char *pred;        /* NULL: the engine predicts */
  const char *pred_format; /* "jsonl" when not given */
  int optional;            /* 1: skipped when its data is missing, even in CI */
  size_t nmin;             /* number of minimum-metric entries */
} qs_gate_view;

/* Parses a gates file (`len` bytes; `name` for messages).  Free with
 * qs_gates_free; strings in views are borrowed until then. */
qs_gates *qs_gates_parse(const char *buf, size_t len, const char *name,
                         qs_error *err);
void qs_gates_free(qs_gates *g);
size_t qs_gates_count(const qs_gates *g);
/* Returns 0, or -1 when i is out of range. */
int qs_gates_get(const qs_gates *g, size_t i, qs_gate_view *out);
/* Minimum j of gate i (in file order); returns 0, or -1 when out of range. */
int qs_gates_min(const qs_gates *g, size_t i, size_t j, const char **metric,
                 double *min);

/* Serialises a failure as one JSONL line {"id", "line", "error", "offset"}
 * (id may be NULL -> null; line 0 -> null) so that an output file keeps one
 * line per input line.  Returns a malloc'd string freed with free(), NULL
 * on out-of-memory. */
char *qs_error_to_json(const qs_error *err, const char *id, long line);

#ifdef __cplusplus
}
#endif
#endif
