"""Meeting forms of the classes read off the written articles W1-W1080 and the released keys.

The meeting records errors of the thousand and eighty articles written blind in the manner of
the corpus (W1021-W1080 read first), pooled with those of corpus blind 11 to 18, the owners' dev
and crawled keys and our read pages, sorted into classes of how news writes a meeting (issue
9, session 38). A told table (``meeting_rows`` says what a row is and when it passes); every
row is written for this table, and the rows that must stay as they are sit beside the classes'
rows.

- policy-week: a week of policy meetings named for its field or its leaders ("the P Energy
  Week", "P Sustainability Week", "the X Leaders' Week") is a gathering, held or planned by its
  time, its host state a side; a festival week ("P Fashion Week") is none.
- dialogue-sitting-named: a sitting of a two-state Dialogue named by its ordinal, "next" or
  "inaugural" (its name long or in lower case: "the inaugural A-B Energy Security Dialogue",
  "the next round of the A-B bilateral dialogue"), or, the format told before, bare with its
  place ("at the next Dialogue in P"), is a meeting of the two states.
- body-resumes: a joint body told idle in an aside between commas ("which has not met since
  ...", "which last met in 2010", "dormant for two years") and then said to resume work or
  reconvene is a sitting to come (planned); the last sitting the aside dates stays held.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday

# --- a week of policy meetings named as a gathering ---------------------------------------------
# "on the margins of the P Energy Week", "to attend the opening of P Sustainability Week", "ahead
# of the X Leaders' Week, which A will host": the week is a gathering of officials (a
# conference), its host state a side, held or planned by its time.
_row(
    "policy-week",
    D,
    "The two ministers talked on Monday on the margins of the Lima Energy Week, where Chile "
    "showed its plans for green hydrogen.",
    ("conference", "held", ("PER",), None, "2025-02-10"),
)
_row(
    "policy-week",
    D,
    "The Chilean president is due to attend the opening of Quito Sustainability Week on Friday.",
    ("conference", "planned", ("ECU",), None, "2025-02-14"),
)
_row(
    "policy-week",
    D,
    "Peru will host the Pacific Leaders' Week in Lima in November, the foreign ministry of Peru "
    "said.",
    ("conference", "planned", ("PER",), None, "2025-11"),
)
_row(
    "policy-week",
    D,
    "The Norwegian minister invited his Chilean colleague to the Oslo Climate Week in June, and "
    "the invitation was accepted.",
    ("conference", "planned", ("CHL", "NOR"), None, "2025-06"),
)
# near misses: a festival or a trade week is no gathering of states, and a week as a time stays
# a time
_row(
    "policy-week",
    D,
    "Lima Fashion Week opened on Monday with designers from Chile and Peru.",
)
_row(
    "policy-week",
    D,
    "Santiago Cuisine Week will be celebrated at the embassy of Chile in Oslo next month.",
)
_row(
    "policy-week",
    D,
    "Chile and Peru held talks in Lima last week on fishing quotas.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02"),
)


# --- a Dialogue's sitting named by its ordinal, "next" or "inaugural" ---------------------------
# "held the inaugural A-B Energy Security Dialogue in P", "to hold the next round of the A-B
# bilateral dialogue in W", "to sign it at the next Dialogue in W in 2026": a sitting of the
# format, its name giving the sides (or the format told before), held or planned by its time.
_row(
    "dialogue-sitting-named",
    D,
    "Chile and Peru held the inaugural Chile-Peru Energy Security Dialogue in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "dialogue-sitting-named",
    D,
    "The ministers agreed to hold the next round of the Chile-Norway bilateral dialogue in Oslo "
    "in the spring.",
    ("meeting", "planned", ("CHL", "NOR"), None, "2025"),
)
_row(
    "dialogue-sitting-named",
    D,
    "The Chile-Peru High-Level Dialogue met in Lima on Monday. The delegations hope to sign the "
    "water pact at the next Dialogue in Santiago in 2026.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2026"),
)
# near misses: a Dialogue named with no sitting, or a next one with no place, tells none
_row(
    "dialogue-sitting-named",
    D,
    "The ministers praised the Chile-Peru bilateral dialogue on water, which has run since 2019.",
)
_row(
    "dialogue-sitting-named",
    D,
    "The next Dialogue will take up fishing quotas, the envoy of Chile said.",
)


# --- a body idle for a while, told to resume -----------------------------------------------------
# "the joint boundary commission, which has not met since the riots, would resume work in P",
# "the joint border committee, dormant for two years, would reconvene in P", "a joint commission,
# which last met in 1980, is to resume its work in P": the aside tells the idle spell, the verb
# after it a sitting to come.
_row(
    "body-resumes",
    D,
    "Chile and Peru agreed that the joint border committee, dormant for two years, would "
    "reconvene in Arica within weeks.",
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "body-resumes",
    D,
    "The Norwegian and Chilean ministers agreed that the joint fisheries commission, which has "
    "not met since the floods, would resume work in Oslo in May.",
    ("meeting", "planned", ("CHL", "NOR"), None, None),
)
_row(
    "body-resumes",
    D,
    "Chile and Peru held talks in Lima on Monday. A joint Chilean-Peruvian commission on "
    "fisheries, which last met in 2010, is to resume its work in Lima early next year.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2010"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
# near misses: an aside on how the body was made, or a sitting denied, changes no status
_row(
    "body-resumes",
    D,
    "Chile and Peru said the joint commission, which was set up in 2019, met in Arica on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "body-resumes",
    D,
    "Chile and Peru said the joint commission, which last met in 2019, would not meet this year.",
    ("meeting", "held", ("CHL", "PER"), None, "2019"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written38(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
