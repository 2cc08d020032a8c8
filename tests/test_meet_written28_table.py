"""Meeting forms of the classes read off the written articles W1-W480 and the released keys.

The meeting records errors of the four hundred and eighty articles written blind in the manner
of the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set
and sorted into classes of how news writes a meeting (issue 9, session 28). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a session of a named Dialogue told by its sitting -------------------------------------
# "the A-B Strategic Dialogue, which convened in P earlier this month", "the X Dialogue, whose
# most recent session took place in W last month", "joined their counterparts in P for the
# annual A-B Economic Dialogue", "will host the next meeting of the X Dialogue in W in 2024": a
# session of a pair's named format, told by a relative clause of its sitting, by officials
# joining others for it, or by its host, is a meeting of the pair, past or to come.
_row(
    "dialogue-sitting",
    D,
    "The foreign ministers of Chile and Peru spoke by phone on Monday. They also reviewed the "
    "progress of the Chile-Peru Strategic Dialogue, which convened in Lima last month.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2025-01"),
)
_row(
    "dialogue-sitting",
    D,
    "Brazil's President and Argentina's President met in Brasilia on Monday. They praised the "
    "Argentina-Brazil Energy Dialogue, whose latest session took place in Buenos Aires in "
    "December.",
    ("meeting", "held", ("ARG", "BRA"), None, "2025-02-10"),
    ("meeting", "held", ("ARG", "BRA"), None, "2024-12"),
)
_row(
    "dialogue-sitting",
    D,
    "The two foreign ministers discussed the Bolivia-Peru Water Dialogue, whose next session "
    "will take place in La Paz in May.",
    ("meeting", "planned", ("BOL", "PER"), None, "2025-05"),
)
_row(
    "dialogue-sitting",
    D,
    "Officials of Uruguay joined their Paraguayan counterparts in Asuncion on Monday for the "
    "annual Paraguay-Uruguay High-Level Trade Dialogue.",
    ("meeting", "held", ("PRY", "URY"), None, "2025-02-10"),
)
_row(
    "dialogue-sitting",
    D,
    "Colombia will host the next meeting of the Colombia-Ecuador Security Dialogue in Bogota "
    "in June.",
    ("meeting", "planned", ("COL", "ECU"), None, "2025-06"),
)
# near misses: a format named with no sitting of its own, or only called for, tells no meeting
_row(
    "dialogue-sitting",
    D,
    "The Chile-Peru Strategic Dialogue, which was launched in 2019, covers trade and migration.",
)
_row(
    "dialogue-sitting",
    D,
    "Ecuador joined calls for the Andean Dialogue to be revived, its foreign minister said on "
    "Monday.",
)
_row(
    "dialogue-sitting",
    D,
    "Peru's minister said the Bolivia-Peru Water Dialogue, whose founding charter was signed "
    "in 2020, had served both countries well.",
)


# --- a meeting told only as foreseen or talked of -------------------------------------------
# "diplomats said a summit between A and B could follow before the end of the year", "a meeting
# between A's leader and B's could not be ruled out", "there has been talk in P of a first joint
# summit": a meeting whose own predicate is a modal of possibility, its sides between, or that
# is only talked of, is only foreseen, no event.
_row(
    "only-foreseen",
    D,
    "Diplomats said a summit between the presidents of Peru and Chile could follow in the "
    "spring if the fishing row is settled.",
)
_row(
    "only-foreseen",
    D,
    "A meeting between Bolivia's President and Paraguay's President might take place before "
    "the end of the year, officials in La Paz said.",
)
_row(
    "only-foreseen",
    D,
    "There has been talk in Lima of a first joint cabinet session with Ecuador, but officials "
    "say the idea is at an early stage.",
)
_row(
    "only-foreseen",
    D,
    "There is talk of a summit of Andean leaders in Quito later this year, a Colombian "
    "diplomat said.",
)
# near misses: a modal of another clause, or talk of something else, leaves the event told
_row(
    "only-foreseen",
    D,
    "Talks between Peru and Chile that may settle the border row opened in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "only-foreseen",
    D,
    "Talks between the foreign ministers of Peru and Chile, who may sign a fishing pact, began "
    "in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "only-foreseen",
    D,
    "Officials talked of a new era after the presidents of Chile and Peru met in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- "meet" in the sense of satisfying ------------------------------------------------------
# "to meet supply contracts until the pipeline reopened", "to meet the foreign partner's quality
# requirements": "meet" with what is owed or asked as its object (demand, needs, requirements,
# standards, targets, contracts, commitments ...) tells no meeting, whoever is named around it.
_row(
    "meet-the-need",
    D,
    "Bolivia will buy more diesel from Peru to meet the mining sector's fuel needs, its energy "
    "minister said on Monday.",
)
_row(
    "meet-the-need",
    D,
    "Chile's copper mines must raise output to meet export contracts with Peru, the ministry said.",
)
_row(
    "meet-the-need",
    D,
    "Paraguay's farmers are upgrading their plants to meet the Brazilian buyer's hygiene "
    "standards.",
)
_row(
    "meet-the-need",
    D,
    "Ecuador will lend Peru fuel oil to meet delivery commitments until the refinery reopens.",
)
# near misses: officials met, whatever the talks were about
_row(
    "meet-the-need",
    D,
    "Peru's trade minister will meet Chile's minister on Monday to discuss export quotas.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "meet-the-need",
    D,
    "Argentina's economy minister met Uruguay's finance minister in Montevideo on Monday.",
    ("meeting", "held", ("ARG", "URY"), None, "2025-02-10"),
)
_row(
    "meet-the-need",
    D,
    "Colombia's foreign minister will meet Ecuador's deputy minister in Quito next week to "
    "review border targets.",
    ("meeting", "planned", ("COL", "ECU"), None, None),
)

# --- a past call or conversation recalled ----------------------------------------------------
# "followed up on the President's call with the Crown Prince on April 12", "builds on the
# conversation President A held with President B at the White House in November", "Prime
# Minister F, with whom I spoke last week": a call or talk recalled as another act's object or
# in a relative clause is still a call or meeting held, with its own date.
_row(
    "recalled-call",
    D,
    "The accord builds on the conversation Chile's President held with Peru's President in "
    "Lima in December.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-12"),
)
_row(
    "recalled-call",
    D,
    "Chile's President thanked Peru's President, with whom he spoke by phone on Monday, for "
    "his support.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "recalled-call",
    D,
    "Chile's foreign minister said the deal followed a call with the Peruvian President on Monday.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "recalled-call",
    D,
    "Peru's trade minister recalled the conversation President Lopez of Ecuador had with Peru's "
    "President in Quito last month.",
    ("meeting", "held", ("ECU", "PER"), None, "2025-01"),
)
_row(
    "recalled-call",
    D,
    "Bolivia's President thanked Paraguay's President, with whom he spoke on Monday about the "
    "river, for his support.",
    ("call", "held", ("BOL", "PRY"), None, "2025-02-10"),
)
# near misses: an appeal made jointly, or company kept over lunch, is no call
_row(
    "recalled-call",
    D,
    "Chile's foreign minister said the statement was a joint call with the Organization of "
    "American States for calm in Peru.",
)
_row(
    "recalled-call",
    D,
    "Peru's President, with whom the Chilean minister had lunch on Monday, praised the deal.",
)
_row(
    "recalled-call",
    D,
    "The conversation turned to trade when Chile's President met Peru's President in Lima on "
    "Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written28(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
