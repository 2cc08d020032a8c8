"""The non-state counterpart searches behind their word tests find what the patterns find.

:func:`diplonews.meetings._candidates._non_state_after` and ``_non_state_before`` ask
``NON_STATE_AFTER`` and ``NON_STATE_BEFORE`` only of a clause holding one of the strings
every match of theirs holds (read from the patterns); on texts of their words, near misses
and filler they return the patterns' own matches.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.meetings._candidates import _non_state_after, _non_state_before
from diplonews.meetings._rules import NON_STATE_AFTER, NON_STATE_BEFORE

_PIECES = (
    "with",
    "the",
    "Azerbaijani",
    "community",
    "banks",
    "national",
    "teams",
    "to face",
    "Italy",
    "in",
    "for",
    "a",
    "friendly",
    "match",
    "chairman",
    "of",
    "company",
    "leadership",
    "companies",
    "Chamber of Commerce",
    "minister",
    "talks",
    ",",
    ".",
    "will meet",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 8))
def test_gates_change_no_match(pieces: list[str], cut: int) -> None:
    """On any text of the patterns' words, each gated call returns the pattern's match."""
    text = " " + " ".join(pieces)
    lo = min(cut, len(text))
    after = _non_state_after(text, lo, len(text))
    alone = NON_STATE_AFTER.match(text, lo, len(text))
    assert (after and after.span()) == (alone and alone.span())
    before = _non_state_before(text, lo, len(text))
    alone = NON_STATE_BEFORE.search(text, lo, len(text))
    assert (before and before.span()) == (alone and alone.span())


def test_gate_keeps_a_community() -> None:
    """Talks with a state's community abroad: found through the gate."""
    found = _non_state_after(" met the Azerbaijani community.", 0, 31)
    assert found is not None
