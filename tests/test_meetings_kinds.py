"""Meetings: what is a meeting, and of which kind.

Calls (by phone, "called", courtesy calls), visits and trips, gatherings (councils,
sessions of bodies, conferences), and what is no event (speech venues, negotiations as a
process, firms' deals, postings). Rows are sentences written for these tests with
invented names and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, Summary, briefs_of, summary


def _extract(body: str, title: str | None = None, outlet: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title, outlet=outlet)
    return sorted((summary(m) for m in extract_meetings(article)), key=str)


CALL = "Chilean President Ana Ruiz and Peruvian President Luis Paz spoke by telephone on May 8. "


CALLED = ("call", "held", ["CHL", "PER"], "2023-05-08", ["Ana Ruiz", "Luis Paz"])


# Gatherings told after a call: one no event before can be is an event of its own; the host
# named after it as a plan ("that Norway will host") makes it planned and takes part.
GATHERINGS: list[tuple[str, str, list[Summary]]] = [
    (
        "summit-with-its-own-place-and-time",
        CALL + "Most attention went to the agreements reached at the summit in Lima last November.",
        [CALLED, ("conference", "held", ["PER"], "2022-11", [])],
    ),
    # no place or time of its own: a mention, not an event
    (
        "summit-without-place-or-time",
        CALL + "Most attention went to the agreements reached at the summit.",
        [CALLED],
    ),
    (
        "host-will",
        CALL + "Views were exchanged on the trade platform involving Bolivia, Ecuador and Brazil, "
        "and on the extraordinary meeting of NATO foreign ministers that Norway will host.",
        [CALLED, ("conference", "planned", ["NOR"], None, [])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in GATHERINGS], ids=[c[0] for c in GATHERINGS]
)
def test_gatherings_told_after_a_call(body: str, expected: list[Summary]) -> None:
    """A gathering with its own place or time is an event; a host "will host" a planned one."""
    assert _extract(body) == sorted(expected, key=str)


# A trip to attend a gathering is that gathering, not the talks told before it; a state
# whose neighbours meet ("Bolivia's neighbouring countries") is no side of their meeting.
TRIP_TO_A_GATHERING = (
    "Chilean Foreign Minister Ana Ruiz held a meeting with Peruvian Foreign Minister Luis Paz "
    "in Cusco, Peru. Ruiz is on a two-day visit to Peru to attend the third meeting of the "
    "foreign ministers of Bolivia's neighbouring countries."
)


def test_a_trip_to_attend_a_gathering_is_the_gathering() -> None:
    """The talks stay a meeting; the trip and the ministers' meeting are one gathering."""
    assert _extract(TRIP_TO_A_GATHERING) == [
        ("conference", "held", ["CHL", "PER"], None, ["Ana Ruiz"]),
        ("meeting", "held", ["CHL", "PER"], None, ["Ana Ruiz", "Luis Paz"]),
    ]


# (row id, headline, body, expected): calls told "over the phone"; the headline's two states
# are the sides of "the heads of state" (with a date of its own, as for "the sides").
PHONE: list[tuple[str, str | None, str, list[Brief]]] = [
    (
        "over-the-phone",
        None,
        "Chilean and Peruvian foreign ministers discussed bilateral ties over the phone.",
        [("call", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "heads-of-state-of-the-headline",
        "Chilean, Peruvian presidents hold phone talk",
        "The heads of state exchanged views on regional issues over the phone on Monday.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "videoconference",
        None,
        "On May 5, a videoconference was held between the foreign ministries of Chile and Peru.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-05")],
    ),
    (
        "told-reporters-over-the-phone",
        None,
        "The minister told reporters over the phone that Chile would not attend.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"), [c[1:] for c in PHONE], ids=[c[0] for c in PHONE]
)
def test_calls_over_the_phone(title: str | None, body: str, expected: list[Brief]) -> None:
    """A discussion "over the phone" is a call; the headline's pair are "the heads of state"."""
    assert briefs_of(body, title) == expected


def test_many_nations_meeting_is_a_gathering() -> None:
    """Many states as the subject of "meet" ("major nations ... when they meet") is a conference."""
    article = Article(
        id="t",
        body="Finance Minister Luis Paz of Peru expects major nations to confirm their currency "
        "pact when they meet this week in Santiago.",
        published=dt.date(2023, 5, 10),
    )
    assert [(m.kind.value, m.status.value) for m in extract_meetings(article)] == [
        ("conference", "planned")
    ]


def test_a_speech_venue_is_no_meeting() -> None:
    """A gathering someone "told" ("told a conference devoted to ...") is a speech's venue."""
    article = Article(
        id="t",
        body="Ambassador of Chile to Peru Omar Vidal told a conference devoted to the year's "
        "results that trade between Chile and Peru grew.",
        published=dt.date(2023, 5, 10),
    )
    assert extract_meetings(article) == ()


# A body's members as the other side ("his NATO counterparts", "OAS foreign ministers") are
# the body's gathering; named officials of two states on its sidelines stay their talks.
BODY_MEMBERS: list[tuple[str, str, list[str]]] = [
    (
        "members-holding-talks",
        "NATO leaders are holding talks in Brussels on defence spending. Chilean President Ana "
        "Ruiz is meeting her NATO counterparts to agree on a package.",
        ["conference"],
    ),
    (
        "the-leaders-of-two-states-on-the-sidelines",
        "The leaders of Chile and Peru met on the sidelines of the UN General Assembly in New "
        "York.",
        ["conference", "meeting"],
    ),
    (
        "named-officials-on-the-sidelines",
        "Chilean President Ana Ruiz met with Peruvian President Luis Paz on Thursday on the "
        "sidelines of the summit of the NATO heads of state in Brussels.",
        ["conference", "meeting"],
    ),
]


@pytest.mark.parametrize(
    ("body", "kinds"), [c[1:] for c in BODY_MEMBERS], ids=[c[0] for c in BODY_MEMBERS]
)
def test_a_bodys_members_gathering(body: str, kinds: list[str]) -> None:
    """Talks with a body's members are its gathering; two named sides keep their own talks."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert sorted(m.kind.value for m in extract_meetings(article)) == kinds


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Talks between Chilean and Peruvian delegations are under way in Lima.",
            ("meeting", "held", ["CHL", "PER"]),
        ),
        (
            "Consultations between the foreign ministries of Chile and Peru were held in Lima.",
            ("meeting", "held", ["CHL", "PER"]),
        ),
        (
            "Chilean Foreign Minister Ana Ruiz departed for Lima on Tuesday.",
            ("visit", "held", ["CHL", "PER"]),
        ),
        (
            "Phone conversation between Chilean and Peruvian presidents took place on Monday.",
            ("call", "held", ["CHL", "PER"]),
        ),
        (
            "Negotiations between the delegations of Chile and Peru were held in Lima on Monday.",
            ("meeting", "held", ["CHL", "PER"]),
        ),
        (
            "Arriving in Lima on Monday, Chilean Foreign Minister Ana Ruiz met Peruvian President "
            "Luis Paz.",
            ("visit", "held", ["CHL", "PER"]),
        ),
    ],
    ids=[
        "talks-opening-a-sentence",
        "consultations-opening-a-sentence",
        "departed-for",
        "phone-conversation-opening-a-sentence",
        "negotiations-were-held",
        "arriving-opening-a-sentence",
    ],
)
def test_capitalised_and_departure_triggers(
    body: str, expected: tuple[str, str, list[str]]
) -> None:
    """Talks named at a sentence's start, and a departure for a capital, are events."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [
        (m.kind.value, m.status.value, [c.alpha_3 for c in m.countries])
        for m in extract_meetings(article)
    ] == [expected]


def test_negotiations_as_a_process_are_no_event() -> None:
    """Negotiations told as going on, not as held, make no record."""
    article = Article(
        id="t",
        body="Negotiations between Chile and Peru on a trade deal continue.",
        published=dt.date(2023, 5, 10),
    )
    assert extract_meetings(article) == ()


def test_the_two_countries_meeting_is_no_gathering() -> None:
    """Two neighbouring countries that "will meet" are two sides, not a crowd of states."""
    article = Article(
        id="t",
        body="Chile and Peru, the two neighbouring countries, will meet in Lima on May 20.",
        published=dt.date(2023, 5, 10),
    )
    assert [(m.kind.value, m.status.value) for m in extract_meetings(article)] == [
        ("meeting", "planned")
    ]


def test_addressing_a_session_of_a_body_is_its_gathering() -> None:
    """A named body's session someone addressed is a gathering (only "told a ..." is a venue)."""
    article = Article(
        id="t",
        body="Chilean President Ana Ruiz addressed a session of the UN General Assembly in New "
        "York on Tuesday.",
        published=dt.date(2023, 5, 10),
    )
    assert [(m.kind.value, m.organization) for m in extract_meetings(article)] == [
        ("conference", "UN General Assembly")
    ]


# "Consultations" named as what a document plans ("a plan of consultations", "a protocol on
# political consultations") are the document's subject, not an event; consultations held, or
# agreed to be held, still are.
CONSULTATIONS_AS_A_DOCUMENTS_SUBJECT: list[tuple[str, str, list[Brief]]] = [
    (
        "signed-a-plan-of-consultations",
        "Following the talks, the two foreign ministers signed a plan of consultations between "
        "the foreign ministries of Chile and Peru for 2024-2025.",
        [],
    ),
    (
        "signed-a-protocol-on-political-consultations",
        "The ministers also signed a protocol on political consultations between the foreign "
        "ministries of Chile and Peru.",
        [],
    ),
    (
        "an-agreement-on-holding-consultations",
        "Chile and Peru reached an agreement on holding consultations in Lima next week.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
    (
        "held-political-consultations",
        "Chilean Foreign Minister Rosa Mena and Peruvian Foreign Minister Luis Vega held "
        "political consultations in Lima on Monday.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


# A courtesy call on an official is a meeting also when a verb of its own follows ("called on X
# and discussed ways to expand trade") or an adverb comes between ("will also call on the UN
# Secretary-General"); "The prime minister" as a subject is the story's prime minister. An
# appeal ("called on Peru to lift the ban") and an airport welcome stay no meeting.
COURTESY_CALLS: list[tuple[str, str, list[Brief]]] = [
    (
        "called-on-and-discussed-ways-to-expand",
        "Chilean Ambassador Pablo Soto called on Peruvian Minister for Economic Affairs Luis Vega "
        "in Lima on Wednesday and discussed ways to expand trade between the two countries.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-10")],
    ),
    (
        "the-prime-minister-will-also-call-on",
        "Chilean Prime Minister Rosa Mena met the President of Peru, Luis Vega, on Wednesday. The "
        "prime minister will also call on the UN Secretary-General on Thursday.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-10"),
            ("meeting", "planned", ["CHL"], "UN", "2023-05-11"),
        ],
    ),
    (
        "called-on-peru-to-lift-is-an-appeal",
        "The Chilean Foreign Minister Rosa Mena called on Peru to lift the ban on imports.",
        [],
    ),
    (
        "met-at-the-airport-is-a-welcome",
        "At the airport, the Prime Minister was met by Deputy Prime Minister of Peru Luis Vega.",
        [],
    ),
]


# A hall or a day between "received" and the guest ("received at the Palace of Peace the
# envoy", "received on May 8 the delegation") still names the guest received.
RECEIVED_WITH_A_HALL_OR_DAY: list[tuple[str, str, list[Brief]]] = [
    (
        "hall-then-envoy",
        "President of Paraguay Pedro Gomez received at the Palace of Lopez the European Union "
        "Special Representative for South America Eva Lind on Monday.",
        [("meeting", "held", ["PRY"], "EU", "2023-05-08")],
    ),
    (
        "day-then-delegation",
        "Prime Minister of Paraguay Ana Ruiz received on May 8 the delegation led by Bolivian "
        "Minister of Economy Juan Cruz.",
        [("meeting", "held", ["BOL", "PRY"], None, "2023-05-08")],
    ),
    (
        "weekday-then-minister",
        "Paraguayan President Pedro Gomez received on Tuesday Bolivian Foreign Minister Juan Cruz.",
        [("meeting", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
    (
        "received-on-a-document-is-no-guest",
        "The ministry received on Tuesday the report of the Bolivian customs service.",
        [],
    ),
]


# "received a call from X" is a call between the two, as "held a call with X" is.
RECEIVED_A_CALL: list[tuple[str, str, list[Brief]]] = [
    (
        "from-his-counterpart",
        "Chilean Foreign Minister Pedro Soto on Tuesday received a call from his Peruvian "
        "counterpart, who thanked him for the help after the floods.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-09")],
    ),
    (
        "from-a-named-president",
        "President of Chile Pedro Soto received a call from President of Peru Ana Ruiz on Monday.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


# A hall or a day between "received" and the guest, where the guest opens on "the new" or on
# "the ambassadors" ("received at the Palace of the Nation the new Ambassador of A, X").
RECEIVED_AT_A_HALL_THE_NEW: list[tuple[str, str, list[Brief]]] = [
    (
        "one-new-envoy",
        "On May 8, Bolivian President Juan Cruz received at the Palace of the Nation the new "
        "Ambassador of Chile Pedro Soto.",
        [("meeting", "held", ["BOL", "CHL"], None, "2023-05-08")],
    ),
    (
        "three-envoys-with-credentials",
        "On May 8, Bolivian President Juan Cruz received at the Palace of the Nation the new "
        "Ambassador of Chile Pedro Soto, the Ambassador of Peru Ana Ruiz and the Ambassador of "
        "Brazil Luis Mota, who presented their credentials.",
        [
            ("meeting", "held", ["BOL", "BRA"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "the-ambassadors-of",
        "On May 8, Bolivian President Juan Cruz received in the Palace of the Nation the "
        "ambassadors of Chile, Peru and Brazil, who presented their credentials.",
        [
            ("meeting", "held", ["BOL", "BRA"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
        ],
    ),
]


# A "Ministerial Council" (the OSCE's, an alliance's) is a gathering; "which opened in Skopje
# on Thursday" gives the gathering its place and first day.
MINISTERIAL_COUNCIL: list[tuple[str, str, list[Brief]]] = [
    (
        "taking-part-which-opened-in",
        "Latvian Foreign Minister Anna Berzina is taking part in the 12th Baltic Ministerial "
        "Council, which opened in Tallinn on Tuesday.",
        [("conference", "held", ["EST", "LVA"], None, "2023-05-09")],
    ),
    (
        "next-council-in-a-capital",
        "The next Ministerial Council will take place in Vilnius in December.",
        [("conference", "planned", ["LTU"], None, "2023-12")],
    ),
]


# A body's council of its members' ministers or leaders is a gathering: "the CIS Heads of
# Government Council", "the Council of Heads of State of the Organization", "the Andean Council
# of Foreign Ministers" (whose preparing sides take part); "a meeting of the X Council of Heads
# of State" stays that one meeting.
MEMBERS_COUNCIL: list[tuple[str, str, list[Brief]]] = [
    (
        "on-the-sidelines-of-the-heads-of-government-council",
        "Chilean Prime Minister Ana Soto met with Peruvian Prime Minister Luis Vera on the "
        "sidelines of the CIS Heads of Government Council in Yerevan in late April.",
        [
            ("conference", "held", ["ARM", "CHL", "PER"], "CIS", "2023-04"),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    (
        "council-of-heads-of-state-convened",
        "On Tuesday, the Council of Heads of State of the OTS convened in Baku.",
        [("conference", "held", ["AZE"], "OTS", "2023-05-09")],
    ),
    (
        "positions-coordinated-ahead-of-it",
        "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vera "
        "in Lima on Tuesday. The ministers coordinated their positions ahead of the Andean "
        "Council of Foreign Ministers, which is set to convene in Quito next week.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-05"),
        ],
    ),
    (
        "a-meeting-of-the-council",
        "A meeting of the CIS Council of Heads of State is taking place in Minsk today.",
        [("conference", "held", ["BLR"], "CIS", "2023-05-10")],
    ),
]


# The councils of the Eurasian Economic Union, named without the union's name, are its
# gatherings: "the meeting of the Eurasian Intergovernmental Council in Bishkek".
UNION_COUNCILS: list[tuple[str, str, list[Brief]]] = [
    (
        "intergovernmental-council",
        "Border issues will be discussed at the meeting of the Eurasian Intergovernmental "
        "Council in Astana on May 24-25.",
        [("conference", "planned", ["KAZ"], "EAEU", "2023-05-24")],
    ),
    (
        "supreme-council",
        "The Supreme Eurasian Economic Council will meet in Yerevan on May 30.",
        [("conference", "planned", ["ARM"], "EAEU", "2023-05-30")],
    ),
]


# Talks told with their medium in one sentence are one call, not a call and a meeting.
TALKS_BY_PHONE: list[tuple[str, str, list[Brief]]] = [
    (
        "talks-via-video-conference",
        "Prime Minister of Malta Paul Borg held talks with Prime Minister of Estonia Kaia Tamm "
        "via video conference on 8 May. The leaders reviewed the agreements reached during the "
        "Estonian Prime Minister's visit to Valletta in February.",
        [
            ("call", "held", ["EST", "MLT"], None, "2023-05-08"),
            ("visit", "held", ["EST", "MLT"], None, "2023-02"),
        ],
    ),
]


def _extract_prose(body: str, title: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title)
    return sorted(summary(m) for m in extract_meetings(article))


# A call told by its verb: "X called <title> Y", "spoke this afternoon with Y",
# "A and B spoke this morning about ...".
CALLS: list[tuple[str, list[Summary]]] = [
    (
        "President Ana Ruiz of Chile called King Tomas of Spain today to offer condolences.",
        [("call", "held", ["CHL", "ESP"], "2023-05-10", ["Ana Ruiz", "Tomas"])],
    ),
    (
        "Chilean Foreign Minister Ana Ruiz called her Peruvian counterpart Luis Paz on Monday.",
        [("call", "held", ["CHL", "PER"], "2023-05-08", ["Ana Ruiz", "Luis Paz"])],
    ),
    (
        "President Ana Ruiz of Chile spoke this afternoon with President Luis Paz of Peru.",
        [("call", "held", ["CHL", "PER"], "2023-05-10", ["Ana Ruiz", "Luis Paz"])],
    ),
    (
        "President Ana Ruiz of Chile and President Luis Paz of Peru spoke this morning about "
        "migration.",
        [("call", "held", ["CHL", "PER"], "2023-05-10", ["Ana Ruiz", "Luis Paz"])],
    ),
    # "called on" someone to act, "so-called": no call
    ("President Ana Ruiz of Chile called on President Luis Paz of Peru to resign.", []),
    ("The so-called President Paz plan of Peru was rejected by Chile.", []),
]


@pytest.mark.parametrize(("body", "expected"), CALLS)
def test_calls_told_by_their_verb(body: str, expected: list[Summary]) -> None:
    """A call is told by 'called <title>', or 'spoke' with a time of day."""
    assert _extract_prose(body) == expected


# A trip told with a time between the verb and its destination.
TRIPS: list[tuple[str, list[Summary]]] = [
    (
        "Chilean envoy Luis Paz traveled this week to Peru and Bolivia to discuss security.",
        [("visit", "held", ["BOL", "CHL", "PER"], "2023-05", ["Luis Paz"])],
    ),
    (
        "Chilean President Luis Paz flew on Monday to Quito for talks.",
        [("visit", "held", ["CHL", "ECU"], "2023-05-08", ["Luis Paz"])],
    ),
    # an airline's routes are no trip
    ("The Chilean flag carrier flies to Quito and Lima every day.", []),
]


@pytest.mark.parametrize(("body", "expected"), TRIPS)
def test_trips_with_a_time_before_the_destination(body: str, expected: list[Summary]) -> None:
    """'traveled this week to P' and 'flew on Monday to P' are visits to P."""
    assert _extract_prose(body) == expected


# Meetings told without a meeting word: "sat down with", "exchanged views with",
# "hosted a dinner for".
OTHER_MEETING_VERBS: list[str] = [
    "Chilean Foreign Minister Luis Paz sat down with Peruvian Foreign Minister Ana Ruiz on Monday.",
    "Chilean Foreign Minister Luis Paz exchanged views with Peruvian Foreign Minister Ana Ruiz on "
    "Monday.",
    "Chilean Foreign Minister Luis Paz hosted a dinner for Peruvian Foreign Minister Ana Ruiz on "
    "Monday.",
]


@pytest.mark.parametrize("body", OTHER_MEETING_VERBS)
def test_meetings_told_by_other_verbs(body: str) -> None:
    """Each sentence is one held meeting of Chile and Peru on the Monday."""
    assert _extract_prose(body) == [
        ("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz", "Ana Ruiz"])
    ]


def _with_bodies(body: str) -> list[tuple[str, str, str | None, str | None]]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    return [
        (m.kind.value, m.status.value, m.organization, str(m.date) if m.date else None)
        for m in extract_meetings(article)
    ]


# A body's session told with the body as the subject is a gathering of that body.
BODY_SESSIONS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "The UN Security Council held an emergency session on Monday.",
        [("conference", "held", "UN Security Council", "2023-05-08")],
    ),
    (
        "The OIC will hold an extraordinary session on Monday.",
        [("conference", "planned", "OIC", "2023-05-15")],
    ),
    # a state's own body is domestic
    ("The Chilean Senate held a special session on Monday.", []),
]


@pytest.mark.parametrize(("body", "expected"), BODY_SESSIONS)
def test_a_bodys_session_named_after_the_body(
    body: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    """'The Security Council held an emergency session' is that body's gathering."""
    assert _with_bodies(body) == expected


# Officials of a region's states meeting in a host state are a gathering there.
REGION_CROWDS: list[tuple[str, list[tuple[str, str, list[str], str | None]]]] = [
    (
        "Arab foreign ministers met in Cairo on Monday.",
        [("conference", "held", ["EGY"], "2023-05-08")],
    ),
    (
        "A meeting of African trade ministers opened in Nairobi on Monday.",
        [("conference", "held", ["KEN"], "2023-05-08")],
    ),
    (
        "Latin American coffee producers will meet in Lima this weekend, Peru's trade minister "
        "said.",
        [("conference", "planned", ["PER"], "2023-05")],
    ),
    # no host: nothing to tell
    ("Arab foreign ministers met on Monday.", []),
]


@pytest.mark.parametrize(("body", "expected"), REGION_CROWDS)
def test_a_regions_officials_meeting_in_a_host_state(
    body: str, expected: list[tuple[str, str, list[str], str | None]]
) -> None:
    """'Arab foreign ministers met in Cairo' is a gathering hosted by Egypt."""
    assert [s[:4] for s in _extract_prose(body)] == expected


def test_talks_for_a_deal_of_firms_are_no_meeting() -> None:
    """'in talks to buy the assets of X' is a deal under negotiation, not a meeting of states."""
    body = (
        "The news follows word from the Peruvian state oil firm that it was in talks to buy "
        "the old fields of an ailing Chilean oil producer."
    )
    assert _extract_prose(body) == []


# A sentence opening with the call ("During the telephone conversation, the two presidents")
# tells that the call took place: the story's pair's call, when none is told before.
OPENING_CALLS: list[tuple[str, str, list[Brief]]] = [
    (
        "call-told-in-an-opening-phrase",
        "Chilean President Ana Ruiz regretted that her planned visit to Lima had been postponed. "
        "During the telephone conversation, the two presidents decided to look for new dates "
        "for the trip.",
        [
            ("visit", "planned", ["CHL", "PER"], None, None),
            ("call", "held", ["CHL", "PER"], None, None),
        ],
    ),
    # a meeting opening the sentence may be one with firms: no event of the pair
    (
        "meeting-in-an-opening-phrase",
        "Chilean President Ana Ruiz regretted that her planned visit to Lima had been postponed. "
        "At the meeting with the investors, the parties talked over new plans.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]


# Meeting words of the region's outlets: an audience given, views exchanged by two named sides.
WORDS: list[tuple[str, str, list[Brief]]] = [
    (
        "gave-an-audience",
        "The Uzbek President Rustam Nazarov gave an audience to Kazakh Foreign Minister Almaz "
        "Tokoev.",
        [("meeting", "held", ["KAZ", "UZB"], None, None)],
    ),
    (
        "exchanged-views",
        "Kazakh Foreign Minister Almaz Tokoev and Uzbek Foreign Minister Rustam Nazarov exchanged "
        "views on regional issues in Tashkent.",
        [("meeting", "held", ["KAZ", "UZB"], None, None)],
    ),
    # views exchanged at the meeting told before are that meeting
    (
        "exchanged-views-at-the-meeting",
        "Kazakh President Almaz Tokoev held talks with Uzbek President Rustam Nazarov. During the "
        "meeting, the sides exchanged views on regional issues.",
        [("meeting", "held", ["KAZ", "UZB"], None, None)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The first meeting of the Kazakh-Uzbek business council was held in Tashkent.", []),
        (
            "The first meeting of the Kazakh-Uzbek intergovernmental council was held in Tashkent.",
            [("meeting", "held", ["KAZ", "UZB"], None, None)],
        ),
    ],
    ids=["business-council", "intergovernmental-council"],
)
def test_a_business_council_is_no_meeting(body: str, expected: list[Brief]) -> None:
    """A session of a business council is one of firms; an intergovernmental one is states'."""
    assert briefs_of(body) == expected


# "Called on" an official (a courtesy call in person) is a meeting; "called on X to act" is an
# appeal.
CALLED_ON: list[tuple[str, str, list[Brief]]] = [
    (
        "courtesy-call",
        "Kazakh Foreign Minister Almaz Tokoev paid a courtesy call on Uzbek President Rustam "
        "Nazarov.",
        [("meeting", "held", ["KAZ", "UZB"], None, None)],
    ),
    (
        "called-on-to-discuss",
        "Kazakh Foreign Minister Almaz Tokoev called on Uzbek President Rustam Nazarov to discuss "
        "trade.",
        [("meeting", "held", ["KAZ", "UZB"], None, None)],
    ),
    (
        "delegation-called-on-later",
        "Kazakh Trade Minister Almaz Tokoev met Uzbek Deputy Prime Minister Rustam Nazarov in "
        "Tashkent on Thursday. Later, the Kazakh delegation called on Uzbek President Omar Vidal "
        "at his residence.",
        [
            ("meeting", "held", ["KAZ", "UZB"], None, "2023-05-04"),
            ("meeting", "held", ["KAZ", "UZB"], None, "2023-05-04"),
        ],
    ),
    (
        "an-appeal",
        "Kazakh Foreign Minister Almaz Tokoev called on Uzbekistan to release the detained "
        "journalists.",
        [],
    ),
    (
        "an-appeal-quoted",
        "Kazakhstan and Uzbekistan have called on Turkey to “stop its operations” at the border.",
        [],
    ),
]


def test_an_envoys_mission_is_no_visit() -> None:
    """An ambassador's "diplomatic mission" is a posting: the farewell meeting stays a meeting."""
    briefs = briefs_of(
        "On May 8, Kazakh Foreign Minister Almaz Tokoev met with Uzbek Ambassador Rustam "
        "Nazarov, who completed his diplomatic mission in Kazakhstan."
    )
    assert briefs == [("meeting", "held", ["KAZ", "UZB"], None, "2023-05-08")]


# Taking part in a gathering tells it took place, with no date or place; numbered sessions
# named together are one event each.
TAKING_PART: list[tuple[str, str, list[Brief]]] = [
    (
        "attended-a-summit",
        "Chilean President Ana Ruiz attended the Andean summit.",
        [("conference", "held", ["CHL"], None, None)],
    ),
    (
        "two-numbered-sessions",
        "The Chilean delegation also took part in COP27 and COP28, where it pledged new funds.",
        [
            ("conference", "held", ["CHL"], None, None),
            ("conference", "held", ["CHL"], None, None),
        ],
    ),
    # a gathering only named, with nobody taking part, no time and no place, is no event
    (
        "only-named",
        "Chilean officials praised the Andean summit format.",
        [],
    ),
]


def test_a_body_in_an_officials_title_is_no_session() -> None:
    """A body in an official's title ("co-chair of the commission") is no session."""
    briefs = briefs_of(
        "Kyrgyz Foreign Minister Almaz Tokoev arrived in Tashkent on Tuesday on a two-day "
        "official visit. Later in the day he met Deputy Prime Minister Rustam Nazarov, co-chair "
        "of the intergovernmental commission on trade."
    )
    assert briefs == [
        ("visit", "held", ["KGZ", "UZB"], None, "2023-05-09"),
        ("meeting", "held", ["KGZ", "UZB"], None, "2023-05-09"),
    ]


def test_a_session_the_co_chairs_hold_is_one() -> None:
    """The co-chairs holding the commission's meeting still make that meeting."""
    briefs = briefs_of(
        "Uzbek Deputy Prime Minister Rustam Nazarov and Kyrgyz Deputy Prime Minister Almaz "
        "Tokoev co-chaired the meeting of the intergovernmental commission in Tashkent on Monday."
    )
    assert briefs == [("meeting", "held", ["KGZ", "UZB"], None, "2023-05-08")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in CONSULTATIONS_AS_A_DOCUMENTS_SUBJECT
        + COURTESY_CALLS
        + RECEIVED_WITH_A_HALL_OR_DAY
        + RECEIVED_A_CALL
        + RECEIVED_AT_A_HALL_THE_NEW
        + MINISTERIAL_COUNCIL
        + MEMBERS_COUNCIL
        + UNION_COUNCILS
        + TALKS_BY_PHONE
        + OPENING_CALLS
        + WORDS
        + CALLED_ON
        + TAKING_PART
    ],
)
def test_kinds(body: str, expected: list[Brief]) -> None:
    """Each row gives exactly these meetings: the events and kinds the row lists."""
    assert briefs_of(body) == expected
