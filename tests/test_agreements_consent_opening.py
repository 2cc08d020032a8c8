r"""The consent-at-a-meeting pattern, rewritten to open on its word, finds what it found before.

A pattern opening on lookbehinds ("(?<!\bnot\s)(?<!\bnever\s)\bagreed") has them tried at
every place of the sentence; opening on the word ("\bagreed(?<!\bnot\sagreed)...") the engine
skips to the word's first letter. The old opening is kept here as the oracle: on sentences
built from the words the pattern reads (written for this test), both find the same matches.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.agreements._consent import _CONSENT_AT_MEETING, consent_at_meeting
from diplonews.models import Article

_OLD_OPENING = r"(?<!\bnot\s)(?<!\bnever\s)\bagreed\s+"
_NEW_OPENING = r"\bagreed(?<!\bnot\sagreed)(?<!\bnever\sagreed)\s+"
_ORACLE = re.compile(_CONSENT_AT_MEETING.pattern.replace(_NEW_OPENING, _OLD_OPENING, 1))

_WORDS = st.sampled_from(
    [
        "agreed", "not", "never", "in", "at", "a", "meeting", "conference", "Rome", "Paris",
        "May", "to", "on", "set", "of", "measures", "nations", "six", "Norway", "Chile",
        "disagreed", "agreedly", "last", "month", ",", "the", "plans",
    ]
)  # fmt: skip


def test_the_oracle_is_the_old_pattern() -> None:
    """The oracle differs from the pattern in its opening only."""
    assert _OLD_OPENING in _ORACLE.pattern
    assert _NEW_OPENING in _CONSENT_AT_MEETING.pattern


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_same_matches_as_the_old_opening(words: list[str]) -> None:
    """Spans and the place group are those of the old pattern."""
    text = " ".join(words)
    now = [(m.span(), m.group("where")) for m in _CONSENT_AT_MEETING.finditer(text)]
    before = [(m.span(), m.group("where")) for m in _ORACLE.finditer(text)]
    assert now == before


def test_a_story_without_the_word_is_not_read() -> None:
    """The gate on the word: a story that never writes "agreed" yields no record."""
    body = "Six industrial nations met in Rome last month to steady the yen."
    assert consent_at_meeting(Article(body=body)) == ()
    negated = "Six industrial nations never agreed in Rome last month to steady the yen."
    assert consent_at_meeting(Article(body=negated)) == ()
    told = "Six industrial nations agreed in Rome last month to steady the yen."
    assert len(consent_at_meeting(Article(body=told))) == 1
