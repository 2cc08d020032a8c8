r"""``has_digit`` answers what the ``\d`` search it replaces answered, on any text.

The oracle is the pattern itself (``re.search(r"\d", text)``): texts mixing ASCII
digits, digits of other scripts (Arabic-Indic, Devanagari, full-width), other numeric
characters that are not decimal digits (superscripts, Roman numerals, fractions) and
typographic marks that take a text beyond ASCII.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from diplonews.text import has_digit

_DIGIT = re.compile(r"\d")

_PIECES = st.sampled_from(
    [
        *("0", "5", "9", "a", " ", ".", "rose", "sharply", "\u2019", "\u2014", "\u00e9"),
        *("\u0665", "\u0966", "\uff13", "\u00b2", "\u2167", "\u00bd", "\u0130", "\U0001d7d8"),
    ]
)


@given(st.lists(_PIECES, max_size=20).map("".join))
@example("")
@example("\u00b2\u00bd \u2019")
def test_has_digit_answers_as_the_pattern(text: str) -> None:
    """Digits of any script count, other numerals do not, as with the pattern."""
    assert has_digit(text) == (_DIGIT.search(text) is not None)


@given(st.text(max_size=60))
def test_has_digit_on_any_text(text: str) -> None:
    """Any text at all: the same answer as the pattern."""
    assert has_digit(text) == (_DIGIT.search(text) is not None)
