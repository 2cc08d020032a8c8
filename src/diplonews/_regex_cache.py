r"""Compiled patterns kept on disk between runs, as ``__pycache__`` keeps bytecode.

Parsing and compiling the package's patterns (some 900 in a run over a corpus; the
parser and compiler of :mod:`re` are pure Python) costs about a second of every
fresh process: a third of ``diplonews extract`` on a few hundred articles, and
most of a first article. The compiled form of a pattern is what
:mod:`diplonews._regex` hands to the regex engine (``_sre.compile``): its source,
flags, code (a list of integers) and group names. It depends only on the source
and flags asked for, on the Python build (the code layout of its engine) and on
the code of :mod:`diplonews._regex` (which rewrites the info block): the file is
named after a digest of the last two and holds the first two as keys, so that a
hit gives the very pattern a compile would give (equal to it, the same matches).
With each pattern it keeps the words every match of it holds, if a few (the gate of
its searches, :func:`diplonews._regex._gate_words`), read from its parse when it
was compiled: reading them again costs about what compiling does.

The file is ``regex-<digest>.marshal`` in the folder named by the environment
variable ``DIPLONEWS_REGEX_CACHE``, by default ``$XDG_CACHE_HOME/diplonews``
(``~/.cache/diplonews``); ``DIPLONEWS_REGEX_CACHE=off`` (or empty) turns the
cache off. It is read at the first compile of a process and written once, at
exit, when the process compiled a pattern it did not hold. It is
:mod:`marshal` data (plain lists, tuples, strings, bytes and numbers: loading it
runs no code) after a digest of it: a file that does not match its digest, cannot
be read or written, or holds anything else is ignored, and the patterns are
compiled as without a cache. Each pattern's code is kept as the bytes of an
array of 32-bit words, made a list again only when that pattern is looked up:
read as a list of numbers, the codes of every pattern took a tenth of a fresh
process's start-up, most of it for patterns the process never uses. The list is
handed to the engine and not kept (nor is that of a pattern compiled now): kept,
the lists of a run's patterns held some 900,000 numbers, 11 MB, that every full
collection of the garbage collector read one by one.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import array
import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["CompileArgs", "RegexCache", "default_cache"]

#: What ``_sre.compile`` takes: source, flags, code, groups, group index, index group;
#: and whether the source is not the one written (see :func:`diplonews._regex._first_use`).
CompileArgs = tuple[tuple[Any, ...], bool]
#: The strings one of which every match of a pattern holds, if a few (its gate); else None.
Words = tuple[str, ...] | None

#: The environment variable naming the folder ("off" or empty: no cache).
ENV = "DIPLONEWS_REGEX_CACHE"
#: Beyond this many patterns a file keeps only those of the last run that wrote it, so
#: that the patterns of older versions of the rules do not pile up.
MAX_ENTRIES = 4000
_DIGEST = 32  # bytes of SHA-256 before the data
#: The layout of the file's rows; a new layout names a new file.
_FORMAT = b"3: code as array bytes, then the required words"
#: The array type code of a word of the engine's code (32 bits where "I" has 4 bytes).
_WORD = "I" if array.array("I").itemsize == 4 else "L"


def _tag() -> str:
    """A digest of what the compiled code depends on beyond its source and flags."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(_FORMAT)
    digest.update(Path(__file__).with_name("_regex.py").read_bytes())
    return digest.hexdigest()[:16]


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


class RegexCache:
    """The compiled patterns of one cache file: read at the first look-up, written at exit."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[tuple[str, int], CompileArgs] | None = None
        self._words: dict[tuple[str, int], Words] = {}
        self._used: set[tuple[str, int]] = set()
        self._dirty = False

    def _load(self) -> dict[tuple[str, int], CompileArgs]:
        entries: dict[tuple[str, int], CompileArgs] = {}
        if self.path is not None:
            with contextlib.suppress(Exception):  # absent, unreadable or foreign: no entries
                raw = self.path.read_bytes()
                data = raw[_DIGEST:]
                if hashlib.sha256(data).digest() == raw[:_DIGEST]:
                    for source, flags, args, rewritten, words in marshal.loads(data):
                        if isinstance(source, str) and isinstance(flags, int):
                            entries[source, flags] = (tuple(args), bool(rewritten))
                            if isinstance(words, tuple):
                                self._words[source, flags] = words
        return entries

    def get(self, source: str, flags: int) -> CompileArgs | None:
        """The compile arguments kept for ``source`` and ``flags``, if any."""
        entries = self._entries
        if entries is None:
            entries = self._entries = self._load()
        key = (source, int(flags))  # a flag of the enum is equal to its number, and hashes so
        found = entries.get(key)
        if found is not None:
            self._used.add(key)
            args, rewritten = found
            if isinstance(args[2], bytes):  # the engine takes a list: made for this call only
                # The entry keeps the bytes: a list of the code's numbers kept for the life of
                # the process (900,000 of them over a corpus) is read by every full collection
                # of the garbage collector, item by item.
                found = ((*args[:2], array.array(_WORD, args[2]).tolist(), *args[3:]), rewritten)
        return found

    def holds(self, source: str, flags: int) -> bool:
        """Whether the cache keeps ``source`` and ``flags`` (as :meth:`get`, without its code)."""
        entries = self._entries
        if entries is None:
            entries = self._entries = self._load()
        key = (source, int(flags))
        if key not in entries:
            return False
        self._used.add(key)
        return True

    def words(self, source: str, flags: int) -> Words:
        """The words kept for ``source`` and ``flags`` (:meth:`get` first: it reads the file)."""
        return self._words.get((source, int(flags)))

    def put_words(self, source: str, flags: int, words: Words) -> None:
        """Keep the words of a pattern put now (written with it, at exit)."""
        if words is not None:
            self._words[source, int(flags)] = words

    def put(self, source: str, flags: int, args: CompileArgs) -> None:
        """Keep the compile arguments of a pattern compiled now; the file is written at exit."""
        if self.path is None:
            return
        if self._entries is None:
            self._entries = self._load()
        self._entries[source, flags] = _plain(*args)  # the code as bytes, as read (see get)
        self._used.add((source, flags))
        if not self._dirty:
            self._dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the file (atomically: another process reads the old one or the new one)."""
        if self.path is None or not self._dirty or self._entries is None:
            return
        self._dirty = False
        entries = self._entries
        keys = list(entries) if len(entries) <= MAX_ENTRIES else sorted(self._used)
        rows = [
            (source, int(flags), *_plain(*entries[source, flags]), self._words.get((source, flags)))
            for source, flags in keys
        ]
        import tempfile  # noqa: PLC0415 (only when writing: an import less at start-up)

        with contextlib.suppress(Exception):  # a read-only or full disk: no cache
            data = marshal.dumps(rows)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(hashlib.sha256(data).digest() + data)
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
