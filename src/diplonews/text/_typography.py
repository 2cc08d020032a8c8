"""Typographic variants folded to the forms the patterns read, without moving an offset.

Pages and wire copy write the same words with different marks: a hyphen, an en dash or
an em dash between the years of a split year ("2023-24", "2023–24") or the months of a
range ("January-October", "January—October", as outlets translating from Russian write
it). The pattern layer is written for one form; rather than spell every variant in
every pattern, a reader scans a folded copy of its text. Each fold replaces one
character by one character, so a match's offsets in the copy are its offsets in the
original, where the reader takes its text from.

A headline in capitals ("GHANA, NIGER SIGN ...") is folded the same way to the
case its names are written in elsewhere (:func:`fold_headline_case`).
"""

from __future__ import annotations

from diplonews import _regex as re

__all__ = ["fold_dashes", "fold_headline_case"]

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


# A word in capitals ("GHANA", "NIGER'S", "NEW"), and a word of a headline that
# capitalises every word ("Travel To The Republic Of Ghana").
_CAPITAL_WORD = re.compile(r"\b[^\W\d_a-z]{2,}(?:['’]S)?\b")
_TITLE_WORD = re.compile(r"(?<![\w’'.])[^\W\d_a-z]\w*")
# The short words that join the words of a name or a phrase, which a headline in capitals or
# with every word capitalised writes as it does the others ("REPUBLIC OF GHANA", "Travel To").
_JOINING = frozenset(
    "of and the to in on at for from with by a an as".split()  # noqa: SIM905 (prose)
)


def _usual_case(word: re.Match[str]) -> str:
    text = word.group()
    folded = text.lower() if text.lower() in _JOINING else text[0] + text[1:].lower()
    return folded if len(folded) == len(text) else text  # (a letter whose lower case is two)


def _joining_lowered(word: re.Match[str]) -> str:
    text = word.group()
    return text.lower() if text.lower() in _JOINING else text


def fold_headline_case(title: str) -> str:
    """A headline in capitals or in title case, with its words in the case prose gives them.

    Headlines write every word in capitals ("GHANA, NIGER SIGN ...") or with a
    capital ("Travel To The Republic Of Ghana"); the names in them are the ones prose
    writes. In capitals, each word keeps only its first capital; in either, "of", "to",
    "the" and the other short joining words are lowered. Any other headline is returned
    as it is, and the copy is always as long as the headline (its offsets are the
    headline's). An initialism in capitals is lost to the fold ("US" becomes "Us"): a
    reader takes it from the headline as written
    (:func:`~diplonews.text.countries.headline_mentions`).

    >>> fold_headline_case("PAPUA NEW GUINEA, INDONESIA SIGN PACT")
    'Papua New Guinea, Indonesia Sign Pact'
    >>> fold_headline_case("Travel To The Republic Of Ghana"), fold_headline_case("Peru to meet")
    ('Travel to the Republic of Ghana', 'Peru to meet')
    """
    if title.isupper():
        return _CAPITAL_WORD.sub(_usual_case, title)
    words = _TITLE_WORD.findall(title)
    if len(words) < 3 or any(w[0].islower() for w in re.findall(r"(?<![\w’'.])\w+", title)):
        return title
    return _TITLE_WORD.sub(_joining_lowered, title)
