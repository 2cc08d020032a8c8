"""Meeting forms of the classes read off the written articles W1-W420 and the released keys.

The meeting records errors of the four hundred and twenty articles written blind in the manner
of the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set
and sorted into classes of how news writes a meeting (issue 9, session 27). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- words given by telephone -------------------------------------------------------------
# "an official said by telephone from P", "told state radio by telephone", "would report to
# the President by telephone each evening": words given to the press, or a report to one's
# own principal, by telephone tell how the speaker spoke, no call between states.
_row(
    "words-by-phone",
    D,
    "Exports of Chilean copper to Peru fell in January, a Chilean mining ministry official said "
    "by telephone from Santiago.",
)
_row(
    "words-by-phone",
    D,
    '"The quota will be lifted by the summer," Peru\'s trade minister told national radio by '
    "telephone from Quito.",
)
_row(
    "words-by-phone",
    D,
    "Bolivia's envoy to the border talks in Lima will report to the President by telephone "
    "every night, officials in La Paz said.",
)
_row(
    "words-by-phone",
    D,
    "The deal with Ecuador is close, Colombia's deputy minister told reporters by phone on Monday.",
)
# near misses: a call of two states' officials keeps its words, however it is told
_row(
    "words-by-phone",
    D,
    "Peru's President spoke by telephone with Chile's President on Monday about the fishing row.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "words-by-phone",
    D,
    "Chile's foreign minister told Argentina's foreign minister by telephone on Monday that "
    "the border crossing would reopen.",
    ("call", "held", ("ARG", "CHL"), None, "2025-02-10"),
)
_row(
    "words-by-phone",
    D,
    "The presidents of Bolivia and Paraguay talked over the phone on Monday, a spokesman said.",
    ("call", "held", ("BOL", "PRY"), None, "2025-02-10"),
)

# --- a session told by its close, with its length or its opening -----------------------------
# "signed at the close of a three-day session of the joint commission for trade, which opened
# on Tuesday", "ended two days of talks in T on Tuesday": a session told at its end is dated by
# its first day, the opening told after its full name or counted back from its last day.
_row(
    "session-start",
    D,
    "The trade ministers of Peru and Chile signed the accord at the close of a two-day session "
    "of the joint commission for economic cooperation, which opened on Sunday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-09"),
)
_row(
    "session-start",
    D,
    "Senior officials of Peru and Ecuador ended two days of talks in Quito on Tuesday on the "
    "price of bananas.",
    ("meeting", "held", ("ECU", "PER"), None, "2025-02-10"),
)
_row(
    "session-start",
    D,
    "Bolivia and Paraguay signed six accords yesterday at the end of a two-day session of the "
    "joint Bolivian-Paraguayan commission, which began on Monday.",
    ("meeting", "held", ("BOL", "PRY"), None, "2025-02-10"),
)
_row(
    "session-start",
    D,
    "Chilean and Argentine negotiators wrapped up three days of border talks in Mendoza on "
    "Tuesday.",
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-09"),
)
# near misses: an opening told of another thing after the meeting's day, and a meeting on a
# day of its own, keep their day
_row(
    "session-start",
    D,
    "Peru's President met Chile's President on Tuesday at the trade fair, which opened on Sunday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-11"),
)
_row(
    "session-start",
    D,
    "The foreign ministers of Peru and Chile met in Lima on Tuesday, ending two days of tension "
    "on the border.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-11"),
)

# --- a gathering the story's leaders are told sharing -----------------------------------------
# "The leaders look forward to seeing each other again at the G7 Summit in H", "The leaders
# agreed that the next summit will be held in T": the leaders are those of the story's lead
# event, whose states take part in the gathering beside the venue's.
_row(
    "leaders-at-next",
    D,
    "Peru's President and Chile's President held talks in Lima on Monday. The leaders look "
    "forward to seeing each other again at the APEC summit in Bangkok in November.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "PER", "THA"), None, "2025-11"),
)
_row(
    "leaders-at-next",
    D,
    "The presidents of Ecuador and Colombia met in Quito on Monday. The two leaders agreed that "
    "the next Andean summit will be held in Bolivia.",
    ("meeting", "held", ("COL", "ECU"), None, "2025-02-10"),
    ("conference", "planned", ("BOL", "COL", "ECU"), None, None),
)
_row(
    "leaders-at-next",
    D,
    "Argentina's President paid a state visit to Uruguay on Monday. Both leaders look forward "
    "to meeting again at the Mercosur summit in Asuncion in July.",
    ("visit", "held", ("ARG", "URY"), None, "2025-02-10"),
    ("conference", "planned", ("ARG", "PRY", "URY"), None, "2025-07"),
)
# near miss: a gathering the leaders only talk about keeps the sides it had
_row(
    "leaders-at-next",
    D,
    "Peru's President and Chile's President held talks in Lima on Monday. Ministers of Bolivia "
    "and Paraguay will attend the Andean summit in Quito in March.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("BOL", "ECU", "PRY"), None, "2025-03"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written27(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
