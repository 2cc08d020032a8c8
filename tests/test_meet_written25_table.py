"""Meeting forms of the classes read off the written articles W1-W300 and the released keys.

The meeting records errors of the three hundred articles written blind in the manner of the
corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set and
sorted into classes of how news writes a meeting (issue 9, session 25). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a meeting the story rules out or only speculates about ------------------------------
# "a summit of the pair was unlikely before the year's end", "would not rule out a trip to T,
# but said nothing had been arranged", "could hold their first face-to-face talks": a meeting
# told as unlikely, as nothing arranged, or as what a modal says could be held, however long
# the words describing it, is no event.
_row(
    "ruled-out-after",
    D,
    "Diplomats in Lima said a summit between the presidents of Peru and Bolivia was unlikely "
    "before the end of the year.",
)
_row(
    "ruled-out-after",
    D,
    "Officials said talks with Chile's foreign minister remained unlikely while the fishing row "
    "lasted, Peru's government said.",
)
_row(
    "ruled-out-after",
    D,
    "A Peruvian trade official would not rule out a visit to Santiago by Peru's President in "
    "the spring, but said nothing had been arranged.",
)
_row(
    "ruled-out-after",
    D,
    "Bolivia's President could meet Peru's President in March, but aides say nothing is being "
    "prepared.",
)
_row(
    "ruled-out-after",
    D,
    "Some analysts think the presidents of Chile and Bolivia could hold their first formal "
    "bilateral talks later this year.",
)
_row(
    "ruled-out-after",
    D,
    "Peru and Ecuador might hold a new round of border talks in Quito next month, diplomats said.",
)
# near misses: what is unlikely or not arranged is another thing than the told meeting, and
# talks held (not a modal) keep their words
_row(
    "ruled-out-after",
    D,
    "Peru's President met Chile's President in Lima on Monday, but a deal on fishing was "
    "unlikely before the summer.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "ruled-out-after",
    D,
    "The presidents of Chile and Bolivia held their first formal bilateral talks in La Paz on "
    "Monday.",
    ("meeting", "held", ("BOL", "CHL"), None, "2025-02-10"),
)
_row(
    "ruled-out-after",
    D,
    "Peru's foreign minister will visit Quito next week, officials said, but nothing has been "
    "decided on a border treaty.",
    ("visit", "planned", ("ECU", "PER"), None, None),
)

# --- an earlier call or meeting of the pair, named as what they build on or recall --------
# "The leaders built on their phone call on Sunday", "the presidents recalled their meeting on
# the summit's sidelines in May", "followed up on their telephone conversation of January 15":
# an event of its own, held, between the pair told in the sentence before (the pair meeting on
# a gathering's sidelines take part in it, and have its time).
_row(
    "built-on-their",
    D,
    "On the sidelines of the Andean summit in Quito, President Ana Ruiz of Peru sat down on "
    "Monday with Chile's President Tomas Vera. The leaders built on their phone call on "
    "Saturday, in which they discussed the summit.",
    ("conference", "held", ("CHL", "ECU", "PER"), None, None),
    ("call", "held", ("CHL", "PER"), None, "2025-02-08"),
)
_row(
    "built-on-their",
    D,
    "Bolivia's President has held a telephone conversation with Ecuador's President. In the "
    "call, the two presidents recalled with pleasure their meeting on the sidelines of the "
    "Andean summit in Lima in November.",
    ("call", "held", ("BOL", "ECU"), None, None),
    ("conference", "held", ("BOL", "ECU", "PER"), None, "2024-11"),
    ("meeting", "held", ("BOL", "ECU"), None, "2024-11"),
)
_row(
    "built-on-their",
    D,
    "At the Mercosur summit in Asuncion on Monday, President Tomas Vera of Chile held talks "
    "with Argentina's President Luis Pardo. The two leaders followed up on their telephone "
    "conversation of January 15 on lithium exports.",
    ("conference", "held", ("ARG", "CHL", "PRY"), "MERCOSUR", "2025-02-10"),
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-10"),
    ("call", "held", ("ARG", "CHL"), None, "2025-01-15"),
)
# near misses: what they build on is no event, or nobody is told before them
_row(
    "built-on-their",
    D,
    "At the Mercosur summit in Asuncion on Monday, President Tomas Vera of Chile held talks "
    "with Argentina's President Luis Pardo. The leaders built on their countries' long "
    "friendship.",
    ("conference", "held", ("ARG", "CHL", "PRY"), "MERCOSUR", "2025-02-10"),
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-10"),
)
_row(
    "built-on-their",
    D,
    "Fishing crews in Chile welcomed the new quotas. Union leaders built on their meeting on "
    "Saturday to call for more.",
)

# --- a session of a pair's named Dialogue, told with its holding ---------------------------
# "will hold the next round of their X Dialogue in P", "the Dialogue's next session will take
# place in W": a session of the named format is a meeting of the pair, held or to come as its
# holding says.
_row(
    "dialogue-session",
    D,
    "Peru and Chile will hold the next round of their Strategic Dialogue in Lima in June.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-06"),
)
_row(
    "dialogue-session",
    D,
    "The ministers of Peru and Bolivia met in La Paz on Monday for the second session of the "
    "Peru-Bolivia Security Dialogue. They agreed that the next round of the Dialogue will take "
    "place in Lima in 2026.",
    ("meeting", "held", ("BOL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("BOL", "PER"), None, "2026"),
)
_row(
    "dialogue-session",
    D,
    "Ecuador's foreign minister said the third session of the Ecuador-Colombia Border Dialogue "
    "is scheduled to be held in Quito in April.",
    ("meeting", "planned", ("COL", "ECU"), None, "2025-04"),
)
_row(
    "dialogue-session",
    D,
    "Chile and Argentina held the first session of their Energy Dialogue in Santiago on Monday.",
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-10"),
)
# near misses: dialogue as a value or a format praised, with no session held or to come
_row("dialogue-session", D, "Peru and Chile stressed the value of dialogue on Monday.")
_row(
    "dialogue-session",
    D,
    "The ministers of Peru and Chile praised the Strategic Dialogue between the two countries.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written25(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
