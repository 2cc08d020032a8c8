"""Reading articles from JSON, JSON Lines and crawled text files.

JSON Lines is read one line at a time and a JSON array is streamed one
element at a time (``json.JSONDecoder.raw_decode`` on a sliding buffer), so
memory stays flat however large the input is. Crawled text is handed to
:mod:`diplonews.readers._crawl`, also line by line.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, TextIO

import attrs

from diplonews.errors import ArticleParseError, DateParseError
from diplonews.models import Article
from diplonews.readers._crawl import iter_crawl_items
from diplonews.readers._published import parse_published

__all__ = [
    "ErrorPolicy",
    "FieldMap",
    "InputFormat",
    "ReadReport",
    "detect_format",
    "read_articles",
]

#: An input format name; "auto" detects it from the first few KB.
InputFormat = Literal["auto", "crawl", "json", "jsonl"]
#: What to do with a bad record: raise at once, or skip it (and "collect" its error).
ErrorPolicy = Literal["raise", "skip", "collect"]

#: How many characters :func:`read_articles` looks at to detect the format.
_HEAD_SIZE = 4096
#: How many characters a JSON array is read at a time.
_CHUNK_SIZE = 1 << 16
#: How many error reasons :meth:`ReadReport.summary` lists before "and N more".
_SUMMARY_REASONS = 5

_JSON_ARRAY_START = re.compile(
    r"""
    \[ \s*                                   # an opening bracket, then
    (?: [{\["\]\-\d] | true | false | null | \Z )   # the start of a JSON value, ']' or the end
    """,
    re.VERBOSE,
)


@attrs.define
class ReadReport:
    """What :func:`read_articles` read and what it could not; filled in while reading.

    With the error policies ``"skip"`` and ``"collect"`` every unreadable
    article is counted in ``skipped`` and its error kept in ``errors``; with
    ``"raise"`` reading stops at the first one.

    >>> report = ReadReport(read=3)
    >>> report.summary()
    'read 3 articles'

    .. versionadded:: 0.1.0
    """

    read: int = 0
    skipped: int = 0
    errors: list[ArticleParseError] = attrs.field(factory=list)

    def summary(self) -> str:
        """One line for people: counts, then the first few reasons for skipping.

        >>> error = ArticleParseError("expected a JSON object", source="a.jsonl",
        ...                           location="line 5", text="[]")
        >>> ReadReport(read=1, skipped=1, errors=[error]).summary()
        'read 1 article, skipped 1 (line 5: expected a JSON object)'
        """
        text = f"read {self.read} article{'' if self.read == 1 else 's'}"
        if not self.skipped:
            return text
        text += f", skipped {self.skipped}"
        if not self.errors:
            return text
        sources = {error.source for error in self.errors}
        reasons = [
            (f"{error.source}, " if len(sources) > 1 else "") + f"{error.location}: {error.message}"
            for error in self.errors[:_SUMMARY_REASONS]
        ]
        if len(self.errors) > _SUMMARY_REASONS:
            reasons.append(f"and {len(self.errors) - _SUMMARY_REASONS} more")
        return f"{text} ({'; '.join(reasons)})"


@attrs.frozen
class FieldMap:
    """Which keys of an input record feed which :class:`~diplonews.models.Article` field.

    Each field lists candidate keys; the first one present with a non-empty
    value wins. A body given as a list of paragraphs is joined with blank
    lines; an author given as a list of names is joined with ``", "``.

    >>> FieldMap().title
    ('title', 'headline')
    >>> FieldMap(body=("story",)).body
    ('story',)

    .. versionadded:: 0.1.0
    """

    id: tuple[str, ...] = ("id",)
    title: tuple[str, ...] = ("title", "headline")
    body: tuple[str, ...] = ("text", "content", "body")
    published: tuple[str, ...] = ("published", "publish_date", "published_time", "date")
    author: tuple[str, ...] = ("author", "byline")
    url: tuple[str, ...] = ("url", "link", "source_url")
    outlet: tuple[str, ...] = ("outlet", "source_name", "site")


class _RecordError(Exception):
    """A record that cannot become an Article; ``text`` overrides the record text if set."""

    def __init__(self, message: str, text: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.text = text


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str, Any]:
    """The first candidate key with a non-empty value, and that value (else the first key, None)."""
    for key in keys:
        value = record.get(key)
        if value is not None and value not in ("", []):
            return key, value
    return (keys[0] if keys else ""), None


def _optional_text(record: Mapping[str, Any], keys: tuple[str, ...], *, lists: bool) -> str | None:
    key, value = _first(record, keys)
    if value is None:
        return None
    if lists and isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = ", ".join(item.strip() for item in value if item.strip())
    if not isinstance(value, str):
        raise _RecordError(f"expected a string in {key!r}", json.dumps(value))
    return value.strip() or None


def _record_to_article(record: Mapping[str, Any], fields: FieldMap) -> Article:
    """Build an Article from one decoded record, or raise _RecordError saying what is wrong."""
    key, body = _first(record, fields.body)
    if isinstance(body, list) and all(isinstance(item, str) for item in body):
        body = "\n\n".join(item.strip() for item in body if item.strip())
    if body is None or (isinstance(body, str) and not body.strip()):
        keys = ", ".join(map(repr, fields.body))
        raise _RecordError(f"missing article body (none of the keys {keys} has text)")
    if not isinstance(body, str):
        raise _RecordError(
            f"expected a string or a list of strings in {key!r}", json.dumps(body)[:200]
        )
    key, raw_id = _first(record, fields.id)
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        raise _RecordError(f"expected a string or an integer in {key!r}", json.dumps(raw_id))
    key, raw_date = _first(record, fields.published)
    try:
        published = parse_published(raw_date)
    except DateParseError:
        shown = raw_date if isinstance(raw_date, str) else json.dumps(raw_date)
        raise _RecordError(f"expected a publication date in {key!r}", shown) from None
    return Article(
        id="" if raw_id is None else str(raw_id).strip(),
        published=published,
        author=_optional_text(record, fields.author, lists=True),
        title=_optional_text(record, fields.title, lists=False),
        body=body,
        url=_optional_text(record, fields.url, lists=False),
        outlet=_optional_text(record, fields.outlet, lists=False),
    )


def _convert(
    value: Any, raw: str, fields: FieldMap, source: str, location: str
) -> Article | ArticleParseError:
    if not isinstance(value, dict):
        return ArticleParseError(
            "expected a JSON object", source=source, location=location, text=raw
        )
    try:
        return _record_to_article(value, fields)
    except _RecordError as error:
        text = raw if error.text is None else error.text
        return ArticleParseError(error.message, source=source, location=location, text=text)


def _iter_jsonl(
    lines: Iterable[str], fields: FieldMap, source: str
) -> Iterator[Article | ArticleParseError]:
    """One record per line; blank lines are ignored; locations are 1-based line numbers."""
    for number, line in enumerate(lines, 1):
        raw = line.strip()
        if not raw:
            continue
        location = f"line {number}"
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            message = f"invalid JSON ({error.msg} at column {error.colno})"
            yield ArticleParseError(message, source=source, location=location, text=raw)
            continue
        yield _convert(value, raw, fields, source, location)


def _iter_json(
    chunks: Iterator[str], fields: FieldMap, source: str
) -> Iterator[Article | ArticleParseError]:
    """Stream the elements of a top-level JSON array (a lone top-level object is one record).

    A syntax error ends the reading: after it, where the next element starts
    cannot be known reliably.
    """
    decoder = json.JSONDecoder()
    buffer = ""
    pos = 0
    line_base = 1  # line number of buffer[0] in the file
    eof = False

    def fill() -> bool:
        nonlocal buffer, pos, line_base, eof
        if eof:
            return False
        chunk = next(chunks, "")
        if not chunk:
            eof = True
            return False
        line_base += buffer.count("\n", 0, pos)
        buffer = buffer[pos:] + chunk
        pos = 0
        return True

    def skip_space() -> bool:
        """Move past whitespace; False at the end of the input."""
        nonlocal pos
        while True:
            while pos < len(buffer) and buffer[pos] in " \t\r\n":
                pos += 1
            if pos < len(buffer):
                return True
            if not fill():
                return False

    def line_at(offset: int) -> int:
        return line_base + buffer.count("\n", 0, offset)

    def syntax_error(message: str, offset: int) -> ArticleParseError:
        snippet = buffer[offset : offset + 80].split("\n", 1)[0]
        return ArticleParseError(
            message, source=source, location=f"line {line_at(offset)}", text=snippet
        )

    if not skip_space():
        return
    if buffer[pos] == "{":
        single = True
    elif buffer[pos] == "[":
        single = False
        pos += 1
    else:
        yield syntax_error("expected a JSON array of objects", pos)
        return
    number = 0
    while True:
        if not skip_space():
            yield syntax_error("unexpected end of input (missing ']')", len(buffer))
            return
        if not single and buffer[pos] == "]" and number == 0:
            return
        while True:
            try:
                value, end = decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError as error:
                if fill():
                    continue
                yield syntax_error(f"invalid JSON ({error.msg})", error.pos)
                return
            # A number cut at the end of a chunk decodes as a shorter number: read on.
            if isinstance(value, (dict, list)) or end < len(buffer) or not fill():
                break
        number += 1
        location = f"record {number} (line {line_at(pos)})"
        raw = buffer[pos:end]
        pos = end
        yield _convert(value, raw, fields, source, location)
        if single:
            return
        if not skip_space():
            yield syntax_error("unexpected end of input (missing ']')", len(buffer))
            return
        if buffer[pos] == "]":
            return
        if buffer[pos] != ",":
            yield syntax_error("expected ',' or ']' after an array element", pos)
            return
        pos += 1


def detect_format(head: str) -> Literal["crawl", "json", "jsonl"]:
    r"""Guess the format of an input from its first few kilobytes.

    Args:
        head: The start of the input.

    Returns:
        ``"json"`` when it opens a JSON array, ``"jsonl"`` when its first line
        opens a JSON object, else ``"crawl"``.

    >>> detect_format('[{"text": "..."}]'), detect_format('{"text": "..."}\n')
    ('json', 'jsonl')
    >>> detect_format(" date 2022-01-27 By Vugar Khalilov\n")
    'crawl'
    >>> detect_format("[Photo] President meets envoy")
    'crawl'

    .. versionadded:: 0.1.0
    """
    text = head.lstrip("\ufeff \t\r\n")
    if _JSON_ARRAY_START.match(text):
        return "json"
    if text.startswith("{"):
        return "jsonl"
    return "crawl"


def _lines(head: str, stream: TextIO) -> Iterator[str]:
    r"""The lines of ``head`` followed by the rest of ``stream`` (split at '\n' only)."""
    parts = head.split("\n")
    pending = parts.pop()
    for part in parts:
        yield part + "\n"
    for line in stream:
        if pending:
            line = pending + line  # noqa: PLW2901 (join the line cut by the head)
            pending = ""
        yield line
    if pending:
        yield pending


def _chunks(head: str, stream: TextIO) -> Iterator[str]:
    if head:
        yield head
    while chunk := stream.read(_CHUNK_SIZE):
        yield chunk


def _items(
    stream: TextIO, name: str, input_format: InputFormat, fields: FieldMap
) -> Iterator[Article | ArticleParseError]:
    head = stream.read(_HEAD_SIZE)
    head = head.removeprefix("\ufeff")
    kind = detect_format(head) if input_format == "auto" else input_format
    if kind == "json":
        return _iter_json(_chunks(head, stream), fields, name)
    if kind == "jsonl":
        return _iter_jsonl(_lines(head, stream), fields, name)
    if kind == "crawl":
        return iter_crawl_items(_lines(head, stream), source=name)
    raise ValueError(f"unknown input format {input_format!r} (expected auto, crawl, json or jsonl)")


def read_articles(
    source: str | os.PathLike[str] | TextIO,
    *,
    input_format: InputFormat = "auto",
    errors: ErrorPolicy = "raise",
    field_map: FieldMap | None = None,
    report: ReadReport | None = None,
) -> Iterator[Article]:
    r"""Read articles from a crawled text, JSON or JSON Lines file, one at a time.

    A generator: articles are read and yielded one by one, so memory stays
    flat however large the input is. ``"-"`` is an ordinary file name here;
    pass ``sys.stdin`` to read standard input.

    Args:
        source: A path, or an open text stream (named by its ``name``
            attribute in errors, else ``"<stdin>"``).
        input_format: ``"crawl"``, ``"json"`` (a top-level array, streamed),
            ``"jsonl"``, or ``"auto"`` to decide from the first 4 KB
            (see :func:`detect_format`).
        errors: ``"raise"`` raises the first :class:`ArticleParseError`;
            ``"skip"`` and ``"collect"`` go on reading and record each error
            in ``report``.
        field_map: Which record keys feed which article field (JSON only).
        report: Filled in while reading: articles read, skipped, and why.

    Yields:
        Each article in input order.

    Raises:
        ArticleParseError: With ``errors="raise"``, for the first record or
            page that cannot be read (invalid JSON, not an object, no body,
            a bad date).
        ValueError: For an unknown ``input_format`` or ``errors`` policy.

    >>> import io
    >>> stream = io.StringIO('{"id": "a1", "published": "2021-09-15", "text": "Talks."}\n')
    >>> [(a.id, a.published) for a in read_articles(stream)]
    [('a1', datetime.date(2021, 9, 15))]
    >>> bad = io.StringIO('{"id": "a1", "text": "Talks."}\n[1]\n')
    >>> report = ReadReport()
    >>> [a.id for a in read_articles(bad, errors="skip", report=report)], report.summary()
    (['a1'], 'read 1 article, skipped 1 (line 2: expected a JSON object)')

    .. versionadded:: 0.1.0
    """
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"unknown error policy {errors!r} (expected raise, skip or collect)")
    fields = field_map if field_map is not None else FieldMap()
    tally = report if report is not None else ReadReport()
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        with open(name, encoding="utf-8") as stream:
            yield from _apply_policy(_items(stream, name, input_format, fields), errors, tally)
    else:
        label = getattr(source, "name", None)
        name = label if isinstance(label, str) else "<stdin>"
        yield from _apply_policy(_items(source, name, input_format, fields), errors, tally)


def _apply_policy(
    items: Iterator[Article | ArticleParseError], errors: ErrorPolicy, report: ReadReport
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Article):
            report.read += 1
            yield item
            continue
        if errors == "raise":
            raise item
        report.skipped += 1
        report.errors.append(item)
