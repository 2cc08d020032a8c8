"""Signings dated by another event: "A day earlier, A and B signed", "the day before the summit".

A sentence may date its signing by the day of an event the story told before it: "The
presidents held talks on Tuesday. A day earlier, the two states signed a memorandum" is
Monday; "The summit opened on May 12. On its eve, the ministers signed a protocol" is May
11 (spec section 2: "the date stated or directly implied"). The shift is read as the
meetings read it (:data:`diplonews.text.SHIFT`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._parties import DATELINE
from diplonews.agreements._record import Record
from diplonews.text import GATHERINGS, SHIFT, Sentence, extract_dates, shift_days
from diplonews.values import PartialDate

__all__ = ["days_from_another_event"]

# A verb telling, not doing, between the shift and the signing: "A day earlier, the ministry
# said that ..." dates the statement, not the signing it reports.
_TELLING = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|noted|recalled|confirmed|added|declared)\b"
)


def _one_day(sentence: Sentence, published: dt.date) -> PartialDate | None:
    """The single day ``sentence`` tells past its dateline, or None for none or several."""
    # (a wire dateline is the report's day, not the event's: "ASTANA, May 14 - ... on Tuesday")
    line = DATELINE.match(sentence.text)
    start = line.end() if line else 0
    days = {
        d.date
        for d in extract_dates(sentence.text, published)
        if d.date.day is not None and d.start >= start
    }
    return days.pop() if len(days) == 1 else None


def days_from_another_event(
    records: list[Record], sentences: Sequence[Sentence], published: dt.date | None
) -> None:
    """Date each undated signing told a day before or after another event by that event's day.

    Only a record whose sentence tells no date of its own moves (its day, when told, is its
    own); the other event is the last sentence before it that tells one day (and names the
    gathering, when the shift names one); a shift naming no gathering of the story ("the eve
    of the election") or one that a telling verb parts from the signing dates nothing.
    """
    if published is None:
        return
    for record in records:
        if record.date is not None or not record.evidence:
            continue
        sentence = record.first.sentence
        shift = SHIFT.search(sentence.text)
        if shift is None or extract_dates(sentence.text, published):
            continue  # (a day told in the sentence is the signing's own)
        if _TELLING.search(sentence.text, shift.end()):
            continue  # "A day earlier, the ministry said ...": the statement's day
        named = shift["gathering"]
        gathering = named and GATHERINGS.search(named.lower())
        if named and not gathering:
            continue  # "the eve of the election": no event of the story
        day = _other_day(sentences, sentence, gathering.group() if gathering else None, published)
        if day is None or day.day is None:
            continue
        try:
            shifted = day.first_day() + dt.timedelta(days=shift_days(shift))
        except OverflowError:  # (a day before year 1 or after 9999: none to give)
            continue
        record.date = PartialDate.from_date(shifted)


def _other_day(
    sentences: Sequence[Sentence], sentence: Sentence, word: str | None, published: dt.date
) -> PartialDate | None:
    """The day of the event the shift counts from: the last told before ``sentence``.

    A shift naming a gathering ("the eve of the summit") takes the last sentence naming it
    with its day; a bare one ("A day earlier") the sentence right before its own, when that
    one tells a single day (a story moving on between the two leaves the event open).
    """
    before = [s for s in sentences if s.end <= sentence.start]
    if word is None:
        return _one_day(before[-1], published) if before else None
    for told in reversed(before):
        if word in told.text.lower() and (day := _one_day(told, published)) is not None:
            return day
    return None
