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

>>> from diplonews import _regex
>>> words = _regex.compile(r"\b(?:talks|visit)\b", _regex.IGNORECASE)
>>> words.search("Talks resumed").group()
'Talks'
"""

from __future__ import annotations

import re as _re
import sys
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
from typing import Any, AnyStr, cast

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
    "match",
    "purge",
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

#: Every stand-in made so far (each module-level pattern of the modules that use this one).
_DEFERRED: list[_Deferred] = []


class _Deferred:
    """A module-level pattern not compiled yet: its source, flags and module namespace."""

    def __init__(self, pattern: str | bytes, flags: int, namespace: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._namespace = namespace
        self._compiled: Pattern[Any] | None = None

    def _compile(self) -> Pattern[Any]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _re.compile(self.pattern, self._flags)
            for name in _ATTRIBUTES:
                setattr(self, name, getattr(compiled, name))
            namespace = self._namespace
            for name in [name for name, value in namespace.items() if value is self]:
                namespace[name] = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not set yet: before the first use, or a dunder.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._compile(), name)

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


def compile(pattern: AnyStr | Pattern[AnyStr], flags: int = 0) -> Pattern[AnyStr]:
    """:func:`re.compile`, deferred to the first use when called by a module body.

    >>> from diplonews import _regex
    >>> def inside():
    ...     return _regex.compile("a+")
    >>> isinstance(inside(), _regex.Pattern)
    True
    """
    caller = sys._getframe(1)
    if isinstance(pattern, _Deferred):
        return pattern if not flags else _re.compile(pattern._compile(), flags)  # type: ignore[return-value]
    if isinstance(pattern, Pattern) or caller.f_code.co_name != "<module>":
        return _re.compile(pattern, flags)
    deferred = _Deferred(pattern, flags, caller.f_globals)
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
    deferred = _Deferred(pattern, flags, {"__name__": caller})
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
