"""Events that are no meetings, or told twice, in the read sets (session 101).

Key meetings pooled from the written articles W1-W1560, corpus blind 11 to 18 and 20 to 26,
the owners' dev and crawled keys and our read pages: false records of the meeting step. A
told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the class's rows.

- club-sport-report: a sports report that names a knockout's stage without its hyphen
  ("the semifinals", "a quarterfinal"), a club league ("the Premier League", "the Champions
  League", "Super League"), a nations' championship ("the European Championship"), a
  hat-trick or pre-season training is a match report like one naming a cup or a qualifier: its
  teams' fixtures and a club's contract talks with a player are no meetings, and "the Premier
  League" names no head of government. Not a story of officials that names one such word or
  two ("the ministers discussed the Champions League final" stays a meeting).
- leaders-visit-talks: a leader's visit and the talks the visiting head of state or government
  (or a deputy) holds with the host's leader on a later day of it, within three days of its
  first day, are one event, the visit dated by its first day, where the talks are the news
  and the arrival their background: told in one sentence ("X, who arrived in P on a state
  visit yesterday, held talks with President Y today") or after the talks ("X and Y held talks
  on Tuesday. X arrived on Monday for a state visit"); every official named in the two mentions
  holds a leader's title. Not a foreign minister received by the host's president (a meeting
  of its own), not a numbered session of the two states' council held on the visit, not talks
  on the day of the arrival, not talks told as a later step after the arrival ("On Tuesday, X
  held talks with Y"), not a visit told with its days ("from March 10 to 12") in a sentence of
  its own (the released-j table keeps it beside the talks), all left to the other tests.
- before-leaving: a departure told as the time limit of another act ("will call on the
  President on Wednesday before leaving for P", "was also due to meet X before leaving for P
  on Wednesday") ends the visit under way and is no trip of its own; the act it limits is read
  as before. Not a departure told for its own sake ("will leave for P on Thursday for talks",
  "left for P on Monday for talks with X"): a trip.
- one-visit-two-days: one traveller's visit to one host told twice, each time by another day
  of it ("signed on Tuesday during a visit by X" ... "X, who arrived on Monday"; "signed
  yesterday at the end of a three-day visit by X"), both held and between the same two
  states, at most three days apart, is one visit dated by its first day. Not two travellers'
  visits to one host, not days a week apart.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-05-14"  # a Tuesday

# --- a club sport report: its fixtures and its transfer talks --------------------------------
_row(
    "club-sport-report",
    D,
    "Valencia reached the semifinals on Sunday after their captain scored late. The coach "
    "said the players were tired. Portugal and Italy meet in the other semifinal in Lisbon "
    "next week.",
)
_row(
    "club-sport-report",
    D,
    "Sporting Lisbon have opened fresh contract talks with their Denmark striker as two "
    "Premier League clubs circle. He scored 21 goals in Portugal this season.",
)
_row(
    "club-sport-report",
    D,
    "The Samoan winger scored four tries and a hat-trick of drop goals as his side won the "
    "final. Samoa and Tonga meet again in Apia next month.",
)
_row(
    "club-sport-report",
    D,
    "The Dutch goalkeeper saved two penalties before the European Championship. The "
    "Netherlands and Belgium meet in Brussels on Friday in the quarterfinals.",
)
# near misses: officials at a final, one cue word in a story of talks, a premier's talks
_row(
    "club-sport-report",
    D,
    "Spanish Foreign Minister Ana Ruiz met her Portuguese counterpart in Lisbon on Monday, "
    "before the Champions League final, and they discussed the semifinals' security.",
    ("meeting", "held", ("ESP", "PRT"), None, "2024-05-13"),
)
_row(
    "club-sport-report",
    D,
    "Premier Li Wen held talks with the Greek Prime Minister in Athens on Monday, and the two "
    "leaders watched the Super League game after the talks.",
    ("meeting", "held", ("CHN", "GRC"), None, "2024-05-13"),
)

# --- a leader's visit and the leaders' talks on a later day of it -----------------------------
_row(
    "leaders-visit-talks",
    D,
    "Ghanaian President Kofi Mensah and Peruvian President Rosa Villar held talks at the "
    "Government Palace in Lima on Tuesday and signed an accord on mining. Mensah arrived in "
    "Lima on Monday for a three-day state visit.",
    ("visit", "held", ("GHA", "PER"), None, "2024-05-13"),
)
_row(
    "leaders-visit-talks",
    D,
    "Prime Minister Jan Novak of Slovakia, who arrived in Hanoi on a state visit yesterday, "
    "held talks with Vietnamese Prime Minister Tran Van Long today.",
    ("visit", "held", ("SVK", "VNM"), None, "2024-05-13"),
)
# near misses: a foreign minister received by the host's president, a numbered council
# session, talks on the day of the arrival, talks told as a later step after the arrival
_row(
    "leaders-visit-talks",
    D,
    "Ghanaian President Kofi Mensah arrived in Lima on Monday for a three-day state visit. On "
    "Tuesday, Mensah held talks with Peruvian President Rosa Villar.",
    ("visit", "held", ("GHA", "PER"), None, "2024-05-13"),
    ("meeting", "held", ("GHA", "PER"), None, "2024-05-14"),
)
_row(
    "leaders-visit-talks",
    D,
    "Argentine Foreign Minister Pablo Ortiz arrived in Lima on Monday for a three-day visit. "
    "Ortiz was received by Peruvian President Rosa Villar on Tuesday.",
    ("visit", "held", ("ARG", "PER"), None, "2024-05-13"),
    ("meeting", "held", ("ARG", "PER"), None, "2024-05-14"),
)
_row(
    "leaders-visit-talks",
    D,
    "Ghanaian President Kofi Mensah arrived in Lima on Monday for a three-day state visit. On "
    "Tuesday, Mensah and Peruvian President Rosa Villar co-chaired the second meeting of the "
    "Ghana-Peru Strategic Council.",
    ("visit", "held", ("GHA", "PER"), None, "2024-05-13"),
    ("meeting", "held", ("GHA", "PER"), None, "2024-05-14"),
)
_row(
    "leaders-visit-talks",
    D,
    "Ghanaian President Kofi Mensah arrived in Lima on Monday for a state visit. Mensah held "
    "talks with Peruvian President Rosa Villar on Monday evening.",
    ("visit", "held", ("GHA", "PER"), None, "2024-05-13"),
    ("meeting", "held", ("GHA", "PER"), None, "2024-05-13"),
)

# --- "before leaving for P": the end of the visit under way -----------------------------------
_row(
    "before-leaving",
    D,
    "Chilean Trade Minister Ana Rojas arrived in Hanoi on Sunday for a four-day visit. Rojas "
    "will call on President Tran Van Long on Wednesday before leaving for Ho Chi Minh City, "
    "officials said.",
    ("visit", "held", ("CHL", "VNM"), None, "2024-05-12"),
)
_row(
    "before-leaving",
    D,
    "Kenyan Finance Minister Peter Odhiambo held talks in Cairo on Monday with Egyptian "
    "Finance Minister Samir Adel. Odhiambo was also due to meet Egyptian Prime Minister Hani "
    "Fouad before leaving for Amman on Wednesday, the embassy said.",
    ("meeting", "held", ("EGY", "KEN"), None, "2024-05-13"),
    ("meeting", "planned", ("EGY", "KEN"), None, None),
)
# near misses: a departure told for its own sake is a trip
_row(
    "before-leaving",
    D,
    "Chilean Trade Minister Ana Rojas, who is on a visit to Vietnam, will leave for Thailand on "
    "Thursday for talks with Thai ministers.",
    ("visit", "held", ("CHL", "VNM"), None, None),
    ("visit", "planned", ("CHL", "THA"), None, "2024-05-16"),
)
_row(
    "before-leaving",
    D,
    "Peruvian Foreign Minister Luis Vega left for Brasilia on Monday for talks with his "
    "Brazilian counterpart.",
    ("visit", "held", ("BRA", "PER"), None, "2024-05-13"),
)

# --- one visit told by two of its days ---------------------------------------------------------
_row(
    "one-visit-two-days",
    D,
    "LIMA, May 14 - The accord was signed here yesterday by Peruvian Trade Minister Luis Vega "
    "and visiting Chilean Trade Minister Ana Rojas at the end of a three-day visit by the "
    "Chilean minister, officials said.",
    ("visit", "held", ("CHL", "PER"), None, "2024-05-11"),
)
_row(
    "one-visit-two-days",
    D,
    "Chile and Peru on Tuesday signed two accords on fisheries during a visit by Chilean "
    "Foreign Minister Pablo Soto. Mr Soto, who arrived in Lima on Monday, also met students.",
    ("visit", "held", ("CHL", "PER"), None, "2024-05-13"),
)
# near misses: two travellers' visits to one host, days a week apart
_row(
    "one-visit-two-days",
    D,
    "Chilean Foreign Minister Pablo Soto arrived in Lima on Monday for a visit. Chilean Trade "
    "Minister Rosa Diaz, on a visit to Peru, opened a trade fair in Lima on Tuesday.",
    ("visit", "held", ("CHL", "PER"), None, "2024-05-13"),
    ("visit", "held", ("CHL", "PER"), None, "2024-05-14"),
)
_row(
    "one-visit-two-days",
    D,
    "President Joseph Mwale of Zambia's visit began on May 7 in Houston, where he met business "
    "leaders. President Ana Ruiz welcomed President Mwale to the White House today for a State "
    "Visit.",
    ("visit", "held", ("USA", "ZMB"), None, "2024-05-07"),
    ("visit", "held", ("USA", "ZMB"), None, "2024-05-14"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written101(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
