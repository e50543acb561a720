#!/usr/bin/env python3
"""Independent sanity check of eval/samples/*.jsonl (stdlib only).

Reads the files back from disk (it does not import build_samples.py) and
checks: JSON parses, key order, offsets (text[start:end] == text), mention
and cue offsets, sort order, qid/part/nparts, enum values, tone labels
against scores, and that demo-article.jsonl's text is byte-identical to
examples/sample-article.txt.  Exit status 0 when everything holds.

Usage:  python3 eval/tools/check_samples.py
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
S = os.path.join(ROOT, "eval", "samples")

RECORD_KEYS = ["id", "text", "quotes", "framing", "notes"]
QUOTE_KEYS = ["start", "end", "text", "type", "speaker", "speaker_mention",
              "speaker_start", "speaker_end", "speaker_kind", "speaker_role",
              "cue", "cue_start", "cue_end", "qid", "part", "nparts", "tone"]
FRAMING_KEYS = ["speaker", "start", "end", "text", "label"]
LABELS = {"negative", "neutral", "positive"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load(name):
    path = os.path.join(S, name)
    out = []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                out.append(json.loads(raw.decode("utf-8")))
            except (UnicodeDecodeError, ValueError) as e:
                err(f"{name}:{n}", f"bad JSON line: {e}")
    return out


def check_doc(name, d):
    w = f"{name}:{d.get('id')}"
    if list(d) != RECORD_KEYS:
        err(w, f"record keys {list(d)}")
        return
    t = d["text"]
    prev = (-1, -1)
    outer = None
    parts = {}
    for i, q in enumerate(d["quotes"]):
        wq = f"{w}#{i}"
        if list(q) != QUOTE_KEYS:
            err(wq, f"quote keys {list(q)}")
            continue
        if t[q["start"]:q["end"]] != q["text"] or q["start"] >= q["end"]:
            err(wq, "span text mismatch")
        if (q["start"], q["end"]) < prev:
            err(wq, "not sorted")
        if outer and q["start"] < outer[1]:
            # a partial quote inside the indirect clause that holds it
            if q["type"] != "partial" or q["end"] > outer[1]:
                err(wq, "overlaps the clause before it")
        elif q["start"] < prev[1]:
            err(wq, "overlaps previous quote")
        else:
            outer = (q["start"], q["end"]) if q["type"] == "indirect" else None
        prev = (q["start"], q["end"])
        if q["type"] not in ("direct", "partial", "indirect"):
            err(wq, "bad type")
        if q["speaker_kind"] not in (None, "person", "organization", "pronoun", "group"):
            err(wq, "bad speaker_kind")
        for f, a, b in (("speaker_mention", "speaker_start", "speaker_end"),
                        ("cue", "cue_start", "cue_end")):
            if q[f] is None:
                if q[a] is not None or q[b] is not None:
                    err(wq, f"{f} null but offsets set")
            elif t[q[a]:q[b]] != q[f]:
                err(wq, f"{f} offsets mismatch")
        if not isinstance(q["qid"], str) or not isinstance(q["tone"], dict) \
                or q["tone"].get("label") not in LABELS:
            err(wq, "bad qid or tone")
        parts.setdefault(q["qid"], []).append((q["part"], q["nparts"]))
    for qid, ps in parts.items():
        n = len(ps)
        if [p for p, _ in ps] != list(range(n)) or any(k != n for _, k in ps):
            err(w, f"{qid}: bad part/nparts {ps}")
    for f in d["framing"]:
        if list(f) != FRAMING_KEYS or t[f["start"]:f["end"]] != f["text"] \
                or f["label"] not in LABELS:
            err(w, f"bad framing {f}")


def main():
    counts = {}
    quotes = load("quotes.jsonl")
    demo = load("demo-article.jsonl")
    tone = load("tone.jsonl")
    ids = [d.get("id") for d in quotes + demo]
    if len(ids) != len(set(ids)):
        err("quotes", "duplicate ids")
    for d in quotes:
        check_doc("quotes.jsonl", d)
    for d in demo:
        check_doc("demo-article.jsonl", d)
    counts["quotes.jsonl"] = (len(quotes), sum(len(d.get("quotes", [])) for d in quotes))
    counts["demo-article.jsonl"] = (len(demo), sum(len(d.get("quotes", [])) for d in demo))

    if len(demo) != 1 or demo[0].get("id") != "sample-article":
        err("demo-article.jsonl", "expected one record with id sample-article")
    else:
        with open(os.path.join(ROOT, "examples", "sample-article.txt"), "rb") as f:
            if f.read() != demo[0]["text"].encode("utf-8"):
                err("demo-article.jsonl", "text differs from examples/sample-article.txt")

    tids = set()
    for x in tone:
        w = f"tone.jsonl:{x.get('id')}"
        if list(x) != ["id", "text", "score", "label", "notes"]:
            err(w, "keys")
            continue
        if x["id"] in tids:
            err(w, "duplicate id")
        tids.add(x["id"])
        s = x["score"]
        want = "positive" if s >= 0.05 else "negative" if s <= -0.05 else "neutral"
        if not -1 <= s <= 1 or x["label"] != want:
            err(w, f"score {s} / label {x['label']}")
    counts["tone.jsonl"] = (len(tone), None)

    for e in errors:
        print(e, file=sys.stderr)
    for k, (n, nq) in counts.items():
        print(f"{k}: {n} records" + (f", {nq} quote entries" if nq is not None else ""))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
