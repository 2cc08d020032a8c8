"""Meeting classes of wire and briefing-room prose (issue 9, thirteenth corpus pass).

Each row is one general rule, tested on sentences written for these tests (invented
officials, states, bodies and dates); none is taken from an article.
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# (row id, body, expected meetings); the page is published 2023-05-10 (a Wednesday)
MEETING_ROWS: list[tuple[str, str, list[Brief]]] = [
    # What an event produced, yielded or failed to do is its topic: states named there are
    # neither its sides nor its place.
    (
        "states-in-what-a-meeting-produced-are-no-sides",
        "The April meeting (of trade ministers of the Group of Six and Chile) produced "
        "little hope of lower tariffs in Peru and Bolivia, the institute said.",
        [("meeting", "held", ["CHL"], "G-6", "2023-04")],
    ),
    (
        "states-in-what-talks-failed-to-do-are-no-sides",
        "Talks of the G6 ministers with Chile failed to help Peru and Bolivia.",
        [("meeting", "held", ["CHL"], "G-6", None)],
    ),
    # A gathering of the ministers of one portfolio, with no state or body named ("a meeting
    # of trade ministers", "finance ministers hold a meeting") is a conference of many
    # states: its host, and the states whose minister for that portfolio the story names.
    (
        "told-delegates-at-a-meeting-of-portfolio-ministers",
        "Peruvian Trade Minister Ana Rojas told delegates at the informal meeting of trade "
        "ministers that farm aid must fall.",
        [("conference", "held", ["PER"], None, None)],
    ),
    (
        "portfolio-ministers-hold-a-meeting-in-a-host-state",
        "Their report is due when finance ministers hold an informal meeting in Chile early "
        "next month.",
        [("conference", "planned", ["CHL"], None, "2023-06")],
    ),
    (
        "ministers-of-the-portfolio-named-elsewhere-in-the-story",
        "Chilean Finance Minister Tomas Soto and Bolivian Finance Minister Eva Cruz spoke "
        "of debt.\n\nFinance ministers will hold a two-day meeting in Lima next week.",
        [("conference", "planned", ["BOL", "CHL", "PER"], None, "2023-05")],
    ),
    (
        "portfolio-ministers-as-the-subject-of-met",
        "Finance ministers met in Lima on Sunday to discuss the debt plan.",
        [("conference", "held", ["PER"], None, "2023-05-07")],
    ),
    (
        "portfolio-ministers-will-meet",
        "Trade ministers will meet in Lima next week.",
        [("conference", "planned", ["PER"], None, "2023-05")],
    ),
    (
        "a-governments-own-state-ministers-are-domestic",
        "State finance ministers met in Delhi on Sunday.",
        [],
    ),
    # A time before "on the eve of" dates what was done then, not the event.
    (
        "a-time-before-on-the-eve-of-is-not-the-event's",
        "Chilean Finance Minister Tomas Soto spoke to reporters yesterday on the eve of a "
        "two-day meeting of finance ministers which will review the debt plan.",
        [("conference", "planned", ["CHL"], None, None)],
    ),
    # One state's ministers, or the definite ministers of a format told before: no crowd.
    (
        "one-states-portfolio-ministers-meet",
        "Peruvian trade ministers held a meeting on tariff reform on Monday.",
        [],
    ),
    # The sides before that verb stay sides.
    (
        "sides-before-the-outcome-verb-stay",
        "Last week's talks between Peru and Chile produced a plan for Bolivia.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in MEETING_ROWS],
)
def test_meeting_rows(body: str, expected: list[Brief]) -> None:
    """Each row's body gives exactly the meetings the row lists, in order."""
    assert briefs_of(body) == expected
