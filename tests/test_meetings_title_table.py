"""A gathering's own name: its whole name, with "of (the)" and a bracketed acronym in it.

Found in the outputs of every kind of set (wire copy, readouts, the crawled pages): a name
with its acronym in brackets before the meeting word ("the European Political Community (EPC)
summit") was cut at the bracket, giving the title "EPC) summit"; one with "of" in it ("the
Organization of Turkic States summit") lost the words before "of". Titles of meetings are
not scored by the shared scorer (no record moves), but they are what a user reads. Every text
is written for this table.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews import Article, extract

TABLE = [
    (
        "Spain and France took part in the European Political Community (EPC) summit in Granada"
        " on Thursday.",
        "European Political Community (EPC) summit",
    ),
    (
        "The foreign ministers of Kazakhstan and Turkey attended the Organization of Turkic"
        " States summit in Astana on Friday.",
        "Organization of Turkic States summit",
    ),
    (
        "Japan and France sent their finance ministers to the Group of Seven (G-7) meeting in"
        " Paris on Monday.",
        "Group of Seven (G-7) meeting",
    ),
    (
        "Leaders of the South Pacific Forum met in Suva on Monday, with Fiji and Samoa attending.",
        "South Pacific Forum",
    ),
    # near misses that stay as they were
    (
        "Kenya and Uganda attended the Nile Basin Summit in Kampala on Monday.",
        "Nile Basin Summit",
    ),
    (
        "Chile and Peru attended the 12th Pacific Alliance Summit in Lima on Monday.",
        "12th Pacific Alliance Summit",
    ),
]


def _titles(body: str) -> list[str | None]:
    result = extract(Article(body=body, published=dt.date(2023, 10, 11)))
    return [m.title for m in result.meetings if m.kind.value == "conference"]


@pytest.mark.parametrize(("text", "title"), TABLE)
def test_meeting_title_table(text: str, title: str) -> None:
    """The gathering's record carries its whole name."""
    assert _titles(text) == [title]


_WORD = st.sampled_from(["Pacific", "Andean", "Nordic", "Baltic", "Caspian", "Danube", "Coastal"])


@given(st.lists(_WORD, min_size=2, max_size=4, unique=True))
def test_bracketed_acronym_kept_in_title(words: list[str]) -> None:
    """A name of capitalised words and its acronym in brackets is kept whole before "summit"."""
    name = " ".join(words) + " Union"
    acronym = "".join(w[0] for w in words) + "U"
    text = f"Chile and Peru attended the {name} ({acronym}) summit in Lima on Monday."
    assert _titles(text) == [f"{name} ({acronym}) summit"]
