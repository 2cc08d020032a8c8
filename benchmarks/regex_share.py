"""How much of extraction is regular-expression matching: every call recorded, then replayed.

    .venv/bin/python benchmarks/regex_share.py [CORPUS.jsonl] [--repeat N] [--top K]

Run from the repository root. Before :mod:`diplonews` is imported, the two
places where its patterns are compiled are wrapped: :func:`re.compile` (a
module that compiles with the standard library's) and the first use of a
pattern of :mod:`diplonews._regex` (most of them: a module-level pattern is
compiled there on first use, a pattern compiled in a function at once, some
straight from the compiled-pattern cache, never through :func:`re.compile`).
Each such pattern records the calls made on it while the corpus's articles
are extracted once: the method, the text, ``pos``/``endpos``, and for
``finditer`` how many matches the caller took (a caller that stops early, with
``itertools.islice`` or ``next``, costs the engine only those). Then, with no
extraction code running, the calls are replayed on the very compiled patterns
extraction used (those of :mod:`diplonews._regex` skip to their first
characters, which a fresh :func:`re.compile` of their source would not),
best of N, and the script prints:

* extraction's CPU time (:func:`time.process_time`, best of N, without the
  recording wrapper) and the replay's: the regex engine's share of extraction,
  and so the time extraction would take if all its Python code cost nothing;
* how much of that replay is scans (``search``, ``finditer``, ``findall``) that find
  nothing: what a gate in front of the patterns (a test of the words they need, one
  scan of a sentence for the words the rules open on) could spare at best, were the
  gate itself free;
* the top K patterns by replay time, with where they are compiled, their
  calls and the mean length of the text their searches and scans cover
  (``match`` calls look at the text from one position only; an ``endpos`` past
  the text's end counts as its end).

Patterns reached through the ``re`` module's functions with a pattern string
(``re.search(r"...", text)``) are not recorded; the package uses few. When no
call at all is recorded (the wrapping no longer reaches the package's patterns),
or no article is read, the script says so and exits with status 1 rather than
print a share of nothing.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"

# (method, text, pos/endpos arguments, matches taken: -1 for all, i.e. the scan to its end)
Call = tuple[str, str, tuple[int, ...], int]
CALLS: dict[str, list[Call]] = defaultdict(list)
SOURCES: dict[str, tuple[str, int]] = {}  # where -> (pattern, flags)
PATTERNS: dict[str, re.Pattern[str]] = {}  # where -> the compiled pattern the calls were made on
_compile = re.compile


class _Recorded:
    """A compiled pattern that records the calls made on it (search, match, finditer...)."""

    def __init__(self, pattern: re.Pattern[str], where: str) -> None:
        self._pattern = pattern
        self._where = where

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _record(self, method: str, text: str, args: tuple[int, ...], taken: int = 0) -> None:
        CALLS[self._where].append((method, text, args, taken))

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self._record("search", text, args)
        return self._pattern.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        self._record("match", text, args)
        return self._pattern.match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        self._record("fullmatch", text, args)
        return self._pattern.fullmatch(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        self._record("findall", text, args)
        return self._pattern.findall(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        calls = CALLS[self._where]
        calls.append(("finditer", text, args, 0))
        index = len(calls) - 1
        for taken, match in enumerate(self._pattern.finditer(text, *args), start=1):
            calls[index] = ("finditer", text, args, taken)
            yield match
        calls[index] = ("finditer", text, args, -1)


def _recorded(compiled: Any, where: str) -> Any:
    """``compiled`` recording its calls under ``where`` (made unique per pattern)."""
    if not isinstance(compiled, re.Pattern) or not isinstance(compiled.pattern, str):
        return compiled
    while where in SOURCES and SOURCES[where] != (compiled.pattern, compiled.flags):
        where += "'"  # another pattern compiled at the same place (a helper called twice)
    SOURCES[where] = (compiled.pattern, compiled.flags)
    PATTERNS[where] = compiled
    return _Recorded(compiled, where)


def _caller(skip: tuple[str, ...]) -> str | None:
    """``path:line`` of the first frame of the package outside ``skip`` files; None if none."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.endswith(skip):
        frame = frame.f_back
    if frame is None or "diplonews/" not in frame.f_code.co_filename:
        return None
    return f"{frame.f_code.co_filename.split('diplonews/', 1)[1]}:{frame.f_lineno}"


def _recording_compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, _Recorded):
        return pattern
    compiled = _compile(pattern, flags)
    # diplonews/_regex.py compiles with re.compile for its own ends (a gate, a case test,
    # a pattern on first use): the first use is recorded by _recording_first_use.
    where = _caller(("re/__init__.py", "functools.py"))
    if where is None or where.startswith("_regex.py:"):
        return compiled
    return _recorded(compiled, where)


def _wrap_first_use(regex: Any) -> Callable[[], None]:
    """Make ``regex._first_use`` (every pattern of :mod:`diplonews._regex`) record; the undo."""
    first_use = regex._first_use

    def _recording_first_use(source: Any, flags: int) -> tuple[Any, bool]:
        compiled, rewritten = first_use(source, flags)
        caller = sys._getframe(1)
        owner = caller.f_locals.get("self")
        if isinstance(owner, regex._Deferred):  # a module-level pattern: its module and name
            namespace = owner._namespace
            names = [name for name, value in namespace.items() if value is owner]
            module = str(namespace.get("__name__", "?")).removeprefix("diplonews.")
            where = f"{module}.{names[0] if names else '?'}"
        else:  # compiled inside a function: where that function calls compile
            where = _caller(("re/__init__.py", "functools.py", "diplonews/_regex.py")) or "?"
        return _recorded(compiled, where), rewritten

    regex._first_use = _recording_first_use

    def undo() -> None:
        regex._first_use = first_use

    return undo


def _replay(pattern: re.Pattern[str], calls: list[Call]) -> None:
    for method, text, args, taken in calls:
        if method == "finditer":
            scan = pattern.finditer(text, *args)
            for _ in scan if taken < 0 else itertools.islice(scan, taken):
                pass
        else:
            getattr(pattern, method)(text, *args)


def _finds_nothing(pattern: re.Pattern[str], call: Call) -> bool:
    """Whether ``call`` is a scan (search, finditer, findall) that finds no match."""
    method, text, args, _ = call
    if method == "search":
        return pattern.search(text, *args) is None
    if method == "findall":
        return not pattern.findall(text, *args)
    if method == "finditer":
        return next(pattern.finditer(text, *args), None) is None
    return False  # match, fullmatch, sub ...: tried at one place, or not a scan


def _best_of(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=30)
    options = parser.parse_args(argv)

    re.compile = _recording_compile  # type: ignore[assignment]
    from diplonews import _regex  # noqa: PLC0415 (after the wrapper, on purpose)

    undo = _wrap_first_use(_regex)
    try:
        from diplonews.extract import extract  # noqa: PLC0415
        from diplonews.readers import read_articles  # noqa: PLC0415

        articles = list(read_articles(options.corpus))
        for article in articles:
            extract(article)
    finally:
        re.compile = _compile
        undo()
    recorded = {where: list(calls) for where, calls in CALLS.items() if calls}
    n = len(articles)
    if not n:
        print(f"corpus: {options.corpus}: no article read, so nothing to measure")
        return 1
    if not recorded:
        print(
            f"corpus: {options.corpus} ({n} articles): no regular-expression call was recorded,"
            " so there is no share to print (is the corpus empty, or did the wrapping miss"
            " the package's patterns?)"
        )
        return 1
    # The package's patterns, now not recording: extraction's own time, for the share.
    for module in list(sys.modules):
        if module.startswith("diplonews"):
            del sys.modules[module]
    from diplonews.extract import extract  # noqa: PLC0415 (a fresh import, unwrapped)
    from diplonews.readers import read_articles  # noqa: PLC0415

    articles = list(read_articles(options.corpus))
    for article in articles:
        extract(article)  # tables loaded, caches warm, as in the recording run
    whole = _best_of(options.repeat, lambda: [extract(article) for article in articles])
    times = {
        where: _best_of(options.repeat, lambda w=where: _replay(PATTERNS[w], recorded[w]))  # type: ignore[misc]
        for where in recorded
    }
    engine = sum(times.values())
    empty = {
        where: [call for call in calls if _finds_nothing(PATTERNS[where], call)]
        for where, calls in recorded.items()
    }
    fruitless = _best_of(
        options.repeat, lambda: [_replay(PATTERNS[w], calls) for w, calls in empty.items()]
    )

    def rate(seconds: float) -> str:  # a clock too coarse for a tiny corpus may read 0
        return f"{n / seconds:7.0f} articles/s" if seconds > 0 else "    (too fast to time)"

    share = f"{engine / whole:.0%} of extract" if whole > 0 else "extract too fast to time"
    print(f"corpus: {options.corpus} ({n} articles), best of {options.repeat}, CPU time")
    print(f"extract, whole:           {whole:7.3f} s  {rate(whole)}")
    print(
        f"regex calls alone:        {engine:7.3f} s  {rate(engine)}"
        f"  ({share}; {sum(map(len, recorded.values())):,} calls"
        f" on {len(recorded)} patterns)"
    )
    print(f"the rest (Python code):   {whole - engine:7.3f} s")
    empty_share = f"{fruitless / whole:.0%} of extract" if whole > 0 else "extract too fast to time"
    print(
        f"scans finding nothing:    {fruitless:7.3f} s  ({empty_share};"
        f" {sum(map(len, empty.values())):,} calls: what a free gate could spare at most)"
    )
    print(f"\ntop {options.top} patterns by replay time:")
    print("     ms   calls  chars/scan  compiled at  (chars/scan: mean text length of its scans)")
    for where in sorted(times, key=times.__getitem__, reverse=True)[: options.top]:
        calls = recorded[where]
        scans = [  # search, finditer, findall: the text from pos to endpos is scanned
            (min(args[1], len(text)) if len(args) > 1 else len(text)) - (args[0] if args else 0)
            for method, text, args, _ in calls
            if method in ("search", "finditer", "findall")
        ]
        chars = f"{sum(scans) / len(scans):11.0f}" if scans else f"{'-':>11}"
        print(f"{times[where] * 1000:7.1f} {len(calls):7d} {chars}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
