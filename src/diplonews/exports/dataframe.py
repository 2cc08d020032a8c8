"""Records as pandas DataFrames: one row per record, typed columns, every frame from one pass.

pandas is an optional dependency: install ``diplonews[pandas]``. It is
imported on first use, never at import time.

:func:`to_dataframes` reads extraction results once and returns every table
(:class:`Frames`); :func:`to_dataframe` builds one table from records or
results; :func:`filter_frame` keeps the rows that involve a country, are of a
kind, or lie within a period.

Every frame shares one join key, ``article_id``; record frames (and the
participants frame) also share ``record_id``. Columns:

``articles``
    article_id, published, author, title, url, outlet, n_meetings,
    n_agreements, n_trade_records
``meetings``
    record_id, article_id, published, kind, status, countries, organization,
    date, date_end, date_precision, date_period, location_city,
    location_country, participant_names, participant_roles,
    participant_countries, title, evidence_text, evidence_start,
    evidence_end, evidence, rule
``agreements``
    record_id, article_id, published, kind, status, title, parties, date,
    date_end, date_precision, date_period, location_city, location_country,
    count, evidence_text, evidence_start, evidence_end, evidence, rule
``trade_records``
    record_id, article_id, published, reporter, partner, flow, value,
    value_exact, currency, period_start, period_end, period, target,
    evidence_text, evidence_start, evidence_end, evidence, rule
``participants``
    record_id, article_id, published, position, name, role, country (one
    row per participant of a meeting, in the order of the meeting's
    ``participants``)

Column types:

* ``published`` is the article's publication date (``datetime64``; ``NaT``
  when unknown, or when the frame was built from bare records, which do not
  know their article's date);
* a meeting's or an agreement's :class:`~diplonews.values.PartialDate` gives
  ``date`` and ``date_end`` (``datetime64``, the first and last day it
  covers, ``NaT`` when unknown), ``date_precision`` (categorical ``year``,
  ``month``, ``day``) and ``date_period`` (a :class:`pandas.Period` at the
  record's own precision; object dtype, since one pandas column holds a
  single frequency);
* a trade record's period gives ``period_start`` and ``period_end``
  (``datetime64``, both inclusive) and ``period``, a :class:`pandas.Period`
  when the period is exactly a calendar year, quarter or month, else missing;
* ``value`` is a number (``float64``), ready for sums and plots;
  ``value_exact`` keeps the exact :class:`~decimal.Decimal` (object dtype) for
  when every digit matters;
* ``evidence_text``, ``evidence_start`` and ``evidence_end`` describe the
  first evidence span (offsets into the article body, nullable ``Int64``);
  ``evidence`` holds every :class:`~diplonews.values.Span` as a tuple;
* country codes, currencies and enum fields (``kind``, ``status``, ``flow``)
  are categoricals; enum columns list every member as a category, even unseen;
* lists (countries, parties, and the participants' names, roles and country
  codes, aligned position by position) are tuples (object dtype).

.. versionadded:: 0.1.0
.. versionchanged:: 0.2.0
   ``record_id`` (was ``id``) and ``article_id`` everywhere; ``published``,
   evidence and participants columns; ``value`` as ``float64`` with
   ``value_exact``; :func:`to_dataframes` and :func:`filter_frame`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs

from diplonews._files import csv_text
from diplonews.errors import UnknownCountryError, ValidationError
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
from diplonews.values import Country, CountryGroup, PartialDate, Period, Span

if TYPE_CHECKING:
    import pandas

__all__ = ["Frames", "RecordKind", "Records", "filter_frame", "to_dataframe", "to_dataframes"]

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


def _objects(pd: Any, values: Iterable[Any]) -> Any:
    return pd.Series(list(values), dtype=object)


def _date_columns(pd: Any, dates: Sequence[PartialDate | None]) -> dict[str, Any]:
    return {
        "date": _datetimes(pd, [d.first_day() if d else None for d in dates]),
        "date_end": _datetimes(pd, [d.last_day() if d else None for d in dates]),
        "date_precision": pd.Categorical(
            [d.precision if d else None for d in dates], categories=list(_PERIOD_FREQ)
        ),
        "date_period": _objects(
            pd,
            (
                pd.Period(d.isoformat(), freq=_PERIOD_FREQ[d.precision]) if d else None
                for d in dates
            ),
        ),
    }


def _calendar_period(pd: Any, period: Period) -> Any:
    """A pandas Period when ``period`` is exactly a calendar year, quarter or month, else None."""
    unit = period.calendar_unit
    if unit is None:
        return None
    return pd.Period(period.start, freq={"year": "Y", "quarter": "Q", "month": "M"}[unit])


def _enum(pd: Any, values: Iterable[Any], members: type[Any]) -> Any:
    return pd.Categorical([v.value for v in values], categories=[m.value for m in members])


def _head(pd: Any, rows: Sequence[Any], published: Sequence[dt.date | None]) -> dict[str, Any]:
    """The columns every record frame starts with."""
    return {
        "record_id": [r.id for r in rows],
        "article_id": [r.article_id for r in rows],
        "published": _datetimes(pd, published),
    }


def _evidence(pd: Any, spans: Sequence[tuple[Span, ...]]) -> dict[str, Any]:
    first = [s[0] if s else None for s in spans]
    return {
        "evidence_text": [s.text if s else None for s in first],
        "evidence_start": pd.array([s.start if s else None for s in first], dtype="Int64"),
        "evidence_end": pd.array([s.end if s else None for s in first], dtype="Int64"),
        "evidence": _objects(pd, spans),
    }


def _meetings(pd: Any, rows: Sequence[Meeting], published: Sequence[dt.date | None]) -> Any:
    return {
        **_head(pd, rows, published),
        "kind": _enum(pd, (m.kind for m in rows), MeetingKind),
        "status": _enum(pd, (m.status for m in rows), MeetingStatus),
        "countries": _objects(pd, (tuple(map(str, m.countries)) for m in rows)),
        "organization": [m.organization for m in rows],
        **_date_columns(pd, [m.date for m in rows]),
        "location_city": [m.location.city if m.location else None for m in rows],
        "location_country": pd.Categorical(
            [_code(m.location.country) if m.location else None for m in rows]
        ),
        "participant_names": _objects(pd, (tuple(p.name for p in m.participants) for m in rows)),
        "participant_roles": _objects(pd, (tuple(p.role for p in m.participants) for m in rows)),
        "participant_countries": _objects(
            pd, (tuple(_code(p.country) for p in m.participants) for m in rows)
        ),
        "title": [m.title for m in rows],
        **_evidence(pd, [m.evidence for m in rows]),
        "rule": [m.rule for m in rows],
    }


def _agreements(pd: Any, rows: Sequence[Agreement], published: Sequence[dt.date | None]) -> Any:
    return {
        **_head(pd, rows, published),
        "kind": _enum(pd, (a.kind for a in rows), AgreementKind),
        "status": _enum(pd, (a.status for a in rows), AgreementStatus),
        "title": [a.title for a in rows],
        "parties": _objects(pd, (tuple(map(str, a.parties)) for a in rows)),
        **_date_columns(pd, [a.date for a in rows]),
        "location_city": [a.location.city if a.location else None for a in rows],
        "location_country": pd.Categorical(
            [_code(a.location.country) if a.location else None for a in rows]
        ),
        "count": pd.Series([a.count for a in rows], dtype="int64"),
        **_evidence(pd, [a.evidence for a in rows]),
        "rule": [a.rule for a in rows],
    }


def _trade_records(
    pd: Any, rows: Sequence[TradeRecord], published: Sequence[dt.date | None]
) -> Any:
    return {
        **_head(pd, rows, published),
        "reporter": pd.Categorical([r.reporter.alpha_3 for r in rows]),
        "partner": pd.Categorical([_code(r.partner) for r in rows]),
        "flow": _enum(pd, (r.flow for r in rows), TradeFlow),
        "value": pd.Series([float(r.value) for r in rows], dtype="float64"),
        "value_exact": _objects(pd, (r.value for r in rows)),
        "currency": pd.Categorical([r.currency for r in rows]),
        "period_start": _datetimes(pd, [r.period.start for r in rows]),
        "period_end": _datetimes(pd, [r.period.end for r in rows]),
        "period": _objects(pd, (_calendar_period(pd, r.period) for r in rows)),
        "target": pd.Series([r.target for r in rows], dtype=bool),
        **_evidence(pd, [r.evidence for r in rows]),
        "rule": [r.rule for r in rows],
    }


def _articles(pd: Any, rows: Sequence[ArticleResult], _published: object = None) -> Any:
    return {
        "article_id": [r.id for r in rows],
        "published": _datetimes(pd, [r.published for r in rows]),
        "author": [r.author for r in rows],
        "title": [r.title for r in rows],
        "url": [r.url for r in rows],
        "outlet": pd.Categorical([r.outlet for r in rows]),
        "n_meetings": pd.Series([len(r.meetings) for r in rows], dtype="int64"),
        "n_agreements": pd.Series([len(r.agreements) for r in rows], dtype="int64"),
        "n_trade_records": pd.Series([len(r.trade_records) for r in rows], dtype="int64"),
    }


def _participants(
    pd: Any, rows: Sequence[Meeting], published: Sequence[dt.date | None]
) -> dict[str, Any]:
    flat = [
        (meeting, day, position, person)
        for meeting, day in zip(rows, published, strict=True)
        for position, person in enumerate(meeting.participants)
    ]
    return {
        "record_id": [m.id for m, _, _, _ in flat],
        "article_id": [m.article_id for m, _, _, _ in flat],
        "published": _datetimes(pd, [day for _, day, _, _ in flat]),
        "position": pd.Series([position for _, _, position, _ in flat], dtype="int64"),
        "name": [p.name for _, _, _, p in flat],
        "role": [p.role for _, _, _, p in flat],
        "country": pd.Categorical([_code(p.country) for _, _, _, p in flat]),
    }


_BUILDERS = {
    "meetings": _meetings,
    "agreements": _agreements,
    "trade_records": _trade_records,
    "articles": _articles,
}


@attrs.frozen(eq=False)
class Frames:
    """Every table of a set of results, built in one pass by :func:`to_dataframes`.

    Attributes:
        articles: one row per article.
        meetings: one row per meeting.
        agreements: one row per agreement.
        trade_records: one row per trade record.
        participants: one row per participant of a meeting.

    .. versionadded:: 0.2.0
    """

    articles: pandas.DataFrame
    meetings: pandas.DataFrame
    agreements: pandas.DataFrame
    trade_records: pandas.DataFrame
    participants: pandas.DataFrame

    def as_dict(self) -> dict[str, pandas.DataFrame]:
        """The frames by table name, in the order of the attributes."""
        return {field.name: getattr(self, field.name) for field in attrs.fields(Frames)}


def to_dataframes(results: Iterable[ArticleResult]) -> Frames:
    """Every table from extraction results, reading them once (a generator is fine).

    Args:
        results: article results, e.g. from :func:`~diplonews.extract.extract_all`.

    Returns:
        The five frames (see the module docs for their columns); each has its
        columns even when no record of its kind was found.

    Raises:
        ImportError: pandas is not installed (install ``diplonews[pandas]``).
        ValidationError: an item is not an :class:`~diplonews.models.ArticleResult`.

    >>> from diplonews.exports.dataframe import to_dataframes
    >>> from diplonews import extract_text
    >>> result = extract_text(
    ...     "Georgia and Moldova signed a memorandum on transport on Tuesday.",
    ...     published="2024-03-14", id="n1")
    >>> frames = to_dataframes([result])
    >>> frames.agreements[["article_id", "kind", "parties", "evidence_start"]]
      article_id        kind     parties  evidence_start
    0         n1  memorandum  (GEO, MDA)               0
    >>> frames.articles.loc[0, "n_agreements"], len(frames.meetings)
    (np.int64(1), 0)

    .. versionadded:: 0.2.0
    """
    pd = _pandas()
    articles: list[ArticleResult] = []
    records: dict[str, tuple[list[Any], list[dt.date | None]]] = {
        kind: ([], []) for kind in ("meetings", "agreements", "trade_records")
    }
    for index, result in enumerate(results):
        if not isinstance(result, ArticleResult):
            raise ValidationError(
                f"expected ArticleResult items, got a {type(result).__name__} at index {index}",
                value=result,
            )
        articles.append(result)
        for kind, (rows, published) in records.items():
            found = getattr(result, kind)
            rows.extend(found)
            published.extend([result.published] * len(found))
    meetings, meeting_days = records["meetings"]
    return Frames(
        articles=_frame(pd, _articles(pd, articles)),
        meetings=_frame(pd, _meetings(pd, meetings, meeting_days)),
        agreements=_frame(pd, _agreements(pd, *records["agreements"])),
        trade_records=_frame(pd, _trade_records(pd, *records["trade_records"])),
        participants=_frame(pd, _participants(pd, meetings, meeting_days)),
    )


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
            records of that kind are gathered from every document, with the
            document's publication date. To get several tables from the same
            documents, use :func:`to_dataframes` (one pass).

    Returns:
        A :class:`pandas.DataFrame`; empty, with no columns, when ``records``
        is empty and ``kind`` is ``None``.

    Raises:
        ImportError: pandas is not installed (install ``diplonews[pandas]``).
        ValidationError: a record is not of the kind asked for, or ``kind`` is unknown.

    >>> from diplonews.exports.dataframe import to_dataframe
    >>> from diplonews import Country, Period, TradeRecord
    >>> record = TradeRecord(reporter=Country("AZE"), partner=Country("PAK"), flow="turnover",
    ...                      value="13.2E6", currency="USD", period=Period.year(2020))
    >>> df = to_dataframe([record])
    >>> df.loc[0, "value"], df.loc[0, "value_exact"], str(df.loc[0, "period"])
    (np.float64(13200000.0), Decimal('1.32E+7'), '2020')
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
            raise ValidationError(
                f"expected diplonews records, got a {type(items[0]).__name__}", value=items[0]
            )
    if kind not in _BUILDERS:
        raise ValidationError(f"kind must be one of {sorted(_BUILDERS)}, got {kind!r}", value=kind)
    published: list[dt.date | None]
    if kind != "articles" and items and all(isinstance(i, ArticleResult) for i in items):
        pairs = [(record, result.published) for result in items for record in getattr(result, kind)]
        items = [record for record, _ in pairs]
        published = [day for _, day in pairs]
    else:
        published = [None] * len(items)
    expected = _CLASS_OF[kind]
    for index, item in enumerate(items):
        if not isinstance(item, expected):
            raise ValidationError(
                f"{kind} must be {expected.__name__} records, "
                f"got a {type(item).__name__} at index {index}",
                value=item,
            )
    builder: Any = _BUILDERS[kind]
    return _frame(pd, builder(pd, items, published))


def _frame(pd: Any, columns: dict[str, Any]) -> pandas.DataFrame:
    """A frame of ``columns``, lone surrogates in text replaced by U+FFFD.

    pandas may keep text in Arrow strings, which are UTF-8 and cannot hold a
    lone surrogate (a broken escape in the input): the CSV writers' rule applies.
    """
    for name, column in columns.items():
        if isinstance(column, list) and any(isinstance(v, str) for v in column):
            columns[name] = [csv_text(v) if isinstance(v, str) else v for v in column]
    frame: pandas.DataFrame = pd.DataFrame(columns)
    return frame


def _frame_code(value: Party | str) -> str:
    if isinstance(value, Country | CountryGroup):
        return str(value)
    if not isinstance(value, str):
        raise ValidationError(
            f"expected a Country, a CountryGroup or a code (got {type(value).__name__})",
            field="country",
            value=value,
        )
    try:
        return Country(value).alpha_3
    except UnknownCountryError:
        return CountryGroup(value).code


def _frame_period(value: Period | PartialDate | str) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, PartialDate):
        return value.to_period()
    if isinstance(value, str):
        try:
            return PartialDate.from_iso(value).to_period()
        except ValueError:
            pass
    raise ValidationError(
        f"expected a Period, a PartialDate or an ISO date text (got {value!r})",
        field="period",
        value=value,
    )


def filter_frame(
    frame: pandas.DataFrame,
    *,
    country: Party | str | None = None,
    kind: MeetingKind | AgreementKind | TradeFlow | str | None = None,
    period: Period | PartialDate | str | None = None,
) -> pandas.DataFrame:
    """The rows of a meetings, agreements or trade records frame that match every criterion.

    The criteria mean what they mean for :func:`~diplonews.models.filter_records`:
    ``country`` is among a meeting's ``countries`` or an agreement's
    ``parties``, or is a trade record's reporter or partner (a country as an
    alpha-3 or alpha-2 code, a group as its short name); ``kind`` is the
    ``kind`` (or a trade record's ``flow``); the record's whole date (or
    period) lies within ``period``, so undated rows are left out.

    Args:
        frame: a frame from :func:`to_dataframe` or :func:`to_dataframes`.
        country: the country or group the rows must involve.
        kind: the kind (or flow) the rows must have.
        period: a :class:`~diplonews.values.Period`, a partial date or an ISO text.

    Returns:
        The matching rows (a new frame; the index is kept).

    Raises:
        ValidationError: ``frame`` is not a record frame, or a criterion is malformed.

    >>> from diplonews.exports.dataframe import to_dataframes, filter_frame
    >>> from diplonews import extract_text
    >>> frames = to_dataframes([extract_text(
    ...     "Georgia and Moldova signed a memorandum on transport on Tuesday.",
    ...     published="2024-03-14")])
    >>> len(filter_frame(frames.agreements, country="GE", period="2024-03"))
    1
    >>> len(filter_frame(frames.agreements, kind="treaty"))
    0

    .. versionadded:: 0.2.0
    """
    pd = _pandas()
    columns = set(frame.columns)
    if "countries" in columns or "parties" in columns:
        sides = frame["countries" if "countries" in columns else "parties"]
        kinds, starts, ends = frame["kind"], frame["date"], frame["date_end"]
    elif "reporter" in columns:
        sides = None
        kinds, starts, ends = frame["flow"], frame["period_start"], frame["period_end"]
    else:
        raise ValidationError(
            "expected a meetings, agreements or trade records frame "
            f"(got columns {', '.join(map(str, frame.columns[:4]))}, ...)"
        )
    keep = pd.Series(True, index=frame.index)
    if country is not None:
        code = _frame_code(country)
        if sides is not None:
            keep &= sides.map(lambda codes: code in codes).astype(bool)
        else:
            reporter = frame["reporter"].astype(object) == code
            partner = frame["partner"].astype(object) == code
            keep &= (reporter | partner).fillna(False).astype(bool)
    if kind is not None:
        keep &= (kinds.astype(object) == str(kind)).fillna(False).astype(bool)
    if period is not None:
        span = _frame_period(period)
        first, last = pd.Timestamp(span.start), pd.Timestamp(span.end)
        keep &= ((starts >= first) & (ends <= last)).fillna(False).astype(bool)
    result: pandas.DataFrame = frame[keep]
    return result
