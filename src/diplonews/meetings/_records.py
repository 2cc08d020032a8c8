"""The pass over the candidates: from mentions, in text order, to the story's records.

:func:`read_records` completes each candidate from the events told before it (the visit
under way, the talks whose step it is, the gathering it is held at, the article's pair),
then merges it into the event it names again or keeps it as an event of its own.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.gazetteer import load_group_members
from diplonews.meetings._candidates import INDEFINITE, on_its_visit_days
from diplonews.meetings._kinds import CALL, CONFERENCE, HELD, MEETING, PLANNED, VISIT
from diplonews.meetings._merge import (
    STEP_OF_THE_VISIT,
    Candidate,
    back_reference,
    compatible,
    consultations_round,
    held_for,
    launched_round,
    leg_of_a_visit,
    merge,
    named_by_its_city,
    other_gathering,
    recalled,
    same_event,
    session_during_the_visit,
    sidelines_named,
    trip_to,
)
from diplonews.meetings._rules import (
    FINISHED_WORK,
    INTERNATIONAL,
    INVITED_TO,
    SIDELINES,
    SIDELINES_BARE,
    THE_TWO_OFFICIALS,
)
from diplonews.meetings._split import TALKS
from diplonews.meetings._story import (
    article_pairs,
    headline_states,
    pair_referent,
    story_pairs,
    story_state,
    the_story_pair,
)
from diplonews.models import Article, MeetingStatus
from diplonews.text import MONTHS, body_mentions
from diplonews.text.countries import (
    extract_country_mentions,
    headline_mentions,
    opening_city,
    state_codes,
)
from diplonews.text.dates import MONTH_PATTERN
from diplonews.values import Country, PartialDate, Place, Span

__all__ = ["day_of_a_range", "read_records"]


# Two officials' surnames joined before the event word: "the Soto-Vos meeting", "the Blinken–Wang
# talks" (a name's own hyphen, "Al-Saud", is one name: both parts must be an official's surname).
_SURNAMES_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<a>[A-Z][a-z'’]+)\s*[-–]\s*(?:(?:de|van|von|da|di|le|la)\s+)?(?P<b>[A-Z][a-z'’]+)\s+\Z"
)
# A conversation, the noun alone (no medium): "In his conversation with X", "the conversation".
_CONVERSATION = re.compile(r"[Cc]onversations?\b")


# A pointer back to the event just told: "there", "on the sidelines of the meeting".
_THERE = re.compile(
    r"""\b(?:there|[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+[a-z]+
    |(?:[Aa]t|[Dd]uring)\s+the\s+(?:meeting|summit|forum|session|event|conference|visit|trip))\b""",
    re.VERBOSE,
)
# The pair named as the sides of the event: "talks between the ministers of the two countries".
_PAIR_AS_SIDES = re.compile(
    r"[\w-]+\s+(?:between|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+two|both)\s+"
    r"(?:countries|states|sides|nations)\b"
)


# Talks on the sidelines of the event just told: "On the sidelines of the summit, ...".
_SIDELINES_OF_THE = re.compile(  # "the summit", "the Council" (not "the Astana Forum": a name)
    SIDELINES.pattern + r"\s+the\s+(?:[a-z]+|[A-Z][a-z]+(?!\s+(?:[A-Z]|of\b)))\b"
    # "On its sidelines, X will meet Y", "On the sidelines, X met Y"
    r"|" + SIDELINES_BARE.pattern
)


# Talks with each counterpart of a gathering apart: "met his counterparts bilaterally".
_COUNTERPARTS_APART = re.compile(
    r"""(?:met|meets|held\s+(?:separate\s+|bilateral\s+)?(?:meetings|talks))\s+(?:with\s+)?
    (?:his|her|their)\s+(?:[a-z]+\s+)?counterparts\s+(?:bilaterally|separately|individually
    |one\s+by\s+one|on\s+a\s+bilateral\s+basis)\b""",
    re.VERBOSE,
)
# The pair of the story's first event as the subject of a meeting of theirs with a third:
# "The leaders recalled their trilateral meeting with X", "The two presidents discussed their
# upcoming meeting with Y".
_THEIR_MEETING_WITH = re.compile(
    r"""^\s*(?:The|Both)\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|ministers|sides
    |heads\s+of\s+state)\s+(?:[a-z-]+\s+){1,3}their\s+(?:[a-z-]+\s+){0,2}\Z""",
    re.VERBOSE,
)


# A gathering's sides told by their count right after its name: "the fifth Trilateral Meeting
# of the three countries", "a session of the four states".
_OF_THE_COUNT = re.compile(
    r"[^.;:]{0,80}?\bof\s+the\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:countries|states|nations)\b"
)
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _pair_attends(span: Span, anchor: int, planned: bool) -> bool:
    """Whether the sentence tells the officials of the talks told as going to its gathering.

    ``anchor`` is where the gathering's word stands in the text: the officials are the
    sentence's subject before it, or a "which both leaders will attend" clause after it;
    for a ``planned`` gathering also a step of theirs to come at it ("will raise it at the").
    """
    at = anchor - span.start
    return bool(
        _PAIR_GOES_TO.match(span.text, 0, at)
        or _PAIR_TO_ATTEND.match(span.text, at)
        or (planned and _PAIR_WILL_DO_AT.match(span.text, 0, at))
    )


def _pair_before(body: str, at: int) -> set[str]:
    """The two states the sentence before ``at`` names (none unless exactly two).

    "Cooperation between A and B has grown. Both states attended the summit": with no
    talks told, "both states" are the pair the sentence before is about.
    """
    head = body[max(0, at - 400) : at].rstrip()
    stop = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1))
    states = state_codes(head[stop + 1 :])
    return states if len(states) == 2 else set()


def _pair_of_talks(records: Sequence[Candidate], today: dt.date | None) -> set[str]:
    """The sides of the latest talks told (two states or more), for "the leaders", "both sides".

    A gathering held in the story's own time is the event whose leaders those are, so it
    gives none (its members are not told); a gathering planned or recalled is no talks.
    """
    for record in reversed(records):
        if len(record.countries) < 2:
            continue
        if record.kind is not CONFERENCE:
            return set(record.countries)
        if record.status is HELD and not recalled(record.date, today):
            return set()
    return set()


def _sides_by_count(records: Sequence[Candidate], cand: Candidate) -> set[str]:
    """The states of an event "of the three countries": those of the latest record of three.

    "The visit was aimed at the partnership among A, B and C. ... X attended the
    fifth Trilateral Meeting of the three countries": the count points at the three
    states told before, the latest event holding exactly that many and the mention's own.
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    found = _OF_THE_COUNT.match(span.text, at) if may_match(_OF_THE_COUNT, span.text, at) else None
    if found is None:
        return set()
    count = _COUNTS[found["n"]]
    if len(cand.countries) >= count:
        return set()
    group = next(
        (
            r
            for r in reversed(records)
            if len(r.countries) == count and cand.countries <= r.countries
        ),
        None,
    )
    return set(group.countries) if group is not None else set()


# The sides of the talks told before as the subject preparing a gathering to come: "The leaders
# also discussed preparations for the", "The sides touched upon the preparation of the", "the
# parties noted that careful preparation is needed for the agenda of the" (a clause of what
# they said about its preparation, however worded).
_SIDES_DISCUSSED = re.compile(
    r"""\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:(?:[Tt]he|Both)\s+(?:two\s+)?(?:leaders|presidents
    |sides|parties|ministers|heads\s+of\s+state|(?:foreign|prime)\s+ministers)
    |The\s+two(?=\s+(?:also\s+)?(?:[a-z]+ed|are|were|will)\b)  # "The two also discussed"
    |They)\s+(?:also\s+)?  # "They also discussed preparations for": the sides told before
    (?:(?:are|were|will)\s+(?:also\s+)?)?  # "The ministers are discussing the preparations"
    (?:(?:discuss(?:ed|ing)?|review(?:ed|ing)?|considered|touched\s+(?:up)?on
    |exchanged\s+views\s+on|consulted\s+on)  # "exchanged views on preparations for"
    \s+(?:the\s+)?(?:preparations?|progress\s+of\s+preparations?)\s+(?:for|of)
    |(?:noted|stressed|agreed|underlined|emphasi[sz]ed|said|believe[ds]?|discussed|talked\s+about)
    \s+(?:that\s+)?[^.;]{0,60}?\bprepar(?:ations?|ing|e)\s+(?:[a-z]+\s+){0,3}?(?:for|of)
    |coordinated\s+(?:their\s+)?positions\s+(?:ahead\s+of|before|for))\s+[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# The same subject agreeing to coordinate for a gathering: one they will sit in, as one they
# prepare ("They agreed to coordinate closely ahead of the", "The two sides agreed to remain in
# close contact ahead of the"; not "discussed trade ahead of the": only talk of it).
_SIDES_COORDINATE = re.compile(
    r"""\s*(?:(?:[Tt]he|Both)\s+(?:two\s+)?(?:leaders|presidents|sides|parties|ministers)
    |The\s+two|They)\s+(?:also\s+)?
    agreed\s+to\s+(?:coordinate|remain|stay|keep|continue)\b[^.;,]{0,60}?\s
    (?:ahead\s+of|in\s+the\s+run-up\s+to)\s+[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# An invitation to a gathering whose guest is told by a pronoun or as the counterpart: the
# other side of the talks told.
_INVITED_THE_GUEST = re.compile(
    r"""\binvited\s+(?:him|her|them|the\s+guest|(?:his|her)\s+counterpart)\s+to\s+(?:(?:attend
    |participate\s+in|take\s+part\s+in)\s+)?[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# The officials of the talks told, named as a pair or as the sides: "the two diplomats", "both
# prime ministers", "the leaders" (a plural, so one official of the story is never read as two).
_PAIR_OFFICIALS = r"""(?:(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+(?:[a-z]+\s+)?(?:leaders
    |presidents|sides|parties|ministers|diplomats|premiers|counterparts|delegations
    |heads\s+of\s+(?:state|government))|(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:states
    |countries|nations|neighbou?rs))\b"""
# The pair as states, not officials: "both states", "the two countries" (with no talks told
# before, the two states of the sentence before).
_PAIR_STATES = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:states|countries|nations|neighbou?rs)\b"
)
# The sentence's subject is those officials, attending or preparing the gathering its sentence
# names after them: "Both prime ministers attended the", "Separately, the two diplomats agreed
# to coordinate their positions ahead of the", "The sides talked about preparations for the".
_PAIR_GOES_TO = re.compile(  # (after an opening phrase: "Separately,", "Early in May,")
    rf"""\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,3}}(?:\s+(?:{MONTH_PATTERN}|\d{{4}}))?,?\s+)?"""
    + _PAIR_OFFICIALS
    + r"""[^.;]{0,120}?\b(?:attend(?:ed|s)?|participated\s+in|participate\s+in
    |t(?:ake|ook)\s+part\s+in|preparations?\s+(?:for|of)|preparing\s+(?:for\s+)?
    |coordinat(?:e|ed|ing)\s+(?:their\s+)?positions\s+(?:ahead\s+of|before|for|at)
    # "Both sides looked forward to further dialogue at the": their talks held at it
    |(?:further\s+)?(?:dialogue|talks|consultations)\s+at)
    \s+[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# Those officials, as the sentence's subject (not "the leaders' meeting"), told as doing a step
# to come at the gathering: "The two ministers will return to the subject at the", "Both
# leaders would sign it at the" (for a gathering to come only: "will build on what was agreed
# at the summit last year" is no step at a gathering held).
_PAIR_WILL_DO_AT = re.compile(
    rf"""\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,3}}(?:\s+(?:{MONTH_PATTERN}|\d{{4}}))?,?\s+)?"""
    + _PAIR_OFFICIALS
    + r"""(?!['’])[^.;]{0,60}?\b(?:will|would)\s+(?:[a-z]+\s+){1,6}?at\s+[^.;]{0,80}\Z""",
    re.VERBOSE,
)
# Those officials told as attending the gathering in a clause right after its name: "the summit
# in C, which both presidents are expected to attend", "where the two leaders will take part".
_PAIR_TO_ATTEND = re.compile(
    r"""[^.;]{0,80}?,\s+(?:which|where)\s+"""
    + _PAIR_OFFICIALS
    + r"""\s+(?:(?:are|were|is|was|have|had|also)\s+){0,2}(?:(?:expected|due|set|planning
    |agreed|going|scheduled)\s+to\s+|plan(?:ned)?\s+to\s+|intend(?:ed)?\s+to\s+|will\s+
    |would\s+)?(?:attend|take\s+part|participate|be\s+represented)\b""",
    re.VERBOSE,
)


def _under_way(record: Candidate, today: dt.date | None) -> bool:
    """Whether a record is a visit of the story's days, whose talks are that visit.

    A visit dated more than a month from the publication date ("recalled his
    visit in 2017") is another trip: talks told after it are events of their own.
    """
    if record.kind is not VISIT:
        return False
    if record.date is None or today is None:
        return True
    return abs(record.date.first_day() - today) <= dt.timedelta(days=31) or (
        record.date.contains(PartialDate.from_date(today))
    )


# A sentence opening with the call it tells of: "During the phone call,", "In the course of the".
_OPENING_CALL = re.compile(
    r"\s*(?:During|In\s+the\s+course\s+of|Over|In)\s+(?:the|their)\s+(?:[a-z-]+\s+)?\Z"
)


# A gathering told as still to come, just before its word: "the upcoming summit", "the
# forthcoming ministerial meeting", "the next Consultative Meeting".
_TO_COME_BEFORE = re.compile(
    r"\b(?:upcoming|forthcoming|coming|next|planned)\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE
)


def _gathering_of_its_own(records: list[Candidate], cand: Candidate) -> bool:
    """Whether a definite mention of a gathering names one no record before it can be.

    "The summit in Moscow last November" after a phone call: an international
    gathering (a summit, a named one) with a state and a date or place of its
    own, when no gathering or visit is told before it and no event in its own
    sentence (whose topic it would be), is an event of its own. So is one told
    as still to come ("the upcoming summit of the region's leaders"): the talks
    told before it are held, so it can be none of them.
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    return (
        cand.kind is CONFERENCE
        and bool(cand.countries)
        and (
            cand.date is not None
            or cand.location is not None
            or (
                cand.status is PLANNED
                and _TO_COME_BEFORE.search(span.text, max(0, at - 60), at) is not None
            )
        )
        and INTERNATIONAL.match(span.text, at) is not None
        # (a "regional conference" told before is no "Summit of the Americas", a name of
        # another kind of gathering; an untitled "that summit" may still recall it)
        and not any(
            r.kind is not CALL
            and r.status is cand.status
            and not (cand.title is not None and other_gathering(r, cand))
            for r in records
        )
        and not any(span in r.evidence for r in records)  # "thanked X for hosting COP28"
    )


def _bilaterals(records: list[Candidate], cand: Candidate) -> list[Candidate]:
    """One meeting with each other state of the gathering before, for "met his counterparts apart".

    The gathering is the latest event of three or more states that holds the official's own.
    """
    gathering = next(
        (r for r in reversed(records) if len(r.countries) >= 3 and cand.countries < r.countries),
        None,
    )
    if gathering is None or cand.status is not gathering.status:
        return []
    return [
        attrs.evolve(
            cand,
            countries=cand.countries | {other},
            date=cand.date or day_of_a_range(gathering),
            location=cand.location or gathering.location,
            organization=None,
            participants=list(cand.participants),
            rule=f"{cand.rule}+bilateral",
            weak=False,
            another=True,
        )
        for other in sorted(gathering.countries - cand.countries)
    ]


# A span of days: "on May 20-21", "20 to 22 May", "from May 20 to 22".
_DAY_RANGE = re.compile(
    r"""(?:\b(?P<m1>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<d1>\d{1,2})
    \s*(?:[-–]|to\b|through\b)\s*\d{1,2}\b
    |\b(?P<d2>\d{1,2})\s*(?:[-–]|to\b)\s*\d{1,2}(?:st|nd|rd|th)?\s+
    (?P<m2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))""",
    re.VERBOSE,
)


# A sentence that turns back to the time of the event just told: "At that time,", "Then,",
# "On that occasion,", "During that visit,", "There,".
_BACK_TO_THEN = re.compile(
    r"""\s*(?:At\s+(?:that|the\s+same)\s+time|Then|On\s+(?:that|the\s+same)\s+occasion
    |During\s+(?:that|the)\s+(?:visit|trip|event|forum|summit)|There)\b""",
    re.VERBOSE,
)
# A step told as one of the visit's own: "X is also expected to be received by Y during the
# visit", "on his trip": the visit it names, not a sitting told between (a commission's next
# session), times it (also opening its sentence: "During the visit, X also co-chaired").
_DURING_THE_VISIT = re.compile(
    r"\b(?:[Dd]uring|[Oo]n|[Ii]n\s+the\s+course\s+of)\s+(?:the|his|her|this)\s+"
    r"(?:visit|trip|stay)\b"
)


def day_of_a_range(event: Candidate) -> PartialDate | None:
    """The date a step at ``event`` takes: its month when it ran over several days.

    "The council met in Lima on May 20-21. On the sidelines of the meeting, X met
    Y": the text does not tell which of the days the talks were on.
    """
    date = event.date
    if date is None or date.day is None:
        return date
    for span in event.evidence:
        for found in _DAY_RANGE.finditer(span.text):
            day = int(found["d1"] or found["d2"])
            month = MONTHS.get((found["m1"] or found["m2"])[:3].lower())
            if day == date.day and month == date.month:
                return PartialDate(date.year, date.month)
    return date


def _arrived_before(cand: Candidate, day: PartialDate | None) -> bool:
    """Whether ``cand`` is a visit whose first day lies before ``day``, the story's day told.

    "A and B on Thursday held the council's session ... X arrived on Wednesday on a
    two-day visit": the arrival told after the story's day is background, no step of
    the day's programme ("Later, X addressed the forum" is Thursday's).
    """
    return (
        cand.kind is VISIT
        and cand.date is not None
        and cand.date.day is not None
        and day is not None
        and day.day is not None
        and cand.date.first_day() < day.first_day()
    )


def _holds_day(date: PartialDate, day: PartialDate | None) -> bool:
    """Whether ``date`` is coarser than a day and holds ``day``, a day told before it.

    >>> _holds_day(PartialDate(2024), PartialDate(2024, 2, 14))
    True
    >>> _holds_day(PartialDate(2024, 2, 15), PartialDate(2024, 2, 14))
    False
    """
    return date.day is None and day is not None and day.day is not None and date.contains(day)


# An event told as one a speaker recalls: "X recalled his phone call with Y", "reminded of the
# talks held".
_SPEAKER_RECALLS = re.compile(r"\b(?:recalled|recalling|recalls|reminded|reminding)\b")


# The story's visitor named by a definite title as the subject of a step: "The visiting
# minister also called on", "the minister was received by", "the delegation held talks with".
_THE_VISITOR = re.compile(
    r"\b[Tt]he\s+(?:visiting\s+[a-z]+|minister|guest|visitor|delegation)\s+"
    r"(?:(?:also|then|later)\s+)?(?:was\s+|(?:held|had)\s+)?\Z"
)
# A named visitor's visit told in an aside: "X, who is on a state visit to Y".
_WHO_IS_ON = re.compile(r",\s+who\s+(?:is|was)\s+on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}\Z")
# The officials of the talks told, counted: "the three ministers were", "the two leaders".
_THE_OFFICIALS = re.compile(
    r"""\b[Tt]he\s+(?:two|three|four|five)\s+(?:foreign\s+)?(?:ministers|leaders|presidents
    |delegations|heads\s+of\s+(?:state|government))\s+(?:(?:also|then|later)\s+)?
    (?:(?:was|were)\s+)?\Z""",
    re.VERBOSE,
)


# A guest received as one more step: "X was also received by Y", "was later received by".
_PASSIVE_STEP = re.compile(r"(?:was|were|been)\s+(?:also|then|later)\s+received\b")


def _passive_step(records: list[Candidate], cand: Candidate) -> None:
    """Make "X was also received by Y" a step of its own of the talks or visit under way.

    The guest is a side of the latest talks or visit of the story's time (told with the
    same status), so the step is between that event's sides, and no mention of it.
    """
    step = next(
        (
            r
            for r in reversed(records)
            if r.kind in (MEETING, VISIT)
            and len(r.countries) >= 2
            and r.status is cand.status
            and not recalled(r.date, cand.story)
            and cand.countries <= r.countries
        ),
        None,
    )
    if step is not None:
        cand.countries |= step.countries
        cand.weak = cand.one_sided = False
        cand.another = True


def _pair_event(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Make a mention that names no state an event of the article's pair, when it says so.

    "The sides discussed the agenda of the commission meeting to be held in June",
    "both sides agreed to hold the next consultations in Tashkent": the sentence
    points at the two states the story is about (the headline's two states, else
    the two of its first event, else the only two the story names), and no event
    of a kind and status that the mention could refer back to is told before it.
    "Delegations from both countries have been meeting for weeks", "following talks of the
    two countries' ministers", "The two governments agreed to start talks": a mention naming
    the pair as its own sides is an event without a time or place, its pair is the
    first the story names as one ("A-B ties", "between A and B", "A and B" in the
    lead) before that of its first event, and only an event of that pair is one it
    could refer back to (not a third state's visit told before).
    A state the mention names (the host city's) must be one of the pair. A bare plural
    subject meeting each other ("The officials will meet again in P", :func:`_bare_sides`), or
    the talks as the subject ("Talks held in P last month broke up"), points at the pair the
    headline or the story names, in a story telling no body's meeting.
    Returns whether ``cand`` became such an event (its countries set, no longer weak).
    """
    if len(cand.countries) > 1 or cand.organization:
        return False
    bare = _bare_sides(article, cand)
    if not bare and not _PAIR_WORDS.search(cand.evidence[0].text):
        return False
    own_sides = _PAIR_AS_SIDES.match(
        cand.evidence[0].text, cand.anchor - cand.evidence[0].start
    )  # "talks between the ministers of the two countries": the pair named as its sides
    # "During the phone call, the presidents agreed ...": a sentence opening with the event
    # tells that it took place, where "the sides discussed the meeting" only names one
    opening = (
        cand.kind is CALL
        and cand.status is HELD
        and _OPENING_CALL.match(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
        is not None
    )
    # "Delegations from both countries have been meeting", "The two governments agreed to start
    # talks": the pair told as the subject that meets, or that agrees to start talks
    meets = _PAIR_MEETS.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
    if (
        meets is not None
        and meets.group("to")
        and not _MEET_AGAIN.match(cand.evidence[0].text, cand.anchor - cand.evidence[0].start)
    ):
        meets = None  # "the leaders agreed to meet trade union leaders": others, not each other
    if (
        cand.date is None
        and cand.location is None
        and cand.ordinal is None
        and not own_sides
        and not opening
        and meets is None
    ):
        return False  # "the sides discussed the meeting": a mention of one told, at most
    title = headline_states(article)
    # the pair the story is about: its headline's two states, else (where the mention names
    # the pair as its own sides) the first two the story names as a pair ("A-B relations",
    # "between A and B", "A and B agreed" in its lead), else the two of its first event
    # "Officials of the two countries held talks": the pair as the subject that meets
    sided = (
        bare
        or own_sides is not None
        or meets is not None
        or _PAIR_SUBJECT.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
        is not None
    )
    told_pairs = story_pairs(article) if sided else []
    named = set(told_pairs[0]) if told_pairs else set()
    if bare and (
        (len(title) != 2 and not named)
        or any(r.organization or r.kind is CONFERENCE for r in records)
    ):
        return False  # a bare subject is a named pair's, not a body's members ("OPEC ministers")
    pair = title if len(title) == 2 else named or next((r.countries for r in records), set())
    # "the two countries, whose envoys met in Vienna, ...": a third state's place is no side
    place = cand.location.country.alpha_3 if cand.location and cand.location.country else None
    # (so is a venue of talks told with no side at all: "Negotiations ended in Geneva")
    # (nor is the venue where the pair agrees to meet each other: "The leaders agreed to meet in
    # Geneva" is no talks of Switzerland)
    own = (
        cand.countries - {place}
        if bare or meets is not None or _TWO.search(cand.evidence[0].text)
        else cand.countries
    )
    if len(pair) != 2:
        # no headline pair, no event of two told yet: the two states of a story naming two
        pair = {m.code for m in body_mentions(article.body).mentions if m.kind != "group"}
        if len(pair) == 3 and place in pair - own:
            pair.discard(place)
    if any(
        (r.kind is cand.kind or compatible(r.kind, cand.kind))
        and r.status is cand.status
        # "the meeting of both countries' ministers" refers back to an event of the pair, not
        # to a third state's visit
        and not (sided and r.countries and not (r.countries <= pair or pair <= r.countries))
        and not (r.kind is CONFERENCE and cand.evidence[0] in r.evidence)
        and not (
            cand.location is not None
            and r.location is not None
            and (
                None is not cand.location.city != r.location.city is not None
                # "consultations in Lima" after "the visit to Chile": another state, another event
                or None is not cand.location.country != r.location.country is not None
            )
        )  # "the next session will take place in Cusco" after talks in Lima: another event
        and not (
            cand.rule == "meeting.met_with"
            and _PAIR_SUBJECT.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
            and cand.date is not None
            and r.date is not None
            and cand.date.last_day() < r.date.first_day()
        )  # "Earlier, in January, the ministers met in Lima" after talks in March: another
        for r in records
    ):
        return False  # "the talks" after talks: a back-reference (not the summit they meet at)
    if len(pair) != 2 or not own <= pair:
        return False
    cand.countries = set(pair)
    cand.weak = False
    cand.rule = f"{cand.rule}+article_pair"
    return True


# A phrase referring back to a pair of states: "both governments", "the two neighbours", "the
# sides", "the two leaders", "their trade ministers", "the two countries' foreign ministers".
_PAIR_PHRASE = re.compile(
    r"""\b(?:(?:[Tt]he\s+two|[Bb]oth)\s+(?:[a-z-]+\s+)?(?:countries|states|nations|governments
    |sides|neighbou?rs|leaders|presidents|ministers|premiers|prime\s+ministers|heads\s+of\s+state
    |delegations)|[Tt]he\s+sides|their\s+(?:[a-z-]+\s+)?ministers)\b
    (?!['’]s?\s+(?!(?:[\w-]+\s+)?(?:ministers?|leaders|presidents|heads|officials|delegations)\b))
    """,  # "the two countries' relations": a topic, not the sides
    re.VERBOSE,
)


def _referent(article: Article, records: Sequence[Candidate], at: int) -> set[str]:
    """The pair a phrase at ``at`` refers to (:func:`~diplonews.meetings._story.pair_referent`).

    Talks told before count, not a gathering, and without the state they were placed in
    where that made them three ("met X in Geneva": the host city is no side of a pair).
    """
    told = [(r.evidence[0].start, _without_place(r)) for r in records if r.kind is not CONFERENCE]
    return pair_referent(article, told, at)


def _without_place(record: Candidate) -> set[str]:
    """The talks' states, less that of their place where it makes three of them.

    A visit keeps its host, a side of the trip.
    """
    place = record.location.country if record.location else None
    if (
        record.kind is MEETING
        and place is not None
        and len(record.countries) == 3
        and place.alpha_3 in record.countries
    ):
        return record.countries - {place.alpha_3}
    return record.countries


def _sides_of_the_pair(article: Article, records: Sequence[Candidate], cand: Candidate) -> None:
    """A mention taking the sides of the event before it takes those its pair phrase refers to.

    "She met A's minister in P and B's in Q. She urged both governments to build on their
    commissions, which are to meet in April": the commissions' sides are the pair "both
    governments" refers back to, not those of the talks told last. Only a mention naming no
    state of its own beside the pair, the phrase told before its trigger.
    """
    span = cand.evidence[0]
    phrase = _PAIR_PHRASE.search(span.text, 0, cand.anchor - span.start)
    if phrase is None or cand.kind is CONFERENCE:
        return
    pair = _referent(article, records, span.start + phrase.start())
    own = {
        m.code
        for m in body_mentions(article.body).between(span.start, span.end)
        if m.kind != "group"
    }
    if len(pair) == 2 and own <= pair and cand.countries != pair:
        cand.countries = set(pair)


# A third party easing the talks themselves: "under Turkish facilitation", "U.S.-facilitated
# peace talks", "which hosted the final round of talks" (not "offered mediation in any talks",
# an offer, nor "has been mediating", a role told of other talks).
_FACILITATED = re.compile(
    r"""\bunder\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:facilitation|mediation|auspices)\b
    |-(?:facilitated|mediated|brokered)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b
    |\b(?:hosted|facilitated|mediated|brokered)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?
    (?:talks|negotiations)\b""",
    re.VERBOSE,
)


def _facilitated_talks(article: Article, cand: Candidate) -> None:
    """Talks a third state facilitates are the pair's the story tells, with that state.

    "A and B agreed to talk. Those negotiations begin in May under Turkish facilitation":
    the one state the talks' sentence names is the facilitator, the parties are the pair
    the story tells before it (:func:`~diplonews.meetings._story.pair_referent`); the
    facilitator is a side too.
    """
    span = cand.evidence[0]
    if cand.kind is not MEETING or len(cand.countries) != 1 or not _FACILITATED.search(span.text):
        return
    # the pair the story tells, not the talks told last: a readout's calls are no parties;
    # a pair the story names only later is no referent
    pair = pair_referent(article, [], span.start)
    named = {m.code for m in body_mentions(article.body).mentions if m.end <= span.start}
    if len(pair) == 2 and pair <= named and not pair & cand.countries:
        cand.countries |= pair
        cand.weak = cand.one_sided = False
        cand.rule = f"{cand.rule}+facilitated"


# The story's pair named as the subject that meets: "The two presidents ... agreed their
# ministers would meet", "the two prime ministers", "Officials from the two countries are to
# hold talks" (not "the two countries' trade", which names a topic).
_STORY_PAIR_SUBJECT = re.compile(
    r"""\b(?:[Tt]he\s+two\s+(?P<plural>presidents|prime\s+ministers|leaders)
    |[Tt]he\s+two\s+(?:[a-z-]+\s+)?(?:ministers|premiers|co-chairs|delegations|heads\s+of\s+state)
    |(?:[Oo]fficials|[Dd]elegations|[Ll]eaders|[Pp]residents|[Mm]inisters)\s+(?:of|from)\s+
    (?:the\s+two|both)\s+(?:countries|states|nations))\b(?!['’])""",
    re.VERBOSE,
)


def _the_story_pair(article: Article, records: list[Candidate], cand: Candidate) -> None:
    """Give a mention whose subject is the story's pair that pair, whichever branch reads it.

    "The two presidents ... agreed their ministers would meet in P in March", "Officials from
    the two countries are to hold talks in P next week": a planned meeting (or a call) with a
    time or place of its own, or a held one with a place of its own ("their commission, which
    had last met in P"), naming no state but its place's, is the pair's: that of the talks
    told before, else the story's own
    (:func:`~diplonews.meetings._story.the_story_pair`).
    """
    if cand.organization or cand.kind is CONFERENCE:
        return
    if cand.status is HELD and cand.kind is not CALL and not cand.location:
        return  # held talks of "the two" with no place: the talks told again, or a plan
    if any(p.country for p in cand.participants) or (cand.date is None and cand.location is None):
        return  # "the two presidents held talks": the event told, at most
    span = cand.evidence[0]
    found = _STORY_PAIR_SUBJECT.search(span.text, 0, cand.anchor - span.start)
    if found is None:
        return
    place = cand.location.country.alpha_3 if cand.location and cand.location.country else None
    if cand.countries - {place}:
        return  # a state of its own besides the place's: the clause tells its sides
    # the talks told are the pair's ("the two leaders" after talks of three are none of two)
    pair = _referent(article, records, span.start + found.start()) or the_story_pair(
        article, span.start + found.start(), found["plural"]
    )
    if len(pair) != 2 or not cand.countries <= pair:
        return
    cand.countries = set(pair)
    cand.weak = cand.one_sided = False
    cand.rule = f"{cand.rule}+article_pair"


def _body_pair_talks(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Talks of "the two sides" in a story of one state and one body are theirs.

    Under a headline naming one state and one intergovernmental body ("Chile and
    the EU resume trade talks"), talks whose sentence names no state and points at
    the pair ("the two sides agreed to reopen talks", "bilateral talks") are between
    that state and that body: the state is a side, the body the organization (a
    third body named in the sentence, "requests for WTO arbitration", is no side).
    Talks of the pair told before with the same status take the mention (returns
    True); else ``cand`` is completed and left to the caller (returns False).
    """
    if cand.countries or cand.organization is None or cand.kind is not MEETING:
        return False
    span = cand.evidence[0]
    if not _BODY_PAIR_WORDS.search(span.text):
        return False
    mentions = headline_mentions(article.title or "")
    states = {m.code for m in mentions if m.kind != "group"}
    groups = {m.code for m in mentions if m.kind == "group"}
    if len(states) != 1 or len(groups) != 1:
        return False
    cand.countries, cand.organization = set(states), groups.pop()
    cand.weak = False
    cand.rule = f"{cand.rule}+body_pair"
    told = next(
        (
            r
            for r in records
            if r.kind is cand.kind
            and r.status is cand.status
            and r.countries == cand.countries
            and r.organization == cand.organization
            and (r.date is None or cand.date is None or r.date == cand.date)
        ),
        None,
    )
    if told is None:
        return False
    merge(told, cand)  # "The EU and Chile agreed to begin talks ... both sides ...": those talks
    return True


def _story_state_with_a_body(article: Article, cand: Candidate) -> None:
    """Talks with a body whose sentence names no state are the story's state's.

    "He said the scheme would be reviewed after talks with the IMF" under "PERU TO
    KEEP FUEL SUBSIDY", or "Deputy Chief of Staff (DCOS) X met yesterday with the
    IAEA chief" in a government's own readout: the sentence tells one side by a
    pronoun or an office, and the story's state is that side (the first state its
    headline names, else the state the outlet speaks for). A body's own session
    ("the negotiating group held its first meeting") has no "with" and stays the
    body's alone.
    """
    if cand.countries or cand.organization is None or cand.kind not in (MEETING, CALL):
        return
    span = cand.evidence[0]
    at = cand.anchor - span.start
    if _WITH_A_BODY.match(span.text, at) is None:
        return
    if any(m.kind != "group" for m in extract_country_mentions(span.text)):
        return  # a state in the sentence, not taken as a side: no guess beside it
    state = story_state(article)
    if state is None:
        return
    cand.countries = {state}
    cand.weak = False
    cand.rule = f"{cand.rule}+story_state"


# A gathering's name or its time right before its word: "last week's Lima Forum", "the recent
# Andean Summit", "the council's session", "this week's meeting of the X Group".
_GATHERING_NAMED = re.compile(
    r"""\b(?:(?:last|this|next)\s+(?:week|month|year|[A-Z][a-z]+day)['’]s?
    |recent|upcoming|forthcoming)\s+(?:[A-Z][\w'’-]*\s+){0,5}\Z""",
    re.VERBOSE,
)
# The gathering word as a word of a name: "Forum", "Summit", "Conference", "COP29".
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]+|COP[\s-]?\d+)\b")


def _named_gathering(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Whether a gathering named with its time is an event of its own (GATHERING-NAME-ONLY).

    "Ministers took stock of last week's Lima Forum", "at the Andean Summit on Monday",
    "the cartel meets next week": a named gathering (or a known body's session) told with a
    time is a record even when its sentence names no state; with no state and no body, its
    side is the story's state (the first its headline names, else the outlet's). One that a
    record before it already is (same kind, status and body or title) stays a reference.
    """
    if cand.kind is not CONFERENCE or cand.organization is not None:
        return False  # a known body's session is read by the body's own rules
    span = cand.evidence[0]
    if not any(word.islower() for word in span.text.split()):
        return False  # a heading, masthead or dateline line ("Lima Water Forum Monday May 5")
    at = cand.anchor - span.start
    timed = _GATHERING_NAMED.search(span.text, max(0, at - 60), at) is not None
    if cand.date is None and not timed:
        return False  # no time of its own
    if not timed and (at == 0 or _NAME_WORD.match(span.text, at) is None):
        return False  # neither a name ("the Lima Forum", "COP29") nor "last week's"
    if any(span in r.evidence for r in records):
        return False
    if any(
        r.kind is cand.kind
        and r.status is cand.status
        and (r.organization == cand.organization or (r.title and r.title == cand.title))
        for r in records
    ):
        return False
    if not cand.countries and cand.organization is None:
        state = story_state(article)
        if state is None:
            return False
        cand.countries = {state}
    cand.weak = False
    cand.rule = f"{cand.rule}+named_gathering"
    return True


# A trigger whose object is a body, named right after "with": "met yesterday with the IAEA
# chief", "talks with the World Bank", "discussions with the European Commission".
_WITH_A_BODY = re.compile(
    r"""[\w-]*                                     # the trigger word
    (?:\s+(?:yesterday|today|on\s+[A-Z][a-z]+day|this\s+week))?  # its day, if told there
    \s+with\s+(?:the\s+)?[A-Z]                    # "with the" and a name""",
    re.VERBOSE,
)


# What names a story's pair as the two sides of talks: "the two sides", "both sides", "bilateral".
_BODY_PAIR_WORDS = re.compile(r"\b(?:[Tt]he\s+two\s+sides|[Bb]oth\s+sides|bilateral\s+talks)\b")


# The pair named as two: "the two countries", "both sides", also as the owner of the
# officials who meet ("the two countries' ministers"); not as the owner of a topic ("the two
# countries' relations"), which tells what is discussed, not who meets.
_TWO = re.compile(
    r"""\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|states|sides|nations|governments)\b
    (?:(?!['’])                                    # the pair itself, or the owner of
    |['’]s?\s+(?:[\w-]+\s+)?(?:ministers?|leaders|presidents|heads|officials|delegations
    |envoys|representatives)\b)                      # the officials who meet
    """,
    re.VERBOSE,
)
# Words pointing at the story's two states: "the two countries", "both sides", "bilateral".
_PAIR_WORDS = re.compile(
    r"""\b(?:[Tt]he\s+two\s+(?:countries|states|sides|nations|governments|leaders|presidents
    |ministers)|[Bb]oth\s+(?:sides|countries)|[Tt]he\s+(?:sides|parties|neighbou?rs)|bilateral
    # "Both leaders agreed to meet again": the pair's officials, as "the two leaders" are
    |[Bb]oth\s+(?:leaders|presidents|ministers|prime\s+ministers)
    |[Tt]he\s+(?:heads\s+of\s+state|presidents|leaders|prime\s+ministers|foreign\s+ministers)
    |(?:intergovernmental|joint)\s+(?:[\w-]+\s+){0,2}?(?:commission|committee|working\s+group)
    |(?i:interstate|intergovernmental)\s+(?:[\w-]+\s+){0,2}?(?i:council)
    |political\s+consultations
    # "The two are due to meet again", "reached by the ministers to meet again" (_PAIR_MEETS)
    |[Tt]he\s+two(?=\s+(?:are|were)\s+(?:due|set|expected|scheduled)\s+to\b)
    |reached\s+by\s+the\s+(?:two\s+)?(?:ministers|leaders|sides)(?=\s+to\b))\b""",
    re.VERBOSE,
)


# A sentence opening with officials told by a bare plural, no state of theirs named, up to the
# meeting word: "The officials will", "Negotiators", "Senior officials", "Their trade ministers
# are due to", "The two commerce secretaries held" (who meets is the story's pair).
_BARE_SUBJECT = re.compile(
    r"""\s*(?:(?:The|Their)\s+(?:two\s+)?(?:[a-z-]+\s+){0,2}?|[A-Z][a-z]+\s+)?
    (?:[Oo]fficials|[Nn]egotiators|[Dd]elegations|[Dd]elegates|[Mm]inisters|[Ss]ecretaries
    |[Ee]nvoys)\s+
    (?:(?:will|would|are|were|have|had|been|be|also|then|later|last|first|due|set|expected
    |scheduled|to|hold|held|resume|resumed)\s+){0,4}\Z  # "will", "are due to", "held"
    """,
    re.VERBOSE,
)
# The meeting word with the sides meeting each other, no one else as its object: "meet again",
# "met in P", "held talks in P" (not "met farmers' groups", "held talks with the unions").
_EACH_OTHER = re.compile(
    r"""(?:meet|met)\s+(?:again|in|at|on|next|last|later|earlier|this|early|each\s+other)\b
    |talks\s+(?:again\s+)?(?:in|at|on|next|last|later|earlier|this)\b
    # "Negotiators finished the text in P": their own work ended at its place
    |"""
    + FINISHED_WORK,
    re.VERBOSE,
)


# The talks themselves as the sentence's subject, with no one named as their other side:
# "Talks held in P last month", "The talks will resume in P", "Negotiations are due to open".
_TALKS_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:[Tt]alks|[Nn]egotiations)\b(?![\w-])")
# What makes the talks no pair's: a side named after "with" ("Talks with the unions"), or
# more sides than two counted ("Talks between the three delegations").
_NOT_THE_PAIRS = re.compile(
    r"""\bwith\b|\b(?:three|four|five|six|several|many|all)\s+(?:[a-z-]+\s+)?(?:countries
    |states|nations|governments|delegations|sides|parties)\b""",
    re.VERBOSE,
)


def _bare_sides(article: Article, cand: Candidate) -> bool:
    """Whether a meeting's sentence tells who meets as no state's: bare officials, or the talks.

    "India and Pakistan agreed to ease curbs. The officials will meet again in Delhi in May",
    "Talks held in Delhi last month broke up": a story's talks told with a bare plural subject
    meeting each other, or as the subject themselves, are its pair's (:func:`_pair_event` finds
    the pair); one state's officials ("Indian officials met in Delhi") are no such subject.
    """
    span = cand.evidence[0]
    at = cand.anchor - span.start
    if cand.kind is not MEETING:
        return False
    # the talks word opening the sentence: the talks are the subject, told with no side
    talks = (
        span.text[:at].strip() in ("", "The")
        and _TALKS_SUBJECT.match(span.text) is not None
        and _NOT_THE_PAIRS.search(span.text) is None
    )
    if not talks and not (
        _BARE_SUBJECT.match(span.text, 0, at) and _EACH_OTHER.match(span.text, at)
    ):
        return False
    # a state named in the subject makes its officials that state's, not the pair's
    return not any(
        m.kind != "group" for m in body_mentions(article.body).between(span.start, cand.anchor)
    )


# The story's pair as the subject that meets, or that agrees to start talks: "Delegations from
# both countries have been meeting", "The two governments agreed to start talks" (not "the
# sides discussed the meeting": a mention of talks told, at most).
_PAIR_MEETS = re.compile(
    r"""\b(?:negotiators|officials|delegations|ministers|representatives)\s+(?:of|for|from)\s+
    (?:the\s+two|both)\s+(?:countries|states|nations|sides|governments)\s+
    (?:(?:have|had|has)\s+been|will\s+be|are|were)\s+\Z
    | \b(?:both|the\s+two)\s+(?:sides|countries|governments)\s+(?:also\s+)?agreed\s+to\s+
    (?:begin|start|launch|open|resume)\s+(?:[a-z-]+\s+){0,2}\Z
    # the pair agreeing to meet again, or that their ministers will meet: "The two leaders
    # agreed that their trade ministers would meet", "the ministers agreed to meet again"
    | \b(?:(?:both|the\s+two)\s+(?:sides|countries|governments|leaders|presidents|ministers)
      |[Tt]he\s+(?:leaders|presidents|ministers|sides))
      \s+(?:also\s+)?agreed\s+(?:that\s+their\s+(?:[a-z-]+\s+){0,3}?(?:ministers|officials
      |delegations|negotiators|teams)\s+would|(?P<to>to))\s+\Z
    # "The two are due to meet again", "the understanding reached by the ministers to meet"
    | \b[Tt]he\s+two\s+(?:are|were)\s+(?:due|set|expected|scheduled)\s+to\s+\Z
    | \breached\s+by\s+the\s+(?:two\s+)?(?:ministers|leaders|sides)\s+to\s+\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# "agreed to meet again", "agreed to meet in P", "to meet each other next month": the pair
# meeting each other (not "agreed to meet the unions").
_MEET_AGAIN = re.compile(
    r"meet\s+(?:again|each\s+other|one\s+another|regularly|soon|in|at|next|later|before|within"
    r"|this|early|by)\b"
    r"|sit\s+down\s+together\b"  # "agreed to sit down together": with each other, no one else
)
# The story's pair as the subject of the meeting verb: "the prime ministers of the two countries",
# or the sentence's subject "The two presidents", "The leaders" (the pair the story is about).
_PAIR_SUBJECT = re.compile(
    r"""\b(?i:leaders|heads\s+of\s+state|presidents|ministers|delegations|officials)\s+of\s+
    (?:(?:the\s+two|both)\s+(?:countries|states|nations|sides)|the\s+neighbou?rs)\s+
    (?:[a-z]+\s+){0,2}\Z
    | ^\s*The\s+(?:two\s+)?(?:leaders|heads\s+of\s+state|presidents|prime\s+ministers
      |foreign\s+ministers)\s+(?:[a-z-]+\s+){0,5}\Z
    | ^\s*The\s+two\s+(?:ministers|sides|delegations)\s+(?:[a-z-]+\s+){0,5}\Z  # "The two sides"
    """,
    re.VERBOSE,
)


# A trip told as the one to an event: "to travel to Lima for the session", "to attend the summit".
_TRIP_TO_ATTEND = re.compile(
    r"\b(?:for|at)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:session|summit|meeting|conference|forum|talks|sitting)\b|\bto\s+(?:attend|take\s+part)\b"
)


# The gathering word of a phrase that opens the talks' sentence: "On the sidelines of the
# meeting, X and Y discussed ...", "On the margins of the session, X held a breakfast with Y".
_ITS_OPENING_SIDELINES = re.compile(
    r"(?:\A|[.;]\s+|\A[^.;,]{0,40},\s+)[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+\Z"
)

# A talks word of the sentence's own after the gathering word: the talks are read there.
_TALKS_WORD_AFTER = re.compile(
    r"\b(?:met|meets?|meetings?|talks|spoke|conversations?|consultations|negotiations)\b"
)

# What the two did there, told as talks: "A and B discussed ...", "A held a breakfast with B".
_TALKED_AFTER = re.compile(
    r"\b(?:discuss(?:ed)?|review(?:ed)?|exchanged\s+views|conferred|held\s+an?)\b"
)


def _two_met_on_its_sidelines(records: list[Candidate], cand: Candidate) -> bool:
    """Officials of two states met "On the sidelines of the meeting" told before: talks of theirs.

    "The ministers opened their session in Lima. On the sidelines of the meeting, Chilean
    minister X and his Peruvian colleague Y discussed fishing quotas": the gathering
    word opens the sentence only to place the talks, whose sides are the two officials'
    states; they are an event of their own at the gathering's time and place (the
    gathering takes them as sides), not the gathering told again. ``cand`` is a weak
    meeting read at that word; ``True`` when placed.
    """
    if not (cand.weak and cand.kind is MEETING and records):
        return False
    span = cand.evidence[0]
    if _ITS_OPENING_SIDELINES.search(span.text, 0, cand.anchor - span.start) is None:
        return False
    after = cand.anchor - span.start + 1
    if _TALKS_WORD_AFTER.search(span.text, after) is not None:
        return False  # "On the sidelines of the meeting, X held talks with Y": those talks' word
    if _TALKED_AFTER.search(span.text, after) is None:
        return False  # "X and Y signed a visa agreement": a signing, no talks told
    sides = {p.country.alpha_3 for p in cand.participants if p.country is not None}
    if len(sides) != 2 or not sides <= cand.countries or cand.named_sides < 2:
        return False  # both states told by the sentence, not read off a name alone
    gathering = records[-1]
    if gathering.status is not cand.status or gathering.kind is VISIT:
        return False
    date = day_of_a_range(gathering)
    if any(
        r.kind in TALKS
        and r is not gathering
        and r.status is cand.status
        and r.countries == sides
        and (r.date is None or date is None or r.date.contains(date) or date.contains(r.date))
        for r in records
    ):
        return False  # the talks told already: the sentence tells them again
    gathering.countries |= sides  # the two met there take part in it
    cand.countries, cand.organization = sides, None
    cand.date = date
    cand.location = cand.location or gathering.location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+sidelines"
    records.append(cand)
    return True


# A sentence opening on the talks with one guest: "Talks with Malaysia's foreign minister, X,
# focused on ...", "In his meeting with the Turkmen minister, X, ...".
_TALKS_WITH_OPENING = re.compile(
    r"\s*(?:(?:In|During|At)\s+(?:his|her|the)\s+)?(?:[Tt]alks|[Mm]eeting|[Cc]onsultations)\s+with\s"
)


def _talks_beside_the_gathering(records: list[Candidate], cand: Candidate) -> bool:
    """Talks with one state "on the sidelines of" the gathering told before: an event of its own.

    "X will attend the summit in Lima. He will hold a bilateral meeting with the
    Chilean president on the sidelines of the summit": talks between X's state (the
    gathering's first official named) and Chile, at the gathering's time and place.
    ``cand`` is a weak meeting naming one state; ``True`` when placed.
    """
    if not (cand.weak and cand.kind is MEETING and len(cand.countries) == 1):
        return False
    span = cand.evidence[0]
    if SIDELINES.search(span.text) is None:
        return False
    gathering = next(
        (r for r in reversed(records) if r.kind is CONFERENCE and r.status is cand.status),
        None,
    )
    if gathering is None:
        return False
    subject = next((p.country for p in gathering.participants if p.country is not None), None)
    if subject is None or subject.alpha_3 in cand.countries:
        return False
    gathering.countries |= cand.countries  # the partner met there takes part in it
    cand.countries.add(subject.alpha_3)
    cand.date = cand.date or day_of_a_range(gathering)
    cand.location = cand.location or gathering.location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+sidelines"
    records.append(cand)
    return True


# The talks word's own sideline phrase: "their meeting on the sidelines of", "talks held
# between A and B on the margins of" (the gathering is where those talks took place).
_ITS_SIDELINES = re.compile(r"[^.;:,]{0,120}?\b[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\b")
# Talks told held at a gathering by a plain preposition: "last met at the SCO summit", "when
# X and I met at the Summit of the Americas" (the gathering's record follows the word).
_AT_ITS_GATHERING = re.compile(r"[^.;:,]{0,60}?\b(?:at|during)\s+the\b")
# The name of the gathering after that word: no clause break or another event's time word
# between ("the SCO summit held in P", "the Americas Partnership Leaders' Summit").
_ITS_GATHERING_NAME = re.compile(r"(?:(?!\b(?:after|before|ahead|following|since)\b)[^.;:,]){0,80}")
# Who met told as a pair before such a word: "the two leaders", "both", "X and I", "they" (not
# "leaders of twenty states met at the summit": the gathering itself).
_PAIR_WHO = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth|and\s+I|[Tt]hey)\b")


# Talks told as a series of several, ending at the talks word: "a number of bilateral
# meetings", "a series of talks", "several meetings".
_SERIES_BEFORE = re.compile(
    r"""\b(?:series\s+of|several|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}(?:meetings|talks)\b""",
    re.IGNORECASE,
)
_SERIES_REACH = 10  # the talks word itself, after the anchor


def _talks_at_the_gathering_told(
    article: Article, records: list[Candidate], cand: Candidate, *, named: bool = False
) -> bool:
    """Talks told by reference "on the sidelines of" a gathering their sentence names.

    "Recalling their meeting on the sidelines of the summit in Lima in May", "recalled
    the talks held between A and B on the margins of the forum in June": talks of
    their own at that gathering (its day and place), between the states the mention
    names, else the story's pair; the gathering takes them as sides. Not when talks
    of those sides at the gathering's time are told already (then the mention is
    theirs). ``cand`` is a weak meeting; ``True`` when placed.
    """
    span = cand.evidence[0]
    if (
        cand.kind is not MEETING
        or bool(cand.participants) is not named
        # "held a number of bilateral meetings on the sidelines": a series, no one pair's
        or _SERIES_BEFORE.search(span.text, 0, cand.anchor - span.start + _SERIES_REACH)
    ):
        return False
    after = _ITS_SIDELINES.match(span.text, cand.anchor - span.start)
    plain = None
    if (
        after is None
        and cand.status is HELD
        and _PAIR_WHO.search(span.text, 0, cand.anchor - span.start) is not None
    ):
        after = plain = _AT_ITS_GATHERING.match(span.text, cand.anchor - span.start)
    # "On the sidelines of the forum in May, the ministers of our countries held a meeting"
    before = SIDELINES.search(span.text, 0, cand.anchor - span.start)
    if plain is not None:
        # the gathering's name follows the preposition ("at the White House after the summit"
        # is no talks at the summit)
        lo = span.start + plain.end()
        name = _ITS_GATHERING_NAME.match(span.text, plain.end())
        hi = span.start + name.end() + 1 if name is not None else lo
    elif after is not None:
        lo, hi = cand.anchor, span.end
    elif before is not None:
        lo, hi = span.start + before.end(), cand.anchor
    else:
        return False
    gathering = next(
        (
            r
            for r in records
            if r.kind is CONFERENCE
            and span in r.evidence
            and r.status is cand.status
            and r.date is not None
            and lo < r.anchor < hi
        ),
        None,
    )
    if gathering is None:
        return False
    # the sides of the mention's own: none when all it names is the gathering's body and host
    sides = set(cand.countries)
    if not cand.weak and (
        cand.organization != gathering.organization or not sides <= gathering.countries
    ):
        return False
    if len(sides) < 2 and (not cand.weak or sides <= gathering.countries):
        # "took place in C, where the leaders met on the margins of the summit": the place
        # told before the talks word is the gathering's, no side of the talks
        sides = set()
    if len(sides) < 2:
        title = headline_states(article)
        pair = title if len(title) == 2 else next((r.countries for r in records), set())
        if len(pair) != 2 and plain is not None:
            # "when we met at the Summit": who "we" are is told by no pair yet
            return False
        if len(pair) != 2:
            # no pair told yet: the two states the story names besides the gathering's host
            host = gathering.location.country if gathering.location else None
            pair = {
                m.code
                for m in body_mentions(article.body).mentions
                if m.kind != "group" and m.code != (host.alpha_3 if host else None)
            }
        if len(pair) != 2 or not sides <= pair:
            return False
        sides = set(pair)
    date = day_of_a_range(gathering)
    if any(
        r.kind in TALKS
        and r.status is cand.status
        and r.countries & sides
        and (r.date is None or date is None or r.date.contains(date) or date.contains(r.date))
        for r in records
    ):
        return False
    cand.countries, cand.organization = sides, None
    cand.date = date
    cand.location = cand.location or gathering.location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+at_gathering"
    gathering.countries |= sides  # the pair meeting there takes part in it
    records.append(cand)
    return True


# A session of a body of two governments: "a session of the intergovernmental commission".
_PAIR_BODY = re.compile(
    r"""[\w-]*\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:intergovernmental|joint|bilateral)
    \s+(?:[\w-]+\s+)?(?:commission|committee|council)\b""",
    re.VERBOSE | re.IGNORECASE,
)


# The chair's verb a weak mention was read off: "co-chaired by", "will co-chair".
_CO_CHAIR = re.compile(r"co-chair")


def _co_chairs_of_the_session(records: list[Candidate], cand: Candidate) -> None:
    """Give the session just told the co-chairs a weak mention of chairing it names.

    "The fifth meeting of the A-B commission took place in P, co-chaired by X and Y",
    "The session was co-chaired by X and Y": the session's own words name no one, the
    chair's verb names the two who led it, who take part in it. Only the latest event of
    the mention's status, talks or a gathering whose states hold the mention's, that lists
    none of them yet; the mention itself stays a back-reference.
    """
    if not (
        cand.participants
        and records
        and _CO_CHAIR.match(cand.evidence[0].text, cand.anchor - cand.evidence[0].start)
    ):
        return
    session = records[-1]
    if (
        session.kind not in (MEETING, CONFERENCE)
        or session.status is not cand.status
        or not cand.countries <= session.countries
    ):
        return
    chairs = [p for p in cand.participants if p.name not in cand.told_of]
    listed = {p.name for p in session.participants}
    if len(chairs) < 2 or listed & {p.name for p in chairs}:
        return
    session.participants = [*session.participants, *chairs]


# The sitting told before, named again by a bare noun around the chairs' verb: "The session
# was co-chaired by X and Y", "It was co-chaired", "X and Y co-chaired the session" (not "the
# fifth session of the A-B commission": a sitting named in full may be one of its own).
_SITTING_AGAIN_BEFORE = re.compile(
    r"""(?:\A|[.;]\s+)(?:(?:The|This|That)\s+(?:[\w-]+\s+)?(?:session|meeting|sitting)
    |It)\s+(?:was|were|is|has\s+been|had\s+been)\s+\Z""",
    re.VERBOSE,
)
_SITTING_AGAIN_AFTER = re.compile(
    r"co-chair(?:ed|s|ing)?\s+the\s+(?:[\w-]+\s+)?(?:session|meeting|sitting)s?\b(?!\s+of\b)"
)
# A body's sitting as a record names it: "fifth session of the A-B Joint Commission".
_BODY_SITTING = re.compile(
    r"\b(?:session|meeting|sitting)\b.*\b(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil|IGC)\b"
)


def _chairs_of_the_sitting(records: list[Candidate], cand: Candidate) -> bool:
    """Fold a chairs' sentence naming the sitting just told by a bare noun into that sitting.

    "The fifth session of the A-B commission was held in P. The session was co-chaired by
    X and Y, and a C deputy minister attended it as a guest": the chairs' sentence tells no
    event of its own (its states are the sitting's chairs and guest), so it is the latest
    body's sitting of its status, whose sides its states join. ``True`` when folded.
    """
    if cand.kind is not MEETING or not cand.rule.startswith("meeting.held_talks"):
        return False
    span = cand.evidence[0]
    at = cand.anchor - span.start
    if _CO_CHAIR.match(span.text, at) is None:
        return False
    if not (
        _SITTING_AGAIN_BEFORE.search(span.text, 0, at) or _SITTING_AGAIN_AFTER.match(span.text, at)
    ):
        return False
    sitting = next(
        (
            r
            for r in reversed(records)
            if r.kind in (MEETING, CONFERENCE) and r.status is cand.status
        ),
        None,
    )
    if sitting is None or not (
        sitting.rule.startswith("meeting.commission")
        or (sitting.title is not None and _BODY_SITTING.search(sitting.title))
    ):
        return False
    if cand.countries and not cand.countries & sitting.countries:
        return False  # (chairs of none of the sitting's states: another body's sitting)
    merge(sitting, cand)
    return True


def _pair_commission(cand: Candidate) -> bool:
    """A dated session of a body of two governments, in a sentence naming exactly two states.

    "A and B expect trade to grow, X said after a session of the intergovernmental
    commission held in Lima on Monday": the commission is the two states' (its own
    clause names the host city only), so the session is an event between them.
    ``cand`` is a weak held meeting; ``True`` when it became that event.
    """
    if not (
        cand.weak
        and cand.kind is MEETING
        and cand.status is HELD
        and cand.date is not None
        and cand.organization is None
    ):
        return False
    span = cand.evidence[0]
    if _PAIR_BODY.match(span.text, cand.anchor - span.start) is None:
        return False
    named = state_codes(span.text)
    if len(named) != 2 or not cand.countries <= named:
        return False
    cand.countries, cand.weak = named, False
    cand.rule = f"{cand.rule}+pair_body"
    return True


def _also_with_another(records: list[Candidate], cand: Candidate) -> bool:
    """One more event: "X also spoke with B" after talks of X's side with A.

    ``cand`` is a weak call or meeting told with "also" or as a later step ("Later,
    the President received B's minister"), naming one state only,
    which the latest talks of its status do not hold: the talks' subject (the
    state of their official named before the trigger, else of their first official)
    met that state too, unless talks of that state with it are told already (then the
    mention is theirs). ``True`` when placed.

    "X called his Peruvian counterpart. The minister also called the Chilean
    minister": two calls, X's state with Peru and with Chile.
    """
    if not (
        cand.weak
        and (cand.also or cand.sequel)
        and cand.kind in (MEETING, CALL)
        and len(cand.countries) == 1
    ):
        return False
    told = next(
        (
            r
            for r in reversed(records)
            if r.kind in (MEETING, CALL)
            and r.status is cand.status
            and not r.aside  # "the commission, which held its session on May 24": no step
        ),
        None,
    )
    if told is not None and _also_beside_the_round(told, cand):
        # "The first round of consultations ... was held in P. ... In P, X also met the host's
        # trade minister": talks of their own beside the round, between its two sides
        cand.countries = set(told.countries)
        cand.weak, cand.another = False, True
        cand.rule = f"{cand.rule}+also"
        records.append(cand)
        return True
    if told is None or len(told.countries) < 2 or cand.countries <= told.countries:
        return False
    known = next(
        (
            r
            for r in reversed(records)
            if r.kind is cand.kind
            and r.status is cand.status
            and len(r.countries) >= 2
            and cand.countries <= r.countries
        ),
        None,
    )
    if known is not None:
        # "received the envoys of A and B. ... Then the President received B's envoy": the
        # reception told already, on the day of the step before it
        if cand.evidence[0] not in known.evidence:
            known.evidence.append(cand.evidence[0])
        if known.date is None and cand.sequel == 1:
            known.date = cand.date or told.date
        return True
    # the subject: an official of the talks named before the trigger ("Omarov also received"),
    # else the talks' first official, told by a pronoun or a word of the title ("The minister
    # also called"; "the head of state" after two ministers is nobody of them)
    span = cand.evidence[0]
    before = set(span.text[: cand.anchor - span.start].split())
    officials = [p for p in told.participants if p.country is not None]
    subject = next(
        (p.country for p in officials if before & {w for w in p.name.split() if len(w) > 2}),
        None,
    )
    if subject is None and officials:
        title = {w for w in (officials[0].role or "").lower().split() if len(w) > 3}
        if before & {"he", "He", "she", "She"} or {w.lower() for w in before} & title:
            subject = officials[0].country
    if subject is None or subject.alpha_3 not in told.countries:
        return False
    cand.countries.add(subject.alpha_3)
    if cand.date is None and told.date is not None and cand.sequel == 1:
        cand.date = told.date  # "Later the same day, ...": the day of the talks before
    elif cand.date is None and told.date is not None and told.date.day is not None and cand.sequel:
        cand.date = PartialDate.from_date(told.date.first_day() + dt.timedelta(days=1))
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+also"
    records.append(cand)
    return True


# Talks told by their verb: "met with", "also met".
_MET_WITH = re.compile(r"met\b")


def _also_beside_the_round(told: Candidate, cand: Candidate) -> bool:
    """``cand`` ("X also met Y") is talks beside a round of consultations told before.

    The round is ``told``, between two states, one of which ``cand`` names; ``cand`` is told
    by "met" with "also" in a sentence of its own (not beside a commission's session: "X also
    met the Speaker" after it is the visit's step the keys fold into it).
    """
    if len(told.countries) != 2 or not cand.also:
        return False
    span = cand.evidence[0]
    return (
        cand.countries < told.countries
        and span not in told.evidence
        and consultations_round(told)
        and _MET_WITH.match(span.text, cand.anchor - span.start) is not None
    )


def _talks_with_official(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Talks with an official of one state, in a sentence opening on them, in a story of talks.

    "X met the Hungarian minister. ... Talks with Malaysia's foreign minister, Y,
    focused on trade": the talks of the story's host with that state, which are
    those of a record already holding the state (their evidence), or else a
    meeting of their own between that state and the story's host: the state
    of most of its records, held by each of its held two-sided meetings.
    ``cand`` is a weak one-sided mention; ``True`` when it was placed.
    """
    if not (
        cand.weak
        and cand.kind is MEETING
        and cand.status is HELD
        and len(cand.countries) == 1
        and cand.participants
        and all(p.country in cand.countries for p in cand.participants)
    ):
        return False
    span = cand.evidence[0]
    if cand.anchor - span.start > _OPENING_REACH or not _TALKS_WITH_OPENING.match(span.text):
        return False
    (state,) = cand.countries
    told = next(
        (
            r
            for r in reversed(records)
            if r.kind is MEETING
            and r.status is HELD
            and state in r.countries
            and len(r.countries) >= 2
        ),
        None,
    )
    if told is not None:
        if span not in told.evidence:
            told.evidence.append(span)  # "met A, B and C separately" ... "Talks with B"
        return True
    pairs = [
        r
        for r in records
        if r.kind is MEETING
        and r.status is HELD
        and len(r.countries) == 2
        and not recalled(r.date, article.published)
    ]
    if not pairs:
        return False
    # the story's host: the state of most of its records, which its held talks all hold
    counts = collections.Counter(c for r in records for c in r.countries)
    ranked = counts.most_common(2)
    top = ranked[0][0]
    if (
        (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
        or top in cand.countries
        or not all(top in r.countries for r in pairs)
    ):
        return False
    host = {top}
    cand.countries |= host
    # the story's day: that of its latest held event of its own time that has one
    cand.date = cand.date or next(
        (
            r.date
            for r in reversed(records)
            if r.status is HELD and r.date is not None and not recalled(r.date, article.published)
        ),
        None,
    )
    cand.location = cand.location or pairs[-1].location
    cand.weak, cand.another = False, True
    cand.rule = f"{cand.rule}+talks_with"
    records.append(cand)
    return True


_OPENING_REACH = 40  # characters from a sentence's start to the trigger of its opening talks
# A sentence whose subject is the pair told just before: "The two ministers had last met in".
_THE_TWO_OPENING = re.compile(
    r"\s*The\s+two\s+(?:[a-z-]+\s+){0,2}(?:ministers|leaders|presidents|heads\s+of\s+state"
    r"|premiers|counterparts|officials|co-chairs|sides|delegations)\s"
)


# A sentence whose subject is a pair named by a pronoun or a plural: "They", "The ministers".
_THE_PAIR_OPENING = re.compile(
    r"\s*(?:They|The\s+(?:two\s+)?(?:[a-z-]+\s+)?(?:ministers|leaders|presidents|premiers"
    r"|counterparts|sides|parties|delegations|heads\s+of\s+state))\s"
)


def _of_the_two(cand: Candidate, pair: Candidate) -> Candidate:
    """``cand`` as an event of its own between the two states of ``pair``, told before it."""
    return attrs.evolve(
        cand,
        countries=set(pair.countries),
        weak=False,
        another=True,
        participants=list(cand.participants),
        rule=f"{cand.rule}+the_two",
    )


def _the_two_last_met(records: list[Candidate], cand: Candidate) -> bool:
    """A dated earlier meeting of "the two ministers" is one of the pair told just before.

    "With the Turkish minister, X discussed the visit to Ankara. The two
    ministers had last met in Tehran in September": a meeting of its own, dated,
    between the two states of the record of the sentence just before (the
    place's state is no side). ``cand`` is a weak mention; ``True`` when placed.
    """
    if not (
        cand.weak
        and cand.kind in (MEETING, CALL)
        and cand.status is HELD
        and cand.date is not None
        and records
    ):
        return False
    span = cand.evidence[0]
    if not (
        (cand.kind is MEETING and _THE_TWO_OPENING.match(span.text))
        # "They previously held talks in Lima on May 2, 2023": the pair's subject, and a day a
        # month or more before the story's, which the pair's talks just told are not at
        or (_THE_PAIR_OPENING.match(span.text) and recalled(cand.date, cand.story))
    ):
        return False
    before = [(told.end, r) for r in records for told in r.evidence if told.end <= span.start]
    if not before:
        return False
    end, pair = max(before, key=lambda found: found[0])
    if span.start - end > _SENTENCE_GAP or len(pair.countries) != 2:
        return False
    if recalled(pair.date, cand.story) and not _THE_TWO_OPENING.match(span.text):
        return False  # the pair's talks told are recalled too: no earlier event of their own
    if any(
        r.countries == pair.countries and r.date == cand.date and r.status is cand.status
        for r in records
    ):
        return False  # the pair's meeting of that date, told already
    records.append(_of_the_two(cand, pair))
    return True


# A call or meeting word told with "the two" officials as its sides: "a call between the two
# leaders", "a meeting between the two presidents" (up to two words from the trigger on).
_BETWEEN_THE_TWO = re.compile(
    r"(?:[\w-]+\s+){0,1}[\w-]+\s+between\s+" + THE_TWO_OFFICIALS, re.VERBOSE
)


def _planned_between_the_two(records: list[Candidate], cand: Candidate) -> bool:
    """A call or meeting to come "between the two leaders" is one of the pair told just before.

    "X met Y in P on Monday. They agreed to work toward a call between the two leaders in
    the coming weeks": a planned event of its own, between the two states of the record of
    the sentence just before. ``cand`` is a weak mention; ``True`` when placed.
    """
    if not (
        cand.weak
        and cand.kind in (MEETING, CALL)
        and cand.status is PLANNED
        and not cand.named_sides  # (a place's state is none of its sides)
        and records
    ):
        return False
    span = cand.evidence[0]
    if _BETWEEN_THE_TWO.match(span.text, cand.anchor - span.start) is None:
        return False
    before = [(told.end, r) for r in records for told in r.evidence if told.end <= span.start]
    if not before:
        return False
    end, pair = max(before, key=lambda found: found[0])
    if span.start - end > _SENTENCE_GAP or len(pair.countries) != 2:
        return False
    told = next(
        (
            r
            for r in records
            if r.status is PLANNED and r.kind is cand.kind and r.countries == pair.countries
        ),
        None,
    )
    if told is not None:
        merge(told, cand)  # the pair's plan told already: one event
        return True
    records.append(_of_the_two(cand, pair))
    return True


# An earlier call or meeting of the pair named as what a later act builds on or recalls: "The
# leaders built on their phone call on Sunday", "recalled with satisfaction their meeting on
# the sidelines of S" (up to the trigger: "their" and at most two words before it).
_BUILT_ON_THEIR = re.compile(
    r"""\b(?:built|builds|building|build|followed\s+up|follow(?:s|ing)?\s+up)\s+on\s+their\s+
    (?:[\w-]+\s+){0,2}\Z
    |\brecall(?:ed|s|ing)?\s+(?:with\s+\w+\s+)?their\s+(?:[\w-]+\s+){0,2}\Z""",
    re.VERBOSE,
)


def _built_on_earlier(records: list[Candidate], cand: Candidate) -> bool:
    """An earlier call or meeting of the pair, named as what they build on or recall.

    "X sat down with Y. The leaders built on their phone call on Sunday", "A held a phone
    call with B. The heads of state recalled their meeting on the sidelines of the summit in
    May": an event of its own, held, between the two states of the record told in the
    sentence just before (its two states, or its two officials' when it is a gathering);
    the pair meeting on a gathering's sidelines take part in it. ``cand`` is a weak mention
    naming no state; ``True`` when placed.
    """
    if not (cand.weak and cand.kind in (MEETING, CALL) and cand.status is HELD and records):
        return False
    span = cand.evidence[0]
    head = span.text[: cand.anchor - span.start]
    if "their" not in head or not _BUILT_ON_THEIR.search(head):
        return False
    before = [(told.end, r) for r in records for told in r.evidence if told.end <= span.start]
    if not before:
        return False
    end, told = max(before, key=lambda found: found[0])
    if span.start - end > _SENTENCE_GAP:
        return False
    pair = set(told.countries)
    if len(pair) != 2:
        pair = {p.country.alpha_3 for p in told.participants if p.country is not None}
    gathering = next((r for r in records if r.kind is CONFERENCE and span in r.evidence), None)
    # the gathering's host, read off its place, is no side of the pair's talks there
    host = gathering.countries if gathering is not None else set()
    if len(pair) != 2 or not cand.countries <= pair | host:
        return False
    if gathering is not None and SIDELINES.search(span.text):
        # "their meeting on the sidelines of the summit in B in May": its time and place
        cand.date, cand.location = gathering.date, gathering.location or cand.location
        gathering.countries |= pair
    records.append(
        attrs.evolve(
            cand,
            countries=pair,
            organization=None,
            weak=False,
            another=True,
            participants=list(cand.participants),
            rule=f"{cand.rule}+built_on",
        )
    )
    return True


# The pair's earlier talks recalled in a modifier of another act, up to the talks' word: "the
# progress made in their talks", "the progress the two ministers made during their talks",
# "the progress made since their last round of talks"; "building on discussions between their
# teams" (the possessive after the word, _BETWEEN_THEIR, or the official who held them).
_PROGRESS_IN_THEIR = re.compile(
    r"""\bprogress\s+(?:[\w'’-]+\s+){0,8}?(?:made|achieved|reached)\s+(?:in|during|since|at)\s+
    their\s+(?:[\w-]+\s+){0,4}\Z
    |\b(?:build(?:s|ing)?|built)\s+on\s+(?:the\s+)?\Z""",
    re.VERBOSE,
)
_BETWEEN_THEIR = re.compile(
    r"""[Dd]iscussions?\s+(?:between\s+their\s
    # "building on the discussions Secretary of State X held in P": an official's, the pair's
    |[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of)\s+){0,5}(?:held|had)\s)""",
    re.VERBOSE,
)
# How far before the recalling sentence the record whose pair it refers to may be told.
_PAIR_REACH = 600
# The recalling sentence's subject up to its verb: "Mr. X commended both ministers for".
_SPEAKER_REACH = 60


def _pair_recalled_in_modifier(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """The pair's earlier talks, recalled in a modifier of another act: a held meeting.

    "X met the ministers of A and B. X commended both ministers for the progress made in
    their talks in P last month", "The officials discussed energy, building on discussions
    between their teams in P last month", "..., building on the discussions Secretary Y held
    in P last November": "their" is the pair of the meeting told just before (spec section
    2: the states the text clearly refers to as taking part), or the two officials just
    named as a sentence's subject, less the official who speaks of it when that meeting
    holds more states. ``True`` when placed; nothing when no pair is told before.
    """
    if cand.kind is not MEETING or not records:
        return False
    span = cand.evidence[0]
    at = cand.anchor - span.start
    found = _PROGRESS_IN_THEIR.search(span.text, 0, at)
    if found is None or (
        found[0].startswith(("build", "built")) and not _BETWEEN_THEIR.match(span.text, at)
    ):
        return False
    before = [
        (told.end, r)
        for r in records
        for told in r.evidence
        if told.end <= span.start
        and span.start - told.end <= _PAIR_REACH
        and r.kind in (MEETING, CALL, VISIT)
    ]
    if not before:
        return False
    told = max(before, key=lambda pair: pair[0])[1]
    pair = _pair_subject_before(article.body, span.start, records) or set(told.countries)
    subject = span.text[: min(found.start(), _SPEAKER_REACH)]
    speakers = {
        p.country.alpha_3
        for p in told.participants
        if p.country is not None and re.search(rf"\b{re.escape(p.name.split()[-1])}\b", subject)
    }
    if len(pair) > 2 and len(speakers) == 1:
        # "X commended both ministers": who speaks is no side of their talks, and the two he
        # met are (not the state of the place they met him in)
        spoken_to = {
            p.country.alpha_3 for p in told.participants if p.country is not None
        } - speakers
        pair = spoken_to if len(spoken_to) == 2 else pair - speakers
    if len(pair) < 2:
        return False
    records.append(
        attrs.evolve(
            cand,
            countries=pair,
            status=HELD,
            weak=False,
            another=True,
            participants=[],
            rule=f"{cand.rule}+recalled_pair",
        )
    )
    return True


# Two officials opening a sentence as its subject: "Mr. X and Sheikh Y reviewed ...".
_TWO_NAMED = re.compile(
    r"""\s*(?P<one>(?:[A-Z][\w.'’-]*\s+){1,5}?)and\s+(?P<two>(?:[A-Z][\w.'’-]*\s+){1,6}?)
    (?=(?:also\s+)?[a-z])""",
    re.VERBOSE,
)
_PERSON_NAME_WORD = re.compile(r"[A-Z][\w'’-]{3,}")  # a word of a person's name worth matching


def _pair_subject_before(body: str, start: int, records: Sequence[Candidate]) -> set[str]:
    """The states of two officials named as the subject of the sentence before ``start``.

    "Mr. X and Sheikh Y reviewed the plan. The officials also discussed energy, building on
    discussions between their teams": "their" is the two just named (officials of the
    story's records, each by a word of his name); empty when the sentence names no such two.
    """
    opening = body.rfind(". ", max(0, start - _PAIR_REACH), max(0, start - 2))
    named = _TWO_NAMED.match(body, opening + 2 if opening >= 0 else 0, start)
    if opening < 0 or named is None:
        return set()
    states: list[set[str]] = []
    for words in (named["one"], named["two"]):
        found = set(_PERSON_NAME_WORD.findall(words))
        states.append(
            {
                p.country.alpha_3
                for r in records
                for p in r.participants
                if p.country is not None and found & set(_PERSON_NAME_WORD.findall(p.name))
            }
        )
    one, two = states
    if len(one) != 1 or len(two) != 1 or one == two:
        return set()
    return one | two


_SENTENCE_GAP = 3  # characters between two sentences told one after the other
# Talks named by their place as held before: "recalled the talks held in Lima last October".
_TALKS_HELD_IN = re.compile(r"talks\s+held\s+in\s+[A-Z]")


def _recalled_talks(records: list[Candidate], cand: Candidate) -> bool:
    """Talks "held in" a place at a month before the story's events are the pair's earlier ones.

    "X received the Ambassador of B. ... The minister recalled the talks held in
    Lima last October": a meeting of its own, dated before every event of the
    story holding the place's state, between the two states of the latest such
    record. ``cand`` is a weak mention; ``True`` when placed.
    """
    if not (
        cand.weak
        and cand.kind is MEETING
        and cand.status is HELD
        and cand.date is not None
        and cand.date.month is not None
        and cand.location is not None
        and len(cand.countries) == 1
        and _TALKS_HELD_IN.match(cand.evidence[0].text, cand.anchor - cand.evidence[0].start)
    ):
        return False
    when = (cand.date.year, cand.date.month)
    pairs = [r for r in records if cand.countries < r.countries and len(r.countries) == 2]
    # an undated pair is the story's news ("X received the Ambassador of B"): the talks are
    # recalled when they lie a month or more before the story's day
    old = recalled(cand.date, cand.story)
    if not pairs or any(
        (r.date is None and not old)
        or (r.date is not None and (r.date.year, r.date.month or 13) <= when)
        for r in pairs
    ):
        return False
    records.append(
        attrs.evolve(
            cand,
            countries=set(pairs[-1].countries),
            weak=False,
            participants=list(cand.participants),
            rule=f"{cand.rule}+recalled",
        )
    )
    return True


def _recalled_beside_own(records: list[Candidate], cand: Candidate) -> bool:
    """Whether ``cand``, told apart with a time of its own, is a sitting beside its sentence's.

    "X will visit P next week, building on their talks in Lima in March", "held talks in P,
    ahead of the June summit": the gathering so told, dated, is no mention of the event told
    before it in the sentence, however definite its words ("the talks"); it becomes an event
    of its own (``True``). Told bare ("the steps agreed during the visit"), it is the event
    told again.
    """
    start = cand.apart_at
    if start is None or (cand.date is None and cand.title is None):
        return False
    span = cand.evidence[0]
    # (the event told before the phrase: one after it is that gathering read again)
    own = next(
        (r for r in records if span in r.evidence and r.apart_at is None and r.anchor < start),
        None,
    )
    if own is None:
        return False
    # "building on the commitments made at the A-B Forum Summit": a gathering named apart from
    # the event told, whose sides are its own words' alone (one state may name it)
    named = (
        cand.kind is CONFERENCE
        and cand.status is HELD  # (recalled, not "ahead of the Summit")
        and cand.title is not None
        and " " in cand.title  # (a name, not a bare "Summit")
        and cand.title != own.title
    )
    if cand.date is None and not named:
        return False
    if (
        CONFERENCE not in (cand.kind, own.kind)
        and len(cand.countries) < 2
        and cand.countries <= own.countries
    ):
        # "will meet Y, ahead of the talks in Warsaw": the pair's talks (a body's gathering, or
        # one told beside a body's gathering, has sides of its own)
        cand.countries |= own.countries
    if len(cand.countries) < 2 and not (named and cand.countries):
        return False
    cand.weak, cand.another = False, True
    return True


def _planned_beside_held(visit: Candidate, cand: Candidate) -> bool:
    """A visit still to come, told after a visit under way, is not the one a held step is of.

    "X received a delegation led by Y, who is in Lima for consultations. ... Y conveyed an
    invitation to pay a state visit to Peru. ... Earlier in the day the delegation held talks
    at the ministry": the talks are a step of the visit under way, not of the one invited to.
    """
    return visit.status is PLANNED and cand.status is HELD


def _invited_visit(article: Article, records: list[Candidate], cand: Candidate) -> bool:
    """Whether ``cand`` is an invitation to visit, a planned visit of its own.

    "The President invited his counterpart to visit Ashgabat", "conveyed the
    invitation of the Speaker to the Speaker to visit Baku": the visit to come
    is no mention of the talks, call or session told before it, unless a visit
    to come of its state is told already. A mention naming only the host's
    state takes the one partner the article pairs with it (``cand`` is
    completed in place).
    """
    if cand.kind is not VISIT or cand.status is not PLANNED:
        return False
    span = cand.evidence[0]
    before = span.text[: cand.anchor - span.start]
    if "invit" not in before or not INVITED_TO.search(before, max(0, len(before) - 160)):
        return False
    if _TRIP_TO_ATTEND.search(span.text, cand.anchor - span.start):
        return False  # "the invitation to travel to Lima for the session": the session's trip
    goes_to = _destination(span.text, cand.anchor - span.start)
    if goes_to is not None:
        cand.location = Place(city=goes_to.city or None, country=goes_to.country)
    if any(
        r.kind is VISIT
        and r.status is PLANNED
        and r.countries & cand.countries
        # "his trip to Lima next month ... invited the Peruvian president to visit Chile": a
        # visit the other way is one of its own
        and not (goes_to is not None and _goes_elsewhere(r, goes_to))
        for r in records
    ):
        return False  # the visit to come, told already
    if cand.weak:
        if len(cand.countries) != 1:
            return False
        (own,) = cand.countries
        others = article_pairs(article)(own)
        if (
            not others
            and records
            and len(records[-1].countries) == 2
            and own in records[-1].countries
        ):
            # "During the call, the Emir invited the Prime Minister to visit Doha": the
            # invitation made at the event just told goes to that event's other side
            others = records[-1].countries - {own}
        if len(others) != 1:
            return False
        cand.countries |= others
        cand.weak = False
        cand.rule = f"{cand.rule}+invited"
    return True


# The place right after a visit's word: "visit Pakistan", "visit to Chile", "pay a visit to Lima".
_VISIT_PLACE = re.compile(
    r"visit(?:s|ing)?\s+(?:to\s+)?(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


def _destination(text: str, at: int) -> Place | None:
    """The state (and city) a visit's word at ``at`` names as where the visitor goes."""
    found = _VISIT_PLACE.match(text, at)
    if found is None:
        return None
    if (city := opening_city(found["place"])) is not None:
        return Place(city=city[0], country=Country(city[1]))
    mentions = extract_country_mentions(found["place"])
    if mentions and mentions[0].start == 0 and mentions[0].kind != "group":
        return Place(city=None, country=Country(mentions[0].code))
    return None


def _goes_elsewhere(visit: Candidate, place: Place) -> bool:
    """Whether a visit's destination (its place, else the place after its word) is another state."""
    span = visit.evidence[0]
    there = visit.location or _destination(span.text, visit.anchor - span.start)
    return there is not None and there.country is not None and there.country != place.country


_TWIN_REACH = 60  # characters between two triggers of one clause's event ("co-chair the meeting")


def _session_of_the_visit(records: list[Candidate], cand: Candidate) -> bool:
    """Keep a body's sitting told as held during the visit just told as a record of its own.

    "X will visit P in May ... the meeting of the A-B Coordinating Committee, which will
    convene during the visit", "The Council will hold its first meeting within the framework
    of that visit": a session of the visit's sides, with the visit's time and place when it
    tells none, beside the visit (never merged into it nor into talks told earlier).
    """
    visit = records[-1] if records else None
    if not (
        visit is not None
        and cand.kind is MEETING
        and visit.kind is VISIT
        and visit.status is cand.status
        and len(visit.countries) >= 2
        and cand.countries <= visit.countries
        and session_during_the_visit(cand)
    ):
        return False
    cand.countries = set(visit.countries)
    cand.date = cand.date or visit.date
    cand.location = cand.location or visit.location
    cand.weak = cand.lonely = cand.one_sided = False
    cand.rule = f"{cand.rule}+on_the_visit"
    records.append(cand)
    return True


def _sessions_after_their_visit(candidates: list[Candidate]) -> list[Candidate]:
    """Move a body's sitting told as held during a visit after that visit's mentions.

    A sentence's candidates come rule by rule, not word by word: "the meeting of the A-B
    Council, which will convene during the visit" may come before the visit its sentence
    tells, which must be read first for the session to be its own beside it.
    """
    out = list(candidates)
    for cand in candidates:
        if not session_during_the_visit(cand):
            continue
        span = cand.evidence[0]
        at = out.index(cand)
        last = max(
            (
                i
                for i, other in enumerate(out)
                if i > at
                and other.kind is VISIT
                and other.status is cand.status
                and other.evidence[0] == span
            ),
            default=None,
        )
        if last is not None:
            out.insert(last, out.pop(at))  # (popped before it: last now is its place after)
    return out


# The purpose a trip's talks are told as, right before their word: "is due in P next month
# for talks", "travels to P to hold talks".
_FOR_ITS_TALKS = re.compile(
    r"\b(?:for|to\s+hold|to\s+have)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?\Z"
)
# A clause joint between a trip's word and talks after it: another event may be told there.
_ANOTHER_EVENT = re.compile(r"\s(?:and|while|but)\s|[;,]")


def _talks_of_a_trip(candidates: Sequence[Candidate], cand: Candidate) -> bool:
    """Whether ``cand`` is the talks a trip told before it in its sentence is made for.

    "He is due in P next month for talks": the talks name no side of their own and, read
    before the trip (a sentence's candidates come rule by rule), would be taken for a later
    session of an event told before (another traveller's visit to P). They are the trip's.
    """
    span = cand.evidence[0]
    return (
        cand.kind is MEETING
        and cand.rule.startswith("meeting.held_talks")  # "for talks", not "for a meeting"
        and _FOR_ITS_TALKS.search(span.text, 0, cand.anchor - span.start) is not None
        and any(
            other.kind is VISIT
            and other.status is cand.status
            and other.evidence[0] == span
            and other.anchor < cand.anchor
            # (the talks in the trip's own clause: no other event between)
            and not _ANOTHER_EVENT.search(
                span.text, other.anchor - span.start, cand.anchor - span.start
            )
            for other in candidates
        )
    )


class _Told(NamedTuple):
    """What the pass over the candidates leaves for the passes over the story's records."""

    records: list[Candidate]  # the events told, in text order
    pending: list[Candidate]  # weak mentions before any event: "ended a weekend meeting"
    lone: list[Candidate]  # one-sided mentions, which the article's pairs may complete
    first_visits: list[Candidate]  # "the first president of A to visit B": the visit told


def _on_a_day_before(cand: Candidate, story: dt.date | None) -> bool:
    """``cand`` is talks told on a day before the story's own: talks already past.

    >>> from diplonews.meetings._kinds import HELD, MEETING
    >>> one = Candidate(anchor=0, kind=MEETING, status=HELD, countries=set(),
    ...     organization=None, date=PartialDate(2023, 5, 8), location=None,
    ...     participants=[], title=None, evidence=[], rule="meeting.held_talks")
    >>> _on_a_day_before(one, dt.date(2023, 5, 10)), _on_a_day_before(one, dt.date(2023, 5, 8))
    (True, False)
    """
    day = cand.date
    return (
        cand.kind in (MEETING, CALL)
        and story is not None
        and day is not None
        and day.day is not None
        and day.first_day() < story
    )


def read_records(article: Article, candidates: list[Candidate]) -> _Told:
    """Turn the candidates, in text order, into the story's records.

    Each candidate is completed from the events told before it (the visit under way, the
    talks whose step it is, the gathering it is held at), then merged into the event it
    names again or kept as an event of its own; weak mentions with no event before them
    wait in ``pending``, one-sided ones in ``lone``.
    """
    records: list[Candidate] = []
    pending: list[Candidate] = []  # weak mentions before any event: "ended a weekend meeting"
    lone: list[Candidate] = []  # one-sided mentions, which the article's pairs may complete
    first_visits: list[Candidate] = []  # "the first president of A to visit B": the visit told
    # the date of the latest mention of each status that had one ("then received" after a plan
    # "to be held in the spring" takes the day of the held steps), and of the story's time
    last_date: dict[MeetingStatus, PartialDate] = {}
    last_news: dict[MeetingStatus, PartialDate] = {}
    for cand in _sessions_after_their_visit(candidates):
        cand.story = article.published
        if (
            cand.untensed
            # (talks told on a day before the story's are past: "During the talks with the
            # body's chief on Monday, X discussed the agenda of its coming summit")
            and not _on_a_day_before(cand, article.published)
            and any(
                r.status is PLANNED
                and (
                    (r.organization is not None and r.organization == cand.organization)
                    # "A and B will meet Thursday" ... "the A/B talks": the pair's planned talks
                    or (
                        cand.kind is MEETING is r.kind
                        and len(cand.countries) >= 2
                        and cand.countries == r.countries
                    )
                )
                for r in records
            )
        ):
            cand.status = PLANNED  # "the next meeting of the G7" ... "at the meeting"
        # the visit under way: a visit the story recalls from a month or more before is none
        visit = next(
            (
                r
                for r in reversed(records)
                if r.kind is VISIT
                and not recalled(r.date, article.published)
                and not _planned_beside_held(r, cand)
            ),
            None,
        )
        span = cand.evidence[0]
        at = cand.anchor - span.start
        if _chairs_of_the_sitting(records, cand):
            continue  # "The session was co-chaired by X and Y": the sitting just told
        if (
            # (a body's meeting read as talks is its session too: "the NATO foreign ministers'
            # meeting", told with no state of its own)
            (cand.kind is CONFERENCE or (cand.organization is not None and not cand.countries))
            and cand.status is PLANNED
        ):
            # "The leaders also discussed preparations for the summit in C"; "As the meeting
            # ended, X invited him to take part in the forum": the guest and host of the talks
            # told; "They agreed to coordinate closely ahead of the S summit" (not "the Summit
            # next month" after the X Summit was told: an echo of it, no body or place of its
            # own)
            prepared = _SIDES_DISCUSSED.match(span.text, 0, at) is not None
            invited = _INVITED_THE_GUEST.search(span.text, 0, at) is not None
            coordinated = (
                not prepared
                and not invited
                and _SIDES_COORDINATE.match(span.text, 0, at) is not None
                and not (
                    cand.organization is None
                    and cand.location is None
                    # (a "conference" told before is no echo of "the S Summit": another kind)
                    and any(
                        r.kind is CONFERENCE
                        and r.status is PLANNED
                        and not other_gathering(r, cand)
                        for r in records
                    )
                )
            )
        else:
            prepared = invited = coordinated = False
        if prepared or invited or coordinated:
            # the sides of the talks told before, preparing the gathering, take part in it
            # (the talks, not a gathering told between them and the sentence: "discussed
            # preparations for the A Council meeting ... They agreed to stay in close contact
            # ahead of the B summit" are the talks' sides)
            talks = next(
                (
                    r
                    for r in reversed(records)
                    if len(r.countries) >= 2 and r.kind is not CONFERENCE
                ),
                None,
            )
            members = load_group_members().get(cand.organization or "")
            if talks is not None and not (
                # agreeing to coordinate ahead of a body's gathering makes its members' pair
                # sides, never an outsider, nor states of a body whose members are unknown
                # (they only talk of it): only preparing it does that
                coordinated
                and cand.organization is not None
                and not (members and talks.countries <= members)
            ):
                if cand.weak and cand.organization is None and (cand.countries or cand.date):
                    # "They reviewed preparations for the conference on water in P": a
                    # gathering of no body with a place or time of its own, which two states
                    # prepare, is international, no echo of the talks
                    cand.weak = False
                cand.countries |= talks.countries  # (a gathering's own members: not told)
            if invited and INDEFINITE.search(span.text, 0, at) is not None:
                # "invited him to an international conference to be held in C in May": a
                # gathering to come of its own (told as new), never the one told before
                cand.weak, cand.another = False, True
        if cand.kind is CONFERENCE and _pair_attends(span, cand.anchor, cand.status is PLANNED):
            # "Both prime ministers attended the CIS summit", "the summit in C, which both
            # presidents are expected to attend": the officials of the talks told go to it
            pair = _pair_of_talks(records, article.published)
            if not pair and _PAIR_STATES.search(span.text, 0, cand.anchor - span.start):
                pair = _pair_before(article.body, span.start)  # "A and B ... Both states"
            cand.countries |= pair
        cand.countries |= _sides_by_count(records, cand)  # "the meeting of the three countries"
        # "The visiting minister also called on X", "the minister was received by X": the
        # story's visitor, in a step of the visit (or of the talks) told of its own
        visitor = (
            cand.kind is MEETING
            and len(cand.countries) <= 1
            and (
                _THE_VISITOR.search(span.text, 0, cand.anchor - span.start) is not None
                # "In the evening, the three ministers were received by X": the officials of
                # the talks told, in a step of their programme
                or (
                    cand.sequel == 1
                    and _THE_OFFICIALS.search(span.text, 0, cand.anchor - span.start) is not None
                )
            )
        )
        if (
            ((cand.weak and (cand.guest or cand.sequel)) or visitor)
            and cand.kind is MEETING
            and visit is not None
            and cand.countries <= visit.countries
            and cand.status is visit.status
        ):
            # "the President received the guest", "After that, X and the minister met": a
            # step of the visit under way, between its sides
            cand.countries |= visit.countries
            cand.weak = False
            # (not a step a sentence opens as the visit's own: "Within the framework of the
            # visit, the delegation met X" is the visit)
            cand.another = cand.another or (visitor and STEP_OF_THE_VISIT.match(span.text) is None)
        elif (
            ((cand.weak and cand.sequel and cand.participants) or visitor)
            and cand.kind is MEETING
            and visit is None
        ):
            # "Later, X met with the Speaker": with no visit under way, a step of the programme
            # of the latest talks of the story's time (not of an event it recalls), talks
            # between states or a state's talks with a body's official ("received the OIC
            # chief. Earlier in the day, the chief held talks with the Foreign Minister")
            step = next(
                (
                    r
                    for r in reversed(records)
                    if r.kind is MEETING
                    and (
                        len(r.countries) >= 2
                        or (len(r.countries) == 1 and r.organization is not None)
                    )
                    and r.status is cand.status
                    and not recalled(r.date, article.published)
                ),
                None,
            )
            if (
                step is not None
                and cand.countries <= step.countries
                and cand.organization in (None, step.organization)
            ):
                cand.countries |= step.countries
                cand.organization = step.organization
                cand.weak = False
                cand.another = cand.another or visitor
        if len(cand.apart) == 1 and len(cand.countries) < 2:
            # "Later, X was received by A, B and C in separate meetings": each a step of the
            # talks or visit under way, between its sides
            step = next(
                (
                    r
                    for r in reversed(records)
                    if r.kind in (MEETING, VISIT)
                    and r.status is cand.status
                    and (len(r.countries) >= 2 or r.organization is not None)
                    and not recalled(r.date, article.published)
                    and cand.countries <= r.countries
                ),
                None,
            )
            if step is not None:
                cand.countries |= step.countries
                cand.organization = cand.organization or step.organization
                cand.weak = cand.one_sided = False
        if (
            cand.rule == "meeting.received_by"
            and len(cand.countries) < 2
            and _PASSIVE_STEP.match(span.text, cand.anchor - span.start)
        ):
            _passive_step(records, cand)
        elif cand.rule == "meeting.received_by" and _PASSIVE_STEP.match(
            span.text, cand.anchor - span.start
        ):
            # "X was also received by the Prime Minister of B", both sides named: one more
            # step of its own, as when the host's state is given by the event under way
            cand.another = True
        if (
            cand.sequel
            and not cand.weak
            and records
            and records[-1].evidence[0] == cand.evidence[0]
            and not records[-1].partner
            and not (records[-1].apart and cand.apart)  # one official each: two events
            and same_event(records[-1], cand)
        ):
            # "On the same day, X and Y co-chaired the 5th meeting of the commission": two words
            # of one step
            merge(records[-1], cand)
            continue
        if cand.sequel and not cand.weak:
            # "The President received X. After that, X and the Minister met": a step of its
            # own, on the day of the step before (or the day after it)
            cand.another = True
            step_date = last_date.get(cand.status)
            if records and not recalled(records[0].date, article.published):
                # a step of a story of its own time: not a recalled day
                step_date = last_news.get(cand.status)
            if cand.date is None and step_date is not None:
                if cand.sequel == 1:
                    cand.date = step_date
                elif step_date.day is not None:
                    cand.date = PartialDate.from_date(step_date.first_day() + dt.timedelta(days=1))
        elif (
            cand.also
            and not cand.weak
            and not (records and _under_way(records[-1], article.published))
            # "A and B also attended the Vientiane meeting": more states at a gathering told
            # (and "is also expected to travel to B for the annual summit": the summit's trip)
            and not any(
                named_by_its_city(r, cand) or trip_to(r, cand) or trip_to(cand, r) for r in records
            )
            # "X also met Y, who is paying a state visit from May 2 to 5": the visit's talks
            and not on_its_visit_days(cand)
            # "X will visit A ... He will also visit the B region": a stop of the same trip
            and not (
                cand.kind is VISIT
                and any(
                    r.kind is VISIT and r.status is cand.status and cand.countries <= r.countries
                    for r in records
                )
            )
        ):
            cand.another = True  # "X also met Y": one more event (talks on a visit are the visit)
            if (
                cand.date is None
                and records
                and records[-1].status is cand.status  # not a gathering of the past
                and _THERE.search(cand.evidence[0].text)
            ):
                pointed = records[-1]
                if pointed.kind is not VISIT and _DURING_THE_VISIT.search(cand.evidence[0].text):
                    # "is also expected to be received by Y during the visit": the visit under
                    # way (of the step's status first), not a session told in between
                    stays = [r for r in reversed(records) if r.kind is VISIT]
                    pointed = next(
                        (r for r in stays if r.status is cand.status),
                        stays[0] if stays else pointed,
                    )
                cand.date = pointed.date  # "also met Y on the sidelines of the meeting"
        elif (
            cand.date is None
            and not cand.weak
            and cand.kind is MEETING
            # (a trip has no sidelines: "who arrived in P on Sunday, met Y on the sidelines of
            # the conference" is no talks of the arrival's day)
            and any(not launched_round(r) and r.kind is not VISIT for r in records)
            and _SIDELINES_OF_THE.search(cand.evidence[0].text)
        ):
            # "On the sidelines of the meeting, X met Y": its day, that of the event of the
            # story's time when the latest event told is one it recalls ("signed at the
            # previous summit last year. On the sidelines of the event, X met Y")
            # ("talks held on the sidelines of the meeting" are at the latest event told held,
            # not at a summit to come told after it)
            told = [r for r in records if not launched_round(r) and r.kind is not VISIT]
            told = [r for r in told if r.status is cand.status] or told
            there = (
                next(
                    (
                        r
                        for r in reversed(told)
                        if r.date is not None and not recalled(r.date, article.published)
                    ),
                    told[-1],
                )
                if recalled(told[-1].date, article.published)
                else told[-1]
            )
            cand.date = day_of_a_range(there)
            cand.location = cand.location or there.location  # and its place
        if cand.date is not None and not cand.aside:
            # (a session told in a body's own clause, "which held its first session on May 24",
            # is no step of the story: "On the same day" after it is the story's day)
            # a year or month told after a day it holds ("signed the Plan for 2024-2025", "the
            # summit due this summer") keeps that day for the next step ("Later, X met Y")
            text, end = span.text, cand.anchor - span.start
            # (a test in C first: the search enters the engine at every character)
            recalls = (
                text.find("recall", 0, end) >= 0 or text.find("remind", 0, end) >= 0
            ) and _SPEAKER_RECALLS.search(text, 0, end)
            if not _holds_day(cand.date, last_date.get(cand.status)) and not recalls:
                # (the time of a speaker's recollection, "X recalled his visit to P in May",
                # is no step's: "The same day, Y met Z" is the day of the story's news)
                last_date[cand.status] = cand.date
            if (
                not recalled(cand.date, article.published)
                and not _holds_day(cand.date, last_news.get(cand.status))
                and not _arrived_before(cand, last_news.get(cand.status))
                # "X also recalled his call with Y on March 27": an event a speaker recalls
                # is no step of the story's day ("Later in the day, X received Z")
                and not recalls
            ):
                last_news[cand.status] = cand.date
        if cand.lonely:
            lone.append(cand)
        if cand.first_to and len(cand.countries) >= 2:
            first_visits.append(cand)
        if cand.hosted and not any(r.countries & cand.countries for r in records):
            # "Chile will host the fifth negotiating round", no talks of Chile told before: a
            # session of many told by its host alone, a gathering that state hosts
            cand.kind, cand.weak = CONFERENCE, False
        if cand.visitor and not any(r.countries & cand.countries for r in records):
            # "Y, on a state visit to X, said ...": a visit to X, even with Y's state unnamed
            cand.weak = False
        elif (
            cand.visitor
            and cand.status is HELD
            and records
            and not any(r.kind is VISIT for r in records)
            and records[0].kind is MEETING
            and len(records[0].countries) == 2
            and cand.countries < records[0].countries
            and _WHO_IS_ON.search(cand.evidence[0].text, 0, cand.anchor - cand.evidence[0].start)
            is not None
        ):
            # "A and B chaired the council in X. A, who is on a state visit to X, ...": the
            # visit under way of the talks' guest, beside the talks it took in
            cand.countries |= records[0].countries
            cand.weak, cand.another = False, True
        if (
            cand.weak
            and len(cand.countries) >= 2
            and (
                cand.took_part
                or len({p.country for p in cand.participants if p.country}) >= 2
                or (cand.kind is not VISIT and cand.named_sides >= 2)
            )
            and not any(
                (
                    r.kind is cand.kind
                    or compatible(r.kind, cand.kind)
                    or r.countries & cand.countries
                )
                # "the talks held in March, the ministers A and B" after a visit planned for June:
                # officials of both sides at talks of another status and time are not that visit
                and not (
                    len({p.country for p in cand.participants if p.country}) >= 2
                    and r.status is not cand.status
                    and r.date is not None
                    and cand.date is not None
                    and not (r.date.contains(cand.date) or cand.date.contains(r.date))
                )
                for r in records
            )
        ):
            # "Attending the Summit were the presidents of A, B and C": a definite mention whose
            # sides are named as taking part, with no event before it to refer to (none of its
            # kind, none of its states), is that event's first mention
            cand.weak = False
        if (
            cand.weak
            and len(cand.countries) == 1
            and _COUNTERPARTS_APART.match(
                cand.evidence[0].text, cand.anchor - cand.evidence[0].start
            )
        ):
            apart = _bilaterals(records, cand)
            if apart:
                records += apart
                continue
        span = cand.evidence[0]
        # the states of the officials it names, else those of the clause but its place's
        place = cand.location.country.alpha_3 if cand.location and cand.location.country else None
        third = {p.country.alpha_3 for p in cand.participants if p.country} or (
            cand.countries - {place}
        )
        if (
            cand.kind is MEETING
            and len(third) == 1
            and records
            and records[0].kind in TALKS
            and len(records[0].countries) == 2
            and not cand.countries & records[0].countries
            and _THEIR_MEETING_WITH.match(span.text, 0, cand.anchor - span.start)
        ):
            # "The leaders recalled their trilateral meeting with X in P": the pair of the
            # story's first event (the call of the readout) and the third they met
            cand.countries |= records[0].countries
            cand.weak = cand.lonely = cand.one_sided = False
        if (
            cand.kind is MEETING
            and not any(p.country for p in cand.participants)
            and SIDELINES.search(span.text)
            and _PAIR_SUBJECT.search(span.text, 0, cand.anchor - span.start)
        ):
            # "the ministers of the two countries met on the sidelines of the OPEC meeting in
            # Vienna": talks of the story's pair at a gathering, whose body and place are no side
            cand.organization, cand.weak, cand.countries = None, True, set()
            gathering = next(
                (r for r in records if r.kind is CONFERENCE and span in r.evidence),
                None,
            )
        else:
            gathering = None
        if gathering is not None and gathering.status is cand.status:
            # "agreed to meet on the sidelines of the summit in Lima on May 8": its time and place
            cand.date = cand.date or day_of_a_range(gathering)
            cand.location = cand.location or gathering.location
        _facilitated_talks(article, cand)
        if _pair_recalled_in_modifier(article, records, cand):
            continue
        if _talks_at_the_gathering_told(article, records, cand):
            continue
        if _recalled_beside_own(records, cand):
            same_name = next(
                (
                    r
                    for r in records
                    if r.apart_at == cand.apart_at
                    and r.evidence[0] == cand.evidence[0]
                    and r.title is not None
                    and r.title == cand.title
                ),
                None,
            )
            if same_name is not None:
                # "building on the A-Asia Forum Summit in Q in March": one phrase's gathering,
                # read from two words of its name ("Forum", "Summit")
                merge(same_name, cand)
                continue
            records.append(cand)  # "will meet next week, building on their talks in March"
            continue
        if _the_two_last_met(records, cand) or _recalled_talks(records, cand):
            continue
        if _planned_between_the_two(records, cand):
            continue
        if _built_on_earlier(records, cand):
            continue
        if _body_pair_talks(article, records, cand):
            continue
        _story_state_with_a_body(article, cand)
        _the_story_pair(article, records, cand)
        if cand.weak and _named_gathering(article, records, cand):
            records.append(cand)
            continue
        if cand.weak and _pair_event(article, records, cand):
            if gathering is not None:
                gathering.countries |= cand.countries  # the pair meeting there takes part in it
            held = next((r for r in records if held_for(r, cand) or held_for(cand, r)), None)
            if held is not None:
                merge(held, cand)  # "due to meet in T for their annual conference": one event
                continue
            records.append(cand)
            continue
        if cand.weak and records and _gathering_of_its_own(records, cand):
            # "the deals struck at last autumn's summit in Oslo", told after a call: no
            # gathering before it to refer to, and a place or time of its own
            cand.weak = False
            cand.rule = f"{cand.rule}+own"
            records.append(cand)
            continue
        if _talks_with_official(article, records, cand):
            continue
        if _invited_visit(article, records, cand):
            records.append(cand)  # "invited his counterpart to visit Ashgabat": a visit of its own
            continue
        if (
            cand.weak
            and cand.rule == "meeting.received"
            and cand.status is HELD
            and len(cand.countries) >= 2
            and cand.date is not None
            and cand.date.day is not None
            and not any(r.status is HELD and same_event(r, cand) for r in records)
        ):
            # "On Monday, the minister received A's ambassador": a reception on a day of its
            # own, whatever plan the story told before
            cand.weak = False
            records.append(cand)
            continue
        if _also_with_another(records, cand):
            continue
        if _two_met_on_its_sidelines(records, cand):
            continue
        if _talks_beside_the_gathering(records, cand):
            continue
        if _session_of_the_visit(records, cand):
            continue
        if _pair_commission(cand):
            records.append(cand)
            continue
        if (cand.weak or len(cand.countries) < 2) and _talks_at_the_gathering_told(
            article, records, cand, named=True
        ):
            # "X and Y held their meeting on the margins of the summit", with no second side
            # found by then: the talks of their own at that gathering
            continue
        if cand.weak and _talks_of_a_trip(candidates, cand):
            continue  # "is due in P next month for talks": the trip's own talks, read with it
        if cand.weak:
            if records:
                _co_chairs_of_the_session(records, cand)  # "..., co-chaired by X and Y"
                count = len(records)
                back_reference(records, cand)
                if len(records) > count:
                    _sides_of_the_pair(article, records[:count], records[-1])
            else:
                pending.append(cand)
            continue
        twin = next(
            (
                r
                for r in records
                if cand.also
                and r.also
                and r.evidence[0] == cand.evidence[0]
                and r.kind is cand.kind
                and r.status is cand.status
                and r.countries == cand.countries
                and abs(r.anchor - cand.anchor) <= _TWIN_REACH
                and (r.ordinal or cand.ordinal or r.title or cand.title)
            ),
            None,
        )
        if twin is not None:
            # "will also co-chair the first meeting of the Council": one "also", one event
            merge(twin, cand)
            continue
        if cand.new_session and records and records[-1].status is cand.status:
            # "She took part in a roundtable meeting of the C5+1": a session on the programme
            # of the event told just before, held where and when it was, between its sides
            # when the session names none of its own
            # (of the story's own time: a visit a clause recalls, "the deals reached during
            # X's visit to P in July", is no event whose programme goes on now, unless the
            # step's sentence turns back to it: "At that time, A, B and C also met")
            before = (
                records[-1]
                if _BACK_TO_THEN.match(span.text)
                else next(
                    (
                        r
                        for r in reversed(records)
                        if r.status is cand.status and not recalled(r.date, article.published)
                    ),
                    records[-1],
                )
            )
            if cand.countries and not cand.countries <= before.countries:
                # one side named, not among the last event's (a gathering told in passing):
                # the latest talks between that side and another
                before = next(
                    (
                        r
                        for r in reversed(records)
                        if r.status is cand.status
                        and r.kind is MEETING
                        and cand.countries < r.countries
                    ),
                    before,
                )
            if cand.countries <= before.countries and before.kind is not CALL:
                cand.countries = set(before.countries)  # (one side named: the other the same)
            cand.date = cand.date or before.date
            cand.location = cand.location or before.location
        if cand.another:
            records.append(cand)  # "held another call": never the event before
            continue
        visit = leg_of_a_visit(records, cand)
        if visit is not None:
            # "X arrived in Lima ... X flies to Cusco on Friday and returns home": one trip
            if cand.evidence[0] not in visit.evidence:
                visit.evidence.append(cand.evidence[0])
            continue
        named = _SURNAMES_BEFORE.search(article.body, max(0, cand.anchor - 60), cand.anchor)
        surnamed = (
            next(
                (
                    r
                    for r in reversed(records)
                    if r.status is cand.status
                    and {named["a"], named["b"]} <= {p.name.split()[-1] for p in r.participants}
                ),
                None,
            )
            if named is not None
            else None
        )
        if surnamed is not None:
            # "a meeting between A's minister X Soto and B's Y Vos" ... "the Soto-Vos meeting
            # will also involve C": the meeting of the two officials told before, by surnames
            merge(surnamed, cand)
            continue
        if (
            cand.kind is MEETING
            and _CONVERSATION.match(article.body, cand.anchor)
            and any(
                r.kind is CALL
                and r.status is cand.status
                and r.countries == cand.countries
                and (cand.date is None or r.date == cand.date)
                for r in records
            )
        ):
            # "X had a phone conversation with Y." ... "In his conversation with Y, X recalled":
            # a conversation with the other side of a call just told is that call
            cand.kind = CALL
        # the latest event of the mention's own kind first: "the current trip" after the
        # steps of a visit is the visit, not its last meeting
        latest = records[::-1]
        ordered = [r for r in latest if r.kind is cand.kind] + [
            r for r in latest if r.kind is not cand.kind
        ]
        for record in ordered:
            if same_event(record, cand):
                merge(record, cand)
                break
        else:
            if cand.kind is MEETING and any(sidelines_named(cand, r) for r in records):
                # "on the margins of the X Meeting": a gathering, maybe told by another word too
                cand.kind = CONFERENCE
                same = next((r for r in latest if same_event(r, cand)), None)
                if same is not None:
                    merge(same, cand)
                    continue
            records.append(cand)
    return _Told(records, pending, lone, first_visits)
