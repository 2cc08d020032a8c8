"""Meeting forms where the single blind writers split and the spec's owners do not.

The classes the writers' keys of W1-W660 split on (issue 9, session 31) were read again in the
keys of the spec's owners (``shared/gold/dev.jsonl`` and ``crawled-dev.jsonl``): where the
owners key a form one way with no exception, and the spec's words say the same, the library
follows them. A told table (``meeting_rows`` says what a row is and when it passes); every row
is written for this table, and the near misses sit beside the class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering's members listed a few sentences on ----------------------------------------
# "The three-day summit, which opened yesterday, brings together the leaders of A, B and C",
# "Together, the leaders of A, B and C adopted a declaration": the states the text names as
# taking part are the gathering's sides (spec section 2), wherever the story lists them before
# it tells another event (the owners: crawl-081, crawl-095, crawl-026, crawl-114 and
# whitehouse-148 key every state so listed; no owner's key leaves one out).
_row(
    "members-told-after",
    D,
    "The Andean summit opened in Lima on Monday. Its hosts said the weather was fine. The "
    "two-day summit, which ends today, brings together the leaders of Bolivia, Colombia, "
    "Ecuador and Peru.",
    ("conference", "held", ("BOL", "COL", "ECU", "PER"), None, "2025-02-10"),
)
_row(
    "members-told-after",
    D,
    "Today I hosted the leaders of the Pacific Rim Partnership at the White House for the "
    "partnership's first summit. It was a proud day. Together, the leaders of Chile, Mexico, "
    "Peru and the United States adopted a declaration on supply chains.",
    ("conference", "held", ("CHL", "MEX", "PER", "USA"), None, "2025-02-12"),
)
_row(
    "members-told-after",
    D,
    "Ministers of the Nordic Council met in Oslo on Monday. The meeting gathered ministers from "
    "Denmark, Finland, Iceland, Norway and Sweden, officials said.",
    ("conference", "held", ("DNK", "FIN", "ISL", "NOR", "SWE"), None, "2025-02-10"),
)
# near misses: states listed by no phrase of taking part, and leaders listed after the story
# has told another event (theirs), are not the gathering's
_row(
    "members-told-after",
    D,
    "The Andean summit opened in Lima on Monday. Delegates said the mood was calm. Observers from "
    "Bolivia, Colombia and Ecuador were briefed by the hosts.",
    ("conference", "held", ("PER",), None, "2025-02-10"),
)
_row(
    "members-told-after",
    D,
    "The Andean summit opened in Lima on Monday. Its hosts said the weather was fine. On "
    "Tuesday, Chile's President spoke by phone with Argentina's President. Together, the "
    "leaders of Chile and Argentina agreed to meet again.",
    ("conference", "held", ("PER",), None, "2025-02-10"),
    ("call", "held", ("ARG", "CHL"), None, "2025-02-11"),
    ("meeting", "planned", ("ARG", "CHL"), None, None),
)

# --- a gathering's members told in a clause of its own sentence -----------------------------
# "took part in the X Forum, which brought together the foreign ministers of A, B and C": the
# states the clause lists as brought together take part (spec section 2; the owners list the
# named states as sides, crawl-071 keeps only the one named beside "the Central Asian
# countries").
_row(
    "members-in-clause",
    D,
    "On Monday, the Peruvian foreign minister took part in the 5th Andean Cooperation Forum, "
    "which brought together the foreign ministers of Bolivia, Colombia, Ecuador and Peru.",
    ("conference", "held", ("BOL", "COL", "ECU", "PER"), None, "2025-02-10"),
)
_row(
    "members-in-clause",
    D,
    "Chile's trade minister attended the Pacific Trade Conference in Lima on Monday, which "
    "gathered the trade ministers of Chile, Mexico, Peru and Colombia.",
    ("conference", "held", ("CHL", "COL", "MEX", "PER"), None, "2025-02-10"),
)
_row(
    "members-in-clause",
    D,
    "Iceland's Prime Minister will attend the Nordic summit in Oslo next week, which will bring "
    "together the heads of government of Denmark, Finland, Iceland, Norway and Sweden.",
    ("conference", "planned", ("DNK", "FIN", "ISL", "NOR", "SWE"), None, None),
)
# near misses: a region beside one state is a group, not a list, and people who are not a
# state's officials are not sides
_row(
    "members-in-clause",
    D,
    "Preparations are under way for a ministerial meeting in Lima bringing together the foreign "
    "ministers of Chile and the Andean countries.",
    ("conference", "planned", ("CHL", "PER"), None, None),
)
_row(
    "members-in-clause",
    D,
    "Peru's Foreign Minister attended the Andean Cooperation Forum in Lima on Monday, which "
    "brought together investors from Brazil and Chile.",
    ("conference", "held", ("PER",), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_keyconv31(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
