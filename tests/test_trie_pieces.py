"""The piece scan finds exactly the strings a text holds (diplonews.text._trie.PieceScan).

It looks for a piece of each string that opens on a rare character, then tests the
strings whose pieces the text holds: compared here with a substring test of each, on
hand-written and generated texts, with strings that overlap and hold one another.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text._trie import PieceScan, rare_pieces

_WORDS = ["talks", "alks", "met", "meet", "Meeting of", "onference", "conference", "at the G",
          "tête", "fly", "go to", "ed", "x", "tete"]  # fmt: skip
_SCAN = PieceScan(_WORDS)

# (case, text): written by hand
ROWS = [
    ("none", "Prices rose by five percent."),
    ("overlapping", "metalks conferences"),
    ("inside-another", "They held talks at the G20 conference."),
    ("capital", "The Meeting of the Board met."),
    ("non-ascii", "un tête-à-tête"),
    ("short", "x ed"),
    ("empty", ""),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[case for case, _ in ROWS])
def test_the_strings_held(case: str, text: str) -> None:
    """The strings found are those a substring test finds."""
    assert _SCAN.held(text) == {word for word in _WORDS if word in text}, case


_TEXTS = st.lists(st.sampled_from([*_WORDS, "t", "e", " ", "G", "ê", "lk"]), max_size=12)


@given(_TEXTS.map("".join))
def test_generated_texts(text: str) -> None:
    """On texts made of the strings, their pieces and glue, the same strings."""
    assert _SCAN.held(text) == {word for word in _WORDS if word in text}


def test_the_empty_string_is_always_held() -> None:
    """An empty string among the strings is held by every text, the empty one too."""
    scan = PieceScan(["", "treaty"])
    assert scan.held("") == {""}
    assert scan.held("a treaty") == {"", "treaty"}


def test_pieces_end_their_words_and_open_on_few_characters() -> None:
    """Each piece ends its word, is three characters or the whole word, and few open them."""
    piece = rare_pieces(sorted(_WORDS))
    for word in _WORDS:
        assert word.endswith(piece[word])
        assert len(piece[word]) >= min(3, len(word))
    assert len({p[0] for p in piece.values()}) < len({word[0] for word in _WORDS})
