"""Tokens and vocabulary for reading people's names and roles (see :mod:`_people`).

The vocabulary comes from ``gazetteer/data/meeting_words.json`` (loaded once,
on first use); a text is cut into word and punctuation tokens, each carrying
the country mention it lies in, if any.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
from collections.abc import Mapping, Sequence
from importlib.resources import files
from types import MappingProxyType
from typing import Any, NamedTuple

from diplonews import _regex as re
from diplonews.text._trie import trie
from diplonews.text._word_starts import WordStarts, lowered
from diplonews.text.countries import CountryMention

__all__ = [
    "MONARCH",
    "PATRONYMICS",
    "ROLE_GLUE",
    "STATE_WORDS",
    "SUFFIXES",
    "Tok",
    "head_pattern",
    "head_scan",
    "head_starts",
    "is_cap",
    "is_initial",
    "meeting_words",
    "monarchies",
    "not_name_words",
    "state_of",
    "tokens",
    "vocab",
]


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
    from, for officials named without a country), ``body_seats`` (``{record
    name: [cities]}``, where a body's sessions meet at its own seat, hosted by no
    state) and ``talks_seats`` (``{record name: [cities]}``, where a body's secretariat
    or commission holds talks with states at its seat).
    """
    path = files("diplonews.gazetteer") / "data" / "meeting_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({k: v for k, v in raw.items() if not k.startswith("_")})


@functools.cache
def vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
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
def monarchies() -> frozenset[str]:
    """States whose officials may bear a monarch's title."""
    return frozenset(meeting_words()["monarchies"])


# A monarch's title: a republic's outlet never gives its own state to such an official.
MONARCH = re.compile(
    r"\b(?:King|Queen|Amir|Emir|Crown\s+Prince|Sultan|Sheikh|Prince|Princess"
    r"|Emperor|Empress|Majesty|Highness)\b"
)


@functools.cache
def not_name_words() -> frozenset[str]:
    """Capitalised words that mark an institution or event, never a person's name."""
    return frozenset(meeting_words()["not_names"])


# A token: a word (letters, inner apostrophes, hyphens and dots: "Al-Thani", "U.S.",
# "R."), or one punctuation mark. Cheap tests come first where they decide the same: a dot
# after the first letter ("(?=.\.)"), ASCII letters before any letter ("[A-Za-z]*" then
# "[^\W\d_]*" is the same longest run of letters, with fewer Unicode category lookups). No
# token starts at a space: one test there ("(?=\S)") instead of a failed try of each branch.
# Most tokens are lower-case words with no dot after their first letter, where no branch
# but the word's can match: the first branch reads them at once (the word's own pattern)
# instead of after four failed tries (a fifth of the tokenizer's time). Each branch reads one
# character at least, and says so ("[A-Za-z]+" where its lookahead has seen a letter): the
# compiler then lets a search skip the spaces between tokens instead of entering the pattern
# at each.
_TOKEN = re.compile(
    r"""
    (?=\S)(?:
      (?=[a-z][^.])[A-Za-z]+[^\W\d_]*(?:[’'\-](?!s\b)[^\W\d_]+)*  # a lower-case word, read first
    | (?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Prof|Gen|Sen|Rep|Gov)\.(?!\w)  # an abbreviated title
    # a letter and a dot: one test for the three shapes that open so
    | (?=.\.)(?:
        (?:[A-Z]\.){1,3}[A-Z][a-z]{2,}(?:[’'\-][A-Za-z]+)*  # initials and a surname: "R.Meredov"
      | [^\W\d_](?:\.[^\W\d_])+\.?      # dotted initials: "U.S.", "U.N", "H.E."
      | [^\W\d_]\.(?=\s+[A-Z])          # an initial before a name: "R." in "Joseph R. Biden"
      )
    # a word: "Al-Thani"; not "'s" (its letters ASCII first, as the lower-case word's)
    | (?=[^\W\d_])(?:[A-Za-z]+[^\W\d_]*|[^\W\d_]+)(?:[’'\-](?!s\b)[^\W\d_]+)*
    | \d+                               # a number
    | [^\w\s]                           # one punctuation mark
    )""",
    re.VERBOSE,
)
# Connectors allowed inside a long role ("Minister of Foreign Affairs of the Republic of").
ROLE_GLUE = frozenset({"of", "for", "and", "&", "the", "to", "on", "in", "at"})
# Words that may stand inside a role's country phrase ("the Republic of Uzbekistan").
STATE_WORDS = frozenset({"republic", "kingdom", "state", "states", "federation", "united"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})
# "son/daughter of" inside an Arabic name: only between name words ("de", "van" may stand
# in a place's name, "Rio de Janeiro").
PATRONYMICS = frozenset({"bin", "bint", "ibn"})
# The last word of a legislature's or cabinet's name: its chair's role takes the body
# ("Chairman of the State Duma", "Speaker of the Milli Majlis", "Chair of the Cabinet of
# Ministers") rather than leaving the body's words to the name.
BODY_NOUNS = frozenset(
    {"assembly", "cabinet", "duma", "kenesh", "khural", "majlis", "mazhilis", "mejlis"}
    | {"parliament", "rada", "seimas", "sejm", "senate"}
    # a ministry's official: "State Secretary of the Ministry of Transport A B"
    | {"ministry", "department"}
)


class Tok(NamedTuple):
    """One token (a named tuple: built a hundred thousand times a second)."""

    start: int
    end: int
    text: str
    key: str  # case-folded text without a final dot
    country: CountryMention | None


def tokens(
    text: str, mentions: Sequence[CountryMention], within: Sequence[tuple[int, int]]
) -> list[Tok]:
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
    return list(map(_new_tok, itertools.repeat(Tok), rows))


# ``tuple.__new__`` builds a named tuple from a row without a Python-level call.
_new_tok = tuple.__new__


@functools.cache
def _head_forms() -> frozenset[str]:
    """Each role head and honorific as written, lower-case and capitalised."""
    words = meeting_words()
    forms: set[str] = {"counterpart"}
    for raw in words["role_heads"] + words["honorifics"]:
        word = raw.rstrip(".")
        forms |= {word, word.lower(), word[:1].upper() + word[1:].lower()}
    return frozenset(forms)


@functools.cache
def head_pattern() -> re.Pattern[str]:
    """Any role head or honorific, lower-case or capitalised: a sentence may name an official.

    Case-sensitive alternatives factored into a trie behind a first-letter lookahead:
    several times faster than one ``re.IGNORECASE`` alternation.
    """
    forms = _head_forms()
    first = "".join(sorted({form[0] for form in forms}))
    # After an ASCII word character no form starts: that cheap test rejects most places
    # before the Unicode word-boundary test (every form starts with a letter).
    return re.compile(rf"(?<![A-Za-z0-9_])\b(?=[{re.escape(first)}]){trie(sorted(forms))}\b")


@functools.cache
def head_scan() -> re.Pattern[str]:
    """:func:`head_pattern` as the character before the word and the word after it.

    Searched from one character before a span's start, it finds a role word in the
    span where :func:`head_pattern` does, faster: the engine skips from one
    character that is not an ASCII word character to the next without entering the
    pattern, where the lookbehind is tried at every place.

    >>> text = "Prices rose. President Ali Demir spoke."
    >>> head_scan().search(text, 12, 39).span(), head_scan().search(text, 0, 12)
    ((12, 22), None)
    """
    return re.compile(head_pattern().pattern.replace("(?<![A-Za-z0-9_])", "[^A-Za-z0-9_]", 1))


# Where a role head or honorific may start, read off the body's shared word scan (lower-cased).
_HEAD_STARTS = WordStarts(lambda: {form.lower() for form in _head_forms()})

# The only characters whose lower-case form is not one character outside ASCII ("İ" is
# two, the Kelvin sign is "k"): in a text without them the lower-cased text's offsets
# are the text's own, and a character before a word stays one that is not [a-z0-9_].
_LOWERS_INTO_ASCII = ("\u0130", "\u212a")


def head_starts(text: str) -> list[int] | None:
    """Every offset of ``text`` where :func:`head_scan` may find a word, in order.

    A superset: each place where a lower-cased form of a role word starts after no
    ASCII word character, from the shared scan of the lower-cased text (one scan that
    other steps read too, cached). None where ``text`` holds a character that lower-cases
    to an ASCII letter or to two characters, so that the scan's offsets may not be its own.

    >>> head_starts("Prices rose. President Ali Demir spoke.")
    [13]
    """
    if any(char in text for char in _LOWERS_INTO_ASCII):
        return None
    return _HEAD_STARTS.starts(lowered(text)[1])


def state_of(tok: Tok) -> CountryMention | None:
    """The state a token belongs to, if any (groups excluded)."""
    mention = tok.country
    return mention if mention is not None and mention.kind != "group" else None


def is_cap(tok: Tok) -> bool:
    return tok.text[:1].isupper()


def is_initial(tok: Tok) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
