"""The standard library's regular-expression parser and the opcodes its trees are read by.

Three modules read parsed patterns: :mod:`diplonews._regex` (first-character gates),
:mod:`diplonews._regex_words` (the words every match holds) and
:mod:`diplonews._regex_heads` (the words every match starts with). They share the parser's
import, whose module names changed in Python 3.11, and the groups of opcodes they walk
by, named here once.

>>> [op in REPEATS for op in (parse("a+")[0][0], parse("a")[0][0])]
[True, False]
"""

from __future__ import annotations

import sys

if sys.version_info >= (3, 11):
    from re import _compiler as sre_compile
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - the names of the same modules before 3.11
    import sre_compile
    import sre_constants
    import sre_parse

__all__ = [
    "ATOMIC",
    "BRANCH",
    "IN",
    "LITERAL",
    "RANGE",
    "REPEATS",
    "SUBPATTERN",
    "ZERO_WIDTH",
    "parse",
    "sre_compile",
    "sre_constants",
    "sre_parse",
]

parse = sre_parse.parse

LITERAL = sre_constants.LITERAL
IN = sre_constants.IN
RANGE = sre_constants.RANGE
SUBPATTERN = sre_constants.SUBPATTERN
BRANCH = sre_constants.BRANCH
#: Zero-width items ("\b", "^", lookarounds): they consume nothing.
ZERO_WIDTH = frozenset({sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT})
#: Repeats, the possessive one included (3.11+).
REPEATS = frozenset(
    op
    for op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
#: Atomic groups, matched as their content (3.11+; ``None`` before).
ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
