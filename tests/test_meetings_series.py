"""Meetings in the seed outlets' own shapes (issue 9).

Hosts receiving guests, a visit told day by day, officials named again
without their state. Every sentence here is written for these tests, in the style of the outlets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings._extract import extract_meetings
from diplonews.models import Article
from meeting_rows import Summary, summary

D = dt.date


PUBLISHED = D(2023, 5, 10)


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


ROWS = (
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
    ("body", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_meetings(body: str, expected: list[Summary]) -> None:
    """Each text yields exactly these meetings."""
    assert _meetings(body) == expected


# The official's state from the article: a pair of states the story or the headline names.
ARTICLE_PAIR: list[tuple[str | None, str, list[Summary]]] = [
    (
        None,
        "Paying an official visit to Moldova, Vice President Lado Beridze on Tuesday met the "
        "Moldovan Prime Minister Ion Rusu. The two reviewed Georgian-Moldovan relations.",
        [("visit", "held", ["GEO", "MDA"], "2023-05-09", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "Georgian, Moldovan ministers talk by phone",
        "Foreign Minister Lado Beridze spoke by phone with Moldovan Foreign Minister Ion Rusu "
        "on Monday.",
        [("call", "held", ["GEO", "MDA"], "2023-05-08", ["Lado Beridze", "Ion Rusu"])],
    ),
    (
        "Trade between Georgia and Armenia grows",
        "Foreign Minister Lado Beridze spoke by phone with Moldovan Foreign Minister Ion Rusu "
        "on Monday.",
        [("call", "held", ["MDA"], "2023-05-08", ["Lado Beridze", "Ion Rusu"])],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    ARTICLE_PAIR,
    ids=["pair-in-the-story", "pair-in-the-headline", "two-candidates-add-none"],
)
def test_other_side_from_the_article(title: str | None, body: str, expected: list[Summary]) -> None:
    """A one-state record whose official has no state takes the article's paired state."""
    assert _meetings(body, title=title) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "President Ali Demir received the Moldovan Foreign Minister Ion Rusu on May 3, Trend "
            "reports.",
            [("meeting", "held", ["AZE", "MDA"], "2023-05-03", ["Ali Demir", "Ion Rusu"])],
        ),
        (
            "ASTANA. KAZINFORM – President Ali Demir received the Moldovan Foreign Minister Ion "
            "Rusu on May 3.",
            [("meeting", "held", ["KAZ", "MDA"], "2023-05-03", ["Ali Demir", "Ion Rusu"])],
        ),
        (
            "President Ali Demir received the Moldovan Foreign Minister Ion Rusu on May 3.",
            [("meeting", "held", ["MDA"], "2023-05-03", ["Ali Demir", "Ion Rusu"])],
        ),
    ],
    ids=["credited-agency", "agency-dateline", "no-credit"],
)
def test_home_state_of_a_page_from_its_credit(body: str, expected: list[Summary]) -> None:
    """A page without an outlet takes its home state from the agency the story credits."""
    assert _meetings(body) == expected
