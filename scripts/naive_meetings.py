"""Recall of a naive meeting rule against the library's, on every visible evaluation set.

    .venv/bin/python scripts/naive_meetings.py RUN_DIR [--misses FILE] [SET ...]

``RUN_DIR`` is the output of ``scripts/score_sets.py run OUTDIR --hide`` (the library's
predictions, ``<set>.jsonl``). The naive rule reads each sentence of an article that holds a
meeting word ("met", "talks", "visit", "summit", ...) and names a state, and makes of it one
meeting: the states the sentence names, held unless a future cue ("will", "to be held") says
planned, no date. The script pairs the naive meetings with each key's meetings as the scorer
pairs the library's (same status, compatible dates, countries overlapping by Jaccard >= 0.5),
prints the recall of both per kind of set (corpus, crawled, written, pages), and with
``--misses`` writes the key meetings the naive rule finds and the library misses, each with
the naive rule's sentence and the library's meetings of that article, to classify by the step
that drops them.

The sets are read with ``naive_sets.py`` (as ``naive_agreements.py`` reads them): only the
visible ones (those ``score_sets.py --hide`` keeps); the unread ones are
never opened.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from naive_sets import score_sets_module, visible_sets

from diplonews.text import split_sentences
from diplonews.text.countries import state_codes

# A meeting word: the naive rule's whole trigger.
_MEETING_WORD = re.compile(
    r"""\b(?:
        me(?:et|ets|eting|etings|t)              # met, meet, a meeting
      | talks | negotiations | consultations
      | visit(?:s|ed|ing)?                      # a visit, visited
      | (?:phone|telephone|video)[ ]call | spoke | conversation
      | summit | conference | forum | session | gathering
      | receiv(?:e|ed|es|ing) | host(?:s|ed|ing)?
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A future cue: the naive rule's whole status reading.
_FUTURE = re.compile(
    r"\b(?:will|shall|to be held|is to|are to|plans? to|scheduled|expected to|upcoming|next)\b",
    re.IGNORECASE,
)


def naive_meetings(body: str) -> list[tuple[dict[str, Any], str]]:
    """The naive rule's meetings of ``body``, each with its sentence."""
    out = []
    for sentence in split_sentences(body):
        if not _MEETING_WORD.search(sentence.text):
            continue
        codes = sorted(state_codes(sentence.text))
        if not codes:
            continue
        status = "planned" if _FUTURE.search(sentence.text) else "held"
        out.append(({"status": status, "countries": codes, "date": None}, sentence.text))
    return out


def _near_miss(scorer: ModuleType, meeting: dict[str, Any], library: list[Any]) -> str:
    """What the library's closest meeting gets wrong: "date", "status", "sides" or "absent"."""
    for field, loosened in (
        ("date", {"date": None}),
        ("status", {"status": meeting.get("status")}),
        ("sides", {"countries": meeting.get("countries")}),
    ):
        if any(scorer.meeting_match(meeting, {**m, **loosened}) for m in library):
            return field
    return "absent"


def main() -> None:
    """Print the naive rule's and the library's recall; write the misses if asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path, help="a score_sets.py (or hold.py) output folder")
    parser.add_argument("--misses", type=Path, help="write the naive-found library misses here")
    parser.add_argument("sets", nargs="*", help="set names (default: every visible set)")
    args = parser.parse_args()
    scorer = score_sets_module()._scorer()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # key, naive, library
    lines: list[str] = []
    for name, kind, gold, bodies, records in visible_sets(args.run, args.sets):
        predicted = {aid: record.get("meetings") or [] for aid, record in records.items()}
        attrs = scorer.ATTRS["meetings"]
        for aid, answer in gold.items():
            key_meetings = answer.get("meetings") or []
            naive = naive_meetings(bodies[aid])
            by_naive = dict(
                scorer.best_matching(
                    key_meetings, [m for m, _ in naive], scorer.meeting_match, attrs
                )
            )
            library = predicted.get(aid, [])
            by_library = dict(
                scorer.best_matching(key_meetings, library, scorer.meeting_match, attrs)
            )
            tally = counts[kind]
            tally[0] += len(key_meetings)
            tally[1] += len(by_naive)
            tally[2] += len(by_library)
            for i, meeting in enumerate(key_meetings):
                if i in by_naive and i not in by_library:
                    brief = {k: meeting.get(k) for k in ("kind", "status", "countries", "date")}
                    brief["organization"] = meeting.get("organization")
                    why = _near_miss(scorer, meeting, library)
                    lines.append(f"MISS {name} {aid} [{why}] {json.dumps(brief)}")
                    lines.append(f"  naive: {naive[by_naive[i]][1]}")
                    if meeting.get("evidence"):
                        lines.append(f"  key evidence: {meeting['evidence'][:300]}")
                    for m in library:
                        got = {k: m.get(k) for k in ("kind", "status", "countries", "date")}
                        lines.append(f"  library: {json.dumps(got)} {m.get('rule')}")
    for kind, (total, naive_hits, library_hits) in counts.items():
        print(
            f"{kind:8s} key meetings {total:5d}  naive recall {naive_hits / total:.4f}"
            f"  library recall {library_hits / total:.4f}"
        )
    if args.misses:
        args.misses.write_text("".join(line + "\n" for line in lines), "utf-8")
        print(f"{sum(line.startswith('MISS') for line in lines)} misses -> {args.misses}")


if __name__ == "__main__":
    main()
