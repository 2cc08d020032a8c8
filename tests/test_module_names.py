"""No module of the package binds one of its own top-level names twice.

A module-level pattern defined a second time under a name already in use replaces the first
for every function of the module, including those written for the first: the functions read
the name when they run, after the module has bound it the second time. Nothing fails, the
rules just read another pattern (``_PHRASE_END`` and ``_CLAUSE_MARK`` in ``agreements`` did
so until the thirty-third session), so the check is on the source: every name bound by an
assignment, a function or a class at the top of a module is bound there once.
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diplonews"


def top_level_bindings(source: str) -> collections.Counter[str]:
    r"""How many times each name is bound by a top-level assignment, function or class.

    Imports are left out (re-exports rebind on purpose), and so are ``if TYPE_CHECKING``
    and ``try`` blocks (alternatives, one of which runs).

    >>> sorted(top_level_bindings("A = 1\nB: int = 2\ndef f(): pass\nA = 3\n").items())
    [('A', 2), ('B', 1), ('f', 1)]
    """
    counts: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return counts


@pytest.mark.parametrize(
    "source",
    [
        "X = 1\nX = 2\n",
        "X: int = 1\ndef X(): pass\n",
        "class C: pass\nC = 3\n",
    ],
)
def test_a_second_binding_is_counted(source: str) -> None:
    """The check sees a name bound twice, whichever way it is bound."""
    assert max(top_level_bindings(source).values()) == 2


def test_no_module_binds_a_name_twice() -> None:
    """Every top-level name of every module of the package is bound once."""
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the package's own tree, not an empty folder
    twice = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules
        for name, count in top_level_bindings(path.read_text(encoding="utf-8")).items()
        if count > 1
    }
    assert not twice, sorted(twice)
