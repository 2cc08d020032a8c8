"""Meetings a visitor holds within a visit: the owners' convention (session 37).

A visit story often tells further encounters of the visitor ("On Tuesday, X was received by
President Z", "The next day, X held talks with his counterpart"). The owners' keys (dev and
crawled) were read for every visit and each further encounter told within it, sorted by who the
visitor meets and by whether the story tells the encounter's day apart from the visit's first day
(the table: keyconv37-conventions.md). One sub-case is consistent there (at least 80% of at least
five instances):

- further-encounter-on-another-day: an encounter told on a day of its own that differs from the
  visit's first day is a record of its own, dated that day, beside the visit (5 of 5 owners'
  instances, whoever the visitor meets: the host's head of state, his counterpart, another
  minister).

The other sub-cases (no day told, by who is met; a third state's official) have too few or split
instances in the owners' keys, and the rows below that touch them are near misses that keep what
the library does today. A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a further encounter on a day of its own ---------------------------------------------------
# "arrived in P on Monday for a two-day visit. On Tuesday, X was received by President Z",
# "began a visit on Monday. The next day, X held talks with ...": the encounter's day is told and
# is not the visit's first day, so it is a record of its own, dated its day. Two encounters told
# in one sentence ("met A on Tuesday, and on Wednesday he was received by B") take a day each: the
# day opening the second clause, before its subject and verb, is the second encounter's.
_row(
    "further-encounter-on-another-day",
    D,
    "Moldovan Foreign Minister Ana Rusu arrived in Vilnius on Monday for a two-day official visit "
    "to Lithuania. On Tuesday, she was received by Lithuanian President Jonas Petraitis.",
    ("visit", "held", ("LTU", "MDA"), None, "2025-02-10"),
    ("meeting", "held", ("LTU", "MDA"), None, "2025-02-11"),
)
_row(
    "further-encounter-on-another-day",
    D,
    "Chilean Foreign Minister Ana Soto began a two-day visit to Uruguay on Monday. The next day, "
    "she held talks with Uruguayan Foreign Minister Pablo Ferreira in Montevideo.",
    ("visit", "held", ("CHL", "URY"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "URY"), None, "2025-02-11"),
)
_row(
    "further-encounter-on-another-day",
    D,
    "Kenyan Trade Minister Peter Mwangi arrived in Accra on Monday on a three-day working visit to "
    "Ghana. On Tuesday, Mwangi met Ghanaian Trade Minister Kwame Boateng, and on Wednesday he was "
    "received by Ghanaian President Kofi Mensah.",
    ("visit", "held", ("GHA", "KEN"), None, "2025-02-10"),
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-11"),
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-12"),
)
_row(
    "further-encounter-on-another-day",
    D,
    "Kenyan Trade Minister Peter Mwangi arrived in Accra on Monday on a three-day working visit to "
    "Ghana. On Tuesday, Mwangi met Ghanaian Trade Minister Kwame Boateng. On Wednesday, he was "
    "received by Ghanaian President Kofi Mensah.",
    ("visit", "held", ("GHA", "KEN"), None, "2025-02-10"),
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-11"),
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-12"),
)
_row(
    "further-encounter-on-another-day",
    D,
    "Kenyan President Daniel Otieno is on a three-day state visit to Ghana, which began on Monday. "
    "On Tuesday, Otieno and Ghanaian President Kofi Mensah held talks in Accra and signed a visa "
    "accord.",
    ("visit", "held", ("GHA", "KEN"), None, None),
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-11"),
)
# near miss: a day after ", and on" whose clause has no subject and verb of its own ("the two
# presidents signed") still dates the talks before it
_row(
    "further-encounter-on-another-day",
    D,
    "Kenyan President Daniel Otieno arrived in Accra on Monday on a three-day state visit to "
    "Ghana. Otieno held talks with Ghanaian President Kofi Mensah, and on Tuesday the two "
    "presidents signed a visa accord.",
    ("visit", "held", ("GHA", "KEN"), None, "2025-02-10"),
    ("meeting", "held", ("GHA", "KEN"), None, "2025-02-11"),
)
# near misses: talks told on the visit's own day are the visit; talks told in the visit's
# sentence on a day of the range it gives are the visit's too (the talks told with the visit)
_row(
    "further-encounter-on-another-day",
    D,
    "Ghanaian President Kofi Mensah paid a state visit to Togo on Monday. On Monday he held talks "
    "with Togolese President Yao Agbeko in Lome.",
    ("visit", "held", ("GHA", "TGO"), None, "2025-02-10"),
)
_row(
    "further-encounter-on-another-day",
    D,
    "On Tuesday, Estonian President Kadri Tamm received Finnish Foreign Minister Elina Koski, who "
    "is paying a visit to Estonia from February 10 to 12.",
    ("visit", "held", ("EST", "FIN"), None, "2025-02-10"),
)
_row(
    "further-encounter-on-another-day",
    D,
    "Finnish Foreign Minister Elina Koski, who is on a visit to Tallinn, held talks with her "
    "Estonian counterpart Marko Saar on Tuesday.",
    ("visit", "held", ("EST", "FIN"), None, "2025-02-11"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_keyconv37(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
