"""Meeting forms of the error classes read on the released blind set d1-d30.

A told table (``meeting_rows`` says what a row is and when it passes).
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-09-12"  # a Thursday: Monday is September 9, Tuesday September 10

# --- talks on the sidelines of a session told before are an event of their own ------------
# "On the sidelines, X met Y" (the gathering left unnamed) after a gathering of many, and a
# reception "on the sidelines of the session" of a two-state body, with the same two states:
# each a meeting beside the gathering or the session.
_row(
    "sidelines-own-event",
    D,
    "The foreign ministers of Brazil, Argentina, Chile and Peru met in Lima on Tuesday for "
    "their annual consultations. On the sidelines, the Brazilian minister held talks with "
    "his Chilean counterpart Ana Ruiz.",
    ("conference", "held", ("ARG", "BRA", "CHL", "PER"), None, "2024-09-10"),
    ("meeting", "held", ("BRA", "CHL"), None, None),
)
_row(
    "sidelines-own-event",
    D,
    "The Kenyan-Ugandan joint permanent commission held its 9th session in Nairobi on "
    "Tuesday, co-chaired by the two foreign ministers. On the sidelines of the session, "
    "the Ugandan minister was received by the President of Kenya.",
    ("meeting", "held", ("KEN", "UGA"), None, "2024-09-10"),
    ("meeting", "held", ("KEN", "UGA"), None, None),
)
_row(
    "sidelines-own-event",
    D,
    "The Mongolian-Japanese intergovernmental commission met for its 12th session in Tokyo on "
    "Monday. On its margins, the Mongolian deputy prime minister called on the Japanese Prime "
    "Minister.",
    ("meeting", "held", ("JPN", "MNG"), None, "2024-09-09"),
    ("meeting", "held", ("JPN", "MNG"), None, None),
)

# --- a trip's span of days after an abbreviated month: "from Sept. 9 to 12" --------------
# The first day dates the event, as with a month written in full ("from September 9 to 12"),
# and the talks on another day of the trip keep their own day.
_row(
    "abbreviated-month-span",
    D,
    "Ghanaian President Kofi Mensah is paying a state visit to Senegal from Sept. 9 to 12.",
    ("visit", "held", ("GHA", "SEN"), None, "2024-09-09"),
)
_row(
    "abbreviated-month-span",
    D,
    "Norwegian Foreign Minister Ola Berg will travel to Canada from Oct. 7 to 9 to open a new "
    "consulate.",
    ("visit", "planned", ("CAN", "NOR"), None, "2024-10-07"),
)

# --- talks a reception recalls, months before the story, are an event of their own ------
# "X received the Ambassador of B ... the sides recalled the talks held in C last March": the
# reception is the news (told with no date of its own), the recalled talks another meeting.
_row(
    "recalled-before-undated-news",
    D,
    "Kenya's Foreign Minister Amina Odera on Tuesday received Carlos Mendoza, who presented a "
    "copy of his credentials as the new Ambassador of Peru. She wished the diplomat success in "
    "his mission. The sides recalled the talks held in Lima last March between the deputy "
    "foreign ministers of the two countries.",
    ("meeting", "held", ("KEN", "PER"), None, None),
    ("meeting", "held", ("KEN", "PER"), None, "2024-03"),
)
_row(
    "recalled-before-undated-news",
    D,
    "Ghana's Foreign Minister on Monday received Tran Thi Lan, who presented copies of her "
    "credentials as the new Ambassador of Vietnam. The minister noted the steady growth of "
    "trade. They recalled the talks held in Hanoi last November on education.",
    ("meeting", "held", ("GHA", "VNM"), None, None),
    ("meeting", "held", ("GHA", "VNM"), None, "2023-11"),
)

# --- a gathering "of the three countries": the states told before ------------------------
# The count after the gathering's name points at the event told before with that many states
# (a tour of two of them from a third), not only at the place the gathering sits in.
_row(
    "sides-by-count",
    D,
    "Chilean Foreign Minister Ana Ruiz returned home on Tuesday after a visit to Peru and "
    "Bolivia. In Lima, she attended the third Trilateral Ministerial Meeting of the three "
    "countries on Monday.",
    ("visit", "held", ("BOL", "CHL", "PER"), None, None),
    ("conference", "held", ("BOL", "CHL", "PER"), None, "2024-09-09"),
)
_row(
    "sides-by-count",
    D,
    "The Kenyan President paid a visit to Uganda and Tanzania this week. In Kampala, he took "
    "part in the second summit of the three countries on Tuesday.",
    ("visit", "held", ("KEN", "TZA", "UGA"), None, None),
    ("conference", "held", ("KEN", "TZA", "UGA"), None, "2024-09-10"),
)

# --- a session's day told in its own sentence, after a name with no date ----------------
# "X said at the 9th meeting of the commission, which he co-chaired in C on Monday": the
# relative clause dates the session; it is no second meeting of the same sides.
_row(
    "own-sentence-day",
    D,
    "Trade between Chile and Peru grew last year, Chilean Deputy Foreign Minister Ana Ruiz said "
    "at the 9th meeting of the Chilean-Peruvian joint commission, which she co-chaired in Lima "
    "on Monday with Peruvian Deputy Minister Luis Vega.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-09"),
)
_row(
    "own-sentence-day",
    D,
    "Ghana doubled its cocoa shipments to Vietnam last year, Ghanaian Trade Minister Kofi "
    "Boateng said at the 4th session of the Ghanaian-Vietnamese intergovernmental committee, "
    "which he co-chaired in Hanoi on Tuesday with Vietnamese Minister Tran Minh.",
    ("meeting", "held", ("GHA", "VNM"), None, "2024-09-10"),
)

# --- the rest of a visit under way, told as a plan, is that visit -------------------------
# A stop planned in the host state in the days after the story ("is also scheduled to travel
# to C on Friday, where he will meet ...") is the trip under way, not a visit of its own.
_row(
    "leg-of-the-trip",
    D,
    "Peruvian Foreign Minister Luis Vega arrived in Santiago on Wednesday on an official visit "
    "to Chile. The visiting minister is also scheduled to travel to Valparaiso on Friday, where "
    "he will meet the region's governor.",
    ("visit", "held", ("CHL", "PER"), None, None),
)
_row(
    "leg-of-the-trip",
    D,
    "Ghanaian President Kofi Mensah is in Hanoi on a state visit to Vietnam. The visiting "
    "president will also travel to Da Nang on Saturday.",
    ("visit", "held", ("GHA", "VNM"), None, None),
)

# --- a state's own legislature in plenary session is no meeting -------------------------
# "The parliament approved the bill at its plenary session": a domestic sitting, which neither
# makes a record nor dates another event of the story.
_row(
    "legislature-plenary",
    D,
    "Kenya's parliament on Tuesday ratified a transit agreement with Uganda at its plenary "
    "session. Meanwhile, a Kenyan deputy minister and a Tanzanian state secretary signed a "
    "memorandum on Monday on the sidelines of a regional conference in Arusha.",
    ("conference", "held", ("KEN", "TZA"), None, "2024-09-09"),
)
_row(
    "legislature-plenary",
    D,
    "The Senate of Chile approved the border treaty with Argentina at its plenary session on "
    "Wednesday.",
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
