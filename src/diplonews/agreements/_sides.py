"""The parties of an instrument whose own words name none, read off the story.

A mention names its parties when it can (:mod:`._mention`, :mod:`._parties`). When it
does not, these readers look further, each for one way news tells the sides: the headline
or the lead ("A, B sign a deal"), the sentence before, "the two sides" (the pair the story
names most), the states that met or attended, the official who launched it, the states a
group lists, the turn of a tour of capitals. :func:`parties_from_context` asks them, in
order, for each mention read; :func:`told_sides` is the last look, at the end of the step,
for a record still with no party.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import attrs

from diplonews import _regex as re
from diplonews.agreements._context import WordInSentence
from diplonews.agreements._events import AT_THE_EVENT
from diplonews.agreements._mention import BARE_HEAD, PEACE_GOAL, SIGNED_DURING_VISIT, Mention
from diplonews.agreements._parties import (
    BETWEEN,
    BOTH_SIDES,
    DATELINE,
    LIST_JOIN,
    in_location,
    in_name,
    named_states,
    not_speakers,
    only_states,
    party_of,
    people_from,
    shifted,
    states,
)
from diplonews.agreements._prose import stance_clause
from diplonews.agreements._record import Record
from diplonews.agreements._status import TO_COME_BE, TO_COME_MODALS, TO_COME_PLANNED
from diplonews.agreements._story import (
    BodyStory,
    StoryStates,
    body_document,
    dateline_state,
    officials,
)
from diplonews.agreements._words import INSTRUMENT, kind_of, vocabulary
from diplonews.models import AgreementKind, AgreementStatus, Article, Party
from diplonews.text import (
    ASIDE_DASH,
    BodyMentions,
    Sentence,
    fold_headline_case,
    home_country,
    release_state,
)
from diplonews.text.countries import (
    CountryMention,
    city_country,
    dateline_place,
    headline_mentions,
)
from diplonews.text.dates import extract_dates, month_number
from diplonews.values import Country, PartialDate

__all__ = [
    "consent_sides",
    "listed_parties",
    "pairs_between",
    "parties_from_context",
    "phrase_states",
    "story_side",
    "summit_roster",
    "told_sides",
]


# A group followed by the list of its members: "six nations -", "the Group of Seven -".
_GROUP_LIST = re.compile(
    r"\b(?:nations|countries|states|governments|Group\s+of\s+[A-Z]\w+|G-?\d{1,2})"
    r"(?:\s*(?:--|[-–—:])\s+"  # a wire's dash may be two hyphens: "five countries -- A, B"
    r"|—(?=\w))"  # or an em dash close up: "six nations—A, B"
)
# The end of such a list: a closing dash, a bracket or a new clause.
_LIST_END = re.compile(rf"\s--\s|{ASIDE_DASH}|[;()]")
# A sentence that goes on about the instrument just named.
_IT_OPENS = re.compile(r"(?:It|This|That)\b")


# An act done on an instrument: "signed", "ratified", "adopted" (not "to sign").
_DONE = re.compile(r"\b(?:signed|inked|concluded|ratified|sealed|adopted)\b", re.IGNORECASE)
# Done or worked on by a number of states: "coordinated by all five littoral states".
_BY_ALL = re.compile(
    r"\b(?:by|among|between)\s+(?:all\s+)?(?:the\s+)?(?P<n>three|four|five|six|seven|eight|nine"
    r"|ten)\s+(?:[\w-]+\s+){0,2}?(?:states|countries|nations|members)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    w: n for n, w in enumerate(["three", "four", "five", "six", "seven", "eight", "nine", "ten"], 3)
}
# A number of states told as a set: "the six countries", "the five littoral states".
_THE_N_STATES = re.compile(
    r"\bthe\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?"
    r"(?:states|countries|nations)\b",
    re.IGNORECASE,
)


# The signers of a document told by their number: "the three countries signed", "which the
# four governments adopted", "signed by the three sides", "the three countries' ministers
# signed" (a count of two is the story's pair, read by ``BOTH_SIDES``).
_COUNTED_SIGNERS = re.compile(
    r"""(?P<by>\bby\s+)?\b[Tt]he\s+(?P<n>three|four|five|six|seven|eight|nine|ten)\s+
    (?:[A-Z][\w-]+\s+)?  # "the three European countries"
    (?:countries|states|nations|governments|sides|parties|leaders|presidents
    |heads\s+of\s+state|(?:foreign\s+|prime\s+)?ministers|delegations)\b
    (?:['’]\s+(?:[\w-]+\s+){0,3}?  # "the three countries' trade ministers": their own
    (?:ministers|leaders|officials|advis[eo]rs|representatives|envoys|delegations))?
    (?P<verb>\s+(?:(?:have|has|had|will|would|also|then|jointly|formally|are\s+to
    |(?:are|were)\s+(?:expected|due|set|scheduled|poised)\s+to)\s+){0,2}  # "are due to sign"
    (?:signed|sign|adopted|adopt|concluded|conclude|inked|ink|ratified|ratify|endorsed
    |endorse|initialled|initialed|initial))?\b""",
    re.VERBOSE,
)


def _counted_signers(word: WordInSentence) -> tuple[tuple[Party, ...], int]:
    """The states a count of signers near the instrument word refers to, and where it ends.

    "The leaders of A, B and C met in X. They reviewed the Y Protocol, which the three
    countries signed in May": the nearest text before the count (its own sentence, then up
    to three sentences back) that names just that many states names them; else the story's
    states, when it names just that many. A count that is not the signers' (the subject of
    no signing verb, no agent after "by") refers to no document.
    """
    text, head = word.text, word.head
    lo, hi = max(0, head.start() - 120), min(len(text), head.end() + 160)
    told = next(
        (m for m in _COUNTED_SIGNERS.finditer(text, lo, hi) if m.group("by") or m.group("verb")),
        None,
    )
    if told is None:
        return (), 0
    n = _NUMBER_WORDS[told.group("n").casefold()]
    sentences, found, index = word.story.sentences, word.story.found, word.index
    own = only_states(states(word.mentions, word.dateline_end, told.start(), text))
    candidates = [own] + [
        named_states(s, found) for s in sentences[max(0, index - 3) : index][::-1]
    ]
    for named in candidates:
        distinct = tuple(dict.fromkeys(named))
        if len(distinct) == n:
            return tuple(sorted(distinct, key=str)), told.end()
    codes = list(word.story.states.counts)
    if len(codes) == n:
        return tuple(sorted((Country(code) for code in codes), key=str)), told.end()
    return (), 0


def _with_after(word: WordInSentence, start: int) -> tuple[Party, ...]:
    """The states named after the first "with" that follows ``start`` in the word's sentence."""
    at = word.text.find(" with ", start)
    if at < 0:
        return ()
    return only_states(states(word.mentions, at, len(word.text), word.text))


def _numbered_states(
    text: str, story: StoryStates, before: Sequence[CountryMention] = ()
) -> tuple[Party, ...]:
    """The states of "the six countries" in ``text``, when the story names just that many.

    Or when the sentence ``before`` it (its country mentions) names just that many states: "A,
    B, C, D, E and F ended talks. A protocol is to be signed when the leaders of the six
    countries meet", in a story naming a seventh state later.
    """
    told = _THE_N_STATES.search(text)
    if told is None:
        return ()
    n = _NUMBER_WORDS[told.group("n").casefold()]
    codes = list(story.counts)
    if len(codes) == n:
        return tuple(Country(code) for code in codes)
    near = {m.code: party_of(m) for m in before if m.kind != "group"}
    if len(near) == n and all(near.values()):
        return tuple(p for p in near.values() if p is not None)
    return ()


# An act on a named document told as the story's: signed, adopted, negotiated, implemented.
_STORY_ACT = re.compile(
    r"\b(?:signed|inked|concluded|ratified|adopted|adoption|negotiations|implementation)\b"
)
# An instrument told in force, an act on it as much as its signing: "the entry into force".
_IN_FORCE_ACT = re.compile(
    r"\b(?:entry\s+into\s+force|entered\s+into\s+force|in\s+force|took\s+effect)\b"
)
# A stance on an instrument, not a side's own: "A's commitment to", "support for".
_UPHELD = re.compile(r"\b(?:commitments?|committed|support(?:s|ed)?|backing)\b")
# The agents of that act: "signed by the parliaments of A, B and C".
_DONE_BY = re.compile(_DONE.pattern + r"\s+by\s+", re.IGNORECASE)
# The end of the agents' clause.
_CLAUSE_END = re.compile(rf"[;:()]|,\s+(?:which|who|while|but)\b|{ASIDE_DASH}")
# The two states themselves, not "the sides" of talks: "between the two countries".
_TWO_STATES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:[a-z]+\s+)?(?:countries|states|nations|governments)\b",
    re.IGNORECASE,
)


# Where an instrument's phrase ends: a comma, a semicolon, a stop or a relative clause.
_PHRASE_END = re.compile(r"[,;.]\s|[,;]|\.\Z|\s(?:which|that|who)\b")
# A state bound to the instrument right before it: "with ", "between ", "with the Republic of ".
_BOUND_BEFORE = re.compile(
    r"\b(?:with|between)\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?\Z"
)


def phrase_states(
    text: str, head: re.Match[str], mentions: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """The states the instrument's own phrase binds to it, from its word to the phrase's end.

    "the agreement on taxation with C", "the protocol amending the A-B agreement on
    transport": a state after "with" or "between", or one of a hyphened pair of sides; not
    a state the phrase only mentions ("the agreement to boost trade via the C border").
    """
    end = _PHRASE_END.search(text, head.end())
    stop = end.start() if end is not None else len(text)
    after = INSTRUMENT.search(text, head.end(), stop)
    if after is not None:
        # "today's agreement follows an agreement between B and C": the next instrument's
        # sides, not this one's
        stop = after.start()
    bound = [
        m
        for m in mentions
        if head.start() <= m.start
        and m.end <= stop
        and (
            _BOUND_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
            or text[m.end : m.end + 1] in ("-", "–")
            or text[max(0, m.start - 1) : m.start] in ("-", "–")
        )
    ]
    return only_states(states(bound, 0, len(text), text))


def _place_named(title: str) -> bool:
    """Whether a name opens on a place (or is one word and a head word): "the Kyoto Protocol".

    "the Louvre accord", "the Punta del Este declaration", "the Quito Declaration on Water":
    named after where it was made, not after its subject ("the Transit Trade Agreement", "the
    Convention on Human Rights").
    """
    words = title.split()
    return len(words) <= 2 or any(
        city_country(" ".join(words[:n])) is not None for n in range(1, min(3, len(words) - 1) + 1)
    )


def _release_pair(
    story: StoryStates, home: str, mentions: Sequence[CountryMention], text: str
) -> tuple[Party, ...]:
    """The home state and the one other state of a government's own release on the two.

    "The leaders welcomed the X Agreement", "officials signed a memorandum", in a White
    House readout on B: the release's own state need not be named, and the two the story
    names most (a third less than half as often) are the sides, unless the instrument's
    sentence names a group or a state of neither ("the X Accord signed in C").
    """
    if any(m.kind == "group" for m in mentions):
        return ()
    top = story.top(3)
    pair = {str(p) for p in top[:2]}
    if len(pair) < 2 or home not in pair:
        return ()
    if len(top) > 2 and story.counts[str(top[2])] * 2 >= story.counts[str(top[1])]:
        return ()
    if any(m.code not in pair for m in mentions if not in_name(text, m)):
        return ()
    return tuple(sorted(top[:2], key=str))


def told_sides(
    record: Record,
    found: BodyMentions,
    story: StoryStates,
    body_story: BodyStory,
    release: str | None = None,
) -> tuple[Party, ...]:
    """The sides of an instrument no reader gave parties: those its sentence tells.

    "Relations between the two countries rest on the X Declaration, signed in 2011" is the
    story's two states'; "the X Declaration signed by the parliaments of A, B and C" is the
    states named after "signed by" (two or more), as is "The protocol, signed by ministers
    from A, B and C" in a later sentence of the record (:func:`_signers_told`). Else a sentence
    naming a group ("the G-7's accord"), or a document a body's meeting adopted, keeps no
    party: the members are not named; nor does one that tells no act on the instrument ("the
    sides underlined how important the X Convention is", "its refusal to sign the Y
    Protocol"): a stance on another's instrument.
    """
    sentence = record.evidence[0]
    text = sentence.text
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    if signers := _signers_told(record, found, story):
        # "ASEAN ministers signed a protocol. The protocol, signed by ministers from A, B, C
        # and D, ...": the states a sentence of its own names (or counts) as its signers,
        # before any default (a body's document, a readout's side) is asked
        return signers
    if release is not None and (own := _release_pair(story, release, mentions, text)):
        # a readout's own side, before a body's meeting is asked: "during the X
        # Assembly, the President met B ... officials signed a memorandum" is the pair's
        return own
    if body_document(body_story, text):
        return ()
    if any(m.kind == "group" for m in mentions):
        return ()
    # A state's word inside another name ("the Baku-Tbilisi-Kars railway", "Qatar Airways")
    # names no state: the sentence still names none of its own
    told = [m for m in mentions if not in_name(text, m)]
    act = _STORY_ACT.search(text) is not None
    no_state = all(in_location(text, m) for m in told)
    if record.title is not None and (
        (act and no_state) or (not _place_named(record.title) and (act or no_state))
    ):
        # "The talks ended with the adoption of the X Declaration", "the trilateral Action
        # Plan, signed in 2022": a named document of a story on one pair (or three, told
        # "trilateral"), its sentence telling an act on it and naming no state, is that
        # pair's. One named by its subject needs only one of the two: "exporters on both
        # sides gained from the Trade in Goods Agreement", "trade with B under the Transit
        # Trade Agreement signed in 2021"; one named after a place ("the Kyoto Protocol",
        # "the Plaza Accord") is the meeting's there, of states the story need not name
        n = 3 if "trilateral" in text else 2
        top = story.top(n + 1)
        counts = story.counts
        pair = {str(p) for p in top[:n]}
        if (
            len(top) >= n
            and (len(top) == n or counts[str(top[n])] * 2 < counts[str(top[n - 1])])
            # (not one signed "in Lima, Peru", a third state: another event's document)
            and all(m.code in pair for m in told)
        ):
            return top[:n]
        if n == 2 and no_state:
            # "They discussed talks under the X Agreement" in a story opening on two
            # officials' meeting, whose counts single out no pair: the officials' states
            lead = _lead_pair(story.sentences, found, story, text)
            if lead:
                return lead
    if (
        record.title is not None
        and not _place_named(record.title)
        and (act or _IN_FORCE_ACT.search(text) is not None)
        and not _UPHELD.search(text)
    ):
        # "A and B welcomed the entry into force of the X Agreement", "the Y Memorandum that
        # A and B signed", "Our Z Agreement, in force since 2004, has helped A's exports to
        # B": a document named by its subject, in a sentence naming the story's two states
        # and no other and telling an act on it, is theirs however often the story names a
        # third (a sentence that only praises it, or tells a stance on it, names no side)
        sides = story.top(2)
        if len(sides) == 2 and {m.code for m in told if not in_location(text, m)} == {
            str(p) for p in sides
        }:
            return sides
    if _DONE.search(text) is None:
        return ()  # "its unwillingness to sign the X Protocol": a stance, not a side
    if _TWO_STATES.search(text):
        # "the two countries" of a story opening on two leaders' meeting: theirs, as for
        # any "the two sides" (:func:`_sides`), not the pair a third state's news outnumbers
        top = _lead_pair(story.sentences, found, story, text) or story.top(2)
        return top if len(top) == 2 else ()
    by = _DONE_BY.search(text)
    if by is None:
        return ()  # "urged A to respect the X, which B signed": no signers of its own told
    end = _CLAUSE_END.search(text, by.end(), by.end() + 160)
    named = only_states(states(mentions, by.end(), end.start() if end else len(text), text))
    return named if len(named) >= 2 else ()


# An instrument's signing told with its signers after "by", in a sentence of its own: "The
# protocol, signed by ministers from", "The deal, signed on 17 May, the summit's second day,
# by", "the X Declaration ..., which is to be signed by the presidents of".
_SIGNED_BY = re.compile(
    r"\b(?:agreement|accord|treaty|pact|deal|protocol|memorandum|convention|declaration"
    r"|document|plan|road\s?map)s?\b[^;:()]{0,80}?,?\s+(?:which\s+(?:is|are|was|were)\s+"
    r"(?:(?:to|due\s+to|expected\s+to|set\s+to)\s+be\s+)?|(?:was|were)\s+)?"
    r"(?:signed|adopted|concluded|inked)\b[^;:()]{0,80}?\s+by\s+",
    re.IGNORECASE,
)


def _signers_told(record: Record, found: BodyMentions, story: StoryStates) -> tuple[Party, ...]:
    """The two or more states a sentence of the record names, or counts, as its signers.

    "The protocol, signed by ministers from A, B, C and D": those four; "..., which is to be
    signed by the presidents of the six countries": the six states the story names.
    """
    for sentence in record.evidence:
        text = sentence.text
        by = _SIGNED_BY.search(text)
        if by is None:
            continue
        end = _CLAUSE_END.search(text, by.end(), by.end() + 160)
        hi = end.start() if end else len(text)
        mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
        # (not the state of an official who tells of it: ", a C spokesman said")
        named = only_states(states(not_speakers(text, mentions), by.end(), hi, text))
        if len(named) < 2:
            named = _numbered_states(text[by.end() : hi], story)
        if len(named) >= 2:
            return tuple(sorted(named, key=str))
    return ()


# A "between" phrase of a plural, up to the next "and between" or the clause end.
_EACH_BETWEEN = re.compile(r"\bbetween\s+(?P<who>.+?)(?=\s+and\s+between\b|[.;:]|$)")


def pairs_between(
    text: str, head_end: int, mentions: Sequence[CountryMention]
) -> list[tuple[Party, ...]]:
    """The states of each of two or more "between" phrases after a plural instrument.

    "the agreements on twin cities between A's X and B's Y and between A's Z and B's W"
    tells two instruments; a phrase naming no state (two regions, two cities) has the
    sides the other phrases name.
    """
    tail = text[head_end : head_end + 300]
    first = tail.find("between")
    if first < 0 or first > 80 or "and between" not in tail or re.search(r"[.;:]", tail[:first]):
        return []  # the phrases follow the plural in its own clause
    phrases = list(_EACH_BETWEEN.finditer(text, head_end + first, head_end + 300))
    joined = all(
        re.fullmatch(r"\s+and\s+", text[a.end() : b.start()])
        for a, b in itertools.pairwise(phrases)
    )
    if len(phrases) < 2 or not joined:
        return []
    pairs = [
        only_states(states(list(mentions), phrase.start("who"), phrase.end("who"), text))
        for phrase in phrases
    ]
    sides = next((pair for pair in pairs if pair), ())
    return [pair or sides for pair in pairs] if sides else []


# A signing proper, done or to come: a document changes hands, not a consent.
_SIGNING_PROPER = re.compile(
    r"\b(?:sign(?:ed|ing)?|inked|sealed|penned|initial(?:l)?ed|adopt(?:ed|ing)?|put\s+\w+\s+(?:signatures?|names?(?=\s+(?:to|on|under)\b)))\b",
    re.IGNORECASE,
)


# A step to a document the sides agreed on: "the ministers agreed to hold ... and to draft".
_AGREED_STEP = re.compile(
    r"\bagreed\b[^.;:]{0,100}?\bto\s+(?:sign|draft|prepare|develop|elaborate|work\s+out)\b"
    # "they committed to complete negotiations on a X agreement": a document still in the making
    r"|\b(?:agreed|committed|pledged|resolved)\s+to\s+(?:complete|conclude|finali[sz]e|speed\s+up)"
    r"\s+(?:the\s+|their\s+)?(?:negotiations|talks|work)\s+on\b"
    # "an aviation accord would be discussed during the visit": on the table of the talks the
    # story leads with, as a document the sides agreed to draft
    r"|\b(?:to|will|would)\s+(?:also\s+)?be\s+(?:also\s+)?discussed\b"
)
_CAPITAL_WORD = re.compile(r"(?<=\s)[A-Z][\w’'-]*")


def _named_signer(before: str) -> bool:
    """Whether a name (not the sentence's first word, nor a month) comes before the verb.

    "Acme Water and the government signed": a named signer the headline does not
    tell; "After the talks, the ministers signed": none.
    """
    if _PASSIVE_END.search(before[-30:]) is not None:
        # "A memorandum on the Acme reservoir was signed": names after the instrument word
        # are its topic, not a signer ("The Acme memorandum was signed" keeps its name)
        head = INSTRUMENT.search(before)
        if head is not None:
            before = before[: head.end()]
    return any(month_number(m.group()) is None for m in _CAPITAL_WORD.finditer(before))


# A passive auxiliary right before the verb: "was ", "have been ", "was also ".
_PASSIVE_END = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?$")


def _title_states(title: str) -> tuple[Party, ...]:
    """The states a headline names, in its order: "A, B sign five documents" gives A and B.

    A headline in capitals is read with its names in their usual case ("A, B SIGN ...").
    """
    named = list(headline_mentions(title))
    return only_states(states(named, 0, len(title), fold_headline_case(title)))


# "Sides" alone of the pair words fits a bloc: "both sides", "the two sides" (a bloc has no
# government or leader of its own to be one of "the two governments").
_SIDES_WORD = re.compile(r"\b(?:both|the\s+two)\s+sides\b", re.IGNORECASE)


def _title_group_pair(
    title: str, sentences: Sequence[Sentence], found: BodyMentions
) -> tuple[Party, ...]:
    """A group and a state a headline names as its only two sides ("EU and B revive talks").

    The story's first sentence must name the group too: the headline's pair is the story's.
    """
    # (a state by its name: "Polish exports soar after EU entry" pairs no two sides)
    named = [m for m in headline_mentions(title) if m.kind in ("group", "name")]
    groups = {m.code for m in named if m.kind == "group"}
    pair = states(named, 0, len(title), fold_headline_case(title))
    if len(groups) != 1 or len(pair) != 2 or len(only_states(pair)) != 1 or not sentences:
        return ()
    lead = sentences[0]
    if not groups <= {m.code for m in found.between(lead.start, lead.end)}:
        return ()
    return tuple(sorted(pair, key=str))


# A trip to the states named right after: "travel to", "Travel to the Republic of A and B",
# "a visit to", "a tour of".
_TRIP_TO = re.compile(
    r"\b(?:[Tt]ravel(?:s|led|ed|ling)?|[Tt]rips?|[Vv]isits?|[Tt]ours?)\s+(?:of|to)\s+(?:the\s+)?\Z"
)
# What joins two stops of a trip: "A and B", "A, B and C".
_NEXT_STOP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _trip_sides(
    trip_text: str,
    trip_mentions: Sequence[CountryMention],
    article: Article,
    scenes: Sequence[Sequence[CountryMention]],
) -> tuple[Party, ...]:
    """The traveller's state and the one stop a scene names, if ``trip_text`` lists a trip's stops.

    "The Secretary's travel to A and B ... In A's capital, the two governments signed": the
    stops of a trip are no pair of sides. The traveller is the one state ``trip_text`` names
    before the stops or gives an official of ("C's minister is to travel to A and B"), else
    the outlet's home state ("the Secretary" of a ministry's own readout); the stop is the
    one ``scenes`` (the instrument's sentence, then the one before it, as country mentions)
    names first by name, demonym or city.
    """
    named = [m for m in trip_mentions if m.kind != "group"]
    first = next(
        (
            i
            for i, m in enumerate(named)
            if _TRIP_TO.search(trip_text, max(0, m.start - 30), m.start)
        ),
        None,
    )
    if first is None:
        return ()
    stops = [named[first].code]
    for before, after in itertools.pairwise(named[first:]):
        if not _NEXT_STOP.fullmatch(trip_text, before.end, after.start):
            break
        stops.append(after.code)
    if len(set(stops)) < 2:
        return ()
    travellers = {p.country for p in officials(trip_text, article) if p.country}
    travellers = (travellers | {m.code for m in named[:first]}) - set(stops)
    traveller = travellers.pop() if len(travellers) == 1 else home_country(article)
    if traveller is None or traveller in stops:
        return ()
    for mentions in scenes:
        at = {m.code for m in mentions if m.code in stops}
        if len(at) == 1:
            return tuple(sorted((Country(traveller), Country(at.pop())), key=str))
        if at:
            return ()
    return ()


def _title_pair(title: str) -> tuple[Party, ...]:
    """The two states a headline opens with as its subject: "A, B agree on transit via C".

    >>> [str(p) for p in _title_pair("Chile, Peru sign road deal with Bolivia")]
    ['CHL', 'PER']
    """
    opening = _PAIR_OPENS.match(title)
    return _title_states(opening.group()) if opening is not None else ()


# Two names joined at a headline's start: "Chile, Peru ", "Chile and Peru ", "Chile-Peru ".
_PAIR_OPENS = re.compile(
    r"(?:[A-Z][\w’'.]*\s+){0,2}[A-Z][\w’'.]*(?:\s*,\s*|\s+and\s+|\s*&\s*|[-–])"
    r"(?:[A-Z][\w’'.]*\s+){0,2}[A-Z][\w’'.]*(?=\s+[a-z])"
)


def _before_step(text: str, step: re.Match[str]) -> str:
    """The words before a signing or a step of the sides, after a dateline ("Doha, May 2 -")."""
    dateline = DATELINE.match(text, 0, step.start())
    return text[dateline.end() if dateline else 0 : step.start()].lstrip()


def _headline_sides(
    article: Article, sentences: Sequence[Sentence], found: BodyMentions, text: str
) -> tuple[Party, ...]:
    """The two to four states the headline, else the lead sentence, names (else none).

    A story's headline and lead name the sides whose signing a later sentence
    tells without naming them ("Documents were signed after the talks."); only
    for a signing proper (signed, inked, to be signed), not a consent ("reached").
    """
    steps = [
        step
        for step in (
            _SIGNING_PROPER.search(text),
            _AGREED_STEP.search(text),
            _PLAN_APPROVED.search(text),
        )
        if step is not None
    ]
    if not steps:
        return ()
    # "Doha, May 2 -" names no signer; "the X Agreement, signed in 2020, is in force, and they
    # committed to complete negotiations on a Y agreement": the step of the sides, told after
    # a name before another instrument's signing, is theirs
    if _named_signer(_before_step(text, steps[0])) and not any(
        not _named_signer(_before_step(text, step).rsplit(",", 1)[-1].lstrip())
        for step in steps[1:]
    ):
        return ()
    if article.title:
        named = _title_states(article.title)
        if 1 < len(named) <= 4:
            return named
    if sentences:
        lead = sentences[0]
        in_lead = shifted(found.between(lead.start, lead.end), lead.start)
        named = only_states(states(in_lead, 0, len(lead.text), lead.text))
        if len(named) == 1:
            # "President A will pay a visit to B at the invitation of ...": the visitor's
            # state, told by its official alone
            named = _with_officials(named, lead, article)
        if len(named) == 1 and (visit := _VISIT_TO.search(lead.text)) is not None:
            # "ISLAMABAD - The Prime Minister will pay a visit to B": a visit abroad from the
            # dateline's state, told of its official
            home = dateline_state(article, article.body)
            host = [m for m in in_lead if m.start == visit.end() and party_of(m) in named]
            if host and home is not None and home != str(named[0]):
                named = tuple(sorted((*named, Country(home)), key=str))
        if 1 < len(named) <= 4:
            return named
        if 4 < len(named) <= 10 and (_TOOK_PART.search(lead.text) or _MET.search(lead.text)):
            return named  # "The presidents of A, B, C, D and E met in X": all took part
    return ()


# An official's trip to a state: "will pay an official visit to", "travelled to", "arrives in".
_VISIT_TO = re.compile(
    r"\b(?:visits?|trip|travel(?:s|led|ed)?|fl(?:y|ies|ew)|arriv(?:e|es|ed))"
    r"(?:\s+(?:\w+\s+){0,2}?(?:to|in))?\s+(?=[A-Z])"
)


# A plan or a declaration approved at the talks: "the leaders approved a roadmap", "a
# roadmap for trade was approved" (adopted, as signed).
_PLANS = r"(?:road\s?maps?|(?:action\s+)?plans?|programmes?|programs?|declarations?)\b"
_PLAN_APPROVED = re.compile(
    rf"\b(?:approved|endorsed)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?={_PLANS})"
    rf"|(?<=\s)(?={_PLANS}"
    r"[^.;:]{0,80}?\b(?:was|were|been)\s+(?:also\s+)?(?:approved|endorsed)\b)",
    re.IGNORECASE,
)
# A lead telling its states met: "met in", "held a summit", "gathered".
_MET = re.compile(r"\b(?:met|meet|gathered|convened)\b", re.IGNORECASE)
# The meeting a named document was adopted at, or its participants: "the summit", "the leaders".
_MEETING_NOUN = r"\b(?:summit|meeting|talks|session|leaders|heads\s+of\s+state|presidents)"
_MEETING_WORD = re.compile(_MEETING_NOUN + r"\b", re.IGNORECASE)
# A sentence telling states met: "met in", "held a summit", "attended by"; not a side meeting.
_MET_SENTENCE = re.compile(
    r"\b(?:met|gathered|convened|held\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:summit|meeting|talks)"
    # "A hosted the X summit with B, C and D": the host meets the states it hosts
    r"|hosted\s+(?:a\s+|the\s+|an\s+)?(?:[\w+'\u2019-]+\s+){0,2}?(?:summit|meeting|talks|conference)"
    r"|attended\s+by|took\s+part)\b",
    re.IGNORECASE,
)
_SIDE_MEETING = re.compile(r"\b(?:sidelines|margins|on\s+the\s+side)\b", re.IGNORECASE)
# The states of a meeting, or its participants, right after: "the summit of", "leaders of".
_MEETING_OF = re.compile(_MEETING_NOUN + r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _meeting_of(text: str, mentions: Sequence[CountryMention]) -> tuple[Party, ...]:
    """The states listed after "the summit of" or "the leaders of" in ``text``, to its clause end.

    "The trilateral summit of A, B and C in X adopted": A, B and C.
    """
    listed = _MEETING_OF.search(text)
    if listed is None:
        return ()
    close = _LIST_END.search(text, listed.end(), listed.end() + 160)
    hi = close.start() if close is not None else listed.end() + 160
    inside = [m for m in mentions if listed.end() <= m.start and m.end <= hi]
    return only_states(states(inside, listed.end(), hi, text))


# Between a group and the document its members sign or approve: "heads of government
# adopted a", "member states signed an", "Council of Ministers approved the".
_GROUP_ACT = re.compile(
    r"^(?:[’']s)?\s+(?:[\w-]+\s+){0,4}?(?:adopted|signed|approved|endorsed|inked"
    r"|(?:will|would|are\s+to|plan\s+to|intend\s+to|are\s+expected\s+to)\s+(?:sign|adopt|approve))\s+"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}$"
)


# A group's own members or body as the makers: "OPEC members", "EU leaders".
_MEMBERS = r"(?:members?|member\s+states|leaders|ministers|heads\s+of\s+(?:state|government))\b"
# "<group> members ... the accord they reached": the members named before the instrument.
_MEMBERS_BEFORE = re.compile(r"^\s+" + _MEMBERS + r"[^,;:]{0,60}$")
_THEY_MADE = re.compile(
    r"\s+(?:that\s+|which\s+)?they\s+(?:reached|signed|struck|concluded|adopted)\b"
)
# "..., which was signed by <group> leaders": the members named after it.
_MEMBERS_AFTER = re.compile(r"\s+" + _MEMBERS)
_MADE_BY = re.compile(
    r"^(?:\s+[\w-]+){0,3}?,?\s+(?:which|that)\s+(?:was|were|had\s+been)\s+"
    r"(?:signed|adopted|reached|concluded)\s+by\s+(?:the\s+)?$"
)
# "the organisation's price agreement": a group referred to by its kind.
_GROUP_OWNS_IT = re.compile(
    r"\bthe\s+(?:organi[sz]ation|bloc|cartel)[’']s\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)


def _group_owned(text: str, mentions: Sequence[CountryMention], head: re.Match[str]) -> bool:
    """Whether ``text`` tells the instrument at ``head`` as a group's, made by its members.

    "OPEC members must stick to the accord they reached", "the treaty, which was signed by
    EU leaders", "the organisation's price agreement": the group's (not expanded into its
    members), whatever state the sentence names as speaker or topic.
    """
    if _GROUP_OWNS_IT.search(text, max(0, head.start() - 60), head.start()):
        return True
    for m in mentions:
        if m.kind != "group":
            continue
        if (
            m.end <= head.start()
            and _MEMBERS_BEFORE.match(text[m.end : head.start()])
            and _THEY_MADE.match(text, head.end()) is not None
        ):
            return True
        if (
            m.start >= head.end()
            and _MADE_BY.match(text[head.end() : m.start]) is not None
            and _MEMBERS_AFTER.match(text, m.end) is not None
        ):
            return True
    return False


def _group_signers(text: str, mentions: Sequence[CountryMention], head_start: int) -> bool:
    """Whether an organisation's members or body, and no state, sign or adopt the document.

    "The CIS heads of government adopted a programme", "member states of the X signed
    an agreement": a document of the group, no state of it named (the group is not expanded).
    """
    if any(m.kind != "group" and not in_location(text, m) for m in mentions):
        return False  # a state named as a side ("in Bishkek" is only the place)
    return any(
        m.kind == "group"
        and m.end <= head_start
        and _GROUP_ACT.match(text[m.end : head_start]) is not None
        and vocabulary().business.search(text, m.end, head_start) is None
        for m in mentions
    )


# The sides of peace talks: "the peace negotiations between A and B", "peace talks between".
_PEACE_TALKS_BETWEEN = re.compile(
    r"\bpeace\s+(?:talks|negotiations|process)\s+between\s+", re.IGNORECASE
)
# The end of a phrase: "between A and B, and the president said ..."
_PAIR_PHRASE_END = re.compile(r"[,;:()]|\.(?:\s|$)")


def _peace_talks_pair(sentences: Sequence[Sentence], found: BodyMentions) -> tuple[Party, ...]:
    """The two states the story first tells in peace talks "between A and B", if any."""
    for sentence in sentences:
        talks = _PEACE_TALKS_BETWEEN.search(sentence.text)
        if talks is None:
            continue
        mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
        mark = _PAIR_PHRASE_END.search(sentence.text, talks.end())
        end = mark.start() if mark is not None else len(sentence.text)
        named = only_states(states(mentions, talks.end(), end, sentence.text))
        if len(named) == 2:
            return tuple(sorted(named, key=str))
    return ()


# How many sentences either side of a declaration the meeting that made it may be told.
_ROSTER_NEAR = 2
# The fewest and the most states such a roster may list: a continent's summit names a score
# or more.
_ROSTER_FEWEST = 3
_ROSTER_MOST = 30
# The fewest and the most states the sentence before "the summit adopted" may tell meeting.
_MET_FEWEST = 2
_MET_MOST = 10
# The people a gathering's states sent: "Representatives from A, B and C joined", "delegations
# from".
_SENT_FROM = re.compile(r"\b(?:[Rr]epresentatives|[Dd]elegations|[Dd]elegates)\s+from\b")
# A meeting still to come: "will meet", "are to visit", "are expected to gather".
# Narrower than _status' _TO_COME (a signing to come, after a dateline): no "would", the
# case as written, spaces between the words and a word after "to", as it reads a whole roster
# sentence, in which "would" also tells what a held meeting's states said they would do.
_TO_COME = re.compile(
    rf"\b(?:{TO_COME_MODALS}|(?:{TO_COME_BE})\s+(?:(?:{TO_COME_PLANNED})\s+)?to)\s+\w+"
)


def _states_meeting(
    sentence: Sentence,
    found: BodyMentions,
    cues: Sequence[re.Pattern[str]],
    fewest: int,
    most: int,
    *,
    sort: bool,
    to_come: bool,
) -> tuple[Party, ...] | None:
    """The states ``sentence`` tells as meeting, read for the roster and for :func:`_met_states`.

    Args:
        sentence: The sentence read.
        found: The body's mentions.
        cues: The patterns one of which tells the sentence is of a meeting.
        fewest: The fewest states it must name.
        most: The most states it may name.
        sort: Whether the states are given each once and sorted by code (a roster), or
            as :func:`named_states` gives them, in the order named.
        to_come: Whether a meeting still to come ("will meet") gives none, as one on another
            event's sidelines always does.

    Returns:
        ``None`` when no cue tells a meeting there or its states are not ``fewest`` to
        ``most`` (another sentence may be read); ``()`` when the meeting is on another
        event's sidelines (or, with ``to_come``, still to come); else its states.
    """
    text = sentence.text
    if not any(cue.search(text) for cue in cues):
        return None
    named = named_states(sentence, found)
    if sort:
        named = tuple(sorted(set(named), key=str))
    if not fewest <= len(named) <= most:
        return None
    if _SIDE_MEETING.search(text) or (to_come and _TO_COME.search(text)):
        return ()
    return named


def _meeting_roster(
    sentences: Sequence[Sentence], found: BodyMentions, index: int
) -> tuple[Party, ...]:
    """The three to thirty states the nearest sentence to ``index`` tells as holding a meeting.

    "the foreign ministers of A, B and C met in X", "the fourth trilateral A-B-C meeting",
    "We, the leaders of A, B, C and D, gathered for the summit", "Delegations from A, B, C
    and D joined ... to review it": those states (each once, sorted); none when the nearest
    such sentence is on another event's sidelines or still to come.
    """
    order = sorted(
        range(max(0, index - _ROSTER_NEAR), min(len(sentences), index + _ROSTER_NEAR + 1)),
        key=lambda i: (abs(i - index), i),
    )
    for i in order:
        # (a meeting told by its verb, its noun, its participants or the people its states
        # sent; not one still to come: "delegations from A, B and C will visit X", a meeting
        # that made no document yet)
        roster = _states_meeting(
            sentences[i],
            found,
            (_MET_SENTENCE, _MEETING_WORD, _TOOK_PART, _SENT_FROM),
            _ROSTER_FEWEST,
            _ROSTER_MOST,
            sort=True,
            to_come=True,
        )
        if roster is not None:
            return roster
    return ()


def _met_states(prev: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    """The (two to ten) states a sentence tells as meeting, unless on another event's sidelines.

    "Presidents of A, B and C met in X on May 8.": A, B and C.
    """
    # Its own reading, not the roster's (as 08e3e849 measured it): the sentence right before
    # "the summit adopted ..." tells that summit by a past verb alone (so no guard for one to
    # come), a pair's summit counts (two states), and the states are given as named, in order.
    return (
        _states_meeting(
            prev, found, (_MET_SENTENCE,), _MET_FEWEST, _MET_MOST, sort=False, to_come=False
        )
        or ()
    )


# The gathering's own participants as the instrument's makers: "The Ministers adopted",
# "the heads of state are expected to adopt", "welcomed the leaders' adoption of".
_BY_PARTICIPANTS = re.compile(
    # ("Leaders adopted the X", "At the end of the summit, leaders adopted": the plural
    # alone opens the clause as the article does)
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+|^|,\s+)(?:(?:foreign|economic|trade)\s+)?"
    r"(?:participants|Participants|ministers"
    r"|Ministers|leaders|Leaders|heads\s+of\s+(?:state|government)|presidents|Presidents)\b"
    r"(?:[’']\s+(?:adoption|signing|signature)\b|(?:\s+\w+){0,4}?\s+(?:adopt(?:ed)?|sign(?:ed)?"
    r"|approved|endorsed)\b)"
)
# What may stand between the participants' verb and the name: "the draft of the".
_TO_NAME = re.compile(r"[^,;:.()]{0,30}")


def _made_by_participants(text: str, title: str) -> bool:
    """Whether ``text`` tells the gathering's participants adopting the instrument ``title``.

    "The participants adopted the X Declaration", not "... the X Declaration, in which
    they recalled the Y Treaty" (the Y Treaty is no act of theirs).
    """
    at = text.find(title)
    return at > 0 and any(
        _TO_NAME.fullmatch(text, made.end(), at) for made in _BY_PARTICIPANTS.finditer(text, 0, at)
    )


# Where a lead tells the larger event its meeting was held beside: "on the margins of".
_MARGINS_OF = re.compile(r"\b(?:on|at)\s+the\s+(?:margins|sidelines|fringes?)\s+of\b")


def _beside_body_event(sentences: Sequence[Sentence], found: BodyMentions) -> bool:
    """Whether the lead names its groups only as hosting the event its meeting was beside.

    "The ministers of A, B and C met ... on the margins of the <group> conference": the
    meeting is theirs, no organ of the group's.
    """
    lead = sentences[0] if sentences else None
    aside = _MARGINS_OF.search(lead.text) if lead is not None else None
    if lead is None or aside is None:
        return False
    groups = [m.start for m in found.between(lead.start, lead.end) if m.kind == "group"]
    return bool(groups) and min(groups) >= lead.start + aside.end()


# How many sentences back the list of those taking part may be.
_TOOK_PART_BACK = 4


# A host receiving a gathering: "A hosted leaders of the region", "hosted the summit".
_HOSTED = re.compile(
    r"\b(?:hosted|hosts|is\s+hosting|was\s+hosting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:leaders|heads|ministers|delegations|representatives|summit|meeting|conference|forum)\b"
)


def _summit_host(
    sentences: Sequence[Sentence], found: BodyMentions, index: int, article: Article
) -> tuple[Party, ...]:
    """The states the nearest sentence before ``index`` tells hosting the gathering, or ().

    "On Monday, A hosted leaders of the region in X ... Leaders adopted the Y Roadmap": A,
    named before "hosted" (or "A and B hosted": both), or its official's state ("President
    Z of A hosted", or a known office holder).
    """
    for i in range(index - 1, max(-1, index - 2 - _TOOK_PART_BACK), -1):
        sentence = sentences[i]
        hosted = _HOSTED.search(sentence.text)
        if hosted is None:
            continue
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        subject = set(only_states(states(in_it, 0, hosted.start(), sentence.text)))
        if not subject:
            subject = {
                Country(person.country)
                for person in officials(sentence.text[: hosted.start()], article)
                if person.country and len(person.country) == 3
            }
        return tuple(sorted(subject, key=str))
    return ()


def _took_part(sentences: Sequence[Sentence], found: BodyMentions, index: int) -> tuple[Party, ...]:
    """The three to twenty states the nearest sentence before ``index`` lists as taking part.

    "The Foreign Ministers of A, B, C and D met in X ... The Ministers adopted the Y Plan":
    A, B, C and D; none when the nearest sentence naming two states or more tells no
    one taking part or names just two (a pair's talks on the sidelines); a group is not
    expanded into its members.
    """
    for i in range(index - 1, max(-1, index - 1 - _TOOK_PART_BACK), -1):
        sentence = sentences[i]
        named = named_states(sentence, found)
        if len(named) < 2:
            continue  # "The meeting was chaired by the minister of A": no list
        # (a region's summit lists a dozen small states or more: up to twenty are a roster)
        if _TOOK_PART.search(sentence.text) is None or not 3 <= len(named) <= 20:
            return ()
        return tuple(sorted(named, key=str))
    return ()


def _story_signers(
    story: StoryStates, sentences: Sequence[Sentence], text: str, head: re.Match[str]
) -> tuple[Party, ...]:
    """The story's two most named states, for a signing proper whose sides nothing else tells.

    "President X received a delegation led by the minister of B. ... At the end of the
    meeting, a memorandum was signed": B, and the other side when the story names it.
    Only in a story whose lead tells talks, a meeting or a visit and names no company (a
    company's deal, a forum's memoranda are not the states'), not for a statement or a
    programme, and when the names before the verb are officials the story introduced
    with their role ("Tokayev and Mirziyoyev signed"; not "SOCAR and KMG signed").
    """
    signing = _SIGNING_PROPER.search(text)
    if (
        signing is None
        or BARE_HEAD.fullmatch(head.group("head").casefold())
        or vocabulary().business.search(text)
        or not any(_TALKS_WORD.search(s.text) for s in sentences[:2])
        or any(vocabulary().business.search(s.text) for s in sentences[:2])
    ):
        return ()
    clause = text[text.rfind(",", 0, signing.start()) + 1 : signing.start()]
    names = [
        m.group()
        for m in _CAPITAL_WORD.finditer(" " + clause)
        if month_number(m.group()) is None and m.group() not in _OPENERS
    ]
    story_text = " ".join(s.text for s in sentences)
    for name in names:
        role = re.search(rf"{_ROLE_BEFORE}(?:[\w’'.-]+\s+){{0,3}}{re.escape(name)}\b", story_text)
        if role is None:
            return ()  # "SOCAR and KazMunayGas signed": signers the story gives no role
    return story.top(2)


# An official's role before a name: "President Kassym-Jomart Tokayev", "Minister of X Y".
_ROLE_BEFORE = (
    r"\b(?:President|Minister|Premier|Chancellor|King|Emir|Amir|Ambassador|Secretary"
    r"|Chairman|Speaker|Prime\s+Minister|Foreign\s+Minister|counterpart)\s+"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?"
)
# Capitalised words that open a clause without naming a signer (an article: "An accord on X
# was signed" names no signer, as "The accord" does not).
_OPENERS = frozenset(
    ["The", "A", "An", "Then", "Later", "After", "Afterwards", "Also", "At", "In", "On"]
)


# A diplomatic event in the lead: "held talks", "met with", "received", "on a visit".
_TALKS_WORD = re.compile(
    r"\b(?:met|meets|meeting|talks|visit(?:s|ed|ing)?|received|receives|consultations"
    r"|negotiations|phone\s+call|telephone\s+conversation)\b",
    re.IGNORECASE,
)


# "the parties" or "the sides" with no number: all who took part, maybe more than two.
_UNNUMBERED_SIDES = re.compile(r"\bthe\s+(?:sides|parties)\b", re.IGNORECASE)
# A pair of sides: "the two leaders", "both sides", "their governments" (a possessive).
_TWO_SIDES = re.compile(
    r"\b(?:the\s+two|both)\s+\w+|\btheir\s+(?:two\s+)?(?:governments|countries)\b",
    re.IGNORECASE,
)
# A sentence naming who took part: "Ministers of A, B and C took part in the meeting".
_TOOK_PART = re.compile(
    r"\b(?:took\s+part|take\s+part|taking\s+part|participat\w*|attended|attending"
    r"|(?:ministers|leaders|heads|delegations|representatives)\s+of)\b",
    re.IGNORECASE,
)


def _sides(
    sentences: Sequence[Sentence], found: BodyMentions, story: StoryStates, text: str
) -> tuple[Party, ...]:
    """The states "the sides" of ``text`` are: the two the story names most.

    An unnumbered "the parties" (not "the two sides", "both countries") of a story
    with a sentence listing three or more states as taking part are those states
    too: "Ministers of A, B and C took part ... the parties agreed to sign".
    """
    top = story.top(2)
    talking = _talking_pair(story, text)
    if talking:
        return talking
    article = story.article
    title = article.title if article is not None else None
    if title and article is not None and _TWO_SIDES.search(text):
        # "the two governments" of a story headlined "X's travel to A and B": the
        # traveller's state and the stop the sentence (or the one before) tells
        at = next((i for i, s in enumerate(sentences) if s.text is text), -1)
        scenes = [
            found.between(s.start, s.end)
            for s in (sentences[i] for i in (at, at - 1) if i >= 0 and at >= 0)
        ]
        trip = _trip_sides(fold_headline_case(title), headline_mentions(title), article, scenes)
        if trip:
            return trip
        # "the two sides" of a story headlined "A, B agree to ...": the headline's pair, also
        # when the body names a third state (a pipeline's transit country) more often
        pair = _title_states(title)
        if len(pair) > 2:
            # "A, B agree on transit via C": the pair that opens the headline is its subject
            pair = _title_pair(title)
        if len(pair) == 2:
            return pair
        own = next((s for s in sentences if s.text is text), None)
        with_group = _title_group_pair(title, sentences, found) if _SIDES_WORD.search(text) else ()
        if with_group and (own is None or set(named_states(own, found)) <= set(with_group)):
            # "EU and B revive trade talks": "both sides" are the bloc and the state its
            # headline pairs, not two states the body names more often
            return with_group
    lead = _lead_pair(sentences, found, story, text) if _TWO_SIDES.search(text) else ()
    if lead:
        return lead  # "the two leaders" of a story opening on their call: theirs
    near = _near_pair(sentences, found, text, top) if _TWO_SIDES.search(text) else ()
    if near:
        return near  # the pair the sentences right before tell
    if not _UNNUMBERED_SIDES.search(text) or _TWO_SIDES.search(text):
        return top
    for sentence in sentences:
        if not _TOOK_PART.search(sentence.text):
            continue
        named = named_states(sentence, found)
        if 3 <= len(named) <= 10:
            return tuple(dict.fromkeys([*top, *named]))
    return top


def _within_title(text: str, title: str) -> Callable[[CountryMention], bool]:
    """A test of whether a mention lies within the instrument's name as ``text`` writes it."""
    start = text.find(title)
    end = start + len(title) if start >= 0 else -1
    return lambda m: start <= m.start and m.end <= end


# How many sentences a government's release may take to open on its officials.
_RELEASE_OPENING = 4
# A government's own principal, named by office alone: "The President", "the Vice President".
_OWN_OFFICE = re.compile(r"\b[Tt]he\s+(?:Vice\s+)?President\b(?!\s+of\b)")


def _lead_pair(
    sentences: Sequence[Sentence], found: BodyMentions, story: StoryStates, text: str
) -> tuple[Party, ...]:
    """The states of the two officials the story's first sentence names, if just two.

    A story that opens on two leaders' call or meeting ("Today, President A held a call
    with President B of Y") tells their states as "the two leaders", "the two governments"
    later on, whatever state another paragraph names ("the situation in Z"): those two,
    unless the sentence itself names a state of neither. A government's own release opens
    on the first of its first sentences naming an official, and its principal named by
    office alone ("The President spoke today with Prime Minister Y of B") is of its state.
    """
    if not sentences:
        return ()
    # an official of no state in a government's own readout ("Vice President X met
    # today with President Y of B") is that government's
    home = release_state(story.article) if story.article is not None else None
    codes: list[str] = []
    # a release may open on its own framing ("The text of the following statement was
    # released by ..."): its first sentence naming an official opens the story
    for opening in sentences[: _RELEASE_OPENING if home is not None else 1]:
        lead = opening.text
        codes = list(
            dict.fromkeys(
                code for p in story.people if (code := p.country or home) and p.name in lead
            )
        )
        if home is not None and len(codes) == 1 and home not in codes and _OWN_OFFICE.search(lead):
            codes.append(home)  # "The President spoke today with Prime Minister Y of B"
        if codes or any(m.kind == "group" for m in found.between(opening.start, opening.end)):
            break  # (a group's meeting opening the story: no pair of sides)
    if len(codes) != 2:
        return ()
    pair = tuple(sorted((Country(code) for code in codes), key=str))
    own = next((s for s in sentences if s.text == text), None)
    if own is not None and not set(named_states(own, found)) <= set(pair):
        return ()
    return pair


# A conversation with someone told in the sentence: "In his conversation with B, A recalled".
_TALK_WITH = re.compile(
    r"\b(?:[Cc]onversation|[Cc]all|[Tt]alks|[Mm]eeting|[Ss]peaking|[Ss]poke|[Tt]alking)"
    r"\s+with\s+(?:[A-Z]|the\s+[A-Z])"
)


def _talking_pair(story: StoryStates, text: str) -> tuple[Party, ...]:
    """The states of the two officials a sentence tells talking, if it names just two.

    "In his conversation with B, President A recalled their meeting, when the sides signed
    the X": the sides are A's and B's states, each as the story tells it ("Kazakh President
    B"), whatever pair the story names most.
    """
    if not _TALK_WITH.search(text):
        return ()
    codes = list(dict.fromkeys(p.country for p in story.people if p.country and p.name in text))
    if len(codes) != 2:
        return ()
    return tuple(sorted((Country(code) for code in codes), key=str))


def _with_officials(
    named: tuple[Party, ...], prev: Sentence, article: Article
) -> tuple[Party, ...]:
    """``named`` and the state of the one official of another state ``prev`` names.

    "President A will visit B. ... an agreement is to be signed": A's state (as the
    story tells it, or as the office holder A served that year) and B. Unchanged
    unless that comes to two states: the one named and one official's.
    """
    codes = {p.country for p in officials(prev.text, article) if p.country} - {
        str(n) for n in named
    }
    if len(codes) != 1:
        return named
    return tuple(sorted((*named, Country(codes.pop())), key=str))


# A trip told by its verb right before its destination: "leaves for", "flies to", "travels to".
_TRIP_VERB_TO = re.compile(
    r"\b(?:(?:leav(?:e|es|ing)|left|head(?:s|ed|ing)?|depart(?:s|ed|ing)?)\s+for"
    r"|(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|go(?:es|ing)?|went)\s+to)\s+\Z"
)


def _with_trip_capital(
    named: tuple[Party, ...], prev: str, in_prev: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """``named`` and the state whose capital ``prev`` tells a trip to, if one other state's.

    "A's trade minister leaves for B's capital on Friday. The visit will include talks on an
    agreement": the capital a trip heads for stands for its host, the other side (a capital
    told as a mere place, "talks in B's capital", stays a place).
    """
    codes = {
        m.code
        for m in in_prev
        if m.kind == "capital" and _TRIP_VERB_TO.search(prev, max(0, m.start - 30), m.start)
    } - {str(n) for n in named}
    if len(codes) != 1:
        return named
    return tuple(sorted((*named, Country(codes.pop())), key=str))


# How many sentences back "the sides" may find the pair of talks the story tells.
_NEAR_BACK = 4


def _near_pair(
    sentences: Sequence[Sentence], found: BodyMentions, text: str, top: tuple[Party, ...]
) -> tuple[Party, ...]:
    """The two states of the nearest sentence before ``text`` naming exactly two, if one is on top.

    A story of several meetings ("received the ambassadors of A, B and C") tells each one's
    sides right before "the sides" of it: "... the A-B commission will meet. The draft
    agreement, being negotiated by the two governments": A and B, not the story's most named.
    The pair must share a state with the story's two most named.
    """
    at = next((i for i, s in enumerate(sentences) if s.text is text), -1)
    for i in range(at - 1, max(-1, at - 1 - _NEAR_BACK), -1):
        sentence = sentences[i]
        named = named_states(sentence, found)
        if len(named) == 2:
            return tuple(sorted(named, key=str)) if set(named) & set(top) else ()
    return ()


def _other_named(text: str, mentions: Sequence[CountryMention], party: Party) -> Party | None:
    """The one state besides ``party`` that a sentence names, places aside, if only one.

    "the meeting between the Azerbaijani president and the Armenian prime minister ...
    a peace agreement between the two neighbours": the agreement with one side found is
    the other named state's.
    """
    others = {
        m.code
        for m in mentions
        if m.kind != "group" and m.code != str(party) and not in_location(text, m)
    }
    return Country(others.pop()) if len(others) == 1 else None


def story_side(story: StoryStates, partner: Party) -> Party | None:
    """The state a story names most besides ``partner``, if named three times or more.

    "an agreement with B" with no other side in its clause is the story's state's.
    """
    for code, named in story.counts.most_common():
        if code != str(partner):
            return Country(code) if named >= 3 else None
    return None


# A body of the story's own state, named without it: "the Council of Ministers approved".
_HOME_BODY = re.compile(
    r"\b[Tt]he\s+(?:Council\s+of\s+Ministers|[Cc]abinet(?:\s+of\s+[Mm]inisters)?"
    r"|[Gg]overnment|[Pp]arliament)\b(?!\s+of\b)"
)


# A government's own release speaking in the first person: "our protocol with B", "which my
# Administration is renegotiating".
_OWN_VOICE = re.compile(r"\b(?:[Oo]ur|[Mm]y)\b")


def _own_voice_side(article: Article, text: str, party: Party) -> Party | None:
    """The release's own state for an instrument "with B" its sentence tells in the first person.

    A government's statement speaks of its instruments as "ours", not by its state's name,
    so the side it leaves unnamed is its own, not the state the story is about.
    """
    release = release_state(article)
    if release is None or Country(release) == party or _OWN_VOICE.search(text) is None:
        return None
    return Country(release)


def _home_body_side(
    article: Article, body: str, text: str, head_start: int, partner: Party
) -> Party | None:
    """The dateline's state, for an instrument "with B" that a body of no named state acts on.

    "MUSCAT - ... the Council of Ministers approved the signing of an agreement with B":
    a cabinet or government the story names with no state is the one of its dateline.
    """
    if _HOME_BODY.search(text, 0, head_start) is None:
        return None
    home = dateline_state(article, body)
    return Country(home) if home is not None and home != str(partner) else None


def _lone_other(story: StoryStates, partner: Party) -> Party | None:
    """The only state besides ``partner`` that a story names outside place phrases, if one.

    Not in a story naming a group: "the US and the EU ... Brussels" has its other side there.
    """
    if any(m.kind == "group" for m in story._found.mentions):
        return None
    others = [code for code in story.counts if code != str(partner)]
    return Country(others[0]) if len(others) == 1 else None


# The first verb of a lead: the subject's state is named before it.
_LEAD_VERB = re.compile(
    r"\b(?:received|receives|met|meets|held|holds|hosted|hosts|visited|visits|signed|signs"
    r"|arrived|arrives|paid|pays|had|has|discussed|discusses|welcomed|welcomes)\b"
)


# A city opening a sentence: "In Dushanbe, the two sides signed ...".
_OPENING_CITY = re.compile(r"\s*(?:In|At)\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,")
# How many sentences before an instrument's may tell the turn it belongs to.
_TURN_BACK = 2


def _told_states(text: str, found_in: Sequence[CountryMention], story: StoryStates) -> list[str]:
    """The states a sentence tells as acting: named, by demonym, by an official, by its city.

    A place phrase names none ("the summit in C"), except a city opening the sentence ("In
    B's capital, the sides signed"): the scene of one turn of a story of several meetings.
    """
    codes = [str(p) for p in only_states(states(found_in, 0, len(text), text))]
    codes += [p.country for p in story.people if p.country and p.name in text]
    opening = _OPENING_CITY.match(text)
    if opening is not None and (code := city_country(opening.group("city"))) is not None:
        codes.append(code)
    return list(dict.fromkeys(codes))


def _lead_home(
    sentences: Sequence[Sentence], found: BodyMentions, story: StoryStates
) -> str | None:
    """The state of the lead's subject: "The President of A received ...", "President X held".

    The first of the opening two sentences with a lead verb tells it, by the one state named
    or the one official's state before that verb.
    """
    for lead in sentences[:2]:
        verb = _LEAD_VERB.search(lead.text)
        if verb is None:
            continue
        before = lead.text[: verb.start()]
        in_lead = shifted(found.between(lead.start, lead.start + verb.start()), lead.start)
        codes = {str(p) for p in only_states(states(in_lead, 0, len(before), before))}
        codes |= {p.country for p in story.people if p.country and p.name in before}
        return next(iter(codes)) if len(codes) == 1 else None
    return None


# A sentence telling who took part in a summit: "was attended by", "under the chairmanship of".
_ATTENDED = re.compile(
    r"\b(?:attended\s+by|took\s+part|[Tt]aking\s+part|participated|chairmanship\s+of|chaired\s+by"
    # "hosted the presidents of A, B and C", "brings together A, B and C", "together with"
    r"|host(?:ed|s)\s+(?:the|his|her|their)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?"
    r"(?:presidents|leaders|heads|ministers|counterparts)"
    r"|brings?\s+together|bringing\s+together|brought\s+together|together\s+with)\b"
)
# An organisation named only as the setting of the summit: "on the margins of the UN
# General Assembly", not the body whose summit it is.
_SETTING_OF = re.compile(r"\b(?:margins|sidelines|side)\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}$")
# A guest at a summit, no member of it: "took part as guest of honour", "as an observer".
_GUEST = re.compile(r"\bguests?\s+of\s+honou?r\b|\bobservers?\b|\bas\s+(?:a\s+)?guests?\b")
# How many opening sentences may list a summit's members.
_ROSTER_SENTENCES = 4


def summit_roster(
    sentences: Sequence[Sentence], found: BodyMentions, story: StoryStates
) -> tuple[Party, ...]:
    """The states a story's opening lists as taking part in its summit (three or more).

    "The meeting was held under the chairmanship of the President of A. It was attended by
    the Presidents of B, C and D. The President of E took part as guest of honour": A, B, C
    and D (a guest's or an observer's sentence lists none); so do "A hosted the presidents
    of B, C and D", "A's minister hosted his B, C and D counterparts", "the conference
    brings together A, B, C and D" and "the ministers of A, B and C, together with D's
    minister, met". An opening naming an organisation tells a summit of its members: none,
    as a group is not expanded; one named as the setting only ("on the margins of the X
    Assembly") does not make it the organisation's summit.
    """
    roster: list[str] = []
    for sentence in sentences[:_ROSTER_SENTENCES]:
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        if any(
            m.kind == "group" and not _SETTING_OF.search(sentence.text, 0, m.start) for m in in_it
        ):
            return ()  # a summit of an organisation: its members are not expanded
        if not _ATTENDED.search(sentence.text) or _GUEST.search(sentence.text):
            continue
        roster += _told_states(sentence.text, in_it, story)
    codes = list(dict.fromkeys(roster))
    return tuple(sorted(map(Country, codes), key=str)) if len(codes) >= 3 else ()


def _turn_pair(
    article: Article,
    sentences: Sequence[Sentence],
    index: int,
    found: BodyMentions,
    story: StoryStates,
) -> tuple[Party, ...]:
    """The sides of one turn of a story on one state meeting several others, one after another.

    "The President received the ministers of A, B and C. ... The B minister recalled the talks
    in B's capital, after which a programme was signed", "PM returns after visits to A, B ...
    In A's capital, the two sides signed seven memoranda": the home state (the dateline's, or
    the lead's subject's) and the one other state the instrument's sentence tells, or else the
    nearest sentence before it (by name, demonym, official or opening city). A headline and
    lead naming fewer than two others tell no such story; a sentence naming two others, no
    turn.
    """
    if index < 1:
        return ()
    lead_states: list[str] = []
    for lead in sentences[:2]:
        in_lead = shifted(found.between(lead.start, lead.end), lead.start)
        lead_states = _told_states(lead.text, in_lead, story)
        if lead_states:
            break  # (not a dateline standing alone: "DUSHANBE, 22.05.2025 /Agency/.")
    if article.title:
        title = article.title
        lead_states += _told_states(fold_headline_case(title), headline_mentions(title), story)
    home = dateline_state(article, article.body)
    first = sentences[0].text
    if home is None and first[:2].isupper():
        home = city_country(dateline_place(first))
    if home not in lead_states:
        home = _lead_home(sentences, found, story)  # (an agency's city is no side)
    if home is None or home not in lead_states:
        return ()
    others = set(lead_states) - {home}
    if len(others) < 2:
        return ()
    for i in range(index, max(0, index - _TURN_BACK - 1), -1):
        sentence = sentences[i]
        in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
        told = [c for c in _told_states(sentence.text, in_it, story) if c != home]
        if len(told) == 1 and told[0] in others:
            return tuple(sorted((Country(home), Country(told[0])), key=str))
        if told:
            return ()
    return ()


def _lead_subject(lead: Sentence, found: BodyMentions, partner: Party) -> Party | None:
    """The state of the lead's subject ("Uzbek President X received ..."), if not ``partner``."""
    verb = _LEAD_VERB.search(lead.text)
    if verb is None:
        return None
    in_lead = shifted(found.between(lead.start, lead.end), lead.start)
    dateline = DATELINE.match(lead.text)
    lo = dateline.end() if dateline else 0
    subject = [m for m in in_lead if lo <= m.start < verb.start() and m.kind in ("name", "demonym")]
    codes = {m.code for m in subject}
    if len(codes) != 1 or str(partner) in codes or in_location(lead.text, subject[0]):
        return None
    return Country(subject[0].code)


def _untold_declaration(mention: Mention, index: int, story: StoryStates) -> bool:
    """A declaration the lead tells adopted in a story that names no state: a group's.

    "A declaration on X was adopted at the summit", no state named outside a place: a
    multilateral declaration whose parties the text does not tell.
    """
    return (
        index == 0
        and mention.kind is AgreementKind.DECLARATION
        and mention.status is AgreementStatus.SIGNED
        and mention.status_cue
        and not story.counts
    )


def _name_end_at(text: str, mention: Mention, head: re.Match[str]) -> int:
    """Where a named instrument's name ends in ``text`` (its head's end when not found)."""
    at = text.find(mention.title) if mention.title else -1
    return at + len(mention.title or "") if at >= 0 else head.end()


# A relative clause naming who signed a named document: "that President A launched", "which
# B and C signed".
_RELATIVE_SIGNER = re.compile(
    r"\s*,?\s+(?:that|which)\s+(?P<who>[A-Z][^,;:()]{1,60}?)\s+(?:had\s+|has\s+)?"
    r"(?:signed|inked|concluded|adopted|launched|reached|struck|sealed)\b"
)
# The partner a relative clause's signing verb names: "which A signed with B, C and D".
_SIGNED_WITH = re.compile(r"\s+with\s+(?:the\s+)?")


def _relative_signers(
    text: str,
    mention: Mention,
    head: re.Match[str],
    mentions: Sequence[CountryMention],
    article: Article,
) -> tuple[Party, ...]:
    """The states a relative clause right after a named document tells as signing it.

    "the X Declaration that President A launched in 2022": A's state (as the story gives
    it, or as the office holder A served that year); "which B and C signed": B and C.
    """
    clause = _RELATIVE_SIGNER.match(text, _name_end_at(text, mention, head))
    if clause is None:
        return ()
    lo, hi = clause.span("who")
    named = list(only_states(states(mentions, lo, hi, text)))
    for person in officials(text[lo:hi], article):
        # a state's official (a body's head, "UN", is no side of his own)
        if person.country and len(person.country) == 3 and Country(person.country) not in named:
            named.append(Country(person.country))
    if named and (with_ := _SIGNED_WITH.match(text, clause.end())) is not None:
        # "which A reached with B, C and D": the partners the verb names sign it too
        named += [p for p in _listed_from(text, mentions, with_.end()) if p not in named]
    return tuple(sorted(named, key=str))


def _listed_from(text: str, mentions: Sequence[CountryMention], start: int) -> list[Country]:
    """The states listed from ``start`` on ("B, C and D").

    The one named right there, then each one joined to the one before by a comma or "and".
    """
    ordered = sorted((m for m in mentions if m.start >= start), key=lambda m: m.start)
    listed: list[Country] = []
    end = start
    for m in ordered:
        if m.start != end and not (listed and LIST_JOIN.fullmatch(text, end, m.start)):
            break
        party = party_of(m)
        if not isinstance(party, Country) or text.startswith(("'s", "’s"), m.end):
            break  # (not "with B's help": a helper, no signer)
        listed.append(party)
        end = m.end
    return listed


def _stance_officials(
    text: str, mention: Mention, mentions: Sequence[CountryMention], article: Article
) -> tuple[Party, ...]:
    """The states of the officials whose clause upholds a named instrument.

    "President A and President B reaffirmed their commitment to the X Accord": A's and
    B's states (as the story gives them, or as the office holders they were that year),
    when the subject names officials and no state of its own.
    """
    at = text.find(mention.title) if mention.title else -1
    span = stance_clause(text, at) if at >= 0 else None
    if span is None or any(span[0] <= m.start < span[1] for m in mentions):
        return ()
    lo, hi = span
    named = {
        Country(person.country)
        for person in officials(text[lo:hi], article)
        if person.country and len(person.country) == 3  # a body's head is no side of his own
    }
    return tuple(sorted(named, key=str))


# The signing verb right before an instrument word, its article and a few modifiers between:
# "signed an agreement", "reached a trade accord", "then signed the accession protocol".
_SIGNED_RIGHT_BEFORE = re.compile(
    r"\b(?:signed|inked|initialled|initialed|concluded|reached)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# The start of the clause that names the signers: after the last comma, semicolon or colon.
_CLAUSE_BREAK = re.compile(r"[,;:]")
# A word of a name: "Wardhana", "O'Neill", "Al-Sabah".
_WORD = re.compile(r"[\w'’-]+")


def _signing_officials(
    story: StoryStates, text: str, head: re.Match[str], mentions: Sequence[CountryMention]
) -> tuple[Party, ...]:
    """The states of the officials a clause names as signing the instrument at ``head``.

    "Bukman and Wardhana signed an agreement on X", "Ian Borg and Minister Jeyhun Bayramov
    signed a protocol": each official the story names with a state (by full name or
    surname, as it refers back to them), when the clause names them as the signers and
    names no state of its own (a clause that does, "Chinese minister B", tells its sides
    itself).
    """
    lo = max(0, head.start() - 60)
    verb = _SIGNED_RIGHT_BEFORE.search(text, lo, head.start())
    if verb is None:
        return ()
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, verb.start())]
    start = breaks[-1] if breaks else 0
    if any(start <= m.start < verb.start() for m in mentions):
        return ()
    words = set(_WORD.findall(text, start, verb.start()))
    codes = {
        person.country
        for person in story.people
        # a state's official (a body's head, "UN", is no side of his own)
        if person.country and len(person.country) == 3 and person.name.split()[-1] in words
    }
    return tuple(sorted((Country(code) for code in codes), key=str))


def consent_sides(sentence: Sentence, found: BodyMentions, story: StoryStates) -> tuple[Party, ...]:
    """The states that "reached agreement" in ``sentence``: named, or "both countries"."""
    mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
    named = only_states(states(mentions, 0, len(sentence.text), sentence.text))
    if 1 < len(named) <= 4:
        return named
    with_groups = tuple(states(mentions, 0, len(sentence.text), sentence.text))
    if named and 1 < len(with_groups) <= 4:
        return with_groups  # "the EC and the U.S. reached agreement": a group is a side
    if BOTH_SIDES.search(sentence.text):
        return story.top(2)
    return ()


def listed_parties(
    sentences: Sequence[Sentence], index: int, found: BodyMentions
) -> tuple[Party, ...]:
    """States listed after a group in the sentence or in a next one that opens with "It".

    "six nations - Britain, Canada, France and Japan", "the Group of Seven - the US,
    Japan, ...": the list names the parties of a named instrument that names none.
    """
    for sentence in sentences[index : index + 2]:
        if sentence is not sentences[index] and not _IT_OPENS.match(sentence.text):
            break
        named = _group_list(sentence, found)
        if named:
            return named
    return ()


def _group_list(sentence: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    """The (three or more) states listed after a group in ``sentence``: "six nations - A, B, C"."""
    listed = _GROUP_LIST.search(sentence.text)
    if listed is None:
        return ()
    lo, hi = sentence.start + listed.end(), sentence.start + listed.end() + 160
    close = _LIST_END.search(sentence.text, listed.end())
    if close is not None:
        hi = sentence.start + close.start()
    mentions = shifted(found.between(lo, hi), sentence.start)
    named = only_states(states(mentions, 0, len(sentence.text), sentence.text))
    return tuple(sorted(set(named), key=str)) if len(named) >= 3 else ()


def _listed_at(
    article: Article, sentences: Sequence[Sentence], found: BodyMentions, city: str
) -> tuple[tuple[Party, ...], PartialDate | None, Sentence | None]:
    """The states a story lists as met in ``city``, with the date it gives them.

    "the accord reached in Paris" ... "Five states - Italy, Japan, ... - vowed
    in Paris on March 14 to ...": the parties and date of the accord.
    """
    for sentence in sentences:
        if city not in sentence.text:
            continue
        named = _group_list(sentence, found)
        if named:
            dated = extract_dates(sentence.text, article.published)
            return named, (dated[0].date if dated else None), sentence
    return (), None, None


def _rival_pairs(word: WordInSentence, named: Sequence[Party], records: Sequence[Record]) -> bool:
    """Whether the story names another pair before ``named``, the sentence before the word's.

    The sentence before names two states, an earlier one two others (none shared), the
    instrument's own sentence names no state nor refers to sides, and no record is told in
    either: the story has two candidate pairs and nothing tells which one's it is.
    """
    sentences, found, index = word.story.sentences, word.story.found, word.index
    if len(named) != 2 or index < 2 or BOTH_SIDES.search(word.text):
        return False
    told = {id(s) for r in records for s in r.evidence}
    if id(sentences[index - 1]) in told:
        return False
    for earlier in sentences[: index - 1]:
        pair = named_states(earlier, found)
        if len(pair) == 2 and not set(pair) & set(named) and id(earlier) not in told:
            return True
    return False


def _on_one_pair(story: StoryStates) -> bool:
    """Whether the story is on one pair: two states, or two named twice as often as any other."""
    named = sorted(story.counts.values(), reverse=True)
    return len(named) == 2 or (len(named) > 2 and named[2] * 2 <= named[1])


def parties_from_context(
    mention: Mention,
    word: WordInSentence,
    records: list[Record],
    *,
    fresh: bool,
    other_kind: bool,
) -> tuple[Mention, Sentence | None] | None:
    """The mention with the parties its sentence's context tells, and the sentence that tells them.

    A mention whose own words name no party (or one side only) takes them from the story: the
    pair its sentence names for "the two countries", the states of the sentence before or of
    the headline, the states told meeting or attending, the official who launched a named
    instrument, the states that met in the city of its name, the capital of a tour, the story's
    other side. ``None`` when an untitled mention still has no party and nothing says the story
    is about one (a company's deal, "the agreement" with nothing to refer to): no record.
    ``records`` are those held so far; ``fresh`` and ``other_kind`` say how the mention differs
    from the last of them (:func:`~diplonews.agreements._extract._refer_back`).
    """
    text, index, head, mentions = word.text, word.index, word.head, word.mentions
    article, sentences, found = word.story.article, word.story.sentences, word.story.found
    story, body_story = word.story.states, word.story.body_story
    body = article.body
    extra_evidence: Sentence | None = None
    counted, told_end = _counted_signers(word)
    if counted and (
        not mention.parties
        or set(mention.parties) <= set(_with_after(word, told_end)) - set(counted)
    ):
        # "the three countries signed the X (with D)": the states the count refers to, and
        # the partner "with" names besides them
        joined = dict.fromkeys((*counted, *mention.parties))
        mention = attrs.evolve(mention, parties=tuple(sorted(joined, key=str)))
    if not mention.parties and mention.title and mention.party_basis == "both_sides":
        # "the two countries": the pair its sentence names, else the story's two (a state
        # people came from is a topic: "hosting refugees from neighbouring B")
        sides = [m for m in mentions if not people_from(text, m)]
        pair = only_states(states(sides, word.dateline_end, len(text), text))
        if len(pair) == 1 and _COUNTERPART_OF.search(text):
            # "ISLAMABAD: ... the minister will meet his Uzbek counterpart to review
            # the X Agreement between the two countries": an official of no state
            # named meeting a foreign counterpart is of the dateline's state
            home_code = dateline_state(article, body)
            if home_code is not None and Country(home_code) not in pair:
                pair = (*pair, Country(home_code))
        if len(pair) != 2:
            pair = _sides(sentences, found, story, text)
        mention = attrs.evolve(mention, parties=pair)
    if (
        mention.title
        and _made_by_participants(text, mention.title)
        # a body's organ adopts its members' documents, untold (not a meeting held on the
        # margins of the body's event)
        and (not body_document(body_story, text) or _beside_body_event(sentences, found))
    ):
        # "The Ministers adopted the X Plan" after "The Ministers of A, B, C and D
        # met": the states the story lists as taking part, and the summit's host (whose
        # leader is one of those adopting it), also where the list was read already
        took_part = _took_part(sentences, found, index)
        if took_part and (not mention.parties or set(mention.parties) == set(took_part)):
            hosts = _summit_host(sentences, found, index, article)
            joined = dict.fromkeys((*took_part, *hosts))
            mention = attrs.evolve(mention, parties=tuple(sorted(joined, key=str)))
    if (
        not mention.parties
        and mention.title
        and mention.party_basis == "previous_sentence"
        and index > 0
    ):
        # "... held talks with ... Then the presidents signed the Treaty on X."
        prev = sentences[index - 1]
        in_prev = shifted(found.between(prev.start, prev.end), prev.start)
        named = only_states(states(in_prev, 0, len(prev.text), prev.text))
        if body_document(body_story, text):
            # "At the end of the summit, the leaders adopted the X Declaration" after
            # a pair's talks on its sidelines: the body's members', none named
            named = ()
        if len(named) > 4:
            # "A hosted a meeting with B, C, D and E. The leaders adopted the X": the five to
            # ten states the sentence before tells as meeting, if it tells them so
            named = _met_states(prev, found)
        if not 1 < len(named) <= 10:
            named = _headline_sides(article, sentences, found, text)
        if not named and BOTH_SIDES.search(prev.text):
            named = _sides(sentences, found, story, prev.text)
        if not named and not body_document(body_story, text):
            named = _story_signers(story, sentences, text, head)
        # (a place in its name is no side: "adopted the Vientiane Action Programme")
        in_title = _within_title(text, mention.title)
        if named and not (
            _group_signers(text, [m for m in mentions if not in_title(m)], head.start())
            or (
                _gathering_makes(text, head.start(), prev.text, story, found)
                and not _hosts_its_sides(prev, found, named)
            )
        ):
            # (not "Asean leaders also adopted the X Programme", "The conference is to adopt
            # the X Declaration": the bloc's or the gathering's own, of no state)
            mention = attrs.evolve(mention, parties=named)
    if (
        not mention.parties
        and mention.title
        and mention.party_basis in ("named", "previous_sentence")
        and _MEETING_WORD.search(text)
        and _ADOPTION.search(text)
    ):
        # "the summit of A, B and C ended with the adoption of the X Declaration",
        # "A, B and C met on May 8. The summit adopted the X Declaration": the
        # states told as meeting
        named = _meeting_of(text, mentions)
        if (
            len(named) < 2
            and index > 0
            and not body_document(body_story, text)
            and not any(m.kind == "group" for m in mentions)  # "the X member states"
        ):
            named = _met_states(sentences[index - 1], found)
        if len(named) >= 2:
            mention = attrs.evolve(mention, parties=named)
    if (
        not mention.parties
        and mention.title
        and (visit := _SIGNED_DURING_VISIT.match(text, _name_end_at(text, mention, head)))
        is not None
    ):
        # "the Joint Declaration on X, signed during President A's state visit to B in
        # 2020": of the host B and the visitor's state, the other side of the pair the
        # story's lead names
        host = [
            Country(m.code)
            for m in mentions
            if m.kind == "name" and visit.start("host") <= m.start < visit.end("host")
        ]
        opening = sentences[0]
        in_opening = shifted(found.between(opening.start, opening.end), opening.start)
        lead_pair = only_states(states(in_opening, 0, len(opening.text), opening.text))
        if len(host) == 1 and len(lead_pair) == 2 and host[0] in lead_pair:
            mention = attrs.evolve(mention, parties=tuple(sorted(lead_pair, key=str)))
    if not mention.parties and (title := mention.title) is not None:
        # "the X Declaration that President A launched in June": its signer A's state
        signers = _relative_signers(text, mention, head, mentions, article)
        if not signers and mention.party_basis == "named":
            signers = _stance_officials(text, mention, mentions, article)
        if signers:
            mention = attrs.evolve(mention, parties=signers)
        place = (title.split() or [""])[0]
        if not mention.parties and place and city_country(place) is not None:
            # "the Paris accord" of a story telling "their February talks in Paris"
            # with the states that met there: those states, that month
            listed, when, where = _listed_at(article, sentences, found, place)
            if where is not None and where is not word.sentence:
                mention = attrs.evolve(mention, parties=listed, date=mention.date or when)
                extra_evidence = where
    if (
        not mention.parties
        and mention.kind is AgreementKind.DECLARATION
        and mention.title
        and mention.party_basis == "named"
        and not body_story
        # (not "they recalled the X Declaration of 1975": an older meeting's)
        and not (
            mention.date is not None
            and article.published is not None
            and mention.date.year < article.published.year
        )
    ):
        # "The ministers of A, B and C met in X. ... The X Declaration, issued after the
        # talks, ...", a text headed "The X Declaration" whose next line has "We, the leaders
        # of A, B and C, gathered for the summit": the document of the meeting the story tells
        # its three or more states holding (not one of a body's organ, whose documents are its
        # members', none named)
        roster = _meeting_roster(sentences, found, index)
        # (a place in its name is no side: "the Vienna Declaration" of a meeting held there)
        in_title = _within_title(text, mention.title)
        told = {
            m.code
            for m in mentions
            if m.kind != "group" and not in_location(text, m) and not in_title(m)
        }
        if roster and told <= {str(p) for p in roster}:
            mention = attrs.evolve(mention, parties=roster)
    if not mention.parties and mention.title is None and mention.party_basis != "modifier":
        turn = (
            _turn_pair(article, sentences, index, found, story)
            if mention.party_basis in ("both_sides", "previous_sentence")
            else ()
        )
        if turn:
            # "In B's capital, the two sides signed ...", in a story of A's meetings
            # with B, C and D in turn: A's and B's
            mention = attrs.evolve(mention, parties=turn)
        elif mention.party_basis == "both_sides":
            # "any peace agreement must respect ... both countries", in a story of "the peace
            # negotiations between A and B": A and B, not the story's two most named
            peace = (
                _peace_talks_pair(sentences, found)
                if PEACE_GOAL.search(text, max(0, head.start() - 80), head.start())
                else ()
            )
            mention = attrs.evolve(mention, parties=peace or _sides(sentences, found, story, text))
        elif (
            mention.party_basis == "previous_sentence"
            and index > 0
            and _gathering_makes(text, head.start(), sentences[index - 1].text, story, found)
        ):
            # "The leaders are due to sign a pact on X before the summit closes", in a
            # story of a bloc's or many states' summit: the gathering's own, of no state
            mention = attrs.evolve(mention, party_basis="many")
        elif (
            mention.party_basis == "previous_sentence"
            and (by_all := _BY_ALL.search(text, head.end())) is not None
            and _NUMBER_WORDS.get(by_all.group("n").casefold(), 0) > len(story.counts)
        ):
            # "the draft agreement, which is being coordinated by all five littoral
            # states": of more states than the story names, none of them named
            mention = attrs.evolve(mention, party_basis="many")
        elif mention.party_basis == "previous_sentence" and index > 0:
            prev = sentences[index - 1]
            in_prev = shifted(found.between(prev.start, prev.end), prev.start)
            named = only_states(states(in_prev, 0, len(prev.text), prev.text))
            if _rival_pairs(word, named, records):
                # "A and B agreed to expand trade. Separately, C and D held talks. A grains
                # agreement signed in 1983 ...": two pairs told, none referred to: no side
                return mention, None
            if (
                records
                and prev in records[-1].evidence
                and len(records[-1].parties) >= 2
                and (
                    set(records[-1].parties) < set(named)
                    or (records[-1].item_of is not None and prev is not records[-1].first.sentence)
                    # "In total, 12 documents were inked. He said a roadmap is being
                    # prepared": the sides of the signing just told, naming none
                    or (not named and len(records[-1].parties) <= 4)
                )
            ):
                # "Among them is a road map for transit via C's port. Besides, the
                # leaders adopted a declaration": the sides of the documents just told;
                # a state of their topic is no signer
                named = records[-1].parties
            trip = _trip_sides(prev.text, in_prev, article, [mentions])
            if trip:
                # "Minister X is to travel to A and B. In A's capital he is to sign a
                # memorandum": X's state and A, not the trip's two stops
                named = trip
            if len(named) == 1:
                # "President A will visit B. In B's capital, he will hold talks with C;
                # an agreement is to be signed": the visitor's state, told only by its
                # official, is the other side
                named = _with_officials(named, prev, article)
            if len(named) == 1:
                # "A's minister leaves for B's capital. The visit will include talks on a
                # protocol": the trip's host, told by its capital, is the other side
                named = _with_trip_capital(named, prev.text, in_prev)
            if numbered := _numbered_states(text, story, in_prev):
                # "a plan among the ministries of the six countries": the six the
                # story names
                named = numbered
            elif AT_THE_EVENT.search(text) and index > 1:
                # "At the end of the talks, a plan was signed": the lead's sides
                named = _headline_sides(article, sentences, found, text) or named
            if not numbered and not 1 < len(named) <= 4:
                named = _headline_sides(article, sentences, found, text)
            if records and (besides := _BESIDES_TOLD.match(text)) is not None:
                # "In addition to the declaration, the leaders signed 12 documents": the
                # declaration's signers, not the guests the sentence before names
                kind = kind_of(besides.group("head"))
                signed_first = next((r for r in reversed(records) if r.kind is kind), None)
                if signed_first is not None and len(signed_first.parties) > 1:
                    named = signed_first.parties
            if (
                not named
                and records
                and prev in records[-1].evidence
                and len(records[-1].parties) > 4
            ):
                # "The heads of A, B, C, D and E signed the X Declaration. In addition,
                # the leaders approved an agreement on Y": the signers just told
                named = records[-1].parties
            if not named and BOTH_SIDES.search(prev.text):
                # "the two leaders looked on ... After that, a protocol was signed"
                named = _sides(sentences, found, story, prev.text)
            if (
                not named
                and _BILATERAL_WORD.search(text, max(0, head.start() - 40), head.start())
                and len(top := story.top(2)) == 2
            ):
                # "The intergovernmental agreement on visas, in force since May": an
                # instrument of two governments, in a story on two states: theirs
                named = top
            if (
                not named
                and _INSTRUCTED_TO_DRAFT.search(text, max(0, head.start() - 100), head.start())
                and len(top := story.top(2)) == 2
            ):
                # "the leaders instructed their governments to draft a new cooperation
                # programme": a document the story's two sides are to make
                named = top
            if (
                not named
                and mention.status is AgreementStatus.PLANNED
                and mention.status_cue
                and not any(m.kind == "group" for m in found.mentions)
                and not vocabulary().business.search(text)
                and not head.group("head").casefold().startswith("deal")
                and len(top := story.top(2)) == 2
            ):
                # "the delegations continue negotiating a protocol on X", "we expect a
                # memorandum on Y to be signed there", in a story on A and B naming no bloc:
                # a document to come between the story's two states (not a company's deal)
                named = top
            if (
                not named
                and mention.status is AgreementStatus.RATIFIED
                and mention.title is None
                and _ONE_PARLIAMENT_RATIFIED.search(text) is not None
                and not any(m.kind == "group" for m in mentions)  # (no bloc's, in its sentence)
                and len(top := story.top(2)) == 2
            ):
                # "the treaty on X, which our legislature ratified last spring", "ratified by the
                # Senate of A", in a story on A and B, no bloc named beside it: one side's
                # parliament ratified an instrument of the story's two states
                named = top
            if not named and not body_document(body_story, text):
                named = _story_signers(story, sentences, text, head)
            if (
                not named
                and mention.date is not None
                and article.published is not None
                and mention.date.year < article.published.year
                and not any(m.kind == "group" for m in (*mentions, *in_prev))
                and _on_one_pair(story)
                and len(top := story.top(2)) == 2
            ):
                # "A 1970 agreement under which A piped gas to B was suspended in 1980", in a
                # story on A and B, no bloc named there or just before: a document of years
                # ago, the two states'
                named = top
            if not named and other_kind and records[-1].evidence[-1] is word.sentence:
                # "Along with the treaty, the deputies ratified the protocol on X":
                # another kind of document in the act of the one just told: its sides
                named = records[-1].parties
            if not named:
                # "Bukman and Wardhana signed an agreement on X": the states of the officials
                # the clause names as signing, as the story tells them
                named = _signing_officials(story, text, head, mentions)
            if not named and (
                not body_document(body_story, text)
                # "a deal could be signed during his visit": a trip's, never a body's own
                or SIGNED_DURING_VISIT.search(text) is not None
            ):
                return None
            mention = attrs.evolve(mention, parties=named)
        elif mention.party_basis == "previous_sentence" and index == 0 and article.title:
            # the story opens on the signing: "A, B sign a deal" / "A deal was signed ..."
            named = _headline_sides(article, sentences, found, text)
            if named:
                mention = attrs.evolve(mention, parties=named)
        if not mention.parties and mention.location is not None and mention.status_cue:
            # "the pact they struck in Paris": the story lists who met there
            listed, when, where = _listed_at(article, sentences, found, mention.location.city or "")
            if where is not None:
                mention = attrs.evolve(mention, parties=listed, date=when or mention.date)
                extra_evidence = where
        if not mention.parties and fresh and records:
            mention = attrs.evolve(mention, parties=records[-1].parties)
        if (
            not mention.parties
            and mention.status_cue
            and (signed_next := _next_signers(sentences, index, found)) is not None
        ):
            # "A memorandum on X was signed on Monday. It was signed by the ministers of A and
            # B": the signers the next sentence names of it
            mention = attrs.evolve(mention, parties=signed_next[0])
            extra_evidence = signed_next[1]
        if (
            not mention.parties
            and mention.party_basis != "many"
            and not body_document(body_story, text)
            and not _untold_declaration(mention, index, story)
            and not _group_signers(text, mentions, head.start())
        ):
            return None
    if (
        len(mention.parties) == 1
        and mention.party_basis == "sentence"
        and not mention.title
        and _group_owned(text, mentions, head)
    ):
        # "OPEC members must stick to the accord they reached", "the treaty, which was
        # signed by EU leaders": the group's instrument; the state named is a speaker's
        mention = attrs.evolve(mention, parties=())
    if (
        len(mention.parties) == 1
        and mention.party_basis in ("with", "sentence")
        and not mention.title
        and {m.code for m in mentions} == {str(mention.parties[0])}
        and _TITLED_SIGNER.match(text, 0, head.start()) is not None
        and (titled := _titled_side(article, sentences, found, index, mention.parties[0]))
    ):
        # "The President signed a memorandum with the President of B", "Its memorandum with
        # B was signed" under "A steps up regional diplomacy": the signer told by title
        # alone, in a sentence naming no other state, is of the story's state
        mention = attrs.evolve(mention, parties=(titled, *mention.parties))
    if (
        (
            mention.party_basis == "with"
            or (mention.party_basis == "sentence" and _TWO_SIDED.search(text) is not None)
        )
        and len(mention.parties) == 1
        and not mention.title
        and not any(m.kind == "group" for m in mentions)
    ):
        other = (
            _other_named(text, mentions, mention.parties[0])
            if mention.party_basis == "sentence"
            else None
        ) or (
            _own_voice_side(article, text, mention.parties[0])
            or _home_body_side(article, body, text, head.start(), mention.parties[0])
            or story_side(story, mention.parties[0])
        )
        if other is None and (
            _TWO_SIDED.search(text) is not None
            or (mention.party_basis == "with" and _SIGNING_PROPER.search(text))
        ):
            # "Nazarov and his Iranian counterpart signed", "the minister signed an
            # agreement with B": in a story naming one other state, that state is
            # the other side
            other = _lone_other(story, mention.parties[0])
        if other is not None:
            # "the peace agreement with B appears closer", in a story on A
            mention = attrs.evolve(mention, parties=(other, *mention.parties))
    if (
        len(mention.parties) == 1
        and mention.party_basis in ("with", "sentence")
        and not mention.title
        and index > 0
        and " with " in text
        and mention.status is AgreementStatus.SIGNED
        and _SIGNING_PROPER.search(text) is not None
        and any(
            m.code == str(mention.parties[0])
            and _WITH_RIGHT_BEFORE.search(text, max(0, m.start - 12), m.start)
            for m in mentions
        )
    ):
        # "He received the envoys of B and C ... A memorandum was signed with B": the
        # other side is the state of the lead's subject
        lead = _lead_subject(sentences[0], found, mention.parties[0])
        if lead is not None:
            mention = attrs.evolve(mention, parties=(lead, *mention.parties))
    if (
        len(mention.parties) == 1
        and not mention.title
        and mention.party_basis == "sentence"
        and " side" in text
        and _ONE_SIDE.search(text)
    ):
        top = story.top(2)
        if len(top) == 2 and mention.parties[0] in top:
            # "the Chilean side proposed to sign an agreement": one of the two sides
            mention = attrs.evolve(mention, parties=top)
    if (
        len(mention.parties) == 1
        and _UNDER_OPENS.match(text)
        and (talks := _talks_between(sentences, found, mention.parties[0]))
    ):
        # "Under the X Agreement signed in 2004, A suspended ..." in a story on "talks between A
        # and B, C and D": the instrument binding A is the one of A's talks with those states
        mention = attrs.evolve(mention, parties=talks)
    return mention, extra_evidence


# A sentence opening on an instrument just told, beside which it tells more: "In addition to
# the declaration,", "Besides the treaty,", "Along with the agreement,".
_BESIDES_TOLD = re.compile(
    r"\s*(?:In\s+addition\s+to|Besides|Along\s+with|Alongside|Apart\s+from)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<head>declaration|agreement|treaty|convention|memorandum|protocol"
    r"|accord|road\s*map|charter|communiqu[eé])\b"
)
# A sentence opening on the instrument that binds its subject: "Under the", "Under that".
_UNDER_OPENS = re.compile(r"\W*Under\s+(?:the|that|this|an?)\b")
# Talks told with their sides: "Talks between", "negotiations between", "the talks between".
_TALKS = re.compile(r"\b(?:[Tt]alks|[Nn]egotiations)\s+(?=between\b)")


def _talks_between(
    sentences: Sequence[Sentence], found: BodyMentions, partner: Party
) -> tuple[Party, ...]:
    """The states of the first talks the story tells "between" ``partner`` and others.

    "Talks between A and B, C and D on ... have been postponed": A, B, C and D.
    """
    for sentence in sentences:
        talks = _TALKS.search(sentence.text)
        if talks is None:
            continue
        between = BETWEEN.match(sentence.text, talks.end())
        if between is None:
            continue
        mentions = shifted(found.between(sentence.start, sentence.end), sentence.start)
        sides = only_states(states(mentions, between.start(), between.end(), sentence.text))
        if partner in sides and 2 <= len(sides) <= 6:
            return tuple(sorted(sides, key=str))
    return ()


# The signer told by title alone, opening the sentence (after a dateline): "The President
# signed", "Its memorandum", "The country signed", "The country's foreign minister signed".
_TITLED_SIGNER = re.compile(
    r"""\s*(?:[A-Z][A-Z.'’ -]+,[^-–—]{0,40}?(?:-{1,2}|[–—])\s+)?  # "TASHKENT, May 15 -- "
    (?:[Ii]ts|[Tt]he\s+(?:[A-Z][a-z]+\s+){0,2}(?:country|kingdom|republic|state)(?:['’]s)?
    |[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?(?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor
    |head\s+of\s+(?:state|government))
    # "Trade Minister Jan Brod leaves for B for talks on ...": a bare title before a name, of no
    # state named, signing or travelling, is the story's own official as "The Minister" is (one
    # who only welcomes or urges is a speaker on another's instrument)
    |(?:[A-Z][a-z]+\s+){0,2}(?:Minister|President|Premier|Chancellor)\s+[A-Z][a-z]+
    (?:\s+[A-Z][a-z]+)?\s+(?:will\s+|is\s+(?:due\s+)?to\s+)?(?:signs?|signed|leaves|left
    |travel(?:s|led)?|fl(?:y|ies|ew)|visit(?:s|ed)?|arriv(?:e|es|ed)))\b""",
    re.VERBOSE,
)


def _titled_side(
    article: Article,
    sentences: Sequence[Sentence],
    found: BodyMentions,
    index: int,
    partner: Party,
) -> Party | None:
    """The story's state besides ``partner``, for a signer told by title alone.

    The one state the headline names besides ``partner``, else the dateline's state, else
    the one state the sentences before the instrument's name besides it (a lead: "A has
    stepped up its diplomacy").
    """
    if article.title:
        named = [p for p in _title_states(article.title) if str(p) != str(partner)]
        if named:
            return named[0] if len(named) == 1 else None
    home = dateline_state(article, article.body)
    if home is not None:
        return Country(home) if home != str(partner) else None
    told = {
        m.code
        for sentence in sentences[:index]
        for m in found.between(sentence.start, sentence.end)
        if m.kind != "group" and m.code != str(partner)
    }
    return Country(told.pop()) if len(told) == 1 else None


# One parliament ratifying, told by its body: "which their parliament has ratified", "ratified by
# the Senate of A", "ratified by the Duma".
_PARLIAMENT = (
    r"(?i:parliament|senate|congress|national\s+assembly|majlis|mazhilis|mejlis|duma|kenesh"
    r"|rada|khural|sejm|seimas|saeima|knesset|legislature)"
)
_ONE_PARLIAMENT_RATIFIED = re.compile(
    r"\bratified\s+by\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?" + _PARLIAMENT + r"\b"
    r"|\b(?:the|our|its|their)\s+(?:[A-Z][\w-]+\s+)?"
    + _PARLIAMENT
    + r"(?:\s+of\s+[A-Z][\w-]+)?\s+(?:(?:has|have|had)\s+(?:already\s+)?)?ratified\b"
)


# Leaders told as a whole (not as two: "the two leaders", "both leaders"), or the gathering
# itself, about to make a document: "The leaders are due to sign a", "leaders would
# adopt a", "The conference is to adopt the".
_GATHERING_TO_MAKE = re.compile(
    r"(?:(?<!\b[Tt]wo\s)(?<!\b[Bb]oth\s)\b[Ll]eaders|\b[Tt]he\s+(?:conference|summit))\s+"
    r"(?:(?:is|are|were|will|would|also|expected|due|set|to)\s+){1,5}"
    r"(?:adopt|sign|approve|endorse)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"
)
# A gathering of many: "summit", "conference".
_GATHERING = re.compile(r"\b(?:summit|conference)\b", re.IGNORECASE)
# A state hosting the others for a summit: "A will host B and C ... for a trilateral summit".
_HOSTS_SUMMIT = re.compile(
    r"\bhost(?:s|ed|ing)?\b[^.;]{0,160}?\b(?:summit|meeting|talks)\b", re.IGNORECASE
)


def _hosts_its_sides(prev: Sentence, found: BodyMentions, named: Sequence[Party]) -> bool:
    """Whether ``prev`` tells a state hosting the ``named`` states for a summit of no bloc.

    "President A will host B's and C's leaders for a trilateral summit. The leaders are to
    adopt the X Principles": a summit of those states alone, so its document is theirs (a
    bloc's summit, a group named in the hosting sentence, keeps its document the bloc's own).
    """
    if _HOSTS_SUMMIT.search(prev.text) is None:
        return False
    if any(m.kind == "group" for m in found.between(prev.start, prev.end)):
        return False
    return set(named) <= set(named_states(prev, found))


def _gathering_makes(
    text: str, head_start: int, prev: str, story: StoryStates, found: BodyMentions
) -> bool:
    """Whether ``text`` tells a gathering as a whole making the instrument at ``head_start``.

    "Leaders of the bloc opened their summit. The leaders are due to sign a pact on X",
    "The conference is to adopt the X Declaration": a summit or conference (told in the
    sentence, the one before or the headline) of a bloc or of more than two states makes its
    own document, none of the states the story names being its party; a summit of two ("the
    two leaders") is not one.
    """
    if _GATHERING_TO_MAKE.search(text[:head_start]) is None:
        return False
    title = story.article.title if story.article is not None else None
    if not any(_GATHERING.search(told) for told in (text, prev, title or "")):
        return False
    return len(story.counts) > 2 or any(m.kind == "group" for m in found.mentions)


# Sides telling their own bodies to draft a document: "instructed their governments to draft a".
_INSTRUCTED_TO_DRAFT = re.compile(
    r"\b(?:instructed|tasked|charged|commissioned|directed)\s+(?:their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"to\s+(?:draft|prepare|develop|elaborate|work\s+out)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"
)


# One side of two named by its demonym: "the Chilean side", "the Peruvian sides'".
_ONE_SIDE = re.compile(r"\b[Tt]he\s+[A-Z][\w-]+\s+side\b")


# A document adopted or signed in the sentence: "the adoption of", "signed", "approved".
_ADOPTION = re.compile(
    r"\b(?:adopt(?:s|ed|ion)|sign(?:s|ed|ing)|approv(?:es|ed|al)|endorse(?:s|d|ment))\b",
    re.IGNORECASE,
)


# A sentence opening on a back-reference to the instrument told just before and telling who
# signed it: "It was signed by", "The document was signed by", "The memoranda were inked by".
_NEXT_SIGNED_BY = re.compile(
    r"\s*(?:It|They|The\s+(?:[a-z-]+\s+)?(?:documents?|agreements?|memorand\w+|treat(?:y|ies)"
    r"|protocols?|conventions?|accords?|declarations?|plans?|road\s?maps?|programmes?))\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+"
    r"(?:(?:expected|due|set|scheduled)\s+to\s+be\s+|to\s+be\s+)?(?:signed|inked|concluded)"
    r"\s+by\b"
)


def _next_signers(
    sentences: Sequence[Sentence], index: int, found: BodyMentions
) -> tuple[tuple[Party, ...], Sentence] | None:
    """The states the next sentence names as signing the instrument told, and that sentence.

    "A memorandum on X was signed on Monday. It was signed by the foreign ministers of A and
    B": the next sentence refers back to the instrument and names its signers (two to four
    states, no group), the sides of an instrument whose own sentence names none.
    """
    if index + 1 >= len(sentences):
        return None
    nxt = sentences[index + 1]
    if _NEXT_SIGNED_BY.match(nxt.text) is None:
        return None
    in_next = shifted(found.between(nxt.start, nxt.end), nxt.start)
    if any(m.kind == "group" for m in in_next):
        return None
    named = only_states(states(in_next, 0, len(nxt.text), nxt.text))
    return (named, nxt) if 2 <= len(named) <= 4 else None


# A word before the instrument that makes it one of two states: "the bilateral agreement".
_BILATERAL_WORD = re.compile(
    r"\b(?:intergovernmental|inter-governmental|bilateral|interstate|inter-state)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Two sides told in a sentence that names one state: "the two countries", "his counterpart".
_TWO_SIDED = re.compile(
    r"\b(?:(?:the\s+two|both)\s+(?:countries|governments|sides|states|nations|ministries"
    r"|leaders|presidents|ministers|foreign\s+ministries)|counterparts?|bilateral"
    r"|(?:joint|intergovernmental)\s+(?:commission|committee))\b",  # a body of two sides
    re.IGNORECASE,
)
# "with" right before a state: "signed with ", "an agreement with the ".
_WITH_RIGHT_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


# An official of no state named meeting a foreign one: "the minister ... his Uzbek counterpart".
_COUNTERPART_OF = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}minister\b[^.;]{0,80}?\b(?:his|her)\s+[A-Z][\w’'-]+\s+counterpart\b"
)
# A named instrument's aside telling it was signed during one official's visit to a state:
# ", signed during President A B's state visit to C".
_SIGNED_DURING_VISIT = re.compile(
    r",\s+(?:which\s+was\s+)?signed\s+during\s+(?:[A-Z][\w-]*\s+){1,4}?[A-Z][\w-]*[’']s\s+"
    r"(?:(?:state|official|working)\s+)?visit\s+to\s+(?P<host>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
