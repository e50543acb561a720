#!/usr/bin/env python3
"""build_scan_cases.py -- writes tests/data/scan_cases.jsonl.

Each case is written here as a text plus the exact quoted substrings the
quotation scanner must report (direct or partial quotations, in text order).
This script computes their code-point offsets, so no offset is typed by
hand, and writes one record per case in the record format of DESIGN.md
section 4: {"id", "text", "quotes": [{"start", "end", "type"}]}.  An empty
list means "no quotation here" (apostrophes, nicknames, titles).

A substring is searched from the end of the previous match; write
("substring", n) to take its n-th (1-based) occurrence from there instead.
A substring prefixed with "partial:" is stored as type "partial" (the unit
test compares spans only; the type is for readers and evaluation).

Dev tool only (python3, stdlib): the build and the tests read the
committed JSONL.  Every text is invented for this file.

    python3 tests/data/tools/build_scan_cases.py          # rewrite the JSONL
    python3 tests/data/tools/build_scan_cases.py --check  # exit 1 if stale
"""
import json
import os
import sys

# (name, text, [expected quoted substrings])
CASES = [
    # ---- every mark style ----
    ("straight-double",
     '"We will not back down from this fight," Mayor Lena Ortiz said on Monday.',
     ["We will not back down from this fight,"]),
    ("curly-double",
     "\u201cThe bridge will reopen in the spring,\u201d the transport minister said.",
     ["The bridge will reopen in the spring,"]),
    ("guillemets-french",
     "\u00abWe have no plans to raise taxes this year\u00bb, the finance minister said.",
     ["We have no plans to raise taxes this year"]),
    ("guillemets-french-spaced",
     "The minister said: \u00ab We have no plans to raise taxes \u00bb.",
     ["We have no plans to raise taxes"]),
    ("guillemets-french-nbsp",
     "Le ministre a d\u00e9clar\u00e9\u00a0: \u00ab\u00a0Nous ne l\u00e2cherons rien\u00a0\u00bb.",
     ["Nous ne l\u00e2cherons rien"]),
    ("german-low-high",
     "\u201eWir sind bereit zu reden\u201c, sagte die Kanzlerin am Abend.",
     ["Wir sind bereit zu reden"]),
    ("polish-low-right",
     "\u201eNie ma mowy o podwy\u017cce podatk\u00f3w\u201d, powiedzia\u0142 minister.",
     ["Nie ma mowy o podwy\u017cce podatk\u00f3w"]),
    ("german-single-low-high",
     "Er schrieb: \u201aDas ist das Ende der Debatte\u2018, und ging.",
     ["Das ist das Ende der Debatte"]),
    ("guillemets-reversed",
     "\u00bbWir werden diese Wahl gewinnen\u00ab, sagte sie in Berlin.",
     ["Wir werden diese Wahl gewinnen"]),
    ("single-guillemets",
     "\u2039We are not leaving this town\u203a, the mayor said firmly.",
     ["We are not leaving this town"]),
    ("straight-single",
     "'The deal is done and signed,' the spokesman said.",
     ["The deal is done and signed,"]),
    ("curly-single",
     "\u2018We never saw it coming,\u2019 she said after the vote.",
     ["We never saw it coming,"]),
    ("question-and-inverted-cue",
     "\u201cWhy should taxpayers pay for this?\u201d asked Senator Bill Ross.",
     ["Why should taxpayers pay for this?"]),
    ("comma-cue-then-quote",
     'Asked about the report, she said, "No comment at this time."',
     ["No comment at this time."]),
    ("dash-attribution",
     "\u201cWe will rebuild every school in the county\u201d \u2014 Governor Maria Chen.",
     ["We will rebuild every school in the county"]),

    # ---- nesting: the inner quotation belongs to the outer one ----
    ("nested-single-in-double",
     "\u201cHe told me \u2018we are finished\u2019 and walked out,\u201d Ms. Rivera said.",
     ["He told me \u2018we are finished\u2019 and walked out,"]),
    ("nested-closing-together",
     "\u201cI heard him say \u2018never again,\u2019\u201d the witness said.",
     ["I heard him say \u2018never again,\u2019"]),
    ("nested-double-in-single",
     "\u2018The minister called it \u201ca disgrace\u201d in private,\u2019 the aide said.",
     ["The minister called it \u201ca disgrace\u201d in private,"]),
    ("nested-german",
     "\u201eEr sagte \u201aniemals wieder\u2018 und ging nach Hause\u201c, berichtete die Zeugin.",
     ["Er sagte \u201aniemals wieder\u2018 und ging nach Hause"]),
    ("nested-straight",
     '"My mother always said \'never give up\' to all of us," he recalled.',
     ["My mother always said 'never give up' to all of us,"]),

    # ---- apostrophes are not quotation marks ----
    ("apostrophes-curly",
     "The city\u2019s budget won\u2019t cover Ukraine\u2019s request, the council found. "
     "\u201cWe simply don\u2019t have the money,\u201d the treasurer said.",
     ["We simply don\u2019t have the money,"]),
    ("elision-90s",
     "In the \u201990s the party won \u2019em all. "
     "\u201cWe will do it again next year,\u201d its leader said.",
     ["We will do it again next year,"]),
    ("elision-90s-straight",
     "Back in the '90s we had 'em beat, the coach said. "
     "'It will not happen again,' he added.",
     ["It will not happen again,"]),
    ("rock-n-roll",
     "He grew up on rock \u2019n\u2019 roll and rock 'n' roll records. "
     "\u201cIt saved my life more than once,\u201d he said.",
     ["It saved my life more than once,"]),
    ("plural-possessive",
     "We drove to the Smiths\u2019 house and the Joneses' farm. "
     "\u201cNobody was home that night,\u201d Ms. Hale said.",
     ["Nobody was home that night,"]),
    ("plural-possessive-inside-single-quotes",
     "\u2018We went to the Smiths\u2019 house on Friday,\u2019 she said.",
     ["We went to the Smiths\u2019 house on Friday,"]),
    ("plural-possessive-inside-straight-single",
     "'The players' union and the owners' group agree on it,' he said.",
     ["The players' union and the owners' group agree on it,"]),
    ("plural-possessive-after-partial",
     "He called them \u2018useless idiots\u2019 and praised the workers\u2019 "
     "union, officials said.",
     ["partial:useless idiots"]),
    ("oclock",
     "At 9 o'clock the senator said: \"We will vote on the bill tonight.\"",
     ["We will vote on the bill tonight."]),
    ("apostrophes-inside-quote",
     "\u201cI don\u2019t think Ukraine\u2019s army will stop,\u201d he said.",
     ["I don\u2019t think Ukraine\u2019s army will stop,"]),
    ("apostrophes-straight-in-double",
     '"It\'s the voters\' choice, not ours," the senator\'s aide said.',
     ["It's the voters' choice, not ours,"]),
    ("inch-mark-is-not-a-quote",
     "The storm left 12\u201d of snow on the roads. "
     "\u201cStay at home if you can,\u201d the sheriff said.",
     ["Stay at home if you can,"]),

    # ---- several quotations, several styles ----
    ("mixed-styles",
     "\u201cWe are ready for the talks,\u201d she said. "
     "\u00abNous sommes pr\u00eats aussi\u00bb, he replied, "
     "and 'we will see about that,' a third delegate added.",
     ["We are ready for the talks,", "Nous sommes pr\u00eats aussi",
      "we will see about that,"]),
    ("two-partials-one-sentence",
     "He said the party would \u201cwin every seat\u201d and that rivals would "
     "\u201close their deposits.\u201d",
     ["partial:win every seat", "partial:lose their deposits."]),
    ("interrupted-quote",
     "\u201cWe are ready,\u201d he said, \u201cand we will act before the winter.\u201d",
     ["We are ready,", "and we will act before the winter."]),
    ("interrupted-quote-straight",
     '"The plan is sound," the engineer said, "but the money is not there."',
     ["The plan is sound,", "but the money is not there."]),
    ("mismatched-double-close",
     "\u201cThe war is over for us\u00bb, the general said.",
     ["The war is over for us"]),
    ("mismatched-single-close",
     "\u2018We will hold the line\u203a, the captain said.",
     ["We will hold the line"]),
    ("quote-in-parentheses",
     "The mayor (\u201cwe have no money left\u201d) refused to sign the budget.",
     ["partial:we have no money left"]),

    # ---- paragraphs ----
    ("continued-over-paragraphs",
     "\u201cThe first thing we did was call the police.\n\n"
     "\u201cThen we waited for hours in the cold,\u201d the neighbour said.",
     ["The first thing we did was call the police.",
      "Then we waited for hours in the cold,"]),
    ("continued-three-paragraphs",
     "Officials said: \u201cThe dam is safe for now.\n"
     "\u201cWe are checking it every hour.\n"
     "\u201cNobody needs to leave their home tonight.\u201d\n"
     "The warning was lifted on Sunday.",
     ["The dam is safe for now.", "We are checking it every hour.",
      "Nobody needs to leave their home tonight."]),
    ("unbalanced-open-mid-paragraph",
     "The mayor called the plan \u201ca disaster for the whole city and left.\n\n"
     "Later the council met again.\n\n"
     "\u201cWe will vote on it next week,\u201d the chair said.",
     ["We will vote on it next week,"]),
    ("unbalanced-open-at-paragraph-start",
     "\u201cThis paragraph opens a quotation that never closes\n\n"
     "The next paragraph is plain narration by the reporter.\n\n"
     "\u201cThe third paragraph is quoted again,\u201d the source said.",
     ["This paragraph opens a quotation that never closes",
      "The third paragraph is quoted again,"]),
    ("unbalanced-after-colon",
     "The statement read: \u201cWe deny every allegation in the report\n\n"
     "The company did not answer further questions.\n\n"
     "\u201cWe will see them in court,\u201d its lawyer said.",
     ["We deny every allegation in the report",
      "We will see them in court,"]),
    ("stray-opener-same-paragraph",
     "The \u201cso-called plan was announced. "
     "\u201cWe will fight it all the way,\u201d the union said.",
     ["We will fight it all the way,"]),
    ("stray-straight-opener",
     'The sign on the door said "CLOSED and nothing else.\n\n'
     'Customers waited outside for an hour.\n\n'
     '"We open again on Monday morning," the owner said.',
     ["We open again on Monday morning,"]),

    # ---- offsets after multi-byte and astral characters ----
    ("offsets-after-accents",
     "Zo\u00eb Br\u00f6nte said: \u201c\u00c7a va tr\u00e8s bien, merci beaucoup.\u201d",
     ["\u00c7a va tr\u00e8s bien, merci beaucoup."]),
    ("offsets-after-emoji",
     "\U0001F389 \u201cThe party is over for now,\u201d the host said.",
     ["The party is over for now,"]),
    ("offsets-cjk-around",
     "\u6771\u4eac \u201cWe landed safely in Tokyo,\u201d the pilot said. \u6771\u4eac",
     ["We landed safely in Tokyo,"]),

    # ---- markup left in scraped copy: attribute values are not quotes ----
    ("markup-attributes",
     '<tweet author="LenaOrtiz" tweet_id="123456789">We will rebuild the '
     'bridge.</tweet> Ortiz later told reporters, "The money is there."',
     ["The money is there."]),
    ("less-than-is-not-a-tag",
     'Turnout was 3 < 4 percent, "far too low for a city vote," the clerk '
     'said, and 5 > 2.',
     ["far too low for a city vote,"]),
    # ---- names, titles and scare quotes are not speech ----
    ("nickname-alone",
     "Police arrested a man who goes by \u201cShorty\u201d on Tuesday night.",
     []),
    ("nickname-in-name",
     "Carlos \u201cShorty\u201d Mendez was arrested on Friday in Tucson.",
     []),
    ("nickname-then-real-quote",
     "The suspect goes by \u201cShorty\u201d in the neighbourhood. "
     "\u201cI did nothing wrong at all,\u201d he told reporters.",
     ["I did nothing wrong at all,"]),
    ("nickname-straight-two-words",
     'In the band he went by "Big Mike" for years.',
     []),
    ("nickname-known-as",
     'Everyone in the band knew him as "Big Mike" for years.',
     []),
    ("title-of-work",
     "She starred in \u201cThe Long Night\u201d last year.",
     []),
    ("scare-quotes",
     "The so-called \u201cexperts\u201d were wrong again about the weather.",
     []),
]


def offsets(text, subs, name):
    quotes = []
    pos = 0
    for item in subs:
        nth = 1
        if isinstance(item, tuple):
            item, nth = item
        qtype = "direct"
        if item.startswith("partial:"):
            item, qtype = item[len("partial:"):], "partial"
        at = pos - 1
        for _ in range(nth):
            at = text.find(item, at + 1)
            if at < 0:
                sys.exit(f"{name}: {item!r} not found after offset {pos}")
        quotes.append({"start": at, "end": at + len(item), "type": qtype})
        pos = at + len(item)
    return quotes


def build():
    names = set()
    lines = []
    for name, text, subs in CASES:
        if name in names:
            sys.exit(f"duplicate case name {name}")
        names.add(name)
        rec = {"id": name, "text": text, "quotes": offsets(text, subs, name)}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "scan_cases.jsonl")
    data = build()
    if "--check" in sys.argv[1:]:
        with open(out, encoding="utf-8") as f:
            if f.read() != data:
                sys.exit(f"{out} is stale: rerun {sys.argv[0]}")
        return
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"wrote {len(CASES)} cases to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
