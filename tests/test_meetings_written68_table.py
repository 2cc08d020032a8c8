"""Participants of meetings, for the classes read off the written articles and the keys.

The paired meeting records whose participants differ from the key's, pooled from the
written articles W1-W1320, corpus blind 11 to 23, the owners' dev and crawled keys and our
read pages, sorted into classes of why a name is listed or missed (issue 9, session 68). A
told table (``meeting_rows`` says what a row is and when it passes) whose rows also give the
names of the participants of the row's one record of the kind the class tests; every row is
written for this table, and the rows that must stay as they are sit beside the class's rows.

- told-of: officials named only as saying, preparing or looking forward to an event still
  to come ("X told reporters the commission would meet", "X and Y discussed preparations
  for the summit Z will host", "X briefed Y on the conference") do not take part in it; a
  pronoun or their name that makes them its side ("said he would meet", "which she will
  host") keeps them, and the records themselves stay as they are.
- delegation-heads: the heads of the delegations the sentence right after talks names ("The
  A delegation was headed by X, while the B side was led by Y") take part in them, each of
  the state of his delegation, where the record lists no one of that state yet.
- invited-visit: the host who invites a visit to come ("X invited Y to pay a visit to P",
  "Z conveyed an invitation from X to Y to visit P", "Y accepted an invitation from X") is
  no participant of it, nor its messenger; the guest is (not "Y was invited", nor "invited
  him", whose guest was named before).
- recalled: officials named only as recalling, hailing or congratulating on an event that
  took place ("X recalled that the commission met in P", "X congratulated Y on the summit
  Z hosted") do not take part in it; a pronoun or "the two ministers" after the verb keeps
  them.
- the-minister: "the minister" as the subject of a clause that names no one for it ("On the
  same day, the minister held talks with X") is the story's first minister named before
  (not a deputy), who takes part; the record's sides stay as they are.
"""

from __future__ import annotations

import pytest

from meeting_rows import (
    Expected,
    assert_participants,
    assert_told,
    participant_rows,
    told_params,
    told_table,
)

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- officials who only speak of an event to come --------------------------------------------
_row(
    "told-of",
    D,
    "Trade Minister Lena Varga told reporters the joint Hungarian-Chilean economic commission "
    "would meet in Santiago in October.",
    ("meeting", "planned", ("CHL", "HUN"), None, "2023-10"),
)
_row(
    "told-of",
    D,
    "Foreign Minister Omar Haddad said the next session of the Jordanian-Greek "
    "intergovernmental commission would be held in Athens in March.",
    ("meeting", "planned", ("GRC", "JOR"), None, "2024-03"),
)
_row(
    "told-of",
    D,
    "Mr. Kerr and Foreign Minister Ana Ruiz discussed preparations for the Summit of the "
    "Americas that Peru will host in Lima in November.",
    ("conference", "planned", ("PER",), None, "2023-11"),
)
_row(
    "told-of",
    D,
    "Austrian President Tomas Berg welcomed Kenya's decision to host a regional energy "
    "conference in Nairobi next month.",
    ("conference", "planned", ("AUT", "KEN"), None, "2023-07"),
)
_row(
    "told-of",
    D,
    "President Ana Ruiz briefed President Paul Kerr on the donors' conference on Haiti that "
    "Peru will host in Lima on May 4.",
    ("conference", "planned", ("PER",), None, "2024-05-04"),
)
# near misses: a pronoun or the pair makes the speaker a side; a held event; a source after it
_row(
    "told-of",
    D,
    "Foreign Minister Omar Haddad said he would meet Greek Foreign Minister Nikos Pappas in "
    "Athens in March.",
    ("meeting", "planned", ("GRC",), None, "2024-03"),
)
_row(
    "told-of",
    D,
    "Peruvian President Ana Ruiz said the Andean summit, which she will host in Lima in "
    "November, would focus on migration.",
    ("conference", "planned", ("PER",), None, None),
)
_row(
    "told-of",
    D,
    "Peruvian President Ana Ruiz will visit Chile next week, Foreign Minister Luis Soto said.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-06"),
)
_row(
    "told-of",
    D,
    "Peruvian President Ana Ruiz and Chilean President Jorge Mena said they would meet again "
    "in Santiago in June.",
    ("meeting", "planned", ("CHL", "PER"), None, "2023-06"),
)

# --- the heads of the delegations, told in the sentence after the talks -----------------------
_row(
    "delegation-heads",
    D,
    "The third meeting of the Estonian-Peruvian intergovernmental commission on trade was held "
    "in Lima on May 9. The Estonian delegation was headed by Minister of Economy Kadri Tamm, "
    "while the Peruvian side was led by Deputy Minister of Trade Luis Soto.",
    ("meeting", "held", ("EST", "PER"), None, "2023-05-09"),
)
_row(
    "delegation-heads",
    D,
    "Political consultations between the foreign ministries of Chile and Norway took place in "
    "Oslo on June 2. The Chilean delegation was led by Deputy Foreign Minister Pablo Rojas, and "
    "the Norwegian side by State Secretary Ingrid Lunde.",
    ("meeting", "held", ("CHL", "NOR"), None, "2023-06-02"),
)
# near misses: no heads told; a side listed already; the heads of another event told between
_row(
    "delegation-heads",
    D,
    "Political consultations between the foreign ministries of Chile and Norway took place in "
    "Oslo on June 2. The talks covered fisheries and Antarctic research, officials said.",
    ("meeting", "held", ("CHL", "NOR"), None, "2023-06-02"),
)
_row(
    "delegation-heads",
    D,
    "Chilean Foreign Minister Pablo Rojas met Norwegian Foreign Minister Erik Dahl in Oslo on "
    "June 2. The Chilean delegation was headed by Deputy Foreign Minister Ana Soto.",
    ("meeting", "held", ("CHL", "NOR"), None, "2023-06-02"),
)
_row(
    "delegation-heads",
    D,
    "The third meeting of the Estonian-Peruvian commission on trade was held in Lima on May 9. "
    "A separate business forum opened the next day. The Estonian delegation there was headed "
    "by Kadri Tamm.",
    ("meeting", "held", ("EST", "PER"), None, "2023-05-09"),
)

# --- the host who invites a visit to come ------------------------------------------------------
_row(
    "invited-visit",
    D,
    "President Ana Ruiz invited Estonian President Kadri Tamm to pay a state visit to Peru next "
    "year.",
    ("visit", "planned", ("EST", "PER"), None, "2024"),
)
_row(
    "invited-visit",
    D,
    "Foreign Minister Omar Haddad conveyed an invitation from King Faisal Nasser to Chilean "
    "President Jorge Mena to visit Amman.",
    ("visit", "planned", ("CHL", "JOR"), None, None),
)
_row(
    "invited-visit",
    D,
    "Peruvian President Ana Ruiz accepted an invitation from Chilean President Jorge Mena to "
    "visit Santiago in October.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
)
# near misses: the guest invited in the passive; "invited him"; "at the invitation of"
_row(
    "invited-visit",
    D,
    "Chilean President Jorge Mena has been invited to visit Lima in October.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
)
_row(
    "invited-visit",
    D,
    "Peruvian President Ana Ruiz called Chilean President Jorge Mena on Monday and invited him "
    "to visit Lima in October.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
)
_row(
    "invited-visit",
    D,
    "Peruvian President Ana Ruiz will visit Chile in October at the invitation of President "
    "Jorge Mena.",
    ("visit", "planned", ("CHL", "PER"), None, "2023-10"),
)

# --- officials who only recall an event that took place ---------------------------------------
_row(
    "recalled",
    D,
    "Estonian Economy Minister Kadri Tamm recalled that the second session of the "
    "Estonian-Peruvian commission was held in Tallinn in March.",
    ("meeting", "held", ("EST", "PER"), None, "2023-03"),
)
_row(
    "recalled",
    D,
    "Chilean Foreign Minister Pablo Rojas congratulated Peruvian Foreign Minister Luis Soto on "
    "the successful summit of Pacific leaders that Lima hosted last week.",
    ("conference", "held", ("CHL", "PER"), None, None),
)
# near misses: a pronoun or the pair after the verb; the talks themselves
_row(
    "recalled",
    D,
    "Estonian Economy Minister Kadri Tamm recalled that she had met Peruvian Trade Minister "
    "Luis Soto in Lima in March.",
    ("meeting", "held", ("EST", "PER"), None, "2023-03"),
)
_row(
    "recalled",
    D,
    "Estonian Economy Minister Kadri Tamm recalled that the two ministers had met in Lima in "
    "March.",
    ("meeting", "held", ("EST", "PER"), None, "2023-03"),
)
_row(
    "recalled",
    D,
    "Estonian Economy Minister Kadri Tamm met Peruvian Trade Minister Luis Soto in Lima on Monday.",
    ("meeting", "held", ("EST", "PER"), None, "2023-06-12"),
)

# --- "the minister" as the subject: the story's minister ------------------------------------
_row(
    "the-minister",
    D,
    "Estonian Foreign Minister Kadri Tamm arrived in Lima on Monday. On the same day, the "
    "minister held talks with Peruvian Foreign Minister Luis Soto.",
    ("visit", "held", ("EST", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("EST", "PER"), None, "2023-06-12"),
)
_row(
    "the-minister",
    D,
    "Chilean Trade Minister Pablo Rojas is on a visit to Oslo. On Tuesday, the minister was "
    "received by Norwegian Prime Minister Erik Dahl.",
    ("visit", "held", ("CHL", "NOR"), None, None),
    ("meeting", "held", ("CHL", "NOR"), None, "2023-06-13"),
)
# near misses: a deputy minister told before; a minister named in the clause
_row(
    "the-minister",
    D,
    "Estonian Deputy Foreign Minister Kadri Tamm arrived in Lima on Monday. On the same day, "
    "the minister held talks with Peruvian Foreign Minister Luis Soto.",
    ("visit", "held", ("EST", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("EST", "PER"), None, "2023-06-12"),
)
_row(
    "the-minister",
    D,
    "Estonian Foreign Minister Kadri Tamm arrived in Lima on Monday. The Peruvian minister Luis "
    "Soto held talks with her counterpart from Chile on Tuesday.",
    ("visit", "held", ("EST", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-13"),
)

# The names of the row's one record of the kind its class tests, in the rows' order.
_NAMES: dict[str, tuple[str, list[set[str]]]] = {
    "told-of": (
        "",
        [
            set(),
            set(),
            set(),
            set(),
            set(),
            {"Omar Haddad", "Nikos Pappas"},
            {"Ana Ruiz"},
            {"Ana Ruiz"},
            {"Ana Ruiz", "Jorge Mena"},
        ],
    ),
    "delegation-heads": (
        "",
        [
            {"Kadri Tamm", "Luis Soto"},
            {"Pablo Rojas", "Ingrid Lunde"},
            set(),
            {"Pablo Rojas", "Erik Dahl"},
            set(),
        ],
    ),
    "invited-visit": (
        "visit",
        [
            {"Kadri Tamm"},
            {"Jorge Mena"},
            {"Ana Ruiz"},
            {"Jorge Mena"},
            {"Ana Ruiz", "Jorge Mena"},
            {"Ana Ruiz", "Jorge Mena"},
        ],
    ),
    "recalled": (
        "",
        [
            set(),
            set(),
            {"Kadri Tamm", "Luis Soto"},
            {"Kadri Tamm"},
            {"Kadri Tamm", "Luis Soto"},
        ],
    ),
    "the-minister": (
        "meeting",
        [
            {"Kadri Tamm", "Luis Soto"},
            {"Pablo Rojas", "Erik Dahl"},
            {"Luis Soto"},
            {"Luis Soto"},
        ],
    ),
}
NAMES = participant_rows(TABLE, _NAMES)


@pytest.mark.parametrize(
    ("text", "kind", "names"), NAMES, ids=[f"names-{n}" for n in range(len(NAMES))]
)
def test_meeting_participants_written68(text: str, kind: str, names: set[str]) -> None:
    """The row's one record of the kind its class tests lists the participants named."""
    assert_participants(D, text, kind, names)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written68(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
