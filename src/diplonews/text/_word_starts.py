"""One scan of a lower-cased body for the word starts that several steps look for.

The agreement step looks for the places where an instrument word starts ("accord",
"memorandum"), the trade step for those where a trade word starts ("exports",
"turnover"), each in the same lower-cased body and each with a scan of its own
(:func:`~diplonews.text._trie.word_start_scan`). Most of such a scan's cost is not its
words but the engine's test of every character of the body for a place where a word may
start, so two scans cost nearly twice one. Here every step's stems go into one trie, the
body is scanned once (cached for the last few texts), and each step keeps the places
where one of its own stems starts: exactly the places its own scan finds.

Why that is exact: at each place the trie reports the longest stem of any step that the
text holds there. A step's stem stands at that place when, and only when, it is a prefix
of that longest stem (every stem found at one place is a prefix of the same text, so of
the longest one). Each step is told its stems once, at import (:class:`WordStarts`); the
shared scan is built on first use from every table made so far, and rebuilt should
another be made later, which changes the cost, never the places reported. A step whose
stems are read from a pattern (the meeting step's prose words, whose parse would cost
every process at import) gives a function instead, called when the shared scan is built.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable

from diplonews import _regex as re
from diplonews.text._trie import trie

__all__ = ["WordStarts", "lowered"]

# The characters before which no table's word starts (an ASCII word character): a table
# may rule out more (``not_after``), checked on the places the shared scan reports.
_NOT_BEFORE = "a-z0-9_"

#: Every table made so far, in order: the shared scan looks for the stems of all of them.
_TABLES: list[WordStarts] = []


class WordStarts:
    """A step's stems in the shared scan: where words beginning with them start.

    Args:
        stems: the lower-case beginnings of the step's words, or a function that gives
            them (called once, when the shared scan is first built).
        not_after: characters besides an ASCII letter, digit or ``_`` after which none
            of the step's words starts (``"."``: not inside "location.protocol").

    >>> trade = WordStarts(("export", "trad"))
    >>> trade.starts(" " + "exports and trade, untraded")
    [0, 12]
    >>> WordStarts(("pact",), not_after=".").starts(" a pact, x.pact")
    [2]
    """

    def __init__(
        self, stems: Iterable[str] | Callable[[], Iterable[str]], not_after: str = ""
    ) -> None:
        self._stems = stems
        self.not_after = not_after
        _TABLES.append(self)

    @functools.cached_property
    def stems(self) -> tuple[str, ...]:
        """The stems, read once (from the function given, if one was)."""
        stems = self._stems
        return tuple(stems() if callable(stems) else stems)

    def starts(self, padded: str) -> list[int]:
        """Where a word of ``padded`` begins with one of the stems, less one, left to right.

        ``padded`` is a lower-cased text with one character (a space) in front: each
        offset is that of the character before the word in ``padded``, which is the
        word's own offset in the text without it. The same offsets as
        ``[m.start() for m in word_start_scan(stems, "a-z0-9_" + not_after).finditer(padded)]``.
        """
        count = len(_TABLES)
        mine = _own_words(self, count)
        not_after = self.not_after
        starts, words = _hits(padded, count)
        # (picked with C-level calls: every step reads the same tens of places of a body)
        own = list(itertools.compress(starts, map(mine.__contains__, words)))
        if not not_after:
            return own
        return [start for start in own if padded[start] not in not_after]


@functools.lru_cache(maxsize=16)
def lowered(text: str) -> tuple[str, str]:
    """``text`` lower-cased, and that with one space in front (what ``WordStarts.starts`` reads).

    Each step that reads the shared scan lower-cases the same body: done once here (cached
    for the last few texts; a body beyond ASCII is lower-cased letter by letter, the
    dearest step of its reading) and handed back as the same string, whose hash the
    shared scan's own cache then computes only once.

    >>> lowered("Talks")
    ('talks', ' talks')
    """
    lower = text.lower()
    return lower, " " + lower


@functools.lru_cache(maxsize=8)
def _scan(count: int) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The scan for the stems of the first ``count`` tables, and those stems."""
    stems = tuple(sorted({stem for table in _TABLES[:count] for stem in table.stems}))
    # One character that starts no word, then the longest stem after it: a lookahead, so
    # that the scan goes on from the next character (as each table's own scan does).
    return re.compile(rf"[^{_NOT_BEFORE}](?=({trie(stems)}))"), stems


@functools.lru_cache(maxsize=32)
def _own_words(table: WordStarts, count: int) -> frozenset[str]:
    """The stems of the shared scan that begin with one of ``table``'s own stems."""
    own = table.stems
    return frozenset(stem for stem in _scan(count)[1] if stem.startswith(own))


@functools.lru_cache(maxsize=16)
def _hits(padded: str, count: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Each place of ``padded`` the shared scan reports, and the longest stem at each."""
    # Column by column with C-level ``map`` calls, not one Python step per place: a body
    # has tens of places and every step reads them.
    found = list(_scan(count)[0].finditer(padded))
    return tuple(map(re.Match.start, found)), tuple(map(re.Match.group, found, _ONES))


_ONES = itertools.repeat(1)  # the group each place's stem is in
