"""A body's full session dated by its gap from a sitting told: "four days ahead of the full X".

Wire copy dates a body's main session by the sitting told before it: "The X's pricing panel
will meet in P on June 19, four days before the group's full ministerial session", "the
committee meets on May 4, a week ahead of the council of ministers". The clause tells two
sittings of the body: the one dated, and the full session the gap dates (June 23, May 11).
The rules read the first; the second, named after the gap with no date of its own, is no
record of theirs, yet the spec's date is "stated or directly implied" and the gap implies it.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.meetings._kinds import CONFERENCE
from diplonews.meetings._merge import Candidate, same_event
from diplonews.models import Article
from diplonews.values import PartialDate, Span

__all__ = ["sessions_ahead"]

RULE = "meeting.session_ahead"

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# The gap after a sitting's day, then the body's full session: ", four days before the
# group's full ministerial session", ", a week ahead of the full council of farm ministers",
# ", two days after the OPEC conference" (a gap after the session dates it before the sitting).
_GAP_THEN_SESSION = re.compile(
    r""",\s+(?:(?P<n>one|two|three|four|five|six|seven|\d)\s+days?|(?P<week>a|one)\s+week)\s+
    (?P<way>ahead\s+of|before|after)\s+
    (?:the\s+|its\s+|their\s+)?(?:(?:[A-Z][\w.-]*|group|organi[sz]ation|body)['’]s?\s+)?
    (?:(?:full|main|regular|ordinary|plenary|annual)\s+)+  # a body's main session, told so
    (?:(?:ministerial|[A-Z][\w.-]*)\s+)?
    (?:conference|session|council|meeting|summit)\b""",
    re.VERBOSE,
)
# A day told right before the gap: "on June 19", "on Friday", "on 19 June" (the sitting's day).
_DAY_BEFORE = re.compile(
    r"""\b(?:on\s+)?(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)\s*\Z""",
    re.VERBOSE,
)


def sessions_ahead(article: Article, records: Sequence[Candidate]) -> list[Candidate]:
    """The full session each dated sitting of a body sets at a gap from it.

    The new record is the body's conference, with the sitting's status and place, dated by
    the gap; its sides are the place's state only (the sitting's own members, a panel's,
    are not the full session's list).
    """
    body = article.body
    if "days" not in body and "week" not in body:
        return []  # (most stories: no gap told at all)
    out: list[Candidate] = []
    for record in records:
        if record.organization is None or record.date is None or record.date.day is None:
            continue
        for span in record.evidence:
            gap = _GAP_THEN_SESSION.search(body, span.start, span.end)
            if gap is None:
                continue
            if not _DAY_BEFORE.search(body, max(span.start, gap.start() - 30), gap.start()):
                continue  # the gap counts from a day told right before it, the sitting's
            days = 7 if gap["week"] else _NUMBERS.get(gap["n"]) or int(gap["n"])
            days = -days if gap["way"] == "after" else days
            told = dt.date(record.date.year, record.date.month or 1, record.date.day)
            day = told + dt.timedelta(days=days)
            place = record.location
            cand = Candidate(
                rule=RULE,
                kind=CONFERENCE,
                status=record.status,
                countries={place.country.alpha_3} if place and place.country else set(),
                organization=record.organization,
                date=PartialDate(day.year, day.month, day.day),
                location=place,
                participants=[],
                title=None,
                evidence=[Span.of(body, span.start, span.end)],
                anchor=gap.start(),
            )
            if not any(same_event(r, cand) for r in (*records, *out)):
                out.append(cand)
            break
    return out
