"""The strings every match holds (:mod:`diplonews._regex_words`): a gate never hides a match.

Patterns and texts are generated from small pieces; wherever a pattern matches, the
text holds one of the pattern's required words. The meeting fallback's expression is
checked the same way on sentences built from its own words and near misses.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews._regex_words import SCAN_ABOVE, holds_required, may_match, required_words
from diplonews.meetings import _fallback

# Pieces of patterns: literals, classes, groups, repeats, lookarounds, anchors.
_ATOMS = [
    "met", "talks", "[Tt]alks", "visit", "[Vv]isit(?:s|ed)?", r"\bsummit\b", "ab", "a", "b",
    r"\s+", r"\w*", ".", "(?=ab)", "(?<!x)", "(?i:talk)", "x?", "(?:met|meet)s?", "(ab)+",
    "(?:ta|lk){1,2}", "[a-c]", "(?:)", "(visit)", "(?>ab)",
]  # fmt: skip
_PATTERNS = st.lists(
    st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=4).map("".join),
    min_size=1,
    max_size=3,
).map("|".join)
_TEXT_PIECES = ["met", "meet", "talk", "talks", "Talks", "visit", "Visited", "summit", "ab", "a",
                "b", " ", "x", "TALK", "abab", "c"]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_TEXT_PIECES), max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PATTERNS, _TEXTS)
def test_a_text_with_a_match_holds_a_required_word(source: str, text: str) -> None:
    """Generated patterns and texts: a match is never where the gate says none can be."""
    pattern = re.compile(source)
    words = required_words(pattern)
    if pattern.search(text) is not None:
        assert holds_required(text, words)


@pytest.mark.parametrize(
    ("source", "flags", "words"),
    [
        (r"\b(?:[Pp]hone\s+call|[Tt]alks|met)\b", 0, ("alks", "hone", "met")),
        (r"(?:met|meets?|meeting)\b", 0, ("meet", "met")),  # "meeting" holds "meet"
        (r"visit(?:ed)?|trip", 0, ("trip", "visit")),
        (r"[Vv]isit(?:ed)?|[Tt]rip", 0, ("isit", "rip")),  # both cases: one string
        (r"talks?", re.IGNORECASE, None),  # case-blind
        (r"(?i)talks", 0, None),
        (r"(?i:talks)|met", 0, None),  # one branch case-blind: nothing required
        (r"ab|talks", 0, None),  # a string too short to be worth a test
        (r"\w+\s+talks", 0, ("talks",)),
        (r"(?:summit)?\s+met", 0, ("met",)),  # an optional group requires nothing
    ],
)
def test_required_words_rows(source: str, flags: int, words: tuple[str, ...] | None) -> None:
    """Table: what each kind of construct requires."""
    assert required_words(re.compile(source, flags)) == words


_SENTENCE_PIECES = [
    "The", "foreign", "ministers", "of", "Peru", "and", "Chile", "met", "meets", "meeting",
    "Meeting", "held", "talks", "Talks", "a", "phone", "Phone", "telephone", "video", "call",
    "conversation", "spoke", "by", "over", "the", "summit", "Summit", "conference", "forum",
    "ministerial", "Ministerial", "visit", "Visited", "trip", "Trip", "consultations",
    "negotiating", "table", "conferred", "session", "Session", "commission", "was", "received",
    "welcomed", "hosted", "President", "delegation", "counterpart", "Ana", "Ruiz", "in", "Lima",
    ",", ".", "metal", "visitor", "striped", "sessions",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map(" ".join))
def test_fallback_gate_never_hides_an_expression(sentence: str) -> None:
    """The fallback's gate: every sentence its expression matches passes it."""
    words = _fallback._expression_words()
    assert words is not None
    if _fallback._EXPRESSION.search(sentence) is not None:
        assert holds_required(sentence, words)


def test_fallback_gate_rows() -> None:
    """Table: sentences with an expression pass; one with none of its strings does not."""
    words = _fallback._expression_words()
    passing = [
        "The two presidents held a telephone conversation on Friday.",
        "Ecuador's minister was received by his Uruguayan counterpart.",
        "Leaders gathered for the Ministerial conference in Quito.",
    ]
    for sentence in passing:
        assert _fallback._EXPRESSION.search(sentence) is not None
        assert holds_required(sentence, words)
    assert not holds_required("Exports of copper rose by a fifth last year.", words)


@settings(max_examples=500, deadline=None)
@given(_PATTERNS, _TEXTS, st.integers(-5, 30), st.integers(-5, 30))
def test_may_match_never_hides_a_match(source: str, text: str, pos: int, endpos: int) -> None:
    """Generated patterns, texts and bounds (negative too): a found match is never ruled out."""
    pattern = re.compile(source)
    if pattern.search(text, pos, endpos) is not None:
        assert may_match(pattern, text, pos, endpos)


def test_may_match_reads_the_window_only() -> None:
    """The words are sought between ``pos`` and ``endpos`` as the search reads them."""
    talks = re.compile(r"\btalks\b")
    assert may_match(talks, "held talks", 2)
    assert not may_match(talks, "held talks", 0, 6)
    assert not may_match(talks, "held talks", -20, 0)
    assert may_match(talks, "held talks", -20)


_MANY = [f"{w}{k}" for k in range(4) for w in ("talks", "visit", "summit", "call")]  # 16 words
_MANY_PATTERN = re.compile("|".join(_MANY))  # more words than a gate tests one by one


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_MANY, "talk", "visi", "x", " ", "1"]), max_size=8).map("".join),
    st.integers(-5, 60),
    st.integers(-5, 60),
)
def test_may_match_with_a_scan_gate_agrees_with_each_word(text: str, pos: int, endpos: int) -> None:
    """Over :data:`SCAN_ABOVE` words, the gate's one scan says what testing each word says."""
    assert len(required_words(_MANY_PATTERN) or ()) > SCAN_ABOVE
    window = text[max(pos, 0) : max(endpos, 0)]
    assert may_match(_MANY_PATTERN, text, pos, endpos) == any(w in window for w in _MANY)
