"""Extraction on worker processes: order, errors and the ``--jobs`` option."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplonews import Article, ArticleParseError, parallel
from diplonews.cli import main
from diplonews.extract import extract
from diplonews.parallel import default_jobs, extract_parallel, jobs_argument

# Made-up articles: some with records, some without, so that order mistakes show.
BODIES = (
    "Nothing happened.",
    "Azerbaijan and Pakistan signed a memorandum of understanding in Baku on Tuesday.",
    "Trade between Georgia and Armenia reached $41.7 million in 2019.",
    "The foreign ministers of Kazakhstan and Mongolia held talks in Astana on Monday.",
    "Prices of bread rose again.",
)


def _articles(count: int) -> list[Article]:
    return [Article(id=f"a{i}", body=BODIES[i % len(BODIES)]) for i in range(count)]


@pytest.mark.parametrize(("jobs", "chunk_size"), [(1, 64), (2, 1), (2, 3), (3, 64)])
def test_results_match_one_process_in_input_order(jobs: int, chunk_size: int) -> None:
    """Any number of workers and chunk size: the results of one process, in order."""
    articles = _articles(11)
    expected = [extract(a) for a in articles]
    assert list(extract_parallel(articles, jobs, chunk_size=chunk_size)) == expected


def test_no_articles_no_results() -> None:
    """An empty input starts no worker and yields nothing."""
    assert list(extract_parallel([], 2)) == []


def test_reading_error_comes_after_the_results_read_before_it() -> None:
    """A reading error is raised once every article read before it has its result."""
    error = ArticleParseError("invalid JSON", source="in.jsonl", location="line 5", text="{")
    articles = _articles(4)

    def read() -> Iterator[Article]:
        yield from articles
        raise error

    results = extract_parallel(read(), 2, chunk_size=3)
    seen: list[str] = []
    with pytest.raises(ArticleParseError) as caught:
        seen.extend(r.id for r in results)
    assert caught.value is error
    assert seen == ["a0", "a1", "a2", "a3"]


@pytest.mark.parametrize(
    ("text", "expected"), [("1", 1), ("4", 4), ("0", None), ("-2", None), ("two", None)]
)
def test_jobs_argument(text: str, expected: int | None) -> None:
    """`--jobs` takes a whole number of at least 1 and names the bad value."""
    if expected is None:
        with pytest.raises(argparse.ArgumentTypeError, match=repr(text)):
            jobs_argument(text)
    else:
        assert jobs_argument(text) == expected


def test_default_jobs_one_for_small_files_and_stdin(tmp_path: Path) -> None:
    """Small files, missing files and stdin: one process."""
    small = tmp_path / "small.jsonl"
    small.write_text("{}\n", encoding="utf-8")
    assert default_jobs([str(small)]) == 1
    assert default_jobs(["-"]) == 1
    assert default_jobs([str(tmp_path / "missing.jsonl")]) == 1


def test_default_jobs_counts_folders_and_globs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder counts the files under it, a glob the files it matches."""
    (tmp_path / "sub").mkdir()
    for name in ("a.jsonl", "b.jsonl", "sub/c.jsonl"):
        (tmp_path / name).write_text("{}\n" * 10, encoding="utf-8")
    monkeypatch.setattr(parallel, "LARGE_INPUT", 60)
    assert default_jobs([str(tmp_path / "*.jsonl")]) == parallel.available_cores()
    assert default_jobs([str(tmp_path / "sub")]) == 1
    assert default_jobs([str(tmp_path)]) == parallel.available_cores()


def test_default_jobs_every_core_for_large_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files of LARGE_INPUT bytes or more: every core."""
    path = tmp_path / "large.jsonl"
    path.write_text("{}\n" * 10, encoding="utf-8")
    monkeypatch.setattr(parallel, "LARGE_INPUT", 30)
    assert default_jobs([str(path)]) == parallel.available_cores()


def _input(tmp_path: Path, records: list[str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(line + "\n" for line in records), encoding="utf-8")
    return path


def test_cli_jobs_output_identical_to_one_process(tmp_path: Path) -> None:
    """`extract --jobs 2` writes what `--jobs 1` writes, in input order."""
    records = [json.dumps({"id": a.id, "text": a.body}) for a in _articles(9)]
    source = _input(tmp_path, records)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["extract", str(source), "--jobs", jobs, "-q", "-o", str(out)]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[1].splitlines()] == [
        f"a{i}" for i in range(9)
    ]


def test_cli_jobs_reports_errors_with_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With workers, a bad record still stops the run naming its line, after the earlier results."""
    records = [json.dumps({"id": a.id, "text": a.body}) for a in _articles(3)]
    source = _input(tmp_path, [*records, "[1, 2]", records[0]])
    assert main(["extract", str(source), "-j", "2", "-q"]) == 1
    captured = capsys.readouterr()
    assert "line 4" in captured.err
    assert "expected a JSON object" in captured.err
    written = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert written == ["a0", "a1", "a2"]


def test_cli_jobs_skip_policy_counts_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With workers, `--errors collect` still lists each skipped record with its line."""
    records = [json.dumps({"id": a.id, "text": a.body}) for a in _articles(3)]
    source = _input(tmp_path, [records[0], "not json", *records[1:]])
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(source), "-j", "2", "--errors", "collect", "-q", "-o", str(out)])
    assert code == 1  # something was rejected
    err = capsys.readouterr().err
    assert "line 2" in err
    assert "invalid JSON" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize("jobs", ["0", "x"])
def test_cli_rejects_bad_jobs(jobs: str, tmp_path: Path) -> None:
    """`--jobs 0` or a word is a usage error (exit 2)."""
    source = _input(tmp_path, ['{"text": "Talks."}'])
    assert main(["extract", str(source), "--jobs", jobs]) == 2
