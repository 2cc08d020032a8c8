"""Values that behave like what they stand for (issue 10, item 4)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

import strategies
from diplonews import (
    Agreement,
    AgreementKind,
    AgreementStatus,
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
    TradeFlow,
    TradeRecord,
    UnknownCountryError,
    ValidationError,
)
from diplonews.exports.comtrade import period_fields
from diplonews.models import filter_records
from diplonews.serialization import from_json, to_dict, to_json

# --- countries and groups compare with their codes --------------------------------


def test_code_in_meeting_countries() -> None:
    """``"AZE" in meeting.countries`` is True (issue 10)."""
    meeting = Meeting(kind="call", status="held", countries=[Country("AZE"), Country("PAK")])
    assert "AZE" in meeting.countries
    assert "GEO" not in meeting.countries


def test_partner_equals_code() -> None:
    """``record.partner == "GEO"`` is True (issue 10)."""
    record = TradeRecord(
        reporter=Country("AZE"),
        partner=Country("GEO"),
        flow="export",
        value=1,
        currency="USD",
        period=Period.year(2020),
    )
    assert record.partner == "GEO"
    assert record.partner != "ARM"


EQUALITY = [
    pytest.param(Country("AZE"), "AZE", True, id="country-code"),
    pytest.param(Country("AZE"), "aze", False, id="country-code-lower-case"),
    pytest.param(Country("AZE"), "AZ", False, id="country-alpha-2"),
    pytest.param(Country("AZE"), Country("AZE"), True, id="country-country"),
    pytest.param(Country("AZE"), CountryGroup("AZE"), False, id="country-group"),
    pytest.param(CountryGroup("EU"), "EU", True, id="group-code"),
    pytest.param(CountryGroup("EU"), "ASEAN", False, id="group-other-code"),
    pytest.param(Country("AZE"), 31, False, id="country-int"),
]


@pytest.mark.parametrize(("value", "other", "equal"), EQUALITY)
def test_equality_with_codes(value: object, other: object, equal: bool) -> None:
    """A country or group equals its exact code, both ways round."""
    assert (value == other) is equal
    assert (other == value) is equal
    assert (value != other) is (not equal)


def test_hash_agrees_with_equality() -> None:
    """Equal values hash alike, so sets and dict keys mix values and codes."""
    assert hash(Country("GEO")) == hash("GEO")
    assert hash(CountryGroup("EU")) == hash("EU")
    totals = {Country("GEO"): 3, CountryGroup("EU"): 5}
    assert (totals["GEO"], totals["EU"]) == (3, 5)
    assert {Country("GEO"), "GEO"} == {"GEO"}


def test_countries_still_sort_and_refuse_strings() -> None:
    """Countries sort among themselves; ordering against a str is a TypeError."""
    assert sorted([Country("TUR"), Country("AZE")]) == ["AZE", "TUR"]
    with pytest.raises(TypeError):
        _ = Country("AZE") < "TUR"  # type: ignore[operator]


# --- enums print their value -----------------------------------------------------

ENUMS: list[Any] = [
    *(pytest.param(member, id=f"{type(member).__name__}.{member.name}") for member in MeetingKind),
    *(
        pytest.param(member, id=f"{type(member).__name__}.{member.name}")
        for member in MeetingStatus
    ),
    *(pytest.param(m, id=f"{type(m).__name__}.{m.name}") for m in AgreementKind),
    *(pytest.param(m, id=f"{type(m).__name__}.{m.name}") for m in AgreementStatus),
    *(pytest.param(m, id=f"{type(m).__name__}.{m.name}") for m in TradeFlow),
]


@pytest.mark.parametrize("member", ENUMS)
def test_enum_str_is_its_value(member: Any) -> None:
    """str(), format() and f-strings give the value (``str(MeetingKind.CALL) == "call"``)."""
    assert str(member) == member.value
    assert f"{member}" == member.value
    assert f"{member:>12}" == f"{member.value:>12}"
    assert member == member.value


def test_meeting_kind_call() -> None:
    """The issue's example."""
    assert str(MeetingKind.CALL) == "call"


# --- readable text ---------------------------------------------------------------

TEXTS = [
    pytest.param(Place(city="Baku", country=Country("AZE")), "Baku, AZE", id="place-city-country"),
    pytest.param(Place(city="Baku"), "Baku", id="place-city"),
    pytest.param(Place(country=Country("GEO")), "GEO", id="place-country"),
    pytest.param(Place(), "", id="place-empty"),
    pytest.param(
        Participant(name="Lena Marsh", role="Foreign Minister", country=Country("GEO")),
        "Lena Marsh (Foreign Minister, GEO)",
        id="participant-full",
    ),
    pytest.param(Participant(name="Lena Marsh"), "Lena Marsh", id="participant-name"),
    pytest.param(PartialDate(2021, 5), "2021-05", id="partial-date"),
    pytest.param(Period.quarter(2021, 2), "2021-04-01..2021-06-30", id="period"),
]


@pytest.mark.parametrize(("value", "text"), TEXTS)
def test_str_is_readable(value: object, text: str) -> None:
    """str() of a value is what a reader would write, never a repr."""
    assert str(value) == text


# --- partial dates sort ----------------------------------------------------------


def test_partial_dates_sort() -> None:
    """Partial dates sort by first day, coarser first on ties."""
    dates = [PartialDate(2021, 12, 19), PartialDate(2021), PartialDate(2021, 12), PartialDate(2020)]
    assert sorted(dates) == [
        PartialDate(2020),
        PartialDate(2021),
        PartialDate(2021, 12),
        PartialDate(2021, 12, 19),
    ]
    assert PartialDate(2021) < PartialDate(2021, 1) <= PartialDate(2021, 1)
    assert PartialDate(2022) > PartialDate(2021, 12, 31) >= PartialDate(2021, 12)


def test_partial_dates_do_not_compare_with_dates() -> None:
    """Ordering a partial date against another type is a TypeError, as for any value."""
    with pytest.raises(TypeError):
        _ = PartialDate(2021) < dt.date(2021, 1, 1)  # type: ignore[operator]


@given(strategies.partial_dates, strategies.partial_dates)
def test_partial_date_order_matches_sort_key(a: PartialDate, b: PartialDate) -> None:
    """``<`` agrees with sort_key, and the order is total."""
    assert (a < b) is (a.sort_key() < b.sort_key())
    assert (a <= b) or (b <= a)
    assert (a <= b <= a) is (a == b)


# --- period helpers --------------------------------------------------------------

PERIOD_UNITS = [
    pytest.param(Period.year(2020), "year", 2020, None, None, id="year"),
    pytest.param(Period.quarter(2021, 4), "quarter", None, (2021, 4), None, id="quarter"),
    pytest.param(Period.month(2021, 2), "month", None, None, (2021, 2), id="month"),
    pytest.param(Period.months(2021, 1, 11), None, None, None, None, id="jan-nov"),
    pytest.param(Period.months(2021, 2, 4), None, None, None, None, id="feb-apr"),
    pytest.param(
        Period.months(2020, 4, 3, last_year=2021), None, None, None, None, id="fiscal-year"
    ),
    pytest.param(
        Period(dt.date(2021, 1, 1), dt.date(2021, 12, 30)), None, None, None, None, id="short"
    ),
]


@pytest.mark.parametrize(("period", "unit", "year", "quarter", "month"), PERIOD_UNITS)
def test_period_calendar_units(
    period: Period,
    unit: str | None,
    year: int | None,
    quarter: tuple[int, int] | None,
    month: tuple[int, int] | None,
) -> None:
    """A period says whether it is exactly one calendar year, quarter or month."""
    assert period.calendar_unit == unit
    assert (period.as_year(), period.as_quarter(), period.as_month()) == (year, quarter, month)


@given(strategies.periods())
def test_period_units_agree_with_comtrade(period: Period) -> None:
    """The helpers and the Comtrade export classify every period the same way."""
    freq, _ = period_fields(period)
    expected = {"A": "year", "Q": "quarter", "M": "month", "P": None}[freq]
    assert period.calendar_unit == expected


def test_period_overlaps_and_covers() -> None:
    """overlaps: one shared day is enough; covers: every day."""
    q1, q2, year = Period.quarter(2021, 1), Period.quarter(2021, 2), Period.year(2021)
    assert year.covers(q2)
    assert not q2.covers(year)
    assert q1.overlaps(year)
    assert not q1.overlaps(q2)
    assert Period.months(2021, 3, 4).overlaps(q1)


# --- JSON-safe dicts and exact decimals ------------------------------------------


def _money_result() -> ArticleResult:
    record = TradeRecord(
        article_id="t1",
        reporter=Country("AZE"),
        flow="export",
        value=Decimal("2.75E6"),
        currency="USD",
        period=Period.year(2022),
    )
    fraction = TradeRecord(
        article_id="t1",
        reporter=Country("AZE"),
        flow="import",
        value=Decimal("0.125"),
        currency="USD",
        period=Period.year(2022),
    )
    return ArticleResult(id="t1", trade_records=[record, fraction])


def test_to_dict_json_safe() -> None:
    """``json.dumps(to_dict(result, json_safe=True))`` works (issue 10)."""
    result = _money_result()
    with pytest.raises(TypeError):
        json.dumps(to_dict(result))
    data = to_dict(result, json_safe=True)
    assert [r["value"] for r in data["trade_records"]] == [2750000, 0.125]
    assert isinstance(data["trade_records"][0]["value"], int)
    assert json.loads(json.dumps(data)) == data


@given(strategies.article_results)
def test_json_safe_dict_is_the_parsed_json(result: ArticleResult) -> None:
    """The JSON-safe dict is exactly what parsing the JSON text gives."""
    data = to_dict(result, json_safe=True)
    assert data == json.loads(to_json(result))
    assert json.loads(json.dumps(data)) == data


@given(strategies.article_results)
def test_to_json_is_valid_json_with_exact_values(result: ArticleResult) -> None:
    """to_json always writes valid JSON, and reads back equal (Decimals exact)."""
    text = to_json(result, indent=2)
    json.loads(text)
    assert from_json(text, ArticleResult) == result


def test_no_in_band_marker_for_decimals() -> None:
    """A text that looks like the old internal decimal marker stays a text (issue 11)."""
    marker_like = "\ue000decimal:12.5"
    money_text = to_json(Money("0.5", "USD"))
    assert money_text == '{"amount": 0.5, "currency": "USD"}'
    result = ArticleResult(
        id="m1",
        title=marker_like,
        trade_records=[
            TradeRecord(
                reporter=Country("AZE"),
                flow="export",
                value=Decimal("1.5"),
                currency="USD",
                period=Period.year(2022),
            )
        ],
    )
    text = to_json(result)
    assert json.loads(text)["title"] == marker_like
    assert from_json(text, ArticleResult) == result


# --- filtering records -----------------------------------------------------------

_MEETING = Meeting(
    article_id="f1",
    kind="call",
    status="held",
    countries=[Country("GEO"), Country("MDA")],
    date=PartialDate(2023, 5, 4),
)
_UNDATED = Meeting(article_id="f1", kind="visit", status="planned", countries=[Country("ARM")])
_TREATY = Agreement(
    article_id="f1",
    kind="treaty",
    status="signed",
    parties=[Country("GEO"), CountryGroup("EU")],
    date=PartialDate(2023, 6),
)
_EXPORTS = TradeRecord(
    article_id="f1",
    reporter=Country("MDA"),
    partner=CountryGroup("EU"),
    flow="export",
    value=100,
    currency="EUR",
    period=Period.quarter(2023, 2),
)
_RESULT = ArticleResult(
    id="f1", meetings=[_MEETING, _UNDATED], agreements=[_TREATY], trade_records=[_EXPORTS]
)

FILTERS: list[Any] = [
    pytest.param({}, [_MEETING, _UNDATED, _TREATY, _EXPORTS], id="no-criteria"),
    pytest.param({"country": "GEO"}, [_MEETING, _TREATY], id="country-code"),
    pytest.param({"country": "ge"}, [_MEETING, _TREATY], id="country-alpha-2"),
    pytest.param({"country": Country("MDA")}, [_MEETING, _EXPORTS], id="country-reporter"),
    pytest.param({"country": "EU"}, [_TREATY, _EXPORTS], id="group-party-and-partner"),
    pytest.param({"kind": "call"}, [_MEETING], id="kind-text"),
    pytest.param({"kind": AgreementKind.TREATY}, [_TREATY], id="kind-member"),
    pytest.param({"kind": TradeFlow.EXPORT}, [_EXPORTS], id="flow"),
    pytest.param({"period": "2023"}, [_MEETING, _TREATY, _EXPORTS], id="year-text"),
    pytest.param({"period": Period.quarter(2023, 2)}, [_MEETING, _TREATY, _EXPORTS], id="q2"),
    pytest.param({"period": "2023-05"}, [_MEETING], id="month-excludes-coarser"),
    pytest.param({"period": PartialDate(2022)}, [], id="other-year"),
    pytest.param({"country": "GEO", "kind": "treaty", "period": "2023"}, [_TREATY], id="all"),
]


@pytest.mark.parametrize(("criteria", "expected"), FILTERS)
def test_filter_records(criteria: dict[str, Any], expected: list[object]) -> None:
    """filter_records and ArticleResult.filter keep the records that match every criterion."""
    assert list(filter_records([_RESULT], **criteria)) == expected
    assert list(filter_records(_RESULT.records, **criteria)) == expected
    assert list(_RESULT.filter(**criteria).records) == expected


def test_filter_keeps_the_article_fields() -> None:
    """ArticleResult.filter changes only the record tuples."""
    filtered = _RESULT.filter(country="ARM")
    assert (filtered.id, filtered.meetings, filtered.agreements) == ("f1", (_UNDATED,), ())


FILTER_ERRORS: list[Any] = [
    pytest.param({"country": "the EU"}, ValidationError, id="phrase"),
    pytest.param({"country": 7}, ValidationError, id="number"),
    pytest.param({"period": "May 2023"}, ValidationError, id="period-words"),
]


@pytest.mark.parametrize(("criteria", "error"), FILTER_ERRORS)
def test_filter_rejects_bad_criteria(criteria: dict[str, Any], error: type[Exception]) -> None:
    """Criteria that mean nothing raise the library's error at once."""
    with pytest.raises(error):
        _RESULT.filter(**criteria)


def test_filter_rejects_other_items() -> None:
    """Items that are neither records nor results are refused."""
    with pytest.raises(ValidationError) as info:
        list(filter_records(["GEO"]))  # type: ignore[list-item]
    assert str(info.value) == "expected records or article results (got a str)"


@pytest.mark.parametrize("code", ["XQZ", "XQ"])
def test_unknown_country_code_in_filter(code: str) -> None:
    """A code that is no country is read as a group short name, as the JSON form does."""
    assert list(filter_records([_RESULT], country=code)) == []
    with pytest.raises(UnknownCountryError):
        Country(code)
