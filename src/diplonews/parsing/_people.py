"""People named in diplomatic news: their names, their roles as written, their countries.

News names officials in a few fixed shapes, which this module reads with one
token pass per text and the vocabulary in ``gazetteer/data/meeting_words.json``:

* role before the name: "Azerbaijani Foreign Minister Jeyhun Bayramov",
  "Minister of Foreign Affairs of the Republic of Uzbekistan Abdulaziz Kamilov",
  "his Pakistani counterpart Shah Mahmood Qureshi" (a counterpart takes the
  role of the official mentioned before);
* honorifics between role and name are dropped: "Amir Sheikh Tamim Bin Hamad
  Al-Thani of Qatar" is the Amir "Tamim Bin Hamad Al-Thani" of QAT;
* the country after the name: "President Recep Tayyip Erdogan of Türkiye";
* role in apposition: "Ibrahim Kalin, Spokesperson and Chief Advisor to the
  President of Turkey"; "the new American ambassador to Türkiye, Tom Barrack";
* later short forms ("Mr. Sullivan", "Sullivan") resolve to the full name
  given earlier in the same text.

The agreements extractor reuses :func:`extract_people` for signatories.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from collections.abc import Mapping, Sequence
from importlib.resources import files
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from diplonews.parsing.countries import CountryMention, extract_country_mentions

__all__ = ["PersonMention", "extract_people", "meeting_words", "person_spans"]


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


@functools.cache
def meeting_words() -> Mapping[str, Any]:
    """Load ``meeting_words.json``: hand-curated meeting and people vocabulary.

    Keys: ``role_heads`` (words that make a title on their own: "Minister",
    "Crown Prince"), ``role_words`` (words that qualify a title: "Foreign",
    "Deputy"), ``honorifics`` (dropped from names: "Mr.", "Sheikh"),
    ``name_particles`` (lower-case words inside names: "bin", "von"),
    ``organizations`` (``{record name: [surface forms]}`` for bodies the
    country-group table lacks: "IMF", "World Bank") and ``outlet_home``
    (``{outlet words: alpha-3}``, the state an outlet speaks for or reports
    from, for officials named without a country).
    """
    path = files("diplonews.gazetteer") / "data" / "meeting_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({k: v for k, v in raw.items() if not k.startswith("_")})


@functools.cache
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(role heads, role words, honorifics, particles), all case-folded, single tokens."""
    words = meeting_words()
    heads = {h.casefold() for h in words["role_heads"] if " " not in h}
    heads |= {"counterpart", "counterparts"}
    role_words = {w.casefold() for w in words["role_words"]}
    role_words |= {h.casefold().split()[0] for h in words["role_heads"] if " " in h}
    honorifics = {h.casefold().rstrip(".") for h in words["honorifics"] if " " not in h}
    particles = {p.casefold() for p in words["name_particles"]}
    return frozenset(heads), frozenset(role_words), frozenset(honorifics), frozenset(particles)


@functools.cache
def _monarchies() -> frozenset[str]:
    """States whose officials may bear a monarch's title."""
    return frozenset(meeting_words()["monarchies"])


# A monarch's title: a republic's outlet never gives its own state to such an official.
_MONARCH = re.compile(
    r"\b(?:King|Queen|Amir|Emir|Crown\s+Prince|Sultan|Sheikh|Prince|Princess"
    r"|Emperor|Empress|Majesty|Highness)\b"
)


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that mark an institution or event, never a person's name."""
    return frozenset(meeting_words()["not_names"])


# A token: a word (letters, inner apostrophes, hyphens and dots: "Al-Thani", "U.S.",
# "R."), or one punctuation mark.
_TOKEN = re.compile(
    r"""
    (?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Prof|Gen|Sen|Rep|Gov)\.(?!\w)  # an abbreviated title
    | [^\W\d_](?:\.[^\W\d_])+\.?      # dotted initials: "U.S.", "U.N", "H.E."
    | [^\W\d_]\.(?=\s+[A-Z])           # an initial before a name: "R." in "Joseph R. Biden"
    | [^\W\d_]+(?:[’'\-](?!s\b)[^\W\d_]+)*  # a word, maybe "Al-Thani", "O'Neil"; not "'s"
    | \d+                               # a number
    | [^\w\s]                           # one punctuation mark
    """,
    re.VERBOSE,
)
# Connectors allowed inside a long role ("Minister of Foreign Affairs of the Republic of").
_ROLE_GLUE = frozenset({"of", "for", "and", "the", "to", "on", "in", "at"})
# Words that may stand inside a role's country phrase ("the Republic of Uzbekistan").
_STATE_WORDS = frozenset({"republic", "kingdom", "state", "states", "federation", "united"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})


class _Tok(NamedTuple):
    """One token (a named tuple: built a hundred thousand times a second)."""

    start: int
    end: int
    text: str
    key: str  # case-folded text without a final dot
    country: CountryMention | None


def _tokens(
    text: str, mentions: Sequence[CountryMention], within: Sequence[tuple[int, int]]
) -> list[_Tok]:
    """Tokenise the ``within`` parts of ``text``; tokens inside a country mention carry it.

    Column by column with C-level ``map`` calls rather than one Python step per
    token: a text has a few hundred tokens and only a few country mentions.
    """
    matches = [match for lo, hi in within for match in _TOKEN.finditer(text, lo, hi)]
    starts = list(map(re.Match.start, matches))
    words = list(map(re.Match.group, matches))
    countries: list[CountryMention | None] = [None] * len(matches)
    for mention in mentions:  # sorted, non-overlapping: the tokens starting inside each
        first = bisect.bisect_left(starts, mention.start)
        last = bisect.bisect_left(starts, mention.end, first)
        countries[first:last] = [mention] * (last - first)
    keys = map(str.rstrip, map(str.casefold, words), itertools.repeat("."))
    rows = zip(starts, map(re.Match.end, matches), words, keys, countries, strict=True)
    return list(map(_new_tok, itertools.repeat(_Tok), rows))


# ``tuple.__new__`` builds a named tuple from a row without a Python-level call.
_new_tok = tuple.__new__


@functools.cache
def _head_pattern() -> re.Pattern[str]:
    """Any role head or honorific, lower-case or capitalised: a sentence may name an official.

    Case-sensitive alternatives behind a first-letter lookahead: several times
    faster than one ``re.IGNORECASE`` alternation.
    """
    words = meeting_words()
    forms: set[str] = {"counterpart"}
    for raw in words["role_heads"] + words["honorifics"]:
        word = raw.rstrip(".")
        forms |= {word, word.lower(), word[:1].upper() + word[1:].lower()}
    first = "".join(sorted({form[0] for form in forms}))
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?=[{re.escape(first)}])(?:{alternation})\b")


def person_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``spans`` of ``text`` that may name an official (they hold a role word).

    Pass the result as ``within`` to :func:`extract_people` to skip the rest.

    >>> person_spans("Prices rose. President Ali Demir spoke.", [(0, 12), (13, 39)])
    [(13, 39)]
    """
    head = _head_pattern()
    out: list[tuple[int, int]] = [(lo, hi) for lo, hi in spans if head.search(text, lo, hi)]
    return out


def _state(tok: _Tok) -> CountryMention | None:
    """The state a token belongs to, if any (groups excluded)."""
    mention = tok.country
    return mention if mention is not None and mention.kind != "group" else None


def _is_cap(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _is_initial(tok: _Tok) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _role_span(toks: list[_Tok], head: int) -> tuple[int, int]:
    """Extend a role around the head token: qualifiers to the left, 'of ...' to the right."""
    heads, role_words, _, _ = _vocab()
    upper = _is_cap(toks[head])
    lo = head
    while lo > 0:
        prev = toks[lo - 1]
        if prev.key in heads or prev.key in role_words:
            if upper and not _is_cap(prev):
                break
        elif not (
            prev.country is not None  # "Azerbaijani Foreign Minister", "EU Commissioner"
            or prev.text in ("'s", "’s")
            or (prev.text in "'’" and lo > 1)
            or (prev.key == "s" and lo > 1 and toks[lo - 2].text in "'’")
        ):
            break
        lo -= 1
    # Drop leading possessive marks or connectors the loop may have taken.
    while lo < head and (toks[lo].text in "'’" or toks[lo].key == "s"):
        lo += 1
    hi = head + 1
    while hi < len(toks):
        tok = toks[hi]
        if (
            tok.key in heads
            or tok.key in role_words
            or (tok.key == "prince" and toks[hi - 1].key == "crown")
        ):
            if upper and not _is_cap(tok):
                break
            hi += 1
            continue
        if tok.key in _ROLE_GLUE and hi + 1 < len(toks):
            nxt = toks[hi + 1]
            j = hi + 1
            if nxt.key == "the" and j + 1 < len(toks):
                j += 1
                nxt = toks[j]
            if (
                nxt.key in heads
                or (nxt.key in role_words and _is_cap(nxt) == upper)
                or nxt.country is not None
                or nxt.key in _STATE_WORDS
            ):
                hi = j
                continue
            break
        if tok.country is not None and toks[hi - 1].key in _ROLE_GLUE | _STATE_WORDS:
            hi += 1
            while hi < len(toks) and toks[hi].country is tok.country:
                hi += 1
            continue
        if tok.key in _STATE_WORDS and toks[hi - 1].key in _ROLE_GLUE:
            hi += 1
            continue
        break
    return lo, hi


def _read_name(toks: list[_Tok], at: int) -> tuple[int, int]:
    """Read a name starting at ``at`` (honorifics skipped); return its token range."""
    heads, role_words, honorifics, particles = _vocab()
    i = at
    while i < len(toks) and toks[i].key in honorifics and _is_cap(toks[i]):
        i += 1
    if (
        i + 1 < len(toks)
        and toks[i].key in ("his", "her")
        and toks[i + 1].key in ("highness", "excellency", "majesty")
    ):
        i += 2
        while i < len(toks) and toks[i].key in honorifics:
            i += 1
    start = i
    not_names = _not_names()
    while i < len(toks):
        tok = toks[i]
        if tok.text in not_names:
            return start, start  # "General Agreement on Tariffs": an institution, no person
        if _is_initial(tok) or (_is_cap(tok) and tok.text[0].isalpha() and tok.key not in heads):
            if tok.country is not None and tok.country.kind != "name" and i == start:
                break  # "President Macron" yes; "President Turkish ..." no
            i += 1
            continue
        if (
            tok.key in particles
            and i > start
            and i + 1 < len(toks)
            and (_is_cap(toks[i + 1]) or toks[i + 1].key in particles)
        ):
            i += 1
            continue
        if tok.text == "," and i > start and i + 1 < len(toks) and toks[i + 1].key in _SUFFIXES:
            i += 2
            if i < len(toks) and toks[i].text == ".":
                i += 1
            continue
        break
    # A name ends on a name word, not on a dangling role word ("... Minister").
    while i > start and toks[i - 1].key in role_words and not _is_initial(toks[i - 1]):
        i -= 1
    return start, i


def _country_of(toks: list[_Tok], lo: int, hi: int) -> str | None:
    """The state a role names: first state not introduced by 'to' (an ambassador's host)."""
    fallback: str | None = None
    seen: set[int] = set()
    for i in range(lo, hi):
        mention = toks[i].country
        if mention is None or mention.kind == "group" or id(mention) in seen:
            continue
        seen.add(id(mention))
        before = toks[i - 1].key if i > lo else ""
        if before == "to" or (before == "the" and i - 2 >= lo and toks[i - 2].key == "to"):
            fallback = fallback or mention.code
            continue
        return mention.code
    return fallback


def _has_group(toks: list[_Tok], lo: int, hi: int, text: str) -> bool:
    if any(_state(toks[i]) is None and toks[i].country is not None for i in range(lo, hi)):
        return True  # a group's official: "European Commission President"
    role = text[toks[lo].start : toks[hi - 1].end] if hi > lo else ""
    orgs = meeting_words()["organizations"]
    return any(form in role for forms in orgs.values() for form in forms)


def _name_text(text: str, toks: list[_Tok], lo: int, hi: int) -> str:
    return text[toks[lo].start : toks[hi - 1].end]


def extract_people(
    text: str,
    *,
    home: str | None = None,
    within: Sequence[tuple[int, int]] | None = None,
    mentions: Sequence[CountryMention] | None = None,
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
            already (:func:`~diplonews.parsing.countries.extract_country_mentions`).

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
    ...     "President Joseph R. Biden, Jr. spoke today with Amir Sheikh Tamim Bin Hamad "
    ...     "Al-Thani of Qatar.", home="USA")]
    [('Joseph R. Biden, Jr.', 'President', 'USA'), ('Tamim Bin Hamad Al-Thani', 'Amir', 'QAT')]
    >>> extract_people("The weather was fine.")
    ()

    .. versionadded:: 0.1.0
    """
    if mentions is None:
        mentions = extract_country_mentions(text)
    spans = [(0, len(text))] if within is None else within
    toks = _tokens(text, mentions, person_spans(text, spans))
    heads, _, honorifics, _ = _vocab()
    people: list[PersonMention] = []
    taken = 0  # tokens before this index belong to a found mention
    i = 0  # the next token to look at
    # Only a role head (or the "Prince" of "Crown Prince") starts a mention: visit those.
    for head in [k for k, tok in enumerate(toks) if tok.key in heads or tok.key == "prince"]:
        if head < i or head < taken:
            continue
        if toks[head].key not in heads and (head == 0 or toks[head - 1].key != "crown"):
            continue  # a "Prince" with no "Crown" before it
        i = head
        lo, hi = _role_span(toks, i)
        lo = max(lo, taken)
        if hi >= len(toks):
            break
        name_lo, name_hi = _read_name(toks, hi)
        appositive = False
        if name_hi == name_lo and toks[hi].text == "," and hi + 1 < len(toks):
            # "the new American ambassador to Türkiye, Tom Barrack" (name, then a stop)
            name_lo, name_hi = _read_name(toks, hi + 1)
            after = toks[name_hi].text if name_hi < len(toks) else "."
            appositive = name_hi - name_lo >= 2 and after in ".,;:)"
            if not appositive:
                name_lo = name_hi
        if name_hi == name_lo:
            i = hi
            continue
        end_tok = name_hi
        country = _country_of(toks, lo, hi)
        # "President Recep Tayyip Erdogan of Türkiye"
        if end_tok + 1 < len(toks) and toks[end_tok].key == "of":
            at = end_tok + 2 if toks[end_tok + 1].key == "the" else end_tok + 1
            state = _state(toks[at]) if at < len(toks) else None
            if state is not None:
                country = country or state.code
                end_tok = at
                while end_tok < len(toks) and toks[end_tok].country is state:
                    end_tok += 1
        role_lo = lo
        while role_lo < hi and (
            _state(toks[role_lo]) is not None or toks[role_lo].key in ("his", "her", "the")
        ):
            role_lo += 1
        while role_lo < hi and toks[role_lo].text in "'’":
            role_lo += 1
        if role_lo < hi and toks[role_lo].key == "s":
            role_lo += 1
        role: str | None = _name_text(text, toks, role_lo, hi) if role_lo < hi else None
        if role is not None and role.casefold().startswith("counterpart"):
            role = people[-1].role if people else None
        name = _name_text(text, toks, name_lo, name_hi)
        earlier = _known_as(people, name)
        if (
            earlier is not None
        ):  # "President Sheikh Mohamed" after "... Mohamed bin Zayed Al Nahyan"
            name, country = earlier.name, country or earlier.country
        if (
            country is None
            and home is not None
            and not _has_group(toks, lo, hi, text)
            and (home in _monarchies() or not _MONARCH.search(text, toks[lo].start, toks[hi].start))
        ):
            country = home  # a bare title in a government's own release is that government's
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
    people.extend(_appositions(text, toks, people))
    people.extend(_short_forms(text, spans, people, honorifics))
    people.sort(key=lambda p: p.start)
    return tuple(people)


def _known_as(people: Sequence[PersonMention], name: str) -> PersonMention | None:
    """The person named in full earlier of whom ``name`` is a one-word short form."""
    if " " in name:
        return None
    for person in people:
        words = person.name.split()
        if len(words) > 1 and name in words:
            return person
    return None


def _appositions(text: str, toks: list[_Tok], found: list[PersonMention]) -> list[PersonMention]:
    """'Ibrahim Kalin, Spokesperson and Chief Advisor to the President of Turkey'."""
    heads, role_words, honorifics, _ = _vocab()
    covered = [(p.start, p.end) for p in found]
    out: list[PersonMention] = []
    for i in [k for k, tok in enumerate(toks) if tok.text == ","]:
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
        while name_lo > 0 and (_is_cap(toks[name_lo - 1]) or _is_initial(toks[name_lo - 1])):
            name_lo -= 1
        while name_lo < name_hi and toks[name_lo].key in honorifics:
            name_lo += 1  # "Dr. Ibrahim Kalin": no honorifics in names
        if name_hi - name_lo < 2 or any(
            toks[k].country is not None or toks[k].key in heads or toks[k].key in role_words
            for k in range(name_lo, name_hi)
        ):
            continue  # "the Committee on International Relations, Deputy Minister X" is no name
        if any(s <= toks[name_lo].start < e for s, e in covered):
            continue
        lo, hi = _role_span(toks, head)
        lo = j
        role = _name_text(text, toks, lo, hi)
        out.append(
            PersonMention(
                name=_name_text(text, toks, name_lo, name_hi),
                role=role,
                country=_country_of(toks, lo, hi),
                start=toks[name_lo].start,
                end=toks[hi - 1].end,
                text=text[toks[name_lo].start : toks[hi - 1].end],
            )
        )
    return out


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
    """Later bare surnames ("Mr. Sullivan", "Sullivan") in ``spans`` resolve to the full name.

    The known names are looked for where they occur, then read as words: no
    tokens needed, so sentences with no role word cost a substring search.
    """
    by_surname: dict[str, PersonMention] = {}
    for person in found:
        words = person.name.replace(", Jr.", "").split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], person)
            for word in words[:-1]:  # "Rha" for "Rha Woong Bae": family names come first too
                if len(word) > 2 and word[:1].isupper() and not word.endswith("."):
                    by_surname.setdefault(word, person)
            if len(words) >= 3 and words[-2].casefold() in ("bin", "bint", "ibn"):
                by_surname.setdefault(" ".join(words[-2:]), person)
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
            if known is None or start < known.end or any(a <= start < b for a, b in covered):
                continue
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
