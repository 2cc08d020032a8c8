"""Typographic variants folded to the forms the patterns read, without moving an offset.

Pages and wire copy write the same words with different marks: a hyphen, an en dash or
an em dash between the years of a split year ("2023-24", "2023–24") or the months of a
range ("January-October", "January—October", as outlets translating from Russian write
it). The pattern layer is written for one form; rather than spell every variant in
every pattern, a reader scans a folded copy of its text. Each fold replaces one
character by one character, so a match's offsets in the copy are its offsets in the
original, where the reader takes its text from.
"""

from __future__ import annotations

__all__ = ["fold_dashes"]

# The dashes and hyphens that join numbers or months as a hyphen does: the Unicode hyphen,
# the non-breaking hyphen, the figure dash, the en dash, the em dash and the minus sign.
# Plain-text copy types each of them as a hyphen, which the patterns read already.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_TO_HYPHEN = str.maketrans(dict.fromkeys(_DASHES, "-"))


def fold_dashes(text: str) -> str:
    """``text`` with every dash written as a hyphen, the same length.

    >>> fold_dashes("exports in 2023\u201324 rose"), fold_dashes("no dash here")
    ('exports in 2023-24 rose', 'no dash here')
    """
    if text.isascii():
        return text
    return text.translate(_TO_HYPHEN)
