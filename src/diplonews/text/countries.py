"""Find countries and groups of states in English news text, and resolve their names.

Every surface form the gazetteer knows (names, aliases, demonyms, capitals and
seats of government, group names) is compiled once, on first use, into a
single case-sensitive regular expression shaped as a character trie, so a text
is scanned in one pass and the longest form wins at each position ("South
Korea", not "Korea"). News capitalises names, so "turkey" and "china" in lower
case are never countries. A short list of false friends ("Latin America",
"New Jersey", "Michael Jordan", "Atlanta, Georgia") is rejected by form or by
context.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs

from diplonews import _regex as re
from diplonews.gazetteer import (
    country_name,
    iso_countries,
    load_capitals,
    load_cities,
    load_country_aliases,
    load_country_groups,
    load_demonyms,
    load_seats,
    normalize_name,
    resolve_country,
)
from diplonews.text._trie import trie
from diplonews.text._typography import fold_headline_case

__all__ = [
    "CountryMention",
    "MentionKind",
    "city_country",
    "country_name",
    "extract_country_mentions",
    "official_names",
    "resolve_country",
    "resolve_country_group",
    "state_codes",
]

#: How a country is named in the text.
MentionKind = Literal["name", "demonym", "capital", "group"]


@attrs.frozen
class CountryMention:
    """One mention of a state or a group of states in a text.

    Attributes:
        code: ISO 3166-1 alpha-3 code of the state ("AZE"), ISO 3166-3 for a
            former state ("SUN"), or the group's short name ("EU") when
            ``kind`` is ``"group"``.
        kind: How the text names it: ``"name"``, ``"demonym"``, ``"capital"``
            (a capital or seat of government, "the Kremlin") or ``"group"``.
        start: Offset of the first character in the text.
        end: Offset just past the last character.
        text: ``text[start:end]`` of the scanned text.

    .. versionadded:: 0.1.0
    """

    code: str
    kind: MentionKind
    start: int
    end: int
    text: str


#: The gap between two capitalised words of a state's name, as a regex fragment (no groups):
#: a space, "of" / "of the" inside an official name ("the Republic of India", "the United
#: States of America", "the Democratic Republic of the Congo"), or the "d'" of "Côte
#: d'Ivoire". Rules that read a state by the shape of its words (a summit's host, "which A
#: will host") put it between the words, so a state named in full reads as the same state
#: named short. (Not public API.)
NAME_GAP = r"\s+(?:of\s+(?:the\s+)?|d['’])?"


# A matched form maps to (code, kind); None marks a false friend that is matched
# so that its words cannot be read as a country, then dropped.
_Entry = tuple[str, MentionKind] | None

# Rule: geographic and cultural phrases that contain a country word but do not
# mention the state. Each is matched as a whole and discarded.
_FALSE_FRIEND_FORMS: tuple[str, ...] = (
    "Latin America", "Latin American", "South America", "South American",
    "North America", "North American", "Central America", "Central American",
    "African American", "Native American", "American Indian", "Bank of America",
    "New Mexico", "New Mexican", "New Jersey", "Jersey City", "New Guinea",
    "New England", "New South Wales", "Gulf of Mexico", "Gulf of Guinea",
    "Indian Ocean", "Irish Sea", "South China Sea", "East China Sea", "Sea of Japan",
    "Turkish delight", "Turkish Delight", "Turkish bath", "French fries",
    "French toast", "Swiss cheese", "Brussels sprouts", "Guinea pig", "Guinea pigs",
    "Niger Delta", "Washington Post", "Washington Times", "Washington State",
    "Washington state", "Georgetown University", "Paris Saint-Germain",
    # a body of the Americas' states, not the United States: "the Inter-American X Organization"
    "Inter-American",
)  # fmt: skip

# Forms that are also given names or surnames ("Michael Jordan", "Chad Smith",
# "George Washington", "Paris Hilton", "Sofia Coppola").
_PERSON_LIKE = frozenset({"Jordan", "Chad", "Washington", "Paris", "Sofia", "Georgia"})

# Capitalised words that may stand right before a country name without being a
# given name (sentence-initial function words, titles, geographic qualifiers).
_NOT_GIVEN_NAMES = frozenset(
    """
    A An The In On At To From With And Or But For By Of As While When After Before
    Since Until Both Between Including Like Unlike Also Then Meanwhile Where Why How
    What Whether Although Though If Because Under Over Against Across Toward Towards
    Via Within Without Into Near Beyond Outside Inside Despite Amid Among Than That
    This These Those Nor Yet So Thus However Moreover Indeed Not Only Even Just Is
    Was Will Would Could Should Has Had Have Can May Might Must Let Did Does Do
    Northern Southern Eastern Western Central North South East West Upper Lower
    Greater Lake River Republic Kingdom State Hashemite Brotherly Friendly Neighbour
    Neighbor Post Pre Anti Pro President King Queen Prince Minister Leader Visit
    Welcome Thanks Said Says Today Yesterday Tomorrow Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Mr Mrs Ms Dr
    """.split()  # noqa: SIM905 (a word list reads best as prose)
)

# Capitalised words that may follow a country name without being a surname:
# titles, institutions and the names of documents and events.
_COUNTRY_FOLLOWERS = frozenset(
    """
    Foreign Prime President King Queen Crown Minister Ministry Government Armed
    Army Air Navy Embassy Parliament River Valley Basin Lake Times Ambassador
    Defence Defense Interior Economy Economic Trade Finance Energy Health
    Education National Central State Senate Deputy Vice Chief Supreme Royal
    Border Airways Airlines Chamber Investment Development Customs Security Police
    Cup Olympic Islamic Democratic Republic Kingdom Agency Bank Post Oil Gas
    Petroleum Railways Railway TV Television Radio News Daily Herald Office
    Council Committee Commission Cabinet Delegation Mission Agreement Accord
    Accords Club Peace Conference Summit Declaration Charter Treaty Convention
    Protocol Forum Memorandum Plan Process Talks Format Group Initiative Pact
    Round Meeting Stock Exchange Is Was Has Will And But On In At To For With
    From The Said Says Minister's D.C. DC
    """.split()  # noqa: SIM905 (a word list reads best as prose)
)

_GEORGIA_US_BEFORE = re.compile(
    r"""
    (?: (?:Atlanta|Savannah|Augusta|Macon|Athens|Columbus|Albany) ,\s*  # "Atlanta, Georgia"
      | \b[Ss]tate\ of\s+                                             # "the state of Georgia"
      | \b(?:Democrat|Republican|Sen\.|Rep\.|[Ss]enator|[Gg]overnor)\ (?:from|of)\s+
                                                    # "a Democrat from Georgia"
    )$
    """,
    re.VERBOSE,
)
_GEORGIA_US_AFTER = re.compile(
    r"""
    ^(?:'s|’s)?\s+                                    # "Georgia's governor", "Georgia Senate"
    (?:Senate|House|[Gg]overnor|Gov\.|Tech|[Ss]tate\b|Democrats?|Republicans?|Bulldogs
      |Power|General\ Assembly|Secretary\ of\ State|voters|runoffs?|[Ll]egislature
      |Supreme\ Court|Attorney\ General|[Cc]ongress(?:man|woman)|[Ss]enators?)\b
    """,
    re.VERBOSE,
)
# Rule: "Turkey" followed by a food word is the bird, even when capitalised.
_TURKEY_BIRD_AFTER = re.compile(
    r"^\s+(?:dinners?|sandwich(?:es)?|meat|breasts?|burgers?|bacon|legs?|roast|Day)\b"
)
# Rule: "Emirates" alone is the state only as "the Emirates", and not when it
# names the airline or its namesakes ("the Emirates flight", "Emirates Group").
_EMIRATES_STATE_BEFORE = re.compile(r"\b[Tt]he\ $")
_EMIRATES_BRAND_AFTER = re.compile(
    r"^(?:'s|’s|')?\s+(?:[Aa]irlines?|[Ff]lights?|[Aa]ircraft|[Ff]leet|Group|Stadium|Cup"
    r"|SkyCargo|NBD|Palace|A380s?|Boeing|Airbus|[Cc]abin|[Cc]rew|[Pp]ilots?)\b"
)
# Rule: the combining forms of compounds ("Sino-Kazakh", "Indo-Pakistani",
# "Pak-Afghan") name their state only right before a hyphen and a capitalised
# word or as a compound's second part ("Indo-Pak"), and not in the compounds
# that name a region, a language or a people ("Indo-Pacific", "Anglo-Saxon").
_COMBINING_FORMS: Mapping[str, str] = {
    "Sino": "CHN", "Indo": "IND", "Pak": "PAK", "Russo": "RUS", "Franco": "FRA",
    "Turco": "TUR", "Anglo": "GBR",
}  # fmt: skip
_COMBINING_AFTER = re.compile(
    r"^[-‐–](?!(?:Pacific|European|Aryan|Saxons?|Norman|Celtic|Indians?|Catholic|Iranian"
    r"|Gangetic|Tibetan|Caribbean)\b)[A-Z]"
)
# "Anglo-French" names a language as well; "Sino-French", "Indo-French" name the pair.
_FRENCH_AFTER = re.compile(r"^[-‐–]French\b")
# What follows a state's name inside its currency's name, not a mention of the state:
# "25 million US dollars", "Canadian dlrs", "US$5 billion", "HK$ 5 billion". A "$" after a
# space follows only a state with a dollar of its own, since elsewhere it starts an amount
# ("exported to Italy $9 billion").
_CURRENCY_AFTER = re.compile(
    r"\s*(?:dollars?|dlrs?)\b|(?<=\bUS)\s*\$|(?<=\bU\.S\.)\s*\$|(?<=\bHK)\s*\$|(?<=\bS)\s*\$"
    r"|(?<=Hong\sKong)\s*\$|(?<=Singapore)\s*\$|(?<=Canada)\s*\$|(?<=Australia)\s*\$"
    r"|(?<=Taiwan)\s*\$|(?<=Zealand)\s*\$",
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"(?:^|[^\w.])([A-Z][a-z]+)\ $")  # "Michael " before "Jordan"
_NEXT_WORD = re.compile(r"^\ ([A-Z][a-z][\w.'-]*)")  # " Henderson" after "Jordan"
_AFTER_OF = re.compile(r"\bof\ $")  # "Foreign Minister of Jordan Ayman Safadi"


_CEDILLA_FOR_COMMA = str.maketrans("ȘșȚț", "ŞşŢţ")
_COMMA_FOR_CEDILLA = str.maketrans("ŞşŢţ", "ȘșȚț")


# Rule: British and American spellings of a body's name are one name ("Gulf Co-operation
# Council", "Shanghai Cooperation Organization"), each read as the gazetteer's form.
_SPELLINGS = (
    ("Cooperation", "Co-operation"),
    ("Co-operation", "Cooperation"),
    ("Organization", "Organisation"),
    ("Organisation", "Organization"),
)


def _spellings(form: str) -> set[str]:
    """The form's British and American spellings ("Co-operation", "Organisation"), itself too."""
    forms = {form}
    for one, other in _SPELLINGS:
        forms |= {f.replace(one, other) for f in forms if one in f}
    return forms


def _variants(form: str) -> Iterator[str]:
    """Yield the form and its spelling variants (no accents, typographic apostrophe, "&")."""
    yield form
    if form.isascii():
        # Most forms: ASCII has no accents and no s or t with a comma or cedilla (NFKD and
        # the translations below leave it as it is), so only the punctuation variants differ.
        ascii_forms = set()
        if "'" in form:
            ascii_forms.add(form.replace("'", "’"))
        if " and " in form:
            ascii_forms.add(form.replace(" and ", " & "))
        yield from sorted(ascii_forms)
        return
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", form) if not unicodedata.combining(ch)
    )
    plain = unicodedata.normalize("NFC", plain)
    forms = {form, plain}
    # Rule: Romanian s and t with a comma below are often typed with a cedilla
    # ("Chişinău" for "Chișinău"); each spelling reads as the other.
    for base in tuple(forms):
        forms.add(base.translate(_CEDILLA_FOR_COMMA))
        forms.add(base.translate(_COMMA_FOR_CEDILLA))
    for base in tuple(forms):
        if "'" in base:
            forms.add(base.replace("'", "’"))
        if " and " in base:
            forms.add(base.replace(" and ", " & "))
    forms.discard(form)
    yield from sorted(forms)


def _pycountry_names() -> Iterator[tuple[str, str]]:
    """Yield (name, alpha-3) for every current ISO 3166-1 entry's English names."""
    for record in iso_countries():
        alpha_3 = str(record.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                name = str(value)
                yield (name[4:] if name.startswith("the ") else name), alpha_3


@functools.cache
def _surface_forms() -> Mapping[str, _Entry]:
    """Map every form to scan for to its (code, kind), or to None for false friends."""
    table: dict[str, _Entry] = {}
    # Least to most reliable: a later source overrides an earlier one.
    sources: list[tuple[Iterable[tuple[str, str]], MentionKind]] = [
        (
            (
                (spelling, code)
                for code, forms in load_country_groups().items()
                for form in forms
                for spelling in sorted(_spellings(form))
            ),
            "group",
        ),
        (load_capitals().items(), "capital"),
        (load_seats().items(), "capital"),
        (load_demonyms().items(), "demonym"),
        (_pycountry_names(), "name"),
        (load_country_aliases().items(), "name"),
    ]
    for pairs, kind in sources:
        for form, code in pairs:
            if form[:1].isupper():
                for variant in _variants(form):
                    table[variant] = (code, kind)
    for form, code in _COMBINING_FORMS.items():
        table.setdefault(form, (code, "demonym"))
    for form in _FALSE_FRIEND_FORMS:
        table[form] = None
    return table


@functools.cache
def _scanner() -> re.Pattern[str]:
    """Compile the one-pass scanner over all surface forms (built once, on first use).

    The pattern starts with the trie's first letters, so the regex engine skips
    to the next such letter without trying the forms at every position; the
    left word boundary is checked by :func:`_matches`.
    """
    body = trie(_surface_forms())
    # Rule: a form is a whole word; hyphens and apostrophes are boundaries, so
    # "Azerbaijan-Turkey" and "Britain's" yield their countries.
    return re.compile(rf"(?:{body})(?!\w)")


def _matches(text: str) -> Iterator[re.Match[str]]:
    r"""The matches of :func:`_scanner` in ``text`` after no word character, left to right.

    A match right after a letter is skipped and the scan resumes one character
    on, so that a form starting inside it ("XSouth Korea": "Korea") is found as
    the full pattern would find it. (A word character is what ``\w`` matches in a
    str pattern: ``str.isalnum`` or ``_``, tested without a call of the engine.)
    """
    search = _scanner().search
    pos = 0
    while (match := search(text, pos)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        yield match
        pos = match.end()


def _looks_like_person(text: str, start: int, end: int) -> bool:
    """Return True if the name at text[start:end] is part of a person's name."""
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if word not in _NOT_GIVEN_NAMES and not word.endswith("ing"):
            return word not in _surface_forms()
    after = _NEXT_WORD.match(text[end : end + 40])
    if after is not None and _AFTER_OF.search(text, max(0, start - 4), start) is None:
        word = after.group(1)
        return word not in _COUNTRY_FOLLOWERS and word not in _surface_forms()
    return False


def _is_false_friend(form: str, text: str, start: int, end: int) -> bool:
    """Apply the context rules for ambiguous forms; True rejects the match."""
    if form in _COMBINING_FORMS:
        second = start > 1 and text[start - 1] in "-‐–" and text[start - 2].isalpha()
        after = text[end : end + 20]
        if form == "Anglo" and _FRENCH_AFTER.match(after) is not None:
            return True
        return not second and _COMBINING_AFTER.match(after) is None
    if form == "Emirates":
        return (
            _EMIRATES_STATE_BEFORE.search(text, max(0, start - 4), start) is None
            or _EMIRATES_BRAND_AFTER.match(text[end : end + 30]) is not None
        )
    if form == "Turkey":
        return _TURKEY_BIRD_AFTER.match(text[end : end + 30]) is not None
    if form == "Georgia" and (
        _GEORGIA_US_BEFORE.search(text[max(0, start - 30) : start]) is not None
        or _GEORGIA_US_AFTER.match(text[end : end + 40]) is not None
    ):
        return True
    if form in _PERSON_LIKE:
        return _looks_like_person(text, start, end)
    return False


def _currency_after(text: str, end: int) -> bool:
    """Whether a currency of the form that ends at ``end`` follows (:data:`_CURRENCY_AFTER`).

    Every match opens, after spaces, on "d" or "$" (in either case): a name followed by
    another character (most are) is told without a call of the engine.
    """
    after = text[end : end + 1]
    if after == " ":
        after = text[end + 1 : end + 2]
    if after and after not in "dD$" and not after.isspace():
        return False
    return _CURRENCY_AFTER.match(text, end) is not None


# (cached: one body is scanned by several steps, a sentence or a headline by several rules)
@functools.lru_cache(maxsize=64)
def extract_country_mentions(text: str) -> tuple[CountryMention, ...]:
    """Find every state and group of states that ``text`` names.

    Matching is case-sensitive and word-bounded, mentions never overlap, and at
    each position the longest known form wins.

    Args:
        text: Any English text.

    Returns:
        The mentions in text order; ``()`` when there is none.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> [(m.code, m.kind, m.text) for m in extract_country_mentions(
    ...     "Azerbaijani and Turkish ministers met in Baku.")]
    [('AZE', 'demonym', 'Azerbaijani'), ('TUR', 'demonym', 'Turkish'), ('AZE', 'capital', 'Baku')]
    >>> [(m.code, m.text) for m in extract_country_mentions("South Korea and the E.U.-Japan deal")]
    [('KOR', 'South Korea'), ('EU', 'E.U.'), ('JPN', 'Japan')]
    >>> extract_country_mentions("Michael Jordan ate roast turkey in Latin America.")
    ()

    .. versionadded:: 0.1.0
    """
    forms = _surface_forms()
    mentions: list[CountryMention] = []
    for match in _matches(text):
        form = match.group()
        entry = forms[form]
        start, end = match.span()
        if entry is None or _is_false_friend(form, text, start, end):
            continue
        if _currency_after(text, end):
            continue  # the issuer of a currency ("US$", "U.S. dollars") is no party to a story
        code, kind = entry
        mentions.append(CountryMention(code=code, kind=kind, start=start, end=end, text=form))
    return tuple(mentions)


# An official name's head before the state's short name: "the Republic of", "the Islamic
# Republic of", "the Federal Democratic Republic of", "the Kingdom of", "the Federated
# States of the". Its "the" goes with it, which the short name takes none of.
_OFFICIAL_NOUN = (
    r"(?:Republic|Kingdom|Sultanate|States?|Principality|Duchy|Commonwealth|Federation|Emirate"
    r"|Confederation)"
)
_OFFICIAL_HEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}" + _OFFICIAL_NOUN + r"\s+of\s+(?:the\s+)?")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
# The same head written before a state's short name whose official name the gazetteer spells
# another way: "the Oriental Republic of Uruguay" (ISO: "Eastern Republic"), "the Republic of
# Rwanda" (ISO: "Rwandese Republic"), "the Socialist Republic of Vietnam" (ISO: "Viet Nam").
# Only a sovereign's noun: "the State of Georgia" and "the Federation of Pakistan Chambers of
# Commerce" name no state's official name.
_SOVEREIGN_HEAD_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Republic|Kingdom|Sultanate|Principality"
    r"|Grand\s+Duchy|Emirate)\s+of\s+(?:the\s+)?\Z"
)
_HEAD_REACH = 80  # characters before a short name searched for a head
# A head's noun followed by "of": tested first, as few texts hold one (no scan without it).
_OFFICIAL_NOUN_OF = re.compile(_OFFICIAL_NOUN + r"\s+of\s")


def official_names(
    text: str, *, mentions: Sequence[CountryMention] | None = None
) -> tuple[tuple[int, int, str], ...]:
    """Where ``text`` names a state by its official name, and the short name it stands for.

    Outlets of the state itself and of its neighbours write a state by its official name
    ("the Republic of Azerbaijan", "the Islamic Republic of Pakistan") where wire copy
    writes its short one; the two name the same state in the same place of a sentence.
    Each item is the official name's span, with a "the" before it, and the state's short
    name ending it ("Azerbaijan"), or the span of a name that opens on the short name, which
    keeps its "the" ("the United States of America"); a name the gazetteer knows no state by
    ("the Republic of Srpska"), or that neither ends nor opens on the state's short name
    ("the Republic of Korea"), is left out. A sovereign's head right before a state's short
    name is its official name too where the gazetteer spells that name another way ("the
    Oriental Republic of Uruguay", ISO's "Eastern Republic"), unless the whole names another
    state ("the Republic of China"). ``mentions``, when given, are the country mentions of
    ``text`` (a caller that holds them spares the scan; the same names are found).

    >>> from diplonews.text.countries import official_names
    >>> official_names("Talks with the Republic of Azerbaijan and the Republic of Srpska.")
    ((11, 37, 'Azerbaijan'),)
    >>> official_names("the United States of America")
    ((4, 28, 'United States'),)
    >>> official_names("Trade with the Oriental Republic of Uruguay and the Republic of China.")
    ((11, 43, 'Uruguay'),)

    .. versionadded:: 0.2.0
    """
    if mentions is None:
        if _OFFICIAL_NOUN_OF.search(text) is None:
            return ()
        mentions = extract_country_mentions(text)
    found = []
    noun_of = None  # (a text with no head's noun before "of" names none: tested once, if need be)
    for m in mentions:
        if m.kind != "name":
            continue
        if " of " not in m.text:
            # a short name after a head the gazetteer spells another way: only after "of"
            # (few mentions follow one), in a text with a head's noun before "of" at all
            if not _after_of(text, m.start):
                continue
            if noun_of is None:
                noun_of = _OFFICIAL_NOUN_OF.search(text) is not None
            if not noun_of:
                return ()
            short = country_name(m.code)
            spelled = _spelled_head(text, m, short)
            if spelled is None:
                continue
            found.append((spelled, m.end, short))
            continue
        short = country_name(m.code)
        if (head := _OFFICIAL_HEAD.match(m.text)) is not None and m.text[head.end() :] == short:
            the = _THE_BEFORE.search(text, max(0, m.start - 8), m.start)
            found.append((the.start() if the else m.start, m.end, short))
        elif m.text.startswith(f"{short} of "):
            found.append((m.start, m.end, short))  # "the United States of America"
        else:
            continue
        if noun_of is None:
            noun_of = _OFFICIAL_NOUN_OF.search(text) is not None
        if not noun_of:
            return ()
    return tuple(found)


def _after_of(text: str, start: int) -> bool:
    """Whether "of" or "of the" stands right before ``start``, where a sovereign's head ends.

    Tested before anything else for a mention with no "of" of its own: few follow one, and
    looking for the head before every mention cost some 3% of an article's time.
    """
    tail = text[max(0, start - 12) : start].rstrip()
    if tail.endswith("the"):
        tail = tail[:-3].rstrip()
    return tail.endswith("of")


def _spelled_head(text: str, mention: CountryMention, short: str) -> int | None:
    """Where an official name the gazetteer spells another way starts, if ``mention`` ends one.

    The mention must be the state's short name itself, right after a sovereign's head ("the
    Oriental Republic of" before "Uruguay"), and the whole name must name no other state in
    the gazetteer ("the Republic of China" is Taiwan's, and the scan reads it so).
    """
    if mention.text != short:
        return None
    head = _SOVEREIGN_HEAD_BEFORE.search(text, max(0, mention.start - _HEAD_REACH), mention.start)
    if head is None:
        return None
    name = text[head.start() : mention.end]
    if resolve_country(name.removeprefix("the ").removeprefix("The ")) not in (None, mention.code):
        return None
    return head.start()


# (cached: the meeting, agreement and trade steps each read the same headline's states)
@functools.lru_cache(maxsize=16)
def headline_mentions(title: str) -> tuple[CountryMention, ...]:
    """The states and groups a headline names, read in capitals or title case as in prose.

    A headline in capitals ("PAPUA NEW GUINEA, U.S. SIGN PACT") or with every word
    capitalised ("Travel To The Republic Of Ghana") names the states the same headline
    names in prose: its names are found in :func:`fold_headline_case`'s copy (same
    offsets), and its initialisms ("US", "UAE", "EU") as written; where the two readings
    overlap, the longer wins. ``text`` of a mention from the copy is as the copy spells it.

    >>> from diplonews.text.countries import headline_mentions
    >>> [m.code for m in headline_mentions("ABU DHABI, US HOLD TALKS ON PAPUA NEW GUINEA")]
    ['ARE', 'USA', 'PNG']
    >>> [m.code for m in headline_mentions("Talks In The Republic Of The Congo")]
    ['COG']
    """
    written = extract_country_mentions(title)
    folded_title = fold_headline_case(title)
    if folded_title == title:
        return written
    folded = extract_country_mentions(folded_title)

    def longer_over(mention: CountryMention, others: Sequence[CountryMention]) -> bool:
        return any(
            o.start <= mention.start
            and mention.end <= o.end
            and o.end - o.start > len(mention.text)
            for o in others
        )

    kept = [m for m in written if not longer_over(m, folded)]
    kept += [m for m in folded if not any(k.start < m.end and m.start < k.end for k in kept)]
    return tuple(sorted(kept, key=lambda m: m.start))


def state_codes(text: str) -> set[str]:
    """The alpha-3 codes of the states ``text`` names, groups of states left out.

    >>> from diplonews.text.countries import state_codes
    >>> sorted(state_codes("Ministers of Chile, the EU and Peru met in Lima."))
    ['CHL', 'PER']

    .. versionadded:: 0.1.0
    """
    return {m.code for m in extract_country_mentions(text) if m.kind != "group"}


@functools.cache
def _group_index() -> Mapping[str, str]:
    """Map normalised group names and short names to the group's short name."""
    index: dict[str, str] = {}
    for code, forms in load_country_groups().items():
        index[normalize_name(code)] = code
        for form in forms:
            for spelling in _spellings(form):
                index[normalize_name(spelling)] = code
    return index


def resolve_country_group(name: str) -> str | None:
    """Resolve the name of a group of states to its upper-case short name.

    Args:
        name: e.g. "European Community", "G-7", "the OIC".

    Returns:
        The short name ("EU", "G7", "OIC"), or ``None`` if unknown.

    >>> from diplonews.text.countries import resolve_country_group
    >>> resolve_country_group("European Community"), resolve_country_group("G-7")
    ('EU', 'G7')
    >>> resolve_country_group("Gulf") is None
    True

    .. versionadded:: 0.1.0
    """
    return _group_index().get(normalize_name(name))


@functools.cache
def _city_index() -> Mapping[str, str]:
    """Map normalised capitals and cities to alpha-3 (capitals win)."""
    index = {normalize_name(city): code for city, code in load_cities().items()}
    index.update((normalize_name(city), code) for city, code in load_capitals().items())
    return index


def city_country(city: str) -> str | None:
    """Return the alpha-3 code of the state a capital or known city lies in.

    Args:
        city: A city name, e.g. "Baku", "Istanbul", "Davos".

    Returns:
        The alpha-3 code, or ``None`` if the city is not in the gazetteer.

    >>> from diplonews.text.countries import city_country
    >>> city_country("Baku"), city_country("Istanbul"), city_country("Davos")
    ('AZE', 'TUR', 'CHE')
    >>> city_country("Springfield") is None
    True

    .. versionadded:: 0.1.0
    """
    return _city_index().get(normalize_name(city))


def opening_city(name: str) -> tuple[str, str] | None:
    """The longest known city ``name`` opens with, and the alpha-3 of its state.

    "Abu Dhabi Sustainability Week" opens with Abu Dhabi; "Riga on Monday" with Riga.

    >>> from diplonews.text.countries import opening_city
    >>> opening_city("Abu Dhabi Sustainability Week"), opening_city("Springfield Mall")
    (('Abu Dhabi', 'ARE'), None)
    """
    words = name.split()
    for n in range(len(words), 0, -1):
        city = " ".join(words[:n])
        if (code := city_country(city)) is not None:
            return city, code
    return None


def place_country(dateline: str | None) -> str | None:
    """The state of a dateline, or ``None``: the one reading of "the dateline's place".

    The dateline is one the page reader kept apart from the body, or a wire dateline
    a caller found at the body's start ("ANKARA, March 16 -"). Its state is the first
    state it names, else that of the place it opens with (:func:`dateline_place`):
    a state's own name, or a known city's state.

    >>> from diplonews.text.countries import place_country
    >>> place_country("LIMA, Peru, September 1"), place_country("Lima. 1 September.")
    ('PER', 'PER')
    >>> place_country("ANKARA, March 16 -"), place_country("WASHINGTON (Agency) -")
    ('TUR', 'USA')
    """
    if not dateline:
        return None
    for mention in extract_country_mentions(dateline):
        if mention.kind != "group":
            return mention.code
    place = dateline_place(dateline)
    return resolve_country(place) or city_country(place) if place else None


# Where a dateline's opening place ends: a comma, a bracket, a dash that is no hyphen inside
# a name, or a full stop that ends no "St."/"Mt." of a name ("ST. PETERSBURG").
_DATELINE_CUT = re.compile(r"[,(–—]|\s-|(?<!\bS[Tt])(?<!\bM[Tt])\.")


def dateline_place(dateline: str) -> str:
    """The place a dateline opens with: its words before a comma, full stop, bracket or dash.

    A place in capitals is title-cased; one in mixed case is kept as written. A hyphen
    inside a name is no dash ("ULAN-UDE" is one place).

    >>> from diplonews.text.countries import dateline_place
    >>> dateline_place("LIMA, Peru, September 1"), dateline_place("Lima (Agency) -")
    ('Lima', 'Lima')
    >>> dateline_place("ULAN-UDE - The talks"), dateline_place("ST. PETERSBURG, May 2")
    ('Ulan-Ude', 'St. Petersburg')
    """
    first = _DATELINE_CUT.split(dateline, maxsplit=1)[0].strip()
    return first.title() if first.isupper() else first
