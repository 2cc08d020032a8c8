"""Meeting forms of the classes read off the written articles W1-W780 and the released keys.

The meeting records errors of the seven hundred and eighty articles written blind in the
manner of the corpus, pooled with those of corpus blind 17 and 18 and of the audit's
silver-tune set and sorted into classes of how news writes a meeting (issue 9, session 33). A
told table (``meeting_rows`` says what a row is and when it passes); every row is written for
this table, and the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

OLD = "1988-05-04"  # a Wednesday

# --- a body's ministers told opening or ending their own session ------------------------------
# "EC farm ministers ended two days of talks here", "Ministers of the X Association ended a
# two-day council meeting", "Economic ministers of the Y opened two days of talks": the members
# whose ministers, officials or delegates the story quotes by nationality take part, beside
# the venue's state.
_row(
    "members-quoted",
    OLD,
    "BRUSSELS, May 4 - European Community transport ministers ended two days of talks here "
    "without agreeing on lorry quotas, diplomats said. Dutch Transport Minister Pieter Smit said "
    "the talks had narrowed the gap. Italian minister Carlo Ferri said Rome would not give way, "
    "and Danish officials said a deal was still possible.",
    ("conference", "held", ("BEL", "DNK", "ITA", "NLD"), "EU", None),
)
_row(
    "members-quoted",
    OLD,
    "PARIS, May 4 - Ministers from the member states of the Organisation for Economic "
    "Cooperation and Development ended their annual council meeting here today. Swedish Finance "
    "Minister Lars Berg called for lower interest rates, while Spanish Economy Minister Jorge "
    "Ruiz and Greek delegates urged more help for poorer members.",
    ("conference", "held", ("ESP", "FRA", "GRC", "SWE"), "OECD", None),
)
_row(
    "members-quoted",
    OLD,
    "BANGKOK, May 4 - Foreign ministers of the Association of South East Asian Nations (ASEAN) "
    "opened a three-day meeting here today on the refugee crisis. Indonesian Foreign Minister "
    "Budi Santoso said the region could not carry the burden alone, and a senior Singapore "
    "official said the group wanted more help from the West.",
    ("conference", "held", ("IDN", "SGP", "THA"), "ASEAN", None),
)
# near misses: two states' own ministers ending their talks have no body to quote members of;
# a body's session to come keeps the sides it is told with
_row(
    "members-quoted",
    OLD,
    "WARSAW, May 4 - The foreign ministers of Poland and Hungary ended two days of talks here "
    "today on border trade. Austrian Foreign Minister Karl Huber said separately in Vienna that "
    "he welcomed the talks.",
    ("meeting", "held", ("HUN", "POL"), None, None),
)
_row(
    "members-quoted",
    OLD,
    "LUXEMBOURG, May 4 - European Community farm ministers will open two days of talks here "
    "next Monday on cereal prices. Irish Agriculture Minister Sean Walsh said he expected a "
    "long session.",
    ("meeting", "planned", ("LUX",), "EU", "1988-05-09"),
)

D = "2025-02-12"  # a Wednesday

# --- past talks told as a noun with their holder's clause --------------------------------------
# "built on the discussions they held at the White House in February", "followed up on the
# discussions Mr. X held in P in September with Y": the past talks are their own held record,
# dated by the clause, beside the event the story leads with.
_row(
    "discussions-held",
    D,
    "Chancellor Anna Weber of Germany spoke today with President Luis Ortega of Chile. The two "
    "leaders built on the discussions they held in Santiago in January and agreed to stay in "
    "close touch.",
    ("call", "held", ("CHL", "DEU"), None, "2025-02-12"),
    ("meeting", "held", ("CHL", "DEU"), None, "2025-01"),
)
_row(
    "discussions-held",
    D,
    "Kenyan Foreign Minister Peter Kamau spoke by telephone on Tuesday with Indian Foreign "
    "Minister Arjun Mehta. They followed up on the discussions Mr. Kamau held in New Delhi in "
    "November with Prime Minister Ravi Shankar.",
    ("call", "held", ("IND", "KEN"), None, "2025-02-11"),
    ("meeting", "held", ("IND", "KEN"), None, "2024-11"),
)
_row(
    "discussions-held",
    D,
    "Prime Minister Tom Reid of New Zealand spoke today with Prime Minister Ken Sato of Japan. The "
    "leaders reviewed the discussions he held in Tokyo last October on trade and security.",
    ("call", "held", ("JPN", "NZL"), None, "2025-02-12"),
    ("meeting", "held", ("JPN", "NZL"), None, "2024-10"),
)
# near miss: the talks of the call itself, with no place, are the call
_row(
    "discussions-held",
    D,
    "Chancellor Anna Weber of Germany spoke today with President Luis Ortega of Chile. Both said "
    "the discussions they held had been useful.",
    ("call", "held", ("CHL", "DEU"), None, "2025-02-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written33(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
