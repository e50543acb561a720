/*
 * cmd_extract.c -- `quotescore extract`: documents in, quotes out.
 *
 * Reads JSONL documents (or, with --text, whole plain-text files) from the
 * named files or stdin, one document at a time, and writes one JSONL line
 * per input line in input order.  A bad record is reported on stderr with
 * file, line and id, answered on stdout with an error line so outputs stay
 * aligned with inputs, and the run goes on (unless --strict).  Memory is
 * bounded by the largest single document.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "quotescore.h"

typedef struct opts {
  int text_mode;  /* --text: each file is one document */
  int human;      /* --format text */
  int strict;     /* stop at the first bad record */
  int with_text;  /* copy the text into the output */
  qs_options lib; /* library options */
  const char *lexicons;
} opts;

static void help(FILE *out) {
  fprintf(
      out,
      "usage: quotescore extract [options] [FILE...]\n"
      "\n"
      "Finds the quotations in each document, with speaker, cue and type.\n"
      "Input: JSONL, one {\"id\", \"text\", ...} per line (stdin when no\n"
      "FILE); other fields are carried through to the output.\n"
      "\n"
      "options:\n"
      "  --text              each FILE is one plain-text document (id = path)\n"
      "  --format jsonl|text output format (default jsonl; text is readable)\n"
      "  --with-text         include the document text in the output\n"
      "  --replace-invalid   replace invalid UTF-8 (JSONL lines, --text\n"
      "                      files) with U+FFFD, one per bad sequence as\n"
      "                      Python decodes, instead of failing the record\n"
      "  --max-doc-bytes N   refuse documents larger than N bytes (default 64 "
      "MiB)\n"
      "  --strict            stop at the first bad record\n"
      "  --lexicons DIR      lexicon folder (default: $QUOTESCORE_LEXICONS or "
      "./lexicons)\n"
      "  -h, --help          this help\n"
      "\n"
      "A bad record (a blank line too) is reported on stderr as\n"
      "FILE:LINE (id ...): reason and answered with {\"id\", \"line\", "
      "\"error\"}\n"
      "on stdout, so output line N answers input line N; exit code 3 then.\n");
}

/* Prints one analysed document readably. */
static void print_human(FILE *out, const qs_doc *doc, const char *id) {
  size_t n = qs_doc_quote_count(doc);
  fprintf(out, "== %s: %zu quote%s\n", id, n, n == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++) {
    qs_quote_view v;
    qs_doc_quote(doc, i, &v);
    fprintf(out, "%3zu. %-8s [%ld,%ld) \xC2\xAB%s\xC2\xBB\n", i + 1,
            qs_quote_type_name(v.type), v.start, v.end, v.text);
    fprintf(out, "      speaker: %s", v.speaker ? v.speaker : "(unknown)");
    if (v.speaker_role) fprintf(out, " (%s)", v.speaker_role);
    if (v.speaker_mention &&
        (!v.speaker || strcmp(v.speaker_mention, v.speaker)))
      fprintf(out, "  mention: \"%s\"", v.speaker_mention);
    if (v.cue) fprintf(out, "  cue: \"%s\"", v.cue);
    fprintf(out, "  rule: %s  confidence: %.2f\n", v.rule, v.confidence);
  }
}

/* Reports a bad record on stderr and stdout; returns the exit code. */
static int bad_record(const opts *o, const char *file, long line,
                      const char *id, const qs_error *err) {
  fprintf(stderr, "quotescore extract: %s:%ld%s%s%s: %s: %s\n", file, line,
          id ? " (id \"" : "", id ? id : "", id ? "\")" : "",
          qs_status_message(err->code), err->message);
  if (!o->human) {
    /* A record that failed to parse may still have a known id. */
    const char *jid = id ? id : (err->where[0] ? err->where : NULL);
    char *js = qs_error_to_json(err, jid, line);
    if (js) {
      fputs(js, stdout);
      fputc('\n', stdout);
      free(js);
    }
  }
  if (err->code == QS_ERR_NOMEM) return QS_EXIT_IO;
  return QS_EXIT_INPUT;
}

static int emit_doc(const opts *o, const qs_doc *doc, const qs_record *rec,
                    const char *id, qs_error *err) {
  if (o->human) {
    print_human(stdout, doc, id);
    return 0;
  }
  char *js = qs_doc_to_json(doc, rec, o->with_text, err);
  if (!js) return -1;
  fputs(js, stdout);
  fputc('\n', stdout);
  free(js);
  return 0;
}

static int run_jsonl(const opts *o, const qs_engine *eng, FILE *in,
                     const char *name, int *worst) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long lineno = 0;
  while ((len = getline(&line, &cap, in)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      len--;
    qs_error err;
    qs_error_clear(&err);
    if (len == 0) {
      /* Not a record, but answered all the same: output line N stays the
       * answer to input line N. */
      err.code = QS_ERR_INPUT;
      snprintf(err.message, sizeof err.message,
               "blank line: not a JSON record");
      *worst = bad_record(o, name, lineno, NULL, &err);
      if (o->strict) break;
      continue;
    }
    qs_record *rec = qs_record_parse_ex(
        line, (size_t)len, lineno,
        o->lib.replace_invalid_utf8 ? QS_RECORD_REPAIR_UTF8 : 0, &err);
    if (!rec) {
      *worst = bad_record(o, name, lineno, NULL, &err);
      if (o->strict) break;
      continue;
    }
    size_t tlen;
    const char *text = qs_record_text(rec, &tlen);
    const char *id = qs_record_id(rec);
    qs_doc *doc = qs_doc_analyze(eng, id, text, tlen, &o->lib, &err);
    if (!doc || emit_doc(o, doc, rec, id, &err) != 0) {
      *worst = bad_record(o, name, lineno, id, &err);
      qs_doc_free(doc);
      qs_record_free(rec);
      if (o->strict) break;
      continue;
    }
    qs_doc_free(doc);
    qs_record_free(rec);
  }
  int rerr = ferror(in);
  free(line);
  if (rerr) {
    fprintf(stderr, "quotescore extract: %s: read error\n", name);
    *worst = QS_EXIT_IO;
  }
  return 0;
}

static int run_text(const opts *o, const qs_engine *eng, FILE *in,
                    const char *name, int *worst) {
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  if (!buf) {
    fprintf(stderr, "quotescore extract: out of memory\n");
    *worst = QS_EXIT_IO;
    return 0;
  }
  size_t got;
  while ((got = fread(buf + len, 1, cap - len, in)) > 0) {
    len += got;
    if (len == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        fprintf(stderr, "quotescore extract: %s: out of memory\n", name);
        *worst = QS_EXIT_IO;
        return 0;
      }
      buf = nb;
      cap *= 2;
    }
  }
  if (ferror(in)) {
    fprintf(stderr, "quotescore extract: %s: read error\n", name);
    free(buf);
    *worst = QS_EXIT_IO;
    return 0;
  }
  qs_error err;
  qs_doc *doc = qs_doc_analyze(eng, name, buf, len, &o->lib, &err);
  if (!doc || emit_doc(o, doc, NULL, name, &err) != 0)
    *worst = bad_record(o, name, 1, name, &err);
  qs_doc_free(doc);
  free(buf);
  return 0;
}

int qs_cmd_extract(int argc, char **argv) {
  opts o;
  memset(&o, 0, sizeof o);
  int first_file = argc;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      help(stdout);
      return QS_EXIT_OK;
    } else if (!strcmp(a, "--text")) {
      o.text_mode = 1;
    } else if (!strcmp(a, "--strict")) {
      o.strict = 1;
    } else if (!strcmp(a, "--with-text")) {
      o.with_text = 1;
    } else if (!strcmp(a, "--replace-invalid")) {
      o.lib.replace_invalid_utf8 = 1;
    } else if (!strcmp(a, "--format") && i + 1 < argc) {
      const char *f = argv[++i];
      if (!strcmp(f, "text"))
        o.human = 1;
      else if (strcmp(f, "jsonl")) {
        fprintf(stderr, "quotescore extract: unknown format '%s'\n", f);
        return QS_EXIT_USAGE;
      }
    } else if (!strcmp(a, "--lexicons") && i + 1 < argc) {
      o.lexicons = argv[++i];
    } else if (!strcmp(a, "--max-doc-bytes") && i + 1 < argc) {
      char *end;
      errno = 0;
      unsigned long long v = strtoull(argv[++i], &end, 10);
      if (errno || *end || v == 0) {
        fprintf(stderr, "quotescore extract: bad --max-doc-bytes '%s'\n",
                argv[i]);
        return QS_EXIT_USAGE;
      }
      o.lib.max_doc_bytes = (size_t)v;
    } else if (!strcmp(a, "--")) {
      first_file = i + 1;
      break;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "quotescore extract: unknown option '%s' (see --help)\n",
              a);
      return QS_EXIT_USAGE;
    } else {
      first_file = i;
      break;
    }
  }
  qs_error err;
  const char *lexdir = qs_cli_lexicon_dir(o.lexicons);
  qs_engine *eng = qs_engine_new(lexdir, &err);
  if (!eng) {
    fprintf(stderr, "quotescore extract: %s: %s\n", qs_status_message(err.code),
            err.message);
    return err.code == QS_ERR_NOMEM ? QS_EXIT_IO : QS_EXIT_LEXICON;
  }
  int worst = QS_EXIT_OK;
  if (first_file >= argc) {
    if (o.text_mode)
      run_text(&o, eng, stdin, "-", &worst);
    else
      run_jsonl(&o, eng, stdin, "-", &worst);
  }
  for (int i = first_file; i < argc; i++) {
    if (o.strict && worst != QS_EXIT_OK) break;
    FILE *in = strcmp(argv[i], "-") ? fopen(argv[i], "rb") : stdin;
    if (!in) {
      fprintf(stderr, "quotescore extract: %s: %s\n", argv[i], strerror(errno));
      worst = QS_EXIT_IO;
      continue;
    }
    if (o.text_mode)
      run_text(&o, eng, in, argv[i], &worst);
    else
      run_jsonl(&o, eng, in, argv[i], &worst);
    if (in != stdin) fclose(in);
  }
  qs_engine_free(eng);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "quotescore extract: error writing output\n");
    return QS_EXIT_IO;
  }
  return worst;
}
