"""Where one extraction step's time goes: CPU ms/article, then its top functions under cProfile.

    .venv/bin/python benchmarks/profile_step.py {meetings,agreements,trade} [--repeat N] [--top K]
        [--no-profile]

Run from the repository root. Reads the 704 corpus articles
(``../shared/corpus/articles.jsonl``) and the crawled pages
(``../shared/corpus/crawled/*.txt``, ``id_from="filename"``) with
:func:`diplonews.readers.read_articles` and prints, best of N runs each, in CPU
time (:func:`time.process_time`, so that other work on a busy machine counts
less):

* the step alone (``extract_meetings``, ``extract_agreements`` or
  ``extract_trade_records``), the shared per-body analyses of each article
  (``split_sentences`` and ``body_mentions``) cached first, so that their cost
  is left out;
* ``extract`` as a whole, for the share the step takes of it.

Then the top K functions by own time (``tottime``) and by cumulative time
under cProfile, for the step alone over both sets. (``profile_trade.py`` adds
the own pages and a ``--dump`` of trade records for ``cmp``.)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from diplonews.agreements import extract_agreements
from diplonews.extract import extract
from diplonews.meetings import extract_meetings
from diplonews.models import Article
from diplonews.readers import read_articles
from diplonews.text._mentions import body_mentions
from diplonews.text._sentences import split_sentences
from diplonews.trade import extract_trade_records

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
STEPS: dict[str, Callable[[Article], object]] = {
    "meetings": extract_meetings,
    "agreements": extract_agreements,
    "trade": extract_trade_records,
}


def _warm(articles: Sequence[Article]) -> None:
    for article in articles:
        split_sentences(article.body)
        body_mentions(article.body)


def _step_time(step: Callable[[Article], object], articles: Sequence[Article]) -> float:
    """CPU seconds in ``step`` alone, each article's shared analyses cached first."""
    spent = 0.0
    for article in articles:
        split_sentences(article.body)
        body_mentions(article.body)
        start = time.process_time()
        step(article)
        spent += time.process_time() - start
    return spent


def _best_of(repeat: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(repeat))


def _whole(articles: Sequence[Article]) -> float:
    start = time.process_time()
    for article in articles:
        extract(article)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=sorted(STEPS))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-profile", action="store_true", help="timings only")
    args = parser.parse_args()
    step = STEPS[args.step]

    sets = {
        "corpus": list(read_articles(SHARED / "corpus" / "articles.jsonl")),
        "crawled": list(
            read_articles(sorted((SHARED / "corpus" / "crawled").glob("*.txt")), id_from="filename")
        ),
    }
    for articles in sets.values():
        extract(articles[0])  # tables and patterns loaded outside the timings

    print(f"best of {args.repeat}, CPU time")
    header = ("set", "n", f"{args.step} ms/art", "extract ms/art", "share", "art/CPU-s")
    print("{:<10}{:>6}{:>20}{:>17}{:>8}{:>11}".format(*header))
    for name, articles in sets.items():
        n = len(articles)
        alone = _best_of(args.repeat, lambda a=articles: _step_time(step, a))  # type: ignore[misc]
        whole = _best_of(args.repeat, lambda a=articles: _whole(a))  # type: ignore[misc]
        print(
            f"{name:<10}{n:>6}{alone * 1000 / n:>20.3f}{whole * 1000 / n:>17.3f}"
            f"{alone / whole:>8.1%}{n / whole:>11.0f}"
        )
    if args.no_profile:
        return

    everything = [a for articles in sets.values() for a in articles]
    _warm(everything[-16:])
    profile = cProfile.Profile()
    for article in everything:
        split_sentences(article.body)
        body_mentions(article.body)
        profile.enable()
        step(article)
        profile.disable()
    stats = pstats.Stats(profile)
    print(f"\n{step.__name__} under cProfile, {len(everything)} articles")
    print(f"top {args.top} functions by own time:")
    stats.sort_stats("tottime").print_stats(args.top)
    print(f"top {args.top} functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
