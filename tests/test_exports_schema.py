"""The JSON Schema of the per-article document: valid, complete, and true of real output."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

from diplonews import (
    Agreement,
    Article,
    ArticleResult,
    Country,
    CountryGroup,
    Meeting,
    PartialDate,
    Participant,
    Period,
    Place,
    Span,
    TradeRecord,
)
from diplonews.exports.schema import document_schema
from diplonews.extract import extract
from diplonews.serialization import to_json
from strategies import article_results

# jsonschema ships no type hints (types-jsonschema is not a test dependency): use it as Any.
jsonschema: Any = importlib.import_module("jsonschema")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
VALIDATOR = jsonschema.Draft202012Validator(
    document_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _errors(document: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def _document(result: ArticleResult) -> dict[str, Any]:
    """The document exactly as ``diplonews extract`` writes it (through JSON text)."""
    data: dict[str, Any] = json.loads(to_json(result))
    return data


BODY = "President Aliyev received Pakistan's foreign minister in Baku on May 3, 2023."
FULL = ArticleResult(
    id="a1",
    published=dt.date(2023, 5, 4),
    author="A. Writer",
    title="Talks",
    url="https://example.org/a1",
    outlet="Example",
    meetings=[
        Meeting(
            article_id="a1",
            kind="visit",
            status="held",
            countries=[Country("AZE"), Country("PAK")],
            organization="OIC",
            date=PartialDate(2023, 5, 3),
            location=Place(city="Baku", country=Country("AZE")),
            participants=[
                Participant(name="Ilham Aliyev", role="President", country=Country("AZE")),
                Participant(name="Unnamed envoy"),
            ],
            title="official visit",
            evidence=[Span.of(BODY, 0, len(BODY))],
            rule="visit-received",
        )
    ],
    agreements=[
        Agreement(
            article_id="a1",
            kind="memorandum",
            status="signed",
            title="MoU on energy",
            parties=[Country("AZE"), CountryGroup("EU")],
            date=PartialDate(2023),
            location=Place(city="Brussels"),
            count=3,
        )
    ],
    trade_records=[
        TradeRecord(
            article_id="a1",
            reporter=Country("AZE"),
            partner=CountryGroup("EU"),
            flow="balance",
            value="-1234.5",
            currency="EUR",
            period=Period.months(2022, 1, 11),
            target=True,
        ),
        TradeRecord(
            reporter=Country("SUN"),
            flow="export",
            value="13.2E6",
            currency="USD",
            period=Period.year(1987),
        ),
    ],
)


def test_schema_is_valid_draft_2020_12() -> None:
    """The generated schema is itself a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(document_schema())
    assert document_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_full_document_validates() -> None:
    """A document using every field and value shape validates."""
    assert _errors(_document(FULL)) == []


def test_empty_document_validates() -> None:
    """A document with no record and no metadata validates."""
    assert _errors(_document(ArticleResult(id="x"))) == []


def test_every_model_field_is_in_the_schema() -> None:
    """Each object in the schema lists exactly its class's attrs fields, all required."""
    schema = document_schema()
    classes = [ArticleResult, Meeting, Agreement, TradeRecord, Place, Participant, Span]
    for cls in classes:
        names = [f.name for f in attrs.fields(cls)]
        node = schema if cls is ArticleResult else schema["$defs"][cls.__name__]
        assert list(node["properties"]) == names, cls
        assert node["required"] == names, cls
        assert node["additionalProperties"] is False, cls


def test_schema_is_a_fresh_copy() -> None:
    """Changing a returned schema does not change the next one."""
    first = document_schema()
    first["$defs"]["Span"]["properties"].clear()
    assert document_schema()["$defs"]["Span"]["properties"]


# (what is wrong, a change to the full document) -> the schema rejects it.
INVALID: list[tuple[str, Any]] = [
    ("lower-case country", lambda d: d["meetings"][0]["countries"].__setitem__(0, "aze")),
    ("alpha-2 country", lambda d: d["trade_records"][0].__setitem__("reporter", "AZ")),
    ("unknown meeting kind", lambda d: d["meetings"][0].__setitem__("kind", "dinner")),
    ("unknown flow", lambda d: d["trade_records"][0].__setitem__("flow", "re-export")),
    ("date with a slash", lambda d: d["meetings"][0].__setitem__("date", "2023/05")),
    ("value as a string", lambda d: d["trade_records"][1].__setitem__("value", "13200000")),
    ("count zero", lambda d: d["agreements"][0].__setitem__("count", 0)),
    ("negative span", lambda d: d["meetings"][0]["evidence"][0].__setitem__("start", -1)),
    ("period without end", lambda d: d["trade_records"][0]["period"].pop("end")),
    ("published not a day", lambda d: d.__setitem__("published", "2023-05-04T10:00")),
    ("missing key", lambda d: d["agreements"][0].pop("status")),
    ("unknown key", lambda d: d["meetings"][0].__setitem__("confidence", 0.9)),
    ("currency not a code", lambda d: d["trade_records"][0].__setitem__("currency", "dollars")),
    ("group in lower case", lambda d: d["agreements"][0]["parties"].__setitem__(1, "eu")),
]


@pytest.mark.parametrize(("what", "change"), INVALID, ids=[i[0] for i in INVALID])
def test_schema_rejects(what: str, change: Any) -> None:
    """A document broken in one place does not validate."""
    document = _document(FULL)
    change(document)
    assert _errors(document), what


@given(article_results)
def test_generated_documents_validate(result: ArticleResult) -> None:
    """Any document the models can hold, written as JSON, validates."""
    assert _errors(_document(result)) == []


FIXTURE_ARTICLES = [
    Article(
        id="fx-1",
        published=dt.date(2021, 7, 28),
        body=(
            "Azerbaijan and Turkiye signed the Baku Declaration on July 27. "
            "The two countries also agreed to sign a protocol on customs cooperation next year."
        ),
    ),
    Article(
        id="fx-2",
        published=dt.date(2022, 3, 28),
        body=(
            "Trade turnover between Azerbaijan and Georgia amounted to $250.5 million in the "
            "first two months of the year. Prime ministers of the two countries held talks "
            "in Tbilisi on March 25."
        ),
    ),
    Article(id="fx-3", body="Nothing diplomatic happened today."),
]


def test_real_extraction_output_validates() -> None:
    """The documents the extractors write, for fixtures and corpus articles, validate."""
    articles = list(FIXTURE_ARTICLES)
    corpus = SHARED / "corpus" / "articles.jsonl"
    if corpus.is_file():
        from diplonews.readers import read_articles

        articles += list(itertools.islice(read_articles(corpus, errors="skip"), 300))
    problems = {}
    for article in articles:
        errors = _errors(_document(extract(article)))
        if errors:
            problems[article.id] = errors
    assert problems == {}


def test_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """``diplonews schema`` prints this schema as JSON."""
    from diplonews.cli import main

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == document_schema()


# Inputs on both sides of the value classes' own validation.
VALUE_TEXTS = ["AZE", "SUN", "EU", "G7", "CIS", "ASEAN+3", "aze", "Eu", "the EU", "7G", "A Z E", ""]


@pytest.mark.parametrize("text", VALUE_TEXTS)
def test_value_patterns_agree_with_the_classes(text: str) -> None:
    """A string the schema accepts as a group code or a partial date is one the class accepts."""
    schema = document_schema()["$defs"]
    group = jsonschema.Draft202012Validator(schema["CountryGroup"]).is_valid(text)
    try:
        accepted = CountryGroup(text).code == text
    except ValueError:
        accepted = False
    assert group == accepted


DATE_TEXTS = ["2021", "2021-12", "2021-12-19", "21", "2021-1", "2021-12-1", "2021/12", "12-2021"]


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_partial_date_pattern_agrees_with_from_iso(text: str) -> None:
    """The partial-date pattern accepts exactly the shapes ``PartialDate.from_iso`` reads."""
    schema = document_schema()["$defs"]
    shape_ok = jsonschema.Draft202012Validator(schema["PartialDate"]).is_valid(text)
    try:
        PartialDate.from_iso(text)
        parsed = True
    except ValueError:
        parsed = False
    assert shape_ok == parsed
