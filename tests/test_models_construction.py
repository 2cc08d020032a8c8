"""Records convert what has one obvious meaning and reject the rest on construction (issue 10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from diplonews import (
    Agreement,
    Article,
    ArticleResult,
    Country,
    CountryGroup,
    DiplonewsError,
    Meeting,
    Money,
    PartialDate,
    Participant,
    Period,
    Place,
    TradeRecord,
    UnknownCountryError,
    ValidationError,
)
from diplonews.extract import extract
from diplonews.serialization import to_json

# --- conversions: one obvious meaning ------------------------------------------

CONVERSIONS: list[Any] = [
    pytest.param(
        lambda: Article(body="x", published="2024-02-12").published,
        dt.date(2024, 2, 12),
        id="article-published-iso-text",
    ),
    pytest.param(
        lambda: Article(body="x", published=dt.datetime(2024, 2, 12, 23, 5)).published,
        dt.date(2024, 2, 12),
        id="article-published-datetime",
    ),
    pytest.param(
        lambda: Article(body="x", published="2024-02-12T08:30:00+04:00").published,
        dt.date(2024, 2, 12),
        id="article-published-iso-datetime-text",
    ),
    pytest.param(
        lambda: ArticleResult(id="a", published="2023-11-30").published,
        dt.date(2023, 11, 30),
        id="result-published-iso-text",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", countries=["AZE", "ge"]).countries,
        (Country("AZE"), Country("GEO")),
        id="meeting-countries-codes",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", date="2021-05").date,
        PartialDate(2021, 5),
        id="meeting-date-iso-month",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", date=dt.date(2021, 5, 3)).date,
        PartialDate(2021, 5, 3),
        id="meeting-date-date",
    ),
    pytest.param(
        lambda: Agreement(kind="treaty", status="signed", parties=["EU", "tur"]).parties,
        (CountryGroup("EU"), Country("TUR")),
        id="agreement-parties-codes",
    ),
    pytest.param(
        lambda: Agreement(kind="treaty", status="signed", date="2020").date,
        PartialDate(2020),
        id="agreement-date-iso-year",
    ),
    pytest.param(
        lambda: (
            TradeRecord(
                reporter="az",
                partner="EU",
                flow="export",
                value=7,
                currency="usd",
                period=Period("2020-01-01", "2020-12-31"),
            ).reporter
        ),
        Country("AZE"),
        id="trade-reporter-alpha-2",
    ),
    pytest.param(
        lambda: (
            TradeRecord(
                reporter="AZE",
                partner="GEO",
                flow="export",
                value=7,
                currency="USD",
                period=Period.year(2020),
            ).partner
        ),
        Country("GEO"),
        id="trade-partner-alpha-3",
    ),
    pytest.param(
        lambda: Place(city="Tbilisi", country="GE").country, Country("GEO"), id="place-country"
    ),
    pytest.param(
        lambda: Participant(name="Mira Olen", country="pak").country,
        Country("PAK"),
        id="participant-country",
    ),
    pytest.param(
        lambda: Period(dt.datetime(2021, 1, 1, 9), "2021-03-31"),
        Period.quarter(2021, 1),
        id="period-datetime-and-text",
    ),
    pytest.param(lambda: Country("SU"), Country("SUN"), id="former-state-alpha-2"),
]


@pytest.mark.parametrize(("build", "expected"), CONVERSIONS)
def test_conversions(build: Callable[[], object], expected: object) -> None:
    """ISO texts, datetimes and alpha-2/alpha-3 codes become the typed value."""
    value = build()
    assert value == expected
    assert type(value) is type(expected)


def test_converted_article_extracts() -> None:
    """An article built from an ISO text and a datetime goes through extract() (issue 10)."""
    body = "On Monday, the foreign ministers of Georgia and Moldova held talks in Tbilisi."
    for published in ("2024-02-12", dt.datetime(2024, 2, 12, 10, 0)):
        result = extract(Article(id="a1", body=body, published=published))
        assert result.published == dt.date(2024, 2, 12)
        assert result.meetings
        assert result.meetings[0].date == PartialDate(2024, 2, 12)


def test_meeting_from_codes_serialises() -> None:
    """Meeting(countries=["AZE"]) is a meeting with a Country, so to_json works (issue 10)."""
    meeting = Meeting(kind="visit", status="planned", countries=["AZE"])
    assert '"countries": ["AZE"]' in to_json(meeting)


# --- rejections: one line, the field, the value ---------------------------------

REJECTIONS: list[Any] = [
    pytest.param(
        lambda: Article(body="x", published="last Monday"),
        ValidationError,
        "Article.published: expected an ISO date YYYY-MM-DD (got 'last Monday')",
        id="published-words",
    ),
    pytest.param(
        lambda: Article(body="x", published=20240212),  # type: ignore[arg-type]
        ValidationError,
        "Article.published: expected a date or an ISO date text (got an int)",
        id="published-int",
    ),
    pytest.param(
        lambda: Article(body=None),  # type: ignore[arg-type]
        ValidationError,
        "Article.body: expected str (got None)",
        id="body-none",
    ),
    pytest.param(
        lambda: Article(body="x", title=7),  # type: ignore[arg-type]
        ValidationError,
        "Article.title: expected str or None (got an int)",
        id="title-int",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", countries="AZE"),
        ValidationError,
        "Meeting.countries: expected a collection (list or tuple), got a str",
        id="countries-one-string",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", countries=["Azerbaijan"]),
        UnknownCountryError,
        "Meeting.countries: unknown country: 'Azerbaijan' "
        "(Country() takes an ISO code; use Country.lookup('Azerbaijan') for names)",
        id="countries-name",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", countries=[42]),  # type: ignore[list-item]
        ValidationError,
        "Meeting.countries: expected Country or str items, got an int at index 0",
        id="countries-int",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", date="May 2021"),
        ValidationError,
        "Meeting.date: expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD (got 'May 2021')",
        id="meeting-date-words",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", location="Baku"),  # type: ignore[arg-type]
        ValidationError,
        "Meeting.location: expected Place or None (got a str)",
        id="location-text",
    ),
    pytest.param(
        lambda: Meeting(kind="call", status="held", participants=["Mira Olen"]),  # type: ignore[list-item]
        ValidationError,
        "Meeting.participants: expected Participant items, got a str at index 0",
        id="participants-names",
    ),
    pytest.param(
        lambda: Agreement(kind="treaty", status="signed", parties=[Decimal(1)]),  # type: ignore[list-item]
        ValidationError,
        "Agreement.parties: expected Country or CountryGroup or str items, "
        "got a Decimal at index 0",
        id="parties-number",
    ),
    pytest.param(
        lambda: Agreement(kind="treaty", status="signed", count="2"),  # type: ignore[arg-type]
        ValidationError,
        "Agreement.count: expected int (got a str)",
        id="count-text",
    ),
    pytest.param(
        lambda: TradeRecord(
            reporter="AZE",
            flow="export",
            value=[1],  # type: ignore[arg-type]
            currency="USD",
            period=Period.year(2020),
        ),
        ValidationError,
        "TradeRecord.value: expected a Decimal, an int, a float or a numeric text (got a list)",
        id="value-list",
    ),
    pytest.param(
        lambda: TradeRecord(
            reporter="AZE", flow="export", value=True, currency="USD", period=Period.year(2020)
        ),
        ValidationError,
        "TradeRecord.value: expected a Decimal, an int, a float or a numeric text (got a bool)",
        id="value-bool",
    ),
    pytest.param(
        lambda: TradeRecord(reporter="AZE", flow="export", value=1, currency="USD", period="2020"),  # type: ignore[arg-type]
        ValidationError,
        "TradeRecord.period: expected Period (got a str)",
        id="period-text",
    ),
    pytest.param(
        lambda: TradeRecord(
            reporter=None,  # type: ignore[arg-type]
            flow="export",
            value=1,
            currency="USD",
            period=Period.year(2020),
        ),
        ValidationError,
        "TradeRecord.reporter: expected a Country or an ISO code (got None)",
        id="reporter-none",
    ),
    pytest.param(
        lambda: TradeRecord(
            reporter="AZE",
            flow="export",
            value=1,
            currency="USD",
            period=Period.year(2020),
            target="no",  # type: ignore[arg-type]
        ),
        ValidationError,
        "TradeRecord.target: expected bool (got a str)",
        id="target-text",
    ),
    pytest.param(
        lambda: Place(country="Georgia"),
        UnknownCountryError,
        "Place.country: unknown country: 'Georgia' "
        "(Country() takes an ISO code; use Country.lookup('Georgia') for names)",
        id="place-country-name",
    ),
    pytest.param(
        lambda: Period("2021-01-01", 2021),  # type: ignore[arg-type]
        ValidationError,
        "Period.end: expected a date or an ISO date text (got an int)",
        id="period-end-int",
    ),
    pytest.param(
        lambda: PartialDate("2021"),  # type: ignore[arg-type]
        ValidationError,
        "PartialDate.year: expected an int (got a str)",
        id="partial-date-year-text",
    ),
    pytest.param(
        lambda: Period.year(0),
        ValidationError,
        "Period.year: year must be in 1..9999, got 0",
        id="period-year-0",
    ),
    pytest.param(
        lambda: Period.months(2021, 11, 13),
        ValidationError,
        "Period.last: last month must be in 1..12, got 13",
        id="period-month-13",
    ),
    pytest.param(
        lambda: Money([5], "USD"),  # type: ignore[arg-type]
        ValidationError,
        "Money.amount: expected a Decimal, an int, a float or a numeric text (got a list)",
        id="money-amount-list",
    ),
    pytest.param(
        lambda: ArticleResult(id="a", published="soon"),
        ValidationError,
        "ArticleResult.published: expected an ISO date YYYY-MM-DD (got 'soon')",
        id="result-published-words",
    ),
    pytest.param(
        lambda: ArticleResult(id="a", meetings=[None]),  # type: ignore[list-item]
        ValidationError,
        "ArticleResult.meetings: expected Meeting items, got None at index 0",
        id="result-meetings-none",
    ),
]


@pytest.mark.parametrize(("build", "error", "message"), REJECTIONS)
def test_rejections(build: Callable[[], object], error: type[Exception], message: str) -> None:
    """What has no single meaning is refused on construction, with one line naming the field."""
    with pytest.raises(error) as info:
        build()
    assert isinstance(info.value, DiplonewsError)
    assert str(info.value) == message
    assert "\n" not in str(info.value)
    assert info.value.field is not None
    assert message.startswith(info.value.field)


def test_rejection_keeps_the_value() -> None:
    """The error carries the offending value for the caller to show."""
    with pytest.raises(ValidationError) as info:
        Meeting(kind="chat", status="held")
    assert (info.value.field, info.value.value) == ("Meeting.kind", "chat")


def test_evolve_validates_too() -> None:
    """attrs.evolve goes through the same converters and checks."""
    meeting = Meeting(kind="call", status="held")
    assert attrs.evolve(meeting, date="2022-01").date == PartialDate(2022, 1)
    with pytest.raises(ValidationError):
        attrs.evolve(meeting, title=3)  # type: ignore[arg-type]


def test_lookup_of_a_non_string() -> None:
    """Country.lookup and Country.get refuse what is not a text with the library's error."""
    with pytest.raises(ValidationError) as info:
        Country.lookup(5)  # type: ignore[arg-type]
    assert str(info.value) == "expected a name or a code (got an int)"


@given(strategies.countries)
def test_alpha_2_and_case_give_the_same_country(country: Country) -> None:
    """A country built from its alpha-2 code, or its alpha-3 in lower case, is the same country."""
    assert Country(country.alpha_2) == country
    assert Country(country.alpha_3.lower()) == country


@given(st.lists(strategies.countries, max_size=5))
def test_meeting_countries_from_codes_or_values(countries: list[Country]) -> None:
    """Codes and Country values build the same meeting."""
    codes = [c.alpha_3.lower() for c in countries]
    assert Meeting(kind="call", status="held", countries=codes) == Meeting(
        kind="call", status="held", countries=countries
    )


@given(st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)))
def test_published_datetime_and_text_agree(moment: dt.datetime) -> None:
    """A datetime, its date and the date's ISO text give the same published date."""
    day = moment.date()
    assert Article(body="x", published=moment).published == day
    assert Article(body="x", published=day.isoformat()).published == day
    assert Article(body="x", published=moment.isoformat()).published == day
