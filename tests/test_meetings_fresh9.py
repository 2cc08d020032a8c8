"""Meetings of unseen news, by families of errors (issue 9), second round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, briefs_of

# A future verb that governs the first meeting word governs the steps joined after it in the
# same clause ("followed by", "after which", "as well as"): they are planned too, and the
# participle "followed" is no past tense.
NEXT_STEPS_OF_A_PLAN: list[tuple[str, str, list[Brief]]] = [
    (
        "will-hold-a-meeting-followed-by-talks",
        "Chilean President Rosa Mena and Peruvian President Luis Vega will hold a one-on-one "
        "meeting followed by talks in an extended format.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "will-hold-a-meeting-after-which-talks",
        "Chilean President Rosa Mena and Peruvian President Luis Vega will hold a tete-a-tete "
        "meeting, after which talks in an expanded format are planned.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "expected-to-have-a-meeting-as-well-as-talks",
        "Chilean President Rosa Mena and Peruvian President Luis Vega are expected to have a "
        "one-on-one meeting as well as talks between the delegations.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "a-visit-whose-talks-will-be-preceded-by-a-meeting",
        "Chilean President Rosa Mena will pay a state visit to Peru on May 20. The talks will be "
        "preceded by a meeting in a narrow format.",
        [("visit", "planned", ["CHL", "PER"], None, "2023-05-20")],
    ),
    # the past stays past
    (
        "held-a-meeting-followed-by-talks",
        "Chilean President Rosa Mena and Peruvian President Luis Vega held a one-on-one meeting "
        "followed by talks in an extended format.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "held-a-meeting-after-which-talks-took-place",
        "Chilean President Rosa Mena and Peruvian President Luis Vega held a one-on-one meeting, "
        "after which talks in an extended format took place.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "a-delegation-accompanied-by-officials-met",
        "The Chilean delegation, accompanied by Peruvian officials, met Bolivian President Juan "
        "Cruz on Monday.",
        [("meeting", "held", ["BOL", "CHL", "PER"], None, "2023-05-08")],
    ),
]

# A visit told in apposition to a person of the talks ("B, who is on a visit to A, met C") is
# one event with the talks of its sentence, dated by them: the crawled key (same annotators as
# the hidden pages) merges this shape, and the spec counts each distinct event once.
APPOSED_VISIT_IS_THE_TALKS: list[tuple[str, str, list[Brief]]] = [
    (
        "b-who-is-on-a-visit-met-c-on-a-day",
        "Bolivian Prime Minister Juan Cruz, who is on an official visit to Paraguay, met with "
        "Paraguayan Prime Minister Ana Ruiz on May 9.",
        [("visit", "held", ["BOL", "PRY"], None, "2023-05-09")],
    ),
    (
        "b-who-came-on-a-working-visit-was-received",
        "Ecuadorian Foreign Minister Jorge Salas, who came to Asuncion on a working visit, was "
        "received by President of Paraguay Ana Ruiz on May 9.",
        [("visit", "held", ["ECU", "PRY"], None, "2023-05-09")],
    ),
    (
        "a-held-visit-is-no-planned-visit",
        "Bolivian Prime Minister Juan Cruz, who is on an official visit to Paraguay, met with "
        "Paraguayan Prime Minister Ana Ruiz on May 9. The sides discussed the visit of the "
        "Paraguayan President to La Paz planned for next year.",
        [
            ("visit", "held", ["BOL", "PRY"], None, "2023-05-09"),
            ("visit", "planned", ["BOL", "PRY"], None, "2024"),
        ],
    ),
]


# A step of the day's programme told by "Earlier," at the sentence's start or by "later" just
# before its verb ("X later held talks with Y") is an event of its own, on the day of the steps.
STEPS_OF_THE_DAY: list[tuple[str, str, list[Brief]]] = [
    (
        "earlier-comma-talks-after-a-reception",
        "Peruvian Prime Minister Luis Vega on Monday received Chilean Foreign Minister Rosa Mena "
        "at the PM Office. Earlier, Mena held delegation-level talks with Peruvian Foreign "
        "Minister Ana Ruiz at the Foreign Office.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "x-later-held-talks-during-a-visit",
        "President of Peru Luis Vega on Monday received Chilean Foreign Minister Rosa Mena, who "
        "arrived in Lima on a two-day working visit. Mena later held talks with her Peruvian "
        "counterpart Ana Ruiz.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "later-said-is-no-step",
        "Peruvian Prime Minister Luis Vega on Monday received Chilean Foreign Minister Rosa Mena. "
        "He later said the talks had been useful.",
        [("meeting", "held", ["CHL", "PER"], None, "2023-05-08")],
    ),
]

# An event the story recalls keeps what its sentence tells: "recalled his visit to X in 2021 and
# the meetings held with Y" are that visit's talks (never the date of the undated news before),
# and a visit each way between the same two states is two visits.
RECALLED_EVENTS: list[tuple[str, str, list[Brief]]] = [
    (
        "the-meetings-of-a-recalled-visit",
        "The President of Peru Luis Vega has received Minister of Foreign Affairs of Chile Rosa "
        "Mena. During the meeting, the head of state recalled his visit to Santiago in 2021 and "
        "the meetings held with President Jorge Salas.",
        [
            ("meeting", "held", ["CHL", "PER"], None, None),
            ("visit", "held", ["CHL", "PER"], None, "2021"),
        ],
    ),
    (
        "a-visit-each-way",
        "The President of Peru Luis Vega has received Minister of Foreign Affairs of Chile Rosa "
        "Mena. During the meeting, the head of state recalled his visit to Santiago in 2021. The "
        "Chilean minister is on a two-day visit to Lima.",
        [
            ("visit", "held", ["CHL", "PER"], None, None),
            ("visit", "held", ["CHL", "PER"], None, "2021"),
        ],
    ),
]

# "We expect a visit", "they await the visit": the event is to come.
EXPECTED_EVENTS: list[tuple[str, str, list[Brief]]] = [
    (
        "we-expect-a-return-visit",
        '"Last year Peruvian President Luis Vega paid a visit to Chile. We expect a return visit '
        'of Chilean President Rosa Mena to Lima this year," the ambassador said.',
        [
            ("visit", "held", ["CHL", "PER"], None, "2022"),
            ("visit", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "they-await-the-visit",
        "The ministers said they await the visit of the Peruvian President to Chile.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]


# The pair's event told with a place in another state than the event before it ("consultations
# in Santiago" after "the visit to Peru") is an event of its own, not a mention of that one.
PLACE_OF_ITS_OWN: list[tuple[str, str, list[Brief]]] = [
    (
        "consultations-in-the-other-state",
        "Chilean Foreign Minister Rosa Mena held a video conference with her Peruvian counterpart "
        "Luis Vega on May 8. The ministers discussed the upcoming visit of the Chilean President "
        "to Peru. The ministry said the two ministers agreed to hold political consultations "
        "between their foreign ministries in Santiago in the autumn.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("visit", "planned", ["CHL", "PER"], None, None),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "consultations-during-the-visit",
        "Chilean Foreign Minister Rosa Mena held a video conference with her Peruvian counterpart "
        "Luis Vega on May 8. The ministers discussed the upcoming visit of the Chilean President "
        "to Peru. The ministry said the two ministers agreed to hold political consultations "
        "during the visit.",
        [
            ("call", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("visit", "planned", ["CHL", "PER"], None, None),
        ],
    ),
]


# A body named with its members, then its future verb ("a joint committee of A and B is expected
# to meet", "the A-B commission would meet"): the body's session is planned, one event.
BODY_TO_MEET: list[tuple[str, str, list[Brief]]] = [
    (
        "a-joint-committee-of-a-and-b-is-expected-to-meet",
        "The minister said that a joint committee of Chile and the EU is expected to meet in "
        "Santiago in the coming weeks to review the deal.",
        [("conference", "planned", ["CHL"], "EU", None)],
    ),
    (
        "the-commission-would-meet",
        "The ambassador said that the Chile-Peru intergovernmental commission would meet in Lima "
        "in October.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-10")],
    ),
    (
        "an-outcome-is-no-plan",
        "The meeting of the foreign ministers of Chile and Peru will not produce a deal, the "
        "minister said.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
]


# Steps of a day's programme: "The same day X received Y" opens a step like "On the same day";
# an envoy is received "newly appointed" with no article; a step takes the day of the held
# steps before it, never the date of a plan told between them ("to be held in the spring").
DAY_OF_THE_STEPS: list[tuple[str, str, list[Brief]]] = [
    (
        "the-same-day-and-newly-appointed-envoys",
        "Minister of Foreign Affairs of Peru Luis Vega on July 4 received newly appointed "
        "Ambassador of Chile Rosa Mena, who presented the copy of her credentials. The same day "
        "Luis Vega received the newly appointed Ambassador of Bolivia Juan Cruz.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2022-07-04"),
            ("meeting", "held", ["BOL", "PER"], None, "2022-07-04"),
        ],
    ),
    (
        "a-step-after-a-plan-takes-the-visit-day",
        "Chilean Foreign Minister Rosa Mena arrived in Lima on Tuesday on a two-day official "
        "visit. She discussed the next session of the joint commission, which will be held in "
        "Santiago in the spring. Later in the day she met Peruvian Deputy Prime Minister Luis "
        "Vega.",
        [
            ("visit", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in NEXT_STEPS_OF_A_PLAN + BODY_TO_MEET],
)
def test_next_steps_of_a_plan_are_planned(body: str, expected: list[Brief]) -> None:
    """A step joined to a planned meeting ("followed by talks") is planned too."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in APPOSED_VISIT_IS_THE_TALKS],
)
def test_a_visit_in_apposition_is_the_talks(body: str, expected: list[Brief]) -> None:
    """A visit told as "B, who is on a visit to A, met C" is one record, on the talks' day."""
    assert briefs_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in STEPS_OF_THE_DAY
        + DAY_OF_THE_STEPS
        + RECALLED_EVENTS
        + EXPECTED_EVENTS
        + PLACE_OF_ITS_OWN
    ],
)
def test_steps_recalled_and_expected_events(body: str, expected: list[Brief]) -> None:
    """Steps of the day are events; recalled events keep their sentence; expected is planned."""
    assert briefs_of(body) == expected


# A dateline the page reader took off the body ("Lima, May 9, ANDINA") is the story's place:
# an official titled with no state is its state's, as under a dateline left in the body.
DATELINE_OFFICIALS: list[tuple[str, str, list[tuple[str, str, list[str], str | None]]]] = [
    (
        "a-call-of-a-titled-president",
        "The ministry released export figures.\n\nSeparately, President Luis Vega spoke by phone "
        "with Chilean President Rosa Mena on May 8. They discussed energy.",
        [("call", "held", ["CHL", "PER"], "2023-05-08")],
    ),
    (
        "a-reception-and-an-accepted-invitation",
        "Foreign Minister Ana Ruiz on Monday received Chilean Foreign Minister Rosa Mena. She also "
        "accepted an invitation to visit Santiago next year.",
        [
            ("meeting", "held", ["CHL", "PER"], "2023-05-08"),
            ("visit", "planned", ["CHL", "PER"], "2024"),
        ],
    ),
]


@pytest.mark.parametrize("dateline", ["Lima, May 9, ANDINA", None])
@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in DATELINE_OFFICIALS],
)
def test_officials_of_a_split_dateline(
    body: str, expected: list[tuple[str, str, list[str], str | None]], dateline: str | None
) -> None:
    """With the dateline, the titled official is its state's; without it, no state is guessed."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), dateline=dateline)
    found = [
        (m.kind.value, m.status.value, [c.alpha_3 for c in m.countries], str(m.date))
        for m in extract_meetings(article)
    ]
    if dateline is not None:
        assert found == expected
    else:
        assert all("PER" not in countries for _, _, countries, _ in found)


# "X will also visit the B region" during a trip to a state told before is a stop of that trip;
# a visit "also" to another state is a visit of its own.
STOPS_OF_A_TRIP: list[tuple[str, str, int]] = [
    (
        "also-visit-a-region-and-a-site-of-the-host",
        "Chilean President Rosa Mena will pay an official visit to Peru on June 7-8. The Chilean "
        "leader will also meet with Prime Minister Ana Ruiz and Parliament Speaker Jorge Salas. "
        "The Chilean leader will also visit the Andean Cusco region and the old cathedral of "
        "Lima, the press service said.",
        1,
    ),
    (
        "also-visit-another-state",
        "Chilean President Rosa Mena will pay an official visit to Peru on June 7-8. She will also "
        "visit Bolivia on June 9.",
        2,
    ),
]


@pytest.mark.parametrize(
    ("body", "visits"),
    [pytest.param(body, n, id=name) for name, body, n in STOPS_OF_A_TRIP],
)
def test_stops_of_a_trip(body: str, visits: int) -> None:
    """A stop inside the host state is the trip told before; another state is another visit."""
    assert [kind for kind, *_ in briefs_of(body)].count("visit") == visits
