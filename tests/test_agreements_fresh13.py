"""Agreements on fresh unseen news (session 7, x pages): classes counted on the fresh sets.

Each row is a sentence written for these tests (invented talks, documents, figures);
none is copied from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)

# (headline, body, expected summaries)
Row = tuple[str | None, str, list[Summary]]


# An unnamed instrument whose sentence finds one state but tells two sides ("the two
# governments", "his counterpart", "bilateral") takes as the other side the one other
# state its sentence names, else the state the story names most besides it.
TWO_SIDES_ONE_NAMED: list[Row] = [
    (
        None,
        "The president of Chile received the foreign minister of Peru in Santiago. "
        "Chile and Peru traded goods worth $40 million last year, and Chile buys copper. "
        "With the Peruvian minister, the president discussed the agreement on fisheries, "
        "which the two governments plan to sign this year.",
        [("agreement", "planned", ["CHL", "PER"], "2024")],
    ),
    (
        None,
        "Norway and Chile held talks in Oslo on Monday. Norway buys salmon feed from Chile "
        "and Norway sells ships. Minister Arne Dahl and his Chilean counterpart also signed "
        "a memorandum on consultations between the ministries.",
        [("memorandum", "signed", ["CHL", "NOR"], "2024-04-15")],
    ),
    (
        None,
        "Peru buys gas from Bolivia, and Peru sells fish. "
        "Bolivia ratified the treaty on the lake between Peru and Bolivia in May. The treaty "
        "was signed in Cusco during the visit of the Bolivian president, when the "
        "two countries also signed a memorandum of understanding on tourism.",
        [
            ("treaty", "ratified", ["BOL", "PER"], "2023-05"),
            ("memorandum", "signed", ["BOL", "PER"], None),
        ],
    ),
    # No second side told: the one state found stays alone.
    (
        None,
        "Norway and Chile held talks in Oslo on Monday. Norway buys salmon feed from Chile. "
        "The Norwegian ministry signed a memorandum on research with a university.",
        [("memorandum", "signed", ["NOR"], "2024-04-15")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), TWO_SIDES_ONE_NAMED)
def test_two_sides_one_named(headline: str | None, body: str, expected: list[Summary]) -> None:
    """Two sides told with one named: the other named state, else the story's."""
    assert agreement_summaries(body, PUB, headline) == expected


# A document its sentence lists after an unnamed plural ("15 documents, among them a road
# map ... and an agreement on ...", "four agreements including a memorandum ...") is one of
# them: the plural's status, day and sides, and the plural counts only the rest.
LISTED_AFTER_PLURAL: list[Row] = [
    (
        None,
        "The council of Chile and Peru meets in Lima next week. At the meeting, chaired by "
        "the two presidents, the sides are expected to sign the Treaty on Good Neighbourhood "
        "as well as a package of around 12 documents, among them a road map for cooperation "
        "in mining for 2026-2028 and an agreement on the joint fund, whose capital is to be "
        "raised to $ 2 billion.",
        [
            ("treaty", "planned", ["CHL", "PER"], None),
            ("other", "planned", ["CHL", "PER"], None),
            ("plan", "planned", ["CHL", "PER"], None),
            ("agreement", "planned", ["CHL", "PER"], None),
        ],
    ),
    (
        None,
        "Chile and Norway on Tuesday signed five agreements including a memorandum on "
        "fisheries and an agreement on the avoidance of double taxation.",
        [
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-16"),
            ("memorandum", "signed", ["CHL", "NOR"], "2024-04-16"),
            ("agreement", "signed", ["CHL", "NOR"], "2024-04-16"),
        ],
    ),
    # A part counted of its own stays a part of the count, not an item.
    (
        None,
        "Chile and Norway on Tuesday signed 20 documents, including 5 agreements on trade.",
        [("other", "signed", ["CHL", "NOR"], "2024-04-16")],
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), LISTED_AFTER_PLURAL)
def test_listed_after_plural(headline: str | None, body: str, expected: list[Summary]) -> None:
    """A document listed after a plural in its sentence takes the plural's signing."""
    assert agreement_summaries(body, PUB, headline) == expected


def test_listed_items_leave_the_rest_counted() -> None:
    """The plural's count covers only the documents its sentence does not list."""
    body = (
        "Chile and Norway on Tuesday signed five agreements including a memorandum on "
        "fisheries and an agreement on the avoidance of double taxation."
    )
    found = extract_agreements(Article(body=body, published=PUB))
    assert [a.count for a in found] == [3, 1, 1]


# A page's dateline dates the report; the event its lead tells on a recent day of its own
# ("took place in Lima on Monday") is where a document was adopted or signed as news.
# (dateline, body, expected summaries); published on Wednesday 17 April 2024.
LEAD_EVENT_DAY: list[tuple[str, str, list[Summary]]] = [
    (
        "LIMA, April 17 (Wire)",
        "The 5th ministerial meeting of the Andes Dialogue took place in Lima on Monday, the "
        "ministry said. The foreign ministers of Chile, Peru and Bolivia adopted a joint "
        "action plan for 2025-2027.",
        [("plan", "signed", ["BOL", "CHL", "PER"], "2024-04-15")],
    ),
    (
        "QUITO, April 17 (Wire)",
        "The foreign minister of Chile met his counterparts from Peru and Bolivia on the "
        "sidelines of the council of ministers in Cusco on Tuesday. The council session, "
        "hosted by Peru, adopted the Cusco Declaration.",
        [("declaration", "signed", ["BOL", "CHL", "PER"], "2024-04-16")],
    ),
    # A lead with no day of its own: the dateline's day.
    (
        "LIMA, April 17 (Wire)",
        "The foreign ministers of Chile and Peru held talks in Lima. They signed a "
        "memorandum on consular cooperation.",
        [("memorandum", "signed", ["CHL", "PER"], "2024-04-17")],
    ),
]


@pytest.mark.parametrize(("dateline", "body", "expected"), LEAD_EVENT_DAY)
def test_lead_event_day(dateline: str, body: str, expected: list[Summary]) -> None:
    """A signing told as news takes the lead event's day over the dateline's."""
    article = Article(body=body, published=PUB, dateline=dateline)
    assert [summary(a) for a in extract_agreements(article)] == expected
