"""Where extraction time goes: ms/article per stage, then the top functions by own time.

    .venv/bin/python benchmarks/profile_extract.py [CORPUS.jsonl] [--repeat N] [--top K]

Run from the repository root. Reads the corpus with
:func:`diplonews.readers.read_articles` and times, best of N runs each, over
all its articles:

* ``split_sentences`` and ``body_mentions`` (the per-body analyses every
  extractor shares; their caches are cleared before each article so that the
  cost is counted once, here);
* ``extract_meetings``, ``extract_agreements`` and ``extract_trade_records``
  (each timed alone, after the shared analyses of its article are cached,
  so the figures add up to ``extract`` without double counting);
* the share of the whole pipeline spent inside :mod:`diplonews.text.dates`
  and :mod:`diplonews.text._people` (their public functions, cumulative
  time under cProfile, which inflates all figures by a similar factor).

Then prints the top K functions by own time (``tottime``) under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from diplonews.agreements._extract import extract_agreements
from diplonews.extract import extract
from diplonews.meetings._extract import extract_meetings
from diplonews.models import Article
from diplonews.readers import read_articles
from diplonews.text._mentions import body_mentions
from diplonews.text._sentences import split_sentences
from diplonews.trade._extract import extract_trade_records

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"

# Modules whose public entry points are reported as a share of the pipeline.
_WATCHED = ("text/dates.py", "text/_people.py", "text/_date", "text/_relative_dates")
_ENTRY_POINTS = frozenset(
    {"extract_dates", "parse_date", "extract_people", "person_spans", "number_word"}
)


def _best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _stage_time(stage: Callable[[Article], object], articles: Sequence[Article]) -> float:
    """Seconds spent in ``stage`` alone, the shared analyses of each article done (cached) first."""
    spent = 0.0
    for article in articles:
        split_sentences(article.body)
        body_mentions(article.body)
        start = time.perf_counter()
        stage(article)
        spent += time.perf_counter() - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()

    raw = args.corpus.read_text(encoding="utf-8")
    articles = list(read_articles(io.StringIO(raw), input_format="jsonl"))
    n = len(articles)
    extract(articles[0])  # load the gazetteer and compile patterns outside the timings

    def per_article(seconds: float) -> float:
        return seconds * 1000 / n

    def split_only() -> None:
        for article in articles:
            split_sentences.cache_clear()
            split_sentences(article.body)

    def mentions_only() -> None:
        for article in articles:
            body_mentions.cache_clear()
            body_mentions(article.body)

    stages: dict[str, float] = {
        "split_sentences": _best_of(args.repeat, split_only),
        "body mentions": _best_of(args.repeat, mentions_only),
    }
    extractors: dict[str, Callable[[Article], object]] = {
        "extract_meetings": extract_meetings,
        "extract_agreements": extract_agreements,
        "extract_trade_records": extract_trade_records,
    }
    for name, stage in extractors.items():
        stages[name] = min(_stage_time(stage, articles) for _ in range(args.repeat))
    stages["extract (whole)"] = _best_of(args.repeat, lambda: [extract(a) for a in articles])

    print(f"corpus: {args.corpus} ({n} articles), best of {args.repeat}")
    print(f"{'stage':<24}{'ms/article':>11}")
    for name, seconds in stages.items():
        print(f"{name:<24}{per_article(seconds):>11.3f}")

    profile = cProfile.Profile()
    split_sentences.cache_clear()
    body_mentions.cache_clear()
    profile.enable()
    for article in articles:
        extract(article)
    profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\nunder cProfile: {per_article(total):.3f} ms/article in all")
    for func, (_, ncalls, _, cumtime, _) in sorted(stats.stats.items()):  # type: ignore[attr-defined]
        path, _, name = func
        if name in _ENTRY_POINTS and any(w in path.replace("\\", "/") for w in _WATCHED):
            print(
                f"  {name:<22}{ncalls:>8} calls{per_article(cumtime):>9.3f} ms/article"
                f" ({cumtime / total:.0%} of all, cumulative)"
            )
    print(f"\ntop {args.top} functions by own time:")
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
