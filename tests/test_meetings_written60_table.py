"""Meeting dates of events over several days, told at their close.

The meetings paired with the key's that miss only its date, and the paired meetings whose
date differs from the key's, pooled from the written articles W1-W1260 (W1201-W1260 first),
corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted into
classes of why the date is missed (issue 9, session 60). A told table (``meeting_rows`` says
what a row is and when it passes); every row is written for this table, and the rows that
must stay as they are sit beside the class's rows.

- after-length-signing-day: talks or a session told with their length after "after" ("signed
  by the two ministers after three days of talks") in a story whose lead tells the signing's
  day began that many days, less one, before it; with no day of its end told (only the
  story's), the event keeps no day.
- close-of-session-of-body: a session told at its close with its length, then the body it is
  of at length ("at the close of a three-day session of the two countries' joint economic
  commission"), is dated by its first day, as one named in a few words is.
- opening-clause-time: an event whose opening a relative clause right after it tells ("the
  summit, which opens in P on Monday", "which is due to open in October", "the dialogue, which
  began in P in March", "a session of the commission, which opens tomorrow") takes that time;
  one to come told after talks on a topic ("talks on the new port, which opens in May") is the
  topic's opening, not the talks' time.
- opening-day-told-after: an event to come dated by a month or a week takes the opening day
  a later sentence tells of it by its noun ("... next month for a session of the commission.
  The session is due to open on July 10", "the talks would open on June 20"); another thing's
  opening ("The new port is due to open on July 10") and an event dated by a day stay as they
  are.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- the length after "after", the end day the lead's signing ----------------------------------
# "A and B signed a protocol yesterday ... It was signed by X and Y after three days of talks":
# the talks ended on the day of the signing, so they began two days before it.
_row(
    "after-length-signing-day",
    D,
    "Chile and Peru signed a fisheries protocol in Lima yesterday, the Chilean Foreign "
    "Ministry said. The protocol was signed by the Chilean and Peruvian fisheries ministers "
    "after three days of talks.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-11"),
)
_row(
    "after-length-signing-day",
    D,
    "Uruguay and Paraguay signed a river transport accord on Tuesday, officials said. The "
    "accord was signed by the two transport ministers after two days of negotiations in "
    "Asuncion.",
    ("meeting", "held", ("PRY", "URY"), None, "2023-06-12"),
)
_row(
    "after-length-signing-day",
    D,
    "Uruguay and Paraguay signed a trade protocol on Monday. It was signed by the Uruguayan "
    "and Paraguayan trade ministers after a four-day session of their joint committee.",
    ("meeting", "held", ("PRY", "URY"), None, "2023-06-09"),
)
# regression: the lead tells no day of the signing, so the talks' end is not known
_row(
    "after-length-signing-day",
    D,
    "Chile and Peru signed a fisheries protocol in Lima, the Chilean Foreign Ministry said. "
    "The protocol was signed by the Chilean and Peruvian fisheries ministers after three days "
    "of talks.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
# regression: a return told "at the weekend" after talks: no day of their end is told
_row(
    "after-length-signing-day",
    D,
    "The Chilean trade minister returned home at the weekend after two days of talks with "
    "Peruvian officials in Lima.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)

# --- a session told at its close, the body it is of named at length ----------------------------
# "signed ... at the close of a three-day session of the two countries' joint commission":
# the session began two days before the day it closed on.
_row(
    "close-of-session-of-body",
    D,
    "Chile and Peru signed a mining protocol in Santiago yesterday. The protocol was signed by "
    "the two mining ministers at the close of a three-day session of the two countries' joint "
    "mining commission.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-11"),
)
_row(
    "close-of-session-of-body",
    D,
    "Uruguay and Paraguay signed a trade protocol for next year, officials said. The "
    "Uruguayan and Paraguayan trade ministers signed it at the end of a four-day session of "
    "the countries' joint economic committee.",
    ("meeting", "held", ("PRY", "URY"), None, "2023-06-11"),
)
# regression: the body named in a few words was dated by its first day already
_row(
    "close-of-session-of-body",
    D,
    "Chile and Peru signed a mining protocol in Santiago yesterday. The protocol was signed by "
    "the two mining ministers at the close of a three-day session of their joint commission.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-11"),
)


# --- the opening told in a relative clause right after the event -------------------------------
# "the summit, which opens in P on Monday", "the dialogue, which began in P in March": the
# clause tells the event's own first day (or month), to come or past.
_row(
    "opening-clause-time",
    D,
    "Chilean and Peruvian leaders will attend the Pacific Alliance summit, which opens in Lima "
    "on Monday.",
    ("conference", "planned", ("CHL", "PER"), None, "2023-06-19"),
)
_row(
    "opening-clause-time",
    D,
    "President Boric said the Chilean-Peruvian summit, which is due to open in Lima in October, "
    "would approve the border plan.",
    ("conference", "planned", ("CHL", "PER"), None, "2023-10"),
)
_row(
    "opening-clause-time",
    D,
    "The two presidents also welcomed the progress of the Chile-Peru Strategic Dialogue, which "
    "began in Santiago in March.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-03"),
)
_row(
    "opening-clause-time",
    D,
    "A Chilean trade delegation led by a deputy minister arrived in Lima for the annual session "
    "of the Chilean-Peruvian joint economic commission, which opens tomorrow.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-06-15"),
)
# regression: an opening on a day told after the place was read already
_row(
    "opening-clause-time",
    D,
    "The two presidents also welcomed the progress of the Chile-Peru Strategic Dialogue, which "
    "began in Santiago on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
# regression: talks on a topic whose opening is to come keep no time of it
_row(
    "opening-clause-time",
    D,
    "The Chilean and Peruvian ministers held talks on the new port, which opens in May.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)


# --- the opening day told by a later sentence ---------------------------------------------------
# "X will travel to P next month for a session of the commission. The session is due to open on
# July 10": the session told by a month opens on that day.
_row(
    "opening-day-told-after",
    D,
    "The Chilean trade minister will travel to Lima next month for a session of the "
    "Chilean-Peruvian joint commission, a ministry spokesman said. The session is due to open "
    "on July 10.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-07-10"),
)
_row(
    "opening-day-told-after",
    D,
    "Chile's foreign minister will fly to Lima next week for three days of talks with Peruvian "
    "officials, the ministry said. A spokesman said the talks would open on June 20.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-06-20"),
)
# regression: another thing's opening day is not the event's
_row(
    "opening-day-told-after",
    D,
    "The Chilean trade minister will travel to Lima next month for a session of the "
    "Chilean-Peruvian joint commission, a ministry spokesman said. The new port is due to open "
    "on July 10.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-07"),
)
# regression: an event dated by a day keeps it
_row(
    "opening-day-told-after",
    D,
    "The Chilean trade minister will travel to Lima on July 3 for a session of the "
    "Chilean-Peruvian joint commission, a ministry spokesman said. The session is due to open "
    "on July 4.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-07-03"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written60(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
