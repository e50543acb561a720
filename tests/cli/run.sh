#!/bin/sh
# Runs every CLI test script in tests/cli (each prints "N passed, N failed"
# as its last line and exits non-zero on failure) and sums them up.
# Needs QS_BIN (the quotescore binary); make cli-tests sets it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${QS_BIN:?QS_BIN must point at the quotescore binary}"
export QS_BIN
total_pass=0
total_fail=0
status=0
for t in "$here"/*.sh; do
  [ "$(basename "$t")" = run.sh ] && continue
  out=$(sh "$t" 2>&1)
  rc=$?
  printf '%s\n' "$out"
  last=$(printf '%s\n' "$out" | tail -n 1)
  p=$(printf '%s' "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p')
  f=$(printf '%s' "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p')
  if [ -z "$p" ]; then
    echo "cli: $(basename "$t") printed no summary line"
    p=0
    f=1
  fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  [ "$rc" -ne 0 ] && status=1
done
echo "cli: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] || status=1
exit $status
