"""Trade records as CSV rows shaped like UN Comtrade's.

One row per :class:`~diplonews.models.TradeRecord`, with the columns of
:data:`COMTRADE_COLUMNS`. Comtrade's own keys keep their meaning; the choices
below are ours, made where Comtrade has no equivalent:

* **Countries** are ISO 3166-1 alpha-3 codes (``reporterISO``,
  ``partnerISO``), never Comtrade's numeric codes, which are its own (USA is
  842 there). The world (a record with no partner) is ``W00``, described as
  ``World``. A country group partner is its diplonews short name (``EU``),
  not a Comtrade area code.
* **Flows**: ``X`` for exports and ``M`` for imports, as in Comtrade.
  Comtrade has no flow for turnover or balance, and neither can be split
  back into exports and imports, so they are written with our own labels,
  ``TURNOVER`` and ``BALANCE`` (a deficit is a negative ``primaryValue``).
  Filter on ``flowCode`` in ``{"X", "M"}`` to keep only Comtrade's flows.
* **Periods**: a calendar year is ``freqCode`` ``A`` and ``period`` ``YYYY``;
  a calendar month ``M`` and ``YYYYMM``, as in Comtrade. A calendar quarter
  is ``freqCode`` ``Q`` and any other span (January-November, a fiscal year,
  several years) ``P``; both have ``period`` ``YYYY``, the year the span
  starts in. ``periodStart`` and ``periodEnd`` (ISO dates, inclusive) are
  always written, so nothing is lost.
* **Values**: ``primaryValue`` is the exact amount (plain decimal notation,
  never through a float) in the currency of the ``currency`` column.
  Comtrade values are US dollars; diplonews does not convert: filter on
  ``currency == "USD"`` for figures comparable with Comtrade's.
* **Targets**: ``isTarget`` is ``true`` for goals and forecasts, which
  Comtrade never holds.
* **Spreadsheets**: a text cell that a spreadsheet would run as a formula
  (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return;
  numbers such as a negative ``primaryValue`` apart) is written with a ``'``
  in front; ``escape_formulas=False`` (``--no-escape-formulas``) writes cells
  as they are.
* ``typeCode`` is ``C`` and ``cmdCode`` ``TOTAL`` (total trade in goods, the
  figures diplonews extracts); ``recordId`` and ``articleId`` tie each row to
  the diplonews record.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from diplonews._files import PathOrText, csv_text, escape_formula, open_output
from diplonews.models import ArticleResult, TradeFlow, TradeRecord
from diplonews.values import Country, Period

__all__ = [
    "COMTRADE_COLUMNS",
    "COMTRADE_FLOWS",
    "WORLD_ISO",
    "comtrade_rows",
    "period_fields",
    "write_comtrade_csv",
]

#: The CSV columns, in order.
COMTRADE_COLUMNS: tuple[str, ...] = (
    "typeCode",
    "freqCode",
    "period",
    "periodStart",
    "periodEnd",
    "reporterISO",
    "reporterDesc",
    "partnerISO",
    "partnerDesc",
    "cmdCode",
    "flowCode",
    "flowDesc",
    "primaryValue",
    "currency",
    "isTarget",
    "recordId",
    "articleId",
)

#: ``partnerISO`` for a record with the whole world (no partner).
WORLD_ISO = "W00"

#: diplonews flow -> (``flowCode``, ``flowDesc``).
COMTRADE_FLOWS: dict[TradeFlow, tuple[str, str]] = {
    TradeFlow.EXPORT: ("X", "Export"),
    TradeFlow.IMPORT: ("M", "Import"),
    TradeFlow.TURNOVER: ("TURNOVER", "Turnover (exports plus imports; not a Comtrade flow)"),
    TradeFlow.BALANCE: ("BALANCE", "Balance (exports minus imports; not a Comtrade flow)"),
}


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def period_fields(period: Period) -> tuple[str, str]:
    """``(freqCode, period)`` for a diplonews period.

    >>> from diplonews import Period
    >>> from diplonews.exports.comtrade import period_fields
    >>> period_fields(Period.year(2020)), period_fields(Period.month(2021, 3))
    (('A', '2020'), ('M', '202103'))
    >>> period_fields(Period.quarter(2021, 1)), period_fields(Period.months(2021, 1, 11))
    (('Q', '2021'), ('P', '2021'))
    """
    start, end = period.start, period.end
    whole_months = start.day == 1 and _month_end(end)
    if whole_months and start.year == end.year:
        if (start.month, end.month) == (1, 12):
            return "A", f"{start.year:04d}"
        if start.month == end.month:
            return "M", f"{start.year:04d}{start.month:02d}"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return "Q", f"{start.year:04d}"
    return "P", f"{start.year:04d}"


def _decimal_text(value: Decimal) -> str:
    """Plain notation, exact at any size: ``Decimal('1.32E+7')`` is ``13200000``.

    ``format(..., "f")`` applies the exponent without rounding (``quantize`` and
    ``normalize`` would round to the context's 28 digits).
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def comtrade_rows(record: TradeRecord) -> list[dict[str, str]]:
    """The Comtrade-shaped CSV rows for one trade record (one row; see the module docs).

    >>> from diplonews.exports.comtrade import comtrade_rows
    >>> from diplonews import Country, Period, TradeRecord
    >>> record = TradeRecord(reporter=Country("AZE"), partner=Country("PAK"), flow="export",
    ...                      value="13.2E6", currency="USD", period=Period.year(2020))
    >>> [row] = comtrade_rows(record)
    >>> row["reporterISO"], row["partnerISO"], row["flowCode"], row["period"], row["primaryValue"]
    ('AZE', 'PAK', 'X', '2020', '13200000')
    >>> world = TradeRecord(reporter=Country("AZE"), flow="balance", value=-5,
    ...                     currency="EUR", period=Period.quarter(2021, 2))
    >>> [row] = comtrade_rows(world)
    >>> row["partnerISO"], row["flowCode"], row["freqCode"], row["periodStart"], row["currency"]
    ('W00', 'BALANCE', 'Q', '2021-04-01', 'EUR')
    """
    freq, period = period_fields(record.period)
    flow_code, flow_desc = COMTRADE_FLOWS[record.flow]
    if record.partner is None:
        partner_iso, partner_desc = WORLD_ISO, "World"
    elif isinstance(record.partner, Country):
        partner_iso, partner_desc = record.partner.alpha_3, record.partner.name
    else:
        partner_iso = partner_desc = record.partner.code
    row = {
        "typeCode": "C",
        "freqCode": freq,
        "period": period,
        "periodStart": record.period.start.isoformat(),
        "periodEnd": record.period.end.isoformat(),
        "reporterISO": record.reporter.alpha_3,
        "reporterDesc": record.reporter.name,
        "partnerISO": partner_iso,
        "partnerDesc": partner_desc,
        "cmdCode": "TOTAL",
        "flowCode": flow_code,
        "flowDesc": flow_desc,
        "primaryValue": _decimal_text(record.value),
        "currency": record.currency,
        "isTarget": "true" if record.target else "false",
        "recordId": record.id,
        "articleId": record.article_id,
    }
    return [row]


def write_comtrade_csv(
    results: Iterable[ArticleResult], out: PathOrText, *, escape_formulas: bool = True
) -> int:
    """Write every trade record as a Comtrade-shaped CSV (a header row first).

    Args:
        results: extraction results, e.g. from :func:`diplonews.extract.extract_all`.
        out: a path (replaced only when all is written) or a text stream
            opened with ``newline=""`` (as :mod:`csv` asks).
        escape_formulas: put a ``'`` in front of text cells a spreadsheet
            would run as formulas (see the module notes).

    Returns:
        The number of data rows written (the header is not counted).

    >>> from diplonews.exports.comtrade import write_comtrade_csv
    >>> import io
    >>> buffer = io.StringIO()
    >>> write_comtrade_csv([], buffer)
    0
    >>> buffer.getvalue().splitlines()[0].split(",")[:3]
    ['typeCode', 'freqCode', 'period']
    """
    written = 0
    with open_output(out) as stream:
        writer = csv.DictWriter(stream, fieldnames=COMTRADE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for result in results:
            for record in result.trade_records:
                rows = comtrade_rows(record)
                for row in rows:
                    cells = {name: csv_text(cell) for name, cell in row.items()}
                    if escape_formulas:
                        cells = {name: escape_formula(cell) for name, cell in cells.items()}
                    writer.writerow(cells)
                written += len(rows)
    return written
