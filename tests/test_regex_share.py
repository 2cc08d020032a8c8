"""``benchmarks/regex_share.py`` records the package's regex calls and never divides by zero.

It once recorded nothing (the patterns of ``diplonews._regex`` compile on first use, not
through the ``re.compile`` it wrapped) and ended on a ZeroDivisionError. Run here as its
own process, since it re-imports the package. Articles are invented.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "regex_share.py"

ARTICLES = [
    {
        "id": "invented-1",
        "title": "Ministers meet on fishing quotas",
        "text": (
            "The foreign ministers of Norway and Iceland met in Oslo on Tuesday to discuss"
            " fishing quotas, a spokesman said. They signed a memorandum of understanding"
            " on research vessels."
        ),
    },
    {
        "id": "invented-2",
        "title": "Exports rise",
        "text": (
            "Chile's exports of copper to China rose to 4.2 billion dollars in 2019 from"
            " 3.9 billion in 2018, the central bank said on 3 March 2020."
        ),
    },
    {"id": "invented-3", "title": "Weather", "text": "Rain is expected over the weekend."},
]


def _run(corpus: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIPLONEWS_REGEX_CACHE": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(corpus), "--repeat", "1", "--top", "5"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


def test_records_calls_on_the_package_patterns(tmp_path: Path) -> None:
    """A few articles give recorded calls on many patterns, and a share of extraction."""
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    done = _run(corpus, tmp_path)
    assert done.returncode == 0, done.stderr
    found = re.search(r"([\d,]+) calls on (\d+) patterns", done.stdout)
    assert found is not None, done.stdout
    assert int(found.group(1).replace(",", "")) > 0
    assert int(found.group(2)) > 10  # the deferred patterns of diplonews._regex among them
    assert "top 5 patterns" in done.stdout
    assert re.search(r"scans finding nothing: .* \(\d+% of extract; [\d,]+ calls", done.stdout)


def test_says_when_nothing_was_recorded(tmp_path: Path) -> None:
    """An empty corpus: a clear message and status 1, no ZeroDivisionError."""
    corpus = tmp_path / "empty.jsonl"
    corpus.write_text("", encoding="utf-8")
    done = _run(corpus, tmp_path)
    assert done.returncode == 1, done.stderr
    assert "no article read, so nothing to measure" in done.stdout
    assert "Traceback" not in done.stderr
