"""Meetings folded into another record or never made (written keys, session 88).

Key meetings pooled from the written articles W1-W1440, corpus blind 11 to 23, the owners'
dev and crawled keys and our read pages that match a record of ours already paired with
another key meeting (two events folded into one record), or that sit in an article where we
make no meeting at all. A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- met-at-gathering: a pair told as having met at a gathering by a plain preposition ("the
  two presidents last met at the X summit in P", "the two leaders had last met during the
  UN General Assembly", "President A and I met at the Summit") held talks of their own there,
  a record beside the gathering's; not talks the pair only plans there, not "leaders of many
  states met at the summit" (the gathering itself), not "when we met at the summit" with no
  pair told, not talks at a venue told before the gathering ("met at the White House, after
  the summit").
- talks-beside-consultations: a round of political consultations between two foreign
  ministries and the talks or reception of one of its officials by another official of the
  other side, told by a verb of its own in a later sentence ("X, who received her during her
  stay in P", "In P, the deputy minister also met with Y"), are two events of the same sides;
  not the same after plain talks of the two, nor the round's own discussions.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a pair that met at a gathering, told by a plain preposition ------------------------------
_row(
    "met-at-gathering",
    D,
    "Peruvian President Ana Ruiz received Chilean President Jorge Mena in Lima on Tuesday. "
    "The two presidents last met at the APEC summit held in Bangkok in November.",
    ("meeting", "held", ("CHL", "PER"), None, "2023-06-13"),
    ("conference", "held", ("CHL", "PER", "THA"), "APEC", "2022-11"),
    ("meeting", "held", ("CHL", "PER"), None, "2022-11"),
)
_row(
    "met-at-gathering",
    D,
    "Estonian Prime Minister Kadri Tamm spoke by phone with Latvian Prime Minister Janis Ozols "
    "on Monday. The two leaders first met at the NATO summit in Madrid last year.",
    ("call", "held", ("EST", "LVA"), None, "2023-06-12"),
    ("conference", "held", ("ESP", "EST", "LVA"), "NATO", "2022"),
    ("meeting", "held", ("EST", "LVA"), None, "2022"),
)
_row(
    "met-at-gathering",
    D,
    "Jordanian King Faisal Nasser hosted Greek Prime Minister Nikos Pappas in Amman on Monday. "
    "The two leaders had last met during the UN General Assembly in New York in September.",
    ("meeting", "held", ("GRC", "JOR"), None, "2023-06-12"),
    ("conference", "held", ("GRC", "JOR", "USA"), "UN General Assembly", "2022-09"),
    ("meeting", "held", ("GRC", "JOR"), None, "2022-09"),
)
# near misses: a meeting the pair plans there, the gathering's own attendance, no pair told
_row(
    "met-at-gathering",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. "
    "The two presidents agreed to meet at the APEC summit in Bangkok in November.",
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("conference", "planned", ("THA",), "APEC", "2023-11"),
)
_row(
    "met-at-gathering",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. "
    "Leaders of twenty states met at the Andean summit in Quito in May.",
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("conference", "held", ("ECU",), None, "2023-05"),
)
_row(
    "met-at-gathering",
    D,
    "When we met at the Andean summit in Quito in May, we agreed to finish the border treaty, "
    "and we have.",
    ("conference", "held", ("ECU",), None, "2023-05"),
)
_row(
    "met-at-gathering",
    D,
    "Peruvian President Ana Ruiz spoke by phone with Chilean President Jorge Mena on Monday. The "
    "two presidents last met at the White House in Washington last March, after the G20 summit "
    "in Rome last October.",
    ("call", "held", ("CHL", "PER"), None, "2023-06-12"),
    ("conference", "held", ("ITA",), "G20", "2022-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-03"),
)

# --- talks beside a round of political consultations ----------------------------------------
_row(
    "talks-beside-consultations",
    D,
    "The foreign ministries of Estonia and Peru held political consultations in Lima on June 12. "
    "Estonian Deputy Foreign Minister Kadri Tamm thanked Peruvian President Ana Ruiz, who "
    "received her during her stay in Lima.",
    ("meeting", "held", ("EST", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("EST", "PER"), None, None),
)
_row(
    "talks-beside-consultations",
    D,
    "The first round of political consultations between the foreign ministries of Greece and "
    "Peru was held in Athens on June 12. Greek Prime Minister Nikos Pappas received Peruvian "
    "Deputy Foreign Minister Jorge Soto the same day.",
    ("meeting", "held", ("GRC", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("GRC", "PER"), None, None),
)
_row(
    "talks-beside-consultations",
    D,
    "The second round of political consultations between the foreign ministries of Chile and "
    "Jordan took place in Amman on June 12. The Chilean delegation was headed by Deputy Foreign "
    "Minister Jorge Mena. In Amman, the deputy minister also met with Jordan's Minister of Trade "
    "Omar Haddad to discuss trade.",
    ("meeting", "held", ("CHL", "JOR"), None, "2023-06-12"),
    ("meeting", "held", ("CHL", "JOR"), None, None),
)
_row(
    "talks-beside-consultations",
    D,
    "Political consultations between the foreign ministries of Greece and Peru were held in "
    "Athens on June 12. In Athens, the deputy minister also met with Greece's Minister of Tourism "
    "Nikos Pappas.",
    ("meeting", "held", ("GRC", "PER"), None, "2023-06-12"),
    ("meeting", "held", ("GRC", "PER"), None, None),
)
# near misses: a reception after plain talks of the two, the round's own discussions
_row(
    "talks-beside-consultations",
    D,
    "Estonian Deputy Foreign Minister Kadri Tamm held talks with Peruvian Deputy Foreign Minister "
    "Jorge Soto in Lima on June 12. Peruvian President Ana Ruiz received Tamm during her stay in "
    "Lima.",
    ("meeting", "held", ("EST", "PER"), None, "2023-06-12"),
)
_row(
    "talks-beside-consultations",
    D,
    "The first round of political consultations between the foreign ministries of Estonia and "
    "Peru was held in Lima on June 12. During the consultations, the sides also discussed trade "
    "and agreed to meet again in Tallinn in 2024.",
    ("meeting", "held", ("EST", "PER"), None, "2023-06-12"),
    ("meeting", "planned", ("EST", "PER"), None, "2024"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written88(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
