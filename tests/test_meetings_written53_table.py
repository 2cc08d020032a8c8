"""Meeting places of the classes read off the corpus's wire copy and the written articles.

The paired meetings whose city differs from the key's, pooled from the written articles
W1-W1200, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
into classes of why the city is missed (issue 9, session 53). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- sentence-city: a record with no place takes the first city of a side's state that its own
  sentence puts it "in" ("the next meeting of the working group, to be held in P"); a call
  takes none, and a held record does not take the city of an event to come.
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

# --- the city of the record's own sentence ----------------------------------------------------
# "the next meeting of the working group, to be held in P": the city the sentence puts the
# record in, when it lies in one of its sides' states.
_row(
    "sentence-city",
    D,
    "Uruguayan Foreign Minister Omar Paganini received the Paraguayan ambassador on Monday. "
    "The sides exchanged views on the preparation of the next meeting of the "
    "Uruguayan-Paraguayan working group on river transport, to be held in Montevideo in the "
    "autumn.",
    ("meeting", "held", ("PRY", "URY"), None, None),
    ("meeting", "planned", ("PRY", "URY"), None, None),
)
_row(
    "sentence-city",
    D,
    "Peruvian Trade Minister Juan Mathews received the Ecuadorian ambassador on Monday. The "
    "two discussed the preparation of the next session of the Peruvian-Ecuadorian working "
    "group on fisheries, to be held in Quito in the spring.",
    ("meeting", "held", ("ECU", "PER"), None, None),
    ("meeting", "planned", ("ECU", "PER"), None, None),
)
# near misses: a call has no place, and a held record keeps none from an event to come
_row(
    "sentence-city",
    D,
    "President Tom Weller held a call today with President Rafael Pineda of Chile to prepare "
    "for the summit that Chile will host in Santiago next month.",
    ("call", "held", ("CHL",), None, None),
)
_row(
    "sentence-city",
    D,
    "Bolivian Foreign Minister Celinda Sosa held talks with her Chilean counterpart on Tuesday, "
    "and said the border commission would meet in Santiago in October.",
    ("meeting", "held", ("BOL", "CHL"), None, None),
    ("meeting", "planned", ("BOL", "CHL"), None, None),
)

# (the kind and status of the record whose city a row tests, and that city per row, or None)
_CITIES = [
    ("meeting", "planned", "Montevideo"),
    ("meeting", "planned", "Quito"),
    ("call", "held", None),
    ("meeting", "held", None),
]
PLACES = [
    (text, kind, status, city)
    for (_, _, text, _), (kind, status, city) in zip(TABLE, _CITIES, strict=True)
]


@pytest.mark.parametrize(
    ("text", "kind", "status", "city"),
    PLACES,
    ids=[f"sentence-city-{n}" for n in range(len(PLACES))],
)
def test_meeting_city_written53(text: str, kind: str, status: str, city: str | None) -> None:
    """The row's one record of the kind and status it tests keeps the city the table says."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(D))
    (meeting,) = [
        m for m in extract_meetings(article) if m.kind.value == kind and m.status.value == status
    ]
    assert (meeting.location.city if meeting.location else None) == city


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written53(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
