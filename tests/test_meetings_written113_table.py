"""A gathering where the story's pair held its own talks, read without the pair (session 113).

Key meetings pooled from the written articles W1-W1680, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, their MISS and EXTRA lines paired by
article and event: a summit the story recalls as the place where its two leaders held their
own talks ("the two premiers met in P, while both attended the S forum", "she recalled the
talks she had with the Chancellor during the S summit in P") read with the host's state
alone, as if the pair had only talked near it. A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- pair-talks-at-gathering: the pair of the event the story leads with, told holding talks at
  a gathering in the gathering's own sentence ("the two premiers met ..., while both attended
  the S forum", "after the two ministers' talks on the margins of the S conference", "the
  talks she had with the Chancellor during the S summit"), took part in it: its
  states are sides of the gathering, beside the host's; not talks held elsewhere "after" the
  summit, not a summit told with neither leader at it.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- the pair's own talks told at a gathering -----------------------------------------------
_row(
    "pair-talks-at-gathering",
    D,
    "The Kenya-Tanzania joint trade commission held its fifth session in Arusha on Monday. "
    "The two presidents held talks in Kigali last June, when both were attending the "
    "Commonwealth summit.",
    ("meeting", "held", ("KEN", "TZA"), None, "2021-03-15"),
    ("conference", "held", ("KEN", "RWA", "TZA"), None, "2020-06"),
    ("meeting", "held", ("KEN", "TZA"), None, "2020-06"),
)
_row(
    "pair-talks-at-gathering",
    D,
    "The Kenya-Tanzania joint trade commission held its fifth session in Arusha on Monday. "
    "The two presidents held talks last June, while both were attending the Commonwealth "
    "summit in Kigali.",
    ("meeting", "held", ("KEN", "TZA"), None, "2021-03-15"),
    ("conference", "held", ("KEN", "RWA", "TZA"), None, None),
    ("meeting", "held", ("KEN", "TZA"), None, "2020-06"),
)
_row(
    "pair-talks-at-gathering",
    D,
    "Kenyan President Ruto Kamau will receive Prime Minister Juma Said of Tanzania in Nairobi "
    "on March 30. The President looks forward to building on the discussions he held with the "
    "Prime Minister at the Commonwealth summit in Kigali last June.",
    ("meeting", "planned", ("KEN", "TZA"), None, "2021-03-30"),
    ("conference", "held", ("KEN", "RWA", "TZA"), None, "2020-06"),
    ("meeting", "held", ("KEN", "TZA"), None, "2020-06"),
    known="the pair's talks told only as 'the discussions he held with' are still no record",
)
# near misses: talks held elsewhere after the summit, a summit neither leader attended
_row(
    "pair-talks-at-gathering",
    D,
    "The Kenya-Tanzania joint trade commission held its fifth session in Arusha on Monday. "
    "The two presidents held talks in Nairobi last June, after the Commonwealth summit in "
    "Kigali.",
    ("meeting", "held", ("KEN", "TZA"), None, "2021-03-15"),
    ("conference", "held", ("RWA",), None, None),
    ("meeting", "held", ("KEN", "TZA"), None, "2020-06"),
)
_row(
    "pair-talks-at-gathering",
    D,
    "The Kenya-Tanzania joint trade commission held its fifth session in Arusha on Monday. "
    "The Commonwealth summit in Kigali last June was attended by neither president.",
    ("meeting", "held", ("KEN", "TZA"), None, "2021-03-15"),
    ("conference", "held", ("RWA",), None, "2020-06"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written113(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
