"""CSV: one flat table per record type, and back."""

from __future__ import annotations

import contextlib
import csv
import os
import typing
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from diplonews._files import (
    PathOrText,
    csv_text,
    escape_formula,
    open_input,
    open_output,
    unescape_formula,
)
from diplonews.errors import SerializationError
from diplonews.models import Agreement, ArticleResult, Meeting, TradeRecord
from diplonews.serialization._converter import T, structure, to_dict
from diplonews.serialization._jsonl import decimal_text, dumps, loads

__all__ = [
    "CSV_TABLES",
    "csv_columns",
    "read_csv",
    "write_csv",
    "write_csv_table",
]

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
        return decimal_text(value)
    return str(value)


def _json_cell(value: Any) -> str:
    return dumps(value)


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
            data[name] = loads(row[name] or "[]")
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
                yield structure(_unflatten(row, cls), cls)
            except (SerializationError, KeyError, ValueError) as exc:
                raise SerializationError(f"line {reader.line_num}: {exc}") from exc
