"""The word-start gate of the meeting rules changes none of their matches.

A rule of diplonews.meetings._rules whose every branch starts a word opens with
``WORD_START`` (no ASCII word character before), a cheap test that fails at most
places of a text before the branches are tried in turn. These tests compare each
such rule with its bare branches on hand-written and generated sentences.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.meetings._prose import PROSE_RULES, TRIGGERED_RULES
from diplonews.meetings._rules import RULES, WORD_START

_OPEN = WORD_START + "(?:"
_GATED = [
    (rule, pattern)
    for rule, _, _, pattern in [*RULES, *TRIGGERED_RULES, *PROSE_RULES]
    if pattern.pattern.startswith(_OPEN)
]


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The rule's branches alone, as before the gate."""
    source = pattern.pattern
    assert source.endswith(")")
    return re.compile(source[len(_OPEN) : -1], pattern.flags)


_PAIRS = [(rule, pattern, _ungated(pattern)) for rule, pattern in _GATED]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_the_busy_rules_are_gated() -> None:
    """The rules tried in most trigger sentences carry the gate."""
    assert {"meeting.held_talks", "meeting.phone_call", "meeting.met_with"} <= {
        rule for rule, _ in _GATED
    }


# (case, sentence): written by hand, for the branches of each gated rule and near misses
ROWS = [
    ("talks", "Talks between the two sides; consultations went on; the stalks grew."),
    ("dialogue", "They held a strategic dialogue and the third round of their annual dialogue."),
    ("dialogue-held", "A dialogue between the two states was held in May."),
    ("negotiations", "Negotiations are due to begin; after bilateral negotiations in Lima."),
    ("resume", "They agreed to resume negotiations and to reopen discussions with them."),
    ("co-chair", "He co-chaired the meeting; the co-chairs signed; who co-chairs it."),
    ("phone", "In a phone call, they spoke by telephone; a videoconference; iphone call."),
    ("call-with", "A call with President Smith; a call on Monday with the Prime Ministers."),
    ("after-call", "After a call in February, he called his counterpart and dialled King Lee."),
    ("held-online", "They held a meeting in a video format and had virtual talks."),
    ("met", "They met; meetings; Meeting Room; the comet; unmet needs; metal."),
    ("convene", "Ministers will convene today; the council, which is set to convene, did."),
    ("audience", "The king gave an audience to him and hosted a dinner for the guests."),
    ("inside-words", "xtalks_met; 3met; a_phone call; re-met; é-talks; Ωmet; ٣talks."),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_gate_keeps_the_matches_of_each_row(case: str, text: str) -> None:
    """Each written row gives the same matches with the gate as without it, for every rule."""
    for rule, gated, plain in _PAIRS:
        assert _found(gated, text) == _found(plain, text), (case, rule)


_PIECES = st.sampled_from(
    [
        *("talks", "Talks", "consultations", "conversation", "with", "held", "a", "the", "their"),
        *("dialogue", "between", "round of", "was held", "took place", "negotiations", "are"),
        *("due to begin", "after", "during", "in", "Lima", "resume", "co-chair", "co-chairs"),
        *("who", "phone", "Phone", "telephone", "video", "call", "called", "on", "Monday"),
        *("President", "Smith", "his", "counterpart", "dialled", "over", "by", "spoke", "met"),
        *("meet", "meeting", "Meetings", "Room", "convene", "convened", "today", "which", "is"),
        *("sat down", "exchanged views", "gave", "audience", "hosted", "dinner", "for"),
        *("x", "_", "-", "3", "٣", "é", " ", ".", ",", "\n"),
    ]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=16), st.booleans())
def test_gate_keeps_the_matches_of_any_text(pieces: list[str], glued: bool) -> None:
    """Any text gives the same matches with the gate as without it, for every rule."""
    text = ("" if glued else " ").join(pieces)
    for rule, gated, plain in _PAIRS:
        assert _found(gated, text) == _found(plain, text), rule
