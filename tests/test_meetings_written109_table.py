"""A coming sitting of the story's series, a reception to come: planned meetings (session 109).

Key meetings pooled from the written articles W1-W1620, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages, listed by ``scripts/naive_meetings.py``
(key meetings a naive rule, a meeting word and a state in one sentence, finds and the library
misses): a story of talks, consultations or a joint commission that closes on the series'
next sitting ("The next round of consultations will be held in P in 2017") told no planned
record, as the sentence names no side of its own (or only the venue's state): the rules read
it as the round just told, the fallback wants two states; and a visitor's reception by the
host's leader set for a later day of the visit under way was folded into the visit. A told
table (``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- next-sitting: the next (or regular) round, session or meeting of a series of talks or of a
  joint body, or a joint body's sitting ("the intergovernmental council"), set to come ("will
  be held", "is scheduled for", "to be held", "agreed to hold") is a planned meeting of the
  sides of the event told before it (of the states it names, when it names two); not a
  sitting only proposed or hoped for, nor a domestic body's next sitting ("the next
  meeting of the central bank board", "its next meeting"), nor one a rule already told.
- reception-to-come: the host's reception that a visitor under way is to be given on a later
  day ("X, who arrived on Monday, is due to be received by the president on Wednesday") is a
  planned meeting of its own, not the visit; not a step of the visit's programme ("is due to
  call on the prime minister tomorrow"), nor a reception set for no day ("during his stay").
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2021-03-16"  # a Tuesday

# --- the next sitting of the series told before ---------------------------------------------
_row(
    "next-sitting",
    D,
    "The parliament of Peru on Monday ratified the border agreement with Chile, signed by the "
    "two foreign ministers in January. The next round of talks of the boundary working groups "
    "is scheduled for June in Tacna.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-06"),
)
_row(
    "next-sitting",
    D,
    "Peru's President Ana Ruiz said on Monday that the border river negotiations with Chile, "
    "the next round of which is scheduled for May in Santiago, were going well.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-05"),
)
_row(
    "next-sitting",
    D,
    "Ghana and Norway agreed on Monday to widen fishery access at the third session of their "
    "joint trade committee in Accra. The next session of the JTC will be held in Oslo.",
    ("meeting", "held", ("GHA", "NOR"), None, None),
    ("meeting", "planned", ("GHA", "NOR"), None, None),
)
_row(
    "next-sitting",
    D,
    "Foreign Minister Ana Ruiz of Peru received the Ambassador of Chile, Luis Soto, on "
    "Monday. They discussed the preparation of the regular meeting of the intergovernmental "
    "commission on trade, which is planned to be held in Santiago in May.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "planned", ("CHL", "PER"), None, "2021-05"),
)
_row(
    "next-sitting",
    D,
    "Meeting President Ana Ruiz of Peru on Monday, the Chilean minister said Chile looked "
    "forward to the next High-Level Cooperation Council session, due in Santiago early next "
    "year.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "planned", ("CHL", "PER"), None, "2022"),
)
# near misses: a sitting only proposed or prepared for, a domestic body's, one already told
_row(
    "next-sitting",
    D,
    "On March 15, Peru's Deputy Foreign Minister Ana Ruiz held political consultations with "
    "the Deputy Foreign Minister of Chile, Luis Soto, in Lima. Ruiz proposed to hold the next "
    "round of consultations in Santiago in 2022.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "next-sitting",
    D,
    "On March 15, Peru's Deputy Foreign Minister Ana Ruiz held political consultations with "
    "the Deputy Foreign Minister of Chile, Luis Soto, in Lima. They hoped to hold the next "
    "round of consultations in Santiago.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "next-sitting",
    D,
    "On March 15, Peru's President Ana Ruiz held talks with Chile's President Luis Soto in "
    "Lima. The central bank's next session is scheduled for April 9.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "next-sitting",
    D,
    "On March 15, Peru's President Ana Ruiz held talks with Chile's President Luis Soto in "
    "Lima. The next Cabinet meeting is scheduled for April 9.",
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "next-sitting",
    D,
    "The fourth meeting of the Peru-Chile intergovernmental commission will be held in "
    "Santiago in May, the ministry said.",
    ("meeting", "planned", ("CHL", "PER"), None, "2021-05"),
)

# --- the host's reception on a later day of the visit under way ------------------------------
_row(
    "reception-to-come",
    D,
    "Chilean Foreign Minister Luis Soto, who arrived in Lima on Monday for a three-day "
    "official visit, held talks with his Peruvian counterpart Ana Ruiz on Tuesday. Soto is due "
    "to be received by the Peruvian president on Wednesday.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "held", ("CHL", "PER"), None, "2021-03-16"),
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03-17"),
)
_row(
    "reception-to-come",
    D,
    "Chilean Foreign Minister Luis Soto arrived in Lima on Monday for a three-day official "
    "visit. He is expected to be received by the Peruvian president tomorrow.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
    ("meeting", "planned", ("CHL", "PER"), None, "2021-03-17"),
)
# near misses: a call on an official, a reception set for no day: steps of the visit
_row(
    "reception-to-come",
    D,
    "Chilean Foreign Minister Luis Soto arrived in Lima on Monday for a three-day official "
    "visit. He is due to call on the Peruvian prime minister tomorrow.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
)
_row(
    "reception-to-come",
    D,
    "Chilean Foreign Minister Luis Soto arrived in Lima on Monday for a three-day official "
    "visit. He is to be received by the Peruvian president during his stay.",
    ("visit", "held", ("CHL", "PER"), None, "2021-03-15"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written109(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
