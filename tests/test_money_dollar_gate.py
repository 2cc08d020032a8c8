"""The issued-dollar test's word gate changes no answer: the pattern alone is the oracle.

:func:`diplonews.text.money.story_dollar` searches a whole story for a dollar named with its
issuer ("Canadian dlrs") only where "dlr" or "dollar" is in it, which every match holds.
Texts are made of invented pieces: amounts, issuers, near misses and filler.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.text import money
from diplonews.text.money import story_dollar

_PIECES = (
    "9.3 billion",
    "5 mln",
    "Canadian dlrs",
    "N.Z. dollars",
    "U.S. dlrs",
    "US$",
    "dlrs",
    "dollar",
    "Dollars",
    "DLRS",
    "Australian",
    "Hong Kong",
    "Canadian",
    "dollarisation",
    "the Dlr",
    "exports",
    "were",
    "of lamb",
    ".",
    ",",
    ";",
    "\n",
    "euros",
)


def _pattern_alone(text: str) -> bool:
    """What ``story_dollar`` asked before the gate: the pattern, of every text."""
    return money._ISSUED_DOLLAR.search(text) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([" ", "  ", "\u00a0"]))
def test_gate_changes_no_answer(pieces: list[str], glue: str) -> None:
    """On any text of dollar words, issuers and filler, the gate answers as the pattern does."""
    text = glue.join(pieces)
    assert money._names_issued_dollar(text) is _pattern_alone(text)
    if not _pattern_alone(text):
        assert story_dollar(text) is None


@given(st.text(max_size=80))
def test_gate_changes_no_answer_on_any_text(text: str) -> None:
    """Any text at all: the same answer."""
    assert money._names_issued_dollar(text) is _pattern_alone(text)


def test_story_dollar_through_the_gate() -> None:
    """A story with a dollar named by its issuer still gets it; one without, None."""
    assert story_dollar("Exports were 9.3 billion Canadian dlrs; imports 7.7 billion dlrs.") == (
        13,
        "CAD",
    )
    assert story_dollar("Exports were 9.3 billion euros.") is None
