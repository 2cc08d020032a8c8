"""to_dataframe: one row per record, typed columns, the optional pandas dependency."""

from __future__ import annotations

import builtins
import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from diplonews import (
    Agreement,
    Article,
    ArticleResult,
    Country,
    CountryGroup,
    Meeting,
    PartialDate,
    Participant,
    Period,
    Place,
    TradeRecord,
)
from diplonews.exports.dataframe import to_dataframe
from diplonews.extract import extract

pd = pytest.importorskip("pandas")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
AZE, PAK, TUR = Country("AZE"), Country("PAK"), Country("TUR")

MEETINGS = [
    Meeting(
        article_id="a1",
        kind="call",
        status="held",
        countries=[AZE, PAK],
        date=PartialDate(2022, 1, 26),
        participants=[Participant(name="Imran Khan", role="Prime Minister", country=PAK)],
    ),
    Meeting(
        article_id="a1",
        kind="visit",
        status="planned",
        countries=[AZE, TUR],
        date=PartialDate(2022, 3),
        location=Place(city="Ankara", country=TUR),
    ),
    Meeting(article_id="a2", kind="conference", status="held", organization="OIC"),
]
AGREEMENTS = [
    Agreement(
        kind="treaty", status="signed", parties=[AZE, CountryGroup("EU")], date=PartialDate(1996)
    ),
    Agreement(kind="memorandum", status="planned", parties=[AZE, TUR], count=3),
]
TRADE = [
    TradeRecord(
        reporter=AZE, partner=PAK, flow="turnover", value="13.2E6", currency="USD",
        period=Period.year(2020),
    ),
    TradeRecord(
        reporter=AZE, partner=None, flow="export", value="0.1", currency="EUR",
        period=Period.quarter(2021, 2), target=True,
    ),
    TradeRecord(
        reporter=TUR, partner=CountryGroup("EU"), flow="balance", value="-1234567890123456789.25",
        currency="USD", period=Period.months(2021, 1, 11),
    ),
    TradeRecord(
        reporter=TUR, partner=AZE, flow="import", value=5, currency="TRY",
        period=Period.month(2021, 2),
    ),
]  # fmt: skip


def test_meeting_columns() -> None:
    """Meetings: one row each, enums and codes categorical, dates at three levels."""
    df = to_dataframe(MEETINGS)
    assert list(df["id"]) == [m.id for m in MEETINGS]
    assert df["kind"].dtype.name == "category"
    assert list(df["kind"].cat.categories) == ["call", "meeting", "visit", "conference"]
    assert list(df["status"]) == ["held", "planned", "held"]
    assert df["countries"].tolist() == [("AZE", "PAK"), ("AZE", "TUR"), ()]
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert df["date"].iloc[0] == pd.Timestamp(2022, 1, 26)
    assert df["date"].iloc[1] == pd.Timestamp(2022, 3, 1)
    assert pd.isna(df["date"].iloc[2])
    assert list(df["date_precision"].astype(object).where(df["date_precision"].notna(), None)) == [
        "day",
        "month",
        None,
    ]
    assert df["date_period"].iloc[0] == pd.Period("2022-01-26", freq="D")
    assert df["date_period"].iloc[1] == pd.Period("2022-03", freq="M")
    assert df["date_period"].iloc[2] is None
    assert df["location_country"].dtype.name == "category"
    assert df["location_city"].iloc[1] == "Ankara"
    assert df["participants"].iloc[0] == ("Imran Khan",)
    assert df["organization"].iloc[2] == "OIC"


def test_agreement_columns() -> None:
    """Agreements: parties as code tuples (groups included), year dates, integer counts."""
    df = to_dataframe(AGREEMENTS)
    assert df["parties"].tolist() == [("AZE", "EU"), ("AZE", "TUR")]
    assert df["date_period"].iloc[0] == pd.Period("1996", freq="Y")
    assert df["date"].iloc[0] == pd.Timestamp(1996, 1, 1)
    assert df["count"].dtype == "int64"
    assert df["count"].tolist() == [1, 3]
    assert list(df["kind"].astype(str)) == ["treaty", "memorandum"]


def test_trade_columns() -> None:
    """Trade: exact Decimal values, periods as bounds and calendar Periods, codes categorical."""
    df = to_dataframe(TRADE)
    assert df["value"].dtype == object
    assert df["value"].tolist() == [
        Decimal("13.2E6"),
        Decimal("0.1"),
        Decimal("-1234567890123456789.25"),
        Decimal(5),
    ]
    assert all(isinstance(v, Decimal) for v in df["value"])
    assert df["reporter"].dtype.name == df["partner"].dtype.name == "category"
    assert df["currency"].dtype.name == "category"
    assert df["partner"].isna().tolist() == [False, True, False, False]
    assert df["partner"].iloc[2] == "EU"
    assert df["period_start"].tolist() == [
        pd.Timestamp(2020, 1, 1),
        pd.Timestamp(2021, 4, 1),
        pd.Timestamp(2021, 1, 1),
        pd.Timestamp(2021, 2, 1),
    ]
    assert df["period_end"].iloc[1] == pd.Timestamp(2021, 6, 30)
    assert df["period"].tolist() == [
        pd.Period("2020", freq="Y"),
        pd.Period("2021Q2", freq="Q"),
        None,
        pd.Period("2021-02", freq="M"),
    ]
    assert df["target"].dtype == bool
    assert df["target"].tolist() == [False, True, False, False]


def test_articles_and_flattening() -> None:
    """Documents give one row per article, or their records of a kind gathered together."""
    published = dt.date(2022, 1, 27)
    docs = [
        ArticleResult(id="a1", published=published, meetings=MEETINGS[:2], trade_records=TRADE),
        ArticleResult(id="a2", meetings=MEETINGS[2:], agreements=AGREEMENTS),
    ]
    articles = to_dataframe(docs)
    assert articles["id"].tolist() == ["a1", "a2"]
    assert articles["n_meetings"].tolist() == [2, 1]
    assert articles["n_trade_records"].tolist() == [4, 0]
    assert articles["published"].iloc[0] == pd.Timestamp(2022, 1, 27)
    assert pd.isna(articles["published"].iloc[1])
    assert to_dataframe(docs, "meetings")["id"].tolist() == [m.id for m in MEETINGS]
    assert len(to_dataframe(docs, "agreements")) == 2
    assert len(to_dataframe(docs, "trade_records")) == 4


def test_generator_input() -> None:
    """Any iterable works, including a one-shot generator."""
    assert len(to_dataframe(m for m in MEETINGS)) == 3


def test_empty_input() -> None:
    """No records: an empty frame; with a kind, an empty frame with that kind's columns."""
    assert to_dataframe([]).shape == (0, 0)
    empty = to_dataframe([], "trade_records")
    assert len(empty) == 0
    assert "primaryValue" not in empty.columns
    assert list(empty.columns) == list(to_dataframe(TRADE).columns)


def test_wrong_records() -> None:
    """A record of another kind, a non-record or an unknown kind is refused with a clear message."""
    with pytest.raises(
        TypeError, match=r"^meetings must be Meeting records, got a Agreement at index 1$"
    ):
        to_dataframe([MEETINGS[0], AGREEMENTS[0]], "meetings")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^expected diplonews records, got a dict$"):
        to_dataframe([{"id": 1}])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^kind must be one of"):
        to_dataframe(MEETINGS, "events")  # type: ignore[arg-type]


def test_missing_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, the error names the extra to install."""
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'diplonews\[pandas\]'"):
        to_dataframe(MEETINGS)


def test_real_extraction_output() -> None:
    """Extractor output tabulates: one row per record of each kind, ids in order."""
    articles = [
        Article(
            id="fx",
            published=dt.date(2021, 7, 28),
            body="Azerbaijan and Turkiye signed the Shusha Declaration on June 15, 2021.",
        )
    ]
    corpus = SHARED / "corpus" / "articles.jsonl"
    if corpus.is_file():
        from diplonews.readers import read_articles

        articles += list(itertools.islice(read_articles(corpus, errors="skip"), 100))
    results = [extract(article) for article in articles]
    assert to_dataframe(results)["id"].tolist() == [r.id for r in results]
    total = 0
    for kind in ("meetings", "agreements", "trade_records"):
        records = [rec for r in results for rec in getattr(r, kind)]
        df = to_dataframe(results, kind)
        assert df["id"].tolist() == [rec.id for rec in records]
        total += len(records)
    if total == 0:
        pytest.skip("the extractors found no record in the sample articles")
