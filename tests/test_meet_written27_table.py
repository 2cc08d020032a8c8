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


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written27(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
