"""An event told ended on a day "after N days" is dated by its first day.

"Talks between A and B ended in P on Thursday after four days" began on the Monday, as "a
four-day session which ended on Thursday" does. The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article

# (text, the dates of the meetings found, in order); published on Friday 1987-03-27
ROWS: list[tuple[str, list[str | None]]] = [
    ("Talks between Chile and Peru ended in Lima on Thursday after four days.", ["1987-03-23"]),
    (
        "Talks between Ghana and Togo ended on Thursday after two days of hard bargaining.",
        ["1987-03-25"],
    ),
    (
        "Talks between Kenya and Uganda closed in Nairobi on March 20 after three days.",
        ["1987-03-18"],
    ),
    # no length after the day: the day it ended, as before
    ("Talks between Chile and Peru ended in Lima on Thursday.", ["1987-03-26"]),
    # a length of something else after the close: the close's day, as before
    (
        "Talks between Chile and Peru ended in Lima on Thursday, and the ministers flew home after "
        "a round of visits that lasted three days in all.",
        ["1987-03-26"],
    ),
]


@pytest.mark.parametrize(("text", "dates"), ROWS)
def test_an_event_ended_after_n_days_is_dated_by_its_first(
    text: str, dates: list[str | None]
) -> None:
    """The first of the N days, counted back from the day the event ended."""
    found = extract_meetings(Article(id="t", body=text, published="1987-03-27"))
    assert [None if m.date is None else str(m.date) for m in found] == dates
