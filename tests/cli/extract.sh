#!/bin/sh
# extract.sh -- CLI tests of `quotescore extract`: carried-through fields,
# one output line per input record in order, bad records (broken JSON,
# missing text, invalid UTF-8, over the size cap) reported on stderr with
# file:line and answered with an error line on stdout, --strict, usage and
# I/O exit codes, large and odd documents, byte-identical reruns.
# Every fixture is generated here with printf/awk in a temp dir (invented
# text); the script runs from that temp dir, so it does not depend on the
# caller's cwd.  Needs QS_BIN.  Prints "N passed, N failed" last; exits
# non-zero on any failure.  XFAIL lines are known bugs, not counted.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${QS_BIN:?QS_BIN must point at the quotescore binary}"
case $QS_BIN in /*) ;; *) QS_BIN=$(pwd)/$QS_BIN ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/qs-extract.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
cd "$tmp" || exit 2
LEX="$root/lexicons"
X="$QS_BIN extract --lexicons $LEX"
pass=0
fail=0

bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# run CMD... : runs with stdout -> out, stderr -> err, exit code -> $rc.
run() {
  "$@" >out 2>err
  rc=$?
}

# check NAME CODE [out:STR | err:STR | !out:STR | !err:STR | lines:N]...
# after a run: exit code and fixed strings present/absent in stdout/stderr.
check() {
  name=$1 code=$2
  shift 2
  why=
  [ "$rc" -eq "$code" ] || why="$why [exit $rc, want $code]"
  for c in "$@"; do
    case $c in
      out:*) grep -F -q -- "${c#out:}" out || why="$why [stdout lacks ${c#out:}]" ;;
      err:*) grep -F -q -- "${c#err:}" err || why="$why [stderr lacks ${c#err:}]" ;;
      !out:*) ! grep -F -q -- "${c#!out:}" out || why="$why [stdout has ${c#!out:}]" ;;
      !err:*) ! grep -F -q -- "${c#!err:}" err || why="$why [stderr has ${c#!err:}]" ;;
      lines:*) n=$(wc -l <out | tr -d ' ')
        [ "$n" -eq "${c#lines:}" ] || why="$why [stdout has $n lines, want ${c#lines:}]" ;;
      *) why="$why [bad check $c]" ;;
    esac
  done
  if [ -z "$why" ]; then
    pass=$((pass + 1))
  else
    bad "$name:$why"
    sed 's/^/    out: /' out | cut -c1-200 | head -n 4
    sed 's/^/    err: /' err | head -n 4
  fi
}

# xcheck: like check, for a known bug: XFAIL while it fails, XPASS (and a
# pass) once fixed -- then turn it into a plain check.
xcheck() {
  xname=$1
  f0=$fail
  check "$@" >/dev/null
  if [ "$fail" -gt "$f0" ]; then
    fail=$f0
    echo "XFAIL: $xname (known bug)"
  else
    echo "XPASS: $xname -- fixed, make it a plain check"
  fi
}

# ids of the output lines, one per line (id is always the first field).
ids() { sed -n 's/^{"id":\([^,]*\),.*/\1/p' out; }

L='\342\200\234' R='\342\200\235' # curly double marks, as printf octal

# ---------------------------------------------------------------- fixtures
printf '{"id": "a1", "outlet": "Daily Planet", "date": "2024-05-01", "meta": {"tags": ["x", 1, null], "nested": {"k": 2.5, "q": "a\\"b\\\\c"}}, "text": "\\u201cWe will not back down from this fight,\\u201d Mayor Lena Ortiz said on Monday."}\n' >good.jsonl
printf '{"id": "a2", "text": "The council met. \\u201cWe are ready for the vote,\\u201d the chair said.", "url": "https://example.org/x?y=1&z=2", "outlet": "Le Monde \\u2014 Paris"}\n' >>good.jsonl
printf '{"id": 3, "text": "No quotation here at all.", "score": null}\n' >>good.jsonl
printf '{"id": "a4", "text": "Plain text again."}\r\n' >>good.jsonl

{
  printf '{"id": "m1", "text": "\\u201cFirst record is fine and long,\\u201d she said."}\n'
  printf '{"id": "m2", "text": "broken record, no closing brace"\n'
  printf '{"id": "m3", "text": "\\u201cThird record is fine as well,\\u201d he said."}\n'
  printf '{"id": "m4", "txt": "the text field is misspelt"}\n'
  printf '[1, 2, 3]\n'
  printf '{"id": "m6", "text": 42}\n'
  printf '{"id": "m7", "text": "Last record, still analysed."}\n'
} >mixed.jsonl

# ------------------------------------------------------ good input, fields
run $X good.jsonl
check good-exit 0 lines:4 \
  'out:{"id":"a1","outlet":"Daily Planet","date":"2024-05-01","meta":{"tags":["x",1,null],"nested":{"k":2.5,"q":"a\"b\\c"}},"quotes":[' \
  'out:"url":"https://example.org/x?y=1&z=2","outlet":"Le Monde — Paris","quotes":[' \
  'out:"text":"We will not back down from this fight,"' \
  'out:"text":"We are ready for the vote,"' \
  'out:{"id":"3","score":null,"quotes":[]' \
  'out:{"id":"a4","quotes":[],"framing":[]}' \
  '!out:"text":"\u201c' '!out:"text":"No quotation'
[ "$(ids | tr '\n' ' ')" = '"a1" "a2" "3" "a4" ' ] || bad "good-order: ids $(ids | tr '\n' ' ')"
# Offsets are code points: the span of a1 starts after one curly mark.
grep -F -q '"start":1,"end":39,' out || bad "good-offsets: a1 span is not [1,39)"

# stdin gives the same as a file argument; "-" names stdin.
cp out file.out
run $X <good.jsonl
cmp -s out file.out && pass=$((pass + 1)) || bad "stdin output differs from file output"
run $X - <good.jsonl
cmp -s out file.out && pass=$((pass + 1)) || bad "'-' output differs from file output"

# --with-text copies the text; --format text is readable.
run $X --with-text good.jsonl
check with-text 0 lines:4 'out:"text":"“We will not back down from this fight,” Mayor Lena Ortiz said on Monday.","quotes":['
run $X --format text good.jsonl
check format-text 0 'out:== a1: 1 quote' 'out:speaker: Lena Ortiz' 'out:== 3: 0 quotes'

# ------------------------------------------------------------ bad records
run $X mixed.jsonl
check mixed-exit 3 lines:7 \
  'err:mixed.jsonl:2:' 'err:mixed.jsonl:4' 'err:mixed.jsonl:5:' 'err:mixed.jsonl:6' \
  '!err:mixed.jsonl:1:' '!err:mixed.jsonl:3:' '!err:mixed.jsonl:7:' \
  'err:"text" is missing' \
  'out:{"id":null,"line":2,"error":' 'out:{"id":"m4","line":4,"error":' \
  'out:{"id":null,"line":5,"error":' 'out:"line":6,"error":' \
  'out:"text":"First record is fine and long,"' \
  'out:"text":"Third record is fine as well,"' 'out:{"id":"m7","quotes":[]'
[ "$(ids | tr '\n' ' ')" = '"m1" null "m3" "m4" null "m6" "m7" ' ] ||
  bad "mixed-order: ids $(ids | tr '\n' ' ')"

# --strict stops at the first bad record, and before the next file.
run $X --strict mixed.jsonl good.jsonl
check strict 3 lines:2 'out:"id":"m1"' 'out:{"id":null,"line":2,"error":' \
  '!out:"id":"m3"' '!out:"id":"a1"' 'err:mixed.jsonl:2:' '!err:mixed.jsonl:4'

# Several files: line numbers are per file, the file is named.
run $X good.jsonl mixed.jsonl
check two-files 3 lines:11 'err:mixed.jsonl:2:' '!err:good.jsonl'

# Over the size cap: that record fails, the others go on.
run $X --max-doc-bytes 40 mixed.jsonl
check size-cap 3 lines:7 'out:{"id":"m1","line":1,"error":' \
  'out:{"id":"m3","line":3,"error":' 'out:{"id":"m7","quotes":[]' \
  'err:mixed.jsonl:1 (id "m1")' 'err:size limit exceeded'

# ------------------------------------------------------------ invalid UTF-8
# Raw bytes can only come through --text (JSON strings are always valid).
# "Zoë said: “We" is 16 bytes, then the bad byte \377.
printf 'Zo\303\253 said: \342\200\234We\377 will never give up,\342\200\235 he added.\n' >bad-utf8.txt
run $X --text bad-utf8.txt
check utf8-invalid 3 lines:1 'err:bad-utf8.txt:1' 'err:byte 16' \
  'out:"id":"bad-utf8.txt","line":1,' 'out:"offset":16'
run $X --text --replace-invalid bad-utf8.txt
check utf8-replaced 0 lines:1 'out:"text":"We� will never give up,"' \
  'out:"start":11,"end":34,'
# The id of a --text document is its path (json_io.c writes null today).
check text-mode-id 0 'out:{"id":"bad-utf8.txt","quotes":['
# JSONL with raw invalid bytes: an error for that record only, or, under
# --replace-invalid, one U+FFFD per maximal ill-formed subpart.
printf '{"id":"u1","text":"Ok \342\202 then \355\240\200 end"}\n{"id":"u2","text":"fine"}\n' >bad-utf8.jsonl
run $X --with-text bad-utf8.jsonl
check utf8-jsonl-invalid 3 lines:2 'out:{"id":null,"line":1,"error":' \
  'out:{"id":"u2","text":"fine"' 'err:bad-utf8.jsonl:1'
run $X --with-text --replace-invalid bad-utf8.jsonl
check utf8-jsonl-replaced 0 lines:2 \
  'out:{"id":"u1","text":"Ok � then ��� end"' \
  'out:{"id":"u2","text":"fine"'
printf '\342\200\234Cut short at the end\342' >truncated.txt
run $X --text truncated.txt
check utf8-truncated 3 'err:byte 23' 'out:"offset":23'
printf '\355\240\200 surrogate first' >surrogate.txt
run $X --text surrogate.txt
check utf8-surrogate 3 'err:byte 0'

# -------------------------------------------------------- odd documents
printf '{"id": "empty", "text": ""}\n{"id": "blank", "text": "  \\n\\n  "}\n' >empty.jsonl
run $X empty.jsonl
check empty-doc 0 lines:2 'out:{"id":"empty","quotes":[],"framing":[]}' \
  'out:{"id":"blank","quotes":[],"framing":[]}'
: >empty.txt
run $X --text empty.txt
check empty-text-file 0 lines:1 'out:"quotes":[],"framing":[]}'
check empty-text-file-id 0 'out:{"id":"empty.txt","quotes":[],"framing":[]}'
: >nothing.jsonl
run $X nothing.jsonl
check empty-jsonl-file 0 lines:0
# a blank line is answered too, so output line N still answers input line N
printf '{"id": "one", "text": "a"}\n\n{"id": "three", "text": "c"}\n' >blank-line.jsonl
run $X blank-line.jsonl
check blank-line-aligned 3 lines:3 'out:{"id":"one",' 'out:"line":2,"error":"blank line' \
  'out:{"id":"three",' 'err:blank-line.jsonl:2'

# NUL in a JSON string: analysed, offsets count it as one code point.
printf '{"id": "nul", "text": "a\\u0000b. \\u201cWe are still here today,\\u201d she said."}\n' >nul.jsonl
run $X nul.jsonl
check nul-before-quote 0 lines:1 'out:"start":6,"end":30,' 'out:"text":"We are still here today,"'
printf '{"id": "nul2", "text": "\\u201cWe are\\u0000 still here today,\\u201d she said."}\n' >nul2.jsonl
run $X nul2.jsonl
check nul-inside-quote-span 0 'out:"start":1,"end":26,'
check nul-inside-quote-text 0 'out:"text":"We are\u0000 still here today,"'

# A BOM and CRLF line ends in a --text document.
printf '\357\273\277\342\200\234We will stay the course,\342\200\235 she said.\r\n\r\nNext paragraph.\r\n' >bom.txt
run $X --text bom.txt
check bom-crlf 0 lines:1 'out:"start":2,"end":26,' 'out:"paragraph":0'

# A 5 MB document (130000 quotations of 40 bytes) in JSONL and as text.
awk 'BEGIN { printf "{\"id\": \"big\", \"text\": \""
  for (i = 0; i < 130000; i++) printf "\\u201cWe will win this time,\\u201d she said. "
  print "\"}" }' >big.jsonl
run $X big.jsonl
check big-jsonl 0 lines:1 'out:{"id":"big","quotes":['
n=$(grep -o '"type":"direct"' out | wc -l | tr -d ' ')
[ "$n" -eq 130000 ] || bad "big-jsonl: $n direct quotes, want 130000"
awk 'BEGIN { for (i = 0; i < 130000; i++) printf "\342\200\234We will win this time,\342\200\235 she said. "
  print "" }' >big.txt
size=$(wc -c <big.txt | tr -d ' ')
[ "$size" -gt 5000000 ] || bad "big.txt is only $size bytes"
run $X --text big.txt
check big-text 0 lines:1
n=$(grep -o '"type":"direct"' out | wc -l | tr -d ' ')
[ "$n" -eq 130000 ] || bad "big-text: $n direct quotes, want 130000"

# -------------------------------------------------------- usage and I/O
run $X --bogus good.jsonl
check unknown-option 2 'err:--bogus' lines:0
run $X --format yaml good.jsonl
check bad-format 2 'err:yaml'
run $X --max-doc-bytes lots good.jsonl
check bad-max-doc-bytes 2 'err:lots'
run $X --lexicons
check option-without-value 2
run $X --help
check help 0 'out:usage: quotescore extract' 'out:--strict' 'out:--replace-invalid'
run $QS_BIN extract -h
check help-short 0 'out:usage: quotescore extract'
run $X no-such-file.jsonl
check missing-file 6 'err:no-such-file.jsonl' lines:0
run $X no-such-file.jsonl good.jsonl
check missing-file-then-good 6 'err:no-such-file.jsonl' lines:4
run $QS_BIN extract --lexicons "$tmp/no-such-folder" good.jsonl
check missing-lexicons 4 'err:no-such-folder' lines:0
mkdir badlex && cp "$LEX"/*.tsv badlex/ && printf 'zqcue\tzqcue\tshout\t0.0\n' >>badlex/cues.tsv
lexline=$(wc -l <badlex/cues.tsv | tr -d ' ')
run $QS_BIN extract --lexicons badlex good.jsonl
check bad-lexicon 4 "err:cues.tsv:$lexline" lines:0
# Without --lexicons and with no ./lexicons here, $QUOTESCORE_LEXICONS works.
run env QUOTESCORE_LEXICONS="$LEX" "$QS_BIN" extract good.jsonl
check lexicons-from-env 0 lines:4
if [ -w /dev/full ]; then
  run sh -c "$X good.jsonl >/dev/full"
  check write-error 6 'err:error writing output'
fi

# ------------------------------------------------------------ determinism
cat good.jsonl mixed.jsonl nul.jsonl >all.jsonl
$X all.jsonl >run1.out 2>run1.err
$X all.jsonl >run2.out 2>run2.err
if cmp -s run1.out run2.out && cmp -s run1.err run2.err; then
  pass=$((pass + 1))
else
  bad "determinism: two runs differ"
fi
LC_ALL=C.UTF-8 $X all.jsonl >run3.out 2>/dev/null
cmp -s run1.out run3.out && pass=$((pass + 1)) || bad "determinism: output differs under LC_ALL=C.UTF-8"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
