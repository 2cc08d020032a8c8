"""The sides of a gathering named in a clause right after it, read off the written articles.

Key meetings paired by status and date but not by sides (countries), pooled from the written
articles W1-W1380, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages
(issue 9, session 76). A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
class's rows.

- states-at-it: states named as the subject of a relative clause right after a gathering,
  acting at it ("at which A, B and C signed", "where A will press for") or going to it
  ("which A plans to attend"), take part in it; a standing ("where A holds observer status",
  "where A is an observer"), a topic's weight ("where A dominated the agenda"), an act of no
  state or a judgement of it ("which A criticised") adds none.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- states acting at the gathering or going to it, in a clause right after it --------------
_row(
    "states-at-it",
    D,
    "Leaders of the Andean states met in Quito on Monday for a summit of the trade bloc "
    "CAN, at which Peru, Bolivia and Ecuador signed a protocol on border trade.",
    ("conference", "held", ("BOL", "ECU", "PER"), None, "2023-04-10"),
)
_row(
    "states-at-it",
    D,
    "The quarrel over dairy quotas is likely to dominate a meeting of Mercosur agriculture "
    "ministers in Montevideo next month, where Paraguay and Brazil will press for a common "
    "tariff.",
    ("conference", "planned", ("BRA", "PRY", "URY"), "MERCOSUR", "2023-05"),
)
_row(
    "states-at-it",
    D,
    "Officials said the IMF meeting in Washington next month, which Kenya and Ghana plan to "
    "attend, will review the debt plan.",
    ("conference", "planned", ("GHA", "KEN", "USA"), "IMF", "2023-05"),
)
# near misses: a standing, an act of no state, a state judging the gathering
_row(
    "states-at-it",
    D,
    "The presidents discussed the OAS summit to be held in Lima in June, where Spain holds "
    "observer status.",
    ("conference", "planned", ("PER",), "OAS", "2023-06"),
)
_row(
    "states-at-it",
    D,
    "The presidents discussed the OAS summit to be held in Lima in June, where Spain is an "
    "observer.",
    ("conference", "planned", ("PER",), "OAS", "2023-06"),
)
_row(
    "states-at-it",
    D,
    "Delegates from the Andean states gathered in Quito on Monday for a summit of the trade "
    "bloc CAN, where trade rules dominated the talks.",
    ("conference", "held", ("ECU",), None, "2023-04-10"),
)
_row(
    "states-at-it",
    D,
    "Foreign ministers of the Andean bloc met in Quito on Monday for a summit of the CAN, where "
    "Venezuela dominated the agenda.",
    ("conference", "held", ("ECU",), None, "2023-04-10"),
)
_row(
    "states-at-it",
    D,
    "Ministers will review the plan at the OAS meeting in Lima next month, which Brazil "
    "criticised as premature.",
    ("conference", "planned", ("PER",), "OAS", "2023-05"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written76(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's gatherings with the sides the table says."""
    assert_told(cls, day, text, expected)
