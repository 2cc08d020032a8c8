"""Meeting forms of the merge classes read off the written articles W541-W600 and older sets.

The meeting records errors of the sixty articles written blind in the manner of the corpus
(W541-W600), pooled with those of the older written sets, corpus blind 17 and 18 and the
audit's silver-tune set, sorted into classes of how news tells one event in several mentions
(issue 9, session 30). A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering's name and the word of its own sitting -----------------------------------------
# "the Islands Forum meeting due in Suva in July", "the Business Forum will convene in Kampala in
# May": news names a gathering by a name that ends in the meeting word, or follows the name with
# the verb of its sitting; the word or the verb tells the gathering itself, no meeting beside it.
# A gathering named alone, or a meeting of two sides told before a gathering that opens later,
# stays as it is.
_row(
    "name-word",
    D,
    "Prime Minister Rabuka of Fiji held talks with visiting Tongan Prime Minister "
    "Hu'akavameiliku on Tuesday. Mr Rabuka told journalists they had talked as well about the "
    "Pacific Islands Forum meeting due in Honiara, Solomon Islands, in September, which both "
    "will attend.",
    ("visit", "held", ("FJI", "TON"), None, "2025-02-11"),
    ("conference", "planned", ("FJI", "SLB"), None, "2025-09"),
)
_row(
    "name-word",
    D,
    "Prime Minister Modi met Prime Minister Oli of Nepal in New Delhi on Monday. Mr Modi told "
    "reporters they had talked as well about the Indian Ocean Forum meeting due in Kathmandu, "
    "Nepal, in May, which both will attend.",
    ("meeting", "held", ("IND", "NPL"), None, "2025-02-10"),
    ("conference", "planned", ("IND", "NPL"), None, "2025-05"),
)
_row(
    "name-word",
    D,
    "President Ruto spoke by phone with President Museveni of Uganda on Monday. Both leaders "
    "said the Kenya-Uganda Business Forum will convene in Kampala in May.",
    ("call", "held", ("KEN", "UGA"), None, "2025-02-10"),
    ("conference", "planned", ("KEN", "UGA"), None, "2025-05"),
)
_row(
    "name-word",
    D,
    "Foreign Minister Bayramov held talks with his Kazakh counterpart in Baku on Monday. Both "
    "ministers said the Azerbaijan-Kazakhstan Business Forum will convene in Aktau in June.",
    ("meeting", "held", ("AZE", "KAZ"), None, "2025-02-10"),
    ("conference", "planned", ("AZE", "KAZ"), None, "2025-06"),
)
# near misses: a gathering named alone; a meeting of two sides before the gathering opens
_row(
    "name-word",
    D,
    "Secretary Blinken met today with Foreign Minister Hasan of Bangladesh in Washington. The "
    "Secretary said the United States plans to send a delegation to the Indian Ocean Forum "
    "Ministerial Meeting in Colombo, Sri Lanka, in October.",
    ("meeting", "held", ("BGD", "USA"), None, "2025-02-12"),
    ("conference", "planned", ("LKA", "USA"), None, "2025-10"),
)
_row(
    "name-word",
    D,
    "President Ruto spoke by phone with President Museveni of Uganda on Monday. The two "
    "presidents will meet in Kampala in May, before the Kenya-Uganda Business Forum opens there "
    "in June.",
    ("call", "held", ("KEN", "UGA"), None, "2025-02-10"),
    ("meeting", "planned", ("KEN", "UGA"), None, "2025-05"),
    ("conference", "planned", ("KEN", "UGA"), None, "2025-06"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge30(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
