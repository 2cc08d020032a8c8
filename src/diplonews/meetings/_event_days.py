"""Events dated by another event: "a day earlier", "the day before", "on the eve of the summit".

A sentence may date its meeting by the day of an event the story told before it: "The
ministers held talks in P on Tuesday. A day earlier, the minister met X", "The summit
opens on May 14. The foreign ministers will meet the day before", "On the eve of the
summit, the council met". Its meeting is that event's day, shifted (spec section 2: "the
date stated or directly implied"), not the story's day nor the other event's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.meetings._kinds import CONFERENCE, HELD, VISIT
from diplonews.meetings._merge import Candidate
from diplonews.models import Article
from diplonews.text import GATHERINGS as _GATHERINGS
from diplonews.text import MANY as _MANY
from diplonews.text import SHIFT as _SHIFT
from diplonews.text import Sentence, shift_days, split_sentences
from diplonews.text.dates import extract_dates
from diplonews.values import PartialDate

__all__ = ["days_from_another_event", "first_days_by_arrival", "told_apart"]


def _sentence_at(sentences: Sequence[Sentence], at: int) -> Sentence | None:
    """The sentence holding offset ``at``."""
    return next((s for s in sentences if s.start <= at < s.end), None)


def days_from_another_event(article: Article, records: list[Candidate]) -> None:
    """Date each meeting told a day before or after another event by that event's day.

    "The talks were held on Tuesday. A day earlier, X met Y": Monday; "The summit opens on
    May 14. The ministers will meet the day before": May 13; "On the eve of the summit, the
    council met": the summit's day less one. Only a meeting whose sentence tells no date of
    its own moves (its day, when told, is its own); the other event is the gathering the
    shift names, else the event told last before its sentence; a shift naming no gathering
    of the story ("the eve of the election") dates nothing.
    """
    if article.published is None or len(records) < 2:
        return
    body = article.body
    sentences = split_sentences(body)
    for record in records:
        sentence = _sentence_at(sentences, record.anchor)
        if sentence is None:
            continue
        shift = _SHIFT.search(body, sentence.start, sentence.end)
        if shift is None or extract_dates(sentence.text, article.published):
            continue  # (a day told in the sentence is the event's own)
        named = shift["gathering"]
        if named and not _GATHERINGS.search(named.lower()):
            continue  # "the eve of the election": no event of the story
        other = _other_event(records, record, sentence, named)
        if other is None or other.date is None or other.date.day is None:
            continue
        # a sentence telling two days ("arrived on May 3 ... held talks on May 4") leaves
        # open which one the shift counts from
        told = _sentence_at(sentences, other.anchor)
        days = {
            d.date
            for d in extract_dates(told.text if told else "", article.published)
            if d.date.day is not None
        }
        if len(days) > 1:
            continue
        try:
            shifted = other.date.first_day() + dt.timedelta(days=shift_days(shift))
        except OverflowError:  # (a day before year 1 or after 9999: none to give)
            continue
        record.date = PartialDate.from_date(shifted)
        if record.day_apart is not None and other.kind is CONFERENCE:
            # a body's sitting on the eve of a gathering: its own states (not the guests the
            # gathering's sentence told), of the gathering's organisation when it names none
            record.countries = set(record.day_apart)
            record.organization = record.organization or other.organization


def _other_event(
    records: list[Candidate], record: Candidate, sentence: Sentence, named: str | None
) -> Candidate | None:
    """The event ``record``'s shift counts from: the gathering named, else the last before.

    A named gathering is the nearest record of a gathering dated by its day told before the
    sentence (or, for "the eve of the summit, which opens on May 14", after it); a bare shift
    takes the event told last before the sentence (in another sentence: its own is no other
    event).
    """
    before = [r for r in records if r is not record and r.anchor < sentence.start]
    if named:
        # a summit, a forum, a council's session: a gathering (talks, a visit: any event)
        many = _MANY.search(named.lower()) is not None
        # (one told by its day: "the previous summit, in May 2022" is no eve's)
        gatherings = [
            r
            for r in records
            if r is not record
            and (r.kind is CONFERENCE or not many)
            and r.date is not None
            and r.date.day is not None
        ]
        told = [r for r in gatherings if r.anchor < sentence.start]
        if told:
            return max(told, key=lambda r: r.anchor)
        later = [r for r in gatherings if r.anchor >= sentence.end]
        return min(later, key=lambda r: r.anchor, default=None)
    return max(before, key=lambda r: r.anchor, default=None)


def told_apart(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Mark each gathering told a day before or after another event as an event of its own.

    "The summit opens on May 14. The council will meet a day earlier": the council's sitting
    is another event than the summit (never merged into it), whatever the two share. Only a
    mention whose trigger stands outside the shift's phrase ("the eve of the summit" is the
    summit again) in a sentence that tells no date of its own, the first of its sentence (the
    others of it name that event again: "the Council of ... met").
    """
    if article.published is None:
        return candidates
    body = article.body
    sentences = split_sentences(body)
    marked: set[int] = set()
    for cand in sorted(candidates, key=lambda c: c.anchor):
        sentence = _sentence_at(sentences, cand.anchor)
        # (a gathering's sitting only: talks or a visit told a day apart may be steps of
        # the story's visit, "arrived on a state visit the day before")
        if sentence is None or sentence.start in marked or cand.kind is not CONFERENCE:
            continue
        shift = _SHIFT.search(body, sentence.start, sentence.end)
        if (
            shift is None
            or shift.start() <= cand.anchor < shift.end()
            or extract_dates(sentence.text, article.published)
        ):
            continue
        named = shift["gathering"]
        if named and not _GATHERINGS.search(named.lower()):
            continue  # "the eve of the election": no event of the story
        cand.another = True
        cand.day_apart = frozenset(cand.countries)
        marked.add(sentence.start)
    return candidates


# A guest told arriving in a relative clause of a sentence's subject: "The Minister, who
# arrived on Monday, ...", "Vergara, who arrived in Lima on Sunday, ..." (the subject's words
# in ``subject``; the day told right after the match).
_SUBJECT_ARRIVED = re.compile(
    r"""(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Tt]he\s+)?(?P<subject>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)
    ,\s+who\s+(?:had\s+)?arrived\s+(?:(?:in|at)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\s+)?
    (?:on\s+)?""",
    re.VERBOSE,
)
# A visit told by its noun ("the state visit of X", "a trip to P"), not only by its guest's
# epithet ("held talks on Tuesday with visiting X": the talks' day is the record's).
_VISIT_NOUN = re.compile(r"\b(?:[Vv]isit|[Tt]rip|[Tt]our)s?\b")
# How many days before a visit's told day its guest's arrival may be its first day.
_ARRIVAL_REACH = 6


def first_days_by_arrival(article: Article, records: list[Candidate]) -> None:
    """Date each held visit by its guest's arrival told in a later sentence.

    "A and B signed two agreements on Tuesday during the state visit of X to P. The Minister,
    who arrived on Monday, also toured a plant": a guest arrives on his visit's first day
    (spec section 2: "for an event over several days, its first day"). The sentence's subject
    must be the guest, by name, surname or bare title (his role as the visit tells it), and
    the arrival's day at most six days before the day the visit is dated by; the visit's own
    sentence must tell it by its noun ("visit", "trip", "tour"), not by "visiting" alone.
    """
    if article.published is None:
        return
    body = article.body
    sentences = split_sentences(body)
    for record in records:
        if record.kind is not VISIT or record.status is not HELD or not record.participants:
            continue
        if record.date is None or record.date.day is None:
            continue
        if not _VISIT_NOUN.search(record.evidence[0].text):
            continue  # "talks on Tuesday with visiting X": talks of a day, told as a visit
        names = {
            word
            for p in record.participants
            for word in (p.name, p.name.split()[-1], p.role or "")
            if word
        }
        for sentence in sentences:
            if sentence.end <= record.anchor:
                continue  # (a later sentence, or the visit's own)
            arrived = _SUBJECT_ARRIVED.search(body, sentence.start, sentence.end)
            if arrived is None or arrived["subject"] not in names:
                continue
            day = next(
                (
                    d.date
                    for d in extract_dates(sentence.text, article.published)
                    if d.start == arrived.end() - sentence.start and d.date.day is not None
                ),
                None,
            )
            if day is None:
                continue
            gap = (record.date.first_day() - day.first_day()).days
            if 0 < gap <= _ARRIVAL_REACH:
                record.date = day
            break  # (the guest's first arrival told)
