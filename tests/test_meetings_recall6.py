"""Classes of meetings the library missed or mistimed on unseen news (issue 9, recall).

Each table row is a sentence written for these tests (invented names and
places) stating one general rule: a word in "-ed" that names a kind ("extended
formats", "the United Nations") is no past tense; "the head of state" as a
subject is the story's head of state; the story's pair named as "the two
presidents" or "the leaders" meets on the sidelines of a gathering, in its
time and place, and takes part in it.
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# A participle used as an adjective names a kind of event, not the time it took place.
ADJECTIVES: list[tuple[str, str, list[Brief]]] = [
    (
        "extended-formats",
        "Chilean and Peruvian delegations will hold extended talks in Lima.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "united-nations",
        "Chilean Foreign Minister Ana Ruiz will attend the United Nations summit in Quito.",
        [("conference", "planned", ["CHL", "ECU"], "UN", None)],
    ),
    (
        "expanded-format",
        "Chilean President Ana Ruiz will travel to Lima, where she will hold talks in an "
        "expanded format and chair the second meeting of the Andean Council.",
        # the numbered session held on the visit is a record beside it, planned too
        [
            ("meeting", "planned", ["CHL", "PER"], None, None),
            ("visit", "planned", ["CHL", "PER"], None, None),
        ],
    ),
    # a verb in "-ed" before the event still makes it held
    (
        "a-verb-in-ed-is-past",
        "Chilean President Ana Ruiz attended the Andean summit in Quito on May 2.",
        [("conference", "held", ["CHL", "ECU"], None, "2023-05-02")],
    ),
]

# "The head of state" standing for the story's head of state: another meeting of the same day.
HEAD_OF_STATE: list[tuple[str, str, list[Brief]]] = [
    (
        "head-of-state-also-met",
        "President of Chile Ana Ruiz met Peruvian President Luis Paz in Lima on Monday. On the "
        "same day, the head of state also met with Prime Minister of Bolivia Omar Vidal.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-08"),
        ],
    ),
]


def test_a_minister_is_no_head_of_state() -> None:
    """With no head of state named before, the phrase stands for nobody: Chile is no side."""
    briefs = briefs_of(
        "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Paz in Lima on "
        "Monday. On the same day, the head of state also met with Prime Minister of Bolivia "
        "Omar Vidal."
    )
    assert ("meeting", "held", ["CHL", "PER"], None, "2023-05-08") in briefs
    assert all(b[2] != ["BOL", "CHL"] for b in briefs)


# The story's pair as "the two presidents" or "the leaders", meeting at a gathering.
PAIR_AT_GATHERING: list[tuple[str, str, list[Brief]]] = [
    (
        "plan-and-past-on-the-sidelines",
        "Chilean President Ana Ruiz and Peruvian President Luis Paz held a phone call on Monday. "
        "The two presidents decided to hold a one-on-one meeting on the sidelines of the "
        "Andean summit, which will take place in Quito on June 8. The leaders last met in "
        "person in March on the sidelines of the Pacific summit in Bogota.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("conference", "planned", ["CHL", "ECU", "PER"], None, "2023-06-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023-06-08"),
            ("conference", "held", ["CHL", "COL", "PER"], None, "2023-03"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-03"),
        ],
    ),
]


# The next session of the pair's council or commission, told during a visit, is a plan of its
# own: named by its body ("interstate council"), or placed in another city than the visit.
NEXT_SESSIONS: list[tuple[str, str, list[Brief]]] = [
    (
        "council-and-commission",
        "Kyrgyz Foreign Minister Almaz Tokoev arrived in Tashkent on Tuesday on a two-day "
        "official visit. He held talks with his Uzbek counterpart Rustam Nazarov. The sides "
        "discussed preparations for the next meeting of the Supreme Interstate Council, which "
        "will be held in Bishkek in the spring. The next meeting of the intergovernmental "
        "commission is expected to take place in Samarkand in the second half of the year.",
        [
            ("visit", "held", ["KGZ", "UZB"], None, "2023-05-09"),
            # the talks, told in a sentence of their own after the visit, are a record too
            ("meeting", "held", ["KGZ", "UZB"], None, "2023-05-09"),
            ("meeting", "planned", ["KGZ", "UZB"], None, "2023"),
            ("meeting", "planned", ["KGZ", "UZB"], None, None),
        ],
    ),
    # talks due on the visit, in its city, are still the visit
    (
        "talks-due-in-the-visits-city",
        "On Tuesday, Kyrgyz Foreign Minister Almaz Tokoev arrived in Tashkent, where he is due "
        "to hold talks with his Uzbek counterpart Rustam Nazarov in Tashkent.",
        [("visit", "held", ["KGZ", "UZB"], None, "2023-05-09")],
    ),
]


# A back-reference naming the plan's day without a year is the plan, not last year's event.
PLAN_DAYS: list[tuple[str, str, list[Brief]]] = [
    (
        "day-of-the-plan",
        "Chilean President Ana Ruiz will visit Lima next month to discuss fishing. Reports of the "
        "trip beginning June 2 came amid a dispute over fishing quotas.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-06-02")],
    ),
    # a year written with the day is that year's: another visit
    (
        "a-year-written",
        "Chilean President Ana Ruiz will visit Lima next month to discuss fishing. Her visit "
        "of June 2, 2022 had ended a dispute over fishing quotas.",
        [
            ("visit", "planned", ["CHL", "PER"], None, "2023-06"),
            ("visit", "held", ["CHL", "PER"], None, "2022-06-02"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in PLAN_DAYS], ids=[c[0] for c in PLAN_DAYS]
)
def test_a_plans_day_told_later(body: str, expected: list[Brief]) -> None:
    """A back-reference's day and month in the plan's month date the plan."""
    assert briefs_of(body) == expected


# Meetings named as several, one per partner: a partner that hosts the gathering is still named
# as one; a state in the place phrase ("in the A city of P") is none.
PARTNERS: list[tuple[str, str, list[Brief]]] = [
    (
        "host-named-as-a-partner",
        "Chilean Foreign Minister Ana Ruiz attended an international conference in Lima this "
        "week. Ana Ruiz met with the conference host, Peru's President Luis Paz, and also had "
        "bilateral meetings with representatives of Peru, Bolivia and Ecuador.",
        [
            ("conference", "held", ["CHL", "PER"], None, "2023-05"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05"),
        ],
    ),
    (
        "state-of-the-place",
        "Chilean President Ana Ruiz held separate meetings with the leaders of Peru, Bolivia and "
        "Ecuador on Saturday in the Colombian city of Bogota, where the summit took place.",
        [
            ("conference", "held", ["BOL", "CHL", "COL", "ECU", "PER"], None, "2023-05-06"),
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-06"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-06"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-06"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in PARTNERS], ids=[c[0] for c in PARTNERS]
)
def test_one_meeting_per_partner(body: str, expected: list[Brief]) -> None:
    """Each partner named is one meeting, the host's too; the place's state is none."""
    assert briefs_of(body) == expected


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


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in OPENING_CALLS], ids=[c[0] for c in OPENING_CALLS]
)
def test_a_call_told_in_an_opening_phrase(body: str, expected: list[Brief]) -> None:
    """A call named in the phrase opening a sentence about the presidents is the pair's."""
    assert briefs_of(body) == expected


def test_a_visitor_told_without_a_state_comes_from_the_pair() -> None:
    """A visit "on a working visit" by someone the story names without a state is the pair's."""
    briefs = briefs_of(
        "A memorandum was signed by Ana Ruiz and Luis Paz, the Prime Ministers of Chile and "
        "Peru. Paz came to Santiago on a working visit."
    )
    assert briefs == [("visit", "held", ["CHL", "PER"], None, None)]


# A mention of the event told already: its date is not the time of a decision about it, nor
# of what happened "since" when its visitor is "the first official to visit".
MENTIONS: list[tuple[str, str, list[Brief]]] = [
    (
        "agreed-in-march",
        "Chilean President Ana Ruiz will pay a visit to Lima next week. The visit by Ruiz was "
        "agreed in March.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
    (
        "first-to-visit-since",
        "Chilean Foreign Minister Ana Ruiz will visit Lima next week. She is the first Chilean "
        "official to visit Peru since the two countries announced new tariffs last month.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in MENTIONS], ids=[c[0] for c in MENTIONS]
)
def test_mentions_of_the_event_told(body: str, expected: list[Brief]) -> None:
    """A decision's date, or a "first to visit since" clause, makes no event of its own."""
    assert briefs_of(body) == expected


# The event in a phrase set off by commas after the subject: its sides end at the comma.
PARENTHESES: list[tuple[str, str, list[Brief]]] = [
    (
        "in-a-call-with",
        "Chilean Foreign Minister Ana Ruiz, in a phone call with her Peruvian counterpart Luis "
        "Paz, voiced readiness to help ease tensions between Bolivia and Ecuador.",
        [("call", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "during-talks-with",
        "Chilean Foreign Minister Ana Ruiz, during talks with her Peruvian counterpart Luis Paz "
        "on Monday, urged Bolivia and Ecuador to settle their dispute.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in PARENTHESES], ids=[c[0] for c in PARENTHESES]
)
def test_an_event_set_off_by_commas(body: str, expected: list[Brief]) -> None:
    """States after the closing comma are the main clause's topic, not the event's sides."""
    assert briefs_of(body) == expected


# Talks whose start is told as due, after what they are on; a deal's dash-joined pair as sides.
DUE_TALKS: list[tuple[str, str, list[Brief]]] = [
    (
        "on-a-pairs-agreement",
        "Negotiations on the future Chile-Peru fisheries accord are expected to open in June, "
        "an official said.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "due-with-its-month",
        "Talks on a new Chile-Peru fisheries deal are set to start in June.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "due-after-the-topic",
        "Talks between the delegations of Chile and Peru on fishing quotas are scheduled to "
        "resume in Lima.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    # a pair named in the topic of talks between named sides is no side ("on" after a person
    # opens the topic, where after "Conference" it is inside a name)
    (
        "pair-in-the-topic-of-others",
        "Chilean Foreign Minister Ana Ruiz held talks with her Ecuadorian counterpart Luis Paz "
        "on the Peru-Bolivia border agreement.",
        [("meeting", "held", ["CHL", "ECU"], None, None)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in DUE_TALKS], ids=[c[0] for c in DUE_TALKS]
)
def test_talks_due_to_begin(body: str, expected: list[Brief]) -> None:
    """Talks "due to begin" are planned; talks on an A-B deal naming no sides are A's and B's."""
    assert briefs_of(body) == expected


# A date told as to come ("next week") makes a present-tense trip a plan, however coarse the
# date it resolves to; a past verb, or a date also told as past, keeps the event held.
TO_COME: list[tuple[str, str, list[Brief]]] = [
    (
        "travelling-next-week",
        "Chilean Foreign Minister Ana Ruiz is travelling to Lima next week.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05")],
    ),
    (
        "visited-last-week",
        "Chilean Foreign Minister Ana Ruiz visited Lima last week and will return next week.",
        [("visit", "held", ["CHL", "PER"], None, "2023-05")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in TO_COME], ids=[c[0] for c in TO_COME]
)
def test_a_date_to_come_makes_a_plan(body: str, expected: list[Brief]) -> None:
    """A trip "next week" is a plan even when the date resolves to the current month."""
    assert briefs_of(body) == expected


# Talks held during a gathering "of" states: those states are the gathering's, not the talks'.
AT_GATHERINGS: list[tuple[str, str, list[Brief]]] = [
    (
        "during-the-summit-of",
        "Chilean President Ana Ruiz met with Peruvian President Luis Paz in Quito during the "
        "summit of Ecuador, Colombia and Bolivia.",
        [
            ("conference", "held", ["BOL", "CHL", "COL", "ECU", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
    # a counterpart named after the gathering is still a side
    (
        "counterpart-after-the-gathering",
        "Chilean President Ana Ruiz held talks at the summit of Andean states in Quito with "
        "Peruvian President Luis Paz.",
        [
            ("conference", "held", ["CHL", "ECU", "PER"], None, None),
            ("meeting", "held", ["CHL", "PER"], None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in AT_GATHERINGS], ids=[c[0] for c in AT_GATHERINGS]
)
def test_talks_during_a_gathering_of_states(body: str, expected: list[Brief]) -> None:
    """The states "of" the gathering the talks were held at are no sides of the talks."""
    assert briefs_of(body) == expected


def test_a_session_scheduled_to_be_held_is_planned() -> None:
    """A session named with ", scheduled to be held ..." after it is planned, past verbs before."""
    briefs = briefs_of(
        "Both leaders were satisfied that preparations were under way for the 8th session of the "
        "Chile-Peru High-Level Cooperation Council (HLCC), scheduled to be held in Lima later "
        "this year."
    )
    assert briefs == [("meeting", "planned", ["CHL", "PER"], None, "2023")]


def test_two_words_of_one_step_are_one_event() -> None:
    """A step told "On the same day" with two meeting words is one more event, not two."""
    briefs = briefs_of(
        "President of Chile Ana Ruiz on Monday received a delegation led by Peru's Foreign "
        "Minister Luis Paz. On the same day, Paz and Chile's Minister of Economy Omar Vidal "
        "co-chaired the 5th meeting of the Chile-Peru Intergovernmental Commission."
    )
    assert briefs == [
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
    ]


# Later mentions of an event told: a finer date within its own dates it; two people of no
# state named who spoke are no session of a call between others.
LATER_MENTIONS: list[tuple[str, str, list[Brief]]] = [
    (
        "set-for-days",
        "Chilean Foreign Minister Ana Ruiz will visit Lima next week for talks with Peruvian "
        "officials. The trip is set for May 16 to 18, a spokesman said.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05-16")],
    ),
    # a date told with "the talks", a process, is a deadline or a stage, not their day
    (
        "deadline-of-the-talks",
        "Chilean and Peruvian negotiators opened talks last year. The talks, with a target "
        "date of October, remain the main issue.",
        [("meeting", "held", ["CHL", "PER"], None, "2022")],
    ),
    (
        "others-spoke",
        "Chilean Foreign Minister Ana Ruiz held a phone call with her Peruvian counterpart Luis "
        "Paz on Friday. Omar Vidal and Jamal Idris spoke on Saturday about the situation in the "
        "region.",
        [("call", "held", ["CHL", "PER"], None, "2023-05-05")],
    ),
    (
        "the-same-two-spoke-again",
        "Chilean Foreign Minister Ana Ruiz held a phone call with her Peruvian counterpart Luis "
        "Paz on Friday. Ruiz and Paz spoke on Sunday about the situation in the region.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-05"),
            ("call", "held", ["CHL", "PER"], None, "2023-05-07"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in LATER_MENTIONS], ids=[c[0] for c in LATER_MENTIONS]
)
def test_later_mentions(body: str, expected: list[Brief]) -> None:
    """A finer date dates the event told; others who spoke make no session of it."""
    assert briefs_of(body) == expected


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


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in WORDS], ids=[c[0] for c in WORDS])
def test_meeting_words(body: str, expected: list[Brief]) -> None:
    """An audience given and views exchanged by two named sides are meetings."""
    assert briefs_of(body) == expected


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


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in CALLED_ON], ids=[c[0] for c in CALLED_ON]
)
def test_called_on_an_official(body: str, expected: list[Brief]) -> None:
    """A call on an official is a meeting; a call on someone to act is an appeal."""
    assert briefs_of(body) == expected


def test_an_envoys_mission_is_no_visit() -> None:
    """An ambassador's "diplomatic mission" is a posting: the farewell meeting stays a meeting."""
    briefs = briefs_of(
        "On May 8, Kazakh Foreign Minister Almaz Tokoev met with Uzbek Ambassador Rustam "
        "Nazarov, who completed his diplomatic mission in Kazakhstan."
    )
    assert briefs == [("meeting", "held", ["KAZ", "UZB"], None, "2023-05-08")]


def test_a_call_reported_on_a_day_is_of_that_day() -> None:
    """A call with no date of its own, "the press service said on Friday", is Friday's."""
    briefs = briefs_of(
        "Kazakh President Almaz Tokoev and Uzbek President Rustam Nazarov discussed trade in a "
        "telephone conversation, the Kazakh presidential press service said on Friday."
    )
    assert briefs == [("call", "held", ["KAZ", "UZB"], None, "2023-05-05")]


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


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in TAKING_PART], ids=[c[0] for c in TAKING_PART]
)
def test_taking_part_in_a_gathering(body: str, expected: list[Brief]) -> None:
    """A gathering taken part in is an event; COP27 and COP28 are two."""
    assert briefs_of(body) == expected


def test_the_head_of_a_states_delegation_is_that_states() -> None:
    """An official "heading the Peruvian delegation" is Peru's, at later mentions of the name."""
    briefs = briefs_of(
        "Chilean Foreign Minister Ana Ruiz led Chile's delegation at the consultations in "
        "Santiago on Monday, and the Peruvian delegation was led by First Deputy Premier and "
        "Foreign Minister Luis Paz. Later, President of Chile Omar Vidal received Paz "
        "at his residence."
    )
    assert briefs == [
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
    ]


def test_states_before_a_relative_clause_are_the_main_clauses() -> None:
    """In "A's dispute with B, which the body took at its summit" A and B are no sides."""
    briefs = briefs_of(
        "Chilean officials welcome the plan to create a monitoring group on Peru's dispute with "
        "Bolivia, which the Andean Community adopted at its last summit in Quito."
    )
    assert briefs == [("conference", "held", ["ECU"], None, None)]


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
    ("body", "expected"), [c[1:] for c in NEXT_SESSIONS], ids=[c[0] for c in NEXT_SESSIONS]
)
def test_the_next_session_is_a_plan_of_its_own(body: str, expected: list[Brief]) -> None:
    """The next session of the pair's body, named or placed elsewhere, is its own plan."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ADJECTIVES], ids=[c[0] for c in ADJECTIVES]
)
def test_a_participle_naming_a_kind_is_no_past(body: str, expected: list[Brief]) -> None:
    """A word in "-ed" naming a kind ("extended talks") leaves a plan planned."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in HEAD_OF_STATE], ids=[c[0] for c in HEAD_OF_STATE]
)
def test_the_head_of_state_is_the_storys(body: str, expected: list[Brief]) -> None:
    """A subject "the head of state" stands for the head of state the story named first."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in PAIR_AT_GATHERING],
    ids=[c[0] for c in PAIR_AT_GATHERING],
)
def test_the_storys_pair_meets_at_a_gathering(body: str, expected: list[Brief]) -> None:
    """The pair ("the two presidents") meets at a gathering in its time and place, and joins it."""
    assert briefs_of(body) == expected
