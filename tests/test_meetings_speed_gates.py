"""The cheap tests that spare meeting extraction a regex search must never change its result.

A gate may skip a search only when the search could not match: each test builds
texts from pieces (written for these tests) and checks that whenever the pattern
matches, its gate lets it through.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.meetings._candidates import _BRIEFED_WORDS, _took_part
from diplonews.meetings._filters import _CALLED_FOR_WORDS, holds_any
from diplonews.meetings._places import BRIEFED
from diplonews.meetings._rules import CALLED_FOR, TOPIC_BEFORE
from diplonews.models import Article
from diplonews.text import home_country

_PIECES = [
    "The", "ministers", "called", "Called", "calls", "on", "both", "sides", "to", "resume",
    "urged", "urging", "appealed", "them", "hold", "return", "the", "talks", "briefed",
    "informed", "updated", "Informed", "the", "press", "about", "his", "her", "recent",
    "discussed", "Discussed", "discusses", "trade", "during", "a", "phone", "call", "with",
    "Summit", "Meeting of", "co-chair", "took part", "attended", ",", ".", ";", "recall",
    "surge", "disappeal", "by", "at", "over", "their", "Lima",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)

# (pattern, words its gate looks for)
_WINDOW_GATES = [
    (CALLED_FOR, _CALLED_FOR_WORDS),
    (BRIEFED, _BRIEFED_WORDS),
    (TOPIC_BEFORE, ("discuss",)),
]


@pytest.mark.parametrize(("pattern", "words"), _WINDOW_GATES)
@given(text=_TEXTS, cut=st.integers(min_value=0, max_value=40))
def test_window_gate_lets_every_match_through(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str, cut: int
) -> None:
    """Where the pattern matches in a window, one of the gate's words stands in that window."""
    text += " "  # the window patterns end at a space before the trigger
    lo = min(cut, len(text))
    if pattern.search(text, lo, len(text)) is not None:
        assert holds_any(text, lo, len(text), words)


@pytest.mark.parametrize(
    ("gate", "text", "pos", "matched", "gated"),
    [
        ((CALLED_FOR, _CALLED_FOR_WORDS), "Envoys called on the sides to resume ", 0, True, True),
        # "called" starts before the window: neither a match nor a word in it
        ((CALLED_FOR, _CALLED_FOR_WORDS), "Envoys called on the sides to resume ", 8, False, False),
        ((BRIEFED, _BRIEFED_WORDS), "He briefed the press on his ", 0, True, True),
        ((BRIEFED, _BRIEFED_WORDS), "He told the press on his ", 0, False, False),
        ((TOPIC_BEFORE, ("discuss",)), "They discussed trade during a ", 0, True, True),
        # the word is there but no match: the gate lets the search decide
        ((TOPIC_BEFORE, ("discuss",)), "They discussed it with Chile during a ", 0, False, True),
    ],
)
def test_window_gate_examples(
    gate: tuple[re.Pattern[str], tuple[str, ...]], text: str, pos: int, matched: bool, gated: bool
) -> None:
    """Table: each window pattern and its gate, on sentences with and without its words."""
    pattern, words = gate
    assert (pattern.search(text, pos, len(text)) is not None) is matched
    assert holds_any(text, pos, len(text), words) is gated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ministers of five states took part in the forum.", True),
        ("Delegations of Peru and Chile attended the talks.", True),
        ("The two presidents met in Lima.", False),
    ],
)
def test_took_part_per_sentence(sentence: str, expected: bool) -> None:
    """Read once per sentence, the taking-part test gives the same answer each time."""
    assert _took_part(sentence) is expected
    assert _took_part(sentence) is expected


# (case, outlet, body, home): written for this test; the same body under other outlets
HOMES = [
    ("outlet", "AzerNews", "Talks were held. Follow News.uz on X.", "AZE"),
    ("other outlet", "The Daily Paper", "Talks were held. Follow News.uz on X.", None),
    ("crawled page", None, "Talks were held. Follow News.uz on X.", "UZB"),
    ("crawled, no site", None, "Talks were held.", None),
]


@pytest.mark.parametrize(("case", "outlet", "body", "home"), HOMES, ids=[r[0] for r in HOMES])
def test_home_country_read_once_per_article_is_each_articles_own(
    case: str, outlet: str | None, body: str, home: str | None
) -> None:
    """The home state kept per article depends on its outlet and body, asked in any order."""
    for published in (None, dt.date(2024, 5, 2), None):  # the cached answer, then again
        article = Article(id=case, body=body, outlet=outlet, published=published)
        assert home_country(article) == home
