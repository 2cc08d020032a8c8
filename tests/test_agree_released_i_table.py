"""A table of agreement expressions read from the released i pages (session 8).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``collection_lists``: a sentence right after a counted signing that names the
  documents of a collection ("The package includes a X, a Y and a Z", "The set of
  documents comprises"), or opens with a wire's upper-case dateline ("CAPITAL: The
  documents include ..."), names documents of that signing: one record each, of its
  sides, status and day, and the count covers only the rest;
- ``aside_then_to_sign``: an instrument whose subject holds an aside telling an earlier
  step ("The X, which the ministries initialled in May, is expected to be signed", "The
  Y, drafted last year, will be signed on June 2") is planned, as the main verb after the
  aside tells ("has yet to be signed", "remains to be signed" too), and dated only by that
  verb's own date (the aside's is the earlier step's);
  a main verb telling a later step of a signed one ("is expected to be ratified") leaves
  it signed;
- ``told_count``: a definite count ("Besides the 14 documents,", "In addition to the nine
  agreements,", "All twelve agreements") that repeats the count of a signing told before is
  that set again, no new record; a document such a sentence adds is not one of the set, so
  the set's count stays whole;
- ``topic_states``: a document told right after the sentence listing the documents of a
  signing ("Among them is a memorandum on exports through ports in C. Besides the eight
  documents, the presidents adopted a declaration") is that signing's sides', not the
  states of the listed documents' topics;
- ``amended_passive``: a passive clause with no agent after the instrument an amending
  protocol names ("ratified the protocol amending the convention between A and B, which was
  signed in C in February") tells the protocol's signing: the amended one is no record of
  its own; it is one (signed) when the clause has signers ("which the two governments
  signed in 2015"), when the amended one carries its own year ("the 2004 treaty"), or when
  the protocol is still to come ("will sign a protocol amending X, which was signed in
  2010");
- ``own_sides_kind``: a document of another specific kind with sides of its own ("the
  memorandum between the Government of A and an international agency") told after a
  protocol of A and B is another document, not a further mention of the protocol;
- ``event_yielded``: an event that "produced", "yielded" or "resulted in" N documents
  ("the session, held in Lima last August, produced a package of eleven documents") saw
  them signed: a counted signing of the story's sides, dated by the event's day told
  before the verb (not by the day of a remark that frames it, "said on Monday that");
- ``joint_body``: a sentence naming one side's official ("The Kenyan minister said") and a
  joint or intergovernmental commission speaks of two sides: an instrument it tells is of
  that state and the other the story names;
- ``failed_to_agree``: sides that failed (were unable, could not) to agree on or to conclude
  a deal ("could not agree on new customs deals with A and B", "failed to conclude the
  agreement on X") have not made it: the deal is still to be made, planned (one with each
  partner named), not signed;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "collection_lists",
        "Chile and Bolivia signed six documents in La Paz on Tuesday. The package includes an"
        " agreement on rail freight, a memorandum on tourism and a programme of youth"
        " exchanges for 2023-2025.",
        [
            "agreement signed BOL,CHL 2023-05-09 1",
            "memorandum signed BOL,CHL 2023-05-09 1",
            "plan signed BOL,CHL 2023-05-09 1",
            "other signed BOL,CHL 2023-05-09 3",
        ],
    ),
    (
        "collection_lists",
        "Peru and Ecuador on Monday signed five agreements in Quito during the visit of the"
        " Peruvian president. The set of documents comprises a treaty on extradition and a"
        " protocol on border crossings.",
        [
            "treaty signed ECU,PER 2023-05-08 1",
            "protocol signed ECU,PER 2023-05-08 1",
            "agreement signed ECU,PER 2023-05-08 3",
        ],
    ),
    (
        "collection_lists",
        "Uruguay and Paraguay on Tuesday signed seven agreements in Asuncion.\n\nASUNCION: The"
        " documents include a memorandum on river navigation and an agreement on pensions.",
        [
            "memorandum signed PRY,URY 2023-05-09 1",
            "agreement signed PRY,URY 2023-05-09 1",
            "agreement signed PRY,URY 2023-05-09 5",
        ],
    ),
    (
        "aside_then_to_sign",
        "Chile and Peru held talks on Monday. The treaty on extradition, drafted by the justice"
        " ministries last year, will be signed in Lima on June 2, the minister said.",
        ["treaty planned CHL,PER 2023-06-02 1"],
    ),
    (
        "aside_then_to_sign",
        "Ecuador and Colombia held consultations in Quito. The memorandum on fisheries, which"
        " the two ministries initialled in March, is due to be signed during the president's"
        " visit in the autumn.",
        ["memorandum planned COL,ECU - 1"],
    ),
    (
        "aside_then_to_sign",
        "Ghana and Togo held talks on Monday. The treaty on the border, which the negotiators"
        " initialled in 2021, has yet to be signed.",
        ["treaty planned GHA,TGO - 1"],
    ),
    (
        "aside_then_to_sign",
        "Laos and Vietnam held talks on Monday. The agreement on river ferries, which the two"
        " sides have been drafting for a year, is expected to be signed in the autumn of next"
        " year.",
        ["agreement planned LAO,VNM 2024 1"],
    ),
    (
        "aside_then_to_sign",
        "Bolivia and Paraguay held talks in Asuncion on Tuesday. The agreement on river"
        " transport, which the two sides signed in 2021, is expected to be ratified by the"
        " congress this year.",
        ["agreement signed BOL,PRY 2021 1"],
    ),
    (
        "told_count",
        "Peru and Bolivia signed nine documents in La Paz on Tuesday. In addition to the nine"
        " documents, the presidents adopted a joint declaration on the Lake Titicaca basin.",
        ["other signed BOL,PER 2023-05-09 9", "declaration signed BOL,PER 2023-05-09 1"],
    ),
    (
        "told_count",
        "Chile and Argentina signed twelve agreements in Santiago on Monday. All twelve"
        " agreements will enter into force next year.",
        ["agreement signed ARG,CHL 2023-05-08 12"],
    ),
    (
        "topic_states",
        "Chile and Bolivia signed eight documents in Santiago on Monday. Among them is a"
        " memorandum on the export of Bolivian lithium through ports in Peru. Besides the eight"
        " documents, the presidents adopted a joint declaration on regional integration.",
        [
            "other signed BOL,CHL 2023-05-08 7",
            "memorandum signed BOL,CHL 2023-05-08 1",
            "declaration signed BOL,CHL 2023-05-08 1",
        ],
    ),
    (
        "topic_states",
        "Ghana and Togo signed six agreements in Lome on Tuesday.\n\nThey include an agreement"
        " on a power line from Nigeria and a protocol on the transit of goods to Burkina"
        " Faso.\n\nIn addition to the six agreements, the two leaders adopted a joint"
        " declaration on border security.",
        [
            "agreement signed GHA,TGO 2023-05-09 4",
            "agreement signed GHA,TGO 2023-05-09 1",
            "protocol signed GHA,TGO 2023-05-09 1",
            "declaration signed GHA,TGO 2023-05-09 1",
        ],
    ),
    (
        "amended_passive",
        "The Congress of Peru on Tuesday ratified the protocol amending the convention between"
        " Peru and Chile on social security, which was signed in Santiago in February.",
        ["protocol ratified CHL,PER 2023-05-09 1"],
    ),
    (
        "amended_passive",
        "Colombia and Ecuador will sign a protocol amending the agreement on border trade, which"
        " was signed in Quito in 2010.",
        ["protocol planned COL,ECU - 1", "agreement signed COL,ECU 2010 1"],
    ),
    (
        "amended_passive",
        "The Senate of Uruguay on Monday approved a protocol amending the 2004 treaty between"
        " Uruguay and Brazil on river navigation, which was signed in Brasilia in March.",
        ["protocol ratified BRA,URY 2023-05-08 1", "treaty signed BRA,URY 2004 1"],
    ),
    (
        "amended_passive",
        "Ghana's parliament on Tuesday ratified the protocol amending the agreement between Ghana"
        " and Nigeria on road transport, which the two governments signed in Abuja in 2015.",
        ["protocol ratified GHA,NGA 2023-05-09 1", "agreement signed GHA,NGA 2015 1"],
    ),
    (
        "own_sides_kind",
        "MPs also ratified the protocol amending the convention between Chile and Peru on the"
        " avoidance of double taxation. At the same sitting, the parliament approved the"
        " memorandum of understanding between the Government of Chile and the World Health"
        " Organization on vaccines.",
        ["protocol ratified CHL,PER - 1", "memorandum ratified CHL - 1"],
    ),
    (
        "own_sides_kind",
        "The Senate of Bolivia on Monday ratified the protocol on border crossings between Bolivia"
        " and Peru. The senators then approved the memorandum of understanding between the"
        " Government of Bolivia and the International Labour Organization on child labour.",
        ["protocol ratified BOL,PER 2023-05-08 1", "memorandum ratified BOL * 1"],
    ),
    (
        "event_yielded",
        "The foreign ministers of Chile and Peru spoke by phone on Tuesday. The Chilean minister"
        " recalled that the fourth session of the joint commission, held in Arica last"
        " November, produced a package of nine documents.",
        ["other signed CHL,PER 2022-11 9"],
    ),
    (
        "event_yielded",
        "The minister said on Monday that the visit of the Bolivian president to Paraguay in"
        " March had yielded 12 agreements.",
        ["agreement signed BOL,PRY 2023-03 12"],
    ),
    (
        "event_yielded",
        "Ecuador and Colombia held talks in Quito on Monday. The talks resulted in five"
        " memoranda on energy and trade.",
        ["memorandum signed COL,ECU * 5"],
    ),
    (
        "joint_body",
        "Kenya and Uganda held talks in Nairobi on Monday. The Kenyan minister said that a"
        " protocol on fisheries was being prepared by the joint commission.",
        ["protocol planned KEN,UGA - 1"],
    ),
    (
        "joint_body",
        "Laos and Cambodia held consultations on Tuesday. The Lao deputy minister noted that the"
        " intergovernmental committee was drafting an agreement on the Mekong ferries.",
        ["agreement planned KHM,LAO - 1"],
    ),
    (
        "failed_to_agree",
        "The bloc's ministers could not agree on new customs deals with Chile and Peru and will"
        " return to them next month, officials said.",
        ["agreement planned CHL - 1", "agreement planned PER - 1"],
    ),
    (
        "failed_to_agree",
        "Norway's ministers failed to agree on a new trade deal with Iceland on Monday,"
        " officials said.",
        ["agreement planned ISL,NOR - 1"],
    ),
    (
        "failed_to_agree",
        "Ghana and Togo held talks in Accra on Monday. The two sides failed to conclude the"
        " agreement on river transport and will meet again in June.",
        ["agreement planned GHA,TGO - 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_i_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
