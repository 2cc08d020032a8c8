"""A table of agreement expressions read from the released l pages (session 16).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``ratified_signing_aside``: an instrument whose instruments of ratification are exchanged
  (handed over, swapped) is dated by that exchange, never by the day of an aside after its
  name telling its earlier signing ("the Treaty on X between A and B, which had been signed
  in C on April 18"): the exchange's own day when the sentence tells one ("On Friday the
  ministers exchanged ..."), else none;
- ``signed_beside_count``: one document signed beside a counted set and joined to it by
  "and" in one clause ("signed a Joint Communique and witnessed the exchange of twelve
  documents, including ...", "adopted a declaration and 9 agreements") is not one of the
  set: the set's count loses only the documents told as its parts; a document told as one
  of the set ("a memorandum, one of 9 documents") or as its part ("They include") still
  counts in it;
- ``implemented_adverb``: an instrument "being actively implemented", "successfully
  implemented" (any adverb in -ly before the verb) is in force, ratified, as one "being
  implemented" is;
- ``leaders_programme``: a named cooperation programme, road map or action plan with no
  state in its sentence that "the presidents" (leaders, prime ministers) of the story report
  as in force ("The presidents noted that the X Programme is being implemented") is the
  story's two sides'; a named instrument of another kind ("the Paris Agreement") stays
  without parties;
- ``negotiating``: sides "negotiating a protocol" ("continue negotiating", "are negotiating",
  "began negotiating a new memorandum") are preparing it: planned, of the story's sides
  (none when they are "not negotiating any" deal);
- ``regression``: near misses the library already read right and must keep (a ratification
  dated by its own verb, an entry into force dated by its own clause, a signing whose aside
  tells another step).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "ratified_signing_aside",
        "After the talks in Lima on Monday, the ministers exchanged instruments of ratification"
        " of the Treaty on Border Rivers between Chile and Peru, which had been signed in"
        " Santiago on March 2, 2022.",
        ["treaty ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "ratified_signing_aside",
        "The envoys of Norway and Iceland exchanged the instruments of ratification of the"
        " Agreement on Fishing Zones between Norway and Iceland, which had been signed in"
        " Reykjavik on 9 October 2020.",
        ["agreement ratified ISL,NOR - 1"],
    ),
    (
        "ratified_signing_aside",
        "Bhutan and Nepal handed over instruments of ratification for the Convention on"
        " Hydropower between Bhutan and Nepal, which had been concluded in Thimphu in March"
        " 2019.",
        ["treaty ratified BTN,NPL - 1"],
    ),
    (
        "ratified_signing_aside",
        "On Friday the ministers of Chile and Peru exchanged ratification instruments for the"
        " Protocol on Border Rivers between Chile and Peru, that had been inked in Arica on 2 May"
        " 2021.",
        ["protocol ratified CHL,PER 2023-05-05 1"],
    ),
    (
        "ratified_signing_aside",
        "Once the meeting was over, the two presidents swapped instruments of ratification for"
        " the Treaty on Friendship between Ghana and Togo, which had been signed in Lome on June"
        " 4, 2021.",
        ["treaty ratified GHA,TGO - 1"],
    ),
    (
        "regression",
        "Estonia's parliament ratified on Thursday the convention on double taxation with Malta,"
        " signed in Valletta on 3 February 2022.",
        ["treaty ratified EST,MLT 2023-05-04 1"],
    ),
    (
        "regression",
        "The Agreement on Fishing Zones between Norway and Iceland, signed in Reykjavik on 9"
        " October 2020, was ratified by both parliaments in 2022.",
        ["agreement ratified ISL,NOR 2022 1"],
    ),
    (
        "regression",
        "The agreement on rail links between Kenya and Uganda, which was signed in Kampala on"
        " March 2, 2022, entered into force on Monday.",
        ["agreement ratified KEN,UGA 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya and Uganda on Tuesday signed the Agreement on Rail Links between Kenya and Uganda,"
        " which was drafted in Kampala in March 2022.",
        ["agreement signed KEN,UGA 2023-05-09 1"],
    ),
    (
        "signed_beside_count",
        "Ghana and Togo signed a declaration and 9 agreements on Tuesday, including an agreement"
        " on customs and a memorandum on tourism.",
        [
            "declaration signed GHA,TGO 2023-05-09 1",
            "agreement signed GHA,TGO 2023-05-09 7",
            "agreement signed GHA,TGO 2023-05-09 1",
            "memorandum signed GHA,TGO 2023-05-09 1",
        ],
    ),
    (
        "signed_beside_count",
        "After the talks in Accra on Tuesday, the presidents of Ghana and Togo signed a Joint"
        " Communique on Friendship and witnessed the exchange of twelve documents, including a"
        " treaty on extradition and a plan of cultural exchanges.",
        [
            "declaration signed GHA,TGO 2023-05-09 1",
            "other signed GHA,TGO 2023-05-09 10",
            "treaty signed GHA,TGO 2023-05-09 1",
            "plan signed GHA,TGO 2023-05-09 1",
        ],
    ),
    (
        "signed_beside_count",
        "Chile and Peru held talks on Monday. The leaders adopted the Lima Declaration and oversaw"
        " the signing of 7 intergovernmental agreements, among them an agreement on fisheries.",
        [
            "declaration signed CHL,PER 2023-05-08 1",
            "agreement signed CHL,PER 2023-05-08 6",
            "agreement signed CHL,PER 2023-05-08 1",
        ],
    ),
    (
        "signed_beside_count",
        "Ghana and Togo signed a declaration on Tuesday and 9 other documents.",
        ["declaration signed GHA,TGO 2023-05-09 1", "other signed GHA,TGO 2023-05-09 9"],
    ),
    (
        "regression",
        "Ghana and Togo on Tuesday signed a memorandum on tourism, one of 9 documents signed during"
        " the visit.",
        ["memorandum signed GHA,TGO 2023-05-09 1", "other signed GHA,TGO 2023-05-09 8"],
    ),
    (
        "regression",
        "Ghana and Togo signed 9 agreements on Tuesday. They include a declaration on friendship"
        " and an agreement on customs.",
        [
            "agreement signed GHA,TGO 2023-05-09 7",
            "declaration signed GHA,TGO 2023-05-09 1",
            "agreement signed GHA,TGO 2023-05-09 1",
        ],
    ),
    (
        "implemented_adverb",
        "The road map on transport between Chile and Peru is being actively implemented, the"
        " ministry said.",
        ["plan ratified CHL,PER - 1"],
    ),
    (
        "implemented_adverb",
        "Officials in Accra said the agreement on fisheries between Ghana and Togo was"
        " successfully implemented.",
        ["agreement ratified GHA,TGO - 1"],
    ),
    (
        "implemented_adverb",
        "The memorandum on tourism between Norway and Iceland is being gradually implemented,"
        " officials said.",
        ["memorandum ratified ISL,NOR - 1"],
    ),
    (
        "leaders_programme",
        "The leaders of Ghana and Togo met in Accra on Tuesday. The presidents noted that the"
        " Programme of trade cooperation for 2020-2024 is being successfully implemented and that"
        " most of its measures have been completed.",
        ["plan ratified GHA,TGO - 1"],
    ),
    (
        "leaders_programme",
        "Chile and Peru held talks in Lima on Monday. The leaders welcomed that the Road Map on"
        " Transport is being actively implemented.",
        ["plan ratified CHL,PER - 1"],
    ),
    (
        "leaders_programme",
        "Norway and Iceland held talks on Monday. The prime ministers said the Action Plan on"
        " Fisheries is being steadily implemented.",
        ["plan ratified ISL,NOR - 1"],
    ),
    (
        "regression",
        "Chile and Peru held talks in Lima on Monday. The leaders noted that the Paris Agreement"
        " on climate is being implemented by its 190 parties.",
        ["agreement ratified - - 1"],
    ),
    (
        "negotiating",
        "Ghana and Togo held talks on Monday. Meanwhile, the intergovernmental delegations"
        " continue negotiating a protocol on the remaining undefined sections.",
        ["protocol planned GHA,TGO - 1"],
    ),
    (
        "negotiating",
        "Chile and Peru held talks in Lima on Monday. Their experts are negotiating an agreement on"
        " the recognition of diplomas.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "negotiating",
        "Norway and Iceland held talks on Monday. The two ministries began negotiating a new"
        " memorandum on search and rescue last month.",
        ["memorandum planned ISL,NOR - 1"],
    ),
    (
        "regression",
        "Ghana and Togo held talks on Monday. Officials said they were not negotiating any trade"
        " deal.",
        [],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_l_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
