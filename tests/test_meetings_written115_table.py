"""Talks told on a day of their own, in a sentence of their own: events of their own (session 115).

Key meetings of our read pages (the seed's outlets) and of the written articles, lost by the
merging step: a guest's reception told in the passive with its own day ("On May 28, X was
received by the President", "X was received by the President on Wednesday"), after a visit
told with its days or after other talks of the same sides ("the co-chairs met earlier this
month"), was folded into that visit or those talks; so were talks told in a sentence opened
by their day ("On March 13, X met with the Prime Minister") after a trip told before. A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the class's rows.

- talks-on-their-day: held talks told in a sentence of their own, either a reception in the
  passive with a day in its sentence ("On May 28,", "on Wednesday", "on the same day") or
  talks ("met with", "held talks with") in a sentence opened by its day, are an event of their
  own beside the visit or the talks told in another sentence; not a reception told as a step
  of the visit with no day ("During the visit, X was also received by", "On the first day of
  the visit"), nor a host's reception of a guest "who was on a visit" (the visit itself), nor
  a sitting a guest co-chairs on a day of the visit.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- a reception in the passive, on its own day --------------------------------------------
_row(
    "talks-on-their-day",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Vice President Luis Soto in Lima on March "
    "16. Soto is on a working visit to Peru on March 15-17. On March 15, Soto was received by "
    "the President of Peru.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-16"),
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "talks-on-their-day",
    D,
    "The first session of the Peru-Chile council will be held in Lima in May. The two "
    "co-chairs met in Santiago earlier this month to agree on its agenda. The Chilean Foreign "
    "Minister was received by the Peruvian President on Monday.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-05"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
# --- talks in a sentence opened by their day, after the trip ---------------------------------
_row(
    "talks-on-their-day",
    D,
    "Chilean Foreign Minister Luis Soto traveled to Lima on March 14-15 for meetings with "
    "senior Peruvian officials. On March 15, Mr. Soto met with Peru's Prime Minister to review "
    "the trade pact.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-14"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "talks-on-their-day",
    D,
    "Chilean President Luis Soto concluded a two-day visit to Lima today. On March 15, Soto "
    "held talks with Peruvian President Ana Ruiz, and the two leaders signed a trade pact.",
    ("visit", "held", ("CHL", "PER"), None, None),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
# near misses: a step of the visit with no day, the host's reception of a guest on a visit,
# a sitting co-chaired on a day of the visit, a reception told with no day
_row(
    "talks-on-their-day",
    D,
    "Chilean Vice President Luis Soto is on a working visit to Peru on March 14-16. On the "
    "first day of the visit, Soto was received by the President of Peru.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-14"),
)
_row(
    "talks-on-their-day",
    D,
    "Chilean Foreign Minister Luis Soto traveled to Lima on March 14-15 for meetings with "
    "senior Peruvian officials. Mr. Soto met with Peru's Prime Minister to review the trade "
    "pact.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-14"),
)
_row(
    "talks-on-their-day",
    D,
    "Peruvian President Ana Ruiz on Monday received Chilean Foreign Minister Luis Soto, who was "
    "on a working visit to Lima.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "talks-on-their-day",
    D,
    "Peru's Foreign Minister Ana Ruiz met Chile's Vice President Luis Soto in Lima on March "
    "16. Soto is on a working visit to Peru on March 15-17. On March 15, Soto co-chaired the "
    "mining council with Peru's Energy Minister.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-16"),
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "talks-on-their-day",
    D,
    "The first session of the Peru-Chile council will be held in Lima in May. The two "
    "co-chairs met in Santiago earlier this month to agree on its agenda. The Chilean Foreign "
    "Minister was also received by the Peruvian President.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-05"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written115(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
