r"""The literal words that every match of a pattern starts with, read from its parse.

A pattern tried at every word start of a body (the meeting step's prose words: "was
in", "reached out", "flew to") can instead be tried only where one of the words its
matches open on starts, and those places can come from a scan that other steps make
anyway (:class:`~diplonews.text.WordStarts`). The words are read from the pattern's own
parse, so a branch added to the pattern brings its word along: no second list to keep in
step by hand, and a pattern whose openings cannot be read this way says so (``None``)
and keeps its own scan.

>>> sorted(literal_heads(r"\b(?:reach(?:ed|es)\s+out|w(?:as|ere)\s+in|go(?:es)?\s)"))
['go', 'reached', 'reaches', 'was', 'were']
>>> literal_heads(r"\w+ talks") is None, literal_heads("(?i)talks") is None
(True, True)
"""

from __future__ import annotations

from typing import Any

from diplonews._regex_cache import remembered
from diplonews._sre import BRANCH as _BRANCH
from diplonews._sre import IN as _IN
from diplonews._sre import LITERAL as _LITERAL
from diplonews._sre import REPEATS as _REPEATS
from diplonews._sre import SUBPATTERN as _SUBPATTERN
from diplonews._sre import ZERO_WIDTH as _ZERO_WIDTH
from diplonews._sre import sre_constants as _sre_constants
from diplonews._sre import sre_parse as _sre_parse

__all__ = ["literal_heads"]

#: The most heads a pattern may have (beyond it, a scan of them would cost more than it saves).
_HEAD_LIMIT = 400
#: The most characters a set may have to be read as that many heads ("[Ss]pent").
_SET_LIMIT = 4

_IGNORECASE = _sre_constants.SRE_FLAG_IGNORECASE


class _UnreadableError(Exception):
    """A construct whose heads are not read here (a flag of its own, too many heads)."""


def _sequence(items: Any, heads: frozenset[str]) -> tuple[frozenset[str], bool]:
    """``heads`` each followed by what these items surely start with; whether they all are.

    The second value tells whether the items were read to their end (each is a literal,
    or a group or branch of such): only then may what follows them add to the heads.
    """
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        heads, whole = _item(op, av, heads)
        if len(heads) > _HEAD_LIMIT:
            raise _UnreadableError
        if not whole:
            return heads, False
    return heads, True


def _item(op: Any, av: Any, heads: frozenset[str]) -> tuple[frozenset[str], bool]:
    """:func:`_sequence` for one parsed item."""
    if op is _LITERAL:
        return frozenset(head + chr(av) for head in heads), True
    if op is _IN:
        chars = [chr(value) for kind, value in av if kind is _LITERAL]
        if len(chars) != len(av) or len(chars) > _SET_LIMIT:
            return heads, False  # a range, a category, a negated set: the heads stop here
        return frozenset(head + char for head in heads for char in chars), True
    if op is _SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _UnreadableError  # "(?i:...)": its letters match in other cases too
        return _sequence(sub.data, heads)
    if op is _BRANCH:
        found: set[str] = set()
        whole = True
        for branch in av[1]:
            more, done = _sequence(branch.data, heads)
            found |= more
            whole = whole and done
        return frozenset(found), whole
    if op in _REPEATS:
        low, _, sub = av
        if low == 0:
            return heads, False  # it may be absent: the heads end before it
        more, _ = _sequence(sub.data, heads)  # its first time surely; how often, not known
        return more, False
    return heads, False  # ".", a back-reference, a conditional group: the heads stop here


# (kept on disk with the compiled patterns: the parse of a few hundred rules was most of the
# first trigger sentence's time in a fresh process)
@remembered("literal_heads")
def literal_heads(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""The strings, each of one or more characters, one of which starts every match.

    ``None`` when they cannot be read: a match may start with any character (or
    none), the pattern or a group of it is matched without case, or there would be
    too many. Each head is as long as the pattern's literal characters allow: the
    words of a branch, a small set of characters ("[Mm]et": "Met", "met"), the first
    time of a repeat that must occur.

    >>> sorted(literal_heads(r"sp(?:ent|ends?)\s+in|[Mm]et\b"))
    ['Met', 'met', 'spend', 'spent']
    >>> literal_heads(r"(?:talks)?|met") is None
    True
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
        if (flags | parsed.state.flags) & _IGNORECASE:
            return None
        heads, _ = _sequence(parsed.data, frozenset({""}))
    except _UnreadableError:
        return None
    return None if not heads or "" in heads else heads
