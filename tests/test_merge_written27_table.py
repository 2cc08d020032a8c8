"""Meeting forms of the merge classes read off the written articles W1-W420 and the released keys.

The meeting records errors of the four hundred and twenty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set, sorted
into classes of how news tells one event in several mentions (issue 9, session 27). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table, and
the rows that must stay as they are sit beside the class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- talks told as held for a session named after their verb ----------------------------------
# "X met Y in L for the sixth ministerial meeting of the Council", "the ministers are due to
# meet in T in June for their annual conference", "will host their counterparts in W on a day
# for a meeting of the Committee": news names in one clause the talks and the session they are
# held for; that is one event, the talks, not a session beside them.
_row(
    "held-for",
    D,
    "On February 10 and 11, the Canadian foreign minister and trade minister met with Mexican "
    "Foreign Secretary Juan Ramon de la Fuente in Monterrey, Mexico, for the third ministerial "
    "meeting of the Canada-Mexico Partnership Council (CMPC).",
    ("meeting", "held", ("CAN", "MEX"), None, "2025-02-10"),
)
_row(
    "held-for",
    D,
    "The foreign ministers of the two countries, Chile and Argentina, are due to meet in "
    "Santiago in April for their annual ministerial conference, a spokesman said.",
    ("meeting", "planned", ("ARG", "CHL"), None, "2025-04"),
)
_row(
    "held-for",
    D,
    "The leaders of Sweden and Finland will meet in Helsinki on Friday for their yearly Nordic "
    "defence conference, officials said.",
    ("meeting", "planned", ("FIN", "SWE"), None, "2025-02-14"),
)
_row(
    "held-for",
    D,
    "The foreign and defence ministers of Australia will host their Indonesian counterparts in "
    "Canberra on March 4 for a meeting of the Australia-Indonesia Security Council.",
    ("meeting", "planned", ("AUS", "IDN"), None, "2025-03-04"),
)
# near misses: a session named in a clause of its own, or as what talks prepare, stays apart
# from the talks; a body's gathering its leaders meet for stays the gathering
_row(
    "held-for",
    D,
    "Prime Minister Luxon met Indonesian President Prabowo in Jakarta on Monday. Prabowo, "
    "who is due in Kuala Lumpur for the ASEAN summit in May, thanked him for the visit.",
    ("meeting", "held", ("IDN", "NZL"), None, "2025-02-10"),
    ("conference", "planned", ("IDN", "MYS"), "ASEAN", "2025-05"),
)
_row(
    "held-for",
    D,
    "Greek Foreign Minister Giorgos Gerapetritis, who arrived in Rome on Monday, held talks "
    "with Italian Foreign Minister Antonio Tajani on Tuesday focusing on the preparations for "
    "the Mediterranean Summit, which Italy is due to host in Naples in June.",
    ("conference", "planned", ("GRC", "ITA"), None, "2025-06"),
    ("visit", "held", ("GRC", "ITA"), None, "2025-02-10"),
    ("meeting", "held", ("GRC", "ITA"), None, "2025-02-11"),
)
_row(
    "held-for",
    D,
    "Leaders of the Association of Southeast Asian Nations met in Vientiane, Laos, on Monday "
    "for their annual summit.",
    ("conference", "held", ("LAO",), "ASEAN", "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge27(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
