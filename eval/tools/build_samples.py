#!/usr/bin/env python3
"""Build quotescore's own labelled evaluation samples.

Every passage below is original prose written for the quotescore project
(fictional people, places and events).  Nothing here is taken from licensed
news text.

Each sample is written as plain text plus a list of annotations that name
their spans by exact substring; this script finds the substrings, computes
the code-point offsets (Python str indices), validates everything and writes

    eval/samples/quotes.jsonl        quote / speaker / tone records
    eval/samples/tone.jsonl          tone snippets with scores
    eval/samples/demo-article.jsonl  annotation of examples/sample-article.txt
    examples/sample-article.txt      the demo article itself

Usage:  python3 eval/tools/build_samples.py [--lint]

--lint additionally prints every quotation-mark character that is not the
boundary of an annotated span, so a human can confirm that each one is a
nickname, title, scare quote, nested quote or stray mark on purpose.

How a sample is written
-----------------------
S(id, paragraphs, quotes=[...], people={...}, framing=[...], notes=..., sep=)
    paragraphs are joined with sep ("\\n\\n" by default, "\\n" for
    single-newline paragraphs).
people: key -> (canonical speaker, kind, role)   kind: person | organization | group
Q(span, type, speaker_key, tone, mention=, cue=, join=, occ=)
    span     exact text of the quote span; searched forward from the start
             of the previous quote (occ skips further occurrences)
    mention  ">X" first whole-word X after the quote end,
             "<X" last whole-word X before the quote start,
             "@N:X" the N-th (0-based) whole-word X in the whole text
    cue      same syntax, but relative to the mention span when there is a
             mention, otherwise relative to the quote span
    join     True: continuation of the previous quote (same qid, next part)
F(span, speaker_key, label, occ=)   a document-level framing entry
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLES_DIR = os.path.join(ROOT, "eval", "samples")
EXAMPLES_DIR = os.path.join(ROOT, "examples")

# Characters that can open / close a quotation in the styles we cover.
OPEN_MARKS = set('"\u201c\u00ab\u2018\u201e\u2039\u00bb')   # " “ « ‘ „ ‹ »
CLOSE_MARKS = set('"\u201d\u00bb\u2019\u201c\u203a\u00ab')  # " ” » ’ “ › «
DOUBLE_MARKS = set('"\u201c\u201d\u00ab\u00bb\u201e\u2039\u203a')
PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i"}
TONES = ("negative", "neutral", "positive")
TYPES = ("direct", "partial", "indirect")
KINDS = ("person", "organization", "group")


class SampleError(Exception):
    pass


def Q(span, type, sp, tone, mention=None, cue=None, join=False, occ=0):
    return dict(span=span, type=type, sp=sp, tone=tone, mention=mention,
                cue=cue, join=join, occ=occ)


def F(span, sp, label, occ=0):
    return dict(span=span, sp=sp, label=label, occ=occ)


def S(id, paragraphs, quotes, people=None, framing=(), notes="", sep="\n\n"):
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    return dict(id=id, text=sep.join(paragraphs), quotes=quotes,
                people=people or {}, framing=list(framing), notes=notes)


# --------------------------------------------------------------------------
# locating substrings

def _w(c):
    return c.isalnum() or c == "_"


def _whole(text, i, j):
    """text[i:j] does not start or end inside a word."""
    if i > 0 and _w(text[i]) and _w(text[i - 1]):
        return False
    if j < len(text) and _w(text[j - 1]) and _w(text[j]):
        return False
    return True


def find_after(text, needle, pos):
    i = text.find(needle, pos)
    while i >= 0 and not _whole(text, i, i + len(needle)):
        i = text.find(needle, i + 1)
    return i


def find_before(text, needle, pos):
    i = text.rfind(needle, 0, pos)
    while i >= 0 and not _whole(text, i, i + len(needle)):
        i = text.rfind(needle, 0, i + len(needle) - 1)
    return i


def locate(text, spec, lo, hi, what, sid):
    """Resolve a '>X' / '<X' / '@N:X' spec relative to the span [lo, hi)."""
    if spec.startswith(">"):
        needle = spec[1:]
        i = find_after(text, needle, hi)
    elif spec.startswith("<"):
        needle = spec[1:]
        i = find_before(text, needle, lo)
        if i >= 0 and i + len(needle) > lo:
            i = -1
    elif spec.startswith("@"):
        n, needle = spec[1:].split(":", 1)
        i, k = -1, -1
        for _ in range(int(n) + 1):
            i = find_after(text, needle, k + 1)
            if i < 0:
                break
            k = i
    else:
        raise SampleError(f"{sid}: bad {what} spec {spec!r}")
    if i < 0:
        raise SampleError(f"{sid}: {what} {spec!r} not found")
    return i, i + len(needle)


# --------------------------------------------------------------------------
# building one record

def build_record(s):
    sid, text = s["id"], s["text"]
    if not unicodedata.is_normalized("NFC", text):
        raise SampleError(f"{sid}: text is not NFC")
    people = s["people"]
    for key, (name, kind, role) in people.items():
        if kind not in KINDS:
            raise SampleError(f"{sid}: entity {key} has bad kind {kind}")

    out, cursor, qno, prev_qid = [], 0, 0, None
    groups = {}
    for q in s["quotes"]:
        span = q["span"]
        start = text.find(span, cursor)
        for _ in range(q["occ"]):
            start = text.find(span, start + 1)
        if start < 0:
            raise SampleError(f"{sid}: quote span not found: {span!r}")
        end = start + len(span)
        cursor = start + 1
        if q["type"] not in TYPES:
            raise SampleError(f"{sid}: bad type {q['type']}")
        if q["tone"] not in TONES:
            raise SampleError(f"{sid}: bad tone {q['tone']}")

        if q["join"]:
            if prev_qid is None:
                raise SampleError(f"{sid}: join on first quote")
            qid = prev_qid
        else:
            qno += 1
            qid = f"q{qno}"
        prev_qid = qid
        groups.setdefault(qid, []).append(len(out))

        speaker = kind = role = None
        if q["sp"] is not None:
            if q["sp"] not in people:
                raise SampleError(f"{sid}: unknown speaker key {q['sp']}")
            speaker, kind, role = people[q["sp"]]

        m = ms = me = None
        if q["mention"]:
            ms, me = locate(text, q["mention"], start, end, "mention", sid)
            m = text[ms:me]
            if speaker is None:
                raise SampleError(f"{sid}: mention without speaker")
            if m.lower() in PRONOUNS:
                kind = "pronoun"
        c = cs = ce = None
        if q["cue"]:
            lo, hi = (ms, me) if m is not None else (start, end)
            cs, ce = locate(text, q["cue"], lo, hi, "cue", sid)
            c = text[cs:ce]

        rec = {
            "start": start, "end": end, "text": span, "type": q["type"],
            "speaker": speaker,
            "speaker_mention": m, "speaker_start": ms, "speaker_end": me,
            "speaker_kind": kind, "speaker_role": role,
            "cue": c, "cue_start": cs, "cue_end": ce,
            "qid": qid, "part": 0, "nparts": 1,
            "tone": {"label": q["tone"]},
        }
        out.append(rec)

    for qid, idx in groups.items():
        for part, i in enumerate(idx):
            out[i]["part"] = part
            out[i]["nparts"] = len(idx)

    framing = []
    for f in s["framing"]:
        i = text.find(f["span"])
        for _ in range(f["occ"]):
            i = text.find(f["span"], i + 1)
        if i < 0:
            raise SampleError(f"{sid}: framing span not found: {f['span']!r}")
        if f["label"] not in TONES:
            raise SampleError(f"{sid}: bad framing label")
        framing.append({"speaker": people[f["sp"]][0], "start": i,
                        "end": i + len(f["span"]), "text": f["span"],
                        "label": f["label"]})

    rec = {"id": sid, "text": text, "quotes": out, "framing": framing,
           "notes": s["notes"]}
    validate(rec)
    return rec


# --------------------------------------------------------------------------
# validation (also used on records read back from disk)

def validate(rec):
    sid, text = rec["id"], rec["text"]
    qs = rec["quotes"]
    keys = ["start", "end", "text", "type", "speaker", "speaker_mention",
            "speaker_start", "speaker_end", "speaker_kind", "speaker_role",
            "cue", "cue_start", "cue_end", "qid", "part", "nparts", "tone"]
    if list(rec.keys()) != ["id", "text", "quotes", "framing", "notes"]:
        raise SampleError(f"{sid}: record keys out of order")
    if not rec["notes"]:
        raise SampleError(f"{sid}: empty notes")
    spans = []
    for q in qs:
        if list(q.keys()) != keys:
            raise SampleError(f"{sid}: quote keys out of order")
        s, e = q["start"], q["end"]
        if not (0 <= s < e <= len(text)) or text[s:e] != q["text"]:
            raise SampleError(f"{sid}: bad span {s}:{e}")
        if q["text"] != q["text"].strip():
            raise SampleError(f"{sid}: span has outer whitespace: {q['text']!r}")
        last_part = q["part"] == q["nparts"] - 1
        if q["type"] in ("direct", "partial"):
            if s == 0 or text[s - 1] not in OPEN_MARKS:
                raise SampleError(f"{sid}: no opening mark before {q['text']!r}")
            ok_end = e < len(text) and text[e] in CLOSE_MARKS
            # a paragraph of a multi-paragraph quote ends at the newline
            if not last_part and e < len(text) and text[e] == "\n":
                ok_end = True
            if not ok_end:
                raise SampleError(f"{sid}: no closing mark after {q['text']!r}")
        else:
            if s > 0 and text[s - 1] in OPEN_MARKS:
                raise SampleError(f"{sid}: indirect span starts after a mark")
        for a, b, what in ((q["speaker_start"], q["speaker_end"], "speaker_mention"),
                           (q["cue_start"], q["cue_end"], "cue")):
            if (a is None) != (q[what] is None) or (b is None) != (a is None):
                raise SampleError(f"{sid}: {what} null mismatch")
            if a is not None and text[a:b] != q[what]:
                raise SampleError(f"{sid}: {what} offsets wrong")
        if q["speaker"] is None and (q["speaker_mention"] or q["speaker_kind"]):
            raise SampleError(f"{sid}: mention/kind without speaker")
        if q["speaker"] is not None and q["speaker_kind"] is None:
            raise SampleError(f"{sid}: speaker without kind")
        if q["speaker_kind"] not in (None, "person", "organization", "pronoun", "group"):
            raise SampleError(f"{sid}: bad speaker_kind")
        if q["speaker_mention"] is not None:
            is_pro = q["speaker_mention"].lower() in PRONOUNS
            if is_pro != (q["speaker_kind"] == "pronoun"):
                raise SampleError(f"{sid}: pronoun kind mismatch")
        if q["tone"]["label"] not in TONES or q["type"] not in TYPES:
            raise SampleError(f"{sid}: bad label/type")
        spans.append((s, e))
    if spans != sorted(spans):
        raise SampleError(f"{sid}: quotes not sorted by (start, end)")
    # Quotes do not overlap, except that an indirect clause holds the
    # partial quotes inside it (a clause under a third quoted is annotated
    # as both; see README.md).
    outer = None
    for i, (q, (a, b)) in enumerate(zip(qs, spans)):
        if outer is not None and a < outer[1]:
            if not (q["type"] == "partial" and b <= outer[1]):
                raise SampleError(f"{sid}: overlapping quote spans")
            continue
        if i and a < spans[i - 1][1]:
            raise SampleError(f"{sid}: overlapping quote spans")
        outer = (a, b) if q["type"] == "indirect" else None
    # mentions and cues never sit inside a quote span (or its marks)
    for q in qs:
        for a, b in ((q["speaker_start"], q["speaker_end"]),
                     (q["cue_start"], q["cue_end"])):
            if a is None:
                continue
            for s, e in spans:
                if a < e + 1 and b > s - 1:
                    raise SampleError(f"{sid}: mention/cue {text[a:b]!r} inside a quote")
        if q["speaker_start"] is not None and q["cue_start"] is not None:
            if q["speaker_start"] < q["cue_end"] and q["cue_start"] < q["speaker_end"]:
                raise SampleError(f"{sid}: mention and cue overlap")
    # qids: parts consecutive, nparts consistent, speaker consistent
    by = {}
    for q in qs:
        by.setdefault(q["qid"], []).append(q)
    for qid, parts in by.items():
        if [p["part"] for p in parts] != list(range(len(parts))):
            raise SampleError(f"{sid}: {qid} parts not 0..n-1 in order")
        if any(p["nparts"] != len(parts) for p in parts):
            raise SampleError(f"{sid}: {qid} nparts wrong")
        if len({p["speaker"] for p in parts}) != 1 or len({p["type"] for p in parts}) != 1:
            raise SampleError(f"{sid}: {qid} parts disagree on speaker/type")
    order = []
    for q in qs:
        if q["qid"] not in order:
            order.append(q["qid"])
    if order != [f"q{i + 1}" for i in range(len(order))]:
        raise SampleError(f"{sid}: qids not numbered in order of appearance")
    for f in rec["framing"]:
        if list(f.keys()) != ["speaker", "start", "end", "text", "label"]:
            raise SampleError(f"{sid}: framing keys out of order")
        if text[f["start"]:f["end"]] != f["text"] or f["label"] not in TONES:
            raise SampleError(f"{sid}: framing span/label wrong")
        for s, e in spans:
            if f["start"] < e and s < f["end"]:
                raise SampleError(f"{sid}: framing overlaps a quote")


def lint(rec):
    """Quotation marks that are not the boundary of an annotated span."""
    text = rec["text"]
    bounds = set()
    for q in rec["quotes"]:
        if q["type"] != "indirect":
            bounds.add(q["start"] - 1)
            bounds.add(q["end"])
    inside = [(q["start"], q["end"]) for q in rec["quotes"]]
    lines = []
    for i, ch in enumerate(text):
        if ch in DOUBLE_MARKS or ch in "\u2018\u2019'\u201a":
            if i in bounds:
                continue
            where = "inside-quote" if any(s <= i < e for s, e in inside) else "outside"
            ctx = text[max(0, i - 18):i + 18].replace("\n", "⏎")
            lines.append(f"  {i:5d} {ch!r} {where:12s} …{ctx}…")
    return lines


# ==========================================================================
# THE SAMPLES  (all original text written for quotescore)
# ==========================================================================

SAMPLES = [

S("q01-pumping-station",
  ["“The new pumping station is working extremely well, and residents should "
   "notice the difference this week,” Mayor Ana Ortiz said on Tuesday. The "
   "Riverton council approved the $4 million project last spring after two "
   "summers of low water pressure. Ortiz said the old station would be kept "
   "as a backup."],
  people={"ortiz": ("Ana Ortiz", "person", "Mayor")},
  quotes=[
    Q("The new pumping station is working extremely well, and residents should "
      "notice the difference this week,", "direct", "ortiz", "positive",
      mention=">Mayor Ana Ortiz", cue=">said"),
    Q("the old station would be kept as a backup.", "indirect", "ortiz", "neutral",
      mention="<Ortiz", cue=">said"),
  ],
  notes="“Q,” NAME CUE with a title (ROLE NAME said, role split into speaker_role); "
        "curly marks; intensifier 'extremely' (positive); indirect NAME said CLAUSE "
        "without 'that'; plain neutral statement."),

S("q02-tenants-repairs",
  ['"We are not satisfied with the response so far," Daniel Okafor said on '
   "Monday. Okafor, who chairs the Marlow County tenants' association, said "
   "families at the Birchwood estate had waited three months for basic repairs.",
   '"This is not good enough," he said.'],
  people={"okafor": ("Daniel Okafor", "person",
                     "chair of the Marlow County tenants' association")},
  quotes=[
    Q("We are not satisfied with the response so far,", "direct", "okafor",
      "negative", mention=">Daniel Okafor", cue=">said"),
    Q("families at the Birchwood estate had waited three months for basic repairs.",
      "indirect", "okafor", "negative", mention="<Okafor", cue=">said"),
    Q("This is not good enough,", "direct", "okafor", "negative",
      mention=">he", cue=">said"),
  ],
  notes="straight double quotes; “Q,” NAME CUE; straight apostrophe in plural "
        "possessive tenants' (not a quote); negation ('not satisfied', 'not good "
        "enough'); indirect speech with the cue after a relative clause; pronoun "
        "'he' with one person in the document; two paragraphs."),

S("q03-bridge-corrosion",
  ["“The bridge may reopen by the end of the month, but we cannot promise a "
   "date yet,” said Priya Raman, the chief engineer for the Eastvale roads "
   "department. Crews found corrosion in two support beams during a routine "
   "inspection on Friday, and traffic has been diverted over the Mill Street "
   "crossing."],
  people={"raman": ("Priya Raman", "person",
                    "chief engineer for the Eastvale roads department")},
  quotes=[
    Q("The bridge may reopen by the end of the month, but we cannot promise a "
      "date yet,", "direct", "raman", "neutral", mention=">Priya Raman", cue="<said"),
  ],
  notes="“Q,” CUE NAME (said Priya Raman); NAME, ROLE appositive after the name "
        "(role split); hedge 'may' plus contrast 'but' with negation 'cannot' "
        "(rated neutral)."),

S("q04-orchard-season",
  ['"It was a very, very good season for the orchard growers," said Tomas '
   'Lindqvist, who heads the Halden Valley Fruit Cooperative. "Prices held up '
   'and the weather was kind to us. We have not had a year like this since 2015."'],
  people={"lind": ("Tomas Lindqvist", "person",
                   "head of the Halden Valley Fruit Cooperative")},
  quotes=[
    Q("It was a very, very good season for the orchard growers,", "direct",
      "lind", "positive", mention=">Tomas Lindqvist", cue="<said"),
    Q("Prices held up and the weather was kind to us. We have not had a year "
      "like this since 2015.", "direct", "lind", "positive"),
  ],
  notes="straight quotes; “Q,” CUE NAME; repeated intensifier 'very, very good'; "
        "second quote is an unattributed continuation of the previous speaker "
        "(new sentence after the attribution, so a new qid, mention and cue null); "
        "negation of a positive comparison ('have not had a year like this') is "
        "still positive."),

S("q05-waiting-lists",
  ["Health Minister Lena Kovač told parliament on Wednesday: «The waiting lists "
   "are shorter than a year ago, but they are still far too long.» She said "
   "regional figures would be published next month."],
  people={"kovac": ("Lena Kovač", "person", "Health Minister")},
  quotes=[
    Q("The waiting lists are shorter than a year ago, but they are still far too long.",
      "direct", "kovac", "negative",
      mention="<Health Minister Lena Kovač", cue=">told"),
    Q("regional figures would be published next month.", "indirect", "kovac",
      "neutral", mention="<She", cue=">said"),
  ],
  notes="NAME CUE: «Q» with guillemets; ROLE NAME (Health Minister); contrast "
        "'but' shifts the weight to the negative clause, intensified 'far too long'; "
        "pronoun 'She' for indirect speech; non-ASCII name (č)."),

S("q06-coach-ferreira",
  ["Marta Ferreira, the Port Halden coach, said afterwards: ‘We didn’t deserve "
   "to win tonight. We were slow and careless, and I take responsibility for "
   "that.’ Ferreira’s side has lost three of its last four league matches."],
  people={"ferreira": ("Marta Ferreira", "person", "Port Halden coach")},
  quotes=[
    Q("We didn’t deserve to win tonight. We were slow and careless, and I take "
      "responsibility for that.", "direct", "ferreira", "negative",
      mention="<Marta Ferreira", cue=">said"),
  ],
  notes="NAME, ROLE, CUE: ‘Q’ with single curly marks; the apostrophe in didn’t "
        "inside the quote and the possessive Ferreira’s after it must not close "
        "or open a quote; negative self-criticism."),

S("q07-parking-rules",
  ["Councillor Ruth Abbey said the new parking rules in the old town were “a "
   "mess from start to finish” and called for them to be suspended. Traffic "
   "officials said the rules would stay in place while complaints are reviewed."],
  people={"abbey": ("Ruth Abbey", "person", "Councillor"),
          "tofficials": ("Traffic officials", "group", None)},
  quotes=[
    Q("a mess from start to finish", "partial", "abbey", "negative",
      mention="<Councillor Ruth Abbey", cue=">said"),
    Q("the rules would stay in place while complaints are reviewed.", "indirect",
      "tofficials", "neutral", mention="<Traffic officials", cue=">said"),
  ],
  notes="NAME CUE ... “partial” (quoted fragment inside the writer's clause; the "
        "unquoted rest of that clause is not annotated separately); ROLE NAME "
        "(Councillor); group speaker 'Traffic officials' with indirect speech."),

S("q08-warehouse-fire",
  ["Jonas Weber, a spokesman for the Eastvale fire service, said that the blaze "
   "at the Kingsway warehouse was “under control but not yet out” by early "
   "Sunday. Nobody was injured, he added."],
  people={"weber": ("Jonas Weber", "person",
                    "spokesman for the Eastvale fire service")},
  quotes=[
    Q("under control but not yet out", "partial", "weber", "neutral",
      mention="<Jonas Weber", cue=">said"),
    Q("Nobody was injured", "indirect", "weber", "positive",
      mention=">he", cue=">added"),
  ],
  notes="NAME, ROLE, CUE that ... “partial”; contrast + negation inside the "
        "fragment (neutral); CLAUSE, PRONOUN CUE indirect ('Nobody was injured, "
        "he added' — span excludes the comma); negated negative event rated positive."),

S("q09-hospital-beds",
  ["“We have enough beds for now,” Samuel Achebe, director of St. Brigid’s "
   "Hospital, said, “but another week like this one would stretch us badly.” "
   "The hospital postponed forty planned operations on Thursday to free up space."],
  people={"achebe": ("Samuel Achebe", "person", "director of St. Brigid’s Hospital")},
  quotes=[
    Q("We have enough beds for now,", "direct", "achebe", "neutral",
      mention=">Samuel Achebe", cue=">said"),
    Q("but another week like this one would stretch us badly.", "direct",
      "achebe", "negative", mention="<Samuel Achebe", cue=">said", join=True),
  ],
  notes="interrupted quote “A,” NAME, ROLE, said, “B.” — two spans, same qid, "
        "part 0/1, each with its own tone; apostrophe in St. Brigid’s inside the "
        "attribution; contrast 'but' opening the second part."),

S("q10-theft-arrests",
  ["Police Chief Dana Whitlock said on Monday that officers had made four "
   "arrests in connection with a string of thefts from building sites in north "
   "Riverton. “We expect more,” Whitlock said."],
  people={"whitlock": ("Dana Whitlock", "person", "Police Chief")},
  quotes=[
    Q("officers had made four arrests in connection with a string of thefts "
      "from building sites in north Riverton.", "indirect", "whitlock", "neutral",
      mention="<Police Chief Dana Whitlock", cue=">said"),
    Q("We expect more,", "direct", "whitlock", "neutral",
      mention=">Whitlock", cue=">said"),
  ],
  notes="ROLE NAME CUE that CLAUSE (indirect, span after 'that' incl. final "
        "period); “Q,” NAME CUE with surname only; plain neutral statements."),

S("q11-theatre-costs",
  ["The renovation of the Grand Theatre will cost “at least twice” the original "
   "estimate, according to Helen Marsh, who chairs the city’s arts board. "
   "According to Marsh, the work will not be finished before 2027."],
  people={"marsh": ("Helen Marsh", "person", "chair of the city’s arts board")},
  quotes=[
    Q("The renovation of the Grand Theatre will cost “at least twice” the "
      "original estimate", "indirect", "marsh", "negative",
      mention=">Helen Marsh", cue="<according to"),
    Q("at least twice", "partial", "marsh", "negative",
      mention=">Helen Marsh", cue="<according to"),
    Q("the work will not be finished before 2027.", "indirect", "marsh",
      "negative", mention="<Marsh", cue="<According to"),
  ],
  notes="'according to NAME' after a partial quote and 'According to NAME,' "
        "introducing indirect speech; possessive city’s; negation (will not be "
        "finished)."),

S("q12-power-outage",
  ['The outage that left much of Riverton in the dark on Sunday evening was '
   'caused by "a failed transformer at the Northgate substation," according to '
   "the Riverton Electric Cooperative. The utility said power had been restored "
   "to all but 300 homes by 9 o'clock."],
  people={"rec": ("Riverton Electric Cooperative", "organization", None)},
  quotes=[
    Q('The outage that left much of Riverton in the dark on Sunday evening was '
      'caused by "a failed transformer at the Northgate substation,"',
      "indirect", "rec", "neutral",
      mention=">the Riverton Electric Cooperative", cue="<according to"),
    Q("a failed transformer at the Northgate substation,", "partial", "rec",
      "neutral", mention=">the Riverton Electric Cooperative", cue="<according to"),
    Q("power had been restored to all but 300 homes by 9 o'clock.", "indirect",
      "rec", "positive", mention="<The utility", cue=">said"),
  ],
  notes="straight quotes; 'according to ORGANISATION'; organisation referred to "
        "again by a description ('The utility'); o'clock apostrophe (not a quote)."),

S("q13-library-voxpop",
  ["Dozens of residents queued to speak at Tuesday’s council hearing on the "
   "proposed closure of three branch libraries. Among the comments:",
   "“A city that can’t keep its libraries open has lost its way.” — Ines "
   "Calderón, retired teacher",
   "“Close the branch on Mill Road if you must, but keep the children’s "
   "hours.” — Farid Haddad, parent of two"],
  sep="\n",
  people={"calderon": ("Ines Calderón", "person", "retired teacher"),
          "haddad": ("Farid Haddad", "person", "parent of two")},
  quotes=[
    Q("A city that can’t keep its libraries open has lost its way.", "direct",
      "calderon", "negative", mention=">Ines Calderón"),
    Q("Close the branch on Mill Road if you must, but keep the children’s hours.",
      "direct", "haddad", "neutral", mention=">Farid Haddad"),
  ],
  notes="dash attribution “Q” — NAME, ROLE (em dash; cue null); single-newline "
        "paragraphs; apostrophes can’t / children’s inside curly quotes; contrast "
        "'but' in a neutral request."),

S("q14-judge-retires",
  ["Judge Eleanor Pratt will step down from the Marlow County bench at the end "
   "of the year after 22 years. Her farewell remarks on Friday drew a standing "
   "ovation from the packed courtroom.",
   'Quote of the day: "It has been the honour of my life to serve this court, '
   'and I will miss it terribly." -- Eleanor Pratt'],
  people={"pratt": ("Eleanor Pratt", "person", "Judge")},
  quotes=[
    Q("It has been the honour of my life to serve this court, and I will miss "
      "it terribly.", "direct", "pratt", "positive", mention=">Eleanor Pratt"),
  ],
  notes="dash attribution with straight quotes and an ASCII double hyphen "
        "(\"Q\" -- NAME); role known from earlier in the document; 'terribly' "
        "intensifies 'miss' but the sentiment is positive."),

S("q15-reservoir-levels",
  ["The Ministry of Water said in a statement: “Reservoir levels stand at 41 "
   "percent of capacity. Restrictions on garden watering remain in force until "
   "further notice.” The ministry did not say when the restrictions would next "
   "be reviewed."],
  people={"mow": ("Ministry of Water", "organization", None)},
  quotes=[
    Q("Reservoir levels stand at 41 percent of capacity. Restrictions on garden "
      "watering remain in force until further notice.", "direct", "mow", "neutral",
      mention="<The Ministry of Water", cue=">said"),
  ],
  notes="organisation speaker, NAME said in a statement: “Q” (two sentences in "
        "one quote); plain neutral statement; 'did not say when …' is not "
        "reported content and is not annotated."),

S("q16-flood-liveblog",
  ["7:40 a.m. — Flood barriers along Severn Road held overnight, and no homes "
   "in the lower town were flooded.",
   "Governor Luis Brandt in a statement: “I am deeply grateful to the "
   "volunteers who filled sandbags through the night. You protected your "
   "neighbours.”"],
  sep="\n",
  people={"brandt": ("Luis Brandt", "person", "Governor")},
  quotes=[
    Q("I am deeply grateful to the volunteers who filled sandbags through the "
      "night. You protected your neighbours.", "direct", "brandt", "positive",
      mention="<Governor Luis Brandt", cue=">in a statement"),
  ],
  notes="live-blog style NAME in a statement: “Q” with no verb (cue 'in a "
        "statement'); the em dash after the time stamp is not a dash attribution; "
        "intensifier 'deeply grateful'."),

S("q17-economy-conference",
  ["Clara Nwosu, chief economist at Halden Bank, and the finance minister, "
   "Pavel Dusek, both spoke at the investment conference on Thursday. Dusek "
   "said the government would keep its spending plans unchanged.",
   "“The numbers are encouraging,” she said, “but I would not call it a "
   "recovery.”",
   "“We will not change course,” he said."],
  people={"nwosu": ("Clara Nwosu", "person", "chief economist at Halden Bank"),
          "dusek": ("Pavel Dusek", "person", "finance minister")},
  quotes=[
    Q("the government would keep its spending plans unchanged.", "indirect",
      "dusek", "neutral", mention="<Dusek", cue=">said"),
    Q("The numbers are encouraging,", "direct", "nwosu", "positive",
      mention=">she", cue=">said"),
    Q("but I would not call it a recovery.", "direct", "nwosu", "negative",
      mention="<she", cue=">said", join=True),
    Q("We will not change course,", "direct", "dusek", "neutral",
      mention=">he", cue=">said"),
  ],
  notes="two people of different gender: 'she' resolves to Clara Nwosu and 'he' "
        "to Pavel Dusek although Dusek is the most recent name; interrupted "
        "quote “A,” she said, “B.” (same qid); contrast + negation ('but I would "
        "not call it a recovery'); roles given as appositives before and after "
        "the name."),

S("q18-steelworks-reopening",
  ["Speaking at the reopening of the Eastvale steelworks on Saturday, union "
   "leader Maria Oyelaran recalled the day the plant closed.",
   "“I stood at that gate in 2009 and watched three hundred people walk out "
   "without knowing what came next. Some of them never worked again.",
   "“Today some of those same people walked back in. I can’t describe how "
   "proud I am of them,” Oyelaran said."],
  people={"oyelaran": ("Maria Oyelaran", "person", "union leader")},
  quotes=[
    Q("I stood at that gate in 2009 and watched three hundred people walk out "
      "without knowing what came next. Some of them never worked again.",
      "direct", "oyelaran", "negative", mention=">Oyelaran", cue=">said"),
    Q("Today some of those same people walked back in. I can’t describe how "
      "proud I am of them,", "direct", "oyelaran", "positive",
      mention=">Oyelaran", cue=">said", join=True),
  ],
  notes="multi-paragraph quote: opening “ at each paragraph start, closing ” "
        "only at the end — one entry per paragraph, same qid; attribution after "
        "the last paragraph applies to both; 'recalled the day …' is not a "
        "quote; negation 'can’t describe how proud' is positive."),

S("q19-lifeboat-rescue",
  ["The harbour master at Port Halden, Erik Solberg, described the overnight "
   "rescue at a briefing late on Monday.",
   "«The wind was gusting at sixty knots and the crew could barely stand on "
   "deck. We lost radio contact with them twice.",
   "«When the lifeboat finally reached them, all five were alive. That is the "
   "only thing that matters tonight,» he said."],
  sep="\n",
  people={"solberg": ("Erik Solberg", "person", "harbour master at Port Halden")},
  quotes=[
    Q("The wind was gusting at sixty knots and the crew could barely stand on "
      "deck. We lost radio contact with them twice.", "direct", "solberg",
      "negative", mention=">he", cue=">said"),
    Q("When the lifeboat finally reached them, all five were alive. That is the "
      "only thing that matters tonight,", "direct", "solberg", "positive",
      mention=">he", cue=">said", join=True),
  ],
  notes="multi-paragraph quote with «guillemets» and single-newline paragraphs "
        "(« reopens each paragraph, » only at the end); pronoun 'he' at the end "
        "covers both parts; ROLE, NAME appositive before the name."),

S("q20-transit-fares",
  ["“Fares will rise by five percent in January,” said Nadia Petrov, a "
   "spokeswoman for the Riverton Transit Authority. “We held them flat for "
   "three years, which was not sustainable.”",
   "The authority’s board approved the increase without debate."],
  people={"petrov": ("Nadia Petrov", "person",
                     "spokeswoman for the Riverton Transit Authority")},
  quotes=[
    Q("Fares will rise by five percent in January,", "direct", "petrov", "neutral",
      mention=">Nadia Petrov", cue="<said"),
    Q("We held them flat for three years, which was not sustainable.", "direct",
      "petrov", "negative"),
  ],
  notes="“Q,” CUE NAME, ROLE; unattributed second quote continues the previous "
        "speaker (mention and cue null); the person, not the Transit Authority, "
        "is the speaker; negation 'not sustainable'."),

S("q21-barley-farmer",
  ["Gareth Pryce has grown barley on the same fields outside Eastvale for forty "
   "years. “I’ve never seen the river this low,” he said. “Not in August, not "
   "ever.”",
   "“If it doesn’t rain soon, we lose the second crop.”"],
  people={"pryce": ("Gareth Pryce", "person", None)},
  quotes=[
    Q("I’ve never seen the river this low,", "direct", "pryce", "negative",
      mention=">he", cue=">said"),
    Q("Not in August, not ever.", "direct", "pryce", "negative"),
    Q("If it doesn’t rain soon, we lose the second crop.", "direct", "pryce",
      "negative"),
  ],
  notes="pronoun 'he' with one person; two unattributed quotes continuing the "
        "previous speaker, one in a new paragraph (news convention: same "
        "speaker); apostrophes I’ve, doesn’t inside curly quotes; no role given."),

S("q22-inquiry-evidence",
  ["Detective Inspector Rosa Quint and her former partner, Sgt. Alan Boyd, gave "
   "evidence on the second day of the inquiry into the Harwell search. Boyd "
   "told the panel he had raised concerns about the search in writing. "
   "“Nobody answered my emails,” he said.",
   "Quint disputed that account. “I read every message he sent and I replied "
   "to most of them,” she said."],
  people={"quint": ("Rosa Quint", "person", "Detective Inspector"),
          "boyd": ("Alan Boyd", "person", "Sgt.")},
  quotes=[
    Q("he had raised concerns about the search in writing.", "indirect", "boyd",
      "neutral", mention="<Boyd", cue=">told"),
    Q("Nobody answered my emails,", "direct", "boyd", "negative",
      mention=">he", cue=">said"),
    Q("I read every message he sent and I replied to most of them,", "direct",
      "quint", "neutral", mention=">she", cue=">said"),
  ],
  notes="pronouns with a woman and a man present: 'he' → Alan Boyd, 'she' → Rosa "
        "Quint; the 'he' inside Quint's quote is not an attribution; titles "
        "'Detective Inspector' and abbreviated 'Sgt.' split into speaker_role; "
        "indirect NAME told X CLAUSE."),

S("q23-sheriff-debate",
  ["Anna Reyes and Victor Hale, rival candidates for Marlow County sheriff, met "
   "in their only televised debate on Wednesday night.",
   "“My opponent has had eight years to fix the jail, and he hasn’t,” she said.",
   "Hale called the criticism “cheap” and said the jail had passed every state "
   "inspection since 2019. “I’m proud of that record,” he said."],
  sep="\n",
  people={"reyes": ("Anna Reyes", "person", "candidate for Marlow County sheriff"),
          "hale": ("Victor Hale", "person", "candidate for Marlow County sheriff")},
  quotes=[
    Q("My opponent has had eight years to fix the jail, and he hasn’t,",
      "direct", "reyes", "negative", mention=">she", cue=">said"),
    Q("the criticism “cheap”", "indirect", "hale", "negative", mention="<Hale",
      cue=">called"),
    Q("cheap", "partial", "hale", "negative", mention="<Hale", cue=">called"),
    Q("the jail had passed every state inspection since 2019.", "indirect",
      "hale", "positive", mention="<Hale", cue=">said"),
    Q("I’m proud of that record,", "direct", "hale", "positive",
      mention=">he", cue=">said"),
  ],
  notes="she/he resolution between a woman and a man; 'he hasn’t' inside the "
        "quote is not an attribution; one-word partial quote after 'called' "
        "(speech, not a scare quote), with its clause, of which it is under 30%; "
        "indirect speech sharing the subject; "
        "single-newline paragraphs."),

S("q24-border-agreement",
  ["Kestrava called the border agreement “a useful first step” on Thursday, "
   "while the Valdorian Foreign Ministry said it was still studying the text. "
   "“We see no reason for alarm,” the ministry said in a brief statement."],
  people={"kestrava": ("Kestrava", "organization", None),
          "vfm": ("Valdorian Foreign Ministry", "organization", None)},
  quotes=[
    Q("a useful first step", "partial", "kestrava", "positive",
      mention="<Kestrava", cue=">called"),
    Q("it was still studying the text.", "indirect", "vfm", "neutral",
      mention="<the Valdorian Foreign Ministry", cue=">said"),
    Q("We see no reason for alarm,", "direct", "vfm", "positive",
      mention=">the ministry", cue=">said"),
  ],
  notes="organisations as speakers: a capital city standing for its government "
        "('Kestrava called … “partial”') and a ministry; the ministry referred to "
        "again as 'the ministry'; negated negative 'no reason for alarm' is "
        "reassuring (positive)."),

S("q25-harbor-police-fuel",
  ["Harbor Police said two men were detained on Tuesday after a fishing boat "
   "was found carrying undeclared fuel. The force said in a statement that its "
   "officers had acted “quickly and professionally” and that an investigation "
   "was under way."],
  people={"hp": ("Harbor Police", "organization", None)},
  quotes=[
    Q("two men were detained on Tuesday after a fishing boat was found carrying "
      "undeclared fuel.", "indirect", "hp", "neutral",
      mention="<Harbor Police", cue=">said"),
    Q("its officers had acted “quickly and professionally” and that an "
      "investigation was under way.", "indirect", "hp", "neutral",
      mention="<The force", cue=">said"),
    Q("quickly and professionally", "partial", "hp", "positive",
      mention="<The force", cue=">said"),
  ],
  notes="organisation speaker with indirect speech; 'The force' refers back to "
        "Harbor Police; 'said that A and that B' is one reported clause (as "
        "PolNeAR annotates it), with its marked fragment as a partial quote "
        "inside it."),

S("q26-fishing-talks",
  ["A senior official told reporters the talks had been “tense but productive.” "
   "Officials said no date had been set for the next round. Two diplomats "
   "familiar with the negotiations said the main sticking point remained "
   "fishing quotas."],
  people={"sr": ("A senior official", "group", None),
          "off": ("Officials", "group", None),
          "dip": ("Two diplomats familiar with the negotiations", "group", None)},
  quotes=[
    Q("tense but productive.", "partial", "sr", "positive",
      mention="<A senior official", cue=">told"),
    Q("no date had been set for the next round.", "indirect", "off", "neutral",
      mention="<Officials", cue=">said"),
    Q("the main sticking point remained fishing quotas.", "indirect", "dip",
      "neutral", mention="<Two diplomats familiar with the negotiations", cue=">said"),
  ],
  notes="unnamed/group speakers ('A senior official told reporters', "
        "'Officials said', 'Two diplomats … said'); period inside the closing "
        "mark belongs to the span; contrast 'tense but productive' ends positive."),

S("q27-tower-lifts",
  ["Residents of the Linden Court tower said they had complained about the "
   "broken lifts for months. “We carry our shopping up eleven floors,” one "
   "woman said. They said the landlord had promised repairs twice and missed "
   "both deadlines."],
  people={"res": ("Residents of the Linden Court tower", "group", None),
          "woman": ("one woman", "group", None)},
  quotes=[
    Q("they had complained about the broken lifts for months.", "indirect",
      "res", "negative", mention="<Residents of the Linden Court tower", cue=">said"),
    Q("We carry our shopping up eleven floors,", "direct", "woman", "negative",
      mention=">one woman", cue=">said"),
    Q("the landlord had promised repairs twice and missed both deadlines.",
      "indirect", "res", "negative", mention="<They", cue=">said"),
  ],
  notes="group speaker; anonymous individual ('one woman', kind group); plural "
        "pronoun 'They' resolves to the residents, not to the woman quoted just "
        "before."),

S("q28-school-campus",
  ["The Northfield Academy will open a second campus in 2027, Principal Hugo "
   "Varga said on Friday. He said that enrolment had grown by a third since "
   "2020 and that the current building was “bursting at the seams.”"],
  people={"varga": ("Hugo Varga", "person", "Principal")},
  quotes=[
    Q("The Northfield Academy will open a second campus in 2027", "indirect",
      "varga", "positive", mention=">Principal Hugo Varga", cue=">said"),
    Q("enrolment had grown by a third since 2020 and that the current "
      "building was “bursting at the seams.”", "indirect", "varga",
      "positive", mention="<He", cue=">said"),
    Q("bursting at the seams.", "partial", "varga", "negative",
      mention="<He", cue=">said"),
  ],
  notes="indirect CLAUSE, ROLE NAME said (span stops before the comma); "
        "NAME said that A and that B “partial” — one reported clause (as "
        "PolNeAR annotates 'A and that B'), with the marked fragment inside it "
        "as a partial quote."),

S("q29-ring-road",
  ["Construction of the Eastvale ring road is three months behind schedule, "
   "project manager Owen Price said on Thursday. Price said heavy rain in "
   "October had flooded two work sites.",
   "The delay will not add to the cost of the project, he said."],
  people={"price": ("Owen Price", "person", "project manager")},
  quotes=[
    Q("Construction of the Eastvale ring road is three months behind schedule",
      "indirect", "price", "negative", mention=">project manager Owen Price", cue=">said"),
    Q("heavy rain in October had flooded two work sites.", "indirect", "price",
      "negative", mention="<Price", cue=">said"),
    Q("The delay will not add to the cost of the project", "indirect", "price",
      "positive", mention=">he", cue=">said"),
  ],
  notes="indirect speech only: CLAUSE, ROLE NAME said / NAME said CLAUSE / "
        "CLAUSE, he said; lower-case role before the name; negation of a cost "
        "increase rated positive."),

S("q30-park-gates",
  ['"We don\'t open the gates before 8 o\'clock, and that\'s not going to '
   'change," said Warden Bill Dorsey of Fenwick Park. Dorsey said joggers\' '
   'complaints about the rule were "understandable but misplaced."'],
  people={"dorsey": ("Bill Dorsey", "person", "Warden")},
  quotes=[
    Q("We don't open the gates before 8 o'clock, and that's not going to change,",
      "direct", "dorsey", "negative", mention=">Warden Bill Dorsey", cue="<said"),
    Q("understandable but misplaced.", "partial", "dorsey", "negative",
      mention="<Dorsey", cue=">said"),
  ],
  notes="straight quotes with straight apostrophes (don't, o'clock, that's, "
        "plural possessive joggers') that must not pair up as quotes; “Q,” CUE "
        "ROLE NAME; contrast 'understandable but misplaced' ends negative."),

S("q31-striker-ban",
  ["‘The referee told me, “Keep your hands to yourself,” and I did,’ said "
   "Halden striker Kofi Mensah. ‘I don’t know what else he wanted from me.’",
   "Mensah’s two-match ban was confirmed by the league on Monday."],
  people={"mensah": ("Kofi Mensah", "person", "Halden striker")},
  quotes=[
    Q("The referee told me, “Keep your hands to yourself,” and I did,", "direct",
      "mensah", "neutral", mention=">Halden striker Kofi Mensah", cue="<said"),
    Q("I don’t know what else he wanted from me.", "direct", "mensah", "negative"),
  ],
  notes="British style ‘single’ outer marks with nested “double” inner quote "
        "(one entry; the referee's words are not reported separately); "
        "apostrophes don’t and Mensah’s next to single marks; unattributed "
        "continuation; 'he' inside the quote is not an attribution."),

S("q32-festival-road",
  ["Mayor Jean-Luc Fabre of Saint-Amand said on Sunday: «When residents tell "
   "me ‹fix the road first›, I listen. The road will be resurfaced before the "
   "summer festival.»"],
  people={"fabre": ("Jean-Luc Fabre", "person", "Mayor")},
  quotes=[
    Q("When residents tell me ‹fix the road first›, I listen. The road will be "
      "resurfaced before the summer festival.", "direct", "fabre", "positive",
      mention="<Mayor Jean-Luc Fabre", cue=">said"),
  ],
  notes="«guillemets» with nested ‹single guillemets› (one entry); NAME CUE: «Q»; "
        "hyphenated names; ROLE NAME of PLACE."),

S("q33-hallberg-harvest",
  ["»We have never had a harvest like this,« said winemaker Greta Vogel, "
   "standing among the vines above the village of Hallberg. Her neighbour, "
   "Jonas Keller, added a note of caution: »Ask me again after the frost. The "
   "grapes are not in the barrel yet.«"],
  people={"vogel": ("Greta Vogel", "person", "winemaker"),
          "keller": ("Jonas Keller", "person", None)},
  quotes=[
    Q("We have never had a harvest like this,", "direct", "vogel", "positive",
      mention=">winemaker Greta Vogel", cue="<said"),
    Q("Ask me again after the frost. The grapes are not in the barrel yet.",
      "direct", "keller", "neutral", mention="<Jonas Keller", cue=">added"),
  ],
  notes="»reversed German« marks (» opens, « closes); “Q,” CUE ROLE NAME; "
        "NAME CUE: »Q«; 'never had … like this' is positive; hedged, cautious "
        "second quote rated neutral; 'neighbour' is a relation, not a role."),

S("q34-ferry-timetable",
  ["‹The ferry will run on the winter timetable from Monday,› the operator, "
   "Lakeline, said in a notice posted at the pier. Passengers told the Courier "
   "they were ‹not happy at all› with the reduced service."],
  people={"lakeline": ("Lakeline", "organization", None),
          "pass": ("Passengers", "group", None)},
  quotes=[
    Q("The ferry will run on the winter timetable from Monday,", "direct",
      "lakeline", "neutral", mention=">Lakeline", cue=">said"),
    Q("they were ‹not happy at all› with the reduced service.", "indirect",
      "pass", "negative", mention="<Passengers", cue=">told"),
    Q("not happy at all", "partial", "pass", "negative",
      mention="<Passengers", cue=">told"),
  ],
  notes="‹single guillemets› as outer marks; organisation speaker (a company) in "
        "an appositive; group speaker with a partial quote (and its clause: the "
        "fragment is under 30% of it); negation + "
        "intensifier 'not happy at all'."),

S("q35-hallberg-rail",
  ["At a joint briefing in Hallberg, German delegate Ulrike Brand said the "
   "agreement was „a good day for the whole region“. Austrian delegate Markus "
   "Leitner said: „We still have work to do on the rail link, but the direction "
   "is right.“"],
  people={"brand": ("Ulrike Brand", "person", "German delegate"),
          "leitner": ("Markus Leitner", "person", "Austrian delegate")},
  quotes=[
    Q("a good day for the whole region", "partial", "brand", "positive",
      mention="<German delegate Ulrike Brand", cue=">said"),
    Q("We still have work to do on the rail link, but the direction is right.",
      "direct", "leitner", "positive",
      mention="<Austrian delegate Markus Leitner", cue=">said"),
  ],
  notes="„German low-high“ marks (closing mark is U+201C, the English opening "
        "mark); NAME CUE “partial” and NAME CUE: „Q“; contrast 'but' ends "
        "positive."),

S("q36-brenner-plant",
  ["In a statement on Friday, the board of Brenner Works wrote: „The plant in "
   "Riverton will remain open. No jobs will be lost this year.“ Workers at the "
   "plant greeted the news with relief."],
  people={"brenner": ("Brenner Works", "organization", None)},
  quotes=[
    Q("The plant in Riverton will remain open. No jobs will be lost this year.",
      "direct", "brenner", "positive",
      mention="<the board of Brenner Works", cue=">wrote"),
  ],
  notes="„German low-high“ marks; company as speaker ('the board of Brenner "
        "Works wrote'); negation 'No jobs will be lost' is positive; the workers' "
        "reaction is not speech."),

S("q37-farm-inspection",
  ["Farmer Lucia Mendes described the moment the inspectors arrived: «They "
   "walked in and said ‘everything stops today’, and that was it. Twenty years "
   "of work, closed in an afternoon.»"],
  people={"mendes": ("Lucia Mendes", "person", "Farmer")},
  quotes=[
    Q("They walked in and said ‘everything stops today’, and that was it. "
      "Twenty years of work, closed in an afternoon.", "direct", "mendes",
      "negative", mention="<Farmer Lucia Mendes", cue=">described"),
  ],
  notes="nested ‘single’ inside «guillemets»: one entry for the outer quote; the "
        "inspectors' words and the 'said' inside the quote are not annotated."),

S("q38-bakery-fire",
  ["“When my daughter asked me, ‘Are we going to be okay?’ I didn’t have an "
   "answer,” said Kareem Nasser, whose bakery on Canal Street burned down in "
   "March. He reopened in a rented kitchen last week."],
  people={"nasser": ("Kareem Nasser", "person", None)},
  quotes=[
    Q("When my daughter asked me, ‘Are we going to be okay?’ I didn’t have an "
      "answer,", "direct", "nasser", "negative",
      mention=">Kareem Nasser", cue="<said"),
  ],
  notes="nested ‘single’ question inside “double” (one entry) next to the "
        "apostrophe in didn’t; “Q,” CUE NAME; a relative clause is not a role."),

S("q39-harbour-lane",
  ["The Smiths’ house on Harbour Lane became a rehearsal space for half the "
   "rock ’n’ roll bands in Port Halden in the ’90s, neighbour Joan Pike "
   "recalled. “It was loud, it was chaotic, and I loved every minute of it,” "
   "she said."],
  people={"pike": ("Joan Pike", "person", "neighbour")},
  quotes=[
    Q("The Smiths’ house on Harbour Lane became a rehearsal space for half the "
      "rock ’n’ roll bands in Port Halden in the ’90s", "indirect", "pike",
      "neutral", mention=">neighbour Joan Pike", cue=">recalled"),
    Q("It was loud, it was chaotic, and I loved every minute of it,", "direct",
      "pike", "positive", mention=">she", cue=">said"),
  ],
  notes="curly apostrophes that are not quotes: plural possessive Smiths’, "
        "rock ’n’ roll (looks like a ‘quoted’ n), decade ’90s; CLAUSE, NAME "
        "recalled indirect; mixed sentiment ending positive."),

S("q40-jukebox-club",
  ["By 10 o'clock the queue outside the Jukebox Club stretched around the "
   "block. The club, a fixture of Riverton's '90s rock 'n' roll scene, closes "
   'for good on Saturday. "It\'s the end of an era," said owner Marcus Webb, '
   "who bought the building from the Harrises' estate in 1994. \"But I'm "
   'tired, and it\'s time."'],
  people={"webb": ("Marcus Webb", "person", "owner")},
  quotes=[
    Q("It's the end of an era,", "direct", "webb", "negative",
      mention=">owner Marcus Webb", cue="<said"),
    Q("But I'm tired, and it's time.", "direct", "webb", "neutral"),
  ],
  notes="straight apostrophes that are not quotes: o'clock, Riverton's, '90s, "
        "rock 'n' roll, plural possessive Harrises', It's/I'm inside quotes; "
        "straight double quotes; unattributed continuation."),

S("q41-boxer-retires",
  ["Boxer Joe “The Hammer” Malone announced his retirement on Sunday at the "
   "age of 38. Malone, who starred in the documentary “Ten Rounds in "
   "Riverton”, said he would open a gym for young fighters in his old "
   "neighbourhood. “Boxing gave me everything,” he said."],
  people={"malone": ("Joe Malone", "person", "Boxer")},
  quotes=[
    Q("he would open a gym for young fighters in his old neighbourhood.",
      "indirect", "malone", "positive", mention="<Malone", cue=">said"),
    Q("Boxing gave me everything,", "direct", "malone", "positive",
      mention=">he", cue=">said"),
  ],
  notes="quoted nickname “The Hammer” and film title “Ten Rounds in Riverton” are "
        "NOT quotes (not annotated); canonical speaker drops the nickname; "
        "'announced his retirement' has no reported clause; the cue 'said' "
        "follows a title's closing mark."),

S("q42-temporary-shelters",
  ["Riverton’s “temporary” homeless shelters have now stood on the old "
   "fairground for six years. Council member Ed “Sully” Sullivan said on "
   "Tuesday the city could no longer afford to rent them. “We are paying hotel "
   "prices for tents,” Sullivan said."],
  people={"sullivan": ("Ed Sullivan", "person", "Council member")},
  quotes=[
    Q("the city could no longer afford to rent them.", "indirect", "sullivan",
      "negative", mention="<Council member Ed “Sully” Sullivan", cue=">said"),
    Q("We are paying hotel prices for tents,", "direct", "sullivan", "negative",
      mention=">Sullivan", cue=">said"),
  ],
  notes="scare quotes “temporary” (writer's irony, no speaker) and nickname "
        "“Sully” are not annotated; the mention keeps the nickname as written, "
        "the canonical speaker does not; negation 'no longer afford'."),

S("q43-rural-clinics",
  ["The ministry’s “efficiency review” closed four rural clinics last year. "
   "Dr. Halima Yusuf, who ran the clinic in Brookfield until it shut, said "
   "patients now drive ninety minutes for routine care. “Efficient for whom?” "
   "she asked."],
  people={"yusuf": ("Halima Yusuf", "person", "Dr.")},
  quotes=[
    Q("patients now drive ninety minutes for routine care.", "indirect", "yusuf",
      "negative", mention="<Dr. Halima Yusuf", cue=">said"),
    Q("Efficient for whom?", "direct", "yusuf", "negative",
      mention=">she", cue=">asked"),
  ],
  notes="scare quotes around “efficiency review” (no speaker, not annotated); "
        "abbreviated title 'Dr.' split into speaker_role; rhetorical question "
        "with a positive word but negative tone; cue 'asked'."),

S("q44-bus-timetable",
  ["The merged No. 12 line, promoted on posters as the “simpler network, "
   "starts running on Monday.",
   "“We are reviewing every route,” said Carlos Mendez, director of the "
   "Eastvale bus service. “If something does not work, we will change it.”"],
  people={"mendez": ("Carlos Mendez", "person", "director of the Eastvale bus service")},
  quotes=[
    Q("We are reviewing every route,", "direct", "mendez", "neutral",
      mention=">Carlos Mendez", cue="<said"),
    Q("If something does not work, we will change it.", "direct", "mendez",
      "neutral"),
  ],
  notes="unbalanced opening mark: “simpler network has no closing mark (a slogan, "
        "not speech, and unannotatable); the later quotes must still be found "
        "and must not pair with it; “Q,” CUE NAME, ROLE; continuation; hedged "
        "conditional rated neutral."),

S("q45-north-embankment",
  ['Crews worked through the night to shore up the "north embankment, which '
   "partly collapsed on Sunday.",
   '"We had water coming over the top by midnight," said Frank Osei, the '
   "county's flood officer. \"The pumps kept up, just barely.\""],
  people={"osei": ("Frank Osei", "person", "county's flood officer")},
  quotes=[
    Q("We had water coming over the top by midnight,", "direct", "osei",
      "negative", mention=">Frank Osei", cue="<said"),
    Q("The pumps kept up, just barely.", "direct", "osei", "neutral"),
  ],
  notes="unbalanced straight opening mark before 'north embankment' (typo, no "
        "close): pairing straight quotes by position would shift every later "
        "quote; county's apostrophe; continuation; 'just barely' hedges a "
        "positive outcome (neutral)."),

S("q46-veterans-housing",
  ["Sen. Maria Vance of Marlow said on Wednesday that the veterans’ housing "
   "bill was “long overdue” and that she expected it to pass the Senate "
   "“comfortably, perhaps with votes to spare.” The bill would fund 2,000 new "
   "homes over five years."],
  people={"vance": ("Maria Vance", "person", "Sen.")},
  quotes=[
    Q("the veterans’ housing bill was “long overdue”", "indirect", "vance",
      "negative", mention="<Sen. Maria Vance", cue=">said"),
    Q("long overdue", "partial", "vance", "negative",
      mention="<Sen. Maria Vance", cue=">said"),
    Q("comfortably, perhaps with votes to spare.", "partial", "vance", "positive",
      mention="<Sen. Maria Vance", cue=">said"),
  ],
  notes="title split: 'Sen. Maria Vance' → speaker 'Maria Vance', role 'Sen.'; "
        "two partial quotes sharing one cue; hedge 'perhaps' on a positive "
        "prediction; plural possessive veterans’."),

S("q47-border-exercises",
  ["Northern Alliance Secretary-General Piet Halvorsen said on Monday the "
   "alliance was “extremely concerned” by troop movements near the Severian "
   "border. Severia’s Deputy Foreign Minister Irina Volkova dismissed the "
   "remarks as “theatre.”",
   "“There is nothing unusual about exercises on our own territory,” she said."],
  people={"halvorsen": ("Piet Halvorsen", "person", "Northern Alliance Secretary-General"),
          "volkova": ("Irina Volkova", "person", "Severia’s Deputy Foreign Minister")},
  quotes=[
    Q("the alliance was “extremely concerned” by troop movements near the "
      "Severian border.", "indirect", "halvorsen", "negative",
      mention="<Northern Alliance Secretary-General Piet Halvorsen", cue=">said"),
    Q("extremely concerned", "partial", "halvorsen", "negative",
      mention="<Northern Alliance Secretary-General Piet Halvorsen", cue=">said"),
    Q("theatre.", "partial", "volkova", "negative",
      mention="<Severia’s Deputy Foreign Minister Irina Volkova", cue=">dismissed"),
    Q("There is nothing unusual about exercises on our own territory,", "direct",
      "volkova", "neutral", mention=">she", cue=">said"),
  ],
  notes="long multi-word roles split into speaker_role (organisation + title, "
        "possessive country + title); intensifier 'extremely concerned'; one-word "
        "partial after 'dismissed … as'; 'she' resolves to Volkova with a man "
        "named first; negated negative 'nothing unusual' rated neutral."),

S("q48-budget-debate",
  ["Opposition leader Oskar Lindgren launched into a lengthy attack on the "
   "budget during Thursday’s session, calling it “a gift to the wealthy.” "
   "Finance Minister Elena Sato, in measured remarks, said the plan protected "
   "pensions and would be “fair to every household.”"],
  people={"lindgren": ("Oskar Lindgren", "person", "Opposition leader"),
          "sato": ("Elena Sato", "person", "Finance Minister")},
  quotes=[
    Q("a gift to the wealthy.", "partial", "lindgren", "negative",
      mention="<Opposition leader Oskar Lindgren", cue=">calling"),
    Q("the plan protected pensions", "indirect", "sato", "positive",
      mention="<Finance Minister Elena Sato", cue=">said"),
    Q("fair to every household.", "partial", "sato", "positive",
      mention="<Finance Minister Elena Sato", cue=">said"),
  ],
  framing=[F("launched into a lengthy attack on the budget", "lindgren", "negative"),
           F("in measured remarks", "sato", "positive")],
  notes="framing: the writer characterises Lindgren's speech negatively "
        "('launched into a lengthy attack') and Sato's positively ('in measured "
        "remarks'); cue 'calling'; indirect clause followed by a partial quote "
        "sharing one cue."),

S("q49-palace-report",
  ["The presidential palace in Kestrava brushed aside the monitors’ report, "
   "saying it contained “nothing new.” Spokesman Andrei Molnar, in a rambling "
   "forty-minute briefing, said the government had “always cooperated fully” "
   "with international observers."],
  people={"palace": ("presidential palace in Kestrava", "organization", None),
          "molnar": ("Andrei Molnar", "person", "Spokesman")},
  quotes=[
    Q("nothing new.", "partial", "palace", "negative",
      mention="<The presidential palace in Kestrava", cue=">saying"),
    Q("always cooperated fully", "partial", "molnar", "positive",
      mention="<Spokesman Andrei Molnar", cue=">said"),
  ],
  framing=[F("brushed aside the monitors’ report", "palace", "negative"),
           F("in a rambling forty-minute briefing", "molnar", "negative")],
  notes="organisation speaker (a presidential palace) with cue 'saying'; framing "
        "'brushed aside' and 'in a rambling forty-minute briefing' (both "
        "negative); intensifier 'always … fully' in a positive partial; "
        "plural possessive monitors’."),

S("q50-laptop-rollout",
  ["“Perhaps we moved too fast,” Riverton schools superintendent Laila Amari "
   "conceded at a board meeting on Monday, a week after the district’s laptop "
   "rollout stalled. “The devices arrived on time. The software did not.”"],
  people={"amari": ("Laila Amari", "person", "Riverton schools superintendent")},
  quotes=[
    Q("Perhaps we moved too fast,", "direct", "amari", "negative",
      mention=">Riverton schools superintendent Laila Amari", cue=">conceded"),
    Q("The devices arrived on time. The software did not.", "direct", "amari",
      "negative"),
  ],
  notes="hedge 'Perhaps' on a self-critical statement; cue 'conceded'; "
        "implicit contrast with elided negation ('The software did not.'); "
        "continuation quote."),

S("q51-weather-front",
  ["“The front will reach the coast around midday on Saturday and move inland "
   "overnight,” said forecaster Ben Adeyemi of the Coastal Weather Service. "
   "The service has issued a wind warning for the outer islands."],
  people={"adeyemi": ("Ben Adeyemi", "person", "forecaster")},
  quotes=[
    Q("The front will reach the coast around midday on Saturday and move "
      "inland overnight,", "direct", "adeyemi", "neutral",
      mention=">forecaster Ben Adeyemi", cue="<said"),
  ],
  notes="plain neutral factual statement; “Q,” CUE ROLE NAME of ORGANISATION "
        "(the person, not the service, is the speaker)."),

S("q52-utility-contact",
  ["Deputy Mayor Kwame Boateng said he was in “daily contact” with the water "
   "utility and that he expected “a full explanation, not excuses” by the end "
   "of the week."],
  people={"boateng": ("Kwame Boateng", "person", "Deputy Mayor")},
  quotes=[
    Q("he was in “daily contact” with the water utility and that he expected "
      "“a full explanation, not excuses” by the end of the week.", "indirect",
      "boateng", "negative", mention="<Deputy Mayor Kwame Boateng", cue=">said"),
    Q("daily contact", "partial", "boateng", "neutral",
      mention="<Deputy Mayor Kwame Boateng", cue=">said"),
    Q("a full explanation, not excuses", "partial", "boateng", "negative",
      mention="<Deputy Mayor Kwame Boateng", cue=">said"),
  ],
  notes="NAME said he was in “partial” pattern, twice in one sentence, in "
        "one reported clause 'A and that B'; two-word role 'Deputy Mayor'; "
        "contrastive negation 'not excuses'."),

S("q53-dry-weather",
  ["Fire Chief Ingrid Holm warned on Thursday: “The dry weather may last "
   "another two weeks. Please do not light fires in the woods or on the "
   "beaches.”"],
  people={"holm": ("Ingrid Holm", "person", "Fire Chief")},
  quotes=[
    Q("The dry weather may last another two weeks. Please do not light fires in "
      "the woods or on the beaches.", "direct", "holm", "neutral",
      mention="<Fire Chief Ingrid Holm", cue=">warned"),
  ],
  notes="ROLE NAME CUE: “Q” with cue 'warned'; hedge 'may'; a negated "
        "instruction that is neutral in tone."),

S("q54-kayaker-found",
  ["Update, 3:15 p.m.",
   "Harbor Police in a statement: “The missing kayaker has been found safe near "
   "Gull Point. We thank everyone who joined the search.”"],
  sep="\n",
  people={"hp": ("Harbor Police", "organization", None)},
  quotes=[
    Q("The missing kayaker has been found safe near Gull Point. We thank "
      "everyone who joined the search.", "direct", "hp", "positive",
      mention="<Harbor Police", cue=">in a statement"),
  ],
  notes="ORGANISATION in a statement: “Q” (live-blog style, no verb); positive "
        "news with a thank-you."),

S("q55-library-hours",
  ["»The library stays open,« Councillor Petra Lund said after the vote, »and "
   "so do the evening hours.« The branch had been on a list of closures drawn "
   "up in the spring."],
  people={"lund": ("Petra Lund", "person", "Councillor")},
  quotes=[
    Q("The library stays open,", "direct", "lund", "positive",
      mention=">Councillor Petra Lund", cue=">said"),
    Q("and so do the evening hours.", "direct", "lund", "positive",
      mention="<Councillor Petra Lund", cue=">said", join=True),
  ],
  notes="interrupted quote in »reversed German« marks (same qid, two parts); "
        "ROLE NAME CUE between the parts."),
]


# --------------------------------------------------------------------------
# the demo article (examples/sample-article.txt) and its annotation

DEMO_PARAGRAPHS = [
    "Riverton council backs $30 million flood wall after heated debate",
    "RIVERTON — The city council voted 7-2 on Tuesday night to build a concrete "
    "flood wall along the east bank of the Marl River, ending a two-year dispute "
    "over how to protect the town’s lowest-lying streets.",
    "Mayor Ana Ortiz, who has pushed for the wall since the floods of 2023, "
    "called the vote “a very good night for Riverton.” She said construction "
    "would begin in the spring and take about eighteen months.",
    "“We can’t keep filling sandbags every October and hoping for the best,” "
    "Ortiz told reporters after the meeting. “People on Dock Street have been "
    "flooded three times in five years.”",
    "Council member Tom Reyes, one of the two votes against, delivered a "
    "sharply worded speech, saying the plan was too expensive and had been "
    "rushed. «I support protecting Dock Street,» he said, «but not with a wall "
    "that nobody has properly costed.»",
    "The wall will cost at least $30 million, according to the Riverton "
    "Engineering Department. In a report last month, the department said the "
    "figure could rise if steel prices kept climbing.",
    "The Ministry of Water, which will pay for half of the project, welcomed "
    "the decision. “This is exactly the kind of local planning we want to "
    "support,” the ministry said in a statement.",
    "Not everyone in the packed chamber was convinced. Grace Obi, who has run a "
    "café on Dock Street since the ’90s, said she had heard promises before.",
    "“After the last flood, an official stood in my kitchen and told me, ‘This "
    "will never happen again,’” she said. “It happened again eleven months "
    "later.”",
    "Outside, a few residents held up hand-painted signs reading “Dry Feet for "
    "Dock Street” as council members left the building.",
    "Reyes said he would keep asking questions. The council’s decision isn’t "
    "final until a second vote in January, he said.",
    "Work on the detailed design will start in February, the mayor’s office said.",
]
DEMO_TEXT = "\n\n".join(DEMO_PARAGRAPHS) + "\n"

DEMO = S(
    "sample-article", [DEMO_TEXT],
    people={"ortiz": ("Ana Ortiz", "person", "Mayor"),
            "reyes": ("Tom Reyes", "person", "Council member"),
            "red": ("Riverton Engineering Department", "organization", None),
            "mow": ("Ministry of Water", "organization", None),
            "obi": ("Grace Obi", "person", None),
            "mo": ("mayor’s office", "organization", None)},
    quotes=[
        Q("a very good night for Riverton.", "partial", "ortiz", "positive",
          mention="<Mayor Ana Ortiz", cue=">called"),
        Q("construction would begin in the spring and take about eighteen months.",
          "indirect", "ortiz", "neutral", mention="<She", cue=">said"),
        Q("We can’t keep filling sandbags every October and hoping for the best,",
          "direct", "ortiz", "negative", mention=">Ortiz", cue=">told"),
        Q("People on Dock Street have been flooded three times in five years.",
          "direct", "ortiz", "negative"),
        Q("the plan was too expensive and had been rushed.", "indirect", "reyes",
          "negative", mention="<Council member Tom Reyes", cue=">saying"),
        Q("I support protecting Dock Street,", "direct", "reyes", "positive",
          mention=">he", cue=">said"),
        Q("but not with a wall that nobody has properly costed.", "direct",
          "reyes", "negative", mention="<he", cue=">said", join=True),
        Q("The wall will cost at least $30 million", "indirect", "red", "neutral",
          mention=">the Riverton Engineering Department", cue="<according to"),
        Q("the figure could rise if steel prices kept climbing.", "indirect",
          "red", "negative", mention="<the department", cue=">said"),
        Q("This is exactly the kind of local planning we want to support,",
          "direct", "mow", "positive", mention=">the ministry", cue=">said"),
        Q("she had heard promises before.", "indirect", "obi", "negative",
          mention="<Grace Obi", cue=">said"),
        Q("After the last flood, an official stood in my kitchen and told me, "
          "‘This will never happen again,’", "direct", "obi", "negative",
          mention=">she", cue=">said"),
        Q("It happened again eleven months later.", "direct", "obi", "negative"),
        Q("he would keep asking questions.", "indirect", "reyes", "neutral",
          mention="<Reyes", cue=">said"),
        Q("The council’s decision isn’t final until a second vote in January",
          "indirect", "reyes", "neutral", mention=">he", cue=">said"),
        Q("Work on the detailed design will start in February", "indirect", "mo",
          "neutral", mention=">the mayor’s office", cue=">said"),
    ],
    framing=[F("delivered a sharply worded speech", "reyes", "negative"),
             F("welcomed the decision", "mow", "positive")],
    notes="demo article: partial after 'called'; pronoun She/he/she attribution "
          "with two women and a man (the last 'she' is Grace Obi, not the mayor); "
          "unattributed continuations; interrupted «guillemet» quote (same qid); "
          "'according to ORGANISATION' with an indirect clause; organisations as "
          "speakers (engineering department, Ministry of Water, mayor’s office); "
          "nested ‘single’ inside “double” ending ’”; apostrophes (can’t, town’s, "
          "’90s, isn’t, council’s, mayor’s); a slogan on a sign (“Dry Feet for "
          "Dock Street”) is not a quote; em dash in the dateline is not a dash "
          "attribution; framing 'delivered a sharply worded speech' (negative) "
          "and 'welcomed the decision' (positive).",
)


# --------------------------------------------------------------------------
# tone snippets: (id, text, score, notes); label derived from score

TONE = [
    ("t01-intensifier-pos", "The results this quarter are very good.", 0.65,
     "intensifier 'very' on a positive word"),
    ("t02-negation-pos", "The results this quarter are not good.", -0.5,
     "negation flips a positive word"),
    ("t03-negation-neg", "Frankly, the plan is not bad at all.", 0.35,
     "negated negative with 'at all' — mildly positive"),
    ("t04-contrast-neg", "The scheme is ambitious, but it is badly underfunded.", -0.45,
     "contrast: clause after 'but' dominates, intensified negative"),
    ("t05-contrast-pos", "It was a difficult year, but we came through it stronger.", 0.45,
     "contrast: negative first clause, positive clause after 'but' dominates"),
    ("t06-hedge-neutral", "The repairs may be finished by Friday.", 0.0,
     "hedge 'may' on a neutral statement"),
    ("t07-hedge-pos", "Perhaps the new rules will help.", 0.2,
     "hedge 'perhaps' weakens a positive"),
    ("t08-hedge-neg", "The new rules might make things worse.", -0.3,
     "hedge 'might' weakens a negative"),
    ("t09-plain-time", "The meeting starts at nine on Thursday.", 0.0,
     "plain neutral statement"),
    ("t10-plain-count", "The report runs to 212 pages and has four appendices.", 0.0,
     "plain neutral statement with numbers"),
    ("t11-intensifier-neg", "This is an extremely dangerous decision.", -0.85,
     "intensifier 'extremely' on a negative word"),
    ("t12-intensifier-grateful", "We are deeply grateful for your support.", 0.85,
     "intensifier 'deeply' on a positive word"),
    ("t13-weak-pos", "The food at the shelter was fine.", 0.15,
     "weak positive"),
    ("t14-strong-neg", "I am absolutely furious about this.", -0.85,
     "intensifier 'absolutely' on a strong negative"),
    ("t15-negated-event", "Nobody was hurt in the collapse.", 0.3,
     "negated negative event ('nobody … hurt') is good news despite 'collapse'"),
    ("t16-never-pos", "We never expected such a warm welcome.", 0.6,
     "'never' does not negate the positive evaluation of the welcome"),
    ("t17-negated-happy", "I can't say I'm happy about it.", -0.4,
     "negation of a positive with straight apostrophes"),
    ("t18-no-evidence", "There is no evidence of wrongdoing by the staff.", 0.2,
     "negated negative 'no … wrongdoing' — mildly positive"),
    ("t19-diminisher-pos", "The service has improved slightly since March.", 0.25,
     "diminisher 'slightly' weakens a positive"),
    ("t20-diminisher-neg", "The situation is somewhat worse than last week.", -0.3,
     "diminisher 'somewhat' weakens a negative"),
    ("t21-mixed-no-but", "Good staff, terrible management.", -0.3,
     "mixed sentiment without a conjunction; the stronger negative wins"),
    ("t22-mixed-balanced", "The town lost its factory but gained a university.", 0.1,
     "mixed sentiment; contrast tips it slightly positive"),
    ("t23-hedged-negation", "I am not entirely convinced.", -0.25,
     "negation plus hedge 'entirely' — mild doubt"),
    ("t24-could-pos", "This could be a turning point for the region.", 0.4,
     "modal hedge 'could' on a positive outcome"),
    ("t25-hardly", "Hardly anyone turned up to the meeting.", -0.4,
     "negator 'hardly'"),
    ("t26-best", "Without doubt, this is the best season we have had.", 0.85,
     "negated doubt plus superlative"),
    ("t27-neither-nor", "It is neither a success nor a failure.", 0.0,
     "neither/nor cancels both poles"),
    ("t28-did-not-fail", "We did not fail; we simply ran out of time.", -0.1,
     "negated negative followed by a mild negative"),
    ("t29-crime-fell", "Crime fell by twelve percent last year.", 0.3,
     "negative noun with a decreasing verb — good news"),
    ("t30-unemployment-rose", "Unemployment rose to seven percent in June.", -0.3,
     "negative noun with an increasing verb — bad news"),
    ("t31-vote-count", "The bill passed by 52 votes to 48.", 0.0,
     "plain neutral factual statement"),
    ("t32-disgrace", "That is a disgrace, and everyone in this room knows it.", -0.8,
     "strong negative"),
    ("t33-thanks", "Thank you all, truly, from the bottom of my heart.", 0.9,
     "strong positive with intensifier 'truly'"),
    ("t34-not-a-crisis", "I would not call it a crisis.", 0.1,
     "negated negative with hedge 'would' — mild reassurance"),
    ("t35-tense-productive", "The talks were tense but productive.", 0.3,
     "contrast: positive after 'but' (compare t36)"),
    ("t36-productive-tense", "The talks were productive but tense.", -0.1,
     "same words, reversed order: negative after 'but' (compare t35)"),
    ("t37-cautious", "We are cautiously optimistic about the harvest.", 0.35,
     "hedged positive ('cautiously optimistic')"),
    ("t38-not-worst", "It's not the worst outcome, but it's far from ideal.", -0.3,
     "negated negative then contrast with 'far from ideal'"),
    ("t39-safe", "The bridge is safe to use.", 0.4,
     "plain positive"),
    ("t40-not-entirely-safe", "The bridge is not entirely safe.", -0.4,
     "negation of a positive with hedge 'entirely'"),
    ("t41-really-disappointing", "Really, really disappointing.", -0.75,
     "repeated intensifier on a negative"),
    ("t42-stable", "Prices are expected to remain stable next year.", 0.1,
     "mildly positive forecast"),
    ("t43-schedule", "The schedule has changed twice this month.", 0.0,
     "plain neutral statement"),
    ("t44-apology", "We failed the people of this town, and I am sorry.", -0.5,
     "apology: negative admission softened by contrition"),
    ("t45-no-complaints", "Not a single complaint was received.", 0.4,
     "negated negative with 'not a single' — positive"),
    ("t46-mixed-praise-doubt", "The design is beautiful, but I doubt it will ever be built.", -0.2,
     "positive then doubt after 'but'"),
    ("t47-plain-next-meeting", "The committee will meet again in two weeks.", 0.0,
     "plain neutral statement about a schedule"),
    ("t48-plain-letter", "We have received the letter and will respond in due course.", 0.0,
     "plain neutral official reply"),
    ("t49-hedge-both-ways", "Perhaps it will help, perhaps it will not.", 0.0,
     "hedged and balanced — neither positive nor negative"),
]


def tone_label(score):
    if score >= 0.05:
        return "positive"
    if score <= -0.05:
        return "negative"
    return "neutral"


def build_tone():
    out, seen = [], set()
    for tid, text, score, notes in TONE:
        if tid in seen:
            raise SampleError(f"duplicate tone id {tid}")
        seen.add(tid)
        if not -1.0 <= score <= 1.0 or not notes:
            raise SampleError(f"{tid}: bad score or empty notes")
        out.append({"id": tid, "text": text, "score": score,
                    "label": tone_label(score), "notes": notes})
    return out


# --------------------------------------------------------------------------

def write_jsonl(path, records):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


def main(argv):
    do_lint = "--lint" in argv
    ids, recs = set(), []
    try:
        for s in SAMPLES:
            if s["id"] in ids:
                raise SampleError(f"duplicate id {s['id']}")
            ids.add(s["id"])
            recs.append(build_record(s))
        demo = build_record(DEMO)
        if demo["text"] != DEMO_TEXT:
            raise SampleError("demo text changed while building")
        tone = build_tone()
    except SampleError as e:
        print(f"build_samples: {e}", file=sys.stderr)
        return 1

    os.makedirs(SAMPLES_DIR, exist_ok=True)
    os.makedirs(EXAMPLES_DIR, exist_ok=True)
    write_jsonl(os.path.join(SAMPLES_DIR, "quotes.jsonl"), recs)
    write_jsonl(os.path.join(SAMPLES_DIR, "tone.jsonl"), tone)
    write_jsonl(os.path.join(SAMPLES_DIR, "demo-article.jsonl"), [demo])
    with open(os.path.join(EXAMPLES_DIR, "sample-article.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(DEMO_TEXT)

    nq = sum(len(r["quotes"]) for r in recs)
    print(f"quotes.jsonl: {len(recs)} records, {nq} quote entries")
    print(f"tone.jsonl: {len(tone)} snippets")
    print(f"demo-article.jsonl: 1 record, {len(demo['quotes'])} quote entries")
    if do_lint:
        for r in recs + [demo]:
            lines = lint(r)
            if lines:
                print(f"[{r['id']}] unannotated marks:")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
