"""Meeting dates of the classes read off the corpus's wire copy and the written articles.

The paired meetings whose date differs from the key's, pooled from the written articles
W1-W1200, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
into classes of why the date is missed (issue 9, session 54). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- listed-fields-name: a session named with a comma list of fields ("the A-B Commission on
  Trade, Economic and Technical Cooperation was held in P on May 12") keeps the day told
  after its name, as one named without commas does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a session's name listing its fields with commas -------------------------------------------
# "the A-B Commission on Trade, Economic and Technical Cooperation was held in P on June 12":
# the commas are the name's, not a new clause, so the day after it is the session's.
_row(
    "listed-fields-name",
    D,
    "The sixth meeting of the Chilean-Peruvian Joint Commission on Trade, Mining and Energy "
    "Cooperation was held in Lima on June 12, the Peruvian Foreign Ministry said.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "listed-fields-name",
    D,
    "The second session of the Uruguay-Paraguay Intergovernmental Commission on Economic, "
    "Scientific and Cultural Cooperation took place in Asuncion on June 13.",
    ("meeting", "held", ("PRY", "URY"), None, "2023-06-13"),
)
# regression: named without commas, the day was kept already
_row(
    "listed-fields-name",
    D,
    "The sixth meeting of the Chilean-Peruvian Joint Commission on Trade and Energy "
    "Cooperation was held in Lima on June 12, the Peruvian Foreign Ministry said.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
# regression: a list of topics after "talks" is no name; the day of another clause stays out
_row(
    "listed-fields-name",
    D,
    "Chilean and Peruvian ministers held talks on mining, energy and fisheries, and the "
    "accord they discussed will be signed on June 30.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)

_DATES: list[str | None] = ["2023-06-12", "2023-06-13", "2023-06-12", None]
DATES = [(text, date) for (_, _, text, _), date in zip(TABLE, _DATES, strict=True)]


@pytest.mark.parametrize(
    ("text", "date"), DATES, ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(TABLE)]
)
def test_meeting_date_written54(text: str, date: str | None) -> None:
    """The row's one held record keeps the date the table says."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(D))
    (meeting,) = [m for m in extract_meetings(article) if m.status.value == "held"]
    assert (str(meeting.date) if meeting.date else None) == date


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written54(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
