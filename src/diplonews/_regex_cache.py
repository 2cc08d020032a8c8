r"""Compiled patterns kept on disk between runs, as ``__pycache__`` keeps bytecode.

Parsing and compiling the package's patterns (some 900 in a run over a corpus; the
parser and compiler of :mod:`re` are pure Python) costs about a second of every
fresh process: a third of ``diplonews extract`` on a few hundred articles, and
most of a first article. The compiled form of a pattern is what
:mod:`diplonews._regex` hands to the regex engine (``_sre.compile``): its source,
flags, code (a list of integers) and group names. It depends only on the source
and flags asked for, on the Python build (the code layout of its engine) and on
the code of :mod:`diplonews._regex` (which rewrites the info block) and of the modules
it reads parses with: the file is named after a checksum of the last two and holds the
first two as keys, so that a hit gives the very pattern a compile would give (equal to
it, the same matches).
With each pattern it keeps the words every match of it holds, if a few (the gate of
its searches, :func:`diplonews._regex._gate_words`), read from its parse when it
was compiled: reading them again costs about what compiling does.

With each pattern it also keeps what the library reads from its source once per run (its
:func:`remembered` facts: the words every match opens on, or holds), as costly as a compile.

The file is ``regex-<digest>.marshal`` in the folder named by the environment
variable ``DIPLONEWS_REGEX_CACHE``, by default ``$XDG_CACHE_HOME/diplonews``
(``~/.cache/diplonews``); ``DIPLONEWS_REGEX_CACHE=off`` (or empty) turns the
cache off. It is written once, at exit, when the process compiled a pattern (or
read a fact) it did not hold. Its entries are :mod:`marshal` data (plain tuples,
strings, bytes and numbers: loading them runs no code), each read only when its
pattern is first looked up: the first look-up reads the file's index (for each
entry, a 64-bit checksum of its source and flags, its place and its CRC-32), and
each pattern its own entry. Read whole, the file of a few thousand patterns (20 MB
of code) cost a fresh process more than the rest of its start-up; an article asks
for a few dozen. An index or entry that does not match its checksum, a file that
cannot be read or written, or an entry that holds another source, is ignored, and the
patterns are compiled as without a cache. Each pattern's code is kept as the bytes of an
array of 32-bit words, made a list again only when that pattern is looked up:
the list is handed to the engine and not kept (nor is that of a pattern compiled now): kept,
the lists of a run's patterns held some 900,000 numbers, 11 MB, that every full
collection of the garbage collector read one by one.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import array
import atexit
import contextlib
import functools
import marshal
import os
import sys
import threading
import weakref
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

__all__ = ["CompileArgs", "RegexCache", "default_cache", "remembered"]

#: What ``_sre.compile`` takes: source, flags, code, groups, group index, index group;
#: and whether the source is not the one written (see :func:`diplonews._regex._first_use`).
CompileArgs = tuple[tuple[Any, ...], bool]
#: The strings one of which every match of a pattern holds, if a few (its gate); else None.
Words = tuple[str, ...] | None

#: The environment variable naming the folder ("off" or empty: no cache).
ENV = "DIPLONEWS_REGEX_CACHE"
#: Beyond this many rows (patterns, and sources with facts only) a file keeps only those of
#: the last run that wrote it, so that the patterns of older versions of the rules do not
#: pile up. A run over every visible evaluation set writes some 5,000 rows.
MAX_ENTRIES = 12000
#: The layout of the file's rows; a new layout names a new file.
_FORMAT = b"4: an index, then one marshalled row per pattern, facts beside the code"
#: The file's start: the size of its index (8 bytes) and the index's CRC-32 (4 bytes).
_HEAD = 12
#: The array type code of a word of the engine's code (32 bits where "I" has 4 bytes).
_WORD = "I" if array.array("I").itemsize == 4 else "L"
#: The modules whose code the compiled code and the gate words depend on (the file's name).
_MODULES = ("_regex.py", "_regex_words.py", "_sre.py")

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


class _Fact(Protocol[_T_co]):
    """A function of a pattern's source and flags (none by default), as :func:`remembered` gives."""

    def __call__(self, source: str, flags: int = 0, /) -> _T_co: ...


def _checksum(data: bytes, seed: int = 0) -> int:
    """A 64-bit checksum of ``data`` (CRC-32 and Adler-32; zlib, where hashlib loads OpenSSL)."""
    return zlib.crc32(data, seed & 0xFFFFFFFF) << 32 | zlib.adler32(data)


def _tag() -> str:
    """A digest of what the compiled code depends on beyond its source and flags."""
    here = Path(__file__)
    data = b"".join(
        [sys.version.encode(), _FORMAT, *(here.with_name(m).read_bytes() for m in _MODULES)]
    )
    return f"{_checksum(data):016x}"


def _key(source: str, flags: int) -> int:
    """The index's key of a pattern: a checksum of its source, seeded with its flags."""
    return _checksum(source.encode("utf-8", "surrogatepass"), flags)


def _folder() -> Path | None:
    """The cache folder the environment asks for; None when the cache is off."""
    named = os.environ.get(ENV)
    if named is not None:
        return None if named.strip().lower() in ("", "off", "0", "no", "false") else Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "diplonews"


def _plain(args: tuple[Any, ...], rewritten: bool) -> CompileArgs:
    """``args`` as the plain values :mod:`marshal` writes, the code as array bytes.

    The compiler's opcodes and flags are subclasses of ``int``, equal to the plain numbers
    the engine reads. A code read from the file and not used since is bytes already.
    """
    source, flags, code, groups, groupindex, indexgroup = args
    return (
        source,
        int(flags),
        code if isinstance(code, bytes) else array.array(_WORD, code).tobytes(),
        groups,
        dict(groupindex),
        indexgroup,
    ), rewritten


class _Row:
    """What the cache keeps of one source and flags: compile arguments, gate words, facts."""

    __slots__ = ("args", "facts", "words")

    def __init__(self, args: CompileArgs | None, words: Words, facts: dict[str, Any]) -> None:
        self.args = args
        self.words = words
        self.facts = facts

    def dumps(self, source: str, flags: int) -> bytes:
        """The row as the file keeps it."""
        args, rewritten = self.args if self.args is not None else ((), False)
        # (the compiled source only where it is not the one asked for: one behind a gate)
        own = None if not args or args[0] == source else args[0]
        return marshal.dumps((source, flags, own, args[1:], rewritten, self.words, self.facts))

    @classmethod
    def loads(cls, data: bytes, source: str, flags: int) -> _Row | None:
        """The row ``data`` holds, if it is that of ``source`` and ``flags``."""
        kept, kept_flags, own, rest, rewritten, words, facts = marshal.loads(data)
        if kept != source or kept_flags != flags or not isinstance(facts, dict):
            return None  # another pattern with the same checksum, or foreign data
        args = None
        if rest:
            args = ((source if own is None else own, *rest), bool(rewritten))
        return cls(args, words if isinstance(words, tuple) else None, facts)


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


class RegexCache:
    """The compiled patterns of one cache file: each read at its first look-up, written at exit."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        #: The file's index (checksum of source and flags -> place, size, CRC-32), once read.
        self._index: dict[int, tuple[int, int, int]] | None = None
        self._fd = -1  # the file the index was read from, open for its rows
        self._base = 0  # where its rows start
        self._lock = threading.Lock()
        self._rows: dict[tuple[str, int], _Row | None] = {}  # read or put (None: not in the file)
        self._used: set[tuple[str, int]] = set()
        self._dirty = False

    def _open(self) -> dict[int, tuple[int, int, int]]:
        """Read the file's index (once); the file stays open for the rows."""
        index: dict[int, tuple[int, int, int]] = {}
        self._index = index
        if self.path is None:
            return index
        with contextlib.suppress(Exception):  # absent, unreadable or foreign: no entries
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            weakref.finalize(self, _close, fd)
            self._fd = fd
            head = os.read(fd, _HEAD)
            size, crc = int.from_bytes(head[:8], "little"), int.from_bytes(head[8:], "little")
            data = os.read(fd, size) if len(head) == _HEAD else b""
            if len(data) == size and zlib.crc32(data) == crc:
                read = marshal.loads(data)
                if isinstance(read, dict):
                    index.update(read)
                    self._base = _HEAD + size
        return index

    def _read(self, place: int, size: int) -> bytes:
        """``size`` bytes of the open file from ``place`` (its rows' start)."""
        at = self._base + place
        if hasattr(os, "pread"):  # no shared offset (a forked worker reads the same file)
            return os.pread(self._fd, size, at)
        with self._lock:  # pragma: no cover - Windows
            os.lseek(self._fd, at, os.SEEK_SET)
            return os.read(self._fd, size)

    def _row(self, source: str, flags: int) -> _Row | None:
        """The row of ``source`` and ``flags``: put by this process, or read from the file."""
        key = (source, flags)
        try:
            return self._rows[key]
        except KeyError:
            if self.path is None:
                return None
        index = self._index
        if index is None:
            index = self._open()
        row = None
        found = index.get(_key(source, flags))
        if found is not None:
            with contextlib.suppress(Exception):  # unreadable or damaged: not kept
                data = self._read(found[0], found[1])
                if len(data) == found[1] and zlib.crc32(data) == found[2]:
                    row = _Row.loads(data, source, flags)
        self._rows[key] = row
        return row

    def get(self, source: str, flags: int) -> CompileArgs | None:
        """The compile arguments kept for ``source`` and ``flags``, if any."""
        flags = int(flags)  # a flag of the enum is equal to its number, and hashes so
        row = self._row(source, flags)
        if row is None or row.args is None:
            return None
        self._used.add((source, flags))
        args, rewritten = row.args
        if isinstance(args[2], bytes):  # the engine takes a list: made for this call only
            # The row keeps the bytes: a list of the code's numbers kept for the life of
            # the process (900,000 of them over a corpus) is read by every full collection
            # of the garbage collector, item by item.
            return (*args[:2], array.array(_WORD, args[2]).tolist(), *args[3:]), rewritten
        return row.args

    def holds(self, source: str, flags: int) -> bool:
        """Whether the cache keeps ``source`` and ``flags`` (as :meth:`get`, without its code)."""
        flags = int(flags)
        row = self._row(source, flags)
        if row is None or row.args is None:
            return False
        self._used.add((source, flags))
        return True

    def words(self, source: str, flags: int) -> Words:
        """The words kept for ``source`` and ``flags`` (:meth:`get` first: it reads the file)."""
        row = self._row(source, int(flags))
        return None if row is None else row.words

    def put_words(self, source: str, flags: int, words: Words) -> None:
        """Keep the words of a pattern put now (written with it, at exit)."""
        row = self._row(source, int(flags))
        if words is not None and row is not None:
            row.words = words

    def put(self, source: str, flags: int, args: CompileArgs) -> None:
        """Keep the compile arguments of a pattern compiled now; the file is written at exit."""
        if self.path is None:
            return
        flags = int(flags)
        row = self._row(source, flags)
        if row is None:
            row = self._rows[source, flags] = _Row(None, None, {})
        row.args = _plain(*args)  # the code as bytes, as read (see get)
        self._used.add((source, flags))
        self._changed()

    def fact(self, kind: str, source: str, flags: int) -> tuple[bool, Any]:
        """(whether it is kept, the value) of the fact ``kind`` of ``source`` and ``flags``."""
        flags = int(flags)
        row = self._row(source, flags)
        if row is None or kind not in row.facts:
            return False, None
        self._used.add((source, flags))
        return True, row.facts[kind]

    def put_fact(self, kind: str, source: str, flags: int, value: Any) -> None:
        """Keep the fact ``kind`` of ``source`` and ``flags`` (a value :mod:`marshal` writes)."""
        if self.path is None:
            return
        try:
            marshal.dumps(value)
        except ValueError:  # not plain data: not kept
            return
        flags = int(flags)
        row = self._row(source, flags)
        if row is None:
            row = self._rows[source, flags] = _Row(None, None, {})
        row.facts[kind] = value
        self._used.add((source, flags))
        self._changed()

    def _changed(self) -> None:
        if not self._dirty:
            self._dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the file (atomically: another process reads the old one or the new one)."""
        if self.path is None or not self._dirty:
            return
        self._dirty = False
        index = self._index if self._index is not None else self._open()
        rows: dict[int, bytes] = {}
        with contextlib.suppress(Exception):  # the rows of the file this process did not read
            kept = {_key(source, flags) for source, flags in self._rows}
            if len(index) + len(self._rows) <= MAX_ENTRIES:
                for key, (place, size, crc) in index.items():
                    if key not in kept:
                        data = self._read(place, size)
                        if len(data) == size and zlib.crc32(data) == crc:
                            rows[key] = data
        live = list(self._rows.items())
        if len(rows) + len(self._rows) > MAX_ENTRIES:
            rows = {}
            live = [(key, row) for key, row in live if key in self._used]
        for (source, flags), row in live:
            if row is not None:
                rows[_key(source, flags)] = row.dumps(source, flags)
        import tempfile  # noqa: PLC0415 (only when writing: an import less at start-up)

        with contextlib.suppress(Exception):  # a read-only or full disk: no cache
            places: dict[int, tuple[int, int, int]] = {}
            at = 0
            for key, data in rows.items():
                places[key] = (at, len(data), zlib.crc32(data))
                at += len(data)
            head = marshal.dumps(places)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(len(head).to_bytes(8, "little"))
                    out.write(zlib.crc32(head).to_bytes(4, "little"))
                    out.write(head)
                    out.writelines(rows.values())
                os.replace(temp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise


@functools.cache
def default_cache() -> RegexCache:
    """The cache of this process, its file chosen by the environment at the first call."""
    folder = _folder()
    return RegexCache(None if folder is None else folder / f"regex-{_tag()}.marshal")


def remembered(kind: str, *also: str) -> Callable[[Callable[[str, int], _T]], _Fact[_T]]:
    """A function of a pattern's source and flags whose results the cache file keeps.

    For what is read from a pattern's parse (its words, its first strings): parsing costs
    what compiling does, and the first article of a process asked for a few hundred. The
    result must be plain data (:mod:`marshal`: tuples, frozensets, strings, numbers, None;
    a dict or list is shared by every call, and must not be changed), and the function a
    pure one of its arguments; it is kept under ``kind`` and a checksum
    of the function's module and of the modules named in ``also`` (those whose functions it
    calls), so that an edit of one of them reads every fact afresh.
    """

    def decorate(function: Callable[[str, int], _T]) -> _Fact[_T]:
        named: list[str] = []

        @functools.wraps(function)
        def kept(source: str, flags: int = 0) -> _T:
            if not named:
                try:
                    code = b"".join(
                        Path(str(sys.modules[name].__file__)).read_bytes()
                        for name in (function.__module__, *also)
                    )
                except (OSError, TypeError, KeyError):  # no source file: computed every time
                    code = b"%d" % id(function)
                named.append(f"{kind}:{_checksum(code):016x}")
            cache = default_cache()
            found, value = cache.fact(named[0], source, flags)
            if not found:
                value = function(source, flags)
                cache.put_fact(named[0], source, flags, value)
            return value  # type: ignore[no-any-return]

        return kept

    return decorate
