"""Key meetings folded into one record with another, for the classes read off the keys.

The key meetings the library missed while a predicted record it made for another key
meeting of the same article would have paired with them too (two events told, one record
made), pooled from the written articles W1-W1320, corpus blind 11 to 18 and 20 to 23, the
owners' dev and crawled keys and our read pages (issue 9, session 63). A told table
(``meeting_rows`` says what a row is and when it passes); every row is written for this
table, and the rows that must stay as they are sit beside the class's rows.

- session-on-the-visit: a standing body's sitting to come told in its sentence as held
  during a planned visit ("during which the Council will hold its meeting", "the meeting of
  the Committee, which is to convene during the visit", "within the framework of that
  visit") is a record of its own beside the visit, with the visit's sides and time, whichever
  of the two the sentence's rules read first; the visit's own talks, a sitting told as held,
  a trip told as the one to the session, and a session with no visit stay as they were.
- gatherings-in-two-cities: two held gatherings told in one story, each placed in a city of
  its own and the cities apart ("talks during the partnership summit in P" ... "the regional
  summit held in Q earlier this month"), are two records, never one; a gathering named
  again in its own city, or by its city's description, stays one.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-03-13"  # a Wednesday

# --- the body's sitting named before the meeting word ---------------------------------------
_row(
    "session-on-the-visit",
    D,
    "The Estonian minister said President Kallas will pay a state visit to Georgia in May, "
    "during which the Estonian-Georgian Cooperation Council will hold its second meeting.",
    ("visit", "planned", ("EST", "GEO"), None, "2024-05"),
    ("meeting", "planned", ("EST", "GEO"), None, "2024-05"),
)
_row(
    "session-on-the-visit",
    D,
    "Foreign Minister Ona Valtere of Latvia and her Moldovan counterpart discussed the upcoming "
    "visit of the Moldovan President to Riga, during which the Joint Economic Committee is "
    "expected to hold its meeting.",
    ("visit", "planned", ("LVA", "MDA"), None, None),
    ("meeting", "planned", ("LVA", "MDA"), None, None),
)
# --- told in a sentence of its own after the visit --------------------------------------------
_row(
    "session-on-the-visit",
    D,
    "The President of Kenya will pay a state visit to Ghana in June, the two foreign ministers "
    "said. The Kenyan-Ghanaian Permanent Council will hold its first meeting within the "
    "framework of this visit, they added.",
    ("visit", "planned", ("GHA", "KEN"), None, "2024-06"),
    ("meeting", "planned", ("GHA", "KEN"), None, "2024-06"),
)
# --- the body's name right after the meeting word, read before the visit it names ------------
_row(
    "session-on-the-visit",
    D,
    "President Lindqvist of Sweden and President Rojas of Chile spoke by telephone today. "
    "Lindqvist invited Rojas to visit Stockholm in October, and the two presidents discussed "
    "preparations for the meeting of the Swedish-Chilean Innovation Council, which will "
    "convene during the visit.",
    ("call", "held", ("CHL", "SWE"), None, D),
    ("visit", "planned", ("CHL", "SWE"), None, "2024-10"),
    ("meeting", "planned", ("CHL", "SWE"), None, "2024-10"),
)
# near misses: the visit's own talks, a sitting held on a visit told as the past, and a body's
# sitting with no visit told before it stay as they were
_row(
    "session-on-the-visit",
    D,
    "President Kallas of Estonia will pay a state visit to Georgia in May, during which the "
    "two presidents will hold talks on energy links.",
    ("visit", "planned", ("EST", "GEO"), None, "2024-05"),
)
_row(
    "session-on-the-visit",
    D,
    "The Latvian President paid a state visit to Moldova last week, during which the Joint "
    "Economic Committee of the two countries held its meeting.",
    ("visit", "held", ("LVA", "MDA"), None, "2024-03"),
)
_row(
    "session-on-the-visit",
    D,
    "The Ghanaian trade minister said he would take a delegation to Nairobi in June for the "
    "fourth session of the Ghana-Kenya Joint Trade Commission, during which two accords are "
    "to be signed.",
    ("meeting", "planned", ("GHA", "KEN"), None, "2024-06"),
)
_row(
    "session-on-the-visit",
    D,
    "The Joint Economic Committee of Latvia and Moldova will meet in Riga in May, the ministers "
    "said.",
    ("meeting", "planned", ("LVA", "MDA"), None, "2024-05"),
)

# --- two gatherings in two cities -------------------------------------------------------------
_row(
    "gatherings-in-two-cities",
    D,
    "President Kaya of Turkey hosted President Diallo of Senegal in Ankara today, and the pair "
    "conferred at the Turkey-Africa Partnership Summit in Ankara. Diallo told Kaya about the "
    "results of the ECOWAS summit that took place in Abuja two weeks ago.",
    ("conference", "held", ("SEN", "TUR"), None, None),
    ("meeting", "held", ("SEN", "TUR"), None, D),
    ("conference", "held", ("NGA", "SEN"), "ECOWAS", None),
)
_row(
    "gatherings-in-two-cities",
    D,
    "President Okafor of Ghana told President Lindqvist of Sweden about the African Union "
    "summit held in Addis Ababa last week. The two presidents spoke during the Nordic-African "
    "summit in Stockholm on Monday.",
    ("conference", "held", ("ETH", "GHA"), None, None),
    ("conference", "held", ("GHA", "SWE"), None, "2024-03-11"),
)
# near misses: one gathering named again in its own city, or by its city's description
_row(
    "gatherings-in-two-cities",
    D,
    "Prime Minister Lind of Sweden and President Rojas of Chile met on the sidelines of the "
    "Nordic summit in Oslo today. The summit, which opened in the Norwegian capital on Monday, "
    "focused on energy.",
    ("conference", "held", ("CHL", "NOR", "SWE"), None, None),
    ("meeting", "held", ("CHL", "SWE"), None, D),
)
_row(
    "gatherings-in-two-cities",
    D,
    "The Austrian and Slovenian leaders met at the Central European summit in Vienna on "
    "Thursday. They said the summit in Vienna had set a good example for the region.",
    ("conference", "held", ("AUT", "SVN"), None, None),
    ("meeting", "held", ("AUT", "SVN"), None, None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told_written63(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per meeting it tells, as the table says."""
    assert_told(cls, day, text, expected)
