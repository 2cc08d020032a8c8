"""Two events of one story folded into one record, read off the written articles.

The key meetings missing where an article tells two events of the same sides and the library
made one record of them, pooled from the written articles W1-W1380, corpus blind 11 to 23,
the owners' dev and crawled keys and our read pages (issue 9, session 78). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table,
and the rows that must stay as they are sit beside the class's rows.

- and-for: two objects of one sentence, the second told with a preposition or verb of its own
  ("preparations for the visit ... and for the next meeting of the commission", "to convene
  the dialogue ... and to hold the first meeting of the working group"), are two events, not
  one.
- own-time: held talks told at a time of their own beside the day's event ("had earlier held
  talks with Z", "was received by the Speaker later in the day", "spoke with Z earlier this
  week") are talks of their own, not the event told before; "then ..., and later in the day"
  in one sentence of steps, and a clause on the talks told ("which ended later in the day"),
  stay as they were.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- two objects of one sentence, the second with its own "for" or "to" ----------------------
_row(
    "and-for",
    D,
    "Peruvian Foreign Minister Ana Vargas held a telephone conversation with her Chilean "
    "counterpart Jorge Soto on Tuesday. The ministers discussed preparations for the visit of "
    "the Chilean President to Lima in June and for the next meeting of the Chile-Peru joint "
    "commission on border trade.",
    ("call", "held", ("CHL", "PER"), None, "2023-04-11"),
    ("visit", "planned", ("CHL", "PER"), None, "2023-06"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
_row(
    "and-for",
    D,
    "Ecuador and Colombia intend to convene the next round of their border dialogue in Quito "
    "before the end of the year, and to hold the first meeting of the joint working group on "
    "river fisheries in the autumn.",
    ("meeting", "planned", ("COL", "ECU"), None, None),
    ("meeting", "planned", ("COL", "ECU"), None, None),
)
# near misses: one object, or a second object that is no event of its own, stays one record
_row(
    "and-for",
    D,
    "Peruvian Foreign Minister Ana Vargas held a telephone conversation with her Chilean "
    "counterpart Jorge Soto on Tuesday. The ministers discussed preparations for the visit of "
    "the Chilean President to Lima in June and the agenda of the talks he will hold there.",
    ("call", "held", ("CHL", "PER"), None, "2023-04-11"),
    ("visit", "planned", ("CHL", "PER"), None, "2023-06"),
)
_row(
    "and-for",
    D,
    "Ecuador and Colombia intend to convene the next round of their border dialogue in Quito "
    "before the end of the year to review the river fisheries accord.",
    ("meeting", "planned", ("COL", "ECU"), None, None),
)

# --- held talks told at a time of their own ---------------------------------------------------
_row(
    "own-time",
    D,
    "Kazakh Trade Minister Arman Seitkali, who is on an official visit to Oman, met today with "
    "Omani Commerce Minister Said Al-Harthy in Muscat. The Kazakh minister had earlier held "
    "talks with Oman's Minister of Economy on logistics.",
    ("visit", "held", ("KAZ", "OMN"), None, "2023-04-12"),
    ("meeting", "held", ("KAZ", "OMN"), None, None),
)
_row(
    "own-time",
    D,
    "Consultations between the foreign ministries of Latvia and Moldova were held in Chisinau "
    "on Tuesday. The Latvian state secretary was received by the Moldovan Prime Minister later "
    "in the day.",
    ("meeting", "held", ("LVA", "MDA"), None, "2023-04-11"),
    ("meeting", "held", ("LVA", "MDA"), None, None),
)
_row(
    "own-time",
    D,
    "National Security Advisor Ruth Carver held a call today with Jordanian Foreign Minister "
    "Omar Haddad. Ms. Carver noted that Secretary of Defense Paul Moreno spoke with Jordan's "
    "army chief, General Sami Nasser, earlier this week.",
    ("call", "held", ("JOR", "USA"), None, "2023-04-12"),
    ("call", "held", ("JOR", "USA"), None, "2023-04"),
)
# near misses: the same talks told without a time of their own, a clause on the talks told,
# and one sentence of steps
_row(
    "own-time",
    D,
    "Kazakh Trade Minister Arman Seitkali, who is on an official visit to Oman, met today with "
    "Omani Commerce Minister Said Al-Harthy in Muscat. The Kazakh minister held talks with "
    "Oman's Minister of Economy on logistics.",
    ("visit", "held", ("KAZ", "OMN"), None, "2023-04-12"),
)
_row(
    "own-time",
    D,
    "Consultations between the foreign ministries of Latvia and Moldova were held in Chisinau "
    "on Tuesday. The consultations, which ended later in the day, covered energy links.",
    ("meeting", "held", ("LVA", "MDA"), None, "2023-04-11"),
)
_row(
    "own-time",
    D,
    "Kenyan President Ruto received Tanzanian Foreign Minister Juma Mfinanga on Tuesday, then "
    "met Ugandan Foreign Minister Sam Okello, and later in the day spoke with Rwandan Foreign "
    "Minister Paul Gatete.",
    ("meeting", "held", ("KEN", "TZA"), None, "2023-04-11"),
    ("meeting", "held", ("KEN", "UGA"), None, "2023-04-11"),
    ("call", "held", ("KEN", "RWA"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written78(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each paragraph's meetings, as the table says."""
    assert_told(cls, day, text, expected)
