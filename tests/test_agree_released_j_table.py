"""A table of agreement expressions read from the released j pages (session 9).

Every row is invented text (names, figures and dates made up) published on
Wednesday 2023-05-10, and the agreement records expected from it under
spec/EXTRACTION.md section 3, each written ``"kind status PARTIES date count"``
(``PARTIES`` sorted and joined with commas, ``-`` for none; ``*`` for any kind
or any date; date ``-`` for null). The classes:

- ``long_list``: the documents a sentence lists after a counted signing ("N documents
  were signed, including A, B and C") are each one of that signing however long the names
  of the ones before them (a declaration's full name, a memorandum "between the ministries
  of"); an instrument that is the subject of a verb of its own ("and the treaty on X will
  be signed next year") ends the list, and keeps its own status;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from agreement_rows import matches_any_kind, unmatched
from diplonews import Article, extract

PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday

TABLE: list[Any] = [
    (
        "long_list",
        "Ghana and Togo signed 11 documents in Lome on Tuesday, including the Joint Declaration"
        " on the Establishment of an Enhanced and Comprehensive Partnership between the Republic"
        " of Ghana and the Togolese Republic, a programme of cultural exchanges for 2023-2026,"
        " and an agreement on the joint management of the Mono river basin.",
        [
            "declaration signed GHA,TGO 2023-05-09 1",
            "plan signed GHA,TGO 2023-05-09 1",
            "agreement signed GHA,TGO 2023-05-09 1",
            "other signed GHA,TGO 2023-05-09 8",
        ],
    ),
    (
        "long_list",
        "Peru and Chile held talks in Lima on Monday. Following the talks, nine documents were"
        " signed, including a memorandum of understanding on cooperation in the field of"
        " vocational and technical education between the labour ministries of the two countries"
        " and an agreement on the mutual recognition of driving licences.",
        [
            "memorandum signed CHL,PER 2023-05-08 1",
            "agreement signed CHL,PER 2023-05-08 1",
            "other signed CHL,PER 2023-05-08 7",
        ],
    ),
    (
        "long_list",
        "Laos and Cambodia on Monday signed eight documents, among them a memorandum of"
        " understanding between the ministries of agriculture on the prevention of animal"
        " diseases along the common border and the protection of wildlife, a protocol on the"
        " Mekong ferries and a treaty on extradition.",
        [
            "memorandum signed KHM,LAO 2023-05-08 1",
            "protocol signed KHM,LAO 2023-05-08 1",
            "treaty signed KHM,LAO 2023-05-08 1",
            "other signed KHM,LAO 2023-05-08 5",
        ],
    ),
    (
        "long_list",
        "Laos and Cambodia on Monday signed eight documents, including a memorandum on the"
        " prevention of animal diseases, and the treaty on extradition will be signed next year.",
        [
            "memorandum signed KHM,LAO 2023-05-08 1",
            "other signed KHM,LAO 2023-05-08 7",
            "treaty planned KHM,LAO 2024 1",
        ],
    ),
    (
        "regression",
        "Chile and Peru signed 9 documents on Monday, including a memorandum on fisheries, a"
        " roadmap on trade and an agreement on energy.",
        [
            "memorandum signed CHL,PER 2023-05-08 1",
            "plan signed CHL,PER 2023-05-08 1",
            "agreement signed CHL,PER 2023-05-08 1",
            "other signed CHL,PER 2023-05-08 6",
        ],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_j_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    result = extract(Article(body=text, published=PUBLISHED))
    assert unmatched(expected, result.agreements, matches_any_kind) == [], cls
