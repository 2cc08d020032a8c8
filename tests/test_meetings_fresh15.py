"""Meetings of unseen news, by families of errors (issue 9), eighth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import pytest

from meeting_rows import Brief, briefs_of

# "In separate meetings," opening the sentence before its subject: the verb's partners each
# had a meeting of their own, as in "met A and B in separate meetings".
SEPARATE_OPENER: list[tuple[str, str, list[Brief]]] = [
    (
        "conferred-with-three",
        "In separate meetings, Chilean President Marco Ruiz conferred with Peruvian President "
        "Ana Soto, Bolivian Prime Minister Luis Vera and President of Ecuador Pablo Mena on "
        "Tuesday.",
        [
            ("meeting", "held", ["BOL", "CHL"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "ECU"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "held-talks-with-two",
        "In separate talks, Latvian Foreign Minister Anna Berzina on Monday met Estonian "
        "Foreign Minister Karl Tamm and Finnish Foreign Minister Olli Virta.",
        [
            ("meeting", "held", ["EST", "LVA"], None, "2023-05-08"),
            ("meeting", "held", ["FIN", "LVA"], None, "2023-05-08"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SEPARATE_OPENER],
)
def test_separate_opener(body: str, expected: list[Brief]) -> None:
    """Opening "In separate meetings, X met A, B and C": one meeting with each partner."""
    assert briefs_of(body) == expected


# A session of a body or meeting told just before, named by its possessive or by "one" ("Its
# next session is due in May", "the council will hold its session in Lima", "The next one will
# be held in Quito"): one more session between the same sides.
SESSION_BY_ANAPHOR: list[tuple[str, str, list[Brief]]] = [
    (
        "its-next-session",
        "The Chile-Peru Joint Ministerial Commission last met in Lima in October 2022. Its next "
        "session is due later this year in Santiago.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2022-10"),
            ("meeting", "planned", ["CHL", "PER"], None, "2023"),
        ],
    ),
    (
        "the-council-will-hold-its-session",
        "Chile and Peru adopted a road map on Tuesday at a meeting of the Intergovernmental "
        "Council in Lima, co-chaired by the two countries' prime ministers.\n\n"
        "Next year the council will hold its session in Chile.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
    (
        "the-next-one-will-be-held",
        "The fourth meeting of the Chile-Peru intergovernmental commission was held in Lima on "
        "Monday. The next one will be held in Santiago in 2024.",
        [
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "planned", ["CHL", "PER"], None, "2024"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SESSION_BY_ANAPHOR],
)
def test_session_by_anaphor(body: str, expected: list[Brief]) -> None:
    """A next or last session named by "its" or "one" is one more session of the same sides."""
    assert briefs_of(body) == expected


# Meetings "on the sidelines of the event" (or "of the Summit", "of the Council") take the day
# and place of the gathering of the story's time, not those of an event recalled just before.
SIDELINES_OF_THE_STORY_EVENT: list[tuple[str, str, list[Brief]]] = [
    (
        "after-a-recalled-session",
        "The fourth summit of the Andean Forum was held in Lima on Tuesday under the "
        "chairmanship of Peruvian President Ana Soto.\n\n"
        "The leaders noted that the Treaty on Andean Friendship, signed at the previous meeting "
        "in Quito last year, had entered into force.\n\n"
        "On the sidelines of the event, Ana Soto held separate meetings with Chilean President "
        "Marco Ruiz and Bolivian President Luis Vera.",
        [
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-09"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-09"),
        ],
    ),
    (
        "margins-of-the-summit-then-a-trip-last-week",
        "Latvian President Anna Berzina is taking part in the Baltic Summit in Tallinn on "
        "Tuesday.\n\n"
        "On the margins of the Summit, Berzina held bilateral meetings with the presidents of "
        "Finland and Sweden.\n\n"
        "Last week, Berzina paid an official visit to Helsinki, where she was received by the "
        "Finnish President.",
        [
            ("meeting", "held", ["FIN", "LVA"], None, "2023-05-09"),
            ("meeting", "held", ["LVA", "SWE"], None, "2023-05-09"),
            ("visit", "held", ["FIN", "LVA"], None, "2023-05"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SIDELINES_OF_THE_STORY_EVENT],
)
def test_sidelines_of_the_story_event(body: str, expected: list[Brief]) -> None:
    """Talks on the sidelines of "the event" are on its day and in its place."""
    # the gathering and the recalled session (in Quito: Ecuador's) are other families' records
    talks = [row for row in briefs_of(body) if row[0] != "conference" and "ECU" not in row[2]]
    assert talks == expected


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in MINISTERIAL_COUNCIL],
)
def test_ministerial_council(body: str, expected: list[Brief]) -> None:
    """A Ministerial Council is a gathering, dated and placed by its opening clause."""
    assert briefs_of(body) == expected


# "X held a series of bilateral meetings on the sidelines of the forum, which took place on
# May 8-9", then the meetings told one by one in the days of the forum: their sides take part
# in the forum (a call the same day does not: it is no talks at the forum).
SERIES_ON_THE_SIDELINES: list[tuple[str, str, list[Brief]]] = [
    (
        "a-series-then-each-meeting",
        "Chilean President Marco Ruiz held a series of bilateral meetings with foreign leaders "
        "on the sidelines of the Pacific Forum, which took place in Santiago on May 8-9.\n\n"
        "On May 8, the Head of State met with President of Peru Ana Soto.\n\n"
        "On May 9, Ruiz received Prime Minister of Portugal Joao Pinto.\n\n"
        "In addition, Ruiz had a telephone conversation with President of Brazil Luis Mota on "
        "May 9.",
        [
            ("conference", "held", ["CHL", "PER", "PRT"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PRT"], None, "2023-05-09"),
            ("call", "held", ["BRA", "CHL"], None, "2023-05-09"),
        ],
    ),
    (
        "talks-with-several-leaders-then-a-later-meeting",
        "Peruvian President Ana Soto, who traveled to Quito to attend the Andean Summit, held "
        "talks with several regional leaders on the sidelines of the summit on Monday.\n\n"
        "Soto met with Bolivian President Luis Vera.\n\n"
        "On May 3, Soto had received Chilean President Marco Ruiz in Lima.",
        [
            ("conference", "held", ["BOL", "ECU", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["BOL", "PER"], None, "2023-05-08"),
            ("meeting", "held", ["CHL", "PER"], None, "2023-05-03"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SERIES_ON_THE_SIDELINES],
)
def test_series_on_the_sidelines(body: str, expected: list[Brief]) -> None:
    """A series of talks told on a gathering's sidelines makes their sides its participants."""
    found = briefs_of(body)
    # the lone "held talks with several leaders" (one side) is another family's record
    assert [row for row in found if row[2] != ["PER"]] == expected


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


# A definite event named with a clause telling who held it ("the state visit he paid to
# Santiago last October", "the talks he held with the Peruvian leader") is an event of its
# own, not a mention of one told before.
HELD_BY_CLAUSE: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "the-visit-he-paid",
        "A telephone conversation took place on Monday between President of Chile Marco Ruiz "
        "and President of Peru Ana Soto. Having congratulated his counterpart, the Peruvian "
        "President recalled with warmth the state visit he paid to Santiago last October.",
        [("call", "held", ["CHL", "PER"]), ("visit", "held", ["CHL", "PER"])],
    ),
    (
        "the-talks-he-held",
        "Chilean President Marco Ruiz held a telephone conversation with Peruvian President Ana "
        "Soto on Monday. The Chilean President also noted the productive nature of the talks he "
        "held with the Peruvian leader on the sidelines of the Pacific Summit, which was held "
        "in Quito on May 4.",
        [
            ("call", "held", ["CHL", "PER"]),
            ("conference", "held", ["CHL", "ECU", "PER"]),
            ("meeting", "held", ["CHL", "PER"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in HELD_BY_CLAUSE],
)
def test_held_by_clause(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """Events named with who held them ("the visit he paid to X") are events of their own."""
    assert [(kind, status, sides) for kind, status, sides, _, _ in briefs_of(body)] == expected


# "X was also received by Y" with both sides named is one more step of its own, as when the
# host's state comes from the event under way.
ALSO_RECEIVED_BY: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "after-a-commission",
        "Chile's Deputy Prime Minister Marco Ruiz and Peru's Minister of Economy Ana Soto "
        "co-chaired the ninth meeting of the Chile-Peru Intergovernmental Commission in Lima on "
        "Monday.\n\n"
        "Ruiz was also received by the Peruvian Prime Minister, who called the railway a "
        "project for the whole region.",
        [("meeting", "held", ["CHL", "PER"]), ("meeting", "held", ["CHL", "PER"])],
    ),
    (
        "after-talks-at-a-forum",
        "Chilean Transport Minister Marco Ruiz met with Peruvian Transport Minister Ana Soto on "
        "the sidelines of the Pacific Investment Forum in Quito on Monday.\n\n"
        "Ruiz was also received by Ecuador's Minister of Transport Luis Vera.",
        [
            ("conference", "held", ["CHL", "ECU", "PER"]),
            ("meeting", "held", ["CHL", "PER"]),
            ("meeting", "held", ["CHL", "ECU"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in ALSO_RECEIVED_BY],
)
def test_also_received_by(body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """A guest "also received by" a named host is a meeting of its own."""
    assert [(kind, status, sides) for kind, status, sides, _, _ in briefs_of(body)] == expected
