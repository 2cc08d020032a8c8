"""Per-article analyses shared by the extractors, computed once per body.

The meeting, agreement and trade extractors all look at the same article;
scanning its body for country mentions once, and answering "which mentions
lie in this sentence?" by bisection, keeps the whole pipeline linear in the
text instead of one scan per extractor per sentence.
"""

from __future__ import annotations

import bisect
import functools

import attrs

from diplonews.text._blocs import bloc_stand_ins, seat_only
from diplonews.text._referents import counted_states, resolve_references
from diplonews.text.countries import CountryMention, extract_country_mentions

__all__ = [
    "BodyMentions",
    "bloc_seat",
    "body_mentions",
    "counted_mentions",
    "named_mentions",
    "state_references",
]


@attrs.frozen
class BodyMentions:
    """The country mentions of one body, with their offsets for bisection.

    Mentions are ordered and never overlap, so both offset tuples are sorted.
    """

    mentions: tuple[CountryMention, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def between(self, start: int, end: int) -> tuple[CountryMention, ...]:
        """The mentions lying wholly within ``body[start:end]`` (offsets stay body offsets).

        >>> found = body_mentions("Baku hosted talks. Pakistan and Turkey attended.")
        >>> [m.code for m in found.between(19, 48)]
        ['PAK', 'TUR']
        """
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.ends, end)
        return self.mentions[lo:hi] if lo < hi else ()


@functools.lru_cache(maxsize=16)
def named_mentions(body: str) -> BodyMentions:
    """The mentions of ``body`` that name a state or group, scanned once and cached.

    The European Union's stand-ins ("Brussels" acting for it, "the Community") are the
    group ``"EU"`` (:func:`~diplonews.text._blocs.bloc_stand_ins`).
    """
    mentions = bloc_stand_ins(body, extract_country_mentions(body))
    return BodyMentions(mentions, tuple(m.start for m in mentions), tuple(m.end for m in mentions))


@functools.lru_cache(maxsize=16)
def state_references(body: str) -> tuple[CountryMention, ...]:
    """The back-references of ``body`` to a state it named, as mentions of that state.

    "Its foreign minister", "the kingdom's", "imports from the latter"
    (:func:`~diplonews.text._referents.resolve_references`), cached for the last few bodies.
    """
    return resolve_references(body, named_mentions(body).mentions)


@functools.lru_cache(maxsize=16)
def body_mentions(body: str) -> BodyMentions:
    """The country mentions of ``body``, scanned once and cached for the last few bodies.

    Besides the names (:func:`named_mentions`), a back-reference that opens a sentence as
    an owner or follows "to", "from", "with" is a mention of the state it means ("Its
    foreign minister", "the kingdom's", "from the latter": :mod:`diplonews.text._referents`).
    """
    named = named_mentions(body)
    references = [
        r
        for r in state_references(body)
        if not any(m.start < r.end and r.start < m.end for m in named.mentions)
    ]
    if not references:
        return named
    mentions = tuple(sorted([*named.mentions, *references], key=lambda m: m.start))
    return BodyMentions(mentions, tuple(m.start for m in mentions), tuple(m.end for m in mentions))


@functools.lru_cache(maxsize=16)
def counted_mentions(body: str) -> BodyMentions:
    """:func:`body_mentions`, with each state a counted reference means as a mention of it.

    "The three countries" after "A, B and C" is a mention of each of them spanning the
    phrase (:func:`~diplonews.text._referents.counted_states`). The meeting and agreement
    readers take these for a sentence's sides.

    >>> body = "Peru, Chile and Ecuador cut tariffs. The three countries signed a pact."
    >>> [m.code for m in counted_mentions(body).between(37, len(body))]
    ['CHL', 'ECU', 'PER']
    """
    found = body_mentions(body)
    named = named_mentions(body)
    counted = [
        c
        for c in counted_states(body, named.mentions)
        if not any(m.start < c.end and c.start < m.end for m in found.mentions)
    ]
    if not counted:
        return found
    mentions = tuple(sorted([*found.mentions, *counted], key=lambda m: m.start))
    return BodyMentions(mentions, tuple(m.start for m in mentions), tuple(m.end for m in mentions))


def bloc_seat(body: str, place: str) -> bool:
    """Whether ``place`` (a dateline) is Brussels as the seat of the EU the story is about.

    In a story that names the European Union or Community and not Belgium, the dateline
    "BRUSSELS" tells where the bloc sits, not that Belgium takes part
    (:func:`~diplonews.text._blocs.seat_only`).

    >>> bloc_seat("BRUSSELS, June 2 - The EC and Peru signed a pact.", "BRUSSELS, June 2")
    True
    """
    return seat_only(place, named_mentions(body).mentions)
