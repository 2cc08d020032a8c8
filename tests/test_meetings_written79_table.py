"""Meeting dates and the cities of paired meetings, read off the written articles.

The key meetings paired with ours whose city or date differs, pooled from the written articles
W1-W1380, corpus blind 11 to 18 and 20 to 23, the owners' dev and crawled keys and our read
pages (issue 9, session 79). A told table (``meeting_rows`` says what a row is and when it
passes); every row is written for this table, and the rows that must stay as they are sit
beside the class's rows.

- venue-city: an event its own sentence puts at a seat of government ("hosted Y at the White
  House", "invited Y to visit the Kremlin") is in that seat's city, when the seat lies in a
  side's state and in the state the record is placed in; a seat that speaks for a visit to
  another state ("the Kremlin said"), names an office ("a White House adviser") or places
  another act told after ", when" gives no city, and a call has none.
- signed-day-ends-talks: talks told at their end with their length ("at the end of three days
  of talks", "after two days of talks") whose sentence tells one day between the signing's verb
  and that end ("was signed yesterday at the end of", "signed in P on Monday by A and B
  after") closed on that day, so they began their length less one day before it; a signing
  told with no length, or talks told ended on a day of their own, stay as they were.
- time-before-between: a meeting word whose sides follow it after "between" ("at a meeting
  between A and B", "in talks between") keeps the time its clause tells before it ("The figures
  were reviewed on May 4 in P at a meeting between"); a time past a full stop, a quote mark or
  a new subject (", and there will be talks between"), or the time of another act ("the
  accord signed in 2019 was reviewed at"), stays another's.
- visit-next-city: a visit placed in its one host's state whose next sentence opens on a city of
  that state ("paid an official visit to Latvia. In Riga, the minister ...", "During the visit
  in Moscow, ...") is in that city; a trip to several states, or a city of another state, gives
  none.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_city, assert_told, place_rows, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2023-04-12"  # a Wednesday

# --- an event put at a seat of government: the seat's city -----------------------------------
_row(
    "venue-city",
    D,
    "The Vice President welcomed Prime Minister Tala Moana of Samoa to the White House today "
    "during her official visit to the United States, the first by a Samoan leader.",
    ("visit", "held", ("USA", "WSM"), None, "2023-04-12"),
)
_row(
    "venue-city",
    D,
    "The accords were signed after one-on-one talks held at the Kremlin during the official "
    "visit of the Tajik President to Russia.",
    ("visit", "held", ("RUS", "TJK"), None, None),
)
_row(
    "venue-city",
    D,
    "The Secretary of State invited Chile's foreign minister to visit the White House before "
    "the end of the year.",
    ("visit", "planned", ("CHL", "USA"), None, None),
)
# near misses: the seat speaks for another state's visit, or places another act told after
# ", when"
_row(
    "venue-city",
    D,
    "Russia's foreign minister will travel to Kyrgyzstan in June for talks on labour "
    "migration, the Kremlin said on Tuesday.",
    ("visit", "planned", ("KGZ", "RUS"), None, "2023-06"),
)
_row(
    "venue-city",
    D,
    "Uzbekistan's president made a state visit to Russia last October, when a treaty on "
    "their borders was signed at the Kremlin.",
    ("visit", "held", ("RUS", "UZB"), None, "2022-10"),
)

# --- a visit to a state whose next sentence opens on a city of it ----------------------------
_row(
    "visit-next-city",
    D,
    "On 4-5 April, Fiji's foreign minister Ratu Vela paid an official visit to Samoa. In Apia, "
    "the minister held talks with the Samoan Prime Minister on fisheries.",
    ("visit", "held", ("FJI", "WSM"), None, "2023-04-04"),
    ("meeting", "held", ("FJI", "WSM"), None, "2023-04-04"),
)
_row(
    "visit-next-city",
    D,
    "The President of Tonga will pay a state visit to Fiji on May 2-3, his press office said. "
    "In Suva, he is to hold talks with the Fijian Prime Minister.",
    ("visit", "planned", ("FJI", "TON"), None, "2023-05-02"),
)
# near misses: a trip to several states, and a city of another state
_row(
    "visit-next-city",
    D,
    "Tonga's Deputy Prime Minister will travel to Samoa and Fiji from May 2 to May 5. In Apia, "
    "she will meet the Samoan Prime Minister.",
    ("visit", "planned", ("FJI", "TON", "WSM"), None, "2023-05-02"),
)
_row(
    "visit-next-city",
    D,
    "On 4-5 April, Fiji's foreign minister Ratu Vela paid an official visit to Samoa. In "
    "Nuku'alofa, Tongan officials welcomed the visit.",
    ("visit", "held", ("FJI", "WSM"), None, "2023-04-04"),
)

_CITIES = [
    ("visit", "held", "Washington"),
    ("visit", "held", "Moscow"),
    ("visit", "planned", "Washington"),
    ("visit", "planned", None),
    ("visit", "held", None),
    ("visit", "held", "Apia"),
    ("visit", "planned", "Suva"),
    ("visit", "planned", None),
    ("visit", "held", None),
]
_CITY_ROWS = [r for r in TABLE if r[0] in ("venue-city", "visit-next-city")]
PLACES = place_rows(_CITY_ROWS, _CITIES)

# --- talks ended on the signing's day told before their length -------------------------------
_row(
    "signed-day-ends-talks",
    D,
    "The fisheries accord was signed yesterday at the end of three days of talks in Apia "
    "between the Samoan and Tongan ministers.",
    ("meeting", "held", ("TON", "WSM"), None, "2023-04-09"),
)
_row(
    "signed-day-ends-talks",
    D,
    "The protocol was signed in Suva on Monday by Fijian Trade Minister Ratu Vela and Tongan "
    "Trade Minister Sione Lavaka after two days of talks, officials said.",
    ("meeting", "held", ("FJI", "TON"), None, "2023-04-09"),
)
# near misses: a signing with no length told, and talks told ended on a day of their own
_row(
    "signed-day-ends-talks",
    D,
    "The accord was signed on April 3 after talks between the Samoan and Tongan ministers, "
    "officials said.",
    ("meeting", "held", ("TON", "WSM"), None, None),
)
_row(
    "signed-day-ends-talks",
    D,
    "The protocol, signed by the two ministers, crowned three days of talks in Suva between "
    "Fiji and Tonga that ended on Monday.",
    ("meeting", "held", ("FJI", "TON"), None, "2023-04-08"),
)


# --- a time told before a meeting word whose sides follow "between" ---------------------------
_row(
    "time-before-between",
    D,
    "The new tariff schedule was reviewed on April 4 in Suva at a meeting between Fiji's Trade "
    "Minister Ratu Vela and Tonga's ambassador Sione Lavaka.",
    ("meeting", "held", ("FJI", "TON"), None, "2023-04-04"),
)
_row(
    "time-before-between",
    D,
    "The shipping figures were discussed on Monday at a meeting between Samoan Prime Minister "
    "Tala Moana and the Ambassador of Japan to Samoa Kenji Ito.",
    ("meeting", "held", ("JPN", "WSM"), None, "2023-04-10"),
)
# near misses: the time of another act, and a time past a quote mark
_row(
    "time-before-between",
    D,
    "The accord signed in 2019 was reviewed at a meeting between the foreign ministers of "
    "Samoa and Tonga.",
    ("meeting", "held", ("TON", "WSM"), None, None),
)
_row(
    "time-before-between",
    D,
    'Samoa and Tonga will sign the treaty on Friday, officials said. "Talks between Samoa and '
    'Tonga went well," the Samoan minister said.',
    ("meeting", "held", ("TON", "WSM"), None, None),
)
_row(
    "time-before-between",
    D,
    "Fishing quotas come up on Friday, and there will also be talks between Samoan and Tongan "
    "customs officers.",
    ("meeting", "planned", ("TON", "WSM"), None, None),
)


@pytest.mark.parametrize(
    ("text", "kind", "status", "city"),
    PLACES,
    ids=[f"{cls}-{n}" for n, (cls, *_) in enumerate(_CITY_ROWS)],
)
def test_meeting_city_written79(text: str, kind: str, status: str, city: str | None) -> None:
    """The row's one record of the kind and status it tests keeps the city the table says."""
    assert_city(D, text, kind, status, city)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written79(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
