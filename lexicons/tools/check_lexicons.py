#!/usr/bin/env python3
"""Sanity-check every lexicon TSV in lexicons/ (stdlib only, not a build step).

    python3 lexicons/tools/check_lexicons.py

Checks: UTF-8 (NFC), Unix newlines, field count, allowed kinds/classes, lowercase
keys, no duplicate keys, framing values in [-1, 1] with at most 2 decimals,
and that cues.tsv matches what gen_cues.py would write.  Prints row counts.
"""
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.dirname(HERE)

SPEC = {
    # file: (number of fields, {column index: allowed values})
    "cues.tsv": (4, {2: {"speech", "write", "belief", "prep", "noun", "frame"}}),
    "titles.tsv": (2, {1: {"honorific", "title", "role"}}),
    "orgs.tsv": (2, {1: {"org", "orghead", "place"}}),
    "groups.tsv": (2, {1: {"pl", "sg"}}),
    "pronouns.tsv": (4, {1: {"m", "f", "n", "x"}, 2: {"sg", "pl"},
                         3: {"person", "org", "any"}}),
    "abbrev.tsv": (2, {1: {"title", "month", "org", "initialism", "ambiguous", "other"}}),
    "first_names.tsv": (2, {1: {"m", "f", "x"}}),
    "stopwords.tsv": (2, {1: {"det", "prep", "conj", "pron", "adv", "day", "month", "other"}}),
    # the set names are the QS_SET_* bits of engine/src/qs_internal.h
    "wordsets.tsv": (2, {1: {
        "article", "aux", "clause_stop", "contraction", "elision",
        "finding_lemma", "finding_noun", "finite", "finite_form", "infinitive_lemma",
        "listener_lemma",
        "name_connector", "no_object_lemma", "noun_tail", "noun_verb", "np_determiner",
        "number_word", "np_prep", "plural_noun_cue",
        "possessive", "quantifier", "question_lemma", "raising_verb", "relative",
        "role_modifier", "section_label", "tell_object", "tell_verb", "time_determiner",
        "time_noun", "topic_prep", "wh_word",
        # flags, not QS_SET_* bits (engine/src/lexicon.c)
        "stance_cue", "report_noun", "document_noun"}}),
}
# files where a word may stand in several rows (one per set): the whole row
# must be unique instead of the key
MULTI = {"wordsets.tsv"}
FRAMING = re.compile(r"^-?[01](\.[0-9]{1,2})?$")


def check(name, nfields, allowed):
    errs = []
    path = os.path.join(LEX, name)
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errs.append("%s: contains CR characters" % name)
    if not raw.endswith(b"\n"):
        errs.append("%s: no final newline" % name)
    text = raw.decode("utf-8")
    if not unicodedata.is_normalized("NFC", text):
        errs.append("%s: not in Unicode NFC form" % name)
    lines = text.split("\n")
    seen = {}
    counts = {}
    rows = 0
    leading_comments = 0
    for i, line in enumerate(lines, 1):
        if line.startswith("#") and rows == 0 and i == leading_comments + 1:
            leading_comments += 1
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        where = "%s:%d" % (name, i)
        if len(f) != nfields:
            errs.append("%s: %d fields, want %d: %r" % (where, len(f), nfields, line))
            continue
        if any(x != x.strip() or x == "" for x in f):
            errs.append("%s: empty field or stray whitespace: %r" % (where, line))
        if "  " in f[0]:
            errs.append("%s: double space in key" % where)
        if f[0] != f[0].lower():
            errs.append("%s: key not lowercase: %r" % (where, f[0]))
        ukey = line if name in MULTI else f[0]
        if ukey in seen:
            errs.append("%s: duplicate key %r (first at line %d)" % (where, ukey, seen[ukey]))
        seen[ukey] = i
        for col, ok in allowed.items():
            if f[col] not in ok:
                errs.append("%s: column %d value %r not in %s" % (where, col + 1, f[col], sorted(ok)))
        if name == "cues.tsv":
            if f[1] != f[1].lower():
                errs.append("%s: lemma not lowercase" % where)
            if not FRAMING.match(f[3]) or not -1.0 <= float(f[3]) <= 1.0:
                errs.append("%s: bad framing %r" % (where, f[3]))
        key = f[list(allowed)[0]] if allowed else "-"
        counts[key] = counts.get(key, 0) + 1
        rows += 1
    if not 3 <= leading_comments <= 6:
        errs.append("%s: %d leading comment lines, want 3-6" % (name, leading_comments))
    return rows, counts, errs


def main():
    all_errs = []
    for name, (n, allowed) in SPEC.items():
        rows, counts, errs = check(name, n, allowed)
        all_errs += errs
        detail = ", ".join("%s %d" % kv for kv in sorted(counts.items()))
        print("%-16s %5d rows  (%s)" % (name, rows, detail))
    r = subprocess.run([sys.executable, os.path.join(HERE, "gen_cues.py"), "--check"])
    if r.returncode != 0:
        all_errs.append("cues.tsv differs from gen_cues.py output")
    for e in all_errs:
        print("ERROR", e)
    print("OK" if not all_errs else "%d error(s)" % len(all_errs))
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
