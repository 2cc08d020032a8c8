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
from diplonews.meetings._places import holds
from diplonews.meetings._prose import (
    PROSE_RULES,
    TRIGGERED_RULES,
)
from diplonews.meetings._rules import (
    LINK_LINE,
    RULES,
)
from diplonews.meetings._window import TRIGGERS_PER_SENTENCE
from diplonews.models import MeetingKind
from diplonews.text import (
    Sentence,
    trie,
)

__all__ = ["rule_matches"]


_READOUT_RULES = RULES + TRIGGERED_RULES  # the rules every trigger sentence is read with
_ALL_RULES = _READOUT_RULES + PROSE_RULES  # and those of a sentence with a prose word


class _RuleIndex(NamedTuple):
    """The rules of :data:`_ALL_RULES` by the words their matches hold, as bit masks."""

    #: Finds, at each place of a text where a word's stem starts, the longest stem there.
    stems: re.Pattern[str]
    #: For each stem the scan reports, the words that may stand where it does: those
    #: whose own stem it starts with (:func:`_stem_of`).
    words_of: dict[str, tuple[str, ...]]
    #: For each word, its rules (bit ``i`` for ``_ALL_RULES[i]``).
    rules_of: dict[str, int]
    #: The rules with no words (tried in every sentence).
    always: int
    #: The rules of :data:`_READOUT_RULES` (a prefix of :data:`_ALL_RULES`).
    readout: int


# Characters from the most to the least common in English prose: a stem opening on a rarer
# one stops the scan at fewer places (any other character, a capital, is rarer still).
_COMMON_FIRST = " etaoinsrhldcumfpgwybvkxjqz"
_SHORTEST_STEM = 3  # a shorter piece of a word ("ed") stands in too many sentences


def _stems_of(word: str) -> list[str]:
    """The pieces of ``word`` that run to its end, of :data:`_SHORTEST_STEM` characters or more."""
    return [word[k:] for k in range(max(1, len(word) - _SHORTEST_STEM + 1))]


def _rarity(char: str) -> int:
    """How common ``char`` is as a place the scan stops at: the higher, the more common."""
    return len(_COMMON_FIRST) - _COMMON_FIRST.find(char) if char in _COMMON_FIRST else 0


def _stem_of(words: list[str]) -> dict[str, str]:
    """For each word, the piece of it (to its end) that the scan looks for.

    A text holds the word only where it holds that piece, so the words of a sentence
    are among those whose pieces it holds. The pieces are chosen so that few
    characters open any of them: each word first takes the one opening on its rarest
    character, then each opening character, the most common first, is given up
    where every word opening on it has a piece opening on one of the others.
    """
    stem = {word: min(_stems_of(word), key=lambda piece: _rarity(piece[0])) for word in words}
    for char in sorted({piece[0] for piece in stem.values()}, key=_rarity, reverse=True):
        others = {piece[0] for piece in stem.values()} - {char}
        moved: dict[str, str] = {}
        for word, piece in stem.items():
            if piece[0] == char:
                kept = [other for other in _stems_of(word) if other[0] in others]
                if not kept:
                    break
                moved[word] = max(kept, key=len)  # the longest: it stands in fewest texts
        else:
            stem.update(moved)
    return stem


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
    stem = _stem_of(sorted(own))
    stems = sorted(set(stem.values()))
    # A trie tries the longer stems first, so at each place it finds the longest stem there;
    # the lookahead lets the scan go on from the next character (stems may overlap).
    scan = re.compile(f"(?=({trie(stems)}))")
    words_of = {
        found: tuple(word for word in sorted(own) if found.startswith(stem[word]))
        for found in stems
    }
    readout = (1 << len(_READOUT_RULES)) - 1
    return _RuleIndex(scan, words_of, own, always, readout)


def _rules_to_try(text: str, prose: bool) -> list[int]:
    """The indices in :data:`_ALL_RULES`, in order, of the rules that may match ``text``.

    A rule may match only where one of its words stands (or it has none): the rules of
    the words ``text`` holds are tried (the prose rules only when ``prose``): exactly
    those that the tests of each rule's words let through. The words are found by one
    scan of the sentence for their stems (pieces that open on few characters, so that
    the scan stops at few places), then a test of each word whose stem it holds.
    """
    index = _rule_index()
    mask = index.always
    rules_of = index.rules_of
    words_of = index.words_of
    for found in set(index.stems.findall(text)):
        for word in words_of[found]:
            if word in text:
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
    for i in _rules_to_try(text, holds(prose, sentence.start, sentence.end)):
        rule, kind, _words, pattern = _ALL_RULES[i]
        matches = list(itertools.islice(pattern.finditer(text), budget))
        if matches:
            budget -= len(matches)
            out.append((rule, kind, matches))
    return out
