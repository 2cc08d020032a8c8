"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W661-W720 (session 32, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W660, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed some of them. Its rows
are agreement rows (``agreement_rows`` says what a row is, how its records are written and when
it passes), matched by ``matches_titled``; every text is invented. The classes:

- ``implementation_is_ratified``: a named instrument whose implementation the sides discuss,
  urge or review is in force (ratified, of no day), also when its name opens with a holder's
  possessive ("full implementation of Peru's Pacific Trade Agreement with Ecuador") or with
  words of its own before the head ("of the Transport and Transit Agreement", "of the Trade,
  Customs and Transit Protocol"), as it was when "the" stood right before the name's head;
- ``named_framework_implemented``: a named framework or partnership whose implementation the
  sides review or tell progress in ("reviewed implementation of the X Framework for Y",
  "progress in implementing the X Partnership that A concluded with B and C", "the Partnership
  for Z, through which A, B and C ...") is a plan in force, ratified; its parties are the
  states of the relative clause after it, or else the story's sides. A partnership named only
  by words of a relation ("the Special Strategic and Global Partnership") is the two states'
  ties, and a partnership whose implementation is not told is no instrument;
- ``regression``: near misses that must stay as they are (a state's commitments under a named
  instrument, reforms needed to sign one, a named instrument signed in the same sentence as
  another's implementation, a relation called a partnership, a partnership only reaffirmed, a
  company's framework, a treaty on a strategic partnership).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "implementation_is_ratified",
        "Peru's president spoke with Ecuador's president by phone on Monday. The president urged"
        " full implementation of Peru's Pacific Trade Agreement with Ecuador.",
        ["agreement ratified ECU,PER - 1 | Pacific Trade Agreement"],
    ),
    (
        "implementation_is_ratified",
        "Kenya's foreign minister met Uganda's foreign minister in Nairobi on Monday. The ministers"
        " reviewed the implementation of the Transport and Transit Agreement between the two"
        " countries.",
        ["agreement ratified KEN,UGA - 1 | Transport and Transit Agreement"],
    ),
    (
        "implementation_is_ratified",
        "Norway's prime minister hosted Iceland's prime minister in Oslo on Monday. They welcomed"
        " steady progress in implementing Iceland's Fisheries Partnership Agreement with Norway.",
        ["agreement ratified ISL,NOR - 1 | Fisheries Partnership Agreement"],
    ),
    (
        "implementation_is_ratified",
        "Ghana's president received Togo's president in Accra on Monday. He called for faster"
        " implementation of the Trade, Customs and Transit Protocol of the two states.",
        ["protocol ratified GHA,TGO - 1"],
    ),
    (
        "implementation_is_ratified",
        "Chile's foreign minister called Bolivia's foreign minister on Monday. She encouraged"
        " continued implementation of the Water and Border Agreement between Bolivia and Chile.",
        ["agreement ratified BOL,CHL - 1"],
    ),
    (
        "named_framework_implemented",
        "Kenya's president met Tanzania's president in Nairobi on Monday. They welcomed progress"
        " in implementing the Clean Cooking Partnership that Kenya concluded with Norway, Sweden"
        " and Denmark last year.",
        ["plan ratified DNK,KEN,NOR,SWE * 1 | Clean Cooking Partnership"],
    ),
    (
        "named_framework_implemented",
        "Chile's foreign minister met Peru's foreign minister in Lima on Monday. The delegations"
        " reviewed implementation of the Andean Framework for Water Security and Mining Safety.",
        ["other ratified CHL,PER - 1"],
    ),
    (
        "named_framework_implemented",
        "Ghana's president met Togo's president in Accra on Monday. He highlighted progress in"
        " implementing the West African Partnership for Coastal Resilience, through which Ghana,"
        " Togo, Benin and Nigeria are restoring mangroves.",
        ["plan ratified BEN,GHA,NGA,TGO - 1"],
    ),
    (
        "regression",
        "Japan's prime minister met India's prime minister in Tokyo on Monday. They discussed the"
        " implementation of the Special Strategic and Global Partnership.",
        [],
    ),
    (
        "regression",
        "Kenya's president met Tanzania's president in Nairobi on Monday. They reaffirmed the"
        " Clean Cooking Partnership between the two countries.",
        [],
    ),
    (
        "regression",
        "Chile's foreign minister met Peru's foreign minister in Lima on Monday. They discussed the"
        " company's new Digital Framework.",
        [],
    ),
    (
        "regression",
        "Russia's president met Iran's president in Moscow on Monday. They discussed the"
        " implementation of the Treaty on Comprehensive Strategic Partnership, signed in January.",
        ["treaty ratified IRN,RUS - 1 | Treaty on Comprehensive Strategic Partnership"],
    ),
    (
        "regression",
        "Peru's president spoke with Chile's president by phone on Monday. They discussed the"
        " implementation of Chile's commitments under the Pacific Climate Agreement.",
        ["agreement signed CHL,PER - 1 | Pacific Climate Agreement"],
    ),
    (
        "regression",
        "Kenya's president met Uganda's president in Nairobi on Monday. They discussed"
        " implementing the reforms needed to sign the Lake Victoria Treaty next year.",
        ["treaty planned KEN,UGA 2024 1 | Lake Victoria Treaty"],
    ),
    (
        "regression",
        "Laos's prime minister met Vietnam's prime minister in Vientiane on Monday. The leaders"
        " signed the Mekong Energy and Water Agreement.",
        ["agreement signed LAO,VNM 2023-05-08 1 | Mekong Energy and Water Agreement"],
    ),
    (
        "regression",
        "Ghana's president met Togo's president in Accra on Monday. They discussed the"
        " implementation of the agreement.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written32_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
