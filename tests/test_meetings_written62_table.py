"""Meeting places the gazetteer lacks, for the classes read off the written articles and keys.

The paired meetings whose city differs from the key's, pooled from the written articles
W1-W1260, corpus blind 11 to 23, the owners' dev and crawled keys and our read pages, sorted
into classes of why the city is missed (issue 9, session 62). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- stated-place: a record with no city takes a place the gazetteer lacks when its own sentence
  puts it "in" that place together with its state, by the state's adjective before what the
  place is ("in the Uruguayan resort of P") or by the state's name after it ("in P,
  Indonesia"); a call takes none, a held record not the place of an event to come, and a
  state other than the one the record is placed in gives none.
- opening-setting: a sentence opened by a side's city as its setting ("In P, the minister
  held talks", "In P he will attend") places its record there; a list of cities ("In P and
  Q") or a speaker's town ("In P A B said") gives none.
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

# --- a place told with its state's adjective --------------------------------------------------
_row(
    "stated-place",
    D,
    "Chilean and Bolivian trade ministers met on Monday in the Chilean port town of Puerto "
    "Quillagua to discuss transit fees for lithium cargo.",
    ("meeting", "held", ("BOL", "CHL"), None, "2023-06-12"),
)
_row(
    "stated-place",
    D,
    "The foreign ministers of Paraguay and Uruguay held talks on Tuesday in the Paraguayan "
    "river city of Villa Oliveira, officials said.",
    ("meeting", "held", ("PRY", "URY"), None, "2023-06-13"),
)
# --- a place told with its state's name after it ----------------------------------------------
_row(
    "stated-place",
    D,
    "Peruvian President Ana Flores met Ecuadorean President Luis Mora on Monday in Tarapana, "
    "Peru, to review a shared irrigation project.",
    ("meeting", "held", ("ECU", "PER"), None, "2023-06-12"),
)
_row(
    "stated-place",
    D,
    "The Colombian and Venezuelan defence ministers will meet in Rio Calandro, Colombia, next "
    "month to review border patrols, officials said.",
    ("meeting", "planned", ("COL", "VEN"), None, None),
)
# near misses: a call has no place, a held record keeps none from an event to come, and a
# place whose tail is no state keeps none
_row(
    "stated-place",
    D,
    "Argentine Foreign Minister Pablo Rios spoke by phone with his Chilean counterpart on "
    "Monday about the fair to be held in Villa Cordana, Argentina.",
    ("call", "held", ("ARG", "CHL"), None, "2023-06-12"),
)
_row(
    "stated-place",
    D,
    "Bolivian and Peruvian officials met in La Paz on Monday and agreed that the next round "
    "would take place in the Peruvian lake town of Chucuito Alto.",
    ("meeting", "held", ("BOL", "PER"), None, "2023-06-12"),
    ("meeting", "planned", ("BOL", "PER"), None, None),
)
_row(
    "stated-place",
    D,
    "Ecuadorean and Peruvian officials met on Monday in Santa Lorena, Northern Region, to "
    "discuss fishing quotas.",
    ("meeting", "held", ("ECU", "PER"), None, "2023-06-12"),
)

# --- a city opening the sentence as its setting -------------------------------------------------
_row(
    "opening-setting",
    D,
    "In Asuncion, the Uruguayan foreign minister will hold talks with Paraguayan President "
    "Mario Benitez on river transport next week.",
    ("meeting", "planned", ("PRY", "URY"), None, None),
)
_row(
    "opening-setting",
    D,
    "In La Paz, the Chilean trade minister met Bolivian officials on Monday to discuss "
    "lithium exports.",
    ("meeting", "held", ("BOL", "CHL"), None, "2023-06-12"),
)
# near miss: a list of cities gives none
_row(
    "opening-setting",
    D,
    "In Lima and Quito, the Chilean envoy will hold talks with Peruvian and Ecuadorean "
    "officials on fishing rights.",
    ("meeting", "planned", ("CHL", "ECU", "PER"), None, None),
)

# --- a city opening a gathering's name ---------------------------------------------------------
_row(
    "gathering-city",
    D,
    "On the margins of the Davos Economic Forum, the Chilean president met Peruvian "
    "President Ana Flores on Tuesday to discuss copper prices.",
    ("conference", "held", ("CHL", "PER"), None, "2023-06-13"),
    # the talks on the forum's margins are a meeting of their own beside it
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-13"),
)
_row(
    "gathering-city",
    D,
    "Bolivian Foreign Minister Rogelio Mayta met his Paraguayan counterpart on Monday on the "
    "sidelines of the 3rd Montevideo Water Dialogue.",
    ("meeting", "held", ("BOL", "PRY"), None, "2023-06-12"),
)
# near miss: a held record keeps none from a gathering to come
_row(
    "gathering-city",
    D,
    "The Chilean and Peruvian trade ministers met on Monday and said they would "
    "attend the Lima Mining Week next month.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# (the kind and status of the record whose city a row tests, and that city per row, or None)
_CITIES = [
    ("meeting", "held", "Puerto Quillagua"),
    ("meeting", "held", "Villa Oliveira"),
    ("meeting", "held", "Tarapana"),
    ("meeting", "planned", "Rio Calandro"),
    ("call", "held", None),
    ("meeting", "held", "La Paz"),
    ("meeting", "held", None),
    ("meeting", "planned", "Asuncion"),
    ("meeting", "held", "La Paz"),
    ("meeting", "planned", None),
    ("conference", "held", "Davos"),
    ("meeting", "held", "Montevideo"),
    ("meeting", "held", None),
]
PLACES = place_rows(TABLE, _CITIES)


@pytest.mark.parametrize(
    ("text", "kind", "status", "city"),
    PLACES,
    ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(TABLE)],
)
def test_meeting_city_written62(text: str, kind: str, status: str, city: str | None) -> None:
    """The row's one record of the kind and status it tests keeps the city the table says."""
    assert_city(D, text, kind, status, city)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written62(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
