"""Tests for what read_articles takes and keeps: folders, globs, lists, streams, provenance, ids.

Also the hostile and broken inputs of issue 11 that reach the readers: bytes that are not
UTF-8, lone surrogates, deep nesting, huge integers, broken JSON array elements. Every
input here is made up for the test.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.errors import ArticleParseError
from diplonews.models import Article
from diplonews.readers import ReadReport, Reject, _records, read_articles

# Python's limit on the digits of an integer read from text (3.10.7 and later).
DIGIT_LIMIT = hasattr(sys, "set_int_max_str_digits")
needs_digit_limit = pytest.mark.skipif(not DIGIT_LIMIT, reason="no integer digit limit here")

PAGE_A = " date 2024-05-02 By Lena Varga\n\nThe envoys of Ruritania and Freedonia met in Baku.\n"
PAGE_B = " date 2024-05-03 Ministers sign road accord\n\nThe two ministers signed an accord.\n"
RECORD = {"id": "r1", "published": "2024-05-04", "text": "Trade talks were held in Tbilisi."}


def _write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two crawled pages, a JSON Lines file, a README, a hidden file and a subfolder."""
    root = tmp_path / "crawl"
    root.mkdir()
    _write(root / "page-2.txt", PAGE_B)
    _write(root / "page-1.txt", PAGE_A)
    _write(root / "more.jsonl", json.dumps(RECORD) + "\n")
    _write(root / "README.md", "# Crawl\n\nPages saved by the crawler.\n")
    _write(root / ".state", "cursor=7\n")
    (root / "sub").mkdir()
    _write(root / "sub" / "page-3.txt", PAGE_A)
    return root


# --- folders, globs, lists ---------------------------------------------------------


def test_folder_reads_recognised_files_in_name_order(folder: Path) -> None:
    """A folder: files in name order; a README ignored and reported; hidden files left out."""
    report = ReadReport()
    articles = list(read_articles(folder, report=report))
    assert [(Path(a.source or "").name, a.line) for a in articles] == [
        ("more.jsonl", 1),
        ("page-1.txt", 1),
        ("page-2.txt", 1),
    ]
    assert report.ignored == [
        (
            str(folder / "README.md"),
            "neither a crawled page (no ' date YYYY-MM-DD' header line) nor JSON",
        )
    ]
    assert report.summary().startswith("read 3 articles; ignored 1 file (")


def test_folder_headerless_txt_read_when_format_named(tmp_path: Path) -> None:
    """With input_format="crawl" a .txt file without a header is read as a page; a .md is not."""
    _write(tmp_path / "bare.txt", "The delegations met in Riga.\n")
    _write(tmp_path / "notes.md", "Notes.\n")
    report = ReadReport()
    (article,) = read_articles(tmp_path, input_format="crawl", report=report)
    assert (article.body, article.published) == ("The delegations met in Riga.", None)
    assert [Path(name).name for name, _ in report.ignored] == ["notes.md"]


def test_glob_pattern(folder: Path) -> None:
    """A glob pattern is expanded (recursively with **), in name order."""
    found = [Path(a.source or "").name for a in read_articles(str(folder / "**" / "page-*.txt"))]
    assert found == ["page-1.txt", "page-2.txt", "page-3.txt"]


def test_glob_without_match(tmp_path: Path) -> None:
    """A pattern that matches nothing is a FileNotFoundError naming it."""
    pattern = str(tmp_path / "*.jsonl")
    with pytest.raises(FileNotFoundError, match="no file matches the pattern") as info:
        list(read_articles(pattern))
    assert info.value.filename == pattern


def test_list_of_paths_and_streams(tmp_path: Path) -> None:
    """A list mixes paths and open streams; they are read in order."""
    page = _write(tmp_path / "p.txt", PAGE_A)
    stream = io.StringIO(json.dumps(RECORD) + "\n")
    found = [(a.source, a.line) for a in read_articles([stream, page, str(page)])]
    assert found == [("<stdin>", 1), (str(page), 1), (str(page), 1)]


def test_named_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    """A file named directly is read even without a header (only folders and globs filter)."""
    path = _write(tmp_path / "README.md", "The envoys met.\n")
    assert [a.body for a in read_articles(path)] == ["The envoys met."]


def test_binary_stream(tmp_path: Path) -> None:
    """A binary stream is decoded as UTF-8 and left open."""
    stream = io.BytesIO(PAGE_A.encode("utf-8"))
    (article,) = read_articles(stream)
    assert article.author == "Lena Varga"
    assert not stream.closed


def test_not_a_source() -> None:
    """Something that is neither a path, a stream nor a list of them is a TypeError."""
    with pytest.raises(TypeError, match="expected a path, an open file or a list of them"):
        list(read_articles(42))  # type: ignore[arg-type]


# --- provenance and ids ------------------------------------------------------------


def test_provenance_lines(tmp_path: Path) -> None:
    """Provenance: the line of each JSON Lines record, array element and page."""
    jsonl = _write(tmp_path / "a.jsonl", "\n" + json.dumps(RECORD) + "\n\n" + json.dumps(RECORD))
    array = _write(
        tmp_path / "a.json", "[\n" + json.dumps(RECORD) + ",\n\n" + json.dumps(RECORD) + "]"
    )
    pages = _write(tmp_path / "a.txt", PAGE_A + "---\n\n" + PAGE_B)
    assert [a.line for a in read_articles(jsonl)] == [2, 4]
    assert [a.line for a in read_articles(array)] == [2, 4]
    assert [a.line for a in read_articles(pages)] == [1, 6]
    assert {a.source for a in read_articles([jsonl, array])} == {str(jsonl), str(array)}


def test_provenance_is_not_identity() -> None:
    """The same article read from two places is equal: provenance is not compared."""
    first = Article(body="Talks.", source="a.txt", line=1)
    assert first == Article(body="Talks.", source="b.txt", line=9)
    assert first.id == Article(body="Talks.").id


def test_ids_from_file_names(tmp_path: Path) -> None:
    """id_from="filename": the file name without extension; later articles of a file get #n."""
    _write(tmp_path / "crawl-007.txt", PAGE_A)
    _write(tmp_path / "crawl-008.txt", PAGE_A + "---\n" + PAGE_B)
    _write(tmp_path / "records.jsonl", json.dumps(RECORD) + "\n")
    ids = [a.id for a in read_articles(tmp_path, id_from="filename")]
    assert ids == ["crawl-007", "crawl-008", "crawl-008#2", "records"]
    assert [a.id for a in read_articles(tmp_path / "records.jsonl")] == ["r1"]


def test_ids_from_file_names_need_a_file() -> None:
    """A stream without a file name cannot give ids from file names."""
    with pytest.raises(ValueError, match="needs a file, and <stdin> has no file name"):
        list(read_articles(io.StringIO(PAGE_A), id_from="filename"))


def test_unknown_id_source() -> None:
    """An unknown id_from is a ValueError naming it."""
    with pytest.raises(ValueError, match="unknown id source 'path'"):
        list(read_articles(io.StringIO(""), id_from="path"))  # type: ignore[arg-type]


# --- bytes that are not UTF-8 ------------------------------------------------------

GOOD_LINE = b'{"id": "g1", "text": "Talks in Baku."}\n'
BAD_LINE = b'{"id": "b1", "text": "Caf\xe9 talks."}\n'


def _skip(source: Any, **kwargs: Any) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    return list(read_articles(source, errors="skip", report=report, **kwargs)), report


def test_bad_byte_rejects_one_jsonl_line(tmp_path: Path) -> None:
    """One byte that is not UTF-8 rejects its line, named with its byte offset; the rest is read."""
    path = _write(tmp_path / "in.jsonl", GOOD_LINE + BAD_LINE + GOOD_LINE.replace(b"g1", b"g2"))
    articles, report = _skip(path)
    assert [a.id for a in articles] == ["g1", "g2"]
    offset = len(GOOD_LINE) + BAD_LINE.index(b"\xe9")
    assert report.rejects == [
        Reject(
            source=str(path),
            reason="not UTF-8 text (byte 0xE9 cannot be decoded)",
            line=2,
            byte_offset=offset,
            text='{"id": "b1", "text": "Caf\ufffd talks."}',
        )
    ]
    with pytest.raises(ArticleParseError) as info:
        list(read_articles(path))
    assert str(info.value).startswith(
        f"{path}, line 2, byte offset {offset}: not UTF-8 text (byte 0xE9 cannot be decoded)"
    )


def test_bad_byte_after_bom_and_crlf(tmp_path: Path) -> None:
    """Byte offsets count the BOM and the carriage returns of CRLF line ends."""
    first = b"\xef\xbb\xbf" + GOOD_LINE.replace(b"\n", b"\r\n")
    path = _write(tmp_path / "in.jsonl", first + BAD_LINE)
    articles, report = _skip(path)
    assert [a.id for a in articles] == ["g1"]
    assert [r.byte_offset for r in report.rejects] == [len(first) + BAD_LINE.index(b"\xe9")]


def test_bad_byte_rejects_one_page(tmp_path: Path) -> None:
    """In crawled text the page holding the bad byte is rejected; the pages around it are read."""
    bad_page = b" date 2024-05-05\n\nThe minister visited Caf\xe9 Town.\n"
    data = PAGE_A.encode() + b"---\n" + bad_page + b"---\n" + PAGE_B.encode()
    path = _write(tmp_path / "pages.txt", data)
    articles, report = _skip(path)
    assert [a.published.isoformat() for a in articles if a.published] == [
        "2024-05-02",
        "2024-05-03",
    ]
    (reject,) = report.rejects
    assert (reject.line, reject.byte_offset) == (7, data.index(b"\xe9"))


def test_bad_byte_in_next_page_header_belongs_to_that_page(tmp_path: Path) -> None:
    """A bad byte on a header line rejects the page it opens, not the page before it."""
    data = PAGE_A.encode() + b" date 2024-05-06 Caf\xe9 owners meet\n\nTalks.\n"
    articles, report = _skip(_write(tmp_path / "pages.txt", data))
    assert [a.author for a in articles] == ["Lena Varga"]
    assert [r.line for r in report.rejects] == [4]


def test_bad_byte_rejects_one_array_element(tmp_path: Path) -> None:
    """In a JSON array the element holding the bad byte is rejected, with its byte offset."""
    data = b"[" + GOOD_LINE.strip() + b",\n" + BAD_LINE.strip() + b",\n" + GOOD_LINE.strip() + b"]"
    articles, report = _skip(_write(tmp_path / "in.json", data))
    assert [a.id for a in articles] == ["g1", "g1"]
    (reject,) = report.rejects
    assert (reject.record, reject.line, reject.byte_offset) == (2, 2, data.index(b"\xe9"))


def test_surrogate_escaped_text_stream() -> None:
    """A text stream decoded with surrogateescape (stdin in the C locale) is handled the same."""
    text = BAD_LINE.decode("utf-8", "surrogateescape")
    articles, report = _skip(io.StringIO(GOOD_LINE.decode() + text))
    assert ([a.id for a in articles], report.skipped) == (["g1"], 1)
    assert report.rejects[0].byte_offset == len(GOOD_LINE) + BAD_LINE.index(b"\xe9")


# --- hostile values ----------------------------------------------------------------


def test_lone_surrogate_escapes_become_replacement_characters() -> None:
    """A JSON escape of half a surrogate pair is kept as U+FFFD: the id and output work."""
    line = '{"title": "Envoy \\ud800 visit", "text": "Talks \\udfff held."}\n'
    (article,) = read_articles(io.StringIO(line))
    assert (article.title, article.body) == ("Envoy \ufffd visit", "Talks \ufffd held.")
    assert article.id.startswith("article-")
    assert Article(body="Talks \ud800 held.").id.startswith("article-")  # not UnicodeEncodeError


def test_deep_nesting_is_a_reject() -> None:
    """JSON nested deeper than Python recurses: a reject, not a RecursionError."""
    deep = '{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    articles, report = _skip(io.StringIO(deep + "\n" + GOOD_LINE.decode()))
    assert [a.id for a in articles] == ["g1"]
    assert report.rejects[0].reason == "invalid JSON (nested too deeply)"
    array = "[" + deep + ", " + GOOD_LINE.decode() + "]"
    articles, report = _skip(io.StringIO(array), input_format="json")
    assert [a.id for a in articles] == ["g1"]
    assert report.rejects[0].reason.startswith("invalid JSON (nested too deeply); reading resumed")


def test_deep_value_in_message() -> None:
    """A value too deep for json.dumps is shown as a placeholder in messages."""
    value: list[Any] = []
    for _ in range(100_000):
        value = [value]
    assert _records._shown(value) == "<a list too deep or too large to show>"


@needs_digit_limit
def test_huge_integer_is_a_reject() -> None:
    """An integer literal over Python's digit limit: a reject naming the limit."""
    huge = '{"text": "x", "count": ' + "9" * 5000 + "}"
    articles, report = _skip(io.StringIO(huge + "\n" + GOOD_LINE.decode()))
    assert [a.id for a in articles] == ["g1"]
    assert report.rejects[0].reason == (
        "invalid JSON (Exceeds the limit (4300 digits) for integer string conversion)"
    )


@pytest.mark.parametrize("published", ["1" + "0" * 400, "-" + "9" * 320, "1e400"])
def test_huge_published_number_is_a_reject(published: str) -> None:
    """A publication date given as a huge number is a reject, not an OverflowError."""
    line = '{"text": "x", "published": ' + published + "}\n"
    _, report = _skip(io.StringIO(line))
    assert [r.reason for r in report.rejects] == ["expected a publication date in 'published'"]


@needs_digit_limit
def test_huge_integer_id_is_a_reject() -> None:
    """An integer id too long to be text is a reject."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        line = '{"text": "x", "id": ' + "7" * 5000 + "}\n"
        value = json.loads(line)
    finally:
        sys.set_int_max_str_digits(limit)
    with pytest.raises(_records._RecordError, match="expected a string or an integer in 'id'"):
        _records._record_to_article(value, _records.FieldMap(), "<test>", 1)


# --- broken JSON arrays ------------------------------------------------------------


def _array(*elements: str) -> io.StringIO:
    return io.StringIO("[\n" + ",\n".join(elements) + "\n]\n")


def _element(number: int) -> str:
    return json.dumps({"id": f"e{number}", "text": f"Talks number {number}, with a {{brace}}."})


def test_syntax_error_in_one_element_rejects_only_that_element() -> None:
    """A syntax error inside element 2 rejects it; elements 3 and 4 are read."""
    broken = '{"id": "e2", "text": "The envoys, {met}, in Oslo" "talks"}'
    articles, report = _skip(_array(_element(1), broken, _element(3), _element(4)))
    assert [a.id for a in articles] == ["e1", "e3", "e4"]
    (reject,) = report.rejects
    assert (reject.record, reject.line) == (2, 3)
    assert reject.reason == "invalid JSON (Expecting ',' delimiter)"


def test_unbalanced_element_resumes_at_the_next_object() -> None:
    """Unbalanced brackets hide the element's end: reading resumes at the next object.

    The reject says where reading resumed.
    """
    broken = '{"id": "e2", "text": "The envoys, {met}, "in Oslo"}'  # a stray quote
    articles, report = _skip(_array(_element(1), broken, _element(3), _element(4)))
    assert [a.id for a in articles] == ["e1", "e3", "e4"]
    (reject,) = report.rejects
    assert (reject.record, reject.line) == (2, 3)
    assert reject.reason.endswith("; reading resumed at line 4")


@pytest.mark.parametrize(
    "broken",
    [
        '{"id": "e2", "text": "a \\" quote, a ] and a } in a string", "n": nope}',
        '{"id": "e2", "parts": [{"a": [1, {"b": nope}]}, {"c": 2}]}',
        '{"id": "e2", "text": "x" "y"}',
    ],
    ids=["brackets-in-strings", "nested", "missing-comma-inside"],
)
def test_broken_element_ends_where_its_brackets_balance(broken: str) -> None:
    """Each broken element is one reject, however its inside looks; nothing after it is lost."""
    articles, report = _skip(_array(_element(1), broken, _element(3), broken, _element(5)))
    assert [a.id for a in articles] == ["e1", "e3", "e5"]
    assert [r.record for r in report.rejects] == [2, 4]
    assert not any("resumed" in r.reason for r in report.rejects)


def test_syntax_error_in_last_element_rejects_it_alone() -> None:
    """A broken last element is one reject; the array's end is read as usual."""
    articles, report = _skip(_array(_element(1), '{"id": "e2", "text": tru}'))
    assert [a.id for a in articles] == ["e1"]
    assert [(r.record, r.reason) for r in report.rejects] == [(2, "invalid JSON (Expecting value)")]


def test_unbalanced_last_element_says_the_rest_was_not_read() -> None:
    """With no element after an unbalanced one, the reject says the rest was not read."""
    articles, report = _skip(_array(_element(1), '{"id": "e2", "text": [tru}'))
    assert [a.id for a in articles] == ["e1"]
    assert report.rejects[0].reason.endswith("the rest of the input (from line 3) was not read")


def test_missing_comma_rejects_the_next_element() -> None:
    """No ',' between two elements: the second is rejected, reading goes on after it."""
    text = "[" + _element(1) + "\n" + _element(2) + ",\n" + _element(3) + "]"
    articles, report = _skip(io.StringIO(text))
    assert [a.id for a in articles] == ["e1", "e3"]
    assert report.rejects[0].reason.startswith("expected ',' or ']' after an array element")


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8])
@pytest.mark.parametrize(
    "broken", ['{"id": "e2", "text": "x" "y"}', '{"id": "e2", "t": "a\\\\\\"}]" nope}']
)
def test_recovery_across_chunks(monkeypatch: pytest.MonkeyPatch, chunk: int, broken: str) -> None:
    """Recovery finds the element's end and the next element across reads.

    Also when a read cuts an escape from the character it escapes.
    """
    monkeypatch.setattr(_records, "_CHUNK_SIZE", chunk)
    monkeypatch.setattr(_records, "_HEAD_SIZE", 3)
    elements = [_element(1), broken, *(_element(n) for n in range(3, 7))]
    articles, report = _skip(_array(*elements))
    assert [a.id for a in articles] == ["e1", "e3", "e4", "e5", "e6"]
    assert report.skipped == 1


# --- line ends ---------------------------------------------------------------------


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("head", [1, 2, 7, 4096])
def test_line_ends_from_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, end: str, head: int
) -> None:
    """LF, CRLF and CR files give the same pages and lines, wherever the head read stops."""
    monkeypatch.setattr(_records, "_HEAD_SIZE", head)
    text = (PAGE_A + "---\n" + PAGE_B).replace("\n", end)
    path = tmp_path / "pages.txt"
    path.write_bytes(text.encode("utf-8"))
    articles = list(read_articles(path, input_format="crawl"))
    assert [(a.author, a.title, a.line) for a in articles] == [
        ("Lena Varga", None, 1),
        (None, "Ministers sign road accord", 5),
    ]


# --- records in = articles out + rejects -------------------------------------------

LINES = {
    "good": GOOD_LINE,
    "not-utf8": BAD_LINE,
    "syntax": b'{"text": "x",}\n',
    "not-object": b"[1, 2]\n",
    "no-body": b'{"id": "n"}\n',
    "bad-date": b'{"text": "x", "published": "someday"}\n',
    "deep": b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}\n",
    "huge-int": b'{"text": "x", "n": ' + b"1" * 4400 + b"}\n",
    "surrogate": b'{"text": "x \\ud800"}\n',
    "blank": b"\n",
}


@given(st.lists(st.sampled_from(sorted(LINES)), max_size=12))
def test_every_record_is_read_or_rejected(kinds: list[str]) -> None:
    """JSON Lines: every non-blank line is an article or a reject, never both, never lost."""
    data = b"".join(LINES[kind] for kind in kinds)
    report = ReadReport()
    articles = list(
        read_articles(io.BytesIO(data), input_format="jsonl", errors="collect", report=report)
    )
    readable = {"good", "surrogate"} | (set() if DIGIT_LIMIT else {"huge-int"})
    assert len(articles) == report.read == sum(kind in readable for kind in kinds)
    assert report.read + report.skipped == sum(kind != "blank" for kind in kinds)
    assert len(report.rejects) == len(report.errors) == report.skipped


@given(st.lists(st.sampled_from(["good", "syntax", "not-object", "no-body"]), max_size=8))
def test_every_array_element_is_read_or_rejected(kinds: list[str]) -> None:
    """JSON arrays: every element is an article or one reject, also after broken ones."""
    elements = {
        "good": _element(0),
        "syntax": '{"id": "s", "text": nope, "parts": [{"a": 1}, {"b": 2}]}',
        "not-object": "[1, 2]",
        "no-body": '{"id": "n"}',
    }
    report = ReadReport()
    text = "[" + ",\n".join(elements[kind] for kind in kinds) + "]"
    articles = list(read_articles(io.StringIO(text), errors="skip", report=report))
    assert len(articles) == report.read == kinds.count("good")
    assert report.skipped == len(kinds) - kinds.count("good")
    assert [r.record for r in report.rejects] == [
        number for number, kind in enumerate(kinds, start=1) if kind != "good"
    ]


PAGES = {
    "good": PAGE_A.encode(),
    "headline": PAGE_B.encode(),
    "bad-body": b" date 2024-05-07\n\nThe delegation toured Caf\xe9 Street.\n",
    "bad-header": b" date 2024-05-08 Caf\xe9 owners meet\n\nTalks.\n",
    "bad-date": b" date 2024-02-31 By Lena Varga\n\nTalks.\n",
}


@given(st.lists(st.tuples(st.sampled_from(sorted(PAGES)), st.booleans()), min_size=1, max_size=8))
def test_every_page_is_read_or_rejected(pages: list[tuple[str, bool]]) -> None:
    """Crawled text: each page is an article or one reject, whether or not '---' ends it."""
    data = b"".join(PAGES[kind] + (b"---\n" if separated else b"") for kind, separated in pages)
    report = ReadReport()
    articles = list(read_articles(io.BytesIO(data), errors="skip", report=report))
    good = [kind for kind, _ in pages if kind in ("good", "headline")]
    assert len(articles) == report.read == len(good)
    assert report.skipped == len(pages) - len(good)
    offsets = [r.byte_offset for r in report.rejects if r.byte_offset is not None]
    assert all(data[offset] == 0xE9 for offset in offsets)
    assert len(offsets) == sum(
        kind.startswith("bad-b") or kind == "bad-header" for kind, _ in pages
    )


@given(st.binary(max_size=300), st.sampled_from(["auto", "crawl", "json", "jsonl"]))
def test_any_bytes_read_or_rejected(data: bytes, input_format: Any) -> None:
    """Random bytes: under "skip" nothing escapes; "raise" raises the first reject, or reads all."""
    report = ReadReport()
    list(read_articles(io.BytesIO(data), input_format=input_format, errors="skip", report=report))
    assert len(report.rejects) == report.skipped
    if report.rejects:
        with pytest.raises(ArticleParseError) as info:
            list(read_articles(io.BytesIO(data), input_format=input_format))
        assert str(info.value) == str(report.rejects[0].error())
    else:
        articles = list(read_articles(io.BytesIO(data), input_format=input_format))
        assert len(articles) == report.read


def test_resumption_inside_a_broken_element_loses_nothing_after_it() -> None:
    """An unbalanced element holding a list of objects: the elements after it are still read.

    Reading resumes inside the broken element; the ']' closing its list is not the end.
    """
    broken = '{"id": "e2", "text": "x", "parts": [{"a": 1}, {"b": 2}], "y": [nope}'
    articles, report = _skip(_array(_element(1), broken, _element(3), _element(4)))
    assert [a.id for a in articles] == ["e1", "e3", "e4"]
    assert report.rejects[-1].reason.startswith("unexpected text after the end of the array")


def test_text_after_the_array() -> None:
    """Text after the closing ']' is a reject, not silently dropped."""
    articles, report = _skip(io.StringIO("[" + _element(1) + "]\ntrailing words\n"))
    assert [a.id for a in articles] == ["e1"]
    assert [(r.line, r.reason) for r in report.rejects] == [
        (2, "unexpected text after the end of the array; it was not read")
    ]
