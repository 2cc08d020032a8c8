"""Sphinx configuration for the diplonews documentation (Sphinx + furo + MyST).

Build (warnings are errors), and run the doctests of the docs pages:

    sphinx-build -n -W -b html docs docs/_build/html
    sphinx-build -n -W -b doctest docs docs/_build/doctest

The build works offline. Intersphinx reads the Python inventory from
``docs/_inv/python.inv`` (a copy of the Python 3.11 ``objects.inv``) unless
``DIPLONEWS_DOCS_ONLINE`` is set or the build runs on Read the Docs, where
the live inventories of Python, attrs, cattrs and pandas are fetched (the local
copy stays as a fallback for Python).
"""

from __future__ import annotations

import importlib
import json
import os
import typing
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import Any

from diplonews.exports.schema import document_schema

DOCS = Path(__file__).resolve().parent

# -- Project -----------------------------------------------------------------

project = "diplonews"
author = "diplonews developers"
copyright = "2026, diplonews developers"
release = _package_version("diplonews")
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_inv", "_generated", "_extra", "Thumbs.db", ".DS_Store"]
nitpicky = True

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc / napoleon ------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_type_aliases: dict[str, str] = {}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
# "Attributes:" sections become :ivar: fields, so attrs classes documented with
# :undoc-members: do not describe each field twice.
napoleon_use_ivar = True

# -- doctest -----------------------------------------------------------------

# Doctests in the pages run here; doctests in docstrings run under
# `pytest --doctest-modules` with their module's namespace, so they are not repeated.
doctest_test_doctest_blocks = ""
doctest_global_setup = """
import datetime as dt
from decimal import Decimal
"""

# -- intersphinx -------------------------------------------------------------

_ONLINE = bool(os.environ.get("DIPLONEWS_DOCS_ONLINE") or os.environ.get("READTHEDOCS"))
_LOCAL_PYTHON = str(DOCS / "_inv" / "python.inv")

intersphinx_mapping: dict[str, tuple[str, Any]]
if _ONLINE:
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", (None, _LOCAL_PYTHON)),
        "attrs": ("https://www.attrs.org/en/stable", None),
        "cattrs": ("https://catt.rs/en/stable", None),
        "pandas": ("https://pandas.pydata.org/docs", None),
    }
else:
    intersphinx_mapping = {"python": ("https://docs.python.org/3", _LOCAL_PYTHON)}

# Types from packages whose inventory is only reachable online.
nitpick_ignore: list[tuple[str, str]] = []
if not _ONLINE:
    nitpick_ignore += [
        ("py:class", "cattrs.Converter"),
        ("py:class", "cattrs.converters.Converter"),
        ("py:class", "pandas.DataFrame"),
        ("py:class", "pandas.core.frame.DataFrame"),
        ("py:class", "pandas.Period"),
        ("py:func", "attrs.fields"),
    ]
# Dask is optional: its names stay unresolved offline.
nitpick_ignore += [
    ("py:class", "dask.bag.Bag"),
    ("py:class", "dask.bag.core.Bag"),
    ("py:class", "dask.dataframe.DataFrame"),
    ("py:class", "dask_expr._collection.DataFrame"),
    ("py:class", "dask.dataframe.dask_expr._collection.DataFrame"),
    ("py:meth", "dask.bag.Bag.to_textfiles"),
    ("py:func", "dask.compute"),
    ("py:class", "db.Bag"),
    ("py:class", "dd.DataFrame"),
]
# pycountry publishes no Sphinx inventory at all.
nitpick_ignore.append(("py:mod", "pycountry"))

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = f"diplonews {release}"
html_extra_path = ["_extra"]

# -- Generated files ---------------------------------------------------------
# The JSON Schema of the per-article document is generated from the models on
# every build and published at /schema/document.schema.json.

_SCHEMA = DOCS / "_extra" / "schema" / "document.schema.json"
_SCHEMA.parent.mkdir(parents=True, exist_ok=True)
_text = json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"
if not _SCHEMA.is_file() or _SCHEMA.read_text(encoding="utf-8") != _text:
    _SCHEMA.write_text(_text, encoding="utf-8")

# The changelog page shows the fragments waiting in changelog.d/ under "Unreleased",
# in the order and with the headings towncrier will use at the release.
_FRAGMENT_TYPES = {
    "added": "Added",
    "changed": "Changed",
    "deprecated": "Deprecated",
    "removed": "Removed",
    "fixed": "Fixed",
    "security": "Security",
}


def _unreleased_text(fragments: Path) -> str:
    sections: dict[str, list[str]] = {kind: [] for kind in _FRAGMENT_TYPES}
    for path in sorted(fragments.glob("*.md")):
        parts = path.name.split(".")
        kind = next((p for p in parts[1:] if p in _FRAGMENT_TYPES), None)
        if kind is None:
            continue  # README.md and anything else that is not a fragment
        text = " ".join(path.read_text(encoding="utf-8").split())
        issue = "" if parts[0].startswith("+") else f" (#{parts[0]})"
        sections[kind].append(f"- {text}{issue}")
    out = [
        f"### {_FRAGMENT_TYPES[kind]}\n\n" + "\n".join(items) + "\n"
        for kind, items in sections.items()
        if items
    ]
    return "\n".join(out) if out else "Nothing yet.\n"


_UNRELEASED = DOCS / "_generated" / "unreleased.md"
_UNRELEASED.parent.mkdir(exist_ok=True)
_text = _unreleased_text(DOCS.parent / "changelog.d")
if not _UNRELEASED.is_file() or _UNRELEASED.read_text(encoding="utf-8") != _text:
    _UNRELEASED.write_text(_text, encoding="utf-8")


# -- Small resolvers for our own docstrings ----------------------------------


def _attribute_docstring(  # noqa: PLR0917 (the signature of Sphinx's event)
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Keep napoleon from reading "words: more words" in a data docstring as "type: text".

    Google style lets an attribute docstring start with its type; ours never
    do, and many say "A side of an agreement: ...". A leading empty comment
    (``..``) gives napoleon a first line with no colon, so the whole text stays
    the description.
    """
    if what in ("data", "attribute") and lines and ":" in lines[0]:
        lines[0:0] = ["..", ""]


def _resolve_python(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve what Python's own lookup misses in our docstrings.

    * a short name (``UnknownCountryError``) defined exactly once in the API;
    * a TypeVar or a private module (``diplonews.text._people``): shown as
      plain text, since neither has a page of its own.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    if target.startswith("diplonews") and any(part.startswith("_") for part in target.split(".")):
        return contnode
    module, _, attribute = target.rpartition(".")
    if module.startswith("diplonews"):
        try:
            value = getattr(importlib.import_module(module), attribute, None)
        except ImportError:
            value = None
        if isinstance(value, typing.TypeVar):
            return contnode
    if "." in target:
        return None
    domain = env.get_domain("py")
    matches = [
        (name, entry)
        for name, entry in domain.objects.items()
        if name.startswith("diplonews.") and name.endswith("." + target)
    ]
    if len(matches) != 1:
        return None
    from sphinx.util.nodes import make_refnode  # noqa: PLC0415

    name, entry = matches[0]
    return make_refnode(app.builder, node["refdoc"], entry.docname, entry.node_id, contnode, name)


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", _attribute_docstring, priority=400)
    app.connect("missing-reference", _resolve_python)
