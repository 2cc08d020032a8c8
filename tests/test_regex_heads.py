"""The words every match of a pattern opens on (diplonews._regex_heads.literal_heads).

The meeting step tries its prose pattern only where one of these words starts (found by
the scan the steps share), so they must be a necessary condition: every match of the
pattern, wherever it is found, starts with one of them. The oracle is the pattern itself,
run over generated sentences. Every sentence here is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews._regex_heads import literal_heads
from diplonews.meetings._prose import PROSE_WORDS
from diplonews.meetings._rules import TRIGGER_WORDS

# (case, pattern, heads): written by hand
ROWS: list[tuple[str, str, set[str] | None]] = [
    ("literal", r"talks", {"talks"}),
    ("branch", r"w(?:as|ere)\s+in", {"was", "were"}),
    ("branch-then-literal", r"(?:re|pre)view", {"review", "preview"}),
    ("optional-tail", r"go(?:es|ing)?\s", {"go"}),
    ("zero-width-first", r"(?=[mt])\b(?:met|talks)\b", {"met", "talks"}),
    ("small-set", r"[Mm]et\b", {"Met", "met"}),
    ("repeat-once", r"(?:ab){2,}c", {"ab"}),
    ("wide-set", r"[A-Z]\w+", None),
    ("category", r"\w+ talks", None),
    ("may-be-empty", r"(?:talks)?", None),
    ("empty-branch", r"met|", None),
    ("without-case", r"(?i)talks", None),
    ("group-without-case", r"(?i:talks)|met", None),
]


@pytest.mark.parametrize(("pattern", "heads"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_literal_heads(pattern: str, heads: set[str] | None) -> None:
    """Hand-written heads, or None where they cannot be read."""
    assert literal_heads(pattern) == (None if heads is None else frozenset(heads))


def test_prose_words_have_heads() -> None:
    """The prose pattern's heads are readable and ASCII: its words come from the shared scan.

    (Else the meeting step reads them with a pass of its own: the same offsets, slower.)
    """
    heads = literal_heads(PROSE_WORDS.pattern, PROSE_WORDS.flags)
    assert heads is not None
    assert all(head.isascii() for head in heads)
    assert {"was", "reached", "round"} <= heads


_WORDS = [
    "was", "were", "in", "Lima", "the", "region", "will", "be", "reached", "reaching", "out",
    "spent", "spends", "spending", "two", "days", "delegation", "mission", "of", "to", "due",
    "back", "expected", "confer", "conferred", "with", "hosts", "hosting", "his", "paid",
    "pays", "a", "courtesy", "audience", "lunched", "dines", "dinner", "given", "luncheon",
    "banquet", "reception", "stopped", "over", "stop-over", "travelled", "on", "arrived",
    "returned", "home", "from", "goes", "going", "went", "heads", "flies", "flying", "for",
    "gathered", "convened", "reconvenes", "here", "previous", "next", "round", "is",
    "met", "talks", "Met", "Talks", "visit", "WAS", "Went",
]  # fmt: skip
_GLUE = [" ", "  ", ", ", ". ", "-", "\n", "’", "", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=30))
def test_every_match_opens_on_a_head(parts: list[tuple[str, str]]) -> None:
    """Every match of the prose and trigger patterns starts with one of their heads."""
    text = "".join(word + glue for word, glue in parts)
    for pattern in (PROSE_WORDS, TRIGGER_WORDS):
        heads = literal_heads(pattern.pattern, pattern.flags)
        assert heads is not None
        for match in re.finditer(pattern.pattern, text, pattern.flags):
            assert text.startswith(tuple(heads), match.start()), (match, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_every_match_opens_on_a_head_in_any_text(text: str) -> None:
    """Any text at all: every match of the prose pattern starts with one of its heads."""
    heads = literal_heads(PROSE_WORDS.pattern, PROSE_WORDS.flags)
    assert heads is not None
    for match in re.finditer(PROSE_WORDS.pattern, text, PROSE_WORDS.flags):
        assert text.startswith(tuple(heads), match.start())
