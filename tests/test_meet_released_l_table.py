"""Meeting forms of the error classes read on the released l pages (session 16).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- calls told as separate ones right after the verb --------------------------------------
# "spoke by phone in two separate calls, one with A and the other with B", "held talks on
# Monday in separate meetings with A and B": the words after the verb say each partner had
# an event of its own, so there is one call or meeting per partner, not one with all.
_row(
    "in-separate-calls",
    D,
    "On Monday, the Prime Minister of Norway spoke by phone in two separate calls, one with "
    "the Prime Minister of Denmark and the other with the Prime Minister of Finland.",
    ("call", "held", ("DNK", "NOR"), None, "2025-02-10"),
    ("call", "held", ("FIN", "NOR"), None, "2025-02-10"),
)
_row(
    "in-separate-calls",
    D,
    "The Kenyan foreign minister on Tuesday talked by telephone in separate calls with the "
    "Egyptian and Ethiopian foreign ministers.",
    ("call", "held", ("EGY", "KEN"), None, "2025-02-11"),
    ("call", "held", ("ETH", "KEN"), None, "2025-02-11"),
)
_row(
    "in-separate-calls",
    D,
    "The Mexican president spoke on Thursday in three separate phone conversations with the "
    "leaders of Guatemala, Belize and Honduras.",
    ("call", "held", ("GTM", "MEX"), None, "2025-02-06"),
    ("call", "held", ("BLZ", "MEX"), None, "2025-02-06"),
    ("call", "held", ("HND", "MEX"), None, "2025-02-06"),
)
_row(
    "in-separate-calls",
    D,
    "Argentine President Luis Vega held talks on Monday in separate meetings with the leaders "
    "of Chile and Uruguay.",
    ("meeting", "held", ("ARG", "CHL"), None, "2025-02-10"),
    ("meeting", "held", ("ARG", "URY"), None, "2025-02-10"),
)
# near misses: one call with all of them
_row(
    "in-separate-calls",
    D,
    "The Spanish prime minister spoke by phone on Monday with the leaders of Portugal and "
    "Morocco in a joint call.",
    ("call", "held", ("ESP", "MAR", "PRT"), None, "2025-02-10"),
)
_row(
    "in-separate-calls",
    D,
    "The Spanish prime minister on Monday held a video call with the leaders of Portugal and "
    "Morocco.",
    ("call", "held", ("ESP", "MAR", "PRT"), None, "2025-02-10"),
)

# --- "the Head of State is expected to" --------------------------------------------------------
# "the Head of State is expected to hold a meeting with X", "is scheduled to meet", "is due to
# hold talks with": the story's head of state named before is the subject of the meeting to
# come, so that head's state is a side, as when "the Head of State will meet X".
_row(
    "head-of-state-expected",
    D,
    "HANOI, Feb 12 - President Tran Van Long received the Ambassador of Japan on Monday. On "
    "Friday, the Head of State is expected to hold a meeting with the Secretary General of "
    "ASEAN.",
    ("meeting", "held", ("JPN", "VNM"), None, "2025-02-10"),
    ("meeting", "planned", ("VNM",), "ASEAN", "2025-02-14"),
)
_row(
    "head-of-state-expected",
    D,
    "NAIROBI, Feb 12 - President Daniel Kamau received the Ambassador of Uganda on Monday. The "
    "Head of State is scheduled to meet the Secretary-General of the United Nations on Friday.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
    ("meeting", "planned", ("KEN",), "UN", "2025-02-14"),
)
_row(
    "head-of-state-expected",
    D,
    "NAIROBI, Feb 12 - President Daniel Kamau received the Ambassador of Uganda on Monday. On "
    "Thursday, the Head of State is due to hold talks with the Prime Minister of Rwanda.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
    ("meeting", "planned", ("KEN", "RWA"), None, "2025-02-13"),
)
# near miss: no head of state named before, so no state
_row(
    "head-of-state-expected",
    D,
    "The Head of State is expected to hold a meeting with the Secretary-General of the United "
    "Nations on Friday.",
    ("meeting", "planned", (), "UN", "2025-02-14"),
)

# --- an event a document was made during -------------------------------------------------------
# "the treaty, signed during X's visit to C, will be submitted to parliament next week", "the
# protocol concluded during the talks in C is expected to enter into force": the event is when
# the document was made, so it was held, and the times of the sentence's main verb are not its.
_row(
    "made-during-held",
    D,
    "The treaty on border demarcation between Chile and Peru, signed during Chilean President "
    "Juan Soto's visit to Lima, will be submitted to parliament next week.",
    ("visit", "held", ("CHL", "PER"), None, None),
)
_row(
    "made-during-held",
    D,
    "The deputy speaker said the transit agreement between Ghana and Togo, signed during the "
    "Togolese president's visit to Accra in November, would be ratified next month.",
    ("visit", "held", ("GHA", "TGO"), None, "2024-11"),
)
_row(
    "made-during-held",
    D,
    "The fisheries protocol, concluded during the talks between the Egyptian and Sudanese "
    "foreign ministers in Cairo, is expected to enter into force in April.",
    ("meeting", "held", ("EGY", "SDN"), None, None),
)
_row(
    "made-during-held",
    D,
    "The road map adopted at the Nordic summit in Oslo is to be reviewed by the ministers in June.",
    ("conference", "held", ("NOR",), None, None),
)
# near misses: a document still to be made during an event to come
_row(
    "made-during-held",
    D,
    "The agreement will be signed during the Chilean president's visit to Lima next week.",
    ("visit", "planned", ("CHL", "PER"), None, "2025-02"),
)
_row(
    "made-during-held",
    D,
    "The ministers said a new accord could be signed during the next session of the "
    "Egypt-Sudan joint commission in May.",
    ("meeting", "planned", ("EGY", "SDN"), None, "2025-05"),
)

# --- another event to come, named before the call that discussed it -------------------------
# "discussed the agenda of the upcoming visit during a phone conversation on May 3", "reviewed
# preparations for the forthcoming summit in a call on Monday": "upcoming" is the visit's or the
# summit's; the call is told in the clause's past tense, so it was held on a past day.
_row(
    "other-to-come-before-call",
    D,
    "The presidents of Chile and Peru discussed the agenda of the upcoming visit during a phone "
    "conversation on February 3.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-03"),
)
_row(
    "other-to-come-before-call",
    D,
    "The foreign ministers of Ghana and Togo reviewed preparations for the forthcoming summit in "
    "a telephone call on Monday.",
    ("call", "held", ("GHA", "TGO"), None, "2025-02-10"),
)
_row(
    "other-to-come-before-call",
    D,
    "The prime ministers of Spain and Portugal went over the programme of the upcoming summit at "
    "a meeting in Madrid on February 4.",
    ("meeting", "held", ("ESP", "PRT"), None, "2025-02-04"),
    ("conference", "planned", ("ESP", "PRT"), None, None),
)
_row(
    "other-to-come-before-call",
    D,
    "The Kenyan president discussed the upcoming elections during a video call with the Ugandan "
    "president on February 5.",
    ("call", "held", ("KEN", "UGA"), None, "2025-02-05"),
)
# near misses: the call itself is to come
_row(
    "other-to-come-before-call",
    D,
    "The presidents of Chile and Peru will discuss the agenda of the upcoming visit during a "
    "phone conversation on February 20.",
    ("call", "planned", ("CHL", "PER"), None, "2025-02-20"),
)
_row(
    "other-to-come-before-call",
    D,
    "The foreign ministers of Ghana and Togo will review preparations for the forthcoming summit "
    "in a telephone call on Monday.",
    ("call", "planned", ("GHA", "TGO"), None, "2025-02-17"),
)

# --- a state's ties with others, discussed ----------------------------------------------------
# "discussed ways to deepen Morocco's relations with A, B and C", "discussed Ghana's ties with
# A": the states after "with" are the ties' other ends, a topic, not the talks' counterparts;
# "discussed bilateral relations with the Prime Minister of A" keeps its counterpart.
_row(
    "state-ties-topic",
    D,
    "They discussed ways to further deepen Morocco's relations with Egypt, Jordan and Tunisia.",
)
_row(
    "state-ties-topic",
    D,
    "The President of Chile met the Prime Minister of Spain in Madrid on Monday. They discussed "
    "ways to expand Chile's relationships with Argentina, Peru and Bolivia.",
    ("meeting", "held", ("CHL", "ESP"), None, "2025-02-10"),
)
_row(
    "state-ties-topic",
    D,
    "The two ministers discussed Ghana’s ties with Togo and Benin.",
)
# near misses: the counterpart after "with"
_row(
    "state-ties-topic",
    D,
    "The President of Chile discussed bilateral relations with the Prime Minister of Spain in "
    "Madrid on Monday.",
    ("meeting", "held", ("CHL", "ESP"), None, "2025-02-10"),
)
_row(
    "state-ties-topic",
    D,
    "The Kenyan foreign minister discussed Kenya's relations with the region with his Ugandan "
    "counterpart on Monday.",
    ("meeting", "held", ("KEN", "UGA"), None, "2025-02-10"),
)

# --- a gathering a trip goes on to ---------------------------------------------------------------
# "arrived in P on Monday en route to the NATO summit", "visited P on his way to the summit in
# Q", "before heading to the summit": the gathering is the trip's next stop, still to come when
# the stop is told, and the stop's day is not its day.
_row(
    "en-route-to-gathering",
    D,
    "The Indian prime minister arrived in Athens on Monday en route to the NATO summit in The "
    "Hague.",
    ("visit", "held", ("GRC", "IND"), None, "2025-02-10"),
    ("conference", "planned", ("IND", "NLD"), "NATO", None),
)
_row(
    "en-route-to-gathering",
    D,
    "The Japanese prime minister visited Manila on Tuesday on his way to the APEC summit in Lima.",
    ("visit", "held", ("JPN", "PHL"), None, "2025-02-11"),
    ("conference", "planned", ("JPN", "PER"), "APEC", None),
)
_row(
    "en-route-to-gathering",
    D,
    "Japan's Foreign Minister visited Hanoi on Monday, before heading to the ASEAN summit in "
    "Jakarta.",
    ("visit", "held", ("JPN", "VNM"), None, "2025-02-10"),
    ("conference", "planned", ("IDN", "JPN"), "ASEAN", None),
)
_row(
    "en-route-to-gathering",
    D,
    "Why the Indian Prime Minister's Greece Visit En Route To The NATO Summit Matters",
    ("visit", "held", ("GRC", "IND"), None, None),
    ("conference", "planned", ("IND",), "NATO", None),
)
# near miss: the gathering attended
_row(
    "en-route-to-gathering",
    D,
    "The Japanese prime minister attended the APEC summit in Lima on Tuesday.",
    ("conference", "held", ("JPN", "PER"), "APEC", "2025-02-11"),
)

# --- a topic discussed at a meeting told by its noun ------------------------------------------
# "Energy cooperation was discussed at a meeting of A's minister with B's ambassador on
# Tuesday": the meeting is told once, by its noun; "discussed ... with" is not a second one.
_row(
    "discussed-at-the-meeting",
    D,
    "Energy cooperation was discussed at a meeting of the Ghanaian Energy Minister with the "
    "Ambassador of Togo on Tuesday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-11"),
)
_row(
    "discussed-at-the-meeting",
    D,
    "The expansion of rail freight was discussed at the meeting of Peruvian Transport Minister "
    "Ana Lopez with Chilean Ambassador Jorge Vidal in Lima on February 4.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-04"),
)
_row(
    "discussed-at-the-meeting",
    D,
    "Port fees were discussed at the bilateral meeting of the Kenyan Transport Minister with the "
    "High Commissioner of Tanzania.",
    ("meeting", "held", ("KEN", "TZA"), None, None),
)
# near misses: "discussed X with Y" is the meeting itself
_row(
    "discussed-at-the-meeting",
    D,
    "The Peruvian Transport Minister discussed rail freight with the Chilean Ambassador in Lima "
    "on February 4.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-04"),
)
_row(
    "discussed-at-the-meeting",
    D,
    "Fisheries quotas were discussed during the talks of the Norwegian foreign minister with his "
    "Icelandic counterpart in Oslo on Monday.",
    ("meeting", "held", ("ISL", "NOR"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
