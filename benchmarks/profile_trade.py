"""CPU time of trade extraction alone and of the whole pipeline, and where trade's time goes.

    .venv/bin/python benchmarks/profile_trade.py [--repeat N] [--top K] [--profile]
        [--dump FILE] [--no-full]

Run from the repository root. The texts are the shared corpus (JSON Lines,
``../shared/corpus/articles.jsonl``), the crawled pages
(``../shared/corpus/crawled/*.txt``, read with ``id_from="filename"``) and the
developers' own pages (every folder of ``tests/pages``), read
once into memory. Times are CPU seconds of this process
(:func:`time.process_time`), best of ``--repeat`` runs, so that a busy machine
distorts them less:

* ``trade alone``: :func:`~diplonews.trade.extract_trade_records` on each
  article, after the analyses every extractor shares (its sentences and country
  mentions, cached per body) are done for that article outside the timing;
* ``extract (whole)``: :func:`diplonews.extract` on each article, everything
  counted.

``--profile`` then prints the top K functions of trade alone by own time under
cProfile. ``--dump FILE`` writes the ``repr`` of every article's trade records,
one article a line, so that two revisions' outputs can be compared with ``cmp``.
To compare revisions, run this script with ``PYTHONPATH`` set to each
checkout's ``src`` in turn.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import diplonews
from diplonews.extract import extract
from diplonews.models import Article
from diplonews.readers import read_articles
from diplonews.text._mentions import body_mentions
from diplonews.text._sentences import split_sentences
from diplonews.trade import extract_trade_records

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load() -> dict[str, list[Article]]:
    """The corpus, the crawled pages and the own pages, by set."""
    crawled = sorted((SHARED / "corpus" / "crawled").glob("*.txt"))
    own = sorted((ROOT / "tests" / "pages").glob("*/*.txt"))
    return {
        "corpus": list(read_articles(SHARED / "corpus" / "articles.jsonl")),
        "crawled": list(read_articles(crawled, id_from="filename")),
        "own": list(read_articles(own, id_from="filename")),
    }


def _trade_time(articles: Sequence[Article]) -> float:
    """CPU seconds in trade extraction alone, the shared analyses done first per article."""
    spent = 0.0
    for article in articles:
        split_sentences(article.body)
        body_mentions(article.body)
        start = time.process_time()
        extract_trade_records(article)
        spent += time.process_time() - start
    return spent


def _full_time(articles: Sequence[Article]) -> float:
    start = time.process_time()
    for article in articles:
        extract(article)
    return time.process_time() - start


def _best(repeat: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-full", action="store_true", help="time trade alone only")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()

    sets = load()
    everything = [a for arts in sets.values() for a in arts]
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            for article in everything:
                out.write(f"{article.id}\t{extract_trade_records(article)!r}\n")
    for article in everything[:50]:
        extract(article)  # load the gazetteer and compile patterns outside the timings

    print(f"diplonews from {Path(diplonews.__file__).parent}")
    print(f"{'set':<10}{'articles':>9}{'trade CPU-s':>13}{'trade art/s':>13}", end="")
    print("" if args.no_full else f"{'full CPU-s':>12}{'full art/s':>12}")
    for name, articles in [*sets.items(), ("all", everything)]:
        trade = _best(args.repeat, lambda arts=articles: _trade_time(arts))  # type: ignore[misc]
        line = f"{name:<10}{len(articles):>9}{trade:>13.3f}{len(articles) / trade:>13.0f}"
        if not args.no_full:
            full = _best(args.repeat, lambda arts=articles: _full_time(arts))  # type: ignore[misc]
            line += f"{full:>12.3f}{len(articles) / full:>12.0f}"
        print(line)

    if args.profile:
        profile = cProfile.Profile()
        for article in everything:
            split_sentences(article.body)
            body_mentions(article.body)
            profile.enable()
            extract_trade_records(article)
            profile.disable()
        stats = pstats.Stats(profile)
        print(f"\ntop {args.top} functions of trade alone by own time:")
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
