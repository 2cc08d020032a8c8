"""The diplonews command: outputs, exit codes and every error message."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

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
    """A directory is not an input file."""
    assert main(["read", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"Error: cannot read {str(tmp_path)!r}: Is a directory\n"


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
    """With --errors skip the run goes on and the summary goes to stderr."""
    assert main(["extract", str(bad_articles), "--errors", "skip"]) == 0
    out, err = capsys.readouterr()
    assert out == _empty_result(bad_articles) + "\n"
    assert err == "read 1 article, skipped 1 (line 2: expected a JSON object)\n"


def test_parse_error_collect(bad_articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --errors collect every error is listed in full before the summary."""
    assert main(["read", str(bad_articles), "--errors", "collect"]) == 0
    assert capsys.readouterr().err == (
        f"skipped: {bad_articles}, line 2: expected a JSON object: '[1, 2]'\n"
        "read 1 article, skipped 1 (line 2: expected a JSON object)\n"
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
    pytest.param([], "the following arguments are required: COMMAND", id="no-command"),
    pytest.param(["extract"], "the following arguments are required: INPUT", id="no-input"),
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
        "--format csv writes one table per record type: give -o DIR",
        id="csv-without-dir",
    ),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ERRORS)
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Usage errors exit 2 with argparse's message on stderr."""
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1].endswith(f"error: {message}")


def test_csv_output_must_be_a_directory(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format csv refuses an -o that is a file."""
    out = tmp_path / "file.csv"
    out.write_text("", encoding="utf-8")
    assert main(["extract", str(articles), "--format", "csv", "-o", str(out)]) == 2
    assert (
        capsys.readouterr()
        .err.splitlines()[-1]
        .endswith(f"error: --format csv needs -o DIR, and {str(out)!r} is not a directory")
    )


# --- progress ------------------------------------------------------------------


def test_progress_on_a_terminal(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, stderr shows a carriage-return line: articles done, articles/s."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["extract", str(articles)]) == 0
    assert re.fullmatch(r"(\r2 articles, [\d,]+ articles/s)+\n", capsys.readouterr().err)


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
