"""Value types: countries, partial dates, periods, money, spans, places, participants."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given

import strategies
from diplonews import (
    Country,
    CountryGroup,
    DateParseError,
    Money,
    MoneyParseError,
    PartialDate,
    Participant,
    Period,
    Place,
    Span,
    UnknownCountryError,
)
from diplonews.values import is_currency_code

#: Any message: each test compares the whole message right after.
_FULL = r"(?s).+"

# --- Country -----------------------------------------------------------------

# Codes: ISO 3166-1 alpha-3 and alpha-2, any case, and ISO 3166-3 former states.
COUNTRY_CODES = [
    pytest.param("AZE", "AZE", id="alpha-3"),
    pytest.param("aze", "AZE", id="alpha-3-lower"),
    pytest.param("PK", "PAK", id="alpha-2"),
    pytest.param("SUN", "SUN", id="historic-alpha-3"),
    pytest.param("SU", "SUN", id="historic-alpha-2"),
    pytest.param("YUG", "YUG", id="yugoslavia"),
    pytest.param("DDR", "DDR", id="east-germany"),
    pytest.param("CSK", "CSK", id="czechoslovakia"),
]
# Names and aliases as news writes them (resolved by diplonews.text.countries).
COUNTRY_NAMES = [
    pytest.param("Azerbaijan", "AZE", id="name"),
    pytest.param("Turkey", "TUR", id="turkey"),
    pytest.param("Türkiye", "TUR", id="turkiye"),
    pytest.param("U.S.", "USA", id="us-dotted"),
    pytest.param("United States", "USA", id="united-states"),
    pytest.param("Britain", "GBR", id="britain"),
    pytest.param("United Kingdom", "GBR", id="united-kingdom"),
    pytest.param("Russia", "RUS", id="russia"),
    pytest.param("South Korea", "KOR", id="south-korea"),
    pytest.param("Iran", "IRN", id="iran"),
    pytest.param("Soviet Union", "SUN", id="soviet-union"),
    pytest.param("  Pakistan ", "PAK", id="padded"),
]


@pytest.mark.parametrize(("text", "alpha_3"), COUNTRY_CODES)
def test_country_from_code(text: str, alpha_3: str) -> None:
    """Country.get accepts alpha-2 and alpha-3 codes, current and former."""
    country = Country.get(text.upper())
    assert country is not None
    assert country.alpha_3 == alpha_3


@pytest.mark.parametrize(("text", "alpha_3"), COUNTRY_CODES[:2] + COUNTRY_CODES[3:4])
def test_country_constructor_normalises_case(text: str, alpha_3: str) -> None:
    """Country(code) upper-cases the alpha-3 code it is given."""
    assert Country(text).alpha_3 == alpha_3


@pytest.mark.parametrize(("text", "alpha_3"), COUNTRY_NAMES)
def test_country_lookup_names_and_aliases(text: str, alpha_3: str) -> None:
    """Country.lookup resolves names and the aliases news uses."""
    assert Country.lookup(text).alpha_3 == alpha_3


COUNTRY_ATTRIBUTES = [
    pytest.param("AZE", "AZ", id="AZE"),
    pytest.param("DEU", "DE", id="DEU"),
    pytest.param("SUN", "SU", id="SUN"),
    pytest.param("DDR", "DD", id="DDR"),
]


@pytest.mark.parametrize(("alpha_3", "alpha_2"), COUNTRY_ATTRIBUTES)
def test_country_alpha_2(alpha_3: str, alpha_2: str) -> None:
    """alpha_2 is the ISO alpha-2 code (former states keep theirs)."""
    assert Country(alpha_3).alpha_2 == alpha_2


def test_country_name_and_str() -> None:
    """Name is an English name, str() the alpha-3 code."""
    assert Country("AZE").name == "Azerbaijan"
    assert str(Country("AZE")) == "AZE"


@pytest.mark.parametrize("text", ["Narnia", "Atlantis", "XX", "ZZZ", ""])
def test_country_get_unknown_is_none(text: str) -> None:
    """Country.get returns None for names it does not know."""
    assert Country.get(text) is None


def test_country_lookup_unknown_raises() -> None:
    """Country.lookup raises UnknownCountryError naming the input."""
    with pytest.raises(UnknownCountryError) as info:
        Country.lookup("Narnia")
    assert str(info.value) == "unknown country: 'Narnia'"
    assert info.value.name == "Narnia"


def test_country_constructor_rejects_unknown_codes() -> None:
    """Country("XXX") fails validation with UnknownCountryError (a LookupError)."""
    with pytest.raises(LookupError) as info:
        Country("XXX")
    assert str(info.value) == "unknown country: 'XXX'"


def test_countries_sort_by_code() -> None:
    """Countries order by alpha-3 code."""
    assert sorted([Country("TUR"), Country("AZE"), Country("PAK")]) == [
        Country("AZE"),
        Country("PAK"),
        Country("TUR"),
    ]


@given(strategies.countries)
def test_country_code_round_trip(country: Country) -> None:
    """Country.get(country.alpha_3) is the same country, for every valid code."""
    assert Country.get(country.alpha_3) == country


# --- CountryGroup ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [("eu", "EU"), ("OPEC", "OPEC"), ("G7", "G7"), ("G-20", "G-20")],
)
def test_country_group_codes(text: str, code: str) -> None:
    """Group codes are upper-cased short names."""
    assert CountryGroup(text).code == code
    assert str(CountryGroup(text)) == code


def test_country_group_rejects_phrases() -> None:
    """A phrase is not a group code."""
    with pytest.raises(ValueError, match=_FULL) as info:
        CountryGroup("the EU")
    assert str(info.value) == (
        "CountryGroup.code: a group code is an upper-case short name like 'EU' or 'G7' "
        "(got 'THE EU')"
    )


# --- PartialDate -------------------------------------------------------------

# ISO text and the partial date it stands for; used both ways.
ISO_DATES = [
    pytest.param("2021", PartialDate(2021), "year", id="year"),
    pytest.param("2021-12", PartialDate(2021, 12), "month", id="month"),
    pytest.param("2021-12-19", PartialDate(2021, 12, 19), "day", id="day"),
    pytest.param("2024-02-29", PartialDate(2024, 2, 29), "day", id="leap-day"),
    pytest.param("0987", PartialDate(987), "year", id="padded-year"),
]


@pytest.mark.parametrize(("text", "date", "precision"), ISO_DATES)
def test_partial_date_iso_both_ways(text: str, date: PartialDate, precision: str) -> None:
    """from_iso and isoformat are inverses at every precision."""
    assert PartialDate.from_iso(text) == date
    assert date.isoformat() == text
    assert str(date) == text
    assert date.precision == precision


BAD_ISO_DATES = [
    pytest.param(
        "2021-13",
        "not a valid date (month must be in 1..12, got 13)\n    2021-13\n    ~~~~~~^",
        id="month-13",
    ),
    pytest.param(
        "2023-02-29",
        "not a valid date (day must be in 1..28 for 2023-02)\n    2023-02-29\n    ~~~~~~~~~^",
        id="no-leap-day",
    ),
    pytest.param(
        "21-12",
        "expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD\n    21-12\n    ~~~~^",
        id="short-year",
    ),
    pytest.param(
        "December 2021",
        "expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD\n    December 2021\n    ~~~~~~~~~~~~^",
        id="words",
    ),
    pytest.param(
        "2021-1-5",
        "expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD\n    2021-1-5\n    ~~~~~~~^",
        id="unpadded",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_ISO_DATES)
def test_partial_date_invalid_iso(text: str, message: str) -> None:
    """Malformed ISO dates raise DateParseError with the text underlined."""
    with pytest.raises(DateParseError) as info:
        PartialDate.from_iso(text)
    assert str(info.value) == message


INVALID_PARTS = [
    pytest.param(
        (2021, None, 5), "PartialDate.day: a day (5) needs a month", id="day-without-month"
    ),
    pytest.param((2021, 0, None), "PartialDate.month: month must be in 1..12, got 0", id="month-0"),
    pytest.param((2021, 4, 31), "PartialDate.day: day must be in 1..30 for 2021-04", id="april-31"),
]


@pytest.mark.parametrize(("parts", "message"), INVALID_PARTS)
def test_partial_date_invalid_parts(
    parts: tuple[int, int | None, int | None], message: str
) -> None:
    """The constructor rejects impossible dates with a message naming the fault."""
    with pytest.raises(ValueError, match=_FULL) as info:
        PartialDate(*parts)
    assert str(info.value) == message


CONTAINMENT = [
    pytest.param(PartialDate(2021), PartialDate(2021, 12, 19), True, id="year-has-day"),
    pytest.param(PartialDate(2021, 12), PartialDate(2021, 12, 19), True, id="month-has-day"),
    pytest.param(PartialDate(2021, 12), PartialDate(2021), False, id="month-lacks-year"),
    pytest.param(PartialDate(2021, 11), PartialDate(2021, 12, 1), False, id="other-month"),
    pytest.param(PartialDate(2021, 5, 4), PartialDate(2021, 5, 4), True, id="same-day"),
]


@pytest.mark.parametrize(("outer", "inner", "expected"), CONTAINMENT)
def test_partial_date_contains(outer: PartialDate, inner: PartialDate, expected: bool) -> None:
    """Contains is true when every day of the other date is inside."""
    assert outer.contains(inner) is expected


def test_partial_date_first_and_last_day() -> None:
    """first_day and last_day bound the days a date covers."""
    assert PartialDate(2024, 2).first_day() == dt.date(2024, 2, 1)
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert PartialDate(2021).last_day() == dt.date(2021, 12, 31)
    assert PartialDate(2021).to_period() == Period(dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_partial_date_sort_key() -> None:
    """sort_key orders by first day, coarser precision first on ties."""
    dates = [
        PartialDate(2022, 1, 5),
        PartialDate(2021, 12),
        PartialDate(2022),
        PartialDate(2022, 1),
    ]
    assert sorted(dates, key=PartialDate.sort_key) == [
        PartialDate(2021, 12),
        PartialDate(2022),
        PartialDate(2022, 1),
        PartialDate(2022, 1, 5),
    ]


def test_partial_date_from_date() -> None:
    """from_date gives day precision."""
    assert PartialDate.from_date(dt.date(2022, 1, 27)) == PartialDate(2022, 1, 27)


@given(strategies.partial_dates)
def test_partial_date_iso_round_trip(date: PartialDate) -> None:
    """from_iso(isoformat()) is the identity, and a date contains itself."""
    assert PartialDate.from_iso(date.isoformat()) == date
    assert date.contains(date)
    assert date.first_day() <= date.last_day()


# --- Period ------------------------------------------------------------------

PERIODS = [
    pytest.param(Period.year(2020), "2020-01-01", "2020-12-31", id="year"),
    pytest.param(Period.quarter(2021, 1), "2021-01-01", "2021-03-31", id="q1"),
    pytest.param(Period.quarter(2021, 4), "2021-10-01", "2021-12-31", id="q4"),
    pytest.param(Period.month(2024, 2), "2024-02-01", "2024-02-29", id="leap-february"),
    pytest.param(Period.months(2022, 1, 2), "2022-01-01", "2022-02-28", id="two-months"),
    pytest.param(Period.months(2021, 1, 11), "2021-01-01", "2021-11-30", id="eleven-months"),
    pytest.param(
        Period.months(1986, 4, 3, last_year=1987), "1986-04-01", "1987-03-31", id="fiscal-year"
    ),
]


@pytest.mark.parametrize(("period", "start", "end"), PERIODS)
def test_period_constructors(period: Period, start: str, end: str) -> None:
    """Each constructor covers the calendar days it names, both ends inclusive."""
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)
    assert str(period) == f"{start}..{end}"


def test_period_end_before_start() -> None:
    """A period cannot end before it starts."""
    with pytest.raises(ValueError, match=_FULL) as info:
        Period(dt.date(2021, 2, 1), dt.date(2021, 1, 31))
    assert str(info.value) == "Period.end: period end 2021-01-31 is before its start 2021-02-01"


def test_period_bad_quarter() -> None:
    """Quarters are 1..4."""
    with pytest.raises(ValueError, match=_FULL) as info:
        Period.quarter(2021, 5)
    assert str(info.value) == "Period.quarter: quarter must be in 1..4, got 5"


def test_period_contains() -> None:
    """Contains includes both ends."""
    period = Period.quarter(2021, 1)
    assert period.contains(dt.date(2021, 1, 1))
    assert period.contains(dt.date(2021, 3, 31))
    assert not period.contains(dt.date(2021, 4, 1))


@given(strategies.periods())
def test_period_start_not_after_end(period: Period) -> None:
    """Every valid period contains its own start and end."""
    assert period.start <= period.end
    assert period.contains(period.start)
    assert period.contains(period.end)


# --- Money -------------------------------------------------------------------

MONEY = [
    pytest.param("13.2E6", "usd", Decimal("13200000"), "USD", id="exponent"),
    pytest.param(124_000_000_000, "DEM", Decimal("124000000000"), "DEM", id="historic-mark"),
    pytest.param("3.5", "FRF", Decimal("3.5"), "FRF", id="historic-franc"),
    pytest.param(0.1, "EUR", Decimal("0.1"), "EUR", id="float-shortest-repr"),
    pytest.param("-279.9E6", "USD", Decimal("-279900000"), "USD", id="deficit"),
    pytest.param(Decimal("0.30"), "JPY", Decimal("0.30"), "JPY", id="decimal"),
]


@pytest.mark.parametrize(("amount", "currency", "value", "code"), MONEY)
def test_money(
    amount: Decimal | int | str | float, currency: str, value: Decimal, code: str
) -> None:
    """Amounts become exact Decimals; currencies upper-cased ISO 4217 codes."""
    money = Money(amount, currency)
    assert money.amount == value
    assert isinstance(money.amount, Decimal)
    assert money.currency == code


def test_money_keeps_digits_exactly() -> None:
    """Decimal arithmetic on amounts is exact (no binary float noise)."""
    assert Money("0.1", "USD").amount + Money("0.2", "USD").amount == Decimal("0.3")


def test_money_str() -> None:
    """str(Money) groups thousands and names the currency."""
    assert str(Money("13.2E6", "USD")) == "13,200,000 USD"


BAD_MONEY = [
    pytest.param(
        "lots", "USD", MoneyParseError, "expected a decimal amount\n    lots\n    ~~~^", id="words"
    ),
    pytest.param(
        "NaN", "USD", MoneyParseError, "expected a finite amount\n    NaN\n    ~~^", id="nan"
    ),
    pytest.param(
        "1",
        "XYZ",
        ValueError,
        "Money.currency: expected an ISO 4217 code (got 'XYZ')",
        id="currency",
    ),
]


@pytest.mark.parametrize(("amount", "currency", "error", "message"), BAD_MONEY)
def test_money_invalid(amount: str, currency: str, error: type[Exception], message: str) -> None:
    """Bad amounts and unknown currencies are rejected with a full message."""
    with pytest.raises(error) as info:
        Money(amount, currency)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("code", "expected"),
    [("USD", True), ("EUR", True), ("DEM", True), ("SUR", True), ("XYZ", False)],
)
def test_is_currency_code(code: str, expected: bool) -> None:
    """Current and historic ISO 4217 codes are currencies; nothing else is."""
    assert is_currency_code(code) is expected


# --- Span, Place, Participant ------------------------------------------------


def test_span_of() -> None:
    """Span.of cuts the text at the offsets."""
    body = "Baku and Islamabad discussed trade."
    assert Span.of(body, 9, 18) == Span(9, 18, "Islamabad")


SPAN_ERRORS = [
    pytest.param(
        (0, 3, "Baku"),
        "Span.text: span text 'Baku' has length 4, but offsets 0..3 cover 3",
        id="length-mismatch",
    ),
    pytest.param((5, 2, ""), "Span.end: span end 2 is before its start 5", id="backwards"),
    pytest.param((-1, 3, "Bak"), "Span.start: span start must be >= 0, got -1", id="negative"),
]


@pytest.mark.parametrize(("args", "message"), SPAN_ERRORS)
def test_span_invalid(args: tuple[int, int, str], message: str) -> None:
    """Spans whose offsets do not fit their text are rejected."""
    with pytest.raises(ValueError, match=_FULL) as info:
        Span(*args)
    assert str(info.value) == message


@given(strategies.spans())
def test_span_length(span: Span) -> None:
    """A span's text is exactly as long as its offsets say."""
    assert len(span.text) == span.end - span.start


def test_place_fields() -> None:
    """A place has an optional city and an optional country."""
    assert Place() == Place(city=None, country=None)
    assert Place(city="Baku", country=Country("AZE")).country == Country("AZE")


def test_participant_needs_a_name() -> None:
    """A participant's name cannot be empty."""
    with pytest.raises(ValueError, match=_FULL) as info:
        Participant(name="")
    assert str(info.value) == "Participant.name: expected a non-empty name"


def test_participant_fields() -> None:
    """A participant keeps the role as written and the country."""
    person = Participant(name="Joe Biden", role="President", country=Country("USA"))
    assert (person.name, person.role, person.country) == ("Joe Biden", "President", Country("USA"))
    assert Participant(name="Joe Biden").role is None
