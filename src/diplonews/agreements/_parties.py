"""Who is party to an instrument: the states a sentence names, and how they are named.

Private to :mod:`diplonews.agreements`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplonews import _regex as re
from diplonews.agreements._words import vocabulary
from diplonews.gazetteer import state_at
from diplonews.models import Party
from diplonews.text import BodyMentions, Sentence
from diplonews.text.countries import CountryMention, city_country
from diplonews.values import Country, CountryGroup

__all__ = [
    "BETWEEN",
    "BOTH_SIDES",
    "COMPOUND_SUFFIX",
    "DATELINE",
    "GROUP_NAME",
    "LIST_JOIN",
    "MEDIATOR",
    "MEDIATOR_WORDS",
    "WITH",
    "group_owner",
    "in_location",
    "in_name",
    "is_actor",
    "is_speaker",
    "listed_before",
    "named_states",
    "not_speakers",
    "of_the_day",
    "only_states",
    "party_of",
    "people_from",
    "shifted",
    "states",
    "supporters",
]


# "between A and B" / "among A, B and C" right after the instrument (up to the clause end).
BETWEEN = re.compile(
    # not "among them/which": the documents a plural names, not its sides
    r"\b(?:between|among|amongst)\b(?!\s+(?:them|these|those|which|others)\b)"
    r"(?P<who>(?:[^;:()]|\([A-Z][\w&.-]{1,11}\)){3,240}?)"
    r"(?=[;:]|\((?![A-Z][\w&.-]{1,11}\))|,\s*(?:which|who|but)\b|$"  # the clause ends
    r"|(?<![A-Z]\.[A-Z])\.\s"  # a full stop, not that of "U.S." or "U.K."
    r"|,\s*and\b(?!\s+(?:the\s+)?[A-Z])"  # not ", and Chile", ", and the Republic of ..."
    r"|,\s*the\b(?!\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Republic|Kingdom|Federation|Emirates|States"
    r"|Sultanate|Principality|Netherlands|Philippines|Gambia|Bahamas)\b)"
    r"|\s+and\s+[a-z]+ed\b"  # "... and welcomed": a new verb
    r"|,\s+as\s+well\s+as\b"  # "..., as well as a protocol": the next item of a list
    r"|,\s+(?:signed|concluded|initialled|ratified)\b"  # "..., signed in Riyadh in 2021, ..."
    r"|,?\s+(?:brokered|mediated|facilitated)\s+by\b"  # "..., brokered by C": C is no side
    r"|\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b)"
)
WITH = re.compile(r"^\s*(?:signed\s+|concluded\s+|reached\s+)?with\b(?P<who>[^,;:()]{2,80})")
# A state that helps two others to a deal, or a caller thanked for it: "brokered by Qatar",
# "spoke today with the Amir of Qatar", "thanked Oman for ...". The state follows within
# the same clause (see :func:`is_mediator`).
MEDIATOR = re.compile(
    r"\b(?:brokered|mediated|facilitated|hosted)\s+by"  # "brokered by Egypt"
    r"|\bwith\s+the\s+(?:help|mediation|assistance)\s+of"  # "with the help of Qatar"
    r"|\b(?:mediation|good\s+offices|auspices|aegis)\s+of"  # "the mediation of Egypt"
    # "under Egypt's efforts", "under Qatar's auspices": the state right after "under"
    r"|\bunder(?=\s+[A-Z][\w-]*['’]s?\s+(?:efforts|mediation|auspices|aegis|sponsorship)\b)"
    r"|\bthank(?:ed|s|ing)?\b|\bappreciation\s+to"  # "thanked Oman", "appreciation to"
    r"|\b(?:spoke|speaks|speaking|talked)\s+(?:\w+\s+)?(?:with|to)\b"  # a call's other end
    r"|\bin\s+the\s+presence\s+of|\bwitnessed\s+by",  # a witness of the signing
    re.IGNORECASE,
)
# Substrings of every MEDIATOR match (lower case), tested before the pattern runs.
MEDIATOR_WORDS = (
    *("brokered", "mediat", "facilitated", "hosted", "help of", "assistance of"),
    *("good offices", "thank", "appreciation", "spoke", "speak", "talked"),
    *("auspices", "aegis", "under"),
    *("presence of", "witnessed by"),
)
# "for signing", "for concluding": what a thanked state did itself.
_SIGNED_NEXT = re.compile(r"\s+for\s+(?:\w+\s+)?(?:sign|conclu|ratif|reach|join)")
# What a mediator phrase may hold between its cue and the state: names and titles.
_MEDIATOR_GAP = re.compile(r"\s*(?:(?:the|of|and|al|bin|[A-Z][\w'’.-]*)\s+){0,20}")
# "Group of Five", "G-5", "G5": informal groups whose pacts name no state.
GROUP_NAME = re.compile(r"\b(?:Group\s+of\s+(?:\w+)|G-?\d{1,2})\b")
# A leading wire dateline: "ISLAMABAD, March 18 -", "WASHINGTON (Reuters) -".
DATELINE = re.compile(
    # a city in title case before its date: "Tashkent, April 16 -", "Baku, 16 April (Agency) -"
    r"^(?!(?:On|In|At|By|From|Since|Until|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-–—]"
    r"|^[A-Z][A-Z .'’-]{2,40}"  # the city
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=,))?"  # its country: "TAUPO, New Zealand,"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}"  # its date: "May 2", or "18th April, 2024"
    r"|,\s*\d{1,2}(?:st|nd|rd|th)\s+[A-Z][a-z]{2,8},?\s+\d{4})?"
    # the agency, then a dash, or a colon after the agency: "(Agency) -", "(Agency):"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—]|^[A-Z][A-Z .'’-]{2,40},\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}"
    r"\s*\([^)]{1,30}\):"
)
# "the two countries", "both sides", "the parties", "the neighbours": parties referred to, not
# named.
BOTH_SIDES = re.compile(
    r"\b(?:the\s+two|both(?:\s+of)?(?:\s+the)?)\s+"  # "the two", "both", "both the"
    r"(?:(?:brotherly|friendly|fraternal|neighbou?ring|allied|sister)\s+)?"  # "two brotherly"
    r"(?:countries|states|nations|sides|governments|parties|leaders|presidents"
    r"|(?:foreign\s+|prime\s+)?ministers|heads\s+of\s+(?:state|government)|delegations)\b"
    r"|\bthe\s+(?:sides|parties|interlocutors)\b"  # the two sides of a conversation
    r"|\bthe\s+neighbou?rs\b(?!\s+of\b)"  # "the neighbours signed": the pair named before
    # "the memorandum that their governments signed": the pair's own, told by a possessive
    r"|\btheir\s+(?:two\s+)?(?:governments|countries)\b",
    re.IGNORECASE,
)
# A country name that begins a compound describes something: "US-friendly", "Geneva-based".
COMPOUND_SUFFIX = re.compile(r"-[a-z]")
# Before a capital that is a place: "in Baku", "at the Tokyo summit", "its Buenos Aires office".
_PLACE_BEFORE = re.compile(r"\b(?:(?:in|at|to|from|for|of)(?:\s+the)?|its|their|his|her)\s+$")
_POSSESSIVE_NEXT = re.compile(r"[’']s\b")
# "in Reykjavik, " before a country's name: the country only places the city.
_CITY_COMMA = re.compile(r"\b(?:in|at)\s+(?P<city>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}),\s*$")
# A capitalised word after a capital's name makes both one name: "Paris Club", "Madrid Summit".
_NAME_NEXT = re.compile(r"[ ]+(?!(?:And|The|Or|To|In|On|At|For|With|By|Says?|Signs?)\b)[A-Z][a-z]")
# A currency unit after a country's word: "Malaysian/Singapore cents", "Hong Kong dollars".
_CURRENCY_NEXT = re.compile(
    r"(?:/[A-Z][\w.’'-]*)*"  # other states sharing the unit: "/Singapore"
    r"\s+(?:cents?|dollars?|pounds?|francs?|marks?|yen|yuan|rupees?|pesos?|rubles?|roubles?"
    r"|ringgit|baht|won|lira|lire|kronor|krona|kroner|krone|riyals?|dinars?|currency)\b"
)
# A group's rotating office held by the state: "Luxembourg presidency", "Kazakh chairmanship".
_OFFICE_NEXT = re.compile(r"[’']?s?\s+(?:presidency|chairmanship|chairmanships)\b", re.IGNORECASE)
# The rest of a chain of places naming a route, after one of them: "-Tbilisi-Ceyhan pipeline".
_ROUTE_AFTER = re.compile(
    r"(?:-[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?)*\s+(?:(?:gas|oil|power|rail|road|transport|high-speed)\s+)?"
    r"(?:pipelines?|railways?|railroads?|roads?|highways?|motorways?|corridors?|routes?|lines?"
    r"|bridges?|canals?|flights?|ferr(?:y|ies)|cables?|interconnectors?|links?)\b"
)
# Up to three capitalised words after a country's name: "Qatar Airways", "Turkish Airlines".
_CAPITALS_NEXT = re.compile(r"(?:[ ]+[A-Z][\w&.-]*){1,3}")
# What may stand between "of" and the state: "the", and states listed before it ("Spain and ").
_LISTED = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:\s*,\s*|\s+and\s+))*")
# A gathering's name closed by a comma between "of" and a state: "on the sidelines of the G20
# Summit, A and B signed": the comma ends the phrase the gathering opens; the state heads
# the clause after it.
_GATHERING_COMMA = re.compile(
    r"(?:the\s+)?(?:[A-Z0-9][\w.’'+-]*\s+){0,5}"
    r"(?:Summit|Conference|Forum|Assembly|Meeting|Dialogue|Session|Congress)\s*,\s*"
)
# The lower-case word that ends a stretch of text: the noun before "of".
_LAST_WORD = re.compile(r"\b[a-z]+$")
# Lower-case role nouns whose "of X" is the state acting: "the president of France";
# and "because of", "instead of", which own nothing.
_ROLE_NOUNS = frozenset(
    [
        *("president", "presidents", "minister", "ministers", "king", "queen", "emir", "amir"),
        *("sultan", "chancellor", "premier", "secretary", "representative", "representatives"),
        *("prince", "people", "peoples", "republic", "kingdom", "head", "heads", "behalf"),
        *("part", "because", "instead", "ahead", "out", "affairs"),
        # state bodies: "the customs services of A and B", "the competent bodies of A"
        *("service", "services", "body", "bodies", "institutions", "offices"),
        *("committees", "departments", "inspectorates", "chambers"),
        # joint bodies and meetings of the states: "the intergovernmental commission of A and B",
        # "the summit of A, B and C"; shared borders: "the junction of the state borders of A and B"
        *("commission", "commissions", "council", "committee", "summit", "meeting", "talks"),
        *("delegations", "borders"),
    ]
)
# A state's stance on a named instrument, between the state and the name: "U.S. backing
# for the", "'s commitment to the", "'s sudden withdrawal from the".
_STANCE = re.compile(
    r"(?:[’']s|(?<=s)[’'])?\s+(?:[a-z-]+\s+){0,4}?"  # "'s" (or "States’"), up to four words
    r"(?:backing|support|commitment|adherence|withdrawal|accession|ratification|obligations)"
    r"\s+(?:for|to|from|of|under)\s+(?:the\s+)?"  # "for the", "its obligations under the"
    # the instrument's outcome: "commitment to a successful conclusion of the"
    r"(?:(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:conclusion|implementation)\s+of\s+(?:the\s+)?)?"
    # another instrument listed first: "the X Regulations (XR) and the"
    r"(?:(?:[A-Z][\w-]*\s+){1,5}(?:\([A-Z]{2,}\)\s+)?and\s+(?:the\s+)?)?"
    r"[“\"]?"
)
# A state's ties with another carried by a named instrument, between the first state and
# the name: "'s expanded ties with B through the", "'s relations with B under the". Both
# states hold to the instrument; the partner stands in ``who``.
_TIES_THROUGH = re.compile(
    r"(?:[’']s|(?<=s)[’'])\s+(?:[a-z-]+\s+){0,3}?"  # "'s", up to three words: "'s expanded"
    r"(?:ties|relations|links|cooperation|normali[sz]ation)\s+with\s+"
    r"(?P<who>[^,;:()]{2,60}?)"  # the partner: "Israel", "the Republic of Korea"
    r"\s+(?:through|under|via)\s+(?:the\s+)?[“\"]?"
)
# From a group's possessive to the instrument's modifiers: "'s planned changes in the".
_GROUP_OWNS = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,6}")
# Capitalised words that may stand before a country's name without being part of it.
_ROLE_WORDS = frozenset(
    [
        "The",
        "And",
        "Both",
        "With",
        "Between",
        "Among",
        "In",
        "On",
        "For",
        "From",
        "Under",
        "By",
        "Of",
        "To",
        "Said",
    ]
)


def party_of(mention: CountryMention) -> Party | None:
    if mention.kind == "group":
        try:
            return CountryGroup(mention.code)
        except ValueError:
            return None
    try:
        return Country(mention.code)
    except ValueError:
        return None


def in_location(sentence: str, mention: CountryMention) -> bool:
    """Whether a capital is a place ("in Abu Dhabi"), not a government ("Ankara said").

    "at the Tokyo summit" is a place too; "Tokyo's failure" is the government; a
    country after its city ("in Reykjavik, Iceland") is a place.
    """
    if mention.kind == "name":
        # "in Reykjavik, Iceland": the country of a place (not "in Beirut, Egypt and Jordan
        # signed", where the city lies in another state than the subject that follows)
        city = _CITY_COMMA.search(sentence, max(0, mention.start - 40), mention.start)
        if city is None:
            return False
        where = city_country(city.group("city"))
        return where is None or where == mention.code
    if mention.kind != "capital" or _POSSESSIVE_NEXT.match(sentence, mention.end):
        return False
    before = sentence[max(0, mention.start - 11) : mention.start].casefold()
    # "in Abu Dhabi" is a place; "its Buenos Aires concession" describes a thing.
    if not _PLACE_BEFORE.search(before):
        return False
    # "the visit of the Turkmen president to Baku": the capital stands for the host state
    return not (
        before.endswith("to ")
        and _VISIT_TO.search(sentence, max(0, mention.start - 100), mention.start) is not None
    )


# A visit's destination: "visit of the president to ", "trip to ".
_VISIT_TO = re.compile(r"\b(?:visit|visits|trip|tour)\b[^.;,]{0,80}\bto\s+$", re.IGNORECASE)


# People who came from a state, told as a topic: "refugees from neighbouring B", "migrants
# from B and C" (the list's later names too).
_PEOPLE_FROM = re.compile(
    r"""\b(?:refugees|migrants|immigrants|asylum[-\s]seekers|evacuees|displaced\s+people)
    \s+from\s+(?:the\s+)?(?:neighbou?ring\s+)?
    (?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?){0,4}\Z""",
    re.VERBOSE,
)


def people_from(sentence: str, mention: CountryMention) -> bool:
    """Whether a state is named as where people came from: "refugees from neighbouring B".

    Such a state is a topic of the talks ("hosting refugees from B and C"), not a side.

    >>> text = "A hosts refugees from Mali and Niger."
    >>> people_from(text, CountryMention(code="NER", kind="name", start=31, end=36, text="Niger"))
    True
    """
    if sentence[mention.end : mention.end + 2] in ("'s", "’s"):
        return False  # "refugees from B and C's new rules": C owns a thing, past the list
    lo = max(0, mention.start - 120)
    # asked for every state a story names: a test in C first, as most have no "from" before
    return (
        sentence.find("from", lo, mention.start) >= 0
        and _PEOPLE_FROM.search(sentence, lo, mention.start) is not None
    )


def in_name(sentence: str, mention: CountryMention) -> bool:
    """Whether a country's name is part of another name or a description.

    "Aguas Argentinas" and "Qatar Airways" (companies), "the Paris Club",
    "US-friendly", "Geneva-based".
    """
    if COMPOUND_SUFFIX.match(sentence, mention.end):
        return True
    if sentence[max(0, mention.start - 6) : mention.start].casefold().endswith("trans-"):
        return True  # "the trans-Afghan railway": a route across the state, not a side
    if _CURRENCY_NEXT.match(sentence, mention.end):
        return True  # "150 Malaysian/Singapore cents": a currency unit, no side
    if mention.kind == "capital" and _NAME_NEXT.match(sentence, mention.end):
        return True  # "the Paris Club", "the Madrid Summit"
    if (
        mention.kind == "capital"
        and (
            sentence[mention.start - 1 : mention.start] == "-" or sentence[mention.end :][:1] == "-"
        )
        and _ROUTE_AFTER.match(sentence, mention.end)
    ):
        return True  # "the Baku-Tbilisi-Kars railway": a route through the city, not a side
    if _OFFICE_NEXT.match(sentence, mention.end):
        return True  # "the bloc's Luxembourg presidency": a group's office, not a side
    following = _CAPITALS_NEXT.match(sentence, mention.end)
    if following is not None and vocabulary().business.search(following.group()):
        return True  # "Qatar Airways", "Turkish Airlines": a company
    before = re.search(r"(\S+)\s+$", sentence[max(0, mention.start - 30) : mention.start])
    if before is None or mention.kind == "capital":
        return False
    word = before.group(1)
    first = sentence[: mention.start].strip() == word
    return word[:1].isupper() and word.isalpha() and not first and word not in _ROLE_WORDS


def states(mentions: Sequence[CountryMention], lo: int, hi: int, sentence: str) -> list[Party]:
    """States (and named groups) mentioned in ``sentence[lo:hi]``, in order."""
    found: list[Party] = []
    for i, m in enumerate(mentions):
        if (
            m.kind == "demonym"
            and i + 1 < len(mentions)
            and mentions[i + 1].kind == "demonym"
            and sentence[m.end : mentions[i + 1].start] == " "
        ):
            continue  # "Greek Cypriot", "Turkish Cypriot": a community of the second
        if (
            m.start >= lo
            and m.end <= hi
            and not in_location(sentence, m)
            and not in_name(sentence, m)
        ):
            party = party_of(m)
            if party is not None and party not in found:
                found.append(party)
    return found


def is_mediator(text: str, mention: CountryMention, cues: Sequence[re.Match[str]]) -> bool:
    """Whether a state stands in a mediator's or an interlocutor's phrase, not as a side.

    "a deal brokered by Qatar", "spoke with the Amir of Qatar about the hostage deal".
    """
    for cue in cues:
        if cue.end() <= mention.start and mention.start - cue.end() <= 160:
            gap = _MEDIATOR_GAP.fullmatch(text, cue.end(), mention.start)
            if gap is None:
                continue
            if cue.group().casefold().startswith("thank") and _SIGNED_NEXT.match(text, mention.end):
                continue  # "thanked Turkey for signing the accord": a side after all
            return True
    return False


# Who speaks for a state: an official, not the state itself.
_OFFICIAL = (
    r"(?:spokes(?:man|woman|person)|officials?|ministers?|ministry|diplomats?|delegates?"
    r"|delegation|ambassador|envoy|president|premier|chancellor|secretary|negotiators?"
    r"|sources?|government)"
)
# From a state to the verb of a speech it is the speaker's state in: "Bolivian Foreign
# Ministry spokesman said", "'s foreign minister, Juan Rada, told reporters" (no other
# clause between, only the speaker's title and name).
_SPEAKER_AFTER = re.compile(
    r"(?:[’']s)?(?:\s+(?:senior|top|chief|deputy|vice|foreign|prime|trade|energy|oil|finance"
    r"|economy|commerce|defen[cs]e|interior|petroleum|mines|affairs|of|[A-Z][\w.’'-]*),?)*"
    rf"\s+(?i:{_OFFICIAL})\b(?:,?\s+(?:[A-Z][\w.’'-]*|al|bin|de|van|von)\b)*,?"
    r"\s+(?:said|says|told\s+[\w-]+|added|announced|stated|confirmed)\b"
)
# Before the state: the speaker's article, or the comma that opens a trailing attribution.
_SPEAKER_BEFORE = re.compile(r"(?:^|[,:–—-]|\b[Tt]he|\b[Aa]n?)\s*(?:(?:senior|top|chief)\s+)?$")
# A meeting's chair, right before the state: "chaired by", "presided over by" (not
# "co-chaired by": co-chairs are the sides).
_CHAIR_BEFORE = re.compile(r"(?<!co-)\b(?:chaired|presided(?:\s+over)?)\s+by\s+(?:the\s+)?$")
# A speaker's own side in what is reported: "said his country will sign", "we will sign".
_OWN_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ww]e|I|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Ii]ts)\b")


def is_speaker(text: str, mention: CountryMention) -> bool:
    """Whether a state is named only as the state of a speaker or of a meeting's chair.

    ", a Bolivian spokesman said", "Bolivia's foreign minister said (that)", "chaired by
    Bolivia's prime minister": the official speaks or presides, and signs nothing. One who
    tells of a side of their own ("said his country will sign") is no mere speaker.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "Peru and Chile signed an accord, a Bolivian official said."
    >>> [is_speaker(text, m) for m in extract_country_mentions(text)]
    [False, False, True]
    """
    if _CHAIR_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True
    said = _SPEAKER_AFTER.match(text, mention.end)
    if said is None or not _SPEAKER_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return False
    # a trailing attribution (after a comma) reports what came before it, a leading one what
    # follows its verb
    trailing = text.rfind(",", max(0, mention.start - 24), mention.start) >= 0
    reported = text[: mention.start] if trailing else text[said.end() :]
    return _OWN_PRONOUN.search(reported) is None


def not_speakers(text: str, mentions: Sequence[CountryMention]) -> list[CountryMention]:
    """The mentions less those of a speaker's or a chair's state, where two others are left.

    "A and B signed ..., a C official said": the pair is told, and C only speaks. A speaker's
    state also named as a signer stays (its other mention is kept), and so does one beside
    a single other state: "an accord with B, A's officials said" tells A's own instrument.
    """
    spoken = [m for m in mentions if is_speaker(text, m)]
    if not spoken:
        return list(mentions)
    rest = [m for m in mentions if m not in spoken]
    return rest if len(only_states(states(rest, 0, len(text), text))) >= 2 else list(mentions)


def _thing_of(text: str, mention: CountryMention) -> bool:
    """Whether a state is named as the owner of a thing: "the safeguard of India".

    A role or an actor noun before "of" keeps it a side: "the president of
    France", "the government of Lebanon".
    """
    at = text.rfind(" of ", max(0, mention.start - 100), mention.start)
    if at < 0 or _POSSESSIVE_NEXT.match(text, mention.end):
        return False  # no "of"; or "because of Japan's failure": Japan owns the next thing
    if _PAIR_NEXT.match(text, mention.end):
        return False  # "the establishment of the Chile-Peru commission": a pair's body
    if not _LISTED.fullmatch(text, at + 4, mention.start):
        return False  # other words between "of" and the state
    gathering = _GATHERING_COMMA.match(text, at + 4, mention.start)
    if gathering is not None and _LISTED.fullmatch(text, gathering.end(), mention.start):
        return False  # "the margins of the X Forum, A and B signed": A, B act in their clause
    if _STATE_BANK.search(text, max(0, at - 20), at):
        return False  # "the central banks of A and B": state bodies
    if _SERVICE_OF.search(text, max(0, at - 20), at):
        return False  # "the coast guards of A and B": state services, their states' agencies
    if _ROLE_OF_FIELD.search(text, max(0, at - 60), at):
        return False  # "the ministers of transport of A and B": officials of those states
    noun = _LAST_WORD.search(text, max(0, at - 20), at)
    return (
        noun is not None
        and noun.group() not in vocabulary().actors
        and noun.group() not in _ROLE_NOUNS
    )


def group_owner(text: str, mentions: Sequence[CountryMention], mod_start: int) -> Party | None:
    """A group whose possessive governs the phrase of the instrument: "the EU's ... pact"."""
    for m in mentions:
        if (
            m.kind == "group"
            and m.end <= mod_start
            and mod_start - m.end <= 60
            and _GROUP_OWNS.fullmatch(text, m.end, mod_start)
        ):
            return party_of(m)
    return None


def supporters(text: str, mentions: Sequence[CountryMention], name_start: int) -> list[Party]:
    """The state whose stance on a named instrument is told right before its name.

    "U.S. backing for the Paris Agreement", "Japan's commitment to the Kyoto
    Protocol", "Turkey's withdrawal from the Istanbul Convention": a party. "Oman's
    ties with Jordan through the Amman Accords": both states.
    """
    for m in mentions:
        ties = _TIES_THROUGH.fullmatch(text, m.end, name_start) if m.kind != "group" else None
        party = party_of(m) if ties is not None and m.end <= name_start else None
        if ties is not None and party is not None:
            partners = only_states(states(mentions, ties.start("who"), ties.end("who"), text))
            if partners and party not in partners:
                return sorted({party, *partners}, key=str)
    for i, m in enumerate(mentions):
        if (
            m.end <= name_start
            and name_start - m.end <= 120
            and m.kind != "group"
            and _STANCE.fullmatch(text, m.end, name_start)
        ):
            party = party_of(m)
            if party is None:
                return []
            # "Chile and Peru reaffirmed their commitment to the": every state of the list
            found = [*listed_before(text, mentions[:i], m.start), party]
            return sorted(set(found), key=str) if len(found) > 1 else found
    return []


def listed_before(text: str, mentions: Sequence[CountryMention], start: int) -> list[Party]:
    """The states of a list that ends right before ``start``: "Chile, Bolivia and " before Peru.

    ``mentions`` are those before ``start``, in order.
    """
    found: list[Party] = []
    end = start
    for before in reversed(mentions):
        if before.end > end or not LIST_JOIN.fullmatch(text, before.end, end):
            break
        listed = party_of(before)
        if listed is not None and before.kind != "group" and listed not in found:
            found.append(listed)
        end = before.start
    return found


# What joins two states of one list: "Chile and Peru", "Chile, Peru", "Chile, and the".
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


# A head of state or government after a demonym: "Peruvian president", "Chilean Prime".
_ROLE_NEXT = re.compile(
    r"\s+(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|[Mm]inister|[Pp]remier"
    r"|[Kk]ing|[Ee]mir|[Aa]mir|[Cc]hancellor|[Gg]overnment|[Dd]elegation)\b"
)
# A second state joined by a hyphen: "Chile-Peru", "Chile–Peru".
_PAIR_NEXT = re.compile(r"[-–/][A-Z]")
# A role held in a field, before "of" and the state: "the ministers of transport",
# "the Minister of Foreign Affairs", "the deputy heads of the customs service".
_ROLE_OF_FIELD = re.compile(
    r"\b(?:[Mm]inisters?|[Mm]inistr(?:y|ies)|[Hh]eads?|[Cc]hairm[ae]n)\s+of\s+(?:the\s+)?"
    r"(?:[A-Za-z-]+\s+(?:and\s+)?){0,3}[A-Za-z-]+$"
)
# A state's own bank before "of": "the central bank of", "the National Bank of".
_STATE_BANK = re.compile(r"\b(?:central|national|state|reserve)\s+banks?$", re.IGNORECASE)
# A state's uniformed service: "coast guards", "navies", "armed forces", "border guard", "police
# force", "air forces", "army", "gendarmerie" (its state's agency, as a ministry is; spec: the
# parties of an instrument its agencies sign are their states).
_SERVICE = (
    r"(?:coast|border)\s+guards?|nav(?:y|ies)|armed\s+forces|air\s+forces?"
    r"|police(?:\s+forces?)?|arm(?:y|ies)|gendarmeries?"
)
# A service right before "of": "the coast guards of A and B" act for their states.
_SERVICE_OF = re.compile(rf"\b(?:{_SERVICE})$", re.IGNORECASE)
# A service right after a demonym, or after the demonyms paired with it: "the Kenyan navy",
# "the Kenyan and Tanzanian coast guards" (not "the Kenyan coast", a place).
_SERVICE_NEXT = re.compile(rf"(?:\s*(?:,|and|&)\s+[A-Z][\w-]*)*\s+(?i:{_SERVICE})\b")
# "the" before a plural demonym used as a noun: "the Nigerians", "the Germans".
_PEOPLE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "Kyrgyz and Russian Ministries": a demonym paired with another before the noun they share.
# A list of three or more demonyms, then its noun: ", Turkish and Pakistani (ministers)".
_DEMONYM_CHAIN = re.compile(
    r"\s*,\s+[A-Z][\w-]*(?:\s*,\s+[A-Z][\w-]*){0,6}\s*,?\s+(?:and|&)\s+[A-Z][\w-]*\s+([\w-]+)"
)
_PAIRED_DEMONYM = re.compile(r"\s*(?:,|and|&)\s+(?:[A-Z][\w-]*\s+)([\w-]+)")


def is_actor(text: str, mention: CountryMention) -> bool:
    """Whether a mention stands for a state: a name or capital, or a demonym before an actor.

    "Azerbaijani President", "the Turkish government" count; "Russian
    peacekeepers" and "Japanese goods" do not.
    """
    if mention.kind == "demonym" and _ROLE_NEXT.match(text, mention.end):
        return True  # "the visit of the Peruvian president": the president acts
    if _thing_of(text, mention):
        return False  # "the safeguard of India", "the entry of Spain and Portugal"
    if mention.kind != "demonym":
        return True
    if _SERVICE_NEXT.match(text, mention.end):
        return True  # "the Kenyan and Tanzanian navies": a state's uniformed service acts for it
    if _PEOPLE.search(text, max(0, mention.start - 4), mention.start) and mention.text.endswith(
        "s"
    ):
        return True  # "the Nigerians are negotiating": a people named for its state
    if (
        mention.start > 1
        and text[mention.start - 1] in "-/–"
        and not text[mention.start - 2].isspace()
    ):
        return True  # "U.S.-Canadian talks": joined to another state, both are sides
    chain = _DEMONYM_CHAIN.match(text, mention.end)
    if chain is not None:
        # "Azerbaijani, Turkish and Pakistani ministers": the list's last noun acts for all
        return chain.group(1)[:1].isupper() or chain.group(1).casefold() in vocabulary().actors
    paired = _PAIRED_DEMONYM.match(text, mention.end)
    if paired is not None:
        return paired.group(1)[:1].isupper() or paired.group(1).casefold() in vocabulary().actors
    following = re.match(r"[\s-]+([\w-]+)", text[mention.end : mention.end + 40])
    if following is None:
        return False
    word = following.group(1)
    return word[:1].isupper() or word.casefold() in vocabulary().actors


def only_states(parties: Sequence[Party]) -> tuple[Party, ...]:
    return tuple(p for p in parties if isinstance(p, Country))


def of_the_day(parties: Sequence[Party], published: dt.date | None) -> tuple[Party, ...]:
    """Parties as they were at publication: RUS in a 1987 story is the Soviet Union.

    The gazetteer's :func:`~diplonews.gazetteer.state_at` answers for every
    succession (the same answer meetings and trade records get).
    """
    if published is None:
        return tuple(parties)
    found: list[Party] = []
    for party in parties:
        kept = Country(state_at(party.alpha_3, published)) if isinstance(party, Country) else party
        if kept not in found:
            found.append(kept)
    return tuple(sorted(found, key=str))


def named_states(sentence: Sentence, found: BodyMentions) -> tuple[Party, ...]:
    """The states ``sentence`` names, in order, as often as named (groups left out)."""
    in_it = shifted(found.between(sentence.start, sentence.end), sentence.start)
    return only_states(states(in_it, 0, len(sentence.text), sentence.text))


def shifted(mentions: Sequence[CountryMention], offset: int) -> tuple[CountryMention, ...]:
    """Body mentions with offsets relative to a sentence that starts at ``offset``."""
    if not offset:
        return tuple(mentions)
    return tuple(
        CountryMention(
            code=m.code, kind=m.kind, start=m.start - offset, end=m.end - offset, text=m.text
        )
        for m in mentions
    )
