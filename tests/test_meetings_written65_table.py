"""Wholly false meetings, for the classes read off the written articles and keys.

The predicted meetings that pair with no key meeting and resemble none (no key meeting of
the article shares two of their status, date and sides, or one paired already shares them),
pooled from the written articles W1-W1320, corpus blind 11 to 23, the owners' dev and
crawled keys and our read pages, sorted into classes of what the text really tells (issue
9, session 65). A told table (``meeting_rows`` says what a row is and when it passes); every
row is written for this table, and the rows that must stay as they are sit beside the
class's rows.

- tour-stop: a stop of a trip to several states told after the trip (talks or a visit
  between the traveller's state and one state of the tour, of the tour's tense, on a day of
  the tour or none) is the tour's one visit; a sitting named at the stop, a state outside
  the tour or talks at another time stay records of their own.
- foreseen-way: an event an act "should" or "possibly" opens the way for is only foreseen,
  as one it "could" open the way for; an act that "will" open the way for dated talks, or
  a trip that should open the way for an accord, keeps its record.
- business-side: a business group, delegation or mission as the visiting side or the
  counterpart is no state's side; a government or trade delegation is.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-06-14"  # a Wednesday

# --- a stop of a tour told after the tour -----------------------------------------------------
_row(
    "tour-stop",
    D,
    "Japanese Foreign Minister Ken Sato toured Chile, Peru and Argentina from May 8 to May 13. "
    "In Lima on May 10, Sato met Peruvian Foreign Minister Luis Soto to discuss fishing rights.",
    ("visit", "held", ("ARG", "CHL", "JPN", "PER"), None, "2023-05-08"),
)
_row(
    "tour-stop",
    D,
    "Canadian Foreign Minister Claire Dubois travelled to Kenya and Tanzania from June 5 to "
    "June 9. In Nairobi on June 6, she met Kenyan President Peter Kamau to discuss drought "
    "relief.",
    ("visit", "held", ("CAN", "KEN", "TZA"), None, "2023-06-05"),
)
# near misses: a sitting named at the stop, a state outside the tour, talks at another time
_row(
    "tour-stop",
    D,
    "U.S. Trade Representative Jane Holt will travel to Chile, Peru and Bolivia from July 3 to "
    "July 8. On July 5, she will co-chair the third session of the U.S.-Peru trade council in "
    "Lima.",
    ("visit", "planned", ("BOL", "CHL", "PER", "USA"), None, "2023-07-03"),
    ("meeting", "planned", ("PER", "USA"), None, "2023-07-05"),
)
_row(
    "tour-stop",
    D,
    "Canadian Foreign Minister Claire Dubois travelled to Kenya and Tanzania from June 5 to "
    "June 9. She will meet Kenyan President Peter Kamau again in Ottawa in September.",
    ("visit", "held", ("CAN", "KEN", "TZA"), None, "2023-06-05"),
    ("meeting", "planned", ("CAN", "KEN"), None, "2023-09"),
)

# --- an event an act should or possibly opens the way for -------------------------------------
_row(
    "foreseen-way",
    D,
    "The tariff cut should open the way for talks between the Chilean and Peruvian trade "
    "ministers, diplomats said.",
)
_row(
    "foreseen-way",
    D,
    "Chile lifted its tariffs on Peruvian fruit on Monday, possibly paving the way for a first "
    "summit between the two presidents.",
)
# near misses: dated talks an act will open the way for, a trip that should open the way
# for an accord
_row(
    "foreseen-way",
    D,
    "The ceasefire agreed on Monday will open the way for talks between the Sudanese and "
    "Egyptian presidents in Cairo on Friday, officials said.",
    ("meeting", "planned", ("EGY", "SDN"), None, "2023-06-16"),
)
_row(
    "foreseen-way",
    D,
    "Egyptian President Omar Said will visit Khartoum on Friday, and officials said the trip "
    "should open the way for a new border accord.",
    ("visit", "planned", ("EGY", "SDN"), None, "2023-06-16"),
)

# --- a business group as a side -------------------------------------------------------------
_row(
    "business-side",
    D,
    "Chilean Mining Minister Rosa Vidal told a visiting Peruvian business delegation on Monday "
    "that Santiago wanted more joint ventures.",
)
_row(
    "business-side",
    D,
    "A Korean business mission will visit Hanoi next month to study joint ventures in "
    "textiles, the chamber said.",
)
# near misses: a government or trade delegation is a state's side
_row(
    "business-side",
    D,
    "A Korean government delegation will visit Hanoi next month to study joint ventures in "
    "textiles, the ministry said.",
    ("visit", "planned", ("KOR", "VNM"), None, "2023-07"),
)
_row(
    "business-side",
    D,
    "Chilean Mining Minister Rosa Vidal met a visiting Peruvian trade delegation on Monday to "
    "discuss lithium exports.",
    ("visit", "held", ("CHL", "PER"), None, "2023-06-12"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written65(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
