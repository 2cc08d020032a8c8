"""Classes of meetings told in news prose (issue 9): wire stories, readouts, embassy pages.

Each table row is a sentence written for these tests (invented names and places)
stating one general rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import Summary, summary


def _extract(body: str, title: str | None = None) -> list[Summary]:
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
    assert _extract(body) == expected


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
    assert _extract(body) == expected


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


# A trip whose subject is "The two" or "They" is made by the officials named just before.
PLURAL_SUBJECTS: list[tuple[str, list[Summary]]] = [
    (
        "A newspaper said Peru would tell Chilean Farm Minister Luis Paz and Chilean Trade "
        "Minister Ana Ruiz of its plans. The two are due to visit Peru later this month.",
        [("visit", "planned", ["CHL", "PER"], "2023-05", ["Luis Paz", "Ana Ruiz"])],
    ),
    (
        "Chilean Farm Minister Luis Paz and Trade Minister Ana Ruiz praised the deal. They will "
        "travel to Lima on Friday.",
        [("visit", "planned", ["CHL", "PER"], "2023-05-12", ["Luis Paz", "Ana Ruiz"])],
    ),
    # talks "they" held after a meeting of the same pair stay that meeting
    (
        "Chilean Farm Minister Luis Paz met Peruvian Trade Minister Ana Ruiz in Lima on Monday. "
        "They also held talks on beef.",
        [("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz", "Ana Ruiz"])],
    ),
]


@pytest.mark.parametrize(("body", "expected"), PLURAL_SUBJECTS)
def test_trips_of_the_two_named_before(body: str, expected: list[Summary]) -> None:
    """'The two are due to visit P' takes its visitors from the sentence before."""
    assert _extract(body) == expected


# The sentence after an event naming the officials of several states as its subject, and
# what they discussed, gives that event its sides.
OFFICIALS_AFTER: list[tuple[str, list[list[str]]]] = [
    (
        "On May 4, a delegation of Chile headed by Foreign Minister Ana Ruiz took part in an "
        "inter-regional meeting in Quito. The heads of foreign offices of Chile, Peru, Bolivia "
        "and Ecuador discussed the prospects of cooperation.",
        [["BOL", "CHL", "ECU", "PER"]],
    ),
    # one state's own officials name no further side
    (
        "On May 4, Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Paz in "
        "Arica. The ministers of Chile discussed the prospects of cooperation with Bolivia.",
        [["CHL", "PER"]],
    ),
]


@pytest.mark.parametrize(("body", "expected"), OFFICIALS_AFTER)
def test_officials_of_several_states_after_an_event(body: str, expected: list[list[str]]) -> None:
    """'The ministers of A, B and C discussed ...' after an event gives it A, B and C."""
    assert [s[2] for s in _extract(body)] == expected


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


# An event told at its end starts its length before its last day.
ENDED: list[tuple[str, str]] = [
    ("Chilean Trade Minister Luis Paz ended a three-day visit to Peru on Friday.", "2023-05-03"),
    ("Chilean Trade Minister Luis Paz finished a two-day visit to Peru yesterday.", "2023-05-08"),
    ("Chilean Trade Minister Luis Paz wrapped up a two-day visit to Peru on Monday.", "2023-05-07"),
]


@pytest.mark.parametrize(("body", "first_day"), ENDED)
def test_an_event_told_at_its_end_is_dated_by_its_first_day(body: str, first_day: str) -> None:
    """'ended a three-day visit on Friday' is dated the Wednesday before."""
    assert [s[3] for s in _extract(body)] == [first_day]


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
    assert _extract(body) == [
        ("meeting", "held", ["CHL", "PER"], "2023-05-08", ["Luis Paz", "Ana Ruiz"])
    ]


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


# A short topic between the trigger and its counterpart does not hide the counterpart.
TOPIC_THEN_COUNTERPART: list[tuple[str, list[list[str]]]] = [
    (
        "Chilean Foreign Minister Luis Paz held talks on fishing rights with Peruvian Foreign "
        "Minister Ana Ruiz on Monday.",
        [["CHL", "PER"]],
    ),
    (
        "Chilean Foreign Minister Luis Paz will hold talks on trade with Peruvian Foreign "
        "Minister Ana Ruiz on Monday.",
        [["CHL", "PER"]],
    ),
    # "cooperation with Bolivia" is the topic, not a side
    ("Chile and Peru held talks on cooperation with Bolivia on Monday.", [["CHL", "PER"]]),
]


@pytest.mark.parametrize(("body", "expected"), TOPIC_THEN_COUNTERPART)
def test_a_topic_before_the_counterpart(body: str, expected: list[list[str]]) -> None:
    """'held talks on fishing rights with X': X is a side."""
    assert [s[2] for s in _extract(body)] == expected


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
    assert [s[:4] for s in _extract(body)] == expected


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


# Another event joined after the counterpart ends the counterpart's sides.
JOINED_EVENTS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "The talks followed Chilean President Luis Paz's bilateral meeting with Peruvian "
        "President Ana Ruiz and the historic Chile-Peru-Bolivia Leaders' Summit on April 11.",
        [("conference", ["BOL", "CHL", "PER"]), ("meeting", ["CHL", "PER"])],
    ),
    # a second counterpart after 'and the' is a side
    (
        "Chilean President Luis Paz met the President of Peru and the Foreign Minister of "
        "Bolivia on Monday.",
        [("meeting", ["BOL", "CHL", "PER"])],
    ),
]


@pytest.mark.parametrize(("body", "expected"), JOINED_EVENTS)
def test_an_event_joined_after_the_counterpart(
    body: str, expected: list[tuple[str, list[str]]]
) -> None:
    """'a bilateral meeting with X and the A-B-C summit': the meeting's sides stop at 'and'."""
    assert [(s[0], s[2]) for s in _extract(body)] == expected


# The words an attribution reports name no side of the event the attribution then tells.
ATTRIBUTIONS: list[tuple[str, list[list[str]]]] = [
    (
        "Bolivia is the greatest threat to the region's stability, said Chilean President Luis "
        "Paz on Saturday in a phone call with Peruvian President Ana Ruiz.",
        [["CHL", "PER"]],
    ),
    (
        "Bolivia must change course, Chilean President Luis Paz said after a meeting with "
        "Peruvian President Ana Ruiz.",
        [["CHL", "PER"]],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ATTRIBUTIONS)
def test_reported_words_name_no_side(body: str, expected: list[list[str]]) -> None:
    """'A is a threat, said X in a call with Y': A is not a side of the call."""
    assert [s[2] for s in _extract(body)] == expected


def test_private_travellers_named_far_before_the_visit() -> None:
    """People named a long clause before 'when visiting P' are travellers, not officials."""
    body = (
        "They claim that about 150 people who have taken part in events organised by a "
        "community group in London have been detained by Peruvian authorities when visiting "
        "Peru and questioned."
    )
    assert _extract(body) == []


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


def test_talks_for_a_deal_of_firms_are_no_meeting() -> None:
    """'in talks to buy the assets of X' is a deal under negotiation, not a meeting of states."""
    body = (
        "The announcement comes as the Peruvian state oil firm said it was in talks to buy "
        "former assets of a troubled Chilean oil producer."
    )
    assert _extract(body) == []
