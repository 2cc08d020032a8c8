"""The word gate of a stand-in pattern (:mod:`diplonews._regex`): the same results, kept if it pays.

A stand-in whose matches must hold one of a few words tests a text for them before it
searches; for its first searches it counts what the test spared the engine, then keeps
the test or its pattern's own methods. Whichever it does, every call gives what the
compiled pattern gives.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from diplonews import _regex

REGEX: Any = _regex  # its private names, read by the tests
TRIAL: int = REGEX._TRIAL
SOURCE = r"\b[Tt]alks?\b"
# Texts with and without the word, long and short; windows of each.
TEXTS = [
    "The ministers held talks in Baku on Monday.",
    "Talks",
    "The ministers met in Baku on Monday and discussed trade and energy.",
    "",
    "no talk here, but talks there",
]
CALLS = [(0, None), (4, None), (0, 12), (-3, 40), (10, 5), (0, -1), (30, 10**6)]


def _results(pattern: Any, text: str, pos: int, endpos: int | None) -> list[Any]:
    """What each gated method gives, as plain values (spans and groups)."""
    args = (pos,) if endpos is None else (pos, endpos)
    found = pattern.search(text, *args)
    return [
        found and found.span(),
        [m.span() for m in pattern.finditer(text, *args)],
        pattern.findall(text, *args),
        (m := pattern.match(text, *args)) and m.span(),
    ]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("pos", "endpos"), CALLS)
def test_a_gated_stand_in_gives_what_the_pattern_gives(
    text: str, pos: int, endpos: int | None
) -> None:
    """Every method, every window (negative, empty, past the end): the pattern's own results."""
    gated = _regex.compile_later(SOURCE)
    assert _results(gated, text, pos, endpos) == _results(re.compile(SOURCE), text, pos, endpos)


def test_the_gate_is_kept_where_it_spares_searches() -> None:
    """Texts without the words: after the trial the stand-in keeps the test."""
    gated: Any = _regex.compile_later(SOURCE)
    text = "The ministers met in Baku and discussed trade, energy and transport links. " * 3
    for _ in range(TRIAL + 1):
        assert gated.search(text) is None
    assert gated.search.__name__ == "gated"
    assert gated.search(text + " talks").span() == (len(text) + 1, len(text) + 6)


def test_the_gate_is_dropped_where_it_spares_nothing() -> None:
    """Texts that hold the words: after the trial the stand-in has its pattern's own methods."""
    gated: Any = _regex.compile_later(SOURCE)
    for _ in range(TRIAL + 1):
        assert gated.search("They held talks.").span() == (10, 15)
    assert gated.search == gated._used.search
    assert gated.search("no word") is None


def test_a_pattern_without_few_words_has_no_gate() -> None:
    """A pattern whose matches need no known word (or too many) searches as compiled."""
    plain: Any = _regex.compile_later(r"\w+\b")
    assert plain.search("a meeting").span() == (0, 1)
    assert plain.search == plain._used.search
