"""Which rules match a trigger sentence, in the order they are read.

Every rule of :mod:`~diplonews.meetings._rules` and :mod:`~diplonews.meetings._prose` is
indexed once by the words its matches must hold, so a sentence tries only the rules whose
words it holds (:func:`rule_matches`); the order, and so every match, is the rules' own.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Collection
from typing import NamedTuple

from diplonews import _regex as re
from diplonews._regex_heads import literal_heads
from diplonews._regex_words import required_words
from diplonews.meetings._places import holds
from diplonews.meetings._prose import (
    PROSE_RULES,
    TRIGGERED_RULES,
)
from diplonews.meetings._rules import (
    LINK_LINE,
    RULES,
    WORD_START,
)
from diplonews.meetings._window import TRIGGERS_PER_SENTENCE
from diplonews.models import MeetingKind
from diplonews.text import (
    PieceScan,
    Sentence,
    trie,
)

__all__ = ["rule_matches"]


_READOUT_RULES = RULES + TRIGGERED_RULES  # the rules every trigger sentence is read with
_ALL_RULES = _READOUT_RULES + PROSE_RULES  # and those of a sentence with a prose word


class _RuleIndex(NamedTuple):
    """The rules of :data:`_ALL_RULES` by the words their matches hold, as bit masks."""

    #: Finds the words of the rules a text holds.
    words: PieceScan
    #: For each word, its rules (bit ``i`` for ``_ALL_RULES[i]``; none for a word of
    #: :attr:`branches` alone).
    rules_of: dict[str, int]
    #: The rules with no words (tried in every sentence).
    always: int
    #: The rules of :data:`_READOUT_RULES` (a prefix of :data:`_ALL_RULES`).
    readout: int
    #: For each rule, the words every match of it opens on (:func:`_openings`), where
    #: they are at most :data:`_OPENING_LIMIT`.
    heads: list[tuple[str, ...] | None]
    #: For each rule, the pattern its sentences are scanned with where ``heads`` has none
    #: (:func:`_led_by_openings`).
    scans: list[re.Pattern[str]]
    #: For each rule, its branches where a sentence is scanned with those whose words it
    #: holds alone (:class:`_Branches`), else None.
    branches: list[_Branches | None]


@functools.cache
def _rule_index() -> _RuleIndex:
    """The word index of the rules, built on first use from their own word lists."""
    own: dict[str, int] = {}
    always = 0
    for i, (_rule, _kind, words, _pattern) in enumerate(_ALL_RULES):
        if not words:
            always |= 1 << i
        for word in words:
            own[word] = own.get(word, 0) | 1 << i
    readout = (1 << len(_READOUT_RULES)) - 1
    # (each pattern parsed once for its openings: a parse costs more than a sentence's scan)
    openings = [_openings(pattern) for _rule, _kind, _words, pattern in _ALL_RULES]
    heads = [words if words and len(words) <= _OPENING_LIMIT else None for words in openings]
    scans = [
        _led_by_openings(pattern, words)
        for (_rule, _kind, _words, pattern), words in zip(_ALL_RULES, openings, strict=True)
    ]
    branches = [
        _Branches.of(pattern) if opening is None else None
        for (_rule, _kind, _words, pattern), opening in zip(_ALL_RULES, heads, strict=True)
    ]
    # The branches' words in the same scan, found once a sentence (they gate no rule)
    for split in branches:
        for word in split.words if split else ():
            own.setdefault(word, 0)
    return _RuleIndex(PieceScan(own), own, always, readout, heads, scans, branches)


#: The most words a rule's matches may open on for it to be tried only where they stand:
#: beyond them ("is", "are", "the", "a" among them), the substring tests and the tries at
#: every place found cost more than the engine's own pass over the sentence.
_OPENING_LIMIT = 12


def _openings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words every match of ``pattern`` opens on, none a prefix of another; None if unread.

    Only the shortest of two such words is kept: a place where the longer one stands is
    one where the shorter does too.
    """
    heads = literal_heads(pattern.pattern, pattern.flags)
    if not heads or "" in heads:
        return None
    return tuple(
        sorted(head for head in heads if not any(head.startswith(h) for h in heads - {head}))
    )


def _led_by_openings(pattern: re.Pattern[str], heads: tuple[str, ...] | None) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the words its matches open on, if it has many.

    A rule whose branches each open on a word boundary ("visit": some twelve of them)
    is entered by the engine at every letter one of its words opens on, and each branch
    is tried there; a lookahead for the words themselves (a trie) fails most of those
    places at once. The matches are the same: each opens on one of the words. A rule
    that opens on :data:`~diplonews.meetings._rules.WORD_START` fails most places as
    fast already, and one with few words is tried where they stand (:func:`_matches_at`).
    ``heads``: :func:`_openings` of ``pattern``.
    """
    if heads is None or len(heads) <= _OPENING_LIMIT or pattern.pattern.startswith(WORD_START):
        return pattern
    end = "\n" if pattern.flags & re.VERBOSE else ""  # past a comment on the rule's last line
    return re.compile(f"(?={trie(heads)})(?:{pattern.pattern}{end})", pattern.flags)


#: The fewest branches a rule's alternation needs for a sentence to be scanned with those
#: whose words it holds alone (measured over the corpus's trigger sentences: all the rules'
#: scans 0.101 s a pass, 0.083 from 20 branches, the session of a commission and held talks,
#: 0.078 from 12, a phone call and a visit too).
_BRANCHES_FROM = 12


def _alternation(source: str, verbose: bool) -> tuple[str, list[str], str] | None:
    """``source`` as the text before its alternation, each branch, and the text after.

    The alternation is the pattern's own (branches at the top) or that of a last group
    ``(?:...)`` after which only spaces or comments stand; None for any other shape.
    Escapes, character sets and (with ``verbose``) comments are read past, so that a bar
    or a bracket inside them parts nothing.
    """
    bars: dict[int, list[int]] = {-1: []}  # each group's start (-1: the top), its own bars
    opened: list[int] = []
    last: tuple[int, int] | None = None  # the last group at the top, (start, end)
    at, size = 0, len(source)
    while at < size:
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at += 2 if source.startswith("[^", at) else 1
            at += source.startswith("]", at)  # a "]" first is one of the set
            while source[at] != "]":
                at += 2 if source[at] == "\\" else 1
            at += 1
            continue
        if char == "#" and verbose:
            end = source.find("\n", at)
            at = size if end < 0 else end + 1
            continue
        if char == "(":
            opened.append(at)
            bars[at] = []
        elif char == ")":
            start = opened.pop()
            if not opened:
                last = (start, at)
        elif char == "|":
            bars[opened[-1] if opened else -1].append(at)
        at += 1
    if bars[-1]:
        cuts = [-1, *bars[-1], size]
        return "", [source[a + 1 : b] for a, b in itertools.pairwise(cuts)], ""
    if last is None or not source.startswith("(?:", last[0]) or not bars[last[0]]:
        return None
    start, end = last
    after = source[end + 1 :]
    if any(line.split("#", 1)[0].strip() for line in after.split("\n")) if verbose else after:
        return None  # a quantifier or more pattern after the group
    cuts = [start + 2, *bars[start], end]
    return (
        source[: start + 3],
        [source[a + 1 : b] for a, b in itertools.pairwise(cuts)],
        source[end:],
    )


class _Branches:
    """A rule's alternation, each branch tried only in a text that holds one of its words.

    A branch none of whose :func:`~diplonews._regex_words.required_words` a sentence holds
    matches nowhere in it, so the alternation of the branches left (in their order) finds
    at every place what the whole one does: the same matches. A rule of many branches
    ("talks", "consultations", "a dialogue's next session", "the conversation held with")
    is otherwise tried branch by branch at each word of every sentence it is searched in.
    The branches left are tried as a rule is (:func:`_matches_at` where they open on a few
    words, else behind a lookahead for their openings, :func:`_led_by_openings`).
    """

    def __init__(self, pattern: re.Pattern[str], parts: tuple[str, list[str], str]) -> None:
        self._head, self._branches, self._tail = parts
        self._flags = pattern.flags
        self._end = "\n" if pattern.flags & re.VERBOSE else ""  # past a comment at its end
        self._always = 0  # the branches with no words: in every text
        self._of: dict[str, int] = {}  # each word, its branches (bit ``i``: branch ``i``)
        #: Each branch's :func:`_openings` (read once here: a parse costs more than a scan).
        self._openings: list[tuple[str, ...] | None] = []
        for i, branch in enumerate(self._branches):
            alone = re.compile(self._source([branch]), pattern.flags)
            words = required_words(alone)
            if words is None:
                self._always |= 1 << i
            for word in words or ():
                self._of[word] = self._of.get(word, 0) | 1 << i
            self._openings.append(_openings(alone))
        #: The words of the branches.
        self.words = frozenset(self._of)
        self._scan_words = PieceScan(self._of)
        #: The pattern of each set of branches, and the words it opens on if they are few.
        self._scans: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None] | None] = {}

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> _Branches | None:
        """The branches of ``pattern``, if it has :data:`_BRANCHES_FROM` of them or more."""
        parts = _alternation(pattern.pattern, bool(pattern.flags & re.VERBOSE))
        if parts is None or len(parts[1]) < _BRANCHES_FROM:
            return None
        return cls(pattern, parts)

    def _source(self, branches: list[str]) -> str:
        """The pattern of these branches alone."""
        return self._head + "|".join(branch + self._end for branch in branches) + self._tail

    def _scan(self, mask: int) -> tuple[re.Pattern[str], tuple[str, ...] | None] | None:
        """The branches of ``mask`` as a pattern, and its openings if at most a few."""
        kept = [i for i in range(len(self._branches)) if mask >> i & 1]
        if not kept:
            return None
        pattern = re.compile(self._source([self._branches[i] for i in kept]), self._flags)
        heads: tuple[str, ...] | None = None
        if all(self._openings[i] is not None for i in kept):
            found = {head for i in kept for head in self._openings[i] or ()}
            # (a head is dropped when one of its own shorter prefixes is a head too: a lookup
            # per prefix, not a comparison with every other head)
            heads = tuple(
                sorted(h for h in found if not any(h[:k] in found for k in range(len(h))))
            )
        if heads is not None and len(heads) <= _OPENING_LIMIT:
            return pattern, heads
        return _led_by_openings(pattern, heads), None

    def matches(
        self, text: str, budget: int, held: Collection[str] | None = None
    ) -> list[re.Match[str]]:
        """The first ``budget`` matches of the rule in ``text``, as its ``finditer`` finds them.

        ``held``: every one of :attr:`words` that ``text`` holds (and any others), if known.
        """
        mask = self._always
        of = self._of
        for word in self._scan_words.held(text) if held is None else held:
            mask |= of.get(word, 0)
        if mask in self._scans:
            scan = self._scans[mask]
        else:
            scan = self._scans[mask] = self._scan(mask)
        if scan is None:
            return []
        pattern, heads = scan
        if heads is not None:
            return _matches_at(pattern, text, heads, budget)
        return list(itertools.islice(pattern.finditer(text), budget))


def _matches_at(
    pattern: re.Pattern[str], text: str, heads: tuple[str, ...], budget: int
) -> list[re.Match[str]]:
    """The first ``budget`` matches of ``pattern.finditer(text)``, tried only where they may open.

    A rule whose branches open on many letters is entered by the engine at most places
    of a sentence, each costing a try of every branch; its matches all open on one of
    ``heads``, found with substring tests in C, so the pattern is tried there alone
    (an anchored match sees the text before ``at`` as a search does: the same matches,
    in the same order, each resuming where the last ended as :meth:`finditer` does).
    """
    if budget <= 0:
        return []
    starts: set[int] = set()
    for head in heads:
        at = text.find(head)
        while at >= 0:
            starts.add(at)
            at = text.find(head, at + 1)
    out: list[re.Match[str]] = []
    end = 0  # where the last match ends: the next opens there or later
    match_at = pattern.match
    for at in sorted(starts):
        if at >= end and (match := match_at(text, at)) is not None:
            out.append(match)
            if len(out) == budget:
                break
            end = match.end()
    return out


def _rules_to_try(text: str, prose: bool) -> list[int]:
    """The indices in :data:`_ALL_RULES`, in order, of the rules that may match ``text``."""
    return _words_and_rules(text, prose)[1]


def _words_and_rules(text: str, prose: bool) -> tuple[set[str], list[int]]:
    """The words of the index ``text`` holds, and :func:`_rules_to_try`.

    A rule may match only where one of its words stands (or it has none): one scan of
    the sentence finds the words of all the rules (a scan for pieces of them that open
    on few letters, :class:`~diplonews.text.PieceScan`, instead of one stopping at
    nearly every letter), and the rules of the words found are tried (the prose rules
    only when ``prose``): exactly those that the tests of each rule's words let through.
    """
    index = _rule_index()
    mask = index.always
    rules_of = index.rules_of
    held = index.words.held(text)
    for word in held:
        mask |= rules_of[word]
    if not prose:
        mask &= index.readout
    out = []
    while mask:
        low = mask & -mask  # the first rule left, so that the rules come in their order
        out.append(low.bit_length() - 1)
        mask ^= low
    return held, out


def rule_matches(
    sentence: Sentence, prose: list[int]
) -> list[tuple[str, MeetingKind, list[re.Match[str]]]]:
    """The matches of each rule in a trigger sentence, in the order they are read.

    Every rule is tried (those of a prose word too where the sentence holds one), in
    order, and at most :data:`TRIGGERS_PER_SENTENCE` matches are taken in all: beyond
    them, hostile text rather than prose. Rules with no match are left out; a rule
    none of whose words the sentence holds cannot match and is not tried
    (:func:`_rules_to_try`).
    """
    text = sentence.text
    if LINK_LINE.match(text):
        return []  # "READ: ..." heads another story
    budget = TRIGGERS_PER_SENTENCE
    out: list[tuple[str, MeetingKind, list[re.Match[str]]]] = []
    index = _rule_index()
    heads = index.heads
    held, rules = _words_and_rules(text, holds(prose, sentence.start, sentence.end))
    for i in rules:
        rule, kind, _words, pattern = _ALL_RULES[i]
        opening = heads[i]
        if opening is None:
            branches = index.branches[i]
            if branches is None:
                matches = list(itertools.islice(index.scans[i].finditer(text), budget))
            else:
                matches = branches.matches(text, budget, held)
        else:
            matches = _matches_at(pattern, text, opening, budget)
        if matches:
            budget -= len(matches)
            out.append((rule, kind, matches))
    return out
