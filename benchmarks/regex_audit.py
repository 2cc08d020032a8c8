"""Audit every compiled pattern of the package for backtracking that grows with the input.

    python benchmarks/regex_audit.py [--small 2000] [--large 8000]

Each module-level ``re.Pattern`` of ``diplonews`` (and the money scanner) is run on
texts made of one short unit repeated ("a", " ", "..", "1,", "Aa ", "the ", ...),
at two lengths. Two uses are timed: ``finditer`` over the whole text (how a body or
sentence scan uses a pattern) and ``match`` at 50 positions (how the clause
readers use one). A pattern whose time grows more than 7 times when the text
grows 4 times is listed: linear growth is 4, quadratic 16, and exponential
backtracking does not finish. Quadratic ``finditer`` rows are harmless for
patterns the code only ever ``match``es at one position, or searches within a
bounded window; check the uses (``grep -n NAME.search src``) of any listed one.

The audit for issue 11 found no exponential pattern, and one quadratic one used
on whole bodies: the sentence splitter's boundary pattern on a run of full stops,
now tried only where a run starts.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from typing import cast

import diplonews
from diplonews import _regex
from diplonews.text.money import _scanner

UNITS = [
    "a", " ", "A", "Aa ", "1", "1,", "1.", "a-", "(", "'", "and ", "the ", "of ", "with ",
    "A. ", "\n", "1 ", ", ", "Mr. ", "X Y ", "in ", "$1 ", "to the ", "President ", "said ",
    "1,000 ", "Aa-Aa ", "«", "a'", "A'a ", "..", "on ", "talks ", "U.S. ", "–",
]  # fmt: skip


def patterns() -> dict[str, re.Pattern[str]]:
    """Every distinct module-level pattern of the package, by its dotted name."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[str] = set()
    for info in pkgutil.walk_packages(diplonews.__path__, "diplonews."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, _regex._Deferred):
                value._compile()  # a gated pattern stays a stand-in: audit it as the code uses it
            elif not isinstance(value, re.Pattern):
                continue
            pattern = cast("re.Pattern[str]", value)
            if pattern.pattern not in seen:
                seen.add(pattern.pattern)
                found[f"{info.name}.{name}"] = pattern
    found["diplonews.text.money._scanner()"] = _scanner()
    return found


def cost(pattern: re.Pattern[str], text: str, use: str) -> float:
    """CPU seconds of one use of ``pattern`` on ``text``."""
    start = time.process_time()
    if use == "finditer":
        for _ in pattern.finditer(text):
            pass
    else:
        for at in range(0, len(text), max(1, len(text) // 50)):
            pattern.match(text, at)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=8000)
    args = parser.parse_args()
    found = patterns()
    growth = args.large / args.small
    listed = 0
    for name, pattern in found.items():
        for unit in UNITS:
            small = (unit * (args.small // len(unit) + 1))[: args.small]
            large = (unit * (args.large // len(unit) + 1))[: args.large]
            for use in ("finditer", "match"):
                before = cost(pattern, small, use)
                if before < 0.002:
                    continue  # too fast to tell
                after = cost(pattern, large, use)
                if after / before > growth * 1.75 or after > 0.5:
                    listed += 1
                    print(f"{name:60} {unit!r:12} {use:9} {before:8.4f} {after:8.4f}", flush=True)
    print(f"{len(found)} patterns, {len(UNITS)} units, {listed} rows listed")


if __name__ == "__main__":
    main()
