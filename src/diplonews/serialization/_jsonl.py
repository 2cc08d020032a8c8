"""JSON and JSON Lines: exact decimals, streamed records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from diplonews._files import PathOrText, json_text, open_input, open_output
from diplonews.errors import SerializationError
from diplonews.serialization._converter import T, make_converter, structure

__all__ = [
    "from_json",
    "read_jsonl",
    "to_json",
    "write_jsonl",
]


# Python converts int <-> str only up to sys.get_int_max_str_digits() digits (4,300 by
# default); whole numbers longer than this stay Decimals, which convert at any size.
_LONGEST_INT = 4000


def _parse_int(text: str) -> int | Decimal:
    """A JSON integer token as an int, or as a Decimal when an int could not hold it."""
    return int(text) if len(text.lstrip("-")) < _LONGEST_INT else Decimal(text)


def decimal_text(value: Decimal) -> str:
    """Plain notation with every digit kept: ``1.32E+7`` is ``13200000``, ``2.50`` is ``2.5``.

    ``format(value, "f")`` is exact at any size (``quantize``/``normalize`` round to
    the context's 28 digits).
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def to_json(record: Any, *, indent: int | None = None) -> str:
    r"""A record or value as JSON text (Decimals written exactly).

    Args:
        record: any diplonews record or value.
        indent: as for :func:`json.dumps`; ``None`` writes one line.

    >>> from diplonews.serialization import to_json
    >>> from diplonews import TradeRecord, Country, Period, PartialDate
    >>> r = TradeRecord(reporter=Country("AZE"), flow="export", value="1.6E6",
    ...                 currency="USD", period=Period.year(2020))
    >>> '"value": 1600000' in to_json(r)
    True
    >>> to_json(PartialDate(2021, 12))
    '"2021-12"'

    A lone surrogate in a string (a broken escape in the input) is written as
    its ``\uXXXX`` escape, so the text always encodes as UTF-8.
    """
    return json_text(dumps(make_converter().unstructure(record), indent=indent))


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text of unstructured data, Decimals written digit for digit.

    Whole Decimals become ints through the encoder's ``default`` hook (the only
    values json cannot write), so the structure is not walked in Python. The json
    module has no hook for writing a number token verbatim, so data holding a
    fractional Decimal, or a whole one too long for an int, is written by
    :func:`_encode` instead (same layout).

    >>> from decimal import Decimal
    >>> dumps({"value": Decimal("2.50"), "n": Decimal("1E+3")})
    '{"value": 2.5, "n": 1000}'
    >>> len(dumps(Decimal("9" * 5000)))
    5000
    """
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, default=_exact)
    except _NotAnIntError:
        return _encode(data, "" if indent is None else " " * indent, 0)


class _NotAnIntError(Exception):
    """A Decimal that json.dumps cannot write exactly as an int (a fraction, or too long)."""


def _exact(data: Any) -> Any:
    if isinstance(data, Decimal):
        if data == data.to_integral_value() and data.adjusted() < _LONGEST_INT:
            return int(data)  # Python ints are exact in JSON
        raise _NotAnIntError
    raise TypeError(f"Object of type {type(data).__name__} is not JSON serializable")


def _encode(data: Any, indent: str, level: int) -> str:
    """JSON text laid out as :func:`json.dumps` lays it out (``indent`` ``""``: one line)."""
    if isinstance(data, Decimal):
        if not data.is_finite():
            raise SerializationError(f"cannot write {data!r} as JSON")
        return decimal_text(data)
    if isinstance(data, dict | list | tuple) and data:
        if indent:
            inner = "\n" + indent * (level + 1)
            item_sep, close = "," + inner, "\n" + indent * level
        else:
            inner, item_sep, close = "", ", ", ""
        if isinstance(data, dict):
            items = (
                f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, level + 1)}"
                for k, v in data.items()
            )
            return "{" + inner + item_sep.join(items) + close + "}"
        items = (_encode(v, indent, level + 1) for v in data)
        return "[" + inner + item_sep.join(items) + close + "]"
    return json.dumps(data, ensure_ascii=False)


def loads(text: str | bytes) -> Any:
    try:
        return json.loads(text, parse_float=Decimal, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"not JSON: {exc}") from None
    except RecursionError:
        raise SerializationError("not JSON: nested too deeply") from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a ``cls`` record or value from JSON text; numbers are read as exact Decimals.

    Args:
        text: the JSON text.
        cls: the class to build.

    Raises:
        SerializationError: the text is not JSON, or does not fit ``cls``.

    >>> from diplonews.serialization import from_json
    >>> from diplonews import Money
    >>> from_json('{"amount": 0.1, "currency": "usd"}', Money)
    Money(amount=Decimal('0.1'), currency='USD')
    >>> from_json('{"amount": 1}', Money)
    Traceback (most recent call last):
      ...
    diplonews.errors.SerializationError: invalid Money: required field missing @ $.currency
    """
    return structure(loads(text), cls)


def write_jsonl(records: Iterable[Any], out: PathOrText) -> int:
    r"""Write one JSON object per line, as the records come (memory stays flat).

    A lone surrogate in a text (which UTF-8 cannot hold) is written as its
    ``\uXXXX`` escape, so the output is always valid UTF-8 and valid JSON.

    Args:
        records: records (or values) to write.
        out: a path (replaced only when all is written, through a temporary
            file beside it) or a text stream open for writing.

    Returns:
        The number of lines written.

    >>> from diplonews.serialization import write_jsonl
    >>> import io
    >>> from diplonews import Place
    >>> buffer = io.StringIO()
    >>> write_jsonl([Place(city="Baku"), Place(city="Ankara")], buffer)
    2
    >>> print(buffer.getvalue(), end="")
    {"city": "Baku", "country": null}
    {"city": "Ankara", "country": null}
    """
    count = 0
    with open_output(out) as stream:
        for record in records:
            stream.write(to_json(record))
            stream.write("\n")
            count += 1
    return count


def read_jsonl(source: PathOrText, cls: type[T]) -> Iterator[T]:
    r"""Read ``cls`` records from JSON Lines, lazily; blank lines are skipped.

    Args:
        source: a path, or a text stream of JSON Lines.
        cls: the record class every line holds.

    Raises:
        SerializationError: a line is not JSON or does not fit ``cls``; the
            message starts with its line number (``line 3: ...``).
        OSError: the file cannot be opened.

    >>> from diplonews.serialization import read_jsonl
    >>> import io
    >>> from diplonews import Place
    >>> list(read_jsonl(io.StringIO('{"city": "Baku"}\n\n{"country": "AZE"}\n'), Place))
    [Place(city='Baku', country=None), Place(city=None, country=Country(alpha_3='AZE'))]
    >>> list(read_jsonl(io.StringIO('{"city": "Baku"}\n{"city": [}\n'), Place))
    Traceback (most recent call last):
      ...
    diplonews.errors.SerializationError: line 2, column 11: not JSON: Expecting value
    """
    with open_input(source) as (stream, _name):
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line, parse_float=Decimal, parse_int=_parse_int)
            except json.JSONDecodeError as exc:
                raise SerializationError(
                    f"line {number}, column {exc.colno}: not JSON: {exc.msg}"
                ) from None
            except RecursionError:
                raise SerializationError(f"line {number}: not JSON: nested too deeply") from None
            try:
                record = structure(data, cls)
            except SerializationError as exc:
                raise SerializationError(f"line {number}: {exc}") from exc
            yield record
