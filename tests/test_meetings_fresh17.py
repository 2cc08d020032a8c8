"""Meetings of unseen news, by families of errors (issue 9), ninth round.

Each table holds one family: rows of sentences written for these tests, in
the style of the outlets, with invented names and figures. A page is
published on 2023-05-10 (a Wednesday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplonews.meetings import extract_meetings
from diplonews.models import Article
from meeting_rows import summary

Row = tuple[str, list[str]]  # (countries joined by "-", the officials named of those expected)


def _rows(body: str, named: set[str]) -> list[Row]:
    """The talks and calls of a page of 2023-05-10, with the officials of ``named`` each has."""
    article = Article(id="t", body=body, published=dt.date(2023, 5, 10))
    return [
        ("-".join(s[2]), sorted(n for n in s[4] if n in named))
        for s in (summary(m) for m in extract_meetings(article))
        if s[0] in ("meeting", "call")
    ]


# Several officials of ONE state met "in separate meetings" / "separately" (or "one after
# another", "in turn"): one meeting per official, as "in separate meetings" with officials of
# several states gives one per state. Without such words, "met A and B" is one meeting.
SEPARATE_OFFICIALS: list[tuple[str, str, list[Row]]] = [
    (
        "received-by-three-in-separate-meetings",
        "President of Peru Ana Soto on Tuesday received a delegation led by Chilean Foreign "
        "Minister Marco Ruiz.\n\n"
        "Later in the day, the Chilean minister was received by Prime Minister Luis Vera, "
        "Defence Minister Pablo Mena and Energy Minister Rosa Quispe, in separate meetings.",
        [
            ("CHL-PER", ["Ana Soto"]),
            ("CHL-PER", ["Luis Vera"]),
            ("CHL-PER", ["Pablo Mena"]),
            ("CHL-PER", ["Rosa Quispe"]),
        ],
    ),
    (
        "also-met-separately-with-two",
        "Latvian Foreign Minister Anna Berzina held talks with Estonian Foreign Minister Karl "
        "Tamm in Tallinn on Tuesday.\n\n"
        "Berzina also met separately with Estonian Prime Minister Olli Saar and Estonian "
        "Economy Minister Jaan Kask.",
        [
            ("EST-LVA", ["Karl Tamm"]),
            ("EST-LVA", ["Olli Saar"]),
            ("EST-LVA", ["Jaan Kask"]),
        ],
    ),
    (
        "in-separate-talks-opener",
        "In separate talks, Chilean Foreign Minister Marco Ruiz on Tuesday met Peruvian "
        "President Ana Soto and Peruvian Prime Minister Luis Vera.",
        [
            ("CHL-PER", ["Ana Soto"]),
            ("CHL-PER", ["Luis Vera"]),
        ],
    ),
    (
        "one-after-another",
        "The Estonian delegation on Tuesday met Latvian Prime Minister Anna Berzina and "
        "Latvian Finance Minister Ilze Ozola one after another.",
        [
            ("EST-LVA", ["Anna Berzina"]),
            ("EST-LVA", ["Ilze Ozola"]),
        ],
    ),
    (
        "together-stays-one",
        "Chilean Foreign Minister Marco Ruiz on Tuesday met Peruvian President Ana Soto and "
        "Peruvian Prime Minister Luis Vera.",
        [("CHL-PER", ["Ana Soto", "Luis Vera"])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in SEPARATE_OFFICIALS],
)
def test_separate_officials(body: str, expected: list[Row]) -> None:
    """Officials of one state met "in separate meetings": one meeting per official."""
    named = {name for _, names in expected for name in names}
    assert sorted(_rows(body, named)) == sorted(expected)


# A step told with the story's visitor as its subject ("the delegation held talks with", "the
# visiting delegation also called on") and no state of its own: one more meeting, between the
# sides of the talks under way, even when the host official is named by an office only.
VISITOR_STEPS: list[tuple[str, str, list[Row]]] = [
    (
        "the-delegation-held-talks",
        "Peruvian Foreign Minister Ana Soto on Monday received a delegation of the Chilean "
        "Senate led by its Deputy Speaker, Marco Ruiz.\n\n"
        "Later the same day the delegation held talks with the President of the Congress, "
        "Luis Vera, on parliamentary ties.",
        [("CHL-PER", ["Ana Soto"]), ("CHL-PER", [])],
    ),
    (
        "the-visiting-delegation-also-called-on",
        "Peru and Chile held political consultations in Lima on Monday, led by Deputy Foreign "
        "Ministers Ana Soto and Marco Ruiz.\n\n"
        "Officials said the visiting delegation also called on the Minister for Energy, Pablo "
        "Mena.",
        [("CHL-PER", []), ("CHL-PER", [])],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [pytest.param(body, want, id=name) for name, body, want in VISITOR_STEPS],
)
def test_visitor_steps(body: str, expected: list[Row]) -> None:
    """The visitor's next step with another host: a meeting of its own."""
    named = {name for _, names in expected for name in names}
    assert sorted(_rows(body, named)) == sorted(expected)
