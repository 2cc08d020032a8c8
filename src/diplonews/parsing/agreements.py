"""Written instruments between states: what was signed (or is to be), by whom, when.

The extractor looks only at sentences that contain an instrument word
("agreement", "memorandum of understanding", "accord", "treaty", "deal",
...). For each such word it reads the words around it:

- the *modifiers* before it, back to a determiner ("a 1986 U.S.-Japanese
  semiconductor agreement"): a year or "<Month>'s" dates it, states named
  there are its parties, capitalised names make a title, a number counts it;
- a "between A and B" / "with A" phrase after it names the parties;
- the status cue nearest to it ("signed", "to be signed", "ratified",
  "draft", ...; see ``agreement_words.json``) sets the status, and a date
  or a city right after a signing verb dates and places it.

Titles: a title is kept only when the instrument has a *name*: capitalised
words that are not a country's name or demonym ("Louvre Accord", "Paris
accord", "Baku Declaration on Cooperation", "Agreement on Trade"), and not
after "a"/"an" (a name takes "the"). A descriptive phrase such as
"memorandum of understanding on cooperation in energy" has no title.

Parties: the states named in the modifiers or in a "between"/"among"/"with"
phrase; else, for an unnamed instrument, the states named elsewhere in the
sentence (datelines and "in <city>" locations excepted); else "the two
countries"/"the sides" are the two states the article names most; else,
when a signing verb is stated, the states of the previous sentence. An
unnamed instrument with no party is dropped (a company deal, a sports
contract), and so is a bare "the agreement", which only refers back to the
instrument mentioned last and adds its date or place to it.

Not instruments: contracts, loans, "deals worth $X" (commercial packages),
instruments signed by companies or businessmen, an organisation that bears
an instrument's name ("General Agreement on Tariffs and Trade" as a body),
and the convention in a "Conference of the Parties to ...".

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib.resources import files

import attrs

from diplonews.models import Agreement, AgreementKind, AgreementStatus, Article, Party
from diplonews.parsing._text import Sentence, split_sentences
from diplonews.parsing.countries import (
    CountryMention,
    city_country,
    extract_country_mentions,
    resolve_country_group,
)
from diplonews.parsing.dates import (
    MONTH_PATTERN,
    DateMention,
    extract_dates,
    month_number,
    number_word,
)
from diplonews.values import Country, CountryGroup, PartialDate, Place, Span

__all__ = ["extract_agreements"]


@attrs.frozen
class _Words:
    """The contents of ``agreement_words.json``, with its patterns compiled."""

    kinds: Mapping[str, AgreementKind]
    cues: re.Pattern[str]
    cue_status: tuple[AgreementStatus, ...]
    generic: frozenset[str]
    business: re.Pattern[str]
    organisations: re.Pattern[str]
    actors: frozenset[str]


@functools.cache
def _words() -> _Words:
    """Load ``agreement_words.json`` (hand-curated by the diplonews developers).

    Keys: ``kinds`` (lower-case head word or phrase -> kind value),
    ``status_cues`` (ordered ``[status, regex]`` pairs; one alternation is
    compiled from them, so at a given position the earlier cue wins),
    ``generic_modifiers`` (adjectives that do not distinguish two
    instruments), ``business_words`` (signers that are not states),
    ``organisation_names`` (instrument names also used for a body: "GATT")
    and ``actor_words`` (nouns after a demonym that make it a state actor:
    "Turkish government", not "Russian peacekeepers").
    """
    path = files("diplonews.gazetteer") / "data" / "agreement_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    cues = [(AgreementStatus(status), pattern) for status, pattern in raw["status_cues"]]
    business = "|".join(re.escape(w) for w in sorted(raw["business_words"], key=len, reverse=True))
    return _Words(
        kinds={k: AgreementKind(v) for k, v in raw["kinds"].items()},
        cues=re.compile("|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(cues)), re.IGNORECASE),
        cue_status=tuple(status for status, _ in cues),
        generic=frozenset(raw["generic_modifiers"]),
        business=re.compile(rf"\b(?:{business})\b", re.IGNORECASE),
        organisations=re.compile(
            "|".join(
                r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b"
                for name in raw["organisation_names"]
            )
        ),
        actors=frozenset(raw["actor_words"]),
    )


# An instrument word. Longer phrases come first so that "memorandum of
# understanding" is taken whole. The table in agreement_words.json gives each
# its kind; a test checks that every head this pattern can match has one.
_INSTRUMENT = re.compile(
    r"""
    (?<![.\w])(?P<head>                           # not inside code: "location.protocol"
      [Mm]emorand(?:um|a)\s+of\s+[Uu]nderstanding   # memorandum of understanding
    | [Mm]emorand(?:um|a)                           # memorandum (memoranda)
    | MoUs?                                         # MoU, MoUs (case-sensitive)
    | [Dd]eclarations?                              # declaration
    | [Tt]reat(?:y|ies)                             # treaty, treaties
    | [Cc]onventions?                               # convention
    | [Aa]greements?                                # agreement
    | [Aa]ccords?                                   # accord (not "accordance")
    | [Pp]acts?                                     # pact
    | [Dd]eals?                                     # deal (the verb is filtered later)
    | [Pp]rotocols?                                 # protocol
    | [Rr]oad\s?maps?                               # road map, roadmap
    | [Aa]ction\s+[Pp]lans?                         # action plan
    | [Pp]lans?\s+of\s+[Aa]ction                    # plan of action
    | (?:[Cc]o-?operation|[Aa]ction)\s+[Pp]rogram(?:me)?s?  # cooperation programme
    | [Pp]rogram(?:me)?s?\s+of\s+[Cc]o-?operation   # programme of cooperation
    | [Uu]nderstandings?                            # understandings (concluded)
    | [Dd]ocuments?                                 # documents (signed)
    | [Cc]harters?                                  # charter
    )\b(?![.]\w|[+(])                              # nor "protocol.x", "protocol+o"
    """,
    re.VERBOSE,
)

# A word of the text, with an optional possessive: tokens for the modifier scan.
_TOKEN = re.compile(r"[\w$][\w$.,’'&/-]*\w|[\w$]")
# Words that end a modifier scan going left: determiners, prepositions, verbs, conjunctions.
_LEFT_STOPS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "their",
        "its",
        "his",
        "her",
        "our",
        "your",
        "my",
        "any",
        "every",
        "each",
        "another",
        "such",
        "no",
        "of",
        "on",
        "in",
        "for",
        "with",
        "to",
        "by",
        "under",
        "from",
        "at",
        "about",
        "between",
        "among",
        "into",
        "onto",
        "over",
        "than",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "not",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "since",
        "before",
        "after",
        "during",
        "against",
        "upon",
        "via",
        "per",
        "also",
        "only",
    ]
)
# Determiners that make a bare instrument word an anaphor ("the agreement").
_DEFINITE = frozenset(["the", "this", "that", "these", "those", "such"])
_INDEFINITE = frozenset(("a", "an"))
# A verb in front of "deal"/"document" that makes it a verb, or a fixed phrase.
_DEAL_VERB = re.compile(
    r"(?:\b(?:to|will|would|can|could|must|should|cannot|not|n't|'ll|and|or|help|helps|helped)"
    r"|\bgreat|\bgood)\s+$",  # "a great deal of" is an amount
    re.IGNORECASE,
)
# "between A and B" / "among A, B and C" right after the instrument (up to the clause end).
_BETWEEN = re.compile(
    r"\b(?:between|among|amongst)\b(?P<who>[^;:()]{3,120}?)(?=[;:(]|,\s*(?:which|who|the|and|but)\b|\.\s|$)"
)
_WITH = re.compile(r"^\s*(?:signed\s+|concluded\s+|reached\s+)?with\b(?P<who>[^,;:()]{2,80})")
# "Group of Five", "G-5", "G5": informal groups whose pacts name no state.
_GROUP_NAME = re.compile(r"\b(?:Group\s+of\s+(?:\w+)|G-?\d{1,2})\b")
# A leading wire dateline: "ISLAMABAD, March 18 -", "WASHINGTON (Reuters) -".
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]"
)
# Link lines of web pages: "READ: ...", "Also read: ...", "Related: ...".
_LINK_LINE = re.compile(
    r"^\s*(?:READ|Read|ALSO\s+READ|Also\s+read|Related|RELATED)\b"  # the label
    r"\s*(?:more|MORE|also|ALSO)?\s*:"  # "Read more:"
)
# "the two countries", "both sides", "the parties": parties referred to, not named.
_BOTH_SIDES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|states|nations|sides|governments|parties|leaders|presidents)\b"
    r"|\bthe\s+(?:sides|parties)\b",
    re.IGNORECASE,
)
# Money right after a plural instrument: "deals worth $300bn", "agreements valued at".
_WORTH = re.compile(
    r"^\s*(?:worth|valued\s+at|totall?ing|amounting\s+to|with\s+a\s+total\s+value)\b", re.IGNORECASE
)
# A signing verb after which a date or a place belongs to the instrument.
_SIGN_VERB = re.compile(
    r"\b(?:sign(?:ed|ing)?|inked|concluded|reached|struck|adopted|ratified|agreed)\b", re.IGNORECASE
)
# The place after a signing verb or the instrument: "in Baku", "in New York".
_IN_CITY = re.compile(r"\b(?:in|at)\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# A bare year or "<Month>'s" among the modifiers: "the 1986 trade pact", "February's accord".
_YEAR_WORD = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_POSSESSIVE = re.compile(r"[’']s$")
# "Conference of the Parties to the ... Convention": a meeting's name, not an instrument.
_PARTIES_TO = re.compile(r"\bParties\s+to\s+(?:the\s+)?[^.;]{0,60}$")
# Words that continue a title after a capitalised head: "Declaration on Cooperation".
_TITLE_TAIL = re.compile(
    r"(?:\s+(?:on|of|for|and|the|in|between|among)(?=\s))*\s+[A-Z][\w’'-]*(?:\s+(?:(?:on|of|for|and|the|in)\s+)*[A-Z][\w’'-]*)*"
)
_COMPOUND_SUFFIX = re.compile(r"-[a-z]")  # "US-friendly", "Geneva-based"
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
_NUMBER_WORD = re.compile(r"^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)$")


@attrs.frozen
class _Mention:
    """One instrument word, read in its sentence."""

    kind: AgreementKind
    title: str | None
    parties: tuple[Party, ...]
    party_basis: str
    status: AgreementStatus
    status_cue: bool
    date: PartialDate | None
    location: Place | None
    count: int
    topic: frozenset[str]
    anaphor: bool
    sentence: Sentence


@attrs.define
class _Record:
    """A record being built from one or more mentions."""

    first: _Mention
    kind: AgreementKind
    title: str | None
    parties: tuple[Party, ...]
    status: AgreementStatus
    date: PartialDate | None
    location: Place | None
    count: int
    topic: frozenset[str]
    evidence: list[Sentence]
    rule: str


def _kind_of(head: str) -> AgreementKind:
    """Map an instrument word as written to its kind."""
    key = re.sub(r"\s+", " ", head.casefold())
    table = _words().kinds
    if key in table:
        return table[key]
    for suffix in ("ies", "s"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)] + ("y" if suffix == "ies" else "")
            if stem in table:
                return table[stem]
    key = key.replace("memoranda", "memorandum").replace("programmes", "programme")
    key = key.replace("programs", "program").replace("maps", "map").replace("plans", "plan")
    return table.get(key, AgreementKind.OTHER)


def _is_plural(head: str) -> bool:
    last = head.rsplit(maxsplit=1)[-1].casefold()
    return last.endswith("s") or last in ("treaties", "memoranda")


def _modifier_tokens(text: str, head_start: int) -> list[re.Match[str]]:
    """The words before the instrument, back to a determiner or a preposition (at most 6)."""
    window_start = max(0, head_start - 90)
    tokens = list(_TOKEN.finditer(text, window_start, head_start))
    # Punctuation between words ends the scan: "trade, the accord".
    kept: list[re.Match[str]] = []
    edge = head_start
    for token in reversed(tokens):
        gap = text[token.end() : edge]
        if gap.strip(" \"'“”‘’") or len(kept) >= 6:
            break
        word = token.group().casefold()
        if (
            word == "of"
            and kept
            and text[max(0, token.start() - 6) : token.start()].rstrip() == "Group"
        ):
            kept.append(token)  # "Group of Five pact": the group's name goes on
            edge = token.start()
            continue
        if word in _LEFT_STOPS:
            kept.append(token)  # the determiner is kept as the last one
            break
        if word.endswith(("ed", "ing")) and not token.group()[:1].isupper() and word != "ceasefire":
            break
        kept.append(token)
        edge = token.start()
    kept.reverse()
    return kept


def _cue_status(sentence: str, start: int, end: int) -> tuple[AgreementStatus, bool]:
    """The status cue nearest to ``[start, end)`` in the sentence, or signed by default."""
    words = _words()
    best: tuple[int, AgreementStatus] | None = None
    for match in words.cues.finditer(sentence):
        if match.start() < end and match.end() > start:
            continue  # the instrument word itself ("signed" is never inside it)
        distance = start - match.end() if match.end() <= start else match.start() - end
        if distance > 120:
            continue
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        if best is None or distance < best[0]:
            best = (distance, words.cue_status[index])
    if best is None:
        return AgreementStatus.SIGNED, False
    return best[1], True


def _party_of(mention: CountryMention) -> Party | None:
    if mention.kind == "group":
        try:
            return CountryGroup(mention.code)
        except ValueError:
            return None
    try:
        return Country(mention.code)
    except ValueError:
        return None


def _in_location(sentence: str, mention: CountryMention) -> bool:
    """Whether a capital is a place ("in Abu Dhabi"), not a government ("Ankara said")."""
    if mention.kind != "capital":
        return False
    before = sentence[max(0, mention.start - 7) : mention.start].casefold()
    # "in Abu Dhabi" is a place; "its Buenos Aires concession" describes a thing.
    return bool(re.search(r"\b(?:in|at|to|from|for|of|its|their|his|her)\s+$", before))


def _in_name(sentence: str, mention: CountryMention) -> bool:
    """Whether a country's name is part of another name or a description.

    "Aguas Argentinas" (a company), "US-friendly", "Geneva-based".
    """
    if _COMPOUND_SUFFIX.match(sentence, mention.end):
        return True
    before = re.search(r"(\S+)\s+$", sentence[max(0, mention.start - 30) : mention.start])
    if before is None or mention.kind == "capital":
        return False
    word = before.group(1)
    first = sentence[: mention.start].strip() == word
    return word[:1].isupper() and word.isalpha() and not first and word not in _ROLE_WORDS


def _states(mentions: Sequence[CountryMention], lo: int, hi: int, sentence: str) -> list[Party]:
    """States (and named groups) mentioned in ``sentence[lo:hi]``, in order."""
    found: list[Party] = []
    for m in mentions:
        if (
            m.start >= lo
            and m.end <= hi
            and not _in_location(sentence, m)
            and not _in_name(sentence, m)
        ):
            party = _party_of(m)
            if party is not None and party not in found:
                found.append(party)
    return found


def _is_actor(text: str, mention: CountryMention) -> bool:
    """Whether a mention stands for a state: a name or capital, or a demonym before an actor.

    "Azerbaijani President", "the Turkish government" count; "Russian
    peacekeepers" and "Japanese goods" do not.
    """
    if mention.kind != "demonym":
        return True
    following = re.match(r"[\s-]+([\w-]+)", text[mention.end : mention.end + 40])
    if following is None:
        return False
    word = following.group(1)
    return word[:1].isupper() or word.casefold() in _words().actors


def _only_states(parties: Sequence[Party]) -> tuple[Party, ...]:
    return tuple(p for p in parties if isinstance(p, Country))


def _bound_date(
    sentence: str, dates: Sequence[DateMention], head_start: int, head_end: int, mod_start: int
) -> PartialDate | None:
    """A date among the modifiers, or one bound to the signing verb of the instrument."""
    for d in dates:
        if d.end <= head_start and d.start >= mod_start:
            return d.date
    for d in dates:
        if d.start >= head_end and d.start - head_end <= 60:
            between = sentence[head_end : d.start]
            if _SIGN_VERB.search(between) and not re.search(r"[;:]", between):
                return d.date
    verb_before = _SIGN_VERB.search(sentence, max(0, mod_start - 40), mod_start + 1)
    for d in dates:
        if verb_before and head_end <= d.start <= head_end + 80:
            between = sentence[head_end : d.start]
            if not re.search(r"[;:]", between) and _INSTRUMENT.search(between) is None:
                return d.date  # "signed a memorandum on energy on July 27, 2021"
    for d in dates:
        if d.end <= mod_start and mod_start - d.end <= 50:
            between = sentence[d.end : mod_start]
            if _SIGN_VERB.search(between) and "," not in between[:-1].strip(", "):
                return d.date
    return None


def _modifier_date(
    tokens: Sequence[re.Match[str]], published: dt.date | None
) -> PartialDate | None:
    """A bare year ("the 1986 pact") or a possessive month ("February's accord") before the word."""
    for token in tokens:
        word = token.group()
        if _YEAR_WORD.match(word):
            return PartialDate(int(word))
        if _POSSESSIVE.search(word) and published is not None:
            month = month_number(word[:-2])
            if month is not None:
                year = published.year if month <= published.month else published.year - 1
                return PartialDate(year, month)
    return None


def _bound_place(sentence: str, head_end: int) -> Place | None:
    """A known city right after the instrument or its verb: "signed in Baku", "pact in New York"."""
    tail = sentence[head_end : head_end + 80]
    verb = _SIGN_VERB.search(tail)
    for start in (0, verb.end() if verb else None):
        if start is None:
            continue
        match = _IN_CITY.match(tail, start) or _IN_CITY.match(tail, start + 1)
        if match is None or match.start() - start > 2:
            continue
        words = match.group("city").split()
        for n in range(len(words), 0, -1):
            city = " ".join(words[:n])
            code = city_country(city)
            if code is not None:
                return Place(city=city, country=Country(code))
    return None


def _title(
    sentence: str,
    tokens: Sequence[re.Match[str]],
    head: re.Match[str],
    mentions: Sequence[CountryMention],
    sentence_first: int,
) -> str | None:
    """The instrument's name as written, when it has one."""
    start = None
    country_spans = [(m.start, m.end) for m in mentions if m.kind in ("name", "demonym")]
    for token in reversed(tokens):
        word = token.group()
        if not word[:1].isupper() or _YEAR_WORD.match(word) or month_number(word.rstrip("’'s")):
            break
        if any(s <= token.start() < e for s, e in country_spans):
            break
        if re.search(r"-[a-z]+$", word):
            break  # "Geneva-based", "US-friendly": a description, not a name
        start = token.start()
    determiner = tokens[0].group().casefold() if tokens else ""
    head_text = head.group("head")
    tail = ""
    if head_text[:1].isupper():
        match = _TITLE_TAIL.match(sentence, head.end())
        if match is not None:
            tail = match.group().rstrip()
            month = re.search(rf"\s+(?:(?:on|of|for|and|the|in)\s+)*{MONTH_PATTERN}", tail)
            if month is not None:
                tail = tail[: month.start()]  # "Declaration on Cooperation on July 27"
            tail = re.sub(r"\s+(?:on|of|for|and|the|in|between|among)$", "", tail)
    if start is None and not (tail and head_text[:1].isupper() and determiner == "the"):
        return None
    if start is None:
        start = head.start()
    elif start == sentence_first and head.start() > start and not head_text[:1].isupper():
        return None  # a capital only because it opens the sentence
    if determiner in _INDEFINITE:
        return None  # "a 'Kyoto-lite' agreement" describes; a name takes "the"
    return re.sub(r"\s+", " ", sentence[start : head.end()] + tail).strip(" \"'“”")


def _topic(tokens: Sequence[re.Match[str]], sentence: str, head_end: int) -> frozenset[str]:
    """Content words that tell this instrument from another: "peace", "arms", "for F-16 jets"."""
    generic = _words().generic
    words = {
        t.group().casefold().rstrip("’'s")
        for t in tokens
        if t.group().casefold() not in _LEFT_STOPS
        and t.group().casefold() not in generic
        and not t.group()[:1].isdigit()
        and not t.group().startswith("$")
    }
    after = re.match(
        r"\s+(?:on|for|to)\s+(?P<pp>(?:[\w-]+\s+){0,3}[\w-]+)", sentence[head_end : head_end + 60]
    )
    if after is not None:
        words.update(
            w.casefold() for w in after.group("pp").split() if w.casefold() not in _LEFT_STOPS
        )
    return frozenset(w for w in words if w and not w.isdigit())


def _count(tokens: Sequence[re.Match[str]]) -> int | None:
    for token in tokens:
        word = token.group().casefold()
        if _NUMBER_WORD.match(word) and not _YEAR_WORD.match(word):
            value = number_word(word)
            if value is not None and value > 1:
                return value
    return None


def _read_mention(
    article: Article,
    sentence: Sentence,
    head: re.Match[str],
    *,
    mentions: Sequence[CountryMention],
    dates: Sequence[DateMention],
    dateline_end: int,
) -> _Mention | None:
    """Read one instrument word; ``None`` when it is not an instrument between states."""
    text = sentence.text
    head_text = head.group("head")
    word = head_text.casefold()
    before = text[: head.start()]
    after = text[head.end() :]
    if word.startswith(("deal", "document")) and _DEAL_VERB.search(before):
        return None  # "to deal with", "a great deal of"
    if _PARTIES_TO.search(before):
        return None  # "Conference of the Parties to the UN Framework Convention"
    tokens = _modifier_tokens(text, head.start())
    content = [t for t in tokens if t.group().casefold() not in _LEFT_STOPS]
    determiner = (
        tokens[0].group().casefold()
        if tokens and tokens[0].group().casefold() in _LEFT_STOPS
        else ""
    )
    plural = _is_plural(head_text) and not word.startswith("memorandum of")
    group_pact = bool(_GROUP_NAME.search(text, tokens[0].start() if tokens else 0, head.start()))
    count = None if group_pact else _count(content)
    status, has_cue = _cue_status(text, head.start(), head.end())
    signed_verb = bool(_SIGN_VERB.search(text))
    # Heads that name an instrument only with a count or a signing verb.
    if word.startswith(("document", "understanding", "charter")) and not (has_cue and signed_verb):
        return None
    if plural and _WORTH.match(after):
        return None  # "deals worth $300bn were signed": commercial contracts
    if (
        plural
        and count is None
        and not (has_cue and _SIGN_VERB.search(text[max(0, head.start() - 40) : head.end() + 40]))
    ):
        return None  # "the implementation of agreements": no instrument in particular
    subject = text[max(0, head.start() - 80) : head.start()]
    title = None if group_pact else _title(text, tokens, head, mentions, _first_word_start(text))
    if title is not None and resolve_country_group(title) is not None:
        return None  # an organisation that bears an instrument's name
    near = text[max(0, head.start() - 40) : head.end() + 60]
    if _words().organisations.search(near) or re.match(r"\s+Organi[sz]ation\b", after):
        return None  # "GATT", "North Atlantic Treaty Organization": the body
    if title is None and (
        _words().business.search(subject) or _words().business.search(after[:60])
    ):
        return None  # "businessmen signed a memorandum", "a deal with the club"
    mod_start = tokens[0].start() if tokens else head.start()
    # Parties, from the most to the least reliable clue.
    # Not the capital in a name ("Paris accord"), nor a description ("US-friendly treaty").
    name_start = head.start() - (len(title) - len(head_text)) if title is not None else head.start()
    modifier_parties = _states(
        [m for m in mentions if m.end <= name_start and not _COMPOUND_SUFFIX.match(text, m.end)],
        mod_start,
        head.start(),
        text,
    )
    between = _BETWEEN.search(after[:140])
    with_phrase = _WITH.match(after)
    parties: list[Party]
    basis: str
    if modifier_parties or group_pact:
        parties, basis = modifier_parties, "modifier"
    elif between is not None and _states(
        mentions, head.end() + between.start(), head.end() + between.end(), text
    ):
        parties = _states(mentions, head.end() + between.start(), head.end() + between.end(), text)
        basis = "between"
    elif title is not None:
        parties, basis = [], "named"
    elif between is not None and not re.match(r"\s*(?:the\s+two|both)\b", between.group("who")):
        return None  # "a deal between warring countries": parties described, not named
    else:
        lo = max(dateline_end, head.start() - 150)
        parties = list(
            _only_states(
                _states(
                    [m for m in mentions if _is_actor(text, m)],
                    lo,
                    min(len(text), head.end() + 100),
                    text,
                )
            )
        )
        basis = "with" if with_phrase is not None else "sentence"
    anaphor = (
        title is None
        and determiner in _DEFINITE
        and not [t for t in content if t.group().casefold() not in _words().generic]
        and between is None
        and with_phrase is None
        and not modifier_parties
    )
    if not parties and title is None and not group_pact:
        if has_cue and _BOTH_SIDES.search(text) and _SIGN_VERB.search(text):
            parties, basis = [], "both_sides"
        elif has_cue and status is AgreementStatus.SIGNED and _SIGN_VERB.search(text):
            basis = "previous_sentence"
        elif not anaphor:
            return None
    in_modifiers = [d.date for d in dates if d.start >= mod_start and d.end <= head.start()]
    date = (
        (in_modifiers[0] if in_modifiers else None)
        or _modifier_date(content, article.published)
        or _bound_date(text, dates, head.start(), head.end(), mod_start)
    )
    if (
        date is not None
        and status is AgreementStatus.SIGNED
        and article.published is not None
        and date.first_day() > article.published
    ):
        status = AgreementStatus.PLANNED  # signed "on March 5" still to come
    return _Mention(
        kind=_kind_of(head_text),
        title=title,
        parties=tuple(parties),
        party_basis=basis,
        status=status,
        status_cue=has_cue,
        date=date,
        location=_bound_place(text, head.end()),
        count=count or 1,
        topic=_topic(content, text, head.end()),
        anaphor=anaphor,
        sentence=sentence,
    )


def _first_word_start(text: str) -> int:
    match = re.search(r"[\w$]", text)
    return match.start() if match else 0


def _title_key(title: str) -> str:
    """A title without its instrument word: "Kyoto Protocol" and "Kyoto treaty" are one."""
    stripped = _INSTRUMENT.sub(" ", title).casefold()
    return " ".join(re.sub(r"[^\w\s-]", " ", stripped).split())


def _jaccard(a: Sequence[Party], b: Sequence[Party]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def _compatible_dates(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.contains(b) or b.contains(a)


def _same_instrument(record: _Record, mention: _Mention) -> bool:
    """Whether ``mention`` speaks of the instrument ``record`` already holds."""
    if record.title is not None or mention.title is not None:
        if record.title is not None and mention.title is not None:
            return _title_key(record.title) == _title_key(mention.title)
        return False
    if record.count > 1 or mention.count > 1:
        return False
    if record.status is not mention.status or not _compatible_dates(record.date, mention.date):
        return False
    if record.topic and mention.topic and record.topic == mention.topic:
        return True
    if record.topic and mention.topic and not (record.topic & mention.topic):
        return False
    return bool(mention.parties) and _jaccard(record.parties, mention.parties) >= 0.5


def _top_states(article_mentions: Sequence[CountryMention], n: int) -> tuple[Party, ...]:
    counts = Counter(m.code for m in article_mentions if m.kind != "group")
    top = [code for code, _ in counts.most_common(n)]
    return tuple(Country(code) for code in top)


def _new_record(mention: _Mention) -> _Record:
    if mention.title is not None:
        rule = "named"
    elif mention.count > 1:
        rule = "count"
    else:
        rule = mention.party_basis
    return _Record(
        first=mention,
        kind=mention.kind,
        title=mention.title,
        parties=mention.parties,
        status=mention.status,
        date=mention.date,
        location=mention.location,
        count=mention.count,
        topic=mention.topic,
        evidence=[mention.sentence],
        rule=f"agreement.{mention.status.value}_{rule}",
    )


def _absorb(record: _Record, mention: _Mention) -> None:
    """Add what a later mention of the same instrument tells."""
    if mention.sentence not in record.evidence:
        record.evidence.append(mention.sentence)
    if record.date is None and mention.date is not None and mention.status is record.status:
        record.date = mention.date
    if record.location is None and mention.location is not None:
        record.location = mention.location
    if not record.parties and mention.parties and not mention.anaphor:
        record.parties = mention.parties
    if (
        record.title is not None
        and mention.title is not None
        and not record.title.split()[-1][:1].isupper()
        and mention.title.split()[-1][:1].isupper()
    ):
        record.title = mention.title  # prefer "Louvre Accord" to "Louvre accord"
    if record.status is AgreementStatus.SIGNED and mention.status is AgreementStatus.RATIFIED:
        record.status = AgreementStatus.RATIFIED


def extract_agreements(article: Article) -> tuple[Agreement, ...]:
    """Find the written instruments between states that ``article`` reports.

    Args:
        article: The article; relative dates resolve against ``article.published``.

    Returns:
        One :class:`~diplonews.models.Agreement` per distinct instrument, in
        order of first mention; ``()`` when there is none.

    >>> import datetime as dt
    >>> body = ("Azerbaijan and Turkey signed a memorandum of understanding on energy "
    ...         "on July 27, 2021. The document was signed in Baku.")
    >>> [(a.kind.value, [str(p) for p in a.parties], a.status.value, str(a.date), a.location.city)
    ...  for a in extract_agreements(Article(body=body, published=dt.date(2021, 7, 28)))]
    [('memorandum', ['AZE', 'TUR'], 'signed', '2021-07-27', 'Baku')]
    >>> body = "The dollar has fallen since the Plaza agreement."
    >>> [(a.title, a.date) for a in extract_agreements(Article(body=body))]
    [('Plaza agreement', None)]
    >>> extract_agreements(Article(body="The club agreed a three-year deal with the striker."))
    ()

    .. versionadded:: 0.1.0
    """
    body = article.body
    if _INSTRUMENT.search(body) is None:
        return ()
    sentences = split_sentences(body)
    records: list[_Record] = []
    previous: Sentence | None = None
    for sentence in sentences:
        if _INSTRUMENT.search(sentence.text) is None or _LINK_LINE.match(sentence.text):
            previous = sentence
            continue
        text = sentence.text
        mentions = extract_country_mentions(text)  # only trigger sentences are scanned
        dateline = _DATELINE.match(text)
        dateline_end = dateline.end() if dateline else 0
        dates = extract_dates(text, article.published)
        for head in _INSTRUMENT.finditer(text):
            mention = _read_mention(
                article, sentence, head, mentions=mentions, dates=dates, dateline_end=dateline_end
            )
            if mention is None:
                continue
            if mention.anaphor:
                if records:
                    _absorb(records[-1], mention)
                    continue
                if mention.party_basis not in ("both_sides", "previous_sentence"):
                    continue  # "the agreement" with nothing to refer back to
            if not mention.parties and mention.title is None and mention.party_basis != "modifier":
                if mention.party_basis == "both_sides":
                    mention = attrs.evolve(
                        mention,
                        parties=_top_states(
                            [
                                m
                                for m in extract_country_mentions(body)
                                if not _in_location(body, m)
                            ],
                            2,
                        ),
                    )
                elif mention.party_basis == "previous_sentence" and previous is not None:
                    prev = extract_country_mentions(previous.text)
                    found = _only_states(_states(prev, 0, len(previous.text), previous.text))
                    if not 1 < len(found) <= 4:
                        continue
                    mention = attrs.evolve(mention, parties=found)
                if not mention.parties:
                    continue
            for record in records:
                if _same_instrument(record, mention):
                    _absorb(record, mention)
                    break
            else:
                records.append(_new_record(mention))
        previous = sentence
    return tuple(_finish(article, records))


def _finish(article: Article, records: list[_Record]) -> list[Agreement]:
    """Build the Agreements; a count covers only the instruments not named one by one."""
    result: list[Agreement] = []
    for record in records:
        count = record.count
        if count > 1:
            first = record.evidence[0]
            named = sum(
                1
                for other in records
                if other is not record
                and other.count == 1
                and other.status is record.status
                and other.evidence[0].paragraph == first.paragraph
                and other.evidence[0].start >= first.start
            )
            count -= named
            if count < 1:
                continue
        result.append(
            Agreement(
                article_id=article.id,
                kind=record.kind,
                title=record.title,
                parties=record.parties,
                status=record.status,
                date=record.date,
                location=record.location,
                count=count,
                evidence=[Span.of(article.body, s.start, s.end) for s in record.evidence],
                rule=record.rule,
            )
        )
    return result
