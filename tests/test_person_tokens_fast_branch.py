r"""The person tokenizer's first branch changes no token (diplonews.text._person_tokens).

A lower-case word with no dot after its first letter is read by a branch of its own
placed first: at such a place no later branch but the word's, which it copies, can
match, so it only saves the failed tries of the others. These tests compare the
pattern with the same branches without it, on hand-written and generated texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import _person_tokens as tokens_module

# The first branch, one line of the verbose pattern.
_FAST = "(?=[a-z][^.])"


def _without_fast_branch() -> re.Pattern[str]:
    """The token pattern as before its first branch."""
    lines = tokens_module._TOKEN.pattern.split("\n")
    kept = [line for line in lines if not line.strip().lstrip("|").strip().startswith(_FAST)]
    assert len(kept) == len(lines) - 1
    source = "\n".join(kept).replace("(?:\n    | ", "(?:\n      ", 1)
    return re.compile(source, tokens_module._TOKEN.flags)


_REFERENCE = _without_fast_branch()


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


# (case, text): written by hand, around the places the first branch reads
ROWS = [
    ("words", "the talks, e.g. a. b. c in Lima"),
    ("dots-after-first-letter", "a.b. x.y z. and i.e., u.s."),
    ("titles-and-initials", "Mr. Ali met Dr. Vale, R.Meredov and U.S. envoys"),
    ("punctuation", 'On 12 May (2024): "talks"; “aid”, then.'),
    ("apostrophes", "don't o'Neill d’Alema's aide-de-camp"),
    ("non-ascii", "ıste İlham ſo çok x\u0307y"),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_first_branch_keeps_the_tokens_of_each_row(case: str, text: str) -> None:
    """Each written row gives the same token spans with the first branch as without it."""
    assert _spans(tokens_module._TOKEN, text) == _spans(_REFERENCE, text), case


_PIECES = st.sampled_from(
    [
        *("a", "ab", "a.", "e.g.", "Mr.", "Dr", "R.", "U.S.", "x-y", "'s", "’", "-", "."),
        *(",", ";", ":", "(", ")", '"', "“", "”", " ", "\n", "12", "_", "é", "ı", "İ", "ſ"),
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12))
def test_first_branch_keeps_the_tokens_of_any_text(pieces: list[str]) -> None:
    """Any text gives the same token spans with the first branch as without it."""
    text = "".join(pieces)
    assert _spans(tokens_module._TOKEN, text) == _spans(_REFERENCE, text)
