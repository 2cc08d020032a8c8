"""The states a story tells attending a gathering, or staying away from it, in clauses of their own.

A conference's own sentence often names only its host or its body; the states taking part
are told later, each in a clause whose verb is the taking part itself: "Leaders from A, B and
C are also attending", "D's president attended as a guest, and E sent its foreign minister as
an observer", "Both will attend the talks" (the two officials told just before), "the forum,
which both leaders will attend" (the story's pair). Those states are sides of the gathering
(spec section 2: the states "the text names or clearly refers to as taking part"). A state told
staying away ("F boycotted the summit", "G did not attend") is no side, even where the
gathering's own sentence named it; nor is one whose clause only comments on the gathering
("C voiced unease about the summit", "C's officials said they would follow the talks
closely"), unless the gathering's own sentence names it, it hosts it, or a clause tells it
taking part. A state told as the agenda's topic in the gathering's own sentence ("with the
war in C at the top of the agenda", "A protested, and the matter will be raised when the
ministers meet") is no side either, unless the story names it elsewhere (where it may be
told taking part) or it hosts the gathering.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.meetings._kinds import CONFERENCE, HELD, PLANNED
from diplonews.meetings._merge import Candidate
from diplonews.meetings._places import read_dateline
from diplonews.meetings._story import dateline_officials
from diplonews.models import Article, MeetingStatus
from diplonews.text import (
    PersonMention,
    Sentence,
    body_mentions,
    extract_people,
    home_country,
    split_sentences,
)
from diplonews.text.countries import extract_country_mentions, place_country

__all__ = ["agenda_topics", "attendance_told", "story_officials"]

# A clause's taking part in a gathering, by tense: held ("are attending", "attended", "took
# part", "sent its minister as an observer") or to come ("will attend", "are expected to take
# part", "will also be there"). The verb is the clause's own: what follows it is checked by
# ``_ONLY_THE_GATHERING``.
_TAKES_PART = re.compile(
    r"""\s(?:(?P<held>(?:are|is|were|was)\s+(?:also\s+|both\s+)?(?:attending|participating)
      |(?:also\s+|both\s+)?(?:attended|participated|took\s+part)
      |(?:also\s+)?sent\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,4}?as\s+(?:an?\s+)?(?:observer|guest)s?
      # "A and B also sent ministers", "the members that sent ministers": a body's members
      # sitting in its session through the officials they sent
      |(?:also\s+)?sent\s+(?:(?:its|their)\s+)?(?:[a-z]+\s+)?(?:ministers|delegations|delegates
      |representatives)
      # an official speaking at it, leading his state's delegation to it or representing a
      # state there takes part: "which X addressed", "to which X led his country's delegation"
      |(?:also\s+)?(?:addressed|(?P<represented>represented)
      |led\s+(?:[\w'’-]+\s+){0,3}?delegation))
    |(?P<coming>(?:will|would)\s+(?:also\s+|both\s+)?(?:attend|participate|take\s+part|be\s+there
      |address|(?P<represents>represent)|lead\s+(?:[\w'’-]+\s+){0,3}?delegation)
      |(?:are|is)\s+(?:also\s+|both\s+)?(?:expected|due|set|scheduled)\s+to\s+(?:attend
      |participate|take\s+part|be\s+there)))\b""",
    re.VERBOSE,
)
# A clause's staying away: "boycotted the summit", "did not attend", "will not take part",
# "declined to attend", "stayed away".
_STAYS_AWAY = re.compile(
    r"""\s(?:(?P<coming>(?:will|would)\s+(?:not\s+(?:attend|participate|take\s+part)
      |(?:also\s+)?boycott|stay\s+away))
    |(?:also\s+)?boycotted|stayed\s+away|(?:did|does)\s+not\s+(?:attend|participate|take\s+part)
    |(?:has\s+|had\s+)?(?:declined|refused)\s+to\s+(?:attend|participate|take\s+part))\b""",
    re.VERBOSE,
)
# A word every match of _TAKES_PART and _STAYS_AWAY holds (their own gates hold "will").
_VERB_WORDS = (
    "attend",
    "participat",
    "take",
    "took",
    "there",
    "observer",
    "guest",
    "sent",
    "boycott",
    "stay",
    "address",
    "represent",
    "delegation",
)
# What may follow the verb when its object is the gathering told (or none): the clause's end,
# "as a guest", "as an observer", "the two-day summit", "the Vienna talks", "it", "too".
_ONLY_THE_GATHERING = re.compile(
    r"""\s*(?:[.,;:"”]|\Z|as\s+(?:an?\s+)?(?:guest|observer)|too\b|as\s+well\b|along\s+with\b
    |including\b|(?:in\s+|from\s+)?(?:it|them)\b
    |(?:in\s+|from\s+|to\s+)?the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|conference|session|talks
      |forum|gathering|council|assembly
      # a body's gathering by its name: "the UN General Assembly", "the Human Rights Council"
      |Summit|Meeting|Conference|Session|Forum|Council|Assembly)s?\b)""",
    re.VERBOSE,
)
# Another event a subject tells in a phrase of its own, whose states are no attendees: "Ahead
# of a meeting with Y in P, X attended", "X, who held talks with Y, will attend", "X will meet
# Y in P, then is due to attend", "X will speak by phone with Y, then will attend", "the summit
# in P, which Z will attend".
_OTHER_EVENT = re.compile(
    r"""\b(?:meet|meets|met|held|holds|visit|visits|visited|signed|received|spoke|speak|speaks
    |phone|phoned|travel(?:s|led|ed)?|arrived|flew|left|meetings?|talks|calls?|conversation
    |summits?|trip)\b""",
    re.VERBOSE,
)
# The place the clause gives the gathering it names: "will attend the council in Vienna".
_PLACE_OF_ITS_OWN = re.compile(r"\s+(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# The clauses of a sentence: "A attended as a guest, and B sent its minister as an observer".
_CLAUSES = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# The speaker of a report before its clause: "officials said leaders of A and B will attend".
_SAID = re.compile(r".*\b(?:said|says|added|announced|confirmed|reported)(?:\s+that)?\s", re.DOTALL)
# A clause commenting on the gathering, its subject no side: "C voiced unease about the summit",
# "C welcomed the talks", "C's officials said they would follow the session closely".
_COMMENTS = re.compile(
    r"""\s(?:(?:has|have|had)\s+)?(?:(?:voiced|expressed|raised)\s+(?:[\w-]+\s+){0,2}?
    (?:unease|concerns?|doubts|misgivings|reservations|hopes?|optimism|scepticism|skepticism)
    \s+(?:about|over|at|for|on)|welcomed|critici[sz]ed|condemned|praised|hailed|dismissed
    |said\s+(?:it|they|he|she)\s+(?:would|will|was|were)\s+(?:follow|following|watch|watching))
    \s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|conference|session|talks|forum|gathering)s?
    \b""",
    re.VERBOSE,
)
# A gathering's own sentence telling its agenda by a state's business, whose state is its
# topic and no side: "A voiced unease about B's fishing, and diplomats said the issue was likely
# to come up at the summit" (what comes before the issue's clause), "with the war in C at the
# top of the agenda", "where C's debt will dominate the agenda".
_ISSUE_CLAUSE = re.compile(
    r""",\s+and\s+(?:[\w\s]{0,30}?\bsaid\s+(?:that\s+)?)?(?:the|this)\s+(?:issue|matter|question
    |dispute|subject|row|problem)\s+(?:is|was|will|would|could|may|might)\b""",
    re.VERBOSE,
)
_AGENDA_TOPIC = re.compile(
    r"""\b(?:with|as|where|at\s+which)\s+(?P<topic>[^,.;]{0,80}?)\s+(?:(?:at\s+the\s+top\s+of|on
    |topping|dominating|heading|high\s+on)\s+(?:the|its)\s+agenda|(?:will|is\s+(?:expected|likely)
    \s+to|are\s+(?:expected|likely)\s+to)\s+(?:top|dominate|head)\s+(?:the|its)\s+agenda)\b""",
    re.VERBOSE,
)
# The words every clause the pass reads holds one of (a story with none is left alone).
_TOLD_WORDS = re.compile(
    r"attend|part(?:icipat)?|there|sent|boycott|away|unease|concern|doubt|misgiving|reservation"
    r"|hope|optimism|sc?epticism|welcomed|critici|condemned|praised|hailed|dismissed|follow|watch"
    r"|agenda|issue|matter|question|dispute|subject|row|problem|address|represent|delegation"
)
# The state an official represents at the gathering, or on whose behalf he attends it: "will
# represent A", "attended it on behalf of B" (the state, up to the clause's end or the
# gathering's words).
_REPRESENTED = re.compile(r"\s+(?P<whom>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
_ON_BEHALF = re.compile(r"\s*on\s+behalf\s+of(?P<whom>\s+(?:the\s+)?[A-Z][^,.;]{0,40})")
# A gathering told attended by officials, in the passive: "the summit, which was also attended
# by the presidents of A, B and C", "will be attended by ministers from D" (the by-phrase to the
# sentence's or the clause's end); its tense tells the gathering's status (a participle: any).
_ATTENDED_BY = re.compile(
    r"""\b(?:(?P<coming>will\s+(?:also\s+)?be|(?:is|are)\s+(?:expected|due|set)\s+to\s+be)\s+
    |(?P<held>was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?)?(?:also\s+)?
    attended\s+by\s+(?P<by>[^.;]{1,200}?)(?=\s*(?:[.;]|\Z|,\s+(?:and|but|while|which|who|where)\b))""",
    re.VERBOSE,
)
# A subject in a relative clause after the gathering: "the forum, in which X took part", "the
# council, which X will attend", "at which X will represent A" (the subject is what follows).
_WHICH = re.compile(r"\b(?:which|whom)\s+")
# A clause that wishes, asks or wonders rather than tells: "expressed the hope that A would
# take part", "urged B to attend", "asked whether C would attend".
_NOT_TOLD = re.compile(
    r"""\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)
    |ask(?:s|ed|ing)?|call(?:s|ed)?\s+on|encourag(?:e|es|ed|ing)|want(?:s|ed)?|whether|if
    |unless|may|might|could|should)\b""",
    re.VERBOSE,
)
# A subject that is no state's official: "Reporters from A will also be there", "Several B firms
# sent executives", "business leaders of C are attending": people of a state taking part in no
# name of its own (spec section 2: a state's meeting with companies is none).
_NO_STATE_SUBJECT = re.compile(
    r"""\b(?:reporters?|journalists?|correspondents?|media|firms?|compan(?:y|ies)
    |businesses|business\s+(?:leaders|people|executives)|executives|investors|bankers|traders
    |entrepreneurs|fans|tourists|students|artists|athletes|activists)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A subject told by the pair it refers to: "Both", "Both leaders", "which both will attend",
# "where the two ministers will take part".
_THE_PAIR = re.compile(
    r"""(?:.*?\b(?:which|where|and)\s+)?(?:[Bb]oth|[Tt]he\s+two)(?:\s+(?:leaders|ministers
    |presidents|premiers|prime\s+ministers|men|sides))?\s*""",
    re.VERBOSE | re.DOTALL,
)


def _states(text: str) -> set[str]:
    """The states ``text`` names by name or demonym (not by a capital: a city is a place)."""
    return {m.code for m in extract_country_mentions(text) if m.kind in ("name", "demonym")}


def _without_other_events(subject: str) -> str:
    """The subject with each phrase telling another event blanked, up to its commas.

    "Ahead of a meeting with Y, X" is "X"; "X, who held talks with Y, " is "X".
    """
    for event in _OTHER_EVENT.finditer(subject):
        begin = subject.rfind(",", 0, event.start()) + 1
        end = subject.find(",", event.end())
        end = len(subject) if end < 0 else end
        subject = subject[:begin] + " " * (end - begin) + subject[end:]
    return subject


def _pair_before(sentences: Sequence[Sentence], i: int, records: list[Candidate]) -> set[str]:
    """The two states "both" refers to: the story's lead pair, else the sentence before's two.

    A story led by two states' talks tells "both leaders" of them, whoever the sentence
    before names ("a third state could host talks ... Both leaders are due to attend");
    one led by the gathering tells of the two officials named just before.
    """
    # the story's lead: the events its first telling sentence tells ("X met Y, while both
    # leaders were attending the session": the talks beside the session)
    opening = records[0].evidence[0].start if records else -1
    first = [r for r in records if r.evidence[0].start == opening]
    for lead in first:
        if len(lead.countries) == 2 and lead.kind is not CONFERENCE and lead.organization is None:
            return set(lead.countries)
    if i > 0:
        before = _states(sentences[i - 1].text)
        if len(before) == 2:
            return before
    return set()


def _gathering(records: list[Candidate], at: int, status: MeetingStatus | None) -> Candidate | None:
    """The event the story tells last before ``at`` with ``status`` (any: None), if a gathering."""
    told = [r for r in records if r.evidence[0].start < at and status in (None, r.status)]
    # of two events one sentence tells, the gathering: "X met Y, while both leaders were
    # attending the General Assembly" tells the talks and the session the pair attended
    last = max(
        told,
        key=lambda r: (r.evidence[0].start, r.kind is CONFERENCE or r.organization is not None),
        default=None,
    )
    # a gathering, or a body's session however its sentence told it ("the council met")
    if last is None or (last.kind is not CONFERENCE and last.organization is None):
        return None
    return last


def story_officials(article: Article) -> tuple[PersonMention, ...]:
    """The story's officials with their states: as named, else the outlet's or the dateline's.

    "OSLO, May 15 (Reuters) - ... which Trade Minister X will attend": X is Norway's, as
    the candidates' own reading of officials gives a bare government title the dateline's
    state (:func:`~diplonews.meetings._story.dateline_officials`).
    """
    body = article.body
    mentions = body_mentions(body).mentions
    home = home_country(article)
    year = article.published.year if article.published is not None else None
    people = extract_people(body, home=home, mentions=mentions, year=year)
    if home is None:
        city = read_dateline(body)[1]
        state = city[1] if city is not None else place_country(article.dateline)
        if state is not None:
            people = dateline_officials(body, people, mentions, state)
    return people


def attendance_told(
    body: str,
    records: list[Candidate],
    officials: Callable[[], Sequence[PersonMention]] | None = None,
) -> None:
    """A gathering has the states told taking part in it, not those told staying away or aside.

    Each clause of the story whose verb is taking part ("are also attending", "attended as a
    guest", "will attend the talks") or staying away ("boycotted the summit") is read for its
    subject's states; the gathering is the one the story told last before the clause, of the
    verb's tense (held for "attended", planned for "will attend"). "Both" and "the two" are
    the story's lead pair (two states' talks), else the two states of the sentence before. A
    state whose clause only comments on the gathering ("C voiced unease about the summit",
    "C's officials said they would follow the talks closely") is no side either, unless the
    gathering's own sentence names it, it hosts it or a clause tells it taking part; nor is one
    its own sentence tells as its agenda's topic (:func:`agenda_topics`) and the story names
    nowhere else. A subject naming no state by name or demonym has the states of the
    officials it names (``officials``: the story's, read when first needed), "the council,
    which Trade Minister X will attend" in a story datelined in X's capital.

    >>> from diplonews.values import Span
    >>> body = ("Leaders of the bloc opened a summit in Vientiane. Nepal welcomed the summit. "
    ...         "Leaders from Japan and India are also attending.")
    >>> record = Candidate(
    ...     rule="meeting.conference_named", kind=CONFERENCE, status=HELD,
    ...     countries={"LAO", "NPL"}, organization="ASEAN", date=None, location=None,
    ...     participants=[], title=None,
    ...     evidence=[Span(text="Leaders of the bloc opened a summit", start=0, end=35)],
    ...     anchor=27)
    >>> attendance_told(body, [record])
    >>> sorted(record.countries)
    ['IND', 'JPN', 'LAO']
    """
    if not any(r.kind is CONFERENCE or r.organization is not None for r in records):
        return
    if not may_match(_TOLD_WORDS, body):
        return
    sentences = split_sentences(body)
    joined: dict[int, set[str]] = {}
    away_from: dict[int, set[str]] = {}
    aside: dict[int, set[str]] = {}
    by_id = {id(r): r for r in records}
    people: list[Sequence[PersonMention]] = []  # the story's officials, read once if asked

    def officials_within(begin: int, end: int, subject: str) -> set[str]:
        """The states of the officials the subject (at ``begin``..``end``) names unblanked."""
        if officials is None:
            return set()
        if not people:
            people.append(officials())
        return {
            p.country
            for p in people[0]
            if p.country is not None
            and begin <= p.start
            and p.end <= end
            and subject[p.start - begin : p.end - begin].strip()
        }

    for i, sentence in enumerate(sentences):
        text = sentence.text
        for by in _ATTENDED_BY.finditer(text) if "attended by" in text else ():
            # "the summit, which was also attended by the presidents of A and B": A and B
            phrase = by["by"]
            others = _NO_STATE_SUBJECT.search(phrase)  # "... and business leaders": not them
            phrase = phrase[: others.start()] if others is not None else phrase
            start = sentence.start + by.start("by")
            states = _states(phrase) or officials_within(start, start + len(phrase), phrase)
            status = PLANNED if by["coming"] else HELD if by["held"] else None
            gathering = _gathering(records, sentence.start + by.start(), status)
            if gathering is not None and states:
                joined.setdefault(id(gathering), set()).update(states)
        # a clause's verb is one its whole sentence holds too: a sentence with none is skipped
        if not (
            _COMMENTS.search(text)
            or (
                any(word in text for word in _VERB_WORDS)
                and (_STAYS_AWAY.search(text) or _TAKES_PART.search(text))
            )
        ):
            continue
        cuts = [0, *(m.end() for m in _CLAUSES.finditer(text)), len(text)]
        for begin, end in itertools.pairwise(cuts):
            clause = text[begin:end]
            at = sentence.start + begin
            told = _told(clause, sentences, i, records, at=at, officials_within=officials_within)
            if told is None:
                continue
            how, verb_at, states, status, place = told
            # the gathering's own sentence may hold the clause: "the forum, which both will
            # attend" is told after the forum's word
            gathering = _gathering(records, at + verb_at, status)
            if gathering is None:
                continue
            city = gathering.location.city if gathering.location else None
            if place is not None and not (city and place.startswith(city)):
                continue  # "will attend the council in Vienna": another gathering than P's
            mark = {"part": joined, "away": away_from, "aside": aside}[how]
            mark.setdefault(id(gathering), set()).update(states)
    for key, record in by_id.items():
        record.countries |= joined.get(key, set())
        record.countries -= away_from.get(key, set())
        host = (
            {record.location.country.alpha_3}
            if record.location and record.location.country
            else set()
        )
        if aside.get(key):  # (its own sentence's states read only for a comment aside told)
            own = _states(record.evidence[0].text)
            record.countries -= aside[key] - joined.get(key, set()) - own - host
        if record.kind is CONFERENCE or record.organization is not None:
            topics = agenda_topics(record) - joined.get(key, set()) - host
            if topics:  # a state the story names elsewhere too may be told taking part there
                span = record.evidence[0]
                topics -= _states(body[: span.start] + " " + body[span.end :])
            record.countries -= topics


def agenda_topics(record: Candidate) -> set[str]:
    """The states a gathering's own sentence tells as its agenda's topic, not as its sides.

    "A voiced unease about B's fishing, and diplomats said the issue will come up at the
    summit": A and B, the clause before the issue's, when the gathering's word follows it;
    "with the war in C at the top of the agenda": C.
    """
    span = record.evidence[0]
    text = span.text
    topics: set[str] = set()
    issue = _ISSUE_CLAUSE.search(text) if may_match(_ISSUE_CLAUSE, text) else None
    if issue is not None and issue.start() < record.anchor - span.start:
        topics |= _states(text[: issue.start()])
    for agenda in _AGENDA_TOPIC.finditer(text) if "agenda" in text else ():
        topics |= _states(agenda["topic"])
    return topics


def _told(
    clause: str,
    sentences: Sequence[Sentence],
    i: int,
    records: list[Candidate],
    *,
    at: int,
    officials_within: Callable[[int, int, str], set[str]],
) -> tuple[str, int, set[str], MeetingStatus | None, str | None] | None:
    """What a clause tells of a gathering: taking part, staying away or a comment aside.

    Returns the kind ("part", "away", "aside"), where the verb starts, the subject's states,
    the status of the gathering the verb's tense points to (None: either) and the place the
    clause gives the gathering it names ("will attend the council in Vienna"), if any; None
    when the clause tells none of them. ``at`` is where the clause starts in the body, for
    ``officials_within`` (the states of the officials a stretch of the body names).
    """
    comment = _COMMENTS.search(clause)
    if comment is not None:
        subject = clause[: comment.start()]
        said = _SAID.match(subject)
        states = _states(subject[said.end() :] if said is not None else subject)
        return ("aside", comment.start(), states, None, None) if states else None
    away = _STAYS_AWAY.search(clause)
    part = _TAKES_PART.search(clause) if away is None else None
    verb = away or part
    if verb is None:
        return None
    after, whom = verb.end(), set[str]()
    if part is not None and (part["represented"] or part["represents"]):
        represented = _REPRESENTED.match(clause, after)
        if represented is None:
            return None
        whom = _states(represented["whom"])  # "at which X will represent A": A takes part
        after = represented.end()
    behalf = _ON_BEHALF.match(clause, after) if part is not None else None
    if behalf is not None:  # "which X will attend on behalf of A": A takes part
        whom |= _states(behalf["whom"])
        after = behalf.end()
    gathering_told = _ONLY_THE_GATHERING.match(clause, after)
    if gathering_told is None:
        return None
    subject = clause[: verb.start()]
    if _NOT_TOLD.search(subject):
        return None  # a wish or a question is no taking part told
    said = _SAID.match(subject)
    begin = at
    if said is not None:  # "officials said leaders of A will attend": the leaders
        subject = subject[said.end() :]
        begin += said.end()
    # the last relative pronoun: "the forum, which X attended" is told of X
    relative = next(reversed(list(_WHICH.finditer(subject))), None)
    if relative is not None:
        begin += relative.end()
        subject = subject[relative.end() :]
    subject = _without_other_events(subject)
    if _NO_STATE_SUBJECT.search(subject):
        return None  # reporters or firms of a state attending: no state taking part
    place = _PLACE_OF_ITS_OWN.match(clause, gathering_told.end())
    coming = verb["coming"] is not None
    if _THE_PAIR.fullmatch(subject) is not None:
        states = _pair_before(sentences, i, records)
    else:
        states = _states(subject)
    if not states and away is None:
        # "the council, which Trade Minister X will attend": the official's own state
        states = officials_within(begin, begin + len(subject), subject)
    states |= whom
    if not states:
        return None
    how = "away" if away is not None else "part"
    where = place["place"] if place is not None else None
    return how, verb.start(), states, PLANNED if coming else HELD, where
