"""A table of agreement expressions read from the released c pages' errors, one class per rule.

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``bill_debated``: a legislature that discussed, debated or considered a bill on the
  ratification of an instrument (in the active voice: "MPs debated the bill on") has not
  ratified it yet: the instrument is signed, on its signing's date;
- ``counted_item``: a counted plural in the sentence that names the documents just signed
  ("Among the documents are an X, a Y and three memoranda between the ministries") is a
  record of its own, of that kind, sharing the signing's status, sides and date;
- ``bodies_between``: documents "between government entities (bodies, institutions) of the
  two countries" are between the sides the sentence names, as "between the ministries" is:
  state bodies describe the sides, they do not make the deal a non-state one;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "bill_debated",
        "The Storting of Norway held a plenary session on Tuesday.\n\n"
        "Deputies also debated the bill on the ratification of the Agreement on fisheries"
        " between Norway and Chile, signed in Santiago in February.",
        ["agreement signed CHL,NOR 2023-02 1"],
    ),
    (
        "bill_debated",
        "Kenyan senators on Monday began considering a bill on the ratification of the"
        " Convention on air services between Kenya and Peru, which was signed in Lima"
        " in January.",
        ["treaty signed KEN,PER 2023-01 1"],
    ),
    (
        "counted_item",
        "Ghana and Portugal signed a package of documents in Accra on Monday after the talks"
        " of their prime ministers.\n\n"
        "Among the documents are an agreement on air services, and four memoranda between the"
        " ministries of health, tourism, youth and culture.",
        ["agreement signed GHA,PRT 2023-05-08 1", "memorandum signed GHA,PRT 2023-05-08 4"],
    ),
    (
        "counted_item",
        "Uruguay and Vietnam signed several documents in Hanoi on Tuesday.\n\n"
        "The documents include two protocols on customs cooperation.",
        ["protocol signed URY,VNM 2023-05-09 2"],
    ),
    (
        "bodies_between",
        "Bolivia and Finland on Monday signed three memoranda between the relevant bodies of"
        " both countries, in the fields of forestry, education and mining.",
        ["memorandum signed BOL,FIN 2023-05-08 3"],
    ),
    (
        "bodies_between",
        "In La Paz on Tuesday, Bolivia and Ireland concluded an agreement on student exchanges"
        " between state institutions of the two countries.",
        ["agreement signed BOL,IRL 2023-05-09 1"],
    ),
    (
        "regression",
        "Chile and Norway signed five documents in Oslo on Tuesday. Among them are a treaty on"
        " borders and an agreement on fisheries.",
        [
            "treaty signed CHL,NOR 2023-05-09 1",
            "agreement signed CHL,NOR 2023-05-09 1",
            "other signed CHL,NOR 2023-05-09 3",
        ],
    ),
    (
        "regression",
        "The parliament of Estonia on Tuesday passed the bill on the ratification of the"
        " Treaty on legal assistance between Estonia and Ghana, signed in Accra in March.",
        ["treaty ratified EST,GHA 2023-05-09 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_c_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
