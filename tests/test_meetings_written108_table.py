"""Meetings told as not taking place: put off with no date left, or never scheduled (session 108).

Key meetings pooled from the written articles W1-W1620, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: an event the story tells as put off with
no time left for it ("the meeting had been postponed until further notice", "a visit ...
had been postponed without a new date") or as expected but fixed by no one ("a trip ...,
which had been expected this month, has not yet been scheduled") read as a meeting held. A
told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the class's rows.

- put-off-undated: an event whose own verb puts it off indefinitely, until further notice or
  without a new date, or tells it not yet scheduled, is no meeting, held or planned; not one
  put off to a time ("postponed to June": planned), not one put off and then held ("which
  had been postponed in May, took place on Monday"), not a meeting held while other talks
  are put off ("met on Monday, although talks ... had been postponed indefinitely").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- an event put off with no date left, or not yet scheduled ------------------------------
_row(
    "put-off-undated",
    D,
    "Kenya's foreign ministry said the talks with Tanzania on the shared border had been "
    "postponed until further notice after Dodoma rejected the draft agenda.",
)
_row(
    "put-off-undated",
    D,
    "A visit to Nairobi by Tanzania's foreign minister, which had been planned for next week, "
    "has been postponed without a new date, the ministry said.",
)
_row(
    "put-off-undated",
    D,
    "A trip by the Kenyan president to Dodoma, which had been expected this month, has not "
    "yet been scheduled, officials said.",
)
_row(
    "put-off-undated",
    D,
    "The summit of Kenya and Tanzania was put off indefinitely after the election dispute.",
)
# near misses: put off to a time, put off and then held, another event put off
_row(
    "put-off-undated",
    D,
    "The talks between Kenya and Tanzania on the shared border have been postponed to June, "
    "the ministry said.",
    ("meeting", "planned", ("KEN", "TZA"), None, None),
)
_row(
    "put-off-undated",
    D,
    "A visit to Nairobi by Tanzania's foreign minister, which had been postponed in May, took "
    "place on Monday.",
    ("visit", "held", ("KEN", "TZA"), None, None),
)
_row(
    "put-off-undated",
    D,
    "The Kenyan and Tanzanian foreign ministers met in Nairobi on Monday, although talks on "
    "the border had been postponed indefinitely.",
    ("meeting", "held", ("KEN", "TZA"), None, "2021-03-15"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written108(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
