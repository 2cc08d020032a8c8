"""Tests for reading JSON and JSON Lines articles (field mapping, streaming, error policies)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from diplonews.errors import ArticleParseError
from diplonews.models import Article
from diplonews.readers import FieldMap, ReadReport, _records, detect_format, read_articles


def _jsonl(*records: Any) -> io.StringIO:
    return io.StringIO("".join(json.dumps(r) + "\n" for r in records))


# Each row: one record, then the article fields it must give (record shapes of scrapers).
RECORDS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "corpus": (
        {"id": "a-1", "source": "x", "url": "https://e.org/1", "outlet": "Reuters",
         "published": "2-MAR-1987 07:49:14.27", "author": "By Ann Lee, Reuters",
         "title": "TALKS", "text": "One.\n\nTwo."},
        {"id": "a-1", "url": "https://e.org/1", "outlet": "Reuters",
         "published": dt.date(1987, 3, 2), "author": "By Ann Lee, Reuters", "title": "TALKS",
         "body": "One.\n\nTwo."},
    ),
    "scraper-paragraph-list": (
        {"link": "https://e.org/2", "publish_date": "21 July 2025 14:01 (UTC+04:00)",
         "author": None, "title": "Ministers meet", "content": ["  One. ", "", "Two."]},
        {"url": "https://e.org/2", "published": dt.date(2025, 7, 21), "author": None,
         "title": "Ministers meet", "body": "One.\n\nTwo."},
    ),
    "hugo-front-matter-keys": (
        {"id": 7, "headline": "Envoys meet", "body": "Text.", "date": "2025-05-24T00:00:00+03:00",
         "byline": ["Ann Lee", "Bo Chan"], "source_url": "https://e.org/3", "site": "Dawn"},
        {"id": "7", "title": "Envoys meet", "published": dt.date(2025, 5, 24),
         "author": "Ann Lee, Bo Chan", "url": "https://e.org/3", "outlet": "Dawn"},
    ),
    "first-non-empty-key-wins": (
        {"title": "", "headline": "Second", "text": None, "content": "From content.",
         "published": None, "publish_date": 1475711740},
        {"title": "Second", "body": "From content.", "published": dt.date(2016, 10, 5)},
    ),
    "blank-strings-are-none": (
        {"text": "Body.", "author": "  ", "title": " Padded ", "url": ""},
        {"author": None, "title": "Padded", "url": None, "published": None},
    ),
}  # fmt: skip


@pytest.mark.parametrize(("record", "expected"), RECORDS.values(), ids=RECORDS.keys())
def test_records(record: dict[str, Any], expected: dict[str, Any]) -> None:
    """Each record shape maps onto the Article fields through the default FieldMap."""
    (article,) = read_articles(_jsonl(record))
    assert {key: getattr(article, key) for key in expected} == expected


def test_id_derived_when_absent() -> None:
    """A record without an id gets the id Article derives from its content."""
    (article,) = read_articles(_jsonl({"title": "T", "text": "Body."}))
    assert article.id == Article(title="T", body="Body.").id


def test_custom_field_map() -> None:
    """A FieldMap points Article fields at other keys; extra keys are ignored."""
    fields = FieldMap(body=("story",), title=("name",), published=("when",))
    record = {"story": "Body.", "name": "Named", "when": "2021-09-15", "text": "ignored"}
    (article,) = read_articles(_jsonl(record), field_map=fields)
    assert (article.body, article.title, article.published) == (
        "Body.", "Named", dt.date(2021, 9, 15),
    )  # fmt: skip


# Each row: a JSON Lines input, then the full message of the first error.
JSONL_ERRORS: dict[str, tuple[str, str]] = {
    "invalid-json": (
        '{"text": "ok"}\n{"text": \n',
        "in.jsonl, line 2: invalid JSON (Expecting value at column 9): '{\"text\":'",
    ),
    "not-an-object": (
        "\n[1, 2]\n",
        "in.jsonl, line 2: expected a JSON object: '[1, 2]'",
    ),
    "missing-body": (
        '{"id": "x", "title": "T"}\n',
        "in.jsonl, line 1: missing article body (none of the keys 'text', 'content', 'body'"
        ' has text): \'{"id": "x", "title": "T"}\'',
    ),
    "body-not-text": (
        '{"text": {"p": 1}}\n',
        "in.jsonl, line 1: expected a string or a list of strings in 'text': '{\"p\": 1}'",
    ),
    "bad-date": (
        '{"text": "ok", "publish_date": "soon"}\n',
        "in.jsonl, line 1: expected a publication date in 'publish_date': 'soon'",
    ),
    "bad-title": (
        '{"text": "ok", "title": 3}\n',
        "in.jsonl, line 1: expected a string in 'title': '3'",
    ),
    "bad-id": (
        '{"text": "ok", "id": [1]}\n',
        "in.jsonl, line 1: expected a string or an integer in 'id': '[1]'",
    ),
}


@pytest.mark.parametrize(("text", "message"), JSONL_ERRORS.values(), ids=JSONL_ERRORS.keys())
def test_jsonl_errors_raise(text: str, message: str) -> None:
    """With errors='raise' the first bad record raises, naming file, line and text."""
    stream = io.StringIO(text)
    stream.name = "in.jsonl"
    with pytest.raises(ArticleParseError) as info:
        list(read_articles(stream, input_format="jsonl"))
    assert str(info.value) == message


@pytest.mark.parametrize("policy", ["skip", "collect"])
def test_policies_keep_going(policy: Any) -> None:
    """'skip' and 'collect' read past bad records and report each one."""
    text = '{"text": "One."}\n[1]\nnot json\n{"text": "Two."}\n'
    report = ReadReport()
    articles = list(read_articles(io.StringIO(text), errors=policy, report=report))
    assert [a.body for a in articles] == ["One.", "Two."]
    assert (report.read, report.skipped, [e.location for e in report.errors]) == (
        2, 2, ["line 2", "line 3"],
    )  # fmt: skip
    assert report.summary() == (
        "read 2 articles, skipped 2 (line 2: expected a JSON object;"
        " line 3: invalid JSON (Expecting value at column 1))"
    )


def test_summary_lists_five_reasons_then_counts() -> None:
    """A long list of errors is cut after five reasons; sources show when they differ."""
    errors = [
        ArticleParseError("bad", source=f"f{i % 2}", location=f"line {i}", text="x")
        for i in range(7)
    ]
    report = ReadReport(read=0, skipped=7, errors=errors)
    assert report.summary() == (
        "read 0 articles, skipped 7 (f0, line 0: bad; f1, line 1: bad; f0, line 2: bad;"
        " f1, line 3: bad; f0, line 4: bad; and 2 more)"
    )


def test_report_counts_with_raise_policy() -> None:
    """With errors='raise' the report counts what was read before the error."""
    report = ReadReport()
    with pytest.raises(ArticleParseError):
        list(read_articles(io.StringIO('{"text": "a"}\n1\n'), report=report))
    assert (report.read, report.skipped, report.errors) == (1, 0, [])


def test_stream_without_name_is_stdin() -> None:
    """A stream without a name attribute is reported as <stdin>."""
    stream = io.StringIO("[]\n")
    assert not hasattr(stream, "name")
    with pytest.raises(ArticleParseError, match=r"^<stdin>, line 1: expected a JSON object"):
        list(read_articles(stream, input_format="jsonl"))


def test_path_source(tmp_path: Path) -> None:
    """A path is opened as UTF-8 and named in errors; a BOM is ignored."""
    path = tmp_path / "in.jsonl"
    path.write_text('\ufeff{"text": "Bakı."}\n{"id": 1}\n', encoding="utf-8")
    articles = read_articles(path)
    assert next(articles).body == "Bakı."
    with pytest.raises(ArticleParseError, match=rf"^{path}, line 2: missing article body"):
        next(articles)


def test_json_array_streamed_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A JSON array is read element by element, even when elements straddle reads."""
    monkeypatch.setattr(_records, "_CHUNK_SIZE", 7)
    monkeypatch.setattr(_records, "_HEAD_SIZE", 5)
    records = [{"id": str(i), "text": f"Body number {i}.", "n": [1, 2, 3]} for i in range(5)]
    text = json.dumps(records, indent=2)
    articles = list(read_articles(io.StringIO(text)))
    assert [(a.id, a.body) for a in articles] == [(r["id"], r["text"]) for r in records]


# Each row: a JSON input, then the full message of the first error.
JSON_ERRORS: dict[str, tuple[str, str]] = {
    "non-object-element": (
        '[{"text": "a"},\n 12345]',
        "in.json, record 2 (line 2): expected a JSON object: '12345'",
    ),
    "syntax": (
        '[{"text": "a"},\n {"text": }]',
        "in.json, record 2 (line 2): invalid JSON (Expecting value): '}]'",
    ),
    "syntax-unbalanced": (
        '[{"text": "a"},\n {"text": [}]',
        "in.json, record 2 (line 2): invalid JSON (Expecting value); "
        "the rest of the input (from line 2) was not read: '}]'",
    ),
    "missing-comma": (
        '[{"text": "a"}\n {"text": "b"}]',
        "in.json, record 2 (line 2): expected ',' or ']' after an array element; "
        'the rest of the input (from line 2) was not read: \'{"text": "b"}]\'',
    ),
    "unterminated": (
        '[{"text": "a"},',
        "in.json, line 1: unexpected end of input (missing ']'): ''",
    ),
    "not-an-array": (
        '"text"',
        "in.json, line 1: expected a JSON array of objects: '\"text\"'",
    ),
}


@pytest.mark.parametrize(("text", "message"), JSON_ERRORS.values(), ids=JSON_ERRORS.keys())
def test_json_errors(text: str, message: str) -> None:
    """Errors in a JSON array name the record (or the line of a syntax error)."""
    stream = io.StringIO(text)
    stream.name = "in.json"
    with pytest.raises(ArticleParseError) as info:
        list(read_articles(stream, input_format="json"))
    assert str(info.value) == message


def test_json_single_object_and_empty_array() -> None:
    """A lone top-level object is one record; an empty array holds none."""
    assert [a.body for a in read_articles(io.StringIO('{"text": "a"}'), input_format="json")] == [
        "a"
    ]
    assert list(read_articles(io.StringIO(" [ ] "))) == []


# Each row: the start of an input, then the format detected.
DETECT: list[tuple[str, str]] = [
    ('[{"text": "a"}]', "json"),
    ("\ufeff\n  [\n  {", "json"),
    ("[]", "json"),
    ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    (" date 2022-01-27 By Vugar Khalilov\n", "crawl"),
    ("[Photo] Ministers meet", "crawl"),
    ("", "crawl"),
]


@pytest.mark.parametrize(("head", "expected"), DETECT, ids=[repr(h[:12]) for h, _ in DETECT])
def test_detect_format(head: str, expected: str) -> None:
    """The format is guessed from the first characters of the input."""
    assert detect_format(head) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"errors": "ignore"}, "unknown error policy 'ignore' (expected raise, skip or collect)"),
        (
            {"input_format": "xml"},
            "unknown input format 'xml' (expected auto, crawl, json or jsonl)",
        ),
    ],
    ids=["policy", "format"],
)
def test_bad_arguments(kwargs: dict[str, Any], message: str) -> None:
    """Unknown policies and formats are rejected with a ValueError naming them."""
    with pytest.raises(ValueError, match=r"^unknown") as info:
        list(read_articles(io.StringIO(""), **kwargs))
    assert str(info.value) == message


def test_example_file() -> None:
    """The bundled JSON Lines example reads without errors in its several record shapes."""
    path = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
    report = ReadReport()
    articles = list(read_articles(path, errors="collect", report=report))
    assert report.summary() == "read 4 articles"
    assert [(a.id, a.published, a.outlet) for a in articles] == [
        ("example-reuters-1", dt.date(1987, 3, 12), "Reuters"),
        ("example-whitehouse-1", dt.date(2023, 9, 18), "The White House (Briefing Room)"),
        ("example-azernews-1", dt.date(2024, 7, 21), "AzerNews"),
        ("example-trend-1", dt.date(2024, 4, 2), "Trend"),
    ]
