"""Fuzz: readers and the command line raise only documented errors (issue 11).

``read_articles`` gets random text in every format under every error policy,
random JSON records and arrays, mutated records, random bytes, and the known
hostile classes of issue 11. Under ``errors="skip"`` nothing may escape and
every JSON Lines record is either an article or a counted reject; under
``"raise"`` only a :class:`DiplonewsError` may. The command line must return
an exit status, never a traceback.

The last group reproduces the reader crashes that issue 11 lists (items 1, 2,
3, 5 and 8); each test names its item.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplonews import Article, DiplonewsError
from diplonews.cli import main
from diplonews.readers import (
    ReadReport,
    detect_format,
    parse_crawled_text,
    parse_published,
    read_articles,
)
from diplonews.serialization import to_json
from fuzz_strategies import SEEDS, budget, mutated_text, newsish_text

FORMATS = ["auto", "crawl", "json", "jsonl"]

# Text with no lone surrogates (those are item 3, tested on their own below).
texts = st.one_of(st.text(max_size=400), newsish_text, mutated_text(surrogates=False))

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=60),
    st.sampled_from(SEEDS),
    st.sampled_from(["2021-09-15", "15.09.2021", "Sept 15, 2021", "0000-01-01", "9999-12-31"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = ["id", "title", "headline", "text", "content", "body", "published", "date", "author"]
KEYS += ["byline", "url", "link", "outlet", "site"]
records = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=8)


@st.composite
def jsonl_files(draw: st.DrawFn) -> str:
    """Lines of JSON records, some of them broken: cut short, spliced, or not JSON at all."""
    lines = []
    for value in draw(st.lists(st.one_of(records, json_values), max_size=8)):
        line = json.dumps(value)
        cut = draw(st.sampled_from(["whole", "whole", "whole", "cut", "junk"]))
        if cut == "cut":
            line = line[: draw(st.integers(0, len(line)))]
        elif cut == "junk":
            line = draw(st.text(max_size=30)).replace("\n", " ") + line
        lines.append(line)
    return "\n".join(lines)


def _read_all(text: str, input_format: Any, errors: Any) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    stream = io.StringIO(text)
    stream.name = "fuzz.txt"
    read = list(read_articles(stream, input_format=input_format, errors=errors, report=report))
    return read, report


@given(texts, st.sampled_from(FORMATS))
def test_skip_never_raises(text: str, input_format: str) -> None:
    """Under errors="skip", any text in any format is read without an exception."""
    articles, report = _read_all(text, input_format, "skip")
    assert report.read == len(articles)
    assert report.skipped == len(report.errors)
    for article in articles:
        json.loads(to_json(article))


@given(texts, st.sampled_from(FORMATS))
def test_raise_raises_only_documented_errors(text: str, input_format: str) -> None:
    """Under errors="raise", reading any text stops with a DiplonewsError or not at all."""
    with contextlib.suppress(DiplonewsError):
        _read_all(text, input_format, "raise")


@budget(0.3)
@given(jsonl_files())
@example("0\r{}")  # a lone CR ends a line: two records, two rejects
def test_jsonl_records_add_up(text: str) -> None:
    r"""Every non-blank JSON Lines line is an article or a counted reject.

    Lines end at "\n", "\r\n" or a lone "\r", as the reader reads them (the long fuzz run
    found that counting "\n" alone miscounts "0\r{}").
    """
    articles, report = _read_all(text, "jsonl", "collect")
    lines = re.split(r"\r\n|\r|\n", text)
    assert len(articles) + report.skipped == sum(1 for line in lines if line.strip())
    assert all(e.location and e.location.startswith("line ") for e in report.errors)


@budget(0.3)
@given(st.lists(records, max_size=6), st.integers(0, 400), st.sampled_from(["skip", "raise"]))
def test_json_arrays_never_crash(items: list[dict[str, Any]], cut: int, errors: str) -> None:
    """A JSON array, whole or cut short anywhere, reads or fails with a DiplonewsError."""
    text = json.dumps(items)
    for variant in (text, text[:cut]):
        with contextlib.suppress(DiplonewsError):
            _read_all(variant, "json", errors)


@given(st.text(max_size=2000))
def test_utf8_files_never_crash(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    """A file of any valid UTF-8 is read under "skip" from a path without an exception."""
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    path.write_text(text, encoding="utf-8", newline="")
    report = ReadReport()
    list(read_articles(path, errors="skip", report=report))
    assert report.skipped == len(report.errors)


@budget(0.5)
@given(texts)
def test_crawled_pages_never_crash(text: str) -> None:
    """parse_crawled_text yields articles or raises a DiplonewsError."""
    with contextlib.suppress(DiplonewsError):
        for article in parse_crawled_text(text):
            assert article.body.strip()


@given(texts)
def test_detect_format_always_answers(text: str) -> None:
    """detect_format names a format for any text."""
    assert detect_format(text) in ("crawl", "json", "jsonl")


@given(
    st.one_of(
        st.none(),
        st.text(max_size=40),
        st.integers(-(10**15), 10**15),
        st.floats(allow_nan=True, allow_infinity=True),
    )
)
def test_parse_published_raises_only_date_errors(value: str | float | None) -> None:
    """parse_published gives a date or None, or raises a DiplonewsError."""
    with contextlib.suppress(DiplonewsError):
        parse_published(value)


# --- the reader crashes of issue 11, fixed: each stays a regression test -------------------


@pytest.mark.parametrize("input_format", ["jsonl", "json"])
def test_deeply_nested_record_is_a_reject(input_format: str) -> None:
    """A record nested 100,000 deep is one reject; the good record beside it is kept."""
    good = json.dumps({"id": "ok", "text": "Talks were held."})
    nested = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    text = f"{good}\n{nested}\n" if input_format == "jsonl" else f"[{good}, {nested}]"
    articles, report = _read_all(text, input_format, "skip")
    assert [a.id for a in articles] == ["ok"]
    assert report.skipped == 1


def test_huge_integer_literal_is_a_reject() -> None:
    """A record holding a 5,000-digit integer is a reject, not a crash."""
    text = '{"id": "n", "text": "Talks.", "count": ' + "7" * 5000 + "}\n"
    articles, report = _read_all(text, "jsonl", "skip")
    assert articles == [] or articles[0].id == "n"
    assert len(articles) + report.skipped == 1


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_lone_surrogate_escapes_never_crash(field: str) -> None:
    """A record with a lone surrogate escape reads, extracts and writes, or is a reject."""
    record = {"text": "Estonia and Latvia held talks.", field: "Riga \ud800 talks"}
    text = json.dumps(record) + "\n"  # json.dumps writes the surrogate as an escape
    articles, report = _read_all(text, "jsonl", "skip")
    assert len(articles) + report.skipped == 1
    out = io.BytesIO()
    for article in articles:
        out.write(to_json(article).encode("utf-8"))


@pytest.mark.parametrize("value", [10**400, -(10**400), 2**1100], ids=["1e400", "-1e400", "2^1100"])
def test_huge_published_integer_is_a_date_error(value: int) -> None:
    """A timestamp no calendar holds is a DiplonewsError, and a reject when reading."""
    with pytest.raises(DiplonewsError):
        parse_published(value)
    text = json.dumps({"id": "t", "text": "Talks.", "published": value}) + "\n"
    articles, report = _read_all(text, "jsonl", "skip")
    assert (len(articles), report.skipped) == (0, 1)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_bytes_never_crash(tmp_path: Path, data: bytes) -> None:
    """A file of any bytes is read under "skip" without an exception."""
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    report = ReadReport()
    list(read_articles(path, errors="skip", report=report))


def test_bad_byte_keeps_the_good_records(tmp_path: Path) -> None:
    """An invalid byte in one JSON Lines record rejects that record only."""
    good = json.dumps({"id": "a", "text": "Talks were held."}).encode()
    path = tmp_path / "input.jsonl"
    path.write_bytes(good + b"\n" + b'{"id": "b", "text": "Caf\xe9 talks."}\n' + good + b"\n")
    report = ReadReport()
    articles = list(read_articles(path, errors="skip", report=report))
    assert (len(articles), report.skipped) == (2, 1)


# --- the command line --------------------------------------------------------------------

CLI_FORMATS = ["jsonl", "json", "plover", "comtrade", "csv"]


@budget(0.1, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(jsonl_files(), texts),
    st.sampled_from(CLI_FORMATS),
    st.sampled_from(["raise", "skip", "collect"]),
)
def test_cli_returns_a_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, fmt: str, errors: str
) -> None:
    """Diplonews extract on any input file exits 0 or 1 and writes its output; never a traceback."""
    source = tmp_path / "input.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / ("out-dir" if fmt == "csv" else "out.txt")
    status = main(["extract", str(source), "-q", "-f", fmt, "--errors", errors, "-o", str(out)])
    captured = capsys.readouterr()
    assert status in (0, 1)
    assert "Traceback" not in captured.err
    if status == 0 and fmt in ("jsonl", "plover"):
        for line in out.read_text(encoding="utf-8").splitlines():
            json.loads(line)
