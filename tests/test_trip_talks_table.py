"""The talks a trip is made for belong to that trip, not to an event told before it.

"X said he would travel to P next week for talks with Y officials": the talks are the
visit's own. Before, with a gathering of other states told earlier in the story, the talks
word was read as that gathering's next sitting and took its states as sides. The sentences
are written for this test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

_PANEL = ("conference", "held", ["CHL", "COL", "MEX", "PER"])
_EARLIER = (
    "The four-nation panel, which groups Chile, Peru, Mexico and Colombia, met in Lima on "
    "Monday, a spokesman said. "
)

# (text, the meetings found as (kind, status, countries), in order)
ROWS: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        _EARLIER + "Bolivia's mining minister said he would travel to Santiago next week for "
        "talks with Chilean officials on lithium.",
        [_PANEL, ("visit", "planned", ["BOL", "CHL"])],
    ),
    (
        _EARLIER + "Ecuador's trade minister will fly to Mexico City on Friday to hold talks "
        "with Mexican officials.",
        [_PANEL, ("visit", "planned", ["ECU", "MEX"])],
    ),
    (  # the trip alone, as before
        "Bolivia's mining minister said he would travel to Santiago next week for talks with "
        "Chilean officials on lithium.",
        [("visit", "planned", ["BOL", "CHL"])],
    ),
]


@pytest.mark.parametrize(("text", "meetings"), ROWS)
def test_the_talks_of_a_trip_are_the_trip(
    text: str, meetings: list[tuple[str, str, list[str]]]
) -> None:
    """One visit for the trip and its talks; the earlier gathering keeps its own states."""
    found = extract_meetings(Article(id="t", body=text, published="2024-05-15"))
    assert [(m.kind.value, m.status.value, [str(c) for c in m.countries]) for m in found] == (
        meetings
    )
