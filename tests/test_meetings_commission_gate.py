"""The word-start gate of the commission rule changes none of its matches.

The rule ``meeting.commission`` (diplonews.meetings._rules.RULES) opens with a
cheap test: every branch starts a word, after no ASCII word character, with one
of a few characters. These tests compare it with its bare branches on
hand-written and generated sentences.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.meetings._rules import RULES

_GATE = r"(?<![A-Za-z0-9_])(?=[\dA-Zbcefhijmnostw])(?:"


def _rule() -> re.Pattern[str]:
    (pattern,) = [pattern for rule, _, _, pattern in RULES if rule == "meeting.commission"]
    return pattern


def _ungated() -> re.Pattern[str]:
    """The rule's branches alone, as before the gate."""
    source = _rule().pattern
    assert source.startswith(_GATE)
    assert source.endswith(")")
    return re.compile(source[len(_GATE) : -1], _rule().flags)


_PLAIN = _ungated()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


# (case, sentence): written by hand, one or more per branch, and near misses
ROWS = [
    ("possessive", "Its last session took place in Baku; their next session is in May."),
    ("body-holds", "The council will hold its session in Lima."),
    ("acronym", "They spoke before the next JMC session."),
    ("one", "The next one will be held in Quito."),
    ("named-body", "The Security Council held an emergency session."),
    ("members", "The OIC Council of Foreign Ministers opened its 49th session."),
    ("members-a", "The CIS Heads of State held a session."),
    ("body-possessive", "The joint commission, whose next session opens, met."),
    ("session-of", "A meeting of the intergovernmental Working Group ended."),
    ("joint", "The Joint Commission meeting was held."),
    ("ordinal", "The 12th ECO Council of Ministers met; the third Council of Heads too."),
    ("inside-words", "xIts last session; recommission; the_council held its session."),
    ("digits", "The ٣rd Council of Ministers and the 3rd Council of Heads met."),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_gate_keeps_the_matches_of_each_row(case: str, text: str) -> None:
    """Each written row gives the same matches with the gate as without it."""
    assert _found(_rule(), text) == _found(_PLAIN, text), case


_PIECES = st.sampled_from(
    [
        *("Its", "its", "Their", "next", "last", "one", "session", "meeting", "sessions"),
        *("council", "Council", "commission", "Commission", "Committee", "Joint", "joint"),
        *("held", "holds", "will hold", "opened", "an", "a", "of", "the", "The", "Ministers"),
        *("Heads", "Foreign", "OIC", "JMC", "12th", "3rd", "Assembly", "Parliamentary"),
        *("Working Group", "'s", ", whose", "was held", "x", "_", "-", "٣", " ", ".", "\n"),
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=14), st.booleans())
def test_gate_keeps_the_matches_of_any_text(pieces: list[str], glued: bool) -> None:
    """Any text gives the same matches with the gate as without it."""
    text = ("" if glued else " ").join(pieces)
    assert _found(_rule(), text) == _found(_PLAIN, text)
