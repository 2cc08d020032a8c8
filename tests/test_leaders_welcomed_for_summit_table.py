"""The leaders of many states welcomed for a summit are that summit, not a second event.

"X will welcome the leaders of A, B and C to P on D for the Y Summit": one conference of the
host and its guests. One guest welcomed "for the summit" is still talks of their own on its
sidelines, as before. The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

# (text, the meetings found as (kind, countries), in order)
ROWS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "President Lula will welcome the leaders of Argentina, Chile and Peru to Brasilia on "
        "June 4 for the third Andes-Amazon Leaders' Summit.",
        [("conference", ["ARG", "BRA", "CHL", "PER"])],
    ),
    (
        "Prime Minister Ishiba will welcome the heads of state of Fiji, Samoa and Tonga to "
        "Tokyo on June 4 for the Pacific Islands Summit.",
        [("conference", ["FJI", "JPN", "TON", "WSM"])],
    ),
]


@pytest.mark.parametrize(("text", "meetings"), ROWS)
def test_leaders_welcomed_for_a_summit_are_the_summit(
    text: str, meetings: list[tuple[str, list[str]]]
) -> None:
    """One conference record; no reception of the guests beside it."""
    found = extract_meetings(Article(id="t", body=text, published="2024-05-20"))
    assert [(m.kind.value, [str(c) for c in m.countries]) for m in found] == meetings
