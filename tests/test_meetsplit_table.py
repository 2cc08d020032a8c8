"""A table of how many meetings a passage tells (issue 9: split and merge).

A told table (``meeting_rows`` says what a row is and when it passes) whose
paragraphs run to two to five sentences, each telling its events under
spec/EXTRACTION.md section 2: each distinct event once, however often it is
mentioned; several events told in one sentence or paragraph (a visit and talks
of its own, ministers received one after another, a summit and a meeting on its
sidelines, an earlier meeting recalled next to a new one, a session and the next
one planned) each a record of its own, with its own sides and date. Rows pair
as ``fits_told``: an organisation the row gives is compared only where neither
side names a state.

A visit and the talks held on it follow the readable keys' convention: talks
of named officials told in a sentence of their own (or a guest "who is on a
visit" received) are a record beside the visit; talks the visit is told by
("during the visit, the sides discussed") are the visit.
"""

from __future__ import annotations

import pytest

from meeting_rows import Expected, assert_told, fits_told, told_params, told_table

# (class, publication day, paragraph, the meetings it tells); ``known=`` why it still fails
TABLE, _row = told_table()

D = "2024-05-15"  # a Wednesday: Tuesday is May 14, Monday May 13

# --- a visit and the talks held on it ---------------------------------------------------
_row(
    "visit+talks",
    D,
    "Kyrgyz President Almaz Toktorov arrived in Tashkent on Tuesday on a state visit. "
    "On Wednesday, he held talks with Uzbek President Bakhtiyor Nurmatov.",
    ("visit", "held", ("KGZ", "UZB"), None, "2024-05-14"),
    ("meeting", "held", ("KGZ", "UZB"), None, "2024-05-15"),
)
_row(
    "visit+talks",
    D,
    "Pakistani Prime Minister Arif Qureshi paid an official visit to Ashgabat on May 13. "
    "During the visit, the sides discussed the gas pipeline and rail links.",
    ("visit", "held", ("PAK", "TKM"), None, "2024-05-13"),
)
_row(
    "visit+talks",
    D,
    "Georgian Prime Minister Levan Beridze visited Yerevan on Monday. "
    "The talks focused on transit and energy. The visit ended with the signing of two memoranda.",
    ("visit", "held", ("ARM", "GEO"), None, "2024-05-13"),
)
_row(
    "visit+talks",
    D,
    "Turkish Foreign Minister Kemal Aydin will pay an official visit to Astana on May 20-21. "
    "During the visit, he is expected to hold talks with Kazakh officials on transport.",
    ("visit", "planned", ("KAZ", "TUR"), None, "2024-05-20"),
)
_row(
    "visit+talks",
    D,
    "Azerbaijani Foreign Minister Ramil Jafarov received Serbian Foreign Minister Dragan Petrovic, "
    "who is on an official visit to Baku, on May 14. "
    "During the meeting, the ministers discussed energy cooperation.",
    ("visit", "held", ("AZE", "SRB"), None, "2024-05-14"),
)

# --- ministers received one after another --------------------------------------------
_row(
    "received-series",
    D,
    "Kazakh President Daniyar Omarov received Hungarian Foreign Minister Peter Kovacs on Tuesday. "
    "Later the same day, the President received Qatari Minister of Economy Khalid Al-Mannai. "
    "Omarov also received Malaysian Deputy Prime Minister Ahmad Razali.",
    ("meeting", "held", ("HUN", "KAZ"), None, "2024-05-14"),
    ("meeting", "held", ("KAZ", "QAT"), None, "2024-05-14"),
    ("meeting", "held", ("KAZ", "MYS"), None, None),
)
_row(
    "received-series",
    D,
    "On May 14, Uzbek President Bakhtiyor Nurmatov received the Foreign Minister of Latvia, "
    "Janis Ozols, and then the Minister of Trade of Indonesia, Budi Santoso.",
    ("meeting", "held", ("LVA", "UZB"), None, "2024-05-14"),
    ("meeting", "held", ("IDN", "UZB"), None, "2024-05-14"),
)
_row(
    "received-series",
    D,
    "Tajik President Rahmon Saidov held separate meetings with the foreign ministers of "
    "Kyrgyzstan, Kazakhstan and Turkmenistan in Dushanbe on Monday.",
    ("meeting", "held", ("KGZ", "TJK"), None, "2024-05-13"),
    ("meeting", "held", ("KAZ", "TJK"), None, "2024-05-13"),
    ("meeting", "held", ("TJK", "TKM"), None, "2024-05-13"),
)
_row(
    "received-series",
    D,
    "Azerbaijani President Elnur Mammadli on Tuesday received a delegation led by Slovak "
    "Foreign Minister Juraj Novak. The same day, he received Estonian Prime Minister Kaja Tamm.",
    ("meeting", "held", ("AZE", "SVK"), None, "2024-05-14"),
    ("meeting", "held", ("AZE", "EST"), None, "2024-05-14"),
)
_row(
    "received-series",
    D,
    "Turkmen President Serdar Annayev received the ambassadors of Japan and South Korea "
    "on Monday. At the meeting with the Japanese ambassador, the sides discussed gas processing.",
    ("meeting", "held", ("JPN", "TKM"), None, "2024-05-13"),
    ("meeting", "held", ("KOR", "TKM"), None, "2024-05-13"),
)

# --- a summit and a meeting on its sidelines ---------------------------------------
_row(
    "summit+sidelines",
    D,
    "Azerbaijani President Elnur Mammadli took part in the summit of the Organization of "
    "Turkic States in Bishkek on May 10. On the sidelines of the summit, he met with Uzbek "
    "President Bakhtiyor Nurmatov.",
    ("conference", "held", ("AZE", "KGZ"), "OTS", "2024-05-10"),
    ("meeting", "held", ("AZE", "UZB"), None, "2024-05-10"),
)
_row(
    "summit+sidelines",
    D,
    "On the sidelines of the Antalya Diplomacy Forum on Saturday, Turkish Foreign Minister "
    "Kemal Aydin met his Pakistani counterpart Tariq Hameed. Aydin also met the Georgian "
    "foreign minister on the sidelines.",
    ("conference", "held", ("TUR",), None, "2024-05-11"),
    ("meeting", "held", ("PAK", "TUR"), None, "2024-05-11"),
    ("meeting", "held", ("GEO", "TUR"), None, "2024-05-11"),
)
_row(
    "summit+sidelines",
    D,
    "Kazakh President Daniyar Omarov will attend the CICA summit in Baku next month. "
    "He is expected to hold a bilateral meeting with the Azerbaijani president on the sidelines "
    "of the summit.",
    ("conference", "planned", ("AZE", "KAZ"), "CICA", "2024-06"),
    ("meeting", "planned", ("AZE", "KAZ"), None, "2024-06"),
)

# --- an earlier meeting recalled next to a new one ---------------------------------
_row(
    "recalled+new",
    D,
    "The foreign ministers of Armenia and Georgia held talks in Tbilisi on Tuesday. "
    "They last met in Yerevan in November 2023.",
    ("meeting", "held", ("ARM", "GEO"), None, "2024-05-14"),
    ("meeting", "held", ("ARM", "GEO"), None, "2023-11"),
)
_row(
    "recalled+new",
    D,
    "Uzbek President Bakhtiyor Nurmatov held talks with Kyrgyz President Almaz Toktorov in "
    "Tashkent on May 14. The leaders recalled the agreements reached during Toktorov's state "
    "visit to Uzbekistan in March 2022.",
    ("meeting", "held", ("KGZ", "UZB"), None, "2024-05-14"),
    ("visit", "held", ("KGZ", "UZB"), None, "2022-03"),
)
_row(
    "recalled+new",
    D,
    "Iranian Foreign Minister Hossein Tavakoli will visit Muscat next week. "
    "His previous visit to Oman took place in January.",
    ("visit", "planned", ("IRN", "OMN"), None, None),
    ("visit", "held", ("IRN", "OMN"), None, "2024-01"),
)
_row(
    "recalled+new",
    D,
    "Kazakh and Chinese foreign ministers spoke by phone on Monday. It was their second "
    "conversation this year, after a call in February.",
    ("call", "held", ("CHN", "KAZ"), None, "2024-05-13"),
    ("call", "held", ("CHN", "KAZ"), None, "2024-02"),
)
_row(
    "recalled+new",
    D,
    "Kazakh and Chinese foreign ministers spoke by phone on Monday. Their previous call took "
    "place in February.",
    ("call", "held", ("CHN", "KAZ"), None, "2024-05-13"),
    ("call", "held", ("CHN", "KAZ"), None, "2024-02"),
)
_row(
    "recalled+new",
    D,
    "The presidents of Azerbaijan and Turkey spoke by phone on Monday, following a call on "
    "April 2.",
    ("call", "held", ("AZE", "TUR"), None, "2024-05-13"),
    ("call", "held", ("AZE", "TUR"), None, "2024-04-02"),
)
_row(
    "recalled+new",
    D,
    "Armenian President Vahe Sargsyan received the Ambassador of Italy on Monday, after a call "
    "in April from the Italian president.",
    ("meeting", "held", ("ARM", "ITA"), None, "2024-05-13"),
    ("call", "held", ("ARM", "ITA"), None, "2024-04"),
)
_row(
    "near-miss",
    D,
    "The Lithuanian minister spoke by phone with his Latvian counterpart on Monday, after a "
    "call for calm in February.",
    ("call", "held", ("LTU", "LVA"), None, "2024-05-13"),
)
_row(
    "recalled+new",
    D,
    "Turkmen President Serdar Annayev received Hungarian Foreign Minister Peter Kovacs on May 14. "
    "The President recalled his visit to Budapest in 2022 and the talks held there.",
    ("meeting", "held", ("HUN", "TKM"), None, "2024-05-14"),
    ("visit", "held", ("HUN", "TKM"), None, "2022"),
)

# --- one meeting told three times (lead, body, quote) ------------------------------
_row(
    "told-thrice",
    D,
    "The presidents of Azerbaijan and Kazakhstan held talks in Baku on Tuesday. "
    "At the meeting, the sides discussed the Middle Corridor. "
    '"Our talks today were very productive," the Azerbaijani president said after the meeting.',
    ("meeting", "held", ("AZE", "KAZ"), None, "2024-05-14"),
)
_row(
    "told-thrice",
    D,
    "Pakistan and Uzbekistan held political consultations in Islamabad on May 13. "
    "The consultations were co-chaired by the deputy foreign ministers. "
    "The two sides agreed that the consultations had been useful.",
    ("meeting", "held", ("PAK", "UZB"), None, "2024-05-13"),
)
_row(
    "told-thrice",
    D,
    "Georgian and Azerbaijani defence ministers met in Tbilisi on Monday. "
    "The ministers discussed regional security at the meeting. "
    '"The meeting confirmed our strategic partnership," the Georgian minister said.',
    ("meeting", "held", ("AZE", "GEO"), None, "2024-05-13"),
)
_row(
    "told-thrice",
    D,
    "Tajik President Rahmon Saidov will pay a state visit to Kazakhstan on May 22-23. "
    "The visit will open a new page in relations, the Kazakh foreign ministry said. "
    "During the visit, the presidents will sign a treaty on allied relations.",
    ("visit", "planned", ("KAZ", "TJK"), None, "2024-05-22"),
)

# --- a call, then "during the conversation" ----------------------------------------
_row(
    "call+conversation",
    D,
    "Azerbaijani President Elnur Mammadli had a phone conversation with Turkish President "
    "Kemal Demir on Tuesday. During the conversation, the presidents discussed the Zangezur "
    "corridor. The leaders also exchanged holiday greetings during the call.",
    ("call", "held", ("AZE", "TUR"), None, "2024-05-14"),
)
_row(
    "call+conversation",
    D,
    "Uzbek Foreign Minister Sardor Nazarov spoke by phone with his Kyrgyz counterpart on May 13. "
    "The telephone conversation focused on border issues.",
    ("call", "held", ("KGZ", "UZB"), None, "2024-05-13"),
)
_row(
    "call+conversation",
    D,
    "Kazakh President Daniyar Omarov held a telephone conversation with Russian President "
    "Viktor Orlov. In the course of the talk, the sides discussed preparations for the "
    "Eurasian Economic Union summit.",
    ("call", "held", ("KAZ", "RUS"), None, None),
    ("conference", "planned", (), "EAEU", None),
)

# --- "the sides also met in Geneva in March": a second event -------------------------
_row(
    "also-met-earlier",
    D,
    "The foreign ministers of Armenia and Azerbaijan held talks in Almaty on May 13. "
    "The ministers also met in Geneva in March.",
    ("meeting", "held", ("ARM", "AZE"), None, "2024-05-13"),
    ("meeting", "held", ("ARM", "AZE"), None, "2024-03"),
)
_row(
    "also-met-earlier",
    D,
    "Pakistani and Afghan officials met in Kabul on Tuesday to discuss border trade. "
    "The two sides had already met in Islamabad in April.",
    ("meeting", "held", ("AFG", "PAK"), None, "2024-05-14"),
    ("meeting", "held", ("AFG", "PAK"), None, "2024-04"),
)
_row(
    "also-met-earlier",
    D,
    "The leaders of Kyrgyzstan and Tajikistan met on the border on Monday. "
    "They previously held talks in Moscow on December 28, 2023.",
    ("meeting", "held", ("KGZ", "TJK"), None, "2024-05-13"),
    ("meeting", "held", ("KGZ", "TJK"), None, "2023-12-28"),
)

# --- a commission session and its next session planned -----------------------------
_row(
    "session+next",
    D,
    "The 12th meeting of the Azerbaijan-Uzbekistan intergovernmental commission was held in "
    "Baku on May 14. The next meeting of the commission will be held in Tashkent in 2025.",
    ("meeting", "held", ("AZE", "UZB"), None, "2024-05-14"),
    ("meeting", "planned", ("AZE", "UZB"), None, "2025"),
)
_row(
    "session+next",
    D,
    "Turkmenistan and Turkey held the 8th session of their joint economic commission in "
    "Ashgabat on Monday. The parties agreed to hold the 9th session in Ankara next year.",
    ("meeting", "held", ("TKM", "TUR"), None, "2024-05-13"),
    ("meeting", "planned", ("TKM", "TUR"), None, "2025"),
)
_row(
    "session+next",
    D,
    "The Kazakh-Qatari business council met for the first time in Doha on May 13. "
    "Its second meeting is scheduled for autumn in Astana.",
    ("meeting", "held", ("KAZ", "QAT"), None, "2024-05-13"),
    ("meeting", "planned", ("KAZ", "QAT"), None, None),
)

# --- two calls with two different leaders the same day -----------------------------
_row(
    "two-calls",
    D,
    "Turkish President Kemal Demir held a phone call with Iranian President Hamid Rostami "
    "on Tuesday. Later that day, Demir also spoke by phone with Iraqi Prime Minister "
    "Ali Jaafar.",
    ("call", "held", ("IRN", "TUR"), None, "2024-05-14"),
    ("call", "held", ("IRQ", "TUR"), None, "2024-05-14"),
)
_row(
    "two-calls",
    D,
    "On May 14, Uzbek President Bakhtiyor Nurmatov had telephone conversations with the "
    "President of Kazakhstan and the President of Turkmenistan.",
    ("call", "held", ("KAZ", "UZB"), None, "2024-05-14"),
    ("call", "held", ("TKM", "UZB"), None, "2024-05-14"),
)
_row(
    "two-calls",
    D,
    "Azerbaijani Foreign Minister Ramil Jafarov held a phone call with his Hungarian "
    "counterpart on Monday. The minister also held a phone conversation with the Foreign "
    "Minister of Slovakia.",
    ("call", "held", ("AZE", "HUN"), None, "2024-05-13"),
    ("call", "held", ("AZE", "SVK"), None, None),
)

# --- a ministerial and a summit of the same organisation --------------------------
_row(
    "ministerial+summit",
    D,
    "The foreign ministers of the Organization of Turkic States met in Astana on May 14 to "
    "prepare the summit of the organization, which will be held in Bishkek in November.",
    ("conference", "held", ("KAZ",), "OTS", "2024-05-14"),
    ("conference", "planned", ("KGZ",), "OTS", "2024-11"),
)
_row(
    "ministerial+summit",
    D,
    "A meeting of the SCO Council of Foreign Ministers was held in Astana on Tuesday. "
    "The ministers discussed the agenda of the SCO summit to be held in July.",
    ("conference", "held", ("KAZ",), "SCO", "2024-05-14"),
    ("conference", "planned", (), "SCO", "2024-07"),
)
_row(
    "ministerial+summit",
    D,
    "The CIS Council of Foreign Ministers will meet in Minsk on May 24. "
    "The CIS heads of state will hold their summit in Moscow in October.",
    ("conference", "planned", ("BLR",), "CIS", "2024-05-24"),
    ("conference", "planned", ("RUS",), "CIS", "2024-10"),
)
_row(
    "ministerial+summit",
    D,
    "The CSTO Council of Foreign Ministers will meet in Minsk on June 4.",
    ("conference", "planned", ("BLR",), "CSTO", "2024-06-04"),
)
_row(
    "ministerial+summit",
    D,
    "The CIS Council of Heads of Government is expected to meet in Dushanbe on June 7.",
    ("conference", "planned", ("TJK",), "CIS", "2024-06-07"),
)
_row(
    "ministerial+summit",
    D,
    "The SCO Council of Heads of State will convene in Astana on July 4.",
    ("conference", "planned", ("KAZ",), "SCO", "2024-07-04"),
)
_row(
    "ministerial+summit",
    D,
    "The Council of Foreign Ministers of the Organization of Turkic States will meet in Baku "
    "on June 3.",
    ("conference", "planned", ("AZE",), "OTS", "2024-06-03"),
)

# --- rounds of consultations ---------------------------------------------------------
_row(
    "rounds",
    D,
    "The first round of political consultations between Kazakhstan and Oman was held in "
    "Muscat in May 2023. The second round will be held in Astana.",
    ("meeting", "held", ("KAZ", "OMN"), None, "2023-05"),
    ("meeting", "planned", ("KAZ", "OMN"), None, None),
)
_row(
    "rounds",
    D,
    "Georgia and Lithuania held the fourth round of consultations in Vilnius on Monday. "
    "The third round took place in Tbilisi in 2022.",
    ("meeting", "held", ("GEO", "LTU"), None, "2024-05-13"),
    ("meeting", "held", ("GEO", "LTU"), None, "2022"),
)
_row(
    "rounds",
    D,
    "Iran and Turkmenistan held consultations on consular matters in Ashgabat on May 13. "
    "The parties agreed to hold the next round in Tehran.",
    ("meeting", "held", ("IRN", "TKM"), None, "2024-05-13"),
    ("meeting", "planned", ("IRN", "TKM"), None, None),
)

# --- a trip to several countries, or meetings in each capital ---------------------
_row(
    "tour",
    D,
    "Hungarian Foreign Minister Peter Kovacs will visit Kazakhstan, Kyrgyzstan and Uzbekistan "
    "next week.",
    ("visit", "planned", ("HUN", "KAZ", "KGZ", "UZB"), None, None),
)
_row(
    "tour",
    D,
    "Qatari Minister of State Khalid Al-Mannai is on a tour of Central Asia that takes him to "
    "Astana, Bishkek and Tashkent. The tour began on Monday.",
    ("visit", "held", ("KAZ", "KGZ", "QAT", "UZB"), None, "2024-05-13"),
)
_row(
    "tour",
    D,
    "Chinese Foreign Minister Li Wen set off on Tuesday on an African tour which takes him to "
    "Egypt, Kenya and Nigeria.",
    ("visit", "held", ("CHN", "EGY", "KEN", "NGA"), None, "2024-05-14"),
)
_row(
    "tour",
    D,
    "Indonesian President Budi Santoso is on a week-long trip that takes him to Japan and South "
    "Korea.",
    ("visit", "held", ("IDN", "JPN", "KOR"), None, None),
)
_row(
    "near-miss",
    D,
    "The new highway is a road that takes drivers to Almaty in three hours.",
)
_row(
    "tour",
    D,
    "Iranian Foreign Minister Hossein Tavakoli met Kazakh President Daniyar Omarov in Astana "
    "on Monday. On Tuesday, he held talks with Kyrgyz President Almaz Toktorov in Bishkek.",
    ("meeting", "held", ("IRN", "KAZ"), None, "2024-05-13"),
    ("meeting", "held", ("IRN", "KGZ"), None, "2024-05-14"),
)

# --- repeated mentions with varying words -------------------------------------------
_row(
    "varied-words",
    D,
    "Turkmen and Afghan delegations held talks in Herat on May 14. The negotiations focused "
    "on the TAPI pipeline. At the meeting, the sides also discussed rail links.",
    ("meeting", "held", ("AFG", "TKM"), None, "2024-05-14"),
)
_row(
    "varied-words",
    D,
    "The defence ministers of Kazakhstan and Kyrgyzstan met in Astana on Tuesday. "
    "The talks were held in a friendly atmosphere. Following the negotiations, the ministers "
    "signed a cooperation plan.",
    ("meeting", "held", ("KAZ", "KGZ"), None, "2024-05-14"),
)
_row(
    "varied-words",
    D,
    "Pakistani Foreign Minister Tariq Hameed and his Azerbaijani counterpart Ramil Jafarov "
    "held talks in Baku on May 13. The meeting was followed by a joint press conference. "
    "The negotiations continued in an expanded format.",
    ("meeting", "held", ("AZE", "PAK"), None, "2024-05-13"),
)

# --- near misses: no meeting, or no second meeting -----------------------------------
_row(
    "near-miss",
    D,
    "Kazakh President Daniyar Omarov sent a letter of congratulations to the President of "
    "Uzbekistan on the national holiday.",
)
_row(
    "near-miss",
    D,
    "Azerbaijani Foreign Minister Ramil Jafarov gave a press conference in Baku on Tuesday.",
)
_row(
    "near-miss",
    D,
    "Turkish and Uzbek presidents held talks in Ankara on Tuesday. It was their third meeting "
    "this year.",
    ("meeting", "held", ("TUR", "UZB"), None, "2024-05-14"),
)
_row(
    "near-miss",
    D,
    "The Uzbek and Tajik presidents held talks in a narrow format in Samarkand on Monday. "
    "The talks then continued in an expanded format with the participation of the delegations.",
    ("meeting", "held", ("TJK", "UZB"), None, "2024-05-13"),
)

# --- more of each class ------------------------------------------------------------------
_row(
    "visit+talks",
    D,
    "Uzbek Foreign Minister Sardor Nazarov arrived in Islamabad on May 13 for a two-day "
    "official visit. On May 14, Nazarov met with Pakistani Prime Minister Arif Qureshi. "
    "He also held talks with Pakistani Foreign Minister Tariq Hameed.",
    ("visit", "held", ("PAK", "UZB"), None, "2024-05-13"),
    ("meeting", "held", ("PAK", "UZB"), None, "2024-05-14"),
    ("meeting", "held", ("PAK", "UZB"), None, None),
)
_row(
    "visit+talks",
    D,
    "Kyrgyz Prime Minister Nurlan Asanov, who is in Baku on a working visit, met with "
    "Azerbaijani Prime Minister Ali Huseynli on Tuesday.",
    ("visit", "held", ("AZE", "KGZ"), None, "2024-05-14"),
)
_row(
    "received-series",
    D,
    "Iranian Foreign Minister Hossein Tavakoli received the ambassadors of Oman and Qatar in "
    "Tehran on Monday in separate meetings.",
    ("meeting", "held", ("IRN", "OMN"), None, "2024-05-13"),
    ("meeting", "held", ("IRN", "QAT"), None, "2024-05-13"),
)
_row(
    "received-series",
    D,
    "The Speaker of the Kazakh parliament received the Chairman of the Turkish parliament on "
    "May 13 and the Speaker of the Hungarian National Assembly on May 14.",
    ("meeting", "held", ("KAZ", "TUR"), None, "2024-05-13"),
    ("meeting", "held", ("HUN", "KAZ"), None, "2024-05-14"),
)
_row(
    "summit+sidelines",
    D,
    "Pakistani Prime Minister Arif Qureshi held talks with Iranian President Hamid Rostami on "
    "the sidelines of the Economic Cooperation Organization summit in Baku on May 13.",
    ("conference", "held", ("AZE", "IRN", "PAK"), "ECO", "2024-05-13"),
    ("meeting", "held", ("IRN", "PAK"), None, "2024-05-13"),
)
_row(
    "told-thrice",
    D,
    "On May 14, Georgian President Nino Kapanadze held a meeting with Lithuanian President "
    "Rimas Kazlauskas. The meeting took place at the Orbeliani Palace. At the end of the "
    "meeting, the presidents made statements to the press.",
    ("meeting", "held", ("GEO", "LTU"), None, "2024-05-14"),
)
_row(
    "call+conversation",
    D,
    "Pakistani Prime Minister Arif Qureshi held a video call with the Emir of Qatar on May 13. "
    "During the call, the Emir invited the Prime Minister to visit Doha.",
    ("call", "held", ("PAK", "QAT"), None, "2024-05-13"),
    ("visit", "planned", ("PAK", "QAT"), None, None),
)
_row(
    "call+conversation",
    D,
    "Turkmen President Serdar Annayev had a phone conversation with the President of Azerbaijan "
    "on Monday. During the conversation, the Turkmen leader invited his counterpart to visit "
    "Ashgabat.",
    ("call", "held", ("AZE", "TKM"), None, "2024-05-13"),
    ("visit", "planned", ("AZE", "TKM"), None, None),
)
_row(
    "call+conversation",
    D,
    "Kazakh President Daniyar Omarov received the Foreign Minister of Malaysia, Ahmad Razali, on "
    "Tuesday. At the end of the meeting, Omarov invited the King of Malaysia to pay a state "
    "visit to Astana.",
    ("meeting", "held", ("KAZ", "MYS"), None, "2024-05-14"),
    ("visit", "planned", ("KAZ", "MYS"), None, None),
)
_row(
    "call+conversation",
    D,
    "Pakistani Prime Minister Arif Qureshi held a video call with the Emir of Qatar on May 13. "
    "During the call, the Emir invited investors to visit Doha.",
    ("call", "held", ("PAK", "QAT"), None, "2024-05-13"),
)
_row(
    "also-met-earlier",
    D,
    "The Kazakh and Uzbek foreign ministers held talks in Tashkent on Monday. "
    "The two ministers also met in Geneva in March on the sidelines of a UN conference.",
    ("meeting", "held", ("KAZ", "UZB"), None, "2024-05-13"),
    ("meeting", "held", ("KAZ", "UZB"), None, "2024-03"),
    ("conference", "held", ("CHE",), "UN", "2024-03"),
    known=(
        "the gathering on whose sidelines the pair met takes the pair as sides (the talks are "
        "now kept apart; the row expects the host's state alone)"
    ),
)
_row(
    "also-met-earlier",
    D,
    "Latvian and Estonian prime ministers held talks in Riga on Monday. The two sides also met "
    "in Brussels in April on the sidelines of the EU summit.",
    ("meeting", "held", ("EST", "LVA"), None, "2024-05-13"),
    ("meeting", "held", ("EST", "LVA"), None, "2024-04"),
    ("conference", "held", ("BEL", "EST", "LVA"), "EU", "2024-04"),
)
_row(
    "also-met-earlier",
    D,
    "The defence ministers of Georgia and Armenia held talks in Yerevan on Tuesday. The two "
    "delegations met again in Vienna in February on the sidelines of an OSCE conference.",
    ("meeting", "held", ("ARM", "GEO"), None, "2024-05-14"),
    ("meeting", "held", ("ARM", "GEO"), None, "2024-02"),
    ("conference", "held", ("ARM", "AUT", "GEO"), "OSCE", "2024-02"),
)
_row(
    "near-miss",
    D,
    "The presidents of Kyrgyzstan and Tajikistan held talks in Bishkek on Monday. The two sides "
    "said they would continue the dialogue.",
    ("meeting", "held", ("KGZ", "TJK"), None, "2024-05-13"),
)
_row(
    "session+next",
    D,
    "The Georgia-Azerbaijan intergovernmental commission held its 11th meeting in Tbilisi on "
    "Tuesday. The previous meeting was held in Baku in June 2023.",
    ("meeting", "held", ("AZE", "GEO"), None, "2024-05-14"),
    ("meeting", "held", ("AZE", "GEO"), None, "2023-06"),
)
_row(
    "two-calls",
    D,
    "Azerbaijani President Elnur Mammadli spoke by phone with Turkish President Kemal Demir on "
    "Monday. The Azerbaijani president also had a phone call with the President of Kazakhstan.",
    ("call", "held", ("AZE", "TUR"), None, "2024-05-13"),
    ("call", "held", ("AZE", "KAZ"), None, None),
)
_row(
    "rounds",
    D,
    "Uzbekistan and Latvia held political consultations at the level of deputy foreign "
    "ministers. The first round of consultations was held in Riga in May; the second will be "
    "held in Tashkent.",
    ("meeting", "held", ("LVA", "UZB"), None, "2024-05"),
    ("meeting", "planned", ("LVA", "UZB"), None, None),
    known="an ordinal without its noun ('the second will be held') is not read",
)
_row(
    "tour",
    D,
    "Kazakh Foreign Minister Yerlan Abenov will travel to Paris and Berlin next week.",
    ("visit", "planned", ("DEU", "FRA", "KAZ"), None, None),
)
_row(
    "varied-words",
    D,
    "The presidents of Turkey and Azerbaijan will meet in Ankara on May 20. The talks will "
    "focus on energy. The meeting will be followed by a signing ceremony.",
    ("meeting", "planned", ("AZE", "TUR"), None, "2024-05-20"),
)

# --- two events in one sentence -----------------------------------------------------------
_row(
    "two-in-one-sentence",
    D,
    "The Kazakh and Uzbek foreign ministers met in Tashkent on Monday and again in Samarkand "
    "on Tuesday.",
    ("meeting", "held", ("KAZ", "UZB"), None, "2024-05-13"),
    ("meeting", "held", ("KAZ", "UZB"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "Turkish President Kemal Demir met the Greek prime minister in Athens on May 13 and the "
    "Bulgarian president in Sofia on May 14.",
    ("meeting", "held", ("GRC", "TUR"), None, "2024-05-13"),
    ("meeting", "held", ("BGR", "TUR"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "The foreign ministers of Azerbaijan, Georgia and Turkey held a trilateral meeting in Kars "
    "on May 13, and the Azerbaijani and Georgian ministers then held a bilateral meeting.",
    ("meeting", "held", ("AZE", "GEO", "TUR"), None, "2024-05-13"),
    ("meeting", "held", ("AZE", "GEO"), None, None),
    known="a trilateral and then a bilateral meeting in one sentence are read as one",
)
_row(
    "two-in-one-sentence",
    D,
    "The Iranian foreign minister, who held talks with his Omani counterpart in Muscat on "
    "Monday, will visit Doha on Thursday.",
    ("meeting", "held", ("IRN", "OMN"), None, "2024-05-13"),
    ("visit", "planned", ("IRN", "QAT"), None, "2024-05-16"),
)
_row(
    "two-in-one-sentence",
    D,
    "After the summit of the Central Asian states in Astana on May 10, the leaders held a "
    "meeting with the President of Azerbaijan on May 11.",
    # "the Central Asian states" are the region's five, each a side of its summit
    # (tests/test_grid_groupsets.py)
    ("conference", "held", ("KAZ", "KGZ", "TJK", "TKM", "UZB"), None, "2024-05-10"),
    ("meeting", "held", ("AZE",), None, "2024-05-11"),
)

# --- sessions and rounds named by their number alone ------------------------------------
_row(
    "rounds",
    D,
    "Azerbaijan and Kyrgyzstan held talks on border delimitation in Baku on Monday. "
    "The sides agreed that the next round would be held in Bishkek.",
    ("meeting", "held", ("AZE", "KGZ"), None, "2024-05-13"),
    ("meeting", "planned", ("AZE", "KGZ"), None, None),
)
_row(
    "rounds",
    D,
    "The third round of strategic dialogue between Qatar and Pakistan took place in Doha on "
    "May 14. The fourth round is scheduled for next year in Islamabad.",
    ("meeting", "held", ("PAK", "QAT"), None, "2024-05-14"),
    ("meeting", "planned", ("PAK", "QAT"), None, "2025"),
)
_row(
    "rounds",
    D,
    "The second round of the political dialogue between Estonia and Georgia was held in "
    "Tallinn on Monday.",
    ("meeting", "held", ("EST", "GEO"), None, "2024-05-13"),
)
_row(
    "rounds",
    D,
    "A strategic dialogue between Oman and Turkmenistan took place in Muscat on May 13.",
    ("meeting", "held", ("OMN", "TKM"), None, "2024-05-13"),
)
_row(
    "rounds",
    D,
    "Mongolia and South Korea held the fourth round of their economic dialogue in Seoul on "
    "Tuesday.",
    ("meeting", "held", ("KOR", "MNG"), None, "2024-05-14"),
)
_row(
    "near-miss",
    D,
    "Kazakhstan supports dialogue between the parties to the conflict, the Kazakh foreign "
    "ministry said.",
)
_row(
    "near-miss",
    D,
    "The Latvian minister called for a round of dialogue between Armenia and Azerbaijan.",
)
_row(
    "session+next",
    D,
    "The Kyrgyz-Turkmen intergovernmental commission met in Ashgabat on Tuesday. "
    "The parties agreed to hold the next session in Bishkek in the spring of 2025.",
    ("meeting", "held", ("KGZ", "TKM"), None, "2024-05-14"),
    ("meeting", "planned", ("KGZ", "TKM"), None, "2025"),
)
_row(
    "near-miss",
    D,
    "Kyrgyz voters will elect a new parliament in November. If no party wins a majority, a "
    "second round will be held in December.",
)
_row(
    "near-miss",
    D,
    "The Uzbek and Latvian foreign ministers met in Riga on Monday. The first round of the "
    "football tournament will be held in Tashkent.",
    ("meeting", "held", ("LVA", "UZB"), None, "2024-05-13"),
)

# --- "also" with one more partner -------------------------------------------------------
_row(
    "two-calls",
    D,
    "Turkish Foreign Minister Kemal Aydin had a phone call with his Iranian counterpart Hossein "
    "Tavakoli on Tuesday. Aydin also spoke by phone with the Foreign Minister of Oman.",
    ("call", "held", ("IRN", "TUR"), None, "2024-05-14"),
    ("call", "held", ("OMN", "TUR"), None, None),
)
_row(
    "received-series",
    D,
    "Pakistani Prime Minister Arif Qureshi met with the Saudi Minister of Investment Fahd "
    "Al-Otaibi in Islamabad on Monday. The prime minister also met with the Kuwaiti minister "
    "of finance.",
    ("meeting", "held", ("PAK", "SAU"), None, "2024-05-13"),
    ("meeting", "held", ("KWT", "PAK"), None, None),
)
_row(
    "near-miss",
    D,
    "Kazakh Foreign Minister Yerlan Abenov met with Hungarian Foreign Minister Peter Kovacs in "
    "Astana on Monday. Abenov also noted the growth of Hungarian investment in Kazakhstan.",
    ("meeting", "held", ("HUN", "KAZ"), None, "2024-05-13"),
)

# --- several calls or meetings named together ----------------------------------------
_row(
    "two-calls",
    D,
    "On Monday, Kazakh President Daniyar Omarov held phone conversations with the leaders of "
    "Uzbekistan and Kyrgyzstan.",
    ("call", "held", ("KAZ", "UZB"), None, "2024-05-13"),
    ("call", "held", ("KAZ", "KGZ"), None, "2024-05-13"),
)
_row(
    "two-calls",
    D,
    "Iranian President Hamid Rostami held a trilateral video call with the presidents of "
    "Turkmenistan and Azerbaijan on Monday.",
    ("call", "held", ("AZE", "IRN", "TKM"), None, "2024-05-13"),
)

# --- objects of one verb, each with a day of its own ----------------------------------
_row(
    "two-in-one-sentence",
    D,
    "Azerbaijani Foreign Minister Ramil Jafarov received the Ambassador of Japan on May 13 and "
    "the Ambassador of Italy on May 14.",
    ("meeting", "held", ("AZE", "JPN"), None, "2024-05-13"),
    ("meeting", "held", ("AZE", "ITA"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "Kazakh Prime Minister Olzhas Bekov met with the Uzbek Prime Minister and then with the "
    "Kyrgyz Prime Minister in Astana on Tuesday.",
    ("meeting", "held", ("KAZ", "UZB"), None, "2024-05-14"),
    ("meeting", "held", ("KAZ", "KGZ"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "The Uzbek foreign minister met the foreign ministers of Tajikistan and Kyrgyzstan in "
    "Tashkent on Tuesday to discuss water sharing.",
    ("meeting", "held", ("KGZ", "TJK", "UZB"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "Armenian Deputy Foreign Minister Vahan Petrosyan met with the newly appointed Ambassador "
    "of the Kingdom of the Netherlands in Yerevan on Monday to discuss the reform agenda.",
    ("meeting", "held", ("ARM", "NLD"), None, "2024-05-13"),
)
_row(
    "two-in-one-sentence",
    D,
    "Kyrgyz Prime Minister Adylbek Kasymov held talks with a delegation of the Hungarian "
    "government led by its economy minister in Bishkek on Monday to discuss joint projects.",
    ("meeting", "held", ("HUN", "KGZ"), None, "2024-05-13"),
)
_row(
    "two-in-one-sentence",
    D,
    "The defence ministers of Azerbaijan and Georgia met at the headquarters of the Georgian "
    "armed forces in Tbilisi on Tuesday to discuss joint exercises.",
    ("meeting", "held", ("AZE", "GEO"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "The Turkish trade minister met his counterpart from the Islamic Republic of Pakistan in "
    "Ankara on Tuesday to discuss tariffs on textiles.",
    ("meeting", "held", ("PAK", "TUR"), None, "2024-05-14"),
)
_row(
    "two-in-one-sentence",
    D,
    "The foreign ministers of Latvia and Lithuania will meet in Vilnius on Tuesday to discuss "
    "the rail link.",
    ("meeting", "planned", ("LTU", "LVA"), None, "2024-05-21"),
)

# --- talks with one partner on the sidelines of the gathering told before ----------------
_row(
    "summit+sidelines",
    D,
    "Turkish President Kemal Demir will attend the NATO summit in Washington in July. On the "
    "sidelines of the summit, he is expected to meet the Greek prime minister.",
    ("conference", "planned", ("TUR", "USA"), "NATO", "2024-07"),
    ("meeting", "planned", ("GRC", "TUR"), None, "2024-07"),
)
_row(
    "summit+sidelines",
    D,
    "Uzbek President Bakhtiyor Nurmatov took part in the SCO summit in Astana on May 10. On the "
    "sidelines of the summit, he met with the Prime Minister of Pakistan.",
    ("conference", "held", ("KAZ", "UZB"), "SCO", "2024-05-10"),
    ("meeting", "held", ("PAK", "UZB"), None, "2024-05-10"),
)
_row(
    "summit+sidelines",
    D,
    "The Kazakh and Kyrgyz presidents held a bilateral meeting on the sidelines of the CIS "
    "summit in Minsk on May 10.",
    ("conference", "held", ("BLR", "KAZ", "KGZ"), "CIS", "2024-05-10"),
    ("meeting", "held", ("KAZ", "KGZ"), None, "2024-05-10"),
)

# --- one more partner told as a later step -------------------------------------------------
_row(
    "received-series",
    D,
    "Uzbek Foreign Minister Sardor Nazarov met with the Foreign Minister of Latvia on Monday. "
    "After that, he received the Ambassador of Japan.",
    ("meeting", "held", ("LVA", "UZB"), None, "2024-05-13"),
    ("meeting", "held", ("JPN", "UZB"), None, "2024-05-13"),
)
_row(
    "received-series",
    D,
    "Georgian Foreign Minister Nika Abashidze held talks with the Foreign Minister of Moldova "
    "on May 13. The next day, he held talks with the Foreign Minister of Estonia.",
    ("meeting", "held", ("GEO", "MDA"), None, "2024-05-13"),
    ("meeting", "held", ("EST", "GEO"), None, "2024-05-14"),
)

# --- the same sides once more, "and again" on a day of its own ---------------------------
_row(
    "two-in-one-sentence",
    D,
    "The presidents of Kazakhstan and Uzbekistan spoke by phone on May 2 and again on May 9.",
    ("call", "held", ("KAZ", "UZB"), None, "2024-05-02"),
    ("call", "held", ("KAZ", "UZB"), None, "2024-05-09"),
)
_row(
    "two-in-one-sentence",
    D,
    "The Turkmen and Iranian foreign ministers met in Ashgabat in January and again in "
    "Tehran in March.",
    ("meeting", "held", ("IRN", "TKM"), None, "2024-01"),
    ("meeting", "held", ("IRN", "TKM"), None, "2024-03"),
)
_row(
    "near-miss",
    D,
    "The Azerbaijani and Georgian ministers met in Tbilisi on Monday and again stressed the "
    "importance of the Middle Corridor.",
    ("meeting", "held", ("AZE", "GEO"), None, "2024-05-13"),
)
_row(
    "received-series",
    D,
    "Kazakh President Daniyar Omarov received Hungarian Foreign Minister Peter Kovacs on "
    "Tuesday. Kovacs also met with Uzbek Foreign Minister Sardor Nazarov.",
    ("meeting", "held", ("HUN", "KAZ"), None, "2024-05-14"),
    ("meeting", "held", ("HUN", "UZB"), None, None),
)
_row(
    "near-miss",
    D,
    "Turkish President Kemal Demir met the Greek and Bulgarian prime ministers in Edirne on "
    "Monday and the three leaders discussed migration.",
    ("meeting", "held", ("BGR", "GRC", "TUR"), None, "2024-05-13"),
)

# --- "In separate calls on Tuesday, X spoke with A and B" ---------------------------------
_row(
    "two-calls",
    D,
    "In separate phone calls on Tuesday, Pakistani Prime Minister Arif Qureshi spoke with the "
    "leaders of Qatar and Kuwait.",
    ("call", "held", ("PAK", "QAT"), None, "2024-05-14"),
    ("call", "held", ("KWT", "PAK"), None, "2024-05-14"),
)
_row(
    "received-series",
    D,
    "In separate meetings on Monday, Turkmen Foreign Minister Murad Atayev met with the foreign "
    "ministers of Iran and Afghanistan.",
    ("meeting", "held", ("IRN", "TKM"), None, "2024-05-13"),
    ("meeting", "held", ("AFG", "TKM"), None, "2024-05-13"),
)
_row(
    "received-series",
    D,
    "In separate meetings, Turkmen Foreign Minister Murad Atayev met with the foreign ministers "
    "of Iran and Afghanistan.",
    ("meeting", "held", ("IRN", "TKM"), None, None),
    ("meeting", "held", ("AFG", "TKM"), None, None),
)
_row(
    "received-series",
    D,
    "Hungarian Foreign Minister Peter Kovacs was received by Kazakh President Daniyar Omarov on "
    "Tuesday. Kovacs was later received by Kazakh Prime Minister Olzhas Bekov.",
    ("meeting", "held", ("HUN", "KAZ"), None, "2024-05-14"),
    ("meeting", "held", ("HUN", "KAZ"), None, None),
)

# --- a held meeting and the next one planned, or the last one recalled ----------------
_row(
    "session+next",
    D,
    "The foreign ministers of Kazakhstan and Turkey met in Astana on Monday. They will meet "
    "again in Ankara in June.",
    ("meeting", "held", ("KAZ", "TUR"), None, "2024-05-13"),
    ("meeting", "planned", ("KAZ", "TUR"), None, "2024-06"),
)
_row(
    "recalled+new",
    D,
    "The presidents of Azerbaijan and Turkey held a phone conversation on Monday. The two "
    "presidents last spoke by phone in March.",
    ("call", "held", ("AZE", "TUR"), None, "2024-05-13"),
    ("call", "held", ("AZE", "TUR"), None, "2024-03"),
)
_row(
    "told-thrice",
    D,
    "Kyrgyz President Almaz Toktorov received the outgoing ambassadors of Italy and Spain on "
    "Monday. The President first received the Italian ambassador. Then the President received "
    "the Spanish ambassador.",
    ("meeting", "held", ("ITA", "KGZ"), None, "2024-05-13"),
    ("meeting", "held", ("ESP", "KGZ"), None, "2024-05-13"),
)


@pytest.mark.parametrize(("cls", "day", "text", "expected"), told_params(TABLE))
def test_meetings_told(cls: str, day: str, text: str, expected: list[Expected]) -> None:
    """The paragraph gives one record per event it tells, with its own sides and date."""
    assert_told(cls, day, text, expected, fits_told)
