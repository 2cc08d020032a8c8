"""The next sitting of the story's series, set to come: "the next round ... will be held in P".

News of talks, consultations or a joint commission often closes on the series' next sitting:
"The sides agreed to hold the next round of consultations in Bratislava in 2017", "The next
session of the JTC will be held in Jakarta", "the negotiations, the next round of which is
scheduled for April". Such a sentence names no side of its own (or only the venue's state),
so the rules, which read sides from the clause, leave it as a back-reference to the round
just told, and the fallback, which wants two states in it, passes it by; yet it tells a
planned meeting of the series' sides: the sides of the event told before it. A sitting only
proposed, hoped for or asked about is none, nor a domestic body's next sitting ("the next
meeting of the Central Bank Board", "its next meeting"): the series must be talks or a joint
body, and the sitting set ("will be held", "is scheduled for", "agreed to hold").

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews._regex_heads import literal_heads
from diplonews._regex_words import may_match
from diplonews.meetings._kinds import CONFERENCE, MEETING, PLANNED, VISIT
from diplonews.meetings._merge import Candidate, body_members, same_event
from diplonews.meetings._places import a_people, pick_date, sentence_dates
from diplonews.meetings._prose import names_a_pact
from diplonews.meetings._rules import (
    CALLED_FOR,
    CALLED_OFF,
    PUT_OFF_UNDATED,
    SIDELINES,
    SIDELINES_BARE,
    SPECULATIVE,
)
from diplonews.meetings._story import the_story_pair
from diplonews.models import Article
from diplonews.text import WordStarts, body_mentions, lowered, split_sentences
from diplonews.text.dates import DateMention, Tense
from diplonews.values import Span

__all__ = ["next_rounds"]

RULE = "meeting.next_round"

# The next sitting of a series of talks or of a joint body: "the next round of consultations",
# "the next session of the U.S.-Ghana Bi-National Commission", "the next round of which",
# "the next commission meeting", "the next Joint Trade Committee session", "the next session of
# the JTC"; or of a series left unnamed ("The next round will be held in P"). Not a body's
# own sitting ("its next meeting", "the Bank's next meeting"), nor one of a series that is no
# talks ("the next meeting of the board on the key rate", "the next Cabinet meeting").
_NEXT_ROUND = re.compile(
    r"""(?<!\bits\s)(?<!['’]s\s)\b
    (?:(?:[Nn]ext|[Rr]egular|[Oo]rdinary)\s+
      (?:(?:regular|ordinary|annual|commission|committee)\s+  # "the next commission meeting"
      # the series' name ("the next High-Level Council session"), not a state's own body's
      |(?:(?!(?:Cabinet|Board|Bank|Parliament|Senate|Assembly|Congress|Party|Government)\b)
        [A-Z][\w-]*\s+){1,6})?
      (?:round|session|meeting)\b
      (?:\s+of\s+(?:which\b                                   # "the next round of which"
        |(?:(?:the|their)\s+)?(?:[\w.'’-]+\s+){0,8}?          # the series' own name
        (?:talks|negotiations|consultations|dialogue|discussions  # talks ...
        |[Cc]ommission|[Cc]ommittee|working\s+groups?|[A-Z]{2,6})\b)  # ... or a joint body
      |(?!\s+of\b))
    # a joint body's sitting named by the body: "the intergovernmental council of the two
    # countries is to be held in P"
    |(?:[Ii]ntergovernmental|[Jj]oint)\s+(?:[\w-]+\s+){0,2}?(?:[Cc]ouncil|[Cc]ommission
      |[Cc]ommittee)\b)""",
    re.VERBOSE,
)
# The sitting set to come, told after it: "will be held in P", "is scheduled for April",
# "is to be held in Moscow in 2025", "due in late June".
# (not the end to come of the sitting told: "the session, which opened on Monday, is due to
# end on Friday" is one going on, and sets no sitting)
_SET_AFTER = re.compile(
    r"""\b(?:(?:will|shall|(?P<would>would))\s+(?:be\s+held|take\s+place|convene|open)
    |(?:is|are)\s+(?:(?:to\s+be\s+held|to\s+take\s+place)|(?:now\s+)?(?:scheduled|planned|set
    |slated|due)\b)
    |to\s+be\s+held|scheduled\s+(?:for|to)|due\s+(?:in|on|to|for))\b
    (?!\s+(?:to\s+)?(?:end|close|conclude|finish|run|last|wind\s+up)\b)""",
    re.VERBOSE,
)
# A saying verb before the sitting: "He said the next session would be held in P" reports a
# sitting set to come ("would" is the reported "will").
_REPORTED = re.compile(r"\b(?:said|told|announced|added|noted|stated|informed)\b")
# The sitting set to come, told before it: "agreed to hold the next round", "will convene the
# next session" (not "proposed to hold": only proposed, nor "hoped to hold": hoped for).
_SET_BEFORE = re.compile(
    r"""\b(?:agreed|decided|will|shall)\b[^.;:]{0,120}?\b(?:hold|convene|host|organi[sz]e)\s+
    (?:in\s+[A-Z][\w-]*\s+)?the\s+\Z""",
    re.VERBOSE,
)
# How far after the sitting's words its setting may be told: past the body's name and topics
# ("the regular meeting of the A-B committee on trade and economic cooperation, to be held").
_SET_REACH = 200
# A series of many sides: a conference (spec 2: a gathering of many states).
_MANY = 4


def _sitting_stems() -> tuple[str, ...]:
    """The words every match of :data:`_NEXT_ROUND` opens on, lower-cased; none if unread.

    Called when the shared scan of word starts is first built (it parses the pattern).
    """
    heads = literal_heads(_NEXT_ROUND.pattern, _NEXT_ROUND.flags)
    if heads is None or not all(head.isascii() and head.isalpha() for head in heads):
        return ()
    return tuple(sorted({head.lower() for head in heads}))


# The words the sittings open on ("next", "joint"), in the shared scan of the lower-cased
# body: where one of them starts, _NEXT_ROUND is tried on the body as written.
_SITTING_STARTS = WordStarts(_sitting_stems)


def _sittings(body: str) -> list[re.Match[str]]:
    """What ``_NEXT_ROUND.finditer(body)`` finds, tried only where one of its words starts.

    The pattern's first letters ("n", "r", "o", "i", "j" and their capitals) stand at most
    places of a body, at each of which the engine tries its lookbehinds and branches; the
    shared scan (:class:`~diplonews.text.WordStarts`) has found the word starts already.
    Every match opens on a word boundary and one of the pattern's ASCII words, so where
    lower-casing keeps every offset the lower-cased word starts there after a character
    that is no word character (none lower-cases to an ASCII letter, digit or ``_``): the
    scan reports it, and an anchored match sees the text before it as a search does.
    """
    lower, padded = lowered(body)
    if not _SITTING_STARTS.stems or len(lower) != len(body):
        return list(_NEXT_ROUND.finditer(body))
    found: list[re.Match[str]] = []
    end = 0  # where the last match ends: the next starts there or later (as finditer)
    match_at = _NEXT_ROUND.match
    for at in _SITTING_STARTS.starts(padded):
        if at >= end and (match := match_at(body, at)) is not None:
            found.append(match)
            end = match.end()
    return found


def _on_sidelines(record: Candidate) -> bool:
    """Whether the talks' own sentence tells them held on a gathering's sidelines."""
    text = record.evidence[0].text
    return record.kind is not CONFERENCE and bool(
        SIDELINES.search(text) or SIDELINES_BARE.search(text)
    )


def next_rounds(article: Article, records: Sequence[Candidate]) -> list[Candidate]:
    """One planned meeting for each next sitting of a series the story sets to come.

    Its sides are the states its sentence names when it names two or more ("the next
    session of the U.S.-Ghana commission"), else those of the latest event told before it
    with two sides or more (the series' round just told; not talks told on the sidelines of
    a gathering told before them, which is the series); a sitting already told as planned
    (the evidence of a planned record, or the same event as one) adds nothing.
    """
    body = article.body
    found = _sittings(body)
    if not found:
        return []  # (most stories: no sitting of a series named at all)
    sentences = split_sentences(body)
    starts = [s.start for s in sentences]
    out: list[Candidate] = []
    dates: dict[tuple[int, Tense], list[DateMention]] = {}
    seen: set[int] = set()
    for hit in found:
        i = bisect.bisect_right(starts, hit.start()) - 1
        if i < 0 or i in seen or hit.end() > sentences[i].end:
            continue  # (one sitting a sentence: its first)
        seen.add(i)
        sentence = sentences[i]
        text = sentence.text
        match = _NEXT_ROUND.match(text, hit.start() - sentence.start)
        if match is None:
            continue
        a, b = match.span()
        before = text[:a]
        set_after = _SET_AFTER.search(text, b, b + _SET_REACH)
        if set_after is not None and set_after["would"] and not _REPORTED.search(before):
            set_after = None  # "the next round would be held if ...": a condition, not a plan
        if not (set_after or _SET_BEFORE.search(before)):
            continue  # "preparations for the next meeting": a sitting not yet set
        if SPECULATIVE.search(before) or CALLED_FOR.search(before):
            continue  # "proposed to hold the next meeting", "urged them to hold": not set
        if CALLED_OFF.search(text, b) or (
            may_match(PUT_OFF_UNDATED, text, b) and PUT_OFF_UNDATED.match(text, b)
        ):
            # "the joint commission, which had been due to meet on May 30, was cancelled": the
            # sitting is off, as the other rules drop an event called off
            continue
        if any(
            r.status is PLANNED
            and any(s.start < sentence.end and sentence.start < s.end for s in r.evidence)
            for r in (*records, *out)
        ):
            continue  # a rule read it as planned already
        named = {
            m.code
            for m in body_mentions(body).between(sentence.start, sentence.end)
            if m.kind != "group" and not names_a_pact(body, m) and not a_people(body, m)
        }
        told = [
            r for r in records if len(r.countries) >= 2 and r.evidence[0].start < sentence.start
        ]
        if any(r.kind is CONFERENCE for r in told):
            # talks on a gathering's sidelines are no series of their own: "On the sidelines, A
            # met B. The next round of the dialogue is to be held in P" is the gathering's
            told = [r for r in told if not _on_sidelines(r)]
        # the round just told: talks or a session rather than a trip ("X arrived on a visit
        # ... the two sides held the second round of the dialogue")
        series = max(
            told,
            key=lambda r: (r.kind is not VISIT, r.evidence[0].start),
            default=None,
        )
        # a joint body's sitting whose name gives its two members ("the fifth session of the
        # A-B commission"): its next sitting is theirs, not a guest's who sat in on this one
        members = body_members(series) if series is not None else set()
        if len(named) >= 2:
            sides = named
        elif members:
            sides = members
        elif series is not None:
            sides = set(series.countries)
        else:
            # no event told before: the story's pair ("the agreement with Tajikistan ... the
            # Kyrgyz-Tajik checkpoint ... The next round of talks is scheduled for October")
            sides = the_story_pair(article, sentence.start, None)
        if len(sides) < 2:
            continue  # no sides anywhere: a body's or a team's sitting
        t0, t1 = sentence.start + a, sentence.start + b
        picked = pick_date(
            body,
            sentence_dates(dates, sentence, article.published, "future"),
            (sentence.start, sentence.end),
            (t0, t1),
        )
        many = len(sides) >= _MANY or (
            series is not None and series.kind is CONFERENCE and sides == series.countries
        )
        cand = Candidate(
            rule=RULE,
            kind=CONFERENCE if many else MEETING,
            status=PLANNED,
            countries=sides,
            organization=series.organization if series is not None and many else None,
            date=picked[0] if picked is not None else None,
            location=None,
            participants=[],
            title=None,
            evidence=[Span.of(body, sentence.start, sentence.end)],
            anchor=t0,
        )
        if not any(same_event(r, cand) for r in (*records, *out)):
            out.append(cand)
    return out
