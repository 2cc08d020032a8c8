"""Meeting forms of the merge classes read off the written articles W1-W120 and the released keys.

The meeting records errors of the hundred and twenty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set,
sorted into classes of how news tells two mentions as one event or two (issue 9, session 22).
A told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a mention told with a place or body no told event has -----------------------------------
# "He will present the study at an IMF meeting in Washington in April. At their meeting in
# Ottawa, G7 finance ministers backed the plan": a mention naming no sides of its own refers to
# an event told before only when the text does not tell it apart; a meeting of another body,
# or in a city of its own told right at its meeting word, is an event of its own.
_row(
    "told-apart",
    D,
    "Mr Soto is expected to present the study at an IMF meeting in Washington in April. At "
    "their meeting in Ottawa, G7 finance ministers backed the plan to write off debts.",
    ("conference", "planned", ("USA",), "IMF", "2025-04"),
    ("conference", "held", ("CAN",), "G7", None),
)
_row(
    "told-apart",
    D,
    "ASEAN foreign ministers will meet in Jakarta in May to discuss the dispute. At their "
    "meeting in Brussels, EU foreign ministers backed the sanctions.",
    ("conference", "planned", ("IDN",), "ASEAN", "2025-05"),
    ("conference", "held", ("BEL",), "EU", None),
)
_row(
    "told-apart",
    D,
    "The finance chief said he would report to an OPEC conference in Vienna in June. At their "
    "meeting in Tokyo, G7 finance ministers agreed to study the proposal.",
    ("conference", "planned", ("AUT",), "OPEC", "2025-06"),
    ("conference", "held", ("JPN",), "G7", None),
)
_row(
    "told-apart",
    D,
    "Kenya and Uganda held two days of talks on customs duties in Nairobi last week. The accord "
    "still has to be endorsed by representatives of the EU member states, who are due to meet "
    "in Brussels next month.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
    ("conference", "planned", ("BEL",), "EU", None),
)
# near misses: the same body in the same city, or no place of its own, is the event told
_row(
    "told-apart",
    D,
    "ASEAN foreign ministers will meet in Jakarta in May to discuss the dispute. At their "
    "meeting in Jakarta, ASEAN foreign ministers are expected to adopt a code.",
    ("conference", "planned", ("IDN",), "ASEAN", "2025-05"),
)
_row(
    "told-apart",
    D,
    "The G7 leaders will meet in Rome in June. At their meeting in Rome, G7 leaders are expected "
    "to adopt a statement.",
    ("conference", "planned", ("ITA",), "G7", "2025-06"),
)
_row(
    "told-apart",
    D,
    "Ghana's President received the Togolese foreign minister in Accra on Monday. The talks in "
    "Accra covered trade and the border.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
)

# --- a visit told by its rank beside a gathering -----------------------------------------------
# "Peru will host the APEC summit in Lima in November, and the Japanese Prime Minister plans a
# state visit to Peru in the days around it": a visit the sentence tells as a state, official or
# working visit is a visit of its own beside the gathering (the host state receives the visitor);
# the bare trip to the gathering ("will travel to Lima for the summit", "arrived on a working
# visit to take part in the meeting") is the gathering itself.
_row(
    "ranked-visit",
    D,
    "Peru will host the APEC summit in Lima in November, and the Japanese Prime Minister plans "
    "a state visit to Peru in the days around it, officials in Tokyo said.",
    ("conference", "planned", ("JPN", "PER"), "APEC", "2025-11"),
    ("visit", "planned", ("JPN", "PER"), None, "2025-11"),
)
_row(
    "ranked-visit",
    D,
    "The Indonesian President will attend the G20 summit in Rio de Janeiro next month and will "
    "then pay an official visit to Brazil, his office said.",
    ("conference", "planned", ("BRA", "IDN"), "G20", None),
    ("visit", "planned", ("BRA", "IDN"), None, None),
)
_row(
    "ranked-visit",
    D,
    "The Kenyan President will make a working visit to Ethiopia next week, while Addis Ababa "
    "hosts the African Union summit.",
    ("conference", "planned", ("ETH",), "AU", None),
    ("visit", "planned", ("ETH", "KEN"), None, None),
)
_row(
    "ranked-visit",
    D,
    "Brazil hosts the G20 summit in Rio de Janeiro in November, and the South African President "
    "is due to pay a state visit to Brazil on the eve of the summit.",
    ("conference", "planned", ("BRA", "ZAF"), "G20", "2025-11"),
    ("visit", "planned", ("BRA", "ZAF"), None, "2025-11"),
)
# near misses: the trip told as going to the gathering, by no rank or as a working visit, is it
_row(
    "ranked-visit",
    D,
    "The Chilean President will travel to Lima on Thursday for the APEC summit.",
    ("conference", "planned", ("CHL", "PER"), "APEC", "2025-02-13"),
)
_row(
    "ranked-visit",
    D,
    "The Canadian Prime Minister will visit Japan next week to attend the G7 summit in Hiroshima.",
    ("conference", "planned", ("CAN", "JPN"), "G7", None),
)
_row(
    "ranked-visit",
    D,
    "The Foreign Minister of Armenia arrived in Astana on Tuesday on a working visit to take "
    "part in the meeting of the CSTO Council of Foreign Ministers.",
    ("conference", "held", ("ARM", "KAZ"), "CSTO", "2025-02-11"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge22(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
