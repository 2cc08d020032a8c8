"""A body's session told by its close or opening with "a session", read off the written articles.

The key meetings missing where an article tells a sitting of an intergovernmental body only as
"the council of the X (XC) ended a session" or "the XC council opened a session", pooled from
the written articles W1-W1380, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages (issue 9, session 77). A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit beside
the class's rows.

- body-session-close: a body's council named just before "ended", "closed", "opened" or
  "concluded a session" is that body's sitting, held; a market's or a town council's "session"
  stays no meeting.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- a body's council told by "ended / opened a session" ------------------------------------
_row(
    "body-session-close",
    D,
    "GENEVA, April 12 - The council of the International Sugar Organization (ISO) closed a "
    "session begun on Monday without a deal on export quotas, delegates said.",
    ("conference", "held", (), "International Sugar Organization", None),
)
_row(
    "body-session-close",
    D,
    "The International Natural Rubber Organization (INRO) council opened a session in Kuala "
    "Lumpur today to review the reference price.",
    ("conference", "held", ("MYS",), "International Natural Rubber Organization", "2023-04-12"),
)
_row(
    "body-session-close",
    D,
    "The Nordic Council ended a session in Oslo on Tuesday.",
    ("conference", "held", ("NOR",), "Nordic Council", "2023-04-11"),
)
# near misses: a market's session and a town council's are no meeting; a session told with its
# length stays the "-day session" rule's, as before
_row(
    "body-session-close",
    D,
    "Grain futures closed a session of thin trading lower on Tuesday.",
)
_row(
    "body-session-close",
    D,
    "The town council ended a session in Leeds on Tuesday after a vote on parking fees.",
)
_row(
    "body-session-close",
    D,
    "The International Wheat Council ended a ten-day session in London on Tuesday.",
    ("conference", "held", ("GBR",), "International Wheat Council", None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written77(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, held and planned, as the table says."""
    assert_told(cls, day, text, expected)
