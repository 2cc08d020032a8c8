"""Instructions per article under callgrind: the speed measure a busy machine cannot blur.

    .venv/bin/python benchmarks/instructions.py [CORPUS.jsonl] [--sample N] [--warm N] [--top K]

Run from the repository root, with valgrind installed. CPU time on a shared machine
moves by 5-10% from run to run; the instructions a run executes move by far less,
so a change for speed is measured here. The script runs itself twice under
``valgrind --tool=callgrind``: each run reads the corpus, extracts ``--warm``
articles (from the ``--sample``-th on: tables loaded, patterns compiled, caches of
other texts filled) and then the first ``--sample`` articles, or none in the second
run. The difference of the two runs, divided by ``--sample``, is what extracting one
article costs, start-up and warm-up left out. Before both, one run without valgrind
fills the compiled-pattern cache (:mod:`diplonews._regex_cache`), so that neither
writes it at exit; ``PYTHONHASHSEED=0`` makes the order of sets the same in every run.

It prints the M instructions per article and the top K functions of the interpreter
and the regex engine by their own instructions per article (the same difference):
``sre_ucs1_match`` and ``sre_ucs2_match`` are the engine's matching in Latin-1 and wider
texts, ``sre_ucs1_charset`` its set tests (the skip loop of a search for a pattern whose
matches start at a set of characters is most of them), ``_PyEval_EvalFrameDefault``
the Python code. Two runs of valgrind take a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"

# A line of callgrind_annotate: "1,234 (12.3%)  file:function [object]"
_LINE = re.compile(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*?)(?:\s+\[.*\])?$")
# The build folder of the interpreter, kept out of the function names printed.
_BUILD = re.compile(r"^/tmp/python-build[^ ]*?/Python-[\d.]+/(?:\./)?")


def _child(corpus: Path, sample: int, warm: int, count: int) -> None:
    """The measured run: warm up on other articles, then extract ``count`` of the sample."""
    from diplonews.extract import extract  # noqa: PLC0415 (only in the measured process)
    from diplonews.readers import read_articles  # noqa: PLC0415

    articles = list(read_articles(corpus))
    for article in articles[sample : sample + warm]:
        extract(article)
    for article in articles[:count]:
        extract(article)


def _counts(out_file: Path) -> tuple[int, dict[str, int]]:
    """The program's total and each function's own instructions, as callgrind_annotate tells."""
    shown = subprocess.run(
        ["callgrind_annotate", "--threshold=100", str(out_file)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    total = 0
    functions: dict[str, int] = {}
    for line in shown.splitlines():
        found = _LINE.match(line)
        if found is None:
            continue
        count = int(found.group(1).replace(",", ""))
        name = found.group(2)
        if "PROGRAM TOTALS" in name:
            total = count
            continue
        name = _BUILD.sub("", name)
        functions[name] = functions.get(name, 0) + count
    return total, functions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=200, help="articles measured")
    parser.add_argument("--warm", type=int, default=200, help="articles extracted first")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child is not None:
        _child(options.corpus, options.sample, options.warm, options.child)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        print("valgrind (with callgrind_annotate) is not installed: nothing to measure")
        return 1
    if options.sample <= 0:
        print("--sample must be at least 1")
        return 1
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    child = [
        sys.executable,
        __file__,
        str(options.corpus),
        "--sample",
        str(options.sample),
        "--warm",
        str(options.warm),
        "--child",
    ]
    subprocess.run([*child, str(options.sample)], env=env, check=True)  # fills the cache
    with tempfile.TemporaryDirectory() as folder:
        runs = []
        for count in (options.sample, 0):
            out_file = Path(folder) / f"callgrind.{count}"
            subprocess.run(
                [
                    "valgrind",
                    "--tool=callgrind",
                    f"--callgrind-out-file={out_file}",
                    *child,
                    str(count),
                ],
                env=env,
                check=True,
                capture_output=True,
            )
            runs.append(_counts(out_file))
    (total, functions), (base, base_functions) = runs
    per = options.sample * 1e6
    print(
        f"corpus: {options.corpus}, {options.sample} articles measured after {options.warm}"
        f" others: {(total - base) / per:.3f} M instructions per article"
    )
    own = {
        name: functions.get(name, 0) - base_functions.get(name, 0)
        for name in functions.keys() | base_functions.keys()
    }
    print(f"\ntop {options.top} functions by own instructions per article:")
    for name in sorted(own, key=own.__getitem__, reverse=True)[: options.top]:
        share = own[name] / (total - base) if total > base else 0.0
        print(f"{own[name] / per:8.3f} M {share:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
