"""A table of agreement records the library missed or made false (session 55).

The classes come from every agreement error (missed and false records) of the written
articles W1201-W1260, pooled with those of the released blind keys corpus blind 11 to 18 and
20 to 23 and the owners' keys, then of every visible set, classed by the step that goes
wrong: a class has rows here when its errors occur in three different articles or more, in
two sets or more, and a change of the library fixed some of them. Its rows are agreement
rows (``agreement_rows`` says what a row is, how its records are written and when it
passes), matched by ``matches_titled`` (a trailing `` | title`` is the record's title). Every
text is invented. The classes:

- ``open_international_instrument``: an instrument named "International ... Agreement" is
  open to every member of a worldwide body, and so is "the present pact" or "a successor
  pact" of a story naming one: the states the story tells are members, none its party;
- ``sides_signed_contact_clause``: a programme or plan word followed by a clause whose
  subject is the two sides and whose verb signs it, with no "that" ("the integration
  programme the two presidents signed in 2019"), is an instrument;
- ``plan_in_preparation``: a plan or programme word told in the making by its sides (a
  "draft" one, "talks on a new programme", one "being drafted") is a planned instrument, not
  one state's programme;
- ``trade_negotiations_pact``: two states' "free trade negotiations" (or "bilateral trade
  negotiations") tell the trade agreement they negotiate, planned, where no planned record
  is told and the talks are not told ended;
- ``regression``: near misses that must stay as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from agreement_rows import PUBLISHED, matches_titled, unmatched
from diplonews import extract
from diplonews.models import Article

TABLE: list[Any] = [
    (
        "open_international_instrument",
        "Export quotas for the season are fixed under the 1994 International Cocoa"
        " Agreement, delegates of Ghana and Ecuador told reporters in London.",
        ["agreement signed - 1994 1 | International Cocoa Agreement"],
    ),
    (
        "open_international_instrument",
        "Ghana and Ecuador, the largest growers, will meet in Quito next week to agree a"
        " common line ahead of talks on a new International Banana Agreement, Ghanaian"
        " officials said.",
        ["agreement planned - - 1 | International Banana Agreement"],
    ),
    (
        "open_international_instrument",
        "Peru and Chile want the International Copper Agreement renewed before it lapses."
        " The present pact, in force since 2011, caps the stocks producers may hold, a"
        " Peruvian official said.",
        [
            "agreement signed - - 1 | International Copper Agreement",
            "agreement ratified - 2011 1 | -",
        ],
    ),
    (
        "sides_signed_contact_clause",
        "Chile and Peru agreed on Monday to widen the industrial cooperation programme the two"
        " presidents signed in March 2019, trade officials said.",
        ["plan signed CHL,PER 2019-03 1"],
    ),
    (
        "sides_signed_contact_clause",
        "Exports of Peruvian fruit to Chile rose by a fifth last year under the farm trade"
        " programme Chile and Peru signed in 2020, officials said on Monday.",
        ["plan signed CHL,PER 2020 1"],
    ),
    (
        "plan_in_preparation",
        "Officials of Chile and Norway met in Santiago on Monday. The delegations went over a"
        " draft work plan on lithium processing, which they mean to sign in Oslo next year.",
        ["plan planned CHL,NOR * 1"],
    ),
    (
        "plan_in_preparation",
        "Ghana and Peru signed a protocol on cocoa trade in Accra on Monday. Officials said"
        " talks on a new five-year programme would open in Lima in the autumn.",
        ["protocol signed GHA,PER 2023-05-08 1", "plan planned GHA,PER - 1"],
    ),
    (
        "plan_in_preparation",
        "The Chilean and Norwegian ministers met in Oslo on Monday. A renewed plan of joint"
        " research cruises for 2025-2026 is being prepared, they said.",
        ["plan planned CHL,NOR - 1"],
    ),
    (
        "regression",
        "Chile's central bank said on Monday that a national programme to cut inflation is"
        " being drafted.",
        [],
    ),
    (
        "regression",
        "The finance ministry of Chile reviewed a draft budget plan for 2024 on Monday.",
        [],
    ),
    (
        "trade_negotiations_pact",
        "OSLO, May 9 - Norway and Chile held a third round of free trade negotiations in Oslo"
        " this week, officials of both countries said.",
        ["agreement planned CHL,NOR - 1"],
    ),
    (
        "trade_negotiations_pact",
        "Ghana's trade minister said on Monday that the bilateral trade negotiations with"
        " Norway were making steady progress and could end by December.",
        ["agreement planned GHA,NOR - 1"],
    ),
    (
        "regression",
        "Norway and Chile concluded their free trade negotiations in Oslo on Monday, officials"
        " of both countries said.",
        [],
    ),
    (
        "regression",
        "Chile and Vietnam signed a Free Trade Agreement in Hanoi on Monday, ending free trade"
        " talks that began in 2019.",
        ["agreement signed CHL,VNM 2023-05-08 1 | Free Trade Agreement"],
    ),
    (
        "regression",
        "KARACHI, May 9 - Pakistan and Saudi Arabia discussed oil supplies on Monday. Pakistan"
        " and the GCC will hold free trade talks next month.",
        [],
    ),
    (
        "regression",
        "Ministers of many states opened another round of world trade negotiations in Geneva"
        " on Monday.",
        [],
    ),
    (
        "regression",
        "The Agreement on International Road Transport between Ghana and Peru was signed in"
        " Accra on Monday.",
        [
            "agreement signed GHA,PER 2023-05-08 1"
            " | Agreement on International Road Transport between Ghana and Peru"
        ],
    ),
    (
        "regression",
        "Chile and Peru launched a joint space programme in 2019, officials said on Monday.",
        [],
    ),
    (
        "regression",
        "Ghana will sign an International Cocoa Agreement with Peru in Accra next month, the"
        " foreign ministry said.",
        ["agreement planned GHA,PER 2023-06 1 | International Cocoa Agreement"],
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), TABLE)
def test_agreements_written55_table(cls: str, text: str, expected: list[str]) -> None:
    """Each row gives exactly the records it expects, titles where a row writes one."""
    article = Article(id="row", body=text, published=PUBLISHED)
    assert unmatched(expected, extract(article).agreements, matches_titled) == [], cls
