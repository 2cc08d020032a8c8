"""Meeting forms of the error classes read on the released o pages and corpus blind 14 (session 17).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- several events with one subject whose state goes unnamed ---------------------------------
# "X spoke separately with A and B", "meetings were also held with the ministers of A, B and
# C": the words say each partner had an event of its own, even where the subject's own state is
# never named (a nameless adviser, a passive "were held"); one record per partner, each with
# the partner's side, rather than one record with all the partners as sides of one event. An
# official's title ("Head of the Europe Department", "Security Council Secretary") holds no
# next event.
_row(
    "apart-nameless-subject",
    D,
    "The security adviser spoke separately on Tuesday with Foreign Minister Ana Ruiz of Chile "
    "and Defence Minister Paulo Lima of Peru.",
    ("call", "held", ("CHL",), None, "2025-02-11"),
    ("call", "held", ("PER",), None, "2025-02-11"),
)
_row(
    "apart-nameless-subject",
    D,
    "Meetings were also held on Monday with the Prime Minister of Estonia, the President of "
    "Finland and the Foreign Minister of Sweden.",
    ("meeting", "held", ("EST",), None, "2025-02-10"),
    ("meeting", "held", ("FIN",), None, "2025-02-10"),
    ("meeting", "held", ("SWE",), None, "2025-02-10"),
)
_row(
    "apart-nameless-subject",
    D,
    "The Ghanaian finance minister spent two days in Brussels. Meetings were held there with the "
    "Dutch trade minister, the Belgian foreign minister and the Austrian economy minister.",
    ("meeting", "held", ("AUT", "GHA"), None, None),
    ("meeting", "held", ("BEL", "GHA"), None, None),
    ("meeting", "held", ("GHA", "NLD"), None, None),
)
_row(
    "apart-nameless-subject",
    D,
    "The deputy adviser talked separately by phone with the Head of the Europe Department of the "
    "Foreign Ministry of Latvia and Deputy Minister Tomas Varga of Hungary on Friday.",
    ("call", "held", ("LVA",), None, None),
    ("call", "held", ("HUN",), None, None),
)
_row(
    "apart-nameless-subject",
    D,
    "The envoy held separate talks in the capital on Thursday with the Kenyan foreign minister "
    "and the Ugandan trade minister.",
    ("meeting", "held", ("KEN",), None, "2025-02-06"),
    ("meeting", "held", ("UGA",), None, "2025-02-06"),
)
# near misses: the states listed meet one another, or one event with several partners
_row(
    "apart-nameless-subject",
    D,
    "Meetings between the delegations of Ghana and Togo were held on Monday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
)
_row(
    "apart-nameless-subject",
    D,
    "Phone calls between the leaders of Ghana and Togo took place on Monday.",
    ("call", "held", ("GHA", "TGO"), None, "2025-02-10"),
)
_row(
    "apart-nameless-subject",
    D,
    "Meetings of the presidents of Ghana and Togo were held on Monday.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
)
_row(
    "apart-nameless-subject",
    D,
    "The special envoy spoke on Tuesday with the foreign ministers of Chile and Peru.",
    ("call", "held", ("CHL", "PER"), None, "2025-02-11"),
)

# --- "They discussed preparations for the summit" after talks -----------------------------------
# "They also discussed preparations for the upcoming summit in C": the pronoun is the sides of
# the talks told just before, as "The leaders discussed preparations for" is; preparing the
# gathering together, they take part in it (with its host's state).
_row(
    "they-prepared-the-gathering",
    D,
    "The Spanish foreign minister spoke by phone on Monday with his Greek counterpart. They also "
    "discussed preparations for the upcoming EU summit in Brussels.",
    ("call", "held", ("ESP", "GRC"), None, "2025-02-10"),
    ("conference", "planned", ("BEL", "ESP", "GRC"), "EU", None),
)
_row(
    "they-prepared-the-gathering",
    D,
    "The Chilean and Peruvian presidents met in Lima on Tuesday. They discussed preparations for "
    "the APEC summit in Bangkok in November.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-11"),
    ("conference", "planned", ("CHL", "PER", "THA"), "APEC", "2025-11"),
)
_row(
    "they-prepared-the-gathering",
    D,
    "The Danish prime minister received the Icelandic premier in Copenhagen on Friday. They also "
    "reviewed preparations for the NATO summit in The Hague.",
    ("meeting", "held", ("DNK", "ISL"), None, "2025-02-07"),
    ("conference", "planned", ("DNK", "ISL", "NLD"), "NATO", None),
)
# near miss: others' words about the summit ("officials said they"): its host alone
_row(
    "they-prepared-the-gathering",
    D,
    "Ministers of Kenya and Uganda met in Nairobi. Officials said they discussed preparations for "
    "the summit in Addis Ababa.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
    ("conference", "planned", ("ETH",), None, None),
)

# --- a group or the officials of states "convene" ---------------------------------------------
# "The group is scheduled to convene on Friday", "the presidents of A and B convened in C": the
# intransitive verb is the subjects' own meeting, as "meet" is. Not the transitive verb (its
# object is the event or the officials convened), nor the passive "to be convened", whose
# event word is told beside it, nor a domestic body's session.
_row(
    "group-convenes",
    D,
    "The Quad, made up of India, Japan, Australia and the United States, will convene on Friday.",
    ("conference", "planned", ("AUS", "IND", "JPN", "USA"), None, "2025-02-14"),
)
_row(
    "group-convenes",
    D,
    "The presidents of Kenya and Tanzania convened in Arusha on Monday.",
    ("meeting", "held", ("KEN", "TZA"), None, "2025-02-10"),
)
_row(
    "group-convenes",
    D,
    "Leaders of the African Union will convene in Addis Ababa on Saturday.",
    ("conference", "planned", ("ETH",), None, "2025-02-15"),
)
# near misses: a domestic body; the transitive verb; the passive
_row("group-convenes", D, "The central bank board convened on Friday.")
_row("group-convenes", D, "The cabinet will convene again on Monday.")
_row(
    "group-convenes",
    D,
    "Norway will convene a meeting of Nordic ministers next week.",
    ("conference", "planned", ("NOR",), None, "2025-02"),
)
_row("group-convenes", D, "The commission is expected to be convened in Riga in March.")

# --- an event postponed to a later time ----------------------------------------------------------
# "the session of the commission, which has been postponed to the autumn", "the summit was put
# off until June": the event has not taken place and is to come; it is planned, and its new
# time is read forward.
_row(
    "postponed-to-later",
    D,
    "The sides discussed the meeting of the Czech-Slovak Intergovernmental Commission, which has "
    "been postponed to the autumn.",
    ("meeting", "planned", ("CZE", "SVK"), None, None),
)
_row(
    "postponed-to-later",
    D,
    "The session of the Polish-Lithuanian intergovernmental commission has been postponed until "
    "September.",
    ("meeting", "planned", ("LTU", "POL"), None, "2025-09"),
)
_row(
    "postponed-to-later",
    D,
    "The summit of Mercosur leaders was postponed to next year because of the floods.",
    ("conference", "planned", (), "MERCOSUR", "2026"),
)
# near miss: held after a delay
_row(
    "postponed-to-later",
    D,
    "The meeting between the presidents of Chile and Peru was held on Monday after being "
    "postponed twice.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- a meeting "of the cabinet" ----------------------------------------------------------------
# "At a meeting of the Cabinet of Ministers on Wednesday, the Prime Minister said ...": a
# government's own session, however the story pairs its state with another elsewhere; as "a
# cabinet meeting" already is, it is domestic and no record.
_row(
    "meeting-of-the-cabinet",
    D,
    "Georgia and Armenia agreed to expand trade. At a meeting of the Cabinet of Ministers on "
    "Wednesday, Prime Minister Ali Vale said the economy would grow.",
)
_row(
    "meeting-of-the-cabinet",
    D,
    "Kenya and Uganda are close partners. At a meeting of the Kenyan cabinet on Tuesday, "
    "President Jomo Waweru approved the Uganda pipeline plan.",
)
_row(
    "meeting-of-the-cabinet",
    D,
    "Chile and Peru signed a deal last week. During a session of the new cabinet on Monday, "
    "President Luis Soto praised the deal with Peru.",
)
# near miss: two states' officials meeting at the cabinet's sitting
_row(
    "meeting-of-the-cabinet",
    D,
    "The Ukrainian prime minister met his Polish counterpart on Monday at a sitting of the "
    "Polish cabinet.",
    ("meeting", "held", ("POL", "UKR"), None, "2025-02-10"),
)

# --- "in his conversation with Y" after a call with Y ------------------------------------------
# "X had phone conversations with Y and Z. In his conversation with Y, X recalled ...": the
# noun alone, told after a call with the same sides, is that call, no meeting of its own; and
# "their meeting in C in October" recalled in it is the sides' earlier meeting, a record of
# its own (a call is the event its sides refer back to when no meeting was told).
_row(
    "conversation-is-the-call",
    D,
    "On Monday, the Chilean president had phone conversations with the presidents of Peru and "
    "Bolivia. In his conversation with the Peruvian leader, the Chilean president recalled their "
    "meeting in Lima in October.",
    ("call", "held", ("BOL", "CHL"), None, "2025-02-10"),
    ("call", "held", ("CHL", "PER"), None, "2025-02-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2024-10"),
)
_row(
    "conversation-is-the-call",
    D,
    "The Latvian prime minister spoke by phone with the Estonian premier on Tuesday. During the "
    "conversation, the sides discussed energy links.",
    ("call", "held", ("EST", "LVA"), None, "2025-02-11"),
)
_row(
    "conversation-is-the-call",
    D,
    "The Latvian prime minister spoke by phone with the Estonian premier on Tuesday. They "
    "recalled their meeting in Riga last summer.",
    ("call", "held", ("EST", "LVA"), None, "2025-02-11"),
    ("meeting", "held", ("EST", "LVA"), None, None),
)
_row(
    "conversation-is-the-call",
    D,
    "The Moroccan king held a telephone conversation with the Spanish prime minister on Friday. "
    "In their conversation, the Spanish prime minister thanked the king for the invitation.",
    ("call", "held", ("ESP", "MAR"), None, "2025-02-07"),
)
# near miss: a conversation in person after a visit is the visit's meeting
_row(
    "conversation-is-the-call",
    D,
    "The Latvian prime minister received the Estonian premier in Riga on Tuesday. In the "
    "conversation with his guest, he praised energy links.",
    ("meeting", "held", ("EST", "LVA"), None, "2025-02-11"),
)

# --- a body's session held by video --------------------------------------------------------------
# "A meeting of the Council of X took place via videoconference on Tuesday under the
# chairmanship of A's minister, B's government said": the session held by video is the
# gathering itself, not a call between the chair's state and the reporting one.
_row(
    "session-by-video",
    D,
    "A meeting of the CIS heads-of-government council took place via videoconference "
    "on Tuesday, chaired by Belarusian Prime Minister Ivan Dubrov, the Armenian "
    "government said.",
    ("conference", "held", ("ARM", "BLR"), "CIS", "2025-02-11"),
)
_row(
    "session-by-video",
    D,
    "The summit of the Organization of Turkic States was held by video link on Friday under the "
    "chairmanship of Azerbaijani President Tural Mammadli, the Kazakh presidential office "
    "reported.",
    ("conference", "held", ("AZE", "KAZ"), "OTS", "2025-02-07"),
)
_row(
    "session-by-video",
    D,
    "A session of the ASEAN foreign ministers took place via video conference on Monday, chaired "
    "by Vietnamese Foreign Minister Pham Lan, the Thai foreign ministry said.",
    ("conference", "held", ("THA", "VNM"), "ASEAN", "2025-02-10"),
    known="a session of a body's ministers with no gathering word of its own is read as a call",
)
# near miss: a phone call on the sidelines of a summit stays a call of its own
_row(
    "session-by-video",
    D,
    "On the sidelines of the NATO summit in Madrid on Tuesday, the Spanish prime minister spoke "
    "by phone with the Moroccan king.",
    ("call", "held", ("ESP", "MAR"), None, "2025-02-11"),
    ("conference", "held", ("ESP",), "NATO", "2025-02-11"),
)

# --- talks an act may lead to ---------------------------------------------------------------
# "the pact could pave the way for new global talks", "the swap might open the door to direct
# talks between A and B": with the modal, the talks are a prospect the writer foresees, only
# speculated about; no record. The past "paved the way for talks" and talks that may pave the
# way for something else stay events.
_row(
    "may-lead-to-talks",
    D,
    "She said the accord could lower duties, scrap rice quotas and pave the way for fresh "
    "global talks under the World Trade Organization.",
)
_row(
    "may-lead-to-talks",
    D,
    "Diplomats said the prisoner swap might open the door to direct talks between Serbia and "
    "Kosovo.",
)
_row(
    "may-lead-to-talks",
    D,
    "Officials said the deal could lead to talks between the Chilean and Bolivian foreign "
    "ministers.",
)
_row(
    "may-lead-to-talks",
    D,
    "The agreement would lead to a summit of the leaders of Sudan and South Sudan.",
)
# near misses: the act done; the talks themselves may lead somewhere
_row(
    "may-lead-to-talks",
    D,
    "The ceasefire paved the way for talks between Armenia and Azerbaijan.",
    ("meeting", "held", ("ARM", "AZE"), None, None),
)
_row(
    "may-lead-to-talks",
    D,
    "Chile and Peru held talks in Lima on Monday that could pave the way for a new trade deal.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-10"),
)

# --- a commission's field told as a list ---------------------------------------------------------
# "the joint commission on trade, economic and cultural cooperation took place in C on May 3":
# the field's list is part of the body's name, its commas no end of the clause; the place and
# day after it are the session's own.
_row(
    "field-listed-in-the-name",
    D,
    "The 5th meeting of the Chilean-Peruvian intergovernmental commission on trade, economic, "
    "scientific, technical and cultural cooperation took place in Lima on February 3.",
    ("meeting", "held", ("CHL", "PER"), None, "2025-02-03"),
)
_row(
    "field-listed-in-the-name",
    D,
    "The next session of the Kenyan-Ugandan joint commission on trade, energy and transport will "
    "be held in Kampala in June.",
    ("meeting", "planned", ("KEN", "UGA"), None, "2025-06"),
)
_row(
    "field-listed-in-the-name",
    D,
    "The Polish-Lithuanian intergovernmental commission on energy, transport, and border "
    "crossings met in Vilnius on Monday.",
    ("meeting", "held", ("LTU", "POL"), None, "2025-02-10"),
)
# near miss: talks on a list of topics, then another event's day
_row(
    "field-listed-in-the-name",
    D,
    "The Kenyan and Ugandan ministers held talks on trade, energy and transport, and agreed to "
    "meet again in Kampala in June.",
    ("meeting", "held", ("KEN", "UGA"), None, None),
    ("meeting", "planned", ("KEN", "UGA"), None, "2025-06"),
)

# --- a saint's city with its dotted "St." -------------------------------------------------------
# "the summit scheduled to be held in St. Petersburg": the abbreviation's full stop is part of
# the city's name, which gives the gathering its host state.
_row(
    "dotted-saint-city",
    D,
    "The leaders of the Eurasian Economic Union will gather for a summit in St. Petersburg on "
    "December 20.",
    ("conference", "planned", ("RUS",), "EAEU", "2025-12-20"),
)
_row(
    "dotted-saint-city",
    D,
    "A conference of the Commonwealth of Independent States is due to take place in "
    "St. Petersburg in the autumn.",
    ("conference", "planned", ("RUS",), "CIS", None),
)
_row(
    "dotted-saint-city",
    D,
    "The foreign ministers reviewed preparations for the BRICS summit to be held in "
    "St. Petersburg in October.",
    ("conference", "planned", ("RUS",), "BRICS", "2025-10"),
)
# near miss: a saint's city the gazetteer does not hold gives no place, and the sides stay
_row(
    "dotted-saint-city",
    D,
    "The Canadian and French foreign ministers met in St. John's on Monday.",
    ("meeting", "held", ("CAN", "FRA"), None, "2025-02-10"),
)

# --- the meeting named by its two officials' surnames -------------------------------------------
# "a meeting between A's minister X Soto and B's Y Vos" ... "the Soto-Vos meeting will also
# involve the ministers of C and D": the surnames joined name the meeting told before, now with
# more sides; one record, not a second one of the others alone.
_row(
    "surnames-name-the-meeting",
    D,
    "The offer will be made at a meeting later this month between Chilean Trade Minister Ana "
    "Soto and EU Trade Commissioner Jan Vos. Officials said the Soto-Vos meeting will take place "
    "in Madrid and will also involve the trade ministers of France and Italy.",
    # (Madrid, a third state's city with no host role told, is no side: three sides meet)
    ("meeting", "planned", ("CHL", "FRA", "ITA"), None, "2025-02"),
)
_row(
    "surnames-name-the-meeting",
    D,
    "Kenyan Foreign Minister Paul Otieno will meet Ugandan Foreign Minister Grace Nakato on "
    "Friday. The Otieno-Nakato meeting will also involve the foreign ministers of Rwanda and "
    "Burundi.",
    ("conference", "planned", ("BDI", "KEN", "RWA", "UGA"), None, "2025-02-14"),
)
_row(
    "surnames-name-the-meeting",
    D,
    "Belgian Foreign Minister Anne Claes will meet Dutch Foreign Minister Pieter de Wit in "
    "Brussels on Thursday. The Claes-de Wit meeting will also involve the foreign ministers of "
    "Luxembourg and Germany.",
    ("conference", "planned", ("BEL", "DEU", "LUX", "NLD"), None, "2025-02-13"),
)
# near miss: the pair's meeting named again with its own sides only stays one record
_row(
    "surnames-name-the-meeting",
    D,
    "Kenyan Foreign Minister Paul Otieno met Ugandan Foreign Minister Grace Nakato in Nairobi on "
    "Monday. Diplomats said the Otieno-Nakato talks were also attended by the foreign minister "
    "of Rwanda.",
    ("meeting", "held", ("KEN", "RWA", "UGA"), None, "2025-02-10"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
