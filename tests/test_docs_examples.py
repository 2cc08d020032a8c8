"""Docs for users: examples that run on their own, no private modules, no files users lack."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import inspect
import io
import pkgutil
import re
from pathlib import Path

import pytest

import diplonews

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _public_modules() -> list[str]:
    names = ["diplonews"]
    for info in pkgutil.walk_packages(diplonews.__path__, prefix="diplonews."):
        if info.name == "diplonews.dask" and importlib.util.find_spec("dask") is None:
            continue  # the module of the optional dask extra, not installed
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


def _public_doctests() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder()
    tests = []
    for name in _public_modules():
        for test in finder.find(importlib.import_module(name), name, globs={}):
            last = test.name.rpartition(".")[2]
            if test.examples and not last.startswith("_"):
                tests.append(test)
    return tests


@pytest.mark.parametrize("test", _public_doctests(), ids=lambda t: t.name)
def test_docstring_examples_import_what_they_use(test: doctest.DocTest) -> None:
    """Each public docstring example runs in an empty namespace, as pasted into a new session."""
    test.globs = {}
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    out = io.StringIO()
    result = runner.run(test, out=out.write, clear_globs=True)
    assert result.failed == 0, out.getvalue()


_USER_LACKS = re.compile(r"spec/|EXTRACTION\.md|CRAWL_FORMAT\.md|\.\./shared|gold/|corpus/")


def _public_docstrings() -> list[tuple[str, str]]:
    found = []
    for name in _public_modules():
        module = importlib.import_module(name)
        found.append((name, inspect.getdoc(module) or ""))
        for public in getattr(module, "__all__", []):
            value = getattr(module, public)
            found.append((f"{name}.{public}", inspect.getdoc(value) or ""))
            if inspect.isclass(value):
                for member, attribute in vars(value).items():
                    if not member.startswith("_"):
                        found.append((f"{name}.{public}.{member}", inspect.getdoc(attribute) or ""))
    return found


def test_no_docstring_points_to_files_users_lack() -> None:
    """Public docstrings never send a user to the repository's spec, keys or corpus."""
    offenders = [name for name, doc in _public_docstrings() if _USER_LACKS.search(doc)]
    assert offenders == []


def test_api_reference_documents_no_private_module() -> None:
    """The API reference pages name public modules only."""
    pages = sorted((DOCS / "api").glob("*.md"))
    assert pages
    modules = [
        module
        for page in pages
        for module in re.findall(r"^\.\. auto\w+:: (\S+)", page.read_text("utf-8"), re.M)
    ]
    assert modules
    assert [m for m in modules if any(part.startswith("_") for part in m.split("."))] == []


@pytest.mark.parametrize("page", ["install", "recipes", "expect", "api/index"])
def test_user_pages_are_in_the_toctree(page: str) -> None:
    """The install, recipes, what-to-expect and API pages are reachable from the index."""
    assert (DOCS / f"{page}.md").is_file()
    assert f"\n{page}\n" in (DOCS / "index.md").read_text("utf-8")


def test_expect_page_gives_accuracy_per_type_and_source() -> None:
    """The what-to-expect page has an F1 per record type for each source kind."""
    text = (DOCS / "expect.md").read_text("utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "0." in line]
    assert len(rows) >= 2
    for row in rows[:2]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 4
        assert all(0 < float(cell) <= 1 for cell in cells[1:])
    assert "development keys" in text


def test_install_page_covers_checkout_and_wheel() -> None:
    """Installation from a checkout and from a built wheel are both described."""
    text = (DOCS / "install.md").read_text("utf-8")
    assert "pip install ." in text
    assert "python3 -m build --wheel" in text
    assert ".whl" in text
