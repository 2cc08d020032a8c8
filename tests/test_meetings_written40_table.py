"""Meeting forms of the classes read off the written articles W1-W1140 and the released keys.

The meeting records errors of the thousand one hundred and forty articles written blind in the
manner of the corpus (W1081-W1140 read first), pooled with those of corpus blind 11 to 18, the
owners' dev and crawled keys and our read pages, sorted into classes of how news writes a
meeting (issue 9, session 40). A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit
beside the classes' rows.

- session-closed-length-next: a session told closed on a day ("at the end of a session of
  their commission on Friday", "concluded the 4th session ... on Monday") whose next sentence
  opens with its length ("The two-day session ...") is dated by its first day.
- talks-ended-length: talks told ended with their length in days ("ended three days of joint
  commission talks here today", "ended two days of talks on water yesterday", "after three
  days of talks ended here yesterday") are dated by their first day, counted back from the
  end day the clause tells (or the story's day).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a session told closed on a day, its length told in the next sentence -----------------------
# "a protocol signed at the end of a session of their joint commission on Friday. The two-day
# session in P was chaired by ...", "concluded the 4th session of their commission on Monday ...
# The three-day session, which ...": the session began its length less one day before.
_row(
    "session-closed-length-next",
    D,
    "Chile and Peru want to double their fish trade, according to a plan signed at the end of a "
    "session of their joint fisheries commission on Monday. The two-day session in Lima was "
    "led by the two trade ministers.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-09"),
)
_row(
    "session-closed-length-next",
    D,
    "Chile and Norway on Tuesday concluded the 4th session of their joint salmon commission in "
    "Oslo with the signing of two accords. The three-day session was co-chaired by the deputy "
    "ministers of the two states.",
    ("meeting", "held", ("CHL", "NOR"), None, "2025-02-09"),
)
# near misses: a session of experts is another event, and a closing day with no length told
# keeps its day
_row(
    "session-closed-length-next",
    D,
    "Chile and Peru signed a plan at the end of a session of their joint fisheries commission on "
    "Monday. A two-day meeting of experts will follow in March.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)
_row(
    "session-closed-length-next",
    D,
    "Chile and Peru signed a plan at the end of a session of their joint fisheries commission on "
    "Monday. The session in Lima was led by the two trade ministers.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


# --- talks told ended with their length in days ---------------------------------------------------
# "A and B ended three days of joint trade commission talks here today", "ended two days of talks
# on the river yesterday", "officials said after three days of talks ended here yesterday": the
# talks began their length less one day before the end day.
_row(
    "talks-ended-length",
    D,
    "Chile and Peru ended three days of joint fisheries commission talks in Lima today with a "
    "new quota deal.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "talks-ended-length",
    D,
    "Chile and Norway ended two days of talks on salmon farming and fish feed yesterday without "
    "a deal, officials said.",
    ("meeting", "held", ("CHL", "NOR"), None, "2025-02-10"),
)
_row(
    "talks-ended-length",
    D,
    "Chile and Peru agreed to open their ports to each other's trawlers, officials said after "
    "three days of talks ended here yesterday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-09"),
)
# near misses: talks with no length keep their end day, and a length with no end keeps its day
_row(
    "talks-ended-length",
    D,
    "Chile and Norway ended their talks on salmon farming in Oslo on Tuesday without a deal.",
    ("meeting", "held", ("CHL", "NOR"), None, "2025-02-11"),
)
_row(
    "talks-ended-length",
    D,
    "Chile and Peru began three days of talks on fishing quotas in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written40(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
