"""A table of how the news tells a meeting and its sides (issue 9).

Every row is a short page written for this test in the manner of wire copy and
of the region's outlets (invented names, places and figures), published on
Wednesday 2023-05-10, with the meetings a key would hold under spec section 2:
(kind, status, countries, organization, date). ``"*"`` in a field means the
row does not test it (event dates are another audit's subject; kinds and
hosts that a key could write either way are left open). Rows that must give
no record at all are near misses: cabinet sessions, meetings with companies,
press conferences, letters, proposed talks, sports and culture.
"""

from __future__ import annotations

import pytest

from meeting_rows import ANY, C, H, K, M, P, V, Want, briefs_of, fits_fields, pairs

# (row id, page body, the meetings expected)
TABLE: list[tuple[str, str, list[Want]]] = [
    # --- wire copy: role + state + name on each side, a verb of meeting, place and day
    (
        "wire-held-talks-counterpart",
        "U.S. Secretary of State Tom Hadley held talks with his Russian counterpart Oleg "
        "Voronin in Geneva on Monday.",
        [(M, H, ["RUS", "USA"], None, "2023-05-08")],
    ),
    (
        "wire-later-sentences-name-only",
        "U.S. Secretary of State Tom Hadley held talks with his Russian counterpart Oleg "
        "Voronin in Geneva on Monday.\n\nHadley told reporters the talks were frank. The two "
        "ministers discussed arms control and the war in the region.\n\nVoronin said the "
        "meeting had been useful.",
        [(M, H, ["RUS", "USA"], None, "2023-05-08")],
    ),
    (
        "wire-met-with",
        "French Foreign Minister Claire Dumas met with Japanese Foreign Minister Haruto Mori "
        "in Paris on Tuesday.",
        [(M, H, ["FRA", "JPN"], None, "2023-05-09")],
    ),
    (
        "wire-met-no-with",
        "German Chancellor Anna Keller met Polish Prime Minister Marek Nowak in Berlin on "
        "Monday to discuss energy.",
        [(M, H, ["DEU", "POL"], None, "2023-05-08")],
    ),
    (
        "wire-spoke-by-phone",
        "French President Luc Moreau spoke by phone with German Chancellor Anna Keller on Tuesday.",
        [(C, H, ["DEU", "FRA"], None, "2023-05-09")],
    ),
    (
        "wire-spoke-counterpart-by-phone",
        "Italian Prime Minister Paolo Conti spoke with his Spanish counterpart by telephone on "
        "Monday, his office said.",
        [(C, H, ["ESP", "ITA"], None, "2023-05-08")],
    ),
    (
        "wire-said-after-meeting",
        "Brazil and Argentina will deepen trade ties, Brazilian President Joao Lima said after "
        "meeting Argentine President Martin Ruiz in Brasilia on Tuesday.",
        [(M, H, ["ARG", "BRA"], None, "2023-05-09")],
    ),
    (
        "wire-passive-talks",
        "Talks between Indian Foreign Minister Ravi Menon and Chinese Foreign Minister Wang "
        "Lei were held in New Delhi on Monday.",
        [(M, H, ["CHN", "IND"], None, "2023-05-08")],
    ),
    (
        "wire-meeting-between-noun",
        "A meeting between Turkish President Mert Demir and Ukrainian President Ivan "
        "Kovalenko took place in Ankara on Tuesday.",
        [(M, H, ["TUR", "UKR"], None, "2023-05-09")],
    ),
    (
        "wire-sidelines",
        "Japanese Prime Minister Kenji Sato met South Korean President Min Park on the "
        "sidelines of a regional forum in Jakarta on Tuesday.",
        [(M, H, ["JPN", "KOR"], None, ANY), (K, H, ANY, ANY, ANY)],
    ),
    (
        "wire-his-turkish-counterpart",
        "Azerbaijani Foreign Minister Elnur Hasanov met with his Turkish counterpart Kemal "
        "Aydin in Ankara on Tuesday.",
        [(M, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "wire-counterpart-unnamed",
        "Hungarian Foreign Minister Peter Szabo held talks with his Kazakh counterpart in "
        "Astana on Monday.",
        [(M, H, ["HUN", "KAZ"], None, "2023-05-08")],
    ),
    (
        "wire-named-once-then-by-name",
        "Georgian Prime Minister Irakli Beridze arrived in Yerevan on Monday for a two-day "
        "official visit.\n\nOn Tuesday, Beridze held talks with Armenian Prime Minister Aram "
        "Petrosyan.\n\nLater, Beridze spoke by phone with Moldovan President Elena Rusu.",
        [
            (V, H, ["ARM", "GEO"], None, "2023-05-08"),
            (M, H, ["ARM", "GEO"], None, ANY),
            (C, H, ["GEO", "MDA"], None, ANY),
        ],
    ),
    (
        "wire-name-then-phone-later",
        "Armenian Foreign Minister Aram Sargsyan gave an interview on Monday.\n\nOn Tuesday, "
        "Sargsyan had a phone conversation with Iranian Foreign Minister Reza Karimi.",
        [(C, H, ["ARM", "IRN"], None, "2023-05-09")],
    ),
    # --- regional outlets: "received", ambassadors, "the X side", ministries of two countries
    (
        "received-ambassador",
        "Uzbek Foreign Minister Akmal Rasulov received the Georgian Ambassador Levan Tsereteli "
        "on Tuesday.",
        [(M, H, ["GEO", "UZB"], None, "2023-05-09")],
    ),
    (
        "received-ambassador-of-state",
        "Kazakh Deputy Foreign Minister Dana Ospanova received the Ambassador of Hungary to "
        "Kazakhstan, Gabor Kiss, on Monday.",
        [(M, H, ["HUN", "KAZ"], None, "2023-05-08")],
    ),
    (
        "received-delegation-led-by",
        "Tajik President Rustam Nazarov on Monday received a delegation of Qatar led by "
        "Minister of State Khalid Al-Thani.",
        [(M, H, ["QAT", "TJK"], None, "2023-05-08")],
    ),
    (
        "was-received-by",
        "The Ambassador of Pakistan to Azerbaijan, Imran Qadir, was received by Azerbaijani "
        "Deputy Foreign Minister Farid Guliyev on Tuesday.",
        [(M, H, ["AZE", "PAK"], None, "2023-05-09")],
    ),
    (
        "kazakh-side-during-visit",
        "A delegation of Azerbaijan led by Deputy Minister of Economy Elnur Aliyev paid a "
        "working visit to Astana on Monday.\n\nDuring the meeting, the Kazakh side proposed "
        "to expand cargo transit.",
        [(V, H, ["AZE", "KAZ"], None, "2023-05-08")],
    ),
    (
        "heads-of-ministries-two-countries",
        "Kyrgyz Foreign Minister Talant Asanov held talks with his Tajik counterpart Rustam "
        "Saidov in Bishkek on Tuesday.\n\nThe heads of the foreign ministries of the two "
        "countries discussed the border.",
        [(M, H, ["KGZ", "TJK"], None, "2023-05-09")],
    ),
    (
        "two-leaders-later",
        "The presidents of Uzbekistan and Tajikistan met in Dushanbe on Tuesday.\n\nThe two "
        "leaders discussed water use and transport.",
        [(M, H, ["TJK", "UZB"], None, "2023-05-09")],
    ),
    (
        "parties-discussed",
        "Turkmen Foreign Minister Batyr Orazov met with the Ambassador of India Suresh Rao in "
        "Ashgabat on Monday. The parties discussed gas supplies.",
        [(M, H, ["IND", "TKM"], None, "2023-05-08")],
    ),
    (
        "ambassador-to-presented-credentials",
        "The newly appointed Ambassador of Oman to Kazakhstan, Salim Al-Harthi, presented "
        "copies of his credentials to Kazakh Deputy Foreign Minister Aida Nurlanova on "
        "Tuesday.",
        [(M, H, ["KAZ", "OMN"], None, "2023-05-09")],
    ),
    (
        "hosted",
        "Pakistani Prime Minister Nawaz Qureshi hosted Qatari Foreign Minister Ahmed Al-Kuwari "
        "in Islamabad on Monday.",
        [(M, H, ["PAK", "QAT"], None, "2023-05-08")],
    ),
    (
        "welcomed-visiting",
        "Armenian Prime Minister Aram Petrosyan welcomed the visiting Lithuanian Foreign "
        "Minister Jonas Kazlauskas in Yerevan on Tuesday.",
        [(ANY, H, ["ARM", "LTU"], None, "2023-05-09")],
    ),
    # --- visits
    (
        "paid-official-visit",
        "Georgian Prime Minister Irakli Beridze paid an official visit to Azerbaijan on Monday.",
        [(V, H, ["AZE", "GEO"], None, "2023-05-08")],
    ),
    (
        "arrived-on-official-visit",
        "Turkish Foreign Minister Kemal Aydin arrived in Tashkent on an official visit on Tuesday.",
        [(V, H, ["TUR", "UZB"], None, "2023-05-09")],
    ),
    (
        "president-of-arrived-state-visit",
        "The President of Kyrgyzstan arrived in Dushanbe on a state visit on Tuesday.",
        [(V, H, ["KGZ", "TJK"], None, "2023-05-09")],
    ),
    (
        "visit-noun-of",
        "The official visit of the Prime Minister of Uzbekistan to Turkmenistan began on Monday.",
        [(V, H, ["TKM", "UZB"], None, "2023-05-08")],
    ),
    (
        "is-on-a-visit",
        "Latvian President Karlis Ozols is on a state visit to Estonia.",
        [(V, H, ["EST", "LVA"], None, ANY)],
    ),
    (
        "delegation-visited",
        "A Kazakh government delegation headed by Deputy Prime Minister Serik Bekov visited "
        "Bishkek on Monday.",
        [(V, H, ["KAZ", "KGZ"], None, "2023-05-08")],
    ),
    (
        "kicked-off-visit",
        "Indonesian President Budi Santoso on Monday kicked off a three-day state visit to "
        "Vietnam.",
        [(V, H, ["IDN", "VNM"], None, "2023-05-08")],
    ),
    # --- calls
    (
        "telephone-conversation-with",
        "Azerbaijani President Ilkin Mammadov had a telephone conversation with Turkish "
        "President Mert Demir on Tuesday.",
        [(C, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "telephone-conversation-took-place-between",
        "A telephone conversation took place between the foreign ministers of Kazakhstan and "
        "Uzbekistan on Monday.",
        [(C, H, ["KAZ", "UZB"], None, "2023-05-08")],
    ),
    (
        "held-phone-talks",
        "Chinese Foreign Minister Li Wen held phone talks with Iranian Foreign Minister Reza "
        "Karimi on Tuesday.",
        [(C, H, ["CHN", "IRN"], None, "2023-05-09")],
    ),
    (
        "video-call",
        "Indian Prime Minister Ravi Menon and Australian Prime Minister Jack Wilson held a "
        "video call on Monday.",
        [(C, H, ["AUS", "IND"], None, "2023-05-08")],
    ),
    (
        "met-via-videoconference",
        "The foreign ministers of Uzbekistan and Afghanistan met via videoconference on Tuesday.",
        [(C, H, ["AFG", "UZB"], None, "2023-05-09")],
    ),
    (
        "exchanged-views-by-phone",
        "The presidents of Kazakhstan and Kyrgyzstan exchanged views by phone on regional "
        "security on Monday.",
        [(C, H, ["KAZ", "KGZ"], None, "2023-05-08")],
    ),
    (
        "phoned",
        "British Prime Minister James Hart phoned Canadian Prime Minister Leo Martin on Tuesday.",
        [(C, H, ["CAN", "GBR"], None, "2023-05-09")],
    ),
    (
        "call-received-from",
        "Egyptian President Samir Fahmy received a phone call from Saudi Crown Prince Faisal "
        "bin Saud on Monday.",
        [(C, H, ["EGY", "SAU"], None, "2023-05-08")],
    ),
    (
        "phone-talk-noun",
        "During a phone talk on Tuesday, the Turkish and Azerbaijani foreign ministers "
        "discussed the peace process.",
        [(C, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "video-link",
        "Russian President Igor Sokolov held talks with Chinese President Zhou Ming by video "
        "link on Monday.",
        [(C, H, ["CHN", "RUS"], None, "2023-05-08")],
    ),
    # --- consultations, commissions, councils, summits, forums
    (
        "consultations-between-ministries",
        "Political consultations between the foreign ministries of Azerbaijan and Hungary were "
        "held in Budapest on Tuesday.",
        [(M, H, ["AZE", "HUN"], None, "2023-05-09")],
    ),
    (
        "round-of-consultations",
        "The foreign ministries of Pakistan and Turkmenistan held the fifth round of bilateral "
        "political consultations in Ashgabat on Monday.",
        [(M, H, ["PAK", "TKM"], None, "2023-05-08")],
    ),
    (
        "intergovernmental-commission-held",
        "The 12th session of the Uzbek-Turkish Intergovernmental Commission on trade and "
        "economic cooperation was held in Tashkent on Monday.",
        [(M, H, ["TUR", "UZB"], ANY, "2023-05-08")],
    ),
    (
        "intergovernmental-commission-planned",
        "The next meeting of the joint intergovernmental commission of Kazakhstan and "
        "Azerbaijan will be held in Baku in June.",
        [(M, P, ["AZE", "KAZ"], ANY, "2023-06")],
    ),
    (
        "council-of-foreign-ministers",
        "The OIC Council of Foreign Ministers opened its 49th session in Nouakchott on Tuesday.",
        [(K, H, ANY, "OIC", "2023-05-09")],
    ),
    (
        "summit-held-in",
        "The summit of the Organization of Turkic States was held in Samarkand on Friday.",
        [(K, H, ANY, "OTS", "2023-05-05")],
    ),
    (
        "summit-taking-place",
        "The SCO summit is taking place in Astana.",
        [(K, H, ANY, "SCO", ANY)],
    ),
    (
        "forum-with-ministers",
        "Foreign ministers of twelve states attended the Caspian Connectivity Forum in Baku "
        "on Tuesday.",
        [(K, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "council-session-will",
        "The CIS Council of Heads of Government will hold its next meeting in Minsk on May 26.",
        [(K, P, ANY, "CIS", "2023-05-26")],
    ),
    # --- capitals and seats of government as sides
    (
        "capitals-held-talks",
        "Baku and Ankara held talks on energy security on Tuesday.",
        [(M, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "capitals-consultations",
        "Moscow and Beijing held consultations on Central Asia on Monday.",
        [(M, H, ["CHN", "RUS"], None, "2023-05-08")],
    ),
    (
        "both-countries-ministers",
        "Latvia and Lithuania have agreed to link their grids. The foreign ministers of both "
        "countries met in Riga on Monday.",
        [(M, H, ["LTU", "LVA"], None, "2023-05-08")],
    ),
    # --- several events in one sentence
    (
        "separate-meetings-two-states",
        "Turkmen President Serdar Amanov received the foreign ministers of Iran and Pakistan "
        "in separate meetings on Tuesday.",
        [(M, H, ["IRN", "TKM"], None, "2023-05-09"), (M, H, ["PAK", "TKM"], None, "2023-05-09")],
    ),
    (
        "met-one-day-then-another",
        "Kazakh Foreign Minister Dana Ospanova met her Chinese counterpart on Monday and the "
        "Russian foreign minister on Tuesday.",
        [(M, H, ["CHN", "KAZ"], None, "2023-05-08"), (M, H, ["KAZ", "RUS"], None, "2023-05-09")],
    ),
    (
        "met-then-phoned",
        "Slovak Foreign Minister Jan Horvat met the Czech ambassador on Monday and later held "
        "a phone call with Austrian Foreign Minister Karl Bauer.",
        [(M, H, ["CZE", "SVK"], None, ANY), (C, H, ["AUT", "SVK"], None, ANY)],
    ),
    (
        "visit-then-will-meet",
        "Mongolian President Bat Erdene arrived in Seoul on Tuesday and will meet South Korean "
        "President Min Park on Thursday.",
        # talks announced for a visit under way are part of that visit (one record)
        [(V, H, ["KOR", "MNG"], None, "2023-05-09")],
    ),
    # --- planned
    (
        "will-visit-next-month",
        "Turkish President Mert Demir will visit Uzbekistan next month.",
        [(V, P, ["TUR", "UZB"], None, "2023-06")],
    ),
    (
        "is-to-pay-state-visit",
        "The Kazakh president is to pay a state visit to China in June.",
        [(V, P, ["CHN", "KAZ"], None, "2023-06")],
    ),
    (
        "talks-are-scheduled",
        "Talks between the foreign ministers of Armenia and Azerbaijan are scheduled for Thursday.",
        [(M, P, ["ARM", "AZE"], None, "2023-05-11")],
    ),
    (
        "is-expected-to-visit",
        "Uzbek Prime Minister Aziz Karimov is expected to visit Kyrgyzstan later this month.",
        [(V, P, ["KGZ", "UZB"], None, ANY)],
    ),
    (
        "invited-to-visit",
        "Pakistani Prime Minister Nawaz Qureshi invited Azerbaijani President Ilkin Mammadov "
        "to visit Islamabad.",
        [(V, P, ["AZE", "PAK"], None, ANY)],
    ),
    (
        "will-take-place-on",
        "The visit of the Hungarian foreign minister to Tajikistan will take place on May 15.",
        [(V, P, ["HUN", "TJK"], None, "2023-05-15")],
    ),
    (
        "to-be-held-in",
        "The next round of Georgian-Armenian consultations is to be held in Tbilisi in autumn.",
        [(M, P, ["ARM", "GEO"], None, ANY)],
    ),
    (
        "leaders-to-meet-in",
        "The leaders of Kazakhstan and Turkmenistan are to meet in Astana on May 20.",
        [(M, P, ["KAZ", "TKM"], None, "2023-05-20")],
    ),
    (
        "heading-to-for-talks",
        "Iranian Foreign Minister Reza Karimi is heading to Muscat for talks with his Omani "
        "counterpart.",
        [(ANY, ANY, ["IRN", "OMN"], None, ANY)],
    ),
    (
        "present-tense-today-planned",
        "Estonian Prime Minister Olli Saar will hold talks with Finnish Prime Minister Mika "
        "Virtanen in Helsinki today.",
        [(M, P, ["EST", "FIN"], None, "2023-05-10")],
    ),
    (
        "compound-adjective-talks",
        "Uzbek-Kazakh talks on water use were held in Tashkent on Monday.",
        [(M, H, ["KAZ", "UZB"], None, "2023-05-08")],
    ),
    (
        "compound-adjective-consultations",
        "Kazakh-Chinese consultations on consular issues took place in Beijing on Tuesday.",
        [(M, H, ["CHN", "KAZ"], None, "2023-05-09")],
    ),
    (
        "role-of-state-name-order",
        "Minister of Foreign Affairs of Azerbaijan Elnur Hasanov met with Minister of Foreign "
        "Affairs of Pakistan Bilal Shah in Baku on Monday.",
        [(M, H, ["AZE", "PAK"], None, "2023-05-08")],
    ),
    (
        "president-of-received-minister-of",
        "President of Turkmenistan Serdar Amanov received Minister of Foreign Affairs of Japan "
        "Haruto Mori on Tuesday.",
        [(M, H, ["JPN", "TKM"], None, "2023-05-09")],
    ),
    (
        "head-of-ministry",
        "The head of the Tajik Foreign Ministry met with the Iranian ambassador on Monday.",
        [(M, H, ["IRN", "TJK"], None, "2023-05-08")],
    ),
    (
        "possessive-state-role",
        "Kazakhstan's Foreign Minister Dana Ospanova met with Belarus' Ambassador Ivan Petrov "
        "on Tuesday.",
        [(M, H, ["BLR", "KAZ"], None, "2023-05-09")],
    ),
    (
        "during-the-meeting-the-sides",
        "Azerbaijani Deputy Foreign Minister Farid Guliyev met with Swiss State Secretary Anna "
        "Meier on Monday.\n\nDuring the meeting, the sides discussed the agenda of bilateral "
        "relations.",
        [(M, H, ["AZE", "CHE"], None, "2023-05-08")],
    ),
    (
        "two-demonyms-presidents-met",
        "The Turkish and Azerbaijani presidents met in Nakhchivan on Monday.",
        [(M, H, ["AZE", "TUR"], None, "2023-05-08")],
    ),
    (
        "trilateral-meeting",
        "The foreign ministers of Azerbaijan, Turkey and Georgia held a trilateral meeting in "
        "Tbilisi on Monday.",
        [(M, H, ["AZE", "GEO", "TUR"], None, "2023-05-08")],
    ),
    (
        "heads-of-state-meeting-planned",
        "The consultative meeting of the heads of state of Central Asia will be held in "
        "Dushanbe on September 14.",
        [(K, P, ANY, ANY, "2023-09-14")],
    ),
    (
        "body-ministers-met",
        "NATO foreign ministers met in Brussels on Tuesday.",
        [(K, H, ANY, "NATO", "2023-05-09")],
    ),
    (
        "group-ministers-will-meet",
        "G7 finance ministers will meet in Tokyo next week.",
        [(K, P, ANY, "G7", ANY)],
    ),
    (
        "will-pay-visit-dates",
        "Tajik President Rustam Nazarov will pay an official visit to Uzbekistan on May 16-17.",
        [(V, P, ["TJK", "UZB"], None, "2023-05-16")],
    ),
    (
        "scheduled-to-meet-next-week",
        "Greek Prime Minister Nikos Pappas is scheduled to meet Cypriot President Andreas "
        "Christou next week.",
        [(M, P, ["CYP", "GRC"], None, ANY)],
    ),
    (
        "preparations-for-visit",
        "Preparations are under way for the state visit of the Uzbek president to Kazakhstan.",
        [(V, P, ["KAZ", "UZB"], None, ANY)],
    ),
    (
        "video-link-met-via",
        "Russian President Igor Sokolov met Chinese President Zhou Ming via video link on Monday.",
        [(C, H, ["CHN", "RUS"], None, "2023-05-08")],
    ),
    (
        "online-format-an",
        "The foreign ministers of Kazakhstan and Hungary held a meeting in an online format "
        "on Tuesday.",
        [(C, H, ["HUN", "KAZ"], None, "2023-05-09")],
    ),
    (
        "capital-as-surname",
        "Chilean Foreign Minister Ana Santiago met Bolivian Foreign Minister Luis Quito on Monday.",
        [(M, H, ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "capital-as-surname-with-venue",
        "Brazilian President Joao Lima met Argentine President Martin Ruiz in Brasilia on Tuesday.",
        [(M, H, ["ARG", "BRA"], None, "2023-05-09")],
    ),
    (
        "body-by-members-held-its-session",
        "The OIC Council of Foreign Ministers held its 49th session in Nouakchott on Tuesday.",
        [(K, H, ANY, "OIC", "2023-05-09")],
    ),
    (
        "body-of-org-opened-its-session",
        "The Council of Foreign Ministers of the OIC opened its 49th session in Nouakchott on "
        "Tuesday.",
        [(K, H, ANY, "OIC", "2023-05-09")],
    ),
    (
        "assembly-opened-its-session",
        "The UN General Assembly opened its 78th session in New York on Tuesday.",
        [(K, H, ANY, "UN General Assembly", "2023-05-09")],
    ),
    (
        "council-concluded-its-meeting",
        "The CSTO Council of Foreign Ministers concluded its meeting in Yerevan on Tuesday.",
        [(K, H, ANY, "CSTO", "2023-05-09")],
    ),
    (
        "council-will-hold-its-session",
        "The OIC Council of Foreign Ministers will hold its 50th session in Yaounde in August.",
        [(K, P, ANY, "OIC", "2023-08")],
    ),
    (
        "region-heads-of-state-held",
        "A meeting of the heads of state of Central Asia was held in Dushanbe on Monday.",
        [(K, H, ["TJK"], None, "2023-05-08")],
    ),
    (
        # "the South Caucasus states" names the region's states as a whole: each is a side
        # (tests/test_grid_groupsets.py; "of Central Asia" above names the region, no side)
        "region-ministers-took-place",
        "The meeting of the foreign ministers of the South Caucasus states took place in "
        "Tbilisi on Tuesday.",
        [(K, H, ["ARM", "AZE", "GEO"], None, "2023-05-09")],
    ),
    (
        "preparing-for-visit",
        "Ankara and Baku are preparing for the visit of the Turkish president to Azerbaijan.",
        [(V, P, ["AZE", "TUR"], None, ANY)],
    ),
    # --- regional outlets' habits, second round
    (
        "discussed-during-meeting-in",
        "Kazakhstan and Uzbekistan discussed transport cooperation during a meeting of their "
        "deputy prime ministers in Tashkent on Monday.",
        [(M, H, ["KAZ", "UZB"], None, "2023-05-08")],
    ),
    (
        "headline-meets",
        "Kazakh Deputy FM meets with Ambassador of Japan",
        [(M, H, ["JPN", "KAZ"], None, ANY)],
    ),
    (
        "bilateral-meeting-was-held-between",
        "A bilateral meeting was held between the defence ministers of Azerbaijan and Turkey in "
        "Baku on Tuesday.",
        [(M, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "had-a-meeting",
        "Georgian President Nino Kapanadze and Polish President Jan Kowalski had a meeting in "
        "Warsaw on Monday.",
        [(M, H, ["GEO", "POL"], None, "2023-05-08")],
    ),
    (
        "present-perfect-have-held-talks",
        "The foreign ministers of Kyrgyzstan and Uzbekistan have held talks in Osh.",
        [(M, H, ["KGZ", "UZB"], None, ANY)],
    ),
    (
        "is-paying-official-visit",
        "Uzbek President Aziz Karimov is paying an official visit to Hungary.",
        [(V, H, ["HUN", "UZB"], None, ANY)],
    ),
    (
        "is-on-working-visit-in",
        "Kyrgyz Foreign Minister Talant Asanov is on a working visit in Baku.",
        [(V, H, ["AZE", "KGZ"], None, ANY)],
    ),
    (
        "at-the-invitation-will-pay",
        "At the invitation of Kazakh President Serik Bekov, Mongolian President Bat Erdene will "
        "pay a state visit to Kazakhstan on May 20-21.",
        [(V, P, ["KAZ", "MNG"], None, "2023-05-20")],
    ),
    (
        "departed-for-on-visit",
        "Pakistani Prime Minister Nawaz Qureshi departed for Tashkent on an official visit on "
        "Tuesday.",
        [(V, H, ["PAK", "UZB"], None, "2023-05-09")],
    ),
    (
        "wrapped-up-visit",
        "Hungarian Foreign Minister Peter Szabo wrapped up his two-day visit to Turkmenistan on "
        "Tuesday.",
        [(V, H, ["HUN", "TKM"], None, ANY)],
    ),
    (
        "discussed-upcoming-visit",
        "Azerbaijani Foreign Minister Elnur Hasanov met with the Ambassador of Italy Marco "
        "Bianchi on Tuesday.\n\nThe sides also discussed the upcoming visit of the Italian "
        "president to Azerbaijan.",
        [(M, H, ["AZE", "ITA"], None, "2023-05-09"), (V, P, ["AZE", "ITA"], None, ANY)],
    ),
    (
        "supreme-interstate-council",
        "The second meeting of the Kazakh-Kyrgyz Supreme Interstate Council was held in Bishkek "
        "on Monday.",
        [(M, H, ["KAZ", "KGZ"], ANY, "2023-05-08")],
    ),
    (
        "working-group-held-its-meeting",
        "The Uzbek-Afghan joint working group on transport held its third meeting in Termez on "
        "Tuesday.",
        [(M, H, ["AFG", "UZB"], ANY, "2023-05-09")],
    ),
    (
        "trilateral-format-meeting",
        "The fifth meeting of the foreign ministers of Azerbaijan, Georgia and Turkey in the "
        "trilateral format took place in Tbilisi on Monday.",
        [(ANY, H, ["AZE", "GEO", "TUR"], ANY, "2023-05-08")],
    ),
    (
        "state-hosted-body-meeting",
        "Kazakhstan hosted the meeting of the SCO defence ministers in Astana on Tuesday.",
        [(K, H, ANY, "SCO", "2023-05-09")],
    ),
    (
        "will-host-summit",
        "Uzbekistan will host the OTS summit in Samarkand in November.",
        [(K, P, ANY, "OTS", "2023-11")],
    ),
    (
        "took-part-in-summit",
        "Tajik President Rustam Nazarov took part in the ECO summit in Tashkent on Monday.",
        [(K, H, ANY, "ECO", "2023-05-08")],
    ),
    (
        "attended-osce-council",
        "The Uzbek delegation attended the 30th session of the OSCE Ministerial Council in Skopje "
        "on Tuesday.",
        [(K, H, ANY, "OSCE", "2023-05-09")],
    ),
    (
        "during-telephone-conversation",
        "During the telephone conversation on Monday, the presidents of Turkmenistan and "
        "Azerbaijan discussed gas supplies.",
        [(C, H, ["AZE", "TKM"], None, "2023-05-08")],
    ),
    (
        "phone-call-was-held-between",
        "A phone call was held between the foreign ministers of Pakistan and Iran on Tuesday.",
        [(C, H, ["IRN", "PAK"], None, "2023-05-09")],
    ),
    (
        "congratulated-in-call",
        "In a phone call on Monday, Kazakh President Serik Bekov congratulated Turkish President "
        "Mert Demir on his re-election.",
        [(C, H, ["KAZ", "TUR"], None, "2023-05-08")],
    ),
    (
        "had-a-phone-call",
        "Georgian Prime Minister Irakli Beridze had a phone call with Ukrainian Prime Minister "
        "Oleh Bondar on Tuesday.",
        [(C, H, ["GEO", "UKR"], None, "2023-05-09")],
    ),
    (
        "tete-a-tete-then-expanded",
        "The presidents of Uzbekistan and Turkmenistan held talks in a narrow format in Ashgabat "
        "on Monday, followed by talks in an expanded format with the participation of the "
        "delegations.",
        [(M, H, ["TKM", "UZB"], None, "2023-05-08")],
    ),
    (
        "one-on-one",
        "Turkish President Mert Demir and Azerbaijani President Ilkin Mammadov held a one-on-one "
        "meeting in Ankara on Tuesday.",
        [(M, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "mfa-readout-nameless",
        "Astana, May 9 (Kazinform) - Kazakh Foreign Minister Dana Ospanova met with the "
        "Ambassador of Korea Kim Jisoo on Tuesday, the ministry's press service reports.",
        [(M, H, ["KAZ", "KOR"], None, "2023-05-09")],
    ),
    (
        "ambassador-handed-message",
        "The Ambassador of Qatar Ali Al-Marri handed a message from the Emir of Qatar to Tajik "
        "President Rustam Nazarov at a meeting on Monday.",
        [(M, H, ["QAT", "TJK"], None, "2023-05-08")],
    ),
    (
        "met-with-un-secretary-general",
        "Kyrgyz President Sadyr Jumabekov met with the UN Secretary-General in New York on "
        "Tuesday.",
        [(M, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "delegation-arrived-for-talks",
        "A delegation of the Chinese Ministry of Commerce arrived in Dushanbe on Monday for talks "
        "on trade.",
        [(ANY, H, ["CHN", "TJK"], None, "2023-05-08")],
    ),
    (
        "talks-continued",
        "Talks between Armenia and Azerbaijan on a peace treaty continued in Washington on "
        "Tuesday.",
        [(M, H, ANY, None, "2023-05-09")],
    ),
    (
        "kicked-off-talks",
        "Iran and Oman kicked off a new round of talks in Muscat on Monday.",
        [(M, H, ["IRN", "OMN"], None, "2023-05-08")],
    ),
    (
        "return-visit-planned",
        "Estonian Prime Minister Olli Saar accepted an invitation to pay a return visit to "
        "Finland.",
        [(V, P, ANY, None, ANY)],
    ),
    (
        "expected-in-next-week",
        "The Turkish foreign minister is expected in Baku next week.",
        [(V, P, ["AZE", "TUR"], None, ANY)],
    ),
    (
        "summit-next-year",
        "The next summit of the Organization of Turkic States will be held in Baku in 2024.",
        [(K, P, ANY, "OTS", "2024")],
    ),
    (
        "ministerial-c5",
        "The C5+1 ministerial meeting took place in Astana on Tuesday.",
        [(K, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "talks-with-imf",
        "Pakistan held talks with the IMF on a new loan programme in Islamabad on Monday.",
        [(ANY, H, ANY, ANY, ANY)],
    ),
    ("own-security-council-session", "The Kazakh Security Council held a session on Monday.", []),
    (
        "own-security-council-possessive",
        "Kazakhstan's Security Council met on Monday to discuss the situation.",
        [],
    ),
    # --- several events in one story: background, plans, steps told one after another
    (
        "last-met-in",
        "Uzbek President Aziz Karimov received Turkish Foreign Minister Kemal Aydin in Tashkent "
        "on Tuesday.\n\nThe Uzbek and Turkish presidents last met in Ankara in March.",
        [(M, H, ["TUR", "UZB"], None, "2023-05-09"), (M, H, ["TUR", "UZB"], None, "2023-03")],
    ),
    (
        "earlier-spoke-by-phone",
        "Kazakh Foreign Minister Dana Ospanova held talks with her Hungarian counterpart Peter "
        "Szabo in Astana on Tuesday.\n\nEarlier this month, the two ministers spoke by phone.",
        [(M, H, ["HUN", "KAZ"], None, "2023-05-09"), (C, H, ["HUN", "KAZ"], None, "2023-05")],
    ),
    (
        "agreed-to-meet-at-summit",
        "Azerbaijani President Ilkin Mammadov and Georgian Prime Minister Irakli Beridze spoke by "
        "phone on Monday.\n\nThe leaders agreed to meet on the sidelines of the SCO summit in "
        "July.",
        [
            (C, H, ["AZE", "GEO"], None, "2023-05-08"),
            (M, P, ["AZE", "GEO"], None, "2023-07"),
            (K, P, ANY, "SCO", "2023-07"),
        ],
    ),
    (
        "visit-and-commission-planned",
        "Turkmen Foreign Minister Batyr Orazov paid a working visit to Baku on Monday.\n\nThe "
        "sides noted that the next meeting of the intergovernmental commission will be held in "
        "Ashgabat in October.",
        [(V, H, ["AZE", "TKM"], None, "2023-05-08"), (M, P, ["AZE", "TKM"], ANY, "2023-10")],
    ),
    (
        "recalled-previous-visit",
        "Pakistani Prime Minister Nawaz Qureshi met with Uzbek President Aziz Karimov in "
        "Samarkand on Tuesday.\n\nQureshi recalled his visit to Tashkent in 2021.",
        [(M, H, ["PAK", "UZB"], None, "2023-05-09"), (V, H, ["PAK", "UZB"], None, "2021")],
    ),
    (
        "invited-return",
        "Kyrgyz President Sadyr Jumabekov held talks with Tajik President Rustam Nazarov in "
        "Dushanbe on Tuesday.\n\nJumabekov invited Nazarov to pay a state visit to Kyrgyzstan.",
        [(M, H, ["KGZ", "TJK"], None, "2023-05-09"), (V, P, ["KGZ", "TJK"], None, ANY)],
    ),
    (
        "three-events-para",
        "On Monday, Armenian Foreign Minister Aram Sargsyan met with his Georgian counterpart in "
        "Tbilisi. On Tuesday he held talks with the Azerbaijani foreign minister in Baku, and on "
        "Wednesday he will visit Iran.",
        [
            (M, H, ["ARM", "GEO"], None, "2023-05-08"),
            (M, H, ["ARM", "AZE"], None, "2023-05-09"),
            (V, P, ["ARM", "IRN"], None, ANY),
        ],
    ),
    (
        "same-two-different-format",
        "Chinese President Zhou Ming and Kazakh President Serik Bekov held talks in Xi'an on "
        "Monday.\n\nThe two leaders also attended the China-Central Asia summit on Tuesday.",
        [(M, H, ["CHN", "KAZ"], None, "2023-05-08"), (K, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "ambassadors-two-states",
        "Turkmen Deputy Foreign Minister Vepa Hajiyev received the ambassadors of Japan and South "
        "Korea on Monday.",
        [(M, H, ["JPN", "TKM"], None, "2023-05-08"), (M, H, ["KOR", "TKM"], None, "2023-05-08")],
    ),
    (
        "side-from-headline",
        "Tashkent, May 9: Uzbek Foreign Minister Akmal Rasulov met with the Ambassador of France "
        "Pierre Martin on Tuesday.\n\nThe French diplomat said Paris was ready to expand "
        "cooperation.",
        [(M, H, ["FRA", "UZB"], None, "2023-05-09")],
    ),
    (
        "kazakh-side-informed",
        "Georgian Foreign Minister Levan Tsereteli held talks in Astana on Monday.\n\nThe Kazakh "
        "side informed the guest about reforms.",
        [(ANY, H, ["GEO", "KAZ"], None, "2023-05-08")],
    ),
    (
        "delegation-led-met",
        "A Turkish delegation led by Trade Minister Ayse Kaya met with Uzbek Prime Minister Aziz "
        "Karimov in Tashkent on Monday.",
        [(M, H, ["TUR", "UZB"], None, "2023-05-08")],
    ),
    (
        "uzbek-side-was-represented",
        "The 7th meeting of the Uzbek-Kazakh joint commission on water was held in Shymkent on "
        "Monday. The Uzbek side was represented by Water Minister Shavkat Khamraev.",
        [(M, H, ["KAZ", "UZB"], ANY, "2023-05-08")],
    ),
    (
        "two-countries-leaders-visit",
        "Hungary's prime minister arrived in Baku on Monday. The leaders of the two countries "
        "will sign several documents.",
        [(V, H, ["AZE", "HUN"], None, "2023-05-08")],
    ),
    (
        "ministers-took-part",
        "A meeting of the CIS foreign ministers was held in Minsk on Friday. The ministers of "
        "Kazakhstan, Armenia and Russia took part.",
        [(K, H, ANY, "CIS", "2023-05-05")],
    ),
    (
        "phone-mentioned-said",
        '"We discussed energy," Turkish President Mert Demir said after a phone call with his '
        "Azerbaijani counterpart on Tuesday.",
        [(C, H, ["AZE", "TUR"], None, "2023-05-09")],
    ),
    (
        "summit-participants-list",
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan gathered "
        "in Dushanbe on Monday for a consultative meeting.",
        [(K, H, ["KAZ", "KGZ", "TJK", "TKM", "UZB"], ANY, "2023-05-08")],
    ),
    (
        "met-on-sidelines-of-forum-planned",
        "Kazakh President Serik Bekov will meet with Turkish President Mert Demir on the "
        "sidelines of the Antalya Diplomacy Forum next week.",
        [(M, P, ["KAZ", "TUR"], None, ANY), (K, P, ANY, ANY, ANY)],
    ),
    (
        "prime-minister-named-later",
        "The Prime Minister of Georgia, Irakli Beridze, arrived in Baku on Monday.\n\nOn Tuesday, "
        "Beridze met with the Azerbaijani president.",
        [(V, H, ["AZE", "GEO"], None, "2023-05-08"), (M, H, ["AZE", "GEO"], None, "2023-05-09")],
    ),
    (
        "foreign-ministers-of-two-met",
        "The foreign ministers of Russia and Turkey met in Moscow on Monday. On Tuesday, the "
        "Russian minister flew to Tehran for talks with his Iranian counterpart.",
        [(M, H, ["RUS", "TUR"], None, "2023-05-08"), (ANY, H, ["IRN", "RUS"], None, "2023-05-09")],
    ),
    # --- economic diplomacy in wire and business copy: bodies, acronyms as words, schedules
    (
        "g7-finance-will-meet",
        "Finance ministers from the G7 group of rich nations will meet in London on Friday to "
        "discuss debt relief.",
        [(K, P, ANY, "G7", "2023-05-12")],
    ),
    (
        "opec-meets-vienna",
        "Opec ministers meet in Vienna on Thursday to decide whether to cut output.",
        [(K, P, ANY, "OPEC", "2023-05-11")],
    ),
    (
        "opec-agreed-at-meeting",
        "Opec agreed to keep output unchanged at its meeting in Vienna on Monday.",
        [(K, H, ANY, "OPEC", "2023-05-08")],
    ),
    (
        "wto-talks-geneva",
        "World Trade Organization talks in Geneva ended without a deal on Tuesday.",
        [(K, H, ANY, "WTO", "2023-05-09")],
    ),
    (
        "eu-china-trade-talks",
        "The European Union and China held talks on textile quotas in Beijing on Monday.",
        [(M, H, ["CHN"], "EU", "2023-05-08")],
    ),
    (
        "us-treasury-visited",
        "US Treasury Secretary Mark Dalton visited Beijing on Monday to press China on its "
        "currency.",
        [(V, H, ["CHN", "USA"], None, "2023-05-08")],
    ),
    (
        "chancellor-met-counterpart",
        "UK Chancellor Gordon Reid met his Chinese counterpart in Beijing on Tuesday.",
        [(M, H, ["CHN", "GBR"], None, "2023-05-09")],
    ),
    (
        "imf-mission-talks",
        "An IMF mission held talks with Argentine officials in Buenos Aires on Monday.",
        [(M, H, ["ARG"], ANY, "2023-05-08")],
    ),
    (
        "annual-meetings-imf",
        "The annual meetings of the IMF and the World Bank open in Washington on Saturday.",
        [(ANY, P, ANY, ANY, "2023-05-13")],
    ),
    (
        "trade-commissioner-met",
        "EU Trade Commissioner Peter Lamb met Chinese Commerce Minister Bo Lin in Brussels on "
        "Monday.",
        # the bloc's talks at its seat: Belgium hosts nothing (tests/test_grid_eumeto.py)
        [(M, H, ["CHN"], "EU", "2023-05-08")],
    ),
    (
        "asean-summit-opened",
        "The Asean summit opened in Vientiane on Tuesday.",
        [(K, H, ANY, "ASEAN", "2023-05-09")],
    ),
    (
        "apec-leaders-gathered",
        "Apec leaders gathered in Santiago on Saturday for their annual summit.",
        [(K, H, ANY, "APEC", "2023-05-06")],
    ),
    (
        "davos-forum",
        "Political and business leaders gathered in Davos on Wednesday for the World Economic "
        "Forum.",
        [(K, H, ANY, ANY, "2023-05-10")],
    ),
    (
        "talks-collapsed",
        "Talks between Russia and Ukraine on gas prices collapsed on Monday.",
        [(M, H, ["RUS", "UKR"], None, "2023-05-08")],
    ),
    (
        "will-fly-to-for-talks",
        "The Japanese prime minister will fly to Washington next week for talks with the US "
        "president.",
        [(ANY, P, ["JPN", "USA"], None, ANY)],
    ),
    (
        "agreed-after-talks",
        "India and Pakistan agreed to reopen a rail link after two days of talks in Islamabad.",
        [(M, H, ["IND", "PAK"], None, ANY)],
    ),
    (
        "speaking-after-meeting",
        "Speaking after a meeting with French President Luc Moreau, German Chancellor Anna Keller "
        "said the euro was strong.",
        [(M, H, ["DEU", "FRA"], None, ANY)],
    ),
    (
        "eu-finance-ministers-meeting",
        "EU finance ministers, meeting in Brussels on Tuesday, failed to agree on the budget "
        "rules.",
        [(K, H, ANY, "EU", "2023-05-09")],
    ),
    (
        "paris-club",
        "The Paris Club of creditor nations agreed on Tuesday to freeze Indonesia's debt payments.",
        [],
    ),
    (
        "company-talks",
        "Shares in the carmaker rose after it confirmed talks with a Chinese rival.",
        [],
    ),
    ("union-talks", "Talks between the airline and pilots' unions broke down on Monday.", []),
    ("merger-talks", "The two banks are in talks to merge, the newspaper reported.", []),
    ("board-meeting", "The company's board will meet on Friday to consider the offer.", []),
    ("shareholders", "Shareholders will vote on the deal at a meeting in London next month.", []),
    (
        "talks-resume-on-day",
        "Talks between Armenia and Azerbaijan resume in Vienna on Monday.",
        [(M, P, ["ARM", "AZE"], None, "2023-05-15")],  # a third state's city: no side
    ),
    (
        "nato-officials-met",
        "Nato defence officials met in Brussels on Tuesday.",
        [(K, H, ANY, "NATO", "2023-05-09")],
    ),
    ("fed-meeting", "The Federal Reserve raised interest rates after its meeting on Tuesday.", []),
    ("ecb-meeting", "The European Central Bank kept rates on hold at its meeting on Thursday.", []),
    (
        "ceo-visited-china",
        "The chief executive of the carmaker visited China last week to meet suppliers.",
        [],
    ),
    # --- fifth round: parliaments, formats, video, schedules
    (
        "farewell-visit",
        "Outgoing Ambassador of Japan to Uzbekistan Kenji Ito paid a farewell visit to Uzbek "
        "Foreign Minister Akmal Rasulov on Tuesday.",
        [(ANY, H, ["JPN", "UZB"], None, "2023-05-09")],
    ),
    (
        "parliament-speakers",
        "A meeting took place between the Chairman of the Senate of Uzbekistan Nodir Alimov and "
        "the Speaker of the Turkish parliament Mehmet Yilmaz in Ankara on Monday.",
        [(M, H, ["TUR", "UZB"], None, "2023-05-08")],
    ),
    (
        "inter-parliamentary",
        "An inter-parliamentary meeting between Kyrgyzstan and Hungary was held in Budapest on "
        "Tuesday.",
        [(M, H, ["HUN", "KGZ"], None, "2023-05-09")],
    ),
    (
        "trilateral-leaders",
        "A trilateral meeting of the leaders of Azerbaijan, Armenia and Russia was held in Sochi "
        "on Monday.",
        [(M, H, ["ARM", "AZE", "RUS"], None, "2023-05-08")],
    ),
    (
        "eu-mediated",
        "The leaders of Armenia and Azerbaijan met in Brussels on Tuesday under the mediation of "
        "the European Council president.",
        [(ANY, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "online-meeting",
        "Kazakh Foreign Minister Dana Ospanova held an online meeting with her Finnish "
        "counterpart Mika Virtanen on Tuesday.",
        [(C, H, ["FIN", "KAZ"], None, "2023-05-09")],
    ),
    (
        "working-dinner",
        "Turkish President Mert Demir hosted a working dinner for Georgian Prime Minister Irakli "
        "Beridze in Ankara on Monday.",
        [(M, H, ["GEO", "TUR"], None, "2023-05-08")],
    ),
    (
        "in-a-meeting-with-said",
        "Iranian Foreign Minister Reza Karimi, in a meeting with his Pakistani counterpart Bilal "
        "Shah in Tehran on Tuesday, said trade must grow.",
        [(M, H, ["IRN", "PAK"], None, "2023-05-09")],
    ),
    (
        "at-the-meeting-with-ambassador",
        "At the meeting with the Iranian ambassador on Monday, the Tajik foreign minister "
        "discussed transit.",
        [(M, H, ["IRN", "TJK"], None, "2023-05-08")],
    ),
    (
        "headline-hold-talks",
        "Chinese, Russian presidents hold talks in Moscow",
        [(M, H, ["CHN", "RUS"], None, ANY)],
    ),
    (
        "due-in-on-day",
        "The Turkish foreign minister is due in Baku on Monday.",
        [(V, P, ["AZE", "TUR"], None, "2023-05-15")],
    ),
    ("headline-to-visit", "Pakistani PM to visit Tashkent", [(V, P, ["PAK", "UZB"], None, ANY)]),
    (
        "visit-expected-first-half",
        "The visit of the Hungarian president to Kyrgyzstan is expected to take place in the "
        "first half of next year.",
        [(V, P, ["HUN", "KGZ"], None, ANY)],
    ),
    (
        "will-be-on-visit-dates",
        "Estonian President Karl Tamm will be on a state visit to Latvia on May 15-16.",
        [(V, P, ["EST", "LVA"], None, "2023-05-15")],
    ),
    (
        "ended-visit",
        "Slovak President Jan Horvat ended his official visit to Azerbaijan on Tuesday.",
        [(V, H, ["AZE", "SVK"], None, ANY)],
    ),
    (
        "talks-in-expanded-format",
        "Talks in an expanded format were held between the delegations of Uzbekistan and Latvia "
        "in Riga on Monday.",
        [(M, H, ["LVA", "UZB"], None, "2023-05-08")],
    ),
    (
        "hosted-summit",
        "Ashgabat hosted the summit of the heads of state of the Caspian littoral states on "
        "Tuesday.",
        [(K, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "gathered-for-council",
        "The foreign ministers of the CSTO member states gathered in Yerevan on Monday for a "
        "council meeting.",
        [(K, H, ANY, "CSTO", "2023-05-08")],
    ),
    (
        "inter-parliamentary-commission",
        "The Uzbek-Turkish inter-parliamentary commission held its meeting in Tashkent on Monday.",
        [(M, H, ["TUR", "UZB"], None, "2023-05-08")],
    ),
    (
        "virtual-talks",
        "The foreign ministers of Kazakhstan and Hungary had virtual talks on Monday.",
        [(C, H, ["HUN", "KAZ"], None, "2023-05-08")],
    ),
    (
        "chain-held-then-will-visit",
        "Armenian Foreign Minister Aram Sargsyan held talks with the Azerbaijani foreign "
        "minister on Tuesday and will visit Iran on Thursday.",
        [(M, H, ["ARM", "AZE"], None, "2023-05-09"), (V, P, ["ARM", "IRN"], None, "2023-05-11")],
    ),
    (
        "chain-met-then-will-meet",
        "Kazakh President Serik Bekov met Turkish President Mert Demir on Tuesday and will meet "
        "the Qatari emir on Thursday.",
        [(M, H, ["KAZ", "TUR"], None, "2023-05-09"), (M, P, ["KAZ", "QAT"], None, "2023-05-11")],
    ),
    (
        "chain-comma-and-on-day-he-will",
        "Latvian Foreign Minister Anna Berzina held talks with her Polish counterpart in Riga on "
        "Monday, and on Friday she will travel to Lithuania.",
        [(M, H, ["LVA", "POL"], None, "2023-05-08"), (V, P, ["LTU", "LVA"], None, ANY)],
    ),
    (
        "on-day-he-held-talks",
        "Armenian Foreign Minister Aram Sargsyan met with his Georgian counterpart in Tbilisi on "
        "Monday. On Tuesday he held talks with the Azerbaijani foreign minister.",
        [(M, H, ["ARM", "GEO"], None, "2023-05-08"), (M, H, ["ARM", "AZE"], None, "2023-05-09")],
    ),
    # --- sixth round: South Asian and Iranian wire habits (confer, dial, tete-a-tete, welcome)
    (
        "headline-receives-call",
        "Pakistani PM receives call from Turkish President",
        [(C, H, ["PAK", "TUR"], None, ANY)],
    ),
    (
        "conferred-on",
        "Iranian Foreign Minister Reza Karimi and his Omani counterpart Salim Al-Busaidi "
        "conferred on regional issues in Muscat on Monday.",
        [(M, H, ["IRN", "OMN"], None, "2023-05-08")],
    ),
    (
        "headline-confer",
        "Iran, Oman foreign ministers confer on regional issues",
        [(M, H, ["IRN", "OMN"], None, ANY)],
    ),
    (
        "reviewed-during-meeting",
        "Indian External Affairs Minister Ravi Menon and Sri Lankan Foreign Minister Nimal Perera "
        "reviewed bilateral ties during a meeting in Colombo on Tuesday.",
        [(M, H, ["IND", "LKA"], None, "2023-05-09")],
    ),
    (
        "delegation-level-talks",
        "Pakistani Prime Minister Nawaz Qureshi and Turkish President Mert Demir held "
        "delegation-level talks in Ankara on Monday.",
        [(M, H, ["PAK", "TUR"], None, "2023-05-08")],
    ),
    (
        "co-chaired-strategic-dialogue",
        "Pakistani Foreign Minister Bilal Shah and Chinese Foreign Minister Wang Lei co-chaired "
        "the fourth round of the Strategic Dialogue in Beijing on Monday.",
        [(M, H, ["CHN", "PAK"], None, "2023-05-08")],
    ),
    (
        "tete-a-tete",
        "Kazakh President Serik Bekov held a tete-a-tete with Kyrgyz President Sadyr Jumabekov in "
        "Astana on Tuesday.",
        [(M, H, ["KAZ", "KGZ"], None, "2023-05-09")],
    ),
    (
        "will-undertake-visit",
        "Iranian President Hassan Rahimi will undertake a visit to Pakistan next week.",
        [(V, P, ["IRN", "PAK"], None, ANY)],
    ),
    (
        "visiting-from-to",
        "Indonesian President Budi Santoso is visiting Vietnam from May 15 to 17.",
        [(V, P, ["IDN", "VNM"], None, "2023-05-15")],
    ),
    (
        "three-nation-tour",
        "Japanese Prime Minister Kenji Sato embarked on a three-nation tour of Kazakhstan, "
        "Uzbekistan and Mongolia on Monday.",
        [(V, H, ["JPN", "KAZ", "MNG", "UZB"], None, "2023-05-08")],
    ),
    (
        "concluded-visit",
        "Mongolian President Bat Erdene concluded his state visit to Japan on Tuesday.",
        [(V, H, ["JPN", "MNG"], None, ANY)],
    ),
    (
        "welcomed-at-airport",
        "Uzbek Prime Minister Aziz Karimov was welcomed at Baku airport by Azerbaijani Deputy "
        "Prime Minister Shahin Mustafayev on Monday.",
        [(V, H, ["AZE", "UZB"], None, "2023-05-08")],
    ),
    (
        "accorded-welcome",
        "Pakistan accorded a warm welcome to Azerbaijani President Ilkin Mammadov on his arrival "
        "in Islamabad on Monday.",
        [(V, H, ["AZE", "PAK"], None, ANY)],
    ),
    (
        "dialled",
        "Indian Prime Minister Ravi Menon dialled Russian President Igor Sokolov on Tuesday.",
        [(C, H, ["IND", "RUS"], None, "2023-05-09")],
    ),
    (
        "called-on-president",
        "Turkish Foreign Minister Kemal Aydin called on Pakistani President Arif Khan in "
        "Islamabad on Monday.",
        [(M, H, ["PAK", "TUR"], None, "2023-05-08")],
    ),
    (
        "jwg-met",
        "The Pakistan-China Joint Working Group on trade met in Islamabad on Tuesday.",
        [(M, H, ["CHN", "PAK"], ANY, "2023-05-09")],
    ),
    (
        "held-consultations-by-phone",
        "The deputy foreign ministers of Russia and Iran held consultations by phone on Monday.",
        [(C, H, ["IRN", "RUS"], None, "2023-05-08")],
    ),
    (
        "sides-met-for-round",
        "Negotiators from Iran and the United States met in Muscat on Tuesday for a third round "
        "of indirect talks.",
        [(M, H, ["IRN", "USA"], None, "2023-05-09")],
    ),
    (
        "headline-gets-phone-call",
        "Uzbek president gets phone call from Kazakh counterpart",
        [(C, H, ["KAZ", "UZB"], None, ANY)],
    ),
    (
        "conferred-with",
        "Iranian Foreign Minister Reza Karimi conferred with Qatari Foreign Minister Ahmed "
        "Al-Kuwari in Doha on Tuesday.",
        [(M, H, ["IRN", "QAT"], None, "2023-05-09")],
    ),
    (
        "had-tete-a-tete",
        "Georgian Prime Minister Irakli Beridze had a tête-à-tête with Armenian Prime Minister "
        "Aram Petrosyan in Yerevan on Monday.",
        [(M, H, ["ARM", "GEO"], None, "2023-05-08")],
    ),
    (
        "dialed",
        "Canadian Prime Minister Leo Martin dialed his Mexican counterpart on Monday.",
        [(C, H, ["CAN", "MEX"], None, "2023-05-08")],
    ),
    (
        "were-welcomed-at-airport",
        "The Turkmen delegation led by Foreign Minister Batyr Orazov were welcomed at the "
        "Tashkent airport by Uzbek officials on Tuesday.",
        [(V, H, ["TKM", "UZB"], None, "2023-05-09")],
    ),
    (
        "said-talks-would-start",
        "The minister said talks with the World Bank on the loan would start next month.",
        [(ANY, P, ANY, ANY, ANY)],
    ),
    (
        "nm-press-talks",
        "The minister told reporters that talks with the IMF would resume soon.",
        [(ANY, P, ANY, ANY, ANY)],
    ),
    # --- near misses: no record
    (
        "cabinet-session",
        "The Cabinet of Ministers of Uzbekistan held a session on Tuesday to "
        "discuss the draft budget.",
        [],
    ),
    (
        "central-bank-board",
        "The board of the National Bank of Kazakhstan met on Tuesday and "
        "kept its base rate at 14 percent.",
        [],
    ),
    ("parliament-plenary", "The Georgian parliament held a plenary session on Tuesday.", []),
    (
        "company-meeting",
        "Kazakh Prime Minister Dana Ospanova met with executives of the "
        "Chinese company Lotus Energy on Tuesday.",
        [],
    ),
    (
        "company-heads",
        "Uzbek President Aziz Karimov received the heads of the Japanese firms "
        "Hoshi Trading and Kaze Motors on Monday.",
        [],
    ),
    (
        "press-conference",
        "The Azerbaijani foreign minister held a press conference in Baku on Tuesday.",
        [],
    ),
    (
        "letter",
        "Tajik President Rustam Nazarov sent a letter of congratulations to the "
        "President of Egypt on Tuesday.",
        [],
    ),
    (
        "message",
        "The Turkish president congratulated his Kyrgyz counterpart on the national "
        "holiday in a message on Monday.",
        [],
    ),
    (
        "statement",
        "The Turkish Foreign Ministry issued a statement on the situation in the region on Monday.",
        [],
    ),
    ("proposed-talks", "Armenia proposed holding talks with Azerbaijan in a neutral country.", []),
    (
        "speculated-talks",
        "Analysts say a meeting between the two leaders could take place later this year.",
        [],
    ),
    (
        "called-for-talks",
        "The Kazakh president called for talks between the parties to the conflict.",
        [],
    ),
    ("football", "Uzbekistan beat Kyrgyzstan 2-1 in a friendly match in Tashkent on Tuesday.", []),
    (
        "football-meet",
        "The national teams of Azerbaijan and Turkey will meet in Baku on Saturday.",
        [],
    ),
    ("culture-days", "The Days of Kazakh culture opened in Baku on Monday with a concert.", []),
    (
        "domestic-farmers",
        "The Uzbek president met with farmers in Samarkand region on Tuesday.",
        [],
    ),
    (
        "domestic-police",
        "The Kyrgyz interior minister held a meeting with regional police chiefs on Monday.",
        [],
    ),
    (
        "students",
        "The Georgian foreign minister met with students of Tbilisi State University on Tuesday.",
        [],
    ),
    ("exhibition", "An exhibition of Turkmen carpets opened in Ankara on Tuesday.", []),
    (
        "no-talks-since",
        "Armenia and Azerbaijan have not held direct talks since 2021, the minister said.",
        [],
    ),
    ("briefing", "The foreign minister held an online briefing for journalists on Tuesday.", []),
    ("address-nation", "The Georgian president addressed the nation on Monday.", []),
    ("families", "The president met with the families of fallen soldiers on Tuesday.", []),
    (
        "ceremony",
        "The Uzbek president attended a ceremony to open a new school in Nukus on Monday.",
        [],
    ),
    ("tourists", "Tourists from Russia visited the ancient city of Khiva in April.", []),
    (
        "wrestlers",
        "Azerbaijani wrestlers won three medals at the tournament in Tbilisi on Sunday.",
        [],
    ),
    (
        "academic-conference",
        "A conference on Turkic literature was held at Baku State University on Tuesday.",
        [],
    ),
    ("investor-visit", "A Chinese investor visited the cement plant in Shymkent on Monday.", []),
    ("never-met", "The two presidents have never met in person.", []),
    ("did-not-meet", "The Armenian and Azerbaijani leaders did not meet in Prague on Monday.", []),
    (
        "will-not-visit",
        "The Kyrgyz president will not visit Tajikistan this year, his spokesman said.",
        [],
    ),
    (
        "did-not-hold-talks",
        "The two foreign ministers did not hold talks in Vienna on Tuesday.",
        [],
    ),
    (
        "team-will-meet",
        "Kazakhstan's national team will meet Uzbekistan in a World Cup "
        "qualifier in Almaty on Tuesday.",
        [],
    ),
    (
        "security-council-domestic",
        "The Security Council of Uzbekistan held a meeting on Tuesday to discuss border security.",
        [],
    ),
    (
        "chaired-meeting-domestic",
        "The Kazakh prime minister chaired a meeting on energy supplies on Monday.",
        [],
    ),
    (
        "law-enforcement",
        "The Kyrgyz president held a meeting with the heads of law enforcement agencies on "
        "Tuesday.",
        [],
    ),
    (
        "regional-governor",
        "The Uzbek president met with the governor of the Fergana region on Monday.",
        [],
    ),
    (
        "interview",
        "The Azerbaijani foreign minister gave an interview to a Turkish newspaper on Monday.",
        [],
    ),
    (
        "received-letter",
        "The Kazakh president received a letter from the Turkish president on Monday.",
        [],
    ),
    (
        "olympiad-winners",
        "The Turkmen president met with the winners of the international mathematics olympiad on "
        "Tuesday.",
        [],
    ),
    (
        "ministry-staff",
        "The new Georgian defence minister met with the staff of the ministry on Monday.",
        [],
    ),
    (
        "business-forum-companies",
        "More than 200 companies from Turkey and Uzbekistan took part in a business forum in "
        "Tashkent on Tuesday.",
        [],
    ),
    ("concert", "A concert of Azerbaijani music took place in Ankara on Tuesday.", []),
    ("chess", "Uzbek and Indian chess players met in the final round in Chennai on Tuesday.", []),
    ("election-campaign", "The opposition leader held a rally in Tbilisi on Sunday.", []),
    (
        "no-meeting-scheduled",
        "He said no meeting of the Opec pricing committee had been scheduled.",
        [],
    ),
    ("held-no-talks", "The two presidents held no direct talks in Vienna on Monday.", []),
    (
        "own-plant-in-capital",
        "The Kazakh prime minister visited the plant in Astana on Monday.",
        [],
    ),
    (
        "ministry-employees",
        "The new Uzbek foreign minister met with the employees of the ministry on Monday.",
        [],
    ),
    (
        "diaspora",
        "The Azerbaijani foreign minister met with representatives of the Azerbaijani community "
        "in Moscow on Tuesday.",
        [],
    ),
    ("compatriots", "The Uzbek president met with compatriots living in Turkey on Monday.", []),
    (
        "pavilion",
        "The Kazakh prime minister visited the Turkish pavilion at the exhibition in Astana on "
        "Tuesday.",
        [],
    ),
    (
        "envoy-at-a-charitys-headquarters-in-the-host-state",
        "The Ambassador of Chile to Peru, Juan Soto, visited the headquarters of a Peruvian "
        "charity in Lima on Monday.",
        [],
    ),
    (
        "leader-at-a-bodys-headquarters-abroad",
        "The Chilean president visited the headquarters of NATO in Brussels on Monday.",
        [(V, H, ["BEL", "CHL"], ANY, ANY)],
    ),
    (
        "summit-judged-unlikely-without-a-copula",
        "Diplomats in Lima said the slow pace of reform made an early summit between the "
        "Peruvian and Chilean leaders unlikely.",
        [],
    ),
    (
        "talks-judged-improbable",
        "Diplomats deemed talks between the Peruvian and Chilean presidents improbable this year.",
        [],
    ),
    (
        "group-ministers-and-central-bankers-will-meet",
        "WASHINGTON, March 27 - Finance ministers and central bankers from the Group of Seven "
        "will meet here on April 8, officials said.",
        [(K, P, ["USA"], "G7", ANY)],
    ),
    (
        "officials-of-two-central-banks-will-meet",
        "Officials of the central banks of Peru and Chile will meet in Lima on Monday.",
        [(M, P, ["CHL", "PER"], None, ANY)],
    ),
    (
        "spoke-by-video-with",
        "The Chilean president spoke by video with the Peruvian president on Monday.",
        [("call", H, ["CHL", "PER"], ANY, ANY)],
    ),
    (
        "spoke-via-video-link-with",
        "The Chilean president spoke via video link with the Peruvian president on Monday.",
        [("call", H, ["CHL", "PER"], ANY, ANY)],
    ),
    (
        "near-miss-speaks-by-video-to-a-gathering",
        "Fog kept the Chilean president in Santiago, so he will address the forum by video link.",
        [],
    ),
    (
        "bank-chairman",
        "The Kyrgyz president received the chairman of the board of Kaspi Trade Bank on Monday.",
        [],
    ),
    (
        "ambassador-own-staff",
        "The Georgian ambassador met with the staff of the Georgian embassy in Berlin on Monday.",
        [],
    ),
    ("meeting-of-minds", "The president said there had been a meeting of minds on the reform.", []),
    ("meet-targets", "The government expects exports to meet their targets this year.", []),
    ("visit-website", "Readers can visit the ministry's website for details.", []),
    ("talks-show", "The minister appeared on a television talk show on Monday.", []),
    ("summit-mountain", "The climbers reached the summit of Khan Tengri on Tuesday.", []),
    ("nm-nationals-may-visit", "Nationals of Georgia may visit Turkey with an identity card.", []),
    (
        "nm-condolences",
        "The Pakistani prime minister conveyed condolences to the Turkish people over the "
        "earthquake.",
        [],
    ),
    (
        "nm-visa-visit",
        "Citizens of Kazakhstan can visit Uzbekistan without a visa for 30 days.",
        [],
    ),
    ("nm-exports-meet-demand", "Kazakh wheat exports meet the demand of Afghan mills.", []),
    ("clubs-met", "The Georgian and Armenian clubs met in the Europa League on Thursday.", []),
    # --- the day told after the topic (and the place): "held talks on X (in P) on Monday"
    (
        "topic-call-day",
        "The foreign ministers of Latvia and Estonia held a phone call on Baltic energy links "
        "on Tuesday.",
        [(C, H, ["EST", "LVA"], None, "2023-05-09")],
    ),
    (
        "topic-place-day",
        "Mongolia and Kazakhstan held consultations on consular issues in Ulaanbaatar on Monday.",
        [(M, H, ["KAZ", "MNG"], None, "2023-05-08")],
    ),
    (
        "topic-counterpart-date",
        "Georgian Prime Minister Nika Kapanadze held talks with his Armenian counterpart on "
        "transit and energy on May 8.",
        [(M, H, ["ARM", "GEO"], None, "2023-05-08")],
    ),
    (
        "topic-about-day",
        "Croatian and Slovenian officials held talks about fishing rights in the bay on Monday.",
        [(M, H, ["HRV", "SVN"], None, "2023-05-08")],
    ),
    # --- the day told before "for a council meeting": the meeting word names the event's kind
    (
        "gathered-for-council-sco",
        "The defence ministers of the SCO member states gathered in Astana on Tuesday for a "
        "council meeting.",
        [(K, H, ANY, "SCO", "2023-05-09")],
    ),
    (
        "convened-for-council-ots",
        "The OTS foreign ministers convened in Baku on Monday for a council meeting.",
        [(K, H, ANY, "OTS", "2023-05-08")],
    ),
    (
        "nm-topic-day-is-the-vote",
        "The foreign ministers of Serbia and Hungary held talks on the referendum due on May 21.",
        [(M, H, ["HUN", "SRB"], None, None)],
    ),
    (
        "nm-topic-day-is-the-deal",
        "The leaders of Bulgaria and Greece held talks on the pipeline deal signed in April.",
        [(M, H, ["BGR", "GRC"], None, None)],
    ),
]


# Rows the library still gets wrong, each with the class it belongs to (strict: a fix shows).
KNOWN: dict[str, str] = {
    "three-events-para": (
        "a plan joined by 'and (on <day>) (he) will visit' is not split from the event be"
        "fore (rule taken out at merge: one false meeting on never-read pages)"
    ),
    "chain-comma-and-on-day-he-will": (
        "a plan joined by 'and (on <day>) (he) will visit' is not split from the event be"
        "fore (rule taken out at merge: one false meeting on never-read pages)"
    ),
    "on-day-he-held-talks": (
        "a plan joined by 'and (on <day>) (he) will visit' is not split from the event be"
        "fore (rule taken out at merge: one false meeting on never-read pages)"
    ),
    "co-chaired-strategic-dialogue": "a meeting word inside the event's name takes its day",
    "sides-met-for-round": "'met in P for a third round of talks' is counted twice",
}


@pytest.mark.parametrize(
    ("row", "body", "wants"),
    [
        pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason=KNOWN[r[0]]))
        if r[0] in KNOWN
        else r
        for r in TABLE
    ],
    ids=[r[0] for r in TABLE],
)
def test_meeting_expressions_table(row: str, body: str, wants: list[Want]) -> None:
    """Each page gives exactly the meetings listed (fields marked "*" not tested)."""
    got = briefs_of(body)
    assert pairs(got, wants, fits_fields), (row, got)
