"""Whether an event or a signing is put off, and its new time, shared by the event extractors.

News often tells an event only to say it will not take place when it was set for: "talks
between A and B, originally set for May 31, have been postponed until June", "the signing
of the memorandum was deferred". Such an event is still to come (a meeting ``planned``, an
instrument ``planned``), and the time it was first set for is no longer its own: only the
new time told right after the verb ("until June", "to next year") dates it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.text.dates import MONTH_PATTERN, DateMention, extract_dates
from diplonews.values import PartialDate

__all__ = ["new_time", "put_off_before", "put_off_end", "signing_put_off", "time_after"]

# The event put off, told after its word: "the summit was postponed until June", "the session
# of the commission, which has been postponed to the autumn", an aside that puts it off ("a
# summit of the two governments, postponed twice last year, has yet to be given a new date"),
# or an aside between that tells the time it was first set for ("talks between A and B,
# originally set for May 31, have been postponed", "the trip, which had been scheduled for
# next week, will be put off"). No turn to another clause ("but", "while"), nor another event
# or thing that may be put off ("ahead of the commission's session, which has been postponed",
# "and the vote was postponed") stands between the event's word and the verb.
_PUT_OFF_AFTER = re.compile(
    r"""\s*(?:,\s*(?:which|that)\s+)?
    (?:(?!\b(?:but|while|although|though|whereas|because|since|when|where|after|before|if
    |unless|meetings?|talks|visits?|trips?|summits?|sessions?|conferences?|negotiations
    |consultations|forums?|votes?|elections?|match(?:es)?|games?|ceremony|signing|decision
    |ruling|launch|deadline)\b
    |\band\s+(?:the|a|an|its|their)\s+[\w-]+\s+(?:was|were|has|have|had|is|are|will)\b)
    [^.;!?]){0,200}?
    (?:(?:has|have|had)\s+been|was|were|is|are|been|(?:will|would|could|may|might)\s+be|,)\s+
    (?:(?:[a-z]+ly|again|twice|once\s+more)\s+)?
    (?:postponed|put\s+off|rescheduled|pushed\s+back|deferred
    # a new time set later or sooner: "has been put back to June 25", "brought forward to May 3"
    |put\s+back|brought\s+forward|moved\s+(?:back|forward)
    # "delayed" as a putting off, not a late start: "talks were delayed by two hours" took place
    |delayed(?!\s+by\s+(?:\w+\s+){0,2}(?:minutes?|hours?)\b))\b""",
    re.VERBOSE,
)
# The main clause's verb after an aside that put the event off: "the summit, postponed twice
# last year, opened on Monday" took place after all ("the memorandum, deferred in May, was
# signed on Monday" too).
_DONE_AFTER_ALL = re.compile(
    r"""[^.;]*?,\s+(?:(?:finally|eventually|at\s+last)\s+)?(?:(?:was|were)\s+(?:finally\s+)?
    (?:held|signed|concluded|adopted)|took\s+place|went\s+ahead|opened|began|met|convened
    |ended|concluded)\b""",
    re.VERBOSE,
)
# The event's word as the occasion of another event told before it: "a meeting between A and B
# planned for next week's NATO session in P has been postponed" puts off the meeting, not the
# session.
_OCCASION_BEFORE = re.compile(
    r"\b(?:planned|set|scheduled|due|expected|arranged)\s+(?:for|at|during)\s+(?:[\w'’-]+\s+){0,6}\Z"
)
# A word of putting off: a cheap test before the patterns above.
_PUT_OFF_WORDS = (
    "postpone", "put off", "reschedul", "pushed back", "deferred", "delayed", "put back",
    "brought forward", "moved back", "moved forward",
)  # fmt: skip
# What stands between the verb and the new time: "postponed until December 9", "put off to
# next year", "rescheduled for June" (not "until after the summit": another event's time; nor
# "postponed in March", "was put off on Monday": the time it was put off). A part of the month
# before it ("until early April", "to the end of June") still dates the event by that month.
_NEW_TIME = re.compile(
    r"""\s+(?:(?:again|twice|indefinitely)\s+)?(?:until|till|to|for)\s+
    (?:(?:early|late|mid)[\s-]+|the\s+(?:end|middle|beginning|start)\s+of\s+)?""",
    re.VERBOSE,
)
# A bare month after "to", which the date reader leaves alone ("to May" may be a person, or a
# range's end): after a verb of putting off it is the new time ("postponed to September").
_TO_MONTH = re.compile(
    r"\s+(?:(?:again|twice)\s+)?to\s+(?P<month>" + MONTH_PATTERN + r")\b(?![\s,]*\d)"
)


def put_off_end(after: str, before: str = "") -> int | None:
    """Where the verb that puts an event off ends in ``after``, the sentence after its word.

    None when the event is not put off, when an aside put it off and the main clause tells
    it done all the same, or when ``before``, the clause up to the word, makes the event the
    occasion of another one the verb puts off.

    >>> put_off_end(", originally set for May 31, have been postponed until June.")
    48
    >>> put_off_end(", postponed twice last year, opened on Monday.") is None
    True
    >>> put_off_end(" on Monday, but a vote was postponed.") is None
    True
    >>> put_off_end(" in P has been postponed.", "A meeting of A and B planned for the ") is None
    True
    """
    if not any(word in after[:260] for word in _PUT_OFF_WORDS):
        return None
    tail = before[-80:]
    if ("for " in tail or "at " in tail or "during " in tail) and _OCCASION_BEFORE.search(tail):
        return None  # (its cheap test first: few events follow "for", "at" or "during")
    put_off = _PUT_OFF_AFTER.match(after)
    if put_off is None or _DONE_AFTER_ALL.match(after, put_off.end()) is not None:
        return None
    return put_off.end()


# The event as the object of a verb of putting off, told before its word: "X has postponed
# his visit to B", "the two sides put off their talks", "A pushed back the session of"; a
# verb of the event's own clause, its object the event (its possessive or article, or none:
# "postponed talks with B", and up to two words more: "postponed a planned visit").
_PUT_OFF_BEFORE = re.compile(
    # (a verb, not an adjective after a determiner: "the postponed talks were held", "the
    # long-delayed visit")
    r"""(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Ii]ts\s)(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)
    (?<!\b[Tt]heir\s)(?<!\b[Oo]ur\s)(?<!\b[Tt]his\s)(?<!\b[Tt]hat\s)(?<!\b[Tt]hese\s)
    (?<!\b[Tt]hose\s)(?<!-)
    \b(?:postpon(?:ed|es|ing)?|put(?:s|ting)?\s+off|deferr(?:ed|ing)|defers?
    |push(?:ed|es|ing)?\s+back|delay(?:ed|s|ing)?|reschedul(?:ed|es|ing))\s+
    # (its object right after it, not a phrase: "pushed back to the summit" is the new time)
    (?!(?:to|until|till|for|at|in|on|by|from|with|after|before|because|due|over)\b)
    (?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+){0,2}\Z""",
    re.VERBOSE,
)
# An instrument whose signing a verb puts off, told before its word: "A and B postponed the
# signing of the transit accord", "has delayed the planned signing of a memorandum".
_SIGNING_PUT_OFF = re.compile(
    r"""\b(?:postpon(?:ed|es|ing)?|put(?:s|ting)?\s+off|deferr(?:ed|ing)|defers?
    |push(?:ed|es|ing)?\s+back|delay(?:ed|s|ing)?|reschedul(?:ed|es|ing))\s+
    (?:(?:the|its|their|a)\s+)?(?:planned\s+)?signing\s+of\s+(?:(?:a|an|the|its|their)\s+)?
    (?:[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# A word before "until", "till" or "to" that reads the time after it as a new one.
_UNTIL = re.compile(r"\s+(?:until|till|to)\s+")


def put_off_before(before: str) -> bool:
    """Whether ``before``, the clause up to an event's word, makes it a verb's put-off object.

    >>> put_off_before("The President has postponed his ")
    True
    >>> put_off_before("Kenya and Uganda put off ")
    True
    >>> put_off_before("The President, whose flight was delayed, held ")
    False
    >>> put_off_before("The issue is likely to be pushed back to the ")
    False
    >>> put_off_before("The postponed ")
    False

    """
    return any(word in before[-60:] for word in _PUT_OFF_STEMS) and bool(
        _PUT_OFF_BEFORE.search(before, max(0, len(before) - 60))
    )


def signing_put_off(before: str) -> bool:
    """Whether ``before``, the clause up to an instrument's word, puts off its signing.

    >>> signing_put_off("A and B put off the signing of the transit ")
    True
    >>> signing_put_off("A and B will sign the transit ")
    False
    """
    return "signing of" in before[-80:] and bool(
        _SIGNING_PUT_OFF.search(before, max(0, len(before) - 120))
    )


# The stems of the verbs ``_PUT_OFF_BEFORE`` reads: a cheap test first.
_PUT_OFF_STEMS = ("postpon", "put", "defer", "push", "delay", "reschedul")


def time_after(
    text: str, lo: int, hi: int, dates: Sequence[DateMention], published: dt.date | None
) -> PartialDate | None:
    """The new time after an event put off by a verb before it: "until June" in ``text[lo:hi]``.

    >>> import datetime as dt
    >>> text = "X has postponed his visit to Peru until June 12."
    >>> found = extract_dates(text, dt.date(2023, 5, 10), tense="future")
    >>> str(time_after(text, text.index(" to"), len(text), found, dt.date(2023, 5, 10)))
    '2023-06-12'
    >>> time_after(text, 0, text.index(" until"), found, dt.date(2023, 5, 10)) is None
    True
    """
    for until in _UNTIL.finditer(text, lo, hi):
        told = new_time(text, until.start(), dates, published)
        if told is not None:
            return told
    return None


def new_time(
    text: str, at: int, dates: Sequence[DateMention], published: dt.date | None
) -> PartialDate | None:
    """The time told right after ``at``, where a verb put an event off, or None.

    A bare month after "to" is read as the coming one (from ``published``).

    >>> import datetime as dt
    >>> from diplonews.text.dates import extract_dates
    >>> text = "Talks, set for May 31, were postponed until December 9."
    >>> found = extract_dates(text, dt.date(2023, 5, 10), tense="future")
    >>> str(new_time(text, text.index(" until"), found, dt.date(2023, 5, 10)))
    '2023-12-09'
    >>> new_time(text, text.index(" until") + 6, found, dt.date(2023, 5, 10)) is None
    True
    >>> str(new_time("was put off to September.", 11, (), dt.date(2023, 5, 10)))
    '2023-09'
    >>> text = "Talks were postponed until early June."
    >>> found = extract_dates(text, dt.date(2023, 5, 10), tense="future")
    >>> str(new_time(text, text.index(" until"), found, dt.date(2023, 5, 10)))
    '2023-06'
    """
    told = next((d.date for d in dates if _NEW_TIME.fullmatch(text, at, d.start)), None)
    if told is not None or published is None:
        return told
    month = _TO_MONTH.match(text, at)
    if month is None:
        return None
    found = extract_dates(f"in {month['month']}", published, tense="future")
    return found[0].date if found else None
