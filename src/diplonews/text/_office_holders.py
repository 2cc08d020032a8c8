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
from collections.abc import Iterable, Iterator, Mapping, Sequence

from diplonews import _regex as re
from diplonews.gazetteer import BODIES, OfficeHolder, load_office_holders, normalize_name
from diplonews.text._person_tokens import vocab
from diplonews.text._trie import trie

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
# A word character outside ASCII: a part without one has ASCII letters as its only letters.
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")
# In a part whose letters are ASCII, read alone: a run of name words (``_WORD`` matches
# with a capital first or opening on a particle, each one space after the last).
_ASCII_RUN = re.compile(
    r"""(?<![A-Za-z])(?:(?<![A-Za-z][’'\-])|(?=s\b))  # where _WORD starts a word: no letter
                                                     # before, nor one and a connector
    (?=[A-Z]|{particle}){word}                       # a name-like word
    (?:\x20(?=[A-Z]|{particle}){word})*              # and each one joined to it by one space
    """.format(
        word=r"[A-Za-z]+(?:[’'\-](?!s\b)[A-Za-z]+)*",
        # a particle as the word's first piece (up to a hyphen): "bin", "al-Sabah", "Van"
        particle=r"(?i:{})(?:-|(?![A-Za-z]|[’'](?!s\b)[A-Za-z]))".format(
            "|".join(sorted(_PARTICLES, key=lambda p: (-len(p), p)))
        ),
    ),
    re.VERBOSE,
)


def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name, without initials or "Jr."."""
    return tuple(
        w for w in normalize_name(name).split() if len(w) > 1 and w not in ("jr", "sr", "ii")
    )


def _all_words(*names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """:func:`_words` of each name (kept on disk where no name holds a line break)."""
    distinct = sorted({name for some in names for name in some})  # (a form set's order varies)
    joined = "\n".join(distinct)
    if joined.count("\n") != max(len(distinct) - 1, 0):
        return {name: _words(name) for name in distinct}
    return dict(zip(distinct, _kept_words(joined, 0), strict=True))


# The same table gives the same words, and folding its 1,700 names and forms was an eighth
# of a fresh process's first article: kept on disk with the compiled patterns (a new fold,
# normalize_name in diplonews.gazetteer, or a new table reads them afresh).
@re.remembered("office_holder_words", "diplonews.gazetteer")
def _kept_words(joined: str, _flags: int) -> tuple[tuple[str, ...], ...]:
    """:func:`_words` of each line of ``joined``."""
    return tuple(map(_words, joined.split("\n"))) if joined else ()


@functools.cache
def _index() -> tuple[
    Mapping[tuple[str, ...], tuple[OfficeHolder, ...]], frozenset[tuple[str, ...]]
]:
    """(folded form or full name -> holders; forms no bare surname may stand for)."""
    table = load_office_holders()
    folded = _all_words([n for h in table.holders for n in (h.name, *h.forms)], table.common_forms)
    index: dict[tuple[str, ...], list[OfficeHolder]] = {}
    for holder in table.holders:
        keys = {folded[holder.name], *(folded[f] for f in holder.forms)}
        for key in keys:
            if key:
                index.setdefault(key, []).append(holder)
    weak = {folded[f] for f in table.common_forms}
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

    A part whose letters are all ASCII (most) is searched for the anchors at
    once (:func:`_anchor_pattern`); any other is folded word by word
    (:func:`_holds_anchor`): the same answer.
    """
    if part.isascii() or _NON_ASCII_WORD_CHAR.search(part) is None:
        return _ascii_holds_anchor(part)
    return _holds_anchor(part)


def _ascii_holds_anchor(part: str) -> bool:
    """:func:`_holds_anchor` for a part whose letters are all ASCII, in one search."""
    if "'" in part or "’" in part:
        part = _INNER_APOSTROPHE.sub("", part)
    return _anchor_pattern().search(" " + part.lower()) is not None  # (see _anchor_pattern)


def _holds_anchor(part: str) -> bool:
    """Whether an anchor is among the folded words of ``part`` (see :func:`_may_name_holder`)."""
    return not _anchors().isdisjoint(normalize_name(" ".join(_WORD.findall(part))).split())


# An apostrophe inside an ASCII word, which folding drops ("Sa'ar" is "saar"; not "'s").
_INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’'](?=[A-Za-z])(?!s\b)")


@functools.cache
def _anchor_pattern() -> re.Pattern[str]:
    """Any anchor standing as a whole word in a lower-cased part whose letters are ASCII.

    In such a part, the folded words of its ``_WORD`` matches are its runs of
    letters once inner apostrophes are dropped (``_INNER_APOSTROPHE``, as the
    connector of ``_WORD`` is one) and hyphens cut them. The anchors are
    written as a trie, each letter tried once, after the character before
    the word (the part is searched with a space in front): a pattern that
    opens on a set of characters lets the engine skip to the next one
    without entering the pattern.
    """
    return re.compile(rf"[^a-z]{trie(sorted(_anchors()))}(?![a-z])")


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


@functools.lru_cache(maxsize=4096)  # a pure lookup: the same names come back story after story
def _holders(words: tuple[str, ...], year: int | None, *, bare: bool) -> frozenset[str]:
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
    return frozenset(
        h.state
        for lo, hi, h in found
        if (year is None or h.first <= year <= h.last) and _fits(words, lo, hi, h)
    )


@functools.lru_cache(maxsize=4096)  # the same officials are named story after story
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
    return next(iter(states)) if len(states) == 1 else None


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
    ascii_text = text.isascii()
    for lo, hi in spans:
        part = text[lo:hi]
        # (a part all ASCII, most of a body that is not, holds no such character: one C test)
        if ascii_text or part.isascii() or _NON_ASCII_WORD_CHAR.search(part) is None:
            hits = _anchor_hits(part)
            if not hits:
                continue  # no anchor word: the part names no holder
            runs = (
                _runs_at(text, lo, part, hits)
                if hits[0] >= 0
                else _anchored_runs(text, lo, hi, ascii_text=True)
            )
        elif _holds_anchor(part):
            runs = _anchored_runs(text, lo, hi)
        else:
            continue
        for run in runs:
            out.extend(_read_run(text, run, covered, year, index))
    return out


def _anchor_hits(part: str) -> list[int]:
    """Where the anchor words of a part whose letters are all ASCII start, in one search.

    The search of :func:`_ascii_holds_anchor` (the same answer: the list is empty when
    that search finds nothing), kept with its places, so that the runs holding an
    anchor are found from them (:func:`_runs_at`) instead of by cutting the whole part
    into runs and searching each. Where dropping inner apostrophes ("Sa'ar") moved the
    letters, the places are not the part's: ``[-1]`` then stands for "some anchor".
    """
    dropped = 0
    if "'" in part or "’" in part:
        part, dropped = _INNER_APOSTROPHE.subn("", part)
    # A match starts at the character before the anchor: in " " + part, that is the
    # anchor's own offset in the part.
    hits = [match.start() for match in _anchor_pattern().finditer(" " + part.lower())]
    return [-1] if dropped and hits else hits


# What a run of name words is made of (letters, connectors, single spaces), and the
# last character before a place that is none of them: no run goes across it, so the
# runs cut from right after it are those cut from the part's start.
_RUN_BREAK = re.compile(r"(?s:.*)[^A-Za-z’'\- ]")


def _runs_at(text: str, lo: int, part: str, hits: Sequence[int]) -> Iterator[list[re.Match[str]]]:
    """The runs of ``part`` (``text[lo:]``, letters all ASCII) holding an anchor place of ``hits``.

    :func:`_anchored_runs` for such a part, read from the places the anchor search
    found: for each, the runs are cut from the last character before it that no run
    holds, up to the run around it. An anchor is a whole word of letters, so it lies
    inside one run or outside every run, and a run holds an anchor word exactly when
    an anchor place lies inside it.
    """
    end = 0  # the runs before this offset of the part are read
    for hit in hits:
        if hit < end:
            continue  # inside the run just read
        brk = _RUN_BREAK.match(part, end, hit)
        run = _ASCII_RUN.search(part, brk.end() if brk is not None else end)
        while run is not None and run.end() <= hit:
            run = _ASCII_RUN.search(part, run.end())
        if run is None:
            return
        if run.start() > hit:
            end = run.start()  # no run holds this place; a later one may be in this run
            continue
        end = run.end()
        yield list(_WORD.finditer(text, lo + run.start(), lo + end))


def _anchored_runs(
    text: str, lo: int, hi: int, *, ascii_text: bool = False
) -> Iterator[list[re.Match[str]]]:
    """The runs of :func:`_runs` that hold an anchor word: no other names a holder.

    A run cut by ``_ASCII_RUN`` is searched for one at once (:func:`_ascii_holds_anchor`),
    before its words are read.
    """
    if ascii_text or _NON_ASCII_WORD_CHAR.search(text, lo, hi) is None:
        for match in _ASCII_RUN.finditer(text[lo:hi]):
            if _ascii_holds_anchor(match.group()):
                yield list(_WORD.finditer(text, lo + match.start(), lo + match.end()))
    else:
        yield from filter(_run_has_anchor, _runs_by_word(text, lo, hi))


def _runs(
    text: str, lo: int, hi: int, *, ascii_text: bool = False
) -> Iterator[list[re.Match[str]]]:
    """The runs of name words of ``text[lo:hi]``, each its ``_WORD`` matches.

    A run is a longest sequence of name-like words (a capital first, or a
    particle: "bin", "al-Sabah") each one space after the last. A part whose
    word characters are all ASCII is cut into runs by one pattern
    (``_ASCII_RUN``, on the part alone: a word starts at ``lo`` as ``_WORD`` reads
    it from there); any other is read word by word (:func:`_runs_by_word`),
    as both were once: the same runs. ``ascii_text`` tells that all ``text`` is ASCII.
    """
    if ascii_text or _NON_ASCII_WORD_CHAR.search(text, lo, hi) is None:
        for match in _ASCII_RUN.finditer(text[lo:hi]):
            yield list(_WORD.finditer(text, lo + match.start(), lo + match.end()))
    else:
        yield from _runs_by_word(text, lo, hi)


def _runs_by_word(text: str, lo: int, hi: int) -> Iterator[list[re.Match[str]]]:
    """:func:`_runs`, read word by word (whatever the script)."""
    run: list[re.Match[str]] = []
    for match in _WORD.finditer(text, lo, hi):
        word = match.group()
        joined = bool(run) and text[run[-1].end() : match.start()] == " "
        namelike = word[0].isupper() or word.split("-")[0].casefold() in _PARTICLES
        if namelike and (joined or not run):
            run.append(match)
            continue
        if run:
            yield run
        run = [match] if namelike else []
    if run:
        yield run


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
    """The holder a run of name words names, if it is one surname of the table.

    The run holds an anchor word (:func:`_anchored_runs` reads no other).
    """
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
    (state,) = states
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
