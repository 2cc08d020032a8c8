r"""The number-word scan's late start changes no text (diplonews.text.money).

``_digits_for_words`` scans for number words before a multiplier ("two billion")
only from the last character before the first multiplier that no such word
holds. These tests compare it with the scan of the whole text (the start
pinned to 0), on hand-written and generated texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import money

# A pattern that always matches at the text's start, and one that never matches.
_AT_START = re.compile("")
_NEVER = re.compile("(?!)")


def _whole_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """``_digits_for_words`` with its scan started at the text's start."""
    with monkeypatch.context() as patch:
        patch.setattr(money, "_MULTIPLIER_AFTER", _AT_START)
        patch.setattr(money, "_WORD_NUMBER_BREAK", _NEVER)
        return money._digits_for_words(text)


# (case, text): written by hand, around the places the scan starts
ROWS = [
    ("digits-before", "Trade rose by 5% to $2 billion, up from two billion in 2021."),
    ("word-first", "It hit two billion dollars, not ten."),
    ("half", "half a billion, a million and HALF  an mln"),
    ("after-punctuation", "(three million) - four bln; five"),
    ("non-ascii", "ıki two\u00a0billion, ſix million, İt"),
    ("no-multiplier", "two thousand, three hundred"),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_late_start_keeps_each_row(case: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each written row gives the same text with the late start as with the whole scan."""
    assert money._digits_for_words(text) == _whole_scan(text, monkeypatch), case


_PIECES = st.sampled_from(
    [
        *("two", "half", "a", "an", "billion", "Million", "BLN", "mln", "trillion", "ten"),
        *(" ", "  ", "\n", "\t", "\u00a0", "5", "$", ",", ".", "-", "_", "ı", "İ", "ſ", "é"),
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=12))
def test_late_start_keeps_any_text(pieces: list[str]) -> None:
    """Any text gives the same text with the late start as with the whole scan."""
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money, "_MULTIPLIER_AFTER", _AT_START)
        patch.setattr(money, "_WORD_NUMBER_BREAK", _NEVER)
        whole = money._digits_for_words(text)
    assert money._digits_for_words(text) == whole
