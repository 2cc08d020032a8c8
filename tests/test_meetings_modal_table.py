"""Talks told after a modal of obligation or a wish: only proposed, no meeting.

The spec counts no talks that are only proposed or speculated about. Talks after "could",
"might" or "may", or hoped for, were already no meeting; talks after "should" or "must",
or wanted, needed or tried for ("the presidents of A and B should meet", "A and B want to
hold talks", "need to meet", "are trying to hold talks") were read as held. A found bug, not a
class of errors in the keys: no visible key record moves (three visible articles lose an
evidence sentence of that kind from a record they keep). A told table (``meeting_rows``
says what a row is and when it passes); every row is written for this table, and the rows
that must stay as they are sit beside the class's rows.

- modal-proposed: talks after "should", "must", "want(s) to", "need(s) to", "trying to",
  "attempting to" are no meeting;
- regression: a decision before the modal makes the talks a plan ("the presidents agreed
  that their ministers should meet in June"), a modal after the talks' own words ("the
  next round of talks between A and B should be held in June") and talks held beside a
  wish for more ("met on Monday and said they must meet more often").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-05-10"  # a Wednesday

# --- talks only proposed ---------------------------------------------------------------------
_row(
    "modal-proposed",
    D,
    "The presidents of Egypt and Ethiopia should meet to settle the dispute, the envoy said.",
)
_row("modal-proposed", D, "Kenya must hold talks with Uganda before the rains, the minister said.")
_row("modal-proposed", D, "Egypt and Ethiopia want to hold talks on the river, officials said.")
_row("modal-proposed", D, "Chile and Peru need to meet soon, the Chilean minister told reporters.")
_row("modal-proposed", D, "Norway and Sweden are trying to hold talks on fishing quotas.")
_row("modal-proposed", D, "Ghana is attempting to hold talks with Togo on the border.")

# --- near misses that stay ---------------------------------------------------------------------
_row(
    "regression",
    D,
    "The presidents of Kenya and Uganda agreed that their foreign ministers should meet in Nairobi"
    " in June.",
    ("meeting", "planned", ("KEN", "UGA"), None, "2023-06"),
)
_row(
    "regression",
    D,
    "The next round of talks between Egypt and Ethiopia should be held in Cairo in June.",
    ("meeting", "planned", ("EGY", "ETH"), None, "2023-06"),
)
_row(
    "regression",
    D,
    "The presidents of Chile and Peru met in Lima on Monday and said they must meet more often.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-05-08"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_modal_table(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph tells exactly the meetings of its row, with their fields."""
    assert_told(cls, day, text, expected)
