"""Meeting fields of the classes read off the corpus's wire copy and the written articles.

The meeting records whose event is right but a field is wrong (status, date), pooled from
the written articles W1-W1200, corpus blind 11 to 23, the owners' dev and crawled keys and
our read pages, sorted into classes of why the field is wrong (issue 9, session 50). A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the classes' rows.

- report-day: the lead's held call told in the present perfect with no day ("X has held a
  phone conversation with Y", "has made a phone call to Y") is of the report's day, unless
  the story names a day after that verb.
- visit-city: a visit told by its verb and a city of the host's state ("will visit Bonn",
  "is due to visit Beijing") takes that city as its place; a trip to several states keeps
  none.
- commission-field: a commission's session whose name runs on in its field ("the A-B
  Intergovernmental Commission on Economic Cooperation was held in P") takes the city after
  that name as its place.
- host-city: a gathering its host "will host in" a city ("the summit that A will host in P",
  "which A is set to host in P") takes that city as its place.
- sideline-city: talks on the sidelines of a gathering told with its city ("met Y on the
  margins of the G20 summit in P") take that city as their place, adding no side.
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

# --- the report's day -------------------------------------------------------------------------
# "X has held a phone conversation with Y, the agency reports": the news of the day, dated by
# the publication when the story names no other day.
_row(
    "report-day",
    D,
    "Chilean Foreign Minister Alberto van Klaveren has held a phone conversation with his "
    "Argentine counterpart Santiago Cafiero, the ministry's press office reports. The ministers "
    "discussed lithium and border crossings.",
    ("call", "held", ("ARG", "CHL"), None, D),
)
_row(
    "report-day",
    D,
    "Paraguayan President Mario Abdo Benitez has had a telephone conversation with Uruguayan "
    "President Luis Lacalle Pou, his press office said. The presidents discussed river "
    "transport and energy trade.",
    ("call", "held", ("PRY", "URY"), None, D),
)
_row(
    "report-day",
    D,
    "Peru's President Dina Boluarte has made a phone call to Bolivian President Luis Arce to "
    "offer condolences after the floods, the agency reports.",
    ("call", "held", ("BOL", "PER"), None, D),
)
# near misses: a day the lead names is the event's, a day the story names later may be the
# call's own, and an invitation stays a plan
_row(
    "report-day",
    D,
    "Chilean Foreign Minister Alberto van Klaveren held a phone conversation with his Argentine "
    "counterpart Santiago Cafiero on June 9, the ministry said.",
    ("call", "held", ("ARG", "CHL"), None, "2023-06-09"),
)
_row(
    "report-day",
    D,
    "Chilean Foreign Minister Alberto van Klaveren has had a phone conversation with his "
    "Argentine counterpart Santiago Cafiero. The ministers spoke on Monday about lithium.",
    ("call", "held", ("ARG", "CHL"), None, None),
)
_row(
    "report-day",
    D,
    "Chilean Foreign Minister Alberto van Klaveren has invited his Argentine counterpart "
    "Santiago Cafiero to visit Santiago. The ministers discussed lithium.",
    ("visit", "planned", ("ARG", "CHL"), None, None),
)


# --- the city a visit goes to --------------------------------------------------------------
# "X will visit <city> next month": the visit's place (a told row and the city it keeps).
_row(
    "visit-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren will visit Lima next month for talks on the "
    "border commission, his ministry said.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-07"),
)
_row(
    "visit-city",
    D,
    "Uruguay's President Luis Lacalle Pou is due to visit Asuncion in August to discuss river "
    "transport with Paraguayan officials.",
    ("visit", "planned", ("PRY", "URY"), None, "2023-08"),
)
_row(
    "visit-city",
    D,
    "Bolivian Trade Minister Nestor Huanca is expected to visit Brasilia later this month for "
    "talks on gas prices.",
    ("visit", "planned", ("BOL", "BRA"), None, None),
)
# near misses: a tour of several states, and a visit already placed, stay as they are
_row(
    "visit-city",
    D,
    "Ecuador's foreign minister will visit Lima, Bogota and Caracas next month on a tour of the "
    "Andean states.",
    ("visit", "planned", ("COL", "ECU", "PER", "VEN"), None, "2023-07"),
)
_row(
    "visit-city",
    D,
    "Peruvian President Dina Boluarte visited Quito on Monday for talks with Ecuadorean officials.",
    ("visit", "held", ("ECU", "PER"), None, "2023-06-12"),
)

# --- a commission named with its field ---------------------------------------------------------
# "the A-B Commission on Trade and Investment was held in P": the field is part of the body's
# name, and the city after it the session's place.
_row(
    "commission-field",
    D,
    "The fourth meeting of the Chile-Peru Intergovernmental Commission on Trade and Investment "
    "was held in Lima on Monday, the ministry said.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "commission-field",
    D,
    "The sides agreed to hold the next session of the Uruguay-Paraguay Joint Committee on "
    "Economic Cooperation in Asuncion in the autumn.",
    ("meeting", "planned", ("PRY", "URY"), None, None),
)
_row(
    "commission-field",
    D,
    "Bolivia and Brazil held the second meeting of their intergovernmental commission on energy "
    "and transport in Brasilia on Tuesday.",
    ("meeting", "held", ("BOL", "BRA"), None, "2023-06-13"),
)
# near misses: a city told after another clause is no name's, and a commission told with no
# field keeps the place it had
_row(
    "commission-field",
    D,
    "The third meeting of the Chile-Peru Intergovernmental Commission on Trade was held on "
    "Monday to discuss the port of Arica and transit fees in Lima.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "commission-field",
    D,
    "The Chile-Peru Intergovernmental Commission will meet in Lima in July, officials said.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-07"),
)

# --- the city a host will host a gathering in ---------------------------------------------------
# "the summit that A will host in P": the gathering's place.
_row(
    "host-city",
    D,
    "Chilean President Gabriel Boric and Peruvian President Dina Boluarte discussed the Pacific "
    "Alliance summit that Peru will host in Lima in November.",
    ("conference", "planned", ("CHL", "PER"), None, "2023-11"),
)
_row(
    "host-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren and Bolivian Foreign Minister Rogelio Mayta "
    "reviewed preparations for the regional water summit, which Bolivia is set to host in Sucre "
    "next spring.",
    ("conference", "planned", ("BOL", "CHL"), None, None),
)
_row(
    "host-city",
    D,
    "Argentine President Alberto Fernandez and Uruguayan President Luis Lacalle Pou spoke about "
    "the Mercosur summit that Uruguay will host in Montevideo in October.",
    ("call", "held", ("ARG", "URY"), None, None),
    ("conference", "planned", ("ARG", "URY"), "MERCOSUR", "2023-10"),
)
# near misses: a place told before the host keeps it, and a host with no city gives none
_row(
    "host-city",
    D,
    "Argentine President Alberto Fernandez and Uruguayan President Luis Lacalle Pou spoke about "
    "the Mercosur summit in Montevideo, which Uruguay will host in October.",
    ("call", "held", ("ARG", "URY"), None, None),
    ("conference", "planned", ("ARG", "URY"), "MERCOSUR", "2023-10"),
)
_row(
    "host-city",
    D,
    "Argentine President Alberto Fernandez and Uruguayan President Luis Lacalle Pou spoke about "
    "the Mercosur summit that Uruguay will host in October.",
    ("call", "held", ("ARG", "URY"), None, None),
    ("conference", "planned", ("ARG", "URY"), "MERCOSUR", "2023-10"),
)

# --- talks on the sidelines of a gathering in a city ------------------------------------------
# "X met Y on the sidelines of the <gathering> in P": the talks' place too, in whichever state.
_row(
    "sideline-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Cecilia "
    "Gervasi on Monday on the sidelines of the OAS General Assembly in Washington.",
    ("conference", "held", ("CHL", "PER", "USA"), "OAS", "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "sideline-city",
    D,
    "Argentine President Alberto Fernandez met today with President Luis Lacalle Pou of Uruguay "
    "on the margins of the G20 Leaders' Summit in New Delhi, India.",
    ("conference", "held", ("ARG", "IND", "URY"), "G20", D),
    ("meeting", "held", ("ARG", "URY"), None, D),
)
_row(
    "sideline-city",
    D,
    "Ecuador's Foreign Minister Gustavo Manrique met his Colombian counterpart Alvaro Leyva on "
    "the sidelines of the UN General Assembly in New York on Tuesday.",
    ("conference", "held", ("COL", "ECU", "USA"), "UN General Assembly", "2023-06-13"),
    ("meeting", "held", ("COL", "ECU"), None, "2023-06-13"),
)
# near misses: a gathering told with no city gives none, and talks placed before keep theirs
_row(
    "sideline-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Cecilia "
    "Gervasi on Monday on the sidelines of the OAS General Assembly.",
    ("conference", "held", ("CHL", "PER"), "OAS", "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "sideline-city",
    D,
    "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Cecilia "
    "Gervasi in Lima on Monday on the sidelines of the Andean forum in Cusco.",
    ("conference", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-12"),
)

# (class: the kind of the record whose city a row tests, and that city per row, or None)
_CITIES = {
    "visit-city": ("visit", ["Lima", "Asuncion", "Brasilia", None, "Quito"]),
    "commission-field": ("meeting", ["Lima", "Asuncion", "Brasilia", None, "Lima"]),
    "host-city": ("conference", ["Lima", "Sucre", "Montevideo", "Montevideo", None]),
    "sideline-city": ("meeting", ["Washington", "New Delhi", "New York", None, "Lima"]),
}
PLACES = [
    (text, kind, city)
    for cls, (kind, cities) in _CITIES.items()
    for (_, _, text, _), city in zip([r for r in TABLE if r[0] == cls], cities, strict=True)
]


@pytest.mark.parametrize(
    ("text", "kind", "city"), PLACES, ids=[f"{c}-{n}" for n, (_, _, c) in enumerate(PLACES)]
)
def test_meeting_city_written50(text: str, kind: str, city: str | None) -> None:
    """The row's one record of the kind its class tests keeps the city the table says."""
    article = Article(id="t", body=text, published=dt.date.fromisoformat(D))
    (meeting,) = [m for m in extract_meetings(article) if m.kind.value == kind]
    assert (meeting.location.city if meeting.location else None) == city


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written50(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
