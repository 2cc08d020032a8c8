"""Serialization: JSON, dicts, JSON Lines and CSV keep every record exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from diplonews import (
    Agreement,
    ArticleResult,
    Country,
    CountryGroup,
    Meeting,
    Money,
    PartialDate,
    Participant,
    Period,
    Place,
    SerializationError,
    Span,
    TradeRecord,
)
from diplonews.serialization import (
    csv_columns,
    from_dict,
    from_json,
    make_converter,
    read_csv,
    read_jsonl,
    to_dict,
    to_json,
    write_csv,
    write_jsonl,
)

EVERY_TYPE = [
    pytest.param(strategies.countries, id="Country"),
    pytest.param(strategies.country_groups, id="CountryGroup"),
    pytest.param(strategies.partial_dates, id="PartialDate"),
    pytest.param(strategies.periods(), id="Period"),
    pytest.param(strategies.money, id="Money"),
    pytest.param(strategies.spans(), id="Span"),
    pytest.param(strategies.places, id="Place"),
    pytest.param(strategies.participants, id="Participant"),
    pytest.param(strategies.meetings, id="Meeting"),
    pytest.param(strategies.agreements, id="Agreement"),
    pytest.param(strategies.trade_records, id="TradeRecord"),
    pytest.param(strategies.articles, id="Article"),
    pytest.param(strategies.article_results, id="ArticleResult"),
]
# Types whose JSON shape is an object (countries and dates are strings).
OBJECT_TYPES = EVERY_TYPE[3:]
RECORD_TYPES = EVERY_TYPE[8:]


@pytest.mark.parametrize("strategy", EVERY_TYPE)
@given(data=st.data())
def test_json_round_trip(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """from_json(to_json(x), type(x)) == x for every value and record."""
    value = data.draw(strategy)
    assert from_json(to_json(value), type(value)) == value


@pytest.mark.parametrize("strategy", OBJECT_TYPES)
@given(data=st.data())
def test_dict_round_trip(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """from_dict(to_dict(x), type(x)) == x for every object-shaped type."""
    value = data.draw(strategy)
    assert from_dict(to_dict(value), type(value)) == value


@pytest.mark.parametrize("strategy", RECORD_TYPES)
@given(data=st.data())
def test_jsonl_round_trip(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """write_jsonl then read_jsonl gives the same records, one line each."""
    records = data.draw(st.lists(strategy, max_size=4))
    buffer = io.StringIO()
    assert write_jsonl(records, buffer) == len(records)
    assert buffer.getvalue().count("\n") == len(records)
    buffer.seek(0)
    assert list(read_jsonl(buffer, type(records[0]) if records else Meeting)) == records


def _as_read_back(record: Any, article_id: str) -> Any:
    """What the CSV tables give back: the article id filled in, an empty place as null."""
    changes: dict[str, Any] = {"article_id": record.article_id or article_id}
    location = getattr(record, "location", None)
    if location == Place():
        changes["location"] = None
    return attrs.evolve(record, **changes)


@given(results=st.lists(strategies.article_results, max_size=3))
def test_csv_round_trip(results: list[ArticleResult]) -> None:
    """Records written by write_csv read back equal (up to the documented empty cells)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_csv(results, Path(tmp))
        for table, cls in (
            ("meetings", Meeting),
            ("agreements", Agreement),
            ("trade_records", TradeRecord),
        ):
            expected = [
                _as_read_back(record, result.id)
                for result in results
                for record in getattr(result, table)
            ]
            with paths[table].open(encoding="utf-8", newline="") as handle:
                assert list(read_csv(handle, cls)) == expected


def test_decimal_exact_in_json() -> None:
    """Amounts are written digit for digit, never through a float."""
    money = Money(Decimal("123456789012345678.123456789"), "USD")
    assert to_json(money) == '{"amount": 123456789012345678.123456789, "currency": "USD"}'
    assert from_json(to_json(money), Money).amount == Decimal("123456789012345678.123456789")


def test_decimal_integral_values_are_plain_numbers() -> None:
    """13.2 million is written 13200000 (no exponent, no fraction)."""
    assert to_json(Money("13.2E6", "USD")) == '{"amount": 13200000, "currency": "USD"}'
    assert to_json(Money("-0.50", "EUR")) == '{"amount": -0.5, "currency": "EUR"}'


def test_trade_record_json_shape() -> None:
    """A trade record has the keys and value shapes of spec/EXTRACTION.md."""
    record = TradeRecord(
        id="t1",
        article_id="a1",
        reporter=Country("AZE"),
        partner=CountryGroup("EU"),
        flow="balance",
        value="-279.9E6",
        currency="usd",
        period=Period.quarter(2021, 1),
        target=True,
        evidence=[Span(3, 7, "fell")],
        rule="r",
    )
    assert to_json(record) == (
        '{"id": "t1", "article_id": "a1", "reporter": "AZE", "partner": "EU", '
        '"flow": "balance", "value": -279900000, "currency": "USD", '
        '"period": {"start": "2021-01-01", "end": "2021-03-31"}, "target": true, '
        '"evidence": [{"start": 3, "end": 7, "text": "fell"}], "rule": "r"}'
    )


VALUE_SHAPES = [
    pytest.param(Country("aze"), '"AZE"', id="country"),
    pytest.param(Country("SUN"), '"SUN"', id="historic-country"),
    pytest.param(CountryGroup("opec"), '"OPEC"', id="group"),
    pytest.param(PartialDate(2021), '"2021"', id="year"),
    pytest.param(PartialDate(2021, 12), '"2021-12"', id="month"),
    pytest.param(PartialDate(2021, 12, 19), '"2021-12-19"', id="day"),
    pytest.param(
        Period.months(2022, 1, 2), '{"start": "2022-01-01", "end": "2022-02-28"}', id="period"
    ),
    pytest.param(Place(city="Baku"), '{"city": "Baku", "country": null}', id="place"),
    pytest.param(
        Participant(name="Joe Biden", role="President", country=Country("USA")),
        '{"name": "Joe Biden", "role": "President", "country": "USA"}',
        id="participant",
    ),
]


@pytest.mark.parametrize(("value", "text"), VALUE_SHAPES)
def test_value_shapes(value: Any, text: str) -> None:
    """Each value has the JSON shape of the spec, both ways."""
    assert to_json(value) == text
    assert from_json(text, type(value)) == value


def test_party_codes_and_groups() -> None:
    """A party is a Country when it is an alpha-3 code, a group otherwise (sorted by code)."""
    agreement = from_json(
        '{"kind": "treaty", "status": "signed", "parties": ["tur", "EU", "CIS", "SUN"]}',
        Agreement,
    )
    assert agreement.parties == (
        CountryGroup("CIS"),
        CountryGroup("EU"),
        Country("SUN"),
        Country("TUR"),
    )


def test_converter_is_shared() -> None:
    """make_converter builds one converter and hands it out every time."""
    assert make_converter() is make_converter()


def test_enums_are_plain_strings_in_dicts() -> None:
    """to_dict gives plain strings for kinds and statuses, not enum members."""
    data = to_dict(Meeting(kind="visit", status="planned"))
    assert type(data["kind"]) is str
    assert (data["kind"], data["status"]) == ("visit", "planned")


BAD_INPUTS = [
    pytest.param(
        '{"kind": "treaty", "status": "signed", "parties": ["AZE", 3]}',
        Agreement,
        "invalid Agreement: expected a country code or a group name, got 3 @ $.parties[1]",
        id="party-not-a-string",
    ),
    pytest.param(
        '{"kind": "chat", "status": "held", "date": "2021-13"}',
        Meeting,
        "invalid Meeting: 'chat' is not a valid MeetingKind @ $.kind; "
        "not a valid date (month must be in 1..12, got 13): '2021-13' @ $.date",
        id="kind-and-date",
    ),
    pytest.param(
        '{"kind": "call", "status": "held", "location": {"city": "Baku", "country": "XXX"}}',
        Meeting,
        "invalid Meeting: unknown country: 'XXX' @ $.location.country",
        id="nested-country",
    ),
    pytest.param(
        '{"kind": "call"}',
        Meeting,
        "invalid Meeting: required field missing @ $.status",
        id="missing-field",
    ),
    pytest.param(
        '{"start": "2021-02-01", "end": "2021-01-01"}',
        Period,
        "invalid Period: period end 2021-01-01 is before its start 2021-02-01 @ $",
        id="period-backwards",
    ),
    pytest.param(
        '{"reporter": "AZE", "flow": "export", "value": 5, "currency": "XYZ",'
        ' "period": {"start": "2021-01-01", "end": "2021-12-31"}}',
        TradeRecord,
        "invalid TradeRecord: expected an ISO 4217 code (got 'XYZ') @ $",
        id="currency",
    ),
    pytest.param(
        '{"amount": "lots", "currency": "USD"}',
        Money,
        "invalid Money: expected a decimal amount: 'lots' @ $.amount",
        id="amount",
    ),
    pytest.param(
        "{'city': 'Baku'}",
        Place,
        "not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        id="not-json",
    ),
]


@pytest.mark.parametrize(("text", "cls", "message"), BAD_INPUTS)
def test_bad_input_messages(text: str, cls: type[Any], message: str) -> None:
    """Bad data raises SerializationError listing what is wrong and where."""
    with pytest.raises(SerializationError) as info:
        from_json(text, cls)
    assert str(info.value) == message


def test_serialization_error_is_a_value_error() -> None:
    """Callers catching ValueError catch serialization errors too."""
    with pytest.raises(ValueError, match="required field missing"):
        from_dict({"kind": "call"}, Meeting)


def test_to_dict_rejects_non_records() -> None:
    """to_dict says what it got when the value is not an object."""
    with pytest.raises(SerializationError) as info:
        to_dict(Country("AZE"))
    assert str(info.value) == "expected an attrs record, got Country"


def test_read_jsonl_names_the_line() -> None:
    """A bad line is reported with its number, blank lines counted."""
    source = io.StringIO('{"city": "Baku"}\n\n{"country": "XXX"}\n')
    reader = read_jsonl(source, Place)
    assert next(reader) == Place(city="Baku")
    with pytest.raises(SerializationError) as info:
        next(reader)
    assert str(info.value) == "line 3: invalid Place: unknown country: 'XXX' @ $.country"


def test_read_jsonl_names_the_line_of_bad_json() -> None:
    """Malformed JSON is reported with line and column."""
    with pytest.raises(SerializationError) as info:
        list(read_jsonl(io.StringIO('{"city": "Baku"}\n{"city": "Baku",}\n'), Place))
    assert str(info.value) == (
        "line 2, column 17: not JSON: Expecting property name enclosed in double quotes"
    )


def _sample_result() -> ArticleResult:
    return ArticleResult(
        id="a1",
        published=dt.date(2022, 1, 27),
        author="Vugar Khalilov",
        meetings=[
            Meeting(
                id="m1",
                kind="visit",
                status="planned",
                countries=[Country("TUR"), Country("AZE")],
                date=PartialDate(2022, 2),
                location=Place(city="Ankara", country=Country("TUR")),
                participants=[Participant(name="Ilham Aliyev", role="President")],
                evidence=[Span(0, 5, "visit"), Span(10, 16, "Ankara")],
                rule="visit-to",
            )
        ],
        agreements=[
            Agreement(id="g1", article_id="a1", kind="memorandum", status="signed", count=3)
        ],
        trade_records=[
            TradeRecord(
                id="t1",
                reporter=Country("AZE"),
                partner=Country("PAK"),
                flow="turnover",
                value="13.2E6",
                currency="USD",
                period=Period.months(2021, 1, 11),
            )
        ],
    )


def test_csv_tables_exact() -> None:
    """The four tables have the documented columns and flat cells."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_csv([_sample_result()], Path(tmp) / "out")
        assert sorted(paths) == ["agreements", "articles", "meetings", "trade_records"]
        assert {p.name for p in (Path(tmp) / "out").iterdir()} == {
            "articles.csv",
            "meetings.csv",
            "agreements.csv",
            "trade_records.csv",
        }
        text = {name: path.read_bytes().decode("utf-8") for name, path in paths.items()}
    assert text["articles"] == (
        "article_id,published,author,title,url,outlet,n_meetings,n_agreements,n_trade_records,"
        "source,line\r\n"
        "a1,2022-01-27,Vugar Khalilov,,,,1,1,1,,\r\n"
    )
    assert text["meetings"] == (
        "id,article_id,kind,status,countries,organization,date,location_city,location_country,"
        "participants,title,evidence_start,evidence_end,evidence_text,evidence,rule\r\n"
        'm1,a1,visit,planned,AZE;TUR,,2022-02,Ankara,TUR,"[{""name"": ""Ilham Aliyev"", '
        '""role"": ""President"", ""country"": null}]",,0,5,visit,'
        '"[{""start"": 0, ""end"": 5, ""text"": ""visit""}, '
        '{""start"": 10, ""end"": 16, ""text"": ""Ankara""}]",visit-to\r\n'
    )
    assert text["agreements"] == (
        "id,article_id,kind,title,parties,status,date,location_city,location_country,count,"
        "evidence_start,evidence_end,evidence_text,evidence,rule\r\n"
        "g1,a1,memorandum,,,signed,,,,3,,,,[],\r\n"
    )
    assert text["trade_records"] == (
        "id,article_id,reporter,partner,flow,value,currency,period_start,period_end,target,"
        "evidence_start,evidence_end,evidence_text,evidence,rule\r\n"
        "t1,a1,AZE,PAK,turnover,13200000,USD,2021-01-01,2021-11-30,false,,,,[],\r\n"
    )


def test_csv_columns_follow_attrs_fields() -> None:
    """Every record field appears in the columns, in attrs.fields order."""
    for cls in (Meeting, Agreement, TradeRecord):
        columns = csv_columns(cls)
        firsts = [c for c in columns if c in {f.name for f in attrs.fields(cls)}]
        assert firsts == [f.name for f in attrs.fields(cls) if f.name not in {"location", "period"}]


def test_read_csv_rejects_a_foreign_header() -> None:
    """read_csv names the columns it expected."""
    with pytest.raises(SerializationError) as info:
        list(read_csv(io.StringIO("id,kind\r\n"), Agreement))
    assert str(info.value) == (
        "line 1: expected the columns id, article_id, kind, title, parties, status, date, "
        "location_city, location_country, count, evidence_start, evidence_end, evidence_text, "
        "evidence, rule; got ['id', 'kind']"
    )


def test_read_csv_names_the_line() -> None:
    """A bad row is reported with its line number."""
    header = ",".join(csv_columns(TradeRecord))
    rows = (
        "t1,a1,AZE,,export,5,USD,2021-01-01,2021-12-31,false,,,,[],\r\n"
        "t2,a1,AZE,,export,5,USD,2021-01-01,2020-12-31,false,,,,[],\r\n"
    )
    reader = read_csv(io.StringIO(header + "\r\n" + rows), TradeRecord)
    assert next(reader).id == "t1"
    with pytest.raises(SerializationError) as info:
        next(reader)
    assert str(info.value) == (
        "line 3: invalid TradeRecord: period end 2020-12-31 is before its start 2021-01-01"
        " @ $.period"
    )


def test_read_csv_only_reads_record_tables() -> None:
    """read_csv refuses classes it has no table for."""
    with pytest.raises(SerializationError) as info:
        list(read_csv(io.StringIO(""), Place))
    assert str(info.value) == (
        "read_csv reads meetings, agreements or trade records, not <class 'diplonews.values.Place'>"
    )


def test_write_csv_reads_the_first_evidence_span() -> None:
    """evidence_start/end/text describe the first span only."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_csv([_sample_result()], Path(tmp))
        with paths["meetings"].open(encoding="utf-8", newline="") as handle:
            (row,) = csv.DictReader(handle)
    assert (row["evidence_start"], row["evidence_end"], row["evidence_text"]) == (
        "0",
        "5",
        "visit",
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("1.32E+7", "13200000"),
        ("13200000.00", "13200000"),
        ("2.50", "2.5"),
        ("123456789012345678901234567890.5", "123456789012345678901234567890.5"),
        ("-3.1E-5", "-0.000031"),
    ],
)
def test_values_are_written_with_every_digit(value: str, text: str) -> None:
    """Decimal values beyond float (and Decimal context) precision are written digit for digit."""
    record = TradeRecord(
        reporter=Country("AZE"),
        flow="export",
        value=value,
        currency="USD",
        period=Period.year(2020),
    )
    written = to_json(record)
    assert f'"value": {text},' in written
    assert from_json(written, TradeRecord).value == Decimal(value)
