"""Recall of a naive agreement rule against the library's, on every visible evaluation set.

    .venv/bin/python scripts/naive_agreements.py RUN_DIR [--misses FILE] [SET ...]

``RUN_DIR`` is the output of ``scripts/score_sets.py run OUTDIR --hide`` (the library's
predictions, ``<set>.jsonl``). The naive rule reads each sentence of an article that holds an
instrument word ("agreement", "accord", "treaty", "memorandum", "deal", "roadmap", ...) and
names a state, and makes of it one agreement: the states the sentence names as its parties,
planned if a cue of the future or of talks says so ("will", "to sign", "negotiat..."),
ratified if one of force says so ("ratif...", "entered into force"), else signed, with no
date. The script pairs the naive agreements with each key's agreements as the scorer pairs the
library's (same status, compatible dates, parties overlapping by Jaccard >= 0.5), prints the
recall of both per kind of set (corpus, crawled, written, pages), and with ``--misses``
writes the key agreements the naive rule finds and the library misses, each with its cause
(what the library's closest record gets wrong: status, date, parties, kind or title, or no
record at all), the naive rule's sentence and the library's agreements of that article, to
classify by the step that drops them. The sets are read with ``naive_sets.py``, as
``naive_meetings.py`` reads them; the unread ones are never opened.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from naive_sets import score_sets_module, visible_sets

from diplonews.text import split_sentences
from diplonews.text.countries import state_codes

# An instrument word: the naive rule's whole trigger.
_INSTRUMENT = re.compile(
    r"""\b(?:
        agreements? | accords? | treat(?:y|ies) | memorand(?:um|a|ums) | protocols?
      | declarations? | deals? | pacts? | conventions? | roadmaps? | plans?
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The naive rule's whole status reading: a cue of force, else one of the future or of talks.
_RATIFIED = re.compile(
    r"\b(?:ratif\w*|entered into force|enters into force|came into force|took effect)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|to sign|to be signed|plans? to|expected to|negotiat\w*|draft\w*"
    r"|prepar\w*|proposed|upcoming)\b",
    re.IGNORECASE,
)


def naive_agreements(body: str) -> list[tuple[dict[str, Any], str]]:
    """The naive rule's agreements of ``body``, each with its sentence."""
    out = []
    for sentence in split_sentences(body):
        if not _INSTRUMENT.search(sentence.text):
            continue
        codes = sorted(state_codes(sentence.text))
        if not codes:
            continue
        if _RATIFIED.search(sentence.text):
            status = "ratified"
        elif _PLANNED.search(sentence.text):
            status = "planned"
        else:
            status = "signed"
        out.append(({"status": status, "parties": codes, "date": None}, sentence.text))
    return out


def _title(record: dict[str, Any]) -> str:
    return " ".join(str(record.get("title") or "").lower().split())


def _near_miss(scorer: ModuleType, agreement: dict[str, Any], library: list[Any]) -> str:
    """What the library's closest agreement gets wrong, or "absent" when none is close."""
    for field, loosened in (
        ("date", {"date": None}),
        ("status", {"status": agreement.get("status")}),
        ("parties", {"parties": agreement.get("parties")}),
        ("status+date", {"status": agreement.get("status"), "date": None}),
        ("parties+date", {"parties": agreement.get("parties"), "date": None}),
        ("parties+status", {"parties": agreement.get("parties"), "status": agreement["status"]}),
    ):
        if any(scorer.agreement_match(agreement, {**a, **loosened}) for a in library):
            return field
    # A record of the same instrument (its title) wrong on all three counts, or one of the
    # same kind and sides under another title.
    if _title(agreement) and any(_title(a) == _title(agreement) for a in library):
        return "title"
    parties = set(agreement.get("parties") or [])
    if any(
        a.get("kind") == agreement.get("kind") and parties & set(a.get("parties") or [])
        for a in library
    ):
        return "kind"
    return "absent"


def main() -> None:
    """Print the naive rule's and the library's recall; write the misses if asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path, help="a score_sets.py (or hold.py) output folder")
    parser.add_argument("--misses", type=Path, help="write the naive-found library misses here")
    parser.add_argument("sets", nargs="*", help="set names (default: every visible set)")
    args = parser.parse_args()
    scorer = score_sets_module()._scorer()
    attrs = scorer.ATTRS["agreements"]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # key, naive, library
    causes: Counter[str] = Counter()
    lines: list[str] = []
    for name, kind, gold, bodies, records in visible_sets(args.run, args.sets):
        for aid, answer in gold.items():
            key_agreements = answer.get("agreements") or []
            naive = naive_agreements(bodies[aid])
            by_naive = dict(
                scorer.best_matching(
                    key_agreements, [a for a, _ in naive], scorer.agreement_match, attrs
                )
            )
            library = records.get(aid, {}).get("agreements") or []
            by_library = dict(
                scorer.best_matching(key_agreements, library, scorer.agreement_match, attrs)
            )
            tally = counts[kind]
            tally[0] += len(key_agreements)
            tally[1] += len(by_naive)
            tally[2] += len(by_library)
            for i, agreement in enumerate(key_agreements):
                if i in by_naive and i not in by_library:
                    fields = ("kind", "title", "status", "parties", "date")
                    brief = {k: agreement.get(k) for k in fields}
                    why = _near_miss(scorer, agreement, library)
                    causes[why] += 1
                    lines.append(f"MISS {name} {aid} [{why}] {json.dumps(brief)}")
                    lines.append(f"  naive: {naive[by_naive[i]][1]}")
                    if agreement.get("evidence"):
                        lines.append(f"  key evidence: {agreement['evidence'][:300]}")
                    for a in library:
                        got = {k: a.get(k) for k in fields}
                        lines.append(f"  library: {json.dumps(got)} {a.get('rule')}")
    for kind, (total, naive_hits, library_hits) in counts.items():
        print(
            f"{kind:8s} key agreements {total:5d}  naive recall {naive_hits / total:.4f}"
            f"  library recall {library_hits / total:.4f}"
        )
    print("misses by cause: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
    if args.misses:
        args.misses.write_text("".join(line + "\n" for line in lines), "utf-8")
        print(f"{sum(line.startswith('MISS') for line in lines)} misses -> {args.misses}")


if __name__ == "__main__":
    main()
