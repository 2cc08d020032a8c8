"""The package's face: ``from diplonews import extract, extract_text, read_articles`` (issue 10)."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import subprocess
import sys
import types

import pytest

import diplonews
from diplonews import (
    Article,
    ArticleResult,
    Country,
    PartialDate,
    ValidationError,
    extract,
    extract_all,
    extract_text,
    read_articles,
)

# Written for these tests (invented wording, no corpus text).
TEXT = "Georgia and Moldova signed a memorandum on transport on Tuesday."


def test_face_names_are_the_functions() -> None:
    """The package exports the functions themselves, not their modules."""
    for function in (extract, extract_all, extract_text, read_articles):
        assert isinstance(function, types.FunctionType)
    assert diplonews.extract is extract
    assert diplonews.read_articles is importlib.import_module("diplonews.readers").read_articles


def test_module_spelling_still_works() -> None:
    """``from diplonews.extract import extract`` (the old spelling) gives the same function."""
    from diplonews.extract import extract as old_extract
    from diplonews.extract import extract_all as old_extract_all

    assert old_extract is extract
    assert old_extract_all is extract_all
    module = importlib.import_module("diplonews.extract")
    assert isinstance(module, types.ModuleType)
    assert module.extract_text is extract_text
    # Importing the module does not turn the package attribute back into the module.
    assert diplonews.extract is extract


def test_both_spellings_in_a_fresh_interpreter() -> None:
    """In a new process, both import orders leave ``diplonews.extract`` the function."""
    script = (
        "import diplonews.extract\n"
        "from diplonews.extract import extract as a\n"
        "from diplonews import extract as b\n"
        "import diplonews\n"
        "assert a is b is diplonews.extract and callable(diplonews.extract)\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr


def test_all_is_sorted_and_resolves() -> None:
    """Every name in ``__all__`` exists, and the list is sorted."""
    assert list(diplonews.__all__) == sorted(diplonews.__all__)
    for name in diplonews.__all__:
        assert getattr(diplonews, name) is not None
    assert {"extract", "extract_all", "extract_text", "read_articles"} <= set(diplonews.__all__)


def test_extract_text_common_case() -> None:
    """Text and a publication date in, records out; relative dates resolved against it."""
    result = extract_text(TEXT, published="2024-03-14")
    assert isinstance(result, ArticleResult)
    assert result.published == dt.date(2024, 3, 14)
    [agreement] = result.agreements
    assert str(agreement.kind) == "memorandum"
    assert "GEO" in agreement.parties
    assert "MDA" in agreement.parties
    assert agreement.date == PartialDate(2024, 3, 12)
    assert agreement.article_id == result.id


def test_extract_text_equals_extract_of_an_article() -> None:
    """extract_text is extract on the Article it describes."""
    published = dt.date(2024, 3, 14)
    assert extract_text(TEXT, published=published, id="x1", title="Deal") == extract(
        Article(id="x1", body=TEXT, published=published, title="Deal")
    )


def test_extract_text_ids() -> None:
    """An id given is kept; without one, the same text gets the same id."""
    assert extract_text(TEXT, id="given").id == "given"
    assert extract_text(TEXT).id == extract_text(TEXT).id
    assert extract_text(TEXT).id.startswith("article-")


def test_extract_text_without_a_date() -> None:
    """Without a publication date, records whose date is relative keep no date."""
    [agreement] = extract_text(TEXT).agreements
    assert agreement.date is None


EXTRACT_TEXT_ERRORS = [
    pytest.param(
        lambda: extract_text(TEXT, published="Tuesday"),
        "Article.published: expected an ISO date YYYY-MM-DD (got 'Tuesday')",
        id="published-words",
    ),
    pytest.param(
        lambda: extract_text(b"bytes"),  # type: ignore[arg-type]
        "Article.body: expected str (got a bytes)",
        id="bytes",
    ),
]


@pytest.mark.parametrize(("call", "message"), EXTRACT_TEXT_ERRORS)
def test_extract_text_errors(call: object, message: str) -> None:
    """Bad input fails at once with the library's own error."""
    assert callable(call)
    with pytest.raises(ValidationError) as info:
        call()
    assert str(info.value) == message


def test_extract_of_a_string_points_to_extract_text() -> None:
    """extract("some text") fails with a hint, not with an AttributeError on .id (issue 10)."""
    with pytest.raises(ValidationError) as info:
        extract("some text")  # type: ignore[arg-type]
    assert str(info.value) == (
        "extract() takes an Article (got str); for plain text use extract_text(text, published=...)"
    )


def test_read_articles_from_the_package() -> None:
    """read_articles is reachable from the package and streams articles."""
    [article] = read_articles(io.StringIO('{"id": "k1", "body": "Talks.", "date": "2022-01-27"}'))
    assert (article.id, article.published) == ("k1", dt.date(2022, 1, 27))


def test_country_membership_in_extracted_records() -> None:
    """Codes work in membership tests on extracted records."""
    [agreement] = extract_text(TEXT, published="2024-03-14").agreements
    assert Country("GEO") in agreement.parties
    assert "AZE" not in agreement.parties


def test_import_as_binds_the_function() -> None:
    """``import diplonews.extract as m`` binds the function (documented in the API reference)."""
    import diplonews.extract as bound

    # mypy sees the module here; at run time Python binds the package attribute.
    assert bound is extract  # type: ignore[comparison-overlap]
