r"""The :mod:`re` module, but a pattern compiled at module level compiles on first use.

The extractors define some 700 patterns at module level, as the house style asks
(one documented constant per rule), and most articles use few of them: compiling
them all at import took most of the start-up time. A module that imports this one
as ``re`` (``from diplonews import _regex as re``) keeps its definitions unchanged;
``re.compile`` called by a module body returns a stand-in that holds the source and
compiles it the first time any other attribute (``search``, ``finditer``, ``flags``,
...) is read. At that moment the stand-in also puts the compiled pattern in its
place in the module's namespace, so later uses through the module name cost what
they cost before; a reference kept elsewhere (a tuple of rules, another module's
import) reads the compiled pattern's methods from the stand-in's own attributes.
``.pattern`` is there from the start, so building a pattern out of another one's
source compiles neither. Called anywhere else (inside a function), ``compile`` is
:func:`re.compile` itself. Every other name is the standard library's.

A deferred pattern that can only start at one of a few characters (every rule
that opens on a word: "talks", "[Mm]et", "\\b(?:held|hosted)") is compiled with
those characters in its info block, the part of the compiled code a search reads
first: the search then skips every other place of the text in one tight loop
instead of trying each alternative there, and finds the same matches (where its
characters are not all ASCII and matched without case, a lookahead for them is
put in front instead: :func:`gate`). Its source is parsed once for both. Such a
pattern stays a stand-in in its module (its ``.pattern`` the source as written,
its methods the compiled pattern's).

A deferred pattern every match of which holds one of a few words
(:func:`~diplonews._regex_words.required_words`: "alks" for "[Tt]alks") stays a
stand-in too, whose scans (``search``, ``finditer``, ``findall``) test the text for
the words first (:class:`_WordGate`): a sentence that holds none has no match, and
a substring test in C costs a fraction of the engine's pass over it. Its first
scans count what the test spared, and it then keeps the test, or its pattern's
own methods where the texts it is searched in mostly hold the words (or are a few
words long). The words are read once, when the pattern is first compiled, and kept
on disk with its code (:mod:`diplonews._regex_cache`).

>>> from diplonews import _regex
>>> words = _regex.compile(r"\b(?:talks|visit)\b", _regex.IGNORECASE)
>>> words.search("Talks resumed").group()
'Talks'
"""

from __future__ import annotations

import functools
import re as _re
import sys
from collections.abc import Callable
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    purge,
    search,
    split,
    sub,
    subn,
)
from typing import TYPE_CHECKING, Any, AnyStr, cast

from diplonews import _regex_cache
from diplonews._regex_cache import remembered
from diplonews._regex_words import SCAN_ABOVE, required_words
from diplonews._sre import ATOMIC as _ATOMIC
from diplonews._sre import BRANCH as _BRANCH
from diplonews._sre import IN as _IN
from diplonews._sre import LITERAL as _LITERAL
from diplonews._sre import RANGE as _RANGE
from diplonews._sre import REPEATS as _REPEATS
from diplonews._sre import SUBPATTERN as _SUBPATTERN
from diplonews._sre import ZERO_WIDTH as _ZERO_WIDTH
from diplonews._sre import sre_compile as _sre_compile
from diplonews._sre import sre_constants as _sre_constants
from diplonews._sre import sre_parse as _sre_parse

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "compile",
    "compile_deferred",
    "compile_later",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "gate",
    "match",
    "purge",
    "remembered",
    "search",
    "split",
    "sub",
    "subn",
]

#: What a compiled pattern offers; the stand-in copies each of them at its first use.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "split",
    "findall",
    "finditer",
    "sub",
    "subn",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)

#: The most characters a gate lists: beyond that, the lookahead rejects too few places to pay.
_GATE_LIMIT = 60


def _first_of_sequence(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of these parsed items can start with, and whether it can be empty.

    ``None`` for "any character" (or a construct not read here): the caller then gates nothing.
    """
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # "\b", "^", lookarounds: they consume nothing
        first, empty = _first_of_item(op, av)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    """:func:`_first_of_sequence` for one parsed item."""
    if op is _LITERAL:
        return {chr(av)}, False
    if op is _IN:
        return _set_chars(av, _GATE_LIMIT), False
    if op is _SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return (None, False) if add_flags or del_flags else _first_of_sequence(sub.data)
    if op is _BRANCH:
        chars = set()
        any_empty = False
        for branch in av[1]:
            first, empty = _first_of_sequence(branch.data)
            if first is None:
                return None, False
            chars |= first
            any_empty = any_empty or empty
        return chars, any_empty
    if op in _REPEATS:
        low, _, sub = av
        first, empty = _first_of_sequence(sub.data)
        return (None, False) if first is None else (first, empty or low == 0)
    if op is _ATOMIC and op is not None:
        return _first_of_sequence(av.data)
    return None, False  # ".", "[^...]", a back-reference, a conditional group


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""The characters every match of ``pattern`` starts with; ``None`` if not a few known ones.

    ``None`` also when the pattern can match the empty string. With ``re.IGNORECASE``
    the characters are those written: a set made of them, matched with the same flag,
    takes their other cases too.

    >>> sorted(first_chars(r"\b(?:[Tt]alks|met)\b"))
    ['T', 'm', 't']
    >>> first_chars(r"\w+ talks") is None, first_chars(r"(?:talks)?") is None
    (True, True)
    """
    parsed = _sre_parse.parse(pattern, flags)
    first, empty = _first_of_sequence(parsed.data)
    return None if first is None or empty or len(first) > _GATE_LIMIT else frozenset(first)


def gate(compiled: Pattern[str]) -> Pattern[str] | None:
    r"""``compiled`` behind a lookahead for the characters its matches start with, if few.

    The gated pattern finds the same matches (spans and groups) with every method:
    a match starts with one of those characters, which the lookahead only tests.
    ``None`` when there is no such short set (or the pattern is not text).

    >>> import re
    >>> talks = gate(re.compile(r"\b(?:[Tt]alks|met)\b"))
    >>> talks.pattern
    '(?=[Tmt])(?:\\b(?:[Tt]alks|met)\\b)'
    >>> [m.span() for m in talks.finditer("Talks; they met")]
    [(0, 5), (12, 15)]
    >>> gate(re.compile(r"\w+")) is None
    True
    """
    source = compiled.pattern
    if not isinstance(source, str):
        return None
    try:
        first = first_chars(source, compiled.flags)
    except (error, RecursionError):  # pragma: no cover - compiled already, so it parses
        return None
    if first is None:
        return None
    head = _INLINE_FLAGS.match(source)  # global flags must stay at the very start
    at = head.end() if head is not None else 0
    chars = "".join(c if c.isascii() and c.isalnum() else f"\\U{ord(c):08x}" for c in sorted(first))
    # The new line closes a comment the source may end with (verbose patterns).
    newline = "\n" if compiled.flags & VERBOSE else ""
    try:
        return _re.compile(f"{source[:at]}(?=[{chars}])(?:{source[at:]}{newline})", compiled.flags)
    except error:  # pragma: no cover - a source the wrapping does not fit: left ungated
        return None


# Global inline flags at the start of a source: "(?i)", "(?x)".
_INLINE_FLAGS = _re.compile(r"\(\?[aiLmsux]+\)")

_ASSERT = _sre_constants.ASSERT


def _from_code(source: str, parsed: Any, flags: int, code: list[int]) -> tuple[Any, ...]:
    """What the engine compiles ``source`` (parsed as ``parsed``) from, its code ``code``.

    The arguments of the last step of the standard library's own ``compile`` (the same
    in every version from 3.10): a source parsed once already is not parsed again.
    Plain values (:mod:`diplonews._regex_cache` keeps them): :func:`_from_args` compiles.
    """
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    groups = state.groups - 1
    return (source, flags | state.flags, code, groups, dict(state.groupdict), tuple(indexgroup))


def _from_args(args: tuple[Any, ...]) -> Pattern[str]:
    """The pattern :func:`_from_code` gave the arguments of."""
    compiler: Any = _sre_compile  # its private names have no stubs
    return cast("Pattern[str]", compiler._sre.compile(*args))


def _code(parsed: Any, flags: int) -> tuple[list[int], bool]:
    r"""The code :func:`re.compile` makes of a parse; whether a set of it reads Latin-1 first.

    The compiler writes each set (``[^\W\d_]``, ``\s``, a set of first characters)
    through :func:`_write_set` here instead of its own writer: the same code, but for a
    set that tests a category, a table of its first 256 characters in front.
    """
    compiler: Any = _sre_compile
    written: list[bool] = []

    def write(charset: list[Any], flags: int, code: list[int]) -> None:
        written.append(_write_set(charset, flags, code))

    compiler._compile_charset = write
    try:
        code = cast("list[int]", compiler._code(parsed, flags))
    finally:
        compiler._compile_charset = _COMPILE_CHARSET
    return code, any(written)


#: The compiler's own writer of a set's code (items, then ``FAILURE``).
_COMPILE_CHARSET = _sre_compile._compile_charset  # type: ignore[attr-defined]
_CATEGORY = _sre_constants.CATEGORY
_NEGATE = _sre_constants.NEGATE
_CHARSET = _sre_constants.CHARSET
_SUCCESS = _sre_constants.SUCCESS
_LATIN_1 = (_RANGE, (0, 255))


def _write_set(charset: list[Any], flags: int, code: list[int]) -> bool:
    r"""Append the code of a set (optimized items) to ``code``; whether Latin-1 is read first.

    The engine tests a character against a set item by item, and a category ("\w", "\d",
    "\s") costs a call into the Unicode tables for each: "[^\W\d_]" makes three for a
    letter, four in a row for every character a search skips. A set that holds one is
    written as a table of which of the first 256 characters it holds, then "any other of
    them: not in the set" (``NEGATE``, their range, ``NEGATE``: the two turns of the
    answer cancel out for the items after them), then the set as it was:
    one test decides for a character of a Latin-1 text, and any other character goes on
    to the set's own items, which give the same answer as before.
    """
    start = len(code)
    _COMPILE_CHARSET(charset, flags, code)
    if not any(op is _CATEGORY for op, _ in charset):
        return False
    own = code[start:]  # the set's items, then FAILURE
    # The engine itself says which characters the set holds: no second reading of its items.
    compiler: Any = _sre_compile
    probe = compiler._sre.compile("", 0, [_IN, len(own) + 1, *own, _SUCCESS], 0, {}, (None,))
    held = bytearray(probe.match(chr(c)) is not None for c in range(256))
    del code[start:]
    _COMPILE_CHARSET(
        [(_CHARSET, compiler._mk_bitmap(held)), (_NEGATE, None), _LATIN_1, (_NEGATE, None)],
        flags,
        code,
    )
    code.pop()  # the table's FAILURE: the set's own items follow
    code.extend(own)
    return True


_INFO = _sre_constants.INFO
_INFO_SKIPS = _sre_constants.SRE_INFO_PREFIX | _sre_constants.SRE_INFO_CHARSET


def _with_first_chars(
    code: list[int], chars: frozenset[str], lead: frozenset[Any] = frozenset(), flags: int = 0
) -> list[int] | None:
    r"""``code`` whose info block tells the characters its matches start with; None if it tells.

    The info block (``INFO``, its length, a mask, the least and most widths, then
    a literal prefix or a set of first characters, if any) is what a search reads
    before it tries the pattern: with a set, the engine skips in one tight loop
    every place whose character is not in it. The compiler finds such a set only
    where the pattern opens on a character or a set, not on a word boundary or a
    lookaround ("\b(?:talks|met)"); this one is :func:`first_chars`'. The pattern's own
    code is unchanged, so every match (and ``match`` at a given place) is the same.
    ``None`` when the block has a prefix or a set already, or the pattern may be empty.
    The set is compared with the text as it is: for a pattern matched without case, it
    must hold every case of each character (:func:`_any_case`). ``lead`` adds parsed
    set items (:func:`_lead_of_sequence`), read with the pattern's ``flags``.
    """
    if code[0] != _INFO or code[2] & _INFO_SKIPS or code[3] == 0:
        return None
    compiler: Any = _sre_compile
    items = sorted({*((_LITERAL, ord(c)) for c in chars), *lead})
    charset, _ = compiler._optimize_charset(items)
    info = [_INFO, 0, _sre_constants.SRE_INFO_CHARSET, code[3], code[4]]
    _write_set(charset, flags, info)  # the flags tell how to read a category
    info[1] = len(info) - 1  # the info block's length after this word
    return info + code[1 + code[1] :]


# The letters beyond ASCII that match an ASCII letter without case: dotted and dotless "i",
# the long "s", the Kelvin sign ("\u0130" and "\u212a" lower-case to "i" and "k").
_CASE_SPECIALS = "\u0130\u0131\u017f\u212a"


def _any_case(chars: set[str] | frozenset[str], flags: int) -> frozenset[str] | None:
    """Every character that matches one of ``chars`` with ``flags``; None if not ASCII ones.

    With :data:`re.IGNORECASE`, "t" is matched by "t", "T" and nothing else, "k" also
    by the Kelvin sign: each character of ASCII is tried on its other case and on
    the few letters beyond ASCII that match an ASCII one. (Without, ``chars``.)
    """
    if not flags & IGNORECASE:
        return frozenset(chars)
    if not all(c.isascii() for c in chars):
        return None
    found: set[str] = set()
    for char in chars:
        one = _re.compile(f"[{_re.escape(char)}]", flags & (IGNORECASE | ASCII))
        found.update(filter(one.match, {char, char.lower(), char.upper(), *_CASE_SPECIALS}))
    return frozenset(found)


#: The most set items an info block lists (a set of first characters found beyond the gate's).
_LEAD_LIMIT = 200


def _lead_of_sequence(items: Any, flags: int) -> tuple[frozenset[Any] | None, bool]:
    r"""What a match of these parsed items starts with, as set items; whether it can be empty.

    :func:`_first_of_sequence`, which also reads what it leaves out: a lookahead at the
    start ("(?=[\dJ]|(?i:[ab]))": the character there is one it starts with), a
    category ("\d") and letters matched without case by a flag of their own
    ("(?i:the)": every case of each, :func:`_any_case`). ``None``: anything else.
    """
    found: set[Any] = set()
    for op, av in items:
        if op is _ASSERT and av[0] == 1:  # a lookahead: the character at the start is its
            ahead, empty = _lead_of_sequence(av[1].data, flags)
            if ahead is not None and not empty:
                return frozenset(found | ahead), False
            continue
        if op in _ZERO_WIDTH:
            continue  # "\b", "^", lookbehinds: they consume nothing
        first, empty = _lead_of_item(op, av, flags)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _lead_of_item(op: Any, av: Any, flags: int) -> tuple[frozenset[Any] | None, bool]:
    """:func:`_lead_of_sequence` for one parsed item."""
    if op is _LITERAL or op is _IN:
        chars: set[str] = set()
        lead: set[Any] = set()
        for kind, value in [(op, av)] if op is _LITERAL else av:
            if kind is _LITERAL:
                chars.add(chr(value))
            elif kind is _RANGE and value[1] - value[0] < _GATE_LIMIT:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is _CATEGORY:
                lead.add((kind, value))  # "\d", "\s", "\w": the same characters in any case
            else:
                return None, False  # a negated set, a wide range
        cased = _any_case(chars, flags)
        if cased is None:
            return None, False
        return frozenset({*lead, *((_LITERAL, ord(c)) for c in cased)}), False
    if op is _SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return _lead_of_sequence(sub.data, (flags | add_flags) & ~del_flags)
    if op is _BRANCH:
        found: set[Any] = set()
        any_empty = False
        for branch in av[1]:
            first, empty = _lead_of_sequence(branch.data, flags)
            if first is None:
                return None, False
            found |= first
            any_empty = any_empty or empty
        return frozenset(found), any_empty
    if op in _REPEATS:
        low, _, sub = av
        first, empty = _lead_of_sequence(sub.data, flags)
        return (None, False) if first is None else (first, empty or low == 0)
    if op is _ATOMIC and op is not None:
        return _lead_of_sequence(av.data, flags)
    return None, False  # ".", "[^...]", a back-reference, a conditional group


# The versions whose compiled-code layout the info-block rewriting was checked on: on
# another, a deferred pattern compiles as written (the same matches, only without the skip).
_KNOWN_LAYOUT = (3, 10) <= sys.version_info[:2] <= (3, 13)


def _first_use(source: str | bytes, flags: int) -> tuple[Pattern[Any], bool]:
    """:func:`_skipping_first_use` where the layout is known and it works, else :func:`re.compile`.

    >>> _first_use("(?:talks|met)", 0)[0].search("they met").group()
    'met'
    """
    if _KNOWN_LAYOUT and isinstance(source, str):
        # Compiled in an earlier run: the arguments kept on disk are those of this build
        # and this module's code (the cache file is named after both), so the pattern is
        # the one compiling gives.
        cache = _regex_cache.default_cache()
        key = int(flags)
        kept = cache.get(source, key)
        if kept is not None:
            return _from_args(kept[0]), kept[1]
        try:
            args, rewritten = _skipping_first_use(source, flags)
        except Exception:  # pragma: no cover - a private name of the re modules changed
            pass
        else:
            compiled = _from_args(args)
            cache.put(source, key, (args, rewritten))
            cache.put_words(source, key, _gate_words(compiled))
            return compiled, rewritten
    return _re.compile(source, flags), False


def _words_of(source: str | bytes, flags: int, compiled: Pattern[Any]) -> tuple[str, ...] | None:
    """:func:`_gate_words` of a pattern :func:`_first_use` gave: kept on disk with its code.

    Reading them from the pattern's parse costs about as much as a short article's
    searches; the cache keeps them, read once, with the code.
    """
    if _KNOWN_LAYOUT and isinstance(source, str):
        cache = _regex_cache.default_cache()
        if cache.holds(source, int(flags)):
            return cache.words(source, int(flags))
    return _gate_words(compiled)


def _skipping_first_use(source: str, flags: int) -> tuple[tuple[Any, ...], bool]:
    """What a deferred pattern compiles from (:func:`_from_code`); whether its code is rewritten.

    One parse of the source serves both its first characters and its code, with the word
    boundaries of its alternatives taken out of them (:func:`_hoist_boundaries`). A pattern
    whose matches start at a few known characters (:func:`first_chars`) skips every
    other place of a text through its info block (:func:`_with_first_chars`, with
    those characters in every case that matches them; one it has already, a literal
    prefix or a set of first characters, is kept: it skips faster than a lookahead);
    when they are not all ASCII and matched without case, behind the lookahead
    :func:`gate` puts in front, compiled from the same parse (the very code and
    ``.pattern`` that :func:`gate` gives). Otherwise, what :func:`re.compile` gives (less
    the boundaries taken out: then rewritten too, its code not the one written).
    """
    flags = int(flags)
    parsed = _sre_parse.parse(source, flags)
    hoisted = _hoist_boundaries(parsed)  # the code changes, not the matches
    state = parsed.state
    # Read before the alternatives are opened on sets (which these readers take as a whole).
    lead, lead_empty = _lead_of_sequence(parsed.data, flags | state.flags)
    first, empty = _first_of_sequence(parsed.data)
    opened = _open_on_sets(parsed, flags | state.flags)
    code, latin = _code(parsed, flags)
    hoisted = hoisted or opened or latin
    if code[2] & _INFO_SKIPS:
        return _from_code(source, parsed, flags, code), hoisted
    if lead is not None and not lead_empty and len(lead) <= _LEAD_LIMIT:
        skipping = _with_first_chars(code, frozenset(), lead, flags | state.flags)
        if skipping is not None:
            return _from_code(source, parsed, flags, skipping), True
    if first is None or empty or len(first) > _GATE_LIMIT:
        return _from_code(source, parsed, flags, code), hoisted
    chars = sorted(first)
    test: list[Any] = (
        [(_LITERAL, ord(chars[0]))]  # as the parser reads a set of one character
        if len(chars) == 1
        else [(_IN, [(_LITERAL, ord(c)) for c in chars])]
    )
    items: list[Any] = [
        (_ASSERT, (1, _sre_parse.SubPattern(state, test))),  # "(?=[...])"
        (_SUBPATTERN, (None, 0, 0, parsed)),  # "(?:...)"
    ]
    tree = _sre_parse.SubPattern(state, items)
    head = _INLINE_FLAGS.match(source)
    at = head.end() if head is not None else 0
    written = "".join(c if c.isascii() and c.isalnum() else f"\\U{ord(c):08x}" for c in chars)
    newline = "\n" if (flags | state.flags) & VERBOSE else ""
    gated = f"{source[:at]}(?=[{written}])(?:{source[at:]}{newline})"
    return _from_code(gated, tree, flags, _code(tree, flags)[0]), True


#: The items whose parsed content :func:`_hoist_boundaries` walks into.
_NESTED = frozenset({_SUBPATTERN, _BRANCH, _ASSERT, _sre_constants.ASSERT_NOT, *_REPEATS})


def _hoist_boundaries(tree: Any) -> bool:
    r"""Take a word boundary (or a lookaround) that alternatives open on out of them.

    ``\bheld|\bhosted|(?<=x)met`` becomes ``\b(?:held|hosted)|(?<=x)met``: the same
    matches (the test consumes nothing, and the alternatives are tried in the same order),
    but the engine skips an alternative whose first character is wrong without entering
    it, which it does only for one that opens on a character or a set; entering each
    alternative to test the boundary first was the dearest step of many rules, at every
    word of a sentence. The parser does this only where every alternative opens on the
    same test; here runs of consecutive ones are taken too. True if any was taken out.
    """
    changed = False
    for index, (op, av) in enumerate(tree.data):
        if op not in _NESTED:
            continue
        if op is _BRANCH:
            alternatives = av[1]
            for alternative in alternatives:
                changed = _hoist_boundaries(alternative) or changed
            joined = _hoisted(tree.state, alternatives)
            if len(joined) < len(alternatives):
                tree.data[index] = (op, (av[0], joined))
                changed = True
        elif op is _SUBPATTERN:
            changed = _hoist_boundaries(av[3]) or changed
        elif op in _REPEATS:
            changed = _hoist_boundaries(av[2]) or changed
        else:  # a lookaround: (direction, content)
            changed = _hoist_boundaries(av[1]) or changed
    return changed


_MAXREPEAT = _sre_constants.MAXREPEAT
_MAX_REPEAT = _sre_constants.MAX_REPEAT
_MIN_REPEAT = _sre_constants.MIN_REPEAT
#: The most characters a case-blind set may have to be spelled out in every case.
_CASES_LIMIT = 30


def _open_on_sets(tree: Any, flags: int) -> bool:
    r"""Make alternatives open on a plain character or set where they open on a near one.

    The engine skips an alternative whose first character is wrong without entering it
    only where the alternative's code opens on a character or a set matched as written
    (:func:`_hoist_boundaries`); it enters every other one to find out. Two openings
    match the same as such a test followed by the rest: a repeat of one character that
    must occur once ("\d+" is "\d\d*", "[A-Z]{2,}" is "[A-Z][A-Z]{1,}": the same
    tries in the same order) and a character or small set matched without case ("(?i:in)"
    is "[iI]" and the two Turkish i's matched as written, then "(?i:n)": every character
    that matches it, :func:`_any_case`). True if any alternative was opened so.
    """
    changed = False
    for op, av in tree.data:
        if op not in _NESTED:
            continue
        if op is _BRANCH:
            for alternative in av[1]:
                changed = _open_on_sets(alternative, flags) or changed
                changed = _open_head(alternative, flags) or changed
        elif op is _SUBPATTERN:
            changed = _open_on_sets(av[3], (flags | av[1]) & ~av[2]) or changed
        elif op in _REPEATS:
            changed = _open_on_sets(av[2], flags) or changed
        else:  # a lookaround: (direction, content)
            changed = _open_on_sets(av[1], flags) or changed
    return changed


def _open_head(sequence: Any, flags: int) -> bool:
    """Rewrite the first item of ``sequence`` as :func:`_open_on_sets` tells; whether it did."""
    if not sequence.data:
        return False
    op, av = sequence.data[0]
    if op is _SUBPATTERN and av[0] is None:  # "(?:...)", "(?i:...)": its code opens on its own
        return _open_head(av[3], (flags | av[1]) & ~av[2])
    if op is _MAX_REPEAT or op is _MIN_REPEAT:  # not a possessive one: it gives nothing back
        low, high, body = av
        if low < 1 or len(body.data) != 1 or body.data[0][0] not in (_LITERAL, _IN):
            return False
        rest = [(op, (low - 1, high if high == _MAXREPEAT else high - 1, body))]
        sequence.data[0:1] = [body.data[0], *(rest if high != 1 else [])]
        _open_head(sequence, flags)
        return True
    if not flags & IGNORECASE or flags & _re.LOCALE or op not in (_LITERAL, _IN):
        return False
    chars = _case_blind_chars(op, av)
    if chars is None:
        return False
    cased = _any_case(chars, flags)
    if cased is None or len(cased) > _CASES_LIMIT or cased == chars:
        return False  # not few, or no other case: the compiler tests it as written already
    exact = _sre_parse.SubPattern(
        sequence.state, [(_IN, [(_LITERAL, ord(c)) for c in sorted(cased)])]
    )
    sequence.data[0] = (_SUBPATTERN, (None, 0, IGNORECASE, exact))
    return True


def _case_blind_chars(op: Any, av: Any) -> set[str] | None:
    """The characters a parsed character or set names (not its other cases); None if not few."""
    if op is _LITERAL:
        return {chr(av)}
    return _set_chars(av, _CASES_LIMIT)


def _set_chars(items: Any, limit: int) -> set[str] | None:
    """The characters a parsed set's items name; None if not few.

    Not few: a negated set, a category such as a word or digit class, or a range of ``limit``
    characters or more.
    """
    chars: set[str] = set()
    for kind, value in items:
        if kind is _LITERAL:
            chars.add(chr(value))
        elif kind is _RANGE and value[1] - value[0] < limit:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return chars


def _hoisted(state: Any, alternatives: list[Any]) -> list[Any]:
    """The alternatives, each run of two or more opening on the same zero-width test made one."""
    out: list[Any] = []
    run: list[Any] = []

    def close() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            rests = [_sre_parse.SubPattern(state, alternative.data[1:]) for alternative in run]
            inner = _sre_parse.SubPattern(state, [(_BRANCH, (None, rests))])
            joined = [run[0].data[0], (_SUBPATTERN, (None, 0, 0, inner))]
            out.append(_sre_parse.SubPattern(state, joined))
        run.clear()

    for alternative in alternatives:
        head = _test_of(alternative)
        if run and head != _test_of(run[0]):
            close()
        if head is not None:
            run.append(alternative)
        else:
            out.append(alternative)
    close()
    return out


def _test_of(alternative: Any) -> str | None:
    r"""The zero-width test an alternative opens on, as its parse reads; None if none.

    Two tests read the same ("\b", "(?<![A-Za-z])") only when they are the same test (a
    group inside one has its own number): at one place they give one answer.
    """
    if not alternative.data or alternative.data[0][0] not in _ZERO_WIDTH:
        return None
    return repr(alternative.data[0])


def _gate_words(compiled: Pattern[Any]) -> tuple[str, ...] | None:
    """The strings one of which every match of ``compiled`` holds, if a few; else None.

    :func:`~diplonews._regex_words.required_words`, for a text pattern with at most
    :data:`~diplonews._regex_words.SCAN_ABOVE` of them (beyond, a test for each would
    cost more than many searches it saves).
    """
    if not isinstance(compiled.pattern, str):
        return None
    try:
        words = required_words(compiled)
    except (error, RecursionError):  # pragma: no cover - compiled already, so it parses
        return None
    return words if words is not None and len(words) <= SCAN_ABOVE else None


#: The methods of a stand-in with words that test for them first (the scans of a text: an
#: anchored ``match`` costs the engine little), and what each gives for no match.
_GATED: dict[str, Callable[[], Any]] = {
    "search": lambda: None,
    "finditer": lambda: iter(()),
    "findall": list,
}
#: The searches a gate is tried on before it is kept or dropped.
_TRIAL = 16
#: The characters a gate must spare the engine per search of its trial, on average, to be
#: kept: about what its own test costs (a call in Python and a substring test per word),
#: counted in the engine's steps over a text (measured: 20, 40, 80 and 160 tried, 80 best).
_SPARED_PER_CALL = 80


def _gated(
    method: Callable[..., Any], words: tuple[str, ...], nothing: Callable[[], Any]
) -> Callable[..., Any]:
    r"""``method`` of a pattern every match of which holds one of ``words``, tested first.

    A search costs the engine a test of every character of the text (and an entry into
    the pattern at many), where a substring test for each word (``str.__contains__``,
    in C) costs a fraction: a text from ``pos`` to ``endpos`` that holds none of them has
    no match, and ``nothing()`` is what the method gives then. Otherwise the method
    runs as called: the same matches, the same objects.

    >>> import re
    >>> search = _gated(re.compile(r"\b[Tt]alks\b").search, ("alks",), lambda: None)
    >>> search("they held talks").span(), search("talks held", 5), search("no word here")
    ((10, 15), None, None)
    """

    def gated(string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        # the part a search from pos to endpos reads (a negative one as 0), sliced only if
        # it is not all (written out here: a helper's call would cost what the test costs)
        text = string
        if pos > 0 or endpos < len(string):
            text = string[max(pos, 0) : max(endpos, 0)]
        for word in words:
            if word in text:
                return method(string, pos, endpos)
        return nothing()

    return gated


class _WordGate:
    """A stand-in's scans behind a test for its words, kept where the test pays.

    Whether it pays depends on the texts a pattern is searched in, not on the pattern: a
    rule searched in every sentence of a story, most of which hold none of its words, is
    spared most of its searches; a pattern searched in windows of a few words, or in
    texts that hold its words, is spared little and would pay the test on every search.
    So the first :data:`_TRIAL` searches count the characters the test spared the engine,
    then the stand-in keeps the test or its pattern's own methods. Either way every
    search gives what the pattern's own method gives.
    """

    def __init__(self, deferred: _Deferred, compiled: Pattern[Any], words: tuple[str, ...]) -> None:
        self._deferred = deferred
        self._compiled = compiled
        self._words = words
        self._calls = 0
        self._spared = 0
        for name, nothing in _GATED.items():
            setattr(deferred, name, self._trial(getattr(compiled, name), nothing))

    def _trial(self, method: Callable[..., Any], nothing: Callable[[], Any]) -> Callable[..., Any]:
        """:func:`_gated`, counting its searches and the characters it spared."""
        words = self._words

        def counted(string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
            text = string  # as in _gated
            if pos > 0 or endpos < len(string):
                text = string[max(pos, 0) : max(endpos, 0)]
            self._calls += 1
            if self._calls == _TRIAL:
                self._settle()
            for word in words:
                if word in text:
                    return method(string, pos, endpos)
            self._spared += len(text)
            return nothing()

        return counted

    def _settle(self) -> None:
        """Keep the test (without the counting) or give the stand-in its pattern's methods."""
        keep = self._spared >= _SPARED_PER_CALL * self._calls
        for name, nothing in _GATED.items():
            method = getattr(self._compiled, name)
            setattr(self._deferred, name, _gated(method, self._words, nothing) if keep else method)


#: Every stand-in made so far (each module-level pattern of the modules that use this one).
_DEFERRED: list[_Deferred] = []


class _Deferred:
    """A module-level pattern: its source, flags and module namespace.

    Made as an :class:`_Unused` one, which compiles the pattern when an attribute it lacks
    is first read; from then on it is of this class, which defines no ``__getattr__``: a
    class that does sends every attribute read of its instances (some 550 an article, each
    ``PATTERN.search``) through the interpreter's slower hook, and the interpreter does not
    specialize them.
    """

    if TYPE_CHECKING:  # to the type checker, as before: any attribute of a pattern

        def __getattr__(self, name: str) -> Any: ...

    def __init__(self, pattern: str | bytes, flags: int, namespace: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._namespace = namespace
        self._compiled: Pattern[Any] | None = None  # the pattern as written
        self._used: Pattern[Any] | None = None  # the one whose methods it has: gated, or that

    def _use(self) -> Pattern[Any]:
        used = self._used
        if used is None:
            used, gated = _first_use(self.pattern, self._flags)
            self._used = used
            for name in _ATTRIBUTES:
                setattr(self, name, getattr(used, name))
            self.__class__ = _Deferred  # every attribute of a pattern is its own now
            words = _words_of(self.pattern, self._flags, used)
            if words is not None:  # its searches test for the words first: it stays a stand-in
                _WordGate(self, used, words)
            elif not gated:  # a gated pattern stays a stand-in: its source is the one written
                self._compiled = used
                namespace = self._namespace
                for name in [name for name, value in namespace.items() if value is self]:
                    namespace[name] = used
        return used

    def _compile(self) -> Pattern[Any]:
        compiled = self._compiled
        if compiled is None:
            self._use()
            # gated: the pattern as written is compiled only when asked for (equality, pickling)
            compiled = self._compiled or _re.compile(self.pattern, self._flags)
            self._compiled = compiled
        return compiled

    def __repr__(self) -> str:
        return repr(self._compile())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Deferred):
            other = other._compile()
        return self._compile() == other

    def __hash__(self) -> int:
        return hash(self._compile())

    def __reduce__(self) -> tuple[Any, ...]:
        return (_re.compile, (self.pattern, self._compile().flags))

    def __copy__(self) -> _Deferred:
        return self

    def __deepcopy__(self, memo: object) -> _Deferred:
        return self


class _Unused(_Deferred):
    """A stand-in whose pattern is not compiled yet: reading what it lacks compiles it."""

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not set yet: before the first use, or a dunder.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._use(), name)


@functools.lru_cache(maxsize=512)
def _in_function(pattern: str, flags: int) -> Pattern[str]:
    """A pattern compiled inside a function: skipping to its first characters, its source kept.

    Cached as :func:`re.compile` caches, for a function that compiles the same source at
    each call. The lookahead :func:`gate` puts in front would change ``.pattern``: a
    pattern only that would skip is compiled as written.
    """
    got, _ = _first_use(pattern, flags)
    return got if got.pattern == pattern else _re.compile(pattern, flags)


def compile(pattern: AnyStr | Pattern[AnyStr], flags: int = 0) -> Pattern[AnyStr]:
    """:func:`re.compile`, deferred to the first use when called by a module body.

    Called inside a function, it compiles at once, the same way (:func:`_first_use`).

    >>> from diplonews import _regex
    >>> def inside():
    ...     return _regex.compile("a+")
    >>> isinstance(inside(), _regex.Pattern), inside().pattern, inside().search("baa").span()
    (True, 'a+', (1, 3))
    """
    caller = sys._getframe(1)
    if isinstance(pattern, _Deferred):
        return pattern if not flags else _re.compile(pattern._compile(), flags)  # type: ignore[return-value]
    if isinstance(pattern, Pattern):
        return _re.compile(pattern, flags)
    if caller.f_code.co_name != "<module>":
        if isinstance(pattern, str):
            return _in_function(pattern, int(flags))
        return _re.compile(pattern, flags)
    deferred = _Unused(pattern, flags, caller.f_globals)
    _DEFERRED.append(deferred)
    return cast("Pattern[AnyStr]", deferred)


def compile_later(pattern: AnyStr, flags: int = 0) -> Pattern[AnyStr]:
    r"""A pattern compiled the first time it is used, wherever this is called.

    For the patterns a table builds of which an article may need none (one per
    entry of a data file, each behind a cheaper test): it stays a stand-in, whose
    methods are the compiled pattern's from its first use on.

    >>> from diplonews import _regex
    >>> cues = [_regex.compile_later(cue) for cue in (r"to sign\b", r"signed\b")]
    >>> cues[1].search("they signed it").span()
    (5, 11)
    """
    caller = sys._getframe(1).f_globals.get("__name__", "")
    deferred = _Unused(pattern, flags, {"__name__": caller})
    _DEFERRED.append(deferred)
    return cast("Pattern[AnyStr]", deferred)


def compile_deferred(prefix: str = "diplonews.") -> int:
    """Compile the patterns not used yet of the modules named ``prefix...``; how many.

    Only modules imported already count. Used by the tests (a malformed pattern
    raises here rather than at some article's first use) and by anyone who wants
    every pattern compiled before timing a run.

    >>> import diplonews.text
    >>> compile_deferred("diplonews.text.") >= 0
    True
    >>> compile_deferred("diplonews.text.")
    0
    """
    pending = [
        deferred
        for deferred in _DEFERRED
        if deferred._compiled is None
        and str(deferred._namespace.get("__name__", "")).startswith(prefix)
    ]
    for deferred in pending:
        deferred._compile()
    return len(pending)
