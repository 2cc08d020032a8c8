"""Meeting forms of the classes read off the corpus's wire copy and the written articles.

The meeting records errors of sessions of commodity bodies and other intergovernmental
councils (the trade, coffee and cocoa bodies' sittings), pooled from the written articles
W1-W1140, corpus blind 11 to 21, the owners' dev and crawled keys and our read pages, sorted
into classes of how news writes a meeting (issue 9, session 44). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.

- round-launched-at-place: a round of negotiations told as launched at a place ("the round of
  trade talks launched in P last September") tells the gathering that launched it, held there
  with its state as host; the round is background, so later talks "on the sidelines of the
  session" are not placed at that gathering.
- body-session-by-length: a body's council or board told opening or closing "a four-day" or "a
  week-long session" holds a conference, dated by its first day; the producers and consumers the
  next sentences name as taking sides are its sides.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-03-16"  # a Wednesday

# --- a round of negotiations launched at a place ----------------------------------------------
# "the round of negotiations launched in P last autumn", "the new round of farm talks launched
# last month at P, <state>": the launching gathering, held at P, its state the host.
_row(
    "round-launched-at-place",
    D,
    "Farm ministers said the dispute belonged in the new round of commodity negotiations "
    "launched in Montevideo last October.",
    ("conference", "held", ("URY",), None, "1987-10"),
)
_row(
    "round-launched-at-place",
    D,
    "The bloc's ministers reviewed their stance in the round of tariff talks launched last "
    "month at Nairobi, Kenya.",
    ("conference", "held", ("KEN",), None, "1988-02"),
)
_row(
    "round-launched-at-place",
    D,
    "The fourth round of shipping negotiations was launched at Lima in Peru in June 1986, "
    "delegates recalled.",
    ("conference", "held", ("PER",), None, "1986-06"),
)
# the launch is background: talks on the sidelines of "the session" later in the story are not
# dated or placed by it
_row(
    "round-launched-at-place",
    D,
    "Delegates wanted the grievance settled in the round of farm talks launched in Montevideo "
    "last October. On the sidelines of the session, Chilean and Peruvian envoys met to discuss "
    "fishing rights.",
    ("conference", "held", ("URY",), None, "1987-10"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
# near misses: a round launched in a month (no place) or launched by no one at a place, and a
# product launched in a city, stay no meeting
_row(
    "round-launched-at-place",
    D,
    "The round of shipping negotiations was launched in June and is due to end next year, "
    "officials said.",
)
_row(
    "round-launched-at-place",
    D,
    "The carmaker's new model was launched in Montevideo last October, the company said.",
)

# --- a body's session told by its opening or close and its length ------------------------------
# "The X Council ended a five-day session here yesterday", "the X's executive board opened a
# week-long session": the body's conference, dated by its first day; the producers and
# consumers the next sentences name as taking sides in it are its sides.
_row(
    "body-session-by-length",
    "1988-05-04",
    "LONDON, May 4 - The International Sugar Council ended a five-day session here yesterday, "
    "delegates said. Producers led by Cuba and Brazil pressed for larger quotas, while consumer "
    "countries including Japan and Canada resisted.",
    ("conference", "held", ("BRA", "CAN", "CUB", "GBR", "JPN"), None, "1988-04-29"),
)
_row(
    "body-session-by-length",
    D,
    "MUSCAT, March 16 - Finance ministers of the six-nation Gulf Cooperation Council began a "
    "three-day session in Muscat today to discuss a common external tariff.",
    ("conference", "held", ("OMN",), "GCC", D),
)
_row(
    "body-session-by-length",
    D,
    "LONDON, March 16 - The International Tin Council's executive board opened a week-long "
    "session here today as creditors pressed for repayment, delegates said.",
    ("conference", "held", ("GBR",), "International Tin Council", D),
)
# near misses: a session told by its length with no body opening or closing it, and one
# producer's figures after a session, add no record and no side
_row(
    "body-session-by-length",
    D,
    "Prices slipped during a four-day session of heavy selling, London dealers said.",
)
_row(
    "body-session-by-length",
    "1988-05-04",
    "LONDON, May 4 - The International Sugar Council ended a five-day session here yesterday, "
    "delegates said. Cuba, the largest producer, shipped 7.1 mln tonnes last year.",
    ("conference", "held", ("GBR",), None, "1988-04-29"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written44(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
