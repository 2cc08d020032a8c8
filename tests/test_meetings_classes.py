"""Classes of meetings the library missed on unseen news (issue 9, recall).

Each table row is a sentence written for these tests (invented names and
places) stating one general rule: envoys received in turn are one meeting each,
other officials of a state make another meeting, a body "on" a field still has
its place and date, the story's pair met on the sidelines of a body's
gathering, and a nameless portfolio minister in the home outlet's story.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, Summary, briefs_of, summary


def _held(states: list[str], date: str | None, names: list[str]) -> Summary:
    return ("meeting", "held", states, date, names)


# Guests received one by one, or envoys presenting credentials: one meeting per state.
IN_TURN: list[tuple[str, str, list[Summary]]] = [
    (
        "credentials",
        "President Ana Ruiz of Chile received the credentials of newly appointed ambassadors "
        "of Peru, Bolivia and Ecuador on Tuesday.",
        [
            _held(["BOL", "CHL"], "2023-05-09", ["Ana Ruiz"]),
            _held(["CHL", "ECU"], "2023-05-09", ["Ana Ruiz"]),
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz"]),
        ],
    ),
    (
        "ambassadors-plural",
        "President Ana Ruiz of Chile received the newly appointed ambassadors of Peru and "
        "Bolivia on Tuesday.",
        [
            _held(["BOL", "CHL"], "2023-05-09", ["Ana Ruiz"]),
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz"]),
        ],
    ),
    (
        "one-after-another",
        "On Tuesday, the President of Chile received one after another the foreign ministers "
        "of Peru, Bolivia and Ecuador.",
        [
            _held(["BOL", "CHL"], "2023-05-09", []),
            _held(["CHL", "ECU"], "2023-05-09", []),
            _held(["CHL", "PER"], "2023-05-09", []),
        ],
    ),
    # an envoy presenting credentials to a head of state meets that head of state
    (
        "presented-credentials",
        "Peruvian Ambassador Luis Paz presented his credentials to Chilean President Ana Ruiz "
        "on Tuesday.",
        [_held(["CHL", "PER"], "2023-05-09", ["Luis Paz", "Ana Ruiz"])],
    ),
    # one ambassador received is one meeting, as before
    (
        "one-ambassador",
        "President Ana Ruiz of Chile received the ambassador of Peru on Tuesday.",
        [_held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz"])],
    ),
]

# Talks of the same pair whose officials for one state are other people: two events.
OTHER_OFFICIALS: list[tuple[str, str, list[Summary]]] = [
    (
        "earlier-talks-of-ministers",
        "Chilean President Ana Ruiz met Peruvian President Luis Paz on Tuesday. Earlier, "
        "Chilean Foreign Minister Omar Vidal held talks with his Peruvian counterpart.",
        [
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz", "Luis Paz"]),
            _held(["CHL", "PER"], "2023-05-09", ["Omar Vidal"]),  # "Earlier,": a step of the day
        ],
    ),
    (
        "guest-also-met-a-minister",
        "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Paz on Tuesday. "
        "Paz also met with Chilean Defence Minister Omar Vidal.",
        [
            _held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz", "Luis Paz"]),
            _held(["CHL", "PER"], None, ["Luis Paz", "Omar Vidal"]),
        ],
    ),
    # one official named in two forms sharing a name word: one event
    (
        "one-official-named-two-ways",
        "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Paz on Tuesday. "
        "President Ana Ruiz Tagle of Chile held talks with Foreign Minister Luis Paz Soldan "
        "of Peru on Tuesday.",
        [
            _held(
                ["CHL", "PER"],
                "2023-05-09",
                ["Ana Ruiz", "Luis Paz", "Ana Ruiz Tagle", "Luis Paz Soldan"],
            )
        ],
    ),
    # the same officials named again: one event
    (
        "same-officials",
        "Chilean President Ana Ruiz received Peruvian Foreign Minister Luis Paz on Tuesday. "
        "During the meeting, Ruiz and Paz discussed trade.",
        [_held(["CHL", "PER"], "2023-05-09", ["Ana Ruiz", "Luis Paz"])],
    ),
]

# The story's pair and its bodies: a body "on" a field keeps its place and date; the
# pair's officials meeting on the sidelines of another body's gathering are the pair's talks.
PAIR: list[tuple[str, str | None, str, list[Summary]]] = [
    (
        "working-group-on-a-field",
        None,
        "Chilean Energy Minister Ana Ruiz met Peruvian Mining Minister Luis Paz in Santiago on "
        "May 2. The ministers noted that the next meeting of the joint working group on energy "
        "will take place in Lima in December.",
        [
            _held(["CHL", "PER"], "2023-05-02", ["Ana Ruiz", "Luis Paz"]),
            ("meeting", "planned", ["CHL", "PER"], "2023-12", []),
        ],
    ),
    (
        "two-countries-on-the-sidelines",
        "Chile, Peru to boost ties",
        "Earlier this month, the prime ministers of the two countries met on the sidelines of "
        "the Andean Intergovernmental Council in Quito.",
        [_held(["CHL", "PER"], "2023-05", [])],
    ),
    (
        "intention-to-meet-is-a-plan",
        None,
        "Chilean President Ana Ruiz and Peruvian President Luis Paz expressed their intention "
        "to meet again in the near future.",
        [("meeting", "planned", ["CHL", "PER"], None, ["Ana Ruiz", "Luis Paz"])],
    ),
]

# A nameless portfolio minister as a side after "between": the home outlet's official.
NAMELESS: list[tuple[str, str, list[Summary]]] = [
    (
        "minister-for-a-portfolio",
        "The deal was reached during a meeting between Minister for Mining and the Peruvian "
        "Ambassador Luis Paz at the ministry.",
        [_held(["PER", "USA"], None, ["Luis Paz"])],
    ),
    # a portfolio naming its own state is that state's
    (
        "minister-of-a-named-state",
        "The deal was reached during a meeting between Minister of Foreign Affairs of Peru "
        "and the Bolivian Ambassador Luis Paz at the ministry.",
        [_held(["BOL", "PER"], None, ["Luis Paz"])],
    ),
]


def _extract(body: str, title: str | None = None, outlet: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title, outlet=outlet)
    return sorted((summary(m) for m in extract_meetings(article)), key=str)


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in IN_TURN], ids=[c[0] for c in IN_TURN]
)
def test_guests_received_in_turn_are_one_meeting_each(body: str, expected: list[Summary]) -> None:
    """Envoys or ministers received one after another make one meeting per state."""
    assert _extract(body) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in OTHER_OFFICIALS], ids=[c[0] for c in OTHER_OFFICIALS]
)
def test_other_officials_of_a_state_make_another_meeting(
    body: str, expected: list[Summary]
) -> None:
    """Talks whose officials for one state differ are two events; the same officials, one."""
    assert _extract(body) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("title", "body", "expected"), [c[1:] for c in PAIR], ids=[c[0] for c in PAIR]
)
def test_the_storys_pair_and_its_bodies(
    title: str | None, body: str, expected: list[Summary]
) -> None:
    """The pair's bodies and talks at another body's gathering are the pair's events."""
    assert _extract(body, title=title) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in NAMELESS], ids=[c[0] for c in NAMELESS]
)
def test_nameless_portfolio_minister_is_the_outlets(body: str, expected: list[Summary]) -> None:
    """A minister named by portfolio alone after "between" is the home outlet's own."""
    assert _extract(body, outlet="The White House") == sorted(expected, key=str)


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


NATO_VISIT = (
    "Secretary General of the North Atlantic Treaty Organization (NATO) Jan Berg is to make a "
    "two-day official visit to Chile on May 12. The message says that the NATO secretary "
    "general will hold meetings with top Chilean officials"
)
# (row id, body, [Brief])
STEPS_AND_PLANS: list[tuple[str, str, list[Brief]]] = [
    # talks told as part of a visit are the visit; told apart, they are talks of their own
    (
        "talks-in-the-course-of-the-visit",
        NATO_VISIT + " in the course of the visit.",
        [("visit", "planned", ["CHL"], "NATO", "2023-05-12")],
    ),
    (
        "talks-not-told-as-part-of-the-visit",
        NATO_VISIT + ".",
        [
            ("visit", "planned", ["CHL"], "NATO", "2023-05-12"),
            ("meeting", "planned", ["CHL"], "NATO", None),
        ],
    ),
    # "also met" after a visit of years ago is one more event, undated by that visit
    (
        "also-met-after-an-old-visit",
        "Chilean President Ana Ruiz has received a delegation led by Peruvian Foreign Minister "
        "Luis Paz. The President recalled his official visit to Peru in 2019. Paz also met with "
        "Chilean Foreign Minister Omar Vidal.",
        [
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("visit", "held", ["CHL", "PER"], None, "2019"),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    # a headline's "X to host" and an invitation to visit are plans
    (
        "headline-to-host",
        "Lima to host trilateral meeting of foreign ministers of Chile, Peru and Bolivia",
        [("meeting", "planned", ["BOL", "CHL", "PER"], None, None)],
    ),
    (
        "invitation-to-visit",
        "President Ana Ruiz of Chile conveyed an invitation for Peruvian President Luis Paz to "
        "visit Chile later this year.",
        [("visit", "planned", ["CHL", "PER"], None, "2023")],
    ),
    # an earlier session of a gathering of many is its host's alone
    (
        "first-such-conference-is-its-hosts",
        "On May 8, the President of Chile received one after another the foreign ministers of "
        "Peru, Bolivia and Ecuador, who are in Santiago for the international water conference. "
        "Last year, the first such conference was held in Santiago as well.",
        [
            ("conference", "held", ["BOL", "CHL", "ECU", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("conference", "held", ["CHL"], None, "2022"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in STEPS_AND_PLANS], ids=[c[0] for c in STEPS_AND_PLANS]
)
def test_steps_of_visits_and_plans(body: str, expected: list[Brief]) -> None:
    """Talks on a visit, steps after an old visit, headline plans and earlier sessions."""
    assert briefs_of(body) == expected


# A story opening with a discussion, then "During the meeting, ...": the talks of the two
# states the discussion names. A discussion naming one state, or a reference that does not
# open its sentence, makes no event.
TOLD_BEFORE: list[tuple[str, str, list[Brief]]] = [
    (
        "during-the-meeting",
        "Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Paz discussed "
        "regional security on May 8. During the meeting, the sides stressed the importance of "
        "trade.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "the-talks-were-held",
        "Chile and Peru discussed cooperation in the energy sector on Monday. The talks were held "
        "in Lima.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "the-sides-were-represented-by",
        "The Chilean side was represented by Deputy Minister Ana Ruiz, and the Peruvian side by "
        "Luis Paz. The consultations were held in Lima on May 8.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "one-state-discussed",
        "Chilean ministers discussed the energy sector on Monday. During the meeting, they "
        "stressed the importance of trade.",
        [],
    ),
    (
        "no-discussion-before",
        "Chile and Peru signed a memorandum on energy on Monday. During the meeting, the sides "
        "stressed the importance of trade.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in TOLD_BEFORE], ids=[c[0] for c in TOLD_BEFORE]
)
def test_opening_reference_to_a_discussion(body: str, expected: list[Brief]) -> None:
    """A "During the meeting" after a discussion of two states is their talks."""
    assert briefs_of(body) == expected


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


# Destinations listed after "including", and the pair meeting in a third state's city.
PLACES: list[tuple[str, str, list[Brief]]] = [
    (
        "travel-to-a-region-including",
        "Chilean Foreign Minister Ana Ruiz will travel to South America, including Peru and "
        "Bolivia, next week.",
        [("visit", "planned", ["BOL", "CHL", "PER"], None, "2023-05")],
    ),
    (
        "the-two-countries-in-a-third-state",
        "Chile and Peru have eased port fees. On May 2, after a high-level meeting in Quito, the "
        "two countries issued a joint statement on tariffs.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_destinations_and_third_state_places(body: str, expected: list[Brief]) -> None:
    """States after "including" are destinations; a third state's city is no side of the pair."""
    assert briefs_of(body) == expected


# (body, state of the official): an official titled without a state in a datelined story is
# the dateline state's, unless a body or another state is named with the title.
DATELINE_OFFICIALS: list[tuple[str, str, str | None]] = [
    (
        "government-title",
        "LIMA, April 27 - Prime Minister Luis Paz will visit Santiago on Thursday for talks.",
        "PER",
    ),
    (
        "title-of-a-body",
        "LIMA, April 27 - World Bank President Luis Paz will visit Santiago on Thursday.",
        None,
    ),
    (
        "state-named-with-the-official",
        "LIMA, April 27 - Deputy Foreign Minister Luis Paz and other senior Chilean officials "
        "will visit Quito on Thursday.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("body", "state"),
    [c[1:] for c in DATELINE_OFFICIALS],
    ids=[c[0] for c in DATELINE_OFFICIALS],
)
def test_dateline_state_of_an_official(body: str, state: str | None) -> None:
    """A government title with no state is the dateline state's official."""
    article = Article(id="t", body=body, published=dt.date(1987, 4, 27))
    (visit,) = extract_meetings(article)
    assert [(p.name, p.country.alpha_3 if p.country else None) for p in visit.participants] == [
        ("Luis Paz", state)
    ]


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


# Hopes about a visit's effect, visits "later this week", talks that "spoke to reaffirm", and
# negotiations after which something was done in a named place.
SURE_EVENTS: list[tuple[str, str, list[Brief]]] = [
    (
        "hope-about-the-visits-effect",
        "LIMA, May 10 - Prime Minister Luis Paz said he hopes his visit to Santiago later this "
        "week will help resolve the port dispute with Chile.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
    (
        "hope-for-the-visit-itself",
        "Prime Minister Luis Paz of Peru hopes to visit Santiago later this year.",
        [],
    ),
    (
        "spoke-to-reaffirm",
        "President Ana Ruiz of Chile and Peruvian President Luis Paz spoke to reaffirm the "
        "friendship between Chile and Peru.",
        [("call", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "after-negotiations-in-a-city",
        "Chile and Peru have extended their fisheries accord after negotiations in Quito.",
        [("meeting", "held", ["CHL", "ECU", "PER"], None, None)],
    ),
    (
        "discussed-the-negotiations-in-a-city",
        "Chile's cabinet discussed the negotiations in Quito on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SURE_EVENTS], ids=[c[0] for c in SURE_EVENTS]
)
def test_events_told_with_hopes_and_outcomes(body: str, expected: list[Brief]) -> None:
    """A hope about a visit's effect leaves the visit sure; a hope to visit is no event."""
    assert briefs_of(body) == expected


# A trip under way in an opening phrase takes no sides from the main clause; a visit whose
# own predicate "will take place" comes late is planned; talks named as a trip's purpose
# ("for talks") are the trip; "amid tensions with B" names no side.
TRIPS: list[tuple[str, str, list[Brief]]] = [
    (
        "continuing-his-tour",
        "Continuing his latest regional tour, Peruvian Foreign Minister Luis Paz is set to visit "
        "Chile within the coming weeks.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "visit-will-take-place",
        "A visit to Chile by Peru's Foreign Minister Luis Paz will take place in the coming "
        "weeks, the spokesperson said.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "travel-for-talks-amid-tensions",
        "Peruvian Foreign Minister Luis Paz will travel to Santiago for talks with his Chilean "
        "counterpart amid tensions with Bolivia.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in TRIPS], ids=[c[0] for c in TRIPS])
def test_trips_and_their_talks(body: str, expected: list[Brief]) -> None:
    """One planned visit in each: its purpose and the tour under way add no event or side."""
    assert briefs_of(body) == expected


def test_a_speech_venue_is_no_meeting() -> None:
    """A gathering someone "told" ("told a conference devoted to ...") is a speech's venue."""
    article = Article(
        id="t",
        body="Ambassador of Chile to Peru Omar Vidal told a conference devoted to the year's "
        "results that trade between Chile and Peru grew.",
        published=dt.date(2023, 5, 10),
    )
    assert extract_meetings(article) == ()


def test_states_of_a_purpose_are_no_sides() -> None:
    """States after the purpose ("consultations to resolve the conflicts in A") are topics."""
    article = Article(
        id="t",
        body="The two presidents committed to regular consultations to resolve the conflicts in "
        "Bolivia and Ecuador.",
        published=dt.date(2023, 5, 10),
    )
    assert extract_meetings(article) == ()


@pytest.mark.parametrize(
    "body",
    [
        "The deal to open formal talks with Peru came despite a demand from Chile.",
        "President Ana Ruiz of Chile and President Luis Paz of Peru committed to launch the "
        "Joint Economic Commission.",
    ],
    ids=["deal-to-open-talks", "committed-to-launch"],
)
def test_decided_talks_are_planned(body: str) -> None:
    """Talks a deal opens or a commitment launches are planned, not held."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [m.status.value for m in extract_meetings(article)] == ["planned"]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Peruvian Minister Luis Paz spoke at the end of a two-week trade mission to Chile.",
            "2023-04",
        ),
        (
            "Peruvian Minister Luis Paz spoke at the end of a three-day visit to Chile.",
            "2023-05-08",
        ),
        ("Peruvian Minister Luis Paz spoke during a visit to Chile.", None),
    ],
    ids=["weeks-give-the-month", "days-give-the-day", "no-length"],
)
def test_event_told_at_its_end_is_dated_by_its_first_day(body: str, date: str | None) -> None:
    """An event told at its end with its length starts that long before its last day."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [str(m.date) if m.date else None for m in extract_meetings(article)] == [date]


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


# The sides of an event named in the next sentence, which has no meeting word of its own.
ATTENDED: list[tuple[str, str, list[Brief]]] = [
    (
        "it-was-attended-by",
        "A trilateral meeting on transport corridors was held in Lima on May 8. It was attended "
        "by the transport ministers of Chile, Peru and Bolivia.",
        [("meeting", "held", ["BOL", "CHL", "PER"], None, "2023-05-08")],
    ),
    (
        "others-also-participated",
        "Chile's and Peru's ministers met in Lima. Representatives of Bolivia and Ecuador also "
        "participated.",
        [("conference", "held", ["BOL", "CHL", "ECU", "PER"], None, None)],
    ),
    # a sentence naming states without telling their attendance adds none
    (
        "no-attendance-told",
        "A trilateral meeting on transport corridors was held in Lima on May 8. Trade between "
        "Chile and Bolivia grew.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ATTENDED], ids=[c[0] for c in ATTENDED]
)
def test_sides_named_as_attending_in_the_next_sentence(body: str, expected: list[Brief]) -> None:
    """Sides told as attending ("It was attended by the ministers of A and B") are the event's."""
    assert briefs_of(body) == expected


def test_discussed_at_a_meeting_takes_the_headlines_pair() -> None:
    """A discussion "at a meeting in P" under a two-state headline is the pair's meeting."""
    article = Article(
        id="t",
        title="Chilean, Peruvian energy ministers meet",
        body="Ana Ruiz and Luis Paz discussed energy cooperation at a meeting in Lima on May 8.",
        published=dt.date(2023, 5, 10),
    )
    assert [
        (m.kind.value, [c.alpha_3 for c in m.countries], str(m.date))
        for m in extract_meetings(article)
    ] == [("meeting", ["CHL", "PER"], "2023-05-08")]


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


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Chilean and Peruvian foreign ministers will hold talks in Lima on May 9.", "planned"),
        ("The ministers recalled preparations for the Chile-Peru summit in April 2023.", "held"),
    ],
    ids=["plan-dated-the-day-before-the-page", "plan-dated-weeks-before-the-page"],
)
def test_a_plan_dated_just_before_the_page_stays_a_plan(body: str, status: str) -> None:
    """A plan dated a day before the page was written before it; weeks before, it is past."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    assert [m.status.value for m in extract_meetings(article)] == [status]


def test_a_session_named_by_its_format() -> None:
    """A session named by its ordinal and format ("in the A – B format") is the format's."""
    article = Article(
        id="t",
        body="On April 12, Chilean Foreign Minister Ana Ruiz took part in the seventh meeting of "
        "foreign ministers in the Andes – Peru format.",
        published=dt.date(2023, 5, 10),
    )
    assert [
        (m.kind.value, m.status.value, m.organization, [c.alpha_3 for c in m.countries])
        for m in extract_meetings(article)
    ] == [("conference", "held", "Andes – Peru", ["CHL", "PER"])]


def test_a_gathering_is_dated_by_its_opening_day() -> None:
    """A gathering told as opened on June 7 is dated June 7, though first told on June 8."""
    article = Article(
        id="t",
        body="On June 8, the President of Chile received the foreign ministers of Peru and "
        "Bolivia, who are in Santiago for the international water conference. The conference, "
        "which opened on June 7, brought together delegations from many states. Trade between "
        "Chile and Peru grew, while Peru and Bolivia built a rail link.",
        published=dt.date(2023, 6, 9),
    )
    dates = {m.kind.value: str(m.date) for m in extract_meetings(article)}
    assert dates["conference"] == "2023-06-07"


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
