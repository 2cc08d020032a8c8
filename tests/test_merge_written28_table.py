"""Meeting forms of the merge classes read off the written articles W1-W480 and the released keys.

The meeting records errors of the four hundred and eighty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set, sorted
into classes of how news tells one event in several mentions (issue 9, session 28). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table, and
the rows that must stay as they are sit beside the class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, the Thursday before February 6

# --- a gathering named by a sideline phrase, and the event told before that phrase ------------
# "X held a bilateral meeting with Y on the margins of the APEC Leaders' Meeting", "the leaders
# held their summit, which took place on the margins of the General Assembly": news names in one
# sentence an event and, after "on the sidelines/margins of", the gathering by a name of its own
# where it took place. Those are two records, even when both are read by one kind of word.
_row(
    "sidelines-named",
    D,
    "President Lula held a bilateral meeting on Monday with Prime Minister Narendra Modi of "
    "India on the margins of the BRICS Foreign Ministers' Meeting in Rio de Janeiro.",
    ("meeting", "held", ("BRA", "IND"), None, "2025-02-10"),
    ("conference", "held", ("BRA", "IND"), "BRICS", "2025-02-10"),
)
_row(
    "sidelines-named",
    D,
    "The defence ministers of Estonia and Finland held a meeting in Brussels on Thursday on the "
    "margins of the NATO Defence Ministers' Meeting.",
    ("meeting", "held", ("EST", "FIN"), None, "2025-02-06"),
    ("conference", "held", ("BEL", "EST", "FIN"), "NATO", "2025-02-06"),
)
_row(
    "sidelines-named",
    D,
    "President Emmanuel Macron hosted the leaders of Senegal, Ghana and Nigeria in Paris on "
    "Monday for an Africa-France mini-summit, which took place on the margins of the Paris "
    "Peace Forum.",
    ("conference", "held", ("FRA", "GHA", "NGA", "SEN"), None, "2025-02-10"),
    ("conference", "held", ("FRA", "GHA", "NGA", "SEN"), None, None),
)
_row(
    "sidelines-named",
    D,
    "The presidents of Chile and Peru held a trilateral summit with Bolivia's president in Lima "
    "on Monday, which took place on the sidelines of the 2025 Andean Community Summit.",
    ("conference", "held", ("BOL", "CHL", "PER"), None, "2025-02-10"),
    ("conference", "held", ("BOL", "CHL", "PER"), None, None),
)
_row(
    "sidelines-named",
    D,
    "President Cyril Ramaphosa will host the leaders of Angola, Zambia and Botswana in Pretoria "
    "on Friday for a regional summit, which is to be held on the margins of the SADC Summit.",
    ("conference", "planned", ("AGO", "BWA", "ZAF", "ZMB"), None, "2025-02-14"),
    ("conference", "planned", ("AGO", "BWA", "ZAF", "ZMB"), None, None),
)
# near misses: the gathering called back by a bare word is the one named before; a meeting on
# the sidelines of a summit stays the meeting beside it; a gathering told by two words of its
# name ("Forum ... Meeting") stays one gathering beside the talks
_row(
    "sidelines-named",
    D,
    "Leaders of Brazil, India and South Africa met in Brasilia on Monday for the IBSA Summit, "
    "and on the sidelines of the summit they adopted a joint declaration on trade.",
    ("conference", "held", ("BRA", "IND", "ZAF"), None, "2025-02-10"),
)
_row(
    "sidelines-named",
    D,
    "Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto on the sidelines "
    "of the G20 summit in Rio de Janeiro on Monday.",
    ("conference", "held", ("AUS", "IDN"), "G20", "2025-02-10"),
    ("meeting", "held", ("AUS", "IDN"), None, "2025-02-10"),
)
_row(
    "sidelines-named",
    D,
    "Foreign Minister Penny Wong held a meeting with her New Zealand counterpart Winston Peters "
    "on Monday on the sidelines of the Pacific Islands Forum Foreign Ministers Meeting in Suva.",
    ("conference", "held", ("AUS", "FJI", "NZL"), None, "2025-02-10"),
    ("meeting", "held", ("AUS", "NZL"), None, "2025-02-10"),
)

# --- talks with a list of leaders, held for a summit named after them ------------------------
# "X met the Presidents of A, B, and C today for the inaugural C5+1 summit": the ", and" that
# ends the list of those met is no clause of its own, and a name word may carry a sign
# ("C5+1", "U.S.-Africa"); the talks are the summit, one record.
_row(
    "held-for-list",
    D,
    "Prime Minister Keir Starmer met with the leaders of Norway, Denmark, and Iceland on Monday "
    "for the first UK-Nordic summit in Oslo.",
    ("conference", "held", ("DNK", "GBR", "ISL", "NOR"), None, "2025-02-10"),
)
_row(
    "held-for-list",
    D,
    "President William Ruto met with the presidents of Uganda, Tanzania, and Rwanda in Nairobi "
    "on Monday for the East Africa+1 security summit.",
    ("conference", "held", ("KEN", "RWA", "TZA", "UGA"), None, "2025-02-10"),
)
_row(
    "held-for-list",
    D,
    "Chancellor Friedrich Merz met the prime ministers of Sweden, Finland, and Norway in Berlin "
    "on Monday for the Nordic+Germany summit.",
    ("conference", "held", ("DEU", "FIN", "NOR", "SWE"), None, "2025-02-10"),
)
# near miss: talks that prepare a summit are a session of their own beside it
_row(
    "held-for-list",
    D,
    "Trade ministers of the Association of Southeast Asian Nations will meet in Jakarta on "
    "March 3 to prepare for the group's summit in Manila in May, officials said.",
    ("conference", "planned", ("IDN", "PHL"), "ASEAN", "2025-05"),
    ("conference", "planned", ("IDN", "PHL"), "ASEAN", "2025-03-03"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge28(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
