"""One scan of an article body for the words that make its sentences worth reading.

The meeting extractor reads closely only the sentences that hold a trigger word
(:data:`~diplonews.meetings._rules.TRIGGER_WORDS`: "met", "talks", "visit") or a
prose word (:func:`~diplonews.meetings._prose.prose_hits`: "was in", "reached out").
Both kinds start a word, so one pass of the regex engine over the body finds the
two at once: at each word start it tries the trigger words, then the prose words,
and reports the offsets of each kind exactly as two separate scans would.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from diplonews import _regex as re
from diplonews._regex import first_chars
from diplonews.meetings._prose import PROSE_WORDS
from diplonews.meetings._rules import TRIGGER_WORDS, WORD_START

__all__ = ["WordHits", "word_hits"]


class WordHits(NamedTuple):
    """The offsets, in order, where the words of each kind start in a body."""

    #: Where each match of :data:`~diplonews.meetings._rules.TRIGGER_WORDS` starts.
    triggers: list[int]
    #: What :func:`~diplonews.meetings._prose.prose_hits` returns for the body.
    prose: list[int]


@functools.cache
def _scanner() -> re.Pattern[str]:
    """Both patterns as lookaheads at one place, one of them required (compiled on first use).

    Each match is the one character before a word start (not an ASCII word character,
    so the engine skips from one such character to the next without entering the
    pattern); group ``trigger`` holds the trigger word found after it, group ``prose``
    or ``prose_only`` the prose match (whose end tells where the prose scan would
    resume), so no match of one kind hides a match of the other. The body is scanned
    with a space in front, so that its first word has a character before it too.
    """
    trigger = TRIGGER_WORDS.pattern.removeprefix(WORD_START)
    prose = PROSE_WORDS.pattern
    first = first_chars(trigger, TRIGGER_WORDS.flags)
    first_prose = first_chars(prose, PROSE_WORDS.flags)
    # the letters the words start with: only a word start before one of them is tried
    gate = "" if first is None or first_prose is None else "".join(sorted(first | first_prose))
    return re.compile(
        rf"""[^A-Za-z0-9_]{f"(?=[{gate}])" if gate else ""}
        (?:(?=(?P<trigger>{trigger}))(?=(?P<prose>{prose}))?
        |(?=(?P<prose_only>{prose})))""",
        TRIGGER_WORDS.flags | PROSE_WORDS.flags | re.VERBOSE,
    )


def word_hits(body: str) -> WordHits:
    """The trigger words and prose words of ``body``, found in one pass.

    The same offsets as ``[m.start() for m in TRIGGER_WORDS.finditer(body)]`` and
    ``prose_hits(body)``: trigger words never overlap one another, and a prose match
    that starts inside the previous one is skipped, as :meth:`re.Pattern.finditer` does.

    >>> word_hits("She was in Lima. They met and reached out to him; talks went on.")
    WordHits(triggers=[22, 50], prose=[4, 30])
    """
    triggers: list[int] = []
    prose: list[int] = []
    prose_end = 1  # where the last prose match ends: the next starts there or later
    for match in _scanner().finditer(" " + body):  # offsets one more than in the body
        start = match.end()  # the word's start
        if match.start("trigger") >= 0:
            triggers.append(start - 1)
        end = match.end("prose") if match.start("prose") >= 0 else match.end("prose_only")
        if end >= 0 and start >= prose_end:
            prose.append(start - 1)
            prose_end = end
    return WordHits(triggers, prose)
