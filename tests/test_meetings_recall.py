"""Meetings whose other side only the article names (issue 9, recall).

A one-sided mention ("X held talks with the visiting delegation") is an event
with the state the headline or a pair in the story names beside X, when there
is exactly one such state. Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings._extract import extract_meetings
from diplonews.models import Article
from meeting_rows import Summary, summary

TALKS = "Peruvian President Luis Paz held talks on Monday with the visiting delegation."
HELD = ("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz"])

CASES: list[tuple[str, str | None, str, list[Summary]]] = [
    ("headline-pair", "Chile and Peru look to deepen port ties", TALKS, [HELD]),
    ("headline-demonym", "Peruvian President meets Chilean delegation", TALKS, [HELD]),
    ("story-pair", None, "Relations between Chile and Peru are warm. " + TALKS, [HELD]),
    ("story-dash-pair", None, "Chilean-Peruvian trade is growing. " + TALKS, [HELD]),
    # two candidate partners, or none: the other side is unknown and nothing is made up
    ("headline-three-states", "Chile, Peru and Bolivia talk ports", TALKS, []),
    ("no-context", None, TALKS, []),
    # a mention with no official named is no event ("meet the demand")
    (
        "no-official",
        "Chile and Peru look to deepen port ties",
        "Peru will struggle to meet the demand for copper this year, the ministry said.",
        [],
    ),
    # the pair's event told already: a later one-sided mention adds no record
    (
        "told-already",
        "Chile and Peru look to deepen port ties",
        "Peruvian President Luis Paz met the Chilean Foreign Minister on Monday. "
        "Peruvian President Luis Paz held talks on Monday with the guests.",
        [("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz"])],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_one_sided_talks_take_the_articles_pair(
    title: str | None, body: str, expected: list[Summary]
) -> None:
    """The other side comes from the headline or a pair in the story, when it is one state."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title)
    assert [summary(m) for m in extract_meetings(article)] == expected


# Events placed in two different states are two events; the legs of one trip stay one visit.
PLACES: list[tuple[str, str, list[Summary]]] = [
    (
        "talks-then-a-mission-elsewhere",
        "Chilean President Ana Ruiz met with Peruvian President Luis Paz today in Quito, "
        "Ecuador. The two leaders welcomed the recent Chilean trade mission to Peru.",
        [
            ("meeting", "held", ["CHL", "ECU", "PER"], "2023-05-10", ["Ana Ruiz", "Luis Paz"]),
            ("visit", "held", ["CHL", "PER"], None, []),
        ],
    ),
    (
        "same-place-named-again",
        "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Paz in Lima on "
        "Monday. The talks in Lima were frank.",
        [("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Ana Ruiz", "Luis Paz"])],
    ),
    (
        "one-tour-two-states",
        "Chilean Foreign Minister Ana Ruiz paid a visit to Lima on Monday. She then travelled "
        "on to Quito, Ecuador, on her tour of the region.",
        [("visit", "held", ["CHL", "PER"], "2023-05-08", ["Ana Ruiz"])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [case[1:] for case in PLACES], ids=[case[0] for case in PLACES]
)
def test_events_in_two_states_stay_apart(body: str, expected: list[Summary]) -> None:
    """A mention placed in another state than an event's is not that event (a trip's legs are)."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [summary(m) for m in extract_meetings(article)] == expected
