"""Meeting places of the classes read off the corpus's wire copy and the written articles.

The paired meetings whose city differs from the key's, pooled from the written articles
W1-W1200, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
into classes of why the city is missed (issue 9, session 53). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- sentence-city: a record with no place takes the first city of a side's state that its own
  sentence puts it "in" ("the next meeting of the working group, to be held in P"); a call
  takes none, and a held record does not take the city of an event to come.
- visit-sentence-city: a visit placed in its host's state only ("on an official visit to B")
  takes the first city of that state its own sentence puts it "in" ("held talks with Y in
  P", "signed in P during the state visit"); a city of the guest's state is not its place.
- described-city: the city a sentence puts a record in may follow what it is ("in the
  Bolivian capital, La Paz", "in the Tajik city of Khujand").
- gathering-sentence-city: a meeting of three or more states takes the city its own sentence
  puts it in as well; a trip to several states still keeps none.
- dateline-city: a record the lead tells with no city takes the dateline's city when the
  record lies in the dateline's state (a held record with no place: when that state is a
  side); not where its sentence puts it in another place.
- leave-for-city: a record whose sentence has someone leave for a city of a side's state
  ("leaves for P on Friday for talks", "left for P today") takes that city.
"""

from __future__ import annotations

import pytest

from meeting_rows import (
    Expected,
    assert_city,
    assert_told,
    place_rows,
    told_params,
    told_table,
)

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
# near misses: a call has no place, and a held record keeps none from an event to come (the
# summit its host will hold next month is a planned record of its own, by its host clause)
_row(
    "sentence-city",
    D,
    "President Tom Weller held a call today with President Rafael Pineda of Chile to prepare "
    "for the summit that Chile will host in Santiago next month.",
    ("call", "held", ("CHL",), None, None),
    ("conference", "planned", ("CHL",), None, "2023-07"),
)
_row(
    "sentence-city",
    D,
    "Bolivian Foreign Minister Celinda Sosa held talks with her Chilean counterpart on Tuesday, "
    "and said the border commission would meet in Santiago in October.",
    ("meeting", "held", ("BOL", "CHL"), None, None),
    ("meeting", "planned", ("BOL", "CHL"), None, None),
)

# --- the city of a visit's own sentence -------------------------------------------------------
# "X, on an official visit to B, held talks with Y in P": a city of the host's state.
_row(
    "visit-sentence-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren, who is on an official visit to Peru, held "
    "talks with Peruvian Foreign Minister Javier Gonzalez-Olaechea in Lima on Monday, the "
    "ministry said.",
    ("visit", "held", ("CHL", "PER"), None, None),
)
_row(
    "visit-sentence-city",
    D,
    "A package of nine documents was signed in Montevideo on Tuesday during the state visit "
    "of Paraguayan President Mario Abdo Benitez to Uruguay.",
    ("visit", "held", ("PRY", "URY"), None, None),
)
# near miss: a city of the guest's state is not the visit's place
_row(
    "visit-sentence-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren, who is on an official visit to Peru, "
    "recalled the consultations the two ministries held in Santiago last spring.",
    ("visit", "held", ("CHL", "PER"), None, None),
)

# --- a city told with what it is ---------------------------------------------------------------
_row(
    "described-city",
    D,
    "Peruvian Foreign Minister Javier Gonzalez-Olaechea met his Bolivian counterpart in the "
    "Bolivian capital, La Paz, on Thursday to review the railway project.",
    ("meeting", "held", ("BOL", "PER"), None, "2023-06-08"),
)
# a town the gazetteer does not know, told with its state's adjective (session 62)
_row(
    "described-city",
    D,
    "Peruvian Foreign Minister Javier Gonzalez-Olaechea met his Bolivian counterpart on "
    "Thursday in the Bolivian town of Copacabanita to review the railway project.",
    ("meeting", "held", ("BOL", "PER"), None, "2023-06-08"),
)

# --- a gathering of three or more states --------------------------------------------------------
_row(
    "gathering-sentence-city",
    D,
    "The foreign ministers of Chile, Peru and Bolivia met in the Peruvian capital Lima on "
    "Monday and adopted a declaration on water sharing.",
    ("meeting", "held", ("BOL", "CHL", "PER"), None, "2023-06-12"),
)
_row(
    "gathering-sentence-city",
    D,
    "The presidents of Chile, Peru and Bolivia are to meet in the Bolivian city of La Paz at "
    "the end of June, officials said.",
    ("meeting", "planned", ("BOL", "CHL", "PER"), None, None),
)

# --- the dateline's city ----------------------------------------------------------------------
_row(
    "dateline-city",
    D,
    "LIMA, June 12 - Peru and Ecuador signed a fisheries accord today at the end of a two-day "
    "visit to Peru by Ecuadorean Trade Minister Sonsoles Garcia, officials said.",
    ("visit", "held", ("ECU", "PER"), None, None),
)
_row(
    "dateline-city",
    D,
    "QUITO, June 12 - Ecuador and Colombia ended two days of talks on border trade today, "
    "agreeing to reopen three crossings, the foreign ministry said.",
    ("meeting", "held", ("COL", "ECU"), None, None),
)
# near misses: a lead placing the talks elsewhere, and a trip from the dateline's state (the
# city it leaves for, not the dateline's)
_row(
    "dateline-city",
    D,
    "QUITO, June 12 - Ecuador and Colombia ended two days of talks on border trade in the "
    "Colombian border town of Ipialesco today, the foreign ministry said.",
    ("meeting", "held", ("COL", "ECU"), None, None),
)
_row(
    "dateline-city",
    D,
    "QUITO, June 12 - Ecuadorean Trade Minister Sonsoles Garcia leaves for Lima on Friday for "
    "talks with Peruvian officials on a fisheries accord.",
    ("visit", "planned", ("ECU", "PER"), None, None),
)

# --- the city someone leaves for ----------------------------------------------------------------
_row(
    "leave-for-city",
    D,
    "Peruvian Trade Minister Juan Mathews leaves for Quito on Friday for talks with Ecuadorean "
    "officials on a fisheries accord, his office said.",
    ("visit", "planned", ("ECU", "PER"), None, "2023-06-16"),
)
_row(
    "leave-for-city",
    D,
    "A Chilean trade delegation left for Buenos Aires today to seek lower tariffs on wine and "
    "copper wire, officials said.",
    ("visit", "held", ("ARG", "CHL"), None, D),
)

# (the kind and status of the record whose city a row tests, and that city per row, or None)
_CITIES = [
    ("meeting", "planned", "Montevideo"),
    ("meeting", "planned", "Quito"),
    ("call", "held", None),
    ("meeting", "held", None),
    ("visit", "held", "Lima"),
    ("visit", "held", "Montevideo"),
    ("visit", "held", None),
    ("meeting", "held", "La Paz"),
    ("meeting", "held", "Copacabanita"),  # (session 62: a place told with its state)
    ("meeting", "held", "Lima"),
    ("meeting", "planned", "La Paz"),
    ("visit", "held", "Lima"),
    ("meeting", "held", "Quito"),
    ("meeting", "held", "Ipialesco"),  # (session 62: the town the lead tells, not the dateline's)
    ("visit", "planned", "Lima"),
    ("visit", "planned", "Quito"),
    ("visit", "held", "Buenos Aires"),
]
PLACES = place_rows(TABLE, _CITIES)


@pytest.mark.parametrize(
    ("text", "kind", "status", "city"),
    PLACES,
    ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(TABLE)],
)
def test_meeting_city_written53(text: str, kind: str, status: str, city: str | None) -> None:
    """The row's one record of the kind and status it tests keeps the city the table says."""
    assert_city(D, text, kind, status, city)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written53(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
