"""The vocabulary of written instruments: head words, their kinds, and the words before them.

Private to :mod:`diplonews.agreements`. The word lists live in
``gazetteer/data/agreement_words.json`` and are read once.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources import files
from typing import Any

import attrs

from diplonews import _regex as re
from diplonews.models import AgreementKind, AgreementStatus
from diplonews.text import PieceScan, WordStarts, caseless_as_lowered, lowered, word_start_scan

__all__ = [
    "AMENDED",
    "DEFINITE",
    "INDEFINITE",
    "INSTRUMENT",
    "LEFT_STOPS",
    "UN_NAME",
    "Words",
    "abbreviation",
    "business_at",
    "business_in",
    "business_near",
    "business_signed",
    "cue_factors",
    "cue_literals",
    "head_at",
    "is_plural",
    "iter_heads",
    "kind_of",
    "modifier_tokens",
    "title_key",
    "vocabulary",
]


@attrs.frozen
class Words:
    """The contents of ``agreement_words.json``, with its patterns compiled."""

    kinds: Mapping[str, AgreementKind]
    cue_patterns: tuple[str, ...]  # as written, in order (the earlier wins at one position)
    cue_status: tuple[AgreementStatus, ...]
    cue_weak: tuple[bool, ...]
    cue_scans: tuple[tuple[re.Pattern[str], bool], ...]
    cue_literals: tuple[tuple[str, ...], ...]
    # Finds the cue literals and factors a lower-cased text holds.
    cue_gate: PieceScan
    # For each string the gate finds, the cues one of whose literals starts it, and those
    # one of whose factors does.
    cue_opened: Mapping[str, tuple[int, ...]]
    cue_present: Mapping[str, frozenset[int]]
    cue_ungated: tuple[int, ...]  # the cues without literals: always scanned
    cue_factors: tuple[tuple[str, ...], ...]  # one of which each match holds (see cue_factors)
    cue_unfactored: frozenset[int]  # the cues without factors: scanned once opened
    generic: frozenset[str]
    business: re.Pattern[str]
    business_gate: PieceScan  # finds the business words of a lower-cased text
    commercial: frozenset[str]
    organisations: re.Pattern[str]
    actors: frozenset[str]
    armed: re.Pattern[str]  # a non-state armed movement's name, case as written


# "side" as a business word: a sports team, its name right after it ("Belgian side Genk",
# "Bundesliga side Hamburg"), capitals matched as written. A government's side is followed by
# its verb or a comma ("the Uzbek side said", "the Turkish side, led by"), and where a
# capital follows it is a day or an official's title ("the Russian side Tuesday", "on the
# Georgian side Deputy Minister X"): no club.
_TEAM_SIDE = (
    r"side(?=\s+(?-i:[A-Z][a-z]))"
    r"(?!\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|President|Prime|Minister|Deputy"
    r"|Foreign|Chairman|Ambassador|Head|Speaker|First|Secretary)\b)"
)


@functools.cache
def vocabulary() -> Words:
    """Load ``agreement_words.json`` (hand-curated by the diplonews developers).

    Keys: ``kinds`` (lower-case head word or phrase -> kind value),
    ``status_cues`` (ordered ``[status, regex]`` pairs, ``"weak"`` third for
    an attitude such as "seek" or "urge"; at a given position the earlier cue
    wins),
    ``generic_modifiers`` (adjectives that do not distinguish two
    instruments), ``business_words`` (signers that are not states),
    ``commercial_modifiers`` (words before the instrument that make it a
    commercial contract: "loan agreement", "sponsorship deal"),
    ``organisation_names`` (instrument names also used for a body: "GATT")
    ``actor_words`` (nouns after a demonym that make it a state actor:
    "Turkish government", not "Russian peacekeepers") and ``armed_groups``
    (names of non-state armed movements: a deal with one is not between states).
    """
    path = files("diplonews.gazetteer") / "data" / "agreement_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    cues = [(AgreementStatus(cue[0]), cue[1]) for cue in raw["status_cues"]]
    business = "|".join(
        # "the central bank", "the National Bank of X": a state body, not a business
        (r"(?<!central\s)(?<!national\s)" if w.startswith("bank") else "")
        # "the Paris Club" of creditor governments is a group of states, not a business
        + (r"(?<!paris\s)" if w == "club" else "")
        # "Acme Holding" is a company; "holding talks" is a verb
        + (r"(?-i:H)olding" if w == "holding" else _TEAM_SIDE if w == "side" else re.escape(w))
        for w in sorted(raw["business_words"], key=len, reverse=True)
    )
    literals = tuple(_cue_literals(pattern, 0) for _, pattern in cues)
    scans = tuple(_cue_scan(pattern) for _, pattern in cues)
    factors = tuple(cue_factors(scan.pattern) for scan, _ in scans)
    # One scan of a window finds both: the cues opened by a literal, and among them those
    # one of whose factors the window holds (the others cannot match there).
    gated = {text for found in (*literals, *factors) for text in found}
    opened_by, present_by = _cues_by_string(literals), _cues_by_string(factors)
    return Words(
        kinds={k: AgreementKind(v) for k, v in raw["kinds"].items()},
        cue_patterns=tuple(pattern for _, pattern in cues),
        cue_status=tuple(status for status, _ in cues),
        cue_weak=tuple(cue[2:] == ["weak"] for cue in raw["status_cues"]),
        cue_scans=scans,
        cue_literals=literals,
        cue_gate=PieceScan(gated),
        cue_opened={text: tuple(sorted(_opening(text, opened_by))) for text in gated},
        cue_present={text: frozenset(_opening(text, present_by)) for text in gated},
        cue_ungated=tuple(i for i, found in enumerate(literals) if not found),
        cue_factors=factors,
        cue_unfactored=frozenset(i for i, own in enumerate(factors) if not own or "" in own),
        generic=frozenset(raw["generic_modifiers"]),
        business=re.compile(rf"\b(?:{business})\b", re.IGNORECASE),
        # (a word outside ASCII could match an ASCII text with IGNORECASE: "" opens the gate)
        business_gate=PieceScan(w.lower() if w.isascii() else "" for w in raw["business_words"]),
        commercial=frozenset(raw["commercial_modifiers"]),
        organisations=re.compile(
            "|".join(
                r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b"
                for name in raw["organisation_names"]
            )
        ),
        actors=frozenset(raw["actor_words"]),
        armed=re.compile(
            r"\b(?:" + "|".join(re.escape(name) for name in raw["armed_groups"]) + r")\b"
        ),
    )


def _cues_by_string(strings: Iterable[tuple[str, ...]]) -> dict[str, set[int]]:
    """Each string of the cues' ``strings`` (a tuple per cue), the cues it is one of."""
    cues: dict[str, set[int]] = {}
    for i, own in enumerate(strings):
        for text in own:
            cues.setdefault(text, set()).add(i)
    return cues


def _opening(text: str, cues: dict[str, set[int]]) -> set[int]:
    """The cues one of whose strings ``text`` starts with (its prefixes looked up in ``cues``).

    A test of every cue's strings for every gated string grew with the product of their
    numbers: a fifth of the first agreement cue's time in a fresh process.
    """
    return {i for k in range(len(text) + 1) for i in cues.get(text[:k], ())}


def _cue_scan(pattern: str) -> tuple[re.Pattern[str], bool]:
    r"""One cue compiled for lower-cased text, and whether it must start a word.

    A leading ``\b`` is taken out (and checked by the caller) so that the
    pattern starts with a literal, which the regex engine finds fast.
    """
    if pattern.startswith(r"\b"):
        return re.compile_later(pattern[2:]), True
    return re.compile_later(pattern), False


def _regex_parser() -> Any:
    """The standard library's regex parser (a private module, renamed in Python 3.11)."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module("sre_parse")


def cue_factors(pattern: str) -> tuple[str, ...]:
    r"""Strings one of which every match of ``pattern`` holds, read off its parse; ``()`` if none.

    The longest run of literal letters the pattern always passes through, or
    the runs of every alternative of a group it always passes through (the
    choice whose shortest string is the longest). A test for them is cheaper
    than a scan: a cue opened by a common word ("to", "is") is scanned only
    where its other words are in the text too.

    >>> cue_factors(r"\b(?:to|will) ratif\w*")
    (' ratif',)
    >>> cue_factors(r"(?:is|are) (?:fully )?implemented")
    ('implemented',)
    >>> cue_factors(r"(?:ab|cd)\w+")
    ('ab', 'cd')
    >>> cue_factors(r"\w+")
    ()
    """
    return _cue_factors(pattern, 0)


# (kept on disk with the compiled patterns: reading the cues' literals was a tenth of the
# first agreement cue's time in a fresh process)
@re.remembered("cue_literals")
def _cue_literals(pattern: str, _flags: int) -> tuple[str, ...]:
    """:func:`cue_literals` (the flags are none: a cue is read as written)."""
    return cue_literals(pattern)


# (kept on disk with the compiled patterns: parsing the cues was a third of the first
# agreement cue's time in a fresh process)
@re.remembered("cue_factors")
def _cue_factors(pattern: str, _flags: int) -> tuple[str, ...]:
    """:func:`cue_factors` (the flags are none: a cue is read as written)."""
    try:
        parser = _regex_parser()
        parsed = parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return ()  # "A" would match "a": the lower-cased text may not hold the factor
        return _factors_of(parser, list(parsed)) or ()
    except Exception:  # no parse (another Python's parser): no factors, the cue is always scanned
        return ()


def _factors_of(parser: Any, items: list[Any]) -> tuple[str, ...] | None:
    """The best factors of a sequence of parsed items (see :func:`cue_factors`)."""
    choices: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op == parser.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            choices.append(("".join(run),))
            run = []
        found: tuple[str, ...] | None = None
        if op == parser.SUBPATTERN and not arg[1] and not arg[2]:  # a group, no flags
            found = _factors_of(parser, list(arg[3]))
        elif op == parser.BRANCH:
            each = [_factors_of(parser, list(alternative)) for alternative in arg[1]]
            if all(each):
                found = tuple(dict.fromkeys(f for factors in each if factors for f in factors))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and arg[0] >= 1:
            found = _factors_of(parser, list(arg[2]))
        if found:
            choices.append(found)
    if not choices:
        return None
    return max(choices, key=lambda factors: (min(map(len, factors)), -len(factors)))


# What ends the literal start of a pattern: a metacharacter, or a quantifier on the last letter.
_META = frozenset("\\()[]{}|?*+.^$")
_QUANTIFIERS = frozenset("?*+{")


def _literal_prefix(pattern: str) -> str:
    """The letters every match of ``pattern`` starts with ("" when it starts with a class)."""
    end = 0
    while end < len(pattern) and pattern[end] not in _META:
        end += 1
    if end < len(pattern) and pattern[end] in _QUANTIFIERS:
        end -= 1  # "needs?": the "s" may be absent
    return pattern[:end]


def cue_literals(pattern: str) -> tuple[str, ...]:
    r"""Strings one of which every match of a cue holds; ``()`` when none is known.

    Read off the start of the pattern: its literal letters ("ratif" in
    ``ratif\w*``), or those of each alternative of a leading group
    (``(?:came|comes) into`` gives "came", "comes"). A cue whose start is
    optional or a class gives ``()``, and is always scanned.

    >>> cue_literals(r"\b(?:sign(?:s|ed)?|inked)\b")
    ('sign', 'inked')
    >>> cue_literals(r"(?:fully )?implemented")
    ()
    >>> cue_literals(r"\bsigned|\binked")
    ('signed', 'inked')
    """
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:  # "a|b": the literals of each alternative
        each = [cue_literals(alternative) for alternative in alternatives]
        if () in each:
            return ()
        return _shortest(p for literals in each for p in literals)
    if pattern.startswith(r"\b"):
        pattern = pattern[2:]
    if not pattern.startswith("(?:"):
        prefix = _literal_prefix(pattern)
        return (prefix,) if prefix else ()
    depth, close, i = 0, -1, 0
    cuts = [2]  # where each alternative of the leading group begins, less one
    while i < len(pattern) and close < 0:
        char = pattern[i]
        if char == "\\":
            i += 1  # an escaped character: no group, no alternative
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            close = i if depth == 0 else -1
        elif char == "|" and depth == 1:
            cuts.append(i)
        i += 1
    if close < 0 or pattern[close + 1 : close + 2] in ("?", "*", "{"):
        return ()
    cuts.append(close)
    prefixes = [_literal_prefix(pattern[a + 1 : b]) for a, b in itertools.pairwise(cuts)]
    if "" in prefixes:
        return ()
    return _shortest(prefixes)


def _shortest(prefixes: Iterable[str]) -> tuple[str, ...]:
    """The prefixes without those holding another: "to" is enough where "yet to" is also listed."""
    listed = list(prefixes)
    return tuple(p for p in dict.fromkeys(listed) if not any(q in p and q != p for q in listed))


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside groups and classes: ``"a|(?:b|c)"`` gives two."""
    pieces: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # an escaped character
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a bracket first in a class is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


# How every instrument word begins, lower-cased: found where a word starts, in one scan
# (_stem_starts); INSTRUMENT then checks each candidate.
_STEMS = (
    "memorand",
    "mou",
    "fta",
    "declaration",
    "treat",
    "convention",
    "agreement",
    "accord",
    "arrangement",
    "pact",
    "deal",
    "protocol",
    "minutes",
    "agreed",
    "road",
    "action",
    "plan",
    "program",
    "cooperation",
    "co-operation",
    "consultation",
    "understanding",
    "concept",
    "document",
    "charter",
    "statement",
    "communiq",
    "framework",
    "joint",
    "consensus",
    "compact",
    "vision",
    "principles",
    "partnership",
    "letter",
    "exchange",
)


def iter_heads(text: str) -> Iterator[re.Match[str]]:
    """The instrument words of ``text``, as :data:`INSTRUMENT` matches, left to right.

    >>> [m.group("head") for m in iter_heads("An accord, not accordance; the MoU.")]
    ['accord', 'MoU']
    """
    lower, padded = lowered(text)
    if len(lower) != len(text):  # lower() changed a length: scan the text as it is
        yield from INSTRUMENT.finditer(text)
        return
    edge = 0
    # each place a stem starts a word (see _stem_starts): in order, each once
    for start in _STEM_STARTS.starts(padded):  # as _stem_starts finds them
        if start < edge:
            continue
        match = head_at(text, start)
        if match is not None:
            edge = match.end()
            yield match


def head_at(text: str, start: int) -> re.Match[str] | None:
    """The instrument word at ``start`` of ``text`` (a place :func:`iter_heads` yields), if any.

    :data:`INSTRUMENT`'s match, or a named partnership told implemented.

    >>> head_at("a pact", 2).group("head"), head_at("the Energy Partnership", 11)
    ('pact', None)
    """
    match = INSTRUMENT.match(text, start)
    if match is None and text.startswith("Partnership", start):
        match = _implemented_partnership(text, start)
    return match


# A named partnership's last word ("the X Partnership", "the Partnership for Y"): an
# instrument word only where its implementation is told right before it (see
# _implemented_partnership); INSTRUMENT itself never takes it, so that "the Treaty on
# Strategic Partnership" stays one instrument for every other pattern.
_PARTNERSHIP = re.compile(r"(?<![.\w])(?P<head>Partnership)(?![ ]+[A-Z])\b(?![.]\w|[+(])")
# "implementation of the", "implementing": the name's implementation told before it.
_IMPLEMENT_WORD = re.compile(r"\bimplement(?:ation|ing)\b", re.IGNORECASE)


def _implemented_partnership(text: str, start: int) -> re.Match[str] | None:
    """``Partnership`` at ``start`` as an instrument word, if its implementation is told.

    Told in the 80 characters before it, with no other instrument word between.

    >>> _implemented_partnership("progress in implementing the Energy Partnership", 36)
    <re.Match object; span=(36, 47), match='Partnership'>
    >>> _implemented_partnership("they deepened the Energy Partnership", 25) is None
    True
    """
    lo = max(0, start - 80)
    told = [m.end() for m in _IMPLEMENT_WORD.finditer(text, lo, start)]
    if not told or INSTRUMENT.search(text, told[-1], start) is not None:
        return None
    return _PARTNERSHIP.match(text, start)


@functools.cache
def _stem_starts() -> re.Pattern[str]:
    """Where each word beginning with an instrument stem starts (see ``word_start_scan``).

    :data:`INSTRUMENT` matches only where no word character or dot stands before
    (its lookbehind), and a character that lower-cases to an ASCII letter, digit,
    ``_`` or ``.`` is one of those: only the places after any other character are tried.

    >>> [m.start() for m in _stem_starts().finditer(" a pact, the mou, retreat.")]
    [2, 12]
    """
    return word_start_scan(_STEMS, "a-z0-9_.")


# The places _stem_starts finds, from the body scan the trade step shares (text._word_starts).
_STEM_STARTS = WordStarts(_STEMS, not_after=".")


# An instrument word. Longer phrases come first so that "memorandum of
# understanding" is taken whole. The table in agreement_words.json gives each
# its kind; a test checks that every head this pattern can match has one.
INSTRUMENT = re.compile(
    r"""
    (?<![.\w])(?P<head>                           # not inside code: "location.protocol"
      [Mm]emorand(?:ums?|a)\s+of\s+[Uu]nderstanding  # memorandum of understanding
    | [Mm]emorand(?:ums?|a)                         # memorandum (memoranda, memorandums)
    | MoUs?                                         # MoU, MoUs (case-sensitive)
    | FTAs?                                         # free trade agreement (case-sensitive)
    | [Dd]eclarations?                              # declaration
    | [Tt]reat(?:y|ies)                             # treaty, treaties
    | [Cc]onventions?                               # convention
    | [Aa]greements?                                # agreement
    | [Aa]ccords?                                   # accord (not "accordance")
    | [Pp]acts?                                     # pact
    | [Aa]rrangements?                              # arrangement (between states)
    | [Dd]eals?                                     # deal (the verb is filtered later)
    | [Pp]rotocols?                                 # protocol
    | [Mm]inutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:meeting|session|sitting)
                                                    # minutes of a session: its protocol
    | [Aa]greed\s+[Mm]inutes?(?!\s+(?:ago|after|before|later|earlier|into)\b)
                                                    # agreed minute(s): the talks' signed record
                                                    # (not the verb: "agreed minutes ago")
    | [Rr]oad\s?[Mm]aps?                            # road map, roadmap, Road Map
    | [Aa]ction\s+[Pp]lans?                         # action plan
    | [Pp]lans?\s+of\s+[Aa]ction                    # plan of action
    | [Pp]lans?\s+of\s+[Cc]onsultations?             # plan of consultations (ministries)
    | [Pp]lans?\s+of\s+[Cc]o-?operation             # plan of cooperation
    | [Pp]lans?\s+of\s+[Jj]oint\s+[Aa]ctions?         # plan of joint actions
    | [Pp]lans?\s+of\s+(?:bilateral|inter-?ministerial|inter-?agency|joint)\s+
      (?:[Cc]onsultations?|[Cc]o-?operation)           # plan of inter-ministerial consultations
    | [Cc]o-?operation\s+[Pp]lans?                   # cooperation plan
    | [Cc]onsultations?\s+[Pp]lans?                  # consultation plan (ministries)
    | (?:[Cc]o-?operation|[Aa]ction)\s+[Pp]rogram(?:me)?s?  # cooperation programme
    | [Pp]rogram(?:me)?s?\s+of\s+(?:[Cc]o-?operation|[Aa]ction)  # programme of action
    | [Cc]oncepts?\s+of\s+(?:[Cc]o-?operation|[Ii]nteraction)  # concept of cooperation (CIS)
    | [Ll]etters?\s+of\s+[Ii]ntent                  # letter of intent (signed by governments)
    | [Ee]xchanges?\s+of\s+(?:[Dd]iplomatic\s+)?[Nn]otes  # exchange of notes: a treaty's form
    | [Uu]nderstandings?                            # understandings (concluded)
    | [Dd]ocuments?                                 # documents (signed)
    | [Cc]harters?                                  # charter
    | [Ss]tatements?                                # statement (signed or adopted only)
    | [Cc]ommuniqu[eé]s?                            # communique (signed or adopted only)
    | [Pp]rogram(?:me)?s?                           # programme (signed or adopted only)
    | [Jj]oint\s+[Pp]lans? | [Pp]lans?               # a joint or named plan (signed only)
    | (?:Framework|Consensus|Compact|Vision)(?![ ]+[A-Z])  # a name's last word: "X Framework"
    | Principles(?![ ]+[A-Z])                       # "the X Principles on Y" (a name only)
    | framework(?=[ ]*[,.;:)]|[ ]*$|[ ]+(?:on|for|to|that|which|with|between)\b)  # "to
                                                    # negotiate a framework on X" (read only so)
    | compacts?(?=[ ]*[,.;:)]|[ ]*$|[ ]+(?:that|which|with|between|signed|concluded|was|is
      |will|to|on|for|in|of|by|and|under|worth)\b)  # the noun "a compact": not "compact cars"
    )\b(?![.]\w|[+(])                              # nor "protocol.x", "protocol+o"
    """,
    re.VERBOSE,
)

# A word of the text, with an optional possessive: tokens for the modifier scan.
# A name telling the United Nations' own instrument: "the UN Convention on X", "the United
# Nations Framework Convention" (binding the UN's members, a group not expanded into them).
UN_NAME = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\b")
TOKEN = re.compile(r"[\w$][\w$.,’'&/–-]*\w|[\w$]")  # "Uzbek–Tajik": one word, as with "-"
# A word that ends in initials, whose full stop is the abbreviation's: "U.S", "China-U.S".
_INITIALS_END = re.compile(r"(?:^|[.\-/])[A-Z]\.[A-Z]$")
# Words that end a modifier scan going left: determiners, prepositions, verbs, conjunctions.
_LEFT_STOP_WORDS = """
    a an the this that these those their its his her our your my any every each another
    such no of on in for with to by under from at about between among into onto over than
    and or but as is are was were be been being has have had will would could should can
    may might must shall not which who whom whose what when where while since before after
    during against upon via per also only
    sign signs ink inks reach reaches agree agrees adopt adopts conclude concludes
    ratify ratifies approve approves seal seals finalize finalizes finalise finalises
    """
LEFT_STOPS = frozenset(_LEFT_STOP_WORDS.split())
# Determiners that make a bare instrument word an anaphor ("the agreement").
# An instrument that another one amends or extends exists already: "a protocol amending
# the agreement on", "amendments to the treaty".
AMENDED = re.compile(
    r"\b(?:amend(?:s|ing|ed)?|amendments?\s+to|extending|prolonging)\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
DEFINITE = frozenset(["the", "this", "that", "these", "those", "such"])
INDEFINITE = frozenset(("a", "an"))


# A qualifier between "plan of" and what the plan is of: "plan of joint cooperation".
_MINUTES_OF = re.compile(r"^minutes of .*")
_PLAN_OF = re.compile(r"^(plans? of )(?:bilateral|inter-?ministerial|inter-?agency|joint) ")


def kind_of(head: str) -> AgreementKind:
    """Map an instrument word as written to its kind."""
    key = re.sub(r"\s+", " ", head.casefold())
    key = _PLAN_OF.sub(r"\1", key)  # "plan of bilateral consultations": a plan of consultations
    key = _MINUTES_OF.sub("minutes of the meeting", key)  # "minutes of the 5th session"
    table = vocabulary().kinds
    if key in table:
        return table[key]
    for suffix in ("ies", "s"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)] + ("y" if suffix == "ies" else "")
            if stem in table:
                return table[stem]
    key = (
        key.replace("memoranda", "memorandum")
        .replace("memorandums", "memorandum")
        .replace("programmes", "programme")
    )
    key = key.replace("programs", "program").replace("maps", "map").replace("plans", "plan")
    return table.get(key, AgreementKind.OTHER)


def is_plural(head: str) -> bool:
    """Whether an instrument word is plural: "accords", "memoranda of understanding"."""
    words = head.casefold().split()
    # "memoranda of understanding", "plans of action": the first word carries the number.
    word = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    # ("minutes", "agreed minutes": one record of a session)
    return (word.endswith("s") and word != "minutes") or word in ("treaties", "memoranda")


# A lower-case adjective of an instrument: "intergovernmental", "interagency".
_ADJECTIVE = re.compile(r"[a-z][a-z-]*(?:al|ary|ic|ive|ous|ent|ant|ncy|an)")


# Verbs that tell what a whole holds, before a count of instruments: where modifiers end.
_HOLDING_VERBS = frozenset(
    ["includes", "include", "comprises", "comprise", "contains", "contain", "numbers",
     "totals", "covers", "counts", "exceeds"]
)  # fmt: skip


# What may stand between two words of the modifiers: a space (typeset copy joins a month
# and its year, or a figure and its unit, with a no-break or thin space) or a quote.
_SPACE_OR_QUOTE = " \u00a0\u2009\u202f\"'“”‘’"


def modifier_tokens(text: str, head_start: int) -> list[re.Match[str]]:
    """The words before the instrument, back to a determiner or a preposition (at most 6)."""
    window_start = max(0, head_start - 90)
    tokens = list(TOKEN.finditer(text, window_start, head_start))
    # Punctuation between words ends the scan: "trade, the accord".
    kept: list[re.Match[str]] = []
    edge = head_start
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        gap = text[token.end() : edge]
        if gap.strip(_SPACE_OR_QUOTE) == "." and _INITIALS_END.search(token.group()):
            gap = gap.replace(".", " ")  # "U.S. trade pact": the stop of an abbreviation
        if gap.strip(_SPACE_OR_QUOTE) or len(kept) >= 6:
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
        if (
            word == "and"
            and kept
            and index > 0
            and _ADJECTIVE.fullmatch(kept[-1].group())
            and _ADJECTIVE.fullmatch(tokens[index - 1].group())
            and tokens[index - 1].group() not in LEFT_STOPS
        ):
            kept.append(token)  # "12 intergovernmental and interagency documents": one phrase
            edge = token.start()
            continue
        if word in LEFT_STOPS:
            kept.append(token)  # the determiner is kept as the last one
            break
        if (
            word.endswith(("ed", "ing"))
            and not token.group()[:1].isupper()
            and word != "ceasefire"
            # a compound's participle is an adjective: "the 1996 water-sharing treaty"
            and not (word.endswith("ing") and "-" in word)
        ):
            break
        if word in _HOLDING_VERBS:
            break  # "the framework between A and B includes 64 agreements": a verb, no modifier
        kept.append(token)
        edge = token.start()
    kept.reverse()
    return kept


def business_signed(text: str, head: re.Match[str]) -> bool:
    """Whether the sentence of an instrument word names a business, or the word is a contract.

    "businessmen signed a memorandum", "both carriers will offer more flights
    under the expanded agreement", or a commercial contract ("an oil supply
    deal", "a loan agreement").
    """
    words = vocabulary()
    return bool(_business_in(text, 0, len(text))) or any(
        t.group().casefold() in words.commercial for t in modifier_tokens(text, head.start())
    )


def business_near(text: str, head: re.Match[str]) -> bool:
    """Whether a business word stands just before or after the instrument word."""
    before = _business_in(text, max(0, head.start() - 80), head.start())
    # (not one of an earlier clause the subject ends with its next verb: "the X Compact with
    # the Y Corporation and agreed to work toward a memorandum" is the subject's memorandum)
    if (
        before is not None
        and not _NEXT_VERB.search(text, before.end(), head.start())
        # (nor one of the speaker's aside: "X, who leads officials and exporters, said the
        # pact would replace the 1981 accord" tells the accord in the speaker's words)
        and not (
            _WHO_OPENS.search(text, max(0, before.start() - 150), before.start())
            and _SPEAKER_THEN.search(text, before.end(), head.start())
        )
    ):
        return True
    after = _business_in(text, head.end(), head.end() + 60)
    # "a memorandum with Acme Holding": a signer; "a memorandum on setting up a business
    # council": the topic, whoever signs it
    return after is not None and not _TOPIC_ONLY.match(text[head.end() : after.start()])


def business_in(text: str, lo: int, hi: int) -> bool:
    """Whether a business word stands in ``text[lo:hi]``: "between the firm X and"."""
    return _business_in(text, lo, hi) is not None


def business_at(text: str, lo: int, hi: int) -> int | None:
    """Where the first business word of ``text[lo:hi]`` starts, if there is one."""
    found = _business_in(text, lo, hi)
    return None if found is None else found.start()


def _business_in(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first business word of ``text[lo:hi]`` (:attr:`Words.business`), if any.

    The pattern (case-insensitive, with lookbehinds) is slow to scan; a text
    none of whose lower-cased words is a business word is skipped after one scan
    of a literal gate, unless it holds a letter a case-insensitive match reads as
    an ASCII one that ``lower()`` does not map to it ("ſ", "ı";
    :func:`~diplonews.text.caseless_as_lowered`): curly quotes and dashes keep the gate.
    """
    words = vocabulary()
    # a word the window cuts is not read: "including" cut after "inc" is no company's "Inc"
    while lo < hi < len(text) and text[hi].isalnum() and text[hi - 1].isalnum():
        hi -= 1
    window = text[lo:hi]  # (a match's words lie in it: its letters alone are tested)
    if caseless_as_lowered(window) and not words.business_gate.held(window.lower()):
        return None
    return words.business.search(text, lo, hi)


# A relative clause on a person still open before a word: ", who leads officials and".
_WHO_OPENS = re.compile(r",\s+who\s+[^,;:.]*\Z")
# The end of an aside on the speaker, then the verb of saying: ", said", ", told reporters".
_SPEAKER_THEN = re.compile(r",\s+(?:said|says|told|added|noted|stressed)\b")
# The subject's next verb after "and": " and agreed", " and decided".
_NEXT_VERB = re.compile(r"\s+and\s+(?-i:[a-z]+ed)\b")
# Between an instrument and a business word, a topic phrase with no signer in it.
_TOPIC_ONLY = re.compile(r"\s+(?:on|for|of)\s(?:(?!\b(?:between|with|by|among)\b)[^,;:])*$")


# An abbreviation in brackets after a name: "(MFA)", "( C-SIPA )".
_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z-]{1,9})\s*\)")


def title_key(title: str) -> str:
    """A title without its instrument word: "Kyoto Protocol" and "Kyoto treaty" are one."""
    stripped = INSTRUMENT.sub(" ", title).casefold()
    return " ".join(re.sub(r"[^\w\s-]", " ", stripped).split())


def abbreviation(text: str, title: str) -> str | None:
    """The abbreviation given in brackets right after a name: "Multi-Fibre Agreement (MFA)"."""
    at = text.find(title)
    if at < 0:
        return None
    match = _ACRONYM.match(text, at + len(title))
    return match.group(1).casefold() if match else None
