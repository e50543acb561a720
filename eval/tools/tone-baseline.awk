# tone-baseline.awk -- a deliberately naive tone "predictor" for exercising
# `quotescore eval --task tone`: every item gets the majority class of the
# VADER NYT data, "negative", with score -0.1.  It reads no lexicon and no
# text; it only copies each record's "id".  A baseline, not a scorer.
#
#   awk -f eval/tools/tone-baseline.awk GOLD.jsonl > PRED.jsonl
#
# Expects the id to be the first "id" key on each line (as in every file
# this project writes or reads); a line without one is an error (exit 3).
{
  if (match($0, /"id"[ \t]*:[ \t]*("([^"\\]|\\.)*"|-?[0-9]+)/)) {
    s = substr($0, RSTART, RLENGTH)
    sub(/^"id"[ \t]*:[ \t]*/, "", s)
    printf "{\"id\":%s,\"score\":-0.1,\"label\":\"negative\",\"source\":\"baseline:majority-negative\"}\n", s
  } else if ($0 !~ /^[ \t\r]*$/) {
    print "tone-baseline.awk: line " NR ": no \"id\"" > "/dev/stderr"
    bad = 1
    exit 3
  }
}
END { if (bad) exit 3 }
