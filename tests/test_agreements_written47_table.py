"""A table of agreement expressions the keys give another status, or no record.

The classes come from the agreement errors of both kinds in the written articles W1-W1200
(session 47; W1141-W1200 read first), the released blind keys corpus blind 11 to 18 and 20
to 21, the owners' keys and our own pages: a class has rows here when its errors occur in
three different articles or more, in two sets or more, and a change of the library fixed
some of them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its
records are written and when it passes), matched by ``matches_exact``; every text is
invented. The classes:

- ``work_under_named``: a named instrument the story tells only as the frame of work going
  on ("sites under the X Agreement", "trade under the Y Agreement reached $2bn", "progress
  in cooperation under the Z Declaration"), with no signing of its own, is in force
  (ratified), not signed;
- ``plural_non_state``: a deal whose other side or signers are non-state bodies named in the
  plural ("an agreement with several clubs", "the presidents of the two football
  federations signed a memorandum") is no record, as the singular already was;
- ``political_party_deal``: a nameless agreement of at most one state in a story of a deal
  among political parties ("four A parties agreed to form a coalition government ... The
  deal was struck", "a deal with a small centrist party", "a political agreement between
  the A parties") is a domestic political deal: no record;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "work_under_named",
        "Foreign Minister Ana Ruiz of Chile met today with Foreign Minister Kenji Sato of Japan."
        " They reviewed new projects under the Pacific Fisheries Partnership Agreement and"
        " discussed port security.",
        ["agreement ratified CHL,JPN - 1"],
    ),
    (
        "work_under_named",
        "The Vice President met today in Santiago with President Ana Ruiz of Chile. The two"
        " leaders discussed economic ties, noting that goods trade under the U.S.-Chile Free"
        " Trade Agreement reached $41.3 billion last year.",
        ["agreement ratified CHL,USA * 1"],
    ),
    (
        "work_under_named",
        "Japan and Chile welcomed progress in cooperation under the Valparaiso Declaration,"
        " which sets out the course of their partnership, the two foreign ministries said.",
        ["declaration ratified CHL,JPN - 1"],
    ),
    (
        "regression",
        "Foreign Minister Ana Ruiz of Chile met today with Foreign Minister Kenji Sato of Japan."
        " They reviewed new projects under the 2014 Pacific Fisheries Partnership Agreement and"
        " discussed port security.",
        ["agreement signed CHL,JPN 2014 1"],
    ),
    (
        "regression",
        "Prime Minister Kenji Sato of Japan spoke today with President Ana Ruiz of Chile. They"
        " discussed work under the Japan-Chile Memorandum of Understanding on Ocean Science"
        " signed last year.",
        ["memorandum signed CHL,JPN 2022 1"],
    ),
    (
        "regression",
        "Japan and Chile welcomed progress in cooperation under the Valparaiso Declaration,"
        " which the two leaders signed in 2019, the two foreign ministries said.",
        ["declaration signed CHL,JPN 2019 1"],
    ),
    (
        "plural_non_state",
        "The Samoa Rugby Union said it had reached an agreement with several English clubs to"
        " release its players for the June tests.",
        [],
    ),
    (
        "plural_non_state",
        "Before the friendly, the presidents of the two national football federations signed a"
        " memorandum on coaching exchanges.",
        [],
    ),
    (
        "regression",
        "The sports ministers of Ghana and Togo signed an agreement on cooperation in sport in"
        " Accra on Monday. Under it, clubs of the two countries will hold joint training camps"
        " every summer.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum on sports cooperation on Monday. The football"
        " federations of the two countries will hold a friendly match in Lome in June.",
        ["memorandum signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "political_party_deal",
        "Three Belgian parties have agreed to form a new coalition government after months of"
        " talks. The deal was struck late on Tuesday at the parliament in Brussels, and the two"
        " sides' leaders presented their programme on Wednesday. The agreement, titled \"Work and"
        ' Bread", includes lower taxes on wages.',
        [],
    ),
    (
        "political_party_deal",
        "Finland's minority government survived a budget vote on Tuesday after a last-minute"
        " deal with a small centrist party.",
        [],
    ),
    (
        "political_party_deal",
        "Only a political agreement between the Libyan parties can end the conflict, the envoy"
        " said.",
        [],
    ),
    (
        "regression",
        "The parties signed an agreement on fisheries cooperation in Accra on Monday, Ghana's"
        " foreign ministry said.",
        ["agreement signed GHA 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a trade agreement on Monday, a week after Ghana's ruling party won"
        " the election.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written47_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
