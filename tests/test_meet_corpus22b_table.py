"""Meeting forms of the classes read off the real corpus articles that are keyed, second pass.

The meeting records errors of the corpus articles with a key (dev, corpus blind 11 to 18 and
the audit's silver-tune set), sorted into classes of how news writes a meeting (issue 9,
session 22, fourth round, third helper). A told table (``meeting_rows`` says what a row is
and when it passes); every row is written for this table, and the rows that must stay as
they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a state's trip to a region, its hosts untold ---------------------------------------------
# "the envoy will be in the region over the coming days", "officials spent the last week in the
# Gulf", "his visit to the Middle East last year": an official's stay in a region of several
# states, bound to a time, is a trip abroad of his state, made or to come. With no state of the
# region named as its host, the visitor's state is its one side, and the trip is an event of
# its own (not a mention of another visit the story tells).
_row(
    "trip-to-a-region",
    D,
    "Brazil's Foreign Minister Paulo Lima will be in the region over the coming days, his "
    "ministry said.",
    ("visit", "planned", ("BRA",), None, None),
)
_row(
    "trip-to-a-region",
    D,
    "Chilean Trade Minister Ana Ruiz and other senior Chilean officials spent the past week in "
    "the Gulf discussing investment.",
    ("visit", "held", ("CHL",), None, "2025-02"),
)
_row(
    "trip-to-a-region",
    D,
    "The rail deal came out of Japanese Prime Minister Kenji Sato's visit to Southeast Asia "
    "last year.",
    ("visit", "held", ("JPN",), None, "2024"),
)
_row(
    "trip-to-a-region",
    D,
    "We welcome the visit of the Emir of Qatar to Baghdad on February 10. The grid link was "
    "part of Canadian Prime Minister Paul Roy's visit to the Middle East last year.",
    ("visit", "held", ("IRQ", "QAT"), None, "2025-02-10"),
    ("visit", "held", ("CAN",), None, "2024"),
)
# ... and the stay of an official in a named state, told the same way, is a visit there
_row(
    "trip-to-a-region",
    D,
    "Kenyan President Paul Mwangi spent three days in Tanzania last month.",
    ("visit", "held", ("KEN", "TZA"), None, "2025-01"),
)
_row(
    "trip-to-a-region",
    D,
    "Canada's Foreign Minister Jean Roy will be in Lima next week, her office said.",
    ("visit", "planned", ("CAN", "PER"), None, "2025-02"),
)
# near misses: a question, a region at home, a stay with no time, a stay of years, a region's
# states named as hosts
_row(
    "trip-to-a-region",
    D,
    "Will Chilean President Ana Ruiz travel to the region?",
)
_row(
    "trip-to-a-region",
    D,
    "Peru's President Luis Soto toured the Arequipa region on Monday.",
)
_row(
    "trip-to-a-region",
    D,
    "Peruvian Foreign Minister Luis Soto was in the region, an aide said.",
)
_row(
    "trip-to-a-region",
    D,
    "The Indian minister spent ten years in London as a student.",
)
_row(
    "trip-to-a-region",
    D,
    "Norwegian Foreign Minister Eva Berg visited the Middle East last month, meeting leaders of "
    "Jordan and Egypt.",
    ("visit", "held", ("EGY", "JOR", "NOR"), None, "2025-01"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_corpus22b(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
