"""The prose words, the "next round" rule and the fallback's expression match as before.

diplonews.meetings._prose writes ``PROSE_WORDS`` with each branch opening on its own
letter (no "(?:due|expected)" in front of a shared tail) and ``_ROUND`` with the word
before the lookbehinds, so that the engine tries each place of a text on a letter; the
fallback's ``_EXPRESSION`` reads "received" before its lookbehinds too. These tests compare
each with the form it was written in before on hand-written and generated texts: the same
spans and groups.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.meetings import _fallback
from diplonews.meetings._prose import PROSE_RULES, PROSE_WORDS
from diplonews.meetings._rules import ROUND_TOLD

_ROUND_BEFORE = re.compile(
    r"(?:(?<=revious\s)|(?<=ext\s)|(?<=ast\s)|(?<=atest\s)|(?<=ew\s))round\b(?!\s+of\b|-)"
)
_PROSE_BEFORE = re.compile(
    r"""(?=[rwdehpgfsaltbc])\b(?:reach(?:ed|es|ing)\s+out\s|w(?:as|ere)\s+in\s+[A-Z]
    |delegations?\s+to\s|(?:due|expected)\s+(?:back\s+)?in\s+[A-Z]|confer(?:red|s|ring)?\s+with\s
    |host(?:s|ing)?\s+(?:his|her|their|an?\s|the\s|[A-Z])
    |pa(?:id|ys?|ying)\s+an?\s+courtesy\s|audiences?\s+(?:with|to)\s
    |(?:lunch|din|breakfast)(?:ed|es|e)\s+with\s
    |(?:dinner|lunch|luncheon|banquet|reception)\s+(?:given|hosted|offered)\s
    |stop(?:ped|s|ping)?\s+over\s|stop-?overs?\s|travel(?:s|l?ed|l?ing)?\s+(?:on\s+)?to\s
    |arriv(?:e|es|ed|ing)\s+in\s+[A-Z]|return(?:s|ed|ing)?\s+(?:home\s+)?from\s+[A-Z]
    |(?:go(?:es|ing)?|went|head(?:s|ed|ing)?|fl(?:y|ies|ying))\s+(?:[A-Za-z]+\s+){0,2}?(?:to|for)
    \s+(?:the\s+)?[A-Z]|(?:gather|convene?)(?:s|d|ed|ing)?\s+(?:in|at|on|for|this|next|today
    |tomorrow)\b|"""
    + _ROUND_BEFORE.pattern
    + r"|round"
    + ROUND_TOLD
    + ")",
    re.VERBOSE,
)
# the "next round" rule, as the prose rules hold it
(_ROUND,) = [pattern for _, _, words, pattern in PROSE_RULES if words == ("round",)]
_PAIRS = [("round", _ROUND, _ROUND_BEFORE), ("prose", PROSE_WORDS, _PROSE_BEFORE)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


# (case, text): written by hand, one or more per branch, and near misses
ROWS = [
    ("round", "The previous round was held in Lima; the next round of sanctions; a new round."),
    ("round-told", "The latest round-up; the last round will be held in May; round in Quito."),
    ("due", "She is due back in Lima and expected in Quito; due in May."),
    ("meals", "He lunched with her, dined with them; a luncheon hosted by X; lunch given by Y."),
    ("receptions", "A dinner offered by the king and a banquet given in his honour; a reception."),
    ("trips", "He goes to Peru, went on to the UN, heads for Lima, flew to Quito, flies for Rome."),
    ("gather", "Leaders gathered in Rome; they convene today and convened next week; convenes."),
    ("others", "She was in Lima, reached out to him, led a delegation to Peru, hosted his guest."),
    ("inside-words", "thereceptions; xround; uproar round; overdue in Lima; forgo to Peru."),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_branches_keep_the_matches_of_each_row(case: str, text: str) -> None:
    """Each written row gives the same matches as the patterns' earlier forms."""
    for name, pattern, before in _PAIRS:
        assert _found(pattern, text) == _found(before, text), (case, name)


_PIECES = st.sampled_from(
    [
        *("previous", "next", "last", "latest", "new", "round", "round-up", "of", "will", "is"),
        *("was", "were", "in", "Lima", "due", "expected", "back", "lunch", "lunched", "dined"),
        *("breakfasted", "dinner", "luncheon", "banquet", "reception", "given", "hosted", "by"),
        *("with", "go", "goes", "going", "went", "head", "heads", "fly", "flies", "to", "for"),
        *("the", "on", "gather", "gathered", "convene", "convenes", "today", "reached", "out"),
        *("delegation", "host", "his", "paid", "a", "courtesy", "audience", "stop", "over"),
        *("stopover", "travel", "travelled", "arrived", "returned", "home", "from", "confer"),
        *("x", "_", "-", "3", "é", " ", ".", ",", "\n"),
    ]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=16), st.booleans())
def test_branches_keep_the_matches_of_any_text(pieces: list[str], glued: bool) -> None:
    """Any text gives the same matches as the patterns' earlier forms."""
    text = ("" if glued else " ").join(pieces)
    for name, pattern, before in _PAIRS:
        assert _found(pattern, text) == _found(before, text), name


_EXPRESSION_BEFORE = re.compile(
    _fallback._EXPRESSION.pattern.replace(
        r"""received(?:(?<=\bwas\sreceived)|(?<=\bwere\sreceived)|(?<=\bbeen\sreceived)
    |(?<=\bbeing\sreceived))""",
        r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s))received",
    ),
    _fallback._EXPRESSION.flags,
)


def _kinds(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(match.span(), match.lastgroup) for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was received by the king; he received the Chilean ambassador.",
        "They were received, had been received and are being received; unreceived.",
        "He received new momentum; she was  received; xwas received; the talks were received.",
    ],
)
def test_fallback_expression_keeps_its_matches(text: str) -> None:
    """The fallback's meeting expression, "received" first, matches as its earlier form."""
    assert _EXPRESSION_BEFORE.pattern != _fallback._EXPRESSION.pattern
    assert _kinds(_fallback._EXPRESSION, text) == _kinds(_EXPRESSION_BEFORE, text)


@settings(max_examples=200)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["was", "were", "been", "being", "received", "the", "King", "Ana"]),
            st.sampled_from(["Ruiz", "ambassador", "met", "talks", "x", "_", " ", ".", "\n"]),
            st.text(max_size=3),
        ),
        max_size=12,
    ),
    st.booleans(),
)
def test_fallback_expression_keeps_the_matches_of_any_text(pieces: list[str], glued: bool) -> None:
    """Any text gives the same expressions, and kinds, as the earlier form."""
    text = ("" if glued else " ").join(pieces)
    assert _kinds(_fallback._EXPRESSION, text) == _kinds(_EXPRESSION_BEFORE, text)
