"""The records diplonews produces: articles in; meetings, agreements and trade figures out.

Every record is a frozen attrs class with exactly the fields of
``spec/EXTRACTION.md`` plus ``evidence`` (the text spans behind it), ``rule``
(the name of the extraction rule that produced it) and stable identifiers:

* an :class:`Article` without an id gets one derived from its content;
* every record gets an id derived from its article's id and its key fields,
  so the same input gives the same ids on any machine and on every run.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from diplonews.values import (
    Country,
    CountryGroup,
    Money,
    PartialDate,
    Participant,
    Period,
    Place,
    Span,
    _to_decimal,
    _upper,
    _validate_currency,
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
    "TradeFlow",
    "TradeRecord",
]

#: A side of an agreement or a trade partner: a state or a group of states.
Party = Country | CountryGroup


class MeetingKind(str, enum.Enum):
    """What sort of encounter a meeting is."""

    CALL = "call"
    MEETING = "meeting"
    VISIT = "visit"
    CONFERENCE = "conference"


class MeetingStatus(str, enum.Enum):
    """Whether a meeting took place (or is taking place) or is announced."""

    HELD = "held"
    PLANNED = "planned"


class AgreementKind(str, enum.Enum):
    """The type of written instrument."""

    DECLARATION = "declaration"
    MEMORANDUM = "memorandum"
    TREATY = "treaty"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    PLAN = "plan"
    OTHER = "other"


class AgreementStatus(str, enum.Enum):
    """How far an agreement has come."""

    SIGNED = "signed"
    PLANNED = "planned"
    RATIFIED = "ratified"


class TradeFlow(str, enum.Enum):
    """Which value a trade figure gives: exports plus imports, one direction, or the difference."""

    TURNOVER = "turnover"
    EXPORT = "export"
    IMPORT = "import"
    BALANCE = "balance"


def _digest(*parts: object) -> str:
    """A short, stable hash of ``parts`` (same on every machine and run)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


# Typed converters: collections are stored as tuples (frozen records never share lists).
def _countries(values: Iterable[Country]) -> tuple[Country, ...]:
    return tuple(sorted(set(values), key=str))


def _parties(values: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(sorted(set(values), key=str))


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _participants(values: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(values)


def _meetings(values: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(values)


def _agreements(values: Iterable[Agreement]) -> tuple[Agreement, ...]:
    return tuple(values)


def _trade_records(values: Iterable[TradeRecord]) -> tuple[TradeRecord, ...]:
    return tuple(values)


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

    >>> a = Article(body="Baku and Islamabad discussed trade.", published=dt.date(2022, 1, 27))
    >>> a.id
    'article-...'
    >>> a.id == Article(body="Baku and Islamabad discussed trade.").id
    True
    """

    id: str = ""
    published: dt.date | None = None
    author: str | None = None
    title: str | None = None
    body: str = attrs.field(validator=attrs.validators.instance_of(str))
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    # Provenance: the file (or "<stdin>") and line the article was read from. Not part of
    # equality: the same article read from two files is the same article.
    source: str | None = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.id:
            # Derived from the content alone, so re-reading the same page gives the same id.
            object.__setattr__(self, "id", f"article-{_digest(self.title, self.body)}")


@attrs.frozen(kw_only=True)
class Meeting:
    """A call, meeting, visit or conference between states or with an organisation.

    >>> m = Meeting(article_id="a1", kind=MeetingKind.CALL, status=MeetingStatus.HELD,
    ...             countries=[Country("PAK"), Country("AZE")], date=PartialDate(2022, 1, 26))
    >>> [c.alpha_3 for c in m.countries], m.id.startswith("a1/meeting-")
    (['AZE', 'PAK'], True)
    """

    id: str = ""
    article_id: str = ""
    kind: MeetingKind = attrs.field(converter=MeetingKind)
    status: MeetingStatus = attrs.field(converter=MeetingStatus)
    countries: tuple[Country, ...] = attrs.field(default=(), converter=_countries)
    organization: str | None = None
    date: PartialDate | None = None
    location: Place | None = None
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    title: str | None = None
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _set_id(
            self, "meeting", self.kind.value, self.status.value,
            ",".join(map(str, self.countries)), self.organization, self.date, self.title,
        )  # fmt: skip


@attrs.frozen(kw_only=True)
class Agreement:
    """A written instrument between states or intergovernmental bodies.

    >>> a = Agreement(kind="declaration", status="signed", title="Baku Declaration",
    ...               parties=[Country("TUR"), Country("AZE")], date=PartialDate(2021, 7, 27))
    >>> a.kind, [str(p) for p in a.parties], a.count
    (<AgreementKind.DECLARATION: 'declaration'>, ['AZE', 'TUR'], 1)
    """

    id: str = ""
    article_id: str = ""
    kind: AgreementKind = attrs.field(converter=AgreementKind)
    title: str | None = None
    parties: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    status: AgreementStatus = attrs.field(converter=AgreementStatus)
    date: PartialDate | None = None
    location: Place | None = None
    count: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _set_id(
            self, "agreement", self.kind.value, self.status.value, self.title,
            ",".join(map(str, self.parties)), self.date, self.count,
        )  # fmt: skip


@attrs.frozen(kw_only=True)
class TradeRecord:
    """The value of a state's trade (with a partner or the world) over a period.

    ``value`` is in whole currency units; a deficit is a negative balance.

    >>> r = TradeRecord(reporter=Country("AZE"), partner=Country("PAK"), flow="turnover",
    ...                 value="13.2E6", currency="USD", period=Period.year(2020))
    >>> r.money, r.target
    (Money(amount=Decimal('1.32E+7'), currency='USD'), False)
    """

    id: str = ""
    article_id: str = ""
    reporter: Country
    partner: Party | None = None
    flow: TradeFlow = attrs.field(converter=TradeFlow)
    value: Decimal = attrs.field(converter=_to_decimal)
    currency: str = attrs.field(converter=_upper, validator=_validate_currency)
    period: Period
    target: bool = False
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    rule: str = ""

    def __attrs_post_init__(self) -> None:
        _set_id(
            self, "trade", self.reporter, self.partner, self.flow.value,
            self.value.normalize(), self.currency, self.period, self.target,
        )  # fmt: skip

    @property
    def money(self) -> Money:
        """``value`` and ``currency`` as one :class:`~diplonews.values.Money`."""
        return Money(self.value, self.currency)


@attrs.frozen(kw_only=True)
class ArticleResult:
    """Everything extracted from one article: the per-article document of the spec.

    The JSON form has the spec's keys ``id``, ``published``, ``author``,
    ``title``, ``meetings``, ``agreements`` and ``trade_records`` (plus ``url``
    and ``outlet``, which the scorer ignores).
    """

    id: str
    published: dt.date | None = None
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
