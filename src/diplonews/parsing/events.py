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
``meeting.received``, ``meeting.commission``, ``meeting.spoke_with_envoy``;
suffixes tell how a record grew: ``+back_reference``, ``+another``,
``+multilateral`` (talks among four or more sides are a conference).

The patterns live in :mod:`~diplonews.parsing._meeting_rules`, place, date and
body in :mod:`~diplonews.parsing._meeting_places`, merging in
:mod:`~diplonews.parsing._meeting_merge`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from diplonews.models import Article, Meeting, MeetingKind, MeetingStatus
from diplonews.parsing._context import body_mentions
from diplonews.parsing._meeting_merge import (
    _back_reference,
    _Candidate,
    _forward_references,
    _merge,
    _same_event,
)
from diplonews.parsing._meeting_places import (
    _BRIEFED,
    _NAMED_BEFORE,
    _PORTFOLIO,
    _a_people,
    _body_session,
    _clause,
    _dateline,
    _holds,
    _home_country,
    _in_business,
    _just_before_remarks,
    _list_item,
    _location,
    _not_a_state_visit,
    _not_meetings,
    _organization,
    _own_people,
    _pick_date,
    _sentence_dates,
    _title,
)
from diplonews.parsing._meeting_rules import (
    _AND_ANOTHER,
    _ANOTHER,
    _BACK_REFERENCE,
    _CALLED_FOR,
    _CALLED_OFF,
    _CONDITION_AFTER,
    _INTERNATIONAL,
    _LEAD,
    _LINK_LINE,
    _MANY_SIDES,
    _MANY_STATES,
    _MODALS,
    _NAMED_ROUND,
    _NEW_CLAUSE,
    _NON_STATE_AFTER,
    _NON_STATE_BEFORE,
    _OWN_SIDE,
    _PAST,
    _PAST_AFTER,
    _PLACE_BEFORE,
    _REJECTED_HEAD,
    _RULES,
    _SESSION_TITLE,
    _SPECULATIVE,
    _SPEECH_CONTENT,
    _TOPIC_BEFORE,
    _TRIGGER_WORDS,
    _status,
)
from diplonews.parsing._people import (
    PersonMention,
    extract_people,
    person_spans,
)
from diplonews.parsing._sections import by_section
from diplonews.parsing._text import Sentence, split_sentences
from diplonews.parsing.countries import CountryMention, city_country
from diplonews.parsing.dates import DateMention, Tense
from diplonews.values import Country, Participant, Place, Span

__all__ = ["extract_meetings"]

# A counterpart after a body's meeting ("of the G7 with China"), not a verb's "had ended with".
_WITH_SIDE = re.compile(
    r"""(?:(?!\b(?:had|has|have|was|were|is|are|will|would|ended|ends|closed|broke)\b)
    [^,;]){0,60}?\bwith\b  # up to the "with", past no verb of the meeting itself""",
    re.VERBOSE,
)


def _candidates(article: Article) -> list[_Candidate]:
    body = article.body
    home = _home_country(article)
    dateline_end, dateline_city = _dateline(body)
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
    dates: dict[tuple[int, Tense], list[DateMention]] = {}  # read once per sentence and tense
    rejected: set[str] = set()  # gathering words of names rejected as no meeting
    for sentence in triggered:
        if _LINK_LINE.match(sentence.text):
            continue  # "READ: ..." heads another story
        local = scanned.between(sentence.start, sentence.end)
        topics: list[_Candidate] = []  # earlier talks of the sentence, whose topic may follow
        previous: _Candidate | None = None
        used = []
        text = sentence.text
        for m in _not_meetings(text):
            used.append((m.start() + sentence.start, m.end() + sentence.start))
            head = _REJECTED_HEAD.search(text[m.start() : m.end()])
            if head is not None:
                rejected.add(head["head"].lower())
        for rule, kind, words, pattern in _RULES:
            if words and not any(w in text for w in words):
                continue  # no match can be there
            for match in pattern.finditer(text):
                t0, t1 = match.start() + sentence.start, match.end() + sentence.start
                if any(a <= t0 < b or t0 <= a < t1 for a, b in used):
                    continue
                cand = _candidate(
                    article, sentence, (rule, kind, t0, t1), people=people, mentions=local,
                    dates=dates, dateline_end=dateline_end, dateline_city=dateline_city, home=home,
                    hits=hits,
                )  # fmt: skip
                used.append((t0, t1))
                if (
                    cand is not None
                    and kind is MeetingKind.CONFERENCE
                    and cand.organization is None
                    and match.group().lower() in rejected
                    and not _NAMED_BEFORE.search(body, max(sentence.start, t0 - 30), t0)
                ):
                    continue  # "the Global Media Forum" ... "the 3rd Forum": the same non-meeting
                if cand is None or (
                    rule == "meeting.discussed_with"
                    and any(
                        c.kind is MeetingKind.CALL
                        for c in out
                        if c.evidence[0].start == sentence.start
                    )
                ):
                    continue  # "discussed X with Y during a phone call": the call itself
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
    dates: dict[tuple[int, Tense], list[DateMention]],
    dateline_end: int,
    dateline_city: tuple[str, str] | None,
    home: str | None,
    hits: Sequence[int],
) -> _Candidate | None:
    """Read the clause around one trigger (rule, kind, body offsets) into a candidate."""
    rule, kind, t0, t1 = trigger
    body = article.body
    lo, hi = _list_item(body, _clause(sentence, t0, t1), (t0, t1), hits)
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
    if _CONDITION_AFTER.match(body, t1, sentence.end):
        return None  # "travelling to Turkey on Friday if there is progress": hypothetical
    if rule == "meeting.met_with" and re.match(
        r"\s+(?:the\s+)?(?:demand|needs?|requirements?)", body[t1:]
    ):
        return None
    if _CALLED_FOR.search(body, max(sentence.start, t0 - 250), t0) or _CALLED_OFF.search(
        body, t1, sentence.end
    ):
        return None  # talks only called for, or called off
    # Sides stop where a new clause starts: "meeting, the reported American proposal".
    new_clause = _NEW_CLAUSE.search(body, t1, hi)
    sides_hi = new_clause.start() if new_clause else hi
    said = _SPEECH_CONTENT.search(body, lo, t0) or _TOPIC_BEFORE.search(body, lo, t0)
    said = said or _BRIEFED.search(body, lo, t0)  # "briefed Trump on his talks": not a side
    gap = (said.start(said.lastindex or 0), said.end(said.lastindex or 0)) if said else (t0, t0)
    local = [
        m
        for m in mentions
        if lo <= m.start < sides_hi
        and not gap[0] <= m.start < gap[1]
        and not _NAMED_ROUND.match(body, m.end)
        and not _a_people(body, m)  # "Syrians fleeing the war": a people, not a side
        and not (
            "for " in body[m.start - 8 : m.start]
            and _PORTFOLIO.search(body, max(lo, m.start - 40), m.start)
        )
    ]
    who = list(
        {
            p.name: p for p in people if lo <= p.start < sides_hi and not gap[0] <= p.start < gap[1]
        }.values()
    )
    other = _NON_STATE_AFTER.match(body, t1, sentence.end)
    if other is not None and not any(t1 <= p.start < other.end() for p in who):
        return None  # "met the Azerbaijani community", "talks with the banks": no state there
    other = _NON_STATE_BEFORE.search(body, max(lo, t0 - 90), t0)
    if other is not None and not any(other.end() <= p.start < t0 and p.country for p in who):
        return None  # "the noteholders' representative would meet ..."
    if _own_people(body, (sentence.start, t0, t1, sides_hi), who, local):
        return None  # a state's own advisers or legislators: a domestic meeting
    if kind is MeetingKind.VISIT and _not_a_state_visit(
        body, (lo, t0, t1, sides_hi), who, mentions
    ):
        return None
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
    plain = organization is None and not who and kind is MeetingKind.MEETING
    session = _body_session(body, sentence.start, t0, dateline_city) if plain else None
    if session is not None:  # "The diplomats were meeting" after "Senior EC diplomats"
        organization, location = session[0], location or session[1]
        kind, rule, countries = MeetingKind.CONFERENCE, "meeting.org_meeting", set()
    if location is not None and location.country is not None:
        countries.add(location.country.alpha_3)
    if kind is MeetingKind.VISIT and home is not None and not countries - {home} and who:
        countries.add(home)
    if home is not None and _OWN_SIDE.search(body, max(sentence.start, t0 - 40), t0):
        countries.add(home)  # "The delegation met with ..." in the government's own readout
    status = _status(body[sentence.start : t0], body[t0:t1], body[t1 : sentence.end])
    tense: Literal["past", "future"] | None = "future" if status is MeetingStatus.PLANNED else None
    if _PAST_AFTER.match(body, t1, sentence.end):
        tense = "past"  # "the February meeting produced little": a past February
    offset_dates = _sentence_dates(
        dates,
        sentence,
        article.published,
        tense if tense is not None and article.published is not None else "auto",
    )
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
    # No tense of its own: neither a plan nor a past cue in the clause ("at the meeting of X").
    untensed = (
        status is MeetingStatus.HELD
        and tense is None
        and re.search(r"\b[Tt]he\s+(?:[\w-]+\s+)?\Z", body[max(sentence.start, t0 - 30) : t0])
        is not None
        and not _PAST.search(body, lo, t0)
        and not re.match(r"[^.;]{0,40}?\b(?:was|were|has|have|had)\b", body[t1:hi])
    )
    if date is not None and article.published is not None and date.first_day() > article.published:
        status = MeetingStatus.PLANNED
    elif (
        status is MeetingStatus.PLANNED
        and date is not None
        and article.published is not None
        and date.last_day() < article.published
    ):
        status = MeetingStatus.HELD  # "preparations for hosting COP29 in November 2024": past
    title = (
        _title(sentence.text, t0, t1, sentence.start) if kind is MeetingKind.CONFERENCE else None
    )
    if (
        rule == "meeting.met_with"
        and organization is not None
        and re.search(r"\bmeeting\s+of\b|\b[A-Z][\w-]*\)?\s+meeting\b", body[t0 - 12 : t1 + 20])
        and not _WITH_SIDE.match(body, t1)  # "the meeting of X with Y", not "ended with"
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
        not (countries and who) or all(p.country in countries or _in_business(p) for p in who)
    ):
        weak = True  # one side only (a company's executive is none): domestic, or a back-reference
    participants = [
        Participant(p.name, p.role, Country(p.country) if p.country else None) for p in who
    ]
    if (
        rule == "meeting.spoke_with"
        and not re.search(r"phone|today", body[t0:t1])
        and any(re.search(r"[Aa]mbassador\s+to\b", p.role or "") for p in who)
    ):
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
        untensed=untensed,
    )


@by_section
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
        if cand.untensed and any(
            r.status is MeetingStatus.PLANNED
            and r.organization is not None
            and r.organization == cand.organization
            for r in records
        ):
            cand.status = MeetingStatus.PLANNED  # "the next meeting of the G7" ... "at the meeting"
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
    # One state, no body and nobody named: no other side is even implied ("the talks here").
    records = [
        r
        for r in records
        if r.kind is MeetingKind.CONFERENCE
        or len(r.countries) >= 2
        or r.organization is not None
        or r.participants
    ]
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
