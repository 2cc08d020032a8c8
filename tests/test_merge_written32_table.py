"""Meeting forms of the merge classes read off the written articles W661-W720 and older sets.

The meeting records errors of the sixty articles written blind in the manner of the corpus
(W661-W720), pooled with those of the older written sets, corpus blind 17 and 18 and the
audit's silver-tune set, sorted into classes of how news tells one event in several mentions
(issue 9, session 32). A told table (``meeting_rows`` says what a row is and when it passes);
every row is written for this table, and the rows that must stay as they are sit beside the
class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-03-12"  # a Wednesday: Monday is March 10

# --- talks named as a process, then told as a sitting --------------------------------------------
# "will resume talks on a fisheries accord" ... "the two delegations are due to meet in Lima on
# March 20", "with a view to signing it during the next round" ... "the next round will be held
# in Ulaanbaatar in 2026": news names talks as a process first, with no day or place, and tells
# the sitting with them in a later sentence; the first mention is that sitting, no event beside
# it. Talks told as more ("also", "the next day"), told in another tense, or a meeting named as
# a sitting of its own stay apart.
_row(
    "process-first",
    D,
    "Chile and Peru will resume talks on a fisheries accord, officials said on Wednesday. The two "
    "delegations are due to meet in Lima on March 20, a foreign ministry spokesman said.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03-20"),
)
_row(
    "process-first",
    D,
    "Brazilian and Argentine negotiators will resume talks on a customs accord, officials said. "
    "The negotiators will meet in Brasilia on March 20 for two days.",
    ("meeting", "planned", ("ARG", "BRA"), None, "2025-03-20"),
)
_row(
    "process-first",
    D,
    "Mongolia and Kazakhstan held political consultations in Astana on Monday. The sides agreed "
    "to speed up work on a draft accord on road transport, with a view to signing it during the "
    "next round. It was agreed that the next round of consultations will be held in Ulaanbaatar "
    "in 2026.",
    ("meeting", "held", ("KAZ", "MNG"), None, "2025-03-10"),
    ("meeting", "planned", ("KAZ", "MNG"), None, "2026"),
)
_row(
    "process-first",
    D,
    "Kenya and Tanzania have restarted negotiations on a shared power line. Energy officials "
    "of Kenya and Tanzania met in Arusha on Monday for the first round since the project "
    "stalled last year.",
    ("meeting", "held", ("KEN", "TZA"), None, "2025-03-10"),
)
# near misses: talks told in another tense than the sitting; talks told as more ("also")
_row(
    "process-first",
    D,
    "Chile and Peru held talks on a fisheries accord last year, officials said on Wednesday. The "
    "foreign ministers of Chile and Peru will meet in Lima on March 20.",
    ("meeting", "held", ("CHL", "PER"), None, None),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03-20"),
)
_row(
    "process-first",
    D,
    "Uruguay and Paraguay will resume negotiations on a river transport accord. The foreign "
    "minister of Uruguay met his Paraguayan counterpart in Asuncion on Monday.",
    ("meeting", "planned", ("PRY", "URY"), None, None),
    ("meeting", "held", ("PRY", "URY"), None, "2025-03-10"),
)
_row(
    "process-first",
    D,
    "Foreign Minister Bayramov met his Georgian counterpart in Tbilisi on Monday. Bayramov also "
    "held talks with Georgian Prime Minister Kobakhidze.",
    ("meeting", "held", ("AZE", "GEO"), None, "2025-03-10"),
    ("meeting", "held", ("AZE", "GEO"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge32(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
