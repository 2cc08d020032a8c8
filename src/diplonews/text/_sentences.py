"""Sentence splitting with character offsets, shared by every extractor.

Extractors look closely only at sentences that contain a trigger word, so the
splitter must be cheap (one regex pass) and keep exact offsets into the body.

It also bounds the work of every clause reader: no sentence it yields is longer
than :data:`MAX_SENTENCE` characters. A longer run of text without a sentence
boundary (a scraped table, a list with no full stops, hostile input) is cut into
pieces at a semicolon, comma or space near the limit. The readers scan around
each trigger word within its sentence, so an uncapped sentence made their work
grow with the square of its length; capped, it grows linearly with the body.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

import attrs

from diplonews import _regex as re
from diplonews.values import is_currency_code

__all__ = ["MAX_SENTENCE", "Sentence", "split_sentences"]

#: The longest sentence the splitter yields, in characters. News sentences run to a few
#: hundred characters (the longest in the shared corpus under 2,000); longer runs are cut.
MAX_SENTENCE = 2_500

# Where a long run is cut, best first; each is searched for in the last half of the piece.
_CUTS = ("; ", ", ", " ")


@attrs.frozen
class Sentence:
    """A sentence of a body: ``body[start:end] == text``; ``paragraph`` counts from 0."""

    start: int
    end: int
    text: str
    paragraph: int


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Words after which a full stop does not end a sentence (package data, read once)."""
    path = resources.files("diplonews.gazetteer") / "data" / "abbreviations.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["abbreviations"])


# A candidate boundary: terminal punctuation (with closing quotes/brackets), then space,
# then something that can open a sentence; or a paragraph break.
_BOUNDARY = re.compile(
    r"""
    (?=[.!?\n])                     # every boundary starts here: lets re skip ahead fast
    (?:
      (?<![.!?])                    # at the start of a run of stops (linear on "....")
      (?P<stop>[.!?]+["'”’)\]]*)    # terminal punctuation and closers
      (?=\s+["'“‘(\[]?[A-Z0-9])     # followed by space and a capital, digit or opener
    | (?P<glued>[.!?])              # scraped text that lost its space: "the war.US envoy",
      (?<=[a-z]{3}[.!?])            # ... after a lower-case word
      (?=[A-Z][A-Za-z]*[ \t]+\S)     # ... a capitalised word ("A", "US") and more words follow
    | (?P<para>\n\s*\n)             # a blank line ends a paragraph
    )
    """,
    re.VERBOSE,
)


# The characters a boundary starts with.
_STOPS = re.compile(r"[.!?\n]")
# One white-space character (``\s`` is ``str.isspace`` for str patterns).
_SPACE = re.compile(r"\s")


# Abbreviated multipliers that regional outlets write before a currency code ("mln. USD",
# "bln. AZN"): the full stop ends the abbreviation, not the sentence, when a code follows.
_UNIT_WORDS = frozenset({"mln", "bln", "mn", "bn", "trln", "thsd", "thous", "million", "billion"})
_CODE_AFTER = re.compile(r"\s+([A-Z]{3})\b(?![.-]?[A-Za-z])")


def _is_abbreviation(body: str, stop_at: int) -> bool:
    """Whether the full stop at ``stop_at`` closes an abbreviation or an initial."""
    if body[stop_at] != ".":
        return False
    # Walk back to the previous space: a regex search from 0 would make splitting quadratic.
    # The word is most often short and after a plain space: one bounded rfind finds it.
    lo = body.rfind(" ", max(0, stop_at - 24), stop_at) + 1
    if lo == 0 or _SPACE.search(body, lo, stop_at):
        lo = stop_at
        while lo > 0 and not body[lo - 1].isspace():
            lo -= 1
    if lo == stop_at:
        return False
    word = body[lo:stop_at].lstrip("(\"'“‘").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Joseph R. Biden"
    if word in _UNIT_WORDS:
        code = _CODE_AFTER.match(body, stop_at + 1)
        # a multiplier before its currency code: "4 860,3 mln. USD"
        return code is not None and is_currency_code(code.group(1))
    # "China-U.S. talks": the abbreviation is the last part of a compound
    return word in _abbreviations() or word.rpartition("-")[2] in _abbreviations()


def _cut(body: str, lo: int, hi: int) -> int:
    """Where to end a piece of ``body[lo:]`` that must end by ``hi``: after a separator if possible.

    >>> _cut("aaaa, bbbb cc", 0, 9)
    5
    >>> _cut("aaaaaaaaaa", 0, 4)
    4
    """
    for sep in _CUTS:
        at = body.rfind(sep, lo + (hi - lo) // 2, hi)
        if at >= 0:
            return at + len(sep.rstrip()) if sep.strip() else at + 1
    return hi


@functools.lru_cache(maxsize=16)
def split_sentences(body: str) -> tuple[Sentence, ...]:
    r"""Split ``body`` into sentences with exact offsets; blank lines always split.

    >>> [s.text for s in split_sentences("Mr. Aliyev met Dr. Khan. They signed it.\n\nNew one")]
    ['Mr. Aliyev met Dr. Khan.', 'They signed it.', 'New one']
    >>> split_sentences("")
    ()

    The result is cached for the last few bodies, since every extractor splits the same article.
    A run longer than :data:`MAX_SENTENCE` characters is cut into pieces, each at most that long.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0

    def emit(end: int) -> None:
        piece = body[start:end]
        text = piece.strip()  # ``str.strip`` strips what ``str.isspace`` calls space
        if not text:
            return
        lo = start + piece.index(text[0])  # the first character that is not space
        hi = lo + len(text)
        if hi - lo <= MAX_SENTENCE:
            sentences.append(Sentence(lo, hi, text, paragraph))  # the common case, one slice
            return
        while hi - lo > MAX_SENTENCE:
            cut = _cut(body, lo, lo + MAX_SENTENCE)
            piece_end = cut
            while piece_end > lo and body[piece_end - 1].isspace():
                piece_end -= 1
            sentences.append(Sentence(lo, piece_end, body[lo:piece_end], paragraph))
            lo = cut
            while lo < hi and body[lo].isspace():
                lo += 1
        if lo < hi:
            sentences.append(Sentence(lo, hi, body[lo:hi], paragraph))

    boundary = _BOUNDARY.match
    after = 0  # where the last boundary ends: the next starts there or later
    # Every boundary starts at one of these rare characters: the engine skips to them fast
    # (``_BOUNDARY.finditer`` would try its pattern at every place of the body).
    for candidate in _STOPS.finditer(body):
        at = candidate.start()
        match = boundary(body, at) if at >= after else None
        if match is None:
            continue
        after = match.end()
        group = match.lastgroup  # the one alternative that matched (none has inner groups)
        if group == "para":
            emit(match.start())
            paragraph += 1
            start = match.end()
        elif group == "glued" or not _is_abbreviation(body, match.start("stop")):
            emit(match.end())
            start = match.end()
    emit(len(body))
    return tuple(sentences)
