"""End to end: one crawled page in, every record the spec asks for out.

The page (``fixtures/crawled_page.txt``) is written for this test in the style
of the AzerNews pages the project started from: a call, a commission meeting
it reports on, a planned summit, a signed memorandum and four trade figures.
Expectations come from spec/EXTRACTION.md, not from the code's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from diplonews import Agreement, Article, ArticleResult, Meeting, TradeRecord
from diplonews.extract import extract, extract_all
from diplonews.readers import read_articles
from diplonews.serialization import from_json, to_json

PAGE = Path(__file__).resolve().parent / "fixtures" / "crawled_page.txt"


@pytest.fixture(scope="module")
def result() -> ArticleResult:
    """The extraction for the fixture page."""
    (article,) = read_articles(PAGE)
    return extract(article)


def test_metadata(result: ArticleResult) -> None:
    """The header line gives the publication date and the author; there is no headline."""
    assert (result.published, result.author, result.title) == (
        dt.date(2023, 3, 15),
        "Nigar Aliyeva",
        None,
    )


def _meeting(result: ArticleResult, kind: str) -> Meeting:
    found = [m for m in result.meetings if m.kind.value == kind]
    assert len(found) == 1, f"expected one {kind}, got {found}"
    return found[0]


def test_call(result: ArticleResult) -> None:
    """The call: held, both sides, dated by "reported on March 14"."""
    call = _meeting(result, "call")
    assert call.status.value == "held"
    assert [str(c) for c in call.countries] == ["AZE", "UZB"]
    assert str(call.date) == "2023-03-14"


def test_commission_meeting(result: ArticleResult) -> None:
    """The commission session: held in Tashkent in February of the publication year."""
    meeting = _meeting(result, "meeting")
    assert meeting.status.value == "held"
    assert [str(c) for c in meeting.countries] == ["AZE", "UZB"]
    assert str(meeting.date) == "2023-02"
    assert meeting.location is not None
    assert meeting.location.city == "Tashkent"


def test_planned_summit(result: ArticleResult) -> None:
    """The summit: planned, an OTS conference."""
    summit = _meeting(result, "conference")
    assert (summit.status.value, summit.organization) == ("planned", "OTS")


def test_planned_summit_place_and_date(result: ArticleResult) -> None:
    """The host city (so its state) and month come from "held in Astana in November"."""
    summit = _meeting(result, "conference")
    assert summit.location is not None
    assert (summit.location.city, str(summit.date)) == ("Astana", "2023-11")
    assert "KAZ" in [str(c) for c in summit.countries]


def test_only_three_meetings(result: ArticleResult) -> None:
    """Each event is one record, however often it is mentioned."""
    assert len(result.meetings) == 3


def test_memorandum(result: ArticleResult) -> None:
    """The memorandum: signed by "the two countries" on the stated day."""
    (memo,) = result.agreements
    assert (memo.kind.value, memo.status.value, str(memo.date)) == (
        "memorandum",
        "signed",
        "2023-01-20",
    )
    assert [str(p) for p in memo.parties] == ["AZE", "UZB"]


def _trade_keys(result: ArticleResult) -> set[tuple[str, str, str, Decimal, str]]:
    return {
        (str(r.reporter), str(r.partner), r.flow.value, r.value, str(r.period))
        for r in result.trade_records
    }


def test_trade_figures_of_2022(result: ArticleResult) -> None:
    """Turnover, exports and imports for 2022, reporter Azerbaijan, partner Uzbekistan."""
    year = "2022-01-01..2022-12-31"
    assert {
        ("AZE", "UZB", "turnover", Decimal(96_400_000), year),
        ("AZE", "UZB", "export", Decimal(52_100_000), year),
        ("AZE", "UZB", "import", Decimal(44_300_000), year),
    } <= _trade_keys(result)


def test_trade_figure_of_two_months(result: ArticleResult) -> None:
    """January-February 2023 turnover takes its pair from the paragraph."""
    assert ("AZE", "UZB", "turnover", Decimal(17_800_000), "2023-01-01..2023-02-28") in (
        _trade_keys(result)
    )


def test_evidence_points_into_the_body(result: ArticleResult) -> None:
    """Every evidence span is the body text at its offsets."""
    (article,) = read_articles(PAGE)
    records: list[Meeting | Agreement | TradeRecord] = [
        *result.meetings,
        *result.agreements,
        *result.trade_records,
    ]
    assert records
    for record in records:
        assert record.evidence, record
        assert record.rule, record
        for span in record.evidence:
            assert article.body[span.start : span.end] == span.text


def test_same_input_same_output() -> None:
    """Two runs give the same ids and the same JSON; the result survives a JSON round trip."""
    (first,) = extract_all(read_articles(PAGE))
    (second,) = extract_all(read_articles(PAGE))
    assert to_json(first) == to_json(second)
    assert from_json(to_json(first), ArticleResult) == first


def test_nothing_to_find() -> None:
    """An article without diplomatic content gives empty record lists."""
    article = Article(id="quiet", body="The weather in Baku was sunny and warm on Sunday.")
    result = extract(article)
    assert (result.meetings, result.agreements, result.trade_records) == ((), (), ())
