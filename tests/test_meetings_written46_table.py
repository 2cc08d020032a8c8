"""Meeting forms of the classes read off the corpus's wire copy and the written articles.

The false meeting records (precision) pooled from the written articles W1-W1140, corpus
blind 11 to 21, the owners' dev and crawled keys and our read pages, sorted into classes
of how news writes a meeting (issue 9, session 46). A told table (``meeting_rows`` says
what a row is and when it passes); every row is written for this table, and the rows
that must stay as they are sit beside the classes' rows.

- trip-home: a trip told as going home ("to fly home to P"), or back ("flew back to P", "is
  due back in P") to a place that names no state but the traveller's own, ends a visit
  already told; it is no visit of its own.
- pact-work: talks told as the work on a pact's text ("A is in talks with B on a new pact",
  "once the sides complete talks on its text") are a negotiation under way, not a meeting.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1988-03-16"  # a Wednesday

# --- a trip home ------------------------------------------------------------------------------
# "X flew back to <own capital>", "X is due back in <own capital> on Friday": the visit the
# story told ends; the return is not a second visit.
_row(
    "trip-home",
    D,
    "MADRID, March 16 - French Prime Minister Jacques Chirac arrived in Madrid today on an "
    "official visit. Chirac flew back to Paris late in the evening.",
    ("visit", "held", ("ESP", "FRA"), None, D),
)
_row(
    "trip-home",
    D,
    "MADRID, March 16 - French Prime Minister Jacques Chirac arrived in Madrid today on an "
    "official visit. Chirac is due back in Paris on Friday, aides said.",
    ("visit", "held", ("ESP", "FRA"), None, D),
)
_row(
    "trip-home",
    D,
    "MADRID, March 16 - French Prime Minister Jacques Chirac arrived in Madrid today on an "
    "official visit. Chirac, who took office two years ago, is to fly home to Paris on Friday.",
    ("visit", "held", ("ESP", "FRA"), None, D),
)
# near misses: an envoy due back in a foreign capital makes a further leg abroad, and a
# return home told with the visit it ends stays that visit
_row(
    "trip-home",
    D,
    "French Foreign Minister Jean-Bernard Raimond is due back in Madrid on Friday for more "
    "talks, aides said.",
    ("visit", "planned", ("ESP", "FRA"), None, "1988-03-18"),
)
_row(
    "trip-home",
    D,
    "French Foreign Minister Jean-Bernard Raimond returned home on Monday after a two-day "
    "visit to Spain.",
    ("visit", "held", ("ESP", "FRA"), None, None),
)

# --- talks as the work on a pact ---------------------------------------------------------------
# "A is in talks with B on a <pact>", "complete talks on its text": the state of a negotiation
_row(
    "pact-work",
    D,
    "Peru is in talks with Ecuador on a new fisheries pact and wants it signed before the "
    "season opens, officials said.",
)
_row(
    "pact-work",
    D,
    "Kazakhstan's speaker told deputies that a draft accord on visa-free travel with Mongolia "
    "should reach the chamber in April, after both sides complete talks on its text.",
)
_row(
    "pact-work",
    D,
    "Officials said Uruguay was still in talks with Paraguay on the river transport accord.",
)
# near misses: talks held on a pact, and talks with a state about something else, stay
_row(
    "pact-work",
    D,
    "Peru held talks with Ecuador on a new fisheries pact in Lima on Monday.",
    ("meeting", "held", ("ECU", "PER"), None, "1988-03-14"),
)
_row(
    "pact-work",
    D,
    "Peruvian Foreign Minister Allan Wagner is in talks with Ecuador's foreign minister in "
    "Quito today on border security.",
    ("meeting", "held", ("ECU", "PER"), None, D),
)

# --- a date in a since-clause ----------------------------------------------------------------
# "the fourth meeting of the two since X took office in August 1986", "the first leader to visit
# twice since Y restored civilian rule": the span's start, not a meeting of that date
_row(
    "since-clause-date",
    D,
    "BOGOTA, March 16 - Colombian President Virgilio Barco met Venezuelan President Jaime "
    "Lusinchi in San Cristobal today. It was the fourth meeting of the two leaders since Barco "
    "took office in August 1986.",
    ("meeting", "held", ("COL", "VEN"), None, D),
)
_row(
    "since-clause-date",
    D,
    "LIMA, March 16 - Bolivian President Victor Paz Estenssoro arrived in Lima today on an "
    "official visit. He is the first Bolivian leader to have visited Peru twice since La Paz "
    "restored civilian rule in October 1982.",
    ("visit", "held", ("BOL", "PER"), None, D),
)
_row(
    "since-clause-date",
    D,
    "LIMA, March 16 - Bolivian President Victor Paz Estenssoro arrived in Lima today for a "
    "two-day visit, his first since the two governments settled a border quarrel in July.",
    ("visit", "held", ("BOL", "PER"), None, D),
)
# near misses: a meeting dated right after its word, and a visit "since" a date of its own
# span, stay as they are
_row(
    "since-clause-date",
    D,
    "Colombian and Venezuelan ministers met in Caracas in January 1987, and trade has grown "
    "since then.",
    ("meeting", "held", ("COL", "VEN"), None, "1987-01"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written46(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
