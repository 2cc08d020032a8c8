"""Meeting forms of the error classes read on the released i pages (session 8).

A told table (``meeting_rows`` says what a row is and when it passes); rows
that must stay as they are sit beside the classes' rows.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells)
TABLE, _row = told_table()

D = "2025-02-12"  # a Wednesday: Monday is February 10, Friday February 14

# --- the pair of the talks told, going to a gathering ----------------------------------
# "Both prime ministers attended the summit", "the forum in C, which both presidents are
# expected to attend", "the two envoys agreed to coordinate their positions ahead of the
# summit": the officials of the talks told take part in the gathering, so their states are
# its sides beside its host.
_row(
    "pair-goes-to-gathering",
    D,
    "The President of Ghana held talks with the President of Togo in Accra on Monday. The "
    "presidents also exchanged views on the upcoming ECOWAS summit in Abuja in June, which "
    "both leaders are expected to attend.",
    ("meeting", "held", ("GHA", "TGO"), None, "2025-02-10"),
    ("conference", "planned", ("GHA", "NGA", "TGO"), "ECOWAS", "2025-06"),
)
_row(
    "pair-goes-to-gathering",
    D,
    "The Prime Minister of Latvia met the Prime Minister of Estonia in Riga on Tuesday. Both "
    "prime ministers attended the summit of the Council of the Baltic Sea States in Oslo in "
    "November.",
    ("meeting", "held", ("EST", "LVA"), None, "2025-02-11"),
    ("conference", "held", ("EST", "LVA", "NOR"), None, "2024-11"),
)
_row(
    "pair-goes-to-gathering",
    D,
    "The foreign ministers of Chile and Uruguay spoke by phone on Monday. Separately, the two "
    "diplomats agreed to coordinate their positions ahead of the Mercosur summit that Brazil "
    "will host in July.",
    ("call", "held", ("CHL", "URY"), None, "2025-02-10"),
    ("conference", "planned", ("BRA", "CHL", "URY"), None, None),
)
# two named gatherings of different kinds, each with the pair: two events, not one
_row(
    "pair-goes-to-gathering",
    D,
    "Qatari Foreign Minister Khalid Al-Mansouri held talks with his Jordanian counterpart Samir "
    "Haddad in Doha on Tuesday. He invited the guest to the Doha Economic Forum in May. The "
    "sides also talked about preparations for the Arab League summit in Baghdad, which both "
    "ministers plan to attend.",
    ("meeting", "held", ("JOR", "QAT"), None, "2025-02-11"),
    ("conference", "planned", ("JOR", "QAT"), None, "2025-05"),
    ("conference", "planned", ("IRQ", "JOR", "QAT"), None, None),
)

# --- a body's official on a programme of talks with a state --------------------------------
# "X received the body's chief. Earlier in the day, the chief held talks with the Foreign
# Minister. She later met the Trade Minister": each step with another official of the state is
# talks of their own (the state and the body), on the day of the reception, not the reception.
_row(
    "body-official-steps",
    D,
    "The President of Kenya on Monday received the Chairperson of the African Union "
    "Commission, Maria Delgado. Earlier in the day, Delgado held talks with Foreign Minister "
    "Peter Otieno. She later met Trade Minister Rose Wanjiru.",
    ("meeting", "held", ("KEN",), "AU", "2025-02-10"),
    ("meeting", "held", ("KEN",), "AU", "2025-02-10"),
    ("meeting", "held", ("KEN",), "AU", "2025-02-10"),
)
_row(
    "body-official-steps",
    D,
    "Peruvian Foreign Minister Ana Castillo on Tuesday received the head of the IAEA, Rafael "
    "Grossi, in Lima. Later that day, Grossi held talks with Energy Minister Jorge Salas.",
    ("meeting", "held", ("PER",), "IAEA", "2025-02-11"),
    ("meeting", "held", ("PER",), "IAEA", "2025-02-11"),
)

# --- the outlet named by its web address ---------------------------------------------------
# "Follow Gazette.tn on X": a story credited to an outlet named by a web address reports from
# the state of its country code, so the official it names by title alone ("President X") is
# that state's.
_row(
    "outlet-web-address",
    D,
    "On the sidelines of the Arab League summit in Cairo on Monday, President Kais Nasser held "
    "separate meetings with the leaders of Jordan and Oman. Follow Gazette.tn on X for more "
    "news.",
    ("conference", "held", ("EGY", "JOR", "OMN", "TUN"), "LAS", "2025-02-10"),
    ("meeting", "held", ("JOR", "TUN"), None, "2025-02-10"),
    ("meeting", "held", ("OMN", "TUN"), None, "2025-02-10"),
)
_row(
    "outlet-web-address",
    D,
    "President Samuel Okello spoke by phone with the President of Rwanda on Monday, discussing "
    "the border crossings. Follow Monitor.ug on Telegram for more news.",
    ("call", "held", ("RWA", "UGA"), None, "2025-02-10"),
)

# --- "he" after a sentence that opens with a phrase -----------------------------------------
# "In his conversation with Y, X raised ... He then met Z": the pronoun is the subject of the
# sentence before, named after its opening phrase, not the person the phrase names.
_row(
    "subject-after-opening-phrase",
    D,
    "In his conversation with the Prime Minister of Norway, Erik Dahl, Icelandic Foreign "
    "Minister Jon Gunnarsson raised fishing quotas. He then met Swedish Defence Minister "
    "Anders Berg.",
    ("meeting", "held", ("ISL", "NOR"), None, None),
    ("meeting", "held", ("ISL", "SWE"), None, None),
)
_row(
    "subject-after-opening-phrase",
    D,
    "During the meeting with Chilean President Luis Soto, Argentine Foreign Minister Ana Vidal "
    "praised the new rail link. She later received the Ambassador of Bolivia.",
    ("meeting", "held", ("ARG", "CHL"), None, None),
    ("meeting", "held", ("ARG", "BOL"), None, None),
)

# --- a session to come after the talks held ----------------------------------------------------
# "X met Y on Monday. The Council is expected to meet later this year": a mention in the future
# whose time (a year, a season) runs on after the story is a session to come between the
# talks' sides, not more words on the talks held, even when that time holds their day.
_row(
    "session-to-come-after-talks",
    D,
    "The Prime Minister of Slovakia met the Prime Minister of Czechia in Bratislava on Monday. "
    "The Visegrad Council of Regions is expected to meet later this year.",
    ("meeting", "held", ("CZE", "SVK"), None, "2025-02-10"),
    ("meeting", "planned", ("CZE", "SVK"), None, "2025"),
)
_row(
    "session-to-come-after-talks",
    D,
    "Finnish President Mikko Laine held talks with Estonian President Kadri Tamm in Helsinki on "
    "Monday. The Gulf of Finland Council is set to meet later this year, officials said.",
    ("meeting", "held", ("EST", "FIN"), None, "2025-02-10"),
    ("meeting", "planned", ("EST", "FIN"), None, "2025"),
)

# --- "later in the day" after an event a speaker recalls ---------------------------------------
# "X met Y on Tuesday. X recalled her call with Z on February 3. Later in the day, X received
# W": the recalled call is no step of the story's day; the step takes the day of the news.
_row(
    "later-that-day-after-recalled",
    D,
    "Georgian Foreign Minister Nino Beridze met the UN envoy for the region in Tbilisi on "
    "Tuesday. She also recalled her phone call with the Foreign Minister of Armenia on "
    "February 3. Later in the day, Beridze received the new Ambassador of Spain.",
    ("meeting", "held", ("GEO",), "UN", "2025-02-11"),
    ("call", "held", ("ARM", "GEO"), None, "2025-02-03"),
    ("meeting", "held", ("ESP", "GEO"), None, "2025-02-11"),
)
_row(
    "later-that-day-after-recalled",
    D,
    "Chilean Foreign Minister Rosa Pardo met the EU envoy for Latin America in Santiago on "
    "Monday. Pardo recalled her video call with the Foreign Minister of Peru on January 30. "
    "Later in the day, she received the Ambassador of Ecuador.",
    ("meeting", "held", ("CHL",), "EU", "2025-02-10"),
    ("call", "held", ("CHL", "PER"), None, "2025-01-30"),
    ("meeting", "held", ("CHL", "ECU"), None, "2025-02-10"),
)

# --- an invitation to visit the other way ---------------------------------------------------
# "X will travel to B next month. He also invited B's leader to visit A": the invitation is a
# visit of its own when it goes to another state than the visit to come told before it.
_row(
    "invited-the-other-way",
    D,
    "Kenyan President Daniel Mwangi telephoned the President of Ghana on Tuesday. Mwangi said "
    "he would travel to Accra in April. He also invited the Ghanaian leader to visit Kenya at "
    "a convenient time.",
    ("call", "held", ("GHA", "KEN"), None, "2025-02-11"),
    ("visit", "planned", ("GHA", "KEN"), None, "2025-04"),
    ("visit", "planned", ("GHA", "KEN"), None, None),
)
_row(
    "invited-the-other-way",
    D,
    "The Prime Minister of Norway spoke by phone with the President of Finland on Monday. The "
    "Norwegian prime minister will visit Helsinki next month. He also renewed his invitation "
    "to the Finnish president to visit Norway.",
    ("call", "held", ("FIN", "NOR"), None, "2025-02-10"),
    ("visit", "planned", ("FIN", "NOR"), None, "2025-03"),
    ("visit", "planned", ("FIN", "NOR"), None, None),
)

# --- the preparations for a session, beside a visit ---------------------------------------------
# "the agenda of X's visit to B, and the preparations for the third meeting of the Council": the
# work for a session is no trip's purpose ("travel to B for the meeting"), so the numbered
# session is a record of its own beside the visit.
_row(
    "preparations-for-session-beside-visit",
    D,
    "The foreign ministers of Chile and Argentina spoke by phone on Monday. They went over the "
    "programme of the Chilean president's upcoming state visit to Buenos Aires, and the "
    "preparations for the third meeting of the Binational Council between the two countries.",
    ("call", "held", ("ARG", "CHL"), None, "2025-02-10"),
    ("visit", "planned", ("ARG", "CHL"), None, None),
    ("meeting", "planned", ("ARG", "CHL"), None, None),
)
_row(
    "preparations-for-session-beside-visit",
    D,
    "Latvia and Lithuania discussed on Tuesday the agenda of the Latvian prime minister's "
    "forthcoming visit to Vilnius, expected in April, and the arrangements for the second "
    "session of the Intergovernmental Commission between the two countries.",
    ("visit", "planned", ("LTU", "LVA"), None, "2025-04"),
    ("meeting", "planned", ("LTU", "LVA"), None, None),
)

# --- national sports teams meeting -----------------------------------------------------------
# "The A squad will meet the B side in a friendly match": a match of teams is a sports event,
# no meeting of states; a negotiating team meeting a delegation stays talks.
_row(
    "sports-teams-meet",
    D,
    "The Moroccan squad will meet the Tunisian side in a friendly match in Rabat on Saturday, "
    "the federation said.",
)
_row(
    "sports-teams-meet",
    D,
    "Uruguay's squad will meet the Paraguayan team in a qualifying game in Asuncion on Tuesday.",
)
_row(
    "sports-teams-meet",
    D,
    "The Iranian negotiating team will meet the Omani delegation in Muscat on Friday.",
    ("meeting", "planned", ("IRN", "OMN"), None, "2025-02-14"),
)

# --- an invitation to a gathering told as new ----------------------------------------------------
# "Y invited him to an international forum on X to be held in C": a gathering told with an
# indefinite article is a new event to come between the talks' sides, not a mention of the
# talks or gathering told before.
_row(
    "invited-to-a-new-gathering",
    D,
    "Peru's Foreign Minister Ana Ruiz met the Foreign Minister of Ecuador in Quito on Monday. "
    "He invited her to an international forum on water security to be held in Guayaquil in "
    "May.",
    ("meeting", "held", ("ECU", "PER"), None, "2025-02-10"),
    ("conference", "planned", ("ECU", "PER"), None, None),
)
_row(
    "invited-to-a-new-gathering",
    D,
    "The President of Mongolia received the Prime Minister of Laos on Tuesday. The President "
    "invited the guest to a regional summit on climate to be hosted by Ulaanbaatar in June.",
    ("meeting", "held", ("LAO", "MNG"), None, "2025-02-11"),
    ("conference", "planned", ("LAO", "MNG"), None, None),
)

# --- the bare demonym "Korean" ---------------------------------------------------------------
# "a Korean delegation", "the Korean foreign minister": the bare demonym names South Korea, as
# the bare name "Korea" does; "North Korean" stays the North's.
_row(
    "bare-korean",
    D,
    "The Prime Minister of Vietnam on Monday received a Korean delegation headed by the "
    "Minister of Industry in Hanoi.",
    ("meeting", "held", ("KOR", "VNM"), None, "2025-02-10"),
)
_row(
    "bare-korean",
    D,
    "The Korean foreign minister spoke by phone with her Chilean counterpart on Tuesday.",
    ("call", "held", ("CHL", "KOR"), None, "2025-02-11"),
)
_row(
    "bare-korean",
    D,
    "North Korean leader Kim Jong Un met the Russian defence minister in Pyongyang on Monday.",
    ("meeting", "held", ("PRK", "RUS"), None, "2025-02-10"),
)

# --- a gathering's guests to come, told in a clause after it -----------------------------------
# "the summit in Lima in November, which both leaders plan to attend", "which will be attended
# by": the clause on the gathering tells it to come, so it is planned and its month is the
# next one of that name, whatever tense the sentence's own verb has.
_row(
    "guests-to-come-clause",
    D,
    "The presidents also exchanged views on the ECOWAS summit in Abuja in June, which both "
    "leaders are expected to attend.",
    ("conference", "planned", ("NGA",), "ECOWAS", "2025-06"),
)
_row(
    "guests-to-come-clause",
    D,
    "The ministers discussed the APEC summit in Lima in November, which will be attended by "
    "both leaders.",
    ("conference", "planned", ("PER",), "APEC", "2025-11"),
)
_row(
    "guests-to-come-clause",
    D,
    "The ministers recalled the APEC summit in Lima in November, which was held under heavy "
    "security.",
    ("conference", "held", ("PER",), "APEC", "2024-11"),
)

# --- "The President" as a sentence's subject ---------------------------------------------------
# "X, the President of A, received Y. The President recalled his talks with Z": the title as the
# subject is the story's official of that title (and state) named before, so the talks told
# have that official's state as a side ("The Prime Minister" already read so).
_row(
    "title-as-subject",
    D,
    "Panamanian President Raul Mendez received Costa Rican Foreign Minister Ana Mora on Monday. "
    "The President recalled his talks with Colombian President Juan Rojas on February 1 in "
    "Bogota.",
    ("meeting", "held", ("CRI", "PAN"), None, "2025-02-10"),
    ("meeting", "held", ("COL", "PAN"), None, "2025-02-01"),
)
_row(
    "title-as-subject",
    D,
    "Polish Foreign Minister Piotr Nowak received the Ambassador of Sweden on Monday. The "
    "foreign minister recalled his talks with Czech Foreign Minister Jan Dvorak in Prague on "
    "January 15.",
    ("meeting", "held", ("POL", "SWE"), None, "2025-02-10"),
    ("meeting", "held", ("CZE", "POL"), None, "2025-01-15"),
)

# --- a company's executive received -----------------------------------------------------------
# "received the chairman of the board of the Italian company X", "met the CEO of the Dutch firm
# Y": talks with a company, no meeting of states (spec section 2).
_row(
    "company-executive",
    D,
    "Serbian President Milan Jovic received the Ambassador of Greece on Monday. The President "
    "also received the chairman of the board of the Italian company Fiore Energia, who briefed "
    "him on a new plant.",
    ("meeting", "held", ("GRC", "SRB"), None, "2025-02-10"),
)
_row(
    "company-executive",
    D,
    "Ghanaian Trade Minister Kofi Mensah met the CEO of the Dutch firm Vanholt in Accra on "
    "Tuesday.",
)

# --- the dateline state's head, named again at a sentence's start ---------------------------------
# "HANOI, March 3 - President X received ... X recalled his call with Y": the official titled
# without a state in a datelined story is the dateline state's, also when the sentence before
# ends with a capitalised word ("... Le Minh Duc. Long recalled"); a second holder of that
# head's office ("at the invitation of President Y") is another state's.
_row(
    "dateline-head-named-again",
    "2025-03-04",
    "HANOI, March 3 - President Tran Van Long on Monday received the Secretary General of ASEAN "
    "Maria Santos. Earlier in the day, Santos held talks with Foreign Minister Le Minh Duc. "
    "Long recalled his telephone conversation with Japanese Prime Minister Kenji Sato on "
    "February 20.",
    ("meeting", "held", ("VNM",), "ASEAN", "2025-03-03"),
    ("meeting", "held", ("VNM",), None, "2025-03-03"),
    ("call", "held", ("JPN", "VNM"), None, "2025-02-20"),
)
_row(
    "dateline-head-named-again",
    "2025-03-04",
    "ACCRA, March 4 - President of Ghana Kwame Boateng will pay a state visit to Togo on March "
    "10 at the invitation of President Koffi Amegah. The presidents are expected to sign a "
    "treaty of friendship between Ghana and Togo. Amegah paid a state visit to Ghana in "
    "November 2024, when the sides held the first meeting of the Joint Council in Accra.",
    ("visit", "planned", ("GHA", "TGO"), None, "2025-03-10"),
    ("meeting", "held", ("GHA", "TGO"), None, "2024-11"),
    ("visit", "held", ("GHA", "TGO"), None, "2024-11"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected)
