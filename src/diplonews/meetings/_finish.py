"""The passes over the story's records once every mention is read, in the order they run.

Each pass decides one thing the records together tell (the day of a session on the
programme, the story's lead for mentions told before any event, the other side of a
one-sided record, the members told next ...), then the last filters
and :func:`as_meetings` turn the records into :class:`~diplonews.models.Meeting` values.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Callable, Iterator, Sequence

import attrs

from diplonews import _regex as re
from diplonews._regex_words import may_match
from diplonews.gazetteer import load_group_members, state_at
from diplonews.meetings._attending import agenda_topics
from diplonews.meetings._kinds import CALL, CONFERENCE, HELD, MEETING, PLANNED, VISIT
from diplonews.meetings._merge import (
    Candidate,
    forward_references,
    launched_round,
    merge,
    same_event,
)
from diplonews.meetings._places import body_officials, of_its_time, read_dateline, venue_told
from diplonews.meetings._records import day_of_a_range
from diplonews.meetings._rules import (
    ARRIVED_AND,
    MANY_SIDES,
    MANY_STATES,
    SIDELINES,
    TOPIC_BEFORE,
)
from diplonews.meetings._split import TALKS
from diplonews.meetings._story import article_pairs, lead_states
from diplonews.models import Article, Meeting
from diplonews.text import (
    PersonMention,
    Sentence,
    bloc_seat,
    body_mentions,
    extract_people,
    meeting_words,
    split_sentences,
)
from diplonews.text.countries import (
    CountryMention,
    city_country,
    extract_country_mentions,
    opening_city,
    place_country,
    state_codes,
)
from diplonews.text.dates import DAY_OF_MONTH_PATTERN, extract_dates, number_word
from diplonews.values import Country, PartialDate, Participant, Place, Span

__all__ = [
    "agreed_by_the_pair",
    "as_meetings",
    "body_seats_no_side",
    "cities_visited",
    "commission_places",
    "date_sessions",
    "dated_by_the_report",
    "dateline_cities",
    "dates_from_the_trip",
    "delegates_at_sessions",
    "delegations",
    "first_visits",
    "gathering_cities",
    "group_ministers_sides",
    "group_roster",
    "guests_by_number",
    "hosts_cities",
    "leaders_at_gatherings",
    "listed_fields_officials",
    "lone_events",
    "many_sides_as_conferences",
    "members_in_camps",
    "members_named",
    "members_quoted",
    "members_told_next",
    "merge_late_sides",
    "onward_legs",
    "opening_days",
    "pair_business_at_gatherings",
    "pair_in_formats",
    "pair_people_told_before",
    "plural_title_officials",
    "producers_and_consumers",
    "received_on_the_visit",
    "resolve_pending",
    "seat_no_side",
    "sentence_cities",
    "sessions_opened_here",
    "sideline_cities",
    "sideline_pairs",
    "sides_at_gatherings",
    "sides_by_number",
    "sides_meeting_again",
    "sides_of_sources",
    "sides_of_their_time",
    "speakers_at_gatherings",
    "stated_places",
    "surnames_in_full",
    "talks_at_body_seats",
    "talks_at_gatherings",
    "talks_planned_on_a_visit",
    "venue_cities",
    "visit_next_cities",
    "visitor_steps",
    "visitor_talks",
    "with_another_side",
]


def _told_before(article: Article, pending: list[Candidate]) -> list[Candidate]:
    """The talks a story's opening back-reference points at, when no event is told at all.

    "A's minister and her B counterpart discussed security on Monday. During the
    meeting, the sides ...": a sentence opening with the talks ("During the
    meeting", "At the talks") refers to the sentence just before it; when that one
    tells a discussion and names exactly two states, they are the talks' sides.
    """
    for cand in pending:
        span = cand.evidence[0]
        if (
            cand.kind not in (MEETING, CALL)
            or cand.status is not HELD
            or cand.organization is not None
            or not _OPENING_REFERENCE.match(span.text, 0, cand.anchor - span.start)
        ):
            continue
        previous = _sentence_before(article.body, span.start)
        if previous is None or not _DISCUSSED.search(previous.text):
            continue
        named = state_codes(previous.text)
        if len(named) != 2 or not cand.countries <= named:
            continue
        evidence = [Span.of(article.body, previous.start, previous.end), span]
        return _of_pair(article, cand, pending, named, rule="told_before", evidence=evidence)
    return []


def _sentence_before(body: str, start: int) -> Sentence | None:
    """The last sentence with words before ``start``, if any."""
    previous = [s for s in split_sentences(body[:start]) if s.text.strip()]
    return previous[-1] if previous else None


def _of_pair(
    article: Article,
    cand: Candidate,
    pending: list[Candidate],
    named: set[str],
    *,
    rule: str,
    evidence: list[Span],
) -> list[Candidate]:
    """``cand`` as the event of the two states ``named``, the story's other mentions its own."""
    event = attrs.evolve(
        cand,
        countries=named,
        weak=False,
        rule=f"{cand.rule}+{rule}",
        participants=list(cand.participants),
        evidence=evidence,
    )
    forward_references(event, [c for c in pending if c is not cand], article.published)
    return [event]


# A sentence opening with the talks it refers to: "During the meeting,", "At the talks".
_OPENING_REFERENCE = re.compile(
    r"\s*(?:(?:During|At|In\s+the\s+course\s+of|Over|In)\s+)?(?:[Tt]he|[Tt]heir)\s+(?:[a-z-]+\s+)?\Z"
)


# A sentence telling a discussion: "A and B discussed", "exchanged views on".
_DISCUSSED = re.compile(
    r"\b(?:discussed|exchanged\s+views|talked\s+over|mulled|considered|represented\s+by)\b"
)


def dates_from_the_trip(records: list[Candidate], today: dt.date | None) -> None:
    """Held talks with no date of their own, told after a dated trip that shares a state, are its.

    "She led a delegation to a conference in X this week ... The delegation
    met with Y": the talks took place on that trip, in its time. A dated trip
    only announced (planned) in between ends the inheritance, and so does one
    that ended more than a month before the story ("recalled his visit in 2017").
    """
    trip: Candidate | None = None
    told: Candidate | None = None  # the last dated event held on the story's visit
    for record in sorted(records, key=lambda r: r.anchor):
        if (
            told is not None
            and record.date is None
            and record.status is HELD
            and record.kind is MEETING
            and record.countries & told.countries
            and _ON_THE_VISIT.match(record.evidence[0].text, 0, record.anchor)
        ):
            # "As part of the visit, X was received by Y" after the dated session it was
            # for: a day of the same visit, whose days the story does not tell, so its month
            assert told.date is not None
            record.date = PartialDate(told.date.year, told.date.month)
        recent = record.date is not None and (
            today is None or today - record.date.last_day() <= dt.timedelta(days=31)
        )
        if record.date is not None and record.status is HELD:
            told = record if recent else None
        if record.kind in (VISIT, CONFERENCE) and record.date is not None:
            trip = record if record.status is HELD and recent else None
        elif (
            trip is not None
            and record.date is None
            and record.status is HELD
            and record.kind is MEETING
            and record.countries & trip.countries
            # "He noted his recent conversation with Y": talks a speaker reports, of no step
            and not _SPEAKER_REPORTS.search(
                record.evidence[0].text, 0, record.anchor - record.evidence[0].start
            )
            # "X, who arrived in P last night, held talks with Y": the arrival's time is the
            # trip's first day, not the time of the talks its own sentence tells
            and not (
                trip.evidence[0].start == record.evidence[0].start
                and trip.evidence[0].text.startswith("arriv", trip.anchor - trip.evidence[0].start)
            )
        ):
            record.date = trip.date


# The city right after the verb of a visit: "will visit Bonn", "is due to visit Beijing".
_VISIT_CITY = re.compile(r"[Vv]isit\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def cities_visited(article: Article, records: list[Candidate]) -> None:
    """A visit told by its verb and a city of a side's state takes that city as its place.

    "X will visit Bonn in May for talks": the trip's place is Bonn. Set once the
    records are merged, as the place of a visit to come; it adds no side, and a trip
    to several states keeps no one place.
    """
    for record in records:
        if (
            record.kind is not VISIT
            or record.location is not None
            or len(record.countries) > 2  # a trip to several states: no one place
        ):
            continue
        visit = _VISIT_CITY.match(article.body, record.anchor)
        if visit is not None:
            record.location = _side_city(visit["place"], record, article.published)


# A standing body's name running on in its field, then the session's place: "the A-B
# Intergovernmental Commission on Economic Cooperation was held in Belgrade", "their commission
# on trade and economic cooperation in Tbilisi", "the X Committee on Trade, held in Riga".
_FIELD_THEN_PLACE = re.compile(
    r"""[^.;]{0,160}?\b[Cc]o(?:mmission|mmittee)\s+on\s+(?:[A-Za-z-]+,?\s+){1,8}?
    (?:(?:,\s+)?held\s+|(?:was|were)\s+held\s+
    |(?:will|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+(?:be\s+held|take\s+place)\s+)?
    in\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)""",
    re.VERBOSE,
)


def commission_places(article: Article, records: list[Candidate]) -> None:
    """A commission's session whose name runs on in its field takes the city after that name.

    "The 9th meeting of the A-B Intergovernmental Commission on Economic Cooperation was
    held in Belgrade": the field ("on Economic Cooperation") is part of the body's name, not
    a topic that ends the clause, so the city after it is the session's place. Set once the
    records are merged; only a city of one of its sides, and it adds no side.
    """
    _place_told_after(
        article, records, _FIELD_THEN_PLACE, lambda r: r.rule.startswith("meeting.commission")
    )


# The gathering's host and the city it hosts it in, right after its name: "the NATO Summit
# that Lithuania will host in Vilnius", "COP30, which Brazil will host in Belem".
_HOST_IN = re.compile(
    r"""[^.;]{0,100}?,?\s+(?:that|which)\s+(?:[\w’'-]+\s+){1,4}?
    (?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+scheduled\s+to)\s+(?:co-)?host\s+
    in\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)""",
    re.VERBOSE,
)


def hosts_cities(article: Article, records: list[Candidate]) -> None:
    """A gathering its host "will host in" a city takes that city as its place.

    "They discussed the G20 summit that Brazil will host in Rio de Janeiro in November":
    the summit's place. Set once the records are merged; only a city of one of its
    sides, and it adds no side.
    """
    _place_told_after(article, records, _HOST_IN, lambda r: r.kind is CONFERENCE)


# Talks on the sidelines of a gathering told with its city: "met Y on the sidelines of the
# ASEAN ministers' meeting in Kuala Lumpur", "on the margins of the summit in Samarkand". The
# stop of a one-letter initial ends no sentence: a gathering named with a dotted initialism
# ("the EU-U.S. Trade Forum in Lisbon") is the one written "EU-US Trade Forum".
_SIDELINES_IN = re.compile(
    r"""(?:[^.;]|(?<=\b[A-Z])\.){0,160}?\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of
    \s+(?:[^.;,]|(?<=\b[A-Z])\.){0,100}?
    \bin\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)""",
    re.VERBOSE,
)


def sideline_cities(article: Article, records: list[Candidate]) -> None:
    """Talks on the sidelines of a gathering told with its city take that city as their place.

    "X met Y on the sidelines of the summit in Samarkand": the talks were held there, in
    whichever state; the city adds no side (a host of the gathering is none of the talks).
    """
    _place_told_after(article, records, _SIDELINES_IN, lambda r: r.kind is MEETING, _city_named)


def _place_told_after(
    article: Article,
    records: list[Candidate],
    told: re.Pattern[str],
    wanted: Callable[[Candidate], bool],
    city: Callable[[str, Candidate, dt.date | None], Place | None] | None = None,
) -> None:
    """Give each ``wanted`` record with no place the city ``told`` reads from its trigger on.

    ``told`` is matched at the record's trigger, within its first sentence; its ``place``
    group names the city, which ``city`` turns into a place (by default only a city of one
    of the record's sides).
    """
    for record in records:
        if record.location is not None or not wanted(record):
            continue
        found = told.match(article.body, record.anchor, record.evidence[0].end)
        if found is not None:
            record.location = (city or _side_city)(found["place"], record, article.published)


# A city told by "in" within the record's own sentence: "talks which ended in Tokyo today",
# "the next session, to be held in Baku in May", or one someone leaves for ("leaves for Quito
# on Friday for talks"). Connecting words inside a city's name ("Rio de Janeiro", "Port of
# Spain") are read with it.
# The city may follow what it is: "in the Tajik city of Khujand", "in the Laotian capital,
# Vientiane", "in the Black Sea resort of Sochi".
_IN_CITY = re.compile(
    r"""\b(?:[Ii]n|(?:leaves?|left|leaving|depart(?:s|ed|ing)?)(?:\s+[a-z]+){0,2}?\s+for)\s+
    (?:the\s+(?:[\w’'-]+\s+){0,3}?(?:city|capital|town|resort|port|village)(?:\s+of|,)?\s+)?
    (?P<place>[A-Z][\w’'-]+(?:\s+(?:(?:de|es|of|al|el)\s+)?[A-Z][\w’'-]+)?)""",
    re.VERBOSE,
)


def sentence_cities(article: Article, records: list[Candidate]) -> None:
    """A record with no place takes the first city of a side's state its sentence puts it "in".

    "They prepared the next meeting of the working group, to be held in Quito in May": the
    meeting's place. Set last among the place passes; only a city of one of its sides, told as a
    whole name (not "in Baku Energy Week"), and it adds no side. A call has no place, a
    trip to several states keeps none, a city after a topic ("to discuss fees in P") may be
    the topic's, and a held record does not take the city of an event to come its sentence
    also tells ("said the commission would meet in P").
    """
    # a visit placed in its host's state only ("a state visit to B") takes a city of B
    for record, state, text in _cityless(records):
        for told in _IN_CITY.finditer(text):
            if (
                _not_its_city(record, text, told.start())
                # a sentence opened "In P" places its event only as a setting ("In P, she
                # will ..."), not as one of a list ("In P and Q") or a speaker's town
                or (told[0].startswith("In") and not _OPENING_SETTING.match(text, told.end()))
            ):
                continue
            place = _side_city(told["place"], record, article.published)
            if (
                place is not None
                and place.city == told["place"]
                and (state is None or place.country == state)
            ):
                record.location = place
                break


# A place the gazetteer lacks, told "in" with its state: after its state's adjective and what
# it is ("in the Brazilian colonial town of P") or before its state ("in P, Indonesia").
_IN_STATED_PLACE = re.compile(
    r"""\bin\s+(?:the\s+(?P<kind>(?:[\w’'-]+\s+){1,3}?)(?:city|town|resort|port|village)\s+of\s+)?
    # (a month is a time, no place: "in March, Peruvian minister X will ...")
    (?!(?:January|February|March|April|May|June|July|August|September|October|November
    |December)\b)
    (?P<place>[A-Z][\w’'-]+(?:\s+(?:(?:de|do|da|del)\s+)?[A-Z][\w’'-]+)?)
    (?:,\s+(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=[\s,.;:]))?""",
    re.VERBOSE,
)


def stated_places(article: Article, records: list[Candidate]) -> None:
    """A record with no city takes a place its sentence puts it "in" together with its state.

    "The summit in the Uruguayan resort of P", "the G20 summit in P, Indonesia": the gazetteer
    need not know P, as the sentence tells what it is and where it lies. Set after the known
    cities, with the same guards (no topic's place, no event to come for a held record); the
    state must agree with a state the record is already placed in, and a place that is itself
    a state or a known city is left to the passes that read those.
    """
    for record, state, text in _cityless(records):
        for told in _IN_STATED_PLACE.finditer(text):
            if told["kind"] is None and told["state"] is None:
                continue
            if _not_its_city(record, text, told.start()):
                continue
            code = _stated_state(told)
            name = told["place"]
            if (
                code is None
                or (state is not None and state.alpha_3 != code)
                or city_country(name) is not None
                or extract_country_mentions(name)
            ):
                continue
            record.location = Place(city=name, country=Country(code))
            break


# A gathering named after its city: "the Munich Security Conference", "the 4th Antalya
# Diplomacy Forum", "the III Shusha Global Media Forum", "the Vilnius NATO Summit".
_CITY_GATHERING = re.compile(
    r"""\bthe\s+(?:\d+(?:st|nd|rd|th)\s+|[IVX]+\s+)?
    (?P<place>(?:St\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)
    \s+(?:[A-Z][\w’'-]*\s+){0,3}?(?:Forum|Conference|Summit|Week|Dialogue)\b""",
    re.VERBOSE,
)


def gathering_cities(article: Article, records: list[Candidate]) -> None:
    """A record with no city takes the known city that opens the name of a gathering it tells.

    "They met on the margins of the Munich Security Conference": the meeting's city, whether
    or not it lies in a side's state. Set after the cities told "in", with their guards (no
    topic's place, no event to come for a held record), and only a city in the state the
    record is already placed in, if any.
    """
    for record, state, text in _cityless(records):
        if not may_match(_CITY_GATHERING, text, 0, len(text)):
            continue
        for told in _CITY_GATHERING.finditer(text):
            if _not_its_city(record, text, told.start()):
                continue
            place = _city_named(told["place"], record, article.published)
            if place is not None and (state is None or place.country == state):
                record.location = place
                break


# A clause of another act opened between an event and a venue: "paid a visit in June, when a
# declaration was signed in the Kremlin" places the signing.
_OTHER_ACT_CLAUSE = re.compile(r",\s+(?:when|where|after\s+which)\b")


def venue_cities(article: Article, records: list[Candidate]) -> None:
    """A record with no city takes the city of a seat of government its sentence puts it at.

    "X hosted Y at the White House today", "invited Y to visit the Kremlin": the event's city
    is the venue's (Washington, Moscow). Only a venue in a side's state and in the state the
    record is already placed in, if any, with the guards of the cities told "in" (no topic's
    place, no event to come for a held record).
    """
    for record, state, text in _cityless(records):
        told = venue_told(text)
        if told is None:
            continue
        at, city, code = told
        if _not_its_city(record, text, at) or _OTHER_ACT_CLAUSE.search(
            text, max(0, record.anchor - record.evidence[0].start), at
        ):
            continue
        place = of_its_time(
            Place(city=city, country=Country(code)), record.countries - {code}, article.published
        )
        seat = place.country.alpha_3 if place.country is not None else code
        if seat in record.countries and (state is None or state.alpha_3 == seat):
            record.location = place


# The sentence after a visit opening on a city: "... paid an official visit to Latvia. In Riga,
# the minister was received by ...", "During the visit in Moscow, ...".
_NEXT_OPENS_IN = re.compile(
    r"""\s*(?:In|During\s+(?:the|this|his|her|their)\s+visit\s+(?:in|to))\s+
    (?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)""",
    re.VERBOSE,
)


def visit_next_cities(article: Article, records: list[Candidate]) -> None:
    """A visit to a state with no city takes a city of that state the next sentence opens on.

    "X paid an official visit to Latvia. In Riga, the minister was received by ...": the
    visit's city is Riga. Only a visit placed in its one host's state and a city of that
    state; a trip to several states keeps none (each leg has its own city).
    """
    for record, state, _ in _cityless(records):
        if record.kind is not VISIT or state is None:
            continue
        told = _NEXT_OPENS_IN.match(article.body, record.evidence[0].end)
        if told is None:
            continue
        place = _side_city(told["place"], record, article.published)
        if place is not None and place.country == state:
            record.location = place


def _stated_state(told: re.Match[str]) -> str | None:
    """The one state a place's adjective ("the Kenyan border town of") or its tail names."""
    said = told["kind"] if told["kind"] is not None else told["state"]
    mentions = [m for m in extract_country_mentions(said) if m.kind != "group"]
    if not mentions or (told["state"] is None and len(mentions) > 1) or mentions[0].start:
        return None
    return mentions[0].code


def _may_take_city(record: Candidate) -> bool:
    """Whether a place pass may give ``record`` a city.

    Only one with none yet: a call has no place and a trip to several states keeps none.
    """
    return (record.location is None or record.location.city is None) and not (
        record.kind is CALL or (record.kind is VISIT and len(record.countries) > 2)
    )


def _cityless(records: list[Candidate]) -> Iterator[tuple[Candidate, Country | None, str]]:
    """Each record a place pass may give a city, the state it is placed in, its sentence."""
    for record in records:
        if _may_take_city(record):
            state = record.location.country if record.location is not None else None
            yield record, state, record.evidence[0].text


def _not_its_city(record: Candidate, text: str, at: int) -> bool:
    """Whether the place told at ``at`` in ``text`` is not ``record``'s own.

    A topic's place ("to discuss fees in P"), or for a held record an event to come's ("said
    the commission would meet in P").
    """
    before = max(0, at - _TO_COME_SPAN)
    own = record.own_words
    if own is not None and not own[0] <= record.evidence[0].start + at < own[1]:
        return True  # "X met Y, building on their talks in Q": Q is the recalled talks' place
    return bool(
        _TOPIC_BEFORE_CITY.search(text, before, at)
        or (record.status is HELD and _TO_COME.search(text, before, at))
    )


# What follows a city that opens a sentence as the setting of what it tells.
_OPENING_SETTING = re.compile(r",|\s+(?:he|she|they|we)\b")
# A word telling of an event to come, just before a city: that city is not a held record's.
_TO_COME = re.compile(r"\b(?:will|would|next|upcoming|host)\b")
_TO_COME_SPAN = 80  # characters before "in P" that may tell of an event to come
# A topic opened just before a city: "to discuss transit fees in P" may place the fees.
_TOPIC_BEFORE_CITY = re.compile(r"\b(?:to\s+discuss|discussing|about|regarding|concerning)\b")


_LEAD_SPAN = 400  # characters of the body past its dateline that hold the lead


def dateline_cities(article: Article, records: list[Candidate]) -> None:
    """A record the lead tells with no city takes the dateline's city, in its own state.

    "BAMAKO, May 12 - Senegal and Mali signed a trade accord as a visit to Mali by the
    Senegalese minister ended": the visit's city is the dateline's. Only a record told in
    the lead, placed in the dateline's state (or, with no place, having it as a side); a
    call has no place and a trip to several states keeps none.
    """
    if not records or not article.body[:1].isupper():
        return
    end, dateline = read_dateline(article.body)
    if dateline is None:
        return
    city, code = dateline
    for record in records:
        if (
            not _may_take_city(record)
            or record.evidence[0].start > end + _LEAD_SPAN
            or _placed_elsewhere(record.evidence[0].text, city)
        ):
            continue
        state = record.location.country if record.location is not None else None
        lead = record.evidence[0].start <= end
        if (state is not None and state.alpha_3 == code) or (
            state is None and lead and record.status is HELD and code in record.countries
        ):
            record.location = of_its_time(
                Place(city=city, country=Country(code)),
                record.countries - {code},
                article.published,
            )


def _placed_elsewhere(text: str, city: str) -> bool:
    """Whether ``text`` puts its event "in" a place that is neither ``city`` nor a state.

    "... opened talks in the Kenyan border town of Busia": a place the gazetteer may not
    know, which the dateline's city must not overrule.
    """
    for told in _IN_CITY.finditer(text):
        place = told["place"]
        if place != city and not extract_country_mentions(place):
            return True
    return False


def _city_named(name: str, record: Candidate, published: dt.date | None) -> Place | None:
    """The city a name opens (its longest known prefix), with the state it lay in then."""
    if (found := opening_city(name)) is None:
        return None
    city, code = found
    return of_its_time(
        Place(city=city, country=Country(code)), record.countries - {code}, published
    )


def _side_city(name: str, record: Candidate, published: dt.date | None) -> Place | None:
    """The city a name opens, if it lies in a side's state."""
    place = _city_named(name, record, published)
    if (
        place is not None
        and place.country is not None
        and place.country.alpha_3 in record.countries
    ):
        return place
    return None


# The lead's call told in the present perfect, the news of the day: "X has held a phone
# conversation with Y", "X has had a telephone conversation with Y", "X has made a phone call".
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|just\s+)?(?:held|had|made)\b")
# An agency's tag closing the lead: ", Trend reports", ", Azernews reports".
_AGENCY_REPORTS = re.compile(r",\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+reports\b")
# A dateline of a city, its state and a day, standing as a sentence: "BAKU, Azerbaijan, May 27."
_DAY_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,\s+[A-Z][\w .'-]*,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\."
)
# A held event's verb in the simple past: "X met Y", "held a telephone conversation".
_PAST_EVENT = re.compile(r"\b(?:met|held|received|was\s+held)\b")
# A day the story names anywhere past its dateline: a calendar day or a weekday, which may be
# the event's own day told later ("During the phone call held on July 23", "on the 23rd of July").
_NAMED_DAY = re.compile(
    rf"""\b(?:{DAY_OF_MONTH_PATTERN}
    |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight)""",
    re.VERBOSE,
)


def dated_by_the_report(article: Article, records: list[Candidate]) -> None:
    """The lead's held call, told in the present perfect with no day, is of the report's day.

    "X has held a telephone conversation with Y, the agency reports": news of the day,
    dated by the publication (spec: a call "reported on January 26" with no other date).
    Calls, and talks, a reception or a visit only where an agency's tag closes a lead under
    a dateline of the day ("BAKU, Azerbaijan, May 27. X met Y in P, Trend reports"), in any
    past: elsewhere they may be one day of a visit begun before. Only where the story names
    no day after that verb, which may be the event's own.
    """
    if article.published is None:
        return
    sentences = split_sentences(article.body)
    if not sentences:
        return
    lead = sentences[0]
    # "BAKU, Azerbaijan, May 27." read as a sentence of its own: the story's lead is the next
    dated_line = len(sentences) > 1 and _DAY_DATELINE.fullmatch(lead.text.strip()) is not None
    if dated_line:
        lead = sentences[1]
    # talks or a visit too where an agency tells them under the day's dateline ("BAKU, May 27.
    # X met Y, Trend reports"): the tag and the dated line make the lead the day's report
    tagged = dated_line and _AGENCY_REPORTS.search(article.body, lead.start, lead.end) is not None
    calls = [
        record
        for record in records
        if record.date is None
        and (record.kind is CALL or (tagged and record.kind is not CONFERENCE))
        and record.status is HELD
        and lead.start <= record.anchor < lead.end
    ]
    if not calls:
        return  # (the body-wide search for a named day below is read only for such a call)
    perfect = _PERFECT.search(article.body, lead.start, lead.end)
    if perfect is None and dated_line and tagged:
        # under a dateline of the day, an agency's tagged lead is that day's news in any past
        perfect = _PAST_EVENT.search(article.body, lead.start, lead.end)
    # (the search starts at the verb: a dateline's day before it is the report's own)
    if perfect is None or _NAMED_DAY.search(article.body, perfect.start()) is not None:
        return
    for record in calls:
        record.date = PartialDate.from_date(article.published)


# An event to come told again by its noun with its opening day: "The session is due to open on
# June 9", "The session, set to open on October 20", "the talks would open on September 15",
# "before the Vienna session opens on June 25".
_OPENS_ON_DAY = re.compile(
    r"""\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+)?(?:session|talks|conference|summit|meeting)
    (?:,?\s+(?:is|are|would|will))?,?(?:\s+(?:due|set|scheduled)\s+to)?\s+opens?\s+on\s""",
    re.VERBOSE,
)


def opening_days(article: Article, records: list[Candidate]) -> None:
    """An event to come, dated by a month or a week, takes the opening day told after it.

    "X will travel to P next month for a session of the commission ... The session is due to
    open on June 9": the event told last before that sentence, still to come and dated by a
    time that holds the day, opens on it (an event dated by a day already keeps its own).
    """
    if article.published is None:
        return
    coarse = [
        r for r in records if r.status is PLANNED and r.date is not None and r.date.day is None
    ]
    if not coarse:
        return  # (the body is searched only for a story with such an event)
    body = article.body
    for told in _OPENS_ON_DAY.finditer(body):
        day = next(
            (
                d.date
                for d in extract_dates(body[told.end() : told.end() + 40], article.published)
                if d.start == 0 and d.date.day is not None
            ),
            None,
        )
        if day is None:
            continue
        last = max(
            (
                r
                for r in coarse
                if r.anchor < told.start()
                and r.date is not None
                and r.date.day is None  # (not one dated by an earlier opening)
                and r.date.contains(day)
            ),
            key=lambda r: r.anchor,
            default=None,
        )
        if last is not None:
            last.date = day


# A sentence opening on the story's visit as the frame of its event: "Within the framework of
# the visit,", "As part of the visit," (not "During the visit,", a time most keys leave open).
_ON_THE_VISIT = re.compile(
    r"(?:Within\s+the\s+framework\s+of|As\s+(?:a\s+)?part\s+of)\s+(?:the|his|her)\s+"
    r"(?:[a-z]+\s+)?visit\s*,"
)


# A speaker's report of talks before the meeting word, or talks told in the pluperfect: "He
# noted his recent conversation with", "She added that she had spoken with".
_SPEAKER_REPORTS = re.compile(
    r"\b(?:noted|mentioned|recalled|recalling|reminded)\b|\b(?:he|she|they)\s+had\b"
)


def _other_side_from_article(article: Article, records: list[Candidate]) -> list[Candidate]:
    """Give a one-state record whose official has no state the state the article pairs with it.

    Outlets name the pair of states in the headline ("Uzbek, Russian Presidents
    talk") or in the story ("Turkish-Uzbek relations", "between Turkey and
    Uzbekistan") and the visiting official by title alone ("Vice President X"):
    when the headline and such pairs name exactly one state besides the
    record's, it is that official's.
    """
    lonely = [
        r
        for r in records
        if r.kind is not CONFERENCE
        and len(r.countries) == 1
        and r.organization is None
        # an official with no state, or a visitor on a visit told without one ("X came to
        # Lima on a working visit")
        and (any(p.country is None for p in r.participants) or r.visitor)
    ]
    if not lonely:
        return []
    partners = article_pairs(article)
    for record in lonely:
        (own,) = record.countries
        others = partners(own)
        if len(others) == 1:
            record.countries |= others
    return [r for r in lonely if len(r.countries) == 2]


# The sides of a meeting told by their number, near its word: "ministers of the three
# countries", "Talks between the three delegations" (two are a pair: the rules' own reading).
_THE_N_SIDES = re.compile(
    r"""\bthe\s+(?P<n>three|four|five|six)\s+(?:countries|governments|delegations|nations
    |states)\b(?![\w-])""",
    re.VERBOSE,
)
# A round of the story's talks, which are the pair's: "An earlier round of talks in P".
_ROUND_OF_TALKS = re.compile(r"\bround\s+of\s+(?:talks|negotiations)\b")
_SIDES_TOLD = {"three": 3, "four": 4, "five": 5, "six": 6}
_SIDES_REACH = 60  # characters on each side of the meeting word
# The acting official told by title alone as the subject, up to the meeting word: "The
# President", "Its foreign minister", "The country's prime minister", "The head of state" (no
# name and no state of his own: the story's state is his).
_TITLE_ALONE = re.compile(
    r"""(?:[Tt]he|[Ii]ts|[Tt]he\s+(?:[A-Z][a-z]+\s+){0,2}(?:country|kingdom|republic|state)['’]s)
    \s+  # the owner: "its", "the country's", "the Baltic state's"
    (?:[A-Za-z-]+\s+){0,2}?  # "foreign", "prime", "deputy foreign"
    (?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|head\s+of\s+(?:state|government))\s+
    (?:[a-z]+\s+){0,4}\Z  # the verb: "held", "paid an official", "also spoke with"
    """,
    re.VERBOSE,
)
# What may stand before that subject in its sentence: nothing, or a dateline ending in a dash.
_OPENS_SENTENCE = re.compile(r"\s*\Z|.*[-–—:]\s*\Z", re.DOTALL)


def lone_events(
    article: Article,
    records: list[Candidate],
    lone: list[Candidate],
    pending: Sequence[Candidate] = (),
) -> None:
    """A one-sided mention no event took is an event with the state the article pairs with it.

    "The Peruvian President held talks with the visiting delegation" under a
    headline naming Chile and Peru is a meeting between the two: when the
    mention names an official, the headline and the story's pairs give its
    state exactly one partner, and no event of its sentence or of that pair
    is told already, it is an event of its own. Who met may also be told
    without a name: as the story's states by their number ("Ministers of
    the three countries will meet in P", when the lead sentence names just
    three states, the side's among them) or as a round of the pair's talks ("An earlier
    round of talks in P ended without a deal"). An official told by title alone ("The
    President received the visiting minister of B on May 14") is of the story's other state
    (the headline's, the dateline's, the lead's), and the event takes the day its sentence
    tells where another word of it took the day (``pending``: "visiting ... on May 14").
    """
    if not lone:
        return
    told = {e for r in records for e in r.evidence}
    partners = article_pairs(article)
    for cand in lone:
        if not cand.weak or len(cand.countries) != 1:
            continue  # completed on the way ("received the guest" on a visit)
        (own,) = cand.countries
        others = partners(own)
        span = cand.evidence[0]
        # "A and B discussed trade at a meeting in Lima": who met is told, if not by title
        discussed = TOPIC_BEFORE.search(span.text, 0, cand.anchor - span.start) is not None
        at = cand.anchor - span.start
        # "Ministers of the three countries will meet", "Talks between the three
        # delegations": who met is told as the story's states, by their number
        numbered = _THE_N_SIDES.search(span.text, max(0, at - _SIDES_REACH), at + _SIDES_REACH)
        if span in told:
            continue
        titled = False
        if numbered is not None:
            told_as = lead_states(article)
            if own not in told_as or len(told_as) != _SIDES_TOLD[numbered["n"]]:
                continue  # the number counts other states than those the lead names
            others = told_as - {own}
        else:
            # "Its foreign minister held talks with the minister of B", "The President
            # received ...": an official told by title alone is of the story's other state
            titled = _titled_alone(span.text, at)
            if titled and not others:
                # a headline naming no state: the dateline's city is the official's
                # ("TASHKENT, May 15 -- The President received the minister of B"), else
                # the one state of the lead sentence ("A has stepped up its diplomacy")
                others = (_dateline_state(article) or lead_states(article)) - {own}
            if len(others) != 1 or not (
                cand.participants
                or discussed
                or titled
                or _ROUND_OF_TALKS.search(span.text, 0, at + 30)
            ):
                continue  # no official named: "meet the demand", "meet them"
        cand.countries |= others
        same = next((r for r in records if same_event(r, cand)), None)
        if same is not None:
            continue  # the pair's event, told already
        cand.weak = False
        cand.rule = f"{cand.rule}+article_pair"
        if titled and cand.date is None:
            cand.date = next(
                (p.date for p in pending if p.evidence[0] == span and p.date is not None),
                None,
            )
        told.add(cand.evidence[0])
        at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
        records.insert(at, cand)


def visitor_steps(records: list[Candidate], lone: list[Candidate]) -> None:
    """A visitor's step to come, told "also" with the host's officials by title, is theirs.

    "X of A arrived in P on a visit. X is also expected to meet with the Speaker of the
    parliament": the step names the visitor alone, its host's officials by title without
    their state; the host is the one state the visitor's told visit or talks share with him,
    and the step is a planned meeting of its own beside them. Only a step to come, and only
    the visitor of the event told before (the same person), takes it: a held "X also met
    the Speaker" is the visit's step, folded into it.
    """
    for cand in lone:
        span = cand.evidence[0]
        if (
            not cand.weak
            or not cand.also
            or cand.kind is not MEETING
            or cand.status is not PLANNED
            or len(cand.countries) != 1
            # a sentence a held event took may still tell this step; one a planned event took
            # told it already
            or any(span in r.evidence and r.status is PLANNED for r in records)
            or not cand.participants
            or any(p.country not in cand.countries for p in cand.participants)
        ):
            continue
        names = {p.name for p in cand.participants}
        (own,) = cand.countries
        # the event told last before the step, of the visitor named in it and one host
        first = next(
            (
                r
                for r in reversed(records)
                if r.anchor < cand.anchor
                and r.kind in (VISIT, MEETING)
                and r.status is HELD
                and len(r.countries) == 2
                and own in r.countries
                and names & {p.name for p in r.participants if p.country in cand.countries}
            ),
            None,
        )
        if first is None:
            continue
        step = attrs.evolve(
            cand,
            countries=set(first.countries),
            weak=False,
            rule=f"{cand.rule}+visitor_step",
            participants=list(cand.participants),
        )
        if any(same_event(r, step) for r in records):
            continue  # the step told already
        at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
        records.insert(at, step)


# The pair as the subject that agrees on a next meeting: "They", "The two leaders", "Both sides".
_PAIR_AGREES = re.compile(
    r"""\s*(?:They|Both\s+(?:sides|leaders|presidents|ministers|countries)
    |The\s+(?:two|both)\s+[a-z]+|The\s+(?:sides|leaders|presidents|parties))\b
    [^.;]*?\bagreed\b  # "... discussed rail links through C and agreed"
    """,
    re.VERBOSE,
)


def agreed_by_the_pair(records: list[Candidate]) -> None:
    """A next meeting the pair of a told event agrees on is the pair's, not the topic's state.

    "A's and B's presidents spoke by phone. They discussed rail links through C and agreed
    that their trade ministers would meet in P next month": "They" are the call's two
    states, and C, named in the topic before "agreed", is no side; a state named after it
    ("agreed to hold talks with C") still is.
    """
    for cand in records:
        span = cand.evidence[0]
        if cand.kind is not MEETING or cand.status is not PLANNED or len(cand.countries) != 2:
            continue
        agrees = _PAIR_AGREES.match(span.text)
        if agrees is None or agrees.end() > cand.anchor - span.start:
            continue
        # the event told last before, of two states: the pair "they" are
        told = next(
            (
                r
                for r in reversed(records)
                if r.anchor < span.start and r.status is HELD and len(r.countries) == 2
            ),
            None,
        )
        if told is None or not cand.countries & told.countries:
            continue
        extra = cand.countries - told.countries
        topic, rest = span.text[: agrees.end()], span.text[agrees.end() :]
        if extra and extra <= state_codes(topic) and not extra & state_codes(rest):
            cand.countries = set(told.countries)


def _titled_alone(text: str, at: int) -> bool:
    """Whether the meeting word at ``at`` has an official told by title alone as its subject.

    >>> _titled_alone("Its foreign minister held talks with X.", 21)
    True
    >>> _titled_alone("He said the President held talks with X.", 22)
    False
    """
    subject = _TITLE_ALONE.search(text, max(0, at - 60), at)
    return subject is not None and _OPENS_SENTENCE.match(text[: subject.start()]) is not None


def _dateline_state(article: Article) -> set[str]:
    """The state of the dateline's city, if the body opens with one (or the reader took it off).

    >>> sorted(_dateline_state(Article(id="x", body="ASTANA, May 8 (Reuters) - The talks")))
    ['KAZ']
    """
    city = read_dateline(article.body)[1]
    if city is not None:
        return {city[1]}
    state = place_country(article.dateline)
    return {state} if state is not None else set()


def talks_planned_on_a_visit(article: Article, records: list[Candidate]) -> None:
    """Talks announced for a visit under way are part of that visit.

    "The Emir reached Kazakhstan on Tuesday, and there he is to hold talks
    with President X": the visit is held (it is taking place) and the
    talks it holds are the visit, not a planned event of their own. The host's
    reception set for a day to come ("is due to be received by the president on
    Friday") stays a planned meeting of its own.
    """
    if article.published is None:
        return
    today = article.published
    for visit in [r for r in records if r.kind is VISIT]:
        if (
            visit.status is not HELD
            or visit.date is None
            or visit.date.day is None
            or not dt.timedelta(0) <= today - visit.date.first_day() <= dt.timedelta(days=3)
        ):
            continue
        names = {p.name for p in visit.participants}
        for talks in [r for r in records if r.kind is MEETING]:
            if (
                talks.status is PLANNED
                # "the upcoming meeting of the commission": a session of its own, not the visit
                and not talks.rule.startswith("meeting.commission")
                and not talks.rule.endswith("+coming")
                # "X is also expected to meet the Speaker": one more step, a record of its own
                and not talks.also
                # (not talks told for a later time: "the next dialogue ... in the autumn")
                and (talks.date is None or talks.date.last_day() - today <= dt.timedelta(days=3))
                # "X, who arrived on Wednesday, is due to be received by the president on
                # Friday": the host's reception set for a day to come, a planned meeting of its
                # own (not "is due to call on the prime minister tomorrow": a step of the visit)
                and not (
                    talks.rule.startswith("meeting.received_by")
                    and talks.date is not None
                    and talks.date.day is not None
                    and talks.date.first_day() > today
                )
                and (
                    len(talks.countries) >= 1
                    # "the bank's envoy is to meet the finance committee tomorrow": the steps
                    # of a body's official on his visit name the body, no state (nor his name)
                    or (talks.organization is not None and talks.organization == visit.organization)
                )
                and talks.countries <= visit.countries
                # "the next session will take place in Cusco": another place, another event
                and not (
                    talks.location is not None
                    and visit.location is not None
                    and talks.location.city != visit.location.city
                )
                and (
                    names & {p.name for p in talks.participants}
                    or len(talks.countries) >= 2
                    or (talks.organization is not None and talks.organization == visit.organization)
                )
            ):
                status = visit.status
                merge(visit, talks)
                visit.status = status
                records.remove(talks)


def _with_the_bodys_chief(talks: Candidate, gathering: Candidate) -> bool:
    """``talks`` are one state's talks with the chief of the body whose gathering they name.

    "X met with Secretary General of the B Y to discuss the agenda of the upcoming B
    summit", "X received the B's Secretary General, with whom he discussed the B summit":
    the body's official, named before its gathering, is the talks' other side, so the talks
    keep the body (spec: "a state and an intergovernmental organisation").
    """
    span = talks.evidence[0]
    if len(talks.countries) > 1 or gathering.anchor <= span.start:
        return False
    return talks.organization in body_officials(span.text, 0, gathering.anchor - span.start)


def talks_at_gatherings(records: list[Candidate]) -> None:
    """Talks held at a gathering told in the same sentence are the sides' own.

    In "A met B in Vilnius at the NATO Summit" the summit's body is not the
    talks' body, and the host state of the summit is no side of the talks
    when two other states are, or when none of the officials named is its.
    """
    for record in records:
        if record.kind not in (MEETING, CALL):
            continue
        gathering = next(
            (
                r
                for r in records
                if r.kind is CONFERENCE and any(e in r.evidence for e in record.evidence[:1])
            ),
            None,
        )
        if gathering is None:
            continue
        if (
            record.date is None
            and gathering.date is not None
            and gathering.date.day is not None
            and record.status is gathering.status
            and SIDELINES.search(record.evidence[0].text) is not None
        ):
            # "met X on the sidelines of the summit in Lima on May 8": the summit's day (a
            # month, "in late April", does not tell the talks' own)
            record.date = day_of_a_range(gathering)
        if (
            record.organization is not None
            and record.organization == gathering.organization
            # (talks of one state with the body's own chief named before its gathering are the
            # body's talks: "met the OTS Secretary General to discuss the OTS summit")
            and not _with_the_bodys_chief(record, gathering)
        ):
            record.organization = None
        where = record.location or gathering.location
        place = where.country if where is not None else None
        if place is not None and place.alpha_3 == record.partner:
            continue  # "bilateral meetings with officials from A, B and C" in A: A is named
        if (
            place is not None
            and (
                len(record.countries - {place.alpha_3}) >= 2
                or (
                    record.participants and not any(p.country == place for p in record.participants)
                )
            )
            and not _host_met(record, place.alpha_3)
        ):
            # "talks in Dushanbe on the sidelines of the summit with X": no host among them
            record.countries.discard(place.alpha_3)


# An official's title right after a demonym: "the Austrian chancellor", "Swiss Economy
# Minister" (not "the Azerbaijani city of", "the Kyrgyz capital").
_TITLE_AFTER = re.compile(
    r"""\s+(?:[A-Za-z-]+\s+){0,2}?(?:[Mm]inister|[Pp]resident|[Cc]hancellor|[Pp]remier|[Kk]ing
    |[Ee]mir|[Ss]ecretary|[Cc]ounterpart|[Aa]mbassador|[Ee]nvoy|[Oo]fficials?|[Dd]elegation
    |[Ll]eader)\b""",
    re.VERBOSE,
)


def _host_met(record: Candidate, code: str) -> bool:
    """Whether the talks' own words name the host state's official as met, before the sidelines.

    "X met the Austrian chancellor on the sidelines of the conference" (in Vienna): the host
    state met is a side, though its official goes unnamed.
    """
    span = record.evidence[0]
    at = record.anchor - span.start
    sidelines = SIDELINES.search(span.text, at)
    end = sidelines.start() if sidelines is not None else len(span.text)
    return any(
        m.code == code
        and m.kind == "demonym"
        and at < m.start < end
        and _TITLE_AFTER.match(span.text, m.end, end) is not None
        for m in extract_country_mentions(span.text[:end])
    )


# Talks told as a series of several: "a series of bilateral meetings", "talks with several
# regional leaders"; and the days after a gathering's first that its series may take.
_SERIES = re.compile(
    r"\b(?:series\s+of|several|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}(?:meetings|talks|leaders"
    r"|counterparts)\b"
)
_SERIES_DAYS = 7
# Talks placed at the gathering their own sentence names, as its sidelines would: "the two
# presidents met in A in May, where they attended the summit", "X and Y met at the summit".
_PLACED_AT_GATHERING = re.compile(
    r"""\bwhere\s+(?:they|both(?:\s+\w+)?|the\s+two(?:\s+\w+)?)\s+(?:(?:had\s+)?attended
    |took\s+part\s+in|were\s+attending)\b
    | \bmet\b[^.;]{0,80}?\bat\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}(?:summit|conference|forum)\b""",
    re.VERBOSE,
)


def sides_at_gatherings(records: list[Candidate]) -> None:
    """States meeting on the sidelines of a gathering take part in that gathering.

    "On the sidelines of the summit, A met B": A and B attend the summit told in
    the sentence, else the latest gathering of the talks' status told before it (held
    talks, a held gathering: not a summit to come told in between). Talks placed at the
    summit of their own sentence ("met at the summit", "where they attended the summit")
    take part in it likewise.
    """
    for at, record in enumerate(records):
        span = record.evidence[0]
        if record.kind not in TALKS:
            continue
        own = next(
            (r for r in records if r.kind is CONFERENCE and span in r.evidence),
            None,
        )
        if SIDELINES.search(span.text) is None:
            if (
                own is not None
                and own.status is record.status
                and _PLACED_AT_GATHERING.search(span.text)
            ):
                own.countries |= record.countries
            continue
        # the latest gathering of the talks' own status: one to come told in between ("the
        # ministers reviewed preparations for the summit") is not the one they were held at
        gathering = own or next(
            (
                r
                for r in reversed(records[:at])
                if r.kind is CONFERENCE
                and r.anchor < record.anchor
                and r.status is record.status
                and not launched_round(r)
            ),
            None,
        )
        if gathering is not None and gathering.status is record.status:
            gathering.countries |= record.countries
    for gathering in records:
        span = gathering.evidence[0]
        if (
            gathering.kind is not CONFERENCE
            or gathering.date is None
            or gathering.date.day is None
            or SIDELINES.search(span.text) is None
            or _SERIES.search(span.text) is None
        ):
            continue
        # "X held a series of bilateral meetings on the sidelines of the forum, which took
        # place on May 29-30." ... "On May 29, X met Y": the talks then told, in the days of
        # the gathering, are that series; their sides take part in the gathering
        first = gathering.date.first_day()
        for record in records:
            if (
                record.kind is MEETING
                and record.status is gathering.status
                and record.anchor > gathering.anchor
                and (
                    record.date is None
                    or record.date.contains(gathering.date)  # "later in the day", read as a year
                    or (
                        record.date.day is not None
                        and dt.timedelta(0)
                        <= record.date.first_day() - first
                        <= dt.timedelta(days=_SERIES_DAYS)
                    )
                )
            ):
                gathering.countries |= record.countries


# The story's delegations at a gathering, told outside its own clause: states or their
# officials that attend it, take part in it or act "at the meeting" ("Representatives of A
# and B were invited to attend the sessions", "A is expected to oppose the plan at this
# meeting"), and the members a body's story names ("OPEC members, including A, B and C").
# The gathering is named in the sentence, else it is the one told last before it; a noun
# qualified by a name ("at the IMF meeting" after a G7 meeting) is another's.
_GATHERING_NOUN = r"(?:meeting|session|summit|conference|gathering|talks)s?\b"
_DELEGATION_AT = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+part\s+in|"
    r"participat(?:e|es|ed|ing)\s+in)\s+(?:(?:some|all|one|each)\s+of\s+)?"
    rf"(?:the|this|that|its)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_GATHERING_NOUN}"
    rf"|\bat\s+(?:the|this|that)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_GATHERING_NOUN}"
)
_MEMBERS_INCLUDING = re.compile(
    r"\b(?P<body>[A-Z][\w-]+)\s+(?:members?|member\s+(?:states|countries|nations))\b"
    r"[^.;:]{0,40}?\b(?:including|such\s+as)\s+"
)


def _members_including(text: str) -> re.Match[str] | None:
    """``_MEMBERS_INCLUDING.search(text)``, searched only where its words stand.

    The pattern opens on a capital, so the engine enters it at each one: a text without
    "member", or without both "including" and "such", cannot hold a match.
    """
    if "member" not in text or ("including" not in text and "such" not in text):
        return None
    return _MEMBERS_INCLUDING.search(text)


# Taking part told in the past: the gathering is one held ("were invited to attend").
_PAST_PART = re.compile(
    r"\b(?:attended|took\s+part|participated|(?:was|were)\s+(?:invited|present))\b"
)
# ... and to come: the gathering is one planned ("will seek ... at the meeting").
_FUTURE_PART = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected\s+|due\s+|set\s+)?to)\s")
# A state named as the topic, not as one taking part: after a topic's preposition ("talks
# on A's debt", "the dispute with B"), or owning or qualifying a thing other than its people
# ("A's policy was criticised at the meeting", "an A-ian journal"; "A's finance minister"
# and "the A-ian delegation" are its delegation).
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|against|with|towards?|into|regarding|concerning)\s+(?:the\s+)?\Z"
)
_POSSESSIVE = re.compile(r"['’]s?\s")
_ITS_PEOPLE = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?i:delegat\w*|officials?|ministers?|representatives?"
    r"|envoys?|ambassadors?|president|premier|leaders?|negotiators?|team|chancellor|secretary"
    r"|chiefs?|heads?)\b"
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# Where the subjects of a phrase "at the meeting" start: a new clause, or a relative one
# ("the decision on A, which the body took at its summit": A is no delegation there).
_CLAUSE_OPEN = re.compile(r"[;:]\s|\b(?:but|while|whereas)\s|,\s+(?:which|who|whom|where)\s")


def _named_list(body: str, at: int, mentions: Sequence[CountryMention]) -> set[str]:
    """The states of a list starting at ``at`` ("Iran, Algeria and Libya, will ..."): its run."""
    states: set[str] = set()
    end = at
    for m in mentions:
        if m.start < end:
            continue
        gap = body[end : m.start]
        if m.kind in ("name", "demonym") and (
            (not states and gap.strip() in ("", "the"))
            or (states and _LIST_GAP.fullmatch(gap) is not None)
        ):
            states.add(m.code)
            end = m.end
        else:
            break
    return states


def _same_body(a: str, b: str) -> bool:
    """Whether two names of a body are one ("G-7", "G7")."""
    return a.replace("-", "").upper() == b.replace("-", "").upper()


def delegations(article: Article, records: list[Candidate]) -> None:
    """A gathering whose clause names fewer than two sides takes the delegations the story names.

    The sides of a body's session are often told around it rather than in its
    clause: officials or states attending it or acting at it, in a sentence that
    names it or refers back to it ("the meeting", "this session"), and the members
    the story names for its body. Only the sentence's part before the phrase is
    read (the subjects), and only states named or by their people, not places.
    """
    gatherings = [
        r
        for r in records
        if len(r.countries) < 2
        and (r.kind is CONFERENCE or (r.kind is MEETING and r.organization is not None))
    ]
    body = article.body
    if not gatherings or (_DELEGATION_AT.search(body) is None and _members_including(body) is None):
        return
    told = [r for r in records if r.kind is CONFERENCE or r.organization is not None]
    found: dict[int, set[str]] = collections.defaultdict(set)
    for sentence in split_sentences(body):
        text = sentence.text
        at = _DELEGATION_AT.search(text)
        members = _members_including(text)
        if at is None and members is None:
            continue
        mentions = extract_country_mentions(body[sentence.start : sentence.end])
        if at is not None:
            own = next(
                (
                    r
                    for r in told
                    if any(sentence.start <= e.start < sentence.end for e in r.evidence)
                ),
                None,
            )
            status = (
                HELD
                if _PAST_PART.search(text, 0, at.end()) is not None
                else PLANNED
                if _FUTURE_PART.search(text, 0, at.start()) is not None
                else None
            )
            gathering = own or next(
                (
                    r
                    for r in reversed(told)
                    if r.anchor < sentence.start and status in (None, r.status)
                ),
                None,
            )
            if gathering is not None:
                opens = [c.end() for c in _CLAUSE_OPEN.finditer(text, 0, at.start())]
                lo = opens[-1] if opens else 0
                found[id(gathering)] |= {
                    m.code
                    for m in mentions
                    if m.kind in ("name", "demonym")
                    and lo <= m.start < at.start()
                    and _TOPIC_BEFORE.search(text, 0, m.start) is None
                    and (
                        (m.kind != "demonym" and _POSSESSIVE.match(text, m.end) is None)
                        or _ITS_PEOPLE.match(text, m.end) is not None
                    )
                }
        if members is not None:
            for r in told:
                if r.organization is not None and _same_body(r.organization, members["body"]):
                    found[id(r)] |= _named_list(text, members.end(), mentions)
    for r in gatherings:
        r.countries |= found.get(id(r), set())


# The members of a gathering listed in the sentence right after it, by a phrase of taking
# part: "Taking part are Foreign Ministers X of A, Y of B and Z of C", "Leaders and
# representatives of A, B and C joined me for ...", "Leaders of A, B and C will join X there",
# "The protocol, signed by ministers from A, B and C, ...", "The meeting was attended by ...";
# or by the body's own membership: "The committee groups the oil ministers of A, B and C",
# "The council is made up of A, B and C" (a body whose sitting was just told sits as its members).
_MEMBERS_NEXT = re.compile(
    r"""\s*(?:(?:Taking\s+part|Participating|Attending|Present)\s+(?:in\s+(?:it|the\s+[a-z]+)\s+)?
      (?:are|were)\b
    |The\s+(?:[\w-]+\s+){0,3}?(?:committee|council|commission|group|panel|board|troika)\s+
      (?:groups|comprises|includes|brings\s+together|gathers|(?:is|was)\s+(?:made\s+up|composed)
      \s+of|consists\s+of)\s+(?:[^.;]{0,60}?\s(?:of|from)\s|(?=[A-Z]))
    |(?:(?:The\s+)?[A-Z][a-z]+\s+(?:and\s+[a-z]+\s+)?of|The\s+[a-z]+,?)\s+
      (?:[^.;]{0,40}?\s)?(?:attended|signed|adopted)\s+by\s+(?:[\w-]+\s+){0,3}?(?:from|of)\b
    |(?:Leaders|Heads\s+of\s+(?:state|government)|(?:Foreign\s+|Trade\s+|Economic\s+)?Ministers
      |Delegations|Representatives)(?:\s+and\s+(?:representatives|ministers|delegations))?
      \s+(?:of|from)\s+[^.;]{3,300}?\s(?:joined|attended|took\s+part|participated
      |(?:will|are\s+(?:expected\s+|due\s+)?to)\s+(?:join|attend|take\s+part|participate))\b
    )""",
    re.VERBOSE,
)
# The members told a few sentences on, before the story tells another event, by a sentence
# that can only be about the gathering: "The three-day summit, which opened today, brings
# together the leaders of A, B and C", "The summit will gather leaders from its members, among
# them ...", "Together, the leaders of A, B and C adopted a declaration".
_MEMBERS_LATER = re.compile(
    r"""\s*(?:(?:The|This)\s+(?:[\w-]+\s+){0,4}?(?:summit|meeting|forum|conference|session
      |gathering)\b[^.;]{0,80}?\b(?:brings|brought|will\s+bring|gathers|gathered|will\s+gather)
      \s+(?:together\s+)?(?:the\s+)?(?:leaders|heads|(?:[\w-]+\s+)?ministers|delegations
      |representatives)\b
    |Together,\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)
      |(?:[\w-]+\s+)?ministers|delegations|representatives)\s+(?:of|from)\b)""",
    re.VERBOSE,
)
_MEMBERS_LATER_SENTENCES = 5  # sentences after a gathering's own that may still list its members
# Officials of several states told, in the sentence right after the own sentence of a gathering
# to come, as coming to it: "A-ian Minister X and B-ian Minister Y had confirmed they would
# attend", "X and Y are both due to attend", "X will attend along with Presidents Y of A and Z
# of B". Only an "attend" with no object of its own ("will attend the council in P" is another
# event, "will attend classes there" none): the clause ends after it, or "along with" follows.
_ATTENDING_NEXT = re.compile(
    r"""[^.;]{0,240}?\b(?:will|would|(?:are|is)\s+(?:both\s+|also\s+)?(?:due|expected)\s+to)
    \s+attend\b(?:\s+along\s+with\b[^.;]*|(?=\s*(?:[.;,]|\Z)))""",
    re.VERBOSE,
)
# The members told in the gathering's own sentence by a clause after its name: "took part in
# the X Forum, which brought together the foreign ministers of A, B and C", "a ministerial
# meeting bringing together the ministers of A and B".
_MEMBERS_CLAUSE = re.compile(
    r"""(?:,\s+(?:which|that)\s+(?:brought|brings|will\s+bring|gathered|gathers|will\s+gather)
      |\s+bringing|,\s+gathering)\s+(?:together\s+)?(?:the\s+)?(?:leaders|heads\s+of\s+
      (?:state|government)|(?:[\w-]+\s+){0,2}?ministers|delegations|representatives)
      \s+(?:of|from)\b""",
    re.VERBOSE,
)
_MEMBERS_CLAUSE_AFTER = 160  # characters from a gathering's word to its members' clause
# The members told in the gathering's own sentence by a list of their leaders after it: "met
# the leaders of the X Community, including Prime Minister A of B, President C of D and ...",
# "hosted the leaders of the region for the S Summit: B-ian President A, D-ian President C".
_LEADERS_LISTED = re.compile(
    r"""(?:,?\s+(?:including|among\s+them)|:)\s+(?=(?:[A-Z][\w'’-]*\s+){0,2}?
    (?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Vice[-\s]President
    |Foreign\s+Minister)\b)""",
    re.VERBOSE,
)


def members_told_next(body: str, records: list[Candidate]) -> None:
    """A gathering's members listed by a phrase of taking part are sides.

    A conference, or a meeting of a body, whose own sentence is followed by "Taking part are
    ministers X of A, Y of B", "Leaders of A, B and C joined me" or "The protocol, signed by
    ministers from A, B and C": the states of that sentence take part in it. So do those of a
    sentence a few on that can only be about the gathering ("The summit brings together the
    leaders of A, B and C", before the story tells another event), and those of a clause of its
    own sentence ("the X Forum, which brought together the ministers of A, B and C").
    """
    if not records:
        return
    sentences = split_sentences(body)
    starts = sorted(r.evidence[0].start for r in records)
    for record in records:
        if record.kind is not CONFERENCE and record.organization is None:
            continue
        own_end = record.evidence[0].end
        clause = _MEMBERS_CLAUSE.search(
            body, record.anchor, min(own_end, record.anchor + _MEMBERS_CLAUSE_AFTER)
        )
        if clause is not None:
            tail = body[clause.end() : own_end]
            named = state_codes(tail)
            if len(named) >= 2:  # a list of members, not one partner
                record.countries |= named
        leaders = (
            _LEADERS_LISTED.search(body, record.anchor, own_end)
            if "President" in body[record.anchor : own_end]
            or "Minister" in body[record.anchor : own_end]
            else None
        )
        if leaders is not None:
            tail = body[leaders.end() : own_end]
            named = state_codes(tail)
            if len(named) >= 2:  # a list of members, not one partner
                record.countries |= named
        # the next event the story tells: the members listed after it are its own
        until = next((at for at in starts if at >= own_end), len(body))
        after = [s for s in sentences if s.start >= own_end][:_MEMBERS_LATER_SENTENCES]
        listed = next(
            (
                s
                for i, s in enumerate(after)
                if (i == 0 and _MEMBERS_NEXT.match(s.text))
                or ((i == 0 or s.start < until) and _MEMBERS_LATER.match(s.text))
            ),
            None,
        )
        if listed is None:
            coming = (
                _ATTENDING_NEXT.match(after[0].text) if after and record.status is PLANNED else None
            )
            if coming is not None:  # the states of those coming, not of the clause after them
                states = state_codes(after[0].text[: coming.end()])
                if len(states) >= 2:  # a list of members, not one partner
                    record.countries |= states
            continue
        states = state_codes(listed.text)
        if len(states) >= 2:  # a list of members, not one partner
            record.countries |= states


# The guests of a gathering to come told by their number in a clause after it: "the second
# summit, to which all three prime ministers have been invited", "to which the four leaders
# are invited".
_INVITED_BY_NUMBER = re.compile(
    r""",?\s+to\s+which\s+(?:all\s+)?(?:the\s+)?(?P<n>two|three|four|five|six|[2-6])\s+
    (?:[\w-]+\s+){0,2}?(?i:leaders|presidents|prime\s+ministers|premiers|ministers|counterparts
    |heads\s+of\s+(?:state|government))\s+(?:have\s+(?:also\s+)?been|had\s+been|were|are)
    \s+(?:also\s+)?invited\b""",
    re.VERBOSE,
)


def guests_by_number(records: list[Candidate]) -> None:
    """A gathering to come whose guests are told by number has the states told just before.

    "X held a call with the prime ministers of A, B and C. ... looks forward to hosting the
    second summit, to which all three prime ministers have been invited": the guests are the
    officials the story told last, so the states the latest event before it had beside the
    gathering's own (that many of them) take part in it too.
    """
    for record in records:
        if record.status is not PLANNED or "invited" not in record.evidence[0].text:
            continue
        span = record.evidence[0]
        invited = _INVITED_BY_NUMBER.search(span.text, max(0, record.anchor - span.start))
        if invited is None:
            continue
        n = number_word(invited["n"])
        before = [r for r in records if r.evidence[0].start < span.start]
        for told in sorted(before, key=lambda r: r.evidence[0].start, reverse=True):
            guests = told.countries - record.countries
            if len(guests) == n:  # the officials counted are the latest event's other sides
                record.countries |= told.countries
                break


# Those who met told meeting once more, as a body of several: "the three envoys will meet
# again in P", "a text for the ministers when they meet again in P on June 15", "the member
# nations reconvene here". Not "the two", nor two named leaders ("X and Y expressed their
# intention to meet again"), nor a bare "they": a pair's next talks are theirs alone.
_MEET_AGAIN = re.compile(r"\b(?:meet(?:s|ing)?\s+again|reconven(?:e|es|ing))\b")
_THE_MANY = re.compile(
    r"""\b(?i:ministers|advis[eo]rs|leaders|delegat(?:es|ions)|officials|negotiators
    |participants|nations|countries|states|members|three|four|five|six|seven|eight|nine|ten
    |twelve)\b""",
    re.VERBOSE,
)
_A_PAIR = re.compile(r"\b(?i:two|both|bilateral)\b")
_SUBJECT_SPAN = 80  # characters before "meet again" that hold its subject
_GATHERED = 3  # sides of a gathering, beyond a pair's talks


def sides_meeting_again(records: list[Candidate]) -> None:
    """A planned session its sides are told to hold "again" has the sides of the gathering before.

    "Ministers of A, B and C ended two days of talks ... when they meet again in P on June 15":
    the session to come is one of the gathering told last before it (three sides or more), so
    it has that gathering's states beside its own, and its body.
    """
    for record in records:
        if record.status is not PLANNED:
            continue
        again = next(
            (
                (e, m)
                for e in record.evidence
                if "again" in e.text or "reconven" in e.text
                for m in [_MEET_AGAIN.search(e.text)]
                if m is not None
            ),
            None,
        )
        if again is None:
            continue
        span, match = again
        said = span.text[max(0, match.start() - _SUBJECT_SPAN) : match.start()]
        if _THE_MANY.search(said) is None or _A_PAIR.search(said) is not None:
            continue
        if any(m.kind in ("name", "demonym") for m in extract_country_mentions(said)):
            continue  # "the A-ian and B-ian ministers agreed to meet again": those two alone
        # the gathering told last before it; of a sentence's several, the one of most sides
        told = [
            r
            for r in records
            if r is not record
            and r.status is HELD
            and r.evidence[0].start < span.start
            and len(r.countries) >= _GATHERED
        ]
        if not told:
            continue
        gathering = max(told, key=lambda r: (r.evidence[0].start, len(r.countries)))
        if len(record.countries) >= _GATHERED and not record.countries <= gathering.countries:
            continue  # a gathering of its own; one of the same states ("the three ministers
            # will meet again", the count read as their list) is that gathering's next sitting
        record.countries |= gathering.countries
        record.organization = record.organization or gathering.organization
        if gathering.kind is CONFERENCE:
            record.kind = CONFERENCE


# States told as a commodity body's producers or consumers taking a side in its session: "A
# and B, the two largest producers, pressed for ...", "Producers led by A and B wanted ...",
# "consumer countries including C and D said ...", "C and D led consumer objections"; or as
# the states whose delegates come to it: "Delegates from A, B and C are expected to press".
_PRODUCERS_CONSUMERS = re.compile(
    r"\b(?:[Pp]roducers?|[Cc]onsumers?|[Pp]roducing\s+countries|[Cc]onsuming\s+countries"
    r"|[Dd]elegat(?:es|ions)\s+from)\b"
)
_SIDES_LATER_SENTENCES = 4  # sentences after a session's own that may tell its camps


def _body_session(record: Candidate) -> bool:
    """Whether a body's record is its session: a gathering, or its organ met with no guest.

    "The X Organization's council will meet here" may be read as a meeting of the body at
    its host's place; talks of a state with the body ("A's minister discussed it with the
    EC's commissioner") have a side of their own, and are no session of its camps.
    """
    if record.kind is CONFERENCE:
        return True
    host = (
        {record.location.country.alpha_3} if record.location and record.location.country else set()
    )
    guests = record.countries - host - agenda_topics(record)  # (a topic is no guest)
    return not guests and _ORGAN_WORD.search(record.evidence[0].text) is not None


def producers_and_consumers(body: str, records: list[Candidate]) -> None:
    """The states a body's session story tells as its producers or consumers are its sides.

    A commodity council's session ("The X Council ended a four-day session here", "the X
    Organization's council will meet here", a conference or a meeting of the body) is told with
    its camps a sentence or a few on: "Producers led by A and B wanted ..., but consumer
    countries including C and D said ...". Those states sat in the session; a sentence naming
    fewer than two of them (one producer's figures) adds none, and the story's next event ends
    the reading. A session opened here whose sides the story quotes
    (:func:`sessions_opened_here`) is read so too, though its body is none the gazetteer knows.
    """
    if not records:
        return
    sentences = split_sentences(body)
    starts = sorted(r.evidence[0].start for r in records)
    for record in records:
        if not (
            (record.organization is not None and _body_session(record))
            # a session opened here, its sides quoted: a body the gazetteer may not know
            or record.rule.endswith(_QUOTED_MEMBERS)
        ) or (record.status is PLANNED and record.rule.endswith("+back_reference")):
            # (the next sitting told back after a held one: the camps told after it are the
            # held sitting's quarrel, none tells who will sit in the next)
            continue
        own_end = record.evidence[0].end
        until = next((at for at in starts if at >= own_end), len(body))
        for sentence in [s for s in sentences if s.start >= own_end][:_SIDES_LATER_SENTENCES]:
            if sentence.start >= until:
                break
            if _PRODUCERS_CONSUMERS.search(sentence.text) is None:
                continue
            states = state_codes(sentence.text)
            if len(states) >= 2:
                record.countries |= states


# A state's seat at a body told by its holder after the state: "a U.S. delegate", "Japan's
# ambassador", "the Brazilian delegation", "Canada's representative" (a state's seat at a
# session, not its minister, who may speak anywhere).
_SEAT_HOLDER = re.compile(
    r"""(?:['’]s)?(?:\s+[A-Z][\w-]*){0,2}\s+(?:delegates?|delegations?|ambassadors?
    |representatives?)\b""",
    re.VERBOSE,
)
# States told taking a side on a body's business as the subject of their verb: "A and B
# backed the request", "A opposed the U.S. complaint" (the subject's states, up to the verb).
_SIDE_ON_BUSINESS = re.compile(
    r"""\s(?:(?:also|strongly|both)\s+)?(?:backed|supported|opposed|endorsed|objected\s+to
    |(?:are|is)\s+expected\s+to\s+(?:back|support|oppose|endorse))\s+
    (?:the|a|an|this|that)\s+(?:[\w.'’-]+\s+){0,2}?(?:request|complaint|proposal|motion
    |resolution|application|waiver)\b""",
    re.VERBOSE,
)
_SESSION_BY_DECISION = "meeting.body_session"
_ORGAN_WORD = re.compile(r"\b(?:[Cc]ouncil|[Bb]oard|[Cc]ommittee)\b")


def delegates_at_sessions(body: str, records: list[Candidate]) -> None:
    """A body's session told by its decision has the states whose delegates act in it.

    "GENEVA - The X Council put off a ruling on a complaint against A's quotas, delegates
    said. A B delegate said ... C's ambassador told the council ... D and E backed the
    request": the states the story tells by their seat at the body (a delegate, an
    ambassador, a delegation, a representative) or taking a side on its business sat in the
    session; a state named only as the business's topic ("against A's quotas") stays out.
    The session is the story's first one of a body told by its council's, board's or
    committee's decision (``meeting.body_session``) or in the story's lead, of a body whose
    members the gazetteer does not list (a group's members are read by
    :func:`group_ministers_sides`), and the states are read from its sentence on.

    >>> from diplonews.values import Span
    >>> body = ("GENEVA, March 4 - The X Council put off a ruling on Japanese quotas, delegates "
    ...         "said. A U.S. delegate said so. Canada and Australia backed the request.")
    >>> record = Candidate(
    ...     rule="meeting.body_session", kind=CONFERENCE, status=HELD, countries=set(),
    ...     organization="GATT", date=None, location=None, participants=[], title=None,
    ...     evidence=[Span(text="The X Council", start=18, end=31)], anchor=18)
    >>> delegates_at_sessions(body, [record])
    >>> sorted(record.countries)
    ['AUS', 'CAN', 'USA']
    """
    members = load_group_members()
    sentences = split_sentences(body)
    # the lead: the first sentence that closes as prose does (not a heading over it)
    lead_end = next((s.end for s in sentences if s.text.rstrip().endswith((".", '"', "”"))), 0)
    session = next(
        (
            r
            for r in records
            if r.kind is CONFERENCE
            and r.organization is not None
            # (a group whose members are known has its members named: group_ministers_sides)
            and r.organization not in members
            and (
                r.rule in (_SESSION_BY_DECISION, "meeting.group_ministers")
                # a session of a council, board or committee the story's lead tells: "The X
                # Council ended a three-day session", "At today's session of the X's
                # committee", "The X Council is due to meet" (not a summit's)
                or (
                    r.evidence[0].start < lead_end
                    and _ORGAN_WORD.search(r.evidence[0].text) is not None
                )
            )
        ),
        None,
    )
    if session is None:
        return
    start = session.evidence[0].start
    mentions = [
        m
        for m in body_mentions(body).mentions
        if m.start >= start and m.kind in ("name", "demonym")
    ]
    seated = {m.code for m in mentions if _SEAT_HOLDER.match(body, m.end)}
    for sentence in sentences:
        if sentence.end <= start or not may_match(_SIDE_ON_BUSINESS, sentence.text):
            continue
        sided = _SIDE_ON_BUSINESS.search(sentence.text)
        if sided is None:
            continue
        verb_at = sentence.start + sided.start()
        seated |= {m.code for m in mentions if sentence.start <= m.start < verb_at}
    session.countries |= seated


# A sentence telling a body's members in two camps: "A and B favoured a cautious approach,
# while C and D were pressing for quicker action", "A backed the plan, whereas B argued ...".
_CAMPS = re.compile(r",\s+(?:while|whereas)\s")
# A camp is a state told taking a stand, as the subject of its verb: "A and B favoured", "A's
# President X said", "B were pressing" (not "A's exports would remain flat").
_TAKES_A_STAND = re.compile(
    r"""(?:['’]s)?(?:\s+(?:and\s+)?[A-Z][\w'’.-]*|\s+(?:were|was|have|has|had|also)){0,5}\s+
    (?:favou?red|backed|supported|opposed|pressed|pressing|argued|urged|wanted|called\s+for
    |insisted|objected|rejected|demanded|said|sought|proposed|pushed|resisted)\b""",
    re.VERBOSE,
)


def members_in_camps(body: str, records: list[Candidate]) -> None:
    """A body's held session has the members its story tells in two camps after it.

    "Gulf ministers opened a two-day meeting here ... Delegates said A and B favoured a
    cautious approach, while C and D pressed for quicker action": states named on both sides
    of the contrast, each side taking a stand, that are all members of the body
    (``group_members.json``) sat in its session, the one held that the story told last before
    that sentence. A state outside the body ("A backed the plan, while B, an observer, ...")
    or a camp of figures ("A's exports fell, while B's rose") leaves the sentence alone.
    """
    if ", while " not in body and ", whereas " not in body:
        return  # no contrast to split the story's states into camps
    table = load_group_members()
    sessions = [
        r
        for r in records
        if r.status is HELD
        and r.organization is not None
        and r.organization in table
        # a body's talks told by its host alone ("ministers of the X opened a meeting here")
        and (r.kind is CONFERENCE or not r.countries - table[r.organization])
    ]
    if not sessions:
        return
    mentions = body_mentions(body)
    for sentence in split_sentences(body):
        contrast = _CAMPS.search(sentence.text)
        if contrast is None:
            continue
        at = sentence.start + contrast.start()
        session = _told_last_before(sessions, at)
        if session is None:
            continue
        members = table[session.organization or ""]
        named = [
            m
            for m in mentions.between(sentence.start, sentence.end)
            if m.kind in ("name", "demonym")
        ]
        before = {m.code for m in named if m.start < at}
        after = {m.code for m in named if m.start >= at}
        stands = {m.start < at for m in named if _TAKES_A_STAND.match(body, m.end)}
        if (
            stands == {True, False}  # each camp takes a stand
            and before | after <= members
            and len(before | after) >= 2
        ):
            session.countries |= before | after


# A group named with its members set off by dashes: "the Group of Seven -- A, B, ... --",
# "the six - A, B, ... -", "the Group of Five industrial countries -- A, B, ... --".
_ROSTER = re.compile(
    r"""\b(?:Group\s+of\s+(?P<word>Three|Four|Five|Six|Seven|Eight|Nine|Ten)|G-?(?P<digits>\d{1,2})
    |[Tt]he\s+(?P<lower>three|four|five|six|seven|eight|nine|ten))(?:\s+[a-z]+){0,2}\s+(?:--|[-–—])\s+""",
    re.VERBOSE,
)
_ROSTER_END = re.compile(r"\s(?:--|[-–—])(?:\s|\Z)|[;()]")
_ROSTER_SPAN = 200  # characters a list of members runs
_NUMBERS = {
    w: n for n, w in enumerate(["three", "four", "five", "six", "seven", "eight", "nine", "ten"], 3)
}
# The group told by its kind or its number: "talks of the major industrial nations", "a paper
# for the heads of the seven nations" (a gathering named by the group, "the G-6 meeting", is
# told by its body).
_GROUP_TOLD = re.compile(
    r"\bindustri(?:al|ali[sz]ed)\s+(?:nations|countries|powers|democracies)\b"
    r"|\bthe\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+nations\b"
)


def _roster(body: str) -> tuple[int, set[str]] | None:
    """The number and members of a group the story lists between dashes, when they agree."""
    for match in _ROSTER.finditer(body):
        told = match.group("word") or match.group("lower")
        number = _NUMBERS[told.casefold()] if told else int(match.group("digits"))
        close = _ROSTER_END.search(body, match.end(), match.end() + _ROSTER_SPAN)
        if close is None:
            continue
        listed = extract_country_mentions(body[match.end() : close.start()])
        states = {m.code for m in listed if m.kind == "name"}
        # every member named, no more: "the six - A, B, C, D, E and F -"
        if len(states) == number and len(listed) == number:
            return number, states
    return None


# A group's name as its record keeps it, folded: "g7", "groupof7" (the names group_roster asks).
_GROUP_NAME = re.compile(r"g(?:roupof)?\d+")


def _folded_body(record: Candidate) -> str:
    """The record's body name folded as group names are compared: "G-7" is "g7"."""
    return "".join(ch for ch in (record.organization or "").casefold() if ch.isalnum())


def _may_be_told(record: Candidate) -> bool:
    """Whether ``record`` names a group by name or by its kind, whatever the group's number."""
    if record.organization is not None:
        return _GROUP_NAME.fullmatch(_folded_body(record)) is not None
    return any(_GROUP_TOLD.search(e.text) for e in record.evidence)


def group_roster(body: str, records: list[Candidate]) -> None:
    """A gathering of a group whose members the story lists between dashes has them as sides.

    "The Group of Seven -- A, B, ... -- repeated their willingness ...": a meeting the story
    tells of that group ("the G-7 meeting", "talks of the major industrial nations", "a paper
    for the heads of the seven nations") has the listed states, of which the sides it had are
    some. The list must name as many states as the group's number: "three of the five - A, B
    and C -" are some members only.
    """
    if not records or (" -" not in body and " \u2013" not in body and " \u2014" not in body):
        return
    if not any(_may_be_told(record) for record in records):
        return  # no record names a group: the body is not scanned for a roster
    found = _roster(body)
    if found is None:
        return
    number, states = found
    names = {f"g{number}", f"groupof{number}"}
    for record in records:
        if not record.countries <= states:
            continue
        told = _folded_body(record) in names or (
            record.organization is None
            and any(
                m.group("n") is None or _NUMBERS[m.group("n")] == number
                for e in record.evidence
                for m in _GROUP_TOLD.finditer(e.text)
            )
        )
        if told:
            record.countries |= states


def _told_last_before(records: list[Candidate], at: int) -> Candidate | None:
    """The record of ``records`` the story tells last before offset ``at``, if any."""
    return max(
        (r for r in records if r.evidence[0].start < at),
        key=lambda r: r.evidence[0].start,
        default=None,
    )


# A gathering's sides told by their number: "when the leaders of the six countries meet in P",
# "the defence ministers of the three countries will meet in May".
_THE_N_STATES = re.compile(
    r"\bthe\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+(?:member\s+)?"
    r"(?:countries|nations|states)\b"
)


def sides_by_number(records: list[Candidate]) -> None:
    """A record told of "the N countries" has the sides of the story's earlier N-sided event.

    "Ministers from A, B, C, D, E and F ended three days of talks ... A protocol is to be signed
    when the leaders of the six countries meet in P": the six are those the story named. The
    earlier event must have exactly N sides, its sides must hold the record's, and it must be
    the only such event told before: else the number points nowhere certain.
    """
    for record in records:
        span = record.evidence[0]
        if "the " not in span.text:
            continue
        match = _THE_N_STATES.search(span.text)
        if match is None:
            continue
        number = _NUMBERS[match.group("n")]
        if len(record.countries) >= number:
            continue
        earlier = {
            frozenset(r.countries)
            for r in records
            if r.evidence[0].start < span.start
            and len(r.countries) == number
            and record.countries <= r.countries
        }
        if len(earlier) == 1:
            record.countries |= next(iter(earlier))


# A body's ministers told opening or ending their own session: "EC farm ministers ended two
# days of talks here", "Ministers of the six-nation X Association ended a two-day council
# meeting", "Economic ministers of the Y opened two days of talks here today"; or told sitting
# at the dateline's place: "EC finance ministers meeting here today backed ...", "after an
# informal meeting of EC finance ministers here".
_MINISTERS_SESSION = re.compile(
    r"""\b[Mm]inisters\b(?:[^.;]{0,90}?\b(?:ended|opened|began|closed|concluded|wound\s+up)\s+
    (?:their\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:session|meeting|talks|conference
    |council|days\s+of)\b
    |,?\s+meeting\s+here\b)
    |\bmeeting\s+of\s+[^.;]{0,60}?\bministers\s+here\b""",
    re.VERBOSE,
)
# A state's official the story quotes by nationality: "Belgian Agriculture Minister", "West
# German minister", "Norwegian and Swedish officials", "a senior Singapore official".
_QUOTED_OFFICIAL = re.compile(
    r"""(?:\s+and\s+[A-Z][\w-]*)?(?:\s+[A-Z][\w-]*|\s+and){0,4}\s+(?:[Mm]inisters?|Secretary
    |officials?|delegates?|delegation)\b""",
    re.VERBOSE,
)


# A delegate quoted as the source: "a Ugandan delegate said", "Kenyan delegates told Reuters".
_QUOTED_DELEGATE = re.compile(r"\s+(?:delegates?|delegation)\s+(?:said|says|told)\b")
# ... or by its state's name: "Zimbabwe's Finance Minister", "Ecuador's delegation".
_OWN_OFFICIAL = re.compile(r"['’]s" + _QUOTED_OFFICIAL.pattern, re.VERBOSE)


def members_quoted(body: str, records: list[Candidate]) -> None:
    """A body's session its ministers open, end or sit in here has the states the story quotes.

    "EC farm ministers ended two days of talks here ... Belgian Agriculture Minister A, who
    chaired the session, ... West German minister B ... British Agriculture Minister C": the
    members the story quotes by nationality took part, beside the venue's state; so do the
    body's members (``group_members.json``) whose officials it quotes by the state's name
    ("Zimbabwe's Finance Minister B"). The same holds where the ministers are told sitting at
    the dateline's place ("EC finance ministers meeting here today backed ...", "after an
    informal meeting of EC finance ministers here"): the session the story reports from.
    """
    quoted: set[str] | None = None
    owned: set[str] = set()
    for record in records:
        if record.status is not HELD or record.organization is None:
            continue
        span = record.evidence[0]
        if "inisters" not in span.text or not _MINISTERS_SESSION.search(span.text):
            # any held session of a body: a delegate its own sentence quotes sat in it ("the
            # Alliance's members met in P on Sunday, a Ghanaian delegate said")
            record.countries |= {
                m.code
                for m in body_mentions(body).mentions
                if span.start <= m.start < span.end
                and m.kind == "demonym"
                and _QUOTED_DELEGATE.match(body, m.end)
            }
            continue
        if quoted is None:  # the story's quoted officials, from the body's shared scan
            quoted = set()
            for m in body_mentions(body).mentions:
                if m.kind not in ("demonym", "name"):
                    continue
                if _QUOTED_OFFICIAL.match(body, m.end):
                    quoted.add(m.code)
                elif m.kind == "name" and _OWN_OFFICIAL.match(body, m.end):
                    owned.add(m.code)
        # "A's Finance Minister" may be any state's: only the body's members sat in it
        record.countries |= quoted | (owned & load_group_members().get(record.organization, set()))


def _named_states(body: str) -> set[str]:
    """The states the story names by name or demonym (not by a capital, nor as a group)."""
    return {m.code for m in body_mentions(body).mentions if m.kind in ("name", "demonym")}


def members_named(body: str, records: list[Candidate]) -> None:
    """A body's gathering told with no side has the members the story names, if most of them.

    "The leaders of the Quad held their first summit on Friday ... Australia, India and Japan
    ... the United States": a story that names at least half of a body's members
    (``group_members.json``) tells its gathering as theirs, so the gathering that names no side
    of its own has them. A story naming a few of many members ("France and Italy" in a story
    of a NATO summit) leaves it as it is: the few are no roster of the many, and a state
    outside the body is the gathering's topic, no side.

    >>> from diplonews.models import MeetingKind, MeetingStatus
    >>> from diplonews.values import Span
    >>> body = "Leaders of the Quad met today. Japan, India and Australia joined by video."
    >>> record = Candidate(
    ...     rule="meeting.conference_named", kind=CONFERENCE,
    ...     status=HELD, countries=set(), organization="Quad", date=None,
    ...     location=None, participants=[], title=None,
    ...     evidence=[Span(text="Leaders of the Quad met today.", start=0, end=30)], anchor=20)
    >>> members_named(body, [record])
    >>> sorted(record.countries)
    ['AUS', 'IND', 'JPN']
    """
    named: set[str] | None = None  # the story's, the same for each such gathering: read once
    for record in records:
        if record.countries or record.organization is None:
            continue
        members = load_group_members().get(record.organization)
        if not members:
            continue
        if named is None:
            named = _named_states(body)
        told = named & members
        if 2 * len(told) >= len(members):
            record.countries = set(told)


def group_ministers_sides(body: str, records: list[Candidate]) -> None:
    """A body's session told by its ministers' act has the members the story names.

    "LUXEMBOURG, June 16 - EC farm ministers failed to agree on prices ... A and B oppose
    the tax": the session sat at the dateline's place, and the body's members
    (``group_members.json``) the story names by name or demonym sat in it; a state outside
    the body ("deploring C's trade surplus") is the session's topic, no side.

    >>> from diplonews.models import MeetingKind, MeetingStatus
    >>> from diplonews.values import Span
    >>> body = "BRUSSELS, May 4 - EC ministers agreed a plan. France and Japan objected."
    >>> record = Candidate(
    ...     rule="meeting.group_ministers", kind=CONFERENCE,
    ...     status=HELD, countries={"JPN"}, organization="EC", date=None,
    ...     location=None, participants=[], title=None,
    ...     evidence=[Span(text="EC ministers agreed a plan.", start=17, end=44)], anchor=17)
    >>> group_ministers_sides(body, [record])
    >>> sorted(record.countries)
    ['BEL', 'FRA']
    """
    named: set[str] | None = None  # the story's, the same for each such session: read once
    for record in records:
        if not record.rule.startswith("meeting.group_ministers"):
            continue
        if named is None:
            named = _named_states(body)
            seat = read_dateline(body)[1]
            if seat is not None:
                named.add(seat[1])
        members = load_group_members().get(record.organization or "", frozenset())
        if members:  # (a body whose members are not known keeps the sides it was read with)
            record.countries = (record.countries | named) & members


# A body's session told opening or ending at the dateline's place: "The X Organization's
# executive board opened a week-long session here today", "producing and consuming countries
# opened a week-long meeting here today", "ended a two-day conference here".
_SESSION_HERE = re.compile(
    r"""\b(?:opened|ended|began|closed|concluded)\s+(?:a|an|the|its|their)\s+
    (?:[\w-]+\s+){0,2}?(?:session|meeting|conference)\s+here\b""",
    re.VERBOSE,
)
_QUOTED_MEMBERS = "+quoted_members"  # the rule's mark of a session opened here


def sessions_opened_here(body: str, records: list[Candidate], lone: list[Candidate]) -> None:
    """A session told opening here, with only its host by then, has the states the story quotes.

    "LONDON, June 2 - The X Organization's executive board opened a week-long session here
    today ... A Kenyan delegate said ... Colombian officials said": the session is held at the
    dateline's place, and the delegates the story quotes by nationality sat in it, so it is
    one gathering of the host and those states, even where another record's talks took its
    sentence as their backdrop ("X held separate talks with Y on the margins of the session").
    A one-sided mention no event took is kept only when the quoted states give it another
    side ("the board opened its session here", with no state quoted, stays a mention of its
    host); the camps its story tells next are read by :func:`producers_and_consumers`.
    """
    if "here" not in body:
        return
    quoted: set[str] | None = None
    for cand in lone:
        span = cand.evidence[0]
        if (
            not cand.weak
            or cand.status is not HELD
            or len(cand.countries) != 1
            or _SESSION_HERE.search(span.text) is None
        ):
            continue
        if quoted is None:  # the story's officials quoted by nationality, from the shared scan
            quoted = {
                m.code
                for m in body_mentions(body).mentions
                if m.kind in ("demonym", "name") and _QUOTED_OFFICIAL.match(body, m.end)
            }
        if not quoted - cand.countries:
            continue
        cand.countries |= quoted
        cand.kind = CONFERENCE
        cand.weak = False
        cand.rule = f"{cand.rule}{_QUOTED_MEMBERS}"
        at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
        records.insert(at, cand)


# An official told speaking to the gathering: "Jamaica's Prime Minister A told the opening
# session", "A and B also addressed the meeting", "C told the summit, which opened ...".
_SPOKE_TO = re.compile(
    r"""\s(?:also\s+)?(?:told|addressed)\s+the\s+(?:opening\s+|closing\s+|final\s+)?
    (?:session|meeting|summit|conference|gathering)\b""",
    re.VERBOSE,
)
# A state's office holder named by the state: "Zambian President", "Jamaica's Prime Minister",
# "Tanzanian Vice-President", "New Zealand Prime Minister" (not "a visit to A").
_STATE_OFFICE = re.compile(
    r"""(?:['’]s)?(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:President|Vice-President|Minister
    |Premier|Chancellor|Secretary|King|Emir|Amir)\b""",
    re.VERBOSE,
)


def speakers_at_gatherings(body: str, records: list[Candidate]) -> None:
    """A held gathering has the states and officials the story tells speaking to it.

    "Leaders of the X Conference ended a two-day summit here today ... Mozambican President
    A and Tanzanian Vice-President B also addressed the meeting": an official who told or
    addressed the session of the gathering told last took part in it, so he is listed and
    his state is a side.
    """
    if not any(r.kind is CONFERENCE for r in records):
        return
    for sentence in split_sentences(body):
        spoke = _SPOKE_TO.search(sentence.text) if may_match(_SPOKE_TO, sentence.text) else None
        if spoke is None:
            continue
        # the gathering is the event told last, in this sentence or before it
        told = [r for r in records if r.evidence[0].start <= sentence.start]
        if not told:
            continue
        record = max(told, key=lambda r: r.evidence[0].start)
        if record.kind is not CONFERENCE or record.status is not HELD:
            continue
        subject = sentence.text[: spoke.start()]
        record.countries |= {
            m.code
            for m in extract_country_mentions(subject)
            if m.kind in ("demonym", "name") and _STATE_OFFICE.match(subject, m.end)
        }
        # the officials who spoke to it took part in it: "A's President X told the summit"
        listed = {p.name for p in record.participants}
        record.participants = [
            *record.participants,
            *(
                Participant(p.name, p.role, Country(p.country) if p.country else None)
                for p in extract_people(subject, fields=True)
                if p.name not in listed
            ),
        ]


# The story's leaders told as the subject of a gathering they share: "The leaders look
# forward to seeing each other again at the G7 Summit in H", "The two leaders agreed that the
# next summit will be held in T"; "They" only for a body's gathering after a pair's talks.
_LEADERS_AT_NEXT = re.compile(
    r"""\s*(?:(?:The|Both)\s+(?:two\s+)?leaders|(?P<they>They)
    # "The two" alone before its verb: the story's two officials ("The two also discussed")
    |The\s+two(?=\s+(?:also\s+)?[a-z]+ed\b))
    \s+(?:also\s+)?
    (?:look(?:s|ed)?\s+forward\s+to\s+(?:seeing\s+each\s+other|meeting(?:\s+each\s+other)?)
      (?:\s+again)?\s+at
    |agreed\s+(?:that\s+)?the\s+next
    # their own talks told held at it: "last met at the S summit", "built on the discussion
    # they held in P during the S Summit", "recalled their talks in P, held on the fringes
    # of the S summit" (they took part in it)
    |last\s+met\s+(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of)
    |built\s+on\s+the\s+(?:discussions?|talks|meeting)\s+they\s+(?:held|had)
    |recalled\s+their\s+(?:talks|meeting|discussions?)
    # its agenda told as theirs: "discussed the agenda for the S Summit", "looked ahead to
    # the S Summit", "discussed trade, health and the upcoming S Summit" (a session they
    # will attend; not "exchanged views on the agenda of": the keys split on it)
    |look(?:s|ed)?\s+ahead\s+to
    |(?:[^.;]{0,160}?\s)??discussed\s+
      (?:[^.;]{0,160}?\s)??(?:the\s+agenda\s+(?:for|of)|the\s+upcoming
    # what they took up told by the gathering as its time or its fruit: "discussed support
    # for A ahead of the S Summit", "discussed the outcomes of last month's S Summit" (a
    # state named as the topic stays; the pair still sat in it)
      |(?P<timed>ahead\s+of|the\s+(?:outcomes?|results?)\s+of))
    # told attending it together: "Both leaders will attend the S Summit", "the leaders will
    # meet again at S in P"
    |will\s+(?:also\s+)?(?:attend|meet\s+again\s+at)
    # its preparation told as theirs: "exchanged views on the preparations for the S summit",
    # "The two discussed preparations for the S summit" (they prepare it together)
    |(?P<prep>(?:exchanged\s+views\s+on|discussed)\s+(?:the\s+)?preparations?\s+for)
    # their stance for it: "agreed to coordinate closely ahead of the S summit", "agreed to stay
    # in close contact ahead of the S summit" (a pair of the body's members only: an outsider,
    # or another body's leaders, coordinating ahead of a body's meeting need not sit in it)
    |(?P<coord>(?:agreed|committed)\s+to\s+(?:continue\s+)?(?:(?:close(?:ly)?\s+)?coordinat[a-z]*
      |(?:remain|stay|keep)\s+in\s+close\s+contact)\b[^.;]{0,60}?\sahead\s+of))\b
    # the presidents' own talks recalled at it: "The Presidents recalled their meeting on the
    # margins of the S Summit" (not "The two presidents last met at P, after the S summit")
    |\s*(?:The|Both)\s+(?:two\s+)?[Pp]residents\s+(?:also\s+)?recalled\s+their\s+
      (?:talks|meeting|discussions?)\b
    # one of them, or both as their states, told looking forward to seeing the other there:
    # "He said he looked forward to seeing President B at the S Summit", "I look forward to
    # seeing B again at the S Summit", "A and B look forward to working together at P's S"
    |\s*(?:[A-Z][^.;]{0,60}?\s)??(?:said\s+(?:he|she|they)\s+)?look(?:s|ed)?\s+forward\s+to\s+
      (?:seeing|meeting|working\s+together)\b(?:[^.;]{0,60}?\s)??at\b""",
    re.VERBOSE,
)


# The story's pair told holding its own talks at a gathering, anywhere before the gathering's
# word: "she recalled the talks she had with the Chancellor during the S forum", "the trip
# comes after the two premiers' talks on the margins of the S summit", "The two ministers met
# in P last year, while both attended the S conference". The other side is told by office or
# as "his counterpart", not by a name: a name may be a third state's leader ("the talks he
# held with President X at the summit" in a story of two others).
_PAIR_TALKS_AT = re.compile(
    r"""\b(?:discussions?|talks|meeting)\s+(?:he|she|they)\s+(?:held|had)\s+with\s+
      (?:the|his|her)\s+(?:(?:[A-Z][a-z]+|counterpart)\s+){1,2}
      (?:at|during|on\s+the\s+(?:sidelines|margins|fringes?)\s+of)\s
    |\b[Tt]he\s+two\s+(?:leaders|presidents|premiers|prime\s+ministers|ministers)
      (?:['’]\s+(?:meeting|talks)\s+(?:at|during|on\s+the\s+(?:sidelines|margins|fringes?)\s+of)\s
      |\s+(?:held\s+talks|met)\b[^.;]{0,60}?,\s+(?:when|while|where)\s+both\s+
      (?:were\s+attending|attended)\s)""",
    re.VERBOSE,
)


# The story's leaders told holding their own talks at the gathering (not only sitting in it):
# "built on the discussion they held in P during the S Summit", "recalled their talks in P,
# held on the fringes of the S summit" (not "The leaders last met at the S summit": the keys
# read the summit alone there).
_PAIR_OWN_TALKS = re.compile(
    r"""\s*(?:(?:The|Both)\s+(?:two\s+)?leaders|They)\s+(?:also\s+)?
    (?:built\s+on\s+the\s+(?:discussions?|talks|meeting)\s+they\s+(?:held|had)
    |recalled\s+their\s+(?:talks|meeting|discussions?))\b""",
    re.VERBOSE,
)


_TALKS_WORD = re.compile(r"\b(?:talks|discussions?|meeting|met)\b")


def _pair_talks_at(records: list[Candidate], gathering: Candidate, pair: set[str]) -> None:
    """The pair's own talks told held at ``gathering``: a meeting of the pair beside it.

    Two leaders' talks at a summit are an event of their own besides the summit they sat in
    (spec: "two sides meeting on the sidelines of an event"); the talks' mention in the
    gathering's sentence, read with the venue's state only, becomes the pair's.
    """
    span = gathering.evidence[0]
    if gathering.status is not HELD:
        return
    for other in records:
        if other.kind is MEETING and span in other.evidence and pair <= other.countries:
            return  # told already: "the two leaders' meeting on the sidelines of the S"
    talks = next(
        (
            r
            for r in records
            if r.kind is MEETING
            and r.evidence[0] == span
            and r.status is HELD
            and r.countries <= gathering.countries | pair
        ),
        None,
    )
    word = _TALKS_WORD.search(span.text, 0, gathering.anchor - span.start)
    if talks is None and word is not None:
        # "built on the talks they held in P during the S summit": the talks read as the
        # summit itself, so the pair's own talks there are a record of their own, told by
        # their own word (not the summit's name)
        records.append(
            attrs.evolve(
                gathering,
                anchor=span.start + word.start(),
                kind=MEETING,
                countries=set(pair),
                organization=None,
                participants=[],
                title=None,
                ordinal=None,
                rule="meeting.held_talks+at_gathering",
                weak=False,
            )
        )
        return
    if talks is None:
        return
    talks.countries = set(pair)
    talks.organization = None
    talks.date = talks.date or gathering.date
    talks.weak = False


def leaders_at_gatherings(records: list[Candidate]) -> None:
    """A gathering the story's leaders are told sharing has the story's states among its sides.

    "The leaders look forward to seeing each other again at the G7 Summit in H", "The leaders
    agreed that the next Caspian summit will be held in T", "The two leaders last met at the S
    summit", "The leaders discussed the agenda for the S Summit": the leaders are those of the
    event the story leads with, so its states take part in the gathering, beside the venue's.
    "They discussed support for A ahead of the S Summit" says the same of a body's gathering
    when the story leads with the talks of a pair. So does the pair's own talks told held
    at the gathering, anywhere in its sentence ("she recalled the talks she had with the
    Chancellor during the S forum", "The two premiers met in P, while both attended the S
    summit").
    """
    if not records:
        return
    lead = records[0]
    for record in list(records[1:]):
        span = record.evidence[0]
        if record.kind is not CONFERENCE or len(lead.countries) < 2 or lead.evidence[0] == span:
            continue
        told = _LEADERS_AT_NEXT.match(span.text)
        own = (
            told is None and _PAIR_TALKS_AT.search(span.text, 0, record.anchor - span.start)
        ) or (told is not None and _PAIR_OWN_TALKS.match(span.text))
        if own:
            # the pair's own talks told held at the gathering: a meeting of their own there
            _pair_talks_at(records, record, lead.countries)
        if lead.countries <= record.countries:
            continue
        if told is None and own:
            # the pair's own talks told held at the gathering: both sat in it
            record.countries |= lead.countries
            continue
        if told is None or (
            # "They" after a visit of three states, or before a gathering of no body, may be
            # any of the story's officials
            told["they"] and (len(lead.countries) != 2 or record.organization is None)
        ):
            continue
        members = load_group_members().get(record.organization or "")
        if (told["coord"] or told["prep"]) and len(lead.countries) != 2:
            # "The two leaders" after a gathering the story leads with are not all its states,
            # and "The leaders" of one body's summit coordinating for another's need not sit in it
            continue
        # (their preparing it, even told by "They", is no mere talk of it)
        they = told["they"] and not told["prep"]
        gated = they or told["timed"] or told["coord"]
        if gated and not (members and lead.countries <= members):
            # "discussed trade ahead of the S summit", "the outcome of the S summit":
            # outsiders, or states of a body whose members are unknown, only talk of it
            continue
        record.countries |= lead.countries


# The story's pair told of their format with a third state, then its meeting: "The two leaders
# also discussed the trilateral format with C, whose foreign ministers met in P in June".
_PAIR_FORMAT_WITH = re.compile(
    r"""\s*(?:The\s+two\s+(?:leaders|ministers|presidents|sides)|Both\s+(?:leaders|sides))
    \s+(?:also\s+)?(?:[\w'’-]+\s+){1,14}?(?:the\s+|their\s+|continued\s+)?
    (?:trilateral|three-way|tripartite)\s+(?:format|consultations|dialogue|mechanism)
    \s+with\s+(?P<third>[^,.;]{2,40}?)
    ,\s+(?:whose|the\s+(?:first|second|third|fourth|fifth|latest|last)\s+(?:round\s+)?of\s+which)
    \b""",
    re.VERBOSE,
)


def pair_in_formats(records: list[Candidate]) -> None:
    """A format's meeting the story's pair tells "with C" has the pair and C as its sides.

    "The two leaders also discussed the trilateral format with C, whose foreign ministers met
    in P in June": a trilateral format of the pair with C is theirs, so its meeting told in the
    relative clause is the three states' (not C's alone, nor the pair's alone). Only a story led
    by the pair's own event, and "The two ..." or "Both ..." naming them.
    """
    if not records or len(records[0].countries) != 2:
        return
    lead = records[0]
    for record in records[1:]:
        span = record.evidence[0]
        if span == lead.evidence[0] or "with" not in span.text:
            continue
        told = _PAIR_FORMAT_WITH.match(span.text)
        if told is None or record.anchor - span.start < told.end():
            continue  # the meeting is the relative clause's, after the format's words
        third = state_codes(told["third"])
        if third and not third & lead.countries:
            # the format's three states, whoever the relative clause names meeting
            record.countries = set(lead.countries) | third


# The story's pair told bringing its business to a body's coming gathering: "The two ministers
# also agreed to seek a cut in the tariff at the group's next council meeting", "The ministers
# said they would take their proposals to a meeting of the X in P", "They also discussed
# preparations for the X Leaders' Meeting in P".
_PAIR_BRINGS = re.compile(
    r"""\s*(?:The\s+(?:two\s+)?(?:leaders|ministers|presidents|sides)|They|Both\s+(?:leaders
    |ministers|sides))\s+(?:also\s+)?
    (?:agreed\s+to\s+(?:seek|press\s+for|push\s+for|propose|raise)\b[^.;]{0,120}?\sat
    |said\s+they\s+would\s+(?:take|bring|present|submit)\s+(?:their|the)\b[^.;]{0,80}?\sto
    |discussed\s+(?:the\s+)?preparations\s+for)\s+(?:the|a|an)\b""",
    re.VERBOSE,
)


def pair_business_at_gatherings(records: list[Candidate]) -> None:
    """A body's coming gathering the story's pair brings its business to has the pair's states.

    "A and B signed a customs accord ... The two ministers also agreed to seek a cut in the
    tariff at the group's next council meeting, to be held in P": the pair of the talks told
    last before takes part in that session, beside its venue's state (as
    :func:`leaders_at_gatherings` reads "the leaders look forward to seeing each other at").
    """
    for record in records:
        span = record.evidence[0]
        if (
            record.status is not PLANNED
            or (record.kind is not CONFERENCE and record.organization is None)
            or not _PAIR_BRINGS.match(span.text)
        ):
            continue
        # the pair is that of the talks told last before the sentence ("The ministers ...")
        pair = _told_last_before([r for r in records if len(r.countries) >= 2], span.start)
        if pair is None:
            continue
        record.countries |= pair.countries


def date_sessions(records: list[Candidate]) -> None:
    """Give a session on the programme with no day of its own the day of its sentence's event."""
    for session in [r for r in records if r.new_session and r.date is None]:
        # "On Monday, X met Y, and convened a Joint Commission meeting": the day of the
        # sentence's other event
        session.date = next(
            (
                r.date
                for r in records
                if r is not session
                and r.evidence[0] == session.evidence[0]
                and r.status is session.status
            ),
            None,
        )


def resolve_pending(article: Article, records: list[Candidate], pending: list[Candidate]) -> None:
    """Fold the weak mentions told before the first event into it when compatible.

    With no event told at all, a mention opening on the talks ("During the meeting, the
    sides ...") may still point at the sentence before it: :func:`_told_before` decides.
    """
    if records:
        settings = forward_references(records[0], pending, article.published)
        # a gathering whose sidelines the first talks were held on stays an event of its own,
        # unless the story tells a gathering of that status again (then that one is it)
        records[:0] = [
            s
            for s in settings
            if not any(r.kind is CONFERENCE and r.status is s.status for r in records)
        ]
    else:
        records += _told_before(article, pending) or _two_sides_of_lead(article, pending)


# The story's two sides as a subject or a party: "The two sides held talks", "the call between
# the two sides", "The two countries are to hold a summit".
# Or their officials: "The two ministers also held talks" after a sentence naming the two ministers
# at a ceremony (no event of theirs told before to refer back to).
_TWO_SIDES = re.compile(
    r"""\b[Tt]he\s+two\s+(?:sides|countries|states|governments|nations
    |(?:[a-z]+\s+)?(?:ministers|leaders|presidents|premiers|delegations)|prime\s+ministers)\b""",
    re.VERBOSE,
)


def _two_sides_of_lead(article: Article, pending: list[Candidate]) -> list[Candidate]:
    """The talks "the two sides" hold, when no event is told and the lead names two states.

    "A and B look to expand energy links. The two sides held talks.": with no event before it
    to refer back to, "the two sides" are the two states the sentence before names, and the
    talks are an event of their own (held, or to come as told). The first such mention only,
    of a meeting, a call or a summit that no organisation holds.
    """
    for cand in pending:
        span = cand.evidence[0]
        if (
            cand.kind not in (MEETING, CALL, CONFERENCE)
            or cand.organization is not None
            or not _TWO_SIDES.search(span.text)
        ):
            continue
        previous = _sentence_before(article.body, span.start)
        if previous is None:
            return []
        named = state_codes(previous.text)
        if len(named) != 2 or not cand.countries <= named:
            return []
        found = _of_pair(
            article, cand, pending, named, rule="two_sides_of_lead", evidence=cand.evidence
        )
        if cand.date is None and cand.status is HELD and _ALSO_THEN.search(span.text):
            # "X and Y opened a pipeline on Monday. The two ministers also held talks": the
            # talks told as done beside that act are of its one day
            days = extract_dates(previous.text, article.published, tense="past")
            if len(days) == 1 and days[0].date.day is not None:
                found[0].date = days[0].date
        return found
    return []


# Talks told as one more act of the officials just named: "also held talks", "then met".
_ALSO_THEN = re.compile(r"\b(?:also|then)\s+(?:held|had|met)\b")


# The speaker of a sentence telling talks, by pronoun: "He told reporters after three days of
# talks", "'...,' he told a press conference after the talks", "She said after the talks".
_SPEAKER_PRONOUN = re.compile(
    r"""(?:^\s*|[,;]["”’']?\s+|\b(?:said|says|added)\s+)(?:[Hh]e|[Ss]he)\s+
    (?:(?:also|later|then)\s+)?(?:told|said|says|added|spoke)\b""",
    re.VERBOSE,
)


def visitor_talks(article: Article, records: list[Candidate], mentions: list[Candidate]) -> None:
    """Talks a visiting official speaks of, in a story told from the host's city, are theirs.

    "TOKYO, March 5 - U.S. Undersecretary X said he had urged Japan to do more. ... he told a
    news briefing after two days of talks": a held mention no event took (``mentions``,
    the weak ones told before any event or one-sided), whose speaker is "he" or "she", the
    official the story named last before it, tells talks between that official's state and
    the dateline's, when the two differ and the mention names no other state. A speaker of
    the dateline's own state, or of no known state, leaves the mention alone, and so does a
    speaker named in the sentence ("X told the meeting"): a delegate's words at a gathering.
    """
    seat = read_dateline(article.body)[1]
    if seat is None or not mentions:
        return
    host = seat[1]
    told = {e for r in records for e in r.evidence}
    people: Sequence[PersonMention] | None = None
    for cand in mentions:
        span = cand.evidence[0]
        if (
            not cand.weak
            or cand.status is not HELD
            or cand.kind is not MEETING
            or len(cand.countries) > 1
            or span in told
            or not _SPEAKER_PRONOUN.search(span.text, 0, cand.anchor - span.start)
        ):
            continue
        if people is None:  # the story's officials, read once and only for such a mention
            people = extract_people(article.body)
        # "he" or "she": the official the story named last before the sentence
        speaker = next((p for p in reversed(people) if p.end <= span.start and p.country), None)
        if (
            speaker is None
            or speaker.country is None
            or speaker.country == host
            or not cand.countries <= {host, speaker.country}
        ):
            continue
        talks = attrs.evolve(
            cand,
            countries={speaker.country, host},
            weak=False,
            rule=f"{cand.rule}+visitor",
            participants=list(cand.participants),
        )
        if any(same_event(r, talks) for r in records):
            continue  # the talks told already
        told.add(span)
        at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
        records.insert(at, talks)


def first_visits(records: list[Candidate], first_visits: list[Candidate]) -> None:
    """Keep "the first president of A to visit B" as the story's visit when none is told."""
    for cand in first_visits:
        if not any(r.kind is VISIT for r in records) and not any(
            cand.evidence[0] in r.evidence for r in records
        ):
            # "I will be the first president of A to fly to B", no visit and no other event of
            # that sentence told: the trip told this way is the story's visit itself
            cand.weak = False
            at = next((i for i, r in enumerate(records) if r.anchor > cand.anchor), len(records))
            records.insert(at, cand)


def merge_late_sides(article: Article, records: list[Candidate]) -> None:
    """Give one-sided records their other side from the article, then merge the repeats.

    A record that has just got its second side may now be a mention of an earlier event.
    """
    for late in _other_side_from_article(article, records):
        # a record that has just got its second side may now be a mention of an earlier one
        earlier = next((r for r in records[: records.index(late)] if same_event(r, late)), None)
        if earlier is not None and not late.another:
            merge(earlier, late)
            records.remove(late)


def sides_of_sources(records: list[Candidate]) -> None:
    """Give a one-sided round the sides of the talks it came from (``Candidate.source``)."""
    for record in records:
        source = record.source
        if (
            source is not None
            and record.kind is MEETING
            and len(record.countries) == 1
            and record.countries < source.countries
            and not record.participants
            and record.organization is None
        ):
            # "The previous round was held in Lima" after talks whose second side the story's
            # pair gave later: the round is between the same two sides
            record.countries = set(source.countries)


# The sideline phrase after the talks' trigger, up to the clause's end: "met Y on the margins
# of the Summit on Peace in C in P, D" (what follows names the gathering, not who met).
_SIDELINE_PHRASE = re.compile(r"\b[Oo]n\s+the\s+(?:sidelines|margins?|fringes?)\s+of\b[^;:]*")


def _gathering_words_no_sides(record: Candidate) -> None:
    """Drop the states talks name only in the gathering they were held beside.

    "X met Y of B on the margins of the summit on C in P, D" (or "On the margins of the
    summit on C in P, D, X met Y of B"): C and D describe the
    gathering, they are no sides of the talks (spec: a third state where two sides meet on
    the sidelines is none), so the talks stay the pair's and are not read as many sides.
    Only while two sides or more remain.
    """
    span = record.evidence[0]
    at = max(0, record.anchor - span.start)
    phrase = _SIDELINE_PHRASE.search(span.text, at)
    if phrase is not None:
        lo, hi = phrase.start(), phrase.end()
    else:
        # the phrase opening the sentence, up to its last comma before the trigger
        front = _SIDELINE_PHRASE.match(span.text, len(span.text) - len(span.text.lstrip()))
        comma = span.text.rfind(", ", 0, at)
        if front is None or comma < front.start():
            return
        lo, hi = front.start(), comma
    mentions = [m for m in extract_country_mentions(span.text) if m.kind != "group"]
    outside = {m.code for m in mentions if m.start < lo or m.start >= hi}
    inside = {m.code for m in mentions if lo <= m.start < hi}
    keep = {c for c in record.countries if c not in inside or c in outside}
    if len(keep) >= 2 and keep != record.countries:
        record.countries = keep


def sideline_pairs(candidates: list[Candidate]) -> list[Candidate]:
    """Talks told on a gathering's sidelines keep only their own sides (see below)."""
    for cand in candidates:
        if cand.kind is MEETING:
            # talks on a gathering's sidelines are the pair's, whatever states name the gathering
            _gathering_words_no_sides(cand)
    return candidates


def many_sides_as_conferences(records: list[Candidate]) -> None:
    """Read talks among many sides as a gathering (rule suffix ``+multilateral``)."""
    for record in records:
        host = record.location.country if record.location is not None else None
        # the place's state, when no official named is its, is where the talks are, not a side
        guest = (
            host is not None
            and bool(record.participants)
            and not any(p.country == host for p in record.participants)
        )
        sides = len(record.countries) - guest + (record.organization is not None)
        if record.kind is MEETING and (
            sides >= MANY_SIDES
            or (record.organization is not None and MANY_STATES.search(record.evidence[0].text))
        ):
            # "talks with the ministers of the US, the EC and Canada": a gathering of many
            record.kind, record.rule = CONFERENCE, f"{record.rule}+multilateral"


def sides_of_their_time(published: dt.date | None, records: list[Candidate]) -> None:
    """Name a successor state's side by the historic state in news written before it.

    A story written before a state broke up knows no successor state: "BELGRADE,
    April 29 - Prime Minister X will visit Bonn" in 1987 is Yugoslavia's side, a
    trip "to Moscow" the Soviet Union's. The successor's code a city, a dateline or
    a demonym gave a side becomes the historic state's while the historic state
    still stood on the day of publication.

    An official the dateline's successor state was given is the historic state's too ("MOSCOW,
    May 2 - X held talks with the Soviet Trade Minister Y and First Deputy Premier Z" in
    1986: Z is the Soviet Union's), and talks one sentence told, split by their partners'
    states while Z's was Russia, are one meeting again once the states are of their time
    (spec section 2: each distinct event counts once): the later of two such records, equal
    in kind, status, sides, body and date and told by the same sentences, folds its
    participants into the earlier one and is dropped (``records`` is changed in place).
    """
    if published is None:
        return
    moved: list[Candidate] = []
    for r in records:
        then = {state_at(c, published) for c in r.countries}
        people = [
            attrs.evolve(p, country=Country(state_at(p.country.alpha_3, published)))
            if p.country is not None and state_at(p.country.alpha_3, published) != p.country.alpha_3
            else p
            for p in r.participants
        ]
        if then != r.countries or people != r.participants:
            r.countries = then
            r.participants = people
            moved.append(r)
    if not moved:
        return
    kept: list[Candidate] = []
    for r in records:
        twin = next(
            (
                k
                for k in kept
                if (k in moved or r in moved)
                and (k.kind, k.status, k.countries, k.organization, k.date)
                == (r.kind, r.status, r.countries, r.organization, r.date)
                and k.evidence == r.evidence
            ),
            None,
        )
        if twin is None:
            kept.append(r)
            continue
        # one sentence, one meeting: the talks the partners' two states had split
        twin.participants = [
            *twin.participants,
            *(p for p in r.participants if p.name not in {q.name for q in twin.participants}),
        ]
    records[:] = kept


def seat_no_side(body: str, records: list[Candidate]) -> None:
    """Leave Belgium out of the bloc's talks with a state at its seat, in a story on the bloc.

    "Talks between Canada and the EC opened in Brussels on Monday": the EU holds the talks
    at its seat, and Belgium, named by its capital alone, hosts nothing (the counterpart
    and the bloc are the sides). Talks of Belgium's own are those of a story that names
    Belgium (:func:`~diplonews.text.bloc_seat`); a visit to Brussels and the bloc's own
    sessions there keep the host state, as its keys do.
    """
    for r in records:
        if (
            r.kind is MEETING
            and r.organization == "EU"
            and r.location is not None
            and r.location.city == "Brussels"
            and "BEL" in r.countries
            and len(r.countries) > 1
            and bloc_seat(body, r.location.city)
        ):
            r.countries = r.countries - {"BEL"}  # the bloc's seat: Belgium takes no part


# An official's taking part in the gathering his sentence names: "will attend", "took part
# in", "will represent A at", "on behalf of A", "addressed", "led his country's delegation to",
# or in a clause after it: "in which X took part", "at which X will represent A", "to which X
# will lead a delegation", "which X addressed".
_ATTENDS = re.compile(
    r"""\b(?:attend(?:s|ed|ing)?|(?:take|takes|took|taking)\s+part|participat(?:e|es|ed|ing)
    |represent(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,4}?at|on\s+behalf\s+of|address(?:es|ed)?\s+the
    |(?:lead|leads|led|leading)\s+(?:[\w'’-]+\s+){1,3}?delegations?\s+(?:to|at)
    |(?:at|to)?\s*which\s+[^.;]{0,80}?\b(?:represent(?:s|ed)?|address(?:es|ed)?|will\s+address
      |(?:lead|leads|led)\s+(?:[\w'’-]+\s+){0,3}?delegation))\b""",
    re.VERBOSE,
)


def body_seats_no_side(body: str, records: list[Candidate]) -> None:
    """Leave the seat's state out of a body's session at its seat where other states attend.

    "X of A will attend the OECD ministerial council in Paris", "Y of B addressed the UN
    General Assembly in New York": the body meets at its own seat (``body_seats`` of
    ``meeting_words.json``), which no state hosts, and the sentence tells who takes part
    (an official attends it, takes part in it, represents a state or leads a delegation at
    it, addresses it), so the seat's state is a venue only. It stays a side where the story
    names it ("France's minister opened the council") or one of its officials takes part; a
    session told otherwise keeps it, as one with no other side does (the keys split on the
    seat's state of sessions told by their own sentence: "the council opened here").

    >>> from diplonews.values import Span
    >>> record = Candidate(
    ...     rule="meeting.conference_named", kind=CONFERENCE, status=PLANNED,
    ...     countries={"FRA", "NOR"}, organization="OECD", date=None,
    ...     location=Place(city="Paris", country=Country("FRA")), participants=[], title=None,
    ...     evidence=[Span(text="X will attend the OECD council in Paris", start=0, end=39)],
    ...     anchor=29)
    >>> body_seats_no_side("Norway's X will attend the OECD council in Paris.", [record])
    >>> sorted(record.countries)
    ['NOR']
    """
    seats = meeting_words()["body_seats"]
    named: set[str] | None = None  # the states the story names, read once when needed
    for r in records:
        if r.organization is None or r.location is None or r.location.country is None:
            continue
        seat = r.location.country.alpha_3
        if (
            r.location.city not in seats.get(r.organization, ())
            or seat not in r.countries
            or len(r.countries) < 2
            or any(p.country is not None and p.country.alpha_3 == seat for p in r.participants)
            or not any(e.start <= r.anchor < e.end and _ATTENDS.search(e.text) for e in r.evidence)
        ):
            continue
        if named is None:
            named = _named_states(body)
        if seat not in named:  # a venue only: the body's own seat, which it hosts itself
            r.countries = r.countries - {seat}


# A state's talks with a body: "talks with the GCC Secretariat", "met the IAEA's head".
_STATE_TALKS = re.compile(
    r"\b(?:(?:talks|negotiations|consultations|discussions)\s+with|met|meets|meet\s+with)\b"
)
# The body's own session: its members, ministers, leaders, board or council meet.
_BODY_SESSION = re.compile(
    r"\b(?:[Mm]embers?|[Mm]inisters|[Ll]eaders|[Bb]oard|[Cc]ouncil|[Gg]overnors|[Ss]essions?"
    r"|[Mm]eetings\s+of)\b"
)


def talks_at_body_seats(records: list[Candidate]) -> None:
    """Leave the seat's state out of a state's talks with a body held at the body's seat.

    "The minister said the sixth round of talks with the GCC Secretariat was held in Riyadh",
    "X of A held talks with the African Union Commission in Addis Ababa": the body (its
    secretariat or commission) sits in its seat city (``talks_seats`` and ``body_seats`` of
    ``meeting_words.json``), so the talks are the state's with the body there, and the seat's
    state, named by its city alone, hosts nothing (spec section 2: a host takes part when it
    hosts). It stays a side where the talks' own sentence names it otherwise or one of its
    officials takes part.

    >>> from diplonews.values import Span
    >>> text = "Peru's minister held talks with the GCC Secretariat in Riyadh."
    >>> record = Candidate(
    ...     rule="meeting.held_talks", kind=MEETING, status=HELD,
    ...     countries={"PER", "SAU"}, organization="GCC", date=None,
    ...     location=Place(city="Riyadh", country=Country("SAU")), participants=[], title=None,
    ...     evidence=[Span(text=text, start=0, end=len(text))], anchor=20)
    >>> talks_at_body_seats([record])
    >>> sorted(record.countries)
    ['PER']
    """
    words = meeting_words()
    seats = {**words["body_seats"], **words["talks_seats"]}
    for r in records:
        if r.kind is not MEETING or r.organization is None or r.location is None:
            continue
        if r.location.country is None or r.location.city not in seats.get(r.organization, ()):
            continue
        seat = r.location.country.alpha_3
        if (
            seat not in r.countries
            or len(r.countries) < 2
            or any(p.country is not None and p.country.alpha_3 == seat for p in r.participants)
        ):
            continue
        told = [e for e in r.evidence if e.start <= r.anchor < e.end]
        if not any(_STATE_TALKS.search(e.text) for e in told) or any(
            _BODY_SESSION.search(e.text) for e in told
        ):
            continue  # the body's own session ("its members will meet in Vienna") keeps it
        if any(
            m.code == seat and m.kind in ("name", "demonym")
            for e in told
            for m in extract_country_mentions(e.text)
        ):
            continue  # "talks with the GCC in Riyadh, which Saudi Arabia hosted": its own side
        r.countries = r.countries - {seat}  # the body's seat: its state hosts nothing


# An arrival told in a relative clause of the subject: "X, who arrived in P last night, held".
_ARRIVAL_CLAUSE = re.compile(r",\s+who\s+(?:had\s+)?\Z")


def arrivals_for_talks(body: str, records: list[Candidate]) -> list[Candidate]:
    """Drop the visits told by an arrival whose subject's talks there leave out the host.

    An arrival in a relative clause of the talks' subject, or as a main verb joined to
    theirs, is the trip to those talks: "X of A, who arrived in Geneva last night, held talks
    with Y of B on the margins of the session", "X arrived in Geneva last night and held
    talks with Y of B" make Switzerland only where A and B meet (an official's trip to attend
    an event is that event, spec section 2), so the talks are the record. Talks that take in
    the host state ("... held talks with the Swiss president"), there or elsewhere in the
    story, keep the visit.
    """
    dropped = []
    for r in records:
        host = r.location.country if r.location is not None else None
        if (
            r.kind is VISIT
            and host is not None
            and body.startswith("arriv", r.anchor)
            and any(
                t.kind is MEETING
                and t.anchor > r.anchor
                and t.evidence[0].start == r.evidence[0].start
                and host not in t.countries
                and (
                    _ARRIVAL_CLAUSE.search(body, max(0, r.anchor - 12), r.anchor) is not None
                    # "X arrived in P last night and held talks with Y": the same trip,
                    # told by a second verb (not "arrived on a visit and met": a visit's step)
                    or ARRIVED_AND.match(body, r.anchor, t.anchor) is not None
                )
                for t in records
            )
            # (a visitor who holds talks with the host too, told elsewhere, is on a visit)
            and not any(
                t.kind in (MEETING, CALL)
                and host in t.countries
                and t.countries & r.countries - {host}
                for t in records
            )
        ):
            dropped.append(r)
    return [r for r in records if r not in dropped] if dropped else records


def with_another_side(records: list[Candidate]) -> list[Candidate]:
    """Drop the records that imply no other side: one state, no body and nobody named."""
    # One state, no body and nobody named: no other side is even implied ("the talks here").
    return [
        r
        for r in records
        if r.kind is CONFERENCE
        or len(r.countries) >= 2
        or r.organization is not None
        or r.participants
        or r.visitor
        # "meetings were held with the ministers of A, B and C": one of several events told
        # with their subject's state unnamed; each partner's side is told
        or r.partner is not None
    ]


# A role's fields listed with "and" or commas ("of Mining and Energy", "for Industry, Trade"):
# the cheap test before a record's sentence is read again for its officials.
_FIELD_LIST = re.compile(
    r"""\b(?:of|for)\s+(?:the\s+)?
    [A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}   # the first field, one to three words
    (?:,\s+[A-Z][\w'-]*)*                # more fields after commas
    ,?\s+(?:and|&)\s+[A-Z]               # the closing "and" before the last one""",
    re.VERBOSE,
)


# A title with a body's name ("Chairman of the State Duma", "Speaker of the Milli Majlis",
# "State Secretary of the Ministry of Transport", "Secretary General of the Economic
# Cooperation Organization", "... of the Organization of Islamic Cooperation (OIC)"): the
# same cheap test for the body's last word or a group's bracketed short name.
_BODY_ROLE = re.compile(
    r"""\bof\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}
    (?:Assembly|Cabinet|Duma|Kenesh|Khural|Majlis|Mazhilis|Mejlis|Parliament|Rada|Seimas
    |Sejm|Senate|Ministry|Department|Organi[sz]ation)\b
    |\([A-Z]{2,8}\)\s+[A-Z]""",
    re.VERBOSE,
)


def listed_fields_officials(article: Article, records: list[Candidate]) -> None:
    """Add to each record the officials its sentences name by a role with listed fields.

    "A met P's Minister of Mining and Energy B C": the role's fields outside the role
    vocabulary hid the name from the story's reading of its officials. The record's own
    sentences are read again with the fields as the role; an official found only so, of
    a state the record has as a side, takes part. The records' sides, dates and places
    were decided without him and stay as they are.
    """
    body = article.body
    # records share evidence spans: each distinct span is tested and read once
    readings: dict[tuple[int, int], tuple[set[str], tuple[PersonMention, ...]] | None] = {}
    for record in records:
        for span in record.evidence:
            key = (span.start, span.end)
            if key not in readings:
                readings[key] = _read_listed(body, span.start, span.end)
            reading = readings[key]
            if reading is not None:
                _add_listed(record, *reading)


def _read_listed(
    body: str, start: int, end: int
) -> tuple[set[str], tuple[PersonMention, ...]] | None:
    """The names ``body[start:end]`` gives plainly and its officials read with fields, if any."""
    if not (_FIELD_LIST.search(body, start, end) or _BODY_ROLE.search(body, start, end)):
        return None
    text = body[start:end]
    return {p.name for p in extract_people(text)}, extract_people(text, fields=True)


def _add_listed(record: Candidate, plain: set[str], with_fields: tuple[PersonMention, ...]) -> None:
    """Add the officials read with fields (``plain``: those read without), of the record's sides."""
    names = {p.name for p in record.participants}
    for person in with_fields:
        if person.name in plain or person.name in names:
            continue
        # An official the text gives no state (a body's chair, a group's secretary
        # general) is still the sentence's own.
        if person.country in record.countries or person.country is None:
            names.add(person.name)
            # a new list: records built from one candidate may share the old one; a name
            # that took the body's last word ("Duma A B", or "Duma" alone) was this official
            role = (person.role or "").split()
            record.participants = [
                *(
                    p
                    for p in record.participants
                    if not p.name.endswith(f" {person.name}") and p.name not in role
                ),
                Participant(person.name, person.role, person.country and Country(person.country)),
            ]


# One official's name: two to four capitalised words, a patronymic or particle between them.
_ONE_NAME = r"""[A-Z][\w'’.-]+(?:\s+(?:(?:bin|ibn|al|el|de|da|van|von)\s+)?[A-Z][\w'’-]+){1,3}"""
# Officials named together after a plural title: "Presidents A B and C D", "the foreign
# ministers of P and Q, A B and C D", "his P and Q counterparts, A B and C D", each name
# perhaps with its state after it ("Presidents A B of P, C D of Q and E F of R").
_PLURAL_TITLE = re.compile(
    r"""\b(?P<title>Presidents|Prime\s+Ministers|Premiers|Chancellors|Speakers
        |(?:[Ff]oreign|[Dd]efen[cs]e|[Ee]conomy|[Tt]rade|[Ff]inance|[Pp]rime)\s+[Mm]inisters
        |[Cc]ounterparts)
    (?P<of>\s+of\s+(?:the\s+)?[A-Z][^,;]{0,60}?)?      # "of P and Q"
    ,?\s+
    (?P<names>(?:NAME(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?,\s+)*  # "A B (of P), "
        NAME(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?,?\s+and\s+   # "C D (of Q) and "
        NAME(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?)               # "E F (of R)"
    (?=[\s,.;:)]|$)""".replace("NAME", _ONE_NAME),
    re.VERBOSE,
)
# One name of such a list, with the state after it if any.
_LISTED_NAME = re.compile(
    r"(?P<name>NAME)(?:\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w-]+))?".replace("NAME", _ONE_NAME)
)


def plural_title_officials(records: list[Candidate]) -> None:
    """Add to each record the officials its sentences name together after a plural title.

    "Presidents A B of P and C D of Q met", "the foreign ministers of P and Q, A B and C
    D, spoke by phone": each name takes the state written after it, else the states
    told with the title in their order when there are as many. An official so found,
    of a state the record has as a side and of a surname no participant has, takes
    part; the records themselves stay as they are.
    """
    for record in records:
        for span in record.evidence:
            if not any(t in span.text for t in ("ers", "ents", "arts")):
                continue  # a cheap test: no plural title
            for title in _PLURAL_TITLE.finditer(span.text):
                _add_titled(record, span.text, title)


def _add_titled(record: Candidate, text: str, title: re.Match[str]) -> None:
    """Add the officials one plural title of ``text`` names, of the record's sides."""
    listed = list(_LISTED_NAME.finditer(title["names"]))
    if title["of"]:
        states = [m.code for m in extract_country_mentions(title["of"]) if m.kind != "group"]
    else:
        before = text[max(0, title.start() - 60) : title.start()]
        states = [m.code for m in extract_country_mentions(before) if m.kind != "group"]
        states = states[-len(listed) :] if len(states) >= len(listed) else []
    surnames = {p.name.split()[-1] for p in record.participants if p.name}
    # "Presidents A B and C D met", no state told: one official of each side of the record
    each_side = not states and len(listed) == len(record.countries)
    for n, one in enumerate(listed):
        name = one["name"]
        stated = extract_country_mentions(one["state"]) if one["state"] else ()
        state = stated[0].code if stated else (states[n] if len(states) == len(listed) else None)
        if name.split()[-1] in surnames:
            continue
        if state is not None and state in record.countries:
            country: Country | None = Country(state)
        elif state is None and each_side and not one["state"]:
            country = None
        else:
            continue
        surnames.add(name.split()[-1])
        record.participants = [*record.participants, Participant(name, None, country)]


def as_meetings(article: Article, records: list[Candidate]) -> tuple[Meeting, ...]:
    """Turn the story's records into the step's :class:`~diplonews.models.Meeting` values."""
    return tuple(
        Meeting(
            article_id=article.id,
            kind=r.kind,
            status=r.status,
            countries=[Country(c) for c in r.countries],
            organization=r.organization,
            date=r.date,
            location=r.location,
            participants=[p for p in r.participants if p.name not in r.told_of],
            title=r.title,
            evidence=r.evidence,
            rule=r.rule,
        )
        for r in records
    )


def surnames_in_full(records: list[Candidate]) -> None:
    """A participant named by surname alone takes the full name another record lists.

    "Presidents A Nazarbayev of P and B Rouhani of Q attended ... President Nazarbayev
    met President Rouhani": the full forms were read from a sentence of their own (a
    plural title, a role with listed fields, a body's chair) that the short forms' own
    reading did not see. Only a surname one full name of the story ends with is taken.
    """
    ends: dict[str, set[Participant]] = collections.defaultdict(set)
    for record in records:
        for p in record.participants:
            words = p.name.split()
            if len(words) >= 2:
                ends[words[-1]].add(p)
    if not ends:
        return
    for record in records:
        if not any(" " not in p.name and p.name in ends for p in record.participants):
            continue
        listed = {p.name for p in record.participants}
        out: list[Participant] = []
        for p in record.participants:
            full = {q.name for q in ends.get(p.name, ())} if " " not in p.name else set()
            if len(full) != 1:
                out.append(p)
                continue
            (name,) = full
            if name in listed or any(q.name == name for q in out):
                continue  # the full form is listed already: the short one goes
            out.append(attrs.evolve(p, name=name))
        record.participants = out


# "the two leaders", "both foreign ministers" as who met: two people, not their states
_THE_TWO_PEOPLE = re.compile(
    r"""\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:(?:foreign|prime|trade|economy|defen[cs]e)\s+)?
    (?:leaders|presidents|ministers|premiers|heads\s+of\s+state)\b""",
    re.VERBOSE,
)
# The two's own meeting right after: "last met in P", "had spoken by phone", "held a separate
# meeting", "agreed to meet again"; not what they discussed, prepared or agreed others do.
_MET_EACH_OTHER = re.compile(
    r"""(?:,\s+who)?\s+(?:(?:had|have|has|also|last|first)\s+)*
    (?:met|spoke|spoken|held\s+an?\s+(?:separate\s+|bilateral\s+|tete-a-tete\s+)?meeting
    |(?:agreed|plan(?:ned)?)\s+to\s+(?:meet|hold\s+a\s+(?:separate\s+|bilateral\s+)?meeting))\b""",
    re.VERBOSE,
)
# How far before its trigger the subject naming the two may stand: "The two presidents
# agreed at the end of the talks to meet", not a clause of the sentence before.
_TWO_PEOPLE_REACH = 80


def pair_people_told_before(records: list[Candidate]) -> None:
    """A record of "the two leaders" naming no one lists the two people told before.

    "A and B held talks in P ... The two presidents agreed to meet again in Q in March", "The
    two ministers last met in R in January": the subject is the pair of people of the story's
    talks of the same two states, told earlier with one person of each; a record that names
    anyone, or whose two states no earlier record lists with two people, stays as it is.
    """
    for record in records:
        if record.participants or len(record.countries) != 2:
            continue
        span = record.evidence[0]
        at = record.anchor - span.start
        found = _THE_TWO_PEOPLE.search(span.text, max(0, at - _TWO_PEOPLE_REACH), at)
        if found is None:
            continue
        if _MET_EACH_OTHER.match(span.text, found.end()) is None:
            continue  # "the two leaders discussed the summit", "agreed that their ministers"
        told = next(
            (
                r
                for r in records
                if r.evidence[0].start < span.start
                and r.countries == record.countries
                and len(r.participants) == 2
                # one person of each state, where their states are read
                and len({p.country for p in r.participants if p.country is not None}) != 1
            ),
            None,
        )
        if told is not None:
            record.participants = list(told.participants)


def received_on_the_visit(records: list[Candidate]) -> None:
    """A held visit lists the hosts its guest was received by in a step told after it.

    "X, on an official visit to B, held talks with Y ... On the same day, X was received by
    President Z": the reception is a step of the visit, kept as a record of its own (unless
    ``fold_visit_days`` took it into a visit that frames its talks), and the host who received
    the guest takes part in the visit too. Only a reception of the
    visit's own two states, on its day (or none told), after it.
    """
    for visit in records:
        if visit.kind is not VISIT or visit.status is not HELD:
            continue
        listed = {p.name for p in visit.participants}
        if not listed:
            continue
        for step in records:
            if (
                step.rule.startswith("meeting.received_by")
                and step.kind is MEETING
                and step.status is HELD
                and step.anchor > visit.anchor
                and step.countries == visit.countries
                and (step.date is None or step.date == visit.date)
                and {p.name for p in step.participants} & listed
            ):
                new = [p for p in step.participants if p.name not in listed]
                visit.participants = [*visit.participants, *new]
                listed |= {p.name for p in new}


# A trip's next leg told by its verb and "on": "will fly on to P", "travelled on to P".
_ONWARD_LEG = re.compile(
    r"\b(?:travel|fly|flies|flew|go|goes|went|head|move|press|journey|continue)\w*\s+on\s+to\s"
)
# How far before a next leg's sentence the event it leaves may last be told.
_LEG_REACH = 1000


def onward_legs(records: list[Candidate]) -> None:
    """A trip's next leg, told after talks in a host's state, is the guest's: never the host's.

    "A's president received B's minister in A's capital on Monday. The minister will fly on
    to C": who travels on is the one away from home, so the leg's sides are B's and C's; the
    host the guest leaves is no side of it, whoever the leg's words seemed to name.
    """
    for leg in records:
        span = leg.evidence[0]
        if leg.kind is not VISIT or _ONWARD_LEG.search(span.text) is None:
            continue
        told = [
            (max(e.end for e in before), r)
            for r in records
            if r is not leg and (before := [e for e in r.evidence if e.end <= span.start])
        ]
        # (the event told last before the leg's sentence, not far before it; where the leg
        # names its traveller, the last one he took part in, else the last one held, since
        # a plan told between is no place the traveller is in: "X visited A. The two leaders
        # agreed their commission would meet in X's capital. X will travel on to C" leaves A)
        names = {p.name for p in leg.participants}
        own = [t for t in told if names & {p.name for p in t[1].participants}]
        held = [t for t in told if t[1].status is HELD]
        end, left = max(own or held or told, key=lambda t: t[0], default=(0, None))
        if span.start - end > _LEG_REACH:
            continue
        host = (
            left.location.country.alpha_3
            if left is not None and left.location and left.location.country
            else None
        )
        stop = leg.location.country.alpha_3 if leg.location and leg.location.country else None
        if left is None or host is None or host not in left.countries or host == stop:
            continue
        guest = left.countries - {host}
        if host not in leg.countries or len(guest) != 1 or stop in guest:
            continue  # (a leg whose traveller the event left does not name stays as told)
        leg.countries = (leg.countries - {host}) | guest
