/*
 * bench.c -- qs-bench, the benchmark driver behind `make bench`.
 *
 *   qs-bench throughput --lexicons DIR [--min-mb N] FILE...
 *       Streams the JSONL FILEs line by line, again and again, analysing one
 *       document at a time until at least N MB (10^6 bytes) of text went
 *       through; prints MB/s, documents/s and peak RSS.  Nothing is kept
 *       between documents, so RSS is bounded by the largest one.
 *   qs-bench patho --lexicons DIR [--prose JSONL | --baseline MBPS]
 *                  [--max-ratio R] [--only NAME]
 *       Times every generator of tests/pathological/generators.h at its full
 *       size and compares its speed with ordinary prose.  With --prose, the
 *       prose is 2 MB of the "text" of the JSONL records, one document each
 *       as in `throughput`, analysed in turns with each input (the best
 *       time of each), so that both are timed in the same moments of a
 *       shared host; else MBPS (the
 *       library speed measured by `throughput`), else invented prose.  Exits
 *       1 when a slowdown ratio exceeds R (default 10).
 *   qs-bench run-cmd [--out FILE] -- CMD [ARG...]
 *       Runs CMD with stdout sent to FILE; prints its wall time, peak RSS and
 *       exit status (for hosts without /usr/bin/time).
 *   qs-bench make-docs --out FILE [--min-mb N] FILE...
 *       Writes the input documents of the CLI benchmark: every record of the
 *       gold FILEs re-written as a document (the gold "quotes" and "framing"
 *       dropped, every other field kept in order), the FILEs repeated until
 *       FILE holds at least N MB; repetition k suffixes each id with "#k" so
 *       ids stay unique.  Built here with jansson, so the benchmark needs no
 *       other tool than the project's own.
 *   qs-bench make-texts --out DIR [--min-mb N] FILE...
 *       The same documents as plain text for `quotescore extract --text`:
 *       the "text" of every record, one file per document (DIR/0000000.txt,
 *       ... in input order), the FILEs repeated until the files hold at
 *       least N MB of text.  Prints the number of files and text bytes.
 *
 * It measures; it never decides what the engine should find.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "../tests/pathological/generators.h"
#include "quotescore.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long peak_rss_kb(int who) {
  struct rusage ru;
  if (getrusage(who, &ru) != 0) return -1;
  return ru.ru_maxrss; /* kilobytes on Linux */
}

static void die(const char *fmt, const char *arg) {
  fprintf(stderr, "qs-bench: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(2);
}

static qs_engine *load_engine(const char *lexdir) {
  qs_error err;
  if (!lexdir) die("%s", "--lexicons DIR is required");
  qs_engine *e = qs_engine_new(lexdir, &err);
  if (!e) die("%s", err.message);
  return e;
}

/* ---- throughput ---- */

static int cmd_throughput(int argc, char **argv) {
  const char *lexdir = NULL;
  double min_mb = 100;
  int first = argc;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--lexicons") && i + 1 < argc)
      lexdir = argv[++i];
    else if (!strcmp(argv[i], "--min-mb") && i + 1 < argc)
      min_mb = atof(argv[++i]);
    else if (argv[i][0] == '-')
      die("unknown option %s", argv[i]);
    else {
      first = i;
      break;
    }
  }
  if (first >= argc) die("%s", "throughput: no input FILE");
  qs_engine *eng = load_engine(lexdir);
  double t_all = 0, t_analyze = 0, text_bytes = 0;
  long docs = 0, quotes = 0, passes = 0, bad = 0;
  char *line = NULL;
  size_t cap = 0;
  double t0 = now();
  while (text_bytes < min_mb * 1e6) {
    passes++;
    for (int f = first; f < argc; f++) {
      FILE *in = fopen(argv[f], "rb");
      if (!in) die("cannot open %s", argv[f]);
      ssize_t len;
      long lineno = 0;
      while (text_bytes < min_mb * 1e6 &&
             (len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
          len--;
        if (len == 0) continue;
        qs_error err;
        qs_record *rec = qs_record_parse(line, (size_t)len, lineno, &err);
        if (!rec) {
          bad++;
          continue;
        }
        size_t tlen;
        const char *text = qs_record_text(rec, &tlen);
        double a = now();
        qs_doc *doc =
            qs_doc_analyze(eng, qs_record_id(rec), text, tlen, NULL, &err);
        t_analyze += now() - a;
        if (!doc) {
          bad++;
        } else {
          quotes += (long)qs_doc_quote_count(doc);
          docs++;
          text_bytes += (double)tlen;
        }
        qs_doc_free(doc);
        qs_record_free(rec);
      }
      fclose(in);
    }
    if (docs == 0) die("%s", "throughput: no document could be analysed");
  }
  t_all = now() - t0;
  free(line);
  qs_engine_free(eng);
  long rss = peak_rss_kb(RUSAGE_SELF);
  printf("library: %.1f MB of text, %ld documents (%ld passes), %ld quotes, "
         "%ld bad records\n",
         text_bytes / 1e6, docs, passes, quotes, bad);
  printf("library: end to end (JSON parse + analysis): %.2f s, %.2f MB/s, "
         "%.0f docs/s\n",
         t_all, text_bytes / 1e6 / t_all, (double)docs / t_all);
  printf("library: analysis only:                      %.2f s, %.2f MB/s, "
         "%.0f docs/s\n",
         t_analyze, text_bytes / 1e6 / t_analyze, (double)docs / t_analyze);
  printf("library: peak RSS %.1f MB\n", (double)rss / 1024.0);
  /* Machine-readable lines for bench/run.sh. */
  printf("baseline_mbps=%.3f\n", text_bytes / 1e6 / t_analyze);
  printf("peak_rss_kb=%ld\n", rss);
  return bad ? 1 : 0;
}

/* ---- make-docs ---- */

/* Reads the gold records of one JSONL file into docs (an array), each
 * without its "quotes" and "framing"; lines that are not records with a
 * string id are skipped. */
static void load_docs(const char *path, json_t *docs) {
  FILE *in = fopen(path, "rb");
  if (!in) die("cannot open %s", path);
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, in)) >= 0) {
    json_error_t jerr;
    json_t *o = json_loadb(line, (size_t)len, JSON_ALLOW_NUL, &jerr);
    json_t *id = o ? json_object_get(o, "id") : NULL;
    if (id && json_is_string(id)) {
      json_object_del(o, "quotes");
      json_object_del(o, "framing");
      if (json_array_append(docs, o) != 0) die("%s", "out of memory");
    }
    json_decref(o);
  }
  free(line);
  fclose(in);
}

/* Writes docs to out as repetition k: each id suffixed with "#k". */
static void write_docs(FILE *out, const json_t *docs, long k) {
  for (size_t i = 0; i < json_array_size(docs); i++) {
    json_t *o = json_copy(json_array_get(docs, i));
    json_t *id = o ? json_object_get(o, "id") : NULL;
    char suffix[32];
    if (!id) die("%s", "out of memory");
    int sn = snprintf(suffix, sizeof suffix, "#%ld", k);
    size_t n = json_string_length(id);
    char *nid = malloc(n + (size_t)sn);
    if (!nid) die("%s", "out of memory");
    memcpy(nid, json_string_value(id), n);
    memcpy(nid + n, suffix, (size_t)sn);
    if (json_object_set_new(o, "id", json_stringn(nid, n + (size_t)sn)) != 0 ||
        json_dumpf(o, out, JSON_COMPACT) != 0 || fputc('\n', out) == EOF)
      die("%s", "write error");
    free(nid);
    json_decref(o);
  }
}

/* Options of make-docs and make-texts: --out and --min-mb, then the gold
 * FILEs, loaded into a new array (the caller decrefs it). */
static json_t *make_args(int argc, char **argv, const char **outpath,
                         double *min_mb) {
  int first = argc;
  *outpath = NULL;
  *min_mb = 100;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--out") && i + 1 < argc)
      *outpath = argv[++i];
    else if (!strcmp(argv[i], "--min-mb") && i + 1 < argc)
      *min_mb = atof(argv[++i]);
    else if (argv[i][0] == '-')
      die("unknown option %s", argv[i]);
    else {
      first = i;
      break;
    }
  }
  if (!*outpath || first >= argc) die("%s: --out and inputs", argv[0]);
  json_t *docs = json_array();
  if (!docs) die("%s", "out of memory");
  for (int f = first; f < argc; f++)
    load_docs(argv[f], docs);
  if (json_array_size(docs) == 0)
    die("%s: no record with a string id", argv[0]);
  return docs;
}

static int cmd_make_docs(int argc, char **argv) {
  const char *outpath;
  double min_mb;
  json_t *docs = make_args(argc, argv, &outpath, &min_mb);
  FILE *out = fopen(outpath, "wb");
  if (!out) die("cannot open %s", outpath);
  long k = 0;
  do
    write_docs(out, docs, k++);
  while (ftell(out) < (long)(min_mb * 1e6));
  long bytes = ftell(out);
  if (fclose(out) != 0) die("write error on %s", outpath);
  printf("make-docs: %zu documents (%ld repetitions), %.1f MB\n",
         json_array_size(docs) * (size_t)k, k, (double)bytes / 1e6);
  json_decref(docs);
  return 0;
}

/* ---- make-texts ---- */

static int cmd_make_texts(int argc, char **argv) {
  const char *outdir;
  double min_mb, bytes = 0;
  json_t *docs = make_args(argc, argv, &outdir, &min_mb);
  long k = 0, files = 0;
  char path[4096];
  do {
    for (size_t i = 0; i < json_array_size(docs); i++) {
      json_t *t = json_object_get(json_array_get(docs, i), "text");
      if (!json_is_string(t)) continue;
      if (snprintf(path, sizeof path, "%s/%07ld.txt", outdir, files) >=
          (int)sizeof path)
        die("%s", "make-texts: --out path too long");
      FILE *out = fopen(path, "wb");
      if (!out) die("cannot open %s", path);
      size_t n = json_string_length(t);
      if (fwrite(json_string_value(t), 1, n, out) != n || fclose(out) != 0)
        die("write error on %s", path);
      files++;
      bytes += (double)n;
    }
    k++;
  } while (files > 0 && bytes < min_mb * 1e6);
  if (files == 0) die("%s", "make-texts: no record with a text");
  printf("make-texts: %ld files (%ld repetitions), %.0f bytes of text\n", files,
         k, bytes);
  json_decref(docs);
  return 0;
}

/* ---- pathological inputs ---- */

/* Prints s padded with spaces to `width` code points (printf pads bytes). */
static void print_padded(const char *s, int width) {
  int cps = 0;
  for (const char *p = s; *p; p++)
    cps += ((unsigned char)*p & 0xC0) != 0x80;
  fputs(s, stdout);
  for (; cps < width; cps++)
    putchar(' ');
}

/* Seconds of one analysis of text; its quote count in *nquotes. */
static double analyze_once(const qs_engine *eng, const char *name,
                           const char *text, size_t len, size_t *nquotes) {
  qs_error err;
  double a = now();
  qs_doc *doc = qs_doc_analyze(eng, name, text, len, NULL, &err);
  double t = now() - a;
  if (!doc) die("analysis failed: %s", err.message);
  *nquotes = qs_doc_quote_count(doc);
  qs_doc_free(doc);
  return t;
}

/* Best-of-N analysis time of text; at least `min_total` seconds spent. */
static double time_analyze(const qs_engine *eng, const char *name,
                           const char *text, size_t len, double min_total,
                           size_t *nquotes) {
  double best = -1, spent = 0;
  int runs = 0;
  while (runs < 3 || (spent < min_total && runs < 50)) {
    double t = analyze_once(eng, name, text, len, nquotes);
    if (best < 0 || t < best) best = t;
    spent += t;
    runs++;
    if (t > 5) break; /* already slow: one more run tells nothing new */
  }
  return best;
}

/* Ordinary prose: record texts, analysed one document at a time as the
 * library benchmark does. */
typedef struct {
  char *buf;   /* the texts, one after another */
  size_t *end; /* end offset of text i in buf */
  size_t n, len;
} prose_set;

/* Seconds of one analysis of every text of p, one document each. */
static double prose_once(const qs_engine *eng, const prose_set *p) {
  size_t nq;
  double t = 0;
  for (size_t i = 0, s = 0; i < p->n; s = p->end[i++])
    t += analyze_once(eng, "prose", p->buf + s, p->end[i] - s, &nq);
  return t;
}

/* The prose and text analysed in turns, at least three times each and
 * until min_total seconds went by: the best time of each, in *tp and *tt,
 * comes from the same stretch of time. */
static void time_in_turns(const qs_engine *eng, const prose_set *p,
                          const char *name, const char *text, size_t len,
                          double min_total, double *tp, double *tt,
                          size_t *nquotes) {
  double spent = 0;
  *tp = *tt = -1;
  for (int runs = 0; runs < 3 || (spent < min_total && runs < 50); runs++) {
    double a = prose_once(eng, p);
    double b = analyze_once(eng, name, text, len, nquotes);
    if (*tp < 0 || a < *tp) *tp = a;
    if (*tt < 0 || b < *tt) *tt = b;
    spent += a + b;
    if (b > 5) break; /* already slow: one more run tells nothing new */
  }
}

/* The "text" of the records of path, in order, until at least min_bytes. */
static void prose_from_jsonl(const char *path, size_t min_bytes, prose_set *p) {
  json_t *docs = json_array();
  if (!docs) die("%s", "out of memory");
  load_docs(path, docs);
  size_t nd = json_array_size(docs), n = 0, cap = min_bytes + ((size_t)1 << 20);
  p->buf = malloc(cap);
  p->end = malloc((nd ? nd : 1) * sizeof *p->end);
  p->n = 0;
  if (!p->buf || !p->end) die("%s", "out of memory");
  for (size_t i = 0; i < nd && n < min_bytes; i++) {
    json_t *t = json_object_get(json_array_get(docs, i), "text");
    if (!json_is_string(t)) continue;
    size_t k = json_string_length(t);
    if (n + k > cap) {
      cap = (n + k) * 2;
      char *nb = realloc(p->buf, cap);
      if (!nb) die("%s", "out of memory");
      p->buf = nb;
    }
    memcpy(p->buf + n, json_string_value(t), k);
    n += k;
    p->end[p->n++] = n;
  }
  json_decref(docs);
  if (n == 0) die("no record text in %s", path);
  p->len = n;
}

static int cmd_patho(int argc, char **argv) {
  const char *lexdir = NULL, *only = NULL, *prose_path = NULL;
  double baseline = 0, max_ratio = 10;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--lexicons") && i + 1 < argc)
      lexdir = argv[++i];
    else if (!strcmp(argv[i], "--prose") && i + 1 < argc)
      prose_path = argv[++i];
    else if (!strcmp(argv[i], "--baseline") && i + 1 < argc)
      baseline = atof(argv[++i]);
    else if (!strcmp(argv[i], "--max-ratio") && i + 1 < argc)
      max_ratio = atof(argv[++i]);
    else if (!strcmp(argv[i], "--only") && i + 1 < argc)
      only = argv[++i];
    else
      die("unknown argument %s", argv[i]);
  }
  qs_engine *eng = load_engine(lexdir);
  const char *base_what = "PolNeAR prose (library, analysis only)";
  prose_set prose = {NULL, NULL, 0, 0};
  if (prose_path) {
    prose_from_jsonl(prose_path, (size_t)2 << 20, &prose);
    double tp = -1;
    for (int r = 0; r < 3; r++) {
      double a = prose_once(eng, &prose);
      if (tp < 0 || a < tp) tp = a;
    }
    baseline = (double)prose.len / 1e6 / tp;
    base_what = "2 MB of the records' text, one document each, timed again "
                "in turns with each input";
  } else if (baseline <= 0) {
    /* No corpus: invented prose in paragraphs, with some quotations. */
    size_t len;
    char *inv = patho_prose((size_t)4 << 20, "\n\n", &len);
    if (!inv) die("%s", "out of memory");
    size_t nq;
    double t = time_analyze(eng, "prose", inv, len, 0.5, &nq);
    baseline = (double)len / 1e6 / t;
    base_what = "invented prose (no corpus found)";
    free(inv);
  }
  printf("baseline: %.2f MB/s, %s; gate: ratio <= %.0fx\n", baseline, base_what,
         max_ratio);
  printf("(ratio = prose MB/s / input MB/s; growth = exponent of time in size\n"
         " between 1/4 and full size: about 1 linear, 2 quadratic)\n");
  printf("%-22s %-44s %9s %8s %9s %7s %6s\n", "input", "shape", "MB", "seconds",
         "MB/s", "ratio", "growth");
  if (prose.buf)
    printf("(each ratio against the prose timed in turns with its input: "
           "prose MB/s in brackets)\n");
  int failed = 0;
  for (size_t i = 0; i < PATHO_NGENS; i++) {
    const patho_gen *g = &patho_gens[i];
    if (only && strcmp(only, g->name)) continue;
    size_t len, small_len, nq;
    char *text = g->gen(g->bench_size, &len);
    char *small = g->gen(g->bench_size / 4, &small_len);
    if (!text || !small) die("%s: out of memory", g->name);
    double local = baseline; /* prose MB/s in this moment */
    double t;
    if (prose.buf) {
      double tp;
      time_in_turns(eng, &prose, g->name, text, len, 0.6, &tp, &t, &nq);
      local = (double)prose.len / 1e6 / tp;
    } else {
      t = time_analyze(eng, g->name, text, len, 0.3, &nq);
    }
    double ts = time_analyze(eng, g->name, small, small_len, 0.3, &nq);
    double mbps = (double)len / 1e6 / t;
    double ratio = local / mbps;
    /* growth: exponent of time in size between 1/4 and full size (1 =
     * linear, 2 = quadratic); only meaningful above timer noise. */
    double growth =
        ts > 1e-4 ? log(t / ts) / log((double)len / (double)small_len) : NAN;
    int bad = ratio > max_ratio;
    failed += bad;
    printf("%-22s ", g->name);
    print_padded(g->what, 44);
    printf(" %9.2f %8.4f %9.2f %6.1fx %6.2f%s%s", (double)len / 1e6, t, mbps,
           ratio, growth, g->required ? "" : " (extra)", bad ? "  FAIL" : "");
    if (prose.buf) printf(" [%.1f]", local);
    putchar('\n');
    fflush(stdout);
    free(text);
    free(small);
  }
  qs_engine_free(eng);
  free(prose.buf);
  free(prose.end);
  printf("pathological: %d input%s over %.0fx slower than prose\n", failed,
         failed == 1 ? "" : "s", max_ratio);
  return failed ? 1 : 0;
}

/* ---- run-cmd ---- */

static int cmd_run(int argc, char **argv) {
  const char *out = NULL;
  int first = argc;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--out") && i + 1 < argc)
      out = argv[++i];
    else if (!strcmp(argv[i], "--")) {
      first = i + 1;
      break;
    } else
      die("unknown argument %s", argv[i]);
  }
  if (first >= argc) die("%s", "run-cmd: no command");
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) die("fork: %s", strerror(errno));
  if (pid == 0) {
    if (out) {
      int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0 || dup2(fd, 1) < 0) _exit(127);
      close(fd);
    }
    execvp(argv[first], argv + first);
    _exit(127);
  }
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) die("waitpid: %s", strerror(errno));
  double wall = now() - t0;
  /* The only child this process ever had, so the children's peak is its. */
  printf("wall_s=%.3f\nmaxrss_kb=%ld\nstatus=%d\n", wall,
         peak_rss_kb(RUSAGE_CHILDREN),
         WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr,
            "usage: qs-bench throughput|patho|run-cmd|make-docs|make-texts ... "
            "(see bench/bench.c)\n");
    return 2;
  }
  if (!strcmp(argv[1], "throughput")) return cmd_throughput(argc - 1, argv + 1);
  if (!strcmp(argv[1], "patho")) return cmd_patho(argc - 1, argv + 1);
  if (!strcmp(argv[1], "run-cmd")) return cmd_run(argc - 1, argv + 1);
  if (!strcmp(argv[1], "make-docs")) return cmd_make_docs(argc - 1, argv + 1);
  if (!strcmp(argv[1], "make-texts")) return cmd_make_texts(argc - 1, argv + 1);
  fprintf(stderr, "qs-bench: unknown command %s\n", argv[1]);
  return 2;
}
