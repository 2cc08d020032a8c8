"""A foreign official who told a gathering in the dateline's state: a conference held there.

News quotes a visiting official by the gathering he spoke to: "OTTAWA, May 2 - ...
minister X said. X told a banking conference that ...", "MADRID - ... Peruvian Trade
Minister Y said. She told delegates at the annual meeting of farm ministers that ...".
The gathering is told only as where the words were said (the rules read "told a
conference" as a speech venue, :data:`~diplonews.meetings._rules.NOT_A_MEETING`),
yet an official of one state speaking to it in another state took part in a gathering
held there: a conference held, its sides the speaker's state and the host's (the state
of the place the sentence names, else of the dateline's city). An official of the host
state speaking at home ("PARIS - ... Roy told a conference in Paris"), an envoy
posted to the host, a gathering of firms or of a state's own bodies ("told a meeting of
local businessmen", "told a news conference") tell no meeting between states. A gathering
the rules took from the sentence already gets the two sides; one told by no record
becomes one.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.meetings._kinds import CONFERENCE, HELD
from diplonews.meetings._merge import Candidate, same_event
from diplonews.meetings._places import pick_date, read_dateline, sentence_dates
from diplonews.meetings._rules import NON_STATE_AFTER, NOT_A_MEETING
from diplonews.models import Article
from diplonews.text import PersonMention, extract_people, home_country, split_sentences
from diplonews.text.countries import city_country, extract_country_mentions
from diplonews.text.dates import DateMention, Tense
from diplonews.values import Country, Participant, Place, Span

__all__ = ["gatherings_addressed"]

RULE = "meeting.told_gathering"

# The speaker's words told to a gathering he spoke at: "told a banking conference", "told a
# meeting of the Asian Farm Forum", "told delegates at the annual meeting of ...".
_TOLD_GATHERING = re.compile(
    r"""\btold\s+(?:(?:delegates|participants)\s+(?:at|to)\s+(?:a|an|the)|a|an)\s+
    (?P<words>(?:[\w'’.-]+\s+){0,3}?)
    (?P<gathering>conference|forum|meeting|seminar|gathering|symposium)\b""",
    re.VERBOSE,
)
# The subject right before "told": a pronoun stands for the official the story named last.
_PRONOUN = re.compile(r"(?:^|[\s,])(?:he|she)\s+\Z", re.IGNORECASE)
# What may stand between a named speaker and "told": "X told", "X, the minister, told".
_RIGHT_BEFORE = re.compile(r"(?:\s*,[^,.;]{0,80},)?\s+(?:also\s+)?\Z")
# A place named right after the gathering: "a conference in Lima".
_PLACE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
# Envoys posted in a state: their words there are the embassy's business, no gathering of states.
_ENVOY = re.compile(r"\b(?:Ambassador|Charg[eé]\s+d['’]Affaires|Consul|Envoy)\b", re.IGNORECASE)
# An office right after a state's name: "Brazilian Ambassador to the ICO X said" (an official the
# people reader names with no role may still be one of that state).
_OFFICE_AFTER = re.compile(
    r"""\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Ambassador|Minister|Secretary|President|Premier
    |Chancellor|Representative|Envoy|Commissioner)\b""",
    re.VERBOSE,
)


def gatherings_addressed(article: Article, records: list[Candidate]) -> list[Candidate]:
    """The conferences foreign officials told: sides added to a record, or new records."""
    body = article.body
    if "told" not in body:
        return []  # a cheap test: no one told anything
    seat = read_dateline(body)[1]
    if seat is None:
        return []  # no host's city: no way to tell a visitor from a speaker at home
    year = article.published.year if article.published is not None else None
    people: Sequence[PersonMention] | None = None
    dates: dict[tuple[int, Tense], list[DateMention]] = {}
    out: list[Candidate] = []
    for sentence in split_sentences(body):
        text = sentence.text
        told = _TOLD_GATHERING.search(text)
        if told is None or _not_of_states(text, told):
            continue
        if people is None:  # the story's officials, read once and only for such a sentence
            people = extract_people(body, home=home_country(article), year=year)
        at = sentence.start
        speaker = _speaker(body, people, at, at + told.start())
        host = _host(text, told.end()) or seat[1]
        if speaker is None or speaker[0] == host:
            continue  # no state told, or an official speaking at home
        person = speaker[1]
        if person is not None and _posted_to(person, host):
            continue  # an envoy posted to the host
        sides = {speaker[0], host}
        here = [r for r in records if _in_sentence(r, at, sentence.end)]
        gathering = next((r for r in here if r.kind is CONFERENCE), None)
        if gathering is not None:
            if gathering.status is HELD:
                gathering.countries |= sides  # the gathering the rules took from the sentence
            continue
        if here:
            continue  # the sentence tells another event: the words were said there
        t0, t1 = at + told.start("gathering"), at + told.end("gathering")
        past = sentence_dates(dates, sentence, article.published, "past")
        picked = pick_date(body, past, (at, sentence.end), (t0, t1))
        cand = Candidate(
            rule=RULE,
            kind=CONFERENCE,
            status=HELD,
            countries=sides,
            organization=None,
            date=picked[0] if picked is not None else None,
            location=Place(city=seat[0] if host == seat[1] else None, country=Country(host)),
            participants=[] if person is None else [_participant(person, speaker[0])],
            title=None,
            evidence=[Span.of(body, at, sentence.end)],
            anchor=t0,
            named_sides=len(sides),
        )
        if not any(same_event(r, cand) for r in (*records, *out)):
            out.append(cand)
    return out


def _not_of_states(text: str, told: re.Match[str]) -> bool:
    """Whether the gathering is no meeting of states: a news conference, firms' meeting."""
    phrase = text[told.start("words") : told.end()]
    if NOT_A_MEETING.search(phrase) is not None:
        return True  # "a news conference", "a business forum", "an analysts' meeting"
    # "a meeting of local businessmen", "a conference of the Chamber of Commerce"
    return NON_STATE_AFTER.match(text, told.end()) is not None


def _speaker(
    body: str, people: Sequence[PersonMention], start: int, verb: int
) -> tuple[str, PersonMention | None] | None:
    """The speaker's state (and the official, when named) of "told" at ``verb``.

    A name right before the verb ("Soto told") is that official, told in full
    earlier; "he" or "she" is the official the story named last before the sentence, or
    else the state of the office named last ("Brazilian Ambassador to the ICO X said").
    """
    head = body[start:verb]
    if _PRONOUN.search(head):
        before = [p for p in people if p.end <= start]
        named = before[-1] if before else None
        if named is not None and named.country is not None:
            return named.country, named
        office = _last_office(body[:start])
        return (office, None) if office is not None else None
    right = [p for p in people if start <= p.start and p.end <= verb]
    if not right or _RIGHT_BEFORE.fullmatch(body, right[-1].end, verb) is None:
        return None
    named = right[-1]
    if named.country is None:
        return None
    return named.country, named


def _posted_to(person: PersonMention, host: str) -> bool:
    """Whether ``person`` is an envoy posted to ``host`` ("Ambassador to Peru")."""
    role = person.role
    if role is None or _ENVOY.search(role) is None:
        return False
    return host in {m.code for m in extract_country_mentions(role)}


def _participant(person: PersonMention, state: str) -> Participant:
    """The speaker as a participant of the gathering, for his state."""
    return Participant(person.name, person.role, Country(state))


def _last_office(text: str) -> str | None:
    """The state of the office ``text`` names last: "U.S. Ambassador", "Dutch Minister"."""
    offices = [
        m.code
        for m in extract_country_mentions(text)
        if m.kind in ("name", "demonym") and _OFFICE_AFTER.match(text, m.end)
    ]
    return offices[-1] if offices else None


def _host(text: str, end: int) -> str | None:
    """The state of the place named right after the gathering ("in Lima"), if any."""
    place = _PLACE_AFTER.match(text, end)
    if place is None:
        return None
    name = place.group("place")
    code = city_country(name)
    if code is None:  # a state named as the place: "a conference in Switzerland"
        found = extract_country_mentions(name)
        code = found[0].code if found and found[0].kind == "name" else None
    return code


def _in_sentence(record: Candidate, start: int, end: int) -> bool:
    """Whether ``record`` was read from the sentence at ``start``..``end``."""
    return any(start <= span.start and span.end <= end for span in record.evidence)
