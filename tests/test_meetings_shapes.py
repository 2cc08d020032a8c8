"""Meeting shapes of the seed outlets that no key sentence taught (issue 9).

Each row is a class of sentence, written for these tests in the outlets' style
(names, places and dates invented or changed): events on the sidelines of
another, sides named before "between the ministers", and the like.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article, Meeting

# (kind, status, countries, date)
Summary = tuple[str, str, list[str], str | None]


def _summary(meeting: Meeting) -> Summary:
    return (
        meeting.kind.value,
        meeting.status.value,
        [c.alpha_3 for c in meeting.countries],
        str(meeting.date) if meeting.date else None,
    )


def _meetings(body: str, published: dt.date = dt.date(2024, 6, 12)) -> list[Summary]:
    return [_summary(m) for m in extract_meetings(Article(id="t", body=body, published=published))]


SHAPES: list[tuple[str, str, list[Summary]]] = [
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
def test_shape(body: str, expected: list[Summary]) -> None:
    """Each shape gives the events a reader of the story would list."""
    assert _meetings(body) == expected
