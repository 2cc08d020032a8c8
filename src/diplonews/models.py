"""The records diplonews produces: articles in; meetings, agreements and trade figures out.

Every record is a frozen attrs class with exactly the fields of the
per-article document (see the output formats in the docs) plus ``evidence``
(the text spans behind it), ``rule`` (the name of the extraction rule that
produced it) and stable identifiers:

* an :class:`Article` without an id gets one derived from its content;
* every record gets an id derived from its article's id and its key fields,
  so the same input gives the same ids on any machine and on every run.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import inspect
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from diplonews.errors import UnknownCountryError, ValidationError
from diplonews.values import (
    Country,
    CountryGroup,
    Money,
    PartialDate,
    Participant,
    Period,
    Place,
    Span,
    to_country,
    to_day,
    to_decimal,
    to_partial_date,
    type_phrase,
    upper_currency,
    validate_currency,
)

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "ArticleResult",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Party",
    "Record",
    "TradeFlow",
    "TradeRecord",
    "filter_records",
]

#: A side of an agreement or a trade partner: a state or a group of states.
Party = Country | CountryGroup

_E = TypeVar("_E", bound=enum.Enum)
_R = TypeVar("_R")


class _TextEnum(str, enum.Enum):
    """A str enum whose ``str()`` and format are its value (``str(MeetingKind.CALL) == "call"``)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class MeetingKind(_TextEnum):
    """What sort of encounter a meeting is."""

    CALL = "call"
    MEETING = "meeting"
    VISIT = "visit"
    CONFERENCE = "conference"


class MeetingStatus(_TextEnum):
    """Whether a meeting took place (or is taking place) or is announced."""

    HELD = "held"
    PLANNED = "planned"


class AgreementKind(_TextEnum):
    """The type of written instrument."""

    DECLARATION = "declaration"
    MEMORANDUM = "memorandum"
    TREATY = "treaty"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    PLAN = "plan"
    OTHER = "other"


class AgreementStatus(_TextEnum):
    """How far an agreement has come."""

    SIGNED = "signed"
    PLANNED = "planned"
    RATIFIED = "ratified"


class TradeFlow(_TextEnum):
    """Which value a trade figure gives: exports plus imports, one direction, or the difference."""

    TURNOVER = "turnover"
    EXPORT = "export"
    IMPORT = "import"
    BALANCE = "balance"


def _digest(*parts: object) -> str:
    """A short, stable hash of ``parts`` (same on every machine and run)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


# Typed converters: they convert what has one obvious meaning (ISO texts, codes,
# datetimes) and raise ValidationError naming the field for the rest. Collections
# are stored as tuples (frozen records never share lists).
def _member(cls: type[_E], value: object, field: str) -> _E:
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in cls)
        raise ValidationError(
            f"expected one of {choices} (got {value!r})", field=field, value=value
        ) from None


def _items(values: object, cls: type[_R] | tuple[type[Any], ...], field: str) -> list[_R]:
    """The items of a collection, each checked against ``cls``."""
    if isinstance(values, str | bytes | dict) or not isinstance(values, Iterable):
        raise ValidationError(
            f"expected a collection (list or tuple), got {type_phrase(values)}",
            field=field,
            value=values,
        )
    items = list(values)
    for index, item in enumerate(items):
        if not isinstance(item, cls):
            names = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
            raise ValidationError(
                f"expected {names} items, got {type_phrase(item)} at index {index}",
                field=field,
                value=item,
            )
    return items


def _party(value: Party | str, field: str) -> Party:
    """A party from a party or a code: an ISO alpha-3 code is a country, anything else a group.

    The rule of the JSON form, so that a party reads back as written.
    """
    if isinstance(value, Country | CountryGroup):
        return value
    if not isinstance(value, str):
        raise ValidationError(
            f"expected a Country, a CountryGroup or a code (got {type_phrase(value)})",
            field=field,
            value=value,
        )
    if len(value.strip()) == 3:
        try:
            return Country(value)
        except UnknownCountryError:
            pass
    try:
        return CountryGroup(value)
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field, value=value) from None


def _countries(values: Iterable[Country | str]) -> tuple[Country, ...]:
    items: list[Country | str] = _items(values, (Country, str), "Meeting.countries")
    countries = {to_country(item, "Meeting.countries") for item in items}
    return tuple(sorted(c for c in countries if c is not None))


def _parties(values: Iterable[Party | str]) -> tuple[Party, ...]:
    items: list[Party | str] = _items(values, (Country, CountryGroup, str), "Agreement.parties")
    return tuple(sorted({_party(item, "Agreement.parties") for item in items}, key=str))


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(_items(values, Span, "evidence"))


def _participants(values: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(_items(values, Participant, "Meeting.participants"))


def _meetings(values: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(_items(values, Meeting, "ArticleResult.meetings"))


def _agreements(values: Iterable[Agreement]) -> tuple[Agreement, ...]:
    return tuple(_items(values, Agreement, "ArticleResult.agreements"))


def _trade_records(values: Iterable[TradeRecord]) -> tuple[TradeRecord, ...]:
    return tuple(_items(values, TradeRecord, "ArticleResult.trade_records"))


def _published(value: dt.date | str | None) -> dt.date | None:
    return None if value is None else to_day(value, "Article.published")


def _result_published(value: dt.date | str | None) -> dt.date | None:
    return None if value is None else to_day(value, "ArticleResult.published")


def _meeting_kind(value: MeetingKind | str) -> MeetingKind:
    return _member(MeetingKind, value, "Meeting.kind")


def _meeting_status(value: MeetingStatus | str) -> MeetingStatus:
    return _member(MeetingStatus, value, "Meeting.status")


def _agreement_kind(value: AgreementKind | str) -> AgreementKind:
    return _member(AgreementKind, value, "Agreement.kind")


def _agreement_status(value: AgreementStatus | str) -> AgreementStatus:
    return _member(AgreementStatus, value, "Agreement.status")


def _trade_flow(value: TradeFlow | str) -> TradeFlow:
    return _member(TradeFlow, value, "TradeRecord.flow")


def _meeting_date(value: PartialDate | dt.date | str | None) -> PartialDate | None:
    return to_partial_date(value, "Meeting.date")


def _agreement_date(value: PartialDate | dt.date | str | None) -> PartialDate | None:
    return to_partial_date(value, "Agreement.date")


def _reporter(value: Country | str) -> Country:
    if value is None:
        raise ValidationError(
            "expected a Country or an ISO code (got None)", field="TradeRecord.reporter"
        )
    country = to_country(value, "TradeRecord.reporter")
    assert country is not None  # None was refused above
    return country


def _partner(value: Party | str | None) -> Party | None:
    return None if value is None else _party(value, "TradeRecord.partner")


def _trade_value(value: Decimal | int | str | float) -> Decimal:
    try:
        return to_decimal(value)
    except ValidationError as exc:
        raise ValidationError(exc.message, field="TradeRecord.value", value=value) from None


# Plain fields checked after construction, by their annotation.
_PLAIN_CHECKS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "str | None": (str, type(None)),
    "int": (int,),
    "int | None": (int, type(None)),
    "bool": (bool,),
    "Place | None": (Place, type(None)),
    "Period": (Period,),
}


_PLAIN_FIELDS: dict[type[Any], tuple[tuple[str, tuple[type, ...]], ...]] = {}


def _annotation(cls: type[Any], name: str) -> object:
    """A field's annotation as written (a string here), even after ``attrs.resolve_types``.

    cattrs resolves ``field.type`` to type objects when it first structures a class, so
    reading the annotation there would turn every check off for the rest of the process
    (from ``from_json`` on, when it came first).
    """
    for klass in cls.__mro__:
        annotations = inspect.get_annotations(klass)
        if name in annotations:
            return annotations[name]
    return None


def _plain_fields(cls: type[Any]) -> tuple[tuple[str, tuple[type, ...]], ...]:
    if cls not in _PLAIN_FIELDS:
        checks = []
        for field in attrs.fields(cls):
            annotation = _annotation(cls, field.name)
            if isinstance(annotation, str) and annotation in _PLAIN_CHECKS and not field.converter:
                checks.append((field.name, _PLAIN_CHECKS[annotation]))
        _PLAIN_FIELDS[cls] = tuple(checks)
    return _PLAIN_FIELDS[cls]


def _check_plain_fields(record: Any) -> None:
    """Reject a value whose type does not fit a plain field's annotation (``str | None``...)."""
    cls = type(record)
    for name, types in _plain_fields(cls):
        value = getattr(record, name)
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            expected = " or ".join("None" if t is type(None) else t.__name__ for t in types)
            raise ValidationError(
                f"expected {expected} (got {type_phrase(value)})",
                field=f"{cls.__name__}.{name}",
                value=value,
            )


def _set_id(record: Any, prefix: str, *key: object) -> None:
    """Fill in a record's ``id`` from its article id and key fields when it has none."""
    if not record.id:
        local = f"{prefix}-{_digest(prefix, *key)}"
        object.__setattr__(
            record, "id", f"{record.article_id}/{local}" if record.article_id else local
        )


@attrs.frozen(kw_only=True)
class Article:
    """One news article: metadata plus the body text every evidence span points into.

    >>> import datetime as dt
    >>> from diplonews import Article
    >>> a = Article(body="Baku and Islamabad discussed trade.", published=dt.date(2022, 1, 27))
    >>> a.id
    'article-...'
    >>> a.id == Article(body="Baku and Islamabad discussed trade.").id
    True
    """

    id: str = ""
    published: dt.date | None = attrs.field(default=None, converter=_published)
    author: str | None = None
    title: str | None = None
    body: str
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    # Provenance: the file (or "<stdin>") and line the article was read from. Not part of
    # equality: the same article read from two files is the same article.
    source: str | None = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        _check_plain_fields(self)
        if not self.id:
            # Derived from the content alone, so re-reading the same page gives the same id.
            object.__setattr__(self, "id", f"article-{_digest(self.title, self.body)}")


@attrs.frozen(kw_only=True)
class Meeting:
    """A call, meeting, visit or conference between states or with an organisation.

    >>> from diplonews import Meeting, MeetingKind, MeetingStatus, Country, PartialDate
    >>> m = Meeting(article_id="a1", kind=MeetingKind.CALL, status=MeetingStatus.HELD,
    ...             countries=[Country("PAK"), Country("AZE")], date=PartialDate(2022, 1, 26))
    >>> [c.alpha_3 for c in m.countries], m.id.startswith("a1/meeting-")
    (['AZE', 'PAK'], True)
    """

    id: str = ""
    article_id: str = ""
    kind: MeetingKind = attrs.field(converter=_meeting_kind)
    status: MeetingStatus = attrs.field(converter=_meeting_status)
    countries: tuple[Country, ...] = attrs.field(default=(), converter=_countries)
    organization: str | None = None
    date: PartialDate | None = attrs.field(default=None, converter=_meeting_date)
    location: Place | None = None
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    title: str | None = None
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _check_plain_fields(self)
        _set_id(
            self, "meeting", self.kind.value, self.status.value,
            ",".join(map(str, self.countries)), self.organization, self.date, self.title,
        )  # fmt: skip


@attrs.frozen(kw_only=True)
class Agreement:
    """A written instrument between states or intergovernmental bodies.

    >>> from diplonews import Agreement, Country, PartialDate
    >>> a = Agreement(kind="declaration", status="signed", title="Baku Declaration",
    ...               parties=[Country("TUR"), Country("AZE")], date=PartialDate(2021, 7, 27))
    >>> a.kind, [str(p) for p in a.parties], a.count
    (<AgreementKind.DECLARATION: 'declaration'>, ['AZE', 'TUR'], 1)
    """

    id: str = ""
    article_id: str = ""
    kind: AgreementKind = attrs.field(converter=_agreement_kind)
    title: str | None = None
    parties: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    status: AgreementStatus = attrs.field(converter=_agreement_status)
    date: PartialDate | None = attrs.field(default=None, converter=_agreement_date)
    location: Place | None = None
    count: int = 1
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _check_plain_fields(self)
        if self.count < 1:
            raise ValidationError(
                f"count must be >= 1, got {self.count}", field="Agreement.count", value=self.count
            )
        _set_id(
            self, "agreement", self.kind.value, self.status.value, self.title,
            ",".join(map(str, self.parties)), self.date, self.count,
        )  # fmt: skip


@attrs.frozen(kw_only=True)
class TradeRecord:
    """The value of a state's trade (with a partner or the world) over a period.

    ``value`` is in whole currency units; a deficit is a negative balance.

    >>> from diplonews import TradeRecord, Country, Period
    >>> r = TradeRecord(reporter=Country("AZE"), partner=Country("PAK"), flow="turnover",
    ...                 value="13.2E6", currency="USD", period=Period.year(2020))
    >>> r.money, r.target
    (Money(amount=Decimal('1.32E+7'), currency='USD'), False)
    """

    id: str = ""
    article_id: str = ""
    reporter: Country = attrs.field(converter=_reporter)
    partner: Party | None = attrs.field(default=None, converter=_partner)
    flow: TradeFlow = attrs.field(converter=_trade_flow)
    value: Decimal = attrs.field(converter=_trade_value)
    currency: str = attrs.field(converter=upper_currency, validator=validate_currency)
    period: Period
    target: bool = False
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _check_plain_fields(self)
        _set_id(
            self, "trade", self.reporter, self.partner, self.flow.value,
            self.value.normalize(), self.currency, self.period, self.target,
        )  # fmt: skip

    @property
    def money(self) -> Money:
        """``value`` and ``currency`` as one :class:`~diplonews.values.Money`."""
        return Money(self.value, self.currency)


#: Any extracted record.
Record = Meeting | Agreement | TradeRecord


def _filter_party(value: Party | str) -> Party:
    """A country from a code (alpha-2 or alpha-3), else a group from its short name."""
    if isinstance(value, str):
        try:
            return Country(value)
        except UnknownCountryError:
            return _party(value, "country")
    return _party(value, "country")


def _filter_period(value: Period | PartialDate | str) -> Period:
    if isinstance(value, Period):
        return value
    date = to_partial_date(value, "period")
    assert date is not None  # None is not a filter value
    return date.to_period()


def _involves(record: Record, party: Party) -> bool:
    if isinstance(record, Meeting):
        return party in record.countries
    if isinstance(record, Agreement):
        return party in record.parties
    return party in (record.reporter, record.partner)


def _kind_of(record: Record) -> str:
    return str(record.flow if isinstance(record, TradeRecord) else record.kind)


def _within(record: Record, period: Period) -> bool:
    if isinstance(record, TradeRecord):
        return period.covers(record.period)
    return record.date is not None and period.covers(record.date.to_period())


def _record_filter(
    country: Party | str | None,
    kind: MeetingKind | AgreementKind | TradeFlow | str | None,
    period: Period | PartialDate | str | None,
) -> Callable[[Record], bool]:
    party = None if country is None else _filter_party(country)
    kind_text = None if kind is None else str(kind)
    span = None if period is None else _filter_period(period)

    def keep(record: Record) -> bool:
        return (
            (party is None or _involves(record, party))
            and (kind_text is None or _kind_of(record) == kind_text)
            and (span is None or _within(record, span))
        )

    return keep


def filter_records(
    items: Iterable[Record | ArticleResult],
    *,
    country: Party | str | None = None,
    kind: MeetingKind | AgreementKind | TradeFlow | str | None = None,
    period: Period | PartialDate | str | None = None,
) -> Iterator[Record]:
    """The records that involve ``country``, are of ``kind`` and lie within ``period``, lazily.

    Criteria left ``None`` are not applied.

    Args:
        items: records, or article results (their records are taken in order:
            meetings, agreements, trade records).
        country: a :class:`~diplonews.values.Country`, a
            :class:`~diplonews.values.CountryGroup`, or a code (alpha-3 or
            alpha-2 for a country, a short name such as ``"EU"`` for a group).
            A meeting involves its ``countries``, an agreement its ``parties``,
            a trade record its reporter and its partner.
        kind: a meeting or agreement kind, or a trade flow (a member or its
            value: ``"call"``, ``"treaty"``, ``"export"``...).
        period: a :class:`~diplonews.values.Period`, a partial date or an ISO
            text (``"2021"``, ``"2021-05"``). A record is within it when its
            whole date (a meeting's or agreement's) or its whole period (a
            trade record's) is; records without a date are left out.

    Raises:
        ValidationError: a criterion is not one of the above.
        UnknownCountryError: ``country`` is a code no country or group has.

    >>> from diplonews import extract_text, filter_records
    >>> result = extract_text(
    ...     "Georgia and Moldova signed a memorandum on transport on Tuesday. "
    ...     "Georgia's exports to Moldova reached $5 million in 2023.",
    ...     published="2024-03-14",
    ... )
    >>> [str(r.kind) for r in filter_records([result], country="MDA", period="2024-03")]
    ['memorandum']
    >>> [str(r.flow) for r in filter_records([result], kind="export", country="GE")]
    ['export']

    .. versionadded:: 0.2.0
    """
    keep = _record_filter(country, kind, period)
    for item in items:
        if isinstance(item, ArticleResult):
            yield from filter(keep, item.records)
        elif isinstance(item, Meeting | Agreement | TradeRecord):
            if keep(item):
                yield item
        else:
            raise ValidationError(
                f"expected records or article results (got {type_phrase(item)})", value=item
            )


@attrs.frozen(kw_only=True)
class ArticleResult:
    """Everything extracted from one article: the per-article document of the spec.

    The JSON form has the spec's keys ``id``, ``published``, ``author``,
    ``title``, ``meetings``, ``agreements`` and ``trade_records`` (plus ``url``
    and ``outlet``, which the scorer ignores).
    """

    id: str
    published: dt.date | None = attrs.field(default=None, converter=_result_published)
    author: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_meetings)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_agreements)
    trade_records: tuple[TradeRecord, ...] = attrs.field(default=(), converter=_trade_records)
    # Provenance, copied from the article (see Article.source); not part of equality.
    source: str | None = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        _check_plain_fields(self)

    @property
    def records(self) -> tuple[Record, ...]:
        """All the records in order (meetings, then agreements, then trade records).

        .. versionadded:: 0.2.0
        """
        return (*self.meetings, *self.agreements, *self.trade_records)

    def filter(
        self,
        *,
        country: Party | str | None = None,
        kind: MeetingKind | AgreementKind | TradeFlow | str | None = None,
        period: Period | PartialDate | str | None = None,
    ) -> ArticleResult:
        """This result with only the records that match (see :func:`filter_records`).

        >>> from diplonews import Country, extract_text
        >>> result = extract_text(
        ...     "Georgia and Moldova signed a memorandum on transport on Tuesday.",
        ...     published="2024-03-14",
        ... )
        >>> len(result.filter(country="MDA").agreements), len(result.filter(kind="call").records)
        (1, 0)

        .. versionadded:: 0.2.0
        """
        keep = _record_filter(country, kind, period)
        return attrs.evolve(
            self,
            meetings=[m for m in self.meetings if keep(m)],
            agreements=[a for a in self.agreements if keep(a)],
            trade_records=[t for t in self.trade_records if keep(t)],
        )

    @classmethod
    def empty(cls, article: Article) -> ArticleResult:
        """The document for ``article`` with no records."""
        return cls(
            id=article.id,
            published=article.published,
            author=article.author,
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            source=article.source,
            line=article.line,
        )
