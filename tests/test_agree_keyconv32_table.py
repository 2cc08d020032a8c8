"""A table of agreement expressions where the spec's owners key one way and blind writers split.

The classes come from reading the owners' own keys (``shared/gold/dev.jsonl`` and
``crawled-dev.jsonl``) with their texts, class by class, for the agreement classes the written
keys W1-W720 split on (session 32, ``keyconv32-conventions.md``). A class has rows here when
the owners key it one way in 80 % of five instances or more and the library did not follow
that way on text it was not fitted to. Its rows are agreement rows (``agreement_rows`` says
what a row is, how its records are written and when it passes), matched by
``matches_titled``; every text is invented. The classes:

- ``group_is_no_party``: parties are states. A group told as a side of an instrument ("a
  fisheries accord with the European Union", "a free trade agreement with Mercosur", "the
  OPEC production accord", "the EU's budget pact", "the Gulf Cooperation Council and Japan
  signed") is not one of its parties: the states beside it are, and an instrument whose only
  side is a group has none. The owners key no group as a party in any of the sixteen records
  whose text makes a group a side (EU, GCC, CIS, OTS, ECO, C5+1, G-5/G-6, the Paris Club);
  the spec's parties are "the states the text names or clearly refers to as parties";
  An instrument between blocs only ("a declaration between the European Community and
  Comecon") keeps its two groups: no state stands for either side, and the owners' keys hold
  no such instrument to say otherwise;
- ``other_deals_sides``: an instrument "with C" told after another deal "with A and B" in the
  same sentence ("China is negotiating deals with A and B, and has already concluded an accord
  with C") is the subject's and C's: A and B are the other deals' sides (the subject's accord
  with a group across the table so keeps the subject alone);
- ``regression``: near misses that must stay as they are (a group that only reports,
  welcomes or frames the states' instrument; a group's meeting that adopts a plan; one
  instrument "with A and B"; a state of the instrument's own "with" phrase told in the other
  deals too).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "group_is_no_party",
        "Norway signed a fisheries accord with the European Union in Oslo on Monday.",
        ["agreement signed NOR 2023-05-08 1"],
    ),
    (
        "group_is_no_party",
        "Peru hopes to conclude a free trade agreement with Mercosur by the end of the year.",
        ["agreement planned PER - 1"],
    ),
    (
        "group_is_no_party",
        "Saudi Arabia said on Monday it would stand by the OPEC production accord reached in"
        " December.",
        ["agreement signed - 2022-12 1"],
    ),
    (
        "group_is_no_party",
        "Finance ministers argued on Monday over the EU's plans to loosen the budget pact, which"
        " would let France borrow more.",
        ["agreement signed - - 1"],
    ),
    (
        "group_is_no_party",
        "The Gulf Cooperation Council and Japan signed a memorandum on energy cooperation on"
        " Tuesday.",
        ["memorandum signed JPN 2023-05-09 1"],
    ),
    (
        "group_is_no_party",
        "A joint declaration between the EU and Mercosur is to be signed in June.",
        ["declaration planned EU,MERCOSUR 2023-06 1"],
    ),
    (
        "group_is_no_party",
        "Diplomats said a declaration between the European Community and Comecon could be signed"
        " next year.",
        ["declaration planned COMECON,EU 2024 1"],
    ),
    (
        "other_deals_sides",
        "China is negotiating deals with Laos and Vietnam, and has already concluded an accord"
        " with Cambodia.",
        ["agreement signed CHN,KHM - 1"],
    ),
    (
        "other_deals_sides",
        "India is holding talks with Brazil and Argentina, and has already signed a trade"
        " agreement with Mexico.",
        ["agreement signed IND,MEX - 1"],
    ),
    (
        "other_deals_sides",
        "Korea is in talks with Norway and Iceland and last year signed a free trade agreement"
        " with Canada.",
        ["agreement signed CAN,KOR 2022 1"],
    ),
    (
        "other_deals_sides",
        "Japan is negotiating similar deals with Peru and Chile, and has already concluded a"
        " framework agreement with the European Union.",
        [
            "agreement planned JPN,PER - 1",
            "agreement planned CHL,JPN - 1",
            "agreement signed JPN - 1",
        ],
    ),
    (
        "regression",
        "Japan is negotiating deals with Peru and Chile, and has already signed an accord with"
        " Peru.",
        ["agreement signed JPN,PER - 1"],
    ),
    (
        "regression",
        "Japan signed a trade agreement with Peru and Chile on Monday.",
        ["agreement signed CHL,JPN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a trade agreement in Lima on Monday, the European Union said.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Brazil and Argentina signed an energy accord on Monday. The agreement was welcomed by"
        " Mercosur.",
        ["agreement signed ARG,BRA 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on border trade on Monday, under a framework set by"
        " ECOWAS.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ministers of the CIS member states approved a plan of consultations for 2024-2025 in"
        " Minsk on Friday.",
        ["plan signed - 2023-05-05 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_keyconv32_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=False)
