"""PLOVER event export: the mapping table row by row, dates, ids, citations, JSON Lines."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

import diplonews
from diplonews import (
    Agreement,
    Article,
    ArticleResult,
    Country,
    CountryGroup,
    Meeting,
    PartialDate,
    Place,
    Span,
)
from diplonews.exports.plover import (
    PLOVER_MAPPING,
    agreement_events,
    meeting_events,
    write_plover_jsonl,
)
from diplonews.extract import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PUBLISHED = dt.date(2022, 1, 27)
DOC = ArticleResult(
    id="a1", published=PUBLISHED, title="Talks in Baku", url="https://example.org/1", outlet="Ex"
)
AZE, PAK, TUR, UZB, CHE = (Country(c) for c in ("AZE", "PAK", "TUR", "UZB", "CHE"))


def _meeting(kind: str, status: str, countries: list[Country], **kw: Any) -> Meeting:
    return Meeting(article_id="a1", kind=kind, status=status, countries=countries, **kw)


def _codes(entities: list[dict[str, Any]]) -> list[str | None]:
    return [e["code"] for e in entities]


# One row per rule of PLOVER_MAPPING, written out by hand from the spec's "Our choice":
# (rule, record, expected events as (cameo, event, mode, actor codes, recipient codes)).
MAPPING_ROWS: list[tuple[str, Meeting | Agreement, list[tuple[Any, ...]]]] = [
    (
        "held-call",
        _meeting("call", "held", [PAK, AZE], date=PartialDate(2022, 1, 26)),
        [("041", "CONSULT", "phone", ["AZE"], ["PAK"])],
    ),
    (
        "held-visit+hosted-visit",
        _meeting("visit", "held", [AZE, PAK], location=Place(city="Baku", country=AZE)),
        [
            ("042", "CONSULT", "visit", ["PAK"], ["AZE"]),
            ("043", "CONSULT", "visit", ["AZE"], ["PAK"]),
        ],
    ),
    (
        "held-visit-unclear",
        _meeting("visit", "held", [AZE, PAK]),
        [("040", "CONSULT", "visit", ["AZE"], ["PAK"])],
    ),
    (
        "held-meeting-abroad",
        _meeting("meeting", "held", [AZE, TUR], location=Place(city="Geneva", country=CHE)),
        [("044", "CONSULT", "third-party", ["AZE"], ["TUR"])],
    ),
    (
        "held-meeting",
        _meeting("meeting", "held", [AZE, TUR], location=Place(city="Ankara", country=TUR)),
        [("040", "CONSULT", None, ["AZE"], ["TUR"])],
    ),
    (
        "held-conference",
        _meeting("conference", "held", [AZE, TUR, UZB], organization="OTS"),
        [("044", "CONSULT", "multilateral", ["AZE", "TUR", "UZB", None], [])],
    ),
    (
        "planned-meeting",
        _meeting("visit", "planned", [AZE, PAK], date=PartialDate(2022, 3)),
        [("036", "AGREE", None, ["AZE"], ["PAK"])],
    ),
    (
        "signed-agreement",
        Agreement(kind="treaty", status="ratified", parties=[AZE, TUR]),
        [("057", "SUPPORT", None, ["AZE"], ["TUR"])],
    ),
    (
        "planned-agreement",
        Agreement(kind="memorandum", status="planned", parties=[AZE, CountryGroup("EU")]),
        [("036", "AGREE", None, ["AZE"], [None])],
    ),
]


def _events(record: Meeting | Agreement, doc: ArticleResult = DOC) -> list[dict[str, Any]]:
    if isinstance(record, Meeting):
        return meeting_events(record, doc)
    return agreement_events(record, doc)


@pytest.mark.parametrize(
    ("rules", "record", "expected"), MAPPING_ROWS, ids=[r[0] for r in MAPPING_ROWS]
)
def test_mapping_row(
    rules: str, record: Meeting | Agreement, expected: list[tuple[Any, ...]]
) -> None:
    """Each rule of the mapping gives the CAMEO code, PLOVER event, mode and sides of the spec."""
    events = _events(record)
    got = [
        (e["cameo"], e["event"][0], e["mode"], _codes(e["actor"]), _codes(e["recipient"]))
        for e in events
    ]
    assert got == expected
    assert [e["comment"].split()[2] for e in events] == rules.split("+")


def test_every_mapping_row_is_tested() -> None:
    """The table above covers every row of PLOVER_MAPPING, and nothing else."""
    tested = {name for rules, _, _ in MAPPING_ROWS for name in rules.split("+")}
    assert tested == {rule.name for rule in PLOVER_MAPPING}


def test_mapping_rows_follow_cameo() -> None:
    """Every row pairs a CAMEO code with the PLOVER event the CAMEO table of the spec gives it."""
    cameo_to_plover = {"036": "AGREE", "040": "CONSULT", "041": "CONSULT", "042": "CONSULT",
                       "043": "CONSULT", "044": "CONSULT", "057": "SUPPORT"}  # fmt: skip
    for rule in PLOVER_MAPPING:
        assert cameo_to_plover[rule.cameo] == rule.event, rule.name


def test_partial_date_is_its_first_day() -> None:
    """A month-precision date is written as the first of the month and flagged as such."""
    [event] = meeting_events(_meeting("call", "held", [AZE, PAK], date=PartialDate(2021, 12)), DOC)
    assert (event["date"], event["date_precision"]) == ("2021-12-01", "month")
    assert "date known to the month, written as its first day" in event["comment"]


def test_year_precision_date() -> None:
    """A year-precision date is written as January 1st."""
    [event] = agreement_events(
        Agreement(kind="treaty", status="signed", parties=[AZE, TUR], date=PartialDate(1992)), DOC
    )
    assert (event["date"], event["date_precision"]) == ("1992-01-01", "year")


def test_planned_event_is_dated_by_publication() -> None:
    """An AGREE event is the announcement: dated by the article, with the planned date kept."""
    [event] = meeting_events(
        _meeting("visit", "planned", [AZE, PAK], date=PartialDate(2022, 3, 2)), DOC
    )
    assert (event["date"], event["date_precision"]) == ("2022-01-27", "published")
    assert event["planned_date"] == "2022-03-02"


def test_planned_event_without_publication_date_uses_planned_date() -> None:
    """With no publication date, a planned record is dated by its own date."""
    [event] = meeting_events(
        _meeting("call", "planned", [AZE, PAK], date=PartialDate(2022, 3, 2)),
        ArticleResult(id="x"),
    )
    assert (event["date"], event["date_precision"]) == ("2022-03-02", "day")


def test_undated_held_record_falls_back_to_publication() -> None:
    """A held record without a date takes the publication date and says so."""
    [event] = meeting_events(_meeting("call", "held", [AZE, PAK]), DOC)
    assert (event["date"], event["date_precision"]) == ("2022-01-27", "published")
    assert "publication date" in event["comment"]


def test_undatable_record_is_skipped() -> None:
    """No date and no publication date: no event (PLOVER requires a date)."""
    assert meeting_events(_meeting("call", "held", [AZE, PAK]), ArticleResult(id="x")) == []


def test_record_without_sides_is_skipped() -> None:
    """No country, party or organization: no event (PLOVER requires an actor)."""
    assert meeting_events(_meeting("meeting", "held", []), DOC) == []
    assert agreement_events(Agreement(kind="treaty", status="signed"), DOC) == []


def test_organization_only_meeting() -> None:
    """A session of an organization with no named state has the organization as actor."""
    [event] = meeting_events(_meeting("conference", "held", [], organization="OIC"), DOC)
    assert event["actor"] == [{"code": None, "sector": "IGO", "entity_text": "OIC"}]


def test_visit_to_host_by_organization() -> None:
    """A visit to a known host by an organization's envoy is 042 (organization) plus 043 (host)."""
    events = meeting_events(
        _meeting("visit", "held", [AZE], organization="OIC", location=Place(country=AZE)), DOC
    )
    assert [(e["cameo"], _codes(e["actor"]), _codes(e["recipient"])) for e in events] == [
        ("042", [None], ["AZE"]),
        ("043", ["AZE"], [None]),
    ]


def test_country_entity() -> None:
    """A state is a GOV entity with its alpha-3 code and name."""
    [event] = meeting_events(_meeting("call", "held", [AZE, PAK]), DOC)
    assert event["actor"] == [{"code": "AZE", "sector": "GOV", "entity_text": "Azerbaijan"}]


def test_ids_are_stable_and_distinct() -> None:
    """Event ids derive from the record id, and the two events of a visit differ."""
    meeting = _meeting("visit", "held", [AZE, PAK], location=Place(country=AZE))
    first, second = meeting_events(meeting, DOC)
    assert (first["id"], second["id"]) == (f"{meeting.id}/042", f"{meeting.id}/043")
    assert first["record_id"] == second["record_id"] == meeting.id
    assert meeting_events(meeting, DOC) == [first, second]


def test_evidence_citation_and_coder() -> None:
    """The first evidence span gives event_text and offsets; the document gives the citation."""
    body = "On Monday, Baku and Islamabad held phone talks."
    meeting = _meeting(
        "call", "held", [AZE, PAK], evidence=[Span.of(body, 11, len(body)), Span.of(body, 0, 9)]
    )
    [event] = meeting_events(meeting, DOC)
    assert event["event_text"] == "Baku and Islamabad held phone talks."
    assert event["text_info"] == {"start": 11, "end": len(body)}
    assert event["cite_info"] == {
        "url": "https://example.org/1",
        "publication": "Ex",
        "title": "Talks in Baku",
        "language": "en",
    }
    assert event["coder"] == f"diplonews {diplonews.__version__}"


def test_no_evidence() -> None:
    """Without evidence, event_text and text_info are null."""
    [event] = meeting_events(_meeting("call", "held", [AZE, PAK]), DOC)
    assert (event["event_text"], event["text_info"]) == (None, None)


def test_write_plover_jsonl_counts_lines() -> None:
    """The writer returns the number of events and writes one JSON object per line."""
    doc = ArticleResult(
        id="a1",
        published=PUBLISHED,
        meetings=[
            _meeting("visit", "held", [AZE, PAK], location=Place(country=AZE)),
            _meeting("call", "held", []),
        ],
        agreements=[Agreement(kind="treaty", status="signed", parties=[AZE, TUR])],
    )
    out = io.StringIO()
    assert write_plover_jsonl([doc, ArticleResult(id="empty")], out) == 3
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["cameo"] for line in lines] == ["042", "043", "057"]


# Short articles written for these tests, in the style of the corpus.
FIXTURE_ARTICLES = [
    Article(
        id="fx-call",
        published=dt.date(2022, 1, 27),
        body=(
            "Azerbaijani President Ilham Aliyev had a phone conversation with Pakistani "
            "Prime Minister Imran Khan on January 26. The sides discussed bilateral trade."
        ),
    ),
    Article(
        id="fx-visit",
        published=dt.date(2023, 5, 4),
        body=(
            "Turkish Foreign Minister Mevlut Cavusoglu arrived in Baku on an official visit "
            "on May 3. Azerbaijan and Turkiye signed a memorandum of understanding on energy."
        ),
    ),
    Article(
        id="fx-plan",
        published=dt.date(2021, 11, 2),
        body=(
            "The next meeting of the Azerbaijan-Uzbekistan intergovernmental commission "
            "will be held in Tashkent in December."
        ),
    ),
]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _real_results() -> list[tuple[Article, ArticleResult]]:
    articles = list(FIXTURE_ARTICLES)
    corpus = SHARED / "corpus" / "articles.jsonl"
    if corpus.is_file():
        from diplonews.readers import read_articles

        articles += list(itertools.islice(read_articles(corpus, errors="skip"), 60))
    return [(article, extract(article)) for article in articles]


def test_events_from_real_extraction_output() -> None:
    """Extractor output gives PLOVER-valid events tied to their records and evidence."""
    pairs = _real_results()
    out = io.StringIO()
    written = write_plover_jsonl((result for _, result in pairs), out)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(events)
    if not events:
        pytest.skip("the extractors found no meeting or agreement in the sample articles")
    bodies = {result.id: article.body for article, result in pairs}
    records: dict[str, tuple[ArticleResult, Meeting | Agreement]] = {}
    for _, result in pairs:
        sides: list[Meeting | Agreement] = [*result.meetings, *result.agreements]
        for record in sides:
            records[record.id] = (result, record)
    for event in events:
        assert {"id", "date", "actor", "event"} <= event.keys()
        assert _DAY.match(event["date"]), event
        assert event["actor"], event
        assert event["event"][0] in {"CONSULT", "AGREE", "SUPPORT"}
        result, record = records[event["record_id"]]
        for entity in event["actor"] + event["recipient"]:
            assert entity["code"] is None or re.fullmatch("[A-Z]{3}", entity["code"])
        if event["text_info"] is not None:
            start, end = event["text_info"]["start"], event["text_info"]["end"]
            assert bodies[result.id][start:end] == event["event_text"]
    # Every record with a side and a date (or a publication date) is exported.
    exported = {event["record_id"] for event in events}
    for result, record in records.values():
        has_side = bool(getattr(record, "countries", ()) or getattr(record, "parties", ()))
        if has_side and (record.date is not None or result.published is not None):
            assert record.id in exported, record
