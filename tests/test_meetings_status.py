"""Meetings: held, planned or cancelled.

Plans (invitations, "due to", "scheduled", dates to come, reported plans, next
sessions), hopes and decisions, departures in the present tense, and what keeps a past
event held. Rows are sentences written for these tests with invented names and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Brief, Summary, briefs_of, summary

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
        [("meeting", "held", ["CHL", "PER"], None, None)],  # a third state's city: no side
    ),
    (
        "discussed-the-negotiations-in-a-city",
        "Chile's cabinet discussed the negotiations in Quito on Monday.",
        [],
    ),
]


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


# A hope for an act told at an event ("the sides hope to sign it at the next meeting of the
# commission") hedges the act, not the event: the meeting is planned. A hope to hold talks
# is still a hope for the talks, and a modal on the act ("could sign the deal at") still hedges.
HOPED_ACT_AT_AN_EVENT: list[tuple[str, str, list[Brief]]] = [
    (
        "hope-to-sign-at-the-next-meeting",
        "Chile and Peru are preparing an agreement on fisheries, which the sides hope to sign at "
        "the next meeting of the intergovernmental commission in June.",
        [("meeting", "planned", ["CHL", "PER"], None, "2023-06")],
    ),
    (
        "could-sign-at-the-next-meeting",
        "The minister said Chile could sign the deal at the next meeting of the intergovernmental "
        "commission.",
        [],
    ),
]


# An invitation to visit ("invited his counterpart to visit Accra", "conveyed the invitation of
# A to B to visit C") is a planned visit of its own, with the article's pair when it names only
# the host's state; it is no mention of the talks, call or session told before it. A visit to
# come told already, a trip told as the one to a session, and a visit paid "at the invitation
# of" someone stay what they were.
INVITATIONS_TO_VISIT: list[tuple[str, str | None, str, list[Brief]]] = [
    (
        "invitation-after-a-planned-session",
        None,
        "Ghanaian Foreign Minister Kofi Mensah received on Tuesday a delegation led by Senegalese "
        "Deputy Foreign Minister Awa Ndiaye, who is in Accra for political consultations. The "
        "sides discussed the agenda of the upcoming session of the joint commission, which is "
        "scheduled to convene in Dakar in July. Ndiaye conveyed an invitation from the Senegalese "
        "President to his Ghanaian counterpart to pay a state visit to Senegal this year.",
        [
            ("visit", "held", ["GHA", "SEN"], None, "2023-05-09"),
            ("meeting", "planned", ["GHA", "SEN"], None, "2023-07"),
            ("visit", "planned", ["GHA", "SEN"], None, "2023"),
        ],
    ),
    (
        "invitation-naming-only-the-host-after-a-held-session",
        "Ghana and Senegal leaders hold videoconference",
        "On Monday, President of Ghana Kofi Mensah held talks by videoconference with President "
        "of Senegal Awa Ndiaye. Attention was also paid to the 9th meeting of the "
        "Ghanaian-Senegalese joint commission, held in Dakar in March. The President of Ghana "
        "invited his counterpart to visit Accra on a state visit at a time convenient for him.",
        [
            ("call", "held", ["GHA", "SEN"], None, "2023-05-08"),
            ("meeting", "held", ["GHA", "SEN"], None, "2023-03"),
            ("visit", "planned", ["GHA", "SEN"], None, None),
        ],
    ),
    (
        "invitation-of-one-speaker-to-another-is-to-come",
        "Ghana, Senegal discuss parliamentary ties",
        "The Speaker of the Ghanaian Parliament Kofi Mensah met the Ambassador of Senegal Awa "
        "Ndiaye in Accra on Monday. The Ambassador conveyed the invitation of the Speaker of the "
        "Senegalese National Assembly to the Speaker to visit Senegal.",
        [
            ("meeting", "held", ["GHA", "SEN"], None, "2023-05-08"),
            ("visit", "planned", ["GHA", "SEN"], None, None),
        ],
    ),
    (
        "accepted-an-invitation-after-talks",
        None,
        "Ghanaian President Kofi Mensah held talks with Senegalese President Awa Ndiaye in Accra "
        "on Monday. Mensah accepted an invitation to visit Dakar next year.",
        [
            ("meeting", "held", ["GHA", "SEN"], None, "2023-05-08"),
            ("visit", "planned", ["GHA", "SEN"], None, "2024"),
        ],
    ),
    (
        "the-visit-to-come-told-already",
        None,
        "Ghanaian President Kofi Mensah will pay a state visit to Senegal in June. Senegalese "
        "President Awa Ndiaye invited him to visit Dakar during their call last week.",
        # the visit, one record; their call last week is a call of its own
        [
            ("visit", "planned", ["GHA", "SEN"], None, "2023-06"),
            ("call", "held", ["GHA", "SEN"], None, "2023-05"),
        ],
    ),
    (
        "visited-at-the-invitation-of",
        None,
        "Ghanaian President Kofi Mensah visited Dakar at the invitation of Senegalese President "
        "Awa Ndiaye on Monday.",
        [("visit", "held", ["GHA", "SEN"], None, "2023-05-08")],
    ),
    (
        "at-the-invitation-of-opens-the-sentence",
        None,
        "At the invitation of Senegalese President Awa Ndiaye, Ghanaian President Kofi Mensah "
        "paid a state visit to Senegal on Monday.",
        [("visit", "held", ["GHA", "SEN"], None, "2023-05-08")],
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [row[1:] for row in INVITATIONS_TO_VISIT],
    ids=[row[0] for row in INVITATIONS_TO_VISIT],
)
def test_an_invitation_to_visit_is_a_planned_visit(
    title: str | None, body: str, expected: list[Brief]
) -> None:
    """An invitation to visit is a planned visit of its own, with the story's pair."""
    assert briefs_of(body, title) == expected


# A reception told with a past verb on a day ("On Monday, the minister received A's
# ambassador") is held and an event of its own, not a mention of a plan the story told before
# (nor does it give the plan its day).
RECEPTION_AFTER_A_PLAN: list[tuple[str, str, list[Brief]]] = [
    (
        "title-subject-after-a-plan",
        "Chile and Peru plan to hold the next meeting of the Joint Economic Commission in Lima in "
        "the autumn, the Chilean Economy Minister told reporters. On Monday, the minister "
        "received Peru's Ambassador to Chile, Ana Ruiz, to go over the commission's agenda.",
        [
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
    (
        "dateline-and-named-minister",
        "SANTIAGO, May 10. Chile and Peru plan to hold the next meeting of the Joint Economic "
        "Commission in Lima in the autumn, Economy Minister Pedro Soto said. On Monday, the "
        "minister received Peru's Ambassador to Chile, Ana Ruiz, to discuss the agenda.",
        [
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
        ],
    ),
]


# "the next (such) meeting" told after a speech verb is a plan, whatever past time the sentence
# told before the verb ("held their first summit last December, X said the next such meeting
# would be held in Peru"): that time is the earlier event's.
NEXT_AFTER_A_RECALLED_TIME: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "next-such-meeting",
        "Recalling that the leaders of Chile, Peru and Bolivia held their first trilateral "
        "summit in Arica last December, the minister said the next such meeting would be held "
        "in Peru.",
        [("conference", "held", "2022-12"), ("meeting", "planned", None)],
    ),
    (
        "next-summit",
        "Recalling that the leaders of Chile, Peru and Bolivia held their first trilateral "
        "summit in Arica last December, the minister said the next summit would be held in Peru.",
        [("conference", "held", "2022-12"), ("conference", "planned", None)],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in NEXT_AFTER_A_RECALLED_TIME],
)
def test_next_after_a_recalled_time(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    """The next session told after "said" is planned, not dated by the earlier event."""
    assert [(kind, status, date) for kind, status, _, _, date in briefs_of(body)] == expected


# "called on the Prime Minister" is a visit of respect, however the sentence goes on after
# ", who"; "called on X to resign" is an appeal.
CALLED_ON: list[tuple[str, str, list[Brief]]] = [
    (
        "called-on-the-pm-who-stressed-the-desire-to",
        "The Chilean delegation also called on Peruvian Prime Minister Luis Vega, who underscored "
        "Peru's desire to deepen ties with the region.",
        [("meeting", "held", ["CHL", "PER"], None, None)],
    ),
    (
        "called-on-the-president-to-resign",
        "The opposition of Peru called on President Luis Vega to resign.",
        [],
    ),
    (
        "called-on-a-state-which-to-lower",
        "The Chilean minister called on Peru, which has raised tariffs, to lower them.",
        [],
    ),
]


# "X to pay a visit", "invited X to make a visit": a visit still to be paid.
TO_PAY_A_VISIT: list[tuple[str, str, list[Brief]]] = [
    (
        "a-headline-to-pay-state-visit",
        "Hungarian President to pay state visit to Chile",
        [("visit", "planned", ["CHL", "HUN"], None, None)],
    ),
    (
        "invited-to-make-an-official-visit",
        "Foreign Minister Ana Ruiz of Peru invited her Chilean counterpart Rosa Mena to make an "
        "official visit to Lima.",
        [("visit", "planned", ["CHL", "PER"], None, None)],
    ),
]


# "would be held", "would take place" after the meeting word: a plan told in reported speech.
REPORTED_PLAN: list[tuple[str, str, list[Brief]]] = [
    (
        "said-the-commission-would-be-held",
        "Chile's Minister of Trade Rosa Mena said earlier that the 4th meeting of the Chile-Peru "
        "Intergovernmental Commission on Economic Cooperation would be held in Lima.",
        [("meeting", "planned", ["CHL", "PER"], None, None)],
    ),
    (
        "said-the-working-group-would-take-place",
        "The minister said the session of the Latvian-Chilean joint working group would take "
        "place in Riga in the autumn.",
        [("meeting", "planned", ["CHL", "LVA"], None, "2023")],
    ),
]


# A session of a working group between two states is their meeting, like a commission's.
WORKING_GROUP: list[tuple[str, str, list[Brief]]] = [
    (
        "the-upcoming-session-of-a-working-group",
        "The sides referred to the preparations for the upcoming session of the Estonian-Maltese "
        "intergovernmental working group, which will take place in Valletta in the autumn.",
        [("meeting", "planned", ["EST", "MLT"], None, "2023")],
    ),
    (
        "the-first-meeting-of-a-working-group-held",
        "The first meeting of the Peru-Ecuador working group on fisheries was held in Quito on "
        "May 2.",
        [("meeting", "held", ["ECU", "PER"], None, "2023-05-02")],
    ),
]


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


def _extract(body: str, title: str | None = None) -> list[Summary]:
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10), title=title)
    return sorted(summary(m) for m in extract_meetings(article))


# A departure told in the present tense is a plan; talks named as its purpose are the trip.
DEPARTURES: list[tuple[str, list[tuple[str, list[str], str | None]]]] = [
    (
        "Chilean Trade Minister Luis Paz leaves today for Lima for trade talks with Peruvian "
        "officials.",
        [("planned", ["CHL", "PER"], "2023-05-10")],
    ),
    (
        "Chilean Trade Minister Luis Paz departs for Lima on Friday for talks with Peruvian "
        "officials.",
        [("planned", ["CHL", "PER"], "2023-05-12")],
    ),
    (
        "Chilean Trade Minister Luis Paz left on Monday for Lima for trade talks with Peruvian "
        "officials.",
        [("held", ["CHL", "PER"], "2023-05-08")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), DEPARTURES)
def test_present_tense_departures_are_plans(
    body: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    """'leaves today for P for talks' is one planned trip; 'left' makes it held."""
    assert [(s[1], s[2], s[3]) for s in _extract(body)] == expected


# An event told as cancelled ("has cancelled a trip to P") is none; a visitor "visiting P"
# in an aside has P for the visit, not the states named in what the visitor then says.
CANCELLED_AND_ASIDES: list[tuple[str, list[Summary]]] = [
    (
        "Chilean Finance Minister Luis Paz has cancelled a trip to Peru because of pressing "
        "business at home.",
        [],
    ),
    ("Chile and Peru called off their talks on Monday.", []),
    (
        "Chilean Finance Minister Luis Paz visited Peru on Monday after cancelling a trip to "
        "Bolivia.",
        [("visit", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz"])],
    ),
    (
        "Peruvian Foreign Minister Ana Ruiz, visiting Santiago, noted that sanctions applied to "
        "Cuba, Syria and Iran but not to Venezuela.",
        [("visit", "held", ["CHL", "PER"], None, ["Ana Ruiz"])],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CANCELLED_AND_ASIDES)
def test_cancelled_events_and_visits_in_an_aside(body: str, expected: list[Summary]) -> None:
    """A cancelled trip is no event; 'X, visiting P, said ...' is a visit to P alone."""
    assert _extract(body) == expected


# An event whose start is told in the present with a time to come is planned.
STARTS_LATER: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "The talks between Chile and Peru open in Lima tomorrow.",
        [("planned", "2023-05-11")],
    ),
    (
        "The talks between Chile and Peru begin in Lima next week after months of delay.",
        [("planned", "2023-05")],
    ),
    (
        "The talks between Chile and Peru opened in Lima on Monday and resume next week.",
        [("held", "2023-05-08")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), STARTS_LATER)
def test_an_event_that_begins_next_week_is_planned(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    """'The talks begin next week' is a plan; 'opened on Monday' stays held."""
    assert [(s[1], s[3]) for s in _extract(body)] == expected


# "next steps" is no plan, and a deadline ("by 2035") is not the date of a later event.
TENSE_AND_DEADLINES: list[tuple[str, list[tuple[str, str, list[str], str | None]]]] = [
    (
        "They discussed next steps in Chile-Peru relations following the meeting between "
        "President Luis Paz of Chile and President Ana Ruiz of Peru in Lima on March 31.",
        [("meeting", "held", ["CHL", "PER"], "2023-03-31")],
    ),
    (
        "They discussed plans to deploy clean energy by 2035 as Peru prepares to host the 30th "
        "United Nations Climate Change Conference of the Parties (COP30) later this year.",
        [("conference", "planned", ["PER"], "2023")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), TENSE_AND_DEADLINES)
def test_next_steps_and_deadlines(
    body: str, expected: list[tuple[str, str, list[str], str | None]]
) -> None:
    """'next steps' keeps a past meeting held; 'by 2035' does not date a conference."""
    assert [s[:4] for s in _extract(body)] == expected


def test_a_departure_named_by_its_weekday_is_planned() -> None:
    """'sets out Friday on a mission to P' is a trip to come, dated the coming Friday."""
    body = (
        "Peruvian Prime Minister Ana Ruiz sets out Friday on a tough mission to Santiago aimed "
        "at defusing the trade dispute."
    )
    assert _extract(body) == [("visit", "planned", ["CHL", "PER"], "2023-05-12", ["Ana Ruiz"])]


# An act to come timed by the event makes the event one to come; "after current talks" or
# "had to ... after" does not.
ACTS_AFTER: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Many analysts said Luis Paz might step down after the Lima summit of Andean nations "
        "in June.",
        [("planned", "2023-06")],
    ),
    (
        "Luis Paz said prices had to rise after the Lima summit of Andean nations in March.",
        [("held", "2023-03")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ACTS_AFTER)
def test_an_act_to_come_after_the_event(body: str, expected: list[tuple[str, str | None]]) -> None:
    """'might step down after the summit in June': the June summit is still to come."""
    assert [(s[1], s[3]) for s in _extract(body)] == expected


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
            # "in the second half of the year": that year (the story's)
            ("meeting", "planned", ["KGZ", "UZB"], None, "2023"),
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


def test_a_session_scheduled_to_be_held_is_planned() -> None:
    """A session named with ", scheduled to be held ..." after it is planned, past verbs before."""
    briefs = briefs_of(
        "Both leaders were satisfied that preparations were under way for the 8th session of the "
        "Chile-Peru High-Level Cooperation Council (HLCC), scheduled to be held in Lima later "
        "this year."
    )
    assert briefs == [("meeting", "planned", ["CHL", "PER"], None, "2023")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(body, want, id=name)
        for name, body, want in SURE_EVENTS
        + HOPED_ACT_AT_AN_EVENT
        + RECEPTION_AFTER_A_PLAN
        + REPORTED_PLAN
        + WORKING_GROUP
        + TO_PAY_A_VISIT
        + CALLED_ON
        + NEXT_STEPS_OF_A_PLAN
        + BODY_TO_MEET
        + DUE_TALKS
        + TO_COME
        + NEXT_SESSIONS
        + ADJECTIVES
    ],
)
def test_status(body: str, expected: list[Brief]) -> None:
    """Each row gives exactly these meetings: held or planned as the row lists."""
    assert briefs_of(body) == expected
