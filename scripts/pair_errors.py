"""Pair a run's meetings MISS and EXTRA lines of one event and name the fields they differ in.

usage: python scripts/pair_errors.py OUTDIR [--fields N]

OUTDIR is a ``score_sets.py`` (or ``hold.py``) output folder: its ``<set>.errors.txt`` files
hold one line per missed or extra record. Many meetings errors are one event told with one
field wrong (the date a day off, planned for held, a state too many): the key's record shows
up as a MISS and the library's as an EXTRA of the same article. For each article this pairs
every MISS with the closest EXTRA (the sides must share a state, when either has one) that
differs in at most N of kind, status, countries, organization and date (default 1), prints
one line per pair (the fields, the set, the article, then the key's and the library's
values) and ends with the count per field on standard error. Only the files the run wrote
are read: a run made with ``--hide`` shows no unread set.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["FIELDS", "differing", "main", "pairs_of"]

FIELDS = ("kind", "status", "countries", "organization", "date")
_LINE = re.compile(r"(MISS|EXTRA) (\S+) meetings: (\{.*\})")

Record = dict[str, Any]


def differing(key: Record, got: Record) -> list[str]:
    """The fields of ``FIELDS`` two records differ in (countries compared as sets)."""
    return [
        f for f in FIELDS if (set(key[f]) != set(got[f]) if f == "countries" else key[f] != got[f])
    ]


def pairs_of(errors: Path, most: int) -> list[tuple[str, Record, Record, list[str]]]:
    """(article, key record, library record, fields) for each pair of one errors file."""
    miss: dict[str, list[Record]] = collections.defaultdict(list)
    extra: dict[str, list[Record]] = collections.defaultdict(list)
    for line in errors.read_text(encoding="utf-8").splitlines():
        found = _LINE.match(line)
        if found is not None:
            side = miss if found[1] == "MISS" else extra
            side[found[2]].append(json.loads(found[3]))
    out = []
    for article, keys in miss.items():
        free = list(extra.get(article, []))
        for key in keys:
            near = [
                (differing(key, got), at)
                for at, got in enumerate(free)
                if not (key["countries"] or got["countries"])
                or set(key["countries"]) & set(got["countries"])
            ]
            if not near:
                continue
            fields, at = min(near, key=lambda n: len(n[0]))
            if len(fields) <= most:
                out.append((article, key, free.pop(at), fields))
    return out


def _brief(record: Record) -> str:
    sides = ",".join(sorted(record["countries"]))
    kind, status = record["kind"], record["status"]
    return f"{kind} {status} [{sides}] {record['organization']} {record['date']}"


def main(argv: list[str] | None = None) -> None:
    """Print the run's pairs, then the count per field."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--fields", type=int, default=1, help="most fields a pair differs in")
    args = parser.parse_args(argv)
    counts: collections.Counter[str] = collections.Counter()
    for errors in sorted(args.outdir.glob("*.errors.txt")):
        name = errors.name.removesuffix(".errors.txt")
        for article, key, got, fields in pairs_of(errors, args.fields):
            label = "+".join(fields) or "-"
            counts[label] += 1
            print(f"{label}\t{name}\t{article}\tkey {_brief(key)}\t| got {_brief(got)}")
    print(dict(counts.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
