"""Meeting forms of the merge classes read off the written articles W721-W780 and older sets.

The meeting records errors of the sixty articles written blind in the manner of the corpus
(W721-W780), pooled with those of the older written sets, corpus blind 17 and 18 and the
audit's silver-tune set, sorted into classes of how news tells one event in several mentions
(issue 9, session 33). A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-03-12"  # a Wednesday: Monday is March 10

# --- the programme still to come of a visit under way ---------------------------------------
# "arrived in Lima today for a three-day visit during which he will meet ...", "During his stay
# in Quito, X is also scheduled to meet Y and to tour a port": news tells the rest of a visit
# under way in the future, as its programme; that programme is the visit told, not a planned
# visit or meeting beside it. A plan of its own told in it (an invitation, a return visit, the
# next session agreed) and a visit of another time stay apart.
_row(
    "visit-programme",
    D,
    "Ghana's trade minister arrived in Lisbon today for a four-day official visit during which "
    "she will meet Portugal's economy minister and business leaders, officials said.",
    ("visit", "held", ("GHA", "PRT"), None, "2025-03-12"),
)
_row(
    "visit-programme",
    D,
    "Uruguayan Foreign Minister Tomas Brenner, who is on an official visit to Thailand, held "
    "talks with his Thai counterpart Anan Wongsuwan in Bangkok on Wednesday. During the visit, "
    "Brenner is also scheduled to meet the Thai Prime Minister and to tour an industrial estate "
    "in Rayong.",
    ("visit", "held", ("THA", "URY"), None, "2025-03-12"),
)
_row(
    "visit-programme",
    D,
    "Norwegian Trade Minister Ingrid Solvang arrived in Seoul on Wednesday for a three-day "
    "official visit to South Korea. During her stay in Seoul, Solvang is also scheduled to meet "
    "with the Speaker of the National Assembly and to visit a shipyard in Ulsan.",
    ("visit", "held", ("KOR", "NOR"), None, "2025-03-12"),
)
_row(
    "visit-programme",
    D,
    "Indonesia's trade minister, who is on an official visit to Kenya, held talks with the Kenyan "
    "President in Nairobi, the Kenyan presidency said. During the visit, the Indonesian minister "
    "is also scheduled to meet Kenya's trade minister and to tour the port of Mombasa.",
    ("visit", "held", ("IDN", "KEN"), None, None),
)
_row(
    "visit-programme",
    D,
    "Peruvian Foreign Minister Elias Carranza arrived in Jakarta today for a four-day official "
    "visit during which he will meet the Indonesian foreign and trade ministers, officials said.",
    ("visit", "held", ("IDN", "PER"), None, "2025-03-12"),
)
# near misses: a plan of its own told in the programme (an invitation, a return visit, the next
# session agreed); a visit of another year told after the one under way
_row(
    "visit-programme",
    D,
    "Kenya's President arrived in Seoul on Wednesday on a state visit to South Korea. During "
    "the visit, he invited the South Korean President to visit Nairobi.",
    ("visit", "held", ("KEN", "KOR"), None, "2025-03-12"),
    ("visit", "planned", ("KEN", "KOR"), None, None),
)
_row(
    "visit-programme",
    D,
    "Peru's foreign minister arrived in Quito on Wednesday on an official visit to Ecuador. "
    "During the visit, the sides agreed that the next meeting of their joint commission will "
    "be held in Lima in 2026.",
    ("visit", "held", ("ECU", "PER"), None, "2025-03-12"),
    ("meeting", "planned", ("ECU", "PER"), None, "2026"),
)
_row(
    "visit-programme",
    D,
    "Ghana's trade minister arrived in Lisbon today for a two-day official visit. She will "
    "return to Portugal in October for a visit to Porto.",
    ("visit", "held", ("GHA", "PRT"), None, "2025-03-12"),
    ("visit", "planned", ("GHA", "PRT"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge33(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
