"""A table of agreement expressions whose errors recur in news written blind and in corpus keys.

The classes come from the agreement errors of the written articles W241-W300 (session 25, two
more writers of thirty articles each, written in the manner of the corpus by writers who never
ran the library) pooled with those of W1-W240, the released blind keys corpus blind 17 and 18
and the audit's silver-tune: a class has rows here when its errors occur in three different
articles or more, in two sets or more, and a change of the library fixed it. Its rows are
agreement rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_titled``; every text is invented. The classes:

- ``pending_entry_into_force``: an entry into force told as a condition or a time to come
  ("would need to be ratified before it took effect", "which will permit flights once it
  enters into force", "as soon as it comes into force") is no entry into force: the
  instrument keeps the status its signing tells;
- ``leaders_of_the_lead``: a story that opens on two leaders' call or meeting tells their
  states as "the two leaders", "the two governments", "their governments" later on, whatever
  other state a sentence in between names ("the situation in Z", "the missile launches of Z");
- ``in_force_over_signing``: an instrument told in force now or under implementation is
  ratified, whatever earlier signing its clause also tells: the implementation of an
  instrument whose signing follows in its clause with no comma ("the implementation of the
  memorandum on X signed by the ministries last November"), of two instruments "that the two
  governments signed", or a signing aside before "remains in force" / "is still in force";
- ``regression``: near misses that must stay as they are (an entry into force told as done,
  in the instrument's own clause or as the time of another event; "the two sides" of a
  sentence that names other states as the signers; a pact "was in force until" a year, a
  thing other than the instrument "remains in force", the implementation of something else, an
  implementation still to be discussed).
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import assert_agreements, matches_titled

TABLE: list[Any] = [
    (
        "pending_entry_into_force",
        "Ghana and Togo signed a fisheries agreement in Accra on Monday. Officials said the"
        " agreement would need to be ratified by both parliaments before it took effect.",
        ["agreement signed GHA,TGO 2023-05-08 1"],
    ),
    (
        "pending_entry_into_force",
        "Kenya and Uganda signed a transit agreement on Tuesday, which will let lorries cross"
        " the border without new papers once it enters into force.",
        ["agreement signed KEN,UGA 2023-05-09 1"],
    ),
    (
        "pending_entry_into_force",
        "Chile and Peru signed a tax treaty on Monday that will end double taxation of pensions"
        " as soon as it comes into force.",
        ["treaty signed CHL,PER 2023-05-08 1"],
    ),
    (
        "pending_entry_into_force",
        "Officials said the trade deal between Brazil and Chile would have to be ratified by"
        " both congresses before it took effect.",
        ["agreement signed BRA,CHL - 1"],
    ),
    (
        "regression",
        "The energy agreement between Norway and Iceland, signed in 2019, entered into force on"
        " Monday.",
        ["agreement ratified ISL,NOR 2023-05-08 1"],
    ),
    (
        "regression",
        "Chile and Peru signed a tax treaty in 2019, which came into force on Monday.",
        ["treaty ratified CHL,PER 2023-05-08 1"],
    ),
    (
        "regression",
        "Exports from Chile to Peru doubled after the free trade agreement between the two"
        " countries took effect in 2009.",
        ["agreement ratified CHL,PER 2009 1"],
    ),
    (
        "leaders_of_the_lead",
        "Today, President Joe Biden held a telephone call with President Gabriel Boric of Chile."
        " The two leaders welcomed the memorandum on lithium that their governments signed in"
        " Santiago on May 2. They discussed the situation in Haiti.",
        ["memorandum signed CHL,USA 2023-05-02 1"],
    ),
    (
        "leaders_of_the_lead",
        "Today, Kenyan President William Ruto held talks with Prime Minister Keir Starmer of the"
        " United Kingdom in London. Starmer praised Kenya's leadership of the mission to Haiti."
        " The two leaders said their governments would sign a defence cooperation agreement in"
        " June.",
        ["agreement planned GBR,KEN 2023-06 1"],
    ),
    (
        "leaders_of_the_lead",
        "Today, President Joe Biden welcomed Prime Minister Fumio Kishida of Japan to the White"
        " House. The leaders condemned the missile launches of North Korea. They said the two"
        " governments are negotiating an agreement on critical minerals.",
        ["agreement planned JPN,USA - 1"],
    ),
    (
        "leaders_of_the_lead",
        "Today, Kenyan President William Ruto welcomed President Gabriel Boric of Chile to"
        " Nairobi. Ruto thanked Chile for its support to Haiti. The two governments, they said,"
        " are now negotiating an agreement on visa exemption.",
        ["agreement planned CHL,KEN - 1"],
    ),
    (
        "regression",
        "Today, President Ruto held a telephone call with President Boric of Chile. They"
        " discussed the war in Sudan. The two sides said that Egypt and Ethiopia had signed an"
        " agreement on the Nile waters on Monday.",
        ["agreement signed EGY,ETH 2023-05-08 1"],
    ),
    (
        "regression",
        "Today, President Ruto held a telephone call with President Boric of Chile. The two"
        " leaders welcomed the trade agreement that Peru and Chile signed on Monday.",
        ["agreement signed CHL,PER 2023-05-08 1"],
    ),
    (
        "in_force_over_signing",
        "Ghana and Togo reviewed the implementation of the memorandum of understanding on"
        " fisheries signed by the two countries' ministries in Accra last November.",
        ["memorandum ratified GHA,TGO - 1"],
    ),
    (
        "in_force_over_signing",
        "Officials of Chile and Peru discussed the implementation of the Open Skies Agreement"
        " and the customs agreement that the two governments signed in Lima last September.",
        ["agreement ratified CHL,PER - 1", "agreement ratified CHL,PER - 1"],
    ),
    (
        "in_force_over_signing",
        "The grains agreement between Brazil and Egypt, signed in 2019, remains in force, a"
        " ministry official told reporters on Tuesday.",
        ["agreement ratified BRA,EGY - 1"],
    ),
    (
        "in_force_over_signing",
        "The visa agreement between Nepal and Bhutan, signed in 2015, is still in force,"
        " officials said.",
        ["agreement ratified BTN,NPL - 1"],
    ),
    (
        "regression",
        "The fisheries agreement between Ghana and Togo, signed in 2019, was in force until 2021,"
        " a spokesman said.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a fisheries agreement in 2019, and the ban on night fishing"
        " remains in force.",
        ["agreement signed GHA,TGO 2019 1"],
    ),
    (
        "regression",
        "Ghana and Togo discussed the implementation of the budget and a fisheries agreement"
        " that the two governments signed in Accra last September.",
        ["agreement signed GHA,TGO 2022-09 1"],
    ),
    (
        "regression",
        "Ghana and Togo signed a memorandum of understanding on fisheries in Accra last November"
        " and will discuss its implementation in June.",
        ["memorandum signed GHA,TGO 2022-11 1"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agree_written25_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects (``cls`` names its class of expression)."""
    assert_agreements(cls, text, expected, matches_titled, show_title=True)
