"""Tests for the meeting extractor (spec section 2), one table row per supported pattern."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.meetings._extract import extract_meetings
from diplonews.meetings._rules import (
    _CASE_TRAPS,
    _FUTURE,
    _FUTURE_FOLDED,
    _PAST_FOLDED,
    _TRIGGER_STEMS,
    NOT_A_MEETING,
    NOT_A_MEETING_FOLDED,
    NOT_A_MEETING_WORDS,
    PAST,
    RULES,
    TRIGGER_WORDS,
    fold,
)
from diplonews.models import Article, Meeting

# (kind, status, countries, date, organization, city, participant names)
Expected = tuple[str, str, list[str], str | None, str | None, str | None, list[str]]
Row = tuple[str, str, dt.date | None, str | None, list[Expected]] | Any

D = dt.date

# One row per pattern, written for these tests in the style of each outlet.
PATTERNS: list[Row] = [
    (
        "phone-call",
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Pakistani counterpart Shah Mahmood "
        "Qureshi discussed regional issues during a phone call on January 26.",
        D(2022, 1, 27),
        "AzerNews",
        [
            (
                "call",
                "held",
                ["AZE", "PAK"],
                "2022-01-26",
                None,
                None,
                ["Jeyhun Bayramov", "Shah Mahmood Qureshi"],
            )
        ],
    ),
    (
        "readout-spoke-today",
        "President Thomas J. Walker, Jr. spoke today with President Rosa Mendez of Peru. "
        "The two presidents reviewed fishing quotas.",
        D(2024, 6, 11),
        "The White House (Briefing Room)",
        [
            (
                "call",
                "held",
                ["PER", "USA"],
                "2024-06-11",
                None,
                None,
                ["Thomas J. Walker, Jr.", "Rosa Mendez"],
            )
        ],
    ),
    (
        "readout-welcomed-to-white-house",
        "National Security Advisor Jane Doyle welcomed Omani Foreign Minister Said Harthi to the "
        "White House today.",
        D(2023, 10, 30),
        "The White House (Briefing Room)",
        [
            (
                "meeting",
                "held",
                ["OMN", "USA"],
                "2023-10-30",
                None,
                "Washington",
                ["Jane Doyle", "Said Harthi"],
            )
        ],
    ),
    pytest.param(
        "met-in-city-on-weekday",
        "Petrov held a meeting with Hungarian Prime Minister Viktor Orban in Budapest on Tuesday.",
        D(2024, 3, 8),
        None,
        [("meeting", "held", ["HUN"], "2024-03-05", None, "Budapest", ["Viktor Orban"])],
        marks=pytest.mark.xfail(
            strict=True, reason="the other side is a bare surname the text never introduces"
        ),
    ),
    (
        "planned-visit",
        "Turkish Foreign Minister Hakan Fidan will travel to Riyadh on Sunday.",
        D(2025, 5, 17),
        None,
        [("visit", "planned", ["SAU", "TUR"], "2025-05-18", None, "Riyadh", ["Hakan Fidan"])],
    ),
    (
        "reuters-dateline-yesterday",
        "BONN, March 4 - West German Economics Minister Dieter Kolb and French Finance "
        "Minister Jean Marais met yesterday in Cologne.",
        D(1988, 3, 4),
        "Reuters",
        [
            (
                "meeting",
                "held",
                ["DEU", "FRA"],
                "1988-03-03",
                None,
                "Cologne",
                ["Dieter Kolb", "Jean Marais"],
            )
        ],
    ),
    (
        "conference-with-organisation",
        "Delegates were cautious ahead of a meeting of the Asian Development Bank next week.",
        D(1993, 9, 14),
        "Reuters",
        [("conference", "planned", [], "1993-09", "ADB", None, [])],
    ),
    (
        "summit-in-country",
        "Turkish President Recep Tayyip Erdogan spoke after the European Political Community "
        "summit in Albania on Friday.",
        D(2025, 5, 18),
        None,
        [
            (
                "conference",
                "held",
                ["ALB", "TUR"],
                "2025-05-16",
                "European Political Community",
                None,
                ["Recep Tayyip Erdogan"],
            )
        ],
    ),
    (
        "talks-between-states",
        "Turkey hosted the first direct Russia-Ukraine negotiations in Istanbul on Friday.",
        D(2025, 5, 18),
        None,
        [("meeting", "held", ["RUS", "TUR", "UKR"], "2025-05-16", None, "Istanbul", [])],
    ),
    (
        "discussed-with",
        "Last week in Paris, Chilean President Ana Lopez discussed the dispute with French "
        "president Jacques Morel.",
        None,
        None,
        [("meeting", "held", ["CHL", "FRA"], None, None, "Paris", ["Ana Lopez", "Jacques Morel"])],
    ),
]

# AzerNews and Trend shapes.
AZERI_STYLE: list[Row] = [
    (
        "received-delegation",
        "President Ilham Aliyev received a delegation led by Turkish Vice President Cevdet Yilmaz "
        "on January 26.",
        D(2022, 1, 27),
        "AzerNews",
        [
            (
                "meeting",
                "held",
                ["AZE", "TUR"],
                "2022-01-26",
                None,
                None,
                ["Ilham Aliyev", "Cevdet Yilmaz"],
            )
        ],
    ),
    (
        "joint-commission",
        "The 5th meeting of the Azerbaijan-Uzbekistan intergovernmental commission was held in "
        "Tashkent on December 19, last year.",
        D(2022, 1, 27),
        "Trend",
        [("meeting", "held", ["AZE", "UZB"], "2021-12-19", None, "Tashkent", [])],
    ),
    (
        "organisation-session",
        "The 19th meeting of the Council of Foreign Ministers of the Shanghai Cooperation "
        "Organisation will be held in Bishkek on May 20-21.",
        D(2025, 4, 2),
        "AzerNews",
        [("conference", "planned", ["KGZ"], "2025-05-20", "SCO", "Bishkek", [])],
    ),
    (
        "summit-will-take-place",
        "The SCO summit will take place in Astana in July.",
        D(2022, 1, 27),
        "AzerNews",
        [("conference", "planned", ["KAZ"], "2022-07", "SCO", "Astana", [])],
    ),
]

# One event mentioned twice is one record; separately dated sessions are two.
MERGING: list[Row] = [
    (
        "same-call-twice",
        "Azerbaijani President Ilham Aliyev spoke by phone with Georgian Prime Minister Irakli "
        "Kobakhidze. During the phone call, the sides discussed transport.",
        D(2025, 2, 3),
        "AzerNews",
        [("call", "held", ["AZE", "GEO"], None, None, None, ["Ilham Aliyev", "Irakli Kobakhidze"])],
    ),
    (
        "earlier-session",
        "Greek Foreign Minister Eleni Kosta will visit Egypt on Monday. "
        "Her last trip was a working visit on Feb. 3-4.",
        D(2021, 4, 9),
        None,
        [
            ("visit", "planned", ["EGY", "GRC"], "2021-04-12", None, None, ["Eleni Kosta"]),
            ("visit", "held", ["EGY", "GRC"], "2021-02-03", None, None, []),
        ],
    ),
]

# What the spec says is not a meeting.
NEGATIVES: list[Row] = [
    ("cabinet", "The cabinet meeting approved the budget on Monday.", D(2024, 1, 3), None, []),
    (
        "press-conference",
        "South Korean Finance Minister Park Jin-ho told a news conference that imports rose.",
        D(1991, 7, 9),
        "Reuters",
        [],
    ),
    (
        "company",
        "The finance minister met executives of Lockheed Corp on Monday.",
        D(1987, 3, 18),
        "Reuters",
        [],
    ),
    ("sports", "Turkey beat Georgia 2-1 in a football match in Tbilisi.", D(2024, 6, 1), None, []),
    (
        "only-proposed",
        "Moscow said talks with Kyiv could begin if the ceasefire held.",
        D(2025, 5, 1),
        None,
        [],
    ),
    ("demand", "Exports grew to meet the demand of Chinese buyers.", D(2025, 5, 1), None, []),
]


# Second pass: error classes found on unseen news, one row each (texts of our own).
SECOND_PASS: list[Row] = [
    (
        "remarks-just-after-a-summit",
        "Hungarian Prime Minister Gabor Toth said on Thursday, after returning from the "
        "Danube Leaders' Summit in Vienna, that exports would rise.",
        D(2024, 10, 12),
        None,
        [("conference", "held", ["AUT", "HUN"], "2024-10", None, "Vienna", ["Gabor Toth"])],
    ),
    (
        "many-sided-talks-are-a-conference",
        "Trade ministers of Japan, Canada and the United States held two days of talks with the "
        "European Community in Tokyo.",
        D(1987, 4, 27),
        None,
        [("conference", "held", ["CAN", "JPN", "USA"], None, "EU", "Tokyo", [])],
    ),
    (
        # a weekend meeting opened on the weekend's Saturday (the owners' dev key, session 74)
        "weekend-meeting-dated-by-its-saturday",
        "Four trade ministers ended a weekend meeting in Tokyo with talks between Japan, Canada, "
        "the United States and the European Community.",
        D(1987, 4, 27),
        None,
        [("conference", "held", ["CAN", "JPN", "USA"], "1987-04-25", "EU", "Tokyo", [])],
    ),
    (
        "another-call-is-a-new-event",
        "The leaders of Chile and Peru held a phone call in March. "
        "They recently held another call.",
        D(2025, 5, 18),
        None,
        [
            ("call", "held", ["CHL", "PER"], "2025-03", None, None, []),
            ("call", "held", ["CHL", "PER"], None, None, None, []),
        ],
    ),
    (
        "related-story-line",
        "READ: Kenyan president says deals were signed during the visit to Nairobi\n\n"
        "The weather was fine.",
        D(2025, 5, 18),
        None,
        [],
    ),
    (
        "spoke-with-an-envoy-in-person",
        "The minister said he had spoken with the new French ambassador to Chad, Luc Martin.",
        D(2025, 5, 18),
        None,
        [("meeting", "held", ["FRA", "TCD"], None, None, None, ["Luc Martin"])],
    ),
    (
        "two-gatherings-in-a-row",
        "On March 3, 2026, in Geneva, the delegation of Kenya will attend the ministerial meeting "
        "of the African Union and the international conference on Sudan.",
        D(2026, 2, 20),
        None,
        [
            ("conference", "planned", ["CHE", "KEN"], "2026-03-03", "AU", "Geneva", []),
            ("conference", "planned", ["CHE", "KEN"], "2026-03-03", "AU", "Geneva", []),
        ],
    ),
    (
        "body-short-form",
        "The World Bank published a study of Kenya. The Bank and donor nations will take it up at "
        "a meeting in Tokyo on September 9.",
        D(1990, 7, 3),
        None,
        [("conference", "planned", ["JPN"], "1990-09-09", "World Bank", "Tokyo", [])],
    ),
    (
        "gathering-as-the-topic-of-a-call",
        "President Anna Berg of Sweden spoke today with President Ivan Kolar of Slovenia to thank "
        "him for hosting the Forum in Ljubljana.",
        D(2025, 5, 18),
        None,
        [("call", "held", ["SVN", "SWE"], "2025-05-18", None, None, ["Anna Berg", "Ivan Kolar"])],
    ),
]


# Third pass: precision on unseen news (non-state counterparts, proposed or called-off talks,
# tours at home, private travel, past verbs after the trigger, topics); written for these tests.
THIRD_PASS: list[Row] = [
    (
        "community-is-no-state",
        "The chairman of the State Committee met with the Georgian community in Tbilisi on Monday.",
        D(2025, 6, 3),
        "AzerNews",
        [],
    ),
    (
        "minister-is-a-state",
        "Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Prime Minister Irakli "
        "Kobakhidze in Tbilisi on Monday.",
        D(2025, 6, 3),
        "AzerNews",
        [
            (
                "meeting",
                "held",
                ["AZE", "GEO"],
                "2025-06-02",
                None,
                "Tbilisi",
                ["Jeyhun Bayramov", "Irakli Kobakhidze"],
            )
        ],
    ),
    (
        "business-meeting",
        "Polish minister Olaf Berg told a German-Polish business meeting that trade would grow.",
        D(1987, 3, 3),
        None,
        [],
    ),
    (
        "chamber-of-commerce-seminar",
        "Speaking at a Canadian-Mexican Chamber of Commerce seminar, the minister said exports "
        "rose.",
        D(1987, 3, 3),
        None,
        [],
    ),
    (
        "noteholders-agent",
        "The new agent for the noteholders, John Carr, would meet the Ghanaians next month.",
        D(1987, 3, 3),
        None,
        [],
    ),
    (
        "talks-urged",
        "The leaders urged Kenya and Uganda to resume talks on the border dispute.",
        D(2026, 3, 1),
        None,
        [],
    ),
    (
        "talks-agreed",
        "Kenya and Uganda agreed to resume talks in May on the border dispute.",
        D(2026, 3, 1),
        None,
        [("meeting", "planned", ["KEN", "UGA"], "2026-05", None, None, [])],
    ),
    (
        "talks-called-off",
        "The talks between Peru and Chile scheduled for Sunday will not now take place, the "
        "ministry said.",
        D(2025, 6, 13),
        None,
        [],
    ),
    (
        "tour-of-a-home-region",
        "President Ilham Aliyev visited the Lachin region on July 18 to open a school.",
        D(2025, 7, 19),
        "AzerNews",
        [],
    ),
    (
        "site-in-another-state",
        "Chinese Foreign Minister Wang Yi visited the port of Gwadar in Pakistan on Monday.",
        D(2025, 6, 3),
        None,
        [("visit", "held", ["CHN", "PAK"], "2025-06-02", None, None, ["Wang Yi"])],
    ),
    (
        "private-travellers",
        "Many people who have visited Turkey praise its cuisine.",
        D(2025, 6, 3),
        None,
        [],
    ),
    (
        "org-meeting-ended-with-is-no-counterpart",
        "Markets fell on Monday. The meeting of the G7 in November had ended with no agreement.",
        D(2025, 1, 10),
        None,
        [("conference", "held", [], "2024-11", "G7", None, [])],
    ),
    (
        "org-meeting-with-a-state-is-a-meeting",
        "Markets fell on Monday. The meeting of the G7 with China in November ended badly.",
        D(2025, 1, 10),
        None,
        [("meeting", "held", ["CHN"], "2024-11", "G7", None, [])],
    ),
    (
        "a-people-counted-are-travellers",
        "In 2024, 2.1 million Britons visited Spain, spending heavily on hotels.",
        D(2025, 6, 3),
        None,
        [],
    ),
    (
        "a-people-visiting-are-no-state",
        "Thousands of Syrians visited Jordan last summer to see relatives.",
        D(2025, 6, 3),
        None,
        [],
    ),
    (
        "the-americans-at-talks-are-a-side",
        "The Americans proposed a new ceasefire line at the talks with the Russians in Istanbul "
        "on Monday.",
        D(2025, 6, 3),
        None,
        [("meeting", "held", ["RUS", "USA"], "2025-06-02", None, "Istanbul", [])],
    ),
    (
        "a-people-in-government-are-officials",
        "Washington had been meeting with Syrians in the new government for months.",
        D(2025, 6, 3),
        None,
        [("meeting", "held", ["SYR", "USA"], None, None, None, [])],
    ),
    (
        "past-verb-after-the-meeting",
        "TOKYO, March 3 - Talking will not help, and the February meeting (of the Group of Five) "
        "produced little.",
        D(1987, 3, 3),
        None,
        [("conference", "held", [], "1987-02", "G-5", None, [])],
    ),
    (
        "agreed-to-a-package",
        "Italy agreed to a package of steps at a meeting with Spain in Madrid in March.",
        D(1987, 4, 10),
        None,
        [("meeting", "held", ["ESP", "ITA"], "1987-03", None, "Madrid", [])],
    ),
    (
        "leaves-on-a-visit",
        "Canadian Prime Minister Brian Mulroney leaves on an official visit to France on "
        "Wednesday.",
        D(1987, 4, 27),
        None,
        [("visit", "planned", ["CAN", "FRA"], "1987-04-29", None, None, ["Brian Mulroney"])],
    ),
    (
        "meeting-of-a-minister-with-a-bank",
        "At the meeting of Kazakh Foreign Minister Arman Bek with the President of the EBRD, the "
        "sides discussed energy.",
        D(2019, 5, 20),
        None,
        [("meeting", "held", ["KAZ"], None, "EBRD", None, ["Arman Bek"])],
    ),
    (
        "national-security-council-is-no-un-body",
        "National Security Advisor Mark Ellison met today with National Security Council "
        "Secretary Ion Rusu of Moldova.",
        D(2023, 2, 8),
        "The White House",
        [
            (
                "meeting",
                "held",
                ["MDA", "USA"],
                "2023-02-08",
                None,
                None,
                ["Mark Ellison", "Ion Rusu"],
            )
        ],
    ),
    (
        "thanks-are-a-topic",
        "Pakistani Prime Minister Shehbaz Sharif held a bilateral meeting with President Ilham "
        "Aliyev of Azerbaijan and thanked him for his support during the conflict with India.",
        D(2025, 5, 28),
        None,
        [("meeting", "held", ["AZE", "PAK"], None, None, None, ["Shehbaz Sharif", "Ilham Aliyev"])],
    ),
    (
        "coordination-is-no-counterpart",
        "They discussed efforts in coordination with Allies to avoid further Russian aggression "
        "toward Ukraine.",
        D(2022, 1, 10),
        None,
        [],
    ),
]


# Fourth pass: sides completed by later mentions, and mentions that name no side.
FOURTH_PASS: list[Row] = [
    (
        "later-mention-completes-sides",
        "A first seminar dedicated to drought resilience was organised at the Almaty office of "
        "the Islamic Development Bank. The bank set up the office in 2022. The regional "
        "seminar served as a forum for work between Kazakhstan, Kyrgyzstan and Tajikistan.",
        D(2024, 9, 3),
        None,
        [("conference", "held", ["KAZ", "KGZ", "TJK"], None, "IsDB", "Almaty", [])],
    ),
    (
        "later-mention-without-the-known-side-adds-nothing",
        "A first seminar dedicated to drought resilience was organised at the Almaty office of "
        "the Islamic Development Bank. The seminar drew criticism in Russia and China.",
        D(2024, 9, 3),
        None,
        [("conference", "held", ["KAZ"], None, "IsDB", "Almaty", [])],
    ),
    (
        "speech-content-is-no-side",
        "British Prime Minister Keir Starmer said Russian President Vladimir Putin must pay the "
        "price as he prepared to attend a NATO meeting in Albania on Friday.",
        D(2025, 5, 15),
        None,
        [("conference", "planned", ["ALB", "GBR"], "2025-05-16", "NATO", None, ["Keir Starmer"])],
    ),
    (
        "said-he-would-meet-keeps-the-counterpart",
        "British Prime Minister Keir Starmer said he would meet Russian President Vladimir Putin "
        "in Albania on Friday.",
        D(2025, 5, 15),
        None,
        [
            (
                "meeting",
                "planned",
                ["GBR", "RUS"],  # a third state's name as the place: no side
                "2025-05-16",
                None,
                None,
                ["Keir Starmer", "Vladimir Putin"],
            )
        ],
    ),
    (
        "round-named-after-a-state-is-no-side",
        "Trade ministers of Canada and Australia held Uruguay Round talks in Geneva on Tuesday.",
        D(2025, 5, 15),
        None,
        [("meeting", "held", ["AUS", "CAN"], "2025-05-13", None, "Geneva", [])],
    ),
    (
        "state-named-as-a-side-counts",
        "Trade ministers of Canada and Uruguay held talks in Geneva on Tuesday.",
        D(2025, 5, 15),
        None,
        [("meeting", "held", ["CAN", "URY"], "2025-05-13", None, "Geneva", [])],
    ),
    (
        "topic-before-a-call-is-no-side",
        "Polish President Jan Nowak and Mexican President Luis Ortega discussed Venezuela on a "
        "phone call on Tuesday.",
        D(2025, 3, 14),
        None,
        [
            (
                "call",
                "held",
                ["MEX", "POL"],
                "2025-03-11",
                None,
                None,
                ["Jan Nowak", "Luis Ortega"],
            )
        ],
    ),
    (
        "discussed-with-on-a-call-is-the-call",
        "Turkish Foreign Minister Hakan Fidan discussed Gaza with his Egyptian counterpart Badr "
        "Abdelatty during a phone call on Saturday.",
        D(2025, 5, 15),
        None,
        [
            (
                "call",
                "held",
                ["EGY", "TUR"],
                "2025-05-10",
                None,
                None,
                ["Hakan Fidan", "Badr Abdelatty"],
            )
        ],
    ),
    (
        "talks-will-fail-are-under-way",
        "He said the French-German farm price talks will fail.",
        D(2025, 5, 15),
        None,
        [("meeting", "held", ["DEU", "FRA"], None, None, None, [])],
    ),
    (
        "talks-will-take-place-are-planned",
        "He said the French-German farm price talks will take place in Paris.",
        D(2025, 5, 15),
        None,
        [("meeting", "planned", ["DEU", "FRA"], None, None, "Paris", [])],
    ),
]


# Fifth pass: rejected antecedents, hypothetical trips, inherited status, bare one-sided talks.
FIFTH_PASS: list[Row] = [
    (
        "bare-mention-of-a-rejected-forum-is-no-meeting",
        "Azerbaijan hosted the Caspian Business Forum in Baku with Turkish guests. The 2nd Forum "
        "will be held next year with Turkey and Georgia.",
        D(2025, 7, 19),
        None,
        [],
    ),
    (
        "named-summit-after-a-rejected-forum-counts",
        "Turkey hosted the Caspian Business Forum in Baku. The NATO Summit will be held in Vilnius "
        "with Turkey and Poland.",
        D(2023, 7, 1),
        None,
        [("conference", "planned", ["LTU", "POL", "TUR"], None, "NATO", "Vilnius", [])],
    ),
    (
        "possibility-of-travelling-is-no-visit",
        "The Chilean President told aides he was leaving open the possibility of travelling to "
        "Peru on Monday.",
        D(2023, 9, 6),
        None,
        [],
    ),
    (
        "travel-if-there-is-progress-is-no-visit",
        "U.S. President Donald Trump said he would travel to Turkey on Friday if there was "
        "progress.",
        D(2025, 5, 15),
        None,
        [],
    ),
    (
        "travel-without-a-condition-is-a-visit",
        "U.S. President Donald Trump will travel to Turkey on Friday.",
        D(2025, 5, 15),
        None,
        [("visit", "planned", ["TUR", "USA"], "2025-05-16", None, None, ["Donald Trump"])],
    ),
    (
        "untensed-mention-inherits-a-planned-status",
        "Marie Lefort said she would press for a decision at the next meeting of G7 nations "
        'in March. "At the meeting of the G7 Washington must listen," she said.',
        None,
        None,
        [("conference", "planned", ["USA"], None, "G7", None, [])],
    ),
    (
        "own-past-tense-keeps-a-mention-held",
        "Marie Lefort said she would press for a decision at the next meeting of G7 nations "
        "in March. The meeting of the G7 in November had ended in failure.",
        None,
        None,
        [
            ("conference", "planned", [], None, "G7", None, []),
            ("conference", "held", [], None, "G7", None, []),
        ],
    ),
    (
        "looking-forward-to-a-summit-is-planned",
        "The leaders look forward to a successful NATO summit in Madrid.",
        D(2022, 6, 1),
        None,
        [("conference", "planned", ["ESP"], None, "NATO", "Madrid", [])],
    ),
    (
        "meeting-a-demand-is-no-meeting",
        "Japan is striving to meet U.S. complaints and the country's growing demand for cars.",
        D(1987, 3, 2),
        None,
        [],
    ),
    (
        "urging-talks-is-no-meeting",
        "China released a paper urging peace talks between Russia and Ukraine.",
        D(2025, 5, 15),
        None,
        [],
    ),
]


# Sixth pass: precision on news not seen before.
SIXTH_PASS: list[Row] = [
    (
        "welcoming-a-states-decision-is-no-meeting",
        "President Biden welcomed Norway's decision to join the coalition with Denmark.",
        D(2023, 5, 2),
        "The White House (Briefing Room)",
        [],
    ),
    (
        "welcoming-a-states-bid-is-no-meeting",
        "The U.S. side welcomed Peru's bid to host the World Expo in 2030.",
        D(2023, 5, 2),
        "The White House (Briefing Room)",
        [],
    ),
    (
        "welcoming-a-states-minister-is-a-meeting",
        "President Biden welcomed Norway's Prime Minister Erik Lund to the White House today.",
        D(2023, 5, 2),
        "The White House (Briefing Room)",
        [
            (
                "meeting",
                "held",
                ["NOR", "USA"],
                "2023-05-02",
                None,
                "Washington",
                ["Biden", "Erik Lund"],
            )
        ],
    ),
    (
        "planning-committee-is-no-plan",
        "Defense Minister Ali Hamdan of Qatar is co-chairing the Joint Planning Committee with "
        "the United States this week.",
        D(2023, 5, 2),
        None,
        [("meeting", "held", ["QAT", "USA"], "2023-05", None, None, ["Ali Hamdan"])],
    ),
    (
        "planning-to-meet-is-a-plan",
        "Defense Minister Ali Hamdan of Qatar is planning to meet U.S. officials in Washington.",
        D(2023, 5, 2),
        None,
        [("meeting", "planned", ["QAT", "USA"], None, None, "Washington", ["Ali Hamdan"])],
    ),
    (
        "scientists-conference-is-no-meeting",
        "Education Minister Ravi Nair opened the International Young Scientists Conference in "
        "Pune today.",
        D(2025, 6, 10),
        None,
        [],
    ),
    (
        "ministers-conference-is-a-meeting",
        "Indian Education Minister Ravi Nair opened the International Conference of Education "
        "Ministers in New Delhi today.",
        D(2025, 6, 10),
        None,
        [("conference", "held", ["IND"], "2025-06-10", None, "New Delhi", ["Ravi Nair"])],
    ),
    (
        "residents-given-by-demonym-make-no-visit",
        "Peruvians living in Chile may make only one visit to Peru a year under the new rules.",
        D(2004, 6, 10),
        None,
        [],
    ),
    (
        "demonym-delegation-visit-is-a-visit",
        "Peruvian Foreign Minister Ana Soto will visit Chile next week.",
        D(2004, 6, 10),
        None,
        [("visit", "planned", ["CHL", "PER"], "2004-06", None, None, ["Ana Soto"])],
    ),
    (
        "portfolio-state-is-not-a-side",  # Jane Ross is no Russian
        "Jane Ross, Senior Director for Russia at the National Security Council, met with "
        "Kazakh Foreign Minister Arman Nurov today.",
        D(2023, 5, 2),
        "The White House (Briefing Room)",
        [
            (
                "meeting",
                "held",
                ["KAZ"],
                "2023-05-02",
                None,
                None,
                ["Jane Ross", "Arman Nurov"],
            )
        ],
    ),
    (
        "envoy-for-a-state-acts-for-the-government",
        "Special Envoy for Yemen Tom Kirk met Saudi Foreign Minister Faisal Saud in Riyadh.",
        D(2023, 5, 2),
        "The White House (Briefing Room)",
        [
            (
                "meeting",
                "held",
                ["SAU", "USA"],
                None,
                None,
                "Riyadh",
                ["Tom Kirk", "Faisal Saud"],
            )
        ],
    ),
    (
        "past-month-event-once-prepared-for-is-held",
        "The forum coincided with Brazil's final preparations for hosting COP30 in November 2025.",
        D(2026, 7, 1),
        None,
        [("conference", "held", ["BRA"], "2025-11", None, None, [])],
    ),
    (
        "future-month-event-prepared-for-is-planned",
        "Brazil is making final preparations for hosting COP30 in November 2025.",
        D(2025, 7, 1),
        None,
        [("conference", "planned", ["BRA"], "2025-11", None, None, [])],
    ),
    (
        "touring-several-states-is-a-visit",
        "Foreign Minister Jack Stone of Britain toured Malaysia and Thailand last week.",
        D(2004, 6, 10),
        None,
        [("visit", "held", ["GBR", "MYS", "THA"], "2004-06", None, None, ["Jack Stone"])],
    ),
    (
        "one-visitors-visit-told-twice-is-one-visit",
        "Prime Minister Karan Mehta of India arrived in Cyprus on Sunday for a two-day visit. "
        "Prime Minister Karan Mehta toured Nicosia, the capital.",
        D(2025, 1, 10),
        None,
        [("visit", "held", ["CYP", "IND"], "2025-01-05", None, None, ["Karan Mehta"])],
    ),
    (
        "tour-of-several-states-in-one-sentence-is-one-visit",
        "Foreign Minister Ali Raza of Pakistan arrived in Baku on Tuesday after visiting Turkey "
        "and Iran.",
        D(2025, 1, 10),
        None,
        [("visit", "held", ["AZE", "IRN", "PAK", "TUR"], "2025-01-07", None, "Baku", ["Ali Raza"])],
    ),
    (
        "talks-with-creditor-banks-are-no-meeting",
        "Argentina's negotiating team is holding talks with its creditor banks in New York.",
        D(1987, 3, 2),
        None,
        [],
    ),
    (
        "talks-in-a-city-with-a-committee-of-creditor-banks-are-no-meeting",
        "Chilean Finance Minister Hernan Lopez has ended a week of talks in New York with the "
        "steering committee of Chile's creditor banks without a rescheduling accord.",
        D(1987, 3, 2),
        None,
        [],
    ),
    (
        "talks-in-a-city-with-a-group-of-banks-are-no-meeting",
        "Chilean Finance Minister Hernan Lopez held talks in London with a group of commercial "
        "banks on new loans.",
        D(1987, 3, 2),
        None,
        [],
    ),
    (
        "talks-in-a-city-with-a-states-officials-are-a-meeting",
        "Chilean Finance Minister Hernan Lopez held talks in London with British Treasury "
        "officials on new loans.",
        D(1987, 3, 2),
        None,
        [("meeting", "held", ["CHL", "GBR"], None, None, "London", ["Hernan Lopez"])],
    ),
    (
        "an-earlier-session-recalled-by-its-participle-is-its-own-meeting",
        "Trade Minister Ana Costa of Portugal and Commerce Secretary Lee Park of South Korea met "
        "in Lisbon today for the third session of the Portugal-Korea Trade Dialogue. The two "
        "sides reviewed progress since the second session, held in Seoul in May 2023.",
        D(2024, 4, 16),
        None,
        [
            (
                "meeting",
                "held",
                ["KOR", "PRT"],
                "2024-04-16",
                None,
                "Lisbon",
                ["Ana Costa", "Lee Park"],
            ),
            ("meeting", "held", ["KOR", "PRT"], "2023-05", None, "Seoul", []),
        ],
    ),
    (
        "the-inaugural-session-recalled-is-the-first-one",
        "Today, Commerce Secretary Lee Park and Industry Minister Ana Costa met in Lisbon for the "
        "second session of the U.S.-Portugal Commercial Dialogue. They reviewed progress since "
        "the inaugural session held in Washington in March 2022.",
        D(2024, 4, 16),
        None,
        [
            (
                "meeting",
                "held",
                ["PRT", "USA"],
                "2024-04-16",
                None,
                "Lisbon",
                ["Lee Park", "Ana Costa"],
            ),
            ("meeting", "held", ["PRT", "USA"], "2022-03", None, "Washington", []),
        ],
    ),
    (
        "next-session-of-a-dialogue-agreed-should-take-place-is-planned",
        "Foreign Minister Ana Ruiz of Peru met Secretary of State Lee Park of the United States in "
        "Lima today. They agreed that the next session of the Strategic Dialogue should take place "
        "in Washington in May.",
        D(2024, 3, 8),
        None,
        [
            (
                "meeting",
                "held",
                ["PER", "USA"],
                "2024-03-08",
                None,
                "Lima",
                ["Ana Ruiz", "Lee Park"],
            ),
            ("meeting", "planned", ["PER", "USA"], "2024-05", None, "Washington", []),
        ],
    ),
    (
        "next-session-in-a-whose-clause-is-planned",
        "Foreign Minister Ana Ruiz of Peru met Secretary of State Lee Park of the United States in "
        "Lima today. The two discussed the Strategic Mechanism of their presidents, whose next "
        "ministerial session they agreed should take place in Washington in May.",
        D(2024, 3, 8),
        None,
        [
            (
                "meeting",
                "held",
                ["PER", "USA"],
                "2024-03-08",
                None,
                "Lima",
                ["Ana Ruiz", "Lee Park"],
            ),
            ("meeting", "planned", ["PER", "USA"], "2024-05", None, "Washington", []),
        ],
    ),
    (
        "talks-with-treasury-officials-are-a-meeting",
        "Finance Minister Juan Sosa of Argentina held talks with U.S. Treasury officials in New "
        "York.",
        D(1987, 3, 2),
        None,
        [("meeting", "held", ["ARG", "USA"], None, None, "New York", ["Juan Sosa"])],
    ),
    (
        "meeting-with-airlines-is-no-meeting",
        "The EU said Thursday's meeting with the airlines was only a first step.",
        D(2004, 3, 2),
        None,
        [],
    ),
    (
        "next-g7-meeting-dated-is-planned",
        "Marie Lefort said she would press for a decision at the next meeting of G7 nations "
        'in March. "At the meeting of the G7 Washington must listen," she said.',
        D(1987, 1, 20),
        None,
        [("conference", "planned", ["USA"], "1987-03", "G7", None, [])],
    ),
    (
        "next-g7-meeting-dated-and-a-past-one",
        "Marie Lefort said she would press for a decision at the next meeting of G7 nations "
        "in March. The meeting of the G7 in November had ended in failure.",
        D(1987, 1, 20),
        None,
        [
            ("conference", "planned", [], "1987-03", "G7", None, []),
            ("conference", "held", [], "1986-11", "G7", None, []),
        ],
    ),
]

# Seventh pass: a meeting with one's own advisers, army or legislators is domestic.
SEVENTH_PASS: list[Row] = [
    (
        "meeting-with-own-army-chief-is-domestic",
        "Defence Minister Dan Levi gave the order after a security meeting with the army's chief "
        "of staff.",
        D(2025, 6, 14),
        None,
        [],
    ),
    (
        "meeting-with-own-advisers-is-domestic",
        "Reagan said in a statement after a meeting with his top economic advisers that the "
        "dollar should stay stable.",
        D(1987, 10, 20),
        None,
        [],
    ),
    (
        "legislators-meeting-own-minister-is-domestic",
        "The senators, several congressmen and U.S. chipmakers met with Commerce Secretary John "
        "Hale to discuss the dumping of memory chips.",
        D(1987, 3, 20),
        None,
        [],
    ),
    (
        "legislators-meeting-a-foreign-minister-is-a-meeting",
        "The senators met with Japanese Foreign Minister Taro Sato in Washington.",
        D(1987, 3, 20),
        None,
        [("meeting", "held", ["JPN", "USA"], None, None, "Washington", ["Taro Sato"])],
    ),
    (
        "meeting-with-a-foreign-counterpart-is-a-meeting",
        "Israeli Defence Minister Dan Levi met with his Egyptian counterpart Ali Said in Cairo.",
        D(2025, 6, 14),
        None,
        [("meeting", "held", ["EGY", "ISR"], None, None, "Cairo", ["Dan Levi", "Ali Said"])],
    ),
    (
        "events-listed-with-commas-keep-their-own-sides",
        "In April the President held a meeting with ASEAN leaders in Washington, his travel to "
        "India and Nepal followed, and his hosting of a Summit of the Americas in Chicago came "
        "last week.",
        D(2023, 5, 16),
        None,
        [
            ("conference", "held", ["USA"], "2023-05", None, "Chicago", []),
            # a meeting with a body's members as a crowd ("ASEAN leaders") is its gathering
            ("conference", "held", ["USA"], "2023-04", "ASEAN", "Washington", []),
        ],
    ),
    (
        "a body named with a meeting word stays the summit's",
        "Leaders met in Muscat for the Summit of Japan and the Gulf Cooperation Council.",
        D(2019, 11, 4),
        None,
        [("conference", "held", ["JPN", "OMN"], None, "GCC", "Muscat", [])],
    ),
    (
        "a body's diplomats named before were meeting in the dateline city",
        "BRUSSELS, April 13 - Senior EC diplomats backed a proposal to raise tariffs on Japanese "
        "goods.\n\nThe diplomats were meeting as Tokyo reported a record trade surplus.",
        D(1987, 4, 13),
        None,
        [("conference", "held", ["BEL"], None, "EU", "Brussels", [])],
    ),
    (
        "the one briefed on talks is no side of them",
        "Russian President Ivan Petrov briefed U.S. President Tom Hale on his recent talks with "
        "Turkish President Ali Demir.",
        D(2025, 6, 14),
        None,
        [("meeting", "held", ["RUS", "TUR"], None, None, None, ["Ivan Petrov", "Ali Demir"])],
    ),
    (
        "a bank's chief executive meeting a minister is no meeting of states",
        "Deutsche Bank joint chief executive Karl Bauer said he met U.S. Treasury Secretary James "
        "Baker last week.",
        D(1987, 4, 13),
        None,
        [],
    ),
    (
        "a finance minister meeting a minister is a meeting of states",
        "German Finance Minister Karl Bauer said he met U.S. Treasury Secretary James Baker last "
        "week.",
        D(1987, 4, 13),
        None,
        [("meeting", "held", ["DEU", "USA"], "1987-04", None, None, ["Karl Bauer", "James Baker"])],
    ),
    (
        "diplomats of no body named before meet as nothing",
        "BRUSSELS, April 13 - Senior diplomats backed a proposal to raise tariffs on Japanese "
        "goods.\n\nThe diplomats were meeting as Tokyo reported a record trade surplus.",
        D(1987, 4, 13),
        None,
        [],
    ),
]


ALL_ROWS = (
    PATTERNS
    + AZERI_STYLE
    + MERGING
    + NEGATIVES
    + SECOND_PASS
    + THIRD_PASS
    + FOURTH_PASS
    + FIFTH_PASS
    + SIXTH_PASS
    + SEVENTH_PASS
)


def _summary(meeting: Meeting) -> Expected:
    return (
        meeting.kind.value,
        meeting.status.value,
        [c.alpha_3 for c in meeting.countries],
        str(meeting.date) if meeting.date else None,
        meeting.organization,
        meeting.location.city if meeting.location else None,
        [p.name for p in meeting.participants],
    )


@pytest.mark.parametrize(
    ("name", "body", "published", "outlet", "expected"),
    ALL_ROWS,
    ids=[str(getattr(row, "values", row)[0]) for row in ALL_ROWS],
)
def test_extract_meetings(
    name: str, body: str, published: dt.date | None, outlet: str | None, expected: list[Expected]
) -> None:
    """Each row yields exactly these meetings."""
    article = Article(id=name, body=body, published=published, outlet=outlet)
    assert [_summary(m) for m in extract_meetings(article)] == expected


def test_records_carry_evidence_and_rule() -> None:
    """Every record quotes the sentences behind it and names its rule."""
    body = (
        "Azerbaijani President Ilham Aliyev met with Georgian Prime Minister Irakli Kobakhidze in "
        "Baku. The meeting focused on transport."
    )
    (meeting,) = extract_meetings(Article(id="ev", body=body, published=D(2025, 2, 3)))
    assert meeting.rule == "meeting.met_with"
    assert [e.text for e in meeting.evidence] == [
        body[: body.index(" The")],
        "The meeting focused on transport.",
    ]
    assert all(body[e.start : e.end] == e.text for e in meeting.evidence)


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Delegates gathered on Monday as the 50th session of the Council of Foreign Ministers "
            "of the OIC opened in Yaounde.",
            "50th session of the Council of Foreign Ministers",
        ),
        (
            "Biden spoke today with Turkish President Erdogan ahead of the NATO Summit in Vilnius.",
            "NATO Summit",
        ),
    ],
    ids=["session-of-a-body", "named-summit"],
)
def test_conference_title(body: str, title: str) -> None:
    """A conference carries its own name as written."""
    meetings = extract_meetings(Article(id="t", body=body, published=D(2023, 7, 9)))
    assert [m.title for m in meetings if m.kind.value == "conference"] == [title]


def test_participants_have_roles_and_countries() -> None:
    """Participants keep the role as written and their state."""
    body = "Azerbaijani Foreign Minister Jeyhun Bayramov met his Pakistani counterpart Ali Khan."
    (meeting,) = extract_meetings(Article(id="p", body=body, published=D(2022, 1, 27)))
    assert [(p.name, p.role, p.country and p.country.alpha_3) for p in meeting.participants] == [
        ("Jeyhun Bayramov", "Foreign Minister", "AZE"),
        ("Ali Khan", "Foreign Minister", "PAK"),
    ]


@given(st.text(), st.none() | st.dates())
def test_extract_meetings_never_raises(body: str, published: dt.date | None) -> None:
    """Any body gives a tuple of meetings whose evidence points into it."""
    meetings = extract_meetings(Article(id="h", body=body, published=published))
    assert isinstance(meetings, tuple)
    for meeting in meetings:
        assert all(body[e.start : e.end] == e.text for e in meeting.evidence)


# Words around the prefilters' words, in both cases, to build sentences the rules match.
_PIECES = [
    "met", "Meet", "meeting", "Met", "talks", "Talks", "phone call", "Video conference",
    "held a call", "telephoned", "spoke today with", "Summit", "summit", "forum", "COP 28",
    "ministerial meeting", "General Assembly", "plenary session", "session of the Council",
    "joint commission", "Joint Committee", "visited", "travelled to", "was in Paris for",
    "consultations", "negotiations", "discussion with", "co-chaired", "discussed it with",
    "received", "Hosted", "welcomed", "press conference", "cabinet meeting", "exhibition",
    "MEET", "Fair", "Match", "festival", "been met", "meets the demand", "the", "with", "Biden",
    "in", "of", "ı", "İ", "ſ", "\u212a", "-", ",", ".",
]  # fmt: skip


def test_rule_words_hold_every_match() -> None:
    """Each match of a rule holds one of the words its prefilter looks for."""
    for first, second in itertools.product(_PIECES, repeat=2):
        text = f"{first} {second}"
        for rule, _kind, words, pattern in RULES:
            for match in pattern.finditer(text):
                assert not words or any(w in match.group() for w in words), (rule, text)
        if not any(c in text for c in _CASE_TRAPS):
            for match in NOT_A_MEETING.finditer(text):
                assert any(w in match.group().lower() for w in NOT_A_MEETING_WORDS), text


@given(st.lists(st.sampled_from(_PIECES + _TRIGGER_STEMS), max_size=12).map(" ".join))
def test_trigger_scan_finds_every_stem(text: str) -> None:
    """The factored trigger pattern starts where a stem or its capitalised form starts."""
    forms = "|".join(sorted({f for s in _TRIGGER_STEMS for f in (s, s[0].upper() + s[1:])}))
    naive = re.compile(rf"\b(?:{forms})")
    assert [m.start() for m in TRIGGER_WORDS.finditer(text)] == [
        m.start() for m in naive.finditer(text)
    ]


_TENSE_PIECES = [
    "WILL", "Will", "will", "Plans To", "plans by the UN chief to RESUME", "Scheduled", "Next",
    "’ll", "LAST", "Visited", "Concluded", "RecentLY", "yesterday", "HELD", "Is To", "agreed to",
    "due to Meet", "Sets Out for", "the", "talks", "ı", "İ", "ſ", "\u212a", "DİD", "Kİ", "—",
]  # fmt: skip


def test_folded_patterns_match_where_the_originals_do() -> None:
    """Case-blind patterns run on folded text match the spans they match unfolded."""
    pairs = [
        (_FUTURE, _FUTURE_FOLDED),
        (PAST, _PAST_FOLDED),
        (NOT_A_MEETING, NOT_A_MEETING_FOLDED),
    ]
    for first, second in itertools.product(_TENSE_PIECES + _PIECES, repeat=2):
        text = f"{first} {second}."
        folded = fold(text)
        if folded is None:
            assert any(c in text for c in _CASE_TRAPS)
            continue
        assert len(folded) == len(text)
        for original, fast in pairs:
            assert [m.span() for m in original.finditer(text)] == [
                m.span() for m in fast.finditer(folded)
            ], text


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        ("Traders will stay cautious until the April IMF meetings, an analyst said.", ["planned"]),
        ("The market is going to be unsettled until the April IMF meetings.", ["planned"]),
        ("Traders stayed cautious until the IMF meeting in Washington, an analyst said.", []),
    ],
)
def test_event_as_time_limit_takes_the_clause_tense(body: str, statuses: list[str]) -> None:
    """An event named as a time limit ("until the April meetings") is as future as its clause."""
    article = Article(id="until", body=body, published=dt.date(2005, 2, 4))
    assert [m.status.value for m in extract_meetings(article)] == statuses
