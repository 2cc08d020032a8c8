"""Every reader and writer takes a path or an open file; outputs are replaced only when complete.

Also the writer findings of issue 11: lone surrogates in output, CSV formula injection,
half-written files. Every value here is made up for the test.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews import (
    Agreement,
    ArticleResult,
    Country,
    Meeting,
    PartialDate,
    Period,
    SerializationError,
    Span,
    TradeRecord,
)
from diplonews._files import atomic_output, escape_formula, unescape_formula
from diplonews.exports.comtrade import write_comtrade_csv
from diplonews.exports.plover import write_plover_jsonl
from diplonews.serialization import (
    read_csv,
    read_jsonl,
    write_csv,
    write_csv_table,
    write_jsonl,
)


def _meeting(title: str | None = "Talks in Vaduz", article_id: str = "a1") -> Meeting:
    return Meeting(
        article_id=article_id,
        kind="meeting",
        status="held",
        countries=[Country("AZE"), Country("GEO")],
        date=PartialDate(2024, 5, 2),
        title=title,
        evidence=[Span(0, 5, "talks")],
        rule="met-with",
    )


def _trade(value: str = "-5", article_id: str = "a1") -> TradeRecord:
    return TradeRecord(
        article_id=article_id,
        reporter=Country("AZE"),
        partner=Country("GEO"),
        flow="balance",
        value=value,
        currency="USD",
        period=Period.year(2023),
    )


def _result(**kwargs: Any) -> ArticleResult:
    fields: dict[str, Any] = {
        "id": "a1",
        "meetings": [_meeting()],
        "agreements": [Agreement(article_id="a1", kind="memorandum", status="signed")],
        "trade_records": [_trade()],
    }
    fields.update(kwargs)
    return ArticleResult(**fields)


# --- a path or an open file, for every reader and writer ----------------------------

WRITERS: dict[str, Callable[[list[ArticleResult], Any], int]] = {
    "write_jsonl": write_jsonl,
    "write_csv_table": lambda results, out: write_csv_table(results, out, "meetings"),
    "write_plover_jsonl": write_plover_jsonl,
    "write_comtrade_csv": write_comtrade_csv,
}


@pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())
@pytest.mark.parametrize("kind", ["str", "Path", "stream"])
def test_writers_take_paths_and_streams(
    tmp_path: Path, write: Callable[[list[ArticleResult], Any], int], kind: str
) -> None:
    """Each writer writes the same text to a str path, a Path and an open stream."""
    stream = io.StringIO()
    expected_count = write([_result()], stream)
    target = tmp_path / "out"
    if kind == "stream":
        with target.open("w", encoding="utf-8", newline="") as handle:
            count = write([_result()], handle)
    else:
        count = write([_result()], str(target) if kind == "str" else target)
    assert count == expected_count >= 1
    assert target.read_bytes().decode("utf-8") == stream.getvalue()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left


def test_readers_take_paths(tmp_path: Path) -> None:
    """read_jsonl and read_csv take a path (str or Path), not only a stream."""
    lines = tmp_path / "meetings.jsonl"
    write_jsonl([_meeting()], lines)
    assert list(read_jsonl(str(lines), Meeting)) == [_meeting()]
    assert list(read_jsonl(lines, Meeting)) == [_meeting()]
    table = tmp_path / "meetings.csv"
    write_csv_table([_result()], table, "meetings")
    assert list(read_csv(str(table), Meeting)) == [_meeting()]


def test_write_csv_table_unknown_table() -> None:
    """An unknown table name is a ValueError listing the tables."""
    with pytest.raises(ValueError, match="unknown table 'events' \\(expected articles, meetings"):
        write_csv_table([], io.StringIO(), "events")


def test_read_jsonl_deep_nesting() -> None:
    """Deep nesting is a SerializationError with the line number."""
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(SerializationError, match=r"^line 2: not JSON: nested too deeply$"):
        list(read_jsonl(io.StringIO("\n" + deep + "\n"), Meeting))


def test_read_jsonl_huge_integers() -> None:
    """An integer literal over Python's digit limit is read (as a Decimal), never a crash.

    Where a record cannot hold it, the error names the line like any misfit value.
    """
    with pytest.raises(SerializationError, match=r"^line 1: invalid Meeting: "):
        list(read_jsonl(io.StringIO("9" * 5000), Meeting))


# --- complete files or none -----------------------------------------------------------


def _failing(results: list[ArticleResult], after: int) -> Iterator[ArticleResult]:
    for number, result in enumerate(results):
        if number == after:
            raise RuntimeError("extraction failed")
        yield result


@pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())
def test_failed_write_keeps_the_old_file(tmp_path: Path, write: Callable[[Any, Any], int]) -> None:
    """A run that fails half way leaves the old file as it was and no partial file."""
    target = tmp_path / "out"
    target.write_text("old contents\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="extraction failed"):
        write(_failing([_result(), _result()], after=1), target)
    assert target.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_failed_write_csv_keeps_every_old_table(tmp_path: Path) -> None:
    """write_csv replaces its four tables only when all four are written."""
    write_csv([_result()], tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(RuntimeError):
        write_csv(_failing([_result(id="b1")], after=0), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    """An existing file's permission bits are kept; a new file gets 0o666 less the umask."""
    target = tmp_path / "out.jsonl"
    target.write_text("", encoding="utf-8")
    target.chmod(0o640)
    write_jsonl([_meeting()], target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fresh = tmp_path / "new.jsonl"
    write_jsonl([_meeting()], fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


def test_symlink_target_is_written_through(tmp_path: Path) -> None:
    """A symbolic link stays a link; the file it points to gets the new contents."""
    real = tmp_path / "real.jsonl"
    real.write_text("", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    write_jsonl([_meeting()], link)
    assert link.is_symlink()
    assert list(read_jsonl(real, Meeting)) == [_meeting()]


def test_special_file_is_written_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A path that is not a regular file (a device) is written as it is, never replaced."""

    def replace(*_args: object) -> None:
        raise AssertionError("a special file must not be replaced")

    monkeypatch.setattr(os, "replace", replace)
    with atomic_output(os.devnull) as out:
        assert out.write("nothing\n") == 8
    assert Path(os.devnull).is_char_device()


# --- lone surrogates --------------------------------------------------------------------


def test_lone_surrogates_in_jsonl_are_escaped(tmp_path: Path) -> None:
    """JSON output escapes a lone surrogate: valid UTF-8, and the same string read back."""
    meeting = _meeting(title="Envoy \ud800 visit")
    target = tmp_path / "m.jsonl"
    write_jsonl([meeting], target)
    text = target.read_bytes().decode("utf-8")  # strict: valid UTF-8
    assert "\\ud800" in text
    assert json.loads(text)["title"] == "Envoy \ud800 visit"
    events = io.StringIO()
    write_plover_jsonl([_result(meetings=[meeting])], events)
    events.getvalue().encode("utf-8")  # strict: raises if a surrogate is left


def test_lone_surrogates_in_csv_are_replaced(tmp_path: Path) -> None:
    """CSV output replaces a lone surrogate with U+FFFD."""
    target = tmp_path / "m.csv"
    write_csv_table([_result(meetings=[_meeting(title="Envoy \udce9 visit")])], target, "meetings")
    (row,) = csv.DictReader(target.read_text(encoding="utf-8").splitlines())
    assert row["title"] == "Envoy \ufffd visit"


# --- formula injection ------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x.invalid")', "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "'=quoted"]


@pytest.mark.parametrize("title", FORMULAS)
def test_csv_formulas_are_neutralised_and_read_back(title: str) -> None:
    """A formula-like title is written with a quote in front and read back as it was."""
    out = io.StringIO()
    write_csv_table([_result(meetings=[_meeting(title=title)])], out, "meetings")
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["title"] == "'" + title
    (meeting,) = read_csv(io.StringIO(out.getvalue()), Meeting)
    assert meeting.title == title


def test_csv_formulas_kept_when_asked() -> None:
    """escape_formulas=False writes cells as they are (for trusted pipelines)."""
    out = io.StringIO()
    write_csv_table(
        [_result(meetings=[_meeting(title="=1+2")])], out, "meetings", escape_formulas=False
    )
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["title"] == "=1+2"


def test_csv_numbers_are_not_formulas() -> None:
    """A negative number stays a number (a trade deficit), in both CSV writers."""
    out = io.StringIO()
    write_csv_table([_result()], out, "trade_records")
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["value"] == "-5"
    comtrade = io.StringIO()
    write_comtrade_csv([_result()], comtrade)
    (row,) = csv.DictReader(io.StringIO(comtrade.getvalue()))
    assert row["primaryValue"] == "-5"


def test_comtrade_ids_are_neutralised() -> None:
    """Comtrade rows: an article id that looks like a formula gets a quote in front."""
    result = _result(id="=cmd", trade_records=[_trade(article_id="=cmd")])
    out = io.StringIO()
    write_comtrade_csv([result], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["articleId"] == "'=cmd"
    assert row["recordId"].startswith("'=cmd/trade-")
    raw = io.StringIO()
    write_comtrade_csv([result], raw, escape_formulas=False)
    (row,) = csv.DictReader(io.StringIO(raw.getvalue()))
    assert row["articleId"] == "=cmd"


def test_every_csv_table_cell_is_neutralised(tmp_path: Path) -> None:
    """write_csv: ids, titles, urls, outlets, authors and evidence are all neutralised."""
    result = _result(
        id="=id",
        title="+title",
        author="@author",
        url="-url",
        outlet="=outlet",
        meetings=[_meeting(article_id="=id")],
    )
    paths = write_csv([result], tmp_path)
    cells = [
        cell
        for path in paths.values()
        for row in csv.reader(path.read_text(encoding="utf-8").splitlines()[1:])
        for cell in row
    ]
    risky = [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]
    risky += [cell for cell in cells if cell.startswith("-") and cell != "-5"]
    assert risky == []
    assert "'=id" in cells
    assert Decimal(next(iter(read_csv(paths["trade_records"], TradeRecord))).value) == -5


@given(st.text(max_size=12))
def test_formula_escaping_is_lossless(cell: str) -> None:
    """unescape_formula(escape_formula(x)) == x, and an escaped cell never starts a formula."""
    escaped = escape_formula(cell)
    assert unescape_formula(escaped) == cell
    if escaped[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert escaped == cell
        float(cell)  # only numbers are left as they are
