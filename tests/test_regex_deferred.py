"""diplonews._regex: module-level patterns compile on first use and behave as re's.

A module body is simulated with ``exec`` of a small source in a fresh namespace
(its code object is named ``<module>``, as a module body's is).
"""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplonews
from diplonews import _regex

if sys.version_info >= (3, 11):
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
else:  # the names of the same modules before 3.11
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse


def _module(source: str) -> dict[str, Any]:
    """Run ``source`` as a module body that imports ``_regex`` as ``re``; its namespace."""
    namespace: dict[str, Any] = {"__name__": "fake_module"}
    exec(compile("from diplonews import _regex as re\n" + source, "<fake>", "exec"), namespace)
    return namespace


# (pattern, flags, text): every method must give what re.compile's pattern gives.
ROWS = [
    (r"\b(?:talks|visit)\b", re.IGNORECASE, "Talks resumed after the VISIT; talks ended"),
    (r"(?P<n>\d+)\s+(?P<unit>million|billion)", 0, "up 12 million, then 3 billion"),
    (
        r"""
        \b(?:signed|initialled)   # the verb
        \s+(?:an?|the)\s+         # an article
        (?P<what>\w+)             # the instrument
        """,
        re.VERBOSE,
        "They signed a memorandum and initialled the treaty.",
    ),
    (r"(?i)^fiscal\s+year", 0, "Fiscal year figures"),
    (r"[,;]\s*", 0, "a, b; c,d"),
    (r"x*", 0, ""),
]


@pytest.mark.parametrize(("source", "flags", "text"), ROWS)
def test_a_deferred_pattern_matches_as_re_does(source: str, flags: int, text: str) -> None:
    """Every method and attribute gives what the pattern re.compile makes gives."""
    expected = re.compile(source, flags)
    namespace = _module(f"P = re.compile({source!r}, {int(flags)})")
    deferred = namespace["P"]
    assert not isinstance(deferred, re.Pattern)  # not compiled by the module body
    assert deferred.pattern == source
    found = deferred.search(text)
    wanted = expected.search(text)
    assert (found and (found.span(), found.groups())) == (
        wanted and (wanted.span(), wanted.groups())
    )
    for name in ("search", "match", "fullmatch"):
        got, want = getattr(deferred, name)(text), getattr(expected, name)(text)
        assert (got and got.span()) == (want and want.span()), name
    assert deferred.findall(text) == expected.findall(text)
    assert [m.span() for m in deferred.finditer(text)] == [
        m.span() for m in expected.finditer(text)
    ]
    assert deferred.split(text) == expected.split(text)
    assert deferred.sub("#", text) == expected.sub("#", text)
    assert deferred.subn("#", text) == expected.subn("#", text)
    assert deferred.flags == expected.flags
    assert deferred.groups == expected.groups
    assert dict(deferred.groupindex) == dict(expected.groupindex)


def test_the_module_name_is_rebound_to_the_compiled_pattern_at_first_use() -> None:
    """The first use puts the compiled pattern under each of the module's names for it."""
    # (any character but a space can start a match: no few first characters to skip to)
    namespace = _module("P = re.compile(r'[^ ]+b')\nALIAS = P\nRULES = (P,)\n")
    deferred = namespace["P"]
    assert deferred.search("x aab").group() == "aab"
    assert isinstance(namespace["P"], re.Pattern)
    assert isinstance(namespace["ALIAS"], re.Pattern)  # every name of the module
    assert namespace["P"] is namespace["ALIAS"] == re.compile(r"[^ ]+b")
    held = namespace["RULES"][0]  # a reference the module keeps elsewhere: still works
    assert held is deferred
    assert held.match("ab") is not None
    assert held.match("b") is None


def test_a_gated_pattern_stays_a_stand_in_with_its_source() -> None:
    """A pattern that starts at few characters is gated: its module keeps the stand-in."""
    namespace = _module("P = re.compile(r'a+b')\nALIAS = P\n")
    deferred = namespace["P"]
    assert deferred.search("xaab").group() == "aab"
    assert namespace["P"] is namespace["ALIAS"] is deferred
    assert not isinstance(deferred, re.Pattern)
    assert deferred.pattern == "a+b"  # the source as written, for patterns built from it
    assert deferred == re.compile("a+b")
    assert repr(deferred) == "re.compile('a+b')"
    assert deferred.match("ab") is not None
    assert deferred.match("b") is None


def test_reading_the_source_compiles_nothing() -> None:
    """Building a pattern from another one's source compiles neither."""
    namespace = _module("BASE = re.compile(r'\\d+')\nBIG = re.compile(BASE.pattern + r'%')\n")
    assert not isinstance(namespace["BASE"], re.Pattern)
    assert not isinstance(namespace["BIG"], re.Pattern)
    assert namespace["BIG"].search("rose 12% in May").group() == "12%"
    assert not isinstance(namespace["BASE"], re.Pattern)  # still not used


def test_compile_inside_a_function_is_re_compile() -> None:
    """Outside a module body, compile returns a compiled pattern at once."""
    namespace = _module("def build():\n    return re.compile(r'a|b', re.IGNORECASE)\n")
    built = namespace["build"]()
    assert isinstance(built, re.Pattern)
    plain = re.compile("a|b", re.IGNORECASE)
    assert (built.pattern, built.flags) == (plain.pattern, plain.flags)
    assert built.findall("Abc ab B") == plain.findall("Abc ab B") == ["A", "b", "a", "b", "B"]


def test_compiling_a_pattern_again_gives_the_same_object() -> None:
    """compile() of a pattern returns it, as re.compile does (and rejects new flags)."""
    namespace = _module(
        "P = re.compile('ab')\nQ = re.compile(P)\nR = re.compile(re.compile('cd'))\n"
    )
    assert namespace["Q"] is namespace["P"]
    assert namespace["R"].search("abcd").span() == (2, 4)
    with pytest.raises(ValueError, match="flags"):
        _regex.compile(namespace["P"], re.IGNORECASE)


def test_a_malformed_pattern_raises_re_error_at_first_use() -> None:
    """A malformed pattern raises re.error where it is first used."""
    namespace = _module("BAD = re.compile('(unclosed')\n")
    with pytest.raises(re.error, match="missing \\)"):
        namespace["BAD"].search("text")


@pytest.mark.parametrize(
    "operation",
    [
        pytest.param(lambda p: pickle.loads(pickle.dumps(p)), id="pickle"),
        pytest.param(copy.copy, id="copy"),
        pytest.param(copy.deepcopy, id="deepcopy"),
    ],
)
def test_a_deferred_pattern_copies_and_pickles_as_a_pattern(operation: Any) -> None:
    """Copies and pickles of a stand-in are the compiled pattern."""
    deferred = _module("P = re.compile(r'(?i)visit', re.VERBOSE)\n")["P"]
    copied = operation(deferred)
    assert copied == re.compile(r"(?i)visit", re.VERBOSE)
    assert copied.search("a VISIT").group() == "VISIT"


def test_equality_hash_and_repr_are_the_compiled_pattern_s() -> None:
    """A stand-in compares, hashes and prints as its compiled pattern."""
    deferred = _module("P = re.compile(r'talks', re.IGNORECASE)\n")["P"]
    compiled = re.compile(r"talks", re.IGNORECASE)
    assert deferred == compiled
    assert hash(deferred) == hash(compiled)
    assert repr(deferred) == repr(compiled) == "re.compile('talks', re.IGNORECASE)"
    assert deferred != re.compile("talks")


def test_every_module_pattern_of_the_package_compiles() -> None:
    """Every module-level pattern of diplonews compiles, and its module then holds it."""
    for module in pkgutil.walk_packages(diplonews.__path__, "diplonews."):
        if module.name.split(".")[-1] not in {"__main__", "dask"}:  # dask: an optional extra
            importlib.import_module(module.name)
    _regex.compile_deferred("diplonews.")
    assert _regex.compile_deferred("diplonews.") == 0  # nothing left to compile
    ours = [d for d in _regex._DEFERRED if d._namespace["__name__"].startswith("diplonews.")]
    assert len(ours) > 500  # the extractors' patterns are deferred
    assert all(isinstance(d._compiled, re.Pattern) for d in ours)
    rules = importlib.import_module("diplonews.meetings._rules")
    assert isinstance(rules._TO_PAY, _regex._Deferred)  # gated: "to" opens every match
    assert rules._TO_PAY.search("invited him to pay a ") is not None
    # its matches hold one of a few words, tested before its searches: it stays a stand-in
    assert isinstance(rules._TO_COME_AFTER, _regex._Deferred)
    # compiled as written, with no such words: rebound
    assert any(isinstance(value, re.Pattern) for value in vars(rules).values())


def test_compile_later_defers_wherever_it_is_called() -> None:
    """compile_later() inside a function gives a stand-in that compiles at its first use."""
    namespace = _module("def build():\n    return re.compile_later(r'(?P<v>sign(?:ed)?)\\b')\n")
    later = namespace["build"]()
    assert not isinstance(later, re.Pattern)
    assert later.pattern == r"(?P<v>sign(?:ed)?)\b"
    assert [m.group("v") for m in later.finditer("to sign; signed; signs")] == ["sign", "signed"]
    assert later == re.compile(r"(?P<v>sign(?:ed)?)\b")


# (pattern, flags, the characters its matches start with; None: no short set, not gated)
FIRST_ROWS = [
    (r"\b(?:[Tt]alks|met)\b", 0, "Tmt"),
    (r"(?<=\bto\s)(?:pay|make)\b", 0, "mp"),
    (r"(?:the\s+)?visit", 0, "tv"),  # an optional opening word: both can start a match
    (r"(?:a|b)*c", 0, "abc"),
    (r"(?i)visit", 0, "v"),  # written case; the gate's set is matched with the same flag
    (r"(?:x|)y", 0, "xy"),  # an empty branch
    (r"(?=\d)[0-9]{2}", 0, "0123456789"),
    (r"\w+", 0, None),  # a category: any word character
    (r"[^a]", 0, None),  # a negated set
    (r".", 0, None),
    (r"(?:talks)?", 0, None),  # matches the empty string: every place
    (r"\b", 0, None),
    (r"(a)\1", 0, "a"),
    (r"(?i:a)b", 0, None),  # scoped flags: not read
    (r"[a-z]+", 0, "abcdefghijklmnopqrstuvwxyz"),
    (r"[\u0100-\u01ff]", 0, None),  # a range wider than a gate lists
]


@pytest.mark.parametrize(("source", "flags", "first"), FIRST_ROWS)
def test_first_chars(source: str, flags: int, first: str | None) -> None:
    """The characters every match starts with, or None when there is no short set."""
    found = _regex.first_chars(source, flags)
    assert (None if found is None else "".join(sorted(found))) == first


# Texts that try a gate's edges: case variants (the Kelvin sign matches "k" and the long s
# matches "s" without case), matches at the start and the end, text before a start position.
GATE_TEXTS = [
    "Talks resumed; they met, then TALKS and Met again",
    "\u212aing and \u017fummit; king and summit",
    "ab aab b abc",
    "to pay a visit, to make the visit",
    "12 and 345",
    "",
    "x",
]
GATE_ROWS = [
    (r"\b(?:[Tt]alks|met)\b", 0),
    (r"\b(?:talks|met)\b", re.IGNORECASE),
    (r"(?i)king|summit", 0),
    (r"(?<=\bto\s)(?:pay|make)\b\s+(?P<rest>\w+)", 0),
    (r"(?:the\s+)?visit", 0),
    (r"a+b", 0),
    (r"(?:a|b)*c", 0),
    (
        r"""\b(?:pay|make)   # the verb
        \s+a\s+\w+           # ends on a comment""",
        re.VERBOSE,
    ),
    (r"(?=\d)[0-9]{2}", 0),
]


@pytest.mark.parametrize(("source", "flags"), GATE_ROWS)
def test_a_gated_pattern_finds_what_the_pattern_finds(source: str, flags: int) -> None:
    """Every method of the gated pattern gives what the pattern as written gives."""
    plain = re.compile(source, flags)
    gated = _regex.gate(plain)
    assert gated is not None
    assert (gated.flags, gated.groups, dict(gated.groupindex)) == (
        plain.flags,
        plain.groups,
        dict(plain.groupindex),
    )
    for text in GATE_TEXTS:
        spans = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in gated.finditer(text)] == spans
        assert gated.findall(text) == plain.findall(text)
        assert gated.sub("#", text) == plain.sub("#", text)
        assert gated.split(text) == plain.split(text)
        for pos in range(len(text) + 1):  # start positions, and a text cut short
            for name in ("match", "search", "fullmatch"):
                got = getattr(gated, name)(text, pos, len(text) - pos % 3)
                want = getattr(plain, name)(text, pos, len(text) - pos % 3)
                assert (got and got.span()) == (want and want.span()), (name, text, pos)


def test_every_gated_pattern_of_the_package_finds_what_it_finds() -> None:
    """Each module-level pattern of diplonews finds, gated, what it finds as written."""
    for module in pkgutil.walk_packages(diplonews.__path__, "diplonews."):
        if module.name.split(".")[-1] not in {"__main__", "dask"}:
            importlib.import_module(module.name)
    _regex.compile_deferred("diplonews.")
    texts = [
        "President Ana Ruiz met her Peruvian counterpart in Lima on Monday and held talks.",
        "The two sides signed a memorandum of understanding on trade, worth $12 million.",
        "Exports to Chile rose 4.5% in the first quarter of 2024, the ministry said.",
        "He will visit Quito next week; the summit of the Andean states opens on May 3.",
    ]
    gated = 0
    for deferred in _regex._DEFERRED:
        plain = deferred._compiled
        if plain is None or deferred._used is plain:
            continue  # not compiled, or not gated
        gated += 1
        for text in texts:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in deferred.finditer(text)] == want
    assert gated > 300  # most rules open on a word


def _finds(pattern: re.Pattern[str], text: str) -> list[object]:
    """What every method of ``pattern`` finds in ``text``, from every start position."""
    found: list[object] = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    found += [pattern.findall(text), pattern.sub("#", text), pattern.split(text)]
    for pos in range(len(text) + 1):  # start positions, and a text cut short
        for name in ("match", "search", "fullmatch"):
            got = getattr(pattern, name)(text, pos, len(text) - pos % 3)
            found.append(got and (got.span(), got.groups()))
    return found


# Patterns whose first characters only the first use reads: a lookahead at the start, a
# category, letters matched without case by a flag of their own.
LEAD_ROWS = [
    (r"\b(?=[\dJ]|(?i:[ab]))(?:\d+|Jan|apr|Bee|x)", 0),
    (r"(?<![A-Za-z0-9_])\b(?=(?i:the|first))(?:(?i:the)\s+\w+|first)", 0),
    (r"\b\d+(?:\.\d+)?\s*(?:mln|bln)", 0),
    (r"(?:(?i:k)ing|\s+summit)", 0),
    (r"(?=\w)(?!met)\w+", re.IGNORECASE),
    (r"a?(?=[xy])\w", 0),  # "a" or, where it is left out, a lookahead's character
    (r"(?=(?:x)?)t", 0),  # a lookahead that can be empty tells nothing
]
# (pattern, flags, what a match starts with as characters and categories; None: not read)
LEAD_TABLE = [
    (r"\b(?=[\dJ]|(?i:[ab]))\w+", 0, "J A B a b d"),
    (r"(?:(?i:k)ing|\s+summit)", 0, "K k \u212a s"),
    (r"a?(?=[xy])\w", 0, "a x y"),
    (r"(?=(?:x)?)t", 0, "t"),
    (r"(?i:\u00e9t\u00e9)", 0, None),  # beyond ASCII, without case: not read
    (r"[^a]b", 0, None),
]


@pytest.mark.parametrize(("source", "flags", "lead"), LEAD_TABLE)
def test_what_a_match_starts_with(source: str, flags: int, lead: str | None) -> None:
    """Characters and categories every match starts with, lookaheads and scoped flags read."""
    parsed = _sre_parse.parse(source, flags)
    found, empty = _regex._lead_of_sequence(parsed.data, flags | parsed.state.flags)
    assert not empty
    if lead is None:
        assert found is None
        return
    assert found is not None
    names = {
        chr(av) if op == _sre_constants.LITERAL else "d" if "DIGIT" in str(av) else "s"
        for op, av in found
    }
    assert names == set(lead.split())


@pytest.mark.parametrize(
    ("source", "flags"), [*GATE_ROWS, *LEAD_ROWS, *((s, f) for s, f, _ in FIRST_ROWS)]
)
def test_the_first_use_finds_what_the_pattern_finds(source: str, flags: int) -> None:
    """Parsed once, skipping to its first characters, a pattern finds what it finds as written."""
    plain = re.compile(source, flags)
    got, rewritten = _regex._first_use(source, flags)
    assert (got.flags, got.groups, got.groupindex) == (plain.flags, plain.groups, plain.groupindex)
    for text in GATE_TEXTS:
        assert _finds(got, text) == _finds(plain, text), text
    if not rewritten:
        assert got == plain  # the same code: a compiled pattern's equality compares it
    elif got.pattern != source:
        assert got == _regex.gate(plain)  # behind the lookahead, parsed once
    else:
        assert got.pattern == source  # the same source
        assert got != plain  # with another info block


def test_the_info_block_lists_the_first_characters_and_keeps_the_pattern() -> None:
    """The new info block tells the first characters; the pattern's own code is the same."""
    parsed = _sre_parse.parse(r"\b(?:[Tt]alks|met)\b")
    code, _ = _regex._code(parsed, 0)
    skipping = _regex._with_first_chars(code, frozenset("Tmt"))
    assert skipping is not None
    info = skipping[: skipping[1] + 1]
    assert info[0] == code[0]  # INFO
    assert info[3:5] == code[3:5]  # the least and most widths
    assert code[2] == 0  # no prefix, no set: the compiler found none
    assert info[2] == _sre_constants.SRE_INFO_CHARSET
    assert skipping[len(info) :] == code[code[1] + 1 :]  # the pattern's code, unchanged
    assert _regex._with_first_chars(skipping, frozenset("Tmt")) is None  # it has a set now
    prefixed, _ = _regex._code(_sre_parse.parse(r"talks\b"), 0)
    assert _regex._with_first_chars(prefixed, frozenset("t")) is None  # a literal prefix


@given(st.text(alphabet="TtaAlkKsS mMeEjJxyb\u212a\u017f.,1\u0661", max_size=40))
def test_skipping_patterns_find_what_they_find_as_written(text: str) -> None:
    """On any text, each way of compiling finds what :func:`re.compile` finds."""
    for source, flags in [*GATE_ROWS, *LEAD_ROWS]:
        got, _ = _regex._first_use(source, flags)
        plain = re.compile(source, flags)
        assert [(m.span(), m.groups()) for m in got.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


def test_every_pattern_of_the_package_finds_at_first_use_what_it_finds() -> None:
    """Each module-level pattern of diplonews, compiled at its first use, finds what it finds."""
    for module in pkgutil.walk_packages(diplonews.__path__, "diplonews."):
        if module.name.split(".")[-1] not in {"__main__", "dask"}:
            importlib.import_module(module.name)
    texts = [
        "President Ana Ruiz met her Peruvian counterpart in Lima on Monday and held talks.",
        "The two sides signed a memorandum of understanding on trade, worth $12 million.",
        "Exports to Chile rose 4.5% in the first quarter of 2024, the ministry said.",
        "He will visit Quito next week; the summit of the Andean states opens on May 3.",
        "TALKS, Talks and talks: the \u212aing met the \u017fummit's host.",
    ]
    kinds = {"as written": 0, "info block": 0, "lookahead": 0}
    for deferred in _regex._DEFERRED:
        if not str(deferred._namespace.get("__name__", "")).startswith("diplonews."):
            continue
        assert isinstance(deferred.pattern, str)
        plain = re.compile(deferred.pattern, deferred._flags)
        got, rewritten = _regex._first_use(deferred.pattern, deferred._flags)
        for text in texts:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in got.finditer(text)] == want
        kind = "lookahead" if got.pattern != plain.pattern else "info block"
        kinds["as written" if not rewritten else kind] += 1
    assert kinds["info block"] > 500  # most rules open on a word
    assert kinds["as written"] > 50


# Every character, to find all that match a set without case.
_ALL_CHARS = (
    "".join(map(chr, range(0x110000)))
    .encode("utf-16", "surrogatepass")
    .decode("utf-16", "surrogatepass")
)


@pytest.mark.parametrize("flags", [re.IGNORECASE, re.IGNORECASE | re.ASCII, 0])
def test_any_case_finds_every_character_a_set_matches(flags: int) -> None:
    """For each ASCII character, the characters of every case are those its set matches."""
    for code in range(0x20, 0x7F):
        char = chr(code)
        want = frozenset(re.compile(f"[{re.escape(char)}]", flags).findall(_ALL_CHARS))
        assert _regex._any_case({char}, flags) == want, char
    assert _regex._any_case({"\u00e9"}, re.IGNORECASE) is None  # beyond ASCII: not read


def test_a_pattern_compiled_in_a_function_skips_and_keeps_its_source() -> None:
    """Inside a function, compile() gives at once what the first use gives, cached."""
    build = _module("def build(s, f=0):\n    return re.compile(s, f)\n")["build"]
    for source, flags in [*GATE_ROWS, *LEAD_ROWS, (r"(?i)\u00e9t\u00e9|\u00c9T\u00c9", 0)]:
        got = build(source, flags)
        plain = re.compile(source, flags)
        assert isinstance(got, re.Pattern)
        assert got.pattern == source  # never the lookahead's source
        assert build(source, flags) is got  # compiled once
        for text in GATE_TEXTS:
            assert _finds(got, text) == _finds(plain, text), text
    words = build(r"\b(?:talks|met)\b")
    assert words != re.compile(r"\b(?:talks|met)\b")  # its info block lists "t" and "m"
    assert build(b"a+b").search(b"xaab").span() == (1, 4)  # bytes: as written


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"\b(?:talks|met)\b", 0, "They met on Monday and held talks."),
        (r"(?:visit|trip)s?", _regex.IGNORECASE, "A VISIT and two trips"),
        (r"\d+(?:[.,]\d+)?\s+(?:million|billion)", 0, "$ 1,2 billion and 300 million"),
    ],
)
def test_an_unknown_code_layout_compiles_as_written(
    monkeypatch: pytest.MonkeyPatch, source: str, flags: int, text: str
) -> None:
    """On a Python whose compiled-code layout was not checked, no info block is rewritten."""
    skipping, _ = _regex._first_use(source, flags)
    monkeypatch.setattr(_regex, "_KNOWN_LAYOUT", False)
    plain, rewritten = _regex._first_use(source, flags)
    assert not rewritten
    assert plain.pattern == source
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in skipping.finditer(text)]
    assert [m.span() for m in plain.finditer(text)] == [
        m.span() for m in re.compile(source, flags).finditer(text)
    ]


# Alternatives opening on a word boundary or a lookaround, with others between (which the
# parser does not factor out).
HOIST_ROWS = [
    (r"\bheld|\bhosted|(?<=x)met|\bmet\b|\Bet", 0),
    (r"(?:\b[Tt]alks|\bmet|trip|\btrip\b)\s*(?:\bwith|\bin|at)", 0),
    (r"(?<![A-Za-z])(?:\b(?P<w>visit)|\btour|x\b|\btalks?|\b)(?:\bs)?", re.IGNORECASE),
    (r"(?<![a-z])held|(?<![a-z])met|(?<![A-Z])met|(?=t)trip|(?=t)tours?|(?<![a-z])", 0),
]
HOIST_TEXTS = ["held met xmet Talks with trip at tours visits", "hosted; bet a trip in", "", "b"]


@pytest.mark.parametrize(("source", "flags"), HOIST_ROWS)
def test_boundaries_taken_out_of_alternatives_find_what_the_pattern_finds(
    source: str, flags: int
) -> None:
    """Runs of alternatives opening on the same boundary share it: the code changes, not a match."""
    parsed = _sre_parse.parse(source, flags)
    assert _regex._hoist_boundaries(parsed)
    got, rewritten = _regex._first_use(source, flags)
    plain = re.compile(source, flags)
    assert rewritten
    assert got.pattern == source
    for text in HOIST_TEXTS:
        assert _finds(got, text) == _finds(plain, text), text
    assert not _regex._hoist_boundaries(_sre_parse.parse(r"\bheld|\bhosted", 0))  # the parser's


# Sets that test a category, with and without case, negated, beside characters and ranges.
SET_ROWS = [
    (r"[^\W\d_]", 0),
    (r"\w", 0),
    (r"[\d.,]", 0),
    (r"[^\w\s]", 0),
    (r"\S", 0),
    (r"[\sA-Z\u0400-\u04ff]", 0),
    (r"[\dk]", re.IGNORECASE),
    (r"[^\Ws]", re.IGNORECASE),
    (r"\w", re.ASCII),
]


@pytest.mark.parametrize(("source", "flags"), SET_ROWS)
def test_a_set_with_a_category_reads_latin_1_first_and_holds_the_same(
    source: str, flags: int
) -> None:
    """A set with a category opens on a table of Latin-1 and holds every character it held."""
    got, rewritten = _regex._first_use(source, flags)
    plain = re.compile(source, flags)
    assert rewritten
    assert got.findall(_ALL_CHARS) == plain.findall(_ALL_CHARS)
    code, latin = _regex._code(_sre_parse.parse(source, flags), flags)
    assert latin
    assert _sre_constants.CHARSET in code
    assert _regex._code(_sre_parse.parse("[a-z,]", 0), 0)[1] is False  # no category: as written


# Alternatives that open on a repeat of one character or on letters matched without case:
# each made to open on a set matched as written.
OPEN_ROWS = [
    (r"\d+|[A-Z]{2,}|x{1}y|(?i:in|since|by|k)\b|met", 0),
    (r"(?:the|[a-c]+?)\s+(?P<w>talks?)|(?:Kelvin|\u017fum)", re.IGNORECASE),
    (r"(?i:(?:[st]he|it)\s|\d{1,3}(?:,\d\d\d)+)|(?i:ä|é)s", 0),
    (r"x(?:(?i:i)+|y)|(?=z)z|\d+?5", 0),
]
OPEN_WORDS = ["in", "IN", "\u0130n", "since", "By", "k", "\u212a", "the", "SHE", "It", "1,000"]
OPEN_WORDS += ["5", "125", "AB", "Ab", "xy", "xiI", "met", "talks", "Kelvin", "sum", "\u017fUM"]
OPEN_WORDS += ["äs", "Äs", "És", "b", " ", ", ", "zz", "x"]


@pytest.mark.parametrize(("source", "flags"), OPEN_ROWS)
def test_alternatives_opened_on_sets_find_what_the_pattern_finds(source: str, flags: int) -> None:
    """Alternatives made to open on a set as written: the code changes, not a match."""
    parsed = _sre_parse.parse(source, flags)
    assert _regex._open_on_sets(parsed, flags | parsed.state.flags)
    got, rewritten = _regex._first_use(source, flags)
    assert rewritten
    plain = re.compile(source, flags)
    for text in [*HOIST_TEXTS, " ".join(OPEN_WORDS), "".join(OPEN_WORDS)]:
        assert _finds(got, text) == _finds(plain, text), text


@given(st.lists(st.sampled_from(OPEN_WORDS), max_size=12))
def test_opened_alternatives_find_what_they_find_on_any_text_of_their_words(
    words: list[str],
) -> None:
    """On texts built of the alternatives' words, the opened patterns find the same."""
    for joint in ("", " "):
        text = joint.join(words)
        for source, flags in OPEN_ROWS:
            got, _ = _regex._first_use(source, flags)
            assert _finds(got, text) == _finds(re.compile(source, flags), text), text
