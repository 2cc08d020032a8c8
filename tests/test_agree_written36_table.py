"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W901-W960 (session 36, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W900, the released blind keys corpus blind 11 to 18,
the owners' keys and our own pages: a class has rows here when its errors occur in three
different articles or more, in two sets or more, and a change of the library fixed some of
them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its records are
written and when it passes), matched by ``matches_exact``; every text is invented. The classes:

- ``dateline_day``: the day of a wire dateline ("LIMA, May 10 -", "Nairobi, May 10, 2023
  (KNA) –") is not read as a day fronted before the signing verb where the lead tells a
  signing still to come ("LIMA, May 10 - A and B will sign") or a day of its own after it
  ("A and B on Tuesday signed"): the first keeps no day, the second takes its own;
- ``company_deal``: an agreement a firm named by "Corp" or a "trading house" signs, and one
  the text calls "commercial", is a company's deal, not an instrument between states ("Acme
  Corp signed an agreement with a trading house", "A's pipeline firm and B's oil company
  signed a commercial agreement"), even where the firms' states are named;
- ``draft_instrument``: an instrument told as "a draft" in a sentence that names no state
  ("work on a draft agreement on X is nearly done", "progress on a draft bilateral treaty")
  is one still to be signed by the sides the story told before, as "the draft" one is;
- ``meet_to_negotiate``: a meeting or trip told as made to negotiate an instrument ("the two
  sides will meet again in C in August to negotiate a new protocol", "the minister will lead a
  delegation to C to negotiate a trade agreement") tells that instrument as still to be signed
  by the sides;
- ``regression``: near misses that must stay as they are (a signing the lead gives no day of
  keeps the dateline's, as does one whose sentence tells only a year; a day the lead tells
  itself; a date fronted in the sentence; a month given to a signing to come; a commercial
  agreement "between" two states; a trade agreement of two governments; the Peace Corps; a
  draft law; "the draft agreement"; a memorandum signed after the talks; an accord that
  commits the sides to negotiate another; experts meeting to discuss a protocol).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "dateline_day",
        "NAIROBI, May 10 - Kenya and Peru are to sign a treaty on extradition, the foreign"
        " ministry said.",
        ["treaty planned KEN,PER - 1"],
    ),
    (
        "dateline_day",
        "LIMA, May 10 (Agency): Kenya and Peru will sign a fisheries protocol once their"
        " ministers meet in Nairobi later in the year.",
        ["protocol planned KEN,PER - 1"],
    ),
    (
        "dateline_day",
        "Nairobi, May 10, 2023 (KNA) – Kenya and Peru on Tuesday signed two agreements on"
        " fisheries and ports at the close of a joint commission session.",
        ["agreement signed KEN,PER 2023-05-09 2"],
    ),
    (
        "regression",
        "LIMA, May 10 - Kenya and Peru signed a fisheries agreement, officials said.",
        ["agreement signed KEN,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Kenya and Peru signed a trade protocol for 2024, officials said.",
        ["protocol signed KEN,PER 2023-05-10 1"],
    ),
    (
        "company_deal",
        "On the sidelines, Kenya's state grain board and Peru's Andes Corp signed an agreement"
        " on the supply of maize.",
        [],
    ),
    (
        "company_deal",
        "Acme Corp, a Kenyan grain trader, said it had signed an agreement with Peru to export"
        " maize.",
        [],
    ),
    (
        "company_deal",
        "Kenya signed an agreement with a Japanese trading house to export tea.",
        [],
    ),
    (
        "company_deal",
        "Separately, Kenya Pipelines and Peru Petroandes signed a commercial agreement on fuel"
        " storage.",
        [],
    ),
    (
        "company_deal",
        "Kenya and Peru signed a trade agreement and a commercial deal, officials said.",
        ["agreement signed KEN,PER - 1"],
    ),
    (
        "draft_instrument",
        "The foreign ministers of Kenya and Peru held talks in Lima on Monday. The minister said"
        " work on a draft agreement on air services was nearly done.",
        ["agreement planned KEN,PER - 1"],
    ),
    (
        "draft_instrument",
        "Kenyan and Peruvian delegations met in Nairobi for a second round of talks. They made"
        " headway on several clauses of a draft bilateral treaty on border demarcation, officials"
        " said.",
        ["treaty planned KEN,PER - 1"],
    ),
    (
        "draft_instrument",
        "The foreign ministers of Kenya and Peru held talks in Lima on Monday. The delegations"
        " exchanged views on a draft memorandum on fisheries research.",
        ["memorandum planned KEN,PER - 1"],
    ),
    (
        "meet_to_negotiate",
        "Kenya and Peru signed a fisheries agreement in Lima on Monday. Officials said the two"
        " sides would meet again in Nairobi in August to negotiate a new protocol on port fees.",
        ["agreement signed KEN,PER 2023-05-08 1", "protocol planned KEN,PER - 1"],
    ),
    (
        "meet_to_negotiate",
        "NAIROBI, May 10 - Kenya's trade surplus with Peru widened in April. Trade Minister Jane"
        " Otieno will lead a delegation to Lima next month to negotiate a new three-year trade"
        " agreement, officials said.",
        ["agreement planned KEN,PER - 1"],
    ),
    (
        "meet_to_negotiate",
        "Kenya and Peru held talks in Lima on Monday. Their experts will meet in June to"
        " negotiate a protocol on veterinary checks.",
        ["protocol planned KEN,PER - 1"],
    ),
    (
        "regression",
        "Kenya and Peru held talks in Lima on Monday. The accord would commit the two sides to"
        " negotiate a customs arrangement at a later stage.",
        [],
    ),
    (
        "regression",
        "Kenya and Peru held talks in Lima on Monday. Their experts will meet in June to discuss"
        " a protocol on veterinary checks.",
        [],
    ),
    (
        "regression",
        "The foreign ministers of Kenya and Peru held talks in Lima on Monday. The ministers"
        " signed a memorandum on fisheries research.",
        ["memorandum signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The foreign ministers of Kenya and Peru held talks in Lima on Monday. The minister"
        " praised a draft law on fisheries.",
        [],
    ),
    (
        "regression",
        "The foreign ministers of Kenya and Peru held talks in Lima on Monday. The minister said"
        " work on the draft agreement on air services was nearly done.",
        ["agreement planned KEN,PER - 1"],
    ),
    (
        "regression",
        "The Kenyan and Peruvian governments signed a commercial agreement between Kenya and"
        " Peru in Lima on Monday.",
        ["agreement signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The governments of Kenya and Peru signed a trade agreement on Monday.",
        ["agreement signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The Peace Corps signed an agreement with Kenya on Monday.",
        ["agreement signed KEN 2023-05-08 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Kenya and Peru signed a fisheries agreement today, officials said.",
        ["agreement signed KEN,PER 2023-05-10 1"],
    ),
    (
        "regression",
        "LIMA, May 10 - Kenya and Peru signed two agreements on fisheries and ports yesterday,"
        " officials said.",
        ["agreement signed KEN,PER 2023-05-09 2"],
    ),
    (
        "regression",
        "On May 8, Kenya and Peru signed a fisheries agreement in Lima.",
        ["agreement signed KEN,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "NAIROBI, May 10 - Kenya and Peru will sign a fisheries protocol when their ministers"
        " meet in Lima in the second half of June, officials said.",
        ["protocol planned KEN,PER 2023-06 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written36_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
