#!/bin/sh
# run-gates.sh -- runs every gate of eval/gates.json (make eval).
#
# Each gate evaluates one labelled data set (the engine's own predictions
# unless the gate names a prediction file) and compares metrics with the
# gate's minimums; `quotescore eval --gates` prints one line per metric and
# which gate fell short.  Under CI=true a gate whose data is missing fails
# (unless the gate says "optional": true); elsewhere it is skipped with a
# message.  Exit: 0 all met, 1 a gate below its minimum or data missing in
# CI, other codes as `quotescore eval`.  Needs QS_BIN (make sets it).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
bin=${QS_BIN:-$root/build/quotescore}
if [ ! -x "$bin" ]; then
  echo "run-gates: $bin is not built (run make)" >&2
  exit 2
fi
req=
if [ "${CI:-}" = true ]; then req=--require-data; fi
"$bin" eval --gates eval/gates.json $req
rc=$?
if [ "$rc" -ne 0 ]; then
  echo "run-gates: FAILED (exit $rc): a gate above is below its minimum, missing data or broken" >&2
fi
exit "$rc"
