"""The diplonews command: outputs, exit codes and every error message."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from diplonews import Article, ArticleResult
from diplonews.cli import main
from diplonews.extract import extract
from diplonews.serialization import from_json

# Short made-up articles in the JSON Lines input shape.
QUIET = {"id": "a1", "published": "2022-01-27", "title": "Talks", "text": "Nothing happened."}
SIGNED = {
    "id": "a2",
    "published": "2022-01-27",
    "text": "Azerbaijan and Pakistan signed a memorandum of understanding in Baku on Tuesday. "
    "Trade between the two countries reached $13.2 million in 2020.",
}
EMPTY_RESULT = (
    '{"id": "a1", "published": "2022-01-27", "author": null, "title": "Talks", "url": null, '
    '"outlet": null, "meetings": [], "agreements": [], "trade_records": [], '
)


def _empty_result(source: Path, line: int = 1) -> str:
    """The document of QUIET read from line ``line`` of ``source``."""
    return EMPTY_RESULT + f'"source": {json.dumps(str(source))}, "line": {line}}}'


def _jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A JSON Lines file with two articles."""
    return _jsonl(tmp_path / "in.jsonl", QUIET, SIGNED)


@pytest.fixture
def bad_articles(tmp_path: Path) -> Path:
    """A JSON Lines file whose second line is not an object."""
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(QUIET) + "\n[1, 2]\n", encoding="utf-8")
    return path


# --- read ----------------------------------------------------------------------


def test_read_writes_article_dicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`read` writes one Article dict per line, body included."""
    path = _jsonl(tmp_path / "in.jsonl", QUIET)
    assert main(["read", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == (
        '{"id": "a1", "published": "2022-01-27", "author": null, "title": "Talks", '
        '"body": "Nothing happened.", "url": null, "outlet": null, "dateline": null, '
        f'"source": {json.dumps(str(path))}, "line": 1}}\n'
    )
    assert err == ""


def test_read_stdin_crawl(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads standard input; --input-format crawl reads the crawled text shape."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(" date 2021-03-04 By Leyla Aliyeva\n\nTalks.\n"))
    assert main(["read", "-", "--input-format", "crawl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    article = from_json(line, Article)
    assert (article.published.isoformat() if article.published else None) == "2021-03-04"
    assert article.author == "Leyla Aliyeva"
    assert article.body == "Talks."


def test_read_several_inputs_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Inputs are read one after another, in the order given."""
    first = _jsonl(tmp_path / "1.jsonl", SIGNED)
    second = _jsonl(tmp_path / "2.jsonl", QUIET)
    assert main(["read", str(first), str(second)]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["a2", "a1"]


def test_read_to_file(articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes to a file and nothing to stdout."""
    out = tmp_path / "out.jsonl"
    assert main(["read", str(articles), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == ["a1", "a2"]


# --- extract -------------------------------------------------------------------


def test_extract_jsonl(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`extract` writes one ArticleResult per article, as the library extracts it."""
    assert main(["extract", str(articles)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == _empty_result(articles)
    expected = extract(Article(id="a2", body=SIGNED["text"], published=_day("2022-01-27")))
    assert from_json(lines[1], ArticleResult) == expected
    assert len(lines) == 2


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_extract_json_array(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes one JSON array of results."""
    assert main(["extract", str(articles), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in data] == ["a1", "a2"]
    assert json.dumps(data[0]) == _empty_result(articles)


def test_extract_json_array_empty(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No articles give an empty JSON array."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["extract", "-", "--format", "json", "--input-format", "jsonl"]) == 0
    assert capsys.readouterr().out == "[]\n"


def test_extract_csv(articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format csv writes the four tables into the -o directory."""
    out = tmp_path / "tables"
    assert main(["extract", str(articles), "--format", "csv", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert sorted(p.name for p in out.iterdir()) == [
        "agreements.csv",
        "articles.csv",
        "meetings.csv",
        "trade_records.csv",
    ]
    rows = (out / "articles.csv").read_text("utf-8").splitlines()
    assert rows[0] == (
        "article_id,published,author,title,url,outlet,n_meetings,n_agreements,n_trade_records,"
        "source,line"
    )
    assert rows[1] == f"a1,2022-01-27,,Talks,,,0,0,0,{articles},1"
    assert rows[2].startswith("a2,2022-01-27,,,,,")


def test_extract_plover(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format plover writes what exports.plover writes for the same results."""
    from diplonews.exports.plover import write_plover_jsonl

    assert main(["extract", str(articles), "--format", "plover"]) == 0
    expected = io.StringIO()
    write_plover_jsonl([extract(a) for a in _read(articles)], expected)
    assert capsys.readouterr().out == expected.getvalue()


def test_extract_comtrade(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format comtrade writes what exports.comtrade writes for the same results."""
    from diplonews.exports.comtrade import write_comtrade_csv

    assert main(["extract", str(articles), "--format", "comtrade"]) == 0
    expected = io.StringIO()
    write_comtrade_csv([extract(a) for a in _read(articles)], expected)
    assert capsys.readouterr().out == expected.getvalue()


def _read(path: Path) -> list[Article]:
    from diplonews.readers import read_articles

    return list(read_articles(path))


# --- schema and version --------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`schema` prints the document schema as JSON."""
    from diplonews.exports.schema import document_schema

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == document_schema()


def test_schema_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`schema -o FILE` writes the schema to the file."""
    from diplonews.exports.schema import document_schema

    out = tmp_path / "schema.json"
    assert main(["schema", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text("utf-8")) == document_schema()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the installed version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"diplonews {version('diplonews')}\n"


def test_python_dash_m() -> None:
    """`python -m diplonews` runs the same command."""
    done = subprocess.run(
        [sys.executable, "-m", "diplonews", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, f"diplonews {version('diplonews')}\n")


# --- errors --------------------------------------------------------------------


def test_missing_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An input that does not exist: exit 1 and one line naming it."""
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "x.txt"]) == 1
    assert capsys.readouterr() == ("", "Error: cannot read 'x.txt': No such file or directory\n")


def test_directory_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder is read file by file; a file in no input format is reported as ignored."""
    _jsonl(tmp_path / "a.jsonl", QUIET)
    (tmp_path / "notes.md").write_text("# Notes\n", encoding="utf-8")
    assert main(["read", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a1"]
    assert err == (
        f"read 1 article; ignored 1 file ({tmp_path / 'notes.md'}: neither a crawled page "
        "(no ' date YYYY-MM-DD' header line) nor JSON)\n"
    )


def test_not_utf8_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An input that is not UTF-8 text: exit 1 naming the line and the byte offset."""
    path = tmp_path / "latin1.txt"
    path.write_bytes(b" date 2021-03-04\n\nCaf\xe9 talks.\n")
    assert main(["read", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"Error: {path}, line 3, byte offset 21: not UTF-8 text (byte 0xE9 cannot be decoded): "
        "'Caf\ufffd talks.'\n"
    )


def test_parse_error_raise(bad_articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --errors raise (the default) a bad record stops the run: exit 1, source and line."""
    assert main(["extract", str(bad_articles)]) == 1
    out, err = capsys.readouterr()
    assert out == _empty_result(bad_articles) + "\n"
    assert err == f"Error: {bad_articles}, line 2: expected a JSON object: '[1, 2]'\n"


def test_parse_error_skip(bad_articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --errors skip the run goes on, the summary counts in and out, and the exit is 1."""
    assert main(["extract", str(bad_articles), "--errors", "skip"]) == 1
    out, err = capsys.readouterr()
    assert out == _empty_result(bad_articles) + "\n"
    assert err == (
        "read 1 article, skipped 1 (line 2: expected a JSON object)\n"
        "2 records in: 1 document out, 1 rejected\n"
    )


def test_parse_error_collect(bad_articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --errors collect every reject is listed in full before the summary."""
    assert main(["read", str(bad_articles), "--errors", "collect"]) == 1
    assert capsys.readouterr().err == (
        f"rejected: {bad_articles}, line 2: expected a JSON object: '[1, 2]'\n"
        "read 1 article, skipped 1 (line 2: expected a JSON object)\n"
        "2 records in: 1 article out, 1 rejected\n"
    )


def test_skip_is_silent_when_nothing_skipped(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No summary when every article was read."""
    assert main(["read", str(articles), "--errors", "skip"]) == 0
    assert capsys.readouterr().err == ""


def test_unwritable_output(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output path in a missing folder: exit 1, naming it."""
    out = tmp_path / "no" / "out.jsonl"
    assert main(["extract", str(articles), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"Error: cannot write {str(out)!r}: No such file or directory\n"
    )


USAGE_ERRORS = [
    pytest.param(
        ["extract"],
        "no input: name files, folders or patterns, or pipe text in",
        id="no-input-on-a-terminal",
    ),
    pytest.param(
        ["extract", "in.jsonl", "--format", "xml"],
        "argument -f/--format: invalid choice: 'xml' "
        "(choose from 'jsonl', 'json', 'csv', 'plover', 'comtrade')",
        id="bad-format",
    ),
    pytest.param(
        ["read", "in.jsonl", "--errors", "ignore"],
        "argument --errors: invalid choice: 'ignore' (choose from 'raise', 'skip', 'collect')",
        id="bad-policy",
    ),
    pytest.param(
        ["extract", "in.jsonl", "--format", "csv"],
        "--format csv to stdout writes one table: choose it with --table (articles, meetings, "
        "agreements, trade_records), or give a folder (-o DIR/) for all four",
        id="csv-to-stdout-without-table",
    ),
    pytest.param(
        ["extract", "in.jsonl", "--format", "csv", "-o", "out.csv"],
        "--format csv to 'out.csv' writes one table: choose it with --table (articles, "
        "meetings, agreements, trade_records), or give a folder (-o DIR/) for all four",
        id="csv-to-file-without-table",
    ),
    pytest.param(
        ["extract", "in.jsonl", "--table", "meetings"],
        "--table goes with --format csv",
        id="table-without-csv",
    ),
    pytest.param(
        ["read", "-", "--id-from", "filename"],
        "--id-from filename needs files: standard input has no file name",
        id="ids-from-stdin",
    ),
    pytest.param(
        ["read", "in.jsonl", "--errors", "raise", "--rejects", "r.jsonl"],
        "--rejects goes with --errors skip or collect",
        id="rejects-with-raise",
    ),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ERRORS)
def test_usage_errors(
    argv: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Usage errors exit 2 with argparse's message on stderr."""
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1].endswith(f"error: {message}")


def test_csv_output_must_be_a_directory(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format csv without --table refuses an -o that is an existing file."""
    out = tmp_path / "tables"
    out.write_text("", encoding="utf-8")
    assert main(["extract", str(articles), "--format", "csv", "-o", str(out)]) == 2
    assert (
        capsys.readouterr()
        .err.splitlines()[-1]
        .endswith(f"error: --format csv needs -o DIR, and {str(out)!r} is not a directory")
    )


class _Terminal(io.StringIO):
    """Standard input on a terminal (nothing piped in)."""

    def isatty(self) -> bool:
        return True


# --- progress ------------------------------------------------------------------


def test_progress_on_a_terminal(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, stderr shows a carriage-return line: articles, rate, bytes read, ETA."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["extract", str(articles)]) == 0
    size = articles.stat().st_size / 1e6
    assert re.fullmatch(
        rf"(\r2 articles, [\d,]+ articles/s, 100% of {size:,.1f} MB, ETA 0:00:00\x1b\[K)+\n",
        capsys.readouterr().err,
    )


def test_progress_without_total(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reading standard input, the total is unknown: no share and no ETA."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(QUIET) + "\n"))
    assert main(["read"]) == 0
    assert re.fullmatch(r"(\r1 article, [\d,]+ articles/s\x1b\[K)+\n", capsys.readouterr().err)


def test_progress_quiet(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--quiet turns the progress display off."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["extract", str(articles), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_no_progress_off_a_terminal(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """When stderr is not a terminal nothing is shown."""
    assert main(["extract", str(articles)]) == 0
    assert capsys.readouterr().err == ""


# --- issue 10: a CLI like the ones people like ---------------------------------------


def test_bare_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    """`diplonews` alone prints the help, examples included, and exits 0."""
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("usage: diplonews")
    assert "examples:\n  diplonews extract articles.jsonl -o results.jsonl\n" in out
    assert err == ""


@pytest.mark.parametrize("command", ["read", "extract"])
def test_command_help_has_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each reading command's help ends with examples."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "\nexamples:\n" in out
    assert f"  diplonews {command} " in out.split("examples:")[1]


def test_piped_stdin_without_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no INPUT and text piped in, standard input is read."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(QUIET) + "\n"))
    assert main(["extract"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["source"] == "<stdin>"


def test_ctrl_c(
    articles: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C: exit 130, one line, no traceback, and no half-written output file."""
    from diplonews import cli

    def interrupted(_articles: Any, *_options: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_extract_documents", interrupted)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(articles), "-o", str(out)]) == 130
    assert capsys.readouterr().err == "\nInterrupted.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    """`diplonews read ... | head -n 1`: the reader goes away, the command exits 0, silently."""
    records = [dict(QUIET, id=f"a{n}", text="Nothing happened. " * 20) for n in range(3000)]
    path = _jsonl(tmp_path / "many.jsonl", *records)
    process = subprocess.Popen(
        [sys.executable, "-m", "diplonews", "read", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    with process.stderr:
        error = process.stderr.read()
    assert (process.wait(), error) == (0, b"")
    assert json.loads(first)["id"] == "a0"


def test_closed_pipe_in_process(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A BrokenPipeError while writing stdout ends the run with status 0 and no message."""

    class Closed(io.StringIO):
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["extract", str(articles)]) == 0
    assert capsys.readouterr().err == ""


# --- issue 10: -o for one CSV table, ids from file names ---------------------------------


def test_csv_one_table_to_a_file(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-f csv --table T -o out.csv writes that one table to that one file."""
    out = tmp_path / "out.csv"
    assert (
        main(["extract", str(articles), "-f", "csv", "--table", "agreements", "-o", str(out)]) == 0
    )
    rows = list(csv.DictReader(out.read_text("utf-8").splitlines()))
    assert [(row["article_id"], row["kind"]) for row in rows] == [("a2", "memorandum")]
    assert capsys.readouterr() == ("", "")


def test_csv_one_table_to_stdout(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-f csv --table T with no -o writes the table to stdout."""
    assert main(["extract", str(articles), "-f", "csv", "--table", "articles"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [(row["article_id"], row["line"]) for row in rows] == [("a1", "1"), ("a2", "2")]


def test_csv_folder_with_trailing_slash(articles: Path, tmp_path: Path) -> None:
    """-o DIR/ (even with a dot in the name) is a folder for the four tables."""
    out = tmp_path / "tables.v2"
    assert main(["extract", str(articles), "-f", "csv", "-o", f"{out}/"]) == 0
    assert sorted(p.name for p in out.iterdir())[:2] == ["agreements.csv", "articles.csv"]


def test_ids_from_file_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--id-from filename: a folder of pages, one per file, ids from the file names."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in (3, 1):
        (pages / f"page-{number:03d}.txt").write_text(
            f" date 2024-05-0{number} By Mira Holt\n\nThe envoys met in Vaduz.\n", encoding="utf-8"
        )
    assert main(["extract", str(pages), "--id-from", "filename"]) == 0
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(d["id"], d["published"], d["line"]) for d in documents] == [
        ("page-001", "2024-05-01", 1),
        ("page-003", "2024-05-03", 1),
    ]


# --- issue 11: the error policy end to end -------------------------------------------------


def _mixed(tmp_path: Path) -> Path:
    """Five JSON Lines records: two good, one not UTF-8, one not JSON, one without a body."""
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        json.dumps(QUIET).encode() + b"\n"
        + b'{"id": "x1", "text": "Caf\xe9 talks."}\n'
        + b'{"id": "x2", "text": }\n'
        + json.dumps(SIGNED).encode() + b"\n"
        + b'{"id": "x3"}\n'
    )  # fmt: skip
    return path


def test_rejects_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--rejects FILE: one JSON object per reject; counts add up; exit 1."""
    path = _mixed(tmp_path)
    rejects = tmp_path / "rejects.jsonl"
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "--rejects", str(rejects), "-o", str(out)]) == 1
    found = [json.loads(line) for line in rejects.read_text("utf-8").splitlines()]
    offset = path.read_bytes().index(b"\xe9")
    assert [(r["source"], r["line"], r["byte_offset"], r["reason"]) for r in found] == [
        (str(path), 2, offset, "not UTF-8 text (byte 0xE9 cannot be decoded)"),
        (str(path), 3, None, "invalid JSON (Expecting value at column 22)"),
        (
            str(path),
            5,
            None,
            "missing article body (none of the keys 'text', 'content', 'body' has text)",
        ),
    ]
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == ["a1", "a2"]
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"5 records in: 2 documents out, 3 rejected (listed in {rejects})"
    )


def test_invalid_utf8_on_stdin(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 on stdin are a reject with their byte offset, never output."""
    data = _mixed(tmp_path).read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "diplonews", "read", "--errors", "collect"],
        input=data,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1
    done.stdout.decode("utf-8")  # strict: the output is valid UTF-8
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["a1", "a2"]
    error = done.stderr.decode("utf-8")
    offset = data.index(b"\xe9")
    assert f"<stdin>, line 2, byte offset {offset}: not UTF-8 text" in error
    assert error.endswith("5 records in: 2 articles out, 3 rejected\n")


def test_lone_surrogate_reaches_output_as_an_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A raw lone surrogate in a title stays valid output (JSON escapes, CSV U+FFFD)."""
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "s1", "title": "Envoy \\ud800", "text": "Talks."}\n', "utf-8")
    assert main(["extract", str(path), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == "Envoy \ufffd"


def test_output_over_the_input_is_refused(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o naming an input: exit 1 before anything is written; the input is intact."""
    before = articles.read_bytes()
    assert main(["extract", str(articles), "-o", str(articles)]) == 1
    assert capsys.readouterr().err == (
        f"Error: refusing to write the output over the input {str(articles)!r}\n"
    )
    assert articles.read_bytes() == before


def test_failed_run_keeps_the_old_output(
    bad_articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run that fails leaves an existing -o file as it was, and no temporary file."""
    out = tmp_path / "out.json"
    out.write_text("[]\n", encoding="utf-8")
    assert main(["extract", str(bad_articles), "-f", "json", "-o", str(out)]) == 1
    assert out.read_text("utf-8") == "[]\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "out.json"]
    assert capsys.readouterr().err.startswith("Error: ")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_disk_full(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o /dev/full: exit 1 with one line naming the output, no traceback."""
    assert main(["extract", str(articles), "-o", "/dev/full"]) == 1
    assert capsys.readouterr().err == "Error: cannot write '/dev/full': No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_disk_full_on_stdout(articles: Path) -> None:
    """Standard output on a full disk: exit 1 with one line, no traceback."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "diplonews", "extract", str(articles)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        1,
        "Error: cannot write to standard output: No space left on device\n",
    )


def test_csv_formulas_neutralised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-f csv and -f comtrade put a quote before formula-like cells, unless told not to."""
    path = _jsonl(tmp_path / "in.jsonl", dict(SIGNED, id="=a2", title="@Talks"))
    assert main(["extract", str(path), "-f", "csv", "--table", "articles"]) == 0
    (row,) = csv.DictReader(capsys.readouterr().out.splitlines())
    assert (row["article_id"], row["title"]) == ("'=a2", "'@Talks")
    assert main(["extract", str(path), "-f", "comtrade"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows
    assert {row["articleId"] for row in rows} == {"'=a2"}
    assert main(["extract", str(path), "-f", "comtrade", "--no-escape-formulas"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert {row["articleId"] for row in rows} == {"=a2"}


def test_glob_without_match(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pattern matching no file: exit 1 with one line naming it."""
    pattern = str(tmp_path / "*.txt")
    assert main(["read", pattern]) == 1
    assert (
        capsys.readouterr().err == f"Error: cannot read {pattern!r}: no file matches the pattern\n"
    )
