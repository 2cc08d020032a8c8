"""One scan of an article body for the words that make its sentences worth reading.

The meeting extractor reads closely only the sentences that hold a trigger word
(:data:`~diplonews.meetings._rules.TRIGGER_WORDS`: "met", "talks", "visit") or a
prose word (:func:`~diplonews.meetings._prose.prose_hits`: "was in", "reached out").
Both kinds start a word. The trigger words are found by the scan of the lower-cased
body that the agreement and trade steps share (:class:`~diplonews.text.WordStarts`:
one pass of the engine over the body for the words of all three), each place it
reports checked with :data:`~diplonews.meetings._rules.TRIGGER_WORDS` (written as
the rules write them: "met" or "Met", not "MET"); the prose words too, by the words
their matches open on ("was", "reached", "flew": :func:`~diplonews._regex_heads.literal_heads`
reads them from :data:`~diplonews.meetings._prose.PROSE_WORDS` itself), each place
checked with that pattern on the body as written. The prose words had a pass over the
whole body of their own, which tested every character that may stand before a word:
a pass the size of the shared one, for a few places a body. A body whose lower-cased
form has other offsets (the dotted capital I lower-cases to two characters) is read
with the one pass that tries both kinds at each word start; one with a Kelvin sign
(which lower-cases to an ASCII "k", so that the shared scan sees a word go on where
the prose pass sees none) reads its prose words with their own pass. Either way the
offsets of each kind are exactly those two separate scans would report.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from diplonews import _regex as re
from diplonews._regex import first_chars
from diplonews._regex_heads import literal_heads
from diplonews.meetings._prose import PROSE_WORDS
from diplonews.meetings._rules import TRIGGER_STEMS, TRIGGER_WORDS, WORD_START
from diplonews.text import WordStarts, lowered

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


@functools.cache
def _prose_scanner() -> re.Pattern[str]:
    """:func:`_scanner` for the prose words alone (group ``prose``), compiled on first use."""
    prose = PROSE_WORDS.pattern
    first = first_chars(prose, PROSE_WORDS.flags)
    gate = "" if first is None else "".join(sorted(first))
    return re.compile(
        rf"""[^A-Za-z0-9_]{f"(?=[{gate}])" if gate else ""}(?=(?P<prose>{prose}
        ))""",
        PROSE_WORDS.flags | re.VERBOSE,
    )


# The trigger words lower-cased, in the shared scan of the lower-cased body: where one
# of them starts, TRIGGER_WORDS is tried on the body as written.
_TRIGGER_STARTS = WordStarts(
    sorted({form.lower() for stem in TRIGGER_STEMS for form in (stem, stem[:1].upper() + stem[1:])})
)


def _prose_stems() -> tuple[str, ...]:
    """The words every prose match opens on, lower-cased; none when they cannot be read.

    Called when the shared scan is first built (not at import: it parses the pattern).
    Only ASCII words: their lower-cased forms then stand where they stand in the body.
    """
    heads = literal_heads(PROSE_WORDS.pattern, PROSE_WORDS.flags)
    if heads is None or not all(head.isascii() for head in heads):
        return ()
    return tuple(sorted({head.lower() for head in heads}))


# The words the prose matches open on, in the shared scan: where one of them starts,
# PROSE_WORDS is tried on the body as written.
_PROSE_STARTS = WordStarts(_prose_stems)


def _lower_hits(body: str) -> WordHits | None:
    """:func:`word_hits` from the shared scan of the lower-cased body; None if it cannot serve.

    Every place where a trigger word starts in ``body`` is one where its lower-cased
    form starts in the lower-cased body, after a character that lower-cases to no ASCII
    letter, digit or ``_`` (the only letter beyond ASCII that lower-cases to one, the
    Kelvin sign, is a word character, so no word starts after it): the shared scan
    reports it, and :data:`TRIGGER_WORDS` keeps exactly the places where it matches.
    That holds where lower-casing keeps every offset, one character for one. The same
    for the prose words, whose matches each open on one of :func:`_prose_stems` after
    a character that is no ASCII letter, digit or ``_`` (the prose pass's own test):
    where the body has no Kelvin sign, that character lower-cases to none either.
    """
    lower, padded = lowered(body)
    if len(lower) != len(body):
        return None
    trigger_at = TRIGGER_WORDS.match
    triggers = [at for at in _TRIGGER_STARTS.starts(padded) if trigger_at(body, at)]
    prose: list[int] = []
    if _PROSE_STARTS.stems and "\u212a" not in body:
        prose_at = PROSE_WORDS.match
        end = 0  # where the last prose match ends: the next starts there or later
        for at in _PROSE_STARTS.starts(padded):
            if at >= end and (match := prose_at(body, at)) is not None:
                prose.append(at)
                end = match.end()
        return WordHits(triggers, prose)
    prose_end = 1  # where the last prose match ends: the next starts there or later
    for match in _prose_scanner().finditer(" " + body):  # offsets one more than in the body
        start = match.end()  # the word's start
        if start >= prose_end:
            prose.append(start - 1)
            prose_end = match.end("prose")
    return WordHits(triggers, prose)


def word_hits(body: str) -> WordHits:
    """The trigger words and prose words of ``body``, found in one pass of each kind.

    The same offsets as ``[m.start() for m in TRIGGER_WORDS.finditer(body)]`` and
    ``prose_hits(body)``: trigger words never overlap one another, and a prose match
    that starts inside the previous one is skipped, as :meth:`re.Pattern.finditer` does.

    >>> word_hits("She was in Lima. They met and reached out to him; talks went on.")
    WordHits(triggers=[22, 50], prose=[4, 30])
    """
    lower = _lower_hits(body)
    if lower is not None:
        return lower
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
