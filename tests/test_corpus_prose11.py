"""Meeting and agreement classes of wire and briefing-room prose (issue 9, eleventh corpus pass).

Each row is one general rule, tested on sentences written for these tests (invented
officials, states, bodies and dates); none is taken from an article.
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# (row id, headline, body, expected meetings)
MEETING_ROWS: list[tuple[str, str | None, str, list[Brief]]] = [
    # Under a headline of one state and one body, "the two sides" are that state and body.
    (
        "two-sides-of-a-state-and-a-body",
        "Peru in EU fishing quota row",
        "Lima has asked the WTO to rule on the quotas. EU fisheries commissioner Lena Holt "
        "expects the two sides to resume talks on the quotas.",
        [("meeting", "planned", ["PER"], "EU", None)],
    ),
    # A third body named in the sentence is no side of the pair's bilateral talks, and
    # the talks told before take the mention (one record).
    (
        "bilateral-talks-told-before-take-the-mention",
        "EU-Peru seeking deal on fishing dispute",
        "The EU and Peru have agreed to begin talks on fishing quotas, EU fisheries "
        "commissioner Lena Holt said. Both sides agreed to drop their requests for WTO "
        "arbitration to allow bilateral talks to continue.",
        [("meeting", "planned", ["PER"], "EU", None)],
    ),
    # A headline naming two states (no body) gives the body's talks no state of its own.
    (
        "headline-of-two-states-is-no-body-pair",
        "Peru and Chile in fishing quota row",
        "EU fisheries commissioner Lena Holt said the two sides had agreed to reopen talks.",
        [("meeting", "planned", [], "EU", None)],
    ),
    # Negotiations told as taking place are held talks: "under way with", "that ended".
    (
        "negotiations-under-way-with-a-state",
        None,
        "Soto said the dispute showed why Chile needs a new way to settle irritants in the "
        "fisheries negotiations under way with Peru.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "described-negotiations-in-a-city",
        None,
        "Soto said the accord between Chile and Peru was reached after lengthy bilateral "
        "negotiations in Lima on May 8.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    # Negotiations only recalled as the road to a deal, with no end, place or side, are none.
    (
        "months-of-negotiations-are-no-event",
        None,
        "The pact, struck after months of heated negotiations, bound Chile and Peru.",
        [],
    ),
    # A headline naming one state and two bodies names no single pair.
    (
        "headline-with-two-bodies-is-no-pair",
        "Peru, EU and WTO in fishing quota row",
        "EU fisheries commissioner Lena Holt said the two sides had agreed to reopen talks.",
        [("meeting", "planned", [], "EU", None)],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [r[1:] for r in MEETING_ROWS],
    ids=[r[0] for r in MEETING_ROWS],
)
def test_corpus_prose11_meeting_row(title: str | None, body: str, expected: list[Brief]) -> None:
    """Each row's story gives exactly the meetings it lists."""
    assert briefs_of(body, title) == expected


# (row id, outlet, body, expected meetings): a first-person speaker in a government's own
# statement is its leader, so the outlet's state is a side; elsewhere "I" names no state.
FIRST_PERSON_ROWS: list[tuple[str, str, str, list[Brief]]] = [
    (
        "whom-i-met-with",
        "The White House (Briefing Room)",
        "President Ana Ortiz of Chile, whom I met with several times as Vice President, has "
        "long led this work.",
        [("meeting", "held", ["CHL", "USA"], None, None)],
    ),
    (
        "i-spoke-with",
        "The White House (Briefing Room)",
        "Today I spoke with President Ana Ortiz of Chile about the fisheries plan.",
        [("call", "held", ["CHL", "USA"], None, "2023-05-10")],
    ),
    (
        "a-wire-story-has-no-home-speaker",
        "Reuters",
        "Today I spoke with President Ana Ortiz of Chile about the fisheries plan.",
        [],
    ),
    (
        "a-quoted-i-is-not-the-outlet",
        "The White House (Briefing Room)",
        "Ana Ortiz said: “I met with the ministers of Peru in March.”",
        [],
    ),
]


@pytest.mark.parametrize(
    ("outlet", "body", "expected"),
    [r[1:] for r in FIRST_PERSON_ROWS],
    ids=[r[0] for r in FIRST_PERSON_ROWS],
)
def test_corpus_prose11_first_person_row(outlet: str, body: str, expected: list[Brief]) -> None:
    """Each row's statement gives exactly the meetings it lists."""
    assert briefs_of(body, outlet=outlet) == expected
