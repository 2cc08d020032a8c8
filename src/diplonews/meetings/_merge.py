"""Meeting candidates, and how mentions of one event merge into one record.

Candidates naming the same event (compatible kinds, overlapping sides,
compatible dates) merge and keep every evidence span; a bare back-reference
("the talks") adds evidence to the event before it, "another call" starts a
new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from diplonews import _regex as re
from diplonews.meetings._kinds import CALL, CONFERENCE, HELD, MEETING, PLANNED, VISIT
from diplonews.meetings._places import body_named, body_officials
from diplonews.meetings._rules import (
    AND_ANOTHER,
    DATE_REACH,
    ORGAN_LAST_MET,
    ROUND_LAUNCHED,
    SIDELINES,
    SIDELINES_BARE,
)
from diplonews.models import MeetingKind, MeetingStatus
from diplonews.text.countries import state_codes
from diplonews.text.dates import (
    CLAUSE_STOP,
    DAY_OF_MONTH_PATTERN,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    month_number,
)
from diplonews.values import PartialDate, Participant, Place, Span

__all__ = [
    "STEP_OF_THE_VISIT",
    "Candidate",
    "back_reference",
    "body_members",
    "compatible",
    "consultations_round",
    "during_the_visit",
    "fold_name_words",
    "fold_visit_days",
    "fold_visit_steps",
    "forward_references",
    "held_for",
    "launched_round",
    "leg_of_a_visit",
    "merge",
    "named_by_its_city",
    "other_gathering",
    "recalled",
    "same_event",
    "session_during_the_visit",
    "sidelines_named",
    "trip_to",
    "visit_days",
]

_COMPATIBLE = {
    frozenset({MEETING, VISIT}),
    frozenset({CONFERENCE, VISIT}),
    frozenset({CONFERENCE, MEETING}),
}


@attrs.define
class Candidate:
    """A meeting under construction (mutable while merging)."""

    rule: str
    kind: MeetingKind
    status: MeetingStatus
    countries: set[str]
    organization: str | None
    date: PartialDate | None
    location: Place | None
    participants: list[Participant]
    title: str | None
    evidence: list[Span]
    anchor: int  # offset of the trigger in the body
    date_gap: int = 0  # characters between the trigger and the date mention it took
    weak: bool = False  # names no sides of its own: a back-reference at most
    another: bool = False  # "another call": a new event, never the one before
    clause_end: int = 0  # where the trigger's clause turns to its topic
    untensed: bool = False  # held only for want of any tense cue in its clause
    ordinal: str | None = None  # "seventh" in "the seventh meeting": one session of a series
    partners: set[str] = attrs.Factory(set)  # states after a plural trigger, one event each
    guest: bool = False  # "received the guest": the visitor of the visit under way
    also: bool = False  # "X also met Y": one more event of the story
    lonely: bool = False  # one state only, yet no back-reference: the article may name the other
    sequel: int = 0  # 1: "After that, ..." (the same day), 2: "The next day, ..."; 0: neither
    named_sides: int = 0  # states its clause names, not in a place phrase ("in A and B")
    took_part: bool = False  # "Ministers of A and B took part in the meeting": states as sides
    visitor: bool = False  # "X, on a visit to Y": a visit whose visitor's state goes unnamed
    hosted: bool = False  # "A will host the fifth round": a numbered session told by its host
    first_to: bool = False  # "the first president of A to visit B": the visit told, undated
    one_sided: bool = False  # weak for naming one side only, not as a back-reference
    partner: str | None = None  # the state of one event of several ("meetings with A, B and C")
    partner_dates: dict[str, PartialDate] = attrs.Factory(dict)  # each partner's own day, if told
    again: PartialDate | None = None  # "met on Monday and again on Friday": the second day
    apart: list[str] = attrs.Factory(list)  # officials of one state met as several, one event each
    new_session: bool = False  # "convened a Joint Working Group meeting": a session of its own
    aside: bool = False  # "the commission, which held its first session on May 24": no step
    story: dt.date | None = None  # the story's day (its publication or dateline), when known
    # "since their May talks": a past sitting the clause counts from, never its own event
    recalled: bool = False
    # where a phrase starts that tells this gathering as another than the event its sentence
    # told before it: recalling ("building on their talks in March", "the targets set at the
    # summit") or to come ("ahead of their June talks"); a sitting of its own when dated
    apart_at: int | None = None
    # the body span of its own words when its sentence also tells a recalled gathering
    # ("X met Y in P, building on their talks in Q in March"): each one's place is in its own
    own_words: tuple[int, int] | None = None
    # the event a session told by back-reference took its sides from ("The previous round was
    # held in Lima"): when that event gets its second side later, so does the session
    source: Candidate | None = attrs.field(default=None, eq=False, repr=False)
    # participants named only as saying or preparing what is to come ("X said the commission
    # would meet"): kept while merging, not listed in the record
    told_of: frozenset[str] = frozenset()
    # a gathering's sitting told a day apart from another gathering ("The council will meet a
    # day earlier"): the states of its own mention, never the other gathering's guests
    day_apart: frozenset[str] | None = None


# One word and the space after it: a gathering word right before a meeting word.
_ONE_WORD = re.compile(r"[A-Za-z-]+\s")


def compatible(a: MeetingKind, b: MeetingKind) -> bool:
    """True when mentions of these two kinds may name one event (talks on a visit)."""
    return frozenset({a, b}) in _COMPATIBLE


def launched_round(record: Candidate) -> bool:
    """``record`` is the gathering told by the launch of a round ("the round launched in P").

    News tells it as background: "the session" or "the sidelines" after it are another
    sitting's, never that gathering's.
    """
    span = record.evidence[0]
    return record.rule == "meeting.conference_named" and bool(
        ROUND_LAUNCHED.match(span.text, record.anchor - span.start)
    )


def _exact_day(date: PartialDate | None) -> dt.date | None:
    """The day of a date told to the day, or ``None`` for no date or a month or year only.

    >>> _exact_day(PartialDate(2021, 12, 19)), _exact_day(PartialDate(2021, 12))
    (datetime.date(2021, 12, 19), None)
    """
    return date.first_day() if date is not None and date.day is not None else None


def _on_sidelines_of(side: Candidate, host: Candidate) -> bool:
    """``side`` is told as held on the sidelines of ``host``, an event of its own.

    ``host`` has more states ("the trilateral meeting" ... "on its sidelines, A
    met B"), or is a session of a body told before ("the commission met for its
    18th session" ... "On the sidelines of the session, the President received
    the minister"): a reception at a session is no sitting of it.
    """
    span = side.evidence[0]
    if side.kind is not MEETING or not (
        SIDELINES.search(span.text) or SIDELINES_BARE.search(span.text)
    ):
        return False
    return side.countries < host.countries or (
        side.countries == host.countries
        and side.anchor > host.anchor
        and span not in host.evidence
        and (host.ordinal is not None or host.rule.startswith(_SESSION_RULES))
    )


_SESSION_RULES = ("meeting.commission", "meeting.round")  # sittings of a body, told as such


def _other_officials(a: Candidate, b: Candidate) -> bool:
    """Talks or calls whose officials for one state are other people: two events.

    "The President received X. ... X also met the Foreign Minister": the host
    state's side is named in both, by different people (a name word shared counts as
    the same person: "Ana Ruiz" ... "Ruiz").
    """
    if not (
        (a.kind in _TALKS and b.kind in _TALKS)
        # "X met Y in Lima, where he is on a visit" ... "X also held talks with Z": the visit
        # that took in talks of the first official is not the talks of another
        or (a.kind is VISIT and b.kind in _TALKS and b.also)
    ):
        return False
    for state in {p.country for p in a.participants if p.country is not None}:
        one = [_name_words(p.name) for p in a.participants if p.country == state]
        two = [_name_words(p.name) for p in b.participants if p.country == state]
        if one and two and not any(x & y for x in one for y in two):
            return True
    return False


def _talks_of_their_own(visit: Candidate, talks: Candidate) -> bool:
    """Talks of named officials of two states, told in a sentence the visit is not told in.

    "X arrived in Lima on a state visit." ... "X then held talks with his
    Peruvian counterpart Y": the talks are an event of the visit's programme,
    a record of their own beside the visit. Not on a trip to several states ("X visited A
    and B from May 6 to 8." ... "In C, X met A's Prime Minister"): talks with one host are a
    stop of the trip, one visit.
    """
    return (
        visit.kind is VISIT
        and talks.kind in _TALKS
        and talks.status is HELD
        and (_told_as_a_step(talks) or _ARRIVED.search(visit.evidence[0].text) is not None)
        and len(visit.countries) <= 2
        and talks.anchor > visit.anchor
        and talks.evidence[0] not in visit.evidence
        and len({p.country for p in talks.participants if p.country is not None}) >= 2
        # "After their talks, A and B signed ...": the visit's talks, told as known
        and _TOLD_AS_KNOWN.search(talks.evidence[0].text, 0, talks.anchor - talks.evidence[0].start)
        is None
    )


def _told_as_a_step(talks: Candidate) -> bool:
    """Talks told as an event of their own in a visit's programme: by a day, or as a step.

    "X then held talks with Y", "X also met Y", "The next day, X received Y", "On May 5, X met
    Y"; undated talks told plainly ("X held talks with Y") are the talks of the visit.
    """
    span = talks.evidence[0]
    return (
        talks.date is not None
        or talks.also
        or talks.sequel != 0
        or _STEP_ADVERB.search(span.text, 0, talks.anchor - span.start) is not None
    )


# A visit told by its arrival narrates its programme, each later sentence a step of its own.
_ARRIVED = re.compile(r"\barriv(?:ed|es|ing)\b")
# The step's adverb just before its verb: "X then held talks", "the minister later met".
_STEP_ADVERB = re.compile(r"\s(?:then|later|subsequently|afterwards)\s+(?:[a-z]+\s+)?\Z")


# A sentence opening on the visit as the frame of its talks: "During the visit,", "Within the
# framework of the visit,", "In the course of his visit,".
STEP_OF_THE_VISIT = re.compile(
    r"(?:During|Within\s+the\s+framework\s+of|In\s+the\s+course\s+of|As\s+(?:a\s+)?part\s+of)"
    r"\s+(?:the|this|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:visit|trip)\s*,"
)


def _talks_with_a_body(talks: Candidate, other: Candidate) -> bool:
    """Whether ``talks`` are one state's talks with a body, told apart from ``other``.

    A state's meeting or call with an organisation's official is an event of its own
    beside a state official's trip told in another sentence or with "also" ("X arrived
    in Muscat. He also met the GCC chief"), and beside talks between states when the
    body's official is named ("Later, X received the UN coordinator, A"). Talks told in
    the sentence of the trip are the trip's ("X, on a visit to Brussels, met the EU
    commissioner").
    """
    host = talks.location.country.alpha_3 if talks.location and talks.location.country else ""
    if any(p.country is not None and p.country.alpha_3 == host for p in talks.participants):
        host = ""  # the place's state is a side when one of its officials is met there
    if not (
        talks.kind in _TALKS
        and talks.organization is not None
        and len(talks.countries - {host}) == 1
    ):
        return False
    if other.kind is VISIT:
        return (
            other.organization in (None, talks.organization)
            and (talks.also or talks.evidence[0] != other.evidence[0])
            and any(p.country is not None for p in other.participants)  # a state's traveller
            # (not talks with the body's officials unnamed that a sentence opens as a step of
            # the visit: "During the visit, he met officials of the EU" is the visit's)
            and (
                talks.also
                or STEP_OF_THE_VISIT.match(talks.evidence[0].text) is None
                or any(p.country is None for p in talks.participants)  # its chief, named
            )
        )
    return (
        other.kind in _TALKS
        and len(other.countries) > 1
        and other.organization is None
        and (
            any(p.country is None for p in talks.participants)  # the body's official, named
            # or told by office before the name, a comma between ("received the Secretary
            # General of the B, Y, with whom ...": the body's chief, whom no reading names)
            or talks.organization in body_officials(said := talks.evidence[0].text, 0, len(said))
        )
    )


def _session_on_the_visit(visit: Candidate, session: Candidate) -> bool:
    """A numbered session of a body, held on a visit but not told as the trip's purpose.

    (Or an unnumbered one told as held during the visit: :func:`session_during_the_visit`.)

    "X will pay a state visit to Peru ... and chair the second meeting of the
    Supreme Council": the session is a record of its own beside the visit; "X
    will travel to Lima for the second meeting of the Council" is the trip to it.
    """
    return (
        visit.kind is VISIT
        and session.kind is MEETING
        # (unnumbered: a body's sitting to come told as held during the visit)
        and (
            session.ordinal is not None
            or session_during_the_visit(session)
            or _regular_session(session)
        )
        and session.rule.startswith("meeting.commission")
        and not (
            session.evidence[0] in visit.evidence
            and _FOR_THE_SESSION.search(
                session.evidence[0].text, 0, session.anchor - session.evidence[0].start
            )
            # "X received Y, who arrived to co-chair the 18th meeting of the commission": the
            # host's reception is talks of its own, and the session the guest came for another
            and not _RECEIVED_WHO_CAME.search(
                session.evidence[0].text, 0, session.anchor - session.evidence[0].start
            )
        )
        # "signed the protocol of the 24th session": the session is the talks it is signed at
        and _OF_THE_SESSION.search(
            session.evidence[0].text, 0, session.anchor - session.evidence[0].start
        )
        is None
        # "Fidan will travel to Riyadh for the second meeting of the Council": the trip is told
        # as the one to a session, which is that trip
        and not any(_TRIP_TO_A_SESSION.search(span.text) for span in visit.evidence)
    )


# A sitting of a standing body told by its rank in the series, not by its number: "the regular
# meeting of the A-B intergovernmental commission", "A regular session is under way within the
# A-B commission" (not "regular meetings", the body's habit, nor "regular contacts").
_REGULAR_SESSION = re.compile(r"\b[Rr]egular\s+(?:session|meeting|sitting)\b")
# The sitting told as one to come in its own sentence: "the regular meeting of the commission,
# to be held in P in December" (its status is read elsewhere; here it is no sitting under way).
_TO_COME = re.compile(r"\b(?:to\s+be\s+held|will\s+(?:be\s+held|take\s+place|convene|meet))\b")
# How far before the body's word the sitting may be told ("A regular meeting is under way
# between A and B within the A-B intergovernmental commission").
_REGULAR_REACH = 90


def _regular_session(session: Candidate) -> bool:
    """A body's sitting told as its regular one, as a numbered one would be told.

    "Within the framework of the visit, the regular meeting of the A-B intergovernmental
    commission took place": a session of the series, an event of its own beside the visit
    (the keys keep both), like "the fifth meeting of the commission".
    """
    span = session.evidence[0]
    at = session.anchor - span.start
    return (
        _REGULAR_SESSION.search(span.text, max(0, at - _REGULAR_REACH), at + 8) is not None
        and _TO_COME.search(span.text, at) is None
    )


def session_during_the_visit(session: Candidate) -> bool:
    """A standing body's sitting to come, told in its sentence as held during a visit.

    "X will visit P next year, during which the A-B Strategic Council will hold its
    meeting", "the meeting of the A-B Joint Committee, which will convene during the
    visit", "The Council will hold its first meeting within the framework of that
    visit": the body's session is an event of its own beside the visit (the keys keep
    both). A visit's own talks are not a body's ("during the visit, the leaders will hold
    talks": the visit).
    """
    span = session.evidence[0]
    at = session.anchor - span.start
    return (
        session.kind is MEETING
        and session.status is PLANNED
        and _DURING_THE_VISIT.search(span.text) is not None
        # the body named in the trigger's own clause, before or right after the meeting word
        and (
            _BODY_BEFORE.search(span.text, max(0, at - _BODY_REACH), at) is not None
            or _BODY_AFTER.match(span.text, at) is not None
        )
    )


# The session tied to a visit in its sentence: "a state visit to P next year, during which",
# "within the framework of that visit", "will convene during the visit" (not "travel to P for
# the session of the Commission, during which ...": the session's own time).
_DURING_THE_VISIT = re.compile(
    r"""\b(?:visit\b[^.;]{0,80}?,\s+during\s+which
    |(?:during|within\s+the\s+framework\s+of|in\s+the\s+course\s+of)\s+(?:the|that|this)\s+visit)\b""",
    re.VERBOSE,
)
# How far before the meeting word a body's name may stand ("the Supreme Interstate Council
# between the two countries will hold its inaugural meeting").
_BODY_REACH = 90
# A standing body's name, capitalised, that then holds the meeting: "the High-Level Strategic
# Cooperation Council will hold its fifth", "the Council between the two countries will hold
# its" (or the name alone, where the rule's trigger opens on the verb).
_BODY_BEFORE = re.compile(
    r"""\b(?:[A-Z][\w.'’-]*\s+){1,6}(?:Council|Committee|Commission)\b
    (?:[^.;,]*?\b(?:will|is\s+(?:expected|due|set|scheduled)\s+to)\s+(?:[a-z]+\s+){0,3})?\s*\Z""",
    re.VERBOSE,
)
# The body named right after the meeting word: "meeting of the U.S.-Iraq Higher Coordinating
# Committee".
_BODY_AFTER = re.compile(
    r"""[a-z]+\s+of\s+the\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:Council|Committee|Commission)\b""",
    re.VERBOSE,
)


# A meeting told by its verb at the start of the trigger: "met with", "was received by",
# "received the delegation" (not "the meeting", "during the session": the session again).
_MET_VERB = re.compile(r"(?:met|meets|received|receives|(?:was|were)\s+(?:\w+\s+)?received)\b")


def _received_beside_session(session: Candidate, talks: Candidate) -> bool:
    """A named official's reception or talks, told in a sentence of their own, beside a session.

    "The ninth meeting of the A-B commission took place in P on May 5. ... Before the
    session, X was received by President Y", "As part of the visit, X met with Minister Z":
    a body's session and an official's talks with another official of its sides, told by a
    verb of their own in another sentence, are two events (the keys keep both).
    """
    span = talks.evidence[0]
    return (
        session.kind is MEETING
        and talks.kind is MEETING
        and not talks.rule.startswith(_SESSION_RULES)
        and talks.anchor > session.anchor
        # told apart from the session's own sentence ("the visit" told back may have added it)
        and span != session.evidence[0]
        and len(talks.countries) >= 2
        and talks.countries <= session.countries
        and bool(talks.participants)
        and _MET_VERB.match(span.text, talks.anchor - span.start) is not None
        # a body's session, or a round of consultations of two ministries ("X, who received
        # him during his stay in P" after the round: the keys keep both)
        and (session.rule.startswith("meeting.commission") or consultations_round(session))
    )


# A guest's reception told in the passive: "X was received by", "was also received by".
_RECEIVED_PASSIVE = re.compile(r"(?:was|were)\s+(?:also\s+)?received\s+by\b")
# Talks told by their verb: "met with", "held talks with" (not "received X, who is on a
# visit", the visit's reception; nor "co-chaired the meeting", "took part in": a sitting).
_TALKS_VERB = re.compile(r"(?:met|held\s+talks|talks)\b")
# A day told in the talks' own sentence: "On May 28,", "on Wednesday", "on the same day"
# (not "during the visit", "on the first day of the visit": a step of the visit, no day).
_DAY_WORDS = rf"""(?:the\s+same\s+day|{WEEKDAY_PATTERN}|{DAY_OF_MONTH_PATTERN})"""
_ITS_OWN_DAY = re.compile(rf"\b(?:[Oo]n\s+{_DAY_WORDS}|[Tt]he\s+same\s+day)", re.VERBOSE)


def _talks_on_their_day(talks: Candidate, other: Candidate) -> bool:
    """Held talks told in a sentence of their own, on a day that sentence tells.

    "X is on a working visit to P on May 28-30. ... On May 28, X was received by the
    President", "The co-chairs met earlier this month. ... The minister was received by the
    President on Wednesday", "X held a meeting with Y. On the same day, Y held talks with
    Z": the talks are an event of their own, not the visit nor the talks told in another
    sentence. The day opens the sentence of talks told by their verb ("met", "held talks"),
    or stands anywhere in a passive reception's. A reception told as a step of the visit
    with no day ("During the visit, X was also received by") stays the visit's.
    """
    span = talks.evidence[0]
    at = talks.anchor - span.start
    return (
        talks.kind is MEETING
        and talks.status is HELD
        and span != other.evidence[0]
        and len(talks.countries) >= 2
        and _exact_day(talks.date) is not None
        and (
            (
                _ITS_OWN_DAY.match(span.text) is not None  # opened by it
                and _TALKS_VERB.match(span.text, at) is not None
            )
            or (
                _RECEIVED_PASSIVE.match(span.text, at) is not None
                and _ITS_OWN_DAY.search(span.text) is not None
            )
        )
    )


# A round of consultations between two ministries, told by its word: "political consultations
# between the foreign ministries of A and B were held", "the first round of consultations".
_CONSULTATIONS_WORD = re.compile(r"consultations\b")
_CONSULTATIONS_ROUND = re.compile(r"\b(?:[Pp]olitical|round\s+of(?:\s+[a-z]+)?)\s+\Z")


def consultations_round(session: Candidate) -> bool:
    """``session`` is a round of (political) consultations, a session of a format of its own."""
    span = session.evidence[0]
    at = session.anchor - span.start
    return (
        session.rule.startswith("meeting.held_talks")
        and _CONSULTATIONS_WORD.match(span.text, at) is not None
        and _CONSULTATIONS_ROUND.search(span.text, max(0, at - 30), at) is not None
    )


# A host's reception of a guest whose trip is told in a relative clause: "received the
# delegation led by X, who arrived in the country to attend the".
_RECEIVED_WHO_CAME = re.compile(
    r"\breceived\b[^.;]{0,200}?,\s+who\s+(?:has\s+)?(?:arrived|came|is)\b[^.;]{0,80}\Z"
)
# A session named as the source of the document signed at the talks: "the protocol of the
# 24th". Not its decisions, results or resolutions: "reviewed the decisions of the 17th
# session" tells an earlier session, a record of its own.
_OF_THE_SESSION = re.compile(
    r"\b(?:protocol|minutes)\s+of\s+the\s+"
    r"(?:[\w-]+\s+){0,2}\Z"
)
# A trip told as the one to a session: "will travel to Lima for the second meeting of" (not
# "the visit to Lima, and the preparations for the second meeting": a thing of its own).
_TRIP_TO_A_SESSION = re.compile(
    r"\b(?:travel(?:s|l?ed|l?ing)?|go(?:es|ing)?|went|fl(?:y|ies|ew|ying)|visit|trip)\s+"
    r"(?:(?!\band\s+(?:the|its|their)\s)[^.;]){0,60}?\bfor\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:meeting|session)\b"
)
# The session told as a trip's purpose: "travel to Lima for the second meeting of" (not the
# work for it: "the preparations for the second meeting", "the agenda for the session").
_FOR_THE_SESSION = re.compile(
    r"\b(?:(?<!preparations\s)(?<!preparation\s)(?<!agenda\s)(?<!arrangements\s)(?<!plans\s)"
    r"for|to\s+(?:attend|take\s+part\s+in|participate\s+in|co-?chair|chair))\s+the\s+"
    r"(?:[\w-]+\s+){0,3}\Z"
)


# A definite or possessive mention just before a meeting word: "their high-level talks".
_TOLD_AS_KNOWN = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese)\s+(?:[\w-]+\s+){0,2}\Z"
)


# Talks told as a part of the visit: "during the visit", "in the course of his visit".
_ON_THE_VISIT = re.compile(
    r"\b(?:[Dd]uring|[Ii]n\s+the\s+course\s+of|[Aa]s\s+part\s+of|[Ww]ithin)\s+(?:the|this|his|her|their)"
    r"\s+(?:[a-z-]+\s+)?(?:visit|trip)\b"
)
_TALKS = frozenset({MEETING, CALL})
# A trip whose purpose is a gathering: "a two-day visit to China to attend the meeting of".
_TO_ATTEND = re.compile(r"[^.;]{0,60}?\bto\s+(?:attend|take\s+part\s+in|participate\s+in)\b")


def _to_attend(trip: Candidate, talks: Candidate) -> bool:
    """A visit told as the trip to a gathering is that gathering, not talks told apart."""
    span = trip.evidence[0]
    return (
        trip.kind is VISIT
        and talks.kind in _TALKS
        and talks.evidence[0] != span
        and _TO_ATTEND.match(span.text, trip.anchor - span.start) is not None
    )


# The body a session mention names near its trigger: "the intergovernmental commission".
_BODY_WORD = re.compile(r"\b(?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee|[Ww]orking\s+[Gg]roup)\b")


def _body_word(cand: Candidate) -> str | None:
    """The body noun next to a mention's trigger, lower-cased, if any."""
    span = cand.evidence[0]
    at = cand.anchor - span.start
    found = _BODY_WORD.search(span.text, max(0, at - 60), at + 80)
    return None if found is None else " ".join(found[0].lower().split())


def _other_body(session: Candidate, other: Candidate) -> bool:
    """Two plans of meetings, one a session of a body the other does not name.

    "The first meeting of the Supreme Council will be held next week" ... "the
    intergovernmental commission will hold its tenth meeting in Lima": a body's
    session still to come is no mention of a planned meeting of another body,
    or of talks of officials ("the next meeting of the speakers").
    """
    if not (
        session.kind is MEETING is other.kind
        and session.status is PLANNED is other.status
        and session.rule.startswith("meeting.commission")
        and session.evidence[0] not in other.evidence
    ):
        return False
    body = _body_word(session)
    return body is not None and body != _body_word(other)


def _name_words(name: str) -> set[str]:
    """The words of a name that tell a person apart, lower-cased ("bin", "al" are not).

    Two mentions sharing one are taken for the same person: "Ana Ruiz" and "Ruiz",
    "Tamim bin Hamad Al Thani" and "Amir Tamim".
    """
    return {w for w in name.lower().replace(".", " ").split() if len(w) > 2} - _PARTICLES


_PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "al-", "el-", "van", "von", "der", "del"})


def _one_compound(a: Candidate, b: Candidate) -> bool:
    """The two triggers are one compound of a sentence: "their summit meeting", "summit talks".

    The gathering word stands right before the other trigger, one word and a space apart.
    """
    span = a.evidence[0]
    if b.evidence[0] != span:
        return False
    lo, hi = sorted((a.anchor, b.anchor))
    return _ONE_WORD.fullmatch(span.text, lo - span.start, hi - span.start) is not None


# The gathering named by a sideline phrase: "on the margins of the 78th General Assembly"; up
# to the gathering's trigger, no clause break (its name and place may stand between).
_SIDELINES_NAME = re.compile(r"[^.;:,]{0,80}\Z")
# A name of its own: a capital or a number ("the APEC Leaders' Meeting", 'the "3+3" meeting'),
# not a bare "the summit" that calls back the gathering its sentence named before.
_OWN_NAME = re.compile(r"[A-Z0-9]")


def sidelines_named(host: Candidate, other: Candidate) -> bool:
    """``host`` is the gathering its sentence names as where ``other`` took place.

    "X hosted the leaders for a summit, held on the margins of the General Assembly", "X
    held a bilateral meeting with Y on the margins of the Leaders' Meeting in Z": the
    gathering after the sideline phrase, called by a name of its own, and the event of the
    same kind told before that phrase are two records; not "the 16th Summit ... on the
    sidelines of the summit" (the one gathering, called back).
    """
    span = host.evidence[0]
    if other.evidence[0] != span or other.anchor == host.anchor or other.kind is not host.kind:
        return False  # (of two kinds, "a meeting on the sidelines of a summit": same_event's own)
    at = host.anchor - span.start
    phrase = next(
        (
            found
            for found in SIDELINES.finditer(span.text, 0, at)
            if _SIDELINES_NAME.match(span.text, found.end(), at) is not None
            and _OWN_NAME.search(span.text, found.end(), at + 1) is not None
        ),
        None,
    )
    return phrase is not None and other.anchor - span.start < phrase.start()


# A visit told by its protocol rank: "a state visit", "an official two-day visit".
_RANKED_VISIT = re.compile(
    r"\b(?:(?P<working>[Ww]orking)|[Ss]tate|[Oo]fficial)\s+(?:[\w-]+-day\s+)?visits?\b"
)
# The trip told as going to a gathering: "to attend the summit", "for the annual meeting".
_TO_THE_GATHERING = re.compile(
    r"[^.;]{0,60}?\b(?:to\s+(?:attend|take\s+part\s+in|participate\s+in)\b|for\s+the\s+"
    r"(?:[\w-]+\s+){0,4}?(?:summit|meeting|conference|session|forum|gathering)s?\b)"
)


def _visit_of_its_own(visit: Candidate) -> bool:
    """A visit told by its protocol rank in a gathering's sentence: an event of its own.

    "Peru hosts the summit in November, and X is to pay a state visit to Peru
    around it": a state or official visit is the host state's reception of the
    visitor, a record beside the gathering, even when it takes the gathering in. A
    working visit is that rank of any trip, so one told as going to the gathering
    ("arrived on a working visit to take part in the council") is the gathering, as
    the bare trip is ("will travel to Lima for the summit").
    """
    span = visit.evidence[0]
    at = visit.anchor - span.start
    ranked = _RANKED_VISIT.search(span.text, max(0, at - 30), at + 50)
    if ranked is None:
        return False
    return ranked["working"] is None or not _TO_THE_GATHERING.match(span.text, ranked.end())


# The words a gathering is called by after its city: "the Vienna meeting", "the Gabala summit".
_GATHERING_NOUN = r"(?:meeting|summit|talks|conference|session|forum|gathering)s?\b"


def named_by_its_city(told: Candidate, cand: Candidate) -> bool:
    """A mention calling its gathering by the city a told gathering is held in is that gathering.

    "OPEC's conference is scheduled to open in Vienna on June 25" ... "Iran is
    likely to oppose any rise at the Vienna meeting": news names a gathering it
    told by its city, as an attribute before the meeting word, whatever the tense
    of the clause it stands in ("the Gabala summit would give new impetus"), and
    tells more states attending it so ("A and B also attended the Vientiane
    meeting"). Not a meeting told with a place of its own ("a meeting in Vienna"), nor
    one dated apart ("the Vienna meeting last year" after one planned there), nor talks of
    two told held in that city (the gathering they met beside is another event).
    """
    place, there = told.location, cand.location
    if (
        told is cand
        # (talks told held in the city, "A and B met in Tehran on the sidelines of the forum",
        # are no gathering of many: "The Tehran meeting was attended by C and D" is the forum)
        or told.kind is not CONFERENCE
        or cand.kind not in _GATHERINGS
        or place is None
        or (
            told.date is not None
            and cand.date is not None
            and not (told.date.contains(cand.date) or cand.date.contains(told.date))
        )
    ):
        return False
    city = place.city
    if (
        city is None
        and there is not None
        and there.country == place.country
        and any(there.city is not None and there.city in span.text for span in told.evidence)
    ):
        city = there.city  # "a summit in the Laotian capital, Vientiane": the city told with it
    span = cand.evidence[0]
    if city is None or city not in span.text:
        return False
    at = cand.anchor - span.start
    named = re.compile(rf"\b[Tt]he\s+{re.escape(city)}\s+(?:[\w-]+\s+)?{_GATHERING_NOUN}")
    return any(
        found.start() <= at <= found.end()
        for found in named.finditer(span.text, max(0, at - 60), at + 60)
    )


_GATHERINGS = frozenset({MEETING, CONFERENCE})


# A trip told as going to the event of its sentence: "is due in Brussels for talks with", "will
# travel to Beijing in September for the annual". In the trip's own clause (no comma, no "and":
# "the visit, expected in April, and the preparations for the fourth meeting" are two things),
# and not the work for it ("the agenda for the session").
_GOING_FOR = re.compile(
    r"""(?:(?!\band\b)[^.;:,]){0,60}?
    (?<!preparations\s)(?<!preparation\s)(?<!agenda\s)(?<!plans\s)\bfor\s+
    (?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,5}\Z""",
    re.VERBOSE,
)
_ARRIVAL_DAYS = dt.timedelta(days=3)  # how long before a gathering its delegates arrive
# An arrival: "is expected to arrive in Vienna on June 23", "arrived in Vienna on Sunday".
_ARRIVES = re.compile(r"\barriv(?:e|es|ed|ing)\s+in\s+\Z")


def trip_to(trip: Candidate, event: Candidate) -> bool:
    """Whether a visit is told as the trip to an event: that event, one record.

    "A delegation led by X is due in Brussels for talks with Commission
    officials": the trip and the talks it goes to are one event (and "X is also
    expected to travel to Beijing for the annual summit" the summit). So is an
    arrival in the city of a gathering told, in the days before it opens ("OPEC
    ministers open their conference here on June 25" ... "Y is expected to arrive
    in Vienna on June 23"). Not a guest a host receives, "who is in Lima for the session".
    """
    if trip.kind is not VISIT or event.kind not in _GATHERINGS:
        return False
    span = trip.evidence[0]
    if span == event.evidence[0]:
        return (
            trip.anchor < event.anchor
            and _GOING_FOR.match(span.text, trip.anchor - span.start, event.anchor - span.start)
            is not None
            # "X received Y, who is in Lima for the 12th meeting of the committee": the host's
            # reception of the guest is talks of their own, the session another event
            and _RECEIVED_WHO_CAME.search(span.text, 0, event.anchor - span.start) is None
        )
    here, there = trip.location, event.location
    return (
        event.kind is CONFERENCE
        and trip.status is event.status
        and here is not None
        and there is not None
        and here.city is not None
        and here.city == there.city
        and (trip_day := _exact_day(trip.date)) is not None
        and (event_day := _exact_day(event.date)) is not None
        and dt.timedelta(0) <= event_day - trip_day <= _ARRIVAL_DAYS
        and _ARRIVES.search(span.text, 0, span.text.find(here.city)) is not None
    )


# The session talks are held for, named after their verb in the talks' own clause: "met with
# X in L for the sixth ministerial meeting of the Council", "are due to meet in T in June for
# their annual ministerial conference", "will host their counterparts in W for a meeting of
# the Committee". Not a clause of its own between them: "met X, who is in Q for the summit";
# not the work for a session: "held talks on the preparations for the summit".
_HELD_FOR = re.compile(
    r"(?<!preparations\s)(?<!preparation\s)(?<!agenda\s)(?<!arrangements\s)(?<!plans\s)"
    r"(?<!ready\s)(?<!proposals\s)(?<!prepare\s)"
    r"\bfor\s+(?:the|their|its|a|an)\s+(?:[\w.+-]+\s+){0,3}\Z"  # "C5+1", "U.S.-Africa" words too
)
# (", and" before a name ends the list of those met: "met the Presidents of A, B, and C today
# for the summit")
_CLAUSE_BETWEEN = re.compile(
    rf"[;:]|{CLAUSE_STOP}\s|"  # (not "Oct. 18": a day's month)
    r",\s+(?:who|whose|which|where|when|while|but|after|before)\b"
    r"|,\s+and\b(?!\s+(?:the\s+)?[A-Z])"
)
# "when world leaders gather for the General Assembly": the gathering's own verb, no talks
_GATHER = re.compile(r"\b(?:gather|convene|assemble)[sd]?\b", re.I)
_SUMMIT = re.compile(r"[Ss]ummit")
_HELD_FOR_REACH = 160  # how far after the talks' word the session they are held for is named


def held_for(talks: Candidate, session: Candidate) -> bool:
    """Whether ``talks`` are held for ``session``, named after them in their own clause.

    "met with X in L for the sixth ministerial meeting of the Council": one event, told
    by the verb and by the session's name; the talks' kind stands for two sides.
    """
    span = talks.evidence[0]
    if (
        span != session.evidence[0]
        or talks.kind is not MEETING
        or session.kind not in _GATHERINGS
        or not talks.anchor < session.anchor <= talks.anchor + _HELD_FOR_REACH
    ):
        return False
    between = span.text[talks.anchor - span.start : session.anchor - span.start]
    return (
        _HELD_FOR.search(between) is not None
        and _CLAUSE_BETWEEN.search(between) is None
        and _GATHER.search(between) is None
    )


# The rest of a trip under way, told as its continuation: "will continue her travel to", "on
# the first leg of a tour that will also take him to".
_CONTINUES = re.compile(r"\bcontinu(?:e|es|ing)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?\Z")
_TAKES_ON = re.compile(
    r"(?:tour|trip|journey)\s+(?:that|which)\s+will\s+(?:also\s+)?take\s+(?:him|her|them)\b"
)


def _rest_of_the_trip(trip: Candidate, rest: Candidate) -> bool:
    """A trip under way, and its rest told as the trip's continuation: one visit, held.

    "X held talks in Accra, the first meeting of her visit to Africa. ... X will continue
    her travel to Tanzania and Zambia", "arrived in Manila on the first leg of a tour that
    will also take him to Jakarta": a trip to several states is one visit, and the stops
    still to come are not a plan of their own.
    """
    if not (
        trip.kind is VISIT
        and rest.kind in (VISIT, MEETING)
        and trip.status is HELD
        and rest.status is PLANNED
        and not recalled(trip.date, rest.story)
        # (another traveller's trip is no rest of this one; talks name the host met)
        and not (
            rest.kind is VISIT
            and {p.name for p in rest.participants}
            and not {p.name for p in rest.participants} & {p.name for p in trip.participants}
        )
    ):
        return False
    span = rest.evidence[0]
    at = rest.anchor - span.start
    if rest.kind is VISIT and (
        _CONTINUES.search(span.text, max(0, at - 40), at) or _TAKES_ON.match(span.text, at)
    ):
        return True
    # "During his stay in Astana, X is also scheduled to meet Y and to visit the technology
    # park", "arrived for a visit during which he will meet": the programme still to come of
    # the visit under way, between its own sides, is that visit (not one more planned visit or
    # meeting, nor an invitation)
    return (
        rest.countries <= trip.countries
        # (a session named, numbered or of a body is a sitting of its own on the visit)
        and (rest.kind is VISIT or not (rest.title or rest.ordinal or rest.organization))
        and (rest.date is None or trip.date is None or trip.date.contains(rest.date))
        and (
            _DURING_WHICH.match(span.text, at) is not None
            or (
                _WITHIN_THE_TRIP.search(span.text, 0, at) is not None
                and _A_PLAN_OF_ITS_OWN.search(span.text, 0, at) is None
            )
        )
    )


# The rest of a visit told as its programme: "During his stay in C, ...", "During the visit, ...".
_WITHIN_THE_TRIP = re.compile(
    r"\b[Dd]uring\s+(?:the|his|her|their|this)\s+(?:visit|stay|trip|tour)\b"
)
_DURING_WHICH = re.compile(r"(?:visit|stay|trip|tour)\s+during\s+which\s+(?:he|she|they)\s+will\b")
# A plan of its own told in that programme: "invited him to visit", "agreed to pay a return visit".
_A_PLAN_OF_ITS_OWN = re.compile(r"\b(?:invit\w*|return|reciprocal|again|next|agreed)\b")


def _stop_of_the_tour(tour: Candidate, talks: Candidate) -> bool:
    """Talks told in a sentence of their own, in one of the host states of a trip to several.

    "X is to travel to Kuwait and Bahrain next week ... X will then fly on to Manama for
    talks with the crown prince": a stop of the tour, which is one visit, and not talks
    kept apart by their place (the tour's place is its first host's).
    """
    here = talks.location.country if talks.location is not None else None
    first = tour.location.country if tour.location is not None else None
    return (
        tour.kind is VISIT
        and talks.kind is MEETING
        and len(tour.countries) >= 3
        and len(talks.countries) >= 2
        and talks.countries <= tour.countries
        and here is not None
        and here.alpha_3 in tour.countries
        # a tour told by its first host's place, the talks by another host's
        and first is not None
        and first != here
        and talks.evidence[0] not in tour.evidence
        # a stop within the tour's time: "next week" ... "talks in D early next year" are not
        and (
            tour.date is None
            or talks.date is None
            or tour.date.contains(talks.date)
            or talks.date.contains(tour.date)
        )
    )


def _word_of_its_name(gathering: Candidate, word: Candidate) -> bool:
    """``word`` is the meeting word of a gathering's own name, or the verb of its sitting.

    "the Islands Forum meeting due in Apia in May", "the Pacific Leaders Meeting in
    Suva": the name's last word tells the gathering, no meeting beside it; so does the verb
    right after the name ("the Business Forum will convene in Kampala in May").
    """
    span = gathering.evidence[0]
    title = gathering.title
    if (
        gathering.kind is not CONFERENCE
        or word.kind is not MEETING
        or not title
        or word.evidence[0] != span
    ):
        return False
    at = word.anchor - span.start
    if _in_its_name(span.text, title, at):
        return True
    start = span.text.find(title)
    while start >= 0:
        end = start + len(title)
        if end <= at and _SITTING_VERB.match(span.text, end, at):
            return _CONVENES.match(span.text, at) is not None  # "the Energy Forum will convene"
        start = span.text.find(title, start + 1)
    return False


def _in_its_name(text: str, title: str, at: int) -> bool:
    """The word at ``at`` of ``text`` lies inside the gathering's name ``title``, told there.

    The one question that both the merge (``_word_of_its_name``, while candidates are
    joined) and the last sweep (``fold_name_words``, over the finished records) ask of a
    meeting word: "the Islands Forum Leaders Meeting" names the gathering, no talks.
    """
    # The name's places as a search for it finds them, one after another (each search from
    # the end of the last), with substring searches: no pattern compiled for each name.
    if not title:
        return False  # (an empty name is found empty, and holds no word)
    found = text.find(title)
    while 0 <= found <= at:
        if at < found + len(title):
            return True
        found = text.find(title, found + len(title))
    return False


# What stands between a gathering's name and the verb of its own sitting: "the Energy Forum
# will convene", "the Council is due to meet".
_SITTING_VERB = re.compile(r"\s+(?:will\s+|would\s+|(?:is|are|was|were)\s+(?:due\s+)?to\s+)?\Z")
_CONVENES = re.compile(r"(?:convene|meet)s?\b")


def _gatherings_in_two_cities(a: Candidate, b: Candidate) -> bool:
    """Two gatherings held, each placed in a city of its own, the cities apart.

    "held talks during the Africa Leaders Summit in Washington" ... "briefed him on the
    regional summit held in Abuja earlier this month": a gathering sits in one city, so two
    told in different cities are two events, whatever words or sides they share. (Not yet
    for gatherings to come: "the summit in P, where both will take part, and the ministerial
    in Q" would give the second the sides the sentence tells for the first.)
    """
    return (
        a.kind is CONFERENCE is b.kind
        and a.status is HELD
        and a.location is not None
        and b.location is not None
        and a.location.city is not None
        and b.location.city is not None
        and a.location.city != b.location.city
    )


# A second object told with its own preposition or verb: "... and for the next meeting of",
# "... and to hold the first meeting of".
_AND_FOR = re.compile(r",?\s+and\s+(?:for|to\s+[a-z]+)\s+(?:[\w’'-]+\s+){0,4}\Z")
_AND_FOR_REACH = 60  # how far before the second trigger its "and for" may start


def _coordinated(first: Candidate, second: Candidate) -> bool:
    """Two mentions of one sentence, the second the object after "and for" or "and to hold".

    "discussed preparations for the visit to Baku and for the next meeting of the
    commission", "agreed to convene the Dialogue in May and to hold the first meeting of the
    working group": each object names an event of its own.
    """
    span = first.evidence[0]
    if span != second.evidence[0] or first.anchor >= second.anchor:
        return False
    return bool(
        _AND_FOR.search(
            span.text,
            max(first.anchor - span.start, second.anchor - span.start - _AND_FOR_REACH),
            second.anchor - span.start,
        )
    )


# Talks told at a time of their own beside the day's event: "had earlier held talks", "was
# received by the Speaker later in the day", "spoke with X earlier this week".
_OWN_TIME_BEFORE = re.compile(r"\b(?:earlier|later)\s+(?:[a-z]+\s+)?\Z")
_OWN_TIME_AFTER = re.compile(
    r"""(?:(?!\b(?:and|then)\b)[^.;])*?   # the trigger's own clause, no next step of a series
    \b(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|this\s+week|on\s+the\s+same\s+day)
    |on\s+the\s+same\s+day)\b""",
    re.VERBOSE,
)


def _at_own_time(cand: Candidate) -> bool:
    """Whether held talks are told at a time of their own, before or after the day's event."""
    if cand.kind not in _TALKS or cand.status is not HELD:
        return False
    span = cand.evidence[0]
    if "earlier" not in span.text and "later" not in span.text and "same" not in span.text:
        return False  # (a cheap test first: every match holds one)
    at = cand.anchor - span.start
    return bool(
        _OWN_TIME_BEFORE.search(span.text, max(0, at - 30), at)
        or _OWN_TIME_AFTER.match(span.text, at)
    )


# A head of state's or government's title (a deputy's too: "Vice President" holds it).
_LEADER_TITLE = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Chancellor|Amir|Emir|King|Crown\s+Prince|Sultan)\b"
)
# How many days after a visit's first day its leaders' talks (or another day of it told) may
# be: a visit lasts days.
_VISIT_TALKS_DAYS = 3


def _leaders_talks_of_the_visit(visit: Candidate, talks: Candidate) -> bool:
    """Held talks of a visiting leader with the host's, on a later day of the visit told after.

    "X, who arrived in P on a state visit yesterday, held talks with President Y today",
    "X and Y held talks on Wednesday. ... X arrived in P on Tuesday on an official visit":
    a leader's visit is its talks with the host's leader, one event dated by its first day.
    Every official named in either mention holds a leader's title, and the visitor is
    named; a minister's meetings on a visit ("the Foreign Minister was received by the
    President"), a numbered session of a body, talks on the visit's first day, talks told
    as a later step of the visit's programme and a visit told with its days ("from March 10
    to 12") in a sentence of its own are left to the other tests.
    """
    if not (
        visit.kind is VISIT
        and talks.kind is MEETING
        and visit.status is HELD is talks.status
        and len(visit.countries) == 2
        and visit.countries == talks.countries
        and talks.ordinal is None
        and not talks.new_session
        and not talks.rule.startswith(_SESSION_RULES)
        and (visit_day := _exact_day(visit.date)) is not None
        and (talks_day := _exact_day(talks.date)) is not None
        # the talks are the news and the arrival its background: told in one sentence, or the
        # talks first ("X arrived on a visit on Monday. On Tuesday, X held talks with Y" tells
        # a step of the visit's programme, an event of its own)
        and (talks.evidence[0] == visit.evidence[0] or talks.anchor < visit.anchor)
    ):
        return False
    if talks.evidence[0] != visit.evidence[0] and visit_days(
        visit.evidence[0].text, visit_day.year
    ):
        # "X held talks with Y on Tuesday. Y is on a visit from March 10 to 12": a visit
        # told with its days in a sentence of its own is kept beside the talks
        return False
    days = (talks_day - visit_day).days
    if not 0 < days <= _VISIT_TALKS_DAYS:
        return False
    people = visit.participants + talks.participants
    if not all(p.role is not None and _LEADER_TITLE.search(p.role) for p in people):
        return False
    # the visitor is named a leader: an official of the side that is not the visit's place,
    # or one the visit names whose state goes untold ("X arrived in Hanoi on a visit")
    host = visit.location.country if visit.location is not None else None
    return any(
        p.country != host
        and (
            p.country.alpha_3 in visit.countries
            if p.country is not None
            else p in visit.participants
        )
        for p in people
    )


def _one_visit_on_two_days(a: Candidate, b: Candidate) -> bool:
    """One visitor's visit to one host told twice, each time by another day of it.

    "X's visit began on May 20 in Atlanta" ... "Y welcomed X to the White House today for
    a State Visit" (May 23), "signed during a visit by X" (Wednesday) ... "X, who arrived
    on Tuesday": one visit, dated by its first day. Both are held visits between the same
    two states, told with days at most three apart, naming one traveller in common.
    """
    if not (
        a.kind is VISIT is b.kind
        and a.status is HELD is b.status
        and len(a.countries) == 2
        and a.countries == b.countries
        and (a_day := _exact_day(a.date)) is not None
        and (b_day := _exact_day(b.date)) is not None
    ):
        return False
    days = abs((a_day - b_day).days)
    return 0 < days <= _VISIT_TALKS_DAYS and bool(
        {p.name for p in a.participants} & {p.name for p in b.participants}
    )


def _recalled_beside(old: Candidate, told: Candidate) -> bool:
    """Whether ``old``, told apart with a time or a name of its own, sits beside ``told``.

    "X will visit P, building on their talks in March", "held talks, ahead of their summit in
    June", "took stock of the commitments made at the A-B Summit": the gathering so told,
    dated or named, is a sitting of its own beside the event its sentence told before the
    phrase; told bare ("the steps agreed during the visit") it is most often the story's own
    event told again, and told in another sentence it may be.
    """
    return (
        old.apart_at is not None
        and told.apart_at is None
        # (named, it is a gathering of its own too: "the commitments made at the A-B Summit")
        and (
            old.date is not None
            or (
                old.status is HELD
                and old.title is not None
                and " " in old.title
                and old.title != told.title
            )
        )
        and old.evidence[0] == told.evidence[0]
        and told.anchor < old.apart_at
    )


def same_event(a: Candidate, b: Candidate) -> bool:
    if a.recalled is not b.recalled:
        return False  # "will meet for the first time since their May talks": two sittings
    if _recalled_beside(a, b) or _recalled_beside(b, a):
        return False  # "will meet in P next week, building on their talks in March": two
    if _one_visit_on_two_days(a, b):
        return True  # "the visit began on May 20" ... "welcomed X today for a State Visit"
    if _leaders_talks_of_the_visit(a, b) or _leaders_talks_of_the_visit(b, a):
        return True  # "X arrived on a state visit on Monday ... held talks with Y on Tuesday"
    if _rest_of_the_trip(a, b) or _rest_of_the_trip(b, a):
        return True  # "met X in Accra on her visit" ... "will continue her travel to T": one trip
    if held_for(a, b) or held_for(b, a):
        return True  # "met X in L for the sixth meeting of the Council": the session
    if named_by_its_city(a, b) or named_by_its_city(b, a):
        return True  # "the conference opens in Vienna" ... "at the Vienna meeting": one event
    if trip_to(a, b) or trip_to(b, a):
        # "is due in Brussels for talks with X": one event (to come when the trip is)
        return True
    if _word_of_its_name(a, b) or _word_of_its_name(b, a):
        return True  # "the Islands Forum Leaders Meeting in Apia": the name's word, read twice
    if a.status is not b.status:
        return False
    if _gatherings_in_two_cities(a, b):
        return False  # "the summit in Washington" ... "the summit held in Abuja": two gatherings
    if _one_compound(a, b):
        return True  # "their summit meeting in Hanoi": one event named by two words
    if sidelines_named(a, b) or sidelines_named(b, a):
        return False  # "the summit, held on the margins of the General Assembly": two events
    if _other_officials(a, b):
        return False  # "A received X" ... "X also met B", both A's: two events
    if _talks_of_their_own(a, b) or _talks_of_their_own(b, a):
        return False  # "X arrived in Lima on a visit." ... "X held talks with Y": two events
    if _talks_with_a_body(a, b) or _talks_with_a_body(b, a):
        return False  # "X visited Geneva." ... "He also met the UN refugee chief": two events
    if _session_on_the_visit(a, b) or _session_on_the_visit(b, a):
        # "paid a state visit to Peru, when they held the first meeting of the Council"
        return False
    if _to_attend(a, b) or _to_attend(b, a):
        return False  # "X met Y" ... "X is on a visit to attend the summit": the summit's trip
    if _received_beside_session(a, b) or _received_beside_session(b, a):
        # "The commission met in P on May 5. ... Before the session, X was received by Y"
        return False
    if _talks_on_their_day(a, b) or _talks_on_their_day(b, a):
        return False  # "X is on a visit to P." ... "On May 28, X was received by Y": two events
    if (
        a.new_session is not b.new_session
        and a.evidence[0] == b.evidence[0]
        and not (during_the_visit(a, b) or during_the_visit(b, a))
    ):
        return False  # "met X, and convened a Joint Commission meeting": two events
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False  # "the eighth meeting" ... "the seventh meeting": two sessions
    if _coordinated(a, b) or _coordinated(b, a):
        return False  # "preparations for the visit ... and for the next meeting": two events
    if a.evidence[0] != b.evidence[0] and (_at_own_time(a) or _at_own_time(b)):
        return False  # "X met Y today." ... "X had earlier held talks with Z": two events
    if _other_body(a, b) or _other_body(b, a):
        return False  # "the Council will meet next week" ... "the commission will meet": two
    if a.kind is CONFERENCE is b.kind:
        numbers = {_numbered(a), _numbered(b)}
        if None not in numbers and len(numbers) == 2:
            return False  # "COP27 and COP28": two sessions named by their numbers
    if (
        {a.kind, b.kind} == {CALL, MEETING}
        and a.evidence[0] == b.evidence[0]
        and a.countries == b.countries
        # not "the presidents, who met in Samarkand in May, spoke by phone on Monday"
        and (a.date is None or b.date is None or a.date == b.date)
    ):
        return True  # "X held talks with Y via video conference": the talks are the call
    if (
        {a.kind, b.kind} == {CALL, CONFERENCE}
        and a.evidence[0] == b.evidence[0]
        and _BY_VIDEO.search(a.evidence[0].text) is not None
        and (a.date is None or b.date is None or a.date == b.date)
        and (a.countries <= b.countries or b.countries <= a.countries)
    ):
        # "a meeting of the Council of Ministers took place via videoconference": the session
        # held by video is the gathering, not a call of its own
        return True
    if (
        a.kind is VISIT is b.kind
        and a.evidence[0] == b.evidence[0]
        and a.countries == b.countries
        and _NTH_DAY.search(a.evidence[0].text)
    ):
        return True  # "toured X today, on the third day of his visit": one visit, two days
    if (
        a.evidence[0] == b.evidence[0]
        and a.date is not None
        and b.date is not None
        and a.date != b.date
        and _in_aside(a) is not _in_aside(b)
    ):
        # "X, who visited Moscow last week, received the ambassador on Monday": the event
        # of the aside, dated on its own, is not the one of the main clause
        return False
    if a.kind is not b.kind and frozenset({a.kind, b.kind}) not in _COMPATIBLE:
        return False
    if _on_sidelines_of(a, b) or _on_sidelines_of(b, a):
        return False  # "the trilateral meeting" ... "on its sidelines, A met B": two events
    if _stop_of_the_tour(a, b) or _stop_of_the_tour(b, a):
        return True  # "to travel to Kuwait and Bahrain" ... "then fly on to Manama for talks"
    if (
        not a.kind is VISIT is b.kind
        and CONFERENCE not in (a.kind, b.kind)
        and a.location is not None
        and b.location is not None
        and a.location.country is not None
        and b.location.country is not None
        and a.location.country != b.location.country
    ):
        return False  # "met X in Jerusalem" ... "talks in Riyadh the day before": two places
    if (
        a.kind is VISIT is b.kind
        and a.countries == b.countries
        and a.location is not None
        and b.location is not None
        and a.location.country is not None
        and b.location.country is not None
        and a.location.country != b.location.country
    ):
        return False  # "his visit to Lima" ... "the Chilean minister is in Santiago": each way
    if (
        {a.kind, b.kind} == {MEETING, CONFERENCE}
        and b.evidence[0] in a.evidence
        and a.anchor != b.anchor
        and any(c.participants for c in (a, b) if c.kind is MEETING)
    ):
        # "met X, who is in Qingdao for the summit": talks of named officials at a summit are
        # an event of their own ("Leaders met in Muscat for the summit" is the summit)
        return False
    if (
        a.date is not None
        and b.date is not None
        and not (a.date.contains(b.date) or b.date.contains(a.date))
        # "X met Y, who is paying a state visit from July 2 to 5": talks on a day of the visit
        and not (during_the_visit(a, b) or during_the_visit(b, a))
    ):
        return False
    if _news_and_recalled(a, b) or _news_and_recalled(b, a):
        return False  # "X received Y" (undated news) ... "his visit to Z in 2015": two events
    if (
        a.kind is CONFERENCE is b.kind
        and a.evidence[-1] == b.evidence[0]
        and AND_ANOTHER.search(
            b.evidence[0].text,
            max(0, a.anchor - b.evidence[0].start),
            b.anchor - b.evidence[0].start,
        )
    ):
        return False  # "the ministerial meeting and the conference on water": two events
    if a.evidence[0] == b.evidence[-1] and {a.kind, b.kind} == {
        VISIT,
        CONFERENCE,
    }:
        # "traveled to Turkiye to attend the meeting in Antalya": one event; but "will visit A
        # and attend the summit in B": a trip to A, and the summit held in another state
        visit, gathering = (a, b) if a.kind is VISIT else (b, a)
        if _visit_of_its_own(visit):
            return False  # "will pay a state visit to Chile around the summit": two events
        held_in = gathering.location.country if gathering.location is not None else None
        return held_in is None or held_in.alpha_3 in visit.countries
    if a.organization and b.organization and a.organization != b.organization:
        return False
    if (
        a.kind is b.kind
        and a.location is not None
        and b.location is not None
        and a.location.city is not None
        and a.location.city == b.location.city
        and (a.countries <= b.countries or b.countries <= a.countries)
    ):
        return True  # "the Paris meeting" ... "the Paris meeting"
    if _prepared_for(a, b) or _prepared_for(b, a):
        return False  # "the council of ministers ... preparations for the summit": two events
    if a.kind is CONFERENCE is b.kind and a.organization == b.organization is not None:
        return True  # one body meets once per date: "the 28th Conference ... (COP28)"
    if CONFERENCE in (a.kind, b.kind) and a.kind is not b.kind:
        sideline = SIDELINES.search(a.evidence[0].text) or SIDELINES.search(b.evidence[0].text)
        if sideline is not None and a.kind is not VISIT is not b.kind:
            return False  # a meeting on the sidelines of a summit is an event of its own
    if (
        a.kind is CONFERENCE
        and b.kind is CONFERENCE
        and not (a.organization and b.organization)
        and (a.countries & b.countries or not (a.countries and b.countries))
    ):
        # One gathering named twice ("the COP28 summit" ... "COP28"): one may omit the body;
        # names of two kinds of gathering ("the Investment Forum" ... "the OTS summit") are two.
        return not _other_gathering_words(a.title, b.title) and (
            a.title is None
            or b.title is None
            or a.title == b.title
            or bool(a.countries & b.countries)
        )
    if (
        CONFERENCE in (a.kind, b.kind)
        and a.kind is not b.kind
        and not (a.organization and a.organization == b.organization)
    ):
        return bool(a.title and a.title == b.title)
    if (
        {a.kind, b.kind} == {VISIT, MEETING}
        and {p.name for p in a.participants} & {p.name for p in b.participants}
        and (a.countries <= b.countries or b.countries <= a.countries)
    ):
        return True  # "Fidan, visiting Ashgabat, ..." ... "Fidan and Meredov held a meeting"
    if a.kind is VISIT is b.kind and {p.name for p in a.participants} & {
        p.name for p in b.participants
    }:
        # One visitor's trip: "Modi's visit to Cyprus" ... "Modi toured Nicosia"; a tour of
        # several states told in one sentence is one visit too.
        return (
            a.countries <= b.countries
            or b.countries <= a.countries
            or a.evidence[-1] == b.evidence[0]
        )
    if {a.kind, b.kind} == {VISIT, MEETING} and (
        a.countries & b.countries
        and any(_ON_THE_VISIT.search(c.evidence[0].text) for c in (a, b) if c.kind is MEETING)
    ):
        return True  # "will hold meetings with top officials in the course of the visit"
    if not a.countries or not b.countries:
        return a.organization is not None and a.organization == b.organization
    if min(len(a.countries), len(b.countries)) < 2 and (a.date is None or b.date is None):
        return False  # one side and no date to tie them: too little to call it the same event
    overlap = len(a.countries & b.countries) / len(a.countries | b.countries)
    return overlap >= 0.5 or a.countries <= b.countries or b.countries <= a.countries


# A visit's days told as a range in its sentence: "from July 2 to 5", "from May 30 to June 2".
_VISIT_DAYS = re.compile(
    rf"""\bfrom\s+(?P<m1>{MONTH_PATTERN})\s+(?P<d1>\d{{1,2}})\s+(?:to|until|till|through)\s+
    (?:(?P<m2>{MONTH_PATTERN})\s+)?(?P<d2>\d{{1,2}})\b""",
    re.VERBOSE,
)


def visit_days(text: str, year: int) -> list[tuple[dt.date, dt.date]]:
    """The first and last days of the visits a sentence tells "from May 2 to 5", in ``year``.

    >>> visit_days("who is on a visit from May 30 to June 2", 2024)
    [(datetime.date(2024, 5, 30), datetime.date(2024, 6, 2))]
    """
    if "visit" not in text:
        return []
    days = []
    for found in _VISIT_DAYS.finditer(text):
        m1 = month_number(found["m1"]) or 0  # MONTH_PATTERN matches months only
        m2 = month_number(found["m2"]) or 0 if found["m2"] else m1
        try:
            first = dt.date(year, m1, int(found["d1"]))
            last = dt.date(year + (m2 < m1), m2, int(found["d2"]))
        except ValueError:
            continue
        days.append((first, last))
    return days


def during_the_visit(visit: Candidate, talks: Candidate) -> bool:
    """Talks told in the sentence of a visit whose days it gives, on one of those days.

    "On Wednesday, X held a meeting with Y, who is paying a state visit to A from
    July 2 to 5": the visit is dated by its first day, the talks by theirs, and the
    talks are the visit's.
    """
    if not (
        visit.kind is VISIT
        and talks.kind is MEETING
        and visit.evidence[0] == talks.evidence[0]
        and (visit_day := _exact_day(visit.date)) is not None
        and (talks_day := _exact_day(talks.date)) is not None
    ):
        return False
    text = visit.evidence[0].text
    length = _VISIT_LENGTH.search(text) if "-day" in text else None
    if length is not None:
        # "held talks on Tuesday during a two-day visit that began on Monday": the visit's
        # first day and its length hold the talks' day
        last_day = visit_day + dt.timedelta(days=_LENGTH_DAYS[length["n"].lower()] - 1)
        if visit_day <= talks_day <= last_day:
            return True
    return any(
        first == visit_day and first <= talks_day <= last
        for first, last in visit_days(text, visit_day.year)
    )


# A visit's length told in its sentence: "a two-day official visit".
_VISIT_LENGTH = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven)-day\s+(?:[\w-]+\s+){0,2}?visit\b", re.I
)
_LENGTH_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


# The words naming what kind of gathering an event's name is: "summit", "forum", "conference".
_GATHERING_WORD = re.compile(
    r"\b(?:summit|forum|conference|congress|expo|exhibition|festival|games|olympiad|fair)\b",
    re.I,
)


# A gathering told as the one being prepared: "discuss preparations for the informal summit".
_PREPARATIONS_FOR = re.compile(r"\bpreparations?\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,4}\Z", re.I)
# A gathering told as the goal of the meeting before it in the sentence: "to prepare for the
# group's summit", "ahead of the full conference", "in preparation for the summit".
_GOAL_OF = re.compile(
    r"""\b(?:to\s+prepare\s+for|in\s+preparation\s+for|ahead\s+of)\s+(?:the\s+)?
    (?:[\w'’-]+\s+){0,4}\Z""",
    re.VERBOSE | re.IGNORECASE,
)


def _prepared_for(other: Candidate, gathering: Candidate) -> bool:
    """A gathering told as the one another is preparing, called by a word the other lacks.

    "The CIS foreign ministers meet in Minsk on Friday ... they will discuss
    preparations for the CIS informal summit": the summit is a later event of the
    body, not the ministers' meeting; "preparations for the summit" ... "the summit
    opens on Friday" name one summit twice.
    """
    if other.kind is not CONFERENCE or gathering.kind is not CONFERENCE:
        return False
    span = gathering.evidence[0]
    at = gathering.anchor - span.start
    if span in other.evidence:
        # one sentence: "X ministers meet in S on May 4 to prepare for the group's summit in
        # M": the gathering after the goal's words is a later one, the meeting told before
        # them prepares it (a date of its own tells them apart)
        goal = _GOAL_OF.search(span.text, max(0, at - 60), at)
        return (
            goal is not None
            and other.anchor < span.start + goal.start()
            and other.date is not None
            and gathering.date is not None
            and other.date != gathering.date
        )
    told = _PREPARATIONS_FOR.search(span.text, max(0, at - 80), at)
    if told is None:
        return False
    words = {w.lower() for w in _GATHERING_WORD.findall(span.text, told.start(), at + 40)}
    near = other.evidence[0]
    other_at = other.anchor - near.start
    others = {
        w.lower() for w in _GATHERING_WORD.findall(near.text, max(0, other_at - 40), other_at + 60)
    }
    return bool(words) and not words & others


def _named(cand: Candidate) -> str | None:
    """A gathering's title, or the gathering word its anchor stands on when it has none.

    An untitled "regional conference" a state will host is no "Summit of the Americas" told
    in another sentence: its own word tells the kind of gathering as a title would.

    >>> from diplonews.values import Span
    >>> text = "Chile will host a regional conference next week."
    >>> span = Span.of(text, 0, len(text))
    >>> _named(Candidate("r", CONFERENCE, PLANNED, set(), None, None,
    ...                  None, [], None, [span], text.index("conference")))
    'conference'
    """
    if cand.title is not None or not cand.evidence:
        return cand.title
    span = cand.evidence[0]
    word = _GATHERING_WORD.match(span.text, cand.anchor - span.start)
    return None if word is None else word.group()


def other_gathering(a: Candidate, b: Candidate) -> bool:
    """Whether two gatherings are called by different kinds of word, by title or own word."""
    return _other_gathering_words(_named(a), _named(b))


def _other_gathering_words(a: str | None, b: str | None) -> bool:
    """Whether two names call their gatherings by different kinds ("forum", "summit")."""
    if a is None or b is None:
        return False
    words_a = {w.lower() for w in _GATHERING_WORD.findall(a)}
    words_b = {w.lower() for w in _GATHERING_WORD.findall(b)}
    return bool(words_a and words_b and not words_a & words_b)


# An aside between commas that tells of its subject: ", who visited Lima last week,".
_ASIDE = re.compile(r",\s+(?:who|whose|which)\s[^,;:]{3,120},\s")


def _in_aside(cand: Candidate) -> bool:
    """Whether the candidate's meeting word stands in a ", who ... ," aside of its sentence.

    >>> from diplonews.values import Span
    >>> text = "The President, who visited Lima last week, received the envoy."
    >>> span = Span.of(text, 0, len(text))
    >>> def at(word: str) -> Candidate:
    ...     return Candidate("r", MEETING, HELD, set(), None, None,
    ...                      None, [], None, [span], text.index(word))
    >>> _in_aside(at("visited")), _in_aside(at("received"))
    (True, False)
    """
    span = cand.evidence[0]
    if ", wh" not in span.text:
        return False
    at = cand.anchor - span.start
    return any(m.start() < at < m.end() for m in _ASIDE.finditer(span.text))


# How far before the story a dated event lies when the story recalls it: older is no news.
_RECALLED = dt.timedelta(days=31)


def recalled(date: PartialDate | None, story: dt.date | None) -> bool:
    """True when ``date`` ends a month or more before the story's day (a recalled event).

    >>> import datetime as dt
    >>> from diplonews.values import PartialDate
    >>> story = dt.date(2019, 4, 15)
    >>> recalled(PartialDate(2015), story), recalled(PartialDate(2019, 4), story)
    (True, False)
    """
    return date is not None and story is not None and story - date.last_day() >= _RECALLED


# Rules whose verb tells officials meeting, named or not: "received", "met with".
_OFFICIALS_MET = frozenset(("meeting.received", "meeting.received_by", "meeting.met_with"))


def _news_and_recalled(news: Candidate, old: Candidate) -> bool:
    """``news`` is an undated held event of named officials, ``old`` one the story recalls.

    "The President received X" told with no date is the news of the day; "his
    official visit to Lima in 2015" told a month or more before the story is
    another event, even between the same sides.
    """
    return (
        news.date is None
        and news.status is HELD
        # officials met: no process ("the talks now under way"); a reception or a meeting
        # told by its verb is one, officials named or titled ("The President received X")
        and (bool(news.participants) or news.rule in _OFFICIALS_MET)
        and recalled(old.date, news.story)
    )


# A gathering held by video: "via videoconference", "by video link", "in a video format".
_BY_VIDEO = re.compile(
    r"\b(?:via|by|through|in\s+(?:a|the)|in)\s+(?:an?\s+)?video[\s-]?(?:conferenc|link|format|mode)",
    re.IGNORECASE,
)
_KIND_RANK = {
    CONFERENCE: 3,
    VISIT: 2,
    MEETING: 1,
    CALL: 1,
}


def merge(into: Candidate, other: Candidate) -> None:
    """Fold ``other`` into ``into``.

    A trip to a conference is the conference; talks on a visit are the visit.
    """
    if PLANNED in (into.status, other.status) and (trip_to(into, other) or trip_to(other, into)):
        into.status = PLANNED  # "is due in Brussels for talks": talks to come
    if _rest_of_the_trip(other, into):
        into.status = HELD  # the trip under way, its stops to come included
    if other.status is PLANNED and (
        _word_of_its_name(into, other) or _word_of_its_name(other, into)
    ):
        into.status = PLANNED  # "the Forum meeting due in May": its cue read
    talks, session = (
        (other, into)
        if held_for(other, into)
        else (into, other)
        if held_for(into, other)
        else (None, None)
    )
    if _KIND_RANK[other.kind] > _KIND_RANK[into.kind] or (
        into.kind is MEETING and other.kind is CALL
    ):
        into.kind, into.rule = other.kind, other.rule  # talks held by phone are a call
    into.countries |= other.countries
    if (
        talks is not None
        and session is not None
        and len(into.countries) == 2
        and not _SUMMIT.match(session.evidence[0].text, session.anchor - session.evidence[0].start)
    ):
        # "met X in L for the sixth meeting of their Council": the talks of the two sides
        # ("Leaders met in Muscat for the Summit of A and B": a summit stays the gathering)
        into.kind, into.rule = talks.kind, talks.rule
    into.organization = into.organization or other.organization
    if during_the_visit(other, into) or _leaders_talks_of_the_visit(other, into):
        into.date = other.date  # talks on a day of the visit: the visit, by its first day
    elif into.date is None or (other.date is not None and into.date.contains(other.date)):
        into.date = other.date or into.date
    elif (
        into.kind is VISIT is other.kind
        and (into_day := _exact_day(into.date)) is not None
        and (other_day := _exact_day(other.date)) is not None
        and other_day < into_day
    ):
        into.date = other.date  # a visit over several days is dated by its first day
    into.location = into.location or other.location
    names = {p.name for p in into.participants}
    # a name stays unlisted only when no merged mention names it as taking part
    taking_part = (names - into.told_of) | {p.name for p in other.participants} - other.told_of
    into.told_of = (into.told_of | other.told_of) - taking_part
    into.participants += [p for p in other.participants if p.name not in names]
    into.title = into.title or other.title
    into.ordinal = into.ordinal or other.ordinal
    if other.evidence[0] not in into.evidence:
        into.evidence += other.evidence


# A session named by its body alone: "the previous meeting of the commission was held".
_OF_THE_BODY = re.compile(
    r"\b(?:meeting|session)\s+of\s+the\s+(commission|council|committee)\b"
    r"(?!\s+(?:on|of|for)\b)"
)


def _body_told(same: list[Candidate], cand: Candidate) -> Candidate | None:
    """The latest event told as a session of the body that ``cand`` names alone, if any.

    "The previous meeting of the commission" refers to the commission told before, even
    when other talks were told after it ("said they would hold a meeting with X").
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    body = _OF_THE_BODY.search(span.text, max(0, at - 30), at + 40)
    if body is None:
        return None
    word = body.group(1)
    return next((r for r in reversed(same) if word in r.evidence[0].text.lower()), None)


def _told_apart(event: Candidate, cand: Candidate) -> bool:
    """Whether the text tells a mention naming no sides apart from a told event.

    A mention of another body ("the G7 meeting" after an IMF meeting), or of a city of its
    own told at its meeting word, not the event's ("their meeting in London" after talks in
    Washington, "due to meet in Brussels" after talks told with no place, in another time),
    names an event of its own, not that one.
    """
    if event.organization and cand.organization and event.organization != cand.organization:
        return True
    here, there = event.location, cand.location
    if there is None or there.country is None or not _place_at(cand):
        return False  # (a state alone may be a topic's: "discussed the situation in Haiti")
    if event.status is not cand.status and not cand.untensed and here is None:
        return True  # "the talks were held" ... "the states are due to meet in Brussels"
    if here is None:
        return False
    if here.country is not None and here.country != there.country:
        return True
    return here.city is not None and there.city is not None and here.city != there.city


# The proper name a gathering is called by, right before its gathering word: "the Danube
# Shipping Forum", "attended the U.S.-Caribbean Summit".
_NAME_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<name>(?:[A-Z][\w.’'-]*\s+){1,5})\Z")
_NOT_A_NAME = frozenset({"the", "this", "that", "its", "their", "our", "his", "her", "a", "an"})
_NAME_WORD = re.compile(r"[A-Za-z0-9]+")
_NAME_REACH = 60  # how far before its gathering word a name may start


def _gathering_name(text: str) -> set[str]:
    """The words of a name, lower case, without gathering words and articles."""
    words = {w.lower() for w in _NAME_WORD.findall(text.replace(".", ""))}
    return words - _NOT_A_NAME - {"summit", "conference", "forum", "meeting", "leaders"}


def _called(cand: Candidate) -> set[str]:
    """The name words a gathering mention is called by, right before its gathering word."""
    span = cand.evidence[0]
    at = cand.anchor - span.start
    if not _GATHERING_WORD.match(span.text, at):
        return set()
    name = _NAME_BEFORE.search(span.text, max(0, at - _NAME_REACH), at)
    return _gathering_name(name.group("name")) if name is not None else set()


# A gathering told as an event: attended, hosted or held ("attended the U.S.-Caribbean Summit",
# "the conference that Austria will co-host"), not a body one leads or belongs to ("her
# leadership in the Islands Forum").
_AS_AN_EVENT = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|(?:co-)?host(?:s|ed|ing)?|held|hold(?:s|ing)?|convene[sd]?"
    r"|t(?:ake|akes|ook|aking)\s+part|participat(?:e|es|ed|ing|ion))\b"
)
_EVENT_REACH = 60  # how far from its gathering word the verb telling it as an event stands
_CLAUSE_END = re.compile(rf"[;:]|{CLAUSE_STOP}(?:\s|\Z)|,\s+and\s+(?:the|a|an|he|she|they|it)\b")


def _told_as_an_event(cand: Candidate) -> bool:
    """Whether a verb of its clause tells the gathering as attended, hosted or held."""
    span = cand.evidence[0]
    at = cand.anchor - span.start
    before = span.text[max(0, at - _EVENT_REACH) : at]
    after = span.text[at : at + _EVENT_REACH]
    end = _CLAUSE_END.search(after)
    return bool(
        _AS_AN_EVENT.search(before) or _AS_AN_EVENT.search(after[: end.start() if end else None])
    )


# A gathering's own clause telling who hosts it: "the conference that Austria will co-host
# with Slovakia in Bratislava", "the Summit, which Peru hosted".
_ITS_HOSTS = re.compile(r",?\s+(?:that|which)\s[^;:]*?\b(?:co-)?host(?:s|ed|ing)?\b")


def _hosts_told(cand: Candidate) -> set[str]:
    """The states a gathering's own relative clause names as its hosts, with their city."""
    span = cand.evidence[0]
    at = cand.anchor - span.start
    word = _GATHERING_WORD.match(span.text, at)
    if word is None:
        return set()
    rest = span.text[word.end() :]
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start() if end else None]
    if _ITS_HOSTS.match(clause) is None:
        return set()
    return state_codes(clause)


def _named_otherwise(told: Candidate, cand: Candidate) -> bool:
    """Whether a gathering mention naming no sides is called by a name the told event lacks.

    "the Danube Shipping Forum that Austria will co-host" after the Central European Rail
    Conference, "attended the U.S.-Caribbean Summit" after the Pacific Leaders Summit: another
    gathering, as is "builds on the Lima Summit that Peru hosted" after an unnamed meeting to
    come; "the G7 Summit in Hiroshima" ... "the Hiroshima summit" is one (its city), and so is
    a name shared in part ("the Summit of the Americas" ... "the Americas Summit").
    """
    called = _called(cand)
    if not called or not _told_as_an_event(cand):
        return False
    known = _called(told) | _gathering_name(told.title or "")
    if told.organization:
        known |= _gathering_name(told.organization)
    if not known:
        # an unnamed event: another gathering only when told in another tense
        return told.status is not cand.status and not cand.untensed
    if told.location is not None and told.location.city is not None:
        known |= _gathering_name(told.location.city)
    return not called & known


def _sentence_told(records: list[Candidate], cand: Candidate) -> bool:
    """Whether a record already holds the mention's sentence (it tells that event)."""
    return any(cand.evidence[0] in r.evidence for r in records)


_PLACE_REACH = 40  # how far after its meeting word a mention tells its own place


def _place_at(cand: Candidate) -> bool:
    """Whether a mention's city is told right after its meeting word: "their meeting in London".

    A city told elsewhere in the sentence may be another event's ("received the ambassador in
    Bishkek, and the two discussed the agenda of the visit").
    """
    if cand.location is None or cand.location.city is None:
        return False
    span = cand.evidence[0]
    at = cand.anchor - span.start
    return cand.location.city in span.text[at : at + _PLACE_REACH]


# A relative clause on the event just named: "the commission, which he co-chaired".
_ITS_CLAUSE = re.compile(r",\s+(?:which|that)\s")


# The purpose of a trip, right before its talks word: "(travel to P) for talks", "to hold
# talks", "for a round of talks".
_FOR_TALKS = re.compile(r"\b(?:for|to\s+hold|to\s+have)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?\Z")


def back_reference(records: list[Candidate], cand: Candidate) -> None:
    """A mention naming no sides refers to the latest event of its kind.

    With the same date (or none) it only adds evidence; with a date or an
    ordinal of its own it is an earlier or later session of that event ("Its
    first session took place in Baku in May 2015"): a new record with the
    same sides.
    """
    same = [r for r in records if r.kind is cand.kind] or [
        r for r in records if frozenset({r.kind, cand.kind}) in _COMPATIBLE
    ]
    if (
        cand.kind is MEETING
        and cand.ordinal is None
        and not cand.another
        and any(r.kind is VISIT and cand.evidence[0] in r.evidence for r in records)
        and _FOR_TALKS.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
    ):
        # "X will travel to P next week for talks with officials": the trip's own talks, told
        # with the visit in its sentence, not a later sitting of an event told before it
        return
    if not same and cand.kind is MEETING:
        # "the next meeting of the commission" after a call: the next session of its sides;
        # "recalled their meeting in C in October" in a call: the sides' own earlier meeting
        same = [r for r in records if r.kind is CALL]
    if _next_session_of_told_body(records, cand):
        return
    if _last_session_untold(records, cand):
        return
    if not same and _call_of_the_sides(records, cand):
        return
    if not same:
        return
    target = _body_told(same, cand) or same[-1]
    if _prepared_for(target, cand):
        # "the ministers ... will discuss preparations for the informal summit": a later event
        # of the body, told with no sides of its own
        records.append(cand)
        return
    span = cand.evidence[0]
    at = cand.anchor - span.start
    if "last" in span.text[max(0, at - 10) : at] and ORGAN_LAST_MET.search(
        span.text, max(0, at - 60), at
    ):
        # "The bank's board last met in March": a home organ's sitting, no event of any sides
        return
    own_body = _UNKNOWN_BODY_ORGAN.search(span.text, 0, max(0, cand.anchor - span.start) + 40)
    if (
        cand.organization is None
        and own_body is not None
        and own_body["acronym"] != target.organization
        and body_named(own_body["acronym"]) is None
        # (the target's own format, its acronym told in brackets: "their Joint Commission
        # (JCC) ... the next JCC session")
        and not any(f"({own_body['acronym']})" in e.text for e in target.evidence)
    ):
        # "... before the full XYZ council meets in P": an organ of a body the tables do not
        # know, named by its own acronym, is none of the body told before
        return
    if cand.kind is VISIT is target.kind and _GOES_ON.match(span.text, cand.anchor - span.start):
        # "The visit will continue tomorrow in the X region": the visit under way, not a new one
        if span not in target.evidence:
            target.evidence.append(span)
        return
    if _rest_of_the_trip(target, cand):
        # "held talks in Accra on her visit" ... "will continue her travel to T and Z": one trip
        merge(target, cand)
        return
    # "the upcoming meeting of the commission" after held talks is the sides' next session;
    # "another meeting" is one more of them: both are events of the target's sides.
    coming = (
        cand.status is PLANNED
        and len(target.countries) >= 2
        # a plan told before is what "the upcoming visit" names; "the next session" is one more
        # session of the target's sides, unless a plan of those sides was told ("agreed to meet
        # again in April. Their next meeting ..."): a plan of others is no session of theirs,
        # and neither is a plan of another kind ("will visit Hungary in 2022. ... the next
        # meeting of the commission in Budapest": the trip is not the body's next sitting)
        and not any(
            r.status is PLANNED
            and (
                not _next_of_series(cand)
                or (target.countries <= r.countries and r.kind is cand.kind)
            )
            for r in same
        )
        and _to_come(cand)
    )
    # "will pay a state visit to Peru ... and chair the second meeting of the Council": a
    # numbered session of the visit's sides, a record of its own
    on_the_visit = (
        not (coming or cand.another)
        and _session_on_the_visit(target, cand)
        and len(target.countries) >= 2
    )
    if coming or cand.another or on_the_visit:
        step = "coming" if coming else "another" if cand.another else "on_the_visit"
        # (the next sitting of a joint body is its two members', not a guest's who sat in on
        # the one told: "C's minister attended the session as a guest")
        members = body_members(target) if coming and cand.kind is MEETING else set()
        records.append(
            attrs.evolve(
                cand,
                countries=(
                    members
                    if members and cand.countries <= members
                    else target.countries | cand.countries
                ),
                rule=f"{cand.rule}+{step}",
                weak=False,
                participants=list(cand.participants),
            )
        )
        return
    span = cand.evidence[0]
    if _leg_of_the_trip(target, cand):
        # "X is in Lima on a visit ... The visiting minister will travel to Cusco on Friday": the
        # rest of the trip under way, not a visit of its own
        if span not in target.evidence:
            target.evidence.append(span)
        return
    day = _same_day_of_the_plan(target, cand)
    if day is not None:
        # "X will visit Lima next month" ... "the trip beginning June 2": the
        # plan's own day, read in a year of its own only for want of a tense
        target.date = day
        if span not in target.evidence:
            target.evidence.append(span)
        return
    if (
        (cand_day := _exact_day(cand.date)) is not None
        and (target_day := _exact_day(target.date)) is not None
        and cand.status is target.status
        and dt.timedelta(0) < target_day - cand_day <= _DAYS_OPEN
        and _OPENED.match(span.text, cand.anchor - span.start)
    ):
        # "The conference, which opened on June 7, ..." after a mention dated June 8: an
        # event over several days is dated by its first day
        target.date = cand.date
        if span not in target.evidence:
            target.evidence.append(span)
        return
    if (
        target.kind is CONFERENCE
        and cand.kind in (CONFERENCE, MEETING)  # "The meeting was held on May 10"
        and (cand_day := _exact_day(cand.date)) is not None
        and (target_day := _exact_day(target.date)) is not None
        and cand.status is target.status
        and dt.timedelta(0) < cand_day - target_day <= _DAYS_OPEN
        and _tells_its_day(span.text, cand.anchor - span.start)
        and _LEFT_TO_ATTEND.search(target.evidence[0].text) is not None
    ):
        # "X left for P on May 9 to attend the summit. The summit was held on May 10": the
        # day of the trip is the departure's, the gathering's own is told after it
        target.date = cand.date
        if span not in target.evidence:
            target.evidence.append(span)
        return
    if (
        cand.ordinal is not None
        and cand.ordinal != target.ordinal
        and cand.status is not target.status
        and len(target.countries) >= 2
        # a session still to come, or one dated: "the first was held" alone may be another
        # body's ("The second meeting of the Lima Dialogue was held")
        and (cand.status is PLANNED or cand.date is not None)
        # "The second meeting of the Lima Dialogue was held": the sentence's own gathering
        and not _sentence_told(records, cand)
    ):
        # "The first round was held in Lima in May. The second round will be held in Quito":
        # a session named by a number of its own, told in another tense, is one more session
        records.append(
            attrs.evolve(
                cand,
                countries=target.countries | cand.countries,
                organization=cand.organization or target.organization,
                participants=list(cand.participants),
                rule=f"{cand.rule}+session",
                weak=False,
            )
        )
        return
    if (
        cand.status is PLANNED
        and target.status is HELD
        and len(target.countries) >= 2
        and (_later_time_told(target, cand) or _told_to_meet(cand))
        # "X will meet Y on Friday. It will be their second meeting this year": the plan told
        # just before, of the same sides, is what the mention names, no session after it
        and not any(r.status is PLANNED and r.countries >= target.countries for r in same)
    ):
        # "X met Y on Monday. ... The council is expected to meet later this year", "they will
        # meet before the summit": a session after the talks held, not their day or a mention
        records.append(
            attrs.evolve(
                cand,
                countries=_trip_sides(records, target, cand),
                rule=f"{cand.rule}+coming",
                weak=False,
                participants=list(cand.participants),
            )
        )
        return
    joins = cand.date is None or (
        target.date is not None
        and (target.date.contains(cand.date) or cand.date.contains(target.date))
    )
    hosts = _hosts_told(cand) if cand.kind is CONFERENCE else set()
    if (
        cand.kind is CONFERENCE
        and (cand.countries or hosts)
        and all(_named_otherwise(r, cand) for r in same)
    ):
        # "Earlier in the day, X attended the U.S.-Caribbean Summit" after the Pacific Leaders
        # Summit, "the Y conference that Austria will co-host with Slovakia": a gathering called
        # by a name of its own is an event of its own, whatever its sentence; its hosts take
        # part in it; told as the next step ("Earlier in the day, ..."), on the day of the step
        # before it
        date = cand.date
        if date is None and cand.sequel == 1:
            told_step = next((r for r in reversed(records) if r.status is cand.status), None)
            date = told_step.date if told_step is not None else None
        records.append(
            attrs.evolve(
                cand,
                countries=cand.countries | hosts,
                weak=False,
                rule=f"{cand.rule}+named",
                date=date,
            )
        )
        return
    if (
        joins
        and cand.status is HELD
        and target.status is PLANNED
        and len(target.countries) >= 2
        and _LAST_TIME.search(span.text, max(0, at - 60), at)
    ):
        # "X will meet Y on Friday, and the two last met in P": the pair's meeting before the
        # plan, an event of its own even where no date tells the two apart
        records.append(
            attrs.evolve(
                cand,
                countries=target.countries | cand.countries,
                participants=list(cand.participants),
                rule=f"{cand.rule}+last",
                weak=False,
            )
        )
        return
    if (
        joins
        and cand.countries
        # told apart from every event of its kind before it, in a sentence telling no event
        # yet (the place is the mention's, not another event's)
        and not _sentence_told(records, cand)
        and all(_told_apart(r, cand) for r in same)
    ):
        # "He will present them at an IMF meeting in Washington" ... "At their meeting in
        # London, G7 ministers backed the plan": a mention with a place or body no told event
        # has is an event of its own, not a mention of the latest one
        records.append(attrs.evolve(cand, weak=False, rule=f"{cand.rule}+apart"))
        return
    if joins:
        if cand.evidence[0] not in target.evidence:
            target.evidence += cand.evidence
        if (
            cand.date is not None
            and target.date is not None
            and cand.date != target.date
            and target.date.contains(cand.date)
            and cand.status is target.status
            and cand.date_gap <= DATE_REACH
            and _process_word(cand) not in ("talks", "negotiations", "consultations")
        ):
            # "X will visit Lima next week" ... "the tour is planned for May 16 to 18": its day
            target.date = cand.date
        if cand.status is target.status and (
            (len(target.countries) == 1 and cand.countries > target.countries) or cand.took_part
        ):
            # "a seminar in Baku" ... "the seminar brought together Azerbaijan, Uzbekistan and
            # Tajikistan": a later mention naming the one known side among others completes it;
            # so does one naming who took part ("ministers of A, B and C took part in the talks")
            target.countries |= cand.countries
        return
    if _news_and_recalled(target, cand):
        # "recalled his visit to Lima in 2019 and the meetings held with X": the recalled
        # event's talks (told in its sentence), never the day of the undated news before
        told = next((r for r in records if span in r.evidence and r is not target), None)
        if told is not None and (told.kind is cand.kind or compatible(told.kind, cand.kind)):
            merge(told, cand)
            return
    # "The first such meeting was held in Trabzon in 2012": a session of its own, however far
    other_session = cand.ordinal is not None and cand.ordinal != target.ordinal
    span = cand.evidence[0]
    if cand.status is target.status and _one_compound(target, cand):
        # "when they held summit talks in May": one event named by two words, whose date
        # is the mention's
        target.date = target.date or cand.date
        return
    if (
        target.date is None
        and not other_session
        and cand.status is target.status
        and span in target.evidence
        and not recalled(cand.date, cand.story)
        # (in a relative clause on it: "held talks on May 5" beside an undated commission
        # session is other talks, not its day)
        and span.start <= target.anchor < cand.anchor
        and _ITS_CLAUSE.search(span.text, target.anchor - span.start, cand.anchor - span.start)
        is not None
    ):
        # "X said at the 24th meeting of the commission, which he co-chaired in Lima on
        # Tuesday": a mention in the event's own sentence dates that event, no other one
        target.date = cand.date
        return
    if (
        target.date is None
        and not other_session
        and cand.status is target.status
        and cand.date_gap <= DATE_REACH
        and _DEFINITE.search(span.text, 0, cand.anchor - span.start)
        # "The previous round of the consultations took place in April": an earlier session
        and not _PREVIOUS.search(span.text, 0, cand.anchor - span.start)
    ):
        # "X and Y held talks." ... "The talks, held on Monday, ...": the event's own date
        target.date = cand.date
        if cand.evidence[0] not in target.evidence:
            target.evidence += cand.evidence
        return
    # "the talks the two presidents held in Lima in May": talks held, an event, dated after
    # the clause's own verb
    held = (
        _TALKS_HELD.match(span.text, cand.anchor - span.start)
        # "the presidents held talks in Lima in May" likewise
        or _HELD_BEFORE.search(
            span.text, max(0, cand.anchor - span.start - 30), cand.anchor - span.start
        )
        # "the talks will resume in Tehran in June", "will resume their negotiations on May 5"
        # after talks held: the next sitting, to come
        or _resumption(target, cand)
        if _process_word(cand) == "talks"
        else None
    )
    reach = DATE_REACH + (
        held.end() - held.start()
        if held is not None and held.start() >= cand.anchor - span.start
        else 0
    )
    # "... at the end of a meeting of their commission." ... "The commission will hold its next
    # session in the northern A city of P in 1988": the sitting after a held one is to come, an
    # event of its own however far its date stands from its word
    at = cand.anchor - span.start
    next_after_held = (
        cand.status is PLANNED
        and target.status is HELD
        and (_next_of_series(cand) or _HOLDS_ITS_NEXT.match(span.text, at) is not None)
    )
    if not other_session and (
        cand.kind is CONFERENCE
        # (a sentence telling talks taken up again dates that sitting, however far its day)
        or (cand.date_gap > reach and _resumption(target, cand) is None and not next_after_held)
        or (_process_word(cand) == "talks" and held is None)
    ):
        # a date far from the trigger may date anything in the sentence; "the talks" name a
        # process, whose dates ("a deadline on the talks of October 1") are no new session
        return
    if (
        not cand.countries
        and (
            cand.rule == "meeting.spoke"
            or (
                cand.participants
                and target.participants
                and not {p.name for p in cand.participants} & {p.name for p in target.participants}
            )
        )
        and not any(
            word in span.text.lower() for p in target.participants for word in _name_words(p.name)
        )
    ):
        # "X and Y spoke on Saturday" (no state named) after a call of others: no session of
        # that call, whose sides it would take
        return
    if any(r is not target and r.evidence[0] == span and r.date == cand.date for r in records):
        # "the groundwork for the visit was laid at the session held in May": the day is the
        # session's, an event of that sentence already told, not another visit's
        return
    # a body's session told back by its organ with no side but its host ("The X Council put
    # off a ruling ... The council will meet again in P on May 4"): another session of the
    # body, a conference as the first is
    host = {cand.location.country.alpha_3} if cand.location and cand.location.country else set()
    body_again = (
        cand.kind is MEETING
        and target.kind is CONFERENCE
        and target.organization is not None
        and cand.organization in (None, target.organization)
        and not cand.countries - host
        and (
            _ORGAN_TOLD_BACK.match(span.text, 0, cand.anchor - span.start) is not None
            or (
                (holds := _ORGAN_HOLDS.match(span.text)) is not None
                and holds.end() > cand.anchor - span.start
            )
        )
    )
    # another session of a gathering of many is its own host's: "the first such conference was
    # held in Lima" names no delegation of this one
    own = (cand.kind is CONFERENCE or body_again) and cand.countries and len(target.countries) > 2
    # (the body's next sitting at a venue told, after a held one of many: its venue's state,
    # not the delegates who spoke at the sitting before, whom nothing tells attending this one)
    venue_only = (
        body_again
        and bool(host)
        and cand.status is PLANNED
        and target.status is HELD
        and len(target.countries) > 2
    )
    records.append(
        attrs.evolve(
            cand,
            kind=CONFERENCE if body_again else cand.kind,
            countries=set(cand.countries) | host
            if venue_only
            else set(cand.countries)
            if own
            else _trip_sides(records, target, cand),
            organization=cand.organization or target.organization,
            participants=list(cand.participants),
            rule=f"{cand.rule}+back_reference",
            weak=False,
            source=None if own else target,
        )
    )


# A joint body named by its two members: "the A-B Joint Commission", "the Kyrgyz-Omani
# Intergovernmental Commission" (two capitalised words joined by a dash, up to three more).
_PAIR_BODY_NAME = re.compile(
    r"""\b[A-Z][\w.'’]*\s*[-–]\s*[A-Z][\w.'’]*\s+(?:[A-Z][\w-]*\s+){0,3}
    (?:Commission|Committee|Council)\b""",
    re.VERBOSE,
)


def body_members(record: Candidate) -> set[str]:
    """The two members a joint body's sitting names, among the record's sides.

    "the fifth session of the A-B Joint Commission", with a guest's state C among its sides:
    A and B, the body's own members; empty where its first words name no such pair.
    """
    named = _PAIR_BODY_NAME.search(record.title or record.evidence[0].text)
    members = state_codes(named.group()) if named is not None else set()
    return members if len(members) == 2 and members <= record.countries else set()


def _trip_sides(records: list[Candidate], target: Candidate, cand: Candidate) -> set[str]:
    """The sides of a trip told back to the event before it: that event's, and its own.

    A trip to come to one state of a gathering of many ("X of Q met the leaders of A, B, C and
    D in Q. The trade minister will travel to A") is made by the one official's state named
    there, else by the gathering's host (the state of its place, or of the place of another
    event its sentence told): not by every state it listed.
    """
    sides = target.countries | cand.countries
    if not (
        cand.kind is VISIT
        and cand.status is PLANNED
        and cand.countries
        and len(target.countries) > 2
        and cand.countries < target.countries
    ):
        return sides
    # (the gathering's own official named there goes, else its host: "met ... in Q")
    told = {p.country.alpha_3 for p in target.participants if p.country} - cand.countries
    # (its host: its own place's state, else the place of an event its sentence also told)
    hosts = {
        r.location.country.alpha_3
        for r in records
        if (r is target or r.evidence[0] == target.evidence[0])
        and r.location
        and r.location.country
    }
    hosts &= target.countries - cand.countries
    if not told and len(hosts) == 1:
        told = hosts
    return told | cand.countries if len(told) == 1 else sides


# "last" or "previously" right before the verb of a mention whose subject is the pair, or
# "after"/"since" right before its noun: the sides' meeting before the one told ("the two
# last met in P", "they previously held talks in P", "the ministers, who last met in P",
# "their second meeting this year after talks in P in March").
_LAST_TIME = re.compile(
    r"""(?:\b(?:[Tt]he\s+two(?:\s+[\w-]+){0,2}|[Tt]he\s+pair|[Tt]hey|[Bb]oth(?:\s+[\w-]+)?
    |[Tt]he\s+(?:leaders|ministers|presidents|sides)|who)\s+(?:had\s+|have\s+)?
    (?:last|previously)\s+
    |\b(?:after|since)\s+(?:their\s+)?)\Z""",
    re.VERBOSE,
)


# An organ or gathering named after its body's acronym: "the full XYZ council", "an XYZ summit".
_UNKNOWN_BODY_ORGAN = re.compile(
    r"\b(?P<acronym>[A-Z]{2,6})\s+(?:council|board|committee|summit|session|ministers)\b"
)
# A body's organ or ministers told back as a sentence's subject before its meeting verb: "The
# council will meet again", "The board is due to meet", "The ministers will meet again".
_ORGAN_TOLD_BACK = re.compile(
    r"""\s*The\s+(?:full\s+|executive\s+)?(?:council|board|committee|ministers)\s+
    (?:(?:will|would|is|are|due|set|expected|scheduled|to|also|again)\s+)*\Z""",
    re.VERBOSE,
)

# The same organ told back opening its sentence, holding the body's sitting: "The council
# will hold its next session in P", "The board is to hold a special session in May", "The
# council will reconvene in P".
_ORGAN_HOLDS = re.compile(
    r"""\s*The\s+(?:full\s+|executive\s+)?(?:council|board|committee)\s+
    (?:(?:will|would|is|are|due|set|expected|scheduled|to|also|again)\s+)*
    (?:(?:hold|convene)\s+(?:its|a)\s+(?:(?:next|special|regular|new|further)\s+)?
    (?:session|sitting|meeting)|reconvene)\b""",
    re.VERBOSE,
)


# A day of a visit told by its rank: "on the second day of his state visit".
_NTH_DAY = re.compile(r"\b(?:second|third|fourth|fifth)\s+day\s+of\s+(?:the|his|her|their|an?)\s")
# A visit told as going on or ending: "the visit will continue tomorrow", "the visit ends".
_GOES_ON = re.compile(
    r"visits?\s+(?:will\s+(?:continue|end|conclude)|continues|is\s+continuing|ends|concludes)\b"
)
# A body's next sitting told after the body as the trigger: "The commission will hold its next
# session in P", "the council is to hold its next meeting".
_HOLDS_ITS_NEXT = re.compile(
    r"""[\w-]+\s+(?:(?:will|would|is|are|to|due|set|expected|scheduled)\s+)*hold\s+
    (?:its|their)\s+next\s+(?:[a-z-]+\s+)?(?:session|meeting|sitting|round)\b""",
    re.VERBOSE,
)
# A session's own "next" at its trigger: "Its next meeting will be held in Lima".
_ITS_NEXT = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?:next|upcoming|forthcoming)\b")


# "the next session", "its next meeting", "the next trilateral meeting": the session after the
# last one (not "next week", "next month": a time); "the next round of political
# consultations", "the next session of the joint commission": the sitting named, then its body.
_NEXT_OF_SERIES = re.compile(
    r"""\bnext\s+(?!(?:week|month|year|day|spring|summer|autumn|fall|winter|time)\b)
    (?:
      (?:[\w-]+\s+){0,2}                                  # "the next trilateral meeting"
    | (?:round|session|meeting|sitting)s?\s+of\s+          # "the next round of"
      (?:the\s+)?(?:[\w-]+\s+){0,3}                       # "political consultations"
    )\Z""",
    re.VERBOSE,
)


# The sides told as the callers, right before a call's trigger: "they spoke by phone",
# "their phone call", "the two leaders held a phone call".
_THEIR_CALL = re.compile(r"\b(?:they|their|the\s+two|both)\b", re.IGNORECASE)
_THEIR_REACH = 40


def _call_of_the_sides(records: list[Candidate], cand: Candidate) -> bool:
    """A call naming no sides, told when the story told no call, is the told sides' own call.

    "X and Y met in Lima ... they spoke by phone in February", "The leaders built on their
    phone call on Sunday": a call is no mention of a meeting, visit or conference told before
    (it has no other event to name), so it is a call of its own, of the latest event's sides,
    when it is told with a day or a side of its own ("briefed the US secretary in a call").
    """
    if cand.kind is not CALL or not records:
        return False
    span = cand.evidence[0]
    at = cand.anchor - span.start
    theirs = _THEIR_CALL.search(span.text, max(0, at - _THEIR_REACH), at) is not None
    if not cand.named_sides and not (theirs and cand.date is not None):
        # "he told reporters by telephone on Monday", "speaking by phone from Lima": a call
        # names a side of its own (a place is none), or is the sides' own on a day of its own
        return False
    # the event told last before it ("In the meeting with A's president ... The two leaders had
    # also spoken by phone in August": A's meeting, not the one appended last)
    told = [max((e.start for e in r.evidence if e.start < span.start), default=-1) for r in records]
    target = records[max(range(len(records)), key=lambda i: (told[i], i))]
    sides = target.countries | cand.countries
    if len(sides) < 2:
        return False
    records.append(
        attrs.evolve(
            cand,
            countries=sides,
            rule=f"{cand.rule}+own_call",
            weak=False,
            participants=list(cand.participants),
        )
    )
    return True


def _next_of_series(cand: Candidate) -> bool:
    """Whether a mention names the session after the last ("the next meeting", "its next session").

    The session after the last is one of its own even when the story told another plan ("X
    will visit Lima in May ... The next session of the commission will be held in 2026").
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    return bool(_NEXT_OF_SERIES.search(span.text, max(0, at - 40), at))


def _to_come(cand: Candidate) -> bool:
    """Whether a mention names the next session: "the upcoming meeting", "Its next meeting".

    Or the body named holds it: "The commission will hold its next session in P".
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    return bool(
        _COMING.search(span.text, 0, at)
        or _ITS_NEXT.match(span.text, at)
        or _next_of_series(cand)
        or _CONVENES_ITS_NEXT.match(span.text, at)
    )


# The body at the trigger set to hold its next sitting: "the commission will hold its next
# session in P", "the council is due to convene its next meeting": the body's session to come.
_CONVENES_ITS_NEXT = re.compile(
    r"""[\w-]+\s+(?:will|would|shall|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to
    |agreed\s+to|decided\s+to)\s+(?:hold|convene)\s+(?:its|their)\s+(?:next|upcoming)\b""",
    re.VERBOSE,
)


# The body a session mention names after its trigger: "the next meeting of the Council of
# Ministers", "the next session of the Joint Commission".
_OF_BODY_NAMED = re.compile(
    r"""[\w-]*\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,5}
    [A-Z][\w-]*)""",
    re.VERBOSE,
)


def _next_session_of_told_body(records: list[Candidate], cand: Candidate) -> bool:
    """The next session of a body whose session the story told by its name.

    "The 27th meeting of the Council of Ministers of the ECO was held in Lima ... the
    next meeting of the Council of Ministers will be held in Quito in 2026": a session
    to come of that body, a record of its own of the told session's kind and
    organisation; a gathering of many takes the host the mention names as its side,
    talks between two sides keep their sides. ``True`` when appended to ``records``.
    """
    if cand.status is not PLANNED or not _to_come(cand):
        return False
    span = cand.evidence[0]
    named = _OF_BODY_NAMED.match(span.text, cand.anchor - span.start)
    if named is None:
        return False
    body = " ".join(named["body"].lower().split())
    target = next(
        (
            r
            for r in reversed(records)
            if r.status is HELD
            and r.title is not None
            and body in " ".join(r.title.lower().split())
        ),
        None,
    )
    if target is None:
        return False
    many = target.kind is CONFERENCE and bool(cand.countries)
    records.append(
        attrs.evolve(
            cand,
            kind=target.kind,
            countries=set(cand.countries) if many else target.countries | cand.countries,
            organization=target.organization,
            participants=list(cand.participants),
            rule=f"{cand.rule}+next_session",
            weak=False,
        )
    )
    return True


# A body's session before this one, by its possessive: "at its last summit", "its previous
# session".
_ITS_LAST = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:last|previous)\s+\Z")


def _last_session_untold(records: list[Candidate], cand: Candidate) -> bool:
    """A body's last gathering, told by its possessive, when the story told none of its.

    "The decision the OIC took at its last summit" in a story of talks with the
    OIC's head: that summit is an event of its own (the body's, with no state
    named), not the talks. ``True`` when appended to ``records``.
    """
    span = cand.evidence[0]
    if (
        cand.kind is not CONFERENCE
        or cand.status is not HELD
        or cand.organization is None
        or _ITS_LAST.search(span.text, 0, cand.anchor - span.start) is None
        or any(r.kind is CONFERENCE and r.organization == cand.organization for r in records)
    ):
        return False
    records.append(attrs.evolve(cand, weak=False, rule=f"{cand.rule}+last_session"))
    return True


_LEG_DAYS = dt.timedelta(days=7)  # how far after the story the rest of a trip under way runs


def _leg_of_the_trip(visit: Candidate, leg: Candidate) -> bool:
    """A planned stop in the states of a visit under way, in the days after the story.

    "X arrived in Lima on an official visit ... X is also scheduled to travel
    to Cusco on Friday": one trip, whose later stop is told as a plan (and so are
    the talks told in that stop's sentence: "where he will meet the governor").
    """
    if not (
        visit.kind is VISIT
        and (leg.kind is VISIT or (leg.kind is MEETING and leg.evidence[0] in visit.evidence))
        and visit.status is HELD
        and leg.status is PLANNED
        and leg.countries <= visit.countries
        and (leg_day := _exact_day(leg.date)) is not None
        and leg.story is not None
        and not recalled(visit.date, leg.story)
    ):
        return False
    return dt.timedelta(0) <= leg_day - leg.story <= _LEG_DAYS


def leg_of_a_visit(records: list[Candidate], cand: Candidate) -> Candidate | None:
    """The visit under way whose later stop ``cand`` names with its own sides, or ``None``.

    "X arrived in Lima on a visit ... X flies to Cusco on Friday and returns to Santiago at
    the weekend": a stop in the host's state, in the days after the story, by the visit's
    own traveller (or one unnamed) is the same trip; the way home names the traveller's
    state, which the visit holds too; the traveller's companions may be named with him.
    """
    if (
        cand.kind is not VISIT
        or len(cand.countries) != 2  # the traveller's state and the host's, no third one
        or cand.location is None
        or cand.location.city is None  # a stop is told by its city ("flies to Cusco")
        or cand.location.country is None
    ):
        return None
    host = cand.location.country
    names = {p.name.split()[-1] for p in cand.participants}
    return next(
        (
            r
            for r in reversed(records)
            if r.location is not None
            and r.location.country == host
            # (the traveller among them: a companion may be named with him)
            and (not names or names & {p.name.split()[-1] for p in r.participants})
            and _leg_of_the_trip(r, cand)
        ),
        None,
    )


# Talks told as held by a subject of their own in a relative clause: "the talks (that) the two
# presidents held in", "the talks the heads of government had": an event, not a process.
_TALKS_HELD = re.compile(
    r"talks\s+(?:that\s+|which\s+)?(?:the|their|its|his|her|both)\s+(?:[\w’'-]+\s+){0,4}?(?:held|had)\b"
)
_HELD_BEFORE = re.compile(r"\b(?:held|had)\s+(?:[a-z]+\s+)?\Z")
# Talks taken up again, told in the future at their word: "the talks will resume",
# "will resume their direct negotiations".
_RESUME_AFTER = re.compile(
    r"[\w-]+\s+(?:will|would|are\s+(?:due|set|expected)\s+to)\s+(?:resume|reconvene)\b"
)
_RESUME_BEFORE = re.compile(
    r"\b(?:will|would|to)\s+(?:(?:resume|reconvene)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2})?\Z"
)
_RESUME_AT = re.compile(r"(?:resume|reconvene)\b")


def _resumption(target: Candidate, cand: Candidate) -> re.Match[str] | None:
    """The words telling talks to come as a new sitting of talks held, or ``None``."""
    if cand.status is not PLANNED or target.status is not HELD:
        return None
    if cand.date is None and cand.location is None:
        return None  # "will resume talks": the process, with no sitting of its own told
    span = cand.evidence[0]
    at = cand.anchor - span.start
    before = _RESUME_BEFORE.search(span.text, max(0, at - 40), at)
    if before is None:
        return _RESUME_AFTER.match(span.text, at)  # "the talks will resume"
    # "will resume their negotiations", read at the talks word or at its verb
    return before if _RESUME_AT.search(before.group()) else _RESUME_AT.match(span.text, at)


def _later_time_told(target: Candidate, cand: Candidate) -> bool:
    """A time to come told for ``cand``, within the held ``target``'s ("later this year")."""
    return (
        cand.date is not None
        and target.date is not None
        and cand.date != target.date
        and cand.date.contains(target.date)
        and cand.story is not None
        and cand.date.last_day() > cand.story
    )


def _told_to_meet(cand: Candidate) -> bool:
    """``cand`` is the sides' next meeting told by its verb alone, with no time of its own.

    "they will meet before the summit", "agreed to meet in person" (not "intend to meet", only
    wished for, nor "will meet union leaders", other people).
    """
    at = cand.anchor - cand.evidence[0].start
    text = cand.evidence[0].text
    return (
        cand.date is None
        and _process_word(cand) == "meet"
        and _WILL_MEET.search(text, 0, at) is not None
        and _MEET_UNPLACED.match(text, at) is not None
    )


# A meeting of the sides still to come, told by its verb: "they will meet", "agreed to meet"
# ("intend to meet" is only wished for; "are also to meet" firms may be the other side).
_WILL_MEET = re.compile(
    r"\b(?:will|would|shall|agreed\s+to)\s+(?:[a-z]+\s+)?\Z"
    # "an understanding the envoys reached to meet again": their sitting agreed
    r"|\b(?:understanding|consensus)\s+(?:[\w-]+\s+){0,5}?to\s+\Z"
)
# ... and with no one else and no gathering after it: "they will meet (again) in May",
# "before the summit", "once the study is ready", "in person"; not "meet union leaders"
# (other people) or "meet again at the Forum's meeting" (that gathering is its own record).
_MEET_UNPLACED = re.compile(
    r"""meet(?:\s+again)?(?:\s*[.,;]|\s*\Z
    |\s+(?:in|before|after|soon|later|next|this|once|when|within|to)\b)""",
    re.VERBOSE,
)
# A session still to come named just before its meeting word: "the upcoming meeting of"; a
# follow-up meeting set after talks held is one more sitting of their sides.
_COMING = re.compile(
    r"\b(?:upcoming|forthcoming|next|follow-up|follow-on)\s+(?:[\w-]+\s+){0,2}\Z"
    # "will try again at a special session": a sitting of their own to come, not a named one
    r"|\bagain\s+at\s+an?\s+(?:[\w-]+\s+){0,2}\Z"
)


def _same_day_of_the_plan(target: Candidate, cand: Candidate) -> PartialDate | None:
    """The plan's day a back-reference names by day and month, with no year written, or ``None``.

    "Ana Ruiz will visit Lima next month" (a plan of May) ... "the trip
    beginning May 2" read as last year's May 2 for want of a tense: in the plan's
    year the day lies within the plan's own month, so it is the plan's day.
    """
    if (
        target.status is not PLANNED
        or target.date is None
        or target.date.month is None
        or target.date.day is not None
        or cand.date is None
        or cand.date.day is None
        or cand.date.year == target.date.year
        or str(cand.date.year) in cand.evidence[0].text
    ):
        return None
    day = PartialDate(target.date.year, cand.date.month, cand.date.day)
    return day if target.date.contains(day) else None


# The event's own opening told right after its mention: "The forum, which opened on June 7".
_OPENED = re.compile(
    r"\w+,?\s+(?:which|that)\s+(?:was\s+)?(?:opened|began|started|kicked\s+off|got\s+under\s+way)\b"
)
_DAYS_OPEN = dt.timedelta(days=7)  # how long a gathering told by its opening day may last
# A trip to attend a gathering, whose day is the departure's: "left for P on May 9 to attend",
# "will travel to P on Sunday to take part in".
_LEFT_TO_ATTEND = re.compile(
    r"""\b(?:left|leaves|departed|departs|will\s+(?:leave|depart|travel|fly)|travell?ed|flew)
    \s+(?:for|to)\s+[A-Z][^.;]{0,80}?\s+to\s+(?:attend|take\s+part\s+in|participate\s+in)\b""",
    re.VERBOSE,
)
# The gathering told again with its own day: "The summit was held on", "The meeting will take
# place on", "The forum is scheduled for".
_GATHERING_DAY = re.compile(
    r"""(?:was|were|will\s+be|is|are)\s+(?:held|scheduled|set|due\s+to\s+be\s+held)\s+
    (?:in\s+[A-Z][\w'’-]*\s+)?(?:on|for)\s""",
    re.VERBOSE,
)


def _tells_its_day(text: str, at: int) -> bool:
    """Whether the mention at ``at`` is followed by the gathering's own day ("was held on").

    >>> _tells_its_day("The summit was held on May 10.", 4), _tells_its_day("The summit ended.", 4)
    (True, False)
    """
    word = re.match(r"\w+\s+", text[at:])
    return word is not None and _GATHERING_DAY.match(text, at + word.end()) is not None


# An earlier session named as such just before the meeting word: "the previous round of the".
_PREVIOUS = re.compile(r"\b[Pp]revious\s+(?:[\w-]+\s+){0,4}\Z")
# A definite mention of an event already told: "the talks", "this visit".
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z]+\s+)?\Z")


def _numbered(cand: Candidate) -> str | None:
    """The number a gathering's own word carries ("COP28" gives "28"), else ``None``."""
    found = _NUMBER_IN_WORD.match(_process_word(cand))
    return found["n"] if found is not None else None


_NUMBER_IN_WORD = re.compile(r"[a-z]+-?(?P<n>\d+)$")


def _process_word(cand: Candidate) -> str:
    """The meeting word of a candidate, lower-cased ("talks", "meeting", "visit")."""
    span = cand.evidence[0]
    at = cand.anchor - span.start
    word = span.text[at:].split(maxsplit=1)
    return word[0].lower().strip(".,;:") if word else ""


def _lead_day_before(
    lead: PartialDate | None, event: PartialDate, published: dt.date | None
) -> bool:
    """Whether a lead's day, before the report's own, dates an event told by its month only.

    "Four ministers ended a weekend meeting ... after two days of talks": the lead's
    Saturday is the day of the event the story then tells within that month; the report's
    own day is more often the day of its telling ("at a press conference held today").
    """
    return (
        lead is not None
        and lead.day is not None
        and event.day is None
        and published is not None
        and lead.first_day() < published
        and event.contains(lead)
    )


def forward_references(
    first: Candidate, pending: list[Candidate], published: dt.date | None = None
) -> list[Candidate]:
    """Mentions naming no sides before the first event (a lead) refer to it when compatible.

    Returns the gatherings left apart as the setting of talks on their sidelines.
    """
    settings: list[Candidate] = []
    for cand in pending:
        if cand.status is not first.status or not (
            cand.kind is first.kind or frozenset({cand.kind, first.kind}) in _COMPATIBLE
        ):
            continue
        if (
            cand.kind is CONFERENCE
            and first.kind is MEETING
            and cand.evidence[0] == first.evidence[0]
            and SIDELINES.search(first.evidence[0].text) is not None
        ):
            # "On the margins of the conference on C, X met Y": the gathering is where the
            # talks were held, they are not it: an event of its own
            cand.weak = False
            cand.date = cand.date or first.date  # the talks' day falls within the gathering
            settings.append(cand)
            continue
        place = cand.location.country.alpha_3 if cand.location and cand.location.country else None
        if first.countries and not cand.countries - {place} <= first.countries:
            # "Britain's X, touring Asia, praised ..." before talks of two other states: his
            # trip, not their talks
            continue
        if (
            cand.date is not None
            and first.date is not None
            and cand.date.day is not None
            and first.date.day is not None
            and cand.date != first.date
            and first.kind is CONFERENCE
            and first.organization is not None
            and cand.organization != first.organization
        ):
            # "The board opened its session here today. ... Members of body B met on Sunday":
            # a lead told on another day than a named body's gathering is another sitting (an
            # official's stay told first still leads to his talks on another day)
            continue
        first.evidence = [*cand.evidence, *first.evidence]
        if _KIND_RANK[cand.kind] > _KIND_RANK[first.kind]:
            first.kind, first.rule = cand.kind, cand.rule  # "X visited Y. They discussed ..."
        if first.date is None or _lead_day_before(cand.date, first.date, published):
            # "ended a weekend meeting ... after two days of talks": the lead's past day,
            # finer than the month the event's own sentence gives
            first.date = cand.date or first.date
        first.location = first.location or cand.location
        first.anchor = min(first.anchor, cand.anchor)
        host = cand.location.country if cand.location is not None else None
        if not first.countries and host is not None and cand.countries == {host.alpha_3}:
            # "The bank's envoy is in Lima to meet officials. X met the finance committee":
            # the lead's place hosts the event, whose own sentence names no state
            first.countries = {host.alpha_3}
    return settings


# A gathering's name told as the place its sides act at: "further dialogue at the".
_AT_THE = re.compile(r"\b(?:at|attend(?:s|ed|ing)?|in)\s+the\s+\Z")


def fold_name_words(records: list[Candidate]) -> list[Candidate]:
    """Talks read off the meeting word that ends a gathering's name, folded into that gathering.

    "Both sides looked forward to further dialogue at the Pacific Islands Forum
    Leaders Meeting in Suva in August": the name's last word is no talks of the
    story's sides beside the gathering, but that gathering, whose time it may tell.
    The talks' sides take part in it when the name is told as where they act ("at
    the"), not when it is only a time ("ahead of the").

    It asks ``_in_its_name`` as ``_word_of_its_name`` does, on purpose apart from it: the
    merge meets the word only where the gathering's own first sentence tells it (and reads
    the verb of its sitting, "the Forum will convene", there too), while this sweep takes
    a gathering named again in a later sentence, whose records the loop kept apart (a
    back-reference, an "also"), and adds the talks' sides to it.
    """
    kept = []
    for record in records:
        span = record.evidence[0]
        at = record.anchor - span.start
        gathering = next(
            (
                r
                for r in records
                if r.kind is CONFERENCE
                and record.kind is MEETING
                and r.status is record.status
                and r.title is not None
                and span in r.evidence
                and len(record.evidence) == 1
                and _in_its_name(span.text, r.title, at)
            ),
            None,
        )
        if gathering is None:
            kept.append(record)
            continue
        gathering.date = gathering.date or record.date
        start = span.text.find(gathering.title or "")
        if _AT_THE.search(span.text, 0, start):
            gathering.countries |= record.countries
    return kept


# The words that name talks as a process, not one sitting: "will resume talks on a pact",
# "during the next round".
_PROCESS_WORDS = frozenset({"talks", "round", "negotiations", "consultations"})


def fold_echoes(records: list[Candidate]) -> list[Candidate]:
    """Talks named first as a process, undated, folded into the sitting told later.

    News names talks as a process before it tells them, with no day or place ("will resume
    talks on a free trade pact", "have restarted talks", "with a view to signing them during
    the next round"), then tells the sitting with them in a later sentence ("will meet in
    Washington on May 12", "the next round will be held in Tashkent in 2017"). An undated
    record named by a process word, of the same kind, tense and sides as a later record (its
    sides among the later one's), with no place, body or rank that one lacks, is that event.
    One told as more ("also", "the next day"), with other people, or named as a sitting ("a
    meeting", "received") stays a record of its own. A planned record told as the programme of
    a visit under way ("During the visit, X is also scheduled to meet Y") is that visit
    (``_rest_of_the_trip``), whatever its "also".
    """

    def told_as(record: Candidate) -> Candidate | None:
        told = (
            next((r for r in records if r is not record and _echoes(record, r)), None)
            if record.date is None
            and record.countries
            and record.title is None
            # a meeting, a reception, a body named: a sitting of its own, whatever its day
            and _process_word(record) in _PROCESS_WORDS
            else None
        )
        if told is None and record.status is PLANNED:
            # "During his stay, X is also scheduled to meet Y" (kept as one more event for its
            # "also"): the programme of the visit under way, that visit
            told = next(
                (r for r in records if r is not record and _rest_of_the_trip(r, record)), None
            )
        return told

    return _fold_into(records, told_as)


def _fold_into(
    records: list[Candidate], host_of: Callable[[Candidate], Candidate | None]
) -> list[Candidate]:
    """``records`` less those ``host_of`` finds another record for.

    Each such record is that host's event told again, so its evidence joins the host's.
    """
    kept = []
    for record in records:
        host = host_of(record)
        if host is None:
            kept.append(record)
            continue
        host.evidence += [span for span in record.evidence if span not in host.evidence]
    return kept


def _echoes(echo: Candidate, told: Candidate) -> bool:
    """Whether an undated record names nothing that ``told``, of its kind and tense, lacks."""
    if told.kind is not echo.kind or told.status is not echo.status:
        return False
    if echo.also or echo.another or echo.sequel or told.anchor < echo.anchor:
        return False  # "X also met Y", "the next day": one more event; the process comes first
    if told.recalled:
        return False  # "progress in the talks since their May meeting": not that meeting
    if _recalled_beside(told, echo):
        return False  # "held talks in P, as agreed during their talks in May": not those
    if echo.participants and told.participants:
        names = {p.name for p in told.participants}
        if not any(p.name in names for p in echo.participants):
            return False  # other people met: other talks
    if not echo.countries <= told.countries or echo.ordinal is not None:
        return False
    if echo.organization is not None and echo.organization != told.organization:
        return False
    here, there = echo.location, told.location
    if here is not None and (there is None or here.city != there.city):
        return False
    return told.date is not None or (here is None and there is not None)


# How long after a tour's first day one of its stops may fall: a tour lasts days, not months.
_TOUR_DAYS = 14
# A sitting named in a stop's sentence: "will co-chair the third session of the A-B council".
_SITTING_WORD = re.compile(r"\b(?:sessions?|commissions?|councils?|committees?|rounds?|summits?)\b")


def fold_tour_legs(records: list[Candidate]) -> list[Candidate]:
    """A stop of a tour told after the tour itself, folded into the tour's visit.

    "X will travel to A, B and C from May 13 to 17. On May 15, X will meet leaders in B":
    a trip to several states is one visit, and each stop told later (talks or a visit
    between the traveller's state and one state of the tour, of the tour's tense, on a
    day of the tour or none) is that visit, not an event of its own. A stop with a body,
    a title or a numbered session is a sitting of its own on the tour.
    """
    tours = [
        r for r in records if r.kind is VISIT and len(r.countries) >= 3 and r.organization is None
    ]
    if not tours:
        return records
    return _fold_into(
        records,
        lambda record: next((t for t in tours if t is not record and _leg_of(record, t)), None),
    )


def fold_visit_steps(records: list[Candidate]) -> list[Candidate]:
    """Talks a sentence opens as a step of the visit just told, folded into that visit.

    "A delegation led by X arrived in Astana on a state visit. Within the framework of the
    visit, the delegation met with President Y", "During the visit, the President held talks
    with officials of the EU": talks with no day of their own (none, or one the visit's day
    holds or that holds it), of the visit's tense, between the visit's sides or one of them
    and a body's officials unnamed, are the visit. Not talks told with "also" or "another", a
    numbered or named session, talks with a body's chief named ("During the visit, X met NATO
    Secretary General Y"), or talks dated on another day of the trip ("On May 14, X met Y").
    """
    visits = [r for r in records if r.kind is VISIT and len(r.countries) >= 2]
    if not visits:
        return records
    kept: list[Candidate] = []
    for record in records:
        visit = next((v for v in reversed(visits) if _step_of(record, v)), None)
        if visit is None:
            kept.append(record)
            continue
        kind, status, rule = visit.kind, visit.status, visit.rule
        merge(visit, record)
        visit.kind, visit.status, visit.rule = kind, status, rule
    return kept


def _step_of(talks: Candidate, visit: Candidate) -> bool:
    """Whether ``talks`` are a step of ``visit`` (see :func:`fold_visit_steps`)."""
    if (
        talks.kind is not MEETING
        or talks.status is not visit.status
        or talks.anchor <= visit.anchor
        or talks.also
        or talks.another
        or talks.ordinal is not None
        or talks.title is not None
        or talks.new_session
        or not talks.countries <= visit.countries
        or (not talks.countries and talks.organization is None)
        # "During the visit, X met NATO Secretary General Y": a body's chief, named, is met
        # in an event of its own
        or (talks.organization is not None and any(p.country is None for p in talks.participants))
    ):
        return False
    if STEP_OF_THE_VISIT.match(talks.evidence[0].text) is None:
        return False
    return (
        talks.date is None
        or visit.date is None
        or talks.date.contains(visit.date)
        or visit.date.contains(talks.date)
    )


def _leg_of(leg: Candidate, tour: Candidate) -> bool:
    """Whether ``leg`` is one stop of ``tour``, told after it (see :func:`fold_tour_legs`)."""
    if (
        leg.kind not in (VISIT, MEETING)
        or leg.status is not tour.status
        or len(leg.countries) != 2
        or not leg.countries < tour.countries
        or leg.anchor <= tour.anchor
        or leg.organization is not None
        or leg.title is not None
        or leg.ordinal is not None
        or _SITTING_WORD.search(leg.evidence[0].text) is not None
    ):
        return False
    if leg.date is None or tour.date is None:
        return True
    first = tour.date.first_day()
    return first <= leg.date.first_day() and leg.date.last_day() <= first + dt.timedelta(
        days=_TOUR_DAYS
    )


def fold_visit_days(records: list[Candidate]) -> list[Candidate]:
    """Further sittings of a held visit's day, told after it, folded into that visit.

    "X, who is on an official visit to B, held talks with Y on May 5 ... On the same day, X
    was received by President Z", "X visited P on May 5, where he met Y": each distinct event
    counts once, and held talks between the visit's own two states, on its day (or none),
    told in the visit's own sentence or, after a visit that frames its talks, in a sentence of
    that day ("On the same day", "Later in the day"), are a step of that visit. Talks on
    another day, with a body, a title or a numbered session, consultations between the
    ministries, "another round", and a later visit (a return visit) stay apart.
    """
    visits = [
        r
        for r in records
        if r.kind is VISIT
        and r.status is HELD
        and len(r.countries) == 2
        and _exact_day(r.date) is not None
        and not r.recalled
    ]
    if not visits:
        return records
    kept: list[Candidate] = []
    for record in records:
        visit = next((v for v in reversed(visits) if _talks_on_the_visit_day(record, v)), None)
        if visit is None:
            kept.append(record)
            continue
        kind, status, rule, date = visit.kind, visit.status, visit.rule, visit.date
        merge(visit, record)
        visit.kind, visit.status, visit.rule, visit.date = kind, status, rule, date
    return kept


def _talks_on_the_visit_day(talks: Candidate, visit: Candidate) -> bool:
    """Whether ``talks`` are the visit's own day told again (see :func:`fold_visit_days`)."""
    return (
        talks is not visit
        and talks.kind is MEETING
        and talks.status is HELD
        and talks.anchor > visit.anchor
        and talks.countries == visit.countries
        and talks.organization is None
        and talks.title is None
        and talks.ordinal is None
        and not talks.new_session
        # "another round" is one more event; "on the same day" is a step of the visit's day
        and not (talks.another and talks.sequel != 1)
        and talks.sequel != 2
        and not talks.recalled
        # no day, or the visit's day: one sitting of the visit, not a round on another day
        and (talks.date is None or _exact_day(talks.date) == _exact_day(visit.date))
        # the talks told in the visit's own sentence ("visited P, where he met Y"), or a
        # further sitting of the day of a visit told as the frame of its talks ("X, who is on
        # an official visit, held talks ... On the same day, X was received by Y")
        and (
            talks.evidence[0] == visit.evidence[0]
            or (
                _VISIT_AS_FRAME.search(visit.evidence[0].text) is not None
                and _SAME_DAY.search(talks.evidence[0].text) is not None
                # "political consultations between the ministries": a format of its own
                and _CONSULTATIONS.search(talks.evidence[0].text) is None
            )
        )
    )


# A sitting told on the day just told: "On the same day", "Later in the day", "later that day".
_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|later\s+(?:in\s+the|that|on\s+the\s+same)\s+day)\b",
    re.IGNORECASE,
)
# Consultations between ministries: a standing format, a session of its own on the visit.
_CONSULTATIONS = re.compile(r"\bconsultations\b", re.IGNORECASE)


# A visit told as the time of the talks its sentence tells: "X, who is on an official visit to
# P, held talks with Y", "held talks with Y as part of his state visit", "visited P, where he
# met Y".
_VISIT_AS_FRAME = re.compile(
    r"\b(?:who\s+(?:is|was)|currently|as\s+part\s+of|in\s+the\s+course\s+of)\b"
    r"[^.;]{0,40}?\bvisit\b"
    r"|\bvisit(?:ed|s)?\b[^.;]{0,80}?,\s+where\b"
)
