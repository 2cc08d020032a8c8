"""Meeting and agreement classes of wire and briefing-room prose (issue 9, twelfth corpus pass).

Each row is one general rule, tested on sentences written for these tests (invented
officials, states, bodies and dates); none is taken from an article.
"""

from __future__ import annotations

import pytest

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
