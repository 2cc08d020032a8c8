"""A session named by no number, told with its own place and time (session 95).

Key meetings pooled from the written articles W1-W1500, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, found by switching off each rejection of
the meetings pipeline in turn: the rejection of a "round" or "session" named by no number
also dropped sittings their sentence places and dates. A told table (``meeting_rows`` says
what a row is and when it passes); every row is written for this table, and the rows that
must stay as they are sit beside the class's rows.

- placed-session: a "session" named by no number whose own place and time follow the word
  ("held a joint session in P today", "the board's last session in P in March", "an earlier
  session took place in P in February") is a sitting of its own, and so is a round named
  earlier ("An earlier round in P in February ended without a deal": the pair's talks before,
  as the written keys read them; tests/test_grid_meeting_recall_three.py); a session with a
  place and no time, a time and no place, or a time still to come ("a special session in P
  next month") stays out, and a body's own session ("the commission ended its annual session
  in P today") is the body's record alone.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-05-10"  # a Tuesday

# --- a session with its own place and time: a sitting of its own ----------------------------
_row(
    "placed-session",
    D,
    "BERNE, May 10 - Swiss and Austrian transport ministers held a joint session in Geneva "
    "today to settle a dispute over alpine freight, a Swiss spokesman said.",
    ("meeting", "held", ("AUT", "CHE"), None, "1988-05-10"),
)
_row(
    "placed-session",
    D,
    "OSLO, May 10 - Norwegian and Icelandic officials drafted the quota plan at the fisheries "
    "board's last session in Reykjavik in March, a Norwegian official said.",
    ("meeting", "held", ("ISL", "NOR"), None, "1988-03"),
)
_row(
    "placed-session",
    D,
    "NAIROBI, May 10 - Kenya and Uganda will hold talks on lake fishing rights next week, "
    "officials said. An earlier session took place in Kampala in February and ended without "
    "a deal.",
    ("meeting", "planned", ("KEN", "UGA"), None, None),
    ("meeting", "held", ("KEN", "UGA"), None, "1988-02"),
)
_row(
    "placed-session",
    D,
    "LISBON, May 10 - Portuguese and Spanish water officials ended a two-day session in Porto "
    "on Monday with a deal on river flows, a Portuguese spokesman said.",
    ("meeting", "held", ("ESP", "PRT"), None, None),
)
# a "round" named earlier is a sitting too (the pair's talks before the ones to come)
_row(
    "placed-session",
    D,
    "NAIROBI, May 10 - Kenya and Uganda will hold talks on lake fishing rights next week, "
    "officials said. An earlier round in Kampala in February ended without a deal.",
    ("meeting", "planned", ("KEN", "UGA"), None, None),
    ("meeting", "held", ("KEN", "UGA"), None, "1988-02"),
)
# near misses: a session with a place and no time, a time and no place
_row(
    "placed-session",
    D,
    "OSLO, May 10 - Norwegian and Icelandic officials said the quota plan would be taken up at "
    "a session in Reykjavik, a Norwegian official said.",
)
_row(
    "placed-session",
    D,
    "BERNE, May 10 - Swiss and Austrian transport ministers will settle the dispute at a special "
    "session in January, a Swiss spokesman said.",
)

_row(
    "placed-session",
    D,
    "ROME, May 10 - Italian and Greek farm ministers ended two days of talks here without a "
    "deal on olive oil aid and will try again at a special session in Athens next month, "
    "diplomats said.",
    ("meeting", "held", ("GRC", "ITA"), None, None),
)
_row(
    "placed-session",
    D,
    "OSLO, May 10 - Norway and Iceland agreed on capelin quotas after their intergovernmental "
    "commission on fisheries ended its annual session in Reykjavik today, a Norwegian official "
    "said.",
    ("meeting", "held", ("ISL", "NOR"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written95(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
