"""Meeting forms of the error classes read on the released B pages and corpus blind 16.

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- a host to receive, by a pronoun, the guest an aside named ---------------------------------
# "X, who met A's minister in P last month, will host him in Q on D": the aside tells the past
# talks, and the main clause a reception to come whose guest is the one the aside named ("him",
# "her", "them"): two events, the planned one between the host's state and the guest's.
_row(
    "host-the-guest-an-aside-named",
    D,
    "Chile's foreign minister, who held talks with his Bolivian counterpart in La Paz in "
    "January, will host him in Santiago on Friday.",
    ("meeting", "held", ("BOL", "CHL"), None, "2025-01"),
    ("meeting", "planned", ("BOL", "CHL"), None, "2025-02-14"),
)
_row(
    "host-the-guest-an-aside-named",
    D,
    "Finance Minister Greta Solberg, who met her Danish counterpart in Copenhagen in "
    "December, will receive her in Oslo next month.",
    ("meeting", "held", ("DNK", "NOR"), None, "2024-12"),
    ("meeting", "planned", ("DNK", "NOR"), None, "2025-03"),
)
_row(
    "host-the-guest-an-aside-named",
    D,
    "Kenya's trade minister, who hosted a Tanzanian delegation in Mombasa last year, will "
    "host them again in Nairobi on March 3.",
    ("meeting", "held", ("KEN", "TZA"), None, "2024"),
    ("meeting", "planned", ("KEN", "TZA"), None, "2025-03-03"),
)
_row(
    "host-the-guest-an-aside-named",
    D,
    "Ghana's president, who met the Ivorian head of state in Abidjan in November, is to "
    "host him in Accra later this month.",
    ("meeting", "held", ("CIV", "GHA"), None, "2024-11"),
    ("meeting", "planned", ("CIV", "GHA"), None, "2025-02"),
)
# near misses: no pronoun guest (a guest named on its own), or a pronoun that is no guest
_row(
    "host-the-guest-an-aside-named",
    D,
    "Chile's president, who visited Lima in January, will host his Argentine counterpart "
    "in Santiago on Friday.",
    ("visit", "held", ("CHL", "PER"), None, "2025-01"),
    ("meeting", "planned", ("ARG", "CHL"), None, "2025-02-14"),
)
_row(
    "host-the-guest-an-aside-named",
    D,
    "Chile's foreign minister, who met his Bolivian counterpart in La Paz in January, "
    "praised him on Monday for the border deal.",
    ("meeting", "held", ("BOL", "CHL"), None, "2025-01"),
)

# --- the states whose officials attend, told in the next sentence with no object --------------
# "The X summit will take place in P on D. Leaders of A, B and C are expected to attend": "attend"
# with no object of its own (or "attend it") is the gathering just told, and the states whose
# officials attend (observers too) are its sides beside the host.
_row(
    "attend-the-gathering-told-before",
    D,
    "The Andean Community summit will be held in Quito on March 4. The presidents of "
    "Colombia, Peru and Bolivia are expected to attend.",
    ("conference", "planned", ("BOL", "COL", "ECU", "PER"), None, "2025-03-04"),
)
_row(
    "attend-the-gathering-told-before",
    D,
    "A regional conference on fisheries opened in Reykjavik on Monday. Ministers of Norway, "
    "Denmark and Canada attended.",
    ("conference", "held", ("CAN", "DNK", "ISL", "NOR"), None, "2025-02-10"),
)
_row(
    "attend-the-gathering-told-before",
    D,
    "An international forum on river basins will open in Dakar on Friday. Delegations of "
    "Mali, Guinea and Mauritania will attend, with Gambia joining as an observer.",
    ("conference", "planned", ("GIN", "GMB", "MLI", "MRT", "SEN"), None, "2025-02-14"),
)
_row(
    "attend-the-gathering-told-before",
    D,
    "The Nordic Council summit will take place in Helsinki next week. The prime ministers "
    "of Sweden, Norway and Iceland will attend it.",
    ("conference", "planned", ("FIN", "ISL", "NOR", "SWE"), None, "2025-02"),
)
# near misses: "attend" with an object of its own, or those who attend are no state's officials
_row(
    "attend-the-gathering-told-before",
    D,
    "The Andean Community summit will be held in Quito on March 4. Students from Colombia "
    "and Peru will attend classes there as usual.",
    ("conference", "planned", ("ECU",), None, "2025-03-04"),
)

# --- guests received one after another: "received A, followed by B" ----------------------------
# "The president received A's minister, followed by B's minister and C's envoy": the guests a
# host receives in turn are one reception each (as "in turn" and "separately" tell); "followed
# by" an event ("followed by an expanded meeting", "a press conference") adds no guest.
_row(
    "received-followed-by",
    D,
    "The President of Kenya on Monday received Foreign Minister of Uganda Jane Oketch, "
    "followed by Foreign Minister of Rwanda Paul Nkusi.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
    ("meeting", "held", ("KEN", "RWA"), None, "2025-02-10"),
)
_row(
    "received-followed-by",
    D,
    "Chile's president on Tuesday received the Peruvian trade minister, followed by his "
    "Bolivian counterpart.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-11"),
    ("meeting", "held", ("BOL", "CHL"), None, "2025-02-11"),
)
_row(
    "received-followed-by",
    D,
    "Portugal's prime minister received the Spanish energy minister on Monday, followed by "
    "Moroccan Interior Minister Karim Bennani and French Defence Minister Luc Garnier.",
    ("meeting", "held", ("ESP", "PRT"), None, "2025-02-10"),
    ("meeting", "held", ("MAR", "PRT"), None, "2025-02-10"),
    ("meeting", "held", ("FRA", "PRT"), None, "2025-02-10"),
)
# near misses: "followed by" an event of the same talks, no guest of its own
_row(
    "received-followed-by",
    D,
    "The presidents of Chile and Peru held talks in a one-on-one format on Monday, followed "
    "by an expanded meeting with the delegations.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)
_row(
    "received-followed-by",
    D,
    "Chile's president received Peru's president on Monday, followed by a joint press conference.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- a seat of government named in an official's title is no place ----------------------------
# "White House Homeland Security Advisor X", "a Kremlin aide", "Downing Street spokesman": the
# venue names the official's office, not where the event is, so a trip to P to meet P's leader
# told with such an official stays one trip (no talks in the venue's city of their own).
_row(
    "venue-in-an-officials-title",
    D,
    "President Joe Biden has asked Secretary of State Antony Blinken and White House "
    "national security adviser Jake Sullivan to travel to Panama next week to meet with "
    "President Jose Mulino.",
    ("visit", "planned", ("PAN", "USA"), None, "2025-02"),
)
_row(
    "venue-in-an-officials-title",
    D,
    "Kremlin foreign policy aide Yury Ushakov will travel to Ankara on Friday to meet with "
    "Turkish President Recep Tayyip Erdogan.",
    ("visit", "planned", ("RUS", "TUR"), None, "2025-02-14"),
)
_row(
    "venue-in-an-officials-title",
    D,
    "British Prime Minister Keir Starmer's Downing Street chief of staff Morgan Lowe will "
    "travel to Oslo on Friday to meet with Norwegian Prime Minister Jonas Gahr Store.",
    ("visit", "planned", ("GBR", "NOR"), None, "2025-02-14"),
)
# near misses: the venue as the place of the talks stays their place, with its own record
_row(
    "venue-in-an-officials-title",
    D,
    "President Joe Biden met Chilean President Gabriel Boric at the White House on Monday, "
    "a White House spokesman said.",
    ("meeting", "held", ("CHL", "USA"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_released_b(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
