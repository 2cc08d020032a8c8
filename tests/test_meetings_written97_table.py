"""A body's session told opening here, its sides quoted by nationality (session 97).

Key meetings pooled from the written articles W1-W1500, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, traced step by step: a body's session
told opening or ending at the dateline's place, with one state by then, went pending and was
dropped, or was taken as the backdrop of another record's talks. A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- quoted-session: a session told "opened a week-long session here" (or meeting, conference;
  opened, ended, began, closed, concluded) whose mention has one state by then is held with
  that state and the states whose officials or delegates the story quotes by nationality
  ("a Kenyan delegate said", "Indian delegate X said"), and the states its camps name a
  sentence or a few on ("A and B want ..., while C and D have argued ..., producer delegates
  said"); with no other state quoted, or a session placed elsewhere ("opened a session in
  P"), nothing changes.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-05-10"  # a Tuesday

# --- a session opened here, with delegates quoted: the host and the quoted states ------------
_row(
    "quoted-session",
    D,
    "COLOMBO, May 10 - Tea exporting and importing countries opened a five-day meeting here "
    "today to discuss a floor price for the leaf.\n\nA Kenyan delegate said auctions in Mombasa "
    "had lost a fifth of their value since January.",
    ("conference", "held", ("KEN", "LKA"), None, "1988-05-10"),
)
_row(
    "quoted-session",
    D,
    "ACCRA, May 10 - Timber producing and consuming countries opened a week-long meeting here "
    "today to set export quotas.\n\nIvorian officials said their mills could "
    "not live with a smaller share, and a Liberian delegate backed them.",
    ("conference", "held", ("CIV", "GHA", "LBR"), None, "1988-05-10"),
)
_row(
    "quoted-session",
    D,
    "NAIROBI, May 10 - Coffee growing and roasting countries opened a four-day meeting here "
    "today with growers split over export shares, delegates said.\n\nMalawi and Tanzania "
    "want larger shares, while Uganda and Rwanda have argued that the old ones should stand, "
    "producer delegates said. A Burundian delegate said his country would accept any deal.",
    ("conference", "held", ("BDI", "KEN", "MWI", "RWA", "TZA", "UGA"), None, "1988-05-10"),
)
# near misses: no state quoted, or the session placed elsewhere
_row(
    "quoted-session",
    D,
    "COLOMBO, May 10 - Tea exporting and importing countries opened a five-day meeting here "
    "today to discuss a floor price for the leaf.\n\nAuctions had lost a fifth of their value "
    "since January, brokers said.",
)
_row(
    "quoted-session",
    D,
    "COLOMBO, May 10 - Tea exporting and importing countries opened a five-day meeting in "
    "Nairobi today to discuss a floor price for the leaf.\n\nA Kenyan delegate said auctions "
    "had lost a fifth of their value since January.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written97(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
