"""Sentence splitting with character offsets, shared by every extractor.

Extractors look closely only at sentences that contain a trigger word, so the
splitter must be cheap and keep exact offsets into the body. It reads a body in
two searches, each for one character (a new line, then a full stop: the engine
skips to one character in a tight loop, but tries a set of them one place at a
time), and its pattern tells most full stops an end by itself, so that Python
reads only the few words that may be abbreviations.

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


# A blank line ends a paragraph, and always a sentence.
_PARAGRAPH = re.compile(r"\n\s*\n")

# A sentence boundary within a paragraph: terminal punctuation (with closing quotes and
# brackets), then space and something that can open a sentence. Its first stop, ``{first}``,
# is a full stop alone in a body with no other mark (nearly all), which the engine finds
# many times faster than one of a set. ``{ends}`` tells a stop that surely ends a sentence
# from one that may close an abbreviation (:func:`_stops` fills both in).
_STOP_SOURCE = r"""
    {first}
    (?:
      (?<![.!?][.!?])               # at the start of a run of stops (linear on "....")
      (?:(?P<end>{ends}[.!?]*["'”’)\]]*)  # the rest of the run and closers: surely an end
      | (?P<stop>[.!?]*["'”’)\]]*)  # ... or after what may be an abbreviation
      )
      (?=\s+["'“‘(\[]?[A-Z0-9])     # followed by space and a capital, digit or opener,
      (?![^\S\n]*\n\s*\n)           # ... but no blank line: the paragraph's end is its end
    | (?P<glued>)                   # scraped text that lost its space: "the war.US envoy",
      (?<=[a-z]{{3}}[.!?])          # ... after a lower-case word
      (?=[A-Z][A-Za-z]*[ \t]+\S)    # ... a capitalised word ("A", "US") and more words follow
    )
    """

# One white-space character (``\s`` is ``str.isspace`` for str patterns).
_SPACE = re.compile(r"\s")


# Abbreviated multipliers that regional outlets write before a currency code ("mln. USD",
# "bln. AZN"): the full stop ends the abbreviation, not the sentence, when a code follows.
_UNIT_WORDS = frozenset({"mln", "bln", "mn", "bn", "trln", "thsd", "thous", "million", "billion"})
_CODE_AFTER = re.compile(r"\s+([A-Z]{3})\b(?![.-]?[A-Za-z])")


# How many letters before a full stop tell a word no abbreviation ends as: those four do not.
_TAIL = 4


@functools.cache
def _stops(any_mark: bool) -> re.Pattern[str]:
    r"""The boundary pattern within a paragraph: from any stop, or (``any_mark`` false) a full stop.

    Its ``end`` group takes the stops :func:`_is_abbreviation` would say no to: a question
    or exclamation mark, a full stop after a character that is no letter, and one after
    :data:`_TAIL` letters that are not the last letters of an abbreviation or multiplier
    (its word is longer than the short ones and ends unlike the long ones). The function
    then reads only the few stops (``stop``) where a word might be one ("Mr.", "U.S.",
    "the US.", "mln."). (``[^\W\d_]`` takes every letter; matched without case, a tail
    takes every spelling that lower-cases to it: no stop that may close an abbreviation
    is called an end.)
    """
    words = _abbreviations() | _UNIT_WORDS
    tails = sorted({w[-_TAIL:] for w in words if len(w) >= _TAIL and w[-_TAIL:].isalpha()})
    unlike = f"(?<!(?i:{'|'.join(tails)})[.!?])" if tails else ""
    ends = rf"(?:(?<=[!?])|(?<![^\W\d_][.!?])|(?<=[^\W\d_]{{{_TAIL}}}[.!?]){unlike})"
    first = "[.!?]" if any_mark else r"\."
    return re.compile_later(_STOP_SOURCE.format(first=first, ends=ends), re.VERBOSE)


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
    # The paragraph breaks, then the stops, each found in one pass: a search for one
    # character (a new line, a full stop) is a tight loop, one for any of a set is not.
    breaks = [m.span() for m in _PARAGRAPH.finditer(body)]
    breaks.append((len(body), len(body)))
    breaks.reverse()  # (taken from the end: the next break is the last item)
    paragraph_end, next_start = breaks.pop()
    paragraph = 0
    start = 0
    for match in _stops("?" in body or "!" in body).finditer(body):
        at = match.start()
        while paragraph_end < at:  # the paragraph ended before this stop
            _add(sentences, body, start, paragraph_end, paragraph)
            paragraph += 1
            start = next_start
            paragraph_end, next_start = breaks.pop()
        if match.lastgroup == "stop" and _is_abbreviation(body, at):
            continue
        end = match.end()
        _add(sentences, body, start, end, paragraph)
        start = end
    _add(sentences, body, start, paragraph_end, paragraph)
    while breaks:
        paragraph += 1
        start = next_start
        paragraph_end, next_start = breaks.pop()
        _add(sentences, body, start, paragraph_end, paragraph)
    return tuple(sentences)


def _add(sentences: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    """Add ``body[start:end]`` without the space around it, if any is left, in pieces if long."""
    piece = body[start:end]
    text = piece.strip()  # ``str.strip`` strips what ``str.isspace`` calls space
    if not text:
        return
    lo = start + piece.index(text[0])  # the first character that is not space
    if len(text) <= MAX_SENTENCE:
        sentences.append(Sentence(lo, lo + len(text), text, paragraph))  # the common case
    else:
        sentences.extend(_pieces(body, lo, lo + len(text), paragraph))


def _pieces(body: str, lo: int, hi: int, paragraph: int) -> list[Sentence]:
    """The sentence ``body[lo:hi]`` (no space at either end), cut to :data:`MAX_SENTENCE`."""
    pieces = []
    while hi - lo > MAX_SENTENCE:
        cut = _cut(body, lo, lo + MAX_SENTENCE)
        piece_end = cut
        while piece_end > lo and body[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append(Sentence(lo, piece_end, body[lo:piece_end], paragraph))
        lo = cut
        while lo < hi and body[lo].isspace():
            lo += 1
    if lo < hi:
        pieces.append(Sentence(lo, hi, body[lo:hi], paragraph))
    return pieces
