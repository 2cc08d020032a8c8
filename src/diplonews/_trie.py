"""One regex alternation of many literal strings, factored by their shared prefixes.

The one trie builder of the library: the language layer compiles its word lists
through it (:func:`diplonews.text.trie`), and :mod:`diplonews._regex_words` its gates
of many required strings. It sits below both, as :mod:`diplonews._sre` does, so that
each imports it without importing the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

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
