"""The import rules of docs/architecture.md, read from the source with ast.

1. A module imports only from the packages its layer may use (``ALLOWED``); the
   language layer (``text``) never imports a record extractor.
2. Nothing imports an underscore name from another module, and no package reaches
   into another package's private modules: across packages, names come from the
   face (``__init__``) or a public module.
3. No function-local import of a diplonews module (an import cycle dodged inside a
   function), except in the documented lazy places of ``LAZY``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "diplonews"

# diplonews/_regex.py: the re module, with module-level patterns compiled on first use
_BASE = frozenset({"errors", "_sre", "_trie", "_regex", "_regex_words", "_regex_heads"})
_VALUES = _BASE | {"gazetteer", "values"}
_RECORDS = _VALUES | {"models"}
_EXTRACTORS = frozenset({"meetings", "agreements", "trade"})
_FILES = frozenset({"_files"})  # diplonews/_files.py: atomic output files, shared by the writers

# layer -> the layers it may import (a layer always may import itself). "diplonews" is the
# package face (diplonews/__init__.py), which re-exports the main entry points; "parsing" holds
# the deprecated aliases, which import their new homes by name only (importlib). A new package
# or top-level module (private ones included) is a new layer: add it here, where it belongs.
ALLOWED: dict[str, frozenset[str]] = {
    "errors": frozenset(),
    # diplonews/_regex_cache.py: the compiled patterns kept on disk between runs
    "_regex_cache": frozenset(),
    # diplonews/_sre.py: the standard library's pattern parser and the opcodes its trees are read by
    "_sre": frozenset(),
    "_regex": frozenset({"_regex_cache", "_sre", "_regex_words"}),
    # diplonews/_trie.py: the one builder of a regex alternation of literals factored by prefixes
    "_trie": frozenset({"_regex_cache"}),
    # diplonews/_regex_words.py: the strings a pattern's every match holds (gates before searches)
    "_regex_words": frozenset({"_regex_cache", "_sre", "_trie"}),
    # diplonews/_regex_heads.py: the strings a pattern's every match starts with (where to try it)
    "_regex_heads": frozenset({"_regex_cache", "_sre"}),
    "_files": _BASE,
    "gazetteer": _BASE,
    "values": _BASE | {"gazetteer"},
    "models": _VALUES,
    "text": _RECORDS,
    "meetings": _RECORDS | {"text"},
    "agreements": _RECORDS | {"text"},
    "trade": _RECORDS | {"text"},
    "extract": _RECORDS | _EXTRACTORS,
    "readers": _RECORDS | _FILES,
    "serialization": _RECORDS | _FILES,
    "exports": _RECORDS | _FILES | {"serialization", "diplonews"},
    "diplonews": _RECORDS | {"extract", "readers"},
    "cli": _RECORDS | _FILES | {"readers", "extract", "serialization", "exports", "parallel"},
    # branch speed: running extract over many articles (processes, dask)
    "parallel": _RECORDS | {"extract", "readers"},
    "dask": _RECORDS | {"readers", "extract", "serialization"},
    "__main__": frozenset({"cli"}),
    "parsing": frozenset(),
}

# Modules allowed to import diplonews modules inside functions, and why.
LAZY = {
    "diplonews.cli": "each command loads only what it runs, so `diplonews --help` stays fast",
    "diplonews.exports.plover": "reads diplonews.__version__, a module __getattr__, when asked",
    "diplonews.parallel": "the extractors load once per worker process, not at import",
    "diplonews.dask": "the extractors load on the dask workers, not at import",
    "diplonews.readers._records": "the crawled-page patterns load when a page is read",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "diplonews"


def _is_package(module: str) -> bool:
    path = MODULES.get(module)
    return path is not None and path.name == "__init__.py"


def _private_part(module: str) -> bool:
    """A private module inside a layer's package (``diplonews.text._people``).

    A private top-level module (``diplonews._util``) is an internal of the whole library:
    it is a layer of its own, which ALLOWED places like any other.
    """
    return any(part.startswith("_") for part in module.split(".")[2:])


def _imports(tree: ast.Module) -> Iterator[tuple[ast.stmt, str, str | None, bool]]:
    """(node, module, name or None, inside a function) for every diplonews import."""

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.stmt, str, str | None, bool]]:
        for child in ast.iter_child_nodes(node):
            local = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.ImportFrom) and child.module and not child.level:
                if child.module.split(".")[0] == "diplonews":
                    for alias in child.names:
                        yield child, child.module, alias.name, in_function
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] == "diplonews":
                        yield child, alias.name, None, in_function
            yield from walk(child, local)

    yield from walk(tree, False)


def violations(module: str, source: str) -> list[str]:
    """Every broken rule in one module's source, one line each (empty when it is clean)."""
    tree = ast.parse(source)
    layer = _layer(module)
    found = []
    module_aliases: dict[str, str] = {}
    for node, origin, imported_name, in_function in _imports(tree):
        where = f"{module}:{node.lineno}"
        imported = f"{origin}.{imported_name}" if imported_name else origin
        target, name = origin, imported_name
        if name and f"{target}.{name}" in MODULES:
            target, name = f"{target}.{name}", None  # "from pkg import submodule"
            module_aliases[node_alias(node, imported)] = target
        other = _layer(target)
        if other != layer and other not in ALLOWED.get(layer, frozenset()):
            found.append(f"{where}: layer {layer!r} may not import {imported} ({other!r})")
        if name and name.startswith("_") and not name.startswith("__") and target != module:
            found.append(f"{where}: imports the underscore name {name} from {target}")
        if other != layer and _private_part(target):
            found.append(f"{where}: reaches into the private module {target}; use its package")
        if in_function and module not in LAZY:
            found.append(f"{where}: imports {imported} inside a function (a hidden cycle?)")
    for attr in ast.walk(tree):
        if (
            isinstance(attr, ast.Attribute)
            and isinstance(attr.value, ast.Name)
            and attr.value.id in module_aliases
            and attr.attr.startswith("_")
            and not attr.attr.startswith("__")
        ):
            found.append(
                f"{module}:{attr.lineno}: reads the underscore name {attr.attr} "
                f"of {module_aliases[attr.value.id]}"
            )
    return found


def node_alias(node: ast.stmt, imported: str) -> str:
    """The local name an import binds for ``imported``."""
    assert isinstance(node, (ast.Import, ast.ImportFrom))
    for alias in node.names:
        if imported.endswith("." + alias.name) or imported == alias.name:
            return alias.asname or alias.name.split(".")[-1]
    return imported.rsplit(".", 1)[-1]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_follows_the_import_rules(module: str) -> None:
    """Each module imports only what its layer may, through faces, at the top."""
    assert violations(module, MODULES[module].read_text(encoding="utf-8")) == []


def test_every_layer_has_rules() -> None:
    """Each package and top-level module of diplonews is a layer of ALLOWED."""
    assert sorted({_layer(m) for m in MODULES} - set(ALLOWED)) == []


def test_allowed_layers_form_no_cycle() -> None:
    """The allowed directions form a hierarchy: no layer may import one that imports it."""

    def reaches(start: str, goal: str, seen: frozenset[str] = frozenset()) -> bool:
        return any(
            nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt}))
            for nxt in ALLOWED.get(start, frozenset())
        )

    assert [layer for layer in ALLOWED if reaches(layer, layer)] == []


def test_the_language_layer_imports_no_extractor() -> None:
    """text/ may not import meetings, agreements or trade (the rule of the issue)."""
    assert ALLOWED["text"].isdisjoint(_EXTRACTORS)


# Sources that break one rule each (invented module names), and the rule they break.
BROKEN = [
    ("diplonews.text._x", "from diplonews.meetings import extract_meetings\n", "may not import"),
    ("diplonews.trade._x", "from diplonews.agreements import extract_agreements\n", "may not"),
    ("diplonews.values", "from diplonews.text.countries import resolve_country\n", "may not"),
    ("diplonews.meetings._x", "from diplonews.meetings._y import _helper\n", "underscore name"),
    ("diplonews.trade._x", "from diplonews.text._sentences import Sentence\n", "private module"),
    (
        "diplonews.values",
        "def f():\n    from diplonews.gazetteer import resolve_country\n",
        "inside a function",
    ),
    (
        "diplonews.text.dates",
        "from diplonews.text import _date_words\nX = _date_words._HIDDEN\n",
        "reads the underscore name",
    ),
]

ALLOWED_SOURCES = [
    ("diplonews.meetings._x", "from diplonews.text import Sentence, split_sentences\n"),
    ("diplonews.meetings._x", "from diplonews.meetings._rules import status\n"),
    ("diplonews.text.dates", "from diplonews.text import _date_words\n"),
    ("diplonews.cli", "def f():\n    from diplonews.readers import read_articles\n"),
    ("diplonews.text._x", "from diplonews.values import PartialDate\n"),
    ("diplonews", "from diplonews.extract import extract\n"),
]


@pytest.mark.parametrize(("module", "source", "rule"), BROKEN, ids=[r for _, _, r in BROKEN])
def test_a_broken_rule_is_reported(module: str, source: str, rule: str) -> None:
    """The checker reports each kind of violation (so a passing run means something)."""
    found = violations(module, source)
    assert len(found) == 1
    assert rule in found[0]


@pytest.mark.parametrize(("module", "source"), ALLOWED_SOURCES)
def test_an_allowed_import_is_not_reported(module: str, source: str) -> None:
    """Faces, public modules, siblings and the documented lazy imports pass."""
    assert violations(module, source) == []
