"""Meeting forms of the classes read off the real corpus articles that are keyed.

The meeting records errors of the corpus articles with a key (dev, corpus blind 11 to 18 and
the audit's silver-tune set), sorted into classes of how news writes a meeting (issue 9,
session 22, fourth round, second helper). A told table (``meeting_rows`` says what a row is
and when it passes); every row is written for this table, and the rows that must stay as
they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- talks named as a frame, a stance's setting or a kind, not as one event ------------------
# "the 1976 accord set the framework for talks on the shelf", "the deficit weakened A's
# position in talks with B over quotas", "talks of this kind are held every spring": the talks
# are a process, a frame or a kind of event, and no meeting is told by them.
_row(
    "talks-as-process",
    D,
    "Chile's minister said the 1998 protocol, which set the framework for talks on the river "
    "basin between Santiago and Buenos Aires, was still in force.",
)
_row(
    "talks-as-process",
    D,
    "Analysts said the falling harvest had weakened Peru's bargaining position in talks with "
    "Bolivia over gas prices.",
)
_row(
    "talks-as-process",
    D,
    "Norwegian-Icelandic talks of this kind are held every spring, a ministry spokesman in "
    "Oslo told reporters.",
)
_row(
    "talks-as-process",
    D,
    "Officials said Kenya's stance in talks with Uganda on the lake had hardened since the "
    "drought.",
)
# near misses: talks held or set, told beside such words; the first event of a kind
_row(
    "talks-as-process",
    D,
    "Chile and Argentina agreed on a framework for cooperation at talks in Santiago on Monday.",
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-10"),
)
_row(
    "talks-as-process",
    D,
    "Peru's minister set out his position in Lima on Monday in talks with his Bolivian "
    "counterpart.",
    ("meeting", "held", ("BOL", "PER"), None, "2025-02-10"),
)
_row(
    "talks-as-process",
    D,
    "Kenya hosted the first summit of this kind in Nairobi on Monday with leaders of Uganda "
    "and Tanzania.",
    ("conference", "held", ("KEN", "TZA", "UGA"), None, "2025-02-10"),
)


# --- a gathering told by its own name as the venue of an official's act ----------------------
# "President X proposed the initiative at the Boao Forum for Asia", "confirmed at the II
# Nairobi Global Media Forum that ...", "urged donors at the Pacific Forum": the
# gathering named as where an official acted took place, whatever the act's own hedge word
# ("proposed", "urged") says of its object, and a media gathering told by its capitalised
# name is a forum a state holds, not the press's own meeting.
_row(
    "act-at-named-gathering",
    D,
    "Kenya's president confirmed at the Nairobi Global Media Forum on Monday that his "
    "government would take the firm to court.",
    ("conference", "held", ("KEN",), None, "2025-02-10"),
)
_row(
    "act-at-named-gathering",
    D,
    "In March 2023, Peru's president proposed the plan at the Andean Forum for Cooperation, "
    "offering funds to smaller neighbours.",
    ("conference", "held", ("PER",), None, "2023-03"),
)
_row(
    "act-at-named-gathering",
    D,
    "Chile's foreign minister urged donors at the Pacific Forum in Santiago on Monday to double "
    "their pledges.",
    ("conference", "held", ("CHL",), None, "2025-02-10"),
)
_row(
    "act-at-named-gathering",
    D,
    "The Ghana Media Summit, scheduled to take place in Accra from March 3 to 5, is expected to "
    "draw editors from 40 countries.",
    ("conference", "planned", ("GHA",), None, "2025-03-03"),
)
# near misses: a media forum not named, a summit only proposed, an act at a press meeting
_row(
    "act-at-named-gathering",
    D,
    "The minister spoke at a media forum in Baku on Monday about press freedom.",
)
_row(
    "act-at-named-gathering",
    D,
    "Peru proposed a summit with Chile in Lima next month.",
)
_row(
    "act-at-named-gathering",
    D,
    "Bolivia's president sought support for the plan at a media conference in La Paz on Monday.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_corpus22(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
