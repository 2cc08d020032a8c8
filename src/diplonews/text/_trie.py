"""One regex alternation of many words, factored by their shared prefixes.

Every word list the library matches in one pass (country names, role words,
currency words, venues, rule words) is compiled through :func:`trie` (the library's
one builder, :mod:`diplonews._trie`, re-exported here): the engine then follows one
branch per letter instead of trying every form in turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from diplonews import _regex as re
from diplonews._trie import trie

__all__ = [
    "PieceScan",
    "caseless_as_lowered",
    "caseless_trie",
    "rare_pieces",
    "trie",
    "word_start_scan",
]

# The letters beyond ASCII that match an ASCII one without case: dotted and dotless "i",
# the long "s", the Kelvin sign ("\u0130" and "\u212a" lower-case to "i" and "k").
_CASE_SPECIALS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
# Any of them: where one stands, a lower-cased text may not hold a case-blind match's words.
_CASE_SPECIAL_CHARS = re.compile(f"[{''.join(_CASE_SPECIALS.values())}]")


def caseless_as_lowered(text: str) -> bool:
    """Whether a case-blind match of ASCII words in ``text`` is always found in ``text.lower()``.

    So a gate may test the lower-cased text for a case-blind pattern's words. True for
    ASCII, and for any text without the four letters beyond ASCII that match an ASCII one
    without case: a text typeset with curly quotes, dashes or accents (most of the news)
    keeps its gates.

    >>> caseless_as_lowered("Peru\u2019s \u201cdeal\u201d \u2014 Cura\u00e7ao")
    True
    >>> caseless_as_lowered("\u0130stanbul"), caseless_as_lowered("BILL\u0131ON")
    (False, False)
    """
    return text.isascii() or _CASE_SPECIAL_CHARS.search(text) is None


def _any_case(letter: str) -> str:
    """A lower-case ASCII letter as the set of every character it matches without case."""
    chars = letter + letter.upper() + _CASE_SPECIALS.get(letter, "")
    return f"[{chars}]" if letter.isalpha() else re.escape(letter)


def caseless_trie(forms: Iterable[str]) -> str:
    r"""``(?i:...)`` of the ASCII ``forms`` as a trie that spells every case out ("[Tt][Oo]").

    It matches what the case-blind alternation matches, tried in trie order (the longer
    form first where one is a prefix of another: the same as the alternation inside a
    lookahead, where only whether one matches counts). The engine skips a branch whose
    first character set does not hold the text's character without entering it, as it
    does for a branch opening on a letter, and enters every case-blind one.

    >>> caseless_trie(["to", "the"])
    '[tT](?:[hH][eE]|[oO])'
    >>> caseless_trie(["is"]) == "[iI\u0130\u0131][sS\u017f]"
    True
    """
    lowered = [form.lower() for form in forms]
    if not all(form.isascii() for form in lowered):
        raise ValueError(f"caseless_trie takes ASCII forms only (got {forms!r})")
    return trie(lowered, spell=lambda run: "".join(map(_any_case, run)))


def word_start_scan(stems: Iterable[str], not_before: str) -> re.Pattern[str]:
    """A scan for the character before each word of a lower-cased text that begins with a stem.

    ``not_before`` is a character-class body ("a-z0-9_"): the characters after which the
    caller's own pattern cannot start a word, so those places are never tried. Scan the
    text with a space in front (its first word then has a character before it too): each
    match starts one character before the stem in the text with the space, which is where
    the stem starts in the text without it. The engine skips from one allowed character to
    the next without entering the pattern: one pass instead of a ``str.find`` per stem.

    >>> scan = word_start_scan(["export", "trad"], "a-z0-9_")
    >>> [m.start() for m in scan.finditer(" " + "exports and trade, untraded")]
    [0, 12]
    """
    return re.compile(rf"[^{not_before}](?={trie(stems)})")


# Characters from the most to the least common in English prose: a piece opening on a rarer
# one stops a scan at fewer places (any other character, a capital, is rarer still).
_COMMON_FIRST = " etaoinsrhldcumfpgwybvkxjqz"
_SHORTEST_PIECE = 3  # a shorter piece of a word ("ed") stands in too many texts


def _pieces_of(word: str) -> list[str]:
    """The pieces of ``word`` that run to its end, of :data:`_SHORTEST_PIECE` characters or more."""
    return [word[k:] for k in range(max(1, len(word) - _SHORTEST_PIECE + 1))]


def _commonness(char: str) -> int:
    """How common ``char`` is as a place a scan stops at: the higher, the more common."""
    return len(_COMMON_FIRST) - _COMMON_FIRST.find(char) if char in _COMMON_FIRST else 0


def rare_pieces(words: Sequence[str]) -> dict[str, str]:
    """For each word, a piece of it (to its end) that opens on a character few others need.

    A text holds a word only where it holds that piece. Each word first takes the piece
    opening on its rarest character, then each opening character, the most common
    first, is given up where every word opening on it has a piece opening on another.

    >>> rare_pieces(["talks", "met", "conference"])
    {'talks': 'lks', 'met': 'met', 'conference': 'ference'}
    """
    piece = {word: min(_pieces_of(word), key=lambda p: _commonness(p[0])) for word in words}
    for char in sorted({p[0] for p in piece.values()}, key=_commonness, reverse=True):
        others = {p[0] for p in piece.values()} - {char}
        moved: dict[str, str] = {}
        for word, own in piece.items():
            if own[0] == char:
                kept = [other for other in _pieces_of(word) if other[0] in others]
                if not kept:
                    break
                moved[word] = max(kept, key=len)  # the longest: it stands in fewest texts
        else:
            piece.update(moved)
    return piece


#: What parts the strings in the key of kept pieces (a character no word holds).
_SEPARATOR = "\x00"


# The pieces are the same for the same strings, and a fresh process's first article chose
# them for some seven scans (~4 ms): kept on disk with the compiled patterns.
@re.remembered("rare_pieces")
def _pieces(joined: str, _flags: int) -> dict[str, str]:
    """:func:`rare_pieces` of the strings ``joined`` holds (parted by :data:`_SEPARATOR`)."""
    return rare_pieces(joined.split(_SEPARATOR)) if joined else {}


def _kept_pieces(words: list[str]) -> dict[str, str]:
    """:func:`_pieces` of ``words``, or :func:`rare_pieces` where one holds the separator."""
    joined = _SEPARATOR.join(words)
    if joined.count(_SEPARATOR) != max(len(words) - 1, 0):
        return rare_pieces(words)
    return _pieces(joined, 0)


class PieceScan:
    """Which of many strings a text holds, found by one scan that stops at few places.

    A scan for the strings themselves (a trie, tried at every place) enters the regex
    engine at nearly every letter when they open on many letters ("alks", "onfer",
    "meet", ...). This one looks for a piece of each (:func:`rare_pieces`: pieces that
    open on few, rare characters), then tests each string whose piece the text holds
    with a substring test: the same strings, and only those.

    >>> scan = PieceScan(["talks", "met", "conference", "ference"])
    >>> sorted(scan.held("They met for talks at the conference."))
    ['conference', 'ference', 'met', 'talks']
    >>> sorted(scan.held("Prices rose.")), sorted(PieceScan(["", "xyz"]).held(""))
    ([], [''])
    """

    def __init__(self, words: Iterable[str]) -> None:
        forms = sorted(set(words))
        #: The empty string, if given: every text holds it.
        self._always = [form for form in forms if not form]
        piece = _kept_pieces([form for form in forms if form])
        pieces = sorted(set(piece.values()))
        # At each place, the longest piece there (a trie tries the longer first), in a
        # lookahead, then any one character: the scan goes on from the next character
        # (pieces may overlap), and a match is never empty, so the engine skips to the
        # pieces' first characters instead of trying every place.
        self._scan = re.compile(f"(?=({trie(pieces)}))(?s:.)")
        #: For each piece the scan may report, the strings whose own piece it starts with
        #: (in their sorted order; each prefix of the piece looked up, where a test of every
        #: string for every piece grew with the square of their number).
        owners: dict[str, list[str]] = {}
        for form, own in piece.items():  # (in sorted order)
            owners.setdefault(own, []).append(form)
        self._words_of = {
            found: tuple(
                sorted(form for k in range(len(found)) for form in owners.get(found[: k + 1], ()))
            )
            for found in pieces
        }

    def held(self, text: str) -> set[str]:
        """The strings ``text`` holds."""
        words_of = self._words_of
        return {
            *self._always,
            *(
                word
                for found in set(self._scan.findall(text))
                for word in words_of[found]
                if word in text
            ),
        }
