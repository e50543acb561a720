#!/bin/sh
# eval_errors.sh -- CLI tests of `quotescore eval`: bad gold and prediction
# files give exit 3 with a message naming the file and line; thresholds and
# gates exit 1; usage errors exit 2; reports are byte-identical across runs.
# Data files are in tests/cli/eval/ (invented text).  Needs QS_BIN.
# Prints "N passed, N failed" last; exits non-zero on any failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${QS_BIN:?QS_BIN must point at the quotescore binary}"
cd "$root" || exit 2
d=tests/cli/eval
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect NAME CODE PATTERN... -- command after "--"; every PATTERN must
# occur in stderr+stdout (fixed strings).
expect() {
  name=$1 code=$2
  shift 2
  pats=
  while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
    pats="$pats$1
"
    shift
  done
  shift
  "$@" >"$tmp/out" 2>&1
  rc=$?
  if [ "$rc" -ne "$code" ]; then
    bad "$name: exit $rc, want $code"
    sed 's/^/    /' "$tmp/out" | head -5
    return
  fi
  missing=
  old_ifs=$IFS
  IFS='
'
  for p in $pats; do
    grep -F -q -- "$p" "$tmp/out" || missing="$missing [$p]"
  done
  IFS=$old_ifs
  if [ -n "$missing" ]; then
    bad "$name: output lacks$missing"
    sed 's/^/    /' "$tmp/out" | head -5
    return
  fi
  ok
}

Q="$QS_BIN eval --bootstrap 0 --quiet"

# Bad gold files
expect broken-gold-json 3 "gold-broken-json.jsonl" "line 2" "invalid JSON" -- \
  $Q --gold $d/gold-broken-json.jsonl --pred $d/pred-perfect.jsonl
expect gold-offset-outside 3 "gold-offset-outside.jsonl" "line 2" '(id "d3")' "outside the text" -- \
  $Q --gold $d/gold-offset-outside.jsonl --pred $d/pred-perfect.jsonl
expect gold-end-before-start 3 "gold-end-before-start.jsonl" "line 3" "before start" -- \
  $Q --gold $d/gold-end-before-start.jsonl --pred $d/pred-perfect.jsonl
expect gold-unknown-label 3 "tone-gold-bad-label.jsonl" "line 2" "negative, neutral or positive" -- \
  $Q --task tone --gold $d/tone-gold-bad-label.jsonl --pred $d/tone-pred.jsonl
expect gold-duplicate-id 3 "gold-duplicate-id.jsonl" "line 3" "duplicate id" -- \
  $Q --gold $d/gold-duplicate-id.jsonl --pred $d/pred-perfect.jsonl
expect gold-missing-file 6 "nope.jsonl" "cannot open" -- \
  $Q --gold $d/nope.jsonl --pred $d/pred-perfect.jsonl

# Bad prediction files
expect pred-unknown-id 3 "pred-unknown-id.jsonl" "line 2" '"ghost"' "not in the gold" -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-unknown-id.jsonl
expect pred-broken-json 3 "pred-broken-json.jsonl" "line 2" "invalid JSON" -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-broken-json.jsonl
expect pred-offset-outside 3 "pred-offset-outside.jsonl" "line 1" "outside the gold text" -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-offset-outside.jsonl
expect pred-duplicate-id 3 "pred-duplicate-id.jsonl" "line 3" "duplicate id" -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-duplicate-id.jsonl
expect pred-unknown-label 3 "tone-pred-bad-label.jsonl" "line 1" "negative, neutral or positive" -- \
  $Q --task tone --gold $d/tone-gold.jsonl --pred $d/tone-pred-bad-label.jsonl

# Usage
expect tone-needs-pred 2 "tone scorer not built yet; pass --pred" -- \
  $Q --task tone --gold $d/tone-gold.jsonl
expect no-gold 2 "--gold FILE is required" -- $Q --task quotes
expect bad-task 2 "--task must be quotes or tone" -- $Q --task mood --gold $d/gold.jsonl
expect bad-min 2 "--min needs METRIC=NUMBER" -- $Q --gold $d/gold.jsonl --min quotes.exact.f1
expect unknown-metric 2 'unknown metric "quotes.nope"' -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-perfect.jsonl --min quotes.nope=0.1

# Thresholds
expect perfect-passes 0 "ok    quotes.exact.f1 = 1.0000 >= 0.9900" -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-perfect.jsonl --min quotes.exact.f1=0.99
expect below-threshold 1 "BELOW quotes.cov0.3.recall = 0.0000 < 0.5000" -- \
  $Q --gold $d/gold.jsonl --pred $d/pred-half.jsonl --min quotes.cov0.3.recall=0.5
expect tone-runs 0 "tone.accuracy" -- \
  $Q --task tone --gold $d/tone-gold.jsonl --pred $d/tone-pred.jsonl --min tone.accuracy=1

# Reports: byte-identical JSON twice, table on stdout, --compare
R="$QS_BIN eval --bootstrap 300 --seed 5"
expect json-a 0 "Spans (fragments)" -- $R --gold $d/gold.jsonl --pred $d/pred-half.jsonl --json "$tmp/a.json"
expect json-b 0 "" -- $R --gold $d/gold.jsonl --pred $d/pred-half.jsonl --json "$tmp/b.json" --quiet
if cmp -s "$tmp/a.json" "$tmp/b.json"; then ok; else bad "json reports differ between runs"; fi
expect json-perfect 0 "" -- $R --gold $d/gold.jsonl --pred $d/pred-perfect.jsonl --json "$tmp/c.json" --quiet
expect json-schema 0 '"f1":1.000000' '"schema": "quotescore-eval/1"' -- cat "$tmp/c.json"
expect markdown 0 "### Spans (fragments)" "|---|" -- \
  $R --gold $d/gold.jsonl --pred $d/pred-perfect.jsonl --markdown
expect compare 0 "quotes.exact.f1" "paired bootstrap" -- $QS_BIN eval --compare "$tmp/a.json" "$tmp/c.json"
expect compare-other-task 3 "not reports of the same task" -- \
  sh -c "$QS_BIN eval --task tone --gold $d/tone-gold.jsonl --pred $d/tone-pred.jsonl --quiet --json $tmp/t.json && $QS_BIN eval --compare $tmp/a.json $tmp/t.json"
expect errors-file 0 "" -- $Q --gold $d/gold.jsonl --pred $d/pred-half.jsonl --errors "$tmp/err.jsonl"
expect errors-content 0 '"kind":"miss"' "[[The bridge opens in May.]]" -- cat "$tmp/err.jsonl"

# Gates
expect gates-pass 0 "gate cli-test" "0 below threshold" -- $QS_BIN eval --gates $d/gates-pass.json
expect gates-fail 1 "BELOW quotes.cov0.3.recall" "1 below threshold" -- $QS_BIN eval --gates $d/gates-fail.json
expect gates-unknown-metric 2 'unknown metric "quotes.no.such.metric"' -- $QS_BIN eval --gates $d/gates-unknown-metric.json

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
