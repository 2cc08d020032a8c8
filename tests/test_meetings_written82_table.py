"""Talks or visits during which two states agreed on a step (written articles and read pages).

The key meetings our extraction told with the wrong status, pooled from the written articles
W1-W1380, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages (issue 9,
session 82). A told table (``meeting_rows`` says what a row is and when it passes); every row
is written for this table, and the rows that must stay as they are sit beside the class's rows.

- agreed-during-event: "A and B agreed to <a step> during <the visit, talks or session>" tells
  a decision the event made, so the event is held, though "agreed to" speaks of a step to come;
  a step that is a meeting or a signing of its own ("agreed to hold talks during", "for
  signing during"), "the next round" and an event timed to come after it stay planned.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- a step agreed on during a visit or talks ------------------------------------------------
_row(
    "agreed-during-event",
    D,
    "Chile and Peru have agreed to set up a joint fund for marine research during a visit to "
    "Lima by Chilean Economy Minister Pablo Rojas.",
    ("visit", "held", ("CHL", "PER"), None, None),
)
_row(
    "agreed-during-event",
    D,
    "Malawi and Zambia decided to scrap visa fees for students during a visit to Lusaka by "
    "Malawian Foreign Minister Ruth Banda.",
    ("visit", "held", ("MWI", "ZMB"), None, None),
)
_row(
    "agreed-during-event",
    D,
    "Kenya and Uganda agreed to ease rules for cross-border traders during talks in Kampala "
    "between their trade ministers.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
)
_row(
    "agreed-during-event",
    D,
    "Fiji and Samoa agreed to pool their fisheries patrols during talks between the two prime "
    "ministers in Apia.",
    ("meeting", "held", ("FJI", "WSM"), None, None),
)
# near misses: a step that is a meeting or a signing, the next round, a time to come after it
_row(
    "agreed-during-event",
    D,
    "Chile and Peru have agreed to hold further talks on marine research during a visit to "
    "Lima by Chilean Economy Minister Pablo Rojas next month.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-05"),
)
_row(
    "agreed-during-event",
    D,
    "Ghana and Togo agreed to prepare a transit accord for signing during the fifth session of "
    "the Ghana-Togo Joint Commission.",
    ("meeting", "planned", ("GHA", "TGO"), None, None),
)
_row(
    "agreed-during-event",
    D,
    "Kenya and Uganda agreed to ease rules for cross-border traders during the next round of "
    "talks in Kampala.",
    ("meeting", "planned", ("KEN", "UGA"), None, None),
)
_row(
    "agreed-during-event",
    D,
    "Fiji and Samoa agreed to pool their fisheries patrols during talks between the two prime "
    "ministers in Apia, which are expected to start on Friday.",
    ("meeting", "planned", ("FJI", "WSM"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written82(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
