r"""Whether a text holds a digit, without the regex engine's test of every character.

Several gates ask only whether a sentence holds a digit (a figure, a date): the
pattern ``\d`` answers it by testing each character against the Unicode category
of decimal digits (a look-up in the Unicode database), until it finds one. Ten
substring tests for the ASCII digits run in C a few times faster; only a text beyond
ASCII that holds none of them can still hold a digit of another script (Arabic-Indic,
Devanagari, ...), and only there is the pattern asked.
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["has_digit"]

# Any decimal digit, of any script: what the gates asked before (and still ask beyond ASCII).
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    r"""Whether ``text`` holds a decimal digit of any script, as ``re.search(r"\d", text)``.

    >>> has_digit("It rose 5%"), has_digit("It rose sharply"), has_digit(chr(0x665) + " rose")
    (True, False, True)
    """
    if (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    ):
        return True
    return not text.isascii() and _DIGIT.search(text) is not None
