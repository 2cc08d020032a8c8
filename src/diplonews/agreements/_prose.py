"""Clues to an instrument's sides and status as news prose words them.

Private to :mod:`diplonews.agreements`. Wire copy, broadcasters' pieces and
government releases name the sides of an accord in ways the crawled pages
seldom use: a "between" phrase that belongs to another noun further on, a
wish for a "swift agreement" (one still to come), and the sides that
reaffirm or commit to a named accord ("the reaffirmation by A and B of the X
accord").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from diplonews import _regex as re
from diplonews.agreements._parties import (
    BOTH_SIDES,
    DATELINE,
    is_actor,
    listed_before,
    only_states,
    party_of,
    shifted,
    states,
)
from diplonews.models import Party
from diplonews.text import BodyMentions, Sentence
from diplonews.text.countries import CountryMention, resolve_country_group
from diplonews.text.dates import DateMention, extract_dates
from diplonews.values import PartialDate

__all__ = [
    "Consent",
    "by_group",
    "consent_before",
    "date_right_after",
    "described_group",
    "far_lone_between",
    "loose_arrangement",
    "nonfinite_subjects",
    "relative_signers",
    "sides_bound_by",
    "sides_uphold",
    "stance_clause",
    "stance_sides",
    "stance_subjects",
    "told_arrangement",
]

# How far after the instrument word a "between" phrase may start and still be taken as
# its own when it names fewer than two sides.
_NEAR = 30


def far_lone_between(
    text: str, head_end: int, between: re.Match[str], mentions: Sequence[CountryMention]
) -> bool:
    """Whether a "between" phrase well after the instrument names fewer than two sides.

    ``between`` was found in ``text[head_end:]``. Such a phrase belongs to a
    noun of its own ("accords ... make A's port the gateway between B and
    Asia"): it names no side of the instrument.

    >>> from diplonews.agreements._parties import BETWEEN
    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "The accords let Ruritania act as a bridge between Chile and Europe."
    >>> found = BETWEEN.search(text[11:])
    >>> far_lone_between(text, 11, found, extract_country_mentions(text))
    True
    >>> text = "The accords let Peru act as a bridge between Chile and Bolivia."
    >>> far_lone_between(text, 11, BETWEEN.search(text[11:]), extract_country_mentions(text))
    False
    >>> text = "The accords between Chile and Europe expire."
    >>> far_lone_between(text, 11, BETWEEN.search(text[11:]), extract_country_mentions(text))
    False
    """
    if between.start() <= _NEAR:
        return False
    lo, hi = head_end + between.start(), head_end + between.end()
    return len(states(mentions, lo, hi, text)) < 2


# A stance taken on a named instrument by the states a "by" names right before it:
# "the reaffirmation by A and B of the", "a renewed commitment by A to the".
_STANCE_BY = re.compile(
    r"\b(?:reaffirmation|endorsement|acceptance|ratification|confirmation|commitment|adherence)"
    r"\s+by\s+(?P<who>[^,;:()]{2,80}?)\s+(?:of|to)\s+(?:the\s+)?[“\"]?$"
)

# The signing of a named instrument by the states a "by" names before its "of", maybe after
# its day and place and with others left unnamed: "the signing earlier this week in Lima by
# A, B and twelve other partners of the" (the signers are its parties).
_SIGNING_BY = re.compile(
    r"\b(?:signing|signature|conclusion)\s+(?:(?!(?:by|of)\b)[\w’'-]+,?\s+){0,8}?"
    r"by\s+(?P<who>[^;:()]{2,120}?)\s+of\s+(?:the\s+)?[“\"]?$"
)


def stance_sides(
    text: str, mentions: Sequence[CountryMention], name_start: int
) -> tuple[Party, ...]:
    """The states a "by" phrase names as upholding the instrument named at ``name_start``.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "He welcomed the reaffirmation by Chile and Peru of the Lima accord."
    >>> [str(p) for p in stance_sides(text, extract_country_mentions(text), text.index("Lima"))]
    ['CHL', 'PER']
    >>> text = "He hailed the signing on Monday by Chile, Peru and two others of the Lima accord."
    >>> [str(p) for p in stance_sides(text, extract_country_mentions(text), text.index("Lima"))]
    ['CHL', 'PER']
    >>> text = "He welcomed the Lima accord."
    >>> stance_sides(text, extract_country_mentions(text), text.index("Lima"))
    ()
    """
    found = _STANCE_BY.search(text, max(0, name_start - 140), name_start) or _SIGNING_BY.search(
        text, max(0, name_start - 220), name_start
    )
    if found is None:
        return ()
    return only_states(states(mentions, found.start("who"), found.end("who"), text))


# Consent of named states told as an event: "A and B agreed to", "the decision by A and B
# to", "A and B reached a deal". The sides stand before the verb, or after "by".
_AGREED = re.compile(
    r"\b(?:agreed|decided)\s+(?:to(?!\s+disagree)|on|that)\b"
    r"|\bdecision\s+by\b"
    r"|\b(?:reached|struck|clinched)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:agreement|deal|accord|understanding)\b"
)
# After "decision by": the deciders, up to the "to" of what they decided.
_DECIDERS = re.compile(r"[^.;:]{2,80}?(?=\s+to\s)")
# How many sentences back an unnamed "the deal" may look for the consent it refers to.
_BACK = 4
# The most states a consent may name: a meeting of a few governments, not a roll-call.
_MOST = 8
# The clause of the consent's subject: back to the last semicolon, "that" or "said".
_CLAUSE_START = re.compile(
    r".*(?:[;:]|\b(?:that|said|says|say)\b|,\s*(?:but|while|as|after)\b)", re.DOTALL
)


@attrs.frozen
class Consent:
    """An earlier sentence's consent of named states: where it is, who, and when."""

    index: int  # the sentence's index
    sides: tuple[Party, ...]
    date: PartialDate | None  # a date told before the verb or right after it


# How far after the verb of consent its date may stand: "agreed on Monday to".
_DATE_AFTER = 16


def consent_before(
    sentences: Sequence[Sentence], index: int, found: BodyMentions, published: dt.date | None
) -> Consent | None:
    """The nearest earlier sentence in which one to eight named states agreed, and those states.

    An unnamed "the deal" or "the agreement" with no instrument told before it
    refers to that consent: "A and B agreed to open a ferry link. ... The deal
    is a step forward" (a single state's consent is with another side the
    caller must find). Its date is one told before the verb or right after
    it ("agreed on Monday"), not the date of what they agreed to do.

    >>> import datetime as dt
    >>> from diplonews.text import body_mentions, split_sentences
    >>> body = ("Chile and Peru agreed on Tuesday to open a ferry link. Ships will sail daily. "
    ...         "Officials called the deal a step forward.")
    >>> consent = consent_before(
    ...     split_sentences(body), 2, body_mentions(body), dt.date(2019, 10, 17))
    >>> consent.index, [str(p) for p in consent.sides], str(consent.date)
    (0, ['CHL', 'PER'], '2019-10-15')
    >>> body = "Chile and Peru agreed to meet in May. Officials called the deal a step forward."
    >>> consent = consent_before(split_sentences(body), 1, body_mentions(body), None)
    >>> consent.index, consent.date
    (0, None)
    >>> body = "Chile said Peru agreed to talk. Officials called the deal a step forward."
    >>> [str(p) for p in consent_before(split_sentences(body), 1, body_mentions(body), None).sides]
    ['PER']
    >>> body = "Chile and Peru will talk. Officials called the deal a step forward."
    >>> consent_before(split_sentences(body), 1, body_mentions(body), None) is None
    True
    """
    for at in range(index - 1, max(-1, index - _BACK - 1), -1):
        sentence = sentences[at]
        text = sentence.text
        verb = _AGREED.search(text)
        if verb is None:
            continue
        mentions = [
            m
            for m in shifted(found.between(sentence.start, sentence.end), sentence.start)
            if is_actor(text, m)
        ]
        if verb.group().startswith("decision"):
            deciders = _DECIDERS.match(text, verb.end())
            if deciders is None:
                continue
            lo, hi = deciders.start(), deciders.end()
        else:
            clause = _CLAUSE_START.match(text, 0, verb.start())
            lo, hi = (clause.end() if clause else 0), verb.start()
        named = states(mentions, lo, hi, text)
        sides = tuple(named) if only_states(named) else ()  # a group beside a state is a side
        if 1 <= len(sides) <= _MOST:
            dateline = DATELINE.match(text)
            told = [
                d.date
                for d in extract_dates(text, published)
                if (d.start < verb.start() or d.start <= verb.end() + _DATE_AFTER)
                and not (dateline and d.start < dateline.end())  # the story's day, not theirs
            ]
            return Consent(at, sides, told[0] if told else None)
    return None


# The sides named right after an instrument word: "between Chile", "among the Netherlands"
# ("an arrangement with B for the visit" is a plan of practice as often as a document).
_SIDES_NEXT = re.compile(
    r"\s+(?:(?:signed|reached|concluded|made)\s+)?(?:between|among)\s+(?:the\s+)?[A-Z]"
)


# A state across the table, then a document's own step: "with B on the X crossing was being
# negotiated", "with B was signed in May".
_WITH_STATE_STEP = re.compile(
    r"\s+with\s+(?:the\s+)?[A-Z][^.;:()]{0,80}?\s(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:being\s+)?(?:negotiated|signed|concluded|ratified|initial(?:l)?ed|drafted)\b"
)


# A document's own step told of a new arrangement right before it: "signed a three-year aid
# arrangement", "negotiations on an arrangement for X", "to conclude an implementing arrangement".
_STEP_BEFORE_NEW = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|initial(?:l)?ed|negotiat(?:e|es|ed|ing)"
    r"|negotiations?\s+(?:on|for)"
    # "talks on a barter arrangement", "would prepare / draw up an arrangement": a document in
    # the making, as one being negotiated (a practice is arranged, not drafted or talked over)
    r"|talks\s+(?:on|about)|prepar(?:e|es|ed|ing)|draw(?:s|ing)?\s+up|draft(?:s|ed|ing)?"
    # "talks with B's minister on", "consultations with B's envoy on": the talks told with whom
    # still take a new arrangement as their object, a document in the making
    r"|(?:talks|consultations|negotiations)\s+with\s+[^.;:()]{1,80}?\s+(?:on|about|over))"
    r"\s+an?\s+(?:[\w-]+\s+){0,4}$"
)
# A new arrangement told negotiated further on in its clause: ", which their officials are
# negotiating", ", under discussion since May, was still being negotiated".
_NEGOTIATED_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:which|that)\s+[^.;:,]{0,40}?\b(?:are|is|were|was)\s+(?:still\s+)?"
    r"negotiating|(?:was|were|is|are)\s+(?:still\s+)?being\s+negotiated"
    # "a barter arrangement is expected to be signed", "... can be signed during the trip": a
    # signing to come is a document's own step, which no plan of practice has
    r"|(?:(?:is|are)\s+(?:expected\s+|due\s+|set\s+)?to|will|would|can|could|may|might)\s+"
    r"be\s+(?:signed|initial(?:l)?ed|concluded))\b"
)
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,4}$")


def loose_arrangement(head_text: str, after: str, before: str = "") -> bool:
    """Whether an "arrangement" word names no instrument between states.

    An arrangement is one when it has a name ("the Multi-Fibre Arrangement")
    or names its sides right after it ("an arrangement between A and B");
    "security arrangements", "a truce arrangement", "travel arrangements" or
    "an arrangement with B for the visit" are plans or practice, not documents.
    A single new arrangement whose own document step the clause tells ("signed a
    three-year aid arrangement", "negotiations on an arrangement for X", "a new
    arrangement, which their officials are negotiating") is a document too.

    >>> loose_arrangement("arrangement", " between Chile and Peru was signed")
    False
    >>> loose_arrangement("Arrangement", " (MFA) expires")
    False
    >>> loose_arrangement("arrangements", " for the visit were made")
    True
    >>> loose_arrangement("arrangements", " made with the help of allies")
    True
    >>> loose_arrangement("arrangement", " with Chile for the visit was made")
    True
    >>> loose_arrangement("arrangement", " with Chile on the border post was being negotiated")
    False
    >>> loose_arrangement("arrangement", " worth 5 mln dlrs", "Peru and Chile signed a new aid ")
    False
    >>> loose_arrangement("arrangement", " on water, which experts are negotiating", "a possible ")
    False
    >>> loose_arrangement("arrangements", " for the visit", "officials signed ")
    True
    """
    if not head_text.casefold().startswith("arrangement"):
        return False
    if told_arrangement(head_text, after, before):
        return False  # "signed a three-year aid arrangement": a new document, its step told
    return (
        head_text[0].islower()
        and _SIDES_NEXT.match(after) is None
        and _WITH_STATE_STEP.match(after) is None
    )


def told_arrangement(head_text: str, after: str, before: str) -> bool:
    """Whether a single new arrangement has its own document step told in its clause.

    "signed a three-year aid arrangement", "negotiations on an arrangement for X",
    "a new arrangement on Y, which their officials are negotiating".
    """
    if head_text != "arrangement":
        return False
    tail = before[-80:]
    return _STEP_BEFORE_NEW.search(tail) is not None or (
        _INDEFINITE_BEFORE.search(tail) is not None and _NEGOTIATED_AFTER.match(after) is not None
    )


# A relative clause right after the instrument that tells who made it: "the treaty, which A
# and B signed in 1985", "the accord that it had struck with B".
_RELATIVE_SIGNERS = re.compile(
    r"(?:\s+[\w-]+){0,4}?,?\s+(?:which|that)\s+(?P<who>[^,;:()]{2,80}?)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:signed|concluded|reached|struck|initial(?:l)?ed|sealed|agreed)\b"
    r"(?:\s+with\s+(?P<partner>[^,;:()]{2,40}?)(?=[,;.]|\s+(?:in|on|at|last|still|is|was)\b|$))?"
)
# A subject pronoun in that clause: its state is the sentence's subject, before the instrument.
_PRONOUN = frozenset(["it", "they", "he", "she", "we"])


def relative_signers(
    text: str, start: int, head_end: int, mentions: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """The states a relative clause right after the instrument names as its makers.

    ``start`` is where the instrument's phrase starts: a pronoun ("that it
    signed with B") stands for the states named before it.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "The fishing treaty, which Chile and Peru signed in 1985, expires soon."
    >>> [str(p) for p in relative_signers(text, 0, 18, extract_country_mentions(text))]
    ['CHL', 'PER']
    >>> text = "Chile says the fishing treaty that it signed with Peru in 1985 still binds."
    >>> [str(p) for p in relative_signers(text, 11, 29, extract_country_mentions(text))]
    ['CHL', 'PER']
    >>> text = "The fishing treaty, which Chile wants to end, expires soon."
    >>> relative_signers(text, 0, 18, extract_country_mentions(text))
    ()
    """
    found = _RELATIVE_SIGNERS.match(text, head_end)
    if found is None:
        return ()
    spans = [(found.start("who"), found.end("who"))]
    if found.group("who").strip().casefold() in _PRONOUN:
        spans = [(0, start)]
    if found.group("partner") is not None:
        spans.append((found.start("partner"), found.end("partner")))
    actors = [m for m in mentions if is_actor(text, m)]
    named: list[Party] = []
    for lo, hi in spans:
        named += [p for p in states(actors, lo, hi, text) if p not in named]
    return only_states(named)


# The verb of a clause whose subject upholds, joins, breaks or leaves a named instrument,
# right before its name: "A ratified the", "A and B remain committed to the", "A has
# violated the", "A pulled out of the".
_STANCE_VERB = re.compile(
    r"\b(?:ratif(?:ied|ies)|joined|acceded\s+to|withdr[ea]w\s+from|(?:has|have|had)\s+withdrawn"
    r"\s+from|pulled\s+out\s+of|quit|violat(?:ed|es)|breach(?:ed|es)|abid(?:es|ed)\s+by"
    r"|honou?r(?:s|ed)|compl(?:ies|ied)\s+with|implement(?:s|ed)|adhere[sd]\s+to"
    r"|(?:remains?|remained|is|are|was|were)\s+(?:still\s+|fully\s+)?committed\s+to"
    r"|(?:reaffirmed|reiterated|renewed|affirmed)\s+(?:its|their|his|her)\s+(?:\w+\s+)?"
    r"(?:commitment|adherence|support)\s+(?:to|for)"
    # "reaffirmed their emission targets under the": what they owe under it
    r"|(?:reaffirmed|reiterated|renewed|affirmed)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:[Cc]ommitments|[Oo]bligations|[Cc]ontributions|[Tt]argets|[Pp]ledges)\s+under)"
    r"\s+(?:the\s+)?(?:\d{4}\s+)?[“\"]?$"
)
# Between the subject and that verb: auxiliaries and adverbs only ("has long", "have not").
_AUXILIARIES = re.compile(r"(?:\s*,)?(?:\s+(?:has|have|had|also|long|now|already|since|both))*\s*$")
# A meeting told right before the stance verb, which its two sides share: "met with B's
# officials and ", "held talks with B and ".
_MET_AND = re.compile(r"\b(?:met|held\s+talks|talked)\s+with\b[^,;:]{2,80}?\s+and\s+$")
# A clause's start before its subject: a semicolon or colon, "that", "said", "while".
_SUBJECT_START = re.compile(r".*(?:[;:]|\b(?:that|said|says|while|but|and\s+that)\b)", re.DOTALL)


def stance_clause(
    text: str, name_start: int, verbs: re.Pattern[str] = _STANCE_VERB
) -> tuple[int, int] | None:
    """Where the subject of a clause upholding the instrument named at ``name_start`` may be.

    The span from the clause's start to its verb ("A and B remain committed to the X":
    "A and B "), or ``None`` when no such verb stands right before the name.

    >>> text = "The two presidents reaffirmed their commitment to the Bergen Accord."
    >>> lo, hi = stance_clause(text, text.index("Bergen"))
    >>> text[lo:hi]
    'The two presidents '
    >>> stance_clause("He praised the Bergen Accord.", 15) is None
    True
    """
    verb = verbs.search(text, max(0, name_start - 90), name_start)
    if verb is None:
        return None
    clause = _SUBJECT_START.match(text, 0, verb.start())
    return (clause.end() if clause else 0), verb.start()


def stance_subjects(
    text: str, mentions: Sequence[CountryMention], name_start: int
) -> tuple[Party, ...]:
    """The states whose clause verb ratifies, joins, upholds or breaks the named instrument.

    "A ratified the X Protocol", "A and B remain committed to the X Accord",
    "A has violated the X Convention": the subject's states are parties. A
    refusal, a modal or an infinitive ("refused to ratify", "could join",
    "urged A to honour") names no party.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> def sides(text):
    ...     at = text.index("Bergen")
    ...     return [str(p) for p in stance_subjects(text, extract_country_mentions(text), at)]
    >>> sides("Chile and Peru remain committed to the Bergen Accord.")
    ['CHL', 'PER']
    >>> sides("Iceland said Norway has violated the Bergen Convention.")
    ['NOR']
    >>> sides("Norway urged Chile to honour the Bergen Accord.")
    []
    """
    span = stance_clause(text, name_start)
    if span is None:
        return ()
    lo, verb_start = span
    actors = [m for m in mentions if lo <= m.start < verb_start and is_actor(text, m)]
    if _MET_AND.search(text, lo, verb_start):
        # "A's minister met with B's officials and reaffirmed their commitment to the X":
        # both sides of the meeting uphold it
        met = only_states(states(mentions, lo, verb_start, text))
        return met if len(met) <= _MOST else ()
    if not actors or not _AUXILIARIES.fullmatch(text, actors[-1].end, verb_start):
        return ()  # the subject does not stand right before the verb
    sides = only_states(states(actors, lo, verb_start, text))
    return sides if len(sides) <= _MOST else ()


# A stance on a named instrument told in a non-finite clause whose subject is the state
# right before it: "A will seek to strengthen the", "the measures taken by A to implement the",
# "accused A of breaking the", "pressure on A to implement the" (the one bound by it). Only
# upholding or breaking it: "A will ratify the X" is a signing step to come, read elsewhere.
_NONFINITE_STANCE = re.compile(
    # the state's own body named right after its demonym: "the Burmese military regime to"
    r"^(?P<body>\s+(?:military\s+)?(?:government|regime|authorities|junta|leadership))?"
    r"\s+(?:(?:will|would|shall)\s+(?:(?:seek|continue|try)\s+to\s+)?|to\s+)"
    r"(?:fully\s+)?(?:implement|honou?r|uphold|respect|strengthen|abide\s+by|comply\s+with"
    r"|adhere\s+to)"
    r"|^\s+of\s+(?:breaking|violating|breaching|flouting)"
)
# The tail of that clause, from its verb to the name: the article, a year, a quote mark.
_TO_NAME = re.compile(r"\s+(?:the\s+)?(?:\d{4}\s+)?[“\"]?")
# A verb that moves the state to act, right before it: "urged A to honour the X" tells
# another's wish, and names no party (the keys' "pressure on A to implement" does).
_MOVED_BY = re.compile(
    r"\b(?:urged|urges|urging|called\s+on|calls\s+on|asked|asks|pressed|presses|told"
    r"|persuaded|encouraged|encourages)\s+(?:the\s+)?$"
)


def nonfinite_subjects(
    text: str, mentions: Sequence[CountryMention], name_start: int
) -> tuple[Party, ...]:
    """The state whose non-finite clause upholds or breaks the instrument named at ``name_start``.

    "A will seek to strengthen the X", "the measures taken by A to implement the X", "accused A
    of breaking the X", "pressure on the A regime to implement the X": A (the one bound to
    act on it), with the states listed right before it. "urged A to honour the X" names no
    party (another's wish).

    >>> from diplonews.text.countries import extract_country_mentions
    >>> def sides(text):
    ...     at = text.index("Bergen")
    ...     return [str(p) for p in nonfinite_subjects(text, extract_country_mentions(text), at)]
    >>> sides("Chile and Peru will seek to strengthen the Bergen Accord.")
    ['CHL', 'PER']
    >>> sides("Iceland accused Norway of breaching the Bergen Convention.")
    ['NOR']
    >>> sides("Iceland urged Norway to honour the Bergen Accord.")
    []
    """
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > name_start or m.kind == "group" or name_start - m.end > 60:
            continue
        verb = _NONFINITE_STANCE.match(text[m.end : name_start])
        if (
            verb is None
            or _TO_NAME.fullmatch(text, m.end + verb.end(), name_start) is None
            or not (is_actor(text, m) or verb.group("body") is not None)
            or _MOVED_BY.search(text, max(0, m.start - 30), m.start) is not None
        ):
            return ()
        party = party_of(m)
        if party is None:
            return ()
        return only_states((*listed_before(text, mentions[:i], m.start), party))
    return ()


# What the two sides of a story's talks do with an instrument of theirs, besides upholding
# it: "the two leaders recalled the 1951 X Treaty" (a readout's reference to their own).
_SIDES_RECALLED = re.compile(r"\brecalled\s+(?:the\s+)?(?:\d{4}\s+)?[“\"]?$")


def sides_uphold(text: str, name_start: int) -> bool:
    """Whether the subject upholding the instrument named at ``name_start`` is "the two sides".

    "The two leaders recalled the X Treaty", "Both countries remain committed to the X
    Accord": the sides are referred to, not named; they are the pair the story tells. A
    pair that recalls an instrument upholds it too.

    >>> sides_uphold("The two leaders recalled the 1951 Bergen Treaty.", 34)
    True
    >>> sides_uphold("The two leaders discussed the Bergen Treaty.", 30)
    False
    >>> sides_uphold("Chile said the two leaders and Peru recalled the Bergen Treaty.", 49)
    False
    """
    span = stance_clause(text, name_start) or stance_clause(text, name_start, _SIDES_RECALLED)
    if span is None:
        return False
    lo, verb_start = span
    sides = BOTH_SIDES.search(text, lo, verb_start)
    return (
        sides is not None
        and not text[lo : sides.start()].strip()
        and _AUXILIARIES.fullmatch(text, sides.end(), verb_start) is not None
    )


# A relative clause right after an instrument's name whose subject is "the two sides": ",
# under which the two countries undertook", ", which both sides signed in 1990".
_SIDES_RELATIVE = re.compile(
    r"[\s,]*(?:\(\w+\)\s*)?,?\s*(?:(?:under|by|in|through|with|according\s+to)\s+)?"
    r"(?:which|that|whose\s+terms)\s+(?:(?:also|both|then|later|had|have|has)\s+)?"
)


def sides_bound_by(text: str, name_end: int) -> bool:
    """Whether the relative clause right after the name ending at ``name_end`` is the sides'.

    "the 1990 X Accord, under which the two countries undertook to ...", "the X Accord,
    which the two countries signed": the clause tells the pair that made or is bound by the
    instrument, referred to, not named; they are the pair the story tells.

    >>> text = "They met in the spirit of the Bergen Accord, under which the two countries agreed."
    >>> sides_bound_by(text, text.index(",") )
    True
    >>> text = "They recalled the Bergen Accord, which Chile and the two neighbours signed."
    >>> sides_bound_by(text, text.index(","))
    False
    """
    clause = _SIDES_RELATIVE.match(text, name_end)
    return clause is not None and BOTH_SIDES.match(text, clause.end()) is not None


# States described as a group, not named: "the industrial countries", "major industrialized
# nations", "the seven leading economies", "Western creditor governments".
_DESCRIBED_GROUP = re.compile(
    r"\s*(?:the\s+|its\s+|their\s+)?(?:(?!(?:of|and|two|both)\b)[a-z][\w-]*\s+){0,4}?"
    r"(?:countries|nations|states|governments|powers|economies|democracies)\b"
)
# The same group as the maker of the instrument, right after it: "by industrial countries".
_BY_GROUP = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+by\s+(?P<who>(?:[\w-]+\s+){0,5}?[\w-]+)(?=[,.;:]|\s+to\s|$)"
)


def described_group(text: str, who_start: int, who_end: int) -> bool:
    """Whether ``text[who_start:who_end]`` describes the instrument's makers as a group of states.

    Such an instrument ("a pact among the rich industrial nations", "an
    accord by leading creditor governments") is one between states whose
    names the text does not give: a record with no parties.

    >>> described_group("a pact among the rich industrial nations", 12, 40)
    True
    >>> described_group("a deal between the two clubs", 14, 28)
    False
    >>> described_group("a deal between the two countries", 14, 32)
    False
    >>> text = "the pact among the rich creditor nations struck in Oslo"
    >>> described_group(text, 16, len(text))
    True
    """
    return _DESCRIBED_GROUP.match(text, who_start, who_end) is not None


# A body's members as the makers, right after the instrument: "(the accord) reached by OPEC
# ministers", "(the deal) agreed by Asean economic ministers in March", "by OPEC members".
_BY_BODY_MEMBERS = re.compile(
    r"(?:\s+(?:on|over|for)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"  # its topic: "on output"
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:reached|agreed|struck|concluded|adopted)\s+"
    r"(?:(?:last|this)\s+[A-Za-z]+\s+|earlier\s+|in\s+[A-Z][a-z]+\s+)?by\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)\s+"
    r"(?:[a-z]+\s+)?(?:ministers|members|member\s+(?:states|countries|governments))\b"
)


def by_group(text: str, head_end: int) -> bool:
    """Whether a "by" phrase right after the instrument describes its makers as a group of states.

    A group described ("by the leading industrial nations") or a body's members ("reached by
    OPEC ministers"): an instrument among states the text does not name.

    >>> by_group("A pact struck in Oslo by the leading industrial nations to cap rates", 6)
    True
    >>> by_group("An agreement by the clubs to share gate money", 12)
    False
    >>> by_group("the accord reached by OPEC ministers in Vienna last December", 10)
    True
    >>> by_group("the accord reached by Chilean ministers in Vienna", 10)
    False
    """
    found = _BY_GROUP.match(text, head_end)
    if found is not None and described_group(text, found.start("who"), found.end("who")):
        return True
    members = _BY_BODY_MEMBERS.match(text, head_end)
    return members is not None and resolve_country_group(members.group("body")) is not None


def date_right_after(text: str, dated: Sequence[DateMention], head_end: int) -> PartialDate | None:
    """The date that follows the instrument word with nothing between them.

    "an agreement last month among ...", "the accord last week with ...": the
    date of its making.

    >>> import datetime as dt
    >>> text = "a pact last month among rich nations"
    >>> str(date_right_after(text, extract_dates(text, dt.date(1987, 3, 20)), 6))
    '1987-02'
    >>> text = "a pact among rich nations last month"
    >>> date_right_after(text, extract_dates(text, dt.date(1987, 3, 20)), 6) is None
    True
    >>> text = "the accord of September 1985 on currencies"
    >>> str(date_right_after(text, extract_dates(text, dt.date(1987, 3, 20)), 10))
    '1985-09'
    """
    for found in dated:
        if found.start >= head_end and not text[head_end : found.start].strip():
            return found.date
        if (
            found.start >= head_end
            and found.date.month is not None
            and text[head_end : found.start].strip() == "of"
        ):
            return found.date  # "the Plaza accord of September 1985": the month it was made
    return None
