"""Reading articles from JSON, JSON Lines and crawled text files, folders and globs.

JSON Lines is read one line at a time and a JSON array is streamed one
element at a time (``json.JSONDecoder.raw_decode`` on a sliding buffer), so
memory stays flat however large the input is. Crawled text is handed to
:mod:`diplonews.readers._crawl`, also line by line.

Files are decoded as UTF-8 line by line (a JSON array element by element):
a byte that is not UTF-8 rejects the one record, page or line it is in, with
its byte offset, and the rest of the file is read.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal, TextIO

import attrs

from diplonews import _regex as re
from diplonews.errors import ArticleParseError, DateParseError
from diplonews.models import Article
from diplonews.readers._published import parse_published

__all__ = [
    "BLOCK_SIZE",
    "ErrorPolicy",
    "FieldMap",
    "FilePiece",
    "IdFrom",
    "InputFormat",
    "LineBlock",
    "Piece",
    "ReadPiece",
    "ReadReport",
    "Reject",
    "Source",
    "detect_format",
    "read_articles",
    "read_piece",
    "split_input",
]

#: An input format name; "auto" detects it from the first few KB.
InputFormat = Literal["auto", "crawl", "json", "jsonl"]
#: What to do with a bad record: raise at once, or skip it (and "collect" its error).
ErrorPolicy = Literal["raise", "skip", "collect"]
#: Where an article's id comes from: the record (else its content), or the file name.
IdFrom = Literal["record", "filename"]
#: One input: a path (a file, a folder or a glob pattern), or an open text or binary stream.
Source = str | os.PathLike[str] | TextIO | IO[bytes]

#: How many characters :func:`read_articles` looks at to detect the format.
_HEAD_SIZE = 4096
#: How many characters a JSON array is read at a time.
_CHUNK_SIZE = 1 << 16
#: How many error reasons :meth:`ReadReport.summary` lists before "and N more".
_SUMMARY_REASONS = 5
#: How many characters one JSON array element may hold before it is given up as broken.
_MAX_RECORD = 1 << 26
#: A JSON error this close to the end of the buffer may only mean the element is cut: read on.
_LOOKAHEAD = 16

_JSON_ARRAY_START = re.compile(
    r"""
    \[ \s*                                   # an opening bracket, then
    (?: [{\["\]\-\d] | true | false | null | \Z )   # the start of a JSON value, ']' or the end
    """,
    re.VERBOSE,
)
# A character that is not text: a byte that was not UTF-8 (decoded as U+DC80..U+DCFF by
# the "surrogateescape" handler), or a lone surrogate from a text stream or a JSON escape.
_NOT_TEXT = re.compile("[\ud800-\udfff]")
_GLOB = re.compile(r"[*?\[]")
# Where the next element of a JSON array of objects may start, after a broken one.
_NEXT_ELEMENT = re.compile(r",\s*\{")
# What moves the bracket depth of a JSON value, outside and inside its strings.
_BRACKET_OR_QUOTE = re.compile(r'[][{}"]')
_QUOTE_OR_ESCAPE = re.compile(r'["\\]')
_LINE_IN_LOCATION = re.compile(r"\bline (\d+)")
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})


@attrs.frozen
class Reject:
    """A record, page or line that could not become an article, and where it is.

    ``line`` is 1-based; ``byte_offset`` (0-based, in the file's bytes) is set
    for text that is not UTF-8; ``record`` is the element's number in a JSON
    array.

    >>> reject = Reject(source="in.jsonl", reason="expected a JSON object", line=3, text="[1]")
    >>> reject.to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'source': 'in.jsonl', 'line': 3, 'byte_offset': None, 'record': None,
     'reason': 'expected a JSON object', 'text': '[1]'}

    .. versionadded:: 0.1.0
    """

    source: str
    reason: str
    line: int | None = None
    byte_offset: int | None = None
    record: int | None = None
    text: str = ""

    @property
    def location(self) -> str:
        """The place of the reject in words, as ``record 2 (line 5)`` or ``line 7, byte offset 9``.

        >>> Reject(source="a.txt", reason="x", line=7, byte_offset=130).location
        'line 7, byte offset 130'
        """
        if self.record is not None:
            where = f"record {self.record} (line {self.line})"
        else:
            where = f"line {self.line}" if self.line is not None else "start"
        return where if self.byte_offset is None else f"{where}, byte offset {self.byte_offset}"

    def error(self) -> ArticleParseError:
        """The reject as the error :func:`read_articles` raises under ``errors="raise"``."""
        return ArticleParseError(
            self.reason, source=self.source, location=self.location, text=self.text
        )

    def to_dict(self) -> dict[str, Any]:
        """The reject as one JSON object (the lines of ``diplonews --rejects FILE``)."""
        return {
            "source": self.source,
            "line": self.line,
            "byte_offset": self.byte_offset,
            "record": self.record,
            "reason": self.reason,
            "text": self.text if len(self.text) <= 200 else self.text[:197] + "...",
        }


@attrs.define
class ReadReport:
    """What :func:`read_articles` read and what it could not; filled in while reading.

    With the error policies ``"skip"`` and ``"collect"`` every unreadable
    article is counted in ``skipped``, its error kept in ``errors`` and its
    place in ``rejects``; with ``"raise"`` reading stops at the first one.
    ``read + skipped`` is the number of records (pages, lines, array
    elements) met. Files of a folder or a glob that are in none of the input
    formats are not read: they are listed in ``ignored`` with the reason.
    ``bytes_read`` counts the bytes read from files so far (for progress
    displays; streams are not counted).

    >>> report = ReadReport(read=3)
    >>> report.summary()
    'read 3 articles'

    .. versionadded:: 0.1.0
    """

    read: int = 0
    skipped: int = 0
    errors: list[ArticleParseError] = attrs.field(factory=list)
    rejects: list[Reject] = attrs.field(factory=list)
    ignored: list[tuple[str, str]] = attrs.field(factory=list)
    bytes_read: int = 0

    def summary(self) -> str:
        """One line for people: counts, then the first few reasons for skipping.

        >>> error = ArticleParseError("expected a JSON object", source="a.jsonl",
        ...                           location="line 5", text="[]")
        >>> ReadReport(read=1, skipped=1, errors=[error]).summary()
        'read 1 article, skipped 1 (line 5: expected a JSON object)'
        >>> ReadReport(read=2, ignored=[("crawl/README.md", "not a crawled page")]).summary()
        'read 2 articles; ignored 1 file (crawl/README.md: not a crawled page)'
        """
        text = f"read {self.read} article{'' if self.read == 1 else 's'}"
        if self.skipped:
            text += f", skipped {self.skipped}"
            if self.errors:
                sources = {error.source for error in self.errors}
                reasons = [
                    (f"{error.source}, " if len(sources) > 1 else "")
                    + f"{error.location}: {error.message}"
                    for error in self.errors[:_SUMMARY_REASONS]
                ]
                if len(self.errors) > _SUMMARY_REASONS:
                    reasons.append(f"and {len(self.errors) - _SUMMARY_REASONS} more")
                text += f" ({'; '.join(reasons)})"
        if self.ignored:
            shown = [f"{name}: {why}" for name, why in self.ignored[:_SUMMARY_REASONS]]
            if len(self.ignored) > _SUMMARY_REASONS:
                shown.append(f"and {len(self.ignored) - _SUMMARY_REASONS} more")
            count = len(self.ignored)
            text += f"; ignored {count} file{'' if count == 1 else 's'} ({'; '.join(shown)})"
        return text


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


def _shown(value: Any) -> str:
    """A JSON value as text for a message, never failing (deep nesting, huge integers)."""
    try:
        return json.dumps(value, ensure_ascii=False)[:200]
    except (RecursionError, ValueError):
        return f"<a {type(value).__name__} too deep or too large to show>"


def _clean(text: str) -> str:
    """Text with lone surrogates (from JSON escapes of half a pair) replaced by U+FFFD."""
    return text if _first_not_text(text) is None else _NOT_TEXT.sub("\ufffd", text)


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
        raise _RecordError(f"expected a string in {key!r}", _shown(value))
    return _clean(value.strip()) or None


def _record_id(record: Mapping[str, Any], fields: FieldMap) -> str:
    key, raw_id = _first(record, fields.id)
    if raw_id is None:
        return ""
    if isinstance(raw_id, str):
        return _clean(raw_id.strip())
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        try:
            return str(raw_id)
        except ValueError:  # more digits than Python converts to text
            pass
    raise _RecordError(f"expected a string or an integer in {key!r}", _shown(raw_id))


def _record_to_article(
    record: Mapping[str, Any], fields: FieldMap, source: str, line: int
) -> Article:
    """Build an Article from one decoded record, or raise _RecordError saying what is wrong."""
    key, body = _first(record, fields.body)
    if isinstance(body, list) and all(isinstance(item, str) for item in body):
        body = "\n\n".join(item.strip() for item in body if item.strip())
    if body is None or (isinstance(body, str) and not body.strip()):
        keys = ", ".join(map(repr, fields.body))
        raise _RecordError(f"missing article body (none of the keys {keys} has text)")
    if not isinstance(body, str):
        raise _RecordError(f"expected a string or a list of strings in {key!r}", _shown(body))
    article_id = _record_id(record, fields)
    key, raw_date = _first(record, fields.published)
    try:
        published = parse_published(raw_date)
    except DateParseError:
        shown = raw_date if isinstance(raw_date, str) else _shown(raw_date)
        raise _RecordError(f"expected a publication date in {key!r}", shown) from None
    return Article(
        id=article_id,
        published=published,
        author=_optional_text(record, fields.author, lists=True),
        title=_optional_text(record, fields.title, lists=False),
        body=_clean(body),
        url=_optional_text(record, fields.url, lists=False),
        outlet=_optional_text(record, fields.outlet, lists=False),
        source=source,
        line=line,
    )


def convert(
    value: Any, raw: str, fields: FieldMap, source: str, line: int, *, record: int | None = None
) -> Article | Reject:
    if not isinstance(value, dict):
        return Reject(source, "expected a JSON object", line=line, record=record, text=raw)
    try:
        return _record_to_article(value, fields, source, line)
    except _RecordError as error:
        text = raw if error.text is None else error.text
        return Reject(source, error.message, line=line, record=record, text=text)


def _byte_len(text: str) -> int:
    """The length of ``text`` in the bytes it was decoded from (undecodable bytes count 1)."""
    if text.isascii():
        return len(text)
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return sum(
            1 if 0xDC80 <= ord(char) <= 0xDCFF else len(char.encode("utf-8", "surrogatepass"))
            for char in text
        )


def _first_not_text(text: str) -> int | None:
    """The index of the first surrogate in ``text`` (None when it is all text); fast."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def _not_text(text: str, index: int) -> tuple[str, int]:
    """Why ``text`` is not text, and the byte offset (in ``text``) of the culprit at ``index``."""
    char = text[index]
    offset = _byte_len(text[:index])
    if 0xDC80 <= ord(char) <= 0xDCFF:
        return f"not UTF-8 text (byte 0x{ord(char) - 0xDC00:02X} cannot be decoded)", offset
    return f"not valid text (a lone surrogate U+{ord(char):04X})", offset


def _json_error(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"invalid JSON ({error.msg})"
    # Python's limit on digits in an integer, and the like: its first clause says it all.
    return f"invalid JSON ({str(error).split(':', 1)[0].split(';', 1)[0]})"


def _iter_jsonl(
    lines: Iterable[str], fields: FieldMap, source: str, base: int, first: int = 1
) -> Iterator[Article | Reject]:
    """One record per line; blank lines are ignored; locations are 1-based line numbers.

    ``base`` is the byte offset of the first line in the input, ``first`` its number.
    """
    offset = base
    for number, line in enumerate(lines, first):
        start, offset = offset, offset + _byte_len(line)
        raw = line.strip()
        if not raw:
            continue
        if (index := _first_not_text(line)) is not None:
            reason, at = _not_text(line, index)
            yield Reject(source, reason, line=number, byte_offset=start + at, text=_clean(raw))
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            message = f"invalid JSON ({error.msg} at column {error.colno})"
            yield Reject(source, message, line=number, text=raw)
            continue
        except RecursionError:
            yield Reject(source, "invalid JSON (nested too deeply)", line=number, text=raw)
            continue
        except ValueError as error:
            yield Reject(source, _json_error(error), line=number, text=raw)
            continue
        yield convert(value, raw, fields, source, number)


def _iter_crawl(lines: Iterable[str], source: str, base: int) -> Iterator[Article | Reject]:
    """Crawled pages; a page with a line that is not UTF-8 is rejected, with its byte offset."""
    bad: list[Reject] = []  # lines that are not text, not yet matched to their page
    last = 0  # the number of the last line handed to the page reader
    done = False

    def feed() -> Iterator[str]:
        nonlocal last, done
        offset = base
        for number, line in enumerate(lines, 1):
            start, offset = offset, offset + _byte_len(line)
            last = number
            if (index := _first_not_text(line)) is not None:
                reason, at = _not_text(line, index)
                line = _clean(line)  # noqa: PLW2901 (the page is rejected; its text stays readable)
                bad.append(
                    Reject(source, reason, line=number, byte_offset=start + at, text=line.strip())
                )
            yield line
        done = True

    # The crawled-page patterns load when a page is read, not for JSON input.
    from diplonews.readers._crawl import iter_crawl_items  # noqa: PLC0415

    for item in iter_crawl_items(feed(), source=source):
        # The page reader has read one line past the page (a header, a '---') unless at the end.
        end = last if done else last - 1
        mine = [reject for reject in bad if reject.line is not None and reject.line <= end]
        del bad[: len(mine)]
        if isinstance(item, ArticleParseError):
            found = _LINE_IN_LOCATION.search(item.location)
            line = int(found[1]) if found else None
            yield Reject(source, item.message, line=line, text=item.text)
        elif mine:
            yield mine[0]
        else:
            yield item


def _iter_json(
    chunks: Iterator[str], fields: FieldMap, source: str, base: int
) -> Iterator[Article | Reject]:
    """Stream the elements of a top-level JSON array (a lone top-level object is one record).

    A syntax error inside an element rejects that element, which ends where its
    brackets balance. When they do not, reading resumes at the next element
    that parses (a ``{`` after a ``,``), and the reject says so; when there is
    none, it says that the rest of the input was not read.
    """
    decoder = json.JSONDecoder()
    buffer = ""
    pos = 0
    line_base = 1  # line number of buffer[0] in the file
    byte_base = base  # byte offset of buffer[0] in the file
    eof = False

    def fill() -> bool:
        nonlocal buffer, pos, line_base, byte_base, eof
        if eof:
            return False
        chunk = next(chunks, "")
        if not chunk:
            eof = True
            return False
        line_base += buffer.count("\n", 0, pos)
        byte_base += _byte_len(buffer[:pos])
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

    def snippet(offset: int) -> str:
        return _clean(buffer[offset : offset + 80].split("\n", 1)[0])

    def syntax_error(message: str, offset: int) -> Reject:
        return Reject(source, message, line=line_at(offset), text=snippet(offset))

    def decode(start: int) -> tuple[Any, int, int] | tuple[str, int]:
        """Decode the value at ``start``: (value, start, end), or (message, error offset).

        Reads on while the error may only mean that the value is cut at the end of
        the buffer; offsets are in the buffer as it is on return.
        """
        relative = start - pos
        while True:
            start = pos + relative
            try:
                value, end = decoder.raw_decode(buffer, start)
            except json.JSONDecodeError as error:
                cut = error.pos >= len(buffer) - _LOOKAHEAD or error.msg.startswith("Unterminated")
                if cut and len(buffer) - pos < _MAX_RECORD and fill():
                    continue
                return _json_error(error), error.pos
            except RecursionError:
                return "invalid JSON (nested too deeply)", start
            except ValueError as error:
                return _json_error(error), start
            # A number cut at the end of a chunk decodes as a shorter number: read on.
            if isinstance(value, dict | list) or end < len(buffer) or not fill():
                return value, start, end

    def skip_element() -> bool:
        """Move ``pos`` from the start of a broken element to the ',' or ']' after it.

        The element's end is where its brackets balance (strings respected); False, with
        ``pos`` left at the element, when they do not, or no ',' or ']' follows.
        """
        nonlocal pos
        closers: list[str] = []
        at, in_string = pos, False
        while True:
            match = (_QUOTE_OR_ESCAPE if in_string else _BRACKET_OR_QUOTE).search(buffer, at)
            if match is None or (match.group() == "\\" and match.end() == len(buffer)):
                shift = pos
                if len(buffer) - pos >= _MAX_RECORD or not fill():
                    return False
                at = (len(buffer) if match is None else match.start()) - shift
                continue
            char, at = match.group(), match.end()
            if char == "\\":
                at += 1  # the escaped character
            elif char == '"':
                in_string = not in_string
            elif char in "{[":
                closers.append("}" if char == "{" else "]")
            elif not closers or closers.pop() != char:
                return False  # brackets that do not match: the end is unknown
            if not closers and not in_string:
                break
        while True:  # the separator after the element, across chunks
            while at < len(buffer) and buffer[at] in " \t\r\n":
                at += 1
            if at < len(buffer):
                if buffer[at] not in ",]":
                    return False
                pos = at
                return True
            shift = pos
            if not fill():
                return False
            at -= shift

    def resume(after: int) -> bool:
        """Move ``pos`` to the next element that decodes to an object; False if there is none."""
        nonlocal pos
        scan = after
        while True:
            match = _NEXT_ELEMENT.search(buffer, scan)
            if match is None:
                pos = max(pos, len(buffer) - 32)  # a ',' and spaces may straddle two chunks
                if not fill():
                    return False
                scan = pos
                continue
            pos = match.start()
            candidate = decode(match.end() - 1)
            if len(candidate) == 3 and isinstance(candidate[0], dict):
                pos = candidate[1]
                return True
            scan = pos + 1

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
        number += 1
        line = line_at(pos)
        decoded = decode(pos)
        if len(decoded) == 3:
            value, start, end = decoded
            raw = buffer[start:end]
            if (index := _first_not_text(raw)) is not None:
                reason, at = _not_text(raw, index)
                offset = byte_base + _byte_len(buffer[:start]) + at
                yield Reject(
                    source, reason, line=line, byte_offset=offset, record=number, text=_clean(raw)
                )
            else:
                yield convert(value, raw, fields, source, line, record=None if single else number)
            pos = end
            if single:
                return
        else:
            message, at = decoded
            error_line, text = line_at(at), snippet(at)
            if not single and skip_element():
                # The broken element ends where its brackets balance: only it is lost, and
                # the ',' or ']' after it is read as after any element.
                yield Reject(source, message, line=error_line, record=number, text=text)
            elif single or not resume(pos + 1):
                message += f"; the rest of the input (from line {error_line}) was not read"
                yield Reject(
                    source, message, line=error_line, record=None if single else number, text=text
                )
                return
            else:
                message += f"; reading resumed at line {line_at(pos)}"
                yield Reject(source, message, line=error_line, record=number, text=text)
                continue
        if not skip_space():
            yield syntax_error("unexpected end of input (missing ']')", len(buffer))
            return
        if buffer[pos] == "]":
            pos += 1
            if not skip_space():
                return
            # Text after the end: after a resumption inside a broken element, the ']' may have
            # closed a list inside that element. Resume at the next element, if there is one.
            message = "unexpected text after the end of the array"
            line, text = line_at(pos), snippet(pos)
            if not resume(pos):
                yield Reject(source, f"{message}; it was not read", line=line, text=text)
                return
            message += f"; reading resumed at line {line_at(pos)}"
            yield Reject(source, message, line=line, text=text)
            continue
        if buffer[pos] == ",":
            pos += 1
            continue
        # No ',' between two elements: the element that follows is rejected, and reading
        # resumes after it (so that records in = articles out + rejects still holds).
        number += 1
        message = "expected ',' or ']' after an array element"
        line, text = line_at(pos), snippet(pos)
        if not resume(pos):
            message += f"; the rest of the input (from line {line}) was not read"
            yield Reject(source, message, line=line, record=number, text=text)
            return
        message += f"; reading resumed at line {line_at(pos)}"
        yield Reject(source, message, line=line, record=number, text=text)


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


_LINE_END = re.compile(r"\r\n|\r|\n")


def _lines(head: str, stream: TextIO) -> Iterator[str]:
    r"""The lines of ``head`` followed by the rest of ``stream``, each with its line end.

    Lines end at ``\n``, ``\r\n`` or ``\r``, as a stream opened with
    ``newline=""`` splits them (a stream with universal newlines has only ``\n``).
    """
    start = 0
    for match in _LINE_END.finditer(head):
        if match.end() == len(head) and match[0] == "\r":
            break  # maybe the first half of a '\r\n' cut by the end of the head
        yield head[start : match.end()]
        start = match.end()
    pending = head[start:]
    for line in stream:
        if pending:
            if pending.endswith("\r") and line.startswith("\n"):
                yield pending + "\n"
                line = line[1:]  # noqa: PLW2901 (the rest after the '\r\n' cut by the head)
            elif pending.endswith("\r"):
                yield pending
            else:
                line = pending + line  # noqa: PLW2901 (join the line cut by the head)
            pending = ""
            if not line:
                continue
        yield line
    if pending:
        yield pending


def _chunks(head: str, stream: TextIO) -> Iterator[str]:
    if head:
        yield head
    while chunk := stream.read(_CHUNK_SIZE):
        yield chunk


def _first_line(head: str) -> str:
    for line in head.splitlines():
        if line.strip():
            return line
    return ""


def _recognised(head: str, kind: str, input_format: InputFormat, name: str) -> str | None:
    """Why a file met in a folder or a glob is not read (None when it is read)."""
    suffix = Path(name).suffix.lower()
    if kind in ("json", "jsonl"):
        if detect_format(head) != "crawl":
            return None
        return f"not {'JSON' if kind == 'json' else 'JSON Lines'}"
    from diplonews.readers._crawl_header import HEADER  # noqa: PLC0415 (see _iter_crawl)

    if HEADER.match(_first_line(head)):
        return None
    if input_format == "crawl" and suffix in ("", ".txt"):
        return None  # a headerless page, in a format the caller named
    return "neither a crawled page (no ' date YYYY-MM-DD' header line) nor JSON"


def _items(
    stream: TextIO,
    name: str,
    input_format: InputFormat,
    fields: FieldMap,
    *,
    found: bool,
    report: ReadReport,
) -> Iterator[Article | Reject]:
    head = stream.read(_HEAD_SIZE)
    base = 0
    if head.startswith("\ufeff"):
        head, base = head[1:], 3
    kind = detect_format(head) if input_format == "auto" else input_format
    if found and (why := _recognised(head, kind, input_format, name)) is not None:
        report.ignored.append((name, why))
        return iter(())
    if kind == "json":
        return _iter_json(_chunks(head, stream), fields, name, base)
    if kind == "jsonl":
        return _iter_jsonl(_lines(head, stream), fields, name, base)
    return _iter_crawl(_lines(head, stream), name, base)


def _is_binary(stream: Any) -> bool:
    if isinstance(stream, io.TextIOBase):
        return False
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        return True
    return isinstance(getattr(stream, "mode", ""), str) and "b" in stream.mode


def expand(source: Any) -> Iterator[tuple[Any, bool]]:
    """Each input of ``source``, and whether it was found in a folder or by a glob."""
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        if os.path.isdir(name):
            with os.scandir(name) as entries:
                found = sorted(entry.path for entry in entries if not entry.name.startswith("."))
            yield from ((path, True) for path in found if os.path.isfile(path))
        elif not os.path.exists(name) and _GLOB.search(name):
            import glob  # noqa: PLC0415 (only for patterns)

            matches = sorted(glob.glob(name, recursive=True))
            files = [path for path in matches if os.path.isfile(path)]
            if not files:
                raise FileNotFoundError(2, "no file matches the pattern", name)
            yield from ((path, True) for path in files)
        else:
            yield name, False
    elif hasattr(source, "read"):
        yield source, False
    elif isinstance(source, Iterable):
        for item in source:
            yield from expand(item)
    else:
        raise TypeError(f"expected a path, an open file or a list of them, got {source!r}")


def _check_source_options(input_format: str, id_from: str) -> None:
    """Raise ``ValueError`` naming an unknown input format or id source."""
    if input_format not in ("auto", "crawl", "json", "jsonl"):
        raise ValueError(
            f"unknown input format {input_format!r} (expected auto, crawl, json or jsonl)"
        )
    if id_from not in ("record", "filename"):
        raise ValueError(f"unknown id source {id_from!r} (expected record or filename)")


def read_articles(
    source: Source | Iterable[Source],
    *,
    input_format: InputFormat = "auto",
    errors: ErrorPolicy = "raise",
    field_map: FieldMap | None = None,
    report: ReadReport | None = None,
    id_from: IdFrom = "record",
) -> Iterator[Article]:
    r"""Read articles from crawled text, JSON or JSON Lines: files, folders, globs or streams.

    A generator: articles are read and yielded one by one, so memory stays
    flat however large the input is. ``"-"`` is an ordinary file name here;
    pass ``sys.stdin`` (or ``sys.stdin.buffer``) to read standard input.

    A folder is read file by file, in name order (hidden files and
    subfolders left out); a pattern such as ``"crawl/*.txt"`` or
    ``"data/**/*.jsonl"`` is read the same way. A file met in a folder or a
    glob is read only when it is in one of the formats (a crawled page
    starts with its `` date YYYY-MM-DD`` header line; JSON starts with ``[``
    or ``{``); any other file (a ``README.md``) is listed in
    ``report.ignored`` with the reason. Every article keeps its ``source``
    (the file, or the stream's name) and ``line``.

    Files are decoded as UTF-8 line by line (a JSON array element by
    element): a byte that is not UTF-8 rejects the record or page it is in,
    named with its byte offset, and the rest is read.

    Args:
        source: A path (a file, a folder or a glob pattern), an open text or
            binary stream (named by its ``name`` attribute in errors, else
            ``"<stdin>"``), or a list of them, read in order.
        input_format: ``"crawl"``, ``"json"`` (a top-level array, streamed),
            ``"jsonl"``, or ``"auto"`` to decide from the first 4 KB of each
            file (see :func:`detect_format`).
        errors: ``"raise"`` raises the first :class:`ArticleParseError`;
            ``"skip"`` and ``"collect"`` go on reading and record each error
            in ``report``.
        field_map: Which record keys feed which article field (JSON only).
        report: Filled in while reading: articles read, skipped, and why.
        id_from: ``"record"`` (the default): the id the record gives, else
            one derived from the content. ``"filename"``: the file name
            without its extension (``crawl/crawl-007.txt`` gives
            ``crawl-007``), for a folder of one page per file; a second and
            later article in the same file get ``#2``, ``#3`` ... after it.

    Yields:
        Each article in input order.

    Raises:
        ArticleParseError: With ``errors="raise"``, for the first record or
            page that cannot be read (invalid JSON, not an object, no body,
            a bad date, bytes that are not UTF-8).
        OSError: For a file that cannot be opened (``FileNotFoundError``
            for a glob pattern that matches no file).
        ValueError: For an unknown ``input_format``, ``errors`` policy or
            ``id_from``, or ``id_from="filename"`` on a stream without a name.

    >>> import io
    >>> stream = io.StringIO('{"id": "a1", "published": "2021-09-15", "text": "Talks."}\n')
    >>> [(a.id, a.published, a.source, a.line) for a in read_articles(stream)]
    [('a1', datetime.date(2021, 9, 15), '<stdin>', 1)]
    >>> bad = io.StringIO('{"id": "a1", "text": "Talks."}\n[1]\n')
    >>> report = ReadReport()
    >>> [a.id for a in read_articles(bad, errors="skip", report=report)], report.summary()
    (['a1'], 'read 1 article, skipped 1 (line 2: expected a JSON object)')

    A folder of crawled pages, ids from the file names:

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = pathlib.Path(folder, "page-1.txt").write_text(" date 2024-05-02\n\nTalks.\n")
    ...     _ = pathlib.Path(folder, "README.md").write_text("# Pages\n")
    ...     report = ReadReport()
    ...     [a.id for a in read_articles(folder, id_from="filename", report=report)]
    ['page-1']
    >>> [pathlib.Path(name).name for name, _ in report.ignored]
    ['README.md']

    .. versionadded:: 0.1.0
    """
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"unknown error policy {errors!r} (expected raise, skip or collect)")
    _check_source_options(input_format, id_from)
    fields = field_map if field_map is not None else FieldMap()
    tally = report if report is not None else ReadReport()
    for item, found in expand(source):
        if isinstance(item, str):
            start = tally.bytes_read
            with (
                open(item, "rb", buffering=0) as raw,
                io.BufferedReader(_Counter(raw, tally)) as buffered,
                _text(buffered) as stream,
            ):
                items = _items(stream, item, input_format, fields, found=found, report=tally)
                yield from _apply_policy(items, errors, tally, _ids(id_from, item))
                tally.bytes_read = start + os.fstat(raw.fileno()).st_size
        elif _is_binary(item):
            name = _stream_name(item)
            with _text(item) as stream:
                items = _items(stream, name, input_format, fields, found=False, report=tally)
                yield from _apply_policy(items, errors, tally, _ids(id_from, name))
        else:
            name = _stream_name(item)
            items = _items(item, name, input_format, fields, found=False, report=tally)
            yield from _apply_policy(items, errors, tally, _ids(id_from, name))


def _stream_name(stream: Any) -> str:
    label = getattr(stream, "name", None)
    return label if isinstance(label, str) else "<stdin>"


class _Counter(io.RawIOBase):
    """A raw file that adds the bytes read to ``report.bytes_read``."""

    def __init__(self, raw: io.FileIO, report: ReadReport) -> None:
        super().__init__()
        self.raw = raw
        self.report = report

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        count = self.raw.readinto(buffer)
        if count:
            self.report.bytes_read += count
        return count


class _text:  # noqa: N801 (used as a function, in `with`)
    """A binary stream as UTF-8 text, undecodable bytes kept as U+DC80..U+DCFF; left open."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.stream = io.TextIOWrapper(
            raw,
            encoding="utf-8",
            errors="surrogateescape",
            newline="",
        )

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, *_: object) -> None:
        self.stream.detach()  # the caller closes the binary stream (or not: stdin)


def _ids(id_from: IdFrom, name: str) -> Iterator[str] | None:
    """The ids ``id_from="filename"`` gives the articles of file ``name``, in order."""
    if id_from == "record":
        return None
    if name.startswith("<") and name.endswith(">"):
        raise ValueError(f"id_from='filename' needs a file, and {name} has no file name")
    stem = Path(name).stem

    def ids() -> Iterator[str]:
        yield stem
        number = 2
        while True:
            yield f"{stem}#{number}"
            number += 1

    return ids()


def _apply_policy(
    items: Iterator[Article | Reject],
    errors: ErrorPolicy,
    report: ReadReport,
    ids: Iterator[str] | None,
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Article):
            report.read += 1
            yield item if ids is None else attrs.evolve(item, id=next(ids))
            continue
        error = item.error()
        if errors == "raise":
            raise error
        report.skipped += 1
        report.errors.append(error)
        report.rejects.append(item)


# Reading on worker processes: the inputs cut into pieces that a worker reads on its own.

#: Bytes of JSON Lines in one :class:`LineBlock` (whole lines: a longer line makes a longer block).
BLOCK_SIZE = 1 << 18
#: Articles (and rejects) in one :class:`ReadPiece`.
_PIECE_ITEMS = 64
#: Bytes that hold at least the first _HEAD_SIZE characters (at most 4 bytes each in UTF-8,
#: and a sequence cut by the end at most 3).
_HEAD_BYTES = 4 * _HEAD_SIZE + 4


@attrs.frozen
class LineBlock:
    r"""Whole lines of a JSON Lines input, as bytes, for a worker to decode and read.

    ``line`` is the number of its first line and ``offset`` the byte offset of
    its first byte in the input, so that a bad line is named as
    :func:`read_articles` names it.

    >>> from diplonews.readers import LineBlock, read_piece
    >>> block = LineBlock(source="in.jsonl", data=b'{"text": "Talks."}\n[1]\n', line=7, offset=90)
    >>> [(type(item).__name__, item.line) for item in read_piece(block)]
    [('Article', 7), ('Reject', 8)]

    .. versionadded:: 0.2.0
    """

    source: str
    data: bytes
    line: int = 1
    offset: int = 0


@attrs.frozen
class FilePiece:
    """A whole file, for a worker to read in ``input_format`` (its ids from ``id_from``).

    .. versionadded:: 0.2.0
    """

    path: str
    input_format: Literal["crawl", "json", "jsonl"]
    id_from: IdFrom = "record"


@attrs.frozen
class ReadPiece:
    """Articles and rejects already read (by :func:`split_input`), in input order.

    .. versionadded:: 0.2.0
    """

    items: tuple[Article | Reject, ...]


#: A piece of input for a worker process: see :func:`split_input`.
Piece = LineBlock | FilePiece | ReadPiece


def split_input(
    source: Source | Iterable[Source],
    *,
    input_format: InputFormat = "auto",
    field_map: FieldMap | None = None,
    report: ReadReport | None = None,
    id_from: IdFrom = "record",
    block_size: int = BLOCK_SIZE,
) -> Iterator[Piece]:
    r"""Cut the inputs into pieces that worker processes read on their own, in input order.

    The reading that :func:`read_articles` does, moved to the workers: this
    function does as little as it can. JSON Lines (files and binary streams)
    is cut into :class:`LineBlock` pieces of whole lines, as bytes; a file of
    less than ``block_size`` bytes becomes a :class:`FilePiece` (its name); any
    other input (a large JSON array or crawled file, a text stream, a crawled
    page on standard input, JSON Lines with ``id_from="filename"``) is read
    here, and passed on in :class:`ReadPiece` chunks. :func:`read_piece` reads
    a piece: the pieces, read in order, give the articles and rejects
    :func:`read_articles` reads, each with its source and position.

    Args:
        source: As for :func:`read_articles`.
        input_format: As for :func:`read_articles`.
        field_map: Which record keys feed which article field (for the
            records read here; give the same map to :func:`read_piece`).
        report: Filled in while cutting: the files ignored and the bytes read
            (the articles and rejects are counted by whoever reads the pieces).
        id_from: As for :func:`read_articles`.
        block_size: About how many bytes a :class:`LineBlock` holds.

    Yields:
        The pieces, in input order.

    Raises:
        OSError: For a file that cannot be opened.
        ValueError: As :func:`read_articles` raises it.

    >>> import io
    >>> from diplonews.readers import read_piece, split_input
    >>> stream = io.BytesIO(b'{"text": "Talks."}\n' * 5000)  # 19 bytes a line
    >>> pieces = list(split_input(stream, block_size=40_000))
    >>> [(type(piece).__name__, piece.line, len(piece.data)) for piece in pieces]
    [('LineBlock', 1, 40014), ('LineBlock', 2107, 40014), ('LineBlock', 4213, 14972)]
    >>> sum(1 for piece in pieces for article in read_piece(piece))
    5000

    .. versionadded:: 0.2.0
    """
    _check_source_options(input_format, id_from)
    fields = field_map if field_map is not None else FieldMap()
    tally = report if report is not None else ReadReport()
    options = _SplitOptions(input_format, fields, tally, id_from, block_size)
    for item, found in expand(source):
        if isinstance(item, str):
            with open(item, "rb") as raw:
                yield from _split(raw, item, options, found=found, file=True)
        elif _is_binary(item):
            yield from _split(item, _stream_name(item), options, found=False, file=False)
        else:
            name = _stream_name(item)
            items = _items(item, name, input_format, fields, found=False, report=tally)
            yield from _read_pieces(items, _ids(id_from, name))


@attrs.frozen
class _SplitOptions:
    """The options of :func:`split_input`, for each input."""

    input_format: InputFormat
    fields: FieldMap
    report: ReadReport
    id_from: IdFrom
    block_size: int


def _read_full(stream: IO[bytes], size: int) -> bytes:
    """``size`` bytes of ``stream``, fewer only at its end."""
    data = stream.read(size)
    while data and len(data) < size and (more := stream.read(size - len(data))):
        data += more
    return data


def _split(
    stream: IO[bytes], name: str, options: _SplitOptions, *, found: bool, file: bool
) -> Iterator[Piece]:
    """The pieces of one binary input: a file (``file``), or a stream."""
    report, size = options.report, max(options.block_size, _HEAD_BYTES)
    first = _read_full(stream, size)
    head = first[:_HEAD_BYTES].decode("utf-8", "surrogateescape")[:_HEAD_SIZE]
    bom = 3 if head.startswith("\ufeff") else 0
    head = head[1:] if bom else head
    input_format = options.input_format
    kind = detect_format(head) if input_format == "auto" else input_format
    if found and (why := _recognised(head, kind, input_format, name)) is not None:
        report.ignored.append((name, why))
        return
    if kind == "jsonl" and options.id_from == "record":
        counted = report if file else ReadReport()  # bytes_read counts files only
        yield from _line_blocks(first[bom:], stream, name, bom, counted, options.block_size)
    elif file and len(first) < size:  # the whole file is in `first`
        report.bytes_read += len(first)
        yield FilePiece(name, kind, options.id_from)
    else:
        with _text(io.BufferedReader(_Prefixed(first, stream))) as text:
            items = _items(text, name, kind, options.fields, found=False, report=report)
            yield from _read_pieces(items, _ids(options.id_from, name))
        if file:
            report.bytes_read += os.fstat(stream.fileno()).st_size


def _line_blocks(  # noqa: PLR0917 (one input and where it is)
    data: bytes, stream: IO[bytes], name: str, base: int, report: ReadReport, block_size: int
) -> Iterator[LineBlock]:
    """``data`` and the rest of ``stream`` in blocks of whole lines, each with its position.

    A block ends at the first line end after its first ``block_size`` bytes.
    """
    buffer = bytearray(data)
    report.bytes_read += base + len(data)
    line, offset, at_end = 1, base, False
    while True:
        cut = buffer.find(b"\n", max(block_size - 1, 0)) + 1
        if not cut and not at_end:
            more = _read_full(stream, block_size)
            buffer += more
            report.bytes_read += len(more)
            at_end = len(more) < block_size
            continue
        cut = cut or len(buffer)
        if not cut:
            return
        block = bytes(buffer[:cut])
        del buffer[:cut]
        yield LineBlock(name, block, line, offset)
        # Lines end at '\n', '\r\n' or '\r'; a block never ends between a '\r' and its '\n'.
        line += block.count(b"\n") + block.count(b"\r") - block.count(b"\r\n")
        offset += len(block)


def _read_pieces(
    items: Iterable[Article | Reject], ids: Iterator[str] | None
) -> Iterator[ReadPiece]:
    """Articles and rejects read here, in chunks (the ids of ``id_from="filename"`` applied)."""
    chunk: list[Article | Reject] = []
    for item in items:
        chunk.append(item if ids is None or not isinstance(item, Article) else _with_id(item, ids))
        if len(chunk) >= _PIECE_ITEMS:
            yield ReadPiece(tuple(chunk))
            chunk = []
    if chunk:
        yield ReadPiece(tuple(chunk))


def _with_id(article: Article, ids: Iterator[str]) -> Article:
    return attrs.evolve(article, id=next(ids))


class _Prefixed(io.RawIOBase):
    """Bytes already read from a stream, then the rest of the stream."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        super().__init__()
        self.prefix = memoryview(prefix)
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.prefix:
            count = min(len(buffer), len(self.prefix))
            buffer[:count] = self.prefix[:count]
            self.prefix = self.prefix[count:]
            return count
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_piece(piece: Piece, field_map: FieldMap | None = None) -> Iterator[Article | Reject]:
    """The articles and rejects of a piece of :func:`split_input`, in input order.

    Each article and reject keeps the source and position :func:`read_articles`
    gives it; no error policy is applied (a reject is yielded, never raised).

    Args:
        piece: A piece of :func:`split_input`.
        field_map: Which record keys feed which article field.

    Yields:
        Each article or reject of the piece.

    .. versionadded:: 0.2.0
    """
    fields = field_map if field_map is not None else FieldMap()
    if isinstance(piece, ReadPiece):
        yield from piece.items
    elif isinstance(piece, LineBlock):
        lines = _lines(piece.data.decode("utf-8", "surrogateescape"), io.StringIO())
        yield from _iter_jsonl(lines, fields, piece.source, piece.offset, piece.line)
    else:
        ids = _ids(piece.id_from, piece.path)
        with open(piece.path, "rb") as raw, _text(raw) as stream:
            report = ReadReport()
            items = _items(
                stream, piece.path, piece.input_format, fields, found=False, report=report
            )
            for item in items:
                yield item if ids is None or not isinstance(item, Article) else _with_id(item, ids)
