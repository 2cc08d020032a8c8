"""Events told with their own time to come after them (written articles and read pages).

The key meetings our extraction told with the wrong status, pooled from the written articles
W1-W1380, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages (issue 9,
session 83). A told table (``meeting_rows`` says what a row is and when it passes); every row
is written for this table, and the rows that must stay as they are sit beside the class's rows.

- next-time-after-event: "talks with B early next month", "ministers, who meet in P next
  month": "next week, month or year" told right after the event, in its clause, is its own time
  to come, so the event is planned though a past verb stands before it; another event's time
  ("next month's summit") and a second act's time ("met and agreed to meet again next month")
  leave it held.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- the event's own time to come, told by "next" after it -------------------------------------
_row(
    "next-time-after-event",
    D,
    "Traders said the peso firmed as markets waited for the Argentine minister's visit to Chile "
    "for talks with officials next week.",
    ("visit", "planned", ("ARG", "CHL"), None, None),
)
_row(
    "next-time-after-event",
    D,
    "Officials said a Japanese trade mission would arrive in Seoul next week for talks on "
    "opening its market to Korean pears.",
    ("visit", "planned", ("JPN", "KOR"), None, None),
)
_row(
    "next-time-after-event",
    D,
    "Shares edged up as dealers awaited the Indian commerce minister's trip to Nepal for talks "
    "on power trade early next month.",
    ("visit", "planned", ("IND", "NPL"), None, None),
)
# near misses: another event's time, a second act's time, a time already past
_row(
    "next-time-after-event",
    D,
    "Ghana and Togo held talks in Lome on Monday to review next month's customs figures.",
    ("meeting", "held", ("GHA", "TGO"), None, None),
)
_row(
    "next-time-after-event",
    D,
    "The foreign ministers of Chile and Peru met in Lima on Monday and agreed to meet again "
    "next month.",
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "next-time-after-event",
    D,
    "Kenya and Uganda held talks in Kampala last week on cross-border trade.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written83(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
