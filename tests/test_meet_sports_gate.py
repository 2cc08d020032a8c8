"""The match-report test's word gate changes no answer: the cue pattern alone is the oracle.

:func:`diplonews.meetings._rules.sports_report` runs its cue pattern only where three kinds
of cue may be in the story (a word each kind needs, or a digit-hyphen-digit for a score);
on texts made of cue words, near misses and filler it says what the pattern alone says.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.meetings._rules import (
    _CUE_WORDS,
    _SPORTS_CUES,
    _cue_kinds,
    _score,
    _word_start,
    sports_report,
)

_PIECES = (
    "won 3-1",
    "a 2-2 draw",
    "beat them 10-0",
    "2-1 win",
    "1986-87",
    "half-time",
    "second half",
    "half of the budget",
    "kick-off",
    "extra time",
    "the coach",
    "Coach",
    "manager of the side",
    "the manager",
    "striker",
    "fly-half",
    "winger",
    "a goal",
    "policy goals",
    "tries",
    "scored",
    "penalty",
    "free-kick",
    "header",
    "headed home",
    "headed the talks",
    "qualifier",
    "World Cup",
    "World Bank",
    "Grand Slam",
    "Six Nations",
    "league table",
    "semi-finals",
    "the ministers met",
    "in Lima",
    ".",
    ",",
    "12",
    "-",
)


def _pattern_alone(text: str) -> bool:
    return len({m.lastgroup for m in _SPORTS_CUES.finditer(text)}) >= 3


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_gate_changes_no_answer(pieces: list[str]) -> None:
    """On any text of cue words, near misses and filler, the gate answers as the pattern does."""
    text = " ".join(pieces)
    assert sports_report(text) is _pattern_alone(text)


def test_gate_keeps_a_match_report() -> None:
    """A score, a coach and a goal: a match report, through the gate."""
    text = "The hosts won 2-0 on Sunday. Their coach praised a late goal."
    assert _pattern_alone(text)
    assert sports_report(text)


def test_gate_drops_policy_prose() -> None:
    """Goals, the World Bank and a first half: three gate words, still no match report."""
    text = "The ministers agreed on the goals of the World Bank programme for the first half."
    assert not sports_report(text)
    assert not _pattern_alone(text)


# The score test as one search (before it opened on the hyphen): the oracle of _score.
_SCORE_AS_BEFORE = re.compile(r"\d-\d|\sby\s[\w-]+\s(?:wickets|runs)\b")
_SCORE_PIECES = (
    "2-1", "10-0", "-", "--", "2-", "-1", "\u0662-\u0661", "1986-87", "a-b", "by", "five",
    "wickets", "runs", "by five wickets", "by 40 runs", "by an innings", "won", " ", "\n",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SCORE_PIECES), max_size=10), st.sampled_from(("", " ")))
def test_score_as_one_search(pieces: list[str], glue: str) -> None:
    """The score read from the hyphen, the margin behind its words: as the one search said."""
    text = glue.join(pieces)
    assert _score(text) is (_SCORE_AS_BEFORE.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                *_PIECES,
                "behalf",
                "countries",
                "Tries",
                "TEST",
                "éhalf",
                "_coach",
                "İ",
                "\u212a",
                "ß",
            )
        ),
        max_size=12,
    ).map("".join)
)
def test_cue_kinds_from_the_shared_scan(text: str) -> None:
    """The kinds read from the shared scan's places are those a search of each word finds."""
    by_word = sum(any(_word_start(text, word) for word in words) for words in _CUE_WORDS)
    assert _cue_kinds(text) == by_word
