"""The compiled-pattern cache (:mod:`diplonews._regex_cache`): it reads back what compiles."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplonews import _regex, _regex_cache, _trie
from diplonews.text import _trie as text_trie

# Patterns of each kind the compiler meets: one it rewrites with its first characters,
# one behind a gate, one with named groups, one it leaves as written, flags.
ROWS = [
    (r"\b(?:talks|met)\b", 0),
    (r"(?i)\bvisit(?:ed|s)?\b", 0),
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)", 0),
    (r"(?<=\bafter\s)[a-z]+|.", re.VERBOSE),
    ("ÉTÉ|été", re.IGNORECASE),
    (r"x*", 0),
]
TEXTS = ["They met after talks.", "VISITED 12 March, été and ÉTÉ", "", "xx yy"]


def _finds(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _compile_into(cache: _regex_cache.RegexCache, source: str, flags: int) -> re.Pattern[str]:
    """Compile as :func:`diplonews._regex._first_use` does, keeping the result in ``cache``."""
    args, rewritten = _regex._skipping_first_use(source, flags)
    cache.put(source, flags, (args, rewritten))
    return _regex._from_args(args)


@pytest.mark.parametrize(("source", "flags"), ROWS)
def test_a_pattern_read_back_is_the_one_compiled(tmp_path: Path, source: str, flags: int) -> None:
    """Written, read by another cache of the same file: equal pattern, the same matches."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    compiled = _compile_into(first, source, flags)
    first.save()
    kept = _regex_cache.RegexCache(path).get(source, flags)
    assert kept is not None
    again = _regex._from_args(kept[0])
    assert again == compiled  # a compiled pattern's equality compares source, flags and code
    assert (again.groups, again.groupindex) == (compiled.groups, compiled.groupindex)
    assert kept[1] == _regex._skipping_first_use(source, flags)[1]
    for text in TEXTS:
        assert _finds(again, text) == _finds(re.compile(source, flags), text)


def test_an_unknown_pattern_is_not_in_the_file(tmp_path: Path) -> None:
    """Source and flags are the key: the same source with other flags is another pattern."""
    path = tmp_path / "regex-test.marshal"
    cache = _regex_cache.RegexCache(path)
    _compile_into(cache, r"\bmet\b", 0)
    cache.save()
    reread = _regex_cache.RegexCache(path)
    assert reread.get(r"\bmet\b", re.IGNORECASE) is None  # other flags: another pattern
    assert reread.get(r"\bmeet\b", 0) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # one bit of the data
        lambda raw: raw[:40],  # cut short
        lambda raw: b"",  # empty
        lambda raw: b"\x00" * 32 + b"not marshal data",  # a digest that does not match
    ],
)
def test_a_damaged_file_is_ignored(tmp_path: Path, damage: object) -> None:
    """A file that does not match its digest gives nothing: the patterns are compiled."""
    path = tmp_path / "regex-test.marshal"
    cache = _regex_cache.RegexCache(path)
    _compile_into(cache, r"\btalks\b", 0)
    cache.save()
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert _regex_cache.RegexCache(path).get(r"\btalks\b", 0) is None


def test_no_folder_keeps_nothing_and_writes_nothing(tmp_path: Path) -> None:
    """The cache turned off: no look-up hits, no file."""
    cache = _regex_cache.RegexCache(None)
    _compile_into(cache, r"\btalks\b", 0)
    cache.save()
    assert cache.get(r"\btalks\b", 0) is None
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    """A folder that cannot be made: the run goes on without a file."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = _regex_cache.RegexCache(blocker / "sub" / "regex-test.marshal")  # under a file
    _compile_into(cache, r"\btalks\b", 0)
    cache.save()  # nothing raised
    assert list(tmp_path.iterdir()) == [blocker]


@pytest.mark.parametrize("value", ["off", "", "0", "OFF"])
def test_the_environment_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """``off``, ``0`` or nothing: no cache."""
    monkeypatch.setenv(_regex_cache.ENV, value)
    assert _regex_cache._folder() is None


def test_the_environment_names_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The folder named, else the XDG cache folder's ``diplonews``."""
    monkeypatch.setenv(_regex_cache.ENV, str(tmp_path))
    assert _regex_cache._folder() == tmp_path
    monkeypatch.delenv(_regex_cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _regex_cache._folder() == tmp_path / "xdg" / "diplonews"


def test_a_run_writes_the_file_and_the_next_reads_it(tmp_path: Path) -> None:
    """Two fresh processes: the first writes at exit, the second compiles nothing."""
    src = Path(_regex.__file__).resolve().parents[1]
    script = (
        "from diplonews import extract_text, _regex_cache as c\n"
        "r = extract_text('The ministers of Peru and Chile met in Lima on Monday.',"
        " published='2024-05-06', id='x')\n"
        "cache = c.default_cache()\n"
        "print(len(r.meetings), cache._dirty)\n"
    )
    env = {"PYTHONPATH": str(src), "DIPLONEWS_REGEX_CACHE": str(tmp_path), "PATH": ""}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0] == ["1", "True"]  # compiled patterns, to be written at exit
    assert runs[1] == ["1", "False"]  # every pattern read from the file
    assert [p.name.startswith("regex-") for p in tmp_path.iterdir()] == [True]


# Each pattern's code, read from the file or compiled now: kept as bytes, a list only when
# handed to the engine, so that no list of its numbers lives as long as the process (every
# full collection of the garbage collector would read it item by item).
KEPT_ROWS = [
    "read",  # read from the file
    "put",  # compiled and put by this process
]


def _entry_code(cache: _regex_cache.RegexCache, source: str, flags: int) -> object:
    rows: Any = cache._rows  # its private table, read by the test
    return rows[source, flags].args[0][2]


@pytest.mark.parametrize("how", KEPT_ROWS)
@pytest.mark.parametrize(("source", "flags"), ROWS)
def test_the_code_is_kept_as_bytes(tmp_path: Path, how: str, source: str, flags: int) -> None:
    """A look-up hands the engine a list, every time the same, and keeps no list."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    compiled = _compile_into(first, source, flags)
    if how == "read":
        first.save()
        cache = _regex_cache.RegexCache(path)
    else:
        cache = first
    looked = [cache.get(source, flags) for _ in range(2)]
    assert all(kept is not None and isinstance(kept[0][2], list) for kept in looked)
    assert looked[0] == looked[1]
    assert isinstance(_entry_code(cache, source, flags), bytes)
    assert all(_regex._from_args(kept[0]) == compiled for kept in looked if kept is not None)


HOLDS_ROWS = [
    # (source and flags kept, source and flags asked, held)
    ((r"\bmet\b", 0), (r"\bmet\b", 0), True),
    ((r"\bmet\b", 0), (r"\bmet\b", re.IGNORECASE), False),
    ((r"\bmet\b", 0), (r"\bmeet\b", 0), False),
    ((r"\bmet\b", re.IGNORECASE), (r"\bmet\b", int(re.IGNORECASE)), True),
]


@pytest.mark.parametrize(("kept", "asked", "held"), HOLDS_ROWS)
def test_holds_tells_what_get_finds(
    tmp_path: Path, kept: tuple[str, int], asked: tuple[str, int], held: bool
) -> None:
    """``holds`` answers as ``get`` does, read from the file, without making the code a list."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    _compile_into(first, *kept)
    first.save()
    cache = _regex_cache.RegexCache(path)
    assert cache.holds(*asked) is held
    if held:
        assert isinstance(_entry_code(cache, *asked), bytes)
    assert (cache.get(*asked) is not None) is held


@pytest.fixture(scope="module")
def kept_cache(tmp_path_factory: pytest.TempPathFactory) -> _regex_cache.RegexCache:
    """A cache that read every pattern of :data:`ROWS` back from its file."""
    path = tmp_path_factory.mktemp("kept") / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    for source, flags in ROWS:
        _compile_into(first, source, flags)
    first.save()
    return _regex_cache.RegexCache(path)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet="tTalksmeé ÉVISTD12 .x\n", max_size=60))
def test_a_pattern_from_the_bytes_finds_what_compiling_finds(
    kept_cache: _regex_cache.RegexCache, text: str
) -> None:
    """Every pattern, rebuilt from the code kept as bytes, finds what ``re.compile`` finds."""
    for source, flags in ROWS:
        kept = kept_cache.get(source, flags)
        assert kept is not None
        assert _finds(_regex._from_args(kept[0]), text) == _finds(re.compile(source, flags), text)
        assert isinstance(_entry_code(kept_cache, source, flags), bytes)


def test_a_fact_read_back_is_the_one_put(tmp_path: Path) -> None:
    """A fact is kept with its pattern's row, beside its code, and read by another cache."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    _compile_into(first, r"\b(?:talks|met)\b", 0)
    first.put_fact("heads:1", r"\b(?:talks|met)\b", 0, frozenset({"talks", "met"}))
    first.put_fact("words:1", r"[Tt]alks", 0, ("alks",))  # a fact of a pattern not compiled
    first.save()
    cache = _regex_cache.RegexCache(path)
    assert cache.fact("heads:1", r"\b(?:talks|met)\b", 0) == (True, frozenset({"talks", "met"}))
    assert cache.fact("words:1", r"[Tt]alks", 0) == (True, ("alks",))
    assert cache.fact("heads:2", r"\b(?:talks|met)\b", 0) == (False, None)  # another kind
    assert cache.get(r"[Tt]alks", 0) is None  # a fact alone: no code
    assert cache.get(r"\b(?:talks|met)\b", 0) is not None


def test_a_row_is_read_when_asked_for(tmp_path: Path) -> None:
    """The file's rows are read one by one: a look-up reads its own row only."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    for source, flags in ROWS:
        _compile_into(first, source, flags)
    first.save()
    cache = _regex_cache.RegexCache(path)
    assert cache.get(*ROWS[0]) is not None
    rows: Any = cache._rows  # its private table, read by the test
    assert list(rows) == [ROWS[0]]


def test_a_save_keeps_the_rows_not_read(tmp_path: Path) -> None:
    """A process that wrote one pattern keeps the file's others, read or not."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    for source, flags in ROWS[:3]:
        _compile_into(first, source, flags)
    first.save()
    second = _regex_cache.RegexCache(path)
    assert second.get(*ROWS[0]) is not None
    _compile_into(second, *ROWS[3])
    second.save()
    third = _regex_cache.RegexCache(path)
    assert all(third.holds(source, flags) for source, flags in ROWS[:4])


def test_a_damaged_row_is_compiled_again(tmp_path: Path) -> None:
    """A row that does not match its CRC gives nothing; the file's other rows still do."""
    path = tmp_path / "regex-test.marshal"
    first = _regex_cache.RegexCache(path)
    for source, flags in ROWS[:2]:
        _compile_into(first, source, flags)
    first.save()
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1  # a bit of the last row written: the second
    path.write_bytes(bytes(raw))
    cache = _regex_cache.RegexCache(path)
    assert cache.get(*ROWS[0]) is not None
    assert cache.get(*ROWS[1]) is None


def test_a_remembered_function_gives_what_it_computes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Computed once, put, then read back by a fresh cache: the same value, no call."""
    calls: list[str] = []

    @_regex_cache.remembered("test_kind")
    def heads(source: str, flags: int) -> frozenset[str]:
        calls.append(source)
        return frozenset(source.split("|"))

    monkeypatch.setenv(_regex_cache.ENV, str(tmp_path))
    _regex_cache.default_cache.cache_clear()
    try:
        assert heads("met|talks") == frozenset({"met", "talks"})
        _regex_cache.default_cache().save()
        _regex_cache.default_cache.cache_clear()
        assert heads("met|talks") == frozenset({"met", "talks"})
        assert calls == ["met|talks"]
    finally:
        _regex_cache.default_cache.cache_clear()


TRIE_ROWS = [
    ["met", "meet", "talks"],
    ["Sudan", "South Sudan", "South", "South"],
    [],
    [""],
    ["a\x00b", "ab"],  # a form holding the key's separator: built, not kept
]


@pytest.mark.parametrize("forms", TRIE_ROWS)
def test_a_kept_trie_and_pieces_are_those_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, forms: list[str]
) -> None:
    """Read back by a fresh cache: the trie and the scan's pieces that building them gives."""
    built = _trie._built(forms, re.escape)
    pieces = text_trie.rare_pieces(sorted({form for form in forms if form}))
    monkeypatch.setenv(_regex_cache.ENV, str(tmp_path))
    _regex_cache.default_cache.cache_clear()
    try:
        for _ in range(2):  # computed and put, then read back from the file
            assert _trie.trie(forms) == built
            assert text_trie.PieceScan(forms)._words_of.keys() == set(pieces.values())
            _regex_cache.default_cache().save()
            _regex_cache.default_cache.cache_clear()
    finally:
        _regex_cache.default_cache.cache_clear()
