"""Trade records of a text as plain rows, for the trade table tests.

A row is (reporter, partner, flow, value, currency, period start, period end,
target), so an expected list reads as the key would.

A trade table is a list of rows (class, id, headline, body, published, expected
records): ``table_params`` makes them parameters, ``assert_scored`` tests one and
``assert_table_shape`` the table; ``option_params`` makes parameters of some of its rows
with the records they give with an option (``fiscal_calendars=True``). Every row is a
short page (an optional headline, a body of a few sentences and a publication day)
written for diplonews with invented figures, in the style of the region's outlets and of
the wire agencies, and the trade records a reader of spec/EXTRACTION.md gives it. A row
passes when its records are the expected ones as the scorer pairs them: an export of A to
B is an import of B from A, a turnover or a balance is the same whichever state is named
first (a balance changing its sign); values are compared to the thousand. A row the
library still misses is a strict xfail, its id and the reason named in the table's
``LEFT``.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pytest

from diplonews.models import Article
from diplonews.trade._extract import extract_trade_records
from grid_cells import dashed_id, failure_table

Row = tuple[str, str | None, str, int, str, str, str, bool]


def trade_rows(
    body: str,
    published: dt.date | None,
    title: str | None = None,
    *,
    fiscal_calendars: bool = False,
) -> list[Row]:
    """The rows of the trade records ``extract_trade_records`` finds in ``body``."""
    article = Article(id="t", body=body, published=published, title=title)
    return [
        (
            str(r.reporter),
            None if r.partner is None else str(r.partner),
            r.flow.value,
            int(r.value),
            r.currency,
            r.period.start.isoformat(),
            r.period.end.isoformat(),
            r.target,
        )
        for r in extract_trade_records(article, fiscal_calendars=fiscal_calendars)
    ]


def scorer_key(row: Row) -> tuple[object, ...]:
    """The scorer's direction-free identity of a record, its value rounded to thousands."""
    reporter, partner, flow, value, currency, start, end, target = row
    if flow == "export":
        pair: tuple[object, ...] = ("dir", reporter, partner)
    elif flow == "import":
        pair = ("dir", partner, reporter)
    elif flow == "turnover":
        pair = ("sym", *sorted([reporter, partner or ""]))
    else:
        if reporter > (partner or ""):
            reporter, partner, value = partner or "", reporter, -value
        pair = ("bal", reporter, partner)
    return (pair, currency, start, end, target, round(value, -3))


def scored(rows: Iterable[Row]) -> collections.Counter[tuple[object, ...]]:
    """The rows as the scorer pairs them: a multiset of their ``scorer_key``."""
    return collections.Counter(scorer_key(r) for r in rows)


def assert_scored(
    title: str | None,
    body: str,
    published: dt.date | None,
    expected: list[Row],
    *,
    fiscal_calendars: bool = False,
) -> None:
    """The records of the page are the expected ones, as the scorer pairs them."""
    found = trade_rows(body, published, title, fiscal_calendars=fiscal_calendars)
    assert scored(found) == scored(expected)


# (class, id, headline, body, published, expected records)
TableRow = tuple[str, str, str | None, str, dt.date | None, list[Row]]  # an undated page: None


def table_params(table: Sequence[TableRow], left: Mapping[str, str]) -> list[object]:
    """The parameters (title, body, published, expected) of a table, id ``class:id``.

    A row whose id is in ``left`` is a strict xfail with its reason.
    """
    return [
        pytest.param(
            *row[2:],
            id=f"{row[0]}:{row[1]}",
            marks=[pytest.mark.xfail(reason=left[row[1]], strict=True)] if row[1] in left else [],
        )
        for row in table
    ]


def option_params(table: Sequence[TableRow], expected: Mapping[str, list[Row]]) -> list[object]:
    """The parameters of the rows of ``table`` that ``expected`` names, with its records.

    For the same pages read with an option that changes what they give (such as
    ``fiscal_calendars``: a fiscal year that states no months on the calendar of the
    story's state), id ``class:id``.
    """
    rows = {row[1]: row for row in table}
    assert set(expected) <= set(rows)
    return [
        pytest.param(*rows[name][2:5], records, id=f"{rows[name][0]}:{name}")
        for name, records in expected.items()
    ]


def assert_table_shape(table: Sequence[TableRow], left: Mapping[str, str]) -> None:
    """Every row names its class; no two rows share an id; each class has two rows or more."""
    ids = [row[1] for row in table]
    assert len(ids) == len(set(ids))
    counts = collections.Counter(row[0] for row in table)
    assert min(counts.values()) >= 2, counts
    assert set(left) <= set(ids)


def report_trade_grid(
    cells: Sequence[Any],
    choices: Mapping[str, Iterable[object]],
    build: Callable[[Any], tuple[str, list[Row]]],
    published: dt.date,
    filters: Sequence[str],
) -> None:
    """Print a trade grid's failing cells by choice value, then those ``filters`` name.

    Each filter is ``choice=value`` (``python tests/test_grid_x.py form=y``); with none, only
    the counts are printed. The grids' ``__main__`` report, run by hand, never by the suite.
    """

    def fails(cell: Any) -> bool:
        body, expected = build(cell)
        return scored(trade_rows(body, published)) != scored(expected)

    failed = {c: fails(c) for c in cells}
    for choice, value, bad, total in failure_table(cells, choices, failed):
        if bad:
            print(f"{choice:9} {value!s:20} {bad:4}/{total}")
    print(sum(failed.values()), "of", len(cells), "cells fail")
    if filters:
        for c in cells:
            if failed[c] and all(getattr(c, k) == v for k, v in (a.split("=") for a in filters)):
                body, _expected = build(c)
                print(dashed_id(c), "|", body, "|", trade_rows(body, published))
