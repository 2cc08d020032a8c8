"""Meeting dates of the classes read off the corpus's wire copy and the written articles.

The paired meetings whose date differs from the key's, pooled from the written articles
W1-W1200, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
into classes of why the date is missed (issue 9, session 54). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- listed-fields-name: a session named with a comma list of fields ("the A-B Commission on
  Trade, Economic and Technical Cooperation was held in P on May 12") keeps the day told
  after its name, as one named without commas does.
- named-gathering-step: a gathering of a name of its own told as the next step of the day
  ("Earlier in the day, X took part in the A-B Summit") takes the day of the step told
  before it (of its own status: a summit to come told in between does not date it).
- session-field-year: a body's session told with its field, then its place and time ("the
  next meeting of the commission on economic cooperation in P in the first half of 2017")
  takes that time, a year too; talks on a topic keep taking only a month or a day so told.
- session-by-year-end: a session to come told by its noun, due "before the end of the year"
  right after its clause (its field and place), is of the publication's year; a bare verb
  of a hope ("hoped the commission would convene ...") stays undated.
- session-clause-time: a session named with its field, then a clause of its own telling it
  (", to be held in P in November", ", which will take place in P ...") takes the time of
  that clause.
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

# --- a named gathering told as the next step of the day -----------------------------------------
# "X met Y today on the sidelines of the P Summit ... Earlier in the day, X took part in the A-B
# Summit": the second summit is an event of its own, held on the day of the step before it.
_LEAD = (
    "U.S. Vice President Ana Reyes met today with Prime Minister Tom Hale of New Zealand on "
    "the sidelines of the Pacific Islands Summit in Suva, Fiji. The two leaders reviewed work "
    "on fisheries patrols and storm warnings.\n\n"
)
_row(
    "named-gathering-step",
    D,
    _LEAD + "Earlier in the day, the U.S. envoy took part in the CARICOM-U.S. Summit, where "
    "she stressed disaster relief.",
    ("conference", "held", ("FJI", "NZL", "USA"), None, "2023-06-14"),
    ("meeting", "held", ("NZL", "USA"), None, "2023-06-14"),
    ("conference", "held", ("USA",), None, "2023-06-14"),
)
_row(
    "named-gathering-step",
    D,
    _LEAD + "Reyes noted that Washington plans to send envoys to the Andean Forum in Lima in "
    "November.\n\nEarlier that day, the Vice President took part in the CARICOM-U.S. Summit, "
    "where she stressed disaster relief.",
    ("conference", "held", ("FJI", "NZL", "USA"), None, "2023-06-14"),
    ("meeting", "held", ("NZL", "USA"), None, "2023-06-14"),
    ("conference", "planned", ("PER", "USA"), None, "2023-11"),
    ("conference", "held", ("USA",), None, "2023-06-14"),
)
# regression: a named gathering of a time of its own keeps that time
_row(
    "named-gathering-step",
    D,
    _LEAD + "Last year, the U.S. envoy took part in the CARICOM-U.S. Summit, where she "
    "stressed disaster relief.",
    ("conference", "held", ("FJI", "NZL", "USA"), None, "2023-06-14"),
    ("meeting", "held", ("NZL", "USA"), None, "2023-06-14"),
    ("conference", "held", ("USA",), None, "2022"),
)

# --- a body's session told with its field, then its place and a year ----------------------------
# "the next meeting of the A-B commission on economic cooperation in P in the first half of
# 2017": the field is the body's name, and the time after it the session's.
_row(
    "session-field-year",
    D,
    "The ministers agreed to hold the next session of the Chilean-Peruvian joint commission on "
    "fisheries cooperation in Arica in the second half of 2024.",
    ("meeting", "planned", ("CHL", "PER"), None, "2024"),
)
_row(
    "session-field-year",
    D,
    "The two sides agreed to convene the first meeting of the Uruguayan-Paraguayan "
    "intergovernmental committee on river transport in Asuncion in 2024.",
    ("meeting", "planned", ("PRY", "URY"), None, "2024"),
)
_row(
    "session-field-year",
    D,
    "Officials said the two delegations agreed to hold the next session of the Bolivian-Chilean "
    "joint council on border trade in Santiago in the first quarter of next year.",
    ("meeting", "planned", ("BOL", "CHL"), None, "2024"),
)
# regression: talks on a topic, then a year, keep no date
_row(
    "session-field-year",
    D,
    "Chilean and Peruvian ministers agreed to hold talks on fisheries quotas in Arica in 2024.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)

# --- a session to come due before the end of the year -------------------------------------------
# "agreed to hold the next meeting of the A-B commission in P before the end of the year": the
# publication's year.
_row(
    "session-by-year-end",
    D,
    "The presidents also agreed to hold the first meeting of the Chilean-Peruvian joint "
    "commission in Arica before the end of the year.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023"),
)
_row(
    "session-by-year-end",
    D,
    "The ministers agreed to hold the next session of the Uruguayan-Paraguayan "
    "intergovernmental commission on river transport in Asuncion before the end of the year.",
    ("meeting", "planned", ("PRY", "URY"), None, "2023"),
)
# regression: a hope told by a bare verb keeps no date
_row(
    "session-by-year-end",
    D,
    "The envoy said he hoped the Bolivian-Chilean joint commission would convene in La Paz "
    "before the end of the year.",
    ("meeting", "planned", ("BOL", "CHL"), None, None),
)

# --- a session's own clause after its name: ", to be held in P in November" ---------------------
_row(
    "session-clause-time",
    D,
    "The ministers discussed preparations for the third session of the Chilean-Peruvian Joint "
    "Commission on Mining and Energy Cooperation, to be held in Arica in November.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-11"),
)
_row(
    "session-clause-time",
    D,
    "Officials reviewed plans for the next meeting of the Uruguayan-Paraguayan "
    "Intergovernmental Commission on River, Rail and Road Transport, to be held in Asuncion in "
    "the spring.",
    ("meeting", "planned", ("PRY", "URY"), None, "2024"),
)
# regression: a clause of another verb after the name ("to be expanded") gives no time
_row(
    "session-clause-time",
    D,
    "The ministers discussed the work of the Chilean-Peruvian Joint Commission on Mining and "
    "Energy Cooperation, to be expanded in November.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)

_YEARS: list[str | None] = ["2024", "2024", "2024", None, "2023", "2023", None]
_SESSIONS = [row for row in TABLE if row[0] in ("session-field-year", "session-by-year-end")]


@pytest.mark.parametrize(
    ("text", "date"),
    [(text, year) for (_, _, text, _), year in zip(_SESSIONS, _YEARS, strict=True)],
    ids=[f"{row[0]}-{n}" for n, row in enumerate(_SESSIONS)],
)
def test_session_year_written54(text: str, date: str | None) -> None:
    """The row's one planned record keeps the time the table says."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(D))
    (meeting,) = [m for m in extract_meetings(article) if m.status.value == "planned"]
    assert (str(meeting.date) if meeting.date else None) == date


_DATES: list[str | None] = ["2023-06-12", "2023-06-13", "2023-06-12", None]
_LISTED = [row for row in TABLE if row[0] == "listed-fields-name"]
DATES = [(text, date) for (_, _, text, _), date in zip(_LISTED, _DATES, strict=True)]


@pytest.mark.parametrize(
    ("text", "date"), DATES, ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(_LISTED)]
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
