"""Negotiations told going on at a place or in a month are a sitting, not only a process.

"Negotiations between A and B continue" tells talks under way and makes no record; "will
continue in Lima in July" or "continued in Geneva on Monday" tells a sitting of them, with its
place and time, as "will resume in Lima in July" does. The sentences are written for this
test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

# (text, the meetings found as (status, countries, date), in order)
ROWS: list[tuple[str, list[tuple[str, list[str], str | None]]]] = [
    (
        "Negotiations between Malaysia and Japan will continue in Kuala Lumpur in July.",
        [("planned", ["JPN", "MYS"], "2024-07")],
    ),
    (
        "Negotiations between Chile and Korea continued in Geneva on Monday.",
        [("held", ["CHL", "KOR"], "2024-05-06")],
    ),
    (
        "Ghana's negotiations with Nigeria are due to continue in Abuja in August.",
        [("planned", ["GHA", "NGA"], "2024-08")],
    ),
    (  # the same plan told by "resume", as before
        "Negotiations between Peru and Canada will resume in Lima in June.",
        [("planned", ["CAN", "PER"], "2024-06")],
    ),
    # talks only told going on: no sitting, as before
    ("Negotiations between Malaysia and Japan continue.", []),
    ("Negotiations between Malaysia and Japan will continue in earnest.", []),
    ("Negotiations between Chile and Korea are continuing over the rules of origin.", []),
    # talks taken up again or opening at a place or a time are a sitting, their sides the
    # story's pair where the sentence names none; with no place nor a time finer than a year
    # they are still a process
    (
        "Malaysia and Japan signed a deal. Negotiations on the pact resumed in Tokyo on Monday.",
        [("held", ["JPN", "MYS"], "2024-05-06")],
    ),
    (
        "Chile and Korea signed a deal. Negotiations on a trade pact will open in Seoul next week.",
        [("planned", ["CHL", "KOR"], "2024-05")],
    ),
    ("Malaysia and Japan signed a deal. Negotiations on a trade pact will open soon.", []),
    ("Malaysia and Japan signed a deal. Negotiations on a trade pact will begin next year.", []),
]


@pytest.mark.parametrize(("text", "meetings"), ROWS)
def test_talks_continued_at_a_place_or_time(
    text: str, meetings: list[tuple[str, list[str], str | None]]
) -> None:
    """A continuation with a place or a month is a sitting; talks only going on are none."""
    found = extract_meetings(Article(id="t", body=text, published="2024-05-10"))
    assert [
        (m.status.value, [str(c) for c in m.countries], None if m.date is None else str(m.date))
        for m in found
    ] == meetings
