"""One regex alternation of many literal strings, factored by their shared prefixes.

The one trie builder of the library: the language layer compiles its word lists
through it (:func:`diplonews.text.trie`), and :mod:`diplonews._regex_words` its gates
of many required strings. It sits below both, as :mod:`diplonews._sre` does, so that
each imports it without importing the other. A trie of plain words is kept on disk with
the compiled patterns (:mod:`diplonews._regex_cache`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from diplonews._regex_cache import remembered

__all__ = ["trie"]

_Node = dict[str, "_Node"]


def trie(forms: Iterable[str], spell: Callable[[str], str] = re.escape) -> str:
    r"""One regex alternation of ``forms`` factored by shared prefixes ("me(?:et|t)").

    It matches the strings the plain alternation of the forms matches; where one
    form is a prefix of another, the longer is tried first (the shorter's end is
    an optional group, and optional groups are greedy). ``spell`` writes a run of
    the forms' characters as a pattern (by default escaped, to match as written).

    >>> trie(["met", "meet", "talks"])
    '(?:me(?:et|t)|talks)'
    >>> trie(["Sudan", "South Sudan", "South"])
    'S(?:outh(?:\\ Sudan)?|udan)'
    """
    if spell is re.escape:  # (a list of plain words: its trie is kept on disk, see _escaped)
        distinct = sorted(set(forms))
        joined = _SEPARATOR.join(distinct)
        if joined.count(_SEPARATOR) == max(len(distinct) - 1, 0):  # no form holds it
            return _escaped(joined)
        forms = distinct
    return _built(forms, spell)


#: What parts the forms in the key of a kept trie (a character no word holds).
_SEPARATOR = "\x00"


# A trie is the same for the same forms, and a fresh process's first article built some 20
# of them (the country names' alone, 1,500 forms, in ~7 ms): kept on disk with the patterns.
@remembered("trie")
def _escaped(joined: str, _flags: int) -> str:
    """:func:`trie` of the forms ``joined`` holds (sorted, parted by :data:`_SEPARATOR`)."""
    return _built(joined.split(_SEPARATOR), re.escape)


def _built(forms: Iterable[str], spell: Callable[[str], str]) -> str:
    """:func:`trie`, built from its forms."""
    root: _Node = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def emit(node: _Node) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            # A run of nodes with one letter and no form ending there is written as its
            # letters in one step (most nodes are such): the same pattern, built faster.
            letters, last = ch, child
            while len(last) == 1 and "" not in last:
                ((next_ch, last),) = last.items()
                letters += next_ch
            branches.append(spell(letters) + emit(last))
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)
