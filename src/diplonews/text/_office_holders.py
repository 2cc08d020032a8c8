"""Officials the reader is expected to know: a name to the state its holder served.

News often names a side by a person alone: "Erdogan and Trump held a call",
"Mr Kuranari flew to Washington", "President Tokayev met ...". Event coders
solve this with actor dictionaries; here the dictionary is
``gazetteer/data/office_holders.json`` (:func:`~diplonews.gazetteer.load_office_holders`),
each entry with the years of its term, so a name resolves only to a holder of
an office in the article's year (a former leader, or a namesake in another
decade, gives no state).

Two uses, both weaker than anything the text itself says (see :mod:`_people`):

* :func:`holder_state`: the state of a person read after a role word when the
  text gives none ("President Mirziyoyev" in a release from another state);
* :func:`bare_holders`: surnames standing alone ("Erdogan and Trump"), only
  when the form is distinctive: no common word or name ("May", "Khan"), and no
  form that two different holders of different states share.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from diplonews import _regex as re
from diplonews.gazetteer import BODIES, OfficeHolder, load_office_holders, normalize_name
from diplonews.text._person_tokens import vocab

__all__ = ["bare_holders", "holder_state"]

# Lower-case words inside a name ("Mohammed bin Salman", "de Klerk", "von der Leyen").
_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "el", "de", "da", "der", "van", "von", "la", "le", "di", "du"}
)
# Capitalised words before a name that are no part of it: sentence openers, honorifics.
_OPENERS = frozenset(
    {
        *("the", "a", "an", "when", "while", "as", "but", "and", "both", "then", "so", "if"),
        *("although", "though", "after", "before", "meanwhile", "however", "also", "earlier"),
        *("later", "on", "in", "at", "by", "from", "since", "during", "last", "this", "next"),
        *("today", "yesterday", "with", "for", "to", "of", "mr", "mrs", "ms", "dr", "sir"),
        *("madam", "former", "ex", "once", "because", "until", "where", "what", "why", "how"),
        *("pm", "fm"),  # abbreviated roles: "PM Ana Ruiz"
    }
)
# A word of a name: letters with inner apostrophes or hyphens ("Al-Sabah", "Sa'ar"), not "'s".
_WORD = re.compile(r"[^\W\d_]+(?:[’'\-](?!s\b)[^\W\d_]+)*")


def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name, without initials or "Jr."."""
    return tuple(
        w for w in normalize_name(name).split() if len(w) > 1 and w not in ("jr", "sr", "ii")
    )


@functools.cache
def _index() -> tuple[
    Mapping[tuple[str, ...], tuple[OfficeHolder, ...]], frozenset[tuple[str, ...]]
]:
    """(folded form or full name -> holders; forms no bare surname may stand for)."""
    table = load_office_holders()
    index: dict[tuple[str, ...], list[OfficeHolder]] = {}
    for holder in table.holders:
        keys = {_words(holder.name), *(_words(f) for f in holder.forms)}
        for key in keys:
            if key:
                index.setdefault(key, []).append(holder)
    weak = {_words(f) for f in table.common_forms}
    for key, holders in index.items():
        # Two different people of different states share the form: it names neither alone.
        by_state = {(h.state, h.name) for h in holders if h.state not in BODIES}
        if len({s for s, _ in by_state}) > 1 and len({n for _, n in by_state}) > 1:
            weak.add(key)
    return {k: tuple(v) for k, v in index.items()}, frozenset(weak)


@functools.cache
def _anchors() -> frozenset[str]:
    """The longest folded word of each form a bare surname may stand for."""
    index, weak = _index()
    return frozenset(max(key, key=len) for key in index if key not in weak)


def _may_name_holder(part: str) -> bool:
    """Whether a part of a text may hold a bare holder's surname.

    :func:`bare_holders` reads a run of words only when some form it may stand
    for (one not in the weak set) is among the run's folded words, so all that
    form's words, its anchor (longest word) among them, are words of ``part``
    (read as runs are read: the ``_WORD`` matches, folded):
    a part without any anchor names nobody, and its word-by-word reading is
    skipped (most sentences name no office holder).
    """
    return not _anchors().isdisjoint(normalize_name(" ".join(_WORD.findall(part))).split())


def _run_has_anchor(run: Sequence[re.Match[str]]) -> bool:
    """Whether a run of name words holds an anchor word (see :func:`_may_name_holder`).

    A run without one names no holder, so its full reading can be skipped. An
    ASCII word of letters folds to its lower case; any other is folded in full.
    """
    anchors = _anchors()
    for match in run:
        word = match.group()
        if word.isascii() and word.isalpha():
            if word.casefold() in anchors:
                return True
        elif not anchors.isdisjoint(normalize_name(word).split()):
            return True
    return False


def _fits(words: tuple[str, ...], lo: int, hi: int, holder: OfficeHolder) -> bool:
    """Whether the words around the form ``words[lo:hi]`` may be the holder's given names.

    "Tayyip Erdogan" and "Sergei Lavrov" (for "Sergey") fit; "Ali Khan" is not
    Imran Khan, and "Salman bin Hamad" is not Tamim bin Hamad.
    """
    own = _words(holder.name)
    return all(
        w in _PARTICLES or any(v[:2] == w[:2] for v in own) for w in (*words[:lo], *words[hi:])
    )


def _holders(words: tuple[str, ...], year: int | None, *, bare: bool) -> set[str]:
    """The states (or bodies) of the holders ``words`` may name in ``year``."""
    index, weak = _index()
    found: list[tuple[int, int, OfficeHolder]] = []
    for lo in range(len(words)):
        for hi in range(lo + 1, len(words) + 1):
            key = words[lo:hi]
            if key in index and not (bare and key in weak):
                found.extend((lo, hi, h) for h in index[key])
    if any(hi == len(words) for _, hi, _ in found):
        found = [f for f in found if f[1] == len(words)]  # the surname ends a name
    return {
        h.state
        for lo, hi, h in found
        if (year is None or h.first <= year <= h.last) and _fits(words, lo, hi, h)
    }


def holder_state(name: str, year: int | None = None) -> str | None:
    """The state (alpha-3) or body of the office holder ``name`` names in ``year``.

    ``None`` when no holder of the table fits, or holders of two states do.
    A ``year`` of ``None`` accepts a holder of any year.

    >>> holder_state("Recep Tayyip Erdogan", 2020), holder_state("Tokayev", 2021)
    ('TUR', 'KAZ')
    >>> holder_state("Tokayev", 1985) is None  # no office that year
    True
    >>> holder_state("Antonio Guterres", 2019)
    'UN'
    """
    states = _holders(_words(name), year, bare=False)
    return states.pop() if len(states) == 1 else None


def bare_holders(
    text: str,
    spans: Sequence[tuple[int, int]],
    covered: Sequence[tuple[int, int]],
    year: int | None = None,
) -> list[tuple[int, int, str, str]]:
    """``(start, end, full name, state)`` of each distinctive holder surname in ``spans``.

    Parts of ``text`` in ``covered`` (people already read) are skipped, and so
    are the heads of intergovernmental bodies, who are no side of their own.

    >>> bare_holders("Erdogan and Putin spoke; May agreed.", [(0, 36)], [], 2018)
    [(0, 7, 'Recep Tayyip Erdoğan', 'TUR'), (12, 17, 'Vladimir Putin', 'RUS')]
    """
    index, _ = _index()
    out: list[tuple[int, int, str, str]] = []
    for lo, hi in spans:
        if not _may_name_holder(text[lo:hi]):
            continue
        run: list[re.Match[str]] = []
        for match in _WORD.finditer(text, lo, hi):
            word = match.group()
            joined = bool(run) and text[run[-1].end() : match.start()] == " "
            namelike = word[0].isupper() or word.split("-")[0].casefold() in _PARTICLES
            if namelike and (joined or not run):
                run.append(match)
                continue
            out.extend(_read_run(text, run, covered, year, index))
            run = [match] if namelike else []
        out.extend(_read_run(text, run, covered, year, index))
    return out


def _no_part_of_name(key: str) -> bool:
    """Whether a folded word before a name is none of it: an opener, a role word, "Mr"."""
    heads, role_words, honorifics, _ = vocab()
    return key in _OPENERS or key in heads or key in role_words or key in honorifics


def _read_run(
    text: str,
    run: list[re.Match[str]],
    covered: Sequence[tuple[int, int]],
    year: int | None,
    index: Mapping[tuple[str, ...], tuple[OfficeHolder, ...]],
) -> list[tuple[int, int, str, str]]:
    """The holder a run of name words names, if it is one surname of the table."""
    if not _run_has_anchor(run):
        return []
    while run and _no_part_of_name(run[0].group().casefold().rstrip(".")):
        run = run[1:]  # "When", "Mr", "PM": no part of the name
    if not run or not any(m.group()[0].isupper() for m in run):
        return []
    start, end = run[0].start(), run[-1].end()
    if any(a < end and start < b for a, b in covered):
        return []
    words = _words(" ".join(m.group() for m in run))
    states = _holders(words, year, bare=True) - BODIES
    if len(states) != 1 or len(_holders(words, year, bare=False)) != 1:
        return []
    state = states.pop()
    names = {
        h.name
        for k in range(len(words))
        for h in index.get(words[k:], ())
        if h.state == state and (year is None or h.first <= year <= h.last)
    }
    name = min(names) if names else " ".join(m.group() for m in run)
    if len(run) == 1 and _named_otherwise(text, run[0].group(), name):
        return []
    return [(start, end, name, state)]


def _named_otherwise(text: str, surname: str, name: str) -> bool:
    """Whether ``text`` gives ``surname`` to someone else ("Giles Keating" for Paul Keating).

    A story that introduces its own "Giles Keating, economist" means him by "Keating".
    """
    own = {w[:2] for w in _words(name)}
    for before in re.finditer(rf"([A-Z][^\W\d_]+) {re.escape(surname)}\b", text):
        key = before.group(1).casefold()
        if _no_part_of_name(key):
            continue
        if key in _PARTICLES or key[:2] in own:
            continue
        if _words(before.group(1)) and _words(before.group(1))[0][:2] not in own:
            return True
    return False
