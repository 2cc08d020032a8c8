"""Meetings told as not taking place, or to come but read as past (session 108).

Key meetings pooled from the written articles W1-W1620, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: an event the story tells as put off with
no time left for it ("the meeting had been postponed until further notice", "a visit ...
had been postponed without a new date") or as expected but fixed by no one ("a trip ...,
which had been expected this month, has not yet been scheduled") read as a meeting held; a
session a verb of the future tells ("will be held in P on May 14-15, co-chaired by A and B")
read as held in the year before, beside its plan. A
told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the class's rows.

- put-off-undated: an event whose own verb puts it off indefinitely, until further notice or
  without a new date, or tells it not yet scheduled, is no meeting, held or planned; not one
  put off to a time ("postponed to June": planned), not one put off and then held ("which
  had been postponed in May, took place on Monday"), not a meeting held while other talks
  are put off ("met on Monday, although talks ... had been postponed indefinitely").
- future-time-read-past: a bare month or day (no year) that a verb of the future governs in
  its own clause ("will be held in P on May 20-21, co-chaired by A and B", "should meet in P
  in September") is still to come, a plan of the story's year, even when the trigger looks
  past ("co-chaired", after "last convened"), and an arrival awaited in reported speech
  ("told reporters that X was expected in P on April 20"); not a session told done ("took
  place in P on May 20-21"), not a past meeting recalled inside a future clause ("will review
  the agreements signed when the presidents met in P in May").
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
_row(
    "put-off-undated",
    D,
    "The summit of Kenya and Tanzania was postponed after the floods and no new date has been set.",
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


# --- a bare time a verb of the future governs, read in the year before --------------------
_row(
    "future-time-read-past",
    D,
    "The fifth meeting of the Kenya-Tanzania joint commission on trade will be held in "
    "Nairobi on May 20-21, co-chaired by Kenya's trade minister Ruth Kamau and Tanzania's "
    "finance minister Juma Said.",
    ("meeting", "planned", ("KEN", "TZA"), None, "2021-05-20"),
)
_row(
    "future-time-read-past",
    D,
    "The leaders agreed that the Kenya-Tanzania joint commission, last convened in Nairobi in "
    "2019, should meet in Dodoma in September.",
    ("meeting", "held", ("KEN", "TZA"), None, "2019"),
    ("meeting", "planned", ("KEN", "TZA"), None, "2021-09"),
)
_row(
    "future-time-read-past",
    D,
    "Kenyan officials told reporters that Tanzania's foreign minister was expected in Nairobi "
    "on April 20 for the signing ceremony.",
    ("visit", "planned", ("KEN", "TZA"), None, "2021-04-20"),
)
# near misses: a session told done, a past meeting recalled in a future clause
_row(
    "future-time-read-past",
    D,
    "The fifth meeting of the Kenya-Tanzania joint commission on trade took place in Nairobi "
    "on May 20-21, co-chaired by Kenya's trade minister Ruth Kamau and Tanzania's finance "
    "minister Juma Said.",
    ("meeting", "held", ("KEN", "TZA"), None, "2020-05-20"),
)
_row(
    "future-time-read-past",
    D,
    "The Kenyan minister will review the agreements signed when the presidents of Kenya and "
    "Tanzania met in Dodoma in May.",
    ("meeting", "held", ("KEN", "TZA"), None, "2020-05"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written108(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
