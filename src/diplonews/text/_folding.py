"""An article read in the forms the patterns read, its records quoted from it as written.

Every extractor reads a copy of the story: the typographic folds of
:mod:`diplonews.text._typography` (same length, so an offset in the copy is one in the
story) and every state's official name written as its short one ("the Republic of
Azerbaijan" read as "Azerbaijan", :func:`diplonews.text.countries.official_names`), which
shortens the copy. A record's evidence, and a title, body's name or role found in the copy,
are quoted again from the story as written, through the map of those shortened places.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

import attrs

from diplonews.models import Agreement, Article, Meeting, TradeRecord
from diplonews.text._mentions import named_mentions
from diplonews.text._typography import fold_joining_dashes, fold_line_breaks, fold_range_dashes
from diplonews.text.countries import official_names
from diplonews.values import Span

__all__ = ["reads_folded"]

_Record = TypeVar("_Record", Meeting, Agreement, TradeRecord)
_Options = ParamSpec("_Options")


@attrs.frozen
class _Reading:
    """The copy an extractor reads, and where its shortened places stand in the story.

    Each region is (start, end) of a short name in the copy, (start, end) of the official
    name it stands for in the story, and whether the short name ends the official one ("the
    Republic of Azerbaijan") or opens it ("the United States of America"), so that an offset
    inside it maps to the same letter of the story.
    """

    text: str
    regions: tuple[tuple[int, int, int, int, bool], ...] = ()

    def written(self, at: int) -> int:
        """Offset ``at`` of the copy as an offset of the story."""
        shift = 0
        for start, end, written_start, written_end, ends in self.regions:
            if at < start:
                break
            if at == start:
                return written_start  # a span from the name on takes its "the Republic of"
            if at == end:
                return written_end  # a span up to the name takes its "of America"
            if at < end:
                return written_end - (end - at) if ends else written_start + (at - start)
            shift = written_end - end
        return at + shift


def _short_names(text: str, *, body: bool) -> _Reading:
    """``text`` with every official name of a state written as its short name.

    A body's names are read from its country mentions, which every extractor reads and
    :func:`~diplonews.text._mentions.named_mentions` keeps: the body is scanned for states
    once. The names alone are read, without the back-references ("Its", "the latter", "the
    kingdom's") that :func:`~diplonews.text.body_mentions` adds: no back-reference is or
    ends a state's official name, so the same names are found.
    """
    # (not body_mentions: resolving the references costs a sentence split and a scan, wasted
    # on a body with an official name, which the extractors read as its folded copy)
    names = official_names(text, mentions=named_mentions(text).mentions if body else None)
    if not names:
        return _Reading(text)
    parts: list[str] = []
    regions = []
    last = size = 0
    for start, end, short in names:
        size += start - last
        parts += (text[last:start], short)
        regions.append((size, size + len(short), start, end, text[start:end].endswith(short)))
        size += len(short)
        last = end
    parts.append(text[last:])
    return _Reading("".join(parts), tuple(regions))


@functools.lru_cache(maxsize=8)
def _folded(text: str, *, body: bool = True) -> _Reading:
    """``text`` with every fold applied (cached: the three extractors read the same article)."""
    typeset = fold_line_breaks(fold_range_dashes(fold_joining_dashes(text)))
    return _short_names(typeset, body=body)


def _quoted(value: str | None, read: _Reading, written: str) -> str | None:
    """``value``, found in the body as read, quoted from the body as written."""
    at = read.text.find(value) if value else -1
    if not value or at < 0:
        return value
    return written[read.written(at) : read.written(at + len(value))]


def _as_written(record: _Record, read: _Reading, written: str) -> _Record:
    """``record`` with its evidence, and a title or body's name read in ``read``, as written.

    A title or name found in the body as read is quoted from the same place of the body as
    written ("the Action Plan for 2020\u20132022"), and the record's id, which it keys, made
    again; one taken from the headline is kept as read. A participant's role is quoted where
    a state's official name was read short ("President of the Republic of Azerbaijan").
    """
    evidence = tuple(
        Span.of(written, read.written(s.start), read.written(s.end)) for s in record.evidence
    )
    if isinstance(record, TradeRecord):
        return attrs.evolve(record, evidence=evidence)
    title = _quoted(record.title, read, written)
    if isinstance(record, Meeting):
        organization = _quoted(record.organization, read, written)
        participants = record.participants
        if read.regions:
            participants = tuple(
                attrs.evolve(p, role=_quoted(p.role, read, written)) for p in participants
            )
        if title != record.title or organization != record.organization:
            # (the id keys them: made again from the key fields as written)
            return attrs.evolve(
                record,
                evidence=evidence,
                id="",
                title=title,
                organization=organization,
                participants=participants,
            )
        return attrs.evolve(record, evidence=evidence, participants=participants)
    if title != record.title:
        return attrs.evolve(record, evidence=evidence, id="", title=title)
    return attrs.evolve(record, evidence=evidence)


def reads_folded(
    extractor: Callable[Concatenate[Article, _Options], tuple[_Record, ...]],
) -> Callable[Concatenate[Article, _Options], tuple[_Record, ...]]:
    """Run ``extractor`` on the article with its headline and body folded, quoting the body.

    The folds (:func:`~diplonews.text._typography.fold_joining_dashes`,
    :func:`~diplonews.text._typography.fold_range_dashes`,
    :func:`~diplonews.text._typography.fold_line_breaks`, and official names read short)
    are undone on each record's evidence, quoted again from the body as written; an article
    the folds leave alone is read as it is.
    Arguments after the article (an extractor's options) go to ``extractor`` as they are.
    """

    @functools.wraps(extractor)
    def run(
        article: Article, /, *args: _Options.args, **kwargs: _Options.kwargs
    ) -> tuple[_Record, ...]:
        body = _folded(article.body)
        title = _folded(article.title, body=False).text if article.title else article.title
        if body.text == article.body and title == article.title:
            return extractor(article, *args, **kwargs)
        records = extractor(attrs.evolve(article, body=body.text, title=title), *args, **kwargs)
        return tuple(_as_written(r, body, article.body) for r in records)

    return run
