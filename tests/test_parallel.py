"""Extraction on worker processes: order, errors and the ``--jobs`` option."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplonews import Article, ArticleParseError, parallel
from diplonews.cli import main
from diplonews.extract import extract
from diplonews.parallel import default_jobs, extract_parallel, extract_pieces, jobs_argument
from diplonews.readers import BLOCK_SIZE, LineBlock, Piece, ReadReport, read_articles, split_input
from diplonews.serialization import to_json

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


#: A figure of a fiscal year that states no months: a record only with ``fiscal_calendars``.
FISCAL = "ISLAMABAD: Pakistan's exports to China stood at $2.5 billion in FY2022-23."


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_fiscal_calendars_reach_the_workers(jobs: str, tmp_path: Path) -> None:
    """`extract --fiscal-calendars` reads on the state's calendar, with workers or without."""
    records = [
        json.dumps({"id": f"f{i}", "text": text, "published": "2023-08-01"})
        for i, text in enumerate([FISCAL, *BODIES, FISCAL])
    ]
    source = _input(tmp_path, records)
    periods = {}
    for flag in ([], ["--fiscal-calendars"]):
        out = tmp_path / f"out{len(flag)}.jsonl"
        assert main(["extract", str(source), *flag, "--jobs", jobs, "-q", "-o", str(out)]) == 0
        documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        periods[bool(flag)] = [
            [r["period"] for r in d["trade_records"] if r["reporter"] == "PAK"] for d in documents
        ]
    assert periods[False][0] == periods[False][-1] == []
    one_year = [{"start": "2022-07-01", "end": "2023-06-30"}]
    assert periods[True][0] == periods[True][-1] == one_year


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_parallel_and_pieces_take_fiscal_calendars(jobs: int) -> None:
    """The option reaches ``extract`` in every worker, as in one process."""
    articles = [Article(id=f"f{i}", body=FISCAL, published="2023-08-01") for i in range(3)]
    expected = [extract(a, fiscal_calendars=True) for a in articles]
    assert all(len(d.trade_records) == 1 for d in expected)
    found = list(extract_parallel(articles, jobs, chunk_size=1, fiscal_calendars=True))
    assert found == expected
    data = "".join(
        json.dumps({"id": a.id, "text": a.body, "published": "2023-08-01"}) + "\n" for a in articles
    ).encode()
    pieces = _pieces(data, 200)
    assert list(extract_pieces(pieces, jobs, fiscal_calendars=True)) == expected
    assert all(not d.trade_records for d in extract_pieces(_pieces(data, 200), jobs))


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


# -- extract_pieces: the workers read, extract and write ------------------------------------

#: A bland paragraph that makes records long, so that a few hundred of them fill several blocks.
FILLER = " Prices of bread rose again in the capital, the statistics office said." * 40


def _records(count: int, bad: dict[int, str] | None = None) -> bytes:
    """JSON Lines of ``count`` made-up articles; the lines numbered in ``bad`` replaced."""
    lines = [
        json.dumps({"id": f"a{i}", "text": BODIES[i % len(BODIES)] + FILLER}) for i in range(count)
    ]
    for number, line in (bad or {}).items():
        lines[number - 1] = line
    return "".join(line + "\n" for line in lines).encode()


def _pieces(data: bytes, block_size: int = 20_000) -> list[Piece]:
    return list(split_input(io.BytesIO(data), block_size=block_size))


@pytest.mark.parametrize("jobs", [1, 2])
def test_pieces_give_the_documents_of_one_process_in_order(jobs: int) -> None:
    """JSON text made on the workers is what one process writes, in input order."""
    data = _records(60)
    expected = [to_json(extract(a)) for a in read_articles(io.BytesIO(data))]
    pieces = _pieces(data)
    assert len(pieces) > 3
    assert list(extract_pieces(pieces, jobs, then=to_json)) == expected


def test_pieces_without_then_give_documents() -> None:
    """Without ``then`` the documents themselves come back."""
    data = _records(7)
    expected = [extract(a) for a in read_articles(io.BytesIO(data))]
    assert list(extract_pieces(_pieces(data, 500), 2)) == expected


@pytest.mark.parametrize("jobs", [1, 2])
def test_pieces_raise_the_first_bad_record_after_the_results_before_it(jobs: int) -> None:
    """errors="raise": the first bad line is raised with its line, after every earlier result."""
    data = _records(40, bad={23: "[1, 2]", 30: "{"})
    seen: list[str] = []
    with pytest.raises(ArticleParseError, match="line 23: expected a JSON object"):
        seen.extend(
            json.loads(text)["id"] for text in extract_pieces(_pieces(data), jobs, then=to_json)
        )
    assert seen == [f"a{i}" for i in range(22)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_pieces_collect_rejects_as_read_articles_does(jobs: int) -> None:
    """errors="collect": the same rejects, positions included, and counts as read_articles."""
    data = _records(40, bad={2: "not json", 23: "[1, 2]", 40: '{"id": "x"}'})
    expected = ReadReport()
    articles = list(read_articles(io.BytesIO(data), errors="collect", report=expected))
    report = ReadReport()
    texts = list(extract_pieces(_pieces(data), jobs, errors="collect", report=report, then=to_json))
    assert texts == [to_json(extract(a)) for a in articles]
    assert report.rejects == expected.rejects
    assert [str(e) for e in report.errors] == [str(e) for e in expected.errors]
    assert (report.read, report.skipped) == (expected.read, expected.skipped) == (37, 3)


def test_pieces_cutting_error_comes_after_the_results_before_it() -> None:
    """An error while cutting the input is raised once the pieces before it have their results."""
    pieces = _pieces(_records(30))
    failure = OSError("the disk went away")

    def cut() -> Iterator[Piece]:
        yield from pieces[:2]
        raise failure

    seen: list[str] = []
    with pytest.raises(OSError, match="the disk went away"):
        seen.extend(json.loads(text)["id"] for text in extract_pieces(cut(), 2, then=to_json))
    expected = [a for piece in pieces[:2] for a in read_pieces_ids(piece)]
    assert seen == expected


def read_pieces_ids(piece: Piece) -> list[str]:
    """The ids of the articles of one block."""
    assert isinstance(piece, LineBlock)
    return [json.loads(line)["id"] for line in piece.data.splitlines()]


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(arguments)
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "options",
    [["-f", "jsonl"], ["-f", "json"], ["-f", "csv", "--table", "trade_records"], ["-f", "plover"]],
    ids=["jsonl", "json", "csv", "plover"],
)
def test_cli_jobs_two_writes_what_one_writes_rejects_too(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Large input, bad lines, --errors collect: output, rejects and messages identical."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_records(200, bad={3: "[1]", 77: "{", 200: '{"id": "z"}'}))
    assert source.stat().st_size > 2 * BLOCK_SIZE  # several blocks of the command line
    results = []
    for jobs in ("1", "2"):
        out, rejects = tmp_path / "out", tmp_path / "rejects.jsonl"  # the same names: same messages
        arguments = ["extract", str(source), "-q", "-j", jobs, "-o", str(out), *options]
        code, err = _run([*arguments, "--rejects", str(rejects)], capsys)
        results.append((code, err, out.read_bytes(), rejects.read_bytes()))
    assert results[0] == results[1]
    code, err, _, rejects_written = results[1]
    assert code == 1
    assert "200 records in: 197 documents out, 3 rejected" in err
    assert [json.loads(line)["line"] for line in rejects_written.splitlines()] == [3, 77, 200]


def test_cli_jobs_two_on_a_folder_of_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of crawled pages, ids from the file names: one process's output, same summary."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, body in enumerate(BODIES):
        (folder / f"page-{i}.txt").write_text(f" date 2021-06-0{i + 1}\n\n{body}\n", "utf-8")
    (folder / "notes.md").write_text("# Notes\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        code, err = _run(
            ["extract", str(folder), "--id-from", "filename", "-j", jobs, "-q", "-o", str(out)],
            capsys,
        )
        outputs.append((code, err, out.read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[1][2].splitlines()] == [
        f"page-{i}" for i in range(len(BODIES))
    ]
    assert "ignored 1 file" in outputs[1][1]


def test_cli_jobs_two_on_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines piped in is cut into blocks too: the output of one process, in order."""
    data = _records(200)
    assert len(data) > 2 * BLOCK_SIZE
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["extract", "-", "-j", jobs, "-q", "-o", str(out)]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["source"] for line in outputs[1].splitlines()] == ["<stdin>"] * 200
