"""Meeting forms of the classes read off gatherings whose taking-part states the story names.

The meeting records errors of gatherings of a group or of several states (corpus blind 14 to 18
and 21 read first), pooled with those of the written articles W1-W1140, the other corpus blind
keys, the owners' dev and crawled keys and our read pages, sorted into classes of how news
writes a meeting (issue 9, session 43). A told table (``meeting_rows`` says what a row is and
when it passes); every row is written for this table, and the rows that must stay as they are
sit beside the classes' rows.

- meet-again-gathering: a planned session told as those who met, as several, meeting again ("the
  ministers will meet again in P", "when they meet again in P on June 22") is a session of the
  gathering of three or more states told before it: it has that gathering's states and body.
- leaders-listed: a gathering whose own sentence lists the leaders taking part after it, by office
  and state ("with the presidents of the X, including President A of B, President C of D", "for
  the S Summit: B-ian President A, D-ian President C"), has their states as sides.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "1987-05-13"  # a Wednesday

# --- a gathering's sides told meeting again --------------------------------------------------
# "Ministers of the body ended two days of talks here ... A-ian minister X ..., B-ian minister Y
# ... X said he would table a text when ministers meet again in P on <day>", "Officials said
# the ministers would meet again in P in <month>": the next session of the same gathering.
_row(
    "meet-again-gathering",
    D,
    "BRUSSELS, May 13 - European Community fisheries ministers ended two days of talks on "
    "Tuesday with no deal on cod quotas, diplomats said. Danish Fisheries Minister Lars Holm, "
    "who chaired the session, said the gap had narrowed. Spanish minister Carlos Ruiz said "
    "Madrid would block any cut, and Irish Fisheries Minister Sean Doyle backed him. Holm said "
    "he would put a fresh text to the ministers when they meet again in Strasbourg on June 22.",
    ("conference", "held", ("DNK", "ESP", "IRL"), "EU", "1987-05-11"),
    ("conference", "planned", ("DNK", "ESP", "FRA", "IRL"), "EU", "1987-06-22"),
)
_row(
    "meet-again-gathering",
    D,
    "LIMA, May 13 - Trade ministers of the Andean Pact closed a three-day meeting here on Monday "
    "on a common external tariff. Bolivian Trade Minister Jorge Paz said La Paz needed more "
    "time, while Colombian minister Ana Rey and Venezuelan minister Jose Mora urged quick cuts. "
    "Officials said the ministers would meet again in Quito in July.",
    ("conference", "held", ("BOL", "COL", "PER", "VEN"), "Andean Community", "1987-05-11"),
    (
        "conference",
        "planned",
        ("BOL", "COL", "ECU", "PER", "VEN"),
        "Andean Community",
        "1987-07",
    ),
)
# near misses: two of those who met, named by their states or by "the two", meet again as a
# pair; after talks of two states, "the ministers" are that pair's
_row(
    "meet-again-gathering",
    D,
    "LIMA, May 13 - Trade ministers of the Andean Pact closed a three-day meeting here on Monday "
    "on a common external tariff. Bolivian Trade Minister Jorge Paz said La Paz needed more time, "
    "while Colombian minister Ana Rey and Venezuelan minister Jose Mora urged quick cuts. The "
    "Bolivian and Colombian ministers agreed to meet again in Quito in July.",
    ("conference", "held", ("BOL", "COL", "PER", "VEN"), "Andean Community", "1987-05-11"),
    ("meeting", "planned", ("BOL", "COL", "ECU"), None, "1987-07"),
)
_row(
    "meet-again-gathering",
    D,
    "LIMA, May 13 - Trade ministers of the Andean Pact closed a three-day meeting here on Monday "
    "on a common external tariff. Bolivian Trade Minister Jorge Paz said La Paz needed more time, "
    "while Colombian minister Ana Rey and Venezuelan minister Jose Mora urged quick cuts. Paz "
    "and Rey said the two would meet again in Quito in July.",
    ("conference", "held", ("BOL", "COL", "PER", "VEN"), "Andean Community", "1987-05-11"),
    ("meeting", "planned", ("BOL", "COL", "ECU"), None, "1987-07"),
)
_row(
    "meet-again-gathering",
    D,
    "QUITO, May 13 - Ecuadorean and Peruvian fisheries ministers closed two days of talks on "
    "tuna quotas on Tuesday without an accord. Officials said the ministers would meet again "
    "in Lima in July.",
    ("meeting", "held", ("ECU", "PER"), None, None),
    ("meeting", "planned", ("ECU", "PER"), None, "1987-07"),
)

# --- the leaders taking part listed after the gathering, in its own sentence ----------------
# "met today in P with leaders of member states of the X, including President A of B, President
# C of D and ...", "hosted the leaders of the region for the S Summit: B-ian President A, D-ian
# President C": each leader's state takes part.
E = "2024-03-06"
_row(
    "leaders-listed",
    E,
    "Secretary of State Antony Blinken met today in Lima with the presidents of the Andean "
    "Community, including President Luis Rojas of Peru, President Ana Vega of Ecuador, "
    "President Jorge Paz of Bolivia and President Rosa Mena of Colombia, and with the bloc's "
    "secretary general.",
    ("conference", "held", ("BOL", "COL", "ECU", "PER", "USA"), "Andean Community", "2024-03-06"),
)
_row(
    "leaders-listed",
    E,
    "President Joe Biden today hosted the leaders of the Andean states in Washington for the "
    "first Andean Leaders Summit: Peruvian President Luis Rojas, Ecuadorian President Ana "
    "Vega and Bolivian President Jorge Paz.",
    ("conference", "held", ("BOL", "ECU", "PER", "USA"), None, None),
)
# near misses: one leader named is no list of members, states in a list of topics take no
# part, and a visit's officials met in each capital are the visit's
_row(
    "leaders-listed",
    E,
    "Secretary of State Antony Blinken met today in Lima with the presidents of the Andean "
    "Community, including President Luis Rojas of Peru.",
    ("meeting", "held", ("PER", "USA"), "Andean Community", "2024-03-06"),
)
_row(
    "leaders-listed",
    E,
    "Secretary of State Antony Blinken met today in Lima with the presidents of the Andean "
    "Community and discussed issues including drug flows from Colombia and Venezuela.",
    ("meeting", "held", ("PER", "USA"), "Andean Community", "2024-03-06"),
)
_row(
    "leaders-listed",
    E,
    "During his visit to Suva, Secretary of State Antony Blinken met senior officials of the "
    "region, including Fijian Prime Minister Sitiveni Rabuka and Samoan Prime Minister Fiame "
    "Naomi.",
    ("visit", "held", ("FJI", "USA"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written43(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
