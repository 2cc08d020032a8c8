"""Meeting forms of the classes read off the corpus's wire copy and the written articles.

The extra meeting records (precision) that repeat an event the key has once, pooled from
the written articles W1-W1200, corpus blind 11 to 23, the owners' dev and crawled keys and
our read pages, sorted into classes of how news writes one event twice (issue 9, session
51). A told table (``meeting_rows`` says what a row is and when it passes); every row is
written for this table, and the rows that must stay as they are sit beside the classes'
rows.

- visit-talks-undated: talks of the visitor with the host's officials, told in a later
  sentence of the visit with no day of their own and not as a further step ("then",
  "later", "also", "the next day"), are the visit's talks: one record, the visit. A visit
  told by its arrival ("arrived in L on a visit") narrates its programme: talks after it
  stay records of their own.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1991-10-09"  # a Wednesday

# --- talks of a visit told without a day of their own ---------------------------------------
# "X arrived on a visit." ... "X held talks with Y": the talks the visit was for
_row(
    "visit-talks-undated",
    D,
    "LIMA, Oct 9 - Chile and Peru signed a fisheries accord today as Chilean Trade Minister "
    "Pablo Soto wound up a two-day visit to Lima. Soto held talks with Peruvian Prime "
    "Minister Luis Vega on port fees, officials said.",
    ("visit", "held", ("CHL", "PER"), None, None),
)
_row(
    "visit-talks-undated",
    D,
    "Visiting Kenyan Energy Minister Joseph Mwangi urged Uganda to share the cost of the "
    "pipeline. Speaking after talks with Ugandan Energy Minister Grace Okello, Mwangi said "
    "the route was settled.",
    ("visit", "held", ("KEN", "UGA"), None, None),
)
_row(
    "visit-talks-undated",
    D,
    "OSLO, Oct 9 - Swedish Finance Minister Erik Lund ended a three-day visit to Norway on "
    "Wednesday. President Anders Berg received Lund for talks which covered the fishing "
    "quotas, the agency said.",
    ("visit", "held", ("NOR", "SWE"), None, None),
)
# near misses: talks told as a further step of the programme, or on a day of their own,
# stay records of their own beside the visit
_row(
    "visit-talks-undated",
    D,
    "Chilean Trade Minister Pablo Soto arrived in Lima on Monday on a two-day visit. Soto then "
    "held talks with his Peruvian counterpart Luis Vega.",
    ("visit", "held", ("CHL", "PER"), None, "1991-10-07"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "visit-talks-undated",
    D,
    "Chilean Trade Minister Pablo Soto arrived in Lima on Monday on a two-day visit. He held "
    "talks with his Peruvian counterpart Luis Vega on port fees.",
    ("visit", "held", ("CHL", "PER"), None, "1991-10-07"),
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "visit-talks-undated",
    D,
    "Chilean Trade Minister Pablo Soto arrived in Lima on Monday on a two-day visit. On "
    "Tuesday, Soto held talks with his Peruvian counterpart Luis Vega.",
    ("visit", "held", ("CHL", "PER"), None, "1991-10-07"),
    ("meeting", "held", ("CHL", "PER"), None, "1991-10-08"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written51(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
