"""Meeting forms of the merge classes read off the written articles W1-W240 and the released keys.

The meeting records errors of the two hundred and forty articles written blind in the manner of
the corpus, pooled with those of corpus blind 17 and 18 and of the audit's silver-tune set, sorted
into classes of how news tells one event in several mentions (issue 9, session 24). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this table, and
the rows that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10

# --- a gathering told, then named by its city --------------------------------------------------
# "The council opens in Manila on March 3 ... Vietnam is likely to resist the cut at the Manila
# meeting": news names a gathering it told by its city, as an attribute before the meeting word,
# whatever tense the clause it stands in reads, and tells more states attending it so ("A and B
# also attended the Manila meeting"): one event, not one more.
_row(
    "city-named",
    D,
    "ASEAN's annual ministerial conference is scheduled to open in Manila on March 3. Analysts "
    "said some members, notably Vietnam, were likely to resist any cut in tariffs at the Manila "
    "meeting.",
    ("conference", "planned", ("PHL", "VNM"), "ASEAN", "2025-03-03"),
)
_row(
    "city-named",
    D,
    "The foreign ministers of the Arab League will meet in Rabat on March 12. Algeria is expected "
    "to oppose the draft at the Rabat meeting.",
    ("conference", "planned", ("DZA", "MAR"), "LAS", "2025-03-12"),
)
_row(
    "city-named",
    D,
    "An informal summit of the Pacific Alliance will be held in Santiago on April 8. Speaking in "
    "Lima, the Peruvian foreign minister said the Santiago summit would give new impetus to trade "
    "within the region.",
    ("conference", "planned", ("CHL",), None, "2025-04-08"),
)
_row(
    "city-named",
    D,
    "A summit of the Andean Community will be held in Bogota on April 8. The Ecuadorian trade "
    "minister said the Bogota summit would help to settle the dispute over tariffs.",
    ("conference", "planned", ("COL", "ECU"), None, "2025-04-08"),
)
_row(
    "city-named",
    D,
    "Mexico and the members of the Central American Integration System signed a customs accord "
    "at a summit in the Honduran capital, Tegucigalpa. Cuba and Panama also attended the "
    "Tegucigalpa meeting.",
    ("conference", "held", ("CUB", "HND", "MEX", "PAN"), None, None),
)
_row(
    "city-named",
    D,
    "The foreign ministers of Peru and Bolivia met in Quito on Monday on the sidelines of a "
    "regional forum. The Quito meeting was attended by the foreign ministers of Chile and "
    "Colombia.",
    ("conference", "held", ("BOL", "CHL", "COL", "ECU", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("BOL", "PER"), None, "2025-02-10"),
)
# near misses: talks told in a city of their own, or a gathering of that city dated apart, are
# events of their own
_row(
    "city-named",
    D,
    "ASEAN's annual ministerial conference is scheduled to open in Manila on March 3. Vietnam and "
    "Japan held talks in Hanoi on Monday.",
    ("conference", "planned", ("PHL",), "ASEAN", "2025-03-03"),
    ("meeting", "held", ("JPN", "VNM"), None, "2025-02-10"),
)
_row(
    "city-named",
    D,
    "Peru and Chile signed a fisheries accord at a summit in Lima on Monday. Colombia's president "
    "said the Lima meeting of 2019 had failed.",
    ("conference", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("COL", "PER"), None, "2019"),
)


# --- the meeting word that ends a gathering's name ------------------------------------------------
# "Both sides looked forward to further dialogue at the Pacific Islands Forum Leaders Meeting in
# Samoa later this year": the last word of a gathering's name is no talks of the story's sides
# beside it, but the gathering, whose time it tells; the sides take part when the name is told
# as where they act ("at the"), not when it is only a time ("ahead of the").
_row(
    "name-word",
    D,
    "Today President Ana Ruiz of Chile held a call with Prime Minister Kenji Tanaka of Japan. "
    "Both sides looked forward to further dialogue at the Pacific Islands Forum Leaders Meeting "
    "in Samoa later this year.",
    ("call", "held", ("CHL", "JPN"), None, "2025-02-12"),
    ("conference", "planned", ("CHL", "JPN", "WSM"), None, "2025"),
)
_row(
    "name-word",
    D,
    "New Zealand and Samoa held talks in Apia on Monday. The ministers will meet again at the "
    "Pacific Islands Forum Economic Ministers Meeting in Palau in July.",
    ("meeting", "held", ("NZL", "WSM"), None, "2025-02-10"),
    ("conference", "planned", ("NZL", "PLW", "WSM"), None, "2025-07"),
)
_row(
    "name-word",
    D,
    "The Prime Minister of Australia met the President of Chile in Canberra on Monday. The leaders "
    "committed to close coordination ahead of the Pacific Islands Forum Leaders Meeting in Samoa "
    "next month.",
    ("meeting", "held", ("AUS", "CHL"), None, "2025-02-10"),
    ("conference", "planned", ("WSM",), None, "2025-03"),
)
# near misses: a meeting the sides agree to hold, named by no gathering, is talks of their own;
# a gathering's name read whole stays one record (its sides: the pair told holding talks at it)
_row(
    "name-word",
    D,
    "The Prime Minister of Fiji met the President of Peru in Lima on Monday. The two leaders "
    "agreed to hold a meeting in Suva in May.",
    ("meeting", "held", ("FJI", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("FJI", "PER"), None, "2025-05"),
)
_row(
    "name-word",
    D,
    "Kenya and Uganda held talks in Nairobi on Monday. Both sides looked forward to further talks "
    "at the Africa Climate Summit Ministerial Meeting in Addis Ababa in September.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
    ("conference", "planned", ("ETH", "KEN", "UGA"), None, "2025-09"),
)


# --- a trip told as going to an event -------------------------------------------------------------
# "A delegation led by X is due in Brussels for talks with Commission officials": the trip and the
# event it goes to are one event (spec: an official's trip to attend a conference is the
# conference), whatever tense the rules read for the talks, and however the trip is told ("is also
# expected to travel to P for the summit"); so is an arrival in the city of a gathering told, in
# the days before it opens.
_row(
    "trip-to",
    D,
    "The figures were released a week before a Kenyan trade delegation led by Deputy Minister "
    "Peter Otieno is due in Brussels for talks with European Commission officials on tariffs.",
    ("visit", "planned", ("BEL", "KEN"), "EU", None),
)
_row(
    "trip-to",
    D,
    "Mr Lopez is also expected to travel to Tokyo in May for the annual Japan-Mexico summit, "
    "officials said.",
    ("conference", "planned", ("JPN", "MEX"), None, "2025-05"),
)
_row(
    "trip-to",
    D,
    "OPEC oil ministers will open their annual conference in Vienna on March 10, the secretariat "
    "said. Nigeria's oil minister is expected to arrive in Vienna on March 8.",
    ("conference", "planned", ("AUT", "NGA"), "OPEC", "2025-03-10"),
)
# near misses: a trip for talks of its own sentence stays one record; an arrival after the
# gathering, for talks of its own, and a visit beside the preparations for a session, are events
# of their own
_row(
    "trip-to",
    D,
    "A Ghanaian delegation headed by the trade minister is due in Ottawa next week for talks with "
    "Canadian officials on cocoa tariffs.",
    ("visit", "planned", ("CAN", "GHA"), None, "2025-02"),
)
_row(
    "trip-to",
    D,
    "OPEC oil ministers will open their annual conference in Vienna on March 10, the secretariat "
    "said. Nigeria's oil minister is expected to arrive in Vienna on March 20 for talks with "
    "Austrian officials.",
    ("conference", "planned", ("AUT",), "OPEC", "2025-03-10"),
    ("visit", "planned", ("AUT", "NGA"), None, "2025-03-20"),
)
_row(
    "trip-to",
    D,
    "Chile's foreign minister held a phone call with his Peruvian counterpart on Monday. The "
    "ministers went over the agenda of President Boric's forthcoming state visit to Lima, expected "
    "in April, and the preparations for the second meeting of the Supreme Council between the two "
    "countries.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "planned", ("CHL", "PER"), None, "2025-04"),
    ("visit", "planned", ("CHL", "PER"), None, "2025-04"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_merge24(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
