"""A table of agreement expressions whose false records recur in blind news and corpus keys.

The classes come from the agreement records the keys lack, in the written articles W1-W1140
(session 44), the released blind keys corpus blind 11 to 18, the owners' keys and our own
pages: a class has rows here when its errors occur in three different articles or more, in two
sets or more, and a change of the library fixed some of them. Its rows are agreement rows
(``agreement_rows`` says what a row is, how its records are written and when it passes),
matched by ``matches_exact``; every text is invented. The classes:

- ``company_deal``: a nameless "deal" of at most one state whose sentences tell a firm or the
  market (a company, a named "X Group", an analyst at an investment bank) is a commercial
  contract, no record; a deal of two states, or a named or "agreement" one, stays;
- ``agreement_to_act``: talks that end "with an agreement to <do something>" tell a decision
  to act, no document and no record; "an agreement to be signed", a treaty the decision is
  to draft, and "reached an agreement ... to" stay;
- ``framing_instrument``: a named instrument with no party and no day told, which its one
  sentence names as the frame of a commitment ("consistent with", "in line with", "as reflected
  in", "commitment to Article 5 of"), is a standing rule, no record; one signed in the sentence,
  or a regime prices are set "under", stays;
- ``told_again``: a sentence with two instrument words of the same sides, status and day, the
  second with no topic of its own ("talks on a trade pact ..., but a deal was still far
  off"), tells one document; two with topics of their own, or a list of three, stay;
- ``conditional_only``: a nameless instrument no cue signs, told once in a clause in the
  conditional ("hurried into a deal that would cost A", "the deal would press B"),
  is no signed record; one signed in the sentence, or planned ("could be signed"), stays;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "company_deal",
        "The Kestrel Group signed a deal with Kenya's energy ministry last week to supply diesel.",
        [],
    ),
    (
        "company_deal",
        "The Orlan Group agreed a five-year deal with Ghana's government on Monday to run the"
        " port of Tema.",
        [],
    ),
    (
        "company_deal",
        '"It is a small deal, not a bold bet," said an analyst at a Paris investment bank after'
        " the Norwegian carrier bought a rival.",
        [],
    ),
    (
        "company_deal",
        "Kenya signed a deal on Monday to buy power from the Kestrel Group.",
        [],
    ),
    (
        "agreement_to_act",
        "Chile and Peru closed three days of talks in Lima on Monday with an agreement to open"
        " two new border crossings.",
        [],
    ),
    (
        "agreement_to_act",
        "Kenya and Uganda ended talks on Monday with a broad agreement to cut fees on lorries"
        " crossing their border.",
        [],
    ),
    (
        "agreement_to_act",
        "Chile and Peru ended talks on Monday with an agreement to open talks on a fisheries"
        " treaty.",
        ["treaty planned CHL,PER - 1"],
    ),
    (
        "framing_instrument",
        "The two presidents reaffirmed their commitment to Article 4 of the Andean Defence Treaty"
        " and agreed to hold joint drills.",
        [],
    ),
    (
        "framing_instrument",
        "Chile and Peru vowed to manage their fisheries in a manner consistent with the Lima"
        " Fisheries Convention.",
        [],
    ),
    (
        "framing_instrument",
        "Both leaders stressed free navigation, as reflected in the Pacific Sea Convention, in"
        " their talks in Lima on Monday.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed the Lima Fisheries Convention on Monday, consistent with their"
        " 2020 road map.",
        ["treaty signed CHL,PER 2023-05-08 1", "plan signed CHL,PER 2020 1"],
    ),
    (
        "regression",
        "Cocoa quotas, the tool used to steady prices under the Andean Cocoa Agreement, were"
        " dropped last year.",
        ["agreement signed - - 1"],
    ),
    (
        "told_again",
        "Chile and Peru reopened talks on a trade pact on Monday, but both sides said a deal was"
        " still months away.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "told_again",
        "Peru is the first Andean state to conclude a trade pact with Chile, in a deal that cuts"
        " duties on most goods.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru will sign an agreement on fisheries and an agreement on customs in June.",
        ["agreement planned CHL,PER 2023-06 1", "agreement planned CHL,PER 2023-06 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a memorandum on fisheries, a memorandum between their diplomatic"
        " academies and a memorandum on tourism on Monday.",
        [
            "memorandum signed CHL,PER * 1",
            "memorandum signed CHL,PER * 1",
            "memorandum signed CHL,PER * 1",
        ],
    ),
    (
        "conditional_only",
        "An opposition senator said the cabinet had hurried into a deal that would cost Chile its"
        " grip on copper prices.",
        [],
    ),
    (
        "conditional_only",
        "Analysts said the Chilean deal would force Lima to hurry its own talks.",
        [],
    ),
    (
        "regression",
        "Chile and Peru signed a deal on Monday that would open their border to trucks.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru are negotiating a fisheries accord, which officials said could be signed"
        " in June.",
        ["agreement planned CHL,PER 2023-06 1"],
    ),
    (
        "regression",
        "Critics in Lima warned that a deal with Chile could cost Peru its fishing grounds.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile and Peru ended talks on Monday with an agreement to be signed in June on"
        " fishing quotas.",
        ["agreement planned CHL,PER 2023-06 1"],
    ),
    (
        "regression",
        "Chile and Peru reached an agreement on Monday to open two border crossings.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a deal on Monday to open their border to trucks, the state"
        " trucking company said.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Kenya signed a deal with Uganda on Monday to share power from the dam, bankers in"
        " Nairobi said.",
        ["agreement signed KEN,UGA 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written44_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
