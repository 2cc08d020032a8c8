"""A trie that spells every case out matches what the case-blind alternation matches.

(diplonews.text._trie.caseless_trie, used by the date scan's gate.)
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text._trie import caseless_trie


@pytest.mark.parametrize("letter", string.ascii_lowercase)
def test_each_letter_matches_what_it_matches_without_case(letter: str) -> None:
    """A letter's set holds every character of the BMP that ``(?i:letter)`` matches, no other."""
    blind = re.compile(f"(?i:{letter})")
    spelt = re.compile(caseless_trie([letter]))
    chars = [chr(code) for code in range(0x10000)]
    assert [c for c in chars if spelt.fullmatch(c)] == [c for c in chars if blind.fullmatch(c)]


def test_non_ascii_forms_are_refused() -> None:
    """A form beyond ASCII, whose cases the sets would not spell out, raises ValueError."""
    with pytest.raises(ValueError, match="ASCII forms only"):
        caseless_trie(["été"])


_WORDS = st.lists(st.text(alphabet="aiksnt -", min_size=1, max_size=5), min_size=1, max_size=6)
_TEXT = st.text(alphabet="aAiIkKsSnNtT -\u0130\u0131\u017f\u212ax", max_size=8)


@given(_WORDS, _TEXT)
def test_trie_matches_what_the_case_blind_alternation_matches(words: list[str], text: str) -> None:
    """Whether a text opens on one of the words is the same either way."""
    blind = re.compile("(?i:" + "|".join(map(re.escape, words)) + ")")
    spelt = re.compile(caseless_trie(words))
    assert (spelt.match(text) is None) == (blind.match(text) is None)
    assert (spelt.fullmatch(text) is None) == (blind.fullmatch(text) is None)
