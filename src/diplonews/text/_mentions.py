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

from diplonews.text.countries import CountryMention, extract_country_mentions

__all__ = ["BodyMentions", "body_mentions"]


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
def body_mentions(body: str) -> BodyMentions:
    """The country mentions of ``body``, scanned once and cached for the last few bodies."""
    mentions = extract_country_mentions(body)
    return BodyMentions(mentions, tuple(m.start for m in mentions), tuple(m.end for m in mentions))
