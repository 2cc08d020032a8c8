r"""The person tokenizer's space gate changes no token (diplonews.text._person_tokens).

The token pattern opens with ``(?=\S)``: no branch can start at a white-space
character, so the gate only saves the failed tries of each branch there. These
tests compare it with the same branches without the gate, on hand-written and
generated texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.text import _person_tokens as tokens_module

_GATE = "(?=\\S)(?:"


def _ungated() -> re.Pattern[str]:
    """The token pattern's branches alone, as before the gate."""
    source = tokens_module._TOKEN.pattern.strip()
    assert source.startswith(_GATE)
    assert source.endswith(")")
    return re.compile(source[len(_GATE) : -1], tokens_module._TOKEN.flags)


_PLAIN = _ungated()


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


# (case, text): written by hand, one per branch and the spaces around them
ROWS = [
    ("title", "Mr. Ali met Dr. Vale and Gov. Ruiz."),
    ("glued-initials", "R.Meredov met J. R.R.Tolkien"),
    ("dotted", "the U.S. and U.N envoys, H.E. the Ambassador"),
    ("initial-before-name", "Joseph R. Biden and  A.  Vale"),
    ("words", "Al-Thani's aide, O'Neill and d’Alema"),
    ("numbers-punctuation", "On 12 May (2024) — at 3:15 — “talks”."),
    ("white-space-only", " \t\n\u00a0\u2003 "),
    ("non-ascii", "İlham Əliyev met Łukasz Żuk in Zürich"),
]


@pytest.mark.parametrize(("case", "text"), ROWS, ids=[row[0] for row in ROWS])
def test_gate_keeps_the_tokens_of_each_row(case: str, text: str) -> None:
    """Each written row gives the same token spans with the gate as without it."""
    assert _spans(tokens_module._TOKEN, text) == _spans(_PLAIN, text), case


_PIECES = st.sampled_from(
    [
        *("Mr", "Mr.", "Dr.", "St", ".", "R.", "U.S.", "H.E", "Al-Thani", "'s", "’", "-"),
        *(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u200b", "é", "İ", "ß", "12", "_", "—"),
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12))
def test_gate_keeps_the_tokens_of_any_text(pieces: list[str]) -> None:
    """Any text gives the same token spans with the gate as without it."""
    text = "".join(pieces)
    assert _spans(tokens_module._TOKEN, text) == _spans(_PLAIN, text)


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_tokens_read_within_bounds_as_before(text: str, lo: int, hi: int) -> None:
    """:func:`tokens` over a part of a text gives the spans the plain branches give there."""
    lo, hi = min(lo, hi), max(lo, hi)
    got = [(tok.start, tok.end) for tok in tokens_module.tokens(text, [], [(lo, hi)])]
    assert got == [match.span() for match in _PLAIN.finditer(text, lo, hi)]
