"""Hypothesis strategies building valid instances of every diplonews value and record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pycountry
from hypothesis import strategies as st

from diplonews import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    ArticleResult,
    Country,
    CountryGroup,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Money,
    PartialDate,
    Participant,
    Period,
    Place,
    Span,
    TradeFlow,
    TradeRecord,
)
from diplonews.models import Party

__all__ = [
    "agreements",
    "article_results",
    "articles",
    "countries",
    "country_groups",
    "meetings",
    "money",
    "partial_dates",
    "participants",
    "parties",
    "periods",
    "places",
    "records",
    "spans",
    "trade_records",
    "values",
]

#: Current ISO 3166-1 codes plus the ISO 3166-3 former states Country accepts.
COUNTRY_CODES = sorted({str(c.alpha_3) for c in pycountry.countries} | {"SUN", "DDR", "YUG", "CSK"})
#: Current ISO 4217 codes plus historic ones the archives use.
CURRENCY_CODES = sorted({str(c.alpha_3) for c in pycountry.currencies} | {"DEM", "FRF", "SUR"})

countries = st.sampled_from(COUNTRY_CODES).map(Country)

# Real group names, plus made-up ones of 4+ characters (never an alpha-3 country code).
country_groups = st.one_of(
    st.sampled_from(["EU", "CIS", "OIC", "OPEC", "ASEAN", "G7", "G-20", "SCO"]),
    st.from_regex(r"\A[A-Z][A-Z0-9+&-]{3,9}\Z"),
).map(CountryGroup)

parties: st.SearchStrategy[Party] = st.one_of(countries, country_groups)

partial_dates = st.one_of(
    st.integers(1, 9999).map(PartialDate),
    st.builds(PartialDate, st.integers(1, 9999), st.integers(1, 12)),
    st.dates().map(PartialDate.from_date),
)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Any valid period: two days, the earlier one first."""
    first, second = sorted([draw(st.dates()), draw(st.dates())])
    return Period(first, second)


amounts = st.decimals(
    allow_nan=False,
    allow_infinity=False,
    places=3,
    min_value=Decimal("-1e15"),
    max_value=Decimal("1e15"),
)
money = st.builds(Money, amount=amounts, currency=st.sampled_from(CURRENCY_CODES))

# Texts as news carries them, and any text at all.
texts = st.text(min_size=1, max_size=40)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """A span whose text has exactly the length its offsets cover."""
    start = draw(st.integers(0, 100_000))
    text = draw(st.text(max_size=60))
    return Span(start, start + len(text), text)


places = st.builds(Place, city=st.none() | texts, country=st.none() | countries)
participants = st.builds(
    Participant, name=texts, role=st.none() | texts, country=st.none() | countries
)

_ids = st.just("") | st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-/", min_size=1)
_evidence = st.lists(spans(), max_size=3).map(tuple)

meetings = st.builds(
    Meeting,
    id=_ids,
    article_id=_ids,
    kind=st.sampled_from(MeetingKind),
    status=st.sampled_from(MeetingStatus),
    countries=st.lists(countries, max_size=4),
    organization=st.none() | texts,
    date=st.none() | partial_dates,
    location=st.none() | places,
    participants=st.lists(participants, max_size=3),
    title=st.none() | texts,
    evidence=_evidence,
    rule=st.text(max_size=20),
)

agreements = st.builds(
    Agreement,
    id=_ids,
    article_id=_ids,
    kind=st.sampled_from(AgreementKind),
    title=st.none() | texts,
    parties=st.lists(parties, max_size=4),
    status=st.sampled_from(AgreementStatus),
    date=st.none() | partial_dates,
    location=st.none() | places,
    count=st.integers(1, 100),
    evidence=_evidence,
    rule=st.text(max_size=20),
)

trade_records = st.builds(
    TradeRecord,
    id=_ids,
    article_id=_ids,
    reporter=countries,
    partner=st.none() | parties,
    flow=st.sampled_from(TradeFlow),
    value=amounts,
    currency=st.sampled_from(CURRENCY_CODES),
    period=periods(),
    target=st.booleans(),
    evidence=_evidence,
    rule=st.text(max_size=20),
)

_optional_text = st.none() | texts

articles = st.builds(
    Article,
    id=_ids,
    published=st.none() | st.dates(),
    author=_optional_text,
    title=_optional_text,
    body=st.text(max_size=200),
    url=_optional_text,
    outlet=_optional_text,
    dateline=_optional_text,
)

article_results = st.builds(
    ArticleResult,
    id=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1),
    published=st.none() | st.dates(),
    author=_optional_text,
    title=_optional_text,
    url=_optional_text,
    outlet=_optional_text,
    meetings=st.lists(meetings, max_size=2),
    agreements=st.lists(agreements, max_size=2),
    trade_records=st.lists(trade_records, max_size=2),
)

#: Every value type (each strategy paired with nothing: the type is ``type(x)``).
values: st.SearchStrategy[Any] = st.one_of(
    countries, country_groups, partial_dates, periods(), money, spans(), places, participants
)

#: Every record type.
records: st.SearchStrategy[Any] = st.one_of(
    meetings, agreements, trade_records, articles, article_results
)
