"""Exercises the input/output API so that ``mypy --strict`` catches type regressions.

Importing it runs nothing; ``exercise_io`` is only type-checked, as a user's script would be.
"""

# The annotated assignments are the assertions here: mypy checks each type.
# ruff: noqa: F841

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from diplonews import Article, ArticleResult, Meeting
from diplonews.exports.comtrade import write_comtrade_csv
from diplonews.exports.plover import write_plover_jsonl
from diplonews.extract import extract_all
from diplonews.readers import ReadReport, Reject, read_articles
from diplonews.serialization import read_csv, read_jsonl, write_csv, write_csv_table, write_jsonl


def exercise_io() -> None:
    """Read folders, globs, lists and stdin; write to paths and streams (type-checked only)."""
    report = ReadReport()
    folder: Iterator[Article] = read_articles("crawl/", id_from="filename", report=report)
    pattern: Iterator[Article] = read_articles("crawl/*.txt", errors="collect", report=report)
    several: Iterator[Article] = read_articles([Path("a.jsonl"), "b.json", io.StringIO("")])
    piped: Iterator[Article] = read_articles(sys.stdin.buffer, input_format="jsonl")
    article = next(folder)
    where: tuple[str | None, int | None] = (article.source, article.line)
    rejects: list[Reject] = report.rejects
    first: dict[str, object] = rejects[0].to_dict()
    offset: int | None = rejects[0].byte_offset
    ignored: list[tuple[str, str]] = report.ignored
    results: list[ArticleResult] = list(extract_all(pattern))
    lines: int = write_jsonl(results, "results.jsonl")
    tables: dict[str, Path] = write_csv(results, "tables", escape_formulas=False)
    rows: int = write_csv_table(results, Path("meetings.csv"), "meetings")
    events: int = write_plover_jsonl(results, "events.jsonl")
    trade: int = write_comtrade_csv(results, io.StringIO(), escape_formulas=True)
    meetings: Iterator[Meeting] = read_jsonl("meetings.jsonl", Meeting)
    again: Iterator[Meeting] = read_csv(Path("meetings.csv"), Meeting)
