"""Meeting forms of the classes read off the written articles W1-W540 and the released keys.

The meeting records errors of the five hundred and forty articles written blind in the manner
of the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set
and sorted into classes of how news writes a meeting (issue 9, session 29). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a meeting told by a present-tense verb in a clause of time -----------------------------
# "the data are to be looked at when the joint trade commission meets in P in April", "no
# accord was thought likely before the group's heads of government meet in P in June", "before
# the board meets in January": English tells an
# event to come in a clause of time by the present tense, whatever the main clause's tense, so
# the meeting is planned and its month the next one of that name.
_row(
    "time-clause",
    D,
    "Officials said the tariff dispute would be taken up when the joint economic commission of "
    "Chile and Peru meets in Lima in April.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-04"),
)
_row(
    "time-clause",
    D,
    "Diplomats said there was little hope of a breakthrough before the foreign ministers of "
    "Bolivia and Paraguay meet in Asuncion in March.",
    ("meeting", "planned", ("BOL", "PRY"), None, "2025-03"),
)
_row(
    "time-clause",
    D,
    "The river accord is to be signed once Chile's President Boric visits Montevideo in May.",
    ("visit", "planned", ("CHL", "URY"), None, "2025-05"),
)
_row(
    "time-clause",
    D,
    "Ecuador and Colombia kept their border posts closed, and no decision was expected until "
    "Ecuador's interior minister meets his Colombian counterpart in Quito in June.",
    ("meeting", "planned", ("COL", "ECU"), None, "2025-06"),
)
# near misses: the past tense, or a visit named by its noun in a clause of time, stays held
_row(
    "time-clause",
    D,
    "The figures were reviewed when the joint economic commission of Chile and Peru met in Lima "
    "in January.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-01"),
)
_row(
    "time-clause",
    D,
    "The treaty was signed in January, when Chile's President Boric paid a state visit to "
    "Montevideo.",
    ("visit", "held", ("CHL", "URY"), None, "2025-01"),
)
_row(
    "time-clause",
    D,
    "Peru's foreign minister said on Monday that he spoke with his Bolivian counterpart by phone "
    "before the two ministers agreed to meet.",
    ("call", "held", ("BOL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("BOL", "PER"), None, None),
)

# --- a team's fixture in a match report -----------------------------------------------------
# "both teams meet once more in P for the second leg", "a hard trip to K awaits next month",
# "one away game in R remains": in a story that reports a match (a score, the
# half, the coach, a goal or try, a qualifier or cup), a trip or a meeting told with no
# official in its sentence is the national team's, no event between states.
_row(
    "team-fixture",
    D,
    "Chile beat Peru 3-1 in Santiago on Tuesday in a World Cup qualifier. Peru's coach said his "
    "players had tired after half-time. The two teams meet again in Lima in the return leg "
    "next year.",
)
_row(
    "team-fixture",
    D,
    "Uruguay came from behind to win 2-1 in Quito, with a header in the second half settling "
    "it. The coach praised his defence. Uruguay now face a long trip to Asuncion next month.",
)
_row(
    "team-fixture",
    D,
    "Argentina held on for a 1-0 victory over Bolivia, their goalkeeper saving a penalty in "
    "the first half. Bolivia sit bottom of the qualifying group, with only a trip to Caracas "
    "left.",
)
# near misses: an official's meeting told in a sports story, and a trip told outside one
_row(
    "team-fixture",
    D,
    "Chile beat Peru 3-1 in a World Cup qualifier after a goal in the second half. On the "
    "sidelines of the match, Chile's foreign minister met his Peruvian counterpart on Tuesday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-11"),
)
_row(
    "team-fixture",
    D,
    "Uruguay's President will travel to Asuncion next month for talks with Paraguay's President "
    "on the river treaty.",
    ("visit", "planned", ("PRY", "URY"), None, "2025-03"),
)

# --- a meeting told, then denied or left unconfirmed in the same sentence --------------------
# "papers said X might go to P to see Y, but his office said no visit to P was being prepared",
# "X was expected to see Y in P next month, though that trip had not yet been confirmed",
# "might hold quiet talks in P ..., but neither side has confirmed it": the sentence takes
# back what it told, so no record is made.
_row(
    "denied-after",
    D,
    "Local papers have suggested that Chile's President could fly to La Paz in April to meet "
    "Bolivia's President, but officials in Santiago said no visit was being prepared.",
)
_row(
    "denied-after",
    D,
    "Peru's President was also expected to meet Ecuador's President in Quito next month, "
    "though the trip had not yet been confirmed.",
)
_row(
    "denied-after",
    D,
    "Analysts said Colombian and Venezuelan envoys might hold quiet talks in Havana in March, "
    "but neither government confirmed any such plan.",
)
# near misses: a denial of something else, and a plan the sentence confirms, stay
_row(
    "denied-after",
    D,
    "Peru's President will meet Ecuador's President in Quito next month, though no date has "
    "been set for the signing of the border accord.",
    ("meeting", "planned", ("ECU", "PER"), None, "2025-03"),
)
_row(
    "denied-after",
    D,
    "Chile's foreign minister met Bolivia's foreign minister in La Paz on Monday, but officials "
    "said no agreement on the gas deal was reached.",
    ("meeting", "held", ("BOL", "CHL"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written29(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
