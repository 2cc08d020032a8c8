"""People named in diplomatic news: their names, their roles as written, their countries.

News names officials in a few fixed shapes, which this module reads with one
token pass per text and the vocabulary in ``gazetteer/data/meeting_words.json``:

* role before the name: "Azerbaijani Foreign Minister Jeyhun Bayramov",
  "Minister of Foreign Affairs of the Republic of Kazakhstan Daniyar Omarov",
  "his Pakistani counterpart Shah Mahmood Qureshi" (a counterpart takes the
  role of the official mentioned before);
* honorifics between role and name are dropped: "Amir Sheikh Salem Bin Nasser
  Al-Sabah of Kuwait" is the Amir "Salem Bin Nasser Al-Sabah" of KWT;
* the country after the name: "President Recep Tayyip Erdogan of Türkiye";
* role in apposition: "Leyla Demir, Press Secretary and Senior Advisor to
  the President of Turkey"; "the new American ambassador to Türkiye, Tom Barrack";
* later short forms ("Mr. Sullivan", "Sullivan") resolve to the full name
  given earlier in the same text.

The agreements extractor reuses :func:`extract_people` for signatories.
Tokens and vocabulary live in ``_person_tokens``, the role and name readers
in ``_names``; this module finds the mentions and resolves short forms.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from itertools import compress, count
from operator import itemgetter

import attrs

from diplonews import _regex as re
from diplonews.gazetteer import BODIES
from diplonews.text._names import (
    country_of,
    has_group,
    name_text,
    particle_surname,
    read_name,
    role_span,
    skip_honorifics,
)
from diplonews.text._office_holders import bare_holders, holder_state
from diplonews.text._person_tokens import (
    MONARCH,
    Tok,
    head_pattern,
    head_scan,
    head_starts,
    is_cap,
    is_initial,
    meeting_words,
    monarchies,
    not_name_words,
    state_of,
    tokens,
    vocab,
)
from diplonews.text.countries import CountryMention, city_country, extract_country_mentions

__all__ = ["PersonMention", "extract_people", "meeting_words", "person_spans"]

# A token's key and text (fields of the named tuple ``Tok``), read in C over a token list.
_KEY = itemgetter(3)
_TEXT = itemgetter(2)


@attrs.frozen
class PersonMention:
    """One person named in a text.

    Attributes:
        name: The fullest form of the name the text gives, without honorifics.
        role: The role as written ("Foreign Minister"), or ``None``.
        country: Alpha-3 code of the state the person acts for, or ``None``.
        start: Offset of the mention (role included) in the text.
        end: Offset just past the mention (country suffix included).
        text: ``text[start:end]``.

    .. versionadded:: 0.1.0
    """

    name: str
    role: str | None
    country: str | None
    start: int
    end: int
    text: str


def person_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``spans`` of ``text`` that may name an official (they hold a role word).

    Pass the result as ``within`` to :func:`extract_people` to skip the rest.

    >>> person_spans("Prices rose. President Ali Demir spoke.", [(0, 12), (13, 39)])
    [(13, 39)]
    """
    head = head_pattern()
    scan = head_scan().search  # from the character before the span: the same answer, faster
    # The body's sentences: one where no role word starts is not searched at all (most
    # are not), the places read off the body's shared word scan, already made; a text
    # read whole (a sentence, a title) has no such scan made.
    starts = head_starts(text) if len(spans) > 1 else None
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if starts is not None:
            at = bisect.bisect_left(starts, lo)
            if at == len(starts) or starts[at] >= hi:
                continue
        if scan(text, lo - 1, hi) if lo else head.search(text, 0, hi):
            out.append((lo, hi))
    return out


def extract_people(
    text: str,
    *,
    home: str | None = None,
    within: Sequence[tuple[int, int]] | None = None,
    mentions: Sequence[CountryMention] | None = None,
    year: int | None = None,
    named: Sequence[tuple[int, int]] | None = None,
    fields: bool = False,
) -> tuple[PersonMention, ...]:
    """Find the officials ``text`` names, with their roles and countries.

    Args:
        text: Any English text (an article body or one sentence).
        home: Alpha-3 code of the state an official named by a bare
            government title ("President Biden") acts for, when the text's
            source speaks for or reports from one state; ``None`` leaves such
            officials without a country.
        within: Sorted, non-overlapping ``(start, end)`` parts of ``text`` to
            read (sentences with a trigger or a role word, say); ``None``
            reads it all. Offsets stay those of ``text``.
        mentions: The country mentions of ``text`` when the caller has them
            already (:func:`~diplonews.text.countries.extract_country_mentions`).
        year: The year the text was written, when known: a well-known office
            holder named with no state in the text takes the state he served
            that year (:mod:`~diplonews.text._office_holders`); ``None``
            accepts a holder of any year.
        named: The parts of ``within`` that may name an official
            (:func:`person_spans` of ``within``), when the caller has found
            them already: a text's parts are then searched for role words once.
        fields: Read a minister's fields listed with commas and "and" as the role
            ("Minister of Mining and Energy A B" is "A B"), and a legislature's or
            cabinet's name after its chair's title ("Chair of the Milli Majlis A B"
            is "A B"); off, the role stops at the first field or body word outside
            the role vocabulary and the name is missed or takes the body's words.

    Returns:
        The mentions in text order, later short forms ("Mr. Sullivan")
        resolved to the full name given earlier; ``()`` when there is none.

    >>> [(p.name, p.role, p.country) for p in extract_people(
    ...     "Azerbaijani Foreign Minister Jeyhun Bayramov and his Pakistani "
    ...     "counterpart Shah Mahmood Qureshi spoke. Bayramov thanked him.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Jeyhun Bayramov', 'Foreign Minister', 'AZE'),
     ('Shah Mahmood Qureshi', 'Foreign Minister', 'PAK'),
     ('Jeyhun Bayramov', 'Foreign Minister', 'AZE')]
    >>> [(p.name, p.role, p.country) for p in extract_people(
    ...     "President Thomas A. Wren, Jr. phoned Amir Sheikh Salem Bin Nasser "
    ...     "Al-Sabah of Kuwait on Monday.", home="USA")]
    [('Thomas A. Wren, Jr.', 'President', 'USA'), ('Salem Bin Nasser Al-Sabah', 'Amir', 'KWT')]
    >>> [p.name for p in extract_people(
    ...     "Serbia's Minister of Mining and Energy Ana Petrovic spoke.", fields=True)]
    ['Ana Petrovic']
    >>> extract_people("The weather was fine.")
    ()

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       *named*: the parts a caller has already found to hold a role word;
       *fields*: a role's listed fields.
    """
    if mentions is None:
        mentions = extract_country_mentions(text)
    spans = [(0, len(text))] if within is None else within
    toks = tokens(text, mentions, person_spans(text, spans) if named is None else named)
    heads, _, honorifics, _ = vocab()
    people: list[PersonMention] = []
    taken = 0  # tokens before this index belong to a found mention
    i = 0  # the next token to look at
    # Only a role head (or the "Prince" of "Crown Prince") starts a mention: visit those.
    starts = _mention_starts()
    for head in list(compress(count(), map(starts.__contains__, map(_KEY, toks)))):
        if head < i or head < taken:
            continue
        if toks[head].key not in heads and (head == 0 or toks[head - 1].key != "crown"):
            continue  # a "Prince" with no "Crown" before it
        i = head
        lo, hi = role_span(toks, i, lists=fields, bodies=fields)
        lo = max(lo, taken)
        if hi >= len(toks):
            break
        name_lo, name_hi = read_name(toks, hi)
        gap = text[toks[hi - 1].end : toks[hi].start]
        if len(gap) > 2 or "\n" in gap:
            name_lo = name_hi  # the next token is in another sentence or paragraph
        appositive = False
        if name_hi == name_lo and toks[hi].text == "," and hi + 1 < len(toks):
            # "the new American ambassador to Türkiye, Tom Barrack" (name, then a stop)
            name_lo, name_hi = read_name(toks, hi + 1)
            after = toks[name_hi].text if name_hi < len(toks) else "."
            appositive = name_hi - name_lo >= 2 and after in ".,;:)"
            if not appositive:
                name_lo = name_hi
        if name_hi == name_lo:
            i = hi
            continue
        end_tok = name_hi
        country = country_of(toks, lo, hi)
        # "President Recep Tayyip Erdogan of Türkiye"
        if end_tok + 1 < len(toks) and toks[end_tok].key == "of":
            at = end_tok + 2 if toks[end_tok + 1].key == "the" else end_tok + 1
            state = state_of(toks[at]) if at < len(toks) else None
            if state is not None:
                country = country or state.code
                end_tok = at
                while end_tok < len(toks) and toks[end_tok].country is state:
                    end_tok += 1
        role_lo = lo
        while role_lo < hi and (
            state_of(toks[role_lo]) is not None or toks[role_lo].key in ("his", "her", "the")
        ):
            role_lo += 1
        while role_lo < hi and toks[role_lo].text in "'’":
            role_lo += 1
        if role_lo < hi and toks[role_lo].key == "s":
            role_lo += 1
        role: str | None = name_text(text, toks, role_lo, hi) if role_lo < hi else None
        if role is not None and role.casefold().startswith("counterpart"):
            role = people[-1].role if people else None
        name = name_text(text, toks, name_lo, name_hi)
        earlier = _known_as(people, name)
        if (
            earlier is not None
        ):  # "President Sheikh Mohamed" after "... Mohamed bin Zayed Al Nahyan"
            name, country = earlier.name, country or earlier.country
        # A group's official ("European Commission President") takes no state below: told
        # once, where the role names no state (the only case that reads it).
        grouped = country is None and has_group(toks, lo, hi, text)
        if country is None and not grouped:
            country = _delegation_state(text, toks[lo].start, mentions)
        if country is None and people and earlier is None and not grouped:
            country = _listed_with(text, people[-1], toks[lo].start, home)
        if country is None:
            role_at = (toks[lo].start, toks[hi].start)
            country = _untold_state(
                name,
                role,
                people,
                text=text,
                role_at=role_at,
                year=year,
                home=home,
                grouped=grouped,
            )
        people.append(
            PersonMention(
                name=name,
                role=role,
                country=country,
                start=toks[lo].start,
                end=toks[end_tok - 1].end,
                text=text[toks[lo].start : toks[end_tok - 1].end],
            )
        )
        taken = end_tok
        i = end_tok
    people.extend(_appositions(text, toks, people, year, bodies=fields))
    people.extend(_short_forms(text, spans, people, honorifics))
    people.extend(_bare_holders(text, spans, people, year))
    people.sort(key=lambda p: p.start)
    return tuple(_shared_countries(people))


@functools.cache
def _mention_starts() -> frozenset[str]:
    """The token keys a mention may start at: a role head, or the "Prince" of "Crown Prince"."""
    return vocab()[0] | {"prince"}


def _bare_holders(
    text: str, spans: Sequence[tuple[int, int]], found: Sequence[PersonMention], year: int | None
) -> list[PersonMention]:
    """Well-known officials named by surname alone ("Erdogan and Trump held a call").

    The text's own word wins: a surname the text already gave a person of
    another state ("Turkish minister Ali Erdogan") stays that person's.
    """
    covered = [(p.start, p.end) for p in found]
    out: list[PersonMention] = []
    for start, end, name, state in bare_holders(text, spans, covered, year):
        surname = text[start:end].rsplit(maxsplit=1)[-1]
        if any(surname in p.name.split() and p.country not in (None, state) for p in found):
            continue
        out.append(PersonMention(name, None, state, start, end, text[start:end]))
    return out


def _shared_countries(people: Sequence[PersonMention]) -> list[PersonMention]:
    """Mentions of one name that give no state take the state another mention gives.

    An official introduced as "Azerbaijani President Ali Demir" and named again
    as "President Ali Demir" acts for the same state at both mentions.

    >>> a = PersonMention("Ali Demir", "President", "AZE", 0, 9, "Ali Demir")
    >>> b = PersonMention("Ali Demir", "President", None, 20, 29, "Ali Demir")
    >>> [p.country for p in _shared_countries([a, b])]
    ['AZE', 'AZE']
    """
    known: dict[str, str] = {}
    for person in people:
        if person.country is not None:
            known.setdefault(person.name, person.country)
    return [
        attrs.evolve(p, country=known[p.name]) if p.country is None and p.name in known else p
        for p in people
    ]


# "the Kazakh delegation was headed by", "a delegation of Russia led by": the head's state.
_HEADED_BY = re.compile(
    r"""\b[Dd]elegations?\b(?P<mid>[^.;]{0,60}?)\b(?:headed|led)\s+by\s+(?:the\s+)?\Z""",
    re.VERBOSE,
)


def _delegation_state(text: str, start: int, mentions: Sequence[CountryMention]) -> str | None:
    """The state of the delegation an official at ``start`` heads, when the text names one.

    >>> from diplonews.text.countries import extract_country_mentions
    >>> text = "The Kazakh delegation was headed by Minister Ali Demir."
    >>> _delegation_state(text, text.index("Minister"), extract_country_mentions(text))
    'KAZ'
    """
    headed = _HEADED_BY.search(text, max(0, start - 120), start)
    if headed is None:
        return None
    lo, hi = headed.start() - 30, headed.start("mid") + len(headed["mid"])
    codes = {m.code for m in mentions if m.kind != "group" and lo <= m.start < hi}
    return codes.pop() if len(codes) == 1 else None


def _listed_with(text: str, before: PersonMention, start: int, home: str | None) -> str | None:
    """The foreign state of the official just before in a list, if there is one.

    In "met Israeli Prime Minister A, President B, and Minister C" the bare
    titles that follow a foreign official in one list are that state's.
    """
    if before.country is None or before.country == home:
        return None
    gap = text[before.end : start]
    return before.country if gap in (", ", ", and ") and before.end < start else None


def _untold_state(
    name: str,
    role: str | None,
    people: Sequence[PersonMention],
    *,
    text: str,
    role_at: tuple[int, int],
    year: int | None,
    home: str | None,
    grouped: bool,
) -> str | None:
    """The state of an official whose role names none, or ``None``.

    A holder the reader is expected to know ("President Tokayev") takes his state, before
    the release's own state is guessed; a body's head (UN, EU, NATO) takes none. A head the
    release's side meets in a capital abroad ("In Lima, the Secretary met with President
    Y") is that capital's state's (:func:`_met_abroad`). Else a
    bare title (at ``role_at`` of ``text``) in a government's own release (``home``) is
    that government's, unless another person holds that title for it, the role is a
    group's, or the text speaks of a monarch of a state that has none.
    """
    held = holder_state(name, year)
    if held is not None:
        return None if held in BODIES else held
    host = _met_abroad(text, role_at[0], home) if home is not None and not grouped else None
    if host is not None:
        return host
    if (
        home is not None
        and not grouped
        and not _holds_role(people, role, name, home)
        and (home in monarchies() or not MONARCH.search(text, *role_at))
    ):
        return home
    return None


# A sentence that places its talks in a city, then the official met: "In Lima, the Secretary will
# meet with", "In Quito on Monday, she held talks with the" (up to the official's title).
_MET_IN_PLACE = re.compile(
    r"""\s*In\s+(?P<place>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,2})
    (?:\s+on\s+[A-Z][\w ]{0,15}?)?,\s+        # its day, if told there
    (?:[^.;:,]|(?<=\b(?:Mr|Ms|Dr))\.)*?     # (an honorific's stop: "Mr. X will meet")
    \b(?:meet|meets|met|meeting|talks)(?:\s+with)?\s+(?:the\s+)?
    (?:(?:[A-Z][\w’'.-]*\s+){1,7}(?:and\s+|,\s+(?:and\s+)?))?  # a head listed before: "Y and"
    \Z""",
    re.VERBOSE,
)


# An honorific's stop, which ends no sentence: "Mr.", "Ms.", "Mrs.", "Dr.".
_HONORIFIC_STOP = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.\Z")


def _met_abroad(text: str, start: int, home: str) -> str | None:
    """The state of the city a release's own side meets an official at ``start`` in, if foreign.

    "In Santiago, Mr. X will meet with President Y": a head met in a capital abroad is its
    state's, however the release names its own people; one met at home, or in a city that
    is no capital, stays as before.

    >>> _met_abroad("In Lima, the Secretary will meet with President Ana Quispe.", 38, "USA")
    'PER'
    >>> _met_abroad("In Washington, the Secretary met with President Ana Quispe.", 38, "USA")
    >>> _met_abroad("In Geneva, the Secretary met with President Ana Quispe.", 34, "USA")
    """
    stop = text.rfind(". ", 0, start)
    while stop > 0 and _HONORIFIC_STOP.search(text, max(0, stop - 4), stop + 1):
        stop = text.rfind(". ", 0, stop)  # "Mr. X will meet": no sentence ends there
    opening = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    found = _MET_IN_PLACE.match(text, opening, start)
    if found is None:
        return None
    # a capital or a state's name ("In Singapore"), not any city: Geneva, Davos or Munich host
    # gatherings of many, whose heads come from elsewhere
    named = {
        m.code
        for m in extract_country_mentions(found["place"])
        if m.kind in ("capital", "name") and m.start == 0
    }
    state = named.pop() if len(named) == 1 else None
    return state if state is not None and state != home else None


def _holds_role(people: Sequence[PersonMention], role: str | None, name: str, home: str) -> bool:
    """Whether another person already holds ``role`` for ``home``: one state has one president."""
    if role is None:
        return False
    key = role.casefold()
    words = _name_words(name)
    return any(
        p.country == home
        and p.role is not None
        and p.role.casefold() == key
        and not words & _name_words(p.name)
        for p in people
    )


def _name_words(name: str) -> set[str]:
    """The words of a name that tell people apart (not "Jr.", not initials)."""
    return {w for w in (w.strip(",.") for w in name.split()) if len(w) > 2} - {"Jr", "Sr"}


def _known_as(people: Sequence[PersonMention], name: str) -> PersonMention | None:
    """The person named in full earlier of whom ``name`` is a one-word short form."""
    if " " in name:
        return None
    for person in people:
        # "Biden," of "Joseph R. Biden, Jr.": a word with the suffix's comma is that word
        words = [word.rstrip(",") for word in person.name.split()]
        if len(words) > 1 and name in words:
            return person
    return None


# Capitalised words that open a time or place phrase, not a name: "On Tuesday", "In March".
_NOT_A_NAME_START = re.compile(
    r"(?:On|In|At|By|From|Since|During|After|Before|Last|This|Next|Early|Late|Today"
    r"|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# An Arabic surname's article, which a story drops when it names the person again: "al-", "el-".
_ARTICLE_PREFIX = re.compile(r"(?:al|el|Al|El)-(?P<rest>[A-Z][a-z]{2,})")


# Particles that also stand inside places' and bodies' names ("Rio de Janeiro", "Costa del
# Sol", "Los Angeles"): a name read back from its comma, with no role word before it to
# mark its start, does not take them ("Aart de Zeeuw, chairman of ..." stays as before).
_PLACE_PARTICLES = frozenset(
    {"de", "da", "du", "la", "le", "di", "del", "dos", "das", "los", "las", "van", "von"}
    | {"der", "den"}
)


def _appositions(
    text: str,
    toks: list[Tok],
    found: list[PersonMention],
    year: int | None,
    *,
    bodies: bool = False,
) -> list[PersonMention]:
    """'Leyla Demir, Press Secretary and Senior Advisor to the President of Turkey'.

    A role that names no state ("Jake Sullivan, the National Security Advisor,") takes
    the state of a holder the reader is expected to know (:func:`_untold_state`).
    """
    heads, role_words, _, particles = vocab()
    particles -= _PLACE_PARTICLES
    not_names = not_name_words()
    covered = [(p.start, p.end) for p in found]
    out: list[PersonMention] = []
    for i in list(compress(count(), map(",".__eq__, map(_TEXT, toks)))):
        if i < 2 or i + 1 >= len(toks):
            continue
        j = i + 1
        if toks[j].key in ("the", "a", "an"):
            j += 1
        # The role head must come within three words of the comma.
        head = next((k for k in range(j, min(j + 4, len(toks))) if toks[k].key in heads), None)
        if head is None:
            continue
        name_hi = i
        name_lo = name_hi
        while name_lo > 0 and (
            is_cap(toks[name_lo - 1])
            or is_initial(toks[name_lo - 1])
            # "Faisal bin Nasser Al Khalifa", "Aziz ogli Rahimov": a patronymic or an
            # article between two name words
            or (
                toks[name_lo - 1].key in particles
                and name_lo > 1
                and (is_cap(toks[name_lo - 2]) or toks[name_lo - 2].key in particles)
                and (is_cap(toks[name_lo]) or toks[name_lo].key in particles)
            )
            # "Faisal bin Nasser al-Harthi": the article glued to the family name
            or (name_lo == name_hi and particle_surname(toks[name_lo - 1], particles))
        ):
            name_lo -= 1
        while name_lo < name_hi and not is_cap(toks[name_lo]):
            name_lo += 1  # a name starts on a name word, not on a particle
        name_lo = skip_honorifics(toks, name_lo, name_hi)  # "Dr. Leyla Demir": none in names
        if name_hi - name_lo < 2 or any(
            toks[k].country is not None
            or toks[k].key in heads
            or toks[k].key in role_words
            or toks[k].text in not_names  # "the Custodian of the Two Holy Mosques, King X"
            for k in range(name_lo, name_hi)
        ):
            continue  # "the Committee on International Relations, Deputy Minister X" is no name
        if any(s <= toks[name_lo].start < e for s, e in covered):
            continue
        if _NOT_A_NAME_START.match(text, toks[name_lo].start):
            continue  # "On Tuesday, Georgian President ...": a time, not a name
        name = name_text(text, toks, name_lo, name_hi)
        if not all(map(is_cap, toks[name_lo:name_hi])) and city_country(name) is not None:
            continue  # "in Rio de Janeiro, President X": a city's particle, not a name's
        lo, hi = role_span(toks, head, bodies=bodies)
        lo = j
        role = name_text(text, toks, lo, hi)
        country = country_of(toks, lo, hi)
        if country is None:
            role_at = (toks[lo].start, toks[hi].start if hi < len(toks) else len(text))
            grouped = has_group(toks, lo, hi, text)
            # A name told first and explained after is most often a foreign official's
            # ("Borjana Kristo, Chair of the Council"): the release's own state is not guessed.
            country = _untold_state(
                name, role, found, text=text, role_at=role_at, year=year, home=None, grouped=grouped
            )
        out.append(
            PersonMention(
                name=name,
                role=role,
                country=country,
                start=toks[name_lo].start,
                end=toks[hi - 1].end,
                text=text[toks[name_lo].start : toks[hi - 1].end],
            )
        )
    return out


# Two-letter name words that are particles of a longer name, never a name on their own.
_NAME_PARTICLES = frozenset({"Al", "El", "Le", "La", "De", "Da", "Di", "Du", "Do", "Dos", "Ul"})
# How far before its full introduction a surname may stand: a headline or lead just above
# the story ("Putin and Trump discussed Ukraine" above "Russian President Vladimir Putin").
_HEADLINE_REACH = 300
# A capitalised word, maybe a surname; and an honorific right before one ("Mr. ", "Dr ").
_CAP_WORD = re.compile(r"(?<![\w’'-])[A-Z][^\W\d_]*(?:[’'\-](?!s\b)[^\W\d_]+)*")
_HONORIFIC_BEFORE = re.compile(r"\b(?P<h>[A-Z][a-z]{1,5})\.?\s+\Z")


def _word_starts(
    text: str, spans: Sequence[tuple[int, int]], words: set[str]
) -> list[tuple[int, int, int]]:
    """``(offset, lo, hi)``, in text order, for each offset of a span where a word occurs.

    ``str.find`` per word instead of a regular expression scan over every
    capitalised word: a text names few people, and most sentences none of them.
    """
    if not spans:
        return []
    first, last = spans[0][0], spans[-1][1]
    found: set[int] = set()
    for word in words:
        at = text.find(word, first, last)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1, last)
    los = [lo for lo, _ in spans]
    out: list[tuple[int, int, int]] = []
    for at in sorted(found):
        k = bisect.bisect_right(los, at) - 1
        if k >= 0 and at < spans[k][1]:
            out.append((at, *spans[k]))
    return out


def _short_forms(
    text: str,
    spans: Sequence[tuple[int, int]],
    found: list[PersonMention],
    honorifics: frozenset[str],
) -> list[PersonMention]:
    """Bare surnames ("Mr. Sullivan", "Sullivan") in ``spans`` resolve to the full name.

    A surname counts after the full name, or in a headline or lead just before it.

    The known names are looked for where they occur, then read as words: no
    tokens needed, so sentences with no role word cost a substring search.
    """
    by_surname: dict[str, PersonMention] = {}
    for person in found:
        words = person.name.replace(", Jr.", "").split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], person)
            for word in words[:-1]:  # "Rha" for "Rha Woong Bae": family names come first too
                short = len(word) == 2 and word not in _NAME_PARTICLES  # "Xi" of "Xi Jinping"
                if (len(word) > 2 or short) and word[:1].isupper() and not word.endswith("."):
                    by_surname.setdefault(word, person)
            if len(words) >= 3 and words[-2].casefold() in ("bin", "bint", "ibn"):
                by_surname.setdefault(" ".join(words[-2:]), person)
            article = _ARTICLE_PREFIX.fullmatch(words[-1])
            if article is not None:  # "Mansoori" for "Rashid al-Mansoori": the article dropped
                by_surname.setdefault(article["rest"], person)
        elif len(words) == 1 and len(words[0]) > 2 and words[0][:1].isupper() and person.role:
            by_surname.setdefault(words[0], person)  # "President Reagan" ... "Reagan said"
    if not by_surname:
        return []
    covered = [(p.start, p.end) for p in found]
    out: list[PersonMention] = []
    for at, lo, hi in _word_starts(text, spans, {key.split()[0] for key in by_surname}):
        match = _CAP_WORD.match(text, at, hi)
        if match is not None:
            start = at
            end = match.end()
            key = match.group()
            pair = _CAP_WORD.match(text, end + 1, hi) if text[end : end + 1] == " " else None
            if pair is not None and f"{key} {pair.group()}" in by_surname:
                key, end = f"{key} {pair.group()}", pair.end()
            known = by_surname.get(key)
            if (
                known is None
                or (
                    start < known.end
                    and (known.start - end > _HEADLINE_REACH or not known.name.endswith(key))
                )
                or any(a <= start < b for a, b in covered)
            ):
                continue  # unknown, or used long before the full name introduces it
            honorific = _HONORIFIC_BEFORE.search(text, max(lo, start - 8), start)
            if honorific is not None and honorific["h"].casefold() in honorifics:
                start = honorific.start("h")
            out.append(
                PersonMention(
                    name=known.name,
                    role=known.role,
                    country=known.country,
                    start=start,
                    end=end,
                    text=text[start:end],
                )
            )
    return out
