"""Extraction time against input size, for ordinary text and adversarial shapes (issue 11).

    python benchmarks/linear_time.py [--sizes 100000,1000000,10000000] [--shapes a,b,...]

Builds an article body of each size for each shape, runs ``extract`` on it, and
prints the CPU seconds per MB (process time, so other work on the machine
barely moves the figures) at each size, the ratio of the slowest to the
fastest (``max/min``), and ``growth``: the largest cost per MB at any size over
the cost per MB at the smallest size. Linear time means a flat row; time that
grows faster than the input shows as ``growth`` over 2. A row that falls with
size (``max/min`` over 2, ``growth`` 1) is a fixed cost per article: a sentence
is capped at 2,500 characters, so a capped sentence full of amounts costs the
same in a 10 KB body as in a 10 MB one.

The shapes (all text written for this benchmark):

* ``ordinary``: news paragraphs (meetings, an agreement, trade figures) repeated;
* ``one_sentence``: the same text with every full stop and paragraph break
  replaced by a comma, so the whole body is one sentence;
* ``meeting_with``: "the meeting with " repeated (a trigger every 17 characters);
* ``amounts``: a trade sentence whose amount list "$1.5 billion, " never ends;
* ``trade_amounts``: "exports to Peru rose to $1.5 billion, " repeated (a trade cue
  and an amount in every piece of the endless sentence);
* ``agreements``: "signed an agreement with Turkey and " repeated;
* ``names``: capitalised names after "met with", with no stop;
* ``officials``: titled officials after "met with", with no stop (the people reader
  compares each official with those found before);
* ``stops``: nothing but full stops (quadratic in the sentence splitter before);
* ``spaces``: a trade clause, then hundreds of spaces, repeated.

The 10 MB row takes minutes for the slower shapes; ``--sizes`` and ``--shapes``
pick a part.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from diplonews import Article
from diplonews.extract import extract

PARAGRAPHS = (
    "KORVIA, May 3 (Wire) - Foreign Minister Anja Talis of Estonia met her Latvian "
    "counterpart Rihards Olm in Riga on Tuesday, and the two discussed energy links and "
    "a rail corridor to the Baltic ports. ",
    "President Marek Duval of Chile held a phone call with Prime Minister Sani Obaro of "
    "Nigeria on Monday, the presidency said. ",
    "Estonia and Latvia signed a memorandum of understanding on border crossings in "
    "Tallinn on March 4, 2024, and agreed to hold further talks next month.\n\n",
    "Exports from Chile to Peru rose 12 pct to $1.25 billion in the first quarter of 2023, "
    "while imports fell to 840 mln dlrs, the statistics office said.\n\n",
)


def _repeat(unit: str, size: int, head: str = "") -> str:
    body = head + unit * ((size - len(head)) // len(unit) + 1)
    return body[:size]


def _ordinary(size: int) -> str:
    return _repeat("".join(PARAGRAPHS), size)


SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary": _ordinary,
    "one_sentence": lambda n: _ordinary(n).replace(". ", ", ").replace(".\n\n", ", "),
    "meeting_with": lambda n: _repeat("the meeting with ", n),
    "amounts": lambda n: _repeat("$1.5 billion, ", n, "Exports from Chile to Peru reached "),
    "trade_amounts": lambda n: _repeat("exports to Peru rose to $1.5 billion, ", n),
    "agreements": lambda n: _repeat("signed an agreement with Turkey and ", n),
    "names": lambda n: _repeat("Orlan Vesk Tamsin Quill Edda Marrow ", n, "The envoy met with "),
    "officials": lambda n: _repeat("met with President Orlan Vesk, Minister Tamsin Quill, ", n),
    "stops": lambda n: "." * n,
    "spaces": lambda n: _repeat("exports to Chile reached $1 billion" + " " * 700, n),
}


def seconds_per_mb(shape: str, size: int, least: float = 0.5) -> float:
    """CPU seconds per MB of ``extract`` on a body of ``size`` characters of ``shape``.

    Small bodies are extracted again until ``least`` CPU seconds have passed (a new
    body each time, differing in its last character, so no cache answers), and the
    mean is taken.
    """
    body = SHAPES[shape](size)
    runs, spent = 0, 0.0
    while spent < least or runs == 0:
        variant = body[:-1] + "abcdefghijklmnopqrstuvwxyz"[runs % 26]
        article = Article(id=f"{shape}-{size}-{runs}", body=variant)
        start = time.process_time()
        extract(article)
        spent += time.process_time() - start
        runs += 1
    return spent / runs / (size / 1e6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    extract(Article(id="warm-up", body=_ordinary(5000)))  # load tables, compile patterns

    labels = [f"{s / 1e6:g} MB" for s in sizes]
    header = "".join(f"{label:>11}" for label in labels)
    print(f"{'shape':14}{header}{'max/min':>9}{'growth':>8}")
    print("-" * (14 + 11 * len(sizes) + 17))
    for shape in shapes:
        row = [seconds_per_mb(shape, size) for size in sizes]
        ratio = max(row) / min(row) if min(row) > 0 else float("inf")
        growth = max(row) / row[0] if row[0] > 0 else float("inf")
        cells = "".join(f"{value:>11.2f}" for value in row)
        print(f"{shape:14}{cells}{ratio:>9.2f}{growth:>8.2f}", flush=True)
    print("(CPU seconds per MB of body text; small bodies averaged over 0.5 s of runs)")


if __name__ == "__main__":
    main()
