"""The time an event was put off is not its date; only the new time after "to/until" is.

"The trip, which had been postponed in March, will include talks": March is when the trip
was put off, so the trip told back keeps the date of the sentence before it and makes no
second record. "Postponed to October 3" still gives the new date. The sentences are written
for this test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

# (text, the dates of the meetings found, in order)
ROWS: list[tuple[str, list[str | None]]] = [
    (
        "Japan's prime minister will visit India on September 24. The visit, which had been "
        "postponed in March, will focus on trade.",
        ["2024-09-24"],
    ),
    (
        "Japan's prime minister will visit India next week. The visit, which was put off in "
        "January because of the floods, will focus on trade.",
        ["2024-09"],
    ),
    (
        "Egypt's president will visit Jordan on October 3. The trip, which was postponed on "
        "Monday, will include talks on water.",
        ["2024-10-03"],
    ),
    (  # the new time after "to": the date, as before
        "The summit of Egypt and Jordan, which was postponed to October 3, will take place in "
        "Cairo.",
        ["2024-10-03"],
    ),
    (  # a new time set later by "put back to": the date
        "The summit of Ghana and Togo, due to open on September 20, has been put back to "
        "October 9.",
        ["2024-10-09"],
    ),
    (  # or sooner, by "brought forward to"
        "The summit of Ghana and Togo, due on September 20, has been brought forward to "
        "September 15.",
        ["2024-09-15"],
    ),
    (  # the new time after "until": the date, as before
        "Talks between India and Nepal have been postponed until November 12.",
        ["2024-11-12"],
    ),
]


@pytest.mark.parametrize(("text", "dates"), ROWS)
def test_the_time_of_putting_off_is_not_the_date(text: str, dates: list[str | None]) -> None:
    """Each event keeps its own date; none is dated by its putting off."""
    found = extract_meetings(Article(id="t", body=text, published="2024-09-10"))
    assert [None if m.date is None else str(m.date) for m in found] == dates
