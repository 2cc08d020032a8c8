"""An extractor that fails on one article names it, and a long run can pass it over.

A step failing on a readable article is a bug in diplonews (one such bug once stopped a
whole run on an article about a summit "hosted by" a group). :func:`diplonews.extract`
raises :class:`~diplonews.errors.ExtractionError` naming the article, its source and line
and the step; the command line and :func:`~diplonews.parallel.extract_pieces` treat the
article as a reject, as they treat an unreadable record: ``--errors raise`` stops naming
it after the documents before it, ``skip`` and ``collect`` go on and count it. The step's
failure is simulated here by replacing the meetings extractor for marked articles.
"""

from __future__ import annotations

import importlib
import io
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from diplonews import Article, ExtractionError
from diplonews.cli import main
from diplonews.parallel import extract_pieces, extract_read
from diplonews.readers import ReadReport, read_articles, split_input

EXTRACT_MODULE = importlib.import_module("diplonews.extract")
MARK = "Marked for failure."


@pytest.fixture
def failing_meetings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The meetings step raises on an article whose body holds ``MARK``."""
    real = EXTRACT_MODULE.extract_meetings

    def extract_meetings(article: Article) -> Any:
        if MARK in article.body:
            raise KeyError("no such side")
        return real(article)

    monkeypatch.setattr(EXTRACT_MODULE, "extract_meetings", extract_meetings)


def _input(tmp_path: Path) -> Path:
    """Three JSON Lines records; the second fails."""
    path = tmp_path / "in.jsonl"
    bodies = ["Japan and India held talks.", MARK, "Egypt and Jordan held talks."]
    lines = [json.dumps({"id": f"a{i + 1}", "text": body}) for i, body in enumerate(bodies)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.usefixtures("failing_meetings")
def test_extract_raises_an_error_naming_the_article_and_step() -> None:
    """The error says which article, from where, and which step; the cause is kept."""
    article = Article(id="x9", body=MARK, source="feed.jsonl", line=7)
    with pytest.raises(ExtractionError) as caught:
        EXTRACT_MODULE.extract(article)
    error = caught.value
    assert (error.article_id, error.step, error.source, error.line) == (
        "x9",
        "meetings",
        "feed.jsonl",
        7,
    )
    assert isinstance(error.__cause__, KeyError)
    assert str(error).startswith("feed.jsonl, line 7: article 'x9': the meetings step failed")


def test_the_error_crosses_a_process_boundary_whole() -> None:
    """Worker processes send errors back pickled: the place must survive."""
    error = ExtractionError("a2", "trade records", ValueError("bad"), source="s.txt", line=3)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.article_id, copy.step, copy.source, copy.line) == (
        "a2",
        "trade records",
        "s.txt",
        3,
    )
    assert str(copy) == str(error)


@pytest.mark.usefixtures("failing_meetings")
@pytest.mark.parametrize("jobs_option", [[], ["-j", "1"]])
def test_cli_raise_stops_at_the_article_after_the_ones_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs_option: list[str]
) -> None:
    """Under the default policy the run stops at the article, naming its line."""
    assert main(["extract", str(_input(tmp_path)), "-q", *jobs_option]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["a1"]
    assert "line 2" in captured.err
    assert "article 'a2': the meetings step failed (KeyError" in captured.err


@pytest.mark.usefixtures("failing_meetings")
def test_cli_skip_goes_on_and_counts_the_reject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--rejects`` (collect) writes the others and lists the article with its place."""
    rejects = tmp_path / "rejects.jsonl"
    out = tmp_path / "out.jsonl"
    source = _input(tmp_path)
    code = main(["extract", str(source), "-q", "--rejects", str(rejects), "-o", str(out)])
    assert code == 1  # something was rejected
    written = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == ["a1", "a3"]
    (reject,) = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert (reject["source"], reject["line"]) == (str(source), 2)
    assert "the meetings step failed" in reject["reason"]
    assert "3 records in: 2 documents out, 1 rejected" in capsys.readouterr().err


@pytest.mark.usefixtures("failing_meetings")
def test_extract_read_moves_the_article_from_read_to_skipped(tmp_path: Path) -> None:
    """Records in = documents out + rejects, the article counted once."""
    report = ReadReport()
    articles = read_articles(_input(tmp_path), report=report)
    documents = list(extract_read(articles, errors="skip", report=report))
    assert [d.id for d in documents] == ["a1", "a3"]
    assert (report.read, report.skipped) == (2, 1)
    assert report.rejects[0].line == 2


@pytest.mark.usefixtures("failing_meetings")
def test_pieces_treat_the_article_as_a_reject(tmp_path: Path) -> None:
    """The workers' path (run in this process with ``jobs=1``) agrees with one process."""
    data = _input(tmp_path).read_bytes()
    report = ReadReport()
    pieces = split_input(io.BytesIO(data))
    documents = list(extract_pieces(pieces, 1, errors="collect", report=report))
    assert [d.id for d in documents] == ["a1", "a3"]
    assert (report.read, report.skipped) == (2, 1)
    assert "the meetings step failed" in report.rejects[0].reason
