r"""The words a pattern's every match holds, read from the pattern: a gate before a search.

A search for a long alternation in a sentence costs tens of microseconds even where it
finds nothing, which is where it mostly is; testing whether the sentence holds one of a
few literal strings (``str.__contains__``, in C) costs a few. :func:`required_words`
reads the parsed pattern and gives strings such that every match contains one of them:
a text that contains none of them has no match, and its search can be skipped with no
change in any result. The strings are derived from the pattern itself, so that a rule
edited later keeps a gate that is right for it.

>>> import re
>>> sorted(required_words(re.compile(r"\b(?:[Pp]hone\s+call|[Tt]alks|met)\b")))
['alks', 'hone', 'met']
>>> required_words(re.compile(r"talks?", re.IGNORECASE)) is None  # case-blind: not read
True
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Any

from diplonews._regex_cache import remembered
from diplonews._sre import ATOMIC as _ATOMIC
from diplonews._sre import BRANCH as _BRANCH
from diplonews._sre import IN as _IN
from diplonews._sre import LITERAL as _LITERAL
from diplonews._sre import REPEATS as _REPEATS
from diplonews._sre import SUBPATTERN as _SUBPATTERN
from diplonews._sre import ZERO_WIDTH as _ZERO_WIDTH
from diplonews._sre import sre_parse as _sre_parse
from diplonews._trie import trie

__all__ = ["SCAN_ABOVE", "holds_required", "may_match", "required_words"]

# Flags under which a literal does not match only itself.
_CASE_BLIND = re.IGNORECASE | re.LOCALE
# The most texts a run of items is spelled out as.
_MAX_TEXTS = 16
#: The shortest string worth testing for (shorter ones are in most sentences).
MIN_LENGTH = 3

Words = frozenset[str]


def _better(a: Words | None, b: Words | None) -> Words | None:
    """The more selective of two sets: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _of_sequence(items: Any) -> Words | None:
    r"""Strings one of which every match of these parsed items contains; None if none known.

    Items of a few known texts each (a letter, "[Pp]", "s?", "(?:met|meet)", a zero-width
    "\b") are joined into the texts a run of them matches, every one of them: a match
    holds one. Each other item a match must go through gives such a set too: a group (its
    content's), a repeat of at least one (its body's), an alternation (the union of its
    branches', when each has one). Any of them will do; the most selective is kept.
    """
    best: Words | None = None
    run: set[str] = {""}

    def flush() -> None:
        nonlocal best
        if "" not in run:  # a run that may match nothing requires nothing
            best = _better(best, frozenset(run))

    for op, av in items:
        texts = _texts_of(op, av)
        if texts is not None and len(run) * len(texts) <= _MAX_TEXTS:
            run = {a + b for a in run for b in texts}
            continue
        flush()
        if texts is not None:
            run = set(texts)
            continue
        run = {""}
        best = _better(best, _of_item(op, av))
    flush()
    return best


def _texts_of_sequence(items: Any) -> Words | None:
    """Every text these parsed items can match, if a few; None otherwise."""
    run: Words = frozenset({""})
    for op, av in items:
        texts = _texts_of(op, av)
        if texts is None or len(run) * len(texts) > _MAX_TEXTS:
            return None
        run = frozenset(a + b for a in run for b in texts)
    return run


def _texts_of(op: Any, av: Any) -> Words | None:
    """Every text one parsed item can match, if a few known ones; None otherwise."""
    if op is _LITERAL:
        return frozenset({chr(av)})
    if op in _ZERO_WIDTH:
        return frozenset({""})  # "\\b", "^", a lookaround: nothing consumed
    if op is _IN:
        if len(av) > _MAX_TEXTS or any(kind is not _LITERAL for kind, _ in av):
            return None  # a negated set, a range, a class
        return frozenset(chr(value) for _, value in av)
    if op is _SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & _CASE_BLIND else _texts_of_sequence(sub.data)
    if op is _BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            texts = _texts_of_sequence(branch.data)
            if texts is None:
                return None
            found |= texts
        return frozenset(found) if len(found) <= _MAX_TEXTS else None
    if op in _REPEATS:
        low, high, sub = av
        texts = _texts_of_sequence(sub.data)
        if texts is None or (low, high) not in ((0, 1), (1, 1)):
            return None
        return texts | {""} if low == 0 else texts
    return None


def _of_item(op: Any, av: Any) -> Words | None:
    """:func:`_of_sequence` for one item of no few known texts."""
    if op is _SUBPATTERN:
        _, add_flags, _, sub = av
        return None if add_flags & _CASE_BLIND else _of_sequence(sub.data)
    if op is _BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _of_sequence(branch.data)
            if words is None:
                return None  # a branch that needs no known string: nothing is required
            found |= words
        return frozenset(found)
    if op in _REPEATS:
        low, _, sub = av
        return _of_sequence(sub.data) if low >= 1 else None
    if op is _ATOMIC and op is not None:
        return _of_sequence(av.data)
    return None


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains; None if no useful ones.

    None for a pattern matched without case, or whose strings would be shorter than
    :data:`MIN_LENGTH` characters.
    """
    return _required(pattern.pattern, pattern.flags)


# (kept on disk with the compiled patterns: the parse of a few hundred rules was most of the
# first trigger sentence's time in a fresh process)
@remembered("required_words")
def _required(source: str, flags: int) -> tuple[str, ...] | None:
    """:func:`required_words` of the pattern ``source`` compiled with ``flags``."""
    if flags & _CASE_BLIND:
        return None
    parsed = _sre_parse.parse(source, flags)
    if parsed.state.flags & _CASE_BLIND:  # "(?i)" at the start
        return None
    words = _of_sequence(parsed.data)
    if not words or min(map(len, words)) < MIN_LENGTH:
        return None
    # A text holding a string holds each part of it, so a string may give way to a part:
    # "Talks" and "talks" to "alks" (one test for both), and one holding another to that one.
    found = set(words)
    for word in sorted(words):
        lower = word[:1].lower() + word[1:]
        if word != lower and lower in found and len(word) > MIN_LENGTH:
            found -= {word, lower}
            found.add(word[1:])
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def holds_required(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether ``text`` may hold a match: it holds one of ``words`` (or they are None)."""
    return words is None or any(map(text.__contains__, words))


#: Past this many strings, one scan of the text for all of them costs less than a
#: substring test for each (a test reads the text once per string, the scan once in all).
SCAN_ABOVE = 12


@functools.cache
def _gate_of(source: str, flags: int) -> tuple[str, ...] | re.Pattern[str] | None:
    """The gate of the pattern ``source`` compiled with ``flags`` (built once).

    Its :func:`required_words`, or, for more than :data:`SCAN_ABOVE` of them, a pattern
    that finds any of them: the literals alone, with no assertion, so that a search from
    ``pos`` to ``endpos`` finds one exactly where the slice between holds one.
    """
    words = _required(source, flags)  # (its parse, kept on disk: no compile of it here)
    if words is None or len(words) <= SCAN_ABOVE:
        return words
    return re.compile(trie(words))


def may_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    r"""Whether ``pattern.search(text, pos, endpos)`` may find a match: False if it cannot.

    False when ``text[pos:endpos]`` holds none of the pattern's :func:`required_words`
    (read from the pattern once): a few substring tests in C, where a search of a long
    alternation enters the engine at every character of the text. ``pos`` and
    ``endpos`` are read as the search reads them (a negative one as 0).

    >>> talks = re.compile(r"\b(?:held|had)\s+talks\b")
    >>> may_match(talks, "they held talks"), may_match(talks, "they held talks", 0, 9)
    (True, False)
    """
    gate = _gate_of(pattern.pattern, pattern.flags)
    if gate is None:
        return True
    if isinstance(gate, tuple):
        # (the bounds clamped at 0 with comparisons: a call of max() per bound costs more)
        part = text[pos if pos > 0 else 0 : endpos if endpos > 0 else 0]
        return any(map(part.__contains__, gate))
    return gate.search(text, pos, endpos) is not None  # (a negative pos or endpos is 0)
