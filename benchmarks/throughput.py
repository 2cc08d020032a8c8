"""Throughput of diplonews on the shared corpus, one core: articles/s and MB/s.

    python benchmarks/throughput.py [CORPUS.jsonl] [--repeat N]

Measures three stages over the same articles, best of N runs each:

* ``read``: JSON Lines parsing into ``Article`` objects (the floor every run pays);
* ``extract``: the extractors alone on already-read articles;
* ``end-to-end``: read + extract + JSON serialisation, as ``diplonews extract`` does.

The baseline to compare with is the issue's target (1,000 articles/s per core)
and the ``read`` stage; the figure for spaCy's small English model (about 10
articles/s for entity recognition alone, quoted in the issues) is not measured
here, because its model cannot be installed offline.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

from diplonews.extract import extract
from diplonews.readers import read_articles
from diplonews.serialization import to_json

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    raw = args.corpus.read_text(encoding="utf-8")
    articles = list(read_articles(io.StringIO(raw), input_format="jsonl"))
    body_mb = sum(len(a.body.encode("utf-8")) for a in articles) / 1e6
    file_mb = len(raw.encode("utf-8")) / 1e6
    n = len(articles)
    extract(articles[0])  # load the gazetteer and compile patterns outside the timings

    stages: dict[str, Callable[[], object]] = {
        "read": lambda: list(read_articles(io.StringIO(raw), input_format="jsonl")),
        "extract": lambda: [extract(a) for a in articles],
        "end-to-end": lambda: [
            to_json(extract(a)) for a in read_articles(io.StringIO(raw), input_format="jsonl")
        ],
    }
    print(
        f"corpus: {args.corpus} ({n} articles, {file_mb:.2f} MB file, {body_mb:.2f} MB of bodies)"
    )
    print(f"{'stage':<12}{'seconds':>10}{'articles/s':>13}{'MB/s':>9}")
    for name, run in stages.items():
        seconds = best_of(args.repeat, run)
        print(f"{name:<12}{seconds:>10.3f}{n / seconds:>13,.0f}{body_mb / seconds:>9.2f}")
    print("target: 1,000 articles/s per core (issue 3); spaCy small NER: ~10 articles/s (cited)")


if __name__ == "__main__":
    main()
