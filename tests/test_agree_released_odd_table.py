"""A table of agreement expressions read from the released odd crawled pages (session 8).

Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_any_kind``. The classes:

- ``initialled``: an instrument only initialled (initialled, initialed, the initialling
  of) is not signed: initialling fixes the agreed text before a signing, so the record is
  planned (the spec's signed list is "signed, concluded, reached, adopted"), undated by
  the initialling's own day; an initialling still to come ("will be initialled on June 2",
  "expected to initial it in July") dates the planned record as a signing to come would;
- ``initialled_then_signed``: an instrument initialled and signed ("initialled and signed",
  "initialled in 2021, was signed on Tuesday", "initialled ... and signed it") is one
  signed record of the signing's day; a signing of another instrument in the clause ("and
  signed an agreement on Y", "the treaty, which they had signed in 2007") leaves the
  initialled one planned;
- ``treaty_base``: a treaty base told by its size ("the legal framework ... now comprises
  143 documents", "the contractual basis of A-B relations numbers 112 documents", "a
  treaty base of some 40 documents", "includes twenty-four") counts the documents its sides
  have signed over the years: one signed record of that count, no day, of the states named
  or told before; a bound ("more than 80", "over 200") gives no count, so no record; a
  "treaty" word naming the base ("treaty base") is no instrument of its own;
- ``signed_relative``: an instrument (a plural or a statement too) followed by a relative
  clause whose own verb signs it ("the statements that the leaders of A, B and C signed",
  "the memoranda which the ministers of A and B signed") is a signed instrument of those
  signers, whatever a cue before it tells of talks about it ("the importance of", "the talks
  focused on");
- ``listed_days``: a plural signing with no count told with a list of days ("on D1 and D2",
  "of D1, of D2 and D3, and of D4") is one signing on each day: one record per day, count
  1; a day without its year takes the year of the day it is joined to ("of May 14 and
  August 9, 2020"); a span of days ("on 3 and 4 May") is one signing;
- ``mandative``: a body or an official that recommends, proposes, suggests, urges or asks
  that someone adopt, sign or conclude an instrument ("recommended that the summit adopt
  the X Declaration", "proposed that the presidents sign the agreement") tells a step to
  come: planned, not signed;
- ``vision``: a named vision an intergovernmental body or several states adopt, approve or
  endorse ("the summit adopted the X World Vision 2040", "the approval of the Y Blue
  Vision: Clean Seas for All") is a document of theirs (a plan); a vision only presented,
  or one state's own ("approved the Saudi Green Vision 2035"), is none;
- ``regression``: rows the library already read right, near misses included.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_any_kind

TABLE: list[Any] = [
    (
        "initialled",
        "Mongolia and Kyrgyzstan initialled an agreement on air services in Ulaanbaatar on"
        " Tuesday.",
        ["agreement planned KGZ,MNG - 1"],
    ),
    (
        "initialled",
        "The treaty on legal assistance between Moldova and Georgia was initialed by the deputy"
        " justice ministers on May 2.",
        ["treaty planned GEO,MDA - 1"],
    ),
    (
        "initialled",
        "Negotiators from Nepal and Bhutan have initialled the text of a memorandum on"
        " hydropower trade, the foreign ministry said.",
        ["memorandum planned BTN,NPL - 1"],
    ),
    (
        "initialled",
        "The initialling of the agreement on fisheries between Senegal and the Gambia took"
        " place in Banjul on Monday.",
        ["agreement planned GMB,SEN - 1"],
    ),
    (
        "initialled",
        "Cape Verde and Angola held talks in Praia on Monday. The protocol on maritime"
        " transport was initialled by the two transport ministers.",
        ["protocol planned AGO,CPV - 1"],
    ),
    (
        "initialled",
        "The agreement on visa-free travel between Bahrain and Kuwait will be initialled in"
        " Manama on June 2.",
        ["agreement planned BHR,KWT 2023-06-02 1"],
    ),
    (
        "initialled",
        "The visa agreement between Georgia and Moldova was initialled on Monday and is expected"
        " to be signed in June.",
        ["agreement planned GEO,MDA 2023-06 1"],
    ),
    (
        "initialled",
        "Botswana and Namibia are expected to initial the water treaty in July, the ministry said.",
        ["treaty planned BWA,NAM 2023-07 1"],
    ),
    (
        "initialled",
        "Laos and Thailand signed a memorandum on tourism on Monday and initialled an agreement"
        " on a new bridge.",
        ["memorandum signed LAO,THA 2023-05-08 1", "agreement planned LAO,THA - 1"],
    ),
    (
        "initialled",
        "Peru and Bolivia initialled a memorandum on lake fisheries and signed an agreement on"
        " rail transit on Monday.",
        ["memorandum planned BOL,PER * 1", "agreement signed BOL,PER 2023-05-08 1"],
    ),
    (
        "initialled",
        "Latvia and Lithuania initialled a protocol amending the treaty on the sea border, which"
        " the two states had signed in Vilnius in 2009.",
        ["protocol planned LTU,LVA - 1", "treaty signed LTU,LVA 2009 1"],
    ),
    (
        "initialled_then_signed",
        "Tunisia and Algeria initialled and signed an agreement on gas transit in Tunis on Monday.",
        ["agreement signed DZA,TUN 2023-05-08 1"],
    ),
    (
        "initialled_then_signed",
        "The convention on social security between Chile and Uruguay, initialled in 2021, was"
        " signed in Montevideo on Tuesday.",
        ["treaty signed CHL,URY 2023-05-09 1"],
    ),
    (
        "initialled_then_signed",
        "The border treaty that Armenia and Georgia initialled in 2020 was signed in Tbilisi on"
        " Monday.",
        ["treaty signed ARM,GEO 2023-05-08 1"],
    ),
    (
        "initialled_then_signed",
        "Slovakia and Hungary initialled an agreement on a bridge over the Danube in March and"
        " signed it in Bratislava on Tuesday.",
        ["agreement signed HUN,SVK 2023-05-09 1"],
    ),
    (
        "initialled_then_signed",
        "The agreement on readmission between Serbia and Albania, which was initialled in Tirana"
        " last year, was finally signed on Monday.",
        ["agreement signed ALB,SRB 2023-05-08 1"],
    ),
    (
        "initialled_then_signed",
        "After three rounds of talks, Cuba and Mexico initialled an agreement on migration; the"
        " two foreign ministers then signed it in Havana on Monday.",
        ["agreement signed CUB,MEX 2023-05-08 1"],
    ),
    (
        "initialled_then_signed",
        "The memorandum between Iraq and Jordan on electricity was initialed and then signed on"
        " Tuesday.",
        ["memorandum signed IRQ,JOR 2023-05-09 1"],
    ),
    (
        "treaty_base",
        "Over the three decades since Estonia and Finland established diplomatic relations, a"
        " broad legal framework has been built, which now comprises 143 bilateral documents.",
        ["other signed EST,FIN - 143"],
    ),
    (
        "treaty_base",
        "The contractual basis of Moldovan-Romanian relations now numbers 112 documents, the"
        " ambassador said.",
        ["other signed MDA,ROU - 112"],
    ),
    (
        "treaty_base",
        "Senegal and Mali have a treaty base of some 40 documents.",
        ["other signed MLI,SEN - 40"],
    ),
    (
        "treaty_base",
        "The regulatory framework of relations between Bhutan and India includes twenty-four"
        " intergovernmental documents.",
        ["other signed BTN,IND - 24"],
    ),
    (
        "treaty_base",
        "The legal framework between Kenya and Uganda includes 64 intergovernmental agreements.",
        ["agreement signed KEN,UGA - 64"],
    ),
    (
        "treaty_base",
        "Kenya and Uganda signed three documents on Monday. The legal framework of their"
        " relations now comprises 58 agreements.",
        ["other signed KEN,UGA 2023-05-08 3", "agreement signed KEN,UGA - 58"],
    ),
    (
        "treaty_base",
        "The legal framework between Chile and Peru includes more than 80 documents.",
        [],
    ),
    (
        "treaty_base",
        "The treaty-legal base of Uzbek-Tajik relations consists of over 200 documents.",
        [],
    ),
    (
        "signed_relative",
        "The sides stressed the importance of the trilateral statements that Kenya, Uganda and"
        " Rwanda signed.",
        ["declaration signed KEN,RWA,UGA - 1"],
    ),
    (
        "signed_relative",
        "The ministers also discussed the memoranda which the health ministries of Bhutan and"
        " Nepal had signed.",
        ["memorandum signed BTN,NPL - 1"],
    ),
    (
        "listed_days",
        "Special attention will go to the quadrilateral statements that the leaders of Kenya,"
        " Uganda, Rwanda and Burundi signed, of March 2, 2019, of May 14 and August 9, 2020, and"
        " of April 1, 2021.",
        [
            "declaration signed BDI,KEN,RWA,UGA 2019-03-02 1",
            "declaration signed BDI,KEN,RWA,UGA 2020-05-14 1",
            "declaration signed BDI,KEN,RWA,UGA 2020-08-09 1",
            "declaration signed BDI,KEN,RWA,UGA 2021-04-01 1",
        ],
    ),
    (
        "listed_days",
        "The leaders of Ghana, Togo and Benin signed trilateral statements on November 10, 2020"
        " and January 11, 2021.",
        [
            "declaration signed BEN,GHA,TGO 2020-11-10 1",
            "declaration signed BEN,GHA,TGO 2021-01-11 1",
        ],
    ),
    (
        "listed_days",
        "The talks focused on the joint declarations that the presidents of Chile and Argentina"
        " adopted on March 4, 2019 and on June 2, 2021.",
        ["declaration signed ARG,CHL 2019-03-04 1", "declaration signed ARG,CHL 2021-06-02 1"],
    ),
    (
        "listed_days",
        "The memoranda which the health ministers of Bhutan and Nepal signed in Thimphu on 4"
        " April 2018 and on 9 September 2022 remain the basis of cooperation.",
        ["memorandum signed BTN,NPL 2018-04-04 1", "memorandum signed BTN,NPL 2022-09-09 1"],
    ),
    (
        "listed_days",
        "Chile and Peru signed agreements on 3 and 4 May.",
        ["agreement signed CHL,PER 2023-05-03 1"],
    ),
    (
        "listed_days",
        "The ministers of Peru and Ecuador signed agreements on May 3 and a protocol on May 4.",
        ["agreement signed ECU,PER 2023-05-03 1", "protocol signed ECU,PER 2023-05-04 1"],
    ),
    (
        "mandative",
        "The council of ministers recommended that the summit adopt the Lima Declaration 2024.",
        ["declaration planned - - 1"],
    ),
    (
        "mandative",
        "The ministers of Chile and Peru proposed that the presidents sign the agreement on"
        " border crossings during their meeting in June.",
        ["agreement planned CHL,PER 2023-06 1"],
    ),
    (
        "mandative",
        "The foreign ministers of Ghana and Togo suggested that their governments conclude a"
        " treaty on the river border.",
        ["treaty planned GHA,TGO - 1"],
    ),
    (
        "mandative",
        "The joint commission of Laos and Vietnam requested that the two governments sign the"
        " memorandum on ferries next year.",
        ["memorandum planned LAO,VNM 2024 1"],
    ),
    (
        "vision",
        "The summit of the Organisation of Turkic States adopted the Turkic World Vision 2040 in"
        " Istanbul in November 2021.",
        ["plan signed - 2021-11 1"],
    ),
    (
        "vision",
        "Among the decisions of the council was the approval of the Caspian Blue Vision: Clean"
        " Seas for All.",
        ["plan signed - - 1"],
    ),
    (
        "vision",
        "Chile and Peru adopted the Pacific Vision 2035 on Monday.",
        ["plan signed CHL,PER 2023-05-08 1"],
    ),
    (
        "vision",
        "The foreign ministers of the Andean Community endorsed the Andean Vision 2040 in Lima"
        " on Tuesday.",
        ["plan signed - 2023-05-09 1"],
    ),
    (
        "vision",
        "The prime minister presented the Digital Vision 2030 to parliament.",
        [],
    ),
    (
        "vision",
        "Saudi Arabia approved the Saudi Green Vision 2035 last year.",
        [],
    ),
    (
        "regression",
        "Oman and Jordan are to initial a protocol on double taxation next week.",
        ["protocol planned JOR,OMN * 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_released_odd_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_any_kind)
