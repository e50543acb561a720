#!/bin/sh
# bench/run.sh -- the benchmark behind `make bench`.
#
#  0. input: qs-bench make-docs turns the PolNeAR train+dev gold records
#     (../shared/data/quotes/polnear) into documents -- the gold "quotes"
#     dropped, id, text and the other fields (source, split, meta) kept --
#     repeated with ids suffixed "#k" until the file holds >= 100 MB.  It is
#     built by the project's own C driver (jansson), no other tool.
#  1. library throughput: qs-bench streams that file one document at a time
#     until >= 100 MB of text went through: MB/s, docs/s, peak RSS.
#  2. CLI throughput: `quotescore extract` on that file, stdout to
#     /dev/null, BENCH_CLI_RUNS passes (default 3) back to back: MB/s of
#     JSONL, docs/s and peak RSS of each pass (/usr/bin/time -v when
#     present, else qs-bench's own runner), then the median pass, with the
#     slowest and the fastest.  The headline figure.
#  2b. CLI on plain text: qs-bench make-texts writes the "text" of the same
#     records, one file per document, repeated until >= 100 MB of text, and
#     `quotescore extract --text` runs over the files (xargs: as few runs
#     as the argument limit allows): MB/s of text, docs/s, peak RSS -- the
#     speed without the JSONL parsing.
#  3. linear time: every generator of tests/pathological/generators.h,
#     timed at full size, against 2 MB of PolNeAR prose timed right before
#     it (so that a slow moment of the host slows both).
#
# Gates (non-zero exit): a pathological input more than 10x slower than
# prose, peak RSS of the library run above 64 MB, a failed run.  Without
# ../shared/data the throughput parts are skipped with a message (and the
# run fails under CI=true).  Needs QS_BIN; `make bench` sets it.
# Environment: BENCH_MIN_MB (default 100), BENCH_MAX_RATIO (default 10),
# BENCH_CLI_RUNS (default 3).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
: "${QS_BIN:?QS_BIN must point at the quotescore binary}"
min_mb=${BENCH_MIN_MB:-100}
max_ratio=${BENCH_MAX_RATIO:-10}
cli_runs=${BENCH_CLI_RUNS:-3}
max_rss_kb=65536
lexicons="$root/lexicons"
data="$root/../shared/data/quotes/polnear"
status=0

bdir=$(cd "$(dirname "$QS_BIN")" && pwd)
bench="$bdir/qs-bench"
if ! ${MAKE:-make} -s -C "$root" BUILD="$bdir" "$bench"; then
  echo "bench: could not build $bench"
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qs-bench.XXXXXX") || exit 2

# run_timed WHAT CMD [ARG...]: runs CMD (stdin as given, stdout to /dev/null)
# under /usr/bin/time -v when present, else qs-bench run-cmd; sets wall
# (seconds), cli_rss (kB, the largest process of the run), cpu (user +
# system seconds, "?" without /usr/bin/time) and runner.
# Returns 1, with a FAIL line and status=1, when CMD fails.
run_timed() {
  what=$1
  shift
  if [ -x /usr/bin/time ]; then
    runner="/usr/bin/time -v"
    /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt"
    rc=$?
    wall=$(sed -n 's/^.*Elapsed (wall clock) time.*): //p' "$tmp/time.txt" |
      awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    cli_rss=$(sed -n 's/^.*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
    cpu=$(sed -n 's/^.*\(User\|System\) time (seconds): //p' "$tmp/time.txt" |
      awk '{ s += $1 } END { printf "%.2f", s }')
  else
    runner="qs-bench run-cmd"
    "$bench" run-cmd --out /dev/null -- "$@" >"$tmp/run.txt" 2>"$tmp/time.txt"
    rc=$(sed -n 's/^status=//p' "$tmp/run.txt")
    wall=$(sed -n 's/^wall_s=//p' "$tmp/run.txt")
    cli_rss=$(sed -n 's/^maxrss_kb=//p' "$tmp/run.txt")
    cpu="?"
  fi
  if [ "${rc:-1}" -ne 0 ] || [ -z "$wall" ]; then
    echo "bench: FAIL $what exited ${rc:-?}"
    head -n 5 "$tmp/time.txt"
    status=1
    return 1
  fi
  return 0
}
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

echo "== quotescore benchmark ($(uname -m), $(nproc 2>/dev/null || echo '?') cpus, single thread)"
baseline=""
if [ -f "$data/train.jsonl" ] && [ -f "$data/dev.jsonl" ]; then
  echo
  echo "== 0. input: PolNeAR train+dev as documents (gold quotes dropped), >= $min_mb MB"
  big="$tmp/docs.jsonl"
  if ! "$bench" make-docs --out "$big" --min-mb "$min_mb" \
      "$data/train.jsonl" "$data/dev.jsonl"; then
    echo "bench: could not build the input file"
    exit 2
  fi

  echo
  echo "== 1. library: those documents, streamed until >= $min_mb MB of text"
  if "$bench" throughput --lexicons "$lexicons" --min-mb "$min_mb" \
      "$big" >"$tmp/lib.txt"; then :; else
    echo "bench: FAIL library throughput run (exit $?)"
    status=1
  fi
  grep -v '=' "$tmp/lib.txt"
  baseline=$(sed -n 's/^baseline_mbps=//p' "$tmp/lib.txt")
  rss=$(sed -n 's/^peak_rss_kb=//p' "$tmp/lib.txt")
  if [ -n "$rss" ] && [ "$rss" -gt "$max_rss_kb" ]; then
    echo "bench: FAIL library peak RSS ${rss} kB is over $max_rss_kb kB"
    status=1
  fi

  echo
  echo "== 2. CLI: quotescore extract on those documents (one file, >= $min_mb MB)"
  size=$(wc -c <"$big" | tr -d ' ')
  lines=$(wc -l <"$big" | tr -d ' ')
  # Passes of the same file, back to back; each is printed, and the
  # headline is their median (the host's slow moments move single passes).
  : >"$tmp/passes"
  pass=1
  while [ "$pass" -le "$cli_runs" ]; do
    if run_timed "quotescore extract" "$QS_BIN" extract --lexicons "$lexicons" "$big"; then
      echo "$wall $cli_rss" >>"$tmp/passes"
      awk -v b="$size" -v n="$lines" -v t="$wall" -v r="$cli_rss" -v how="$runner" -v k="$pass" -v cpu="$cpu" 'BEGIN {
        if (t <= 0) t = 0.001
        printf "cli pass %d: %.1f MB of JSONL, %d documents in %.2f s (CPU %s s), %.2f MB/s, peak RSS %.1f MB (%s)\n", k, b / 1e6, n, t, cpu, b / 1e6 / t, r / 1024, how
      }'
    fi
    pass=$((pass + 1))
  done
  if [ -s "$tmp/passes" ]; then
    sort -n "$tmp/passes" | awk -v b="$size" -v n="$lines" '
      { t[NR] = $1; if ($2 > r) r = $2 }
      END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        if (m <= 0) m = 0.001
        if (t[1] <= 0) t[1] = 0.001
        printf "cli: %.2f MB/s of JSONL (median of %d passes; slowest %.2f, fastest %.2f), %.0f docs/s, peak RSS %.1f MB\n", b / 1e6 / m, NR, b / 1e6 / t[NR], b / 1e6 / t[1], n / m, r / 1024
      }'
  fi

  echo
  echo "== 2b. CLI on plain text: quotescore extract --text, one file per document (>= $min_mb MB of text)"
  tdir="$tmp/texts"
  if mkdir "$tdir" && "$bench" make-texts --out "$tdir" --min-mb "$min_mb" \
      "$data/train.jsonl" "$data/dev.jsonl" >"$tmp/texts.txt"; then
    cat "$tmp/texts.txt"
    nfiles=$(sed -n 's/^make-texts: \([0-9]*\) files.*/\1/p' "$tmp/texts.txt")
    tbytes=$(sed -n 's/^.*, \([0-9]*\) bytes of text$/\1/p' "$tmp/texts.txt")
    # File names hold no blank (mktemp, digits); each xargs run notes itself.
    # Half the argument limit leaves room for the environment.
    find "$tdir" -name '*.txt' | sort >"$tmp/texts.list"
    : >"$tmp/runs"
    argmax=$(getconf ARG_MAX 2>/dev/null)
    case $argmax in '' | *[!0-9]*) argmax=131072 ;; esac
    if run_timed "quotescore extract --text" xargs -s $((argmax / 2)) \
        sh -c 'echo run >>"$0"; exec "$@"' "$tmp/runs" \
        "$QS_BIN" extract --lexicons "$lexicons" --text <"$tmp/texts.list"; then
      runs=$(wc -l <"$tmp/runs" | tr -d ' ')
      awk -v b="$tbytes" -v n="$nfiles" -v t="$wall" -v r="$cli_rss" -v how="$runner" -v k="$runs" 'BEGIN {
        if (t <= 0) t = 0.001
        printf "cli --text: %.1f MB of text, %d files in %.2f s (%d runs, %s)\n", b / 1e6, n, t, k, how
        printf "cli --text: %.2f MB/s of text, %.0f docs/s, peak RSS %.1f MB\n", b / 1e6 / t, n / t, r / 1024
      }'
    fi
  else
    echo "bench: FAIL could not write the plain-text documents"
    status=1
  fi
else
  echo
  if [ "${CI:-}" = true ]; then
    echo "bench: FAIL PolNeAR data missing under CI: $data"
    exit 1
  fi
  echo "bench: PolNeAR data not found ($data): throughput skipped;"
  echo "bench: the pathological inputs are compared with invented prose instead"
fi

echo
echo "== 3. linear time: pathological inputs vs ordinary prose"
set -- --lexicons "$lexicons" --max-ratio "$max_ratio"
if [ -n "$baseline" ]; then
  # the prose is timed again before each input (see qs-bench patho)
  set -- "$@" --prose "$data/train.jsonl"
fi
if ! "$bench" patho "$@"; then
  status=1
fi

echo
if [ "$status" -eq 0 ]; then echo "bench: all gates passed"; else echo "bench: FAILED"; fi
exit $status
