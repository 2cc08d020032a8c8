"""A table of how the news tells a conference: gatherings of many states (issue 9).

Every row is a short page written for this test in the manner of wire copy
(Reuters, BBC, White House) and of the region's outlets, with invented names,
places, figures and dates, published on Wednesday 2023-05-10, and the meetings a
key would hold under spec section 2: (kind, status, countries, organization,
date). ``"*"`` leaves a field untested (a host a key could write either way, an
organisation's spelling); a frozenset of countries means "at least these".

The forms: summits, ministerial meetings of bodies, conferences and forums with
official participation, sessions of UN bodies, talks among several states,
planned and recalled gatherings, one gathering told many times, an official's
trip to attend one, a host state as the only state named (countries = [host]),
a body named alone (countries = [], organization = the body). Rows that must
give no record are near misses: party congresses and conferences, shareholder
meetings, press conferences, sports, trade fairs, domestic councils and a
figurative "summit".
"""

from __future__ import annotations

import pytest

from meeting_rows import ANY, H, K, M, P, Want, briefs_of, fits_fields, pairs

# (row id, class, page body, the meetings expected)
TABLE: list[tuple[str, str, str, list[Want]]] = [
    # --- summits: "the X summit in P", "leaders gathered in P for the X summit", "at the X summit"
    (
        "sum-leaders-met-in-for",
        "summit",
        "Leaders of the Group of 20 met in Cartagena, Colombia, on Saturday for their annual "
        "summit.",
        [(K, H, ["COL"], ANY, "2023-05-06")],
    ),
    (
        "sum-gathered-in-for-the",
        "summit",
        "Leaders gathered in Lisbon on Tuesday for the NATO summit.",
        [(K, H, ["PRT"], "NATO", "2023-05-09")],
    ),
    (
        "sum-at-the-summit-in",
        "summit",
        "At the NATO summit in Vilnius on Tuesday, allies agreed to strengthen air defences.",
        [(K, H, ["LTU"], "NATO", "2023-05-09")],
    ),
    (
        "sum-opened-in",
        "summit",
        "The BRICS summit opened in Pretoria on Tuesday.",
        [(K, H, ["ZAF"], "BRICS", "2023-05-09")],
    ),
    (
        "sum-was-held-from-to",
        "summit",
        "The 14th summit of the Economic Cooperation Organization was held in Tashkent "
        "from March 22 to 24.",
        [(K, H, ["UZB"], "ECO", "2023-03-22")],
    ),
    (
        "sum-heads-held-informal",
        "summit",
        "The heads of state of the CIS held an informal summit in Minsk on Monday.",
        [(K, H, ["BLR"], "CIS", "2023-05-08")],
    ),
    (
        "sum-took-place-in",
        "summit",
        "The summit of the Gulf Cooperation Council took place in Riyadh on Sunday.",
        [(K, H, ["SAU"], "GCC", "2023-05-07")],
    ),
    (
        "sum-arab-leaders-met-for",
        "summit",
        "Arab leaders met in Jeddah on Friday for the Arab League summit.",
        [(K, H, ["SAU"], ANY, "2023-05-05")],
    ),
    (
        "sum-speaking-at",
        "summit",
        "Speaking at the G20 summit in Rome on Saturday, French President Paul Ravel called for a "
        "global tax on shipping.",
        [(K, H, ["FRA", "ITA"], ANY, "2023-05-06")],
    ),
    (
        "sum-attended-by-three",
        "summit",
        "The summit was attended by the presidents of Turkey, Azerbaijan and Kazakhstan.",
        [(K, H, ["AZE", "KAZ", "TUR"], ANY, None)],
    ),
    (
        "sum-on-day-leaders-gathered",
        "summit",
        "On Monday, the leaders of the Gulf Cooperation Council gathered in Doha for their summit.",
        [(K, H, ["QAT"], "GCC", "2023-05-08")],
    ),
    (
        "sum-hosted-by-took-place",
        "summit",
        "Hosted by Armenia, the session of the CSTO Collective Security Council took place in "
        "Yerevan on Tuesday.",
        [(K, H, ["ARM"], "CSTO", "2023-05-09")],
    ),
    (
        "sum-have-agreed-at",
        "summit",
        "EU leaders have agreed a new sanctions package at a summit in Brussels.",
        [(K, H, ANY, "EU", ANY)],
    ),
    (
        "sum-are-gathering",
        "summit",
        "World leaders are gathering in Glasgow for the COP26 climate summit.",
        [(K, H, ["GBR"], ANY, ANY)],
    ),
    # --- a host state as the only state named: countries = [host]
    (
        "host-hosted-council",
        "host",
        "Tajikistan hosted a meeting of the CIS Council of Foreign Ministers on Friday.",
        [(K, H, ["TJK"], "CIS", "2023-05-05")],
    ),
    (
        "host-capital-will-host",
        "host",
        "Dushanbe will host the CIS summit in October.",
        [(K, P, ["TJK"], "CIS", "2023-10")],
    ),
    (
        "host-state-will-host",
        "host",
        "Uzbekistan will host the SCO summit in Samarkand in September.",
        [(K, P, ["UZB"], "SCO", "2023-09")],
    ),
    (
        "host-capital-of-will-host",
        "host",
        "The Kyrgyz capital will host the EAEU summit next month.",
        [(K, P, ["KGZ"], "EAEU", "2023-06")],
    ),
    (
        "host-hosted-conference-on",
        "host",
        "Turkmenistan hosted an international conference on energy security on Monday.",
        [(K, H, ["TKM"], None, "2023-05-08")],
    ),
    (
        "host-set-to-host",
        "host",
        "Azerbaijan is set to host the COP29 climate conference in Baku in November 2024.",
        [(K, P, ["AZE"], ANY, "2024-11")],
    ),
    (
        "host-kazakhstan-hosted-cica",
        "host",
        "Kazakhstan hosted the summit of the Conference on Interaction and Confidence-Building "
        "Measures in Asia (CICA) on Friday.",
        [(K, H, ["KAZ"], "CICA", "2023-05-05")],
    ),
    (
        "host-as-host-of",
        "host",
        "As host of the summit, Kyrgyzstan welcomed the leaders of the Organization of Turkic "
        "States to Cholpon-Ata on Friday.",
        [(K, H, ["KGZ"], ANY, "2023-05-05")],
    ),
    # --- ministerial meetings of bodies
    (
        "min-opec-meet-on-day",
        "ministers",
        "OPEC+ ministers meet on Thursday to decide on output.",
        [(K, P, [], ANY, "2023-05-11")],
    ),
    (
        "min-eu-fm-met-in",
        "ministers",
        "EU foreign ministers met in Brussels on Monday.",
        [(K, H, ANY, "EU", "2023-05-08")],
    ),
    (
        "min-council-held-its-session",
        "ministers",
        "The CIS Council of Heads of Government held its session in Minsk on Friday.",
        [(K, H, ["BLR"], "CIS", "2023-05-05")],
    ),
    (
        "min-council-met-two-days",
        "ministers",
        "The SCO Council of Foreign Ministers met in Goa on Thursday and Friday.",
        [(K, H, ANY, "SCO", "2023-05-04")],
    ),
    (
        "min-defence-gathered",
        "ministers",
        "Defence ministers of the CSTO member states gathered in Minsk on Tuesday.",
        [(K, H, ["BLR"], "CSTO", "2023-05-09")],
    ),
    (
        "min-meeting-opened-in",
        "ministers",
        "A meeting of the OIC Council of Foreign Ministers opened in Islamabad on Monday.",
        [(K, H, ["PAK"], "OIC", "2023-05-08")],
    ),
    (
        "min-will-convene-in-on",
        "ministers",
        "The Council of Foreign Ministers of the Organization of Turkic States will convene in "
        "Astana on May 19.",
        [(K, P, ["KAZ"], ANY, "2023-05-19")],
    ),
    (
        "min-intergov-council-will-meet",
        "ministers",
        "The Eurasian Intergovernmental Council will meet in Sochi on May 25.",
        [(K, P, ["RUS"], ANY, "2023-05-25")],
    ),
    (
        "min-eco-trade-held",
        "ministers",
        "ECO trade ministers held a meeting in Tehran on Sunday.",
        [(K, H, ["IRN"], "ECO", "2023-05-07")],
    ),
    (
        "min-quad-fm-met",
        "ministers",
        "The Quad foreign ministers met in New Delhi on Friday.",
        [(K, H, ["IND"], "Quad", "2023-05-05")],
    ),
    (
        "min-g7-finance-meeting-in",
        "ministers",
        "Group of Seven finance ministers, meeting in Niigata, Japan, on Thursday, pledged to "
        "support banks.",
        [(K, H, ["JPN"], ANY, "2023-05-04")],
    ),
    (
        "min-in-place-on-day-met",
        "ministers",
        "In Astana on Friday, the foreign ministers of the CICA member states met for their "
        "sixth meeting.",
        [(K, H, ["KAZ"], "CICA", "2023-05-05")],
    ),
    (
        "min-heads-of-gov-will-meet",
        "ministers",
        "The CIS heads of government will meet on May 26 in Moscow.",
        [(K, P, ["RUS"], "CIS", "2023-05-26")],
    ),
    # --- a body named alone: countries = [] and the body
    (
        "body-summit-will-be-held-month",
        "body",
        "The SCO summit will be held in July.",
        [(K, P, [], "SCO", "2023-07")],
    ),
    (
        "body-opec-meet-on-sunday",
        "body",
        "OPEC+ ministers will meet on Sunday.",
        [(K, P, [], ANY, "2023-05-14")],
    ),
    (
        "body-brics-fm-next-month",
        "body",
        "The BRICS foreign ministers will meet next month.",
        [(K, P, [], "BRICS", "2023-06")],
    ),
    (
        "body-asean-held-summit",
        "body",
        "ASEAN leaders held their summit on Tuesday.",
        [(K, H, [], "ASEAN", "2023-05-09")],
    ),
    (
        "body-european-council-meets",
        "body",
        "The European Council meets on Thursday and Friday.",
        [(K, P, [], ANY, "2023-05-11")],
    ),
    (
        "body-cis-council-session-held",
        "body",
        "The CIS Council of Foreign Ministers held a session on Friday.",
        [(K, H, [], "CIS", "2023-05-05")],
    ),
    (
        "body-g7-fm-video",
        "body",
        "The G7 foreign ministers held a video conference on Monday.",
        [(ANY, H, [], "G7", "2023-05-08")],
    ),
    # --- conferences and forums with official participation
    (
        "conf-donors-in-city",
        "conference",
        "An international donors' conference in Geneva on Monday pledged $900 million for flood "
        "relief.",
        [(K, H, ["CHE"], ANY, "2023-05-08")],
    ),
    (
        "conf-delegations-attended",
        "conference",
        "Delegations from 40 countries attended the international conference on regional "
        "connectivity in Tashkent on Tuesday.",
        [(K, H, ["UZB"], ANY, "2023-05-09")],
    ),
    (
        "conf-forum-opened-capital",
        "conference",
        "The Astana International Forum opened in the Kazakh capital on Monday with ministers "
        "from 50 countries.",
        [(K, H, ["KAZ"], ANY, "2023-05-08")],
    ),
    (
        "conf-forum-will-be-held",
        "conference",
        "The Caspian Economic Forum will be held in Moscow in October.",
        [(K, P, ["RUS"], ANY, "2023-10")],
    ),
    (
        "conf-cop-will-be-held-range",
        "conference",
        "The UN climate conference COP28 will be held in Dubai from November 30 to December 12.",
        [(K, P, ["ARE"], ANY, "2023-11-30")],
    ),
    (
        "conf-forum-which-opened",
        "conference",
        "The forum, which opened in Baku on Tuesday, brought together energy ministers from 20 "
        "countries.",
        [(K, H, ["AZE"], ANY, "2023-05-09")],
    ),
    (
        "conf-ministerial-conference-in",
        "conference",
        "The WTO ministerial conference in Abu Dhabi ended on Friday without a deal on fishing.",
        [(K, H, ["ARE"], "WTO", ANY)],
    ),
    # --- sessions of UN bodies
    (
        "sess-ga-opened",
        "session",
        "The 78th session of the UN General Assembly opened in New York on Tuesday.",
        [(K, H, ANY, ANY, "2023-05-09")],
    ),
    (
        "sess-sc-met",
        "session",
        "The UN Security Council met on Monday to discuss the crisis.",
        [(K, H, [], ANY, "2023-05-08")],
    ),
    (
        "sess-hrc-will-open",
        "session",
        "The UN Human Rights Council will open its 53rd session in Geneva on June 19.",
        [(K, P, ANY, ANY, "2023-06-19")],
    ),
    (
        "sess-osce-permanent",
        "session",
        "The OSCE Permanent Council held a special session in Vienna on Thursday.",
        [(K, H, ANY, "OSCE", "2023-05-04")],
    ),
    (
        "sess-took-part-ga",
        "session",
        "A Kazakh delegation led by the foreign minister took part in the 77th session of the UN "
        "General Assembly.",
        [(K, H, frozenset({"KAZ"}), ANY, ANY)],
    ),
    # --- talks among several states
    (
        "talks-peace-between-three-in",
        "talks",
        "Peace talks between Russia, Turkey and Iran opened in Astana on Tuesday.",
        # the venue's state told hosting nothing is no side (the venue rule; the one such key
        # record of three sides or more in a fourth state's city, page o16, leaves it out)
        [(ANY, H, ["IRN", "RUS", "TUR"], ANY, "2023-05-09")],
    ),
    (
        "talks-neighbours-met-in",
        "talks",
        "Foreign ministers of China, Iran, Pakistan, Russia and Uzbekistan met in Samarkand on "
        "Thursday to discuss Afghanistan.",
        [(K, H, ["CHN", "IRN", "PAK", "RUS", "UZB"], ANY, "2023-05-04")],
    ),
    (
        "talks-trilateral-summit",
        "talks",
        "The presidents of Azerbaijan, Turkey and Turkmenistan held a trilateral summit in "
        "Ashgabat on Friday.",
        [(ANY, H, ["AZE", "TKM", "TUR"], None, "2023-05-05")],
    ),
    # --- planned gatherings
    (
        "plan-due-to-meet-next-week",
        "planned",
        "Leaders of the CIS are due to meet in Bishkek in October for their annual summit.",
        [(K, P, ["KGZ"], "CIS", "2023-10")],
    ),
    (
        "plan-ahead-of-summit",
        "planned",
        "Ahead of the NATO summit in Vilnius in July, the alliance's defence ministers will meet "
        "in Brussels next month.",
        [(K, P, ["LTU"], "NATO", "2023-07"), (K, P, ANY, "NATO", "2023-06")],
    ),
    (
        "plan-will-take-place-range",
        "planned",
        "The OIC summit will take place in Banjul from May 22 to 24.",
        [(K, P, ["GMB"], "OIC", "2023-05-22")],
    ),
    (
        "plan-is-scheduled-for",
        "planned",
        "The next meeting of the CIS Council of Heads of State is scheduled for October 13 in "
        "Bishkek.",
        [(K, P, ["KGZ"], "CIS", "2023-10-13")],
    ),
    (
        "plan-to-be-held",
        "planned",
        "The Consultative Meeting of the Heads of State of Central Asia is to be held in Dushanbe "
        "on September 14.",
        [(K, P, ["TJK"], ANY, "2023-09-14")],
    ),
    (
        "plan-next-summit-host",
        "planned",
        "The next summit of the Organization of Turkic States will be held in Astana in November.",
        [(K, P, ["KAZ"], ANY, "2023-11")],
    ),
    # --- recalled gatherings
    (
        "rec-last-years-summit",
        "recalled",
        "At last year's summit in Madrid, NATO leaders adopted a new strategic concept.",
        [(K, H, ["ESP"], "NATO", "2022")],
    ),
    (
        "rec-signed-at-summit-last-month",
        "recalled",
        "The road map was adopted at the SCO summit in Samarkand last September.",
        [(K, H, ["UZB"], "SCO", "2022-09")],
    ),
    (
        "rec-held-on-date-last-year",
        "recalled",
        "The GCC summit, held in Riyadh on December 5 last year, called for calm.",
        [(K, H, ["SAU"], "GCC", "2022-12-05")],
    ),
    (
        "rec-session-took-place-in",
        "recalled",
        "The meeting of the SCO Council of Heads of State took place in Samarkand on "
        "September 16, 2022.",
        [(K, H, ["UZB"], "SCO", "2022-09-16")],
    ),
    # --- one gathering told many times: one record
    (
        "once-three-mentions",
        "once",
        "The CIS summit opened in Bishkek on Friday.\n\nAt the summit, the leaders discussed "
        "security.\n\nThe summit ended with a declaration on cooperation.",
        [(K, H, ["KGZ"], "CIS", "2023-05-05")],
    ),
    (
        "once-held-then-next",
        "once",
        "Leaders of the Organization of Turkic States met in Ankara on Friday.\n\nThe OTS summit "
        "adopted a declaration on transport.\n\nThe next summit will be held in Baku in 2024.",
        [(K, H, ["TUR"], ANY, "2023-05-05"), (K, P, ["AZE"], ANY, "2024")],
    ),
    (
        "once-name-then-the-forum",
        "once",
        "The Tashkent Investment Forum opened on Tuesday with delegations from 30 countries.\n\n"
        "Ministers from Turkey and Hungary addressed the forum.",
        [(K, H, ANY, ANY, "2023-05-09")],
    ),
    # --- an official's trip to attend: one record
    (
        "trip-left-for-to-take-part",
        "trip",
        "Uzbek President Anvar Tursunov left for Astana on Thursday to take part in the summit "
        "of the Organization of Turkic States.",
        [(K, H, ["KAZ", "UZB"], ANY, "2023-05-04")],
    ),
    (
        "trip-arrived-to-attend",
        "trip",
        "Kazakh Prime Minister Serik Bekov arrived in Paris on Tuesday to attend the OECD "
        "ministerial council meeting.",
        # the OECD meets at its own seat: France, a venue only, hosts nothing (the attendance
        # grid, tests/test_grid_attendance_sides.py)
        [(K, H, ["KAZ"], "OECD", "2023-05-09")],
    ),
    (
        "trip-will-travel-for",
        "trip",
        "Kazakh Foreign Minister Zhan Erlanov will travel to Tehran on May 20 for a meeting of "
        "the ECO Council of Ministers.",
        [(K, P, ["IRN", "KAZ"], "ECO", "2023-05-20")],
    ),
    (
        "trip-will-travel-to-attend-g7",
        "trip",
        "U.S. President Dan Hollis will travel to Hiroshima, Japan, on May 19 to attend the G7 "
        "leaders' summit.",
        [(K, P, ["JPN", "USA"], ANY, "2023-05-19")],
    ),
    (
        "trip-participated-in-held-in",
        "trip",
        "President Elchin Rzayev of Azerbaijan participated in the one-day summit of the "
        "Organization of Turkic States held in Ankara on March 16.",
        [(K, H, ["AZE", "TUR"], ANY, "2023-03-16")],
    ),
    (
        "trip-addressed-the-summit",
        "trip",
        "Pakistani Prime Minister Imran Qadir addressed the SCO summit in Astana on Tuesday.",
        [(K, H, ["KAZ", "PAK"], "SCO", "2023-05-09")],
    ),
    # --- near misses: no record
    (
        "nm-party-congress",
        "near miss",
        "The ruling party held its congress in Astana on Saturday.",
        [],
    ),
    (
        "nm-party-conference",
        "near miss",
        "The annual conference of the Labour Party opened in Liverpool on Sunday.",
        [],
    ),
    (
        "nm-shareholders",
        "near miss",
        "Shareholders of the state oil company met in Baku on Tuesday for their annual general "
        "meeting.",
        [],
    ),
    (
        "nm-press-conference",
        "near miss",
        "The foreign minister told a press conference on Monday that the economy was growing.",
        [],
    ),
    (
        "nm-sports-championship",
        "near miss",
        "Athletes from 30 countries competed at the Asian wrestling championship in Astana on "
        "Sunday.",
        [],
    ),
    (
        "nm-trade-fair",
        "near miss",
        "The Caspian Oil and Gas exhibition opened in Baku on Tuesday with 300 companies from 30 "
        "countries.",
        [],
    ),
    (
        "nm-figurative-summit",
        "near miss",
        "Climbers from Nepal reached the summit of Everest on Monday.",
        [],
    ),
    (
        "nm-academic-conference",
        "near miss",
        "The Academy of Sciences held a scientific conference on Tuesday.",
        [],
    ),
    (
        "nm-parliament-session",
        "near miss",
        "The Kazakh parliament held a plenary session on Wednesday.",
        [],
    ),
    (
        "nm-cabinet-session",
        "near miss",
        "The cabinet met in an extraordinary session on Monday.",
        [],
    ),
    (
        "nm-film-festival",
        "near miss",
        "A film festival opened in Tashkent on Tuesday with guests from 30 countries.",
        [],
    ),
    (
        "nm-central-bank-board",
        "near miss",
        "The central bank's board met on Thursday and kept rates on hold.",
        [],
    ),
    (
        "nm-security-council-domestic",
        "near miss",
        "The National Security Council met on Monday to discuss the border.",
        [],
    ),
    ("nm-games-opened", "near miss", "The Asian Games opened in Hangzhou on Saturday.", []),
    (
        "nm-speculated-summit",
        "near miss",
        "Analysts say a summit of the Caspian states could be held next year.",
        [],
    ),
    (
        "nm-congress-delegates",
        "near miss",
        "Delegates at the party congress elected a new leader on Friday.",
        [],
    ),
    (
        "nm-football-cup",
        "near miss",
        "The national football team will travel to Doha for the Asian Cup in January.",
        [],
    ),
    # --- rows added while fixing: the same forms, more wordings (written before running them)
    (
        "sum-body-full-name-gathered-for",
        "summit",
        "On Monday, the leaders of the Gulf Cooperation Council gathered in Doha for their summit.",
        [(K, H, ["QAT"], "GCC", "2023-05-08")],
    ),
    (
        "sum-at-body-summit-in-country-yesterday",
        "summit",
        "The incident happened at the European Political Community summit in Moldova yesterday.",
        [(K, H, ["MDA"], ANY, "2023-05-09")],
    ),
    (
        "sum-during-acronym-summit-in-capital",
        "summit",
        "A brief exchange between the French and Turkish presidents during the EPC summit in "
        "Chisinau drew attention online.",
        [(K, H, frozenset({"MDA"}), ANY, ANY)],
    ),
    (
        "sum-leaving-a-city-summit",
        "summit",
        "Leaving a Brussels summit, the prime minister said the rebate would stay.",
        [(K, H, ["BEL"], ANY, ANY)],
    ),
    (
        "sum-as-part-of-held-in",
        "summit",
        "As part of the Turkic States' informal summit held in Budapest, a poetry award was "
        "handed out.",
        [(K, H, ["HUN"], ANY, ANY)],
    ),
    (
        "sum-body-plus-states",
        "summit",
        "The premier is to attend a summit of the Gulf Cooperation Council plus Jordan, Egypt and "
        "Iraq in Jeddah on May 16.",
        [(K, P, frozenset({"EGY", "IRQ", "JOR", "SAU"}), "GCC", "2023-05-16")],
    ),
    (
        "sum-city-summit-last-month",
        "recalled",
        "The deal was struck at the Vilnius Summit last July.",
        [(K, H, ["LTU"], ANY, "2022-07")],
    ),
    (
        "sum-definite-first-mention-place-day",
        "summit",
        "The summit in Riyadh on Sunday adopted a declaration on shipping.",
        [(K, H, ["SAU"], ANY, "2023-05-07")],
    ),
    (
        "min-news-conference-after-yesterdays",
        "ministers",
        "At a news conference after yesterday's G-7 meeting, the finance minister said the accord "
        "would hold.",
        [(K, H, [], "G7", "2023-05-09")],
    ),
    (
        "min-heads-met-for-informal",
        "ministers",
        "The heads of state of the OTS met in Budapest on Monday for an informal summit.",
        [(K, H, ["HUN"], ANY, "2023-05-08")],
    ),
    (
        "min-leaders-of-body-gathered",
        "ministers",
        "Leaders of the CIS gathered in Minsk on Tuesday.",
        [(ANY, H, ["BLR"], "CIS", "2023-05-09")],
    ),
    (
        "min-leaders-of-full-name-will-convene",
        "ministers",
        "Leaders of the Organization of Turkic States will convene in Baku next month.",
        [(ANY, P, ["AZE"], ANY, "2023-06")],
    ),
    (
        "min-quad-leaders-will-meet",
        "ministers",
        "Quad leaders will meet in Sydney on May 24.",
        [(K, P, ["AUS"], "Quad", "2023-05-24")],
    ),
    (
        "body-council-of-heads-will-hold-a",
        "body",
        "The Council of Heads of State of the SCO will hold a meeting in Astana on July 4.",
        [(K, P, ["KAZ"], "SCO", "2023-07-04")],
    ),
    (
        "body-council-will-meet-thursday",
        "body",
        "The European Council will meet on Thursday.",
        [(K, P, [], ANY, "2023-05-11")],
    ),
    (
        "host-capital-hosted-conference",
        "host",
        "Dushanbe hosted a conference on water security on Monday.",
        [(K, H, ["TJK"], None, "2023-05-08")],
    ),
    (
        "host-has-hosted",
        "host",
        "Turkey has hosted an international conference on Syria's reconstruction on Monday.",
        [(K, H, ["TUR"], None, "2023-05-08")],
    ),
    (
        "conf-from-many-attended-definite",
        "conference",
        "Ministers from 20 countries attended the conference in Riyadh on Sunday.",
        [(K, H, ["SAU"], None, "2023-05-07")],
    ),
    (
        "conf-international-definite-opened",
        "conference",
        "The international conference on water in Dushanbe opened on Tuesday with ministers from "
        "30 countries.",
        [(K, H, ["TJK"], None, "2023-05-09")],
    ),
    (
        "trip-flew-to-attend",
        "trip",
        "The Kazakh President flew to Baku on Monday to attend the summit.",
        [(K, H, ["AZE", "KAZ"], ANY, "2023-05-08")],
    ),
    (
        "trip-will-fly-to-attend",
        "trip",
        "The Kazakh President will fly to Baku on Monday to attend the summit.",
        [(K, P, ["AZE", "KAZ"], ANY, "2023-05-15")],
    ),
    (
        "trip-leaves-for-to-attend",
        "trip",
        "The Kazakh President leaves for Baku on Monday to attend the summit.",
        [(K, P, ["AZE", "KAZ"], ANY, "2023-05-15")],
    ),
    (
        "nm-ministry-hosted-conference",
        "near miss",
        "Kazakhstan's Ministry of Education hosted a conference on school meals on Monday.",
        [],
    ),
    (
        "nm-ministry-lower-hosted",
        "near miss",
        "The ministry of health hosted a conference on Monday.",
        [],
    ),
    (
        "nm-scaled-summit-of-mount",
        "near miss",
        "A team of climbers from Japan scaled the summit of Mount Elbrus on Monday.",
        [],
    ),
    (
        "nm-domestic-security-council-met",
        "near miss",
        "The Kazakh Security Council met on Monday.",
        [],
    ),
    (
        "nm-cabinet-of-ministers-held-a-session",
        "near miss",
        "The Cabinet of Ministers of Uzbekistan held a session on Tuesday.",
        [],
    ),
    (
        "nm-forum-of-entrepreneurs",
        "near miss",
        "A forum of young entrepreneurs from 20 countries opened in Baku on Tuesday.",
        [],
    ),
    ("nm-quad-bike", "near miss", "He rode a quad bike on Monday.", []),
    (
        "nm-state-hosted-national-conference",
        "near miss",
        "Uzbekistan hosted a national conference on education reform on Monday.",
        [],
    ),
    # --- the gathering's time told before its name
    (
        "time-month-before-body-summit",
        "time before",
        "They agreed to stay in close contact ahead of the July NATO Summit in Vilnius.",
        [(K, P, ["LTU"], "NATO", "2023-07")],
    ),
    (
        "time-month-before-acronym-lower",
        "time before",
        "Leaders will discuss the grain corridor at the October CIS summit in Bishkek.",
        [(K, P, ["KGZ"], "CIS", "2023-10")],
    ),
    (
        "time-month-before-year-body",
        "time before",
        "They agreed to stay in close contact ahead of the July 2024 NATO Summit in Washington.",
        [(K, P, ["USA"], "NATO", "2024-07")],
    ),
    (
        "time-possessive-after-said",
        "time before",
        "She said next month's meeting of the OECD would be a forum to show resolve.",
        [(K, P, [], "OECD", "2023-06")],
    ),
    (
        "time-possessive-acronym-after-said",
        "time before",
        "The minister said next month's ASEAN summit would take up the maritime dispute.",
        [(K, P, [], "ASEAN", "2023-06")],
    ),
    (
        "time-last-weeks-in-city",
        "time before",
        "Last week's G-7 meeting in Tokyo was read as a sign that the yen must rise.",
        [(K, H, ["JPN"], ANY, "2023-05")],
    ),
    (
        "plan-hopes-to-act-at-june-summit",
        "planned",
        "The bloc hopes to strike a deal at the June summit in Brussels.",
        [(K, P, ["BEL"], ANY, "2023-06")],
    ),
    (
        "plan-hope-to-sign-at-summit-month",
        "planned",
        "The two sides hope to sign the treaty at the OTS summit in Astana in November.",
        [(K, P, ANY, ANY, "2023-11")],
    ),
    (
        "plan-next-weeks-body-meeting",
        "planned",
        "Traders will look to next week's OPEC meeting for clues.",
        [(K, P, [], "OPEC", "2023-05")],
    ),
    # --- the host named after the gathering; datelines with the agency in brackets
    (
        "host-definite-hosted-by-aside",
        "host",
        "The summit, hosted by Kazakhstan, took place in Astana on Friday.",
        [(K, H, ["KAZ"], None, "2023-05-05")],
    ),
    (
        "host-co-chaired-by-state-and-body",
        "host",
        "The forum, co-chaired by Uzbekistan and the EU, opened in Samarkand on Monday.",
        [(K, H, ["UZB"], "EU", "2023-05-08")],
    ),
    (
        "dateline-agency-here-summit",
        "dateline",
        "ASTANA, May 8 (Reuters) - The SCO summit opened here on Monday.",
        [(K, H, ["KAZ"], "SCO", "2023-05-08")],
    ),
    (
        "dateline-agency-double-dash-ministers",
        "dateline",
        "TASHKENT, May 9 (Xinhua) -- CIS foreign ministers met here on Tuesday.",
        [(K, H, ["UZB"], "CIS", "2023-05-09")],
    ),
    (
        "dateline-plain-here-pair",
        "dateline",
        "LIMA, May 8 - The foreign ministers of Chile and Peru met here on Monday.",
        [(M, H, ["CHL", "PER"], None, "2023-05-08")],
    ),
]


# Rows the library still gets wrong, each with the class it belongs to (strict: a fix shows).
KNOWN: dict[str, str] = {
    "sum-definite-first-mention-place-day": (
        "a definite gathering opening a story ('The summit in P on D') is read as a mention of "
        "one told elsewhere unless told as international (kept so: 'The summit drew protests "
        "in A and B' must give no sides)"
    ),
    "host-as-host-of": (
        "'As host of the summit, A welcomed the leaders of X to P': a host told by a noun and "
        "a welcome, not by a verb of meeting, is not read"
    ),
    "plan-ahead-of-summit": (
        "a second gathering in a sentence after 'Ahead of the summit in P' takes P's state as "
        "a side and does not read 'the alliance's ministers' as the body's"
    ),
}


@pytest.mark.parametrize(
    ("row", "cls", "body", "wants"),
    [
        pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason=KNOWN[r[0]]))
        if r[0] in KNOWN
        else r
        for r in TABLE
    ],
    ids=[r[0] for r in TABLE],
)
def test_conference_table(row: str, cls: str, body: str, wants: list[Want]) -> None:
    """Each page gives exactly the meetings listed (fields marked "*" not tested)."""
    got = briefs_of(body)
    assert pairs(got, wants, fits_fields), (row, cls, got)
