"""Records as pandas DataFrames, one row per record, with typed columns.

pandas is an optional dependency: install ``diplonews[pandas]``. It is
imported when :func:`to_dataframe` is first called, never at import time.

Column types:

* dates (a meeting's or an agreement's :class:`~diplonews.values.PartialDate`)
  give three columns: ``date`` (``datetime64``, the first day it covers,
  ``NaT`` when unknown), ``date_precision`` (categorical ``year``, ``month``,
  ``day``) and ``date_period`` (a :class:`pandas.Period` at the record's own
  precision, frequency ``Y``, ``M`` or ``D``; object dtype, since one pandas
  column holds a single frequency);
* a trade record's period gives ``period_start`` and ``period_end``
  (``datetime64``, both inclusive) and ``period``, a :class:`pandas.Period`
  when the period is exactly a calendar year, quarter or month, else missing;
* ``value`` keeps its :class:`~decimal.Decimal` objects (object dtype): pandas
  has no exact decimal dtype, and converting to float would lose digits.
  Convert explicitly (``df.value.astype(float)``) when floats are good enough;
* country codes, currencies and enum fields (``kind``, ``status``, ``flow``)
  are categoricals; enum columns list every member as a category, even unseen;
* lists of countries, parties and participants' names are tuples (object dtype).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from diplonews.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    ArticleResult,
    Meeting,
    MeetingKind,
    MeetingStatus,
    TradeFlow,
    TradeRecord,
)
from diplonews.values import PartialDate, Period

if TYPE_CHECKING:
    import pandas

__all__ = ["RecordKind", "Records", "to_dataframe"]

#: Which records a DataFrame holds.
RecordKind = Literal["meetings", "agreements", "trade_records", "articles"]

#: What :func:`to_dataframe` accepts.
Records: TypeAlias = (
    Iterable[Meeting] | Iterable[Agreement] | Iterable[TradeRecord] | Iterable[ArticleResult]
)

_KIND_OF: dict[type, RecordKind] = {
    Meeting: "meetings",
    Agreement: "agreements",
    TradeRecord: "trade_records",
    ArticleResult: "articles",
}
_CLASS_OF: dict[str, type] = {kind: cls for cls, kind in _KIND_OF.items()}
_PERIOD_FREQ = {"year": "Y", "month": "M", "day": "D"}


def _pandas() -> Any:
    try:
        import pandas  # noqa: PLC0415 (optional dependency, imported on first use)
    except ImportError:
        raise ImportError(
            "to_dataframe() needs pandas, an optional dependency: "
            "install it with `pip install 'diplonews[pandas]'`"
        ) from None
    return pandas


def _code(value: object) -> str | None:
    return None if value is None else str(value)


def _datetimes(pd: Any, days: Sequence[dt.date | None]) -> Any:
    return pd.to_datetime(pd.Series(list(days), dtype=object))


def _date_columns(pd: Any, dates: Sequence[PartialDate | None]) -> dict[str, Any]:
    return {
        "date": _datetimes(pd, [d.first_day() if d else None for d in dates]),
        "date_precision": pd.Categorical(
            [d.precision if d else None for d in dates], categories=list(_PERIOD_FREQ)
        ),
        "date_period": pd.Series(
            [
                pd.Period(d.isoformat(), freq=_PERIOD_FREQ[d.precision]) if d else None
                for d in dates
            ],
            dtype=object,
        ),
    }


def _calendar_period(pd: Any, period: Period) -> Any:
    """A pandas Period when ``period`` is exactly a calendar year, quarter or month, else None."""
    for freq in ("M", "Q", "Y"):
        candidate = pd.Period(period.start, freq=freq)
        if candidate.start_time.date() == period.start and candidate.end_time.date() == period.end:
            return candidate
    return None


def _enum(pd: Any, values: Iterable[Any], members: type[Any]) -> Any:
    return pd.Categorical([v.value for v in values], categories=[m.value for m in members])


def _meetings(pd: Any, rows: Sequence[Meeting]) -> dict[str, Any]:
    return {
        "id": [m.id for m in rows],
        "article_id": [m.article_id for m in rows],
        "kind": _enum(pd, (m.kind for m in rows), MeetingKind),
        "status": _enum(pd, (m.status for m in rows), MeetingStatus),
        "countries": pd.Series([tuple(map(str, m.countries)) for m in rows], dtype=object),
        "organization": [m.organization for m in rows],
        **_date_columns(pd, [m.date for m in rows]),
        "location_city": [m.location.city if m.location else None for m in rows],
        "location_country": pd.Categorical(
            [_code(m.location.country) if m.location else None for m in rows]
        ),
        "participants": pd.Series(
            [tuple(p.name for p in m.participants) for m in rows], dtype=object
        ),
        "title": [m.title for m in rows],
        "rule": [m.rule for m in rows],
    }


def _agreements(pd: Any, rows: Sequence[Agreement]) -> dict[str, Any]:
    return {
        "id": [a.id for a in rows],
        "article_id": [a.article_id for a in rows],
        "kind": _enum(pd, (a.kind for a in rows), AgreementKind),
        "status": _enum(pd, (a.status for a in rows), AgreementStatus),
        "title": [a.title for a in rows],
        "parties": pd.Series([tuple(map(str, a.parties)) for a in rows], dtype=object),
        **_date_columns(pd, [a.date for a in rows]),
        "location_city": [a.location.city if a.location else None for a in rows],
        "location_country": pd.Categorical(
            [_code(a.location.country) if a.location else None for a in rows]
        ),
        "count": pd.Series([a.count for a in rows], dtype="int64"),
        "rule": [a.rule for a in rows],
    }


def _trade_records(pd: Any, rows: Sequence[TradeRecord]) -> dict[str, Any]:
    return {
        "id": [r.id for r in rows],
        "article_id": [r.article_id for r in rows],
        "reporter": pd.Categorical([r.reporter.alpha_3 for r in rows]),
        "partner": pd.Categorical([_code(r.partner) for r in rows]),
        "flow": _enum(pd, (r.flow for r in rows), TradeFlow),
        "value": pd.Series([r.value for r in rows], dtype=object),
        "currency": pd.Categorical([r.currency for r in rows]),
        "period_start": _datetimes(pd, [r.period.start for r in rows]),
        "period_end": _datetimes(pd, [r.period.end for r in rows]),
        "period": pd.Series([_calendar_period(pd, r.period) for r in rows], dtype=object),
        "target": pd.Series([r.target for r in rows], dtype=bool),
        "rule": [r.rule for r in rows],
    }


def _articles(pd: Any, rows: Sequence[ArticleResult]) -> dict[str, Any]:
    return {
        "id": [r.id for r in rows],
        "published": _datetimes(pd, [r.published for r in rows]),
        "author": [r.author for r in rows],
        "title": [r.title for r in rows],
        "url": [r.url for r in rows],
        "outlet": pd.Categorical([r.outlet for r in rows]),
        "n_meetings": pd.Series([len(r.meetings) for r in rows], dtype="int64"),
        "n_agreements": pd.Series([len(r.agreements) for r in rows], dtype="int64"),
        "n_trade_records": pd.Series([len(r.trade_records) for r in rows], dtype="int64"),
    }


_BUILDERS = {
    "meetings": _meetings,
    "agreements": _agreements,
    "trade_records": _trade_records,
    "articles": _articles,
}


def to_dataframe(
    records: Records,
    kind: RecordKind | None = None,
) -> pandas.DataFrame:
    """One row per record, with the typed columns described in the module docs.

    Args:
        records: meetings, agreements, trade records, or whole article
            documents (:class:`~diplonews.models.ArticleResult`).
        kind: which records to tabulate. ``None`` takes the type of the first
            record (documents give one row per article). Given documents and
            ``"meetings"``, ``"agreements"`` or ``"trade_records"``, their
            records of that kind are gathered from every document.

    Returns:
        A :class:`pandas.DataFrame`; empty, with no columns, when ``records``
        is empty and ``kind`` is ``None``.

    Raises:
        ImportError: pandas is not installed (install ``diplonews[pandas]``).
        TypeError: a record is not of the kind asked for.

    >>> from diplonews import Country, Period, TradeRecord
    >>> record = TradeRecord(reporter=Country("AZE"), partner=Country("PAK"), flow="turnover",
    ...                      value="13.2E6", currency="USD", period=Period.year(2020))
    >>> df = to_dataframe([record])
    >>> df.loc[0, "value"], str(df.loc[0, "period"]), df["flow"].dtype.name
    (Decimal('1.32E+7'), '2020', 'category')
    >>> to_dataframe([]).shape
    (0, 0)
    """
    pd = _pandas()
    items: list[Any] = list(records)
    if kind is None:
        if not items:
            empty: pandas.DataFrame = pd.DataFrame()
            return empty
        kind = _KIND_OF.get(type(items[0]))
        if kind is None:
            raise TypeError(f"expected diplonews records, got a {type(items[0]).__name__}")
    if kind not in _BUILDERS:
        raise ValueError(f"kind must be one of {sorted(_BUILDERS)}, got {kind!r}")
    if kind != "articles" and items and all(isinstance(i, ArticleResult) for i in items):
        items = [record for result in items for record in getattr(result, kind)]
    expected = _CLASS_OF[kind]
    for index, item in enumerate(items):
        if not isinstance(item, expected):
            raise TypeError(
                f"{kind} must be {expected.__name__} records, "
                f"got a {type(item).__name__} at index {index}"
            )
    builder: Any = _BUILDERS[kind]
    frame: pandas.DataFrame = pd.DataFrame(builder(pd, items))
    return frame
