"""Which rules match a trigger sentence, in the order they are read.

Every rule of :mod:`~diplonews.meetings._rules` and :mod:`~diplonews.meetings._prose` is
indexed once by the words its matches must hold, so a sentence tries only the rules whose
words it holds (:func:`rule_matches`); the order, and so every match, is the rules' own.
"""

from __future__ import annotations

import functools
import itertools
from typing import NamedTuple

from diplonews import _regex as re
from diplonews._regex_heads import literal_heads
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
    #: For each word, its rules (bit ``i`` for ``_ALL_RULES[i]``).
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
    return _RuleIndex(PieceScan(own), own, always, readout, heads, scans)


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
    """The indices in :data:`_ALL_RULES`, in order, of the rules that may match ``text``.

    A rule may match only where one of its words stands (or it has none): one scan of
    the sentence finds the words of all the rules (a scan for pieces of them that open
    on few letters, :class:`~diplonews.text.PieceScan`, instead of one stopping at
    nearly every letter), and the rules of the words found are tried (the prose rules
    only when ``prose``): exactly those that the tests of each rule's words let through.
    """
    index = _rule_index()
    mask = index.always
    rules_of = index.rules_of
    for word in index.words.held(text):
        mask |= rules_of[word]
    if not prose:
        mask &= index.readout
    out = []
    while mask:
        low = mask & -mask  # the first rule left, so that the rules come in their order
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


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
    for i in _rules_to_try(text, holds(prose, sentence.start, sentence.end)):
        rule, kind, _words, pattern = _ALL_RULES[i]
        opening = heads[i]
        if opening is None:
            matches = list(itertools.islice(index.scans[i].finditer(text), budget))
        else:
            matches = _matches_at(pattern, text, opening, budget)
        if matches:
            budget -= len(matches)
            out.append((rule, kind, matches))
    return out
