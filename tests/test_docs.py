"""The docs cover the API and agree with the code: modules, names, tables, schema, changelog."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import diplonews
from diplonews.exports.comtrade import COMTRADE_COLUMNS, COMTRADE_FLOWS, WORLD_ISO
from diplonews.exports.plover import PLOVER_MAPPING
from diplonews.exports.schema import document_schema

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# The API reference: one page per package under docs/api/.
API = "\n".join(page.read_text(encoding="utf-8") for page in sorted((DOCS / "api").glob("*.md")))

# ".. automodule:: name" followed by its option lines.
_AUTOMODULE = re.compile(r"^\.\. automodule:: (\S+)\n((?:[ ]+:[\w-]+:.*\n)*)", re.MULTILINE)
DIRECTIVES: dict[str, set[str]] = {
    name: set(re.findall(r":([\w-]+):", options)) for name, options in _AUTOMODULE.findall(API)
}
EXCLUDED: dict[str, set[str]] = {
    name: set(re.findall(r"\w+", re.findall(r":exclude-members:(.*)", options)[0]))
    for name, options in _AUTOMODULE.findall(API)
    if ":exclude-members:" in options
}
# ".. autodata:: module.Name" (and the other single-object directives).
SINGLE = set(re.findall(r"^\.\. auto(?:data|class|function|exception):: (\S+)$", API, re.MULTILINE))


def _public_modules() -> list[str]:
    """Every importable module of the package whose dotted path has no private part."""
    names = ["diplonews"]
    for info in pkgutil.walk_packages(diplonews.__path__, prefix="diplonews."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


def _is_data(value: Any) -> bool:
    return not (inspect.isclass(value) or inspect.isroutine(value) or inspect.ismodule(value))


def test_every_public_module_is_in_the_api_reference() -> None:
    """Each public module (no underscore in its path) has an automodule directive."""
    assert sorted(set(_public_modules()) - set(DIRECTIVES)) == []


def test_no_directive_names_a_missing_module() -> None:
    """Every automodule directive names a module that imports."""
    for name in DIRECTIVES:
        _module(name)


def test_documented_modules_declare_all() -> None:
    """Every module documented with its members declares __all__ (autodoc follows it)."""
    with_members = [name for name, options in DIRECTIVES.items() if "members" in options]
    assert [name for name in with_members if not hasattr(_module(name), "__all__")] == []


def _documented_names() -> dict[str, set[int]]:
    """Public name -> ids of the objects documented under it by a :members: directive."""
    documented: dict[str, set[int]] = {}
    for name, options in DIRECTIVES.items():
        if "members" not in options:
            continue
        module = _module(name)
        for public in getattr(module, "__all__", []):
            if public not in EXCLUDED.get(name, set()):
                documented.setdefault(public, set()).add(id(getattr(module, public)))
    for dotted in SINGLE:
        module_name, _, public = dotted.rpartition(".")
        documented.setdefault(public, set()).add(id(getattr(_module(module_name), public)))
    return documented


def test_every_public_name_is_documented() -> None:
    """Each name in each public module's __all__ is documented by a :members: directive."""
    documented = _documented_names()
    missing = []
    for name in _public_modules():
        module = _module(name)
        for public in getattr(module, "__all__", []):
            if id(getattr(module, public)) not in documented.get(public, set()):
                missing.append(f"{name}.{public}")
    assert missing == []


def test_module_data_needs_undoc_members() -> None:
    """A module exporting data (constants, aliases) is documented with :undoc-members:.

    autodoc skips module data without a docstring unless asked.
    """
    lacking = []
    for name, options in DIRECTIVES.items():
        if "members" not in options:
            continue
        module = _module(name)
        exported = set(getattr(module, "__all__", [])) - EXCLUDED.get(name, set())
        has_data = any(_is_data(getattr(module, n)) for n in exported)
        if has_data and "undoc-members" not in options:
            lacking.append(name)
    assert lacking == []


def _table_rows(page: str, header: str) -> list[list[str]]:
    """The body rows of the Markdown table whose header row starts with ``header``."""
    text = (DOCS / page).read_text(encoding="utf-8")
    start = text.index(header)
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_plover_table_matches_the_mapping() -> None:
    """The PLOVER table in exports.md is PLOVER_MAPPING, row for row."""
    rows = _table_rows("exports.md", "| rule | record | when |")
    expected = [
        [
            f"`{r.name}`",
            r.record,
            r.condition,
            r.cameo,
            r.event,
            r.mode or "—",
            r.actor,
        ]
        for r in PLOVER_MAPPING
    ]
    assert rows == expected


def test_comtrade_table_names_every_column_and_flow() -> None:
    """The Comtrade table in exports.md covers every column, flow code and the world code."""
    rows = _table_rows("exports.md", "| column | value |")
    documented = {col.strip("`") for row in rows for col in row[0].split(", ")}
    assert documented == set(COMTRADE_COLUMNS)
    text = " ".join(cell for row in rows for cell in row)
    for code, _ in COMTRADE_FLOWS.values():
        assert f"`{code}`" in text
    assert f"`{WORLD_ISO}`" in text


def test_published_schema_is_current() -> None:
    """The schema shipped with the docs is the one the models generate."""
    shipped = DOCS / "_extra" / "schema" / "document.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == document_schema()


_FRAGMENT = re.compile(
    r"^(?:\d+|\+[\w-]+)\.(added|changed|deprecated|removed|fixed|security)(?:\.\d+)?\.md$"
)


def test_changelog_fragments_are_well_named() -> None:
    """Every file in changelog.d is a towncrier fragment (or its README), with some text."""
    for path in sorted((ROOT / "changelog.d").iterdir()):
        if path.name == "README.md":
            continue
        assert _FRAGMENT.match(path.name), path.name
        assert path.read_text(encoding="utf-8").strip(), path.name


def test_changelog_has_an_unreleased_section_before_the_releases() -> None:
    """CHANGELOG.md has "## Unreleased" above towncrier's insertion marker."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.index("## Unreleased") < text.index("<!-- towncrier release notes start -->")


# Sphinx's own deprecations (of its internals, raised under filterwarnings=error) are not
# ours; the build's warnings, which are, are asserted empty.
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::PendingDeprecationWarning")
def test_sphinx_documents_every_public_name(tmp_path: Path) -> None:
    """A real Sphinx build has an object for every public name, and no warning."""
    pytest.importorskip("myst_parser")
    pytest.importorskip("furo")
    application = pytest.importorskip("sphinx.application")
    import io

    warnings = io.StringIO()
    app = application.Sphinx(
        srcdir=str(DOCS),
        confdir=str(DOCS),
        outdir=str(tmp_path / "html"),
        doctreedir=str(tmp_path / "doctrees"),
        buildername="html",
        status=None,
        warning=warnings,
        freshenv=True,
    )
    app.build()
    objects = set(app.env.get_domain("py").objects)
    missing = []
    for name in _public_modules():
        module = _module(name)
        if name not in objects:
            missing.append(name)
        for public in getattr(module, "__all__", []):
            value = getattr(module, public)
            home = getattr(value, "__module__", name) if not _is_data(value) else name
            # A re-export (diplonews.read_articles) is documented where its module exports it.
            homes = {name, home} | {
                other
                for other in _public_modules()
                if public in getattr(_module(other), "__all__", [])
                and getattr(_module(other), public) is value
            }
            if not any(f"{module_name}.{public}" in objects for module_name in homes):
                missing.append(f"{name}.{public}")
    assert missing == []
    assert warnings.getvalue() == ""
