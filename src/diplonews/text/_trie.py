"""One regex alternation of many words, factored by their shared prefixes.

Every word list the library matches in one pass (country names, role words,
currency words, venues, rule words) is compiled through :func:`trie`: the
engine then follows one branch per letter instead of trying every form in turn.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplonews import _regex as re

__all__ = ["caseless_trie", "trie", "word_start_scan"]

_Node = dict[str, "_Node"]


def trie(forms: Iterable[str]) -> str:
    r"""One regex alternation of ``forms`` factored by shared prefixes ("me(?:et|t)").

    It matches the strings the plain alternation of the forms matches; where one
    form is a prefix of another, the longer is tried first (the shorter's end is
    an optional group, and optional groups are greedy).

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
            branches.append(re.escape(letters) + emit(last))
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


# The letters beyond ASCII that match an ASCII one without case: dotted and dotless "i",
# the long "s", the Kelvin sign ("\u0130" and "\u212a" lower-case to "i" and "k").
_CASE_SPECIALS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


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
    root: _Node = {}
    for form in lowered:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        branches = [_any_case(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


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
