"""Next sittings of a series, tried only where their words start (meetings._next_round).

``_sittings`` must find exactly what ``_NEXT_ROUND.finditer`` finds over the whole body
(the oracle): the same matches, spans and groups, in the same order, whether the places
come from the shared scan of the lower-cased body or, where lower-casing moves the
offsets (a dotted capital I), from the pattern's own pass. Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.meetings._next_round import _NEXT_ROUND, _sitting_stems, _sittings


def _oracle(body: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """The matches of the pattern's own pass over the whole body."""
    return [(m.span(), m.groups()) for m in _NEXT_ROUND.finditer(body)]


def _found(body: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in _sittings(body)]


# (case, body, the texts found): written by hand
ROWS: list[tuple[str, str, list[str]]] = [
    ("none", "Prices rose again in the spring.", []),
    ("next-round", "The next round of talks will be held in Lima.", ["next round of talks"]),
    (
        "capitalised",
        "Next session of the commission is due in May.",
        ["Next session of the commission"],
    ),
    ("joint-body", "The joint trade commission is to meet in Quito.", ["joint trade commission"]),
    (
        "intergovernmental",
        "The Intergovernmental Council will be held in Baku.",
        ["Intergovernmental Council"],
    ),
    (
        "series-name",
        "The next Joint Trade Committee session is set.",
        ["next Joint Trade Committee session"],
    ),
    # near misses: a body's own sitting, a word inside another, the words in capitals
    ("its-next", "The bank said its next meeting is in June.", []),
    ("owner-next", "The Bank’s next meeting is in June.", []),
    ("inside-a-word", "The adjoint context of the nextgen session.", []),
    ("all-capitals", "THE NEXT ROUND WILL BE HELD IN LIMA.", []),
    ("cabinet", "The next Cabinet meeting is on Monday.", []),
    # a dotted capital I lower-cases to two characters: the pattern's own pass
    ("dotted-i", "İzmir hosts it. The next round of talks is set.", ["next round of talks"]),
    ("empty", "", []),
]


@pytest.mark.parametrize(("body", "texts"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_sittings(body: str, texts: list[str]) -> None:
    """Hand-written matches, and the same as the pattern's own pass."""
    assert [m.group() for m in _sittings(body)] == texts
    assert _found(body) == _oracle(body)


def test_stems_are_read_from_the_pattern() -> None:
    """The words the shared scan looks for are the pattern's openings, lower-cased."""
    assert _sitting_stems() == ("intergovernmental", "joint", "next", "ordinary", "regular")


_WORDS = [
    "next", "Next", "NEXT", "regular", "Regular", "ordinary", "Ordinary", "joint", "Joint",
    "intergovernmental", "Intergovernmental", "round", "session", "meeting", "of", "which",
    "the", "talks", "commission", "Commission", "committee", "council", "Council", "its",
    "Bank’s", "Peru's", "Cabinet", "Board", "High-Level", "JTC", "working group", "adjoint",
    "context", "annexed", "will", "be", "held", "in", "Lima", "İ", "\u212a", "é", "Ülke",
    "trade", "met", "agreement", "exports", "visit",
]  # fmt: skip
_GLUE = [" ", "  ", ", ", ". ", "-", "\n", "’", "", "\u00a0", "_", "1"]


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=40))
def test_sittings_match_the_own_pass(parts: list[tuple[str, str]]) -> None:
    """Bodies dense in the pattern's words, glued in every way: the same matches."""
    body = "".join(word + glue for word, glue in parts)
    assert _found(body) == _oracle(body)
