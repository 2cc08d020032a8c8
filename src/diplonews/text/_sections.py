"""Bounded work on unbounded bodies: very long bodies are read section by section.

News articles run to a few thousand words; the extractors compare what they
find within an article (officials named earlier, events to merge with, the
years a body reports on), and some of those comparisons grow with the square
of what was found. On a page of normal length that costs nothing; on a
multi-megabyte dump, a scraped archive or hostile input it would stall a
service. So a body longer than :data:`MAX_SECTION` characters is cut into
sections of at most that length, at paragraph breaks where it can be, and
each extractor reads the sections one after another as if each were the whole
article. Time then grows linearly with the body. The price is paid by long
bodies only: an event named on both sides of a cut is not merged into one
record unless both halves give the same record, and a back-reference cannot
reach across a cut. Evidence offsets always point into the whole body.

:data:`diplonews.text._sentences.MAX_SENTENCE` bounds the work around each
trigger word in the same way, within a sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Concatenate, ParamSpec, TypeVar

import attrs

from diplonews.models import Agreement, Article, Meeting, TradeRecord
from diplonews.values import Span

__all__ = ["MAX_SECTION", "by_section", "sections"]

#: The longest body an extractor reads in one piece, in characters (the longest article of
#: the shared corpus is under 30,000; a long news feature is 20,000 to 40,000).
MAX_SECTION = 60_000

# Where a section is cut, best first; each is searched for in the last half of the section.
_CUTS = ("\n\n", "\n", ". ", " ")

_Record = TypeVar("_Record", Meeting, Agreement, TradeRecord)
_Options = ParamSpec("_Options")


def sections(body: str, limit: int = MAX_SECTION) -> Iterator[tuple[int, int]]:
    r"""The ``(start, end)`` offsets of sections of ``body``, each at most ``limit`` long.

    Sections cover the body without gaps or overlap. A section ends after a blank
    line, else a line break, else a full stop and space, else a space, found in its
    last half; only a body with none of those there is cut mid-word.

    >>> list(sections("One two.\n\nThree four five.", limit=16))
    [(0, 10), (10, 26)]
    >>> list(sections("aaaaaaaaaa", limit=4))
    [(0, 4), (4, 8), (8, 10)]
    >>> list(sections(""))
    []
    """
    if limit < 2:
        raise ValueError(f"a section must hold at least 2 characters, not {limit}")
    start = 0
    while len(body) - start > limit:
        hi = start + limit
        end = hi
        for sep in _CUTS:
            at = body.rfind(sep, start + limit // 2, hi)
            if at >= 0:
                end = at + len(sep)
                break
        yield start, end
        start = end
    if start < len(body):
        yield start, len(body)


def _shifted(record: _Record, offset: int, body: str) -> _Record:
    """``record`` with its evidence offsets moved from a section into the whole body."""
    evidence = [Span.of(body, s.start + offset, s.end + offset) for s in record.evidence]
    return attrs.evolve(record, evidence=evidence)


def by_section(
    extractor: Callable[Concatenate[Article, _Options], tuple[_Record, ...]],
) -> Callable[Concatenate[Article, _Options], tuple[_Record, ...]]:
    """Run ``extractor`` on each section of a long body and join the records in text order.

    Bodies of at most :data:`MAX_SECTION` characters go to ``extractor`` unchanged.
    Records found in several sections with the same id (the same kind, sides,
    date, ...) become one, with the evidence of each.
    Arguments after the article (an extractor's options) go to each call as they are.
    """

    @functools.wraps(extractor)
    def run(
        article: Article, /, *args: _Options.args, **kwargs: _Options.kwargs
    ) -> tuple[_Record, ...]:
        body = article.body
        if len(body) <= MAX_SECTION:
            return extractor(article, *args, **kwargs)
        out: list[_Record] = []
        earlier: dict[str, int] = {}  # the ids of earlier sections' records, at their index in out
        for lo, hi in sections(body):
            first = len(out)  # this section's new records start here
            for found in extractor(attrs.evolve(article, body=body[lo:hi]), *args, **kwargs):
                record = _shifted(found, lo, body)
                at = earlier.get(record.id)
                if at is None:
                    out.append(record)
                else:
                    out[at] = attrs.evolve(out[at], evidence=out[at].evidence + record.evidence)
            for at in range(first, len(out)):
                earlier.setdefault(out[at].id, at)
        return tuple(out)

    return run
