"""Meeting forms of the merge classes read off the written articles W1-W540 and the released keys.

The meeting records errors of the five hundred and forty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set, sorted
into classes of how news tells one event in several mentions, or several events in mentions that
look alike (issue 9, session 29). A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit beside
the class's rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- the next sitting of a format, told after a plan of another kind ----------------------------
# "X accepted an invitation to visit B next year. The sides agreed that the next session of the
# joint commission would take place in B": news tells the next sitting of a body or a round of
# consultations as an event of its own, even when a visit or a gathering of the same sides is
# planned before it; only a plan of the same kind ("agreed to meet again in May. Their next
# meeting ...") is the sitting it names.
_row(
    "next-of-series",
    D,
    "Prime Minister Petr Fiala of the Czech Republic arrived in Astana on Monday on an official "
    "visit and held talks with President Tokayev. Mr Tokayev accepted an invitation to visit "
    "Prague next year. The two sides also agreed that the next session of the joint commission "
    "would take place in the Czech Republic in the spring of next year.",
    ("visit", "held", ("CZE", "KAZ"), None, "2025-02-10"),
    ("visit", "planned", ("CZE", "KAZ"), None, "2026"),
    ("meeting", "planned", ("CZE", "KAZ"), None, "2026"),
)
_row(
    "next-of-series",
    D,
    "Foreign Minister Bayramov spoke by phone with his Brazilian counterpart Mauro Vieira on "
    "Monday. The ministers discussed preparations for the UN climate conference to be held in "
    "Brazil in November. They agreed to hold the next round of political consultations between "
    "their ministries in Brazil later this year.",
    ("call", "held", ("AZE", "BRA"), None, "2025-02-10"),
    ("conference", "planned", ("AZE", "BRA"), None, "2025-11"),
    ("meeting", "planned", ("AZE", "BRA"), None, None),
)
_row(
    "next-of-series",
    D,
    "Kenyan President William Ruto will pay a state visit to Ethiopia in April, his office said "
    "on Monday. The next sitting of the joint ministerial commission is expected in Addis Ababa "
    "in the autumn.",
    ("visit", "planned", ("ETH", "KEN"), None, "2025-04"),
    ("meeting", "planned", ("ETH", "KEN"), None, None),
)
_row(
    "next-of-series",
    D,
    "Chilean Foreign Minister Alberto van Klaveren is to travel to Peru in March, the ministry "
    "said on Monday. The next round of bilateral consultations between the foreign ministries "
    "will be held in Lima during the trip.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-03"),
    ("meeting", "planned", ("CHL", "PER"), None, None),
)
# near misses: a plan of the same kind is the next meeting it names; "the upcoming visit" names
# the visit told; the next round told in the sentence of the talks held stays beside them
_row(
    "next-of-series",
    D,
    "Kazakhstan and Hungary agreed on Monday to meet again in Budapest in May. Their next "
    "meeting will focus on energy and water.",
    ("meeting", "planned", ("HUN", "KAZ"), None, "2025-05"),
)
_row(
    "next-of-series",
    D,
    "President Tokayev will pay a state visit to Hungary in May, officials said on Monday. The "
    "upcoming visit will focus on energy and water.",
    ("visit", "planned", ("HUN", "KAZ"), None, "2025-05"),
)
_row(
    "next-of-series",
    D,
    "The foreign ministers of Georgia and Armenia met in Tbilisi on Monday and agreed to hold "
    "the next round of talks in Yerevan in March.",
    ("meeting", "held", ("ARM", "GEO"), None, "2025-02-10"),
    ("meeting", "planned", ("ARM", "GEO"), None, "2025-03"),
)


# --- a trip to several states told leg by leg ---------------------------------------------------
# "X held talks in Nairobi, the first stop of his visit to Africa. X will continue his trip to
# Tanzania", "is to travel to Qatar and Oman ... will then fly on to Muscat for talks": news
# tells one trip to several states by its stops; the stops still to come of a trip under way,
# and the talks at a stop of a tour told by its hosts, are that one visit.
_row(
    "trip-leg",
    D,
    "Chinese Foreign Minister Wang Yi held talks with Kenyan President William Ruto in Nairobi "
    "on Monday, the first stop of his visit to Africa. Mr Wang will continue his trip to "
    "Tanzania and Zambia later this week.",
    ("visit", "held", ("CHN", "KEN", "TZA", "ZMB"), None, "2025-02-10"),
)
_row(
    "trip-leg",
    D,
    "Indian External Affairs Minister S. Jaishankar arrived in Hanoi on Monday on the first leg "
    "of a tour that will also take him to Cambodia and Laos.",
    ("visit", "held", ("IND", "KHM", "LAO", "VNM"), None, "2025-02-10"),
)
_row(
    "trip-leg",
    D,
    "President Lula arrived in Luanda on Monday on a state visit to Angola. He will continue his "
    "African tour to Mozambique on Thursday.",
    ("visit", "held", ("AGO", "BRA", "MOZ"), None, "2025-02-10"),
)
_row(
    "trip-leg",
    D,
    "British Foreign Secretary David Lammy is to travel to Qatar and Oman next week for talks on "
    "regional security. Mr Lammy will then fly on to Muscat for talks with the Sultan of Oman.",
    ("visit", "planned", ("GBR", "OMN", "QAT"), None, "2025-02"),
)
_row(
    "trip-leg",
    D,
    "Turkish Foreign Minister Hakan Fidan will travel to Kuwait and Bahrain on Sunday, the "
    "ministry said. Mr Fidan will then go on to Manama, where he is to hold talks with the King "
    "of Bahrain.",
    ("visit", "planned", ("BHR", "KWT", "TUR"), None, "2025-02-16"),
)
# near misses: a visit recalled from months before is no trip under way; talks in a state the
# tour does not take in are talks of their own; another traveller's tour is another visit
_row(
    "trip-leg",
    D,
    "Chinese Foreign Minister Wang Yi visited Kenya in December. Mr Wang will visit Tanzania "
    "next week.",
    ("visit", "held", ("CHN", "KEN"), None, "2024-12"),
    ("visit", "planned", ("CHN", "TZA"), None, "2025-02"),
)
_row(
    "trip-leg",
    D,
    "British Foreign Secretary David Lammy is to travel to Qatar and Oman next week for talks on "
    "regional security. He held talks with the Omani foreign minister in London in January.",
    ("visit", "planned", ("GBR", "OMN", "QAT"), None, "2025-02"),
    ("meeting", "held", ("GBR", "OMN"), None, "2025-01"),
)
_row(
    "trip-leg",
    D,
    "President Lula arrived in Luanda on Monday on a state visit to Angola. President Macron "
    "will continue his tour to Mozambique on Thursday.",
    ("visit", "held", ("AGO", "BRA"), None, "2025-02-10"),
    ("visit", "planned", ("FRA", "MOZ"), None, "2025-02-13"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge29(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """Each row's paragraph gives the meetings the row expects."""
    assert_told(cls, day, text, expected)
