"""Meetings in diplomatic news: calls, talks, visits and conferences (spec section 2).

One pass over the sentences of a body; only sentences holding a trigger word
("met", "talks", "visit", "spoke", "summit", ...) are read closely. Each
trigger yields a candidate whose sides come from the clause around it: the
officials named there (:mod:`diplonews.parsing._people`), the states and
groups it names (:mod:`diplonews.parsing.countries`), the place ("in Baku",
"here" for the dateline city) and the time (:mod:`diplonews.parsing.dates`).
Candidates naming the same event (compatible kinds, overlapping sides,
compatible dates) merge into one record that keeps every evidence span; a
bare back-reference ("the talks") only adds evidence to the event before it.

Every record names its rule (``Meeting.rule``): ``meeting.phone_call``,
``meeting.spoke_with``, ``meeting.visit``, ``meeting.conference_named``,
``meeting.org_meeting``, ``meeting.met_with``, ``meeting.held_talks``,
``meeting.received``, ``meeting.commission``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence

import attrs

from diplonews.models import Article, Meeting, MeetingKind, MeetingStatus
from diplonews.parsing._context import body_mentions
from diplonews.parsing._people import (
    PersonMention,
    extract_people,
    meeting_words,
    person_spans,
)
from diplonews.parsing._text import Sentence, split_sentences
from diplonews.parsing.countries import CountryMention, city_country, extract_country_mentions
from diplonews.parsing.dates import DateMention, extract_dates
from diplonews.values import Country, PartialDate, Participant, Place, Span

__all__ = ["extract_meetings"]

# Cheap pre-filter: a sentence is read closely only if it holds one of these words.
_TRIGGER_STEMS = [
    "met", "meet", "talks", "negotiation", "visit", "trip", "tour", "mission", "travel", "arriv",
    "leav", "left", "call", "phone", "telephon", "spoke", "spoken", "summit", "conference",
    "forum", "session", "council", "commission", "seminar", "congress", "assembly", "received",
    "hosted", "welcomed", "discuss", "consultation", "co-chair", "COP", "ministerial",
]  # fmt: skip


def _stem_pattern(stems: list[str]) -> re.Pattern[str]:
    """Words starting with a stem, lower-case or capitalised, found in one fast scan.

    Case-sensitive alternatives behind a first-letter lookahead run several times
    faster than one ``re.IGNORECASE`` alternation.
    """
    forms = {form for stem in stems for form in (stem, stem[:1].upper() + stem[1:])}
    first = "".join(sorted({form[0] for form in forms}))
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?=[{first}])(?:{alternation})")


# Cheap pre-filter: a sentence is read closely only if it holds one of these words.
_TRIGGER_WORDS = _stem_pattern(_TRIGGER_STEMS)

# The rules, most specific first: (rule name, kind, pattern). One match is one candidate.
_RULES: list[tuple[str, MeetingKind, re.Pattern[str]]] = [
    (
        "meeting.phone_call",
        MeetingKind.CALL,
        re.compile(
            r"""\b(?:phone|telephone|video)[\s-]*(?:call|conversation|talks?|conference)s?\b
            | \b(?:held|had|made|during)\s+(?:a|an|another|their)\s+(?:\w+\s+)?call\b
            | \bcall\s+(?:with|between)\s+[A-Z]      # "call with President X"
            | \b(?:telephoned|phoned)\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.spoke_with",
        MeetingKind.CALL,
        re.compile(
            r"""\bspo(?:ke|ken)\s+(?:(?:by\s+(?:tele)?phone|today|yesterday|again|separately
            |on\s+[A-Z]\w+)\s+)*with\b           # "spoke today with", "spoke by phone with"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "meeting.conference_named",
        MeetingKind.CONFERENCE,
        re.compile(
            r"""(?<!news\s)(?<!press\s)(?<!News\s)(?<!Press\s)
            \b(?:summit|Summit|conference|Conference|forum(?!\s+(?:to|for)\b)|Forum|seminar|Seminar
            |symposium|Symposium|COP\s?\d+|ministerial\s+meeting|Ministerial\s+Meeting
            |General\s+Assembly|plenary\s+session)\b(?!\s+call)""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.commission",
        MeetingKind.MEETING,
        re.compile(
            r"""\b(?:session|meeting)s?\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,4}
            (?:[Cc]ommission|[Cc]ouncil|[Cc]ommittee)\b      # "meeting of the joint commission"
            | \b(?:[Jj]oint|[Ii]ntergovernmental|[Bb]ilateral)\s+(?:[\w-]+\s+)?(?:[Cc]ommission
            |[Cc]ommittee)\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.visit",
        MeetingKind.VISIT,
        re.compile(
            r"""\bvisit(?:s|ed|ing)?\b(?!\s+(?:the\s+)?(?:site|website|portal|museum|exhibition))
            | \b(?:trip|tour)\b
            | \b(?:trade|official|diplomatic|state|working|fact-finding)\s+mission\b
            | \bmission\s+to\s+[A-Z]
            | \btravel(?:s|ed|led|ling|ing)?\s+to\b
            | \barriv(?:ed|es|e|ing)\s+in\s+(?!power|office)
            | \b(?:leave|leaves|left|leaving)\s+(?:[a-z]+\s+){0,2}for\s+[A-Z]
            | \b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?in\s+[A-Z][a-z]+\s+(?:[A-Z]\w+\s+)?
              (?:for|on|to)\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.held_talks",
        MeetingKind.MEETING,
        re.compile(
            r"""\b(?:talks|consultations)\b
            | \b(?:held|hold|holds|holding|hosted|host|hosts|conducted|direct|round\s+of)\s+
              (?:[\w-]+\s+){0,4}negotiations\b       # negotiations as an event, not a process
            | \bdiscussions?\s+with\b
            | \bco-chair(?:s|ed|ing)?\b""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.discussed_with",
        MeetingKind.MEETING,
        re.compile(
            r"""\bdiscussed\b(?=[^.;]{0,80}?\bwith\s+(?:[A-Z]|his\s|her\s|the\s+[A-Z]
            |(?:[a-z]+\s+){0,2}(?:president|minister|counterpart|leader)))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.received",
        MeetingKind.MEETING,
        re.compile(
            r"""\b(?:received|hosted|welcomed)\b(?=\s+(?:[A-Z]|the\s+(?:delegation|visiting)
            |a\s+delegation|his\s|her\s))""",
            re.VERBOSE,
        ),
    ),
    (
        "meeting.met_with",
        MeetingKind.MEETING,
        re.compile(r"\b(?:met|meets?|meeting|meetings)\b"),
    ),
]

# Words in the clause before a trigger that make the event planned.
_FUTURE = re.compile(
    r"""\b(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be\s+held|scheduled
    |slated|plans?\s+to|planned|planning|expected\s+to|set\s+to|going\s+to|upcoming|forthcoming
    |next|ahead\s+of|in\s+advance\s+of|invited|asked|prepar\w+\s+to|due\s+to|intends?\s+to
    |agreed\s+to|decided\s+to|tomorrow)\b|['’]ll\b
    | \b(?:plans?|agreed|decided|intends?|efforts?)\b(?:\s+\S+){0,6}?\s+to\s+(?:resume|hold|begin
      |start|restart|convene)\b                # "plans by the UN chief to resume talks"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Hedges that make the talks only proposed or speculated about: not a meeting.
_SPECULATIVE = re.compile(
    r"""\b(?:could|might|may|possible|possibly|probably|proposed?|proposal|calls?\s+for
    |called\s+for|hopes?|hoped|ready\s+for|no\s+plans?|until|unless|if|whether|refused
    |rejected|urged|request|requested)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# "the meeting will take place in London": the tense follows the trigger.
_FUTURE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:will|is\s+to|are\s+to|is\s+scheduled|are\s+scheduled|is\s+due"
    r"|are\s+due|is\s+expected|are\s+expected|is\s+planned|are\s+planned)\b"
)
_MODALS = frozenset({"could", "might", "may", "possibly", "probably", "if", "whether", "until"})
# Gatherings that are not meetings between states.
_NOT_A_MEETING = re.compile(
    r"""\b(?:news|press)\s+(?:conference|briefing)s?\b|\bconference\s+calls?\b
    |\b(?:cabinet|board|shareholders?|annual\s+general|party|parliamentary|stakeholders?|analysts?
    |investors?|staff)\s+(?:meeting|session|congress|conference)s?\b
    |\b(?:match|tournament|championship|festival|concert|exhibition|fair)\b
    |\b(?:been|be|being)\s+met\b                  # "demand has been met"
    |\b(?:meet|meets|meeting|met)\s+(?:(?:the|its|their|his|her|our|these|all|any)\s+)?(?:[a-z]+\s+){0,2}(?:demand|requirements?
    |needs|expectations?|targets?|deadlines?|standards?|criteria|obligations|goals?|costs?|evil
    |challenges?|conditions|commitments|payments?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Gatherings that are international by name, even when the text names one state.
_INTERNATIONAL = re.compile(r"[Ss]ummit|COP\s?\d+|[A-Z]\w+|[Mm]inisterial")  # or a proper name
# Where a clause turns to the topic: country names after these are subjects, not sides.
_TOPIC = re.compile(
    r"""\b(?:to\s+discuss|discussed|to\s+affirm|to\s+express|about|regarding|concerning|over
    |including|which|where|during\s+which|that|in\s+which|said|told|to\s+try|to\s+renegotiate
    |to\s+review|following|after|before|ahead\s+of|in\s+advance\s+of)\b|[;:—]
    | \bon\s+(?![A-Z][a-z]+\.?\s+\d|\d|(?:the\s+)?(?:sidelines|margins?|Monday|Tuesday|Wednesday
      |Thursday|Friday|Saturday|Sunday|behalf|invitation)\b)   # "on trade": a topic""",
    re.VERBOSE,
)
# The past-tense cues that, nearer to a trigger than any future cue, make it held.
_PAST = re.compile(
    r"""\b(?:was|were|had|has|have|did|held|took|met|visited|ended|opened|concluded|attended
    |participated|hosted|received|welcomed|spoke|returning|returned|after|last|ago|recently
    |recent|yesterday|[a-z]{3,}ed)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Present-tense verbs of meeting that, outside a past clause, announce the event.
_PRESENT_VERB = re.compile(r"(?:meet|meets|visit|visits|travels?|leaves?|co-chairs?)\Z")
# A bare back-reference to an event already named: "the talks", "the Summit", "his visit".
_BACK_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:(?!(?:first|second|third|fourth|fifth|sixth|next|last)\b)[a-z]+\s+)?\Z"
)
# The word before a present-tense trigger when it is a verb with a subject ("they meet").
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:they|he|she|we|I|leaders|ministers|sides|delegations|officials)|(?<!\bThe)(?<!\bA)"
    r"(?<!\bAn)(?<!\bThis)(?<!\bHis)(?<!\bHer)(?<!\bIts)\b[A-Z][a-z]+)\s+\Z"
)
# Reuters dateline: "TOKYO, March 3 - " or "KASHIKOJIMA, Japan, April 26 - ".
_DATELINE = re.compile(
    r"""^\s*(?P<city>[A-Z][A-Z .'-]+?)(?:,\s*(?P<region>[A-Za-z .]+?))?,\s*
    [A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–—]\s""",
    re.VERBOSE,
)
_PLACE_IN = re.compile(
    r"\b(?:in|at|to|from)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
_HERE = re.compile(r"\bhere\b")
# A session's own name: "48th meeting of the Council of Foreign Ministers" (stops at "of the OIC").
_SESSION_TITLE = re.compile(
    r"""(?P<t>(?:\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth
    |ninth|tenth|next|last|annual|extraordinary|regular))\s+(?:[a-z]+\s+)?(?:meeting|session
    |summit)\s+of\s+(?:the|their|its)\s+(?:[a-z]+\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|and\s+)?
    [A-Z][\w-]*)*)""",
    re.VERBOSE,
)
# The outlet's own officials named by title alone, just before the trigger.
_OWN_SIDE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)\s+(?:delegation|President|Vice\s+President|Secretary|Minister|"
    r"Ambassador|Government|government)\s+(?:[a-z]+\s+){0,2}\Z"
)
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\b")
_IN_NAME = re.compile(r"[A-Z][\w-]*\s+\Z")  # a capitalised word just before: inside a name
# A city naming the event it precedes: "the Venice summit", "the Frankfurt meeting".
_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+\Z")
# The event a speaker has just come from, right before the trigger.
_JUST_BEFORE = re.compile(
    r"""\b(?:after|following|at\s+the\s+end\s+of|(?:after\s+)?(?:returning|back)\s+from)\s+
    (?:[\w-]+\s+){0,4}\Z""",
    re.VERBOSE,
)
# Remarks to the press: the moment the event above just preceded.
_REMARKS = re.compile(
    r"\b(?:said|says|told|remarks|shared|stated|briefed|news\s+conference|press\s+conference)\b"
)
# A related-story line: "READ: ...", "Also read: ...".
_LINK_LINE = re.compile(
    r"(?:(?:ALSO\s+)?READ(?:\s+(?:ALSO|MORE))?|(?:Also\s+)?[Rr]ead\s+(?:also|more)|RELATED|Related)\s*[:|]"
)
# "held another call", "a second meeting": an event of its own, not a mention of the last.
_ANOTHER = re.compile(
    r"\b(?:another|a\s+second|a\s+fresh|a\s+further)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\Z"
)
# Two gatherings named in a row: "the ministerial meeting and the conference on Afghanistan".
_AND_ANOTHER = re.compile(r"\sand\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}\Z")
# The short name of a body named in full earlier: "the Bank" after "the World Bank".
_ORG_SHORT = re.compile(
    r"\b[Tt]he\s+(?P<head>Bank|Fund|Commission|Community|Organi[sz]ation|Council)\b"
)
_ORDINAL_TITLE = re.compile(
    r"""(?:\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh
    |eighth|ninth|tenth|[A-Z][\w-]*)\s+)?(?:[A-Z][\w()–-]*\s+){0,8}(?:Summit|summit|Conference
    |Forum|Council|Assembly|Congress|Seminar|[Mm]eeting|[Ss]ession)(?:\s+of\s+(?:the\s+)?
    (?:[A-Z][\w()-]*\s*){1,10}(?:(?:to|on|for|of)\s+(?:the\s+)?(?:[A-Z][\w()-]*\s*){1,8})?)?""",
    re.VERBOSE,
)
# A new clause after a comma: a date beyond it dates something else.
_NEW_CLAUSE = re.compile(
    r",\s+(?:(?:and\s+)?the\s+[a-z]|(?:and\s+)?(?:he|she|they|it|we)\s|(?:while|but|which|who|as)\s)"
)  # ", the central bank ...", not ", the European Community and Canada"
# A clause boundary before a trigger: "..., and he expressed support for talks".
_HEAD_CLAUSE = re.compile(r",\s+(?:and\s+(?:he|she|they|it|we)|while|but|whereas)\s")
# States as a crowd: "the Bank and industrialised nations will discuss ... at a meeting".
_MANY_STATES = re.compile(r"(?<!two\s)(?<!both\s)\b(?:nations|countries|member\s+states)\b")
_LEAD = 4  # sentences of the lead, where news introduces officials by full name
_MANY_SIDES = 4  # talks among this many states and bodies are a conference
_CLAUSE_WINDOW = 220  # characters of a sentence looked at on each side of a trigger
_DATE_REACH = 40  # a back-reference's own date must stand this close to its trigger
_COMPATIBLE = {
    frozenset({MeetingKind.MEETING, MeetingKind.VISIT}),
    frozenset({MeetingKind.CONFERENCE, MeetingKind.VISIT}),
    frozenset({MeetingKind.CONFERENCE, MeetingKind.MEETING}),
}


@attrs.define
class _Candidate:
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


@functools.cache
def _org_pattern() -> tuple[re.Pattern[str], Mapping[str, str]]:
    """One regex over every organisation form of ``meeting_words.json``, longest first."""
    forms: dict[str, str] = {}
    for name, surfaces in meeting_words()["organizations"].items():
        for surface in surfaces:
            forms[surface] = name
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), forms


@functools.cache
def _venue_pattern() -> tuple[re.Pattern[str], Mapping[str, tuple[str, str]]]:
    venues = {k: (v[0], v[1]) for k, v in meeting_words()["venues"].items()}
    alternation = "|".join(re.escape(f) for f in sorted(venues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), venues


def _home_country(article: Article) -> str | None:
    """The state an outlet speaks for ("The White House") or reports from ("AzerNews")."""
    outlet = article.outlet or ""
    embassy = re.search(r"Embassy of (?:the\s+)?([A-Z][\w ]+?)(?:\s+in\b|\s*\(|$)", outlet)
    if embassy is not None:
        mentions = extract_country_mentions(embassy.group(1))
        if mentions and mentions[0].kind != "group":
            return mentions[0].code
    for words, code in meeting_words()["outlet_home"].items():
        if words in outlet:
            return str(code)
    return None


def _clause(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Body offsets of the clause around a trigger at ``[start, end)``."""
    lo = max(sentence.start, start - _CLAUSE_WINDOW)
    hi = min(sentence.end, end + _CLAUSE_WINDOW)
    head = sentence.text[lo - sentence.start : start - sentence.start]
    cut = max(head.rfind(";"), head.rfind(" but "), head.rfind("—"))
    clauses = list(_HEAD_CLAUSE.finditer(head))
    if clauses:
        cut = max(cut, clauses[-1].start())
    if cut >= 0:
        lo += cut + 1
    tail = sentence.text[end - sentence.start : hi - sentence.start]
    for topic in _TOPIC.finditer(tail):
        # "on" inside a name ("Convention on Climate Change") does not open a topic.
        if topic.group().startswith("on") and _IN_NAME.search(tail, 0, topic.start()):
            continue
        hi = end + topic.start()
        break
    return lo, hi


def _status(before: str, trigger: str, after: str) -> MeetingStatus:
    """Planned when the nearest tense cue before the trigger speaks of the future.

    ``before`` is the sentence up to the trigger, ``after`` the rest of it.
    """
    future = [m.end() for m in _FUTURE.finditer(before + trigger)]
    past = [m.end() for m in _PAST.finditer(before)]
    if future and (not past or future[-1] >= past[-1]):
        return MeetingStatus.PLANNED
    if not past and _PRESENT_VERB.search(trigger) and _SUBJECT_BEFORE.search(before):
        return MeetingStatus.PLANNED
    if re.match(r"\s*(?:next|this\s+coming|tomorrow)\b", after) or _FUTURE_AFTER.match(after):
        return MeetingStatus.PLANNED
    return MeetingStatus.HELD


def _pick_date(
    body: str, dates: Sequence[DateMention], span: tuple[int, int], trigger: tuple[int, int]
) -> tuple[PartialDate, int] | None:
    """The date mention of the clause nearest the trigger (after it first), and its distance.

    A date counts unless a new clause (", the central bank ... on Tuesday",
    after the trigger) or another meeting word (it dates that one) stands in
    between.
    """
    lo, hi = span
    t0, t1 = trigger
    after = [
        d for d in dates
        if t0 <= d.start < hi
        and not _NEW_CLAUSE.search(body, t1, d.start)
        and not _TRIGGER_WORDS.search(body, t1, d.start)
    ]  # fmt: skip
    if after:
        first = min(after, key=lambda d: d.start)
        return first.date, max(0, first.start - t1)
    before = [
        d for d in dates
        if lo <= d.start and d.end <= t0 and not _TRIGGER_WORDS.search(body, d.end, t0)
    ]  # fmt: skip
    if not before:
        return None
    last = max(before, key=lambda d: d.start)
    return last.date, t0 - last.end


def _just_before_remarks(
    body: str,
    start: int,
    *,
    lo: int,
    t0: int,
    dates: Sequence[DateMention],
    published: dt.date | None,
) -> PartialDate | None:
    """The month of the remarks an event just preceded: "told reporters after meeting ...".

    An event the speaker has just come from ("after returning from the summit",
    "at the end of a trade mission") lies days before the remarks: their month
    (the remarks' own date, else the publication date) dates it.
    """
    link = _JUST_BEFORE.search(body, lo, t0)
    if link is None or not _REMARKS.search(body, start, link.start()):
        return None
    said = [d.date for d in dates if start <= d.start and d.end <= link.start()]
    if said:
        return PartialDate(said[-1].year, said[-1].month) if said[-1].month else None
    return PartialDate(published.year, published.month) if published is not None else None


def _location(
    body: str,
    lo: int,
    hi: int,
    mentions: Sequence[CountryMention],
    dateline_city: tuple[str, str] | None,
) -> Place | None:
    """'in Baku', 'to Riyadh', 'in Albania', 'to the White House', 'here' (the dateline)."""
    venue_re, venues = _venue_pattern()
    venue = venue_re.search(body, lo, hi)
    if venue is not None:
        city, code = venues[venue.group()]
        return Place(city=city, country=Country(code))
    for match in _PLACE_IN.finditer(body, lo, hi):
        words = match.group("place").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            city_code = city_country(name)
            if city_code is not None:
                return Place(city=name, country=Country(city_code))
        start = match.start("place")
        for mention in mentions:
            if mention.start == start and mention.kind != "group":
                return Place(city=None, country=Country(mention.code))
    if dateline_city is not None and _HERE.search(body, lo, hi):
        return Place(city=dateline_city[0], country=Country(dateline_city[1]))
    return None


def _organization(
    body: str, lo: int, hi: int, trigger: int, mentions: Sequence[CountryMention]
) -> str | None:
    """The body nearest the trigger: "a meeting of the IMF", "the NATO Summit"."""
    org_re, forms = _org_pattern()
    found: list[tuple[int, str]] = [
        (m.start(), forms[m.group()]) for m in org_re.finditer(body, lo, hi)
    ]
    found += [(m.start, m.code) for m in mentions if m.kind == "group" and lo <= m.start < hi]
    short = _ORG_SHORT.search(body, lo, hi) if not found else None
    if short is not None:
        earlier = [forms[m.group()] for m in org_re.finditer(body, 0, short.start())]
        named = [name for name in earlier if name.endswith(short["head"])]
        return named[-1] if named else None
    if not found:
        return None
    return min(found, key=lambda f: abs(f[0] - trigger) + (0 if f[1] != "UN" else 50))[1]


def _title(text: str, trigger_start: int, trigger_end: int, offset: int) -> str | None:
    """The event's own name around a conference trigger ("NATO Summit")."""
    for match in _ORDINAL_TITLE.finditer(text):
        if match.start() + offset <= trigger_start and trigger_end <= match.end() + offset:
            title = match.group().strip()
            title = re.sub(r"^(?:the|a|an|The|A|An)\s+", "", title)
            if any(w[:1].isupper() for w in title.split()):
                return title
    return None


def _holds(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in ``[start, end)``."""
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def _candidates(article: Article) -> list[_Candidate]:
    body = article.body
    published = article.published
    home = _home_country(article)
    dateline = _DATELINE.match(body)
    dateline_end = dateline.end() if dateline is not None else 0
    dateline_city: tuple[str, str] | None = None
    if dateline is not None:
        city = dateline.group("city").strip().title()
        code = city_country(city)
        if code is None:
            found = extract_country_mentions(city)
            code = found[0].code if found and found[0].kind == "capital" else None
        if code is None and dateline.group("region"):
            found = extract_country_mentions(dateline.group("region"))
            code = found[0].code if found and found[0].kind != "group" else None
        if code is not None:
            dateline_city = (city, code)
    sentences = split_sentences(body)
    hits = [m.start() for m in _TRIGGER_WORDS.finditer(body)]
    triggered = [s for s in sentences if _holds(hits, s.start, s.end)]
    if not triggered:
        return []
    # Officials are read only where they can matter: trigger sentences, and lead sentences
    # with a role word, which introduce full names used later ("Rha" after "Rha Woong Bae").
    lead = [(s.start, s.end) for s in sentences[:_LEAD] if s.start < triggered[-1].end]
    spans = sorted(set(person_spans(body, lead)) | {(s.start, s.end) for s in triggered})
    scanned = body_mentions(body)
    people = extract_people(body, home=home, within=spans, mentions=scanned.mentions)
    out: list[_Candidate] = []
    for sentence in triggered:
        if _LINK_LINE.match(sentence.text):
            continue  # "READ: ..." heads another story
        dates = extract_dates(sentence.text, published)
        local = scanned.between(sentence.start, sentence.end)
        topics: list[_Candidate] = []  # earlier talks of the sentence, whose topic may follow
        previous: _Candidate | None = None
        used = [
            (m.start() + sentence.start, m.end() + sentence.start)
            for m in _NOT_A_MEETING.finditer(sentence.text)
        ]
        for rule, kind, pattern in _RULES:
            for match in pattern.finditer(sentence.text):
                t0, t1 = match.start() + sentence.start, match.end() + sentence.start
                if any(a <= t0 < b or t0 <= a < t1 for a, b in used):
                    continue
                cand = _candidate(
                    article, sentence, (rule, kind, t0, t1), people=people, mentions=local,
                    dates=dates, dateline_end=dateline_end, dateline_city=dateline_city, home=home,
                )  # fmt: skip
                used.append((t0, t1))
                if cand is None:
                    continue
                if (
                    cand.kind is MeetingKind.CONFERENCE
                    and cand.status is MeetingStatus.HELD
                    and any(t.anchor < t0 and t.clause_end <= t0 for t in topics)
                ):
                    cand.weak = True  # "spoke with X to thank him for organizing COP28"
                if cand.kind in (MeetingKind.CALL, MeetingKind.MEETING) and not cand.weak:
                    topics.append(cand)
                if (
                    cand.kind is MeetingKind.CONFERENCE
                    and previous is not None
                    and previous.kind is MeetingKind.CONFERENCE
                    and _AND_ANOTHER.search(body, previous.anchor, t0)
                ):
                    # "on October 4-5 ... the ministerial meeting and the conference on X"
                    cand.date = cand.date or previous.date
                    cand.location = cand.location or previous.location
                previous = cand
                out.append(cand)
    return out


def _candidate(
    article: Article,
    sentence: Sentence,
    trigger: tuple[str, MeetingKind, int, int],
    *,
    people: Sequence[PersonMention],
    mentions: Sequence[CountryMention],
    dates: Sequence[DateMention],
    dateline_end: int,
    dateline_city: tuple[str, str] | None,
    home: str | None,
) -> _Candidate | None:
    """Read the clause around one trigger (rule, kind, body offsets) into a candidate."""
    rule, kind, t0, t1 = trigger
    body = article.body
    lo, hi = _clause(sentence, t0, t1)
    if re.match(r"\s+(?:\w+\s+){0,2}between\b", body[t1 : t1 + 40]):
        lo = t0  # "the phone call between X and Y": the sides follow
    before = body[max(sentence.start, t0 - 35) : t0]
    hedge = _SPECULATIVE.search(before)
    if (
        hedge is not None
        and hedge.group().lower() in _MODALS
        and len(before) - hedge.end() > 12
        and not re.match(
            r"\s+(?:\w+\s+)?(?:hold|have|begin|start|resume|attend|meet|visit|be\s+held"
            r"|take\s+place|travel)\b",
            before[hedge.end() :],
        )
    ):
        hedge = None  # the hedge governs another verb: "might decide at the summit"
    if hedge is not None or re.match(
        r"(?:\s+with\s+[A-Z][\w-]*)?\s+(?:could|might|may)\b", body[t1 : t1 + 40]
    ):
        return None  # "talks could begin", "may meet": only speculated about
    if rule == "meeting.met_with" and re.match(
        r"\s+(?:the\s+)?(?:demand|needs?|requirements?)", body[t1:]
    ):
        return None
    # Sides stop where a new clause starts: "meeting, the reported American proposal".
    new_clause = _NEW_CLAUSE.search(body, t1, hi)
    sides_hi = new_clause.start() if new_clause else hi
    local = [m for m in mentions if lo <= m.start < sides_hi]
    who = list({p.name: p for p in people if lo <= p.start < sides_hi}.values())
    countries = {m.code for m in local if m.kind != "group"}
    countries |= {p.country for p in who if p.country}
    organization = _organization(body, lo, hi, t0, mentions)
    # The place after the trigger, up to the next meeting word (whose place it would be).
    following = _TRIGGER_WORDS.search(body, t1, hi)
    location = _location(body, t0, following.start() if following else hi, mentions, dateline_city)
    named = _PLACE_BEFORE.search(body, max(sentence.start, t0 - 40), t0)  # "the Venice summit"
    named_code = city_country(named["place"]) if named is not None else None
    if location is None and named is not None and named_code is not None:
        location = Place(city=named["place"], country=Country(named_code))
    if location is None:
        location = _location(body, lo, t0, mentions, dateline_city)
    if location is not None and location.country is not None:
        countries.add(location.country.alpha_3)
    if kind is MeetingKind.VISIT and home is not None and not countries - {home} and who:
        countries.add(home)
    if home is not None and _OWN_SIDE.search(body, max(sentence.start, t0 - 40), t0):
        countries.add(home)  # "The delegation met with ..." in the government's own readout
    offset_dates = [
        attrs.evolve(d, start=d.start + sentence.start, end=d.end + sentence.start) for d in dates
    ]
    status = _status(body[sentence.start : t0], body[t0:t1], body[t1 : sentence.end])
    if status is MeetingStatus.PLANNED and article.published is not None:
        future = extract_dates(sentence.text, article.published, tense="future")
        offset_dates = [
            attrs.evolve(d, start=d.start + sentence.start, end=d.end + sentence.start)
            for d in future
        ]
    # A time before "ahead of", "after", "following" dates the other event of the sentence.
    link = list(
        re.finditer(r"\b(?:ahead\s+of|in\s+advance\s+of|after|following|before)\b", body[lo:t0])
    )
    date_lo = lo + link[-1].end() if link else lo
    picked = _pick_date(body, offset_dates, (max(date_lo, dateline_end), hi), (t0, t1))
    date, date_gap = picked if picked is not None else (None, 0)
    if date is None and status is MeetingStatus.HELD:
        date = _just_before_remarks(
            body, sentence.start, lo=lo, t0=t0, dates=offset_dates, published=article.published
        )
    if date is not None and article.published is not None and date.first_day() > article.published:
        status = MeetingStatus.PLANNED
    title = (
        _title(sentence.text, t0, t1, sentence.start) if kind is MeetingKind.CONFERENCE else None
    )
    if (
        rule == "meeting.met_with"
        and organization is not None
        and re.search(r"\bmeeting\s+of\b|\b[A-Z][\w-]*\s+meeting\b", body[t0 - 12 : t1 + 20])
    ):
        kind, rule = MeetingKind.CONFERENCE, "meeting.org_meeting"
        title = title or _title(sentence.text, t0, t1, sentence.start)
    if rule == "meeting.commission" and organization is not None:
        kind = MeetingKind.CONFERENCE  # a session of an organisation's body, not bilateral
    if rule in ("meeting.commission", "meeting.org_meeting"):
        named = _SESSION_TITLE.match(body, max(sentence.start, t0 - 20), sentence.end)
        named = named or _SESSION_TITLE.search(body, max(sentence.start, t0 - 20), t1 + 80)
        if named is not None and named.start("t") <= t0 < named.end("t"):
            title = named["t"]
    weak = bool(_BACK_REFERENCE.search(body[sentence.start : t0])) and not re.match(
        r"\s+(?:between|with|of|by|to)\b", body[t1 : t1 + 12]
    )
    if weak and kind is MeetingKind.CONFERENCE and re.match(r"\s+on\s+[A-Z]", body[t1 : t1 + 12]):
        weak = False  # "the international conference on Afghanistan" names an event
    if kind is MeetingKind.CONFERENCE:
        # A conference named with no time, place, people or plan is a name, not an event;
        # one with a single state and no organisation is domestic unless it is a summit.
        weak = (
            weak
            or (organization is None and not countries)
            or (
                rule == "meeting.conference_named"
                and not (date or location or who or status is MeetingStatus.PLANNED)
            )
            or (
                organization is None
                and len(countries) < 2
                and not _INTERNATIONAL.search(body, t0, t1)
            )
        )
    elif (len(countries) < 2 and organization is None) and (
        not (countries and who)
        or (len(who) < 2 and all(p.country is not None and p.country in countries for p in who))
    ):
        weak = True  # one side only: domestic, or a back-reference
    participants = [
        Participant(p.name, p.role, Country(p.country) if p.country else None) for p in who
    ]
    if rule == "meeting.spoke_with" and any("mbassador" in (p.role or "") for p in who):
        kind, rule = MeetingKind.MEETING, "meeting.spoke_with_envoy"  # an envoy is met in person
    return _Candidate(
        rule=rule,
        kind=kind,
        status=status,
        countries=countries,
        organization=organization,
        date=date,
        location=location,
        participants=participants,
        title=title,
        evidence=[Span.of(body, sentence.start, sentence.end)],
        anchor=t0,
        date_gap=date_gap,
        weak=weak,
        another=bool(_ANOTHER.search(body, max(sentence.start, t0 - 30), t1)),
        clause_end=hi,
    )


def _same_event(a: _Candidate, b: _Candidate) -> bool:
    if a.status is not b.status:
        return False
    if a.kind is not b.kind and frozenset({a.kind, b.kind}) not in _COMPATIBLE:
        return False
    if (
        a.date is not None
        and b.date is not None
        and not (a.date.contains(b.date) or b.date.contains(a.date))
    ):
        return False
    if (
        a.kind is MeetingKind.CONFERENCE is b.kind
        and a.evidence[-1] == b.evidence[0]
        and _AND_ANOTHER.search(
            b.evidence[0].text,
            max(0, a.anchor - b.evidence[0].start),
            b.anchor - b.evidence[0].start,
        )
    ):
        return False  # "the ministerial meeting and the conference on Afghanistan": two events
    if a.evidence[0] == b.evidence[-1] and {a.kind, b.kind} == {
        MeetingKind.VISIT,
        MeetingKind.CONFERENCE,
    }:
        return True  # "traveled to Turkiye to attend the meeting in Antalya": one event
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
    if a.kind is MeetingKind.CONFERENCE is b.kind and a.organization == b.organization is not None:
        return True  # one body meets once per date: "the 28th Conference ... (COP28)"
    if MeetingKind.CONFERENCE in (a.kind, b.kind) and a.kind is not b.kind:
        sideline = _SIDELINES.search(a.evidence[0].text) or _SIDELINES.search(b.evidence[0].text)
        if sideline is not None and a.kind is not MeetingKind.VISIT is not b.kind:
            return False  # a meeting on the sidelines of a summit is an event of its own
    if (
        a.kind is MeetingKind.CONFERENCE
        and b.kind is MeetingKind.CONFERENCE
        and not (a.organization and b.organization)
        and (a.countries & b.countries or not (a.countries and b.countries))
    ):
        # One gathering named twice ("the COP28 summit" ... "COP28"): one may omit the body.
        return (
            a.title is None
            or b.title is None
            or a.title == b.title
            or bool(a.countries & b.countries)
        )
    if (
        MeetingKind.CONFERENCE in (a.kind, b.kind)
        and a.kind is not b.kind
        and not (a.organization and a.organization == b.organization)
    ):
        return bool(a.title and a.title == b.title)
    if not a.countries or not b.countries:
        return a.organization is not None and a.organization == b.organization
    if min(len(a.countries), len(b.countries)) < 2 and (a.date is None or b.date is None):
        return False  # one side and no date to tie them: too little to call it the same event
    overlap = len(a.countries & b.countries) / len(a.countries | b.countries)
    return overlap >= 0.5 or a.countries <= b.countries or b.countries <= a.countries


_KIND_RANK = {
    MeetingKind.CONFERENCE: 3,
    MeetingKind.VISIT: 2,
    MeetingKind.MEETING: 1,
    MeetingKind.CALL: 1,
}


def _merge(into: _Candidate, other: _Candidate) -> None:
    """Fold ``other`` into ``into``.

    A trip to a conference is the conference; talks on a visit are the visit.
    """
    if _KIND_RANK[other.kind] > _KIND_RANK[into.kind]:
        into.kind, into.rule = other.kind, other.rule
    into.countries |= other.countries
    into.organization = into.organization or other.organization
    if into.date is None or (other.date is not None and into.date.contains(other.date)):
        into.date = other.date or into.date
    into.location = into.location or other.location
    names = {p.name for p in into.participants}
    into.participants += [p for p in other.participants if p.name not in names]
    into.title = into.title or other.title
    if other.evidence[0] not in into.evidence:
        into.evidence += other.evidence


def _back_reference(records: list[_Candidate], cand: _Candidate) -> None:
    """A mention naming no sides refers to the latest event of its kind.

    With the same date (or none) it only adds evidence; with a date of its own
    it is an earlier or later session of that event ("The first meeting was
    held in Ankara in February 2017"): a new record with the same sides.
    """
    same = [r for r in records if r.kind is cand.kind] or [
        r for r in records if frozenset({r.kind, cand.kind}) in _COMPATIBLE
    ]
    if not same:
        return
    target = same[-1]
    if cand.another:
        records.append(
            attrs.evolve(
                cand,
                countries=target.countries | cand.countries,
                rule=f"{cand.rule}+another",
                weak=False,
                participants=list(cand.participants),
            )
        )
        return
    if cand.date is None or (
        target.date is not None
        and (target.date.contains(cand.date) or cand.date.contains(target.date))
    ):
        if cand.evidence[0] not in target.evidence:
            target.evidence += cand.evidence
        return
    if cand.kind is MeetingKind.CONFERENCE or cand.date_gap > _DATE_REACH:
        return  # a date far from the trigger may date anything in the sentence
    records.append(
        attrs.evolve(
            cand,
            countries=target.countries | cand.countries,
            organization=cand.organization or target.organization,
            participants=list(cand.participants),
            rule=f"{cand.rule}+back_reference",
            weak=False,
        )
    )


def _forward_references(first: _Candidate, pending: list[_Candidate]) -> None:
    """Mentions naming no sides before the first event (a lead) refer to it when compatible."""
    for cand in pending:
        if cand.status is not first.status or not (
            cand.kind is first.kind or frozenset({cand.kind, first.kind}) in _COMPATIBLE
        ):
            continue
        first.evidence = [*cand.evidence, *first.evidence]
        if _KIND_RANK[cand.kind] > _KIND_RANK[first.kind]:
            first.kind, first.rule = cand.kind, cand.rule  # "X visited Y. They discussed ..."
        first.date = first.date or cand.date
        first.location = first.location or cand.location
        first.anchor = min(first.anchor, cand.anchor)


def extract_meetings(article: Article) -> tuple[Meeting, ...]:
    """Find the meetings an article reports: calls, talks, visits and conferences.

    Args:
        article: The article; its ``published`` date resolves relative dates
            ("today", "on Thursday") and its ``outlet`` tells whose officials
            an unqualified title names ("President Biden" in a White House
            readout).

    Returns:
        One :class:`~diplonews.models.Meeting` per distinct event, in text
        order; ``()`` when the article reports none.

    >>> import datetime as dt
    >>> art = Article(id="a1", published=dt.date(2022, 1, 26), body=(
    ...     "Azerbaijani Foreign Minister Jeyhun Bayramov and his Pakistani counterpart "
    ...     "Shah Mahmood Qureshi discussed bilateral ties during a phone call."))
    >>> [(m.kind.value, m.status.value, [str(c) for c in m.countries], m.rule)
    ...  for m in extract_meetings(art)]
    [('call', 'held', ['AZE', 'PAK'], 'meeting.phone_call')]
    >>> art = Article(id="a2", published=dt.date(2025, 5, 17), body=(
    ...     "Turkish Foreign Minister Hakan Fidan will travel to Riyadh on Sunday."))
    >>> [(m.kind.value, m.status.value, str(m.date), m.location.city)
    ...  for m in extract_meetings(art)]
    [('visit', 'planned', '2025-05-18', 'Riyadh')]
    >>> extract_meetings(Article(id="a3", body="The cabinet meeting approved the budget."))
    ()

    .. versionadded:: 0.1.0
    """
    records: list[_Candidate] = []
    pending: list[_Candidate] = []  # weak mentions before any event: "ended a weekend meeting"
    for cand in _candidates(article):
        if cand.weak:
            if records:
                _back_reference(records, cand)
            else:
                pending.append(cand)
            continue
        for record in reversed(records):
            if cand.another:
                break
            if _same_event(record, cand):
                _merge(record, cand)
                break
        else:
            records.append(cand)
    if records:
        _forward_references(records[0], pending)
    for record in records:
        sides = len(record.countries) + (record.organization is not None)
        if record.kind is MeetingKind.MEETING and (
            sides >= _MANY_SIDES
            or (record.organization is not None and _MANY_STATES.search(record.evidence[0].text))
        ):
            # "talks with the ministers of the US, the EC and Canada": a gathering of many
            record.kind, record.rule = MeetingKind.CONFERENCE, f"{record.rule}+multilateral"
    return tuple(
        Meeting(
            article_id=article.id,
            kind=r.kind,
            status=r.status,
            countries=[Country(c) for c in r.countries],
            organization=r.organization,
            date=r.date,
            location=r.location,
            participants=r.participants,
            title=r.title,
            evidence=r.evidence,
            rule=r.rule,
        )
        for r in records
    )
