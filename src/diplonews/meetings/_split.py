"""One candidate per event: a mention that names several splits before it meets the others.

"X met A, B and C separately", "bilateral meetings with officials from A, B and C", "the
first and second sessions", "the summits of the G7 and of NATO": each partner, official,
body, gathering or ordinal becomes a candidate of its own (:func:`one_per_event`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplonews import _regex as re
from diplonews.meetings._kinds import CALL, MEETING, VISIT
from diplonews.meetings._merge import Candidate
from diplonews.meetings._places import (
    body_named,
    body_officials,
)
from diplonews.meetings._rules import RULES
from diplonews.text import PersonMention
from diplonews.text.countries import CountryMention
from diplonews.text.dates import DateMention
from diplonews.values import PartialDate, Participant

__all__ = ["TALKS", "dates_by_partner", "each_its_own", "one_per_event"]


# Objects of one verb told as met one after another, or each on a day of its own: "received
# A, and then B", "met A on May 13 and B on May 14" (the date just before "and").
# ("held talks with A and later with B": a later time is another sitting, one per partner)
_EACH_ITS_OWN = re.compile(
    r""",?\s+and\s+(?:then|later|afterwards)\s+(?:also\s+)?(?:with\s+)?(?:the|his|her|[A-Z])
    |\b(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?
    |[A-Z][a-z]+day)\s+and\s+(?:with\s+)?(?:the|his|her|[A-Z])""",
    re.VERBOSE,
)


def each_its_own(
    body: str,
    reach: tuple[int, int],
    local: Sequence[CountryMention],
    who: Sequence[PersonMention],
) -> re.Match[str] | None:
    """The words after a trigger that tell its objects met one by one, or ``None``.

    "received A's envoy on May 13 and B's on May 14", "met A, and then B": a
    state is named between the trigger and the words, another one after them.
    """
    t1, hi = reach
    found = _EACH_ITS_OWN.search(body, t1, hi) if " and " in body[t1:hi] else None
    if found is None:
        return None
    named = [(m.start, m.code) for m in local if m.kind != "group"]
    named += [(p.start, p.country) for p in who if p.country]
    before = {code for at, code in named if t1 <= at < found.start()}
    after = {code for at, code in named if found.end() <= at < hi}
    return found if before and after - before else None


def dates_by_partner(
    reach: tuple[int, int],
    *,
    partners: set[str],
    local: Sequence[CountryMention],
    who: Sequence[PersonMention],
    told: Sequence[DateMention],
) -> dict[str, PartialDate]:
    """The day told after each partner state's first mention, before the next partner's.

    "received A's envoy on May 13 and B's on May 14": A on May 13, B on May 14.
    """
    t1, hi = reach
    first: dict[str, int] = {}
    named = [(m.start, m.code) for m in local] + [(p.start, p.country) for p in who if p.country]
    for at, code in sorted(named):
        if code in partners and t1 <= at < hi:
            first.setdefault(code, at)
    order = sorted(first.items(), key=lambda item: item[1])
    out: dict[str, PartialDate] = {}
    for i, (code, at) in enumerate(order):
        stop = order[i + 1][1] if i + 1 < len(order) else hi
        day = next((d.date for d in told if at < d.start < stop), None)
        if day is not None:
            out[code] = day
    return out


def _split_partners(cand: Candidate) -> list[Candidate]:
    """One candidate per partner state when the event is named as several.

    "Bilateral meetings with officials from A, B and C", "phone calls with his
    Italian and Spanish counterparts": each keeps the other side and the
    officials of its partner.
    """
    base = cand.countries - cand.partners
    if len(cand.partners) < 2 or cand.weak:
        return [cand]
    out = []
    for partner in sorted(cand.partners):
        out.append(
            attrs.evolve(
                cand,
                countries=base | {partner},
                participants=[
                    p
                    for p in cand.participants
                    if p.country is None or p.country.alpha_3 in base | {partner}
                ],
                partners=set(),
                another=True,
                partner=partner,
                date=cand.partner_dates.get(partner, cand.date),
            )
        )
    return out


def _split_again(cand: Candidate) -> list[Candidate]:
    """The event, and the sides' meeting once more on the day told after "and again".

    "A and B met in Lima on Monday and again in Cusco on Friday": two meetings.
    """
    if cand.again is None or cand.again == cand.date:
        return [cand]
    return [cand, attrs.evolve(cand, date=cand.again, again=None, another=True, location=None)]


def _split_officials(cand: Candidate) -> list[Candidate]:
    """One candidate per official when officials of one state are met as several.

    "X was received by A, B and C in separate meetings", "X also met separately
    with A and B": each official named after the trigger had a meeting of his
    own with the same sides ("met A and B" with no such words is one meeting).
    """
    if len(cand.apart) < 2 or len(cand.partners) >= 2:
        return [cand]
    return [
        attrs.evolve(
            cand,
            participants=[
                p for p in cand.participants if p.name == name or p.name not in cand.apart
            ],
            apart=[name],  # the official of this one
            another=True,
        )
        for name in cand.apart
    ]


_LIST_BREAK = re.compile(r",\s|\band\s")  # where one item of a list of officials ends


# What parts the names of a list: ", ", ", and ", " and ", and an article after them.
_LIST_PARTS = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_PLURAL_GATHERING = re.compile(
    r"""\s+(?:(?:[Mm]inisterial|[Ll]eaders['’]?|[Hh]eads\s+of\s+[Ss]tate)\s+)?
    (?:[Ss]ummits|[Mm]eetings|[Cc]onferences|sessions)\Z""",
    re.VERBOSE,
)


_BODIES_GATHERINGS = next(p for name, _, _, p in RULES if name == "meeting.bodies_gatherings")


def _listed_bodies(trigger: str) -> list[str]:
    """The bodies a "bodies' gatherings" match lists, in order ("G7 and NATO summits")."""
    names = _PLURAL_GATHERING.sub("", trigger)
    out: list[str] = []
    for name in _LIST_PARTS.split(names):
        body = body_named(name) if name else None
        if body is not None and body not in out:
            out.append(body)
    return out


def _split_gatherings(cand: Candidate) -> list[Candidate]:
    """One gathering per body a plural gathering word lists: "the G7 and NATO summits"."""
    if cand.rule != "meeting.bodies_gatherings":
        return [cand]
    span = cand.evidence[0]
    match = _BODIES_GATHERINGS.match(span.text, cand.anchor - span.start)
    bodies = _listed_bodies(match.group()) if match is not None else []
    if len(bodies) < 2:
        return []  # "the Lima and Quito meetings": no bodies' gatherings
    return [
        # each named by its body: no back-reference (one told before is merged as its body's)
        attrs.evolve(cand, organization=body, title=None, weak=False)
        for body in bodies
    ]


_ORDINAL_WORD = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth)"
)
# Two numbered sessions told by one plural word: "the 16th and 17th sessions of the commission",
# "its third and fourth rounds", "the second and third meetings of the council".
_TWO_ORDINALS = re.compile(
    rf"""\b(?P<a>{_ORDINAL_WORD})\s*(?:and|,|&)\s*(?P<b>{_ORDINAL_WORD})\s+
    (?:(?!(?:of|the|an?)\s)[\w’'-]+\s+){{0,3}}\Z""",
    re.VERBOSE | re.IGNORECASE,
)


def _split_ordinals(cand: Candidate) -> list[Candidate]:
    """One session per ordinal a plural session word lists: "the 5th and 6th sessions".

    Each is a session of its own (never a mention of the talks told before it), of the
    sides the mention names or, naming none, of the latest event's.
    """
    if cand.ordinal is None or cand.kind is VISIT:
        return [cand]
    span = cand.evidence[0]
    at = cand.anchor - span.start
    two = _TWO_ORDINALS.search(span.text, max(0, at - 60), at)
    if two is None or not span.text.startswith(("sessions", "meetings", "rounds"), at):
        return [cand]
    return [
        attrs.evolve(cand, ordinal=n.lower(), another=True, participants=list(cand.participants))
        for n in (two["a"], two["b"])
    ]


# Talks told as held apart: "held separate talks with", "met ... separately".
_APART = re.compile(r"\bseparate(?:ly)?\b")
# A body's people as a side: "officials of the European Union", "representatives from NATO",
# "EC negotiators".
_BODY_PEOPLE = re.compile(
    r"""\b(?:(?:officials|representatives|negotiators|delegates)\s+(?:of|from)\s+(?:the\s+)?
    (?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})
    |(?P<before>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+
    (?:officials|representatives|negotiators|delegates)\b)""",
    re.VERBOSE,
)


def _split_bodies(cand: Candidate) -> list[Candidate]:
    """The talks, and one meeting more per body whose official is met beside other sides.

    "X met his Turkish counterpart and the EU foreign policy chief", "X received the UN
    Secretary-General and the IMF Managing Director": each body's official, named after the
    trigger and holding no state of his own, had talks of their own with X's state; so do a
    body's people in talks told apart ("held separate talks with the Canadian minister and
    with EU negotiators").
    """
    if cand.kind not in TALKS or cand.weak or cand.organization is None:
        return [cand]
    text, at = cand.evidence[0].text, cand.anchor - cand.evidence[0].start
    bodies: dict[str, list[Participant]] = {}
    for p in cand.participants:
        where = text.find(p.name, max(0, at))
        if p.country is None and where >= 0:
            # the body in the role, else in the words just before the name ("and IMF
            # Managing Director A", whose role was read as "Director")
            title = _LIST_BREAK.split(text[max(at, where - 50) : where])[-1]
            body = (body_named(p.role) if p.role else None) or body_named(title)
            if body is not None:
                bodies.setdefault(body, []).append(p)
    # the bodies whose officials the clause names with no name ("and the head of the IMF")
    for body in body_officials(text, max(0, at), max(at, cand.clause_end - cand.evidence[0].start)):
        bodies.setdefault(body, [])
    states = {p.country.alpha_3 for p in cand.participants if p.country is not None}
    end = max(at, cand.clause_end - cand.evidence[0].start)
    if _APART.search(text, max(0, at - 30), end):
        # "held separate talks with the Canadian minister and with officials of the EU": the
        # talks told apart are one per side, the body's people one side, the state's partner
        # (named by title alone) another
        told = [body_named(p["name"] or p["before"]) for p in _BODY_PEOPLE.finditer(text, at, end)]
        for body in told:
            if body is not None:
                bodies.setdefault(body, [])
        if any(told) and len(states) == 1:
            states |= cand.countries
    if not bodies or not states or (len(states) < 2 and len(bodies) < 2):
        return [cand]
    home = next(p.country.alpha_3 for p in cand.participants if p.country is not None)
    split = list(bodies) if len(states) >= 2 else list(bodies)[1:]
    met = {p.name for body in split for p in bodies[body]}
    kept = [p for p in cand.participants if p.name not in met]
    first = attrs.evolve(
        cand,
        participants=kept,
        organization=None if len(states) >= 2 else next(iter(bodies)),
    )
    return [first] + [
        attrs.evolve(
            cand,
            countries={home},
            organization=body,
            participants=[p for p in cand.participants if p.country is not None][:1] + bodies[body],
            partners=set(),
            apart=[],
            another=True,
        )
        for body in split
    ]


TALKS = (MEETING, CALL)


# A guest's departure told in a relative aside: "..., who left for P later in the day", ", who
# flew on to P", ", who then travelled to P" (the trip's own trigger word inside it).
_ONWARD_ASIDE = re.compile(
    r""",\s+who\s+(?:then\s+|later\s+|afterwards\s+|subsequently\s+)?
    (?:left|departed|flew|travell?ed|went|headed|moved|continued)(?:\s+on)?\s+(?:for|to)\s""",
    re.VERBOSE,
)


def _onward_aside(found: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a trip is only the next stop of a guest whose talks its sentence tells.

    "A held talks in P with B's minister, who left for Q later in the day": the talks are the
    event told; Q is where the guest went next, no side of the talks and no record of its own.
    """
    if found.kind is not VISIT:
        return False
    span = found.evidence[0]
    at = found.anchor - span.start
    aside = _ONWARD_ASIDE.search(span.text, max(0, at - 60), at + 30)
    if aside is None or not aside.start() < at < aside.end():
        return False
    return any(
        other.kind in (MEETING, CALL)
        and other.evidence[0] == span
        and other.anchor - span.start < aside.start()
        for other in candidates
    )


def one_per_event(candidates: list[Candidate]) -> list[Candidate]:
    """Split each candidate of the body's trigger words into one per event.

    A mention naming several events ("met A, B and C separately", "the first and second
    sessions", "bilateral meetings with A and B") yields one candidate each, before any
    is compared with the events told; a guest's next stop told in an aside on its talks
    ("..., who left for Q") yields none.
    """
    return [
        one
        for found in candidates
        # (a guest's onward stop is no event of the talks' sentence, nor one of its own)
        if not _onward_aside(found, candidates)
        for split in _split_partners(found)
        for twice in _split_again(split)
        for each in _split_officials(twice)
        for body in _split_bodies(each)
        for gathering in _split_gatherings(body)
        for one in _split_ordinals(gathering)
    ]
