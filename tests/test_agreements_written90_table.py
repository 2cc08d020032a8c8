"""A table of named instruments listed in one clause (session 90).

Found in the written article W196 (and, for the titles, in W925 and our page l), scored
against every visible set (the blind keys of real corpus articles 11 to 18 and 20 to
26, the owners' keys, the written articles W1-W1620 and our own pages). A row is a text and
the records it gives, in the agreement row notation (``agreement_rows``), with the title
after `` | ``. Every text is invented. The classes:

- ``named_list``: two or more named instruments joined by "and the" or by commas in one
  clause ("signed the X Agreement and the Y Agreement", "the X Treaty, the Y Protocol and
  the Z Convention", "the Agreement on X and the Protocol on Y") are each a record of its
  own, with the clause's status, parties and day: the second name is neither swallowed into
  the first ("the Agreement on X and the Protocol on Y" as one title) nor merged into it, and
  a later name takes the sides the clause gave the first;
- ``regression``: near misses that must stay as they are: one name holding "and" ("the
  Treaty on Peace and Cooperation", "the Integration and Prosperity Agreement", "the
  Agreement between the Government of A and the Government of B on Air Services"), and a
  name joined by "of" ("the Council of Europe Convention").
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "named_list",
        "Kenya and Uganda signed the Lake Transit Agreement and the Cross-Border Grazing Agreement"
        " in Kampala on Monday.",
        [
            "agreement signed KEN,UGA 2023-05-08 1 | Lake Transit Agreement",
            "agreement signed KEN,UGA 2023-05-08 1 | Cross-Border Grazing Agreement",
        ],
    ),
    (
        "named_list",
        "Ghana and Togo signed the Border Security Treaty, the Fisheries Protocol and the Customs"
        " Convention on Monday.",
        [
            "treaty signed GHA,TGO 2023-05-08 1 | Border Security Treaty",
            "protocol signed GHA,TGO 2023-05-08 1 | Fisheries Protocol",
            "treaty signed GHA,TGO 2023-05-08 1 | Customs Convention",
        ],
    ),
    (
        "named_list",
        "Ghana and Togo signed the Agreement on Visa Exemption and the Protocol on River Fisheries"
        " on Monday.",
        [
            "agreement signed GHA,TGO 2023-05-08 1 | Agreement on Visa Exemption",
            "protocol signed GHA,TGO 2023-05-08 1 | Protocol on River Fisheries",
        ],
    ),
    (
        "named_list",
        "Bolivia and Paraguay will sign the Chaco Water Agreement and the Pilcomayo Basin"
        " Memorandum next month, officials said.",
        [
            "agreement planned BOL,PRY 2023-06 1 | Chaco Water Agreement",
            "memorandum planned BOL,PRY 2023-06 1 | Pilcomayo Basin Memorandum",
        ],
    ),
    (
        "named_list",
        "Chile and Peru signed the Memorandum of Understanding on Port Services and the Road Map"
        " on Mining Investment in Lima on Monday.",
        [
            "memorandum signed CHL,PER 2023-05-08 1 | Memorandum of Understanding on Port Services",
            "plan signed CHL,PER 2023-05-08 1 | Road Map on Mining Investment",
        ],
    ),
    (
        "regression",
        "Kenya and Uganda signed the Agreement between the Government of Kenya and the Government"
        " of Uganda on Air Services on Monday.",
        [
            "agreement signed KEN,UGA 2023-05-08 1 | Agreement between the Government of Kenya and"
            " the Government of Uganda on Air Services"
        ],
    ),
    (
        "regression",
        "The Treaty on Peace and Cooperation was signed by Ghana and Togo on Monday.",
        ["treaty signed GHA,TGO 2023-05-08 1 | Treaty on Peace and Cooperation"],
    ),
    (
        "regression",
        "Kenya and Uganda signed the Integration and Prosperity Agreement on Monday.",
        ["agreement signed KEN,UGA 2023-05-08 1 | Integration and Prosperity Agreement"],
    ),
    (
        "regression",
        "Norway and Iceland ratified the Council of Europe Convention on Monday.",
        ["treaty ratified ISL,NOR 2023-05-08 1 | Council of Europe Convention"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written90_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
