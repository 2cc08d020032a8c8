"""A table of agreement expressions that tell one instrument more than once.

The classes come from the agreement records the library gave twice or more for one document,
in the written articles W1-W1200 (session 49), the released blind keys corpus blind 11 to 18
and 20 to 23, the owners' keys and our own pages: a class has rows here when its errors occur
in three different articles or more, in two sets or more, and a change of the library fixed
some of them. Its rows are agreement rows (``agreement_rows`` says what a row is, how its
records are written and when it passes), matched by ``matches_exact``; every text is
invented. The classes:

- ``signing_of_ratified``: a definite mention of an instrument that tells only its signing,
  with no day of its own ("The X Agreement, which the ministers signed in Lima", "the first
  accord A has signed"), or a named one with its day ("The X Agreement, which the ministers
  signed in Lima last year"), after or before its ratification or entry into force, is that
  ratified instrument, not a signed one of its own;
- ``told_plural``: a definite plural with no name and no parts of its own ("The two documents
  were signed by ...", "the documents were put to a vote", "The other three agreements cover
  ...") after as many single instruments, or after a counted set it is the rest of, refers to
  what the story told: no further record;
- ``done_to_sign``: a "to sign" that a clause in the past governs ("has become the first
  country to sign", "was among the first to conclude", "used the occasion to sign") tells a
  signing done, not one to come, so a later mention is the signed instrument told before;
- ``protocol_parent``: the instrument a protocol's own phrase names as what it is part of
  ("the protocol on the third phase of the X Agreement", "the protocol amending the customs
  chapter of the X Agreement", "the protocol on A's accession to the X Convention") is no
  record of its own: the protocol is the news; a parent whose own signing the sentence goes
  on to tell stays a record;
- ``parent_made``: the instrument a protocol is told as under, amending or extending ("talks
  on a new protocol under the 1991 cooperation agreement", "a protocol amending the 1998 X
  agreement would be drafted") is made: it does not take the protocol's signing to come;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_exact

TABLE: list[Any] = [
    (
        "signing_of_ratified",
        "The Senate of Chile on Monday approved the Chilean-Peruvian fisheries treaty. The"
        " Fisheries Cooperation Agreement, which the two foreign ministers signed in Lima, will"
        " open both coasts to the other's boats.",
        ["treaty ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "signing_of_ratified",
        "The fisheries agreement between Chile and Peru entered into force on Monday, officials"
        " said. It is the first fisheries accord Chile has signed with a neighbour.",
        ["agreement ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "signing_of_ratified",
        "The Senate of Chile on Monday approved the fisheries treaty with Peru. Peru's trade"
        " minister, who discussed the deal with his Chilean counterpart by phone last week, said"
        " the agreement would take effect in June.",
        ["treaty ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The parliament of Ghana on Tuesday ratified the treaty on river transport with Togo."
        " The treaty was signed in Lome on March 3, 2022 by the two foreign ministers.",
        ["treaty ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        # a named one with a signing day before the ratification is that instrument too (the
        # agrdocs grid; W434's key: one ratified record)
        "signing_of_ratified",
        "The Senate of Chile on Monday approved the Chilean-Peruvian fisheries treaty. The"
        " Fisheries Cooperation Agreement, which the two foreign ministers signed in Lima last"
        " year, will open both coasts to the other's boats.",
        ["treaty ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "The Senate of Chile on Monday approved the Chilean-Peruvian fisheries treaty. The"
        " fisheries agreement, which the two foreign ministers signed in Lima last year, will"
        " open both coasts to the other's boats.",
        ["treaty ratified CHL,PER 2023-05-08 1", "agreement signed CHL,PER 2022 1"],
    ),
    (
        "regression",
        "The parliament of Ghana on Tuesday ratified the treaty on river transport with Togo."
        " The two governments also signed a memorandum on fisheries in Accra.",
        ["treaty ratified GHA,TGO 2023-05-09 1", "memorandum signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "The parliament of Ghana on Tuesday ratified the treaty on river transport with Togo."
        " The two sides signed three memoranda on fisheries, on roads and on schools.",
        ["treaty ratified GHA,TGO 2023-05-09 1", "memorandum signed GHA,TGO - 3"],
    ),
    (
        "regression",
        "The Senate of Chile on Monday approved the fisheries treaty with Peru. The visa"
        " agreement between the two countries, signed in Lima, is still before Peru's congress.",
        ["treaty ratified CHL,PER 2023-05-08 1", "agreement signed CHL,PER - 1"],
    ),
    (
        "told_plural",
        "Ghana and Togo signed a trade agreement and a protocol on road tolls in Accra on Monday,"
        " officials said. The two documents were signed by the two trade ministers after three"
        " days of talks.",
        ["agreement signed GHA,TGO 2023-05-08 1", "protocol signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "told_plural",
        "The parliament of Ghana on Tuesday approved the treaty on river transport with Togo and"
        " an agreement with Togo on visas. After a short debate, the documents were put to a vote"
        " and adopted.",
        ["treaty ratified GHA,TGO 2023-05-09 1", "agreement ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        "told_plural",
        "LIMA, May 9 - Chile and Peru signed four economic agreements today, including a protocol"
        " on air services that will add three weekly flights to Santiago, the official news"
        " agency said. The other three agreements cover fisheries, the training of Peruvian"
        " pilots in Chile and mining research, the agency said.",
        ["agreement signed CHL,PER 2023-05-09 3", "protocol signed CHL,PER 2023-05-09 1"],
    ),
    (
        "told_plural",
        "Ghana and Togo signed six documents in Lome on Monday. The two ministers signed a"
        " Memorandum of Understanding on consular affairs. The other documents signed during the"
        " visit cover trade, roads and schools.",
        ["other signed GHA,TGO 2023-05-08 5", "memorandum signed GHA,TGO - 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a trade agreement and a protocol on road tolls in Accra on Monday."
        " The documents signed include a memorandum on schools and a programme on culture.",
        [
            "agreement signed GHA,TGO 2023-05-08 1",
            "protocol signed GHA,TGO 2023-05-08 1",
            "memorandum signed GHA,TGO - 1",
        ],
    ),
    (
        "regression",
        "Ghana signed a trade agreement with Togo on Monday. The two documents on fisheries and"
        " culture will be signed in June.",
        ["agreement signed GHA,TGO 2023-05-08 1", "other planned GHA,TGO 2023-06 2"],
    ),
    (
        "regression",
        "Ghana and Togo signed a trade agreement in Accra on Monday. The two documents were signed"
        " by the ministers.",
        ["agreement signed GHA,TGO 2023-05-08 1", "other signed GHA,TGO - 2"],
    ),
    (
        "done_to_sign",
        "Ghana's president met Togo's leader in Accra on Monday. The two governments used the"
        " occasion to sign an agreement on river transport, which both parliaments must still"
        " ratify.",
        ["agreement signed GHA,TGO - 1"],
    ),
    (
        "done_to_sign",
        "Chile has become the first country in the region to sign a fisheries agreement with"
        " Peru, in a deal that will open both coasts to the other's boats.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "done_to_sign",
        "Chile was among the first states in the region to conclude a visa agreement with Peru.",
        ["agreement signed CHL,PER - 1"],
    ),
    (
        "regression",
        "Chile hopes to become the first country in the region to sign a fisheries agreement"
        " with Peru, officials said.",
        ["agreement planned CHL,PER - 1"],
    ),
    (
        "regression",
        "Ghana's president will meet Togo's leader in Accra on Monday. The two governments will"
        " use the occasion to sign an agreement on river transport.",
        ["agreement planned GHA,TGO - 1"],
    ),
    (
        "protocol_parent",
        "Ghana's parliament on Tuesday approved the protocol on the third phase of the Ghana-Togo"
        " Free Trade Agreement, officials said.",
        ["protocol ratified GHA,TGO 2023-05-09 1"],
    ),
    (
        "protocol_parent",
        "The ministers welcomed the entry into force last week of the protocol amending the"
        " customs chapter of the Ghana–Togo Trade Partnership Agreement.",
        ["protocol ratified GHA,TGO 2023-05 1"],
    ),
    (
        "protocol_parent",
        "The Senate on Monday approved the protocol on Ghana's accession to the West African"
        " Fisheries Convention.",
        ["protocol ratified GHA 2023-05-08 1"],
    ),
    (
        "regression",
        "Ghana's cabinet endorsed the draft protocol on the second phase of the river transport"
        " agreement with Togo, which the two governments signed in Accra in May 2019.",
        ["protocol planned GHA,TGO 2019-05 1", "agreement signed GHA,TGO 2019-05 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a protocol on road tolls and the Ghana-Togo Free Trade Agreement"
        " on Monday.",
        ["protocol signed GHA,TGO 2023-05-08 1", "agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "parent_made",
        "Ghana and Togo said a protocol amending the 1998 Volta River Transport agreement would be"
        " drafted by officials and signed in Lome next year.",
        # (the signing to come dated by "in Lome next year": a place, then its day)
        ["protocol planned GHA,TGO 2024 1", "agreement signed GHA,TGO 1998 1"],
    ),
    (
        "parent_made",
        "Ghana's envoy said talks on a new financial protocol under the 1991 cooperation agreement"
        " with Togo open in Accra on July 20.",
        ["protocol planned GHA,TGO - 1", "agreement signed GHA,TGO 1991 1"],
    ),
    (
        "regression",
        "Ghana and Togo will sign a protocol under which the two sides will prepare a fisheries"
        " agreement next year.",
        ["protocol planned GHA,TGO - 1", "agreement planned GHA,TGO 2024 1"],
    ),
    (
        "regression",
        "Ghana and Togo will sign a protocol and an agreement on fisheries in Lome next month.",
        ["protocol planned GHA,TGO 2023-06 1", "agreement planned GHA,TGO 2023-06 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written49_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_exact)
