"""Comtrade-shaped CSV export: flows, partners, periods, exact values, the CSV writer."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from diplonews import Article, ArticleResult, Country, CountryGroup, Period, TradeRecord
from diplonews.exports.comtrade import (
    COMTRADE_COLUMNS,
    comtrade_rows,
    period_fields,
    write_comtrade_csv,
)
from diplonews.extract import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
AZE, PAK = Country("AZE"), Country("PAK")


def _record(**kw: object) -> TradeRecord:
    fields: dict[str, object] = {
        "reporter": AZE,
        "partner": PAK,
        "flow": "export",
        "value": 1,
        "currency": "USD",
        "period": Period.year(2020),
    }
    fields.update(kw)
    return TradeRecord(**fields)  # type: ignore[arg-type]


def _row(**kw: object) -> dict[str, str]:
    [row] = comtrade_rows(_record(**kw))
    return row


# diplonews flow -> (flowCode, flowDesc starts with): the documented mapping.
FLOWS = [
    ("export", "X", "Export"),
    ("import", "M", "Import"),
    ("turnover", "TURNOVER", "Turnover"),
    ("balance", "BALANCE", "Balance"),
]


@pytest.mark.parametrize(("flow", "code", "desc"), FLOWS, ids=[f[0] for f in FLOWS])
def test_flow_codes(flow: str, code: str, desc: str) -> None:
    """Exports are X, imports M; turnover and balance keep labels of their own."""
    row = _row(flow=flow)
    assert row["flowCode"] == code
    assert row["flowDesc"].startswith(desc)


# (period, freqCode, period, periodStart, periodEnd): calendar year and month as in
# Comtrade; quarters and other spans as documented (year of the start, explicit bounds).
PERIODS = [
    (Period.year(2020), "A", "2020", "2020-01-01", "2020-12-31"),
    (Period.month(2021, 3), "M", "202103", "2021-03-01", "2021-03-31"),
    (Period.month(2024, 2), "M", "202402", "2024-02-01", "2024-02-29"),
    (Period.quarter(2021, 4), "Q", "2021", "2021-10-01", "2021-12-31"),
    (Period.months(2021, 1, 11), "P", "2021", "2021-01-01", "2021-11-30"),
    (Period.months(2021, 2, 4), "P", "2021", "2021-02-01", "2021-04-30"),
    (Period.months(1986, 4, 3, last_year=1987), "P", "1986", "1986-04-01", "1987-03-31"),
    (Period(dt.date(2018, 1, 1), dt.date(2020, 12, 31)), "P", "2018", "2018-01-01", "2020-12-31"),
    (Period(dt.date(2021, 1, 1), dt.date(2021, 6, 15)), "P", "2021", "2021-01-01", "2021-06-15"),
]


@pytest.mark.parametrize(
    ("period", "freq", "text", "start", "end"), PERIODS, ids=[p[2] + p[1] + p[4] for p in PERIODS]
)
def test_periods(period: Period, freq: str, text: str, start: str, end: str) -> None:
    """Each period gets the documented freqCode and period, and its exact bounds."""
    row = _row(period=period)
    assert (row["freqCode"], row["period"], row["periodStart"], row["periodEnd"]) == (
        freq,
        text,
        start,
        end,
    )
    assert period_fields(period) == (freq, text)


# Values are written exactly, in plain notation, whatever their Decimal exponent.
VALUES = [
    ("13.2E6", "13200000"),
    ("2500000000", "2500000000"),
    ("-279.9E6", "-279900000"),
    ("1234.56", "1234.56"),
    ("0.1", "0.1"),
    ("123456789012345678901234567890", "123456789012345678901234567890"),
]


@pytest.mark.parametrize(("value", "text"), VALUES, ids=[v[0] for v in VALUES])
def test_primary_value_is_exact(value: str, text: str) -> None:
    """PrimaryValue keeps every digit, never going through a float."""
    assert _row(value=value)["primaryValue"] == text
    assert Decimal(text) == Decimal(value)


def test_world_partner() -> None:
    """A record with no partner is with the world: W00, World."""
    row = _row(partner=None)
    assert (row["partnerISO"], row["partnerDesc"]) == ("W00", "World")


def test_group_partner() -> None:
    """A country group partner keeps its diplonews short name."""
    row = _row(partner=CountryGroup("EU"))
    assert (row["partnerISO"], row["partnerDesc"]) == ("EU", "EU")


def test_countries_and_constants() -> None:
    """Reporter and partner are alpha-3 codes with names; type C, commodity TOTAL."""
    row = _row()
    assert (row["reporterISO"], row["reporterDesc"]) == ("AZE", "Azerbaijan")
    assert (row["partnerISO"], row["partnerDesc"]) == ("PAK", "Pakistan")
    assert (row["typeCode"], row["cmdCode"]) == ("C", "TOTAL")


def test_currency_not_converted() -> None:
    """A figure in euros stays in euros, with its currency column."""
    row = _row(value="4.1E9", currency="EUR")
    assert (row["primaryValue"], row["currency"]) == ("4100000000", "EUR")


def test_target_and_ids() -> None:
    """Targets are flagged; each row names its record and article."""
    record = _record(target=True, article_id="art-9")
    [row] = comtrade_rows(record)
    assert (row["isTarget"], row["recordId"], row["articleId"]) == ("true", record.id, "art-9")
    assert _row()["isTarget"] == "false"


def test_columns() -> None:
    """Every row has exactly the documented columns, in order."""
    assert list(_row()) == list(COMTRADE_COLUMNS)


def test_write_csv_round_trip() -> None:
    """The CSV has a header and one row per record, across documents; the count is returned."""
    docs = [
        ArticleResult(id="a", trade_records=[_record(), _record(flow="import", value="2.5E9")]),
        ArticleResult(id="b"),
        ArticleResult(id="c", trade_records=[_record(partner=None, flow="turnover")]),
    ]
    out = io.StringIO(newline="")
    assert write_comtrade_csv(docs, out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["flowCode"], r["partnerISO"], r["primaryValue"]) for r in rows] == [
        ("X", "PAK", "1"),
        ("M", "PAK", "2500000000"),
        ("TURNOVER", "W00", "1"),
    ]


FIXTURE_ARTICLES = [
    Article(
        id="fx-trade",
        published=dt.date(2022, 1, 27),
        body=(
            "Trade turnover between Azerbaijan and Pakistan amounted to $13.2 million in 2020. "
            "Azerbaijan's exports to Pakistan reached $1.6 million in January-November 2021."
        ),
    ),
    Article(
        id="fx-balance",
        published=dt.date(2021, 4, 20),
        body=(
            "In the first quarter of 2021, Georgia's foreign trade turnover amounted to "
            "$2.5 billion, the national statistics office said."
        ),
    ),
]


def test_rows_from_real_extraction_output() -> None:
    """Extractor output gives one well-formed row per trade record."""
    articles = list(FIXTURE_ARTICLES)
    corpus = SHARED / "corpus" / "articles.jsonl"
    if corpus.is_file():
        from diplonews.readers import read_articles

        articles += list(itertools.islice(read_articles(corpus, errors="skip"), 200))
    results = [extract(article) for article in articles]
    out = io.StringIO(newline="")
    written = write_comtrade_csv(results, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    records = [r for result in results for r in result.trade_records]
    assert written == len(rows) == len(records)
    if not records:
        pytest.skip("the extractors found no trade record in the sample articles")
    for row, record in zip(rows, records, strict=True):
        assert row["recordId"] == record.id
        assert Decimal(row["primaryValue"]) == record.value
        assert row["flowCode"] in {"X", "M", "TURNOVER", "BALANCE"}
        assert dt.date.fromisoformat(row["periodStart"]) == record.period.start
        assert dt.date.fromisoformat(row["periodEnd"]) == record.period.end
        if row["freqCode"] == "A":
            assert len(row["period"]) == 4
        elif row["freqCode"] == "M":
            assert len(row["period"]) == 6
