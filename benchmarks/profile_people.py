"""How often each step reads a text for people, and where that reading's time goes.

    .venv/bin/python benchmarks/profile_people.py [--repeat N]

Run from the repository root. Extracts the 704 corpus articles and the crawled
pages once, recording every call of :func:`diplonews.text.extract_people` made
by the three call sites (the meetings step's officials, the agreements step's
``_officials``, the trade step's ``_official_states``), and every call of the
pieces of that reading (tokens, bare office holders, short forms,
appositions, person spans). Then prints:

* per call site: its calls, the characters it reads, and the CPU ms/article of
  replaying its calls (best of N; the office-holder lookups are cached then, as
  they are in a long run);
* how many articles are read by one, two or three call sites (the readings
  that one shared reading per article could save);
* per piece: its calls and CPU ms/article, replayed the same way.

A replay measures the reading alone: the figures add up to a part of
``profile_extract.py``'s ``extract (whole)``.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import diplonews.agreements._story as agreements  # where the agreements step reads people
import diplonews.meetings._candidates as meetings  # where the meetings step reads people
import diplonews.text._people as people
import diplonews.trade._extract as trade
from diplonews.extract import extract
from diplonews.readers import read_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SITES = {"meetings": meetings, "agreements": agreements, "trade": trade}
PIECES = ("tokens", "bare_holders", "_short_forms", "_appositions", "person_spans")
Call = tuple[tuple[Any, ...], dict[str, Any]]


def _recording(
    fn: Callable[..., Any], calls: list[Call], before: Callable[[], None] = lambda: None
) -> Callable[..., Any]:
    def recorded(*args: Any, **kwargs: Any) -> Any:
        before()
        calls.append((args, kwargs))
        return fn(*args, **kwargs)

    return recorded


def _replay(fn: Callable[..., Any], calls: list[Call], repeat: int) -> float:
    """CPU seconds of the best of ``repeat`` replays of ``calls``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for args, kwargs in calls:
            fn(*args, **kwargs)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    articles = [
        *read_articles(SHARED / "corpus" / "articles.jsonl"),
        *read_articles(SHARED / "corpus" / "crawled", id_from="filename"),
    ]
    original = people.extract_people
    by_site: dict[str, list[Call]] = {site: [] for site in SITES}
    sites_of: dict[str, set[str]] = defaultdict(set)
    current = [""]
    for site, module in SITES.items():
        note = lambda site=site: sites_of[current[0]].add(site)  # noqa: E731
        module.extract_people = _recording(original, by_site[site], note)  # type: ignore[attr-defined]
    pieces = {name: getattr(people, name) for name in PIECES}
    by_piece: dict[str, list[Call]] = {name: [] for name in PIECES}
    for name, fn in pieces.items():
        setattr(people, name, _recording(fn, by_piece[name]))
    try:
        for article in articles:
            current[0] = article.id
            extract(article)
    finally:
        for module in SITES.values():
            module.extract_people = original  # type: ignore[attr-defined]
        for name, fn in pieces.items():
            setattr(people, name, fn)
    n = len(articles)
    print(f"{n} articles, best of {options.repeat} replays, CPU ms/article")
    for site, calls in by_site.items():
        chars = sum(len(args[0]) for args, _ in calls)
        spent = _replay(original, calls, options.repeat) / n * 1000
        print(f"  {site:12s} {len(calls):5d} calls {chars:9d} chars {spent:8.3f} ms/article")
    combos = Counter(" + ".join(sorted(sites)) for sites in sites_of.values())
    print(f"articles read for people: {len(sites_of)} of {n}")
    for combo, count in combos.most_common():
        print(f"  {combo:32s} {count:5d}")
    print("pieces of the reading (all call sites):")
    for name, calls in by_piece.items():
        spent = _replay(pieces[name], calls, options.repeat) / n * 1000
        print(f"  {name:14s} {len(calls):5d} calls {spent:8.3f} ms/article")


if __name__ == "__main__":
    main()
