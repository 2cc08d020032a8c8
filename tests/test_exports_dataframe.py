"""to_dataframe: one row per record, typed columns, the optional pandas dependency."""

from __future__ import annotations

import builtins
import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
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
    Span,
    TradeFlow,
    TradeRecord,
    ValidationError,
    filter_records,
)
from diplonews.exports.dataframe import RecordKind, filter_frame, to_dataframe, to_dataframes
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
    assert list(df["record_id"]) == [m.id for m in MEETINGS]
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
    assert df["participant_names"].iloc[0] == ("Imran Khan",)
    assert df["participant_roles"].iloc[0] == ("Prime Minister",)
    assert df["participant_countries"].iloc[0] == ("PAK",)
    assert df["participant_names"].iloc[1] == ()
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
    """Trade: float values plus exact Decimals, periods as bounds and Periods, codes categorical."""
    df = to_dataframe(TRADE)
    assert df["value"].dtype == "float64"
    assert df["value"].tolist() == [13_200_000.0, 0.1, -1234567890123456789.25, 5.0]
    assert df["value_exact"].dtype == object
    assert df["value_exact"].tolist() == [
        Decimal("13.2E6"),
        Decimal("0.1"),
        Decimal("-1234567890123456789.25"),
        Decimal(5),
    ]
    assert all(isinstance(v, Decimal) for v in df["value_exact"])
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
    assert articles["article_id"].tolist() == ["a1", "a2"]
    assert articles["n_meetings"].tolist() == [2, 1]
    assert articles["n_trade_records"].tolist() == [4, 0]
    assert articles["published"].iloc[0] == pd.Timestamp(2022, 1, 27)
    assert pd.isna(articles["published"].iloc[1])
    meetings = to_dataframe(docs, "meetings")
    assert meetings["record_id"].tolist() == [m.id for m in MEETINGS]
    assert meetings["published"].iloc[0] == pd.Timestamp(2022, 1, 27)
    assert pd.isna(meetings["published"].iloc[2])
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
    assert to_dataframe(results)["article_id"].tolist() == [r.id for r in results]
    total = 0
    for kind in ("meetings", "agreements", "trade_records"):
        records = [rec for r in results for rec in getattr(r, kind)]
        df = to_dataframe(results, kind)
        assert df["record_id"].tolist() == [rec.id for rec in records]
        total += len(records)
    if total == 0:
        pytest.skip("the extractors found no record in the sample articles")


# --- issue 10: what makes the records worth having, one join key, one pass ---------

SPAN = Span(4, 9, "talks")
EVIDENCED = [
    attrs.evolve(MEETINGS[0], evidence=(SPAN, Span(0, 3, "The")), rule="meeting.call"),
    MEETINGS[1],
]


def _results() -> list[ArticleResult]:
    return [
        ArticleResult(
            id="a1",
            published=dt.date(2022, 1, 27),
            meetings=EVIDENCED,
            agreements=AGREEMENTS[:1],
            trade_records=TRADE[:2],
        ),
        ArticleResult(id="a2", published=None, trade_records=TRADE[2:]),
        ArticleResult(id="a3", published=dt.date(2022, 2, 1)),
    ]


COMMON = ["record_id", "article_id", "published"]
TAIL = ["evidence_text", "evidence_start", "evidence_end", "evidence", "rule"]


@pytest.mark.parametrize(
    ("kind", "records"),
    [("meetings", MEETINGS), ("agreements", AGREEMENTS), ("trade_records", TRADE)],
)
def test_every_record_frame_has_keys_evidence_and_rule(kind: str, records: list[Any]) -> None:
    """record_id, article_id, published first; evidence and rule last, on every record frame."""
    columns = list(to_dataframe(records).columns)
    assert columns[:3] == COMMON
    assert columns[-5:] == TAIL
    assert "id" not in columns


def test_evidence_columns() -> None:
    """The first span's text and offsets, every span, and the rule are in the frame."""
    df = to_dataframe(EVIDENCED)
    assert df["evidence_text"].iloc[0] == "talks"
    assert pd.isna(df["evidence_text"].iloc[1])
    assert df["evidence_start"].dtype.name == "Int64"
    assert df["evidence_start"].iloc[0] == 4
    assert df["evidence_end"].iloc[0] == 9
    assert pd.isna(df["evidence_start"].iloc[1])
    assert df["evidence"].iloc[0] == (SPAN, Span(0, 3, "The"))
    assert df["rule"].tolist() == ["meeting.call", ""]


def test_to_dataframes_one_pass_over_a_generator() -> None:
    """to_dataframes reads a one-shot generator once and fills every frame."""
    consumed: list[str] = []

    def stream() -> Any:
        for result in _results():
            consumed.append(result.id)
            yield result

    frames = to_dataframes(stream())
    assert consumed == ["a1", "a2", "a3"]
    assert frames.articles["article_id"].tolist() == ["a1", "a2", "a3"]
    assert frames.articles["n_trade_records"].tolist() == [2, 2, 0]
    assert frames.meetings["record_id"].tolist() == [m.id for m in EVIDENCED]
    assert len(frames.agreements) == 1
    assert frames.trade_records["article_id"].tolist() == ["", "", "", ""]
    assert frames.trade_records["published"].iloc[0] == pd.Timestamp(2022, 1, 27)
    assert pd.isna(frames.trade_records["published"].iloc[2])
    assert list(frames.as_dict()) == [
        "articles",
        "meetings",
        "agreements",
        "trade_records",
        "participants",
    ]


def test_to_dataframes_matches_to_dataframe() -> None:
    """Each frame of to_dataframes is the frame to_dataframe builds for that kind."""
    frames = to_dataframes(_results())
    kinds: tuple[RecordKind, ...] = ("articles", "meetings", "agreements", "trade_records")
    for kind in kinds:
        expected = to_dataframe(_results(), kind)
        pd.testing.assert_frame_equal(getattr(frames, kind), expected)


def test_participants_frame() -> None:
    """One row per participant, joined to its meeting by record_id and article_id."""
    frames = to_dataframes(_results())
    people = frames.participants
    assert list(people.columns) == [
        "record_id",
        "article_id",
        "published",
        "position",
        "name",
        "role",
        "country",
    ]
    assert people["name"].tolist() == ["Imran Khan"]
    assert people["record_id"].iloc[0] == EVIDENCED[0].id
    joined = people.merge(frames.meetings, on=["record_id", "article_id"])
    assert joined["kind"].tolist() == ["call"]


def test_join_key_is_article_id_everywhere() -> None:
    """Articles and records join on article_id with no renaming."""
    records = [attrs.evolve(m, article_id="a1") for m in EVIDENCED]
    result = ArticleResult(id="a1", published=dt.date(2022, 1, 27), meetings=records)
    frames = to_dataframes([result])
    joined = frames.meetings.merge(frames.articles, on="article_id", suffixes=("", "_article"))
    assert len(joined) == 2
    assert (joined["n_meetings"] == 2).all()


def test_empty_frames_have_their_columns() -> None:
    """With no results every frame exists, empty, with its columns."""
    frames = to_dataframes([])
    assert len(frames.meetings) == 0
    assert list(frames.trade_records.columns) == list(to_dataframe(TRADE).columns)
    assert list(frames.participants.columns)[:2] == ["record_id", "article_id"]


def test_to_dataframes_rejects_records() -> None:
    """to_dataframes takes article results; bare records get a clear error."""
    with pytest.raises(ValidationError) as info:
        to_dataframes(MEETINGS)  # type: ignore[arg-type]
    assert str(info.value) == "expected ArticleResult items, got a Meeting at index 0"


def test_value_sums_as_numbers() -> None:
    """Values are numbers: sums and group-bys work without converting."""
    df = to_dataframe(TRADE)
    assert df.groupby("currency", observed=True)["value"].sum()["TRY"] == 5.0


FRAME_FILTERS: list[Any] = [
    pytest.param("meetings", {"country": "PAK"}, [0], id="meeting-country"),
    pytest.param("meetings", {"country": Country("TUR")}, [1], id="meeting-country-value"),
    pytest.param("meetings", {"kind": "visit"}, [1], id="meeting-kind"),
    pytest.param("meetings", {"period": "2022"}, [0, 1], id="meeting-year"),
    pytest.param("meetings", {"period": "2022-01"}, [0], id="meeting-month"),
    pytest.param("agreements", {"country": "EU"}, [0], id="agreement-group"),
    pytest.param("agreements", {"country": "tr", "kind": "memorandum"}, [1], id="agreement-two"),
    pytest.param("trade_records", {"country": "EU"}, [2], id="trade-partner-group"),
    pytest.param("trade_records", {"country": "AZE"}, [0, 1, 3], id="trade-reporter-or-partner"),
    pytest.param("trade_records", {"kind": TradeFlow.IMPORT}, [3], id="trade-flow"),
    pytest.param("trade_records", {"period": Period.year(2021)}, [1, 2, 3], id="trade-period"),
    pytest.param("trade_records", {"period": "2021-02"}, [3], id="trade-month"),
]


@pytest.mark.parametrize(("kind", "criteria", "rows"), FRAME_FILTERS)
def test_filter_frame(kind: str, criteria: dict[str, Any], rows: list[int]) -> None:
    """filter_frame keeps the rows that match, as filter_records keeps the records."""
    tables: dict[str, list[Any]] = {
        "meetings": MEETINGS,
        "agreements": AGREEMENTS,
        "trade_records": TRADE,
    }
    records = tables[kind]
    df = to_dataframe(records)
    assert filter_frame(df, **criteria).index.tolist() == rows
    expected = [records[i] for i in rows]
    assert list(filter_records(records, **criteria)) == expected


def test_filter_frame_needs_a_record_frame() -> None:
    """An articles frame has nothing to filter on: a clear error."""
    with pytest.raises(ValidationError, match=r"^expected a meetings, agreements or trade"):
        filter_frame(to_dataframe(_results()), country="AZE")
