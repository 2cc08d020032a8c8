"""Meetings: whole invented stories in each outlet's style, every record of a story.

Each table is one set of stories (wire and broadcaster prose, briefing-room readouts, the
seed outlets' own shapes); a row lists all the meetings of its story. Names and figures are
invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article, Meeting
from meeting_rows import Brief, Summary, briefs_of, summary

D = dt.date(2024, 3, 14)  # a Thursday


# (case, body, expected records as (kind, status, sorted countries))
ROWS: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "reached-out-counterparts",
        "After the floods, Swedish officials quickly reached out to their Peruvian counterparts "
        "with offers of pumps.",
        [("call", "held", ["PER", "SWE"])],
    ),
    (
        "reached-out-head",
        "Norwegian Prime Minister Ola Dahl reached out to President Ana Ruiz of Chile after "
        "the storm.",
        [("call", "held", ["CHL", "NOR"])],
    ),
    (
        "reached-out-public-is-no-call",
        "Swedish officials reached out to the public to explain the new rules.",
        [],
    ),
    (
        "was-in-earlier-this-week",
        "Swedish Foreign Minister Anna Berg defended the plan on Thursday. When she was in Madrid "
        "earlier this week, her Spanish counterpart Luis Gil warned her about its cost.",
        [("visit", "held", ["ESP", "SWE"])],
    ),
    (
        "was-in-on-weekday",
        "Swedish Foreign Minister Anna Berg defended the plan. She was in Madrid on Tuesday.",
        [("visit", "held", ["ESP", "SWE"])],
    ),
    (
        "were-in-last-month",
        "Chilean Foreign Minister Rosa Vidal and Trade Minister Luis Soto were in Lima last month "
        "to prepare the border accord.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "was-in-no-official-is-no-visit",
        "The touring orchestra was in Madrid on Tuesday for two concerts.",
        [],
    ),
    (
        "was-in-at-home-is-no-visit",
        "Spanish Foreign Minister Luis Gil was in Madrid on Tuesday to open a school.",
        [],
    ),
    (
        "travelling-next-week-planned",
        "The Swedish finance minister is travelling to Peru next week to press for debt relief.",
        [("visit", "planned", ["PER", "SWE"])],
    ),
    (
        "visiting-next-month-planned",
        "Chilean President Ana Ruiz is visiting Peru next month for a two-day stay.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "travelled-last-week-held",
        "The Swedish finance minister travelled to Japan last week to press for debt relief.",
        [("visit", "held", ["JPN", "SWE"])],
    ),
    (
        "led-delegation-to-place",
        "On Monday, Chilean Energy Minister Ana Ruiz led an interagency delegation to Lima, Peru, "
        "to discuss power lines.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "will-lead-delegation-planned",
        "Chilean Foreign Minister Rosa Vidal will lead a high-level delegation to Peru next week.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "delegation-to-a-summit-is-the-summit",
        "Chilean Foreign Minister Rosa Vidal led a delegation to the Lima Climate Summit on "
        "Monday.",
        [("conference", "held", ["CHL", "PER"])],
    ),
    (
        "welcomed-delegation-to-is-no-trip",
        "Peruvian President Luis Soto welcomed Chilean Foreign Minister Rosa Vidal and her "
        "delegation to the presidential palace on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "spoke-to-reaffirm-long-names",
        "President Ana Ruiz and King Omar bin Khalid bin Saud Al Faisal of Jordan spoke to "
        "reaffirm the friendship between Chile and Jordan.",
        [("call", "held", ["CHL", "JOR"])],
    ),
    (
        "talks-enabling-firms-keep-their-sides",
        "LIMA, March 14 - Chile and Peru agreed to add weekly flights, officials said.\n\n"
        "Officials said the two states settled the matter at fisheries talks here allowing "
        "Chilean fishing companies back to the southern grounds.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "talks-with-firms-are-no-meeting",
        "Peruvian Transport Minister Luis Soto held talks with Chilean airline companies on "
        "Monday.",
        [],
    ),
    (
        "on-a-seat-of-government-is-a-place",
        "Jordanian King Omar Faisal held talks with lawmakers on Capitol Hill on Tuesday.",
        [("meeting", "held", ["JOR", "USA"])],
    ),
    (
        "seat-of-government-names-its-state",
        "Peruvian Foreign Minister Luis Soto held talks at the Great Hall of the People on "
        "Tuesday.",
        [("meeting", "held", ["CHN", "PER"])],
    ),
    (
        "seat-of-government-after-at",
        "Peruvian Foreign Minister Luis Soto met officials at the Blue House on Tuesday.",
        [("meeting", "held", ["KOR", "PER"])],
    ),
    (
        "on-a-topic-still-ends-the-sides",
        "Peruvian Foreign Minister Luis Soto held talks on Chilean fishing rights on Tuesday.",
        [],
    ),
    (
        "capital-naming-a-pact-is-no-side",
        "Chile will seek to strengthen the Lima accord at the meeting of finance ministers "
        "tomorrow, Chilean officials said.",
        # a gathering of one portfolio's ministers: Chile's, not the accord's place (Peru)
        [("conference", "planned", ["CHL"])],
    ),
    (
        "capital-naming-creditors-is-no-side",
        "Chilean Finance Minister Ana Ruiz held talks with the Oslo Club of creditor governments "
        "on Monday.",
        [],
    ),
    (
        "capital-as-a-place-is-still-a-side",
        "Chilean Finance Minister Ana Ruiz held talks in Lima on Monday with her counterpart.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "expected-in-place-planned",
        "Chilean Foreign Minister Rosa Vidal is expected in Lima later this month.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "expected-in-month-is-no-visit",
        "Chilean Foreign Minister Rosa Vidal said a decision is expected in March.",
        [],
    ),
    (
        "will-host-counterpart",
        "Peruvian Foreign Minister Luis Soto will host his Chilean counterpart in Lima on Friday.",
        [("meeting", "planned", ["CHL", "PER"])],
    ),
    (
        "hosts-a-delegation",
        "Peruvian President Luis Soto hosts a Chilean delegation in Lima today.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "hosting-a-sports-event-is-no-meeting",
        "Peru is hosting the regional football cup in Lima this week.",
        [],
    ),
    (
        "conferred-with",
        "Chilean Foreign Minister Rosa Vidal conferred with Peruvian Foreign Minister Luis Soto "
        "on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "paid-a-courtesy-call",
        "Peruvian Foreign Minister Luis Soto paid a courtesy call on Chilean President Ana Ruiz "
        "on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "went-to-capital",
        "Chilean Foreign Minister Rosa Vidal went to Lima last week to discuss the border.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "heads-for-capital-planned",
        "Chilean Foreign Minister Rosa Vidal heads for Lima on Monday.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "will-fly-to-capital",
        "Chilean Foreign Minister Rosa Vidal will fly to Lima on Monday.",
        [("visit", "planned", ["CHL", "PER"])],
    ),
    (
        "title-went-to-a-national-is-no-trip",
        "The world title in Lima went to Chilean wrestler Rosa Vidal on Monday.",
        [],
    ),
    (
        "airline-flies-to-is-no-trip",
        "The Chilean airline, which flies to Lima and Quito, added a route on Monday.",
        [],
    ),
    (
        "audience-with",
        "Chilean Foreign Minister Rosa Vidal had an audience with Peruvian President Luis Soto "
        "on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "lunched-with",
        "Chilean Foreign Minister Rosa Vidal lunched with Peruvian President Luis Soto on Monday.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "dinner-given-by",
        "Chilean Foreign Minister Rosa Vidal attended a dinner given by Peruvian President Luis "
        "Soto.",
        [("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "stopover",
        "Chilean Foreign Minister Rosa Vidal made a stopover in Lima on Monday.",
        [("visit", "held", ["CHL", "PER"])],
    ),
    (
        "called-demonym-head",
        "Chilean President Ana Ruiz called Peruvian President Luis Soto on Monday.",
        [("call", "held", ["CHL", "PER"])],
    ),
    (
        "called-a-name-is-no-call",
        "Chilean President Ana Ruiz called Peruvian President Luis Soto a friend of the people.",
        [],
    ),
    (
        "got-a-call-from",
        "Chilean President Ana Ruiz got a call from Peruvian President Luis Soto on Monday.",
        [("call", "held", ["CHL", "PER"])],
    ),
    (
        "group-ministers-gather",
        "G7 finance ministers gathered in Lima on Saturday to discuss debt.",
        [("conference", "held", ["PER"])],
    ),
    (
        "crowd-gathers-is-no-meeting",
        "Thousands of protesters gathered in Lima on Saturday.",
        [],
    ),
    (
        "pronoun-due-to-take-part",
        "Swedish Foreign Minister Anna Berg praised the move. She is expected to take part in "
        "talks with Peruvian ministers on Friday.",
        [("meeting", "planned", ["PER", "SWE"])],
    ),
    (
        "pronoun-without-a-state-adds-no-side",
        "Chile and Peru agreed to reopen a border crossing. Foreign Secretary Anna Berg praised "
        "the move. She is expected to take part in talks with Peruvian ministers on Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_prose_meetings(case: str, body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """Each invented story gives exactly the records of its row (kind, status, states)."""
    got = [
        (m.kind.value, m.status.value, sorted(str(c) for c in m.countries))
        for m in extract_meetings(Article(id=case, published=D, body=body))
    ]
    assert got == expected


D_SERIES = dt.date


PUBLISHED = D_SERIES(2023, 5, 10)


def _meetings(
    body: str, published: dt.date | None = PUBLISHED, title: str | None = None
) -> list[Summary]:
    article = Article(id="t", body=body, published=published, title=title)
    return [summary(m) for m in extract_meetings(article)]


# A host receives guests named by a lower-case noun, or is named after "by".
RECEIVED: list[tuple[str, str, list[Summary]]] = [
    (
        "a-foreign-delegation",
        "President of Kyrgyzstan Almaz Bekov on May 9 received a Japanese delegation led by "
        "Deputy Minister Taro Sato.",
        [("meeting", "held", ["JPN", "KGZ"], "2023-05-09", ["Almaz Bekov", "Taro Sato"])],
    ),
    (
        "the-head-of",
        "The President of Mongolia Bat Erdene received the head of the Foreign Ministry of "
        "Georgia on Monday.",
        [("meeting", "held", ["GEO", "MNG"], "2023-05-08", ["Bat Erdene"])],
    ),
    (
        "passive-by",
        "Secretary General of the Arab League Omar Haddad was received on May 4 by Egyptian "
        "President Karim Fahmy.",
        [("meeting", "held", ["EGY"], "2023-05-04", ["Omar Haddad", "Karim Fahmy"])],
    ),
    (
        "award-is-no-guest",
        "The Georgian President Lado Beridze received an honorary award from the Moldovan academy.",
        [],
    ),
]


# Calls named by how the sides spoke, and calls opening the sentence before their sides.
CALLS: list[tuple[str, str, list[Summary]]] = [
    (
        "spoke-by-telephone",
        "President of Georgia Lado Beridze and the President of Moldova Ion Rusu spoke by "
        "telephone on May 5.",
        [("call", "held", ["GEO", "MDA"], "2023-05-05", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "talks-by-phone-with",
        "The EU foreign policy chief Ana Costa also talks by phone with Zaur Aliyev, the "
        "Foreign Minister of Azerbaijan.",
        [("call", "held", ["AZE"], None, ["Ana Costa", "Zaur Aliyev"])],
    ),
    (
        "call-opens-the-sentence",
        "In a phone call on Monday, the foreign ministers of Georgia and Moldova reviewed "
        "their ties.",
        [("call", "held", ["GEO", "MDA"], "2023-05-08", [])],
    ),
    (
        "a-call-named-after-a-preposition",
        "In a more recent call, Georgian President Lado Beridze and Moldovan President Ion Rusu "
        "discussed transit.",
        [("call", "held", ["GEO", "MDA"], None, ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "a-call-for-restraint-is-no-call",
        "In a call for restraint, the Georgian President Lado Beridze urged Moldova to act.",
        [],
    ),
    (
        "two-leaders-spoke-about",
        "Georgian President Lado Beridze and Moldovan President Ion Rusu spoke on Saturday about "
        "the situation in the region.",
        [("call", "held", ["GEO", "MDA"], "2023-05-06", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "spoke-by-phone-about-is-no-reason-to-skip",
        "The minister spoke about the phone market of Georgia.",
        [],
    ),
    (
        "spoke-about-the-phone-is-no-call",
        "The minister spoke about the phone market of Georgia.",
        [],
    ),
]


# Smaller shapes of the region's outlets.
OUTLET_SHAPES: list[tuple[str, str, list[Summary]]] = [
    (
        "headline-infinitive-is-a-plan",
        "Georgian Foreign Minister Lado Beridze to travel to Moldova in the coming weeks",
        [("visit", "planned", ["GEO", "MDA"], None, ["Lado Beridze"])],
    ),
    (
        "came-to-a-city-to-meet-is-no-plan",
        "Georgian Foreign Minister Lado Beridze came to Chisinau to meet Moldovan Foreign "
        "Minister Ion Rusu.",
        [("meeting", "held", ["GEO", "MDA"], None, ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "a-day-range-with-a-minus-sign",
        "Georgian President Lado Beridze is scheduled to be in Moldova on a state visit on "
        "22\u221223 May.",
        [("visit", "planned", ["GEO", "MDA"], "2023-05-22", ["Lado Beridze"])],
    ),
    (
        "a-trip-to-attend-a-forum-dates-the-forum",
        "In October 2022, Moldovan President Ion Rusu traveled to Georgia to take part in the "
        "Black Sea Forum.",
        [("conference", "held", ["GEO", "MDA"], "2022-10", ["Ion Rusu"])],
    ),
    (
        "a-date-opening-the-sentence-dates-a-far-event",
        "This week, the Assistant to the President of Georgia for National Security, Dr. Lado "
        "Beridze, led a Georgian delegation with officials of the Security Council, the "
        "Ministry of Defence and the Ministry of Foreign Affairs to a high-level international "
        "conference in Chisinau, Moldova.",
        [("conference", "held", ["GEO", "MDA"], "2023-05", ["Lado Beridze"])],
    ),
    (
        "the-city-that-hosted-the-forum",
        "Speaking of how significant the World Forum on Cultural Heritage is, which Tbilisi "
        "hosted for the second time, the Moldovan minister praised the organisers.",
        [("conference", "held", ["GEO"], None, [])],
    ),
    (
        "is-also-to-attend-is-a-plan",
        "The Moldovan minister is also to attend the 5th Black Sea Forum in Tbilisi.",
        [("conference", "planned", ["GEO", "MDA"], None, [])],
    ),
    (
        "arrived-to",
        "Georgian Foreign Minister Lado Beridze arrived to Chisinau on May 2.",
        [("visit", "held", ["GEO", "MDA"], "2023-05-02", ["Lado Beridze"])],
    ),
    (
        "meeting-only-if-needed",
        "In a phone call on Monday, the foreign ministers of Georgia and Moldova agreed to meet "
        "if needed.",
        [("call", "held", ["GEO", "MDA"], "2023-05-08", [])],
    ),
    (
        "company-leaders-are-no-state",
        "The statement came at a meeting between the Foreign Minister of Georgia Lado Beridze "
        "and the leadership of major Moldovan companies.",
        [],
    ),
    (
        "head-of-the-delegation",
        "The Georgian delegation was headed by Deputy Foreign Minister Lado Beridze, who met "
        "Moldovan President Ion Rusu on May 4.",
        [("meeting", "held", ["GEO", "MDA"], "2023-05-04", ["Lado Beridze", "Ion Rusu"])],
    ),
]


# Talks named by other words: a conversation, a dialogue, negotiations due to begin.
OTHER_WORDS: list[tuple[str, str, list[Summary]]] = [
    (
        "a-conversation-with-an-envoy",
        "Moldovan President Ion Rusu noted his recent conversation with the new Georgian "
        "ambassador to Moldova, Lado Beridze.",
        [("meeting", "held", ["GEO", "MDA"], None, ["Ion Rusu", "Lado Beridze"])],
    ),
    (
        "took-part-in-a-dialogue",
        "The Moldovan Prime Minister Ion Rusu also took part in a bilateral energy dialogue "
        "with senior Georgian officials in Tbilisi today.",
        [("meeting", "held", ["GEO", "MDA"], "2023-05-10", ["Ion Rusu"])],
    ),
    (
        "negotiations-due-to-begin",
        "Negotiations between Georgia and Moldova on a transit agreement are due to begin in "
        "June, he said.",
        [("meeting", "planned", ["GEO", "MDA"], "2023-06", [])],
    ),
    (
        "the-talks-starting-on-a-day-date-the-talks",
        "Georgia and Moldova will hold trade talks in Tbilisi. Officials said the talks, starting "
        "on May 14, would cover transit fees.",
        [("meeting", "planned", ["GEO", "MDA"], "2023-05-14", [])],
    ),
]


# A visit told step by step: each step after "After that" or "The next day" is its own
# meeting, on the day of the step before or the day after.
SERIES: list[tuple[str, str, list[Summary]]] = [
    (
        "next-day-and-after-that",
        "On May 2, a visit to Mongolia by a Georgian delegation led by the Foreign Minister of "
        "Georgia Lado Beridze started. The next day, the President of Mongolia Bat Erdene "
        "received the Georgian minister. After that, Lado Beridze and the Foreign Minister of "
        "Mongolia Tsend Dorj met at the ministry.",
        [
            ("visit", "held", ["GEO", "MNG"], "2023-05-02", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "MNG"], "2023-05-03", ["Bat Erdene"]),
            ("meeting", "held", ["GEO", "MNG"], "2023-05-03", ["Lado Beridze", "Tsend Dorj"]),
        ],
    ),
    (
        "talks-due-on-a-visit-under-way-are-the-visit",
        "On Tuesday, Georgian President Lado Beridze arrived in Moldova, where he is due to hold "
        "a meeting with Moldovan President Ion Rusu.",
        [("visit", "held", ["GEO", "MDA"], "2023-05-09", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "talks-of-the-visitor-are-the-visit",
        "Minister of Foreign Affairs Lado Beridze, visiting Chisinau officially on 8 May, laid "
        "a wreath at the monument. Minister Beridze and Ion Rusu, Minister of Foreign Affairs "
        "of Moldova, held a meeting.",
        [("visit", "held", ["MDA"], "2023-05-08", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "talks-planned-after-a-past-visit-are-their-own",
        "Georgian President Lado Beridze visited Moldova in March. He will meet Moldovan "
        "President Ion Rusu again in June.",
        [
            ("visit", "held", ["GEO", "MDA"], "2023-03", ["Lado Beridze"]),
            # "He" is the president named in the sentence before
            ("meeting", "planned", ["GEO", "MDA"], "2023-06", ["Lado Beridze", "Ion Rusu"]),
        ],
    ),
    (
        "the-guest-of-a-visit-under-way",
        "A delegation of Georgia led by Deputy Minister Lado Beridze arrived in Chisinau on May "
        "2. On May 3, the President of Moldova Ion Rusu received the guest. After that, the "
        "Foreign Minister of Moldova Dan Cojocaru held a meeting with him.",
        [
            ("visit", "held", ["GEO", "MDA"], "2023-05-02", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Ion Rusu"]),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Dan Cojocaru"]),
        ],
    ),
    (
        "also-met-is-one-more-event",
        "On May 4, Georgian Foreign Minister Lado Beridze took part in the 5th session of the "
        "Council of Foreign Ministers of the Organization of Turkic States in Baku. Beridze "
        "also met Moldovan Foreign Minister Ion Rusu there.",
        [
            ("conference", "held", ["AZE", "GEO"], "2023-05-04", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-04", ["Lado Beridze", "Ion Rusu"]),
        ],
    ),
    (
        "at-that-time-dates-the-next-event",
        "In March 2022, Moldovan President Ion Rusu traveled to Georgia to attend the Black Sea "
        "Forum in Batumi. At that time, the presidents of Moldova, Georgia and Armenia also held "
        "a trilateral meeting.",
        [
            ("conference", "held", ["GEO", "MDA"], "2022-03", ["Ion Rusu"]),
            ("meeting", "held", ["ARM", "GEO", "MDA"], "2022-03", []),
        ],
    ),
    (
        "a-state-welcomed-joining-is-no-guest",
        "Georgian President Lado Beridze met Moldovan President Ion Rusu in Tbilisi on May 3. "
        "The President also welcomed Moldova joining the regional energy accord.",
        [("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "the-trip-after-its-steps-is-the-visit",
        "On May 2, Georgian Foreign Minister Lado Beridze started a visit to Moldova. The next "
        "day, Moldovan President Ion Rusu received the Georgian minister. Observers said the "
        "current trip of the Georgian minister to Moldova opens a new phase.",
        [
            ("visit", "held", ["GEO", "MDA"], "2023-05-02", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Ion Rusu"]),
        ],
    ),
    (
        "a-later-mention-is-the-same-visit",
        "Georgian Foreign Minister Lado Beridze visited Mongolia on May 2. During the visit, "
        "Lado Beridze met Mongolian Foreign Minister Tsend Dorj.",
        [("visit", "held", ["GEO", "MNG"], "2023-05-02", ["Lado Beridze", "Tsend Dorj"])],
    ),
]


# Sessions of a series: each ordinal is its own event, dated by its own sentence.
SESSIONS: list[tuple[str, str, list[Summary]]] = [
    (
        "recalled-sessions-of-a-format",
        "Chisinau is hosting the fifth Trilateral Meeting of Foreign Ministers of Moldova, "
        "Georgia and Armenia on May 9. In October last year, Yerevan hosted the fourth "
        "Georgia-Moldova-Armenia format meeting of Foreign Ministers. The first such meeting "
        "was held in the Georgian city of Batumi, far from the capitals, in 2015.",
        [
            ("meeting", "held", ["ARM", "GEO", "MDA"], "2023-05-09", []),
            ("meeting", "held", ["ARM", "GEO", "MDA"], "2022-10", []),
            ("meeting", "held", ["ARM", "GEO", "MDA"], "2015", []),
        ],
    ),
    (
        "a-count-of-visits-is-no-session",
        "Georgian Foreign Minister Lado Beridze will travel to Chisinau on Sunday for talks "
        "with Moldovan Foreign Minister Ion Rusu, his third visit to Moldova this year.",
        [("visit", "planned", ["GEO", "MDA"], "2023-05-14", ["Lado Beridze", "Ion Rusu"])],
    ),
]


# Events named as several: one record per partner state.
SEVERAL: list[tuple[str, str, list[Summary]]] = [
    (
        "bilateral-meetings-with-a-list",
        "Georgian Foreign Minister Lado Beridze also held bilateral meetings with officials from "
        "Moldova, Armenia and Latvia on May 3.",
        [
            ("meeting", "held", ["ARM", "GEO"], "2023-05-03", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "LVA"], "2023-05-03", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Lado Beridze"]),
        ],
    ),
    (
        "ministers-received-one-after-another",
        "On May 3, Georgian President Lado Beridze received the foreign ministers of Moldova "
        "and Armenia one after another.",
        [
            ("meeting", "held", ["ARM", "GEO"], "2023-05-03", ["Lado Beridze"]),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Lado Beridze"]),
        ],
    ),
    (
        "one-bilateral-meeting-during-a-summit",
        "Georgian President Lado Beridze held a bilateral meeting with Moldovan President Ion "
        "Rusu on May 3.",
        [("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Lado Beridze", "Ion Rusu"])],
    ),
]


# Mentions that name no event of their own.
NO_NEW_EVENT: list[tuple[str, str, list[Summary]]] = [
    (
        "talks-in-the-topic-of-a-call",
        "Georgian President Lado Beridze and Moldovan President Ion Rusu held a phone call on "
        "Monday to discuss the Black Sea and the Transnistria peace talks.",
        [("call", "held", ["GEO", "MDA"], "2023-05-08", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "a-deadline-on-the-talks-is-no-session",
        "Georgia and Moldova have been holding talks since March on a free trade pact. Georgia "
        "put a deadline on the talks of October 1.",
        [("meeting", "held", ["GEO", "MDA"], "2023-03", [])],
    ),
    (
        "a-body-s-resolution-is-no-session",
        "Georgian President Lado Beridze met Moldovan President Ion Rusu on May 3. They recalled "
        "the March 2 UN General Assembly resolution on the war.",
        [("meeting", "held", ["GEO", "MDA"], "2023-05-03", ["Lado Beridze", "Ion Rusu"])],
    ),
]


# A body's own session named with "its", a place and a date is an event.
BODY_SESSIONS: list[tuple[str, str, list[Summary]]] = [
    (
        "a-body-held-its-regular-meeting",
        "At the Council of Interior Ministers of the Commonwealth of Independent States, which "
        "held its regular meeting in Astana on June 12, the Georgian delegation was headed by "
        "Interior Minister Nika Abashidze.",
        [("conference", "held", ["GEO", "KAZ"], "2022-06-12", ["Nika Abashidze"])],
    ),
]


# Gatherings listed in one sentence are separate events with their own places and bodies.
LISTED: list[tuple[str, str, list[Summary]]] = [
    (
        "a-session-and-a-summit",
        "The minister said he hoped for progress at forthcoming meetings -- the OSCE ministerial "
        "meeting in Vienna and the July summit of the Black Sea states in Batumi.",
        [
            ("conference", "planned", ["AUT"], None, []),
            ("conference", "planned", ["GEO"], "2023-07", []),
        ],
    ),
]


# Talks held at a summit told in the same sentence: two events; the summit's body and host
# belong to the summit, its date to both.
AT_A_GATHERING: list[tuple[str, str, list[Summary]]] = [
    (
        "talks-at-a-summit",
        "Georgian President Lado Beridze met Moldovan President Ion Rusu in Vilnius on Tuesday "
        "at the NATO Summit.",
        [
            (
                "conference",
                "held",
                ["GEO", "LTU", "MDA"],
                "2023-05-09",
                ["Lado Beridze", "Ion Rusu"],
            ),
            ("meeting", "held", ["GEO", "MDA"], "2023-05-09", ["Lado Beridze", "Ion Rusu"]),
        ],
    ),
    (
        "guest-in-town-for-a-summit",
        "Kazakh President Ali Nurov praised the ties. Nurov's remarks came during a meeting "
        "with Moldovan President Ion Rusu, who is in Astana for the 9th summit of the "
        "Organization of Turkic States.",
        [
            ("conference", "held", ["KAZ", "MDA"], None, ["Ali Nurov", "Ion Rusu"]),
            ("meeting", "held", ["KAZ", "MDA"], None, ["Ali Nurov", "Ion Rusu"]),
        ],
    ),
    (
        "the-summit-host-is-no-side-of-talks-on-its-sidelines",
        "In talks held on the sidelines of the OTS summit in Astana with Moldovan President "
        "Ion Rusu, Georgian President Lado Beridze stressed transit.",
        [
            ("conference", "held", ["GEO", "KAZ", "MDA"], None, ["Ion Rusu", "Lado Beridze"]),
            ("meeting", "held", ["GEO", "MDA"], None, ["Ion Rusu", "Lado Beridze"]),
        ],
    ),
]


# An official named again by title and name keeps the state given at the first mention.
NAMED_AGAIN: list[tuple[str, str, list[Summary]]] = [
    (
        "state-from-the-first-mention",
        "Moldovan President Ion Rusu thanked the guests. President Ion Rusu recalled his "
        "official visit to Portugal in April.",
        [("visit", "held", ["MDA", "PRT"], "2023-04", ["Ion Rusu"])],
    ),
]


ROWS_SERIES = (
    RECEIVED
    + CALLS
    + OUTLET_SHAPES
    + OTHER_WORDS
    + SERIES
    + SESSIONS
    + SEVERAL
    + NO_NEW_EVENT
    + LISTED
    + BODY_SESSIONS
    + AT_A_GATHERING
    + NAMED_AGAIN
)


@pytest.mark.parametrize(
    ("body", "expected"), [row[1:] for row in ROWS_SERIES], ids=[row[0] for row in ROWS_SERIES]
)
def test_meetings(body: str, expected: list[Summary]) -> None:
    """Each text yields exactly these meetings."""
    assert _meetings(body) == expected


# (kind, status, countries, date)
ShapeSummary = tuple[str, str, list[str], str | None]


def _summary(meeting: Meeting) -> ShapeSummary:
    return (
        meeting.kind.value,
        meeting.status.value,
        [c.alpha_3 for c in meeting.countries],
        str(meeting.date) if meeting.date else None,
    )


def _meetings_shapes(body: str, published: dt.date = dt.date(2024, 6, 12)) -> list[ShapeSummary]:
    return [_summary(m) for m in extract_meetings(Article(id="t", body=body, published=published))]


SHAPES: list[tuple[str, str, list[ShapeSummary]]] = [
    (
        "sidelines-of-a-larger-meeting",
        "The ninth trilateral meeting of the foreign ministers of Armenia, Georgia and Greece "
        "took place in Athens on June 11.\n\nOn the sidelines of the meeting, the Armenian "
        "Foreign Minister Aram Vardanyan met separately with his Georgian counterpart.",
        [
            ("meeting", "held", ["ARM", "GEO", "GRC"], "2024-06-11"),
            ("meeting", "held", ["ARM", "GEO"], "2024-06-11"),
        ],
    ),
    (
        "sidelines-of-a-larger-meeting-told-twice",
        "The foreign ministers of Chile, Peru and Bolivia met in Lima on June 10.\n\nOn the "
        "sidelines of the meeting, the ministers of Chile, Peru and Bolivia also discussed "
        "fisheries.",
        [("meeting", "held", ["BOL", "CHL", "PER"], "2024-06-10")],
    ),
    (
        "sides-before-a-call-between-officials",
        "Lisbon and Rabat reviewed port links during a phone call between the foreign "
        "ministers on Monday.",
        [("call", "held", ["MAR", "PRT"], "2024-06-10")],
    ),
    (
        "sides-after-between",
        "Energy was discussed during a phone call between the ministers of Portugal and "
        "Morocco on Monday.",
        [("call", "held", ["MAR", "PRT"], "2024-06-10")],
    ),
    (
        "commission-named-with-its-pair",
        "The meeting of the Chile-Peru intergovernmental commission is scheduled to be held "
        "in Lima in July.",
        [("meeting", "planned", ["CHL", "PER"], "2024-07")],
    ),
    (
        "the-sides-plan-the-commission-after-a-call",
        "The foreign ministers of Chile and Peru held a phone call on June 10.\n\nThe sides "
        "discussed the agenda of the joint commission meeting to be held in Lima in July.",
        [
            ("call", "held", ["CHL", "PER"], "2024-06-10"),
            ("meeting", "planned", ["CHL", "PER"], "2024-07"),
        ],
    ),
    (
        "both-sides-agree-on-consultations-in-a-capital",
        "The President of Chile received the Peruvian Foreign Minister on June 10.\n\nBoth "
        "sides agreed to hold the next political consultations in Lima later this year.",
        [
            ("meeting", "held", ["CHL", "PER"], "2024-06-10"),
            ("meeting", "planned", ["CHL", "PER"], "2024"),
        ],
    ),
    (
        "the-two-countries-in-a-story-of-two",
        "Chile's exports to Peru rose in May.\n\nThe presidents of the two countries agreed "
        "during a video conference in February to expand trade.",
        [("call", "held", ["CHL", "PER"], "2024-02")],
    ),
    (
        "the-sides-with-a-third-state-named-stay-unpaired",
        "Chile, Peru and Bolivia signed a trade pact.\n\nThe sides discussed the commission "
        "meeting to be held in Lima in July.",
        [],
    ),
    (
        "a-signing-timed-by-a-future-visit",
        "The agreement will be signed during the visit of the Peruvian President to Chile.",
        [("visit", "planned", ["CHL", "PER"], None)],
    ),
    (
        "a-future-passive-naming-a-held-event",
        "The minister said the Lima meeting of Chile and Peru would be remembered as a "
        "turning point.",
        [("meeting", "held", ["CHL", "PER"], None)],
    ),
    (
        "an-organisations-numbered-council-of-ministers",
        "The 9th BSEC Council of Foreign Ministers will take place in Sofia.",
        [("conference", "planned", ["BGR"], None)],
    ),
    (
        "a-cabinet-is-no-conference",
        "The Council of Ministers of Bulgaria approved the budget on Monday.",
        [],
    ),
    (
        "place-and-date-in-a-which-clause",
        "Chile and Peru discussed the agenda of the joint commission meeting, which is "
        "scheduled to be held in Lima in July.",
        [("meeting", "planned", ["CHL", "PER"], "2024-07")],
    ),
    (
        "a-which-clause-of-a-held-event",
        "Chile and Peru reviewed the results of the joint commission meeting, which was held "
        "in Lima in March.",
        [("meeting", "held", ["CHL", "PER"], "2024-03")],
    ),
    (
        "a-which-clause-on-another-topic-is-cut",
        "Chile and Peru held talks on the trade pact, which was signed in 2019.",
        [("meeting", "held", ["CHL", "PER"], None)],
    ),
    (
        "a-gathering-which-is-to-be-held",
        "Both ministers stressed the role of the 4th Pacific Forum, which is to be held in "
        "Santiago.",
        [("conference", "planned", ["CHL"], None)],
    ),
    (
        "an-agency-in-a-bracketed-dateline-gives-the-home-state",
        "ISLAMABAD, June 11 (APP): Foreign Minister Ali Raza met Chilean Foreign Minister Ana "
        "Soto on Tuesday.",
        [("meeting", "held", ["CHL", "PAK"], "2024-06-11")],
    ),
    (
        "an-agency-between-slashes-gives-the-home-state",
        "MOSCOW, June 11. /TASS/. Foreign Minister Ivan Orlov held talks with his Chilean "
        "counterpart on Tuesday.",
        [("meeting", "held", ["CHL", "RUS"], "2024-06-11")],
    ),
    (
        "the-lead-sentence-pairs-its-two-states",
        "Chile and Peru on Monday agreed to expand trade.\n\nThis was discussed at a meeting "
        "between Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega in Lima.",
        [("meeting", "held", ["CHL", "PER"], None)],
    ),
    (
        "a-capitalised-meeting-of-heads-of-state-is-a-summit",
        "The Sixth Consultative Meeting of the Heads of State of the Andes will be held in "
        "Lima in August.",
        [("conference", "planned", ["PER"], "2024-08")],
    ),
    (
        "a-trilateral-meeting-of-ministers-stays-a-meeting",
        "The Trilateral Meeting of Foreign Ministers of Chile, Peru and Bolivia was held in "
        "Lima on June 3.",
        [("meeting", "held", ["BOL", "CHL", "PER"], "2024-06-03")],
    ),
    (
        "talks-between-officials-of-the-two-countries",
        "Chile and Peru signed three documents on Monday.\n\nThe documents were signed "
        "following talks between the foreign ministers of the two countries.",
        [("meeting", "held", ["CHL", "PER"], None)],
    ),
    (
        "the-sides-discussing-talks-is-no-event",
        "Chile and Peru signed three documents on Monday.\n\nThe sides discussed the talks.",
        [],
    ),
    (
        "a-family-name-of-two-letters-used-alone",
        "Chinese President Wu Lian met Bolivian President Juan Mora on Monday.\n\nEarlier in "
        "the day, Wu held talks with Peruvian President Luis Vega.",
        [
            ("meeting", "held", ["BOL", "CHN"], "2024-06-10"),
            ("meeting", "held", ["CHN", "PER"], "2024-06-10"),  # "earlier in the day": that day
        ],
    ),
    (
        "a-bodys-chairmanship-is-no-gathering",
        "China backs Peru taking over the Conference on Pacific Security chairmanship.",
        [],
    ),
    (
        "organisations-of-two-peoples-are-no-states",
        "Several Chilean and Peruvian organisations held an emergency meeting on Monday.",
        [],
    ),
    (
        "a-meeting-in-video-format-is-a-call",
        "Chile and Peru: the foreign ministers of Chile and Peru held a meeting in a video "
        "format on June 10.",
        [("call", "held", ["CHL", "PER"], "2024-06-10")],
    ),
    (
        "a-nameless-portfolio-title-in-a-home-outlets-story",
        "ISLAMABAD, June 11 (APP): Federal Minister for Commerce met the visiting Chilean "
        "Deputy Prime Minister Ana Soto here on Tuesday.",
        [("visit", "held", ["CHL", "PAK"], "2024-06-11")],  # talks on a visit are the visit
    ),
    (
        "the-head-of-state-in-a-home-agencys-story",
        "Astana, June 11 (Kazinform) The Head of State had a telephone conversation with the "
        "Prime Minister of Peru Luis Vega on Tuesday.",
        [("call", "held", ["KAZ", "PER"], "2024-06-11")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [row[1:] for row in SHAPES], ids=[row[0] for row in SHAPES]
)
def test_shape(body: str, expected: list[ShapeSummary]) -> None:
    """Each shape gives the events a reader of the story would list."""
    assert _meetings_shapes(body) == expected


# (row id, headline, body, expected meetings)
MEETING_ROWS: list[tuple[str, str | None, str, list[Brief]]] = [
    # Under a headline of one state and one body, "the two sides" are that state and body.
    (
        "two-sides-of-a-state-and-a-body",
        "Peru in EU fishing quota row",
        "Lima has asked the WTO to rule on the quotas. EU fisheries commissioner Lena Holt "
        "expects the two sides to resume talks on the quotas.",
        [("meeting", "planned", ["PER"], "EU", None)],
    ),
    # A third body named in the sentence is no side of the pair's bilateral talks, and
    # the talks told before take the mention (one record).
    (
        "bilateral-talks-told-before-take-the-mention",
        "EU-Peru seeking deal on fishing dispute",
        "The EU and Peru have agreed to begin talks on fishing quotas, EU fisheries "
        "commissioner Lena Holt said. Both sides agreed to drop their requests for WTO "
        "arbitration to allow bilateral talks to continue.",
        [("meeting", "planned", ["PER"], "EU", None)],
    ),
    # A headline naming two states (no body) gives the body's talks no state of its own.
    (
        "headline-of-two-states-is-no-body-pair",
        "Peru and Chile in fishing quota row",
        "EU fisheries commissioner Lena Holt said the two sides had agreed to reopen talks.",
        [("meeting", "planned", [], "EU", None)],
    ),
    # Negotiations told as taking place are held talks: "under way with", "that ended".
    (
        "negotiations-under-way-with-a-state",
        None,
        "Soto said the dispute showed why Chile needs a new way to settle irritants in the "
        "fisheries negotiations under way with Peru.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "described-negotiations-in-a-city",
        None,
        "Soto said the accord between Chile and Peru was reached after lengthy bilateral "
        "negotiations in Lima on May 8.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    # Negotiations only recalled as the road to a deal, with no end, place or side, are none.
    (
        "months-of-negotiations-are-no-event",
        None,
        "The pact, struck after months of heated negotiations, bound Chile and Peru.",
        [],
    ),
    # A headline naming one state and two bodies names no single pair.
    (
        "headline-with-two-bodies-is-no-pair",
        "Peru, EU and WTO in fishing quota row",
        "EU fisheries commissioner Lena Holt said the two sides had agreed to reopen talks.",
        [("meeting", "planned", [], "EU", None)],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [r[1:] for r in MEETING_ROWS],
    ids=[r[0] for r in MEETING_ROWS],
)
def test_corpus_prose11_meeting_row(title: str | None, body: str, expected: list[Brief]) -> None:
    """Each row's story gives exactly the meetings it lists."""
    assert briefs_of(body, title) == expected


# (row id, outlet, body, expected meetings): a first-person speaker in a government's own
# statement is its leader, so the outlet's state is a side; elsewhere "I" names no state.
FIRST_PERSON_ROWS: list[tuple[str, str, str, list[Brief]]] = [
    (
        "whom-i-met-with",
        "The White House (Briefing Room)",
        # (one meeting: "met with several times" is a habit, no event; see the audit table)
        "President Ana Ortiz of Chile, whom I met with in Santiago last year as Vice President, "
        "has long led this work.",
        [("meeting", "held", ["CHL", "USA"], None, "2022")],
    ),
    (
        "i-spoke-with",
        "The White House (Briefing Room)",
        "Today I spoke with President Ana Ortiz of Chile about the fisheries plan.",
        [("call", "held", ["CHL", "USA"], None, "2023-05-10")],
    ),
    (
        "a-wire-story-has-no-home-speaker",
        "Reuters",
        "Today I spoke with President Ana Ortiz of Chile about the fisheries plan.",
        [],
    ),
    (
        "a-quoted-i-is-not-the-outlet",
        "The White House (Briefing Room)",
        "Ana Ortiz said: “I met with the ministers of Peru in March.”",
        [],
    ),
]


@pytest.mark.parametrize(
    ("outlet", "body", "expected"),
    [r[1:] for r in FIRST_PERSON_ROWS],
    ids=[r[0] for r in FIRST_PERSON_ROWS],
)
def test_corpus_prose11_first_person_row(outlet: str, body: str, expected: list[Brief]) -> None:
    """Each row's statement gives exactly the meetings it lists."""
    assert briefs_of(body, outlet=outlet) == expected


# (row id, body, expected meetings); the page is published 2023-05-10 (a Wednesday)
MEETING_ROWS_PROSE12: list[tuple[str, str, list[Brief]]] = [
    # Negotiations or discussions taken up again are an event of talks: planned when the
    # resumption is still to come, held when told as done.
    (
        "agreed-to-resume-negotiations-in-a-city",
        "Peru and Chile agreed to resume negotiations in Lima next month.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "called-on-to-resume-discussion-on-a-day",
        "The mediators called on Peru and Chile to resume urgent discussion on Friday in Lima.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-05-12")],
    ),
    (
        "resumed-their-negotiations",
        "Peru and Chile resumed their fisheries negotiations in Lima on Monday.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "a-body-resumes-negotiations-in-a-host-state",
        "EU farm ministers failed to agree on prices and will resume negotiations in "
        "Luxembourg next month.",
        [("conference", "planned", ["LUX"], "EU", "2023-06")],
    ),
    # An official titled once by a one-word name ("President Harlan") is the same official
    # when the name comes back bare ("Harlan said"): the call has both sides.
    (
        "bare-one-word-name-resolves-to-the-titled-official",
        "WASHINGTON, May 10 - President Harlan said the United States remains committed to "
        "the pact.\n\nHarlan said Peruvian Prime Minister Tomas Soto said in a telephone "
        "conversation on Tuesday that Peru would act.",
        [("call", "held", ["PER", "USA"], None, "2023-05-09")],
    ),
    # A definite mention of the pair's talks with no tense of its own, after their planned
    # meeting, is that meeting (not a second, held one).
    (
        "the-a-b-talks-after-a-planned-meeting",
        "WASHINGTON, May 10 - Peruvian Prime Minister Tomas Soto and President Harlan will "
        'meet Thursday and Friday to discuss trade.\n\n"Unless something surprising comes '
        'out of the Soto/Harlan talks, the dollar will stay put," one trader said.',
        [("meeting", "planned", ["PER", "USA"], None, "2023-05-11")],
    ),
    # A domestic body taking up a debate again names no state and no body: no record.
    (
        "parliament-resumes-discussion-of-a-bill",
        "The parliament will resume discussion of the budget bill next week.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in MEETING_ROWS_PROSE12],
)
def test_corpus_prose12_meeting_row(body: str, expected: list[Brief]) -> None:
    """Each row's body gives exactly the meetings the row lists, in order."""
    assert briefs_of(body) == expected


# (row id, headline, body, expected meetings): a headline in capitals names its states as
# a title-case one does, and they give the one-sided event its other side.
HEADLINE_ROWS: list[tuple[str, str, str, list[Brief]]] = [
    (
        "headline-in-capitals-gives-the-other-side",
        "PERU TRADE TEAM FACES TOUGH TALKS",
        "A special trade delegation leaves for Washington tomorrow to renegotiate the "
        "textile accord.\n\nThe delegation's leader, Tomas Soto, told reporters he would "
        "face tough talks in Washington next week because of rising protectionist sentiment.",
        [("visit", "planned", ["PER", "USA"], None, "2023-05")],
    ),
    (
        "same-story-without-a-headline-has-one-side",
        "",
        "A special trade delegation leaves for Washington tomorrow to renegotiate the "
        "textile accord.\n\nThe delegation's leader, Tomas Soto, told reporters he would "
        "face tough talks in Washington next week because of rising protectionist sentiment.",
        [("visit", "planned", ["USA"], None, "2023-05")],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [pytest.param(title, body, want, id=rid) for rid, title, body, want in HEADLINE_ROWS],
)
def test_corpus_prose12_headline_row(title: str, body: str, expected: list[Brief]) -> None:
    """Each row's headline and body give exactly the meetings the row lists."""
    assert briefs_of(body, title=title or None) == expected


# (row id, body, expected meetings); the page is published 2023-05-10 (a Wednesday)
MEETING_ROWS_PROSE13: list[tuple[str, str, list[Brief]]] = [
    # What an event produced, yielded or failed to do is its topic: states named there are
    # neither its sides nor its place. (A body's ministers' meeting is a conference, as the
    # key of the dev article this row imitates has it: first in the text too.)
    (
        "states-in-what-a-meeting-produced-are-no-sides",
        "The April meeting (of trade ministers of the Group of Six and Chile) produced "
        "little hope of lower tariffs in Peru and Bolivia, the institute said.",
        [("conference", "held", ["CHL"], "G-6", "2023-04")],
    ),
    (
        "states-in-what-talks-failed-to-do-are-no-sides",
        "Talks of the G6 ministers with Chile failed to help Peru and Bolivia.",
        [("meeting", "held", ["CHL"], "G-6", None)],
    ),
    # A gathering of the ministers of one portfolio, with no state or body named ("a meeting
    # of trade ministers", "finance ministers hold a meeting") is a conference of many
    # states: its host, and the states whose minister for that portfolio the story names.
    (
        "told-delegates-at-a-meeting-of-portfolio-ministers",
        "Peruvian Trade Minister Ana Rojas told delegates at the informal meeting of trade "
        "ministers why fishing subsidies should go.",
        [("conference", "held", ["PER"], None, None)],
    ),
    (
        "portfolio-ministers-hold-a-meeting-in-a-host-state",
        "Their report is due when finance ministers hold an informal meeting in Chile early "
        "next month.",
        [("conference", "planned", ["CHL"], None, "2023-06")],
    ),
    (
        "ministers-of-the-portfolio-named-elsewhere-in-the-story",
        "Chilean Finance Minister Tomas Soto and Bolivian Finance Minister Eva Cruz spoke "
        "of debt.\n\nFinance ministers will hold a two-day meeting in Lima next week.",
        [("conference", "planned", ["BOL", "CHL", "PER"], None, "2023-05")],
    ),
    (
        "portfolio-ministers-as-the-subject-of-met",
        "Finance ministers met in Lima on Sunday to discuss the debt plan.",
        [("conference", "held", ["PER"], None, "2023-05-07")],
    ),
    (
        "portfolio-ministers-will-meet",
        "Trade ministers will meet in Lima next week.",
        [("conference", "planned", ["PER"], None, "2023-05")],
    ),
    (
        "a-governments-own-state-ministers-are-domestic",
        "State finance ministers met in Delhi on Sunday.",
        [],
    ),
    # A time before "on the eve of" dates what was done then, not the event.
    (
        "a-time-before-on-the-eve-of-is-not-the-event's",
        "Chilean Finance Minister Tomas Soto briefed the press yesterday on the eve of a "
        "two-day meeting of finance ministers which will weigh the debt plan.",
        [("conference", "planned", ["CHL"], None, None)],
    ),
    # One state's ministers, or the definite ministers of a format told before: no crowd.
    (
        "one-states-portfolio-ministers-meet",
        "Peruvian trade ministers held a meeting on tariff reform on Monday.",
        [],
    ),
    # The sides before that verb stay sides.
    (
        "sides-before-the-outcome-verb-stay",
        "Last week's talks between Peru and Chile produced a plan for Bolivia.",
        # (their own time before them dates them, as "Last week's talks of Peru with Chile")
        [("meeting", "held", ["CHL", "PER"], None, "2023-05")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=rid) for rid, body, want in MEETING_ROWS_PROSE13],
)
def test_corpus_prose13_meeting_row(body: str, expected: list[Brief]) -> None:
    """Each row's body gives exactly the meetings the row lists, in order."""
    assert briefs_of(body) == expected
