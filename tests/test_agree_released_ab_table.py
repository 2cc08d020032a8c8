"""A table of agreement expressions read from the second released blind halves (issue 9).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``in_effect_after_aside``: an instrument whose topic is followed by a signing
  (or adoption) aside and then by "is being implemented" ("the road map on X,
  signed in Riga in 2020, is being implemented") is in effect: ratified, no day;
- ``one_on``: "six agreements, including one on X" names one of the counted
  documents by its topic: a record of its own, of the plural's kind, status, day
  and sides, and the plural counts only the rest;
- ``of_year``: a year right after a named instrument ("the Treaty of Friendship of
  1998") is the year it was made, not a date told later in the sentence;
- ``state_concern``: a "state concern" (a state-owned enterprise) is a business: an
  agreement it signs with another company is a contract, no record;
- ``long_between``: the sides of a "between the Government of the Republic of A and
  the Government of the Republic of B on <long topic>" name are read however long
  the topic runs before the clause ends;
- ``amended_signed``: an instrument an amending protocol names, with a relative clause
  telling its own signing ("a protocol amending the Agreement on X, which the two
  countries signed in Quito in June 2016"), is a signed record of its own on that day;
  the protocol does not take that day;
- ``documents_prepared``: "N documents are being prepared" (drafted, negotiated) right
  after the documents is a planned signing of them, as "to be signed" is;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "in_effect_after_aside",
        "The foreign ministers of Latvia and Chile met in Santiago on Monday.\n\n"
        "It was also noted that the road map on cooperation in education, signed in Riga"
        " three years ago, is being successfully implemented.",
        ["plan ratified CHL,LVA - 1"],
    ),
    (
        "in_effect_after_aside",
        "Peru and Ecuador held consultations in Quito on Tuesday. The sides noted that the"
        " action programme on border trade, adopted in Lima in 2021, is being implemented in"
        " full.",
        ["plan ratified ECU,PER - 1"],
    ),
    (
        "in_effect_after_aside",
        "Bolivia and Paraguay reviewed their ties in Asuncion on Monday. The memorandum on"
        " river navigation, signed in La Paz in 2019, is now being implemented, the"
        " ministers said.",
        ["memorandum ratified BOL,PRY - 1"],
    ),
    (
        "one_on",
        "Chile and Peru signed six agreements on Monday, including one on air services.",
        ["agreement signed CHL,PER 2023-05-08 5", "agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "one_on",
        "Latvia and Estonia will sign three memorandums, among them one on energy research,"
        " when their prime ministers meet in Riga next week.",
        ["memorandum planned EST,LVA * 2", "memorandum planned EST,LVA * 1"],
    ),
    (
        "one_on",
        "Nine documents, including one on the protection of migrant workers, were signed in"
        " Dushanbe on Tuesday by the foreign ministers of Tajikistan and Mongolia.",
        ["* signed MNG,TJK 2023-05-09 8", "* signed MNG,TJK 2023-05-09 1"],
    ),
    (
        "of_year",
        "Ties between Oslo and Reykjavik rest on the Agreement on Fisheries of 2007 and the"
        " Joint Declaration on Arctic Research signed in Oslo in June 2021, the minister said.",
        ["agreement signed ISL,NOR 2007 1", "declaration signed ISL,NOR 2021-06 1"],
    ),
    (
        "of_year",
        "Chile and Peru reaffirmed their commitment to the Treaty of Peace and Friendship of"
        " 1929 and to the road map adopted in Lima in March 2022.",
        ["treaty signed CHL,PER 1929 1", "plan signed CHL,PER 2022-03 1"],
    ),
    (
        "state_concern",
        "Chile and Peru held trade talks in Lima on Monday. On the sidelines, the Chilean"
        " state concern Andesgas and Peru Petro inked an agreement on the supply of 50,000"
        " tonnes of diesel.",
        [],
    ),
    (
        "state_concern",
        "Chile and Peru held trade talks in Lima on Monday. On the sidelines, Peru State Oil"
        " and the Chilean state concern Andesgas signed an agreement on the supply of"
        " liquefied gas.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement on visas in Lima on Monday. The Chilean state"
        " concern Andesgas will supply gas to Peru next year.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed an agreement on migration in Lima on Monday, a matter the"
        " ministers called of national concern.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "long_between",
        "The Government of Chile has approved the draft Agreement between the Government of"
        " the Republic of Chile and the Government of the Republic of Peru on the construction"
        " and operation of the Pacific-Andean fibre-optic communication line, the relevant"
        " resolution was published on the legal portal.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "long_between",
        "The cabinet of Latvia on Tuesday endorsed the draft Agreement between the Government"
        " of the Republic of Latvia and the Government of the Kingdom of Norway on cooperation"
        " in the field of maritime search and rescue in the eastern Baltic Sea, the ministry"
        " said.",
        ["agreement planned LVA,NOR - 1"],
    ),
    (
        "regression",
        "The cabinet of Latvia on Tuesday endorsed the draft Agreement between the Government"
        " of the Republic of Latvia and the Government of the Kingdom of Norway on cooperation"
        " in fisheries research, the ministry said.",
        ["agreement planned LVA,NOR - 1"],
    ),
    (
        "amended_signed",
        "Ecuador and Peru will sign a protocol amending the Agreement on air services, which"
        " the two countries signed in Quito in June 2016.",
        ["protocol planned ECU,PER - 1", "agreement signed ECU,PER 2016-06 1"],
    ),
    (
        "amended_signed",
        "Latvia and Estonia initialled a protocol on amendments to the Treaty on the state"
        " border, which the two states had signed in Riga in 2007, the ministry said on"
        " Wednesday.",
        # the protocol is only initialled: planned (the treaty's signing is another's)
        ["protocol planned EST,LVA - 1", "treaty signed EST,LVA 2007 1"],
    ),
    (
        "regression",
        "Ecuador and Peru will sign a protocol amending the Agreement on air services, which"
        " expires next year.",
        ["protocol planned ECU,PER - 1"],
    ),
    (
        "documents_prepared",
        "About ten documents are being prepared for the visit of the Peruvian president to Chile.",
        ["other planned CHL,PER - 10"],
    ),
    (
        "documents_prepared",
        "Chile and Peru met in Lima on Monday. About ten documents are being prepared, among"
        " them an agreement on road transport.",
        ["other planned CHL,PER - 9", "agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Court documents are being prepared by the lawyers of Peru's former president.",
        [],
    ),
    (
        "regression",
        "Chile and Peru met in Lima on Monday. Documents for the visa talks are being prepared"
        " by the ministries.",
        [],
    ),
    (
        "regression",
        "The Peru-Chile road map of cooperation signed in Lima in March 2022 was reviewed.",
        ["plan signed CHL,PER 2022-03 1"],
    ),
    (
        "regression",
        "Chile and Peru signed six agreements on Monday, including the one on air services"
        " that was drafted last year.",
        ["agreement signed CHL,PER 2023-05-08 6"],
    ),
    (
        "regression",
        "Chile and Peru signed six agreements on Monday. Including one on visas, twenty"
        " accords now bind the two.",
        ["agreement signed CHL,PER 2023-05-08 6"],
    ),
    (
        "regression",
        "Officials of Norway and Iceland said the fisheries convention between the two"
        " countries, concluded in Oslo in 2019, entered into force on May 1.",
        ["treaty ratified ISL,NOR 2023-05-01 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a road map on cooperation in education in Lima on Monday, and"
        " a separate tourism project is being implemented.",
        ["plan signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The ministers of Chile and Peru noted that the memorandum on fisheries, signed in"
        " Lima in 2020, has expired and that a new programme is being implemented.",
        ["memorandum signed CHL,PER 2020 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_ab_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
