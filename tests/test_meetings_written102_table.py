"""A standing commission's regular sitting held on a visit, a record of its own (session 102).

Key meetings pooled from the written articles W1-W1560, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: a bilateral commission's sitting told
by its rank in the series ("the regular meeting of the A-B intergovernmental commission")
rather than by its number, held while one side's delegation is on a visit. A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- regular-session: "the regular meeting of the A-B commission took place" within a visit,
  or "a regular session is under way ... within the A-B commission" after a visit's
  sentence, is the commission's sitting beside the visit, as "the fifth meeting of the
  commission" is; not "regular meetings" (the body's habit), not a sitting told as one to
  come, not a trip told as the one to the sitting ("will travel to P for the regular
  meeting of the commission": that trip is the event).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- a commission's regular sitting held on a visit ----------------------------------------
_row(
    "regular-session",
    D,
    "On March 10-11, a delegation of Chile led by Deputy Trade Minister Ana Ruiz paid a "
    "working visit to Lima. Within the framework of the visit, the regular meeting of the "
    "Chilean-Peruvian intergovernmental commission on trade took place.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-10"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "regular-session",
    D,
    "Chilean Foreign Minister Ana Ruiz came to Quito on a working visit on Monday. A regular "
    "session is under way between Chile and Ecuador within the Chilean-Ecuadorian joint "
    "commission on fisheries.",
    ("visit", "held", ("CHL", "ECU"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "ECU"), None, "2021-03-15"),
)
# near misses: the body's habit, a trip told as the one to the sitting
_row(
    "regular-session",
    D,
    "Chilean Foreign Minister Ana Ruiz paid a working visit to Lima on Monday. The two sides "
    "agreed to hold regular meetings of the Chilean-Peruvian intergovernmental commission.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "regular-session",
    D,
    "Chilean Trade Minister Ana Ruiz will travel to Lima on Monday for the regular meeting of "
    "the Chilean-Peruvian intergovernmental commission on trade.",
    ("visit", "planned", ("CHL", "PER"), None, "2021-03-22"),
)
_row(
    "regular-session",
    D,
    "Chilean Trade Minister Ana Ruiz arrived in Lima on Monday on a working visit to attend "
    "the regular meeting of the Chilean-Peruvian intergovernmental commission on trade.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written102(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
