"""Agreements: the title of an instrument, as written.

Where a name ends (before the signing's place, day or participle), lower-case titles,
and names as a class of prose reads them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agreement_rows import Summary, summary
from diplonews.agreements import extract_agreements
from diplonews.models import Article

PUB = dt.date(2024, 4, 17)


def _run(headline: str | None, body: str) -> list[Summary]:
    return [
        summary(a) for a in extract_agreements(Article(title=headline, body=body, published=PUB))
    ]


def _titles(body: str) -> list[str | None]:
    return [a.title for a in extract_agreements(Article(body=body, published=PUB))]


# A name that lists its sides ends before the signing's place, day or participle; the date
# after the place is the signing's.
NAME_ENDS: list[tuple[str, list[str | None], list[Summary]]] = [
    (
        "The presidents signed the Declaration on Friendship between the Republic of Chile "
        "and the Kingdom of Norway in Oslo on April 12.",
        ["Declaration on Friendship between the Republic of Chile and the Kingdom of Norway"],
        [("declaration", "signed", ["CHL", "NOR"], "2024-04-12")],
    ),
    (
        "The Treaty on Good Neighbourliness between Peru and Chile, signed in Lima in "
        "December 2022, has entered into force.",
        ["Treaty on Good Neighbourliness between Peru and Chile"],
        [("treaty", "ratified", ["CHL", "PER"], None)],
    ),
    # A topic after the sides stays in the name.
    (
        "The parliament of Peru ratified the Agreement between the Government of Peru and "
        "the Government of Chile on road transport on Tuesday.",
        ["Agreement between the Government of Peru and the Government of Chile on road transport"],
        [("agreement", "ratified", ["CHL", "PER"], "2024-04-16")],
    ),
]


@pytest.mark.parametrize(("body", "titles", "expected"), NAME_ENDS)
def test_name_ends(body: str, titles: list[str | None], expected: list[Summary]) -> None:
    """A long name ends before the signing's place, day or participle clause."""
    assert _titles(body) == titles
    assert _run(None, body) == expected


PUB_PROSE6 = dt.date(2019, 10, 17)  # a Thursday


TITLES: list[tuple[str, str, str]] = [
    # A day of the week after a capitalised name is its date, not part of the name.
    ("weekday-not-in-title", "Iceland ratified the Bergen Protocol on Monday.", "Bergen Protocol"),
    (
        "topic-stays-in-title",
        "Iceland ratified the Bergen Protocol on Herring Stocks.",
        "Bergen Protocol on Herring Stocks",
    ),
]


@pytest.mark.parametrize(("name", "body", "title"), TITLES, ids=[r[0] for r in TITLES])
def test_prose_title(name: str, body: str, title: str) -> None:
    """The instrument's name as the class reads it."""
    found = extract_agreements(Article(id="t", body=body, published=PUB_PROSE6))
    assert [a.title for a in found] == [title]


PUB_SIDES = dt.date(2023, 5, 10)  # a Wednesday


# A name ends before the day or the city of its signing; a period "for 2025-2026" is part of it.
TITLE_ROWS: list[tuple[str, str]] = [
    (
        "Chile and Peru signed an Agreement on Mutual Recognition of Driving Licences on "
        "Monday in Lima.",
        "Agreement on Mutual Recognition of Driving Licences",
    ),
    ("Chile and Peru signed the Agreement on Visas in Lima.", "Agreement on Visas"),
    (
        "Chile and Peru signed a Program of Cooperation between the Foreign Ministries for "
        "2025-2026.",
        "Program of Cooperation between the Foreign Ministries for 2025-2026",
    ),
    (
        "Chile and Peru adopted the Lima Declaration on Cooperation in Santiago.",
        "Lima Declaration on Cooperation",
    ),
]


@pytest.mark.parametrize(("body", "title"), TITLE_ROWS)
def test_title_ends(body: str, title: str) -> None:
    """The title is the name as written, without the signing's day or place."""
    found = extract_agreements(Article(body=body, published=PUB_SIDES))
    assert [a.title for a in found] == [title]


# (sentence, expected title): a capitalised instrument word after "the" takes the
# lower-case words of its name, up to a verb, a date, a place or another phrase.
TITLE_ROWS_UNSEEN: list[tuple[str, str | None]] = [
    (
        "Chile and Peru signed the Convention on the legal status of the Andean lakes "
        "in Lima on Monday.",
        "Convention on the legal status of the Andean lakes",
    ),
    (
        "Chile and Peru welcomed that the Program of strategic partnership for 2024-2026 "
        "had been adopted.",
        "Program of strategic partnership for 2024-2026",
    ),
    (
        "Chile and Peru signed the Agreement on fisheries with a view to larger quotas.",
        None,  # one word: a topic, not a name
    ),
    (
        "Chile and Peru signed the agreement on the legal status of the Andean lakes.",
        None,  # a lower-case instrument word: a description
    ),
    (
        "Chile and Peru signed a Memorandum on cooperation in the field of maritime research.",
        # a capitalised word after "a" with a topic of three words or more is named too, as
        # the keys read it (written sets, crawl-124 "An Action Plan for 2020-2022")
        "Memorandum on cooperation in the field of maritime research",
    ),
]


@pytest.mark.parametrize(("body", "title"), TITLE_ROWS_UNSEEN)
def test_lower_case_titles(body: str, title: str | None) -> None:
    """The title is the name as written, cut where the name ends."""
    found = extract_agreements(Article(body=body, published=PUB_SIDES))
    assert [a.title for a in found] == [title]
