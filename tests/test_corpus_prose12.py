"""Meeting and agreement classes of wire and briefing-room prose (issue 9, twelfth corpus pass).

Each row is one general rule, tested on sentences written for these tests (invented
officials, states, bodies and dates); none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, agreement_summaries
from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, briefs_of

# (row id, body, expected meetings); the page is published 2023-05-10 (a Wednesday)
MEETING_ROWS: list[tuple[str, str, list[Brief]]] = [
    # Negotiations or discussions taken up again are an event of talks: planned when the
    # resumption is still to come, held when told as done.
    (
        "agreed-to-resume-negotiations-in-a-city",
        "Peru and Chile agreed to resume negotiations in Lima next month.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "called-on-to-resume-discussion-on-a-day",
        "The mediators called on Peru and Chile to resume urgent discussion on Friday in Lima.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-05-12")],
    ),
    (
        "resumed-their-negotiations",
        "Peru and Chile resumed their fisheries negotiations in Lima on Monday.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "a-body-resumes-negotiations-in-a-host-state",
        "EU farm ministers failed to agree on prices and will resume negotiations in "
        "Luxembourg next month.",
        [("meeting", "planned", ["LUX"], "EU", "2023-06")],
    ),
    # An official titled once by a one-word name ("President Harlan") is the same official
    # when the name comes back bare ("Harlan said"): the call has both sides.
    (
        "bare-one-word-name-resolves-to-the-titled-official",
        "WASHINGTON, May 10 - President Harlan said the United States remains committed to "
        "the pact.\n\nHarlan said Peruvian Prime Minister Tomas Soto said in a telephone "
        "conversation on Tuesday that Peru would act.",
        [("call", "held", ["PER", "USA"], None, "2023-05-09")],
    ),
    # A definite mention of the pair's talks with no tense of its own, after their planned
    # meeting, is that meeting (not a second, held one).
    (
        "the-a-b-talks-after-a-planned-meeting",
        "WASHINGTON, May 10 - Peruvian Prime Minister Tomas Soto and President Harlan will "
        'meet Thursday and Friday to discuss trade.\n\n"Unless something surprising comes '
        'out of the Soto/Harlan talks, the dollar will stay put," one trader said.',
        [("meeting", "planned", ["PER", "USA"], None, "2023-05-11")],
    ),
    # A domestic body taking up a debate again names no state and no body: no record.
    (
        "parliament-resumes-discussion-of-a-bill",
        "The parliament will resume discussion of the budget bill next week.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in MEETING_ROWS],
)
def test_meeting_rows(body: str, expected: list[Brief]) -> None:
    """Each row's body gives exactly the meetings the row lists, in order."""
    assert briefs_of(body) == expected


# (row id, body, expected agreements); the page is published 2024-04-20
AGREEMENT_ROWS: list[tuple[str, str, list[Summary]]] = [
    # A state's stance on a named instrument makes it a party: its commitment to the
    # instrument's conclusion (another instrument may be listed first), its obligations
    # under it, with a bare apostrophe for a name ending in s.
    (
        "commitment-to-the-conclusion-of-listed-negotiations",
        "Deputy Adviser Tom Reyes reaffirmed the United States’ commitment to a successful "
        "conclusion of the Ocean Health Rules (OHR) and Coral Accord negotiations in the "
        "coming weeks.",
        [("agreement", "planned", ["USA"], None)],
    ),
    (
        "obligations-under-a-named-convention",
        "As part of the Kingdom of Morocco’s effort to honour its "
        "obligations under the Lima Convention, the sides agreed to reopen the crossing.",
        [("treaty", "signed", ["MAR"], None)],
    ),
    (
        "bare-apostrophe-possessive-withdrawal",
        "The Philippines’ withdrawal from the Lisbon Convention worried Chile.",
        [("treaty", "signed", ["PHL"], None)],
    ),
    # A group's commitment names no state: the instrument keeps no party.
    (
        "group-commitment-names-no-state",
        "The G-6 nations remain committed to the Lisbon Accord, the minister said.",
        [("agreement", "signed", [], None)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in AGREEMENT_ROWS],
)
def test_agreement_rows(body: str, expected: list[Summary]) -> None:
    """Each row's body gives exactly the agreements the row lists, in order."""
    assert agreement_summaries(body, dt.date(2024, 4, 20)) == expected


# (row id, body, expected (participant, state) pairs of the first meeting): a dateline
# gives its state to officials titled without one, but a republic with no prime minister
# never to a prime minister.
DATELINE_ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "no-prime-minister-in-a-presidential-republic",
        "WASHINGTON, May 10 - President Harlan met Prime Minister Tomas Soto on Tuesday.",
        [("Harlan", "USA"), ("Tomas Soto", None)],
    ),
    (
        "prime-minister-of-a-parliamentary-dateline-state",
        "LIMA, May 10 - Prime Minister Tomas Soto met Chilean Foreign Minister Ana Rojas "
        "on Tuesday.",
        [("Tomas Soto", "PER"), ("Ana Rojas", "CHL")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in DATELINE_ROWS],
)
def test_dateline_officials_rows(body: str, expected: list[tuple[str, str | None]]) -> None:
    """The first meeting's participants carry the states the row lists."""
    meetings = extract_meetings(Article(id="t", body=body, published=dt.date(2023, 5, 10)))
    assert meetings
    got = [(p.name, str(p.country) if p.country else None) for p in meetings[0].participants]
    assert got == expected


# (row id, headline, body, expected meetings): a headline in capitals names its states as
# a title-case one does, and they give the one-sided event its other side.
HEADLINE_ROWS: list[tuple[str, str, str, list[Brief]]] = [
    (
        "headline-in-capitals-gives-the-other-side",
        "PERU TRADE TEAM FACES TOUGH TALKS",
        "A special trade delegation leaves for Washington tomorrow to renegotiate the "
        "textile accord.\n\nThe delegation's leader, Tomas Soto, told reporters he would "
        "face tough talks in Washington next week because of rising protectionist sentiment.",
        [("visit", "planned", ["PER", "USA"], None, "2023-05")],
    ),
    (
        "same-story-without-a-headline-has-one-side",
        "",
        "A special trade delegation leaves for Washington tomorrow to renegotiate the "
        "textile accord.\n\nThe delegation's leader, Tomas Soto, told reporters he would "
        "face tough talks in Washington next week because of rising protectionist sentiment.",
        [("visit", "planned", ["USA"], None, "2023-05")],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [pytest.param(title, body, want, id=rid) for rid, title, body, want in HEADLINE_ROWS],
)
def test_headline_rows(title: str, body: str, expected: list[Brief]) -> None:
    """Each row's headline and body give exactly the meetings the row lists."""
    assert briefs_of(body, title=title or None) == expected
