"""The one-pass word scan of the meeting extractor (diplonews.meetings._scan).

It must find exactly what the two scans it replaces find: the starts of
``TRIGGER_WORDS.finditer`` and ``prose_hits`` (the oracle, :func:`_two_scans`), both
where the trigger words come from the shared scan of the lower-cased body and where a
letter that lower-cases to two characters sends the body to the one-pass scanner; the
prose words both from the shared scan (the words their matches open on) and, in a body
with a Kelvin sign, from their own pass.
Every sentence here is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplonews.meetings._prose import prose_hits
from diplonews.meetings._rules import TRIGGER_WORDS
from diplonews.meetings._scan import WordHits, _lower_hits, word_hits


def _two_scans(body: str) -> WordHits:
    """What the meeting extractor read with two scans before the shared one."""
    return WordHits(list(map(re.Match.start, TRIGGER_WORDS.finditer(body))), prose_hits(body))


# (case, body, expected trigger offsets, expected prose offsets): written by hand
ROWS: list[tuple[str, str, list[int], list[int]]] = [
    ("none", "Prices rose again in the spring.", [], []),
    ("trigger-only", "The two ministers met in Lima.", [18], []),
    ("prose-only", "She was in Quito last week.", [], [4]),
    (
        "both-kinds",
        "She was in Lima. They met and reached out to him; talks went on.",
        [22, 50],
        [4, 30],
    ),
    # "travelled" is a trigger word and, before "on to", a prose word too: both kinds at once
    ("same-place", "Mr Vale travelled on to Quito.", [8], [8]),
    # a prose match runs over the next prose word: the scan resumes after it, as finditer does
    ("prose-overlap", "They are going to head to Lima.", [], [9]),
    ("inside-a-word", "The comet was visible; a recall followed.", [], []),
    ("capitalised", "Talks resumed. Visit planned.", [0, 15], []),
    ("empty", "", [], []),
]


@pytest.mark.parametrize(
    ("body", "triggers", "prose"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_word_hits(body: str, triggers: list[int], prose: list[int]) -> None:
    """Hand-written offsets, and the same as the two separate scans."""
    assert word_hits(body) == WordHits(triggers, prose)
    assert word_hits(body) == _two_scans(body)


_WORDS = [
    "met", "talks", "visit", "was", "in", "Lima", "went", "to", "the", "Summit", "reached",
    "out", "host", "hosted", "his", "head", "for", "Paris", "delegation", "due", "back",
    "gathered", "on", "comet", "recall", "co-chair", "sat", "down", "é", "Ülke", "flew",
    # the cases the lower-cased scan must tell apart, and the other steps' stems in it
    "MET", "Met", "mEt", "COP", "cop", "Cop", "confer", "Confer", "CONFER", "tête-à-tête",
    "Tête-à-tête", "sat down", "speak with", "fly ", "receive ", "Welcoming", "trade",
    "agreement", "\u212a", "\u212aalks", "ı", "ſ", "tal\u212as", "Σ", "dial",
    # the prose words, now found in the shared scan by the words their matches open on
    "paid a courtesy", "pays", "spent two days in", "going", "Went", "went", "previous round",
    "round", "will", "be", "luncheon given", "stop-over", "arrived", "returned", "government",
    "WAS", "Was", "were", "\u212awas", "headed", "reconvened", "expected back",
]  # fmt: skip
_GLUE = [" ", "  ", ", ", ". ", "-", "\n", "’", "", "\u00a0", "_", "1"]


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=40))
def test_word_hits_match_the_two_scans(parts: list[tuple[str, str]]) -> None:
    """Bodies dense in trigger and prose words, glued in every way: the same offsets."""
    body = "".join(word + glue for word, glue in parts)
    assert word_hits(body) == _two_scans(body)


@given(st.text(max_size=200))
def test_word_hits_on_any_text(body: str) -> None:
    """Any text at all: the same offsets."""
    assert word_hits(body) == _two_scans(body)


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=40))
def test_the_lower_cased_scan_gives_the_two_scans(parts: list[tuple[str, str]]) -> None:
    """The trigger words from the shared lower-cased scan: the same offsets as the oracle."""
    body = "".join(word + glue for word, glue in parts)
    assert _lower_hits(body) == _two_scans(body)


def test_a_body_lower_casing_cannot_keep_is_read_by_the_one_pass() -> None:
    """A dotted capital I lower-cases to two characters: the one-pass scanner reads it."""
    body = "\u0130stanbul talks: the ministers met and were in Lima for it."
    assert _lower_hits(body) is None
    assert word_hits(body) == _two_scans(body)
    assert word_hits(body).triggers == [9, 30]
