r"""Rule branches rewritten to open on their word find exactly what they found before.

A branch that opens on a lookbehind ("(?<=\bwill\s)receive") cannot be skipped to
through its first characters alone: the engine tests its lookbehinds at every place
where the rest of the pattern may start. Written with the word first and the
lookbehinds after it ("receive(?<=\bwill\s.{7})"), or behind a one-character
lookbehind that most places fail ("(?<=[gr]\s)" before "after " and "following "),
the same matches cost less. Each rule keeps its old opening here as the oracle: the
rule as it is now, with the old opening put back, must find the same matches (spans
and groups) on sentences built from the words those openings read (written for
these tests).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews import _regex
from diplonews.meetings._rules import RULES

# (rule index, opening now, opening before): the rest of each rule is read as it is now.
_OPENINGS = [
    (
        0,
        r"|\bcall(?:ed|s|ing)|call(?:(?<=\bto\scall)|(?<=\bwill\scall)|(?<=\bwill\salso\scall)))",
        r"|\bcall(?:ed|s|ing)|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwill\salso\s))call)",
    ),
    (
        1,
        r"| (?<=[gr]\s)(?:(?<=\bafter\s)|(?<=\bfollowing\s))(?:a|an|the|their|his|her)\s+",
        r"| (?:(?<=\bafter\s)|(?<=\bfollowing\s))(?:a|an|the|their|his|her)\s+",
    ),
    (
        15,
        r"""| negotiations(?:(?<=\bafter\snegotiations)|(?<=\bduring\snegotiations)
              |(?<=\bfollowing\snegotiations))\s+""",
        r"| (?:(?<=\bafter\s)|(?<=\bduring\s)|(?<=\bfollowing\s))negotiations\s+",
    ),
    (
        15,
        r"| (?<=[gr]\s)(?:(?<=\bafter\s)|(?<=\bduring\s)|(?<=\bfollowing\s))(?:[a-z-]+\s+){1,3}?",
        r"| (?:(?<=\bafter\s)|(?<=\bduring\s)|(?<=\bfollowing\s))(?:[a-z-]+\s+){1,3}?",
    ),
    (
        18,
        r"""(?:receive|welcome)
            (?:(?<=\bwill\s.{7})|(?<=\bto\s.{7})|(?<=\bwould\s.{7})|(?<=\balso\s.{7}))\s+""",
        r"(?:(?<=\bwill\s)|(?<=\bto\s)|(?<=\bwould\s)|(?<=\balso\s))(?:receive|welcome)\s+",
    ),
    (
        19,
        r"""(?:host(?:(?<=\bwill\shost)|(?<=\bto\shost)|(?<=\bwould\shost)|(?<=\balso\shost))
            |(?<=[eors]\s)(?:(?<=\bis\s)|(?<=\bare\s)""",
        r"""(?:(?:(?<=\bwill\s)|(?<=\bto\s)|(?<=\bwould\s)|(?<=\balso\s))host
            |(?:(?<=\bis\s)|(?<=\bare\s)""",
    ),
]

_PIECES = [
    "will", "to", "would", "also", "is", "are", "well as", "as", "after", "before",
    "forward to", "during", "following", "the", "a", "his", "her", "President", "Lima",
    "in", "at", "wills", "into", "pre", "re", "sis", ",", ".", ";", "2024", "’s",
]  # fmt: skip
# For each rule: what stands before the word its opening reads (and near misses of it),
# the word, then what may complete a match.
_PARTS = {
    0: (["to", "will", "will also", "also", "wills", "into", ""], ["call", "calls"],
        ["on the Prime Minister", "on him", "on Monday", "on them to stop", "for talks"]),
    1: (["after", "following", "during", "safter", "the", ""], ["a", "the", "their", "his"],
        ["call in March", "phone call on 3 May", "call", "long call in Lima", "call for"]),
    15: (["after", "during", "following", "before", "tafter", ""],
         ["negotiations", "long", "long bilateral", "trade talks and", "the"],
         ["negotiations that ended", "negotiations in Geneva", "in Lima", "that took place",
          "at Geneva", "negotiations", ""]),
    18: (["will", "to", "would", "also", "wills", "pre", ""], ["receive", "welcome", "receives"],
         ["the delegation", "the President", "him in Lima", "her in May", "aid", ""]),
    19: (["will", "to", "would", "also", "is", "are", "well as", "after", "before",
          "forward to", "sis", "share", ""],
         ["host", "receiving", "hosting", "welcoming", "hosts"],
         ["the Foreign Minister of Peru", "the summit of leaders", "him in Lima", "aid", ""]),
}  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "", "-", ", "])


def _sentences(rule: int) -> st.SearchStrategy[str]:
    """Sentences around the words rule ``rule``'s rewritten opening reads."""
    before, words, after = _PARTS[rule]
    return st.tuples(
        st.lists(st.sampled_from(_PIECES), max_size=4).map(" ".join),
        _SEPARATORS,
        st.sampled_from(before),
        _SEPARATORS,
        st.sampled_from(words),
        _SEPARATORS,
        st.sampled_from(after),
        _SEPARATORS,
        st.lists(st.sampled_from(_PIECES), max_size=3).map(" ".join),
    ).map("".join)


def _source(rule: int) -> tuple[str, int]:
    """The source and flags of rule ``rule`` as it is now."""
    pattern = RULES[rule][3]
    return pattern.pattern, pattern.flags


def _old(rule: int) -> list[tuple[str, str]]:
    """(source now, source with the old openings) of rule ``rule``."""
    source, _ = _source(rule)
    old = source
    for index, now, before in _OPENINGS:
        if index == rule:
            assert source.count(now) == 1, now  # the opening is still the one rewritten
            old = old.replace(now, before)
    assert old != source
    return [(source, old)]


_RULES = sorted({index for index, _, _ in _OPENINGS})


def _found(pattern: _regex.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("rule", _RULES)
@settings(max_examples=300)
@given(data=st.data())
def test_the_rule_finds_what_its_old_opening_found(rule: int, data: st.DataObject) -> None:
    """On any sentence of the words the openings read, the same matches as before."""
    text = data.draw(_sentences(rule))
    ((now, before),) = _old(rule)
    flags = _source(rule)[1]
    new_pattern, _ = _regex._first_use(now, flags)
    old_pattern, _ = _regex._first_use(before, flags)
    assert _found(new_pattern, text) == _found(old_pattern, text)


@pytest.mark.parametrize(
    ("rule", "text", "found"),
    [
        (18, "The President will receive the delegation on Monday.", "receive "),
        (18, "He is to welcome President Ruiz.", "welcome "),
        (18, "They would receive aid.", None),  # no guest after the word
        (19, "She will host the Foreign Minister of Peru.", "host "),
        (19, "He looks forward to welcoming the President.", "welcoming "),
        (19, "Lima is hosting the summit of leaders.", None),  # a summit, no guest
        (0, "The envoy will call on the Prime Minister.", "call on "),
        (1, "They spoke again after a call in March.", "a call"),
        (15, "He spoke after negotiations in Geneva.", "negotiations "),
        (15, "It came after long bilateral negotiations that ended today.", "long bilateral "),
    ],
)
def test_rewritten_openings_examples(rule: int, text: str, found: str | None) -> None:
    """Table: the rewritten rules on sentences with and without what the openings read."""
    match = RULES[rule][3].search(text)
    if found is None:
        assert match is None
    else:
        assert match is not None
        assert match.group().startswith(found)
