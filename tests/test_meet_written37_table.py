"""Meeting forms of the classes read off the written articles W1-W1020 and the released keys.

The meeting records errors of the thousand and twenty articles written blind in the manner of
the corpus (W961-W1020 read first), pooled with those of corpus blind 11 to 18, the owners' dev
and crawled keys and our read pages, sorted into classes of how news writes a meeting (issue
9, session 37). A told table (``meeting_rows`` says what a row is and when it passes); every
row is written for this table, and the rows that must stay as they are sit beside the classes'
rows.

- body-made: a joint commission or committee that the sides only agree to set up, or that a
  deal provides for, is no meeting of it.
- pair-format-with-place: a format named after two states ("the A-B Strategic Dialogue",
  "the A-B Binational Commission") told with the place it sits in is a sitting of it, the
  pair its sides, held or planned by its time.
- long-name-to-come: a sitting named by its body's full name (its topics, or how the body was
  made, between) whose holding to come is told only after the name is planned.
- document-date-before: the time of a document's signing told in its own clause before the
  meeting word ("the accord signed in 2019, and looked forward to ...") does not date the
  meeting.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a body only brought into being ------------------------------------------------------------
# "resolved to form a joint committee on the border", "a pact which provides for a joint
# commission", "decided to establish a joint commission": the body is made, none of its sittings
# is told, so it is no meeting (the talks where it was agreed stay one).
_row(
    "body-made",
    D,
    "Chilean and Peruvian envoys met in Lima on Monday to review fishing quotas and resolved "
    "to form a joint committee that will watch catches along the sea border.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "body-made",
    D,
    "The Norwegian parliament on Tuesday approved a fisheries pact with Iceland which provides "
    "for a joint commission to share data on cod stocks.",
)
_row(
    "body-made",
    D,
    "Ecuador and Peru decided on Monday to establish a joint commission on river navigation, the "
    "foreign ministry of Ecuador said in a note.",
)
# near misses: a session of a commission told after it was set up, or a commission told
# meeting, stays a meeting
_row(
    "body-made",
    D,
    "Chile and Peru set up a joint commission last year, and its first session will be held in "
    "Lima in March.",
    ("meeting", "planned", ("CHL", "PER"), None, "2025-03"),
)
_row(
    "body-made",
    D,
    "The Chile-Peru joint commission on fisheries met in Lima on Monday to review quotas.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


# --- a format named after two states, told with its place ---------------------------------------
# "launched during the A-B Strategic Dialogue in P in November", "await the convening of the
# A-B Economic Council in P in May", "the conclusion of the A-B Binational
# Commission in P last month": the format's name gives its sides and the place its sitting;
# its time makes it held or planned.
_row(
    "pair-format-with-place",
    D,
    "Officials reviewed the port project launched during the Chile-Peru Strategic Dialogue in "
    "Lima in November.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-11"),
)
_row(
    "pair-format-with-place",
    D,
    "The ministers said they await the convening of the Chile–Norway Economic Council in Oslo "
    "in May.",
    ("meeting", "planned", ("CHL", "NOR"), None, "2025-05"),
)
_row(
    "pair-format-with-place",
    D,
    "The envoy praised the successful conclusion of the Ecuador-Peru Binational Commission in "
    "Quito last month.",
    ("meeting", "held", ("ECU", "PER"), None, "2025-01"),
)
# near misses: the format named without a place, or a body of one state with its place, tells
# no sitting
_row(
    "pair-format-with-place",
    D,
    "The United States–Chile Energy Dialogue has widened cooperation on lithium since it began.",
)
_row(
    "pair-format-with-place",
    D,
    "Exporters filed complaints with the Chilean Trade Commission in Santiago on Monday.",
)


# --- a sitting with a long name, its holding to come told after it ------------------------------
# "the fourth meeting of the A-B intergovernmental commission on trade, fisheries and mining
# would be held in P", "the first meeting of the A-B Council, set up under a declaration, will be
# held in P": the tense of the sitting comes after the body's whole name, so it is planned
# whatever was agreed or welcomed before it.
_row(
    "long-name-to-come",
    D,
    "The ministers agreed that the fourth meeting of the Chile-Peru intergovernmental commission "
    "on trade, fisheries and mining cooperation would be held in Lima.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "long-name-to-come",
    D,
    "The first meeting of the Chile-Norway High-Level Council, set up under a partnership "
    "declaration, will be held in Oslo.",
    ("meeting", "planned", ("CHL", "NOR"), None, None),
)
# near misses: a long-named sitting told held, or ended, stays held
_row(
    "long-name-to-come",
    D,
    "The second meeting of the Chile-Peru commission on trade, held in Lima in January, reviewed "
    "quotas.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-01"),
)
_row(
    "long-name-to-come",
    D,
    "The third meeting of the Chile-Peru intergovernmental commission on trade and fisheries "
    "ended in Lima on Monday with a protocol.",
    ("meeting", "held", ("CHL", "PER"), None, None),
)
_row(
    "long-name-to-come",
    D,
    "On Monday the Chilean president received the Peruvian envoy to prepare the regional summit "
    "to be held in Cusco.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("CHL", "PER"), None, None),
)


# --- a document's date told before the meeting word ----------------------------------------------
# "the accord signed by the two states in 2019, and looked ahead to the next session of ...",
# "the visa deal, signed last year, had taken effect, and invited X to visit P": the time
# belongs to the signing, whose clause closes right after it, so the meeting keeps no date
# (and a visit only invited to stays planned).
_row(
    "document-date-before",
    D,
    "The ministers noted the fisheries accord signed by the two states in 2019, and looked "
    "ahead to the next session of the Chile-Peru Joint Commission in Lima.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "document-date-before",
    D,
    "The envoy said the visa deal, signed last year, had taken effect, and invited the Chilean "
    "minister to visit Oslo.",
    ("visit", "planned", ("CHL", "NOR"), None, None),
)
# near miss: the sides' own signing on a day, then their talks, keeps the day
_row(
    "document-date-before",
    D,
    "Chile and Peru signed on Monday, and then held talks in Lima.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written37(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
