"""One cattrs converter for every diplonews record, and the JSON shape of the per-article document.

Countries are alpha-3 strings, country groups their short name, partial dates
``"2024"``/``"2024-05"``/``"2024-05-17"``, periods ``{"start", "end"}``, days
ISO strings, and Decimal amounts JSON numbers written exactly (never through
a float).

Four formats share that shape:

* dicts (:func:`to_dict`, :func:`from_dict`), for callers that build their own output;
* JSON (:func:`to_json`, :func:`from_json`), one value or record;
* JSON Lines (:func:`write_jsonl`, :func:`read_jsonl`), one record per line, streamed;
* CSV (:func:`write_csv`, :func:`write_csv_table`, :func:`read_csv`), one flat table
  per record type.

Every reader and writer takes a path or an open text stream. A path written
to is replaced only when everything was written (through a temporary file
beside it).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import json
import os
import typing
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.v import format_exception as _cattrs_format_exception

from diplonews._files import (
    PathOrText,
    csv_text,
    escape_formula,
    json_text,
    open_input,
    open_output,
    unescape_formula,
)
from diplonews.errors import ParseError, SerializationError, UnknownCountryError, ValidationError
from diplonews.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    ArticleResult,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Party,
    TradeFlow,
    TradeRecord,
)
from diplonews.values import Country, CountryGroup, PartialDate, Period, _to_decimal

__all__ = [
    "CSV_TABLES",
    "configure_converter",
    "csv_columns",
    "from_dict",
    "from_json",
    "make_converter",
    "read_csv",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_csv",
    "write_csv_table",
    "write_jsonl",
]

T = TypeVar("T")


def _structure_country(value: Any, _type: Any) -> Country:
    if isinstance(value, Country):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an alpha-3 country code, got {value!r}")
    return Country(value)


def _structure_group(value: Any, _type: Any) -> CountryGroup:
    if isinstance(value, CountryGroup):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a country group name, got {value!r}")
    return CountryGroup(value)


def _structure_party(value: Any, _type: Any) -> Party:
    if isinstance(value, Country | CountryGroup):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a country code or a group name, got {value!r}")
    # A group short name never collides with an ISO alpha-3 code in our tables.
    # Only codes are tried (never names or aliases): JSON holds codes.
    if len(value) == 3:
        try:
            return Country(value)
        except UnknownCountryError:
            pass
    return CountryGroup(value)


def _structure_partial_date(value: Any, _type: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return PartialDate.from_iso(value)


def _structure_date(value: Any, _type: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _structure_period(value: Any, _type: Any) -> Period:
    if isinstance(value, Period):
        return value
    if not isinstance(value, dict):
        raise ValueError(f"expected an object with 'start' and 'end', got {value!r}")
    return Period(_structure_date(value["start"], dt.date), _structure_date(value["end"], dt.date))


def _structure_decimal(value: Any, _type: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    return _to_decimal(value)


_ENUMS = (AgreementKind, AgreementStatus, MeetingKind, MeetingStatus, TradeFlow)


def _enum_value(member: Any) -> str:
    return str(member.value)


def configure_converter(conv: cattrs.Converter) -> None:
    """Register the hooks that give every value type its JSON shape.

    Args:
        conv: the converter to configure (see :func:`make_converter`).
    """
    conv.register_unstructure_hook(Country, lambda c: c.alpha_3)
    conv.register_structure_hook(Country, _structure_country)
    conv.register_unstructure_hook(CountryGroup, lambda g: g.code)
    conv.register_structure_hook(CountryGroup, _structure_group)
    conv.register_unstructure_hook(Party, str)
    conv.register_structure_hook(Party, _structure_party)
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(
        Period, lambda p: {"start": p.start.isoformat(), "end": p.end.isoformat()}
    )
    conv.register_structure_hook(Period, _structure_period)
    # Enums are their values, so dicts hold plain strings.
    for kind in _ENUMS:
        conv.register_unstructure_hook(kind, _enum_value)
    # Decimals stay Decimals in dicts; the JSON writer prints them exactly.
    conv.register_unstructure_hook(Decimal, lambda d: d)
    conv.register_structure_hook(Decimal, _structure_decimal)


@functools.cache
def make_converter() -> cattrs.Converter:
    """The converter diplonews uses everywhere (built once; never cattrs' global one).

    >>> from diplonews.serialization import make_converter
    >>> from diplonews import Country
    >>> make_converter().unstructure(Country("AZE"))
    'AZE'
    """
    conv = make_json_converter(forbid_extra_keys=False, omit_if_default=False)
    configure_converter(conv)
    return conv


def _format_exception(exc: BaseException, type_: type[Any] | None) -> str:
    """One failure, in words: our own messages where we have them, cattrs' otherwise."""
    if isinstance(exc, ParseError):
        return f"{exc.message}: {exc.text!r}"
    if isinstance(exc, UnknownCountryError):
        return f"unknown country: {exc.name!r}"
    if isinstance(exc, ValidationError):
        return exc.message  # the path says where
    if isinstance(exc, ValueError) and not isinstance(exc, KeyError) and str(exc):
        return str(exc)
    return _cattrs_format_exception(exc, type_)


def _describe(exc: BaseException, cls: Any) -> str:
    name = getattr(cls, "__name__", repr(cls))
    if isinstance(exc, cattrs.BaseValidationError):
        lines = cattrs.transform_error(exc, path="$", format_exception=_format_exception)
    else:
        lines = [f"{_format_exception(exc, None)} @ $"]
    return f"invalid {name}: " + "; ".join(lines)


def _structure(data: Any, cls: type[T]) -> T:
    try:
        return make_converter().structure(data, cls)
    except Exception as exc:
        raise SerializationError(_describe(exc, cls)) from exc


def to_dict(record: Any, *, json_safe: bool = False) -> dict[str, Any]:
    """A record as a plain dict in its JSON shape.

    Args:
        record: any diplonews record or value that is a JSON object (not a
            country or a partial date, which are strings: see :func:`to_json`).
        json_safe: ``False`` keeps amounts as exact :class:`~decimal.Decimal`
            values (what :func:`from_dict` reads back exactly). ``True`` gives a
            dict :func:`json.dumps` (or a web framework) can write as it is:
            whole amounts become ``int``, others ``float``, the same values
            ``json.loads(to_json(record))`` gives. Use :func:`to_json` for text
            with every digit kept.

    Raises:
        SerializationError: ``record`` is not an attrs record.

    >>> from diplonews.serialization import to_dict
    >>> import json
    >>> from diplonews import Meeting, Money
    >>> to_dict(Meeting(article_id="a", kind="call", status="held"))["kind"]
    'call'
    >>> to_dict(Money("2.5E6", "USD"))
    {'amount': Decimal('2.5E+6'), 'currency': 'USD'}
    >>> json.dumps(to_dict(Money("2.5E6", "USD"), json_safe=True))
    '{"amount": 2500000, "currency": "USD"}'

    .. versionchanged:: 0.2.0
       ``json_safe``.
    """
    result = make_converter().unstructure(record)
    if not isinstance(result, dict):
        raise SerializationError(f"expected an attrs record, got {type(record).__name__}")
    return _json_safe(result) if json_safe else result


def _json_safe(data: Any) -> Any:
    """``data`` with Decimals as ints (whole) or floats (the rest)."""
    if isinstance(data, dict):
        return {k: _json_safe(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_json_safe(v) for v in data]
    if isinstance(data, Decimal):
        return int(data) if data == data.to_integral_value() else float(data)
    return data


def from_dict(data: dict[str, Any], cls: type[T]) -> T:
    """Build a ``cls`` record from its dict form.

    Args:
        data: the dict, in the shape :func:`to_dict` gives.
        cls: the record class to build.

    Raises:
        SerializationError: the data does not fit ``cls``; the message lists each path.

    >>> from diplonews.serialization import from_dict
    >>> from diplonews import Place
    >>> from_dict({"city": "Baku", "country": "AZE"}, Place)
    Place(city='Baku', country=Country(alpha_3='AZE'))
    >>> from_dict({"city": "Baku", "country": "ZZZ"}, Place)
    Traceback (most recent call last):
      ...
    diplonews.errors.SerializationError: invalid Place: unknown country: 'ZZZ' @ $.country
    """
    return _structure(data, cls)


def _decimal_text(value: Decimal) -> str:
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
    return json_text(_dumps(make_converter().unstructure(record), indent=indent))


def _dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text of unstructured data, Decimals written digit for digit.

    Whole Decimals become ints through the encoder's ``default`` hook (the only
    values json cannot write), so the structure is not walked in Python. The json
    module has no hook for writing a number token verbatim, so data holding a
    fractional Decimal is written by :func:`_encode` instead (same layout).
    """
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, default=_exact)
    except _FractionalDecimalError:
        return _encode(data, "" if indent is None else " " * indent, 0)


class _FractionalDecimalError(Exception):
    """A Decimal with a fraction: json.dumps cannot write it exactly."""


def _exact(data: Any) -> Any:
    if isinstance(data, Decimal):
        if data == data.to_integral_value():
            return int(data)  # Python ints are exact in JSON
        raise _FractionalDecimalError
    raise TypeError(f"Object of type {type(data).__name__} is not JSON serializable")


def _encode(data: Any, indent: str, level: int) -> str:
    """JSON text laid out as :func:`json.dumps` lays it out (``indent`` ``""``: one line)."""
    if isinstance(data, Decimal):
        if not data.is_finite():
            raise SerializationError(f"cannot write {data!r} as JSON")
        return _decimal_text(data)
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


def _loads(text: str | bytes) -> Any:
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"not JSON: {exc}") from None


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
    return _structure(_loads(text), cls)


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
                data = json.loads(line, parse_float=Decimal)
            except json.JSONDecodeError as exc:
                raise SerializationError(
                    f"line {number}, column {exc.colno}: not JSON: {exc.msg}"
                ) from None
            except RecursionError:
                raise SerializationError(f"line {number}: not JSON: nested too deeply") from None
            except ValueError as exc:  # an integer over Python's digit limit
                reason = str(exc).split(":", 1)[0]
                raise SerializationError(f"line {number}: not JSON: {reason}") from None
            try:
                record = _structure(data, cls)
            except SerializationError as exc:
                raise SerializationError(f"line {number}: {exc}") from exc
            yield record


# ---------------------------------------------------------------------------
# CSV: one flat table per record type.

#: Table name -> record class, in the order :func:`write_csv` writes them.
CSV_TABLES: dict[str, type[Any]] = {
    "articles": ArticleResult,
    "meetings": Meeting,
    "agreements": Agreement,
    "trade_records": TradeRecord,
}

_LIST_FIELDS = frozenset({"countries", "parties"})  # joined with ";"
_JSON_FIELDS = frozenset({"participants"})  # one JSON cell
_NESTED_TABLES = ("meetings", "agreements", "trade_records")  # counted in articles.csv
_PROVENANCE = ("source", "line")  # the last columns of articles.csv


def _field_columns(name: str) -> tuple[str, ...]:
    if name == "location":
        return ("location_city", "location_country")
    if name == "period":
        return ("period_start", "period_end")
    if name == "evidence":
        return ("evidence_start", "evidence_end", "evidence_text", "evidence")
    return (name,)


def csv_columns(cls: type[Any]) -> tuple[str, ...]:
    """The CSV columns of a record class, in :func:`attrs.fields` order.

    Args:
        cls: :class:`~diplonews.models.ArticleResult` (the ``articles`` table),
            :class:`~diplonews.models.Meeting`, :class:`~diplonews.models.Agreement`
            or :class:`~diplonews.models.TradeRecord`.

    >>> from diplonews import TradeRecord
    >>> from diplonews.serialization import csv_columns
    >>> csv_columns(TradeRecord)[:6]
    ('id', 'article_id', 'reporter', 'partner', 'flow', 'value')
    """
    if cls is ArticleResult:
        counts = (f"n_{table}" for table in _NESTED_TABLES)
        return (
            "article_id",
            "published",
            "author",
            "title",
            "url",
            "outlet",
            *counts,
            *_PROVENANCE,
        )
    columns: list[str] = []
    for field in attrs.fields(cls):
        columns.extend(_field_columns(field.name))
    return tuple(columns)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return _decimal_text(value)
    return str(value)


def _json_cell(value: Any) -> str:
    return _dumps(value)


def _flatten(data: dict[str, Any]) -> dict[str, str]:
    """The CSV row of a record in its dict shape."""
    row: dict[str, str] = {}
    for name, value in data.items():
        if name in _LIST_FIELDS:
            row[name] = ";".join(value)
        elif name in _JSON_FIELDS:
            row[name] = _json_cell(value)
        elif name == "location":
            row["location_city"] = _cell(value and value["city"])
            row["location_country"] = _cell(value and value["country"])
        elif name == "period":
            row["period_start"] = value["start"]
            row["period_end"] = value["end"]
        elif name == "evidence":
            first = value[0] if value else {}
            row["evidence_start"] = _cell(first.get("start"))
            row["evidence_end"] = _cell(first.get("end"))
            row["evidence_text"] = _cell(first.get("text"))
            row["evidence"] = _json_cell(value)
        else:
            row[name] = _cell(value)
    return row


def _cells(row: dict[str, str], *, escape_formulas: bool) -> dict[str, str]:
    """A row as written: no lone surrogates, and (unless turned off) no formulas."""
    if escape_formulas:
        return {name: escape_formula(csv_text(cell)) for name, cell in row.items()}
    return {name: csv_text(cell) for name, cell in row.items()}


def _rows(results: Iterable[ArticleResult]) -> Iterator[tuple[str, dict[str, str]]]:
    """Every CSV row of every result, with its table name (an article after its records)."""
    for result in results:
        data = to_dict(result)
        article = {key: _cell(data[key]) for key in ("published", "author", "title")}
        article.update(article_id=result.id, url=_cell(result.url))
        article["outlet"] = _cell(result.outlet)
        for table in _NESTED_TABLES:
            article[f"n_{table}"] = str(len(data[table]))
            for record in data[table]:
                row = _flatten(record)
                row["article_id"] = row["article_id"] or result.id
                yield table, row
        article["source"] = _cell(result.source)
        article["line"] = _cell(result.line)
        yield "articles", article


def write_csv(
    results: Iterable[ArticleResult],
    directory: str | os.PathLike[str],
    *,
    escape_formulas: bool = True,
) -> dict[str, Path]:
    """Write one CSV table per record type into ``directory`` (created if missing).

    Every table has a header row; cells are flat text. Countries and parties are
    alpha-3 codes (or group names) joined with ``;``; dates are ISO 8601;
    numbers are written exactly; booleans are ``true``/``false``; null is an
    empty cell. ``evidence_start``, ``evidence_end`` and ``evidence_text``
    describe the first evidence span, and ``evidence`` holds all spans as a
    JSON list. ``article_id`` names the article on every row. The columns, in
    :func:`attrs.fields` order:

    ``articles.csv``
        article_id, published, author, title, url, outlet, n_meetings,
        n_agreements, n_trade_records, source, line (the file and line the
        article was read from)
    ``meetings.csv``
        id, article_id, kind, status, countries, organization, date,
        location_city, location_country, participants (a JSON list of
        ``{"name", "role", "country"}``), title, evidence_start, evidence_end,
        evidence_text, evidence, rule
    ``agreements.csv``
        id, article_id, kind, title, parties, status, date, location_city,
        location_country, count, evidence_start, evidence_end, evidence_text,
        evidence, rule
    ``trade_records.csv``
        id, article_id, reporter, partner, flow, value, currency, period_start,
        period_end, target, evidence_start, evidence_end, evidence_text,
        evidence, rule

    A text cell a spreadsheet would run as a formula (one starting with
    ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, numbers apart) is
    written with a ``'`` in front, which :func:`read_csv` takes off again;
    ``escape_formulas=False`` writes cells as they are, for trusted pipelines.
    The tables are written to temporary files and renamed into place when all
    is written.

    Args:
        results: the per-article results, streamed (memory stays flat).
        directory: where to write the tables.
        escape_formulas: neutralise cells that a spreadsheet would run.

    Returns:
        The path of each table, by table name (``"articles"``, ``"meetings"``,
        ``"agreements"``, ``"trade_records"``).

    >>> from diplonews import ArticleResult
    >>> from diplonews.serialization import write_csv
    >>> import tempfile
    >>> from pathlib import Path
    >>> from diplonews import Meeting
    >>> meeting = Meeting(article_id="a1", kind="call", status="held")
    >>> result = ArticleResult(id="a1", meetings=[meeting])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = write_csv([result], Path(tmp))
    ...     print(paths["meetings"].read_text(encoding="utf-8").splitlines()[1])
    a1/meeting-...,a1,call,held,,,,,,[],,,,,[],
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {table: folder / f"{table}.csv" for table in CSV_TABLES}
    with contextlib.ExitStack() as stack:
        writers = {
            table: csv.DictWriter(
                stack.enter_context(open_output(paths[table])), fieldnames=csv_columns(cls)
            )
            for table, cls in CSV_TABLES.items()
        }
        for writer in writers.values():
            writer.writeheader()
        for table, row in _rows(results):
            writers[table].writerow(_cells(row, escape_formulas=escape_formulas))
    return paths


def write_csv_table(
    results: Iterable[ArticleResult],
    out: PathOrText,
    table: str,
    *,
    escape_formulas: bool = True,
) -> int:
    """Write one of the tables of :func:`write_csv` to one file or stream.

    Args:
        results: the per-article results, streamed.
        out: a path (replaced only when all is written) or a text stream
            opened with ``newline=""``.
        table: ``"articles"``, ``"meetings"``, ``"agreements"`` or ``"trade_records"``.
        escape_formulas: as for :func:`write_csv`.

    Returns:
        The number of data rows written.

    Raises:
        ValueError: an unknown table name.

    >>> from diplonews import ArticleResult
    >>> from diplonews.serialization import write_csv_table
    >>> import io
    >>> from diplonews import Meeting
    >>> result = ArticleResult(id="a1", title="=1+2")
    >>> buffer = io.StringIO()
    >>> write_csv_table([result], buffer, "articles")
    1
    >>> buffer.getvalue().splitlines()[1]
    "a1,,,'=1+2,,,0,0,0,,"
    """
    if table not in CSV_TABLES:
        raise ValueError(f"unknown table {table!r} (expected {', '.join(CSV_TABLES)})")
    count = 0
    with open_output(out) as stream:
        writer = csv.DictWriter(stream, fieldnames=csv_columns(CSV_TABLES[table]))
        writer.writeheader()
        for name, row in _rows(results):
            if name == table:
                writer.writerow(_cells(row, escape_formulas=escape_formulas))
                count += 1
    return count


def _optional(tp: Any) -> bool:
    return type(None) in typing.get_args(tp)


_FIELD_TYPES: dict[type[Any], dict[str, Any]] = {}


def _field_types(cls: type[Any]) -> dict[str, Any]:
    if cls not in _FIELD_TYPES:
        _FIELD_TYPES[cls] = typing.get_type_hints(cls)
    return _FIELD_TYPES[cls]


def _unflatten(row: dict[str, str], cls: type[Any]) -> dict[str, Any]:
    """The dict shape of a record from its CSV row (the inverse of :func:`_flatten`)."""
    data: dict[str, Any] = {}
    readers: dict[type[Any], Callable[[str], Any]] = {bool: lambda s: s == "true", int: int}
    for name, tp in _field_types(cls).items():
        if name in _LIST_FIELDS:
            data[name] = row[name].split(";") if row[name] else []
        elif name in _JSON_FIELDS or name == "evidence":
            data[name] = _loads(row[name] or "[]")
        elif name == "location":
            city, country = row["location_city"], row["location_country"]
            data[name] = (
                {"city": city or None, "country": country or None} if city or country else None
            )
        elif name == "period":
            data[name] = {"start": row["period_start"], "end": row["period_end"]}
        elif row[name] == "" and _optional(tp):
            data[name] = None
        elif tp in readers:
            data[name] = readers[tp](row[name])
        else:
            data[name] = row[name]
    return data


def read_csv(source: PathOrText, cls: type[T], *, escape_formulas: bool = True) -> Iterator[T]:
    r"""Read records back from a table :func:`write_csv` wrote, lazily.

    The round trip is lossless except that an empty text and null look alike
    in a cell (both read as null where the field allows it, as an empty
    location reads as null).

    Args:
        source: a path, or a text stream of the CSV table (open it with ``newline=""``).
        cls: :class:`~diplonews.models.Meeting`, :class:`~diplonews.models.Agreement`
            or :class:`~diplonews.models.TradeRecord`.
        escape_formulas: take off the ``'`` that :func:`write_csv` put in front
            of formula-like cells (set it as the table was written).

    Raises:
        SerializationError: the header is not the table's, or a row does not
            fit ``cls``; the message starts with the row's line number.
        OSError: the file cannot be opened.

    >>> from diplonews import TradeRecord
    >>> from diplonews.serialization import read_csv
    >>> import io
    >>> text = ("id,article_id,reporter,partner,flow,value,currency,period_start,period_end,"
    ...         "target,evidence_start,evidence_end,evidence_text,evidence,rule\n"
    ...         ",a1,AZE,EU,export,0.5,USD,2020-01-01,2020-12-31,false,,,,[],\n")
    >>> record, = read_csv(io.StringIO(text), TradeRecord)
    >>> record.partner, record.value, record.id
    (CountryGroup(code='EU'), Decimal('0.5'), 'a1/trade-...')
    """
    if cls not in (Meeting, Agreement, TradeRecord):
        raise SerializationError(
            f"read_csv reads meetings, agreements or trade records, not {cls!r}"
        )
    with open_input(source, newline="") as (stream, _name):
        reader = csv.DictReader(stream)
        expected = list(csv_columns(cls))
        if reader.fieldnames != expected:
            raise SerializationError(
                f"line 1: expected the columns {', '.join(expected)}; got {reader.fieldnames!r}"
            )
        for row in reader:
            if escape_formulas:
                row = {name: unescape_formula(cell) for name, cell in row.items()}  # noqa: PLW2901
            try:
                yield _structure(_unflatten(row, cls), cls)
            except (SerializationError, KeyError, ValueError) as exc:
                raise SerializationError(f"line {reader.line_num}: {exc}") from exc
