"""Meeting forms of the error classes read on the released m pages (session 7).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2024-09-11"  # a Wednesday: Monday is September 9, Friday September 13

# --- a parliament's plenary session ---------------------------------------------------
# The plenary session at which a state's own legislators ratify or debate is a domestic
# meeting, even when the documents it approves were signed with another state; the session
# of an international assembly stays a conference.
_row(
    "house-plenary",
    D,
    "Members of the Sejm at today's plenary session ratified the agreement between Poland "
    "and Lithuania on the joint use of the border river.",
)
_row(
    "house-plenary",
    D,
    "The Moldovan parliament on Tuesday approved a treaty signed with Romania, as the plenary "
    "session of the legislature discussed several bills.",
)
_row(
    "house-plenary",
    D,
    "Lawmakers from forty states gathered in Lisbon on Monday for the plenary session of the "
    "Parliamentary Assembly of the Mediterranean.",
    ("conference", "held", ("PRT",), None, "2024-09-09"),
)

# --- a summit named for a state and a region of fixed membership -------------------------
# "the India-Central Asia Summit", "the C5+1 summit": the region in the format's name is not
# expanded into its states (spec section 2, the owners' keys: session 35); the sides are the
# state the format pairs with the region and the host.
_row(
    "region-format-summit",
    D,
    "The third India-Central Asia Summit will be held in New Delhi in January.",
    ("conference", "planned", ("IND",), None, "2025-01"),
)
_row(
    "region-format-summit",
    D,
    "The agenda of the Korea-Central Asia summit, due in Seoul next spring, was discussed by "
    "the organising committee.",
    ("conference", "planned", ("KOR",), None, None),
)
_row(
    "region-format-summit",
    D,
    "Leaders of the Nordic countries and the three Baltic states will attend the "
    "Poland-Baltic summit in Riga on Friday.",
    ("conference", "planned", ("LVA", "POL"), None, "2024-09-13"),
)

# --- talks told by reference at a gathering their sentence names --------------------------
# "recalling their meeting on the sidelines of the summit in X last spring": talks of their
# own at that gathering (its time), between the sides named or the story's pair, who also
# take part in the gathering; not the talks the story reports.
_row(
    "talks-at-named-gathering",
    D,
    "The foreign ministers of Chile and Peru held a phone call on Tuesday. Recalling their "
    "meeting on the sidelines of the APEC summit in Lima last November, they praised the "
    "progress on the border crossings.",
    ("call", "held", ("CHL", "PER"), None, "2024-09-10"),
    ("meeting", "held", ("CHL", "PER"), None, "2023-11"),
    ("conference", "held", ("CHL", "PER"), "APEC", "2023-11"),
)
_row(
    "talks-at-named-gathering",
    D,
    "On Monday the Prime Minister of Mongolia received the new ambassador of Vietnam. They "
    "recalled the talks held between the presidents of Mongolia and Vietnam on the margins "
    "of the ASEAN summit in Jakarta in May.",
    ("meeting", "held", ("MNG", "VNM"), None, "2024-09-09"),
    ("meeting", "held", ("MNG", "VNM"), None, "2024-05"),
    ("conference", "held", ("MNG", "VNM"), "ASEAN", "2024-05"),
)
_row(
    "talks-at-named-gathering",
    D,
    "Canada and Mexico agreed on Monday to expand rail freight. In June, on the sidelines of "
    "the G20 summit in Rome, the leaders of the two countries held a long meeting.",
    ("meeting", "held", ("CAN", "MEX"), None, "2024-06"),
    ("conference", "held", ("CAN", "MEX"), "G20", "2024-06"),
)

# --- the next session of a body the story told ------------------------------------------
# "Its next meeting will be held in X", "the next meeting of the Council of Ministers will
# be held in X": a session to come of the body whose session the story reported, a record of
# its own (the body's sides for talks of two, the host named for a gathering of many),
# never the session held.
_row(
    "next-session-of-told-body",
    D,
    "The Chilean-Argentine Joint Council held its second meeting in Santiago on Monday. "
    "Its next meeting will be held in Mendoza.",
    ("meeting", "held", ("ARG", "CHL"), None, "2024-09-09"),
    ("meeting", "planned", ("ARG", "CHL"), None, None),
)
_row(
    "next-session-of-told-body",
    D,
    "The 40th meeting of the Council of Ministers of the Black Sea Economic Cooperation "
    "Organization (BSEC) was held in Sofia on Monday. It was announced that the next meeting "
    "of the Council of Ministers will be held in Ankara in 2025.",
    ("conference", "held", ("BGR",), "BSEC", "2024-09-09"),
    ("conference", "planned", ("TUR",), "BSEC", "2025"),
)

# --- a step of the day told with "Earlier on <weekday>" -----------------------------------
# "X met Y on Tuesday. Earlier on Tuesday, the host's foreign minister held talks with Y": a
# step of its own on that day (another official of the host), not the first talks again.
_row(
    "earlier-on-the-day",
    D,
    "Brazilian Vice President Ana Costa met with Angolan Foreign Minister Joao Neto in "
    "Brasilia on Tuesday. Earlier on Tuesday, the Brazilian Foreign Minister held talks "
    "with Neto.",
    ("meeting", "held", ("AGO", "BRA"), None, "2024-09-10"),
    ("meeting", "held", ("AGO", "BRA"), None, "2024-09-10"),
)
_row(
    "earlier-on-the-day",
    D,
    "Thai Prime Minister Somchai Wongsa received Lao Foreign Minister Bounmy Phan in Bangkok "
    "on Monday. Earlier this morning, the Thai trade minister held talks with Phan on border "
    "trade.",
    ("meeting", "held", ("LAO", "THA"), None, "2024-09-09"),
    ("meeting", "held", ("LAO", "THA"), None, None),
)

# --- a season of this year not yet begun ----------------------------------------------------
# "the summit in X this autumn" in a story of spring or summer is to come, whatever past verb
# ("expressed support for ... hosting") the sentence tells it with.
_row(
    "season-to-come",
    "2024-06-05",
    "The Kenyan side expressed support for Rwanda in hosting the summit of the East African "
    "Community in Kigali this autumn.",
    ("conference", "planned", ("RWA",), None, "2024"),
)
_row(
    "season-to-come",
    "2024-04-05",
    "Both ministers welcomed the plans of Portugal to hold the summit of the CPLP in Lisbon "
    "this summer.",
    ("conference", "planned", ("PRT",), None, "2024"),
)
_row(
    "season-to-come",
    "2024-11-05",
    "The ministers recalled the summit of the CPLP held in Lisbon this summer.",
    ("conference", "held", ("PRT",), None, "2024"),
)

# --- the officials of the talks told, received in a later step ---------------------------
# "In the evening, the three ministers were received by the host's president": a step of the
# talks' programme, an event of its own between the talks' sides.
_row(
    "counted-officials-step",
    D,
    "A trilateral meeting of the foreign ministers of Spain, Portugal and Morocco was held in "
    "Seville on Tuesday. In the evening, the three ministers were received by the King of Spain.",
    ("meeting", "held", ("ESP", "MAR", "PRT"), None, "2024-09-10"),
    ("meeting", "held", ("ESP", "MAR", "PRT"), None, "2024-09-10"),
)
_row(
    "counted-officials-step",
    D,
    "The foreign ministers of Egypt, Jordan and Iraq met in Amman on Monday for a trilateral "
    "meeting. In the afternoon, the three ministers were received by the Prime Minister of "
    "Jordan.",
    ("meeting", "held", ("EGY", "IRQ", "JOR"), None, "2024-09-09"),
    ("meeting", "held", ("EGY", "IRQ", "JOR"), None, "2024-09-09"),
)

# --- the states a back-reference's sentence names as gathered ----------------------------
# "The meeting, chaired by A, brought together the ministers of the member states, including
# B, C and D": the told gathering's sides, though the sentence's meeting word only refers back.
_row(
    "gathered-states",
    D,
    "The 12th meeting of the Council of Ministers of the Black Sea Economic Cooperation "
    "Organization (BSEC) was held in Sofia on Monday. The meeting, chaired by the Bulgarian "
    "minister, brought together delegations of the member states, including Greece, Romania, "
    "Serbia and Georgia.",
    ("conference", "held", ("BGR", "GEO", "GRC", "ROU", "SRB"), "BSEC", "2024-09-09"),
)
_row(
    "gathered-states",
    D,
    "An international conference on river shipping opened in Vienna on Tuesday. The "
    "conference, hosted by the Austrian government, gathered ministers from Hungary, "
    "Slovakia, Croatia and Serbia.",
    ("conference", "held", ("AUT", "HRV", "HUN", "SRB", "SVK"), None, "2024-09-10"),
)

# --- an invitation to a gathering whose guest is the other side of the talks -----------
# "As the talks ended, X invited him to take part in the forum in Y": the guest is told by a
# pronoun or as the counterpart, so the two sides of the talks told take part in it.
_row(
    "invited-the-guest",
    D,
    "Prime Minister Aziz Karimi of Tajikistan met Mongolian Prime Minister Bat Erdene in "
    "Dushanbe on Monday. As the meeting ended, Karimi invited him to take part in the "
    "International Water Forum, to be held in Geneva on October 14.",
    ("meeting", "held", ("MNG", "TJK"), None, "2024-09-09"),
    ("conference", "planned", ("CHE", "MNG", "TJK"), None, "2024-10-14"),
)
_row(
    "invited-the-guest",
    D,
    "The foreign ministers of Chile and Uruguay held talks in Santiago on Tuesday. The Chilean "
    "minister invited his counterpart to attend the Pacific Energy Conference to be held in "
    "Lima in November.",
    ("meeting", "held", ("CHL", "URY"), None, "2024-09-10"),
    ("conference", "planned", ("CHL", "PER", "URY"), None, "2024-11"),
)

# --- the visit under way of the talks' guest, told in an aside ---------------------------
# "The presidents of A and B chaired the council in X on Monday. A's president, who is on a
# state visit to B, called it historic": the guest's visit is a record beside the talks.
_row(
    "guest-on-a-visit-aside",
    D,
    "The presidents of Ghana and Nigeria, Kofi Mensah and Musa Bello, chaired the first "
    "session of the Joint Presidential Council in Abuja on Monday.\n\nKofi Mensah, who is on "
    "a state visit to Nigeria, called the session a milestone.",
    ("meeting", "held", ("GHA", "NGA"), None, "2024-09-09"),
    ("visit", "held", ("GHA", "NGA"), None, None),
)
_row(
    "guest-on-a-visit-aside",
    D,
    "The prime ministers of Slovakia and Hungary, Jan Novak and Gabor Kiss, co-chaired the "
    "intergovernmental commission in Budapest on Tuesday.\n\nJan Novak, who is on an official "
    "visit to Hungary, said the talks had been productive.",
    ("meeting", "held", ("HUN", "SVK"), None, "2024-09-10"),
    ("visit", "held", ("HUN", "SVK"), None, None),
)

# --- "the co-chairs" are people, not the act of co-chairing ------------------------------
# "The co-chairs signed the protocol of the session": the noun names the body's chairs (a
# determiner before it), no new meeting, and no present tense that would make it planned.
_row(
    "co-chairs-noun",
    D,
    "The Chilean-Bolivian joint commission met in La Paz on Monday. The co-chairs signed the "
    "protocol of the fifth session.",
    ("meeting", "held", ("BOL", "CHL"), None, "2024-09-09"),
)
_row(
    "co-chairs-noun",
    D,
    "Ministers of Ghana and Togo held the session of their joint commission in Accra on "
    "Tuesday. The two co-chairs later briefed reporters.",
    ("meeting", "held", ("GHA", "TGO"), None, "2024-09-10"),
)

# --- a dated session of a body of two governments --------------------------------------
# "A and B expect ..., X said after a session of the intergovernmental commission held in Y
# on Monday": the two states the sentence names are the commission's, so the session is
# an event between them though its own clause names only the host city.
_row(
    "pair-commission-session",
    D,
    "Chile and Peru expect their trade to double, the Chilean minister said after a session "
    "of the intergovernmental commission held in Lima on Monday.",
    ("meeting", "held", ("CHL", "PER"), None, "2024-09-09"),
)
_row(
    "pair-commission-session",
    D,
    "Ghana and Kenya will open direct flights next year, officials said after a meeting of "
    "the joint commission held in Nairobi on Tuesday.",
    ("meeting", "held", ("GHA", "KEN"), None, "2024-09-10"),
)

# --- an event's own tense after an aside on it --------------------------------------------
# "the fifth meeting of the joint commission on energy, which she co-chairs, would be held
# in X": the event's own predicate, past the aside between commas, tells its status.
_row(
    "tense-after-aside",
    D,
    "Norwegian Minister Kari Dahl met a Danish delegation in Oslo on Monday. Dahl said the "
    "fifth meeting of the Norwegian-Danish joint commission on energy, which she co-chairs, "
    "would be held in Copenhagen in the second half of the year.",
    ("meeting", "held", ("DNK", "NOR"), None, "2024-09-09"),
    ("meeting", "planned", ("DNK", "NOR"), None, None),
)
_row(
    "tense-after-aside",
    D,
    "Officials of Kenya and Uganda met in Kampala on Tuesday. They said the next session of "
    "the Kenya-Uganda intergovernmental committee, which both ministers attend, will take "
    "place in Mombasa later on.",
    ("meeting", "held", ("KEN", "UGA"), None, "2024-09-10"),
    ("meeting", "planned", ("KEN", "UGA"), None, None),
)

# --- a day of a visit told by its rank ----------------------------------------------------
# "today, on the second day of the state visit of X, who arrived yesterday": the visit began
# the day before the day told, so both mentions are one visit dated by its first day.
_row(
    "nth-day-of-visit",
    D,
    "The Hungarian President toured a refinery in Baku today, on the third day of his state "
    "visit to Azerbaijan.",
    ("visit", "held", ("AZE", "HUN"), None, "2024-09-09"),
)
_row(
    "nth-day-of-visit",
    D,
    "On Wednesday, the second day of the official visit of the President of Chad to Niger, "
    "the guest laid a wreath in Niamey.",
    ("visit", "held", ("NER", "TCD"), None, "2024-09-10"),
)

# --- the visit under way told as going on ------------------------------------------------
# "The visit will continue tomorrow in the X region": the visit already told, not a new
# planned one.
_row(
    "visit-goes-on",
    D,
    "The Prime Minister of Nepal arrived in New Delhi on Tuesday for an official visit to "
    "India. The visit will continue tomorrow in Varanasi.",
    ("visit", "held", ("IND", "NPL"), None, "2024-09-10"),
)
_row(
    "visit-goes-on",
    D,
    "The President of Benin began a state visit to Togo on Monday. The visit continues on "
    "Thursday in the north of the country.",
    ("visit", "held", ("BEN", "TGO"), None, "2024-09-09"),
)

# --- a series of visits is no event -------------------------------------------------------
# "several high-level visits exchanged last year", "the regular exchange of visits": visits
# counted or told as a practice, not one visit a record could date.
_row(
    "visit-series",
    D,
    "Ties between Malaysia and Brunei have grown on the strength of several senior visits "
    "exchanged in 2023, the Malaysian envoy said.",
)
_row(
    "visit-series",
    D,
    "Frequent ministerial visits between Iceland and Norway have deepened fisheries "
    "cooperation, officials said on Monday.",
)
_row(
    "visit-series",
    D,
    "Several Chilean ministers praised the state visit of the President of Peru to Chile in May.",
    ("visit", "held", ("CHL", "PER"), None, "2024-05"),
)

# --- a body's last gathering told by its possessive --------------------------------------
# "the decision the body took at its last summit", in a story of talks with that body's head:
# the summit is an event of its own (the body's, no state named), not the talks.
_row(
    "its-last-summit",
    D,
    "The President of Senegal received the Secretary General of the OIC on Monday. He "
    "praised the decision on food security that the OIC took at its last summit.",
    ("meeting", "held", ("SEN",), "OIC", "2024-09-09"),
    ("conference", "held", (), "OIC", None),
)
_row(
    "its-last-summit",
    D,
    "The Foreign Minister of Jordan met the Secretary General of the Arab League in Amman on "
    "Tuesday. They reviewed the resolutions the Arab League adopted at its previous summit.",
    ("meeting", "held", ("JOR",), "LAS", "2024-09-10"),
    ("conference", "held", (), "LAS", None),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
